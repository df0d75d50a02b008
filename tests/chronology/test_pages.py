"""A long chronology on pages: years that fit, months that do not, parts of a month, the navigator."""

from __future__ import annotations

from datetime import date

from dossier.chronology import Entry, Publication, by_month, folder_of, navigator, overview_svg, split_pages
from dossier.datewords import DAY, YEAR


def entry(d: date, precision: str = DAY, actors: tuple[str, ...] = ()) -> Entry:
    return Entry(f"e-{d.isoformat()}-{precision}", d, precision, d.isoformat(), "fait", actors=list(actors))


def pub(d: date) -> Publication:
    return Publication(d, "Titre", f"articles/{d.isoformat()}.html", d.isoformat())


ENTRIES = ([entry(date(2014, 6, 1))]  # 2014: one event, a page of its own
           + [entry(date(2015, 11, d)) for d in range(1, 8)]  # 2015: too many for one page
           + [entry(date(2015, 12, 3), actors=("hollande",)), entry(date(2015, 1, 1), YEAR)])
PUBS = [pub(date(2015, 11, 20))]


def pages(size: int = 4):
    return split_pages(by_month(ENTRIES, PUBS), "chronologie", size)


def test_a_year_that_fits_is_one_page_others_one_per_month_and_parts():
    got = pages()
    assert [p.path for p in got] == ["chronologie/2014.html", "chronologie/2015.html", "chronologie/2015-11.html",
                                     "chronologie/2015-11-2.html", "chronologie/2015-12.html"]
    assert [p.title for p in got] == ["2014", "2015", "novembre 2015 (1/2)", "novembre 2015 (2/2)", "décembre 2015"]
    assert [len(p.items) for p in got] == [1, 1, 4, 4, 1]  # 7 events and a publication in November


def test_no_page_holds_another_months_items():
    for p in pages()[2:]:
        assert {(i.date.year, i.date.month) for i in p.items} == {(2015, int(p.key[5:7]))}
    assert pages()[1].items[0].entry.precision == YEAR  # 2015.html: what is dated to the year only


def test_every_item_is_on_exactly_one_page_in_order():
    items = [i for p in pages() for i in p.items]
    assert items == [i for _, sec in by_month(ENTRIES, PUBS) for i in sec]


def test_pages_are_linked_to_their_neighbours():
    got = pages()
    assert got[0].previous is None and got[-1].next is None
    assert all(a.next is b and b.previous is a for a, b in zip(got, got[1:], strict=False))


def test_a_page_knows_its_actors_and_events():
    last = pages()[-1]
    assert last.actor_keys() == {"hollande"} and last.events == 1


def test_navigator_lists_years_and_months_with_counts_and_anchors():
    nav = navigator(pages())
    assert [(y.label, y.count, y.url) for y in nav] == [("2014", 1, "chronologie/2014.html"),
                                                        ("2015", 10, "chronologie/2015.html")]
    assert [(m.label, m.count, m.url) for m in nav[1].months] == [
        ("à l’année", 1, "chronologie/2015.html#m-2015"), ("novembre", 8, "chronologie/2015-11.html#m-2015-11"),
        ("décembre", 1, "chronologie/2015-12.html#m-2015-12")]


def test_a_year_page_holds_each_month_under_its_own_anchor():
    (page,) = split_pages(by_month(ENTRIES, PUBS), "chronologie", 100)[1:]
    assert [s.anchor for s in page.sections] == ["m-2015", "m-2015-11", "m-2015-12"]


def test_overview_has_one_bar_per_page_linking_to_it():
    svg = overview_svg(pages())
    assert svg.count("<rect") == 2 * 5 and svg.count('href="chronologie/2015-11-2.html"') == 2  # across and down
    assert overview_svg([]) == ""


def test_folder_of_the_pages():
    assert folder_of("chronologie.html") == "chronologie"
    assert folder_of("chrono") == "chrono-pages"
