"""Named entities from spaCy's French pipeline, cached per article content.

The model is the expensive part of a build (2 s to load, tens of ms an article), so its
output is kept in a cache folder, one JSON file per article text, keyed by the text, the
model's name and version, and EXTRACTOR_VERSION.  A rebuild where no article changed never
loads the model.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dossier.cache import JsonCache, content_key

log = logging.getLogger(__name__)

MODEL_DEFAULT = "fr_core_news_md"
# Bump when the entities kept from the model change shape.
EXTRACTOR_VERSION = "1"
LABELS = ("PER", "ORG", "LOC", "MISC")
# Components whose output the entities never read (the lemmatizer is also the slowest to load).  The
# parser stays: its sentence boundaries bound the entities (without it 3% of the labelled set's blocks
# get other entities); without these three, every block of the labelled set gets the same entities.
UNUSED_COMPONENTS = ("lemmatizer", "morphologizer", "attribute_ruler")


@dataclass(frozen=True)
class Entity:
    """An entity the model found: which block, where in it, which label."""

    block: int
    start: int
    end: int
    label: str


def model_version(name: str) -> str:
    """Installed version of a model package, without loading it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name.replace("_", "-"))
    except PackageNotFoundError:
        return "missing"


def cache_key(blocks: Sequence[str], model: str) -> str:
    """Key of an article's entities: its text, the model and the extractor."""
    return content_key(model, model_version(model), EXTRACTOR_VERSION, *blocks)


@lru_cache(maxsize=2)
def load_model(name: str) -> Any:
    """Load a spaCy pipeline from its installed package (never from the network)."""
    import spacy

    log.info("ner: loading %s", name)
    return spacy.load(name, exclude=list(UNUSED_COMPONENTS))


class EntityCache:
    """Entities per article text, from the cache folder or the model."""

    def __init__(self, folder: Path, model: str = MODEL_DEFAULT) -> None:
        self.store = JsonCache(folder)
        self.model = model
        self.hits = 0
        self.misses = 0

    def get_many(self, articles: Sequence[Sequence[str]]) -> list[list[Entity]]:
        """Entities of each article (a list of text blocks), running the model only on new texts."""
        keys = [cache_key(blocks, self.model) for blocks in articles]
        out: list[list[Entity] | None] = []
        for key in keys:
            data = self.store.get(key)
            try:
                out.append([Entity(**e) for e in data["entities"]] if data is not None else None)
            except (KeyError, TypeError):
                out.append(None)
        todo = [i for i, o in enumerate(out) if o is None]
        self.hits += len(articles) - len(todo)
        self.misses += len(todo)
        if todo:
            nlp = load_model(self.model)
            # every block of every new article in one stream: the model batches across articles.
            # (n_process=2 was measured no faster on the labelled set's blocks, and forks inside Pelican.)
            where = [(i, b) for i in todo for b in range(len(articles[i]))]
            # a block beyond what the model accepts (only a hand-written file can hold one) is not read
            texts = (articles[i][b] if len(articles[i][b]) < nlp.max_length else "" for i, b in where)
            found: dict[int, list[Entity]] = {i: [] for i in todo}
            for (i, b), doc in zip(where, nlp.pipe(texts, batch_size=64), strict=True):
                found[i] += [Entity(b, e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
            for i in todo:
                out[i] = found[i]
                self.store.put(keys[i], {"model": self.model, "entities": [asdict(e) for e in found[i]]})
        return [o or [] for o in out]
