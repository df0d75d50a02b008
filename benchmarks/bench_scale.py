"""Scale benchmark: ``python benchmarks/bench_scale.py N [--keep DIR] [--json FILE]`` (``make bench N=1000``).

In one run on this machine, in a scratch copy of the project holding N generated articles
(benchmarks/generate.py) in raw/, measures:

  cold      ``make html`` with empty cache/, output/ and content/
  warm      ``make html`` again, nothing changed
  +1        ``make html`` after one article is added to raw/
  edit      ``make html`` after one article's raw text is edited
  bare      bare Pelican (default theme, no plugins, no cache) on the same converted Markdown
  ner       spaCy's NER alone on the same article texts, all cores (``nlp.pipe(n_process=…)``)

Each runs in a fresh subprocess: wall time, peak RSS of the largest process of its tree
(``getrusage(RUSAGE_CHILDREN)``) and peak RSS of the whole tree (sampled from /proc); then
the ratios the scale issue sets targets on, the per-stage timings the build prints, the
largest HTML page, the size of chronology.json and the bytes the search page loads before
its first results show.  Timings are for reading, not asserting: nothing fails on them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402 - the generator next to this file

VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
COPIED = ("Makefile", "pelicanconf.py", "plugins", "theme", "dossier", "search")  # what `make html` reads
MINISEARCH = "node_modules/minisearch"  # the search index needs it; .venv is linked, never installed again
# `make html` without its install steps: the linked .venv and node_modules are taken as they are.
MAKE_HTML = ("make", "--no-print-directory", "-o", ".venv/.installed", "-o", "node_modules/.installed", "html")
MODEL = "fr_core_news_md"
SNIPPETS = 50  # search results shown at once, each loading its article's text script (theme/static/js/search.js)

# Runs a command and prints what it cost: its own process, so RUSAGE_CHILDREN is that command's tree only.
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
with open(sys.argv[1], "w") as log:
    rc = subprocess.run(sys.argv[2:], stdout=log, stderr=subprocess.STDOUT).returncode
wall = time.perf_counter() - start
print(json.dumps({"rc": rc, "wall": wall, "maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""

# spaCy's NER and nothing else, on every text at once, over all cores.
NER = """
import json, os, sys, time
import spacy
from spacy.util import get_package_path, load_config
name, texts_file = sys.argv[1], sys.argv[2]
pkg = get_package_path(name)
config = load_config(next(pkg.glob(name + "-*/config.cfg")))
keep = {"ner"}
tok2vec = config["components"]["ner"]["model"].get("tok2vec", {})
if "Listener" in tok2vec.get("@architectures", ""):  # ner reads a shared tok2vec: keep that one too
    keep.add("tok2vec" if tok2vec.get("upstream", "*") == "*" else tok2vec["upstream"])
exclude = [p for p in config["nlp"]["pipeline"] if p not in keep]
start = time.perf_counter()
nlp = spacy.load(name, exclude=exclude)
loaded = time.perf_counter()
texts = json.load(open(texts_file, encoding="utf-8"))
n = 0
for doc in nlp.pipe(texts, n_process=os.cpu_count() or 1, batch_size=16):
    n += len(doc.ents)
done = time.perf_counter()
print(f"ner: pipes {nlp.pipe_names}, {len(texts)} texts, {n} entities, load {loaded - start:.2f} s, "
      f"pipe on {os.cpu_count()} processes in {done - loaded:.2f} s")
