"""Every word list of the project, read from dossier/data/ by one loader per kind of file.

Kinds of file (all UTF-8, ``#`` starts a comment line):

- a list: one entry a line (outlets.txt, places.txt…);
- sections: ``[name]`` lines, then the entries of that section (thing_nouns.txt, fr/timex.txt…);
- a table: ``name | value`` lines (agencies.txt);
- patterns: one regular expression a line, joined into one alternation (credits.txt).

Files whose words belong to one language live in ``data/fr/`` and ``data/en/`` under the
same name; :func:`both` reads the two.  A file or a section with no entry is an error: an
empty alternation would match every text (trafilatura refuses empty pattern groups too).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from dossier.text import fold, name_key

LANGUAGES = ("fr", "en")


class LexiconError(ValueError):
    """A data file that cannot be used, and why."""


def parse_entries(name: str, text: str) -> tuple[str, ...]:
    """Non-empty lines that are not comments, stripped; an empty file is an error."""
    lines = tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    if not lines:
        raise LexiconError(f"dossier/data/{name} holds no entry")
    return lines


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of data/NAME."""
    try:
        text = resources.files("dossier").joinpath("data", *name.split("/")).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(f"dossier/data/{name} is missing") from None
    return parse_entries(name, text)


def both(name: str) -> tuple[str, ...]:
    """Entries of data/fr/NAME then data/en/NAME."""
    return tuple(e for lang in LANGUAGES for e in entries(f"{lang}/{name}"))


@cache
def sections(name: str) -> dict[str, tuple[str, ...]]:
    """Entries of data/NAME grouped under their ``[section]`` line."""
    return group_sections(name, entries(name))


def group_sections(name: str, lines: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Entries grouped under their ``[section]`` line; an entry before any section, or an empty section, is an error."""
    out: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            out.setdefault(current, [])
        elif current is None:
            raise LexiconError(f"dossier/data/{name}: {line!r} comes before any [section] line")
        else:
            out[current].append(line)
    for section, items in out.items():
        if not items:
            raise LexiconError(f"dossier/data/{name}: section [{section}] is empty")
    return {k: tuple(v) for k, v in out.items()}


def valued(name: str, section: str) -> dict[str, str]:
    """``word word … = value`` lines of one section of data/NAME, as word -> value."""
    out = {}
    for line in sections(name)[section]:
        words, sep, value = line.rpartition("=")
        if not sep:
            raise LexiconError(f"dossier/data/{name} [{section}]: {line!r} has no '= value'")
        for w in words.split(","):
            if w.strip():
                out[w.strip()] = value.strip()
    return out


@cache
def table(name: str) -> tuple[tuple[str, str], ...]:
    """``name | value`` lines of data/NAME."""
    out = []
    for line in entries(name):
        left, sep, right = (p.strip() for p in line.partition("|"))
        if not sep or not left or not right:
            raise LexiconError(f"dossier/data/{name}: {line!r} is not 'name | value'")
        out.append((left, right))
    return tuple(out)


@cache
def pattern(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One alternation of the regular expressions of data/NAME."""
    try:
        return re.compile("|".join(f"(?:{p})" for p in entries(name)), flags)
    except re.error as exc:
        raise LexiconError(f"dossier/data/{name}: bad pattern: {exc}") from None


@cache
def keys(name: str, key: Callable[[str], str] = name_key) -> frozenset[str]:
    """Keys of the entries of a list file (or of fr/ and en/ files, for NAME without a folder: 'both:NAME')."""
    items = both(name[5:]) if name.startswith("both:") else entries(name)
    return frozenset(key(e) for e in items)


# --- the lists the stages share -------------------------------------------------------------

def outlets() -> frozenset[str]:
    """Known outlet names, as name keys."""
    return keys("outlets.txt")


def rubrics() -> frozenset[str]:
    """Known section names, as name keys."""
    return keys("rubrics.txt")


@lru_cache(maxsize=1)
def link_leadins() -> tuple[str, ...]:
    """Words that introduce a link ("Lire aussi :"), as name keys."""
    return tuple(name_key(n) for n in entries("leadins.txt"))


@lru_cache(maxsize=1)
def agencies() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(agency name, pattern of its forms in text, case-sensitive, whole word)."""
    return tuple((n, re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])")) for n, forms in table("agencies.txt"))


@lru_cache(maxsize=4096)
def agency_name(token: str) -> str | None:
    """Canonical agency name for a token such as "AFP" or "REUTERS"."""
    for name, rx in agencies():
        if rx.fullmatch(token.strip()):
            return name
    return None


def credit_marker() -> re.Pattern[str]:
    """Pattern that starts a photo credit inside a line."""
    return pattern("credits.txt")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations after which a full stop does not end a sentence (« M. », "Gen.")."""
    return frozenset(both("abbreviations.txt"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Folded words too common to tell two texts apart (French and English)."""
    return frozenset(fold(w) for line in both("stopwords.txt") for w in line.split())


def demonyms() -> tuple[str, ...]:
    """Names of peoples and their adjectives (« Français », "Russian")."""
    return both("demonyms.txt")


def ministry_domains() -> tuple[str, ...]:
    """Ministries' domains that stand between a title and a name (« ministre de l'Intérieur Jan Jambon »)."""
    return both("ministry_domains.txt")
