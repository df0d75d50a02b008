"""The outlet of a pasted page: from its furniture, never a menu word, never an agency."""

from __future__ import annotations

import pytest

from dossier.convert import parse_article
from dossier.convert.publisher import copyright_names, find_publisher, plausible, staff_outlet

BODY = ("Le gouvernement a annoncé mardi une série de mesures pour les hôpitaux, après plusieurs semaines de "
        "grève dans les services d'urgence de la région, a indiqué le ministre.")


def page(*furniture_top: str, foot: tuple[str, ...] = (), title: str = "Les urgences obtiennent un plan") -> str:
    """A full page: furniture, the title, three paragraphs, more furniture."""
    return "\n".join([*furniture_top, title, BODY, BODY.replace("mardi", "mercredi"),
                      BODY.replace("mardi", "jeudi"), *foot]) + "\n"


def test_menu_words_repeated_are_not_the_outlet():
    text = page("Partager", "Voir plus", "Tags", "Le Quotidien",
                foot=("Partager", "Voir plus", "Tags", "Lire aussi", "Signaler une erreur",
                      "© 2015 Le Quotidien - Tous droits réservés"))
    assert parse_article(text).source == "Le Quotidien"


def test_a_page_that_names_no_outlet_has_none():
    text = page("Partager", "Voir plus", "Email", foot=("Partager", "Voir plus", "Email", "Tags", "Deezer"))
    assert parse_article(text).source is None


def test_the_domain_spells_the_name():
    # "Le Quotidien" is printed once, but the contact address is lequotidien.fr
    text = page("Accueil", foot=("Le Quotidien", "Écrire à la rédaction : redaction@lequotidien.fr"))
    assert parse_article(text).source == "Le Quotidien"


def test_the_site_speaking_of_itself():
    text = page("Accueil", foot=("La Gazette du Nord ne vit que par ses lecteurs. Nous soutenir, c'est garantir "
                                 "une information libre et indépendante. Je fais un don",
                                 "Suivez La Gazette du Nord sur Facebook"))
    assert parse_article(text).source == "La Gazette du Nord"


def test_a_menu_between_bars_is_no_sentence_of_the_site():
    text = page("Accueil", foot=("Order Reprints | Today's Paper | Subscribe",))
    assert parse_article(text).source is None


def test_an_agency_is_never_the_publisher():
    art = parse_article(page("Accueil", foot=("© 2015 AFP - Tous droits réservés", "AFP")))
    assert art.source is None
    art = parse_article("Les députés votent les frappes\nPar Europe1.fr avec AFP\n\n" + BODY)
    assert (art.source, art.agency) == ("Europe1.fr", "AFP")
    art = parse_article("Les députés votent les frappes\nSource: Belga\n\n" + BODY)
    assert (art.source, art.agency) == (None, "Belga")


def test_a_source_line_naming_outlet_and_agencies():
    text = page("Al Jazeera", "News", title="Turkey downs Russian jet near Syria border",
                foot=("Source: Al Jazeera and news agencies", "Follow Al Jazeera English:",
                      "© 2015 Al Jazeera Media Network"))
    assert parse_article(text).source in ("Al Jazeera", "Al Jazeera Media Network")


def test_a_name_the_story_tells_is_not_the_outlet():
    story = ("Les Républicains ont voté contre le texte mardi soir, après un long débat dans l'hémicycle où les "
             "députés Les Républicains ont dénoncé une loi bâclée.")
    menu = ["Accueil", "Politique", "Société", "Économie", "Monde", "Culture", "Sport", "Sciences", "Idées"]
    texts = [*menu, "La loi adoptée", story, story, story, "Tags", "Les Républicains", "Assemblée nationale",
             "Les Républicains"]
    assert find_publisher(texts, story={9, 10, 11, 12}) is None


@pytest.mark.parametrize("line,outlet", [
    ("By HT Correspondent, New Delhi", "HT"),
    ("La rédaction de TF1info | Reportage TF1 Clémence Aubry", "TF1info"),
    ("By TOM WELLINGS, DEFENCE CORRESPONDENT FOR MAILONLINE and KATIE REDFERN", "MAILONLINE"),
    ("By ITV News Calendar Reporter Rachel Hindmarch", "ITV News Calendar"),
    ("By Harriet Colborne, Political Correspondent", None),  # a role, not an outlet
    ("Par Jean Dupont", None),
])
def test_staff_words_name_the_outlet(line, outlet):
    assert staff_outlet(line) == outlet


@pytest.mark.parametrize("line,names", [
    ("© 2015 The Spectator (1828) Ltd. All rights reserved.", ["The Spectator"]),
    ("Copyright © 2015 Kapitalis. Tous droits réservés.", ["Kapitalis"]),
    ("© Copyright 2016 The Globe and Mail Inc. All rights reserved.", ["The Globe and Mail"]),
    ("Des débris du Su-24, le 24 novembre 2015. © Maxppp - Stringer", []),  # a photo's credit
    ("Copyright 2015 The Associated Press. All rights reserved.", []),  # an agency
])
def test_copyright_names(line, names):
    assert copyright_names([line]) == names


@pytest.mark.parametrize("name,ok", [
    ("Le Quotidien", True), ("Seneweb.com", True), ("Partager", False), ("Voir plus", False), ("Email", False),
    ("Lire aussi", False), ("Signaler une erreur", False), ("Reuters", False), ("Monde", False), ("France", False),
    ("L'invité de 7h50", False), ("Nous", False), ("Associated", False), ("Suivez La Gazette", False),
    ("L'association", False), ("Moyen-Orient et Monde", False),
])
def test_plausible_names(name, ok):
    assert plausible(name) is ok


def test_a_subdomain_spells_the_name():
    # news.sky.com: "Sky News", printed once in the furniture
    text = page("Accueil", foot=("Sky News", "Share this story: https://news.sky.com/story/raid-saint-denis"))
    assert parse_article(text).source == "Sky News"


def test_a_fuller_form_may_end_on_a_calendar_word():
    # "SUN" is an abbreviation of Sunday, and part of the name
    texts = ["Pagosa Springs SUN", "Local News", "Pagosa Springs", "Titre", "Pagosa Springs weather",
             "Pagosa Springs events", "Subscribe to the Pagosa Springs SUN newsletter",
             "© 2017 The Pagosa Springs SUN. All rights reserved."]
    assert find_publisher(texts, story={3}) in ("Pagosa Springs SUN", "The Pagosa Springs SUN")


def test_a_press_name_under_the_title_is_the_outlet_not_an_author():
    art = parse_article("Pensioner describes knifepoint raid on filling station\nBelfast Telegraph Digital\n"
                        "Published 05/04/2016 | 16:41\n\n" + BODY)
    assert art.source == "Belfast Telegraph Digital" and art.authors == []
