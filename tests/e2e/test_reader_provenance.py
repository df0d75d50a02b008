"""The reader's dossier, provenance and article and actor pages, in a real browser (issue 13).

One scratch dossier: the two seeds (000 names no outlet, author or address; 002 is « Le Vif »
with no author or link) and a real op-ed with a byline whose sidecar gives its address, so that
every part of the provenance is seen both present and missing.
"""

from __future__ import annotations

import shutil

import pytest

from dossier.text import fold
from tests.conftest import DATA, new_project, run_build
from tests.e2e import test_browser
from tests.e2e.test_browser import AXE, serious_violations
from tests.labelled import parse

browser = test_browser.browser  # the fixture: headless Chromium, once for the module

pytestmark = pytest.mark.browser

SEED_000 = "articles/000-2be0edee1e7f5a54.html"
SEED_002 = "articles/002-c8da9b7f2b29b121.html"
OPED = "articles/003-tribune.html"
OPED_URL = "https://www.huffingtonpost.fr/2015/11/21/article-42-7-solidarite-europeenne_n_8616642.html"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    proj = new_project(tmp_path_factory.mktemp("provenance") / "proj", seeds=True)
    page = parse(DATA / "articles" / "huffingtonpost-fr_tribune-article-42-7.labelled")
    (proj / "raw" / "003_tribune.txt").write_text(page.raw_text, encoding="utf-8")
    (proj / "raw" / "003_tribune.yaml").write_text(f"url: {OPED_URL}\ncollected: 2015-11-22\n", encoding="utf-8")
    conv, pel = run_build(proj)
    assert conv.returncode == 0 and pel.returncode == 0, conv.stderr + pel.stdout + pel.stderr
    yield proj, pel.stdout
    shutil.rmtree(proj, ignore_errors=True)


@pytest.fixture(scope="module")
def site(built):
    return built[0] / "output"


def text(page, selector: str) -> str:
    """An element's text as written (CSS capitalises the first letter of a line; the text does not change)."""
    return " ".join(page.text_content(selector).split())


def provenance_lines(element) -> str:
    """The two provenance lines of a card, a list item or a search result, as one line of text."""
    return " ".join(" ".join(p.text_content().split())
                    for p in element.query_selector_all(".article-meta, .article-origin"))


def footer(page) -> dict[str, str]:
    """The article's « Provenance » list: label -> value."""
    return page.eval_on_selector_all(".provenance dt", "dts => Object.fromEntries(dts.map(dt => "
                                     "[dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]))")


def test_the_article_page_names_every_part_or_says_it_is_missing(browser, site):
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/{SEED_000}")
    assert text(page, ".article-header .article-meta") == (
        "source non renseignée · auteur non renseigné · 18 novembre 2015")
    assert text(page, ".article-header .article-origin") == (
        "adresse d’origine non renseignée · collecté le 21 novembre 2026")
    assert footer(page) == {"Source": "non renseignée", "Auteur": "non renseigné", "Publication": "18 novembre 2015",
                            "Adresse d’origine": "non renseignée", "Collecté le": "21 novembre 2026"}
    assert page.eval_on_selector(".article-meta .source", "e => getComputedStyle(e).fontStyle") == "italic"
    page.goto(f"{site.as_uri()}/{SEED_002}")
    assert footer(page)["Source"] == "Le Vif" and footer(page)["Auteur"] == "non renseigné"
    assert footer(page)["Adresse d’origine"] == "non renseignée"
    page.goto(f"{site.as_uri()}/{OPED}")
    assert footer(page) == {"Source": "Le HuffPost", "Auteur": "Claire Lestrade", "Publication": "21 novembre 2015",
                            "Adresse d’origine": OPED_URL, "Collecté le": "22 novembre 2015"}
    link = page.query_selector(".article-header .article-origin a")
    assert link.get_attribute("href") == OPED_URL and link.inner_text() == "huffingtonpost.fr"
    page.close()


def test_cards_archives_and_actor_pages_show_the_provenance(browser, site):
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/index.html")
    cards = page.query_selector_all(".card")
    assert len(cards) == 3
    lines = [provenance_lines(c) for c in cards]
    vif, oped, first = lines  # newest first
    assert "Le HuffPost · par Claire Lestrade · 21 novembre 2015 adresse d’origine : huffingtonpost.fr · collecté " \
           "le 22 novembre 2015" in oped
    assert "Le Vif · auteur non renseigné · 20 décembre 2015 adresse d’origine non renseignée · collecté le " \
           "21 novembre 2026" in vif
    assert "source non renseignée · auteur non renseigné · 18 novembre 2015" in first
    for path in ("archives.html", "acteurs/francois-hollande.html"):
        page.goto(f"{site.as_uri()}/{path}")
        items = [provenance_lines(li) for li in page.query_selector_all(".article-item")]
        assert len(items) == 3, path
        assert any("Le HuffPost · par Claire Lestrade" in i and "huffingtonpost.fr" in i for i in items), items
        assert any("source non renseignée · auteur non renseigné" in i and "collecté le 21 novembre 2026" in i
                   for i in items), items
    page.close()


