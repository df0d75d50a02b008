"""Pelican plugin: search index, service worker, .nojekyll and the dossier's zip."""

from .dossier_offline import register  # noqa: F401
