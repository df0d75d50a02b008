"""Events the articles report: the clause carrying a date, its actors, its source paragraph.

An event is found for each temporal expression (timex.py) of each sentence.  Finding the
dated clauses of an article is a pure function of its text and publication date
(:func:`find_dated`, cached per article); attaching actors and the page's anchors is cheap
(:func:`build_events`).  Events keep ids derived from their article and sentence, so the
editors' overrides survive rebuilds and re-conversions.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dossier.chronology.timex import CLAUSE_BREAK, Timex, carried, clause_spans, find_timexes
from dossier.datewords import WEEK, label_fr, month_abbreviations
from dossier.editorfiles import PLACE
from dossier.lexicon import LANGUAGES, abbreviations
from dossier.text import fold, sentences

# Bump when what find_dated returns changes shape: cached results are then computed again.
DATED_VERSION = "2"

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


def event_id(article: str, sentence: str, expression: str) -> str:
    """A stable id: the same sentence of the same article gives the same id after any rebuild."""
    norm = " ".join(fold(sentence).split())
    return "e-" + hashlib.sha1(f"{article}|{norm}|{fold(expression)}".encode()).hexdigest()[:10]


def _tidy_clause(text: str) -> str:
    text = re.sub(r"^\s*(?:,|;|:|et|mais|puis|and|but)\s+", "", text.strip()).strip(" ,;:")
    return text[:1].upper() + text[1:] if text else text


def find_dated(blocks: Sequence[str], ref: date | None, lang: str = "fr",
               problems: list[str] | None = None) -> list[dict[str, Any]]:
    """Every dated clause of an article, as plain data (cached per article text, date and language).

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
                spans = clause_spans(sentence, timexes)
            except Exception as exc:  # noqa: BLE001 - one sentence must never stop the dossier
                if problems is not None:
                    problems.append(f"dates of {sentence[:60]!r} not read ({type(exc).__name__}: {exc})")
                continue
            if timexes:
                previous = given[b] = carried(timexes, previous)
            for t, (c_start, c_end) in zip(timexes, spans, strict=True):
                if t.value is None or t.precision == WEEK:
                    continue
                out.append({"block": b, "offset": offset, "sentence": sentence, "expression": t.text,
                            "value": t.value.isoformat(), "precision": t.precision, "iso": t.iso,
                            "clause": [c_start, c_end], "rule": t.rule})
    return out


def is_agent(key: str, types: Mapping[str, str]) -> bool:
    """People and organisations make two reports the same event; a shared place does not."""
    return types.get(key) != PLACE


def build_events(dated: Sequence[dict[str, Any]], anchors: Sequence[str], article: str,
                 spans: Sequence[Span] = (), types: Mapping[str, str] | None = None) -> list[Event]:
    """Events from an article's dated clauses, with the actors named in each clause."""
    types = types or {}
    out = []
    for d in dated:
        b, offset, sentence = d["block"], d["offset"], d["sentence"]
        c_start, c_end = d["clause"]
        in_sentence = [(st - offset, en - offset, k) for bb, st, en, k in spans
                       if bb == b and offset <= st and en <= offset + len(sentence)]
        in_clause = [k for st, en, k in in_sentence if c_start <= st and en <= c_end]
        if not any(is_agent(k, types) for k in in_clause):
            # "Daech, qui occupe … en Syrie et en Irak est à l'origine des attentats du 13 novembre":
            # the clause names no one; the sentence's subject (its first clause) acts
            first = CLAUSE_BREAK.search(fold(sentence))
            end_first = first.start() if first else len(sentence)
            in_clause += [k for st, en, k in in_sentence if en <= end_first and is_agent(k, types)]
        actors = list(dict.fromkeys(in_clause or [k for _s, _e, k in in_sentence]))
        out.append(Event(event_id(article, sentence, d["expression"]), date.fromisoformat(d["value"]),
                         d["precision"], d["iso"], d["expression"], sentence,
                         _tidy_clause(sentence[c_start:c_end]), article, anchors[b], actors, d.get("rule", "")))
    return out
