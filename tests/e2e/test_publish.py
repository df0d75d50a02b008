"""Publishing on GitHub Pages: the publish build, the zip, the workflow file."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT, new_project, run_build

SITE = "https://example.github.io/dossier"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    proj = new_project(tmp_path_factory.mktemp("publish") / "proj", seeds=True)
    conv, pel = run_build(proj, conf="publishconf.py", siteurl=SITE)
    assert pel.returncode == 0, pel.stdout + pel.stderr
    assert "WARNING" not in pel.stdout + pel.stderr
    return proj / "output"


@pytest.mark.build
def test_atom_feed_with_absolute_links(published):
    feed = ElementTree.parse(published / "feeds" / "all.atom.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    links = [e.get("href") for e in feed.findall("a:entry/a:link", ns)]
    assert len(links) == 2 and all(u.startswith(SITE + "/articles/") for u in links)
    entry = ElementTree.tostring(feed, encoding="unicode")
    assert "Contenu partenaire" not in entry  # feeds get the cleaned content


@pytest.mark.build
def test_sitemap_lists_the_pages(published):
    sitemap = (published / "sitemap.xml").read_text(encoding="utf-8")
    assert f"{SITE}/articles/002-c8da9b7f2b29b121.html" in sitemap and f"{SITE}/chronologie.html" in sitemap


@pytest.mark.build
def test_404_page_works_at_any_depth(published):
    """Its links start at the site's path on its server: no request to another host, from the zip either."""
    soup = BeautifulSoup((published / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.find("link", rel="stylesheet")["href"] == "/dossier/theme/css/dossier.css"
    assert all(a["href"].startswith("/dossier/") for a in soup.select("main a, .site-header a"))


@pytest.mark.build
def test_pages_stay_relative_and_jsonld_is_absolute(published):
    html = (published / "articles" / "002-c8da9b7f2b29b121.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("link", rel="stylesheet")["href"] == "../theme/css/dossier.css"
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["url"] == f"{SITE}/articles/002-c8da9b7f2b29b121.html"


@pytest.mark.build
def test_nojekyll_zip_and_service_worker(published):
    assert (published / ".nojekyll").exists()
    with zipfile.ZipFile(published / "dossier.zip") as z:
        names = set(z.namelist())
    assert {"dossier/index.html", "dossier/chronologie.html", "dossier/search-index.js",
            "dossier/articles/002-c8da9b7f2b29b121.html", "dossier/theme/css/dossier.css"} <= names
    assert "dossier/dossier.zip" not in names
    sw = (published / "sw.js").read_text(encoding="utf-8")
    assert '"index.html"' in sw and '"chronologie.html"' in sw and "__FILES__" not in sw


def test_workflow_is_a_valid_github_actions_file():
    r = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                        str(ROOT / ".github" / "workflows" / "pages.yml")], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in text
    assert "make publish" in text
