"""Stage 5, quotations: who said what, French and English, from each article's text and its actors' mentions.

marks.py finds the quotation marks (across paragraphs) and masks the quoted words; cues.py finds
the speech clauses around a quotation; speakers.py names who each clause names, from the actors'
mentions passed in as data; extract.py is the orchestrator (:func:`find_quotes`, and its cached
first half :func:`scan_quotes`); words.py reads the closed classes of words (data/*/quotes.txt).
"""

from dossier.quotes.extract import (
    MIN_WORDS,
    QUOTES_VERSION,
    Quote,
    attribute,
    cached_quotes,
    find_quotes,
    quote_id,
    quotes_key,
    scan_key,
    scan_quotes,
)
from dossier.quotes.speakers import Mention

__all__ = ["MIN_WORDS", "QUOTES_VERSION", "Mention", "Quote", "attribute", "cached_quotes", "find_quotes", "quote_id",
           "quotes_key", "scan_key", "scan_quotes"]
