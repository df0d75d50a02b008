"""`make screenshots`: the seed dossier in Chromium, desktop and phone, for the README (docs/screenshots/).

The seeds (raw/) are built afresh in a scratch folder, as the tests build them, so the pictures show what the
code makes today, whatever output/ holds.  Each page is opened from file:// and shot at the top of its first
screen, light theme, 1280×800 and 390×844, with the same Chromium and flags as the browser tests; a file is
rewritten only when its picture changed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from dossier.files import write_atomic
from tests.conftest import ROOT, new_project, run_build
from tests.e2e.test_browser import CHROMIUM, FLAGS

PAGES = {"home": "index.html", "article": "articles/002-c8da9b7f2b29b121.html",
         "chronology": "chronologie.html", "actor": "acteurs/francois-hollande.html", "citations": "citations.html"}
SIZES = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
OUT = ROOT / "docs" / "screenshots"


def build_seeds(folder: Path) -> Path:
    """The seed dossier built in folder, as `make html` builds it; return its output/."""
    proj = new_project(folder / "proj", seeds=True)
    for raw in (ROOT / "raw").iterdir():  # the texts' dates as in the checkout
        st = raw.stat()
        os.utime(proj / "raw" / raw.name, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.environ.setdefault("DOSSIER_NER_CACHE", str(folder / "ner"))
    conv, pel = run_build(proj)
    if conv.returncode or pel.returncode:
        sys.exit(f"screenshots: the seed dossier did not build:\n{conv.stderr}{pel.stdout}{pel.stderr}")
    return proj / "output"


def shoot(browser, site: Path, out: Path) -> list[Path]:
    """Every page at every size in browser, written to out/NAME-SIZE.png; return the files that changed."""
    changed = []
    for size, viewport in SIZES.items():
        context = browser.new_context(viewport=viewport, device_scale_factor=1, color_scheme="light",
                                      reduced_motion="reduce", locale="fr-FR", timezone_id="Europe/Paris")
        page = context.new_page()
        for name, path in PAGES.items():
            page.goto(f"{site.as_uri()}/{path}")
            png = page.screenshot(animations="disabled", caret="hide")
            target = out / f"{name}-{size}.png"
            if not target.exists() or target.read_bytes() != png:
                write_atomic(target, png)
                changed.append(target)
        context.close()
    return changed


def main(argv: list[str] | None = None) -> int:
    """Build the seeds, shoot them, say what changed."""
    parser = argparse.ArgumentParser(prog="make screenshots", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"where the PNG files go (default: {OUT})")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        sys.exit(f"screenshots: {CHROMIUM} is missing (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dossier-screenshots-") as tmp, sync_playwright() as p:
        site = build_seeds(Path(tmp))
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        changed = shoot(browser, site, args.out)
        browser.close()
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"screenshots: {len(PAGES) * len(SIZES)} pictures in {shown}/, {len(changed)} changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
