"""Quality on the labelled set, leave-one-outlet-out: `make eval` (python -m tests.evaluation).

Each page goes through the steps a build runs, without Pelican: the converter (title, date,
outlet, language, which raw line becomes what), the Markdown rendered as Pelican renders it,
the boilerplate cleaning, then actors and dated events over the whole set as one dossier, read
from the cleaned text as the plugins read it.  The learned parts (the furniture model and the
title model) are trained without the page's outlet, so each outlet is judged by what was built
without seeing it.  With ``--folds K`` the outlets are left out K groups at a time (each page is
still judged by models that never saw its outlet, trained on a little less): the tests use it to
stay fast.

Measures, per outlet and overall:
- removal: recall of the lines tagged X (site furniture) that the reader no longer sees, and
  precision (the share of the lines the reader no longer sees that were furniture); body: the
  share of the lines tagged B or S (article text) the reader still sees;
- title, date, publisher, language: exact, as the shared scorer reads them (a page whose text
  never names its outlet is right when no publisher is invented for it);
- actors: precision and recall of the people and organisations in the JSON-LD `mentions`
  against the labels (optional names neither count nor cost), actors split over two pages;
- events: recall of the labelled event dates found in the chronology for the page, and the
  dates given for the page that no label allows (false dates).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import markdown
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dossier.actors import DocInput, EntityCache, load_curated, resolve  # noqa: E402
from dossier.boilerplate import clean_html, default_rules  # noqa: E402
from dossier.boilerplate.engine import RuleSet  # noqa: E402
from dossier.boilerplate.model import Trees  # noqa: E402
from dossier.chronology import build_events, find_dated, merge  # noqa: E402
from dossier.convert import Article, parse_article  # noqa: E402
from dossier.convert.render import render  # noqa: E402
from dossier.convert.run import metadata  # noqa: E402
from dossier.datewords import DAY, MONTH, WEEK  # noqa: E402
from dossier.site.htmltext import article_text  # noqa: E402
from dossier.text import fold  # noqa: E402
from tests.labelled import ARTICLES, Labelled, load  # noqa: E402

MARKDOWN = {"extensions": ["markdown.extensions.meta"], "output_format": "html5"}
# Roles of raw lines whose text the reader sees on the page (the theme shows them).
SHOWN_ROLES = ("title", "rubric", "summary", "caption", "caption+credit", "body")
PLACE_TYPE = "Place"
NER_CACHE = ROOT / "cache" / "ner"


def norm(s: str | None) -> str:
    """As the shared scorer compares texts: NFKC, plain quotes and dashes, no white space."""
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"[\u2018\u2019\u02bc\u2032`]", "'", s)
    s = re.sub(r"[\u201c\u201d\u00ab\u00bb\u2033]", '"', s)
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u2011", "-")
    return re.sub(r"\s+", "", s)


def key(name: str | None) -> str:
    """As the shared scorer compares names: no accents, case folded, no leading article."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[\u2018\u2019\u02bc']", "'", s).casefold()
    s = re.sub(r"^(l'|le |la |les )", "", s)
    return re.sub(r"[\s\-]+", " ", s).strip()


@dataclass
class PageResult:
    """What the pipeline made of one labelled page."""

    page: Labelled
    article: Article
    fields: dict[str, Any]
    removed_x: int = 0
    total_x: int = 0
    removed_other: int = 0  # B or S lines the reader no longer sees
    total_body: int = 0
    left: list[str] = field(default_factory=list)  # furniture still shown
    lost: list[str] = field(default_factory=list)  # article text no longer shown
    checks: dict[str, bool] = field(default_factory=dict)
    # the page as the analyses read it: cleaned body HTML and standfirst HTML
    content_html: str = ""
    summary_html: str | None = None
    # actors and events (the dossier pass)
    actors_found: set[str] = field(default_factory=set)  # labelled canonical names found
    actors_missed: list[str] = field(default_factory=list)
    actors_false: list[str] = field(default_factory=list)  # names given that no label allows
    events_found: list[str] = field(default_factory=list)
    events_missed: list[str] = field(default_factory=list)
    events_false: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        """The page's URL in the evaluation's dossier."""
        return f"articles/{self.page.name}.html"


