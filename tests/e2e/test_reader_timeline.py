"""The chronology's frieze in Chromium: readable at 390 and 1280 px, nothing overlapping, contrasted marks,
focus that shows text, and the filter by actor and by place kept in the address (issue 13)."""

from __future__ import annotations

from itertools import combinations

import pytest

from tests.e2e.test_browser import AXE, browser, site, split_site  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

WIDTHS = [390, 1280]

# The drawing on screen (the other one is display: none): its texts' rendered size, its marks' and texts' boxes.
MEASURE = """() => {
  const views = [...document.querySelectorAll('.timeline-view')].filter(v => getComputedStyle(v).display !== 'none');
  const out = {views: views.length, texts: [], boxes: [], circles: []};
  for (const svg of views.map(v => v.querySelector('svg'))) {
    const shown = el => el.getBoundingClientRect().width > 0;  // a dimmed mark's label is not drawn
    for (const t of [...svg.querySelectorAll('text')].filter(shown)) {
      out.texts.push({text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
                      height: t.getBoundingClientRect().height / Math.max(1, t.querySelectorAll('tspan').length)});
    }
    for (const el of [...svg.querySelectorAll('circle, rect, path, text')].filter(shown)) {
      const r = el.getBoundingClientRect();
      out.boxes.push({what: el.tagName + '.' + el.getAttribute('class') + ' ' + el.textContent.slice(0, 30),
                      x: r.x, y: r.y, w: r.width, h: r.height});
    }
    for (const c of svg.querySelectorAll('circle')) { out.circles.push(c.getBoundingClientRect().width); }
  }
  return out;
}"""

# Each visible mark's fill and the axis's stroke against the paper behind the drawing, as sRGB triples.
COLOURS = """() => {
  const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const svg = [...document.querySelectorAll('.timeline-view')].find(v => getComputedStyle(v).display !== 'none')
    .querySelector('svg');
  let bg = svg, paper = 'rgba(0, 0, 0, 0)';
  while (bg && (paper = getComputedStyle(bg).backgroundColor) === 'rgba(0, 0, 0, 0)') { bg = bg.parentElement; }
  const marks = [...svg.querySelectorAll('a.mark:not(.out) :is(circle, rect, path:not(.leader))')]
    .map(el => [el.getAttribute('class'), rgb(getComputedStyle(el).fill)]);
  const lines = [...svg.querySelectorAll('.axis line')].map(el => ['axis', rgb(getComputedStyle(el).stroke)]);
  const texts = [...svg.querySelectorAll('text')].map(el => ['text', rgb(getComputedStyle(el).fill)]);
  return {paper: rgb(paper), marks, lines, texts};
}"""


