"""Plain-text articles as copied from a news page: header date line, kicker, title, lead,
body with the captions of removed photos, byline, site boilerplate.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from pathlib import Path

from ..vietnamese import LOWER_LETTERS, UPPER_LETTERS, is_vietnamese_syllable, normalise, normalise_lines
from . import dates
from .credits import ADDRESS_LINE, asking_outlet, author_line, is_body_signature, credited_name, rights_holder, cut_boilerplate, is_share_line, headline_words, signs_a_text, foot_outlet, mailbox_outlet, ends_in_photo_credit, is_keyword_line, is_outlet_name, is_place_alone, is_section_line, is_site_address, is_site_line, lead_source, read_header, split_tail, strip_description_site, strip_site_name
from .vocabulary import Vocabulary
from .layout import CAPTION, HEADING, PARAGRAPH, Block, RawArticle, looks_like_caption, looks_like_heading

_CONTINUES = tuple(",;–-")
_LEAD_WORDS = 25
_HEADER_PARAGRAPHS = 8
_PASTED_PAGE_PARAGRAPHS = 400  # (how far down a pasted page's menus may push its header: VOV's, 171 lines)
_LINES_ABOVE_THE_DATE_LINE = 3  # (a section, a kicker, the headline)
_DATE_LINE_TO_LEAD = 16  # (the headline, authors, share and listen buttons between: VTV sets eleven of them)
_TAIL_PARAGRAPHS = 6
_SENTENCE_END = tuple(".!?…")
# "Bạn có góc nhìn (hoặc có trải nghiệm) nào về vấn đề trên? Hãy chia sẻ bài viết … theo email: …"
_READER_CALL = re.compile(r"^Bạn có [^?]{1,120}\?\s*Hãy\b[^?]*@")
_READER_CALL_PARAGRAPHS = 3
# What a web video player prints for screen readers, copied with the page wherever a clip stood.
_VIDEO_PLAYER_LINE = re.compile(r"^(?:This is a modal window\.|Beginning of dialog window\..*|End of dialog window\.)$")
# Where a clip was, a line of its own (in lower case: it would run on the line above).
_EMBED_PLACEHOLDER = re.compile(r"^(?:your )?browser (?:does )?not support (?:the )?(?:iframe|video|audio)(?: tag| element)?\.?$", re.IGNORECASE)
# And the label a page sets by a clip's player: "* Audio Hà Trần hát …", "*Video: Huyền Như nức nở …".
_MEDIA_LABEL = re.compile(rf"^\*\s*(?:Audio|Video|Clip)\s*:?\s+[{UPPER_LETTERS}][^.!?]*$")  # (not a list's item: "* Video giám sát …")
# BBC Tiếng Việt's labels by a photo, read aloud for screen readers: "Image copyright Getty
# Images" (whose photo: dropped), "Image caption Ông A tại …" (the caption, after its label).
_PHOTO_CREDIT_LABEL = re.compile(r"^Image copyright\b")
_PHOTO_CAPTION_LABEL = re.compile(r"^Image caption\s+")
# A site's box of related articles copied under the text: each teaser, then its count of
# comments on a line of its own ("Tổng Bí thư Tô Lâm khẳng định …", "14").
_COMMENT_COUNT = re.compile(r"\d{1,5}")
# A teaser's summary with its count run into it ("… về sử dụng. 27"), among the last paragraphs.
_GLUED_COUNT = re.compile(r"^(.{40,}[.!?…\"”])\s(\d{1,5})$")
_GLUED_COUNT_PARAGRAPHS = 12
_TEASER_WORDS = 8
_RELATED_BOX_TITLE_WORDS = 5  # (a headline above the date line, not a section's name: "Thời sự")
_TEASER_TITLE_WORDS = (4, 20)
_TEASER_WORDS_MOST = 80  # (a teaser's title or summary; a body's last paragraph may be longer)
_YEARS = (1900, 2100)  # (numbers of a timeline, not of comments)
_READER_ASKS = re.compile(r"^(?:[^:.!?]{0,60}\s)?hỏi\s*:\s*\S", re.IGNORECASE)
_ANSWER_OPENING_WORDS = 6
# A text hard-wrapped at a fixed width (an e-mail, a terminal, a copy out of a PDF) breaks
# its headline and sentences wherever the width ran out, often between a post and its
# holder's name. It shows as lines run on to the next that mostly stop just short of one
# width (the word that would not fit went down), the next line mostly going on in lower case.
_WRAP_WIDTHS = (50, 120)
_WRAP_SLACK = 15  # (how far short of the width a wrapped line stops: a word or two)
_WRAPPED_SHARE = 0.6
_WRAPPED_LINES_LEAST = 3
_MID_SENTENCE_SHARE = 0.3
_WRAP_MISCOUNT = 2  # (a wrapper that counts a tone mark apart from its letter, as in NFD text, stops a little short)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:h]\d\d\b")
_EMPTY_FIELD_BEFORE = re.compile(r"^\|\s+\S")
_UPDATED = re.compile(r"\bcập\s+nhật\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^(?:[*+•>|#=]|\d{1,2}[.)]\s)")
_ITEM_ENDS = tuple(".:;!?")  # (above a dash that opens a list's item; a dash under a line cut short joins two names: "Kim Mã" "- Yên Nghĩa")


# A record of a CMS's database pasted as text keeps its editor's HTML: entities for the
# letters and spaces ("Ph&aacute;t biểu", "&nbsp;") and tags around and inside the
# paragraphs ("<p>VOV.VN - …</p>", "trên<em> ABC News</em>", "<p>…</p><p>…</p>" on one line).
# Read as the page shows them: the formatting tags (a picture's too) dropped, a block's tags
# ending its paragraph (so "</p>" hides no full stop, and "<p><br></p>" is no paragraph), the
# entities written out (but those of "<" and ">": no markup is made of the text).
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}\d?|#\d{2,5}|#[xX][0-9a-fA-F]{2,4});")
_FORMATTING_TAG = re.compile(r"</?(?:span|strong|em|b|i|u|a|font|sup|sub|small|mark|img)\b[^<>]*>", re.IGNORECASE)
_PARAGRAPH_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|figure|figcaption|blockquote|section|article|table|tr|td|br)\b[^<>]*>", re.IGNORECASE)


# An event's name with its number or its years, a kicker however long ("Kỷ niệm 70 năm Ngày
# Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)", "Đại hội … lần thứ XX, nhiệm kỳ 2025 - 2030").
_EVENT_NAMED = re.compile(r"\b(?:lần thứ|kỷ niệm|nhiệm kỳ)\b|\b[IVX]{2,}\b|\b(?:19|20)\d\d\b|\d{1,2}/\d{1,2}", re.IGNORECASE)


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines of a text hard-wrapped at a fixed width joined again into their paragraphs:
    a line runs on to the next where that one's first word would not have fitted after it."""
    # (no line of words that runs on is longer than the width; an address may be, and so may a
    # headline or a sapo the wrapper left whole, a paragraph of one line: blank under it)
    width = max((len(line) for line, following in zip(lines, lines[1:]) if " " in line and following), default=0)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return lines
    # (a pasted page's menus run on too, in short lines)
    run_on = [(len(line), following[0].islower()) for line, following in zip(lines, lines[1:]) if following and len(line) >= _WRAP_WIDTHS[0] // 2]
    full = [mid_sentence for n, mid_sentence in run_on if n >= width - _WRAP_SLACK]
    # (and most of those breaks fall inside a sentence, where the words are in lower case: not a list of headlines)
    if len(full) < _WRAPPED_LINES_LEAST or len(full) < _WRAPPED_SHARE * len(run_on) or sum(full) < _MID_SENTENCE_SHARE * len(full):
        return lines
    joined: list[str] = []
    above = ""
    for line in lines:
        if above and line and len(above) + 1 + len(line.split(" ", 1)[0]) > width - _WRAP_MISCOUNT and not _LIST_ITEM.match(line) \
                and not (line[0] in "-–" and above.endswith(_ITEM_ENDS)) \
                and not _is_date_line(line):  # (a date line under a headline that filled its line)
            # (a word broken at its hyphen, "Covid-" then "19", is joined whole)
            joined[-1] += line if above[-1] == "-" and above[-2:-1].isalnum() else " " + line
        else:
            joined.append(line)
        above = line
    return joined


def _is_date_line(line: str) -> bool:
    """A page's date line, a relative stamp, or an author's name over a time of day."""
    return bool(dates.page_date(line) or dates.is_relative_stamp(line) or _TIME_OF_DAY.search(line) and dates.credited_page_date(line))


def _markup_as_shown(text: str) -> str:
    if "<" in text and (_FORMATTING_TAG.search(text) or _PARAGRAPH_TAG.search(text)):
        text = _PARAGRAPH_TAG.sub("\n\n", _FORMATTING_TAG.sub("", text))
    if "&" in text:
        text = _ENTITY.sub(_written_out, text)
    if "# " in text:
        text = _HEADING_MARKS.sub("", text)
    return text


# A Markdown heading's marks in a text read as plain ("# Ca sĩ Chi Dân bị truy tố …" under a
# record's title): a hashtag has no space after its mark.
_HEADING_MARKS = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)", re.MULTILINE)


def _written_out(entity: re.Match) -> str:
    letter = html.unescape(entity.group(0))
    return entity.group(0) if letter in ("<", ">") else letter  # ("&lt;", "&LT;", "&#060;": left as written)


# A line of one mark repeated, as a text underlines its title or parts its sections with.
_RULE_LINE = re.compile(r"\s*([=\-_*~#.·•+])(?:\s*\1){2,}\s*")


