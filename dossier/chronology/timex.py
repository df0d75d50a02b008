"""Temporal expressions in French and English, found and normalised against a reference date.

After HeidelTime (Strötgen & Gertz): named rules by expression type find the expressions, then
the normalisation step (normalise.py) resolves the relative ones against the document's
publication date, using the tense of what governs each date (tense.py) and the usual year
roll-over (a December article's "en janvier" is next January, its "en septembre dernier" this
September).  Every expression records the name of the rule that found it.  Traps are refused
here: « sept personnes », « boulevard du 30 Juin », « en 2014 morts », "Saturday classes".

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from dossier import datewords
from dossier.chronology.normalise import (
    NEAR,
    Context,
    Rule,
    Timex,
    Y,
    period_dates,
    resolve,
    year_list_dates,
)
from dossier.chronology.tense import FUTURE, PAST, PRESENT, SentenceTense, lower_same_length, tense
from dossier.datewords import DAY, WEEK, alternation
from dossier.lexicon import stopwords
from dossier.text import fold

D = r"[0-3]?\d(?:er|st|nd|rd|th)?"
# "between October 10 and December 2 last year", « le 3 mars de l'année dernière »
REL_YEAR = (r"(?:,?\s+(?P<relyear>last year|next year|l'an dernier|l'an passe|l'annee derniere|l'an prochain|"
            r"l'annee prochaine|de l'annee derniere|de l'an dernier|de l'annee prochaine))?")
# a year after a preposition may be an old one (« depuis 1815 »)
YEARS = r"(?:1[5-9]|20)\d\d"
# « 2015 km », « 2000 euros »: an amount, not a year (a plural noun after it: _is_count)
NOT_A_COUNT = r"(?!\s*(?:%|\$|€|km|euros?|dollars?))"


def _specs() -> list[tuple[str, str, str, str]]:
    m = alternation(datewords.months())
    w = alternation(k for k in datewords.weekdays() if len(k) > 3)
    n = alternation(datewords.number_words())
    u = alternation(datewords.units())
    s = alternation(datewords.seasons())
    wd = rf"(?:(?P<weekday>{w})\.?,?\s+(?:le\s+)?)?"
    return [
        # du 13 au 14 novembre, from 2 to 26 August 2024, entre le 2 et le 5 mars, les 3 et 4 décembre
        ("period.days", "digit", "period",
         rf"\b(?:du|entre le|entre|from|between|de|les)\s+(?P<d1>{D})(?:\s+(?P<m1>{m})\.?)?\s+"
         rf"(?:au|et le|et|to|and|a)\s+(?P<day>{D})\s+(?P<month>{m})\b\.?(?:\s+(?P<year>{Y})\b)?{REL_YEAR}"),
        # between October 10 and December 2 last year
        ("period.month_days", "digit", "period",
         rf"\b(?:between|from)\s+(?P<m1>{m})\.?\s+(?P<d1>{D})\s+(?:and|to)\s+(?P<month>{m})\.?\s+(?P<day>{D})\b"
         rf"(?:,?\s+(?P<year>{Y})\b)?{REL_YEAR}"),
        # entre juin et octobre 2018, de mars à mai, between May and July 2016
        ("period.months", "month", "period",
         rf"\b(?:entre|de|d'|from|between)\s*(?P<m1>{m})(?:\s+(?P<y1>{Y}))?\s+(?:et|a|au|to|and)\s+(?P<month>{m})\b"
         rf"(?:\s+(?P<year>{Y})\b)?"),
        # entre 2015 et 2019, de 2003 à 2010, from 2003 to 2010
        ("period.years", "digit", "period",
         rf"\b(?:entre|de|from|between)\s+(?P<y1>{Y})\s+(?:et|a|au|to|and)\s+(?P<year>{Y})\b{NOT_A_COUNT}"),
        # (mardi) 24 novembre (dernier|prochain), le 13-Novembre, Friday 4 August, 24 November
        ("daymonth.day_month", "digit", "daymonth",
         rf"\b{wd}(?P<day>{D})(?P<sep>\s+|-)(?P<month>{m})\b\.?(?:\s+(?P<dir>dernier|prochain))?{REL_YEAR}"),
        ("daymonth.month_day", "digit", "daymonth",
         rf"\b{wd}(?P<month>{m})\.?\s+(?P<day>{D})\b(?!\s*(?:,\s*)?{Y}|[.,]\d|\s*(?:%|h\b|:\d)){REL_YEAR}"),
        # début du mois d'octobre, fin mars, mi-novembre, the end of October
        ("month.part", "month", "month",
         rf"\b(?P<part>debut|fin|milieu|mi|beginning|start|end|middle)\s*(?:-|du mois|of)?\s*(?:de |d'|of )?"
         rf"(?P<month>{m})\b(?:\s+(?P<year>{Y})\b)?(?:\s+(?P<dir>dernier|prochain))?"),
        # September 2015
        ("month.month_year", "digit", "month", rf"\b(?P<month>{m})\.?\s+(?P<year>{Y})\b"),
        # in January and July (of the year just before: "last year, in January and July")
        ("month.pair", "month", "period",
         rf"\b(?:en|in)\s+(?P<m1>{m})\s+(?:et|and)\s+(?:en\s+|in\s+)?(?P<month>{m})\b(?:\s+(?P<year>{Y})\b)?"),
        # en septembre (dernier), last September, un dimanche de juillet, in March, in August last year
        ("month.with_preposition", "month", "month",
         rf"\b(?P<prep>en|depuis|des|jusqu'en|d'ici|(?:au|du|le) mois d(?:e |')|courant|de|d'|in|"
         rf"since|by|until|early|late|mid-|last|next)\s*(?P<month>{m})\b(?:\s+(?P<dir>dernier|prochain))?{REL_YEAR}"),
        # « juillet avait été le mois le plus sec »: a French month needs no preposition (English
        # ones do: "May", "March" and "August" are other words too)
        ("month.bare", "month", "month", rf"(?<![\w'-])(?P<month>{alternation(_bare_months())})(?![\w'-])"),
        # "in all of June last year", « en juin de l'année dernière »
        ("month.rel_year", "month", "month",
         rf"\b(?P<month>{m})\b{REL_YEAR[:-1]}"),  # the year said, not optional
        # that December (the year of the date before it)
        ("month.that", "month", "month_that", rf"\bthat\s+(?P<month>{m})\b"),
        # l'été 2022, cet été, last summer, l'été dernier
        ("season", "season", "season",
         rf"\b(?:(?P<rel>cet|this|last|next|l'|le|the)\s*)?(?P<season>{s})\b(?:\s+(?:de\s+|of\s+)?(?P<year>{Y})\b|"
         rf"\s+(?P<dir>dernier|prochain))?"),
        # lundi (dernier|prochain), on Monday, last Monday, ce lundi
        ("weekday", "weekday", "weekday", rf"\b(?:(?P<dir_en>last|next|this|on)\s+)?(?P<weekday>{w})\b"
                               rf"(?:\s+(?P<dir>dernier|prochain))?"),
        # hier, aujourd'hui, cette nuit, yesterday
        ("deictic", "", "deictic", rf"(?<![\w'-])(?P<deictic>{alternation(datewords.deictics())})(?![\w'-])"),
        # il y a huit semaines, three days ago
        ("ago.il_y_a", "il_y_a", "ago", rf"\bil y a\s+(?P<n>\d+|{n})\s+(?P<unit>{u})\b"),
        ("ago.ago", "ago", "ago", rf"\b(?P<n>\d+|{n})\s+(?P<unit>{u})\s+ago\b"),
        # la semaine derniere, le mois prochain, l'an dernier, last week, next month
        ("unitrel.fr", "", "unitrel",
         r"\b(?:la |le |l')?(?P<unit>semaine|mois|an|annee)\s+(?P<dir>derniere?|prochaine?)\b"),
        ("unitrel.en", "", "unitrel", r"\b(?P<dir>last|next)\s+(?P<unit>week|month|year)\b(?!'s)"),
        # après 1946, 1954 et 2011; the Grand Slams of 1948 and 2009
        ("year.list", "digit", "year_list",
         rf"\b(?P<prep>en|in|of|de|apres|avant|after|before|depuis|since)\s+(?P<y1>{Y})"
         rf"(?P<rest>(?:\s*,\s*{Y})*\s*,?\s+(?:et|and|ou|or)\s+{Y})\b{NOT_A_COUNT}"),
        # fin 2018, the end of 2018, mi-2015
        ("year.part", "digit", "year",
         rf"\b(?P<prep>debut|fin|milieu|mi|beginning|start|end|middle)\s*(?:-|de l'annee|of)?\s*(?P<year>{YEARS})\b"
         rf"{NOT_A_COUNT}"),
        # en 2014, depuis 1815, in 2014, la crise de 2019, records that go back to 1877
        ("year.with_preposition", "digit", "year",
         rf"\b(?P<prep>en|depuis|des|in|since|d'ici|by|apres|avant|after|before|until|jusqu'en|de|back to)\s+"
         rf"(?P<year>{YEARS})\b{NOT_A_COUNT}"),
        # the 2005 floods, the 2018 report
        ("year.attributive", "digit", "year", rf"\b(?P<prep>the)\s+(?P<year>{YEARS})(?=\s+[a-z])"),
        # relative to another date: la veille, the next day, trois jours plus tard, dix ans après la victoire
        ("anaphor", "", "anaphor",
         rf"(?<![\w'-])(?P<anaphor>{alternation(datewords.anaphors())})(?![\w'-])"
         r"(?!\s+(?:de|d'|du|des|of)\b)"),
        ("later", "later", "later",
         rf"\b(?P<n>\d+|{n})\s+(?P<unit>{u})\s+(?P<later>{alternation(datewords.later_words())})\b"),
        # "two days after that", « deux jours après cela »: after the date last given
        ("later.that", "after", "later",
         rf"\b(?P<n>\d+|{n})\s+(?P<unit>{u})\s+(?P<after>{alternation(datewords.after_words())})\s+"
         rf"(?:that|this|cela|ca|quoi)\b"),
        ("after", "after", "after",
         rf"\b(?P<n>\d+|{n})\s+(?P<unit>{u})\s+(?P<after>{alternation(datewords.after_words())})(?=\s)"),
        ("eve", "", "eve",
         rf"(?<![\w'-])(?P<eve>{alternation(datewords.eves())})(?=\s+(?:de|d'|du|des|of|the|a|an|his|her|its|their)\b)"),
    ]


@lru_cache(maxsize=1)
def _bare_months() -> tuple[str, ...]:
    """French full month names that are no other word (« juillet », not « mars »)."""
    return tuple(fold(datewords.month_name_fr(n)) for n in range(1, 13)
                 if fold(datewords.month_name_fr(n)) not in datewords.ambiguous_months())


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every rule, most specific first (an expression is taken by the first rule that matches it)."""
    w = alternation(k for k in datewords.weekdays() if len(k) > 3)
    dates = tuple(Rule("date." + re.sub(r"\W+", "_", form), "date",
                       re.compile(rf"(?<!\w)(?:(?P<weekday>{w})\.?,?\s+(?:le\s+)?)?{pat}(?!\w)"), form, "digit")
                  for form, pat in datewords.absolute_date_patterns())
    specs = tuple(Rule(name, kind, re.compile(p), needs=needs) for name, needs, kind, p in _specs())
    # a period first: « du 2 au 26 août 2024 » is two dates, not « 26 août 2024 » alone
    return tuple(r for r in specs if r.kind == "period") + dates + tuple(r for r in specs if r.kind != "period")


