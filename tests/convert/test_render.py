"""Raw text is not Markdown: whatever a line holds, the reader sees exactly that line."""

import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.convert.render import content_hash, escape

MD = markdown.Markdown(extensions=["markdown.extensions.meta"], output_format="html5")


def rendered_text(body: str) -> tuple[str, str]:
    # as in a converted file: front-matter, a blank line, then the body
    html = MD.reset().convert("Title: t\nLang: fr\n\n" + body)
    return html, BeautifulSoup(html, "html.parser").get_text()


TRAPS = [
    "*gras* et _italique_ et **fort**", "# pas un titre", "## ni celui-ci ##", "1. pas une liste", "2) non plus",
    "- ni une puce", "+ ni celle-ci", "* ni celle-là", "[lien](http://example.org)", "![image](x.png)",
    "<script>alert('Anonymous')</script>", "<b>Expect us</b>", "<!-- commentaire -->", "AT&T &amp; &lt;b&gt;",
    "> pas une citation", "---", "===", "    code indenté", "`code` et ``double``", "\\backslash\\",
    "Title: pas une métadonnée", ": définition", "<http://example.org>", "a  b  (deux espaces)  ",
    "*[HTML]: abréviation", "[^1]: note", "{: .classe}", "| a | b |", "http://example.org/un_lien_souligné",
]


def test_markup_traps_render_literally():
    for trap in TRAPS:
        html, text = rendered_text(escape(trap))
        assert text.strip() == " ".join(trap.split()), (trap, html)
        assert "<script" not in html and "<b>" not in html and "<a " not in html and "<img" not in html


def test_heading_prefix_keeps_text_literal():
    for trap in TRAPS:
        html, text = rendered_text("## " + escape(trap))
        assert html.startswith("<h2>"), trap
        assert text == " ".join(trap.split()), (trap, html)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("*_#<>&[]()!`\\-+=.:|{}"),
               min_size=1, max_size=60))
def test_any_line_renders_to_itself(line):
    expected = " ".join(line.split())
    if not expected:
        return
    _html, text = rendered_text(escape(line))
    assert text.strip() == expected


def test_content_hash_ignores_its_own_line():
    text = "Title: x\nContent-hash: abc\n\nBody"
    assert content_hash(text) == content_hash("Title: x\n\nBody")
    assert content_hash(text) != content_hash("Title: x\n\nBody edited")
