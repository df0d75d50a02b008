"""Generic evidence that a line of a pasted page is site furniture or article text.

No list of phrases: the shape of the line (is it prose? how long? does it end like a
sentence? how many function words?), what it holds (separators, counts, prices, handles,
dates, a copyright sign, the reader addressed), and where it stands (before, inside or after
the run of prose that is the article; inside a run of short lines such as a menu or a list
of links; repeated on the page).  These hold across sites; the learned model (model.py)
weighs them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from dossier.boilerplate.rules import GENERIC
from dossier.lexicon import both, stopwords
from dossier.text import ends_sentence, fold, squash, words

# A paragraph the page is built around: this many words, ending like a sentence.
STRONG_PROSE_WORDS = 20
# A short line: a label, a menu item, a link title.
SHORT_WORDS = 6

SEPARATORS = re.compile(r"[|›»•·/>«‹→←]|\s[-–—]\s")
URL = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|fr|be|ch|ca|org|net|co\.uk|uk|de|it|es|info|news|tv|io|lu|ma|dz|"
                 r"tn|sn|ci|cd|in|pk|sg|au|za|ng|qa|ae)\b")
HANDLE = re.compile(r"(?<!\w)@\w|#\w{2,}|\S+@\S+\.\w+")
COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|tous droits|all rights", re.IGNORECASE)
MONEY = re.compile(r"[€$£]|\b(?:euros?|eur|usd|chf|cfa|fcfa)\b|\d\s?(?:€|\$|£)", re.IGNORECASE)
CLOCK = re.compile(r"\b\d{1,2}\s?(?:h|:)\s?\d{2}\b|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b", re.IGNORECASE)
DATE_WORDS = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
COUNT = re.compile(r"^\(?\d[\d\s.,]*\)?(?:\s|$)|\b\d+\s+(?:comments?|commentaires?|réactions?|partages?|shares?|"
                   r"vues?|views?|min(?:utes?)?|articles?)\b", re.IGNORECASE)
LIST_MARK = re.compile(r"^\s*(?:[-–—•·*]|\d+[.)])\s")
SECOND_PERSON = frozenset({"vous", "votre", "vos", "you", "your", "yours", "tu", "ton", "ta", "tes", "please",
                           "veuillez"})
FIRST_PLURAL = frozenset({"nous", "notre", "nos", "we", "our", "us"})
DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$|\b\d{1,2}:\d{2}\b")

NAMES = (
    "log_chars", "log_words", "ends_sentence", "ends_colon", "stopword_share", "function_words", "capital_share",
    "upper_share", "digit_share", "separators", "url", "handle", "copyright", "money", "clock", "date", "count",
    "list_mark", "reader_address", "site_voice", "sentences", "mean_word_length", "commas", "title_case",
    "question", "site_words", "duplicate",
    "prev_prose", "next_prose", "prev_short", "next_short", "short_run", "prose_distance", "before_main",
    "after_main", "inside_main", "relative_position", "main_share_before", "strong_prose", "neighbours_site_words",
    "in_core", "core_distance", "before_core", "after_core", "next2_prose", "prev2_prose",
    "topic_overlap", "name_overlap", "run_topic_overlap", "above_title", "lead_overlap",
)


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    """Words of a site's own vocabulary (share, menu, newsletter…), as the generic label signal lists them."""
    return frozenset(fold(w) for w in GENERIC["label_vocabulary"])


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return stopwords() | frozenset(fold(w) for line in both("stopwords.txt") for w in line.split())


