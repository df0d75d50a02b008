"""Where an article's quotation marks open and close, across paragraphs, and its text with the quotations masked.

Three families of marks: French guillemets « … » (they nest), curly quotes “ … ” and ‘ … ’,
straight quotes " … " (and ' … ' in a heading or in English, as the British press writes them:
in running French a straight single quote is an apostrophe).  A straight quote opens or closes by what stands around it.
Inside a quotation, marks of another family are its own quotation in a quotation.

A quotation still open at a paragraph's end goes on in the next paragraph when that one opens
with a mark of the same family, with « » » (the old French way) or with a dash (a dash-led
continuation); otherwise it ends with its paragraph, unclosed.

:func:`masked` writes each quotation's text as « x » letters (its last full stop kept), so that
sentences and speech verbs are looked for in the article's own words only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

GUILLEMETS, CURLY, SINGLE, STRAIGHT, APOSTROPHE = "guillemets", "curly", "single", "straight", "apostrophe"
OPENING = {"«": GUILLEMETS, "“": CURLY, "„": CURLY, "‘": SINGLE}
CLOSING = {"»": GUILLEMETS, "”": CURLY, "’": SINGLE}
STRAIGHT_MARKS = {'"': STRAIGHT, "'": APOSTROPHE}
# What may stand before a straight quote that opens, and after one that closes.
OPENS_AFTER = "([{/-–—:"
CLOSES_BEFORE = ".,;:!?)]}…-–—"
DASHES = "-–—"
TERMINAL = ".!?…"
KEPT = TERMINAL + ",;:-–—"  # a quotation's last marks stay unmasked: "…," he said; « … ! »
MASK = "x"
# A heading (the title, a subheading) is short and does not end like a sentence.
HEADING_MAX_CHARS = 160
_ENDS_SENTENCE = re.compile(r"[.!?…»\"”]\s*$")


@dataclass(frozen=True)
class Quoted:
    """One quotation's place: where its marks open and close, and the text between them, per paragraph."""

    block: int  # the paragraph it opens in
    start: int  # offset of the opening mark
    end_block: int  # the paragraph it closes in
    end: int  # offset after the closing mark (the paragraph's end when unclosed)
    family: str
    closed: bool
    parts: tuple[tuple[int, int, int], ...]  # (block, start, end) of the words inside the marks

    def text(self, blocks: Sequence[str]) -> str:
        """The quoted words, paragraphs joined by a space."""
        return " ".join(" ".join(blocks[b][s:e].split()) for b, s, e in self.parts).strip()


def is_heading(block: str, index: int) -> bool:
    """The title (block 0) or a subheading: a short line that does not end like a sentence."""
    bare = block.rstrip().rstrip("»\"”’' ")  # « « Une menace directe pour le Royaume-Uni » »: a subheading
    return index == 0 or (len(block) <= HEADING_MAX_CHARS and not _ENDS_SENTENCE.search(bare))


