"""The clause of a sentence that carries a date: the chronology's line for the event, and its actors.

A sentence may report several events, each with its date: « Quatre jours après les attentats,
la France continue ses frappes en Syrie -encore 10 chasseurs ont bombardé cette nuit la ville
de Raqqa et Paris envoie jeudi dans cette zone le porte-avion Charles de Gaulle ».  Each date's
clause is read from the punctuation and the conjunctions around it (the words are in
data/fr/clauses.txt and data/en/clauses.txt), in five steps:

1. strong breaks bound every clause: « ; », « : », a dash between words, a coordinating
   conjunction after a comma (« , et », ", but"; not the last comma of a list, "France,
   Britain, and Germany"), « mais », « puis », « alors que » anywhere;
2. two dates left in one stretch are parted at the last of the strongest weak breaks between
   them: a relative pronoun after a comma, then a bare « et » / "and", then a comma; dates
   with no break between them (« du 13 au 15 novembre ») share their clause;
3. a relative clause after a comma holding the date is the date's clause, its antecedent
   standing for a subject pronoun (« …de celle du président français François Hollande, qui a
   rencontré son homologue Vladimir Poutine le 26 novembre » -> « François Hollande a rencontré
   son homologue Vladimir Poutine le 26 novembre »); a relative clause that the date is not
   in, between commas or after the date, and an incise between two dashes are left out;
4. a clause with no word but names, small words and its date (« et Vladimir Poutine à Moscou
   le 26 novembre ») takes the words it shares with the clause before (« François Hollande va
   rencontrer »), or joins it when they share none that can be told;
5. a clause that is only its date (« Mardi 17 novembre : la France invoque… ») takes the
   stretch next to it that holds no date of its own.

A clause is a list of character spans of the sentence (an antecedent or the shared words, then
the clause's own words): the actors named inside them are the event's actors.  What the step
cannot tell (a relative clause opened after the subject and never closed by a comma, « Daech,
qui occupe … est à l'origine des attentats du 13 novembre ») keeps the wider stretch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from dossier import lexicon
from dossier.chronology.tense import AUXILIARY_BEFORE, SentenceTense, lower_same_length

Piece = tuple[int, int]

# how strongly a break parts two clauses
HARD, COORDINATION, RELATIVE, COMPLETIVE, AND, COMMA = 5, 4, 3, 2, 1, 0
# at most this many words between two commas make a list item ("France, Britain, and Germany")
LIST_ITEM_WORDS = 3
# « que » / "that" opens a complement clause at most this many words after a verb (« a annoncé mercredi que »)
COMPLETIVE_AFTER_VERB = 3
# an antecedent is looked for this many words back from its relative pronoun
ANTECEDENT_WORDS = 6
_WORD = re.compile(r"\w+['’]|\w[\w'’-]*")
# « ; », « : » (not 13:30), a dash between words (« Syrie -encore », « – »), not « anti-EI »
_HARD = re.compile(r"\s*;\s*|\s*:(?=\s)\s*|\s+[-–—]+\s+|\s+-(?=\w)|(?<=\w)-\s+")
# a spaced long dash: two of them enclose an incise
_DASH = re.compile(r"\s+[–—]\s+")
_EDGE = " \t\n,;:-–—"
QUOTES = "«\"“'‘"


@dataclass(frozen=True)
class Words:
    """The words that part clauses, in both languages (lower case, with accents)."""

    coordinators: frozenset[str]
    strong: frozenset[str]
    subject_relatives: frozenset[str]
    adverb_relatives: frozenset[str]
    completives: frozenset[str]
    contracted: dict[str, str]
    determiners: frozenset[str]
    complement: frozenset[str]
    small: frozenset[str]


def _section(name: str, phrases: bool = False) -> frozenset[str]:
    lines = [line for lang in lexicon.LANGUAGES for line in lexicon.sections(f"{lang}/clauses.txt").get(name, ())]
    return frozenset(lines if phrases else [w for line in lines for w in line.split()])


@lru_cache(maxsize=1)
def words() -> Words:
    """The clause words of data/fr/clauses.txt and data/en/clauses.txt."""
    contracted = {k: v for lang in lexicon.LANGUAGES if "contracted" in lexicon.sections(f"{lang}/clauses.txt")
                  for k, v in lexicon.valued(f"{lang}/clauses.txt", "contracted").items()}
    return Words(_section("coordinators"), _section("strong_coordinators", phrases=True),
                 _section("subject_relatives"), _section("adverb_relatives"), _section("completives"), contracted,
                 _section("determiners"),
                 _section("complement_prepositions"), _section("small_words"))


def _alt(items: frozenset[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=lambda i: (-len(i), i)))


class Patterns(NamedTuple):
    """The breaks' patterns, made from the clause words (on lower-case text)."""

    coordination: re.Pattern[str]  # « , et », « puis », ", but"
    relative: re.Pattern[str]  # « , qui », ", where" (the pronoun as a group)
    completive: re.Pattern[str]  # « que », "that"
    bare_and: re.Pattern[str]  # « et », "and" with no comma
    lead: re.Pattern[str]  # a conjunction opening a clause, left out of its text


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The patterns of the breaks."""
    w = words()
    elided = frozenset(c for c in w.completives if c.endswith("'"))
    return Patterns(
        re.compile(rf",\s+(?:{_alt(w.coordinators)})\s+|\s+(?:{_alt(w.strong)})\s+"),
        re.compile(rf"(?:,|\s[-–—])\s+(?P<pronoun>{_alt(w.subject_relatives | w.adverb_relatives)})(?![\w'’-])"),
        re.compile(rf"(?<=\w)\s+(?:(?:{_alt(w.completives - elided)})\s+|(?:{_alt(elided)}))"),
        re.compile(rf"\s+(?:{_alt(w.coordinators - w.strong)})\s+"),
        re.compile(rf"(?:{_alt(w.coordinators | w.strong)})\s+"))


def _fold(word: str) -> str:
    return word.lower().replace("’", "'")


def _is_small(word: str) -> bool:
    return _fold(word) in words().small or word.isdigit()


def _is_name(word: str) -> bool:
    return word[:1].isupper()


@dataclass(frozen=True)
class Break:
    """A place where a sentence may be parted, and how strongly."""

    start: int
    end: int
    strength: int
    pronoun: str = ""  # the relative pronoun a RELATIVE break opens with (at `end`)


@dataclass
class Clause:
    """The spans of a sentence that make a date's clause, and a word to put first (« le » for « du »)."""

    pieces: list[Piece]
    lead: str = ""
    before: Break | None = field(default=None, repr=False)  # the break that parts it from the clause before


