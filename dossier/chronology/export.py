"""The chronology for readers: TimelineJS 3 JSON, and entries with publications grouped by month."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from dossier.chronology.events import Entry
from dossier.datewords import DAY, MONTH, WEEK, YEAR, format_date_fr, format_month_fr
from dossier.editorfiles import ORG, PERSON


@dataclass(frozen=True)
class Publication:
    """An article's publication, marked on the same axis as the events."""

    date: date
    title: str
    url: str
    slug: str
    source: str = ""


@dataclass(frozen=True)
class ActorLabel:
    """What the chronology shows of an actor: its name and type."""

    name: str
    type: str


def _esc(s: str) -> str:
    return escape(str(s), quote=True).replace("&#x27;", "'")


def _start(value: date, precision: str) -> dict[str, int]:
    d = {"year": value.year}
    if precision in (DAY, WEEK, MONTH):
        d["month"] = value.month
    if precision in (DAY, WEEK):
        d["day"] = value.day
    return d


def timelinejs(entries: Sequence[Entry], publications: Sequence[Publication], title: str, text: str = "",
               actors: Mapping[str, ActorLabel] | None = None) -> dict[str, Any]:
    """The chronology as TimelineJS 3 JSON; each event carries its source pages' relative URLs."""
    actors = actors or {}
    events = []
    for e in entries:
        links = "".join(f'<li><a href="{_esc(s.url)}">{_esc(s.label)}</a></li>' for s in e.cited)
        labels = [actors[k] for k in e.actors if k in actors]
        group = next((a.name for a in labels if a.type in (PERSON, ORG)), "")
        events.append({
            "unique_id": e.id,
            "start_date": _start(e.value, e.precision),
            "display_date": e.label,
            "text": {"headline": _esc(e.text), "text": f"<ul>{links}</ul>" if links else ""},
            "group": group or "Événements",
            "sources": [{"url": s.url, "label": s.label, "expression": s.expression, "sentence": s.sentence}
                        for s in e.sources],
            "actors": [a.name for a in labels],
        })
    for p in publications:
        events.append({
            "unique_id": "pub-" + p.slug,
            "start_date": _start(p.date, DAY),
            "display_date": format_date_fr(p.date),
            "text": {"headline": "Publication : " + _esc(p.title),
                     "text": f'<a href="{p.url}">{_esc(p.source or "article")}</a>'},
            "group": "Publications",
            "sources": [{"url": p.url}],
        })
    return {"title": {"text": {"headline": _esc(title), "text": _esc(text)}}, "events": events}


def name_sources(entries: Sequence[Entry], articles: Mapping[str, tuple[str, str]]) -> None:
    """Each source takes its article's title and outlet (`articles`: page URL -> (title, outlet))."""
    for e in entries:
        for s in e.sources:
            if s.article in articles:
                s.title, s.outlet = articles[s.article]


Citations = dict[str, dict[str, list[tuple[str, str]]]]  # article URL -> paragraph id -> [(entry URL, date)]


def citations(entries: Sequence[Entry], entry_url: Callable[[Entry], str]) -> Citations:
    """Per article page, per paragraph id, the entries citing it: (the entry's URL with its id, its date).

    What an article page needs to lead a reader back from a cited paragraph; a title (no
    paragraph) is cited by no link back.
    """
    out: Citations = {}
    for e in entries:
        for s in e.cited:
            if s.anchor:
                out.setdefault(s.article, {}).setdefault(s.anchor, []).append((f"{entry_url(e)}#{e.id}", e.label))
    return out


@dataclass(frozen=True)
class AxisItem:
    """An event or a publication on the chronology's axis."""

    date: date
    entry: Entry | None = None
    publication: Publication | None = None

    @property
    def kind(self) -> str:
        """"event" or "publication"."""
        return "event" if self.entry is not None else "publication"


def by_month(entries: Sequence[Entry], publications: Sequence[Publication]) -> list[tuple[str, list[AxisItem]]]:
    """Entries and publications on one axis, grouped under « novembre 2015 » (« 2015 » for a year's events)."""
    items = [AxisItem(e.value, entry=e) for e in entries] + [AxisItem(p.date, publication=p) for p in publications]
    items.sort(key=lambda i: (i.date, i.kind == "event"))
    months: list[tuple[str, list[AxisItem]]] = []
    for item in items:
        yearly = item.entry is not None and item.entry.precision == YEAR
        label = str(item.date.year) if yearly else format_month_fr(item.date)
        if not months or months[-1][0] != label:
            months.append((label, []))
        months[-1][1].append(item)
    return months
