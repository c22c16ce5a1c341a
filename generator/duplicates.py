"""What `check` suggests a maintainer look at: one person written two ways, the same
article in two files, and events dated after their page or in the future. Each finding
is one line of evidence and, for people, a people.yaml entry ready to paste.

Two names are taken for one person only with evidence beyond the spelling, because real
namesakes exist ("Nguyễn Thị Thủy" and "Nguyễn Thị Thúy" may be two officials):
- spellings Vietnamese treats as one ("Sỹ"/"Sĩ", "Lý"/"Lí", "Kỷ"/"Kỉ"): always;
- the same letters with other tone marks, one syllable apart, or a middle name missing:
  only when both held the same post in the same year (namesakes hold other posts, or
  one post in turn, a successor after a predecessor: never one seat at once);
- a name seen once, one letter away from a name seen in three events or more.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from array import array
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from .article import Article
from .vietnamese import fold

_Y_AS_I = str.maketrans({"y": "i", "ý": "í", "ỳ": "ì", "ỷ": "ỉ", "ỹ": "ĩ", "ỵ": "ị",
                         "Y": "I", "Ý": "Í", "Ỳ": "Ì", "Ỷ": "Ỉ", "Ỹ": "Ĩ", "Ỵ": "Ị"})
_VOWELS = set("aeiouy")
_MANY = 3


@dataclass
class _Seen:
    events: int = 0
    years: set[int] = field(default_factory=set)
    roles: dict[str, set[int]] = field(default_factory=dict)
    """Each role (folded) and the years it was held in."""


def _i_for_y(name: str) -> str:
    """'Trần Sỹ Thanh' -> 'Trần Sĩ Thanh': a syllable's final y after a consonant is i."""
    out = []
    for syllable in name.split():
        last = syllable[-1]
        before = fold(syllable[-2:-1])
        if fold(last) == "y" and before and before not in _VOWELS:
            syllable = syllable[:-1] + last.translate(_Y_AS_I)
        out.append(syllable)
    return " ".join(out)


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one inserted, deleted or replaced character."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:] if len(a) < len(b) else a[i + 1:] == b[i + 1:]


def _years(seen: _Seen) -> str:
    low, high = min(seen.years), max(seen.years)
    return str(low) if low == high else f"{low}–{high}"


def _same_post_same_year(one: _Seen, other: _Seen) -> bool:
    return any(one.roles[role] & years for role, years in other.roles.items() if role in one.roles)


def _roles_key(role: str) -> str:
    return " ".join(re.findall(r"\w+", fold(role)))


def likely_same_people(articles: list[Article]) -> list[str]:
    seen: dict[str, _Seen] = defaultdict(_Seen)
    for article in articles:
        for participant in {p.name: p for p in article.participants}.values():
            entry = seen[participant.name]
            entry.events += 1
            if article.date:
                entry.years.add(article.date.year)
            if participant.role and article.date:
                entry.roles.setdefault(_roles_key(participant.role), set()).add(article.date.year)
    pairs: dict[tuple[str, str], str] = {}

    def consider(a: str, b: str, why: str, needs_overlap: bool) -> None:
        # One post held by both in the same year: one person. Namesakes hold other posts,
        # or one post in turn (a successor), never the same one at the same time.
        if needs_overlap and not _same_post_same_year(seen[a], seen[b]):
            return
        key = tuple(sorted((a, b)))
        pairs.setdefault(key, why)

    folded = {name: fold(name) for name in seen}
    buckets: dict[str, dict[str, list[str]]] = {"i/y": defaultdict(list), "tone": defaultdict(list)}
    for name in seen:
        buckets["i/y"][_i_for_y(name)].append(name)
        buckets["tone"][folded[name]].append(name)
    for names in buckets["i/y"].values():
        for a, b in combinations(sorted(names), 2):
            consider(a, b, "i and y written two ways", needs_overlap=False)
    for names in buckets["tone"].values():
        for a, b in combinations(sorted(names), 2):
            consider(a, b, "the same letters with other tone marks", needs_overlap=True)
    for name in list(seen):
        syllables = name.split()
        for k in range(1, len(syllables) - 1):  # a middle name missing
            shorter = " ".join(syllables[:k] + syllables[k + 1:])
            if shorter in seen:
                consider(name, shorter, "a middle name missing", needs_overlap=True)
    # One letter apart: names meet in a bucket of the folded name with one letter deleted.
    deleted: dict[str, list[str]] = defaultdict(list)
    for name, letters in folded.items():
        for i in range(len(letters)):
            deleted[letters[:i] + letters[i + 1:]].append(name)
        deleted[letters].append(name)
    for names in deleted.values():
        if len(names) < 2 or len(names) > 50:
            continue
        for a, b in combinations(sorted(set(names)), 2):
            if not _one_edit(folded[a], folded[b]):
                continue
            if len(a.split()) == len(b.split()):
                consider(a, b, "one syllable apart", needs_overlap=True)
            small, big = sorted((a, b), key=lambda n: seen[n].events)
            if seen[small].events == 1 and seen[big].events >= _MANY:
                consider(small, big, "seen once, a letter away from a name seen often", needs_overlap=False)
    lines = []
    for (a, b), why in sorted(pairs.items()):
        canonical, other = sorted((a, b), key=lambda n: (-seen[n].events, n))
        one, two = seen[canonical], seen[other]
        shared = sorted(set(one.roles) & set(two.roles))
        evidence = (
            f"{canonical} ({one.events} event(s), {_years(one) if one.years else 'undated'}) and "
            f"{other} ({two.events} event(s), {_years(two) if two.years else 'undated'})"
            + (f", sharing the role '{shared[0]}'" if shared else "")
        )
        lines.append(f"possible duplicate ({why}): {evidence}; if one person, add to people.yaml:\n"
                     f"  {canonical}:\n    - {other}")
    return lines


