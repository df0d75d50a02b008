// Service worker of the dossier: after one visit, every page and asset is read from the cache.
// Written by plugins/offline at build time (version and file list filled in).
"use strict";
var VERSION = "dossier-7bec7c68d527";
var FILES = ["./", ".nojekyll", "404.html", "acteurs/bachar-al-assad.html", "acteurs/barack-obama.html", "acteurs/emirats-arabes-unis.html", "acteurs/etat-islamique.html", "acteurs/france.html", "acteurs/francois-hollande.html", "acteurs/golfe.html", "acteurs/irak.html", "acteurs/jean-yves-le-drian.html", "acteurs/jordanie.html", "acteurs/luc-lemonnnier.html", "acteurs/mediterranee.html", "acteurs/moscou.html", "acteurs/paris.html", "acteurs/philippines.html", "acteurs/raqqa.html", "acteurs/russie.html", "acteurs/serguei-choigou.html", "acteurs/sinai.html", "acteurs/syrie.html", "acteurs/union-europeenne.html", "acteurs/vienne.html", "acteurs/vladimir-poutine.html", "acteurs/washington.html", "acteurs.html", "archives.html", "articles/000-2be0edee1e7f5a54.html", "articles/002-c8da9b7f2b29b121.html", "boilerplate.json", "chronologie.html", "chronology.json", "index.html", "recherche.html", "search/000-2be0edee1e7f5a54.js", "search/002-c8da9b7f2b29b121.js", "search-index/d-0.js", "search-index/t-30-30.js", "search-index/t-31-30.js", "search-index/t-31-33.js", "search-index/t-32-34.js", "search-index/t-32-35.js", "search-index/t-32-36.js", "search-index/t-38-30.js", "search-index/t-61-63.js", "search-index/t-61-65.js", "search-index/t-61-6c.js", "search-index/t-61-6d.js", "search-index/t-61-6e.js", "search-index/t-61-70.js", "search-index/t-61-72.js", "search-index/t-61-73.js", "search-index/t-61-74.js", "search-index/t-61-75.js", "search-index/t-61-76.js", "search-index/t-62-61.js", "search-index/t-62-69.js", "search-index/t-62-6f.js", "search-index/t-63-61.js", "search-index/t-63-65.js", "search-index/t-63-68.js", "search-index/t-63-69.js", "search-index/t-63-6f.js", "search-index/t-63-72.js", "search-index/t-64-61.js", "search-index/t-64-65.js", "search-index/t-64-69.js", "search-index/t-64-6a.js", "search-index/t-64-6f.js", "search-index/t-64-72.js", "search-index/t-65-63.js", "search-index/t-65-66.js", "search-index/t-65-67.js", "search-index/t-65-69.js", "search-index/t-65-6c.js", "search-index/t-65-6d.js", "search-index/t-65-6e.js", "search-index/t-65-73.js", "search-index/t-65-74.js", "search-index/t-65-75.js", "search-index/t-65-76.js", "search-index/t-65-78.js", "search-index/t-66-61.js", "search-index/t-66-69.js", "search-index/t-66-6f.js", "search-index/t-66-72.js", "search-index/t-67-61.js", "search-index/t-67-6f.js", "search-index/t-67-72.js", "search-index/t-67-75.js", "search-index/t-68-69.js", "search-index/t-68-6f.js", "search-index/t-68-75.js", "search-index/t-69-6d.js", "search-index/t-69-6e.js", "search-index/t-69-72.js", "search-index/t-69-73.js", "search-index/t-6a-65.js", "search-index/t-6a-69.js", "search-index/t-6a-6f.js", "search-index/t-6c-61.js", "search-index/t-6c-65.js", "search-index/t-6c-69.js", "search-index/t-6c-75.js", "search-index/t-6d-61.js", "search-index/t-6d-65.js", "search-index/t-6d-69.js", "search-index/t-6d-6f.js", "search-index/t-6e-6f.js", "search-index/t-6e-75.js", "search-index/t-6f-62.js", "search-index/t-6f-63.js", "search-index/t-6f-72.js", "search-index/t-6f-75.js", "search-index/t-70-61.js", "search-index/t-70-65.js", "search-index/t-70-68.js", "search-index/t-70-6c.js", "search-index/t-70-6f.js", "search-index/t-70-72.js", "search-index/t-70-75.js", "search-index/t-71-75.js", "search-index/t-72-61.js", "search-index/t-72-65.js", "search-index/t-72-6f.js", "search-index/t-72-75.js", "search-index/t-73-61.js", "search-index/t-73-65.js", "search-index/t-73-69.js", "search-index/t-73-6f.js", "search-index/t-73-70.js", "search-index/t-73-74.js", "search-index/t-73-79.js", "search-index/t-74-65.js", "search-index/t-74-6f.js", "search-index/t-74-72.js", "search-index/t-74-79.js", "search-index/t-75-65.js", "search-index/t-75-6b.js", "search-index/t-75-6e.js", "search-index/t-76-61.js", "search-index/t-76-69.js", "search-index/t-76-6c.js", "search-index/t-76-6f.js", "search-index/t-77-61.js", "search-index/t-79-76.js", "search-index/t-7a-6f.js", "search-index.js", "theme/css/dossier.css", "theme/js/chronologie.js", "theme/js/minisearch.js", "theme/js/offline.js", "theme/js/search-terms.js", "theme/js/search.js"];

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(VERSION).then(function (cache) { return cache.addAll(FILES); }));
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== VERSION; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  if (event.request.method !== "GET") { return; }
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then(function (hit) {
    return hit || fetch(event.request).then(function (response) {
      var copy = response.clone();
      caches.open(VERSION).then(function (cache) { cache.put(event.request, copy); });
      return response;
    }).catch(function () { return caches.match("404.html"); });
  }));
});
