"""Temporal expressions in French and English, normalised against a reference date.

After HeidelTime (Strötgen & Gertz): named rules by expression type find the expressions, then
a normalisation step resolves the relative ones against the document's publication date,
using the tense of the clause (tense.py) and the usual year roll-over (a December article's
"en janvier" is next January, its "en septembre dernier" this September).  Every expression
records the name of the rule that found it.

Precision is kept: "day" (2015-11-24), "week" (il y a huit semaines), "month" (en
septembre dernier), "year" (en 2014).  An article without a publication date gets only
absolute expressions.  Words come from data/fr/ and data/en/ (calendar, numbers, timex).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dossier import datewords
from dossier.chronology.tense import FUTURE, PAST, PRESENT, tense
from dossier.datewords import DAY, MONTH, WEEK, YEAR, alternation
from dossier.text import fold

NEAR = "near"  # no tense cue: the closest such date


@dataclass(frozen=True)
class Timex:
    """A temporal expression: where it is, what it says, its normalised value, the rule that found it."""

    start: int
    end: int
    text: str
    kind: str  # date, daymonth, month, weekday, deictic, ago, unitrel, year
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


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule, most specific first (an expression is taken by the first rule that matches it)."""
    m = alternation(datewords.months())
    w = alternation(k for k in datewords.weekdays() if len(k) > 3)
    n = alternation(datewords.number_words())
    u = alternation(datewords.units())
    d = alternation(datewords.deictics())
    dates = tuple(Rule("date." + re.sub(r"\W+", "_", form), "date", re.compile(rf"(?<!\w){pat}(?!\w)"), form)
                  for form, pat in datewords.absolute_date_patterns())
    specs = [
        # le 24 novembre (dernier|prochain), November 24, 24 November
        ("daymonth.day_month", "daymonth",
         rf"\b(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\s+(?P<month>{m})\b\.?(?:\s+(?P<dir>dernier|prochain))?"),
        ("daymonth.month_day", "daymonth",
         rf"\b(?P<month>{m})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d\d)"),
        # September 2015, en septembre (dernier), last September, debut decembre
        ("month.month_year", "month", rf"\b(?P<month>{m})\s+(?P<year>(?:19|20)\d\d)\b"),
        ("month.with_preposition", "month",
         rf"\b(?P<prep>en|depuis|des|jusqu'en|d'ici|au mois de|debut|fin|mi-|mi|courant|in|since|by|"
         rf"early|late|mid-|last|next|this)\s+(?P<month>{m})\b(?:\s+(?P<dir>dernier|prochain))?"),
        # lundi (dernier|prochain), on Monday, last Monday, next Monday
        ("weekday", "weekday", rf"\b(?:(?P<dir_en>last|next|this|on)\s+)?(?P<weekday>{w})\b"
                               rf"(?:\s+(?P<dir>dernier|prochain))?"),
        # hier, aujourd'hui, cette nuit, yesterday
        ("deictic", "deictic", rf"(?<![\w'-])(?P<deictic>{d})(?![\w'-])"),
        # il y a huit semaines, three days ago
        ("ago.il_y_a", "ago", rf"\bil y a\s+(?P<n>\d+|{n})\s+(?P<unit>{u})\b"),
        ("ago.ago", "ago", rf"\b(?P<n>\d+|{n})\s+(?P<unit>{u})\s+ago\b"),
        # la semaine derniere, le mois prochain, l'an dernier, last week, next month
        ("unitrel.fr", "unitrel",
         r"\b(?:la |le |l')?(?P<unit>semaine|mois|an|annee)\s+(?P<dir>derniere?|prochaine?)\b"),
        ("unitrel.en", "unitrel", r"\b(?P<dir>last|next|this)\s+(?P<unit>week|month|year)\b"),
        # en 2014, depuis 2011, in 2014 (not « en 2014 morts », a count)
        ("year.with_preposition", "year", r"\b(?P<prep>en|depuis|des|in|since|d'ici|by)\s+(?P<year>(?:19|20)\d\d)\b"
                                          r"(?!\s*(?:morts|personnes|km|euros|\$))"),
    ]
    return dates + tuple(Rule(name, kind, re.compile(p)) for name, kind, p in specs)


# --- normalisation -------------------------------------------------------------------------------

def _roll_year(month: int, day: int, ref: date, direction: str) -> date | None:
    """The year of a day and month without one: the closest to the reference, unless told."""
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == PAST:
        past = [c for c in candidates if c <= ref]
        return max(past) if past else None
    if direction == FUTURE:
        future = [c for c in candidates if c >= ref]
        return min(future) if future else None
    return min(candidates, key=lambda c: abs((c - ref).days))


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


Resolved = tuple[date | None, str]


def _daymonth(g: dict, ref: date, clause_tense: str) -> Resolved:
    day = int(g["day"])
    if not 1 <= day <= 31:
        return None, DAY
    return _roll_year(_month(g["month"]), day, ref, _direction(g, clause_tense)), DAY


def _month_only(g: dict, ref: date, clause_tense: str) -> Resolved:
    return _roll_year(_month(g["month"]), 1, ref.replace(day=1), _direction(g, clause_tense)), MONTH


