"""One actor per real-world entity across the dossier, and each article's mentions of it.

:func:`resolve` runs these passes over the candidates of every article (candidates.py):

1. type each candidate (:func:`typed`): the curated file first; then the rules the model does
   not know — a ship or an airport named after a person is not that person (« le porte-avions
   Charles de Gaulle »), a count of aircraft is not an actor, demonyms and news outlets are
   not actors, a place from the gazetteer is a Place;
2. expand acronyms that an article defines ("Service de renseignement (SRC)");
3. join a surname alone or « M. X » to the full name seen in the article, else to the
   dossier's only such full name;
4. count each article's mentions, apply its ``Actors-add`` / ``Actors-remove``;
5. name each actor found only by the model by its most frequent longest form, and give it a
   unique slug.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from dossier import datewords
from dossier.actors.candidates import Candidate, candidates
from dossier.actors.curated import Curated
from dossier.actors.names import (
    NAME_MAX_WORDS,
    ORG,
    PARTICLES,
    PERSON,
    PLACE,
    actor_key,
    actor_slug,
    is_acronym,
    not_actors,
    org_words,
    places,
    thing_nouns,
)
from dossier.actors.ner import Entity
from dossier.lexicon import LANGUAGES, agency_name, outlets
from dossier.text import fold, name_key

# How far before a name a « porte-avions » or an « aéroport » is looked for, in characters.
THING_LOOK_BEHIND = 40
# « Congrès à Versailles »: an organisation's name stops at a preposition.
ORG_NAME_END = re.compile(r"\s+(?:à|a|en|pour|avec|dans|sur|par|contre|chez|vers|in|at|on|for|with|by|to|from)\s+")
ARTICLE_BEFORE = re.compile(r"\b(?:le|la|les|l'|du|de|des|d'|au|aux|the|a|an)\s*$")
LEADING_ARTICLE = re.compile(r"(?i)^(?:l['’]|la |le |les |the )")
ACRONYM_IN_BRACKETS = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,7})\)")


@dataclass
class ActorRecord:
    """One actor of the dossier, whatever name each article uses."""

    key: str
    name: str
    type: str
    slug: str = ""
    role: str = ""
    wikidata: str = ""
    curated: bool = False
    names: Counter[str] = field(default_factory=Counter)  # every form seen, with counts


@dataclass
class DocInput:
    """What resolution needs of one article."""

    blocks: Sequence[str]
    entities: Sequence[Entity]
    lang: str = "fr"
    add: Sequence[str] = ()
    remove: Sequence[str] = ()


Span = tuple[int, int, int, str]  # (block, start, end, actor key)


@dataclass
class Resolution:
    """Actors of the dossier and, for each article, how often it names each and where."""

    actors: dict[str, ActorRecord]
    mentions: list[Counter[str]]
    spans: list[list[Span]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (article index, what went wrong)


Typed = tuple[str, str, Candidate]  # (name, type, candidate)


# --- 1. typing one candidate ------------------------------------------------------------------

def _thing_before(block: str, start: int) -> str | None:
    """"thing" or "place" when a noun such as « porte-avions » or « aéroport » stands before the name."""
    before = fold(block[max(0, start - THING_LOOK_BEHIND):start]).rstrip(" \"")
    before = ARTICLE_BEFORE.sub("", before).rstrip()
    for noun, kind in thing_nouns().items():
        if before.endswith(noun) and (len(before) == len(noun) or not before[-len(noun) - 1].isalnum()):
            return kind
    return None


def _number_before(block: str, start: int) -> bool:
    """« dix-huit Rafale Marine », "26 Su-24": a count of objects, not an actor."""
    m = re.search(r"([\w-]+)\s+$", block[max(0, start - 25):start])
    if not m:
        return False
    word = fold(m.group(1))
    counts = datewords.count_words()
    return word.isdigit() or word in counts or word.split("-")[-1] in counts


def _det_before(block: str, start: int) -> bool:
    """« le Charles de Gaulle »: French puts no article before a person's name."""
    return bool(re.search(r"(?:^|\s)(?:le|du|au)\s+$", block[max(0, start - 6):start]))


def valid_name(name: str, person: bool = True) -> bool:
    """Check a name's shape: a person's is capitalised words and particles.

    An organisation's may hold lower-case words (« Conseil de sécurité », « Union européenne »)
    but starts with a capital.
    """
    words = name.split()
    if not words or len(words) > NAME_MAX_WORDS or any(ch.isdigit() for ch in name):
        return False
    if not words[0][:1].isupper():
        return False
    return not person or all(w[:1].isupper() or w.lower() in PARTICLES
                             or w.lower().startswith(("d'", "d’", "l'", "l’", "al-", "el-")) for w in words)


