"""Names in one article that may be actors, from five sources.

1. the NER model's entities (dossier.actors.ner), repaired: a span is cut at a sentence's end
   (« Berthet. L'Association »), a person's span is carried over particles (« Ursula von der
   Leyen ») and loses a place stuck before it (« Paris François Molins »); a French model run
   on English text over-extends spans ("Barack Obama in Washington"), so English spans are cut
   at the first lower-case word that cannot belong to a name, at a possessive, and a person's at
   "of" ("Nadia Haddad-Loriot of Sciences Po": the person, then the organisation);
2. capitalised runs right after a title ("le ministre Jean-Yves Le Drian", "President Obama"):
   a person, whatever the model said — not after the title's complement (« le procureur de la
   République de Paris »); after an organisation noun (« le collectif Anonymous »): an organisation;
3. an institution whose head is a common noun, with the proper name that makes it one
   (« le tribunal correctionnel de Grenoble », « l'hôpital Bichat », « le parquet de Paris »);
4. in English, a run of capitalised words holding an organisation's head word ("the Crown
   Prosecution Service", "Lincolnshire Fire and Rescue"): the model misses many;
5. the curated actors file's names and descriptions, whole words (acronyms in capitals).

Every name loses the grammatical words the model takes in at a sentence's start ("He", "With
Germany", « Ses »).  Where two candidates overlap, the curated file wins, then a title, then an
institution, then an English organisation's name by its head, then the model.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dossier import lexicon
from dossier.actors.curated import Curated
from dossier.actors.names import (
    PARTICLES,
    actor_key,
    byline_patterns,
    credit_pattern,
    function_words,
    institution_heads,
    is_acronym,
    name_prefixes,
    not_actors,
    org_heads,
    org_nouns_pattern,
    places,
    things,
    title_pattern,
    titles,
)
from dossier.actors.ner import Entity
from dossier.text import fold, sentences

DETERMINERS = ("the ", "le ", "la ", "les ", "l'", "un ", "une ", "a ", "an ", "du ", "des ", "au ", "aux ")
# Particles that stand, written apart, between the words of a name (« Ursula von der Leyen »,
# "Bank of England"), and those written joined to the next word (« Bachar al-Assad », « d'Estaing »).
_SPACED_PARTICLE = r"(?:de|du|des|la|le|von|van|der|den|ten|ter|al|el|bin|ben|ibn|abou|abu|da|di|dos|do|of)"
_JOINED_PARTICLE = r"(?:(?:al|el|ad|ar|as|at|an|az|ash|bin|ben|ibn|abu|abou)-|d['’])"
_NAME_WORD = r"[A-ZÀ-Ý](?:\.(?=\s)|[\w'’-]*)"  # an initial keeps its full stop: "Vladimir V. Putin"
_NEXT_WORD = rf"(?:\s+(?:{_SPACED_PARTICLE}\s+){{0,3}}{_JOINED_PARTICLE}?{_NAME_WORD})"
# A run of capitalised words with the small words an organisation's English name holds between
# them ("Police Service of Northern Ireland", "Lincolnshire Fire and Rescue", "Stop the War Coalition").
_ORG_CONNECTOR = r"(?:of the|of|for the|for|and|&|on|in|the)"
ORG_RUN = re.compile(rf"(?<![\w'’-])[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:{_ORG_CONNECTOR}\s+)?[A-ZÀ-Ý][\w'’-]*)+")
# One capitalised word after "the" that starts no longer name ("the House of Commons", "the Su-24").
THE_NAME = re.compile(r"(?<![\w'’-])the ([A-Z][a-z][\w]*)(?![\w'’-]|\s+(?:[A-Z]|of\b|for\b))\s*(?P<after>[\w]*|.)")
MODALS = frozenset({"will", "may", "said", "says", "votes"})
JOINED_PARTICLE_WORD = re.compile(rf"{_JOINED_PARTICLE}[A-ZÀ-Ý]")
CAPS_RUN = re.compile(rf"(?<![\w'’-])[A-ZÀ-Ý][\w'’.-]*{_NEXT_WORD}*")
# "Royal Air" + "Force", "Ursula" + "von der Leyen": the model stopped inside a capitalised name
CAPITALISED_TAIL = re.compile(r"(?:\.?[ \-][A-ZÀ-Ý][\w'’-]*)+")
PERSON_TAIL = re.compile(rf"{_NEXT_WORD}+")
# The end of a sentence inside a span: a full stop after a word that is not an initial
# ("Yanis B. a été", "Vladimir V. Putin" go on), then a capital.
SENTENCE_BREAK = re.compile(r"(?<=[\w)\]»\"”])[.!?…]+\s+(?=[«\"“(]?\s*[A-ZÀ-Ý0-9])")
COLON = re.compile(r"\s*:\s")
# A name then a slash and a capital: a photo credit ("Carla Carniel/Reuters", "Lagarde / Paris Match").
CREDIT_SLASH = re.compile(r"\s*/\s*[A-ZÀ-Ý]")
# How far after a byline's opening the author's name may start, in characters
# ("By ITV News Calendar Reporter Rachel Hindmarch").
BYLINE_NAME_REACH = 40
# The label of the names the dossier knows, found again (known.py).
KNOWN_LABEL = "KNOWN"
# An author's note is a short paragraph ("Thandeka Mokoena is a reporter in the M&G's newsroom.").
AUTHOR_NOTE_MAX_CHARS = 300
_INITIAL_BEFORE = re.compile(r"(?:^|[\s.])[A-ZÀ-Ý]$")
GOVERNED_NAME = re.compile(r"\s(?:du|de la|de l['’]|des|de|d['’]|of the|of)\s*([A-ZÀ-Ý][^,;:]*)$")
HEAD_COMPLEMENT = re.compile(r"\s+(?:de la|de l['’]|du|des|de|d['’])\s*[a-zà-ÿ][\w'’-]*")
# A capitalised word just before: plain, or an abbreviation with inner full stops ("U.S." + "Coast
# Guard"); not a word that ends a sentence ("in June." + "The IRFU").
WORD_BEFORE = re.compile(r"([A-ZÀ-Ý][\w'’-]*(?:\.[A-Za-z][\w'’-]*)+\.?|[A-ZÀ-Ý][\w'’-]*) $")
# « Service départemental d'incendie » + « et de secours des Alpes-Maritimes »: French names
# coordinate their complements; the model stops at « et ».
COORDINATED_COMPLEMENT = re.compile(r"\s+et\s+(?:de la|de l['’]|du|des|de|d['’])\s*(?!(?:la|le|les)\b)[a-zà-ÿ][\w'’-]*"
                                    r"(?:\s+(?:de la|de l['’]|du|des|de|d['’])\s*[A-ZÀ-Ý][\w'’-]*)?")
POSSESSIVE = re.compile(r"['’]s\b")
# Patterns of the loops below, compiled once.
_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*")
_STOP_MARK = re.compile(r"[.!?]")
_LOWER_AFTER_SPACE = re.compile(r"\s[a-zà-ÿ]")
_GAP_WORD = re.compile(r"[\w.'-]+")
_LEADING_THE_CAPITAL = re.compile(r"^The\s+")
_LEADING_THE = re.compile(r"^the\s+")
# How far before a capitalised run a title or an organisation noun is looked for, in characters.
LOOK_BEHIND = 30
# Words between a title and a name that make the name the title's complement, not a person:
# « le procureur de la République de Paris », "President of the United States".
COMPLEMENT = re.compile(r"(?:^|\s)(?:de|du|des|d'|de la|de l'|à|au|aux|of|for|at)(?:\s|$)|(?:^|\s)d'$|l'$")
DOMAIN_BEFORE = re.compile(r"\s*(?:de la|de l'|du|des|de|d'|of)\s*$")
# At most this many words (adjectives, demonyms) between a title and the name it introduces.
TITLE_GAP_WORDS = 2
# Which source wins when candidates overlap (lower first).
SOURCE_PRIORITY = {"CURATED": 0, "TITLE": 1, "INSTITUTION": 2, "HEADED": 3, "ORGNOUN": 4, "PER": 5, "ORG": 6, "THE": 7,
                   "LOC": 8, "MISC": 9}
# A block where this share of the longer words is capitalised is in title case (an English
# headline): a capital there says nothing of a name.
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_WORDS = 3


@dataclass
class Candidate:
    """A name in an article and what is known of it."""

    text: str
    block: int
    start: int
    end: int
    label: str  # PER/ORG/LOC/MISC from the model, TITLE, ORGNOUN, INSTITUTION, CURATED
    titled: bool = False  # a title or honorific stood before it: a person
    sentence_start: bool = False  # at a sentence's start or in a title-cased line: its capital says nothing


def strip_titles(text: str) -> tuple[str, bool]:
    """Drop leading titles, honorifics, demonyms and ministries' domains.

    ("M. Le Drian" -> "Le Drian", True); ("German Chancellor Angela Merkel" -> "Angela Merkel", True);
    ("Intérieur Jan Jambon" -> "Jan Jambon", False).
    """
    titled = False
    changed = True
    while changed and text:
        changed = False
        m = _leading_title().match(fold(text))
        if m and len(text) > m.end() and not POSSESSIVE.match(text, m.end()):  # "Prime Minister's Office"
            text = text[m.end():].lstrip(" .,")
            titled = changed = True
        else:
            first, _, rest = text.partition(" ")
            if rest and rest[:1].isupper() and actor_key(first) in name_prefixes():
                text = rest
                changed = True
    if not titled:
        text, titled = _title_inside(text)
    return text, titled


def _title_inside(text: str) -> tuple[str, bool]:
    """The name after a title inside a run: "Environment Secretary Liz Truss" -> "Liz Truss"."""
    last = None
    for m in _inner_title().finditer(fold(text)):
        last = m
    if last is None or last.start() == 0:
        return text, False
    rest = text[last.end():].lstrip(" ,")
    head = text[:last.start()].split()
    if rest[:1].isupper() and all(w[:1].isupper() or w in ("and", "&", "of") for w in head):
        return rest, True
    return text, False


@lru_cache(maxsize=1)
def _inner_title() -> re.Pattern[str]:
    """A title inside folded text, as a whole word, before a space."""
    return re.compile(rf"(?<![^\W_])(?:{'|'.join(re.escape(t) for t in titles() if len(t) > 3)})(?= )")


@lru_cache(maxsize=1)
def _leading_title() -> re.Pattern[str]:
    """A title at the start of folded text, as a whole word (the longest first)."""
    return re.compile(rf"(?:{'|'.join(re.escape(t) for t in titles())})(?![^\W_])")


def _english_name(words: list[str]) -> list[str]:
    """Cut at the first lower-case word that is not a particle followed by a capitalised word."""
    kept: list[str] = []
    for i, w in enumerate(words):
        if w[:1].isupper() or w[:1].isdigit() or (kept and JOINED_PARTICLE_WORD.match(w)):
            kept.append(w)  # "Haider al-Abadi"
        elif w.lower() in PARTICLES and kept and _capital_after_particles(words, i):
            kept.append(w)  # "Ursula von der Leyen"
        else:
            break
    return kept


def _capital_after_particles(words: list[str], i: int) -> bool:
    """The particles from words[i] on lead to a capitalised word ("von der" + "Leyen")."""
    for w in words[i:]:
        if w.lower() not in PARTICLES:
            return w[:1].isupper()
    return False


def first_sentence(text: str) -> str:
    """The span up to a sentence's end inside it (« Berthet. L'Association » -> « Berthet »), or a colon."""
    text = COLON.split(text, maxsplit=1)[0]  # "Storm Desmond LIVE: Army", "NHL: Solidarity"
    for m in SENTENCE_BREAK.finditer(text):
        before = text[:m.start()]
        if _INITIAL_BEFORE.search(before) or before.rsplit(None, 1)[-1] in lexicon.abbreviations():
            continue  # "Yanis B. a", « M. Le Drian »
        return before
    return text


def drop_function_words(text: str, lang: str) -> str:
    """Leading grammatical words out ("With Germany" -> "Germany", "He" -> ""); acronyms in capitals stay."""
    words = text.split()
    small = function_words(lang)
    while words and fold(words[0]) in small and not (len(words[0]) > 1 and words[0].isupper()):
        words.pop(0)
    return " ".join(words)


def _strip_edges(text: str) -> str:
    """Quotes, brackets and punctuation off the ends; an initial keeps its full stop (« Yanis B. »)."""
    text = text.split("\n")[0]
    stripped = text.strip(" \t«»\"“”'’()[],.;:!?—–-")
    if text.rstrip().endswith(".") and _INITIAL_BEFORE.search(stripped):
        stripped += "."
    return stripped


def _without_things(words: list[str]) -> list[str]:
    """"RAF Tornados": the aircraft out of the name."""
    while len(words) > 1 and actor_key(words[-1]) in things() and fold(words[-2]) not in PARTICLES:
        words = words[:-1]
    return words


def trim(text: str, english: bool, lang: str = "") -> list[str]:
    """Clean a span into zero, one or several names."""
    text = _strip_edges(first_sentence(text.split("\n")[0]).split("/")[0])  # "Melina Strand/The Washington Post"
    text = drop_function_words(text, lang or ("en" if english else "fr"))
    for det in DETERMINERS:
        if fold(text).startswith(det) and not text[:1].isupper():
            text = text[len(det):]
    if fold(text).startswith("the "):
        text = text[4:]
    if text[:1].islower() or actor_key(text.split()[0] if text else "") in not_actors():
        # « (Un) chien du Raid », « Tornado de la Royal Air Force »: a common noun or a thing, then the
        # name it governs
        m = GOVERNED_NAME.search(text)
        text = m.group(1) if m else text
    words = _without_things(text.split())
    if not english:
        return [" ".join(words)] if words else []
    joined = " ".join(_without_things(_english_name(words)))
    # "Turkey's", "ITV News Calendar's Rachel Hindmarch": the owner, then what it owns
    owner, owned = (p.strip() for p in (*POSSESSIVE.split(joined, maxsplit=1), "")[:2])
    # "John Irish and Robin Emmott", "France and Russia": two names
    out = []
    for part in (owner, owned):
        pieces = _AND_SPLIT.split(part)
        if len(pieces) > 1 and all(p[:1].isupper() for p in pieces):
            out += pieces
        elif part[:1].isupper():
            out.append(part)
    return out


@lru_cache(maxsize=4096)
def _title_cased(block: str) -> bool:
    """An English headline: most of its longer words start with a capital."""
    words = [w for w in _LETTER_WORD.findall(block) if len(w) > 3]
    if len(words) < TITLE_CASE_MIN_WORDS:
        return False
    return sum(w[:1].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def sentence_start(block: str, start: int) -> bool:
    """The position opens a sentence (or the block)."""
    before = block[:start].rstrip(" «\"“'")
    return not before or before[-1] in ".!?:—–-…"


def proper_words(blocks: Sequence[str]) -> frozenset[str]:
    """Folded words an article writes with a capital where a capital is no rule: names, by their shape."""
    out = set()
    for block in blocks:
        if _title_cased(block):
            continue
        for m in _CAPITALISED_WORD.finditer(block):
            if not sentence_start(block, m.start()):
                out.add(fold(m.group(0)))
    return frozenset(out)


def _person_span(block: str, start: int, end: int) -> tuple[int, int]:
    """A person's span carried over particles and capitalised words; a known place before the name cut off."""
    m = PERSON_TAIL.match(block, end)
    if m and not SENTENCE_BREAK.search(m.group(0)):
        end = m.end()
    words = block[start:end].split()
    # "(le procureur de) Paris François Molins": a place, then a full name
    if len(words) >= 3 and actor_key(words[0]) in places() and words[1][:1].isupper():
        start = block.index(words[1], start)
    return start, end


