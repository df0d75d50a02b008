// Build the dossier's search index at build time: node search/build-index.js DOCS.json OUT.js
// DOCS.json is {"stopwords": [...], "docs": [...]} (the stop words are the project's, folded).
// OUT.js is a plain script (window.DOSSIER_SEARCH = …): a page opened from file:// can load it
// with <script src>, where fetch() of a JSON index would be blocked.
"use strict";
const fs = require("fs");
const path = require("path");
const MiniSearch = require("minisearch");
const terms = require(path.join(__dirname, "..", "theme", "static", "js", "search-terms.js"));

// Article texts (for the snippets) are not in OUT.js: the plugin writes one small script per
// article, which the search page loads only for the results it shows.
const [docsPath, outPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(docsPath, "utf8"));
const docs = input.docs;
terms.setStopwords(input.stopwords);
const miniSearch = new MiniSearch(terms.options);
miniSearch.addAll(docs);
const payload = {
  stopwords: input.stopwords,
  index: miniSearch.toJSON(),
  docs: docs.map((d) => ({ id: d.id, url: d.url, title: d.title, date: d.date, source: d.source }))
};
fs.writeFileSync(outPath, "window.DOSSIER_SEARCH = " + JSON.stringify(payload) + ";\n");
console.log(`search: ${docs.length} documents indexed, ${fs.statSync(outPath).size} bytes`);
