"""Publication and update lines of a pasted page: « Publié le 3 mars 2016 à 08h15, mis à jour à 10h02 ».

A line is read against what the page says of its dates (:class:`DateContext`): the order of
day and month in numeric dates (« 03/12/2015 » in French is 3 December, "12/3/15, 8:42 AM" in
English is 3 December too), and a reference year for the dates a site prints without one
(« Dernière mise à jour : 10/09 - 16:42 »).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dossier.datewords import DateMatch, days_around, deictics, find_dates, month_pattern, months
from dossier.text import fold

# Labels that say which date a line gives.  Checked in this order: "mis à jour"
# inside "Publié le …, mis à jour le …" must not make the first date an update.
PUBLISHED_LABELS = (
    r"publi[ée]e?\s+le", r"publi[ée]e?", r"mis\s+en\s+ligne\s+le", r"mis\s+en\s+ligne",
    r"premi[èe]re\s+publication\s*:?\s*(?:le)?", r"date\s+de\s+publication\s*:?", r"paru\s+le",
    r"posted(?:\s+on)?", r"published(?:\s+on)?", r"first\s+published(?:\s+on)?", r"issued(?:\s+on)?",
    r"cr[ée]{2}e?\s+le",
    r"cr[ée]{2}e?\s*:",
    # "Date 04.12.2015", « Date : 4 décembre 2015 » (a line's first word only: "to date" is no label)
    r"^\s*date\s*:?",
)
UPDATED_LABELS = (
    r"mis\s+[àa]\s+jour\s+le", r"mis\s+[àa]\s+jour", r"mise\s+[àa]\s+jour\s*:?\s*(?:le)?",
    r"derni[èe]re\s+mise\s+[àa]\s+jour\s*:?\s*(?:le)?", r"derni[èe]re\s+maj\s*:?\s*(?:le)?",
    r"modifi[ée]e?\s+le", r"modifi[ée]e?",
    r"actualis[ée]e?\s+le", r"actualis[ée]e?", r"maj\s*:?\s*(?:le)?",
    r"(?:last\s+)?updated(?:\s+on)?", r"(?:last\s+)?modified(?:\s+on)?",
)

_PUB_RX = re.compile(rf"(?<!\w)(?:{'|'.join(PUBLISHED_LABELS)})(?!\w)", re.IGNORECASE)
_UPD_RX = re.compile(rf"(?<!\w)(?:{'|'.join(UPDATED_LABELS)})(?!\w)", re.IGNORECASE)
# "mis à jour à 10h02" with no date: an update the same day as the publication.
_UPD_TIME_ONLY = re.compile(
    rf"(?:{'|'.join(UPDATED_LABELS)})\s*(?:à|a|at)?\s*(?P<hour>[01]?\d|2[0-3])\s*[h:H.]\s*(?P<minute>[0-5]\d)?",
    re.IGNORECASE)
# Time zones printed after a clock ("10:32 IST", "12:41 p.m. ET"): never an outlet's name.
TIME_ZONES = ("gmt", "utc", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst", "pdt", "bst",
              "ist", "hne", "hae", "aest", "aedt", "awst", "acst", "sgt", "hkt", "jst", "cat", "wat", "eat", "sast",
              "msk", "gst")
US_ZONES = ("et", "est", "edt", "ct", "cst", "cdt", "mt", "pt", "pst", "pdt")
_ZONE = rf"(?:{'|'.join(TIME_ZONES)})"
# A clock time printed before or after a date, or after a separator the date grammar does not
# read (« 30.11.15 | 10h00 », "27 November 2015 • 1:45 pm", "Published 12:41 p.m. ET Nov. 8").
CLOCK = re.compile(
    rf"(?<![\w:./])(?:à|a|at)?\s*(?P<hour>[01]?\d|2[0-3])\s*(?:(?P<sep>[h:])\s*(?P<minute>[0-5]\d)?|\.(?P<dot>[0-5]\d))"
    rf"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?(?:\s*(?:uhr|heures?))?(?:\s*(?P<zone>{_ZONE})\b)?(?![\w/])"
    rf"|(?<![\w:./])(?P<hour2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap]\.?\s?m\.?)(?:\s*(?P<zone2>{_ZONE})\b)?",
    re.IGNORECASE)
# A time zone left alone once the clock is read: capitals only (« et » is a word).
_ZONE_WORD = re.compile(rf"(?<!\w)(?:{'|'.join(z.upper() for z in TIME_ZONES)})(?!\w)")
_AMPM = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?", re.IGNORECASE)
_US_ZONE = re.compile(rf"\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:{'|'.join(US_ZONES)})\b", re.IGNORECASE)
# Dates printed without a year: « 10/09 », « 20 novembre », "Nov. 8".
_NO_YEAR_NUMERIC = re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)(?![\d/.]|\.\d)")
# « Le 20/11/2015 », "On 3 March 2016", « Du 3 mars »: a word that only introduces the date.
_DATE_LEAD = re.compile(r"(?:^|[\s|•·,;(-])(Le|Les|On|Du|Depuis)\s*$")
# What separates the pieces of a date line's rest (a byline, an editor, the outlet).
_PART_SEPARATORS = re.compile(r"\s+[—–|/•·]\s+|\s+-\s+|\s*\|\s*")
# The site's top bar, where it prints the day (« Mercredi 18 novembre 2015 »): this many first lines.
TODAY_LINES = 12
# A date alone on its line covers this share of it at least.
DATE_ALONE_SHARE = 0.8
# A date line is mostly date: a remainder longer than this is a sentence with a date in it.
REST_MAX_WORDS = 6
# Between a date and a clock, only this much separator (" • ", " | ", ", ", " - ").
CLOCK_GAP = 4


@dataclass(frozen=True)
class DateContext:
    """What a page says of how it prints dates: the order of numeric dates, a reference for year-less ones."""

    month_first: bool = False  # "12/3/15" is 3 December
    reference: date | None = None  # the latest full date the page prints
    today: date | None = None  # the day the page says it is (a date alone in its top bar): « hier » is the day before


NO_CONTEXT = DateContext()


def has_date_label(text: str) -> bool:
    """The text labels a date as a publication or an update (« Publié le », "Updated", « MAJ : »)."""
    return _PUB_RX.search(text) is not None or _UPD_RX.search(text) is not None


def page_context(texts: Iterable[str], lang: str | None) -> DateContext:
    """How a page prints its dates, from its own lines.

    A numeric date whose first number is above 12 settles day first, one whose second is, month
    first; otherwise an English page whose clocks say AM/PM or an American time zone prints the
    month first.  The reference is the latest full date the page prints.
    """
    day_first = month_first = us_clock = False
    latest: date | None = None
    today: date | None = None
    for i, t in enumerate(texts):
        found = find_dates(t)
        if i < TODAY_LINES and today is None and len(found) == 1 and not has_date_label(t) \
                and found[0].end - found[0].start >= DATE_ALONE_SHARE * len(t.strip()):
            today = found[0].value.date()  # « Mercredi 18 novembre 2015 » over the site's menu
        for m in found:
            latest = max(latest, m.value.date()) if latest else m.value.date()
            if m.form.startswith("numeric"):
                a, b = (int(x) for x in re.findall(r"\d+", t[m.start:m.end])[:2])
                day_first |= a > 12
                month_first |= b > 12
        us_clock |= bool(_AMPM.search(t) or _US_ZONE.search(t))
    if day_first == month_first:  # neither, or both (a page quoting another's dates)
        month_first = lang == "en" and us_clock
    return DateContext(month_first, latest, today)


def _numeric_order(m: DateMatch, line: str, ctx: DateContext) -> datetime:
    """A numeric date read in the page's order ("12/3/15" is 3 December on an American page)."""
    if not (ctx.month_first and m.form.startswith("numeric")):
        return m.value
    a, b = (int(x) for x in re.findall(r"\d+", line[m.start:m.end])[:2])
    if a <= 12 and b <= 12 and a != b:
        try:
            return m.value.replace(month=a, day=b)
        except ValueError:
            return m.value
    return m.value


