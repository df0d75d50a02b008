"""Quotations on the built seed dossier: citations.html, the actor pages, the chronology, JSON-LD, search,
the editors' quotes.yaml across rebuilds, and a warm build that reads them back from the cache."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import new_project, output_files, run_build

pytestmark = pytest.mark.build

LE_DRIAN = "On va avoir un échange sur ce que nous considérons comme groupes terroristes"
OBAMA = "un partenaire constructif à Vienne"
A002 = "articles/002-c8da9b7f2b29b121.html"
A000 = "articles/000-2be0edee1e7f5a54.html"


def soup(out: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((out / path).read_text(encoding="utf-8"), "html.parser")


def quote_lines(page: BeautifulSoup) -> dict[str, tuple[str, str, str, str]]:
    """Each quotation of a page by its first words: (speaker link, date, article link, outlet)."""
    out = {}
    for li in page.select("li.quote"):
        speaker = li.select_one(".quote-speaker a")
        out[li.blockquote.get_text(" ", strip=True)[2:36]] = (
            speaker["href"] if speaker else li.select_one(".quote-speaker").get_text(),
            li.time["datetime"], li.cite.a["href"], li.cite.select_one(".source").get_text())
    return out


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    proj = new_project(tmp_path_factory.mktemp("quotes") / "proj", seeds=True)
    conv, pel = run_build(proj)
    assert pel.returncode == 0, pel.stdout + pel.stderr
    return proj, pel


def test_citations_page_lists_the_seed_quotations_with_speaker_date_and_paragraph(seeds):
    proj, pel = seeds
    assert "WARNING" not in pel.stdout + pel.stderr
    out = proj / "output"
    page = soup(out, "citations.html")
    assert quote_lines(page) == {
        LE_DRIAN[:34]: ("./acteurs/jean-yves-le-drian.html", "2015-12-20", f"./{A002}#p2", "Le Vif"),
        OBAMA[:34]: ("./acteurs/barack-obama.html", "2015-11-18", f"./{A000}#p8", "source non renseignée")}
    assert [h.get_text() for h in page.select(".quotes-month h2")] == ["décembre 2015", "novembre 2015"]  # newest first
    assert soup(out, A002).find(id="p2") is not None and soup(out, A000).find(id="p8") is not None
    text = page.get_text()
    assert "deconfliction" not in text and "unanime" not in text  # scare-quoted words are not quotations
    assert "«\u202fOn va avoir" in text
    choices = json.loads(page.select_one("#citations-filtre-choix").string)
    assert choices == [["barack-obama", "Barack Obama", "1"], ["jean-yves-le-drian", "Jean-Yves Le Drian", "1"]]
    nav = soup(out, "index.html").select_one("nav[aria-label='Navigation principale']")
    assert [a.get_text() for a in nav.select("a")][:5] == ["Articles", "Archives par date", "Acteurs", "Chronologie",
                                                             "Citations"]


def test_each_speaker_page_has_its_quotation_and_links_to_the_filtered_page(seeds):
    out = seeds[0] / "output"
    le_drian = soup(out, "acteurs/jean-yves-le-drian.html")
    assert list(quote_lines(le_drian)) == [LE_DRIAN[:34]]
    assert le_drian.select_one(".quotes-more a")["href"] == "../citations.html?acteur=jean-yves-le-drian"
    assert list(quote_lines(soup(out, "acteurs/barack-obama.html"))) == [OBAMA[:34]]
    assert soup(out, "acteurs/vladimir-poutine.html").select(".actor-quotes") == []


def test_the_chronology_entry_of_the_day_shows_its_quotation(seeds):
    page = soup(seeds[0] / "output", "chronologie.html")
    with_quotes = {li["id"]: [q.get_text(" ", strip=True)[:36] for q in li.select(".entry-quotes li")]
                   for li in page.select("li.event") if li.select(".entry-quotes")}
    assert list(with_quotes.values()) == [["«\u202fun partenaire constructif à Vienne"]]
    entry = page.find(id=next(iter(with_quotes)))
    assert "Barack Obama a salué mercredi" in entry.get_text()


def test_article_jsonld_keeps_its_newsarticle_and_adds_its_quotations(seeds):
    page = soup(seeds[0] / "output", A002)
    data = json.loads(page.find("script", attrs={"type": "application/ld+json"}).string)
    assert data["@type"] == "NewsArticle" and data["headline"].startswith("Le ministre français")
    assert {"datePublished", "inLanguage", "publisher", "url", "mentions"} <= set(data)
    [part] = data["hasPart"]
    assert part["@type"] == "Quotation" and part["text"].startswith(LE_DRIAN)
    assert part["spokenByCharacter"] == {"@type": "Person", "name": "Jean-Yves Le Drian",
                                         "url": "acteurs/jean-yves-le-drian.html"}
    assert (part["isPartOf"], part["dateCreated"]) == (A002, "2015-12-20")


def test_quotations_are_search_documents_leading_to_citations(seeds):
    out = seeds[0] / "output"
    docs = (out / "search-index" / "d-0.js").read_text(encoding="utf-8")
    urls = re.findall(r"citations\.html#(q-[0-9a-f]{10})", docs)
    assert len(urls) == 2
    for qid in urls:
        assert (out / "search" / f"{qid}.js").exists()
    assert "documents indexed" in seeds[1].stdout and "search: 4 documents" in seeds[1].stdout


QUOTES_YAML = """\
hide:
  - {obama}
