"""Vietnamese text: Unicode normal form, one tone-mark placement, folding and slugs.

Everything that compares, sorts or searches Vietnamese text goes through here.
"""

from __future__ import annotations

import functools
import re
import unicodedata


# Vowels with a tone mark, by tone: grave, acute, hook, tilde, dot below.
_TONED = {
    "a": "àáảãạ",
    "e": "èéẻẽẹ",
    "y": "ỳýỷỹỵ",
    "o": "òóỏõọ",
    "u": "ùúủũụ",
}


def _tone_map() -> dict[str, str]:
    # "hoà"/"hòa", "khoẻ"/"khỏe", "uỷ"/"ủy": the same syllable with the tone on the
    # second or the first vowel. We keep one form: the tone on the first vowel.
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in range(5):
            old = first + _TONED[second][tone]
            new = _TONED[first][tone] + second
            for make in (str.lower, str.upper, str.capitalize):
                pairs[make(old)] = make(new)
    return pairs


_TONE_PAIRS = _tone_map()
# Only at the end of a syllable ("toàn", "quyển" keep their tone), and never after
# "q" ("quý": the u belongs to the consonant).
# And a tone typed after a syllable's last vowel instead of on its marked vowel ("chiêù",
# "ngươì", "đôí", "giưã", as some keyboards in free-tone mode leave it): a syllable whose
# vowels hold â, ê, ô, ơ or ư carries its tone there, never on an i, u or y after it, nor on
# the a of "ưa" ("Xêút", two syllables run together, has a consonant after: left alone).
# (The "q" is looked at in _unified, and the pattern opens with one character class, the
# vowel after it chosen by a look back: a look-behind first, or alternatives each opening
# with its own class, make the regex engine try every position of the text instead of only
# its o's, u's and marked vowels.)
_MARKED_VOWELS = "âêôơưÂÊÔƠƯ"
_TONED_IUY = _TONED["y"] + _TONED["u"] + "ìíỉĩị"
_TONE_MARKS = re.compile(
    rf"[oOuU{_MARKED_VOWELS}](?:(?<=[oO])[" + _TONED["a"] + _TONED["e"] + _TONED["a"].upper() + _TONED["e"].upper()
    + r"](?!\w)|(?<=[uU])[" + _TONED["y"] + _TONED["y"].upper() + r"](?!\w)"
    + rf"|(?<=[{_MARKED_VOWELS}])[{_TONED_IUY}{_TONED_IUY.upper()}](?![^\W\d_])"
    + r"|(?<=[ưƯ])[" + _TONED["a"] + _TONED["a"].upper() + r"](?![^\W\d_]))"
)


def _tone_moved_to_marked_vowel(written: str) -> str:
    marked, toned = written
    letter, tone = unicodedata.normalize("NFD", toned)
    return unicodedata.normalize("NFC", marked + tone) + letter


_SPACES = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# A run of spacing that is not already one plain space (a lone space is left alone: fast).
# (Written to open with one character class, so that the regex engine stops only at
# spacing: the same runs as " {_SPACES}+|(?! ){_SPACES}+", found in half the time.)
_SPACE_RE = re.compile(rf"{_SPACES}(?:{_SPACES}+|(?<=[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]))")
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_SPACES_RUN = re.compile("   *")  # (two plain spaces or more: written so, the pattern opens with both)


