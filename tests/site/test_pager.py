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
