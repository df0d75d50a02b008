"""The header zone of a pasted page: title, rubric, standfirst, bylines, outlet, dates, caption.

Each line of the zone goes through the passes of :data:`PASSES` in order; the first pass
that recognises the line gives its role (and fills the article's fields).  A pass answers
with a role, with :data:`BODY` (the line belongs to the body: stop looking), or with None
(not this shape: try the next pass).  Passes are named so tests and reports can say which
one took a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dossier.boilerplate.figures import CAPTION_LABEL, split_credit
from dossier.convert.datelines import NO_CONTEXT, DateContext, has_date_label, parse_date_line
from dossier.convert.publisher import SHAPE_CLAIM, SOURCE_CLAIM, STAFF_CLAIM, Claim, plausible, staff_outlet
from dossier.convert.records import Article
from dossier.convert.structure import (
    BYLINE,
    DATELINE,
    DOMAIN,
    OUTLET_WITH_AGENCY,
    PERSON_IN_PLACE,
    READING_TIME,
    SOURCE_LINE,
    Line,
    byline_outlet,
    credit_part,
    is_meta_line,
    is_rubric,
    known_outlet,
    outlet_shaped,
    parse_byline,
    person_shaped,
    press_name,
)
from dossier.lexicon import agency_name
from dossier.text import ends_sentence, is_prose

# Titles longer than this are paragraphs pasted without their title.
TITLE_MAX_CHARS = 250
TITLE_MIN_CHARS = 3
# An unlisted rubric ("Paris attacks", "Crise syrienne") is this short and sits above the title.
RUBRIC_MAX_WORDS = 4
RUBRIC_MAX_CHARS = 35
# A standfirst without a final full stop (The Guardian prints them so) is at least this long.
STANDFIRST_MIN_CHARS = 60
# Bylines, dates and credits are looked for in this many first lines; the header zone
# runs to the last of them, past a standfirst that ends like a paragraph.
HEADER_SCAN_LINES = 15
# "… and news agencies", « … et agences », "… avec AFP" after an outlet's name in a source line.
AND_AGENCIES = re.compile(r"\s*(?:,|\band\b|\bet\b|\bwith\b|\bavec\b|\+)\s*(?:(?:les|the|news|other|d')\s*)*"
                          r"(?P<what>agenc(?:ies|es|y|e)s?|wires?|[A-Z][\w\-]+)\s*$", re.IGNORECASE)
# "Published in Dawn": what a print-edition date line says before the outlet's name.
PRINTED_IN = re.compile(r"^(?:in|dans|by|par|from|de)\s+", re.IGNORECASE)

# A place in capitals, a dash, the outlet (and the agency it used): the dateline of an outlet's own story.
PLACE_OUTLET = re.compile(r"^(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý' .-]{1,30}?)\s+[–—-]\s+(?P<outlet>[^–—]{2,60})$")
LEADING_ARTICLE = re.compile(r"^(?:le|la|les|l['’]|the)\s", re.IGNORECASE)

BODY = ""  # a pass's answer: the line is body text, no later pass may take it


@dataclass
class LineContext:
    """A header line and its neighbour below (the first body line after the last one)."""

    text: str
    next_text: str
    line: Line
    above_title: bool = False  # a label above the title line the page's title was chosen as


class HeaderParser:
    """Fills an article from the lines of its header zone."""

    def __init__(self, art: Article, dates: DateContext = NO_CONTEXT) -> None:
        self.art = art
        self.date_context = dates  # how the page prints its dates
        # names a header line gives as the outlet without settling it (« Source : X et agences »,
        # "By HT Correspondent"): evidence for the publisher step, not the source yet
        self.claims: list[Claim] = []
        # lines that are a claimed name alone (a logo above the title): metadata if the publisher step settles on it
        self.claimed_lines: dict[str, Line] = {}

    def take_source(self, name: str | None, settled: bool = True, line: Line | None = None) -> bool:
        """Take a name printed as the article's source: an agency is the agency, anything else the outlet.

        A name only shaped like an outlet's (an acronym, « Le X », a known name printed in a
        menu) is not `settled`: it is a claim the publisher step weighs with the page's furniture.
        """
        if not name:
            return False
        agency = agency_name(name)
        if agency:
            self.art.agency = self.art.agency or agency
        elif settled:
            self.art.source = self.art.source or name
        else:
            self.claim(name, SHAPE_CLAIM)
            if line is not None:
                self.claimed_lines.setdefault(name, line)
            return False  # the line stays in the text: it may be a menu item
        return True

    def _credits(self, parts: tuple[str, ...]) -> None:
        """Take the pieces of a date line that credit someone: bylines and names are authors, outlets the source."""
        for part in parts:
            by = parse_byline(part)
            if by:
                self.take_byline(by)
            elif outlet_shaped(part) and not person_shaped(part):
                self.take_source(part, settled=known_outlet(part) or DOMAIN.match(part) is not None)
            elif person_shaped(part) and part not in self.art.authors:
                self.art.authors.append(part)

    def claim(self, name: str, weight: float) -> None:
        """Keep a name a header line gives as the outlet's, for the publisher step."""
        name = name.strip(" ,.;:|-–—")
        if name and plausible(name):
            self.claims.append(Claim(name, weight))

    def take_byline(self, by: tuple[list[str], str | None]) -> None:
        """Add the authors and agency of a byline."""
        authors, agency = by
        for a in authors:
            if a not in self.art.authors:
                self.art.authors.append(a)
        if agency:
            self.art.agency = self.art.agency or agency

    def date_line(self, text: str, labelled_only: bool = False) -> bool:
        """Take a publication/update line; False when the line is not one.

        With `labelled_only`, a date the line does not label as published or updated is not
        taken as the article's (the date of a comment or of another article at a page's foot).
        """
        dl = parse_date_line(text, self.date_context)
        if dl is None:
            return False
        if labelled_only and not has_date_label(text):
            return False
        rest = dl.rest
        by = parse_byline(rest) if rest else None
        credits = len(dl.parts) > 1 and all(credit_part(p) for p in dl.parts)
        if rest and not by and not outlet_shaped(rest) and not credits and not has_date_label(text):
            return False  # "Le 13 novembre 2015, 130 morts": a date with words and no label is a sentence
        if dl.published and not self.art.published:
            self.art.published = dl.published
        if dl.updated and not self.art.updated:
            self.art.updated = dl.updated
        if by:
            self.take_byline(by)
        elif credits:  # « Margaux Lenoir — Édité par Natacha Vidal — 8 novembre 2022 », « OLJ / Propos … »
            self._credits(dl.parts)
        elif rest and outlet_shaped(rest):
            # "Publié le … | Le Point.fr", "December 3 2015, 12:01am, The Times"; not a time zone ("IST")
            self.take_source(rest, settled=known_outlet(rest) or DOMAIN.match(rest) is not None)
        elif rest and PRINTED_IN.match(rest):
            self.claim(PRINTED_IN.sub("", rest), STAFF_CLAIM)  # "Published in Dawn, December 1st, 2015"
        return True

    def classify(self, ctx: LineContext) -> str | None:
        """Role of a header line, or None when it belongs to the body."""
        for name, step in PASSES:
            if ctx.above_title and name not in ABOVE_TITLE_PASSES:
                continue
            role = step(self, ctx)
            if role is not None:
                return role or None
        return None

    # --- the passes, in the order they are tried ----------------------------------------------

    def credit(self, ctx: LineContext) -> str | None:
        """« … © MaxPPP »: a caption with its credit, or a credit alone."""
        found = split_credit(ctx.text)
        if found is None:
            return None
        caption, credit_text = found
        self.art.credits = self.art.credits or credit_text
        if caption:
            self.art.caption = self.art.caption or caption
        return "caption+credit" if caption else "credit"

    def caption_twice(self, ctx: LineContext) -> str | None:
        """The caption printed twice, once as image alt text, once with its credit."""
        t = ctx.text
        if ctx.next_text.startswith(t) and len(t) > 15 and split_credit(ctx.next_text) is not None:
            return "caption"
        return None

    def caption_label(self, ctx: LineContext) -> str | None:
        """« Légende : … », "Image caption …"."""
        label = CAPTION_LABEL.match(ctx.text)
        if label is None:
            return None
        self.art.caption = self.art.caption or ctx.text[label.end():]
        return "caption"

    def dates(self, ctx: LineContext) -> str | None:
        """« Publié le … », "Updated …"."""
        return "date" if self.date_line(ctx.text) else None

    def byline(self, ctx: LineContext) -> str | None:
        """« Par X et Y avec AFP », "By Jane Doe"."""
        by = parse_byline(ctx.text)
        if by is None:
            return None
        self.take_byline(by)
        self.take_source(byline_outlet(ctx.text))
        staff = staff_outlet(ctx.text)
        if staff:
            self.claim(staff, STAFF_CLAIM)  # "By HT Correspondent, New Delhi"
        return "byline"

    def source_label(self, ctx: LineContext) -> str | None:
        """"Text by: FRANCE 24", « Par Le Figaro »: an outlet after a byline word."""
        m = BYLINE.match(ctx.text)
        if m is None or not known_outlet(ctx.text[m.end():].strip()):
            return None
        self.take_source(ctx.text[m.end():].strip())
        return "source+label"

    def source_line(self, ctx: LineContext) -> str | None:
        """"Source: Belga", "From: Reuters"."""
        m = SOURCE_LINE.match(ctx.text)
        if m is None:
            return None
        # "Source: Al Jazeera and news agencies", « Source : Le Monde avec AFP »
        name = m.group("name").strip()
        tail = AND_AGENCIES.search(name)
        if tail and (not tail.group("what")[:1].isupper() or agency_name(tail.group("what"))):
            if agency_name(tail.group("what")):
                self.art.agency = self.art.agency or agency_name(tail.group("what"))
            name = name[:tail.start()].strip()
        if not (agency_name(name) or outlet_shaped(name)):
            self.claim(name, SOURCE_CLAIM)  # « Source : JT 13h » names a programme as often as the outlet
            return None
        if not self.take_source(name, settled=known_outlet(name) or DOMAIN.match(name) is not None):
            return None
        return "source+label"

    def person_in_place(self, ctx: LineContext) -> str | None:
        """"Jon Henley in Paris": a byline without « Par »."""
        m = PERSON_IN_PLACE.match(ctx.text)
        if m is None or is_prose(ctx.text):
            return None
        self.take_byline(([m.group("name")], None))
        return "byline"

    def reading_time(self, ctx: LineContext) -> str | None:
        """« Lecture : 3 min »: not metadata, left in the body for the cleaning step."""
        return BODY if READING_TIME.match(ctx.text) else None

    def above_title(self, ctx: LineContext) -> str | None:
        """Before the title: the outlet's name, a rubric, then the title itself."""
        art, t = self.art, ctx.text
        if ctx.above_title:
            return self._label_above(ctx)
        if art.title is not None:
            return None
        if not art.source and known_outlet(t):
            # "Ouest-France", "Le Point.fr" printed above the title, or « 24 heures » in a menu
            return "source" if self.take_source(t, settled=False, line=ctx.line) else BODY
        if is_rubric(t) or self._unlisted_rubric(t, ctx.next_text):
            art.rubric = art.rubric or t
            return "rubric"
        if TITLE_MIN_CHARS <= len(t) <= TITLE_MAX_CHARS and not is_prose(t) and not (
                t.endswith(".") and not t.endswith("...")):
            art.title = t
            return "title"
        return BODY

    def outlet(self, ctx: LineContext) -> str | None:
        """Under the title: the outlet's name, alone or « 20 Minutes avec AFP »."""
        art, t = self.art, ctx.text
        if not art.source and outlet_shaped(t) and self.take_source(
                t, settled=known_outlet(t) or DOMAIN.match(t) is not None, line=ctx.line):
            return "source"
        m = OUTLET_WITH_AGENCY.match(t)
        if m and agency_name(m.group("agency")) and outlet_shaped(m.group("outlet")):
            self.take_source(m.group("outlet"))
            art.agency = art.agency or agency_name(m.group("agency"))
            return "source+agency"
        return None

    def placed_outlet(self, ctx: LineContext) -> str | None:
        """Under the title: « ANKARA – Hürriyet Daily News with AFP », "OTTAWA — The Globe and Mail"."""
        m = PLACE_OUTLET.match(ctx.text)
        if m is None or self.art.source or is_prose(ctx.text):
            return None
        outlet, agency = m.group("outlet").strip(), None
        w = OUTLET_WITH_AGENCY.match(outlet)
        if w and agency_name(w.group("agency")):
            outlet, agency = w.group("outlet").strip(), agency_name(w.group("agency"))
        if agency_name(outlet) or not (outlet_shaped(outlet) or press_name(outlet)):
            return None  # "BERLIN – Jane Doe": a correspondent's byline
        self.art.source = outlet
        self.art.dateline = self.art.dateline or m.group("place").strip()
        if agency:
            self.art.agency = self.art.agency or agency
        return "dateline+source"

    def standfirst(self, ctx: LineContext) -> str | None:
        """Under the title: a sentence or two that is not a dateline."""
        t = ctx.text
        shaped = is_prose(t) or (len(t) >= STANDFIRST_MIN_CHARS and not is_meta_line(t))
        if self.art.summary is None and not DATELINE.match(t) and shaped:
            self.art.summary = t
            return "summary"
        return None

    def lone_author(self, ctx: LineContext) -> str | None:
        """A name alone under the title: the author."""
        # (« Le Quotidien » is shaped like a name, but no person's name opens on an article)
        if press_name(ctx.text):
            self.claim(ctx.text, SHAPE_CLAIM)  # "Belfast Telegraph Digital" under the title: the outlet, no person
            self.claimed_lines.setdefault(ctx.text, ctx.line)
            return None
        if not self.art.authors and person_shaped(ctx.text) and not is_rubric(ctx.text) \
                and not LEADING_ARTICLE.match(ctx.text):
            self.art.authors.append(ctx.text)
            return "author"
        return None

    def _label_above(self, ctx: LineContext) -> str | None:
        """A line right above the chosen title: the outlet's name or a section label, else body."""
        art, t = self.art, ctx.text
        if not art.source and known_outlet(t):
            return "source" if self.take_source(t, settled=False, line=ctx.line) else BODY
        if is_rubric(t) or (len(t.split()) <= 4 and not ends_sentence(t) and len(t) <= 40):
            art.rubric = art.rubric or t
            return "rubric"
        return BODY

    @staticmethod
    def _unlisted_rubric(t: str, nxt: str) -> bool:
        """A short label right above a longer title-shaped line ("Paris attacks")."""
        return (len(t.split()) <= RUBRIC_MAX_WORDS and len(t) <= RUBRIC_MAX_CHARS
                and not ends_sentence(t) and not is_prose(nxt) and len(nxt) > len(t) + 10
                and not is_meta_line(nxt) and not nxt.endswith("."))


