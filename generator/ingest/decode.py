"""Raw bytes to text: UTF-8, UTF-16 with a BOM, the legacy Vietnamese code page
windows-1258, or text typed in the old Vietnamese fonts (TCVN3, VNI), as their bytes or
as Unicode; UTF-8 once read as windows-1252 is undone (legacy.py). Anything else
(empty, binary, too large, unknown encoding) is refused.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from ..errors import SourceError
from .legacy import repair_legacy_fonts, undo_double_encoding, vietnamese_words

MAX_BYTES = 4 * 1024 * 1024
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯYàáảãạ")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]")


# Pages saved as one file (a browser's "Webpage, Single File"): MIME parts, the page's
# images among them, so the file may be larger than the page it holds.
ARCHIVE_SUFFIXES = (".mht", ".mhtml")
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024


def read_source(path: Path) -> str:
    """The text of a raw article file, or SourceError saying why not and what to do."""
    size = path.stat().st_size
    if path.suffix.lower() in ARCHIVE_SUFFIXES and size <= MAX_ARCHIVE_BYTES:
        return decode(_page_of_archive(path.read_bytes(), path), path)
    if size > MAX_BYTES:
        raise SourceError(
            path,
            f"{size / 1024 / 1024:.1f} MB is too large for one article (the limit is "
            f"{MAX_BYTES // 1024 // 1024} MB); check that it is a single article, or split it",
        )
    return decode(path.read_bytes(), path)


def _page_of_archive(data: bytes, path: Path) -> bytes:
    """The saved page of an MHTML archive, as UTF-8 (its part's own charset read), or
    SourceError: no page in it, or a page too large."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        raise SourceError(path, "is a saved-page archive (MHTML) with no HTML page in it; save the page again, or as HTML")
    html = page.get_payload(decode=True) or b""  # (its transfer encoding undone)
    charset = page.get_content_charset()
    if charset:
        try:
            html = html.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # (an unknown or a wrong charset: the bytes, read as any other file's)
    html = html.encode("utf-8") if isinstance(html, str) else html
    if len(html) > MAX_BYTES:
        raise SourceError(path, f"holds a page of {len(html) / 1024 / 1024:.1f} MB, too large for one article (the limit is "
                                f"{MAX_BYTES // 1024 // 1024} MB); check that it is a single article")
    return html


def decode(data: bytes, path: Path) -> str:
    controls = True  # (whether the text may hold control characters: see below)
    legacy = False  # (whether the bytes were a legacy code page's: then read as the old fonts already)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(path, "starts with a UTF-16 mark but is not valid UTF-16; re-save it as UTF-8") from None
    elif b"\x00" in data[:4096]:
        raise SourceError(path, "is a binary file, not a text or HTML article; remove it from the sources")
    else:
        try:
            text = data.decode("utf-8-sig")
            # (UTF-8 writes a control character as its own byte, and no other character with
            # one below 0x80: where the bytes hold none, nor does the text, and the pattern
            # need not count them; one pass over the bytes, a sixth of its time)
            controls = len(data.translate(None, _CONTROL_BYTES)) != len(data)
        except UnicodeDecodeError as exc:
            text, legacy = _legacy_vietnamese(data), True
            if text is None:
                line = data[:exc.start].count(b"\n") + 1
                raise SourceError(
                    path,
                    f"line {line}: not UTF-8, and not Vietnamese in windows-1258, TCVN3 or VNI either; "
                    "re-save the file as UTF-8",
                ) from None
    if "\x00" in text or controls and _control_ratio(text) > 0.01:
        raise SourceError(path, "is a binary file, not a text or HTML article; remove it from the sources")
    if not legacy:
        text, _ = repair_legacy_fonts(undo_double_encoding(text))  # (Unicode of a wrong copy: legacy.py)
    if not text.strip():
        raise SourceError(path, "is empty; remove it or put the article's text in it")
    if "\r" in text:  # (a file saved on Windows: every reader after this one finds lines, a Markdown underline or front matter, by "\n")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])  # (the same characters)


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


def _legacy_vietnamese(data: bytes) -> str | None:
    """The text of bytes in a legacy Vietnamese encoding, or None: windows-1258, or the
    bytes of the old fonts' code pages (TCVN3, VNI), whichever reads as more Vietnamese."""
    candidates = [text for text in (_windows_1258(data), _old_fonts(data)) if text is not None]
    return max(candidates, key=lambda text: vietnamese_words(unicodedata.normalize("NFC", text))) if candidates else None


def _old_fonts(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")  # (the five bytes windows-1252 leaves out)
    repaired, encoding = repair_legacy_fonts(text)
    return repaired if encoding else None


def _windows_1258(data: bytes) -> str | None:
    """windows-1258 writes tone marks as combining characters after the vowel. Accept
    the decoding only when those marks sit on vowels, as in real Vietnamese text."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    on_vowel = misplaced = 0
    for previous, char in zip(text, text[1:]):
        if char in _TONE_MARKS:
            if unicodedata.normalize("NFD", previous)[0] in _VOWELS:
                on_vowel += 1
            else:
                misplaced += 1
    if on_vowel >= 3 and misplaced <= on_vowel // 10 or len(_VIETNAMESE_LETTERS.findall(text)) >= 5 and on_vowel:
        return text
    return None
