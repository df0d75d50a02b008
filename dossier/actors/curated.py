"""The editors' actors file (content/actors.yaml) as the resolution uses it: lookups by name and one pattern.

Under the editors' actors lie the standard international bodies of data/bodies.txt (ONU, UN,
United Nations…), so that they are one actor in every dossier; an editors' actor that shares a
name with a body takes the body's other names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from dossier.actors.names import ORG, actor_key, bodies, is_acronym
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
    description_keys: frozenset[str] = frozenset()  # keys of the descriptions (« le président russe »)

    @classmethod
    def from_file(cls, data: ActorsFile, with_bodies: bool = True) -> Curated:
        """Index the editors' file, over the international bodies unless told otherwise."""
        cur = cls(actors=list(data.actors), exclude=frozenset(actor_key(x) for x in data.exclude),
                  merge={actor_key(k): v for k, v in data.merge.items()})
        if with_bodies:
            cur.actors = _with_bodies(cur.actors)
        descriptions = set()
        for actor in cur.actors:
            cur.by_name[actor.name] = actor
            for n in (actor.name, *actor.aliases):
                if is_acronym(n):
                    cur.by_acronym.setdefault(n.replace(".", ""), actor)
                else:
                    cur.by_key.setdefault(actor_key(n), actor)
            for d in actor.descriptions:
                cur.by_key.setdefault(actor_key(d), actor)
                descriptions.add(actor_key(d))
        cur.description_keys = frozenset(descriptions)
        return cur

    def find(self, name: str) -> ActorEntry | None:
        """The curated actor a name stands for (acronyms only in capitals)."""
        if is_acronym(name):
            return self.by_acronym.get(name.replace(".", ""))
        return self.by_key.get(actor_key(name))

    def digest(self) -> str:
        """A stable text of what the file says (actors, exclusions, merges): part of each article's cache key."""
        return repr((self.actors, sorted(self.exclude), sorted(self.merge.items())))

    def pattern(self) -> re.Pattern[str] | None:
        """One pattern finding every curated name and description in folded text."""
        return _curated_pattern(tuple((a.name, a.aliases, a.descriptions) for a in self.actors))


def _with_bodies(actors: list[ActorEntry]) -> list[ActorEntry]:
    """The editors' actors, each with the names of the body it shares a name with, then the other bodies."""
    out = list(actors)
    index = {_name_key(n): i for i, a in enumerate(out) for n in (a.name, *a.aliases)}
    for name, others in bodies():
        names = (name, *others)
        hit = next((index[_name_key(n)] for n in names if _name_key(n) in index), None)
        if hit is None:
            out.append(ActorEntry(name, ORG, tuple(others)))
            continue
        actor = out[hit]
        known = {_name_key(n) for n in (actor.name, *actor.aliases)}
        out[hit] = replace(actor, aliases=(*actor.aliases, *(n for n in names if _name_key(n) not in known)))
    return out


def _name_key(name: str) -> str:
    """Acronyms by their letters in capitals, other names by their key."""
    return name.replace(".", "") if is_acronym(name) else actor_key(name)


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
