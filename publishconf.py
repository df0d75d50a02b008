"""Settings for publishing on GitHub Pages: `make publish SITEURL=https://USER.github.io/REPO`."""

import logging
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pelicanconf import *  # noqa: E402,F403
from pelicanconf import PLUGINS  # noqa: E402

# A project site lives under https://USER.github.io/REPO/.  Links stay relative, so the same
# output also reads from disk; the absolute address goes where only it works: the Atom feed,
# the sitemap, the JSON-LD urls.  The 404 page, served at any depth, links from the site's path on its
# server (/REPO/theme/css/dossier.css): it works on any host that serves the site there, and asks nothing
# of another one.
SITEURL = os.environ.get("SITEURL", "").rstrip("/")
SITE_ABSOLUTE_URL = SITEURL
SITE_ROOT_PATH = urlsplit(SITEURL).path.rstrip("/") if SITEURL else None
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
