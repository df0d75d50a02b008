"""Quality floors, measured on the labelled set with every outlet judged by models that never saw it.

`make eval` prints the same figures leave-one-outlet-out; here outlets are left out ten groups at
a time (each page still judged without its outlet, by models trained on a little less), which
keeps the suite fast.  The floors are the figures measured so: a change may raise them; lowering
one must be a decision, not an accident.
"""

from __future__ import annotations

import json

import pytest

from dossier.boilerplate.features import NAMES
from dossier.boilerplate.model import CONTEXT_NAMES, features_hash
from dossier.convert.title import EXTRA_NAMES
from tests.conftest import ROOT
from tests.evaluation import evaluate
from tests.training import MODEL_FILE, TITLE_MODEL_FILE, labels_hash

FLOORS = {
    "removal_recall": 0.937,
    "removal_precision": 0.995,
    "body_kept": 0.985,
    "title": 0.971,
    "date": 0.985,
    "publisher": 0.91,
    "lang": 1.0,
    "actor_precision": 0.918,
    "actor_recall": 0.911,
    "event_recall": 0.974,
}
CEILINGS = {"actors_split": 4, "false_dates": 20}


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    _results, figs = evaluate(folds=10, ner_cache=ROOT / "cache" / "ner")
    print("labelled set, outlets left out:", json.dumps({k: v for k, v in figs.items() if k != "split"}))
    return figs


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_floor(figures, name):
    assert figures[name] >= FLOORS[name], (name, figures[name])


@pytest.mark.parametrize("name", sorted(CEILINGS))
def test_ceiling(figures, name):
    assert figures[name] <= CEILINGS[name], (name, figures[name], figures.get("split"))


def test_the_set_is_large_and_varied(figures):
    assert figures["pages"] >= 100 and figures["outlets"] >= 80


@pytest.mark.parametrize("path,part,names", [
    (MODEL_FILE, "first", NAMES),
    (MODEL_FILE, "second", (*NAMES, *CONTEXT_NAMES)),
    (TITLE_MODEL_FILE, None, (*NAMES, *EXTRA_NAMES)),
])
def test_shipped_models_fit_the_code_and_the_labels(path, part, names):
    data = json.loads(path.read_text(encoding="utf-8"))
    data = data[part] if part else data
    assert tuple(data["names"]) == tuple(names), "features changed: run `make train`"
    assert data["features_hash"] == features_hash(), "features.py changed: run `make train`"
    assert data["labels_hash"] == labels_hash(), "the labelled set changed: run `make train`"
