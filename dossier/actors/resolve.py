"""One actor per real-world entity across the dossier, and each article's mentions of it.

:func:`resolve` runs these passes over the candidates of every article (candidates.py):

1. type each candidate (:func:`typed`): the curated file first; then the rules the model does
   not know — a ship or an airport named after a person is not that person (« le porte-avions
   Charles de Gaulle »), a count of aircraft is not an actor, demonyms, titles and news outlets
   are not actors, a place from the gazetteer is a Place; a curated description counts only in
   an article that names its actor; then join each article's names to the fullest name the
   article gives the same entity (coref.py: surnames, initials, shorter names, acronyms);
2. expand, in every article, the acronyms that one article defines ("Service de renseignement
   (SRC)", "Royal Air Force" … "RAF");
3. join a surname alone to the dossier's only full name with it; find again, where the model
   missed them, the full names and organisations the dossier knows (known.py);
4. count each article's mentions, not of its authors (its byline's names), apply its
   ``Actors-add`` / ``Actors-remove``; a person met again under another transliteration
   (Sergueï, Sergei, Sergey Lavrov), an organisation under its name in the other language or
   another word order (Chambre des communes, House of Commons) is the same actor — by
   dictionaries of keys, never by comparing actors pairwise;
5. name each actor found only by the model by its most frequent longest form, and give it a
   unique slug.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from dossier import datewords
from dossier.actors.candidates import Candidate, candidates, proper_words
from dossier.actors.coref import LOCATED, MAYBE_ORG, MAYBE_PERSON, ArticleNames, Typed, join_article
from dossier.actors.curated import Curated
from dossier.actors.known import found_again, known_organisations, organisations_by_key
from dossier.actors.names import (
    ACRONYM_MAX_LETTERS,
    NAME_MAX_WORDS,
    ORG,
    PARTICLES,
    PERSON,
    PLACE,
    actor_key,
    actor_slug,
    geo_qualifiers,
    is_acronym,
    is_author,
    is_title,
    not_actors,
    org_heads,
    org_key,
    org_words,
    person_key,
    person_skeleton,
    place_shaped,
    places,
    small_words,
    thing_nouns,
)
from dossier.actors.ner import Entity
from dossier.cache import content_key, fingerprint
from dossier.lexicon import LANGUAGES, agency_name, outlets
from dossier.text import fold, name_key

# How far before a name a « porte-avions » or an « aéroport » is looked for, in characters.
THING_LOOK_BEHIND = 40
# « Congrès à Versailles »: an organisation's name stops at a preposition.
# (Not « pour », "for", « en »: « Organe de coordination pour l'analyse de la menace », "Center for
# Political Technologies", « Institut de recherche et documentation en économie de la santé ».)
ORG_NAME_END = re.compile(r"\s+(?:à|a|avec|dans|sur|par|contre|chez|vers|in|at|on|with|by|to|from)\s+")
ARTICLE_BEFORE = re.compile(r"\b(?:le|la|les|l'|du|de|des|d'|au|aux|the|a|an|of)\s*$")
GOVERNING_ARTICLES = ("du", "de", "des", "d'", "of")
RANK_BEFORE = re.compile(r"\bde\s+$")
LEADING_ARTICLE = re.compile(r"(?i)^(?:l['’]|la |le |les |the )")
# « Sdis 38 », « Université d'Alger 3 »: an organisation's name may end with a short number.
ORG_NUMBER = re.compile(r"\s\d{1,4}$")  # "Amalgamated Transit Union Local 1505"
# « Organe de coordination pour l'analyse de la menace »: an organisation's name may be longer.
ORG_NAME_MAX_WORDS = 10
# Bump when what an article's cached names hold changes shape.
NAMES_VERSION = "1"
# First names' consonants below this say too little to join two spellings (Ed/Ad Miliband).
SKELETON_MIN_CONSONANTS = 3


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
    authors: Sequence[str] = ()  # the byline's: they write the article, they are not its actors


Span = tuple[int, int, int, str]  # (block, start, end, actor key)


@dataclass
class Resolution:
    """Actors of the dossier and, for each article, how often it names each and where."""

    actors: dict[str, ActorRecord]
    mentions: list[Counter[str]]
    spans: list[list[Span]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (article index, what went wrong)


# --- 1. typing one candidate ------------------------------------------------------------------

def _thing_before(block: str, start: int) -> str | None:
    """"thing" or "place" when a noun such as « porte-avions » or « aéroport » stands before the name.

    A thing's name follows its noun directly (« le porte-avions Charles de Gaulle »); after « de »
    the name is another's (« l'opération du Raid »: the unit that runs it).
    """
    before = fold(block[max(0, start - THING_LOOK_BEHIND):start]).rstrip(" \"")
    article = ARTICLE_BEFORE.search(before)
    governed = article is not None and article.group(0).strip() in GOVERNING_ARTICLES
    before = before[:article.start()].rstrip() if article else before
    m = _thing_noun_at_end().search(before)
    if m is None or RANK_BEFORE.search(before, 0, m.start()):
        return None  # « le capitaine de frégate Koen Van de Velde »: a rank, not the ship
    kind = thing_nouns()[m.group(0)]
    return None if governed and kind == "thing" else kind


@lru_cache(maxsize=1)
def _thing_noun_at_end() -> re.Pattern[str]:
    nouns = sorted(thing_nouns(), key=len, reverse=True)
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, nouns))})$")


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


def valid_name(name: str, person: bool = True, headed: bool = False) -> bool:
    """Check a name's shape: a person's is capitalised words and particles.

    An organisation's may hold lower-case words (« Conseil de sécurité », « Union européenne »)
    and end with a short number (« Sdis 38 »), and starts with a capital unless a common noun
    heads it (« tribunal correctionnel de Grenoble »).
    """
    words = name.split()
    digits = ORG_NUMBER.sub("", name) if not person else name
    longest = NAME_MAX_WORDS if person else ORG_NAME_MAX_WORDS
    if not words or len(words) > longest or any(ch.isdigit() for ch in digits):
        return False
    if any(w[:1].isupper() and fold(w) in small_words() for w in words[1:]):
        return False  # "Brussels Stays Shut As Police Hunt For Paris Attack Suspect": a headline
    if not words[0][:1].isupper() and not headed:
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
    if not merged and not valid_name(name, person=c.label in ("PER", "TITLE") or c.titled,
                                     headed=c.label == "INSTITUTION"):
        return True
    if is_title(name) or fold(name) in small_words():
        return True  # "Judge", "MPs": a title, no one in particular; "No" (10 signal)
    if fold(name) in datewords.months() and block[c.end:c.end + 1] == ".":
        return True  # "since Nov. 15": a month, abbreviated
    if name.isupper() and not is_acronym(name) and len(name.split()) == 1 and len(name) > 5:
        return True
    if name.isupper() and len(name.split()) > 1 and any(len(w) > ACRONYM_MAX_LETTERS for w in name.split()):
        return True  # "KUALA LUMPUR", "FREE PRESS FILES": a dateline or a label in capitals
    if actor_key(name) in outlets() or agency_name(name) or name_key(name) in outlets():
        return True  # the dossier's sources, not actors of the story
    return _thing_before(block, c.start) == "thing" or _number_before(block, c.start)


def _by_label(name: str, c: Candidate, block: str) -> tuple[str, str] | None:
    """The type the model's label (or an organisation noun) gives."""
    words = [fold(w) for w in re.split(r"[\s-]+", name)]
    if c.label == "PER":
        if _det_before(block, c.start) and len(words) > 1:
            return None  # « le Charles de Gaulle »: a ship or a building
        if not valid_name(name):
            # « Santé publique France »: lower-case words no person's name holds
            return (name, ORG) if valid_name(name, person=False) and name.split()[-1][:1].isupper() else None
        return name, PERSON
    misc_org = c.label == "MISC" and (org_words() & set(words) or is_acronym(name))
    if c.label in ("ORG", "ORGNOUN", "INSTITUTION", "HEADED", "THE") or misc_org:
        return ORG_NAME_END.split(name)[0], ORG  # "Asked to…" at a sentence's start: weak (coref.py)
    if c.label == "LOC":
        # « la Chambre des communes », « le Sénat », « l'UDPS », « le CHU de Rouen »: a place, said the
        # model, headed like an organisation or named by an acronym
        acronym = any(is_acronym(w) for w in name.split()) or ORG_NUMBER.search(name) is not None  # « Sdis 38 »
        return name, ORG if fold(words[0]) in org_heads() or acronym or _named_after_place(words) else PLACE
    if c.label == "MISC" and _named_after_place(words) and all(w[:1].isupper() for w in name.split()):
        return name, ORG  # "Creative Scotland"
    if c.label == "MISC" and 2 <= len(name.split()) <= 3 and valid_name(name) and not is_title(name.split()[-1]):
        return name, MAYBE_PERSON  # "Nadezhda Orlova": a person if the article titles an Orlova
    if c.label == "MISC" and len(words) == 1 and not c.sentence_start:
        return name, MAYBE_ORG  # « le Raid »: an organisation if the article says « le Raid » again
    return None


