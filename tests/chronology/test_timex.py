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
    assert found(text, None) == [("13 novembre 2015", "2015-11-13")]


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


# --- what governs a date gives its tense ----------------------------------------------------------

SAT_21_NOV = date(2015, 11, 21)
WED_25_NOV = date(2015, 11, 25)


@pytest.mark.parametrize("text,ref,want", [
    # a participle right before the date
    ("La résolution adoptée vendredi soir appelle à combattre Daech.", SAT_21_NOV, "2015-11-20"),
    ("Le vote prévu jeudi pourrait être reporté.", SAT_21_NOV, "2015-11-26"),
    ("The strikes announced on Monday hit Raqqa.", date(2015, 11, 19), "2015-11-16"),
    ("Angela Merkel est attendue mercredi à Paris.", SAT_21_NOV, "2015-11-25"),
    ("Partis samedi depuis Chamrousse, deux randonneurs ont été retrouvés.", date(2021, 2, 7), "2021-02-06"),
    ("Sollicité lundi, le directeur dénonce une présentation à charge.", date(2019, 3, 12), "2019-03-11"),
    ("A walkout planned for Thursday has been called off, the union said today.", date(2017, 3, 14),
     "2017-03-16"),
    # an auxiliary before the participle gives the tense
    ("Il sera examiné jeudi par les députés.", date(2015, 11, 18), "2015-11-19"),
    # « après » + the noun the date belongs to
    ("Après l'attentat de vendredi, la France est en deuil.", SAT_21_NOV, "2015-11-20"),
    # the nearest cue before the date
    ("Lavrov called off a visit that was due to take place on Wednesday.", date(2015, 11, 24), "2015-11-25"),
    ("Cameron promised to put the case to MPs on Thursday.", date(2015, 11, 23), "2015-11-26"),
    ("François Hollande était mardi à Washington.", WED_25_NOV, "2015-11-24"),
    ("Le chef de l'Etat poursuivra ses consultations dimanche avec Xi Jinping.", date(2015, 11, 27), "2015-11-29"),
    # else the first cue after it, not the one of the clause it introduces
    ("Mercredi, Angela Merkel a annoncé à Paris que l'Allemagne « prendrait sa part ».", date(2015, 11, 27),
     "2015-11-25"),
    ("Mardi, la ministre des Solidarités et de la Santé, Agnès Buzyn, a rappelé que la campagne se poursuivait.",
     date(2018, 1, 10), "2018-01-09"),
    ("Speaking to reporters on Monday, Trudeau said Canada would remain in the coalition.", date(2015, 11, 18),
     "2015-11-16"),
    # a verbless clause takes the tense of the clause before
    ("Le texte sera débattu à l'Assemblée et vendredi au Sénat, a précisé le porte-parole.",
     date(2015, 11, 18), "2015-11-20"),
    # an English present: the closest day
    ("Hail the size of golf balls hit the Wheatbelt on Monday afternoon.", date(2021, 10, 13), "2021-10-11"),
    ("Angela Merkel is in Paris on Wednesday.", date(2015, 11, 23), "2015-11-25"),
    ("Depuis lundi, les Rafale frappent Raqqa.", date(2015, 11, 27), "2015-11-23"),
])
def test_the_governing_word_gives_the_tense(text, ref, want):
    """Every weekday or day and month of the sentence has the date wanted."""
    timexes = find_timexes(text, ref)
    assert want in [t.iso for t in timexes]
    assert all(t.iso == want for t in timexes if t.kind in ("weekday", "daymonth"))


