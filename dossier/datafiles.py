"""The project's rule data files (dossier/data/*.txt): one entry a line, # comments."""

from __future__ import annotations

from importlib import resources


def data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of dossier/data/NAME."""
    text = resources.files("dossier").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
