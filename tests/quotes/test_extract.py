"""Quotations: each construction that attributes one, each trap that is none, French and English, ids, dates."""

from datetime import date

import pytest

from dossier.cache import JsonCache
from dossier.chronology import find_dated
from dossier.quotes import Mention, cached_quotes, find_quotes, quote_id, quotes_key, scan_key, scan_quotes
from dossier.quotes.marks import find_marks

REF = date(2015, 11, 18)  # a Wednesday
PERSON, ORG, PLACE = "Person", "Organization", "Place"


def named(blocks, *names, kind=PERSON):
    """Mentions of each name (as written) wherever a block holds it; key = the name in lower case."""
    out = []
    for b, block in enumerate(blocks):
        for n in names:
            at = block.find(n)
            while at >= 0:
                out.append(Mention(b, at, at + len(n), n.lower(), kind))
                at = block.find(n, at + 1)
    return out


def quotes(blocks, lang="fr", mentions=(), **kw):
    return [(q.text, q.speaker or q.speaker_name) for q in find_quotes(blocks, lang, REF, mentions, **kw)]


# --- the seed dossier -------------------------------------------------------------------------------

SEED_002 = ["Le ministre français de la Défense à Moscou pour parler de coopération anti-EI",
            "« On va avoir un échange sur ce que nous considérons comme groupes terroristes, et comment on peut "
            "souhaiter que la Russie renforce son action contre Daech (acronyme de l’EI en arabe) qui est notre seul "
            "ennemi », a déclaré M. Le Drian à quelques journalistes avant son départ pour Moscou.",
            "Les deux ministres évoqueront également les questions de « deconfliction », c’est-à-dire l’échange "
            "d’informations pour éviter les collisions entre avions militaires russes et français dans le ciel syrien."]
SEED_000 = ["Un rafale part dans une mission de bombardement",
            "Barack Obama a salué mercredi en marge d'un forum économique aux Philippines le rôle de la Russie. La "
            "Russie a été \"un partenaire constructif à Vienne en essayant de créer une transition politique\" en "
            "Syrie, a déclaré le Président américain.",
            "Paris a réclamé mardi l'assistance militaire des pays de l'Union européenne. L'UE a fait part de son "
            "soutien \"unanime\"."]


def test_seed_002_le_drian_by_a_declare_m_le_drian():
    found = find_quotes(SEED_002, "fr", REF, named(SEED_002, "Le Drian"))
    assert [(q.text[:28], q.speaker, q.cue, q.verb) for q in found] == [
        ("On va avoir un échange sur c", "le drian", "after", "a déclaré")]


def test_seed_000_obama_by_the_description_the_actors_stage_maps():
    # the curated description « président américain » is a mention of Barack Obama
    mentions = named(SEED_000, "Barack Obama") + [
        Mention(1, SEED_000[1].index("Président américain"), SEED_000[1].index("Président américain") + 19,
                "barack obama")]
    found = find_quotes(SEED_000, "fr", REF, mentions)
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("un partenaire constructif à Vienne en essayant de créer une transition politique", "barack obama",
         "incise")]


def test_seed_scare_quotes_are_no_quotations():
    assert not any(d["text"] == "deconfliction" and not d["reject"] for d in scan_quotes(SEED_002, "fr"))
    assert [d["reject"] for d in scan_quotes(SEED_000, "fr") if d["text"] == "unanime"] == ["short"]
    assert quotes(SEED_000[2:3]) == []


# --- French constructions ---------------------------------------------------------------------------

def test_inverted_pronoun_is_the_last_one_named():
    blocks = ["T", "Martin Fayulu rejette les résultats. « Le peuple congolais ne se laissera pas voler sa "
                   "victoire », a-t-il ajouté."]
    assert quotes(blocks, mentions=named(blocks, "Martin Fayulu")) == [
        ("Le peuple congolais ne se laissera pas voler sa victoire", "martin fayulu")]


def test_inverted_verb_then_pronoun():
    blocks = ["T", "Le maire, Jean-Luc Moudenc, est arrivé. « C'est toute la ville qui est championne ce soir », "
                   "glisse-t-il aux journalistes présents."]
    assert quotes(blocks, mentions=named(blocks, "Jean-Luc Moudenc"))[0][1] == "jean-luc moudenc"


