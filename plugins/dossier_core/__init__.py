"""Pelican adapter for the dossier library: undated articles, French dates, JSON-LD."""

from .dossier_core import register  # noqa: F401
