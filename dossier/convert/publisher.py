"""The outlet that published a pasted page, when no line under the title settles it.

A site names itself all over its own furniture: the logo's text at the top, the consent
notice, the newsletter box, the app and social links, the footer's copyright, its domain in a
share link or an address.  A word of the site's own vocabulary (« Partager », "Tags",
"Email") or a menu item is printed once or twice, and never in such sentences.  So each name
the furniture prints (a short line, or a run of capitalised words inside a line) is scored
by the lines that repeat it: more for a copyright line, a logo line at the top of the page, a
sentence where the site speaks of itself (« L'Humanité ne vit que par ses lecteurs. Nous
soutenir… »), a domain that spells it, a known outlet, a header line that claims it
(« Source : X et agences », "By HT Correspondent"); names the story itself tells (a party, a
place, a team) lose.  Agencies are never the publisher here: they are the source the outlet
used (the article's `agency`).

The lines are indexed once: each name maps to the lines that print it, so a page costs one
pass over its lines whatever the number of names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from dossier import lexicon
from dossier.boilerplate import looks_like_boilerplate
from dossier.boilerplate.rules import GENERIC
from dossier.convert.structure import NAME_PARTICLES, is_rubric, known_outlet, press_name
from dossier.datewords import find_dates, months, weekdays
from dossier.lexicon import agency_name
from dossier.text import fold, name_key

# A site's name: this short.
NAME_MAX_WORDS = 5
NAME_MAX_CHARS = 40
# "© 2019 ACTUALITE.CD – Tous droits réservés", "Copyright © 2015 Kapitalis.", "© Le Monde 2015",
# "© Copyright of Telegraph Media Group Limited 2015", "© 2015 The Spectator (1828) Ltd."
COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:copyright\s+)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?:of\s+)?(?P<name>[A-Z0-9][\w'’&.\- ]{1,50}?)"
    r"(?:\s*\((?:19|20)?\d+\))?(?:\s+(?:ltd|limited|plc|inc|sa|sas|llc|gmbh)\b\.?)?\s*"
    r"(?:[-–—|.,:;/]\s|[-–—|.,:;]?$|\s(?:19|20)\d\d\b|\s*\((?:19|20)\d\d\)|\s+(?:all rights|tous droits|reproduction))",
    re.IGNORECASE)
# What tells a site's copyright line from a photo's credit (« … le 24 novembre 2015. © Maxppp - Stringer »).
OWNER = re.compile(r"(?:19|20)\d\d|rights|droits|reproduction", re.IGNORECASE)
# Company forms after a site's name ("M&G Media Ltd", "SPH Media Limited").
COMPANY_WORDS = re.compile(r"(?:\s+(?:ltd|limited|plc|inc|sa|sas|llc|gmbh|& cie))+\.?$", re.IGNORECASE)
# A domain printed on the page (a share link, an e-mail address, the logo): its name part.
DOMAIN_IN_TEXT = re.compile(
    r"(?<![\w.-])(?:https?://)?(?:www\.)?(?P<subs>(?:[\w-]+\.)*)(?P<label>[a-z0-9][\w-]*)\."
    r"(?:co\.uk|com\.au|net\.au|co\.za|com\.br|co\.in|com\.sg|com|fr|be|ch|ca|org|net|info|news|lu|uk|au|in|sg|za|"
    r"pk|sn|ci|cd|dz|tn|ma|qa|ie|ru|tv)\b", re.IGNORECASE)
# Domains of the networks a site links to, never its own.
NETWORKS = frozenset({"facebook", "twitter", "x", "instagram", "linkedin", "youtube", "tiktok", "whatsapp",
                      "pinterest", "google", "apple", "bsky", "threads", "telegram", "snapchat", "reddit", "flipboard"})
# "By HT Correspondent", "ITV News Calendar Reporter …", « La rédaction de TF1info »: an outlet's staff.
STAFF_WORDS = frozenset({"correspondent", "correspondents", "reporter", "reporters", "staff", "desk", "team",
                         "editor", "editors", "bureau", "correspondant", "correspondante", "redaction",
                         "journaliste", "journalist", "service", "newsroom", "writer"})
# After a staff word, the outlet follows one of these (« de TF1info », "for MailOnline").
STAFF_OF = frozenset({"de", "du", "des", "of", "for", "at"})
# « L'invité de 7h50 », "JT 13h": a programme, not an outlet.
CLOCK = re.compile(r"\b\d{1,2}\s?[h:]\s?\d{0,2}\b", re.IGNORECASE)
_TOKEN = re.compile(r"[\w'’&.\-]+")
# After a name opening a sentence, its verb or its possessive ("Dawn welcomes", "Kyiv Post's journalism"),
# not a comma ("Politically, …") nor a menu's bar ("Order Reprints | Today's Paper | Subscribe").
_VERB_AFTER = re.compile(r"(?:'s\s|\s[a-z])")
_POSSESSIVE = re.compile(r"['’]s$")
_LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|l['’])\s*", re.IGNORECASE)
_JOINERS = ("&", "of", "et")

# Evidence, per line that prints the name: a line inside a longer one, more when the site
# speaks there (its vocabulary, "we", "you") and more again when the name opens that sentence;
# the name alone on its line (a logo, a footer heading), less in a menu, more at the top of
# the page; a copyright line.  Then, per name: a domain spelling it, a known outlet; a
# mention in the story (a whole one, or all of its words).  A name made like an outlet's (a word of
# the press: "Daily News", « Journal ») gains a little.
LINE, SELF, SUBJECT, ALONE, MENU, TOP, COPYRIGHT = 1.0, 1.0, 2.0, 1.0, 0.5, 4.0, 4.0
DOMAIN_MATCH, KNOWN, PRESS, TOLD, TOLD_WORDS = 4.0, 3.0, 1.0, -2.0, -1.5
# What a header line claiming a name is worth: one naming the outlet's staff (« La rédaction de
# TF1info », "By HT Correspondent", "Published in Dawn"), a line shaped like an outlet's name
# (an acronym, a known name printed in a menu), a « Source : » line (as often a programme or
# the original of a translation as the outlet).
STAFF_CLAIM, SHAPE_CLAIM, SOURCE_CLAIM = 4.0, 3.0, 2.0
# Below this score a name is a menu item, not the site's.
MIN_SCORE = 4.0
# A fuller form of the best name ("Telegraph.co.uk" for "Telegraph") is chosen when it scores this share of it.
FULLER_SHARE = 0.5
# The site's logo stands in the first lines of a page.
EDGE_LINES = 12
# A line alone among this many short lines (of five around it) is a menu item.
MENU_RUN = 4
# A line of this many words is a sentence (the site speaking of itself), not a label.
SENTENCE_WORDS = 5
# A line with a date and this few words is a date line: a time zone there ("IST") is no outlet.
DATE_LINE_WORDS = 12


@dataclass(frozen=True)
class Claim:
    """A name a line of the header gives as the outlet's, and what that line is worth."""

    name: str
    weight: float