def test_selon_before_the_quotation():
    blocks = ["T", "Selon Vladimir Poutine, « la Turquie a frappé dans le dos de la Russie »."]
    assert quotes(blocks, mentions=named(blocks, "Vladimir Poutine")) == [
        ("la Turquie a frappé dans le dos de la Russie", "vladimir poutine")]


def test_colon_after_the_speech_verb():
    blocks = ["T", "David Cameron a affirmé mardi : « Nous ne pouvons pas sous-traiter notre sécurité »."]
    assert quotes(blocks, mentions=named(blocks, "David Cameron")) == [
        ("Nous ne pouvons pas sous-traiter notre sécurité", "david cameron")]


def test_subject_past_its_apposition():
    blocks = ["T", "Le ministre français de la Défense, Jean-Yves Le Drian, a indiqué que la France attendait un "
                   "appui « dans ses opérations en Syrie et en Irak »."]
    mentions = named(blocks, "Jean-Yves Le Drian") + named(blocks, "France", "Syrie", "Irak", kind=PLACE)
    assert quotes(blocks, mentions=mentions) == [("dans ses opérations en Syrie et en Irak", "jean-yves le drian")]


def test_inverted_description_and_its_apposition():
    blocks = ["T", "« C'est un coup très dur pour toute la région », souligne sa présidente, Nathalie Cuendet."]
    assert quotes(blocks, mentions=named(blocks, "Nathalie Cuendet"))[0][1] == "nathalie cuendet"


def test_a_description_stands_for_the_person_the_article_called_so():
    blocks = ["T", "Le ministre de l'Intérieur, Bernard Cazeneuve, s'est rendu à Lille. Il a rencontré Martine Aubry.",
              "« Les contrôles dureront aussi longtemps que la menace », a indiqué le ministre."]
    assert quotes(blocks, mentions=named(blocks, "Bernard Cazeneuve", "Martine Aubry")) == [
        ("Les contrôles dureront aussi longtemps que la menace", "bernard cazeneuve")]


def test_an_unnamed_speaker_is_kept_as_written():
    blocks = ["T", "« Personne ne croit à une escalade armée », a déclaré un diplomate européen à Bruxelles."]
    found = find_quotes(blocks, "fr", REF)
    assert [(q.speaker, q.speaker_name) for q in found] == [("", "un diplomate européen")]


def test_a_quotation_open_at_a_paragraph_end_goes_on_in_the_next():
    blocks = ["T", "Le président a pris la parole : « Nous sommes en guerre contre une armée terroriste.",
              "« Nous la combattrons sans relâche, partout où elle se trouve. »"]
    q = find_quotes(blocks, "fr", REF, named(blocks, "président"))
    assert [(x.text, x.block, x.end_block) for x in q] == [
        ("Nous sommes en guerre contre une armée terroriste. Nous la combattrons sans relâche, partout où elle se "
         "trouve.", 1, 2)]


def test_a_dash_led_continuation():
    blocks = ["T", "François Hollande a déclaré : « La France ne faiblira pas.",
              "— Elle frappera Daech là où il se trouve », a-t-il poursuivi."]
    q = find_quotes(blocks, "fr", REF, named(blocks, "François Hollande"))
    assert [(x.text, x.speaker) for x in q] == [
        ("La France ne faiblira pas. Elle frappera Daech là où il se trouve", "françois hollande")]


def test_a_quotation_left_unclosed_ends_with_its_paragraph():
    blocks = ["T", "Angela Merkel a affirmé : « L'Allemagne prendra sa part dans cette coalition",
              "Le Bundestag votera vendredi."]
    q = find_quotes(blocks, "fr", REF, named(blocks, "Angela Merkel"))
    assert [(x.text, x.end_block) for x in q] == [("L'Allemagne prendra sa part dans cette coalition", 1)]


