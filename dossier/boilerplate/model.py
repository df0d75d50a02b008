"""The learned boilerplate model: gradient-boosted trees over generic line features, run with numpy.

Trained by `make train` (tests/training.py, scikit-learn's HistGradientBoostingClassifier) on
the labelled set and written to dossier/data/boilerplate_model.json as plain arrays: the build
needs neither scikit-learn nor pickle.  Every line of a page is scored at once (vectorised over
lines, tree by tree), so a page of two hundred lines takes a few milliseconds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from dossier.boilerplate import features as feature_module
from dossier.boilerplate.features import NAMES, features

MODEL_FILE = "boilerplate_model.json"


class ModelError(ValueError):
    """A model file that does not fit the features the code computes."""


@dataclass(frozen=True)
class Tree:
    """One regression tree as arrays indexed by node."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray
    value: np.ndarray
    depth: int


@dataclass(frozen=True)
class Trees:
    """Gradient-boosted trees, their baseline and the names of the features they read."""

    names: tuple[str, ...]
    baseline: float
    trees: tuple[Tree, ...]
    features_hash: str

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The trees' summed score of each row (log-odds of furniture)."""
        out = np.full(len(x), self.baseline)
        if not len(x):
            return out
        rows = np.arange(len(x))
        for t in self.trees:
            node = np.zeros(len(x), dtype=np.int64)
            for _ in range(t.depth):
                leaf = t.leaf[node]
                if leaf.all():
                    break
                go_left = x[rows, t.feature[node]] <= t.threshold[node]
                node = np.where(leaf, node, np.where(go_left, t.left[node], t.right[node]))
            out += t.value[node]
        return out

    def proba(self, x: np.ndarray) -> np.ndarray:
        """Probability of the positive class for each row."""
        return 1 / (1 + np.exp(-self.raw(x)))


# What the second stage reads of the first stage's verdicts around a line.
CONTEXT_NAMES = ("p_self", "p_prev", "p_next", "p_prev2", "p_next2", "p_window", "p_window_min", "p_window_max")
CONTEXT_RADIUS = 3


def context(p: np.ndarray) -> np.ndarray:
    """For each line of one page: its first-stage probability and its neighbours' (the page's edges count as 1).

    A line of text among lines of furniture is likely furniture too (a teaser in a list of
    teasers); a short line among paragraphs is likely the article's (a subheading, a list).
    """
    n, r = len(p), CONTEXT_RADIUS
    pad = np.concatenate([np.ones(r), p, np.ones(r)])

    def at(offset: int) -> np.ndarray:
        return pad[r + offset:r + offset + n]

    window = np.stack([at(o) for o in range(-r, r + 1) if o], axis=1)
    return np.stack([p, at(-1), at(1), at(-2), at(2), window.mean(axis=1), window.min(axis=1),
                     window.max(axis=1)], axis=1)


@dataclass(frozen=True)
class Model:
    """The boilerplate model, in two stages.

    The first stage weighs each line's own features (features.py); the second weighs them again
    with the first stage's verdicts on the lines around it (:func:`context`), as a reader who
    sees that a line sits in a run of menus or between two paragraphs.
    """

    first: Trees
    second: Trees | None = None

    def proba(self, x: np.ndarray) -> np.ndarray:
        """Probability of furniture for each row of one page's features, in page order."""
        p = self.first.proba(x)
        if self.second is None or not len(x):
            return p
        return self.second.proba(np.hstack([x, context(p)]))

    def probabilities(self, lines: Sequence[str], start: int = 0) -> list[float]:
        """Probability that each line of a page is site furniture (`start`: the first line under the title)."""
        if not lines:
            return []
        return self.proba(np.array(features(lines, start), dtype=float)).tolist()


def features_hash() -> str:
    """Digest of the code that computes the features: a model trained on other features is refused."""
    return hashlib.sha256(Path(feature_module.__file__).read_bytes()).hexdigest()[:12]


def trees_from_json(data: dict, names: Sequence[str], kind: type[Trees] = Trees) -> Trees:
    """Trees from their JSON form; they must have been trained on these feature names."""
    if tuple(data["names"]) != tuple(names):
        raise ModelError("the model was trained on other features: run `make train`")
    trees = tuple(Tree(np.array(t["feature"], dtype=np.int64), np.array(t["threshold"], dtype=float),
                       np.array(t["left"], dtype=np.int64), np.array(t["right"], dtype=np.int64),
                       np.array(t["leaf"], dtype=bool), np.array(t["value"], dtype=float), int(t["depth"]))
                  for t in data["trees"])
    return kind(tuple(data["names"]), float(data["baseline"]), trees, str(data.get("features_hash", "")))


def from_json(data: dict) -> Model:
    """The boilerplate model from its JSON form: {"first": trees, "second": trees or null}."""
    second = data.get("second")
    return Model(trees_from_json(data["first"], NAMES),
                 trees_from_json(second, (*NAMES, *CONTEXT_NAMES)) if second else None)


def load_trees(name: str, names: Sequence[str]) -> Trees:
    """Trees shipped in dossier/data/NAME."""
    return trees_from_json(json.loads(resources.files("dossier").joinpath("data", name).read_text(encoding="utf-8")),
                           names)


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model shipped in dossier/data/."""
    text = resources.files("dossier").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return from_json(json.loads(text))
