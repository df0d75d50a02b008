"""Quality of the quotations on the labelled set: `python -m tests.quotes_evaluation [--show]`.

Each labelled page (tests/data/quotes/<page>.yaml, the page itself in tests/data/quotes/pages/
or tests/data/articles/) is read as the analyses read an article: its title, then its
standfirst and body lines (T, S, B).  The actors of every page are found as the build finds
them, over the whole set as one dossier (dossier.actors with the seed's actors file), and the
dates as the chronology finds them; then dossier.quotes extracts the page's quotations.  No rule
is fitted to a page: the rules are the same for every outlet, so each outlet is judged, as the
other stages are, by what was built without it.  DOSSIER_QUOTES points to another copy of the
labels (a work tree where they are being written).

A (quotation, speaker) pair found is right when a labelled one has the same words after folding
(one holds the other, or they share SAME_WORDS of their words) and the same speaker: the actor
the label names (its name or one of the forms the page's header gives it), or, for a speaker no
actor stands for, the same words.  Precision and recall per outlet, per language and overall,
and the labelled not-quotations that were extracted anyway.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.actors import DocInput, EntityCache, load_curated, resolve  # noqa: E402
from dossier.chronology import find_dated  # noqa: E402
from dossier.datewords import weekdays  # noqa: E402
from dossier.quotes import Mention, Quote, find_quotes  # noqa: E402
from dossier.text import fold, words  # noqa: E402
from tests.labelled import ARTICLES, Labelled, parse  # noqa: E402

QUOTES = Path(os.environ.get("DOSSIER_QUOTES") or ROOT / "tests" / "data" / "quotes")
NER_CACHE = ROOT / "cache" / "ner"
SAME_WORDS = 0.8
ARTICLE_WORDS = re.compile(r"^(?:l'|le |la |les |the |mr |mrs |ms |m |mme |dr )+")


@dataclass
class Gold:
    """One labelled page's quotations."""

    page: Labelled
    quotes: list[dict[str, Any]]
    not_quotes: list[str]

    @property
    def lang(self) -> str:
        return str(self.page.header.get("lang") or "fr")

    @property
    def published(self) -> date | None:
        d = self.page.header.get("date")
        return date.fromisoformat(str(d)[:10]) if d else None

    def blocks(self) -> list[str]:
        """Title, then standfirst and body lines, as the analyses read an article."""
        title = next((t for tag, t in self.page.lines if tag == "T"), "")
        return [" ".join(title.split())] + [" ".join(t.split()) for tag, t in self.page.lines
                                            if tag in "SB" and tag and t.strip()]


@dataclass
class Result:
    """What the extractor made of one page."""

    gold: Gold
    found: list[Quote]
    names: dict[str, set[str]]  # actor key -> folded forms of its names
    right: list[tuple[dict[str, Any], Quote]] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)  # labelled, not found with its speaker
    wrong: list[Quote] = field(default_factory=list)  # found, no labelled pair
    not_quotes: list[Quote] = field(default_factory=list)  # found, labelled as no quotation
    repeats: list[Quote] = field(default_factory=list)  # found again (a title repeating a quotation)
    text_found: int = 0  # labelled quotations found, whoever the speaker
    dates_right: int = 0
    dates_labelled: int = 0


    @property
    def attributed(self) -> list[dict[str, Any]]:
        """The labelled quotations with a speaker (one the label leaves unattributed is no pair to find)."""
        return [q for q in self.gold.quotes if q.get("speaker")]


def norm(text: str) -> str:
    return " ".join(words(fold(text)))


def overlap(a: str, b: str) -> float:
    """The share of the longer one's words the two have in common."""
    wa, wb = norm(a).split(), norm(b).split()
    if not wa or not wb:
        return 0.0
    return sum(min(wa.count(w), wb.count(w)) for w in set(wa)) / max(len(wa), len(wb))


def same_text(a: str, b: str) -> bool:
    """One holds the other, or they share SAME_WORDS of their words."""
    fa, fb = norm(a), norm(b)
    if not fa or not fb:
        return False
    return fa in fb or fb in fa or overlap(a, b) >= SAME_WORDS


def name_forms(name: str) -> str:
    return ARTICLE_WORDS.sub("", norm(name)).strip()


def same_speaker(label: str, page: Labelled, q: Quote, names: dict[str, set[str]]) -> bool:
    """The label's speaker: by the actor's names and the header's forms, or by the words as written."""
    forms = {name_forms(label)} | {name_forms(f) for f in page.actors.get(label, [])}
    got = {name_forms(q.speaker_name)} | names.get(q.speaker, set())
    if forms & got:
        return True
    if any(len(g.split()) == 1 and len(f.split()) > 1 and g in (f.split()[0], f.split()[-1])
           for g in got for f in forms):
        return True  # a first name or a surname the actors stage kept alone ("Lorraine" for Lorraine Bird)
    return any(g and f and re.search(rf"(?<!\w){re.escape(g)}(?!\w)", f) or
               g and f and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", g) for g in got for f in forms
               if len(g.split()) > 1 and len(f.split()) > 1 or not q.speaker)


def labelled_date(value: Any, published: date | None) -> date | None:
    """A label's date: ISO, or « @lundi » (the last such day on or before the publication)."""
    if value is None:
        return None
    text = str(value)
    if text.startswith("@"):
        day = weekdays().get(fold(text[1:]).strip())
        if day is None or published is None:
            return None
        return published - timedelta(days=(published.weekday() - day) % 7)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def page_of(stem: str) -> Path | None:
    """A labels file's page: written for the set (pages/), or one of the labelled articles."""
    for folder in (QUOTES / "pages", QUOTES.parent / "articles", ARTICLES):
        p = folder / f"{stem}.labelled"
        if p.exists():
            return p
    return None


