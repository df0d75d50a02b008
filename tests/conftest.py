"""Shared fixtures: the seed texts, the project root, a scratch dossier factory."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SEEDS = sorted((ROOT / "raw").glob("0*.txt"))


@pytest.fixture(scope="session", autouse=True)
def shared_ner_cache(tmp_path_factory):
    """One NER cache for every scratch build of the session: the model runs once per text."""
    path = tmp_path_factory.mktemp("ner-cache")
    os.environ["DOSSIER_NER_CACHE"] = str(path)
    yield path
    os.environ.pop("DOSSIER_NER_CACHE", None)


LINKED = ("theme", "plugins", "dossier", "pelicanconf.py", "publishconf.py", "search", "node_modules")


def new_project(proj: Path, seeds: bool = False) -> Path:
    """A scratch dossier: the code linked from this project, raw/ empty or holding the seeds."""
    (proj / "raw").mkdir(parents=True)
    (proj / "content" / "articles").mkdir(parents=True)
    for name in LINKED:
        (proj / name).symlink_to(ROOT / name)
    if seeds:
        for p in sorted((ROOT / "raw").iterdir()):
            shutil.copy(p, proj / "raw" / p.name)
        shutil.copy(ROOT / "content" / "actors.yaml", proj / "content" / "actors.yaml")
    return proj


@pytest.fixture
def make_dossier(tmp_path):
    """Build a scratch project in tmp_path: raw/ from given files, the code linked."""

    def _make(files: dict[str, bytes | str] | None = None, seeds: bool = False) -> Path:
        proj = new_project(tmp_path / "proj", seeds)
        for name, data in (files or {}).items():
            target = proj / "raw" / name
            if isinstance(data, str):
                target.write_text(data, encoding="utf-8")
            else:
                target.write_bytes(data)
        return proj

    return _make


def run_build(proj: Path, strict: bool = False, force: bool = False, conf: str = "pelicanconf.py",
              siteurl: str = ""):
    """Run the two steps of `make html` in a scratch project; return (convert, pelican) results."""
    import subprocess
    import sys

    conv = [sys.executable, "-m", "dossier.convert", "raw", "content/articles"]
    pel = [sys.executable, "-m", "pelican", "content", "-o", "output", "-s", conf]
    if strict:
        conv.append("--strict")
        pel += ["--fatal", "warnings"]
    if force:
        conv.append("--force")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "COLUMNS": "200",
           "DOSSIER_NER_CACHE": os.environ.get("DOSSIER_NER_CACHE", str(proj / "cache" / "ner")),
           "SITEURL": siteurl}
    c = subprocess.run(conv, cwd=proj, capture_output=True, text=True, env=env, timeout=300)
    p = subprocess.run(pel, cwd=proj, capture_output=True, text=True, env=env, timeout=300)
    return c, p


def output_files(out: Path) -> dict[str, bytes]:
    """Every file a build wrote, by relative path, but the zip (its entries carry timestamps)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "dossier.zip"}