@dataclass(frozen=True)
class DateLine:
    """What a header line says about publication: dates and the text left over."""

    published: datetime | None
    updated: datetime | None
    rest: str  # the line without its dates and labels ("Par Jean Dupont")
    # the rest as the line separates it: « Margaux Lenoir — Édité par Natacha Vidal — 8 novembre 2022 »
    parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Found:
    value: datetime
    start: int
    end: int


def _dates(line: str, ctx: DateContext) -> list[_Found]:
    """The dates of a line in the page's order, with year-less ones when the page gives a reference."""
    found = [_Found(_numeric_order(m, line, ctx), m.start, m.end) for m in find_dates(line)]
    if has_date_label(line):
        extra = [*(_yearless(line, ctx) if ctx.reference else ()), *(_relative(line, ctx) if ctx.today else ())]
        for start, end, value in extra:
            if not any(start < f.end and f.start < end for f in found):
                found.append(_Found(value, start, end))
        found.sort(key=lambda f: f.start)
    return found


def _relative(line: str, ctx: DateContext) -> Iterable[tuple[int, int, datetime]]:
    """« Publié hier à 14h05 », "Updated 2 hours ago", « Mis à jour il y a 3 jours », against the page's today."""
    assert ctx.today is not None
    folded = fold(line)
    for m in _relative_pattern().finditer(folded):
        if m.group("deictic"):
            days = deictics()[m.group("deictic")]
        else:
            count = m.group("n") or m.group("n2")
            unit = (m.group("unit") or m.group("unit2"))[:1]
            n = int(count) if count.isdigit() else 1
            days = -n if unit in ("j", "d") else 0
        yield m.start(), m.end(), datetime.combine(ctx.today + timedelta(days=days), time())


