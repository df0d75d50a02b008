"""Events the articles report: the clause carrying a date, its actors, its source paragraph.

An event is found for each temporal expression (dossier.timex) of each sentence.  The same
event reported by several articles (same date and precision, and an actor in common or
much the same words) is one chronology entry with all its sources.  Editors hide, fix or
add entries in a data file; entries keep ids derived from their text, so the overrides
survive rebuilds and re-conversions.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from dossier.dates import MONTH_NAMES_FR, fold, format_date_fr
from dossier.timex import CLAUSE_BREAK, DAY, MONTH, WEEK, YEAR, Timex, clause_spans, find_timexes

# Two reports are the same event when their words overlap this much (Jaccard on content words).
SAME_EVENT_SIMILARITY_DEFAULT = 0.35
# Abbreviations after which a full stop does not end a sentence ("M. Le Drian").
ABBREVIATIONS = ("M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "Mgr", "St", "Ste", "Mr", "Mrs", "Ms", "Jr", "Sr",
                 "Gen", "Col", "Sen", "Rep", "Gov", "av", "J.-C", "etc", "cf", "p", "n°", "No", "U.S", "U.N")
STOPWORDS = frozenset("""le la les l un une des de du d au aux a à et ou en dans sur pour par avec que qui ne pas
se sa son ses leur leurs ce cette ces il elle ils elles on est sont a ont été être avoir the of and to in on at for
with by from that this is was were be been has have had it its as an""".split())


@dataclass
class Event:
    """One report of an event, in one article."""

    id: str
    value: date
    precision: str
    iso: str
    expression: str  # the date as the article writes it
    sentence: str
    clause: str
    article: str  # the article page's URL
    anchor: str  # the paragraph's id ("" for the title)
    actors: list = field(default_factory=list)  # actor keys (or objects, as the caller gives)


@dataclass
class Entry:
    """A line of the chronology: an event and every article that reports it."""

    id: str
    value: date
    precision: str
    iso: str
    text: str
    sources: list[Event] = field(default_factory=list)
    actors: list = field(default_factory=list)
    added: bool = False  # written by an editor, not found in an article

    @property
    def label(self) -> str:
        """The date in French words, at its precision."""
        return label_fr(self.value, self.precision)


def label_fr(value: date, precision: str) -> str:
    """« 24 novembre 2015 », « septembre 2015 », « semaine du 21 septembre 2015 », « 2015 »."""
    if precision == DAY:
        return format_date_fr(value)
    if precision == WEEK:
        return f"semaine du {format_date_fr(value)}"
    if precision == MONTH:
        return f"{MONTH_NAMES_FR[value.month - 1]} {value.year}"
    return str(value.year)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, not cut after « M. » or « Dr. »."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?…]+[»\"”)]?\s+(?=[«\"“(]?\s*[A-ZÀ-Ý0-9])", text):
        word = re.search(r"([\w.°-]+)[.!?…]+[»\"”)]?\s+$", text[:m.end()])
        if word and (word.group(1) in ABBREVIATIONS or len(word.group(1)) == 1):
            continue
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def event_id(article: str, sentence: str, expression: str) -> str:
    """A stable id: the same sentence of the same article gives the same id after any rebuild."""
    norm = " ".join(fold(sentence).split())
    return "e-" + hashlib.sha1(f"{article}|{norm}|{fold(expression)}".encode()).hexdigest()[:10]


def _tidy_clause(text: str) -> str:
    text = re.sub(r"^\s*(?:,|;|:|et|mais|puis|and|but)\s+", "", text.strip()).strip(" ,;:")
    return text[:1].upper() + text[1:] if text else text


# Bump when what find_dated returns changes: cached results are then computed again.
DATED_VERSION = "1"


def find_dated(blocks: Sequence[str], ref: date | None) -> list[dict]:
    """Every dated clause of an article, as plain data (cached per article text and date)."""
    out = []
    for b, block in enumerate(blocks):
        for s_start, s_end in sentences(block):
            raw = block[s_start:s_end]
            sentence = raw.strip()
            offset = s_start + len(raw) - len(raw.lstrip())
            timexes: list[Timex] = find_timexes(sentence, ref)
            for t, (c_start, c_end) in zip(timexes, clause_spans(sentence, timexes), strict=True):
                out.append({"block": b, "offset": offset, "sentence": sentence, "expression": t.text,
                            "value": t.value.isoformat(), "precision": t.precision, "iso": t.iso,
                            "clause": [c_start, c_end]})
    return out


def build_events(dated: Sequence[dict], anchors: Sequence[str], article: str,
                 actor_spans: Sequence[tuple[int, int, int, object]] = ()) -> list[Event]:
    """Events from an article's dated clauses, with the actors named in each clause."""
    out = []
    for d in dated:
        b, offset, sentence = d["block"], d["offset"], d["sentence"]
        c_start, c_end = d["clause"]
        in_sentence = [(st - offset, en - offset, a) for bb, st, en, a in actor_spans
                       if bb == b and offset <= st and en <= offset + len(sentence)]
        in_clause = [a for st, en, a in in_sentence if c_start <= st and en <= c_end]
        if not any(_is_agent(a) for a in in_clause):
            # "Daech, qui occupe … en Syrie et en Irak est à l'origine des attentats du 13 novembre":
            # the clause names no one; the sentence's subject (its first clause) acts
            first = CLAUSE_BREAK.search(fold(sentence))
            end_first = first.start() if first else len(sentence)
            in_clause += [a for st, en, a in in_sentence if en <= end_first and _is_agent(a)]
        actors = list(dict.fromkeys(in_clause or [a for _s, _e, a in in_sentence]))
        out.append(Event(event_id(article, sentence, d["expression"]), date.fromisoformat(d["value"]),
                         d["precision"], d["iso"], d["expression"], sentence,
                         _tidy_clause(sentence[c_start:c_end]), article, anchors[b], actors))
    return out


