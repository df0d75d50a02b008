"""Convert `raw/*.txt` into `content/articles/*.md`, incrementally and without losing a line.

Run as `python -m dossier.convert RAW_DIR OUT_DIR [--force] [--strict]`.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from dossier.cache import fingerprint
from dossier.convert.article import parse_article
from dossier.convert.reading import MAX_RAW_BYTES, RawInputError, read_raw
from dossier.convert.records import Article
from dossier.convert.render import content_hash, escape, render
from dossier.editorfiles import SIDECAR_SUFFIX, load_sidecar
from dossier.text import fold, slugify, squash

# Bump to force a new conversion of every unchanged raw file.  The converter's own code and
# data are hashed in as well (the fingerprint of dossier.convert and dossier.boilerplate, whose
# standfirst test it uses), so a change of rules reconverts without anyone bumping this.
CONVERTER_VERSION = "1"
GENERATED_MARK = "Converted-from"
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

    def note(self, message: str) -> None:
        """Record and print a notice (does not count against --strict)."""
        self.notes.append(message)
        print(f"convert: {message}", file=sys.stderr)


@lru_cache(maxsize=1)
def converter_fingerprint() -> bytes:
    """Digest of the converter's version, code and data files."""
    digest = fingerprint("convert", "boilerplate")
    return f"{CONVERTER_VERSION}\0{digest}\0".encode()


def article_slug(name: str) -> str:
    """The slug of an article made from its raw file's name."""
    return slugify(name, default="article")


def text_fingerprint(text: str) -> str:
    """Same article pasted twice, with other white space, quotes or accents: same fingerprint."""
    return hashlib.sha256(squash(fold(text)).encode("utf-8")).hexdigest()


def read_front_matter(md_path: Path) -> dict[str, str]:
    """The `Key: value` lines at the top of a Markdown file, keys lower-cased."""
    out = {}
    for line in md_path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            break
        key, sep, value = line.partition(":")
        if sep:
            out[key.strip().lower()] = value.strip()
    return out


def is_hand_edited(md_path: Path) -> bool:
    """True when the file is not exactly what the converter wrote."""
    text = md_path.read_text(encoding="utf-8")
    meta = read_front_matter(md_path)
    if GENERATED_MARK.lower() not in meta:
        return True  # written by hand from the start
    return meta.get("content-hash") != content_hash(text)


def metadata(art: Article, side: dict[str, Any], raw_rel: str, raw_hash: str, encoding: str,
             slug: str) -> dict[str, str | None]:
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
        "Status": side.get("status"),
        "Title-derived": "true" if art.title_derived and "title" not in side else None,
        GENERATED_MARK: raw_rel,
        "Encoding": encoding,
        "Raw-hash": raw_hash,
    }


def convert_dir(raw_dir: Path, out_dir: Path, force: bool = False,
                max_bytes: int = MAX_RAW_BYTES) -> Report:
    """Convert every raw text that changed; see the module docstring."""
    report = Report()
    out_dir.mkdir(parents=True, exist_ok=True)
    seen_text: dict[str, str] = {}
    wanted: set[str] = set()
    raw_files = sorted(p for p in raw_dir.iterdir() if p.is_file()) if raw_dir.exists() else []
    for path in raw_files:
        if path.suffix.lower() == SIDECAR_SUFFIX:
            if not path.with_suffix(".txt").exists():
                report.warn(f"{path}: sidecar without a raw text {path.with_suffix('.txt').name}; ignored")
            continue
        if path.suffix.lower() != ".txt":
            if path.name not in IGNORED_NAMES and not path.name.startswith("."):
                report.warn(f"{path}: skipped: not a .txt file (paste the article's text into a .txt file)")
            continue
        _convert_one(path, out_dir, force, max_bytes, report, seen_text, wanted)
    _remove_orphans(out_dir, wanted, report)
    return report


def _convert_one(path: Path, out_dir: Path, force: bool, max_bytes: int, report: Report,
                 seen_text: dict[str, str], wanted: set[str]) -> None:
    slug = article_slug(path.stem)
    md_path = out_dir / f"{slug}.md"
    try:
        raw = read_raw(path, max_bytes)
    except RawInputError as exc:
        report.skipped.append(str(path))
        report.warn(f"{exc.path}: skipped: {exc.reason}")
        if md_path.exists():
            wanted.add(md_path.name)  # keep what an earlier, readable version gave
        return
    fingerprint = text_fingerprint(raw.text)
    if fingerprint in seen_text:
        first = seen_text[fingerprint]
        report.duplicates.append((str(path), first))
        report.warn(f"{path}: duplicate of {first} (same text); published once, from {first}")
        return
    seen_text[fingerprint] = str(path)
    wanted.add(md_path.name)

    side = load_sidecar(path)
    for problem in side.problems:
        report.warn(str(problem))
    digest = hashlib.sha256(converter_fingerprint() + path.read_bytes() + b"\0" + side.raw_bytes)
    raw_hash = digest.hexdigest()[:16]

    if md_path.exists() and not force:
        meta = read_front_matter(md_path)
        if is_hand_edited(md_path):
            report.kept_edited.append(str(md_path))
            if meta.get("raw-hash") != raw_hash:
                report.warn(f"{md_path}: edited by hand, not overwritten although its conversion changed ({path}, "
                            f"its sidecar or the converter); merge by hand, or run `make html FORCE=1` to convert "
                            f"it again")
            return
        if meta.get("raw-hash") == raw_hash:
            report.unchanged.append(str(path))
            return

    art = parse_article(raw.text)
    fields = metadata(art, side.values, str(path), raw_hash, raw.encoding, slug)
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
    if not md_path.exists() or md_path.read_text(encoding="utf-8") != text:
        md_path.write_text(text, encoding="utf-8")
    report.converted.append(str(path))


def _remove_orphans(out_dir: Path, wanted: set[str], report: Report) -> None:
    """Drop converted files whose raw text is gone or is now a duplicate; keep edited ones."""
    for md in sorted(out_dir.glob("*.md")):
        if md.name in wanted:
            continue
        meta = read_front_matter(md)
        if GENERATED_MARK.lower() not in meta:
            continue  # hand-written article: not ours to remove
        if is_hand_edited(md):
            report.warn(f"{md}: its raw text {meta[GENERATED_MARK.lower()]} is gone or a duplicate, "
                        f"but the file was edited by hand; kept (delete it to unpublish)")
            continue
        md.unlink()
        report.removed.append(str(md))
        report.note(f"{md}: removed ({meta[GENERATED_MARK.lower()]} is gone or a duplicate)")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("raw_dir", type=Path, nargs="?", default=Path("raw"))
    ap.add_argument("out_dir", type=Path, nargs="?", default=Path("content/articles"))
    ap.add_argument("--force", action="store_true", help="overwrite Markdown files edited by hand")
    ap.add_argument("--strict", action="store_true", help="exit 1 when there is any warning")
    ap.add_argument("--max-bytes", type=int, default=MAX_RAW_BYTES)
    args = ap.parse_args(argv)
    r = convert_dir(args.raw_dir, args.out_dir, force=args.force, max_bytes=args.max_bytes)
    total = len(r.converted) + len(r.unchanged) + len(r.kept_edited)
    print(f"convert: {total} articles ({len(r.converted)} converted, {len(r.unchanged)} unchanged, "
          f"{len(r.kept_edited)} edited by hand), {len(r.skipped)} skipped, "
          f"{len(r.duplicates)} duplicates, {len(r.warnings)} warnings", file=sys.stderr)
    return 1 if args.strict and r.warnings else 0


if __name__ == "__main__":
    sys.exit(main())
