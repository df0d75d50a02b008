"""Temporal expressions in French and English, normalised against a reference date.

After HeidelTime (Strötgen & Gertz): named rules by expression type find the expressions, then
a normalisation step resolves the relative ones against the document's publication date,
using the tense of what governs each date (tense.py) and the usual year roll-over (a December
article's "en janvier" is next January, its "en septembre dernier" this September).  Every
expression records the name of the rule that found it.

Some expressions are relative to another date: « la veille », "two days later" to the date
the text last gave exactly (in the sentence, else in the sentences before it: find_dated
passes it on); « dix ans après la victoire », « au lendemain des attentats » date the event
they name from the date of their sentence (or of the publication, for a sentence in the
present).  They are read only when that date is exact enough.

Precision is kept: "day" (2015-11-24), "week" (il y a huit semaines), "month" (en
septembre dernier), "year" (en 2014).  An article without a publication date gets only
absolute expressions.  Words come from data/fr/ and data/en/ (calendar, numbers, timex).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from dossier import datewords
from dossier.chronology.tense import FUTURE, PAST, PRESENT, SentenceTense, lower_same_length, tense
from dossier.datewords import DAY, MONTH, WEEK, YEAR, alternation
from dossier.lexicon import stopwords
from dossier.text import fold

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


Y = r"(?:19|20)\d\d"
D = r"[0-3]?\d(?:er|st|nd|rd|th)?"
# "between October 10 and December 2 last year", « le 3 mars de l'année dernière »
REL_YEAR = (r"(?:,?\s+(?P<relyear>last year|next year|l'an dernier|l'an passe|l'annee derniere|l'an prochain|"
            r"l'annee prochaine|de l'annee derniere|de l'an dernier|de l'annee prochaine))?")
# « en 2014 morts », « de 2000 personnes »: a count, not a year (a word other than a function
# word right after the number)
NOT_A_COUNT = r"(?!\s*(?:%|\$|€|km|euros?|dollars?))"


def _specs() -> list[tuple[str, str, str]]:
    m = alternation(datewords.months())
    w = alternation(k for k in datewords.weekdays() if len(k) > 3)
    n = alternation(datewords.number_words())
    u = alternation(datewords.units())
    s = alternation(datewords.seasons())
    wd = rf"(?:(?P<weekday>{w})\.?,?\s+(?:le\s+)?)?"
    return [
        # du 13 au 14 novembre, from 2 to 26 August 2024, entre le 2 et le 5 mars
        ("period.days", "period",
         rf"\b(?:du|entre le|entre|from|between|de)\s+(?P<d1>{D})(?:\s+(?P<m1>{m})\.?)?\s+(?:au|et le|et|to|and|a)\s+"
         rf"(?P<day>{D})\s+(?P<month>{m})\b\.?(?:\s+(?P<year>{Y})\b)?{REL_YEAR}"),
        # between October 10 and December 2 last year
        ("period.month_days", "period",
         rf"\b(?:between|from)\s+(?P<m1>{m})\.?\s+(?P<d1>{D})\s+(?:and|to)\s+(?P<month>{m})\.?\s+(?P<day>{D})\b"
         rf"(?:,?\s+(?P<year>{Y})\b)?{REL_YEAR}"),
        # entre juin et octobre 2018, de mars à mai, between May and July 2016
        ("period.months", "period",
         rf"\b(?:entre|de|d'|from|between)\s*(?P<m1>{m})(?:\s+(?P<y1>{Y}))?\s+(?:et|a|au|to|and)\s+(?P<month>{m})\b"
         rf"(?:\s+(?P<year>{Y})\b)?"),
        # entre 2015 et 2019, de 2003 à 2010, from 2003 to 2010
        ("period.years", "period", rf"\b(?:entre|de|from|between)\s+(?P<y1>{Y})\s+(?:et|a|au|to|and)\s+(?P<year>{Y})\b"
                                   rf"{NOT_A_COUNT}"),
        # (mardi) 24 novembre (dernier|prochain), le 13-Novembre, Friday 4 August, 24 November
        ("daymonth.day_month", "daymonth",
         rf"\b{wd}(?P<day>{D})(?P<sep>\s+|-)(?P<month>{m})\b\.?(?:\s+(?P<dir>dernier|prochain))?{REL_YEAR}"),
        ("daymonth.month_day", "daymonth",
         rf"\b{wd}(?P<month>{m})\.?\s+(?P<day>{D})\b(?!\s*(?:,\s*)?{Y}|[.,]\d|\s*(?:%|h\b|:\d)){REL_YEAR}"),
        # début du mois d'octobre, fin mars, mi-novembre, the end of October
        ("month.part", "month",
         rf"\b(?P<part>debut|fin|milieu|mi|beginning|start|end|middle)\s*(?:-|du mois|of)?\s*(?:de |d'|of )?"
         rf"(?P<month>{m})\b(?:\s+(?P<year>{Y})\b)?(?:\s+(?P<dir>dernier|prochain))?"),
        # September 2015
        ("month.month_year", "month", rf"\b(?P<month>{m})\.?\s+(?P<year>{Y})\b"),
        # en septembre (dernier), last September, un dimanche de juillet, in March
        ("month.with_preposition", "month",
         rf"\b(?P<prep>en|depuis|des|jusqu'en|d'ici|au mois de|au mois d'|du mois de|du mois d'|courant|de|d'|in|"
         rf"since|by|until|early|late|mid-|last|next)\s*(?P<month>{m})\b(?:\s+(?P<dir>dernier|prochain))?"),
        # that December (the year of the date before it)
        ("month.that", "month_that", rf"\bthat\s+(?P<month>{m})\b"),
        # l'été 2022, cet été, last summer, l'été dernier
        ("season", "season",
         rf"\b(?:(?P<rel>cet|this|last|next|l'|le|the)\s*)?(?P<season>{s})\b(?:\s+(?:de\s+|of\s+)?(?P<year>{Y})\b|"
         rf"\s+(?P<dir>dernier|prochain))?"),
        # lundi (dernier|prochain), on Monday, last Monday, ce lundi
        ("weekday", "weekday", rf"\b(?:(?P<dir_en>last|next|this|on)\s+)?(?P<weekday>{w})\b"
                               rf"(?:\s+(?P<dir>dernier|prochain))?"),
        # hier, aujourd'hui, cette nuit, yesterday
        ("deictic", "deictic", rf"(?<![\w'-])(?P<deictic>{alternation(datewords.deictics())})(?![\w'-])"),
        # il y a huit semaines, three days ago
        ("ago.il_y_a", "ago", rf"\bil y a\s+(?P<n>\d+|{n})\s+(?P<unit>{u})\b"),
        ("ago.ago", "ago", rf"\b(?P<n>\d+|{n})\s+(?P<unit>{u})\s+ago\b"),
        # la semaine derniere, le mois prochain, l'an dernier, last week, next month
        ("unitrel.fr", "unitrel",
         r"\b(?:la |le |l')?(?P<unit>semaine|mois|an|annee)\s+(?P<dir>derniere?|prochaine?)\b"),
        ("unitrel.en", "unitrel", r"\b(?P<dir>last|next)\s+(?P<unit>week|month|year)\b(?!'s)"),
        # après 1946, 1954 et 2011; the Grand Slams of 1948 and 2009
        ("year.list", "year_list",
         rf"\b(?P<prep>en|in|of|de|apres|avant|after|before|depuis|since)\s+(?P<y1>{Y})"
         rf"(?P<rest>(?:\s*,\s*{Y})*\s*,?\s+(?:et|and|ou|or)\s+{Y})\b{NOT_A_COUNT}"),
        # en 2014, depuis 2011, in 2014 (not « le souvenir de 2013 »: a year named, no date given)
        ("year.with_preposition", "year",
         rf"\b(?P<prep>en|depuis|des|in|since|d'ici|by|apres|avant|after|before|until|jusqu'en)\s+"
         rf"(?P<year>{Y})\b{NOT_A_COUNT}"),
        # relative to another date: la veille, the next day, trois jours plus tard, dix ans après la victoire
        ("anaphor", "anaphor",
         rf"(?<![\w'-])(?P<anaphor>{alternation(datewords.anaphors())})(?![\w'-])"
         r"(?!\s+(?:de|d'|du|des|of)\b)"),
        ("later", "later", rf"\b(?P<n>\d+|{n})\s+(?P<unit>{u})\s+(?P<later>{alternation(datewords.later_words())})\b"),
        ("after", "after",
         rf"\b(?P<n>\d+|{n})\s+(?P<unit>{u})\s+(?P<after>{alternation(datewords.after_words())})(?=\s)"),
        ("eve", "eve", rf"(?<![\w'-])(?P<eve>{alternation(datewords.eves())})(?=\s+(?:de|d'|du|des|of|the|a|an|his|her|"
                       rf"its|their)\b)"),
    ]


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule, most specific first (an expression is taken by the first rule that matches it)."""
    w = alternation(k for k in datewords.weekdays() if len(k) > 3)
    dates = tuple(Rule("date." + re.sub(r"\W+", "_", form), "date",
                       re.compile(rf"(?<!\w)(?:(?P<weekday>{w})\.?,?\s+(?:le\s+)?)?{pat}(?!\w)"), form)
                  for form, pat in datewords.absolute_date_patterns())
    specs = tuple(Rule(name, kind, re.compile(p)) for name, kind, p in _specs())
    # a period first: « du 2 au 26 août 2024 » is two dates, not « 26 août 2024 » alone
    return tuple(r for r in specs if r.kind == "period") + dates + tuple(r for r in specs if r.kind != "period")


