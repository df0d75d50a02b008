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


def construction(q: dict, page: Labelled, spans: bool) -> list[str]:
    """The constructions one quotation exercises (a quotation may count in several)."""
    cue = q.get("cue") or ""
    text = str(q["text"])
    lang = page.header.get("lang")
    kinds = []
    if q.get("speaker") is None:
        kinds.append("unattributed (speaker null)")
    if not cue:
        kinds.append("no cue (pull quote, title)")
    elif re.search(r"\b(selon|according to|d'après)\b", cue, re.I):
        kinds.append("selon / according to")
    elif re.search(r"-t-(il|elle|ils|elles)\b|-(il|elle|ils|elles)\b|^(il|elle|ils|elles)\b|\b(he|she|they)\b", cue, re.I):
        kinds.append("pronoun cue (speaker = last named)")
    elif cue.rstrip().endswith(":"):
        kinds.append("colon introduction (X : « … »)")
    elif re.search(r"\[(next|following) sentence\]|\(next sentence\)", cue):
        kinds.append("speaker in the next sentence")
    else:
        names = [form for forms in page.actors.values() for form in forms] + list(page.actors)
        if q.get("speaker") and not any(n and n in cue for n in names):
            kinds.append("description or unlisted name in the cue")
        else:
            kinds.append("named speaker in the cue")
    if text[:1].islower():
        kinds.append("partial quotation (fragment in a sentence)")
    if spans:
        kinds.append("spans paragraphs")
    if any(m in text for m in "«»\"“”‘’") and re.search(r"[«“\"‘]\s?\w", text) and re.search(r"\w[.,!?…]?\s?[»”\"’]", text):
        kinds.append("quotation inside a quotation")
    if re.search(r"\s[—–]\s", text):
        kinds.append("dash inside the quotation")
    if "date" in q:
        kinds.append("dated by the text")
    return kinds or ["other"]


def check_file(path: Path, errors: list[str], counts: dict) -> None:
    """Check one quotes YAML, add its counts."""
    page_path = page_for(path)
    where = path.relative_to(QUOTES.parent.parent.parent)
    if not page_path.exists():
        errors.append(f"{where}: no page {page_path.name}")
        return
    page = parse(page_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    extra = set(data) - {"quotes", "not_quotes"}
    if extra:
        errors.append(f"{where}: unknown top-level keys {sorted(extra)}")
    lines = page.lines_tagged(*TEXT_TAGS)
    joined = " ".join(lines)
    joined_alt = " ".join(CONTINUATION.sub("", line) for line in lines)
    actors = page.actors
    forms = {form: canon for canon, fs in actors.items() for form in fs if form != canon}
    outlet_names = {str(x).lower() for x in (page.header.get("publisher") or [])}
    outlet_names |= {str(page.header.get(k) or "").lower() for k in ("outlet_name", "agency")} - {""}
    authors = {str(x).lower() for x in (page.header.get("authors") or [])}
    page_day = str(page.header.get("date") or "")[:10]
    lang = str(page.header.get("lang"))
    seen = set()
    quotes = data.get("quotes") or []
    for i, q in enumerate(quotes):
        tag = f"{where}: quote {i + 1}"
        if not isinstance(q, dict) or "text" not in q or "speaker" not in q:
            errors.append(f"{tag}: needs text and speaker")
            continue
        if set(q) - KEYS:
            errors.append(f"{tag}: unknown keys {sorted(set(q) - KEYS)}")
        text = str(q["text"])
        if text != text.strip() or text[:1] in MARKS and text[:1] not in "'" or text[-1:] in "«»“”" or text.endswith(","):
            errors.append(f"{tag}: outer marks, comma or spaces left in {text[:50]!r}")
        spans = False
        if text not in joined:
            if text in joined_alt:
                spans = True
            else:
                errors.append(f"{tag}: text not in the page's T/S/B lines: {text[:70]!r}")
        if (text, q["speaker"]) in seen:
            errors.append(f"{tag}: listed twice: {text[:50]!r}")
        seen.add((text, q["speaker"]))
        speaker = q["speaker"]
        if speaker is not None:
            speaker = str(speaker)
            if speaker in forms:
                errors.append(f"{tag}: speaker {speaker!r} is a form of actor {forms[speaker]!r}: use the canonical name")
            if speaker.lower() in outlet_names:
                errors.append(f"{tag}: speaker {speaker!r} is the page's outlet")
            if speaker.lower() in authors:
                errors.append(f"{tag}: speaker {speaker!r} is the page's author (a journalist is never a speaker)")
            if speaker not in actors:
                counts["unlisted speakers"][f"{speaker}  ({path.stem})"] += 1
        if "date" in q:
            try:
                said = dt.date.fromisoformat(str(q["date"]))
            except ValueError:
                errors.append(f"{tag}: date {q['date']!r} is not YYYY-MM-DD")
            else:
                if page_day and said > dt.date.fromisoformat(page_day):
                    errors.append(f"{tag}: date {said} is after the page's date {page_day}")
        counts["quotes"][lang] += 1
        counts["outlets"][lang].add(page.outlet)
        for kind in construction(q, page, spans):
            counts["construction"][(kind, lang)] += 1
    quoted = {str(q.get("text")) for q in quotes if isinstance(q, dict)}
    for n in data.get("not_quotes") or []:
        n = str(n)
        if n not in joined:
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
