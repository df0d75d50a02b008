"""A long list of quotations split by month (QUOTES page_size), on the seeds with a page size of 1: the overview,
the month pages and their filter from file://, every link and fragment, search records, pruning, axe-core."""

from __future__ import annotations

import re

import pytest

from tests.conftest import new_project, run_build
from tests.e2e.test_browser import browser  # noqa: F401 (fixture)
from tests.e2e.test_reader_pages import broken, every_violation, links_and_ids, open_page

pytestmark = pytest.mark.browser

LE_DRIAN, OBAMA = "q-d8de3887c2", "q-a44ea054c4"  # seed 002's « On va avoir un échange », seed 000's Vienne


@pytest.fixture(scope="module")
def quotes_split(tmp_path_factory):
    """The seeds built with one quotation a page: December's (Le Drian) and November's (Obama)."""
    proj = new_project(tmp_path_factory.mktemp("qsplit") / "proj", seeds=True)
    (proj / "splitconf.py").write_text("from pelicanconf import *\nQUOTES = {'page_size': 1}\n", encoding="utf-8")
    _conv, pel = run_build(proj, conf="splitconf.py")
    assert pel.returncode == 0, pel.stdout + pel.stderr
    return proj


def test_the_overview_lists_the_months_and_the_most_quoted_each_month_its_page(quotes_split):
    out = quotes_split / "output"
    overview = out.joinpath("citations.html").read_text(encoding="utf-8")
    assert 'class="quote"' not in overview  # no quotation on the overview
    months = re.findall(r'<a href="\./(citations/[^"]+)">([^<]+)</a> \((\d+)\)', overview)
    assert months == [("citations/2015-12.html", "2015", "2"), ("citations/2015-12.html", "décembre", "1"),
                      ("citations/2015-11.html", "novembre", "1")]
    assert re.findall(r'href="\./(acteurs/[^"]+#citations-acteur)">([^<]+)</a> \((\d)\)', overview) == [
        ("acteurs/barack-obama.html#citations-acteur", "Barack Obama", "1"),
        ("acteurs/jean-yves-le-drian.html#citations-acteur", "Jean-Yves Le Drian", "1")]
    assert sorted(p.name for p in (out / "citations").iterdir()) == ["2015-11.html", "2015-12.html"]
    december = out.joinpath("citations/2015-12.html").read_text(encoding="utf-8")
    assert f'id="{LE_DRIAN}"' in december and f'id="{OBAMA}"' not in december
    assert '<a rel="next" href="../citations/2015-11.html">novembre 2015\u202f»</a>' in december


def test_search_records_and_links_lead_to_the_page_that_holds_each_quotation(quotes_split):
    out = quotes_split / "output"
    records = "".join(p.read_text(encoding="utf-8") for p in (out / "search-index").glob("*.js"))
    urls = set(re.findall(r'"(citations[^"]*#q-[0-9a-f]+)"', records))
    assert urls == {f"citations/2015-12.html#{LE_DRIAN}", f"citations/2015-11.html#{OBAMA}"}
    chronology = out.joinpath("chronologie.html").read_text(encoding="utf-8")
    assert f'href="./citations/2015-11.html#{OBAMA}" class="quote-link"' in chronology
    actor = out.joinpath("acteurs/barack-obama.html").read_text(encoding="utf-8")
    assert '<a href="../citations/2015-11.html?acteur=barack-obama">novembre 2015</a> (1)' in actor
    assert "citations/2015-11.html" in out.joinpath("sw.js").read_text(encoding="utf-8")


def test_every_link_and_fragment_of_the_split_quotations_resolves(browser, quotes_split):  # noqa: F811
    root = (quotes_split / "output").as_uri()
    page = browser.new_page()
    ids, links = links_and_ids(page, [f"{root}/citations.html"], f"{root}/")
    assert {f"{root}/citations/2015-12.html", f"{root}/citations/2015-11.html"} <= set(ids)
    assert any(href.endswith(f"citations/2015-11.html#{OBAMA}") for _, href in links)
    bad = [line.replace(f"{root}/", "") for line in broken(ids, links)]
    assert bad == [], "\n".join(bad)
    page.close()


def visible(page) -> list[str]:
    return page.eval_on_selector_all("li.quote:not([hidden])", "els => els.map(e => e.id)")


def test_a_month_page_filters_by_actor_from_disk_and_its_links_carry_the_filter(browser, quotes_split):  # noqa: F811
    root = (quotes_split / "output").as_uri()
    page = open_page(browser, f"{root}/citations.html")
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.click(".quotes-nav a:text-is('décembre')")
    assert page.url == f"{root}/citations/2015-12.html"
    assert page.inner_text("h1") == "Citations\u00a0: décembre 2015" and visible(page) == [LE_DRIAN]
    assert page.locator("#filtre-acteur option").all_inner_texts() == ["tous les acteurs", "Jean-Yves Le Drian (1)"]
    page.select_option("#filtre-acteur", "jean-yves-le-drian")
    assert page.url == f"{root}/citations/2015-12.html?acteur=jean-yves-le-drian" and visible(page) == [LE_DRIAN]
    page.click("nav.quotes-pager >> nth=0 >> a[rel=next]")  # the filter goes along
    assert page.url == f"{root}/citations/2015-11.html?acteur=jean-yves-le-drian"
    assert visible(page) == [] and page.input_value("#filtre-acteur") == "jean-yves-le-drian"
    assert page.inner_text(".filter-status").endswith("» — 0 citation sur 1 de cette page.")
    page.select_option("#filtre-acteur", "")
    assert visible(page) == [OBAMA] and page.url == f"{root}/citations/2015-11.html"
    page.goto(f"{root}/acteurs/barack-obama.html")
    page.click(".quotes-more a")
    page.wait_for_load_state()
    assert page.url == f"{root}/citations/2015-11.html?acteur=barack-obama" and visible(page) == [OBAMA]
    page.click("nav.quotes-pager >> nth=0 >> a.quotes-up")
    assert page.url == f"{root}/citations.html?acteur=barack-obama" and page.inner_text("h1") == "Citations"
    assert page.get_attribute(".quotes-nav a >> nth=1", "href") == "./citations/2015-12.html?acteur=barack-obama"
    assert errors == []
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["citations.html", "citations/2015-12.html",
                                  "citations/2015-11.html?acteur=barack-obama"])
def test_axe_every_rule_finds_nothing_on_the_split_quotations(browser, quotes_split, path, scheme):  # noqa: F811
    page = open_page(browser, f"{(quotes_split / 'output').as_uri()}/{path}", scheme)
    assert every_violation(page) == []
    page.context.close()


def test_month_pages_that_no_longer_exist_are_pruned(quotes_split):
    """Built again with the default page size (last: the other tests read the split build)."""
    _conv, pel = run_build(quotes_split)
    assert pel.returncode == 0, pel.stdout + pel.stderr
    out = quotes_split / "output"
    assert not (out / "citations").exists() or not any((out / "citations").iterdir())
    assert "citations/2015-11.html" not in out.joinpath("sw.js").read_text(encoding="utf-8")
    assert f'href="./citations.html#{OBAMA}"' in out.joinpath("chronologie.html").read_text(encoding="utf-8")