# Kinds whose value comes from another date of the text: resolved after the others, left to right.
ANAPHORIC = frozenset({"anaphor", "later", "after", "eve", "month_that"})


# --- normalisation -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Context:
    """What a relative expression is resolved against."""

    ref: date | None
    tense: str  # of what governs the expression
    before: tuple[Timex, ...] = ()  # the dates of the sentence before the expression, and the one last given before
    sentence_date: Timex | None = None  # another exact date of the sentence
    complement: Timex | None = None  # a date in what follows the expression (« au lendemain du 15 avril »)
    text: str = ""  # the folded sentence
    end: int = 0  # where the expression ends


Resolved = tuple[date | None, str]


def _candidates(month: int, day: int, ref: date) -> list[date]:
    out = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            out.append(date(y, month, day))
        except ValueError:
            continue
    return out


def _roll_year(month: int, day: int, ref: date, direction: str, weekday: int | None = None,
               max_days: int | None = None) -> date | None:
    """The year of a day and month without one: the closest to the reference, unless told.

    A weekday given with the date (« mardi 24 novembre ») picks the year where they agree.
    """
    candidates = _candidates(month, day, ref)
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


def _month_only(g: dict, ref: date, ctx: Context) -> Resolved:
    direction = PAST if g.get("prep") in ("depuis", "since") else _direction(g, ctx.tense)
    return _roll_year(_month(g["month"]), 1, ref.replace(day=1), direction), MONTH


