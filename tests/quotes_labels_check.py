"""Check the labelled quotations (tests/data/quotes/, described in its README.md) and count them.

Run: ``.venv/bin/python tests/quotes_labels_check.py``.  Every quotes YAML is read with the page
it labels (tests/data/articles/<stem>.labelled, or tests/data/quotes/pages/<stem>.labelled next
to it); the script checks that every quotation's text and every not_quote occur in the page's
T, S and B lines (lines joined with a space; a quotation spanning paragraphs may leave out the
opening mark or dash of a continuation paragraph), that speakers use the canonical actor name
(not one of its other forms) and are never the page's outlet, that dates are ISO days, then
prints counts per language, outlet and construction.  It exits 1 on any error.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.labelled import ARTICLES, Labelled, parse  # noqa: E402

QUOTES = Path(__file__).resolve().parent / "data" / "quotes"
PAGES = QUOTES / "pages"
TEXT_TAGS = ("T", "S", "B")
MARKS = "«»\"“”„‹›'‘’"
# A continuation paragraph's opening: a quote mark or a dialogue dash.
CONTINUATION = re.compile(r"^(?:[«“\"‹„]\s?|[—–]\s)")
KEYS = {"text", "speaker", "date", "cue"}


def page_for(path: Path) -> Path:
    """The .labelled page a quotes YAML labels."""
    if path.parent == PAGES:
        return path.with_suffix(".labelled")
    return ARTICLES / (path.stem + ".labelled")


PRONOUN = re.compile(r"-t-(il|elle|ils|elles)\b|-(il|elle|ils|elles)\b|^(il|elle|ils|elles)\b|\b(he|she|they)\b", re.I)
INNER_OPEN = re.compile(r"[«“\"‘]\s?\w|(?:^|[\s:,])'\w")
INNER_CLOSE = re.compile(r"\w[.,!?…]?\s?[»”\"’]|\w[.,!?…]?'(?=[\s,]|$)")


def cue_kind(q: dict, page: Labelled) -> str:
    """How the cue attributes the quotation."""
    cue = q.get("cue") or ""
    if not cue:
        return "no cue (pull quote, title)"
    if re.search(r"\b(selon|according to|d'après)\b", cue, re.I):
        return "selon / according to"
    if PRONOUN.search(cue):
        return "pronoun cue (speaker = last named)"
    if cue.rstrip().endswith(":"):
        return "colon introduction (X : « … »)"
    if "[next sentence]" in cue:
        return "speaker in the next sentence"
    names = [form for forms in page.actors.values() for form in forms] + list(page.actors)
    if q.get("speaker") and not any(n and n in cue for n in names):
        return "description or unlisted name in the cue"
    return "named speaker in the cue"


def construction(q: dict, page: Labelled, spans: bool) -> list[str]:
    """The constructions one quotation exercises (a quotation may count in several)."""
    text = str(q["text"])
    kinds = [cue_kind(q, page)]
    if q.get("speaker") is None:
        kinds.append("unattributed (speaker null)")
    if text[:1].islower():
        kinds.append("partial quotation (fragment in a sentence)")
    if spans:
        kinds.append("spans paragraphs")
    if INNER_OPEN.search(text) and INNER_CLOSE.search(text):
        kinds.append("quotation inside a quotation")
    if re.search(r"\s[—–]\s", text):
        kinds.append("dash inside the quotation")
    if "date" in q:
        kinds.append("dated by the text")
    return kinds


@dataclass
class Page:
    """A labelled page as the checks read it."""

    page: Labelled
    joined: str  # the T, S and B lines joined with a space
    joined_alt: str  # the same without the opening mark or dash of each line
    forms: dict[str, str]  # actor form -> canonical name
    outlet_names: set[str]
    authors: set[str]
    day: str

    @classmethod
    def read(cls, path: Path) -> Page:
        """The page a .labelled file holds."""
        page = parse(path)
        lines = page.lines_tagged(*TEXT_TAGS)
        outlet = {str(x).lower() for x in (page.header.get("publisher") or [])}
        outlet |= {str(page.header.get(k) or "").lower() for k in ("outlet_name", "agency")} - {""}
        forms = {form: canon for canon, fs in page.actors.items() for form in fs if form != canon}
        authors = {str(x).lower() for x in (page.header.get("authors") or [])}
        return cls(page, " ".join(lines), " ".join(CONTINUATION.sub("", line) for line in lines), forms, outlet,
                   authors, str(page.header.get("date") or "")[:10])


def check_text(text: str, page: Page, tag: str, errors: list[str]) -> bool:
    """Check a quotation's text; whether it spans paragraphs."""
    marks_left = text[:1] in MARKS and text[:1] != "'" or text[-1:] in "«»“”"
    if text != text.strip() or marks_left or text.endswith(","):
        errors.append(f"{tag}: outer marks, comma or spaces left in {text[:50]!r}")
    if text in page.joined:
        return False
    if text in page.joined_alt:
        return True
    errors.append(f"{tag}: text not in the page's T/S/B lines: {text[:70]!r}")
    return False


def check_speaker(speaker: str, page: Page, tag: str, errors: list[str]) -> None:
    """Check a quotation's speaker."""
    if speaker in page.forms:
        errors.append(f"{tag}: speaker {speaker!r} is a form of actor {page.forms[speaker]!r}: use the canonical name")
    if speaker.lower() in page.outlet_names:
        errors.append(f"{tag}: speaker {speaker!r} is the page's outlet")
    if speaker.lower() in page.authors:
        errors.append(f"{tag}: speaker {speaker!r} is the page's author (a journalist is never a speaker)")


