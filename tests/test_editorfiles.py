"""Editors' files: whatever is typed or saved, one problem a line naming the file, never a traceback."""

from __future__ import annotations

from datetime import datetime

import pytest

from dossier.editorfiles import load_actors_file, load_chronology_file, load_sidecar

BAD_CONTENTS = {
    "a top-level list": "- a\n- b\n",
    "non-UTF-8 bytes": "title: Le café".encode("cp1252"),
    "broken YAML": "title: [unclosed\n",
    "a scalar": "just text\n",
}


def _write(path, data):
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")


@pytest.mark.parametrize("what", sorted(BAD_CONTENTS))
def test_a_bad_sidecar_is_named_not_raised(tmp_path, what):
    raw = tmp_path / "a.txt"
    raw.write_text("x", encoding="utf-8")
    _write(tmp_path / "a.yaml", BAD_CONTENTS[what])
    side = load_sidecar(raw)
    assert side.problems and all(str(p).startswith(str(tmp_path / "a.yaml")) for p in side.problems)
    assert side.values == {}


@pytest.mark.parametrize("what", sorted(BAD_CONTENTS))
def test_a_bad_actors_file_is_named_not_raised(tmp_path, what):
    f = tmp_path / "actors.yaml"
    _write(f, BAD_CONTENTS[what])
    data, problems = load_actors_file(f)
    assert problems and all(str(p).startswith(str(f)) for p in problems)
    assert data.actors == []


@pytest.mark.parametrize("what", sorted(BAD_CONTENTS))
def test_a_bad_chronology_file_is_named_not_raised(tmp_path, what):
    f = tmp_path / "chronology.yaml"
    _write(f, BAD_CONTENTS[what])
    data, problems = load_chronology_file(f)
    assert problems and all(str(p).startswith(str(f)) for p in problems)
    assert not data.hide and not data.fix and not data.add


@pytest.mark.parametrize("value", ["2015-13-45", "2015-02-30", "25:00", "[2015]"])
def test_impossible_dates_are_problems(tmp_path, value):
    raw = tmp_path / "a.txt"
    raw.write_text("x", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(f"date: {value}\n", encoding="utf-8")
    side = load_sidecar(raw)
    assert "date" not in side.values
    assert len(side.problems) == 1 and "field 'date'" in str(side.problems[0])


def test_yaml_words_stay_text(tmp_path):
    raw = tmp_path / "a.txt"
    raw.write_text("x", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("title: yes\nsource: 2015\ndate: 2015-11-18 08:15\n", encoding="utf-8")
    side = load_sidecar(raw)
    assert side.values == {"title": "yes", "source": "2015", "date": datetime(2015, 11, 18, 8, 15)}
    assert side.problems == []


@pytest.mark.parametrize("body,message", [
    ("authors: 5\n", "list of names"),
    ("source: {nom: Le Vif}\n", "one line of text"),
    ("lang: french\n", "two-letter"),
])
def test_wrong_types_name_the_field(tmp_path, body, message):
    raw = tmp_path / "a.txt"
    raw.write_text("x", encoding="utf-8")
    (tmp_path / "a.yaml").write_text(body, encoding="utf-8")
    side = load_sidecar(raw)
    assert len(side.problems) == 1 and message in str(side.problems[0])


def test_wrong_shapes_inside_the_actors_file(tmp_path):
    f = tmp_path / "actors.yaml"
    f.write_text("actors: Hollande\nexclude: {a: 1}\nmerge: [x]\n", encoding="utf-8")
    _data, problems = load_actors_file(f)
    assert len(problems) == 3


def test_wrong_shapes_inside_the_chronology_file(tmp_path):
    f = tmp_path / "chronology.yaml"
    f.write_text("hide: e-1\nfix: [1, 2]\nadd: {a: 1}\n", encoding="utf-8")
    data, problems = load_chronology_file(f)
    assert data.hide == {"e-1"} and len(problems) == 2


def test_a_yaml_error_gives_its_line(tmp_path):
    f = tmp_path / "actors.yaml"
    f.write_text("actors:\n  - name: X\n    type: [person\n", encoding="utf-8")
    _data, problems = load_actors_file(f)
    assert problems[0].line is not None and f" line {problems[0].line}:" in str(problems[0])
