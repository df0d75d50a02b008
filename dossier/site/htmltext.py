"""The text blocks of a rendered article, with the anchors that let a chronology link a paragraph."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

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


Backlink = tuple[str, str]  # (URL from the site's root, with its fragment; the date it is cited for)


def _backlinks(links: Sequence[Backlink], siteurl: str) -> str:
    dates = " · ".join(f'<a href="{escape(siteurl)}/{escape(url)}">{escape(label)}</a>' for url, label in links)
    return f' <span class="chrono-back">↩ Retour à la chronologie : {dates}</span>'


def with_backlinks(html: str, links: Mapping[str, Sequence[Backlink]], siteurl: str, whole: str = "") -> str:
    """The HTML with, at the end of each paragraph the chronology cites, a link back to each citing entry.

    `links` maps a paragraph's id to its entries; `whole` is the id the HTML's container carries
    (the standfirst's, « chapo »): its links go at the end.  The theme shows them only on the
    paragraph a reader arrived at (CSS `:target`).
    """
    out = html or ""
    if whole and links.get(whole):
        out += _backlinks(links[whole], siteurl)
    for anchor, entries in links.items():
        opening = re.search(rf'<(\w+)\b[^>]*\bid="{re.escape(anchor)}"[^>]*>', out)
        if not opening or anchor == whole:
            continue
        close = out.find(f"</{opening.group(1)}>", opening.end())  # a text block holds no other (_leaves)
        if close >= 0:
            out = out[:close] + _backlinks(entries, siteurl) + out[close:]
    return out


def plain(html: str | None) -> str:
    """The text of an HTML fragment, on one line."""
    return BeautifulSoup(html or "", "html.parser").get_text(" ", strip=True)
