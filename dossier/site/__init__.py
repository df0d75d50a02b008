"""Pelican-free helpers for the site's pages.

Article text and anchors, JSON-LD, front-matter fields, the record plugins share about an
article, plugin settings, pages split in parts, offline files.
"""

from dossier.site.frontmatter import is_off, is_true, split_list
from dossier.site.htmltext import ArticleText, anchor_paragraphs, article_text, plain, with_backlinks
from dossier.site.jsonld import news_article, script_json
from dossier.site.pager import Part, paged, part_path
from dossier.site.records import ArticleRecord, final_text, record_of, summary_html
from dossier.site.settings import plugin_settings

__all__ = ["ArticleRecord", "ArticleText", "Part", "anchor_paragraphs", "article_text", "final_text", "is_off",
           "is_true", "news_article", "paged", "part_path", "plain", "plugin_settings", "record_of", "script_json",
           "split_list", "summary_html", "with_backlinks"]
