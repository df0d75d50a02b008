"""Whatever editors paste or type: nothing read from outside raw/ and content/, nothing lost, no traceback.

One test per item of the reliability review (issue 10), each starting from the state that broke.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from dossier.convert import convert_dir, main
from tests.conftest import ROOT, run_build

pytestmark = pytest.mark.build

PROSE = ("Le ministre a annoncé mardi une série de mesures contre le groupe État islamique, dans un discours de "
         "vingt minutes devant les députés réunis en séance extraordinaire.")


def article(title: str, date: str = "18 novembre 2015", body: str = PROSE) -> str:
    return f"{title}\nPublié le {date}\n\n{body}\n\n{body.replace('mardi', 'lundi')}\n"


def pages(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*.html")}


def text_of(out: Path, rel: str) -> str:
    return " ".join(BeautifulSoup((out / rel).read_text(encoding="utf-8"), "html.parser").get_text(" ").split())


def no_traceback(*results) -> None:
    for r in results:
        assert "Traceback" not in r.stdout + r.stderr, r.stdout + r.stderr


def warnings(conv) -> list[str]:
    return [ln for ln in conv.stderr.splitlines() if "WARNING" in ln]


# --- security -------------------------------------------------------------------------------------

def test_1_a_link_out_of_raw_is_refused(make_dossier, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n" * 5, encoding="utf-8")
    proj = make_dossier({"a.txt": article("Un vrai article")})
    (proj / "raw" / "x.txt").symlink_to(secret)
    (proj / "raw" / "a.yaml").symlink_to(secret)  # a sidecar too
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert any("raw/x.txt: skipped: a link to" in w and "outside raw/" in w for w in warnings(conv))
    assert any("a.yaml" in w and "a link out of" in w for w in warnings(conv))
    out = proj / "output"
    assert not (out / "articles" / "x.html").exists()
    assert all("root:x:0:0" not in t for t in pages(out).values())
    with zipfile.ZipFile(out / "dossier.zip") as z:
        assert not any(b"root:x:0:0" in z.read(n) for n in z.namelist())
    assert (out / "articles" / "a.html").exists()


def test_1_a_link_out_of_content_is_refused(make_dossier, tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text("Title: Secret\nDate: 2015-11-18\n\nsecret text\n", encoding="utf-8")
    proj = make_dossier({"a.txt": article("Un vrai article")})
    (proj / "content" / "articles" / "leak.md").symlink_to(outside)
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert "outside" in conv.stderr + pel.stdout + pel.stderr
    assert all("secret text" not in t for t in pages(proj / "output").values())


@pytest.mark.parametrize("slug", ["../search-index", "a/b", "Mon Article", ""])
def test_2_a_bad_sidecar_slug_is_refused(make_dossier, slug):
    proj = make_dossier({"a.txt": article("Un vrai article"), "a.yaml": f"slug: {json.dumps(slug)}\n"})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert pel.returncode == 0
    out = proj / "output"
    assert (out / "articles" / "a.html").exists()
    if slug:
        assert any("field 'slug'" in w for w in warnings(conv))
    index = (out / "search-index.js").read_text(encoding="utf-8")
    titles = (out / "search-index" / "d-0.js").read_text(encoding="utf-8")
    assert index.startswith("window.DOSSIER_SEARCH") and '["a","articles/a.html"' in titles


def test_2_a_sidecar_slug_equal_to_another_article_gets_its_own(make_dossier):
    proj = make_dossier({"a.txt": article("Premier article"),
                         "b.txt": article("Second article", body=PROSE + " Autre."), "b.yaml": "slug: a\n"})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    out = proj / "output" / "articles"
    assert {"a.html", "a-2.html"} <= {p.name for p in out.iterdir()}
    assert "Premier article" in text_of(proj / "output", "articles/a.html")
    assert "Second article" in text_of(proj / "output", "articles/a-2.html")
    assert any("page name 'a' is taken" in w for w in warnings(conv))


# --- nothing lost, nothing silently wrong ------------------------------------------------------------

def test_3_names_that_slugify_alike_are_both_published(make_dossier):
    proj = make_dossier({"Été.txt": article("Article d'été"), "ete.txt": article("Autre article", body=PROSE + " B."),
                         "Путин.txt": article("Premier cyrillique", body=PROSE + " C."),
                         "Мир.txt": article("Second cyrillique", body=PROSE + " D.")})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    titles = [BeautifulSoup(t, "html.parser").h1.get_text() for r, t in pages(proj / "output").items()
              if r.startswith("articles/")]
    # (the page sets the title's apostrophe: ’)
    assert sorted(titles) == sorted(["Article d’été", "Autre article", "Premier cyrillique", "Second cyrillique"])
    assert any("is taken by" in w for w in warnings(conv))
    strict, _ = run_build(proj, strict=True)
    assert strict.returncode == 1  # a warning stops a STRICT build
    again = convert_dir(proj / "raw", proj / "content" / "articles")
    assert again.converted == [] and len(again.unchanged) == 4  # not reconverted on every build


def test_4_a_short_article_keeps_its_hash_in_the_front_matter(make_dossier):
    short = "Un titre court\nPublié le 3 mars 2016\n\n" + PROSE + "\n"
    proj = make_dossier({"a.txt": short})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert "Content-hash" not in text_of(proj / "output", "articles/a.html")
    again = convert_dir(proj / "raw", proj / "content" / "articles")
    assert again.kept_edited == [] and again.unchanged
    (proj / "raw" / "a.yaml").write_text("title: Le bon titre\n", encoding="utf-8")
    conv, pel = run_build(proj)
    assert BeautifulSoup((proj / "output/articles/a.html").read_text(encoding="utf-8"), "html.parser").h1.get_text() \
        == "Le bon titre"


def test_5_force_never_overwrites_an_article_written_by_hand(make_dossier):
    proj = make_dossier()
    hand = proj / "content" / "articles" / "a.md"
    hand.write_text("Title: Écrit à la main\nDate: 2015-11-20\n\nMon texte à moi.\n", encoding="utf-8")
    (proj / "raw" / "a.txt").write_text(article("Article collé"), encoding="utf-8")
    conv, pel = run_build(proj, force=True)
    no_traceback(conv, pel)
    assert hand.read_text(encoding="utf-8").startswith("Title: Écrit à la main")
    titles = {BeautifulSoup(t, "html.parser").h1.get_text() for r, t in pages(proj / "output").items()
              if r.startswith("articles/")}
    assert titles == {"Écrit à la main", "Article collé"}


def test_6_output_mirrors_the_sources(make_dossier):
    proj = make_dossier({"a.txt": article("Hollande reçoit Obama", body=PROSE + " Barack Obama était là."),
                         "b.txt": article("Un autre article")})
    run_build(proj)
    out = proj / "output"
    assert (out / "articles" / "a.html").exists() and (out / "search" / "a.js").exists()
    assert (out / "acteurs" / "barack-obama.html").exists()
    (proj / "raw" / "a.txt").unlink()
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert not (out / "articles" / "a.html").exists() and not (out / "search" / "a.js").exists()
    assert not (out / "acteurs" / "barack-obama.html").exists()  # no article names him any more
    sw = (out / "sw.js").read_text(encoding="utf-8")
    assert "articles/a.html" not in sw and "articles/b.html" in sw
    with zipfile.ZipFile(out / "dossier.zip") as z:
        assert "dossier/articles/a.html" not in z.namelist() and "dossier/articles/b.html" in z.namelist()


def test_7_an_interrupted_zip_leaves_nothing_the_next_build_misreads(make_dossier):
    proj = make_dossier({"a.txt": article("Un article")})
    run_build(proj)
    out = proj / "output"
    (out / "dossier.tmp").write_bytes(b"PK\x03\x04 half a zip")  # what the old build left
    (out / ".dossier.zip.abc.tmp").write_bytes(b"PK\x03\x04 half a zip")
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert not (out / "dossier.tmp").exists() and not (out / ".dossier.zip.abc.tmp").exists()
    assert ".tmp" not in (out / "sw.js").read_text(encoding="utf-8")


def test_7_an_interrupted_write_keeps_the_old_file(tmp_path, monkeypatch):
    from dossier import files

    target = tmp_path / "a.md"
    target.write_text("complete old text", encoding="utf-8")

    def boom(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(target, "new text " * 1000)
    assert target.read_text(encoding="utf-8") == "complete old text"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_8_two_builds_at_once_give_the_site_one_build_gives(tmp_path):
    """`make html` twice at the same time, in a scratch checkout: both finish, the site is whole."""
    import subprocess

    proj = tmp_path / "proj"
    (proj / "raw").mkdir(parents=True)
    (proj / "content" / "articles").mkdir(parents=True)
    for name in ("theme", "plugins", "dossier", "pelicanconf.py", "search", "node_modules", "Makefile", ".venv",
                 "requirements.txt", "requirements-dev.txt", "package.json", "package-lock.json"):
        (proj / name).symlink_to(ROOT / name)
    for i in range(4):
        (proj / "raw" / f"a{i}.txt").write_text(article(f"Article {i}", body=PROSE + f" Numéro {i}."),
                                                encoding="utf-8")
    env = {**os.environ, "DOSSIER_NER_CACHE": os.environ["DOSSIER_NER_CACHE"]}
    runs = [subprocess.Popen(["make", "html"], cwd=proj, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             env=env) for _ in range(2)]
    outs = [r.communicate(timeout=600)[0] for r in runs]
    assert all(r.returncode == 0 for r in runs), outs
    assert all("Traceback" not in o for o in outs)
    assert len([p for p in (proj / "output" / "articles").iterdir()]) == 4


def test_9_sidecar_values_are_shown_as_written(make_dossier):
    proj = make_dossier({"a.txt": article("Un article"),
                         "a.yaml": "url: https://www.levif.be/article\ntitle: yes\nsource: {nom: Le Vif}\n"})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    soup = BeautifulSoup((proj / "output/articles/a.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.h1.get_text() == "yes"
    assert soup.find("a", href="https://www.levif.be/article")
    assert "{'nom'" not in soup.get_text()
    assert any("field 'source'" in w for w in warnings(conv))


def test_9_a_javascript_url_is_refused(make_dossier):
    proj = make_dossier({"a.txt": article("Un article"), "a.yaml": "url: javascript:alert(1)\n"})
    conv, pel = run_build(proj)
    assert any("field 'url'" in w for w in warnings(conv))
    assert "javascript:" not in (proj / "output/articles/a.html").read_text(encoding="utf-8")


def test_10_languages_outside_the_supported_set_are_said_as_such(make_dossier):
    ru = ("Путин и Олланд\nОпубликовано 26.11.2015\n\n"
          "Президент России Владимир Путин встретился в четверг в Кремле с президентом Франции Франсуа Олландом. "
          "Стороны договорились обмениваться разведывательными данными о террористах.\n")
    es = ("Hollande visita Moscú\nPor Juan Pérez\nPublicado el 26/11/2015\n\n"
          "El presidente francés François Hollande se reunió el jueves en Moscú con Vladimir Putin para hablar de "
          "la coalición contra el Estado Islámico y del intercambio de información.\n")
    proj = make_dossier({"ru.txt": ru, "es.txt": es})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    out = proj / "output"
    for slug, lang in (("ru", "ru"), ("es", "es")):
        soup = BeautifulSoup((out / f"articles/{slug}.html").read_text(encoding="utf-8"), "html.parser")
        data = json.loads(soup.find("script", type="application/ld+json").string)
        assert data["inLanguage"] == lang
        assert not data.get("mentions")  # no French actors pipeline on them
    es_page = (out / "articles/es.html").read_text(encoding="utf-8")
    assert "Juan Pérez" in es_page and "Por Juan" not in es_page


# --- tracebacks instead of a message naming the file -------------------------------------------------

@pytest.mark.parametrize("sidecar", ["date: 2015-13-45\n", "date: 2015-02-30\n", "date: 25:00\n", "authors: 5\n",
                                     "date: 2015-11-18T08:15:00+01:00\nmodified: 2015-11-19 10:00\n"])
def test_11_a_bad_sidecar_value_is_one_line(make_dossier, sidecar):
    proj = make_dossier({"a.txt": article("Un article"), "a.yaml": sidecar})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert conv.returncode == 0 and pel.returncode == 0
    assert (proj / "output/articles/a.html").exists()


@pytest.mark.parametrize("damage", ["cp1252", "cut"])
def test_11_a_broken_hand_edited_markdown_is_named(make_dossier, damage):
    proj = make_dossier({"a.txt": article("Un article"), "b.txt": article("Un autre", body=PROSE + " B.")})
    run_build(proj)
    md = proj / "content/articles/a.md"
    text = md.read_text(encoding="utf-8").replace("Un article", "Un article édité")
    md.write_bytes(text.encode("cp1252") if damage == "cp1252" else text.encode("utf-8")[:-2] + "é".encode()[:1])
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert any("content/articles/a.md" in w and "not UTF-8" in w for w in warnings(conv))
    assert (proj / "output/articles/b.html").exists()  # the rest of the dossier still builds
    assert md.read_bytes()[:5] == b"Title"  # the editor's file is left as it is


def test_11_a_bad_front_matter_date_keeps_the_article(make_dossier):
    proj = make_dossier()
    (proj / "content/articles/hand.md").write_text("Title: À la main\nDate: 2015-13-45\n\nUn texte.\n",
                                                   encoding="utf-8")
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert any("hand.md line 2" in w and "is not a date" in w for w in warnings(conv))
    assert (proj / "output/articles").exists() and any("À la main" in t for t in pages(proj / "output").values())


def test_12_a_huge_line_or_sidecar_never_stops_the_build(make_dossier):
    one_line = ("Un titre\nPublié le 3 mars 2016\n\n" + (PROSE + " ") * 2800).encode("utf-8")
    assert 400_000 < len(one_line) < 500_000
    proj = make_dossier({"a.txt": one_line, "b.txt": article("Un autre article"), "b.yaml": "title: x\n" * 150_000})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert pel.returncode == 0
    assert (proj / "output/articles/a.html").exists() and (proj / "output/articles/b.html").exists()
    assert any("b.yaml" in w and "too large" in w for w in warnings(conv))
    conv, pel = run_build(proj)  # and every later build
    assert pel.returncode == 0


def test_12_an_oversized_raw_file_is_refused_with_a_message_that_says_what_to_do(make_dossier):
    proj = make_dossier({"big.txt": "x" * 600_000, "a.txt": article("Un article")})
    conv, pel = run_build(proj)
    line = next(w for w in warnings(conv) if "big.txt" in w)
    assert "too large" in line and "split it" in line and "MAX_RAW_BYTES" not in line
    assert (proj / "output/articles/a.html").exists()


def test_13_one_sentence_never_stops_the_build(make_dossier):
    body = PROSE + " Il y a 3000 ans, la ville existait déjà ; 3000 years ago, it was a village. " \
                   "Il y a 99999999 jours, rien."
    proj = make_dossier({"a.txt": article("Une histoire ancienne", body=body)})
    conv, pel = run_build(proj)
    no_traceback(conv, pel)
    assert pel.returncode == 0 and (proj / "output/articles/a.html").exists()


def test_14_interrupt_and_folders(tmp_path, capsys, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "content/articles"
    (raw / "x.txt").mkdir(parents=True)
    r = convert_dir(raw, out)
    assert any("raw/x.txt: skipped: a folder" in w for w in r.warnings)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("dossier.convert.run.convert_dir", interrupted)
    assert main([str(raw), str(out)]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "Traceback" not in err


# --- fault injection ---------------------------------------------------------------------------------

def _site(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "dossier.zip"}


def test_a_build_killed_anywhere_then_rebuilt_is_a_clean_build(tmp_path):
    """Kill `make html` at random points ten times, build again: output/ is what a clean build gives."""
    import random
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import DATA, new_project

    raw = [*sorted((ROOT / "raw").glob("*")), *sorted((DATA / "articles").glob("*_style.txt"))[:4]]

    def project(name: str) -> Path:
        proj = new_project(tmp_path / name, seeds=False)
        for f in raw:
            (proj / "raw" / f.name).write_bytes(f.read_bytes())
        return proj

    clean = project("clean")
    conv, pel = run_build(clean)
    assert pel.returncode == 0
    proj = project("killed")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "DOSSIER_NER_CACHE": os.environ["DOSSIER_NER_CACHE"]}
    steps = (f"{sys.executable} -m dossier.convert raw content/articles && "
             f"{sys.executable} -m pelican content -o output -s pelicanconf.py")
    rng = random.Random(13)
    for _ in range(10):
        run = subprocess.Popen(["sh", "-c", steps], cwd=proj, env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, 5.0))
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    conv, pel = run_build(proj)
    assert pel.returncode == 0, pel.stdout + pel.stderr
    assert _site(proj / "output") == _site(clean / "output")
    with zipfile.ZipFile(proj / "output" / "dossier.zip") as z:
        assert z.testzip() is None
        assert sorted(z.namelist()) == sorted(f"dossier/{n}" for n in _site(clean / "output"))
