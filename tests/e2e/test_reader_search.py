"""The search page as a reader uses it: every word highlighted, whole-word snippets, help, suggestions, one form."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest

from dossier.text import fold
from tests.e2e.test_browser import AXE, browser, site  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

SITENAME = "La coalition contre l’État islamique après les attentats de Paris"
NNBSP = "\u202f"


def open_search(browser, site, query: str):  # noqa: F811
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{site.as_uri()}/recherche.html" + (f"?q={quote(query)}" if query else ""))
    if query:
        page.wait_for_selector("#search-status:not(:empty)")
        page.wait_for_function("[...document.querySelectorAll('#search-results .snippet')].every(p => p.innerHTML)")
    page.errors = errors
    return page


def results(page) -> list[dict]:
    """Each result's title and snippet: their text and the texts of their <mark>s."""
    return page.eval_on_selector_all("#search-results li", """els => els.map(li => ({
        href: li.querySelector('h2 a').getAttribute('href'), title: li.querySelector('h2').innerText,
        snippet: li.querySelector('.snippet').innerText,
        marks: [...li.querySelectorAll('mark')].map(m => m.innerText),
        unmarked: [...li.querySelectorAll('h2 a, .snippet')].map(e => {
            const c = e.cloneNode(true); c.querySelectorAll('mark').forEach(m => m.replaceWith(' | '));
            return c.innerText; }).join(' ')}))""")


def article_text(site, slug: str) -> str:  # noqa: F811
    script = (site / "search" / f"{slug}.js").read_text(encoding="utf-8")
    return json.loads(script.split("] = ", 1)[1].rstrip().rstrip(";"))


@pytest.mark.parametrize(("query", "words"), [("Le Drian", ["drian"]), ("26 novembre", ["26", "novembre"])])
def test_every_word_of_the_query_is_highlighted(browser, site, query, words):  # noqa: F811
    page = open_search(browser, site, query)
    found = results(page)
    assert found
    for r in found:
        # no word of the query left unmarked in the title or the snippet
        assert not [w for w in words if re.search(rf"(?<!\w){w}(?!\w)", fold(r["unmarked"]))], r
    # the whole query marked as one where the text has it
    assert any(fold(m) == fold(query) for r in found for m in r["marks"])
    assert page.errors == []
    page.close()


def test_a_query_typed_with_plain_signs_finds_the_typeset_text(browser, site):  # noqa: F811
    """The pages say « l’EI » (a typographic apostrophe): a query typed with ' finds it and marks it."""
    page = open_search(browser, site, "l'EI en arabe")
    found = [r for r in results(page) if "articles/" in r["href"]]  # (not the quotation's own result)
    assert [r["title"] for r in found] == ["Le ministre français de la Défense à Moscou pour parler de "
                                           "coopération anti-EI"]
    assert "l’EI en arabe" in found[0]["marks"]
    page.close()


@pytest.mark.parametrize("query", ["Daech", "Poutine", "frappes", "Moscou"])
def test_snippets_start_and_end_at_word_boundaries(browser, site, query):  # noqa: F811
    page = open_search(browser, site, query)
    slugs = page.eval_on_selector_all("#search-results h2 a", "els => els.map(a => a.getAttribute('href'))")
    snippets = page.eval_on_selector_all("#search-results .snippet", "els => els.map(p => p.textContent)")
    assert snippets
    for href, snippet in zip(slugs, snippets, strict=True):
        if "articles/" not in href:
            continue  # a quotation's result shows the quotation whole
        text = article_text(site, href.rsplit("/", 1)[1].removesuffix(".html"))
        inner = snippet.removeprefix("…\u00a0").removesuffix("\u00a0…")
        at = text.find(inner)
        assert at >= 0, snippet
        assert at == 0 or text[at - 1] == " ", snippet  # starts at a word
        assert at + len(inner) == len(text) or text[at + len(inner)] == " ", snippet  # ends after a word
        assert snippet.startswith("…\u00a0") == (at > 0)
        assert snippet.endswith("\u00a0…") == (at + len(inner) < len(text))
        if fold(query)[:5] in fold(text):  # (an article may match by an actor's alias only)
            assert fold(query)[:5] in fold(inner)  # around the match
    page.close()