# The passes a line above the title goes through: no standfirst, author or title there.
ABOVE_TITLE_PASSES = ("credit", "caption_label", "dates", "byline", "source_label", "source_line", "reading_time",
                      "above_title")

PASSES: tuple[tuple[str, Callable[[HeaderParser, LineContext], str | None]], ...] = (
    ("credit", HeaderParser.credit),
    ("caption_twice", HeaderParser.caption_twice),
    ("caption_label", HeaderParser.caption_label),
    ("dates", HeaderParser.dates),
    ("byline", HeaderParser.byline),
    ("source_label", HeaderParser.source_label),
    ("source_line", HeaderParser.source_line),
    ("person_in_place", HeaderParser.person_in_place),
    ("reading_time", HeaderParser.reading_time),
    ("above_title", HeaderParser.above_title),
    ("outlet", HeaderParser.outlet),
    ("placed_outlet", HeaderParser.placed_outlet),
    ("standfirst", HeaderParser.standfirst),
    ("lone_author", HeaderParser.lone_author),
)


def header_end(lines: list[Line]) -> int:
    """Index of the first body line: after the first prose, or after the last header-shaped line."""
    first_prose = next((i for i, ln in enumerate(lines) if is_prose(ln.text)), len(lines))
    end = first_prose
    prose_seen = 0
    for i, ln in enumerate(lines[:HEADER_SCAN_LINES]):
        if is_meta_line(ln.text):
            end = max(end, i + 1)
        elif is_prose(ln.text):
            prose_seen += 1
            if prose_seen > 2:  # into the body: a later "Par X" is a signature, not a header
                break
    return end
