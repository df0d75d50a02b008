"""The search help's examples come from the dossier and find articles."""

from __future__ import annotations

from datetime import date

from dossier.editorfiles import ORG, PERSON, PLACE
from dossier.site.searchhelp import SearchExample, search_examples

ACTORS = [("Jean-Yves Le Drian", PERSON), ("François Hollande", PERSON), ("État islamique", ORG), ("Moscou", PLACE)]


def test_the_most_cited_of_each_kind_a_day_said_in_the_texts_and_the_usual_source():
    days = [(date(2015, 11, 24), ["Il verra Obama mardi."]),  # dated by « mardi »: not offered as « 24 novembre »
            (date(2015, 11, 26), ["Il a rencontré Vladimir Poutine le 26 novembre."])]
    assert search_examples(ACTORS, days, ["Le Vif", "AFP", "Le Vif", ""]) == [
        SearchExample("Jean-Yves Le Drian", "personne"), SearchExample("État islamique", "organisation"),
        SearchExample("Moscou", "lieu"), SearchExample("26 novembre", "date"), SearchExample("Le Vif", "source")]


def test_the_first_of_the_month_and_what_is_missing():
    days = [(date(2015, 12, 1), ["Réunion le 1er décembre à Paris."])]
    assert search_examples([("Paris", PLACE)], days, []) == [SearchExample("Paris", "lieu"),
                                                             SearchExample("1er décembre", "date")]
    assert search_examples([], [(date(2015, 11, 2), ["le 12 novembre"])], []) == []  # « 2 novembre » is not said