def _canonical(c: Candidate, curated: Curated) -> tuple[str, bool] | None:
    """The candidate's name after the editors' exclusions and merges; None when excluded."""
    name = c.text.strip()
    k = actor_key(name)
    if not k or k in curated.exclude or k in not_actors():
        return None
    if k in curated.merge:
        return curated.merge[k], True
    return name, False


def _not_an_actor(name: str, c: Candidate, block: str, merged: bool) -> bool:
    """Shapes and words that make a candidate no actor: a sentence, a shout, an outlet, a ship, a count."""
    if not merged and not valid_name(name, person=c.label in ("PER", "TITLE") or c.titled):
        return True
    if name.isupper() and not is_acronym(name) and len(name.split()) == 1 and len(name) > 5:
        return True
    if actor_key(name) in outlets() or agency_name(name) or name_key(name) in outlets():
        return True  # the dossier's sources, not actors of the story
    return _thing_before(block, c.start) == "thing" or _number_before(block, c.start)


def _by_label(name: str, c: Candidate, block: str) -> tuple[str, str] | None:
    """The type the model's label (or an organisation noun) gives."""
    words = [fold(w) for w in re.split(r"[\s-]+", name)]
    if c.label == "PER":
        if _det_before(block, c.start) and len(words) > 1:
            return None  # « le Charles de Gaulle »: a ship or a building
        return name, PERSON
    if c.label in ("ORG", "ORGNOUN") or (c.label == "MISC" and (org_words() & set(words) or is_acronym(name))):
        name = ORG_NAME_END.split(name)[0]
        if len(name.split()) == 1 and c.sentence_start and not is_acronym(name):
            return None  # "Asked to…": a capitalised verb the model took for a name
        return name, ORG
    if c.label == "LOC":
        return name, PLACE
    return None


def typed(c: Candidate, block: str, curated: Curated) -> tuple[str, str] | None:
    """(name, type) of a candidate, or None when it is not an actor."""
    canonical = _canonical(c, curated)
    if canonical is None:
        return None
    name, merged = canonical
    found = curated.find(name)
    if found is not None:
        return found.name, found.type
    if c.label == "CURATED" or _not_an_actor(name, c, block, merged):
        return None
    if _thing_before(block, c.start) == "place" or actor_key(name) in places():
        return name, PLACE
    if c.titled:
        return name, PERSON
    return _by_label(name, c, block)


def _typed_docs(docs: Sequence[DocInput], curated: Curated, problems: list[tuple[int, str]]) -> list[list[Typed]]:
    """Typed candidates of each article; an article the rules cannot read is skipped and reported."""
    out = []
    for i, doc in enumerate(docs):
        found = []
        if doc.lang in LANGUAGES:  # the word lists cover these languages only
            try:
                for c in candidates(doc.blocks, doc.entities, doc.lang, curated):
                    t = typed(c, doc.blocks[c.block], curated)
                    if t is not None:
                        found.append((t[0], t[1], c))
            except Exception as exc:  # noqa: BLE001 - one article must never stop the dossier
                problems.append((i, f"actors not read ({type(exc).__name__}: {exc})"))
                found = []
        out.append(found)
    return out


# --- 2. acronyms an article defines ----------------------------------------------------------------

def _expand_acronyms(docs: Sequence[DocInput], typed_docs: list[list[Typed]]) -> list[list[Typed]]:
    """"Service de renseignement de la Confédération (SRC)": the acronym is that organisation."""
    acronyms: dict[str, str] = {}
    for doc, found in zip(docs, typed_docs, strict=True):
        for name, typ, c in found:
            m = ACRONYM_IN_BRACKETS.match(doc.blocks[c.block][c.end:])
            if typ == ORG and not is_acronym(name) and m:
                acronyms.setdefault(m.group(1), name)
    return [[(acronyms.get(name, name), typ, c) if is_acronym(name) else (name, typ, c) for name, typ, c in found]
            for found in typed_docs]


# --- 3. surnames joined to full names ------------------------------------------------------------

@dataclass
class FullNames:
    """People's full names by the key of each of their tails (« Le Drian », « Drian »)."""

    per_article: list[dict[str, str]]
    dossier: dict[str, set[str]]
    canonical: dict[str, str]  # key of a full name -> the name as first written

    def join(self, i: int, name: str, typ: str) -> tuple[str, str]:
        """A surname alone joins the full name: of this article first, else the dossier's only one."""
        k = actor_key(name)
        here = self.per_article[i]
        if typ != PERSON and k in places():
            return name, typ
        if k in here and actor_key(here[k]) != k:
            return here[k], PERSON
        if k in self.dossier and len(self.dossier[k]) == 1:
            full_key = next(iter(self.dossier[k]))
            if full_key != k:
                return self.canonical[full_key], PERSON
        return name, typ


