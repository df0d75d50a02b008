"""Tell boilerplate blocks (comment notices, share buttons, paywalls…) from article text.

Decisions use the block's words *and* its shape, as jusText and trafilatura do:

1. a named rule (dossier/rules_boilerplate.py) whose patterns cover most of the block;
2. a generic signal: a call to action, the reader addressed about the site, a label
   made only of site vocabulary, a short list under a "Topics"-like heading;
3. a short block repeated across articles of the dossier, at the article's edge.

A block that merely *mentions* comments or Facebook inside a real sentence is kept: the
rule's phrase covers little of it, it does not address the reader, it is not a label.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from dossier.boilerplate import rules as rule_data
from dossier.boilerplate.features import NAMES, core_span, features
from dossier.boilerplate.model import Model, shipped_model
from dossier.lexicon import outlets
from dossier.text import ends_sentence, fold, name_key, squash, words

# Share of the block's letters and digits a rule's patterns must cover to remove it.
FULL_COVERAGE_DEFAULT = 0.75
# No rule is written to cover a block this long: skip the `full` patterns (speed).
BLOCK_MAX_WORDS = 150
# Patterns whose longest match is below this share of a block are not tried on it (speed).
PATTERN_MIN_SHARE = 0.25
# "start" rules ("Lire aussi : …") remove blocks up to this many words unless the rule says.
START_MAX_WORDS = 30
# A paragraph of content: this many words, ending like a sentence.  Blocks before the
# first and after the last such paragraph are the article's edge.
CONTENT_MIN_WORDS = 12
# Items of a list under a footer heading ("Topics", "Les plus lus") are this short.
LIST_ITEM_MAX_WORDS = 16

# Names of the decisions that come from no rule of the data file.
SIGNAL_NAMES = ("generic.call_to_action", "generic.label", "generic.reader_address", "agency.signature",
                "repeated", "related.list", "generic.site_voice", "model")
MODEL_THRESHOLD_DEFAULT = 0.5
# The model and the signals that weigh a block against its page need this many blocks.
MODEL_MIN_BLOCKS = 3
MODEL_CORE_THRESHOLD_DEFAULT = 0.9

QUOTES = re.compile(r"[«»“”\"]")
# A live blog's time stamp on a line of its own: "14h32", "21:47", "2:41 p.m.", "11.52pm".
TIME_STAMP = re.compile(r"^(?:\d{1,2}\s?h\s?\d{2}|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)$",
                        re.IGNORECASE)
# An item of a list the article gives after its own « : » line is this short at most, its heading too.
ARTICLE_LIST_ITEM_MAX_WORDS = 40
HEADING_MAX_WORDS = 8
SUBHEADING_MAX_WORDS = 16


def folded(text: str) -> str:
    """The form rules are written in: folded (lower case, no accents, plain quotes), single spaces."""
    return squash(fold(text))


@dataclass(frozen=True)
class Rule:
    """A named boilerplate rule: patterns on folded text, how they must match."""

    name: str  # family.rule
    family: str
    full: tuple[re.Pattern, ...] = ()
    start: tuple[re.Pattern, ...] = ()
    max_words: int = START_MAX_WORDS
    full_widths: tuple[int, ...] = ()  # longest match of each `full` pattern, in characters


@dataclass(frozen=True)
class Generic:
    """Vocabulary of the generic signals."""

    cta_starts: tuple[str, ...]
    cta_max_words: int
    pronouns: frozenset[str]
    topics: tuple[str, ...]
    address_max_words: int
    label_vocabulary: frozenset[str]
    label_filler: frozenset[str]
    label_max_words: int
    repeat_min_articles: int
    repeat_max_words: int


@dataclass
class RuleSet:
    """All rules, generic signals and the learned model in force for a dossier, and the thresholds."""

    rules: dict[str, Rule]
    generic: Generic
    coverage: float = FULL_COVERAGE_DEFAULT
    disabled_signals: frozenset[str] = frozenset()  # names from SIGNAL_NAMES turned off by settings
    model: Model | None = None
    # The model removes a block it gives at least this probability of furniture; inside the
    # article's core (its run of prose) it needs the higher one, so that a list, a subheading or
    # a live blog's time stamp between paragraphs stays.
    threshold: float = MODEL_THRESHOLD_DEFAULT
    core_threshold: float = MODEL_CORE_THRESHOLD_DEFAULT


@dataclass(frozen=True)
class Decision:
    """Why a block goes: the rule's name (or "model", with the evidence it weighed) and the text removed."""

    index: int
    rule: str
    text: str
    why: str = ""


