"""The converter run: incremental, never overwriting hand edits, duplicates and bad files named."""

from __future__ import annotations

import codecs
import os

import pytest

from dossier.convert import convert_dir, main
from dossier.convert.mdfiles import read_md


def read_front_matter(path):
    return read_md(path, path.parent).meta

UNDATED = ("Un titre d'article\n\nPar Jean Dupont\n\nLe texte de l'article commence ici, avec une phrase "
           "assez longue pour être un paragraphe de prose ordinaire, qui se termine par un point.\n")
ARTICLE = UNDATED.replace("Par Jean Dupont", "Par Jean Dupont\nPublié le 18 novembre 2015 à 10h32")


@pytest.fixture
def dirs(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "content" / "articles"
    raw.mkdir()
    return raw, out


def test_first_run_converts_second_run_rewrites_nothing(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    r1 = convert_dir(raw, out)
    assert r1.converted == [str(raw / "a.txt")]
    md = out / "a.md"
    mtime = md.stat().st_mtime_ns
    os.utime(md, ns=(mtime - 10_000_000, mtime - 10_000_000))
    before = md.stat().st_mtime_ns
    r2 = convert_dir(raw, out)
    assert r2.converted == [] and r2.unchanged == [str(raw / "a.txt")]
    assert md.stat().st_mtime_ns == before


def test_changed_raw_is_converted_again(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    convert_dir(raw, out)
    (raw / "a.txt").write_text(ARTICLE.replace("Un titre", "Un autre titre"), encoding="utf-8")
    r = convert_dir(raw, out)
    assert r.converted and read_front_matter(out / "a.md")["title"] == "Un autre titre d'article"


def test_hand_edit_is_never_overwritten_but_force_does(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    convert_dir(raw, out)
    md = out / "a.md"
    edited = md.read_text(encoding="utf-8").replace("Jean Dupont", "Jeanne Dupont")
    md.write_text(edited, encoding="utf-8")
    # raw unchanged: the edit stands, silently
    r = convert_dir(raw, out)
    assert md.read_text(encoding="utf-8") == edited and not r.warnings
    # raw changed: the edit still stands, with a warning that says how to force
    (raw / "a.txt").write_text(ARTICLE + "\nUne ligne de plus.\n", encoding="utf-8")
    r = convert_dir(raw, out)
    assert md.read_text(encoding="utf-8") == edited
    assert len(r.warnings) == 1 and "edited by hand" in r.warnings[0] and "FORCE=1" in r.warnings[0]
    r = convert_dir(raw, out, force=True)
    assert "Une ligne de plus." in md.read_text(encoding="utf-8")


def test_handwritten_article_in_content_is_left_alone(dirs):
    raw, out = dirs
    out.mkdir(parents=True)
    mine = out / "note.md"
    mine.write_text("Title: Note de la rédaction\nDate: 2015-12-01\n\nTexte.\n", encoding="utf-8")
    convert_dir(raw, out)
    assert mine.exists()


def test_duplicate_with_other_whitespace_is_published_once(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / "b.txt").write_bytes(("  " + ARTICLE.replace("\n", "\r\n").replace(" ", "  ") + "\n\n").encode("cp1252"))
    r = convert_dir(raw, out)
    assert sorted(p.name for p in out.glob("*.md")) == ["a.md"]
    assert r.duplicates == [(str(raw / "b.txt"), str(raw / "a.txt"))]
    assert "b.txt" in r.warnings[0] and "a.txt" in r.warnings[0]


def test_same_title_different_articles_get_two_pages(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / "b.txt").write_text(ARTICLE.replace("Le texte", "Un autre texte"), encoding="utf-8")
    convert_dir(raw, out)
    slugs = {read_front_matter(p)["slug"] for p in out.glob("*.md")}
    assert slugs == {"a", "b"}


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file (PNG image)"),
    ("bad-bom.txt", codecs.BOM_UTF8 + b"\xff\xfe\xfd", "undecodable"),
])
def test_bad_file_is_named_and_others_still_convert(dirs, capsys, name, data, reason):
    raw, out = dirs
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / name).write_bytes(data)
    r = convert_dir(raw, out)
    assert r.converted == [str(raw / "a.txt")] and r.skipped == [str(raw / name)]
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if name in ln]
    assert len(lines) == 1 and reason in lines[0]


def test_too_large_file(dirs):
    raw, out = dirs
    (raw / "big.txt").write_text(ARTICLE * 50, encoding="utf-8")
    r = convert_dir(raw, out, max_bytes=1000)
    assert "too large" in r.warnings[0]


def test_strict_exit_code(dirs, capsys):
    raw, out = dirs
    (raw / "a.txt").write_text(UNDATED, encoding="utf-8")
    assert main([str(raw), str(out), "--strict"]) == 1  # undated: a warning
    (raw / "a.yaml").write_text("date: 2015-11-18\n", encoding="utf-8")
    assert main([str(raw), str(out), "--strict"]) == 0
    (raw / "empty.txt").write_bytes(b"")
    assert main([str(raw), str(out)]) == 0
    assert main([str(raw), str(out), "--strict"]) == 1


def test_sidecar_wins_and_is_validated(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text("Un titre\nPublié le 3 mars 2016\n\n" + ARTICLE.split("\n\n", 2)[2], encoding="utf-8")
    (raw / "a.yaml").write_text("date: 2015-11-18\ntitle: Titre corrigé\nsource: Le Vif\nauteur: X\n",
                                encoding="utf-8")
    r = convert_dir(raw, out)
    meta = read_front_matter(out / "a.md")
    assert (meta["date"], meta["title"], meta["source"]) == ("2015-11-18", "Titre corrigé", "Le Vif")
    assert len(r.warnings) == 1 and "unknown field 'auteur'" in r.warnings[0] and "a.yaml" in r.warnings[0]


def test_bad_sidecar_date_is_named(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (raw / "a.yaml").write_text("date: demain\n", encoding="utf-8")
    r = convert_dir(raw, out)
    assert any("a.yaml" in w and "'date'" in w and "YYYY-MM-DD" in w for w in r.warnings)


def test_sidecar_change_reconverts(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(UNDATED, encoding="utf-8")
    convert_dir(raw, out)
    (raw / "a.yaml").write_text("date: 2015-11-18\n", encoding="utf-8")
    convert_dir(raw, out)
    assert read_front_matter(out / "a.md")["date"] == "2015-11-18"


def test_undated_article_is_marked_and_warned(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(UNDATED, encoding="utf-8")
    r = convert_dir(raw, out)
    meta = read_front_matter(out / "a.md")
    assert meta.get("undated") == "true" and "date" not in meta
    assert any("no publication date" in w and "a.yaml" in w for w in r.warnings)


def test_removed_raw_removes_its_article(dirs):
    raw, out = dirs
    (raw / "a.txt").write_text(ARTICLE, encoding="utf-8")
    convert_dir(raw, out)
    (raw / "a.txt").unlink()
    r = convert_dir(raw, out)
    assert not (out / "a.md").exists() and r.removed


def test_non_txt_file_is_named(dirs):
    raw, out = dirs
    (raw / "article.docx").write_bytes(b"PK\x03\x04")
    r = convert_dir(raw, out)
    assert "article.docx" in r.warnings[0] and "not a .txt file" in r.warnings[0]