@lru_cache(maxsize=1)
def _relative_pattern() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in deictics()), key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?:(?P<deictic>{words})"
        r"|il y a\s+(?P<n>\d+|une?)\s*(?P<unit>minutes?|min|mn|heures?|h|jours?|j)"
        r"|(?P<n2>\d+|an?|one)\s*(?P<unit2>minutes?|mins?|hours?|hrs?|h|days?)\s+ago)(?!\w)")


def _yearless(line: str, ctx: DateContext) -> Iterable[tuple[int, int, datetime]]:
    """Dates without a year in a labelled line (« 10/09 - 16:42 », « le 20 novembre »), in the reference's year."""
    assert ctx.reference is not None
    folded = fold(line)
    for m in _NO_YEAR_NUMERIC.finditer(folded):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if ctx.month_first else (a, b)
        value = _near(ctx.reference, month, day)
        if value is not None:
            yield m.start(), m.end(), value
    for n in _named_no_year().finditer(folded):
        named = months().get((n.group("month") or n.group("month2")).rstrip("."))
        value = _near(ctx.reference, named, int(n.group("day") or n.group("day2"))) if named else None
        if value is not None:
            yield n.start(), n.end(), value


def _near(reference: date, month: int, day: int) -> datetime | None:
    """The date with this month and day nearest to the reference (« 10/09 » near 9 September 2023)."""
    options = days_around(month, day, reference.year)
    best = min(options, key=lambda d: abs((d - reference).days)) if options else None
    return datetime(best.year, best.month, best.day) if best else None


@lru_cache(maxsize=1)
def _named_no_year() -> re.Pattern[str]:
    """« 20 novembre », "Nov. 8": a day and a month word not followed by a year."""
    m = month_pattern()
    return re.compile(rf"(?<!\w)(?:(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\s+{m}|{m.replace('month', 'month2')}\s+"
                      rf"(?P<day2>[0-3]?\d)(?:er|st|nd|rd|th)?)(?!\w)(?!,?\s*(?:19|20)\d\d)")