def read_text(text: str, path: Path, vocabulary: Vocabulary) -> RawArticle:
    joined = "\n".join(_unwrapped(normalise_lines(_markup_as_shown(text))))
    # (whether letters run into capitals is asked once, for the dateline and the spacing both:
    # most texts have none)
    run_together = bool(_RUN_TOGETHER_OR_CAPITALS_THEN_LOWER.search(joined))
    spaced = _spaced(_dateline_set_off(joined, vocabulary) if run_together else joined, vocabulary.family_names, run_together)
    lines: list[str] = []
    for line in spaced.split("\n"):
        if _RULE_LINE.fullmatch(line):
            lines.append("")  # ("=====" under a title, "* * *" between parts: a break, no text)
            continue
        parts = _unglued(line)
        if not any(lines) and len(line) >= _GLUED_LONG_LINE:
            # The text opens with a crawl's glued line: its headline may be run into the sapo
            # by a space ("Bệnh viện Việt Đức có giám đốc mới Chiều 21/12, Bộ trưởng …").
            parts = _headline_set_off(parts[0]) + parts[1:]
        lines += [part for part in parts if not _EMBED_PLACEHOLDER.match(part)]
    # A record that keeps a sentence a line sets them under its title with no blank line
    # between: the lines followed at once by another belong to the body.
    run_on = {line for line, following in zip(lines, lines[1:]) if line and following}
    paragraphs = [p for p in _paragraphs(lines) if not _VIDEO_PLAYER_LINE.match(p) and not _MEDIA_LABEL.match(p)
                  and not _PHOTO_CREDIT_LABEL.match(p)]
    if any(_PHOTO_CAPTION_LABEL.match(p) for p in paragraphs):
        # (above the text, where the headline is read, the photo's caption goes: it is no headline)
        first_sentence = next((i for i, p in enumerate(paragraphs) if p.endswith(_SENTENCE_END) and len(p.split()) >= _LEAD_WORDS
                               and not _PHOTO_CAPTION_LABEL.match(p)), 0)
        paragraphs = [_PHOTO_CAPTION_LABEL.sub("", p) for i, p in enumerate(paragraphs) if i >= first_sentence or not _PHOTO_CAPTION_LABEL.match(p)]
    # The page's address pasted above it ("https://vneconomy.vn/….htm"): where it was, not its headline.
    addresses = {index for index, p in enumerate(paragraphs[:_HEADER_PARAGRAPHS]) if ADDRESS_LINE.match(p)}
    addressed = bool(addresses)  # (a record's fields in their keys' order: its address, …)
    paragraphs = [p for index, p in enumerate(paragraphs) if index not in addresses]
    # "| Mai Anh" under the date line: a crawl's join of an empty field and the author's name.
    paragraphs = [p[1:].lstrip() if index < _HEADER_PARAGRAPHS and _EMPTY_FIELD_BEFORE.match(p) else p
                  for index, p in enumerate(paragraphs)]
    site_in_foot = foot_outlet(paragraphs) or mailbox_outlet(paragraphs, vocabulary)  # ("® Tuổi Trẻ Online giữ bản quyền", in a foot cut below)
    # A call to readers under the text, before or after the byline, is the site's, not the article's.
    paragraphs = paragraphs[:-_READER_CALL_PARAGRAPHS] + [p for p in paragraphs[-_READER_CALL_PARAGRAPHS:] if not _READER_CALL.match(p)]
    header_end = _HEADER_PARAGRAPHS
    if not any(_is_lead(p, vocabulary) for p in paragraphs[:_HEADER_PARAGRAPHS]) and not any(
        _leads_its_article(paragraphs, index, vocabulary) for index, p in enumerate(paragraphs[:_HEADER_PARAGRAPHS]) if dates.page_date(p)
    ):
        # A whole page pasted, its menus first ("Thời sự", "Chính trị", … the licence, "Aa"): the
        # article opens a few lines above its date line, which the lead follows closely, and
        # ends at its signature, above the related stories, comments and the site's foot. (A
        # date over the menus is the site's clock, "Thứ Hai, ngày 08/06/2026, 16:11:38", where
        # no lead follows it but past the article's own date line.)
        opening, lead = _pasted_page_opening(paragraphs, vocabulary)
        if lead:
            end = _pasted_article_end(paragraphs, lead, vocabulary)
            # (the site's licence line may stand anywhere in the menus and the foot cut off)
            site_in_foot = site_in_foot or rights_holder(paragraphs[end:]) or rights_holder(paragraphs[:opening])
            paragraphs = paragraphs[opening:end]
            header_end = max(_HEADER_PARAGRAPHS, lead - opening)
    paragraphs = _signature_split_off(cut_boilerplate(_without_counted_teasers(paragraphs)))
    # The page's date line may stand above or below the headline: take the first one
    # of the header, and drop them all (a weekday in one would pass for a dated lead).
    page_date = credit = site_on_date_line = None
    page_timed = False  # (whether the page's date line gives a time of day)
    above_date_line: set[tuple[str, str]] = set()  # (the line above a date line, the line below it)
    below_crawl_stamp: set[str] = set()
    for index, paragraph in enumerate(paragraphs[:header_end]):
        if "·" in paragraph and not credit and (outlet_and_author := _outlet_dot_author(paragraph)):
            credit, paragraphs[index] = outlet_and_author, ""  # "Chinhphu.vn · Thiện Tâm" under the sapo
            continue
        if dates.is_relative_stamp(paragraph):
            paragraphs[index] = ""  # ("17 giờ trước 3 liên quan Gốc" under Báo Mới's headline)
            continue
        found = dates.page_date(paragraph)
        agency = _AGENCY_ON_DATE_LINE.match(paragraph) if found else None
        if agency and not site_on_date_line:
            site_on_date_line = agency.group(1).strip()  # "(TTXVN/Vietnam+) lúc : 11/07/14 11:35"
        credited = None if found else dates.credited_page_date(paragraph)
        if not found and not credited and paragraph.startswith("("):
            # "(LĐO) Bích Hà - 1:30 PM, 12/07/2014": the outlet's credit, as a lead opens with it,
            # then its author and stamp (not a label, "(Video) …")
            outlet, rest = lead_source(paragraph, vocabulary)
            credited = dates.credited_page_date(rest) if outlet else None
            if credited and not site_on_date_line:
                site_on_date_line = outlet
        if credited and is_place_alone(credited[1], vocabulary):
            found, credited = credited[0], None  # "(TTXVN) Hà Nội, 12/07/2014": where it was filed from, no author
        read = _read_credit(credited[1]) if credited else (None, None)
        if any(read):
            found, credit = credited[0], credit or read
        elif credited and is_section_line(credited[1]):
            found = credited[0]  # "Xã hội 16/01/2014 | 16:05": the section, then the stamp
        if not found and (stamped := _stamp_then_site(paragraph)):
            found, site_on_date_line = stamped[0], site_on_date_line or stamped[1]  # "11:44 - 23/12/2019 Thanh Niên Online"
        if found:
            timed = bool(_TIME_OF_DAY.search(paragraph))
            if page_date and found < page_date and not page_timed and timed and not _UPDATED.search(paragraph):
                # "Thứ Năm, Ngày 20 Tháng 3, 2025" (the site's clock, a day alone: today), then "Thứ
                # Ba, 18/03/2025 21:32": the earlier stamp with its time of day is the article's
                # (not a later "Cập nhật: 21/03/2025 09:10", an update's).
                page_date = found
            page_date = page_date or found
            page_timed = page_timed or page_date == found and timed
            if index >= 3 and _is_tag_line(paragraphs[index - 1]) and split_tail([paragraphs[index - 2]])[1]:
                # the headline, its author, then "Tổng Bí thư,Tô Lâm,Bí thư Quảng Tây,Trung Quốc" over the
                # date line: the page's tags (VOV's), no headline
                paragraphs[index - 1] = ""
            if 0 < index < len(paragraphs) - 1:
                above_date_line.add((paragraphs[index - 1], paragraphs[index + 1]))
            if index < len(paragraphs) - 1 and dates.is_crawl_stamp(paragraphs[index]):
                below_crawl_stamp.add(paragraphs[index + 1])  # (a crawler's record sets its category there, never a kicker)
            paragraphs[index] = ""
    if page_date is None:
        # An aggregator puts the time stamp under the text: "27/05/13 08:34 GMT+7".
        for index in range(len(paragraphs) - 1, max(len(paragraphs) - _TAIL_PARAGRAPHS, _HEADER_PARAGRAPHS) - 1, -1):
            found = dates.page_date(paragraphs[index]) if paragraphs[index] else None
            if found:
                page_date, paragraphs[index] = found, ""
                break
    paragraphs = [p for p in paragraphs if p]
    lead_at = next((i for i, p in enumerate(paragraphs) if _is_lead(p, vocabulary)), None)
    if lead_at is None:
        # A site that ends no paragraph in a full stop: the first long one opens the text,
        # where the lines above it read as a header (a headline seldom runs to a lead's length).
        lead_at = next((i for i, p in enumerate(paragraphs[:_HEADER_PARAGRAPHS // 2])
                        if len(p.split()) >= _LEAD_WORDS and read_header(paragraphs[:i], vocabulary)[0]), 0)
    if lead_at == 0 and len(paragraphs) > 1 and not paragraphs[0].rstrip().endswith(_SENTENCE_END) \
            and lead_source(paragraphs[1], vocabulary)[0]:
        # "Ngày 01/4/2019 sẽ thực hiện Tổng điều tra dân số …" over "TTĐT - Chiều 13-3, …": a long
        # headline that opens on a date, the lead under it opening on the outlet's prefix.
        lead_at = 1
    # A record that keeps a sentence a line: under a headline set apart, its first line
    # run on with the next opens the body, however short ("Nạn nhân là cô A, 18 tuổi, …").
    body_at = next((i for i, p in enumerate(paragraphs[:lead_at]) if p in run_on), None)
    body_at = body_at if body_at and paragraphs[body_at].endswith(_SENTENCE_END) else None  # (not "Phùng Anh (VTV Online)" over its date line)
    if body_at and read_header(paragraphs[:body_at], vocabulary)[0]:
        lead_at = body_at
    if lead_at + 2 < len(paragraphs) and lead_at < _HEADER_PARAGRAPHS // 2 and is_site_line(paragraphs[lead_at + 1], vocabulary):
        # A headline written as a sentence, full stop and all, then the outlet's name under
        # it as an aggregator sets it: the lead comes after the name.
        lead_at += 2
    boxed_at, box_end = _related_box(paragraphs, lead_at, vocabulary)
    if boxed_at and read_header(paragraphs[:boxed_at], vocabulary)[0]:
        # The headline, its sapo, then two or more headlines of other articles before the
        # lead: the box of related links a page sets under its sapo (VietNamNet's), which is
        # neither the title nor the body.
        del paragraphs[boxed_at + 1:box_end]
        lead_at = boxed_at
    if lead_at and (_is_short_lead(paragraphs[lead_at - 1]) or _is_cut_sapo(paragraphs[lead_at - 1], paragraphs[:lead_at - 1])
                    or len(paragraphs[lead_at - 1].split()) >= _LONGER_THAN_A_HEADLINE_WORDS) \
            and read_header(paragraphs[:lead_at - 1], vocabulary)[0]:
        # A sentence above it is the lead, where a headline stays above that: headlines
        # seldom end in a full stop.
        lead_at -= 1
    elif lead_at >= 2 and _is_short_lead(paragraphs[lead_at - 2]) and _is_subheading(paragraphs[lead_at - 1]) \
            and read_header(paragraphs[:lead_at - 2], vocabulary)[0]:
        # A short sapo, then the body's first subheading, then the lead.
        lead_at -= 2
    elif lead_at >= 2 and _is_short_lead(paragraphs[lead_at - 2]) and ends_in_photo_credit(paragraphs[lead_at - 1]) \
            and read_header(paragraphs[:lead_at - 2], vocabulary)[0]:
        # A short sapo, then the photo's caption ("… Ảnh tư liệu: AFP/TTXVN"), then the lead.
        lead_at -= 2
    elif lead_at >= 2 and _is_short_lead(paragraphs[lead_at - 2]) and _QUOTE_CLOSED.search(paragraphs[lead_at - 1]) \
            and paragraphs[lead_at - 2] in run_on and read_header(paragraphs[:lead_at - 2], vocabulary)[0]:
        # 'Anh Đ.D chia sẻ: "Mình thật không hiểu …', then 'Thật hoang mang quá!".': a
        # record kept a sentence a line, and the quote ran on to the next one.
        lead_at -= 2
    # An aggregator's copy names the outlet under the headline; the sapo comes next, a
    # sentence however short ("Báo Người Lao Động", then "Hiện nay, … Kalmaegi.").
    outlet_line = next((i for i in range(lead_at - 1, 0, -1) if is_site_line(paragraphs[i], vocabulary)), None)
    # (A sapo may end in no full stop: "TP HCM vừa được vinh danh là … Đông Nam Á"; then as
    # long as a sentence is.)
    sapo = paragraphs[outlet_line + 1] if outlet_line is not None and outlet_line + 1 < lead_at else ""
    sapo_words = len(sapo.split())
    # (Not a photo's credited caption there, nor under a short tag line: "Tin nóng", the outlet, then a long headline.)
    long_sapo = sapo_words >= _SAPO_WORDS and len(paragraphs[outlet_line - 1].split()) >= _SAPO_WORDS // 2 and not ends_in_photo_credit(sapo)
    if sapo and (sapo.rstrip().endswith((".", "…")) and sapo_words >= _SHORT_LEAD_WORDS or long_sapo) \
            and read_header(paragraphs[:outlet_line + 1], vocabulary)[0]:
        lead_at = outlet_line + 1
    # A page's description under the headline names the site after its sentence ("… cho
    # dân. - VnExpress"): the sapo, whatever stands between it and the lead.
    described = next((k for k in range(1, lead_at) if strip_description_site(paragraphs[k])[1]), None)
    if described is not None and read_header(paragraphs[:described], vocabulary)[0]:
        lead_at = described
    # A reply to readers: the answer's opening line ("Về vấn đề này, báo Tin tức xin trả lời như
    # sau:", "Trả lời:") and the question above it ("Người lao động hỏi: …?") are the body.
    if lead_at >= 2 and _opens_an_answer(paragraphs[lead_at - 1]) and read_header(paragraphs[:lead_at - 1], vocabulary)[0]:
        lead_at -= 1
        if lead_at >= 2 and _READER_ASKS.match(paragraphs[lead_at - 1]) and read_header(paragraphs[:lead_at - 1], vocabulary)[0]:
            lead_at -= 1
    header, site, byline = read_header(paragraphs[:lead_at], vocabulary)
    if site and not byline and not is_outlet_name(site) and _signs_below(site, paragraphs[lead_at:]):
        # "TUYẾT MAI" under the headline, then "Ảnh: TUYẾT MAI" under a photo and "TUYẾT MAI"
        # closing the text: the author, not a site's name an aggregator sets there.
        byline, site = site, None
    if len(header) >= 2 and header[-1] == paragraphs[lead_at - 1] and is_place_alone(header[-1], vocabulary) \
            and len(header[-2].split()) >= _HEADLINE_ABOVE_PLACE_WORDS:
        # "Hà Nội" above the sapo: where the story is filed from (VnExpress sets it so); not
        # a place that is the headline under a label ("Ký sự", then "Trường Sa").
        header = header[:-1]
    if len(header) == 2 and (_sapo_under_headline(*header) or (header[0], header[1]) in above_date_line and _sapo_under_date_line(*header)) \
            and header[-1] == paragraphs[lead_at - 1]:
        # "Đối tượng cuối cùng … đã bị bắt", then "Sau 3 ngày … , vào rạng sáng nay can phạm
        # …, 39 tuổi đã ra đầu thú": a sapo with no full stop under a whole headline.
        lead_at -= 1
        header = header[:-1]
    subheading = None
    if site and header and (header[-1], site) in above_date_line and _subheading_under_date_line(header[-1], site) \
            and not (is_outlet_name(site) or is_site_line(site, vocabulary) or site.isupper()):
        # (a word or three under the date line of a whole headline: the body's first
        # subheading, not an outlet's name set under the headline: "Thiệt hại “kép”")
        subheading, site = site, None
    if len(header) == 2 and (_subheading_under_headline(*header) or (header[0], header[1]) in above_date_line) and (
        header[1] in run_on and header[0] not in run_on
        # "Nhân viên bưu điện chiếm đoạt tiền của người hưu trí bằng …", the date line, then
        # "Chiếm đoạt tiền của người hưu trí": a crawl that kept no sapo sets the body's first
        # subheading under the date line of a whole headline
        or (header[0], header[1]) in above_date_line and _subheading_under_date_line(header[0], header[1])
    ):
        # "Vụ xúc xích Vietfoods: Không xin lỗi, DN sẽ kiện QLTT", a blank line, then "Chi cục
        # QLTT Hà Nội nói gì?" set at once above the text: a shorter line in the body's block
        # is its first subheading (a kicker, set apart above its headline, may be the longer).
        header, subheading = header[:1], header[1]
    if len(header) >= 3 and (header[0], header[1]) in above_date_line and len(header[0].split()) >= _RELATED_BOX_TITLE_WORDS \
            and not is_section_line(header[0]) and header[0].count(" - ") < 2 \
            and not any(h.endswith(".") for h in header):  # (a headline may end in "!" or "?", a sentence in a full stop)
        # A headline, the date line, then two headlines or more above the lead: a box of
        # related articles that 24h sets at the top of the body, not the title and its kicker.
        # (Not a section's line or a breadcrumb above the date line: "Tin tức - Sự kiện - Bình Định".)
        header = header[:1]
    dated = next((k for k in range(len(header) - 1) if (header[k], header[k + 1]) in above_date_line), None)
    if dated is not None and len(header) - dated >= 3 and len(header[0].split()) >= _RELATED_BOX_TITLE_WORDS \
            and not header[0].endswith(".") and all(h == header[0] for h in header[:dated + 1]) \
            and all(h.endswith(".") and len(h.split()) < _LEAD_WORDS for h in header[dated + 1:]):
        # The headline (24h prints it twice), the date line, then short sentences above the lead:
        # the captions of the photos 24h sets first ("Đào Tiến Mạnh tại trụ sở công an."), not the title.
        header = header[:1]
    if len(header) == 2 and subheading is None and not header[0].rstrip().endswith(":") \
            and len(header[0].split()) > len(header[1].split()) \
            and not _is_section_or_tag(header[0], under_crawl_stamp=header[0] in below_crawl_stamp) \
            and not _EVENT_NAMED.search(header[0]) and not _same_headline(header[0], header[1]) \
            and not is_place_alone(header[1], vocabulary):
        # "Ấn Độ bẻ hướng sông, không để giọt nước nào lọt tới Pakistan?", then "Thủ tướng Ấn
        # Độ Narendra Modi" (a photo's label), "Lúa ngô được mùa lớn" (the body's first
        # subheading): a kicker is a label, shorter than its headline or closed by a colon;
        # a line shorter than the one above it, with no colon between, is the body's. (But an
        # event named with its number or its years is a kicker, "Đại hội Đảng bộ tỉnh lần thứ
        # XVII" over "Khai mạc Đại hội"; a label over a place is one, "Phóng sự ảnh" over "Sa
        # Pa"; and a headline under its own tagged copy is the title.)
        header, subheading = header[:1], header[1]
    title = header[-1] if header else None
    if title is None and lead_at == 0 and addressed and _headline_set_last(paragraphs):
        title = paragraphs.pop()  # a record laid out in its keys' order: url, content, then the title
    kicker = None
    while len(header) >= 2 and _same_headline(header[-2], header[-1]):
        # "[Hải Phòng] Thành phố … Nghệ An" over the headline itself: a blog's tag on it, no
        # kicker; nor the headline said again (a record's title over a summary field that repeats it)
        header = header[:-2] + header[-1:]
    if len(header) >= 2 and (len(header) == 2 or header[-2].endswith(":")):
        kicker = header[-2].rstrip(" :")
        if _is_section_or_tag(header[-2], under_crawl_stamp=header[-2] in below_crawl_stamp) \
                or not any(len(word) > 1 and word.isalpha() for word in kicker.split()):
            kicker = None  # (and a line of no word: a text-size control's "： 0.5 1.0 1.5")
        if (header[-2], header[-1]) in above_date_line and not header[-2].endswith(":") and len(header[-2].split()) <= 6 \
                and not re.search(r"\d|\b[IVX]+\b", header[-2]):
            kicker = None  # "Các quy định về công chúng", the date line, the headline: a section above the date
    if title:
        title, title_site = strip_site_name(title)
        site = site or title_site
    site = site or site_on_date_line
    if paragraphs and lead_at < len(paragraphs):
        paragraphs[lead_at], description_site = strip_description_site(paragraphs[lead_at])
        site = site or description_site
    if not byline and lead_at + 2 < len(paragraphs) and any(above == paragraphs[lead_at + 1] for above, _ in above_date_line) \
            and (author := _author_under_sapo(paragraphs, lead_at, title, vocabulary)):
        # The headline, its sapo, then the author over the date line (a record's fields in their
        # stored order, Hànộimới's): the author, no subheading of the body.
        byline = author
        del paragraphs[lead_at + 1]
    if credit:
        credit_byline, credit_source = credit
        byline, site = byline or credit_byline, credit_source or site
    site = site or site_in_foot or asking_outlet(paragraphs, vocabulary)
    blocks = [Block(HEADING, subheading)] if subheading else []
    blocks += [Block(PARAGRAPH, paragraphs[lead_at])] if paragraphs else []
    for text_ in paragraphs[lead_at + 1:]:
        if looks_like_caption(text_):
            blocks.append(Block(CAPTION, text_))
        elif looks_like_heading(text_) and not _could_be_byline(text_, text_ is paragraphs[-1]):
            blocks.append(Block(HEADING, text_))
        else:
            blocks.append(Block(PARAGRAPH, text_))
    headlines = [h for h in (kicker, title) if h]
    return RawArticle(
        path=path, blocks=blocks, headlines=headlines, title=title, kicker=kicker,
        page_date=page_date, source=site, byline=byline,
    )


_AGENCY_ON_DATE_LINE = re.compile(r"^\s*\(([^()\d]{2,30})\)")
# A time stamp, then the site's name: "11:44 - 23/12/2019 Thanh Niên Online".
_STAMP_THEN_NAME = re.compile(r"^(?P<stamp>.{0,30}?\d{4})\s+(?P<site>[^\W\d_][^\d|:/]{2,40})$")


def _stamp_then_site(line: str) -> tuple[dt.date, str] | None:
    """(date, site) of a date line that names its site after the stamp, else None."""
    found = _STAMP_THEN_NAME.match(line)
    site = found.group("site").strip() if found else ""
    if not site or not is_outlet_name(site.removesuffix(" Online")):
        return None
    day = dates.page_date(found.group("stamp"))
    return (day, site) if day else None


def _is_tag_line(line: str) -> bool:
    """The page's tags over its date line: three short items or more, commas between, no
    names (not three authors: "Thùy Linh, Vũ Hiếu, Cao Hoàng")."""
    return is_keyword_line(line, items=3, words=7) and split_tail([line])[1] is None


# A tag in brackets before a headline.
_BRACKETED_TAG = re.compile(r"^\s*\[[^\[\]]{1,40}\]\s*")


def _same_headline(above: str, headline: str) -> bool:
    """'[Hải Phòng] Thành phố Hải Phòng tặng …' above 'Thành phố Hải Phòng tặng …': the
    headline twice, once under a blog's or a feed's tag; or twice as it is (a record's title
    over its summary field that repeats it)."""
    tag = _BRACKETED_TAG.match(above)
    return len(headline.split()) >= 3 and headline_words(above[tag.end():] if tag else above) == headline_words(headline)


# A sentence's end glued to the next one's start ("…tốt hơn.Ảnh: M.PCụ thể…"): what
# a crawler leaves when it drops the page's paragraph breaks.
_GLUED = re.compile(rf"(?<=[{LOWER_LETTERS}]{{3}}[.!?…”\"])(?=[{UPPER_LETTERS}])")
# The same places, each found at its mark (to count them: a pattern that opens with a look
# back is tried at every character, this one only at the marks).
_GLUED_MARK = re.compile(rf"[.!?…”\"](?<=[{LOWER_LETTERS}]{{3}}[.!?…”\"])(?=[{UPPER_LETTERS}])")
_GLUED_AT_LEAST = 3
_GLUED_LONG_LINE = 600


# Two Vietnamese words a crawler ran together where a link or bold text began: "Hiệu
# trưởngTrường ĐH Cửu Long", "ÔngNguyễn Thanh Đề", "BáoThanh Niên". Split only where each
# part is a syllable and one bears a mark (not a brand: "VinFast", "TikTok", "SaiGon").
# (Found from the capital, looking back at the letter before it: a pattern that opens with
# the small letter stops at nearly every character of a text, this one at its capitals.)
_RUN_TOGETHER = re.compile(rf"[{UPPER_LETTERS}](?<=[{LOWER_LETTERS}][{UPPER_LETTERS}])")
_CASE_TURN = re.compile(rf"(?<=[{LOWER_LETTERS}])(?=[{UPPER_LETTERS}])")
# Only the words that can be two run together are looked at (a line's every word cost a
# fifth of ingest's time).
_TURNING_WORD = re.compile(rf"\b[^\W\d_]*[{LOWER_LETTERS}][{UPPER_LETTERS}][^\W\d_]*")
# (its letters checked in _name_then_word; the capital first, then a look back for the word's
# start: "\b" first made the regex engine try every character of a text)
_LONG_CAPITALISED_WORD = re.compile(rf"[{UPPER_LETTERS}](?<!\w[{UPPER_LETTERS}])\w{{4,}}")


# (and a comma run into the next word: "bà Đỗ Thị Hồng Huế,Phó hiệu trưởng …"; not "1,5")
_COMMA_RUN_ON = re.compile(rf",(?=[{UPPER_LETTERS}])")  # (the letter before it checked in _spaced: a lookbehind first cost a look at every character)
# (but not a comma inside a body's letters: "Sở VH,TT&DL", "Sở LĐ,TB&XH")
_LETTERS_WITH_A_COMMA = re.compile(rf"(?<![\w,])([{UPPER_LETTERS}]{{1,4}}),[{UPPER_LETTERS}]{{1,4}}&[{UPPER_LETTERS}]")


# Letters only Vietnamese writes (not "á", "ö", "ñ" of Spanish or German names: "Terán", "Göran").
_VIETNAMESE_ONLY = re.compile("[ăâđêôơưĩũĂÂĐÊÔƠƯĨŨ\u1ea0-\u1ef9]")


_WORDS_AFTER_A_NAME = frozenset("cho cũng đã đang sẽ vừa nói yêu là và có được bị tại trong biết phát chia khẳng nhấn".split())


@functools.lru_cache(maxsize=1 << 14)  # (the same names come back line after line)
def _name_then_word(word: str) -> str:
    """'Lâmyêu', 'Sơncho', 'Thápcũng': a name's last syllable, then the next word, run
    together where a link ended ("Tổng Bí thư Tô Lâmyêu cầu"); split where both halves are
    syllables and one bears a mark (not "Tommy", "Jensen", foreign names)."""
    if len(word) < 5 or not word[0].isupper() or not word[1:].islower() or is_vietnamese_syllable(word):
        return word
    if word.isascii():
        # (plain letters spell foreign names too, "Tommy", "Huacho": only a name of four letters
        # or more run into "cho", as "Hậu Giangcho biết" is)
        head = word[:-3]
        return f"{head} cho" if word.endswith("cho") and len(head) >= 4 and is_vietnamese_syllable(head) else word
    for cut in range(len(word) - 2, 1, -1):  # (the longest first syllable: "Lâm yêu", not "Lâ myêu")
        head, tail = word[:cut], word[cut:]
        if is_vietnamese_syllable(head) and is_vietnamese_syllable(tail) and len(tail) >= 2 \
                and (_VIETNAMESE_ONLY.search(word) or tail in _WORDS_AFTER_A_NAME):  # ("Hùngcho"; not "Terán")
            return f"{head} {tail}"
    return word


# A credit run into the signature before it and into the outlet after it:
# "Khánh Linh(TheoThe Harvard Crimson, The New York Times)".
_CREDIT_RUN_ON = re.compile(rf"\((Theo|Nguồn:?)(?=[{UPPER_LETTERS}])|(?<=[^\W\d_])\((?=(?:Theo|Nguồn)\b)")


# A body's letters run into the name after them: "Thứ trưởng Bộ GD-ĐTNguyễn Văn Phúc", "TP.HCMNguyễn Văn Nên".
_ACRONYM_THEN_WORD = re.compile(rf"(?<!\w)([{UPPER_LETTERS}][{UPPER_LETTERS}.&-]*[{UPPER_LETTERS}])([{UPPER_LETTERS}][{LOWER_LETTERS}]+)")
_CAPITALS_THEN_LOWER = re.compile(rf"[{UPPER_LETTERS}][{UPPER_LETTERS}][{LOWER_LETTERS}]")  # (a quick look first: few texts hold one)
# Either of the two, in one pass over a text.
_RUN_TOGETHER_OR_CAPITALS_THEN_LOWER = re.compile(rf"[{UPPER_LETTERS}](?:(?<=[{LOWER_LETTERS}][{UPPER_LETTERS}])|(?=[{UPPER_LETTERS}][{LOWER_LETTERS}]))")


def _spaced(line: str, family_names: frozenset[str] = frozenset(), run_together: bool = True) -> str:
    """The text with the spaces a crawler lost put back (see above). run_together False: the
    caller found neither letters run into a capital nor capitals into a lower-case word (nor
    do the spaces put back after a comma or before a credit make one)."""
    if run_together and family_names and _CAPITALS_THEN_LOWER.search(line):
        line = _ACRONYM_THEN_WORD.sub(lambda found: f"{found.group(1)} {found.group(2)}" if found.group(2) in family_names else found.group(0), line)
    if ("(Theo" in line or "(Nguồn" in line) and _CREDIT_RUN_ON.search(line):
        line = _CREDIT_RUN_ON.sub(_credit_spaced, line)
    if "," in line and _COMMA_RUN_ON.search(line):
        letters = {m.end(1) for m in _LETTERS_WITH_A_COMMA.finditer(line)} if "&" in line else set()
        line = _COMMA_RUN_ON.sub(lambda found: ", " if found.start() and line[found.start() - 1].isalpha() and found.start() not in letters else ",", line)
    if line.isascii():
        return line
    if run_together and _RUN_TOGETHER.search(line):
        line = _split_turning_words(line)
    # Most lines have no such word: the substitution (a call per long capitalised word) is
    # made only where one of them is split.
    if all(_name_then_word(word) == word for word in _LONG_CAPITALISED_WORD.findall(line)):
        return line
    return _LONG_CAPITALISED_WORD.sub(lambda found: _name_then_word(found.group(0)), line)


_CITY_STAMPS = frozenset({"TP HCM", "TP.HCM", "TPHCM"})  # (as the stamp writes the city: "TP HCMDoanh nghiệp …")


@functools.lru_cache(maxsize=8)
def _glued_dateline(vocabulary: Vocabulary) -> re.Pattern:
    places = sorted(vocabulary.places | _CITY_STAMPS, key=len, reverse=True)
    return re.compile(rf"^({'|'.join(map(re.escape, places))})(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])", re.MULTILINE)


def _dateline_set_off(text: str, vocabulary: Vocabulary) -> str:
    """A paragraph opened by the place it was filed from, run into its first word as a
    page's location stamp copies ("Hà NộiFestival Guitar …", "TP HCMCa sĩ …", "Cần
    ThơKhoảng …"): the place set off by a dash, as a dateline is printed."""
    if not _RUN_TOGETHER.search(text) and not _CAPITALS_THEN_LOWER.search(text):
        return text
    return _glued_dateline(vocabulary).sub(r"\1 - ", text)


def _credit_spaced(found: re.Match) -> str:
    start, line = found.start(), found.string
    before = " " if start and line[start - 1].isalpha() else ""
    return f"{before}({found.group(1)} " if found.group(1) else f"{before}("


def _split_turning_words(line: str) -> str:
    """_TURNING_WORD.sub(_split_at_case_turns, line), the pattern tried only at the start of
    each word in which the case turns (it opens with a word boundary: run over a whole
    text, it was tried at every character). A match is the whole run of letters its turn is
    in, from a word boundary."""
    pieces, done = [], 0
    for turn in _RUN_TOGETHER.finditer(line):
        if turn.start() < done:
            continue  # (a second turn of a word already split)
        start = turn.start() - 1
        while start > 0 and line[start - 1].isalnum() and not line[start - 1].isdecimal():  # ([^\W\d_], a letter)
            start -= 1
        found = _TURNING_WORD.match(line, start)
        if found:
            pieces += [line[done:start], _split_at_case_turns(found)]
            done = found.end()
    return "".join(pieces) + line[done:] if pieces else line


def _split_at_case_turns(found: re.Match) -> str:
    word = found.group(0)
    parts = _CASE_TURN.split(word)
    # (in plain letters only after a lower-case word of three letters or more: "mầm nonAn Bình",
    # not a brand's "MoMo", "iPhone", "eFinance")
    if all(len(part) >= 2 and is_vietnamese_syllable(part) for part in parts) and (
            not word.isascii() or word[0].islower() and len(parts[0]) >= 3):
        return " ".join(parts)
    return word


def _headline_set_off(first: str) -> list[str]:
    """[headline, "", sapo] where a glued line's first sentence opens with a headline and
    a space, then a sapo that opens as a sapo does: a time of day and its date ("Chiều
    21/12, …"), "Ông"/"Bà" and a name, a capital after the headline's closing quote
    ("… vụ VN Pharma' Thứ trưởng …"), or a quotation longer than a headline after a headline
    that names its speaker ("Bộ trưởng Đào Ngọc Dung: Chỉ tiêu … tăng cao “Chỉ tiêu về niềm
    tin … vừa qua …”. Bộ trưởng …"); else [first]."""
    words = first.split(" ")
    for k in range(_GLUED_HEADLINE_WORDS[0], min(_GLUED_HEADLINE_WORDS[1], len(words) - _SAPO_AFTER_HEADLINE_WORDS) + 1):
        previous, word, following = words[k - 1], words[k], words[k + 1]
        if previous[-1:] in ".!?;,…":
            return [first]  # (the headline ends in no mark: a sentence has begun)
        headline = " ".join(words[:k])
        opens = word in _SAPO_TIMES and bool(_SAPO_TIME_DATE.match(following)) and "," in " ".join(words[k + 1:k + 4]) \
            or word in ("Ông", "Bà") and following[:1].isupper() and previous.islower() \
            or previous[-1:] in _CLOSING_QUOTES and word[:1].isupper() and any(q in headline[:-1] for q in _OPENING_QUOTES) \
            or word[:1] in _OPENING_QUOTES and ":" in headline[:-1] and previous[-1:] != ":" and not any(q in headline for q in _OPENING_QUOTES) \
            and _quoted_words(words[k:]) > _GLUED_HEADLINE_WORDS[1]
        if opens:
            return [headline, "", " ".join(words[k:])]
    return [first]


def _quoted_words(words: list[str]) -> int:
    """How many words the quotation opening at words[0] runs to before it closes (all, if it does not)."""
    closing = _CLOSING_QUOTE_OF.get(words[0][:1], "”")
    return next((n + 1 for n, word in enumerate(words) if word.rstrip(".,;:!?…")[-1:] in closing), len(words))


_CLOSING_QUOTE_OF = {"“": "”", '"': '"', "'": "'’", "‘": "’"}


_GLUED_HEADLINE_WORDS = (4, 25)
_SAPO_AFTER_HEADLINE_WORDS = 12
_SAPO_TIMES = frozenset({"Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày", "Hôm"})
_SAPO_TIME_DATE = re.compile(r"^(?:nay|qua|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?),?$")
_CLOSING_QUOTES = ("'", "’", "”", '"')
_OPENING_QUOTES = ("'", "‘", "“", '"')


def _unglued(line: str) -> list[str]:
    """The paragraphs of a line whose breaks a crawler dropped; any other line as it is."""
    if len(line) < _GLUED_LONG_LINE or len(_GLUED_MARK.findall(line)) < _GLUED_AT_LEAST:
        return [line]
    parts = [part.strip() for part in _GLUED.split(line)]
    return [piece for part in parts for piece in (part, "")]


# A crawl that kept the body on one line keeps its signature there too: "… sơ tán.
# THIỆN ĐẠO (Theo AFP, ABC)", "… giá xăng dầu vẫn trong tình trạng bao cấp. Thanh Hương
# PHẢN HỒI" (the comment button's label after it); not an initial's stop ("T. Tuyền").
_LAST_SENTENCE_END = re.compile(r"(?<=[^\W\d_][.!?…])(?<![\s.][^\W\d_]\.)([”\"]?)\s+(?=\S[^.!?…]*$)|(?<=\d[.!?…])\s+(?=\S[^.!?…]{0,8}$)")
_WIDGET_AFTER_SIGNATURE = re.compile(r"\s+(?:PHẢN HỒI|Email Print Góp ý|Tag\s*:\s[^.!?]*)\s*$")  # (and a tag box, "Tag : quá tải , công an , …")
_SIGNATURE_WORDS = 8
# A credit in brackets after a signature, not counted in its length: "Khánh Linh (Theo The Harvard
# Crimson, The New York Times)" (an outlet's name after it: not "(Theo quy định tại …)").
_BRACKETED_CREDIT = re.compile(rf"\((?:Theo|Nguồn):?\s+(?:[{UPPER_LETTERS}]|báo\b|tạp chí\b|đài\b|trang\b)[^()]*\)$")
_ONE_LINE_BODY = 1000  # (a whole article's body, not a long last paragraph)


def _glued_count(paragraph: str) -> re.Match | None:
    """_GLUED_COUNT's match, looked for only where the paragraph ends in a digit (before a
    last line end, as "$" reads it): most do not, and the pattern's ".{40,}" backtracks over
    the whole paragraph to find so."""
    last = paragraph[-2:-1] if paragraph.endswith("\n") else paragraph[-1:]
    return _GLUED_COUNT.match(paragraph) if last.isdecimal() else None


def _without_counted_teasers(paragraphs: list[str]) -> list[str]:
    """The paragraphs before a related box's teasers that end them, each with its count
    (or none, where one with its count stands right above it: a story no one has
    commented on yet). Not a numbered list's or a timeline's items: numbers that run 1, 2,
    3 … or years count no comments, and there the last item, with no number under it,
    ends the text."""
    tail = max(0, len(paragraphs) - _GLUED_COUNT_PARAGRAPHS)
    if sum(1 for p in paragraphs[tail:] if _glued_count(p)) >= 2:
        # "… rủ nhóm này cùng mua ma túy về sử dụng. 27": a copy that ran each teaser's count
        # into its summary; set apart, the box reads as one that kept them on lines of their own.
        split, origin = [], []
        for index, paragraph in enumerate(paragraphs):
            glued = _glued_count(paragraph) if index >= tail else None
            parts = glued.groups() if glued else (paragraph,)
            split += parts
            origin += [index] * len(parts)
        kept = len(_without_counted_teasers(split))
        if kept < len(split):
            return paragraphs[:origin[kept]]
    end = _teaser_box_start(paragraphs, uncounted_last=True)
    counts = [int(p) for p in paragraphs[end:] if _COMMENT_COUNT.fullmatch(p)]
    if len(counts) >= 2 and (all(b == a + 1 for a, b in zip(counts, counts[1:])) or all(_YEARS[0] <= c <= _YEARS[1] for c in counts)):
        end = _teaser_box_start(paragraphs, uncounted_last=False)
    return paragraphs[:end]


def _teaser_box_start(paragraphs: list[str], uncounted_last: bool) -> int:
    """Where the related box under the text starts (len(paragraphs) where there is none);
    with uncounted_last, its last teaser may have no count."""
    def counted(end: int) -> bool:
        return end >= 2 and bool(_COMMENT_COUNT.fullmatch(paragraphs[end - 1])) and len(paragraphs[end - 2].split()) >= _TEASER_WORDS

    end, cut = len(paragraphs), False
    while True:
        if counted(end):
            end, cut = end - 2, True
            if end >= 2 and _teaser_title(paragraphs[end - 1]) and paragraphs[end].endswith(_SENTENCE_END):
                end -= 1  # (a teaser's title on a line of its own, above its summary: a copy that kept them apart)
                if end >= 2 and _COMMENT_COUNT.fullmatch(paragraphs[end - 2]) and _columnists_name(paragraphs[end - 1]):
                    end -= 1  # (a column's teaser signed under its count: "… / 118 / Cấn Văn Lực / title / summary / 107")
        elif (cut or uncounted_last) and end >= 3 and _teaser_sized(paragraphs[end - 1]) and counted(end - 1):
            end -= 1
        else:
            return end - _uncounted_under_signature(paragraphs, end, boxed=cut)


def _teaser_title(paragraph: str) -> bool:
    """A related story's headline on its own line: a few words, no sentence's end, no
    signature nor credit in brackets ("Những phụ nữ giàu nhất hành tinh", not "Hà Thu (theo
    Forbes)")."""
    return _TEASER_TITLE_WORDS[0] <= len(paragraph.split()) <= _TEASER_TITLE_WORDS[1] and "(" not in paragraph \
        and not paragraph.endswith(_SENTENCE_END) and not _COMMENT_COUNT.fullmatch(paragraph) and not _looks_like_a_signature(paragraph)


def _columnists_name(paragraph: str) -> bool:
    """A name alone on its line, two to four capitalised words ("Trần Hữu Hiệp")."""
    words = paragraph.split()
    return 2 <= len(words) <= 4 and all(word[:1].isupper() and word.isalpha() for word in words)


def _teaser_sized(paragraph: str) -> bool:
    return _TEASER_WORDS <= len(paragraph.split()) <= _TEASER_WORDS_MOST


# Teasers with no comments yet show no count: a few of them together above the counted
# ones, right under the signature that closes the text ("Thùy Lâm (Theo Guardian, CNN)").
_UNCOUNTED_TEASERS_MOST = 4
_SIGNATURE_WORDS_MOST = 12
_SIGNED_TEXT_PARAGRAPHS = 2  # (the text a signature closes, above it)


def _uncounted_under_signature(paragraphs: list[str], end: int, boxed: bool) -> int:
    """How many paragraphs of teasers with no count (counted ones may stand among them)
    lie between a signature and end (0 where no signature line closes the text above them).
    Boxed: counted teasers follow from end on."""
    k, teasers = end, 0
    while k >= 2:
        if _COMMENT_COUNT.fullmatch(paragraphs[k - 1]) and _teaser_sized(paragraphs[k - 2]) and teasers:
            k, boxed = k - 1, True  # (a teaser that has its count, among those that have none)
            continue
        if teasers == _UNCOUNTED_TEASERS_MOST or not _teaser_sized(paragraphs[k - 1]) or not paragraphs[k - 1].endswith(_SENTENCE_END):
            return 0
        k, teasers = k - 1, teasers + 1
        signature = paragraphs[k - 1]
        if _looks_like_a_signature(signature) and not signature.endswith(".") \
                and not any(signature in teaser for teaser in paragraphs[k:end]) \
                and (boxed or _closes_the_text(signature, paragraphs[:k - 1], paragraphs[k:end])):
            # (not "HCM.", a sentence's end on a line of its own; nor "Tuấn Trần" over the
            # caption that names him: a subhead)
            return end - k
    return 0


def _closes_the_text(signature: str, above: list[str], below: list[str]) -> bool:
    """With no count in sight, whether a signature closes the text and what follows is
    teasers: a writer's name over a text of some paragraphs, and nothing below goes on with
    it (not a reader's letter signed, then the reporter's "Trao đổi với phóng viên, …"; a
    reader's question, then "Trả lời: …"; a profile's name, then "Anh được …"; a digest's
    "Theo TTXVN" between two items; an outlet's name under the headline, the lead below)."""
    return not _CREDIT_ALONE.match(signature) and sum(p.endswith(_SENTENCE_END) for p in above) >= _SIGNED_TEXT_PARAGRAPHS \
        and not any(_GOES_ON.match(paragraph) for paragraph in below)


_CREDIT_ALONE = re.compile(r"^\(?\s*(?:theo|nguồn)\b", re.IGNORECASE)
# What opens a paragraph that goes on with the text above: an answer, the reporter's
# follow-up, someone the text spoke of ("Anh được …", "Ông cho biết …"), a connective.
_GOES_ON = re.compile(r"^(?:Trả lời|Đáp|Trao đổi|Về vấn đề này|Liên quan đến|Theo (?:ông|bà|anh|chị|lãnh đạo)\b"
                      r"|(?:Ông|Bà|Anh|Chị|Em|Cô|Thầy|Họ|Nó)\s+(?:cho biết|nói|được|đã|là|cũng|từng|vẫn|chia sẻ|kể|khẳng định)\b"
                      r"|(?:Tuy nhiên|Ngoài ra|Bên cạnh đó|Đồng thời|Cũng theo|Vì vậy|Do đó|Như vậy|Còn|Nhưng|Và)\b)")


# "Minh Anh tổng hợp": the compiler's note after a name, with no brackets.
_COMPILED_BY = re.compile(r"\s+tổng\s+hợp\s*$", re.IGNORECASE)


def _looks_like_a_signature(line: str) -> bool:
    """A line that signs the text (see credits.signs_a_text); not a subhead ("Chuyên gia
    khuyến cáo thận trọng")."""
    return len(line.split()) <= _SIGNATURE_WORDS_MOST and signs_a_text(_COMPILED_BY.sub("", line))


def _signature_split_off(paragraphs: list[str]) -> list[str]:
    """The last paragraph's short unstopped tail after its last sentence, as a line of
    its own, where the whole body came as one line."""
    if not paragraphs or len(paragraphs[-1]) < _GLUED_LONG_LINE:
        return paragraphs
    last = _WIDGET_AFTER_SIGNATURE.sub("", paragraphs[-1])
    cut = None
    for cut in _LAST_SENTENCE_END.finditer(last):
        pass
    tail = last[cut.end():] if cut else ""
    if not tail or len(_BRACKETED_CREDIT.sub("", tail).split()) > _SIGNATURE_WORDS or tail[:1].islower() \
            or any(tail in paragraph for paragraph in paragraphs[:-1]) or tail in last[:cut.start()] \
            or len(last) < _ONE_LINE_BODY and not credited_name(tail):
        # (not "Như Nguyễn Du từng viết: “…” Nguyễn Du": whom the text quotes; under a
        # whole article's length, only a credit: "(Theo thethao247)")
        return paragraphs[:-1] + [last]
    sentence_end = cut.end(1) if cut.group(1) is not None else cut.start()  # (its closing quote kept)
    return paragraphs[:-1] + [last[:sentence_end], tail]


def _headline_set_last(paragraphs: list[str]) -> bool:
    """Whether a record that opens on its address and its lead, no headline above it, ends
    with its headline (its fields in their keys' order: url, content, title): a
    line of a headline's length, no sentence nor anyone's signature, most of whose words the
    lead says ("Giám đốc Cty CIMCO bị bắt vì lừa đảo 47 tỷ
    đồng" under "… Lệnh bắt tạm giam đối với Chu Minh Ngọc- Giám đốc Công ty CIMCO …")."""
    if len(paragraphs) < 3:
        return False
    last = paragraphs[-1]
    words = headline_words(last).split()
    if not _HEADLINE_LAST_WORDS[0] <= len(words) <= _HEADLINE_LAST_WORDS[1] or last.rstrip().endswith((".", ":", ";")) \
            or not last[:1].isupper() \
            or dates.page_date(last) or is_section_line(last) or any(split_tail([last])[1:]) or signs_a_text(last) \
            or is_body_signature(last):  # (not the unit that signs it: "Ban Tuyên giáo Huyện ủy Nam Đàn")
        return False
    opening = set(headline_words(" ".join(paragraphs[:2])).split())
    return sum(word in opening for word in words) >= _HEADLINE_IN_LEAD_SHARE * len(words)


_HEADLINE_LAST_WORDS = (5, 30)
_HEADLINE_IN_LEAD_SHARE = 0.5


def _outlet_dot_author(line: str) -> tuple[str, str] | None:
    """(byline, outlet) of a header's credit line that sets the outlet, a middle dot, then the
    author ("Chinhphu.vn · Thiện Tâm", as a site that imports another's news prints it), else None."""
    outlet, dot, author = line.partition(" · ")
    if not dot or not is_site_address(outlet.strip()):
        return None  # (an outlet by its name may be followed by its section: "Nhân Dân · Bình Luận")
    byline = split_tail([author.strip()])[1]
    return (byline, outlet.strip()) if byline else None


def _read_credit(credit: str) -> tuple[str | None, str | None]:
    """(byline, outlet) of the credit on a date line: "Linh Chi, Theo Lao động"."""
    _, byline, source = split_tail([part.strip() for part in re.split(r",\s*(?=theo\b)", credit, flags=re.IGNORECASE)])
    author, comma, outlet = credit.partition(",")
    if not (byline or source) and comma and outlet.strip()[:1].isupper():
        # "Thế Duyệt, Đời sống Pháp luật": the author, then his outlet (a name no one's)
        author_name = split_tail([author.strip()])[1]
        if author_name and split_tail([outlet.strip()])[1] is None:
            return author_name, outlet.strip()
    return byline, source


def _signs_below(name: str, body: list[str]) -> bool:
    """The name stands alone as a paragraph of the text, or credits one of its photos."""
    return any(paragraph == name or paragraph.rstrip(" .)").endswith(name) and ends_in_photo_credit(paragraph) for paragraph in body)


def _paragraphs(lines: list[str]) -> list[str]:
    """Non-blank lines are paragraphs, except that a line ending in a comma or dash, or a
    line that starts in lower case, continues the one before (a caption wrapped in two;
    not a row of share buttons under a section: "Pháp luật", then "chia sẻ text in báo …")."""
    paragraphs: list[str] = []
    previous_blank = True
    for line in lines:
        if not line:
            previous_blank = True
            continue
        if paragraphs and not previous_blank and (paragraphs[-1].endswith(_CONTINUES) or line[:1].islower() and not is_share_line(line)) \
                and not ADDRESS_LINE.match(line) and not (line[:1].islower() and _is_date_line(line)):
            # (a page's address under its headline is a line of its own, as is a date line that
            # opens on its weekday in lower case: "thứ tư, 16 08 2017 10:08")
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        elif paragraphs and len(paragraphs[-1]) == 1 and paragraphs[-1].isupper() and line[:1].islower() \
                and is_vietnamese_syllable(paragraphs[-1] + line.split(" ", 1)[0].rstrip(",.;:")):
            paragraphs[-1] += line  # a drop cap set apart from its paragraph: "C", then "ông đoàn Công thương …"
        else:
            paragraphs.append(line)
        previous_blank = False
    return paragraphs


def _pasted_page_opening(paragraphs: list[str], vocabulary: Vocabulary) -> tuple[int, int]:
    """Where a whole page's article opens under its menus, and where its lead is: a few lines (a
    section, a kicker, the headline) above the first date line that a lead follows within a few
    lines (the headline, the authors, a share line, another date line between); or (0, 0)."""
    for index in range(_HEADER_PARAGRAPHS, min(len(paragraphs), _PASTED_PAGE_PARAGRAPHS)):
        if dates.page_date(paragraphs[index]) or dates.credited_page_date(paragraphs[index]):
            lead = _lead_under(paragraphs, index, vocabulary)
            if lead:
                return index - _LINES_ABOVE_THE_DATE_LINE, lead
    return 0, 0


def _lead_under(paragraphs: list[str], date_line: int, vocabulary: Vocabulary) -> int:
    """The lead that follows a date line within a few lines, or 0."""
    return next((k for k in range(date_line + 1, min(len(paragraphs), date_line + 1 + _DATE_LINE_TO_LEAD))
                 if _is_lead(paragraphs[k], vocabulary) and not dates.page_date(paragraphs[k])), 0)


def _leads_its_article(paragraphs: list[str], date_line: int, vocabulary: Vocabulary) -> bool:
    """Whether a lead follows the date line closely, with no other date line between."""
    lead = _lead_under(paragraphs, date_line, vocabulary)
    return bool(lead) and not any(dates.page_date(p) or dates.credited_page_date(p) for p in paragraphs[date_line + 1:lead])


def _pasted_article_end(paragraphs: list[str], lead: int, vocabulary: Vocabulary) -> int:
    """Where a pasted page's article ends: after the first line under the lead that signs it
    ("Tâm Hằng (TTXVN)", "Hà Thu (tổng hợp)") right after a sentence, where no sentence of the
    text follows it (a subheading, "Quảng Bình", a place or a man's name, does); else its last line."""
    for index in range(lead + 1, len(paragraphs)):
        line = paragraphs[index]
        if len(line.split()) <= _SIGNATURE_WORDS and paragraphs[index - 1].rstrip(" ”\"").endswith(_SENTENCE_END) \
                and not is_section_line(line) and normalise(line) not in vocabulary.places \
                and not (index + 1 < len(paragraphs) and _is_prose(paragraphs[index + 1])):  # (not "Thông báo", a list's section)
            left, names, outlet = split_tail([line])
            if not left and (names or outlet):
                return index + 1
    return len(paragraphs)


def _is_prose(paragraph: str) -> bool:
    """A paragraph of the text: a sentence of a lead's length or more, closed by a full stop."""
    return len(paragraph.split()) >= _LEAD_WORDS and paragraph.rstrip(" ”\"").endswith(".")


_SIGNATURE_WORDS = 12
_WORDS_AFTER_A_PREFIX = 6


@functools.lru_cache(maxsize=256)  # (each paragraph above the lead is asked of again as the header is read)
def _is_lead(paragraph: str, vocabulary: Vocabulary) -> bool:
    """The lead opens the article proper: an outlet prefix, a dated opening, or simply
    a full sentence of some length (a headline does not end in a full stop)."""
    outlet, rest = lead_source(paragraph, vocabulary)
    if outlet:
        # (a sentence after the prefix; not an advertisement's name: "DT - Yoga - 1920x250 - 040626")
        return len(rest.split()) >= _WORDS_AFTER_A_PREFIX or rest.rstrip().endswith(_SENTENCE_END)
    place, dash, after = paragraph.partition(" - ")
    if dash and normalise(place) in vocabulary.places and after[:1].isupper() and paragraph.rstrip().endswith(".") \
            and len(paragraph.split()) >= _PLACED_SAPO_WORDS \
            and not any(normalise(" ".join(after.split()[:n])) in vocabulary.places for n in (1, 2, 3)):
        # "Qatar - Bị hủy bàn vì VAR, …": the place it was filed from opens the sapo (not "Việt Nam - Nhật
        # Bản …", nor a headline set so: "Hà Nội - Bao giờ hết ngập?")
        return True
    if dates.anchored_dates(paragraph[:60]) and re.match(r"^\W*(?:\w+\s+){0,3}\w+\s*[,(]?\s*\(?\s*\d", paragraph) \
            and not _DATED_HEADLINE.match(paragraph) \
            and (paragraph.rstrip().endswith(_SENTENCE_END + (":",)) or len(paragraph.split()) >= _UNSTOPPED_DATED_LEAD_WORDS):
        return True  # (not "Tối 2/11, hoàn thành cầu tạm thay thế cầu Cây Sung bị sập": a headline, no full stop)
    if len(paragraph.split()) < _LEAD_WORDS:
        return False
    # Two sentences are no headline, even where a copy cut the second one short; nor is a long
    # one that opens a list ("… khởi tố 17 bị can về 05 tội danh, gồm:").
    return paragraph.rstrip().endswith(_SENTENCE_END + (":", ";")) or bool(_SENTENCE_INSIDE.search(paragraph))


# "Từ 13h30 ngày 2/11: Cho phép xe mô tô … qua cầu Sông Lô": a headline that opens with
# when it applies; a lead goes on after its date with a comma, never a colon.
_DATED_HEADLINE = re.compile(r"^[^.:,;]{0,40}\d(?:[./-]\d{1,4})*[^.:,;]{0,12}:\s")  # (and "Giá vàng hôm nay 21.2: …")
_UNSTOPPED_DATED_LEAD_WORDS = 16
_PLACED_SAPO_WORDS = 12
_HEADLINE_ABOVE_PLACE_WORDS = 5  # (not a label of four: "Điểm đến mùa thu", then "Hà Giang")


def _opens_an_answer(paragraph: str) -> bool:
    """The line that opens a reply to a reader: a sentence ending in a colon (a headline never
    does, and a kicker that does is short), or "Trả lời:" alone."""
    return paragraph.endswith(":") and (len(paragraph.split()) >= _ANSWER_OPENING_WORDS or paragraph.rstrip(" :").lower() in ("trả lời", "đáp"))


def _is_subheading(paragraph: str) -> bool:
    return len(paragraph.split()) <= _SUBHEADING_WORDS and not paragraph.rstrip().endswith(_SENTENCE_END + (":",))


_SUBHEADING_WORDS = 12
_KICKER_WORDS = 3
_SECTION_WORDS = 4
_QUOTE_CLOSED = re.compile(r"[.!?…][\"”]\.?$")


def _sapo_under_headline(first: str, second: str) -> bool:
    """A headline of its own (no kicker's colon, no kicker's few words), then a line
    longer than headlines run: the sapo, though it ends in no full stop."""
    first_words, second_words = len(first.split()), len(second.split())
    if first.rstrip().endswith(":"):
        return False
    if first_words >= _SHORTEST_HEADLINE_WORDS and second_words >= _STOPPED_SAPO_WORDS and _ONE_FULL_STOP_AT_END.search(second) \
            and not first.rstrip().endswith(_SENTENCE_END):
        return True  # "Long An còn gần 2.700 hộ nghèo", then a sentence that ends in a full stop: no headline does
    if first_words < _HEADLINE_WORDS:
        return False
    return second_words >= max(_SAPO_UNDER_WHOLE_HEADLINE_WORDS, 1.5 * first_words)


def _sapo_under_date_line(above: str, below: str) -> bool:
    """A headline of any length above the date line, then a sentence of a sapo's length
    under it ("20 năm chờ điện", the date line, "Mỗi tối, 120 hộ dân … mơ ước"): the sapo,
    not a headline under a kicker (a kicker and its headline are rarely parted by a date)."""
    above_words, below_words = len(above.split()), len(below.split())
    return not above.rstrip().endswith(":") and below_words >= _SAPO_UNDER_HEADLINE_WORDS and below_words >= 2 * above_words


_HEADLINE_WORDS = 8
_WHOLE_HEADLINE_WORDS = 12
_LONG_SUBHEADING_WORDS = 18
_SAPO_UNDER_HEADLINE_WORDS = 24
# (under a headline of eight words or more: "Ronaldo: 'Đôi khi chúng tôi phải phá hủy vài thứ'", then a sapo of 22)
_SAPO_UNDER_WHOLE_HEADLINE_WORDS = 20
_SHORTEST_HEADLINE_WORDS = 4
_STOPPED_SAPO_WORDS = 12
_ONE_FULL_STOP_AT_END = re.compile(r"[^.…]\.$")


def _subheading_under_date_line(above: str, below: str) -> bool:
    """A whole headline above the date line and a shorter line under it: the body's first
    subheading, where a crawl kept no sapo (not an event's name above the date line, "Đại
    hội đại biểu Đảng bộ tỉnh … lần thứ XX, nhiệm kỳ 2025 - 2030" over "Khai mạc trọng thể
    Đại hội": a kicker, then the headline)."""
    above_words, below_words = len(above.split()), len(below.split())
    shorter = below_words <= _SUBHEADING_WORDS and below_words < above_words
    # (under a headline of a dozen words or more, a subheading of any usual length: "Đoàn đàm
    # phán Việt Nam làm việc với nhiều doanh nghiệp Mỹ", the date line, "Thúc đẩy hợp tác lĩnh
    # vực năng lượng, hàng không vũ trụ, hạ tầng số")
    under_whole = above_words >= _WHOLE_HEADLINE_WORDS and below_words <= _LONG_SUBHEADING_WORDS
    return above_words >= _HEADLINE_WORDS and (shorter or under_whole) and not _NAMES_AN_EVENT.search(above)


# An event's name: a congress, a session, a conference, numbered or with its term.
_NAMES_AN_EVENT = re.compile(r"^(?:Đại hội|Kỳ họp|Hội nghị|Hội thảo|Lễ hội|Liên hoan|Diễn đàn)\b[^:]*$")  # (no headline after a colon)


def _subheading_under_headline(first: str, second: str) -> bool:
    return not first.rstrip().endswith(":") and len(first.split()) > len(second.split())


def _is_section_or_tag(line: str, under_crawl_stamp: bool) -> bool:
    """"Hàng không", "CLIP NÓNG" above the headline: a section or a tag, no kicker (one has a
    colon or three words at least); and a crawl's "Điện tử gia dụng", "Mẹ và bé" under its
    time stamp, where its record puts the category (under a page's date line, "Siêu bão
    Yagi" may be a kicker)."""
    if line.endswith(":"):
        return False
    words = len(line.split())
    return words < _KICKER_WORDS or under_crawl_stamp and words <= _SECTION_WORDS and not re.search(r"\d", line)


def _related_box(paragraphs: list[str], lead_at: int, vocabulary: Vocabulary) -> tuple[int, int]:
    """(where the sapo stands, where the body's lead stands) around a box of related
    headlines between them, or (0, lead_at): the box above the lead found, or under a sapo
    that was taken for the lead (a sentence of a sapo's length)."""
    boxed_at = _sapo_above_related_box(paragraphs[:lead_at])
    if boxed_at or lead_at >= len(paragraphs) or not _is_short_lead(paragraphs[lead_at]) \
            or len(paragraphs[lead_at].split()) >= _SAPO_ABOVE_BOX_WORDS:
        return boxed_at, lead_at
    next_lead = next((i for i in range(lead_at + 1, min(len(paragraphs), lead_at + _HEADER_PARAGRAPHS))
                      if _is_lead(paragraphs[i], vocabulary)), None)
    if next_lead and _sapo_above_related_box(paragraphs[:next_lead]) == lead_at:
        return lead_at, next_lead
    return 0, lead_at


def _sapo_above_related_box(header: list[str]) -> int:
    """Where the sapo stands in a header that ends in a box of related headlines under it
    (a sentence with its full stop, then two headlines or more, none a sentence nor a
    caption: "… Washington DC. Ảnh BNG"), or 0."""
    for k in range(1, len(header) - _RELATED_BOX_HEADLINES + 1):
        box = header[k + 1:]
        if _is_short_lead(header[k]) and len(box) >= _RELATED_BOX_HEADLINES and all(
            _RELATED_BOX_TITLE_WORDS <= len(line.split()) <= _RELATED_HEADLINE_WORDS and not line.rstrip().endswith(_SENTENCE_END + (":",))
            and not _FULL_STOP_INSIDE.search(line) and not looks_like_caption(line) and not ends_in_photo_credit(line) for line in box
        ):
            return k
    return 0


_RELATED_BOX_HEADLINES = 2
_SAPO_ABOVE_BOX_WORDS = 45  # (a sapo runs a sentence or two)
_FULL_STOP_INSIDE = re.compile(r"(?<!\.)\.\s")  # (not an ellipsis: "Thầy Park... thua học trò")
_RELATED_HEADLINE_WORDS = 25


def _is_short_lead(paragraph: str) -> bool:
    return len(paragraph.split()) >= _SHORT_LEAD_WORDS and paragraph.rstrip().endswith(".") and not paragraph.rstrip().endswith("..")


def _is_cut_sapo(paragraph: str, above: list[str]) -> bool:
    """A sapo cut short, as an aggregator keeps one ("… khối doanh nghiệp tư nhân đang mất
    dần vị thế ..."), under a headline of its own (not under a tag line, "CLIP NÓNG", above
    a long headline that trails off)."""
    headline = above[-1] if above else ""
    last = paragraph.split()[-1] if paragraph.split() else ""
    # (or cut at a fixed length, as a site's database keeps it: after a comma, "… trên THVL1,",
    # or inside a word, "… có tổng giá trị giải thưởng g")
    cut = paragraph.rstrip().endswith(("...", "…", ",")) or len(last) <= 2 and last.isalpha() and not is_vietnamese_syllable(last)
    return len(paragraph.split()) >= _SAPO_WORDS and cut and len(headline.split()) >= _UNDER_TAG_WORDS and not headline.isupper()


_SAPO_WORDS = 14
# No headline runs this long (the corpus's longest, 38 words): a sapo that lost its full stop.
_LONGER_THAN_A_HEADLINE_WORDS = 45
_UNDER_TAG_WORDS = 5
_SHORT_LEAD_WORDS = 10
_SENTENCE_INSIDE = re.compile(rf"[{LOWER_LETTERS}\d]{{2}}[.!?](?:\s+|>\s*)[{UPPER_LETTERS}]")  # (and a related link glued on: "… vào năm 2014.> Tàu ngầm …")


def _author_under_sapo(paragraphs: list[str], lead_at: int, title: str | None, vocabulary: Vocabulary) -> str | None:
    """The author the line under the sapo (paragraphs[lead_at]) names, over the date line: persons'
    names alone, no place (not "Ba Vì", where the story is filed from, nor the ward the headline
    names), under no reader's question, in a text that no signature closes (which is the author's)."""
    line, sapo = paragraphs[lead_at + 1], paragraphs[lead_at]
    author = author_line(line)
    if not author or is_place_alone(line, vocabulary) or sapo.rstrip().endswith("?"):
        return None
    # (each name with its family name first or last: "Trọng Nguyễn", "Văn Trọng"; not "Ba Vì", "Đà Lạt")
    if not all(name.split()[0] in vocabulary.family_names or name.split()[-1] in vocabulary.family_names for name in author.split(", ")):
        return None
    named, written = normalise(line).lower(), normalise(" ".join(paragraphs[:lead_at] + paragraphs[lead_at + 2:])).lower()
    if named in normalise(f"{title or ''} {sapo}").lower() or any(f"{unit} {named}" in written for unit in vocabulary.admin_units):
        return None  # (the ward the headline names; a place the text names after its unit: "huyện Quỳnh Lưu")
    return author if split_tail(paragraphs[lead_at + 2:])[1] is None else None


def _could_be_byline(text: str, is_last: bool) -> bool:
    return is_last and len(text.split()) <= 5
