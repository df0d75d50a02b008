"""The normalisation step: a temporal expression's value, against the publication date or another date.

timex.py finds the expressions; this module resolves them (after HeidelTime's normalisation):
relative ones against the publication date, in the direction the tense of what governs them
gives (tense.py), with the usual year roll-over; anchored ones (« la veille », « dix jours
après les attentats ») against the dates around them; periods and lists into each of their dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dossier import datewords
from dossier.chronology.tense import FUTURE, PAST, PRESENT
from dossier.datewords import DAY, MONTH, WEEK, YEAR

NEAR = "near"  # no tense cue: the closest such date
# A day and month whose tense points to a year further than this from the publication is the
# closest one after all: « le 6 janvier » initially planned, read on 9 January, is not next year's.
ROLL_OVER_MAX_DAYS = 200
PRECISION_RANK = {DAY: 0, WEEK: 1, MONTH: 2, YEAR: 3}


@dataclass(frozen=True)
class Timex:
    """A temporal expression: where it is, what it says, its normalised value, the rule that found it."""

    start: int
    end: int
    text: str
    kind: str  # date, daymonth, month, weekday, deictic, ago, unitrel, year, season, period, anaphor…
    value: date | None  # first day of the period; None when it cannot be resolved
    precision: str
    rule: str = ""

    @property
    def iso(self) -> str:
        """ISO form at its precision: 2015-11-24, 2015-W38, 2015-09, 2015."""
        return datewords.iso_at(self.value, self.precision) if self.value is not None else ""


@dataclass(frozen=True)
class Rule:
    """A named pattern on folded text and the kind of expression it finds."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    form: str = ""  # for absolute dates: the form of the grammar in dossier.datewords
    needs: str = ""  # the cheap test a sentence must pass for the pattern to be tried (timex.prefilters)


Y = r"(?:19|20)\d\d"  # a year, as the rules write it


@dataclass(frozen=True)
class Context:
    """What a relative expression is resolved against."""

    ref: date | None
    tense: str  # of what governs the expression
    before: tuple[Timex, ...] = ()  # the dates last given before the sentence, then those of the sentence before it
    sentence_date: Timex | None = None  # another exact date of the sentence
    complement: Timex | None = None  # a date in what follows the expression (« au lendemain du 15 avril »)
    text: str = ""  # the folded sentence
    end: int = 0  # where the expression ends
    start: int = 0  # where it starts


Resolved = tuple[date | None, str]


def _roll_year(month: int, day: int, ref: date, direction: str, weekday: int | None = None,
               max_days: int | None = None) -> date | None:
    """The year of a day and month without one: the closest to the reference, unless told.

    A weekday given with the date (« mardi 24 novembre ») picks the year where they agree.
    """
    candidates = datewords.days_around(month, day, ref.year)
    if weekday is not None and any(c.weekday() == weekday for c in candidates):
        candidates = [c for c in candidates if c.weekday() == weekday]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: abs((c - ref).days))
    told = [c for c in candidates if (c <= ref if direction == PAST else c >= ref)] \
        if direction in (PAST, FUTURE) else []
    if not told:
        return nearest if direction not in (PAST, FUTURE) or max_days is not None else None
    chosen = max(told) if direction == PAST else min(told)
    if max_days is not None and abs((chosen - ref).days) > max_days:
        return nearest
    return chosen


def _direction(g: dict[str, str | None], clause_tense: str) -> str:
    d = g.get("dir") or g.get("dir_en") or ""
    if d in ("dernier", "derniere", "last"):
        return PAST
    if d in ("prochain", "prochaine", "next"):
        return FUTURE
    return clause_tense if clause_tense in (PAST, FUTURE) else NEAR


def _month(word: str) -> int:
    return datewords.months()[word.rstrip(".")]


def _shift_months(ref: date, n: int) -> date | None:
    y, mth = divmod(ref.year * 12 + ref.month - 1 + n, 12)
    return date(y, mth + 1, 1) if date.min.year <= y <= date.max.year else None