def _capitalised_head(block: str, start: int) -> int:
    """"the North" + "Atlantic Council": capitalised words the model left before an organisation's name.

    Not over a sentence's start, a grammatical word or a title.
    """
    while True:
        m = WORD_BEFORE.search(block, 0, start)
        if m is None or sentence_start(block, m.start()):
            return start
        word = fold(m.group(1))
        if word in function_words("en") or word in function_words("fr") or _leading_title().fullmatch(word):
            return start
        start = m.start()


def _split_of(name: str) -> list[tuple[str, str]]:
    """"Nadia Haddad-Loriot of Sciences Po" -> the person, then the organisation."""
    person, sep, rest = name.partition(" of ")
    if sep and person[:1].isupper() and rest[:1].isupper():
        return [(person, "PER"), (rest, "ORG")]
    return [(name, "PER")]


def _adjacent_joined(blocks: Sequence[str], entities: Sequence[Entity]) -> list[Entity]:
    """"Nadezhda" + "Orlova of the Centre…": a word the model cut off the name that follows it."""
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: (e.block, e.start)):
        prev = out[-1] if out else None
        block = blocks[e.block]
        if (prev is not None and prev.block == e.block and e.start == prev.end + 1 and block[prev.end] == " "
                and block[e.start:e.start + 1].isupper() and " " not in block[prev.start:prev.end]
                and prev.label in ("PER", "MISC") and e.label in ("PER", "MISC")):
            out[-1] = Entity(e.block, prev.start, e.end, "PER" if "PER" in (prev.label, e.label) else e.label)
        else:
            out.append(e)
    return out


