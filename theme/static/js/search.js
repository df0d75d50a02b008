// The search page: loads the manifest of the prebuilt, sharded MiniSearch index (search-index.js),
// then for a query only the shards of its words and the titles of the results it shows
// (search/build-index.js says how the index is cut), and shows results with title, date, source
// and a snippet around the match. Works from file:// (scripts, no fetch).
(function () {
  "use strict";
  var data = window.DOSSIER_SEARCH, T = window.DossierTerms;
  var form = document.getElementById("search-form"), input = document.getElementById("search-q");
  var out = document.getElementById("search-results"), status = document.getElementById("search-status");
  if (!data || !T || !window.MiniSearch || !form) { return; }
  T.setStopwords(data.stopwords);
  var known = {}, engines = {}, loading = {};
  data.keys.forEach(function (k) { known[k] = true; });

  // One script, loaded once: its callbacks run when it has run (or failed to load).
  function load(src, done) {
    if (loading[src] === true) { done(); return; }
    if (loading[src]) { loading[src].push(done); return; }
    loading[src] = [done];
    var s = document.createElement("script");
    s.src = src;
    s.onload = s.onerror = function () {
      var waiting = loading[src];
      loading[src] = true;
      waiting.forEach(function (f) { f(); });
    };
    document.head.appendChild(s);
  }
  function loadAll(srcs, done) {
    var left = srcs.length;
    if (!left) { done(); return; }
    srcs.forEach(function (src) { load(src, function () { if (--left === 0) { done(); } }); });
  }
  // The index of one prefix's terms (search-index/t-KEY.js), read once.
  function engine(key) {
    if (!engines[key]) {
      var shards = window.DOSSIER_SHARDS || {};
      engines[key] = shards[key] ? window.MiniSearch.loadJS(shards[key], T.options) : null;
    }
    return engines[key];
  }
  function shardSrc(key) { return "search-index/t-" + T.shardFile(key) + ".js"; }
  function chunkSrc(c) { return "search-index/d-" + c + ".js"; }
  function doc(n) {
    var c = Math.floor(n / data.chunk), row = ((window.DOSSIER_DOCS || {})[c] || [])[n - c * data.chunk] || [];
    return { id: row[0], url: row[1], title: row[2], date: row[3], source: row[4], provenance: row[5] || [] };
  }
  // Each word of the query searched in its prefix's shard; a document must match every word.
  function search(words) {
    var scores = null;
    words.forEach(function (w) {
      var e = engine(w.key), found = {};
      (e ? e.search(w.word) : []).forEach(function (r) { found[r.id] = r.score; });
      if (scores === null) { scores = found; return; }
      Object.keys(scores).forEach(function (id) {
        if (found[id] === undefined) { delete scores[id]; } else { scores[id] += found[id]; }
      });
    });
    return Object.keys(scores || {}).map(function (id) { return { n: Number(id), score: scores[id] }; })
      .sort(function (a, b) { return b.score - a.score || a.n - b.n; });
  }

  function escapeHtml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  function snippet(text, queryTerms) {
    var folded = T.fold(text), best = -1, len = 0;
    queryTerms.forEach(function (q) {
      var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "[\\p{L}\\p{N}]*)", "u");
      var m = re.exec(folded);
      if (m && (best < 0 || m.index < best)) { best = m.index + m[1].length; len = m[2].length; }
    });
    if (best < 0) { return escapeHtml(text.slice(0, 200)) + (text.length > 200 ? " …" : ""); }
    var start = Math.max(0, best - 90), end = Math.min(text.length, best + len + 110);
    return (start > 0 ? "… " : "") + escapeHtml(text.slice(start, best)) + "<mark>" +
      escapeHtml(text.slice(best, best + len)) + "</mark>" + escapeHtml(text.slice(best + len, end)) +
      (end < text.length ? " …" : "");
  }
  // The text of an article comes in its own small script (search/ID.js), loaded on demand:
  // the index stays small, and <script> works where fetch() does not (file://).
  var waiting = {};
  function withText(id, done) {
    var texts = window.DOSSIER_TEXTS || {};
    if (texts[id] !== undefined) { done(texts[id]); return; }
    if (waiting[id]) { waiting[id].push(done); return; }
    waiting[id] = [done];
    var s = document.createElement("script");
    s.src = "search/" + encodeURIComponent(id) + ".js";
    s.onload = function () {
      var text = (window.DOSSIER_TEXTS || {})[id] || "";
      waiting[id].forEach(function (f) { f(text); });
      delete waiting[id];
    };
    document.head.appendChild(s);
  }
  var current = 0;
  function run(query) {
    var ticket = ++current;
    out.innerHTML = "";
    var words = T.tokenize(query).map(function (w) {
      var t = T.processTerm(w);
      return t ? { word: w, term: t, key: T.shardKey(t) } : null;
    }).filter(Boolean);
    if (!query.trim()) { status.textContent = ""; return; }
    var queryTerms = words.map(function (w) { return w.term; });
    var keys = words.map(function (w) { return w.key; }).filter(function (k, i, all) { return all.indexOf(k) === i; });
    loadAll(keys.filter(function (k) { return known[k]; }).map(shardSrc), function () {
      if (ticket !== current) { return; }
      var results = words.length ? search(words) : [];
      var shown = results.slice(0, 50);
      var chunks = shown.map(function (r) { return Math.floor(r.n / data.chunk); })
        .filter(function (c, i, all) { return all.indexOf(c) === i; });
      loadAll(chunks.map(chunkSrc), function () {
        if (ticket !== current) { return; }
        show(query, results.length, shown.map(function (r) { return doc(r.n); }), queryTerms);
      });
    });
  }
  // Under each title, what the cards show: outlet, authors, date, then original address and collection
  // date; an empty part is one the dossier lacks, said with the manifest's labels (keyed as the build's).
  function provenanceHtml(d) {
    var L = data.provenance || {}, p = d.provenance;
    function part(cls, html, missingKey) {
      return missingKey ? '<span class="' + cls + ' missing">' + escapeHtml(L[missingKey] || "") + "</span>"
        : '<span class="' + cls + '">' + html + "</span>";
    }
    var meta = part("source", escapeHtml(d.source), !d.source && "source") + " · " +
      (p.length ? part("authors", escapeHtml(p[0]), !p[0] && "authors") + " · " : "") +
      part("date", escapeHtml(d.date), d.date === L.date && "date");
    if (!p.length) { return '<p class="article-meta">' + meta + "</p>"; }
    var link = escapeHtml(L.lead || "") + '<a href="' + escapeHtml(p[1]) + '" rel="external noopener">' +
      escapeHtml(p[2]) + "</a>";
    return '<p class="article-meta">' + meta + '</p><p class="article-origin">' + part("original", link, !p[1] && "url") +
      " · " + part("collected", escapeHtml(p[3]), !p[3] && "collected") + "</p>";
  }
  function show(query, count, docs, queryTerms) {
    status.textContent = count ? count + " résultat" + (count > 1 ? "s" : "") +
      " pour « " + query + " »" : "Aucun résultat pour « " + query + " ».";
    docs.forEach(function (d) {
      var li = document.createElement("li");
      li.className = "search-result";
      li.innerHTML = '<h2 class="card-title"><a href="' + escapeHtml(d.url) + '">' + escapeHtml(d.title) + "</a></h2>" +
        provenanceHtml(d) + '<p class="snippet"></p>';
      out.appendChild(li);
      withText(d.id, function (text) { li.querySelector(".snippet").innerHTML = snippet(text, queryTerms); });
    });
  }
  var q = new URLSearchParams(window.location.search).get("q") || "";
  input.value = q;
  run(q);
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var query = input.value;
    if (window.history && window.location.protocol !== "file:") {
      window.history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    }
    run(query);
  });
}());
