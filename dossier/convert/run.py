"""Convert `raw/*.txt` into `content/articles/*.md`, incrementally and without losing a line.

Run as `python -m dossier.convert RAW_DIR OUT_DIR [--force] [--strict]`.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from dossier.cache import fingerprint
from dossier.convert.article import parse_article
from dossier.convert.mdfiles import MarkdownFile, front_matter_problems, read_md
from dossier.convert.reading import MAX_RAW_BYTES, RawInputError, read_raw
from dossier.convert.records import Article
from dossier.convert.render import escape, render
from dossier.convert.slugs import Claim, article_slug, assign, is_valid
from dossier.datewords import parse_iso
from dossier.editorfiles import SIDECAR_SUFFIX, Sidecar, load_sidecar
from dossier.files import inside, write_atomic
from dossier.text import fold, squash

# Bump to force a new conversion of every unchanged raw file.  The converter's own code and
# data are hashed in as well (the fingerprint of dossier.convert and dossier.boilerplate, whose
# standfirst test it uses), so a change of rules reconverts without anyone bumping this.
CONVERTER_VERSION = "1"
GENERATED_MARK = "Converted-from"  # the front-matter field that names a converted file's raw text
# The day the text entered the dossier: written at its first conversion and read back at every later
# one (a sidecar `collected:` wins), so re-converting after a change of rules never moves it.
COLLECTED_MARK = "Collected"
# Files in raw/ that are neither articles nor sidecars but are expected there.
IGNORED_NAMES = ("README", "README.md", "README.txt", ".gitkeep", ".DS_Store")


@dataclass
class Report:
    """What a conversion run did, for the log and for tests."""

    converted: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_edited: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Record and print a warning (counts against --strict)."""
        self.warnings.append(message)
        print(f"convert: WARNING: {message}", file=sys.stderr)

    def skip(self, path: Path, reason: str) -> None:
        """Record a raw file that is not published, and say why (a warning)."""
        self.skipped.append(str(path))
        self.warn(f"{path}: skipped: {reason}")

    def note(self, message: str) -> None:
        """Record and print a notice (does not count against --strict)."""
        self.notes.append(message)
        print(f"convert: {message}", file=sys.stderr)


@lru_cache(maxsize=1)
def converter_fingerprint() -> bytes:
    """Digest of the converter's version, code and data files."""
    digest = fingerprint("convert", "boilerplate")
    return f"{CONVERTER_VERSION}\0{digest}\0".encode()


def text_fingerprint(text: str) -> str:
    """Same article pasted twice, with other white space, quotes or accents: same fingerprint."""
    return hashlib.sha256(squash(fold(text)).encode("utf-8")).hexdigest()


def metadata(art: Article, side: dict[str, Any], raw_rel: str, raw_hash: str, encoding: str,
             slug: str, collected: date | None = None) -> dict[str, str | None]:
    """Front-matter fields of an article, sidecar values winning over what was found."""
    published = side.get("date", art.published)
    updated = side.get("modified", art.updated)
    authors = side.get("authors", art.authors)
    summary = side.get("summary", art.summary)

    def iso(d: datetime | None) -> str | None:
        if d is None:
            return None
        return d.strftime("%Y-%m-%d %H:%M") if (d.hour or d.minute) else d.strftime("%Y-%m-%d")

    return {
        "Title": side.get("title", art.title),
        "Date": iso(published),
        "Modified": iso(updated) if updated and published and updated > published else None,
        "Undated": "true" if published is None else None,
        "Slug": side.get("slug", slug),
        "Lang": side.get("lang", art.lang),
        "Source": side.get("source", art.source),
        "Authors": ", ".join(authors) if authors else None,
        "Agency": art.agency,
        "Dateline": art.dateline,
        "Credits": side.get("credits", art.credits),
        "Caption": side.get("caption", art.caption),
        "Rubric": side.get("rubric", art.rubric),
        "Summary": escape(summary) if summary else None,
        "Original-url": side.get("url"),
        COLLECTED_MARK: collected.isoformat() if collected else None,
        "Status": side.get("status"),
        "Title-derived": "true" if art.title_derived and "title" not in side else None,
        "Article-start": str(art.article_start) if art.article_start else None,
        GENERATED_MARK: raw_rel,
        "Encoding": encoding,
        "Raw-hash": raw_hash,
    }


