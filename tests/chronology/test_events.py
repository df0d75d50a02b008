"""Events: sentences, clauses and their actors, merging across articles, overrides, TimelineJS, SVG."""

from datetime import date

from dossier.chronology import (
    Publication,
    apply_overrides,
    build_events,
    find_dated,
    merge,
    timeline_svg,
    timelinejs,
)
from dossier.editorfiles import load_chronology_file
from dossier.lexicon import abbreviations
from dossier.text import sentences

REF = date(2015, 11, 18)
TYPES = {"hollande": "Person", "obama": "Person", "poutine": "Person", "daech": "Organization"}


def spans_of(block, *keys):
    """Where each actor (key = its name in lower case) is named in a one-block article."""
    return [(0, block.lower().index(k), block.lower().index(k) + len(k), k) for k in keys]


def extract_events(blocks, anchors, ref, article, spans=()):
    return build_events(find_dated(blocks, ref), anchors, article, spans)


def test_sentences_do_not_break_after_abbreviations():
    text = "M. Le Drian est à Moscou. Il a vu M. Choïgou lundi. Le Dr. Martin aussi."
    assert [text[s:e].strip() for s, e in sentences(text, abbreviations())] == [
        "M. Le Drian est à Moscou.", "Il a vu M. Choïgou lundi.", "Le Dr. Martin aussi."]


def test_one_event_per_date_with_the_clause_actors():
    hollande, obama, poutine = "hollande", "obama", "poutine"
    b = "Hollande va rencontrer Obama à Washington le 24 novembre et Poutine à Moscou le 26 novembre."
    evs = extract_events([b], ["p1"], REF, "articles/a.html", spans_of(b, hollande, obama, poutine))
    assert [(e.iso, e.anchor) for e in evs] == [("2015-11-24", "p1"), ("2015-11-26", "p1")]
    # the second clause shares the first one's subject and verb, and so its subject
    assert [e.clause for e in evs] == ["Hollande va rencontrer Obama à Washington le 24 novembre",
                                       "Hollande va rencontrer Poutine à Moscou le 26 novembre"]
    assert evs[0].actors == [hollande, obama] and evs[1].actors == [hollande, poutine]


def test_clause_without_agent_takes_the_subject():
    daech = "daech"
    b = "Daech, qui occupe la Syrie et l'Irak est à l'origine des attentats du 13 novembre dernier."
    evs = extract_events([b], ["p1"], date(2015, 12, 20), "articles/b.html", spans_of(b, daech))
    assert evs[0].iso == "2015-11-13" and evs[0].actors == [daech]


def test_same_event_from_two_articles_is_one_entry_with_both_sources():
    hollande, poutine, obama = "hollande", "poutine", "obama"
    a = "Hollande rencontrera Poutine à Moscou le 26 novembre."
    b = "Hollande a rencontré Poutine le 26 novembre pour bâtir une coalition."
    c = "Obama a parlé au téléphone le 26 novembre avec le roi de Jordanie."
    evs = (extract_events([a], ["p1"], REF, "articles/a.html", spans_of(a, hollande, poutine))
           + extract_events([b], ["p3"], date(2015, 12, 20), "articles/b.html", spans_of(b, hollande, poutine))
           + extract_events([c], ["p2"], date(2015, 12, 20), "articles/c.html", spans_of(c, obama)))
    entries = merge(evs, TYPES)
    assert len(entries) == 2
    both = next(e for e in entries if len(e.sources) == 2)
    assert {s.article for s in both.sources} == {"articles/a.html", "articles/b.html"}


def test_different_dates_never_merge():
    hollande = "hollande"
    b = "Hollande partira le 24 novembre et reviendra le 25 novembre."
    entries = merge(extract_events([b], ["p1"], REF, "articles/a.html", spans_of(b, hollande)))
    assert [e.iso for e in entries] == ["2015-11-24", "2015-11-25"]


def test_ids_are_stable_across_rebuilds():
    b = "Paris a réclamé mardi l'assistance militaire."
    one = extract_events([b], ["p1"], REF, "articles/a.html")
    two = extract_events([b], ["p9"], REF, "articles/a.html")
    assert one[0].id == two[0].id and one[0].id.startswith("e-")


def test_overrides_hide_fix_add(tmp_path):
    b = "Paris a réclamé mardi l'assistance militaire. En septembre dernier, un accord a été signé."
    entries = merge(extract_events([b], ["p1"], REF, "articles/a.html"))
    tuesday = next(e for e in entries if e.iso == "2015-11-17")
    september = next(e for e in entries if e.precision == "month")
    f = tmp_path / "chronology.yaml"
    f.write_text(f"hide: [{september.id}, e-0000000000]\nfix:\n  {tuesday.id}: {{date: 2015-11-16}}\n"
                 "add:\n  - date: 2015-11-13\n    text: Attentats de Paris\n    actors: [Daech]\n"
                 "    sources: [a]\n", encoding="utf-8")
    ov, problems = load_chronology_file(f)
    assert problems == []
    daech = "daech"
    out, more = apply_overrides(entries, ov, lambda n: daech if n == "Daech" else None,
                                lambda s: "articles/a.html" if s == "a" else None)
    assert [(e.iso, e.added) for e in out] == [("2015-11-13", True), ("2015-11-16", False)]
    assert out[0].actors == [daech] and out[0].sources[0].article == "articles/a.html"
    assert more == ["chronology: no event with id e-0000000000 (ids are in output/chronology.json)"]


