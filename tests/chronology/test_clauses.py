"""The clause each date belongs to, and the actors named inside it: real sentences, French and English."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.chronology import build_events, find_dated, merge

NOV_18 = date(2015, 11, 18)  # the seed article 000's publication
DEC_20 = date(2015, 12, 20)  # the seed article 002's
HEADLINE = ("François Hollande va rencontrer Barack Obama à Washington le 24 novembre et Vladimir Poutine à Moscou "
            "le 26 novembre")  # seed 000's title


def clauses_of(sentence: str, ref: date = NOV_18, lang: str = "fr") -> list[tuple[str, str]]:
    """(date as the text writes it, its clause) for each date of a one-sentence paragraph."""
    return [(d["expression"], d["text"]) for d in find_dated([sentence], ref, lang)]


def actors_of(sentence: str, names: list[str], ref: date = NOV_18, lang: str = "fr") -> list[list[str]]:
    """The actors of each event of a one-sentence paragraph naming `names` (keys: the names)."""
    spans = [(0, sentence.index(n), sentence.index(n) + len(n), n) for n in names]
    return [e.actors for e in build_events(find_dated([sentence], ref, lang), ["p1"], "articles/a.html", spans)]


def test_three_events_of_one_sentence_each_get_their_clause():
    s = ("Quatre jours après les attentats, la France continue ses frappes en Syrie -encore 10 chasseurs ont "
         "bombardé cette nuit la ville de Raqqa et Paris envoie jeudi dans cette zone le porte-avion Charles de "
         "Gaulle.")
    assert clauses_of(s) == [
        ("Quatre jours après", "Quatre jours après les attentats, la France continue ses frappes en Syrie"),
        ("cette nuit", "Encore 10 chasseurs ont bombardé cette nuit la ville de Raqqa"),
        ("jeudi", "Paris envoie jeudi dans cette zone le porte-avion Charles de Gaulle")]
    assert actors_of(s, ["France", "Syrie", "Raqqa", "Paris", "Charles de Gaulle"]) == [
        ["France", "Syrie"], ["Raqqa"], ["Paris", "Charles de Gaulle"]]


def test_a_verbless_clause_takes_the_words_it_shares_with_the_one_before():
    s = HEADLINE
    assert clauses_of(s) == [
        ("24 novembre", "François Hollande va rencontrer Barack Obama à Washington le 24 novembre"),
        ("26 novembre", "François Hollande va rencontrer Vladimir Poutine à Moscou le 26 novembre")]
    assert actors_of(s, ["François Hollande", "Barack Obama", "Washington", "Vladimir Poutine", "Moscou"]) == [
        ["François Hollande", "Barack Obama", "Washington"], ["François Hollande", "Vladimir Poutine", "Moscou"]]
    en = "Obama will meet Hollande on Tuesday and Putin on Thursday, the White House said."
    assert clauses_of(en, lang="en") == [("on Tuesday", "Obama will meet Hollande on Tuesday"),
                                         ("on Thursday", "Obama will meet Putin on Thursday")]
    # « et jeudi » shares nothing that can be told apart: it keeps the whole coordination
    assert clauses_of("Hollande sera à Paris mercredi et jeudi.") == [
        ("mercredi", "Hollande sera à Paris mercredi"), ("jeudi", "Hollande sera à Paris mercredi et jeudi")]


def test_a_relative_clause_holding_the_date_is_read_with_its_antecedent():
    s = ("La visite de M. Le Drian à Moscou s’inscrit dans le prolongement de celle du président français François "
         "Hollande, qui a rencontré son homologue Vladimir Poutine le 26 novembre pour tenter de bâtir une coalition "
         "élargie anti-EI au lendemain des attentats de Paris.")
    assert clauses_of(s, DEC_20) == [("26 novembre", "François Hollande a rencontré son homologue Vladimir Poutine le "
                                      "26 novembre pour tenter de bâtir une coalition élargie anti-EI au lendemain "
                                      "des attentats de Paris")]
    # Le Drian's visit is another event: he is no actor of this one
    assert actors_of(s, ["Le Drian", "Moscou", "François Hollande", "Vladimir Poutine", "Paris"], DEC_20) == [
        ["François Hollande", "Vladimir Poutine", "Paris"]]
    en = "The trouble is that none of this touches the real difficulty, which was sitting in the Kremlin last night."
    assert clauses_of(en, date(2015, 11, 27), "en") == [("last night", "The real difficulty was sitting in the "
                                                                      "Kremlin last night")]


def test_a_relative_clause_between_commas_is_left_out_of_the_main_one():
    s = "Hollande, qui avait rencontré Obama mardi, a vu Poutine jeudi à Moscou."
    assert [c for _e, c in clauses_of(s)] == ["Hollande avait rencontré Obama mardi",
                                              "Hollande a vu Poutine jeudi à Moscou"]
    assert actors_of(s, ["Hollande", "Obama", "Poutine", "Moscou"]) == [["Hollande", "Obama"],
                                                                       ["Hollande", "Poutine", "Moscou"]]


def test_a_relative_clause_never_closed_after_the_subject_keeps_the_sentence():
    s = ("Daech, qui occupe de larges portions de territoires en Syrie et en Irak est à l’origine des attentats du "
         "13 novembre dernier qui ont fait 130 morts à Paris.")
    assert clauses_of(s, DEC_20) == [("13 novembre dernier", s.rstrip("."))]


def test_a_complement_clause_is_the_clause_of_the_date_inside_it():
    s = ("Mardi, la ministre des Solidarités et de la Santé, Agnès Buzyn, a rappelé que la campagne de vaccination se "
         "poursuivait jusqu'au 31 janvier.")
    assert clauses_of(s, date(2018, 1, 10)) == [
        ("Mardi", s.rstrip(".")), ("31 janvier", "La campagne de vaccination se poursuivait jusqu'au 31 janvier")]
    # "that" after a noun opens no complement clause
    en = ("Downtown L.A. recorded 4.1 inches of rain on Sunday, one of the wettest single days in records that go back "
          "to 1877, according to the National Weather Service.")
    assert [c for _e, c in clauses_of(en, date(2024, 2, 5), "en")] == [
        "Downtown L.A. recorded 4.1 inches of rain on Sunday",
        "One of the wettest single days in records that go back to 1877"]


def test_a_clause_opening_on_its_verb_takes_the_subject_before_it():
    en = ("Environment Secretary Liz Truss has chaired an emergency Cobra meeting this evening and will chair another "
          "tomorrow morning.")
    assert [c for _e, c in clauses_of(en, date(2015, 12, 5), "en")] == [
        "Environment Secretary Liz Truss has chaired an emergency Cobra meeting this evening",
        "Environment Secretary Liz Truss will chair another tomorrow morning"]
    assert [c for _e, c in clauses_of("Le vote a été reporté lundi et sera examiné jeudi.")] == [
        "Le vote a été reporté lundi", "Le vote sera examiné jeudi"]


@pytest.mark.parametrize(("sentence", "ref", "lang", "clause"), [
    # only the date before the colon: the clause goes on after it
    ("Mardi 17 novembre : la France invoque l'article 42.7 du traité.", NOV_18, "fr",
     "Mardi 17 novembre : la France invoque l'article 42.7 du traité"),
    # a period is one date for its clause: « et » inside it parts nothing
    ("Entre 2015 et 2019, il avait puisé dans les comptes du club.", date(2021, 10, 14), "fr",
     "Entre 2015 et 2019, il avait puisé dans les comptes du club"),
    # the last comma of a list is no clause break
    ("Leaders from France, Britain, and Germany met on Monday in Paris.", NOV_18, "en",
     "Leaders from France, Britain, and Germany met on Monday in Paris"),
    # a quotation cut by its reporting clause keeps who says it, and its guillemets balance
    ("« On va avoir un échange lundi sur ce que nous considérons comme groupes terroristes », a déclaré M. Le Drian.",
     DEC_20, "fr", "« On va avoir un échange lundi sur ce que nous considérons comme groupes terroristes », "
                   "a déclaré M. Le Drian"),
    ("Lundi, c'était pire », soupire Dirk Vanhoutte, chauffeur routier flamand.", NOV_18, "fr",
     "« Lundi, c'était pire », soupire Dirk Vanhoutte, chauffeur routier flamand"),
    ('"We watched it come up in 2012.', date(2024, 1, 10), "en", '"We watched it come up in 2012"'),
    ('Today it has happened in Lincolnshire."', date(2022, 7, 19), "en", '"Today it has happened in Lincolnshire."'),
    # an antecedent may be two names
    ("Mei Xiang and Tian Tian, who came to Washington in 2000, are going back under the terms of an agreement.",
     date(2023, 9, 28), "en", "Mei Xiang and Tian Tian came to Washington in 2000"),
    # « mais » between two adjectives parts no clause
    ("L'ancien coq, cabossé mais miraculeusement retrouvé dans les décombres le 16 avril 2019, sera exposé.",
     date(2024, 1, 10), "fr",
     "L'ancien coq, cabossé mais miraculeusement retrouvé dans les décombres le 16 avril 2019, sera exposé"),
])
def test_clause_edges(sentence, ref, lang, clause):
    found = clauses_of(sentence, ref, lang)
    assert found and {c for _e, c in found} == {clause}


def test_a_reporting_clause_holding_its_date_is_told_with_what_it_reports():
    s = "A 24-hour walkout by drivers on the Central line planned for Thursday has been called off, the RMT said today."
    assert clauses_of(s, date(2017, 3, 14), "en") == [
        ("Thursday", "A 24-hour walkout by drivers on the Central line planned for Thursday has been called off"),
        ("today", s.rstrip("."))]


def test_an_event_told_only_by_the_headline_shows_its_clause_once():
    title = HEADLINE
    chapo = title + ". Une grande coalition militaire anti-organisation État islamique se met en place."
    body = ("La visite de M. Le Drian à Moscou s’inscrit dans le prolongement de celle du président français François "
            "Hollande, qui a rencontré son homologue Vladimir Poutine le 26 novembre pour tenter de bâtir une "
            "coalition.")
    events = (build_events(find_dated([title, chapo], NOV_18), ["", "chapo"], "articles/000.html")
              + build_events(find_dated(["Le ministre à Moscou", body], DEC_20), ["", "p9"], "articles/002.html"))
    entries = {e.iso: e for e in merge(events)}
    # the headline and the standfirst tell the 24th: one entry, one source, the standfirst's paragraph
    assert entries["2015-11-24"].text == "François Hollande va rencontrer Barack Obama à Washington le 24 novembre"
    assert [(s.article, s.anchor) for s in entries["2015-11-24"].cited] == [("articles/000.html", "chapo")]
    # the body of another article tells the 26th: its clause, not the headline
    assert entries["2015-11-26"].text.startswith("François Hollande a rencontré son homologue Vladimir Poutine")
    assert [(s.article, s.anchor) for s in entries["2015-11-26"].cited] == [("articles/000.html", "chapo"),
                                                                           ("articles/002.html", "p9")]
    assert len({e.text for e in entries.values()}) == len(entries)


def test_two_entries_of_one_text_say_their_date():
    s = "Le sommet se tiendra du 30 novembre au 11 décembre au Bourget."
    entries = merge(build_events(find_dated([s], NOV_18), ["p1"], "articles/a.html"))
    assert [e.text for e in entries] == ["Le sommet se tiendra du 30 novembre au 11 décembre au Bourget",
                                         "Le sommet se tiendra du 30 novembre au 11 décembre au Bourget (11 décembre)"]
