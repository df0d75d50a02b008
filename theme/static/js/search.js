// The search page: loads the prebuilt MiniSearch index (search-index.js) and shows results
// with title, date, source and a snippet around the match. Works from file:// (no fetch).
(function () {
  "use strict";
  var data = window.DOSSIER_SEARCH, T = window.DossierTerms;
  var form = document.getElementById("search-form"), input = document.getElementById("search-q");
  var out = document.getElementById("search-results"), status = document.getElementById("search-status");
  if (!data || !T || !window.MiniSearch || !form) { return; }
  T.setStopwords(data.stopwords);
  var engine = window.MiniSearch.loadJS(data.index, T.options);
  var docs = {};
  data.docs.forEach(function (d) { docs[d.id] = d; });

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
  function run(query) {
    out.innerHTML = "";
    if (!query.trim()) { status.textContent = ""; return; }
    var results = engine.search(query);
    var queryTerms = T.tokenize(query).map(T.processTerm).filter(Boolean);
    status.textContent = results.length ? results.length + " résultat" + (results.length > 1 ? "s" : "") +
      " pour « " + query + " »" : "Aucun résultat pour « " + query + " ».";
    results.slice(0, 50).forEach(function (r) {
      var d = docs[r.id], li = document.createElement("li");
      li.className = "search-result";
      li.innerHTML = '<h2 class="card-title"><a href="' + escapeHtml(d.url) + '">' + escapeHtml(d.title) + "</a></h2>" +
        '<p class="article-meta">' + (d.source ? '<span class="source">' + escapeHtml(d.source) + "</span>" : "") +
        '<span class="date">' + escapeHtml(d.date) + "</span></p>" + '<p class="snippet"></p>';
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
