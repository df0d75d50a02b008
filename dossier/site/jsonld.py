"""schema.org JSON-LD for article pages, safe to embed in a <script> element."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

# Characters that could end the <script> element or start an HTML comment or entity;
# their JSON \\u escapes keep the JSON value identical.
_SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(data: Any) -> str:
    """Serialise data as JSON that cannot break out of <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)
    return "".join(_SCRIPT_SAFE.get(c, c) for c in text)


def _iso(d: datetime | None) -> str | None:
    return d.isoformat() if d is not None else None


def news_article(
    *,
    headline: str,
    url: str,
    lang: str,
    published: datetime | None,
    modified: datetime | None = None,
    authors: list[str] | tuple[str, ...] = (),
    publisher: str | None = None,
    source_organization: str | None = None,
    description: str | None = None,
    mentions: list[dict] | tuple[dict, ...] = (),
    is_part_of: str | None = None,
    has_part: list[dict] | tuple[dict, ...] = (),
) -> dict:
    """A schema.org NewsArticle record; empty fields are left out, not written as null.

    `publisher` is the outlet; `source_organization` the agency that supplied the text (AFP,
    Reuters…), which is not the publisher unless it published the page itself.  `has_part`: its
    quotations (schema.org Quotation records).
    """
    data: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                  "url": url, "inLanguage": lang}
    if published is not None:
        data["datePublished"] = _iso(published)
        data["dateModified"] = _iso(modified or published)
    if authors:
        data["author"] = [{"@type": "Person", "name": a} for a in authors]
    if publisher:
        data["publisher"] = {"@type": "Organization", "name": publisher}
    if source_organization and source_organization != publisher:
        data["sourceOrganization"] = {"@type": "Organization", "name": source_organization}
    if description:
        data["description"] = description
    if mentions:
        data["mentions"] = list(mentions)
    if is_part_of:
        data["isPartOf"] = {"@type": "CreativeWork", "name": is_part_of}
    if has_part:
        data["hasPart"] = list(has_part)
    return data


def absolute_url(url: str, site: str) -> str:
    """A page's URL in the JSON-LD: absolute when the site's address is (publishconf.py), else as linked."""
    return f"{site}/{url}" if site.startswith("http") else url
