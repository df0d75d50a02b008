"""Files that let the site be read offline: per-article search texts, the service worker, the zip."""

from __future__ import annotations

import hashlib
import json
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

from dossier.files import is_temporary, temporary_beside, write_atomic

SEARCH_INDEX = "search-index.js"
SEARCH_TEXTS = "search"  # search/ID.js: one article's text, loaded for its snippet


def site_files(out: Path, skip: set[str]) -> list[Path]:
    """Every file of the built site, but those named in `skip` (relative paths) and temporary files."""
    return sorted(p for p in out.rglob("*") if p.is_file() and not is_temporary(p)
                  and p.relative_to(out).as_posix() not in skip)


Stamp = tuple[int, int, int]  # (mtime in ns, size, inode): a file rewritten by a build changes its stamp


def stamps(out: Path) -> dict[Path, Stamp]:
    """The stamp of every file under the output folder, taken before a build writes anything."""
    out_files = [p for p in out.rglob("*") if p.is_file() and not p.is_symlink()] if out.exists() else []
    return {p: _stamp(p) for p in out_files}


def _stamp(p: Path) -> Stamp:
    st = p.stat()
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def prune(out: Path, before: dict[Path, Stamp], keep: set[Path], retained: tuple[str, ...] = ()) -> list[Path]:
    """Remove the files a build did not write again, whose source is gone.

    A deleted article's page and search text, an actor no article names any more, an
    interrupted build's temporary file.

    `keep` lists files the build copied without rewriting them (theme and static files);
    `retained` names top-level entries never touched (".git" on a published branch).
    """
    removed = []
    for p, stamp in sorted(before.items()):
        rel = p.relative_to(out)
        if p in keep or rel.parts[0] in retained or not p.exists() or _stamp(p) != stamp:
            continue
        p.unlink()
        removed.append(p)
    for d in sorted((d for d in out.rglob("*") if d.is_dir()), key=lambda d: len(d.parts), reverse=True):
        if d.relative_to(out).parts[0] not in retained and not any(d.iterdir()):
            d.rmdir()
    return removed


def write_texts(folder: Path, docs: list[dict[str, Any]]) -> None:
    """One script per article with its text, for the snippets of the search results.

    A .js file, not JSON: pages opened from file:// may load scripts but not fetch data.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        text = json.dumps(d["text"], ensure_ascii=False).replace("</", "<\\/")
        write_atomic(folder / f"{d['id']}.js",
                     f"(window.DOSSIER_TEXTS = window.DOSSIER_TEXTS || {{}})[{json.dumps(d['id'])}] = {text};\n")


# The pages a large dossier's service worker installs at once: the site's shell.  The others are kept
# as the reader opens them.
SHELL = ("index.html", "recherche.html", "chronologie.html", "acteurs.html", "archives.html", "404.html",
         SEARCH_INDEX)


def write_service_worker(out: Path, name: str, skip: set[str], precache_limit: int = 30_000_000) -> None:
    """A service worker that keeps the site for reading offline.

    A dossier up to `precache_limit` bytes is installed whole on the first visit; a larger one
    installs its shell (the main pages, theme files, the search manifest), then keeps every page,
    shard or text the reader opens.
    """
    paths = site_files(out, skip | {name})
    files = [p.relative_to(out).as_posix() for p in paths]
    digest = hashlib.sha256()
    total = 0
    for rel in files:
        data = (out / rel).read_bytes()
        total += len(data)
        digest.update(rel.encode() + data)
    if total > precache_limit:
        files = [f for f in files if f in SHELL or f.startswith("theme/")]
    template = resources.files("dossier.site").joinpath("sw.js").read_text(encoding="utf-8")
    write_atomic(out / name, template.replace("__VERSION__", digest.hexdigest()[:12])
                 .replace("__FILES__", json.dumps(["./", *files])))


def write_zip(out: Path, name: str) -> None:
    """The whole site in one zip, under a dossier/ folder: unzip and open dossier/index.html."""
    target = out / name
    tmp = temporary_beside(target)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            for p in site_files(out, {name}):
                z.write(p, "dossier/" + p.relative_to(out).as_posix())
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
