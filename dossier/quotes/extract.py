"""Attributed quotations of one article: what was said, who said it, when, where in the article.

:func:`find_quotes` runs these steps:

1. find the quotation marks, across paragraphs (marks.py); cut a quotation its speech clause
   interrupts into its two parts (« …, a expliqué la ministre, … »); mask the quoted words;
2. drop what is no quotation: fewer than MIN_WORDS words inside a sentence (« deconfliction »,
   "unanime", « la clarté »; a word or two standing as a sentence is kept: « J'ai honte »), a
   name (« l'opération « Chammal » », « le livre « … » »), a slogan or a sign (« aux cris de
   « … » »), an English title in capitals, a pull quote of the article's own words;
3. find the speech clauses around each one (cues.py), and in the sentence after it — steps 1 to
   3 are a pure function of the text, cached per article (:func:`scan_quotes`, :func:`scan_key`);
4. name the speaker of each clause from the actors' mentions (speakers.py); a quotation with no
   clause of its own takes the speaker the next sentence names (« Les mots sont ceux de X »),
   else the one of the quotation before it in its paragraph, or in the paragraph before when
   its paragraph is all quotation ("continued"); a quotation a title or a subheading repeats
   takes the speaker of the one it repeats ("repeated");
5. date it: a day the chronology found next to the speech verb (« a déclaré lundi »), else the
   paragraph's day before the quotation, else the article's publication date.

Quotations keep ids derived from their article and sentence, as the chronology's events do.
:func:`cached_quotes` keeps the whole result by content (:func:`quotes_key`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any, TypeVar, overload

from dossier.cache import JsonCache, content_key, fingerprint
from dossier.datewords import DAY
from dossier.quotes.cues import Cue, after_quote, before_quote, incise, patterns
from dossier.quotes.marks import Quoted, find_marks, is_heading, masked, sentence_spans
from dossier.quotes.speakers import EXCLUDED, Mention, Speaker, Speakers
from dossier.quotes.words import alternation, folded, no_break
from dossier.text import fold, words

T = TypeVar("T")

# Bump when what scan_quotes returns changes shape or meaning: cached results are then computed again.
QUOTES_VERSION = "2"
# A quotation has at least this many words: « la clarté », "no threat", « deconfliction » are
# words an article holds at a distance, not something someone said.
MIN_WORDS = 3
# A date written this many characters from the speech verb at most is the date of the speech
# (« a déclaré lundi », "said on Tuesday").
DATE_REACH = 40
# A date at most this many days before the publication may be a speech's (not « le 13 novembre » a month back).
SPEECH_DAYS = 7
# An English quotation this share of whose long words are capitalised is a title ("The Lord of the Rings").
TITLE_CASE_SHARE = 0.7
TITLE_MAX_WORDS = 10
# A pull quote is found again at least this long in the article's own words.
PULL_MIN_WORDS = 5
# Two quotations are one when one holds the other, or when they share this share of their words.
SAME_QUOTE_OVERLAP = 0.8


@dataclass(frozen=True)
class Quote:
    """One attributed quotation of one article."""

    id: str
    text: str  # the quoted words, without their marks
    block: int  # the paragraph it opens in (an index in the article's blocks: 0 is the title)
    start: int  # offset of its opening mark in that paragraph
    end_block: int
    end: int  # offset after its closing mark in end_block
    speaker: str  # the actor's key, "" when the speaker is no actor of the dossier
    speaker_name: str  # as the article writes it: « M. Le Drian », « un diplomate européen »
    cue: str  # the rule that attributed it (cues.py), "continued" or "repeated"
    verb: str  # the speech verb as written (« a déclaré »), "" when continued or repeated
    date: date | None
    precision: str  # DAY, MONTH… (dossier.datewords); "" when undated
    date_expression: str  # the words the date comes from; "" for the publication date
    sentence: str

    def as_data(self) -> dict[str, Any]:
        """Plain data (the date as ISO text)."""
        d = asdict(self)
        d["date"] = self.date.isoformat() if self.date else None
        return d

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> Quote:
        """The quotation as_data wrote."""
        return cls(**{**d, "date": date.fromisoformat(d["date"]) if d["date"] else None})


def quote_id(article: str, sentence: str, text: str) -> str:
    """A stable id: the same quotation in the same sentence of the same article gives the same id after any rebuild."""
    norm = " ".join(fold(sentence).split())
    return "q-" + hashlib.sha1(f"{article}|{norm}|{' '.join(fold(text).split())}".encode()).hexdigest()[:10]


# --- 1-3. the text: marks, what is no quotation, speech clauses (cached) ---------------------------

def _language(lang: str) -> str:
    return "en" if lang == "en" else "fr"


def _left_pattern(lang: str, section: str, tail: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(folded(lang, section))}){tail}$")  # « l'opération « … » »


_REJECTS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _rejects(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if lang not in _REJECTS:  # compiled once per language
        _REJECTS[lang] = (_left_pattern(lang, "naming", r"\s*(?:de\s+|d'|of\s+|:\s*)?"
                                              r"(?:(?:the|a|an|le|la|les|un|une)\s+|l')?[\"']?\s*"),
                          _left_pattern(lang, "slogans", r"(?![\w-])[^\"]{0,30}"))
    return _REJECTS[lang]


def _title_case(text: str) -> bool:
    """"The Lord of the Rings", "Housing for All": an English title, not a sentence."""
    ws = [w for w in words(text) if len(w) > 3 or w[:1].isupper()]
    return (0 < len(words(text)) <= TITLE_MAX_WORDS and len(ws) >= 2 and not text.rstrip(" ,;:").endswith(tuple(".!?"))
            and sum(w[:1].isupper() for w in ws) >= TITLE_CASE_SHARE * len(ws))


def _reject(text: str, before: str, lang: str, opens_sentence: bool) -> str:
    """Why a quoted span is no quotation ("" when it is one); `before` is the folded text before its mark.

    A word or two inside a sentence is held at a distance (« unanime », "no threat"); standing as
    its own sentence it is an utterance ("Unbelievable.", « J'ai honte », a-t-il reconnu).
    """
    if len(words(text)) < MIN_WORDS and not opens_sentence:
        return "short"
    naming, slogans = _rejects(lang)
    if naming.search(before):
        return "naming"
    if slogans.search(before):
        return "slogan"
    if lang == "en" and _title_case(text):
        return "title"
    return ""


def _sentence_at(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    for s, e in spans:
        if s <= at < e:
            return s, e
    return spans[-1]


def scan_quotes(blocks: Sequence[str], lang: str) -> list[dict[str, Any]]:
    """Every quoted span of an article with why it is no quotation, or the speech clauses around it (plain data)."""
    lang = _language(lang)
    quoted, parted = _split_incises(blocks, find_marks(blocks, lang), lang)
    hidden = masked(blocks, quoted)
    folded_blocks = [fold(m) for m in hidden]
    spans = [sentence_spans(m, no_break(lang)) for m in hidden]
    out: list[dict[str, Any]] = []
    for q in quoted:
        text = q.text(blocks)
        s_start, s_end = _sentence_at(spans[q.block], q.start)
        r_start, r_end = _sentence_at(spans[q.end_block], max(q.end - 1, 0))
        heading = is_heading(blocks[q.block], q.block)
        opens_sentence = not re.search(r"\w", folded_blocks[q.block][s_start:q.start]) or bool(
            re.search(r":\s*$", folded_blocks[q.block][s_start:q.start]))  # « avait coupé court : « Vous saviez. » »
        reason = _reject(text, folded_blocks[q.block][max(0, q.start - 40):q.start], lang, opens_sentence)
        if not reason and _pulled(q, blocks, folded_blocks):
            reason = "pull quote"
        cues: list[Cue] = []
        later: list[Cue] = []
        opens = not blocks[q.block][:q.start].strip()  # the quotation opens its paragraph
        if not reason:
            cues = after_quote(folded_blocks[q.end_block], q.end_block, q.end, r_end, lang)
            before = before_quote(folded_blocks[q.block], q.block, s_start, q.start, lang, heading)
            cues = cues[:1] + before + cues[1:]  # right after the quotation first, a later incise last
            if not cues and q.block > 0 and opens:
                cues = _announced(blocks, folded_blocks, spans, q.block - 1, lang)
            later = _named_next(folded_blocks, q.end_block, spans, r_end, lang, opens)
            if q in parted and out:  # the second part of a quotation its clause interrupts: the first's speaker
                cues = [Cue(**_plain_cue(c)) for c in out[-1]["cues"]] + cues
        out.append({"block": q.block, "start": q.start, "end_block": q.end_block, "end": q.end, "family": q.family,
                    "closed": q.closed, "parts": [list(p) for p in q.parts], "text": text, "heading": heading,
                    "sentence": [s_start, s_end], "alone": _alone(folded_blocks[q.block], s_start, q.start)
                    and _alone(folded_blocks[q.end_block], q.end, r_end),
                    "reject": reason, "cues": [c.as_data() for c in cues], "later": [c.as_data() for c in later],
                    "opens": opens})
    return out


def _pulled(q: Quoted, blocks: Sequence[str], folded_blocks: Sequence[str]) -> bool:
    """A paragraph that is only a quotation of words the article says itself elsewhere: a pull quote, no one's."""
    if q.block != q.end_block or re.search(r"\w", blocks[q.block][:q.start] + blocks[q.block][q.end:]):
        return False
    said = " ".join(words(fold(q.text(blocks))))
    return len(said.split()) >= PULL_MIN_WORDS and any(
        said in " ".join(words(f)) for b, f in enumerate(folded_blocks) if b != q.block)


def _plain_cue(c: dict[str, Any]) -> dict[str, Any]:
    return {**c, "verb": tuple(c["verb"]), "who": tuple(c["who"]) if c["who"] else None}


def _split_incises(blocks: Sequence[str], quoted: list[Quoted], lang: str) -> tuple[list[Quoted], set[Quoted]]:
    """Each quotation its speech clause interrupts (« …, a expliqué la ministre, … ») as its two parts."""
    out: list[Quoted] = []
    second: set[Quoted] = set()
    for q in quoted:
        b, s, e = q.parts[0] if q.parts else (q.block, q.start, q.start)
        cut = incise(blocks[b], s, e, lang) if len(q.parts) == 1 and q.block == q.end_block else None
        if cut is None:
            out.append(q)
            continue
        first = Quoted(q.block, q.start, b, cut[0], q.family, True, ((b, s, cut[0]),))
        rest = Quoted(b, cut[1] - 1, q.end_block, q.end, q.family, q.closed, ((b, cut[1], e),))
        out += [first, rest]
        second.add(rest)
    return out, second


def _announced(blocks: Sequence[str], folded_blocks: Sequence[str], spans: Sequence[list[tuple[int, int]]], b: int,
               lang: str) -> list[Cue]:
    """A paragraph ending with « : » announces the quotation that opens the next ("Stella Creasy … said:")."""
    if not blocks[b].rstrip().endswith(":") or is_heading(blocks[b], b):
        return []
    start, _end = spans[b][-1]
    return before_quote(folded_blocks[b], b, start, len(blocks[b].rstrip()), lang, False)


def _named_next(folded_blocks: Sequence[str], b: int, spans: Sequence[list[tuple[int, int]]], end: int, lang: str,
                opens: bool) -> list[Cue]:
    """The speaker named in the next sentence (maybe the next paragraph's first).

    « « … » Devant ses partisans, François Legault promet … », ""…" That was how Czech diplomat
    Tomáš Hrubý summed up the mood"; tried when the quotation's own sentence names no one.
    """
    following = [(s, e) for s, e in spans[b] if s >= end]
    if not following and b + 1 < len(spans) and opens:
        b, following = b + 1, spans[b + 1][:1]
    if not following:
        return []
    folded_block = folded_blocks[b]
    s, e = following[0]
    demonstrative = patterns(lang).demonstrative.match(folded_block, s) is not None
    if not (opens or demonstrative):
        return []
    cues = [c for c in before_quote(folded_block, b, s, e, lang, False) if c.rule == "verb"]
    if demonstrative:
        cues.append(Cue("next", "first", b, (s, s), (s, e)))
    return cues


def scan_key(blocks: Sequence[str], lang: str) -> str:
    """The cache key of an article's scanned quotations: its text, its language, the stage's code and QUOTES_VERSION."""
    return content_key(QUOTES_VERSION, fingerprint("quotes"), _language(lang), *blocks)


def _alone(text: str, start: int, end: int) -> bool:
    """Nothing but marks, spaces and punctuation between `start` and `end`: the quotation is its sentence."""
    return not re.search(r"\w", text[start:end])


# --- 4-5. speakers and dates --------------------------------------------------------------------

class _Lazy(Sequence[T]):
    """A sequence computed one item at a time, on first use: most paragraphs hold no quotation."""

    def __init__(self, size: int, make: Callable[[int], T]) -> None:
        self.size, self.make = size, make
        self.done: dict[int, T] = {}

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> list[T]: ...

    def __getitem__(self, i: int | slice) -> T | list[T]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if i not in self.done:
            if not 0 <= i < self.size:
                raise IndexError(i)
            self.done[i] = self.make(i)
        return self.done[i]


class _Masked:
    """An article's paragraphs with their quotations masked, folded, cut into sentences: each on first use."""

    def __init__(self, blocks: Sequence[str], quoted: Sequence[Quoted], lang: str) -> None:
        by_block: dict[int, list[Quoted]] = {}
        for q in quoted:
            for b in {p[0] for p in q.parts}:
                by_block.setdefault(b, []).append(q)
        self.masked: _Lazy[str] = _Lazy(len(blocks), lambda b: masked(blocks, by_block.get(b, []), only=b))
        self.folded: _Lazy[str] = _Lazy(len(blocks), lambda b: fold(self.masked[b]))
        self.sentences: _Lazy[list[tuple[int, int]]] = _Lazy(
            len(blocks), lambda b: sentence_spans(self.masked[b], no_break(lang)))


def _cue_of(d: dict[str, Any]) -> Cue:
    return Cue(d["rule"], d["kind"], d["block"], tuple(d["verb"]), tuple(d["who"]) if d["who"] else None,
               d["pronoun"])


def _quoted_of(d: dict[str, Any]) -> Quoted:
    return Quoted(d["block"], d["start"], d["end_block"], d["end"], d["family"], d["closed"],
                  tuple(tuple(p) for p in d["parts"]))


@dataclass(frozen=True)
class _Timex:
    block: int
    start: int
    end: int
    value: date
    precision: str
    text: str


def _timexes(blocks: Sequence[str], dated: Sequence[dict[str, Any]]) -> list[_Timex]:
    """The chronology's dates, placed in their paragraphs."""
    out = []
    for d in dated:
        b, at = d["block"], blocks[d["block"]].find(d["expression"], d["offset"])
        if at >= 0:
            out.append(_Timex(b, at, at + len(d["expression"]), date.fromisoformat(d["value"]), d["precision"],
                              d["expression"]))
    return out


def _date_of(cue: Cue | None, timexes: Sequence[_Timex], published: date | None, blocks: Sequence[str],
             inside: Sequence[tuple[int, int, int]], at: tuple[int, int]) -> tuple[date | None, str, str]:
    """The date of the speech: (value, precision, expression).

    A day written next to the speech verb (« a déclaré lundi », "said on Tuesday"), not in a
    clause of its own (« a déclaré M. Cameron, qui avait obtenu début décembre »); else the last
    day of the days before the publication (SPEECH_DAYS) the paragraph gives before the
    quotation (« Mardi matin, les vignerons… « … », se désolait X »); else the publication date.
    """
    def usable(t: _Timex) -> bool:
        recent = published is None or timedelta(0) <= published - t.value <= timedelta(days=SPEECH_DAYS)
        return t.precision == DAY and recent and not any(b == t.block and s <= t.start < e for b, s, e in inside)

    days = [t for t in timexes if usable(t)]
    if cue is not None:
        near = [(min(abs(t.start - cue.verb[1]), abs(cue.verb[0] - t.end)), t) for t in days if t.block == cue.block]
        near = [(d, t) for d, t in near if d <= DATE_REACH and not _own_clause(blocks[cue.block], cue.verb, t)]
        if near:
            t = min(near, key=lambda x: x[0])[1]
            return t.value, t.precision, t.text
    before = [t for t in days if t.block == at[0] and t.end <= at[1]]
    if before:
        return before[-1].value, before[-1].precision, before[-1].text
    return published, DAY if published else "", ""


_OWN_CLAUSE = re.compile(r"(?<![\w'-])(?:qui|que|dont|who|which|that|when|où|quand|lorsque)(?![\w'-])|[;(]")


def _own_clause(block: str, verb: tuple[int, int], t: _Timex) -> bool:
    """A relative clause or a bracket stands between the verb and the date: the date is another event's."""
    between = block[verb[1]:t.start] if t.start >= verb[1] else block[t.end:verb[0]]
    return _OWN_CLAUSE.search(fold(between)) is not None


def _same(a: str, b: str) -> bool:
    """One quotation is the other: one holds the other, or they share most of their words."""
    fa, fb = " ".join(words(fold(a))), " ".join(words(fold(b)))
    if fa in fb or fb in fa:
        return True
    wa, wb = set(fa.split()), set(fb.split())
    return bool(wa and wb) and len(wa & wb) >= SAME_QUOTE_OVERLAP * min(len(wa), len(wb))


def attribute(scanned: Sequence[dict[str, Any]], blocks: Sequence[str], lang: str, published: date | None = None,
              mentions: Sequence[Mention] = (), dated: Sequence[dict[str, Any]] = (), authors: Sequence[str] = (),
              publishers: Sequence[str] = (), article: str = "") -> list[Quote]:
    """The attributed quotations of an article from its scanned quotations (steps 4 and 5)."""
    lang = _language(lang)
    kept = [d for d in scanned if not d["reject"]]
    if not kept and not any(d["heading"] and d["reject"] == "pull quote" for d in scanned):
        return []
    parts = [tuple(p) for d in scanned for p in d["parts"]]
    hidden = _Masked(blocks, [_quoted_of(d) for d in scanned], lang)
    speakers = Speakers(blocks, hidden.folded, lang, mentions, parts, authors,
                        publishers, hidden.sentences)
    timexes = _timexes(blocks, dated)
    found: list[tuple[dict[str, Any], Speaker, Cue | None]] = []
    for d in kept:
        speaker, cue = _speaker(d, speakers, found, blocks)
        if speaker is not None:
            found.append((d, speaker, cue))
    named = [(d, s) for d, s, _c in found if s is not EXCLUDED]
    for d in kept:  # a title or a subheading repeats what someone says in the text
        if not any(f is d for f, _s, _c in found):
            source = next((s for f, s in named if not f["heading"] and _same(d["text"], f["text"])), None)
            if source is not None:
                found.append((d, Speaker(source.key, source.name, "repeated"), None))
    interviewee = speakers.interviewee() if _interview(blocks) else None
    for d in scanned:  # in an interview, the title and the subheads in marks are the interviewee's (even pulled)
        if (interviewee is not None and d["heading"] and d["reject"] in ("", "pull quote")
                and not any(f is d for f, _s, _c in found)):
            found.append((d, interviewee, None))
    out = []
    for d, speaker, cue in sorted(found, key=lambda x: (x[0]["block"], x[0]["start"])):
        if speaker is EXCLUDED:
            continue
        when, precision, expression = _date_of(cue, timexes, published, blocks, parts, (d["block"], d["start"]))
        sentence = " ".join(blocks[d["block"]][d["sentence"][0]:d["sentence"][1]].split())
        rule = speaker.how if speaker.how in ("continued", "repeated", "interview") else cue.rule if cue else ""
        verb = " ".join(blocks[cue.block][cue.verb[0]:cue.verb[1]].split()) if cue else ""
        out.append(Quote(quote_id(article, sentence, d["text"]), d["text"], d["block"], d["start"], d["end_block"],
                         d["end"], speaker.key, speaker.name, rule, verb, when, precision, expression, sentence))
    return out


# A paragraph that asks the interviewee a question: « Q. … », "HM: …?", « La Croix : Comment … ? »
_QUESTION = re.compile(r"^(?:Q|Question)\s*[.:–-]\s|\?\s*$")
# An interview asks at least this many questions.
INTERVIEW_QUESTIONS = 2


def _interview(blocks: Sequence[str]) -> bool:
    """An interview: questions in the body, in paragraphs that are no quotation."""
    asked = sum(1 for b in blocks[2:] if b.strip() and b.lstrip()[0] not in "«\"“‘'" and _QUESTION.search(b.strip()))
    return asked >= INTERVIEW_QUESTIONS


def _speaker(d: dict[str, Any], speakers: Speakers, found: list[tuple[dict[str, Any], Speaker, Cue | None]],
             blocks: Sequence[str]) -> tuple[Speaker | None, Cue | None]:
    """The speaker of one quotation: its own speech clause, or the quotation it goes on from."""
    for c in d["cues"]:
        cue = _cue_of(c)
        s = speakers.resolve(cue, (d["block"], d["start"]))
        if s is not None:
            return s, cue
    if d["heading"] or not d["alone"]:
        return None, None
    # « « … » Les mots sont ceux de X », « « … » X le dit sans hésiter »: before any continuation
    named_next = _later(d, speakers, "" if d.get("opens") else "next")
    if named_next[0] is not None or not found:
        return named_next if named_next[0] is not None else _later(d, speakers)
    prev, speaker, before = found[-1]
    if speaker is EXCLUDED:
        return None, None
    same_block = prev["end_block"] == d["block"]
    previous_block = prev["end_block"] == d["block"] - 1 and not re.search(r"\w", blocks[d["block"]][:d["start"]])
    if (same_block or previous_block) and not _other_person_between(speakers, prev, d, speaker):
        return Speaker(speaker.key, speaker.name, "continued"), before
    return _later(d, speakers)


def _later(d: dict[str, Any], speakers: Speakers, rule: str = "") -> tuple[Speaker | None, Cue | None]:
    """A speaker the next sentence names (by the rule `rule` only, when given)."""
    for c in d.get("later", []):
        if rule and c["rule"] != rule:
            continue
        cue = _cue_of(c)
        s = speakers.resolve(cue, (d["block"], d["start"]))
        if s is not None:
            return s, cue
    return None, None


def _other_person_between(speakers: Speakers, prev: dict[str, Any], d: dict[str, Any], speaker: Speaker) -> bool:
    """Someone else is named between the quotation before and this one (then this one is not theirs to go on)."""
    start, end = (prev["end_block"], prev["end"]), (d["block"], d["start"])
    return any(start <= (m.block, m.start) < end and m.key != speaker.key and m.type == "Person"
               for m in speakers.mentions)


def quotes_key(blocks: Sequence[str], lang: str, published: date | None = None, mentions: Sequence[Mention] = (),
               dated: Sequence[dict[str, Any]] = (), authors: Sequence[str] = (), publishers: Sequence[str] = (),
               article: str = "") -> str:
    """The cache key of an article's quotations: everything find_quotes reads, the stage's code and QUOTES_VERSION."""
    given = json.dumps([str(published), [list(m) for m in mentions], list(dated), list(authors), list(publishers),
                        article], ensure_ascii=False, sort_keys=True, default=str)
    return content_key(scan_key(blocks, lang), given)


def cached_quotes(cache: JsonCache, blocks: Sequence[str], lang: str, published: date | None = None,
                  mentions: Sequence[Mention] = (), dated: Sequence[dict[str, Any]] = (), authors: Sequence[str] = (),
                  publishers: Sequence[str] = (), article: str = "") -> list[Quote]:
    """find_quotes, kept by content: a rebuild where neither the article nor its actors and dates changed reads it back.

    The scanned quotations (the text's part) are kept too, under scan_key: a change of actors
    attributes them again without reading the text again.
    """
    key = quotes_key(blocks, lang, published, mentions, dated, authors, publishers, article)
    kept = cache.get(key)
    if kept is not None:
        return [Quote.from_data(d) for d in kept]
    skey = scan_key(blocks, lang)
    scanned = cache.get(skey)
    if scanned is None:
        scanned = scan_quotes(blocks, lang)
        cache.put(skey, scanned)
    found = attribute(scanned, blocks, lang, published, mentions, dated, authors, publishers, article)
    cache.put(key, [q.as_data() for q in found])
    return found


def find_quotes(blocks: Sequence[str], lang: str, published: date | None = None, mentions: Sequence[Mention] = (),
                dated: Sequence[dict[str, Any]] = (), authors: Sequence[str] = (), publishers: Sequence[str] = (),
                article: str = "") -> list[Quote]:
    """Every attributed quotation of an article (a pure function of its text and of what the other stages found).

    `blocks` as the analyses read them (title, standfirst, paragraphs); `mentions` the actors'
    spans with their types; `dated` what dossier.chronology.find_dated gives for the same
    blocks; `authors` and `publishers` are never speakers; `article` makes the ids (its slug).
    """
    return attribute(scan_quotes(blocks, lang), blocks, lang, published, mentions, dated, authors, publishers, article)
