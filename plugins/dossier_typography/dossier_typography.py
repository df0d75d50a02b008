"""Thin Pelican adapter: every HTML page, once written, set in French typography (dossier.site.typography).

The last step of each page: Pelican renders and writes it, then `content_written` hands its path
here, and the page is read, set (no-break spaces, quotes, apostrophes, dashes) and written again
atomically when anything changed.  Settings (pelicanconf.py), all optional::

    TYPOGRAPHY = {"enabled": True}

The language of a page is its <html lang> (DEFAULT_LANG), and each element's `lang` inside it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from pelican import signals

from dossier.files import write_atomic
from dossier.site import plugin_settings
from dossier.site.typography import typeset_html

log = logging.getLogger(__name__)

SETTING = "TYPOGRAPHY"
DEFAULTS = {"enabled": True}

# This build's count of pages set and the time it took; reset on `initialized` (`make devserver`
# builds again in the same process).
_DONE = {"pages": 0, "changed": 0, "seconds": 0.0}


def start(pelican: Any) -> None:
    """Before anything is written: the counts at zero, a wrong TYPOGRAPHY key reported once."""
    _DONE.update(pages=0, changed=0, seconds=0.0)
    plugin_settings(pelican.settings, SETTING, DEFAULTS, log, "typography")


def typeset_page(path: str, context: dict[str, Any]) -> None:
    """Set the page just written at `path`."""
    conf = context.get(SETTING)
    if not path.endswith(".html") or isinstance(conf, dict) and not conf.get("enabled", True):
        return
    started = time.perf_counter()
    page = Path(path)
    html = page.read_text(encoding="utf-8")
    done = typeset_html(html, context.get("DEFAULT_LANG", "fr"))
    if done != html:
        write_atomic(page, done)
        _DONE["changed"] += 1
    _DONE["pages"] += 1
    _DONE["seconds"] += time.perf_counter() - started


def report(pelican: Any) -> None:
    """One line on what was set."""
    if _DONE["pages"]:
        print(f"typography: {_DONE['pages']} pages set ({_DONE['changed']} changed) in {_DONE['seconds']:.2f} s")


def register() -> None:
    """Connect the signals."""
    signals.initialized.connect(start)
    signals.content_written.connect(typeset_page)
    signals.finalized.connect(report)
