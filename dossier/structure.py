"""Find the parts of a pasted news article: title, standfirst, byline, source, dates, caption, body.

A pasted page is a column of lines.  Its top (the header zone, everything
before the first paragraph of prose) holds the title and the metadata, in an
order that changes from outlet to outlet; the rest is the body.  Each header
line is tried against line shapes (credit, caption, date line, byline, rubric,
outlet name) and what is left is the title, then the standfirst.

Nothing is dropped: a line that is not metadata stays in the body, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from dossier.datafiles import data_lines as _data_lines
from dossier.dates import DateLine, find_dates, fold, parse_date_line
from dossier.language import detect_language

# A paragraph of prose: long enough, ending like a sentence.  Below this length
# a line in the header zone may be a title, byline or outlet name.
PROSE_MIN_CHARS_DEFAULT = 120
# Titles longer than this are paragraphs pasted without their title.
TITLE_MAX_CHARS_DEFAULT = 250
TITLE_MIN_CHARS_DEFAULT = 3
# A subheading is a short line, without a final full stop, between paragraphs.
SUBHEADING_MAX_CHARS_DEFAULT = 120
# A derived title (first sentence) is cut at this length, on a word boundary.
DERIVED_TITLE_MAX_CHARS_DEFAULT = 140
# A hard-wrapped line (e-mail, PDF copy) is at least this long before it breaks mid-sentence.
WRAP_MIN_CHARS_DEFAULT = 50
# Bylines, dates and credits are looked for in this many first lines; the header zone
# runs to the last of them, past a standfirst that ends like a paragraph.
HEADER_SCAN_LINES_DEFAULT = 15
# An unlisted rubric ("Paris attacks", "Crise syrienne") is this short and sits above the title.
RUBRIC_MAX_WORDS_DEFAULT = 4
RUBRIC_MAX_CHARS_DEFAULT = 35
# A standfirst without a final full stop (The Guardian prints them so) is at least this long.
STANDFIRST_MIN_CHARS_DEFAULT = 60
# A standfirst is a sentence or two; a longer paragraph is the body's lead.
STANDFIRST_MAX_WORDS_DEFAULT = 60

SENTENCE_END = re.compile(r"[.!?…»\"”')\]]\s*$")
# "Par Jean Dupont", "By Jane Doe", "Texte : X", "De notre correspondant à Bruxelles, X"
BYLINE = re.compile(
    r"^(?:par|by|von|texte\s*:|text\s+by\s*:?|written\s+by\s*:?|by\s*:|propos\s+recueillis\s+par|reporting\s+by|"
    r"(?:de\s+notre|from\s+our)\s+(?:correspondante?|envoy[ée]e?\s+sp[ée]ciale?|correspondent)"
    r"(?:\s+[àa]\s+[\w\-' ]+)?\s*,?)\s+",
    re.IGNORECASE)
# "avec AFP", "with Reuters" at the end of a byline.
WITH_AGENCY = re.compile(r"\s*(?:,|et|and|\+)?\s*(?:\(?\s*(?:avec|with)\s+)"
                         r"(?P<agency>[A-Z][\w\-]+(?:\s*(?:et|and|,)\s*[A-Z][\w\-]+)*)\s*\)?\s*$")
# Agency datelines opening the first paragraph:
#   "LONDRES, 5 janv 2016 (AFP) -", "BERLIN (Reuters) -", "Bruxelles (Belga) —"
DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w\-'’. À-ÿ]{1,40}?)\s*(?:/[\w\-'’. À-ÿ]{1,40})?(?:,\s*(?P<date>[^()]{4,40}?))?\s*"
    r"\((?P<agency>[A-Za-z][\w\-]{1,20}(?:/[A-Za-z][\w\-]{1,20})?)\)\s*[-–—:]\s*")
# "Jon Henley in Paris", "Jean Dupont, à Bruxelles": a byline without "Par"/"By".
PERSON_IN_PLACE = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][\w\-'’]+(?: [A-ZÀ-Ý][\w\-'’]+){1,3}),? (?:in|à|at|en) [A-ZÀ-Ý][\w\-' ]+$")
OUTLET_WITH_AGENCY = re.compile(r"^(?P<outlet>[^()]{2,40}?) (?:avec|with) (?P<agency>[A-Za-z][\w\-]+)$")
READING_TIME = re.compile(r"^(?:temps\s+de\s+)?lecture\s*:?\s*\d+\s*min|^\d+\s*min(?:utes?)?\s+(?:de\s+lecture|read)\b",
                          re.IGNORECASE)
CREDIT_LABEL = re.compile(
    r"^(?:photos?|photograph|crédits?(?:\s+photos?)?|photo\s+credit|image|illustration|source\s+photo)\s*:\s*",
    re.IGNORECASE)
# "Image caption Russian bombers…" (BBC), "Légende : …"
CAPTION_LABEL = re.compile(r"^(?:image caption|photo caption|caption|légende)\s*:?\s+", re.IGNORECASE)
BREADCRUMB = re.compile(r"\s*(?:>|›|»|/|\|)\s*")
DOMAIN = re.compile(r"^(?:www\.)?[\w\-]+\.(?:fr|be|ch|com|net|org|co\.uk|ca|lu|info|news)$", re.IGNORECASE)
TLD = re.compile(r"\.(?:fr|be|ch|com|net|org|co\.uk|ca|lu|info|news)$")
# "Source: Belga", "Source : AFP", "From: Reuters"
SOURCE_LINE = re.compile(r"^(?:source|sources|from|avec|with)\s*:\s*(?P<name>[^.]{2,40})$", re.IGNORECASE)
ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9&\-]{1,7}$")
ARTICLE_WORDS = ("le ", "la ", "les ", "l'", "l’", "the ")


def name_key(s: str) -> str:
    """Matching key of a name: folded, apostrophes and spaces unified."""
    return re.sub(r"[\s’']+", " ", fold(s)).strip(" .")


@lru_cache(maxsize=1)
def outlets() -> frozenset[str]:
    """Known outlet names, as matching keys."""
    return frozenset(name_key(n) for n in _data_lines("outlets.txt"))


@lru_cache(maxsize=1)
def rubrics() -> frozenset[str]:
    """Known section names, as matching keys."""
    return frozenset(name_key(n) for n in _data_lines("rubrics.txt"))


@lru_cache(maxsize=1)
def link_leadins() -> tuple[str, ...]:
    """Words that introduce a link ("Lire aussi :"), as matching keys."""
    return tuple(name_key(n) for n in _data_lines("leadins.txt"))


@lru_cache(maxsize=1)
def agencies() -> tuple[tuple[str, re.Pattern], ...]:
    """(agency name, pattern of its forms in text)."""
    out = []
    for line in _data_lines("agencies.txt"):
        name, _, forms = (p.strip() for p in line.partition("|"))
        out.append((name, re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])")))
    return tuple(out)


@lru_cache(maxsize=1)
def credit_marker() -> re.Pattern:
    """Pattern that starts a photo credit inside a line."""
    alts = _data_lines("credits.txt")
    if not alts:  # an empty alternation would match everywhere
        raise ValueError("dossier/data/credits.txt holds no pattern")
    return re.compile("|".join(f"(?:{a})" for a in alts), re.IGNORECASE)


def agency_name(token: str) -> str | None:
    """Canonical agency name for a token such as "AFP" or "REUTERS"."""
    for name, rx in agencies():
        if rx.fullmatch(token.strip()):
            return name
    return None


@dataclass
class Block:
    """A body block: a paragraph or a subheading, with the raw line numbers it came from."""

    kind: str  # "p" or "h2"
    text: str
    lines: tuple[int, ...]


@dataclass
class Article:
    """What the converter found in one raw text."""

    title: str | None = None
    title_derived: bool = False
    summary: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    agency: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    caption: str | None = None
    credits: str | None = None
    rubric: str | None = None
    dateline: str | None = None
    lang: str = "fr"
    blocks: list[Block] = field(default_factory=list)
    # raw line number -> what it became ("title", "caption", "body", ...), for the lossless check
    roles: dict[int, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    nos: tuple[int, ...]


def split_blocks(text: str) -> list[_Line]:
    """Split text into non-empty lines, joining hard-wrapped lines of one sentence."""
    out: list[_Line] = []
    prev_blank = True
    for no, raw in enumerate(text.split("\n"), start=1):
        line = " ".join(raw.split())
        if not line:
            prev_blank = True
            continue
        if (out and not prev_blank and len(out[-1].text) >= WRAP_MIN_CHARS_DEFAULT
                and not SENTENCE_END.search(out[-1].text) and not out[-1].text.endswith(":")
                and line[:1].islower()):
            # A line broken mid-sentence: "… les frappes\naériennes …"
            out[-1] = _Line(out[-1].text + " " + line, out[-1].nos + (no,))
        else:
            out.append(_Line(line, (no,)))
        prev_blank = False
    return out


def is_prose(text: str) -> bool:
    """A paragraph of running text, as opposed to a title or a metadata line."""
    if len(text) >= PROSE_MIN_CHARS_DEFAULT and SENTENCE_END.search(text):
        return True
    # two sentences or more, whatever the length
    return len(re.findall(r"[a-zà-ÿ]{2,}[.!?]\s+[A-ZÀ-Ý«\"]", text)) >= 1 and SENTENCE_END.search(text) is not None


def split_credit(text: str) -> tuple[str, str] | None:
    """Split "caption © credit" into (caption, credit); None when the line holds no credit."""
    if CAPTION_LABEL.match(text):
        return None  # "Image caption …" is a caption without credit
    m = credit_marker().search(text)
    if not m:
        return None
    caption = text[:m.start()].rstrip(" -–—|/,(")
    if caption.lower() in ("image", "photo", "picture", "illustration"):
        caption = ""  # "Image copyright Reuters" (BBC): a credit alone
    credit = text[m.start():].strip()
    credit = re.sub(r"^(?:©|\(c\)|copyright)\s*", "", credit, flags=re.IGNORECASE).strip(" )")
    credit = CREDIT_LABEL.sub("", credit)
    # A credit is a name or a list of names, not a sentence.
    if len(credit) > 80 or len(credit.split()) > 10 or not credit:
        return None
    if caption and is_prose(caption) and len(caption) > 300:
        return None
    return caption, credit


def is_rubric(text: str) -> bool:
    """A section name or a breadcrumb ("Monde > Europe", "Accueil > International > Syrie")."""
    parts = [p for p in BREADCRUMB.split(text) if p]
    if not parts or len(text) > 80:
        return False
    if all(name_key(p) in rubrics() for p in parts):
        return True
    # a breadcrumb: short parts between arrows, starting from a known section ("Accueil", "News")
    return (len(parts) >= 2 and re.search(r"[>›»]", text) is not None and name_key(parts[0]) in rubrics()
            and all(len(p.split()) <= 4 for p in parts))


def known_outlet(text: str) -> bool:
    """A name from the outlets list, with or without its domain ending ("Le Point.fr")."""
    k = name_key(text)
    return k in outlets() or TLD.sub("", k) in outlets()


def outlet_shaped(text: str) -> bool:
    """A line that names an outlet: a known name, a domain, "Le X", an acronym."""
    if known_outlet(text):
        return True
    if DOMAIN.match(text):
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
    particles = {"de", "du", "des", "le", "la", "van", "von", "der", "den", "al", "el", "ben", "bin", "d'", "di", "da"}
    return all(w[:1].isupper() or w.lower() in particles or w.lower().startswith(("d'", "d’", "al-", "el-"))
               for w in words) and not SENTENCE_END.search(text)


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
        elif name_key(n) in outlets():
            continue
        elif person_shaped(n) or (len(n.split()) <= 4 and n[:1].isupper()):
            authors.append(n)
    if not authors and not agency:
        return None
    return authors, agency


def is_meta_line(text: str) -> bool:
    """A byline, a publication-date line or a photo credit: the shapes of a page header."""
    if parse_byline(text) or PERSON_IN_PLACE.match(text) or split_credit(text) or READING_TIME.match(text):
        return True
    if SOURCE_LINE.match(text):
        return True
    dl = parse_date_line(text)
    return dl is not None and (not dl.rest or parse_byline(dl.rest) is not None or outlet_shaped(dl.rest))


def is_link_leadin(text: str) -> bool:
    """"Lire aussi : …", "Read more: …": a link to another article, never a subheading."""
    k = name_key(text)
    return any(k.startswith(lead) for lead in link_leadins())


def _derive_title(text: str) -> str:
    """The first sentence of a paragraph, cut on a word boundary."""
    m = re.search(r"^(.+?[.!?])(?:\s+[A-ZÀ-Ý«\"]|$)", text)
    first = (m.group(1) if m else text).rstrip(".")
    if len(first) <= DERIVED_TITLE_MAX_CHARS_DEFAULT:
        return first
    cut = first[:DERIVED_TITLE_MAX_CHARS_DEFAULT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


class _Header:
    """Classifies the lines of the header zone, one at a time, filling the article."""

    def __init__(self, art: Article) -> None:
        self.art = art

    def date_line(self, line: _Line) -> bool:
        """Take a publication/update line; False when the line is not one."""
        dl: DateLine | None = parse_date_line(line.text)
        if dl is None:
            return False
        rest = dl.rest
        by = parse_byline(rest) if rest else None
        if rest and not by and not outlet_shaped(rest) and not re.search(
                r"(?i)publi|mis |updated|posted|modifi|actualis|\bmaj\b", line.text):
            # "Le 13 novembre 2015, 130 morts": a date with words and no label is a sentence
            return False
        if dl.published and not self.art.published:
            self.art.published = dl.published
        if dl.updated and not self.art.updated:
            self.art.updated = dl.updated
        if by:
            self.take_byline(by)
        elif rest and outlet_shaped(rest):
            self.art.source = self.art.source or rest
        return True

    def take_byline(self, by: tuple[list[str], str | None]) -> None:
        """Add the authors and agency of a byline."""
        authors, agency = by
        for a in authors:
            if a not in self.art.authors:
                self.art.authors.append(a)
        if agency:
            self.art.agency = self.art.agency or agency

    def classify(self, i: int, head: list[_Line], after: str) -> str | None:
        """Role of header line i, or None when it belongs to the body."""
        art = self.art
        t = head[i].text
        nxt = head[i + 1].text if i + 1 < len(head) else after
        credit = split_credit(t)
        if credit is not None:
            caption, credit_text = credit
            art.credits = art.credits or credit_text
            if caption:
                art.caption = art.caption or caption
            return "caption+credit" if caption else "credit"
        if nxt.startswith(t) and len(t) > 15 and split_credit(nxt) is not None:
            return "caption"  # the caption printed twice, once as image alt text, once with its credit
        if (label := CAPTION_LABEL.match(t)) is not None:
            art.caption = art.caption or t[label.end():]
            return "caption"
        if self.date_line(head[i]):
            return "date"
        if (by := parse_byline(t)) is not None:
            self.take_byline(by)
            return "byline"
        if (m := BYLINE.match(t)) is not None and known_outlet(t[m.end():].strip()):
            art.source = art.source or t[m.end():].strip()  # "Text by: FRANCE 24", "Par Le Figaro"
            return "source+label"
        if (m := SOURCE_LINE.match(t)) is not None and (agency_name(m.group("name")) or outlet_shaped(m.group("name"))):
            name = m.group("name").strip()
            if agency_name(name):
                art.agency = art.agency or agency_name(name)
            art.source = art.source or agency_name(name) or name
            return "source+label"
        if (m := PERSON_IN_PLACE.match(t)) and not is_prose(t):
            self.take_byline(([m.group("name")], None))
            return "byline"
        if READING_TIME.match(t):
            return None  # not metadata: left in the body for the cleaning plugin
        if art.title is None:
            if not art.source and known_outlet(t):
                art.source = t  # "Ouest-France", "Le Point.fr" printed above the title
                return "source"
            if is_rubric(t) or self._unlisted_rubric(t, nxt):
                art.rubric = art.rubric or t
                return "rubric"
            if TITLE_MIN_CHARS_DEFAULT <= len(t) <= TITLE_MAX_CHARS_DEFAULT and not is_prose(t) and not (
                    t.endswith(".") and not t.endswith("...")):
                art.title = t
                return "title"
            return None
        if not art.source and outlet_shaped(t):
            art.source = t
            return "source"
        m = OUTLET_WITH_AGENCY.match(t)
        if m and agency_name(m.group("agency")) and outlet_shaped(m.group("outlet")):
            art.source = art.source or m.group("outlet")  # "20 Minutes avec AFP"
            art.agency = art.agency or agency_name(m.group("agency"))
            return "source+agency"
        standfirst_shaped = is_prose(t) or (len(t) >= STANDFIRST_MIN_CHARS_DEFAULT and not is_meta_line(t))
        if art.summary is None and not DATELINE.match(t) and standfirst_shaped:
            art.summary = t
            return "summary"
        if not art.authors and person_shaped(t) and not is_rubric(t):
            art.authors.append(t)
            return "author"
        return None

    @staticmethod
    def _unlisted_rubric(t: str, nxt: str) -> bool:
        """A short label right above a longer title-shaped line ("Paris attacks")."""
        return (len(t.split()) <= RUBRIC_MAX_WORDS_DEFAULT and len(t) <= RUBRIC_MAX_CHARS_DEFAULT
                and not SENTENCE_END.search(t) and not is_prose(nxt) and len(nxt) > len(t) + 10
                and not is_meta_line(nxt) and not nxt.endswith("."))


def _dateline(art: Article, block: Block) -> None:
    """Read an agency dateline at the start of the first paragraph (the paragraph stays)."""
    m = DATELINE.match(block.text)
    if not m:
        return
    agency = agency_name(m.group("agency").split("/")[0])
    if not agency:
        return
    art.agency = art.agency or agency
    art.dateline = m.group("place").strip()
    if m.group("date") and art.published is None:
        found = find_dates(m.group("date"))
        if found:
            art.published = found[0].value


def header_end(lines: list[_Line]) -> int:
    """Index of the first body line: after the first prose, or after the last header-shaped line."""
    first_prose = next((i for i, ln in enumerate(lines) if is_prose(ln.text)), len(lines))
    end = first_prose
    prose_seen = 0
    for i, ln in enumerate(lines[:HEADER_SCAN_LINES_DEFAULT]):
        if is_meta_line(ln.text):
            end = max(end, i + 1)
        elif is_prose(ln.text):
            prose_seen += 1
            if prose_seen > 2:  # into the body: a later "Par X" is a signature, not a header
                break
    return end


def parse_article(text: str) -> Article:
    """Find the structure of a pasted article; every line lands in a field or in the body."""
    art = Article()
    lines = split_blocks(text)
    art.lang = detect_language(text)
    header = _Header(art)

    end = header_end(lines)
    head, body = lines[:end], lines[end:]
    leftover: list[_Line] = []  # header lines that are none of the metadata shapes
    for i, line in enumerate(head):
        role = header.classify(i, head, body[0].text if body else "")
        if role:
            for no in line.nos:
                art.roles[no] = role
        else:
            leftover.append(line)

    # Date lines at the foot of the article ("Publié le …" printed last) are metadata too.
    kept: list[_Line] = []
    for line in leftover + body:
        if not is_prose(line.text) and header.date_line(line):
            for no in line.nos:
                art.roles[no] = "date"
            continue
        kept.append(line)
    if art.published is None and art.updated is not None:
        art.published, art.updated = art.updated, None

    if art.title is not None and art.summary is None:
        _late_standfirst(art, kept)
    if art.title is None:
        lead = next((ln for ln in kept if is_prose(ln.text)), None)
        if lead is not None:
            art.title = _derive_title(lead.text)
            art.title_derived = True
            art.notes.append("no title line found: the title is the first sentence of the text")
            if art.summary is None:
                # The lead paragraph of a page whose title was not pasted is its standfirst.
                art.summary = lead.text
                for no in lead.nos:
                    art.roles[no] = "summary"
                kept.remove(lead)

    art.blocks = _body_blocks(kept)
    for b in art.blocks:
        for no in b.lines:
            art.roles.setdefault(no, "body")
    # The dateline opens the first paragraph; a stray "Updated 9 years ago" may come before it.
    for block in [b for b in art.blocks if b.kind == "p"][:3]:
        if DATELINE.match(block.text):
            _dateline(art, block)
            break
    _signature(art)
    if not art.source and art.agency:
        art.source = art.agency
    return art


def _is_furniture(text: str) -> bool:
    """A metadata line or a line of the site around the article (share button, paywall…)."""
    from dossier.boilerplate import looks_like_boilerplate  # boilerplate uses this module's name lists

    return is_meta_line(text) or looks_like_boilerplate(text)


def _late_standfirst(art: Article, kept: list[_Line]) -> None:
    """A short paragraph under the title, cut off from the body by site furniture, is the standfirst.

    "Title / Standfirst. / Abonnez-vous / First paragraph…": the standfirst is followed
    by a line that is not prose.  A first paragraph followed by another is the body's lead.
    """
    for i, line in enumerate(kept[:3]):
        if not is_prose(line.text):
            continue
        nxt = kept[i + 1].text if i + 1 < len(kept) else None
        if (nxt is not None and _is_furniture(nxt) and len(line.text.split()) <= STANDFIRST_MAX_WORDS_DEFAULT
                and not DATELINE.match(line.text) and any(is_prose(k.text) for k in kept[i + 2:])):
            art.summary = line.text
            for no in line.nos:
                art.roles[no] = "summary"
            kept.remove(line)
        return


def _signature(art: Article) -> None:
    """Read a signature at the foot ("ATS", "Le Monde avec AFP") into the metadata; the line stays."""
    for block in art.blocks[-3:]:
        t = block.text.strip(" ()")
        name, _, agency = t.partition(" avec ")
        if agency and agency_name(agency.strip()) and len(name.split()) <= 4:
            art.agency = art.agency or agency_name(agency.strip())
            if outlet_shaped(name):
                art.source = art.source or name
        elif agency_name(t):
            art.agency = art.agency or agency_name(t)
        elif re.fullmatch(r"[A-Za-z]{2,6}(?:/[A-Za-z]{2,6}){1,5}", t) and agency_name(t.split("/")[0].upper()):
            art.agency = art.agency or agency_name(t.split("/")[0].upper())  # "ats/afp/boi": ATS wrote it
        elif name_key(t) in outlets() and not is_prose(t):
            art.source = art.source or t


def _body_blocks(lines: list[_Line]) -> list[Block]:
    """Turn body lines into paragraphs and subheadings."""
    blocks: list[Block] = []
    for i, line in enumerate(lines):
        t = line.text
        prev_prose = i > 0 and is_prose(lines[i - 1].text)
        next_prose = i + 1 < len(lines) and is_prose(lines[i + 1].text) and len(lines[i + 1].text) >= 80
        heading = (prev_prose and next_prose and len(t) <= SUBHEADING_MAX_CHARS_DEFAULT
                   and not SENTENCE_END.search(t) and not t.endswith(":") and t[:1].isupper()
                   and not is_link_leadin(t) and split_credit(t) is None)
        blocks.append(Block("h2" if heading else "p", t, line.nos))
    return blocks
