"""The one place where text is normalised: folding, name keys, slugs, words, sentences.

Every stage compares text through these functions, so a name folds the same way in the
converter, the cleaner, the actors and the chronology (after trafilatura's
``utils.normalize_unicode`` and Pelican's single ``slugify``).  This module imports nothing
of the project.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from unidecode import unidecode

# Typographic characters and their plain forms, one character for one.
PLAIN_PUNCTUATION: dict[str, str] = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u2032`\u00b4", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2039\u203a", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000", " "),
}


class _FoldTable(dict[int, str]):
    """A str.translate table filled on first use: each character folded once per process."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        plain = PLAIN_PUNCTUATION.get(char)
        if plain is None:
            base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).lower()
            lower = char.lower()
            # one character for one, so offsets found in folded text hold in the original:
            # « Œ » stays « œ », « ﬁ » stays « ﬁ » (their decompositions are two letters)
            plain = base if len(base) == 1 else (lower if len(lower) == 1 else char)
        self[code] = plain
        return plain


_FOLD = _FoldTable()
_SPACES = re.compile(r"\s+")
_KEY_SEPARATORS = re.compile(r"[\s'\"\-]+")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[\w'’-]+")


def fold(text: str) -> str:
    """Lower case without accents, plain quotes, apostrophes, dashes and spaces; one character for one."""
    return text.translate(_FOLD)


def squash(text: str) -> str:
    """Runs of white space as one space, none at the ends."""
    return _SPACES.sub(" ", text).strip()


def name_key(text: str) -> str:
    """Matching key of a name or a short label: folded; spaces, apostrophes, quotes and hyphens unified."""
    return _KEY_SEPARATORS.sub(" ", fold(text)).strip(" .,;:")


def slugify(text: str, default: str = "page") -> str:
    """ASCII slug for a URL: « Œuvre d'Orient » -> ``oeuvre-d-orient`` (transliterated, not dropped)."""
    return _SLUG_JUNK.sub("-", unidecode(text).lower()).strip("-") or default


def words(text: str) -> list[str]:
    """The words of a text, with their inner apostrophes and hyphens (« aujourd'hui », « anti-EI »)."""
    return _WORD.findall(text)


# The end of a sentence: a full stop, a question or exclamation mark, or a closing quote or bracket.
SENTENCE_END = re.compile(r"[.!?…»\"”')\]]\s*$")


def ends_sentence(text: str) -> bool:
    """The text ends like a sentence."""
    return SENTENCE_END.search(text) is not None


# A paragraph of prose is at least this long when it ends like a sentence; below, a line may be
# a title, a byline or a label.
PROSE_MIN_CHARS = 120
_TWO_SENTENCES = re.compile(r"[a-zà-ÿ]{2,}[.!?]\s+[A-ZÀ-Ý«\"]")


def is_prose(text: str) -> bool:
    """A paragraph of running text (long and ending like a sentence, or two sentences), not a title or a label."""
    if len(text) >= PROSE_MIN_CHARS and ends_sentence(text):
        return True
    return _TWO_SENTENCES.search(text) is not None and ends_sentence(text)


_SENTENCE_BREAK = re.compile(r"[.!?…]+[»\"”)]?\s+(?=[«\"“(]?\s*[A-ZÀ-Ý0-9])")
_LAST_WORD = re.compile(r"([\w.°-]+)[.!?…]+[»\"”)]?\s+$")


def sentences(text: str, abbreviations: Collection[str] = ()) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, not cut after an abbreviation (« M. », « Dr. ») or an initial."""
    spans, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        word = _LAST_WORD.search(text[:m.end()])
        if word and (word.group(1) in abbreviations or len(word.group(1)) == 1):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]
