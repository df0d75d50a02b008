"""Thin Pelican adapter for dossier.boilerplate: clean `_content` and `_summary`, write the report.

Settings (pelicanconf.py), all optional::

    BOILERPLATE = {
        "enabled": True,
        "disable": ["ads.markers", "media"],        # rule names or whole families
        "rules": {"mydossier.promo": {"full": ["offre du jour"]}},  # add or override rules
        "coverage": 0.75,                           # FULL_COVERAGE_DEFAULT
        "report": "boilerplate.json",               # under OUTPUT_PATH
    }

Per article, in front-matter::

    Boilerplate-keep: comments.closed; Les explications de
    Boilerplate: off
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString
from pelican import signals

from dossier.boilerplate import (
    FULL_COVERAGE_DEFAULT,
    SIGNAL_NAMES,
    Block,
    RuleError,
    RuleSet,
    classify,
    default_rules,
    make_rule,
    repeated_texts,
)
from dossier.structure import split_credit

log = logging.getLogger(__name__)

SETTING = "BOILERPLATE"
KNOWN_KEYS = ("enabled", "disable", "rules", "coverage", "report")
REPORT_DEFAULT = "boilerplate.json"
BLOCK_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figure", "div", "dd", "dt")
OFF_WORDS = ("off", "false", "no", "non", "0")
# A caption in the body is short; a longer paragraph with "©" in it is text.
CAPTION_MAX_WORDS_DEFAULT = 40


def configure(settings: dict) -> tuple[RuleSet | None, str]:
    """Rules in force from the settings; reports every wrong key, rule name or pattern."""
    conf = settings.get(SETTING) or {}
    if not isinstance(conf, dict):
        log.warning("boilerplate: %s must be a dict, not %s; using the defaults", SETTING, type(conf).__name__)
        conf = {}
    for key in conf:
        if key not in KNOWN_KEYS:
            log.warning("boilerplate: unknown setting %s[%r] ignored (known: %s)", SETTING, key, ", ".join(KNOWN_KEYS))
    if conf.get("enabled", True) is False:
        return None, conf.get("report", REPORT_DEFAULT)
    rules = default_rules()
    for name, spec in (conf.get("rules") or {}).items():
        if "." not in name:
            log.warning("boilerplate: rule %r: name it family.rule (e.g. 'partner.%s')", name, name)
            continue
        try:
            rules.rules[name] = make_rule(name, spec or {})
        except RuleError as exc:
            log.warning("boilerplate: %s[rules]: %s", SETTING, exc)
    disabled_signals = set()
    for name in conf.get("disable") or ():
        matched = [n for n in rules.rules if n == name or n.startswith(name + ".")]
        signals_off = [n for n in SIGNAL_NAMES if n == name or n.startswith(name + ".")]
        disabled_signals.update(signals_off)
        if not matched and not signals_off:
            log.warning("boilerplate: %s[disable]: no rule or family named %r (families: %s)", SETTING, name,
                        ", ".join(sorted({r.family for r in rules.rules.values()})))
        for n in matched:
            del rules.rules[n]
    coverage = conf.get("coverage", FULL_COVERAGE_DEFAULT)
    if not isinstance(coverage, (int, float)) or not 0 < coverage <= 1:
        log.warning("boilerplate: %s[coverage] must be a number in (0, 1], got %r", SETTING, coverage)
        coverage = FULL_COVERAGE_DEFAULT
    rules.coverage = float(coverage)
    rules.disabled_signals = frozenset(disabled_signals)
    return rules, conf.get("report", REPORT_DEFAULT)


def _blocks(soup: BeautifulSoup) -> list:
    """The elements that hold text, innermost first-level: paragraphs, headings, list items."""
    out = []
    for el in soup.find_all(BLOCK_TAGS):
        if el.find(BLOCK_TAGS):
            continue  # a container: its children are blocks
        out.append(el)
    return out


def _keep_list(content) -> list[str]:
    raw = content.metadata.get("boilerplate-keep", "")
    if isinstance(raw, (list, tuple)):
        raw = ";".join(raw)
    return [k.strip().strip("\"'«» ") for k in str(raw).split(";") if k.strip()]


def _to_figure(soup: BeautifulSoup, el, caption: str, credit: str) -> None:
    fig = soup.new_tag("figure", attrs={"class": "photo"})
    cap = soup.new_tag("figcaption")
    if caption:
        span = soup.new_tag("span", attrs={"class": "caption-text"})
        span.append(NavigableString(caption))
        cap.append(span)
        cap.append(NavigableString(" "))
    cred = soup.new_tag("span", attrs={"class": "credit"})
    cred.append(NavigableString(f"© {credit}"))
    cap.append(cred)
    fig.append(cap)
    el.replace_with(fig)


def _prune_empty_parents(el) -> None:
    parent = el.parent
    el.decompose()
    while parent is not None and parent.name in ("ul", "ol", "div", "blockquote") and not parent.get_text(strip=True):
        nxt = parent.parent
        parent.decompose()
        parent = nxt


def clean_html(html: str | BeautifulSoup, rules: RuleSet, repeated: frozenset[str], keep: list[str],
               figures: bool = True) -> tuple[str, list[dict]]:
    """Cleaned HTML and the list of what was removed (text, rule) or turned into a figure."""
    soup = html if isinstance(html, BeautifulSoup) else BeautifulSoup(html, "html.parser")
    els = _blocks(soup)
    blocks = [Block(el.get_text(" ", strip=True), el.name) for el in els]
    removed = []
    for d in classify(blocks, rules, repeated, keep):
        removed.append({"text": d.text, "rule": d.rule})
        _prune_empty_parents(els[d.index])
    gone = {d["text"] for d in removed}
    if figures:
        for el, b in zip(els, blocks, strict=True):
            if b.text in gone or el.name not in ("p", "h2", "h3", "h4") or b.n_words > CAPTION_MAX_WORDS_DEFAULT:
                continue
            parts = split_credit(b.text)
            if parts is not None:
                _to_figure(soup, el, *parts)
                removed.append({"text": b.text, "rule": "figure", "moved": True})
    return str(soup), removed


REPORT_KEY = "BOILERPLATE_REPORT"  # in the generators' shared context: what each run removed


def _state(generator) -> dict:
    """Rules and report of this build, kept in the context shared by the generators of one run."""
    ctx = generator.context
    if REPORT_KEY not in ctx:
        rules, report_name = configure(generator.settings)
        ctx[REPORT_KEY] = {"rules": rules, "file": report_name, "articles": [], "removed": 0, "touched": 0,
                           "seen": 0, "seconds": 0.0}
    return ctx[REPORT_KEY]


def clean_contents(generator, contents: list) -> None:
    """Clean a set of articles (or pages) together: repeated blocks are judged within the set."""
    state = _state(generator)
    rules = state["rules"]
    if rules is None:
        return
    started = time.perf_counter()
    soups = [BeautifulSoup(c._content or "", "html.parser") for c in contents]
    repeated = repeated_texts(([el.get_text(" ", strip=True) for el in _blocks(s)] for s in soups), rules.generic)
    for c, soup in zip(contents, soups, strict=True):
        state["seen"] += 1
        if str(c.metadata.get("boilerplate", "")).lower() in OFF_WORDS:
            continue
        keep = _keep_list(c)
        c._content, removed = clean_html(soup, rules, repeated, keep)
        if "summary" in c.metadata and getattr(c, "_summary", None):
            c._summary, from_summary = clean_html(c._summary, rules, repeated, keep, figures=False)
            for r in from_summary:
                r["where"] = "summary"
            removed += from_summary
        dropped = [r for r in removed if not r.get("moved")]
        if removed:
            state["articles"].append({"source": c.relative_source_path, "url": c.url, "title": str(c.title),
                                      "removed": removed})
        if dropped:
            state["touched"] += 1
            state["removed"] += len(dropped)
    state["seconds"] += time.perf_counter() - started


def clean_articles(generator) -> None:
    """Clean every article once all are read, before other plugins' generators use them."""
    clean_contents(generator, generator.articles + generator.translations + generator.drafts
                   + generator.drafts_translations + generator.hidden_articles + generator.hidden_translations)


