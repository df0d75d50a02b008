"""The editors' changes to the chronology (content/chronology.yaml): hide, fix, add."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from dossier.chronology.events import Entry, Event
from dossier.datewords import DAY, iso_at
from dossier.editorfiles import ChronologyFile


def apply_overrides(entries: list[Entry], ov: ChronologyFile,
                    find_actor: Callable[[str], str | None] = lambda name: None,
                    find_article: Callable[[str], str | None] = lambda slug: None) -> tuple[list[Entry], list[str]]:
    """Entries with the editors' changes; unknown ids, actors and articles are reported, not ignored.

    `find_actor` gives the key of the actor a name stands for; `find_article` the page URL of an
    article slug.
    """
    problems = []
    known = {s.id for e in entries for s in e.sources} | {e.id for e in entries}
    for eid in sorted((ov.hide | set(ov.fix)) - known):
        problems.append(f"chronology: no event with id {eid} (ids are in output/chronology.json)")
    out = []
    for e in entries:
        ids = {e.id} | {s.id for s in e.sources}
        if ids & ov.hide:
            continue
        for eid in sorted(ids & set(ov.fix)):
            f = ov.fix[eid]
            e.value, e.precision = f.value, f.precision
            e.iso = iso_at(e.value, e.precision)
            e.text = f.text or e.text
        out.append(e)
    for i, spec in enumerate(ov.add, start=1):
        actors = []
        for name in spec.actors:
            key = find_actor(name)
            if key is None:
                problems.append(f"chronology: add #{i}: no actor {name!r} in the dossier")
            else:
                actors.append(key)
        iso = iso_at(spec.value, spec.precision)
        sources = []
        for slug in spec.sources:
            url = find_article(slug)
            if url is None:
                problems.append(f"chronology: add #{i}: no article {slug!r}")
            else:
                sources.append(Event(f"a-{i}", spec.value, spec.precision, iso, "", spec.text, spec.text, url, "",
                                     actors))
        eid = "a-" + hashlib.sha1(f"{spec.value}|{spec.text}".encode()).hexdigest()[:10]
        out.append(Entry(eid, spec.value, spec.precision, iso, spec.text, sources, actors, added=True))
    return sorted(out, key=lambda e: (e.value, e.precision != DAY, e.id)), problems
