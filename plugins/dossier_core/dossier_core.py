"""Thin Pelican adapter: undated articles, French date filters, the article's JSON-LD."""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import Any

from markupsafe import Markup
from pelican import signals

from dossier.datewords import format_date_fr, format_month_fr
from dossier.site import is_true, news_article, plain, record_of, script_json
from dossier.site.frontmatter import UNDATED

log = logging.getLogger(__name__)

# Pelican needs a date to sort and publish an article; an undated one gets this
# placeholder (sorted last) and `undated`, which the theme shows as « date inconnue ».
UNDATED_PLACEHOLDER = datetime(1900, 1, 1)


def mark_undated(generator: Any, metadata: dict[str, Any]) -> None:
    """Give an article without a date the placeholder date and the `undated` flag."""
    flagged = is_true(metadata.get(UNDATED))
    if "date" not in metadata:
        metadata["date"] = UNDATED_PLACEHOLDER
        if not flagged:  # the converter already warned about its own articles
            log.warning("dossier_core: %s has no date; published as undated", metadata.get("title", "an article"))
        flagged = True
    metadata[UNDATED] = flagged


def article_jsonld(article: Any, settings: dict[str, Any]) -> Markup:
    """The NewsArticle JSON-LD of an article page, ready to put inside its <script>."""
    site = settings.get("SITEURL", "")
    url = f"{site}/{article.url}" if site.startswith("http") else article.url
    undated = getattr(article, "undated", False)
    data = news_article(
        headline=" ".join(str(article.title).split()),
        url=url,
        lang=getattr(article, "lang", settings.get("DEFAULT_LANG", "fr")),
        published=None if undated else article.date,
        modified=getattr(article, "modified", None),
        authors=[a.name for a in getattr(article, "authors", []) if a.name],
        publisher=getattr(article, "source", None),
        description=plain(getattr(article, "summary", "")) or None,
        mentions=record_of(article).mentions,
        is_part_of=settings.get("SITENAME"),
    )
    return Markup(script_json(data))


def add_filters(generator: Any) -> None:
    """Expose the library's formatting to the theme."""
    generator.env.filters.update({"date_fr": format_date_fr, "month_fr": format_month_fr, "plain": plain})
    generator.env.globals["article_jsonld"] = partial(article_jsonld, settings=generator.settings)
    generator.env.globals["record_of"] = record_of


def register() -> None:
    """Connect the signals."""
    signals.article_generator_context.connect(mark_undated)
    signals.generator_init.connect(add_filters)