@dataclass
class Source:
    """A raw text to convert, its sidecar, and the page it becomes."""

    path: Path
    side: Sidecar
    slug: str = ""
    collected: date | None = None

    @property
    def md_name(self) -> str:
        """Its Markdown file's name in content/articles/."""
        return f"{self.slug}.md"


def raw_files(raw_dir: Path, report: Report) -> list[Path]:
    """The .txt files of raw/ that may be read; every other entry is named in a message or expected."""
    if not raw_dir.exists():
        return []
    out = []
    for path in sorted(raw_dir.iterdir()):
        if path.is_symlink() and not inside(path, raw_dir):
            report.skip(path, f"a link to {os.path.realpath(path)}, outside {raw_dir}/; not read (copy the text "
                              f"into a file in {raw_dir}/)")
        elif path.is_dir():
            if path.suffix.lower() in (".txt", SIDECAR_SUFFIX):
                report.skip(path, "a folder, not a file (raw/ is read flat: put the .txt files themselves in it)")
        elif path.suffix.lower() == SIDECAR_SUFFIX:
            if not path.with_suffix(".txt").exists():
                report.warn(f"{path}: sidecar without a raw text {path.with_suffix('.txt').name}; ignored")
        elif path.suffix.lower() != ".txt":
            if path.name not in IGNORED_NAMES and not path.name.startswith("."):
                report.skip(path, "not a .txt file (paste the article's text into a .txt file)")
        else:
            out.append(path)
    return out


def convert_dir(raw_dir: Path, out_dir: Path, force: bool = False,
                max_bytes: int = MAX_RAW_BYTES, today: date | None = None) -> Report:
    """Convert every raw text that changed; see the module docstring.

    `today` is the collection date of a text converted for the first time (the clock's by default).
    """
    report = Report()
    out_dir.mkdir(parents=True, exist_ok=True)
    existing = {md.name: read_md(md, out_dir.parent) for md in sorted(out_dir.glob("*.md"))}
    sources = [Source(p, load_sidecar(p)) for p in raw_files(raw_dir, report)]
    claims = []
    for src in sources:
        for problem in src.side.problems:
            report.warn(str(problem))
        claims.append(Claim(src.path, _wanted_slug(src, report)))
    owners: dict[str, str | None] = {}
    for name, md in existing.items():
        owners[name[:-3]] = Path(md.source).name if md.source else None
        if md.source is None and md.meta.get("slug"):
            owners.setdefault(md.meta["slug"], None)  # a page written by hand under that name
    slugs = assign(claims, owners, report.warn)
    seen_text: dict[str, str] = {}
    wanted: set[str] = set()
    earlier = {md.source: md for md in existing.values() if md.source}  # under its old name, if the slug changed
    for src in sources:
        src.slug = slugs[src.path]
        src.collected = collected_date(src.side.values.get("collected"), earlier.get(str(src.path)),
                                       today or date.today())
        _convert_one(src, out_dir, existing.get(src.md_name), force, max_bytes, report, seen_text, wanted)
    _remove_orphans(existing, wanted, report)
    for md in (read_md(p, out_dir.parent) for p in sorted(out_dir.glob("*.md"))):
        _check_markdown(md, report)
    return report


def collected_date(sidecar: datetime | None, md: MarkdownFile | None, today: date) -> date:
    """When a text entered the dossier: its sidecar's `collected:`, else its earlier conversion's, else today."""
    if sidecar is not None:
        return sidecar.date()
    written = md.meta.get(COLLECTED_MARK.lower()) if md is not None else None
    if written:
        try:
            return parse_iso(written).date()
        except ValueError:
            pass  # a hand edit the front-matter check reports; the text is collected again today
    return today


def _wanted_slug(src: Source, report: Report) -> str:
    default = article_slug(src.path.stem)
    slug = src.side.values.pop("slug", None)
    if slug is None:
        return default
    if not is_valid(slug):
        report.warn(f"{src.side.path}: field 'slug': {slug!r} is not a page name (lower-case letters, digits and "
                    f"hyphens, one segment); using {default!r}")
        return default
    return str(slug)


