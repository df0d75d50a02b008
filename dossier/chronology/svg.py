"""The chronology's frieze, drawn at build time as SVG: readable without script, at any width.

Two drawings of the same marks; the theme's CSS shows the one that fits the screen:

- **across** (``timeline-h``), for screens of 760 px and more and for print: time runs left to
  right, drawn at one CSS pixel per unit in the 720 px text column, so text is the size it is
  written; when the events are too dense for a few rows per band it gets wider and scrolls;
- **down** (``timeline-v``), for phones: time runs down the page like the page itself, 300 units
  wide, scaled to the column (at 320 px, 13-unit text is still 12.3 px), labels on the right.

Each kind of mark has its own band of lanes — month bars, week bars, day dots, publications —
packed so that no two marks and no two labels ever overlap: a week never sits inside a month.
The key events (most source articles, then most actors) carry a short visible label, as the
markers of TimelineJS do; every mark links to its entry and names it in full (its ``<title>``,
and the box chronologie.js shows on focus).  :func:`across` and :func:`down` return the
layouts (tested for overlaps); :func:`timeline_svg` and :func:`overview_svg` write them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from html import escape

from dossier.chronology.events import Entry
from dossier.chronology.export import Publication
from dossier.chronology.pages import ChronologyPage
from dossier.datewords import DAY, MONTH, WEEK, YEAR, format_date_fr, month_abbr_fr, month_name_fr

PUBLICATION = "publication"
BANDS_ABOVE = (MONTH, WEEK, DAY)  # across: top to bottom, above the axis (publications go below it)
BANDS_RIGHT = (PUBLICATION, MONTH, WEEK, DAY)  # down: left to right, right of the axis

FONT = 13  # text size in units; the CSS keeps a unit at least 0.94 px (13 units ≥ 12.3 px)
TEXT_H = 15.2  # a line of 13-unit text, ascent to descent
ROW = 20  # a lane across: a line of text, a 12-unit dot, air between lanes
LANE = 14  # a lane down: a 12-unit dot and a hair
DOT = 6  # a day's dot radius; a publication's diamond half-size
BAR = 10  # a week's or a month's bar thickness
GAP = 4  # between two marks, or a mark and a label, of one lane
BAND_GAP = 6
EDGE = 12  # margin at both ends of the time axis

ACROSS_WIDTH = 720  # the text column at 760 px and wider (42rem of 18 px less its padding)
ACROSS_MAX = 6000
ACROSS_ROWS = 4  # lanes per band before the drawing gets wider (and scrolls)
ACROSS_LABELS = (240, 170, 110)  # a label's width, in units (about 36, 25, 16 characters): the longest that fits

DOWN_WIDTH = 300
DOWN_AXIS = 50  # the axis's x; month names right-aligned to its left
DOWN_HEIGHT = 480  # the height aimed at for the span of days…
DOWN_DAY = (1.5, 14.0)  # …within these units per day
DOWN_LANES = 6  # lanes in all before the drawing gets taller
DOWN_MAX = 8000
DOWN_LABEL_LINES = 2
DOWN_LABEL_ROOM = 110  # the labels' column at its narrowest: past it, the drawing gets wider
SHIFTS = (0.0, 8.0, -8.0, 16.0, -16.0, 24.0, -24.0)  # how far a label may move from its mark, down the page

CUT_DAYS = 10  # down: an empty stretch longer than this…
CUT_MARGIN = 2  # …less these days at both ends…
CUT = 28  # …is drawn this long

MAX_LABELS = 12


@dataclass(frozen=True)
class Mark:
    """One thing on the axis: an event (a day's dot, a week's or a month's bar) or a publication (a diamond)."""

    kind: str  # DAY, WEEK, MONTH (the event's precision) or PUBLICATION
    start: date
    end: date  # the last day it covers
    href: str
    when: str  # « 13 novembre 2015 »
    text: str
    actors: tuple[str, ...] = ()  # the actors' slugs, for the page's filter
    weight: tuple[int, int, int] = (0, 0, 0)  # (source articles, actors, sources): key events weigh most


@dataclass(frozen=True)
class Box:
    """A rectangle in the drawing's units."""

    x: float
    y: float
    w: float
    h: float

    def meets(self, other: Box) -> bool:
        """True when the two overlap (edges that touch do not)."""
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)


@dataclass
class Placed:
    """A mark where it is drawn, with its label if it carries one."""

    mark: Mark
    box: Box
    label: tuple[str, ...] = ()  # its lines (one across, up to two down)
    label_box: Box | None = None
    leader: tuple[float, float, float, float] | None = None  # down: mark (x, y) to label (x, y)


