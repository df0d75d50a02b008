"""Stage 3, actors: the people, organisations and places the articles name, one record each.

ner.py runs spaCy's French model (cached per article text); candidates.py finds names;
resolve.py makes one actor per real-world entity across the dossier; curated.py reads the
editors' actors file; cooccurrence.py ranks and relates actors; names.py holds keys and slugs.
"""

from dossier.actors.cooccurrence import TYPE_ORDER, named_together, ranked
from dossier.actors.curated import Curated, load_curated
from dossier.actors.names import ORG, PERSON, PLACE, actor_key, actor_slug, is_acronym, named, other_names
from dossier.actors.ner import MODEL_DEFAULT, Entity, EntityCache
from dossier.actors.resolve import ActorRecord, DocInput, Resolution, Span, resolve

__all__ = ["MODEL_DEFAULT", "ORG", "PERSON", "PLACE", "TYPE_ORDER", "ActorRecord", "Curated", "DocInput", "Entity",
           "EntityCache", "Resolution", "Span", "actor_key", "actor_slug", "is_acronym", "load_curated", "named",
           "named_together", "other_names", "ranked", "resolve"]
