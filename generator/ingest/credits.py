"""Who wrote it and where it ran: the byline at the end ('PHÙNG KHIÊM'), photo credits
that are not bylines, 'Theo Báo Cao Bằng', the outlet's prefix on the lead ('LSO-'),
and the site boilerplate after the article (rating widgets, comment boxes).
"""

from __future__ import annotations

import re

from ..vietnamese import name_case
from .vocabulary import Vocabulary

_PREFIX = re.compile(r"^\s*\(?([A-ZĐ]{2,12}(?:\.VN)?)\)?\s*[-–—]\s*", re.IGNORECASE)
_DOMAIN_PREFIX = re.compile(r"^\s*\(?((?:[\w-]+\.)+(?:vn|com|net|org|info))\)?\s*[-–—:]?\s*", re.IGNORECASE)
_PAREN_PREFIX = re.compile(r"^\s*\(([^()]{2,30})\)\s*[-–—]\s*")

_CREDIT = re.compile(r"^\(?\s*(?:ảnh|ảnh minh họa|video|đồ họa|clip|nguồn ảnh)\s*:", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\(?\s*(?:theo|nguồn)\s*:?\s+(.{2,60}?)\s*\)?\s*$", re.IGNORECASE)
_BYLINE_LEAD = re.compile(r"^(?:(?:bài|tin|bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|bài và clip)\s*:\s*)", re.IGNORECASE)
_AUTHOR_SPLIT = re.compile(r"\s+[-–—&]\s+|\s*,\s*|\s+và\s+")

# Everything from one of these lines to the end is the site around the article.
_TAIL_MARKERS = re.compile(
    r"^(?:đánh giá của bạn|bình luận|ý kiến bạn đọc|gửi bình luận|viết bình luận|bạn còn\s*\S*\s*ký tự|"
    r"xếp theo\s*:|mời các bạn tham gia|tin liên quan|tin cùng chuyên mục|bài viết liên quan|"
    r"các tin khác|tin khác|xem thêm\s*:?$|từ khóa\s*:|từ khoá\s*:|tags?\s*:|chia sẻ\s*:?$|"
    r"lượt xem|in bài|bản quyền thuộc)",
    re.IGNORECASE,
)


def lead_source(lead: str, vocabulary: Vocabulary) -> tuple[str | None, str]:
    """(outlet, lead without its prefix): 'LSO-Sáng 4/10/2019' -> ('Báo Lạng Sơn', 'Sáng 4/10/2019')."""
    for pattern in (_DOMAIN_PREFIX, _PREFIX, _PAREN_PREFIX):
        match = pattern.match(lead)
        if not match:
            continue
        token = match.group(1)
        known = vocabulary.outlet_prefixes.get(token.upper()) or vocabulary.outlet_prefixes.get(token.upper().replace(".VN", ""))
        if pattern is _PREFIX and not known and not token.isupper():
            continue
        rest = lead[match.end():]
        if not rest[:1].isupper():
            continue
        if pattern is _DOMAIN_PREFIX:
            return token[:1].upper() + token[1:], rest
        return known or token, rest
    return None, lead


def is_boilerplate_start(line: str) -> bool:
    return len(line) < 120 and bool(_TAIL_MARKERS.match(line.strip()))


def cut_boilerplate(paragraphs: list[str]) -> list[str]:
    """Drop everything from the first boilerplate line after the article's start."""
    for index, line in enumerate(paragraphs):
        if index >= 2 and is_boilerplate_start(line):
            return paragraphs[:index]
    return paragraphs


def _author_names(line: str) -> str | None:
    line = _BYLINE_LEAD.sub("", line.strip()).strip(" .")
    if not line or len(line) > 60 or re.search(r"[\d:;!?()\"“”]", line):
        return None
    names = [n for n in _AUTHOR_SPLIT.split(line) if n]
    result = []
    for name in names:
        words = name.split()
        if name.isupper() and 1 <= len(words) <= 5:
            result.append(name_case(name))
        elif 2 <= len(words) <= 5 and all(w[:1].isupper() and (w[1:].islower() or len(w) == 1) for w in words):
            result.append(name)
        else:
            return None
    return ", ".join(result) if result else None


def split_tail(paragraphs: list[str]) -> tuple[list[str], str | None, str | None]:
    """(body, byline, outlet): reads the author line and 'Theo …' lines at the end,
    passing over photo credits ('Ảnh: ĐỨC LONG'), which are not bylines."""
    body = list(paragraphs)
    byline = source = None
    for _ in range(4):
        if not body:
            break
        last = body[-1].strip()
        if _CREDIT.match(last):
            body.pop()
            continue
        match = _SOURCE_LINE.match(last)
        if match and not source:
            source = match.group(1).strip()
            body.pop()
            continue
        if byline is None:
            byline = _author_names(last)
            if byline:
                body.pop()
                continue
        break
    return body, byline, source
