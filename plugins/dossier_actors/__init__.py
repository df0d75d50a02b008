"""Pelican plugin: actor discovery, actor pages, mentions in the articles' JSON-LD."""

from .dossier_actors import register  # noqa: F401
