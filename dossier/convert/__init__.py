"""Stage 1, the converter: raw/*.txt to content/articles/*.md, incrementally, without losing a line.

Run as ``python -m dossier.convert RAW_DIR OUT_DIR [--force] [--strict]``.
"""

from dossier.convert.article import parse_article
from dossier.convert.reading import RawInputError, RawText, read_raw
from dossier.convert.records import Article, BodyBlock
from dossier.convert.run import Report, convert_dir, main

__all__ = ["Article", "BodyBlock", "RawInputError", "RawText", "Report", "convert_dir", "main", "parse_article",
           "read_raw"]