def _ends_list_item(low: str, comma: int) -> bool:
    before = low[:comma]
    previous = before.rfind(",")
    return previous >= 0 and len(_WORD.findall(before[previous + 1:])) <= LIST_ITEM_WORDS


def _cut(pieces: Sequence[Piece], hole: Piece) -> list[Piece]:
    out: list[Piece] = []
    for s, e in pieces:
        if hole[1] <= s or e <= hole[0]:
            out.append((s, e))
            continue
        if s < hole[0]:
            out.append((s, hole[0]))
        if hole[1] < e:
            out.append((hole[1], e))
    return out


class Sentence:
    """One sentence, its dates and its breaks: the clause of each date (steps in the module's docstring)."""

    def __init__(self, text: str, dates: Sequence[Piece], lang: str | None = None) -> None:
        self.text = text
        self.low = lower_same_length(text)
        self.dates = sorted(dates)
        self.tenses = SentenceTense(text, lang)
        # "…, the White House said": a final reporting clause is no part of the events before it
        self.tail = self.tenses.tail
        self.breaks, self.incises = self._breaks()

    # --- breaks ---------------------------------------------------------------------------------
    def _breaks(self) -> tuple[list[Break], list[Piece]]:
        p = patterns()
        dashes = [(m.start(), m.end()) for m in _DASH.finditer(self.text)]
        incises = [(a[0], b[1]) for a, b in zip(dashes[0::2], dashes[1::2], strict=False)]
        paired = {d for d in dashes if any(d[0] in (s, e - (d[1] - d[0])) for s, e in incises)}
        found = [Break(m.start(), m.end(), HARD) for m in _HARD.finditer(self.text)
                 if not any(m.start() < e and s < m.end() for s, e in paired)]
        for m in p.coordination.finditer(self.low):
            if not (m.group().startswith(",") and _ends_list_item(self.low, m.start())):
                found.append(Break(m.start(), m.end(), COORDINATION))  # not "France, Britain, and Germany"
        found += [Break(m.start(), m.start("pronoun"), RELATIVE, m.group("pronoun"))
                  for m in p.relative.finditer(self.low)]
        found += [Break(m.start(), m.end(), COMPLETIVE) for m in p.completive.finditer(self.low)
                  if self._after_verb(m.start())]
        found += [Break(m.start(), m.end(), AND) for m in p.bare_and.finditer(self.low)]
        found += [Break(m.start(), m.end(), COMMA) for m in re.finditer(r",\s*", self.low)]
        if self.tail < len(self.text):
            found.append(Break(self.tail, self.tail, HARD))
        best: dict[int, Break] = {}  # one break per place: the strongest
        for b in found:
            if not any(s < b.end and b.start < e for s, e in self.dates) and \
                    (b.start not in best or b.strength > best[b.start].strength):
                best[b.start] = b
        return sorted(best.values(), key=lambda b: b.start), incises

    def _after_verb(self, at: int) -> bool:
        """« a annoncé mercredi que », "said on Monday that": a complement clause (not "records that go back")."""
        return any(c.end <= at and len(_WORD.findall(self.text[c.end:at])) <= COMPLETIVE_AFTER_VERB
                   and "," not in self.text[c.end:at] for c in self.tenses.cues)

    # --- words ----------------------------------------------------------------------------------
    def words_of(self, pieces: Sequence[Piece]) -> list[tuple[int, int, str]]:
        """The words of the pieces outside the dates."""
        return [(s + m.start(), s + m.end(), m.group()) for s, e in pieces for m in _WORD.finditer(self.text[s:e])
                if not any(ds <= s + m.start() < de for ds, de in self.dates)]

    def date_only(self, pieces: Sequence[Piece]) -> bool:
        """Nothing but a date and small words (« Mardi 17 novembre »)."""
        return all(_is_small(w) for _s, _e, w in self.words_of(pieces))

    def verbless(self, pieces: Sequence[Piece]) -> bool:
        """Only names and small words beside the date (« Vladimir Poutine à Moscou le 26 novembre »)."""
        return all(_is_name(w) or _is_small(w) for _s, _e, w in self.words_of(pieces))

    # --- steps ----------------------------------------------------------------------------------
    def clauses(self) -> list[Clause]:
        """The clause of each date, in the order of the dates."""
        stretches = self._stretches()
        found: dict[Piece, Clause] = {}
        for st, before in stretches:
            inside = [d for d in self.dates if st[0] <= d[0] < st[1]]
            if inside:
                found.update(self._stretch_clauses(st, before, inside))
        out = [found[d] for d in self.dates]
        reported = next((st for st, _b in stretches if st[1] == self.tail < len(self.text)), None)
        for clause, d in zip(out, self.dates, strict=True):
            if reported is not None and d[0] >= self.tail:
                # "…, the Federal Council said on Wednesday": what is said, with who says it and when
                clause.pieces = [(reported[0], len(self.text))]
            elif self.date_only(clause.pieces):
                clause.pieces = self._with_neighbour([s for s, _b in stretches], clause.pieces)
        for i, clause in enumerate(out):
            brk = clause.before
            if i == 0 or brk is None or brk.strength not in (COORDINATION, AND, COMMA):
                continue
            if self.verbless(clause.pieces):
                self._gapped(out[i - 1], self.dates[i - 1], clause, self.dates[i])
            elif brk.strength != COMMA:
                self._shared_subject(out[i - 1], clause)
        for clause in out:
            if clause.pieces and clause.pieces[-1][1] == self.tail and \
                    self.text[clause.pieces[0][0]:].lstrip(_EDGE)[:1] in QUOTES:
                clause.pieces[-1] = (clause.pieces[-1][0], len(self.text))  # « … », a déclaré M. Le Drian: who says it
            clause.pieces = self._trim(clause.pieces)
        return out

    def _stretches(self) -> list[tuple[Piece, Break | None]]:
        """Step 1: the sentence cut at its strong breaks, each stretch with the break before it."""
        out: list[tuple[Piece, Break | None]] = []
        left, before = 0, None
        for b in self.breaks:
            if b.strength >= COORDINATION:
                out.append(((left, b.start), before))
                left, before = b.end, b
        out.append(((left, len(self.text)), before))
        return out

    def _stretch_clauses(self, st: Piece, before: Break | None, dates: list[Piece]) -> dict[Piece, Clause]:
        """Steps 2 and 3 in one stretch: relative clauses first, then the dates outside them parted."""
        regions = [(b, *self._close(b, st[1])) for b in self.breaks
                   if b.strength == RELATIVE and st[0] <= b.start < st[1]]
        out: dict[Piece, Clause] = {}
        outside = []
        for d in dates:
            holding = [r for r in regions if r[0].end <= d[0] and d[1] <= r[1]]
            narrowed = self._narrow(holding[-1][0], st[0], holding[-1][1], holding[-1][2]) if holding else None
            if narrowed is None:
                outside.append(d)
            else:
                out[d] = narrowed
        kept = [r for r in regions if not any(r[0].start <= d[0] and d[1] <= r[1] for d in outside)]
        skip = [(r[0].start, r[1] + 1) for r in kept]
        for i, ((part, brk), d) in enumerate(zip(self._split(st, outside, skip), outside, strict=True)):
            pieces = [part]
            for b, close, closed in kept:
                if b.end <= d[0] or b.pronoun in words().subject_relatives:
                    # not « , quand Sylvie Lemonnier a été réveillée » after « le 4 avril »: it tells the event
                    pieces = _cut(pieces, (b.start, close + 1 if closed else close))
            for a, z in self.incises:
                if not (a <= d[0] and d[1] <= z):
                    pieces = _cut(pieces, (a, z))
            if self.date_only(pieces):
                pieces = [part]
            out[d] = Clause(pieces, before=brk if brk is not None else (before if i == 0 else None))
        return out

    def _split(self, stretch: Piece, dates: list[Piece],
               skip: Sequence[Piece] = ()) -> list[tuple[Piece, Break | None]]:
        """Step 2: a stretch parted between its dates (not inside `skip`); each part with the break before it."""
        if not dates:
            return []
        cuts: list[Break | None] = []
        for a, b in zip(dates, dates[1:], strict=False):
            between = [k for k in self.breaks if a[1] <= k.start and k.end <= b[0] and k.strength < COORDINATION
                       and not any(s <= k.start < e for s, e in skip)]
            cuts.append(max(between, key=lambda k: (k.strength, k.start)) if between else None)
        lefts: list[int] = [stretch[0]]
        befores: list[Break | None] = [None]
        for c in cuts:
            lefts.append(lefts[-1] if c is None else (c.start if c.strength == RELATIVE else c.end))
            befores.append(befores[-1] if c is None else c)
        rights = [stretch[1]]
        for c in reversed(cuts):  # what a completive clause dates is also told by the clause before it
            rights.insert(0, rights[0] if c is None or c.strength == COMPLETIVE else c.start)
        return [((lf, rt), bf) for lf, rt, bf in zip(lefts, rights, befores, strict=True)]

    def _close(self, b: Break, end: int) -> tuple[int, bool]:
        """Where a relative clause opened at b ends: the next comma or dash (True), else the stretch's end."""
        dash = _DASH.search(self.text, b.end, end) if self.text[b.start:b.end].strip() else None
        if dash and any(s == b.start for s, _z in self.incises):
            return dash.start(), True  # « Hollande — qui revenait de Washington mardi — a rencontré »
        for k in self.breaks:
            if b.end < k.start < end and k.strength in (COMMA, RELATIVE) and \
                    self.text[k.start:k.end].strip()[:1] in (",", "-", "–", "—"):
                return k.start, True
        return end, self.text[end:end + 1] == ","  # « , et » ends the stretch and the relative clause

    def _narrow(self, b: Break, start: int, close: int, closed: bool) -> Clause | None:
        w = words()
        rest = b.end + len(b.pronoun)
        if b.pronoun in w.adverb_relatives:
            return Clause([(rest, close)])  # « Moscou, où il a rencontré… »: « il a rencontré… »
        found = self.antecedent(start, b.start)
        if found is None:
            return None
        antecedent, lead = found
        if not self.text[start:antecedent[0]].strip(_EDGE) and not closed:
            return None  # « Daech, qui occupe … est à l'origine des attentats du 13 novembre »: where does it end?
        return Clause([antecedent, (rest, close)], lead)

    def antecedent(self, start: int, comma: int) -> tuple[Piece, str] | None:
        """The noun phrase before a relative pronoun: a name (« François Hollande »), else from its article."""
        w = words()
        back = [(start + m.start(), m.group()) for m in _WORD.finditer(self.text[start:comma])][-ANTECEDENT_WORDS:]
        i = len(back)
        while i > 0 and _is_name(back[i - 1][1]):
            i -= 1
            if i > 1 and _fold(back[i - 1][1]) in w.coordinators and _is_name(back[i - 2][1]):
                i -= 1  # "Mei Xiang and Tian Tian, who came to Washington in 2000"
        before = _fold(back[i - 1][1]) if i > 0 else ""
        if i < len(back) and before not in w.complement | w.determiners | set(w.contracted):
            return (back[i][0], comma), ""  # a name, or one in apposition (« le président français François Hollande »)
        for j in range(min(i, len(back) - 1), -1, -1):
            word, prev = _fold(back[j][1]), (_fold(back[j - 1][1]) if j > 0 else "")
            if word in w.contracted and j + 1 < len(back):
                return (back[j + 1][0], comma), w.contracted[word]  # « celle du plan » -> « le plan »
            if word in w.determiners and prev not in w.complement:  # not « de l'État » in « le chef de l'État »
                return (back[j][0], comma), ""
        return None

    def _with_neighbour(self, stretches: list[Piece], pieces: list[Piece]) -> list[Piece]:
        """Step 5: a clause that is only its date, with the next stretch holding no date (or the one before)."""
        i = next((k for k, (s, e) in enumerate(stretches) if s <= pieces[0][0] <= e), len(stretches) - 1)

        def free(j: int) -> bool:
            return 0 <= j < len(stretches) and not any(stretches[j][0] <= d[0] < stretches[j][1] for d in self.dates)

        if free(i + 1):
            return [(pieces[0][0], stretches[i + 1][1])]
        if free(i - 1):
            return [(stretches[i - 1][0], pieces[-1][1])]
        return pieces

    def _gapped(self, previous: Clause, previous_date: Piece, clause: Clause, date: Piece) -> None:
        """Step 4: a verbless clause takes the words it shares with the clause before it, or joins it."""
        before = [x for x in self.words_of(previous.pieces) if x[1] <= previous_date[0]]
        content = [k for k, (_s, _e, word) in enumerate(before) if not _is_name(word) and not _is_small(word)]
        if content:
            last = content[-1]
            names_between = any(_is_name(word) for _s, _e, word in before[last + 1:])
            names_here = any(_is_name(word) for s, _e, word in self.words_of(clause.pieces) if s < date[0])
            if names_between == names_here:
                clause.pieces = _cut(previous.pieces, (before[last][1], len(self.text))) + clause.pieces
                clause.lead = previous.lead
                return
        clause.pieces, clause.lead = [(previous.pieces[0][0], clause.pieces[-1][1])], previous.lead

    def _shared_subject(self, previous: Clause, clause: Clause) -> None:
        """A clause opening on its verb takes the subject of the clause before (« et sera examiné jeudi »)."""
        own = self.words_of(clause.pieces)
        if not own or _is_name(own[0][2]) or _is_small(own[0][2]):
            return
        first = next((c for c in self.tenses.cues if clause.pieces[0][0] <= c.start < clause.pieces[-1][1]), None)
        if first is None or len(_WORD.findall(self.text[clause.pieces[0][0]:first.start])) > 1:
            return  # « … et discuter d'un partage »: no verb the cues can tell opens it
        verb = next((c for c in self.tenses.cues if previous.pieces[0][0] < c.start < previous.pieces[-1][1]), None)
        if verb is None:
            return
        end = verb.start
        auxiliary = AUXILIARY_BEFORE.search(self.low, max(0, end - 25), end)
        if auxiliary:  # "Liz Truss has chaired": the subject ends before "has"
            end = auxiliary.start()
        subject = _cut(previous.pieces, (end, len(self.text)))
        if subject and not any(s < de and ds < e for s, e in subject for ds, de in self.dates) and \
                self.words_of(subject):
            clause.pieces, clause.lead = subject + clause.pieces, previous.lead

    def _trim(self, pieces: Sequence[Piece]) -> list[Piece]:
        """Pieces without the spaces, punctuation and conjunctions at their edges, nor a final full stop."""
        lead = patterns().lead
        out: list[Piece] = []
        for s, e in pieces:
            while s < e and self.text[s] in _EDGE:
                s += 1
            if not out:
                m = lead.match(self.low, s, e)
                s = m.end() if m else s
            while e > s and self.text[e - 1] in _EDGE:
                e -= 1
            if e == len(self.text.rstrip()) and self.text[e - 1:e] == "." and not self.text[e - 2:e - 1].isupper():
                e -= 1  # the sentence's full stop, not "U.S."'s
            if self.text[s:e].strip():
                out.append((s, e))
        return out


