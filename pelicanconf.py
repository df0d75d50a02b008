"""Pelican settings for the dossier site (local build, relative URLs, works from file://)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the dossier/ library, for plugins

SITENAME = "La coalition contre l’État islamique après les attentats de Paris"
SITESUBTITLE = "Dossier de presse : novembre–décembre 2015"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"

PATH = "content"
ARTICLE_PATHS = ["articles"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
THEME = "theme"
OUTPUT_PATH = "output"
DELETE_OUTPUT_DIRECTORY = False
# Pelican keeps what it read from each Markdown file (cache/pelican/) and reads again only the files
# whose content changed: a rebuild with nothing changed parses no Markdown.  The plugins work on
# what is read afterwards, so the cache holds Pelican's reading only.
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
CHECK_MODIFIED_METHOD = "md5"
CACHE_PATH = "cache/pelican"

# Every URL is a .html file in a fixed folder: the site reads from disk and under a sub-path.
ARTICLE_URL = ARTICLE_LANG_URL = "articles/{slug}.html"
ARTICLE_SAVE_AS = ARTICLE_LANG_SAVE_AS = "articles/{slug}.html"
DRAFT_URL = DRAFT_LANG_URL = "brouillons/{slug}.html"
DRAFT_SAVE_AS = DRAFT_LANG_SAVE_AS = "brouillons/{slug}.html"
PAGE_URL = PAGE_LANG_URL = "pages/{slug}.html"
PAGE_SAVE_AS = PAGE_LANG_SAVE_AS = "pages/{slug}.html"
INDEX_SAVE_AS = "index.html"
ARCHIVES_SAVE_AS = "archives.html"
DIRECT_TEMPLATES = ["index", "archives", "search", "404"]
SEARCH_SAVE_AS = "recherche.html"
SITE_ABSOLUTE_URL = ""  # publishconf.py: https://USER.github.io/REPO
# The site's path on its server ("/REPO"; "" at a domain's root), set by publishconf.py: the 404 page,
# which GitHub Pages serves for a missing address at any depth, links from it.  None: links stay relative.
SITE_ROOT_PATH = None
PAGINATION_PATTERNS = ((1, "{name}{extension}", "{name}{extension}"),
                       (2, "{name}{number}{extension}", "{name}{number}{extension}"))
DEFAULT_PAGINATION = 50
# Outlets, authors and rubrics are listed on each article; no separate pages for them.
CATEGORY_SAVE_AS = CATEGORIES_SAVE_AS = TAG_SAVE_AS = TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = AUTHORS_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = MONTH_ARCHIVE_SAVE_AS = DAY_ARCHIVE_SAVE_AS = ""
USE_FOLDER_AS_CATEGORY = False
DEFAULT_CATEGORY = "dossier"
DISPLAY_CATEGORIES_ON_MENU = False

# No feeds in the local build: Pelican needs an absolute SITEURL for them (publishconf.py).
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None

# Only the Meta extension: the converter writes escaped plain text, and extensions such
# as attr_list, abbr or tables would give pasted characters a meaning.
MARKDOWN = {
    "extension_configs": {"markdown.extensions.meta": {}},
    "output_format": "html5",
}
# Titles and other metadata are escaped by the templates, never trusted as HTML.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True,
                     "extensions": []}

PLUGIN_PATHS = ["plugins"]
PLUGINS = ["dossier_core", "dossier_boilerplate", "dossier_actors", "dossier_chronology", "dossier_quotes",
           "dossier_offline", "dossier_typography"]
