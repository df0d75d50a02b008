"""Thin Pelican adapter for dossier.actors: one page per actor, actors on every article.

Settings (pelicanconf.py), all optional::

    ACTORS = {
        "file": "actors.yaml",          # the curated actors file, in PATH (content/)
        "model": "fr_core_news_md",     # the spaCy pipeline
        "cache": "cache/ner",           # entities per article text
        "related": 8,                   # actors shown as "named with" on an actor page
        "page_size": 50,                # more articles or events: the older ones on further pages
    }
    ACTOR_URL = ACTOR_SAVE_AS = "acteurs/{slug}.html"
    ACTORS_INDEX_URL = ACTORS_INDEX_SAVE_AS = "acteurs.html"

Per article, in front-matter: ``Actors-add: Name; Other`` and ``Actors-remove: Name``.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import Generator
from pelican.urlwrappers import URLWrapper

from dossier.actors import (
    MODEL_DEFAULT,
    TYPE_ORDER,
    ActorRecord,
    DocInput,
    EntityCache,
    load_curated,
    named_together,
    other_names,
    ranked,
    resolve,
)
from dossier.cache import JsonCache
from dossier.site import final_text, paged, plugin_settings, record_of, split_list
from dossier.site.frontmatter import ACTORS_ADD, ACTORS_REMOVE

log = logging.getLogger(__name__)

SETTING = "ACTORS"
DEFAULTS = {"enabled": True, "file": "actors.yaml", "model": MODEL_DEFAULT, "cache": None, "related": 8,
            "page_size": 50}
URL_DEFAULTS = {"ACTOR_URL": "acteurs/{slug}.html", "ACTOR_SAVE_AS": "acteurs/{slug}.html",
                "ACTORS_INDEX_URL": "acteurs.html", "ACTORS_INDEX_SAVE_AS": "acteurs.html"}
TYPE_LABELS = {"Person": "Personnes", "Organization": "Organisations", "Place": "Lieux"}
TYPE_NAMES = {"Person": "personne", "Organization": "organisation", "Place": "lieu"}
# Where the NER cache lives when a build must share it (tests build many scratch dossiers).
CACHE_ENV = "DOSSIER_NER_CACHE"


class Actor(URLWrapper):
    """An actor's page; reads ACTOR_URL / ACTOR_SAVE_AS from the settings."""

    def __init__(self, record: ActorRecord, settings: dict[str, Any]) -> None:
        super().__init__(record.name, settings)
        self.record = record
        self.key = record.key
        self.slug = record.slug
        self.type = record.type
        self.role = record.role
        self.wikidata = record.wikidata
        self.articles: list[Any] = []
        self.related: list[tuple[Actor, int]] = []

    @property
    def type_label(self) -> str:
        """French name of the actor's type."""
        return TYPE_NAMES[self.type]

    @property
    def aliases(self) -> list[str]:
        """Names the articles use, most frequent first, one per spelling, the page's own left out."""
        return other_names(self.name, dict(self.record.names.most_common()))

    def mention(self) -> dict[str, str]:
        """The schema.org record of this actor in an article's `mentions`."""
        m = {"@type": self.type, "name": self.name, "url": self.url}
        if self.wikidata:
            m["sameAs"] = f"https://www.wikidata.org/wiki/{self.wikidata}"
        return m


def configure(settings: dict[str, Any]) -> dict[str, Any]:
    """The ACTORS settings with defaults; reports unknown keys."""
    conf = plugin_settings(settings, SETTING, DEFAULTS, log, "actors")
    for k, v in URL_DEFAULTS.items():
        settings.setdefault(k, v)
    return conf


