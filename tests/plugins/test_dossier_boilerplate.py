"""The boilerplate plugin in a real Pelican build: cleaning, report, settings, exceptions."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT, output_files, run_build

pytestmark = pytest.mark.build

PROSE = ("Le ministre a annoncé mardi une série de mesures, dans un discours de vingt minutes devant les députés "
         "réunis en séance extraordinaire.")
RAW = f"""Un titre d'article
Publié le 18 novembre 2015

{PROSE}

{PROSE.replace("mardi", "lundi")}

{PROSE.replace("mardi", "jeudi")}

Un soldat à Bruxelles, dimanche. © Belga

{PROSE.replace("mardi", "mercredi")}

Partager sur Facebook

Contenu sponsorisé
"""


def site(make_dossier, settings: str = "", files: dict | None = None):
    proj = make_dossier({"a.txt": RAW, **(files or {})})
    conf = proj / "testconf.py"
    conf.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
                    f"PATH = 'content'\nTHEME = {str(ROOT / 'theme')!r}\nPLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
                    f"{settings}\n", encoding="utf-8")
    conv, pel = run_build(proj, conf="testconf.py")
    assert pel.returncode == 0, pel.stdout + pel.stderr
    return proj, pel


def page(proj, slug="a"):
    return BeautifulSoup((proj / "output" / "articles" / f"{slug}.html").read_text(encoding="utf-8"), "html.parser")


def test_removes_reports_and_keeps_the_text(make_dossier):
    proj, pel = site(make_dossier)
    art = page(proj).find("article")
    text = art.get_text(" ")
    assert "Partager sur Facebook" not in text and "Contenu sponsorisé" not in text
    assert "mardi une série de mesures" in text and "mercredi une série" in text
    report = json.loads((proj / "output" / "boilerplate.json").read_text(encoding="utf-8"))
    removed = {(r["text"], r["rule"]) for a in report["articles"] for r in a["removed"] if not r.get("moved")}
    assert removed == {("Partager sur Facebook", "sharing.labels"), ("Contenu sponsorisé", "partner.labels")}
    assert report["articles"][0]["source"] == "articles/a.md"
    assert "boilerplate: removed 2 blocks from 1 of 1 articles and pages in " in pel.stdout
    # the Markdown keeps everything
    assert "Partager sur Facebook" in (proj / "content" / "articles" / "a.md").read_text(encoding="utf-8")


def test_body_caption_becomes_a_figure(make_dossier):
    proj, _ = site(make_dossier)
    fig = page(proj).find("article").find_all("figure")[-1]
    assert fig.find(class_="caption-text").get_text() == "Un soldat à Bruxelles, dimanche."
    assert fig.find(class_="credit").get_text() == "© Belga"


def test_front_matter_exception_keeps_a_block(make_dossier):
    proj = make_dossier({"a.txt": RAW})
    run_build(proj)
    md = proj / "content" / "articles" / "a.md"
    md.write_text(md.read_text(encoding="utf-8").replace("Title:", "Boilerplate-keep: partner.labels\nTitle:", 1),
                  encoding="utf-8")
    _c, pel = run_build(proj)
    text = page(proj).find("article").get_text(" ")
    assert "Contenu sponsorisé" in text and "Partager sur Facebook" not in text


def test_settings_disable_add_and_report_wrong_keys(make_dossier):
    proj, pel = site(make_dossier, settings=(
        "BOILERPLATE = {'disable': ['sharing', 'generic', 'nosuchfamily'], 'colour': 1,\n"
        "               'rules': {'local.promo': {'full': ['un soldat a bruxelles, dimanche\\\\. © belga']},\n"
        "                         'bad.rule': {'full': ['(']}}}"))
    out = pel.stdout + pel.stderr
    assert "unknown setting BOILERPLATE['colour']" in out
    assert "no rule or family named 'nosuchfamily'" in out
    assert "rule bad.rule: bad pattern" in out
    text = page(proj).find("article").get_text(" ")
    assert "Partager sur Facebook" in text  # sharing disabled
    assert "Un soldat à Bruxelles" not in text  # local rule added


def test_disabled_plugin_changes_nothing(make_dossier):
    proj, _ = site(make_dossier, settings="BOILERPLATE = {'enabled': False}")
    assert "Partager sur Facebook" in page(proj).find("article").get_text(" ")


def test_summary_and_handwritten_articles_are_cleaned(make_dossier):
    proj = make_dossier({"a.txt": RAW})
    (proj / "content" / "articles" / "note.md").write_text(
        "Title: Note de la rédaction\nDate: 2015-12-01\nSummary: Contenu partenaire\n\n"
        f"{PROSE}\n\nPublicité\n\n- Partager\n- Imprimer\n", encoding="utf-8")
    conv, pel = run_build(proj)
    assert pel.returncode == 0, pel.stderr
    art = page(proj, "note-de-la-redaction").find("article")
    text = art.get_text(" ")
    assert "Publicité" not in text and "Imprimer" not in text and "Contenu partenaire" not in text
    assert not art.find("ul")
    assert "mardi une série" in text


def test_strict_build_fails_on_a_wrong_setting(make_dossier):
    proj, _ = site(make_dossier)
    (proj / "testconf.py").write_text((proj / "testconf.py").read_text() + "BOILERPLATE = {'colour': 1}\n")
    conv, pel = run_build(proj, strict=True, conf="testconf.py")
    assert pel.returncode != 0


def test_a_warm_build_cleans_from_the_cache_and_writes_the_same_site(make_dossier):
    proj, first = site(make_dossier)
    files = output_files(proj / "output")
    assert "(cached: 0;" in first.stdout
    _c, again = run_build(proj, conf="testconf.py")
    assert "(cached: 1;" in again.stdout
    assert output_files(proj / "output") == files
