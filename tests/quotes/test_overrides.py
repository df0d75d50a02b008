"""content/quotes.yaml: read with one line per bad entry, applied with unknown ids and articles reported."""

from __future__ import annotations

from datetime import date

from dossier.editorfiles import load_quotes_file
from dossier.quotes import Quote
from dossier.quotes.overrides import ADDED, EDITED, Source, apply_overrides

BLOCKS = ["Titre", "Chapô", "« Nous verrons bien demain », a confié un diplomate européen.",
          "Le ministre a ajouté que « rien n'est décidé encore » à Moscou."]
FOUND = {"002-x": [Quote("q-1", "Nous verrons bien demain", 2, 0, 2, 28, "", "un diplomate européen", "verb",
                         "a confié", date(2015, 12, 20), "day", "", BLOCKS[2])]}
SOURCES = {"002-x": Source(BLOCKS, date(2015, 12, 20))}
ACTORS = {"jean-yves le drian": "jean-yves le drian", "m. le drian": "jean-yves le drian"}


def load(tmp_path, text: str):
    (tmp_path / "quotes.yaml").write_text(text, encoding="utf-8")
    return load_quotes_file(tmp_path / "quotes.yaml", tmp_path)


def apply(ov):
    return apply_overrides(FOUND, ov, SOURCES, lambda n: ACTORS.get(n.lower()))


def test_a_missing_file_changes_nothing(tmp_path):
    ov, problems = load_quotes_file(tmp_path / "quotes.yaml", tmp_path)
    assert problems == [] and apply(ov) == ({"002-x": FOUND["002-x"]}, [])


def test_hide_by_id_and_unknown_ids_are_reported(tmp_path):
    ov, problems = load(tmp_path, "hide:\n  - q-1\n  - q-nowhere\n")
    found, more = apply(ov)
    assert problems == [] and found == {"002-x": []}
    assert more == ["quotes: no quotation with id q-nowhere (the ids are the anchors of citations.html: "
                    "citations.html#q-…)"]


def test_re_attribute_to_an_actor_by_any_of_its_names_or_to_words_as_written(tmp_path):
    ov, _ = load(tmp_path, "fix:\n  q-1: M. Le Drian\n")
    q = apply(ov)[0]["002-x"][0]
    assert (q.speaker, q.speaker_name, q.cue, q.date) == (
        "jean-yves le drian", "M. Le Drian", EDITED, date(2015, 12, 20))
    ov, _ = load(tmp_path, "fix:\n  q-1:\n    speaker: un conseiller du Kremlin\n    date: 2015-12-19\n")
    q = apply(ov)[0]["002-x"][0]
    assert (q.speaker, q.speaker_name, q.date, q.precision) == (
        "", "un conseiller du Kremlin", date(2015, 12, 19), "day")


def test_add_one_in_its_paragraph_dated_by_its_article_unless_given(tmp_path):
    ov, problems = load(tmp_path, "add:\n  - article: 002-x\n    text: rien n'est décidé encore\n"
                                  "    speaker: Jean-Yves Le Drian\n"
                                  "  - article: 002-x\n    text: Paroles sans paragraphe\n    speaker: un témoin\n"
                                  "    date: 2015-12\n")
    found, more = apply(ov)
    assert problems == [] and more == []
    _q1, added, elsewhere = found["002-x"]
    assert (added.block, added.speaker, added.cue, added.date, added.precision) == (
        3, "jean-yves le drian", ADDED, date(2015, 12, 20), "day")
    assert added.id.startswith("q-") and added.id == apply(ov)[0]["002-x"][1].id  # the same id at every build
    assert (elsewhere.block, elsewhere.speaker, elsewhere.date, elsewhere.precision) == (
        -1, "", date(2015, 12, 1), "month")


def test_an_added_quotation_in_an_unknown_article_is_reported(tmp_path):
    ov, _ = load(tmp_path, "add:\n  - article: 999-nowhere\n    text: Un mot\n    speaker: X\n")
    assert apply(ov)[1] == ["quotes: add #1: no article '999-nowhere' (give its slug, the name of its page)"]


def test_bad_entries_give_one_line_each_naming_the_file(tmp_path):
    ov, problems = load(tmp_path, "hide: [q-1]\nfix:\n  q-2: {colour: red}\nadd:\n  - article: 002-x\n"
                                  "    speaker: X\n  - text: t\n    article: a\n    speaker: s\n    date: 2015-13-45\n"
                                  "remove: [q-3]\n")
    path = str(tmp_path / "quotes.yaml")
    assert [str(p) for p in problems] == [
        f"{path}: unknown section 'remove' (known: hide, fix, add)",
        f"{path}: fix q-2: write `speaker:` and/or `date:` (write `speaker: Name` or `date: YYYY-MM-DD`)",
        f"{path}: add #1: no text (give `article:` slug, `text:`, `speaker:`)",
        f"{path}: add #2: month must be in 1..12 (give `article:` slug, `text:`, `speaker:`)"]
    assert ov.hide == {"q-1"} and ov.fix == {} and ov.add == []


def test_a_file_that_is_no_mapping_is_ignored_with_its_reason(tmp_path):
    ov, problems = load(tmp_path, "- q-1\n")
    assert [p.message for p in problems] == ["expected the sections hide:, fix:, add:; quotations file ignored"]
