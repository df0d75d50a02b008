"""Publication and update lines of a pasted page: « Publié le 3 mars 2016 à 08h15, mis à jour à 10h02 »."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

from dossier.datewords import find_dates

# Labels that say which date a line gives.  Checked in this order: "mis à jour"
# inside "Publié le …, mis à jour le …" must not make the first date an update.
PUBLISHED_LABELS = (
    r"publi[ée]e?\s+le", r"publi[ée]e?", r"mis\s+en\s+ligne\s+le", r"mis\s+en\s+ligne",
    r"premi[èe]re\s+publication\s*:?\s*(?:le)?", r"date\s+de\s+publication\s*:?", r"paru\s+le",
    r"posted(?:\s+on)?", r"published(?:\s+on)?", r"first\s+published(?:\s+on)?", r"issued(?:\s+on)?",
    r"cr[ée]{2}e?\s+le",
    r"cr[ée]{2}e?\s*:",
)
UPDATED_LABELS = (
    r"mis\s+[àa]\s+jour\s+le", r"mis\s+[àa]\s+jour", r"mise\s+[àa]\s+jour\s*:?\s*(?:le)?",
    r"derni[èe]re\s+mise\s+[àa]\s+jour\s*:?\s*(?:le)?", r"modifi[ée]e?\s+le", r"modifi[ée]e?",
    r"actualis[ée]e?\s+le", r"actualis[ée]e?", r"maj\s*:?\s*(?:le)?",
    r"(?:last\s+)?updated(?:\s+on)?", r"(?:last\s+)?modified(?:\s+on)?",
)

_PUB_RX = re.compile(rf"(?<!\w)(?:{'|'.join(PUBLISHED_LABELS)})(?!\w)", re.IGNORECASE)
_UPD_RX = re.compile(rf"(?<!\w)(?:{'|'.join(UPDATED_LABELS)})(?!\w)", re.IGNORECASE)
# "mis à jour à 10h02" with no date: an update the same day as the publication.
_UPD_TIME_ONLY = re.compile(
    rf"(?:{'|'.join(UPDATED_LABELS)})\s*(?:à|a|at)?\s*(?P<hour>[01]?\d|2[0-3])\s*[h:H.]\s*(?P<minute>[0-5]\d)?",
    re.IGNORECASE)
# A date line is mostly date: a remainder longer than this is a sentence with a date in it.
REST_MAX_WORDS = 6


def has_date_label(text: str) -> bool:
    """The text labels a date as a publication or an update (« Publié le », "Updated", « MAJ : »)."""
    return _PUB_RX.search(text) is not None or _UPD_RX.search(text) is not None


@dataclass(frozen=True)
class DateLine:
    """What a header line says about publication: dates and the text left over."""

    published: datetime | None
    updated: datetime | None
    rest: str  # the line without its dates and labels ("Par Jean Dupont")


def parse_date_line(line: str) -> DateLine | None:
    """Read a publication/update line ("Publié le 3 mars 2016 à 08h15, mis à jour à 10h02").

    Returns None when the line is not about publication: a sentence of the
    article that happens to hold a date is an event, not a publication date.
    """
    matches = find_dates(line)
    if not matches:
        return None
    published = updated = None
    cursor = 0
    rest_parts = []
    for m in matches:
        before = line[cursor:m.start]
        rest_parts.append(before)
        upd_label = list(_UPD_RX.finditer(before))
        pub_label = list(_PUB_RX.finditer(before))
        last_upd = upd_label[-1].end() if upd_label else -1
        last_pub = pub_label[-1].end() if pub_label else -1
        if last_upd > last_pub:
            updated = updated or m.value
        elif published is None:
            published = m.value
        else:
            updated = updated or m.value
        cursor = m.end
    tail = line[cursor:]
    if published is not None and updated is None:
        t = _UPD_TIME_ONLY.search(tail)
        if t:
            updated = datetime.combine(published.date(), time(int(t.group("hour")), int(t.group("minute") or 0)))
            tail = tail[:t.start()] + tail[t.end():]
    rest_parts.append(tail)
    rest = "".join(rest_parts)
    rest = _UPD_RX.sub(" ", _PUB_RX.sub(" ", rest))
    # lower-case words only: "Le" in "Le Point.fr" is the outlet's name
    rest = re.sub(r"(?<!\w)(?:le|the|on|à|at|a)(?!\w)", " ", rest)
    rest = re.sub(r"[\s,;|·•\-–—:()]+", " ", rest).strip()
    if len(rest.split()) > REST_MAX_WORDS:
        return None
    return DateLine(published, updated, rest)
