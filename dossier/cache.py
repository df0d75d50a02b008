"""What expensive steps have already computed: JSON files keyed by content, and code fingerprints.

A cached result is a pure function of an article's text and of the code that computed it:
its key hashes both.  The code's part is the fingerprint of whole subpackages (every module
and data file under them) plus the shared modules every stage builds on, so a change of rule
anywhere a stage reads invalidates its results without a hand-kept list of files.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from dossier.files import write_atomic

PACKAGE = Path(__file__).resolve().parent
# Modules and data every stage depends on: a change here changes every stage's results.
SHARED = ("__init__.py", "files.py", "text.py", "lexicon.py", "datewords.py", "editorfiles.py", "cache.py", "data")


def content_key(*parts: str) -> str:
    """Hash of the parts that determine a result (texts, model, version)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8") + b"\0")
    return h.hexdigest()[:24]


def _files(entry: Path) -> list[Path]:
    if entry.is_dir():
        return sorted(p for p in entry.rglob("*") if p.is_file() and p.suffix in (".py", ".txt", ".yaml", ".json"))
    return [entry] if entry.is_file() else []


@cache
def fingerprint(*subpackages: str) -> str:
    """Digest of the named subpackages of dossier/ (e.g. "chronology") and of the shared modules."""
    h = hashlib.sha256()
    for name in (*SHARED, *subpackages):
        for path in _files(PACKAGE / name):
            h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


class JsonCache:
    """get/put JSON documents by key, one file each, written atomically."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Any:
        """The stored document, or None (a missing or unreadable file is a miss)."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, key: str, data: Any) -> None:
        """Store a document; a concurrent reader never sees half a file."""
        write_atomic(self._path(key), json.dumps(data, ensure_ascii=False))