def clean_pages(generator) -> None:
    """Clean every page once all are read."""
    clean_contents(generator, generator.pages + generator.translations + generator.hidden_pages
                   + generator.hidden_translations + generator.draft_pages + generator.draft_translations)


def write_report(generators) -> None:
    """Write the list of removals and print the one-line summary."""
    gens = [g for g in generators if REPORT_KEY in getattr(g, "context", {})]
    if not gens:
        return
    state = gens[0].context[REPORT_KEY]
    if state["rules"] is None:
        log.info("boilerplate: disabled by %s['enabled']", SETTING)
        return
    out = Path(gens[0].settings["OUTPUT_PATH"]) / state["file"]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"rules": sorted(state["rules"].rules), "articles": state["articles"]},
                              ensure_ascii=False, indent=1), encoding="utf-8")
    # One line in the build output, whatever the log level: an editor should see it every time.
    print(f"boilerplate: removed {state['removed']} blocks from {state['touched']} of {state['seen']} articles "
          f"and pages in {state['seconds']:.2f} s (list: {os.path.relpath(out)})")
    del gens[0].context[REPORT_KEY]  # `make devserver` builds again in the same process


def register() -> None:
    """Connect the signals."""
    signals.article_generator_finalized.connect(clean_articles)
    signals.page_generator_finalized.connect(clean_pages)
    signals.all_generators_finalized.connect(write_report)
