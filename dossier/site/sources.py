"""An event's sources as an actor page names them: one entry per article, with every passage it reports it in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class Source(Protocol):
    """What a source of an event says: its article page's URL, paragraph anchor, article title and outlet."""

    article: str
    anchor: str
    title: str
    outlet: str


@dataclass(frozen=True)
class ArticleSources:
    """One article reporting an event, and the anchors of its passages that do, in the article's order."""

    article: str
    anchors: tuple[str, ...]
    title: str = ""  # "" when the chronology did not name its sources
    outlet: str = ""


def by_article(sources: Iterable[Source]) -> list[ArticleSources]:
    """The sources grouped by article, articles in the order they first come (an article named once, not twice)."""
    anchors: dict[str, list[str]] = {}
    named: dict[str, tuple[str, str]] = {}
    for s in sources:
        passages = anchors.setdefault(s.article, [])
        named.setdefault(s.article, (s.title, s.outlet))
        if s.anchor not in passages:
            passages.append(s.anchor)
    return [ArticleSources(url, tuple(a), *named[url]) for url, a in anchors.items()]
