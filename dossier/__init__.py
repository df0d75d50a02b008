"""The dossier library: raw news text to structured articles, without Pelican."""

__version__ = "0.1.0"
