"""Snapshots of what a build gives, compared by tests/test_pinned.py.

`python -m tests.pinned` (or `make pin`) writes them again from the code as it is: run it only
when an output changes on purpose, and read the diff before committing it.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "tests" / "data" / "pinned"
ARTICLES = ROOT / "tests" / "data" / "articles"
# Files a build writes whose bytes change from one run to the next (zip timestamps).
UNSTABLE = ("dossier.zip",)
VOLATILE_FIELDS = ("Converted-from:", "Raw-hash:", "Content-hash:", "Collected:")


def site_files(out: Path) -> dict[str, str]:
    """Every text file of a built site, by relative path (the zip, theme files and search shards left out)."""
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(out.rglob("*")) if p.is_file() and p.name not in UNSTABLE
            and p.suffix in (".html", ".json", ".js", ".css", ".svg", ".xml")
            and not p.relative_to(out).as_posix().startswith(("theme/", "search-index/"))}


def _visible(soup: BeautifulSoup) -> str:
    for t in soup(["script", "style"]):
        t.decompose()
    return " ".join(soup.get_text(" ").split())


def site_summary(out: Path) -> dict:
    """What a reader and the scorer get from a site: pages' text and JSON-LD, actors, chronology."""
    pages = {}
    for p in sorted(out.rglob("*.html")):
        rel = p.relative_to(out).as_posix()
        soup = BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
        ld = [json.loads(s.string) for s in soup.find_all("script", attrs={"type": "application/ld+json"})]
        entry: dict = {"jsonld": ld}
        if rel.startswith("articles/"):
            body = soup.find(class_="article-body")
            entry["body"] = _visible(body) if body else ""
        pages[rel] = entry
    chrono = json.loads((out / "chronology.json").read_text(encoding="utf-8"))
    report = json.loads((out / "boilerplate.json").read_text(encoding="utf-8"))
    return {"pages": pages, "chronology": chrono, "boilerplate": report["articles"]}


def build(raw_files: list[Path], proj: Path, seeds: bool = False) -> Path:
    """Build a scratch dossier from raw files (and the seeds' actors file); return its output folder."""
    from tests.conftest import new_project, run_build

    new_project(proj, seeds=seeds)
    for f in raw_files:
        shutil.copy(f, proj / "raw" / f.name)
    conv, pel = run_build(proj)
    if conv.returncode or pel.returncode:
        raise RuntimeError(conv.stderr + pel.stdout + pel.stderr)
    return proj / "output"


def labelled_raw() -> list[Path]:
    """The raw texts of the labelled set."""
    return sorted(ARTICLES.glob("*.txt"))


def converted(raw: Path, tmp: Path) -> str:
    """The Markdown the converter writes for one raw text."""
    from dossier.convert import convert_dir

    (tmp / "raw").mkdir(parents=True, exist_ok=True)
    shutil.copy(raw, tmp / "raw" / raw.name)
    convert_dir(tmp / "raw", tmp / "md")
    (md,) = (tmp / "md").glob("*.md")
    text = md.read_text(encoding="utf-8")
    shutil.rmtree(tmp)
    # where and when the file was converted, and hashes of the code: not what the converter found
    return "\n".join(ln for ln in text.split("\n") if not ln.startswith(VOLATILE_FIELDS))


def name_lists() -> list[str]:
    """Every name the project's data and the seeds' actors file hold: what keys and slugs are made of."""
    import yaml

    names: set[str] = set()
    data = yaml.safe_load((ROOT / "content" / "actors.yaml").read_text(encoding="utf-8"))
    for a in data.get("actors") or ():
        names.update([a["name"], *(a.get("aliases") or ()), *(a.get("descriptions") or ())])
    names.update(str(x) for x in data.get("exclude") or ())
    names.update(str(x) for x in (data.get("merge") or {}))
    for f in sorted(ROOT.glob("dossier/**/data/**/*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "[")):
                names.update(p.strip() for p in line.split("|")[:1])
    # hard cases for folding: ligatures, other scripts, typographic apostrophes and dashes
    names.update(["Œuvre d'Orient", "Straße", "Sergueï Choïgou", "Jean‑Yves Le Drian", "L’Élysée",
                  "Владимир Путин", "Ibn Khaldoun", "Vladimir V. Putin", "Ægir", "Zoë", "Müller-Lüdenscheidt"])
    return sorted(names)


def write() -> None:
    """Write every snapshot from the code as it is."""
    from tests import names_api

    PINNED.mkdir(parents=True, exist_ok=True)
    (PINNED / "names.json").write_text(json.dumps({n: names_api.keys_of(n) for n in name_lists()},
                                                  ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                       encoding="utf-8")
    conv_dir = PINNED / "converted"
    conv_dir.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as t:
        for raw in labelled_raw():
            (conv_dir / (raw.stem + ".md")).write_text(converted(raw, Path(t) / raw.stem), encoding="utf-8")
        seed_out = build(sorted((ROOT / "raw").glob("*")), Path(t) / "seed", seeds=True)
        site_dir = PINNED / "seed-site"
        shutil.rmtree(site_dir, ignore_errors=True)
        for rel, text in site_files(seed_out).items():
            (site_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (site_dir / rel).write_text(text, encoding="utf-8")
        lab_out = build(labelled_raw(), Path(t) / "labelled")
        (PINNED / "labelled-site.json").write_text(
            json.dumps(site_summary(lab_out), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    write()