def _from_model(blocks: Sequence[str], entities: Sequence[Entity], lang: str) -> list[Candidate]:
    english = lang == "en"
    out = []
    for e in _adjacent_joined(blocks, entities):
        block = blocks[e.block]
        start, end = e.start, e.end
        if e.label == "PER":
            start, end = _person_span(block, start, end)
        elif e.label in ("ORG", "MISC"):
            start = _capitalised_head(block, start)
        if e.label in ("ORG", "MISC"):
            m = CAPITALISED_TAIL.match(block[end:])
            if m and not _STOP_MARK.search(m.group(0)):
                end += m.end()
            elif fold(block[start:end]) in org_heads() and (m := HEAD_COMPLEMENT.match(block, end)):
                end = m.end()  # « le Conseil » + « des ministres »: a head alone names nothing yet
            if e.label == "ORG" and " " in block[start:end] and (m := COORDINATED_COMPLEMENT.match(block, end)):
                end = m.end()  # « l'Office national de l'eau » + « et de l'assainissement »
        span = first_sentence(block[start:end].split("\n")[0])
        stripped, titled = strip_titles(span)
        offset = start + (len(span) - len(stripped))
        covered = start
        for name in trim(stripped, english, lang):
            parts = _split_of(name) if english and e.label == "PER" else [(name, e.label)]
            for part, label in parts:
                pos = block.find(part, offset)
                pos = pos if pos >= 0 else start
                covered = max(covered, pos + len(part))
                out.append(Candidate(part, e.block, pos, pos + len(part), label, titled and label == "PER",
                                     sentence_start(block, pos)))
        out += _inner_names(block, e, covered, start + len(span), lang)
    return out