@dataclass(frozen=True)
class Tick:
    """A month on the axis: where it starts, its name (one line across, two down; none when crowded)."""

    at: float
    lines: tuple[str, ...]
    box: Box | None
    line: bool = True  # False: the name of the month the axis starts in, with no tick


@dataclass
class Layout:
    """A drawing: its size, its axis, its months and its marks."""

    across: bool
    width: float
    height: float
    axis: tuple[float, float, float, float]
    ticks: list[Tick] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)
    lanes: dict[str, int] = field(default_factory=dict)
    cuts: list[tuple[float, float]] = field(default_factory=list)  # down: stretches of time cut short (dashed axis)


# --- text -------------------------------------------------------------------------------------

_NARROW = frozenset("fijlrtI.,;:!'’()[]|/-")
_WIDE = frozenset("mwMWŒœ—")


@lru_cache(maxsize=8192)
def text_width(text: str, size: float = FONT) -> float:
    """A generous estimate of text's width in a sans-serif face (DejaVu Sans, one of the widest)."""
    em = 0.0
    for c in text:
        if c in _NARROW:
            em += 0.42
        elif c in " \u00a0":
            em += 0.34
        elif c == "\u202f":
            em += 0.22
        elif c in _WIDE:
            em += 1.0
        elif c.isupper() or c.isdigit():
            em += 0.74
        else:
            em += 0.64
    return em * size


def short_label(text: str, room: float, size: float = FONT) -> str:
    """The first words of text that fit in `room` units, with « … » when cut ("" when no word fits)."""
    text = re.sub(r"[ \t\r\n]+", " ", text).strip()  # no-break spaces stay: they bind a word to its sign
    if text_width(text, size) <= room:
        return text
    out = ""
    for word in text.split(" "):
        trial = f"{out} {word}".strip()
        if text_width(trial + "…", size) > room:
            break
        out = trial
    return out.rstrip(" ,;:—–-") + "…" if out else ""


def wrap_label(text: str, room: float, lines: int = DOWN_LABEL_LINES, size: float = FONT) -> tuple[str, ...]:
    """Text on at most `lines` lines of `room` units, the last one cut with « … » when the text goes on."""
    words = re.sub(r"[ \t\r\n]+", " ", text).strip().split(" ")
    out: list[str] = []
    while words and len(out) < lines - 1:
        line = ""
        while words and text_width(f"{line} {words[0]}".strip(), size) <= room:
            line = f"{line} {words.pop(0)}".strip()
        if not line:
            break
        out.append(line)
    last = short_label(" ".join(words), room, size) if words else ""
    return tuple(out + [last] if last else out)


# --- marks ------------------------------------------------------------------------------------

def _span(value: date, precision: str) -> tuple[date, date]:
    if precision == WEEK:
        return value, value + timedelta(days=6)
    if precision == MONTH:
        return value, date(value.year + (value.month == 12), value.month % 12 + 1, 1) - timedelta(days=1)
    return value, value


def marks_of(entries: Sequence[Entry], publications: Sequence[Publication],
             slugs: Mapping[str, str] | None = None, root: str = "") -> list[Mark]:
    """The marks of the entries (but those dated to the year only) and the publications, in date order.

    `slugs` maps actor keys to the slugs the page's filter knows; `root` leads from the page to the site's
    root (« ../ » from chronologie/2015-11.html), for the publications' links.
    """
    slugs = slugs or {}
    out = []
    for e in entries:
        if e.precision == YEAR:
            continue
        a, b = _span(e.value, e.precision)
        weight = (len({s.article for s in e.sources}), len(e.actors), len(e.sources))
        out.append(Mark(e.precision, a, b, "#" + e.id, e.label, e.text,
                        tuple(dict.fromkeys(slugs[k] for k in e.actors if k in slugs)), weight))
    for p in publications:
        text = f"Publication : {p.title}" + (f" ({p.source})" if p.source else "")
        out.append(Mark(PUBLICATION, p.date, p.date, root + p.url, format_date_fr(p.date), text))
    out.sort(key=lambda m: (m.start, m.end, m.kind == PUBLICATION))
    return out


def key_marks(marks: Sequence[Mark], count: int | None = None) -> list[Mark]:
    """The events that carry a visible label, first the one most worth it: most source articles, then actors."""
    events = [m for m in marks if m.kind != PUBLICATION]
    if count is None:
        count = min(len(events), MAX_LABELS, max(3, math.ceil(len(events) / 3)))
    return sorted(events, key=lambda m: (-m.weight[0], -m.weight[1], -m.weight[2], m.start))[:count]