def load_gold(folder: Path = QUOTES) -> list[Gold]:
    out = []
    for path in sorted([*folder.glob("*.yaml"), *(folder / "pages").glob("*.yaml")]):
        page = page_of(path.stem)
        if page is None:
            print(f"{path.name}: no page {path.stem}.labelled", file=sys.stderr)
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        out.append(Gold(parse(page), list(data.get("quotes") or []), [str(x) for x in data.get("not_quotes") or []]))
    return out


def extract(golds: Sequence[Gold], ner_cache: Path = NER_CACHE) -> list[Result]:
    """Actors over the whole set as one dossier, dates per page, then the quotations of each page."""
    curated, _problems = load_curated(ROOT / "content" / "actors.yaml", ROOT / "content")
    blocks = [g.blocks() for g in golds]
    entities = EntityCache(ner_cache).get_many(blocks)
    res = resolve([DocInput(b, e, g.lang) for b, e, g in zip(blocks, entities, golds, strict=True)], curated)
    names = {k: {name_forms(n) for n in [a.name, *a.names]} for k, a in res.actors.items()}
    out = []
    for g, b, spans in zip(golds, blocks, res.spans, strict=True):
        mentions = [Mention(bb, s, e, k, res.actors[k].type) for bb, s, e, k in spans]
        dated = find_dated(b, g.published, g.lang)
        authors = [str(a) for a in g.page.header.get("authors") or []]
        publishers = [str(p) for p in g.page.header.get("publisher") or []]
        found = find_quotes(b, g.lang, g.published, mentions, dated, authors, publishers, g.page.name)
        out.append(score(Result(g, found, names)))
    return out


def score(r: Result) -> Result:
    """Match found pairs to labelled ones, one to one."""
    free = list(r.found)
    for label in r.attributed:
        text, speaker = str(label.get("text") or ""), str(label.get("speaker") or "")
        if any(same_text(text, q.text) for q in r.found):
            r.text_found += 1
        candidates = [q for q in free if same_text(text, q.text) and same_speaker(speaker, r.gold.page, q, r.names)]
        match = max(candidates, key=lambda q: overlap(text, q.text), default=None)
        if match is None:
            r.missed.append(label)
            continue
        free.remove(match)
        r.right.append((label, match))
        want = labelled_date(label.get("date"), r.gold.published)
        if want is not None:
            r.dates_labelled += 1
            r.dates_right += want == match.date
    for q in free:
        if any(same_text(q.text, m.text) and q.speaker_name == m.speaker_name for _lb, m in r.right):
            r.repeats.append(q)  # a title repeating a quotation labelled once: neither right nor wrong
            continue
        if any(same_text(n, q.text) for n in r.gold.not_quotes) and not any(
                same_text(str(lb.get("text") or ""), q.text) for lb in r.gold.quotes):
            r.not_quotes.append(q)
        r.wrong.append(q)
    return r


@dataclass
class Sums:
    right: int = 0
    found: int = 0
    labelled: int = 0
    text_found: int = 0
    not_quotes: int = 0
    not_quotes_labelled: int = 0
    dates_right: int = 0
    dates_labelled: int = 0

    def add(self, r: Result) -> None:
        self.right += len(r.right)
        self.found += len(r.found) - len(r.repeats)
        self.labelled += len(r.attributed)
        self.text_found += r.text_found
        self.not_quotes += len(r.not_quotes)
        self.not_quotes_labelled += len(r.gold.not_quotes)
        self.dates_right += r.dates_right
        self.dates_labelled += r.dates_labelled

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 1.0

    def line(self, name: str) -> str:
        return (f"{name:<48} P {self.precision:.3f}  R {self.recall:.3f}  ({self.right}/{self.found} found, "
                f"{self.labelled} labelled; words found {self.text_found}; not_quotes taken {self.not_quotes}/"
                f"{self.not_quotes_labelled}; dates {self.dates_right}/{self.dates_labelled})")


def summarise(results: Sequence[Result]) -> tuple[Sums, dict[str, Sums], dict[str, Sums]]:
    total, by_lang, by_outlet = Sums(), defaultdict(Sums), defaultdict(Sums)
    for r in results:
        total.add(r)
        by_lang[r.gold.lang].add(r)
        by_outlet[r.gold.page.outlet].add(r)
    return total, dict(by_lang), dict(by_outlet)


def show(r: Result) -> None:
    if not (r.missed or r.wrong):
        return
    print(f"\n== {r.gold.page.name} ({r.gold.lang})")
    for label in r.missed:
        near = [q for q in r.found if same_text(str(label.get("text") or ""), q.text)]
        got = f"  [found as {near[0].speaker_name!r} by {near[0].cue}]" if near else ""
        print(f"  missed: {str(label.get('text'))[:90]!r} — {label.get('speaker')} ({label.get('cue')}){got}")
    for q in r.wrong:
        tag = "NOT-QUOTE" if q in r.not_quotes else "wrong"
        print(f"  {tag}: {q.text[:90]!r} — {q.speaker_name!r} [{q.speaker}] by {q.cue} ({q.verb})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every missed and wrong pair")
    ap.add_argument("--outlets", action="store_true", help="print the figures of every outlet")
    args = ap.parse_args(argv)
    results = extract(load_gold())
    if args.show:
        for r in results:
            show(r)
        print()
    total, by_lang, by_outlet = summarise(results)
    if args.outlets or args.show:
        for name, s in sorted(by_outlet.items()):
            print(s.line(name))
    for name, s in sorted(by_lang.items()):
        print(s.line(f"lang {name}"))
    print(total.line(f"overall ({len(results)} pages)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
