"""Pelican plugin: remove boilerplate from rendered articles, report every removal."""

from .dossier_boilerplate import register  # noqa: F401