@lru_cache(maxsize=1)
def prefilters() -> dict[str, re.Pattern[str]]:
    """Cheap tests on a folded sentence: a rule is tried only where its words could be (speed)."""
    def words(ws: Iterable[str]) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{alternation(ws)})\b")

    return {"digit": re.compile(r"\d"), "month": words(datewords.months()), "weekday": words(datewords.weekdays()),
            "season": words(datewords.seasons()), "ago": re.compile(r"\bago\b"), "il_y_a": re.compile(r"\bil y a\b"),
            "later": words(datewords.later_words()), "after": words(datewords.after_words())}


# Kinds whose value comes from another date of the text: resolved after the others, left to right.
ANAPHORIC = frozenset({"anaphor", "later", "after", "eve", "month_that"})


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
    """Not « un dimanche de juillet », « tous les lundis », « le Journal du dimanche », "for Saturday classes"."""
    if re.search(r"(?:^|\s)(?:un|chaque|tous les|les|a|every|each)\s+$", lower_same_length(text[:m.start()])):
        return False
    if re.search(r"\b[A-Z][\w'-]+\s+du\s+$", text[:m.start()]):
        return False  # a name (« le Journal du dimanche », « la Marche du vendredi »)
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
    if kind in ("daymonth", "date", "period", "month") and _place_name(folded, m.start()):
        return False
    told = g.get("prep") or g.get("part") or g.get("year") or g.get("relyear")
    if kind == "month" and month is not None and not told and not text[m.start("month"):m.end("month")].islower():
        return False  # « Juin » alone, capitalised, is a name
    years = kind in ("year", "year_list") or g.get("y1")
    if years and ((_is_count(folded, m.end()) and g.get("prep") != "the") or QUANTITY.search(folded[:m.start()])):
        return False
    if kind == "weekday" and not _weekday_ok(m, text, folded):
        return False
    if kind == "deictic" and text[m.start():m.start() + 1].isupper() and text[:m.start()].strip(" «\"“(-–—"):
        return False  # « l'association Henriville Demain »: a name
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


