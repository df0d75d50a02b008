"""Calendar words per language, the one grammar of absolute dates, precisions, French date labels.

The words come from ``data/fr/`` and ``data/en/`` (calendar.txt, numbers.txt, timex.txt).
The grammar of absolute dates (« 3 mars 2016 », "March 3, 2016", 03/03/2016, 2016-03-03) is
written once, on folded text, and serves both the converter (publication lines) and the
chronology (dates inside sentences).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dossier import lexicon
from dossier.text import fold

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"
PRECISIONS = (DAY, WEEK, MONTH, YEAR)


def _calendar(lang: str, section: str) -> list[list[str]]:
    return [line.split() for line in lexicon.sections(f"{lang}/calendar.txt")[section]]


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Folded month word (full or abbreviated, French or English) -> month number."""
    out: dict[str, int] = {}
    for lang in lexicon.LANGUAGES:
        for number, forms in enumerate(_calendar(lang, "months"), start=1):
            for w in forms:
                out.setdefault(fold(w), number)
    return out


@lru_cache(maxsize=1)
def weekdays() -> dict[str, int]:
    """Folded weekday word -> 0 (Monday) … 6."""
    out: dict[str, int] = {}
    for lang in lexicon.LANGUAGES:
        for number, forms in enumerate(_calendar(lang, "weekdays")):
            for w in forms:
                out.setdefault(fold(w), number)
    return out


@lru_cache(maxsize=1)
def full_names() -> tuple[str, ...]:
    """Every full month and weekday name, French and English, as written in the data."""
    return tuple(forms[0] for lang in lexicon.LANGUAGES for section in ("months", "weekdays")
                 for forms in _calendar(lang, section))


@lru_cache(maxsize=1)
def _french() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (tuple(f[0] for f in _calendar("fr", "months")), tuple(f[0] for f in _calendar("fr", "weekdays")))


def month_name_fr(month: int) -> str:
    """« janvier » … « décembre »."""
    return _french()[0][month - 1]


@lru_cache(maxsize=1)
def _french_abbreviated() -> tuple[str, ...]:
    # calendar.txt gives each month's usual short form second (« janv », « sept »); « mars », « mai » have none
    return tuple(f"{forms[1]}." if len(forms) > 1 else forms[0] for forms in _calendar("fr", "months"))


def month_abbr_fr(month: int) -> str:
    """« janv. », « févr. », « mars » … « déc. »: the month as a short label (a timeline's axis)."""
    return _french_abbreviated()[month - 1]


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Folded number word -> value, vague quantities as about three (French and English)."""
    out: dict[str, int] = {}
    for lang in lexicon.LANGUAGES:
        for section in ("numbers", "about"):
            out.update({fold(w): int(v) for w, v in lexicon.valued(f"{lang}/numbers.txt", section).items()})
    return out


@lru_cache(maxsize=1)
def count_words() -> frozenset[str]:
    """Folded words that make the name after them a count of things (« dix-huit Rafale », "several Tornado")."""
    plural = {fold(w) for lang in lexicon.LANGUAGES for w in lexicon.sections(f"{lang}/numbers.txt")["plural"]}
    return frozenset({w for w, n in number_words().items() if n >= 2} | plural)


@lru_cache(maxsize=1)
def units() -> dict[str, str]:
    """Folded unit word (« semaines », "days") -> precision."""
    return {fold(w): v for lang in lexicon.LANGUAGES for w, v in lexicon.valued(f"{lang}/timex.txt", "units").items()}


@lru_cache(maxsize=1)
def deictics() -> dict[str, int]:
    """Folded deictic (« hier », "tomorrow") -> days from the publication date."""
    return {fold(w): int(v) for lang in lexicon.LANGUAGES
            for w, v in lexicon.valued(f"{lang}/timex.txt", "deictics").items()}


@lru_cache(maxsize=1)
def ambiguous_months() -> frozenset[str]:
    """Folded month words that are also common words (« sept », « mars », "may")."""
    return frozenset(fold(w) for lang in lexicon.LANGUAGES for w in lexicon.sections(f"{lang}/timex.txt")
                     ["ambiguous_months"])


def _timex_section(section: str, lang: str | None = None) -> tuple[str, ...]:
    """The entries of one section of fr/timex.txt then en/timex.txt, or of one language's (it may not have it)."""
    return tuple(e for lg in ((lang,) if lang else lexicon.LANGUAGES)
                 for e in lexicon.sections(f"{lg}/timex.txt").get(section, ()))


