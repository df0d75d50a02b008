"""French and English calendar words, date formatting, and publication-date lines."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time

# Month words as news sites print them, with the abbreviations agencies use
# ("5 janv 2016 (AFP)", "Dec. 3, 2015").  Keys are accent-folded lower case.
MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
    # English
    "january": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}

MONTH_NAMES_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre")
WEEKDAY_NAMES_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Labels that say which date a line gives.  Checked in this order: "mis à jour"
# inside "Publié le …, mis à jour le …" must not make the first date an update.
PUBLISHED_LABELS = (
    r"publi[ée]e?\s+le", r"publi[ée]e?", r"mis\s+en\s+ligne\s+le", r"mis\s+en\s+ligne",
    r"premi[èe]re\s+publication\s*:?\s*(?:le)?", r"date\s+de\s+publication\s*:?", r"paru\s+le",
    r"posted(?:\s+on)?", r"published(?:\s+on)?", r"first\s+published(?:\s+on)?", r"issued(?:\s+on)?",
    r"cr[ée]{2}e?\s+le",
    r"cr[ée]{2}e?\s*:",
)
UPDATED_LABELS = (
    r"mis\s+[àa]\s+jour\s+le", r"mis\s+[àa]\s+jour", r"mise\s+[àa]\s+jour\s*:?\s*(?:le)?",
    r"derni[èe]re\s+mise\s+[àa]\s+jour\s*:?\s*(?:le)?", r"modifi[ée]e?\s+le", r"modifi[ée]e?",
    r"actualis[ée]e?\s+le", r"actualis[ée]e?", r"maj\s*:?\s*(?:le)?",
    r"(?:last\s+)?updated(?:\s+on)?", r"(?:last\s+)?modified(?:\s+on)?",
)


def fold(s: str) -> str:
    """Lower case without accents, one character for one, so offsets in the folded text stay valid."""
    out = []
    for c in s:
        base = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).lower()
        out.append(base if len(base) == 1 else c.lower())
    return "".join(out)


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH_WORDS = set(MONTHS) | {"février", "févr", "fév", "août", "décembre", "déc"}
_MONTH = rf"(?P<month>{_alt(_MONTH_WORDS)})\.?"
_WEEKDAY = rf"(?:(?:{_alt(WEEKDAYS)})\.?,?\s+)?"
_TIME = (r"(?:\s*(?:,|à|a|at|-|–|—|T)?\s*(?P<hour>[01]?\d|2[0-3])\s*(?:h|:|\.|H)\s*(?P<minute>[0-5]\d)?"
         r"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?:uhr|heures?))?(?:\s*(?:GMT|UTC|CET|CEST|ET|EST|EDT|BST|HNE))?)?")

DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    # 3 mars 2016, le mardi 3 mars 2016, 1er décembre 2015, 5 janv 2016
    ("day month year", rf"{_WEEKDAY}(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)"),
    # March 3, 2016 ; Dec. 3 2015
    ("month day, year", rf"{_WEEKDAY}{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"),
    # 2016-03-03, 2016-03-03T08:15
    ("iso", r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"),
    # 03/03/2016, 3.3.2016 (Swiss), 03-03-2016
    ("numeric",
     r"(?<![\d/.])(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d/])"),
    # 17/11/15 (20 Minutes): two-digit years, slashes or dots only
    ("numeric2", r"(?<![\d/.])(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<month>[01]?\d)(?P=sep)(?P<year>\d\d)(?![\d/.])"),
)

_COMPILED = tuple((name, re.compile(rf"(?<!\w){pat}{_TIME}", re.IGNORECASE)) for name, pat in DATE_PATTERNS)


@dataclass(frozen=True)
class DateMatch:
    """A calendar date found in a line, with its time when printed."""

    value: datetime
    has_time: bool
    start: int
    end: int


def _month_number(word: str) -> int | None:
    if word.isdigit():
        n = int(word)
        return n if 1 <= n <= 12 else None
    return MONTHS.get(fold(word).rstrip("."))


def _build(m: re.Match, name: str, lang: str | None) -> datetime | None:
    gd = m.groupdict()
    month = _month_number(gd["month"])
    day = int(gd["day"])
    year = int(gd["year"])
    if year < 100:
        year += 2000
    if name.startswith("numeric") and lang == "en" and month is not None and day <= 12 < int(gd["month"]):
        day, month = int(gd["month"]), day  # 3/15/2016 printed the US way
    elif name.startswith("numeric") and month is None and int(gd["month"]) <= 31 and day <= 12:
        day, month = int(gd["month"]), day
    if month is None:
        return None
    hour = minute = 0
    if gd.get("hour") is not None:
        hour = int(gd["hour"])
        minute = int(gd.get("minute") or 0)
        ampm = (gd.get("ampm") or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def find_dates(text: str, lang: str | None = None) -> list[DateMatch]:
    """Every absolute calendar date printed in the text, left to right, without overlaps."""
    found: list[DateMatch] = []
    for name, rx in _COMPILED:
        for m in rx.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            value = _build(m, name, lang)
            if value is not None:
                found.append(DateMatch(value, m.group("hour") is not None, m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


_PUB_RX = re.compile(rf"(?<!\w)(?:{'|'.join(PUBLISHED_LABELS)})(?!\w)", re.IGNORECASE)
_UPD_RX = re.compile(rf"(?<!\w)(?:{'|'.join(UPDATED_LABELS)})(?!\w)", re.IGNORECASE)
# "mis à jour à 10h02" with no date: an update the same day as the publication.
_UPD_TIME_ONLY = re.compile(
    rf"(?:{'|'.join(UPDATED_LABELS)})\s*(?:à|a|at)?\s*(?P<hour>[01]?\d|2[0-3])\s*[h:H.]\s*(?P<minute>[0-5]\d)?",
    re.IGNORECASE)


@dataclass(frozen=True)
class DateLine:
    """What a header line says about publication: dates and the text left over."""

    published: datetime | None
    updated: datetime | None
    rest: str  # the line without its dates and labels ("Par Jean Dupont")


def parse_date_line(line: str, lang: str | None = None) -> DateLine | None:
    """Read a publication/update line ("Publié le 3 mars 2016 à 08h15, mis à jour à 10h02").

    Returns None when the line is not about publication: a sentence of the
    article that happens to hold a date is an event, not a publication date.
    """
    matches = find_dates(line, lang)
    if not matches:
        return None
    published = updated = None
    cursor = 0
    rest_parts = []
    for m in matches:
        before = line[cursor:m.start]
        rest_parts.append(before)
        upd_label = list(_UPD_RX.finditer(before))
        pub_label = list(_PUB_RX.finditer(before))
        last_upd = upd_label[-1].end() if upd_label else -1
        last_pub = pub_label[-1].end() if pub_label else -1
        if last_upd > last_pub:
            updated = updated or m.value
        elif published is None:
            published = m.value
        else:
            updated = updated or m.value
        cursor = m.end
    tail = line[cursor:]
    if published is not None and updated is None:
        t = _UPD_TIME_ONLY.search(tail)
        if t:
            updated = datetime.combine(published.date(),
                                       time(int(t.group("hour")), int(t.group("minute") or 0)))
            tail = tail[:t.start()] + tail[t.end():]
    rest_parts.append(tail)
    rest = "".join(rest_parts)
    rest = _UPD_RX.sub(" ", _PUB_RX.sub(" ", rest))
    # lower-case words only: "Le" in "Le Point.fr" is the outlet's name
    rest = re.sub(r"(?<!\w)(?:le|the|on|à|at|a)(?!\w)", " ", rest)
    rest = re.sub(r"[\s,;|·•\-–—:()]+", " ", rest).strip()
    # A date line is mostly date: a long remainder means a sentence with a date in it.
    if len(rest.split()) > 6:
        return None
    return DateLine(published, updated, rest)


def format_date_fr(value: date | datetime | None, with_weekday: bool = False) -> str:
    """Format a date in French words without system locales: « 18 novembre 2015 »."""
    if value is None:
        return "date inconnue"
    day = "1er" if value.day == 1 else str(value.day)
    out = f"{day} {MONTH_NAMES_FR[value.month - 1]} {value.year}"
    if with_weekday:
        out = f"{WEEKDAY_NAMES_FR[value.weekday()]} {out}"
    return out


def format_month_fr(value: date | datetime) -> str:
    """Format a month in French words: « septembre 2015 »."""
    return f"{MONTH_NAMES_FR[value.month - 1]} {value.year}"


def parse_iso(value: str) -> datetime:
    """Parse an editor's date ("2015-11-18", "2015-11-18 08:15", "18/11/2015")."""
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    found = find_dates(value)
    if len(found) == 1:
        return found[0].value
    raise ValueError(f"not a date: {value!r} (write it as YYYY-MM-DD or YYYY-MM-DD HH:MM)")
