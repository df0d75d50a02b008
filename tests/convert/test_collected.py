"""The collection date: written at a text's first conversion, kept by every later one, set by a sidecar."""

from __future__ import annotations

from datetime import date

from dossier.convert import convert_dir
from dossier.convert.mdfiles import front_matter_problems, read_md

ARTICLE = ("Un titre d'article\n\nPar Jean Dupont\nPublié le 18 novembre 2015 à 10h32\n\nLe texte de l'article "
           "commence ici, avec une phrase assez longue pour être un paragraphe de prose ordinaire.\n")
FIRST, LATER = date(2026, 3, 4), date(2026, 5, 6)


def collected(md):
    return read_md(md, md.parent).meta.get("collected")


def test_first_conversion_writes_the_day_and_a_reconversion_keeps_it(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "articles"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    convert_dir(raw, out, today=FIRST)
    assert collected(out / "a.md") == "2026-03-04"
    # the text is corrected weeks later: converted again, still collected the first day
    (raw / "a.txt").write_text(ARTICLE.replace("Un titre", "Un autre titre"), encoding="utf-8")
    r = convert_dir(raw, out, today=LATER)
    assert r.converted == [str(raw / "a.txt")]
    assert "Un autre titre" in (out / "a.md").read_text(encoding="utf-8")
    assert collected(out / "a.md") == "2026-03-04"
    # FORCE converts again too, and keeps it
    convert_dir(raw, out, force=True, today=LATER)
    assert collected(out / "a.md") == "2026-03-04"


def test_a_new_page_name_keeps_the_collection_date(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "articles"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    convert_dir(raw, out, today=FIRST)
    (raw / "a.yaml").write_text("slug: un-titre\n", encoding="utf-8")
    convert_dir(raw, out, today=LATER)
    assert not (out / "a.md").exists()
    assert collected(out / "un-titre.md") == "2026-03-04"


def test_the_sidecar_sets_the_collection_date(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "articles"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    convert_dir(raw, out, today=FIRST)
    (raw / "a.yaml").write_text("collected: 2015-11-19\n", encoding="utf-8")
    r = convert_dir(raw, out, today=LATER)
    assert r.converted == [str(raw / "a.txt")]  # a sidecar change converts again
    assert collected(out / "a.md") == "2015-11-19"
    (raw / "a.yaml").write_text("retrieved: 2015-11-20\n", encoding="utf-8")  # the other word for it
    convert_dir(raw, out, today=LATER)
    assert collected(out / "a.md") == "2015-11-20"


def test_a_wrong_collection_date_is_named(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "articles"
    raw.mkdir()
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / "a.yaml").write_text("collected: hier\n", encoding="utf-8")
    r = convert_dir(raw, out, today=FIRST)
    assert any("a.yaml" in w and "'collected'" in w for w in r.warnings), r.warnings
    assert collected(out / "a.md") == "2026-03-04"  # the sidecar's value is left out, the day is used
    md = out / "a.md"
    md.write_text(md.read_text(encoding="utf-8").replace("Collected: 2026-03-04", "Collected: 2026-13-45"),
                  encoding="utf-8")
    problems = front_matter_problems(read_md(md, md.parent))
    assert any("Collected: '2026-13-45' is not a date" in p for p in problems), problems
