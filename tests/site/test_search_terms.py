"""Search terms are made in Node with the project's stop words, as the Python side lists them."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from dossier.lexicon import stopwords
from tests.conftest import ROOT

node = shutil.which("node")
pytestmark = pytest.mark.skipif(node is None, reason="Node.js is not installed")


def process(terms: list[str]) -> list[str | None]:
    script = (f"const t = require({json.dumps(str(ROOT / 'theme/static/js/search-terms.js'))});"
              f"t.setStopwords({json.dumps(sorted(stopwords()))});"
              f"console.log(JSON.stringify({json.dumps(terms)}.map(t.processTerm)));")
    r = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def test_the_project_stop_words_are_left_out():
    assert process(["Les", "été", "the", "plus"]) == [None, None, None, None]


def test_terms_are_folded_elided_and_stemmed():
    assert process(["Choïgou", "l'EI", "frappes"]) == ["choigou", "ei", "frappe"]



def run_terms(expression: str):
    script = (f"const t = require({json.dumps(str(ROOT / 'theme/static/js/search-terms.js'))});"
              f"t.setStopwords({json.dumps(sorted(stopwords()))});"
              f"console.log(JSON.stringify({expression}));")
    r = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def test_the_site_typography_is_folded_back():
    """The pages' no-break spaces, ’ and non-breaking hyphens index and match as plain signs typed in a query."""
    typeset = "coopération anti\u2011EI, l’État\u202f? «\u202fDaech\u202f»\u00a0: aujourd’hui"
    assert run_terms(f"t.fold({json.dumps(typeset)})") == "cooperation anti-ei, l'etat ? « daech » : aujourd'hui"
    terms = f"t.tokenize({json.dumps(typeset)}).map(t.processTerm).filter(Boolean)"
    assert run_terms(terms) == ["cooperation", "anti", "ei", "etat", "daech", "aujourdhui"]


def test_a_word_is_suggested_without_its_elision():
    assert run_terms("['l’État', \"d'Alep\", 'aujourd’hui'].map(t.bare)") == ["État", "Alep", "aujourd’hui"]
