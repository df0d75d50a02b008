"""One chronology entry per event, whatever the number of articles reporting it.

Two reports are the same event when they have the same date and precision and either an
actor in common (a person or an organisation) or much the same words.  An entry shows the
clause of its first report in an article's body (a standfirst's or a title's only when no body
tells it), and no two entries show the same text (:func:`distinct`).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from dossier.chronology.events import Entry, Event, is_agent
from dossier.datewords import DAY
from dossier.lexicon import stopwords
from dossier.text import fold

# Two reports are the same event when their words overlap this much (Jaccard on content words).
SAME_EVENT_SIMILARITY = 0.35
# The clause an entry shows is cut on a word beyond this length.
DISPLAY_MAX_CHARS = 240
_WORD = re.compile(r"\w+")


def shorten(text: str) -> str:
    """The clause as the chronology shows it, cut on a word when very long."""
    if len(text) <= DISPLAY_MAX_CHARS:
        return text
    return text[:DISPLAY_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def content_words(text: str) -> set[str]:
    """The words of a text that tell it apart: folded, longer than two letters, not stop words."""
    stop = stopwords()
    return {w for w in _WORD.findall(fold(text)) if w not in stop and len(w) > 2}


def _similar(wa: set[str], wb: set[str]) -> bool:
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_EVENT_SIMILARITY


def merge(events: Sequence[Event], types: Mapping[str, str] | None = None) -> list[Entry]:
    """One entry per event; `types` gives each actor key's type (places do not make two reports one).

    Each event meets only the entries of its date and precision that could take it, found
    through indexes (:class:`_Day`): the cost grows with the dossier, not with its square, even
    when the articles crowd onto the same days.
    """
    types = types or {}
    entries: list[Entry] = []
    days: dict[tuple[str, str], _Day] = defaultdict(_Day)
    for ev in sorted(events, key=lambda e: (e.iso, e.article, e.id)):
        agents = {k for k in ev.actors if is_agent(k, types)}
        words = content_words(ev.clause)
        day = days[(ev.iso, ev.precision)]
        found = day.first_taker(ev, agents, words)
        if found is None:
            entry = Entry(ev.id, ev.value, ev.precision, ev.iso, "", [ev], list(ev.actors))
            entries.append(entry)
            day.add(entry, ev, agents, words)
        elif found[1]:  # the same sentence twice (two expressions of one date): one report
            continue
        else:
            entry = day.entries[found[0]]
            entry.sources.append(ev)
            entry.actors += [k for k in ev.actors if k not in entry.actors]
            day.note(found[0], ev, agents, words)
    for entry in entries:
        entry.text = shorten(min(entry.sources, key=lambda s: s.place).clause)
    return distinct(sorted(entries, key=lambda e: (e.value, e.precision != DAY, e.id)))


def distinct(entries: list[Entry]) -> list[Entry]:
    """No two entries with the same text: one shown twice (« du 30 novembre au 11 décembre ») says its date.

    Entries of one text have different dates (reports of one date with the same words are one
    entry): each but the first tells its date as its source writes it, « (11 décembre) ».
    """
    seen: dict[str, int] = defaultdict(int)
    for e in entries:
        seen[e.text] += 1
        if seen[e.text] > 1:
            expression = min(e.sources, key=lambda s: s.place).expression
            e.text = f"{e.text} ({expression or e.label})"
    return entries


class _Day:
    """The entries of one date and precision, indexed by what makes a report join one.

    A report joins the first entry (in the order entries were made) that holds the same
    sentence (then it is dropped), shares a person or an organisation, or has a report of much
    the same words.  Indexes give the first such entry without reading the others: the first
    entry holding each sentence and each agent, and each word's reports.  Two word sets with a
    Jaccard index of at least SAME_EVENT_SIMILARITY share at least that share of the new
    report's words, so the reports sharing one of its rarest words are the only ones to weigh.
    """

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.sentence_first: dict[tuple[str, object], int] = {}
        self.agent_first: dict[str, int] = {}
        self.postings: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)

    def first_taker(self, ev: Event, agents: set[str], words: set[str]) -> tuple[int, bool] | None:
        """(index of the first entry taking the report, whether it holds its sentence), or None."""
        same = self.sentence_first.get((ev.article, ev.sentence))
        best = same
        for a in agents:
            i = self.agent_first.get(a)
            if i is not None and (best is None or i < best):
                best = i
        if words:
            need = max(1, math.ceil(SAME_EVENT_SIMILARITY * len(words) - 1e-9))
            probe = sorted(words, key=lambda w: (len(self.postings.get(w, ())), w))[:len(words) - need + 1]
            for w in probe:
                for i, other in self.postings.get(w, ()):
                    if (best is None or i < best) and _similar(words, other):
                        best = i
        if best is None:
            return None
        return best, best == same

    def add(self, entry: Entry, ev: Event, agents: set[str], words: set[str]) -> None:
        """A new entry, made from the report `ev`."""
        self.entries.append(entry)
        self.note(len(self.entries) - 1, ev, agents, words)

    def note(self, i: int, ev: Event, agents: set[str], words: set[str]) -> None:
        """Entry i takes the report `ev`: its sentence, agents and words now lead there too."""
        key = (ev.article, ev.sentence)
        self.sentence_first[key] = min(self.sentence_first.get(key, i), i)
        for a in agents:
            self.agent_first[a] = min(self.agent_first.get(a, i), i)
        for w in words:
            self.postings[w].append((i, words))
