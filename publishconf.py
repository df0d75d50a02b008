"""Settings for publishing on GitHub Pages: `make publish SITEURL=https://USER.github.io/REPO`."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: E402,F403

# A project site lives under https://USER.github.io/REPO/; links stay relative, so the
# same output also reads from disk.  SITEURL is used for absolute URLs (JSON-LD, feeds).
SITEURL = os.environ.get("SITEURL", "")
RELATIVE_URLS = True
DELETE_OUTPUT_DIRECTORY = True
