"""Names of actors: their matching key, their page's slug, and the word lists that tell a name's kind."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
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


@lru_cache(maxsize=1 << 16)
def actor_key(name: str) -> str:
    """Matching key of an actor's name: the name key, without a leading article or middle initials."""
    k = name_key(_INITIAL.sub(" ", fold(name)))
    return _LEADING_ARTICLE.sub("", k)


def named(actors: Iterable[tuple[str, Sequence[str], str]]) -> Callable[[str], str | None]:
    """Who an editor means by a name: the key of the actor (name, other names, key) called so, or None.

    The first actor in `actors` holding a form keeps it; any form matches by its key (accents, case, a
    leading article aside).
    """
    by_key: dict[str, str] = {}
    for name, aliases, key in actors:
        for n in (name, *aliases):
            by_key.setdefault(actor_key(n), key)
    return lambda n: by_key.get(actor_key(n))


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
    return (lexicon.keys("not_actors.txt", actor_key) | things() | name_prefixes()
            | frozenset(actor_key(w) for w in datewords.full_names()))


def things() -> frozenset[str]:
    """Keys of products and types of aircraft and weapons (« Rafale », "Tornado")."""
    return lexicon.keys("things.txt", actor_key)


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
    """Folded words that make a name an organisation's: the common nouns at its head, and names and markers."""
    return org_heads() | frozenset(fold(w) for w in lexicon.entries("org_names.txt"))


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Folded common nouns at the head of organisations' names (« conseil », "Commission", "Office")."""
    return frozenset(fold(w) for w in lexicon.entries("org_words.txt"))


@lru_cache(maxsize=1)
def org_nouns_pattern() -> re.Pattern[str]:
    """Folded text ending with a noun after which a capitalised name is an organisation (« le collectif »)."""
    nouns = [fold(w) for w in lexicon.entries("org_nouns.txt")]
    return re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, nouns))})(?:\s+\w+)?\s*$")


@lru_cache(maxsize=1)
def generic_heads() -> frozenset[str]:
    """Folded heads that alone name no one (« le Conseil », "the Commission"); « le Sénat » does."""
    return org_heads() - frozenset(fold(w) for w in lexicon.entries("org_heads_alone.txt"))


@lru_cache(maxsize=1)
def thing_nouns() -> dict[str, str]:
    """Folded noun -> "thing" or "place": what a name after it is."""
    return {fold(noun): kind for kind, nouns in lexicon.sections("thing_nouns.txt").items() for noun in nouns}


@lru_cache(maxsize=4)
def function_words(lang: str) -> frozenset[str]:
    """Folded grammatical words of a language (« ses », "this", "with"): a name never starts with one."""
    return frozenset(fold(w) for line in lexicon.entries(f"{lang}/function_words.txt") for w in line.split())


def is_title(name: str) -> bool:
    """The whole name is a title or honorific ("Judge", "MPs", « Président »): no one in particular."""
    f = fold(name).strip(" .")
    return f in _title_set() or (f.endswith("s") and f[:-1] in _title_set())


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    return frozenset(t.strip(" .") for t in titles())


@lru_cache(maxsize=1)
def bodies() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Standard international bodies: (name shown, other names in French and English)."""
    return tuple((name, tuple(a.strip() for a in others.split(",") if a.strip()))
                 for name, others in lexicon.table("bodies.txt"))


# --- persons' keys across spellings ------------------------------------------------------------

_DOUBLE = re.compile(r"([a-z])\1+")
_VOWELS = re.compile(r"[aeiou]+")


@lru_cache(maxsize=1)
def _rewrites() -> tuple[tuple[str, str], ...]:
    return tuple(lexicon.valued("transliteration.txt", "rewrite").items())


def _spelling(word: str) -> str:
    """One word as French and English spellings of it meet (« choigou », "shoigu" -> "shoigu")."""
    for spelling, form in _rewrites():
        word = word.replace(spelling, form)
    word = _DOUBLE.sub(r"\1", word)  # "Abbadi", "Abadi"
    # a French mute final e: « Poutine », "Putin"; « Salmane », "Salman"
    return word[:-1] if len(word) > 4 and word.endswith("e") and word[-2] not in "aeiou" else word


def _name_words(name: str) -> list[str]:
    """A person's name words, folded, without particles or initials (« Bachar al-Assad » -> bachar, assad)."""
    words = re.split(r"[\s\-]+", actor_key(name))
    return [w for w in words if w and w not in PARTICLES and not (len(w) == 2 and w.endswith("."))]