CLOCK_WORDS = frozenset({"min", "heures", "gmt", "utc", "cet", "cest", "bst", "edt", "est"})


def _is_stamp(text: str, spans: list[tuple[int, int]]) -> bool:
    """A sentence that is only a date ("30 Nov 2015", a related link's stamp) reports no event."""
    rest = list(text)
    for s, e in spans:
        rest[s:e] = " " * (e - s)
    words = re.findall(r"[^\W\d_]{3,}", "".join(rest))
    return not [w for w in words if fold(w) not in CLOCK_WORDS]  # « 15 mai 2018 à 8 h 12 min »


# « jusqu'à mardi soir », "until late February": the end of what goes on now, whatever the verb's
# tense (« a prolongé jusqu'à mardi », « se poursuivait jusqu'au 31 janvier »): the closest such date
UNTIL = re.compile(r"\b(?:jusqu'(?:a|au|en)|until|till|d'ici(?: a| au)?)\s+(?:le |la |l'|the )?$")


@dataclass(frozen=True)
class _Found:
    rule: Rule
    match: re.Match[str]
    end: int


def _matches(text: str, folded: str) -> list[_Found]:
    taken: list[tuple[int, int]] = []
    out = []
    passed: dict[str, bool] = {"": True}
    for rule in rules():
        if rule.needs not in passed:
            passed[rule.needs] = prefilters()[rule.needs].search(folded) is not None
        if not passed[rule.needs]:
            continue
        for m in rule.pattern.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken) or not _acceptable(rule.kind, m, text, folded):
                continue
            end = m.end() - 1 if folded[m.end() - 1] in ". " else m.end()  # "26 novembre." ends a sentence
            taken.append((m.start(), end))
            out.append(_Found(rule, m, end))
    return sorted(out, key=lambda f: (f.rule.kind in ANAPHORIC, f.match.start()))


