"""Pelican plugin: who said what, on citations.html, on the actor pages, in the chronology and the JSON-LD."""

from .dossier_quotes import register  # noqa: F401
