"""The outlet that published a pasted page, when no line under the title names it.

A site names itself all over its own furniture: the logo's text at the top, the consent
notice, the newsletter box, the footer's copyright.  The publisher is the short name that the
page's furniture repeats the most (outside the article's own text, where a country or a party
may be repeated as well), preferring one printed after a copyright sign, a known outlet or a
domain name.  Agencies are never the publisher here (they are the source the outlet used).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from dossier import lexicon
from dossier.convert.structure import DOMAIN, is_rubric, known_outlet
from dossier.lexicon import agency_name
from dossier.text import ends_sentence, name_key

# A site's name: this short.
NAME_MAX_WORDS = 5
NAME_MAX_CHARS = 40
# "© 2019 ACTUALITE.CD – Tous droits réservés", "Copyright © 2015 Kapitalis.", "© Le Monde 2015"
COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?(?:of\s+)?"
    r"(?P<name>[A-Z0-9][\w'’&.\- ]{1,50}?)\s*(?:[-–—|.,:;]\s|[-–—|.,:;]?$|\s(?:19|20)\d\d\b|\s+(?:all rights|tous droits))",
    re.IGNORECASE)
# Company forms that follow a site's name in a copyright line.
COMPANY_WORDS = re.compile(r"\s+(?:ltd|limited|plc|inc|sa|sas|llc|gmbh|group|groupe|media group)\.?$", re.IGNORECASE)
WORD = re.compile(r"[\w'’&.-]+")
# A site's logo text stands in the first lines of a page, its copyright in the last ones.
EDGE_LINES = 12


def _candidate(text: str) -> bool:
    """A line that may be a site's name: short, starting with a capital or a digit, not a sentence."""
    words = text.split()
    return (1 <= len(words) <= NAME_MAX_WORDS and len(text) <= NAME_MAX_CHARS and text[:1].isalnum()
            and (text[:1].isupper() or text[:1].isdigit() or DOMAIN.match(text) is not None)
            and not ends_sentence(text) and ":" not in text and not is_rubric(text)
            and agency_name(text) is None)


def copyright_names(texts: Sequence[str]) -> list[str]:
    """Names printed after a copyright sign, agencies left out."""
    out = []
    for t in texts:
        for m in COPYRIGHT_NAME.finditer(t):
            name = COMPANY_WORDS.sub("", m.group("name").strip(" .-–—|"))
            if name and agency_name(name) is None and len(name.split()) <= NAME_MAX_WORDS:
                out.append(name)
    return out


def find_publisher(texts: Sequence[str], article: range) -> str | None:
    """The outlet's name as the page prints it, or None.

    `article` holds the indexes of the article's own lines (title to last paragraph): names
    repeated there are the story's, not the site's.
    """
    furniture = [t for i, t in enumerate(texts) if i not in article]
    story = " ".join(texts[i] for i in article if i < len(texts))
    edges = {t for i, t in enumerate(texts) if i not in article and (i < EDGE_LINES or i >= len(texts) - EDGE_LINES)}
    counts: Counter[str] = Counter()
    for name in copyright_names(texts):
        counts[name] += 3
    for t in furniture:
        if _candidate(t):
            counts[t] += 1
    if not counts:
        return None
    scores = {}
    for name, base in counts.items():
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        mentions = sum(1 for t in furniture if pattern.search(t))
        known = 2 if known_outlet(name) else 0
        domain = 1 if DOMAIN.match(name) else 0
        edge = 1 if name in edges else 0
        told = -3 if pattern.search(story) and not known else 0  # a tag or a place the story is about
        scores[name] = base + mentions + known + domain + edge + told
    best = max(scores, key=lambda n: (scores[n], -len(n)))
    if scores[best] < 3 and not known_outlet(best):
        return None  # a name the page does not repeat is a menu item, not the site's
    if name_key(best) in lexicon.rubrics():
        return None
    return best