def _inner_names(block: str, e: Entity, start: int, end: int, lang: str) -> list[Candidate]:
    """The capitalised names inside a span the model ran over lower-case words.

    "He said Moscow was still waiting for an apology from Recep Tayyip Erdogan" (one "person"
    for the French model reading English): the first name is the span's, the others are
    candidates of their own, with the span's label.  `start` is past the names the span's head gave.
    """
    span = block[start:end]
    first = _LOWER_AFTER_SPACE.search(span)
    if first is None:
        return []
    out = []
    for m in CAPS_RUN.finditer(span, first.end()):
        for name in trim(m.group(0), lang == "en", lang):
            pos = block.find(name, start + m.start())
            if pos >= 0:
                out.append(Candidate(name, e.block, pos, pos + len(name), e.label, False, sentence_start(block, pos)))
    return out


def _titled_here(before: str, run: str, lang: str) -> bool:
    """A title ends the text before the run, with no complement between (« le ministre belge Jan Jambon »).

    `before` is folded.  A demonym, an adjective, a ministry's domain may stand between (« le
    ministre belge de l'Intérieur Jan Jambon »), not a complement (« le procureur de la
    République »), nor a clause ("his own leader, and is cheered by Tory backbenchers").
    """
    last = None
    for m in title_pattern().finditer(before):
        last = m
    if last is None:
        return False
    # « le ministre belge de l'Intérieur Jan Jambon »: the domain and its « de » out of the gap
    gap = _trailing_prefix().sub("", before[last.end():].rstrip())
    words = _GAP_WORD.findall(gap)
    if len(words) > TITLE_GAP_WORDS or "," in gap.rstrip(", ") or any(w in function_words(lang) for w in words):
        return False
    return not COMPLEMENT.search(gap) or actor_key(run.split()[0]) in name_prefixes()