def test_bad_overrides_are_named(tmp_path):
    f = tmp_path / "chronology.yaml"
    f.write_text("fix:\n  e-1: {date: demain}\nadd:\n  - text: sans date\nfoo: 1\n", encoding="utf-8")
    _ov, problems = load_chronology_file(f)
    assert len(problems) == 3 and all(str(f) in str(p) for p in problems)


def test_timelinejs_format_links_sources():
    b = "Paris a réclamé mardi l'assistance militaire."
    entries = merge(extract_events([b], ["p4"], REF, "articles/a.html"))
    data = timelinejs(entries, [Publication(REF, "T", "articles/a.html", "a")], "Dossier")
    ev = data["events"][0]
    assert ev["start_date"] == {"year": 2015, "month": 11, "day": 17}
    assert "articles/a.html#p4" in ev["text"]["text"] and ev["sources"][0]["url"] == "articles/a.html#p4"
    assert data["events"][1]["group"] == "Publications"
    assert data["title"]["text"]["headline"] == "Dossier"


def test_month_precision_has_no_day_in_timelinejs():
    b = "La France a décidé en septembre dernier de frapper."
    data = timelinejs(merge(extract_events([b], ["p1"], REF, "articles/a.html")), [], "D")
    assert data["events"][0]["start_date"] == {"year": 2015, "month": 9}


def test_svg_timeline_is_accessible_and_static():
    b = "Paris a réclamé mardi l'assistance militaire. La France a décidé en septembre dernier de frapper."
    svg = timeline_svg(merge(extract_events([b], ["p1"], REF, "articles/a.html")),
                       [Publication(REF, "T", "articles/a.html", "a")])
    drawings = svg.split("</svg>")[:-1]  # across and down
    assert len(drawings) == 2
    for d in drawings:
        assert "<svg" in d and 'role="group"' in d and "<title" in d and "<desc" in d
        assert "<script" not in d and d.count("<circle") == 1 and d.count("<rect") == 1
    assert "septembre 2015" in svg


def _dated(blocks, ref, lang="fr"):
    return [(d["expression"], d["iso"]) for d in find_dated(blocks, ref, lang)]


def test_the_eve_and_the_day_after_count_from_the_last_exact_date():
    blocks = ["La victime roulait le 17 août 2018 quand elle a été fauchée. Le prévenu s'est présenté le lendemain.",
              "La veille, il avait bu. Le lendemain, il a été arrêté."]
    assert _dated(blocks, date(2019, 3, 14)) == [
        ("17 août 2018", "2018-08-17"), ("le lendemain", "2018-08-18"),
        ("La veille", "2018-08-17"), ("Le lendemain", "2018-08-19")]  # not the day after the eve


def test_a_date_given_only_to_the_year_is_no_anchor_for_the_next_day():
    blocks = ["Le traité est entré en vigueur en 2009.", "Le lendemain, les ministres ont répondu."]
    assert _dated(blocks, REF) == [("en 2009", "2009")]


def test_an_anchor_does_not_reach_beyond_the_next_paragraph():
    blocks = ["Il est arrivé le 17 novembre.", "Il pleuvait.", "Le lendemain, il est reparti."]
    assert _dated(blocks, REF) == [("17 novembre", "2015-11-17")]


def test_later_counts_from_the_last_date_at_its_precision():
    blocks = ["En 2019, le président promettait de tout faire. Trois ans plus tard, des postes restent vacants.",
              "When Hollande stood beside Obama last Tuesday, a bomber was shot down.",
              "Two days later, in the Kremlin, Putin promised better intelligence-sharing."]
    assert _dated(blocks[:1], date(2022, 10, 11)) == [("En 2019", "2019"), ("Trois ans plus tard", "2022")]
    assert _dated(blocks[1:], date(2015, 12, 1), "en") == [("last Tuesday", "2015-11-24"),
                                                            ("Two days later", "2015-11-26")]


def test_a_month_abbreviation_does_not_end_the_sentence():
    b = "The rapprochement follows the Nov. 13 attacks in Paris and the Oct. 31 crash over Sinai."
    assert _dated([b], date(2015, 11, 26), "en") == [("Nov. 13", "2015-11-13"), ("Oct. 31", "2015-10-31")]


def test_weeks_are_not_dated_clauses():
    b = "Le texte a été adopté la semaine dernière, il y a huit semaines un accord avait été signé."
    assert _dated([b], REF) == []


def test_a_sentence_the_rules_cannot_read_does_not_stop_the_others(monkeypatch):
    from dossier.chronology import events

    real = events.find_timexes

    def fragile(sentence, *args):
        if "piège" in sentence:
            raise ValueError("boom")
        return real(sentence, *args)

    monkeypatch.setattr(events, "find_timexes", fragile)
    problems: list[str] = []
    out = find_dated(["Un piège le 3 mars. Il a parlé le 24 novembre."], REF, "fr", problems)
    assert [d["iso"] for d in out] == ["2015-11-24"]
    assert len(problems) == 1 and "ValueError: boom" in problems[0]


def test_seven_at_the_end_of_a_sentence_still_ends_it():
    # split there, the second sentence is only a date (a stamp, no event)
    assert _dated(["Ils étaient sept. 13 novembre 2015"], REF) == []
    assert _dated(["The talks ended on Sept. 13 after a week."], REF, "en") == [("Sept. 13", "2015-09-13")]


def test_a_clock_abbreviation_does_not_end_the_sentence():
    b = "The board's next regular meeting is set for 1:30 p.m. Tuesday, May 16."
    assert _dated([b], date(2017, 5, 11), "en") == [("Tuesday, May 16", "2017-05-16")]
