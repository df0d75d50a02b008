"""Who a speech clause names: an actor the article's mentions give, the last one named, or words kept as written.

The mentions are the actors stage's spans (block, start, end, actor key) with the actor's type,
passed in as plain data: this module knows no model.  A description the actors stage maps to
an actor (« le président américain », from the editors' actors file) is a mention like a name.
Another description (« le ministre », « l'entraîneur ») stands for the last person named before
whom the article calls so, or, short and definite, for the last person named in the paragraph
or the one before; an indefinite one (« un diplomate européen ») names no actor and is kept as
written.  A journalist (the article's authors, "Al Jazeera's Rania Haddad", « notre
correspondant ») and an outlet are never a speaker: a clause that names one attributes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from dossier.datewords import number_words
from dossier.editorfiles import ORG, PERSON, PLACE
from dossier.lexicon import outlets
from dossier.quotes.cues import Cue, is_verb, patterns, pronoun_subject
from dossier.quotes.words import alternation, authoring_forms, folded, no_break
from dossier.text import fold, name_key

# How far around a person's mention the head of a description is looked for (« Le ministre
# français des Affaires étrangères, Jean-Yves Le Drian »: before; "Raj Dhillon, president of": after).
DESCRIBED_BEFORE = 60
DESCRIBED_AFTER = 80
# A speaker written in more words than this is a clause, not a name.
NAME_MAX_WORDS = 8
# A short description without a complement (« l'entraîneur ») stands for the last person named
# this many paragraphs back at most.
DESCRIPTION_REACH = 1
# « en expliquant », "adding": a participle's subject is the sentence's.
PARTICIPLES = ("ant", "ing")
CLITICS = frozenset({"lui", "leur", "l'", "m'", "me", "nous", "vous", "y", "en", "se", "s'"})
# Subjects that name no one (« Ils notent », "we said").
NO_ONE = frozenset({"ils", "elles", "on", "nous", "vous", "they", "we", "you", "il", "elle", "he", "she", "it", "one",
                    "i", "je"})
# Words of a description that say nothing of whom it describes.
DESCRIPTION_SMALL = frozenset({"des", "du", "de", "the", "of", "and", "et"})
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their", "my", "our", "your"})
PRONOUNS = NO_ONE - {"one", "it"}  # words no speaker's name holds
# How far after a description's comma its apposition's name may start (« son avocate, Me Sophie Marcoux »).
APPOSITION_REACH = 8
SENTENCE_PRONOUN = re.compile(r"\s*(il|elle|he|she)(?![\w'-])")
# A prepositional phrase between an inverted verb and its subject (« a plaidé à la tribune la ministre »).
LEADING_PREPOSITION = re.compile(r"(?:a|au|aux|devant|sur|dans|lors|to|before|at|in|on)\s+"  # folded: « à »
                                 r"(?:(?:l'|la |le |les |the |d'|de |son |sa |ses |leur |his |her |their )?[\w'-]+\s+)")
OPINION_HOLDER = re.compile(r"(?:^|[.!?]\s+)(?:pour|selon|d'apres|for|according to)\s+$")
# « X, porte-parole du gouvernement, » — not « X, a interpellé le ministre »: a clause is no apposition
APPOSITION_AFTER = re.compile(r"\s*,(?!\s*(?:a|ont|avait|est|has|had|was|is|qui|who|which|said|told)(?![\w'-]))"
                              r"\s*([^,.;:\"]+)")
APPOSITION = re.compile(r",\s*")
# A person's complement before their verb: "Sarah Moss of GMP's Oldham district said".
OF_GAP = re.compile(r"^\s+(?:of|de|du|des|d')\s[^,\"]{0,60}$")
POSSESSIVE = re.compile(r"'s\b")
POSSESSED = re.compile(r"'s\s+$")
# What makes a speech verb's clause another's: "…, and Putin ordered the Russian Navy to …"
NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|et|mais|tandis que|alors que)\s+")
CAPITALISED_NAME = re.compile(r"[A-ZÀ-Ý][\w'-]+(?:\s+(?:de |van |von |al-|el-)?[A-ZÀ-Ý][\w'-]+){1,3}(?=\s*,)")
RELATIVE_END = re.compile(r",\s*(?:who|qui)\s+(?:[\w'-]+\s+){0,2}$")
SUBJECT_PRONOUN = re.compile(r"(?<![\w'-])(il|elle|he|she)(?![\w'-])")
COMPLEMENT_BEFORE = re.compile(r"(?<![\w'-])(?:de|du|des|d'|à|au|aux|avec|dans|en|sur|par|pour|chez|entre|contre|vers"
                               r"|devant|derrière|après|avant|pendant|lors de|près de|auprès de"
                               r"|of|for|at|in|with|on|by|from|to|between|against|near|outside|inside|behind|after|before"
                               r"|during)"
                               r"(?:\s+(?:la|le|les|the)\s+|\s*l'|\s+)(?-i:[A-Z]{2,6}\s+)?$", re.IGNORECASE)
_WORDS = re.compile(r"[\w'-]+")
# A name a description follows: « Mohamed-Larbi Benaïssa, enseignant à l'université d'Alger ».
APPOSED_DESCRIPTION = re.compile(r",\s+[a-zà-ÿ]")
# A name a description or a title opens: « la politologue Hélène Carvalho », « Son maire, Gilles Rambaud », "Dr Nadia".
DESCRIBED_NAME = re.compile(r"(?:(?<![\w'’-])[a-zà-ÿ][\w'’-]*\s*,?|(?<![\w'’-])(?:Dr|Mme|M\.|Mr|Mrs|Ms|Me|Prof)\.?)"
                            r"\s+$")
LEADING_ARTICLE = re.compile(r"^(?:l |le |la |les |the )")
_CLAUSE_END = re.compile(r"[,;.:!?\"\[\]«»“”]")
_LAST_NAME_WORD = re.compile(r"[\w-]+$")


class Mention(NamedTuple):
    """Where the article names an actor, as the actors stage gives it, with the actor's type."""

    block: int
    start: int
    end: int
    key: str
    type: str = PERSON