def convert(page: Labelled, title_model: Trees | None = None) -> tuple[Article, dict[str, Any]]:
    """The converter's reading of a page (no sidecar)."""
    art = parse_article(page.raw_bytes.decode(page.header.get("encoding") or "utf-8").replace("\r\n", "\n"),
                        title_model)
    fields = metadata(art, {}, f"raw/{page.name}.txt", "0", "utf-8", page.name)
    return art, fields


def clean(art: Article, fields: dict[str, Any], rules: RuleSet) -> tuple[dict[int, str], str, str | None]:
    """The body blocks the cleaning removes (index -> why), the cleaned body HTML and standfirst HTML."""
    html = markdown.markdown(render(art, fields).split("\n\n", 1)[-1], **MARKDOWN)
    cleaned, removed = clean_html(html, rules, start=art.article_start)
    removed_idx: dict[int, str] = {}
    texts = [" ".join(b.text.split()) for b in art.blocks]
    for r in removed:
        if r.get("moved"):
            continue
        for i, t in enumerate(texts):
            if i not in removed_idx and norm(t) == norm(r["text"]):
                removed_idx[i] = r["rule"] + (f" ({r['why']})" if r.get("why") else "")
                break
    summary_html = None
    if art.summary:
        summary_html, from_summary = clean_html(markdown.markdown(art.summary, **MARKDOWN), rules, figures=False)
        if from_summary:
            summary_html = None
    return removed_idx, cleaned, summary_html


@dataclass
class Models:
    """What is learned, for one group of outlets left out: the cleaning rules with their model, the title model."""

    rules: RuleSet
    title: Trees | None = None


def evaluate_page(page: Labelled, models: Models) -> PageResult:
    """Line fates and metadata of one page."""
    art, fields = convert(page, models.title)
    res = PageResult(page, art, fields)
    removed, res.content_html, res.summary_html = clean(art, fields, models.rules)
    block_of = {no: i for i, b in enumerate(art.blocks) for no in b.lines}
    for no, tag in page.tags.items():
        role = art.roles.get(no, "?")
        shown = role in SHOWN_ROLES and not (role == "body" and block_of.get(no) in removed) \
            and not (role == "summary" and res.summary_html is None)
        text = page.lines[no - 1][1]
        if tag == "X":
            res.total_x += 1
            if shown:
                res.left.append(text)
            else:
                res.removed_x += 1
        elif tag in "BS":
            res.total_body += 1
            if not shown:
                res.removed_other += 1
                res.lost.append(f"{text}   <- {removed.get(block_of.get(no, -1), role)}")
    h = page.header
    res.checks["title"] = norm(fields.get("Title")) == norm(h.get("title"))
    want_date = str(h["date"])[:10] if h.get("date") else None
    res.checks["date"] = (fields.get("Date") or "")[:10] == (want_date or "")
    publishers = [key(p) for p in h.get("publisher") or []]
    got = [key(fields.get("Source")), key(fields.get("Agency"))]
    if publishers and not names_outlet(page.raw_text, h.get("publisher") or []):
        # the pasted text never names its outlet: no tool can tell it, and none must be invented
        res.checks["publisher"] = not fields.get("Source") or any(g and g in publishers for g in got)
    else:
        res.checks["publisher"] = not publishers or any(g and g in publishers for g in got)
    res.checks["lang"] = str(fields.get("Lang")) == str(h.get("lang"))
    return res


# --- actors and events, over the whole set as one dossier ---------------------------------------

ALIASES = "aliases.yaml"


