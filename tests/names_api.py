"""The project's name functions, as the pinned snapshot of keys and slugs records them."""

from __future__ import annotations

from dossier.actors import actor_key, actor_slug
from dossier.convert.slugs import article_slug
from dossier.text import name_key


def keys_of(name: str) -> dict[str, str]:
    """Every key and slug the project makes of a name."""
    return {"actor_key": actor_key(name), "actor_slug": actor_slug(name), "name_key": name_key(name),
            "article_slug": article_slug(name)}
