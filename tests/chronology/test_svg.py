"""The frieze's layouts: lanes per kind of mark, nothing overlapping, labels on the key events, both drawings."""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import combinations

import pytest

from dossier.chronology import Entry, Event, Publication, by_month, overview_svg, split_pages, timeline_svg
from dossier.chronology.svg import (
    ACROSS_ROWS,
    ACROSS_WIDTH,
    DOWN_HEIGHT,
    DOWN_WIDTH,
    FONT,
    PUBLICATION,
    Box,
    Layout,
    Mark,
    across,
    down,
    key_marks,
    marks_of,
    short_label,
    text_width,
    wrap_label,
)
from dossier.datewords import DAY, MONTH, WEEK, YEAR

NOV = date(2015, 11, 1)


def source(article: str) -> Event:
    return Event("x", NOV, DAY, "2015-11-01", "mardi", "s", "c", article, "p1")


def entry(i: str, value: date, precision: str = DAY, text: str = "Un événement", articles: int = 1,
          actors: tuple[str, ...] = ()) -> Entry:
    return Entry(i, value, precision, value.isoformat(), text, [source(f"articles/{n}.html") for n in range(articles)],
                 list(actors))


def boxes(layout: Layout) -> list[tuple[str, Box]]:
    """Every mark's and label's box, and the months' names under the axis."""
    out = [(f"mark {p.mark.href}", p.box) for p in layout.placed]
    out += [(f"label {p.mark.href}", p.label_box) for p in layout.placed if p.label_box]
    out += [(f"month {t.lines}", t.box) for t in layout.ticks if t.box]
    return out


def overlaps(layout: Layout) -> list[tuple[str, str]]:
    found = [(a, b) for (a, ba), (b, bb) in combinations(boxes(layout), 2) if ba.meets(bb)]
    for p in layout.placed:  # a leader's level stretch crosses no other mark
        if p.leader:
            x1, y, x2, _y2 = p.leader
            path = Box(x1, y - 0.5, x2 - 5 - x1, 1)
            found += [(f"leader {p.mark.href}", f"mark {q.mark.href}") for q in layout.placed
                      if q is not p and q.box.meets(path)]
    return found


def inside(layout: Layout) -> bool:
    return all(b.x >= 0 and b.y >= 0 and b.x + b.w <= layout.width and b.y + b.h <= layout.height
               for _, b in boxes(layout))


SEEDLIKE = [
    entry("sept", date(2015, 9, 1), MONTH, "La France a décidé de mener des raids aériens en Syrie", actors=("f", "s")),
    entry("w46", date(2015, 11, 9), WEEK, "Une semaine de frappes sur Raqqa"),
    entry("e13", date(2015, 11, 13), text="Attentats à Paris et à Saint-Denis, 130 morts", articles=3, actors=("ei",)),
    entry("e14", date(2015, 11, 14), text="La France frappe Raqqa", actors=("f",)),
    entry("e17", date(2015, 11, 17), text="Paris réclame l’assistance militaire de l’Union européenne",
          actors=("p", "ue")),
    entry("e18a", date(2015, 11, 18), text="Barack Obama salue le rôle de la Russie", actors=("o", "r", "s", "ph")),
    entry("e18b", date(2015, 11, 18), text="Nouvelles frappes françaises à Raqqa"),
    entry("e19", date(2015, 11, 19), text="Le porte-avions Charles-de-Gaulle part vers la Syrie"),
    entry("e24", date(2015, 11, 24), text="François Hollande rencontre Barack Obama à Washington", articles=2,
          actors=("h", "o")),
    entry("e26", date(2015, 11, 26), text="François Hollande rencontre Vladimir Poutine à Moscou", articles=2,
          actors=("h", "v", "m")),
    entry("e21", date(2015, 12, 21), text="Jean-Yves Le Drian demande à Sergueï Choïgou de frapper plus l’EI",
          actors=("l", "c", "ei", "s")),
]
PUBS = [Publication(date(2015, 11, 18), "Hollande à Washington et à Moscou", "articles/a.html", "a"),
        Publication(date(2015, 12, 20), "Le Drian à Moscou", "articles/b.html", "b", "Le Vif")]


def dense(n: int = 60) -> list[Mark]:
    """n events on ten days, long texts, weeks and months over them: the worst case for lanes."""
    entries = [entry(f"d{i}", date(2015, 11, 10 + i % 10), text=f"Événement numéro {i} avec un texte assez long "
                     "pour ne pas tenir en entier", articles=1 + i % 4, actors=tuple("abc"[: i % 3])) for i in range(n)]
    entries += [entry(f"w{i}", date(2015, 11, 2 + 7 * i), WEEK) for i in range(4)]
    entries += [entry(f"m{i}", date(2015, 10 + i, 1), MONTH) for i in range(3)]
    return marks_of(entries, PUBS)


