"""The journalist is not an actor: a byline's authors and a heading crediting a journalist name no actor."""

from __future__ import annotations

import pytest

from dossier.actors import Curated, DocInput, EntityCache, resolve
from dossier.actors.names import is_author
from dossier.convert import parse_article
from tests.actors.test_actors import ent, names
from tests.conftest import DATA
from tests.labelled import parse

EMPTY = Curated()


@pytest.mark.parametrize("name,authors,expected", [
    ("Anne-Laure Vasseur", ["Anne-Laure Vasseur"], True),
    ("Laure Vasseur", ["Anne-Laure Vasseur"], True),  # the model's split of the hyphenated first name
    ("Vasseur", ["Anne-Laure Vasseur"], True),
    ("SYLVIE MARCHAND", ["Sylvie Marchand"], True),  # a transcript's speaker label
    ("Sergei Lavrov", ["Sergueï Lavrov"], True),  # spellings meet as the actors' keys make them
    ("Jean Dupont", ["Marie Dupont"], False),  # another Dupont
    ("Al Assad", ["Khalid Al Suwaidi"], False),  # a particle in common is no name in common
    ("Anne-Laure Vasseur", [], False),
    ("Brightmoor Interactive", ["Publisher: Brightmoor Interactive"], False),  # a misread byline is no one's name
])
def test_is_author(name, authors, expected):
    assert is_author(name, authors) is expected


def test_the_authors_are_not_actors_of_their_article_but_stay_actors_elsewhere():
    note = "Anne-Laure Vasseur est maîtresse de conférences en science politique à l'université Paris-Sud."
    other = "La politologue Anne-Laure Vasseur a témoigné devant la commission."
    docs = [DocInput([note], [ent(note, "Anne-Laure Vasseur", "PER"), ent(note, "Paris-Sud", "LOC")],
                     authors=["Anne-Laure Vasseur"]),
            DocInput([other], [ent(other, "Anne-Laure Vasseur", "PER")])]
    res = resolve(docs, EMPTY)
    assert "Anne-Laure Vasseur" not in names(res, 0) and names(res, 1) == {"Anne-Laure Vasseur"}
    res = resolve([DocInput([note], docs[0].entities)], EMPTY)
    assert "Anne-Laure Vasseur" in names(res, 0)  # without the byline, the name is an actor


def test_a_misread_byline_drops_no_organisation():
    """A leave-one-outlet-out title model once read Destructoid's "Publisher: Brightmoor Interactive" as the byline."""
    b = "Publisher: Brightmoor Interactive. Brightmoor Interactive says a patch is due next week."
    for label in ("ORG", "PER"):  # the model called it a person there
        res = resolve([DocInput([b], [ent(b, "Brightmoor Interactive", label, 1)],
                                authors=["Publisher: Brightmoor Interactive"])], EMPTY)
        assert names(res) == {"Brightmoor Interactive"}, label


def test_a_heading_crediting_a_journalist_names_no_actor():
    heading = "Les explications de Luc Lemonnnier"  # seed 000
    prose = "Les explications de François Hollande n'ont pas convaincu les députés."
    res = resolve([DocInput([heading], [ent(heading, "Luc Lemonnnier", "PER")]),
                   DocInput([prose], [ent(prose, "François Hollande", "PER")])], EMPTY)
    assert names(res, 0) == set() and names(res, 1) == {"François Hollande"}


def test_a_real_byline_through_the_model(shared_ner_cache):
    """HuffPost's op-ed signed « Claire Lestrade », whose author's note at the end names her again."""
    page = parse(DATA / "articles" / "huffingtonpost-fr_tribune-article-42-7.labelled")
    art = parse_article(page.raw_text)
    assert art.authors == ["Claire Lestrade"]
    blocks = [art.title or "", *([art.summary] if art.summary else []), *(b.text for b in art.blocks)]
    (entities,) = EntityCache(shared_ner_cache).get_many([blocks])
    without = names(resolve([DocInput(blocks, entities, art.lang)], EMPTY), typ="Person")
    assert "Claire Lestrade" in without  # what the build did before it read the byline
    found = names(resolve([DocInput(blocks, entities, art.lang, authors=art.authors)], EMPTY), typ="Person")
    assert "Claire Lestrade" not in found
    assert found == without - {"Claire Lestrade"}  # and no one else is lost
    assert {"François Hollande", "Federica Mogherini", "Angela Merkel", "Jean-Claude Juncker"} <= found
