"""What the converter finds in one raw text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class BodyBlock:
    """A body block: a paragraph or a subheading, with the raw line numbers it came from."""

    kind: str  # "p" or "h2"
    text: str
    lines: tuple[int, ...]


@dataclass
class Article:
    """The parts of one pasted article: metadata fields and body blocks."""

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
    blocks: list[BodyBlock] = field(default_factory=list)
    # how many of the blocks come from above the title (the site's menus on a page pasted whole)
    article_start: int = 0
    # raw line number -> what it became ("title", "caption", "body", ...), for the lossless check
    roles: dict[int, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
