"""Pelican plugin: remove boilerplate from rendered articles, report every removal."""

from .boilerplate import register  # noqa: F401
