"""The quotations as the site shows them: one list by date, each actor's, each chronology entry's, JSON-LD.

Past a page's size, the list by date is split (:func:`split_pages`): one page per month
(citations/2015-11.html, citations/sans-date.html), a month too long cut into parts
(citations/2015-11-2.html), and citations.html an overview (:func:`navigator`, :func:`most_quoted`).

The plugin hands in what it knows of the articles (:class:`ArticleRef`) and of the actors
(anything with name, url, slug, type: the actor pages); everything here is plain data, tested
without Pelican.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol

from dossier.datewords import DAY, format_month_fr, iso_at, label_fr, month_name_fr
from dossier.quotes.extract import Quote
from dossier.quotes.overrides import ADDED, EDITED
from dossier.site.pager import NavYear, chunks, link, years_of

NNBSP = "\u202f"  # inside « », as dossier.site.typography sets them
UNDATED = "Date inconnue"
UNDATED_KEY = "sans-date"  # the page of the undated quotations: citations/sans-date.html


class ActorLike(Protocol):
    """What the pages read of an actor page."""

    name: str
    url: str
    slug: str
    type: str


class SourceLike(Protocol):
    """What the pages read of one source of a chronology entry (dossier.chronology.Event)."""

    article: str  # the article page's URL
    anchor: str
    sentence: str


class EntryLike(Protocol):
    """What the pages read of a chronology entry (dossier.chronology.Entry)."""

    id: str
    value: date
    precision: str
    actors: list[str]

    @property
    def sources(self) -> Sequence[SourceLike]:
        """Where the articles report it."""


@dataclass(frozen=True)
class ArticleRef:
    """What a quotation's line says of its article."""

    slug: str
    url: str
    title: str
    outlet: str  # "" when not given
    lang: str
    anchors: Sequence[str]  # the paragraphs' ids, by block ("" for the title)


@dataclass(frozen=True)
class QuoteItem:
    """One quotation as the pages show it."""

    id: str
    text: str
    lang: str
    speaker: str  # the actor's key, "" when the speaker is no actor of the dossier
    speaker_name: str  # the actor's name, or the words of the article (« un diplomate européen »)
    speaker_url: str  # the actor page's URL, "" when no actor
    speaker_slug: str
    speaker_type: str  # Person, Organization; "" when no actor
    date: date | None
    precision: str
    date_expression: str  # the words the date comes from; "" for the publication date
    article: ArticleRef
    block: int
    sentence: str
    edited: bool  # re-attributed or re-dated by an editor
    added: bool  # written by an editor
    url: str  # its place on the quotations page: citations.html#q-…

    @property
    def anchor(self) -> str:
        """The id of its paragraph on the article's page ("" for the title or an unknown paragraph)."""
        return self.article.anchors[self.block] if 0 <= self.block < len(self.article.anchors) else ""

    @property
    def article_url(self) -> str:
        """The article's page, at the quotation's paragraph."""
        return f"{self.article.url}#{self.anchor}" if self.anchor else self.article.url

    @property
    def marks(self) -> tuple[str, str]:
        """The quotation marks of its language: « » in French, “ ” in English."""
        return ("\u201c", "\u201d") if self.lang == "en" else ("«" + NNBSP, NNBSP + "»")

    @property
    def quoted(self) -> str:
        """The text between its marks."""
        open_, close = self.marks
        return f"{open_}{self.text}{close}"

    @property
    def iso(self) -> str:
        """Its date at its precision, ISO (2015-12-20, 2015-12); "" when undated."""
        return iso_at(self.date, self.precision) if self.date else ""

    @property
    def label(self) -> str:
        """Its date in French words at its precision; « date inconnue »."""
        return label_fr(self.date, self.precision) if self.date else "date inconnue"

    @property
    def date_note(self) -> str:
        """Where the date comes from: the words of the article, or its publication."""
        if self.date is None:
            return ""
        if self.date_expression:
            return f"«{NNBSP}{self.date_expression}{NNBSP}»"
        return "date de l’ajout" if self.added else "date de l’article"

    def search_document(self) -> dict[str, str]:
        """Its record in the search index (dossier_offline): found by its words, its speaker, its outlet."""
        short = self.text if len(self.text) <= 90 else self.text[:88].rsplit(" ", 1)[0] + " …"
        open_, close = self.marks
        return {"id": self.id, "url": self.url, "title": f"{self.speaker_name} : {open_}{short}{close}",
                "date": self.label, "source": self.article.outlet, "actors": self.speaker_name, "text": self.text}


