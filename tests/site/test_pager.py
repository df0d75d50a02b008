"""A busy page split into numbered pages: the newest first, every page's path, neighbours."""

from __future__ import annotations

from dossier.site import paged, part_path


def test_everything_that_fits_stays_on_one_page():
    assert paged("acteurs/x.html", list("abc"), list("de"), 3) == []


def test_newest_first_size_of_each_a_page():
    parts = paged("acteurs/x.html", list("abcdefg"), list("uv"), 3)
    assert [p.articles for p in parts] == [("a", "b", "c"), ("d", "e", "f"), ("g",)]
    assert [p.events for p in parts] == [("u", "v"), (), ()]
    assert [p.path for p in parts] == ["acteurs/x.html", "acteurs/x/page-2.html", "acteurs/x/page-3.html"]


def test_events_alone_can_make_pages():
    parts = paged("acteurs/x.html", ["a"], list(range(5)), 2)
    assert len(parts) == 3 and parts[2].events == (4,) and parts[1].articles == ()


def test_neighbours():
    first, middle, last = paged("acteurs/x.html", list("abcde"), [], 2)
    assert (first.previous, first.next) == ("", "acteurs/x/page-2.html")
    assert (middle.previous, middle.next) == ("acteurs/x.html", "acteurs/x/page-3.html")
    assert (last.previous, last.next) == ("acteurs/x/page-2.html", "")


def test_part_paths_never_take_another_slug():
    assert part_path("acteurs/x.html", 1) == "acteurs/x.html"
    assert part_path("acteurs/x.html", 2) == "acteurs/x/page-2.html"  # not acteurs/x-2.html: a slug of its own
    assert part_path("acteurs/x/", 2) == "acteurs/x/page-2.html"


def test_groups_cut_past_size_named_after_their_key_and_titled_with_their_part():
    from dossier.site.pager import chunks
    got = chunks([("2015-12", "abc"), ("2015-11", "d")], 2)
    assert [(c.key, c.name, c.items, c.title("décembre")) for c in got] == [
        ("2015-12", "2015-12", ("a", "b"), "décembre (1/2)"), ("2015-12", "2015-12-2", ("c",), "décembre (2/2)"),
        ("2015-11", "2015-11", ("d",), "décembre")]


def test_the_navigator_counts_every_page_of_a_month_and_links_to_its_first():
    from dossier.site.pager import NavMonth, NavYear, years_of
    got = years_of([("2015", "décembre", 2, "c/2015-12.html#m"), ("2015", "décembre", 1, "c/2015-12-2.html"),
                    ("2015", "novembre", 1, "c/2015-11.html"), ("Date inconnue", "", 3, "c/sans-date.html")])
    assert got == [NavYear("2015", 4, "c/2015-12.html", (NavMonth("décembre", 3, "c/2015-12.html#m"),
                                                         NavMonth("novembre", 1, "c/2015-11.html"))),
                   NavYear("Date inconnue", 3, "c/sans-date.html", ())]
