"""Turn the bytes of a pasted file into clean Unicode text, or say why not."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import ftfy

# A pasted article is a few kB, a whole web page pasted with its menus a few dozen; a file above
# this is a dump, a book or a mistake.  It also keeps every text below what the analyses accept
# (spaCy refuses texts over 1,000,000 characters).
MAX_RAW_BYTES = 500_000

# Magic numbers of the binary files people drop into a folder by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.odt)"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"{\\rtf", "RTF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Only encodings a pasted Western news text plausibly comes in: letting the
# detector choose among all of them makes it read short French cp1252 text as
# cp1250 or mac_roman and emit mojibake.
CANDIDATE_ENCODINGS = ("cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "utf_16_le", "utf_16_be")

# Share of control characters above which decoded text is not prose.
MAX_CONTROL_RATIO = 0.01


class RawInputError(Exception):
    """A raw file that cannot become an article; the message names the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class RawText:
    """Decoded text of one raw file and how it was decoded."""

    path: Path
    text: str
    encoding: str
    repaired: bool  # ftfy changed something (mojibake, stray C1 controls)


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in BINARY_SIGNATURES:
        if data.startswith(magic):
            return kind
    return None


def _looks_utf16(data: bytes) -> str | None:
    """Return a UTF-16 codec for BOM-less UTF-16 text (every other byte NUL), else None."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    bad = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return bad / max(len(text), 1)


def decode(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode raw bytes to text and return (text, encoding name); raise RawInputError."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                reason = f"undecodable: {codec} byte-order mark but invalid {codec} ({exc.reason})"
                raise RawInputError(path, reason) from None
    utf16 = _looks_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise RawInputError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    if best is None:
        raise RawInputError(path, "undecodable: not UTF-8 and no Western encoding fits; save it as UTF-8")
    encoding = best.encoding
    if encoding in ("latin_1", "iso8859_15"):
        # Windows-1252 is what "Latin-1" files from Windows really are: it gives
        # curly quotes and the euro sign where Latin-1 gives C1 control codes.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), encoding


def read_raw(path: Path, max_bytes: int = MAX_RAW_BYTES) -> RawText:
    """Read one raw file into normalised text (LF line ends, NFC, mojibake repaired)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise RawInputError(path, f"unreadable ({exc.strerror})") from None
    if size > max_bytes:
        raise RawInputError(path, f"too large ({size:,} bytes, more than {max_bytes:,}): a pasted article is a few "
                                  f"kB; keep only the article's text, or split it into several .txt files")
    data = path.read_bytes()
    if not data.strip():
        raise RawInputError(path, "empty file")
    kind = _binary_kind(data)
    if kind:
        raise RawInputError(path, f"binary file ({kind}), not text")
    text, encoding = decode(data, path)
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise RawInputError(path, f"binary file (control characters in {encoding} text), not text")
    fixed = ftfy.fix_text(
        text,
        unescape_html=False,  # "&amp;" written in an article is text, not markup
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        normalization="NFC",
    )
    if "\ufffd" in fixed:
        raise RawInputError(path, "undecodable: replacement characters (U+FFFD) in the text; re-save it as UTF-8")
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    if not fixed.strip():
        raise RawInputError(path, "empty file (only white space)")
    unix = text.replace("\r\n", "\n").replace("\r", "\n")
    return RawText(path=path, text=fixed, encoding=encoding, repaired=fixed != unix)
