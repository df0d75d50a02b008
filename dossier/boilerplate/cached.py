"""The cleaner's per-page work kept by content: a rebuild where a page did not change never parses it.

What :func:`clean_html` returns for a page is a pure function of the page's HTML, of the rules
in force (the code and data of the stage, and the dossier's ``BOILERPLATE`` settings), of the
page's own exceptions and of the one thing the other pages decide: which of its short blocks
repeat across the dossier.  Both the page's block texts (which the repetition count reads) and
its cleaned HTML are cached under keys of all of these, so only the cross-page count runs again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from dossier.boilerplate.engine import RuleSet, folded
from dossier.boilerplate.html import block_texts, clean_html, parse
from dossier.cache import JsonCache, content_key, fingerprint

# Bump when what the cache holds changes shape.
CACHE_VERSION = "1"


def settings_digest(settings: Any) -> str:
    """A stable text of the dossier's ``BOILERPLATE`` settings (its own rules and switches)."""
    return json.dumps(settings, sort_keys=True, ensure_ascii=False, default=repr)


class CleanCache:
    """Block texts and cleaned HTML per page, from the cache folder or computed (and stored)."""

    def __init__(self, folder: Path | str, settings: Any = None) -> None:
        self.store = JsonCache(folder)
        self.code = content_key(CACHE_VERSION, fingerprint("boilerplate"), settings_digest(settings))
        self.hits = 0
        self.misses = 0
        self._soups: dict[str, BeautifulSoup] = {}  # pages parsed for their blocks, until they are cleaned

    def block_texts(self, html: str) -> list[str]:
        """The text of each block of a page (see html.block_texts)."""
        key = content_key("blocks", self.code, html)
        texts = self.store.get(key)
        if isinstance(texts, list):
            return [str(t) for t in texts]
        soup = self._soups[html] = parse(html)
        texts = block_texts(soup)
        self.store.put(key, texts)
        return texts

    def clean(self, html: str, rules: RuleSet, repeated: frozenset[str], keep: Sequence[str],
              figures: bool = True, start: int = 0) -> tuple[str, list[dict[str, Any]]]:
        """clean_html(html, …), from the cache when the page, its exceptions and its repeated blocks are the same."""
        mine = sorted({folded(t) for t in self.block_texts(html)} & repeated)
        key = content_key("clean", self.code, html, json.dumps([list(keep), figures, start, mine], ensure_ascii=False))
        data = self.store.get(key)
        if isinstance(data, list) and len(data) == 2 and isinstance(data[0], str) and isinstance(data[1], list):
            self.hits += 1
            return data[0], data[1]
        self.misses += 1
        soup = self._soups.pop(html, None)
        page: str | BeautifulSoup = html if soup is None else soup
        cleaned, removed = clean_html(page, rules, repeated, list(keep), figures=figures, start=start)
        self.store.put(key, [cleaned, removed])
        return cleaned, removed
