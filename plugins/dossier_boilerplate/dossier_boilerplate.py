"""Thin Pelican adapter for dossier.boilerplate: clean `_content` and `_summary`, write the report.

Settings: ``BOILERPLATE`` in pelicanconf.py (see dossier/boilerplate/config.py).  Per article,
in front-matter: ``Boilerplate-keep: comments.closed; Les explications de`` and
``Boilerplate: off``.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any

from pelican import signals

from dossier.boilerplate import CleanCache, Config, configure, repeated_texts
from dossier.files import write_atomic
from dossier.site import final_text, record_of, split_list, summary_html
from dossier.site.frontmatter import ARTICLE_START, BOILERPLATE, BOILERPLATE_KEEP, int_field, is_off

log = logging.getLogger(__name__)

STATE_KEY = "BOILERPLATE_STATE"  # in the generators' shared context: this build's rules and report


def _state(generator: Any) -> dict[str, Any]:
    """Rules and report of this build, kept in the context shared by the generators of one run."""
    ctx = generator.context
    if STATE_KEY not in ctx:
        config: Config = configure(generator.settings)
        for problem in config.problems:
            log.warning("boilerplate: %s", problem)
        ctx[STATE_KEY] = {"config": config, "articles": [], "removed": 0, "touched": 0, "seen": 0, "seconds": 0.0,
                          "cached": 0}
    return ctx[STATE_KEY]


def clean_contents(generator: Any, contents: list[Any]) -> None:
    """Clean a set of articles (or pages) together: repeated blocks are judged within the set."""
    state = _state(generator)
    rules = state["config"].rules
    if rules is None:
        return
    started = time.perf_counter()
    # a page that did not change is neither parsed nor judged again: only the count of repeated blocks runs
    cache = CleanCache(os.path.join(generator.settings.get("CACHE_PATH", "cache"), "boilerplate"),
                       generator.settings.get("BOILERPLATE"))
    repeated = repeated_texts((cache.block_texts(c._content) for c in contents), rules.generic)
    for c in contents:
        state["seen"] += 1
        if is_off(c.metadata.get(BOILERPLATE)):
            continue
        keep = split_list(c.metadata.get(BOILERPLATE_KEEP))
        c._content, removed = cache.clean(c._content, rules, repeated, keep,
                                          start=int_field(c.metadata.get(ARTICLE_START)))
        if summary_html(c):
            c._summary, from_summary = cache.clean(c._summary, rules, repeated, keep, figures=False)
            removed += [{**r, "where": "summary"} for r in from_summary]
        record_of(c).removed = removed
        dropped = [r for r in removed if not r.get("moved")]
        if removed:
            state["articles"].append({"source": c.relative_source_path, "url": c.url, "title": str(c.title),
                                      "removed": removed})
        if dropped:
            state["touched"] += 1
            state["removed"] += len(dropped)
    state["seconds"] += time.perf_counter() - started
    state["cached"] += cache.hits


def clean_articles(generator: Any) -> None:
    """Clean every article once all are read, before other plugins' generators use them."""
    clean_contents(generator, generator.articles + generator.translations + generator.drafts
                   + generator.drafts_translations + generator.hidden_articles + generator.hidden_translations)
    for article in generator.articles + generator.hidden_articles:
        final_text(article)  # the text the analyses read: cleaned, with paragraph anchors


def clean_pages(generator: Any) -> None:
    """Clean every page once all are read."""
    clean_contents(generator, generator.pages + generator.translations + generator.hidden_pages
                   + generator.hidden_translations + generator.draft_pages + generator.draft_translations)


def write_report(generators: list[Any]) -> None:
    """Write the list of removals and print the one-line summary."""
    gens = [g for g in generators if STATE_KEY in getattr(g, "context", {})]
    if not gens:
        return
    state = gens[0].context.pop(STATE_KEY)  # `make devserver` builds again in the same process
    config: Config = state["config"]
    if config.rules is None:
        log.info("boilerplate: disabled by BOILERPLATE['enabled']")
        return
    out = Path(gens[0].settings["OUTPUT_PATH"]) / config.report
    write_atomic(out, json.dumps({"rules": sorted(config.rules.rules), "articles": state["articles"]},
                                 ensure_ascii=False, indent=1))
    # One line in the build output, whatever the log level: an editor should see it every time.
    print(f"boilerplate: removed {state['removed']} blocks from {state['touched']} of {state['seen']} articles "
          f"and pages in {state['seconds']:.2f} s (cached: {state['cached']}; list: {os.path.relpath(out)})")


def register() -> None:
    """Connect the signals."""
    signals.article_generator_finalized.connect(clean_articles)
    signals.page_generator_finalized.connect(clean_pages)
    signals.all_generators_finalized.connect(write_report)
