"""The title line of a pasted page: never a breadcrumb, a date line, a banner's line or a paragraph."""

from __future__ import annotations

import pytest

from dossier.convert import parse_article
from dossier.convert.title import candidate_features, excluded

PROSE = ("Le Conseil national de sécurité a décidé dimanche de maintenir le niveau de la menace à quatre pour la "
         "région bruxelloise, a annoncé le Premier ministre lors d'une conférence de presse.")


@pytest.mark.parametrize("line", [
    "Accueil › France › Société",  # a breadcrumb
    "Monde > Europe",
    "Publié le 18/11/2015 05:41 Mis à jour le 18/11/2015 12:00",  # a date line
    "This content was published on November 25, 2015 - 15:12",
    "Par Luc Mathieu — 19 novembre 2015 à 17:41",  # a byline
    "Image caption Russian long-range bombers struck targets in Syria on Tuesday",  # a caption's label
    "© 2015 Le Monde - Tous droits réservés",
    "Ouest-France",  # the outlet's name alone
    "Partager sur Facebook",  # the site's own vocabulary
])
def test_never_a_title(line):
    assert excluded(line)


@pytest.mark.parametrize("line", [
    "Bruxelles reste en alerte maximale : écoles et métro fermés lundi",
    "13 novembre 2015 : la nuit où tout a basculé",  # a date inside a title is no date line
    "Who speaks for Labour now?",
])
def test_may_be_a_title(line):
    assert not excluded(line)


def test_the_first_paragraph_is_not_a_candidate():
    rows = candidate_features(["Titre", PROSE, PROSE, PROSE])
    assert rows[0] is not None and rows[1] is None


def test_an_interview_title_shaped_like_prose_is_whole():
    title = ("Mohamed-Larbi Benaïssa. Chercheur en relations internationales : « La coalition contre Daech est "
             "d'abord une coalition d'intérêts »")
    art = parse_article("\n".join(["Accueil", "International", title, "le 30.11.15 | 10h00", "Réagissez",
                                   "Tweet", PROSE, PROSE, PROSE]))
    assert art.title == title and not art.title_derived
    assert art.published is not None and art.published.strftime("%Y-%m-%d %H:%M") == "2015-11-30 10:00"


def test_a_consent_banner_and_a_menu_above_the_title():
    menu = ["Europe", "Amériques", "Afrique", "France", "Économie", "Société", "Sciences", "Culture"]
    lines = ["Passer au contenu principal", "Le Quotidien et ses partenaires utilisent des cookies",
             "Nous utilisons des cookies pour mesurer l'audience du site et vous proposer des publicités "
             "personnalisées. Vous pouvez changer d'avis à tout moment.", "Accepter et fermer", "Paramétrer",
             "Le Quotidien", *menu, "Belgique", "Bruxelles reste en alerte maximale : écoles et métro fermés lundi",
             "Le niveau de la menace reste fixé à quatre pour la région bruxelloise, a décidé le Conseil national",
             "Par Jean Dupont", "Publié le 22 novembre 2015 à 11h25", "Partager", PROSE, PROSE, PROSE]
    art = parse_article("\n".join(lines))
    assert art.title == "Bruxelles reste en alerte maximale : écoles et métro fermés lundi"
    assert art.authors == ["Jean Dupont"]
