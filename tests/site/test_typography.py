"""French and English typography: each rule, what is never touched, and setting twice changes nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.site.typography import EN_DASH, NBHY, NBSP, NNBSP, NOWRAP_OPEN, language, typeset, typeset_html

N, B, H, D = NNBSP, NBSP, NBHY, EN_DASH


@pytest.mark.parametrize(("text", "expected"), [
    # high punctuation: a narrow no-break space, in place of a space or added
    ("Pourquoi ? Parce que ; enfin !", f"Pourquoi{N}? Parce que{N}; enfin{N}!"),
    ("Pourquoi? Vraiment!", f"Pourquoi{N}? Vraiment{N}!"),
    (f"Qui{B}?", f"Qui{N}?"),
    ("Quoi ?! (?) :)", f"Quoi{N}?! (?) :)"),  # no space inside "?!", "(?)", ":)"
    # colon: a no-break space when it ends a clause; never in a time or a ratio
    ("Il a dit : oui. Note: voir", f"Il a dit{B}: oui. Note{B}: voir"),
    ("à 10:30, score 3:1", "à 10:30, score 3:1"),
    # guillemets hold their words
    ("« Non », a-t-il dit", f"«{N}Non{N}», a{H}t{H}il dit"),
    ("«Non»", f"«{N}Non{N}»"),
    # straight quotes: guillemets; inside guillemets, “ ”
    ('Il a dit "non" hier', f"Il a dit «{N}non{N}» hier"),
    ('« il a dit "non" »', f"«{N}il a dit “non”{N}»"),
    ('un "a" et un "b', f'un «{N}a{N}» et un "b'),  # the quote left open stays as it is
    # apostrophes
    ("l'État d'urgence, aujourd'hui", "l’État d’urgence, aujourd’hui"),
    # ranges: en dash; not a date, a phone number or a code
    ("du 13-15 novembre, 2014-2015, 2014-15", f"du 13{D}15 novembre, 2014{D}2015, 2014{D}15"),
    ("novembre-décembre 2015", f"novembre{D}décembre 2015"),
    ("le 2015-11-24, au 01-23-45-67, ISBN 978-2-07", "le 2015-11-24, au 01-23-45-67, ISBN 978-2-07"),
    ("un score de 15-13 novembre", "un score de 15-13 novembre"),  # not a range: 15 > 13
    ("les 12-14 morts", "les 12-14 morts"),  # no month beside the numbers
    # non-breaking hyphen: a part of 3 letters or fewer, or an acronym
    ("anti-EI, ex-président, vis-à-vis, c'est-à-dire", f"anti{H}EI, ex{H}président, vis{H}à{H}vis, c’est{H}à{H}dire"),
    ("porte-avions, Jean-Yves, Saint-Pétersbourg, anti-OTAN",
     f"porte-avions, Jean-Yves, Saint-Pétersbourg, anti{H}OTAN"),
    ("fichier-de.txt, G20-EI, a-b/c", "fichier-de.txt, G20-EI, a-b/c"),
    # percent
    ("à 80% et 5 %", f"à 80{N}% et 5{N}%"),
])
def test_french(text, expected):
    assert typeset(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Why? Because; then: done!", "Why? Because; then: done!"),  # no space before ; : ? !
    ('He said "no" and left', "He said “no” and left"),
    ("It's the 'best' of the '90s", "It’s the ‘best’ of the ’90s"),
    ("November 13-15, 2014-2015", f"November 13{D}15, 2014{D}2015"),
    ("anti-ISIS, e-mail, well-known", f"anti{H}ISIS, e{H}mail, well-known"),
    ("« Non »", "« Non »"),
    ("80%", "80%"),
])
def test_english(text, expected):
    assert typeset(text, "en") == expected


@pytest.mark.parametrize("text", [
    "http://example.org/a-b?q=1:2;x", "voir https://a.fr/l'état?x=1 ou www.b-c.fr/d!",
    "écrire à jean-luc.ex@mail-ab.fr", "à 10:30", "des &amp; et &#39; littéraux",
])
def test_addresses_and_times_are_never_touched(text):
    kept = re.compile(r"\S*[/@:;]\S*")
    assert kept.findall(typeset(text, "fr")) == kept.findall(text)


@pytest.mark.parametrize("lang", ["de", "es", "", None])
def test_other_languages_stay_as_written(lang):
    assert typeset('Was? "Ja" l\'a-b', lang) == 'Was? "Ja" l\'a-b'


def test_plain_hyphens_on_request():
    assert typeset("la coalition anti-EI", "fr", nonbreaking_hyphens=False) == "la coalition anti-EI"


def test_language_tags():
    assert [language(x) for x in ("fr", "fr-BE", "FR_ca", "en-GB", "de", None)] == ["fr", "fr", "fr", "en", None, None]


PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><title>Qui? — Dossier</title>
<meta name="description" content="Qui? Moi">
<script type="application/ld+json">{"headline": "Qui? l'État", "url": "a.html?x=1"}</script>
<style>a::before { content: "x ?"; }</style></head>
<body>
<p>Il a dit «<em>non</em>» : <a href="recherche.html?q=a:b" data-x="l'a ?">voir</a>?</p>
<article lang="en"><div><p>Why? "Yes", it's <span lang="fr">oui?</span></p></div><p>No?</p></article>
<p>Là? <code>a ? b</code> <pre>x ; y</pre> <img alt="L&#39;État?" src="a?b.png"></p>
<svg><text x="1">13-15 novembre?</text><title>Qui?</title></svg>
<p lang="de">Was?</p>
</body></html>"""


