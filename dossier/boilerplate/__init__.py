"""Stage 2, boilerplate: tell site furniture (share buttons, paywalls, comment notices…) from article text.

The rules are data (rules.py), grouped by family; engine.py decides block by block; html.py
cleans a rendered article; config.py reads a dossier's settings; figures.py reads captions
with credits.
"""

from dossier.boilerplate.cached import CleanCache
from dossier.boilerplate.config import Config, configure
from dossier.boilerplate.engine import (
    FULL_COVERAGE_DEFAULT,
    SIGNAL_NAMES,
    Block,
    Decision,
    RuleError,
    RuleSet,
    classify,
    default_rules,
    looks_like_boilerplate,
    make_rule,
    repeated_texts,
)
from dossier.boilerplate.figures import split_credit
from dossier.boilerplate.html import block_texts, clean_html, parse

__all__ = ["FULL_COVERAGE_DEFAULT", "SIGNAL_NAMES", "Block", "CleanCache", "Config", "Decision", "RuleError", "RuleSet",
           "block_texts", "classify", "clean_html", "configure", "default_rules", "looks_like_boilerplate",
           "make_rule", "parse", "repeated_texts", "split_credit"]
