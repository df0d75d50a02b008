"""The code stays ruff-clean (pydocstyle, isort, pyupgrade, bugbear rules in pyproject.toml)."""

import subprocess
import sys

from tests.conftest import ROOT

CHECKED = ["dossier", "plugins", "tests", "benchmarks", "pelicanconf.py", "publishconf.py"]


def test_ruff_clean():
    r = subprocess.run([sys.executable, "-m", "ruff", "check", *CHECKED], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
