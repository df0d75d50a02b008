"""The indexed merge gives the entries the pairwise merge gave, on the labelled set's events."""

from __future__ import annotations

import re
from datetime import date

import pytest

from dossier.chronology import build_events, find_dated, merge
from dossier.chronology.events import Entry, Event, is_agent
from dossier.chronology.merge import SAME_EVENT_SIMILARITY, content_words, distinct, shorten
from dossier.datewords import DAY
from tests.labelled import load


def pairwise_merge(events, types=None):
    """The merge as it was before the index: every event against every entry (the reference)."""
    types = types or {}
    entries = []
    for ev in sorted(events, key=lambda e: (e.iso, e.article, e.id)):
        agents = {k for k in ev.actors if is_agent(k, types)}
        for entry in entries:
            if entry.iso != ev.iso or entry.precision != ev.precision:
                continue
            if any(s.article == ev.article and s.sentence == ev.sentence for s in entry.sources):
                break
            entry_agents = {k for k in entry.actors if is_agent(k, types)}
            if (agents & entry_agents) or any(_similar(ev, s) for s in entry.sources):
                entry.sources.append(ev)
                entry.actors += [k for k in ev.actors if k not in entry.actors]
                break
        else:
            entries.append(Entry(ev.id, ev.value, ev.precision, ev.iso, "", [ev], list(ev.actors)))
    for entry in entries:  # the text as merge chooses it: the clause of the first report in a body
        entry.text = shorten(min(entry.sources, key=lambda s: s.place).clause)
    return distinct(sorted(entries, key=lambda e: (e.value, e.precision != DAY, e.id)))


def _similar(a, b):
    wa, wb = content_words(a.clause), content_words(b.clause)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_EVENT_SIMILARITY


NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]{3,}")


def labelled_events():
    """Every event of the labelled pages, twice (two articles report each page), with names as actors."""
    events, types = [], {}
    for page in load():
        blocks = [t for tag, t in page.lines if tag in ("T", "S", "B") and t.strip()]
        ref = date.fromisoformat(str(page.header["date"])[:10]) if page.header.get("date") else None
        spans = [(b, m.start(), m.end(), m.group(0).lower()) for b, block in enumerate(blocks)
                 for m in NAME.finditer(block)]
        for k in {s[3] for s in spans}:
            types[k] = "Place" if len(k) % 3 == 0 else "Person"  # some shared names are places, which never join
        dated = find_dated(blocks, ref, str(page.header.get("lang") or "fr"))
        anchors = [f"p{i}" for i in range(len(blocks))]
        for copy in ("a", "b"):
            events += build_events(dated, anchors, f"articles/{page.name}-{copy}.html",
                                   spans if copy == "a" else spans[::2])
    return events, types


def as_data(entries):
    return [(e.id, e.value, e.precision, e.iso, e.text, [s.id + s.article for s in e.sources], e.actors)
            for e in entries]


@pytest.mark.parametrize("with_types", [True, False])
def test_indexed_merge_gives_the_pairwise_entries(with_types):
    events, types = labelled_events()
    assert len(events) > 1000
    want = as_data(pairwise_merge(events, types if with_types else None))
    got = as_data(merge(events, types if with_types else None))
    assert got == want
    assert sum(len(e[5]) > 1 for e in got) > 100  # many reports merged, not only lone events


def crowded_events(n: int, seed: int) -> list:
    """Many reports crowding onto a few days: words and actors drawn from small pools, sentences repeated."""
    import random

    rng = random.Random(seed)
    words = [f"mot{i}" for i in range(40)]
    people = [f"personne {i}" for i in range(30)]
    out = []
    for i in range(n):
        day = date(2015, 11, 1 + rng.randrange(3))
        clause = " ".join(rng.sample(words, rng.randrange(0, 9)))
        sentence = clause if rng.random() < 0.8 else "phrase commune"
        out.append(Event(f"e{i}", day, DAY, day.isoformat(), "mardi", sentence, clause,
                         f"articles/a{rng.randrange(n // 4)}.html", "p1",
                         rng.sample(people, rng.choice((0, 0, 1, 2)))))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_indexed_merge_gives_the_pairwise_entries_on_crowded_days(seed):
    events = crowded_events(600, seed)
    want = as_data(pairwise_merge(events))
    assert as_data(merge(events)) == want
    assert len(want) < 400  # they did merge