def items(found: Iterable[tuple[ArticleRef, Quote]], actors: Mapping[str, ActorLike], page_url: str) -> list[QuoteItem]:
    """Every quotation as the pages show it, newest first (the undated last), in article order within a day."""
    out = []
    for article, q in found:
        actor = actors.get(q.speaker) if q.speaker else None
        out.append(QuoteItem(
            q.id, q.text, article.lang, q.speaker if actor else "", actor.name if actor else q.speaker_name,
            actor.url if actor else "", actor.slug if actor else "", actor.type if actor else "", q.date,
            q.precision, q.date_expression, article, q.block, q.sentence, q.cue == EDITED, q.cue == ADDED,
            f"{page_url}#{q.id}"))
    # within one date, as the articles run: sorted by place first, the sort by date keeps that order
    by_place = sorted((i for i in out if i.date), key=lambda i: (i.article.slug, i.block))
    dated = sorted(by_place, key=lambda i: (i.date, i.precision == DAY), reverse=True)
    return dated + [i for i in out if not i.date]


def by_month(quotes: Sequence[QuoteItem]) -> list[tuple[str, list[QuoteItem]]]:
    """The quotations in sections: one per month (« décembre 2015 »), then « Date inconnue »."""
    out: list[tuple[str, list[QuoteItem]]] = []
    for q in quotes:
        label = format_month_fr(q.date) if q.date else UNDATED
        if out and out[-1][0] == label:
            out[-1][1].append(q)
        else:
            out.append((label, [q]))
    return out


def _month_key(q: QuoteItem) -> str:
    """"2015-11", or "sans-date" for an undated quotation."""
    return f"{q.date.year:04d}-{q.date.month:02d}" if q.date else UNDATED_KEY


@dataclass
class QuotePage:
    """One page of the split quotations: a month's (or part of one), its neighbours."""

    key: str  # "2015-11", "2015-11-2", "sans-date"
    title: str  # « novembre 2015 », « novembre 2015 (1/2) », « Date inconnue »
    path: str  # "citations/2015-11.html"
    label: str  # its month, the heading of its list: « novembre 2015 »
    anchor: str  # the heading's id: "m-2015-11"
    quotes: tuple[QuoteItem, ...]
    previous: QuotePage | None = field(default=None, repr=False)
    next: QuotePage | None = field(default=None, repr=False)


def split_pages(quotes: Sequence[QuoteItem], folder: str, size: int) -> list[QuotePage]:
    """The quotations (newest first) one page a month, at most `size` a page; each one's url its place there."""
    months: dict[str, list[QuoteItem]] = {}
    for q in quotes:
        months.setdefault(_month_key(q), []).append(q)
    pages = []
    for c in chunks(list(months.items()), size):
        label = format_month_fr(c.items[0].date) if c.items[0].date else UNDATED
        path = f"{folder}/{c.name}.html"
        pages.append(QuotePage(c.name, c.title(label), path, label, f"m-{c.key}",
                               tuple(replace(q, url=f"{path}#{q.id}") for q in c.items)))
    return link(pages)


def navigator(pages: Sequence[QuotePage]) -> list[NavYear]:
    """The overview's years and months with their counts, each linking to its first page; the undated last."""
    def place(p: QuotePage) -> tuple[str, str, int, str]:
        when = p.quotes[0].date
        year, month = (f"{when.year:04d}", month_name_fr(when.month)) if when else (UNDATED, "")
        return year, month, len(p.quotes), p.path
    return years_of(place(p) for p in pages)


@dataclass(frozen=True)
class Speaker:
    """An actor in the overview's « most quoted »: its page's « Citations » section."""

    name: str
    url: str
    count: int


def most_quoted(quotes: Sequence[QuoteItem], n: int) -> list[Speaker]:
    """The `n` actors quoted most often, most first (then by name)."""
    count: dict[str, list[QuoteItem]] = by_actor(quotes)
    ranked = sorted(count.values(), key=lambda qs: (-len(qs), qs[0].speaker_name))[:n]
    return [Speaker(qs[0].speaker_name, qs[0].speaker_url, len(qs)) for qs in ranked]