def test_a_page_is_set_in_its_languages():
    out = typeset_html(PAGE, "fr")
    assert "<title>Qui\u202f? — Dossier</title>" in out
    assert f"«{N}<em>non</em>{N}»{B}: <a" in out  # the spaces stand outside the tag
    assert f"voir</a>{N}?" in out
    assert "<p>Why? “Yes”, it’s" in out and f"oui{N}?</span>" in out and "<p>No?</p>" in out  # English inside
    assert f"<p>Là{N}?" in out
    assert f"<text x=\"1\">13{D}15 novembre{N}?</text><title>Qui{N}?</title>" in out  # SVG text is shown
    assert 'alt="L’État\u202f?"' in out  # an attribute the reader is shown
    assert "<p lang=\"de\">Was?</p>" in out


def test_what_a_page_does_not_show_is_never_touched():
    out = typeset_html(PAGE, "fr")
    for kept in ('content="Qui? Moi"', '{"headline": "Qui? l\'État", "url": "a.html?x=1"}', 'content: "x ?"',
                 'href="recherche.html?q=a:b" data-x="l\'a ?"', "<code>a ? b</code>", "<pre>x ; y</pre>",
                 'src="a?b.png"', "<!DOCTYPE html>"):
        assert kept in out


def test_a_page_keeps_short_compounds_whole_with_their_hyphens():
    """In a page the text keeps its hyphen (found and copied as typed), a nowrap span keeps it on one line."""
    out = typeset_html('<p lang="fr">La coalition anti-EI, <a href="x">a-t-il</a> dit, porte-avions</p>', "fr")
    assert out == ('<p lang="fr">La coalition <span class="nowrap">anti-EI</span>, '
                   '<a href="x"><span class="nowrap">a-t-il</span></a> dit, porte-avions</p>')
    # where markup cannot go, the hyphen stays plain
    text_only = '<title>anti-EI</title><svg><text>anti-EI</text></svg><select><option>anti-EI</option></select>'
    assert typeset_html(text_only, "fr") == text_only
    assert typeset_html('<img alt="anti-EI">', "fr") == '<img alt="anti-EI">'


def test_entities_stay_escaped():
    assert typeset_html("<p>a &lt;b&gt; &amp; c ?</p>", "fr") == f"<p>a &lt;b&gt; &amp; c{N}?</p>"


def test_a_page_without_lang_takes_the_default():
    assert typeset_html("<p>Why?</p>", "en") == "<p>Why?</p>"
    assert typeset_html("<p>Pourquoi?</p>", "fr") == f"<p>Pourquoi{N}?</p>"


# Idempotence: setting a text twice changes nothing more, whatever the text.
WORDS = st.sampled_from(["a", "é", "E", "I", "mot", "EI", "anti", "novembre", "mai", "2014", "15", "1", "0", " ", " ",
                         "\u00a0", "\u202f", "\n", ";", ":", "?", "!", "%", ".", ",", "(", ")", "«", "»", '"', "'",
                         "’", "-", "–", "\u2011", "…", "http://x.fr/?a=b ", "a@b.fr", "&"])
TAGS = st.sampled_from(["<em>", "</em>", "<p>", "</p>", '<a href="x?y: z">', "</a>", '<span lang="en">', "</span>",
                        "<br>", "<code>a ? b</code>", "<!-- c? -->", '<p title="l\'a ?">'])
TEXTS = st.lists(WORDS, max_size=40).map("".join)
PAGES = st.lists(st.one_of(WORDS, TAGS), max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(TEXTS, st.sampled_from(["fr", "en"]))
def test_typeset_is_idempotent(text, lang):
    once = typeset(text, lang)
    assert typeset(once, lang) == once


@settings(max_examples=1500, deadline=None)
@given(PAGES, st.sampled_from(["fr", "en"]))
def test_typeset_html_is_idempotent_and_keeps_every_tag(page, lang):
    once = typeset_html(page, lang)
    assert typeset_html(once, lang) == once
    # every tag kept; the only ones added keep a compound on one line
    tags = re.compile(r"<[^>]*>")
    unwrapped = re.sub(rf"{NOWRAP_OPEN}([^<]*)</span>", r"\1", once)
    assert [t for t in tags.findall(unwrapped) if "title=" not in t] == [t for t in tags.findall(page)
                                                                         if "title=" not in t]
    assert NBHY not in once or NBHY in page  # pages write no U+2011 of their own