@dataclass
class Name:
    """A candidate name (folded key), the forms the page prints it in and the evidence for it."""

    key: str
    forms: Counter[str] = field(default_factory=Counter)
    lines: set[int] = field(default_factory=set)
    score: float = 0.0
    strong: bool = False  # a copyright line, a domain or a known outlet names it
    claimed: float = 0.0  # what the header lines that claim it are worth
    alone: bool = False  # printed alone on a line (a logo, a footer heading) or in a copyright line
    subject: bool = False  # opens a sentence where the site speaks of itself

    @property
    def text(self) -> str:
        """The form to print: the one the page uses most, in mixed case rather than capitals."""
        return max(self.forms, key=lambda f: (self.forms[f], not f.isupper(), f))


# --- what a name may be ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Folded words that never make a site's name alone: its labels, pronouns, function and calendar words."""
    generic = [*GENERIC["label_vocabulary"], *GENERIC["label_filler"], *GENERIC["reader_address"]["pronouns"]]
    for phrase in GENERIC["call_to_action"]["starts"]:
        generic.extend(phrase.split())
    return frozenset(fold(w) for w in generic) | lexicon.stopwords() | frozenset(months()) | frozenset(weekdays())


@lru_cache(maxsize=1)
def _site_words() -> frozenset[str]:
    """Folded words with which a site speaks of itself (share, newsletter, follow, subscribe, we, you)."""
    out = {fold(w) for w in (*GENERIC["label_vocabulary"], *GENERIC["reader_address"]["pronouns"])}
    for phrase in GENERIC["call_to_action"]["starts"]:
        out.update(fold(w) for w in phrase.split() if fold(w) not in lexicon.stopwords())
    return frozenset(out)


