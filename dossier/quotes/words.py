"""The closed classes of words quotations are attributed with, read from data/fr/quotes.txt and data/en/quotes.txt.

Every list is folded (dossier.text.fold), as the patterns of cues.py match folded text: « a
déclaré » and « a declare » are one form.  A verb's forms are made by rule from its infinitive
([regular]) or listed ([forms]).
"""

from __future__ import annotations

import re
from functools import cache

from dossier import lexicon
from dossier.text import fold

REFLEXIVE = re.compile(r"^(?:se\s+|s['’])")
_SIBILANT_END = ("s", "sh", "ch", "x", "z")


def _french_forms(verb: str) -> tuple[str, ...]:
    """The forms of a French verb: « déclarer » -> déclaré, déclare, déclarait, déclarant…; « réagir » -> réagi…."""
    verb = REFLEXIVE.sub("", verb)
    stem = verb[:-2]
    if verb.endswith("ir"):
        return tuple(stem + e for e in ("i", "ie", "is", "it", "issent", "issait", "issaient", "issant"))
    soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
    return (*(stem + e for e in ("é", "ée", "és", "ées", "e", "ent")),
            *(soft + e for e in ("ait", "aient", "a", "ant")))


def _english_forms(verb: str) -> tuple[str, ...]:
    """"add" -> add, adds, added, adding; "note" -> notes, noted, noting; "reply" -> replies, replied."""
    if verb.endswith("e"):
        return verb, verb + "s", verb + "d", verb[:-1] + "ing"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"
    if verb.endswith(_SIBILANT_END):
        return verb, verb + "es", verb + "ed", verb + "ing"
    return verb, verb + "s", verb + "ed", verb + "ing"


def _section(lang: str, name: str) -> tuple[str, ...]:
    return lexicon.sections(f"{lang}/quotes.txt")[name]


@cache
def verb_forms(lang: str) -> dict[str, str]:
    """Folded form of a speech verb -> its infinitive (« a déclaré »'s « declare » -> déclarer)."""
    make = _french_forms if lang == "fr" else _english_forms
    out: dict[str, str] = {}
    for verb in _section(lang, "regular"):
        for form in (REFLEXIVE.sub("", verb), *make(verb)):  # « a tenu à rappeler »: the infinitive too
            out.setdefault(fold(form), verb)
    for form, verb in lexicon.valued(f"{lang}/quotes.txt", "forms").items():
        out.setdefault(fold(form), verb)
    return out


@cache
def folded(lang: str, name: str) -> tuple[str, ...]:
    """The folded entries of one section, longest first (so an alternation tries « aux cris de » before « de »)."""
    return tuple(sorted({fold(w) for w in _section(lang, name)}, key=len, reverse=True))


def alternation(items: tuple[str, ...] | list[str]) -> str:
    """A regular expression matching any of the folded items, longest first, inner spaces as any white space."""
    if not items:
        raise lexicon.LexiconError("an empty word list would match every text")
    ordered = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in ordered)


@cache
def no_break(lang: str) -> frozenset[str]:
    """Words after which a full stop ends no sentence: the shared abbreviations and the titles (« Me », "Capt")."""
    return lexicon.abbreviations() | frozenset(_section(lang, "titles"))


@cache
def authoring_forms(lang: str) -> tuple[str, ...]:
    """Folded forms of the verbs that make an organisation a document's author (« adoptée », "published")."""
    make = _french_forms if lang == "fr" else _english_forms
    return tuple(sorted({fold(f) for verb in _section(lang, "authoring") for f in make(verb)}, key=len, reverse=True))