def _named_after_place(words: list[str]) -> bool:
    """A word, then a place of the gazetteer (« Météo-France », « Santé publique France »): an organisation.

    Not when the word qualifies the place (« Haute-Savoie », "Greater Manchester") or is a place
    itself; `words` are folded, hyphenated parts apart.
    """
    if len(words) < 2 or any(w in PARTICLES for w in words) or actor_key(words[-1]) not in places():
        return False
    return not any(w in geo_qualifiers() or actor_key(w) in places() for w in words[:-1])


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
    if place_shaped(name) and c.label not in ("PER", "TITLE") and not c.titled:
        return name, PLACE  # "Boise River", "Thika Road" (not "Ryan Park", whom the model calls a person)
    if c.titled:
        return name, PERSON
    return _by_label(name, c, block)


def _typed_article(doc: DocInput, curated: Curated) -> list[Typed]:
    """Typed candidates of one article; a curated description counts only where the article names its actor.

    « le président de la République » is François Hollande in an article that names him, not in
    one about another country's president: a description is a way to refer to someone already
    named, so alone it proves nothing.
    """
    found: list[Typed] = []
    described: list[int] = []
    named: set[str] = set()
    for c in candidates(doc.blocks, doc.entities, doc.lang, curated):
        t = typed(c, doc.blocks[c.block], curated)
        if t is None:
            continue
        if c.label == "CURATED" and actor_key(c.text) in curated.description_keys:
            described.append(len(found))
        else:
            named.add(t[0])
        found.append((t[0], t[1], c))
    gone = {i for i in described if found[i][0] not in named}
    return [t for i, t in enumerate(found) if i not in gone]