def test_search_results_show_the_provenance(browser, site):
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/recherche.html?q=Hollande")
    page.wait_for_selector("#search-results li .snippet mark")
    results = {r.query_selector("h2").inner_text(): provenance_lines(r)
               for r in page.query_selector_all("#search-results li")}
    assert len(results) == 3
    oped = next(v for k, v in results.items() if k.startswith("Article 42.7"))
    assert "Le HuffPost · par Claire Lestrade · 21 novembre 2015 adresse d’origine : huffingtonpost.fr · collecté " \
           "le 22 novembre 2015" in oped
    assert page.query_selector("#search-results .article-origin a").get_attribute("href") == OPED_URL
    seed = next(v for k, v in results.items() if k.startswith("François Hollande va rencontrer"))
    assert "source non renseignée · auteur non renseigné · 18 novembre 2015 adresse d’origine non renseignée · " \
           "collecté le 21 novembre 2026" in seed
    assert page.eval_on_selector("#search-results .authors.missing", "e => getComputedStyle(e).fontStyle") == "italic"
    page.close()


def test_print_keeps_the_provenance_and_spells_out_addresses(browser, site):
    page = browser.new_page()
    page.emulate_media(media="print")
    page.goto(f"{site.as_uri()}/{OPED}")
    assert page.is_visible(".provenance") and page.is_visible(".article-header .article-meta")
    assert footer(page)["Adresse d’origine"] == OPED_URL  # the whole address, printed as text
    page.goto(f"{site.as_uri()}/index.html")
    after = page.eval_on_selector(".card .article-origin a", "a => getComputedStyle(a, '::after').content")
    assert OPED_URL in after  # a card prints the address its link hides behind the site's name
    assert page.is_visible(".card .article-origin .missing")
    assert len(page.pdf()) > 1000
    page.close()


def test_home_summaries_end_outside_quotations(browser, site):
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/index.html")
    summaries = [s.text_content() for s in page.query_selector_all(".card-summary")]
    assert len(summaries) == 3
    for s in summaries:
        assert s.count("«") == s.count("»") and s.count('"') % 2 == 0, s
        assert s.strip().endswith((".", "»", "?", "!")), s
    assert "« On va avoir" not in summaries[1]  # Pelican's summary of 002 stopped inside this quotation
    page.close()


def test_a_photo_caption_without_its_photo_is_a_caption_not_a_frame(browser, site):
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/{SEED_000}")
    assert text(page, ".photo-caption") == ("Photo (non reproduite) : Un rafale part dans une mission de "
                                            "bombardement es base de Daech © MaxPPP/UPI/ECPAD/EMA")
    assert page.query_selector("figure") is None
    assert page.eval_on_selector(".photo-caption", "e => getComputedStyle(e).borderLeftWidth") == "0px"
    page.close()


def test_actor_events_are_lines_with_their_sources_named(browser, site):
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/acteurs/jean-yves-le-drian.html")
    events = page.query_selector_all(".actor-event")
    assert events
    for e in events:
        assert e.query_selector("time") and e.query_selector(".event-text")
        assert not e.query_selector(".event-text").inner_text().startswith("—")
        sources = e.query_selector(".event-sources").inner_text()
        assert ")(" not in sources and "(source" not in sources
    named = [a.inner_text() for a in page.query_selector_all(".event-sources a")]
    assert "Le Vif — Le ministre français de la Défense à Moscou pour parler de coopération anti-EI" in named
    assert page.inner_text("#articles-acteur").startswith("Articles qui en parlent")
    page.goto(f"{site.as_uri()}/acteurs/etat-islamique.html")
    aliases = page.inner_text(".aliases")
    assert aliases.startswith("Autres noms\u00a0: ")  # (French typography: a no-break space before the colon)
    names = [n.strip(" \u202f«»") for n in aliases.removeprefix("Autres noms\u00a0: ").split("»,\u202f«")]
    keys = [fold(n) for n in names]
    assert len(keys) == len(set(keys)) and fold("État islamique") not in keys, names
    page.close()


def test_the_journalists_are_not_actors(site):
    assert not (site / "acteurs" / "luc-lemonnnier.html").exists()  # « Les explications de Luc Lemonnnier »
    assert not (site / "acteurs" / "claire-lestrade.html").exists()  # the op-ed's byline, and her note at its end
    assert (site / "acteurs" / "federica-mogherini.html").exists()


def test_make_html_lists_the_articles_lacking_provenance(built):
    proj, stdout = built
    lines = [ln for ln in stdout.splitlines() if ln.startswith("provenance: ")]
    assert lines == [
        "provenance: 2 of 3 articles lack part of their provenance (1 without source, 2 without author, "
        "2 without original address; list: output/provenance.txt)",
        "provenance: raw/000_2be0edee1e7f5a54.txt: no source, author, original address (add source:, authors:, "
        "url: to raw/000_2be0edee1e7f5a54.yaml)",
        "provenance: raw/002_c8da9b7f2b29b121.txt: no author, original address (add authors:, url: to "
        "raw/002_c8da9b7f2b29b121.yaml)",
    ]
    listed = (proj / "output" / "provenance.txt").read_text(encoding="utf-8").splitlines()
    assert listed[1:] == [ln.removeprefix("provenance: ") for ln in lines[1:]]


@pytest.mark.parametrize("path", [SEED_000, OPED, "index.html", "archives.html", "acteurs/jean-yves-le-drian.html",
                                  "recherche.html?q=Hollande"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_pages_stay_accessible(browser, site, path, scheme):
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: `make html` installs it (npm ci)")
    page = browser.new_page(color_scheme=scheme)
    page.goto(f"{site.as_uri()}/{path}")
    if path.startswith("recherche"):
        page.wait_for_selector("#search-results li .snippet mark")
    assert serious_violations(page) == []
    page.close()