def _week_of(ref: date, weeks: int) -> date | None:
    try:
        d = ref + timedelta(weeks=weeks)
    except OverflowError:
        return None
    return d - timedelta(days=d.weekday())


def _rel_year(g: dict, ref: date) -> int | None:
    rel = g.get("relyear")
    if not rel:
        return None
    return ref.year - 1 if rel.endswith(("last year", "dernier", "derniere", "passe")) else ref.year + 1


def _day(g: dict) -> int:
    return int(re.sub(r"\D", "", g["day"]))


def _daymonth(g: dict, ref: date, ctx: Context) -> Resolved:
    day = _day(g)
    if not 1 <= day <= 31:
        return None, DAY
    month = _month(g["month"])
    year = _rel_year(g, ref)
    if year is not None:
        try:
            return date(year, month, day), DAY
        except ValueError:
            return None, DAY
    direction = _direction(g, ctx.tense)
    if g.get("sep") == "-":
        direction = PAST  # « le 13-Novembre »: a day named after what happened on it
    weekday = datewords.weekdays()[g["weekday"]] if g.get("weekday") else None
    return _roll_year(month, day, ref, direction, weekday, ROLL_OVER_MAX_DAYS), DAY


def _year_just_before(ctx: Context) -> int | None:
    """"last year, in January and July", « en 2015, en janvier »: the year given right before a month."""
    last = ctx.before[-1] if ctx.before else None
    if last is None or last.value is None or last.precision != YEAR or last.end == 0:
        return None
    return last.value.year if re.fullmatch(r"\s*,?\s*", ctx.text[last.end:ctx.start]) else None


def _month_only(g: dict, ref: date, ctx: Context) -> Resolved:
    month = _month(g["month"])
    year = _rel_year(g, ref) or _year_just_before(ctx)
    if year is not None:
        return date(year, month, 1), MONTH
    since = g.get("prep") in ("depuis", "since") or re.search(r"\b(?:depuis|since)\s+$", ctx.text[:ctx.start])
    direction = PAST if since else _direction(g, ctx.tense)
    return _roll_year(month, 1, ref.replace(day=1), direction), MONTH


def _weekday(g: dict, ref: date, ctx: Context) -> Resolved:
    target = datewords.weekdays()[g["weekday"]]
    back = (ref.weekday() - target) % 7  # days back to the last such day (0: today)
    delta = (target - ref.weekday()) % 7  # days forward to the next such day (0: today)
    if g.get("dir_en") == "this" or re.search(r"\b(?:ce|cette)\s+$", ctx.text[:ctx.start]):
        # « ce lundi », "this Monday": the one of this week, whatever the verb (« fermés ce lundi »)
        return ref + timedelta(days=delta if delta <= 3 else -back), DAY
    direction = _direction(g, ctx.tense)
    told = bool(g.get("dir")) or g.get("dir_en") in ("last", "next")
    if direction == PAST or re.search(r"\b(?:depuis|since)\s+$", ctx.text[:ctx.start]):
        if told:
            back = back or 7  # "lundi dernier" said on a Monday is a week ago
        return ref - timedelta(days=back), DAY
    if direction == FUTURE and told:
        delta = delta or 7
    if direction == NEAR and delta > 3:
        # no tense: the closest such day (« Paris envoie jeudi le porte-avions » is to come, a
        # caption « Des policiers quittent un immeuble, mercredi matin » past; "Hail hit the
        # Wheatbelt on Monday", "Merkel is in Paris on Wednesday")
        return ref - timedelta(days=back), DAY
    return ref + timedelta(days=delta), DAY


def _deictic(g: dict, ref: date, ctx: Context) -> Resolved:
    return ref + timedelta(days=datewords.deictics()[g["deictic"]]), DAY


def _count(word: str) -> int | None:
    """An exact number ("3", « trois »); None for a vague one ("a few", « quelques »)."""
    if word.isdigit():
        return int(word)
    return None if word in datewords.vague_numbers() else datewords.number_words().get(word)


