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


# --- clocks, labels, the page's order of numeric dates, year-less dates --------------------------

from datetime import date  # noqa: E402

from dossier.convert.datelines import DateContext, has_date_label, page_context  # noqa: E402


@pytest.mark.parametrize("line,published,updated", [
    # a clock after a separator the date grammar does not read
    ("le 30.11.15 | 10h00", (2015, 11, 30, 10, 0), None),
    ("27 November 2015 • 1:45 pm", (2015, 11, 27, 13, 45), None),
    # a clock before the date, with its time zone
    ("Published 12:41 p.m. ET Nov. 8, 2023 | Updated 3:05 p.m. ET Nov. 8, 2023", (2023, 11, 8, 12, 41),
     (2023, 11, 8, 15, 5)),
    # labels
    ("Date 04.12.2015", (2015, 12, 4), None),
    ("Dernière MAJ : 04/12/2015 à 10:02", None, (2015, 12, 4, 10, 2)),
    ("MAJ : 04/12/2015", None, (2015, 12, 4)),
    ("Updated: Dec 05, 2023 10:32 IST", None, (2023, 12, 5, 10, 32)),
])
def test_date_lines_with_loose_clocks_and_labels(line, published, updated):
    dl = parse_date_line(line)
    assert dl is not None and dl.rest == ""
    assert dl.published == (datetime(*published) if published else None)
    assert dl.updated == (datetime(*updated) if updated else None)


def test_date_is_no_label_inside_a_sentence():
    assert has_date_label("Date 04.12.2015") and not has_date_label("Up to date with the news on 4 December 2015")


def test_numeric_dates_read_in_the_pages_order():
    # an English page whose clocks say AM/PM prints the month first; a French one the day first
    us = page_context(["12/3/15, 8:42 AM", "By Jane Doe"], "en")
    assert us.month_first
    assert parse_date_line("12/3/15, 8:42 AM", us).published == datetime(2015, 12, 3, 8, 42)
    fr = page_context(["Publié le 03/12/2015 à 10h02"], "fr")
    assert not fr.month_first
    assert parse_date_line("Publié le 03/12/2015 à 10h02", fr).published == datetime(2015, 12, 3, 10, 2)
    # a British page printing 24-hour clocks keeps the day first
    assert not page_context(["Published 05/04/2016 | 16:41"], "en").month_first
    # a date that settles the order settles it for the whole page
    assert page_context(["11/23/2015", "12/3/15"], "fr").month_first
    assert not page_context(["23/11/2015", "12/3/15, 8:42 AM"], "en").month_first


def test_yearless_dates_need_a_reference_and_a_label():
    ctx = DateContext(reference=date(2023, 9, 9))
    assert parse_date_line("Dernière mise à jour: 10/09 - 16:42", ctx).updated == datetime(2023, 9, 10, 16, 42)
    assert parse_date_line("Dernière mise à jour: 10/09 - 16:42") is None  # no reference: no year
    assert parse_date_line("Le score était de 10/09 au dernier pointage", ctx) is None  # no label
    # the year nearest the reference: « 30 décembre » read on a page of 2 January 2016
    near = DateContext(reference=date(2016, 1, 2))
    assert parse_date_line("Publié le 30 décembre", near).published == datetime(2015, 12, 30)


def test_reference_is_the_latest_full_date_of_the_page():
    ctx = page_context(["Publié le 9 septembre 2023", "Le séisme du 8 septembre 2023", "sans date"], "fr")
    assert ctx.reference == date(2023, 9, 9)


def test_relative_dates_only_against_the_day_the_page_prints():
    ctx = page_context(["Mercredi 18 novembre 2015", "Accueil", "Monde"], "fr")
    assert ctx.today == date(2015, 11, 18)
    assert parse_date_line("Publié hier à 14h05", ctx).published == datetime(2015, 11, 17, 14, 5)
    assert parse_date_line("Publié il y a 3 jours", ctx).published == datetime(2015, 11, 15)
    assert parse_date_line("Updated 2 hours ago", ctx).updated == datetime(2015, 11, 18)
    # no day printed: no reference, no date
    assert parse_date_line("Publié hier à 14h05") is None
    assert page_context(["Accueil", "Publié hier à 14h05"], "fr").today is None
    # no label: a comment's "3 hours ago", a byline's « Il y a 3 heures » say nothing of the article
    assert parse_date_line("Il y a 3 heures", ctx) is None
