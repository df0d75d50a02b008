// The search page: loads the manifest of the prebuilt, sharded MiniSearch index (search-index.js),
// then for a query only the shards of its words and the titles of the results it shows
// (search/build-index.js says how the index is cut), and shows results with title, date, source
// and a snippet around the first match, every word of the query highlighted in both.  An empty
// query shows the help written in the page; a query that finds nothing suggests close words.
// Works from file:// (scripts, no fetch).
(function () {
  "use strict";
  var data = window.DOSSIER_SEARCH, T = window.DossierTerms;
  var form = document.getElementById("search-form"), input = document.getElementById("search-q");
  var out = document.getElementById("search-results"), status = document.getElementById("search-status");
  var help = document.getElementById("search-help"), suggest = document.getElementById("search-suggest");
  if (!data || !T || !window.MiniSearch || !form) { return; }
  T.setStopwords(data.stopwords);
  var known = {}, engines = {}, loading = {}, pageTitle = document.title;
  data.keys.forEach(function (k) { known[k] = true; });
  var NNBSP = "\u202f", SNIPPET = 220, MAX_SUGGESTIONS = 3;

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
  // The index of one prefix's terms (search-index/t-KEY.js), read once, with the terms' spellings.
  function engine(key) {
    if (!engines[key]) {
      var shard = (window.DOSSIER_SHARDS || {})[key];
      engines[key] = shard ? { index: window.MiniSearch.loadJS(shard.index, T.options), forms: shard.forms || {} }
        : null;
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
  // Each result keeps the index terms it matched (a prefix or a typo gives other words to highlight).
  function search(words) {
    var found = null;
    words.forEach(function (w) {
      var e = engine(w.key), these = {};
      (e ? e.index.search(w.word) : []).forEach(function (r) { these[r.id] = { score: r.score, terms: r.terms }; });
      if (found === null) { found = these; return; }
      Object.keys(found).forEach(function (id) {
        if (!these[id]) { delete found[id]; return; }
        found[id].score += these[id].score;
        found[id].terms = found[id].terms.concat(these[id].terms);
      });
    });
    return Object.keys(found || {}).map(function (id) { return { n: Number(id), score: found[id].score, terms: found[id].terms }; })
      .sort(function (a, b) { return b.score - a.score || a.n - b.n; });
  }

  function escapeHtml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  // What to highlight: the query as typed, as a phrase (« Le Drian », stop words included), then
  // each of its terms and each index term a result matched, all folded.  A term of more than 3
  // letters marks the words it begins, as the search finds them; a shorter one or a number, itself.
  var ALNUM = "[\\p{L}\\p{N}]";
  function tail(term) { return term.length > 3 && !/^\d+$/.test(term) ? ALNUM + "*" : "(?!" + ALNUM + ")"; }
  function highlighter(query, terms) {
    var alts = [], words = T.tokenize(T.fold(query)).filter(Boolean);
    if (words.length > 1) {
      alts.push("(?<phrase>" + words.map(escapeRe).join("[^\\p{L}\\p{N}]{1,3}") + tail(words[words.length - 1]) + ")");
    }
    terms.filter(function (t, i, all) { return t && all.indexOf(t) === i; })
      .sort(function (a, b) { return b.length - a.length; })
      .forEach(function (t) { alts.push(escapeRe(t) + tail(t)); });
    return alts.length ? new RegExp("(?<!" + ALNUM + ")(?:" + alts.join("|") + ")", "gu") : null;
  }
  // The [start, end) of each match in the text.  The search folds each character to one, so a
  // position in the folded text is one in the text; when it does not (a decomposed accent), each
  // character is folded alone and the positions mapped back.
  function matches(text, re) {
    var found = [], m, folded = T.fold(text), at = null;
    if (!re) { return found; }
    if (folded.length !== text.length) {
      var chars = Array.from(text), i = 0;
      folded = "";
      at = [];
      chars.forEach(function (c) {
        var f = T.fold(c);
        for (var k = 0; k < f.length; k++) { at.push(i); }
        folded += f;
        i += c.length;
      });
      at.push(i);
    }
    re.lastIndex = 0;
    while ((m = re.exec(folded)) !== null) {
      if (!m[0].length) { re.lastIndex++; continue; }
      var s = m.index, e = m.index + m[0].length, r = at ? [at[s], at[e]] : [s, e];
      r.phrase = !!(m.groups && m.groups.phrase);
      found.push(r);
    }
    return found;
  }
  // text[from, to) as HTML, the matches inside it marked.
  function marked(text, found, from, to) {
    var html = "", pos = from;
    found.forEach(function (r) {
      var s = Math.max(r[0], pos), e = Math.min(r[1], to);
      if (e <= s) { return; }
      html += escapeHtml(text.slice(pos, s)) + "<mark>" + escapeHtml(text.slice(s, e)) + "</mark>";
      pos = e;
    });
    return html + escapeHtml(text.slice(pos, to));
  }
  // About SNIPPET characters around the first match (the first of the whole query, if the text has
  // it), cut at spaces between words (never inside a word, nor at a no-break space), « … » where
  // the text goes on.
  function snippet(text, found) {
    var first = found.filter(function (r) { return r.phrase; })[0] || found[0] || [0, 0];
    var start = Math.max(0, Math.min(first[0] - Math.floor((SNIPPET - (first[1] - first[0])) / 2),
                                     text.length - SNIPPET));
    var end = Math.min(text.length, start + SNIPPET);
    if (start > 0) { start = text.lastIndexOf(" ", start) + 1; }  // back to the start of its word
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      if (cut <= first[1]) { cut = text.indexOf(" ", first[1]); }  // never before the match's end
      end = cut < 0 ? text.length : cut;
    }
    return (start > 0 ? "…\u00a0" : "") + marked(text, found, start, end) + (end < text.length ? "\u00a0…" : "");
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
  function quoted(query) { return "«" + NNBSP + query + NNBSP + "»"; }

  var current = 0;
  function run(query) {
    var ticket = ++current;
    query = query.trim();
    out.innerHTML = "";
    suggest.hidden = true;
    suggest.innerHTML = "";
    document.title = query ? quoted(query) + " — " + pageTitle : pageTitle;
    if (help) { help.hidden = !!query; }
    if (!query) { status.textContent = ""; return; }
    var words = T.tokenize(query).map(function (w) {
      var t = T.processTerm(w);
      return t ? { word: w, term: t, key: T.shardKey(t) } : null;
    }).filter(Boolean);
    var keys = words.map(function (w) { return w.key; }).filter(function (k, i, all) { return all.indexOf(k) === i; });
    loadAll(keys.filter(function (k) { return known[k]; }).map(shardSrc), function () {
      if (ticket !== current) { return; }
      var results = words.length ? search(words) : [];
      var shown = results.slice(0, 50);
      var chunks = shown.map(function (r) { return Math.floor(r.n / data.chunk); })
        .filter(function (c, i, all) { return all.indexOf(c) === i; });
      loadAll(chunks.map(chunkSrc), function () {
        if (ticket !== current) { return; }
        show(query, words, results.length, shown);
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
  function show(query, words, count, shown) {
    status.textContent = count ? count + " résultat" + (count > 1 ? "s" : "") + " pour " + quoted(query)
      : "Aucun résultat pour " + quoted(query) + ".";
    if (!count) { suggestions(query, words); return; }
    var queryTerms = words.map(function (w) { return w.term; });
    shown.forEach(function (r) {
      var d = doc(r.n), re = highlighter(query, queryTerms.concat(r.terms || []));
      var li = document.createElement("li");
      li.className = "search-result";
      li.innerHTML = '<h2 class="card-title"><a href="' + escapeHtml(d.url) + '">' +
        marked(d.title, matches(d.title, re), 0, d.title.length) + "</a></h2>" +
        provenanceHtml(d) + '<p class="snippet"></p>';
      out.appendChild(li);
      withText(d.id, function (text) { li.querySelector(".snippet").innerHTML = snippet(text, matches(text, re)); });
    });
  }

  // No result: the query with one word replaced by a close word of the index (a typo forgiven
  // more widely than the search does), or each word alone when all of them together find nothing;
  // only suggestions that find something.  The help of the page comes back under them.
  function suggestions(query, words) {
    var offers = [];
    function offer(ws, label) {
      var n = search(ws).length, q = ws.map(function (w) { return w.shown || w.word; }).join(" ");
      if (n && offers.length < MAX_SUGGESTIONS && !offers.some(function (o) { return o.q === q; })) {
        offers.push({ q: q, n: n, label: label || q });
      }
    }
    words.forEach(function (w, i) {
      var e = engine(w.key);
      if (!e || e.index.search(w.word).length) { return; }
      closeTerms(e, w).forEach(function (t) {
        var other = { word: t, term: t, key: w.key, shown: e.forms[t] || t };
        offer(words.slice(0, i).concat([other], words.slice(i + 1)));
      });
    });
    if (words.length > 1) { words.forEach(function (w) { offer([w]); }); }
    var links = offers.map(function (o) {
      return '<a href="recherche.html?q=' + encodeURIComponent(o.q) + '">' + escapeHtml(o.label) + "</a> (" +
        o.n + " article" + (o.n > 1 ? "s" : "") + ")";
    });
    suggest.innerHTML = links.length ? "Essayez\u00a0: " + links.join(", ") + "."
      : "Aucun mot proche dans le dossier. Vérifiez l’orthographe, ou cherchez moins de mots.";
    suggest.hidden = false;
    if (help) { help.hidden = false; }
  }
  // The index terms closest to a word: typos of up to a third of its letters, or words it begins.
  function closeTerms(e, w) {
    var scores = {};
    e.index.search(w.word, { fuzzy: 0.34, prefix: true, combineWith: "OR" }).forEach(function (r) {
      r.terms.forEach(function (t) { if (t !== w.term) { scores[t] = (scores[t] || 0) + r.score; } });
    });
    return Object.keys(scores).sort(function (a, b) { return scores[b] - scores[a] || (a < b ? -1 : 1); })
      .slice(0, MAX_SUGGESTIONS);
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
