"""Names of actors: their matching key, their page's slug, and the word lists that tell a name's kind."""

from __future__ import annotations

import re
from functools import lru_cache

from dossier import datewords, lexicon
from dossier.editorfiles import ORG as ORG  # the types editors write, re-exported for the stage
from dossier.editorfiles import PERSON as PERSON
from dossier.editorfiles import PLACE as PLACE
from dossier.text import fold, name_key, slugify

# Particles inside names: "Jean-Yves Le Drian", "Bachar al-Assad", "Bank of England".
PARTICLES = frozenset({"de", "du", "des", "la", "le", "d'", "d’", "von", "van", "der", "den", "al", "el", "bin",
                       "ben", "ibn", "abou", "abu", "y", "da", "di", "dos", "of", "the", "and", "et"})
# A name has at most this many words; longer runs are sentences the model swallowed.
NAME_MAX_WORDS = 6
# Acronyms (matched only in capitals): up to this many letters.
ACRONYM_MAX_LETTERS = 5

_INITIAL = re.compile(r"(?<=\s)[a-z]\.(?=\s)")  # "Vladimir V. Putin", "Michael D. Shear"
_LEADING_ARTICLE = re.compile(r"^(?:l |le |la |les |the )")


def actor_key(name: str) -> str:
    """Matching key of an actor's name: the name key, without a leading article or middle initials."""
    k = name_key(_INITIAL.sub(" ", fold(name)))
    return _LEADING_ARTICLE.sub("", k)


def actor_slug(name: str) -> str:
    """ASCII slug of an actor's page."""
    return slugify(name, default="acteur")


def is_acronym(name: str) -> bool:
    """"EI", "UE", "OTAN": letters in capitals, short."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= ACRONYM_MAX_LETTERS and letters.isalpha() and letters.isupper()


def places() -> frozenset[str]:
    """Keys of the place gazetteer."""
    return lexicon.keys("places.txt", actor_key)


@lru_cache(maxsize=1)
def not_actors() -> frozenset[str]:
    """Keys of capitalised words that are not actors: the list, demonyms, ministries' domains, calendar words."""
    return (lexicon.keys("not_actors.txt", actor_key) | name_prefixes()
            | frozenset(actor_key(w) for w in datewords.full_names()))


@lru_cache(maxsize=1)
def name_prefixes() -> frozenset[str]:
    """Keys of words that stand before a name without being part of it (demonyms, ministries' domains)."""
    return frozenset(actor_key(w) for w in (*lexicon.demonyms(), *lexicon.ministry_domains()))


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Folded titles, longest first ("premier ministre" before "ministre")."""
    return tuple(sorted({fold(t) for t in lexicon.entries("titles.txt")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern[str]:
    """Any title of more than three letters as a whole word, in folded text (« ministre », "chancellor")."""
    words = [t for t in titles() if not t.endswith(".") and len(t) > 3]
    return re.compile(rf"(?<![\w-])(?:{datewords.alternation(words)})(?![\w-])")


@lru_cache(maxsize=1)
def org_words() -> frozenset[str]:
    """Folded head words of organisation names."""
    return frozenset(fold(w) for w in lexicon.entries("org_words.txt"))


@lru_cache(maxsize=1)
def org_nouns_pattern() -> re.Pattern[str]:
    """Folded text ending with a noun after which a capitalised name is an organisation (« le collectif »)."""
    nouns = [fold(w) for w in lexicon.entries("org_nouns.txt")]
    return re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, nouns))})(?:\s+\w+)?\s*$")


@lru_cache(maxsize=1)
def thing_nouns() -> dict[str, str]:
    """Folded noun -> "thing" or "place": what a name after it is."""
    return {fold(noun): kind for kind, nouns in lexicon.sections("thing_nouns.txt").items() for noun in nouns}