def _shift(value: date, n: int, unit: str) -> Resolved:
    """A date moved by n units, at the unit's precision (a week is no precision the chronology keeps)."""
    if unit == DAY:
        try:
            return value + timedelta(days=n), DAY
        except OverflowError:
            return None, DAY
    if unit == WEEK:
        return _week_of(value, n), WEEK
    if unit == MONTH:
        return _shift_months(value.replace(day=1), n), MONTH
    return _year(value.year + n), YEAR


def _ago(g: dict, ref: date, ctx: Context) -> Resolved:
    n = _count(g["n"])
    if n is None or n >= 10000:
        return None, DAY
    return _shift(ref, -n, datewords.units()[g["unit"]])


def _unitrel(g: dict, ref: date, ctx: Context) -> Resolved:
    sign = -1 if g["dir"].startswith(("dernier", "last")) else 1
    unit = datewords.units()[g["unit"]]
    if unit == WEEK:
        return _week_of(ref, sign), WEEK
    if unit == MONTH:
        return _shift_months(ref, sign), MONTH
    return _year(ref.year + sign), YEAR


def _season(g: dict, ref: date, ctx: Context) -> Resolved:
    """A season is dated by its year: « l'été 2022 », « cet été », "last summer"."""
    if g.get("year"):
        return _year(int(g["year"])), YEAR
    first, last = datewords.seasons()[g["season"]]
    rel = g.get("dir") or g.get("rel") or ""
    if rel in ("cet", "this"):
        return _year(ref.year), YEAR
    if rel in ("last", "dernier"):
        return _year(ref.year if ref.month > last else ref.year - 1), YEAR
    if rel in ("next", "prochain"):
        return _year(ref.year if ref.month < first else ref.year + 1), YEAR
    return None, YEAR  # « l'été » alone: which one is not said


def _year(y: int) -> date | None:
    """1 January of a year, or None outside the calendar (« il y a 3000 ans »)."""
    return date(y, 1, 1) if date.min.year <= y <= date.max.year else None


def _exact_enough(anchor: Timex | None, unit: str) -> bool:
    return anchor is not None and anchor.value is not None and PRECISION_RANK[anchor.precision] <= PRECISION_RANK[unit]


def _last_at(before: tuple[Timex, ...], unit: str) -> Timex | None:
    """The last date given before, exact at least to the unit (« trois ans plus tard » counts from « en 2019 »)."""
    return next((t for t in reversed(before) if _exact_enough(t, unit)), None)


def _anaphor(g: dict, ref: date | None, ctx: Context) -> Resolved:
    anchor = _last_at(ctx.before, DAY)
    if anchor is None or anchor.value is None:
        return None, DAY
    return _shift(anchor.value, datewords.anaphors()[g["anaphor"]], DAY)


def _later(g: dict, ref: date | None, ctx: Context) -> Resolved:
    """« trois jours plus tard », "two days after that": from the date last given."""
    count = _count(g["n"])
    span = _span(count, datewords.units()[g["unit"]]) if count is not None else None
    if span is None:
        return None, DAY
    n, unit = span
    anchor = ctx.before[-1] if ctx.before else None  # "next week and two days after that": no exact day
    if anchor is None or anchor.value is None or not _exact_enough(anchor, unit):
        return None, DAY
    sign = datewords.later_words()[g["later"]] if g.get("later") else datewords.after_words()[g["after"]]
    return _shift(anchor.value, n * sign, unit)


def _sentence_date(ref: date | None, ctx: Context) -> Timex | None:
    """The date of the sentence: another date it gives, else the publication's when it speaks in the present."""
    if ctx.sentence_date is not None:
        return ctx.sentence_date
    if ref is not None and ctx.tense == PRESENT:
        return Timex(0, 0, "", "ref", ref, DAY)
    return None


def _names_a_time(ctx: Context) -> bool:
    """« au lendemain d'une semaine intense »: what follows is a stretch of time, no event."""
    follow = re.match(r"\s*(?:de |d'|du |des |of )?(?:(?:la|le|l'|une|un|the|a|an|cette|this)\s*)?([\w-]+)",
                      ctx.text[ctx.end:])
    return follow is not None and follow.group(1) in {*datewords.units(), "nuit", "night", "soiree", "evening"}


