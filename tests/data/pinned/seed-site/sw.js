// Service worker of the dossier: after one visit, every page and asset is read from the cache.
// Written by plugins/offline at build time (version and file list filled in).
"use strict";
var VERSION = "dossier-ea65ac28d4ec";
var FILES = ["./", ".nojekyll", "404.html", "acteurs/bachar-al-assad.html", "acteurs/barack-obama.html", "acteurs/emirats-arabes-unis.html", "acteurs/etat-islamique.html", "acteurs/france.html", "acteurs/francois-hollande.html", "acteurs/golfe.html", "acteurs/irak.html", "acteurs/jean-yves-le-drian.html", "acteurs/jordanie.html", "acteurs/luc-lemonnnier.html", "acteurs/mediterranee.html", "acteurs/moscou.html", "acteurs/paris.html", "acteurs/philippines.html", "acteurs/raqqa.html", "acteurs/russie.html", "acteurs/serguei-choigou.html", "acteurs/sinai.html", "acteurs/syrie.html", "acteurs/union-europeenne.html", "acteurs/vienne.html", "acteurs/vladimir-poutine.html", "acteurs/washington.html", "acteurs.html", "archives.html", "articles/000-2be0edee1e7f5a54.html", "articles/002-c8da9b7f2b29b121.html", "boilerplate.json", "chronologie.html", "chronology.json", "index.html", "recherche.html", "search/000-2be0edee1e7f5a54.js", "search/002-c8da9b7f2b29b121.js", "search-index.js", "theme/css/dossier.css", "theme/js/chronologie.js", "theme/js/minisearch.js", "theme/js/offline.js", "theme/js/search-terms.js", "theme/js/search.js"];

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
