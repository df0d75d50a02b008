"""Structure of pasted articles: each rule with must-find and must-not-find cases, and losslessness."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from dossier.boilerplate.figures import CAPTION_LABEL, split_credit
from dossier.convert import parse_article
from dossier.convert.render import render
from dossier.convert.run import metadata
from dossier.convert.structure import parse_byline
from tests.conftest import DATA, SEEDS

FIXTURES = sorted(p.name.replace(".expected.yaml", "") for p in (DATA / "articles").glob("*.expected.yaml"))


def fmt(d):
    if d is None:
        return None
    return d.strftime("%Y-%m-%d %H:%M") if (d.hour or d.minute) else d.strftime("%Y-%m-%d")


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_structure(name):
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    want = yaml.safe_load((DATA / "articles" / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    art = parse_article(text)
    got = {"title": art.title, "authors": art.authors, "source": art.source, "agency": art.agency, "lang": art.lang,
           "rubric": art.rubric, "credits": art.credits, "caption": art.caption, "dateline": art.dateline,
           "date": fmt(art.published), "modified": fmt(art.updated)}
    for key, value in got.items():
        if key in want:
            assert value == want[key], key
    if "summary_startswith" in want:
        assert (art.summary or "").startswith(want["summary_startswith"])
    else:
        assert art.summary is None or art.title_derived
    if "subheadings" in want:
        assert [b.text for b in art.blocks if b.kind == "h2"] == want["subheadings"]
    body = [b.text for b in art.blocks]
    for s in want.get("body_has", []):
        assert any(s in b for b in body), s
    # the title, byline and date lines are metadata, not repeated in the body
    assert art.title not in body


def all_texts(path: Path) -> tuple[dict, str]:
    """Metadata and visible body text of the Markdown the converter writes for a raw file."""
    art = parse_article(path.read_text(encoding="utf-8"))
    md_text = render(art, metadata(art, {}, str(path), "h", "utf-8", "slug"))
    md = markdown.Markdown(extensions=["markdown.extensions.meta"])
    html = md.convert(md_text)
    meta = {k: " ".join(v) for k, v in md.Meta.items()}
    meta["summary"] = BeautifulSoup(md.reset().convert(meta.get("summary", "")), "html.parser").get_text()
    return meta, BeautifulSoup(html, "html.parser").get_text(" ")


@pytest.mark.parametrize("path", [DATA / "articles" / f"{n}.txt" for n in FIXTURES] + SEEDS, ids=lambda p: p.name)
def test_every_raw_line_is_kept(path):
    text = path.read_text(encoding="utf-8")
    art = parse_article(text)
    meta, body = all_texts(path)
    values = " ".join(meta.values())
    norm_body = " ".join(body.split())
    for no, line in enumerate(text.split("\n"), start=1):
        line = " ".join(line.split())
        if not line:
            continue
        role = art.roles.get(no)
        assert role is not None, f"line {no} dropped: {line!r}"
        if role == "date":
            assert meta.get("date") or meta.get("modified")
        elif role in ("caption", "caption+credit", "credit"):
            parts = split_credit(line)
            assert parts is None or parts[1] in values
            # a label such as "Image caption" is the page's wording, not the caption's
            assert CAPTION_LABEL.sub("", parts[0] if parts else line) in values + " " + (art.caption or "")
        elif role == "source+label":  # "Source: Belga", "Text by: FRANCE 24": the label is the page's
            assert (meta.get("source") or meta["agency"]) in line
        elif role == "dateline+source":  # "ANKARA – Hürriyet Daily News with AFP"
            assert meta["dateline"] in line and meta["source"] in line
            assert "agency" not in meta or meta["agency"] in line or " with " not in line
        elif role == "source+agency":
            assert meta["source"] in line and meta["agency"] in line
        elif role == "byline":
            assert all(a in values for a in art.authors) or art.agency
        elif role in ("title", "summary", "source", "rubric", "author"):
            assert line in values, (role, line)
        else:
            assert line in norm_body, f"line {no} not in body: {line!r}"


# --- one rule at a time: must find / must not find -------------------------------------------

def head(*lines: str, body: str = "Le texte de l'article commence ici, avec une phrase assez longue pour être "
                                   "un paragraphe de prose ordinaire, qui se termine par un point.") -> str:
    return "\n".join(lines) + "\n\n" + body


@pytest.mark.parametrize("text,title", [
    (head("Politique", "Le gouvernement prolonge l'état d'urgence"), "Le gouvernement prolonge l'état d'urgence"),
    (head("Accueil > Monde > Europe", "Bruxelles en alerte maximale"), "Bruxelles en alerte maximale"),
    (head("Crise syrienne", "Moscou et Paris coordonnent leurs frappes aériennes"),
     "Moscou et Paris coordonnent leurs frappes aériennes"),
    (head("© AFP", "Syrie : la coalition s'élargit"), "Syrie : la coalition s'élargit"),
    (head("Un Rafale au décollage. © AFP", "La France frappe Rakka"), "La France frappe Rakka"),
    (head("Coalition : quelle stratégie ?"), "Coalition : quelle stratégie ?"),
])
def test_title_found_not_rubric_not_caption(text, title):
    art = parse_article(text)
    assert art.title == title
    assert not art.title_derived


def test_no_title_line_gives_first_sentence_and_a_note():
    text = ("François Hollande va rencontrer Barack Obama à Washington le 24 novembre. Une grande coalition se met "
            "en place.\n\nLa suite de l'article vient ici, avec une phrase assez longue pour être de la prose, et "
            "qui se termine.")
    art = parse_article(text)
    assert art.title == "François Hollande va rencontrer Barack Obama à Washington le 24 novembre"
    assert art.title_derived and art.notes
    assert art.summary.startswith("François Hollande")


def test_long_derived_title_is_cut_on_a_word():
    sentence = "Le " + "très " * 60 + "long début."
    art = parse_article(sentence + " Deuxième phrase.")
    assert art.title.endswith("…") and len(art.title) <= 141 and " tr…" not in art.title


@pytest.mark.parametrize("line,authors,agency", [
    ("Par Jean Dupont", ["Jean Dupont"], None),
    ("Par Jean-Baptiste Garat et Marion Mourgue", ["Jean-Baptiste Garat", "Marion Mourgue"], None),
    ("Par Nathalie Guibert avec AFP", ["Nathalie Guibert"], "AFP"),
    ("By John Irish and Robin Emmott", ["John Irish", "Robin Emmott"], None),
    ("By Jane Doe, Reuters", ["Jane Doe"], "Reuters"),
    ("Par AFP", [], "AFP"),
    ("De notre correspondant à Bruxelles, Jean-Pierre Stroobants", ["Jean-Pierre Stroobants"], None),
])
def test_bylines(line, authors, agency):
    assert parse_byline(line) == (authors, agency)


@pytest.mark.parametrize("line", [
    "Paris a réclamé mardi l'assistance militaire des pays de l'Union européenne.",
    "Partager sur Facebook",
    "Parmi les victimes, de nombreux jeunes.",
    "Byzance n'est plus.",
])
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize("line,caption,credit", [
    ("© BELGAIMAGE", "", "BELGAIMAGE"),
    ("Un rafale part en mission © MaxPPP/UPI/ECPAD/EMA", "Un rafale part en mission", "MaxPPP/UPI/ECPAD/EMA"),
    ("Photo : AFP", "", "AFP"),
    ("Des soldats à Bruxelles. Crédit photo : Reuters", "Des soldats à Bruxelles.", "Reuters"),
    ("Un Rafale à Toulon, le 18 novembre. ANNE-CHRISTINE POUJOULAT / AFP", "Un Rafale à Toulon, le 18 novembre.",
     "ANNE-CHRISTINE POUJOULAT / AFP"),
    ("Raqqa. Photograph: Handout/AFP/Getty Images", "Raqqa.", "Handout/AFP/Getty Images"),
])
def test_captions_and_credits(line, caption, credit):
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Le Monde avec AFP",
    "La photo a fait le tour des réseaux sociaux.",
    "Les journalistes de l'AFP et de Reuters étaient présents sur place lors de la conférence.",
])
def test_not_credits(line):
    assert split_credit(line) is None


def test_outlet_under_title_is_the_source():
    art = parse_article(head("Le ministre à Moscou", "Le Vif"))
    assert art.source == "Le Vif" and art.title == "Le ministre à Moscou"
    art = parse_article(head("Le ministre à Moscou", "lesoir.be"))
    assert art.source == "lesoir.be"


@pytest.mark.parametrize("first,agency,place", [
    ("LONDRES, 5 janv 2016 (AFP) - Le Premier ministre a parlé mardi devant le Parlement, longuement.", "AFP",
     "LONDRES"),
    ("BERLIN (Reuters) - Germany will send reconnaissance jets to Syria, the government said on Thursday.",
     "Reuters", "BERLIN"),
    ("Bruxelles (Belga) — Le niveau de la menace reste fixé à 4 pour la région bruxelloise, dit le centre.",
     "Belga", "Bruxelles"),
])
def test_agency_datelines(first, agency, place):
    art = parse_article("Un titre d'article assez court\n\n" + first)
    # the agency wrote the text; no outlet is named, so there is no publisher (not the agency)
    assert (art.agency, art.dateline, art.source) == (agency, place, None)
    assert art.blocks[0].text == first  # the dateline stays in the text


def test_dateline_date_gives_publication_date():
    art = parse_article("Titre\n\nLONDRES, 5 janv 2016 (AFP) - Le Premier ministre a parlé mardi devant le "
                        "Parlement, longuement et avec force.")
    assert fmt(art.published) == "2016-01-05"


def test_sentence_with_date_is_not_a_date_line():
    art = parse_article(head("Un titre", body="Le 13 novembre 2015, des commandos ont frappé Paris et Saint-Denis, "
                                              "faisant 130 morts et des centaines de blessés dans plusieurs lieux."))
    assert art.published is None
    assert art.blocks[0].text.startswith("Le 13 novembre 2015")


def test_date_line_at_the_foot_is_metadata():
    art = parse_article(head("Un titre") + "\n\nPublié le 3 mars 2016 à 08h15")
    assert fmt(art.published) == "2016-03-03 08:15"
    assert all("Publié" not in b.text for b in art.blocks)


def test_subheadings_need_prose_around_them():
    prose = ("Une phrase de prose assez longue pour compter comme un paragraphe ordinaire de l'article, "
             "et même un peu plus longue encore, voilà.")
    art = parse_article(f"Titre\n\n{prose}\n\nUn intertitre court\n\n{prose}\n\nLire aussi : un autre article\n\n"
                        f"{prose}\n\nUne ligne finale sans point")
    kinds = [(b.kind, b.text) for b in art.blocks]
    assert ("h2", "Un intertitre court") in kinds
    assert ("p", "Lire aussi : un autre article") in kinds
    assert ("p", "Une ligne finale sans point") in kinds


def test_hard_wrapped_lines_are_joined():
    text = ("Titre de la dépêche\n\nLe ministre a déclaré mardi que la coopération avec\nla Russie était "
            "indispensable pour frapper les positions\ndu groupe jihadiste en Syrie.")
    art = parse_article(text)
    assert art.blocks[0].text.startswith("Le ministre a déclaré mardi que la coopération avec la Russie")
    assert art.blocks[0].lines == (3, 4, 5)


@pytest.mark.parametrize("text,lang", [
    ("Le ministre de la Défense a déclaré que la France allait intensifier ses frappes.", "fr"),
    ("The defence minister said France would step up its airstrikes against the group.", "en"),
])
def test_language(text, lang):
    assert parse_article("Titre\n\n" + text).lang == lang


@pytest.mark.parametrize("crumb", ["Accueil > International > Syrie", "Home › World › Middle East › Syria crisis",
                                   "Monde » Proche-Orient"])
def test_breadcrumb_is_a_rubric_not_the_title(crumb):
    art = parse_article(head(crumb, "La coalition frappe Rakka pour la troisième nuit"))
    assert art.rubric == crumb and art.title == "La coalition frappe Rakka pour la troisième nuit"


def test_arrow_in_a_title_is_not_a_breadcrumb():
    art = parse_article(head("Syrie > la coalition face au dilemme russe de Vladimir Poutine et de son armée"))
    assert art.title.startswith("Syrie > la coalition")


def test_a_lowercase_byline_is_not_joined_to_the_title():
    text = ("Lake Superior's ice season is shrinking at both ends, study finds\nby Renee Lahti, Michigan "
            "Technological University\n\nThe ice season on Lake Superior is now almost a month shorter than it was "
            "in the early 1970s, according to a new analysis of satellite records.")
    art = parse_article(text)
    assert art.title == "Lake Superior's ice season is shrinking at both ends, study finds"
    assert art.authors == ["Renee Lahti"]


@pytest.mark.parametrize("line,source,agency,place", [
    ("ANKARA – Hürriyet Daily News with AFP", "Hürriyet Daily News", "AFP", "ANKARA"),
    ("OTTAWA — The Globe and Mail", "The Globe and Mail", None, "OTTAWA"),
])
def test_a_dateline_naming_the_outlet(line, source, agency, place):
    art = parse_article("Erdogan rules out an apology for the downed jet\n" + line + "\n\n" + head("").strip())
    assert (art.source, art.agency, art.dateline) == (source, agency, place)


def test_a_dateline_naming_a_correspondent_is_no_outlet():
    art = parse_article("Erdogan rules out an apology for the downed jet\nANKARA – Jane Doe\n\n" + head("").strip())
    assert art.source is None


def test_a_logo_line_settled_as_the_outlet_is_metadata():
    # « Le Point.fr » above the title is a claim; the date line under it settles the outlet
    art = parse_article("Le Point.fr\nSu-24 abattu : ce que l'on sait\nPublié le 24/11/2015 à 18:30 | Le Point.fr\n\n"
                        + head("").strip())
    assert art.source == "Le Point.fr"
    assert art.roles[1] == "source" and all(b.text != "Le Point.fr" for b in art.blocks)