def test_a_quotation_in_a_quotation_is_part_of_it():
    blocks = ["T", "« Il m'a dit \"tu vas voir ce que tu vas voir\" et il est parti », raconte Nadia Benali."]
    assert [m.parts for m in find_marks(blocks)] == [((1, 1, blocks[1].index(" »") + 1),)]
    assert quotes(blocks, mentions=named(blocks, "Nadia Benali")) == [
        ("Il m'a dit \"tu vas voir ce que tu vas voir\" et il est parti", "nadia benali")]


# --- what is no quotation ---------------------------------------------------------------------------

@pytest.mark.parametrize("block", [
    "Les deux dirigeants avaient convenu « d'intensifier » et « coordonner » les frappes, a déclaré Poutine.",
    "Le chef de l'État a lancé l'opération « Chammal contre l'État islamique » en septembre, a déclaré Poutine.",
    "Il a lu le livre « La guerre des mondes revisitée » cet été, a déclaré Poutine.",
    "Des manifestants défilaient aux cris de « Poutine hors de Syrie maintenant » devant l'ambassade.",
    "Des milliers de pancartes proclamaient « Nous sommes tous Charlie » place de la République.",
])
def test_traps_are_no_quotations(block):
    blocks = ["T", block]
    assert quotes(blocks, mentions=named(blocks, "Poutine")) == []


def test_an_english_title_in_capitals_is_no_quotation():
    blocks = ["T", 'Putin said he had watched "The Lord Of The Rings Trilogy" twice.']
    assert [d["reject"] for d in scan_quotes(blocks, "en")] == ["title"]


def test_a_journalist_or_an_outlet_is_never_the_speaker():
    blocks = ["T", "« La situation reste très tendue dans la ville », a déclaré Luc Lemonnier, notre envoyé spécial.",
              "« Les frappes vont s'intensifier dans les prochains jours », selon l'AFP."]
    assert quotes(blocks, mentions=named(blocks, "Luc Lemonnier"), authors=["Luc Lemonnier"]) == []


def test_a_quotation_a_title_repeats_takes_its_speaker():
    blocks = ["Hollande veut une « grande et unique coalition »",
              "François Hollande a plaidé lundi pour le rassemblement de « tous ceux qui peuvent lutter dans une "
              "grande et unique coalition »."]
    found = find_quotes(blocks, "fr", REF, named(blocks, "François Hollande"))
    assert [(q.block, q.speaker, q.cue) for q in found] == [(0, "françois hollande", "repeated"),
                                                            (1, "françois hollande", "verb")]


# --- English ----------------------------------------------------------------------------------------

def test_english_x_said_and_the_next_sentence_goes_on():
    blocks = ["T", '"It\'s like a bomb went off in the paddock," Ms Porter said. "We\'ve been on the phone to '
                   'the insurer since yesterday."']
    assert quotes(blocks, "en", named(blocks, "Porter")) == [
        ("It's like a bomb went off in the paddock,", "porter"),
        ("We've been on the phone to the insurer since yesterday.", "porter")]


def test_english_said_x_and_according_to_x():
    blocks = ["T", '"I\'m so proud of this group," said captain Rory Best, who lifted the trophy.',
              '"The strikes will go on for weeks," according to Michael Fallon.']
    assert quotes(blocks, "en", named(blocks, "Rory Best", "Michael Fallon")) == [
        ("I'm so proud of this group,", "rory best"), ("The strikes will go on for weeks,", "michael fallon")]


def test_english_told_reporters_colon_and_he_said():
    blocks = ["T", 'Sergey Lavrov told reporters: "We have serious doubts that this was unintentional."',
              '"The threat of terrorism in Turkey is no less than in Egypt," he said.']
    assert quotes(blocks, "en", named(blocks, "Sergey Lavrov")) == [
        ("We have serious doubts that this was unintentional.", "sergey lavrov"),
        ("The threat of terrorism in Turkey is no less than in Egypt,", "sergey lavrov")]


def test_english_a_quotation_paragraph_goes_on_from_the_one_before():
    blocks = ["T", '"You walk out there the next morning and it looks ruined," Mr Wills said.',
              '"We were looking at the best crop we\'ve had since 2010."']
    assert [s for _t, s in quotes(blocks, "en", named(blocks, "Wills"))] == ["wills", "wills"]


