"""Find the parts of a pasted news article: title, standfirst, byline, source, dates, caption, body.

A pasted page is a column of lines.  Its top (the header zone, everything before the first
paragraph of prose) holds the title and the metadata, in an order that changes from outlet to
outlet; the rest is the body.  :func:`parse_article` runs these steps:

1. split the text into lines, joining hard-wrapped ones (structure.split_lines);
2. find the title line (title.choose_title: a page pasted whole has a site's menus above
   it), the header zone around it — a few labels above, bylines, dates and standfirst below,
   up to the first paragraph (header.header_end) — and give each of its lines a role
   (header.HeaderParser); lines above the zone stay in the body, for the cleaning step;
3. take date lines printed at the foot of the article;
4. find a standfirst cut off from the title by site furniture, or derive a title;
5. turn what is left into paragraphs and subheadings;
6. read an agency dateline and a signature at the foot.

Nothing is dropped: a line that is not metadata stays in the body, in order.
"""

from __future__ import annotations

import re

from dossier.boilerplate import looks_like_boilerplate
from dossier.boilerplate.features import core_span
from dossier.boilerplate.figures import split_credit
from dossier.boilerplate.model import Trees
from dossier.convert.datelines import DateContext, page_context, parse_date_line
from dossier.convert.header import BODY, HeaderParser, LineContext, header_end
from dossier.convert.language import detect_language
from dossier.convert.publisher import find_publisher
from dossier.convert.records import Article, BodyBlock
from dossier.convert.structure import (
    DATELINE,
    Line,
    is_link_leadin,
    is_meta_line,
    known_outlet,
    outlet_shaped,
    split_lines,
)
from dossier.convert.title import choose_title, zone_start
from dossier.lexicon import agency_name, outlets
from dossier.text import ends_sentence, is_prose, name_key

# A subheading is a short line, without a final full stop, between paragraphs.
SUBHEADING_MAX_CHARS = 120
# A derived title (first sentence) is cut at this length, on a word boundary.
DERIVED_TITLE_MAX_CHARS = 140
# A standfirst is a sentence or two; a longer paragraph is the body's lead.
STANDFIRST_MAX_WORDS = 60
# Under the article, a date line this many lines below its last paragraph is its own, not a comment's.
FOOT_DATE_LINES = 12
# "(PTI)", "(ANP)": an agency's code in a dateline, listed or not.
AGENCY_CODE = re.compile(r"[A-Z]{2,6}")
# « ats/afp/boi »: agency codes at the foot, the first one the agency that wrote the text.
AGENCY_CODES = re.compile(r"[A-Za-z]{2,6}(?:/[A-Za-z]{2,6}){1,5}")


def parse_article(text: str, title_model: Trees | None = None) -> Article:
    """Find the structure of a pasted article; every line lands in a field or in the body.

    `title_model` replaces the shipped title model (the evaluation trains one per outlet left out).
    """
    art = Article()
    lines = split_lines(text)
    texts = [ln.text for ln in lines]
    art.lang = detect_language(text)
    dates = page_context(texts, art.lang)
    header = HeaderParser(art, dates)

    # 2. the title and the header zone around it
    title = choose_title(texts, title_model)
    start, end = header_zone(lines, title)
    above = lines[:start]  # the site around the article: body lines, for the cleaning step
    head, body = lines[start:end], lines[end:]
    leftover: list[Line] = []  # header lines that are none of the metadata shapes
    for i, line in enumerate(head):
        nxt = head[i + 1].text if i + 1 < len(head) else (body[0].text if body else "")
        if title is not None and start + i == title:
            art.title = line.text
            _mark(art, line, "title")
            continue
        above_title = title is not None and start + i < title
        role = header.classify(LineContext(line.text, nxt, line, above_title))
        if role and role != BODY:
            _mark(art, line, role)
        else:
            leftover.append(line)

    # 3. date lines at the foot of the article ("Publié le …" printed last) are metadata too
    core = core_span(texts)
    kept = list(above) + _foot_dates(art, header, leftover + body, lines, core[1])

    # 4. standfirst and title
    if art.title is not None and art.summary is None:
        _late_standfirst(art, kept, len(above))
    if art.title is None:
        _derived_title(art, kept)

    # 5. the body
    art.blocks = body_blocks(kept)
    # the blocks from above the title: the site around the article, which the cleaning step weighs
    first_no = lines[start].nos[0] if start < len(lines) else None
    art.article_start = sum(1 for b in art.blocks if first_no is not None and max(b.lines) < first_no)
    for b in art.blocks:
        for no in b.lines:
            art.roles.setdefault(no, "body")

    # 6. dateline and signature; the dateline opens the first paragraph, after a stray "Updated 9 years ago"
    for block in [b for b in art.blocks if b.kind == "p"][:3]:
        if DATELINE.match(block.text):
            _dateline(art, block, dates)
            break
    _signature(art, header)

    # 7. the publisher, from the site's furniture, when no line of the header settled it
    if not art.source:
        art.source = _publisher(art, lines, header, core)
        if art.source in art.authors:
            art.authors.remove(art.source)  # "Arab News" alone under the title: the outlet, not a person
    logo = header.claimed_lines.get(art.source or "")
    if logo is not None:  # "Ouest-France" printed above the title, now settled: metadata, not text
        art.blocks = [b for b in art.blocks if b.lines != logo.nos]
        _mark(art, logo, "source")
    return art