def extract_events(blocks: Sequence[str], anchors: Sequence[str], ref: date | None, article: str,
                   actor_spans: Sequence[tuple[int, int, int, object]] = ()) -> list[Event]:
    """Every dated event in an article's blocks; relative dates need the publication date `ref`."""
    return build_events(find_dated(blocks, ref), anchors, article, actor_spans)


DISPLAY_MAX_CHARS_DEFAULT = 240


def _shorten(text: str) -> str:
    """The sentence as the chronology shows it, cut on a word when very long."""
    if len(text) <= DISPLAY_MAX_CHARS_DEFAULT:
        return text
    return text[:DISPLAY_MAX_CHARS_DEFAULT].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", fold(text)) if w not in STOPWORDS and len(w) > 2}


def _similar(a: Event, b: Event) -> bool:
    wa, wb = _words(a.clause), _words(b.clause)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= SAME_EVENT_SIMILARITY_DEFAULT


def _actor_key(a) -> str:
    return getattr(getattr(a, "record", a), "key", str(a))


def _is_agent(a) -> bool:
    """People and organisations make two reports the same event; a shared place does not."""
    return getattr(a, "type", "Person") != "Place"


def merge(events: Sequence[Event]) -> list[Entry]:
    """One entry per event, whatever the number of articles reporting it."""
    entries: list[Entry] = []
    for ev in sorted(events, key=lambda e: (e.iso, e.article, e.id)):
        agents = {_actor_key(a) for a in ev.actors if _is_agent(a)}
        for entry in entries:
            if entry.iso != ev.iso or entry.precision != ev.precision:
                continue
            if any(s.article == ev.article and s.sentence == ev.sentence for s in entry.sources):
                break  # the same sentence twice (two expressions of one date): one report
            entry_agents = {_actor_key(a) for a in entry.actors if _is_agent(a)}
            if (agents & entry_agents) or any(_similar(ev, s) for s in entry.sources):
                entry.sources.append(ev)
                entry.actors += [a for a in ev.actors if _actor_key(a) not in {_actor_key(x) for x in entry.actors}]
                break
        else:
            entries.append(Entry(ev.id, ev.value, ev.precision, ev.iso, _shorten(ev.sentence), [ev], list(ev.actors)))
    return sorted(entries, key=lambda e: (e.value, e.precision != DAY, e.id))


# --- editorial overrides ------------------------------------------------------------------

@dataclass
class Overrides:
    """The editors' chronology file: hide, fix, add."""

    hide: set[str] = field(default_factory=set)
    fix: dict[str, dict] = field(default_factory=dict)
    add: list[dict] = field(default_factory=list)


PRECISIONS = (DAY, WEEK, MONTH, YEAR)


def _parse_date(value, precision: str | None) -> tuple[date, str]:
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1), precision or YEAR
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return date(int(text[:4]), int(text[5:]), 1), precision or MONTH
    if isinstance(value, date):
        return value, precision or DAY
    return date.fromisoformat(text), precision or DAY


