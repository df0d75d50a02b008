"""Train the boilerplate model on the labelled set: `make train` (python -m tests.training).

Every line of article text or site furniture of every labelled page is an example: its generic
features (dossier/boilerplate/features.py, computed over the whole page) and whether it is
furniture (tag X) or article text (B, S); title and metadata lines stay in the page as context
but are not examples (the converter takes them).  The model is scikit-learn's
HistGradientBoostingClassifier, at training time only, written to
dossier/data/boilerplate_model.json as plain arrays that dossier/boilerplate/model.py runs
with numpy.  `--compare` measures candidates leave-one-outlet-out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.boilerplate.features import NAMES, features  # noqa: E402
from dossier.boilerplate.model import Model, Trees, features_hash, from_json, trees_from_json  # noqa: E402
from dossier.convert.structure import split_lines  # noqa: E402
from dossier.convert.title import EXTRA_NAMES, candidate_features  # noqa: E402
from tests.labelled import Labelled, load  # noqa: E402

MODEL_FILE = ROOT / "dossier" / "data" / "boilerplate_model.json"
TITLE_MODEL_FILE = ROOT / "dossier" / "data" / "title_model.json"


def examples(pages: Sequence[Labelled]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels (1 = furniture) and outlet of every furniture or article line of the pages."""
    xs, ys, groups = [], [], []
    for page in pages:
        lines = split_lines(page.raw_text)
        tags = page.tags
        rows = features([ln.text for ln in lines])
        for ln, row in zip(lines, rows, strict=True):
            tag = tags.get(ln.nos[0], "B")
            if tag not in "XBS":
                continue
            xs.append(row)
            ys.append(1 if tag == "X" else 0)
            groups.append(page.outlet)
    return np.array(xs, dtype=float), np.array(ys), np.array(groups)


# Trees: enough to learn the interactions of shape and position, few enough to run fast.
BOOSTING = {"max_iter": 200, "learning_rate": 0.06, "max_leaf_nodes": 15, "l2_regularization": 1.0}


def fit_boosting(x: np.ndarray, y: np.ndarray, names: Sequence[str] = NAMES, **params: float) -> dict:
    """Gradient-boosted trees, exported as plain arrays."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    clf = HistGradientBoostingClassifier(**{**BOOSTING, **params}, class_weight="balanced", random_state=0)
    clf.fit(x, y)
    trees = []
    for (predictor,) in clf._predictors:
        nodes = predictor.nodes
        trees.append({"feature": nodes["feature_idx"].tolist(),
                      "threshold": [float(v) for v in nodes["num_threshold"]],  # exact: a value may equal it
                      "left": nodes["left"].tolist(), "right": nodes["right"].tolist(),
                      "leaf": nodes["is_leaf"].astype(bool).tolist(),
                      "value": [round(float(v), 6) for v in nodes["value"]],
                      "depth": int(nodes["depth"].max()) + 1})
    return {"names": list(names), "features_hash": features_hash(),
            "baseline": float(np.ravel(clf._baseline_prediction)[0]), "trees": trees}


def train(pages: Sequence[Labelled]) -> Model:
    """The boilerplate model trained on these pages."""
    x, y, _groups = examples(pages)
    return from_json(fit_boosting(x, y))


TITLE_NAMES = (*NAMES, *EXTRA_NAMES)
# Stumps (trees of one split): an additive model of the candidate's evidence, which holds better on
# unseen layouts than deeper trees fitted to a hundred titles (leave-outlets-out on 93 pages: 0.96 -> 0.99).
TITLE_BOOSTING = {"max_iter": 500, "learning_rate": 0.1, "max_depth": 1, "l2_regularization": 0.0}


def title_examples(pages: Sequence[Labelled]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Title candidates of every page: features, 1 for the title line, outlet."""
    xs, ys, groups = [], [], []
    for page in pages:
        lines = split_lines(page.raw_text)
        tags = page.tags
        for ln, row in zip(lines, candidate_features([ln.text for ln in lines]), strict=True):
            if row is not None:
                xs.append(row)
                ys.append(1 if tags.get(ln.nos[0]) == "T" else 0)
                groups.append(page.outlet)
    return np.array(xs, dtype=float), np.array(ys), np.array(groups)


def train_title(pages: Sequence[Labelled]) -> Trees:
    """The title model trained on these pages."""
    x, y, _groups = title_examples(pages)
    return trees_from_json(fit_boosting(x, y, TITLE_NAMES, **TITLE_BOOSTING), TITLE_NAMES)


def fit_logistic(x: np.ndarray, y: np.ndarray, c: float = 1.0) -> dict:
    """A standardised logistic regression, as plain numbers."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit((x - mean) / scale, y)
    return {"names": list(NAMES), "mean": mean.tolist(), "scale": scale.tolist(),
            "weights": model.coef_[0].tolist(), "bias": float(model.intercept_[0])}


def predict(params: dict, x: np.ndarray) -> np.ndarray:
    """Probability of furniture for each row."""
    z = ((x - np.array(params["mean"])) / np.array(params["scale"])) @ np.array(params["weights"]) + params["bias"]
    return 1 / (1 + np.exp(-z))


def loo(x: np.ndarray, y: np.ndarray, groups: np.ndarray, fit) -> np.ndarray:
    """Leave-one-outlet-out probabilities."""
    p = np.zeros(len(y))
    for g in sorted(set(groups)):
        test = groups == g
        model = fit(x[~test], y[~test])
        p[test] = model(x[test])
    return p


def report(name: str, p: np.ndarray, y: np.ndarray) -> None:
    """Line-level precision, recall and body loss at several thresholds."""
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        print(f"{name:12} t={t:.1f} precision={tp / max(tp + fp, 1):.3f} recall={tp / max(tp + fn, 1):.3f} "
              f"non-furniture removed={fp}/{int((y == 0).sum())}")


def main(argv: list[str] | None = None) -> int:
    """Train and write the model, or compare candidates."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--title", action="store_true", help="write the title model only")
    args = ap.parse_args(argv)
    pages = load()
    if args.title:
        return _write_title_model(pages)
    x, y, groups = examples(pages)
    print(f"{len(pages)} pages, {len(set(groups))} outlets, {len(y)} lines, {int(y.sum())} furniture")
    if args.compare:
        def logistic(xa, ya):
            params = fit_logistic(xa, ya)
            return lambda xb: predict(params, xb)

        def boosting(xa, ya):
            from sklearn.ensemble import HistGradientBoostingClassifier

            m = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight="balanced")
            m.fit(xa, ya)
            return lambda xb: m.predict_proba(xb)[:, 1]

        report("logistic", loo(x, y, groups, logistic), y)
        report("boosting", loo(x, y, groups, boosting), y)
        return 0
    params = fit_boosting(x, y)
    MODEL_FILE.write_text(json.dumps(params, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return _write_title_model(pages)


def _write_title_model(pages: Sequence[Labelled]) -> int:
    tx, ty, _tg = title_examples(pages)
    TITLE_MODEL_FILE.write_text(json.dumps(fit_boosting(tx, ty, TITLE_NAMES, **TITLE_BOOSTING),
                                           separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {TITLE_MODEL_FILE.relative_to(ROOT)} ({int(ty.sum())} titles among {len(ty)} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
