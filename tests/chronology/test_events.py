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
    return build_events(find_dated(blocks, ref), anchors, article, spans, TYPES)


def test_sentences_do_not_break_after_abbreviations():
    text = "M. Le Drian est à Moscou. Il a vu M. Choïgou lundi. Le Dr. Martin aussi."
    assert [text[s:e].strip() for s, e in sentences(text, abbreviations())] == [
        "M. Le Drian est à Moscou.", "Il a vu M. Choïgou lundi.", "Le Dr. Martin aussi."]


def test_one_event_per_date_with_the_clause_actors():
    hollande, obama, poutine = "hollande", "obama", "poutine"
    b = "Hollande va rencontrer Obama à Washington le 24 novembre et Poutine à Moscou le 26 novembre."
    evs = extract_events([b], ["p1"], REF, "articles/a.html", spans_of(b, hollande, obama, poutine))
    assert [(e.iso, e.anchor) for e in evs] == [("2015-11-24", "p1"), ("2015-11-26", "p1")]
    assert evs[0].actors == [hollande, obama] and evs[1].actors == [poutine]


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
    assert svg.startswith("<svg") and 'role="group"' in svg and "<title" in svg and "<desc" in svg
    assert "<script" not in svg and svg.count("<circle") == 1 and svg.count("<rect") == 1
    assert "septembre 2015" in svg
