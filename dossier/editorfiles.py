"""The files editors write, read by one loader: sidecars, the actors file, the chronology and quotations files.

Each loader returns ``(data, [Problem])``: what could be read, and one problem per thing that
could not, naming the file (and the line when YAML gives it).  Nothing here raises on a bad
file: a typo in one file never stops the dossier.

YAML is read without its implicit booleans and timestamps (``title: yes`` stays the text
« yes », ``date: 2015-02-30`` reaches our own date check instead of raising inside the
parser); each field then goes through a processor, as Pelican's METADATA_PROCESSORS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from dossier.datewords import DAY, MONTH, PRECISIONS, YEAR, parse_iso
from dossier.files import inside
from dossier.text import squash

PERSON, ORG, PLACE = "Person", "Organization", "Place"
# The words editors may use for an actor's type, and the schema.org type each one means.
ACTOR_TYPES = {"person": PERSON, "personne": PERSON, "organisation": ORG, "organization": ORG, "place": PLACE,
               "lieu": PLACE, "country": PLACE, "pays": PLACE}


@dataclass(frozen=True)
class Problem:
    """Something in an editor's file that could not be used, and what to do about it."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f" line {self.line}" if self.line else ""
        return f"{self.path}{where}: {self.message}"


class _TextLoader(yaml.SafeLoader):
    """SafeLoader whose scalars stay text unless they are plain numbers (no yes/no, no dates)."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# An editor's file is a few kB; beyond this it is not one (a dump pasted by mistake).
MAX_BYTES = 1_000_000


def read_yaml(path: Path, what: str, root: Path | None = None) -> tuple[Any, list[Problem]]:
    """The YAML document of a file, or None with the problem (`what` names the file's role).

    The file must resolve inside `root` (its own folder by default): a link out is refused.
    """
    root = path.parent if root is None else root
    if not inside(path, root):
        return None, [Problem(str(path), f"a link out of {root}/; {what} not read (copy the file into {root}/)")]
    try:
        if path.stat().st_size > MAX_BYTES:
            return None, [Problem(str(path), f"too large ({path.stat().st_size:,} bytes, more than {MAX_BYTES:,}); "
                                             f"{what} ignored")]
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(str(path), f"unreadable ({exc.strerror}); {what} ignored")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, [Problem(str(path), f"not UTF-8 text (byte {exc.start}); save it as UTF-8; {what} ignored")]
    try:
        return yaml.load(text, Loader=_TextLoader), []  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        return None, [Problem(str(path), f"not valid YAML ({getattr(exc, 'problem', None) or exc}); {what} ignored",
                              line)]


# --- field processors -----------------------------------------------------------------------------

def text_field(value: Any) -> str:
    """One line of text."""
    if isinstance(value, (list, tuple, dict)):
        kind = "list" if isinstance(value, (list, tuple)) else "mapping"
        raise ValueError(f"expected one line of text, got a {kind}")
    return squash(str(value))


def names_field(value: Any) -> list[str]:
    """A list of names: a YAML list, or one line separated by commas or semicolons."""
    if isinstance(value, str):
        value = value.replace(";", ",").split(",")
    elif not isinstance(value, (list, tuple)):
        raise ValueError(f"expected a list of names, got {value!r}")
    return [text_field(v) for v in value if text_field(v)]


def date_field(value: Any) -> datetime:
    """A date, with or without a time of day."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, (list, tuple, dict)):
        raise ValueError("expected a date such as 2015-11-18")
    return parse_iso(str(value))


def lang_field(value: Any) -> str:
    """A two-letter language code."""
    v = text_field(value).lower()
    if len(v) != 2 or not v.isalpha():
        raise ValueError(f"expected a two-letter language code such as fr or en, got {value!r}")
    return v


def url_field(value: Any) -> str:
    """An http(s) address (a javascript: or file: address is refused)."""
    v = text_field(value)
    if not v.lower().startswith(("http://", "https://")) or " " in v:
        raise ValueError(f"expected a web address starting with http:// or https://, got {v!r}")
    return v


def status_field(value: Any) -> str:
    """published, draft or hidden."""
    v = text_field(value).lower()
    if v not in ("published", "draft", "hidden"):
        raise ValueError("expected published, draft or hidden")
    return v


# --- sidecars: raw/NAME.yaml -------------------------------------------------------------------

SIDECAR_SUFFIX = ".yaml"
SIDECAR_FIELDS: dict[str, Callable[[Any], Any]] = {
    "title": text_field,
    "date": date_field,
    "modified": date_field,
    "source": text_field,
    "authors": names_field,
    "credits": text_field,
    "caption": text_field,
    "summary": text_field,
    "lang": lang_field,
    "slug": text_field,
    "url": url_field,
    "rubric": text_field,
    "status": status_field,
    "collected": date_field,  # the day the text was taken from its page (the converter writes its first run's)
}
SIDECAR_ALIASES = {"author": "authors", "language": "lang", "updated": "modified", "published": "date",
                   "credit": "credits", "publisher": "source",
                   "retrieved": "collected", "accessed": "collected"}


@dataclass
class Sidecar:
    """Validated sidecar fields, the problems met, and the file's bytes (part of the article's hash)."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    raw_bytes: bytes = b""


def sidecar_path(raw_path: Path) -> Path:
    """Where the sidecar of a raw file lives."""
    return raw_path.with_suffix(SIDECAR_SUFFIX)


def load_sidecar(raw_path: Path) -> Sidecar:
    """Read and validate the sidecar of a raw file; a missing sidecar is empty."""
    path = sidecar_path(raw_path)
    if not path.exists() and not path.is_symlink():
        return Sidecar()
    side = Sidecar(path=path)
    data, side.problems = read_yaml(path, "sidecar")
    if not side.problems:
        side.raw_bytes = path.read_bytes()
    if data is None:
        return side
    if not isinstance(data, dict):
        side.problems.append(Problem(str(path), "expected `key: value` lines; sidecar ignored"))
        return side
    for key, value in data.items():
        name = SIDECAR_ALIASES.get(str(key).lower(), str(key).lower())
        if name not in SIDECAR_FIELDS:
            side.problems.append(Problem(str(path), f"unknown field {key!r} ignored (known: "
                                                    f"{', '.join(sorted(SIDECAR_FIELDS))})"))
            continue
        if value is None:
            continue
        try:
            side.values[name] = SIDECAR_FIELDS[name](value)
        except ValueError as exc:
            side.problems.append(Problem(str(path), f"field {key!r}: {exc}"))
    return side


# --- the actors file: content/actors.yaml ------------------------------------------------------------

@dataclass(frozen=True)
class ActorEntry:
    """An actor as the editors describe it."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()
    role: str = ""
    wikidata: str = ""


@dataclass
class ActorsFile:
    """The actors file: actors, names that are never actors, names to merge into an actor."""

    actors: list[ActorEntry] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    merge: dict[str, str] = field(default_factory=dict)


ACTOR_FIELDS = ("name", "type", "aliases", "descriptions", "role", "wikidata", "description")


def _strings(value: Any, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, (list, tuple)) or any(isinstance(v, (list, dict)) for v in value):
        raise ValueError(f"{what} must be a list of names")
    return tuple(str(v) for v in value)


def _actor_entry(path: Path, i: int, entry: Any, problems: list[Problem]) -> ActorEntry | None:
    if not isinstance(entry, dict) or not entry.get("name"):
        problems.append(Problem(str(path), f"actor #{i} has no name"))
        return None
    name = text_field(entry["name"])
    unknown = set(map(str, entry)) - set(ACTOR_FIELDS)
    if unknown:
        problems.append(Problem(str(path), f"actor {name!r}: unknown field(s) {', '.join(sorted(unknown))}"))
    typ = ACTOR_TYPES.get(str(entry.get("type", "")).lower())
    if typ is None:
        problems.append(Problem(str(path), f"actor {name!r}: type must be person, organisation or place"))
        return None
    try:
        return ActorEntry(name, typ, _strings(entry.get("aliases"), "aliases"),
                          _strings(entry.get("descriptions"), "descriptions"),
                          text_field(entry.get("role") or entry.get("description") or ""),
                          text_field(entry.get("wikidata") or ""))
    except ValueError as exc:
        problems.append(Problem(str(path), f"actor {name!r}: {exc}"))
        return None


def load_actors_file(path: Path | None, root: Path | None = None) -> tuple[ActorsFile, list[Problem]]:
    """Read the actors file (inside `root`, content/); a missing file is empty."""
    out = ActorsFile()
    if path is None or not (Path(path).exists() or Path(path).is_symlink()):
        return out, []
    path = Path(path)
    data, problems = read_yaml(path, "actors file", root)
    if data is None:
        return out, problems
    if not isinstance(data, dict):
        return out, [Problem(str(path), "expected the sections actors:, exclude:, merge:; actors file ignored")]
    for k in data:
        if k not in ("actors", "exclude", "merge"):
            problems.append(Problem(str(path), f"unknown section {k!r} (known: actors, exclude, merge)"))
    items = data.get("actors") or []
    if not isinstance(items, list):
        problems.append(Problem(str(path), "actors: must be a list of `- name: …` entries"))
        items = []
    for i, entry in enumerate(items, start=1):
        actor = _actor_entry(path, i, entry, problems)
        if actor is not None:
            out.actors.append(actor)
    try:
        out.exclude = list(_strings(data.get("exclude"), "exclude"))
    except ValueError as exc:
        problems.append(Problem(str(path), str(exc)))
    merge = data.get("merge") or {}
    if isinstance(merge, dict):
        out.merge = {str(k): str(v) for k, v in merge.items() if v is not None}
    else:
        problems.append(Problem(str(path), "merge: must be `found name: actor name` lines"))
    return out, problems


# --- the chronology file: content/chronology.yaml ----------------------------------------------------

@dataclass(frozen=True)
class DatedText:
    """A date at a precision, with an optional text."""

    value: date
    precision: str
    text: str | None = None


@dataclass(frozen=True)
class AddedEvent:
    """An event an editor adds by hand."""

    value: date
    precision: str
    text: str
    actors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass
class ChronologyFile:
    """The chronology file: events to hide, to fix, to add."""

    hide: set[str] = field(default_factory=set)
    fix: dict[str, DatedText] = field(default_factory=dict)
    add: list[AddedEvent] = field(default_factory=list)


def dated(value: Any, precision: str | None) -> tuple[date, str]:
    """A date written 2015, 2015-11 or 2015-11-24, with the precision it implies (or the one given)."""
    if precision is not None and precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}")
    text = str(value).strip()
    if isinstance(value, int) or (len(text) == 4 and text.isdigit()):
        return date(int(text), 1, 1), precision or YEAR
    if len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit():
        return date(int(text[:4]), int(text[5:]), 1), precision or MONTH
    if isinstance(value, date):
        return value, precision or DAY
    return date.fromisoformat(text), precision or DAY