def test_english_the_outlets_reporter_is_no_speaker():
    blocks = ["T", "Al Jazeera's Rania Haddad, reporting from the border, says fighters claim they fired.",
              '"We have not been able to verify that, and Moscow has not confirmed it," Haddad said.']
    assert quotes(blocks, "en", named(blocks, "Rania Haddad", "Haddad")) == []


def test_english_subject_past_its_apposition_not_the_organisation_in_it():
    blocks = ["T", 'Raj Dhillon, president of Amalgamated Transit Union Local 1505, said the cuts would leave '
                   'workers "standing at a dark stop with no bus coming."']
    mentions = named(blocks, "Raj Dhillon") + named(blocks, "Amalgamated Transit Union Local 1505", kind=ORG)
    assert quotes(blocks, "en", mentions)[0][1] == "raj dhillon"


# --- ids, dates, cache ------------------------------------------------------------------------------

def test_ids_come_from_the_article_and_the_sentence():
    one = find_quotes(SEED_002, "fr", REF, named(SEED_002, "Le Drian"), article="002-le-drian")
    more = find_quotes(SEED_002[:1] + ["Un paragraphe ajouté avant."] + SEED_002[1:], "fr", REF,
                       named(SEED_002, "Le Drian"), article="002-le-drian")
    other = find_quotes(SEED_002, "fr", REF, named(SEED_002, "Le Drian"), article="another")
    assert one[0].id == quote_id("002-le-drian", one[0].sentence, one[0].text) and one[0].id.startswith("q-")
    assert [q.id for q in one] == [q.id for q in more] != [q.id for q in other]


def test_the_date_is_the_speech_clauses_else_the_publication():
    blocks = ["T", "« Nous intensifierons les frappes contre Daech en Syrie », a déclaré lundi François Hollande.",
              "« Nous ne pouvons pas laisser la France seule face à cette menace », a ajouté Angela Merkel."]
    found = find_quotes(blocks, "fr", REF, named(blocks, "François Hollande", "Angela Merkel"),
                        find_dated(blocks, REF, "fr"))
    assert [(q.date, q.precision, q.date_expression) for q in found] == [
        (date(2015, 11, 16), "day", "lundi"), (REF, "day", "")]
    assert [q.date for q in find_quotes(blocks, "fr", None, named(blocks, "François Hollande"))] == [None, None]


def test_scan_key_changes_with_the_text_and_the_language():
    assert scan_key(SEED_002, "fr") == scan_key(list(SEED_002), "fr")
    assert scan_key(SEED_002, "fr") != scan_key(SEED_002, "en") != scan_key(SEED_002[:2], "en")
    assert scan_quotes(SEED_002, "fr") == scan_quotes(SEED_002, "fr")  # plain data, for the cache


def test_the_paragraphs_day_dates_a_quotation_its_clause_does_not():
    blocks = ["T", "Mardi matin, les vignerons faisaient leurs comptes. « Sur mes parcelles, je peux oublier la "
                   "vendange », se désolait Christophe Mermoud."]
    found = find_quotes(blocks, "fr", REF, named(blocks, "Christophe Mermoud"), find_dated(blocks, REF, "fr"))
    assert [(q.date, q.date_expression) for q in found] == [(date(2015, 11, 17), "Mardi")]


def test_a_date_in_a_clause_of_its_own_is_another_events():
    blocks = ["T", "« Nous ne pouvons pas sous-traiter notre sécurité à nos alliés », a déclaré M. Cameron, qui "
                   "avait obtenu lundi le feu vert des députés."]
    found = find_quotes(blocks, "fr", REF, named(blocks, "Cameron"), find_dated(blocks, REF, "fr"))
    assert [(q.date, q.date_expression) for q in found] == [(REF, "")]


def test_a_clause_inside_the_marks_cuts_the_quotation_in_two_parts_of_one_speaker():
    blocks = ["T", "« Le consortium a sous-estimé les travaux, a expliqué la ministre, Sabine Delvaux, et nous en "
                   "payons aujourd'hui le prix. »"]
    assert quotes(blocks, mentions=named(blocks, "Sabine Delvaux")) == [
        ("Le consortium a sous-estimé les travaux", "sabine delvaux"),
        ("et nous en payons aujourd'hui le prix.", "sabine delvaux")]


