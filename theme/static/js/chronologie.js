// The chronology's script, an enhancement: without it the page lists every event, each mark of
// the frieze links to its entry, and actor pages list each actor's events. No request leaves the
// folder; works from file://.
//
// - The filter by actor and by place, kept in the address (?acteur=slug&lieu=slug: read on load,
//   written back with history.replaceState, carried on to the chronology's other pages), so that
//   a filtered view can be shared and prints as shown: entries hidden, the frieze's other marks
//   dimmed, and a line saying which filter is applied.
// - The frieze: one tab stop, the arrow keys from mark to mark (Home, End), and a box with the
//   date and text of the mark focused or pointed at.
(function () {
  "use strict";
  var FILTERS = [
    {key: "acteur", id: "filtre-acteur", label: "Acteur", all: "tous les acteurs"},
    {key: "lieu", id: "filtre-lieu", label: "Lieu", all: "tous les lieux"}
  ];
  var NBSP = "\u00a0";
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var wanted = {};
  var params = new URLSearchParams(window.location.search);
  FILTERS.forEach(function (f) { wanted[f.key] = params.get(f.key) || ""; });
  var names = {};
  var status = null;

  function has(el, slug) {
    return (" " + (el.getAttribute("data-actors") || "") + " ").indexOf(" " + slug + " ") >= 0;
  }
  function keep(el) {
    return FILTERS.every(function (f) { return !wanted[f.key] || has(el, wanted[f.key]); });
  }
  function query() {
    var q = new URLSearchParams();
    FILTERS.forEach(function (f) { if (wanted[f.key]) { q.set(f.key, wanted[f.key]); } });
    var s = q.toString();
    return s ? "?" + s : "";
  }

  // Links to the chronology's other pages keep the filter.
  function carry() {
    each(document.querySelectorAll(".chrono-pager a, .chrono-nav a, svg.overview a"), function (a) {
      var href = a.getAttribute("href").replace(/\?[^#]*/, "");
      var hash = href.indexOf("#");
      a.setAttribute("href", hash < 0 ? href + query() : href.slice(0, hash) + query() + href.slice(hash));
    });
  }

  function buildFilter(box, choices) {
    FILTERS.forEach(function (f) {
      var list = choices[f.key] || [];
      if (!list.length && !wanted[f.key]) { return; }
      names[f.key] = {};
      var field = document.createElement("p");
      field.className = "chrono-filter-field";
      var label = document.createElement("label");
      label.setAttribute("for", f.id);
      label.textContent = f.label + NBSP + ":";
      var select = document.createElement("select");
      select.id = f.id;
      var add = function (value, text) {
        var o = document.createElement("option");
        o.value = value;
        o.textContent = text;
        select.appendChild(o);
      };
      add("", f.all);
      list.forEach(function (c) { add(c[0], c[1]); names[f.key][c[0]] = c[1]; });
      if (wanted[f.key] && !names[f.key][wanted[f.key]]) {  // carried from another page, absent from this one
        names[f.key][wanted[f.key]] = wanted[f.key].replace(/-/g, " ");
        add(wanted[f.key], names[f.key][wanted[f.key]]);
      }
      select.value = wanted[f.key];
      select.addEventListener("change", function () {
        wanted[f.key] = select.value;
        apply();
        try {
          var url = new URL(window.location.href);
          url.search = query();
          window.history.replaceState(window.history.state, "", url.href);
        } catch (e) { /* an address the browser will not rewrite: the filter still applies */ }
      });
      field.appendChild(label);
      field.appendChild(document.createTextNode(" "));
      field.appendChild(select);
      box.appendChild(field);
    });
    status = document.createElement("p");
    status.className = "filter-status";
    status.setAttribute("role", "status");
    box.appendChild(status);
    box.hidden = false;
  }

  function apply() {
    var shown = 0, total = 0;
    each(document.querySelectorAll("ol.chronology > li"), function (li) {
      var k = keep(li);
      li.hidden = !k;
      if (li.classList.contains("event")) { total += 1; shown += k ? 1 : 0; }
    });
    each(document.querySelectorAll(".chrono-month"), function (sec) {
      sec.hidden = !sec.querySelector("ol.chronology > li:not([hidden])");
    });
    each(document.querySelectorAll("svg.timeline a.mark[data-actors]"), function (a) {
      var out = !keep(a);
      a.classList.toggle("out", out);
      if (out) { a.setAttribute("aria-hidden", "true"); } else { a.removeAttribute("aria-hidden"); }
    });
    each(document.querySelectorAll("svg.timeline"), function (svg) { if (svg.roving) { svg.roving(); } });
    var parts = FILTERS.filter(function (f) { return wanted[f.key]; }).map(function (f) {
      var name = (names[f.key] || {})[wanted[f.key]] || wanted[f.key];
      return f.label.toLowerCase() + " «" + NBSP + name + NBSP + "»";
    });
    if (status) {
      var page = document.querySelector(".chrono-pager") ? " de cette page" : "";
      status.textContent = parts.length ? "Chronologie filtrée" + NBSP + ": " + parts.join(", ") + " — " + shown +
        " événement" + (shown > 1 ? "s" : "") + " sur " + total + page + "." : "";
    }
    carry();
  }

  function frieze(svg, tip) {
    var marks = Array.prototype.slice.call(svg.querySelectorAll("a.mark"));
    // Listeners go on the drawing's <div>: Chromium makes an <svg> with focus listeners a tab stop of its own.
    var view = svg.parentNode;
    if (!marks.length) { return; }
    marks.forEach(function (a) {  // the name moves to aria-label: the box below replaces the browser's tooltip
      var title = a.querySelector("title");
      if (title) { a.setAttribute("aria-label", title.textContent); title.parentNode.removeChild(title); }
    });
    var current = null;
    var active = function () { return marks.filter(function (a) { return !a.classList.contains("out"); }); };
    var choose = function (a) {
      current = a;
      marks.forEach(function (m) { m.setAttribute("tabindex", m === a ? "0" : "-1"); });
    };
    svg.roving = function () {
      var list = active();
      choose(list.indexOf(current) >= 0 ? current : list[0] || null);
    };
    svg.roving();
    view.addEventListener("keydown", function (ev) {
      var list = active(), i = list.indexOf(document.activeElement);
      var to = {ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: list.length - 1};
      if (i < 0 || !(ev.key in to)) { return; }
      ev.preventDefault();
      var next = list[Math.max(0, Math.min(list.length - 1, to[ev.key]))];
      choose(next);
      next.focus();
    });
    var show = function (a) {
      var when = a.getAttribute("data-when") || "", name = a.getAttribute("aria-label") || "";
      var text = name.indexOf(when) === 0 ? name.slice(when.length).replace(/^[\s\u00a0\u202f—–:-]+/, "") : name;
      tip.textContent = "";
      var strong = document.createElement("strong");
      strong.textContent = when;
      tip.appendChild(strong);
      tip.appendChild(document.createTextNode(" " + text));
      tip.hidden = false;
      var fig = tip.parentNode.getBoundingClientRect();
      var r = (a.querySelector("circle, rect, path:not(.leader)") || a).getBoundingClientRect();
      var left = r.left - fig.left + r.width / 2 - tip.offsetWidth / 2;
      tip.style.left = Math.max(0, Math.min(left, tip.parentNode.clientWidth - tip.offsetWidth)) + "px";
      tip.style.top = (r.bottom - fig.top + 8) + "px";
    };
    var hide = function () { tip.hidden = true; };
    view.addEventListener("focusin", function (ev) {
      var a = ev.target.closest && ev.target.closest("a.mark");
      if (a) { choose(a); show(a); }
    });
    view.addEventListener("focusout", hide);
    view.addEventListener("mouseover", function (ev) {
      var a = ev.target.closest && ev.target.closest("a.mark");
      if (a && !a.classList.contains("out")) { show(a); }
    });
    view.addEventListener("mouseleave", function () {
      var a = document.activeElement;
      if (a && marks.indexOf(a) >= 0) { show(a); } else { hide(); }
    });
  }

  each(document.querySelectorAll("figure.timeline-figure"), function (figure) {
    var tip = document.createElement("div");
    tip.className = "timeline-tip";
    tip.setAttribute("aria-hidden", "true");
    tip.hidden = true;
    figure.appendChild(tip);
    each(figure.querySelectorAll("svg.timeline"), function (svg) { frieze(svg, tip); });
    var caption = figure.querySelector("figcaption");
    if (caption) {
      var hint = document.createElement("span");
      hint.className = "timeline-keys";
      hint.textContent = " Au clavier" + NBSP + ": Tab mène à la frise, les flèches d’une marque à l’autre. ";
      caption.insertBefore(hint, caption.querySelector("a"));
    }
  });
  var box = document.getElementById("chrono-filtre");
  var data = box && box.querySelector("script[type='application/json']");
  if (data) {
    try { buildFilter(box, JSON.parse(data.textContent)); } catch (e) { box.hidden = true; }
  }
  apply();
}());
