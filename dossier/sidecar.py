"""Editorial sidecars: `raw/NAME.yaml` beside `raw/NAME.txt`, whose fields win over the converter's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from dossier.dates import parse_iso

SIDECAR_SUFFIX = ".yaml"


def _text(value) -> str:
    if isinstance(value, (list, tuple)):
        raise ValueError("expected one line of text, got a list")
    return " ".join(str(value).split())


def _names(value) -> list[str]:
    if isinstance(value, str):
        value = [v for v in value.replace(";", ",").split(",")]
    return [_text(v) for v in value if _text(v)]


def _date(value) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return parse_iso(str(value))


def _lang(value) -> str:
    v = _text(value).lower()
    if len(v) != 2 or not v.isalpha():
        raise ValueError(f"expected a two-letter language code such as fr or en, got {value!r}")
    return v


def _status(value) -> str:
    v = _text(value).lower()
    if v not in ("published", "draft", "hidden"):
        raise ValueError("expected published, draft or hidden")
    return v


# Field -> processor, as Pelican's METADATA_PROCESSORS: each turns a YAML value into
# the article's value or raises ValueError with what to write instead.
FIELDS: dict[str, Callable] = {
    "title": _text,
    "date": _date,
    "modified": _date,
    "source": _text,
    "authors": _names,
    "credits": _text,
    "caption": _text,
    "summary": _text,
    "lang": _lang,
    "slug": _text,
    "url": _text,
    "rubric": _text,
    "status": _status,
}
ALIASES = {"author": "authors", "language": "lang", "updated": "modified", "published": "date",
           "credit": "credits", "publisher": "source"}


@dataclass
class Sidecar:
    """Validated sidecar fields, and problems found while reading them."""

    path: Path | None = None
    values: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    raw_bytes: bytes = b""


def sidecar_path(raw_path: Path) -> Path:
    """Where the sidecar of a raw file lives."""
    return raw_path.with_suffix(SIDECAR_SUFFIX)


def read_sidecar(raw_path: Path) -> Sidecar:
    """Read and validate the sidecar of a raw file; a missing sidecar is empty."""
    path = sidecar_path(raw_path)
    if not path.exists():
        return Sidecar()
    side = Sidecar(path=path, raw_bytes=path.read_bytes())
    try:
        data = yaml.safe_load(side.raw_bytes.decode("utf-8-sig")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        side.problems.append(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', exc)}); sidecar ignored")
        return side
    if not isinstance(data, dict):
        side.problems.append(f"{path}: expected `key: value` lines; sidecar ignored")
        return side
    for key, value in data.items():
        name = ALIASES.get(str(key).lower(), str(key).lower())
        if name not in FIELDS:
            side.problems.append(f"{path}: unknown field {key!r} ignored (known: {', '.join(sorted(FIELDS))})")
            continue
        if value is None:
            continue
        try:
            side.values[name] = FIELDS[name](value)
        except ValueError as exc:
            side.problems.append(f"{path}: field {key!r}: {exc}")
    return side
