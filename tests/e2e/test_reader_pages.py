"""The pages a reader gets, in Chromium: the header on a phone, axe-core with every rule in light and dark,
every link and fragment, the 404 page under a sub-path, the select, the favicon, print."""

from __future__ import annotations

import functools
import http.server
import threading
from collections import deque
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit
from urllib.request import url2pathname
from xml.etree import ElementTree

import pytest

from tests import screenshots
from tests.conftest import ROOT, new_project, run_build
from tests.e2e.test_browser import AXE, browser, site, split_site  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
ARTICLE = "articles/002-c8da9b7f2b29b121.html"
ACTOR = "acteurs/vladimir-poutine.html"


def open_page(browser, url: str, scheme: str = "light", viewport: dict | None = None):  # noqa: F811
    """A page in a new context (colour scheme, viewport), at url, with its search results if it asked some."""
    context = browser.new_context(color_scheme=scheme, viewport=viewport or DESKTOP)
    page = context.new_page()
    page.goto(url)
    if "recherche.html?q=" in url:
        page.wait_for_selector("#search-status:not(:empty)")
    return page


# -- header on a phone ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["index.html", ARTICLE, "chronologie.html", ACTOR, "recherche.html"])
def test_on_a_phone_the_header_leaves_the_screen_to_the_page(browser, site, path):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/{path}", viewport=PHONE)
    header = page.locator(".site-header").bounding_box()
    assert header["y"] + header["height"] <= 130, header  # was 323 of the first 844 px
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not page.is_visible(".site-subtitle")
    targets = page.locator(".site-header a:visible, .site-header button:visible, .site-header input:visible")
    boxes = [targets.nth(i).bounding_box() for i in range(targets.count())]
    assert len(boxes) >= 6  # the name, four sections, search
    assert all(b["width"] >= 24 and b["height"] >= 24 for b in boxes), boxes
    search = page.locator(".site-header nav a:visible", has_text="Rechercher")
    assert search.get_attribute("href").endswith("recherche.html")
    for _ in range(3):  # the skip link, the site's name, the first section
        page.keyboard.press("Tab")
    focused = page.evaluate("(() => { const a = document.activeElement, s = getComputedStyle(a);"
                            " return [a.textContent, s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
    assert focused == ["Articles", "solid", 3.0]
    page.context.close()


def test_on_a_desktop_the_header_keeps_its_subtitle_and_search_field(browser, site):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/index.html")
    assert page.is_visible(".site-subtitle") and page.is_visible("#site-search-q")
    assert page.inner_text(".site-header nav").split("\n") == ["Articles", "Archives par date", "Acteurs",
                                                                "Chronologie", "Citations"]
    assert page.evaluate("parseFloat(getComputedStyle(document.querySelector('.site-name')).fontSize)") >= 24
    page.goto(f"{site.as_uri()}/recherche.html")  # its own form is the page's: one search landmark
    assert page.locator("form[role=search]").count() == 1
    assert page.locator(".site-header nav a[aria-current=page]").inner_text() == "Rechercher"
    page.context.close()


# -- axe-core, every rule, light and dark -----------------------------------------------------------------

# Every rule axe-core has: its defaults (best practices among them) and those it leaves off (AAA contrast,
# target size, identical links, experimental and deprecated ones); a few named here must have run, so that
# « all » stays all.
ALL_RULES = """() => { const rules = {};
  axe.getRules().forEach(r => { rules[r.ruleId] = {enabled: true}; });
  return axe.run(document, {rules: rules}); }"""
MUST_RUN = {"region", "landmark-one-main", "heading-order", "page-has-heading-one", "landmark-unique",
            "color-contrast", "color-contrast-enhanced", "target-size", "identical-links-same-purpose"}


def every_violation(page) -> list:
    """axe-core's findings of any impact with every rule on (rule, impact, the first three elements)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(ALL_RULES)
    ran = {r["id"] for kind in ("passes", "violations", "incomplete", "inapplicable") for r in result[kind]}
    assert MUST_RUN <= ran, MUST_RUN - ran
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


SEED_PAGES = ["index.html", ARTICLE, "articles/000-2be0edee1e7f5a54.html", "acteurs.html", ACTOR,
              "chronologie.html", "recherche.html?q=poutine", "recherche.html", "archives.html", "404.html"]
SPLIT_PAGES = ["acteurs/francois-hollande/page-2.html", "chronologie/2015-11.html", "chronologie.html"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", SEED_PAGES)
def test_axe_every_rule_finds_nothing(browser, site, path, scheme):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/{path}", scheme)
    assert every_violation(page) == []
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", SPLIT_PAGES)
def test_axe_every_rule_finds_nothing_on_split_pages(browser, split_site, path, scheme):  # noqa: F811
    page = open_page(browser, f"{split_site.as_uri()}/{path}", scheme)
    assert every_violation(page) == []
    page.context.close()


# -- every link and every fragment ------------------------------------------------------------------------


def links_and_ids(page, starts: list[str], inside: str) -> tuple[dict[str, set[str]], list[tuple[str, str]]]:
    """Open every page reachable inside the site; return each page's ids and every (page, link) inside it."""
    ids: dict[str, set[str]] = {}
    links: list[tuple[str, str]] = []
    todo = deque(starts)
    while todo:
        url = todo.popleft()
        if url in ids:
            continue
        page.goto(url)
        if "recherche.html?q=" in url:
            page.wait_for_selector("#search-status:not(:empty)")
        ids[url] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        hrefs = page.eval_on_selector_all(
            "a[href], link[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)")
        for href in hrefs:
            if href.startswith(inside):
                links.append((url, href))
                target = urldefrag(href)[0]
                if target.endswith(".html") and target not in ids:
                    todo.append(target)
    return ids, links


def broken(ids: dict[str, set[str]], links: list[tuple[str, str]]) -> list[str]:
    """The links whose file is missing, or whose #fragment names no element of the page it leads to."""
    bad = []
    for source, href in links:
        target, fragment = urldefrag(href)
        if target not in ids and not Path(url2pathname(urlsplit(target).path)).is_file():
            bad.append(f"{source} -> {href}: no such file")
        elif fragment and unquote(fragment) not in ids.get(target, set()):
            bad.append(f"{source} -> {href}: no element with this id")
    return sorted(set(bad))


@pytest.mark.parametrize("which", ["site", "split_site"])
def test_every_link_and_fragment_resolves(browser, request, which):  # noqa: F811
    out = request.getfixturevalue(which)
    root = out.as_uri()
    page = browser.new_page()
    ids, links = links_and_ids(page, [f"{root}/index.html", f"{root}/404.html", f"{root}/recherche.html?q=poutine"],
                               f"{root}/")
    assert len(ids) >= 30 and sum("#" in href for _, href in links) >= 20  # the crawl saw the site's anchors
    bad = [line.replace(f"{root}/", "") for line in broken(ids, links)]
    assert bad == [], "\n".join(bad)
    page.close()


def test_a_broken_fragment_is_found(tmp_path):
    """The check itself: a fragment that names nothing, a file that is not there."""
    (tmp_path / "a.html").write_text("x", encoding="utf-8")
    a = (tmp_path / "a.html").as_uri()
    ids = {a: {"p1"}}
    links = [(a, f"{a}#p1"), (a, f"{a}#chapo"), (a, (tmp_path / "b.zip").as_uri())]
    assert broken(ids, links) == [f"{a} -> {a}#chapo: no element with this id",
                                  f"{a} -> {(tmp_path / 'b.zip').as_uri()}: no such file"]


# -- the 404 page, as GitHub Pages serves it under /dossier/ ----------------------------------------------

PUBLISHED_AT = "https://example.github.io/dossier"


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """As GitHub Pages serves a project site: any missing address under /dossier/ gets /dossier/404.html."""

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "dossier" / "404.html"
        if code != 404 or not self.path.startswith("/dossier/"):
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def pages_served(tmp_path_factory):
    """The seeds built by `make publish SITEURL=https://example.github.io/dossier`, served under /dossier/."""
    proj = new_project(tmp_path_factory.mktemp("pages") / "proj", seeds=True)
    _conv, pel = run_build(proj, conf="publishconf.py", siteurl=PUBLISHED_AT)
    assert pel.returncode == 0, pel.stdout + pel.stderr
    top = tmp_path_factory.mktemp("pages-top")
    (top / "dossier").symlink_to(proj / "output")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesHandler, directory=str(top)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.parametrize("path", ["/dossier/a/b/c/missing.html", "/dossier/articles/retire.html", "/dossier/x"])
def test_the_404_page_is_styled_at_any_depth_under_a_sub_path(browser, pages_served, path):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    failed, outside = [], []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(pages_served) else None)
    page.on("response", lambda r: failed.append(f"{r.url} ({r.status})") if r.status >= 400 and r.url != missing
            else None)
    missing = f"{pages_served}{path}"
    response = page.goto(missing)
    assert response.status == 404 and page.inner_text("h1") == "Page introuvable"
    style = page.evaluate("(() => { const b = getComputedStyle(document.body), h = getComputedStyle("
                          "document.querySelector('.site-header')); return [b.backgroundColor, b.fontFamily, "
                          "h.borderBottomWidth, h.borderBottomStyle]; })()")
    assert style[0] == "rgb(255, 253, 248)" and style[1].startswith("Charter") and style[2:] == ["2px", "solid"]
    assert failed == [] and outside == []  # the stylesheet, the scripts, the favicon, all from /dossier/
    page.click("main a:text-is('Les articles')")
    assert page.url == f"{pages_served}/dossier/index.html" and page.inner_text("h1") == "Les articles du dossier"
    context.close()


