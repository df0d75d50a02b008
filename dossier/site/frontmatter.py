"""Front-matter fields that editors may add to content/articles/*.md, and how they are read.

The converter writes the metadata it found (Title, Date, Source…); these are the fields an
editor adds by hand and the plugins read, lower-cased as Pelican hands them over.
"""

from __future__ import annotations

from typing import Any

ACTORS_ADD = "actors-add"  # « Actors-add: Union européenne; OTAN »
ACTORS_REMOVE = "actors-remove"  # « Actors-remove: Bachar al-Assad »
BOILERPLATE_KEEP = "boilerplate-keep"  # « Boilerplate-keep: partner.labels; Les explications de »
BOILERPLATE = "boilerplate"  # « Boilerplate: off »
UNDATED = "undated"  # written by the converter for an article without a date
SUMMARY = "summary"
# written by the converter: how many body blocks come from above the title (a page pasted whole)
ARTICLE_START = "article-start"

OFF_WORDS = ("off", "false", "no", "non", "0")
TRUE_WORDS = ("true", "yes", "oui", "1")


def split_list(value: Any) -> list[str]:
    """A field holding several items separated by « ; » (or a list), as stripped strings."""
    if not value:
        return []
    if isinstance(value, (list, tuple)):
        value = ";".join(map(str, value))
    return [v.strip().strip("\"'«» ") for v in str(value).split(";") if v.strip()]


def is_off(value: Any) -> bool:
    """A field set to off / false / no / non / 0."""
    return str(value or "").strip().lower() in OFF_WORDS


def is_true(value: Any) -> bool:
    """A field set to true / yes / oui / 1."""
    return str(value or "").strip().lower() in TRUE_WORDS


def int_field(value: Any, default: int = 0) -> int:
    """A field holding a whole number, or the default when it holds anything else."""
    try:
        return max(0, int(str(value).strip()))
    except (TypeError, ValueError):
        return default