def luminance(rgb: list[float]) -> float:
    def lin(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (lin(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: list[float], b: list[float]) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def meets(a: dict, b: dict, tol: float = 0.5) -> bool:
    return (a["x"] + tol < b["x"] + b["w"] and b["x"] + tol < a["x"] + a["w"]
            and a["y"] + tol < b["y"] + b["h"] and b["y"] + tol < a["y"] + a["h"])


def open_page(browser, url: str, width: int, scheme: str = "light"):  # noqa: F811
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    return context, page, errors


@pytest.mark.parametrize("width", [320, *WIDTHS])
@pytest.mark.parametrize("path", ["chronologie.html", "chronologie.html?acteur=francois-hollande"])
def test_the_frieze_text_is_12px_or_more_and_nothing_overlaps(browser, site, width, path):  # noqa: F811
    context, page, errors = open_page(browser, f"{site.as_uri()}/{path}", width)
    m = page.evaluate(MEASURE)
    assert m["views"] == 1  # one drawing at a time: across on a wide screen, down on a phone
    assert len(m["texts"]) >= 4 and min(t["size"] for t in m["texts"]) >= 12, m["texts"]
    assert min(t["height"] for t in m["texts"]) >= 12
    assert min(m["circles"]) >= 10  # dots were 4.7 px wide at 390 px
    clashes = [(a["what"], b["what"]) for a, b in combinations(m["boxes"], 2) if meets(a, b)]
    assert clashes == []
    assert any(t["text"].startswith("François Hollande") for t in m["texts"])  # a key event's label, visible
    assert errors == []
    context.close()


def test_the_frieze_is_across_on_a_wide_screen_and_down_on_a_phone(browser, site):  # noqa: F811
    for width, view in ((1280, "timeline-h"), (390, "timeline-v")):
        context, page, _ = open_page(browser, f"{site.as_uri()}/chronologie.html", width)
        box = page.eval_on_selector(f".{view} svg", "s => s.getBoundingClientRect().toJSON()")
        assert box["width"] > 0 and page.eval_on_selector(".timeline-figure", "f => f.scrollWidth <= f.clientWidth")
        assert (box["height"] > box["width"]) == (view == "timeline-v")
        context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", WIDTHS)
def test_marks_contrast_3_to_1_and_text_4_5_to_1_with_the_paper(browser, site, scheme, width):  # noqa: F811
    context, page, _ = open_page(browser, f"{site.as_uri()}/chronologie.html", width, scheme)
    c = page.evaluate(COLOURS)
    assert {cls for cls, _ in c["marks"]} >= {"day", "month", "publication"}
    low = [(cls, round(contrast(rgb, c["paper"]), 2)) for cls, rgb in c["marks"] + c["lines"]
           if contrast(rgb, c["paper"]) < 3]
    assert low == []
    assert min(contrast(rgb, c["paper"]) for _, rgb in c["texts"]) >= 4.5
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("query", ["", "?acteur=barack-obama&lieu=washington"])
def test_axe_with_every_rule_finds_nothing_on_the_chronology(browser, site, scheme, query):  # noqa: F811
    for width in WIDTHS:
        context, page, _ = open_page(browser, f"{site.as_uri()}/chronologie.html{query}", width, scheme)
        page.add_script_tag(path=str(AXE))
        tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
        tagged = page.evaluate("t => axe.run(document, {runOnly: {type: 'tag', values: t}})", tags)
        every = page.evaluate("axe.run(document)")
        found = {(v["id"], str(v["nodes"][0]["target"])) for v in tagged["violations"] + every["violations"]}
        assert found == set(), (width, found)
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_one_tab_stop_after_the_filter_then_arrows_and_the_focused_mark_shows_its_date_and_text(
        browser, site, width):  # noqa: F811
    context, page, errors = open_page(browser, f"{site.as_uri()}/chronologie.html", width)
    stops = []
    for _ in range(40):  # from the top, the filter comes before any mark of the frieze
        page.keyboard.press("Tab")
        here = page.evaluate("(() => { const a = document.activeElement; return [a.id, !!a.closest('svg')]; })()")
        stops.append(here)
        if here[0] == "filtre-acteur":
            break
    assert stops[-1][0] == "filtre-acteur" and not any(in_svg for _, in_svg in stops)
    page.keyboard.press("Tab")  # the place filter
    assert page.evaluate("document.activeElement.id") == "filtre-lieu"
    page.keyboard.press("Tab")  # the frieze: its first mark
    first = page.evaluate("document.activeElement.getAttribute('data-when')")
    tip = page.locator(".timeline-tip")
    assert first and tip.is_visible() and tip.inner_text().startswith(first)
    assert len(tip.inner_text()) > len(first) + 10  # the event's text, not only its date
    page.keyboard.press("ArrowRight")
    second = page.evaluate("document.activeElement.getAttribute('data-when')")
    name = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert second and tip.inner_text().startswith(second) and name.split(" — ", 1)[1][:30] in tip.inner_text()
    page.keyboard.press("Tab")  # one tab stop for the whole frieze
    assert page.evaluate("!document.activeElement.closest('svg')")
    assert not tip.is_visible()
    visible = page.evaluate("[...document.querySelectorAll('.timeline-view')].find(v => "
                            "getComputedStyle(v).display !== 'none').querySelectorAll('a.mark[tabindex=\"0\"]').length")
    assert visible == 1 and errors == []
    context.close()


def shown(page) -> list[str]:
    return page.eval_on_selector_all("ol.chronology > li.event:not([hidden])", "els => els.map(e => e.id)")


def lit(page) -> list[str]:
    """The marks of the drawing on screen that the filter keeps, by the entry they link to."""
    return page.evaluate("[...[...document.querySelectorAll('.timeline-view')].find(v => getComputedStyle(v).display "
                         "!== 'none').querySelectorAll('a.mark:not(.out)')].map(a => a.getAttribute('href'))")


def having(page, slug: str) -> list[str]:
    return page.eval_on_selector_all("ol.chronology > li.event", f"els => els.filter(e => (' ' + "
                                     f"e.dataset.actors + ' ').includes(' {slug} ')).map(e => e.id)")


@pytest.mark.parametrize("width", WIDTHS)
def test_the_actor_in_the_address_filters_the_list_and_the_frieze_on_load(browser, site, width):  # noqa: F811
    context, page, errors = open_page(browser, f"{site.as_uri()}/chronologie.html?acteur=barack-obama", width)
    assert page.eval_on_selector("#filtre-acteur", "s => s.value") == "barack-obama"
    expected = having(page, "barack-obama")
    assert 1 <= len(expected) < len(page.query_selector_all("ol.chronology > li.event"))
    assert shown(page) == expected
    assert lit(page) == ["#" + i for i in expected]  # publications and the other events dimmed
    assert page.query_selector_all(".timeline-view a.mark.out")
    assert "Barack Obama" in page.inner_text(".filter-status")
    assert errors == []
    context.close()


def test_a_change_of_filter_is_written_in_the_address_from_disk(browser, site):  # noqa: F811
    context, page, errors = open_page(browser, f"{site.as_uri()}/chronologie.html", 1280)
    assert page.url.startswith("file://")
    page.select_option("#filtre-acteur", "francois-hollande")
    assert page.url.endswith("/chronologie.html?acteur=francois-hollande")
    assert shown(page) == having(page, "francois-hollande")
    page.select_option("#filtre-lieu", "washington")
    assert page.url.endswith("/chronologie.html?acteur=francois-hollande&lieu=washington")
    both = [i for i in having(page, "francois-hollande") if i in having(page, "washington")]
    assert shown(page) == both and len(both) >= 1
    page.select_option("#filtre-acteur", "")
    page.select_option("#filtre-lieu", "")
    assert page.url.endswith("/chronologie.html") and len(shown(page)) == len(page.query_selector_all("li.event"))
    assert page.inner_text(".filter-status") == "" and not page.query_selector_all(".timeline-view a.mark.out")
    page.reload()  # the address holds no filter any more
    assert page.eval_on_selector("#filtre-acteur", "s => s.value") == ""
    assert errors == []
    context.close()


def test_places_can_be_chosen_too(browser, site):  # noqa: F811
    context, page, _ = open_page(browser, f"{site.as_uri()}/chronologie.html?lieu=moscou", 390)
    places = page.eval_on_selector_all("#filtre-lieu option", "os => os.map(o => o.textContent)")
    actors = page.eval_on_selector_all("#filtre-acteur option", "os => os.map(o => o.textContent)")
    assert {"Moscou", "Washington", "Syrie"} <= set(places) and "Barack Obama" not in places
    assert "Barack Obama" in actors and "Moscou" not in actors
    assert shown(page) == having(page, "moscou") and lit(page) == ["#" + i for i in having(page, "moscou")]
    assert "lieu «\u00a0Moscou\u00a0»" in page.inner_text(".filter-status")
    context.close()


def test_a_filtered_chronology_prints_filtered_under_a_line_that_says_so(browser, site):  # noqa: F811
    context, page, _ = open_page(browser, f"{site.as_uri()}/chronologie.html?acteur=francois-hollande", 1280)
    page.emulate_media(media="print")
    printed = page.eval_on_selector_all("ol.chronology > li", "els => els.filter(e => getComputedStyle(e).display "
                                        "!== 'none').map(e => e.id)")
    assert printed == having(page, "francois-hollande")
    status = page.locator(".filter-status")
    assert status.is_visible() and "Chronologie filtrée" in status.inner_text()
    assert not page.locator("#filtre-acteur").is_visible()
    assert page.eval_on_selector(".timeline-h", "v => getComputedStyle(v).display") == "block"
    assert page.eval_on_selector(".timeline-v", "v => getComputedStyle(v).display") == "none"
    context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_split_chronology_overview_and_month_pages_have_their_frieze(browser, split_site, width):  # noqa: F811
    root = split_site.as_uri()
    context, page, errors = open_page(browser, f"{root}/chronologie.html", width)
    m = page.evaluate(MEASURE)
    assert m["views"] == 1 and min(t["size"] for t in m["texts"]) >= 12
    assert [(a["what"], b["what"]) for a, b in combinations(m["boxes"], 2) if meets(a, b)] == []
    page.goto(f"{root}/chronologie/2015-11.html?acteur=etat-islamique")
    m = page.evaluate(MEASURE)
    assert m["views"] == 1 and min(t["size"] for t in m["texts"]) >= 12
    assert [(a["what"], b["what"]) for a, b in combinations(m["boxes"], 2) if meets(a, b)] == []
    assert shown(page) == having(page, "etat-islamique") and lit(page) == ["#" + i for i in shown(page)]
    nxt = page.get_attribute("nav.chrono-pager >> nth=0 >> a[rel=next]", "href")
    assert nxt.endswith("2015-11-2.html?acteur=etat-islamique")  # the filter goes on to the next page
    page.click("nav.chrono-pager >> nth=0 >> a[rel=next]")
    assert page.eval_on_selector("#filtre-acteur", "s => s.value") == "etat-islamique"
    page.goto(f"{root}/chronologie.html?acteur=etat-islamique")  # the overview has no list to filter: it passes it on
    months = page.eval_on_selector_all(".chrono-nav a, .timeline-view a", "els => els.map(a => a.getAttribute('href'))")
    assert months and all("?acteur=etat-islamique" in href for href in months)
    assert errors == []
    context.close()
