"""The tense of what a date dates: past, present or future (French and English).

A date takes the tense of what governs it, not of the whole sentence:

1. a participle right before it, or before a place name before it: « la résolution adoptée
   vendredi », « rentrés de Jordanie fin juin », "the strikes announced on Monday" are past;
   « le vote prévu jeudi », "the walkout planned for Thursday" are to come (not after a verb:
   « resteront fermés lundi » takes « resteront »);
2. what « après » / "after" governs, with no verb before it, is past (« après l'attentat de
   vendredi, la France est en deuil »), what « avant » / "ahead of" governs to come;
3. else the nearest tense cue before it in its clause (« a salué mercredi », « va demander
   lundi », "was due to take place on Wednesday");
4. else the first cue after it, outside the relative and complement clauses that follow
   (« Mercredi, Merkel a annoncé que l'Allemagne prendrait sa part »: « a annoncé »), or in a
   clause on the day's place or time (« lundi au Bourget, où sont attendus… »);
5. else, for a verbless clause, the verb beyond a coordination or the clause before it
   (« sera débattu jeudi à l'Assemblée et vendredi au Sénat »);
6. else the present.

A reporting clause at the end ("…, the envoy said", « …, a déclaré le ministre ») is not the
event's tense.  Cues are read on lower-case text *with* its accents (folded, « à » would read
as the auxiliary « a »); a capitalised word inside a sentence is a name, never a verb
(« Ankara » is no future), and a word after a determiner is a noun (« le retrait »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dossier import datewords
from dossier.text import fold

PAST, PRESENT, FUTURE = "past", "present", "future"

# French participle endings after an auxiliary (« a été tué », « a dit », « est morte »)
FR_PARTICIPLE = r"\w+(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|its|ites|ert|erte|erts|ertes|ort|orte|orts|ortes)"
# … and without one, those no present tense has (« envoie », « dit », « sort » are present too;
# « lieu », « jeu » are nouns)
FR_PARTICIPLE_ALONE = r"\w+(?:é|ée|és|ées|(?<![ae])u|(?<![ae])ue|(?<![ae])us|(?<![ae])ues|i|is|ert|erte|erts|ertes)"
FR_AUXILIARY = (r"a|ont|avait|avaient|as|ai|avons|avez|est|sont|était|étaient|fut|furent|eut|eurent|aurait|"
                r"auraient|avoir")
# « a été tué », « ont tout de même obtenu », « auraient été privés » (conditional perfect: past);
# not « serait reconnu » (to come) nor « devaient être présentés » (a passive infinitive)
FR_COMPOUND = re.compile(rf"\b(?:{FR_AUXILIARY})((?:\s+[\w'-]+){{1,4}})")
FR_SIMPLE_PAST = re.compile(r"\b\w{3,}(?:èrent|irent|urent)\b")
# the conditional is a future stem (ending in r) and -ait: « serait », « pourrait », « devrait »
FR_CONDITIONAL = re.compile(r"\b\w*(?:er|ir|rr|dr|vr|ttr|îtr|aur|oir)ai(?:t|ent)\b")
FR_IMPERFECT = re.compile(r"\b\w{2,}(?:ait|aient)\b")
FR_FUTURE = re.compile(r"\b(?:\w{2,}(?:ra|ront|rons|rez)|ira|iront)\b")
EN_WORD = re.compile(r"\b[a-z]+\b")
EN_FUTURE = re.compile(r"(?<=\w)'ll\b")
# an -ed word after these is no past ("will be handed", "is to be completed")
EN_NOT_PAST_AFTER = re.compile(r"\b(?:will|would|shall|to|be|can|could|may|might|must|should)\s+(?:\w+\s+){0,1}$")
DETERMINER = re.compile(r"(?:^|\s)(?:le|la|les|l'|un|une|des|du|de|d'|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|"
                        r"ces|mon|ma|mes|notre|votre|nos|vos|the|a|an|his|her|its|their)\s*$")
# "…, the envoy said." / « …, a déclaré le ministre. » / « … », a précisé X, le porte-parole
REPORTING = re.compile(
    r"(?:,|[»\"”])\s*(?:[\w'-]+\s+){0,4}(?P<verb>said|says|told|added|stated|announced|reported)\b"
    r"(?!\s+(?:that|on)\b)[^;]*$|"
    r"(?:,|[»\"”])\s*(?:a|ont|avait)\s+(?P<verbe>déclaré|indiqué|affirmé|précisé|ajouté|annoncé|expliqué|assuré|"
    r"estimé|souligné|rappelé|dit|confié|insisté|martelé|résumé|concédé|prévenu|raconté)\b(?!\s+(?:que|qu'))[^;]*$|"
    r",\s*(?:selon|d'après|according to)\b[^,]*$")
# what opens a relative or complement clause: its verbs date what is inside it, not the date before it
SUBORDINATE = re.compile(r"(?:^|(?<=[\s,]))(?:que|qu'|qui|dont|où|lorsque|quand|si|parce que|that|which|who|whom|"
                         r"whose|when|where|if|because|while|alors que|tandis que)(?=[\s,])")
AUXILIARY_BEFORE = re.compile(rf"\b(?:{FR_AUXILIARY}|être|serait|seraient|sera|seront|serons|serez|sont|été|will|"
                              r"would|be|been|being|is|are|was|were|has|have|had)\s+(?:\w+\s+)?$")
# a preposition of time before the noun the date belongs to (not « trois jours après »: a count)
# (not « avant de s'envoler mardi », "before leaving": a verb, whose tense counts)
AFTER_BEFORE = re.compile(r"(?<!jours )(?<!ans )(?<!days )\b(après|after|avant|before|ahead of)\s+"
                          r"(?!de\s|d'|avoir\b|être\b|\w+ing\b)(?:[\w'-]+\s+){0,6}?$")
# a relative clause on the date's place or time, right after it
WHERE_WHEN = re.compile(r"(?:\s+[\w'-]+){0,3}\s*,\s*(?:où|when|where|lorsque|quand)\b")
SKIPPED_BEFORE_DATE = frozenset({"le", "la", "les", "l'", "ce", "cette", "cet", "on", "for", "pour", "dès", "the",
                                 "this", "de", "du", "d'", "au", "aux", "from", "à", "en", "in", "at", "to"})

# priority of a cue over another it overlaps: « est prévue » is to come, « auraient été privés » past
PRIORITY = {"prospective": 3, "compound": 2, "simple": 1}


@dataclass(frozen=True)
class Cue:
    """A word or phrase that gives a tense, where it is in the sentence."""

    start: int
    end: int
    tense: str
    priority: int


def lower_same_length(text: str) -> str:
    """Lower case, one character for one (the offsets of the text stay valid), with straight apostrophes."""
    low = text.lower()
    if len(low) != len(text):  # « İ » lowers to two characters
        low = "".join(c.lower()[:1] or c for c in text)
    return low.replace("’", "'")


@lru_cache(maxsize=3)
def _prospective(lang: str | None) -> re.Pattern[str]:
    words = datewords.alternation(datewords.prospective_words(lang))
    return re.compile(rf"(?<![\w'-])(?:{words})(?![\w-])")


def _is_name_or_noun(text: str, low: str, start: int) -> bool:
    """A capitalised word (a name) or a word after a determiner (a noun) is no verb."""
    return text[start:start + 1].isupper() or bool(DETERMINER.search(low[max(0, start - 12):start]))


def _no_participle(word: str) -> bool:
    """« était mardi », « est lui »: words ending like a participle that are none."""
    return word in datewords.weekdays() or word in datewords.not_participles()


def _french_cues(text: str, low: str) -> list[Cue]:
    out = []
    for m in FR_COMPOUND.finditer(low):
        if text[m.start():m.start() + 1].isupper():
            continue
        # the participle among the next words: « s'est aussi tenue », not « est aussi » nor « était mardi »
        end = next((m.start(1) + w.end() for w in re.finditer(r"[\w'-]+", m.group(1))
                    if re.fullmatch(FR_PARTICIPLE, w.group()) and not _no_participle(w.group())), None)
        if end is not None:
            out.append(Cue(m.start(), end, PAST, PRIORITY["compound"]))
    conditional = {m.start() for m in FR_CONDITIONAL.finditer(low)}
    for rx, tense_ in ((FR_SIMPLE_PAST, PAST), (FR_CONDITIONAL, FUTURE), (FR_FUTURE, FUTURE), (FR_IMPERFECT, PAST)):
        for m in rx.finditer(low):
            if rx is FR_IMPERFECT and m.start() in conditional:
                continue
            if not _is_name_or_noun(text, low, m.start()):
                out.append(Cue(m.start(), m.end(), tense_, PRIORITY["simple"]))
    return out


def _english_cues(text: str, low: str) -> list[Cue]:
    past, not_past = datewords.past_forms(), datewords.not_past()
    out = [Cue(m.start(), m.end(), FUTURE, PRIORITY["simple"]) for m in EN_FUTURE.finditer(low)]
    for m in EN_WORD.finditer(low):
        w = m.group()
        regular = w.endswith("ed") and len(w) > 4  # not "red", "bed"
        if (w not in past and not regular) or w in not_past or _is_name_or_noun(text, low, m.start()):
            continue
        if w.endswith("ed") and w not in past and EN_NOT_PAST_AFTER.search(low[max(0, m.start() - 30):m.start()]):
            continue
        out.append(Cue(m.start(), m.end(), PAST, PRIORITY["simple"]))
    return out


def cues(text: str, lang: str | None = None) -> list[Cue]:
    """The tense cues of a sentence, left to right; of two that overlap, the stronger stays."""
    low = lower_same_length(text)
    found = [Cue(m.start(), m.end(), FUTURE, PRIORITY["prospective"]) for m in _prospective(lang).finditer(low)]
    if lang in (None, "fr"):
        found += _french_cues(text, low)
    if lang in (None, "en"):
        found += _english_cues(text, low)
    found.sort(key=lambda c: (-c.priority, c.start))
    kept: list[Cue] = []
    for c in found:
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


class SentenceTense:
    """The tense of each date of one sentence (its cues are read once)."""

    def __init__(self, text: str, lang: str | None = None) -> None:
        self.text = text
        self.low = lower_same_length(text)
        self.lang = lang
        self.cues = cues(text, lang)
        self._blocked = self._subordinate_spans()
        self.tail = self._reporting_tail()

    def _reporting_tail(self) -> int:
        """Where a final reporting clause starts ("…, the envoy said"); the length when there is none.

        A reporting verb followed by what it reports (", Trudeau said Canada would remain") is
        the sentence's own verb, not a tail.
        """
        tail = REPORTING.search(self.low)
        if not tail:
            return len(self.text)
        verb_end = max(tail.end("verb"), tail.end("verbe"))
        if verb_end > 0 and any(c.start >= verb_end and not self._in_subordinate(verb_end, c.start, commas_only=True)
                                for c in self.cues):
            return len(self.text)
        return tail.start()

    def _subordinate_spans(self) -> list[tuple[int, int, bool]]:
        """Relative and complement clauses: between commas when a comma opens them, else to the end."""
        spans = []
        for m in SUBORDINATE.finditer(self.low):
            before = self.low[:m.start()].rstrip()
            if before.endswith(","):
                comma = self.low.find(",", m.end())
                spans.append((m.start(), comma if comma >= 0 else len(self.low), True))
            else:
                spans.append((m.start(), len(self.low), False))
        return spans

    def _counted(self, c: Cue, start: int) -> bool:
        return c.start < self.tail or start >= self.tail

    def governing_participle(self, start: int, left: int) -> str | None:
        """PAST or FUTURE when a participle stands right before the date (« adoptée vendredi »).

        A preposition and a name may stand between them (« rentrés de Jordanie fin juin »); a
        verb right before the participle makes it an attribute (« resteront fermés lundi »).
        """
        between = self.low[left:start]
        if re.search(r"\b(?:de|du|d'|of)\s*$", between):
            return None  # « le Corso fleuri de dimanche »: the date belongs to a noun
        words = list(re.finditer(r"[\w'-]+", between))
        for m in reversed(words[-5:]):
            w = m.group()
            if re.search(r"[,;:()«»\"]", between[m.end():]):
                return None
            if w in SKIPPED_BEFORE_DATE or (self.text[left + m.start()].isupper() and m.start() > 0):
                continue
            at = left + m.start()
            if AUXILIARY_BEFORE.search(self.low[max(0, at - 25):at]) or any(at - 20 <= c.end <= at for c in self.cues):
                return None  # « sera examiné jeudi », "was killed on Friday": the auxiliary's tense
            return self._participle_tense(w, at)
        return None

    def _participle_tense(self, word: str, at: int) -> str | None:
        prospective = _prospective(self.lang)
        if prospective.fullmatch(word):
            return FUTURE
        capital_inside = self.text[at:at + 1].isupper() and self.text[:at].strip(" «\"“(-–—")
        if capital_inside or DETERMINER.search(self.low[max(0, at - 12):at]):
            return None
        if self.lang in (None, "fr") and re.fullmatch(FR_PARTICIPLE_ALONE, word) and len(word) >= 3 \
                and not _no_participle(word):
            return PAST
        regular = word.endswith("ed") and len(word) > 4 and word not in datewords.not_past()
        if self.lang in (None, "en") and (regular or word in datewords.past_forms()):
            return PAST
        return None

    def of(self, start: int, end: int, left: int, right: int) -> str:
        """The tense of the date at [start, end) in its clause [left, right) (steps in the module's docstring)."""
        # « après Washington mardi, il sera reçu jeudi »: mardi is past; « il partira après la
        # réunion de jeudi »: the verb before « après » governs it all (not one before a comma:
        # "will not join, despite France's call after Friday's attacks")
        before = AFTER_BEFORE.search(self.low[left:start])
        phrase = max(left, self.low.rfind(",", left, left + before.start()) if before else left)
        if before and not any(phrase <= c.start < start for c in self.cues) \
                and not self.governing_participle(start, left):
            return PAST if before.group(1) in ("après", "after") else FUTURE
        return self._governing(start, end, left, right)

    def _governing(self, start: int, end: int, left: int, right: int) -> str:
        participle = self.governing_participle(start, left)
        if participle:
            return participle
        # inside a relative or complement clause, only its own verbs ("an agreement, signed in 2000,
        # that runs out in early December": not « signed »)
        opening = max((s for s, _e, _c in self._blocked if left <= s < start), default=left)
        before = [c for c in self.cues if opening <= c.start < start and self._counted(c, start)]
        if before:
            return before[-1].tense
        after = self._first_after(start, end, right) or self._where_when(end)
        if after:
            return after
        if self._verbless(left, start, right):
            # « Mardi, la ministre des Solidarités et de la Santé, a rappelé »: the verb is beyond
            # a coordination; « et vendredi au Sénat »: the verb is in the clause before
            stop = re.search(r"[;:]", self.low[right:])
            after = self._first_after(start, end, right + stop.start() if stop else len(self.low))
            if after:
                return after
            earlier = [c for c in self.cues if c.end <= left and self._counted(c, start)]
            if earlier:
                return earlier[-1].tense
        return PRESENT

    def _where_when(self, end: int) -> str | None:
        """« lundi au Bourget, où sont attendus 150 chefs d'État »: a clause on the day's place or time."""
        opening = WHERE_WHEN.match(self.low, end)
        if not opening:
            return None
        return next((c.tense for c in self.cues if opening.end() <= c.start < opening.end() + 40), None)

    def _first_after(self, start: int, end: int, right: int) -> str | None:
        for c in self.cues:
            if end <= c.start < right and self._counted(c, start) and not self._in_subordinate(end, c.start):
                return c.tense
        return None

    def _verbless(self, left: int, start: int, right: int) -> bool:
        """A clause with no cue and only function words or names before its date (« et vendredi au Sénat »)."""
        if any(left <= c.start < right and self._counted(c, start) for c in self.cues):
            return False
        words = re.finditer(r"[\w'-]+", self.text[left:start])
        return all(w.group()[:1].isupper() or fold(w.group()) in datewords.function_words() for w in words)

    def _in_subordinate(self, date_end: int, at: int, commas_only: bool = False) -> bool:
        return any(date_end <= s <= at < e for s, e, comma in self._blocked if comma or not commas_only)


def tense(clause: str, lang: str | None = None) -> str:
    """"past", "future" or "present" of a clause: its last tense cue decides (a reporting end aside)."""
    t = SentenceTense(clause.rstrip(" ."), lang)
    found = [c for c in t.cues if c.start < t.tail]
    return found[-1].tense if found else PRESENT