class ActorsGenerator(Generator):
    """Finds the actors of every article, then writes the actors index and one page per actor."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conf = configure(self.settings)
        self.actors: list[Actor] = []

    def generate_context(self) -> None:
        """Read and resolve everything before anything is written."""
        if not self.conf["enabled"]:
            return
        started = time.perf_counter()
        articles = list(self.context.get("articles", [])) + list(self.context.get("hidden_articles", []))
        path = Path(self.settings["PATH"])
        curated, problems = load_curated(path / self.conf["file"], path)
        for p in problems:
            log.warning("actors: %s", p)
        cache_dir = os.environ.get(CACHE_ENV) or self.conf["cache"] or os.path.join(
            self.settings.get("CACHE_PATH", "cache"), "ner")
        cache = EntityCache(Path(cache_dir), self.conf["model"])
        blocks = [list(final_text(a).blocks) for a in articles]
        entities = cache.get_many(blocks)
        docs = [DocInput(b, e, getattr(a, "lang", "fr"), split_list(a.metadata.get(ACTORS_ADD)),
                         split_list(a.metadata.get(ACTORS_REMOVE)), [x.name for x in getattr(a, "authors", [])])
                for a, b, e in zip(articles, blocks, entities, strict=True)]
        # each article's names are kept by content: a rebuild re-does only the passes across articles
        names = JsonCache(os.path.join(self.settings.get("CACHE_PATH", "cache"), "actors"))
        res = resolve(docs, curated, names)
        for i, problem in res.problems:
            log.warning("actors: %s: %s", articles[i].relative_source_path, problem)
        pages = {k: Actor(r, self.settings) for k, r in res.actors.items()}
        order = [ranked(counts, res.actors) for counts in res.mentions]
        for article, keys, spans in zip(articles, order, res.spans, strict=True):
            rec = record_of(article)
            rec.actors = [pages[k] for k in keys]
            rec.spans = list(spans)
            rec.mentions = [p.mention() for p in rec.actors]
            for p in rec.actors:
                p.articles.append(article)
        related = named_together(order, int(self.conf["related"]))
        for k, page in pages.items():
            page.articles.sort(key=lambda art: art.date, reverse=True)
            page.related = [(pages[o], n) for o, n in related.get(k, [])]
        self.actors = sorted(pages.values(), key=lambda a: (TYPE_ORDER.index(a.type), -len(a.articles), a.name))
        self.context["actors"] = self.actors
        self.context["actor_pages"] = pages
        self.context["actors_by_type"] = [(TYPE_LABELS[t], [a for a in self.actors if a.type == t])
                                          for t in TYPE_ORDER]
        self.context["ACTORS_INDEX_URL"] = self.settings["ACTORS_INDEX_URL"]
        print(f"actors: {len(self.actors)} actors in {len(articles)} articles, model run on {cache.misses} "
              f"(cached: {cache.hits}; names cached: {names.hits}) in {time.perf_counter() - started:.2f} s")

    def generate_output(self, writer: Any) -> None:
        """Write the actors index and the actor pages."""
        if not self.conf["enabled"]:
            return
        relative = self.settings["RELATIVE_URLS"]
        writer.write_file(self.settings["ACTORS_INDEX_SAVE_AS"], self.get_template("actors"), self.context,
                          relative_urls=relative, url=self.settings["ACTORS_INDEX_URL"], page_name="actors")
        template = self.get_template("actor")
        events = self.context.get("actor_events") or {}  # from dossier_chronology, in date order
        for actor in self.actors:
            parts = paged(actor.save_as, actor.articles, events.get(actor.key, [])[::-1], int(self.conf["page_size"]))
            for part in parts or [None]:  # a busy actor: its newest articles and events first, then older pages
                writer.write_file(part.path if part else actor.save_as, template, self.context, relative_urls=relative,
                                  url=part.path if part else actor.url, actor=actor, actor_part=part, page_name="actor")


def get_generators(pelican: Any) -> type[ActorsGenerator]:
    """Add the actors generator (after articles and pages, which it reads)."""
    return ActorsGenerator


def register() -> None:
    """Connect the signals."""
    signals.get_generators.connect(get_generators)
