"""The chronology plugin in a real build: events with their actors, and a clear word when actors are missing."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT, run_build

pytestmark = pytest.mark.build

RAW = """Hollande à Moscou
Publié le 20 novembre 2015

François Hollande rencontrera Vladimir Poutine à Moscou le 26 novembre pour bâtir une coalition contre l'État islamique.
"""


def build(make_dossier, plugins: str):
    proj = make_dossier({"a.txt": RAW})
    conf = proj / "testconf.py"
    conf.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
                    f"PATH = 'content'\nTHEME = {str(ROOT / 'theme')!r}\nPLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\n"
                    f"PLUGINS = {plugins}\n", encoding="utf-8")
    _conv, pel = run_build(proj, conf="testconf.py")
    return proj, pel


def test_events_carry_their_actors(make_dossier):
    proj, pel = build(make_dossier, '["dossier_core", "dossier_actors", "dossier_chronology"]')
    assert pel.returncode == 0 and "WARNING" not in pel.stdout + pel.stderr
    data = json.loads((proj / "output" / "chronology.json").read_text(encoding="utf-8"))
    event = next(e for e in data["events"] if e["unique_id"].startswith("e-"))
    assert event["start_date"] == {"year": 2015, "month": 11, "day": 26}
    assert {"François Hollande", "Vladimir Poutine"} <= set(event["actors"])
    page = (proj / "output" / "acteurs" / "francois-hollande.html").read_text(encoding="utf-8")
    assert "26 novembre 2015" in page  # the actor page lists its events


@pytest.mark.parametrize("plugins", ['["dossier_core", "dossier_chronology"]',
                                     '["dossier_core", "dossier_chronology", "dossier_actors"]'])
def test_actors_plugin_missing_or_after_is_said(make_dossier, plugins):
    proj, pel = build(make_dossier, plugins)
    out = " ".join((pel.stdout + pel.stderr).split())
    assert pel.returncode == 0
    assert "put dossier_actors before dossier_chronology in PLUGINS" in out
    data = json.loads((proj / "output" / "chronology.json").read_text(encoding="utf-8"))
    assert any(e["unique_id"].startswith("e-") for e in data["events"])  # events still listed
