"""Provenance: what the dossier knows of where an article comes from, and the list of those lacking some."""

from __future__ import annotations

from datetime import date, datetime

from dossier.site.provenance import LISTED_IN_LOG, missing_report, provenance_of, search_labels


class Author:  # what Pelican hands over for `Authors: …`
    def __init__(self, name: str) -> None:
        self.name = name


FULL = {"source": "Le Vif", "authors": [Author("Jean Dupont"), Author("Marie Martin"), Author("Ali Ben")],
        "date": datetime(2015, 12, 20), "undated": False, "original-url": "https://www.levif.be/actu/x.html",
        "collected": "2026-11-21", "converted-from": "raw/002_vif.txt"}
# seed 000 as Pelican reads it: no source, no author, no address
SEED_000 = {"date": datetime(2015, 11, 18), "undated": False, "collected": "2026-11-21",
            "converted-from": "raw/000_2be0edee1e7f5a54.txt"}


def test_every_part_read_from_the_front_matter():
    p = provenance_of(FULL, "content/articles/002.md")
    assert p.missing == ()
    assert p.source == "Le Vif" and p.authors_text == "Jean Dupont, Marie Martin et Ali Ben"
    assert p.published == datetime(2015, 12, 20) and p.collected == date(2026, 11, 21)
    assert p.site == "levif.be"
    assert p.search_record() == ["par Jean Dupont, Marie Martin et Ali Ben", "https://www.levif.be/actu/x.html",
                                 "levif.be", "collecté le 21 novembre 2026"]


def test_missing_parts_are_said_as_missing():
    p = provenance_of(SEED_000)
    assert p.missing == ("source", "authors", "url")
    assert [p.label(x) for x in p.missing] == ["source non renseignée", "auteur non renseigné",
                                              "adresse d’origine non renseignée"]
    assert p.search_record() == ["", "", "", "collecté le 21 novembre 2026"]
    assert search_labels()["authors"] == "auteur non renseigné"
    undated = provenance_of({**SEED_000, "date": datetime(1900, 1, 1), "undated": True, "collected": "hier",
                             "original-url": "javascript:alert(1)"})
    assert undated.missing == ("source", "authors", "date", "url", "collected")
    assert undated.label("date") == "date inconnue" and undated.label("collected", after_label=True) == "non renseignée"


def test_the_build_names_each_article_lacking_some_and_what_to_write():
    shown, listed = missing_report([provenance_of(FULL), provenance_of(SEED_000)], "output/provenance.txt")
    line = ("raw/000_2be0edee1e7f5a54.txt: no source, author, original address (add source:, authors:, url: to "
            "raw/000_2be0edee1e7f5a54.yaml)")
    assert shown == ["1 of 2 articles lack part of their provenance (1 without source, 1 without author, "
                     "1 without original address; list: output/provenance.txt)", line]
    assert listed == [line]
    by_hand = provenance_of({"source": "AFP", "date": datetime(2015, 1, 2)}, "content/articles/note.md")
    assert missing_report([by_hand], "x")[1] == [
        "content/articles/note.md: no author, original address, collection date (add Authors:, Original-url:, "
        "Collected: to its front-matter)"]
    assert missing_report([provenance_of(FULL)], "x") == (
        ["every article has its source, author, dates and original address (1)"], [])


def test_four_hundred_articles_do_not_flood_the_build():
    items = [provenance_of({**FULL, "authors": [], "converted-from": f"raw/{i:03d}.txt"}) for i in range(400)]
    shown, listed = missing_report(items, "output/provenance.txt")
    assert len(listed) == 400 and listed[0] == "raw/000.txt: no author (add authors: to raw/000.yaml)"
    assert len(shown) == 1 + LISTED_IN_LOG + 1
    assert shown[0].startswith("400 of 400 articles lack part of their provenance (400 without author;")
    assert shown[-1] == "… and 390 more in output/provenance.txt"
