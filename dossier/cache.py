"""A folder of JSON files keyed by content hashes: what expensive steps have already computed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path


def content_key(*parts: str) -> str:
    """Hash of the parts that determine a result (texts, model, version)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8") + b"\0")
    return h.hexdigest()[:24]


class JsonCache:
    """get/put JSON documents by key, one file each, written atomically."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str):
        """The stored document, or None (a missing or unreadable file is a miss)."""
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return data

    def put(self, key: str, data) -> None:
        """Store a document; a concurrent reader never sees half a file."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def code_fingerprint(*names: str) -> str:
    """Digest of some of the package's own files (modules, data): results change when they do."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for name in names:
        for path in sorted(here.glob(name)):
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]
