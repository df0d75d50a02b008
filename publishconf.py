"""Settings for publishing on GitHub Pages: `make publish SITEURL=https://USER.github.io/REPO`."""

import logging
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: E402,F403
from pelicanconf import PLUGINS  # noqa: E402

# A project site lives under https://USER.github.io/REPO/.  Links stay relative, so the same
# output also reads from disk; the absolute address goes where only it works: the Atom feed,
# the sitemap, the JSON-LD urls, the 404 page (served at any depth).
SITEURL = os.environ.get("SITEURL", "").rstrip("/")
SITE_ABSOLUTE_URL = SITEURL
RELATIVE_URLS = True
DELETE_OUTPUT_DIRECTORY = True
OUTPUT_RETENTION = [".git"]

if SITEURL:
    FEED_DOMAIN = SITEURL
    FEED_ALL_ATOM = "feeds/all.atom.xml"
    PLUGINS = [*PLUGINS, "sitemap"]
    SITEMAP = {"format": "xml", "exclude": ["recherche.html", "404.html"]}
else:
    logging.getLogger(__name__).warning(
        "publishconf: SITEURL is not set; no feed or sitemap (make publish SITEURL=https://USER.github.io/REPO)")