@pytest.mark.parametrize("text,ref,want", [
    # the tense's year only within about half a year: « le 6 janvier » initially planned, read on 9 January
    ("Les résultats, initialement attendus le 6 janvier, ont été publiés.", date(2019, 1, 9), ["2019-01-06"]),
    ("En octobre, l'armée turque avait déjà averti qu'elle appliquerait ses règles.", WED_25_NOV, ["2015-10"]),
    # a weekday with its date picks the year they agree in
    ("Élu dimanche 30 octobre, Lula fait un retour historique.", date(2022, 10, 31), ["2022-10-30"]),
    ("La décision d'abattre le Su-24, mardi 24 novembre, surprend.", WED_25_NOV, ["2015-11-24"]),
    ("More than 3,500 shows opened on Friday 4 August.", date(2023, 8, 28), ["2023-08-04"]),
    # other absolute forms
    ("Depuis le 13-Novembre, la France est en guerre.", date(2016, 3, 1), ["2015-11-13"]),
    ("The attacks on November 13 killed 130 people.", SAT_21_NOV, ["2015-11-13"]),
    ("They met between October 10 and December 2 last year.", date(2019, 3, 14), ["2018-10-10", "2018-12-02"]),
    ("Next year's Fringe will run from 2 to 26 August 2024.", date(2023, 8, 28), ["2024-08-02", "2024-08-26"]),
    ("L'état d'urgence décrété dans la nuit du 13 au 14 novembre.", date(2015, 11, 18), ["2015-11-13", "2015-11-14"]),
    ("Entre juin et octobre 2018, l'ARS a inspecté trois maisons.", date(2019, 3, 12), ["2018-06", "2018-10"]),
    ("Entre 2015 et 2019, il avait puisé dans les comptes.", None, ["2015", "2019"]),
    ("Lille est champion pour la quatrième fois, après 1946, 1954 et 2011.", None, ["1946", "1954", "2011"]),
    ("The victory follows the Grand Slams of 1948 and 2009.", None, ["1948", "2009"]),
    # month and year precision
    ("Dès le début du mois d'octobre, des chasseurs avaient franchi la frontière.", WED_25_NOV, ["2015-10"]),
    ("Fin mars, la tonne de cacao a dépassé 9 000 dollars.", date(2024, 4, 2), ["2024-03"]),
    ("Le réseau serait derrière l'escroquerie dont a été victime en mars un commerçant.", date(2021, 6, 14),
     ["2021-03"]),
    ("The unit is expected to report by the end of October.", date(2017, 8, 21), ["2017-10"]),
    ("C'était une nuit ordinaire de l'été 2022.", None, ["2022"]),
    ("Yilmaz, recruté l'été dernier, a marqué 16 buts.", date(2021, 5, 23), ["2020"]),
    ("From the launch in June 2014 to the massacre that December, air power failed.", SAT_21_NOV,
     ["2014-06", "2014-12"]),
])
def test_forms_and_years(text, ref, want):
    assert [t.iso for t in find_timexes(text, ref)] == want


@pytest.mark.parametrize("text,ref,want", [
    # from the date of the sentence, or of the publication for a sentence in the present
    ("Deux ans après le 13 novembre 2015, la France commémore.", None, ["2017", "2015-11-13"]),
    # the event named is dated already
    ("Dix jours après les scrutins du 30 décembre, la Commission a publié les résultats.", date(2019, 1, 9),
     ["2018-12-30"]),
    ("Hollande s'exprime devant les maires, deux jours après son discours à Versailles.", date(2015, 11, 18),
     ["2015-11-16"]),
    # "three weeks after" is no exact day
    ("The coalition is bigger, three weeks after the massacres in Paris.", date(2015, 12, 3), []),
    ("Le coq a été retrouvé dans les décombres au lendemain du 15 avril 2019.", date(2024, 2, 16),
     ["2019-04-16", "2019-04-15"]),
    ("Il poursuivra ses consultations dimanche, à la veille de l'ouverture de la COP21.", date(2015, 11, 27),
     ["2015-11-29", "2015-11-30"]),
    # not from a sentence in the past (its date is not said), nor a figure of speech
    ("Il a démissionné trois jours après le scandale.", SAT_21_NOV, []),
    ("Il a rencontré Poutine le 26 novembre pour bâtir une coalition au lendemain des attentats.", date(2015, 12, 20),
     ["2015-11-26"]),
    ("Cinq ans après l'incendie, la cathédrale retrouve sa silhouette.", date(2024, 2, 16), []),
])
def test_dates_counted_from_the_sentence(text, ref, want):
    assert [t.iso for t in find_timexes(text, ref)] == want


@pytest.mark.parametrize("text", [
    "La plénière se poursuit au siège de l'institution, sur le boulevard du 30 Juin.",
    "In March 2021, parents arriving for Saturday classes found the doors locked.",
    "Only a few years ago this was a figure for the second half of the century.",
    "Organisers say this year's festival was bigger.",
    "Plus de 2000 personnes ont manifesté, contre 2015 policiers.",
    "30 Nov 2015",
    "Les écoles étaient fermées tous les lundis.",
    "Une lettre ouverte publiée par le Journal du dimanche décrivait un secteur à l'agonie.",
    "Il a tenu les comptes pendant près de quinze ans.",
])
def test_more_traps(text):
    assert [t.iso for t in find_timexes(text, date(2023, 8, 28)) if t.kind != "month"] == []


def test_weekdays_listed_in_order_are_one_week():
    text = ("On Monday, David Cameron at the Elysée; on Tuesday, the White House; on Wednesday, a dinner with "
            "Angela Merkel; on Thursday, supper with Vladimir Putin.")
    assert [t.iso for t in find_timexes(text, date(2015, 11, 27))] == [
        "2015-11-23", "2015-11-24", "2015-11-25", "2015-11-26"]


