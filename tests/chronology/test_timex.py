"""Temporal expressions: each type, tense, year roll-over, the traps, English; no date without a reference."""

from datetime import date

import pytest

from dossier.chronology import find_timexes, tense

WED_18_NOV = date(2015, 11, 18)  # seed 000's publication date, a Wednesday
SUN_20_DEC = date(2015, 12, 20)  # seed 002's, a Sunday


def found(text, ref):
    return [(t.text, t.iso) for t in find_timexes(text, ref)]


@pytest.mark.parametrize("text,ref,want", [
    # full dates
    ("Les attentats du 13 novembre 2015 ont fait 130 morts.", None, [("13 novembre 2015", "2015-11-13")]),
    ("Le sommet s'est ouvert le 1er décembre 2015 à Paris.", SUN_20_DEC, [("1er décembre 2015", "2015-12-01")]),
    ("The talks opened on November 30, 2015 in Paris.", SUN_20_DEC, [("November 30, 2015", "2015-11-30")]),
    # day and month
    ("Hollande va rencontrer Obama le 24 novembre et Poutine le 26 novembre.", WED_18_NOV,
     [("24 novembre", "2015-11-24"), ("26 novembre", "2015-11-26")]),
    ("Il a rencontré son homologue le 26 novembre.", SUN_20_DEC, [("26 novembre", "2015-11-26")]),
    ("Le sommet se tiendra le 1er décembre.", WED_18_NOV, [("1er décembre", "2015-12-01")]),
    ("les attentats du 13 novembre dernier", SUN_20_DEC, [("13 novembre dernier", "2015-11-13")]),
    # months
    ("La France a décidé en septembre dernier de mener des raids.", SUN_20_DEC, [("en septembre dernier", "2015-09")]),
    ("Le texte sera voté en février prochain.", SUN_20_DEC, [("en février prochain", "2016-02")]),
    ("Les frappes ont commencé en septembre 2014.", None, [("septembre 2014", "2014-09")]),
    # weekdays by tense
    ("Barack Obama a salué mercredi le rôle de la Russie.", WED_18_NOV, [("mercredi", "2015-11-18")]),
    ("Paris a réclamé mardi l'assistance militaire.", WED_18_NOV, [("mardi", "2015-11-17")]),
    ("Le ministre va demander lundi à son homologue de frapper plus.", SUN_20_DEC, [("lundi", "2015-12-21")]),
    ("Le porte-avions partira vendredi de Toulon.", WED_18_NOV, [("vendredi", "2015-11-20")]),
    ("Paris envoie jeudi le porte-avions dans la zone.", WED_18_NOV, [("jeudi", "2015-11-19")]),
    ("Il l'avait annoncé lundi dernier.", date(2015, 11, 23), [("lundi dernier", "2015-11-16")]),
    ("Il partira lundi prochain.", date(2015, 11, 23), [("lundi prochain", "2015-11-30")]),
    # deictics, ago, relative units
    ("Dix chasseurs ont bombardé cette nuit la ville de Raqqa.", WED_18_NOV, [("cette nuit", "2015-11-18")]),
    ("Le ministre a déclaré hier que la France était en guerre.", WED_18_NOV, [("hier", "2015-11-17")]),
    ("Il arrivera demain à Moscou.", WED_18_NOV, [("demain", "2015-11-19")]),
    ("Aujourd'hui, le Parlement vote.", WED_18_NOV, [("Aujourd'hui", "2015-11-18")]),
    ("Un partage du ciel a été signé il y a huit semaines.", WED_18_NOV, [("il y a huit semaines", "2015-W39")]),
    ("Il y a trois jours, l'armée a frappé.", WED_18_NOV, [("Il y a trois jours", "2015-11-15")]),
    ("Le texte a été adopté la semaine dernière.", WED_18_NOV, [("la semaine dernière", "2015-W46")]),
    ("La coalition s'est formée l'an dernier.", WED_18_NOV, [("l'an dernier", "2014")]),
    ("Les frappes ont commencé en 2014.", None, [("en 2014", "2014")]),
    # English
    ("The minister said last Friday that talks would resume.", date(2016, 3, 4), [("last Friday", "2016-02-26")]),
    ("He will travel to Moscow on Monday.", date(2016, 3, 4), [("on Monday", "2016-03-07")]),
    ("Officials met on Monday in Vienna.", date(2016, 3, 4), [("on Monday", "2016-02-29")]),
    ("Talks resume on March 3, the envoy said.", date(2016, 2, 20), [("March 3", "2016-03-03")]),
    ("The jets struck yesterday, two days ago and three weeks ago.", date(2016, 3, 4),
     [("yesterday", "2016-03-03"), ("two days ago", "2016-03-02"), ("three weeks ago", "2016-W06")]),
])
def test_expressions(text, ref, want):
    assert found(text, ref) == want


@pytest.mark.parametrize("text,ref,want", [
    ("Le sommet aura lieu en janvier à Bruxelles.", date(2015, 12, 10), "2016-01"),  # roll over to next year
    ("Il avait annoncé en janvier sa candidature.", date(2015, 12, 10), "2015-01"),  # past: this year
    ("Les élections se tiendront le 10 janvier.", date(2015, 12, 28), "2016-01-10"),
    ("Il a été élu le 28 décembre.", date(2016, 1, 3), "2015-12-28"),
    ("Le 2 janvier, le président parlera.", date(2015, 12, 30), "2016-01-02"),
])
def test_year_roll_over(text, ref, want):
    assert [t.iso for t in find_timexes(text, ref)] == [want]


@pytest.mark.parametrize("text", [
    "Sept personnes ont été tuées dans l'attaque.",
    "Mars est une planète que la sonde a photographiée.",
    "Le conflit syrien a fait plus de 250.000 morts.",
    "Voir la page 12 du rapport de 2015 pages.",
    "Il a dit qu'il maintiendrait sa position, mais pas davantage.",
    "Les chasseurs sont décollés de la base aérienne en maintenant le cap.",
    "C'est une coalition qui se met en place, avec un rapprochement des capitales hier en délicatesse.",
    "The minister may travel later, he said.",
    "Les deux ministres évoqueront la « deconfliction » en quatre ans et demi.",
])
def test_false_date_traps(text):
    assert found(text, WED_18_NOV) == []


def test_no_publication_date_gives_only_absolute_dates():
    text = "Hollande va rencontrer Obama le 24 novembre, deux ans après les attentats du 13 novembre 2015, mardi."
    # « deux ans après » a full date is as absolute as that date
    assert found(text, None) == [("deux ans après", "2017"), ("13 novembre 2015", "2015-11-13")]


@pytest.mark.parametrize("clause,want", [
    ("Barack Obama a salué le rôle de la Russie", "past"),
    ("Le ministre va demander à son homologue", "future"),
    ("Paris envoie le porte-avions", "present"),
    ("Il partira de Toulon", "future"),
    ("The minister said the talks", "past"),
    ("He will travel to Moscow", "future"),
    ("Hollande rencontre Obama à Washington", "present"),
])
def test_tense(clause, want):
    assert tense(clause) == want


def test_precision_is_kept():
    kinds = {t.text: t.precision for t in find_timexes(
        "Il a parlé le 24 novembre, en septembre dernier, il y a huit semaines et en 2014.", WED_18_NOV)}
    assert kinds == {"24 novembre": "day", "en septembre dernier": "month", "il y a huit semaines": "week",
                     "en 2014": "year"}
