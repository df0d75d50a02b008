"""Thin Pelican adapter for dossier.quotes: citations.html, each actor's and each event's quotations, JSON-LD.

Settings (pelicanconf.py), all optional::

    QUOTES = {
        "file": "quotes.yaml",          # editors' overrides, in PATH (content/)
        "cache": None,                  # quotations per article: CACHE_PATH/quotes (cache/pelican/quotes)
        "per_actor": 20,                # an actor page shows its newest quotations, then a link to the rest
        "page_size": 300,               # more quotations: one page per month, citations.html an overview
    }
    QUOTES_URL = QUOTES_SAVE_AS = "citations.html"

What it reads: each article's record (dossier.site.ArticleRecord): its text, its actors' spans
(dossier_actors) and its dated clauses (dossier_chronology, which must come before this plugin in
PLUGINS; without it the dates are found here). What it gives, in the context: ``quotations`` (every
quotation, newest first), ``quotation_months``, ``quotation_filter``, ``actor_quotations`` (by actor
key), ``entry_quotations`` (by chronology entry id), ``QUOTES_URL``; past ``page_size`` quotations,
``quotation_nav`` (the overview's months), ``quotation_speakers`` (the most quoted) and
``quotation_actor_pages`` (by actor key, the month pages holding their quotations); in each article's record:
``quotes`` (for search) and ``quotations`` (for the JSON-LD).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator

from dossier.actors import named
from dossier.cache import JsonCache
from dossier.chronology import find_dated
from dossier.editorfiles import load_quotes_file
from dossier.quotes import Mention, Quote, cached_quotes
from dossier.quotes.overrides import Source, apply_overrides
from dossier.quotes.pages import (
    ArticleRef,
    QuotePage,
    actor_pages,
    attach,
    by_actor,
    by_month,
    choices,
    items,
    most_quoted,
    navigator,
    quotation_jsonld,
    split_pages,
)
from dossier.site import final_text, plugin_settings, record_of
from dossier.site.jsonld import absolute_url
from dossier.site.pager import folder_of

log = logging.getLogger(__name__)

SETTING = "QUOTES"
DEFAULTS = {"enabled": True, "file": "quotes.yaml", "cache": None, "per_actor": 20, "page_size": 300}
OVERVIEW_SPEAKERS = 12  # a split list's overview names the actors quoted most
URL_DEFAULTS = {"QUOTES_URL": "citations.html", "QUOTES_SAVE_AS": "citations.html"}


def configure(settings: dict[str, Any]) -> dict[str, Any]:
    """The QUOTES settings with defaults; reports unknown keys."""
    conf = plugin_settings(settings, SETTING, DEFAULTS, log, "quotes")
    for k, v in URL_DEFAULTS.items():
        settings.setdefault(k, v)
    return conf


def _names(article: Any, attribute: str) -> list[str]:
    return [str(getattr(x, "name", x)) for x in getattr(article, attribute, None) or [] if str(getattr(x, "name", x))]


class QuotesGenerator(Generator):
    """Reads every article's quotations, applies the editors' file, writes citations.html."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conf = configure(self.settings)
        self.pages: list[QuotePage] = []

    def generate_context(self) -> None:
        """Collect everything before writing anything."""
        if not self.conf["enabled"]:
            return
        started = time.perf_counter()
        articles = list(self.context.get("articles", []))
        pages = self.context.get("actor_pages") or {}
        cache = JsonCache(self.conf["cache"] or os.path.join(self.settings.get("CACHE_PATH", "cache"), "quotes"))
        found: dict[str, list[Quote]] = {}
        sources: dict[str, Source] = {}
        refs: dict[str, ArticleRef] = {}
        for a in articles:
            found[a.slug] = self._article_quotes(a, cache, pages)
            text = final_text(a)
            published = None if getattr(a, "undated", False) else a.date.date()
            sources[a.slug] = Source(text.blocks, published)
            refs[a.slug] = ArticleRef(a.slug, a.url, " ".join(str(a.title).split()), getattr(a, "source", "") or "",
                                      getattr(a, "lang", "fr"), text.anchors)
        found, problems = self._overrides(found, sources, pages)
        for p in problems:
            log.warning("%s", p)
        quotes = items(((refs[slug], q) for slug, qs in found.items() for q in qs), pages,
                       self.settings["QUOTES_URL"])
        if len(quotes) > int(self.conf["page_size"]):  # one page a month: each quotation's url on its page
            self.pages = split_pages(quotes, folder_of(self.settings["QUOTES_SAVE_AS"]), int(self.conf["page_size"]))
            quotes = [q for page in self.pages for q in page.quotes]
            self.context["quotation_nav"] = navigator(self.pages)
            self.context["quotation_speakers"] = most_quoted(quotes, OVERVIEW_SPEAKERS)
            self.context["quotation_actor_pages"] = actor_pages(self.pages)
        site = self.settings.get("SITEURL", "")
        by_article = {a.slug: a for a in articles}
        for q in quotes:
            rec = record_of(by_article[q.article.slug])
            rec.quotes.append(q)
            rec.quotations.append(quotation_jsonld(q, lambda url: absolute_url(url, site)))
        self.context["quotations"] = quotes
        self.context["quotation_months"] = by_month(quotes)
        self.context["quotation_filter"] = choices(quotes)
        self.context["actor_quotations"] = by_actor(quotes)
        self.context["entry_quotations"] = attach(quotes, self.context.get("chronology") or [])
        self.context["quotes_per_actor"] = int(self.conf["per_actor"])
        self.context["QUOTES_URL"] = self.settings["QUOTES_URL"]
        print(f"quotes: {len(quotes)} quotations in {len(articles)} articles (cached: {cache.hits}) "
              f"in {time.perf_counter() - started:.2f} s")

    def _article_quotes(self, a: Any, cache: JsonCache, pages: dict[str, Any]) -> list[Quote]:
        """One article's quotations, from the cache when neither its text nor its actors and dates changed."""
        text = final_text(a)
        rec = record_of(a)
        lang = getattr(a, "lang", "fr")
        published = None if getattr(a, "undated", False) else a.date.date()
        dated = rec.dated if rec.dated is not None else find_dated(text.blocks, published, lang)
        mentions = [Mention(b, s, e, k, pages[k].type) for b, s, e, k in rec.spans if k in pages]
        return cached_quotes(cache, text.blocks, lang, published, mentions, dated, _names(a, "authors"),
                             [p for p in (getattr(a, "source", ""), getattr(a, "agency", "")) if p], a.slug)

    def _overrides(self, found: dict[str, list[Quote]], sources: dict[str, Source],
                   pages: dict[str, Any]) -> tuple[dict[str, list[Quote]], list[str]]:
        """The editors' quotations file applied: speakers named as in any of their actor's forms."""
        actor = named((p.name, p.aliases, p.key) for p in pages.values())
        path = Path(self.settings["PATH"])
        overrides, problems = load_quotes_file(path / self.conf["file"], path)
        found, more = apply_overrides(found, overrides, sources, actor)
        return found, [f"quotes: {p}" for p in problems] + more

    def generate_output(self, writer: Any) -> None:
        """Write the quotations page, and a long list's month pages."""
        if not self.conf["enabled"]:
            return
        writer.write_file(self.settings["QUOTES_SAVE_AS"], self.get_template("quotes"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], url=self.settings["QUOTES_URL"],
                          page_name="quotes")
        template = self.get_template("quotes_month")
        for page in self.pages:
            writer.write_file(page.path, template, self.context, relative_urls=self.settings["RELATIVE_URLS"],
                              url=page.path, page_name="quotes", quote_page=page,
                              quote_page_filter=choices(page.quotes))


def get_generators(pelican: Any) -> type[QuotesGenerator]:
    """Add the quotations generator (after the actors and the chronology, whose results it reads)."""
    return QuotesGenerator


def register() -> None:
    """Connect the signals."""
    signals.get_generators.connect(get_generators)