_SHINGLE = 5  # words
_SKETCH = 4  # smallest shingle hashes an article is filed under
_NEAR = 0.8  # shared shingles that make two texts one article
_READ_WORDS = 400
_STOCK = 8
_ASCII_WORD = re.compile(rb"[a-z0-9]+")


def shingles_of(text: str) -> bytes:
    """Hashes of the runs of five words of a text (letters and digits only, no marks),
    from its first 400 words, sorted, as packed 32-bit numbers (a set of Python ints
    would cost 30 kB an article): what two copies of one article share, whatever their
    header, byline or spacing."""
    # Four hundred syllables take about 2,700 characters: the rest is never read. Marks
    # come off by decomposing and keeping ASCII (a third of the time vietnamese.fold
    # takes, and this runs for every article loaded).
    ascii_text = unicodedata.normalize("NFD", text[:_READ_WORDS * 8].replace("đ", "d").replace("Đ", "D"))
    words = _ASCII_WORD.findall(ascii_text.encode("ascii", "ignore").lower())[:_READ_WORDS]
    if len(words) < _SHINGLE:
        hashes = {zlib.crc32(b" ".join(words))} if words else set()
    else:
        hashes = {zlib.crc32(b" ".join(words[i:i + _SHINGLE])) for i in range(len(words) - _SHINGLE + 1)}
    return array("I", sorted(hashes)).tobytes()


def same_article_twice(texts: list[tuple[Path, bytes]]) -> list[str]:
    """Two files whose texts share most of their five-word runs (identical or nearly),
    given each file's path and shingles_of(its text)."""
    lines, filed = [], defaultdict(list)
    seen: list[tuple[Path, bytes]] = []
    for path, packed in texts:
        shingles = array("I", packed)
        if not shingles:
            continue
        sketch = shingles[:_SKETCH]  # the smallest hashes: sorted already
        # A run shared by many articles is stock wording, not a copy: it files nothing.
        candidates = {index for value in sketch if len(filed[value]) <= _STOCK for index in filed[value]}
        if candidates:
            mine = set(shingles)
            for index in sorted(candidates):
                other, theirs = seen[index]
                their_shingles = array("I", theirs)
                if len(mine.intersection(their_shingles)) >= _NEAR * min(len(mine), len(their_shingles)):
                    lines.append(f"{path}: the same article as {other}; delete one (ingest writes the same text once)")
                    break
        for value in sketch:
            filed[value].append(len(seen))
        seen.append((path, packed))
    return lines


def dates_to_look_at(articles: list[Article], today: dt.date | None = None) -> list[str]:
    today = today or dt.date.today()
    lines = []
    for article in articles:
        if article.date and article.date > today:
            lines.append(f"{article.path}: date {article.date.isoformat()} is in the future; correct it, or keep it if the event is announced")
        elif article.date and article.page_date and article.date > article.page_date:
            lines.append(f"{article.path}: date {article.date.isoformat()} is after its page_date {article.page_date.isoformat()}; "
                         "an event is reported after it happens: correct one of them")
    return lines
