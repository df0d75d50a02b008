"""Which actors articles name together, and in which order an article's actors are listed."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from dossier.actors.names import ORG, PERSON, PLACE
from dossier.actors.resolve import ActorRecord

TYPE_ORDER = (PERSON, ORG, PLACE)


def ranked(counts: Mapping[str, int], actors: Mapping[str, ActorRecord]) -> list[str]:
    """An article's actor keys: people, then organisations, then places; the most named first."""
    return sorted(counts, key=lambda k: (TYPE_ORDER.index(actors[k].type), -counts[k], actors[k].name))


def named_together(articles: Sequence[Sequence[str]], limit: int) -> dict[str, list[tuple[str, int]]]:
    """For each actor, the actors most often named in the same articles, with the number of articles."""
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for keys in articles:
        for a in keys:
            for b in keys:
                if b != a:
                    together[a][b] += 1
    return {k: c.most_common(limit) for k, c in together.items()}
