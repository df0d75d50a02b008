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
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.boilerplate.features import NAMES, features  # noqa: E402
from dossier.boilerplate.model import (  # noqa: E402
    CONTEXT_NAMES,
    Model,
    Trees,
    context,
    features_hash,
    from_json,
    trees_from_json,
)
from dossier.convert import parse_article  # noqa: E402
from dossier.convert.structure import split_lines  # noqa: E402
from dossier.convert.title import EXTRA_NAMES, candidate_features, title_model  # noqa: E402
from tests.labelled import Labelled, load  # noqa: E402

MODEL_FILE = ROOT / "dossier" / "data" / "boilerplate_model.json"


def labels_hash() -> str:
    """Digest of the labelled set the models learn from: a shipped model trained on another set is stale."""
    import hashlib

    from tests.labelled import ARTICLES

    digest = hashlib.sha256()
    for path in sorted(ARTICLES.glob("*.labelled")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]
TITLE_MODEL_FILE = ROOT / "dossier" / "data" / "title_model.json"


def page_examples(page: Labelled, title_model: Trees | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels (1 = furniture) of one page's body blocks, as the cleaning step sees them.

    The page goes through the converter first (with the given title model, else the shipped
    one): the blocks are its body, the lines above the title first; a block whose lines are
    all tagged as furniture (X) is furniture, one with article text (B, S) is not; blocks of
    metadata lines only are no examples.
    """
    art = parse_article(page.raw_text, title_model)
    tags = page.tags
    rows = features([b.text for b in art.blocks], art.article_start)
    xs, ys = [], []
    for block, row in zip(art.blocks, rows, strict=True):
        mine = {tags.get(no, "") for no in block.lines} - {""}
        if "B" in mine or "S" in mine:
            ys.append(0)
        elif mine == {"X"}:
            ys.append(1)
        else:
            continue
        xs.append(row)
    return np.array(xs, dtype=float).reshape(-1, len(NAMES)), np.array(ys, dtype=int)


def examples(pages: Sequence[Labelled], title_model: Trees | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Features, labels (1 = furniture) and outlet of every example block of the pages."""
    xs, ys, groups = [], [], []
    for page in pages:
        x, y = page_examples(page, title_model)
        xs.append(x)
        ys.append(y)
        groups += [page.outlet] * len(y)
    return np.vstack(xs), np.concatenate(ys), np.array(groups)


# Trees: enough to learn the interactions of shape and position, few enough to run fast.
BOOSTING = {"max_iter": 200, "learning_rate": 0.06, "max_leaf_nodes": 15, "l2_regularization": 1.0}


def fit_boosting(x: np.ndarray, y: np.ndarray, names: Sequence[str] = NAMES, **params: float) -> dict:
    """Gradient-boosted trees, exported as plain arrays."""
    from sklearn.ensemble import HistGradientBoostingClassifier
    from threadpoolctl import threadpool_limits

    clf = HistGradientBoostingClassifier(**{**BOOSTING, **params}, class_weight="balanced", random_state=0)
    with threadpool_limits(limits=1):  # OpenMP threads spin when the machine is busy: ten times slower
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
    return {"names": list(names), "features_hash": features_hash(), "labels_hash": labels_hash(),
            "baseline": float(np.ravel(clf._baseline_prediction)[0]), "trees": trees}


# The second stage learns from first-stage verdicts on pages the first stage did not see: the
# training outlets are split in this many groups, each judged by a first stage fitted on the others.
INNER_FOLDS = 4
INNER_BOOSTING = {"max_iter": 100, "learning_rate": 0.12}


def fit_model(pages: Sequence[Labelled], cache: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> dict:
    """The two-stage furniture model fitted on these pages, as JSON (`cache`: their examples by page name)."""
    cache = {} if cache is None else cache
    for p in pages:
        if p.name not in cache:
            cache[p.name] = page_examples(p)
    pages = [p for p in pages if len(cache[p.name][1])]
    x = np.vstack([cache[p.name][0] for p in pages])
    y = np.concatenate([cache[p.name][1] for p in pages])
    first = fit_boosting(x, y)
    fold = {p.name: zlib.crc32(p.outlet.encode("utf-8")) % INNER_FOLDS for p in pages}
    seen = np.zeros(len(y))  # first-stage verdicts on pages the first stage did not see
    offsets = np.cumsum([0] + [len(cache[p.name][1]) for p in pages])
    for k in range(INNER_FOLDS):
        inside = np.concatenate([np.full(len(cache[p.name][1]), fold[p.name] == k) for p in pages])
        if not inside.any() or inside.all():
            continue
        stage = trees_from_json(fit_boosting(x[~inside], y[~inside], **INNER_BOOSTING), NAMES)
        for i, p in enumerate(pages):
            if fold[p.name] == k:
                seen[offsets[i]:offsets[i + 1]] = stage.proba(cache[p.name][0])
    ctx = np.vstack([context(seen[offsets[i]:offsets[i + 1]]) for i in range(len(pages))])
    second = fit_boosting(np.hstack([x, ctx]), y, (*NAMES, *CONTEXT_NAMES))
    return {"first": first, "second": second}


def train(pages: Sequence[Labelled], cache: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> Model:
    """The furniture model trained on these pages (`cache`: their examples by page name, filled as it goes)."""
    return from_json(fit_model(pages, cache))


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
    if args.compare:
        x, y, groups = examples(pages)
        print(f"{len(pages)} pages, {len(set(groups))} outlets, {len(y)} blocks, {int(y.sum())} furniture")
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
    tx, ty, _tg = title_examples(pages)
    TITLE_MODEL_FILE.write_text(json.dumps(fit_boosting(tx, ty, TITLE_NAMES, **TITLE_BOOSTING),
                                           separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {TITLE_MODEL_FILE.relative_to(ROOT)} ({int(ty.sum())} titles among {len(ty)} candidates)")
    if args.title:
        return 0
    title_model.cache_clear()  # the furniture examples are read with the new title model
    model = fit_model(pages)
    MODEL_FILE.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)} (two stages, trained on {len(pages)} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