class Entities:
    """Which real-world actor a name stands for, as the labels say.

    On a page, a name is one of the forms its labels list for an actor; across pages, the
    canonical names of one actor are grouped by aliases.yaml (French and English names).  An
    actor is its group's first name.
    """

    def __init__(self, results: Sequence[PageResult]) -> None:
        self.group: dict[str, str] = {}
        folder = results[0].page.folder if results else None
        path = (folder or ARTICLES) / ALIASES
        groups = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []
        for names in groups or []:
            for n in names:
                self.group.setdefault(key(str(n)), key(str(names[0])))
        optional = {key(n) for r in results for n in r.page.optional}
        self.optional = optional | {self.group[k] for k in optional if k in self.group}

    def is_optional(self, name: str) -> bool:
        """A name some page lists as optional (or a name of the same alias group)."""
        return key(name) in self.optional or self.canonical(name) in self.optional

    def canonical(self, name: str) -> str:
        """The actor a canonical name (or a name of its alias group) stands for."""
        k = key(name)
        return self.group.get(k, k)

    def of(self, page: Labelled, name: str) -> str:
        """The actor a name stands for on a page: its labels' forms first, then the alias groups."""
        k = key(name)
        for canon, forms in page.actors.items():
            if k == key(canon) or k in {key(f) for f in forms}:
                return self.canonical(canon)
        return self.canonical(name)


def _ds(value: date, precision: str) -> str:
    """An entry's date as the shared scorer reads it from chronology.json."""
    if precision in (DAY, WEEK):
        return value.isoformat()
    if precision == MONTH:
        return value.isoformat()[:7]
    return f"{value.year:04d}"


def dossier_pass(results: Sequence[PageResult], ner_cache: Path = NER_CACHE) -> dict[str, list[str]]:
    """Actors and events of every page, read from its cleaned text; returns the actors split over pages."""
    curated, _problems = load_curated(ROOT / "content" / "actors.yaml", ROOT / "content")
    texts = [article_text(str(r.fields.get("Title") or ""), r.summary_html, r.content_html) for r in results]
    langs = [str(r.fields.get("Lang") or "fr") for r in results]
    entities = EntityCache(ner_cache).get_many([t.blocks for t in texts])
    # the byline's authors, as the build passes them (Pelican splits `Authors:` at commas)
    authors = [[a.strip() for a in str(r.fields.get("Authors") or "").split(",") if a.strip()] for r in results]
    res = resolve([DocInput(t.blocks, e, lang, authors=by) for t, e, lang, by in
                   zip(texts, entities, langs, authors, strict=True)], curated)
    types = {k: a.type for k, a in res.actors.items()}

    entity = Entities(results)
    pages_of: dict[str, set[str]] = defaultdict(set)
    for r, counts in zip(results, res.mentions, strict=True):
        here = {entity.of(r.page, c): c for c in r.page.actors}
        for k in counts:
            actor = res.actors[k]
            if actor.type == PLACE_TYPE:
                continue
            e = entity.of(r.page, actor.name)
            if e in here:
                r.actors_found.add(here[e])
                pages_of[e].add(actor.slug)
            elif not entity.is_optional(actor.name):
                r.actors_false.append(actor.name)
        r.actors_missed = sorted(set(r.page.actors) - r.actors_found)

    events = []
    for r, text, lang, spans in zip(results, texts, langs, res.spans, strict=True):
        published = r.fields.get("Date")
        ref = date.fromisoformat(published[:10]) if published else None
        events += build_events(find_dated(text.blocks, ref, lang), text.anchors, r.url, spans)
    dates_of: dict[str, set[str]] = defaultdict(set)
    for entry in merge(events, types):
        for source in entry.sources:
            dates_of[source.article].add(_ds(entry.value, entry.precision))
    for r in results:
        got = dates_of.get(r.url, set())
        allowed = set(r.page.events) | set(r.page.events_optional)
        if r.page.header.get("date"):
            allowed.add(str(r.page.header["date"])[:10])
        r.events_found = [d for d in r.page.events if d in got]
        r.events_missed = [d for d in r.page.events if d not in got]
        r.events_false = sorted(d for d in got if d not in allowed)
    return {canon: sorted(slugs) for canon, slugs in pages_of.items() if len(slugs) > 1}


# --- sums ----------------------------------------------------------------------------------------

