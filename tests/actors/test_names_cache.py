"""Each article's names cached by content: an unchanged article is not read again, a code change is."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from dossier.actors import DocInput, Entity, load_curated, resolve
from tests.conftest import ROOT

resolve_module = importlib.import_module("dossier.actors.resolve")  # the package's `resolve` is the function

CURATED, _ = load_curated(ROOT / "content" / "actors.yaml")
A = ("Jean-Yves Le Drian est à Moscou avec le ministre russe Sergueï Lavrov. M. Le Drian a rencontré "
     "le collectif Anonymous et le tribunal correctionnel de Grenoble.")
B = "Le président François Hollande a parlé à Angela Merkel. Merkel a répondu à l'ONU."


def ents(block: str, *texts: tuple[str, str]) -> list[Entity]:
    return [Entity(0, block.index(t), block.index(t) + len(t), label) for t, label in texts]


DOCS = [DocInput([A], ents(A, ("Jean-Yves Le Drian", "PER"), ("Moscou", "LOC"), ("M. Le Drian", "PER"))),
        DocInput([B], ents(B, ("François Hollande", "PER"), ("Angela Merkel", "PER"), ("Merkel", "LOC")))]


class Store(dict[str, Any]):
    def put(self, key: str, data: Any) -> None:
        self[key] = data


@pytest.fixture
def calls(monkeypatch):
    seen: list[str] = []
    real = resolve_module.article_names

    def counting(doc, curated):
        seen.append(doc.blocks[0])
        return real(doc, curated)

    monkeypatch.setattr(resolve_module, "article_names", counting)
    return seen


def summary(res) -> tuple:
    return ({k: (a.name, a.type, a.slug, dict(a.names)) for k, a in res.actors.items()},
            [dict(m) for m in res.mentions], res.spans, res.problems)


def test_a_warm_resolution_reads_no_article_and_finds_the_same_actors(calls):
    store = Store()
    cold = summary(resolve(DOCS, CURATED, store))
    assert len(calls) == 2 and len(store) == 2
    warm = summary(resolve(DOCS, CURATED, store))
    assert len(calls) == 2
    assert warm == cold == summary(resolve(DOCS, CURATED))
    assert "Sergueï Lavrov" in {a[0] for a in cold[0].values()}


def test_only_the_changed_article_is_read_again(calls):
    store = Store()
    resolve(DOCS, CURATED, store)
    changed = DocInput([B.replace("Angela", "Frau Angela")], DOCS[1].entities)
    resolve([DOCS[0], changed], CURATED, store)
    assert calls[2:] == [changed.blocks[0]]


def test_a_change_of_code_or_curated_file_reads_every_article_again(calls, monkeypatch):
    store = Store()
    resolve(DOCS, CURATED, store)
    other, _ = load_curated(None)
    resolve(DOCS, other, store)
    assert len(calls) == 4
    monkeypatch.setattr(resolve_module, "fingerprint", lambda *names: "another-code")
    resolve(DOCS, CURATED, store)
    assert len(calls) == 6