def clauses(text: str, dates: Sequence[Piece], lang: str | None = None) -> list[Clause]:
    """For each date span of a sentence (in the order given; two dates of one span share it), its clause."""
    unique = sorted(set(dates))
    if not unique:
        return []
    found = dict(zip(unique, Sentence(text, unique, lang).clauses(), strict=True))
    return [found[d] for d in dates]


def clause_text(text: str, clause: Clause) -> str:
    """The clause as the chronology shows it: its pieces joined, capitalised, with no final full stop."""
    out = " ".join(text[s:e].strip() for s, e in clause.pieces)
    out = re.sub(r"\s+", " ", f"{clause.lead} {out}").strip()
    out = re.sub(r"\s+([,.)])", r"\1", out)
    for opening, closing, space in (("«", "»", " "), ("“", "”", "")):
        missing = out.count(opening) - out.count(closing)
        if missing > 0:
            out += (space + closing) * missing  # « On va avoir un échange lundi » cut inside a quotation
        elif missing < 0:
            out = (opening + space) * -missing + out
    if out.count('"') % 2:  # "We watched it come up in 2012 / Today it has happened in Lincolnshire."
        out = out + '"' if out.startswith('"') else '"' + out
    return out[:1].upper() + out[1:]


__all__ = ["Break", "Clause", "Piece", "Sentence", "clause_text", "clauses"]
