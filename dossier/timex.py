"""Temporal expressions in French and English, normalised against a reference date.

After HeidelTime (Strötgen & Gertz): rules by expression type find the expressions, then a
normalisation step resolves the relative ones against the document's publication date,
using the tense of the clause ("a salué mercredi" is the past Wednesday, "va demander
lundi" the coming Monday) and the usual year roll-over (a December article's "en janvier"
is next January, its "en septembre dernier" this September).

Precision is kept: "day" (2015-11-24), "week" (il y a huit semaines), "month" (en
septembre dernier), "year" (en 2014).  An article without a publication date gets only
absolute expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dossier.dates import MONTHS, WEEKDAYS, fold

DAY, WEEK, MONTH, YEAR = "day", "week", "month", "year"

# Month words that are also ordinary words need company to be a month: "sept" is seven,
# "mars" a planet, "may" an English modal, "mai" a syllable inside words.
AMBIGUOUS_MONTHS = frozenset({"sept", "mars", "may", "mar", "jan", "dec", "oct", "nov", "sep", "jun", "jul", "aug",
                              "apr", "feb", "fev", "avr", "juil", "janv", "fevr"})
NUMBER_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
                "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "quelques": 3, "several": 3, "few": 3}
UNITS = {"jour": DAY, "jours": DAY, "day": DAY, "days": DAY, "semaine": WEEK, "semaines": WEEK, "week": WEEK,
         "weeks": WEEK, "mois": MONTH, "month": MONTH, "months": MONTH, "an": YEAR, "ans": YEAR, "annee": YEAR,
         "annees": YEAR, "year": YEAR, "years": YEAR}
DEICTIC = {"aujourd'hui": 0, "ce matin": 0, "ce soir": 0, "cet apres-midi": 0, "cette nuit": 0, "hier": -1,
           "hier soir": -1, "hier matin": -1, "avant-hier": -2, "demain": 1, "apres-demain": 2,
           "today": 0, "this morning": 0, "tonight": 0, "this evening": 0, "this afternoon": 0, "last night": -1,
           "yesterday": -1, "tomorrow": 1}

_M = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_W = "|".join(sorted((re.escape(w) for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))
_N = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_U = "|".join(sorted(UNITS, key=len, reverse=True))
_D = "|".join(sorted((re.escape(d) for d in DEICTIC), key=len, reverse=True))

# Rules by expression type, on folded text (lower case, no accents), most specific first.
RULES: tuple[tuple[str, re.Pattern], ...] = tuple((name, re.compile(p)) for name, p in (
    # 13 novembre 2015, 1er decembre 2015, November 13, 2015, 13 Nov. 2015
    ("date", rf"\b(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\s+(?P<month>{_M})\.?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    ("date", rf"\b(?P<month>{_M})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
    ("date", r"\b(?P<day>[0-3]?\d)/(?P<monthnum>[01]?\d)/(?P<year>(?:19|20)\d\d)\b"),
    # le 24 novembre (dernier|prochain), November 24, 24 November
    ("daymonth", rf"\b(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?\s+(?P<month>{_M})\b\.?(?:\s+(?P<dir>dernier|prochain))?"),
    ("daymonth", rf"\b(?P<month>{_M})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?(?:19|20)\d\d)"),
    # en septembre (dernier|2015), September 2015, last September, debut decembre
    ("month", rf"\b(?P<month>{_M})\s+(?P<year>(?:19|20)\d\d)\b"),
    ("month", rf"\b(?P<prep>en|depuis|des|jusqu'en|d'ici|au mois de|debut|fin|mi-|mi|courant|in|since|by|"
              rf"early|late|mid-|last|next|this)\s+(?P<month>{_M})\b(?:\s+(?P<dir>dernier|prochain))?"),
    # lundi (dernier|prochain), on Monday, last Monday, next Monday
    ("weekday", rf"\b(?:(?P<dir_en>last|next|this|on)\s+)?(?P<weekday>{_W})\b(?:\s+(?P<dir>dernier|prochain))?"),
    # hier, aujourd'hui, cette nuit, yesterday
    ("deictic", rf"(?<![\w'-])(?P<deictic>{_D})(?![\w'-])"),
    # il y a huit semaines, three days ago
    ("ago", rf"\bil y a\s+(?P<n>\d+|{_N})\s+(?P<unit>{_U})\b"),
    ("ago", rf"\b(?P<n>\d+|{_N})\s+(?P<unit>{_U})\s+ago\b"),
    # la semaine derniere, le mois prochain, l'an dernier, last week, next month
    ("unitrel", r"\b(?:la |le |l')?(?P<unit>semaine|mois|an|annee)\s+(?P<dir>derniere?|prochaine?)\b"),
    ("unitrel", r"\b(?P<dir>last|next|this)\s+(?P<unit>week|month|year)\b"),
    # en 2014, depuis 2011, in 2014
    ("year", r"\b(?P<prep>en|depuis|des|in|since|d'ici|by)\s+(?P<year>(?:19|20)\d\d)\b"
             r"(?!\s*(?:morts|personnes|km|euros|\$))"),
))

# Tense cues, on lower-case text *with* its accents: folded, « à » would read as the auxiliary « a ».
PAST_MARKERS = re.compile(
    r"\b(?:a|ont|avait|avaient|as|ai|avons|avez|est|sont|était|étaient|fut|furent|eut|eurent)\s+"
    r"(?:(?:déjà|aussi|pas|plus|bien|encore|ensuite|alors|enfin|été)\s+){0,2}"
    r"\w+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|ort|ait)\b|\b\w{3,}(?:èrent|irent|urent)\b|"
    r"\b(?:said|told|was|were|had|did|met|made|went|announced|declared|\w{3,}ed)\b|\bdernière?\b|\blast\b|\bago\b")
FUTURE_MARKERS = re.compile(
    r"\b(?:va|vont|vais|allons|allez|devra|devront|devrait|devraient|doit|doivent|compte|comptent|prévoit|"
    r"prévoient|sera|seront|aura|auront|partira|partiront)\b|\b\w{2,}(?:era|eront|ira|iront|rait|raient)\b|"
    r"\b(?:will|shall|would|is to|are to|plans? to|is going to|are going to|next)\b|\bprochaine?\b")


@dataclass(frozen=True)
class Timex:
    """A temporal expression: where it is, what it says, its normalised value."""

    start: int
    end: int
    text: str
    kind: str  # date, daymonth, month, weekday, deictic, ago, unitrel, year
    value: date | None  # first day of the period; None when it cannot be resolved
    precision: str

    @property
    def iso(self) -> str:
        """ISO form at its precision: 2015-11-24, 2015-W38, 2015-09, 2015."""
        if self.value is None:
            return ""
        if self.precision == DAY:
            return self.value.isoformat()
        if self.precision == WEEK:
            y, w, _ = self.value.isocalendar()
            return f"{y}-W{w:02d}"
        if self.precision == MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return f"{self.value.year:04d}"


# "…, the envoy said." / "…, a déclaré le ministre.": the reporting verb is not the event's tense
REPORTING = re.compile(
    r",\s*(?:[\w'-]+\s+){0,4}(?:said|says|told|added|stated|announced)\b[^,]*$|"
    r",\s*(?:a|ont|avait)\s+(?:déclaré|indiqué|affirmé|précisé|ajouté|annoncé|expliqué|assuré|estimé|souligné|"
    r"rappelé|dit|confié)\b[^,]*$|,\s*(?:selon|d'après)\b[^,]*$")


def tense(clause: str) -> str:
    """"past", "future" or "present" of a clause: its last tense marker decides.

    The marker nearest the date wins: in "X said the talks would resume in December" the
    talks are future; in "a annoncé qu'il partira lundi", Monday is to come.
    """
    clause = REPORTING.sub("", clause.lower().replace("’", "'").rstrip(" ."))
    # "would stay closed", "will be handed": an -ed word after a future auxiliary is no past
    clause = re.sub(r"\b(will|would|shall|to)\s+(?:\w+\s+){0,2}?\w+ed\b", r"\1", clause)
    past = [m.start() for m in PAST_MARKERS.finditer(clause)]
    future = [m.start() for m in FUTURE_MARKERS.finditer(clause)]
    if not past and not future:
        return "present"
    if future and (not past or future[-1] >= past[-1]):
        return "future"
    return "past"


def _num(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".")]


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
    if direction == "past":
        past = [c for c in candidates if c <= ref]
        return max(past) if past else None
    if direction == "future":
        future = [c for c in candidates if c >= ref]
        return min(future) if future else None
    return min(candidates, key=lambda c: abs((c - ref).days))


def _direction(m: re.Match, clause_tense: str) -> str:
    d = (m.groupdict().get("dir") or m.groupdict().get("dir_en") or "")
    if d in ("dernier", "derniere", "last"):
        return "past"
    if d in ("prochain", "prochaine", "next"):
        return "future"
    return {"past": "past", "future": "future"}.get(clause_tense, "near")


def _resolve(kind: str, m: re.Match, ref: date | None, clause_tense: str) -> tuple[date | None, str]:
    g = m.groupdict()
    if kind == "date":
        month = int(g["monthnum"]) if g.get("monthnum") else _month(g["month"])
        try:
            return date(int(g["year"]), month, int(g["day"])), DAY
        except ValueError:
            return None, DAY
    if kind == "month" and g.get("year"):
        return date(int(g["year"]), _month(g["month"]), 1), MONTH
    if kind == "year":
        return date(int(g["year"]), 1, 1), YEAR
    if ref is None:
        return None, DAY  # relative to a publication date the article does not have
    direction = _direction(m, clause_tense)
    if kind == "daymonth":
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None, DAY
        return _roll_year(_month(g["month"]), day, ref, direction), DAY
    if kind == "month":
        month = _month(g["month"])
        first = _roll_year(month, 1, ref.replace(day=1), direction)
        return first, MONTH
    if kind == "weekday":
        target = WEEKDAYS[g["weekday"]]
        delta = (target - ref.weekday()) % 7  # days forward to the next such day (0: today)
        if direction == "past" or (direction == "near" and g.get("dir_en") == "on" and clause_tense != "future"):
            back = (ref.weekday() - target) % 7
            if g.get("dir") or g.get("dir_en") == "last":
                back = back or 7  # "lundi dernier" said on a Monday is a week ago
            return ref - timedelta(days=back), DAY
        if direction == "future":
            if g.get("dir") or g.get("dir_en") == "next":
                delta = delta or 7
            return ref + timedelta(days=delta), DAY
        # present tense: news present speaks of the coming days ("Paris envoie jeudi")
        return ref + timedelta(days=delta), DAY
    if kind == "deictic":
        return ref + timedelta(days=DEICTIC[g["deictic"]]), DAY
    if kind == "ago":
        n = _num(g["n"])
        unit = UNITS[g["unit"]]
        if n is None:
            return None, DAY
        if unit == DAY:
            return ref - timedelta(days=n), DAY
        if unit == WEEK:
            d = ref - timedelta(weeks=n)
            return d - timedelta(days=d.weekday()), WEEK
        if unit == MONTH:
            y, mth = divmod(ref.year * 12 + ref.month - 1 - n, 12)
            return date(y, mth + 1, 1), MONTH
        return date(ref.year - n, 1, 1), YEAR
    if kind == "unitrel":
        sign = -1 if g["dir"].startswith(("dernier", "last")) else (0 if g["dir"] == "this" else 1)
        unit = UNITS[g["unit"]]
        if unit == WEEK:
            d = ref + timedelta(weeks=sign)
            return d - timedelta(days=d.weekday()), WEEK
        if unit == MONTH:
            y, mth = divmod(ref.year * 12 + ref.month - 1 + sign, 12)
            return date(y, mth + 1, 1), MONTH
        return date(ref.year + sign, 1, 1), YEAR
    return None, DAY


def _acceptable(kind: str, m: re.Match, text: str, folded: str) -> bool:
    """Reject the traps: "sept personnes", "Mars" the planet, "may" the modal, "hier" as "formerly"."""
    g = m.groupdict()
    month = g.get("month")
    if month is not None:
        original = text[m.start("month"):m.end("month")]
        if month.rstrip(".") in AMBIGUOUS_MONTHS and kind in ("daymonth", "month") and not g.get("year"):
            # "sept"/"mars"/"may" alone need a day number before them and no noun after
            if kind == "month" or not re.match(r"\s*(?:\d|dernier|prochain|$|[,.;)])", folded[m.end("month"):]):
                return False
            if month.rstrip(".") == "may" and original[:1].islower():
                return False
        if original[:1].isupper() and month.rstrip(".") == "mars" and kind == "month":
            return False
    if kind == "deictic" and g["deictic"] == "hier":
        # "des capitales hier en delicatesse": "hier" as "until recently", without a past verb
        return tense(text) == "past" and not re.match(r"\s+(?:encore|en |ennemi|allie|rival)", folded[m.end():])
    if kind == "weekday" and not g.get("dir_en") and not g.get("dir"):
        # "Monday" at the head of an English headline or a list is still a weekday; nothing to reject
        return True
    return True


def find_timexes(text: str, ref: date | None) -> list[Timex]:
    """Every temporal expression in a sentence, normalised against the reference date."""
    folded = fold(text).replace("’", "'")
    lower = text.lower()  # same offsets as folded (fold keeps one character for one)
    taken: list[tuple[int, int]] = []
    out: list[Timex] = []
    for kind, rx in RULES:
        for m in rx.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if not _acceptable(kind, m, text, folded):
                continue
            left, right = _clause_around(folded, m.start(), m.end())
            # the verbs before the date, in its clause; a clause with none before takes its whole text
            local_tense = tense(lower[left:m.start()])
            if local_tense == "present":
                local_tense = tense(lower[left:right])
            value, precision = _resolve(kind, m, ref, local_tense)
            if value is None:
                continue
            end = m.end() - 1 if folded[m.end() - 1] == "." else m.end()  # "26 novembre." ends a sentence
            taken.append((m.start(), end))
            out.append(Timex(m.start(), end, text[m.start():end], kind, value, precision))
    return sorted(out, key=lambda t: t.start)


CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:|,\s*(?:et|mais|puis|alors que|tandis que|and|but|while)\s|\s(?:et|mais|and|but)\s)")


def _clause_around(folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding a span: from the previous clause break to the next."""
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(folded)]
    left = max((e for s, e in breaks if e <= start), default=0)
    right = min((s for s, e in breaks if s >= end), default=len(folded))
    return left, right


def clause_spans(text: str, timexes: list[Timex]) -> list[tuple[int, int]]:
    """For each expression, the clause of the sentence that carries it (character span)."""
    folded = fold(text)
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(folded)]
    spans = []
    for t in timexes:
        left = max((e for s, e in breaks if e <= t.start), default=0)
        right = min((s for s, e in breaks if s >= t.end), default=len(text))
        # a clause reduced to its date ("et Vladimir Poutine à Moscou le 26 novembre") keeps its words
        spans.append((left, right))
    return spans