def test_a_clause_between_two_quotations_between_dashes():
    blocks = ["T", "« Nous avons un accord » — a lancé le ministre belge du Travail, Bart Claes — « mais la bataille "
                   "ne fait que commencer »."]
    assert [s for _t, s in quotes(blocks, mentions=named(blocks, "Bart Claes"))] == ["bart claes", "bart claes"]


def test_a_word_or_two_standing_as_an_utterance():
    blocks = ["T", "Le président du tribunal, Jean-Marc Perrot, avait coupé court : « Vous saviez. »",
              "« J'ai honte », avait-il reconnu.", "Les ministres ont apporté leur soutien « unanime »."]
    found = quotes(blocks, mentions=named(blocks, "Jean-Marc Perrot"))
    assert found == [("Vous saviez.", "jean-marc perrot"), ("J'ai honte", "jean-marc perrot")]


def test_the_next_sentence_names_the_speaker():
    blocks = ["T", "« Justice a été rendue, mais elle ne me rendra pas mon fils. » Les mots sont ceux de Malika "
                   "Benslimane, la mère de la victime.",
              '"Unbelievable."', "That was the only word Sam Kerr could find in the mixed zone."]
    mentions = named(blocks[:2], "Malika Benslimane")
    assert [(q.speaker, q.cue) for q in find_quotes(blocks[:2], "fr", REF, mentions)] == [("malika benslimane", "next")]
    assert [(q.speaker, q.cue) for q in find_quotes(["T", *blocks[2:]], "en", REF,
                                                    named(["T", *blocks[2:]], "Sam Kerr"))] == [("sam kerr", "next")]


def test_an_outlets_columnist_is_no_speaker():
    blocks = ["T", "« Les maires ruraux sont devenus les gardiens d'un service public », écrivait un éditorialiste du "
                   "Figaro en 2019."]
    assert quotes(blocks) == []


def test_cached_quotes_read_back_what_find_quotes_gives(tmp_path):
    cache = JsonCache(tmp_path)
    mentions = named(SEED_002, "Le Drian")
    first = cached_quotes(cache, SEED_002, "fr", REF, mentions, article="002")
    assert (cache.hits, cache.misses) == (0, 2)  # the quotations, then the scanned text
    again = cached_quotes(cache, SEED_002, "fr", REF, mentions, article="002")
    assert again == first == find_quotes(SEED_002, "fr", REF, mentions, article="002") and cache.hits == 1
    other_actors = cached_quotes(cache, SEED_002, "fr", REF, [], article="002")
    assert other_actors[0].speaker == "" and cache.hits == 2  # attributed again, the text's scan read back
    assert quotes_key(SEED_002, "fr", REF, mentions) != quotes_key(SEED_002, "fr", REF, [])


def test_a_noun_that_spells_a_speech_verb_is_no_verb():
    blocks = ["T", "Lors de l'audience, le prévenu avait reconnu avoir bu « plusieurs bières et des verres de "
                   "whisky ».",
              "Le juge a rappelé les faits : « Vous avez pris le volant en connaissance de cause »."]
    found = find_quotes(blocks, "fr", REF)
    assert [(q.speaker_name, q.verb) for q in found] == [("le prévenu", "reconnu"), ("Le juge", "rappelé")]


def test_the_clitic_le_before_dit_is_no_determiner():
    blocks = ["T", "« Nous ne reviendrons pas aux cars rapides. » Cheikh Diop, ancien chauffeur, le dit sans hésiter."]
    assert quotes(blocks, mentions=named(blocks, "Cheikh Diop")) == [
        ("Nous ne reviendrons pas aux cars rapides.", "cheikh diop")]


def test_a_description_is_not_someone_the_article_gives_another_role():
    blocks = ["T", "La députée, Agnès Mercier, a interpellé mardi le ministre de la Santé. Le ministre lui a répondu "
                   "que « la sécurité des femmes et des nouveau-nés » primait."]
    found = find_quotes(blocks, "fr", REF, named(blocks, "Agnès Mercier"))
    assert [(q.speaker, q.speaker_name) for q in found] == [("", "Le ministre")]