@lru_cache(maxsize=1)
def _action_words() -> frozenset[str]:
    """The verbs a call to act opens with (« Suivez », "Follow", "Watch"), folded."""
    return frozenset(fold(phrase.split()[0]).split("-")[0] for phrase in GENERIC["call_to_action"]["starts"]) | {
        fold(phrase.split()[0]) for phrase in GENERIC["call_to_action"]["starts"]}


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(fold(w) for w in GENERIC["reader_address"]["pronouns"])


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return lexicon.keys("places.txt")


def is_agency(name: str) -> bool:
    """An agency's name, with or without an article ("The Associated Press")."""
    return agency_name(name) is not None or agency_name(_LEADING_ARTICLE.sub("", name)) is not None


@lru_cache(maxsize=1)
def _agency_parts() -> frozenset[str]:
    """The words of agencies' names of several words ("Associated", "Press"): no outlet alone."""
    return frozenset(name_key(w) for n, _rx in lexicon.agencies() if len(n.split()) > 1 for w in n.split())


@lru_cache(maxsize=8192)
def plausible(name: str) -> bool:
    """A name that may be an outlet's: short, not an agency, a section, a place, a label or a site's button."""
    words = name.split()
    if not (1 <= len(words) <= NAME_MAX_WORDS and len(name) <= NAME_MAX_CHARS and any(c.isalpha() for c in name)):
        return False
    key = name_key(name)
    if is_agency(name) or key in lexicon.rubrics() or is_rubric(name) or key in _places() or key in _agency_parts():
        return False
    if all(fold(w).strip(".'’-") in _vocabulary() or not any(c.isalpha() for c in w) for w in words):
        return False
    if CLOCK.search(name) or re.search(r"[!?…:]", name):
        return False
    if fold(words[0]) in _action_words():
        return False  # « Suivez La Gazette », "Watch Sky News": a call to act, then the name
    # « L'association », « Le direct »: an article before a common noun (a name after it is capitalised)
    bare = _LEADING_ARTICLE.sub("", name)
    if bare != name and bare[:1].islower():
        return False
    # « Moyen-Orient et Monde »: sections joined, a section's label
    if all(name_key(w) in lexicon.rubrics() or _joiner(w) for w in words):
        return False
    # (the boilerplate rules take an outlet's name alone for a signature: not evidence against it)
    return known_outlet(name) or not looks_like_boilerplate(name)


# --- names inside lines ---------------------------------------------------------------------

def _capitalised(token: str) -> bool:
    t = token.lstrip("'’\"«(")
    if t[:2].lower() in ("d'", "d’", "l'", "l’") and len(t) > 2:
        t = t[2:]
    return t[:1].isupper() or t[:1].isdigit()


def _joiner(token: str) -> bool:
    return token.lower() in NAME_PARTICLES or token in _JOINERS


def runs(text: str) -> Iterable[str]:
    """Runs of capitalised words inside a line (« La Voix du Nord », "Channel 4 News"), and their shorter parts."""
    run: list[str] = []
    for tok in [*(t.strip(".,:;!?()«»\"") for t in _TOKEN.findall(text)), ""]:
        if tok and (_capitalised(tok) or (run and _joiner(tok))):
            run.append(_POSSESSIVE.sub("", tok))
            continue
        while run and _joiner(run[-1]):
            run.pop()
        for i in range(len(run)):
            if _capitalised(run[i]):
                for j in range(i + 1, min(len(run), i + NAME_MAX_WORDS) + 1):
                    if _capitalised(run[j - 1]):
                        yield " ".join(run[i:j])
        run = []