def person_key(name: str) -> str:
    """Matching key of a person across French and English spellings (Sergueï/Sergei/Sergey Lavrov)."""
    return " ".join(_spelling(w) for w in _name_words(name))


def person_skeleton(name: str) -> tuple[str, str] | None:
    """(surname's spelling key, first names' consonants): Haïdar/Haider al-Abadi meet on ("abadi", "hdr").

    None for a name of one word: a surname alone is joined by other rules.
    """
    words = [_spelling(w) for w in _name_words(name)]
    if len(words) < 2:
        return None
    return words[-1], _VOWELS.sub("", "".join(words[:-1]))


# --- acronyms and the names they stand for ---------------------------------------------------------

_ACRONYM_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# More optional words than this and a name's possible acronyms are not listed (2**n of them).
OPTIONAL_INITIALS_MAX = 6


def initials(name: str) -> frozenset[str]:
    """The acronyms a name may have, folded: "Royal Air Force" -> raf; « Front commun pour le Congo » -> fcc.

    Each word gives its first letter; small words (particles, prepositions, articles) may or may not.
    A name of one word has none.
    """
    words = _ACRONYM_WORDS.findall(fold(name))
    optional = [w in PARTICLES or w in small_words() or len(w) <= 2 for w in words]
    if len(words) - sum(optional) < 2 or sum(optional) > OPTIONAL_INITIALS_MAX:
        return frozenset()
    out = {""}
    for w, opt in zip(words, optional, strict=True):
        out = {o + w[0] for o in out} | (out if opt else set())
    return frozenset(o for o in out if len(o) >= 2)


def acronym_shaped(word: str) -> bool:
    """Written as an acronym: "RAF", "NHL", or a short word such as « Otan », « Ifea » that an article defines."""
    letters = word.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isalpha() and letters[:1].isupper() and " " not in word


@lru_cache(maxsize=1)
def small_words() -> frozenset[str]:
    """Folded grammatical words of both languages."""
    return function_words("fr") | function_words("en")


@lru_cache(maxsize=1)
def institution_heads() -> tuple[str, ...]:
    """Lower-case nouns that head an institution's name (« tribunal », « parquet », « hôpital »)."""
    return lexicon.entries("institutions.txt")


@lru_cache(maxsize=1)
def byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a byline's opening at a block's start, what follows an author's name in an author's note)."""
    groups = lexicon.sections("bylines.txt")
    lead = re.compile(rf"^\s*(?:{'|'.join(groups['lead'])})\s+", re.IGNORECASE)
    note = re.compile(rf"\s+(?:{'|'.join(groups['note'])})", re.IGNORECASE)
    return lead, note


@lru_cache(maxsize=1)
def credit_pattern() -> re.Pattern[str]:
    """What opens a block that only credits a journalist with a segment (« Les explications de X »)."""
    return re.compile(rf"^\s*(?:{'|'.join(lexicon.sections('bylines.txt')['credit'])})\s+", re.IGNORECASE)


# A byline's name: letters, spaces, hyphens, apostrophes and initials' full stops (and at most NAME_MAX_WORDS words).
_AUTHOR_NAME = re.compile(r"^(?:[^\W\d_]|[\s.'’-])+$")


def is_author(name: str, authors: Sequence[str]) -> bool:
    """The name is one of an article's authors, or part of one ending with the surname.

    « Anne-Laure Vasseur », « Laure Vasseur », « Vasseur », "SYLVIE MARCHAND" for the byline
    « Par Anne-Laure Vasseur » / "By Sylvie Marchand"; spellings meet as person_key makes them.
    """
    words = person_key(name).split()
    if not words:
        return False
    for author in authors:
        if not _AUTHOR_NAME.match(author) or len(author.split()) > NAME_MAX_WORDS:
            continue  # "Publisher: Brightmoor Interactive", a byline misread: no one's name
        theirs = person_key(author).split()
        if theirs and words[-1] == theirs[-1] and all(w in theirs for w in words):
            return True
    return False


@lru_cache(maxsize=1)
def geo_qualifiers() -> frozenset[str]:
    """Folded words that qualify a place's name (« haute », "greater", "southern")."""
    return frozenset(fold(w) for w in lexicon.entries("geo_qualifiers.txt"))