LONG = marks_of([entry(f"y{i}", date(2013, 1, 5) + timedelta(days=37 * i)) for i in range(30)], [])


@pytest.mark.parametrize("marks", [marks_of(SEEDLIKE, PUBS), dense(), LONG, marks_of(SEEDLIKE[:1], [])],
                         ids=["seedlike", "dense", "three-years", "one-month"])
@pytest.mark.parametrize("draw", [across, down], ids=["across", "down"])
def test_no_mark_label_or_month_name_overlaps_another(marks, draw):
    layout = draw(marks)
    assert overlaps(layout) == []
    assert inside(layout)
    assert len(layout.placed) == len(marks)


def test_a_week_never_sits_inside_a_month_each_kind_has_its_own_band():
    marks = marks_of(SEEDLIKE, PUBS)
    for layout, axis in ((across(marks), "y"), (down(marks), "x")):
        spans: dict[str, tuple[float, float]] = {}
        for p in layout.placed:
            lo, hi = (p.box.y, p.box.y + p.box.h) if axis == "y" else (p.box.x, p.box.x + p.box.w)
            a, b = spans.get(p.mark.kind, (lo, hi))
            spans[p.mark.kind] = (min(a, lo), max(b, hi))
        assert set(spans) == {MONTH, WEEK, DAY, PUBLICATION}
        for (k1, (a1, b1)), (k2, (a2, b2)) in combinations(spans.items(), 2):
            assert b1 <= a2 or b2 <= a1, (axis, k1, k2)  # the bands do not even share a lane
    week = next(p for p in across(marks).placed if p.mark.kind == WEEK)
    assert week.box.h == 10 and week.box.w > 6 * 720 / 112  # a week is a bar as long as its seven days


def test_same_day_events_go_to_separate_lanes_across():
    layout = across(marks_of(SEEDLIKE, PUBS))
    e18 = [p.box for p in layout.placed if p.mark.href in ("#e18a", "#e18b")]
    assert e18[0].x == e18[1].x and e18[0].y != e18[1].y


def test_key_events_are_the_most_reported_then_those_with_most_actors():
    keys = key_marks(marks_of(SEEDLIKE, PUBS))
    assert [m.href for m in keys] == ["#e13", "#e26", "#e24", "#e18a"]  # 3 articles; 2 and 3 actors; 2 and 2; 1 and 4
    assert all(m.kind != PUBLICATION for m in key_marks(marks_of(SEEDLIKE, PUBS), 20))


@pytest.mark.parametrize("draw", [across, down], ids=["across", "down"])
def test_the_key_events_carry_a_visible_label_the_others_do_not(draw):
    layout = draw(marks_of(SEEDLIKE, PUBS))
    labelled = {p.mark.href: " ".join(p.label) for p in layout.placed if p.label}
    assert "#e13" in labelled and labelled["#e13"].startswith("Attentats à Paris")
    assert set(labelled) <= {"#e13", "#e24", "#e26", "#e18a"}
    assert len(labelled) >= 3


def test_labels_across_sit_after_their_mark_on_its_lane():
    layout = across(marks_of(SEEDLIKE, PUBS))
    for p in layout.placed:
        if p.label_box and p.label_box.x > p.box.x:
            assert p.label_box.x == pytest.approx(p.box.x + p.box.w + 4)
            assert p.label_box.y + p.label_box.h / 2 == pytest.approx(p.box.y + p.box.h / 2)


