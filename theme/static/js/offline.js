// Offline reading on the published site: a service worker keeps every page after the first visit.
// Not on file:// (browsers do not allow it there, and the folder is already offline).
(function () {
  "use strict";
  var me = document.currentScript;
  if (!("serviceWorker" in navigator) || location.protocol.indexOf("http") !== 0 || !me) { return; }
  navigator.serviceWorker.register(me.getAttribute("data-sw")).catch(function () { /* optional */ });
}());
