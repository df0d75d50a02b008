"""The editors' changes to the quotations (content/quotes.yaml): hide, fix (re-attribute, re-date), add."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from dossier.datewords import DAY
from dossier.editorfiles import AddedQuote, QuotesFile
from dossier.quotes.extract import Quote, quote_id
from dossier.text import fold

# The cue of a quotation an editor re-attributed or added (Quote.cue names the rule otherwise).
EDITED, ADDED = "editor", "added"


@dataclasses.dataclass(frozen=True)
class Source:
    """What the overrides read of one article: its paragraphs and its publication date."""

    blocks: Sequence[str]
    published: date | None


def apply_overrides(found: Mapping[str, Sequence[Quote]], ov: QuotesFile, sources: Mapping[str, Source],
                    find_actor: Callable[[str], str | None] = lambda name: None,
                    ) -> tuple[dict[str, list[Quote]], list[str]]:
    """Each article's quotations (by slug) with the editors' changes; unknown ids and articles are reported.

    A speaker an editor names is the actor of that name (any of its forms, `find_actor` gives
    its key) or, when the dossier has no such actor, the words as written (« un diplomate »).
    """
    problems = []
    known = {q.id for qs in found.values() for q in qs}
    for qid in sorted((ov.hide | set(ov.fix)) - known):
        problems.append(f"quotes: no quotation with id {qid} (the ids are the anchors of citations.html: "
                        f"citations.html#q-…)")
    out: dict[str, list[Quote]] = {}
    for slug, quotes in found.items():
        out[slug] = [_fixed(q, ov, find_actor) for q in quotes if q.id not in ov.hide]
    for i, spec in enumerate(ov.add, start=1):
        source = sources.get(spec.article)
        if source is None:
            problems.append(f"quotes: add #{i}: no article {spec.article!r} (give its slug, the name of its page)")
            continue
        out.setdefault(spec.article, []).append(_added(spec, source, find_actor))
    return out, problems


def _speaker(name: str, find_actor: Callable[[str], str | None]) -> tuple[str, str]:
    return find_actor(name) or "", name


def _fixed(q: Quote, ov: QuotesFile, find_actor: Callable[[str], str | None]) -> Quote:
    fix = ov.fix.get(q.id)
    if fix is None:
        return q
    changes: dict[str, object] = {"cue": EDITED}
    if fix.speaker:
        changes["speaker"], changes["speaker_name"] = _speaker(fix.speaker, find_actor)
    if fix.value is not None:
        changes.update(date=fix.value, precision=fix.precision or DAY, date_expression="")
    return dataclasses.replace(q, **changes)  # type: ignore[arg-type]


def _added(spec: AddedQuote, source: Source, find_actor: Callable[[str], str | None]) -> Quote:
    """An added quotation, placed in the paragraph that holds its words when one does (for the paragraph link)."""
    wanted = " ".join(fold(spec.text).split())
    block = next((b for b, text in enumerate(source.blocks) if wanted and wanted in " ".join(fold(text).split())), -1)
    key, name = _speaker(spec.speaker, find_actor)
    when, precision = (spec.value, spec.precision or DAY) if spec.value else (source.published, DAY)
    # no sentence: an added quotation joins a chronology entry by its date and speaker only
    return Quote(quote_id(spec.article, "", spec.text), spec.text, block, 0, block, 0, key, name, ADDED, "", when,
                 precision if when else "", "", "")