# -- small things -----------------------------------------------------------------------------------------


def luminance(css: str) -> float:
    """Relative luminance of an rgb() colour, 0 (black) to 1 (white)."""
    r, g, b = (int(c) / 255 for c in css[css.index("(") + 1:css.index(")")].split(",")[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_actor_select_follows_the_theme_with_its_focus_ring(browser, site, scheme):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/chronologie.html", scheme, PHONE)
    page.focus("#filtre-acteur")
    style = page.evaluate("(() => { const s = getComputedStyle(document.querySelector('#filtre-acteur'));"
                          " return [s.colorScheme, parseFloat(s.fontSize), s.outlineStyle, parseFloat(s.outlineWidth),"
                          " s.backgroundColor, s.color]; })()")
    assert "dark" in style[0] and style[1] >= 16 and style[2:4] == ["solid", 3.0], style
    background, ink = luminance(style[4]), luminance(style[5])
    assert abs(background - ink) > 0.6 and (background < ink) == (scheme == "dark"), style
    page.context.close()


@pytest.mark.parametrize("path", ["index.html", ARTICLE, "acteurs/francois-hollande/page-2.html", "404.html"])
def test_every_page_has_the_favicon(browser, split_site, path):  # noqa: F811
    page = open_page(browser, f"{split_site.as_uri()}/{path}")
    href = page.eval_on_selector("link[rel=icon]", "l => [l.type, l.href]")
    assert href[0] == "image/svg+xml"
    icon = Path(url2pathname(urlsplit(href[1]).path))
    assert icon == split_site / "theme" / "favicon.svg"
    assert ElementTree.parse(icon).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    page.context.close()


# -- print ------------------------------------------------------------------------------------------------


def test_print_shows_every_external_address(browser, site):  # noqa: F811
    page = browser.new_page()
    page.emulate_media(media="print")
    missing, seen = [], 0
    for path in sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")):
        page.goto(f"{site.as_uri()}/{path}")
        for text, after, href in page.eval_on_selector_all(
                "main a[href^='http']", "els => els.map(a => [a.textContent, getComputedStyle(a, '::after').content,"
                                        " a.getAttribute('href')])"):
            seen += 1
            if href not in text + after:
                missing.append(f"{path}: {text} ({href})")
    assert seen >= 5 and missing == []  # the actors' Wikidata pages at least
    page.close()


def test_print_leaves_out_the_zip_link(browser, site):  # noqa: F811
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/index.html")
    assert page.is_visible("a[href$='dossier.zip']")
    page.emulate_media(media="print")
    assert not page.is_visible("a[href$='dossier.zip']")
    page.close()


def test_print_keeps_a_filtered_chronology_filtered(browser, site):  # noqa: F811
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/chronologie.html")
    every = page.locator("ol.chronology > li.event").count()
    page.select_option("#filtre-acteur", "etat-islamique")
    shown = page.locator("ol.chronology > li.event:visible").count()
    assert 1 <= shown < every
    page.emulate_media(media="print")
    assert page.locator("ol.chronology > li.event:visible").count() == shown
    page.close()


def test_print_names_the_source_article_of_each_citation(browser, site):  # noqa: F811
    """A chronology citation says which article it cites, on paper too (where its link leads nowhere)."""
    page = browser.new_page()
    titles = {}
    for article in site.glob("articles/*.html"):
        page.goto(article.as_uri())
        titles[article.as_uri()] = " ".join(page.inner_text("h1").split()[:4])
    page.goto(f"{site.as_uri()}/chronologie.html")
    page.emulate_media(media="print")
    citations = page.eval_on_selector_all(
        ".event-sources a", "els => els.map(a => [a.href, a.textContent + getComputedStyle(a, '::after').content])")
    assert len(citations) >= 10
    unnamed = [(text, href) for href, text in citations
               if titles[urldefrag(href)[0]] not in " ".join(text.split())]
    assert unnamed == []
    page.close()


# -- make screenshots -------------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG file's header."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_screenshots_are_the_readme_s_and_come_out_the_same_twice(browser, site, tmp_path):  # noqa: F811
    first = screenshots.shoot(browser, site, tmp_path)
    assert screenshots.shoot(browser, site, tmp_path) == []  # the same bytes: `make screenshots` churns nothing
    names = sorted(p.name for p in first)
    assert names == sorted(f"{page}-{size}.png" for page in ("home", "article", "chronology", "actor", "citations")
                           for size in ("desktop", "phone"))
    assert {png_size(p) for p in first if "desktop" in p.name} == {(1280, 800)}
    assert {png_size(p) for p in first if "phone" in p.name} == {(390, 844)}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f'src="docs/screenshots/{name}"' in readme and (ROOT / "docs" / "screenshots" / name).exists()
               for name in names)