def _weekday(g: dict, ref: date, ctx: Context) -> Resolved:
    direction = _direction(g, ctx.tense)
    target = datewords.weekdays()[g["weekday"]]
    told = bool(g.get("dir")) or g.get("dir_en") in ("last", "next")
    if direction == PAST or re.search(r"\b(?:depuis|since)\s+$", ctx.text[:max(0, ctx.end - len(g["weekday"]))]):
        back = (ref.weekday() - target) % 7
        if told:
            back = back or 7  # "lundi dernier" said on a Monday is a week ago
        return ref - timedelta(days=back), DAY
    delta = (target - ref.weekday()) % 7  # days forward to the next such day (0: today)
    if direction == FUTURE and told:
        delta = delta or 7
    if direction == NEAR and g["weekday"] in datewords.weekdays_of("en") and delta > 3:
        # English news tells past events in the past: a present "on Monday" is the closest one
        # ("Hail hit the Wheatbelt on Monday", "Merkel is in Paris on Wednesday")
        delta -= 7
    # French present tense: news present speaks of the coming days (« Paris envoie jeudi »)
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
    count = _count(g["n"])
    if count is None:
        return None, DAY
    n, unit = _span(count, datewords.units()[g["unit"]])
    anchor = _last_at(ctx.before, unit)
    if anchor is None or anchor.value is None:
        return None, DAY
    return _shift(anchor.value, n * datewords.later_words()[g["later"]], unit)


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