def _timex_values(section: str) -> dict[str, str]:
    return {fold(w): v for lang in lexicon.LANGUAGES if section in lexicon.sections(f"{lang}/timex.txt")
            for w, v in lexicon.valued(f"{lang}/timex.txt", section).items()}


@lru_cache(maxsize=1)
def anaphors() -> dict[str, int]:
    """Folded « la veille », "the next day" -> days from the date the text last gave."""
    return {w: int(v) for w, v in _timex_values("anaphors").items()}


@lru_cache(maxsize=1)
def eves() -> dict[str, int]:
    """Folded « au lendemain » (de + an event), "on the eve of" -> days from that event to the sentence's date."""
    return {w: int(v) for w, v in _timex_values("eves").items()}


@lru_cache(maxsize=1)
def later_words() -> dict[str, int]:
    """Folded « plus tard », "earlier" -> +1 or -1 (after or before the date last given)."""
    return {w: int(v) for w, v in _timex_values("later").items()}


@lru_cache(maxsize=1)
def after_words() -> dict[str, int]:
    """Folded « après », "before" -> +1 or -1 (the sentence's date after or before an event)."""
    return {w: int(v) for w, v in _timex_values("after").items()}


@lru_cache(maxsize=1)
def seasons() -> dict[str, tuple[int, int]]:
    """Folded season word -> the months it starts and ends in."""
    out = {}
    for w, v in _timex_values("seasons").items():
        start, end = v.split()
        out[w] = (int(start), int(end))
    return out


@lru_cache(maxsize=3)
def prospective_words(lang: str | None = None) -> tuple[str, ...]:
    """Words (lower case, with accents) after which what is dated is to come (« prévu », "due to")."""
    return tuple(w.lower() for w in _timex_section("prospective", lang))


@lru_cache(maxsize=1)
def past_forms() -> frozenset[str]:
    """Irregular English past tenses and participles ("said", "struck")."""
    return frozenset(w for line in _timex_section("past_forms", "en") for w in line.split())


@lru_cache(maxsize=1)
def not_past() -> frozenset[str]:
    """Words ending in -ed that are no past ("indeed")."""
    return frozenset(_timex_section("not_past"))


@lru_cache(maxsize=1)
def not_participles() -> frozenset[str]:
    """French words ending like a participle that are none (« lui », « tous »)."""
    return frozenset(w for line in _timex_section("not_participles", "fr") for w in line.split())


