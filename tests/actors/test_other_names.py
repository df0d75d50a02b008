"""An actor page's other names: one per spelling, the best-written form, never the page's own name."""

from __future__ import annotations

from collections import Counter

from dossier.actors import named, other_names


def test_the_seed_spellings_of_the_islamic_state():
    # what the seed articles call « État islamique » (the names the build counted)
    forms = Counter({"EI": 9, "Daech": 3, "groupe Etat islamique": 1, "organisation État islamique": 1,
                     "Etat Islamique": 2, "organisation Etat Islamique": 1, "Daesch": 1, "groupe état islamique": 1,
                     "État islamique": 1})
    assert other_names("État islamique", forms) == [
        "EI", "Daech", "groupe Etat islamique", "organisation État islamique", "Daesch"]


def test_case_and_accents_make_one_name_written_as_best():
    assert other_names("Vladimir Poutine", Counter({"président russe": 1, "Poutine": 1, "président Russe": 1})) == [
        "président russe", "Poutine"]
    assert other_names("État islamique", Counter({"ETAT ISLAMIQUE DE SYRIE": 3, "État islamique de Syrie": 1})) == [
        "État islamique de Syrie"]  # accents and no shouting win over numbers
    assert other_names("Union européenne", Counter({"Ue": 2, "UE": 1})) == ["UE"]  # an acronym in capitals


def test_the_page_name_with_an_article_or_another_case_is_not_another_name():
    assert other_names("France", Counter({"La France": 4, "france": 1, "Hexagone": 1})) == ["Hexagone"]
    assert other_names("Jean-Yves Le Drian", Counter({"Le Drian": 3, "le drian": 1, "M. Le Drian": 2})) == [
        "Le Drian", "M. Le Drian"]


def test_an_editor_names_an_actor_by_any_of_its_forms():
    actor = named([("Jean-Yves Le Drian", ["Le Drian"], "jean yves le drian"),
                   ("État islamique", ["EI", "Daech"], "etat islamique")])
    assert actor("le drian") == "jean yves le drian"
    assert actor("Etat islamique") == "etat islamique" and actor("DAECH") == "etat islamique"
    assert actor("Sergueï Choïgou") is None