# --- lanes and the time axis ------------------------------------------------------------------

class _Lanes:
    """The lanes of one band: in each, the intervals already taken along the time axis."""

    def __init__(self) -> None:
        self.taken: list[list[tuple[float, float]]] = []
        self.reach: list[float] = []  # where each lane's last interval ends: marks come in date order

    def free(self, lane: int, a: float, b: float, ordered: bool = False) -> bool:
        """True when [a, b] keeps GAP away from everything on the lane (a lane not yet opened is free).

        `ordered`: nothing on the lane starts after `a` (marks placed in date order), so its reach says it all.
        """
        if lane >= len(self.taken) or self.reach[lane] + GAP <= a:
            return True
        return not ordered and all(b + GAP <= s or e + GAP <= a for s, e in self.taken[lane])

    def take(self, lane: int, a: float, b: float) -> int:
        """Put [a, b] on the lane (opening it if it is the next one)."""
        if lane == len(self.taken):
            self.taken.append([])
            self.reach.append(b)
        self.taken[lane].append((a, b))
        self.reach[lane] = max(self.reach[lane], b)
        return lane

    def drop(self, lane: int, a: float, b: float) -> None:
        """Take [a, b] off the lane."""
        self.taken[lane].remove((a, b))
        self.reach[lane] = max((e for _s, e in self.taken[lane]), default=float("-inf"))

    def fit(self, a: float, b: float, limit: int) -> int | None:
        """The first lane under `limit` where a mark [a, b], later than all before it, is free (or None)."""
        for lane in range(min(len(self.taken) + 1, limit)):
            if self.free(lane, a, b, ordered=True):
                return self.take(lane, a, b)
        return None

    def put(self, a: float, b: float) -> int:
        """The first lane where a mark [a, b], later than all before it, is free; a new one if none is."""
        lane = self.fit(a, b, len(self.taken) + 1)
        assert lane is not None
        return lane


@dataclass(frozen=True)
class _Scale:
    first: date
    start: float
    per_day: float
    cuts: tuple[tuple[date, date], ...] = ()  # stretches of time with no mark, drawn CUT units long

    def at(self, d: date) -> float:
        y = self.start + (d - self.first).days * self.per_day
        for a, b in self.cuts:
            if d >= b:
                y -= (b - a).days * self.per_day - CUT
            elif d > a:  # a month's tick inside a cut: squeezed with it
                y -= (d - a).days * (self.per_day - CUT / (b - a).days)
        return y

    def zones(self) -> list[tuple[float, float]]:
        """Where the cuts are drawn along the axis."""
        return [(self.at(a), self.at(b)) for a, b in self.cuts]

    def extent(self, m: Mark) -> tuple[float, float]:
        """Where a mark starts and ends along the axis: a dot mid-day, a bar from its first day to its last."""
        a, b = self.at(m.start), self.at(m.end + timedelta(days=1))
        if m.kind in (DAY, PUBLICATION) or b - a < 2 * DOT + GAP:
            c = (a + b) / 2
            return c - DOT, c + DOT
        return a + GAP / 2, b - GAP / 2  # a hair of paper between one month's bar and the next


def _cuts(marks: Sequence[Mark]) -> tuple[tuple[date, date], ...]:
    """The stretches of more than CUT_DAYS days that no mark covers, less a margin of CUT_MARGIN days at both ends."""
    # a bar holds its ends only: « en septembre » does not take a month of the phone's screen
    spans = sorted({(d, d + timedelta(days=1)) for m in marks for d in (m.start, m.end)})
    out, reach = [], spans[0][1]
    for a, b in spans[1:]:
        if (a - reach).days > CUT_DAYS:
            out.append((reach + timedelta(days=CUT_MARGIN), a - timedelta(days=CUT_MARGIN)))
        reach = max(reach, b)
    return tuple(out)


def _bounds(marks: Sequence[Mark]) -> tuple[date, int]:
    first = min(m.start for m in marks)
    return first, (max(m.end for m in marks) - first).days + 1


def _month_starts(first: date, days: int, cuts: Sequence[tuple[date, date]] = ()) -> list[date]:
    """The first day of each month the axis shows, none inside a cut; and where a month's first day is not shown.

    The axis may start, or a cut end, inside a month: there its name goes without a tick.
    """
    last = first + timedelta(days=days - 1)
    out, d = [], date(first.year, first.month, 1)
    while d <= last:
        if d >= first and not any(a < d < b for a, b in cuts):
            out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    for start in (first, *(b for _a, b in cuts)):
        if (start.year, start.month) not in {(d.year, d.month) for d in out}:
            out.append(start)
    return sorted(out)


