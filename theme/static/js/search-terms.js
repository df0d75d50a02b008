// How words become index terms, the same in the build (Node) and in the browser:
// accents and case folded ("Choïgou" = "choigou"), French elisions dropped ("l'EI" = "ei"),
// stop words left out, light stemming (plural -s/-x). Used by MiniSearch as tokenize/processTerm.
// The site's typography (dossier/site/typography.py) is folded back: no-break spaces are spaces,
// ’ is ', a non-breaking hyphen is "-", so that a query typed with plain signs finds the texts.
// The stop words are the project's (dossier/data/fr|en/stopwords.txt): the build passes them to
// build-index.js, which writes them into search-index.js for the browser (setStopwords).
(function (root, factory) {
  if (typeof module === "object" && module.exports) { module.exports = factory(); } else { root.DossierTerms = factory(); }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var STOP = {};
  function setStopwords(words) {
    STOP = {};
    (words || []).forEach(function (w) { STOP[w] = true; });
  }
  // (each character folds to one: positions in a folded text are positions in the text)
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\u2019/g, "'")
      .replace(/[\u00a0\u202f\u2009]/g, " ").replace(/\u2011/g, "-");
  }
  function tokenize(text) {
    return String(text).split(/[^\p{L}\p{N}'\u2019]+/u);
  }
  function stem(word) {
    if (word.length > 4 && /[^s][sx]$/.test(word)) { return word.slice(0, -1); }
    return word;
  }
  var ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['\u2019]/i;
  function processTerm(term) {
    var t = fold(term).replace(ELISION, "").replace(/'/g, "");
    if (t.length < 2 || STOP[t]) { return null; }
    return stem(t);
  }
  // The shard a term's index lives in: its first two letters (code points, not UTF-16 units),
  // spelt in a file name as their hexadecimal code points ("dr" -> "64-72").
  // A word as a reader would type it again: without its elision ("l'État" -> "État").
  function bare(word) {
    return String(word).replace(ELISION, "");
  }
  function shardKey(term) {
    return Array.from(term).slice(0, 2).join("");
  }
  function shardFile(key) {
    return Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }
  var options = {
    idField: "id",
    fields: ["title", "actors", "source", "text"],
    storeFields: [],
    tokenize: tokenize,
    processTerm: processTerm,
    searchOptions: {
      boost: { title: 3, actors: 2, source: 1.5 },
      prefix: function (term) { return term.length > 3; },
      fuzzy: function (term) { return term.length > 5 ? 0.2 : 0; },
      combineWith: "AND"
    }
  };
  return { fold: fold, tokenize: tokenize, processTerm: processTerm, options: options, setStopwords: setStopwords,
           shardKey: shardKey, shardFile: shardFile, bare: bare };
}));