def _complement_end(folded: str, end: int) -> int:
    """Where what follows « dix jours après », « au lendemain » ends: at the next comma (« et » may join two nouns)."""
    stop = COMPLEMENT_END.search(folded, end)
    return stop.start() if stop else len(folded)


COMPLEMENT_END = re.compile(r"[,;:]")


def _context(f: _Found, out: list[Timex], ref: date | None, previous: tuple[Timex, ...], tense_: str,
             folded: str) -> Context:
    """What one expression is resolved against: the dates before it, the sentence's own, the one it names."""
    m = f.match
    ordered = sorted(out, key=lambda t: t.start)
    before = tuple(t for t in ordered if t.end <= m.start())
    complement_end = _complement_end(folded, m.end())
    complement = next((t for t in ordered if m.end() <= t.start < complement_end and t.kind not in ANAPHORIC), None)
    others = [t for t in ordered if t.precision == DAY and t.kind not in ANAPHORIC and t is not complement
              and not (m.end() <= t.start < complement_end)]
    own = min(others, key=lambda t: abs(t.start - m.start())) if others else None
    return Context(ref, tense_, previous + before, sentence_date=own, complement=complement, text=folded,
                   end=m.end(), start=m.start())


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
        until = UNTIL.search(folded[max(0, m.start() - 20):m.start()])
        # « cinq jours après [que des hommes armés ont tué 130 personnes], la pression monte »: the
        # tense of the sentence, not of the event named
        end = _complement_end(folded, f.end) if f.rule.kind in ("after", "eve") else f.end
        tense_ = PRESENT if until else tenses.of(m.start(), end, left, max(right, end))
        ctx = _context(f, out, ref, tuple(previous), tense_, folded)
        if f.rule.kind in ("period", "year_list"):
            parts = year_list_dates(m) if f.rule.kind == "year_list" else period_dates(m, ref, ctx)
            out += [Timex(s, e, text[s:e], f.rule.kind, v, p, f.rule.name) for s, e, v, p in parts if v is not None]
            continue
        value, precision = resolve(f.rule, m, ref, ctx)
        if value is not None:
            out.append(Timex(m.start(), f.end, text[m.start():f.end], f.rule.kind, value, precision, f.rule.name))
    return _one_week(sorted(out, key=lambda t: t.start))