class Store(Protocol):
    """Where an article's names are kept between builds (dossier.cache.JsonCache)."""

    def get(self, key: str) -> Any:
        """The stored document, or None."""

    def put(self, key: str, data: Any) -> None:
        """Store a document."""


def article_names(doc: DocInput, curated: Curated) -> ArticleNames:
    """One article's names, typed and joined: a pure function of its text, entities, language and the curated file."""
    return join_article(_typed_article(doc, curated), doc.blocks, proper_words(doc.blocks), doc.lang)


def names_key(doc: DocInput, curated_digest: str) -> str:
    """Cache key of an article's names: its text, entities and language, the curated file, the stage's code."""
    return content_key(NAMES_VERSION, fingerprint("actors"), curated_digest, doc.lang,
                       json.dumps([list(doc.blocks), [asdict(e) for e in doc.entities]], ensure_ascii=False))


def names_to_json(names: ArticleNames) -> dict[str, Any]:
    """An article's names as plain data."""
    return {"found": [[n, t, asdict(c)] for n, t, c in names.found], "acronyms": names.acronyms,
            "weak": sorted(names.weak)}


def names_from_json(data: Any) -> ArticleNames | None:
    """An article's names from plain data (None when the data is not what names_to_json writes)."""
    try:
        return ArticleNames([(str(n), str(t), Candidate(**c)) for n, t, c in data["found"]],
                            {str(k): str(v) for k, v in data["acronyms"].items()}, {int(i) for i in data["weak"]})
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _read_articles(docs: Sequence[DocInput], curated: Curated, problems: list[tuple[int, str]],
                   store: Store | None = None) -> list[ArticleNames]:
    """Each article's names, typed and joined (from `store` when the article was read before).

    An article the rules cannot read is skipped and reported.
    """
    out = []
    digest = curated.digest() if store is not None else ""
    for i, doc in enumerate(docs):
        names = ArticleNames([])
        if doc.lang in LANGUAGES:  # the word lists cover these languages only
            key = names_key(doc, digest) if store is not None else ""
            cached = names_from_json(store.get(key)) if store is not None else None
            if cached is not None:
                out.append(cached)
                continue
            try:
                names = article_names(doc, curated)
            except Exception as exc:  # noqa: BLE001 - one article must never stop the dossier
                problems.append((i, f"actors not read ({type(exc).__name__}: {exc})"))
            else:
                if store is not None:
                    store.put(key, names_to_json(names))
        out.append(names)
    return out


