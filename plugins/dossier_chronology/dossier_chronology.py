"""Thin Pelican adapter for dossier.chronology: chronologie.html, chronology.json, actors' events.

Settings (pelicanconf.py), all optional::

    CHRONOLOGY = {
        "file": "chronology.yaml",      # editors' overrides, in PATH (content/)
        "cache": "cache/dates",         # dated clauses per article text
        "page_size": 300,               # more events and publications: one page per year or month
    }
    CHRONOLOGY_URL = CHRONOLOGY_SAVE_AS = "chronologie.html"
    CHRONOLOGY_JSON_SAVE_AS = "chronology.json"

The events' actors come from dossier_actors, which must come before this plugin in PLUGINS.
"""

from __future__ import annotations

import json
import logging
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from dossier.actors import named
from dossier.cache import JsonCache, content_key, fingerprint
from dossier.chronology import (
    DATED_VERSION,
    ActorLabel,
    ChronologyPage,
    Publication,
    apply_overrides,
    build_events,
    by_month,
    citations,
    find_dated,
    folder_of,
    merge,
    name_sources,
    navigator,
    overview_svg,
    split_pages,
    timeline_svg,
    timelinejs,
)
from dossier.editorfiles import ORG, PERSON, PLACE, load_chronology_file
from dossier.files import write_atomic
from dossier.site import final_text, plugin_settings, record_of, with_backlinks
from dossier.site.htmltext import SUMMARY_ANCHOR

log = logging.getLogger(__name__)

SETTING = "CHRONOLOGY"
DEFAULTS = {"enabled": True, "file": "chronology.yaml", "cache": None, "page_size": 300}
URL_DEFAULTS = {"CHRONOLOGY_URL": "chronologie.html", "CHRONOLOGY_SAVE_AS": "chronologie.html",
                "CHRONOLOGY_JSON_SAVE_AS": "chronology.json"}

OVERVIEW_ACTORS = 100


def configure(settings: dict[str, Any]) -> dict[str, Any]:
    """The CHRONOLOGY settings with defaults; reports unknown keys."""
    conf = plugin_settings(settings, SETTING, DEFAULTS, log, "chronology")
    for k, v in URL_DEFAULTS.items():
        settings.setdefault(k, v)
    return conf


def _undated(article: Any) -> bool:
    return bool(getattr(article, "undated", False))


