"""The service worker's install list: the whole site when small, its shell when large."""

from __future__ import annotations

import json
import re

from dossier.site.offline import write_service_worker


def _site(tmp_path, page_bytes: int):
    for rel in ("index.html", "recherche.html", "search-index.js", "theme/css/dossier.css",
                "articles/a.html", "articles/b.html", "search-index/t-64-72.js"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x" * page_bytes, encoding="utf-8")
    return tmp_path


def _installed(out) -> list[str]:
    text = (out / "sw.js").read_text(encoding="utf-8")
    return json.loads(re.search(r"var FILES = (\[.*?\]);", text).group(1))


def test_a_small_dossier_is_installed_whole(tmp_path):
    out = _site(tmp_path, 100)
    write_service_worker(out, "sw.js", set(), precache_limit=10_000)
    assert "articles/a.html" in _installed(out) and "search-index/t-64-72.js" in _installed(out)


def test_a_large_dossier_installs_its_shell_only(tmp_path):
    out = _site(tmp_path, 10_000)
    write_service_worker(out, "sw.js", set(), precache_limit=10_000)
    assert _installed(out) == ["./", "index.html", "recherche.html", "search-index.js", "theme/css/dossier.css"]