# two events a day for a month, and one a year later: at 720 units a day is 2 units wide
BUSY = [entry(f"b{i}", date(2015, 11, 1) + timedelta(days=i // 2)) for i in range(60)] + [entry("z", date(2016, 11, 1))]


def test_labels_give_way_before_the_across_drawing_gets_wider():
    seedlike = across(marks_of(SEEDLIKE, PUBS))
    assert seedlike.width == ACROSS_WIDTH and max(seedlike.lanes.values()) <= ACROSS_ROWS
    assert 0 < sum(bool(p.label) for p in seedlike.placed) <= len(key_marks(marks_of(SEEDLIKE, PUBS)))


def test_too_dense_for_the_column_the_across_drawing_gets_wider_and_scrolls():
    layout = across(marks_of(BUSY, []))
    assert layout.width > ACROSS_WIDTH and max(layout.lanes.values()) <= ACROSS_ROWS
    assert overlaps(layout) == []
    assert 'class="timeline-view timeline-h timeline-scroll"' in timeline_svg(BUSY, [])


def test_the_same_day_stacks_however_wide_the_drawing():
    same = marks_of([entry(f"s{i}", date(2015, 11, 13)) for i in range(9)] + [entry("t", date(2015, 12, 13))], [])
    layout = across(same)
    assert layout.width == ACROSS_WIDTH and layout.lanes["day"] == 9  # no point in getting wider
    assert overlaps(layout) == []


def test_down_gets_taller_for_busy_weeks():
    busier = [entry(f"b{i}", date(2015, 11, 1) + timedelta(days=i // 4)) for i in range(160)]
    layout = down(marks_of(busier, []))
    assert layout.width == DOWN_WIDTH and sum(layout.lanes.values()) <= 6
    assert layout.height > 1.3 * DOWN_HEIGHT and overlaps(layout) == []


@pytest.mark.parametrize("n", [20, 200])
def test_down_gets_wider_only_for_more_marks_of_a_day_than_it_holds(n):
    layout = down(dense(n))
    assert overlaps(layout) == [] and inside(layout)
    assert (layout.width == DOWN_WIDTH) == (n == 20)
    same_day = [entry(f"s{i}", NOV) for i in range(n // 10)]
    assert ("timeline-v timeline-scroll" in timeline_svg(same_day, [])) == (n == 200)


def test_down_cuts_long_stretches_without_events_short():
    layout = down(marks_of(SEEDLIKE, PUBS))
    assert len(layout.cuts) == 3  # within September (its bar keeps both ends), October, early December
    sept = next(p for p in layout.placed if p.mark.kind == MONTH)
    e13, e14 = (next(p.box.y for p in layout.placed if p.mark.href == h) for h in ("#e13", "#e14"))
    assert sept.box.h < 30 * (e14 - e13) / 2  # a month's bar far shorter than thirty days of the axis
    assert 'class="cut"' in timeline_svg(SEEDLIKE, PUBS)


def test_month_names_across_shorten_then_thin_out_on_a_long_axis():
    short = [t.lines for t in across(marks_of(SEEDLIKE, PUBS)).ticks if t.box]
    assert short == [("septembre 2015",), ("octobre 2015",), ("novembre 2015",), ("décembre 2015",)]
    named = [t.lines for t in across(LONG).ticks if t.box]
    assert len(named) < len(across(LONG).ticks) and ("2014",) in named or ("janv. 2014",) in named


def test_an_axis_starting_mid_month_names_that_month():
    layout = down(marks_of([entry("a", date(2015, 11, 13)), entry("b", date(2015, 12, 2))], []))
    assert [t.lines for t in layout.ticks if t.box][0] == ("nov.", "2015")
    assert not layout.ticks[0].line  # no tick: the month began before the axis


def test_short_labels_cut_between_words_and_keep_no_break_spaces():
    assert short_label("Paris réclame l’assistance militaire de l’Union européenne", 120) == "Paris réclame…"
    assert short_label("Court", 120) == "Court"
    assert short_label("Pourquoi\u202f? Parce que", 90) == "Pourquoi\u202f?…"
    assert wrap_label("François Hollande va rencontrer Barack Obama à Washington", 130) == (
        "François Hollande", "va rencontrer…")
    assert text_width("mmmm") > text_width("iiii") and text_width("novembre 2015") == pytest.approx(
        FONT * (0.64 * 7 + 0.42 + 0.34 + 0.74 * 4) + 0.0, rel=0.2)


def test_the_svg_holds_both_drawings_linking_each_mark_with_its_actors():
    entries = [*SEEDLIKE, entry("year", date(2015, 1, 1), YEAR)]
    html = timeline_svg(entries, PUBS, {"h": "francois-hollande", "o": "barack-obama"})
    assert html.count('<div class="timeline-view timeline-h">') == 1 and html.count("timeline-view timeline-v") == 1
    assert "<script" not in html
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids)) == 4  # a title and a description per drawing
    assert html.count('href="#e24"') == 2
    assert 'href="#e24" data-actors="francois-hollande barack-obama"' in html
    assert html.count('href="#year"') == 0 and "1 événement daté à l’année seulement n’y figure pas" in html
    assert html.count("<circle") == 2 * 9 and html.count('<rect class="week"') == 2
    assert html.count('<path class="publication"') == 4
    assert timeline_svg([entry("year", date(2015, 1, 1), YEAR)], []) == ""


def test_the_overview_draws_a_bar_per_page_in_both_drawings():
    pages = split_pages(by_month(SEEDLIKE, PUBS), "chronologie", 4)
    html = overview_svg(pages)
    assert html.count('<rect class="month"') == 2 * len(pages)
    for p in pages:
        assert html.count(f'href="{p.path}"') == 2
    assert overview_svg([]) == ""
