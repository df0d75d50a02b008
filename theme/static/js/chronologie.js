// Chronology filter by actor: an enhancement, the page works without it (actor pages list
// each actor's events). No request leaves the folder; works from file://.
(function () {
  "use strict";
  var nav = document.querySelector(".chrono-filter");
  if (!nav) { return; }
  var items = Array.prototype.slice.call(document.querySelectorAll("ol.chronology > li"));
  var names = {};
  Array.prototype.forEach.call(nav.querySelectorAll("a"), function (a) {
    var slug = a.getAttribute("href").replace(/^.*\//, "").replace(/\.html.*$/, "");
    names[slug] = a.textContent;
  });
  var label = document.createElement("label");
  label.textContent = "Filtrer par acteur : ";
  var select = document.createElement("select");
  select.id = "filtre-acteur";
  label.setAttribute("for", select.id);
  var all = document.createElement("option");
  all.value = "";
  all.textContent = "tous les acteurs";
  select.appendChild(all);
  Object.keys(names).sort(function (a, b) { return names[a].localeCompare(names[b], "fr"); }).forEach(function (slug) {
    var o = document.createElement("option");
    o.value = slug;
    o.textContent = names[slug];
    select.appendChild(o);
  });
  var status = document.createElement("p");
  status.setAttribute("role", "status");
  status.className = "filter-status";
  select.addEventListener("change", function () {
    var slug = select.value, shown = 0;
    items.forEach(function (li) {
      var keep = !slug || (" " + li.getAttribute("data-actors") + " ").indexOf(" " + slug + " ") >= 0;
      li.hidden = !keep;
      if (keep && li.classList.contains("event")) { shown += 1; }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".chrono-month"), function (sec) {
      sec.hidden = !sec.querySelector("li:not([hidden])");
    });
    status.textContent = slug ? shown + " événement(s) pour " + names[slug] : "";
  });
  var p = document.createElement("p");
  p.appendChild(label);
  p.appendChild(select);
  nav.insertBefore(p, nav.firstChild);
  nav.appendChild(status);
}());