class RuleError(ValueError):
    """A rule that cannot be used, with what is wrong in it."""


def _compile(name: str, patterns: Iterable[str], anchored: bool) -> tuple[re.Pattern, ...]:
    out = []
    for p in patterns:
        if not p or not p.strip():  # an empty alternative would match every block
            raise RuleError(f"rule {name}: empty pattern")
        try:
            out.append(re.compile(("^(?:%s)" if anchored else "(?:%s)") % p))
        except re.error as exc:
            raise RuleError(f"rule {name}: bad pattern {p!r}: {exc}") from None
    return tuple(out)


def _max_width(rx: re.Pattern) -> int:
    """Longest text the pattern can match (the regex parser's own figure; huge when unbounded)."""
    try:
        return int(re._parser.parse(rx.pattern).getwidth()[1])  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a private API: without it, never skip the pattern
        return 1 << 30


def make_rule(name: str, spec: dict) -> Rule:
    """Build a rule from its data (`full`, `start`, `max_words`), checking every field."""
    family = name.split(".", 1)[0]
    unknown = set(spec) - {"full", "start", "max_words"}
    if unknown:
        raise RuleError(f"rule {name}: unknown field(s) {', '.join(sorted(unknown))} (known: full, start, max_words)")
    full = _compile(name, spec.get("full", ()), anchored=False)
    start = _compile(name, spec.get("start", ()), anchored=True)
    if not full and not start:
        raise RuleError(f"rule {name}: no pattern (give `full` or `start`)")
    return Rule(name, family, full, start, int(spec.get("max_words", START_MAX_WORDS)),
                tuple(_max_width(rx) for rx in full))


def _parse(families: dict, g: dict) -> RuleSet:
    rules = {}
    for family, group in families.items():
        if not group:
            raise RuleError(f"family {family}: no rule")
        for rule_name, spec in group.items():
            name = f"{family}.{rule_name}"
            rules[name] = make_rule(name, spec)
    generic = Generic(
        cta_starts=tuple(folded(s) for s in g["call_to_action"]["starts"]),
        cta_max_words=int(g["call_to_action"]["max_words"]),
        pronouns=frozenset(g["reader_address"]["pronouns"]),
        topics=tuple(folded(t) for t in g["reader_address"]["topics"]),
        address_max_words=int(g["reader_address"]["max_words"]),
        label_vocabulary=frozenset(folded(w) for w in g["label_vocabulary"]),
        label_filler=frozenset(folded(w) for w in g["label_filler"]),
        label_max_words=int(g["label_max_words"]),
        repeat_min_articles=int(g["repeat_min_articles"]),
        repeat_max_words=int(g["repeat_max_words"]),
    )
    return RuleSet(rules, generic)


def default_rules() -> RuleSet:
    """The rules and model shipped with the project (a fresh copy: callers may change it)."""
    rs = _default_ruleset()
    return RuleSet(dict(rs.rules), rs.generic, rs.coverage, model=shipped_model())


@dataclass
class Block:
    """One block of an article as the cleaner sees it."""

    text: str
    tag: str = "p"
    folded: str = field(init=False)
    n_words: int = field(init=False)

    def __post_init__(self) -> None:
        self.folded = folded(self.text)
        self.n_words = len(words(self.text))


def _covered(spans: list[tuple[int, int]], prefix: list[int]) -> int:
    """Letters and digits inside the union of spans (prefix[i] = count before position i)."""
    total = 0
    end = -1
    for a, b in sorted(spans):
        a = max(a, end)
        if b > a:
            total += prefix[b] - prefix[a]
            end = b
    return total