# --- 2. acronyms an article defines ----------------------------------------------------------------

def _expand_acronyms(articles: Sequence[ArticleNames]) -> list[list[Typed]]:
    """An acronym one article defines is that organisation in every article.

    « Service de renseignement de la Confédération (SRC) », or "Royal Air Force" and "RAF" in one article.
    """
    acronyms: dict[str, str] = {}
    for art in articles:
        for acronym, long in art.acronyms.items():
            acronyms.setdefault(acronym, long)
    return [[(acronyms[name], ORG, c) if name in acronyms else (name, typ, c)
             for name, typ, c in art.found] for art in articles]


# --- 3. surnames joined to full names ------------------------------------------------------------

@dataclass
class FullNames:
    """People's full names across the dossier by the key of each of their tails (« Le Drian », « Drian »)."""

    dossier: dict[str, set[str]]  # key of a tail -> the spelling keys of the full names it ends
    canonical: dict[str, str]  # spelling key of a full name -> the name as first written

    def join(self, name: str, typ: str) -> tuple[str, str]:
        """A surname alone joins the dossier's only full name with it (the article's joined it already)."""
        k = actor_key(name)
        if typ != PERSON and k in places():
            return name, typ
        if k in self.dossier and len(self.dossier[k]) == 1:
            full = self.canonical[next(iter(self.dossier[k]))]
            if actor_key(full) != k:
                return full, PERSON
        return name, typ


def full_names(typed_docs: list[list[Typed]]) -> FullNames:
    """Index the full names of people in the whole dossier; the spellings of one name are one person."""
    dossier: dict[str, set[str]] = defaultdict(set)
    canonical: dict[str, str] = {}
    for found in typed_docs:
        for name, typ, _c in found:
            if typ != PERSON:
                continue
            spelling = person_key(name)  # Sergueï and Sergey Lavrov: one person for « Lavrov »
            canonical.setdefault(spelling, name)
            words = name.split()
            for i in range(1, len(words)):
                tail = actor_key(" ".join(words[i:]))
                if len(tail) > 1 and tail not in not_actors() and (words[i][:1].isupper()
                                                                   or fold(words[i]) in PARTICLES):
                    dossier[tail].add(spelling)  # not the « B. » of « Yanis B. »: "type B" is no one
    return FullNames(dossier, canonical)


# --- 4. mentions, and the editors' per-article changes ---------------------------------------------

