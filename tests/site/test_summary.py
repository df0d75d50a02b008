"""The summary a card shows: whole sentences, never a quotation left open."""

from __future__ import annotations

import pytest

from dossier.site.summary import body_paragraphs, cut_summary, listed_summary, whole_sentences

# seed 002's first two paragraphs: Pelican's 50 words ended inside the quotation of the second
VIF_1 = ("Le ministre français de la Défense Jean-Yves Le Drian va demander lundi à son homologue russe Sergueï "
         "Choïgou de frapper plus le groupe Etat islamique (EI) en Syrie et discuter d’un partage de renseignements "
         "sur cette organisation.")
VIF_2 = ("« On va avoir un échange sur ce que nous considérons comme groupes terroristes, et comment on peut "
         "souhaiter que la Russie renforce son action contre Daech (acronyme de l’EI en arabe) qui est notre seul "
         "ennemi », a déclaré M. Le Drian à quelques journalistes avant son départ pour Moscou.")


def balanced(text: str) -> bool:
    return text.count("«") == text.count("»") and text.count('"') % 2 == 0


def test_the_seed_summary_stops_before_the_quotation():
    assert cut_summary([VIF_1, VIF_2]) == [VIF_1]


def test_a_full_stop_inside_a_quotation_ends_no_sentence():
    assert whole_sentences("« Nous partons. Vous restez », a-t-il dit. Puis il est parti.") == [
        "« Nous partons. Vous restez », a-t-il dit.", "Puis il est parti."]
    assert whole_sentences('La Russie a été "un partenaire. Constructif" à Vienne. Obama a salué ce rôle.') == [
        'La Russie a été "un partenaire. Constructif" à Vienne.', "Obama a salué ce rôle."]
    # a quotation the text never closes ends with its paragraph
    assert whole_sentences("« Nous partons. Vous restez.") == ["« Nous partons. Vous restez."]


def words(n: int, start: str = "") -> str:
    return " ".join([start, *["mot"] * (n - 1)]).strip() + "."


@pytest.mark.parametrize("second,kept", [(4, 2), (5, 1)])  # 6 + 4 words is the limit, 6 + 5 above it
def test_whole_sentences_up_to_the_limit(second, kept):
    text = words(6, "Un") + " " + words(second, "Deux")
    assert cut_summary([text], max_words=10) == [" ".join(whole_sentences(text)[:kept])]


def test_sentences_are_kept_across_paragraphs_and_the_limit_counts_them_all():
    assert cut_summary([words(4, "Un"), words(4, "Deux"), words(4, "Trois")], max_words=10) == [
        words(4, "Un"), words(4, "Deux")]


@pytest.mark.parametrize("n,whole", [(15, True), (16, False)])  # a first sentence up to 1.5 times the limit is whole
def test_a_long_first_sentence_is_whole_or_cut(n, whole):
    text = words(n, "Un")
    assert (cut_summary([text], max_words=10) == [text]) is whole


def test_a_first_sentence_cut_inside_a_quotation_closes_it():
    quote = "« " + " ".join(["on"] * 80) + " », a-t-il dit."
    (out,) = cut_summary([quote], max_words=50)
    assert out.endswith("on … »") and balanced(out)
    straight = 'Il a dit "' + " ".join(["on"] * 80) + '" hier.'
    (out,) = cut_summary([straight], max_words=50)
    assert out.endswith('on …"') and balanced(out)


def test_the_summary_html_is_the_standfirst_or_the_first_paragraphs_escaped():
    assert listed_summary("<p>Le chapô.</p>", "<p>Le texte.</p>") == "<p>Le chapô.</p>"
    html = ('<figure><figcaption><p>Un soldat à Bruxelles. © Belga</p></figcaption></figure>'
            '<p>Le texte &lt;b&gt; commence.</p><h2>Un intertitre</h2><p>Il continue.</p>')
    assert body_paragraphs(html) == ["Le texte <b> commence.", "Il continue."]
    assert listed_summary(None, html) == "<p>Le texte &lt;b&gt; commence.</p><p>Il continue.</p>"
