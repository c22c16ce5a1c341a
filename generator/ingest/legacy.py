"""Vietnamese typed in the legacy font encodings, TCVN3 (ABC) and VNI, back to Unicode.

Before Unicode, Vietnamese was typed in fonts that draw Vietnamese letters in place of
Latin-1 ones: ".VnTime" (TCVN3: "ViÖt Nam") and "VNI-Times" (VNI: "Vieät Nam"). Old
provincial pages, Word files and their exports still hold such text, either as the
bytes of those code pages or as Unicode text of the Latin-1 letters (a copy of a page
set in the font). Python has no codec for either.

A run of text (a line, or the text between two tags) is read again in the encoding
that makes more of its words Vietnamese syllables, and only where the whole text gains
from it: Unicode Vietnamese, and foreign names ("Müller", "Peña"), stay as they are.
"""

from __future__ import annotations

import re
import unicodedata

from ..vietnamese import is_vietnamese_syllable

# TCVN3 writes each Vietnamese letter as one Latin-1 character. It has no capitals with a
# tone mark: ".VnTimeH", its capitals' font, draws them from the small letters' codes.
_TCVN3 = {
    "µ": "à", "¸": "á", "¶": "ả", "·": "ã", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¾": "ắ", "¼": "ẳ", "½": "ẵ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "Ê": "ấ", "È": "ẩ", "É": "ẫ", "Ë": "ậ",
    "®": "đ",
    "Ì": "è", "Ð": "é", "Î": "ẻ", "Ï": "ẽ", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Õ": "ế", "Ó": "ể", "Ô": "ễ", "Ö": "ệ",
    "×": "ì", "Ý": "í", "Ø": "ỉ", "Ü": "ĩ", "Þ": "ị",
    "ß": "ò", "ã": "ó", "á": "ỏ", "â": "õ", "ä": "ọ",
    "«": "ô", "å": "ồ", "è": "ố", "æ": "ổ", "ç": "ỗ", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "í": "ớ", "ë": "ở", "ì": "ỡ", "î": "ợ",
    "ï": "ù", "ó": "ú", "ñ": "ủ", "ò": "ũ", "ô": "ụ",
    "\xad": "ư", "õ": "ừ", "ø": "ứ", "ö": "ử", "÷": "ữ", "ù": "ự",
    "ú": "ỳ", "ý": "ý", "û": "ỷ", "ü": "ỹ", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "§": "Đ", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư",
}
_FROM_TCVN3 = str.maketrans(_TCVN3)


def _vni_table() -> dict[str, str]:
    """VNI writes a vowel as its base letter and one or two Latin-1 characters after it
    for its hat, breve or horn and its tone; a few letters are one character."""
    tones = "\u0301\u0300\u0309\u0303\u0323"  # acute, grave, hook, tilde, dot below
    plain = ("ù", "ø", "û", "õ", "ï")  # the tone after a plain vowel, or after ơ, ư
    hat = ("á", "à", "å", "ã", "ä")  # â, ê, ô with a tone
    breve = ("é", "è", "ú", "ü", "ë")  # ă with a tone
    table: dict[str, str] = {}

    def add(written: str, letter: str) -> None:
        for case in (str.lower, str.upper):
            table[case(written)] = unicodedata.normalize("NFC", case(letter))

    for base in "aeouy":
        for tone, mark in zip(tones, plain):
            add(base + mark, base + tone)
    for base in "aeo":
        add(base + "â", base + "\u0302")
        for tone, mark in zip(tones, hat):
            add(base + mark, base + "\u0302" + tone)
    add("aê", "ă")
    for tone, mark in zip(tones, breve):
        add("a" + mark, "a\u0306" + tone)
    for written, letter in (("ô", "ơ"), ("ö", "ư")):
        add(written, letter)
        for tone, mark in zip(tones, plain):
            add(written + mark, letter + tone)
    for written, letter in (("í", "í"), ("ì", "ì"), ("æ", "ỉ"), ("ó", "ĩ"), ("ò", "ị"), ("î", "ỵ"), ("ñ", "đ")):
        add(written, letter)
    return table


_VNI = _vni_table()
_VNI_WRITTEN = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))

