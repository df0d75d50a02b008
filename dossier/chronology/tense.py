"""The tense of a clause, from its verbs: past, present or future (French and English).

"a salué mercredi" is the past Wednesday, "va demander lundi" the coming Monday.  Cues are
read on lower-case text *with* its accents: folded, « à » would read as the auxiliary « a ».
"""

from __future__ import annotations

import re

PAST, PRESENT, FUTURE = "past", "present", "future"

PAST_MARKERS = re.compile(
    r"\b(?:a|ont|avait|avaient|as|ai|avons|avez|est|sont|était|étaient|fut|furent|eut|eurent)\s+"
    r"(?:(?:déjà|aussi|pas|plus|bien|encore|ensuite|alors|enfin|été)\s+){0,2}"
    r"\w+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|ort|ait)\b|\b\w{3,}(?:èrent|irent|urent)\b|"
    r"\b(?:said|told|was|were|had|did|met|made|went|announced|declared|\w{3,}ed)\b|\bdernière?\b|\blast\b|\bago\b")
FUTURE_MARKERS = re.compile(
    r"\b(?:va|vont|vais|allons|allez|devra|devront|devrait|devraient|doit|doivent|compte|comptent|prévoit|"
    r"prévoient|sera|seront|aura|auront|partira|partiront)\b|\b\w{2,}(?:era|eront|ira|iront|rait|raient)\b|"
    r"\b(?:will|shall|would|is to|are to|plans? to|is going to|are going to|next)\b|\bprochaine?\b")
# "…, the envoy said." / "…, a déclaré le ministre.": the reporting verb is not the event's tense
REPORTING = re.compile(
    r",\s*(?:[\w'-]+\s+){0,4}(?:said|says|told|added|stated|announced)\b[^,]*$|"
    r",\s*(?:a|ont|avait)\s+(?:déclaré|indiqué|affirmé|précisé|ajouté|annoncé|expliqué|assuré|estimé|souligné|"
    r"rappelé|dit|confié)\b[^,]*$|,\s*(?:selon|d'après)\b[^,]*$")
# "would stay closed", "will be handed": an -ed word after a future auxiliary is no past
FUTURE_PARTICIPLE = re.compile(r"\b(will|would|shall|to)\s+(?:\w+\s+){0,2}?\w+ed\b")


def tense(clause: str) -> str:
    """"past", "future" or "present" of a clause: its last tense marker decides.

    The marker nearest the date wins: in "X said the talks would resume in December" the
    talks are future; in "a annoncé qu'il partira lundi", Monday is to come.
    """
    clause = REPORTING.sub("", clause.lower().replace("’", "'").rstrip(" ."))
    clause = FUTURE_PARTICIPLE.sub(r"\1", clause)
    past = [m.start() for m in PAST_MARKERS.finditer(clause)]
    future = [m.start() for m in FUTURE_MARKERS.finditer(clause)]
    if not past and not future:
        return PRESENT
    if future and (not past or future[-1] >= past[-1]):
        return FUTURE
    return PAST