class _Registry:
    """The actors met so far, created on first mention; a person found again under another spelling."""

    def __init__(self, curated: Curated) -> None:
        self.curated = curated
        self.actors: dict[str, ActorRecord] = {}
        self.alias: dict[str, str] = {}  # key of a name -> key of the actor it is
        self.spellings: dict[str, str] = {}  # person_key -> actor key (Sergueï, Sergei, Sergey Lavrov)
        self.skeletons: dict[tuple[str, str], str] = {}  # (surname, first names' consonants) -> actor key
        self.org_keys: dict[str, str] = {}  # org_key -> actor key (Chambre des communes, House of Commons)
        self.votes: dict[str, Counter[str]] = defaultdict(Counter)  # actor key -> the types its mentions gave

    def get(self, name: str, typ: str) -> ActorRecord:
        actor = self._get(name, typ)
        self.votes[actor.key][typ] += 1
        return actor

    def settle_types(self) -> None:
        """An actor found only by the model has the type most of its mentions give.

        « au Bourget » thrice, a "person" once: a place.  The editors' file decides for its own.
        """
        for k, votes in self.votes.items():
            actor = self.actors[k]
            if not actor.curated and votes:
                best = max(votes.values())
                if votes[actor.type] < best:
                    actor.type = next(t for t, n in votes.items() if n == best)

    def _get(self, name: str, typ: str) -> ActorRecord:
        k = actor_key(name)
        k = self.alias.get(k, k)
        actor = self.actors.get(k)
        if actor is None and typ == PERSON:
            known = self._spelled_otherwise(name)
            if known is not None:
                self.alias[k] = known
                return self.actors[known]
        if actor is None and typ == ORG:
            known = self.org_keys.get(org_key(name))
            if known is not None:
                self.alias[k] = known
                return self.actors[known]
        if actor is None:
            cur = self.curated.by_name.get(name)
            actor = self.actors[k] = ActorRecord(k, name, typ, actor_slug(name), role=cur.role if cur else "",
                                                 wikidata=cur.wikidata if cur else "", curated=cur is not None)
            if typ == ORG and org_key(name):
                self.org_keys.setdefault(org_key(name), k)
            if typ == PERSON:
                self.spellings.setdefault(person_key(name), k)
                skeleton = person_skeleton(name)
                if skeleton is not None and len(skeleton[1]) >= SKELETON_MIN_CONSONANTS:
                    self.skeletons.setdefault(skeleton, k)
        return actor

    def _spelled_otherwise(self, name: str) -> str | None:
        """The person already met under another transliteration of the same name."""
        found = self.spellings.get(person_key(name))
        if found is None:
            skeleton = person_skeleton(name)
            if skeleton is not None and len(skeleton[1]) >= SKELETON_MIN_CONSONANTS:
                found = self.skeletons.get(skeleton)
        return found if found is not None and self.actors[found].type == PERSON else None


def _mentions(doc: DocInput, art: ArticleNames, found: list[Typed], people: FullNames, registry: _Registry,
              curated: Curated, organisations: dict[str, str]) -> tuple[Counter[str], list[Span], set[str]]:
    """An article's mentions of each actor, where they are, and the actors that are its authors."""
    counts: Counter[str] = Counter()
    where: list[Span] = []
    authored: set[str] = set()
    for j, (name, typ, c) in enumerate(found):
        if typ == MAYBE_PERSON:
            if person_key(name) not in people.canonical:
                continue  # shaped like a person's name, and no one in the dossier bears it
            typ = PERSON
        elif typ == MAYBE_ORG:
            if actor_key(people.join(name, PERSON)[0]) == actor_key(name):
                continue  # a word the model could not type, and no one's surname in the dossier
            typ = PERSON
        if name not in curated.by_name and c.label != LOCATED:
            joined = people.join(name, typ)
            if j in art.weak and actor_key(name) not in people.dossier:
                continue  # "Mitigating": a capital from the sentence's start, and no one of that name
            name, typ = joined
            if typ == PERSON and " " not in name and actor_key(name) not in people.dossier \
                    and org_key(name) in organisations:
                typ = ORG  # "a Tory trap": no one's surname, the one word of a known organisation
        actor = registry.get(name, typ)
        if doc.authors and (is_author(name, doc.authors) or is_author(c.text, doc.authors)):
            authored.add(actor.key)  # dropped once its type is settled, if a person (see _without_authors)
        actor.names[c.text.strip()] += 1
        counts[actor.key] += 1
        where.append((c.block, c.start, c.end, actor.key))
    for extra in doc.add:
        cur = curated.find(extra)
        name, typ = (cur.name, cur.type) if cur else (extra, ORG if is_acronym(extra) else PERSON)
        key = registry.get(name, typ).key
        counts[key] += 1
        authored.discard(key)  # an editor's choice stands
    for gone in doc.remove:
        cur = curated.find(gone)
        gone_key = actor_key(cur.name if cur else gone)
        gone_key = registry.alias.get(gone_key, gone_key)
        counts.pop(gone_key, None)
        where = [w for w in where if w[3] != gone_key]
    return counts, where, authored


