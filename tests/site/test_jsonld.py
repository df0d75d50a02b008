"""JSON-LD records: valid JSON, never able to end their <script> element."""

import json
from datetime import datetime

from dossier.site.jsonld import news_article, script_json


def test_script_json_escapes_what_could_end_the_script():
    data = {"headline": "</script><script>alert(1)</script><!-- & \u2028\u2029"}
    out = script_json(data)
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == data


def test_news_article_fields_and_empty_ones_left_out():
    d = news_article(headline="T", url="articles/t.html", lang="fr", published=datetime(2015, 11, 18),
                     publisher="Le Vif", authors=["Jean Dupont"])
    assert d["@type"] == "NewsArticle" and d["inLanguage"] == "fr"
    assert d["datePublished"] == "2015-11-18T00:00:00" and d["dateModified"] == d["datePublished"]
    assert d["publisher"]["name"] == "Le Vif" and d["author"][0]["name"] == "Jean Dupont"
    undated = news_article(headline="T", url="u", lang="en", published=None)
    assert "datePublished" not in undated and "publisher" not in undated and "mentions" not in undated


def test_agency_is_the_source_organization_not_the_publisher():
    d = news_article(headline="T", url="u", lang="fr", published=None, publisher="Europe 1", source_organization="AFP")
    assert d["publisher"]["name"] == "Europe 1" and d["sourceOrganization"] == {"@type": "Organization", "name": "AFP"}
    wire = news_article(headline="T", url="u", lang="fr", published=None, source_organization="AFP")
    assert "publisher" not in wire and wire["sourceOrganization"]["name"] == "AFP"
    own = news_article(headline="T", url="u", lang="en", published=None, publisher="Reuters",
                       source_organization="Reuters")
    assert "sourceOrganization" not in own
