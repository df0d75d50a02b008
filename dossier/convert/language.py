"""Language of an article: py3langid, restricted to plausible languages for Latin-script text.

Latin-script text is classified among the Western languages dossiers hold (restricting keeps
short texts from being labelled Latin or Luxembourgish); text mostly in another script
(Cyrillic, Arabic, Greek, Hebrew, CJK…) is classified among all the languages the model
knows, so a Russian article is said to be Russian, not mislabelled Italian.  The analyses
(actors, chronology) then run only on the languages their word lists cover (lexicon.LANGUAGES).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

PLAUSIBLE_LANGUAGES = ("fr", "en", "de", "nl", "es", "it", "pt")
# Below this share of Latin letters, a text is classified among all languages.
LATIN_MIN_SHARE = 0.5
# Fewer words than this cannot be told apart: the default language is kept.
MIN_WORDS = 3


@lru_cache(maxsize=2)
def _identifier(restricted: bool) -> Any:
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    if restricted:
        ident.set_languages(list(PLAUSIBLE_LANGUAGES))
    return ident


def scripts(text: str) -> Counter[str]:
    """Letters of the text by script ("LATIN", "CYRILLIC", "ARABIC"…)."""
    out: Counter[str] = Counter()
    for c in text:
        if c.isalpha():
            out[unicodedata.name(c, "UNKNOWN ?").split()[0]] += 1
    return out


def detect_language(text: str, default: str = "fr") -> str:
    """ISO 639-1 code of the text's language; `default` when the text is too short to tell."""
    if len(text.split()) < MIN_WORDS:
        return default
    letters = scripts(text)
    latin = letters["LATIN"] / max(sum(letters.values()), 1)
    lang, _prob = _identifier(latin >= LATIN_MIN_SHARE).classify(text)
    return str(lang)
