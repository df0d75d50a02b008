"""Thin Pelican adapter for reading offline: search index, service worker, zip, .nojekyll.

The search index is built by MiniSearch in Node (search/build-index.js) from the articles
as the reader sees them (boilerplate removed), and written as a script, search-index.js,
which pages opened from file:// can load.  Settings (pelicanconf.py), all optional::

    OFFLINE = {"zip": "dossier.zip", "service_worker": "sw.js", "search": True}
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from bs4 import BeautifulSoup
from pelican import signals
from pelican.generators import ArticlesGenerator

from dossier.settings import plugin_settings

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent.parent  # the project: node_modules/ and search/ live here
SETTING = "OFFLINE"
DEFAULTS = {"zip": "dossier.zip", "service_worker": "sw.js", "search": True}
SEARCH_INDEX = "search-index.js"
SEARCH_TEXTS = "search"  # search/ID.js: one article's text, loaded for its snippet
MINISEARCH = ROOT / "node_modules" / "minisearch" / "dist" / "umd" / "index.js"


def configure(settings: dict) -> dict:
    """The OFFLINE settings with defaults; reports unknown keys."""
    return plugin_settings(settings, SETTING, DEFAULTS, log, "offline")


def search_documents(articles) -> list[dict]:
    """What the search index holds for each article: the text the reader sees, and its metadata."""
    from dossier.dates import format_date_fr

    docs = []
    for a in articles:
        parts = []
        if "summary" in a.metadata and getattr(a, "_summary", None):
            parts.append(BeautifulSoup(a._summary, "html.parser").get_text(" ", strip=True))
        parts.append(BeautifulSoup(a._content or "", "html.parser").get_text(" ", strip=True))
        actors = getattr(a, "actors", [])
        docs.append({
            "id": a.slug,
            "url": a.url,
            "title": " ".join(str(a.title).split()),
            "date": "date inconnue" if getattr(a, "undated", False) else format_date_fr(a.date),
            "source": getattr(a, "source", "") or "",
            "actors": " ".join(x.name + " " + " ".join(x.aliases) for x in actors),
            "text": " ".join(" ".join(parts).split()),
        })
    return docs


def build_search_index(generators) -> None:
    """Write search-index.js and the MiniSearch library into the output."""
    gens = [g for g in generators if isinstance(g, ArticlesGenerator)]
    if not gens:
        return
    g = gens[0]
    conf = configure(g.settings)
    if not conf["search"]:
        return
    out = Path(g.output_path)
    node = shutil.which("node")
    if node is None or not MINISEARCH.exists():
        log.warning("offline: search index not built: %s (run `make html`, which installs it)",
                    "node is not installed" if node is None else "node_modules/minisearch is missing")
        return
    docs = search_documents(g.articles)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tmp:
        json.dump(docs, tmp, ensure_ascii=False)
    try:
        (out / "theme" / "js").mkdir(parents=True, exist_ok=True)
        r = subprocess.run([node, str(ROOT / "search" / "build-index.js"), tmp.name, str(out / SEARCH_INDEX)],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            log.warning("offline: search index not built: %s", (r.stderr or r.stdout).strip()[-500:])
            return
        print(r.stdout.strip())
        shutil.copyfile(MINISEARCH, out / "theme" / "js" / "minisearch.js")
        write_texts(out / SEARCH_TEXTS, docs)
    finally:
        os.unlink(tmp.name)


def write_texts(folder: Path, docs: list[dict]) -> None:
    """One script per article with its text, for the snippets of the search results."""
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        # a .js file, not JSON: pages opened from file:// may load scripts but not fetch data
        text = json.dumps(d["text"], ensure_ascii=False).replace("</", "<\\/")
        (folder / f"{d['id']}.js").write_text(
            f"(window.DOSSIER_TEXTS = window.DOSSIER_TEXTS || {{}})[{json.dumps(d['id'])}] = {text};\n",
            encoding="utf-8")


def _files(out: Path, skip: set[str]) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.is_file() and p.relative_to(out).as_posix() not in skip)


def write_service_worker(out: Path, name: str, skip: set[str]) -> None:
    """A service worker that keeps every file of the site once a reader has visited it."""
    files = [p.relative_to(out).as_posix() for p in _files(out, skip | {name})]
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode() + (out / rel).read_bytes())
    template = (Path(__file__).parent / "sw.js").read_text(encoding="utf-8")
    (out / name).write_text(template.replace("__VERSION__", digest.hexdigest()[:12])
                            .replace("__FILES__", json.dumps(["./"] + files)), encoding="utf-8")


def write_zip(out: Path, name: str) -> None:
    """The whole site in one zip, under a dossier/ folder: unzip and open dossier/index.html."""
    target = out / name
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for p in _files(out, {name, tmp.name}):
            z.write(p, "dossier/" + p.relative_to(out).as_posix())
    tmp.replace(target)


def finish(pelican) -> None:
    """Once every page is written: .nojekyll, the service worker, the zip."""
    conf = configure(pelican.settings)
    out = Path(pelican.settings["OUTPUT_PATH"])
    if not out.exists():
        return
    (out / ".nojekyll").write_text("", encoding="utf-8")  # GitHub Pages: serve theme/ and files as they are
    if conf["service_worker"]:
        write_service_worker(out, conf["service_worker"], {conf["zip"]} if conf["zip"] else set())
    if conf["zip"]:
        write_zip(out, conf["zip"])


def register() -> None:
    """Connect the signals."""
    signals.all_generators_finalized.connect(build_search_index)
    signals.finalized.connect(finish)
