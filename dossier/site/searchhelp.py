"""Examples for the search page's help: queries taken from the dossier, each sure to find articles."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from dossier.datewords import month_name_fr
from dossier.editorfiles import ORG, PERSON, PLACE
from dossier.text import fold

# What an example is, as the help names it.
KINDS = {PERSON: "personne", ORG: "organisation", PLACE: "lieu"}


@dataclass(frozen=True)
class SearchExample:
    """A query to try, and what it is (« personne », « lieu », « date », « source »)."""

    query: str
    kind: str


def _day_month(value: date) -> str:
    return f"{'1er' if value.day == 1 else value.day} {month_name_fr(value.month)}"


def _said_in(query: str, sentences: Iterable[str]) -> bool:
    """Every word of the query, whole, in one of the sentences (folded): the search finds it there."""
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in fold(query).split()) + r"(?!\w)")
    return any(pattern.search(fold(s)) for s in sentences)


def search_examples(actors: Sequence[tuple[str, str]], days: Sequence[tuple[date, Sequence[str]]],
                    sources: Iterable[str]) -> list[SearchExample]:
    """The most cited person, organisation and place, a day the texts name, the most frequent source.

    `actors` are (name, type), the most cited first; `days` are an event's day and the sentences
    that date it, the most reported first (a day found by « mardi » is not offered as « 24 novembre »).
    """
    out: list[SearchExample] = []
    for kind, label in KINDS.items():
        name = next((n for n, t in actors if t == kind), None)
        if name:
            out.append(SearchExample(name, label))
    said = next((_day_month(d) for d, sentences in days if _said_in(_day_month(d), sentences)), None)
    if said:
        out.append(SearchExample(said, "date"))
    common = Counter(s for s in sources if s).most_common(1)
    if common:
        out.append(SearchExample(common[0][0], "source"))
    return out
