"""Names the dossier knows, found again in the articles where the model missed them.

The French model misses names on English text ("took him to David Cameron in Paris on Monday")
and acronyms it has not seen (« les hommes du RAID »).  Once the dossier has met a person's full
name or an organisation's name in some article, every capitalised run of another article that
spells it (a person's in any transliteration: :func:`dossier.actors.names.person_key`) is a
mention too — unless a candidate of the article covers that stretch already, or the name signs
the text (a byline, a credit).  Two passes over the dossier, dictionaries in between: linear.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from dossier.actors.candidates import CAPS_RUN, KNOWN_LABEL, Candidate, first_sentence, signed, strip_titles, trim
from dossier.actors.coref import Typed
from dossier.actors.names import ORG, PERSON, actor_key, is_acronym, org_key, org_words, person_key
from dossier.text import fold

KNOWN = KNOWN_LABEL  # the label of a candidate found by this pass
# A known organisation's acronym is looked for only from this many letters ("UN", "IS" are words).
ACRONYM_MIN_LETTERS = 3


def known_organisations(typed_docs: Sequence[Sequence[Typed]]) -> dict[str, str]:
    """Keys of the organisations the dossier names in full or by an acronym of three letters or more -> name."""
    out: dict[str, str] = {}
    for found in typed_docs:
        for name, typ, _c in found:
            if typ == ORG and (len(name.split()) > 1 or is_acronym(name) and len(name) >= ACRONYM_MIN_LETTERS
                               or fold(name) in org_words()):
                out.setdefault(actor_key(name), name)
    return out


def organisations_by_key(typed_docs: Sequence[Sequence[Typed]]) -> dict[str, str]:
    """Every organisation of the dossier by its French-and-English key (org_key) -> its name as first met."""
    out: dict[str, str] = {}
    for found in typed_docs:
        for name, typ, _c in found:
            if typ == ORG and org_key(name):
                out.setdefault(org_key(name), name)
    return out


def found_again(blocks: Sequence[str], lang: str, found: Sequence[Typed], people: Collection[str],
                organisations: dict[str, str]) -> list[Typed]:
    """Mentions of names the dossier knows (`people`: person keys of full names) that the article's candidates miss."""
    covered: dict[int, bytearray] = {}
    for _name, _typ, c in found:
        seen = covered.setdefault(c.block, bytearray(len(blocks[c.block])))
        seen[c.start:c.end] = b"\x01" * (c.end - c.start)
    out: list[Typed] = []
    for b, block in enumerate(blocks):
        mask = covered.get(b)
        for m in CAPS_RUN.finditer(block):
            name, _titled = strip_titles(first_sentence(m.group(0)))
            for n in trim(name, lang == "en", lang):
                start = block.find(n, m.start())
                if start < 0 or (mask is not None and any(mask[start:start + len(n)])):
                    continue
                c = Candidate(n, b, start, start + len(n), KNOWN)
                typed = _known(n, people, organisations)
                if typed is not None and not signed(block, c):
                    out.append((typed[0], typed[1], c))
    return out


def _known(name: str, people: Collection[str], organisations: dict[str, str]) -> tuple[str, str] | None:
    if len(name.split()) > 1 and person_key(name) in people:
        return name, PERSON
    k = actor_key(name)
    if k in organisations and (len(name.split()) > 1 or name.isupper() or fold(name) in org_words()):
        return organisations[k], ORG  # « le Sénat », "the Bundestag": an institution's own name
    return None