def _tick_names(months: Sequence[date], step: int, style: str) -> list[tuple[str, ...]]:
    """The months' names for one style of axis; every `step`-th month named (and the first)."""
    out: list[tuple[str, ...]] = []
    named = 0
    for i, m in enumerate(months):
        if (m.month - 1) % step and i and m.day == 1:
            out.append(())
            continue
        if style == "full":
            out.append((f"{month_name_fr(m.month)} {m.year}",))
        elif style == "abbr" or (style == "short" and (m.month == 1 or not named)):
            out.append((f"{month_abbr_fr(m.month)} {m.year}",))
        elif style == "short":
            out.append((month_abbr_fr(m.month),))
        elif style == "year":
            out.append((str(m.year),) if m.month == 1 or not named else ())
        else:  # two lines, down
            out.append((month_abbr_fr(m.month), str(m.year)) if step < 12 else (str(m.year),))
        named += bool(out[-1])
    return out


ACROSS_STYLES = ((1, "full"), (1, "abbr"), (1, "short"), (2, "short"), (3, "short"), (6, "short"), (12, "year"))
DOWN_STYLES = ((1, "lines"), (2, "lines"), (3, "lines"), (6, "lines"), (12, "lines"))


def _ticks(months: Sequence[date], scale: _Scale, styles: Sequence[tuple[int, str]],
           place: Callable[[float, tuple[str, ...]], Box], end: float) -> list[Tick]:
    """The first style of axis whose month names do not touch (months begun off the axis unnamed if need be)."""
    partial = [m.day != 1 for m in months]
    for step, style in styles:
        for drop in (False, True) if any(partial) else (False,):
            named = _tick_names(months, step, style)
            names = [() if drop and cut else n for n, cut in zip(named, partial, strict=True)]
            ticks = [Tick(scale.at(m), n, place(scale.at(m), n) if n else None, line=not cut)
                     for m, n, cut in zip(months, names, partial, strict=True)]
            if _spaced([t.box for t in ticks if t.box is not None], end):
                return ticks
    return [Tick(scale.at(m), (), None, line=not cut) for m, cut in zip(months, partial, strict=True)]


def _spaced(boxes: Sequence[Box], end: float) -> bool:
    """True when no two boxes come within GAP of each other and all end before `end` (either axis)."""
    for a, b in zip(boxes, boxes[1:], strict=False):
        if Box(a.x - GAP, a.y - GAP, a.w + 2 * GAP, a.h + 2 * GAP).meets(b):
            return False
    return all(max(b.x + b.w, b.y + b.h) <= end for b in boxes[-1:])


# --- across -----------------------------------------------------------------------------------

def across(marks: Sequence[Mark], width: int = ACROSS_WIDTH, keys: Sequence[Mark] | None = None) -> Layout:
    """The frieze left to right, `width` units wide; wider when a band would need more than ACROSS_ROWS lanes.

    Labels take the room the marks leave (they never add a lane past ACROSS_ROWS).  The drawing gets
    wider as long as that helps: marks of the same day stack however wide it is.
    """
    keys = key_marks(marks) if keys is None else keys
    floor = max(Counter((m.kind, m.start) for m in marks).values())
    w, previous = float(width), None
    while True:
        layout = _across(marks, w, keys)
        lanes = max(layout.lanes.values())
        if lanes <= ACROSS_ROWS:
            return layout
        if previous is not None and lanes >= max(previous.lanes.values()):
            return previous  # wider did not help
        if lanes <= floor or w * 1.5 > ACROSS_MAX:
            return layout
        previous, w = layout, round(w * 1.5)


def _label_across(lanes: _Lanes, lane: int, m: Mark, a: float, b: float, width: float) -> tuple[int, str, float] | None:
    """Room for a key mark's label on its lane, or on another it can move to: after it, else before it, long first."""
    others = [i for i in range(min(len(lanes.taken) + 1, ACROSS_ROWS)) if i != lane]
    for after in (True, False):
        for room in ACROSS_LABELS:
            text = short_label(m.text, min(room, width / 2))
            lw = text_width(text)
            start = b + GAP if after else a - GAP - lw
            if not text or start < 2 or start + lw > width - 2:
                continue
            if lanes.free(lane, start, start + lw):
                lanes.take(lane, start, start + lw)
                return lane, text, start
            for other in others:
                if lanes.free(other, min(a, start), max(b, start + lw)):
                    lanes.drop(lane, a, b)
                    lanes.take(other, a, b)
                    lanes.take(other, start, start + lw)
                    return other, text, start
    return None


