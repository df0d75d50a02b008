"""Pelican plugin: French (and English) typography on every page written."""

from .dossier_typography import register  # noqa: F401
