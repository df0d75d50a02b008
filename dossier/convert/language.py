"""Language of an article, with py3langid restricted to the languages dossiers hold."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Restricting the classifier to plausible languages keeps short texts from being
# labelled Latin or Luxembourgish.
PLAUSIBLE_LANGUAGES = ("fr", "en", "de", "nl", "es", "it", "pt")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(PLAUSIBLE_LANGUAGES))
    return ident


def detect_language(text: str, default: str = "fr") -> str:
    """ISO 639-1 code of the text's language; `default` when the text is too short to tell."""
    if len(text.split()) < 3:
        return default
    lang, _prob = _identifier().classify(text)
    return lang