class ChronologyGenerator(Generator):
    """Reads every article's dated clauses, merges them into one chronology, writes it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conf = configure(self.settings)
        self.entries: list[Any] = []
        self.publications: list[Publication] = []
        self.pages: list[ChronologyPage] = []
        self.page_svgs: dict[str, Markup] = {}

    def generate_context(self) -> None:
        """Collect and merge everything before writing anything."""
        if not self.conf["enabled"]:
            return
        started = time.perf_counter()
        articles = list(self.context.get("articles", []))
        pages = self.context.get("actor_pages")
        if pages is None and articles:
            log.warning("chronology: no actors: put dossier_actors before dossier_chronology in PLUGINS "
                        "(events are listed without their actors)")
        pages = pages or {}
        types = {k: p.type for k, p in pages.items()}
        cache = JsonCache(self.conf["cache"] or os.path.join(self.settings.get("CACHE_PATH", "cache"), "dates"))
        code = fingerprint("chronology")  # new rules: dates found again
        events = []
        for a in articles:
            text = final_text(a)
            ref = None if _undated(a) else a.date.date()
            lang = getattr(a, "lang", "fr")
            key = content_key(DATED_VERSION, code, str(ref), lang, *text.blocks)
            dated = cache.get(key)
            if dated is None:
                problems: list[str] = []
                dated = find_dated(text.blocks, ref, lang, problems)
                for p in problems:
                    log.warning("chronology: %s: %s", a.relative_source_path, p)
                if not problems:
                    cache.put(key, dated)
            record_of(a).dated = dated  # the quotations' dates (dossier_quotes)
            events += build_events(dated, text.anchors, a.url, record_of(a).spans)
        entries, problems = self._overrides(merge(events, types), pages, articles)
        for p in problems:
            log.warning("chronology: %s", p)
        name_sources(entries, {a.url: (str(a.title), getattr(a, "source", "") or "") for a in articles})
        by_actor: dict[str, list[Any]] = {}
        for e in entries:
            for k in e.actors:
                by_actor.setdefault(k, []).append(e)
        self.context["actor_events"] = by_actor  # each actor page lists its events
        self.entries = entries
        self.publications = [Publication(a.date.date(), str(a.title), a.url, a.slug, getattr(a, "source", "") or "")
                             for a in articles if not _undated(a)]
        self.context["chronology"] = entries
        months = by_month(entries, self.publications)
        self.context["chronology_months"] = months
        slugs = {k: p.slug for k, p in pages.items()}
        if sum(len(items) for _, items in months) > int(self.conf["page_size"]):
            folder = folder_of(self.settings["CHRONOLOGY_SAVE_AS"])
            self.pages = split_pages(months, folder, int(self.conf["page_size"]))
            self.context["chronology_nav"] = navigator(self.pages)
            self.context["chronology_svg"] = Markup(overview_svg(self.pages))
        else:
            self.context["chronology_svg"] = Markup(timeline_svg(entries, self.publications, slugs))
        self.page_svgs = {page.key: Markup(timeline_svg([i.entry for i in page.items if i.entry],
                                                        [i.publication for i in page.items if i.publication], slugs,
                                                        "../" * page.path.count("/")))
                          for page in self.pages}
        self.context["chronology_actors"] = _actors(pages, {k for e in entries for k in e.actors}, (PERSON, ORG))
        if self.pages:  # a long chronology's overview names only the actors with the most events
            top = sorted(self.context["chronology_actors"], key=lambda a: -len(by_actor[a.key]))[:OVERVIEW_ACTORS]
            self.context["chronology_actors"] = sorted(top, key=lambda a: a.name)
        else:  # the page's filter: by actor, by place
            self.context["chronology_filter"] = _choices(pages, {k for e in entries for k in e.actors})
        self.context.setdefault("actor_pages", pages)
        self.context["CHRONOLOGY_URL"] = self.settings["CHRONOLOGY_URL"]
        self._cite(entries, articles)
        print(f"chronology: {len(entries)} events from {len(events)} dated clauses in {len(articles)} articles "
              f"(dates cached: {cache.hits}) in {time.perf_counter() - started:.2f} s")

    def _cite(self, entries: list[Any], articles: list[Any]) -> None:
        """Each article learns which entries cite its paragraphs: its page links back to them."""
        page_of = {i.entry.id: p.path for p in self.pages for i in p.items if i.entry is not None}
        cited = citations(entries, lambda e: page_of.get(e.id, self.settings["CHRONOLOGY_URL"]))
        for a in articles:
            record_of(a).citations = cited.get(a.url, {})

    def _overrides(self, entries: list[Any], pages: dict[str, Any], articles: list[Any]) -> tuple[list[Any], list[str]]:
        """The editors' chronology file applied: actors named as in any of their forms, articles by slug."""
        actor = named((p.name, p.aliases, p.key) for p in pages.values())
        by_slug = {a.slug: a.url for a in articles}
        path = Path(self.settings["PATH"])
        overrides, problems = load_chronology_file(path / self.conf["file"], path)
        entries, more = apply_overrides(entries, overrides, actor, by_slug.get)
        return entries, [str(p) for p in problems] + more

    def generate_output(self, writer: Any) -> None:
        """Write the chronology page and its TimelineJS JSON."""
        if not self.conf["enabled"]:
            return
        writer.write_file(self.settings["CHRONOLOGY_SAVE_AS"], self.get_template("chronology"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], url=self.settings["CHRONOLOGY_URL"],
                          page_name="chronology")
        pages = self.context.get("actor_pages") or {}
        template = self.get_template("chronology_month")
        for page in self.pages:  # a long chronology: its years or months
            writer.write_file(page.path, template, self.context, relative_urls=self.settings["RELATIVE_URLS"],
                              url=page.path, chrono_page=page, page_name="chronology",
                              chrono_page_actors=_actors(pages, page.actor_keys(), (PERSON, ORG)),
                              chrono_page_filter=_choices(pages, page.actor_keys()),
                              chrono_page_svg=self.page_svgs.get(page.key, ""))
        labels = {k: ActorLabel(p.name, p.type) for k, p in pages.items()}
        data = timelinejs(self.entries, self.publications, self.settings.get("SITENAME", ""),
                          self.settings.get("SITESUBTITLE", ""), labels)
        out = Path(self.output_path) / self.settings["CHRONOLOGY_JSON_SAVE_AS"]
        write_atomic(out, json.dumps(data, ensure_ascii=False, indent=1, default=_json_default))


def _actors(pages: dict[str, Any], keys: set[str], types: tuple[str, ...]) -> list[Any]:
    """The actor pages of these keys whose type is one of `types`, by name."""
    return sorted({pages[k] for k in keys if k in pages and pages[k].type in types}, key=lambda a: a.name)


def _choices(pages: dict[str, Any], keys: set[str]) -> dict[str, list[list[str]]]:
    """What the chronology's filter offers (chronologie.js): [slug, name] of its actors, and of its places."""
    return {"acteur": [[a.slug, a.name] for a in _actors(pages, keys, (PERSON, ORG))],
            "lieu": [[a.slug, a.name] for a in _actors(pages, keys, (PLACE,))]}


def _json_default(o: object) -> str:
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(type(o).__name__)


def backlinked(html: str, article: Any, siteurl: str, standfirst: bool = False) -> Markup:
    """An article's body (or standfirst) with a way back on each paragraph the chronology cites."""
    return Markup(with_backlinks(html, record_of(article).citations, siteurl, SUMMARY_ANCHOR if standfirst else ""))


def add_globals(generator: Any) -> None:
    """Expose `backlinked` to the theme (article.html)."""
    generator.env.globals["backlinked"] = backlinked


def get_generators(pelican: Any) -> type[ChronologyGenerator]:
    """Add the chronology generator (after the actors generator, whose actors it uses)."""
    return ChronologyGenerator


def register() -> None:
    """Connect the signals."""
    signals.generator_init.connect(add_globals)
    signals.get_generators.connect(get_generators)
