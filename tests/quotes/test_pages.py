"""The quotations as pages show them: order, marks, dates, actors, chronology entries, JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dossier.quotes import Quote
from dossier.quotes.pages import ArticleRef, attach, belongs, by_actor, by_month, choices, items, quotation_jsonld

FR = ArticleRef("002-x", "articles/002-x.html", "Le Drian à Moscou", "Le Vif", "fr", ("", "", "p1", "p2"))
EN = ArticleRef("009-y", "articles/009-y.html", "Obama in Manila", "", "en", ("", "p1", "p2"))


@dataclass(frozen=True)
class Actor:
    name: str
    url: str
    slug: str
    type: str = "Person"


ACTORS = {"jean-yves le drian": Actor("Jean-Yves Le Drian", "acteurs/jean-yves-le-drian.html", "jean-yves-le-drian"),
          "barack obama": Actor("Barack Obama", "acteurs/barack-obama.html", "barack-obama")}


def quote(qid: str, text: str, block: int, speaker: str, name: str, when: date | None, sentence: str = "",
          expression: str = "") -> Quote:
    return Quote(qid, text, block, 0, block, 10, speaker, name, "verb", "a déclaré", when, "day" if when else "",
                 expression, sentence or f"« {text} », a déclaré {name}.")


LE_DRIAN = quote("q-1", "On va avoir un échange", 3, "jean-yves le drian", "M. Le Drian", date(2015, 12, 20))
OBAMA = quote("q-2", "a constructive partner", 2, "barack obama", "the US president", date(2015, 11, 18),
              expression="Wednesday")
DIPLOMAT = quote("q-3", "Nous verrons bien demain", 2, "", "un diplomate européen", date(2015, 12, 20))
UNDATED = quote("q-4", "Rien n'est décidé encore", 2, "", "un conseiller", None)


def shown():
    return items([(FR, DIPLOMAT), (EN, OBAMA), (FR, UNDATED), (FR, LE_DRIAN)], ACTORS, "citations.html")


def test_newest_first_in_article_order_within_a_day_the_undated_last():
    assert [q.id for q in shown()] == ["q-3", "q-1", "q-2", "q-4"]
    assert [(m, [q.id for q in qs]) for m, qs in by_month(shown())] == [
        ("décembre 2015", ["q-3", "q-1"]), ("novembre 2015", ["q-2"]), ("Date inconnue", ["q-4"])]


def test_an_actor_speaks_under_its_name_with_its_page_others_as_written():
    q3, q1, q2, _q4 = shown()
    assert (q1.speaker_name, q1.speaker_url, q1.speaker_slug) == (
        "Jean-Yves Le Drian", "acteurs/jean-yves-le-drian.html", "jean-yves-le-drian")
    assert (q3.speaker_name, q3.speaker_url, q3.speaker) == ("un diplomate européen", "", "")
    assert q1.article_url == "articles/002-x.html#p2" and q1.url == "citations.html#q-1"
    assert q2.article_url == "articles/009-y.html#p2"


def test_marks_and_dates_follow_language_and_precision():
    q3, q1, q2, q4 = shown()
    assert q1.quoted == "«\u202fOn va avoir un échange\u202f»"
    assert q2.quoted == "\u201ca constructive partner\u201d"
    assert (q1.iso, q1.label, q1.date_note) == ("2015-12-20", "20 décembre 2015", "date de l’article")
    assert q2.date_note == "«\u202fWednesday\u202f»"
    assert (q4.iso, q4.label, q4.date_note) == ("", "date inconnue", "")


def test_each_actor_its_quotations_and_the_filter_counts_them():
    assert {k: [q.id for q in v] for k, v in by_actor(shown()).items()} == {
        "jean-yves le drian": ["q-1"], "barack obama": ["q-2"]}
    assert choices(shown()) == [["barack-obama", "Barack Obama", "1"],
                                ["jean-yves-le-drian", "Jean-Yves Le Drian", "1"]]


@dataclass
class Source:
    article: str
    anchor: str
    sentence: str


@dataclass
class Entry:
    id: str
    value: date
    precision: str
    actors: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


def test_a_quotation_belongs_to_the_entry_of_its_sentence():
    q1 = shown()[1]
    same = Entry("e-1", date(2015, 12, 21), "day", [],
                 [Source("articles/002-x.html", "p2", "« On va avoir un échange », a déclaré M. Le Drian.")])
    other_paragraph = Entry("e-2", date(2015, 12, 21), "day", [],
                            [Source("articles/002-x.html", "p1", "« On va avoir un échange », a déclaré M. Le Drian.")])
    assert belongs(q1, same) and not belongs(q1, other_paragraph)
    assert {k: [q.id for q in v] for k, v in attach(shown(), [same, other_paragraph]).items()} == {"e-1": ["q-1"]}


def test_or_to_the_entry_of_its_day_and_speaker_in_its_paragraph():
    q1 = shown()[1]
    src = [Source("articles/002-x.html", "p2", "Il arrive dimanche à Moscou.")]
    assert belongs(q1, Entry("e-3", date(2015, 12, 20), "day", ["jean-yves le drian"], src))
    assert not belongs(q1, Entry("e-4", date(2015, 12, 20), "day", ["sergueï choïgou"], src))  # not his entry
    assert not belongs(q1, Entry("e-5", date(2015, 12, 21), "day", ["jean-yves le drian"], src))  # not that day
    assert not belongs(q1, Entry("e-6", date(2015, 12, 1), "month", ["jean-yves le drian"], src))


def test_jsonld_quotation_speaker_or_creator_and_the_day():
    q3, q1, _q2, q4 = shown()
    site = "https://x.github.io/d"
    absolute = lambda url: f"{site}/{url}"  # noqa: E731
    assert quotation_jsonld(q1, absolute) == {
        "@type": "Quotation", "@id": f"{site}/citations.html#q-1", "text": "On va avoir un échange", "inLanguage": "fr",
        "isPartOf": f"{site}/articles/002-x.html",
        "spokenByCharacter": {"@type": "Person", "name": "Jean-Yves Le Drian",
                              "url": f"{site}/acteurs/jean-yves-le-drian.html"},
        "dateCreated": "2015-12-20"}
    assert quotation_jsonld(q3, absolute)["creator"] == {"@type": "Person", "name": "un diplomate européen"}
    assert "spokenByCharacter" not in quotation_jsonld(q3, absolute)
    assert "dateCreated" not in quotation_jsonld(q4, absolute)


def test_search_document_leads_to_the_quotation():
    d = shown()[1].search_document()
    assert d == {"id": "q-1", "url": "citations.html#q-1",
                 "title": "Jean-Yves Le Drian : «\u202fOn va avoir un échange\u202f»",
                 "date": "20 décembre 2015", "source": "Le Vif", "actors": "Jean-Yves Le Drian",
                 "text": "On va avoir un échange"}
