"""What the dossier's plugins hand each other about one article, declared in one place.

Every plugin reads and writes one attribute of a Pelican article, ``article.dossier``, an
:class:`ArticleRecord`; nothing else is set on Pelican's objects.  The record is created on
first use (:func:`record_of`), so no plugin depends on another having run first; a field
whose producer did not run keeps a value that says so (``actors is None``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from dossier.site.frontmatter import SUMMARY
from dossier.site.htmltext import ArticleText, anchor_paragraphs, article_text

ATTRIBUTE = "dossier"
Span = tuple[int, int, int, str]  # (block, start, end, actor key)


class PelicanContent(Protocol):
    """The part of a Pelican article or page the records read and write."""

    title: Any
    metadata: dict[str, Any]
    _content: str
    _summary: str


@dataclass
class ArticleRecord:
    """What the plugins learned about one article."""

    # the text the analyses read (title, standfirst, body blocks), once the HTML is final
    text: ArticleText | None = None
    # boilerplate removed from the page (dossier_boilerplate)
    removed: list[dict[str, Any]] = field(default_factory=list)
    # the actor pages the article names, people first, most named first (dossier_actors);
    # None when the actors plugin has not run
    actors: list[Any] | None = None
    # where each actor is named: (block, start, end, actor key) (dossier_actors)
    spans: list[Span] = field(default_factory=list)
    # the schema.org records of its actors, for the JSON-LD `mentions` (dossier_actors)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    # the chronology entries citing each paragraph, by its id: (entry URL, date) (dossier_chronology)
    citations: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # its dated clauses, as dossier.chronology.find_dated gives them (dossier_chronology); None when not run
    dated: list[dict[str, Any]] | None = None
    # its quotations as the pages show them, dossier.quotes.QuoteItem (dossier_quotes), for search
    quotes: list[Any] = field(default_factory=list)
    # their schema.org Quotation records, for the JSON-LD `hasPart` (dossier_quotes)
    quotations: list[dict[str, Any]] = field(default_factory=list)
    # the HTML of its summary where it is listed, cards and descriptions (dossier_core), made once a build
    listed: str | None = None


def record_of(content: Any) -> ArticleRecord:
    """The record of a Pelican article or page, created on first use."""
    rec = getattr(content, ATTRIBUTE, None)
    if not isinstance(rec, ArticleRecord):
        rec = ArticleRecord()
        setattr(content, ATTRIBUTE, rec)
    return rec


def summary_html(content: PelicanContent) -> str | None:
    """The standfirst's HTML when the article has one (Pelican makes up a summary otherwise)."""
    return content._summary if SUMMARY in content.metadata else None


def final_text(content: PelicanContent) -> ArticleText:
    """The article's text once its HTML is final: paragraphs get their anchors (id="p1"…) the first time."""
    rec = record_of(content)
    if rec.text is None:
        content._content = anchor_paragraphs(content._content)
        rec.text = article_text(content.title, summary_html(content), content._content)
    return rec.text