def _foot_dates(art: Article, header: HeaderParser, candidates: list[Line], lines: list[Line],
                core_end: int) -> list[Line]:
    """Take the date lines among the lines left after the header; the others, in order.

    Under the article a labelled date line is its own only near its last paragraph: further
    down, dates belong to comments and to other articles' links.
    """
    position = {id(ln): i for i, ln in enumerate(lines)}
    kept = []
    for line in candidates:
        near = position[id(line)] <= core_end + FOOT_DATE_LINES
        if near and not is_prose(line.text) and header.date_line(line.text, labelled_only=art.published is None):
            _mark(art, line, "date")
            continue
        kept.append(line)
    if art.published is None and art.updated is not None:
        art.published, art.updated = art.updated, None  # only an update printed: the best known date
    return kept


def _publisher(art: Article, lines: list[Line], header: HeaderParser, core: tuple[int, int]) -> str | None:
    """The outlet, from the names the page's furniture repeats (see publisher.py)."""
    texts = [ln.text for ln in lines]
    # the story's own lines: its title, standfirst and paragraphs, not an appeal or a notice among them
    story = {i for i in range(core[0], core[1] + 1) if is_prose(texts[i]) and not looks_like_boilerplate(texts[i])}
    story |= {i for i, ln in enumerate(lines) if art.roles.get(ln.nos[0]) in ("title", "summary")}
    return find_publisher(texts, story, header.claims, art.authors, [art.rubric] if art.rubric else [])


def header_zone(lines: list[Line], title: int | None) -> tuple[int, int]:
    """Indexes of the header zone's first line and of the first body line after it."""
    if title is None:
        return 0, header_end(lines)
    start = zone_start(lines, title)
    # the title itself may look like prose (« X. Chercheur : « … » »): the zone runs past it
    return start, max(start + header_end(lines[start:]), title + 1 + header_end(lines[title + 1:]))


def _mark(art: Article, line: Line, role: str) -> None:
    for no in line.nos:
        art.roles[no] = role


def _is_furniture(text: str) -> bool:
    """A metadata line or a line of the site around the article (share button, paywall…)."""
    return is_meta_line(text) or looks_like_boilerplate(text)


def _late_standfirst(art: Article, kept: list[Line], first: int = 0) -> None:
    """A short paragraph under the title, cut off from the body by site furniture, is the standfirst.

    "Title / Standfirst. / Abonnez-vous / First paragraph…": the standfirst is followed
    by a line that is not prose.  A first paragraph followed by another is the body's lead.
    `first` is the index in `kept` of the first line under the title (the site's lines above come first).
    """
    for i, line in enumerate(kept[first:first + 3], start=first):
        if not is_prose(line.text):
            continue
        nxt = kept[i + 1].text if i + 1 < len(kept) else None
        if (nxt is not None and _is_furniture(nxt) and len(line.text.split()) <= STANDFIRST_MAX_WORDS
                and not DATELINE.match(line.text) and any(is_prose(k.text) for k in kept[i + 2:])):
            art.summary = line.text
            _mark(art, line, "summary")
            kept.remove(line)
        return