@pytest.mark.parametrize("text,ref,want", [
    # a conditional passive is to come; a passive infinitive takes its modal's tense
    ("Le Centre de crise a annoncé que la menace serait ramenée à 3 mercredi.", date(2015, 11, 23), "2015-11-25"),
    ("Les deux suspects devaient être présentés vendredi au parquet.", date(2019, 3, 14), "2019-03-15"),
    # a verb before the participle makes it an attribute
    ("Les écoles resteront fermées lundi.", date(2020, 10, 3), "2020-10-05"),
    ("Nous serons reçus lundi à la préfecture.", date(2022, 8, 7), "2022-08-08"),
    # « ce lundi », "this Monday": this week's, whatever the verb
    ("Écoles, universités et métro fermés ce lundi", date(2015, 11, 22), "2015-11-23"),
    # until: the end of what goes on now
    ("L'office a prolongé jusqu'à mardi soir son bulletin spécial.", date(2012, 2, 6), "2012-02-07"),
    ("Hollande asked lawmakers to extend the state of emergency until late February.", date(2015, 11, 16),
     "2016-02"),
    # what « après » governs is before the clause's time, unless a verb governs it all
    ("Le chef de l'État poursuit sa tournée : après Washington mardi, il sera reçu jeudi à Moscou.",
     date(2015, 11, 25), "2015-11-24"),
    ("Il partira après la réunion de jeudi.", date(2015, 11, 23), "2015-11-26"),
    ("Obama sought to reassure Americans ahead of Thursday's Thanksgiving holiday.", date(2015, 11, 24),
     "2015-11-26"),
    # a participle through a place name
    ("Les six F-16 belges, rentrés de Jordanie fin juin, ne seront pas renvoyés.", date(2015, 11, 26), "2015-06"),
    # a caption in the present: the closest day
    ("Des policiers quittent un immeuble après une perquisition, mercredi matin.", date(2015, 12, 4), "2015-12-02"),
])
def test_more_governing_words(text, ref, want):
    assert [t.iso for t in find_timexes(text, ref)][0] == want


@pytest.mark.parametrize("text,ref,want", [
    ("Les habitants se souviennent de la crise de 2019.", None, ["2019"]),
    ("Sa neutralité, reconnue depuis 1815, lui interdit de prendre part à un conflit.", None, ["1815"]),
    ("The defences, built after the 2005 floods, were too small.", None, ["2005"]),
    ("The ban was extended until the end of 2018.", None, ["2018"]),
    ("The first since Typhoon Hato in August last year.", date(2018, 9, 16), ["2017-08"]),
    ("The bank cut its key rate twice last year, in January and July.", date(2016, 1, 20),
     ["2015", "2015-01", "2015-07"]),
])
def test_more_years_and_months(text, ref, want):
    assert [t.iso for t in find_timexes(text, ref)] == want


@pytest.mark.parametrize("text,ref,want", [
    ("Les ministres se retrouveront les 3 et 4 décembre.", date(2015, 11, 20), ["2015-12-03", "2015-12-04"]),
    ("Il n'est tombé que 40 millimètres de pluie depuis le mois de mars.", date(2022, 8, 7), ["2022-03"]),
    ("Météo-France a dit que juillet avait été le mois le plus sec.", date(2022, 8, 7), ["2022-07"]),
    # the tense of the sentence, not of the event named after « après »
    ("Five days after gunmen and suicide bombers killed 130 people in Paris, the pressure on Trudeau is mounting.",
     date(2015, 11, 18),
     ["2015-11-13"]),
    # "after that": from the date just given, which is no exact day here
    ("Hollande is travelling to Washington next week and to Moscow two days after that.", date(2015, 11, 18),
     ["2015-W48"]),
    # inside a relative clause, only its own verbs
    ("The pandas, born at the zoo in August 2020, leave under an agreement that runs out in early December.",
     date(2023, 11, 8), ["2020-08", "2023-12"]),
    # a clause on the day's place says its tense
    ("Hollande enchaîne avec l'ouverture de la COP21, lundi au Bourget, où sont attendus 150 chefs d'État.",
     date(2015, 11, 26), ["2015-11-30"]),
])
def test_lists_bare_months_and_clauses_after_the_date(text, ref, want):
    assert [t.iso for t in find_timexes(text, ref)] == want


@pytest.mark.parametrize("text,ref,want", [
    # a date after « de » belongs to a noun, not to the participle before it
    ("Le Corso fleuri de dimanche aura lieu quel que soit le temps.", date(2023, 9, 28), ["2023-10-01"]),
    ("More children had flu this month than in all of June last year.", date(2023, 6, 14), ["2022-06"]),
    # « après » beyond a comma from the verb; « avant de » + a verb is no noun
    ("New Zealand will not join air strikes, despite France's call for allies to do more after Friday's attacks.",
     date(2015, 11, 17), ["2015-11-13"]),
    ("Hollande a reçu lundi Cameron à Paris, avant de s'envoler mardi pour Washington.", date(2015, 11, 26),
     ["2015-11-23", "2015-11-24"]),
    # "a controlled way": an adjective after a determiner is no past
    ("We would rather move it now in a controlled way than in a hurry in May.", date(2017, 3, 14), ["2017-05"]),
    # names and stamps
    ("Henriville Demain est une association créée par des habitants.", date(2018, 5, 14), []),
    ("15 mai 2018 à 8 h 12 min", None, []),
])
def test_nouns_names_and_stamps(text, ref, want):
    assert [t.iso for t in find_timexes(text, ref)] == want