def test_a_pull_quote_is_the_articles_own_words():
    blocks = ["T", "Gregson is the fifth manager to leave in four years. A club that cannot keep a manager cannot "
                   "build a team, and this one has stopped trying.",
              "“A club that cannot keep a manager cannot build a team.”",
              "The supporters' trust said it welcomed the decision."]
    assert [d["reject"] for d in scan_quotes(blocks, "en")] == ["pull quote"]


# --- documents: their author speaks for them -----------------------------------------------------

def test_a_resolution_speaks_for_the_council_that_adopted_it():
    blocks = ["T", "La résolution 2249, adoptée vendredi dernier à l'unanimité par le Conseil de sécurité de l'ONU, "
                   "appelle les États à « prendre toutes les mesures nécessaires » contre Daech."]
    mentions = named(blocks, "Conseil de sécurité de l'ONU", kind=ORG) + named(blocks, "Daech", kind=ORG)
    assert quotes(blocks, mentions=mentions) == [("prendre toutes les mesures nécessaires",
                                                  "conseil de sécurité de l'onu")]


def test_a_resolution_the_council_adopted_speaks_through_a_relative_pronoun():
    blocks = ["T", "NEW YORK (Nations unies) - Le Conseil de sécurité de l'ONU a adopté vendredi à l'unanimité une "
                   "résolution présentée par la "
                   "France qui appelle les pays qui en ont la capacité à « prendre toutes les mesures nécessaires » "
                   "contre l'Etat islamique."]
    mentions = (named(blocks, "Conseil de sécurité de l'ONU", "Nations unies", kind=ORG)
                + named(blocks, "France", kind=PLACE)
                + named(blocks, "Etat islamique", kind=ORG))
    assert quotes(blocks, mentions=mentions) == [("prendre toutes les mesures nécessaires",
                                                  "conseil de sécurité de l'onu")]


def test_le_texte_is_the_last_document_whose_author_was_named():
    blocks = ["T", "Le Conseil de sécurité a adopté le 20 novembre la résolution 2249.",
              "Le texte appelle les Etats qui en ont les moyens à prendre « toutes les mesures nécessaires », mais "
              "il ne les autorise pas explicitement à recourir à la force."]
    mentions = named(blocks, "Conseil de sécurité", kind=ORG) + named(blocks, "Etats", kind=PLACE)
    assert quotes(blocks, mentions=mentions) == [("toutes les mesures nécessaires", "conseil de sécurité")]
    alone = blocks[:1] + blocks[2:]  # no author named: no speaker
    assert quotes(alone, mentions=named(alone, "Etats", kind=PLACE)) == []


def test_il_after_a_sentence_the_council_opens_is_the_council():
    blocks = ["T", "Le Conseil de sécurité n'invoque pas le Chapitre VII de la Charte des Nations unies. Il précise "
                   "que ces mesures doivent être « conformes au droit international »."]
    mentions = named(blocks, "Conseil de sécurité", "Nations unies", kind=ORG) + named(blocks, "Anne-Sophie Gravel")
    assert quotes(blocks, mentions=mentions) == [("conformes au droit international", "conseil de sécurité")]


def test_a_source_before_a_named_subject_is_not_the_speaker():
    blocks = ["T", "Selon un communiqué du Cabinet royal, François Hollande a tenu à «remercier le Maroc pour l'aide "
                   "efficace qu'il a apportée» dans l'enquête."]
    mentions = named(blocks, "Cabinet royal", kind=ORG) + named(blocks, "François Hollande")
    assert quotes(blocks, mentions=mentions) == [("remercier le Maroc pour l'aide efficace qu'il a apportée",
                                                  "françois hollande")]


def test_a_report_speaks_for_the_body_that_published_it():
    blocks = ["T", "The State will need to build 50,000 homes a year, according to a report published today by the "
                   "National Housing Council.",
              "The report says current targets were “set too low from the start” and “do not account for the "
              "pent-up demand of the past decade”.",
              "The report also criticises the use of the word “affordable” for homes that cost more than €400,000, "
              "which it says is “a label that has lost its meaning”."]
    mentions = named(blocks, "National Housing Council", kind=ORG)
    assert quotes(blocks, "en", mentions) == [
        ("set too low from the start", "national housing council"),
        ("do not account for the pent-up demand of the past decade", "national housing council"),
        ("a label that has lost its meaning", "national housing council")]


