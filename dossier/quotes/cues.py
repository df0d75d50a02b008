"""The speech clauses that attribute a quotation, found around it in its sentence, French and English.

Each rule is named (the name is recorded on the quotation it attributes) and looks at the
sentence with its quotations masked (marks.masked), folded (one character for one, so offsets
hold in the article's text):

- ``inverted``: « …, a-t-il ajouté », « …, glisse-t-elle » (the speaker is the last one named);
- ``after``: « …, a déclaré M. Le Drian », « …, souligne sa présidente, Nathalie Cuendet »,
  "…," said Mr X;
- ``before``: "…," Ms Porter said; "…," he told reporters;
- ``according``: « …, selon X », "…," according to X; before the quotation: « Selon X, « … » »;
- ``heading``: a title's « Cameron : « … » »;
- ``narrative``: « Et d'ajouter : « … » » (the last one named);
- ``verb``: a speech verb earlier in the sentence, whose subject is the speaker: « X a affirmé :
  « … » », « X a estimé que les résultats « … » », "X said he had "…"";
- ``incise``: a speech clause later in the sentence after a comma: « La Russie a été "…" en
  Syrie, a déclaré le Président américain ».

A rule gives where the speaker is written (``who``) or that a pronoun stands for them; which
actor that is, speakers.py decides.  Several rules may apply: they are tried in this order
until one names a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dossier.quotes.words import alternation, folded, verb_forms
from dossier.text import fold

WORD = r"[\w'-]+"
REFLEXIVE = r"(?:se\s+|s')"
CLITIC = r"(?:(?:lui|leur|nous|vous|me|m'|l')\s*)?"  # « lui a répondu son hôte »
BETWEEN = rf"(?:{WORD}\s+){{0,2}}"  # « a ensuite déclaré », « a-t-il encore ajouté », "has also said"
LEAD = r"[\s,;]*(?:-\s*)?"  # what stands between a closing mark and the clause: « », a déclaré », "…" - said
# The words a verb form must not follow to be a verb (« le juge », « la note », "the claims").
NOT_AFTER = {"fr": frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cette", "son", "sa",
                              "ses", "leur", "leurs", "notre", "votre", "mon", "ma", "mes"}),
             "en": frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "no", "our", "my",
                              "your"})}
_LAST_WORD = re.compile(r"([\w'-]+)\s*$")
# Where the clause of a speech verb starts: "Carter has urged …, and the Pentagon said it welcomed "…""
CLAUSE_BREAK = re.compile(r";|:\s|,\s+(?:and|but|while|whereas|et|mais|tandis que|alors que)\s+|\s(?:while|whereas)\s")
PASSIVE = re.compile(r"(?<![\w'-])(?:est|sont|etait|etaient|ete|is|are|was|were|been|be)\s+$")


@dataclass(frozen=True)
class Cue:
    """A speech clause: its rule, its verb's place, where the speaker is written or the pronoun standing for them."""

    rule: str
    kind: str  # "after" (speaker after the verb), "before" (its subject), "pronoun", "according"
    block: int
    verb: tuple[int, int]
    who: tuple[int, int] | None = None
    pronoun: str = ""

    def as_data(self) -> dict[str, object]:
        """Plain data, for the cache."""
        return {"rule": self.rule, "kind": self.kind, "block": self.block, "verb": list(self.verb),
                "who": list(self.who) if self.who else None, "pronoun": self.pronoun}


@dataclass(frozen=True)
class Patterns:
    """One language's compiled patterns."""

    after: tuple[tuple[str, re.Pattern[str]], ...]  # tried at the start of what follows the quotation
    incise: tuple[tuple[str, re.Pattern[str]], ...]  # the same after a comma further on
    according_before: re.Pattern[str]
    narrative: re.Pattern[str]
    verb: re.Pattern[str]
    heading: re.Pattern[str]
    pronoun: re.Pattern[str]
    opinion: re.Pattern[str]
    demonstrative: re.Pattern[str]
    according_pronoun: re.Pattern[str]