def _convert_one(src: Source, out_dir: Path, md: MarkdownFile | None, force: bool, max_bytes: int,
                 report: Report, seen_text: dict[str, str], wanted: set[str]) -> None:
    path, md_path = src.path, out_dir / src.md_name
    try:
        raw = read_raw(path, max_bytes)
    except RawInputError as exc:
        report.skip(path, exc.reason)
        if md is not None:
            wanted.add(md.path.name)  # keep what an earlier, readable version gave
        return
    fingerprint = text_fingerprint(raw.text)
    if fingerprint in seen_text:
        first = seen_text[fingerprint]
        report.duplicates.append((str(path), first))
        report.warn(f"{path}: duplicate of {first} (same text); published once, from {first}")
        return
    seen_text[fingerprint] = str(path)
    wanted.add(md_path.name)
    raw_hash = hashlib.sha256(converter_fingerprint() + path.read_bytes() + b"\0" + src.side.raw_bytes).hexdigest()[:16]
    if md is not None and _keep(md, str(path), raw_hash, force, report):
        return

    art = parse_article(raw.text)
    fields = metadata(art, src.side.values, str(path), raw_hash, raw.encoding, src.slug, src.collected)
    if raw.repaired:
        report.note(f"{path}: repaired mis-encoded characters (mojibake) while reading {raw.encoding}")
    for note in art.notes:
        report.note(f"{path}: {note}; set `title:` in {path.with_suffix(SIDECAR_SUFFIX)} to choose another")
    if fields["Date"] is None:
        report.warn(f"{path}: no publication date found; published as undated "
                    f"(add `date: YYYY-MM-DD` to {path.with_suffix(SIDECAR_SUFFIX)})")
    if not art.blocks and not art.summary:
        report.warn(f"{path}: no body text found (only a title or metadata lines)")
    text = render(art, fields)
    if md is None or md.text != text:
        write_atomic(md_path, text)
    report.converted.append(str(path))


def _keep(md: MarkdownFile, raw: str, raw_hash: str, force: bool, report: Report) -> bool:
    """Whether the existing Markdown stays: unchanged, or an editor's (which only FORCE replaces)."""
    if md.source is None:
        return True  # written by hand: never ours (the slugs keep it apart)
    if md.hand_edited and not force:
        report.kept_edited.append(str(md.path))
        if md.meta.get("raw-hash") != raw_hash:
            report.warn(f"{md.path}: edited by hand, not overwritten although its conversion changed ({raw}, "
                        f"its sidecar or the converter); merge by hand, or run `make html FORCE=1` to convert "
                        f"it again")
        return True
    if not force and md.meta.get("raw-hash") == raw_hash:
        report.unchanged.append(raw)
        return True
    return False


def _remove_orphans(existing: dict[str, MarkdownFile], wanted: set[str], report: Report) -> None:
    """Drop converted files whose raw text is gone or is now a duplicate; keep edited ones."""
    for name, md in existing.items():
        if name in wanted or md.source is None:
            continue  # still converted, or written by hand: not ours to remove
        if md.hand_edited:
            report.warn(f"{md.path}: its raw text {md.source} is gone or a duplicate, but the file was edited "
                        f"by hand; kept (delete it to unpublish)")
            continue
        md.path.unlink()
        report.removed.append(str(md.path))
        report.note(f"{md.path}: removed ({md.source} is gone or a duplicate)")


def _check_markdown(md: MarkdownFile, report: Report) -> None:
    """Say what Pelican would refuse or lose in a Markdown file, before it reads it."""
    if md.problem:
        report.warn(f"{md.path}: {md.problem}")
    elif md.hand_edited:
        for problem in front_matter_problems(md):
            report.warn(problem)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("raw_dir", type=Path, nargs="?", default=Path("raw"))
    ap.add_argument("out_dir", type=Path, nargs="?", default=Path("content/articles"))
    ap.add_argument("--force", action="store_true", help="overwrite Markdown files edited by hand")
    ap.add_argument("--strict", action="store_true", help="exit 1 when there is any warning")
    ap.add_argument("--max-bytes", type=int, default=MAX_RAW_BYTES)
    args = ap.parse_args(argv)
    try:
        r = convert_dir(args.raw_dir, args.out_dir, force=args.force, max_bytes=args.max_bytes)
    except KeyboardInterrupt:
        print("convert: interrupted; nothing is half-written: run `make html` again", file=sys.stderr)
        return 130
    total = len(r.converted) + len(r.unchanged) + len(r.kept_edited)
    print(f"convert: {total} articles ({len(r.converted)} converted, {len(r.unchanged)} unchanged, "
          f"{len(r.kept_edited)} edited by hand), {len(r.skipped)} skipped, "
          f"{len(r.duplicates)} duplicates, {len(r.warnings)} warnings", file=sys.stderr)
    return 1 if args.strict and r.warnings else 0


if __name__ == "__main__":
    sys.exit(main())