def _across(marks: Sequence[Mark], width: float, keys: Sequence[Mark]) -> Layout:
    """Marks first, each in the first lane where it fits; then the labels, the key events' in order, where they fit."""
    first, days = _bounds(marks)
    scale = _Scale(first, EDGE, (width - 2 * EDGE) / days)
    bands = {kind: _Lanes() for kind in (*BANDS_ABOVE, PUBLICATION)}
    where: dict[int, tuple[int, str, float]] = {}
    for m in marks:
        lanes, extent = bands[m.kind], scale.extent(m)
        lane = lanes.fit(*extent, ACROSS_ROWS)
        where[id(m)] = (lanes.put(*extent) if lane is None else lane), "", 0.0
    for m in keys:
        spot = _label_across(bands[m.kind], where[id(m)][0], m, *scale.extent(m), width)
        if spot is not None:
            where[id(m)] = spot
    used = {kind: sorted({where[id(m)][0] for m in marks if m.kind == kind}) for kind in bands}
    count = {kind: len(lanes) for kind, lanes in used.items()}  # a lane a mark left for another is gone
    top, y = {}, 6.0
    for kind in BANDS_ABOVE:
        top[kind] = y
        y += count[kind] * ROW + (BAND_GAP if count[kind] else 0)
    axis = y + 2
    top[PUBLICATION] = axis + 26

    def centre(kind: str, lane: int) -> float:
        row = used[kind].index(lane)
        if kind == PUBLICATION:
            return top[kind] + row * ROW + ROW / 2
        return top[kind] + (count[kind] - 1 - row) * ROW + ROW / 2  # lane 0 nearest the axis

    placed = []
    for m in marks:
        (a, b), (lane, text, lx) = scale.extent(m), where[id(m)]
        c = centre(m.kind, lane)
        thick = BAR if m.kind in (WEEK, MONTH) else 2 * DOT
        p = Placed(m, Box(a, c - thick / 2, b - a, thick))
        if text:
            p.label, p.label_box = (text,), Box(lx, c - TEXT_H / 2, text_width(text), TEXT_H)
        placed.append(p)
    ticks = _ticks(_month_starts(first, days), scale, ACROSS_STYLES,
                   lambda at, n: Box(at + 3, axis + 5, text_width(n[0]), TEXT_H), width - 2)
    height = top[PUBLICATION] + count[PUBLICATION] * ROW + 6
    return Layout(True, width, height, (EDGE, axis, width - EDGE, axis), ticks, placed, count)


# --- down -------------------------------------------------------------------------------------

def down(marks: Sequence[Mark], keys: Sequence[Mark] | None = None) -> Layout:
    """The frieze top to bottom, DOWN_WIDTH units wide.

    Taller when the marks need more than DOWN_LANES lanes, as long as that helps; wider (and
    scrolled sideways) only when the marks of one day are more than its width can hold.
    """
    keys = key_marks(marks) if keys is None else keys
    first, days = _bounds(marks)
    cuts = _cuts(marks)  # a phone shows the events, not the weeks without any: long empty stretches are cut short
    kept = days - sum((b - a).days for a, b in cuts)
    per_day = min(max((DOWN_HEIGHT - CUT * len(cuts)) / kept, DOWN_DAY[0]), DOWN_DAY[1])
    previous = None
    while True:
        scale = _Scale(first, 12.0, per_day, cuts)
        bands = {kind: _Lanes() for kind in BANDS_RIGHT}
        extents = [(m, *scale.extent(m)) for m in marks]
        spots = [(m, a, b, bands[m.kind].put(a, b)) for m, a, b in extents]
        count = {kind: len(lanes.taken) for kind, lanes in bands.items()}
        if previous is not None and sum(count.values()) >= sum(previous[1].values()):
            scale, count, spots = previous[0], previous[1], previous[2]  # taller did not help
            break
        if sum(count.values()) <= DOWN_LANES or days * per_day * 1.5 > DOWN_MAX:
            break
        previous = (scale, count, spots)
        per_day *= 1.5
    left, x = {}, DOWN_AXIS + 6.0
    for kind in BANDS_RIGHT:
        left[kind] = x
        x += count[kind] * LANE + (GAP if count[kind] else 0)
    column = x + 8

    def centre(kind: str, lane: int) -> float:
        if kind == DAY:  # lane 0 nearest the labels: its leaders cross no other lane
            return left[kind] + (count[kind] - 1 - lane) * LANE + LANE / 2
        return left[kind] + lane * LANE + LANE / 2

    placed = []
    for m, a, b, lane in spots:
        c = centre(m.kind, lane)
        thick = BAR if m.kind in (WEEK, MONTH) else 2 * DOT
        placed.append(Placed(m, Box(c - thick / 2, a, thick, b - a)))
    width = max(float(DOWN_WIDTH), column + DOWN_LABEL_ROOM)
    _label_down(placed, keys, column, width)
    ticks = _ticks(_month_starts(first, days, cuts), scale, DOWN_STYLES, _down_tick_box, DOWN_MAX)
    bottom = max([p.box.y + p.box.h for p in placed] + [p.label_box.y + p.label_box.h for p in placed
                                                          if p.label_box] + [t.box.y + t.box.h for t in ticks if t.box])
    end = max(bottom, scale.at(first + timedelta(days=days)))
    return Layout(False, width, end + 10, (DOWN_AXIS, 12.0, DOWN_AXIS, end), ticks, placed, count, scale.zones())


