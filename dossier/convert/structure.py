"""Shapes of the lines of a pasted page: prose, byline, credit, rubric, outlet name, date line.

Each function answers one question about one line; the header parser (header.py) and the
article parser (article.py) combine them.  Name lists come from dossier.lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dossier import lexicon
from dossier.boilerplate.figures import split_credit
from dossier.convert.datelines import parse_date_line
from dossier.lexicon import agency_name
from dossier.text import SENTENCE_END, ends_sentence, fold, name_key

# A hard-wrapped line (e-mail, PDF copy) is at least this long before it breaks mid-sentence.
WRAP_MIN_CHARS = 50
# A line longer than this (a whole text pasted on one line) is cut at sentence ends into paragraphs
# of about this size, so that no later step meets a block it cannot handle.
LINE_MAX_CHARS = 10_000
_SENTENCE_GAP = re.compile(r"(?<=[.!?…»\"”])\s+(?=[«\"“A-ZÀ-Ý0-9])")

# "Par Jean Dupont", "By Jane Doe", "Texte : X", "De notre correspondant à Bruxelles, X"
BYLINE = re.compile(
    r"^(?:par|by|von|por|door|texte\s*:|text\s+by\s*:?|written\s+by\s*:?|by\s*:|propos\s+recueillis\s+par|reporting\s+by|"
    r"(?:de\s+notre|from\s+our)\s+(?:correspondante?|envoy[ée]e?\s+sp[ée]ciale?|correspondent)"
    r"(?:\s+[àa]\s+[\w\-' ]+)?\s*,?)\s+",
    re.IGNORECASE)
# "avec AFP", "with Reuters" at the end of a byline.
WITH_AGENCY = re.compile(r"\s*(?:,|et|and|\+)?\s*(?:\(?\s*(?:avec|with)\s+)"
                         r"(?P<agency>[A-Z][\w\-]+(?:\s*(?:et|and|,)\s*[A-Z][\w\-]+)*)\s*\)?\s*$")
# Agency datelines opening the first paragraph:
#   "LONDRES, 5 janv 2016 (AFP) -", "BERLIN (Reuters) -", "Bruxelles (Belga) —"
#   "NEW YORK (Nations unies), 20 novembre (AFP) -"
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w\-'’. À-ÿ]{1,40}?)\s*(?:\([^()]{2,30}\)\s*)?(?:/[\w\-'’. À-ÿ]{1,40})?"
    r"(?:,\s*(?P<date>[^()]{4,40}?))?\s*"
    r"\((?P<agency>[A-Za-z][\w\-]{1,20}(?:/[A-Za-z][\w\-]{1,20})?)\)\s*[-–—:]\s*")
# "Jon Henley in Paris", "Jean Dupont, à Bruxelles": a byline without "Par"/"By".
PERSON_IN_PLACE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w\-'’]+(?: [A-ZÀ-Ý][\w\-'’]+){1,3}),? (?:in|à|at|en) [A-ZÀ-Ý][\w\-' ]+$")
OUTLET_WITH_AGENCY = re.compile(r"^(?P<outlet>[^()]{2,40}?) (?:avec|with) (?P<agency>[A-Za-z][\w\-]+)$")
READING_TIME = re.compile(r"^(?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*min|^\d+\s*min(?:utes?)?\s+(?:de\s+lecture|read)\b",
                          re.IGNORECASE)
BREADCRUMB = re.compile(r"\s*(?:>|›|»|/|\|)\s*")
DOMAIN = re.compile(r"^(?:www\.)?[\w\-]+\.(?:fr|be|ch|com|net|org|co\.uk|ca|lu|info|news)$", re.IGNORECASE)
TLD = re.compile(r"\.(?:fr|be|ch|com|net|org|co\.uk|ca|lu|info|news)$")
# "Source: Belga", "Source : AFP", "From: Reuters"
SOURCE_LINE = re.compile(r"^(?:source|sources|from|avec|with)\s*:\s*(?P<name>[^.]{2,40})$", re.IGNORECASE)
ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9&\-]{1,7}$")
ARTICLE_WORDS = ("le ", "la ", "les ", "l'", "l’", "the ")
NAME_PARTICLES = frozenset({"de", "du", "des", "le", "la", "van", "von", "der", "den", "al", "el", "ben", "bin", "d'",
                            "di", "da"})


# "by Renee Lahti, Michigan Technological University" under a title: a byline, not the title's end.
_LOWER_BYLINE = re.compile(r"^(?:by|par|von|door)\s+[A-ZÀ-Ý]")


@dataclass
class Line:
    """A line of the pasted text (hard-wrapped lines joined), with the raw line numbers it covers."""

    text: str
    nos: tuple[int, ...]


def _cut(line: str) -> list[str]:
    """An overlong line as pieces of at most LINE_MAX_CHARS, cut at sentence ends (or spaces, or anywhere)."""
    pieces = []
    while len(line) > LINE_MAX_CHARS:
        window = line[:LINE_MAX_CHARS]
        ends = [m.start() for m in _SENTENCE_GAP.finditer(window)]
        cut = ends[-1] if ends else (window.rfind(" ") if " " in window else LINE_MAX_CHARS)
        cut = cut if cut > 0 else LINE_MAX_CHARS
        pieces.append(line[:cut].strip())
        line = line[cut:].strip()
    return [*pieces, line] if line else pieces


def split_lines(text: str) -> list[Line]:
    """Split text into non-empty lines, joining hard-wrapped lines of one sentence (cutting overlong ones)."""
    out: list[Line] = []
    prev_blank = True
    for no, raw in enumerate(text.split("\n"), start=1):
        line = " ".join(raw.split())
        if not line:
            prev_blank = True
            continue
        if (out and not prev_blank and len(out[-1].text) >= WRAP_MIN_CHARS
                and not ends_sentence(out[-1].text) and not out[-1].text.endswith(":")
                and line[:1].islower() and not _LOWER_BYLINE.match(line)):
            # A line broken mid-sentence: "… les frappes\naériennes …"
            out[-1] = Line(out[-1].text + " " + line, out[-1].nos + (no,))
        else:
            out.append(Line(line, (no,)))
        prev_blank = False
    return [Line(piece, ln.nos) for ln in out for piece in (_cut(ln.text) if len(ln.text) > LINE_MAX_CHARS
                                                             else [ln.text])]


def is_rubric(text: str) -> bool:
    """A section name or a breadcrumb ("Monde > Europe", "Accueil > International > Syrie")."""
    parts = [p for p in BREADCRUMB.split(text) if p]
    arrows = len(re.findall(r"\s[>›»]\s", text))
    # « Home » Latest News » The article's own title »: two arrows after short steps, whatever ends it
    if arrows >= 2 and len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts[:-1]):
        return True
    if not parts or len(text) > 80:
        return False
    if all(name_key(p) in lexicon.rubrics() for p in parts):
        return True
    # a breadcrumb: short parts between arrows, starting from a known section ("Accueil", "News")
    return (len(parts) >= 2 and re.search(r"[>›»]", text) is not None and name_key(parts[0]) in lexicon.rubrics()
            and all(len(p.split()) <= 4 for p in parts))


def known_outlet(text: str) -> bool:
    """A name from the outlets list, with or without its domain ending ("Le Point.fr")."""
    k = name_key(text)
    return k in lexicon.outlets() or TLD.sub("", k) in lexicon.outlets()


def outlet_shaped(text: str) -> bool:
    """A line that names an outlet: a known name, a domain, "Le X", an acronym."""
    if known_outlet(text) or DOMAIN.match(text):
        return True
    if len(text) > 40 or len(text.split()) > 4 or SENTENCE_END.search(text.rstrip(".")):
        return False
    if ACRONYM.match(text):
        return True
    low = text.lower()
    return any(low.startswith(a) for a in ARTICLE_WORDS) and all(w[:1].isupper() for w in
                                                                   re.split(r"[\s’']+", text)[1:2] if w)


def person_shaped(text: str) -> bool:
    """Two to four capitalised words: "Jean-Yves Le Drian", "Jane Doe"."""
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 50:
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES or w.lower().startswith(("d'", "d’", "al-", "el-"))
               for w in words) and not ends_sentence(text)


def parse_byline(text: str) -> tuple[list[str], str | None] | None:
    """Read "Par X et Y avec AFP" into (authors, agency); None when not a byline."""
    m = BYLINE.match(text)
    if not m:
        return None
    rest = text[m.end():].strip()
    agency = None
    w = WITH_AGENCY.search(rest)
    if w:
        agency = agency_name(re.split(r"\s*(?:et|and|,)\s*", w.group("agency"))[0]) or w.group("agency")
        rest = rest[:w.start()].strip()
    # "Jean Dupont (à Bruxelles)", "Jane Doe, Brussels correspondent", "Jane Doe | Reuters"
    rest = re.split(r"\s*[|·•]\s*", rest)[0]
    rest = re.sub(r"\s*\([^)]*\)", "", rest).strip(" ,")
    names = [n.strip(" ,") for n in re.split(r"\s*(?:,|;|\bet\b|\band\b|&)\s*", rest) if n.strip(" ,")]
    authors = []
    for n in names:
        if agency_name(n):
            agency = agency or agency_name(n)  # "By Jane Doe, Reuters"
        elif name_key(n) in lexicon.outlets() or DOMAIN.match(n):
            continue  # « Par Europe1.fr avec AFP »: the outlet, read by the header (source_label)
        elif _organisation(n):
            continue  # "By Renee Lahti, Michigan Technological University": the author's affiliation
        elif person_shaped(n) or (len(n.split()) <= 4 and n[:1].isupper()):
            authors.append(n)
    if not authors and not agency:
        return None
    return authors, agency


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.entries("org_words.txt"))


@lru_cache(maxsize=1)
def _press_words() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.entries("press_words.txt"))


def press_name(name: str) -> bool:
    """A name made like a news outlet's: capitalised, with a word of the press ("Hürriyet Daily News")."""
    words = name.split()
    return 1 <= len(words) <= 6 and name[:1].isupper() and any(fold(w) in _press_words() for w in words)