def actor_pages(pages: Sequence[QuotePage]) -> dict[str, list[tuple[QuotePage, int]]]:
    """The pages that hold each actor's quotations (by actor key), in order, with how many each holds."""
    out: dict[str, dict[str, tuple[QuotePage, int]]] = {}
    for p in pages:
        for q in p.quotes:
            if q.speaker:
                mine = out.setdefault(q.speaker, {})
                mine[p.key] = (p, mine[p.key][1] + 1 if p.key in mine else 1)
    return {k: list(v.values()) for k, v in out.items()}


def by_actor(quotes: Sequence[QuoteItem]) -> dict[str, list[QuoteItem]]:
    """Each actor's quotations, in the order given (newest first)."""
    out: dict[str, list[QuoteItem]] = {}
    for q in quotes:
        if q.speaker:
            out.setdefault(q.speaker, []).append(q)
    return out


def choices(quotes: Sequence[QuoteItem]) -> list[list[str]]:
    """What the filter offers (citations.js): [slug, name, count] of each actor who speaks, by name."""
    seen: dict[str, list[str]] = {}
    for q in quotes:
        if q.speaker:
            seen.setdefault(q.speaker_slug, [q.speaker_slug, q.speaker_name, "0"])
            seen[q.speaker_slug][2] = str(int(seen[q.speaker_slug][2]) + 1)
    return sorted(seen.values(), key=lambda c: c[1])


def _one_sentence(a: str, b: str) -> bool:
    """Two sentences of the same paragraph are one: one holds the other (a clause, an incise)."""
    fa, fb = " ".join(a.split()), " ".join(b.split())
    return bool(fa and fb) and (fa in fb or fb in fa)


def belongs(q: QuoteItem, entry: EntryLike) -> bool:
    """A quotation belongs to a chronology entry when one of the entry's sources is where it was said.

    That is: the same article and paragraph, and either the same sentence (« « … », a déclaré
    lundi M. Le Drian » is the source of Monday's entry), or the same day given to both while
    its speaker is one of the entry's actors (the quotation is what they said that day, in the
    paragraph that reports it).  Nothing else: a quotation in another paragraph of the same
    article is about something else as often as not.
    """
    for s in entry.sources:
        if s.article != q.article.url or s.anchor != q.anchor or not q.anchor:
            continue
        if _one_sentence(q.sentence, s.sentence):
            return True
        if (q.date == entry.value and q.precision == DAY == entry.precision and q.speaker
                and q.speaker in entry.actors):
            return True
    return False


def attach(quotes: Sequence[QuoteItem], entries: Iterable[EntryLike]) -> dict[str, list[QuoteItem]]:
    """The quotations of each chronology entry (by entry id), in article order."""
    by_place: dict[tuple[str, str], list[QuoteItem]] = {}
    for q in quotes:
        by_place.setdefault((q.article.url, q.anchor), []).append(q)
    out: dict[str, list[QuoteItem]] = {}
    for e in entries:
        near = {q.id: q for s in e.sources for q in by_place.get((s.article, s.anchor), [])}
        mine = [q for q in near.values() if belongs(q, e)]
        if mine:
            out[e.id] = sorted(mine, key=lambda q: (q.article.slug, q.block))
    return out


def quotation_jsonld(q: QuoteItem, absolute: Any) -> dict[str, Any]:
    """The schema.org Quotation of one quotation, for its article's JSON-LD; `absolute` makes a URL absolute."""
    data: dict[str, Any] = {"@type": "Quotation", "@id": absolute(q.url), "text": q.text, "inLanguage": q.lang,
                            "isPartOf": absolute(q.article.url)}
    if q.speaker:
        data["spokenByCharacter"] = {"@type": q.speaker_type or "Person", "name": q.speaker_name,
                                     "url": absolute(q.speaker_url)}
    else:
        data["creator"] = {"@type": "Person", "name": q.speaker_name}
    if q.date and q.precision == DAY:
        data["dateCreated"] = q.date.isoformat()
    return data
