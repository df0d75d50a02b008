"""The text blocks of a rendered article, with the anchors that let a chronology link a paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "dd", "td")
SUMMARY_ANCHOR = "chapo"


@dataclass(frozen=True)
class ArticleText:
    """What the analyses read of an article: its blocks (title, standfirst, body) and their anchors."""

    blocks: tuple[str, ...]
    anchors: tuple[str, ...]


def _leaves(soup: BeautifulSoup) -> list[Tag]:
    return [el for el in soup.find_all(TEXT_TAGS) if not el.find(TEXT_TAGS) and el.get_text(strip=True)]


def anchor_paragraphs(html: str) -> str:
    """The same HTML with id="p1", "p2"… on each text block that has no id yet."""
    soup = BeautifulSoup(html or "", "html.parser")
    for i, el in enumerate(_leaves(soup), start=1):
        el.attrs.setdefault("id", f"p{i}")
    return str(soup)


def article_text(title: str, summary_html: str | None, content_html: str) -> ArticleText:
    """Blocks an article's actors and events are read from, and the anchor of each.

    Block 0 is the title (anchor ""), then the standfirst if any (anchor "chapo"), then each
    text block of the body (anchors "p1", "p2"… as anchor_paragraphs sets them).
    """
    blocks, anchors = [" ".join(str(title).split())], [""]
    if summary_html:
        text = BeautifulSoup(summary_html, "html.parser").get_text(" ", strip=True)
        if text:
            blocks.append(text)
            anchors.append(SUMMARY_ANCHOR)
    for i, el in enumerate(_leaves(BeautifulSoup(content_html or "", "html.parser")), start=1):
        blocks.append(el.get_text(" ", strip=True))
        anchors.append(str(el.get("id") or f"p{i}"))
    return ArticleText(tuple(blocks), tuple(anchors))


def plain(html: str | None) -> str:
    """The text of an HTML fragment, on one line."""
    return BeautifulSoup(html or "", "html.parser").get_text(" ", strip=True)
