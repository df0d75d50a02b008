"""Named entities from spaCy's French pipeline, cached per article content.

The model is the expensive part of a build (2 s to load, tens of ms an article), so its
output is kept in a cache folder, one JSON file per article text, keyed by the text, the
model's name and version, and EXTRACTOR_VERSION.  A rebuild where no article changed never
loads the model.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

MODEL_DEFAULT = "fr_core_news_md"
# Bump when the entities kept from the model change shape.
EXTRACTOR_VERSION = "1"
LABELS = ("PER", "ORG", "LOC", "MISC")


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
    h = hashlib.sha256(f"{model}\0{model_version(model)}\0{EXTRACTOR_VERSION}".encode())
    for b in blocks:
        h.update(b"\0" + b.encode("utf-8"))
    return h.hexdigest()[:24]


@lru_cache(maxsize=2)
def load_model(name: str):
    """Load a spaCy pipeline from its installed package (never from the network)."""
    import spacy

    log.info("ner: loading %s", name)
    # the lemmatizer is not used and is the slowest component to load
    return spacy.load(name, exclude=["lemmatizer"])


class EntityCache:
    """Entities per article text, from the cache folder or the model."""

    def __init__(self, folder: Path, model: str = MODEL_DEFAULT) -> None:
        self.folder = Path(folder)
        self.model = model
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get_many(self, articles: Sequence[Sequence[str]]) -> list[list[Entity]]:
        """Entities of each article (a list of text blocks), running the model only on new texts."""
        keys = [cache_key(blocks, self.model) for blocks in articles]
        out: list[list[Entity] | None] = []
        todo = []
        for i, key in enumerate(keys):
            path = self._path(key)
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                out.append([Entity(**e) for e in data["entities"]])
                self.hits += 1
            except (OSError, ValueError, KeyError, TypeError):
                out.append(None)
                todo.append(i)
        if todo:
            self.misses += len(todo)
            nlp = load_model(self.model)
            for i in todo:
                ents = []
                for b, doc in enumerate(nlp.pipe(articles[i], batch_size=64)):
                    ents += [Entity(b, e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS]
                out[i] = ents
                path = self._path(keys[i])
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(json.dumps({"model": self.model, "entities": [asdict(e) for e in ents]}),
                               encoding="utf-8")
                tmp.replace(path)  # never a half-written file for the next build
        return [o or [] for o in out]
