"""One article's names joined to the fullest name the article gives each entity.

A pure function of one article's typed candidates (:func:`join_article`), in these steps:

1. a word the model could not type, that the article names with an article again and again, is
   an organisation (« le Raid », « du Raid »);
   a name the model did not call a person, ending with the surname of someone the article
   titles (« Mme Creasy » … "Stella Creasy"), is that person; a name written after "in", "at",
   « à », « en » is a place ("a guest house in Glenridding", « à Marcinelle »);
2. a person's shorter names join the full name: a surname or its tail (« Le Drian »), a first
   name or another word of the name when only one full name holds it (« Lula », "Judge Ong"),
   the first and last names of a longer one (« Kobenan Adjoumani »), an initial and the surname
   (« A. Sarr »), initials alone (an interview's "NHL:", « H. S »);
3. an organisation's shorter names join the longer one they open (« le Conseil de sécurité »
   after « le Conseil de sécurité de l'ONU », « la Commission électorale »), an acronym joins
   the name it abbreviates in the article — in brackets after it or by its initials ("RAF",
   "Royal Air Force") — and a generic head alone that joins nothing (« le Conseil ») is dropped;
4. a single word whose capital only a sentence's start gives it, and that joins nothing
   ("Mitigating", "Sentencing"), is weak: it counts only if the dossier joins it to a full name.

The acronyms the article defines are returned too: the dossier joins them elsewhere.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from dossier.actors.candidates import Candidate, verb_like
from dossier.actors.names import (
    ORG,
    PARTICLES,
    PERSON,
    PLACE,
    acronym_shaped,
    actor_key,
    generic_heads,
    initials,
    is_acronym,
    not_actors,
    org_heads,
    org_key,
    org_words,
    party_key,
    place_shaped,
    places,
    small_words,
)
from dossier.text import fold

Typed = tuple[str, str, Candidate]  # (name, type, candidate)
# The type of a name shaped like a person's that the model did not call one ("Nadezhda Orlova"
# labelled MISC): a person if the article titles someone of that surname or names the surname as
# a person's, or if the dossier knows that full name as a person's; else no actor.
MAYBE_PERSON = "MaybePerson"
LOCATED = "LOCATED"  # the label of a candidate the article places (« à Marcinelle », "in Glenridding")
# The type of a single capitalised word the model called MISC (« le Raid »): an organisation if the
# article writes it at least MAYBE_ORG_MENTIONS times after an article (« du Raid », « le Raid »),
# as French writes the acronyms it pronounces as words; a person if it is the surname of someone
# the article or the dossier names in full ("Tries from Ringrose, Stander and Stockdale"); else
# no actor.
MAYBE_ORG = "MaybeOrganization"
MAYBE_ORG_MENTIONS = 2
# A lower-case head, adjectives, then the proper name of the place it serves.
SEAT = re.compile(r"^([a-zà-ÿ][\w-]*)(?:\s+[a-zà-ÿ][\w'’-]*){0,2}?"
                  r"\s+(?:de la|de l['’]|du|des|de|d['’])\s*([A-ZÀ-Ý].*)$")
# A longer name the article writes this many times is a name, not a span the model ran over.
REPEATED = 2
CAPITAL_ARTICLE = re.compile(r"(?<![\w'’-])(Les|Le|La|The)\s+$")
ARTICLE_JUST_BEFORE = re.compile(r"(?:(?<![\w'’-])(?:le|la|les|du|des|au|aux|the)\s+|(?<![\w'’-])l['’])$",
                                 re.IGNORECASE)

ACRONYM_IN_BRACKETS = re.compile(r"\s*\(([A-Z][A-Za-z0-9]{1,7})\)")
# A place's name after a preposition of place, with the names listed with it; not a possessive
# ("in Obama's view"), not after an article ("in the Commons": organisations take one).
_LOCATIVES = r"in|at|near|outside|across|around|throughout|à|au|en|près de"  # not "between", « entre »: two people too
_PLACE_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}(?!['’]s\b)(?![\w'’-])"
LOCATIVE = re.compile(rf"(?<![\w-])(?P<prep>(?i:{_LOCATIVES}))"
                      r"\s+"
                      rf"(?P<names>{_PLACE_NAME}(?:(?:,\s*|\s+(?:and|et)\s+){_PLACE_NAME})*)")
LIST_SEPARATOR = re.compile(r",\s*|\s+(?:and|et)\s+")
STRICT_LOCATIVES = frozenset({"in", "at", "near", "outside", "across", "around", "throughout"})
QUALIFYING_THE = re.compile(r"(?<![\w'’-])the $")
NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")
# An acronym in brackets after words: its long form is among the words before, at most so many,
# within so many characters.
ACRONYM_AFTER_WORDS = re.compile(r"(?<=[\w'’-])\s*\(([A-Z][A-Za-z]{1,7})\)")
LONG_FORM_MAX_WORDS = 10
ELISION = re.compile(r"^(?:l|d|qu)['’]")
LONG_FORM_LOOK_BEHIND = 120
_INITIALS_ONLY = re.compile(r"^(?:[A-ZÀ-Ý]\.?\s*){2,4}$")
_INITIAL_AND_SURNAME = re.compile(r"^([A-ZÀ-Ý])\.\s+(\S.*)$")


@dataclass
class ArticleNames:
    """An article's typed names after the joins, and the acronyms it defines (acronym -> long name)."""

    found: list[Typed]
    acronyms: dict[str, str] = field(default_factory=dict)
    weak: set[int] = field(default_factory=set)  # indexes in found of names that only the dossier may save