def rule_match(block: Block, rules: Iterable[Rule], coverage: float = FULL_COVERAGE_DEFAULT) -> str | None:
    """Name of the rule whose patterns cover at least `coverage` of the block, or None."""
    text = block.folded
    if not text:
        return None
    prefix = [0]
    for c in text:
        prefix.append(prefix[-1] + c.isalnum())
    total = prefix[-1]
    spans: list[tuple[int, int]] = []
    best: tuple[int, str] | None = None
    check_full = block.n_words <= BLOCK_MAX_WORDS
    # A pattern that can match less than a quarter of the block cannot be what covers it.
    min_width = len(text) * PATTERN_MIN_SHARE
    for rule in rules:
        if block.n_words <= rule.max_words:
            for rx in rule.start:
                if rx.match(text):
                    return rule.name
        if not check_full:
            continue
        mine = [m.span() for rx, width in zip(rule.full, rule.full_widths, strict=True) if width >= min_width
                for m in rx.finditer(text) if m.end() > m.start()]
        if mine:
            spans += mine
            hits = _covered(mine, prefix) if total else sum(b - a for a, b in mine)
            if best is None or hits > best[0]:
                best = (hits, rule.name)
    if best is None:
        return None
    if total == 0:  # punctuation only ("…", "|"): covered entirely or not at all
        return best[1] if sum(b - a for a, b in spans) >= len(text) else None
    return best[1] if _covered(spans, prefix) / total >= coverage else None


def generic_match(block: Block, generic: Generic, at_edge: bool) -> str | None:
    """Name of the generic signal the block shows, or None."""
    t = block.folded
    if QUOTES.search(block.text):
        return None  # a quotation: someone's words, even when they say "vous"
    if block.n_words <= generic.cta_max_words:
        for start in generic.cta_starts:
            if t.startswith(start) and (len(t) == len(start) or not t[len(start)].isalnum()):
                return "generic.call_to_action"
    ws = words(block.folded)
    if 0 < len(ws) <= generic.label_max_words and not ends_sentence(block.text.rstrip(" :")):
        strong = [w for w in ws if w in generic.label_vocabulary]
        if strong and all(w in generic.label_vocabulary or w in generic.label_filler for w in ws):
            return "generic.label"
    if at_edge and name_key(block.text) in outlets():
        return "agency.signature"  # "Le Figaro" under the last paragraph: kept in the metadata
    # "abonnez-vous" addresses the reader as much as "vous"
    tokens = set(ws) | {part for w in ws if "-" in w for part in w.split("-")}
    if block.n_words <= generic.address_max_words and generic.pronouns & tokens:
        hits = sum(1 for topic in generic.topics if topic in t)
        if hits >= (1 if at_edge else 2):
            return "generic.reader_address"
    return None


def looks_like_boilerplate(text: str) -> bool:
    """True when the default rules or generic signals would remove this block at an article's edge."""
    block = Block(text)
    rules = _default_ruleset()
    return bool(rule_match(block, rules.rules.values(), rules.coverage) or generic_match(block, rules.generic, True))


@lru_cache(maxsize=1)
def _default_ruleset() -> RuleSet:
    return _parse(rule_data.FAMILIES, rule_data.GENERIC)


def is_content(block: Block) -> bool:
    """A paragraph of article text: long enough, ends like a sentence."""
    return block.n_words >= CONTENT_MIN_WORDS and ends_sentence(block.text)


def repeated_texts(articles: Iterable[Sequence[str]], generic: Generic) -> frozenset[str]:
    """Folded short blocks found in at least `repeat_min_articles` articles."""
    counts: Counter[str] = Counter()
    for blocks in articles:
        counts.update({folded(b) for b in blocks if 0 < len(words(b)) <= generic.repeat_max_words})
    return frozenset(t for t, n in counts.items() if n >= generic.repeat_min_articles)


