"""A page that lists too much, split into numbered pages: acteurs/x.html, then acteurs/x/page-2.html.

An actor named by thousands of articles would list them all on one page; past `size` articles or
events, its page keeps the newest `size` of each and further pages the older ones.  The first
page keeps its address; the others go in a folder named after it, so that no other page's
address can be taken (a slug may itself end in -2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

A = TypeVar("A")
E = TypeVar("E")


@dataclass(frozen=True)
class Part(Generic[A, E]):
    """One of the pages: its number (from 1), every page's path, its share of articles and events."""

    number: int
    paths: tuple[str, ...]
    articles: tuple[A, ...]
    events: tuple[E, ...]

    @property
    def path(self) -> str:
        """Where this page is saved (relative to the site's root)."""
        return self.paths[self.number - 1]

    @property
    def previous(self) -> str:
        """The newer page's path, "" on the first."""
        return self.paths[self.number - 2] if self.number > 1 else ""

    @property
    def next(self) -> str:
        """The older page's path, "" on the last."""
        return self.paths[self.number] if self.number < len(self.paths) else ""


def part_path(path: str, number: int) -> str:
    """The path of page `number` of a page saved at `path`: "acteurs/x.html" -> "acteurs/x/page-2.html"."""
    if number == 1:
        return path
    stem = path[:-5] if path.endswith(".html") else path.rstrip("/")
    return f"{stem}/page-{number}.html"


def paged(path: str, articles: Sequence[A], events: Sequence[E], size: int) -> list[Part[A, E]]:
    """Articles and events, newest first, `size` of each a page; [] when everything fits on one page."""
    size = max(1, size)
    if len(articles) <= size and len(events) <= size:
        return []
    count = max(-(-len(articles) // size), -(-len(events) // size))
    paths = tuple(part_path(path, n) for n in range(1, count + 1))
    return [Part(n + 1, paths, tuple(articles[n * size:(n + 1) * size]), tuple(events[n * size:(n + 1) * size]))
            for n in range(count)]