@dataclass
class Sections:
    """An editors' file's three sections, as read: ids to hide, fixes by id, entries to add."""

    hide: set[str] = field(default_factory=set)
    fix: dict[Any, Any] = field(default_factory=dict)
    add: list[Any] = field(default_factory=list)


def read_sections(path: Path | None, what: str, root: Path | None, fix_form: str,
                  add_form: str) -> tuple[Sections | None, list[Problem]]:
    """An editors' file of sections hide:, fix:, add: (inside `root`); None when missing or unreadable."""
    if path is None or not (Path(path).exists() or Path(path).is_symlink()):
        return None, []
    path = Path(path)
    data, problems = read_yaml(path, what, root)
    if data is None:
        return None, problems
    if not isinstance(data, dict):
        return None, [Problem(str(path), f"expected the sections hide:, fix:, add:; {what} ignored")]
    out = Sections()
    for k in data:
        if k not in ("hide", "fix", "add"):
            problems.append(Problem(str(path), f"unknown section {k!r} (known: hide, fix, add)"))
    try:
        out.hide = set(_strings(data.get("hide"), "hide"))
    except ValueError as exc:
        problems.append(Problem(str(path), str(exc)))
    out.fix = data.get("fix") or {}
    if not isinstance(out.fix, dict):
        problems.append(Problem(str(path), f"fix: must be {fix_form} lines"))
        out.fix = {}
    out.add = data.get("add") or []
    if not isinstance(out.add, list):
        problems.append(Problem(str(path), f"add: must be a list of {add_form} entries"))
        out.add = []
    return out, problems