def _span(n: int, unit: str) -> tuple[int, str] | None:
    """The count and unit of « dix jours », « trois ans »; None for weeks ("three weeks after" is no exact day)."""
    return None if unit == WEEK else (n, unit)


# between « au lendemain » and the date it counts from
RIGHT_AFTER = re.compile(r"\s*(?:de |du |d'|des |le |l'|of |the |on )?(?:le |the )?")


def _right_after(ctx: Context) -> bool:
    """The date follows the expression at once (« au lendemain du 15 avril », "two years after 13 November")."""
    start = ctx.complement.start if ctx.complement is not None else ctx.end
    return RIGHT_AFTER.fullmatch(ctx.text[ctx.end:start]) is not None


def _after(g: dict, ref: date | None, ctx: Context) -> Resolved:
    """« dix jours après les attentats »: the event named is that long before the sentence's date.

    « deux ans après le 13 novembre 2015 »: the sentence's date is that long after the date (unless
    the sentence gives its own); « dix jours après les scrutins du 30 décembre »: the event named is
    dated already.  An event named is dated only to the day: « cinq ans après l'incendie » is better
    dated where the text names the fire.
    """
    count = _count(g["n"])
    span = _span(count, datewords.units()[g["unit"]]) if count is not None else None
    if span is None:
        return None, DAY
    n, unit = span
    sign = datewords.after_words()[g["after"]]
    if ctx.complement is not None and ctx.complement.value is not None:
        if not _right_after(ctx) or not _exact_enough(ctx.complement, unit) or _exact_enough(ctx.sentence_date, unit):
            return None, DAY
        return _shift(ctx.complement.value, sign * n, unit)
    anchor = _sentence_date(ref, ctx)
    if unit != DAY or _names_a_time(ctx) or anchor is None or anchor.value is None or not _exact_enough(anchor, DAY):
        return None, DAY
    return _shift(anchor.value, -n * sign, unit)


def _eve(g: dict, ref: date | None, ctx: Context) -> Resolved:
    """« au lendemain des attentats »: the event named is the day before the sentence's date.

    « au lendemain du 15 avril 2019 »: the day after that date; « au lendemain des attentats du 13
    novembre »: the event named is dated already.
    """
    if ctx.complement is not None and ctx.complement.value is not None:
        if not _right_after(ctx) or not _exact_enough(ctx.complement, DAY):
            return None, DAY
        return _shift(ctx.complement.value, datewords.eves()[g["eve"]], DAY)
    if not re.search(r"(?:^|,)\s*$", ctx.text[:ctx.end - len(g["eve"])]):
        # « a rencontré Poutine le 26 novembre pour bâtir une coalition au lendemain des attentats »:
        # « au lendemain » inside a clause is « in the wake of »; set apart, it dates
        return None, DAY
    anchor = _sentence_date(ref, ctx)
    if _names_a_time(ctx) or not _exact_enough(anchor, DAY) or anchor is None or anchor.value is None:
        return None, DAY
    return _shift(anchor.value, -datewords.eves()[g["eve"]], DAY)


def _month_that(g: dict, ref: date | None, ctx: Context) -> Resolved:
    """"that December": the month in the year of the date before it in the sentence."""
    anchor = next((t for t in reversed(ctx.before) if t.value is not None and t.precision != WEEK), None)
    if anchor is None or anchor.value is None:
        return None, MONTH
    return date(anchor.value.year, _month(g["month"]), 1), MONTH


# Relative kinds, resolved against the publication date.
RELATIVE: dict[str, Callable[[dict, date, Context], Resolved]] = {
    "daymonth": _daymonth, "month": _month_only, "weekday": _weekday, "deictic": _deictic, "ago": _ago,
    "unitrel": _unitrel, "season": _season,
}
# Kinds resolved against another date of the text (the publication's may be missing).
ANCHORED: dict[str, Callable[[dict, date | None, Context], Resolved]] = {
    "anaphor": _anaphor, "later": _later, "after": _after, "eve": _eve, "month_that": _month_that,
}


