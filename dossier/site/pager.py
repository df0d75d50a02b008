"""A page that lists too much, split into pages.

- Numbered pages (:func:`paged`): acteurs/x.html, then acteurs/x/page-2.html.  An actor named by
  thousands of articles would list them all on one page; past `size` articles or events, its page
  keeps the newest `size` of each and further pages the older ones.  The first page keeps its
  address; the others go in a folder named after it, so that no other page's address can be
  taken (a slug may itself end in -2).
- Pages by period (:func:`chunks`, :func:`link`, :func:`folder_of`): a long list in groups (a month,
  a year), each group on pages of at most `size` items named after it (2015-11, 2015-11-2), in a
  folder named after the list's page (chronologie.html: chronologie/), linked to their neighbours;
  the overview's navigator lists them by year (:class:`NavYear`, :class:`NavMonth`).  The
  chronology and the quotations split so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

A = TypeVar("A")
E = TypeVar("E")
T = TypeVar("T")


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


@dataclass(frozen=True)
class Chunk(Generic[T]):
    """A group's share on one page: the group's key, the page's name (key, key-2…), its number of `count`."""

    key: str
    name: str
    number: int
    count: int
    items: tuple[T, ...]

    def title(self, label: str) -> str:
        """The page's title from its group's: « novembre 2015 », or « novembre 2015 (1/2) » when cut."""
        return label if self.count == 1 else f"{label} ({self.number}/{self.count})"


def chunks(groups: Sequence[tuple[str, Sequence[T]]], size: int) -> list[Chunk[T]]:
    """Each group (key, items), in the order given, on pages of at most `size` items: key, then key-2, key-3."""
    size = max(1, size)
    out = []
    for key, group in groups:
        count = max(1, -(-len(group) // size))
        for n in range(1, count + 1):
            out.append(Chunk(key, key if n == 1 else f"{key}-{n}", n, count, tuple(group[(n - 1) * size:n * size])))
    return out


class Linked(Protocol):
    """A page that knows its neighbours."""

    previous: Any
    next: Any


L = TypeVar("L", bound=Linked)


def link(pages: list[L]) -> list[L]:
    """Each page linked to the one before and the one after it, in the order given."""
    for a, b in zip(pages, pages[1:], strict=False):
        a.next, b.previous = b, a
    return pages


def folder_of(save_as: str) -> str:
    """Where the pages of a list saved as `chronologie.html` go: "chronologie"."""
    return save_as[:-5] if save_as.endswith(".html") else save_as + "-pages"


@dataclass(frozen=True)
class NavMonth:
    """A month (or a year's items dated to the year only) in an overview's navigator."""

    label: str
    count: int
    url: str


@dataclass(frozen=True)
class NavYear:
    """A year in an overview's navigator, with its months."""

    label: str
    count: int
    url: str
    months: tuple[NavMonth, ...]


def years_of(places: Iterable[tuple[str, str, int, str]]) -> list[NavYear]:
    """An overview's navigator from (year, month, count, url) of each page's groups, in page order.

    Each year and month links to the first page that lists it (the year without the fragment) and
    counts what every page lists of it; a month "" counts in its year only (« Date inconnue »).
    """
    years: dict[str, tuple[str, dict[str, list[Any]]]] = {}
    totals: dict[str, int] = {}
    for year, month, count, url in places:
        _first, months = years.setdefault(year, (url.split("#")[0], {}))
        totals[year] = totals.get(year, 0) + count
        if month:
            months.setdefault(month, [0, url])[0] += count
    return [NavYear(year, totals[year], first, tuple(NavMonth(label, c, u) for label, (c, u) in months.items()))
            for year, (first, months) in years.items()]