def _span(n: int, unit: str) -> tuple[int, str]:
    """« une semaine après » is seven days: a number of weeks counts in days."""
    return (7 * n, DAY) if unit == WEEK else (n, unit)


def _after(g: dict, ref: date | None, ctx: Context) -> Resolved:
    """« dix jours après les attentats »: the event named is that long before the sentence's date.

    « dix jours après les scrutins du 30 décembre »: the sentence's date is that long after the date
    (unless the sentence gives its own).  An event named is dated only to the day: « cinq ans après
    l'incendie » is better dated where the text names the fire.
    """
    count = _count(g["n"])
    if count is None:
        return None, DAY
    n, unit = _span(count, datewords.units()[g["unit"]])
    sign = datewords.after_words()[g["after"]]
    if ctx.complement is not None and ctx.complement.value is not None:
        if not _exact_enough(ctx.complement, unit) or _exact_enough(ctx.sentence_date, unit):
            return None, DAY
        return _shift(ctx.complement.value, sign * n, unit)
    anchor = _sentence_date(ref, ctx)
    if unit != DAY or _names_a_time(ctx) or anchor is None or anchor.value is None or not _exact_enough(anchor, DAY):
        return None, DAY
    return _shift(anchor.value, -n * sign, unit)


def _eve(g: dict, ref: date | None, ctx: Context) -> Resolved:
    """« au lendemain des attentats »: the event named is the day before the sentence's date.

    « au lendemain du 15 avril 2019 »: the day after that date.
    """
    if _exact_enough(ctx.complement, DAY) and ctx.complement is not None and ctx.complement.value is not None:
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


def resolve(rule: Rule, m: re.Match[str], ref: date | None, ctx: Context | str) -> Resolved:
    """Normalise one expression: absolute ones alone, relative ones against the reference date."""
    if isinstance(ctx, str):
        ctx = Context(ref, ctx)
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


def _period(m: re.Match[str], ref: date | None, ctx: Context) -> list[Part]:
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
        if g.get("year"):
            return date(int(g["year"]), month, 1), MONTH
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


def _year_list(m: re.Match[str]) -> list[Part]:
    """« après 1946, 1954 et 2011 »: each year."""
    found = [(m.start("y1"), m.end("y1"))] + [(m.start("rest") + y.start(), m.start("rest") + y.end())
                                              for y in re.finditer(Y, m.group("rest"))]
    return [(s, e, _year(int(m.string[s:e])), YEAR) for s, e in found]


# --- finding ---------------------------------------------------------------------------------------

def _ambiguous_month_ok(kind: str, m: re.Match[str], text: str, folded: str) -> bool:
    """"sept"/"mars"/"may" alone are a number, a planet, a modal: a month only where a month must be."""
    g = m.groupdict()
    word = g["month"].rstrip(".")
    original = text[m.start("month"):m.end("month")]
    if word == "may" and original[:1].islower():
        return False
    if original[:1].isupper() and word == "mars" and kind in ("month", "period"):
        return False
    after = folded[m.end("month"):]
    if kind == "daymonth" or (kind == "month" and (g.get("prep") or g.get("part")) and g.get("prep") != "de"):
        # « le 7 sept », « en mars les prix », « fin mars »; not « en sept jours »
        nxt = re.match(r"\s*([a-z][\w'-]*)", after)
        return not nxt or nxt.group(1) in stopwords() or nxt.group(1) in ("dernier", "prochain")
    return kind == "period"


