"""Thin Pelican adapter for dossier.events: chronologie.html, chronology.json, actors' events.

Settings (pelicanconf.py), all optional::

    CHRONOLOGY = {
        "file": "chronology.yaml",      # editors' overrides, in PATH (content/)
        "cache": "cache/dates",         # dated clauses per article text
    }
    CHRONOLOGY_URL = CHRONOLOGY_SAVE_AS = "chronologie.html"
    CHRONOLOGY_JSON_SAVE_AS = "chronology.json"
"""

from __future__ import annotations

import json
import logging
import os
import time
from datetime import date
from pathlib import Path

from markupsafe import Markup
from pelican import signals
from pelican.generators import Generator

from dossier.cache import JsonCache, code_fingerprint, content_key
from dossier.dates import format_month_fr
from dossier.events import DATED_VERSION, apply_overrides, build_events, find_dated, load_overrides, merge, timelinejs
from dossier.htmltext import anchor_paragraphs, article_text
from dossier.settings import plugin_settings
from dossier.timeline_svg import timeline_svg

log = logging.getLogger(__name__)

SETTING = "CHRONOLOGY"
DEFAULTS = {"enabled": True, "file": "chronology.yaml", "cache": None}
URL_DEFAULTS = {"CHRONOLOGY_URL": "chronologie.html", "CHRONOLOGY_SAVE_AS": "chronologie.html",
                "CHRONOLOGY_JSON_SAVE_AS": "chronology.json"}


def configure(settings: dict) -> dict:
    """The CHRONOLOGY settings with defaults; reports unknown keys."""
    conf = plugin_settings(settings, SETTING, DEFAULTS, log, "chronology")
    for k, v in URL_DEFAULTS.items():
        settings.setdefault(k, v)
    return conf


class ChronologyGenerator(Generator):
    """Reads every article's dated clauses, merges them into one chronology, writes it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.conf = configure(self.settings)
        self.entries: list = []
        self.publications: list[dict] = []

    def generate_context(self) -> None:
        """Collect and merge everything before writing anything."""
        if not self.conf["enabled"]:
            return
        started = time.perf_counter()
        articles = list(self.context.get("articles", []))
        cache = JsonCache(self.conf["cache"] or os.path.join(self.settings.get("CACHE_PATH", "cache"), "dates"))
        events = []
        code_version = code_fingerprint("timex.py", "events.py", "dates.py")  # new rules: dates found again
        for a in articles:
            a._content = anchor_paragraphs(a._content)
            summary = a._summary if "summary" in a.metadata else None
            blocks, anchors = article_text(a.title, summary, a._content)
            ref = None if getattr(a, "undated", False) else a.date.date()
            key = content_key(DATED_VERSION, code_version, str(ref), *blocks)
            dated = cache.get(key)
            if dated is None:
                dated = find_dated(blocks, ref)
                cache.put(key, dated)
            events += build_events(dated, anchors, a.url, getattr(a, "actor_spans", ()))
        actors = self.context.get("actors", [])
        by_name = {}
        for actor in actors:
            for n in [actor.name, *actor.aliases]:
                by_name.setdefault(n.casefold(), actor)
        by_slug = {a.slug: a.url for a in articles}
        overrides, problems = load_overrides(Path(self.settings["PATH"]) / self.conf["file"])
        entries, more = apply_overrides(merge(events), overrides, lambda n: by_name.get(n.casefold()), by_slug.get)
        for p in problems + more:
            log.warning("chronology: %s", p)
        for actor in actors:
            actor.events = [e for e in entries if actor in e.actors]
        self.entries = entries
        self.publications = [{"date": a.date.date(), "title": str(a.title), "url": a.url, "slug": a.slug,
                              "source": getattr(a, "source", "")} for a in articles if not getattr(a, "undated", False)]
        self.context["chronology"] = entries
        self.context["chronology_months"] = self._months()
        self.context["chronology_svg"] = Markup(timeline_svg(entries, self.publications))
        self.context["chronology_actors"] = sorted({a for e in entries for a in e.actors
                                                    if getattr(a, "type", "") in ("Person", "Organization")},
                                                   key=lambda a: a.name)
        self.context["CHRONOLOGY_URL"] = self.settings["CHRONOLOGY_URL"]
        print(f"chronology: {len(entries)} events from {len(events)} dated clauses in {len(articles)} articles "
              f"(dates cached: {cache.hits}) in {time.perf_counter() - started:.2f} s")

    def _months(self) -> list[tuple[str, list[dict]]]:
        """Entries and publications on one axis, grouped by month."""
        items = [{"kind": "event", "date": e.value, "entry": e} for e in self.entries]
        items += [{"kind": "publication", "date": p["date"], "pub": p} for p in self.publications]
        items.sort(key=lambda i: (i["date"], i["kind"] == "event"))
        months: list[tuple[str, list[dict]]] = []
        for item in items:
            yearly = item["kind"] == "event" and item["entry"].precision == "year"
            label = str(item["date"].year) if yearly else format_month_fr(item["date"])
            if not months or months[-1][0] != label:
                months.append((label, []))
            months[-1][1].append(item)
        return months

    def generate_output(self, writer) -> None:
        """Write the chronology page and its TimelineJS JSON."""
        if not self.conf["enabled"]:
            return
        writer.write_file(self.settings["CHRONOLOGY_SAVE_AS"], self.get_template("chronology"), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], url=self.settings["CHRONOLOGY_URL"],
                          page_name="chronology")
        data = timelinejs(self.entries, self.publications, self.settings.get("SITENAME", ""),
                          self.settings.get("SITESUBTITLE", ""))
        out = Path(self.output_path) / self.settings["CHRONOLOGY_JSON_SAVE_AS"]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=_json_default), encoding="utf-8")


def _json_default(o):
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(type(o).__name__)


def get_generators(pelican) -> type[ChronologyGenerator]:
    """Add the chronology generator (after the actors generator, whose actors it uses)."""
    return ChronologyGenerator


def register() -> None:
    """Connect the signals."""
    signals.get_generators.connect(get_generators)