def _without_authors(counts: Counter[str], where: list[Span], authored: set[str],
                     actors: dict[str, ActorRecord]) -> list[Span]:
    """An article's mentions without its authors: the people its byline names are not its actors.

    Checked once the types are settled: a byline misread from "Publisher: Brightmoor Interactive"
    (a leave-one-outlet-out title model did) must not drop the publisher, whom one mention called a person.
    """
    gone = {k for k in authored if actors[k].type == PERSON}
    for k in gone:
        counts.pop(k, None)
    return [w for w in where if w[3] not in gone]


# --- 5. names and slugs ----------------------------------------------------------------------------

def _choose_name(actor: ActorRecord, keys: set[str]) -> None:
    """An actor found only by the model is named by its most frequent longest form, without an article.

    `keys` are the keys of its full names: in the dossier's two languages (« Assemblée nationale »,
    "National Assembly"), the form the articles use most names it.
    """
    forms = [n for n in actor.names if actor_key(n) in keys]
    bare = [n for n in forms if not LEADING_ARTICLE.match(n)] or forms
    if bare:
        longest = max(_name_length(n) for n in bare)
        actor.name = max((n for n in bare if _name_length(n) == longest), key=lambda n: actor.names[n])


def _name_length(name: str) -> int:
    """Words of a name, a middle initial aside ("Vladimir V. Putin" is no longer than "Vladimir Putin")."""
    words = name.split()
    return sum(1 for i, w in enumerate(words) if not (0 < i < len(words) - 1 and len(w.rstrip(".")) == 1))


def _unique_slugs(actors: dict[str, ActorRecord]) -> None:
    seen: Counter[str] = Counter()
    for a in sorted(actors.values(), key=lambda a: (not a.curated, a.key)):
        base = a.slug
        seen[base] += 1
        if seen[base] > 1:
            a.slug = f"{base}-{seen[base]}"


def resolve(docs: Sequence[DocInput], curated: Curated, store: Store | None = None) -> Resolution:
    """One actor per real-world entity across the dossier, and each article's mentions.

    `store` keeps each article's names (pass 1) between builds: a rebuild re-does only the
    passes across articles for the articles that did not change.
    """
    problems: list[tuple[int, str]] = []
    articles = _read_articles(docs, curated, problems, store)
    typed_docs = _expand_acronyms(articles)
    people = full_names(typed_docs)
    organisations = known_organisations(typed_docs)
    for i, doc in enumerate(docs):
        if doc.lang in LANGUAGES:
            typed_docs[i] += found_again(doc.blocks, doc.lang, typed_docs[i], people.canonical, organisations)
    by_key = organisations_by_key(typed_docs)
    registry = _Registry(curated)
    mentions: list[Counter[str]] = []
    spans: list[list[Span]] = []
    authors: list[set[str]] = []
    for doc, art, found in zip(docs, articles, typed_docs, strict=True):
        counts, where, authored = _mentions(doc, art, found, people, registry, curated, by_key)
        mentions.append(counts)
        spans.append(where)
        authors.append(authored)
    registry.settle_types()
    spans = [_without_authors(m, w, a, registry.actors) for m, w, a in zip(mentions, spans, authors, strict=True)]
    used = {k for m in mentions for k in m}
    actors = {k: a for k, a in registry.actors.items() if k in used}
    full_keys: dict[str, set[str]] = defaultdict(set)
    for alias, k in registry.alias.items():
        full_keys[k].add(alias)
    for a in actors.values():
        if not a.curated and a.names:
            _choose_name(a, full_keys[a.key] | {a.key})
        a.slug = actor_slug(a.name)
    _unique_slugs(actors)
    return Resolution(actors, mentions, spans, problems)