def _organisation(name: str) -> bool:
    """A name with an organisation's head word ("Michigan Technological University", « Institut Pasteur »)."""
    return any(fold(w) in _org_words() for w in name.split())


def byline_outlet(text: str) -> str | None:
    """The outlet a byline names among its authors (« Par Europe1.fr avec AFP », "By Jane Doe, Dawn.com")."""
    m = BYLINE.match(text)
    if not m:
        return None
    rest = WITH_AGENCY.sub("", text[m.end():]).strip()
    for n in re.split(r"\s*(?:,|;|\bet\b|\band\b|&|\|)\s*", rest):
        n = n.strip(" ,")
        if n and (known_outlet(n) or DOMAIN.match(n)):
            return n
    return None


def is_meta_line(text: str) -> bool:
    """A byline, a publication-date line or a photo credit: the shapes of a page header."""
    if parse_byline(text) or PERSON_IN_PLACE.match(text) or split_credit(text) or READING_TIME.match(text):
        return True
    if SOURCE_LINE.match(text):
        return True
    dl = parse_date_line(text)
    return dl is not None and (not dl.rest or parse_byline(dl.rest) is not None or outlet_shaped(dl.rest)
                               or (bool(dl.parts) and all(credit_part(p) for p in dl.parts)))


# « Édité par Natacha Vidal », "Edited by Jane Doe": an editor's credit in a date line.
EDITED_BY = re.compile(
    r"^(?:[ée]dit[ée]e?|edited|r[ée]vis[ée]e?|produced|produit|mis(?:e)?\s+en\s+page)\s+(?:par|by)\s+", re.IGNORECASE)


def credit_part(text: str) -> bool:
    """A piece of a date line that credits someone: a byline, a name, an outlet, an editor."""
    return (parse_byline(text) is not None or person_shaped(text) or outlet_shaped(text)
            or EDITED_BY.match(text) is not None)


def is_link_leadin(text: str) -> bool:
    """"Lire aussi : …", "Read more: …": a link to another article, never a subheading."""
    k = name_key(text)
    return any(k.startswith(lead) for lead in lexicon.link_leadins())