def _words(name: str) -> list[str]:
    return [w for w in re.split(r"\s+", name) if w]


def _key_words(name: str) -> list[str]:
    """A name's words as keys, without particles (« Jean-Yves Le Drian » -> jean yves, drian)."""
    return [w for w in actor_key(name).split() if w not in PARTICLES]


def _unique(keys: Iterable[str]) -> str | None:
    found = set(keys)
    return next(iter(found)) if len(found) == 1 else None


# --- 1. people ---------------------------------------------------------------------------------

class People:
    """The full names of the people an article names, indexed by every shorter way to name them."""

    def __init__(self, found: Sequence[Typed]) -> None:
        self.canonical: dict[str, str] = {}
        self.tails: dict[str, str] = {}  # « Le Drian », « Drian » -> the first full name with that tail
        self.words: dict[str, set[str]] = defaultdict(set)  # any word but the last -> full names
        self.ends: dict[tuple[str, str], set[str]] = defaultdict(set)  # (first, last) -> full names
        self.initials: dict[str, set[str]] = defaultdict(set)  # "nhl" -> full names
        self.initial_surname: dict[tuple[str, str], set[str]] = defaultdict(set)  # ("a", "sarr")
        self.firsts: dict[str, list[str]] = defaultdict(list)  # first word -> full names, longest first
        self.shorter: dict[str, str] = {}  # « Félix Tshisekedi » -> « Félix Antoine Tshisekedi Tshilombo »
        full = [name for name, typ, _c in found
                if typ == PERSON and len(_words(name)) > 1 and not _INITIALS_ONLY.match(name)]
        for name in sorted(full, key=lambda n: -len(_words(n))):  # stable: the article's order within a length
            self._add(name)

    def _add(self, name: str) -> None:
        k = actor_key(name)
        if k in self.canonical or k in self.tails or _INITIAL_AND_SURNAME.match(name):
            return  # « Le Drian » after « Jean-Yves Le Drian »: a shorter name, not another person
        keys = _key_words(name)
        longer = _unique(f for f in self.firsts.get(keys[0], []) if _subsequence(keys, _key_words(self.canonical[f])))
        if longer is not None:
            self.shorter[k] = longer  # « Kobenan Adjoumani » in « Kobenan Kouassi Adjoumani »
            return
        self.canonical[k] = name
        words = _words(name)
        for i in range(1, len(words)):
            tail = actor_key(" ".join(words[i:]))
            if len(tail) > 1 and tail not in not_actors() and (words[i][:1].isupper() or fold(words[i]) in PARTICLES):
                self.tails.setdefault(tail, k)  # « Le Drian », « von der Leyen »; not the « B. » of « Yanis B. »
        if len(keys) < 2:
            return
        self.firsts[keys[0]].append(k)
        for w in keys[:-1]:
            self.words[w].add(k)
        self.ends[(keys[0], keys[-1])].add(k)
        self.initial_surname[(keys[0][0], keys[-1])].add(k)
        letters = "".join(w[0] for w in re.split(r"[\s\-]+", fold(name)) if w and w not in PARTICLES)
        self.initials[letters].add(k)

    def full_name(self, name: str, typ: str, label: str) -> str | None:
        """The full name a shorter name stands for in this article, if one only."""
        k = actor_key(name)
        if _INITIALS_ONLY.match(name):  # « H. S », "NHL"
            letters = re.sub(r"[^a-z]", "", fold(name))
            return self._name(_unique(self.initials.get(letters, ())))
        m = _INITIAL_AND_SURNAME.match(name)
        if m:  # « A. Sarr »
            return self._name(_unique(self.initial_surname.get((fold(m.group(1)), actor_key(m.group(2))), ())))
        if k in self.shorter:
            return self._name(self.shorter[k])
        if k in self.canonical:
            return None
        if typ != PERSON and k in places():
            return None
        if k in self.tails:
            return self._name(self.tails[k])
        keys = _key_words(name)
        if len(keys) >= 2:  # « Kobenan Adjoumani »
            return self._name(_unique(self.ends.get((keys[0], keys[-1]), ())))
        if len(keys) == 1 and (typ == PERSON or label == "PER"):  # « Lula », "Ong"
            return self._name(_unique(self.words.get(keys[0], ())))
        return None

    def _name(self, key: str | None) -> str | None:
        return self.canonical[key] if key is not None else None