def load_overrides(path: Path | None) -> tuple[Overrides, list[str]]:
    """Read the chronology file; problems come back as messages naming the file."""
    ov, problems = Overrides(), []
    if path is None or not Path(path).exists():
        return ov, problems
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        return ov, [f"{path}: not valid YAML ({getattr(exc, 'problem', exc)}); chronology file ignored"]
    for k in data:
        if k not in ("hide", "fix", "add"):
            problems.append(f"{path}: unknown section {k!r} (known: hide, fix, add)")
    ov.hide = {str(x) for x in data.get("hide") or ()}
    for eid, spec in (data.get("fix") or {}).items():
        try:
            value, precision = _parse_date(spec["date"], spec.get("precision"))
            if precision not in PRECISIONS:
                raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}")
            ov.fix[str(eid)] = {"value": value, "precision": precision, "text": spec.get("text")}
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"{path}: fix {eid}: {exc} (write `date: YYYY-MM-DD`)")
    for i, spec in enumerate(data.get("add") or (), start=1):
        try:
            value, precision = _parse_date(spec["date"], spec.get("precision"))
            if not spec.get("text"):
                raise ValueError("no text")
            ov.add.append({"value": value, "precision": precision, "text": str(spec["text"]),
                           "actors": [str(a) for a in spec.get("actors") or ()],
                           "sources": [str(s) for s in spec.get("sources") or ()]})
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"{path}: add #{i}: {exc} (give `date:` and `text:`)")
    return ov, problems


def iso_of(value: date, precision: str) -> str:
    """ISO form at a precision."""
    return Timex(0, 0, "", "", value, precision).iso


def apply_overrides(entries: list[Entry], ov: Overrides, find_actor=lambda name: None,
                    find_article=lambda slug: None) -> tuple[list[Entry], list[str]]:
    """Entries with the editors' changes; unknown ids are reported, not silently ignored."""
    problems = []
    known = {s.id for e in entries for s in e.sources} | {e.id for e in entries}
    for eid in sorted((ov.hide | set(ov.fix)) - known):
        problems.append(f"chronology: no event with id {eid} (ids are in output/chronology.json)")
    out = []
    for e in entries:
        ids = {e.id} | {s.id for s in e.sources}
        if ids & ov.hide:
            continue
        for eid in ids & set(ov.fix):
            f = ov.fix[eid]
            e.value, e.precision = f["value"], f["precision"]
            e.iso = iso_of(e.value, e.precision)
            e.text = f["text"] or e.text
        out.append(e)
    for i, spec in enumerate(ov.add, start=1):
        actors = [a for a in (find_actor(n) for n in spec["actors"]) if a is not None]
        sources = []
        for slug in spec["sources"]:
            art = find_article(slug)
            if art is None:
                problems.append(f"chronology: add #{i}: no article {slug!r}")
            else:
                iso = iso_of(spec["value"], spec["precision"])
                sources.append(Event(f"a-{i}", spec["value"], spec["precision"], iso, "", spec["text"], spec["text"],
                                     art, "", actors))
        eid = "a-" + hashlib.sha1(f"{spec['value']}|{spec['text']}".encode()).hexdigest()[:10]
        out.append(Entry(eid, spec["value"], spec["precision"], iso_of(spec["value"], spec["precision"]),
                         spec["text"], sources, actors, added=True))
    return sorted(out, key=lambda e: (e.value, e.precision != DAY, e.id)), problems


# --- outputs --------------------------------------------------------------------------------

def timelinejs(entries: Sequence[Entry], publications: Sequence[dict], title: str, text: str = "") -> dict:
    """The chronology as TimelineJS 3 JSON; each event carries its source pages' relative URLs."""
    def start(value: date, precision: str) -> dict:
        d = {"year": value.year}
        if precision in (DAY, WEEK, MONTH):
            d["month"] = value.month
        if precision in (DAY, WEEK):
            d["day"] = value.day
        return d

    events = []
    for e in entries:
        links = "".join(f'<li><a href="{_url(s)}">{_esc(s.expression or "source")}</a></li>' for s in e.sources)
        group = next((a.name for a in e.actors if getattr(a, "type", "") in ("Person", "Organization")), "")
        events.append({
            "unique_id": e.id,
            "start_date": start(e.value, e.precision),
            "display_date": e.label,
            "text": {"headline": _esc(e.text), "text": f"<ul>{links}</ul>" if links else ""},
            "group": group or "Événements",
            "sources": [{"url": _url(s), "expression": s.expression, "sentence": s.sentence} for s in e.sources],
            "actors": [getattr(a, "name", str(a)) for a in e.actors],
        })
    for p in publications:
        events.append({
            "unique_id": "pub-" + p["slug"],
            "start_date": start(p["date"], DAY),
            "display_date": format_date_fr(p["date"]),
            "text": {"headline": "Publication : " + _esc(p["title"]),
                     "text": f'<a href="{p["url"]}">{_esc(p.get("source") or "article")}</a>'},
            "group": "Publications",
            "sources": [{"url": p["url"]}],
        })
    return {"title": {"text": {"headline": _esc(title), "text": _esc(text)}}, "events": events}


def _url(ev: Event) -> str:
    return ev.article + ("#" + ev.anchor if ev.anchor else "")


def _esc(s: str) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
