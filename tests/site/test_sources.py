"""An event's sources on an actor page: one entry per article, its passages in order."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.site.sources import ArticleSources, by_article


@dataclass
class Src:
    article: str
    anchor: str
    title: str = "Hollande rencontre Poutine"
    outlet: str = "Le Vif"


NAMED = ("Hollande rencontre Poutine", "Le Vif")


def test_an_article_reporting_an_event_twice_is_named_once():
    # the seed's 26 November meeting: the title and the standfirst of 000, then a paragraph of 002
    sources = [Src("articles/000.html", ""), Src("articles/000.html", "chapo"), Src("articles/002.html", "p9"),
               Src("articles/000.html", "chapo")]
    assert by_article(sources) == [ArticleSources("articles/000.html", ("", "chapo"), *NAMED),
                                   ArticleSources("articles/002.html", ("p9",), *NAMED)]