@dataclass(frozen=True)
class Speaker:
    """Who said it: an actor key ("" when no actor of the dossier) and the name as the article writes it."""

    key: str
    name: str
    how: str  # named, pronoun, description, written; excluded: a journalist or an outlet


EXCLUDED = Speaker("", "", "excluded")


@cache
def _language(lang: str) -> tuple[re.Pattern[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """(speaker ends, definite determiners, indefinite ones, reporters) of a language."""
    ends = re.compile(rf"(?<![\w'-])(?:{alternation(folded(lang, 'speaker_ends'))})(?![\w-])")
    reporters = re.compile(rf"(?<![\w-])(?:{alternation(folded(lang, 'reporters'))})(?![\w-])")
    return ends, frozenset(folded(lang, "determiners")), frozenset(folded(lang, "indefinite")), reporters


@dataclass(frozen=True)
class _DocumentPatterns:
    word: re.Pattern[str]  # a document's word (« la résolution », "the report")
    opening: re.Pattern[str]  # a clause that opens with one (« La résolution 2249, adoptée … »)
    agent: re.Pattern[str]  # what stands before its author: « adoptée à l'unanimité par le », "published today by the"
    authors: re.Pattern[str]  # what follows its author: « a adopté », "has issued"
    genitive: re.Pattern[str]  # between the document's word and its author: « un communiqué du », "the statement from"
    relative: re.Pattern[str]  # a subject that is a relative pronoun: « une résolution … qui appelle »


@cache
def _documents(lang: str) -> _DocumentPatterns:
    docs = alternation(folded(lang, "documents"))
    verbs = alternation(authoring_forms(lang))
    aux = alternation(folded(lang, "auxiliaries"))
    article = r"(?:le\s+|la\s+|les\s+|l'|the\s+)?"
    return _DocumentPatterns(
        re.compile(rf"(?<![\w-])(?:l'|d')?(?P<doc>{docs})s?(?![\w-])"),
        re.compile(rf"\s*(?:(?P<det>{alternation(folded(lang, 'determiners'))})\s+|l')?(?P<doc>{docs})s?(?![\w-])"),
        re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])[^,;.:!?\"]{{0,40}}?(?<![\w-])(?:par|by)\s+{article}$"),
        re.compile(rf"\s*(?:(?:{aux})\s+)?(?:{verbs})(?![\w-])"),
        re.compile(rf"(?:\s+[\w.-]+){{0,2}}?\s+(?:du|des|de\s+la|de\s+l'|d'|de|of|from|by)\s+{article}"),
        re.compile(r"(?<![\w'-])(?:qui|which|that)\s+$"),
    )


# A French document's gender by its determiner: « elle » stands for « la résolution », « il » for « le texte ».
_FEMININE = frozenset({"la", "une", "cette"})
_MASCULINE = frozenset({"le", "un", "ce", "cet"})


