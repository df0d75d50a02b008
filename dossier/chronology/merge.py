"""One chronology entry per event, whatever the number of articles reporting it.

Two reports are the same event when they have the same date and precision and either an
actor in common (a person or an organisation) or much the same words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from dossier.chronology.events import Entry, Event, is_agent
from dossier.datewords import DAY
from dossier.lexicon import stopwords
from dossier.text import fold

# Two reports are the same event when their words overlap this much (Jaccard on content words).
SAME_EVENT_SIMILARITY = 0.35
# The sentence an entry shows is cut on a word beyond this length.
DISPLAY_MAX_CHARS = 240
_WORD = re.compile(r"\w+")


def shorten(text: str) -> str:
    """The sentence as the chronology shows it, cut on a word when very long."""
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

    Each event is compared only with the entries of its date and precision (an index), and each
    report's words are read once: the cost grows with the dossier, not with its square.
    """
    types = types or {}
    entries: list[Entry] = []
    by_date: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    agents_of: dict[int, set[str]] = {}  # id(entry) -> the people and organisations it names
    words_of: dict[int, set[str]] = {}  # id(event) -> its clause's content words
    for ev in sorted(events, key=lambda e: (e.iso, e.article, e.id)):
        agents = {k for k in ev.actors if is_agent(k, types)}
        words_of[id(ev)] = mine = content_words(ev.clause)
        same_date = by_date[(ev.iso, ev.precision)]
        for entry in same_date:
            if any(s.article == ev.article and s.sentence == ev.sentence for s in entry.sources):
                break  # the same sentence twice (two expressions of one date): one report
            if (agents & agents_of[id(entry)]) or any(_similar(mine, words_of[id(s)]) for s in entry.sources):
                entry.sources.append(ev)
                entry.actors += [k for k in ev.actors if k not in entry.actors]
                agents_of[id(entry)].update(agents)
                break
        else:
            entry = Entry(ev.id, ev.value, ev.precision, ev.iso, shorten(ev.sentence), [ev], list(ev.actors))
            entries.append(entry)
            same_date.append(entry)
            agents_of[id(entry)] = set(agents)
    return sorted(entries, key=lambda e: (e.value, e.precision != DAY, e.id))