def _local(text: str) -> dict[str, float]:
    t = squash(text)
    ws = words(t)
    n = len(ws)
    folded = [fold(w).strip("'-") for w in ws]
    letters = [c for c in t if c.isalpha()]
    function = sum(1 for w in folded if w in _function_words())
    capitals = sum(1 for w in ws if w[:1].isupper())
    site = sum(1 for w in folded if w in _site_words())
    return {
        "log_chars": math.log1p(len(t)),
        "log_words": math.log1p(n),
        "ends_sentence": float(ends_sentence(t)),
        "ends_colon": float(t.endswith(":")),
        "stopword_share": function / n if n else 0.0,
        "function_words": float(min(function, 10)),
        "capital_share": capitals / n if n else 0.0,
        "upper_share": sum(1 for c in letters if c.isupper()) / len(letters) if letters else 0.0,
        "digit_share": sum(1 for c in t if c.isdigit()) / len(t) if t else 0.0,
        "separators": float(min(len(SEPARATORS.findall(t)), 5)),
        "url": float(bool(URL.search(t))),
        "handle": float(bool(HANDLE.search(t))),
        "copyright": float(bool(COPYRIGHT.search(t))),
        "money": float(bool(MONEY.search(t))),
        "clock": float(bool(CLOCK.search(t) or DURATION.search(t))),
        "date": float(bool(DATE_WORDS.search(t))),
        "count": float(bool(COUNT.search(t))),
        "list_mark": float(bool(LIST_MARK.match(t))),
        "reader_address": float(any(w in SECOND_PERSON for w in folded)),
        "site_voice": float(any(w in FIRST_PLURAL for w in folded)),
        "sentences": float(min(len(re.findall(r"[.!?…](?:\s|$)", t)), 5)),
        "mean_word_length": sum(len(w) for w in ws) / n if n else 0.0,
        "commas": float(min(t.count(","), 5)),
        "title_case": float(n >= 2 and capitals / n > 0.6 and not ends_sentence(t)),
        "question": float(t.endswith("?")),
        "site_words": site / n if n else 0.0,
    }


# Words that carry a text's topic: four letters or more, not function words.
CONTENT_WORD_MIN = 4
# The article's lead: its first paragraphs of prose.
LEAD_PARAGRAPHS = 5


def _content_words(text: str) -> list[str]:
    return [w for w in (fold(x).strip("'-") for x in words(text)) if len(w) >= CONTENT_WORD_MIN
            and w not in _function_words()]


def _inner_names(text: str) -> list[str]:
    """Capitalised words that do not open a sentence: the names a line holds."""
    ws = words(text)
    return [fold(w) for i, w in enumerate(ws) if i and w[:1].isupper() and not ws[i - 1].endswith((".", ":", "!", "?"))]


class Topic:
    """The article's vocabulary (its core's words and names), to tell how much a line shares it.

    A line of the article shares the words of the story around it; a menu, a footer, a comment
    policy or a subscription pitch does not, even when it is written in sentences.  A line of the
    core is compared with the rest of the core (its own words taken out).
    """

    def __init__(self, lines: Sequence[str], start: int, end: int, prose: Sequence[bool] = ()) -> None:
        self.start, self.end = start, end
        self.words: Counter[str] = Counter()
        self.names: Counter[str] = Counter()
        self.own_words = [_content_words(t) for t in lines]
        self.own_names = [_inner_names(t) for t in lines]
        for i in range(start, end + 1):
            self.words.update(set(self.own_words[i]))
            self.names.update(set(self.own_names[i]))
        # the lead: the core's first paragraphs, what the story is about before anything drifts
        self.lead = [i for i in range(start, end + 1) if i < len(prose) and prose[i]][:LEAD_PARAGRAPHS]
        self.lead_vocab: Counter[str] = Counter()
        for i in self.lead:
            self.lead_vocab.update(set(self.own_words[i]) | set(self.own_names[i]))

    def lead_shared(self, i: int) -> float:
        """Share of the line's words and names the article's lead uses (-1 for a line without any)."""
        ws = set(self.own_words[i]) | set(self.own_names[i])
        if not ws:
            return -1.0
        own = 1 if i in self.lead else 0
        return sum(1 for w in ws if self.lead_vocab[w] - own > 0) / len(ws)

    def _share(self, i: int, own: list[list[str]], vocab: Counter[str]) -> float:
        ws = set(own[i])
        if not ws:
            return -1.0
        inside = self.start <= i <= self.end
        return sum(1 for w in ws if vocab[w] - (1 if inside else 0) > 0) / len(ws)

    def words_shared(self, i: int) -> float:
        """Share of the line's content words the rest of the core uses (-1 for a line without any)."""
        return self._share(i, self.own_words, self.words)

    def names_shared(self, i: int) -> float:
        """Share of the line's inner names the rest of the core uses (-1 for a line without any)."""
        return self._share(i, self.own_names, self.names)


def _is_prose(f: dict[str, float]) -> bool:
    return f["ends_sentence"] > 0 and f["log_words"] >= math.log1p(12)


def _is_strong(f: dict[str, float]) -> bool:
    return f["ends_sentence"] > 0 and f["log_words"] >= math.log1p(STRONG_PROSE_WORDS) and f["stopword_share"] >= 0.15


def _is_short(f: dict[str, float]) -> bool:
    return f["log_words"] <= math.log1p(SHORT_WORDS)


