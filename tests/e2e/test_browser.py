"""The site in a real browser (headless Chromium driven by Playwright): from disk, and served under a sub-path."""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest

from tests.conftest import ROOT, new_project, run_build

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs it (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    proj = new_project(tmp_path_factory.mktemp("browser") / "proj", seeds=True)
    conv, pel = run_build(proj)
    assert pel.returncode == 0, pel.stdout + pel.stderr
    assert (proj / "output" / "search-index.js").exists(), pel.stdout + pel.stderr
    return proj / "output"


def crawl(page, start: str, inside: str) -> tuple[set[str], list[str], list[str]]:
    """Open every page reachable from start by links inside the site; return pages, remote requests, failures."""
    remote, failed = [], []
    page.on("request", lambda r: remote.append(r.url) if not r.url.startswith(inside) else None)
    # A request the next page cancels (the favicon, fetched last) is no broken link: a missing file answers 404
    # over HTTP, net::ERR_FILE_NOT_FOUND from disk.
    page.on("requestfailed", lambda r: failed.append(f"{r.url} ({r.failure})") if r.failure != "net::ERR_ABORTED"
            else None)
    page.on("response", lambda r: failed.append(f"{r.url} ({r.status})") if r.status >= 400 else None)
    seen, todo = set(), deque([start])
    while todo:
        url = todo.popleft()
        if url in seen:
            continue
        seen.add(url)
        page.goto(url)
        hrefs = page.eval_on_selector_all(
            "a[href]", "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)")
        for href in hrefs:
            target = urldefrag(href)[0]
            if target.startswith(inside) and target not in seen and not target.endswith((".zip", ".json", ".xml")):
                todo.append(target)
            elif target.startswith(inside) and target.endswith((".zip", ".json", ".xml")):
                path = urlsplit(target).path
                assert path, target
    return seen, remote, failed


def test_from_disk_every_link_works_and_nothing_leaves_the_folder(browser, site):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    root = site.as_uri()
    seen, remote, failed = crawl(page, f"{root}/index.html", root)
    assert len(seen) >= 29  # 2 articles, 23 actors (the journalist no longer one), their index, chronology, archive
    assert failed == [] and errors == []
    assert [u for u in remote if not u.startswith(("data:", "blob:"))] == []
    for f in ("dossier.zip", "chronology.json"):
        assert (site / f).exists()
    page.close()


@pytest.mark.parametrize("query", ["Choïgou", "choigou", "CHOIGOU"])
def test_search_from_disk_with_and_without_accents(browser, site, query):
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/index.html")
    page.fill("#site-search-q", query)
    page.press("#site-search-q", "Enter")
    page.wait_for_selector("#search-results li")
    titles = [a.inner_text() for a in page.query_selector_all("#search-results h2 a")]
    assert titles == ["Le ministre français de la Défense à Moscou pour parler de coopération anti-EI"]
    assert "Choïgou" in page.inner_text("#search-results mark")
    assert "20 décembre 2015" in page.inner_text("#search-results") and "Le Vif" in page.inner_text("#search-results")
    page.click("#search-results h2 a")
    page.wait_for_load_state()
    assert page.url.endswith("articles/002-c8da9b7f2b29b121.html")
    assert page.inner_text("h1") == titles[0]
    page.close()


def test_a_query_loads_only_the_shards_of_its_words(browser, site):
    """The index is cut by term prefix: « Le Drian Moscou » loads the shards of "dr" and "mo" and one titles chunk."""
    page = browser.new_page()
    loaded = []
    page.on("request", lambda r: loaded.append(r.url.rsplit("/", 2)[-2:]))
    page.goto(f"{site.as_uri()}/recherche.html?q=Le%20Drian%20Moscou")
    page.wait_for_selector("#search-results li")
    shards = sorted(name for folder, name in loaded if folder == "search-index")
    assert shards == ["d-0.js", "t-64-72.js", "t-6d-6f.js"], shards
    assert len(list((site / "search-index").glob("t-*.js"))) > 20  # the others stayed on disk
    page.close()


def test_search_folds_case_and_accents_for_phrases(browser, site):
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/recherche.html?q=etat%20islamique")
    page.wait_for_selector("#search-results li")
    assert len(page.query_selector_all("#search-results li")) == 2
    page.goto(f"{site.as_uri()}/recherche.html?q=contenu%20partenaire")  # boilerplate is not indexed
    page.wait_for_selector("#search-status:not(:empty)")
    assert page.query_selector_all("#search-results li") == []
    page.close()


@pytest.fixture(scope="module")
def served(site, tmp_path_factory):
    """output/ served under /dossier/ on 127.0.0.1, as GitHub Pages serves a project site."""
    top = tmp_path_factory.mktemp("served")
    (top / "dossier").symlink_to(site)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(top))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *a: None
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_served_under_a_sub_path_has_no_404(browser, served):
    context = browser.new_context()
    page = context.new_page()
    seen, remote, failed = crawl(page, f"{served}/dossier/index.html", f"{served}/dossier/")
    assert len(seen) >= 29
    assert failed == []
    assert [u for u in remote if not u.startswith(("data:", "blob:"))] == []
    context.close()