def _subsequence(short: list[str], long: list[str]) -> bool:
    """The words of the shorter name appear in the longer one, in order."""
    it = iter(long)
    return len(short) < len(long) and all(w in it for w in short)


def _titled_surnames(found: Sequence[Typed]) -> frozenset[str]:
    """Keys of the surnames of the people the article titles (« Mme Creasy », "Judge Khumalo")."""
    return frozenset(actor_key(_words(name)[-1]) for name, typ, c in found if typ == PERSON and c.titled)


def _people_by_surname(found: list[Typed]) -> list[Typed]:
    """« Stella Creasy » (a place, said the model) is the « Ms Creasy » of the article: a person.

    A name only shaped like a person's (MAYBE_PERSON) is one on that evidence, or on a surname
    alone that the model called a person's (« Pour Erdoğan, » … « Recep Tayyip Erdoğan »).
    """
    titled = _titled_surnames(found)
    # a surname (or a first name) written alone elsewhere: "Yulia Tymoshenko" … "Tymoshenko shouted"
    alone = frozenset(actor_key(name) for name, _typ, c in found
                      if len(_words(name)) == 1 and c.label != "CURATED" and actor_key(name) not in places())
    out = []
    for name, typ, c in found:
        words = _words(name)
        ends = {actor_key(words[-1]), actor_key(words[0])}
        shaped = typ == MAYBE_PERSON or (typ == PLACE and c.label == "LOC" and not places() & ends
                                          and not place_shaped(name))
        if (typ != PERSON and c.label != "CURATED" and 2 <= len(words) <= 3 and not is_acronym(name)
                and (actor_key(words[-1]) in titled or shaped and alone & ends)
                and all(w[:1].isupper() for w in words)):
            typ = PERSON  # "Lerato Masilela" (a place, said the model) … "Masilela"
        out.append((name, typ, c))
    return out


