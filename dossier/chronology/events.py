"""Events the articles report: the clause carrying a date, its actors, its source paragraph.

An event is found for each temporal expression (timex.py) of each sentence, and its clause
(clauses.py).  Finding the dated clauses of an article is a pure function of its text and
publication date (:func:`find_dated`, cached per article); attaching actors (those named inside
the clause) and the page's anchors is cheap (:func:`build_events`).  Events keep ids derived
from their article and sentence, so the editors' overrides survive rebuilds and re-conversions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dossier.chronology.clauses import Clause, clause_text, clauses
from dossier.chronology.timex import Timex, carried, find_timexes
from dossier.datewords import WEEK, label_fr, month_abbreviations
from dossier.editorfiles import PLACE
from dossier.lexicon import LANGUAGES, abbreviations
from dossier.site.htmltext import SUMMARY_ANCHOR
from dossier.text import fold, sentences

# Bump when what find_dated returns changes shape: cached results are then computed again.
DATED_VERSION = "3"
# The parts of one period are at most this many characters apart (« du 30 novembre au 11 décembre »).
PERIOD_GAP = 12
# A source's title is cut on a word beyond this length where the chronology names it.
SOURCE_TITLE_CHARS = 80

Span = tuple[int, int, int, str]  # (block, start, end, actor key), as dossier.actors gives them


@dataclass
class Event:
    """One report of an event, in one article."""

    id: str
    value: date
    precision: str
    iso: str
    expression: str  # the date as the article writes it
    sentence: str
    clause: str
    article: str  # the article page's URL
    anchor: str  # the paragraph's id ("" for the title)
    actors: list[str] = field(default_factory=list)  # actor keys
    rule: str = ""  # the timex rule that found the date
    title: str = ""  # the article's title and outlet, as the chronology names its sources
    outlet: str = ""

    @property
    def place(self) -> int:
        """Where in its article: 0 in the body, 1 in the standfirst, 2 in the title (the body tells most)."""
        return 2 if not self.anchor else 1 if self.anchor == SUMMARY_ANCHOR else 0

    @property
    def label(self) -> str:
        """The source as the reader sees it: « Le Vif — Le ministre français… », the title alone when no outlet."""
        title = " ".join(self.title.split())
        if len(title) > SOURCE_TITLE_CHARS:
            title = title[:SOURCE_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:-–—") + "…"
        title = title or "article"
        return f"{self.outlet} — {title}" if self.outlet else title

    @property
    def url(self) -> str:
        """The source paragraph's URL, relative to the site's root."""
        return self.article + ("#" + self.anchor if self.anchor else "")


@dataclass
class Entry:
    """A line of the chronology: an event and every article that reports it."""

    id: str
    value: date
    precision: str
    iso: str
    text: str
    sources: list[Event] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)  # actor keys
    added: bool = False  # written by an editor, not found in an article

    @property
    def label(self) -> str:
        """The date in French words, at its precision."""
        return label_fr(self.value, self.precision)

    @property
    def cited(self) -> list[Event]:
        """The sources to show: one per article, its body's paragraph rather than its standfirst or title."""
        best: dict[str, Event] = {}
        for s in self.sources:
            if s.article not in best or s.place < best[s.article].place:
                best[s.article] = s
        return list(best.values())


def event_id(article: str, sentence: str, expression: str) -> str:
    """A stable id: the same sentence of the same article gives the same id after any rebuild."""
    norm = " ".join(fold(sentence).split())
    return "e-" + hashlib.sha1(f"{article}|{norm}|{fold(expression)}".encode()).hexdigest()[:10]


def find_dated(blocks: Sequence[str], ref: date | None, lang: str = "fr",
               problems: list[str] | None = None) -> list[dict[str, Any]]:
    """Every dated clause of an article, as plain data (cached per article text, date and language).

    Each gives its sentence, where that starts in its block (`offset`), the date, and its clause:
    the spans of the sentence it is made of and its text.

    Only the languages the temporal word lists cover are read; a sentence the rules cannot
    handle is skipped and described in `problems`.  « La veille », "two days later" count from
    the last date given in the same paragraph or the one before.  A week (« la semaine
    dernière ») is no date the chronology can place: it is left out.
    """
    out: list[dict[str, Any]] = []
    if lang not in LANGUAGES:
        return out
    # "the Nov. 13 attacks", "at 1:30 p.m. Tuesday, May 16" are one sentence
    no_break = abbreviations() | month_abbreviations() | {"a.m", "p.m", "A.M", "P.M"}
    given: dict[int, tuple[Timex, ...]] = {}  # per paragraph, the dates it gave last
    for b, block in enumerate(blocks):
        previous = given.get(b - 1, ())
        given[b] = ()
        for s_start, s_end in sentences(block, no_break):
            raw = block[s_start:s_end]
            sentence = raw.strip()
            offset = s_start + len(raw) - len(raw.lstrip())
            try:
                timexes = find_timexes(sentence, ref, lang, previous)
                found = clauses(sentence, _units(timexes), lang)
            except Exception as exc:  # noqa: BLE001 - one sentence must never stop the dossier
                if problems is not None:
                    problems.append(f"dates of {sentence[:60]!r} not read ({type(exc).__name__}: {exc})")
                continue
            if timexes:
                previous = given[b] = carried(timexes, previous)
            for t, clause in zip(timexes, found, strict=True):
                if t.value is None or t.precision == WEEK:
                    continue
                out.append({"block": b, "offset": offset, "sentence": sentence, "expression": t.text,
                            "value": t.value.isoformat(), "precision": t.precision, "iso": t.iso,
                            "clause": [list(p) for p in clause.pieces], "text": _text(sentence, clause),
                            "rule": t.rule})
    return out


def _units(timexes: Sequence[Timex]) -> list[tuple[int, int]]:
    """The span of each date's expression: the parts of a period share the whole (« entre 2015 et 2019 »)."""
    groups: list[list[Timex]] = []
    for i, t in enumerate(timexes):
        a = timexes[i - 1] if i else None
        if a is not None and a.kind == t.kind and a.kind in ("period", "year_list") and a.rule == t.rule \
                and t.start - a.end <= PERIOD_GAP:
            groups[-1].append(t)
        else:
            groups.append([t])
    return [(g[0].start, g[-1].end) for g in groups for _t in g]


def _text(sentence: str, clause: Clause) -> str:
    return clause_text(sentence, clause) if clause.pieces else sentence.rstrip(" .")


def is_agent(key: str, types: Mapping[str, str]) -> bool:
    """People and organisations make two reports the same event; a shared place does not."""
    return types.get(key) != PLACE


def build_events(dated: Sequence[dict[str, Any]], anchors: Sequence[str], article: str,
                 spans: Sequence[Span] = ()) -> list[Event]:
    """Events from an article's dated clauses, with the actors named inside each clause (and only those)."""
    out = []
    for d in dated:
        b, offset = d["block"], d["offset"]
        pieces = [(offset + s, offset + e) for s, e in d["clause"]]
        actors = [k for bb, st, en, k in spans if bb == b and any(s <= st and en <= e for s, e in pieces)]
        out.append(Event(event_id(article, d["sentence"], d["expression"]), date.fromisoformat(d["value"]),
                         d["precision"], d["iso"], d["expression"], d["sentence"], d["text"], article, anchors[b],
                         list(dict.fromkeys(actors)), d.get("rule", "")))
    return out
