"""Where the article starts on a pasted page: its title line, chosen among the lines above its prose.

A page copied whole starts with a skip link, a cookie notice, a menu of sixty sections, a
breadcrumb…; the title is somewhere above the first paragraphs.  Each candidate line (short
enough, above the article's core of prose, not too far) is scored by learned trees
(data/title_model.json, trained by `make train` on the labelled set) from generic evidence:
its shape, how far it stands above the prose, whether metadata (a byline, a date) or a
standfirst follows it, whether a section label stands above it, how much the page's furniture
model believes it is furniture.  The best candidate is the title; when none is likely enough
(a page pasted without its title), there is none.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from dossier.boilerplate.features import NAMES, core_span, features
from dossier.boilerplate.model import Trees, load_trees
from dossier.convert.structure import Line, is_meta_line, is_rubric, known_outlet, person_shaped
from dossier.text import ends_sentence, is_prose

TITLE_MODEL = "title_model.json"
TITLE_MIN_CHARS = 3
TITLE_MAX_CHARS = 250
# A title stands at most this many lines above the article's first paragraphs.
MAX_DISTANCE = 40
# Below this probability no candidate is the title: the page was pasted without one.
MIN_PROBABILITY = 0.15

EXTRA_NAMES = ("distance", "first_line", "meta_after", "prose_after", "long_after", "label_before", "is_meta",
               "is_prose", "full_stop", "colon", "person", "n_words")


def candidate_features(texts: Sequence[str]) -> list[list[float] | None]:
    """Features of each line as a title candidate; None for a line that cannot be the title."""
    n = len(texts)
    start, _end = core_span(texts)
    base = features(texts)
    out: list[list[float] | None] = []
    for i, t in enumerate(texts):
        distance = start - i
        if not TITLE_MIN_CHARS <= len(t) <= TITLE_MAX_CHARS or distance < 0 or distance > MAX_DISTANCE:
            out.append(None)
            continue
        after = [texts[j] for j in range(i + 1, min(i + 4, n))]
        before = [texts[j] for j in range(max(0, i - 2), i)]
        out.append(list(base[i]) + [
            math.log1p(distance),
            float(i == 0),
            float(sum(1 for a in after if is_meta_line(a))),
            float(bool(after) and is_prose(after[0])),
            float(bool(after) and len(after[0]) > 60),
            float(bool(before) and (is_rubric(before[-1]) or len(before[-1].split()) <= 3)),
            float(is_meta_line(t)),
            float(is_prose(t)),
            float(t.endswith(".")),
            float(":" in t),
            float(person_shaped(t)),
            float(len(t.split())),
        ])
    return out


@lru_cache(maxsize=1)
def title_model() -> Trees:
    """The shipped title model."""
    return load_trees(TITLE_MODEL, (*NAMES, *EXTRA_NAMES))


def choose_title(texts: Sequence[str], model: Trees | None = None) -> int | None:
    """Index of the title line among the page's lines, or None when the page has no title line."""
    rows = candidate_features(texts)
    ids = [i for i, r in enumerate(rows) if r is not None]
    if not ids:
        return None
    p = (model or title_model()).proba(np.array([rows[i] for i in ids], dtype=float))
    best = int(np.argmax(p))
    return ids[best] if p[best] >= MIN_PROBABILITY else None


# Labels above a title (a section, a breadcrumb, a date, the outlet's name): at most this many.
LABELS_ABOVE = 3


def zone_start(lines: Sequence[Line], title: int) -> int:
    """Index of the header zone's first line: the title, or the labels right above it."""
    start = title
    while start > 0 and title - start < LABELS_ABOVE:
        t = lines[start - 1].text
        label = is_rubric(t) or known_outlet(t) or is_meta_line(t) or (
            len(t.split()) <= 4 and not ends_sentence(t) and len(t) <= 40)
        if not label:
            break
        start -= 1
    return start