def _located(found: list[Typed], blocks: Sequence[str], lang: str, people: People) -> list[Typed]:
    """A name the article writes after "in", "at", « à », « en » (and the names listed with it) is a place.

    "a guest house in Glenridding", "branches in Tampines, Bishan and Jurong East", « à
    Marcinelle », « au Bourget »: the model made people and organisations of them (« au Sénat »:
    an organisation's head keeps it one).  « à » also says « to »
    (« il a écrit à Merkel »): in French it makes places of what the model did not call people.
    """
    places_here = located_names(blocks, lang)
    out = []
    for name, typ, c in found:
        words = _words(name)
        if typ == PLACE and fold(name) in places_here[False]:
            c.label = LOCATED  # « entre Delmas, Pétion-Ville et Carrefour »: no one's surname here
        elif (typ != PLACE and fold(name) in places_here.get(lang == "fr" and c.label == "PER", frozenset())
                and c.label not in ("CURATED", "TITLE", "INSTITUTION") and not c.titled
                and not any(is_acronym(w) for w in words) and not org_heads() & {fold(w) for w in words}
                and (typ != PERSON or len(words) == 1) and actor_key(name) not in people.tails):
            typ = PLACE
            c.label = LOCATED  # a place by the article's own words: no surname for the dossier to join
        out.append((name, typ, c))
    return out


def located_names(blocks: Sequence[str], lang: str) -> dict[bool, frozenset[str]]:
    """Folded names written after a locative preposition: {False: all of them, True: those after an English one}.

    (True is what a name the model called a person may be: « à » before a person is « to ».)
    """
    every: set[str] = set()
    strict: set[str] = set()
    for block in blocks:
        for m in LOCATIVE.finditer(block):
            names = {fold(n.strip()) for n in LIST_SEPARATOR.split(m.group("names"))}
            every |= names
            if m.group("prep").lower() in STRICT_LOCATIVES:
                strict |= names
    return {False: frozenset(every), True: frozenset(strict)}


# --- 2. organisations --------------------------------------------------------------------------

