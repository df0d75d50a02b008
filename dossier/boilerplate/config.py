"""A dossier's boilerplate settings (pelicanconf.py ``BOILERPLATE``) checked and turned into rules.

::

    BOILERPLATE = {
        "enabled": True,
        "disable": ["ads.markers", "media"],        # rule names or whole families, or signals
        "rules": {"mydossier.promo": {"full": ["offre du jour"]}},  # add or override rules
        "coverage": 0.75,                           # FULL_COVERAGE_DEFAULT
        "report": "boilerplate.json",               # under OUTPUT_PATH
    }
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dossier.boilerplate.engine import FULL_COVERAGE_DEFAULT, SIGNAL_NAMES, RuleError, RuleSet, default_rules, make_rule

SETTING = "BOILERPLATE"
KNOWN_KEYS = ("enabled", "disable", "rules", "coverage", "report")
REPORT_DEFAULT = "boilerplate.json"


@dataclass
class Config:
    """The rules in force (None when cleaning is off), the report's file name, what was wrong in the settings."""

    rules: RuleSet | None
    report: str = REPORT_DEFAULT
    problems: list[str] = field(default_factory=list)


def configure(settings: dict[str, Any]) -> Config:
    """Rules in force from the settings; every wrong key, rule name or pattern is a problem."""
    conf = settings.get(SETTING) or {}
    problems: list[str] = []
    if not isinstance(conf, dict):
        problems.append(f"{SETTING} must be a dict, not {type(conf).__name__}; using the defaults")
        conf = {}
    for key in conf:
        if key not in KNOWN_KEYS:
            problems.append(f"unknown setting {SETTING}[{key!r}] ignored (known: {', '.join(KNOWN_KEYS)})")
    report = str(conf.get("report", REPORT_DEFAULT))
    if conf.get("enabled", True) is False:
        return Config(None, report, problems)
    rules = default_rules()
    _add_rules(rules, conf.get("rules") or {}, problems)
    _disable(rules, conf.get("disable") or (), problems)
    coverage = conf.get("coverage", FULL_COVERAGE_DEFAULT)
    if not isinstance(coverage, (int, float)) or not 0 < coverage <= 1:
        problems.append(f"{SETTING}[coverage] must be a number in (0, 1], got {coverage!r}")
        coverage = FULL_COVERAGE_DEFAULT
    rules.coverage = float(coverage)
    return Config(rules, report, problems)


def _add_rules(rules: RuleSet, specs: dict[str, Any], problems: list[str]) -> None:
    for name, spec in specs.items():
        if "." not in name:
            problems.append(f"rule {name!r}: name it family.rule (e.g. 'partner.{name}')")
            continue
        try:
            rules.rules[name] = make_rule(name, spec or {})
        except RuleError as exc:
            problems.append(f"{SETTING}[rules]: {exc}")


def _disable(rules: RuleSet, names: Any, problems: list[str]) -> None:
    off: set[str] = set()
    for name in names:
        matched = [n for n in rules.rules if n == name or n.startswith(name + ".")]
        signals_off = [n for n in SIGNAL_NAMES if n == name or n.startswith(name + ".")]
        off.update(signals_off)
        if not matched and not signals_off:
            problems.append(f"{SETTING}[disable]: no rule or family named {name!r} (families: "
                            f"{', '.join(sorted({r.family for r in rules.rules.values()}))})")
        for n in matched:
            del rules.rules[n]
    rules.disabled_signals = frozenset(off)