def _clocks(line: str) -> list[tuple[int, int, time]]:
    """The clock times of a line: where each stands and the time it gives."""
    out = []
    for m in CLOCK.finditer(line):
        hour = m.group("hour") or m.group("hour2")
        minute = m.group("minute") or m.group("dot") or "0"
        if m.group("hour") and not (m.group("minute") or m.group("dot") or m.group("sep") == "h"
                                    or m.group("ampm")):
            continue  # "10:" alone, or a bare number
        h, mi = int(hour), int(minute)
        ampm = (m.group("ampm") or m.group("ampm2") or "").replace(".", "").replace(" ", "").lower()
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        if h < 24:
            out.append((m.start(), m.end(), time(h, mi)))
    return out


def _with_clocks(line: str, found: list[_Found]) -> tuple[list[_Found], list[tuple[int, int]]]:
    """Give a date without a time the clock printed right after or right before it; the clocks' spans."""
    spans = []
    out = list(found)
    for start, end, clock in _clocks(line):
        if any(start < f.end and f.start < end for f in found):
            continue  # the date grammar already read it ("03/03/2016 à 08:15")
        spans.append((start, end))
        for k, f in enumerate(out):
            if f.value.hour or f.value.minute:
                continue
            after = 0 <= start - f.end <= CLOCK_GAP and not re.search(r"\w", line[f.end:start])
            before = 0 <= f.start - end <= CLOCK_GAP + 6 and not re.search(r"\w{3,}", line[end:f.start])
            if after or before:
                out[k] = _Found(datetime.combine(f.value.date(), clock), f.start, f.end)
                break
    return out, spans


def parse_date_line(line: str, ctx: DateContext = NO_CONTEXT) -> DateLine | None:
    """Read a publication/update line ("Publié le 3 mars 2016 à 08h15, mis à jour à 10h02").

    Returns None when the line is not about publication: a sentence of the
    article that happens to hold a date is an event, not a publication date.
    """
    found = _dates(line, ctx)
    if not found:
        return None
    found, cut = _with_clocks(line, found)
    published = updated = None
    cursor = 0
    for f in found:
        before = line[cursor:f.start]
        upd_label = list(_UPD_RX.finditer(before))
        pub_label = list(_PUB_RX.finditer(before))
        last_upd = upd_label[-1].end() if upd_label else -1
        last_pub = pub_label[-1].end() if pub_label else -1
        if last_upd > last_pub:
            updated = updated or f.value
        elif published is None:
            published = f.value
        else:
            updated = updated or f.value
        cursor = f.end
    if published is not None and updated is None:
        t = _UPD_TIME_ONLY.search(line, cursor)
        if t:
            updated = datetime.combine(published.date(), time(int(t.group("hour")), int(t.group("minute") or 0)))
            cut.append((t.start(), t.end()))
    cut += [(f.start, f.end) for f in found]
    for f in found:  # « Le 20/11/2015 à 12h47 », "On 3 March 2016": the article or preposition of the date
        lead = _DATE_LEAD.search(line, 0, f.start)
        if lead:
            cut.append((lead.start(1), lead.end(1)))
    rest = "".join(" " if any(a <= k < b for a, b in cut) else c for k, c in enumerate(line))
    rest = _UPD_RX.sub(" ", _PUB_RX.sub(" ", rest))
    rest = _ZONE_WORD.sub(" ", rest)  # "Updated: Dec 05, 2023 10:32 IST"
    # lower-case words only: "Le" in "Le Point.fr" is the outlet's name
    rest = re.sub(r"(?<!\w)(?:le|the|on|à|at|a)(?!\w)", " ", rest)
    parts = tuple(squashed for p in _PART_SEPARATORS.split(rest) if (squashed := _squash_rest(p)))
    rest = _squash_rest(rest)
    if len(rest.split()) > REST_MAX_WORDS and not all(len(p.split()) <= REST_MAX_WORDS for p in parts):
        return None
    return DateLine(published, updated, rest, parts)


def _squash_rest(text: str) -> str:
    """What is left of a date line, its punctuation as spaces."""
    return re.sub(r"[\s,;|·•\-–—:()/]+", " ", text).strip()
