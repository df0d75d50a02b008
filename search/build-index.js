// Build the dossier's search index at build time: node search/build-index.js DOCS.json OUT.js
// DOCS.json is {"stopwords": [...], "docs": [...], "labels": {...}} (the stop words are the project's, folded;
// the labels say in a result what part of an article's provenance is missing).
//
// Every file is a plain script (window.DOSSIER_… = …): a page opened from file:// can load it with
// <script src>, where fetch() of a JSON index would be blocked.  The index is sharded so that a
// query downloads only what it needs, however large the dossier:
// - OUT.js, the manifest: the stop words, the number of documents, the shard keys, the provenance labels;
// - search-index/t-KEY.js, one MiniSearch index per term prefix (the first two letters of a term
//   as the search processes it): a word of the query loads its prefix's shard only, and prefix and
//   fuzzy search work inside it (a typo in the first two letters is not forgiven); with it, each
//   term's most frequent spelling in the texts when it differs from the term ("etat" -> "État"),
//   for the suggestions shown when a query finds nothing;
// - search-index/d-N.js, the titles, urls, dates, sources and provenance lines (what a card shows
//   under its title: byline, original address, collection date) of documents N*CHUNK … N*CHUNK+CHUNK-1,
//   loaded for the results shown.
// Article texts (for the snippets) are in the plugin's search/ID.js, one per article.
// Writes are atomic (a temporary name, then rename): a reader never loads half a shard.
"use strict";
const fs = require("fs");
const path = require("path");
const MiniSearch = require("minisearch");
const terms = require(path.join(__dirname, "..", "theme", "static", "js", "search-terms.js"));

const CHUNK = 500;

// the temporary name the project's own atomic writes use (dossier/files.py): ".NAME.UNIQUE.tmp"
function writeAtomic(file, text) {
  const tmp = path.join(path.dirname(file), "." + path.basename(file) + "." + process.pid + ".tmp");
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function script(name, key, value) {
  return "(window." + name + " = window." + name + " || {})[" + JSON.stringify(key) + "] = " +
    JSON.stringify(value).replace(/<\//g, "<\\/") + ";\n";
}

const [docsPath, outPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(docsPath, "utf8"));
const docs = input.docs;
terms.setStopwords(input.stopwords);
const folder = path.join(path.dirname(outPath), "search-index");
fs.mkdirSync(folder, { recursive: true });

// Each document read once: its words, field by field, under the prefix of the term each gives.
const fields = terms.options.fields;
const byKey = new Map();  // key -> Map(document number -> {field: [words]})
const spellings = new Map();  // key -> Map(term -> Map(spelling -> count))
docs.forEach(function (d, n) {
  fields.forEach(function (f) {
    terms.tokenize(String(d[f] || "")).forEach(function (tok) {
      const t = terms.processTerm(tok);
      if (!t) { return; }
      const key = terms.shardKey(t);
      if (!byKey.has(key)) { byKey.set(key, new Map()); spellings.set(key, new Map()); }
      const shard = byKey.get(key);
      if (!shard.has(n)) { shard.set(n, {}); }
      const words = shard.get(n);
      (words[f] = words[f] || []).push(tok);
      const seen = spellings.get(key);
      if (!seen.has(t)) { seen.set(t, new Map()); }
      const spelt = terms.bare(tok).replace(/\u2019/g, "'");
      seen.get(t).set(spelt, (seen.get(t).get(spelt) || 0) + 1);
    });
  });
});
// the most frequent spelling of each term of a shard, when it is not the term itself
function forms(key) {
  const out = {};
  spellings.get(key).forEach(function (counts, t) {
    let best = t, most = 0;
    counts.forEach(function (c, w) { if (c > most || (c === most && w < best)) { best = w; most = c; } });
    if (best !== t) { out[t] = best; }
  });
  return out;
}

let largest = 0;
const keys = Array.from(byKey.keys()).sort();
keys.forEach(function (key) {
  // the shard indexes only the words under its prefix, of the documents that have one
  const index = new MiniSearch(Object.assign({}, terms.options, { idField: "n" }));
  byKey.get(key).forEach(function (words, n) {
    const d = { n: n };
    fields.forEach(function (f) { d[f] = (words[f] || []).join(" "); });
    index.add(d);
  });
  const text = script("DOSSIER_SHARDS", key, { index: index.toJSON(), forms: forms(key) });
  largest = Math.max(largest, Buffer.byteLength(text));
  writeAtomic(path.join(folder, "t-" + terms.shardFile(key) + ".js"), text);
});
for (let c = 0; c * CHUNK < docs.length; c++) {
  const part = docs.slice(c * CHUNK, (c + 1) * CHUNK).map(function (d) {
    return [d.id, d.url, d.title, d.date, d.source, d.provenance || []];
  });
  writeAtomic(path.join(folder, "d-" + c + ".js"), script("DOSSIER_DOCS", c, part));
}
const manifest = { stopwords: input.stopwords, count: docs.length, chunk: CHUNK, keys: keys,
  provenance: input.labels || {} };
writeAtomic(outPath, "window.DOSSIER_SEARCH = " + JSON.stringify(manifest) + ";\n");
console.log(`search: ${docs.length} documents indexed, ${fs.statSync(outPath).size} bytes ` +
  `(+ ${keys.length} shards, the largest ${largest} bytes)`);