def features(lines: Sequence[str], start: int = 0) -> list[list[float]]:
    """The feature vector of every line of a page, in the order of NAMES.

    `start` is the index of the first line under the article's title when it is known (the
    lines before it are the site above the article); the core is looked for from there.
    """
    local = [_local(t) for t in lines]
    n = len(lines)
    start = min(max(start, 0), n)
    prose = [_is_prose(f) for f in local]
    strong = [_is_strong(f) for f in local]
    short = [_is_short(f) for f in local]
    strong_at = [i for i, s in enumerate(strong) if s]
    first, last = (strong_at[0], strong_at[-1]) if strong_at else (n, -1)
    core_start, core_end = core(local[start:])
    core_start, core_end = core_start + start, core_end + start
    counts = Counter(fold(squash(t)) for t in lines)
    runs = _short_runs(short)
    topic = Topic(lines, core_start, core_end, prose)
    shared = [topic.words_shared(i) for i in range(n)]
    run_shared = _run_means(shared, runs)
    out = []
    for i, f in enumerate(local):
        near = [j for j in strong_at if abs(j - i) <= 50]
        distance = min((abs(j - i) for j in near), default=50)
        window = [local[j]["site_words"] for j in range(max(0, i - 3), min(n, i + 4)) if j != i]
        row = dict(f)
        row.update({
            "duplicate": float(counts[fold(squash(lines[i]))] > 1),
            "prev_prose": float(i > 0 and prose[i - 1]),
            "next_prose": float(i + 1 < n and prose[i + 1]),
            "prev_short": float(i > 0 and short[i - 1]),
            "next_short": float(i + 1 < n and short[i + 1]),
            "short_run": math.log1p(runs[i]),
            "prose_distance": math.log1p(distance),
            "before_main": float(i < first),
            "after_main": float(i > last),
            "inside_main": float(first <= i <= last),
            "relative_position": i / max(n - 1, 1),
            "main_share_before": sum(1 for j in strong_at if j < i) / len(strong_at) if strong_at else 0.0,
            "strong_prose": float(strong[i]),
            "neighbours_site_words": sum(window) / len(window) if window else 0.0,
            "in_core": float(core_start <= i <= core_end),
            "core_distance": math.log1p(max(core_start - i, i - core_end, 0)),
            "before_core": float(i < core_start),
            "after_core": float(i > core_end),
            "next2_prose": float(i + 2 < n and prose[i + 2]),
            "prev2_prose": float(i > 1 and prose[i - 2]),
            "topic_overlap": shared[i],
            "name_overlap": topic.names_shared(i),
            "run_topic_overlap": run_shared[i],
            "above_title": float(i < start),
            "lead_overlap": topic.lead_shared(i),
        })
        out.append([row[k] for k in NAMES])
    return out


def core(local: Sequence[dict[str, float]]) -> tuple[int, int]:
    """The article's core: the stretch of lines where prose outweighs everything else most.

    Each line counts its words, for prose (a sentence of twelve words or more with function
    words), or minus its words (at least three) for anything else; the core is the stretch
    with the greatest sum (Kadane's algorithm).  A cookie notice or a footer paragraph stands
    alone among menus, so it does not pull the core towards it.
    """
    best, best_span = 0.0, (0, -1)
    total, start = 0.0, 0
    for i, f in enumerate(local):
        n_words = math.expm1(f["log_words"])
        score = n_words if _is_prose(f) and f["stopword_share"] >= 0.1 else -max(3.0, n_words)
        if total <= 0:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def core_span(lines: Sequence[str], start: int = 0) -> tuple[int, int]:
    """Indexes of the first and last line of a page's core (see :func:`core`), looked for from `start`."""
    first, last = core([_local(t) for t in lines[start:]])
    return first + start, last + start


def _run_means(values: list[float], runs: list[int]) -> list[float]:
    """For each line of a run of short lines, the mean of the values over the run (the line's own value otherwise).

    A menu shares nothing with the story as a whole, while a list in the article shares its words.
    """
    out = list(values)
    i = 0
    while i < len(values):
        if runs[i] <= 1:
            i += 1
            continue
        seen = [v for v in values[i:i + runs[i]] if v >= 0]
        mean = sum(seen) / len(seen) if seen else -1.0
        for k in range(i, i + runs[i]):
            out[k] = mean
        i += runs[i]
    return out


def _short_runs(short: list[bool]) -> list[int]:
    """For each line, the length of the run of consecutive short lines it belongs to (0 if not short)."""
    out = [0] * len(short)
    i = 0
    while i < len(short):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(short) and short[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out
