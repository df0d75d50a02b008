"""End to end: build dossiers with Pelican and check the pages a reader gets."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.conftest import DATA, ROOT, new_project, output_files, run_build

pytestmark = pytest.mark.build


def pages(out: Path) -> dict[str, BeautifulSoup]:
    return {str(p.relative_to(out)): BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
            for p in sorted(out.rglob("*.html"))}


def jsonld(soup: BeautifulSoup) -> dict:
    scripts = soup.find_all("script", attrs={"type": "application/ld+json"})
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def article_pages(out: Path) -> dict[str, BeautifulSoup]:
    return {k: v for k, v in pages(out).items() if k.startswith("articles/")}


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory):
    proj = new_project(tmp_path_factory.mktemp("seed") / "proj", seeds=True)
    conv, pel = run_build(proj)
    assert conv.returncode == 0, conv.stderr
    assert pel.returncode == 0, pel.stdout + pel.stderr
    return proj, conv, pel


def test_seed_build_has_no_warning(seed_site):
    _proj, conv, pel = seed_site
    assert "WARNING" not in conv.stderr
    assert "WARNING" not in pel.stdout + pel.stderr
    assert "Processed 2 articles" in pel.stdout


def test_seed_articles_pages(seed_site):
    proj, _c, _p = seed_site
    arts = article_pages(proj / "output")
    assert sorted(arts) == ["articles/000-2be0edee1e7f5a54.html", "articles/002-c8da9b7f2b29b121.html"]
    vif = arts["articles/002-c8da9b7f2b29b121.html"]
    assert vif.h1.get_text() == "Le ministre français de la Défense à Moscou pour parler de coopération anti-EI"
    assert vif.find("time").get_text() == "20 décembre 2015"
    assert vif.find("time")["datetime"] == "2015-12-20"
    assert vif.find("article")["lang"] == "fr"
    text = vif.get_text(" ")
    assert "Le Vif" in text and "BELGAIMAGE" in text
    assert "Le conflit syrien a fait plus de 250.000 morts" in text
    first = arts["articles/000-2be0edee1e7f5a54.html"]
    caption = first.find(class_="photo-caption").get_text(" ", strip=True)
    assert caption == ("Photo (non reproduite)\u00a0: Un rafale part dans une mission de bombardement es base de "
                       "Daech © MaxPPP/UPI/ECPAD/EMA")
    assert first.find("figure") is None  # no image: no empty frame
    assert first.find(class_="chapo").get_text().startswith("François Hollande va rencontrer")
    assert first.find("h2", string="Un important chemin parcouru")


def test_seed_jsonld(seed_site):
    proj, _c, _p = seed_site
    arts = article_pages(proj / "output")
    vif = jsonld(arts["articles/002-c8da9b7f2b29b121.html"])
    assert vif["@type"] == "NewsArticle"
    assert vif["headline"] == "Le ministre français de la Défense à Moscou pour parler de coopération anti-EI"
    assert vif["datePublished"].startswith("2015-12-20")
    assert vif["inLanguage"] == "fr"
    assert vif["publisher"] == {"@type": "Organization", "name": "Le Vif"}
    assert vif["url"] == "articles/002-c8da9b7f2b29b121.html"
    assert jsonld(arts["articles/000-2be0edee1e7f5a54.html"])["datePublished"].startswith("2015-11-18")


def test_every_link_is_relative_and_resolves(seed_site):
    proj, _c, _p = seed_site
    out = proj / "output"
    for name, soup in pages(out).items():
        for tag in soup.find_all(["a", "link", "script", "img"]):
            url = tag.get("href") or tag.get("src")
            if not url or url.startswith("#"):
                continue
            parts = urlsplit(url)
            if tag.name == "a" and "external" in (tag.get("rel") or []) and parts.scheme == "https":
                continue  # a link the reader may follow (Wikidata), not a request the page makes
            assert not parts.scheme and not parts.netloc and not url.startswith("/"), (name, url)
            target = (out / name).parent / parts.path
            assert target.resolve().is_file(), (name, url)
            assert target.suffix in (".html", ".css", ".js", ".json", ".xml", ".zip", ".svg", ".png"), url


def test_home_and_archive(seed_site):
    proj, _c, _p = seed_site
    ps = pages(proj / "output")
    home = ps["index.html"]
    assert home.html["lang"] == "fr"
    titles = [a.get_text() for a in home.select(".card-title a")]
    assert titles[0].startswith("Le ministre français")  # newest first
    arch = ps["archives.html"]
    assert [h.get_text() for h in arch.find_all("h3")] == ["décembre 2015", "novembre 2015"]
    assert home.find("a", class_="skip-link") and home.find("nav")["aria-label"]


@pytest.fixture(scope="module")
def messy_site(tmp_path_factory):
    proj = new_project(tmp_path_factory.mktemp("messy") / "proj", seeds=True)
    shutil.copy(DATA / "articles" / "markup_chars.txt", proj / "raw" / "markup.txt")
    (proj / "raw" / "markup.yaml").write_text("date: 2015-11-30\n", encoding="utf-8")
    (proj / "raw" / "empty.txt").write_bytes(b"")
    (proj / "raw" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    seed = (ROOT / "raw" / "002_c8da9b7f2b29b121.txt").read_text(encoding="utf-8")
    (proj / "raw" / "zz_copy.txt").write_bytes(seed.replace("\n", "\r\n  ").encode("utf-8-sig"))
    (proj / "raw" / "undated.txt").write_bytes(
        "Une dépêche sans date\n\nLe texte de la dépêche, assez long pour être un paragraphe de prose, "
        "avec des accents écrits en Windows-1252 : « coopération ».\n".encode("cp1252"))
    conv, pel = run_build(proj)
    return proj, conv, pel


def test_messy_dossier_still_builds(messy_site):
    proj, conv, pel = messy_site
    assert conv.returncode == 0 and pel.returncode == 0, pel.stdout + pel.stderr
    arts = article_pages(proj / "output")
    assert len(arts) == 4  # two seeds, markup, undated; not the copy, the empty or the PNG
    warnings = [ln for ln in conv.stderr.splitlines() if "WARNING" in ln]
    assert any("empty.txt" in w and "empty file" in w for w in warnings)
    assert any("photo.txt" in w and "PNG image" in w for w in warnings)
    assert any("zz_copy.txt" in w and "002_c8da9b7f2b29b121.txt" in w and "duplicate" in w for w in warnings)
    assert any("undated.txt" in w and "no publication date" in w for w in warnings)
    assert len(warnings) == 4
    headlines = [jsonld(s)["headline"] for s in arts.values()]
    assert not any("\ufffd" in h or "PNG" in h for h in headlines)


def test_markup_reaches_the_reader_literally(messy_site):
    proj, _c, _p = messy_site
    soup = article_pages(proj / "output")["articles/markup.html"]
    text = " ".join(soup.get_text(" ").split())
    # the markup arrives as text; its apostrophes are set as the rest of the text (’)
    for literal in ("<script>alert(’Anonymous’)</script>", "<b>Expect us</b>", "* Première étape", "[voir la liste]",
                    "&amp; littérales", "# Anonymous déclare"):
        assert literal in text, literal
    art = soup.find(class_="article-body")
    assert not art.find("b") and not art.find("i") and not art.find("ul") and not art.find("ol")
    assert not soup.find("a", href=re.compile("example.org"))
    assert all("alert(" not in (s.string or "") for s in soup.find_all("script")
               if s.get("type") != "application/ld+json")
    assert jsonld(soup)["headline"] == "# Anonymous déclare la guerre à l'EI : <b>Expect us</b>"


def test_undated_article_published_as_such(messy_site):
    proj, _c, _p = messy_site
    soup = article_pages(proj / "output")["articles/undated.html"]
    assert "date inconnue" in soup.get_text()
    assert "datePublished" not in jsonld(soup)
    assert "coopération" in soup.get_text()
    arch = pages(proj / "output")["archives.html"]
    assert arch.find(id="sans-date")


def test_strict_mode_fails_on_warnings(messy_site):
    proj, _c, _p = messy_site
    conv, pel = run_build(proj, strict=True)
    assert conv.returncode == 1


def test_jsonld_cannot_be_broken_out_of(make_dossier):
    nasty = "Titre </script><script>alert(1)</script> <!-- & fin"
    proj = make_dossier({"x.txt": nasty + "\n\nLe texte de l'article, assez long pour être un paragraphe de "
                                          "prose ordinaire, qui se termine par un point final.\n",
                         "x.yaml": "date: 2015-11-18\n"})
    conv, pel = run_build(proj)
    assert pel.returncode == 0, pel.stderr
    html = (proj / "output" / "articles" / "x.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert jsonld(soup)["headline"] == " ".join(nasty.split())
    inline = [t for t in soup.find_all("script") if not t.get("src")]
    assert len(inline) == 1 and inline[0]["type"] == "application/ld+json"
    assert html.count("<script") == len(soup.find_all("script"))  # no script hidden in the text


def test_actor_pages_and_index(seed_site):
    proj, _c, pel = seed_site
    out = proj / "output"
    assert "actors: " in pel.stdout
    index = pages(out)["acteurs.html"]
    groups = [h.get_text(" ", strip=True) for h in index.find_all("h2")]
    assert groups[0].startswith("Personnes") and groups[1].startswith("Organisations")
    ei = index.find("a", string="État islamique")
    assert ei is not None and "2 articles" in ei.parent.get_text()
    page = pages(out)["acteurs/vladimir-poutine.html"]
    assert page.h1.get_text() == "Vladimir Poutine"
    listed = [a.get_text() for a in page.select("#articles-acteur + ol a")]
    assert listed[0].startswith("Le ministre français")  # newest first
    assert len(listed) == 2
    assert "Poutine" in page.find(class_="aliases").get_text()
    assert page.select("#cites-avec + ul a")
    assert not (out / "acteurs" / "charles-de-gaulle.html").exists()


def test_articles_link_their_actors_and_mention_them_in_jsonld(seed_site):
    proj, _c, _p = seed_site
    arts = article_pages(proj / "output")
    soup = arts["articles/002-c8da9b7f2b29b121.html"]
    links = {a.get_text(): a["href"] for a in soup.select(".article-actors a")}
    assert links["Jean-Yves Le Drian"] == "../acteurs/jean-yves-le-drian.html"
    mentions = {m["name"]: m for m in jsonld(soup)["mentions"]}
    assert mentions["Sergueï Choïgou"] == {"@type": "Person", "name": "Sergueï Choïgou",
                                           "url": "acteurs/serguei-choigou.html"}
    assert mentions["État islamique"]["@type"] == "Organization"
    assert mentions["Syrie"]["@type"] == "Place"
    urls = {}
    for s in arts.values():
        for m in jsonld(s)["mentions"]:
            urls.setdefault(m["name"], set()).add(m["url"])
    assert all(len(u) == 1 for u in urls.values())  # one page per actor


def test_warm_rebuild_does_not_run_the_model(seed_site):
    proj, _c, _p = seed_site
    _conv, pel = run_build(proj)
    assert "model run on 0 (cached: 2;" in pel.stdout


def test_front_matter_controls_actors(make_dossier):
    proj = make_dossier(seeds=True)
    run_build(proj)
    md = proj / "content" / "articles" / "002-c8da9b7f2b29b121.md"
    md.write_text(md.read_text(encoding="utf-8").replace(
        "Title:", "Actors-remove: Bachar al-Assad\nActors-add: Union européenne\nTitle:", 1), encoding="utf-8")
    _c, pel = run_build(proj)
    soup = BeautifulSoup((proj / "output" / "articles" / "002-c8da9b7f2b29b121.html").read_text(encoding="utf-8"),
                         "html.parser")
    names = {m["name"] for m in jsonld(soup)["mentions"]}
    assert "Union européenne" in names and "Bachar al-Assad" not in names


def test_chronology_page_and_json(seed_site):
    proj, _c, pel = seed_site
    out = proj / "output"
    assert "chronology: " in pel.stdout
    data = json.loads((out / "chronology.json").read_text(encoding="utf-8"))
    dated = {(e["start_date"]["year"], e["start_date"].get("month"), e["start_date"].get("day")): e
             for e in data["events"] if e["group"] != "Publications"}
    for want in [(2015, 11, 24), (2015, 11, 26), (2015, 11, 13), (2015, 12, 21), (2015, 9, None)]:
        assert want in dated, want
    assert any("002-c8da9b7f2b29b121.html#p" in s["url"] for s in dated[(2015, 12, 21)]["sources"])
    both = {s["url"].split("#")[0] for s in dated[(2015, 11, 26)]["sources"]}
    assert both == {"articles/000-2be0edee1e7f5a54.html", "articles/002-c8da9b7f2b29b121.html"}
    page = pages(out)["chronologie.html"]
    months = [h.get_text() for h in page.select(".chrono-month h2")]
    assert months == ["septembre 2015", "novembre 2015", "décembre 2015"]
    sept = page.select_one("li.precision-month time")
    assert sept["datetime"] == "2015-09" and sept.get_text() == "septembre 2015"
    assert page.find("svg", attrs={"role": "group"})
    assert len(page.select("li.publication")) == 2
    # the anchors the events link to exist in the article page
    target = dated[(2015, 12, 21)]["sources"][0]["url"]
    art = pages(out)[target.split("#")[0]]
    assert art.find(id=target.split("#")[1])
    # per-actor chronology on the actor page, without JavaScript
    # (not on the 26 November meeting of Hollande and Poutine, which the sentence naming him reports)
    le_drian = pages(out)["acteurs/jean-yves-le-drian.html"]
    assert [t["datetime"] for t in le_drian.select("#evenements + ol time")] == ["2015-12-21"]


def test_a_warm_build_writes_what_a_cold_build_writes(make_dossier):
    """Caches change the cost of a build, never its output (the zip's timestamps aside)."""
    proj = make_dossier(seeds=True)
    run_build(proj)
    cold = output_files(proj / "output")
    _c, pel = run_build(proj)
    assert "model run on 0" in pel.stdout  # the second build did use the caches
    warm = output_files(proj / "output")
    assert sorted(warm) == sorted(cold)
    assert [name for name in cold if cold[name] != warm[name]] == []
