"""A reader follows a chronology source to its paragraph and back, from disk (file://), without JavaScript needed."""

from __future__ import annotations

import re

import pytest

from tests.e2e.test_browser import browser, serious_violations, site  # noqa: F401 - fixtures and helper

pytestmark = pytest.mark.browser

MEETING = "e-6115719adc"  # the 26 November Hollande–Poutine meeting (its id is what overrides name)


def _rgb(css: str) -> tuple[float, ...]:
    return tuple(float(x) for x in re.findall(r"[\d.]+", css)[:3])


def _luminance(rgb: tuple[float, ...]) -> float:
    lin = [(c / 255 / 12.92) if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(_rgb(a)), _luminance(_rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def style(page, selector: str, prop: str) -> str:
    return page.eval_on_selector(selector, f"el => getComputedStyle(el).{prop}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_source_leads_to_its_paragraph_highlighted_and_back(browser, site, scheme):  # noqa: F811
    context = browser.new_context(color_scheme=scheme, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site.as_uri()}/chronologie.html")
    sources = page.locator(f"#{MEETING} .event-sources a")
    assert sources.all_inner_texts() == ["François Hollande va rencontrer Barack Obama à Washington le 24 novembre et…",
                                         "Le Vif — Le ministre français de la Défense à Moscou pour parler de "
                                         "coopération anti-EI"]
    sources.nth(1).click()
    assert page.url == f"{site.as_uri()}/articles/002-c8da9b7f2b29b121.html#p9"
    arrived(page)
    assert page.evaluate("document.querySelector(':target').id") == "p9"
    # the paragraph stands out from the page, its text still readable on it
    body_bg, target_bg = style(page, "body", "backgroundColor"), style(page, "#p9", "backgroundColor")
    assert contrast(body_bg, target_bg) > 1.1 and _rgb(target_bg) != (0.0, 0.0, 0.0)
    assert contrast(style(page, "#p9", "color"), target_bg) >= 7
    assert contrast(style(page, "#p9 .chrono-back a", "color"), target_bg) >= 4.5
    # its way back shows; the other cited paragraphs' stay hidden
    assert page.locator("#p9 .chrono-back").is_visible()
    assert page.locator("#p1 .chrono-back").count() == 1 and not page.locator("#p1 .chrono-back").is_visible()
    page.click("#p9 .chrono-back a")
    assert page.url == f"{site.as_uri()}/chronologie.html#{MEETING}"
    arrived(page)
    assert page.evaluate("document.querySelector(':target').id") == MEETING
    assert contrast(style(page, "body", "backgroundColor"), style(page, f"#{MEETING}", "backgroundColor")) > 1.1
    context.close()
    # axe-core (it needs JavaScript) finds nothing serious on the highlighted paragraph and entry
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    for path in ("articles/002-c8da9b7f2b29b121.html#p9", f"chronologie.html#{MEETING}"):
        page.goto(f"{site.as_uri()}/{path}")
        assert serious_violations(page) == [], path
    context.close()


def arrived(page) -> None:
    """Wait until the page a link opened is loaded and its fragment is the :target (a click returns earlier)."""
    page.wait_for_load_state()
    page.wait_for_function("document.querySelector(':target') !== null")


def test_the_standfirst_is_a_target_too(browser, site):  # noqa: F811
    page = browser.new_page()
    page.goto(f"{site.as_uri()}/chronologie.html")
    page.click("#e-713300db8f .event-sources a")  # 24 November: only the headline and standfirst tell it
    assert page.url.endswith("/articles/000-2be0edee1e7f5a54.html#chapo")
    arrived(page)
    assert page.evaluate("document.querySelector(':target').className") == "chapo"
    back = page.locator("#chapo .chrono-back a")
    assert back.all_inner_texts() == ["24 novembre 2015", "26 novembre 2015"]
    back.first.click()
    assert page.url.endswith("/chronologie.html#e-713300db8f")
    page.close()
