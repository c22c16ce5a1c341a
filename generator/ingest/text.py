"""Plain-text articles as copied from a news page: header date line, kicker, title, lead,
body with the captions of removed photos, byline, site boilerplate.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..vietnamese import normalise
from . import dates
from .credits import cut_boilerplate, lead_source
from .vocabulary import Vocabulary
from .layout import CAPTION, HEADING, PARAGRAPH, Block, RawArticle, looks_like_caption, looks_like_heading

_CONTINUES = tuple(",;–-")
_LEAD_WORDS = 25
_SENTENCE_END = tuple(".!?…")


def read_text(text: str, path: Path, vocabulary: Vocabulary) -> RawArticle:
    lines = [normalise(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    page_date = None
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None:
        page_date = dates.page_date(lines[first])
        if page_date:
            lines[first] = ""
    paragraphs = cut_boilerplate(_paragraphs(lines))
    lead_at = next((i for i, p in enumerate(paragraphs) if _is_lead(p, vocabulary)), 0)
    headlines = paragraphs[:lead_at][-2:]
    title = headlines[-1] if headlines else None
    kicker = headlines[0].rstrip(" :") if len(headlines) == 2 else None
    blocks = [Block(PARAGRAPH, paragraphs[lead_at])] if paragraphs else []
    for text_ in paragraphs[lead_at + 1:]:
        if looks_like_caption(text_):
            blocks.append(Block(CAPTION, text_))
        elif looks_like_heading(text_) and not _could_be_byline(text_, text_ is paragraphs[-1]):
            blocks.append(Block(HEADING, text_))
        else:
            blocks.append(Block(PARAGRAPH, text_))
    return RawArticle(path=path, blocks=blocks, headlines=headlines, title=title, kicker=kicker, page_date=page_date)


def _paragraphs(lines: list[str]) -> list[str]:
    """Non-blank lines are paragraphs, except that a line ending in a comma or dash, or a
    line that starts in lower case, continues the one before (a caption wrapped in two)."""
    paragraphs: list[str] = []
    previous_blank = True
    for line in lines:
        if not line:
            previous_blank = True
            continue
        if paragraphs and not previous_blank and (paragraphs[-1].endswith(_CONTINUES) or line[:1].islower()):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        previous_blank = False
    return paragraphs


def _is_lead(paragraph: str, vocabulary: Vocabulary) -> bool:
    """The lead opens the article proper: an outlet prefix, a dated opening, or simply
    a full sentence of some length (a headline does not end in a full stop)."""
    outlet, rest = lead_source(paragraph, vocabulary)
    if outlet:
        return True
    if dates.anchored_dates(paragraph[:60]) and re.match(r"^\W*(?:\w+\s+){0,3}\w+\s*[,(]?\s*\(?\s*\d", paragraph):
        return True
    return len(paragraph.split()) >= _LEAD_WORDS and paragraph.rstrip().endswith(_SENTENCE_END)


def _could_be_byline(text: str, is_last: bool) -> bool:
    return is_last and len(text.split()) <= 5