def copyright_names(texts: Iterable[str]) -> list[str]:
    """Names printed after a copyright sign in a site's copyright line, agencies left out."""
    out = []
    for t in texts:
        for m in COPYRIGHT_NAME.finditer(t):
            if not OWNER.search(t, m.start()):
                continue  # « … le 24 novembre 2015. © Maxppp - Stringer »: a photo's credit
            name = COMPANY_WORDS.sub("", m.group("name").strip(" .-–—|,"))
            name = re.sub(r"^(?:the\s+)?copyright\s+(?:of\s+)?", "", name, flags=re.IGNORECASE)
            if name and not is_agency(name) and len(name.split()) <= NAME_MAX_WORDS:
                out.append(name)
    return out


def staff_outlet(text: str) -> str | None:
    """The outlet a staff word names: "By HT Correspondent" -> "HT", « La rédaction de TF1info » -> "TF1info".

    The name is the capitalised run right after the staff word and « de », "for", "of"
    ("Correspondent for MailOnline"), or the one right before it ("ITV News Calendar Reporter").
    """
    tokens = text.split()
    for i, tok in enumerate(tokens):
        if fold(tok).strip(",.:;|") not in STAFF_WORDS:
            continue
        after = tokens[i + 1:]
        if after and after[0][:2].lower() in ("d'", "d’") and len(after[0]) > 2:
            after = [after[0][2:], *after[1:]]
        elif after and fold(after[0]) in STAFF_OF:
            after = after[1:]
        else:
            after = []
        name = _leading_run(after)
        if name:
            return name
        before: list[str] = []
        k = i
        while k > max(0, i - NAME_MAX_WORDS) and not tokens[k - 1].endswith((",", ";", ":", "|")) \
                and (_capitalised(tokens[k - 1]) or _joiner(tokens[k - 1])):
            k -= 1
            before.insert(0, tokens[k])
        if k > 0 and tokens[k - 1].endswith(","):
            continue  # "Harriet Colborne, Political Correspondent": the author's role, not an outlet
        while before and (fold(before[0]) in ("by", "par") or _joiner(before[0])):
            before.pop(0)
        if any(fold(w).strip(",.:;|") in STAFF_WORDS for w in before):
            continue  # "Staff Writer": staff words, no outlet
        name = " ".join(before)
        if name and plausible(name):
            return name
    return None


def _leading_run(tokens: Sequence[str]) -> str | None:
    """The run of capitalised words a list of words starts with (« La Voix du Nord », "MAILONLINE")."""
    run: list[str] = []
    for tok in tokens:
        clean = tok.strip(",.;:|()")
        if not clean or not (_capitalised(clean) or (run and _joiner(clean))):
            break
        run.append(clean)
        if clean != tok:
            break  # "MAILONLINE," ends the name
    while run and _joiner(run[-1]):
        run.pop()
    name = " ".join(run[:NAME_MAX_WORDS])
    return name if name and plausible(name) else None


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _domain_labels(texts: Iterable[str]) -> set[str]:
    """The name parts of the domains a page prints, the networks' left out."""
    labels = set()
    for t in texts:
        for m in DOMAIN_IN_TEXT.finditer(t):
            label = _compact(m.group("label"))
            if label in NETWORKS or len(label) < 2:
                continue
            labels.add(label)
            # a blog hosted by a platform is its subdomain (henrivilledemain.wordpress.com); a section's
            # subdomain joins the name (news.sky.com: "Sky News")
            for sub in (_compact(x) for x in m.group("subs").split(".") if x):
                if len(sub) >= 2:
                    labels.update({sub, label + sub, sub + label})
    return labels


def _spells_domain(name: str, labels: set[str]) -> bool:
    """A domain's name part spells the name ("The Moscow Times", themoscowtimes.com), or the name is that domain."""
    printed = DOMAIN_IN_TEXT.fullmatch(name)
    if printed:
        return _compact(printed.group("label")) in labels  # "Telegraph.co.uk" printed as the logo
    c = _compact(name)
    bare = _compact(_LEADING_ARTICLE.sub("", name))
    return bool(c) and any(lab in (c, bare) or (len(bare) >= 4 and lab.startswith(bare)) for lab in labels)


def site_voice(text: str) -> bool:
    """A line of the site about itself: its newsletter, its app, its pages on the networks, "we" and "you"."""
    return any(fold(w) in _site_words() for w in _TOKEN.findall(text))