@lru_cache(maxsize=1)
def place_nouns() -> frozenset[str]:
    """Folded nouns that make the date after them a name (« boulevard du 30-Juin »)."""
    return frozenset(fold(w) for w in _timex_section("place_nouns"))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Folded function words: after a bare English weekday ("said Monday that"), after a year (« en 2020 avait »)."""
    return frozenset(fold(w) for line in _timex_section("function_words") for w in line.split())


@lru_cache(maxsize=2)
def weekdays_of(lang: str) -> frozenset[str]:
    """Folded weekday words of one language."""
    return frozenset(fold(w) for forms in _calendar(lang, "weekdays") for w in forms)


@lru_cache(maxsize=1)
def vague_numbers() -> frozenset[str]:
    """Folded number words that give no exact quantity ("a few", « quelques »)."""
    return frozenset(fold(w) for lang in lexicon.LANGUAGES for w in lexicon.valued(f"{lang}/numbers.txt", "about"))


@lru_cache(maxsize=1)
def month_abbreviations() -> frozenset[str]:
    """Short month words as written before a full stop ("Nov", "Sept", « janv »): no sentence ends there."""
    out: set[str] = set()
    for lang in lexicon.LANGUAGES:
        for forms in _calendar(lang, "months"):
            for w in forms[1:]:
                # « ils étaient sept. » ends a sentence: an abbreviation that is also a number only capitalised
                out |= {w.capitalize()} if fold(w) in number_words() else {w, w.lower(), w.capitalize()}
    return frozenset(out)


def alternation(words: Iterable[str]) -> str:
    """Regex alternation of words, longest first so that « septembre » wins over « sept »."""
    return "|".join(sorted((re.escape(w) for w in set(words)), key=len, reverse=True))


# --- the grammar of absolute dates, on folded text -------------------------------------------

@lru_cache(maxsize=1)
def month_pattern() -> str:
    """A month word with its optional abbreviation point, as the named group ``month``."""
    return rf"(?P<month>{alternation(months())})\.?"


ORDINAL = r"(?:er|st|nd|rd|th)?"
YEAR4 = r"(?P<year>(?:19|20)\d\d)"


@lru_cache(maxsize=1)
def absolute_date_patterns() -> tuple[tuple[str, str], ...]:
    """(name, pattern) of every form of an absolute calendar date, most specific first."""
    m = month_pattern()
    return (
        # 3 mars 2016, 1er décembre 2015, 5 janv 2016, 13 Nov. 2015
        ("day month year", rf"(?P<day>[0-3]?\d){ORDINAL}\s+{m},?\s+{YEAR4}"),
        # March 3, 2016 ; Dec. 3 2015
        ("month day, year", rf"{m}\s+(?P<day>[0-3]?\d){ORDINAL},?\s+{YEAR4}"),
        # 2016-03-03, 2016-03-03T08:15
        ("iso", r"(?P<year>(?:19|20)\d\d)-(?P<monthnum>[01]\d)-(?P<day>[0-3]\d)"),
        # 03/03/2016, 3.3.2016 (Swiss), 03-03-2016; 11/23/2015 printed the US way (the second number
        # up to 31: date_from_groups swaps it)
        ("numeric", r"(?<![\d/.])(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<monthnum>[0-3]?\d)(?P=sep)"
                    r"(?P<year>(?:19|20)\d\d)(?![\d/])"),
        # 17/11/15 (20 Minutes): two-digit years, slashes or dots only
        ("numeric2", r"(?<![\d/.])(?P<day>[0-3]?\d)(?P<sep>[/.])(?P<monthnum>[0-3]?\d)(?P=sep)(?P<year>\d\d)"
                     r"(?![\d/.])"),
    )


@lru_cache(maxsize=1)
def _weekday_prefix() -> str:
    return rf"(?:(?:{alternation(weekdays())})\.?,?\s+)?"


# A clock time after a date: "à 08h15", "08:15", "8.42 am", "10h02 GMT"
TIME = (r"(?:\s*(?:,|à|a|at|-|t)?\s*(?P<hour>[01]?\d|2[0-3])\s*(?:h|:|\.)\s*(?P<minute>[0-5]\d)?"
        r"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?:uhr|heures?))?(?:\s*(?:gmt|utc|cet|cest|et|est|edt|bst|hne))?)?")


@lru_cache(maxsize=2)
def _compiled(with_affixes: bool) -> tuple[tuple[str, re.Pattern[str]], ...]:
    if with_affixes:
        return tuple((name, re.compile(rf"(?<!\w){_weekday_prefix()}{pat}{TIME}"))
                     for name, pat in absolute_date_patterns())
    return tuple((name, re.compile(rf"(?<!\w){pat}(?!\w)")) for name, pat in absolute_date_patterns())


@dataclass(frozen=True)
class DateMatch:
    """A calendar date found in a text: its value, the form it was written in, where it is."""

    value: datetime
    form: str
    start: int
    end: int


def _month_number(gd: dict) -> int | None:
    if gd.get("monthnum") is not None:
        n = int(gd["monthnum"])
        return n if 1 <= n <= 12 else None
    return months().get(gd["month"].rstrip("."))


def date_from_groups(gd: dict, form: str) -> datetime | None:
    """The date a match of one form of the grammar gives (its named groups); None when it is no date."""
    month = _month_number(gd)
    day = int(gd["day"])
    year = int(gd["year"])
    if year < 100:
        year += 2000
    if form.startswith("numeric") and month is None and int(gd["monthnum"]) <= 31 and day <= 12:
        day, month = int(gd["monthnum"]), day  # 3/15/2016 printed the US way
    if month is None:
        return None
    hour, minute = _clock(gd)
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def _clock(gd: dict) -> tuple[int, int]:
    if gd.get("hour") is None:
        return 0, 0
    hour, minute = int(gd["hour"]), int(gd.get("minute") or 0)
    ampm = (gd.get("ampm") or "").replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return hour, minute


def find_dates(text: str, with_affixes: bool = True) -> list[DateMatch]:
    """Every absolute calendar date in the text, left to right, without overlaps.

    With affixes, a weekday before the date and a clock time after it are part of the match
    (publication lines); without, only the date itself (dates inside sentences).
    """
    folded = fold(text)
    found: list[DateMatch] = []
    for name, rx in _compiled(with_affixes):
        for m in rx.finditer(folded):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            value = date_from_groups(m.groupdict(), name)
            if value is not None:
                found.append(DateMatch(value, name, m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def days_around(month: int, day: int, year: int) -> list[date]:
    """A day and month in the year before, the year itself and the year after, where it exists (29 February)."""
    out = []
    for y in (year - 1, year, year + 1):
        try:
            out.append(date(y, month, day))
        except ValueError:
            continue
    return out


def parse_iso(value: str) -> datetime:
    """Parse an editor's date ("2015-11-18", "2015-11-18 08:15", "18/11/2015"); ValueError says what to write."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)  # 2015-11-18T08:15+01:00: the wall clock
    except ValueError:
        pass
    found = find_dates(value)
    if len(found) == 1:
        return found[0].value
    raise ValueError(f"not a date: {value!r} (write it as YYYY-MM-DD or YYYY-MM-DD HH:MM)")


