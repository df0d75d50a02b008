"""Behaviour pinned before the restructure: keys and slugs, converted Markdown, the seed site, the labelled site.

A difference here is a change readers see (a broken link, another title, a lost actor).  When it
is meant, write the snapshots again with `make pin` and explain the change in the commit.
"""

from __future__ import annotations

import json

import pytest

from tests import names_api
from tests.pinned import PINNED, build, converted, labelled_raw, site_files, site_summary

from .conftest import ROOT

pytestmark = pytest.mark.build

NAMES = json.loads((PINNED / "names.json").read_text(encoding="utf-8"))


def test_every_name_keeps_its_keys_and_slugs():
    changed = {n: (want, names_api.keys_of(n)) for n, want in NAMES.items() if names_api.keys_of(n) != want}
    assert not changed, "\n".join(f"{n}: {a} -> {b}" for n, (a, b) in list(changed.items())[:20])


@pytest.mark.parametrize("raw", labelled_raw(), ids=lambda p: p.stem)
def test_converted_markdown_is_unchanged(raw, tmp_path):
    want = (PINNED / "converted" / (raw.stem + ".md")).read_text(encoding="utf-8")
    assert converted(raw, tmp_path / "c") == want


def test_seed_site_is_unchanged(tmp_path):
    out = build(sorted((ROOT / "raw").glob("*")), tmp_path / "seed", seeds=True)
    got = site_files(out)
    want = {p.relative_to(PINNED / "seed-site").as_posix(): p.read_text(encoding="utf-8")
            for p in sorted((PINNED / "seed-site").rglob("*")) if p.is_file()}
    assert sorted(got) == sorted(want)
    for rel in want:
        assert got[rel] == want[rel], rel


def test_labelled_site_is_unchanged(tmp_path):
    got = site_summary(build(labelled_raw(), tmp_path / "labelled"))
    want = json.loads((PINNED / "labelled-site.json").read_text(encoding="utf-8"))
    got = json.loads(json.dumps(got, ensure_ascii=False, sort_keys=True))
    assert sorted(got["pages"]) == sorted(want["pages"])
    for rel in want["pages"]:
        assert got["pages"][rel] == want["pages"][rel], rel
    assert got["chronology"] == want["chronology"]
    assert got["boilerplate"] == want["boilerplate"]
