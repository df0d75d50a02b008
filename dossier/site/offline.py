"""Files that let the site be read offline: per-article search texts, the service worker, the zip."""

from __future__ import annotations

import hashlib
import json
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

from dossier.cache import write_atomic

SEARCH_INDEX = "search-index.js"
SEARCH_TEXTS = "search"  # search/ID.js: one article's text, loaded for its snippet


def site_files(out: Path, skip: set[str]) -> list[Path]:
    """Every file of the built site, but those named in `skip` (relative paths)."""
    return sorted(p for p in out.rglob("*") if p.is_file() and p.relative_to(out).as_posix() not in skip)


def write_texts(folder: Path, docs: list[dict[str, Any]]) -> None:
    """One script per article with its text, for the snippets of the search results.

    A .js file, not JSON: pages opened from file:// may load scripts but not fetch data.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        text = json.dumps(d["text"], ensure_ascii=False).replace("</", "<\\/")
        write_atomic(folder / f"{d['id']}.js",
                     f"(window.DOSSIER_TEXTS = window.DOSSIER_TEXTS || {{}})[{json.dumps(d['id'])}] = {text};\n")


def write_service_worker(out: Path, name: str, skip: set[str]) -> None:
    """A service worker that keeps every file of the site once a reader has visited it."""
    files = [p.relative_to(out).as_posix() for p in site_files(out, skip | {name})]
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode() + (out / rel).read_bytes())
    template = resources.files("dossier.site").joinpath("sw.js").read_text(encoding="utf-8")
    write_atomic(out / name, template.replace("__VERSION__", digest.hexdigest()[:12])
                 .replace("__FILES__", json.dumps(["./", *files])))


def write_zip(out: Path, name: str) -> None:
    """The whole site in one zip, under a dossier/ folder: unzip and open dossier/index.html."""
    target = out / name
    tmp = target.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for p in site_files(out, {name, tmp.name}):
            z.write(p, "dossier/" + p.relative_to(out).as_posix())
    tmp.replace(target)