def _site_vocabulary(text: str) -> bool:
    """The text holds a word of the site's own vocabulary (follow, newsletter, subscribe…), not a pronoun only."""
    return any(fold(w) in _site_words() and fold(w) not in _pronouns() for w in _TOKEN.findall(text))


def _addresses(text: str) -> bool:
    """The text says "we", "our", "you": the site speaking to its reader (or someone quoted)."""
    return any(fold(w) in _pronouns() for w in _TOKEN.findall(text))


def _topic_words(text: str) -> set[str]:
    function = lexicon.stopwords()
    return {w for w in (fold(x).strip("'’-") for x in _TOKEN.findall(text)) if len(w) >= 3 and w not in function}


# --- the publisher --------------------------------------------------------------------------

def find_publisher(texts: Sequence[str], story: Collection[int], claims: Sequence[Claim] = (),
                   people: Collection[str] = (), sections: Collection[str] = ()) -> str | None:
    """The outlet's name as the page prints it, or None.

    `story` holds the indexes of the article's own lines (its title and paragraphs): names
    told there are the story's, not the site's.  `claims` are names that lines of the header
    gave as the source without settling it (« Source : X et agences »); `people` and `sections`
    are names the header read as the authors and the section: a byline repeated in a bio is not
    the site's name, nor a section repeated in the footer's menu, unless a copyright, a domain or
    the outlets' list says it is (a logo above the title read as a section, under it as a name).
    """
    authors = {fold(k) for k in people if k}
    labels = {fold(k) for k in sections if k}
    names = [n for n in scored_names(texts, story, claims)
             if n.strong or (n.key not in authors and n.key not in labels)]
    if not names:
        return None
    best = max(names, key=lambda n: (n.score, len(n.key)))
    # the fullest form the page prints as a name of its own: "Telegraph.co.uk" (its logo) rather than
    # "Telegraph", not "FT.com" of "Please don't cut articles from FT.com" nor « Suivez X »
    inside = re.compile(rf"(?<![\w&-]){re.escape(best.key)}(?![\w&-])")
    fuller = [n for n in names if n is not best and inside.search(n.key) and n.score >= FULLER_SHARE * best.score
              and (n.alone or len(n.lines) >= FULLER_SHARE * len(best.lines))
              and not any(w.strip(".'’-") in _action_words() | _site_words()
                          for w in set(n.key.split()) - set(best.key.split()))]
    return max(fuller, key=lambda n: (n.alone, n.score, len(n.key))).text if fuller else best.text


@dataclass(frozen=True)
class _Line:
    """What scoring needs of a line, worked out once."""

    text: str
    folded: str  # its text folded, without its edge punctuation and company words
    owners: frozenset[str]  # the folded names of a site's copyright it prints ("" when none)
    voice: bool  # the site speaks there
    sentence: bool  # long enough to be a sentence
    menu: bool  # alone among short lines
    top: bool  # among the page's first lines


def _lines(texts: Sequence[str]) -> list[_Line]:
    short = [len(t.split()) <= NAME_MAX_WORDS for t in texts]
    out = []
    for i, t in enumerate(texts):
        owners = frozenset(fold(c) for c in copyright_names([t])) if COPYRIGHT_NAME.search(t) else frozenset()
        if COPYRIGHT_NAME.search(t) and not owners and any(OWNER.search(t, m.start())
                                                            for m in COPYRIGHT_NAME.finditer(t)):
            owners = frozenset({""})  # a site's copyright line, its owner an agency or a group
        out.append(_Line(t, COMPANY_WORDS.sub("", fold(t).strip(" .,;:|-–—")), owners, site_voice(t),
                         len(t.split()) >= SENTENCE_WORDS, sum(short[max(0, i - 2):i + 3]) >= MENU_RUN,
                         i < EDGE_LINES))
    return out