def _one_week(timexes: list[Timex]) -> list[Timex]:
    """Weekdays listed in their order in one sentence are days of one week.

    "On Monday, Cameron at the Elysée; on Tuesday, the White House; …": each verbless day may
    be read on its own towards another week; they go to the week most of them are in.
    """
    days = [(t, t.value) for t in timexes if t.rule == "weekday" and t.value is not None
            and not re.search(r"last|next|dernier|prochain", fold(t.text))]
    if len(days) < 3 or any(b.weekday() <= a.weekday() for (_, a), (_, b) in zip(days, days[1:], strict=False)):
        return timexes
    mondays = [v - timedelta(days=v.weekday()) for _, v in days]
    week = max(mondays, key=lambda m: (mondays.count(m), m == mondays[-1]))
    moved = {id(t): replace(t, value=week + timedelta(days=v.weekday())) for t, v in days}
    return [moved.get(id(t), t) for t in timexes]


def carried(timexes: list[Timex], previous: Sequence[Timex] = ()) -> tuple[Timex, ...]:
    """The dates a following sentence counts from (« la veille », « trois ans plus tard »).

    The last date given, and the last exact to the day when that one is not.
    """
    given: list[Timex] = []
    for t in (*previous, *timexes):
        day = next((g for g in reversed(given) if g.precision == DAY), None)
        eve = t.kind == "anaphor" and day is not None and day.value is not None and t.value is not None \
            and t.value < day.value
        if t.value is None or t.precision == WEEK or eve:
            continue  # « le 17. La veille, … Le lendemain »: the day after the 17th, not after the eve
        given.append(t)
    if not given:
        return ()
    last_day = next((t for t in reversed(given) if t.precision == DAY), None)
    keep = [t for t in (last_day, given[-1]) if t is not None]
    return tuple(replace(t, start=0, end=0) for t in dict.fromkeys(keep))


__all__ = ["CLAUSE_BREAK", "FUTURE", "NEAR", "PAST", "PRESENT", "Rule", "Timex", "find_timexes",
           "carried", "lower_same_length", "resolve", "rules"]

