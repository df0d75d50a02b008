"""The one normalisation: fold keeps offsets, keys join spellings, slugs transliterate, sentences and prose."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.text import fold, is_prose, name_key, sentences, slugify, squash, words


@given(st.text())
def test_fold_keeps_one_character_for_one(text):
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("a,b", [
    ("État islamique", "etat islamique"),
    ("l’Élysée", "l'elysee"),
    ("« Daech »", '" daech "'),
    ("Jean‑Yves", "jean-yves"),  # non-breaking hyphen
    ("Œuvre", "œuvre"),  # a ligature stays one character
    ("10\u202fh", "10 h"),
])
def test_fold(a, b):
    assert fold(a) == b


@pytest.mark.parametrize("a,b", [
    ("Etat islamique", "État islamique"),
    ("Jean-Yves Le Drian", "jean yves  le drian"),
    ("L'Express", "L’Express"),
    ("Ouest-France", "ouest france"),
])
def test_name_key_joins_spellings(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_keeps_names_apart():
    assert name_key("Le Monde") != name_key("Monde")


@pytest.mark.parametrize("text,slug", [
    ("Œuvre d'Orient", "oeuvre-d-orient"),
    ("Straße", "strasse"),
    ("Владимир Путин", "vladimir-putin"),
    ("Jean-Yves Le Drian", "jean-yves-le-drian"),
    ("État islamique", "etat-islamique"),
])
def test_slugify_transliterates(text, slug):
    assert slugify(text) == slug


def test_slugify_default_when_nothing_is_left():
    assert slugify("!!!", default="article") == "article"


def test_words_keep_inner_apostrophes_and_hyphens():
    assert words("Aujourd'hui, l'anti-EI « coalition »") == ["Aujourd'hui", "l'anti-EI", "coalition"]
    assert squash("  a \n b  ") == "a b"


def test_sentences_skip_abbreviations_and_initials():
    text = "M. Le Drian est à Moscou. Il a vu le Gen. X lundi. John F. Kerry aussi."
    spans = sentences(text, {"M", "Gen"})
    assert [text[s:e].strip() for s, e in spans] == [
        "M. Le Drian est à Moscou.", "Il a vu le Gen. X lundi.", "John F. Kerry aussi."]


@pytest.mark.parametrize("length,prose", [(119, False), (120, True), (121, True)])
def test_prose_threshold(length, prose):
    text = ("a" * (length - 1)) + "."
    assert is_prose(text) is prose


def test_two_short_sentences_are_prose():
    assert is_prose("Il pleut. Elle sort.")
    assert not is_prose("Politique")


def _fold_by_decomposition(text: str) -> str:
    """fold as first defined: each character decomposed (NFKD), its marks dropped, lower-cased, one for one."""
    import unicodedata

    from dossier.text import PLAIN_PUNCTUATION

    out = []
    for char in text:
        plain = PLAIN_PUNCTUATION.get(char)
        if plain is None:
            base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).lower()
            plain = base if len(base) == 1 else (char.lower() if len(char.lower()) == 1 else char)
        out.append(plain)
    return "".join(out)


_SAMPLES = ("Œuvre d’Orient", "ﬁnance ﬂux", "Владимир Путин", "Ángela Merkel", "İstanbul", "Straße",
            "Ǆemal ǅ", "½ ² ™ ℃", "ＡＢＣ", "😀👍🏽 🇫🇷", "Ǳ", "«\u00a0Le Drian\u202f»", "ﬀ", "Ⅻ", "ǈ", "Ⓐ",
            "e\u0301", "ΣΊΣΥΦΟΣ", "ﬆ", "ß", "Ĳ", "Ꭰ", "\u0130", "ꭰ")


@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x1FAFF), max_size=40))
def test_fold_is_the_per_character_decomposition(text):
    assert fold(text) == _fold_by_decomposition(text)


def test_fold_matches_the_decomposition_on_thousands_of_strings():
    import random

    rng = random.Random(12)
    pool = "".join(_SAMPLES) + "".join(chr(c) for c in range(0x20, 0x2FF)) + "".join(
        chr(c) for c in (*range(0x400, 0x4FF), *range(0x1E00, 0x1EFF), *range(0x2000, 0x206F),
                         *range(0xFB00, 0xFB06), *range(0x1F600, 0x1F64F), *range(0xFF01, 0xFF5E)))
    texts = list(_SAMPLES) + ["".join(rng.choice(pool) for _ in range(rng.randint(0, 30))) for _ in range(5000)]
    assert [fold(t) for t in texts] == [_fold_by_decomposition(t) for t in texts]
    assert fold("Œuvre d’Orient") == "œuvre d'orient" and fold("Ángela ﬁ") == "angela ﬁ"