def _absolute(rule: Rule, g: dict) -> Resolved | None:
    """The value of an expression that needs no reference date; None when the expression is relative."""
    kind = rule.kind
    if kind == "date":
        found = datewords.date_from_groups(g, rule.form)
        return (found.date() if found else None), DAY
    if kind == "month" and g.get("year"):
        return date(int(g["year"]), _month(g["month"]), 1), MONTH
    if kind == "year":
        return date(int(g["year"]), 1, 1), YEAR
    if kind == "season" and g.get("year"):
        return date(int(g["year"]), 1, 1), YEAR
    return None


def resolve(rule: Rule, m: re.Match[str], ref: date | None, ctx: Context) -> Resolved:
    """Normalise one expression: absolute ones alone, relative ones against the reference date."""
    g = m.groupdict()
    if rule.kind in ANCHORED:
        return ANCHORED[rule.kind](g, ref, ctx)
    absolute = _absolute(rule, g)
    if absolute is not None:
        return absolute
    if ref is None:
        return None, DAY  # relative to a publication date the article does not have
    return RELATIVE[rule.kind](g, ref, ctx)


# --- periods and lists: one match, several dates ---------------------------------------------------

Part = tuple[int, int, date | None, str]  # start, end, value, precision


def period_dates(m: re.Match[str], ref: date | None, ctx: Context) -> list[Part]:
    """« du 2 au 26 août 2024 », « entre juin et octobre 2018 », « entre 2015 et 2019 »: both ends."""
    g = m.groupdict()
    if g.get("y1"):
        if g.get("m1") is None:
            return [(m.start("y1"), m.end("y1"), _year(int(g["y1"])), YEAR),
                    (m.start("year"), m.end("year"), _year(int(g["year"])), YEAR)]
    end_value, precision = _period_end(g, ref, ctx)
    if end_value is None:
        return []
    first_month = _month(g["m1"]) if g.get("m1") else end_value.month
    year = int(g["y1"]) if g.get("y1") else end_value.year - (first_month > end_value.month)
    try:
        start_value = date(year, first_month, int(re.sub(r"\D", "", g["d1"])) if g.get("d1") else 1)
    except ValueError:
        return []
    first = [k for k in ("d1", "m1", "y1") if g.get(k)]
    second = [k for k in ("day", "month", "year", "relyear") if g.get(k)]
    return [(min(m.start(k) for k in first), max(m.end(k) for k in first), start_value, precision),
            (min(m.start(k) for k in second), max(m.end(k) for k in second), end_value, precision)]


def _period_end(g: dict, ref: date | None, ctx: Context) -> Resolved:
    month = _month(g["month"])
    if g.get("day") is None:  # months
        year = int(g["year"]) if g.get("year") else _year_just_before(ctx)
        if year is not None:
            return date(year, month, 1), MONTH
        return (_roll_year(month, 1, ref.replace(day=1), _direction({}, ctx.tense)), MONTH) if ref else (None, MONTH)
    day = _day(g)
    year = int(g["year"]) if g.get("year") else (_rel_year(g, ref) if ref else None)
    if year is not None:
        try:
            return date(year, month, day), DAY
        except ValueError:
            return None, DAY
    if ref is None:
        return None, DAY
    return _roll_year(month, day, ref, _direction({}, ctx.tense), None, ROLL_OVER_MAX_DAYS), DAY


def year_list_dates(m: re.Match[str]) -> list[Part]:
    """« après 1946, 1954 et 2011 »: each year."""
    found = [(m.start("y1"), m.end("y1"))] + [(m.start("rest") + y.start(), m.start("rest") + y.end())
                                              for y in re.finditer(Y, m.group("rest"))]
    return [(s, e, _year(int(m.string[s:e])), YEAR) for s, e in found]


