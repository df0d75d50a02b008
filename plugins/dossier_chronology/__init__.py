"""Pelican plugin: the events the articles report, on a page, an SVG timeline and in TimelineJS JSON."""

from .dossier_chronology import register  # noqa: F401