"""

BARE_CONF = """# Bare Pelican: default theme, no plugins, no cache, on the dossier's converted Markdown.
PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
OUTPUT_PATH = "bare-output"
SITENAME = "bare"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
PLUGINS = []
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
FEED_ALL_ATOM = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
"""

STAGE_LINE = re.compile(r"^(?P<stage>[a-z][\w-]*): (?P<what>.*)$")
SECONDS = re.compile(r"\bin (\d+(?:\.\d+)?) ?s(?:econds)?\b")
PELICAN_DONE = re.compile(r"Done: Processed .* in (\d+(?:\.\d+)?) seconds")


# --- running and measuring ----------------------------------------------------------------

def tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants now, in kB (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            pid = int(entry.name)
            children.setdefault(int(fields[1]), []).append(pid)
            rss[pid] = int(fields[21]) * page_kb
        except (OSError, ValueError, IndexError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def measure(name: str, cmd: list[str], cwd: Path, logs: Path) -> dict[str, Any]:
    """Run `cmd` in `cwd` in a fresh process; its wall time, peak RSS and output lines."""
    log = logs / f"{name}.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOSSIER_")}  # no cache folder from outside
    env.pop("MAKEFLAGS", None)
    env["COLUMNS"] = "500"  # Pelican's log lines unwrapped, so that « Done: … in X seconds » is one line
    proc = subprocess.Popen([sys.executable, "-c", MEASURE, str(log), *cmd], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.25):
            peak = max(peak, tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    done.set()
    sampler.join()
    result = json.loads(out.strip().splitlines()[-1])
    text = log.read_text(encoding="utf-8", errors="replace")
    if result["rc"] != 0:
        sys.exit(f"bench: {name} failed (exit {result['rc']}), see {log}:\n{text[-3000:]}")
    print(f"bench: {name} {result['wall']:.1f} s", file=sys.stderr, flush=True)
    return {"wall_s": round(result["wall"], 2), "peak_rss_mb": round(result["maxrss_kb"] / 1024, 1),
            "tree_rss_mb": round(peak / 1024, 1), "stages": stages(text), "log": str(log)}


def stages(text: str) -> dict[str, Any]:
    """The per-stage lines the build prints (« actors: … in 3.10 s »): seconds where given, else the line."""
    found: dict[str, Any] = {}
    for line in text.splitlines():
        line = line.strip()
        done = PELICAN_DONE.search(line)
        if done:
            found["pelican"] = float(done.group(1))
            continue
        m = STAGE_LINE.match(line)
        if not m or m.group("stage") in ("bench", "make", "flock"):
            continue
        seconds = SECONDS.findall(m.group("what"))
        found[m.group("stage")] = float(seconds[-1]) if seconds else m.group("what")
    return found


# --- the scratch dossier ------------------------------------------------------------------

def scratch_copy(where: Path, n: int) -> None:
    """The project's build files and N generated articles in `where`, with the project's .venv linked."""
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, where / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, where / name)
    (where / ".venv").symlink_to(VENV.resolve())
    if (ROOT / MINISEARCH).is_dir():
        (where / "node_modules").symlink_to((ROOT / "node_modules").resolve())
    else:  # the project has none installed: the scratch copy gets its own, as `make html` would install it
        print("bench: node_modules/minisearch is missing: npm ci in the scratch copy", file=sys.stderr)
        for name in ("package.json", "package-lock.json"):
            shutil.copy2(ROOT / name, where / name)
        subprocess.run(["npm", "ci", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error"], cwd=where,
                       check=True)
    (where / "content").mkdir()
    generate.generate(n, where)
    (where / "bareconf.py").write_text(BARE_CONF, encoding="utf-8")


def article_texts(content: Path) -> list[str]:
    """The body of every converted article (its Markdown without the front-matter)."""
    texts = []
    for md in sorted((content / "articles").glob("*.md")):
        head, _, body = md.read_text(encoding="utf-8").partition("\n\n")
        texts.append(body.strip())
    return texts


def add_one(where: Path, n: int) -> Path:
    """Article number N, new to the dossier, written into raw/."""
    text = generate.article(n)
    path = where / "raw" / generate.file_name(n, text)
    path.write_text(text, encoding="utf-8")
    return path


def edit_one(where: Path) -> Path:
    """The first raw article, edited as a journalist corrects a text."""
    path = sorted((where / "raw").glob("*.txt"))[0]
    path.write_text(generate.edited(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path


# --- what the reader downloads --------------------------------------------------------------

SCRIPT_SRC = re.compile(r"<script[^>]*\bsrc=\"([^\"]+)\"")


def output_sizes(out: Path) -> dict[str, Any]:
    """Largest HTML page, chronology.json, and the bytes the search page loads for a first query."""
    pages = [(p.stat().st_size, p) for p in out.rglob("*.html")]
    size, largest = max(pages) if pages else (0, out)
    chrono = out / "chronology.json"
    search_page = next((p for p in (out / "recherche.html", out / "search.html") if p.exists()), None)
    scripts: dict[str, int] = {}
    if search_page is not None:
        for src in SCRIPT_SRC.findall(search_page.read_text(encoding="utf-8")):
            path = (search_page.parent / src.split("?")[0]).resolve()
            if path.is_file():
                scripts[path.relative_to(out.resolve()).as_posix()] = path.stat().st_size
    texts = sorted((p.stat().st_size for p in (out / "search").glob("*.js")), reverse=True)
    # a one-word query loads its prefix's shard and the titles of its results (search/build-index.js):
    # counted at their largest
    shards = sorted((p.stat().st_size for p in (out / "search-index").glob("t-*.js")), reverse=True)
    chunks = sorted((p.stat().st_size for p in (out / "search-index").glob("d-*.js")), reverse=True)
    if shards:
        scripts["largest index shard"] = shards[0]
    if chunks:
        scripts["largest titles chunk"] = chunks[0]
    return {
        "html_pages": len(pages),
        "largest_page": {"path": largest.relative_to(out).as_posix(), "bytes": size},
        "chronology_json_bytes": chrono.stat().st_size if chrono.exists() else None,
        "search_scripts": scripts,
        "search_snippets_bytes": sum(texts[:SNIPPETS]),
        "search_first_query_bytes": sum(scripts.values()) + sum(texts[:SNIPPETS]),
        "output_bytes": sum(p.stat().st_size for p in out.rglob("*") if p.is_file()),
    }


# --- the run --------------------------------------------------------------------------------

def run(n: int, where: Path) -> dict[str, Any]:
    """Every measurement of one benchmark run in the scratch dossier `where`."""
    logs = where / "bench-logs"
    logs.mkdir()
    started = time.perf_counter()
    scratch_copy(where, n)
    generated = time.perf_counter() - started
    runs: dict[str, Any] = {}
    runs["cold"] = measure("cold", list(MAKE_HTML), where, logs)
    sizes = output_sizes(where / "output")
    runs["warm"] = measure("warm", list(MAKE_HTML), where, logs)
    runs["bare"] = measure("bare", [str(VENV / "bin" / "pelican"), "content", "-s", "bareconf.py"], where, logs)
    texts = article_texts(where / "content")
    (where / "ner-texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    runs["ner"] = measure("ner", [str(PYTHON), "-c", NER, MODEL, "ner-texts.json"], where, logs)
    add_one(where, n)
    runs["+1"] = measure("+1", list(MAKE_HTML), where, logs)
    edit_one(where)
    runs["edit"] = measure("edit", list(MAKE_HTML), where, logs)
    bare, ner = runs["bare"]["wall_s"], runs["ner"]["wall_s"]
    ratios = {
        "warm/bare": runs["warm"]["wall_s"] / bare,
        "+1/bare": runs["+1"]["wall_s"] / bare,
        "edit/bare": runs["edit"]["wall_s"] / bare,
        "cold/(1.2*ner+2*bare)": runs["cold"]["wall_s"] / (1.2 * ner + 2 * bare),
    }
    return {"n": n, "cpus": os.cpu_count(), "generate_s": round(generated, 2), "runs": runs,
            "ratios": {k: round(v, 2) for k, v in ratios.items()},
            "targets": {"warm/bare": 1.5, "+1/bare": 2.0, "edit/bare": 2.0, "cold/(1.2*ner+2*bare)": 1.0},
            "output": sizes, "scratch": str(where)}


def table(r: dict[str, Any]) -> str:
    """The figures as plain text."""
    lines = [f"{r['n']} articles, {r['cpus']} CPUs (generated in {r['generate_s']:.1f} s)", "",
             f"{'run':<6} {'wall s':>8} {'peak RSS MB':>12} {'tree RSS MB':>12}   stages (s)"]
    for name, m in r["runs"].items():
        timed = ", ".join(f"{k} {v:.2f}" for k, v in m["stages"].items() if isinstance(v, float))
        wall_pelican = m["stages"].get("pelican")
        if isinstance(wall_pelican, float) and name != "bare":
            timed += f", convert+make {m['wall_s'] - wall_pelican:.2f}"
        lines.append(f"{name:<6} {m['wall_s']:>8.1f} {m['peak_rss_mb']:>12.0f} {m['tree_rss_mb']:>12.0f}   {timed}")
    lines += ["", "ratios (target):"]
    lines += [f"  {k:<24} {v:>6.2f}  (≤ {r['targets'][k]})" for k, v in r["ratios"].items()]
    o = r["output"]
    chrono = o["chronology_json_bytes"]
    lines += ["", f"output (cold build): {o['html_pages']} HTML pages, {o['output_bytes'] / 1e6:.1f} MB",
              f"  largest page: {o['largest_page']['path']} {o['largest_page']['bytes']:,} bytes",
              f"  chronology.json: {chrono:,} bytes" if chrono is not None else "  chronology.json: missing",
              f"  search, first query: {o['search_first_query_bytes']:,} bytes = scripts of the search page "
              f"{sum(o['search_scripts'].values()):,} + up to {SNIPPETS} snippet texts {o['search_snippets_bytes']:,}"]
    lines += [f"    {k} {v:,}" for k, v in o["search_scripts"].items()]
    notes = [f"  {name} {k}: {v}" for name, m in r["runs"].items() for k, v in m["stages"].items()
             if not isinstance(v, float)]
    return "\n".join(lines + (["", "stage lines without a time:"] + notes if notes else []))


def main(argv: list[str] | None = None) -> None:
    """Command line."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=1000, help="articles to generate (default 1000)")
    ap.add_argument("--keep", type=Path, help="build in this folder (new or empty) and keep it")
    ap.add_argument("--json", type=Path, help="write the figures to this file as JSON")
    args = ap.parse_args(argv)
    if not PYTHON.exists():
        sys.exit("bench: .venv is missing: run `make venv` first")
    if args.keep:
        if args.keep.exists() and any(args.keep.iterdir()):
            sys.exit(f"bench: {args.keep} is not empty")
        args.keep.mkdir(parents=True, exist_ok=True)
        result = run(args.n, args.keep.resolve())
    else:
        with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
            result = run(args.n, Path(tmp))
            result["scratch"] = None
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