def _down_tick_box(at: float, lines: tuple[str, ...]) -> Box:
    w = max(text_width(s) for s in lines)
    return Box(DOWN_AXIS - 8 - w, at + 2, w, 15.0 * len(lines) + 1)


def _label_down(placed: list[Placed], keys: Sequence[Mark], column: float, width: float) -> None:
    """Labels in the column right of the marks, each level with its mark or a little off, never on another."""
    rank = {id(m): i for i, m in enumerate(keys)}
    room = width - 4 - column
    taken: list[Box] = []
    for p in sorted((p for p in placed if id(p.mark) in rank), key=lambda p: rank[id(p.mark)]):
        lines = wrap_label(p.mark.text, room)
        if not lines:
            continue
        b, h = p.box, TEXT_H + 15 * (len(lines) - 1)
        levels = [b.y + b.h / 2] if b.h < 3 * TEXT_H else [b.y + TEXT_H / 2 + 2, b.y + b.h / 2]
        for y in levels:
            path = Box(b.x + b.w, y - 1, column - 8 - b.x - b.w, 2)  # the leader's level stretch
            if any(q is not p and q.box.meets(path) for q in placed):
                continue
            spot = next((Box(column, y + dy - h / 2, max(map(text_width, lines)), h) for dy in SHIFTS
                         if not any(t.meets(Box(column, y + dy - h / 2 - 2, room, h + 4)) for t in taken)), None)
            if spot is not None:
                p.label, p.label_box = lines, spot
                p.leader = (b.x + b.w + 2, y, column - 3, spot.y + spot.h / 2)
                taken.append(spot)
                break


# --- writing ----------------------------------------------------------------------------------

def _n(v: float) -> str:
    return f"{v:.1f}".removesuffix(".0")


def _shape(p: Placed) -> str:
    b, kind = p.box, p.mark.kind
    if kind == DAY:
        return f'<circle class="day" cx="{_n(b.x + b.w / 2)}" cy="{_n(b.y + b.h / 2)}" r="{DOT}"/>'
    if kind == PUBLICATION:
        cx, cy = b.x + b.w / 2, b.y + b.h / 2
        return (f'<path class="publication" d="M{_n(cx)} {_n(cy - DOT)} l{DOT} {DOT} l-{DOT} {DOT} '
                f'l-{DOT} -{DOT} z"/>')
    return f'<rect class="{kind}" x="{_n(b.x)}" y="{_n(b.y)}" width="{_n(b.w)}" height="{_n(b.h)}" rx="2"/>'


def _mark(p: Placed) -> str:
    m = p.mark
    out = [f'<a class="mark" href="{escape(m.href)}" data-actors="{" ".join(m.actors)}" data-when="{escape(m.when)}">'
           f'<title>{escape(m.when)} — {escape(m.text)}</title>', _shape(p)]
    if p.leader:
        x1, y1, x2, y2 = p.leader
        out.append(f'<path class="leader" d="M{_n(x1)} {_n(y1)} H{_n(x2 - 5)} L{_n(x2)} {_n(y2)}"/>')
    if p.label_box:
        lb = p.label_box
        # a space ends each line but the last: the label reads as the words of the mark's name (WCAG 2.5.3)
        ends = [" "] * (len(p.label) - 1) + [""]
        spans = "".join(f'<tspan x="{_n(lb.x)}" dy="{0 if i == 0 else 15}">{escape(s)}{end}</tspan>'
                        for i, (s, end) in enumerate(zip(p.label, ends, strict=True)))
        out.append(f'<text class="label" y="{_n(lb.y + TEXT_H / 2 + 4.6)}">{spans}</text>')
    return "".join(out) + "</a>"


