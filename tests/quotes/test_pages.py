"""The quotations as pages show them: order, marks, dates, actors, chronology entries, JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from dossier.quotes import Quote
from dossier.quotes.pages import (
    ArticleRef,
    Speaker,
    actor_pages,
    attach,
    belongs,
    by_actor,
    by_month,
    choices,
    items,
    most_quoted,
    navigator,
    quotation_jsonld,
    split_pages,
)

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


# -- a long list split by month ---------------------------------------------------------------------------


def test_past_the_page_size_one_page_a_month_cut_into_parts_the_undated_last():
    pages = split_pages(shown(), "citations", 1)
    assert [(p.key, p.title, p.path, p.anchor, [q.id for q in p.quotes]) for p in pages] == [
        ("2015-12", "décembre 2015 (1/2)", "citations/2015-12.html", "m-2015-12", ["q-3"]),
        ("2015-12-2", "décembre 2015 (2/2)", "citations/2015-12-2.html", "m-2015-12", ["q-1"]),
        ("2015-11", "novembre 2015", "citations/2015-11.html", "m-2015-11", ["q-2"]),
        ("sans-date", "Date inconnue", "citations/sans-date.html", "m-sans-date", ["q-4"])]
    assert [p.label for p in pages] == ["décembre 2015", "décembre 2015", "novembre 2015", "Date inconnue"]
    assert (pages[0].previous, pages[0].next, pages[1].previous) == (None, pages[1], pages[0])
    assert pages[-1].next is None


def test_split_each_quotation_links_to_the_page_that_holds_it_search_and_json_ld_too():
    pages = split_pages(shown(), "citations", 2)
    le_drian = next(q for p in pages for q in p.quotes if q.id == "q-1")
    assert le_drian.url == "citations/2015-12.html#q-1"
    assert le_drian.search_document()["url"] == "citations/2015-12.html#q-1"
    assert quotation_jsonld(le_drian, lambda u: "https://x.fr/" + u)["@id"] == "https://x.fr/citations/2015-12.html#q-1"
    assert [q.url for q in shown()][:1] == ["citations.html#q-3"]  # unsplit: the one page


def test_the_overview_counts_each_month_and_names_the_most_quoted():
    pages = split_pages(shown(), "citations", 1)
    assert [(y.label, y.count, y.url, [(m.label, m.count, m.url) for m in y.months]) for y in navigator(pages)] == [
        ("2015", 3, "citations/2015-12.html", [("décembre", 2, "citations/2015-12.html"),
                                               ("novembre", 1, "citations/2015-11.html")]),
        ("Date inconnue", 1, "citations/sans-date.html", [])]
    more = items([(FR, LE_DRIAN), (FR, replace(LE_DRIAN, id="q-5")), (EN, OBAMA), (FR, DIPLOMAT)], ACTORS, "c.html")
    assert most_quoted(more, 5) == [Speaker("Jean-Yves Le Drian", "acteurs/jean-yves-le-drian.html", 2),
                                    Speaker("Barack Obama", "acteurs/barack-obama.html", 1)]
    assert most_quoted(more, 1) == [Speaker("Jean-Yves Le Drian", "acteurs/jean-yves-le-drian.html", 2)]


def test_each_actor_the_month_pages_that_hold_its_quotations():
    more = items([(FR, LE_DRIAN), (FR, replace(LE_DRIAN, id="q-5")), (EN, OBAMA), (FR, DIPLOMAT)], ACTORS, "c.html")
    pages = split_pages(more, "citations", 2)
    assert [p.key for p in pages] == ["2015-12", "2015-12-2", "2015-11"]
    assert {k: [(p.key, n) for p, n in v] for k, v in actor_pages(pages).items()} == {
        "jean-yves le drian": [("2015-12", 1), ("2015-12-2", 1)], "barack obama": [("2015-11", 1)]}