@lru_cache(maxsize=1)
def _trailing_prefix() -> re.Pattern[str]:
    """A demonym or a ministry's domain ending folded text, with the « de » before it."""
    words = sorted({fold(w) for w in (*lexicon.ministry_domains(), *lexicon.demonyms())}, key=len, reverse=True)
    return re.compile(rf"(?:\s*(?:de la|de l'|du|des|de|d'|of)\s*|(?<![\w-]))(?:{'|'.join(map(re.escape, words))})$")


def _from_titles(b: int, block: str, lang: str) -> list[Candidate]:
    """Names after a title (a person) or after an organisation noun (an organisation)."""
    out = []
    for m in CAPS_RUN.finditer(block):
        run = first_sentence(m.group(0))
        before = fold(block[max(0, m.start() - LOOK_BEHIND):m.start()]).rstrip()
        name, titled = strip_titles(run)
        titled = titled or _titled_here(before, run, lang)
        qualifier = _leading_title().match(fold(block[m.end():m.end() + LOOK_BEHIND]).lstrip()) is not None
        if (titled and name and name[:1].isupper() and not qualifier
                and not (" " not in name and fold(name) in org_heads())):
            # not "Interim Conservative" + "leader Rona Ambrose": the run qualifies the next title
            # "Dr Nadia Haddad-Loriot of Sciences Po": the person, then the organisation
            # (not "Turkish General" + "Staff": an organisation's head)
            names = [part for n in trim(name, True, lang) for part in _split_of(n)]
            titled_names = [(n, "TITLE" if label == "PER" else label) for n, label in names]
        elif org_nouns_pattern().search(before) and run[:1].isupper() and not sentence_start(block, m.start()):
            # « le collectif Anonymous », "the militant group Boko Haram"
            titled_names = [(n, "ORGNOUN") for n in trim(run, True, lang)]
        else:
            continue
        for n, label in titled_names:
            start = m.start() + max(run.find(n), 0)
            out.append(Candidate(n, b, start, start + len(n), label, label == "TITLE", False))
    return out


