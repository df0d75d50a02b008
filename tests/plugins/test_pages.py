"""A long chronology and a busy actor split into pages in a real build (page sizes lowered on the seeds)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import new_project, run_build

pytestmark = pytest.mark.build

CONF = "from pelicanconf import *\nCHRONOLOGY = {{'page_size': {chrono}}}\nACTORS = {{'page_size': {actor}}}\n"


def configure(proj: Path, chrono: int, actor: int) -> None:
    (proj / "testconf.py").write_text(CONF.format(chrono=chrono, actor=actor), encoding="utf-8")


@pytest.fixture(scope="module")
def split_site(tmp_path_factory):
    proj = new_project(tmp_path_factory.mktemp("pages") / "proj", seeds=True)
    configure(proj, 5, 1)
    _c, pel = run_build(proj, conf="testconf.py")
    assert pel.returncode == 0 and "WARNING" not in pel.stdout + pel.stderr, pel.stdout + pel.stderr
    return proj


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def links(out: Path, page: Path) -> list[Path]:
    """Every local link of a page, resolved to the file it names (all must exist)."""
    targets = []
    for tag in soup(page).find_all(["a", "link", "script"]):
        url = tag.get("href") or tag.get("src")
        parts = urlsplit(url or "")
        if not url or url.startswith("#") or parts.scheme:
            continue
        target = (page.parent / parts.path).resolve()
        assert target.is_file(), (page.relative_to(out), url)
        targets.append(target)
    return targets


def test_month_pages_exist_and_the_overview_links_them(split_site):
    out = split_site / "output"
    months = sorted((out / "chronologie").glob("*.html"))
    assert [p.name for p in months] == ["2015-09.html", "2015-11-2.html", "2015-11.html", "2015-12.html"]
    overview = soup(out / "chronologie.html")
    assert not overview.select("ol.chronology li")  # the entries are on the month pages
    linked = {(out / urlsplit(a["href"]).path).resolve() for a in overview.select(".chrono-nav a, svg a")}
    assert linked >= {p.resolve() for p in months}  # the navigator links each month, the timeline each page
    assert overview.select("svg.timeline rect")  # the overview timeline is kept
    assert overview.select_one(".chrono-actors a[href='./acteurs.html']")  # its busiest actors, then all of them


def test_month_pages_hold_only_their_month_and_link_back_and_forth(split_site):
    out = split_site / "output"
    order = ["2015-09", "2015-11", "2015-11-2", "2015-12"]
    seen = []
    for i, key in enumerate(order):
        page = out / "chronologie" / f"{key}.html"
        s = soup(page)
        dates = {li.time["datetime"][:7] for li in s.select("ol.chronology > li")}
        assert dates == {key[:7]}, key
        seen += [li.get("id") or li.time["datetime"] for li in s.select("ol.chronology > li")]
        prev, nxt = s.select_one("a[rel=prev]"), s.select_one("a[rel=next]")
        assert (prev is None) == (i == 0) and (nxt is None) == (i == len(order) - 1)
        if prev:
            assert (page.parent / prev["href"]).resolve() == (out / "chronologie" / f"{order[i - 1]}.html").resolve()
        if nxt:
            assert (page.parent / nxt["href"]).resolve() == (out / "chronologie" / f"{order[i + 1]}.html").resolve()
        assert (page.parent / s.select_one("a.chrono-up")["href"]).resolve() == (out / "chronologie.html").resolve()
        assert s.select(".chrono-filter a") or key == "2015-09"  # the actor filter, this page's actors
    assert len(seen) == 12 and len(set(seen)) == 12  # 10 events and 2 publications, each on one page


def test_every_link_of_the_split_pages_resolves(split_site):
    out = split_site / "output"
    for page in [out / "chronologie.html", *(out / "chronologie").glob("*.html"), *(out / "acteurs").rglob("*.html")]:
        links(out, page)


def test_busy_actor_is_paged_newest_first(split_site):
    out = split_site / "output"
    first = soup(out / "acteurs" / "francois-hollande.html")
    second_path = out / "acteurs" / "francois-hollande" / "page-2.html"
    second = soup(second_path)
    titles = [a.get_text() for a in first.select("#articles-acteur + ol a")]
    older = [a.get_text() for a in second.select("#articles-acteur + ol a")]
    assert len(titles) == 1 and len(older) == 1 and titles != older
    assert "Articles qui en parlent (2)" in first.get_text()
    pager = first.select_one("nav.actor-pager")
    nxt = pager.select_one("a[rel=next]")["href"]
    assert (out / "acteurs" / nxt).resolve() == second_path.resolve()
    back = second.select_one("nav.actor-pager a[rel=prev]")["href"]
    assert (second_path.parent / back).resolve() == (out / "acteurs" / "francois-hollande.html").resolve()
    dates = [t["datetime"] for t in first.select("#evenements + ol time") + second.select("#evenements + ol time")]
    assert dates == sorted(dates, reverse=True)  # events newest first across the pages


def test_a_one_article_actor_has_one_page(split_site):
    out = split_site / "output"
    assert (out / "acteurs" / "bachar-al-assad.html").exists()
    assert not (out / "acteurs" / "bachar-al-assad").exists()
    assert not soup(out / "acteurs" / "bachar-al-assad.html").select("nav.actor-pager")


def test_pages_no_longer_needed_are_removed(split_site):
    configure(split_site, 300, 50)
    _c, pel = run_build(split_site, conf="testconf.py")
    out = split_site / "output"
    assert pel.returncode == 0, pel.stdout + pel.stderr
    assert not (out / "chronologie").exists() and not (out / "acteurs" / "francois-hollande").exists()
    assert re.search(r"removed \d+ file", pel.stdout)
    assert soup(out / "chronologie.html").select("ol.chronology li")  # one page again