_LATIN = [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
# Every capital and small Latin letter Vietnamese (and a foreign name in it) is written
# with, for a regex character class: "[{UPPER_LETTERS}]".
UPPER_LETTERS = "".join(sorted(c for c in map(chr, _LATIN) if c.isupper()))
LOWER_LETTERS = "".join(sorted(c for c in map(chr, _LATIN) if c.islower()))

# Marks a browser shows as nothing, even inside a word ("TP.Th\u200bủ Dầu Một", as a portal's
# editor leaves them), soft hyphens and the marks that set the direction of writing (one can
# turn a title around on screen): gone, not made spaces that would split the word. A zero-width
# space between a word's last letter and a capital is all that parts two words an editor
# glued ("Lâm\u200bThị"): a space.
_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_PARTING_ZERO_WIDTH = re.compile(f"(?<=[{LOWER_LETTERS}])\u200b(?=[{UPPER_LETTERS}])")


def _single_spaced(text: str) -> str:
    # Every invisible mark and odd space is unprintable: a text printable but for its line
    # ends (nearly every one) holds none, a look quicker than the patterns'; then its only
    # spacing to mend is runs of plain spaces, found from two of them (_SPACE_RE stops at
    # every space: five times as long over an article).
    if not text.replace("\n", " ").isprintable():
        if "\u200b" in text:
            text = _PARTING_ZERO_WIDTH.sub(" ", text)
        text = _INVISIBLE.sub("", text)
        if _ODD_SPACE.search(text):
            return _SPACE_RE.sub(" ", text)
    return _SPACES_RUN.sub(" ", text) if "  " in text else text


# Old fonts and keyboards type "Đ" as the Icelandic eth ("Ðắc Linh", "ðồng chí"). The
# Vietnamese letter only opens a syllable and eth never opens an Icelandic word ("Guðni").
_ETH_FOR_D = re.compile(r"Ð|(?<!\w)ð")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _one_spelling(text: str) -> str:
    """NFC, the Vietnamese "Đ" for an eth typed in its place, one tone-mark placement."""
    text = nfc(text)
    if "Ð" in text or "ð" in text:
        text = _ETH_FOR_D.sub(lambda found: "Đ" if found.group(0) == "Ð" else "đ", text)
    return unify_tone_marks(text)


def unify_tone_marks(text: str) -> str:
    """'Tỉnh uỷ' and 'Tỉnh ủy' are one word: write it 'Tỉnh ủy'; 'ngươì', a tone typed
    last, is 'người'."""
    return _TONE_MARKS.sub(_unified, text)


def _unified(match: re.Match) -> str:
    written, start = match.group(0), match.start()
    if written[0] not in "oOuU":
        return _tone_moved_to_marked_vowel(written)
    if start and match.string[start - 1] in "qQ":
        return written  # "quý": the u belongs to the consonant
    return _TONE_PAIRS.get(written, written)


def normalise(text: str) -> str:
    """NFC, one tone-mark placement, single spaces: the form stored everywhere."""
    return _single_spaced(_one_spelling(text)).strip()


def normalise_lines(text: str) -> list[str]:
    """normalise() of each line (any line ending), with the Unicode work done once for
    the whole text: what reading a pasted article starts with."""
    text = _one_spelling(text.replace("\r\n", "\n").replace("\r", "\n"))
    return [line.strip() for line in _single_spaced(text).split("\n")]


def _fold_table() -> dict[int, str | None]:
    # Every Latin letter with marks (Latin-1 to Latin Extended Additional) to its base
    # letter, and combining marks to nothing: one str.translate call folds a text.
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "D"}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if not unicodedata.combining(c))
        if base and base != chr(code) and code not in table:
            table[code] = base
    for code in range(0x300, 0x370):
        table[code] = None
    return table


_FOLD = _fold_table()


# The apostrophes a copy prints inside a name ("H’Hen Niê", "H'Hen Niê", "K`Lông"), as one.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def unify_apostrophes(text: str) -> str:
    """text with every apostrophe written as "'": one name whichever a copy printed."""
    return text.translate(_APOSTROPHES)


def fold(text: str) -> str:
    """'Lạng Sơn' -> 'lang son', 'Đồng Đăng' -> 'dong dang': for search and slugs."""
    return text.translate(_FOLD).casefold()


# A text that is a slug already (a file name ingest wrote): slugify gives it back as it is.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugify(text: str, max_length: int = 80) -> str:
    """An ASCII slug: 'Đại hội Đảng bộ' -> 'dai-hoi-dang-bo'."""
    if len(text) < max_length and _SLUG.fullmatch(text):
        return text  # (a build slugs every file's name: ten thousand at a time)
    return _slugify(text, max_length)


@functools.lru_cache(maxsize=1 << 17)  # `serve` asks for the same ten thousand names each build
def _slugify(text: str, max_length: int) -> str:
    from slugify import slugify as ascii_slugify  # (here: a title edit's quick build slugs nothing)

    return ascii_slugify(fold(text), max_length=max_length, word_boundary=True) or "bai"


def name_case(text: str) -> str:
    """'PHÙNG KHIÊM' -> 'Phùng Khiêm', 'K.TOÀN' -> 'K.Toàn'; a name already in mixed case
    stays as written."""
    text = normalise(text)
    if text.upper() != text:
        return text
    return " ".join(".".join(part[:1].upper() + part[1:].lower() for part in word.split(".")) for word in text.split(" "))


# The Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
# and the tones in dictionary order: level, grave, hook, tilde, acute, dot below.
_MODIFIER_RANK = {"\u0306": "1", "\u0302": "2", "\u031b": "3"}
_TONE_RANK = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}


