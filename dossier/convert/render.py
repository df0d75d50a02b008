"""Write an Article as Pelican Markdown whose text reaches the reader literally."""

from __future__ import annotations

import hashlib
import re

from dossier.convert.records import Article

# Characters that start markup anywhere in a line (emphasis, code, links, images,
# hashes that end an ATX heading).  "(" needs no escape once "[" is escaped, and "-"
# only matters at the start of a line: escaping them everywhere would make the
# Markdown hard for an editor to read.  "<", ">" and "&" cannot be backslash-escaped
# in Python-Markdown: they become entities, so a pasted "<script>" or "&amp;" is shown.
_INLINE = re.compile(r"([\\`*_\[\]#])")
# Line starts that make a block: list bullets, setext/hr rules.
_LINE_START = re.compile(r"^([-+])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Line starts that Markdown reads as a block: "1. ", "1) ", "=== ", "--- ".
_ORDERED = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """Escape one line of raw text so Python-Markdown renders exactly that text."""
    text = " ".join(text.split())  # no leading indent (code block), no trailing "  " (<br>)
    text = "".join(_ENTITIES.get(c, c) for c in text)
    text = _INLINE.sub(r"\\\1", text)
    text = _ORDERED.sub(r"\1\\\2", text)
    text = _LINE_START.sub(r"\\\1", text)
    if text.startswith("="):
        text = "&#61;" + text[1:]  # "===" under a line is a setext heading; "=" is not escapable
    if text.startswith(":"):
        text = "&#58;" + text[1:]  # a metadata-looking or definition-list line
    return text


def escape_meta(value: str) -> str:
    """A one-line front-matter value: no line breaks, which would end the field."""
    return " ".join(str(value).split())


def content_hash(markdown_text: str) -> str:
    """Hash of a generated file without its own hash line: tells a hand edit from our output."""
    body = "\n".join(ln for ln in markdown_text.split("\n") if not ln.lower().startswith("content-hash:"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def render(art: Article, meta: dict[str, str | None]) -> str:
    """Markdown file text: front-matter in Pelican's `Key: value` form (with its Content-hash), then the body."""
    front = [f"{key}: {escape_meta(value)}" for key, value in meta.items() if value not in (None, "", [])]
    body = []
    for block in art.blocks:
        prefix = "## " if block.kind == "h2" else ""
        body += [prefix + escape(block.text), ""]
    # The hash covers the whole file but its own line: an article without body text keeps it in
    # the front-matter too (it used to land in the body, where the reader saw it).
    digest = content_hash("\n".join([*front, "", *body]))
    return "\n".join([*front, f"Content-hash: {digest}", "", *body])