@cache
def patterns(lang: str) -> Patterns:
    """The language's patterns, compiled once."""
    verb = rf"(?:{alternation(list(verb_forms(lang)))})"
    aux = rf"(?:{alternation(folded(lang, 'auxiliaries'))})"
    according = rf"(?:{alternation(folded(lang, 'according'))})"
    pron = rf"(?:{alternation(folded(lang, 'pronouns'))})"
    between = rf"(?:{alternation(folded(lang, 'between'))})"
    inv = rf"(?:-t)?-(?:{pron}|on|ils|elles)"
    rules: tuple[tuple[str, str], ...]
    if lang == "fr":
        rules = (
            ("inverted", rf"(?P<verb>{REFLEXIVE}?{aux}(?P<pron>{inv})\s+{BETWEEN}{REFLEXIVE}?{verb})(?![\w-])"),
            ("inverted", rf"(?P<verb>(?:{REFLEXIVE}?{aux}\s+{BETWEEN})?{REFLEXIVE}?{verb})(?P<pron>{inv})(?![\w-])"),
            ("after", rf"(?P<verb>{CLITIC}(?:{REFLEXIVE}?{aux}\s+{BETWEEN})?{REFLEXIVE}?{verb})(?![\w-])"),
            ("according", rf"(?P<verb>{according})\s+"),
        )
    else:
        rules = (
            ("after", rf"(?P<verb>{verb})(?![\w-])(?=\s+\S)"),
            ("before", rf"(?P<who>[^;:!?\"]{{1,120}}?)\s+(?P<verb>(?:{aux}\s+)?(?:{between}\s+)?{verb})(?![\w-])"),
            ("according", rf"(?P<verb>{according})\s+"),
        )
    narrative_verbs = alternation(folded(lang, "regular"))
    return Patterns(
        after=tuple((name, re.compile("^" + LEAD + p)) for name, p in rules),
        incise=tuple((name, re.compile(r",\s*(?:-\s*)?" + p)) for name, p in rules if name != "before"),
        according_before=re.compile(rf"(?:^|[,;:]\s*|\s)(?P<verb>{according})\s+(?P<who>[^,;:\"]{{1,100}}?)"
                                    r"\s*[,:]\s*(?:-\s*)?$"),
        narrative=re.compile(rf"(?<![\w'-])et\s+(?:d'|de\s+)(?P<verb>{narrative_verbs})\s*:?\s*$"),
        verb=re.compile(rf"(?<![\w'-])(?:{aux}(?P<pron1>{inv})\s+{BETWEEN})?(?P<verb>{REFLEXIVE}?{verb})(?P<pron>{inv})?"
                        r"(?![\w-])"),
        heading=re.compile(r"^\s*(?P<who>[^:\"]{2,60}?)\s*:\s*$"),
        opinion=re.compile(rf"^\s*(?P<verb>{alternation(folded(lang, 'opinion'))})\s+(?P<who>[^,;:\"]{{1,100}}?)\s*,"),
        demonstrative=re.compile(r"\s*(?:c'est|ce sont|c'etait|telle est|tels sont|voila|that was|this was|those were|"
                                 r"these were|those are|these are|such was|that is|this is|"
                                 r"(?:les|ces|la|le|cette|ce|the|these|those) (?:mots|propos|paroles|words|warning|"
                                 r"message|remark|comment|quip|verdict|remarque|commentaire|confidence|aveu)|"
                                 r"(?:la|cette) (?:formule|phrase))(?![\w'-])"),
        according_pronoun=re.compile(rf"(?<![\w'-])(?P<verb>{according})\s+(?P<pron>lui|elle|him|her)(?![\w'-])"),
        pronoun=re.compile(rf"(?<![\w'-])(?P<pron>{pron})(?:\s+{aux})?(?:\s+{WORD}){{0,2}}\s*$"),
    )


def is_verb(text: str, start: int, lang: str) -> bool:
    """The form at `start` is a verb, not a noun after its determiner (« le juge », "the claims"; « le dit » is one)."""
    m = _LAST_WORD.search(text, 0, start)
    if m is None or m.group(1) not in NOT_AFTER[lang]:
        return True
    form = re.match(r"[\w'-]+", text[start:])
    return form is None or form.group(0) not in folded(lang, "homographs")


def after_quote(folded_block: str, b: int, start: int, end: int, lang: str) -> list[Cue]:
    """Speech clauses right after a quotation (``start`` its closing mark's end) and after a comma further on."""
    p = patterns(lang)
    out: list[Cue] = []
    right = folded_block[start:end]
    for name, rx in p.after:
        if lang == "en" and name != "according" and not _ends_with_comma(folded_block, start, right):
            continue  # "it calls on states "to take all necessary measures" against ISIL, but it does not say"
        m = rx.match(right)
        if m is None or not is_verb(right, m.start("verb"), lang):
            continue
        if name == "before" and _conjunction(m.group("who"), lang):
            continue  # "…," while Putin said that …: another clause's speaker
        out.append(_cue(name, b, start, m, end))
    for name, rx in p.incise:
        for m in rx.finditer(right):
            if '"' in right[:m.start()]:
                break  # another quotation stands between: the clause is its own
            if m.start() > 0 and is_verb(right, m.start("verb"), lang):
                out.append(_cue("incise", b, start, m, end, name))
                break
    return out


