"""The labelled set: pasted pages in many outlets' layouts, every line tagged (tests/data/articles/*.labelled).

A file is a YAML header between ``---`` lines, then the paste, one raw line per line, each
prefixed by its tag and ``| ``: ``T`` title, ``M`` metadata (byline, date, outlet, rubric,
credit, reading time, a reporter's sign-off or "X contributed to this report": lines a tool may
show or take as metadata), ``S`` standfirst, ``B`` article text (the reader must see it), ``X``
site furniture (the reader must not see it).  Only B, S and X lines are counted.  The raw file the tool
receives is the lines without their tags, in the header's encoding and line ends.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# The labelled set; DOSSIER_LABELLED points to another copy (a work tree evaluating the newest labels).
ARTICLES = Path(os.environ.get("DOSSIER_LABELLED") or Path(__file__).resolve().parent / "data" / "articles")
TAGS = "TMSBX"


@dataclass
class Labelled:
    """One labelled page."""

    name: str
    header: dict[str, Any]
    lines: list[tuple[str, str]]  # (tag, text); blank lines have the tag ""

    @property
    def outlet(self) -> str:
        """The leave-one-out group."""
        return str(self.header["outlet"])

    @property
    def raw_text(self) -> str:
        """The paste, as text."""
        return "\n".join(text for _tag, text in self.lines) + "\n"

    @property
    def raw_bytes(self) -> bytes:
        """The paste as the file the tool reads: the header's encoding and line ends."""
        text = self.raw_text
        if self.header.get("newline") == "crlf":
            text = text.replace("\n", "\r\n")
        return text.encode(self.header.get("encoding") or "utf-8")

    @property
    def tags(self) -> dict[int, str]:
        """Raw line number (from 1) -> tag, for non-blank lines."""
        return {no: tag for no, (tag, _t) in enumerate(self.lines, start=1) if tag}

    def lines_tagged(self, *tags: str) -> list[str]:
        """The texts of the lines with these tags."""
        return [t for tag, t in self.lines if tag in tags]

    @property
    def actors(self) -> dict[str, list[str]]:
        """Canonical name -> forms used."""
        return {str(k): [str(x) for x in (v or [])] for k, v in (self.header.get("actors") or {}).items()}

    @property
    def optional(self) -> list[str]:
        """Names that may or may not count."""
        return [str(x) for x in self.header.get("optional") or []]

    @property
    def events(self) -> list[str]:
        """Dates of the events the text reports (YYYY-MM-DD, YYYY-MM or YYYY)."""
        return [str(x) for x in self.header.get("events") or []]

    @property
    def events_optional(self) -> list[str]:
        """Vague dates a tool may or may not give."""
        return [str(x) for x in self.header.get("events_optional") or []]

    folder: Path = ARTICLES
    extra: dict[str, Any] = field(default_factory=dict)


def parse(path: Path) -> Labelled:
    """Read one .labelled file."""
    text = path.read_text(encoding="utf-8")
    _, head, body = text.split("---\n", 2)
    lines = []
    for line in body.split("\n"):
        if line == "":
            lines.append(("", ""))
        elif len(line) >= 3 and line[0] in TAGS and line[1:3] == "| ":
            lines.append((line[0], line[3:]))
        else:
            raise ValueError(f"{path}: not a tagged line: {line[:60]!r}")
    while lines and lines[-1] == ("", ""):
        lines.pop()
    return Labelled(path.stem, yaml.safe_load(head), lines, path.parent)


def load(folder: Path = ARTICLES) -> list[Labelled]:
    """Every labelled page of a folder, by name."""
    return [parse(p) for p in sorted(folder.glob("*.labelled"))]