def _axis(layout: Layout) -> list[str]:
    x1, y1, x2, y2 = layout.axis
    out = ['<g class="axis" aria-hidden="true">']
    if layout.across:
        out.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}"/>')
    else:  # solid where time runs at its pace, dashed where a stretch without events is cut short
        ends = [y1, *(y for zone in layout.cuts for y in zone), y2]
        for i, (a, b) in enumerate(zip(ends, ends[1:], strict=False)):
            cut = ' class="cut"' if i % 2 else ""
            out.append(f'<line{cut} x1="{_n(x1)}" y1="{_n(a)}" x2="{_n(x1)}" y2="{_n(b)}"/>')
    for t in layout.ticks:
        if t.line:
            out.append(f'<line x1="{_n(t.at)}" y1="{_n(y1 - 5)}" x2="{_n(t.at)}" y2="{_n(y1 + 5)}"/>' if layout.across
                       else f'<line x1="{_n(x1 - 5)}" y1="{_n(t.at)}" x2="{_n(x1 + 5)}" y2="{_n(t.at)}"/>')
        if t.box is not None:
            anchor = "" if layout.across else ' text-anchor="end"'
            x = t.box.x if layout.across else t.box.x + t.box.w
            spans = "".join(f'<tspan x="{_n(x)}" dy="{0 if i == 0 else 15}">{escape(s)}</tspan>'
                            for i, s in enumerate(t.lines))
            out.append(f'<text class="tick-label"{anchor} y="{_n(t.box.y + 11.5)}">{spans}</text>')
    out.append("</g>")
    return out


def _svg(layout: Layout, desc: str, body: Sequence[str], overview: bool = False) -> str:
    view = "h" if layout.across else "v"
    name = f"frise-{view}"
    w, h = _n(layout.width), _n(math.ceil(layout.height))
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline{" overview" if overview else ""}" '
            f'width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="group" aria-labelledby="{name}-titre {name}-desc">'
            f'<title id="{name}-titre">Frise chronologique du dossier</title>'
            f'<desc id="{name}-desc">{escape(desc)}</desc>')
    wide = " timeline-scroll" if layout.width > (ACROSS_WIDTH if layout.across else DOWN_WIDTH) else ""
    return (f'<div class="timeline-view timeline-{view}{wide}">\n{head}\n' + "\n".join(body) + "\n</svg>\n</div>")


def _describe(marks: Sequence[Mark], skipped: int) -> str:
    events = [m for m in marks if m.kind != PUBLICATION]
    first, last = min(m.start for m in marks), max(m.end for m in marks)
    out = (f"{len(events)} événement{'s' * (len(events) != 1)} daté{'s' * (len(events) != 1)} (points pour un jour, "
           f"barres pour une semaine ou un mois) et {len(marks) - len(events)} publication"
           f"{'s' * (len(marks) - len(events) != 1)} d’articles (losanges), du {format_date_fr(first)} "
           f"au {format_date_fr(last)}.")
    if skipped:
        out += f" {skipped} événement{'s' * (skipped != 1)} daté{'s' * (skipped != 1)} à l’année seulement n’y figure" \
               f"{'nt' * (skipped != 1)} pas."
    return out


def timeline_svg(entries: Sequence[Entry], publications: Sequence[Publication],
                 slugs: Mapping[str, str] | None = None, root: str = "") -> str:
    """Both drawings of the frieze (across, down), each in its <div>; "" when nothing can be drawn."""
    marks = marks_of(entries, publications, slugs, root)
    if not marks:
        return ""
    desc = _describe(marks, sum(e.precision == YEAR for e in entries))
    keys = key_marks(marks)
    out = []
    for layout in (across(marks, keys=keys), down(marks, keys=keys)):
        said = desc + (" Les longues périodes sans événement y sont raccourcies (en pointillé)." * bool(layout.cuts))
        out.append(_svg(layout, said, [*_axis(layout), '<g class="marks">',
                                       *(_mark(p) for p in layout.placed), "</g>"]))
    return "\n".join(out)


# --- the overview of a split chronology ---------------------------------------------------------

OVERVIEW_BAR = 80  # the busiest page's bar, across
OVERVIEW_STEP = 8  # at least this wide a bar, across: more pages make the drawing wider


