"""The summary of an article where it is listed: its standfirst, or its first sentences, never cut inside a quotation.

Pelican's own summary is the first 50 words, cut anywhere: a home page then showed « On va avoir
un échange sur ce que nous considérons comme groupes … », the quotation left open.  Here the
summary ends at a sentence end outside any quotation marks; when the first sentence alone is too
long, it is cut at a word and every quotation it opened is closed after the ellipsis.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bs4 import BeautifulSoup

from dossier import lexicon
from dossier.text import sentences

# Pelican's SUMMARY_MAX_LENGTH when a dossier sets none.
SUMMARY_WORDS = 50
# Quotation marks that open and the ones that close them.  A straight " both opens and closes;
# ‘ ’ are left out: ’ is the French apostrophe (« l’EI »).
CLOSING = {"«": "»", "“": "”", "‹": "›", '"': '"'}
CLOSERS = frozenset(CLOSING.values())
ELLIPSIS = "…"
# A first sentence up to this many times the limit is shown whole rather than cut a few words short.
LONG_SENTENCE_SLACK = 1.5


def _open_quotes(text: str, stack: list[str]) -> list[str]:
    """The quotation marks still open after `text`, starting from those open in `stack`."""
    stack = list(stack)
    for ch in text:
        if ch == '"' and stack and stack[-1] == '"':
            stack.pop()
        elif ch in CLOSING:
            stack.append(ch)
        elif ch in CLOSERS and stack and CLOSING[stack[-1]] == ch:
            stack.pop()
    return stack


def whole_sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences, each running on until no quotation is open at its end.

    « « Nous partons. Vous restez », a-t-il dit. » is one: its first full stop is inside the quotation.
    """
    out: list[str] = []
    current = ""
    stack: list[str] = []
    for start, end in sentences(paragraph, lexicon.abbreviations()):
        piece = paragraph[start:end]
        current += piece
        stack = _open_quotes(piece, stack)
        if not stack:
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())  # a quotation the text never closes ends with its paragraph
    return out


def _cut(sentence: str, max_words: int) -> str:
    """The first words of a sentence too long for a summary, with an ellipsis, its open quotations closed."""
    words = sentence.split()[:max_words]
    kept = " ".join(words).rstrip(",;:")
    closers = [CLOSING[q] for q in reversed(_open_quotes(kept, []))]
    return f"{kept} {ELLIPSIS}" + "".join(f" {c}" if c == "»" else c for c in closers)


def cut_summary(paragraphs: Sequence[str], max_words: int = SUMMARY_WORDS) -> list[str]:
    """A summary's paragraphs: whole sentences up to `max_words` words; the first one cut if it alone is far longer."""
    out: list[str] = []
    count = 0
    for paragraph in paragraphs:
        taken: list[str] = []
        for sentence in whole_sentences(" ".join(paragraph.split())):
            n = len(sentence.split())
            if count == 0 and n <= max_words * LONG_SENTENCE_SLACK:
                pass  # a first sentence a little longer than the limit: whole
            elif count + n > max_words:
                if count == 0:
                    taken.append(_cut(sentence, max_words))
                if taken:
                    out.append(" ".join(taken))
                return out
            taken.append(sentence)
            count += n
        if taken:
            out.append(" ".join(taken))
    return out


def body_paragraphs(content_html: str) -> list[str]:
    """The texts of an article's paragraphs, photo captions left out."""
    soup = BeautifulSoup(content_html or "", "html.parser")
    return [p.get_text(" ", strip=True) for p in soup.find_all("p")
            if p.get_text(strip=True) and p.find_parent(["figure", "figcaption"]) is None]


def listed_summary(standfirst_html: str | None, content_html: str, max_words: int = SUMMARY_WORDS) -> str:
    """The HTML of a listed article's summary: its standfirst as written, else its first whole sentences."""
    if standfirst_html:
        return standfirst_html
    return "".join(f"<p>{escape(p, quote=False)}</p>" for p in cut_summary(body_paragraphs(content_html), max_words))