def test_an_empty_query_shows_help_with_examples_that_find_articles(browser, site):  # noqa: F811
    page = open_search(browser, site, "")
    assert page.is_visible("#search-help")
    assert "titres, les textes, les acteurs et les sources" in page.inner_text("#search-help")
    examples = page.eval_on_selector_all("#search-help .search-examples a", "els => els.map(a => a.innerText)")
    assert "François Hollande" in examples and "26 novembre" in examples and "Le Vif" in examples
    assert page.eval_on_selector_all("#search-help a[href$='acteurs.html'], #search-help a[href$='chronologie.html']",
                                     "els => els.length") == 2
    for name in examples:
        page.click(f"#search-help .search-examples a:text-is('{name}')")
        page.wait_for_selector("#search-results li")
        assert not page.is_visible("#search-help") and page.input_value("#search-q") == name
        page.go_back()
    assert page.errors == []
    page.close()


def test_a_query_that_finds_nothing_suggests_close_words(browser, site):  # noqa: F811
    page = open_search(browser, site, "Drain")  # a typo of Drian the search itself does not forgive
    assert page.inner_text("#search-status") == f"Aucun résultat pour «{NNBSP}Drain{NNBSP}»."
    assert page.is_visible("#search-suggest") and page.is_visible("#search-help")
    page.click("#search-suggest a:text-is('Drian')")
    page.wait_for_selector("#search-results li")
    assert page.input_value("#search-q") == "Drian"
    page.close()
    page = open_search(browser, site, "Choïgou Obama")  # each in one article, never together
    assert page.eval_on_selector_all("#search-suggest a", "els => els.map(a => a.innerText)") == ["Choïgou", "Obama"]
    page.close()
    page = open_search(browser, site, "xyzzy")
    assert "Aucun mot proche" in page.inner_text("#search-suggest")
    assert page.is_visible("#search-help a[href$='acteurs.html']")
    page.close()


def test_the_query_is_in_the_page_title(browser, site):  # noqa: F811
    page = open_search(browser, site, "Le Drian")
    assert page.title() == f"«{NNBSP}Le Drian{NNBSP}» — Recherche — {SITENAME}"
    page.fill("#search-q", "Poutine")
    page.press("#search-q", "Enter")
    page.wait_for_function("document.title.includes('Poutine')")
    assert page.title() == f"«{NNBSP}Poutine{NNBSP}» — Recherche — {SITENAME}"
    page.close()
    page = open_search(browser, site, "")
    assert page.title() == f"Recherche — {SITENAME}"
    page.close()


def test_the_search_page_has_one_search_form(browser, site):  # noqa: F811
    page = open_search(browser, site, "Poutine")
    assert page.eval_on_selector_all("[role=search], form", "els => els.length") == 1
    page.goto(f"{site.as_uri()}/index.html")  # the other pages keep the header's form
    assert page.eval_on_selector_all("header [role=search]", "els => els.length") == 1
    page.close()


@pytest.mark.parametrize("query", ["", "Le Drian", "Drain"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_page_has_no_axe_violation(browser, site, query, scheme):  # noqa: F811
    """Every axe-core rule, best practices included, on the help, the results and the suggestions."""
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{site.as_uri()}/recherche.html" + (f"?q={quote(query)}" if query else ""))
    if query:
        page.wait_for_selector("#search-status:not(:empty)")
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("""axe.run(document, {runOnly: {type: 'rule',
        values: axe.getRules().map(r => r.ruleId)}, resultTypes: ['violations']})
        .then(r => r.violations.map(v => [v.id, v.nodes.map(n => n.target)]))""")
    assert violations == []
    context.close()
