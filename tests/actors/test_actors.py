"""Actors: the rules on synthetic entities, then sentences through the real French model."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.actors import Curated, DocInput, Entity, EntityCache, load_curated, resolve
from dossier.actors import actor_key as key
from tests.conftest import ROOT

CURATED, PROBLEMS = load_curated(ROOT / "content" / "actors.yaml")
EMPTY = Curated()


def ent(block: str, text: str, label: str, occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = block.index(text, start + 1)
    return Entity(0, start, start + len(text), label)


def names(res, doc=0, typ=None) -> set[str]:
    return {res.actors[k].name for k in res.mentions[doc] if typ is None or res.actors[k].type == typ}


def test_shipped_actors_file_is_valid():
    assert PROBLEMS == []
    assert {a.name for a in CURATED.actors} >= {"François Hollande", "État islamique", "Union européenne"}


# --- rules, with the model's output written by hand ---------------------------------------

def test_a_ship_named_after_a_person_is_not_that_person():
    b = "Paris envoie jeudi le porte-avions Charles de Gaulle dans la zone."
    res = resolve([DocInput([b], [ent(b, "Charles de Gaulle", "PER")])], EMPTY)
    assert names(res) == set()
    b2 = "La marine entre en contact avec le Charles de Gaulle."
    res = resolve([DocInput([b2], [ent(b2, "Charles de Gaulle", "PER")])], EMPTY)
    assert names(res) == set()
    b3 = "Il atterrit à l'aéroport Charles de Gaulle."
    res = resolve([DocInput([b3], [ent(b3, "Charles de Gaulle", "PER")])], EMPTY)
    assert names(res, typ="Person") == set() and names(res, typ="Place") == {"Charles de Gaulle"}


def test_a_count_of_aircraft_is_not_an_actor():
    b = "Le porte-avions emporte dix-huit Rafale Marine et huit Super-Étendard."
    res = resolve([DocInput([b], [ent(b, "Rafale Marine", "ORG"), ent(b, "Super-Étendard", "ORG")])], EMPTY)
    assert names(res) == set()


def test_surname_and_honorific_join_the_full_name_in_the_article():
    b = "Jean-Yves Le Drian est à Moscou. M. Le Drian a déclaré que Le Drian restait prudent."
    ents = [ent(b, "Jean-Yves Le Drian", "PER"), ent(b, "M. Le Drian", "PER"), ent(b, "Le Drian", "LOC", 2)]
    res = resolve([DocInput([b], ents)], EMPTY)
    assert names(res) == {"Jean-Yves Le Drian"}
    assert res.mentions[0][key("Jean-Yves Le Drian")] == 3


def test_surname_joins_the_full_name_elsewhere_in_the_dossier():
    a, b = "Angela Merkel a parlé.", "Merkel a répondu."
    res = resolve([DocInput([a], [ent(a, "Angela Merkel", "PER")]), DocInput([b], [ent(b, "Merkel", "LOC")])], EMPTY)
    assert names(res, 1) == {"Angela Merkel"} and len(res.actors) == 1


def test_surname_with_two_full_names_in_the_dossier_stays_apart():
    a, b, c = "Ed Miliband a parlé.", "David Miliband a parlé.", "Miliband a répondu."
    res = resolve([DocInput([a], [ent(a, "Ed Miliband", "PER")]), DocInput([b], [ent(b, "David Miliband", "PER")]),
                   DocInput([c], [ent(c, "Miliband", "PER")])], EMPTY)
    assert names(res, 2) == {"Miliband"}


def test_title_before_a_name_makes_a_person_whatever_the_model_said():
    b = "Le ministre belge de l'Intérieur Jan Jambon a annoncé la fermeture des écoles."
    res = resolve([DocInput([b], [])], EMPTY)
    assert names(res, typ="Person") == {"Jan Jambon"}


@pytest.mark.parametrize("text,label", [
    ("Les Russes ont bombardé la ville.", "Russes"),
    ("Les Occidentaux reprochent à l'armée russe ses frappes.", "Occidentaux"),
    ("Selon Reuters, la décision est prise.", "Reuters"),
    ("Le Monde a révélé l'affaire.", "Le Monde"),
])
def test_demonyms_and_news_outlets_are_not_actors(text, label):
    res = resolve([DocInput([text], [ent(text, label, "ORG")])], EMPTY)
    assert names(res) == set()


def test_capitalised_verb_at_sentence_start_is_not_an_organisation():
    b = "Asked to comment, a spokesman declined."
    res = resolve([DocInput([b], [ent(b, "Asked", "ORG")], "en")], EMPTY)
    assert names(res) == set()


def test_english_spans_are_trimmed_and_split():
    b = "Barack Obama in Washington met John Irish and Robin Emmott on Tuesday."
    ents = [ent(b, "Barack Obama in Washington", "PER"), ent(b, "John Irish and Robin Emmott", "PER")]
    res = resolve([DocInput([b], ents, "en")], EMPTY)
    assert names(res, typ="Person") == {"Barack Obama", "John Irish", "Robin Emmott"}


def test_curated_aliases_acronyms_only_in_capitals():
    b = "L'EI et Daech ne font qu'un ; l'UE réagit. Le mot veille ou Ue en début de phrase ne comptent pas."
    res = resolve([DocInput([b], [])], CURATED)
    assert names(res) == {"État islamique", "Union européenne"}
    assert res.mentions[0][key("État islamique")] == 2


def test_curated_exclusion_and_merge():
    cur, problems = load_curated(None)
    path = ROOT / "content" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    tmp = Path(pytest.importorskip("tempfile").mkdtemp()) / "actors.yaml"
    tmp.write_text(text.replace("merge: {}", "merge:\n  Jan Jambon: Jan Jambon (N-VA)\n"), encoding="utf-8")
    cur, problems = load_curated(tmp)
    assert problems == []
    b = "Le ministre Jan Jambon a parlé au Charles de Gaulle Club."
    res = resolve([DocInput([b], [ent(b, "Charles de Gaulle Club", "ORG")])], cur)
    assert names(res) == {"Jan Jambon (N-VA)", "Charles de Gaulle Club"}
    b2 = "Charles de Gaulle a lancé un appel."
    res = resolve([DocInput([b2], [ent(b2, "Charles de Gaulle", "PER")])], cur)
    assert names(res) == set()  # excluded in this dossier


def test_per_article_add_and_remove():
    b = "François Hollande a parlé avec la presse."
    doc = DocInput([b], [ent(b, "François Hollande", "PER")], add=["UE"], remove=["Hollande"])
    res = resolve([doc], CURATED)
    assert names(res) == {"Union européenne"}


def test_bad_actors_file_is_reported(tmp_path):
    p = tmp_path / "actors.yaml"
    p.write_text("actors:\n  - name: X\n    type: planet\n  - type: person\nfoo: 1\n", encoding="utf-8")
    _cur, found = load_curated(p)
    problems = [str(m) for m in found]
    assert all(m.startswith(str(p)) for m in problems)
    assert any("unknown section 'foo'" in m for m in problems)
    assert any("type must be" in m for m in problems)
    assert any("has no name" in m for m in problems)
    p.write_text("actors: [", encoding="utf-8")
    assert "not valid YAML" in str(load_curated(p)[1][0])


# --- the real model: must find / must not find, sentence by sentence -------------------------

@pytest.fixture(scope="module")
def model_cache(shared_ner_cache):
    return EntityCache(shared_ner_cache)


def run(cache, texts: list[str], lang="fr", curated=EMPTY):
    ents = cache.get_many([[t] for t in texts])
    return resolve([DocInput([t], e, lang) for t, e in zip(texts, ents, strict=True)], curated)


@pytest.mark.parametrize("sentence,must,must_not", [
    ("François Hollande va rencontrer Barack Obama à Washington le 24 novembre.",
     {"François Hollande": "Person", "Barack Obama": "Person"}, {"Washington": ("Person", "Organization")}),
    ("Le ministre belge de l'Intérieur Jan Jambon a annoncé la fermeture du métro de Bruxelles.",
     {"Jan Jambon": "Person"}, {"Bruxelles": ("Person", "Organization")}),
    ("Le Front al-Nosra a revendiqué l'attaque contre l'armée syrienne près d'Alep.",
     {"Front al-Nosra": "Organization"}, {"Alep": ("Person", "Organization")}),
    ("Paris envoie jeudi dans cette zone le porte-avions Charles de Gaulle.",
     {}, {"Charles de Gaulle": ("Person", "Organization")}),
    ("Le Conseil de sécurité de l'ONU a adopté vendredi une résolution présentée par la France.",
     {"Conseil de sécurité de l'ONU": "Organization"}, {"France": ("Person", "Organization")}),
])
def test_sentences_through_the_model(model_cache, sentence, must, must_not):
    res = run(model_cache, [sentence])
    found = {a.name: a.type for a in res.actors.values()}
    for name, typ in must.items():
        assert found.get(name) == typ, (name, found)
    for name, types in must_not.items():
        assert found.get(name) not in types, (name, found)


def test_english_article_through_the_french_model(model_cache):
    text = ("Russian President Vladimir Putin met French President Francois Hollande in Moscow on Thursday. "
            "German Chancellor Angela Merkel said NATO would support the coalition against Islamic State.")
    res = run(model_cache, [text], "en", CURATED)
    found = {a.name: a.type for a in res.actors.values()}
    assert found["Vladimir Poutine"] == "Person" and found["François Hollande"] == "Person"
    assert found["Angela Merkel"] == "Person"
    assert found["État islamique"] == "Organization"
    assert found.get("Moscow") in (None, "Place")
    assert not any(n in found for n in ("Russian", "French", "German", "Thursday"))


def test_cached_texts_do_not_load_the_model(tmp_path, monkeypatch):
    import dossier.actors.ner as ner

    cache = EntityCache(tmp_path)
    texts = [["Barack Obama a parlé à Paris."]]
    first = cache.get_many(texts)
    assert cache.misses == 1

    def boom(name):
        raise AssertionError("the model was loaded for a cached text")

    monkeypatch.setattr(ner, "load_model", boom)
    again = EntityCache(tmp_path)
    assert again.get_many(texts) == first and again.hits == 1 and again.misses == 0


def test_acronym_in_brackets_joins_the_full_name():
    b = "Le Service de renseignement de la Confédération (SRC) a alerté Berne. Le SRC reste prudent."
    ents = [ent(b, "Service de renseignement de la Confédération", "ORG"), ent(b, "SRC", "ORG", 1)]
    res = resolve([DocInput([b], ents)], EMPTY)
    assert names(res) == {"Service de renseignement de la Confédération"}
    assert res.mentions[0][key("Service de renseignement de la Confédération")] == 2


def test_organisation_name_stops_at_a_preposition():
    b = "Il a parlé devant le Congrès à Versailles lundi."
    res = resolve([DocInput([b], [ent(b, "Congrès à Versailles", "ORG")])], EMPTY)
    assert names(res) == {"Congrès"}


@pytest.mark.parametrize("sentence,name", [
    ("Le collectif Anonymous a publié une vidéo lundi.", "Anonymous"),
    ("The militant group Boko Haram claimed the attack.", "Boko Haram"),
    ("Selon le quotidien Ouest-France, le navire a appareillé.", None),  # a news outlet: not an actor
])
def test_name_after_an_organisation_noun(sentence, name):
    res = resolve([DocInput([sentence], [])], EMPTY)
    assert names(res, typ="Organization") == ({name} if name else set())


def test_middle_initials_and_coordinated_names():
    b = "President Vladimir V. Putin met the press. France and Russia will coordinate."
    res = resolve([DocInput([b], [ent(b, "France and Russia", "ORG")], "en")], CURATED)
    assert names(res, typ="Person") == {"Vladimir Poutine"}
    assert names(res, typ="Organization") == set()