def classify(blocks: Sequence[Block], rules: RuleSet, repeated: frozenset[str] = frozenset(),
             keep: Sequence[str] = (), start: int = 0) -> list[Decision]:
    """Decide which blocks of one article are boilerplate.

    `keep` holds per-article exceptions: rule names, or text fragments whose block stays.
    `start` is the index of the first block under the title (the converter's Article-start):
    the blocks before it were above the title on the pasted page.
    """
    keep_rules = {k for k in keep if k in rules.rules or k in SIGNAL_NAMES} | set(rules.disabled_signals)
    keep_texts = [folded(k) for k in keep if k not in keep_rules]
    active = [r for name, r in rules.rules.items() if name not in keep_rules]
    verdicts: list[str | None] = [rule_match(b, active, rules.coverage) for b in blocks]
    kept = [r for name, r in rules.rules.items() if name in keep_rules]
    if kept:  # a block a kept rule matches stays: neither the generic signals nor the model may take it
        verdicts = [v or rule_match(b, kept, rules.coverage) for v, b in zip(verdicts, blocks, strict=True)]
    content = [i for i, b in enumerate(blocks) if verdicts[i] is None and is_content(b)]
    first, last = (content[0], content[-1]) if content else (len(blocks), -1)
    in_list = False
    for i, b in enumerate(blocks):
        at_edge = i < first or i > last
        if verdicts[i] is None:
            verdicts[i] = generic_match(b, rules.generic, at_edge)
        if verdicts[i] is None and at_edge and b.folded in repeated:
            verdicts[i] = "repeated"
        # Short items after a footer heading such as "Topics" or "Les plus lus".
        if verdicts[i] is None and in_list and b.n_words <= LIST_ITEM_MAX_WORDS \
                and not ends_sentence(b.text):
            verdicts[i] = "related.list"
        heading = verdicts[i] == "related.headings" or (
            verdicts[i] == "related.leadins" and b.n_words <= 4)  # "Related Topics", then the topics
        if i > last:
            in_list = heading or verdicts[i] == "related.list" or (in_list and verdicts[i] is not None)
        else:
            in_list = heading  # inside the article a bare « Lire aussi » takes the one title under it
    why = _context_verdicts(blocks, verdicts, rules, keep_rules, start)
    out = []
    for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True)):
        if v is None or v in keep_rules or any(k and k in b.folded for k in keep_texts):
            continue
        out.append(Decision(i, v, b.text, why.get(i, "")))
    return out


def _context_verdicts(blocks: Sequence[Block], verdicts: list[str | None], rules: RuleSet, skip: set[str],
                      article_start: int = 0) -> dict[int, str]:
    """Decisions that weigh each block against its page: the site speaking off the story, then the model.

    Blocks no rule took become "generic.site_voice" or "model" (unless `skip` names them); the
    model's decisions say why.
    """
    use_model = rules.model is not None and "model" not in skip
    use_voice = "generic.site_voice" not in skip
    if len(blocks) < MODEL_MIN_BLOCKS or not (use_model or use_voice):
        return {}  # a standfirst alone, a short page: no context to weigh, the rules decide
    texts = [b.text for b in blocks]
    rows = features(texts, article_start)
    start, end = core_span(texts, article_start)
    # the story: from its first to its last paragraph that shares the lead's words (the core may stop short)
    on_topic = [i for i, row in enumerate(rows) if row[_F["strong_prose"]] > 0
                and (row[_F["lead_overlap"]] >= ON_TOPIC_OVERLAP
                     or (row[_F["name_overlap"]] > 0 and row[_F["lead_overlap"]] >= ON_TOPIC_OVERLAP / 2))]
    first, last = (on_topic[0], on_topic[-1]) if on_topic else (len(rows), -1)
    if use_voice:
        for i, row in enumerate(rows):
            if verdicts[i] is None and not first <= i <= last and _site_voice(blocks[i], row):
                verdicts[i] = "generic.site_voice"
    if not use_model or rules.model is None:
        return {}
    p = rules.model.proba(np.array(rows, dtype=float)).tolist()
    protected = _article_structure(blocks, verdicts, rows, (article_start, start, end))
    why = {}
    for i, b in enumerate(blocks):
        inside = start <= i <= end or first <= i <= last
        threshold = rules.core_threshold if inside else rules.threshold
        if verdicts[i] is None and p[i] >= threshold and i not in protected:
            verdicts[i] = "model"
        if verdicts[i] == "model":
            where = "above the title" if i < article_start else (
                "before the article" if i < start else "after the article" if i > end else "inside the article")
            why[i] = explain(b, p[i], where)
    return why


