"""The layering holds: import contracts, types, thin plugins that share only declared records."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.site.records import ArticleRecord
from tests.conftest import ROOT

BIN = Path(sys.executable).parent
PLUGINS = sorted((ROOT / "plugins").glob("dossier_*/dossier_*.py"))


def test_import_contracts_hold():
    """No cycle, stages over the shared modules, no Pelican in the library (pyproject.toml)."""
    r = subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 broken" in r.stdout


def test_library_type_checks():
    r = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_text_imports_nothing_of_the_project():
    tree = ast.parse((ROOT / "dossier" / "text.py").read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m.split(".")[0] == "dossier"]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 0]
    return out + [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]


@pytest.mark.parametrize("path", PLUGINS, ids=lambda p: p.stem)
def test_plugins_import_the_library_not_each_other(path):
    others = {p.stem for p in PLUGINS} - {path.stem}
    imported = _imports(path)
    assert not [m for m in imported if m.split(".")[0] in others | {"plugins"}]
    assert any(m.startswith("dossier") for m in imported)


@pytest.mark.parametrize("path", PLUGINS, ids=lambda p: p.stem)
def test_register_is_last_and_only_connects(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    register = functions[-1]
    assert register.name == "register"
    calls = [n for n in ast.walk(register) if isinstance(n, ast.Call)]
    assert calls and all(isinstance(c.func, ast.Attribute) and c.func.attr == "connect" for c in calls)
    # Pelican holds receivers by weak reference: a lambda would silently disappear
    assert not any(isinstance(a, ast.Lambda) for c in calls for a in c.args)


# Attributes the plugins may set: Pelican's own content fields that cleaning edits, and the fields
# of the classes the plugins declare themselves (the shared record, the actor page, a generator's state).
PELICAN_FIELDS = {"_content", "_summary"}


def _declared(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        for n in ast.walk(cls):
            if isinstance(n, (ast.Assign, ast.AnnAssign)):
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                out |= {t.attr for t in targets if isinstance(t, ast.Attribute)
                        and isinstance(t.value, ast.Name) and t.value.id == "self"}
    return out


def test_plugins_set_only_declared_attributes():
    """What one plugin hands another goes through ArticleRecord, never an attribute set here and read there."""
    record_fields = {f.name for f in dataclasses.fields(ArticleRecord)}
    for path in PLUGINS:
        allowed = PELICAN_FIELDS | record_fields | _declared(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        set_attrs = {t.attr for n in ast.walk(tree) if isinstance(n, ast.Assign) for t in n.targets
                     if isinstance(t, ast.Attribute)}
        assert set_attrs <= allowed, (path.name, set_attrs - allowed)
        assert "setattr(" not in path.read_text(encoding="utf-8")


def test_every_data_file_is_installed_with_the_package():
    """pyproject.toml's package data covers every word list, so `pip install .` works as the checkout does."""
    import tomllib
    from pathlib import PurePosixPath

    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = conf["tool"]["setuptools"]["package-data"]
    for path in (ROOT / "dossier").rglob("*"):
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        package = ".".join(path.parent.relative_to(ROOT).parts)
        owners = {p: g for p, g in globs.items() if package == p or package.startswith(p + ".")}
        rel = {p: path.relative_to(ROOT / Path(*p.split("."))).as_posix() for p in owners}
        assert any(PurePosixPath(rel[p]).match(g) and rel[p].count("/") == g.count("/")
                   for p, gs in owners.items() for g in gs), path


def test_every_test_folder_is_collected():
    """pytest skips folders named build/, dist/, venv/… (norecursedirs): a test folder must not be one."""
    skipped = {"build", "dist", "node_modules", "venv", "CVS", "_darcs", "{arch}"}
    folders = [d for d in (ROOT / "tests").rglob("*") if d.is_dir() and d.name != "__pycache__"
               and "data" not in d.relative_to(ROOT / "tests").parts]
    assert not [d for d in folders if d.name in skipped or d.name.endswith(".egg") or d.name.startswith(".")]
