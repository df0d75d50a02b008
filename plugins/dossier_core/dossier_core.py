"""Thin Pelican adapter: guarded Markdown reading, undated articles, French date filters, the JSON-LD, provenance.

Settings (pelicanconf.py), optional: ``PROVENANCE_REPORT = "provenance.txt"``, the list of the
articles lacking part of their provenance, in the output folder ("" writes none).
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican import signals
from pelican.generators import ArticlesGenerator
from pelican.readers import MarkdownReader

from dossier.datewords import format_date_fr, format_month_fr
from dossier.files import OutsideError, check_inside, write_atomic
from dossier.site import is_true, news_article, plain, record_of, script_json, summary_html
from dossier.site.frontmatter import UNDATED
from dossier.site.jsonld import absolute_url
from dossier.site.provenance import Provenance, missing_report, provenance_of
from dossier.site.sources import by_article
from dossier.site.summary import SUMMARY_WORDS, listed_summary

log = logging.getLogger(__name__)

# Pelican needs a date to sort and publish an article; an undated one gets this
# placeholder (sorted last) and `undated`, which the theme shows as « date inconnue ».
UNDATED_PLACEHOLDER = datetime(1900, 1, 1)
REPORT_DEFAULT = "provenance.txt"
REPORT_HEADER = ("# Articles lacking part of their provenance, written by `make html`: add what is missing to "
                 "the sidecar raw/NAME.yaml (README, « Provenance »)\n")


class GuardedMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader that reads only inside PATH, only UTF-8, and drops a field it cannot read.

    A front-matter value Pelican cannot process (``Date: 2015-13-45``) would make it drop the
    whole article; here the field is left out with a warning naming the file, and the article
    is published (undated, for a bad date).
    """

    def read(self, source_path: str) -> Any:
        """Read one file, or refuse it with one line saying why."""
        path = Path(source_path)
        try:
            check_inside(path, Path(self.settings["PATH"]))
            path.read_bytes().decode("utf-8")
        except OutsideError as exc:
            log.warning("dossier_core: %s", exc)
            raise
        except UnicodeDecodeError as exc:
            log.warning("dossier_core: %s: not UTF-8 text (byte %d); open it and save it as UTF-8", path, exc.start)
            raise ValueError(f"{path}: not UTF-8 text") from None
        return super().read(source_path)

    def process_metadata(self, name: str, value: Any) -> Any:
        """A front-matter value as Pelican makes it, or None (with a warning) when it cannot."""
        try:
            return super().process_metadata(name, value)
        except Exception as exc:  # noqa: BLE001 - Pelican raises what its processors raise
            log.warning("dossier_core: %s: front-matter %s: %r cannot be read (%s); ignored", self._source_path,
                        name.title(), value, exc)
            return None


def guard_readers(readers: Any) -> None:
    """Read Markdown through the guarded reader."""
    for ext in GuardedMarkdownReader.file_extensions:
        readers.reader_classes[ext] = GuardedMarkdownReader


def mark_undated(generator: Any, metadata: dict[str, Any]) -> None:
    """Give an article without a date the placeholder date and the `undated` flag."""
    for key in [k for k, v in metadata.items() if v is None]:
        del metadata[key]  # a field the reader could not process
    flagged = is_true(metadata.get(UNDATED))
    if "date" not in metadata:
        metadata["date"] = UNDATED_PLACEHOLDER
        if not flagged:  # the converter already warned about its own articles
            log.warning("dossier_core: %s has no date; published as undated", metadata.get("title", "an article"))
        flagged = True
    metadata[UNDATED] = flagged


def article_jsonld(article: Any, settings: dict[str, Any]) -> Markup:
    """The NewsArticle JSON-LD of an article page, ready to put inside its <script>."""
    url = absolute_url(article.url, settings.get("SITEURL", ""))
    undated = getattr(article, "undated", False)
    data = news_article(
        headline=" ".join(str(article.title).split()),
        url=url,
        lang=getattr(article, "lang", settings.get("DEFAULT_LANG", "fr")),
        published=None if undated else article.date,
        modified=getattr(article, "modified", None),
        authors=[a.name for a in getattr(article, "authors", []) if a.name],
        publisher=getattr(article, "source", None),
        source_organization=getattr(article, "agency", None),
        description=plain(card_summary(article, settings)) or None,
        mentions=record_of(article).mentions,
        is_part_of=settings.get("SITENAME"),
        has_part=record_of(article).quotations,
    )
    return Markup(script_json(data))


def provenance(article: Any) -> Provenance:
    """Where an article comes from, and which parts of it the dossier lacks."""
    return provenance_of(article.metadata, os.path.relpath(article.source_path))


def card_summary(article: Any, settings: dict[str, Any]) -> Markup:
    """What a card says of an article: its standfirst, or its first whole sentences (no quotation left open)."""
    rec = record_of(article)  # a card, the page's description and its JSON-LD ask for it: made once
    if rec.listed is None:
        words = settings.get("SUMMARY_MAX_LENGTH") or SUMMARY_WORDS
        rec.listed = listed_summary(summary_html(article), article._content, int(words))
    return Markup(rec.listed)  # the text is escaped


def add_filters(generator: Any) -> None:
    """Expose the library's formatting to the theme."""
    generator.env.filters.update({"date_fr": format_date_fr, "month_fr": format_month_fr, "plain": plain,
                                  "by_article": by_article})
    generator.env.globals["article_jsonld"] = partial(article_jsonld, settings=generator.settings)
    generator.env.globals["record_of"] = record_of
    generator.env.globals["provenance"] = provenance
    generator.env.globals["card_summary"] = partial(card_summary, settings=generator.settings)


def report_provenance(generators: list[Any]) -> None:
    """Say how many articles lack part of their provenance, name them, and write the list."""
    gens = [g for g in generators if isinstance(g, ArticlesGenerator)]
    if not gens:
        return
    g = gens[0]
    name = g.settings.get("PROVENANCE_REPORT", REPORT_DEFAULT)
    target = Path(g.output_path) / name if name else None
    shown, lines = missing_report([provenance(a) for a in g.articles + g.hidden_articles],
                                  os.path.relpath(target) if target else "none written")
    if target is not None and lines:
        write_atomic(target, REPORT_HEADER + "\n".join(lines) + "\n")
    # printed, not logged as warnings: an agency dispatch without an author is no fault of the build,
    # and STRICT=1 must not fail on it
    for line in shown:
        print(f"provenance: {line}")


def register() -> None:
    """Connect the signals."""
    signals.readers_init.connect(guard_readers)
    signals.article_generator_context.connect(mark_undated)
    signals.generator_init.connect(add_filters)
    signals.all_generators_finalized.connect(report_provenance)