def load_chronology_file(path: Path | None, root: Path | None = None) -> tuple[ChronologyFile, list[Problem]]:
    """Read the chronology file (inside `root`, content/); a missing file is empty."""
    out = ChronologyFile()
    sections, problems = read_sections(path, "chronology file", root, "`event-id: {date: …}`", "`- date: …`")
    if sections is None:
        return out, problems
    out.hide = sections.hide
    for eid, spec in sections.fix.items():
        try:
            value, precision = dated(spec["date"], spec.get("precision"))
            out.fix[str(eid)] = DatedText(value, precision, str(spec["text"]) if spec.get("text") else None)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(Problem(str(path), f"fix {eid}: {exc} (write `date: YYYY-MM-DD`)"))
    for i, spec in enumerate(sections.add, start=1):
        try:
            value, precision = dated(spec["date"], spec.get("precision"))
            if not spec.get("text"):
                raise ValueError("no text")
            out.add.append(AddedEvent(value, precision, text_field(spec["text"]),
                                      _strings(spec.get("actors"), "actors"), _strings(spec.get("sources"), "sources")))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(Problem(str(path), f"add #{i}: {exc} (give `date:` and `text:`)"))
    return out, problems


# --- the quotations file: content/quotes.yaml -------------------------------------------------------

@dataclass(frozen=True)
class QuoteFix:
    """What an editor changes in one quotation: its speaker (an actor's name, or words as written), its date."""

    speaker: str | None = None
    value: date | None = None
    precision: str | None = None