# --- French labels ------------------------------------------------------------------------------

def format_date_fr(value: date | datetime | None, with_weekday: bool = False) -> str:
    """A date in French words without system locales: « 18 novembre 2015 »."""
    if value is None:
        return "date inconnue"
    day = "1er" if value.day == 1 else str(value.day)
    out = f"{day} {month_name_fr(value.month)} {value.year}"
    if with_weekday:
        out = f"{_french()[1][value.weekday()]} {out}"
    return out


def format_month_fr(value: date | datetime) -> str:
    """A month in French words: « septembre 2015 »."""
    return f"{month_name_fr(value.month)} {value.year}"


def label_fr(value: date, precision: str) -> str:
    """A date at its precision: « 24 novembre 2015 », « semaine du 21 septembre 2015 », « septembre 2015 », « 2015 »."""
    if precision == DAY:
        return format_date_fr(value)
    if precision == WEEK:
        return f"semaine du {format_date_fr(value)}"
    if precision == MONTH:
        return format_month_fr(value)
    return str(value.year)


def iso_at(value: date, precision: str) -> str:
    """ISO form at a precision: 2015-11-24, 2015-W38, 2015-09, 2015."""
    if precision == DAY:
        return value.isoformat()
    if precision == WEEK:
        y, w, _ = value.isocalendar()
        return f"{y}-W{w:02d}"
    if precision == MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return f"{value.year:04d}"