def check_date(value: object, page: Page, tag: str, errors: list[str]) -> None:
    """Check a quotation's date."""
    try:
        said = dt.date.fromisoformat(str(value))
    except ValueError:
        errors.append(f"{tag}: date {value!r} is not YYYY-MM-DD")
        return
    if page.day and said > dt.date.fromisoformat(page.day):
        errors.append(f"{tag}: date {said} is after the page's date {page.day}")


def check_quotes(quotes: list, page: Page, where: object, errors: list[str], counts: dict) -> None:
    """Check the quotations of one page, add their counts."""
    lang = str(page.page.header.get("lang"))
    seen = set()
    for i, q in enumerate(quotes):
        tag = f"{where}: quote {i + 1}"
        if not isinstance(q, dict) or "text" not in q or "speaker" not in q:
            errors.append(f"{tag}: needs text and speaker")
            continue
        if set(q) - KEYS:
            errors.append(f"{tag}: unknown keys {sorted(set(q) - KEYS)}")
        text = str(q["text"])
        spans = check_text(text, page, tag, errors)
        if (text, q["speaker"]) in seen:
            errors.append(f"{tag}: listed twice: {text[:50]!r}")
        seen.add((text, q["speaker"]))
        if q["speaker"] is not None:
            check_speaker(str(q["speaker"]), page, tag, errors)
            if str(q["speaker"]) not in page.page.actors:
                counts["unlisted speakers"][f"{q['speaker']}  ({page.page.name})"] += 1
        if "date" in q:
            check_date(q["date"], page, tag, errors)
        counts["quotes"][lang] += 1
        counts["outlets"][lang].add(page.page.outlet)
        for kind in construction(q, page.page, spans):
            counts["construction"][(kind, lang)] += 1


def check_file(path: Path, errors: list[str], counts: dict) -> None:
    """Check one quotes YAML, add its counts."""
    page_path = page_for(path)
    where = path.relative_to(QUOTES.parent.parent.parent)
    if not page_path.exists():
        errors.append(f"{where}: no page {page_path.name}")
        return
    page = Page.read(page_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    extra = set(data) - {"quotes", "not_quotes"}
    if extra:
        errors.append(f"{where}: unknown top-level keys {sorted(extra)}")
    quotes = data.get("quotes") or []
    check_quotes(quotes, page, where, errors, counts)
    lang = str(page.page.header.get("lang"))
    quoted = {str(q.get("text")) for q in quotes if isinstance(q, dict)}
    for n in data.get("not_quotes") or []:
        n = str(n)
        if n not in page.joined:
            errors.append(f"{where}: not_quote not in the page's T/S/B lines: {n[:60]!r}")
        if n in quoted:
            errors.append(f"{where}: {n[:50]!r} is both a quotation and a not_quote")
        counts["not_quotes"][lang] += 1
    counts["pages"][(lang, "new" if path.parent == PAGES else "existing")] += 1


def main() -> int:
    errors: list[str] = []
    counts: dict = {
        "quotes": Counter(), "not_quotes": Counter(), "pages": Counter(), "construction": Counter(),
        "unlisted speakers": Counter(), "outlets": defaultdict(set),
    }
    files = sorted(QUOTES.glob("*.yaml")) + sorted(PAGES.glob("*.yaml"))
    for path in files:
        check_file(path, errors, counts)
    for page in sorted(PAGES.glob("*.labelled")):
        if not page.with_suffix(".yaml").exists():
            errors.append(f"{page.name}: new page without its quotes YAML")
        header = parse(page).header
        missing = {"outlet", "title", "date", "publisher", "lang", "actors"} - set(header)
        if missing:
            errors.append(f"{page.name}: header lacks {sorted(missing)}")
    existing = {p.stem for p in ARTICLES.glob("*.labelled")}
    clash = {p.stem for p in PAGES.glob("*.labelled")} & existing
    if clash:
        errors.append(f"new pages named like existing ones: {sorted(clash)}")
    new_outlets = {str(parse(p).header["outlet"]) for p in PAGES.glob("*.labelled")}
    old_outlets = {str(parse(p).header["outlet"]) for p in ARTICLES.glob("*.labelled")}
    if new_outlets & old_outlets:
        errors.append(f"new pages from outlets already in tests/data/articles: {sorted(new_outlets & old_outlets)}")

    langs = sorted(set(counts["quotes"]) | set(counts["not_quotes"]))
    print(f"{len(files)} quotes files")
    print("pages:", ", ".join(f"{lang} {kind} {n}" for (lang, kind), n in sorted(counts["pages"].items())))
    for lang in langs:
        print(f"{lang}: {counts['quotes'][lang]} quotations, {counts['not_quotes'][lang]} not_quotes, "
              f"{len(counts['outlets'][lang])} outlets with quotations")
    print(f"total: {sum(counts['quotes'].values())} quotations, {sum(counts['not_quotes'].values())} not_quotes, "
          f"{len(set().union(*counts['outlets'].values()) if counts['outlets'] else set())} outlets")
    print("by construction (a quotation may count in several):")
    kinds = sorted({k for k, _ in counts["construction"]})
    for kind in kinds:
        row = "  ".join(f"{lang} {counts['construction'][(kind, lang)]:4d}" for lang in langs)
        print(f"  {kind:46s} {row}")
    if "-v" in sys.argv:
        print("speakers not in the page's actors:")
        for name, n in sorted(counts["unlisted speakers"].items()):
            print(f"  {name}: {n}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
