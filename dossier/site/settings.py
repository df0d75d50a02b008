"""Plugin settings: a dict in pelicanconf.py, merged with defaults, wrong keys reported."""

from __future__ import annotations

import logging


def plugin_settings(settings: dict, name: str, defaults: dict, log: logging.Logger, prefix: str) -> dict:
    """settings[name] over the defaults; an unknown key is reported with the known ones."""
    conf = dict(defaults)
    user = settings.get(name) or {}
    if not isinstance(user, dict):
        log.warning("%s: %s must be a dict, not %s; using the defaults", prefix, name, type(user).__name__)
        return conf
    for k, v in user.items():
        if k not in defaults:
            log.warning("%s: unknown setting %s[%r] ignored (known: %s)", prefix, name, k, ", ".join(defaults))
        else:
            conf[k] = v
    return conf