def _is_count(folded: str, end: int) -> bool:
    """« en 2014 morts », « de 2000 personnes »: a plural noun right after the number makes it a count."""
    nxt = re.match(r"\s+([a-z][\w'-]*)", folded[end:])
    return nxt is not None and nxt.group(1)[-1] in "sx" and nxt.group(1) not in stopwords() \
        and nxt.group(1) not in datewords.function_words()


def _place_name(folded: str, start: int) -> bool:
    """« boulevard du 30 Juin », « place du 14-Juillet »: a date in a street's name."""
    before = re.search(r"([\w-]+)\s+(?:du|de la|des|of( the)?)\s+$", folded[:start])
    return before is not None and before.group(1) in datewords.place_nouns()


def _weekday_ok(m: re.Match[str], text: str, folded: str) -> bool:
    """Not « un dimanche de juillet », « tous les lundis », "for Saturday classes"."""
    if re.search(r"(?:^|\s)(?:un|chaque|tous les|les|a|every|each)\s+$", lower_same_length(text[:m.start()])):
        return False
    if m.group("dir_en") or m.group("dir") or m.group("weekday") not in datewords.weekdays_of("en"):
        return True
    # an English weekday used as a modifier: a noun follows it
    nxt = re.match(r"\s+([a-z][\w'-]*)", text[m.end():])
    return not nxt or fold(nxt.group(1)) in datewords.function_words() or nxt.group(1).endswith("ed")


# « plus de 2000 », "some 2000": a quantity before the number makes it a count
QUANTITY = re.compile(r"\b(?:plus|moins|pres|environ|over|about|some|nearly)\s+(?:de |d')?$")


def _acceptable(kind: str, m: re.Match[str], text: str, folded: str) -> bool:
    """Reject the traps: "sept personnes", "Mars" the planet, "may" the modal, "hier" as "formerly"."""
    g = m.groupdict()
    month = g.get("month")
    if month is not None and kind in ("daymonth", "month", "period") and not g.get("year") \
            and month.rstrip(".") in datewords.ambiguous_months() and not _ambiguous_month_ok(kind, m, text, folded):
        return False
    if month is not None and kind == "month" and text[m.start("month"):m.start("month") + 1].isupper() \
            and month == "mars":
        return False
    if kind in ("daymonth", "date", "period") and _place_name(folded, m.start()):
        return False
    years = kind in ("year", "year_list") or g.get("y1")
    if years and (_is_count(folded, m.end()) or QUANTITY.search(folded[:m.start()])):
        return False
    if kind == "weekday" and not _weekday_ok(m, text, folded):
        return False
    if kind == "deictic" and g["deictic"] == "hier":
        # "des capitales hier en delicatesse": "hier" as "until recently", without a past verb
        return tense(text) == PAST and not re.match(r"\s+(?:encore|en |ennemi|allie|rival)", folded[m.end():])
    return True


CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:|,\s*(?:et|mais|puis|alors que|tandis que|and|but|while)\s|\s(?:et|mais|and|but)\s)")


def _clause_around(breaks: list[tuple[int, int]], length: int, start: int, end: int) -> tuple[int, int]:
    """The clause holding a span: from the previous clause break to the next."""
    left = max((e for s, e in breaks if e <= start), default=0)
    right = min((s for s, e in breaks if s >= end), default=length)
    return left, right


def _is_stamp(text: str, spans: list[tuple[int, int]]) -> bool:
    """A sentence that is only a date ("30 Nov 2015", a related link's stamp) reports no event."""
    rest = list(text)
    for s, e in spans:
        rest[s:e] = " " * (e - s)
    return not re.search(r"[^\W\d_]{3,}", "".join(rest))


@dataclass(frozen=True)
class _Found:
    rule: Rule
    match: re.Match[str]
    end: int