def incise(block: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """A speech clause inside a quotation's words: (where the first part ends, where the second begins).

    « Les enfants voulaient skier, plaisante Nathalie Berthier, venue de Lyon. On fera de la luge »,
    « Le consortium a sous-estimé les travaux, a expliqué la ministre, Sabine Delvaux, et nous … ».
    """
    if lang != "fr":
        return None  # "…," she said, "…": English closes its marks around the clause
    folded_block = fold(block)
    for name, rx in patterns(lang).incise:
        if name == "according":
            continue
        for m in rx.finditer(folded_block, start, end):
            stop = INCISE_END.search(folded_block, m.end(), end)
            if stop is None or not re.search(r"\w", folded_block[stop.end():end]):
                continue
            if is_verb(folded_block[start:m.start("verb")], m.start("verb") - start, lang):
                apposed = APPOSED_NAME.match(block, stop.end(), end)  # « a expliqué la ministre, Sabine Delvaux, et … »
                return m.start(), apposed.end() if apposed and stop.group(0).strip() == "," else stop.end()
    return None


INCISE_END = re.compile(r"\s*(?:[,.;]|\s-)\s*")
APPOSED_NAME = re.compile(r"(?:M\.|Mme|Me|Dr)?\s*[A-ZÀ-Ý][\w'-]+"
                          r"(?:\s+(?:de |d'|von |van |le |la )?[A-ZÀ-Ý][\w'-]+)*\s*,\s*")


def _ends_with_comma(text: str, end: int, right: str) -> bool:
    """An English quotation a speech clause follows ends with a comma (or ! ?) inside its marks or after them."""
    inner = text[:end].rstrip()[:-1].rstrip() if end else ""
    return inner.endswith((",", "!", "?", "…", "-")) or right.lstrip().startswith((",", "-"))


def _conjunction(who: str, lang: str) -> bool:
    first = re.match(r"\s*([\w'-]+)", who)
    return first is not None and first.group(1) in folded(lang, "speaker_ends")


def _cue(name: str, b: int, offset: int, m: re.Match[str], end: int, kind: str = "") -> Cue:
    kind = kind or name
    verb = (offset + m.start("verb"), offset + m.end("verb"))
    pron = m.groupdict().get("pron")
    if pron:
        return Cue(name, "pronoun", b, verb, None, pron.split("-")[-1])
    if kind == "before":
        return Cue(name, "before", b, verb, (offset + m.start("who"), offset + m.end("who")))
    if kind == "inverted":
        kind = "after"
    return Cue(name, kind, b, verb, (verb[1], end))


def before_quote(folded_block: str, b: int, start: int, end: int, lang: str, heading: bool) -> list[Cue]:
    """Speech clauses earlier in the sentence (``start`` the sentence's start, ``end`` the opening mark)."""
    p = patterns(lang)
    left = folded_block[start:end]
    out: list[Cue] = []
    closing = left.rfind('"')
    if closing >= 0:  # « A » — a lancé le ministre, Bart Claes — « B »: the clause between two quotations
        out += [c for c in after_quote(folded_block, b, start + closing + 1, end, lang) if c.rule != "incise"]
    if heading:
        m = p.heading.match(left)
        if m:
            out.append(Cue("heading", "before", b, (end, end), (start + m.start("who"), start + m.end("who"))))
    m = p.according_before.search(left)
    if m:
        out.append(Cue("according", "according", b, (start + m.start("verb"), start + m.end("verb")),
                       (start + m.start("who"), start + m.end("who"))))
    if lang == "fr":
        m = p.narrative.search(left)
        if m:
            out.append(Cue("narrative", "pronoun", b, (start + m.start("verb"), start + m.end("verb")), None, "il"))
    m = p.according_pronoun.search(left)
    if m:  # « un dispositif qui a, selon lui, permis de « … » »
        out.append(Cue("according", "pronoun", b, (start + m.start("verb"), start + m.end("verb")), None,
                       "il" if m.group("pron") in ("lui", "him") else "elle"))
    out += _verb_before(p, left, b, start, lang)
    m = p.opinion.match(left)
    if m:  # « Pour le bourgmestre, Christos Doulkeridis, l'opération était « indispensable » »
        out.append(Cue("opinion", "according", b, (start + m.start("verb"), start + m.end("verb")),
                       (start + m.start("who"), start + m.end("who"))))
    colon = COLON_END.search(left)
    if colon:  # « Elle ne se plaint pas : « … » », "X put it this way: "…""
        out.append(Cue("colon", "first", b, (start + colon.start(), start + colon.start()),
                       (start, start + colon.start())))
    return out


COLON_END = re.compile(r":\s*(?:-\s*)?$")


def _verb_before(p: Patterns, left: str, b: int, start: int, lang: str) -> list[Cue]:
    """The last speech verb of the sentence before the quotation, and where its subject is written."""
    out = []
    verbs = [v for v in p.verb.finditer(left) if is_verb(left, v.start(), lang)]
    if verbs:
        v = verbs[-1]
        verb = (start + v.start("verb"), start + v.end("verb"))
        pron = v.group("pron") or v.group("pron1")
        if pron:  # « Le Secrétariat général, a-t-il ajouté, a profité … pour « … » »
            out.append(Cue("verb", "pronoun", b, verb, None, pron.split("-")[-1]))
        else:
            if PASSIVE.search(left, 0, v.start()):
                return out  # « la menace est jugée « … » »: the subject is what is judged
            # a participle's subject is the sentence's: « les offres de quatre pays : l'Espagne, …, en expliquant »
            breaks = [] if v.group("verb").endswith(("ant", "ing")) else CLAUSE_BREAK.finditer(left, 0, v.start())
            clause = max([start] + [start + s.end() for s in breaks])
            out.append(Cue("verb", "before", b, verb, (clause, verb[0])))
    return out


def pronoun_subject(folded_text: str, lang: str) -> str:
    """The pronoun a subject ends with (« Il a », "he has"), or ""."""
    m = patterns(lang).pronoun.search(folded_text)
    return m.group("pron") if m else ""
