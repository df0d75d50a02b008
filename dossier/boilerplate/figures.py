"""Photo captions and credits printed in a pasted text: « Un soldat à Bruxelles. © Belga »."""

from __future__ import annotations

import re

from dossier import lexicon
from dossier.text import is_prose

CREDIT_LABEL = re.compile(
    r"^(?:photos?|photograph|crédits?(?:\s+photos?)?|photo\s+credit|image|illustration|source\s+photo)\s*:\s*",
    re.IGNORECASE)
# "Image caption Russian bombers…" (BBC), "Légende : …"
CAPTION_LABEL = re.compile(r"^(?:image caption|photo caption|caption|légende)\s*:?\s+", re.IGNORECASE)

def split_credit(text: str) -> tuple[str, str] | None:
    """Split "caption © credit" into (caption, credit); None when the line holds no credit."""
    if CAPTION_LABEL.match(text):
        return None  # "Image caption …" is a caption without credit
    m = lexicon.credit_marker().search(text)
    if not m:
        return None
    caption = text[:m.start()].rstrip(" -–—|/,(")
    if caption.lower() in ("image", "photo", "picture", "illustration"):
        caption = ""  # "Image copyright Reuters" (BBC): a credit alone
    credit = text[m.start():].strip()
    credit = re.sub(r"^(?:©|\(c\)|copyright)\s*", "", credit, flags=re.IGNORECASE).strip(" )")
    credit = CREDIT_LABEL.sub("", credit)
    # A credit is a name or a list of names, not a sentence.
    if len(credit) > 80 or len(credit.split()) > 10 or not credit:
        return None
    if caption and is_prose(caption) and len(caption) > 300:
        return None
    return caption, credit
