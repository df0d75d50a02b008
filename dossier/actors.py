"""Actors of a dossier: people, organisations and places named in its articles, one record each.

Three sources of candidates, then one resolution for the whole dossier:

1. the NER model's entities (dossier.ner), trimmed: a French model run on English text
   over-extends spans ("Barack Obama in Washington"), so English spans are cut at the first
   lower-case word that cannot belong to a name;
2. capitalised runs after a title ("le ministre Jean-Yves Le Drian", "President Obama"):
   a person, whatever the model said;
3. the curated actors file's names and descriptions, whole words (acronyms in capitals).

Resolution applies rules the model does not know: a ship or an airport named after a person
is not that person ("le porte-avions Charles de Gaulle"), a surname alone or "M. X" joins
the full name seen in the article or the dossier, demonyms and news outlets are not actors,
a place from the gazetteer is a Place.  The curated file wins over everything.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from dossier.datafiles import data_lines as _lines
from dossier.dates import fold as fold_chars
from dossier.ner import Entity
from dossier.structure import agency_name, name_key, outlets

PERSON, ORG, PLACE = "Person", "Organization", "Place"
TYPES = {"person": PERSON, "personne": PERSON, "organisation": ORG, "organization": ORG, "place": PLACE,
         "lieu": PLACE, "country": PLACE, "pays": PLACE}
LABEL_TYPES = {"PER": PERSON, "ORG": ORG, "LOC": PLACE}
# Particles inside names: "Jean-Yves Le Drian", "Bachar al-Assad", "Bank of England".
PARTICLES = frozenset({"de", "du", "des", "la", "le", "d'", "d’", "von", "van", "der", "den", "al", "el", "bin",
                       "ben", "ibn", "abou", "abu", "y", "da", "di", "dos", "of", "the", "and", "et"})
DETERMINERS = ("the ", "le ", "la ", "les ", "l'", "l’", "un ", "une ", "a ", "an ", "du ", "des ", "au ", "aux ")
# A name has at most this many words; longer runs are sentences the model swallowed.
NAME_MAX_WORDS_DEFAULT = 6
# Acronyms (matched only in capitals): up to this many letters.
ACRONYM_MAX_LETTERS_DEFAULT = 5
CAPS_RUN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|du|des|la|le|d'|d’|von|van|der|al|el|bin|ben|ibn|of)\s+)?"
    r"[A-ZÀ-Ý](?:\.(?=\s)|[\w'’-]*))*")  # an initial with its full stop: "Vladimir V. Putin"


def fold(s: str) -> str:
    """Folded text (dossier.dates.fold) with typographic apostrophes made straight."""
    return fold_chars(s).replace("’", "'")


def key(name: str) -> str:
    """Matching key of an actor name: folded, hyphens and spaces unified, leading article and initials dropped."""
    k = re.sub(r"(?<=\s)[a-z]\.(?=\s)", " ", fold(name))  # "Vladimir V. Putin", "Michael D. Shear"
    k = re.sub(r"[\s\-]+", " ", k).strip(" .,'\"")
    return re.sub(r"^(?:l'|le |la |les |the )", "", k)


def slugify(name: str) -> str:
    """ASCII slug for an actor page."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "acteur"


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Keys of the place gazetteer."""
    return frozenset(key(n) for n in _lines("places.txt"))


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Folded titles, longest first ("premier ministre" before "ministre")."""
    return tuple(sorted({fold(t) for t in _lines("titles.txt")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Folded head words of organisation names."""
    return frozenset(fold(w) for w in _lines("org_words.txt"))


@lru_cache(maxsize=1)
def not_actors() -> frozenset[str]:
    """Keys of capitalised words that are not actors."""
    return frozenset(key(w) for w in _lines("not_actors.txt"))


@lru_cache(maxsize=1)
def org_nouns() -> tuple[str, ...]:
    """Folded nouns after which a capitalised name is an organisation."""
    return tuple(fold(w) for w in _lines("org_nouns.txt"))


@lru_cache(maxsize=1)
def name_prefixes() -> frozenset[str]:
    """Keys of words that stand before a name without being part of it (demonyms, domains)."""
    return frozenset(key(w) for w in _lines("name_prefixes.txt"))


@lru_cache(maxsize=1)
def thing_nouns() -> dict[str, str]:
    """Folded noun -> "thing" or "place": what a name after it is."""
    out, kind = {}, "thing"
    for line in _lines("thing_nouns.txt"):
        if line.startswith("["):
            kind = line.strip("[]")
        else:
            out[fold(line)] = kind
    return out


def is_acronym(name: str) -> bool:
    """"EI", "UE", "OTAN": letters in capitals, short."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= ACRONYM_MAX_LETTERS_DEFAULT and letters.isalpha() and letters.isupper()


# --- the curated file ---------------------------------------------------------------------

@dataclass
class CuratedActor:
    """An actor as the editors describe it."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    role: str = ""
    wikidata: str = ""


@dataclass
class Curated:
    """The curated actors file: actors, exclusions, merges."""

    actors: list[CuratedActor] = field(default_factory=list)
    exclude: frozenset[str] = frozenset()
    merge: dict[str, str] = field(default_factory=dict)  # key of a found name -> canonical name
    by_key: dict[str, CuratedActor] = field(default_factory=dict)
    by_acronym: dict[str, CuratedActor] = field(default_factory=dict)

    def find(self, name: str) -> CuratedActor | None:
        """The curated actor a name stands for (acronyms only in capitals)."""
        if is_acronym(name):
            return self.by_acronym.get(name.replace(".", ""))
        return self.by_key.get(key(name))

    def pattern(self) -> re.Pattern | None:
        """One pattern finding every curated name and description in folded text."""
        return _curated_pattern(tuple((a.name, a.aliases, a.descriptions) for a in self.actors))


@lru_cache(maxsize=8)
def _curated_pattern(spec: tuple) -> re.Pattern | None:
    words, acronyms = set(), set()
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


def load_curated(path: Path | None) -> tuple[Curated, list[str]]:
    """Read the curated actors file; problems are returned as messages naming the file."""
    cur = Curated()
    problems: list[str] = []
    if path is None or not Path(path).exists():
        return cur, problems
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        return cur, [f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)}); actors file ignored"]
    for k in data:
        if k not in ("actors", "exclude", "merge"):
            problems.append(f"{path}: unknown section {k!r} (known: actors, exclude, merge)")
    for i, entry in enumerate(data.get("actors") or [], start=1):
        if not isinstance(entry, dict) or not entry.get("name"):
            problems.append(f"{path}: actor #{i} has no name")
            continue
        unknown = set(entry) - {"name", "type", "aliases", "descriptions", "role", "wikidata", "description"}
        if unknown:
            problems.append(f"{path}: actor {entry['name']!r}: unknown field(s) {', '.join(sorted(unknown))}")
        typ = TYPES.get(str(entry.get("type", "")).lower())
        if typ is None:
            problems.append(f"{path}: actor {entry['name']!r}: type must be person, organisation or place")
            continue
        actor = CuratedActor(str(entry["name"]), typ, tuple(str(a) for a in entry.get("aliases") or ()),
                             tuple(str(d) for d in entry.get("descriptions") or ()),
                             str(entry.get("role") or entry.get("description") or ""), str(entry.get("wikidata") or ""))
        cur.actors.append(actor)
        for n in (actor.name, *actor.aliases):
            if is_acronym(n):
                cur.by_acronym[n.replace(".", "")] = actor
            else:
                cur.by_key[key(n)] = actor
        for d in actor.descriptions:
            cur.by_key[key(d)] = actor
    cur.exclude = frozenset(key(str(x)) for x in data.get("exclude") or ())
    for found, canonical in (data.get("merge") or {}).items():
        cur.merge[key(str(found))] = str(canonical)
    return cur, problems


# --- candidates ---------------------------------------------------------------------------

@dataclass
class Candidate:
    """A name in an article and what is known of it."""

    text: str
    block: int
    start: int
    end: int
    label: str  # PER/ORG/LOC/MISC from the model, TITLE for a run after a title, CURATED
    titled: bool = False  # a title or honorific stood before it: a person
    sentence_start: bool = False


def _strip_titles(text: str) -> tuple[str, bool]:
    """Drop leading titles, honorifics, demonyms and ministries' domains.

    ("M. Le Drian" -> "Le Drian", True); ("German Chancellor Angela Merkel" -> "Angela Merkel", True);
    ("Intérieur Jan Jambon" -> "Jan Jambon", False).
    """
    titled = False
    changed = True
    while changed and text:
        changed = False
        f = fold(text)
        for t in titles():
            if f.startswith(t) and (len(f) == len(t) or not f[len(t)].isalnum()) and len(text) > len(t):
                text = text[len(t):].lstrip(" .,")
                titled = changed = True
                break
        else:
            first, _, rest = text.partition(" ")
            if rest and rest[:1].isupper() and key(first) in name_prefixes():
                text = rest
                changed = True
    return text, titled


def _trim(text: str, english: bool) -> list[str]:
    """Clean a span into zero, one or several names."""
    text = text.split("\n")[0].strip(" \t«»\"“”'’()[],.;:!?—–-")
    text = re.sub(r"['’]s$", "", text)
    for det in DETERMINERS:
        if fold(text).startswith(det) and not text[:1].isupper():
            text = text[len(det):]
    if fold(text).startswith("the "):
        text = text[4:]
    words = text.split()
    if english:
        # cut at the first lower-case word that is not a particle followed by a capitalised word
        kept = []
        for i, w in enumerate(words):
            if w[:1].isupper() or w[:1].isdigit():
                kept.append(w)
            elif w.lower() in PARTICLES and i + 1 < len(words) and words[i + 1][:1].isupper() and kept:
                kept.append(w)
            else:
                break
        words = kept
        # "John Irish and Robin Emmott", "France and Russia": two names
        joined = " ".join(words)
        parts = re.split(r"\s+(?:and|&)\s+", joined)
        if len(parts) > 1 and all(p[:1].isupper() for p in parts):
            return parts
        return [joined] if joined else []
    return [" ".join(words)] if words else []


def _sentence_start(block: str, start: int) -> bool:
    before = block[:start].rstrip(" «\"“'")
    return not before or before[-1] in ".!?:—–-"


def candidates(blocks: Sequence[str], entities: Sequence[Entity], lang: str, curated: Curated) -> list[Candidate]:
    """Every name candidate in an article's blocks (title, standfirst, paragraphs)."""
    english = lang == "en"
    out: list[Candidate] = []
    for e in entities:
        block = blocks[e.block]
        end = e.end
        if e.label in ("ORG", "PER"):
            # "Royal Air" + "Force": the model stopped inside a capitalised name
            m = re.match(r"(?:\.?[ \-][A-ZÀ-Ý][\w'’-]*)+", block[end:])
            if m and not re.search(r"[.!?]", m.group(0)):
                end += m.end()
        span = block[e.start:end]
        stripped, titled = _strip_titles(span.split("\n")[0])
        offset = e.start + (len(span.split("\n")[0]) - len(stripped))
        for name in _trim(stripped, english):
            pos = block.find(name, offset)
            pos = pos if pos >= 0 else e.start
            out.append(Candidate(name, e.block, pos, pos + len(name), e.label, titled, _sentence_start(block, pos)))
    for b, block in enumerate(blocks):
        # names after a title, whatever the model said: "le ministre Jean-Yves Le Drian"
        for m in CAPS_RUN.finditer(block):
            run = m.group(0)
            before = fold(block[max(0, m.start() - 30):m.start()]).rstrip()
            name, titled = _strip_titles(run)
            if not titled:
                # "le ministre belge de l'Intérieur Jan Jambon": a title among the last words before
                last = " ".join(re.findall(r"[\w.'-]+", before)[-5:])
                titled = any(re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", last) for t in titles()
                             if not t.endswith(".") and len(t) > 3)
            if titled and name and name[:1].isupper():
                for n in _trim(name, True):
                    start = m.start() + run.find(n)
                    out.append(Candidate(n, b, start, start + len(n), "TITLE", True, False))
            elif re.search(r"(?:^|\s)(?:" + "|".join(map(re.escape, org_nouns())) + r")(?:\s+\w+)?\s*$", before) \
                    and run[:1].isupper() and not _sentence_start(block, m.start()):
                # « le collectif Anonymous », "the militant group Boko Haram"
                for n in _trim(run, True):
                    start = m.start() + run.find(n)
                    out.append(Candidate(n, b, start, start + len(n), "ORGNOUN", False, False))
        rx = curated.pattern()
        if rx is not None:
            folded = fold(block)
            for m in rx.finditer(folded):
                text = block[m.start():m.end()]
                if m.group("acro") is not None and not (text.isupper() and is_acronym(text)):
                    continue  # "ei" inside a word, "Ue" at a sentence start: not the acronym
                out.append(Candidate(text, b, m.start(), m.end(), "CURATED"))
    return _dedupe(out)


SOURCE_PRIORITY = {"CURATED": 0, "TITLE": 1, "ORGNOUN": 2, "PER": 3, "ORG": 4, "LOC": 5, "MISC": 6}


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per stretch of text: the curated file, then a title, then the model."""
    kept: list[Candidate] = []
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for c in sorted(cands, key=lambda c: (SOURCE_PRIORITY.get(c.label, 9), -(c.end - c.start))):
        if any(c.start < e and s < c.end for s, e in taken[c.block]):
            continue
        taken[c.block].append((c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.block, c.start))


# --- resolution ---------------------------------------------------------------------------

@dataclass
class Actor:
    """One actor of the dossier, whatever name each article uses."""

    key: str
    name: str
    type: str
    slug: str = ""
    role: str = ""
    wikidata: str = ""
    curated: bool = False
    names: Counter = field(default_factory=Counter)  # every form seen, with counts


@dataclass
class DocInput:
    """What resolution needs of one article."""

    blocks: Sequence[str]
    entities: Sequence[Entity]
    lang: str = "fr"
    add: Sequence[str] = ()
    remove: Sequence[str] = ()


@dataclass
class Resolution:
    """Actors of the dossier and, for each article, how often it names each."""

    actors: dict[str, Actor]
    mentions: list[Counter]
    spans: list[list[tuple[int, int, int, str]]] = field(default_factory=list)  # (block, start, end, key)


def _thing_before(block: str, start: int) -> str | None:
    """"thing" or "place" when a noun such as « porte-avions » or « aéroport » stands before the name."""
    before = fold(block[max(0, start - 40):start]).rstrip(" «\"")
    before = re.sub(r"\b(?:le|la|les|l'|du|de|des|d'|au|aux|the|a|an)\s*$", "", before).rstrip()
    for noun, kind in thing_nouns().items():
        if before.endswith(noun) and (len(before) == len(noun) or not before[-len(noun) - 1].isalnum()):
            return kind
    return None


NUMBER_WORDS = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                          "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante",
                          "cent", "cents", "mille", "two", "three", "four", "five", "seven", "eight", "nine",
                          "ten", "twelve", "twenty", "dozen", "dozens", "plusieurs", "several", "des", "deux-cents"})


def _number_before(block: str, start: int) -> bool:
    """« dix-huit Rafale Marine », "26 Su-24": a count of objects, not an actor."""
    m = re.search(r"([\w-]+)\s+$", block[max(0, start - 25):start])
    if not m:
        return False
    word = fold(m.group(1))
    return word.isdigit() or word in NUMBER_WORDS or word.split("-")[-1] in NUMBER_WORDS


def _det_before(block: str, start: int) -> bool:
    """« le Charles de Gaulle »: French puts no article before a person's name."""
    return bool(re.search(r"(?:^|\s)(?:le|du|au)\s+$", block[max(0, start - 6):start]))


def _valid_name(name: str, person: bool = True) -> bool:
    """Check a name's shape: a person's is capitalised words and particles.

    An organisation's may hold lower-case words (« Conseil de sécurité », « Union européenne »)
    but starts with a capital.
    """
    words = name.split()
    if not words or len(words) > NAME_MAX_WORDS_DEFAULT or any(ch.isdigit() for ch in name):
        return False
    if not words[0][:1].isupper():
        return False
    return not person or all(w[:1].isupper() or w.lower() in PARTICLES
                             or w.lower().startswith(("d'", "d’", "l'", "l’", "al-", "el-")) for w in words)


def _typed(c: Candidate, block: str, curated: Curated) -> tuple[str, str] | None:
    """(name, type) of a candidate, or None when it is not an actor."""
    name = c.text.strip()
    k = key(name)
    if not k or k in curated.exclude or k in not_actors():
        return None
    merged = k in curated.merge
    if merged:
        name = curated.merge[k]
        k = key(name)
    found = curated.find(name)
    if found is not None:
        return found.name, found.type
    if c.label == "CURATED":
        return None
    if not merged and not _valid_name(name, person=c.label in ("PER", "TITLE") or c.titled):
        return None
    if name.isupper() and not is_acronym(name) and len(name.split()) == 1 and len(name) > 5:
        return None
    if k in outlets() or agency_name(name) or name_key(name) in outlets():
        return None  # the dossier's sources, not actors of the story
    thing = _thing_before(block, c.start)
    if thing == "thing" or _number_before(block, c.start):
        return None
    if thing == "place" or k in places():
        return name, PLACE
    if c.titled:
        return name, PERSON
    words = [fold(w) for w in re.split(r"[\s-]+", name)]
    if c.label == "PER":
        if _det_before(block, c.start) and len(words) > 1:
            return None  # « le Charles de Gaulle »: a ship or a building
        return name, PERSON
    if c.label in ("ORG", "ORGNOUN") or (c.label == "MISC" and (org_words() & set(words) or is_acronym(name))):
        # « Congrès à Versailles »: an organisation's name stops at a preposition
        name = re.split(r"\s+(?:à|a|en|pour|avec|dans|sur|par|contre|chez|vers|in|at|on|for|with|by|to|from)\s+",
                        name)[0]
        words = [fold(w) for w in re.split(r"[\s-]+", name)]
        if len(words) == 1 and c.sentence_start and not is_acronym(name):
            return None  # "Asked to…": a capitalised verb the model took for a name
        return name, ORG
    if c.label == "LOC":
        return name, PLACE
    return None


def resolve(docs: Sequence[DocInput], curated: Curated) -> Resolution:
    """One actor per real-world entity across the dossier, and each article's mentions."""
    typed: list[list[tuple[str, str, Candidate]]] = []
    for doc in docs:
        found = []
        for c in candidates(doc.blocks, doc.entities, doc.lang, curated):
            t = _typed(c, doc.blocks[c.block], curated)
            if t is not None:
                found.append((t[0], t[1], c))
        typed.append(found)

    # "Service de renseignement de la Confédération (SRC)": the acronym is that organisation.
    acronyms: dict[str, str] = {}
    for doc, found in zip(docs, typed, strict=True):
        for name, typ, c in found:
            m = re.match(r"\s*\(([A-Z][A-Z0-9]{1,7})\)", doc.blocks[c.block][c.end:])
            if typ == ORG and not is_acronym(name) and m:
                acronyms.setdefault(m.group(1), name)
    typed = [[(acronyms.get(name, name), typ, c) if is_acronym(name) else (name, typ, c) for name, typ, c in found]
             for found in typed]

    # Full names of people, per article and in the whole dossier, to join surnames to.
    full_names: list[dict[str, str]] = []
    dossier_full: dict[str, set[str]] = defaultdict(set)
    for found in typed:
        here: dict[str, str] = {}
        for name, typ, _c in found:
            words = name.split()
            if typ == PERSON and len(words) >= 2:
                for i in range(1, len(words)):
                    tail = key(" ".join(words[i:]))
                    if tail not in not_actors() and words[i][:1].isupper():
                        here.setdefault(tail, name)
                        dossier_full[tail].add(key(name))
        full_names.append(here)
    canonical_full: dict[str, str] = {}
    for found in typed:
        for name, typ, _c in found:
            if typ == PERSON:
                canonical_full.setdefault(key(name), name)

    actors: dict[str, Actor] = {}
    mentions: list[Counter] = []
    spans: list[list[tuple[int, int, int, str]]] = []
    curated_by_name = {a.name: a for a in curated.actors}
    for doc, found, here in zip(docs, typed, full_names, strict=True):
        counts: Counter = Counter()
        where: list[tuple[int, int, int, str]] = []
        for name, typ, c in found:
            k = key(name)
            if name not in curated_by_name:
                # a surname alone joins the full name (this article first, else the dossier's only one)
                if k in here and key(here[k]) != k and (typ == PERSON or k not in places()):
                    name, typ = here[k], PERSON
                elif k in dossier_full and len(dossier_full[k]) == 1 and (typ == PERSON or k not in places()):
                    full_key = next(iter(dossier_full[k]))
                    if full_key != k:
                        name, typ = canonical_full[full_key], PERSON
                k = key(name)
            cur = curated_by_name.get(name)
            actor = actors.get(k)
            if actor is None:
                actor = actors[k] = Actor(k, name, typ, slugify(name), role=cur.role if cur else "",
                                          wikidata=cur.wikidata if cur else "", curated=cur is not None)
            actor.names[c.text.strip()] += 1
            counts[k] += 1
            where.append((c.block, c.start, c.end, k))
        for extra in doc.add:
            cur = curated.find(extra)
            name, typ = (cur.name, cur.type) if cur else (extra, ORG if is_acronym(extra) else PERSON)
            k = key(name)
            actors.setdefault(k, Actor(k, name, typ, slugify(name), curated=cur is not None,
                                       role=cur.role if cur else "", wikidata=cur.wikidata if cur else ""))
            counts[k] += 1
        for gone in doc.remove:
            cur = curated.find(gone)
            gone_key = key(cur.name if cur else gone)
            counts.pop(gone_key, None)
            where = [w for w in where if w[3] != gone_key]
        mentions.append(counts)
        spans.append(where)
    # Unknown actors: the most frequent of the longest forms seen is the name.
    for actor in actors.values():
        if not actor.curated and actor.names:
            # "France" rather than "La France": the article is not part of the name
            forms = [n for n in actor.names if key(n) == actor.key]
            bare = [n for n in forms if not re.match(r"(?i)^(?:l['’]|la |le |les |the )", n)] or forms
            if bare:
                longest = max(len(n.split()) for n in bare)
                actor.name = max((n for n in bare if len(n.split()) == longest), key=lambda n: actor.names[n])
    used = {k for m in mentions for k in m}
    actors = {k: a for k, a in actors.items() if k in used}
    for a in actors.values():
        a.slug = slugify(a.name)
    _unique_slugs(actors)
    return Resolution(actors, mentions, spans)


def _unique_slugs(actors: dict[str, Actor]) -> None:
    seen: Counter = Counter()
    for a in sorted(actors.values(), key=lambda a: (not a.curated, a.key)):
        base = a.slug
        seen[base] += 1
        if seen[base] > 1:
            a.slug = f"{base}-{seen[base]}"
