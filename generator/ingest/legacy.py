"""Vietnamese written in an old or a wrong encoding, back to Unicode: the legacy font
encodings TCVN3 (ABC) and VNI, and UTF-8 read once as windows-1252 ("Viá»‡t Nam").

Before Unicode, Vietnamese was typed in fonts that draw Vietnamese letters in place of
Latin-1 ones: ".VnTime" (TCVN3: "ViÖt Nam") and "VNI-Times" (VNI: "Vieät Nam"). Old
provincial pages, Word files and their exports still hold such text, either as the
bytes of those code pages or as Unicode text of the Latin-1 letters (a copy of a page
set in the font). Python has no codec for either.

A run of text (a line, or the text between two tags) is read again in the encoding
that makes more of its words Vietnamese syllables, and only where the whole text gains
from it: Unicode Vietnamese, and foreign names ("Müller", "Peña"), stay as they are.

UTF-8 decoded as windows-1252 or Latin-1 and saved again (a crawl's or a database's
copy: "Há»™i nghá»‹") is undone by ftfy, where it makes more of the words Vietnamese.
"""

from __future__ import annotations

import re
import unicodedata
from html.entities import codepoint2name

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
# How far into a text its runs are weighed (the first 200,000 characters say which font).
_LOOKED_AT = 200_000
# A small letter that opens a run or a sentence.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…]\s+|[\"“(]\s*)\W*?([^\W\d_])")
_WORD_EDGES = "\"'()[]{},.;:!?…“”‘’-–—/*"
_LETTERS = re.compile(r"[a-zA-Z\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3"
                      r"\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129"
                      r"\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]+")
# Latin-1 characters written as HTML references, as old editors saved pages ("Vi&Ouml;t").
_LATIN1_REFERENCE = re.compile(
    r"&(?:#(1[6-9]\d|2[0-4]\d|25[0-5])|#[xX]([a-fA-F][0-9a-fA-F])|("
    + "|".join(codepoint2name[code] for code in range(0xA0, 0x100)) + "));")
_BY_NAME = {codepoint2name[code]: chr(code) for code in range(0xA0, 0x100)}
# (a page is read with its references written out only where one of them is a sign: a
# page of Unicode with "&agrave;" is read as it is)
_SIGN_CODES = [code for code in range(0xA1, 0x100) if _SIGNS.match(chr(code))]
_SIGN_REFERENCE = re.compile(
    "&(?:" + "|".join(codepoint2name[code] for code in _SIGN_CODES) + "|#(?:" + "|".join(map(str, _SIGN_CODES))
    + ")|#[xX](?i:" + "|".join(f"{code:x}" for code in _SIGN_CODES) + "));")
# A text is read again only where that makes at least this many more words Vietnamese.
_LEAST_GAIN = 3


def from_tcvn3(text: str) -> str:
    """text as TCVN3 would show it: a run in capitals keeps its toned letters capital, and
    a sentence opening on one ("¸nh s¸ng", typed in the capitals' font) opens on a capital."""
    shown = text.translate(_FROM_TCVN3)
    if shown == text:
        return shown
    if _in_capitals(text, shown):
        return shown.upper()
    opened = list(shown)
    for found in _SENTENCE_OPENING.finditer(shown):
        at = found.start(1)
        if text[at] != shown[at]:
            opened[at] = shown[at].upper()
    return "".join(opened)


def from_vni(text: str) -> str:
    """text as VNI would show it."""
    return _VNI_WRITTEN.sub(lambda found: _VNI[found.group(0)], text)


def _in_capitals(written: str, shown: str) -> bool:
    """The capitals' font (".VnTimeH") draws them from the small letters' codes: "CéNG HßA" is "CỘNG HÒA". A
    run whose letters the table left alone are all capitals is a run in capitals."""
    kept = [c for c, was in zip(shown, written) if c == was and c.isalpha()]
    return len(kept) >= 3 and all(c.isupper() for c in kept)


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