def scored_names(texts: Sequence[str], story: Collection[int], claims: Sequence[Claim] = ()) -> list[Name]:
    """The names that may be the outlet's, with their evidence (see :func:`find_publisher`)."""
    # a paragraph of the site about itself may stand among the story's ("The Moscow Times's news
    # desk keeps you up to date. Follow us…"): it speaks as the site, the story does not
    own = {i for i in story if 0 < i < len(texts) and not (_site_vocabulary(texts[i]) and _addresses(texts[i]))}
    own |= {i for i in story if i == 0}
    names = _index(texts, own)
    for c in claims:
        _add(names, c.name, None).claimed += c.weight
    labels = _domain_labels(texts)
    lines = _lines(texts)
    told = fold(" ".join(texts[i] for i in own))
    told_words = _topic_words(told)
    out = []
    for n in names.values():
        _score(n, lines, labels)
        if n.score < MIN_SCORE or not (len(n.lines) >= 2 or n.strong or n.claimed or n.subject):
            continue  # a menu item, or printed once in a line that says nothing of the site
        if not plausible(n.text):
            continue
        if not n.strong:
            mentions = len(re.findall(rf"(?<![\w&-]){re.escape(n.key)}(?![\w&-])", told))
            if mentions:
                n.score += TOLD * min(mentions, 3)
            elif _topic_words(n.key) and _topic_words(n.key) <= told_words:
                n.score += TOLD_WORDS  # "Women's World Cup" on a page about the World Cup: a tag
        if n.score >= MIN_SCORE:
            out.append(n)
    return out


def _add(names: dict[str, Name], text: str, line: int | None) -> Name:
    text = COMPANY_WORDS.sub("", text.strip(" .,;:|-–—"))
    key = fold(text)
    n = names.get(key)
    if n is None:
        n = names[key] = Name(key)
    n.forms[text] += 1
    if line is not None:
        n.lines.add(line)
    return n


def _index(texts: Sequence[str], own: Collection[int]) -> dict[str, Name]:
    """Every name the lines outside the story print, with the lines that print it."""
    names: dict[str, Name] = {}
    lowered: list[str] = []  # short lines with a lower-case word (« Courrier international »): looked for in others
    furniture = [(i, t) for i, t in enumerate(texts) if i not in own]
    for i, t in furniture:
        if find_dates(t) and len(t.split()) <= DATE_LINE_WORDS:
            continue  # "Updated: Dec 05, 2023 10:32 IST"
        for part in set(runs(t)):
            _add(names, part, i)
        line = t.strip(" .,;:|-–—")
        if line and len(line.split()) <= NAME_MAX_WORDS and len(line) <= NAME_MAX_CHARS:
            _add(names, line, i)
            if any(not _capitalised(w) for w in line.split()):
                lowered.append(fold(COMPANY_WORDS.sub("", line)))
        staff = staff_outlet(t)
        if staff:
            _add(names, staff, i)
    for name in copyright_names(t for _i, t in furniture):
        _add(names, name, None).strong = True
    folded = [(i, fold(t)) for i, t in furniture]
    for key in set(lowered):
        rx = re.compile(rf"(?<![\w&-]){re.escape(key)}(?![\w&-])")
        names[key].lines.update(i for i, f in folded if key in f and rx.search(f))
    return names


def _score(n: Name, lines: Sequence[_Line], labels: set[str]) -> None:
    """Add up the evidence for one name: the lines that print it, its domain, whether it is a known outlet."""
    for i in n.lines:
        line = lines[i]
        if line.folded == n.key:
            n.score += TOP if line.top else (MENU if line.menu else ALONE)
            n.alone = True
        elif line.owners:
            n.score += COPYRIGHT
            n.alone = n.alone or n.key in line.owners
        else:
            # « L'Humanité ne vit que par ses lecteurs. Nous soutenir… », "Dawn welcomes comments … our policy"
            # (or, for a name made like an outlet's, any sentence it opens: "Channel 4 News is on every weeknight")
            subject = ((line.voice or press_name(n.text)) and line.sentence and line.folded.startswith(n.key)
                       and "|" not in line.text and _VERB_AFTER.match(line.text, len(n.key)) is not None)
            n.subject = n.subject or subject
            n.score += LINE + (SELF if line.voice else 0.0) + (SUBJECT if subject else 0.0)
    if _spells_domain(n.text, labels):
        n.score += DOMAIN_MATCH
        n.strong = True
    if known_outlet(n.text):
        n.score += KNOWN
        n.strong = True
    elif press_name(n.text):
        n.score += PRESS  # "Hürriyet Daily News": made like an outlet's name
    n.score += n.claimed