def full_names(typed_docs: list[list[Typed]]) -> FullNames:
    """Index the full names of people, per article and in the whole dossier."""
    per_article: list[dict[str, str]] = []
    dossier: dict[str, set[str]] = defaultdict(set)
    canonical: dict[str, str] = {}
    for found in typed_docs:
        here: dict[str, str] = {}
        for name, typ, _c in found:
            if typ != PERSON:
                continue
            canonical.setdefault(actor_key(name), name)
            words = name.split()
            for i in range(1, len(words)):
                tail = actor_key(" ".join(words[i:]))
                if tail not in not_actors() and words[i][:1].isupper():
                    here.setdefault(tail, name)
                    dossier[tail].add(actor_key(name))
        per_article.append(here)
    return FullNames(per_article, dossier, canonical)


# --- 4. mentions, and the editors' per-article changes ---------------------------------------------

class _Registry:
    """The actors met so far, created on first mention."""

    def __init__(self, curated: Curated) -> None:
        self.curated = curated
        self.actors: dict[str, ActorRecord] = {}

    def get(self, name: str, typ: str) -> ActorRecord:
        k = actor_key(name)
        actor = self.actors.get(k)
        if actor is None:
            cur = self.curated.by_name.get(name)
            actor = self.actors[k] = ActorRecord(k, name, typ, actor_slug(name), role=cur.role if cur else "",
                                           wikidata=cur.wikidata if cur else "", curated=cur is not None)
        return actor


def _mentions(i: int, doc: DocInput, found: list[Typed], people: FullNames, registry: _Registry,
              curated: Curated) -> tuple[Counter[str], list[Span]]:
    counts: Counter[str] = Counter()
    where: list[Span] = []
    for name, typ, c in found:
        if name not in curated.by_name:
            name, typ = people.join(i, name, typ)
        actor = registry.get(name, typ)
        actor.names[c.text.strip()] += 1
        counts[actor.key] += 1
        where.append((c.block, c.start, c.end, actor.key))
    for extra in doc.add:
        cur = curated.find(extra)
        name, typ = (cur.name, cur.type) if cur else (extra, ORG if is_acronym(extra) else PERSON)
        counts[registry.get(name, typ).key] += 1
    for gone in doc.remove:
        cur = curated.find(gone)
        gone_key = actor_key(cur.name if cur else gone)
        counts.pop(gone_key, None)
        where = [w for w in where if w[3] != gone_key]
    return counts, where


# --- 5. names and slugs ----------------------------------------------------------------------------

def _choose_name(actor: ActorRecord) -> None:
    """An actor found only by the model is named by its most frequent longest form, without an article."""
    forms = [n for n in actor.names if actor_key(n) == actor.key]
    bare = [n for n in forms if not LEADING_ARTICLE.match(n)] or forms
    if bare:
        longest = max(len(n.split()) for n in bare)
        actor.name = max((n for n in bare if len(n.split()) == longest), key=lambda n: actor.names[n])


def _unique_slugs(actors: dict[str, ActorRecord]) -> None:
    seen: Counter[str] = Counter()
    for a in sorted(actors.values(), key=lambda a: (not a.curated, a.key)):
        base = a.slug
        seen[base] += 1
        if seen[base] > 1:
            a.slug = f"{base}-{seen[base]}"


def resolve(docs: Sequence[DocInput], curated: Curated) -> Resolution:
    """One actor per real-world entity across the dossier, and each article's mentions."""
    problems: list[tuple[int, str]] = []
    typed_docs = _expand_acronyms(docs, _typed_docs(docs, curated, problems))
    people = full_names(typed_docs)
    registry = _Registry(curated)
    mentions: list[Counter[str]] = []
    spans: list[list[Span]] = []
    for i, (doc, found) in enumerate(zip(docs, typed_docs, strict=True)):
        counts, where = _mentions(i, doc, found, people, registry, curated)
        mentions.append(counts)
        spans.append(where)
    used = {k for m in mentions for k in m}
    actors = {k: a for k, a in registry.actors.items() if k in used}
    for a in actors.values():
        if not a.curated and a.names:
            _choose_name(a)
        a.slug = actor_slug(a.name)
    _unique_slugs(actors)
    return Resolution(actors, mentions, spans, problems)
