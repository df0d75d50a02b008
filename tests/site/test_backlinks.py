"""The way back from a cited paragraph to the chronology entries citing it, and how those name their sources."""

from __future__ import annotations

from datetime import date

from dossier.chronology import Publication, build_events, citations, find_dated, merge, timelinejs
from dossier.site import anchor_paragraphs, article_text, with_backlinks

BODY = "<p>Paris a réclamé mardi l'assistance militaire.</p>\n<p>L'UE a fait part de son soutien.</p>"


def test_each_cited_paragraph_gets_a_link_back_to_each_entry_and_only_those():
    html = anchor_paragraphs(BODY)
    links = {"p1": [("chronologie.html#e-1", "17 novembre 2015"), ("chronologie/2015-11.html#e-2", "18 novembre 2015")]}
    out = with_backlinks(html, links, "..")
    assert out == ('<p id="p1">Paris a réclamé mardi l\'assistance militaire. <span class="chrono-back">↩ Retour à la '
                   'chronologie : <a href="../chronologie.html#e-1">17 novembre 2015</a> · '
                   '<a href="../chronologie/2015-11.html#e-2">18 novembre 2015</a></span></p>\n'
                   '<p id="p2">L\'UE a fait part de son soutien.</p>')
    assert with_backlinks(html, {}, "..") == html


def test_the_standfirst_gets_its_links_at_its_end():
    summary = "<p>François Hollande va rencontrer Barack Obama le 24 novembre.</p>"
    out = with_backlinks(summary, {"chapo": [("chronologie.html#e-3", "24 novembre 2015")]}, ".", whole="chapo")
    assert out == summary + (' <span class="chrono-back">↩ Retour à la chronologie : '
                             '<a href="./chronologie.html#e-3">24 novembre 2015</a></span>')


def test_sources_are_named_by_outlet_and_title_and_link_their_paragraph():
    text = article_text("Le ministre français de la Défense à Moscou pour parler de coopération anti-EI", None,
                        anchor_paragraphs("<p>Le ministre Jean-Yves Le Drian va demander lundi à Sergueï Choïgou de "
                                          "frapper plus le groupe État islamique.</p>"))
    events = build_events(find_dated(text.blocks, date(2015, 12, 20)), text.anchors, "articles/002.html")
    for e in events:
        e.title, e.outlet = text.blocks[0], "Le Vif"
    other = build_events(find_dated(["Untitled", "Paris a réclamé mardi l'assistance."], date(2015, 11, 18)),
                         ["", "p4"], "articles/000.html")
    for e in other:
        e.title = "Hollande et Poutine"
    entries = merge(events + other)
    assert [s.label for e in entries for s in e.cited] == [
        "Hollande et Poutine",
        "Le Vif — Le ministre français de la Défense à Moscou pour parler de coopération anti-EI"]
    assert [s.url for e in entries for s in e.cited] == ["articles/000.html#p4", "articles/002.html#p1"]
    data = timelinejs(entries, [Publication(date(2015, 12, 20), "T", "articles/002.html", "002")], "Dossier")
    assert data["events"][1]["text"]["text"] == ('<ul><li><a href="articles/002.html#p1">Le Vif — Le ministre '
                                                 'français de la Défense à Moscou pour parler de coopération '
                                                 'anti-EI</a></li></ul>')
    events[0].title = "Un titre qui ne finit pas : " + "très " * 30 + "long"
    assert events[0].label == "Le Vif — Un titre qui ne finit pas : " + "très " * 9 + "très…"  # cut on a word


def test_citations_give_each_article_the_entries_of_its_paragraphs():
    blocks = ["Hollande à Washington",
              "Paris a réclamé mardi l'assistance militaire. Obama a salué mercredi la Russie."]
    entries = merge(build_events(find_dated(blocks, date(2015, 11, 18)), ["", "p3"], "articles/000.html"))
    got = citations(entries, lambda e: "chronologie/2015-11.html")
    assert got == {"articles/000.html": {"p3": [(f"chronologie/2015-11.html#{entries[0].id}", "17 novembre 2015"),
                                                (f"chronologie/2015-11.html#{entries[1].id}", "18 novembre 2015")]}}
