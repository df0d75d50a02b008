"""The pages a reader gets are set in French typography; an English article keeps English rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import new_project, run_build

pytestmark = pytest.mark.build

NNBSP, NBSP = "\u202f", "\u00a0"


def shown_text(path: Path) -> str:
    """The text of a page a reader sees (<title> included), not its scripts and styles."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for s in soup(["script", "style"]):
        s.decompose()
    return soup.get_text()


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    proj = new_project(tmp_path_factory.mktemp("typo") / "proj", seeds=True)
    _conv, pel = run_build(proj)
    assert pel.returncode == 0, pel.stdout + pel.stderr
    return proj / "output"


def test_seed_pages_have_french_spaces(seed_out):
    vif = shown_text(seed_out / "articles" / "002-c8da9b7f2b29b121.html")
    assert f"«{NNBSP}On va avoir un échange" in vif and f"notre seul ennemi{NNBSP}»" in vif
    assert f"80{NNBSP}% sur le reste" in vif
    page = BeautifulSoup((seed_out / "articles" / "002-c8da9b7f2b29b121.html").read_text(encoding="utf-8"),
                         "html.parser")
    kept_whole = [s.get_text() for s in page.find_all("span", class_="nowrap")]  # never split at a line's end
    assert kept_whole == ["anti-EI", "al-Assad", "est-à-dire", "anti-EI", "al-Assad"]
    first = shown_text(seed_out / "articles" / "000-2be0edee1e7f5a54.html")
    assert f"«{NNBSP}un partenaire constructif" in first  # straight quotes in the raw text became guillemets
    every = {p: shown_text(p) for p in seed_out.rglob("*.html")}
    assert len(every) >= 30
    # no guillemet left with a breaking space, no ; ? ! after a plain space, no straight quote
    leftovers = {p.name: re.findall(r".{0,20}(?:« | »| [;?!]|\"|').{0,20}", t) for p, t in every.items()}
    assert {k: v for k, v in leftovers.items() if v} == {}
    assert sum(t.count(NNBSP) for t in every.values()) > 40


def test_titles_and_the_site_subtitle_are_set(seed_out):
    soup = BeautifulSoup((seed_out / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.find(class_="site-subtitle").get_text() == f"Dossier de presse{NBSP}: novembre–décembre 2015"
    art = BeautifulSoup((seed_out / "articles" / "002-c8da9b7f2b29b121.html").read_text(encoding="utf-8"),
                        "html.parser")
    assert art.title.get_text().startswith("Le ministre français de la Défense à Moscou pour parler de coopération "
                                           "anti-EI — ")
    assert art.h1.find("span", class_="nowrap").get_text() == "anti-EI"


def test_json_ld_and_search_texts(seed_out):
    """JSON-LD stays as written; the search texts are set like the pages."""
    html = (seed_out / "articles" / "002-c8da9b7f2b29b121.html").read_text(encoding="utf-8")
    ld = json.loads(BeautifulSoup(html, "html.parser").find("script", type="application/ld+json").string)
    assert ld["headline"].endswith("coopération anti-EI")
    text = (seed_out / "search" / "002-c8da9b7f2b29b121.js").read_text(encoding="utf-8")
    assert f"«{NNBSP}On va avoir" in text
    titles = (seed_out / "search-index" / "d-0.js").read_text(encoding="utf-8")
    assert "coopération anti-EI" in titles  # a hyphen, as on the page
    assert "Le Drian\u00a0: «\u202fOn va avoir" in titles  # the quotation's own result, set as on citations.html


ENGLISH = """France and Russia agree to share intelligence against the Islamic State

Moscow, November 26, 2015. French President François Hollande met Russian President Vladimir Putin on Thursday.
"We have agreed to exchange intelligence," Hollande said at a joint news conference. Why now? The two leaders
met after the November 13-15 events; it's the first such meeting since 2014-2015, officials said.

The talks lasted three hours: both men called them "constructive". Putin said Russia's strikes would focus on the
group's oil convoys, and that the military staffs of both countries would keep in touch every day from now on.
"""


def test_an_english_article_keeps_english_rules(make_dossier):
    proj = make_dossier({"en.txt": ENGLISH, "en.yaml": "date: 2015-11-26\n"})
    _conv, pel = run_build(proj)
    assert pel.returncode == 0, pel.stdout + pel.stderr
    page = BeautifulSoup((proj / "output" / "articles" / "en.html").read_text(encoding="utf-8"), "html.parser")
    assert page.find("article")["lang"] == "en"
    body = page.find(class_="article-body").get_text()
    assert "“We have agreed to exchange intelligence,” Hollande said" in body
    assert "Why now? The two leaders" in body and "events; it’s the first" in body
    assert "November 13–15" in body and "2014–2015" in body
    assert "three hours: both men called them “constructive”." in body
    assert NNBSP not in body and NBSP not in body and "«" not in body
    # the page around the article is French
    assert f"Dossier de presse{NBSP}:" in page.find(class_="site-subtitle").get_text()