# A block that speaks to the reader is furniture when it shares (almost) nothing with the story's
# lead: this long at least, and sharing less than this share of its words and names with the lead.
SITE_VOICE_MIN_WORDS = 6
SITE_VOICE_MAX_OVERLAP = 0.1
# The story runs from its first to its last paragraph sharing this much with the lead (half as much
# when it also names someone the article names).
ON_TOPIC_OVERLAP = 0.3
# A paragraph of two sentences in the core sharing this share of its words with the article is the story's.
STORY_PARAGRAPH_OVERLAP = 0.2
_F = {name: i for i, name in enumerate(NAMES)}


def _site_voice(block: Block, row: Sequence[float]) -> bool:
    """A comment policy, a subscription or app pitch: the site speaking to the reader ("you", "please"), off the story.

    Someone quoted in the article may say "vous" or "we": a block with quotation marks is not taken.
    """
    return (block.n_words >= SITE_VOICE_MIN_WORDS and not QUOTES.search(block.text)
            and not block.text.rstrip().endswith("?")  # an interview's question
            and row[_F["reader_address"]] > 0 and row[_F["lead_overlap"]] < SITE_VOICE_MAX_OVERLAP)


def _article_structure(blocks: Sequence[Block], verdicts: list[str | None], rows: Sequence[Sequence[float]],
                       zone: tuple[int, int, int]) -> set[int]:
    """Short blocks that belong to the article's own structure, which the model must not take.

    `zone` is (first block under the title, first and last block of the core).  Kept:
    - a list the article introduces: a line that no rule took, from the title to just after the
      core, ending with « : » (« Key points: », « Les chiffres : »), and the short items after it;
    - a box of the story: a short heading followed by items that all share the article's lead
      (« What we know so far », then three points of the story), next to the core;
    - a subheading: a short line between two paragraphs of the core;
    - a live blog's time stamps: a time alone on its line followed by a paragraph of the
      article, when the page has at least two of them;
    - a paragraph of the story: in the core, two sentences or more sharing the article's words,
      not addressing the reader (a last paragraph under a video's label is still the article's).
    """
    article_start, start, end = zone
    keep: set[int] = set()
    for i, b in enumerate(blocks):
        if not min(article_start, start - 1) <= i <= end + 2 or verdicts[i] is not None \
                or b.n_words > HEADING_MAX_WORDS:
            continue
        items = _items_after(blocks, verdicts, i)
        intro = b.text.rstrip().endswith(":") and i <= end + 1
        topical = len(items) >= 2 and not ends_sentence(b.text) and all(
            rows[j][_F["lead_overlap"]] >= ON_TOPIC_OVERLAP for j in items)
        if items and (intro or topical):
            keep.add(i)
            keep.update(items)
    # a subheading: a short line between two paragraphs of the article
    keep.update(i for i in range(max(1, start), min(len(blocks) - 1, end + 1)) if verdicts[i] is None
                and blocks[i].n_words <= SUBHEADING_MAX_WORDS and is_content(blocks[i - 1])
                and is_content(blocks[i + 1]))
    stamps = [i for i, b in enumerate(blocks[:-1]) if TIME_STAMP.match(b.text.strip())
              and is_content(blocks[i + 1]) and start <= i + 1 <= end + 1]
    if len(stamps) >= 2:
        keep.update(stamps)
    keep.update(i for i in range(start, end + 1) if verdicts[i] is None and rows[i][_F["sentences"]] >= 2
                and ends_sentence(blocks[i].text) and rows[i][_F["topic_overlap"]] >= STORY_PARAGRAPH_OVERLAP
                and not rows[i][_F["reader_address"]] and not rows[i][_F["site_voice"]])
    return keep


def _items_after(blocks: Sequence[Block], verdicts: list[str | None], i: int) -> list[int]:
    """The short blocks no rule took right after block i, up to the next heading ending with « : »."""
    items = []
    j = i + 1
    while j < len(blocks) and verdicts[j] is None and blocks[j].n_words <= ARTICLE_LIST_ITEM_MAX_WORDS \
            and not blocks[j].text.rstrip().endswith(":"):
        items.append(j)
        j += 1
    return items


def explain(block: Block, p: float, where: str) -> str:
    """The main evidence behind a model's verdict, in words, for the removal report."""
    parts = [f"p={p:.2f}", where, f"{block.n_words} word{'s' if block.n_words != 1 else ''}"]
    if not ends_sentence(block.text):
        parts.append("no sentence")
    return ", ".join(parts)
