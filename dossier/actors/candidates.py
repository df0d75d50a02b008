"""Names in one article that may be actors, from three sources.

1. the NER model's entities (dossier.actors.ner), trimmed: a French model run on English text
   over-extends spans ("Barack Obama in Washington"), so English spans are cut at the first
   lower-case word that cannot belong to a name;
2. capitalised runs after a title ("le ministre Jean-Yves Le Drian", "President Obama"): a
   person, whatever the model said; after an organisation noun (« le collectif Anonymous »):
   an organisation;
3. the curated actors file's names and descriptions, whole words (acronyms in capitals).

Where two candidates overlap, the curated file wins, then a title, then the model.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.actors.curated import Curated
from dossier.actors.names import (
    PARTICLES,
    actor_key,
    is_acronym,
    name_prefixes,
    org_nouns_pattern,
    title_pattern,
    titles,
)
from dossier.actors.ner import Entity
from dossier.text import fold

DETERMINERS = ("the ", "le ", "la ", "les ", "l'", "un ", "une ", "a ", "an ", "du ", "des ", "au ", "aux ")
CAPS_RUN = re.compile(
    r"(?<![\w'’-])[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|du|des|la|le|d'|d’|von|van|der|al|el|bin|ben|ibn|of)\s+)?"
    r"[A-ZÀ-Ý](?:\.(?=\s)|[\w'’-]*))*")  # an initial with its full stop: "Vladimir V. Putin"
# "Royal Air" + "Force": the model stopped inside a capitalised name
CAPITALISED_TAIL = re.compile(r"(?:\.?[ \-][A-ZÀ-Ý][\w'’-]*)+")
# How far before a capitalised run a title or an organisation noun is looked for, in characters.
LOOK_BEHIND = 30
# Which source wins when candidates overlap (lower first).
SOURCE_PRIORITY = {"CURATED": 0, "TITLE": 1, "ORGNOUN": 2, "PER": 3, "ORG": 4, "LOC": 5, "MISC": 6}


@dataclass
class Candidate:
    """A name in an article and what is known of it."""

    text: str
    block: int
    start: int
    end: int
    label: str  # PER/ORG/LOC/MISC from the model, TITLE after a title, ORGNOUN after an organisation noun, CURATED
    titled: bool = False  # a title or honorific stood before it: a person
    sentence_start: bool = False


def strip_titles(text: str) -> tuple[str, bool]:
    """Drop leading titles, honorifics, demonyms and ministries' domains.

    ("M. Le Drian" -> "Le Drian", True); ("German Chancellor Angela Merkel" -> "Angela Merkel", True);
    ("Intérieur Jan Jambon" -> "Jan Jambon", False).
    """
    titled = False
    changed = True
    while changed and text:
        changed = False
        f = fold(text)
        for t in titles():
            if f.startswith(t) and (len(f) == len(t) or not f[len(t)].isalnum()) and len(text) > len(t):
                text = text[len(t):].lstrip(" .,")
                titled = changed = True
                break
        else:
            first, _, rest = text.partition(" ")
            if rest and rest[:1].isupper() and actor_key(first) in name_prefixes():
                text = rest
                changed = True
    return text, titled


def _english_name(words: list[str]) -> list[str]:
    """Cut at the first lower-case word that is not a particle followed by a capitalised word."""
    kept: list[str] = []
    for i, w in enumerate(words):
        if w[:1].isupper() or w[:1].isdigit():
            kept.append(w)
        elif w.lower() in PARTICLES and i + 1 < len(words) and words[i + 1][:1].isupper() and kept:
            kept.append(w)
        else:
            break
    return kept


def trim(text: str, english: bool) -> list[str]:
    """Clean a span into zero, one or several names."""
    text = text.split("\n")[0].strip(" \t«»\"“”'’()[],.;:!?—–-")
    text = re.sub(r"['’]s$", "", text)
    for det in DETERMINERS:
        if fold(text).startswith(det) and not text[:1].isupper():
            text = text[len(det):]
    if fold(text).startswith("the "):
        text = text[4:]
    words = text.split()
    if not english:
        return [" ".join(words)] if words else []
    joined = " ".join(_english_name(words))
    # "John Irish and Robin Emmott", "France and Russia": two names
    parts = re.split(r"\s+(?:and|&)\s+", joined)
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return parts
    return [joined] if joined else []


def sentence_start(block: str, start: int) -> bool:
    """The position opens a sentence (or the block)."""
    before = block[:start].rstrip(" «\"“'")
    return not before or before[-1] in ".!?:—–-"


def _from_model(blocks: Sequence[str], entities: Sequence[Entity], english: bool) -> list[Candidate]:
    out = []
    for e in entities:
        block = blocks[e.block]
        end = e.end
        if e.label in ("ORG", "PER"):
            m = CAPITALISED_TAIL.match(block[end:])
            if m and not re.search(r"[.!?]", m.group(0)):
                end += m.end()
        span = block[e.start:end].split("\n")[0]
        stripped, titled = strip_titles(span)
        offset = e.start + (len(span) - len(stripped))
        for name in trim(stripped, english):
            pos = block.find(name, offset)
            pos = pos if pos >= 0 else e.start
            out.append(Candidate(name, e.block, pos, pos + len(name), e.label, titled, sentence_start(block, pos)))
    return out


def _from_titles(b: int, block: str) -> list[Candidate]:
    """Names after a title (a person) or after an organisation noun (an organisation)."""
    out = []
    for m in CAPS_RUN.finditer(block):
        run = m.group(0)
        before = fold(block[max(0, m.start() - LOOK_BEHIND):m.start()]).rstrip()
        name, titled = strip_titles(run)
        if not titled:
            # "le ministre belge de l'Intérieur Jan Jambon": a title among the last words before
            last = " ".join(re.findall(r"[\w.'-]+", before)[-5:])
            titled = title_pattern().search(last) is not None
        if titled and name and name[:1].isupper():
            label, names = "TITLE", trim(name, True)
        elif org_nouns_pattern().search(before) and run[:1].isupper() and not sentence_start(block, m.start()):
            label, names = "ORGNOUN", trim(run, True)  # « le collectif Anonymous », "the militant group Boko Haram"
        else:
            continue
        for n in names:
            start = m.start() + run.find(n)
            out.append(Candidate(n, b, start, start + len(n), label, label == "TITLE", False))
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
    out = _from_model(blocks, entities, lang == "en")
    rx = curated.pattern()
    for b, block in enumerate(blocks):
        out += _from_titles(b, block)
        if rx is not None:
            out += _from_curated(b, block, rx)
    return dedupe(out)


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per stretch of text: the curated file, then a title, then the model."""
    kept: list[Candidate] = []
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for c in sorted(cands, key=lambda c: (SOURCE_PRIORITY.get(c.label, 9), -(c.end - c.start))):
        if any(c.start < e and s < c.end for s, e in taken[c.block]):
            continue
        taken[c.block].append((c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.block, c.start))
