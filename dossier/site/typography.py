"""French and English typography for the text a reader sees: spaces, quotes, apostrophes, dashes, hyphens.

`typeset(text, lang)` sets one text; `typeset_html(html, lang)` sets every text node of a page,
following `lang` attributes, and the attributes a reader is shown (title, alt, aria-label,
placeholder).  Both are idempotent: setting a text twice changes nothing more.

The rules, by name, in the order they run (French; English keeps the first four):

1. ``quotes``       "…" → « … » in French (“…” inside « »), “…” in English: only a clear pair, an
                    opening quote at a word's start and a closing one at a word's end, in one paragraph.
2. ``apostrophes``  ' → ’ beside a letter (l’État, don’t); in English a clear 'pair' → ‘pair’.
3. ``hyphens``      en dash in ranges of years (2014–2015), of days beside a month (13–15 novembre,
                    November 13–15), of months or weekdays (novembre–décembre); non-breaking hyphen
                    (U+2011) in a compound with a part of at most 3 letters or an acronym (anti‑EI,
                    a‑t‑il, ex‑président): never split at a line's end.  In a page, the compound
                    is kept whole by <span class="nowrap"> around its plain hyphens instead: the
                    text stays the one typed (found by the browser's search, copied as written,
                    the same for every checker), and no font lacks the glyph.
4. ``guillemets``   (French) narrow no-break space (U+202F) inside « ».
5. ``spaces``       (French) U+202F before ; ? ! and between a number and %, no-break space (U+00A0)
                    before a colon that ends a clause (not 10:30): added, or in place of a space.

Never touched: URLs, e-mail addresses and what reads as an HTML entity inside a text; in a
page, <script>, <style>, <pre>, <code>, <kbd>, <samp>, <textarea>, tags and their other
attributes; text in another language than French or English.

Speed (a dossier has thousands of pages): every pattern starts with the character it is about
(a quote, a hyphen, a guillemet), which the regular-expression engine finds at C speed; Python
runs once per such character, never once per character of the text.  In a page, the text nodes
of one language are set together, each tag replaced by a marker character the rules see through
(an inline tag) or stop at (a block).
"""

from __future__ import annotations

import html as htmllib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, groupby

from dossier.datewords import full_names, months
from dossier.text import fold

NNBSP = "\u202f"  # narrow no-break space: before ; ? ! %, inside « »
NBSP = "\u00a0"  # no-break space: before :
NBHY = "\u2011"  # non-breaking hyphen
EN_DASH = "\u2013"

# Markers standing for tags while a page's text is set (private-use characters, never in a text).
TAG = "\ue000"  # an inline tag (<a>, <em>…): the text runs on through it
BLOCK = "\ue001"  # a block (<p>, <li>…) or a skipped element: a paragraph ends there
MARKERS = TAG + BLOCK
_SPACES = " \t\n\r\u00a0\u202f\u2009"  # the spaces a rule replaces (not the markers)
_GAP = f"(?:[{_SPACES}]|{TAG})*"  # spaces and inline tags between a word and its punctuation

NOWRAP_OPEN, NOWRAP_CLOSE = '<span class="nowrap">', "</span>"  # a compound kept on one line, in a page

