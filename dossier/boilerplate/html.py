"""Clean an article's rendered HTML: remove boilerplate blocks, turn captions with credits into figures."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup, NavigableString, Tag

from dossier.boilerplate.engine import Block, RuleSet, classify
from dossier.boilerplate.figures import split_credit

BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figure", "div", "dd", "dt")
# A caption in the body is short; a longer paragraph with "©" in it is text.
CAPTION_MAX_WORDS = 40
# Containers left empty once their blocks are removed go too.
CONTAINERS = ("ul", "ol", "div", "blockquote")


def html_blocks(soup: BeautifulSoup) -> list[Tag]:
    """The elements that hold text, innermost first-level: paragraphs, headings, list items."""
    return [el for el in soup.find_all(BLOCK_TAGS) if not el.find(BLOCK_TAGS)]


def parse(html: str | BeautifulSoup | None) -> BeautifulSoup:
    """An HTML fragment as a tree (a tree is returned as it is, so callers can parse once)."""
    return html if isinstance(html, BeautifulSoup) else BeautifulSoup(html or "", "html.parser")


def block_texts(html: str | BeautifulSoup) -> list[str]:
    """The text of each block of an HTML fragment."""
    return [el.get_text(" ", strip=True) for el in html_blocks(parse(html))]


def _to_figure(soup: BeautifulSoup, el: Tag, caption: str, credit: str) -> None:
    fig = soup.new_tag("figure", attrs={"class": "photo"})
    cap = soup.new_tag("figcaption")
    if caption:
        span = soup.new_tag("span", attrs={"class": "caption-text"})
        span.append(NavigableString(caption))
        cap.append(span)
        cap.append(NavigableString(" "))
    cred = soup.new_tag("span", attrs={"class": "credit"})
    cred.append(NavigableString(f"© {credit}"))
    cap.append(cred)
    fig.append(cap)
    el.replace_with(fig)


def _prune_empty_parents(el: Tag) -> None:
    parent = el.parent
    el.decompose()
    while parent is not None and parent.name in CONTAINERS and not parent.get_text(strip=True):
        nxt = parent.parent
        parent.decompose()
        parent = nxt


def clean_html(html: str | BeautifulSoup, rules: RuleSet, repeated: frozenset[str] = frozenset(),
               keep: list[str] | None = None, figures: bool = True, start: int = 0) -> tuple[str, list[dict[str, Any]]]:
    """Cleaned HTML and the list of what was removed (text, rule) or turned into a figure (moved).

    `start`: how many blocks come from above the article's title (see classify).
    """
    soup = parse(html)
    els = html_blocks(soup)
    blocks = [Block(el.get_text(" ", strip=True), el.name) for el in els]
    removed: list[dict[str, Any]] = []
    for d in classify(blocks, rules, repeated, keep or (), start):
        removed.append({"text": d.text, "rule": d.rule, **({"why": d.why} if d.why else {})})
        _prune_empty_parents(els[d.index])
    gone = {d["text"] for d in removed}
    if figures:
        for el, b in zip(els, blocks, strict=True):
            if b.text in gone or el.name not in ("p", "h2", "h3", "h4") or b.n_words > CAPTION_MAX_WORDS:
                continue
            parts = split_credit(b.text)
            if parts is not None:
                _to_figure(soup, el, *parts)
                removed.append({"text": b.text, "rule": "figure", "moved": True})
    return str(soup), removed
