"""Publication-date lines as French, Belgian, Swiss and English sites print them."""

from datetime import datetime

import pytest

from dossier.convert.datelines import parse_date_line
from dossier.datewords import find_dates, format_date_fr, format_month_fr, parse_iso


@pytest.mark.parametrize("line,published,updated,rest", [
    ("Publié le 3 mars 2016 à 08h15, mis à jour à 10h02", (2016, 3, 3, 8, 15), (2016, 3, 3, 10, 2), ""),
    ("Publié le 03/03/2016 à 08:15", (2016, 3, 3, 8, 15), None, ""),
    ("le mardi 3 mars 2016", (2016, 3, 3), None, ""),
    ("March 3, 2016 10:15 AM GMT", (2016, 3, 3, 10, 15), None, ""),
    ("March 3, 2016 10:15 PM GMT", (2016, 3, 3, 22, 15), None, ""),
    ("Publié le 1er décembre 2015", (2015, 12, 1), None, ""),
    ("03.03.2016, 08.15 Uhr", (2016, 3, 3, 8, 15), None, ""),
    ("Dec. 3, 2015", (2015, 12, 3), None, ""),
    ("Publié jeudi 3 mars 2016 à 08:15", (2016, 3, 3, 8, 15), None, ""),
    ("Tue 17 Nov 2015 13.05 GMT", (2015, 11, 17, 13, 5), None, ""),
    ("Mis à jour le 04/03/2016 à 10:02 | Publié le 03/03/2016 à 08:15", (2016, 3, 3, 8, 15), (2016, 3, 4, 10, 2), ""),
    ("Par Jean Dupont, publié le 3 mars 2016 à 08h15", (2016, 3, 3, 8, 15), None, "Par Jean Dupont"),
    ("2016-03-03T08:15", (2016, 3, 3, 8, 15), None, ""),
    ("Published 5 January 2016", (2016, 1, 5), None, ""),
])
def test_date_lines(line, published, updated, rest):
    dl = parse_date_line(line)
    assert dl is not None
    assert dl.published == datetime(*published)
    assert dl.updated == (datetime(*updated) if updated else None)
    assert dl.rest == rest


def test_update_only_line_is_an_update():
    dl = parse_date_line("Mis à jour le 20/11/2015 à 18:41")
    assert dl.published is None and dl.updated == datetime(2015, 11, 20, 18, 41)


@pytest.mark.parametrize("line", [
    "Le conflit a commencé le 3 mars 2016 quand les troupes sont entrées dans la ville sans combattre.",
    "sept personnes ont été tuées en 2015",
    "Mars 2016 sera un mois décisif pour la coalition contre les jihadistes, selon le ministre.",
    "Page 12 sur 2016",
    "Le conflit syrien a fait plus de 250.000 morts.",
])
def test_not_date_lines(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize("text", ["31/02/2016", "le 32 mars 2016", "13/13/2016", "250.000 morts", "mai 2016"])
def test_impossible_or_partial_dates_are_not_found(text):
    assert find_dates(text) == []


def test_us_order_when_the_day_is_above_twelve():
    assert find_dates("3/15/2016")[0].value == datetime(2016, 3, 15)
    assert find_dates("15/3/2016")[0].value == datetime(2016, 3, 15)


def test_french_words_without_locale():
    assert format_date_fr(datetime(2015, 11, 18)) == "18 novembre 2015"
    assert format_date_fr(datetime(2015, 12, 1)) == "1er décembre 2015"
    assert format_date_fr(datetime(2016, 8, 3), with_weekday=True) == "mercredi 3 août 2016"
    assert format_month_fr(datetime(2015, 9, 1)) == "septembre 2015"
    assert format_date_fr(None) == "date inconnue"


def test_parse_iso_accepts_editor_forms_and_rejects_others():
    assert parse_iso("2015-11-18") == datetime(2015, 11, 18)
    assert parse_iso("2015-11-18 08:15") == datetime(2015, 11, 18, 8, 15)
    assert parse_iso("18 novembre 2015") == datetime(2015, 11, 18)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_iso("demain")