def names_outlet(text: str, forms: list[str]) -> bool:
    """Whether the pasted text names the outlet in one of its forms (as a whole word, folded)."""
    folded = fold(text)
    return any(re.search(rf"(?<!\w){re.escape(fold(f))}(?!\w)", folded) for f in forms if f)


@dataclass
class Scores:
    """Sums over pages."""

    removed_x: int = 0
    total_x: int = 0
    removed_other: int = 0
    total_body: int = 0
    checks: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    actors_tp: int = 0
    actors_fp: int = 0
    actors_fn: int = 0
    events_found: int = 0
    events_total: int = 0
    events_false: int = 0

    def add(self, r: PageResult) -> None:
        """Count one page."""
        self.removed_x += r.removed_x
        self.total_x += r.total_x
        self.removed_other += r.removed_other
        self.total_body += r.total_body
        for k, v in r.checks.items():
            if k == "publisher" and not r.page.header.get("publisher"):
                continue
            self.checks[k].append(v)
        self.actors_tp += len(r.actors_found)
        self.actors_fp += len(r.actors_false)
        self.actors_fn += len(r.actors_missed)
        self.events_found += len(r.events_found)
        self.events_total += len(r.page.events)
        self.events_false += len(r.events_false)

    @property
    def removal_recall(self) -> float:
        """Share of furniture lines the reader no longer sees."""
        return self.removed_x / self.total_x if self.total_x else 1.0

    @property
    def removal_precision(self) -> float:
        """Share of removed lines that were furniture."""
        gone = self.removed_x + self.removed_other
        return self.removed_x / gone if gone else 1.0

    @property
    def body_kept(self) -> float:
        """Share of article lines the reader still sees."""
        return 1 - self.removed_other / self.total_body if self.total_body else 1.0

    @property
    def actor_precision(self) -> float:
        """Share of the people and organisations given that the labels name."""
        n = self.actors_tp + self.actors_fp
        return self.actors_tp / n if n else 1.0

    @property
    def actor_recall(self) -> float:
        """Share of the labelled people and organisations given."""
        n = self.actors_tp + self.actors_fn
        return self.actors_tp / n if n else 1.0

    @property
    def event_recall(self) -> float:
        """Share of the labelled event dates found."""
        return self.events_found / self.events_total if self.events_total else 1.0

    def rate(self, name: str) -> float:
        """Share of pages where a check holds."""
        v = self.checks.get(name, [])
        return sum(v) / len(v) if v else 1.0


def fold_of(outlet: str, folds: int) -> int:
    """The group an outlet is left out with (stable across runs and machines)."""
    return zlib.crc32(outlet.encode("utf-8")) % folds


def judged_without_their_outlet(pages: Sequence[Labelled], training: Sequence[Labelled],
                                models_without: Callable[[set[str]], Models], folds: int = 0) -> list[PageResult]:
    """Every page judged by the models built without its outlet (and, with folds, its fold's outlets)."""
    trained_on = {p.outlet for p in training}
    groups: dict[Any, set[str]] = defaultdict(set)
    for p in [*pages, *training]:
        groups[fold_of(p.outlet, folds) if folds else p.outlet].add(p.outlet)
    cache: dict[frozenset[str], Models] = {}
    out = []
    for page in pages:
        # the outlets the training must not see: only those it would see matter (a folder of new
        # outlets is judged by one model trained on the whole labelled set)
        left_out = frozenset(groups[fold_of(page.outlet, folds) if folds else page.outlet] & trained_on)
        if left_out not in cache:
            cache[left_out] = models_without(set(left_out))
        out.append(evaluate_page(page, cache[left_out]))
    return out


# The furniture model's examples of each labelled page, computed once per run.
_EXAMPLES: dict[str, Any] = {}


def models_trained_without(pages: Sequence[Labelled], outlets: set[str]) -> Models:
    """The shipped rules with models trained on every page but those of these outlets."""
    from tests.training import train, train_title

    others = [p for p in pages if p.outlet not in outlets]
    rules = default_rules()
    rules.model = train(others, _EXAMPLES)
    return Models(rules, train_title(others))


