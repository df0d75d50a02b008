"""Where an article comes from: outlet, authors, publication date, original address, collection date.

One record per article (:func:`provenance_of`), read from its front-matter as Pelican hands it over
(keys lower-cased); the pages, the search results and the build's list of the articles lacking some
of it (:func:`missing_report`) all read this record, so a part missing on one is missing on all,
and said the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from dossier.datewords import format_date_fr, parse_iso
from dossier.site.frontmatter import UNDATED, is_true

# The parts of an article's provenance, in the order they are shown and listed.
PARTS = ("source", "authors", "date", "url", "collected")
# What the reader reads where a part is missing.
MISSING = {
    "source": "source non renseignée",
    "authors": "auteur non renseigné",
    "date": "date inconnue",
    "url": "adresse d’origine non renseignée",
    "collected": "date de collecte non renseignée",
}
# What comes before the original address's link on a card or a result.
ORIGINAL_LEAD = "adresse d’origine : "
# The same, after a label that already names the part (« Source : non renseignée »).
MISSING_AFTER_LABEL = {"source": "non renseignée", "authors": "non renseigné", "date": "inconnue",
                       "url": "non renseignée", "collected": "non renseignée"}
# What the build's list calls a missing part, the sidecar field (raw/NAME.yaml) and the front-matter
# field (an article written by hand) that give it.
REPORTED = {
    "source": ("source", "source", "Source"),
    "authors": ("author", "authors", "Authors"),
    "date": ("publication date", "date", "Date"),
    "url": ("original address", "url", "Original-url"),
    "collected": ("collection date", "collected", "Collected"),
}
# Past this many articles, the build's output names the first ones and the list file holds them all.
LISTED_IN_LOG = 10
GENERATED_MARK = "converted-from"


@dataclass(frozen=True)
class Provenance:
    """What the dossier knows of where one article comes from; an empty field is a part it does not know."""

    source: str = ""
    agency: str = ""
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    url: str = ""
    collected: date | None = None
    raw: str = ""  # the raw text it was converted from; "" for an article written by hand
    path: str = ""  # its Markdown file

    @property
    def missing(self) -> tuple[str, ...]:
        """The parts it lacks, in PARTS order."""
        known = {"source": self.source, "authors": self.authors, "date": self.published, "url": self.url,
                 "collected": self.collected}
        return tuple(p for p in PARTS if not known[p])

    def label(self, part: str, after_label: bool = False) -> str:
        """How the reader is told that a part is missing (shorter after a label naming the part)."""
        return (MISSING_AFTER_LABEL if after_label else MISSING)[part]

    @property
    def authors_text(self) -> str:
        """« A », « A et B », « A, B et C »."""
        if len(self.authors) < 2:
            return "".join(self.authors)
        return ", ".join(self.authors[:-1]) + " et " + self.authors[-1]

    @property
    def original_lead(self) -> str:
        """What comes before the original address's link."""
        return ORIGINAL_LEAD

    @property
    def site(self) -> str:
        """The original address's site, short enough for a card (« levif.be »)."""
        host = urlsplit(self.url).hostname or self.url
        return host[4:] if host.startswith("www.") else host

    def search_record(self) -> list[str]:
        """What a search result shows besides its title, source and date: [byline, address, its site, collection].

        An empty string is a part the dossier lacks; the result says so with :func:`search_labels`,
        written once in the search manifest rather than in each of thousands of records.
        """
        return [f"par {self.authors_text}" if self.authors else "", self.url, self.site if self.url else "",
                f"collecté le {format_date_fr(self.collected)}" if self.collected else ""]


def search_labels() -> dict[str, str]:
    """What a search result says where a part is missing, and before the original address."""
    return {**MISSING, "lead": ORIGINAL_LEAD}


def _date(value: Any) -> date | None:
    """A front-matter date as Pelican left it (a datetime, or the text of a field it does not process)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return parse_iso(str(value)).date() if value else None
    except ValueError:
        return None  # the converter's check names the bad value


def provenance_of(metadata: Mapping[str, Any], path: str = "") -> Provenance:
    """The provenance of an article from its front-matter (Pelican's metadata: lower-cased keys, Author objects)."""
    authors = tuple(str(getattr(a, "name", a)).strip() for a in metadata.get("authors") or ())
    published = metadata.get("date")
    url = str(metadata.get("original-url") or "").strip()
    return Provenance(
        source=str(metadata.get("source") or "").strip(),
        agency=str(metadata.get("agency") or "").strip(),
        authors=tuple(a for a in authors if a),
        published=None if is_true(metadata.get(UNDATED)) or not isinstance(published, datetime) else published,
        url=url if url.lower().startswith(("http://", "https://")) else "",
        collected=_date(metadata.get("collected")),
        raw=str(metadata.get(GENERATED_MARK) or ""),
        path=path,
    )


def _what_to_do(p: Provenance) -> str:
    if p.raw:
        sidecar = p.raw.rsplit(".", 1)[0] + ".yaml"
        return f"add {', '.join(REPORTED[part][1] + ':' for part in p.missing)} to {sidecar}"
    return f"add {', '.join(REPORTED[part][2] + ':' for part in p.missing)} to its front-matter"


def missing_line(p: Provenance) -> str:
    """One article lacking part of its provenance: its file, what it lacks, where to write it."""
    lacks = ", ".join(REPORTED[part][0] for part in p.missing)
    return f"{p.raw or p.path}: no {lacks} ({_what_to_do(p)})"


def missing_report(items: Sequence[Provenance], listed_in: str) -> tuple[list[str], list[str]]:
    """(lines for the build's output, every line for the list file) of the articles lacking part of their provenance.

    The output says how many, then names at most LISTED_IN_LOG of them: a dossier of 400 articles
    from agencies that sign nothing does not flood the build; the list file names them all.
    """
    lacking = sorted((p for p in items if p.missing), key=lambda p: p.raw or p.path)
    lines = [missing_line(p) for p in lacking]
    if not lacking:
        return [f"every article has its source, author, dates and original address ({len(items)})"], []
    counts = {part: sum(part in p.missing for p in lacking) for part in PARTS}
    detail = ", ".join(f"{n} without {REPORTED[part][0]}" for part, n in counts.items() if n)
    out = [f"{len(lacking)} of {len(items)} articles lack part of their provenance ({detail}; list: {listed_in})"]
    out += lines[:LISTED_IN_LOG]
    if len(lines) > LISTED_IN_LOG:
        out.append(f"… and {len(lines) - LISTED_IN_LOG} more in {listed_in}")
    return out, lines