# The Latin-1 characters that are no Vietnamese letter: what either encoding writes and
# Unicode Vietnamese does not (a "©" or a "«" now and then; a line of them in the old fonts).
_SIGNS = re.compile("[\xa1-\xbf\xc4-\xc7\xcb\xce-\xd1\xd6-\xd8\xdb\xdc\xde\xdf\xe4-\xe7\xeb\xee-\xf1\xf6-\xf8\xfb\xfc\xfe\xff]")
# Letters only Unicode Vietnamese has (ă, đ, ĩ, ũ, ơ, ư and the letters of two marks):
# a run holding them is Unicode already.
_UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
# A run of text: a line, or the text between two tags of a page.
_RUN = re.compile(r"[^\n<>]+")
# A small letter that opens a run or a sentence.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…]\s+|[\"“(]\s*)\W*?([^\W\d_])")
_WORD_EDGES = "\"'()[]{},.;:!?…“”‘’-–—/*"
_LETTERS = re.compile(r"[a-zA-Z\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3"
                      r"\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129"
                      r"\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]+")
# A text is read again only where that makes at least this many more words Vietnamese.
_LEAST_GAIN = 3


def from_tcvn3(text: str) -> str:
    """text as TCVN3 would show it: a run in capitals keeps its toned letters capital, and
    a sentence opening on one ("¸nh s¸ng", typed in the capitals' font) opens on a capital."""
    shown = text.translate(_FROM_TCVN3)
    if shown == text:
        return shown
    capitals = _capitals_kept(text, shown)
    if capitals is not shown:
        return capitals
    opened = list(shown)
    for found in _SENTENCE_OPENING.finditer(shown):
        at = found.start(1)
        if text[at] != shown[at]:
            opened[at] = shown[at].upper()
    return "".join(opened)


def from_vni(text: str) -> str:
    """text as VNI would show it."""
    return _VNI_WRITTEN.sub(lambda found: _VNI[found.group(0)], text)


def _capitals_kept(written: str, shown: str) -> str:
    # ".VnTimeH" sets capitals from the small letters' codes: "CéNG HßA" is "CỘNG HÒA". A
    # run whose letters the table left alone are all capitals is a run in capitals.
    kept = [c for c, was in zip(shown, written) if c == was and c.isalpha()]
    if len(kept) >= 3 and all(c.isupper() for c in kept):
        return shown.upper()
    return shown


def vietnamese_words(text: str) -> int:
    """How many of the words of text are Vietnamese syllables of two letters or more,
    written in Unicode (a lone "©" is no "â")."""
    count = 0
    for word in text.split():
        word = word.strip(_WORD_EDGES)
        if len(word) > 1 and _LETTERS.fullmatch(word) and word in (word.lower(), word.capitalize(), word.upper()) \
                and is_vietnamese_syllable(word):
            count += 1
    return count


def repair_legacy_fonts(text: str) -> tuple[str, str | None]:
    """text with its runs in TCVN3 or VNI written in Unicode, and which of the two it
    found ("TCVN3", "VNI", or None where nothing was changed)."""
    if not _SIGNS.search(text):
        return text, None  # (nearly every text: no run of the old fonts)
    runs = [found for found in _RUN.finditer(text) if not _UNICODE_ONLY.search(found.group(0))
            or len(_UNICODE_ONLY.findall(found.group(0))) * 4 <= len(_SIGNS.findall(found.group(0)))]
    best_name, best_gain, best_convert = None, 0, None
    for name, convert in (("TCVN3", from_tcvn3), ("VNI", from_vni)):
        gain = 0
        for found in runs:
            written = found.group(0)
            if _SIGNS.search(written):
                gain += max(0, vietnamese_words(convert(written)) - vietnamese_words(written))
        if gain > best_gain:
            best_name, best_gain, best_convert = name, gain, convert
    if best_gain < _LEAST_GAIN:
        return text, None
    # The text is in that font: each run it holds reads so, unless that loses words ("TRÍ
    # DUÕNG", VNI with no sign of it, is "TRÍ DŨNG"; a run of Unicode stays as it is).
    pieces, at = [], 0
    for found in runs:
        written = found.group(0)
        shown = best_convert(written)
        if shown != written and vietnamese_words(shown) >= vietnamese_words(written):
            pieces += [text[at:found.start()], shown]
            at = found.end()
    pieces.append(text[at:])
    return "".join(pieces), best_name
