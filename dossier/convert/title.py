"""Where the article starts on a pasted page: its title line, chosen among the lines above its prose.

A page copied whole starts with a skip link, a cookie notice, a menu of sixty sections, a
breadcrumb…; the title is somewhere above the first paragraphs.  Some lines are never the
title, whatever the page (:func:`excluded`: a breadcrumb, a date line, a byline, a caption's
label, a copyright, the outlet's name, a line of the site's own vocabulary, the first
paragraph).  Each other candidate (short enough, above the article's core of prose, not too
far) is scored by learned stumps (data/title_model.json, trained by `python -m
tests.training --title` on the labelled set) from generic evidence: its shape; how much of it
the article's prose repeats; how far it stands above the prose; where it stands in the head's
cluster of headline-shaped lines (a kicker above the title, a longer standfirst under it);
whether a byline or a date follows it, past a standfirst; whether a title with its byline
already stands above it (a caption, a key point); whether a banner's text addresses the reader
under it.  The best candidate is the title; when none is likely enough (a page pasted without
its title), there is none.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from dossier.boilerplate import looks_like_boilerplate
from dossier.boilerplate.features import COPYRIGHT, NAMES, SECOND_PERSON, core_span, features
from dossier.boilerplate.figures import CAPTION_LABEL
from dossier.boilerplate.model import Trees, load_trees
from dossier.convert.datelines import has_date_label
from dossier.convert.structure import DATELINE, Line, is_meta_line, is_rubric, known_outlet, person_shaped
from dossier.datewords import find_dates
from dossier.lexicon import stopwords
from dossier.text import ends_sentence, fold, is_prose, words

TITLE_MODEL = "title_model.json"
TITLE_MIN_CHARS = 3
TITLE_MAX_CHARS = 250
# A title stands at most this many lines above the article's first paragraphs.
MAX_DISTANCE = 40
# Below this probability no candidate is the title: the page was pasted without one.
MIN_PROBABILITY = 0.05

EXTRA_NAMES = ("distance", "first_line", "meta_after", "prose_after", "long_after", "label_before", "is_meta",
               "is_prose", "full_stop", "colon", "person", "n_words",
               "overlap", "best_overlap", "meta_before", "headline_before", "headline_after", "headlines_between",
               "credit_tail", "by_phrase", "reader_after", "date_in_line", "mentions",
               "best_mentions", "top_of_cluster", "longer_below", "shorter_above", "run_above", "run_below",
               "ratio_next", "ratio_prev", "title_above", "standfirst_below", "anchored", "headed", "anchored_below",
               "above_longest")

# A title has this many words at least (a shorter line above it is a section label); a standfirst this many.
TITLE_MIN_WORDS = 4
STANDFIRST_MIN_WORDS = 12
# A section label has this many words at most.
LABEL_MAX_WORDS = 5
# A standfirst is printed on this many lines at most (the Daily Mail's bullets).
STANDFIRST_LINES = 6
# A title shares at least this share of its words with the article's text.
MIN_OVERLAP = 0.25
# A caption or a standfirst stands this many lines at most under the title.
ANCHOR_WINDOW = 15
# A word of a title that the article's text repeats: this long at least, not a function word.
TOPIC_WORD_MIN_CHARS = 4
# "Video report by ITV News Calendar's Rachel Hindmarch": a credit phrase inside a line.
BY_PHRASE = re.compile(r"(?<!\w)(?:by|par|de|von)\s+[A-ZÀ-Ý]")
# "… flattened by Monday's storm. (ABC Rural: Bridget Kearney)", "… Photo d'archives, Agence QMI": a caption's credit.
CREDIT_TAIL = re.compile(r"\([^()]{2,60}\)\s*$|(?:photo|image|credit|crédit)s?\b[^.]{0,60}$", re.IGNORECASE)
# A line says a date when a date covers this share of it at least ("Thursday, 3 December 2015 10:00"); a
# title may hold a date (« 13 novembre 2015 : la nuit où tout a basculé »).
DATE_SHARE = 0.6


def _topic_words(text: str) -> set[str]:
    """The folded words of a line that may tell what it is about."""
    function = stopwords()
    return {w for w in (fold(x).strip("'-") for x in words(text)) if len(w) >= TOPIC_WORD_MIN_CHARS
            and w not in function and not w.isdigit()}


def _overlap(text: str, story: Counter[str]) -> tuple[float, float]:
    """Share of a line's topic words that the article's prose repeats, and how often it repeats them."""
    mine = _topic_words(text)
    if not mine:
        return 0.0, 0.0
    return sum(1 for w in mine if w in story) / len(mine), sum(math.log1p(story[w]) for w in mine) / len(mine)


def _headline_shaped(text: str) -> bool:
    """A line that could be a title or a standfirst: a few words, not a label, a date, a byline or a button."""
    n = len(text.split())
    return 3 <= n <= 60 and not is_meta_line(text) and not is_rubric(text) and not looks_like_boilerplate(text)


def _says_date(text: str) -> bool:
    """A line mostly made of a date, or a date with a publication label ("This content was published on …")."""
    found = find_dates(text)
    if not found:
        return False
    covered = sum(m.end - m.start for m in found)
    return has_date_label(text) or covered >= DATE_SHARE * len(text)


def excluded(text: str) -> bool:
    """Lines that are never a title whatever the page.

    A breadcrumb or a section name, a date line, a byline or a credit, a caption's label, a
    copyright, the outlet's name alone, a line of the site's own vocabulary (« Partager »).
    """
    return (is_rubric(text) or _says_date(text) or is_meta_line(text) or CAPTION_LABEL.match(text) is not None
            or COPYRIGHT.search(text) is not None or known_outlet(text) or looks_like_boilerplate(text))


def _caption_printed_twice(texts: Sequence[str], i: int) -> bool:
    """A line the next one repeats with a credit (« Un Rafale », « Un Rafale © AFP »): a caption printed twice."""
    if i + 1 >= len(texts):
        return False
    line, below = texts[i].strip(), texts[i + 1].strip()
    rest = below[len(line):] if below.startswith(line) else ""
    return bool(rest.strip()) and (COPYRIGHT.search(rest) is not None or CREDIT_TAIL.search(rest) is not None)


def _run(flags: Sequence[bool], i: int, step: int, cap: int = 3) -> int:
    """How many lines in a row next to line i (above for step -1, below for 1) have the flag, up to cap."""
    k = 0
    j = i + step
    while 0 <= j < len(flags) and flags[j] and k < cap:
        k += 1
        j += step
    return k


def _meta_under(i: int, headline: Sequence[bool], meta: Sequence[bool]) -> bool:
    """A byline or a date under line i, right after it or after a standfirst (a few lines shaped like one)."""
    j = i + 1
    while j < len(meta) and j - i <= STANDFIRST_LINES and headline[j] and not meta[j]:
        j += 1
    return j < len(meta) and meta[j]


def _above_longest(i: int, texts: Sequence[str], headline: Sequence[bool]) -> bool:
    """The line under line i is the longest of the few headline-shaped lines that follow: i is above the standfirst.

    A kicker stands above the title, which is shorter than the standfirst under it.
    """
    below = [j for j in range(i + 1, min(len(texts), i + 1 + STANDFIRST_LINES // 2)) if headline[j]]
    if not below or below[0] != i + 1 or len(texts[i + 1]) <= len(texts[i]):
        return False
    return len(texts[i + 1]) >= max(len(texts[j]) for j in below)


def _headed(i: int, anchored: Sequence[bool], meta: Sequence[bool]) -> bool:
    """A title with its byline or date stands above line i (a caption, a key point, a related link under the head)."""
    seen_meta = False
    for j in range(i - 1, max(-1, i - 1 - ANCHOR_WINDOW), -1):
        if anchored[j] and seen_meta:
            return True
        seen_meta = seen_meta or meta[j]
    return False


def candidate_features(texts: Sequence[str]) -> list[list[float] | None]:
    """Features of each line as a title candidate; None for a line that cannot be the title."""
    n = len(texts)
    start, end = core_span(texts)
    base = features(texts)
    story: Counter[str] = Counter()
    for j in range(max(start, 0), end + 1):
        story.update(w for w in (fold(x).strip("'-") for x in words(texts[j])) if len(w) >= TOPIC_WORD_MIN_CHARS)
    # the core may open on the title (an interview's, closing on its quote), not on a paragraph (ending with
    # a full stop) or an agency's dateline
    possible = [TITLE_MIN_CHARS <= len(t) <= TITLE_MAX_CHARS and 0 <= start - i <= MAX_DISTANCE and not excluded(t)
                and not (i == start and ((is_prose(t) and t.endswith((".", "…"))) or DATELINE.match(t)))
                and not _caption_printed_twice(texts, i)
                for i, t in enumerate(texts)]
    pairs = [_overlap(t, story) if ok else (0.0, 0.0) for t, ok in zip(texts, possible, strict=True)]
    overlaps = [a for a, _b in pairs]
    mentions = [b for _a, b in pairs]
    best, best_m = max(overlaps, default=0.0), max(mentions, default=0.0)
    # the standfirst under a title may be long enough to open the core
    headline = [-1 <= start - i <= MAX_DISTANCE and _headline_shaped(t) for i, t in enumerate(texts)]
    # bylines, dates, credits, and a name alone (a byline without « Par »)
    meta = [0 <= start - i <= MAX_DISTANCE and (is_meta_line(t) or person_shaped(t)) for i, t in enumerate(texts)]
    # A line shaped like a title with a byline, a date or a standfirst under it: the usual head of an article.
    # (a short section label printed again in a menu, a breadcrumb or a tag list is not one; a title may be
    # printed twice)
    seen = Counter(fold(t) for t in texts)
    anchored = [headline[i] and len(t.split()) >= TITLE_MIN_WORDS and overlaps[i] >= MIN_OVERLAP and not is_prose(t)
                and (seen[fold(t)] == 1 or len(t.split()) > LABEL_MAX_WORDS)
                and (_meta_under(i, headline, meta) or (i + 1 < n and headline[i + 1] and len(texts[i + 1]) > len(t)))
                for i, t in enumerate(texts)]
    out: list[list[float] | None] = []
    for i, t in enumerate(texts):
        if not possible[i]:
            out.append(None)
            continue
        distance = start - i
        after = [texts[j] for j in range(i + 1, min(i + 4, n))]
        before = [texts[j] for j in range(max(0, i - 3), i)]
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
            overlaps[i],
            float(overlaps[i] > 0 and overlaps[i] >= best),
            float(sum(1 for b in before if is_meta_line(b))),
            float(i > 0 and headline[i - 1]),
            float(i + 1 < n and headline[i + 1]),
            math.log1p(sum(1 for j in range(i + 1, start) if headline[j])),
            float(CREDIT_TAIL.search(t) is not None),
            float(BY_PHRASE.search(t) is not None),
            float(bool(after) and any(w in SECOND_PERSON for w in (fold(x) for x in words(after[0])))),
            float(bool(find_dates(t))),
            mentions[i],
            float(mentions[i] > 0 and mentions[i] >= best_m),
            float(i == 0 or not (headline[i - 1] or meta[i - 1])),
            float(i + 1 < n and headline[i + 1] and len(texts[i + 1]) > len(t)),
            float(i > 0 and headline[i - 1] and len(texts[i - 1]) < len(t)),
            float(_run(headline, i, -1)),
            float(_run(headline, i, 1)),
            math.log(len(t) / len(texts[i + 1])) if i + 1 < n and headline[i + 1] else 0.0,
            math.log(len(t) / len(texts[i - 1])) if i > 0 and headline[i - 1] else 0.0,
            float(i > 0 and headline[i - 1] and len(texts[i - 1].split()) >= TITLE_MIN_WORDS
                  and overlaps[i - 1] >= MIN_OVERLAP),
            float(i + 1 < n and headline[i + 1] and len(texts[i + 1]) > len(t)
                  and len(texts[i + 1].split()) >= STANDFIRST_MIN_WORDS),
            float(anchored[i]),
            float(_headed(i, anchored, meta)),
            float(any(anchored[i + 1:start])),
            float(_above_longest(i, texts, headline)),
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
