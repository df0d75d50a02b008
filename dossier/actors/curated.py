"""The editors' actors file (content/actors.yaml) as the resolution uses it: lookups by name and one pattern."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dossier.actors.names import actor_key, is_acronym
from dossier.editorfiles import ActorEntry, ActorsFile, Problem, load_actors_file
from dossier.text import fold


@dataclass
class Curated:
    """The curated actors file: actors, exclusions, merges, and their lookups."""

    actors: list[ActorEntry] = field(default_factory=list)
    exclude: frozenset[str] = frozenset()
    merge: dict[str, str] = field(default_factory=dict)  # key of a found name -> canonical name
    by_key: dict[str, ActorEntry] = field(default_factory=dict)
    by_acronym: dict[str, ActorEntry] = field(default_factory=dict)
    by_name: dict[str, ActorEntry] = field(default_factory=dict)  # canonical name -> actor

    @classmethod
    def from_file(cls, data: ActorsFile) -> Curated:
        """Index the editors' file."""
        cur = cls(actors=list(data.actors), exclude=frozenset(actor_key(x) for x in data.exclude),
                  merge={actor_key(k): v for k, v in data.merge.items()})
        for actor in cur.actors:
            cur.by_name[actor.name] = actor
            for n in (actor.name, *actor.aliases):
                if is_acronym(n):
                    cur.by_acronym[n.replace(".", "")] = actor
                else:
                    cur.by_key[actor_key(n)] = actor
            for d in actor.descriptions:
                cur.by_key[actor_key(d)] = actor
        return cur

    def find(self, name: str) -> ActorEntry | None:
        """The curated actor a name stands for (acronyms only in capitals)."""
        if is_acronym(name):
            return self.by_acronym.get(name.replace(".", ""))
        return self.by_key.get(actor_key(name))

    def pattern(self) -> re.Pattern[str] | None:
        """One pattern finding every curated name and description in folded text."""
        return _curated_pattern(tuple((a.name, a.aliases, a.descriptions) for a in self.actors))


@lru_cache(maxsize=8)
def _curated_pattern(spec: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]) -> re.Pattern[str] | None:
    words: set[str] = set()
    acronyms: set[str] = set()
    for name, aliases, descriptions in spec:
        for n in (name, *aliases, *descriptions):
            (acronyms if is_acronym(n) else words).add(n)
    parts = [re.escape(fold(w)).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
             for w in sorted(words, key=len, reverse=True)]
    alts = []
    if parts:
        alts.append(r"(?P<word>(?<![\w])(?:" + "|".join(parts) + r")(?![\w]))")
    if acronyms:
        # acronyms are searched in the original text (case matters): marked here, checked later
        alts.append(r"(?P<acro>(?<![\w])(?:" + "|".join(re.escape(a.lower()) for a in acronyms) + r")(?![\w]))")
    return re.compile("|".join(alts)) if alts else None


def load_curated(path: Path | None, root: Path | None = None) -> tuple[Curated, list[Problem]]:
    """Read and index the actors file (inside `root`); problems name the file."""
    data, problems = load_actors_file(path, root)
    return Curated.from_file(data), problems