# Vietnamese UTF-8 read as windows-1252: the lead bytes of its letters ("Ã", "Ä", "Æ",
# "á»", "áº") before a continuation byte as windows-1252 shows it.
_DOUBLE_ENCODED = re.compile(
    "[\u00c2-\u00c6\u00e1][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def undo_double_encoding(text: str) -> str:
    """text as it was before its UTF-8 was read as windows-1252 or Latin-1 ("Viá»‡t" is
    "Việt"), where a few of its letters show it; anything else as it is."""
    # (every Vietnamese paragraph has a letter of U+1EA0-U+1EF9, "áº" or "á»" read so)
    if "á»" not in text and "áº" not in text or len(_DOUBLE_ENCODED.findall(text, 0, _LOOKED_AT)) < _LEAST_GAIN:
        return text
    import ftfy  # (only for the few texts that show it)

    fixed = ftfy.fix_encoding(text)
    return fixed if vietnamese_words(fixed) >= vietnamese_words(text) + _LEAST_GAIN else text


def repair_legacy_fonts(text: str) -> tuple[str, str | None]:
    """text with its runs in TCVN3 or VNI written in Unicode, and which of the two it
    found ("TCVN3", "VNI", or None where nothing was changed). A page that writes the
    fonts' characters as references ("Vi&Ouml;t Nam") is read with them written out."""
    if "&" in text and _SIGN_REFERENCE.search(text, 0, _LOOKED_AT):
        repaired, encoding = _repaired(_LATIN1_REFERENCE.sub(_character, text))
        if encoding:
            return repaired, encoding
    return _repaired(text)


def _character(found: re.Match) -> str:
    decimal, hexadecimal, name = found.groups()
    return chr(int(decimal)) if decimal else chr(int(hexadecimal, 16)) if hexadecimal else _BY_NAME[name]


def _repaired(text: str) -> tuple[str, str | None]:
    if not _signs_in_words(text):
        return text, None  # (nearly every text)
    signed = [run for run in _signed_runs(text) if not _is_unicode(run)]
    if not signed:
        return text, None  # (nearly every text: no run of the old fonts)
    best_name, best_gain, best_convert = None, 0, None
    for name, convert in (("TCVN3", from_tcvn3), ("VNI", from_vni)):
        gain = sum(max(0, vietnamese_words(convert(run)) - vietnamese_words(run)) for run in signed)
        if gain > best_gain:
            best_name, best_gain, best_convert = name, gain, convert
    if best_gain < _LEAST_GAIN:
        return text, None
    # The text is in that font: each run it holds reads so, unless that loses words ("TRÍ
    # DUÕNG", VNI with no sign of it, is "TRÍ DŨNG"; a run of Unicode stays as it is).
    pieces, at = [], 0
    for found in _RUN.finditer(text):
        written = found.group(0)
        if _is_unicode(written):
            continue
        shown = best_convert(written)
        if shown != written and vietnamese_words(shown) >= vietnamese_words(written):
            pieces += [text[at:found.start()], shown]
            at = found.end()
    pieces.append(text[at:])
    return "".join(pieces), best_name


def _signs_in_words(text: str) -> bool:
    """Whether text holds a few signs inside words ("ViÖt", "Vieät"), where the old fonts
    put them; a "©", a "«»" or a "Müller" is no text of theirs."""
    count, last = 0, len(text) - 1
    for sign in _SIGNS.finditer(text, 0, _LOOKED_AT):
        at = sign.start()
        before, after = text[at - 1] if at else " ", text[at + 1] if at < last else " "
        if before.isascii() and before.isalpha() or after.isascii() and after.isalpha():
            count += 1
            if count == 2:
                return True
    return False


def _signed_runs(text: str) -> list[str]:
    """The runs of text that hold a sign, each once."""
    runs, end = [], -1
    for sign in _SIGNS.finditer(text, 0, _LOOKED_AT):
        at = sign.start()
        if at < end:
            continue  # (in the run just taken)
        start = max(text.rfind("\n", 0, at), text.rfind("<", 0, at), text.rfind(">", 0, at)) + 1
        ends = [found for found in (text.find("\n", at), text.find("<", at), text.find(">", at)) if found >= 0]
        end = min(ends) if ends else len(text)
        runs.append(text[start:end])
    return runs


def _is_unicode(run: str) -> bool:
    unicode_only = len(_UNICODE_ONLY.findall(run))
    return unicode_only > 0 and unicode_only * 4 > len(_SIGNS.findall(run))
