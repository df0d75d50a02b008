"""Word lists: every data file loads, empty groups are refused, per-language files hold their language."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import datewords, lexicon
from dossier.lexicon import LexiconError, group_sections, parse_entries

DATA = Path(lexicon.__file__).parent / "data"
FILES = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*.txt"))


@pytest.mark.parametrize("name", FILES)
def test_every_data_file_loads(name):
    assert lexicon.entries(name)


def test_every_language_file_has_its_twin():
    fr = {p.name for p in (DATA / "fr").glob("*.txt")}
    en = {p.name for p in (DATA / "en").glob("*.txt")}
    assert fr == en


def test_an_empty_file_or_group_is_refused():
    with pytest.raises(LexiconError, match="holds no entry"):
        parse_entries("x.txt", "# only a comment\n\n")
    with pytest.raises(LexiconError, match=r"section \[b\] is empty"):
        group_sections("x.txt", ("[a]", "one", "[b]"))
    with pytest.raises(LexiconError, match="before any"):
        group_sections("x.txt", ("one", "[a]", "two"))


def test_calendar_words_by_language():
    assert datewords.months()["decembre"] == 12 and datewords.months()["dec"] == 12
    assert datewords.weekdays()["jeudi"] == datewords.weekdays()["thursday"] == 3
    assert datewords.month_name_fr(8) == "août"
    assert datewords.number_words()["quinze"] == 15 and datewords.number_words()["twelve"] == 12
    assert "des" in datewords.count_words() and "un" not in datewords.count_words()


def test_agencies_and_outlets():
    assert lexicon.agency_name("REUTERS") == "Reuters" and lexicon.agency_name("Le Monde") is None
    assert "le monde" in lexicon.outlets()