def _from_headed_runs(b: int, block: str, lang: str) -> list[Candidate]:
    """Capitalised names an English text gives an organisation by its head word ("the Crown Prosecution Service").

    The French model reads English badly; a run of capitalised words (with "of", "for", "and"
    between) holding a head such as "Service", "Council", "Office" is an organisation's name.
    """
    out = []
    for m in ORG_RUN.finditer(block):
        text = drop_function_words(first_sentence(m.group(0)), lang)
        text = _LEADING_THE_CAPITAL.sub("", POSSESSIVE.split(text)[0]).strip()
        for part, label in _headed_parts(text):
            start = m.start() + m.group(0).find(part)
            out.append(Candidate(part, b, start, start + len(part), label, False, sentence_start(block, start)))
    return out


def _from_the(b: int, block: str) -> list[Candidate]:
    """"the Bundestag is", "the Liberals,": one capitalised word after "the", in running English text.

    Not before a noun it qualifies ("the Omar oilfield", "the Central line"): only before a
    punctuation mark or a grammatical word.
    """
    out = []
    for m in THE_NAME.finditer(block):
        after = m.group("after")
        if not sentence_start(block, m.start()) and (not after[:1].isalpha() or verb_like(after)):
            out.append(Candidate(m.group(1), b, m.start(1), m.end(1), "THE"))
    return out