def _matches(text: str, folded: str) -> list[_Found]:
    taken: list[tuple[int, int]] = []
    out = []
    for rule in rules():
        for m in rule.pattern.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken) or not _acceptable(rule.kind, m, text, folded):
                continue
            end = m.end() - 1 if folded[m.end() - 1] in ". " else m.end()  # "26 novembre." ends a sentence
            taken.append((m.start(), end))
            out.append(_Found(rule, m, end))
    return sorted(out, key=lambda f: (f.rule.kind in ANAPHORIC, f.match.start()))


def _context(f: _Found, out: list[Timex], ref: date | None, previous: tuple[Timex, ...], tense_: str,
             folded: str) -> Context:
    """What one expression is resolved against: the dates before it, the sentence's own, the one it names."""
    m = f.match
    ordered = sorted(out, key=lambda t: t.start)
    before = tuple(t for t in ordered if t.end <= m.start())
    stop = re.compile(r"[,;:]|" + CLAUSE_BREAK.pattern).search(folded, m.end())
    complement_end = stop.start() if stop else len(folded)
    complement = next((t for t in ordered if m.end() <= t.start < complement_end and t.kind not in ANAPHORIC), None)
    others = [t for t in ordered if t.precision == DAY and t.kind not in ANAPHORIC and t is not complement
              and not (m.end() <= t.start < complement_end)]
    own = min(others, key=lambda t: abs(t.start - m.start())) if others else None
    return Context(ref, tense_, previous + before, sentence_date=own, complement=complement, text=folded,
                   end=m.end())


def find_timexes(text: str, ref: date | None, lang: str | None = None,
                 previous: Sequence[Timex] = ()) -> list[Timex]:
    """Every temporal expression in a sentence, normalised against the reference date.

    `previous` holds the last dates the text gave before this sentence (« la veille » of them).
    """
    folded = fold(text)
    found = _matches(text, folded)
    if not found or _is_stamp(text, [(f.match.start(), f.end) for f in found]):
        return []
    tenses = SentenceTense(text, lang)
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(folded)]
    out: list[Timex] = []
    for f in found:
        m = f.match
        left, right = _clause_around(breaks, len(folded), m.start(), f.end)
        ctx = _context(f, out, ref, tuple(previous), tenses.of(m.start(), f.end, left, right), folded)
        if f.rule.kind in ("period", "year_list"):
            parts = _year_list(m) if f.rule.kind == "year_list" else _period(m, ref, ctx)
            out += [Timex(s, e, text[s:e], f.rule.kind, v, p, f.rule.name) for s, e, v, p in parts if v is not None]
            continue
        value, precision = resolve(f.rule, m, ref, ctx)
        if value is not None:
            out.append(Timex(m.start(), f.end, text[m.start():f.end], f.rule.kind, value, precision, f.rule.name))
    return sorted(out, key=lambda t: t.start)


def clause_spans(text: str, timexes: list[Timex]) -> list[tuple[int, int]]:
    """For each expression, the clause of the sentence that carries it (character span)."""
    folded = fold(text)
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(folded)]
    spans = []
    for t in timexes:
        left = max((e for s, e in breaks if e <= t.start), default=0)
        right = min((s for s, e in breaks if s >= t.end), default=len(text))
        spans.append((left, right))
    return spans


def carried(timexes: list[Timex], previous: Sequence[Timex] = ()) -> tuple[Timex, ...]:
    """The dates a following sentence counts from (« la veille », « trois ans plus tard »).

    The last date given, and the last exact to the day when that one is not.
    """
    given = [t for t in (*previous, *timexes) if t.value is not None and t.precision != WEEK]
    if not given:
        return ()
    last_day = next((t for t in reversed(given) if t.precision == DAY), None)
    keep = [t for t in (last_day, given[-1]) if t is not None]
    return tuple(replace(t, start=0, end=0) for t in dict.fromkeys(keep))


__all__ = ["CLAUSE_BREAK", "FUTURE", "NEAR", "PAST", "PRESENT", "Rule", "Timex", "clause_spans", "find_timexes",
           "carried", "lower_same_length", "resolve", "rules"]