class Organisations:
    """The organisations an article names, indexed by the shorter names and acronyms that stand for them."""

    def __init__(self, found: Sequence[Typed], blocks: Sequence[str]) -> None:
        self.canonical: dict[str, str] = {}
        self.prefixes: dict[str, set[str]] = defaultdict(set)  # « conseil de securite » -> longer names
        self.inner: dict[str, set[str]] = defaultdict(set)  # "office" -> "Foreign Office"
        self.parties: dict[str, set[str]] = defaultdict(set)  # "labour" -> « Parti travailliste »
        self.acronyms: dict[str, set[str]] = defaultdict(set)  # "raf" -> "Royal Air Force"
        self.defined: dict[str, str] = {}  # acronyms defined in brackets: "SRC" -> long name
        self.seats: dict[tuple[str, str], str] = {}  # (« tribunal », « mont de marsan ») -> the first such name
        self.mentions: dict[str, int] = defaultdict(int)
        self.bare_acronyms: set[str] = set()  # the acronyms the article writes: "CENI"
        for name, typ, _c in found:
            self.mentions[actor_key(name)] += 1
            if typ == ORG and is_acronym(name):
                self.bare_acronyms.add(name)
        for name, typ, c in found:
            if typ != ORG or acronym_shaped(name) and len(_words(name)) == 1:
                continue
            article = CAPITAL_ARTICLE.search(blocks[c.block], max(0, c.start - 5), c.start)
            self._add(name, article.group(1) if article else "")
            seat = _seat(name) if c.label == "INSTITUTION" else None
            if seat is not None:
                self.seats.setdefault(seat, name)
            m = ACRONYM_IN_BRACKETS.match(blocks[c.block][c.end:])
            if m:
                self.defined.setdefault(m.group(1), name)
        for block in blocks:
            self._long_forms_before(block)

    def _add(self, name: str, article: str = "") -> None:
        k = actor_key(name)
        if k in self.canonical:
            return
        self.canonical[k] = name
        words = _words(name)
        for j in range(1, len(words)):
            # a single word opens a longer name as a generic head (« le Conseil »), before a
            # complement (« PGHM » … « PGHM de l'Isère ») or a capitalised word, or when the article
            # repeats the longer name (« les Lions » … « les Lions indomptables »); not before a word
            # the model ran over once (« Congrès » … « Congrès hostile »)
            if fold(words[j - 1]) not in PARTICLES and (
                    j > 1 or fold(words[0]) in generic_heads() or fold(words[1]) in PARTICLES
                    or words[1][:1].isupper() or self.mentions[k] >= REPEATED):
                self.prefixes[actor_key(" ".join(words[:j]))].add(k)
        if len(words) == 1 and name.endswith("s") and len(name) > 4:
            self.prefixes[actor_key(name[:-1])].add(k)  # "Liberal government" … "the Liberals"
        for w in _governing_words(name):
            self.inner[fold(w)].add(k)  # "the Observatory", « l'Ordre » (des médecins)
        if party_key(name) != org_key(name) and org_key(name):
            self.parties[party_key(name)].add(k)  # « le Parti travailliste » … "le Labour"
        # « Les Républicains (LR) »: the article the name is written with counts in its acronym;
        # "Los Angeles Department of Water and Power (DWP)": the place it serves may not
        forms = initials(name) | initials(f"{article} {name}" if article else "")
        forms |= initials(_after_place(words))
        for letters in forms:
            self.acronyms[letters].add(k)

    def _long_forms_before(self, block: str) -> None:
        """« l'Université du Québec à Montréal (UQAM) »: a capitalised name before its acronym, the model cut it."""
        for m in ACRONYM_AFTER_WORDS.finditer(block):
            acronym = m.group(1)
            if acronym in self.defined:
                continue
            words = block[max(0, m.start() - LONG_FORM_LOOK_BEHIND):m.start()].split()[-LONG_FORM_MAX_WORDS:]
            for i in range(len(words) - 2, -1, -1):
                long = ELISION.sub("", " ".join(words[i:]))
                if fold(acronym) in initials(long):
                    if long[:1].isupper():  # « peloton de gendarmerie… (PGHM) »: a description, the acronym is the name
                        self.defined[acronym] = long
                        self.canonical.setdefault(actor_key(long), long)
                    break

    def long_name(self, name: str) -> str | None:
        """The longer name of the article a shorter one or an acronym stands for, if one only."""
        k = actor_key(name)
        seat = _seat(name)
        if seat is not None and seat in self.seats and actor_key(self.seats[seat]) != k:
            return self.seats[seat]  # « tribunal judiciaire de Mont-de-Marsan » after « tribunal correctionnel de … »
        if acronym_shaped(name) and len(_words(name)) == 1:
            if name in self.defined:
                return self.defined[name]
            long = self._name(_unique(self.acronyms.get(fold(name).replace(".", ""), ())))
            if long is not None:
                return long
        shortened = self._acronym_of_shortened(name)
        if shortened is not None:
            return shortened
        if k in self.canonical and not self.prefixes.get(k):
            return None
        single = len(_words(name)) == 1 and name[:1].isupper()
        inner = self.inner.get(fold(name), set()) | self.parties.get(party_key(name), set()) if single else set()
        longer = self.prefixes.get(k, set()) | inner
        return self._name(_unique(longer - {k}))

    def _name(self, key: str | None) -> str | None:
        return self.canonical[key] if key is not None else None

    def _acronym_of_shortened(self, name: str) -> str | None:
        """« la Commission électorale » and « la CENI »: a generic head's name whose initials open the acronym.

        The article names the body by its acronym and by the first words of the name the acronym
        abbreviates; the acronym is its name.
        """
        words = _words(name)
        if len(words) < 2 or fold(words[0]) not in generic_heads():
            return None
        starts = initials(name)
        found = {a for a in self.bare_acronyms if a not in self.defined and not self.acronyms.get(fold(a))
                 and any(fold(a).startswith(s) and len(a) > len(s) for s in starts)}
        return next(iter(found)) if len(found) == 1 else None


def _seat(name: str) -> tuple[str, str] | None:
    """An institution's head and the place it serves: « tribunal correctionnel de Grenoble » -> tribunal, grenoble.

    In one article, « le tribunal correctionnel de Mont-de-Marsan » and « le tribunal judiciaire
    de Mont-de-Marsan » are the one court the article is about.
    """
    m = SEAT.match(name)
    return (fold(m.group(1)), actor_key(m.group(2))) if m else None


def _after_place(words: list[str]) -> str:
    """The name without the place that opens it ("Los Angeles" + "Department of Water and Power"), or ""."""
    for i in range(min(3, len(words) - 2), 0, -1):
        if actor_key(" ".join(words[:i])) in places():
            return " ".join(words[i:])
    return ""