# A URL, an e-mail address, or what reads as an HTML entity (a text quoting "&amp;"), kept as
# written: "http://a.fr/?q=1: x" keeps its "?" and its ":", "&amp;" its ";".
_URL = re.compile(rf"((?:https?://|ftp://|www\.)[^\s<>\"«»{MARKERS}]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                  r"|&#?\w+;)")


# 1. quotes: "…" in pairs.  The opening one starts a word (after a space, a bracket, a dash or a
# tag), the closing one ends a word; nothing between them crosses a paragraph or another quote, so
# that an unbalanced quote ("5" screens", a quote left open) pairs with nothing.
_OPENS_AFTER = rf"[^\s(\[/«\u2013\u2014{MARKERS}]"  # a quote after any other character does not open
# (no quotation marks inside: "a « b »" is left as written, else a second pass would pair it)
_DOUBLE_PAIR = re.compile(
    rf'"(?<!{_OPENS_AFTER}")(?={TAG}*[^\s"{BLOCK}])([^"«»“”{BLOCK}]*?[^\s"«»“”{BLOCK}])"(?!{TAG}*[^\W_])')
_SINGLE_PAIR = re.compile(
    rf"'(?<!{_OPENS_AFTER}')(?={TAG}*[^\W\d_])([^'‘’{BLOCK}]*?[^\s'‘’{BLOCK}])'(?!{TAG}*[^\W_])")
_APOSTROPHE = re.compile(r"'(?:(?<=[^\W_]')|(?=[^\W_]))")


def _inside_guillemets(text: str, at: int) -> bool:
    """Whether position `at` is inside « … » opened in the same paragraph."""
    start = text.rfind(BLOCK, 0, at) + 1
    return text.rfind("«", start, at) > text.rfind("»", start, at)


def _quotes_fr(text: str) -> str:
    def pair(m: re.Match[str]) -> str:
        if _inside_guillemets(m.string, m.start()):
            return f"“{m.group(1)}”"  # a quotation inside a quotation
        return f"«{m.group(1)}»"  # the spaces inside come with the guillemets rule

    return _DOUBLE_PAIR.sub(pair, text) if '"' in text else text


def _quotes_en(text: str) -> str:
    return _DOUBLE_PAIR.sub(r"“\1”", text) if '"' in text else text


def _apostrophes_fr(text: str) -> str:
    return _APOSTROPHE.sub("’", text) if "'" in text else text


def _apostrophes_en(text: str) -> str:
    return _APOSTROPHE.sub("’", _SINGLE_PAIR.sub(r"‘\1’", text)) if "'" in text else text


# 3. hyphens: one look at each hyphen between two words or two numbers.
_HYPHEN = re.compile(r"-(?<=[^\W_]-)(?=[^\W_])")
_WORD_BEFORE = re.compile(r"(?<![^\W_])[^\W_]+\Z")  # searched up to the hyphen (endpos)
_WORD_AFTER = re.compile(r"[^\W_]+")
_NEXT_WORD = re.compile(rf"[{_SPACES}]+([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(rf"(?<![^\W_])([^\W\d_]+)\.?[{_SPACES}]+\Z")
# Not a range or a compound but an ISO date (2015-11-24), a phone number (01-23-45-67), a code
# (978-2-07), a file or an address (fichier-v2.txt, jean-luc@…): nothing joined to either end.
_NUMBER_BEFORE, _NUMBER_AFTER = "-\u2011\u2013./", "-\u2011\u2013/"
_WORD_BEFORE_EDGE, _WORD_AFTER_EDGE = "/.@_", "/@_"
SHORT_PART = 3  # a part of at most this many letters keeps its neighbour on the same line
_ACRONYM = re.compile(r"[^\W\d_a-z]{2,6}")  # EI, OTAN, ONU: capitals only
_WORD_SPAN = 40  # the longest word looked at beside a hyphen


@lru_cache(maxsize=1)
def _day_and_month_names() -> frozenset[str]:
    """Full month and weekday names, folded: « novembre-décembre », « lundi-mardi » are ranges."""
    return frozenset(fold(w) for w in full_names())


def _edge(char: str, signs: str) -> bool:
    return bool(char) and char in signs


def _is_month(word: str) -> bool:
    return fold(word) in months()


def _number_range(text: str, left: str, start: int, right: str, end: int) -> bool:
    """Years (2014-2015, 2014-15) or days beside a month (13-15 novembre, November 13-15)."""
    before, after = text[start - 1:start], text[end:end + 2]
    if _edge(before, _NUMBER_BEFORE) or _edge(after[:1], _NUMBER_AFTER) or re.match(r"\.\d", after):
        return False
    if len(left) == 4:
        last = int(right) if len(right) == 4 else int(left[:2] + right) if len(right) == 2 else 0
        return 1500 <= int(left) < last <= int(left) + 100
    if not (len(left) <= 2 and len(right) <= 2 and 1 <= int(left) < int(right) <= 31):
        return False
    following = _NEXT_WORD.match(text, end)
    preceding = _PREVIOUS_WORD.search(text, max(0, start - _WORD_SPAN), start)
    return bool(following and _is_month(following.group(1)) or preceding and _is_month(preceding.group(1)))


def _compound_join(text: str, left: str, start: int, right: str, end: int) -> str:
    """The sign between two words joined by a hyphen: en dash, non-breaking hyphen, or the hyphen."""
    before, after = text[start - 1:start], text[end:end + 2]
    if _edge(before, _WORD_BEFORE_EDGE) or _edge(after[:1], _WORD_AFTER_EDGE) or re.match(r"\.\w", after):
        return "-"
    names = _day_and_month_names()
    if fold(left) in names and fold(right) in names:
        return EN_DASH  # novembre–décembre (full names: « sept-huit » is not a range)
    short = min(len(left), len(right)) <= SHORT_PART
    acronym = bool(_ACRONYM.fullmatch(left) or _ACRONYM.fullmatch(right))
    return NBHY if short or acronym else "-"


def _hyphens(text: str) -> str:
    def sign(m: re.Match[str]) -> str:
        at = m.start()
        before = _WORD_BEFORE.search(m.string, max(0, at - _WORD_SPAN), at)
        after = _WORD_AFTER.match(m.string, at + 1)
        if before is None or after is None:
            return "-"
        left, right = before.group(0), after.group(0)
        if left.isdigit() and right.isdigit():
            return EN_DASH if _number_range(m.string, left, before.start(), right, after.end()) else "-"
        if left.isalpha() and right.isalpha():
            return _compound_join(m.string, left, before.start(), right, after.end())
        return "-"

    return _HYPHEN.sub(sign, text) if "-" in text else text


# 4. guillemets: « » hold their words with a narrow no-break space (replacing a space, or added).
_GUILLEMET_OPEN = re.compile(rf"«({_GAP})(?=[^\s{MARKERS}])")


def _guillemets(text: str) -> str:
    if "«" not in text:
        return text
    return _GUILLEMET_OPEN.sub(lambda m: "«" + NNBSP + TAG * m.group(1).count(TAG), text)


# 5. spaces before a sign (and the closing guillemet): the text is cut at each sign, and the end
# of the piece before it gets the space French wants, in place of the spaces there; inline tags
# there stay where they are.
_SIGNS = re.compile("([;?!:%»])")
_CLOSES = "»)]”’…%*"  # a word may end with these before ; ? !
_CLAUSE_END = re.compile(rf"{TAG}*(?:\s|{BLOCK}|[«\"“]|\Z)")  # after a colon that ends a clause


def _space_wanted(sign: str, last: str, following: str) -> str | None:
    """The space before `sign` after the character `last`, or None for none."""
    if last in MARKERS or last.isspace():
        return None
    if sign == "»":
        return NNBSP
    if sign == "%":
        return NNBSP if last.isdigit() else None
    if not (last.isalnum() or last in _CLOSES):
        return None  # "?!", "(?)", ":)": no space
    if sign == ":":
        return NBSP if _CLAUSE_END.match(following) else None  # not 10:30
    return NNBSP


def _spaces(text: str) -> str:
    if not any(c in text for c in ";?!:%»"):
        return text
    parts = _SIGNS.split(text)
    for k in range(1, len(parts), 2):
        piece = parts[k - 1]
        core = piece.rstrip(_SPACES + TAG)
        last = core[-1:] or (parts[k - 2] if k > 1 else "")  # « … » : the colon comes after a sign
        if not last:
            continue
        space = _space_wanted(parts[k], last, parts[k + 1])
        if space is not None:
            parts[k - 1] = core + TAG * piece.count(TAG, len(core)) + space
    return "".join(parts)


Rule = tuple[str, Callable[[str], str]]
RULES: dict[str, tuple[Rule, ...]] = {
    "fr": (("quotes", _quotes_fr), ("apostrophes", _apostrophes_fr), ("hyphens", _hyphens),
           ("guillemets", _guillemets), ("spaces", _spaces)),
    "en": (("quotes", _quotes_en), ("apostrophes", _apostrophes_en), ("hyphens", _hyphens)),
}


@lru_cache(maxsize=64)
def language(lang: str | None) -> str | None:
    """The rules a language tag takes: "fr" (fr, fr-BE…), "en" (en, en-GB…), or None (left as written)."""
    base = (lang or "").strip().lower().replace("_", "-").split("-")[0]
    return base if base in RULES else None


def _set(text: str, kind: str) -> str:
    """Every rule of the language, on the parts of the text that are not URLs."""
    parts = _URL.split(text) if any(s in text for s in ("://", "www.", "@", "&")) else [text]
    for i in range(0, len(parts), 2):  # even parts: text; odd parts: a URL or an address
        for _name, rule in RULES[kind]:
            parts[i] = rule(parts[i])
    return "".join(parts)


def typeset(text: str, lang: str | None, nonbreaking_hyphens: bool = True) -> str:
    """The text with the typography of its language (French or English); other languages as they are.

    Without `nonbreaking_hyphens`, short compounds keep their plain hyphen, as the pages write them.
    """
    kind = language(lang)
    if kind is None or not text:
        return text
    done = _set(text.replace(TAG, "").replace(BLOCK, ""), kind)
    return done if nonbreaking_hyphens else done.replace(NBHY, "-")


# --- pages -------------------------------------------------------------------------------------

# Elements whose text is not prose: kept whole, from the start tag to the end tag.
SKIPPED = ("script", "style", "pre", "code", "kbd", "samp", "textarea", "math")
INLINE = ("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark",
          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tspan", "u", "var", "wbr")
# A skipped element whole, a comment, a doctype or a tag (an attribute never holds ">": Jinja and
# Markdown escape it).  Split on it, a page gives [text, tag, skipped name, tag name, text, …].
_PIECES = re.compile(rf"(<({'|'.join(SKIPPED)})\b[^>]*>.*?</\2\s*>|<!--.*?-->|<[!/]?([a-zA-Z][\w:.-]*)[^>]*>)",
                     re.S | re.I)
_STRIDE = 4
_INLINE = frozenset(INLINE)
_LANG_ATTR = re.compile(r"""\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
# (the pattern starts with '="', which the engine finds fast; the attribute's name is checked behind it)
_SHOWN_ATTR = re.compile(r'="(?:(?<=\stitle=")|(?<=\salt=")|(?<=\saria-label=")|(?<=\splaceholder="))([^"]*)"')


@dataclass
class _Page:
    """A page cut into its text nodes and the tags between them, with where each piece starts."""

    html: str
    parts: list[str]  # [text, tag, "", "", text, tag, "", "", …, text]
    skipped: list[bool]  # each tag: a whole skipped element (script, pre…)
    names: list[str]  # each tag's element name, lower case ("" for a comment; "doctype")
    offsets: list[int]  # where each piece starts in the page

    @classmethod
    def split(cls, html: str) -> _Page:
        parts = _PIECES.split(html)
        skipped = [name is not None for name in parts[2::_STRIDE]]
        names = [(name or whole or "").lower() for name, whole in zip(parts[3::_STRIDE], parts[2::_STRIDE],
                                                                          strict=True)]
        parts[2::_STRIDE] = parts[3::_STRIDE] = [""] * len(skipped)
        return cls(html, parts, skipped, names, list(accumulate(map(len, parts), initial=0)))

    @property
    def texts(self) -> list[str]:
        return self.parts[0::_STRIDE]

    @property
    def tags(self) -> list[str]:
        return self.parts[1::_STRIDE]

    def text_at(self, pos: int) -> int:
        """The index of the text node at or before a position of the page."""
        return (bisect_right(self.offsets, pos) - 1) // _STRIDE

    def tag_start(self, k: int) -> int:
        return self.offsets[_STRIDE * k + 1]


def _lang_regions(page: _Page, default: str | None) -> list[tuple[int, int, str | None]]:
    """(first text, last text + 1, language) of each element whose language differs from its parent's."""
    tags = page.tags
    tag_offsets = page.offsets[1::_STRIDE]
    regions: list[tuple[int, int, str | None]] = []
    open_regions: list[tuple[int, str | None]] = []  # (end offset, language) of the regions around
    for k in (k for k, t in enumerate(tags) if "lang" in t and not page.skipped[k]):
        m = _LANG_ATTR.search(tags[k])
        if m is None or not page.names[k] or tags[k].endswith("/>") or tags[k][1] == "/":
            continue
        at = tag_offsets[k]
        while open_regions and open_regions[-1][0] <= at:
            open_regions.pop()
        kind = language(next(g for g in m.groups() if g is not None))
        if kind == (open_regions[-1][1] if open_regions else default):
            continue
        end = _element_end(page.html, page.names[k], at + len(tags[k]))
        last = bisect_left(tag_offsets, end)  # the first tag at or after the element's end
        regions.append((k + 1, last + 1, kind))
        open_regions.append((end, kind))
    return regions


def _element_end(html: str, name: str, pos: int) -> int:
    """Where the element opened just before `pos` closes (its end tag's start), nested ones counted."""
    depth = 1
    for m in re.compile(rf"<(/?){re.escape(name)}[\s/>]", re.I).finditer(html, pos):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.start()
    return len(html)


def _set_attributes(page: _Page, kinds: list[str | None]) -> None:
    """The attributes a reader is shown (title, alt…), set in the language of the text after their tag."""
    def shown(kind: str) -> Callable[[re.Match[str]], str]:
        def one(a: re.Match[str]) -> str:
            value = _set(htmllib.unescape(a.group(1)), kind).replace(NBHY, "-")
            return '="' + htmllib.escape(value, quote=True) + '"'
        return one

    done: set[int] = set()
    for m in _SHOWN_ATTR.finditer(page.html):  # once over the page, not once a tag
        k = page.text_at(m.start())  # the text before the tag
        at = _STRIDE * k + 1
        kind = kinds[k + 1] if k + 1 < len(kinds) else None
        if (k in done or kind is None or at >= len(page.parts) or page.skipped[k]
                or not page.offsets[at] <= m.start() < page.offsets[at + 1]):
            continue  # in a text, in a skipped element, or a language left as written
        done.add(k)
        page.parts[at] = _SHOWN_ATTR.sub(shown(kind), page.parts[at])


def typeset_html(html: str, lang: str | None = "fr") -> str:
    """A page with every text node set in its language (`lang` attributes followed; `lang` if none)."""
    if any(c in html for c in MARKERS):
        return html  # cannot happen in a real page; setting it would lose the text's place
    page = _Page.split(html)
    texts, tags = page.texts, page.tags
    root = next((t for k, t in enumerate(tags[:5]) if page.names[k] == "html"), "")
    root_lang = _LANG_ATTR.search(root)
    default = language(next(g for g in root_lang.groups() if g is not None)) if root_lang else language(lang)
    kinds: list[str | None] = [default] * len(texts)
    for first, last, kind in _lang_regions(page, default):
        kinds[first:last] = [kind] * (last - first)
    _set_attributes(page, kinds)
    # a skipped element is a block even when inline (<code>): its text is not seen, a rule must stop there
    markers = [BLOCK if skip or name and name not in _INLINE else TAG
               for skip, name in zip(page.skipped, page.names, strict=True)] + [BLOCK]
    at, compounds = 0, False
    for kind, group in groupby(kinds):
        n = len(list(group))
        joined = htmllib.unescape("".join(chain.from_iterable(zip(texts[at:at + n], markers[at:at + n],
                                                                       strict=True))))
        # (an entity for a marker's character, &#57344;, would shift the pieces: such a run stays as written)
        if kind is not None and sum(joined.count(c) for c in MARKERS) == n:
            # a page writes its compounds with plain hyphens (below): the rules decide on them afresh
            done = htmllib.escape(_set(joined.replace(NBHY, "-"), kind), quote=False)
            texts[at:at + n] = re.split(f"[{MARKERS}]", done)[:n]
            compounds = compounds or NBHY in done
        at += n
    if compounds:
        _keep_compounds_whole(page, texts)
    page.parts[0::_STRIDE] = texts
    return "".join(page.parts)


# Compounds set with non-breaking hyphens, as a page writes them: whole in a nowrap span, with their
# hyphens.  Where markup cannot go (<title>, SVG text, <option>), nothing wraps: plain hyphens.
_COMPOUND = re.compile(r"[^\W_]+(?:[-\u2011][^\W_]+)*\u2011[^\W_]+(?:[-\u2011][^\W_]+)*")
_TEXT_ONLY = re.compile(r"<(title|svg|select)\b[^>]*>.*?</\1\s*>", re.S | re.I)


def _nowrap(m: re.Match[str]) -> str:
    return NOWRAP_OPEN + m.group(0).replace(NBHY, "-") + NOWRAP_CLOSE


def _keep_compounds_whole(page: _Page, texts: list[str]) -> None:
    text_only = [(m.start(), m.end()) for m in _TEXT_ONLY.finditer(page.html)]
    for k, text in enumerate(texts):
        if NBHY not in text:
            continue
        start = page.offsets[_STRIDE * k]
        inside = any(a <= start < b for a, b in text_only)
        wrapped = k > 0 and page.parts[_STRIDE * k - 3] == NOWRAP_OPEN and _COMPOUND.fullmatch(text)  # set already
        texts[k] = text.replace(NBHY, "-") if inside or wrapped else _COMPOUND.sub(_nowrap, text)
