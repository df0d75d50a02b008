// The quotations page's script, an enhancement: without it the page lists every quotation, and each
// actor page lists the actor's. No request leaves the folder; works from file://.
//
// The filter by actor, kept in the address (?acteur=slug: read on load, written back with
// history.replaceState, carried on to the other pages of a long list split by month), so that a
// filtered view can be shared and prints as shown: the other quotations hidden, and a line saying
// which filter is applied.
(function () {
  "use strict";
  var NBSP = "\u00a0", NNBSP = "\u202f";
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var wanted = new URLSearchParams(window.location.search).get("acteur") || "";
  var names = {};
  var status = null;

  // The links to the list's other pages (the pager, the overview's months) keep the filter.
  function carry() {
    var query = wanted ? "?acteur=" + encodeURIComponent(wanted) : "";
    each(document.querySelectorAll(".quotes-pager a, .quotes-nav a"), function (a) {
      var parts = a.getAttribute("href").split("#");
      a.setAttribute("href", parts[0].replace(/\?.*$/, "") + query + (parts.length > 1 ? "#" + parts[1] : ""));
    });
  }

  function apply() {
    var shown = 0, total = 0;
    each(document.querySelectorAll("ol.quotes > li.quote"), function (li) {
      var keep = !wanted || li.getAttribute("data-actors") === wanted;
      li.hidden = !keep;
      total += 1;
      shown += keep ? 1 : 0;
    });
    each(document.querySelectorAll(".quotes-month"), function (sec) {
      sec.hidden = !sec.querySelector("ol.quotes > li:not([hidden])");
    });
    carry();
    if (status) {
      var where = document.querySelector(".quotes-pager") ? " de cette page" : "";
      status.textContent = wanted ? "Citations filtrées" + NBSP + ": acteur «" + NNBSP + (names[wanted] || wanted) +
        NNBSP + "» — " + shown + " citation" + (shown > 1 ? "s" : "") + " sur " + total + where + "." : "";
    }
  }

  function build(box, choices) {
    var field = document.createElement("p");
    field.className = "quotes-filter-field";
    var label = document.createElement("label");
    label.setAttribute("for", "filtre-acteur");
    label.textContent = "Acteur" + NBSP + ":";
    var select = document.createElement("select");
    select.id = "filtre-acteur";
    var add = function (value, text) {
      var o = document.createElement("option");
      o.value = value;
      o.textContent = text;
      select.appendChild(o);
    };
    add("", "tous les acteurs");
    choices.forEach(function (c) {
      names[c[0]] = c[1];
      add(c[0], c[1] + " (" + c[2] + ")");
    });
    if (wanted && !names[wanted]) {  // an actor with no quotation here: said so, nothing shown
      names[wanted] = wanted.replace(/-/g, " ");
      add(wanted, names[wanted]);
    }
    select.value = wanted;
    select.addEventListener("change", function () {
      wanted = select.value;
      apply();
      try {
        var url = new URL(window.location.href);
        url.search = wanted ? "?acteur=" + encodeURIComponent(wanted) : "";
        window.history.replaceState(window.history.state, "", url.href);
      } catch (e) { /* an address the browser will not rewrite: the filter still applies */ }
    });
    field.appendChild(label);
    field.appendChild(document.createTextNode(" "));
    field.appendChild(select);
    box.appendChild(field);
    status = document.createElement("p");
    status.className = "filter-status";
    status.setAttribute("role", "status");
    box.appendChild(status);
    box.hidden = false;
  }

  function start() {
    var box = document.getElementById("citations-filtre");
    var data = document.getElementById("citations-filtre-choix");
    if (box && data) {
      try { build(box, JSON.parse(data.textContent)); } catch (e) { return; }
    }
    apply();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