def verb_like(word: str) -> bool:
    """After "the Bundestag": a grammatical word, a modal or a past ("will", "has", "approved"), not a noun."""
    return word in function_words("en") or word in MODALS or word.endswith("ed")


def _headed(words: list[str]) -> bool:
    return any(fold(w) in org_heads() for w in words)


def _headed_parts(text: str) -> list[tuple[str, str]]:
    """The names in a run of capitalised words, with their labels.

    "Met Office and Met Éireann": two; "Mehmet Karaca of Bosphorus Risk Advisory": a person and
    an organisation; "Lincolnshire Fire and Rescue": one.
    """
    words = text.split()
    if len(words) < 2 or not _headed(words) or not words[-1][:1].isupper():
        return []
    name, titled = _title_inside(text)
    if titled:
        return [(name, "TITLE")]  # "Group Manager Gareth Pollitt": a person
    left, sep, right = text.partition(" and ")
    if sep and fold(left.split()[-1]) in org_heads() and right[:1].isupper():
        return [(left, "HEADED"), *_headed_parts(right)]  # "Met Office and Met Éireann"
    person, sep, org = text.partition(" of ")
    if sep and 2 <= len(person.split()) <= 3 and not _headed(person.split()) and _headed(org.split()):
        org = _LEADING_THE.sub("", org)
        return [(person, "PER"), (org, "HEADED")]  # "Mehmet Karaca of Bosphorus Risk Advisory"
    return [(text, "HEADED")]


@lru_cache(maxsize=1)
def institution_pattern() -> re.Pattern[str]:
    """A common noun heading an institution, up to two adjectives, then the proper name that makes it one."""
    heads = sorted((re.escape(h) for h in institution_heads()), key=len, reverse=True)
    adjective = r"(?:\s+(?!(?:de|du|des|d|la|le|les|et|en|à|au|aux)\b)[a-zà-ÿ][\w'’-]*)"
    complement = r"(?:\s+(?:de la|de l['’]|du|des|de|d['’])\s*|\s+)"
    return re.compile(rf"(?<![\w-])(?:{'|'.join(heads)}){adjective}{{0,2}}{complement}[A-ZÀ-Ý][\w'’-]*"
                      rf"{_NEXT_WORD}*")


def _from_institutions(b: int, block: str) -> list[Candidate]:
    """« le tribunal correctionnel de Grenoble », « l'hôpital Bichat »: an organisation named with its head."""
    out = []
    for m in institution_pattern().finditer(block):
        text = first_sentence(m.group(0))
        out.append(Candidate(text, b, m.start(), m.start() + len(text), "INSTITUTION"))
    return out


def _from_curated(b: int, block: str, rx: re.Pattern[str]) -> list[Candidate]:
    out = []
    for m in rx.finditer(fold(block)):
        text = block[m.start():m.end()]
        if m.group("acro") is not None and not (text.isupper() and is_acronym(text)):
            continue  # "ei" inside a word, "Ue" at a sentence start: not the acronym
        out.append(Candidate(text, b, m.start(), m.end(), "CURATED"))
    return out