# --- organisations' keys across French and English ------------------------------------------------

@lru_cache(maxsize=1)
def _institution_words() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(word -> its one form, the words for "party", the heads every country's body has)."""
    groups = lexicon.sections("institution_words.txt")
    words = {fold(k): fold(v) for k, v in lexicon.valued("institution_words.txt", "words").items()}
    return words, frozenset(fold(w) for w in groups["party"]), frozenset(fold(w) for w in groups["national"])


def org_words_key(name: str) -> frozenset[str]:
    """An organisation's words in one form: French and English, plurals and small words aside."""
    words = _institution_words()[0]
    out = set()
    for w in re.split(r"[\s'’\-]+", fold(name)):
        if len(w) < 2 or w in PARTICLES or w in small_words():
            continue  # « l'ONU »: the elided article out
        w = words.get(w, w)
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return frozenset(out)


def org_key(name: str) -> str:
    """Matching key of an organisation across French and English names and word orders; "" for none.

    « Chambre des communes » and "House of Commons" -> "common house"; "Russian Defence
    Ministry" and « ministère russe de la Défense » -> "defence ministry russian"; « le
    ministère de la Défense » -> "" (every country has one: the country is the text's).
    """
    _words, _party, national = _institution_words()
    key = org_words_key(name)
    if national & key and not any(w in _demonym_forms() for w in key):
        return ""
    return " ".join(sorted(key))


def party_key(name: str) -> str:
    """An organisation's key without the word for "party" ("Labour", « Parti travailliste » -> "labour")."""
    return " ".join(sorted(org_words_key(name) - _institution_words()[1]))


@lru_cache(maxsize=1)
def _demonym_forms() -> frozenset[str]:
    """Demonyms as org_words_key writes them (« russe » -> "russian")."""
    return frozenset(w for d in lexicon.demonyms() for w in org_words_key(d))


@lru_cache(maxsize=1)
def place_heads() -> frozenset[str]:
    """Folded words that make a name a place's ("River", "Lake", « lac », « mont »)."""
    return frozenset(fold(w) for w in lexicon.entries("place_heads.txt"))


def place_shaped(name: str) -> bool:
    """"Boise River", "Lake Superior", "Thika Road", « Mont Blanc »: a place by its head word, not an organisation's."""
    words = [fold(w) for w in name.split()]
    if len(words) < 2 or org_heads() & set(words):
        return False
    return words[-1] in place_heads() or words[0] in place_heads()


# --- an actor's other names, as its page lists them -----------------------------------------------

def _diacritics(text: str) -> int:
    """Letters written with an accent (« État » has one, « Etat » none)."""
    return sum(1 for c in text if c.isalpha() and fold(c) != c.lower())


def _well_written(form: str, reference: dict[str, str], count: int) -> tuple[int, int, int, int, int, str]:
    """How well a form is written, higher is better: first the page's own spelling of the words they share.

    Then accents kept, no shouting capitals (an acronym aside), how often the articles write it,
    fewest capitals (« président russe », not « président Russe »).
    """
    agree = 0
    for word in form.split():
        ref = reference.get(fold(word))
        if ref is not None:
            agree += 2 if word == ref else int(word[:1].isupper() == ref[:1].isupper())
    acronym = " " not in form and len(form) <= ACRONYM_MAX_LETTERS
    good_case = int(form.isupper()) if acronym else int(not form.isupper())
    return (agree, _diacritics(form), good_case, count, -sum(c.isupper() for c in form), form)


def other_names(name: str, forms: dict[str, int]) -> list[str]:
    """An actor's other names, one per spelling, most used first: never the page's own name again.

    Forms that differ only by case, accents or a leading article are one name (« groupe Etat
    islamique », « groupe état islamique »), written in its best form; one that is the page's name
    so written (« Etat Islamique », « La France ») is left out.
    """
    own = actor_key(name)
    groups: dict[str, list[str]] = {}
    for form in forms:
        k = actor_key(form)
        if k and k != own:
            groups.setdefault(k, []).append(form)
    reference = {fold(w): w for w in name.split()}
    ranked = sorted(groups.values(), key=lambda g: -sum(forms[f] for f in g))  # stable: first seen first on ties
    return [max(g, key=lambda f: _well_written(f, reference, forms[f])) for g in ranked]
