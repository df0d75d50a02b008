"""Thin Pelican adapter for reading offline: search index, service worker, zip, .nojekyll.

The search index is built by MiniSearch in Node (search/build-index.js) from the articles
as the reader sees them (boilerplate removed), and written as a script, search-index.js,
which pages opened from file:// can load.  Settings (pelicanconf.py), all optional::

    OFFLINE = {"zip": "dossier.zip", "service_worker": "sw.js", "search": True, "precache_mb": 30}

A dossier larger than `precache_mb` megabytes has its service worker install only the site's
shell at once; the rest is kept as the reader opens it.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from pelican import signals
from pelican.generators import ArticlesGenerator

from dossier.datewords import DAY, format_date_fr
from dossier.files import write_atomic
from dossier.lexicon import stopwords
from dossier.site import plain, plugin_settings, record_of, summary_html
from dossier.site.offline import (
    SEARCH_INDEX,
    SEARCH_TEXTS,
    Stamp,
    prune,
    stamps,
    write_service_worker,
    write_texts,
    write_zip,
)
from dossier.site.provenance import provenance_of, search_labels
from dossier.site.searchhelp import SearchExample, search_examples
from dossier.site.typography import typeset

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent.parent  # the project: node_modules/ and search/ live here
SETTING = "OFFLINE"
DEFAULTS = {"zip": "dossier.zip", "service_worker": "sw.js", "search": True, "precache_mb": 30}
MINISEARCH = ROOT / "node_modules" / "minisearch" / "dist" / "umd" / "index.js"


# This build's view of output/ before it wrote anything, and the files it copied without rewriting
# them; reset on `initialized`, so `make devserver`'s second build in the process starts afresh.
_BEFORE: dict[Path, Stamp] = {}
_COPIED: set[Path] = set()


def configure(settings: dict[str, Any]) -> dict[str, Any]:
    """The OFFLINE settings with defaults; reports unknown keys."""
    return plugin_settings(settings, SETTING, DEFAULTS, log, "offline")


def search_documents(articles: list[Any]) -> list[dict[str, Any]]:
    """What the search index holds for each article: the text the reader sees, and its metadata.

    Titles, sources and texts are set in the article's typography, as on its page, compounds with
    their plain hyphens (the index folds the no-break spaces and ’ back: a query typed with plain
    spaces and ' finds them). `provenance` is what a result shows under its title besides source and
    date, as the cards do (not indexed).

    Each quotation dossier_quotes found is a document too, leading to its line on citations.html.
    """
    docs = []
    for a in articles:
        parts = [plain(summary_html(a))] if summary_html(a) else []
        parts.append(plain(a._content))
        actors = record_of(a).actors or []
        lang = getattr(a, "lang", None) or "fr"
        docs.append({
            "id": a.slug,
            "url": a.url,
            "title": typeset(" ".join(str(a.title).split()), lang, nonbreaking_hyphens=False),
            "date": "date inconnue" if getattr(a, "undated", False) else format_date_fr(a.date),
            "source": typeset(getattr(a, "source", "") or "", "fr", nonbreaking_hyphens=False),
            "actors": " ".join(x.name + " " + " ".join(x.aliases) for x in actors),
            "text": typeset(" ".join(" ".join(parts).split()), lang, nonbreaking_hyphens=False),
            "provenance": provenance_of(a.metadata).search_record(),
        })
        docs += [_typeset(q.search_document(), lang) for q in record_of(a).quotes]
    return docs


def _typeset(doc: dict[str, str], lang: str) -> dict[str, str]:
    """A quotation's search record set as its line on citations.html is (titles and texts as the pages show them)."""
    for k in ("title", "text"):
        doc[k] = typeset(doc[k], lang, nonbreaking_hyphens=False)
    return doc


def help_examples(context: dict[str, Any], articles: list[Any]) -> list[SearchExample]:
    """The search page's examples, from the actors and the chronology the other plugins put in the context."""
    actors = sorted(context.get("actors") or [], key=lambda a: -len(a.articles))
    entries = sorted((e for e in context.get("chronology") or [] if e.precision == DAY), key=lambda e: -len(e.sources))
    return search_examples([(a.name, a.type) for a in actors],
                           [(e.value, [ev.sentence for ev in e.sources]) for e in entries],
                           [getattr(a, "source", "") or "" for a in articles])


def build_search_index(generators: list[Any]) -> None:
    """Write search-index.js and the MiniSearch library into the output; give the search page its examples."""
    gens = [g for g in generators if isinstance(g, ArticlesGenerator)]
    if not gens:
        return
    g = gens[0]
    if not configure(g.settings)["search"]:
        return
    g.context["search_examples"] = help_examples(g.context, g.articles)
    out = Path(g.output_path)
    node = shutil.which("node")
    if node is None or not MINISEARCH.exists():
        log.warning("offline: search index not built: %s (run `make html`, which installs it)",
                    "node is not installed" if node is None else "node_modules/minisearch is missing")
        return
    docs = search_documents(g.articles)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tmp:
        json.dump({"stopwords": sorted(stopwords()), "docs": docs, "labels": search_labels()}, tmp,
                  ensure_ascii=False)
    try:
        (out / "theme" / "js").mkdir(parents=True, exist_ok=True)
        r = subprocess.run([node, str(ROOT / "search" / "build-index.js"), tmp.name, str(out / SEARCH_INDEX)],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            log.warning("offline: search index not built: %s", (r.stderr or r.stdout).strip()[-500:])
            return
        print(r.stdout.strip())
        write_atomic(out / "theme" / "js" / "minisearch.js", MINISEARCH.read_bytes())
        write_texts(out / SEARCH_TEXTS, docs)
    finally:
        os.unlink(tmp.name)


def snapshot(pelican: Any) -> None:
    """Before anything is written: the files output/ holds, to find those this build does not write again."""
    _BEFORE.clear()
    _COPIED.clear()
    _BEFORE.update(stamps(Path(pelican.settings["OUTPUT_PATH"])))


def note_copies(generator: Any) -> None:
    """Static and theme files are copied without being rewritten when unchanged: they stay."""
    out = Path(generator.output_path)
    _COPIED.update(out / sf.save_as for sf in getattr(generator, "staticfiles", []))
    theme = Path(generator.theme)
    for static in generator.settings.get("THEME_STATIC_PATHS", ["static"]):
        src = theme / static
        dest = out / generator.settings.get("THEME_STATIC_DIR", "theme")
        if src.is_dir():
            _COPIED.update(dest / p.relative_to(src) for p in src.rglob("*") if p.is_file())


def finish(pelican: Any) -> None:
    """Once every page is written: stale files removed, then .nojekyll, the service worker, the zip."""
    conf = configure(pelican.settings)
    out = Path(pelican.settings["OUTPUT_PATH"])
    if not out.exists():
        return
    written_next = {out / ".nojekyll", out / conf["service_worker"], out / conf["zip"]}  # rewritten below
    removed = prune(out, _BEFORE, _COPIED | written_next, tuple(pelican.settings.get("OUTPUT_RETENTION", ())))
    if removed:
        shown = ", ".join(p.relative_to(out).as_posix() for p in removed[:5])
        print(f"offline: removed {len(removed)} file(s) no source gives any more: {shown}"
              f"{' …' if len(removed) > 5 else ''}")
    write_atomic(out / ".nojekyll", "")  # GitHub Pages: serve theme/ and files as they are
    if conf["service_worker"]:
        write_service_worker(out, conf["service_worker"], {conf["zip"]} if conf["zip"] else set(),
                             int(float(conf["precache_mb"]) * 1_000_000))
    if conf["zip"]:
        write_zip(out, conf["zip"])


def register() -> None:
    """Connect the signals."""
    signals.initialized.connect(snapshot)
    signals.static_generator_finalized.connect(note_copies)
    signals.all_generators_finalized.connect(build_search_index)
    signals.finalized.connect(finish)