def test_service_worker_keeps_the_site_offline(browser, served):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{served}/dossier/index.html")
    page.wait_for_function("navigator.serviceWorker && navigator.serviceWorker.controller !== null || "
                           "navigator.serviceWorker.ready.then(() => true)")
    page.evaluate("navigator.serviceWorker.ready")
    page.reload()  # now controlled by the worker
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    context.set_offline(True)
    page.goto(f"{served}/dossier/chronologie.html")
    assert page.inner_text("h1") == "Chronologie"
    page.goto(f"{served}/dossier/acteurs/vladimir-poutine.html")
    assert page.inner_text("h1") == "Vladimir Poutine"
    context.close()


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def serious_violations(page) -> list:
    """axe-core's serious and critical findings on the page (rule, impact, the first three elements)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]
            if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("path", ["index.html", "articles/002-c8da9b7f2b29b121.html", "acteurs.html",
                                  "acteurs/vladimir-poutine.html", "chronologie.html", "recherche.html?q=poutine",
                                  "archives.html"])
def test_accessibility_with_axe(browser, site, path):
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: `make html` installs it (npm ci)")
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/{path}")
    assert serious_violations(page) == []
    page.close()


@pytest.fixture(scope="module")
def split_site(tmp_path_factory):
    """The seeds with page sizes lowered: the chronology on month pages, busy actors on several pages."""
    proj = new_project(tmp_path_factory.mktemp("split") / "proj", seeds=True)
    (proj / "splitconf.py").write_text("from pelicanconf import *\nCHRONOLOGY = {'page_size': 5}\n"
                                       "ACTORS = {'page_size': 1}\n", encoding="utf-8")
    _conv, pel = run_build(proj, conf="splitconf.py")
    assert pel.returncode == 0, pel.stdout + pel.stderr
    return proj / "output"


def test_split_chronology_from_disk_follows_its_navigator(browser, split_site):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    root = split_site.as_uri()
    page.goto(f"{root}/chronologie.html")
    page.click(".chrono-nav a:text-is('novembre')")
    assert page.url == f"{root}/chronologie/2015-11.html#m-2015-11"
    assert page.inner_text("h1") == "Chronologie\u00a0: novembre 2015 (1/2)"
    page.select_option("#filtre-acteur", "etat-islamique")  # the actor filter works on a month page
    shown = page.eval_on_selector_all("ol.chronology > li.event:not([hidden])", "els => els.length")
    assert 1 <= shown < page.eval_on_selector_all("ol.chronology > li.event", "els => els.length")
    page.click("nav.chrono-pager >> nth=0 >> a[rel=next]")  # the filter goes along
    assert page.url == f"{root}/chronologie/2015-11-2.html?acteur=etat-islamique"
    page.click("nav.chrono-pager >> nth=0 >> a[rel=prev]")
    assert page.url == f"{root}/chronologie/2015-11.html?acteur=etat-islamique"
    page.click("nav.chrono-pager >> nth=0 >> a.chrono-up")
    assert page.url == f"{root}/chronologie.html?acteur=etat-islamique" and page.inner_text("h1") == "Chronologie"
    seen, remote, failed = crawl(page, f"{root}/chronologie.html", root)
    assert {f"{root}/chronologie/2015-12.html", f"{root}/acteurs/francois-hollande/page-2.html"} <= seen
    assert failed == [] and errors == [] and [u for u in remote if not u.startswith(("data:", "blob:"))] == []
    page.close()


@pytest.mark.parametrize("path", ["chronologie.html", "chronologie/2015-11.html", "acteurs/francois-hollande.html",
                                  "acteurs/francois-hollande/page-2.html"])
def test_split_pages_accessibility_with_axe(browser, split_site, path):
    page = browser.new_page()
    page.goto(f"{split_site.as_uri()}/{path}")
    assert serious_violations(page) == []
    page.close()
