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
