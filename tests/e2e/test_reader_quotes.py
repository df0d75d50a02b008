"""citations.html in Chromium from file://: the filter by actor, ?acteur= on load and in the address, printing the
filtered view, the actor pages' link to it, axe-core with every rule in light and dark."""

from __future__ import annotations

import pytest

from tests.e2e.test_browser import browser, site  # noqa: F401 (fixtures)
from tests.e2e.test_reader_pages import PHONE, every_violation, open_page

pytestmark = pytest.mark.browser

LE_DRIAN = "On va avoir un échange"
OBAMA = "un partenaire constructif à Vienne"


def visible_quotes(page) -> list[str]:
    return [t[2:24] for t in page.locator("li.quote:visible blockquote").all_inner_texts()]


def test_the_filter_by_actor_hides_the_others_and_keeps_the_choice_in_the_address(browser, site):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/citations.html")
    assert visible_quotes(page) == [LE_DRIAN[:22], OBAMA[:22]]
    assert page.locator("#filtre-acteur option").all_inner_texts() == [
        "tous les acteurs", "Barack Obama (1)", "Jean-Yves Le Drian (1)"]
    page.select_option("#filtre-acteur", "barack-obama")
    assert visible_quotes(page) == [OBAMA[:22]]
    assert page.url.endswith("citations.html?acteur=barack-obama")
    assert page.locator(".quotes-month:visible h2").all_inner_texts() == ["novembre 2015"]  # December is empty
    assert page.inner_text(".filter-status") == (
        "Citations filtrées\u00a0: acteur «\u202fBarack Obama\u202f» — 1 citation sur 2.")
    page.select_option("#filtre-acteur", "")
    assert visible_quotes(page) == [LE_DRIAN[:22], OBAMA[:22]] and page.url.endswith("citations.html")
    assert page.inner_text(".filter-status") == ""
    page.context.close()


def test_acteur_in_the_address_filters_on_load_and_in_print(browser, site):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/citations.html?acteur=jean-yves-le-drian")
    assert page.input_value("#filtre-acteur") == "jean-yves-le-drian"
    assert visible_quotes(page) == [LE_DRIAN[:22]]
    page.emulate_media(media="print")
    assert visible_quotes(page) == [LE_DRIAN[:22]]  # the printed view is the filtered one
    assert not page.is_visible("#filtre-acteur") and page.is_visible(".filter-status")
    page.context.close()


def test_the_actor_page_links_to_its_filtered_quotations(browser, site):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/acteurs/barack-obama.html")
    assert page.inner_text("#citations-acteur") == "Citations (1)"
    page.click(".quotes-more a")
    page.wait_for_load_state()
    assert page.url.endswith("citations.html?acteur=barack-obama")
    assert visible_quotes(page) == [OBAMA[:22]]
    page.context.close()


def test_an_actor_with_no_quotation_shows_none_and_says_so(browser, site):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/citations.html?acteur=vladimir-poutine")
    assert visible_quotes(page) == []
    assert "0 citation sur 2" in page.inner_text(".filter-status")
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["citations.html", "citations.html?acteur=barack-obama", "acteurs/barack-obama.html"])
def test_axe_every_rule_finds_nothing_on_the_quotations(browser, site, path, scheme):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/{path}", scheme)
    assert every_violation(page) == []
    page.context.close()


def test_on_a_phone_the_page_fits_its_width(browser, site):  # noqa: F811
    page = open_page(browser, f"{site.as_uri()}/citations.html", viewport=PHONE)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.context.close()