def _derived_title(art: Article, kept: list[Line]) -> None:
    """No title line: the first sentence of the lead is the title, the lead the standfirst."""
    lead = next((ln for ln in kept if is_prose(ln.text)), None)
    if lead is None:
        return
    art.title = derive_title(lead.text)
    art.title_derived = True
    art.notes.append("no title line found: the title is the first sentence of the text")
    if art.summary is None:
        # The lead paragraph of a page whose title was not pasted is its standfirst.
        art.summary = lead.text
        _mark(art, lead, "summary")
        kept.remove(lead)


def derive_title(text: str) -> str:
    """The first sentence of a paragraph, cut on a word boundary."""
    m = re.search(r"^(.+?[.!?])(?:\s+[A-ZÀ-Ý«\"]|$)", text)
    first = (m.group(1) if m else text).rstrip(".")
    if len(first) <= DERIVED_TITLE_MAX_CHARS:
        return first
    cut = first[:DERIVED_TITLE_MAX_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _dateline(art: Article, block: BodyBlock, dates: DateContext) -> None:
    """Read an agency dateline at the start of the first paragraph (the paragraph stays).

    "LONDRES, 5 janv 2016 (AFP) -", "NEW DELHI, January 25, 2016 (PTI):": the code in brackets
    is the agency's even when no list knows it; a date without its year (« 20 novembre ») is
    read against the page's other dates.
    """
    m = DATELINE.match(block.text)
    if not m:
        return
    code = m.group("agency").split("/")[0]
    agency = agency_name(code) or (code if AGENCY_CODE.fullmatch(code) else None)
    if not agency:
        return
    art.agency = art.agency or agency
    art.dateline = m.group("place").strip()
    if m.group("date") and art.published is None:
        # read as the publication line it is (a year-less date is read only in a labelled line)
        found = parse_date_line(f"Publié le {m.group('date')}", dates)
        if found is not None and found.published is not None:
            art.published = found.published


def _signature(art: Article, header: HeaderParser) -> None:
    """Read a signature at the foot ("ATS", "Le Monde avec AFP", "(ATS/Le Matin)") into the metadata; the line stays."""
    for block in art.blocks[-3:]:
        t = block.text.strip(" ()")
        name, _, agency = t.partition(" avec ")
        first, _, rest = t.partition("/")
        if agency and agency_name(agency.strip()) and len(name.split()) <= 4:
            art.agency = art.agency or agency_name(agency.strip())
            if outlet_shaped(name):
                header.take_source(name, settled=known_outlet(name))
        elif agency_name(t):
            art.agency = art.agency or agency_name(t)
        elif AGENCY_CODES.fullmatch(t) and agency_name(t.split("/")[0].upper()):
            art.agency = art.agency or agency_name(t.split("/")[0].upper())  # "ats/afp/boi": ATS wrote it
        elif rest and agency_name(first.strip()) and outlet_shaped(rest.strip()):
            art.agency = art.agency or agency_name(first.strip())
            header.take_source(rest.strip(), settled=known_outlet(rest.strip()))
        elif name_key(t) in outlets() and not is_prose(t):
            header.take_source(t, settled=False)  # a footer's last line may be a menu item


def body_blocks(lines: list[Line]) -> list[BodyBlock]:
    """Turn body lines into paragraphs and subheadings."""
    blocks: list[BodyBlock] = []
    for i, line in enumerate(lines):
        t = line.text
        prev_prose = i > 0 and is_prose(lines[i - 1].text)
        next_prose = i + 1 < len(lines) and is_prose(lines[i + 1].text) and len(lines[i + 1].text) >= 80
        heading = (prev_prose and next_prose and len(t) <= SUBHEADING_MAX_CHARS
                   and not ends_sentence(t) and not t.endswith(":") and t[:1].isupper()
                   and not is_link_leadin(t) and split_credit(t) is None)
        blocks.append(BodyBlock("h2" if heading else "p", t, line.nos))
    return blocks
