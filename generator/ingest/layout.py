"""What the text and HTML readers both produce: an article's parts before they are read
for meaning (headlines, blocks of body, captions), and the rules that tell a caption of a
removed photo from a paragraph.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

PARAGRAPH, CAPTION, HEADING = "paragraph", "caption", "heading"

_TERMINAL = tuple(".!?…:;\"”»)")
# "(Ảnh: TTXVN)", "Ảnh: …" and Tuổi Trẻ's "… - Ảnh: Hữu Huỳnh".
_CREDIT_IN_CAPTION = re.compile(r"\((?:ảnh|ảnh minh họa|nguồn)\s*:[^)]*\)\s*$|^ảnh\s*:|\s[-–]\s*ảnh\s*:\s*[^.:;]{2,40}$", re.IGNORECASE)
# "… từ ngày 1/10 (Ảnh: ABC News).", "… đóng cửa. Ảnh: ABC News": a credit after a full stop
# or before one marks a caption only after one short sentence (a paragraph may end so too).
_CREDIT_AFTER_SENTENCE = re.compile(r"^(?P<said>[^.!?]+)(?:\((?:ảnh|ảnh minh họa)\s*:[^)]*\)\s*\.|[.!]\s+ảnh\s*:\s*[^.:;]{2,40}\.?)\s*$", re.IGNORECASE)
_CREDITED_CAPTION_WORDS = 40
_CAPTION_OPENERS = re.compile(
    r"^(?:đồng chí|các đồng chí|ông|bà|lãnh đạo|các đại biểu|đại biểu|quang cảnh|toàn cảnh|"
    r"đoàn công tác|đoàn|thường trực|ban|bí thư|chủ tịch|phó chủ tịch|giám đốc|cán bộ|người dân|"
    r"học sinh|các em|lực lượng|hình ảnh|một góc|tiết mục|tặng quà|trao)\b",
    re.IGNORECASE,
)
_CAPTION_VERBS = re.compile(
    r"\b(?:phát biểu|chủ trì|trao|tặng|thăm|kiểm tra|dự|tham dự|tham quan|khảo sát|chụp ảnh|"
    r"làm việc|biểu quyết|bỏ phiếu|tại hội nghị|tại buổi|tại lễ|tại đại hội)\b",
    re.IGNORECASE,
)


@dataclass
class Block:
    kind: str
    text: str


@dataclass
class RawArticle:
    """An article split into its parts, before dates, people and credits are read."""

    path: Path
    blocks: list[Block]
    """The lead first, then body paragraphs, headings and captions in order."""
    headlines: list[str] = field(default_factory=list)
    """Lines above the lead: [kicker, title] or [title] or none."""
    title: str | None = None
    kicker: str | None = None
    page_date: dt.date | None = None
    byline: str | None = None
    source: str | None = None
    address: str | None = None
    """The host of a saved block's own address: whose it is, where nothing else says."""


def looks_like_caption(text: str) -> bool:
    """A caption of a removed photo: short, no closing punctuation, and either a photo
    credit or the way captions open and what they describe ('… phát biểu tại hội nghị')."""
    # (every credit the pattern reads holds "ảnh" or "nguồn", in any case: looked for first,
    # as the pattern, tried at every character, costs more)
    lowered = text.lower()
    if ("ảnh" in lowered or "nguồn" in lowered) and _CREDIT_IN_CAPTION.search(text):
        return len(text.split()) <= 80
    tail = text[-60:]
    credited = _CREDIT_AFTER_SENTENCE.match(text) if "Ảnh" in tail or "ảnh" in tail else None
    if credited and len(credited.group("said").split()) <= _CREDITED_CAPTION_WORDS:
        return True
    if text.endswith(_TERMINAL) or not text[:1].isupper() or not 4 <= len(text.split()) <= 60:
        return False
    return bool(_CAPTION_OPENERS.match(text) or _CAPTION_VERBS.search(text))


def looks_like_heading(text: str) -> bool:
    """A short subheading inside the body ('Nhiều kết quả nổi bật')."""
    # (the words counted last: most paragraphs end in a full stop)
    return not text.endswith(_TERMINAL) and text[:1].isupper() and 1 <= len(text.split()) <= 12


def drop_echoed_fragments(blocks: list[Block]) -> list[Block]:
    """A short block repeated word for word inside its neighbour is a broken copy of a
    caption or lead (a lost image's alt text): keep the whole one only."""
    kept = []
    for index, block in enumerate(blocks):
        neighbours = blocks[max(0, index - 1):index] + blocks[index + 1:index + 2]
        if len(block.text) < 250 and any(
            len(other.text) > len(block.text) and block.text in other.text for other in neighbours
        ):
            continue
        kept.append(block)
    return kept
