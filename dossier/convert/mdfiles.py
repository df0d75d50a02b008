"""The Markdown files in content/articles/: who wrote them, whether an editor changed them, whether they read.

A file the converter wrote carries ``Converted-from:`` (its raw text) and ``Content-hash:``
(the hash of the rest of the file); any change makes the hash disagree, and the file is then
an editor's, never overwritten without ``FORCE``.  A file without ``Converted-from:`` was
written by hand from the start and is never overwritten, even with ``FORCE``.

:func:`check` reads every file as Pelican will and lists what would stop it or be lost: bytes
that are not UTF-8, a front-matter date that is not a date, a link out of content/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as dateparser

from dossier.convert.render import content_hash
from dossier.datewords import parse_iso
from dossier.files import inside

GENERATED_MARK = "converted-from"
DATE_FIELDS = ("date", "modified", "collected")
STATUS_VALUES = ("published", "draft", "hidden")
LANG = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2})?$")


@dataclass
class MarkdownFile:
    """One file of content/articles/: its front-matter (keys lower-cased) and what is wrong with it."""

    path: Path
    text: str | None  # None when the bytes are not UTF-8
    meta: dict[str, str] = field(default_factory=dict)
    meta_lines: dict[str, int] = field(default_factory=dict)
    problem: str | None = None  # why the file cannot be read

    @property
    def source(self) -> str | None:
        """The raw text it was converted from; None for a file written by hand."""
        return self.meta.get(GENERATED_MARK)

    @property
    def hand_edited(self) -> bool:
        """Not exactly what the converter wrote (or not readable at all)."""
        if self.text is None or self.source is None:
            return True
        return self.meta.get("content-hash") != content_hash(self.text)


def read_md(path: Path, root: Path) -> MarkdownFile:
    """Read a Markdown file of content/ without ever raising: problems are recorded on the result."""
    if not inside(path, root):
        return MarkdownFile(path, None, problem=f"a link out of {root}/; not read (copy the file into {root}/)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return MarkdownFile(path, None, problem=f"unreadable ({exc.strerror})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return MarkdownFile(path, None, problem=f"not UTF-8 text (byte {exc.start}): Pelican cannot read it; "
                                                f"open it and save it as UTF-8")
    out = MarkdownFile(path, text)
    for no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            break
        key, sep, value = line.partition(":")
        if sep:
            out.meta[key.strip().lower()] = value.strip()
            out.meta_lines[key.strip().lower()] = no
    return out


def front_matter_problems(md: MarkdownFile) -> list[str]:
    """What Pelican would refuse in an editor's front-matter, one message a field (file and line)."""
    out = []
    for key in DATE_FIELDS:
        value = md.meta.get(key)
        if value and not _is_date(value):
            out.append(f"{md.path} line {md.meta_lines[key]}: {key.title()}: {value!r} is not a date; "
                       f"{'published as undated' if key == 'date' else 'ignored'} (write YYYY-MM-DD or "
                       f"YYYY-MM-DD HH:MM)")
    status = md.meta.get("status")
    if status and status.lower() not in STATUS_VALUES:
        out.append(f"{md.path} line {md.meta_lines['status']}: Status: {status!r} is not one of "
                   f"{', '.join(STATUS_VALUES)}; ignored")
    lang = md.meta.get("lang")
    if lang and not LANG.match(lang):
        out.append(f"{md.path} line {md.meta_lines['lang']}: Lang: {lang!r} is not a language code such as fr or en; "
                   f"ignored")
    return out


def _is_date(value: str) -> bool:
    """A date Pelican reads (it parses with dateutil) and that exists."""
    try:
        parse_iso(value)
        return True
    except ValueError:
        pass
    try:
        dateparser.parse(value)
        return True
    except (ValueError, OverflowError):
        return False
