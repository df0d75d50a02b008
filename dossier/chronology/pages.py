"""A long chronology split into pages: one per year, or per month when a year holds too many entries.

by_month's sections (« novembre 2015 », « 2015 » for events dated to the year only) are gathered
into pages of at most `size` items (events and publications): a year that fits is one page
(chronologie/2015.html); a year that does not is one page per month (chronologie/2015-11.html)
and one for its events dated to the year only (chronologie/2015.html); a month that does not fit
either is cut into parts (chronologie/2015-11-2.html).  Paths are relative to the site's root.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dossier.chronology.export import AxisItem
from dossier.datewords import YEAR, month_name_fr
from dossier.site.pager import NavMonth, NavYear, chunks, folder_of, link, years_of

__all__ = ["ChronologyPage", "NavMonth", "NavYear", "Section", "folder_of", "navigator", "split_pages"]


@dataclass(frozen=True)
class Section:
    """Items under one heading of a page; `anchor` is the heading's id."""

    label: str
    anchor: str
    items: tuple[AxisItem, ...]


@dataclass
class ChronologyPage:
    """One page of a split chronology: its sections, its neighbours."""

    key: str  # "2015", "2015-11", "2015-11-2"
    title: str  # « 2015 », « novembre 2015 », « novembre 2015 (2) »
    path: str  # "chronologie/2015-11.html"
    sections: list[Section] = field(default_factory=list)
    previous: ChronologyPage | None = None
    next: ChronologyPage | None = None

    @property
    def items(self) -> list[AxisItem]:
        """Every item of the page, in order."""
        return [i for s in self.sections for i in s.items]

    @property
    def events(self) -> int:
        """How many events the page lists."""
        return sum(i.kind == "event" for i in self.items)

    def actor_keys(self) -> set[str]:
        """The actors of the page's events."""
        return {k for i in self.items if i.entry is not None for k in i.entry.actors}


def _key(item: AxisItem) -> str:
    """"2015" for an event dated to the year only, else "2015-11"."""
    if item.entry is not None and item.entry.precision == YEAR:
        return f"{item.date.year:04d}"
    return f"{item.date.year:04d}-{item.date.month:02d}"


def _title(key: str) -> str:
    if len(key) == 4:
        return key
    return f"{month_name_fr(int(key[5:7]))} {key[:4]}"


def _sections(labelled: Sequence[tuple[str, AxisItem]], taken: dict[str, int]) -> list[Section]:
    """Consecutive items of the same label as one section; anchors unique on the page."""
    out: list[tuple[str, str, list[AxisItem]]] = []
    for label, item in labelled:
        if out and out[-1][0] == label:
            out[-1][2].append(item)
            continue
        base = "m-" + _key(item)
        taken[base] = taken.get(base, 0) + 1
        out.append((label, base if taken[base] == 1 else f"{base}-{taken[base]}", [item]))
    return [Section(label, anchor, tuple(items)) for label, anchor, items in out]


def split_pages(months: Sequence[tuple[str, Sequence[AxisItem]]], folder: str, size: int) -> list[ChronologyPage]:
    """The sections of by_month on pages of at most `size` items, in date order, linked to their neighbours."""
    size = max(1, size)
    years: dict[str, list[tuple[str, AxisItem]]] = {}
    for label, items in months:
        for item in items:
            years.setdefault(f"{item.date.year:04d}", []).append((label, item))
    pages: list[ChronologyPage] = []
    for year, labelled in years.items():
        if len(labelled) <= size:
            pages.append(ChronologyPage(year, year, f"{folder}/{year}.html", _sections(labelled, {})))
            continue
        groups: dict[str, list[tuple[str, AxisItem]]] = {}
        for label, item in labelled:
            groups.setdefault(_key(item), []).append((label, item))
        order = sorted(groups, key=lambda k: (k[:4], k[4:] != "", k))  # the year's own events first
        for c in chunks([(key, groups[key]) for key in order], size):
            pages.append(ChronologyPage(c.name, c.title(_title(c.key)), f"{folder}/{c.name}.html",
                                        _sections(c.items, {})))
    return link(pages)


def _place(page: ChronologyPage, section: Section) -> tuple[str, str, int, str]:
    """A section in the navigator: its year, its month (« à l’année »), its count, its link."""
    key = _key(section.items[0])
    month = month_name_fr(int(key[5:7])) if len(key) > 4 else "à l’année"
    return key[:4], month, len(section.items), f"{page.path}#{section.anchor}"


def navigator(pages: Sequence[ChronologyPage]) -> list[NavYear]:
    """Years and months with their counts, each linking to the page (and heading) that first lists it."""
    return years_of(_place(page, s) for page in pages for s in page.sections)
