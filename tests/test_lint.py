"""The code stays ruff-clean (pydocstyle, isort, pyupgrade, bugbear rules in pyproject.toml)."""

import subprocess
import sys

from .conftest import ROOT


def test_ruff_clean():
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "dossier", "plugins", "tests", "pelicanconf.py",
                        "publishconf.py"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