@cache
def _gaps(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Between a subject and its verb: (an apposition or a comma, then words of [between]; those words only)."""
    words = rf"(?:(?:{alternation(folded(lang, 'between'))}|\w+ment|\w+ly)\s+){{0,4}}"
    return (re.compile(rf"^\s*(?:,[^,\"]{{1,120}},|,)?\s*{words}$"), re.compile(rf"^\s*,?\s*{words}$"))


@cache
def _outlet_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'-])(?:{alternation(sorted(outlets()))})'s\s*$")


def _names_outlet(words: Sequence[str]) -> bool:
    """Words that name an outlet (« un éditorialiste du Figaro »)."""
    return _bare_outlets().search(" ".join(words)) is not None


@cache
def _bare_outlets() -> re.Pattern[str]:
    """Outlets' keys without their article (« le figaro » -> figaro), long enough to tell, as whole words."""
    bare = sorted({b for b in (LEADING_ARTICLE.sub("", o) for o in outlets()) if len(b) > 3})
    return re.compile(rf"(?<![\w'-])(?:{alternation(bare)})(?![\w'-])")


def bare_key(name: str) -> str:
    """A name's key without its leading article (« l'AFP » -> afp, "the BBC" -> bbc)."""
    return LEADING_ARTICLE.sub("", name_key(name))


class Speakers:
    """The speakers of one article's speech clauses."""

    def __init__(self, blocks: Sequence[str], folded_blocks: Sequence[str], lang: str, mentions: Sequence[Mention],
                 quoted: Sequence[tuple[int, int, int]], authors: Collection[str] = (),
                 publishers: Collection[str] = (), sentences: Sequence[Sequence[tuple[int, int]]] = ()) -> None:
        self.blocks = blocks
        self.folded = folded_blocks
        self.sentences = sentences  # per block, its sentences' spans
        self.lang = "en" if lang == "en" else "fr"
        self.ends, self.definite, self.indefinite, self.reporters = _language(self.lang)
        self.gap, self.tight_gap = _gaps(self.lang)
        self.not_speakers = {bare_key(n) for n in (*authors, *publishers) if n.strip()} | outlets()
        self.surnames = {k.split()[-1] for k in (name_key(n) for n in authors if len(n.split()) > 1)}
        inside = {b: [(s, e) for bb, s, e in quoted if bb == b] for b, _s, _e in quoted}
        self.mentions = sorted((m for m in mentions if m.block < len(blocks) and not any(s <= m.start and m.end <= e
                                                                for s, e in inside.get(m.block, ()))
                                and fold(blocks[m.block][m.start:m.end]) not in NO_ONE),  # "One said" is no actor
                               key=lambda m: (m.block, m.start))
        self.journalists = {m.key for m in self.mentions if self._is_journalist(m)}

    # --- who is never a speaker ---------------------------------------------------------------

    def _is_journalist(self, m: Mention) -> bool:
        """An author of the article, a reporter named as one ("Al Jazeera's Rania Haddad", « notre correspondant »)."""
        text = bare_key(self.blocks[m.block][m.start:m.end])
        if text in self.not_speakers or (len(text.split()) == 1 and text in self.surnames):
            return True
        if m.type != PERSON:
            return False
        left = self.folded[m.block][max(0, m.start - 50):m.start]
        right = self.folded[m.block][m.end:m.end + 30]
        return bool(_outlet_pattern().search(left) or re.search(rf"(?:{self.reporters.pattern})[^.;]{{0,40}}$", left)
                    or re.match(rf"^\s*,\s*(?:{self.reporters.pattern})", right))

    def excluded(self, m: Mention) -> bool:
        """A journalist or an outlet: never a speaker."""
        return m.key in self.journalists or bare_key(self.blocks[m.block][m.start:m.end]) in self.not_speakers

    # --- mentions ---------------------------------------------------------------------------------

    def _in(self, b: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.block == b and start <= m.start < end]

    def last_named(self, b: int, at: int, types: Collection[str] = (PERSON,),
                   reach: int | None = None) -> Mention | None:
        """The last actor of these types named before (block, offset), no journalist, at most `reach` blocks back."""
        for m in reversed(self.mentions):
            if (m.block, m.end) <= (b, at) and m.type in types and not self.excluded(m) and not self._complement(m):
                return m if reach is None or b - m.block <= reach else None
        return None

    def _named(self, m: Mention, how: str = "named") -> Speaker:
        return EXCLUDED if self.excluded(m) else Speaker(m.key, " ".join(self.blocks[m.block][m.start:m.end].split()),
                                                         how)

    def _complement(self, m: Mention) -> bool:
        """« le candidat de Lamuka », "at the White House", "with Francois Hollande": a complement, not a subject.

        Not « Pour Karim Haddad, l'incident était prévisible »: a sentence's opinion holder.
        """
        if OPINION_HOLDER.search(self.folded[m.block], 0, m.start):
            return False
        # the article's own text: "at BMO Nesbitt Burns" (an acronym before the name) is told by its capitals
        text = self.blocks[m.block].replace("’", "'")
        return COMPLEMENT_BEFORE.search(text, max(0, m.start - 20), m.start) is not None

    # --- documents: their author speaks for them --------------------------------------------------

    def _sentence_of(self, b: int, pos: int) -> tuple[int, int]:
        spans = self.sentences[b] if b < len(self.sentences) else []
        return next(((s, e) for s, e in spans if s <= pos < e), (0, len(self.folded[b])))

    def _author_near(self, b: int, start: int, end: int) -> Mention | None:
        """The author a document's sentence names: « adoptée par X », « X a adopté … », "X report", « … du X »."""
        p = _documents(self.lang)
        text = self.folded[b]
        s, e = self._sentence_of(b, start)
        for m in self._in(b, s, e):
            if m.type != ORG or self.excluded(m):
                continue
            if m.end <= start and (text[m.end:start].strip() in ("", "'s") or p.authors.match(text, m.end)):
                return m  # "A Government Accountability Office report", « Le Conseil de sécurité a adopté … »
            if m.start >= end and p.genitive.fullmatch(text, end, m.start) or p.agent.search(text, s, m.start):
                return m  # « un communiqué du Cabinet royal », « adoptée à l'unanimité par le Conseil »
        return None

    def _document_author(self, b: int, start: int, end: int) -> Speaker | None:
        """Who speaks for a document: its author named with it, else (a definite one) the last document's author."""
        m = self._author_near(b, start, end)
        if m is None and self._definite_at(b, start):
            m = self._last_author(b, start)
        return self._named(m, "document") if m else None

    def _definite_at(self, b: int, start: int) -> bool:
        text = self.folded[b]
        before = _WORDS.findall(text[max(0, start - 12):start])
        return text.startswith("l'", start) or bool(before) and before[-1] in self.definite

    def _last_author(self, b: int, start: int) -> Mention | None:
        """The author of the last document named before (block, offset) whose sentence names one."""
        p = _documents(self.lang)
        for bb in range(b, -1, -1):
            text = self.folded[bb]
            for d in reversed(list(p.word.finditer(text, 0, start if bb == b else len(text)))):
                m = self._author_near(bb, d.start("doc"), d.end())
                if m is not None:
                    return m
        return None

    def _document_in(self, b: int, start: int, end: int) -> Speaker | None:
        """The author of the first document the words (start, end) name, or None."""
        d = _documents(self.lang).word.search(self.folded[b], start, end)
        return self._document_author(b, d.start("doc"), d.end()) if d else None

    def _sentence_subject(self, pronoun: str, at: tuple[int, int]) -> Speaker | None:
        """« il », « elle », "it" for the subject of this sentence or the one before: a document (by gender), an org.

        « Le Conseil de sécurité n'invoque pas le Chapitre VII. Il emploie la formule « … » »; « La
        résolution … . Elle qualifie l'EI de « … » ».
        """
        p = _documents(self.lang)
        for i, (b, s, _e) in enumerate(self._sentences_back(*at)):
            text = self.folded[b]
            doc = p.opening.match(text, s)
            if doc and not (pronoun == "elle" and doc.group("det") in _MASCULINE
                            or pronoun == "il" and doc.group("det") in _FEMININE):
                return self._document_author(b, doc.start("doc"), doc.end())
            if self.lang == "fr" and i > 0:  # not its own sentence's: « Le Secrétariat, a-t-il ajouté, a … »
                first = next(iter(self._in(b, s, _e)), None)
                if (first is not None and first.type == ORG and not self.excluded(first)
                        and re.fullmatch(r"\s*(?:le|la|les|l')?\s*", text[s:first.start])
                        and not any(m.type == PERSON for m in self._in(b, s, _e))):
                    return self._named(first, "pronoun")
        return None

    def interviewee(self) -> Speaker | None:
        """Whom an interview's standfirst names: its first person given a description, never a journalist.

        « la politologue X », "council leader X", "Dr X", « Son maire, X », « X, enseignant à … ».
        """
        if len(self.blocks) < 2:
            return None
        people = [m for m in self._in(1, 0, len(self.blocks[1])) if m.type == PERSON and not self.excluded(m)
                  and not self._complement(m)]
        described = [m for m in people if DESCRIBED_NAME.search(self.blocks[1], max(0, m.start - 30), m.start)
                     or APPOSED_DESCRIPTION.match(self.blocks[1], m.end)]
        if not described:
            return None
        return Speaker(described[0].key, self._named(described[0]).name, "interview")

    # --- the rules ------------------------------------------------------------------------------

    def resolve(self, cue: Cue, at: tuple[int, int]) -> Speaker | None:
        """The speaker a cue names (`at`: where the quotation opens), EXCLUDED, or None when it names no one."""
        if cue.kind == "pronoun":
            return self._pronoun(cue.pronoun, at)
        assert cue.who is not None
        if cue.rule == "heading":  # « Cameron : « … » »: a name, or no speaker
            named = [m for m in self._in(cue.block, *cue.who) if m.type in (PERSON, ORG)]
            return self._named(named[-1]) if named else None
        if cue.kind == "first":  # « Les mots sont ceux de X »: a complement may name the speaker
            return self._first(cue.block, cue.who[0], cue.who[1], at, complements=cue.rule == "next")
        if cue.kind == "before":
            if cue.rule == "verb" and self._stale(cue, at):
                return None
            verb = self.folded[cue.block][cue.verb[0]:cue.verb[1]]
            found = self._subject(cue.block, cue.who[0], cue.who[1], at, verb.endswith(PARTICIPLES))
            if found is None and cue.rule == "before":  # ""…," organisers said": a bare plural right after it
                return self._bare_group(cue.block, cue.who[0], cue.who[1])
            return found
        if cue.rule == "opinion" and _documents(self.lang).word.search(self.folded[cue.block], *cue.who):
            person = self._person_after(cue.block, cue.who[1], at)
            if person is not None:  # « Selon un communiqué du Cabinet royal, François Hollande a tenu à « … » »
                return person
        return self._following(cue.block, cue.who[0], cue.who[1], at)

    def _person_after(self, b: int, start: int, at: tuple[int, int]) -> Speaker | None:
        """The person who opens the clause after a source (« selon un communiqué, X a … »), before the quotation."""
        if at[0] != b:
            return None
        named = self._in(b, start, at[1])
        text = self.folded[b]
        if named and named[0].type == PERSON and re.fullmatch(r"[\s,]*", text[start:named[0].start]):
            return self._named(named[0])
        return None

    def _bare_group(self, b: int, start: int, end: int) -> Speaker | None:
        """A group named without an article just after an English quotation ("organisers", "police officers")."""
        words = _WORDS.findall(self.folded[b][start:end])
        original = " ".join(self.blocks[b][start:end].split())
        if (1 <= len(words) <= 2 and words[-1].endswith("s") and not any(w in NO_ONE or w in POSSESSIVES
                                                                         or w in self.definite for w in words)):
            return Speaker("", original, "written")
        return None

    def _pronoun(self, pronoun: str, at: tuple[int, int]) -> Speaker | None:
        """The one a pronoun stands for: the subject of the sentence or of the one before, else the last one named.

        « La substitute du procureur, Laure Chabrier, avait rappelé que Kévin R. … « … », avait-elle
        insisté »: the first person named in the sentence before, not the last.
        """
        types = (ORG,) if pronoun == "it" else (PERSON,) if pronoun in folded(self.lang, "pronouns") else ()
        if not types:
            return None
        if pronoun in ("il", "elle", "it"):
            subject = self._sentence_subject(pronoun, at)
            if subject is not None:
                return subject
        for b, start, end in self._sentences_back(*at):
            named = [m for m in self._in(b, start, end) if m.type in types and not self._complement(m)
                     and (m.block, m.end) <= at and not self.excluded(m)]
            if named:
                return self._named(named[0], "pronoun")
            described = self._described_speaker(b, start, min(end, at[1]) if b == at[0] else end, at)
            if described is not None and types == (PERSON,):
                return described
        m = self.last_named(*at, types) if types == (PERSON,) else None  # "it": its sentence or the one before only
        return self._named(m, "pronoun") if m else None

    def _described_speaker(self, b: int, start: int, end: int, at: tuple[int, int]) -> Speaker | None:
        """A description the last speech verb of a sentence that names no one has for subject.

        « Lors de l'audience, le prévenu avait reconnu avoir bu … « … », avait-il déclaré »; "the
        67-year-old shop assistant said a man … "…," she said".
        """
        text = self.folded[b]
        verbs = [v for v in patterns(self.lang).verb.finditer(text, start, end) if is_verb(text, v.start(), self.lang)
                 and not v.group("pron") and not v.group("pron1") and not v.group("verb").endswith(PARTICIPLES)]
        if not verbs:
            return None
        v = verbs[-1]
        clause = max([start] + [m.end() for m in re.finditer(r"[,;:]\s*", text[:v.start()])
                                if m.end() > start])
        first = _WORDS.match(text, clause)
        if first is None or not (first.group(0) in self.definite or first.group(0).startswith("l'")):
            return None
        subject = text[clause:v.start("verb")].split()
        while subject and subject[-1] in folded(self.lang, "auxiliaries"):  # « le prévenu avait »
            subject.pop()
        return self._written(b, clause, clause + len(" ".join(subject)), at) if subject else None

    def _sentences_back(self, b: int, at: int) -> list[tuple[int, int, int]]:
        """The sentence holding (block, offset) and the one before it (maybe in the block before)."""
        spans = self.sentences[b] if b < len(self.sentences) else []
        here = [i for i, (s, e) in enumerate(spans) if s <= at < e or e == at]
        if not here:
            return []
        i = here[0]
        out = [(b, spans[i][0], at)]
        if i > 0:
            out.append((b, *spans[i - 1]))
        elif b > 0 and self.sentences[b - 1]:
            out.append((b - 1, *self.sentences[b - 1][-1]))
        return out

    def _stale(self, cue: Cue, at: tuple[int, int]) -> bool:
        """Another clause with its own subject stands between the speech verb and the quotation."""
        if at[0] != cue.block:
            return False
        for c in NEW_CLAUSE.finditer(self.folded[cue.block], cue.verb[1], at[1]):
            if any(m.type in (PERSON, ORG) for m in self._in(cue.block, c.end(), at[1])):
                return True
        return False

    def _first(self, b: int, start: int, end: int, at: tuple[int, int], complements: bool = False) -> Speaker | None:
        """The sentence's subject: its first person or organisation named, or the pronoun that opens it."""
        named = [m for m in self._in(b, start, end) if (complements or not self._complement(m))
                 and m.type in (PERSON, ORG)]
        if named:
            return self._named(named[0])
        m = SENTENCE_PRONOUN.match(self.folded[b], start)
        return self._pronoun(m.group(1), at) if m else None

    def _following(self, b: int, start: int, end: int, at: tuple[int, int]) -> Speaker | None:
        """The speaker written after an inverted verb or « selon »: « a déclaré lundi M. Le Drian »."""
        text = self.folded[b]
        i = start + len(text[start:end]) - len(text[start:end].lstrip())
        lead = LEADING_PREPOSITION.match(text, i, end)
        if lead:
            i = lead.end()
        while True:  # « a déclaré lundi le ministre », « a souligné encore M. X »: skip what is no name
            w = re.match(r"[\w'-]+", text[i:end])
            if (not w or self.blocks[b][i:i + 1].isupper() or w.group(0) in self.definite | self.indefinite
                    or w.group(0).startswith("l'")):
                break
            if self.ends.fullmatch(w.group(0)) or len(w.group(0)) < 2:
                return None
            i += w.end() + len(text[i + w.end():end]) - len(text[i + w.end():end].lstrip())
        stop = self.ends.search(text, i, end)
        chunk_end = min(stop.start() if stop else end, self._clause_end(b, i, end))
        named = [m for m in self._in(b, i, max(chunk_end, i + 1)) if m.start <= i or not self._complement(m)]
        first = _WORDS.match(text, i)
        if first and (first.group(0) in self.definite or first.group(0).startswith("l'")):
            apposed = self._apposed(b, chunk_end)  # « sa présidente, Nathalie Cuendet »
            if apposed is not None:
                return self._named(apposed)
        people = [m for m in named if m.type == PERSON]
        if people or named:
            return self._named((people or named)[0])  # "said LAFD Capt. Renato Salas"
        return self._written(b, i, chunk_end, at)

    def _apposed(self, b: int, end: int) -> Mention | None:
        after = APPOSITION.match(self.folded[b], end)
        if after is None:
            return None
        named = self._in(b, after.end(), after.end() + APPOSITION_REACH)
        return named[0] if named else None

    def _clause_end(self, b: int, start: int, end: int) -> int:
        """Where a name's clause ends: a punctuation mark, not the full stop of « M. », "Dr." or an initial."""
        for m in _CLAUSE_END.finditer(self.blocks[b], start, end):
            if m.group(0) == ".":
                word = _LAST_NAME_WORD.search(self.blocks[b], start, m.start())
                if word and (word.group(0) in no_break(self.lang) or len(word.group(0)) == 1):
                    continue  # « M. Le Drian », "LAFD Capt. Renato Salas"
            return m.start()
        return end

    def _possessed(self, m: Mention) -> bool:
        """"Molapo's counsel", "GMP's Oldham district": the owner or the owned, not the one who speaks."""
        text = self.folded[m.block]
        return bool(POSSESSIVE.match(text, m.end) or POSSESSED.search(text, max(0, m.start - 4), m.start))

    def _subject(self, b: int, start: int, end: int, at: tuple[int, int], participle: bool = False) -> Speaker | None:
        """The subject of a speech verb: the name just before it (past an apposition), a pronoun, or the clause's first.

        A participle's subject is the sentence's (« Rabat a annoncé …, en expliquant qu'une « … » »);
        a second verb's is the first one's ("Putin said that … and described the army as "…"").
        """
        named = [m for m in self._in(b, start, end) if not self._complement(m) and not self._possessed(m)]
        text = self.folded[b]
        if participle and named:
            return self._named(next((m for m in named if m.type == PERSON), named[0]))
        for m in reversed(named):
            if m.type == PERSON and (self.gap.match(text[m.end:end]) or OF_GAP.match(text[m.end:end])):
                return self._named(m)
        for m in reversed(named):
            if m.type != PLACE and self.tight_gap.match(text[m.end:end]) and "," not in text[m.end:end]:
                return self._named(m)
        relative = _documents(self.lang).relative.search(text, start, end)
        if relative:  # « une résolution présentée par la France qui appelle »: the document's author
            doc = self._relative_document(b, start, relative.start())
            if doc is not None:
                return doc
        relative = RELATIVE_END.search(text, start, end)
        if relative:  # "a statement from the man's daughter, who said:"
            return self._antecedent(b, start, relative.start(), at)
        p = patterns(self.lang)
        earlier = [v for v in p.verb.finditer(text, start, end) if is_verb(text, v.start(), self.lang)]
        if earlier:
            return self._subject(b, start, earlier[-1].start(), at)
        pronoun = pronoun_subject(text[start:end], self.lang)
        if pronoun:
            return self._pronoun(pronoun, (b, end))
        return self._first_named(b, start, end, named, at)

    def _relative_document(self, b: int, start: int, end: int) -> Speaker | None:
        """The author of the document a relative pronoun stands for: the last one named before it, no person between."""
        docs = list(_documents(self.lang).word.finditer(self.folded[b], start, end))
        if not docs or any(m.type == PERSON for m in self._in(b, docs[-1].end(), end)):
            return None
        return self._document_author(b, docs[-1].start("doc"), docs[-1].end())

    def _antecedent(self, b: int, start: int, end: int, at: tuple[int, int]) -> Speaker | None:
        """What a relative pronoun stands for: the name or the words just before its comma."""
        named = [m for m in self._in(b, start, end) if not self._possessed(m) and not self._complement(m)]
        if named and not self.folded[b][named[-1].end:end].strip():
            return self._named(named[-1])
        text = self.folded[b]
        cut = max([start] + [m.end() for m in self.ends.finditer(text, start, end)])
        return self._written(b, cut + len(text[cut:end]) - len(text[cut:end].lstrip()), end, at)

    def _first_named(self, b: int, start: int, end: int, named: list[Mention], at: tuple[int, int]) -> Speaker | None:
        """The first person the clause names, its subject pronoun, its first organisation or place, its words."""
        text = self.folded[b]
        people = [m for m in named if m.type == PERSON]
        if people:
            return self._named(people[0])
        doc = _documents(self.lang).opening.match(text, start, end)
        if doc:  # « La résolution 2249, adoptée … par le Conseil de sécurité, appelle »
            author = self._document_author(b, doc.start("doc"), doc.end())
            if author is not None:
                return author
        pronoun = SUBJECT_PRONOUN.search(text, start, end)
        if pronoun:
            return self._pronoun(pronoun.group(1), (b, pronoun.start()))
        first_comma = text.find(",", start, end)
        head_end = first_comma if first_comma >= 0 else end  # not "an economist at BMO Nesbitt Burns,"
        name = CAPITALISED_NAME.match(self.blocks[b], start + len(text[start:end]) - len(text[start:end].lstrip()))
        if name and name.end() <= head_end and not any(m.start < name.end() for m in named):
            return Speaker("", name.group(0), "written")  # "Tomasz Kowal, an economist at …, said": the model missed it
        for types in ((ORG,), (PLACE,)):
            for m in named:
                if m.type in types and m.start < head_end:
                    return self._named(m)
        comma = text.rfind(",", start, end)
        head = comma + 1 if comma >= 0 and text[comma + 1:end].strip() else start
        tail = text[head:end]
        words = tail.split()
        while words and (words[-1] in folded(self.lang, "auxiliaries") or words[-1].endswith(("ment", "ly"))):
            words.pop()
        if not words:
            return None
        stripped = head + len(tail) - len(tail.lstrip())
        return self._written(b, stripped, stripped + len(" ".join(words)), at)

    def _written(self, b: int, start: int, end: int, at: tuple[int, int]) -> Speaker | None:
        """A speaker no mention covers: a description of someone named before, or words kept as written."""
        original = " ".join(self.blocks[b][start:end].split()).strip(" ,")
        words = _WORDS.findall(fold(original))
        if not words or len(words) > NAME_MAX_WORDS or bare_key(original) in self.not_speakers:
            return None
        while words and words[-1] in CLITICS:  # « Le ministre lui a répondu »
            words.pop()
            original = original.rsplit(None, 1)[0] if " " in original else ""
        if (not words or words[0] in folded(self.lang, "speaker_ends") or any(w in PRONOUNS for w in words)
                or all(w in self.definite | self.indefinite | POSSESSIVES for w in words)):  # "a", "His"
            return None  # « Quand je l'ai dit », « Mais quand j'ai »: no name
        if _names_outlet(words):
            return EXCLUDED  # « écrivait un éditorialiste du Figaro »
        first = words[0]
        documents = folded(self.lang, "documents")
        if any(w in documents or w[2:] in documents for w in words):
            return self._document_in(b, start, end)  # « une résolution … appelle les États à « … » »: its author
        if first in self.definite or first.startswith("l'"):
            return self._described(b, start, end, original, words, at)
        if (first in number_words() or first.isdigit()) and not set(words[1:]) & set(folded(self.lang, "speaker_ends")):
            return Speaker("", original, "written")  # "According to two delegates"; not « quelques minutes après »
        if first in self.indefinite and not (first == "des" and self.lang == "fr"):  # « exige des excuses »
            return Speaker("", original, "written")
        if original[:1].isupper():
            return Speaker("", original, "written")
        return None

    def _described_as(self, m: Mention) -> str:
        """What the article calls a person where it names them: the words before the name, and its apposition.

        « le ministre français de la Défense, Jean-Yves Le Drian », "chairman Paul Whitmore",
        « X, porte-parole de … ».
        """
        text = self.folded[m.block]
        before = text[max(0, m.start - DESCRIBED_BEFORE):m.start]
        before = before[max(before.rfind("."), before.rfind(";")) + 1:]
        after = APPOSITION_AFTER.match(text, m.end, m.end + DESCRIBED_AFTER)
        return before + " " + (after.group(1) if after else "")

    def _described(self, b: int, start: int, end: int, original: str, words: list[str],
                   at: tuple[int, int]) -> Speaker | None:
        """« le ministre » … the person the article called so, or an apposition: « sa présidente, Nathalie Cuendet »."""
        apposed = self._apposed(b, end)
        if apposed is not None:
            return self._named(apposed)
        content = [w[2:] if w.startswith(("l'", "d'")) else w for w in words]
        content = [w for w in content if len(w) > 2 and w not in self.definite and w not in DESCRIPTION_SMALL
                   and w not in folded(self.lang, "adjectives")]
        if content:
            for m in reversed(self.mentions):
                if (m.block, m.end) > at or m.type != PERSON or self.excluded(m):
                    continue
                if all(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", self._described_as(m)) for w in content):
                    return self._named(m, "description")
        if (len(content) == 1 and len(words) <= 2 and content[0] in folded(self.lang, "roles")
                and not any(c.isdigit() for c in original) and "'s" not in original):
            last = self.last_named(*at, reach=DESCRIPTION_REACH)
            roles = set(folded(self.lang, "roles"))
            theirs = roles & set(_WORDS.findall(self._described_as(last))) if last else set()
            if last and (not theirs or content[0] in theirs):  # not « La députée, Agnès Mercier » for « le ministre »
                return self._named(last, "description")
        return Speaker("", original, "written")