def collation_key(text: str) -> tuple[str, str, str]:
    """Sort key in Vietnamese dictionary order ('Đ' after 'D', 'Ư' after 'U'): the base
    letters, each followed by its modifier's rank, then the tones' ranks, then the text.
    Strings, not tuples of pairs: they compare the same and cost a fraction to keep."""
    letters: list[str] = []
    tones: list[str] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if char in _MODIFIER_RANK and letters:
            letters[-1] = letters[-1][0] + _MODIFIER_RANK[char]
        elif char in _TONE_RANK:
            if tones:
                tones[-1] = _TONE_RANK[char]
        elif unicodedata.combining(char):
            continue
        elif char == "đ":
            letters.append("d9")
            tones.append("0")
        else:
            letters.append(char + "0")
            tones.append("0")
    return ("".join(letters), "".join(tones), text)


def person_sort_key(name: str) -> tuple:
    """People by given name (the last word), then family and middle names: the order
    of Vietnamese class lists and phone books ('Thanh' before 'Thưởng')."""
    words = name.split()
    return (collation_key(words[-1] if words else ""), collation_key(name))


# Telex spelling of the letters with marks: an ASCII id for each letter of the alphabet.
_TELEX = {"Ă": "aw", "Â": "aa", "Đ": "dd", "Ê": "ee", "Ô": "oo", "Ơ": "ow", "Ư": "uw"}


def initial_letter(name: str) -> tuple[str, str]:
    """(letter, ASCII id) of the given name's first letter, tone removed but letter kept:
    'Phạm Ngọc Thưởng' -> ('T', 't'), 'Nguyễn Văn Ưng' -> ('Ư', 'uw')."""
    words = name.split()
    first = (words[-1] if words else "?")[:1].upper()
    base = "".join(c for c in unicodedata.normalize("NFD", first) if c not in "\u0300\u0301\u0303\u0309\u0323")
    letter = unicodedata.normalize("NFC", base)
    return letter, _TELEX.get(letter, fold(letter) or "khac")


# The vowel groups Vietnamese spells (marks folded away: "ươ" is "uo"): "Chea", "Lee",
# "Sean" hold none, though every letter of them is a Vietnamese one.
# Those that end in a glide ("ai", "iêu", "ươi") take no final consonant: "Thiềucho" is
# "Thiều cho", never "Thiềuc ho".
_OPEN_NUCLEI = "oai|oay|oao|oeo|uai|uay|uoi|uou|ieu|yeu|uyu|uao|uau|ai|ao|au|ay|eo|eu|iu|oi|ui|uu"
_NUCLEI = "uya|uye|uoa|ia|oa|oe|oo|ua|ue|uo|uy|ie|ye|a|e|i|o|u|y"
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?"
    rf"(?:(?P<open>{_OPEN_NUCLEI})|(?P<nucleus>{_NUCLEI})(?P<final>ch|nh|ng|[cmnpt])?)$"
)
# The vowel groups that Vietnamese writes only with a hat or a horn ("iê", "yê", "uyê",
# "uô", "ươ", and "iêu", "ươi" …): "Tie", "Xie", "Huo" spell no Vietnamese word ("giẻ"
# does: "gi" is its onset, "e" its vowel).
_MARKED_VOWELS = ("ie", "ye", "uye", "uo")
_HAT_OR_HORN = ("\u0302", "\u031b")  # (combining, as NFD writes "ễ", "ở")
# Rimes no Vietnamese word spells (the vowel, the final's last letter): "i"/"y"/"uy" take
# "nh"/"ch", never "ng"/"c" ("Minh", "Huỳnh"); "o" and "u" never take "nh"/"ch".
_NO_SUCH_RIMES = frozenset({("i", "g"), ("i", "c"), ("y", "g"), ("y", "c"), ("uy", "g"), ("uy", "c"),
                            ("o", "h"), ("u", "h"), ("oo", "h")})


@functools.lru_cache(maxsize=1 << 16)  # (asked of the same few thousand words, article after article)
def is_vietnamese_syllable(word: str) -> bool:
    """'Nguyễn', 'Thủy' are; 'Joe', 'Biden', 'Zelensky', 'Tie' are not: tells a foreign
    name from a Vietnamese one when no family name vouches for it."""
    spelt = _SYLLABLE.match(fold(word))
    if not spelt:
        return False
    vowels = spelt.group("open") or spelt.group("nucleus")
    final = spelt.group("final")
    if final and (vowels, final[-1]) in _NO_SUCH_RIMES:
        return False  # "Ming", "Xing" (Vietnamese writes "Minh"), "Honh"
    marked = any(mark in unicodedata.normalize("NFD", word) for mark in _HAT_OR_HORN)
    if final and vowels == "ua" and not marked:
        return False  # "Huang", "Guang": "ua" closed by a consonant is "uâ" ("Xuân", "Tuấn"; "Quang" opens with "qu")
    return not vowels.startswith(_MARKED_VOWELS) or marked