def _weekday(g: dict, ref: date, clause_tense: str) -> Resolved:
    direction = _direction(g, clause_tense)
    target = datewords.weekdays()[g["weekday"]]
    told = bool(g.get("dir")) or g.get("dir_en") in ("last", "next")
    if direction == PAST or (direction == NEAR and g.get("dir_en") == "on" and clause_tense != FUTURE):
        back = (ref.weekday() - target) % 7
        if told:
            back = back or 7  # "lundi dernier" said on a Monday is a week ago
        return ref - timedelta(days=back), DAY
    delta = (target - ref.weekday()) % 7  # days forward to the next such day (0: today)
    if direction == FUTURE and told:
        delta = delta or 7
    # present tense: news present speaks of the coming days ("Paris envoie jeudi")
    return ref + timedelta(days=delta), DAY


def _deictic(g: dict, ref: date, clause_tense: str) -> Resolved:
    return ref + timedelta(days=datewords.deictics()[g["deictic"]]), DAY


def _ago(g: dict, ref: date, clause_tense: str) -> Resolved:
    n = int(g["n"]) if g["n"].isdigit() else datewords.number_words().get(g["n"])
    unit = datewords.units()[g["unit"]]
    if n is None:
        return None, DAY
    if unit == DAY:
        return (ref - timedelta(days=n) if n < ref.toordinal() else None), DAY
    if unit == WEEK:
        return _week_of(ref, -n), WEEK
    if unit == MONTH:
        return _shift_months(ref, -n), MONTH
    return _year(ref.year - n), YEAR


def _unitrel(g: dict, ref: date, clause_tense: str) -> Resolved:
    sign = -1 if g["dir"].startswith(("dernier", "last")) else (0 if g["dir"] == "this" else 1)
    unit = datewords.units()[g["unit"]]
    if unit == WEEK:
        return _week_of(ref, sign), WEEK
    if unit == MONTH:
        return _shift_months(ref, sign), MONTH
    return _year(ref.year + sign), YEAR


def _year(y: int) -> date | None:
    """1 January of a year, or None outside the calendar (« il y a 3000 ans »)."""
    return date(y, 1, 1) if date.min.year <= y <= date.max.year else None


# Relative kinds, resolved against the publication date.
RELATIVE: dict[str, Callable[[dict, date, str], Resolved]] = {
    "daymonth": _daymonth, "month": _month_only, "weekday": _weekday, "deictic": _deictic, "ago": _ago,
    "unitrel": _unitrel,
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
    return None


def resolve(rule: Rule, m: re.Match[str], ref: date | None, clause_tense: str) -> Resolved:
    """Normalise one expression: absolute ones alone, relative ones against the reference date."""
    g = m.groupdict()
    absolute = _absolute(rule, g)
    if absolute is not None:
        return absolute
    if ref is None:
        return None, DAY  # relative to a publication date the article does not have
    return RELATIVE[rule.kind](g, ref, clause_tense)


# --- finding ---------------------------------------------------------------------------------------

def _acceptable(kind: str, m: re.Match[str], text: str, folded: str) -> bool:
    """Reject the traps: "sept personnes", "Mars" the planet, "may" the modal, "hier" as "formerly"."""
    g = m.groupdict()
    month = g.get("month")
    if month is not None and kind in ("daymonth", "month"):
        word = month.rstrip(".")
        original = text[m.start("month"):m.end("month")]
        if word in datewords.ambiguous_months() and not g.get("year"):
            # "sept"/"mars"/"may" alone need a day number before them and no noun after
            if kind == "month" or not re.match(r"\s*(?:\d|dernier|prochain|$|[,.;)])", folded[m.end("month"):]):
                return False
            if word == "may" and original[:1].islower():
                return False
        if original[:1].isupper() and word == "mars" and kind == "month":
            return False
    if kind == "deictic" and g["deictic"] == "hier":
        # "des capitales hier en delicatesse": "hier" as "until recently", without a past verb
        return tense(text) == PAST and not re.match(r"\s+(?:encore|en |ennemi|allie|rival)", folded[m.end():])
    return True


CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:|,\s*(?:et|mais|puis|alors que|tandis que|and|but|while)\s|\s(?:et|mais|and|but)\s)")


def _clause_around(folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding a span: from the previous clause break to the next."""
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(folded)]
    left = max((e for s, e in breaks if e <= start), default=0)
    right = min((s for s, e in breaks if s >= end), default=len(folded))
    return left, right


def find_timexes(text: str, ref: date | None) -> list[Timex]:
    """Every temporal expression in a sentence, normalised against the reference date."""
    folded = fold(text)
    lower = text.lower()  # same offsets as folded (fold keeps one character for one)
    taken: list[tuple[int, int]] = []
    out: list[Timex] = []
    for rule in rules():
        for m in rule.pattern.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken) or not _acceptable(rule.kind, m, text, folded):
                continue
            left, right = _clause_around(folded, m.start(), m.end())
            # the verbs before the date, in its clause; a clause with none before takes its whole text
            local_tense = tense(lower[left:m.start()])
            if local_tense == PRESENT:
                local_tense = tense(lower[left:right])
            value, precision = resolve(rule, m, ref, local_tense)
            if value is None:
                continue
            end = m.end() - 1 if folded[m.end() - 1] == "." else m.end()  # "26 novembre." ends a sentence
            taken.append((m.start(), end))
            out.append(Timex(m.start(), end, text[m.start():end], rule.kind, value, precision, rule.name))
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