def test_it_after_a_resolution_adopted_by_the_council_is_the_council():
    blocks = ["T", "Resolution 2249, adopted unanimously by the UN Security Council on November 20, was supposed to "
                   "paper over such divisions. It does, to a point: it calls on states \"to take all necessary "
                   "measures\" against ISIL, but it does not say who may fight on the ground."]
    mentions = named(blocks, "UN Security Council", "ISIL", kind=ORG)
    assert quotes(blocks, "en", mentions) == [("to take all necessary measures", "un security council")]


# --- interviews: the title and the subheads are the interviewee's ------------------------------------

INTERVIEW_FR = ["«Une fête populaire ne doit pas devenir une forteresse»",
                "À la veille de l'ouverture de la 96e édition, le président du comité d'organisation, Nicolas "
                "Jeanneret, défend un dispositif de sécurité renforcé mais discret.",
                "Nicolas Jeanneret, qu'est-ce qui change cette année pour le public?",
                "Ce qui se voit le moins, c'est sans doute la sécurité. Une fête populaire ne doit pas devenir une "
                "forteresse, et je tiens à ce que les gens ne le ressentent pas.",
                "Les fouilles aux entrées vont-elles rallonger l'attente?",
                "Un peu, aux heures de pointe. Le message est simple: venez léger."]


def test_an_interviews_title_pulled_from_an_answer_is_the_interviewees():
    mentions = named(INTERVIEW_FR, "Nicolas Jeanneret")
    assert quotes(INTERVIEW_FR, mentions=mentions) == [("Une fête populaire ne doit pas devenir une forteresse",
                                                        "nicolas jeanneret")]
    report = INTERVIEW_FR[:2] + [INTERVIEW_FR[3]]  # no questions: no interview, the title is a pull quote
    assert quotes(report, mentions=named(report, "Nicolas Jeanneret")) == []


def test_an_english_interviews_subhead_is_the_interviewees_not_the_journalists():
    blocks = ["‘People don’t care who runs the council until the bins aren’t collected’",
              "Six months after taking over, council leader Sandra Okoye talks about the bin strike and the budget "
              "gap, with Priya Desai",
              "Courier: You took over in May with a promise to fix waste collection. How bad was it?",
              "Sandra Okoye: Bad. Three weeks of uncollected bins is the worst thing that can happen to a council.",
              "‘We will not sell the libraries’",
              "Courier: Your officers have used the word “rationalisation” about libraries. Does that mean closures?"]
    mentions = named(blocks, "Sandra Okoye", "Priya Desai")
    assert quotes(blocks, "en", mentions, authors=["Priya Desai"]) == [
        ("People don’t care who runs the council until the bins aren’t collected", "sandra okoye"),
        ("We will not sell the libraries", "sandra okoye")]


# --- a pronoun for the description the last speech verb has for subject -------------------------------

def test_il_is_the_description_that_spoke_in_the_sentence_before_not_the_last_name():
    blocks = ["T", "Julien, 24 ans, a été tué sur le coup. Kévin R., 27 ans, comparaissait pour homicide involontaire.",
              "Lors de l'audience, le prévenu avait reconnu avoir bu « plusieurs bières et des verres de whisky ». "
              "« Je ne me souviens de rien. Je sais juste que j'ai détruit leur vie », avait-il déclaré."]
    found = quotes(blocks, mentions=named(blocks, "Julien", "Kévin R."))
    assert found[-1] == ("Je ne me souviens de rien. Je sais juste que j'ai détruit leur vie", "le prévenu")


def test_he_is_the_description_that_spoke_in_the_sentence_before():
    blocks = ["T", "Officers arrested Tom Varga at the scene.",
              "The store manager said the shelves had been emptied in minutes. \"We lost everything in one night,\" "
              "he said."]
    assert quotes(blocks, "en", named(blocks, "Tom Varga")) == [("We lost everything in one night,",
                                                                 "The store manager")]
