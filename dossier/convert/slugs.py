"""Page names of the articles: one path segment each, safe characters, never two alike.

An article's page is ``articles/SLUG.html`` and its Markdown ``content/articles/SLUG.md``.
The slug comes from the sidecar's ``slug:`` when it is a valid page name, else from the raw
file's name.  Two raw files whose names give the same slug (``Été.txt`` and ``ete.txt``), a
sidecar slug equal to another article's, or a file an editor wrote by hand under that name:
the later one gets ``-2``, ``-3``… and a warning says so — no article is ever lost.  An
article keeps the slug it already had, so adding a file never renames another's page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier.text import slugify

# A page name: lower-case letters, digits and inner hyphens, one path segment, not too long.
VALID_SLUG = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
SLUG_MAX_CHARS = 80


def article_slug(name: str) -> str:
    """The slug of an article made from its raw file's name."""
    return slugify(name, default="article")[:SLUG_MAX_CHARS].strip("-") or "article"


@dataclass(frozen=True)
class Claim:
    """A raw file and the slug it asks for."""

    path: Path
    wanted: str


def is_valid(slug: str) -> bool:
    """A slug that is one safe path segment."""
    return VALID_SLUG.match(slug) is not None


def assign(claims: Sequence[Claim], owners: dict[str, str | None], warn: Callable[[str], None]) -> dict[Path, str]:
    """A unique slug for every claim.

    `owners` maps the slugs already taken in content/articles/ to the name of the raw file that
    owns each (raw/ is flat: a name identifies a file; None: a file written by hand, never given
    to anyone else).  A claim keeps a slug its own
    raw file already owns when that slug is its wanted one or a numbered form of it.
    """
    taken: dict[str, str] = {s: (o or "a file written by hand") for s, o in owners.items()}
    names = {c.path: c.path.name for c in claims}
    out: dict[Path, str] = {}
    for c in claims:  # 1. a slug this raw file already owns
        mine = [s for s, o in owners.items() if o == names[c.path] and _numbered(s, c.wanted)]
        if mine:
            out[c.path] = min(mine, key=len)
            taken[out[c.path]] = names[c.path]
    for c in claims:  # 2. the others, in the order of their file names
        if c.path in out:
            continue
        slug, n = c.wanted, 1
        while slug in taken and taken[slug] != names[c.path]:
            n += 1
            slug = f"{c.wanted}-{n}"
        out[c.path] = slug
        taken[slug] = names[c.path]
    for c in claims:  # as long as an article does not have the name it asks for, say so
        if out[c.path] != c.wanted:
            warn(f"{c.path}: its page name {c.wanted!r} is taken by {taken.get(c.wanted, 'another article')}; "
                 f"published as {out[c.path]!r} (set `slug:` in {c.path.with_suffix('.yaml')} to choose another)")
    return out


def _numbered(slug: str, base: str) -> bool:
    return slug == base or re.fullmatch(re.escape(base) + r"-\d+", slug) is not None