fix:
  {le_drian}: Sergueï Choïgou
  q-0000000000: personne
add:
  - article: 002-c8da9b7f2b29b121
    text: Daech, qui occupe de larges portions de territoires
    speaker: un responsable du ministère
    date: 2015-12-19
"""


def test_the_editors_file_hides_re_attributes_adds_and_survives_a_warm_rebuild(seeds, tmp_path):
    ids = {li.blockquote.get_text()[2:12]: li["id"] for li in soup(seeds[0] / "output", "citations.html")
           .select("li.quote")}
    proj = new_project(tmp_path / "proj", seeds=True)
    (proj / "content" / "quotes.yaml").write_text(
        QUOTES_YAML.format(obama=ids["un partena"], le_drian=ids["On va avoi"]), encoding="utf-8")
    _c, cold_run = run_build(proj)
    cold = output_files(proj / "output")
    _c, warm_run = run_build(proj)
    warm = output_files(proj / "output")
    assert "quotes: 2 quotations in 2 articles (cached: 0)" in cold_run.stdout
    assert "quotes: 2 quotations in 2 articles (cached: 2)" in warm_run.stdout  # no extraction on a warm build
    assert [name for name in cold if cold.get(name) != warm.get(name)] == [] and sorted(cold) == sorted(warm)
    warnings = [line for line in (cold_run.stdout + cold_run.stderr).splitlines() if "WARNING" in line]
    assert len(warnings) == 1 and "no quotation with id q-0000000000" in " ".join(
        (cold_run.stdout + cold_run.stderr).split())
    page = soup(proj / "output", "citations.html")
    lines = quote_lines(page)
    assert lines == {
        "Daech, qui occupe de larges portio": ("un responsable du ministère", "2015-12-19", f"./{A002}#p5", "Le Vif"),
        LE_DRIAN[:34]: ("./acteurs/serguei-choigou.html", "2015-12-20", f"./{A002}#p2", "Le Vif")}
    assert "(ajout de la rédaction)" in page.get_text() and "(attribution revue par la rédaction)" in page.get_text()
    assert soup(proj / "output", "acteurs/barack-obama.html").select(".actor-quotes") == []
    assert list(quote_lines(soup(proj / "output", "acteurs/serguei-choigou.html"))) == [LE_DRIAN[:34]]