def candidates(blocks: Sequence[str], entities: Sequence[Entity], lang: str, curated: Curated) -> list[Candidate]:
    """Every name candidate in an article's blocks (title, standfirst, paragraphs), one per stretch of text."""
    out = _from_model(blocks, entities, lang)
    rx = curated.pattern()
    for b, block in enumerate(blocks):
        out += _from_titles(b, block, lang)
        out += _from_institutions(b, block)
        if lang == "en" and not _title_cased(block):  # in a headline every word has its capital
            out += _from_headed_runs(b, block, lang)
            out += _from_the(b, block)
        if rx is not None:
            out += _from_curated(b, block, rx)
    title_cased = {b for b, block in enumerate(blocks) if _title_cased(block)}
    for c in out:
        c.sentence_start = c.sentence_start or c.block in title_cased
    return dedupe([c for c in out if c.text and not signed(blocks[c.block], c)])


def signed(block: str, c: Candidate) -> bool:
    """The name signs the text or a photo: a byline, a credit, an author's note — not an actor of the story.

    "Photo Carla Carniel/Reuters", "© Benoît Lagarde / Paris Match", "Par Lucie Mermet - Il y a
    3 heures", « Avec notre correspondante à Moscou, Nadia Kirilenko », "Pieter van Wyk covers
    local government for the M&G", « Les explications de Luc Lemonnnier ».
    """
    if CREDIT_SLASH.match(block, c.end):
        return True
    if c.start == 0 and c.end == len(block.rstrip(" .")) and c.block > 0 and c.label in ("PER", "TITLE", KNOWN_LABEL):
        return True  # "Jean-Claude Michel" alone on a line: a signature (an author's, a commenter's)
    credit = credit_pattern().match(block)
    if credit and c.start == credit.end() and c.end >= len(block.rstrip(" .:")):
        return True  # « Les explications de Luc Lemonnnier »: the block only credits a journalist
    m = byline_patterns()[0].match(block)
    if m and c.start <= m.end() + BYLINE_NAME_REACH and not SENTENCE_BREAK.search(block, m.end(), c.start):
        return True
    if len(block) > AUTHOR_NOTE_MAX_CHARS:
        return False
    return any(s <= c.start < e for s, e in _authors_notes(block))


@lru_cache(maxsize=4096)
def _authors_notes(block: str) -> tuple[tuple[int, int], ...]:
    """The sentences of a short block that are an author's note ("X is a reporter…", "X covers…")."""
    note = byline_patterns()[1]
    out = []
    for s, e in sentences(block, lexicon.abbreviations()):
        subject = CAPS_RUN.match(block, s + len(block[s:e]) - len(block[s:e].lstrip()))
        if subject is not None and note.match(block, subject.end()) is not None:
            out.append((s, e))
    return tuple(out)


def _national(c: Candidate, curated_ends: dict[tuple[int, int], int]) -> bool:
    """« la Croix-Rouge française »: the model's longer name, a curated name and its demonym — another actor."""
    end = curated_ends.get((c.block, c.start))
    return (c.label in ("ORG", "HEADED") and end is not None and end < c.end
            and actor_key(c.text[end - c.start:]) in _demonym_keys())


@lru_cache(maxsize=1)
def _demonym_keys() -> frozenset[str]:
    return frozenset(actor_key(w) for w in lexicon.demonyms())


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per stretch of text: the curated file, then a title, then the model."""
    kept: list[Candidate] = []
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    curated_ends = {(c.block, c.start): c.end for c in cands if c.label == "CURATED"}
    national = {id(c) for c in cands if _national(c, curated_ends)}

    def rank(c: Candidate) -> tuple[int, int]:
        return (-1 if id(c) in national else SOURCE_PRIORITY.get(c.label, 9), -(c.end - c.start))

    for c in sorted(cands, key=rank):
        if any(c.start < e and s < c.end for s, e in taken[c.block]):
            continue
        taken[c.block].append((c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.block, c.start))