@dataclass(frozen=True)
class AddedQuote:
    """A quotation an editor adds by hand, in an article of the dossier."""

    article: str  # the article's slug
    text: str
    speaker: str
    value: date | None = None  # None: the article's publication date
    precision: str | None = None


@dataclass
class QuotesFile:
    """The quotations file: quotations to hide, to fix (re-attribute, re-date), to add."""

    hide: set[str] = field(default_factory=set)
    fix: dict[str, QuoteFix] = field(default_factory=dict)
    add: list[AddedQuote] = field(default_factory=list)


def _quote_fix(spec: Any) -> QuoteFix:
    if isinstance(spec, str):  # `q-…: Jean-Yves Le Drian`, the speaker alone
        spec = {"speaker": spec}
    if not isinstance(spec, dict) or not set(spec) <= {"speaker", "date", "precision"} or not spec:
        raise ValueError("write `speaker:` and/or `date:`")
    value, precision = dated(spec["date"], spec.get("precision")) if spec.get("date") else (None, None)
    return QuoteFix(text_field(spec["speaker"]) if spec.get("speaker") else None, value, precision)


def _added_quote(spec: Any) -> AddedQuote:
    if not isinstance(spec, dict):
        raise ValueError("expected `article:`, `text:`, `speaker:`")
    missing = [k for k in ("article", "text", "speaker") if not spec.get(k)]
    if missing:
        raise ValueError(f"no {', '.join(missing)}")
    value, precision = dated(spec["date"], spec.get("precision")) if spec.get("date") else (None, None)
    return AddedQuote(text_field(spec["article"]), text_field(spec["text"]), text_field(spec["speaker"]), value,
                      precision)


def load_quotes_file(path: Path | None, root: Path | None = None) -> tuple[QuotesFile, list[Problem]]:
    """Read the quotations file (inside `root`, content/); a missing file is empty."""
    out = QuotesFile()
    sections, problems = read_sections(path, "quotations file", root, "`quotation-id: {speaker: …}`",
                                       "`- article: …`")
    if sections is None:
        return out, problems
    out.hide = sections.hide
    for qid, spec in sections.fix.items():
        try:
            out.fix[str(qid)] = _quote_fix(spec)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(Problem(str(path), f"fix {qid}: {exc} (write `speaker: Name` or `date: YYYY-MM-DD`)"))
    for i, spec in enumerate(sections.add, start=1):
        try:
            out.add.append(_added_quote(spec))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            problems.append(Problem(str(path), f"add #{i}: {exc} (give `article:` slug, `text:`, `speaker:`)"))
    return out, problems
