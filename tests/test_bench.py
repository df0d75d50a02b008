"""The scale benchmark's article generator (benchmarks/generate.py): generation only, no build, no timing."""

import importlib.util
import re
import sys

from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" / "generate.py")
generate = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = generate  # dataclasses look their module up there
spec.loader.exec_module(generate)

DATE = re.compile(r"\b(?:19|20)\d\d\b")


def texts(folder):
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((folder / "raw").glob("*.txt"))}


def test_same_files_every_time(tmp_path):
    generate.generate(3, tmp_path / "a")
    generate.generate(3, tmp_path / "b")
    assert texts(tmp_path / "a") == texts(tmp_path / "b")
    assert len(texts(tmp_path / "a")) == 3


def test_an_article_does_not_depend_on_how_many_are_generated(tmp_path):
    generate.generate(3, tmp_path / "three")
    generate.generate(5, tmp_path / "five")
    three, five = texts(tmp_path / "three"), texts(tmp_path / "five")
    assert {k: five[k] for k in three} == three


def test_each_article_has_a_title_line_a_date_line_and_its_length(tmp_path):
    paths = generate.generate(3, tmp_path)
    for i, path in enumerate(paths):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        p = generate.page(i)
        assert p.title in lines and p.date_line in lines
        assert lines.index(p.title) < 6 and lines.index(p.date_line) < 12  # in the page's header
        assert DATE.search(p.date_line) and str(p.published.year) in p.date_line
        assert len(text.split()) >= 400


def test_two_percent_are_pasted_twice(tmp_path):
    generate.generate(100, tmp_path)
    pasted = list(texts(tmp_path).values())
    assert len(pasted) == 100
    assert len(pasted) - len(set(pasted)) == 2  # articles 37 and 87 paste an earlier one again


def test_mostly_french_over_several_years():
    pages = [generate.page(i) for i in range(100)]
    assert 65 <= sum(p.lang == "fr" for p in pages) <= 95
    assert len({p.published.year for p in pages}) >= 4


def test_an_edit_changes_the_text_and_keeps_its_header():
    text = generate.article(0)
    after = generate.edited(text)
    assert after != text and after.splitlines()[:4] == text.splitlines()[:4]
