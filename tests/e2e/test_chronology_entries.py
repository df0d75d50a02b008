"""The seed dossier's chronology as a reader gets it: one line per event, each source linking a paragraph."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import new_project, run_build

pytestmark = pytest.mark.build


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    proj = new_project(tmp_path_factory.mktemp("chrono") / "proj", seeds=True)
    conv, pel = run_build(proj)
    assert conv.returncode == 0 and pel.returncode == 0, pel.stdout + pel.stderr
    return proj / "output"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_no_two_entries_share_their_text(out):
    page = soup(out / "chronologie.html")
    texts = [li.select_one(".event-text").get_text(" ", strip=True) for li in page.select("ol.chronology > li.event")]
    assert len(texts) == 10 and len(set(texts)) == len(texts)
    data = json.loads((out / "chronology.json").read_text(encoding="utf-8"))
    headlines = [e["text"]["headline"] for e in data["events"] if e["group"] != "Publications"]
    plain = str.maketrans({"\u2019": "'", "\u202f": " ", "\u00a0": " "})  # the JSON is as written, pages typeset
    assert sorted(h.translate(plain) for h in headlines) == sorted(t.translate(plain) for t in texts)
    # each entry is its own clause, not its sentence nor the headline
    by_date = {li.time["datetime"]: li.select_one(".event-text").get_text() for li in page.select("li.event")}
    assert by_date["2015-11-18"] != by_date["2015-11-19"]
    assert by_date["2015-11-19"] == "Paris envoie jeudi dans cette zone le porte-avion Charles de Gaulle"
    assert by_date["2015-11-24"] == "François Hollande va rencontrer Barack Obama à Washington le 24 novembre"
    assert by_date["2015-11-26"].startswith("François Hollande a rencontré son homologue Vladimir Poutine le 26 ")


def test_sources_are_named_by_outlet_and_title(out):
    page = soup(out / "chronologie.html")
    meeting = page.select("li.event")[[li.time["datetime"] for li in page.select("li.event")].index("2015-11-26")]
    labels = [a.get_text() for a in meeting.select(".event-sources a")]
    assert labels == ["François Hollande va rencontrer Barack Obama à Washington le 24 novembre et…",
                      "Le Vif — Le ministre français de la Défense à Moscou pour parler de coopération anti-EI"]
    assert [a.get_text() for a in meeting.select(".event-actors a")] == [
        "François Hollande", "Vladimir Poutine", "Moscou", "État islamique", "Paris"]  # not Le Drian


def _fragment_links(out: Path) -> list[tuple[str, str]]:
    """(page, href) of every link with a fragment on the chronology, its pages and the actor pages, and in the JSON."""
    found = []
    for path in [out / "chronologie.html", *sorted((out / "chronologie").glob("*.html")),
                 *sorted((out / "acteurs").rglob("*.html")), *sorted((out / "articles").glob("*.html"))]:
        found += [(str(path.relative_to(out)), a["href"]) for a in soup(path).select("a[href*='#']")]
    data = json.loads((out / "chronology.json").read_text(encoding="utf-8"))
    found += [("chronology.json", s["url"]) for e in data["events"] for s in e["sources"] if "#" in s["url"]]
    found += [("chronology.json", a["href"]) for e in data["events"]
              for a in BeautifulSoup(e["text"]["text"], "html.parser").select("a[href*='#']")]
    return found


def test_every_fragment_a_chronology_link_names_exists_in_its_page(out):
    links = _fragment_links(out)
    assert sum("#chapo" in h for _p, h in links) >= 2 and sum("#e-" in h for _p, h in links) >= 10
    for page, href in links:
        parts = urlsplit(href)
        base = out if page == "chronology.json" else (out / page).parent
        target = (base / parts.path).resolve() if parts.path else (out / page)
        assert target.exists(), (page, href)
        assert soup(target).find(id=parts.fragment), f"{page}: {href} names no element of {target.name}"


def test_each_cited_paragraph_links_back_to_its_entries(out):
    article = soup(out / "articles" / "000-2be0edee1e7f5a54.html")
    back = {a["href"] for a in article.select("#p2 .chrono-back a")}
    assert back == {"../chronologie.html#e-6f05acfff3", "../chronologie.html#e-9bdac8b446",
                    "../chronologie.html#e-80d98e480f"}  # the ids editors' overrides name
    assert {a["href"] for a in article.select("#chapo .chrono-back a")} == {
        "../chronologie.html#e-713300db8f", "../chronologie.html#e-6115719adc"}
    assert not article.select("#p3 .chrono-back")  # a paragraph no entry cites