def _straight(text: str, i: int, single: bool) -> str:
    """"open", "close" or "" (cannot tell) for the straight quote at text[i]."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in OPENS_AFTER) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in CLOSES_BEFORE)
    if single:  # « someone's », « l'armée »: an apostrophe between letters is no mark
        opens = opens and after.isalnum()
        closes = closes and not after.isalnum() and (before.isalnum() or before in TERMINAL + ",")
    if opens == closes:
        return ""
    return "open" if opens else "close"


def _mark(text: str, i: int, singles: bool) -> tuple[str, str]:
    """(family, "open" | "close" | "either") of the mark at text[i], or ("", "") when it is none."""
    c = text[i]
    if c in OPENING:
        return OPENING[c], "open"
    if c == "’":  # the typographic apostrophe closes a ‘ … ’ only where no letter follows
        after = text[i + 1] if i + 1 < len(text) else " "
        return (SINGLE, "close") if not after.isalnum() else ("", "")
    if c in CLOSING:
        return CLOSING[c], "close"
    if c in STRAIGHT_MARKS:
        single = c == "'"
        if single and not singles:
            return "", ""
        way = _straight(text, i, single)
        return (STRAIGHT_MARKS[c], way or "either") if way or not single else ("", "")
    return "", ""


@dataclass
class _Open:
    family: str
    block: int
    start: int
    depth: int
    parts: list[tuple[int, int, int]]
    content: int  # where the current paragraph's words begin


def _continues(block: str, family: str) -> int | None:
    """Where the words of a quotation carried over from the previous paragraph begin in this one, or None."""
    stripped = len(block) - len(block.lstrip())
    if stripped >= len(block):
        return None
    c = block[stripped]
    same = OPENING.get(c) == family or (STRAIGHT_MARKS.get(c) == family and c == '"') or (
        family == GUILLEMETS and c == "»")
    if same or (c in DASHES and block[stripped + 1:stripped + 2].isspace()):
        rest = block[stripped + 1:]
        return stripped + 1 + len(rest) - len(rest.lstrip())
    return None


def find_marks(blocks: Sequence[str], lang: str = "fr") -> list[Quoted]:
    """Every top-level quotation of an article, in order (a quotation in a quotation is part of it)."""
    out: list[Quoted] = []
    current: _Open | None = None
    for b, block in enumerate(blocks):
        i = 0
        if current is not None:
            at = _continues(block, current.family)
            if at is None:
                out.append(_finish(current, len(blocks[current.parts[-1][0]]), False))
                current = None
            else:
                current.content, i = at, at
        singles = lang == "en" or is_heading(block, b)
        while i < len(block):
            family, way = _mark(block, i, singles)
            if family and current is None and way in ("open", "either"):
                current = _Open(family, b, i, 1, [], i + 1)
            elif family and current is not None and family == current.family:
                if way == "open" and family != STRAIGHT or way == "open" and _straight(block, i, False) == "open":
                    current.depth += 1
                else:
                    current.depth -= 1
                if current.depth == 0:
                    current.parts.append((b, current.content, i))
                    out.append(_finish(current, i + 1, True, b))
                    current = None
            i += 1
        if current is not None:
            current.parts.append((b, current.content, len(block)))
    if current is not None:
        out.append(_finish(current, len(blocks[current.parts[-1][0]]), False))
    return out


def _finish(q: _Open, end: int, closed: bool, end_block: int | None = None) -> Quoted:
    last = q.parts[-1][0] if end_block is None else end_block
    parts = tuple(p for p in q.parts if p[2] > p[1])
    return Quoted(q.block, q.start, last, end, q.family, closed, parts)


@overload
def masked(blocks: Sequence[str], quotes: Sequence[Quoted]) -> list[str]: ...
@overload
def masked(blocks: Sequence[str], quotes: Sequence[Quoted], only: int) -> str: ...


def masked(blocks: Sequence[str], quotes: Sequence[Quoted], only: int | None = None) -> list[str] | str:
    """The blocks with every quotation's words written as « x » (their last full stop, comma, ! or ? kept).

    With `only`, that one block.
    """
    chars = {i: list(blocks[i]) for i in (range(len(blocks)) if only is None else [only])}
    for q in quotes:
        for b, s, e in q.parts:
            if b not in chars:
                continue
            inner = blocks[b][s:e].rstrip()
            keep = len(inner) - len(inner.rstrip(KEPT)) if q.closed and (b, s, e) == q.parts[-1] else 0
            for k in range(s, s + len(inner) - keep):  # spaces and capitals stay: a quotation may open a sentence
                c = blocks[b][k]
                if not c.isspace():
                    chars[b][k] = MASK.upper() if c.isupper() else MASK
    if only is not None:
        return "".join(chars[only])
    return ["".join(chars[i]) for i in range(len(blocks))]


_BREAK = re.compile(r"[.!?…]+\s*[»\"”’']?\s+(?=[«\"“‘(\-–—]?\s*[A-ZÀ-Ý0-9])")
_LAST_WORD = re.compile(r"([\w.°-]+)[.!?…]+\s*[»\"”’']?\s+$")


def sentence_spans(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentences of a masked paragraph: a quotation's words are never cut (they are masked)."""
    spans, start = [], 0
    for m in _BREAK.finditer(text):
        word = _LAST_WORD.search(text, 0, m.end())
        if word and (word.group(1) in abbreviations or len(word.group(1)) == 1):
            continue  # « M. Le Drian », « J. Smith »
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]