def _governing_words(name: str) -> list[str]:
    """The words of a longer name that may name it alone.

    An English head (the last word, "the Observatory"), a French complement's noun (« l'Ordre »,
    in « Conseil national de l'ordre des médecins »); not a word that qualifies another ("Labour"
    in "Parliamentary Labour Party").
    """
    words = [w for w in re.split(r"[\s'’]+", name) if w]
    out = [words[-1]] if len(words) > 1 and words[-1][:1].isupper() else []
    out += [w for prev, w in zip(words, words[1:], strict=False)
            if fold(prev) in ("de", "du", "des", "d", "l") and fold(w) not in PARTICLES]
    return [w for w in out if fold(w) not in small_words() and fold(w) not in PARTICLES]


def _bare_head(name: str) -> bool:
    """« le Conseil », "the Commission": a generic head alone names no one in particular."""
    return len(_words(name)) == 1 and fold(name) in generic_heads() and not name.isupper()


# --- 3. the article ----------------------------------------------------------------------------

def _unsupported(name: str, c: Candidate, proper: frozenset[str], block: str, lang: str) -> bool:
    """No evidence of a name: a single word capitalised only where a sentence (or a title-cased line) starts.

    Nor, in English, a word between "the" and the noun it qualifies ("the Liberal government",
    "the Omar oilfield"): an adjective, unless the dossier knows it as someone's surname.
    """
    words = _words(name)
    if len(words) != 1 or c.label == "CURATED" or name.isupper() or fold(name) in org_words():
        return False  # « Le Sénat a adopté… », "Bundestag": an institution's own name
    if c.sentence_start and fold(name) not in proper:
        return True
    if lang != "en" or name.endswith("s") or not QUALIFYING_THE.search(block, 0, c.start):
        return False  # "the Liberals": a plural qualifies nothing
    after = NEXT_WORD.match(block, c.end)
    return after is not None and not verb_like(after.group(1))



def _organisations_by_article(found: list[Typed], blocks: Sequence[str]) -> list[Typed]:
    """« le Raid », « du Raid »: a word the model could not type, named with an article again and again."""
    counts: dict[str, int] = defaultdict(int)
    for name, typ, c in found:
        if typ == MAYBE_ORG and ARTICLE_JUST_BEFORE.search(blocks[c.block], max(0, c.start - 5), c.start):
            counts[name] += 1
    return [(name, ORG if typ == MAYBE_ORG and counts[name] >= MAYBE_ORG_MENTIONS else typ, c)
            for name, typ, c in found]


def join_article(found: Sequence[Typed], blocks: Sequence[str], proper: frozenset[str],
                 lang: str = "fr") -> ArticleNames:
    """Each name of the article replaced by the fullest name the article gives the same entity."""
    typed = _people_by_surname(_organisations_by_article(list(found), blocks))
    people = People(typed)
    typed = _located(typed, blocks, lang, people)
    orgs = Organisations(typed, blocks)
    out: list[Typed] = []
    weak: set[int] = set()
    acronyms: dict[str, str] = dict(orgs.defined)
    for name, typ, c in typed:
        joined = None
        if c.label != "CURATED" and (typ != PLACE or is_acronym(name)):  # "UQAM", a place said the model
            joined = _join_one(name, typ, c, people, orgs)
        if joined is not None:
            if acronym_shaped(name) and joined[1] == ORG and fold(name).replace(".", "") in initials(joined[0]):
                acronyms.setdefault(name, joined[0])
            out.append((joined[0], joined[1], c))
        elif typ == ORG and _bare_head(name) and c.label != "CURATED":
            continue
        else:
            if typ != PLACE and _unsupported(name, c, proper, blocks[c.block], lang):
                weak.add(len(out))
            out.append((name, typ, c))
    return ArticleNames(out, acronyms, weak)


def _join_one(name: str, typ: str, c: Candidate, people: People, orgs: Organisations) -> tuple[str, str] | None:
    """The fuller name and type of one mention, or None when it is already the fullest."""
    if typ == ORG or acronym_shaped(name):
        long = orgs.long_name(name)
        if long is not None:
            return long, ORG
    full = people.full_name(name, typ, c.label)
    if full is not None:
        return full, PERSON
    return None