def overview_layouts(pages: Sequence[ChronologyPage]) -> tuple[Layout, Layout]:
    """The overview across (a bar per page, as high as its items, named under the axis) and down (a row per page)."""
    counts = [len(p.items) for p in pages]
    top = max(counts)
    width = max(float(ACROSS_WIDTH), len(pages) * OVERVIEW_STEP + 2.0 * EDGE)
    step, axis = (width - 2 * EDGE) / len(pages), OVERVIEW_BAR + 10.0
    h = Layout(True, width, axis + 30, (EDGE, axis, width - EDGE, axis))
    names = [p.title for p in pages]
    h.ticks = _overview_ticks(pages, step)
    column = min(max(map(text_width, names)), DOWN_WIDTH * 0.6) + 8
    v = Layout(False, DOWN_WIDTH, len(pages) * ROW + 12, (column - 4, 6.0, column - 4, len(pages) * ROW + 6))
    room = DOWN_WIDTH - column - text_width(f" {top}") - 10
    for i, (page, n) in enumerate(zip(pages, counts, strict=True)):
        mark = Mark(MONTH, date.min, date.min, page.path, page.title, f"{n} entrée{'s' * (n > 1)}")
        bar = max(2.0, OVERVIEW_BAR * n / top)
        h.placed.append(Placed(mark, Box(EDGE + i * step + 1, axis - bar, max(step - 2, 1), bar)))
        y = 6 + i * ROW
        name = short_label(page.title, column - 8)
        v.placed.append(Placed(mark, Box(column, y + (ROW - BAR) / 2, max(2.0, room * n / top), BAR), (name,),
                               Box(column - 8 - text_width(name), y + (ROW - TEXT_H) / 2, text_width(name), TEXT_H)))
    return h, v


def _overview_ticks(pages: Sequence[ChronologyPage], step: float) -> list[Tick]:
    """Each page named under its bar when the names fit, else each year under its first page."""
    axis = OVERVIEW_BAR + 10.0
    named = [Tick(EDGE + i * step, (p.title,), Box(EDGE + i * step + 3, axis + 5, text_width(p.title), TEXT_H))
             for i, p in enumerate(pages)]
    if _spaced([t.box for t in named if t.box], EDGE + len(pages) * step + EDGE - 2):
        return named
    out: list[Tick] = []
    year = ""
    for i, page in enumerate(pages):
        if page.key[:4] == year:
            continue
        year = page.key[:4]
        box = Box(EDGE + i * step + 3, axis + 5, text_width(year), TEXT_H)
        last = out[-1].box if out else None
        if last is None or box.x > last.x + last.w + GAP:
            out.append(Tick(EDGE + i * step, (year,), box))
    return out


def _overview_mark(p: Placed, across_: bool) -> str:
    m, b = p.mark, p.box
    out = [f'<a class="mark" href="{escape(m.href)}" data-when="{escape(m.when)}">'
           f'<title>{escape(m.when)} : {escape(m.text)}</title>'
           f'<rect class="month" x="{_n(b.x)}" y="{_n(b.y)}" width="{_n(b.w)}" height="{_n(b.h)}"/>']
    if not across_ and p.label_box:
        lb = p.label_box
        y = _n(lb.y + lb.h / 2 + 4.6)
        out.append(f'<text class="label" x="{_n(lb.x + lb.w)}" y="{y}" text-anchor="end">{escape(p.label[0])}</text>'
                   f'<text class="label count" x="{_n(b.x + b.w + 4)}" y="{y}"> {escape(m.text.split()[0])}</text>')
    return "".join(out) + "</a>"


def overview_svg(pages: Sequence[ChronologyPage]) -> str:
    """A split chronology at a glance, both drawings: a bar per page, as long as its items, linking to it."""
    if not pages:
        return ""
    total = sum(len(p.items) for p in pages)
    desc = (f"{total} événements et publications sur {len(pages)} pages, de {pages[0].title} à {pages[-1].title} ; "
            "chaque barre mène à sa page.")
    out = []
    for layout in overview_layouts(pages):
        body = _axis(layout) if layout.across else [
            '<g class="axis" aria-hidden="true">'
            f'<line x1="{_n(layout.axis[0])}" y1="{_n(layout.axis[1])}" x2="{_n(layout.axis[2])}" '
            f'y2="{_n(layout.axis[3])}"/></g>']
        marks = [_overview_mark(p, layout.across) for p in layout.placed]
        out.append(_svg(layout, desc, [*body, '<g class="marks">', *marks, "</g>"], overview=True))
    return "\n".join(out)