def evaluate(pages: Sequence[Labelled] | None = None, training: Sequence[Labelled] | None = None, folds: int = 0,
             ner_cache: Path = NER_CACHE) -> tuple[list[PageResult], dict[str, Any]]:
    """Judge the pages without their outlets; the per-page results and the overall figures."""
    training = list(training if training is not None else load())
    pages = list(pages if pages is not None else training)
    results = judged_without_their_outlet(pages, training, lambda out: models_trained_without(training, out), folds)
    split = dossier_pass(results, ner_cache)
    total = Scores()
    for r in results:
        total.add(r)
    figures = {"pages": len(results), "outlets": len({r.page.outlet for r in results}),
               "removal_recall": round(total.removal_recall, 3), "removal_precision": round(total.removal_precision, 3),
               "body_kept": round(total.body_kept, 3),
               **{k: round(total.rate(k), 3) for k in ("title", "date", "publisher", "lang")},
               "actor_precision": round(total.actor_precision, 3), "actor_recall": round(total.actor_recall, 3),
               "actors_split": len(split), "event_recall": round(total.event_recall, 3),
               "false_dates": total.events_false, "split": split}
    return results, figures


def show(r: PageResult) -> None:
    """What went wrong on one page."""
    for t in r.left:
        print(f"    left: {t[:100]}")
    for t in r.lost:
        print(f"    LOST: {t[:100]}")
    h = r.page.header
    if not r.checks["title"]:
        print(f"    title: {r.fields.get('Title')!r} (want {h.get('title')!r})")
    if not r.checks["date"]:
        print(f"    date: {r.fields.get('Date')!r} (want {h.get('date')!r})")
    if not r.checks["publisher"]:
        print(f"    publisher: {r.fields.get('Source')!r} / {r.fields.get('Agency')!r} (want {h.get('publisher')!r})")
    if r.actors_missed:
        print(f"    actors missed: {', '.join(r.actors_missed)}")
    if r.actors_false:
        print(f"    actors wrong: {', '.join(sorted(set(r.actors_false)))}")
    if r.events_missed or r.events_false:
        missed, false = ", ".join(r.events_missed) or "-", ", ".join(r.events_false) or "-"
        print(f"    events missed: {missed}; false dates: {false}")


def main(argv: list[str] | None = None) -> int:
    """Print per-outlet and overall figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, default=None, help="judge the .labelled files of another folder")
    ap.add_argument("--folds", type=int, default=0, help="leave outlets out in this many groups (0: one at a time)")
    ap.add_argument("--show", action="store_true", help="list what went wrong on each page")
    ap.add_argument("--only", nargs="*", default=(), help="judge only the pages whose name holds one of these")
    ap.add_argument("--json", type=Path, help="write the figures as JSON")
    args = ap.parse_args(argv)
    training = load()
    pages = load(args.folder) if args.folder else training
    if args.only:
        pages = [p for p in pages if any(o in p.name for o in args.only)]
    results, figures = evaluate(pages, training, args.folds)
    by_outlet: dict[str, Scores] = defaultdict(Scores)
    for r in results:
        by_outlet[r.page.outlet].add(r)
    print(f"{'outlet':30} {'removal':>7} {'body':>5} {'actors P/R':>10} {'events':>6}  wrong")
    for r in results:
        s = Scores()
        s.add(r)
        flags = [k for k, v in r.checks.items() if not v] + (["false dates"] if r.events_false else [])
        print(f"{r.page.outlet:30} {s.removal_recall:7.2f} {s.body_kept:5.2f} {s.actor_precision:5.2f}/"
              f"{s.actor_recall:4.2f} {s.event_recall:6.2f}  {' '.join(flags)}")
        if args.show:
            show(r)
    if figures["split"]:
        print("actors split over pages:", json.dumps(figures["split"], ensure_ascii=False))
    print(" ".join(f"{k}={v}" for k, v in figures.items() if k != "split"))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
