"""The cleaner's cache: an unchanged page is not judged again; a change of code, settings or context is."""

from __future__ import annotations

import pytest

from dossier import cache as cache_module
from dossier.boilerplate import cached, default_rules, repeated_texts
from dossier.boilerplate.html import clean_html

PROSE = ("Le ministre a annoncé mardi une série de mesures, dans un discours de vingt minutes devant les députés "
         "réunis en séance extraordinaire.")
HTML = f"<p>{PROSE}</p><p>{PROSE.replace('mardi', 'lundi')}</p><p>{PROSE.replace('mardi', 'jeudi')}</p>" \
       "<p>Partager sur Facebook</p><p>Notre équipe à Lyon</p>"


@pytest.fixture
def calls(monkeypatch):
    seen = []

    def counting(*args, **kwargs):
        seen.append(args[0])
        return clean_html(*args, **kwargs)

    monkeypatch.setattr(cached, "clean_html", counting)
    return seen


def test_an_unchanged_page_is_cleaned_once_with_the_same_result(tmp_path, calls):
    rules = default_rules()
    want = clean_html(HTML, rules)
    assert cached.CleanCache(tmp_path).clean(HTML, rules, frozenset(), []) == want
    assert cached.CleanCache(tmp_path).clean(HTML, rules, frozenset(), []) == want
    assert len(calls) == 1


def test_a_code_or_settings_change_cleans_again(tmp_path, calls, monkeypatch):
    rules = default_rules()
    cached.CleanCache(tmp_path).clean(HTML, rules, frozenset(), [])
    cached.CleanCache(tmp_path, {"disable": ["sharing"]}).clean(HTML, rules, frozenset(), [])
    assert len(calls) == 2
    monkeypatch.setattr(cached, "fingerprint", lambda *names: "another-code")
    cached.CleanCache(tmp_path).clean(HTML, rules, frozenset(), [])
    assert len(calls) == 3
    assert cache_module.fingerprint("boilerplate") != "another-code"


def test_the_page_s_repeated_blocks_and_exceptions_are_part_of_the_key(tmp_path, calls):
    rules = default_rules()
    store = cached.CleanCache(tmp_path)
    alone = store.clean(HTML, rules, frozenset(), [])
    repeated = repeated_texts([store.block_texts(HTML)] * 3, rules.generic)
    assert "notre equipe a lyon" in repeated
    again = store.clean(HTML, rules, repeated, [])
    assert again == clean_html(HTML, rules, repeated) and again != alone
    # a block repeated elsewhere but not on this page does not make another key
    store.clean(HTML, rules, repeated | {"une autre ligne"}, [])
    store.clean(HTML, rules, repeated, ["sharing.labels"])
    assert len(calls) == 3
