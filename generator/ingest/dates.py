"""Dates in Vietnamese news: the page's header date, the event's date in the lead, and
the year of a lead that gives only day and month, read from the article's context.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..vietnamese import LOWER_LETTERS, UPPER_LETTERS

_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
_FULL_DATE = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
# The times of day that mark a date as the day of what is told ("Sáng 1/4", "hôm qua (1/4)").
_DAYTIME = r"sáng|chiều|trưa|tối|đêm|rạng|hôm\s+(?:nay|qua)"

# A header line is a date with nothing but these around it: "Chủ nhật, 23/02/2020",
# "Thứ 6, 21/03/2025 | 15:45", "25-08-2023, 20:25 (GMT+7)", "Cập nhật lúc 10:15 ngày
# 12/3/2021", "2024-10-25 15:03:31", "Thứ Bảy, 18/12/2021, 21:07 [GMT+7]", "11 Tháng 4, 2023"
# (WordPress's Vietnamese "j F, Y"), "29 tháng 11 2016" (BBC Tiếng Việt's).
_HEADER_DATE = re.compile(
    rf"(?<!\d)(?:{_FULL_DATE}|(?P<sd>\d{{1,2}})(?P<ssep>[/-])(?P<sm>\d{{1,2}})(?P=ssep)(?P<sy>\d\d)(?![\d/-])|(?P<iy>\d{{4}})(?P<isep>[-/])(?P<im>\d{{1,2}})(?P=isep)(?P<id>\d{{1,2}})(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
    r"|(?:ngày\s+)?(?P<wd>\d{1,2})\s+tháng\s+(?P<wm>\d{1,2})(?:\s+năm\s+|\s*,\s*|\s+)(?P<wy>\d{4}))(?!\d)",
    re.IGNORECASE,
)
_HEADER_NOISE = re.compile(
    rf"{_WEEKDAY}|\d{{1,2}}\s*(?::|h)\s*\d{{2}}(?::\d{{2}}(?:\.\d{{1,6}})?)?(?:[+-]\d\d(?::?\d\d)?(?!\d))?(?:\s*(?:sa|ch|am|pm)\b)?|\(?\[?\s*gmt\s*[+-]\s*\d+(?::\d\d)?\s*\]?\)?|"
    # (a database's offset glued to the time: "2026-01-05 00:00:00+00")
    # "lúc20:10": a word glued to the time that follows it.
    # (and a repost's "Ngày giờ đăng bài viết gốc: 13/10/2025 6:54 AM": when the original was posted)
    # ("Ngày đăng tin: 06.08.2019 08:09", "Ngày đăng bài": a portal's stamp under its headline)
    r"\b(?:cập\s+nhật|ngày\s+đăng(?:\s+(?:tin|bài))?|đăng\s+ngày|đăng\s+lúc|xuất\s+bản|bài\s+(?:viết\s+)?gốc|đăng|lúc|ngày|giờ|thứ)(?:\b|(?=\d))|[\W_]"
    r"|\bchia\s+sẻ\s*$",  # (the share button at the row's end: "23/04/2023 20:12 GMT+7 Chia sẻ")
    re.IGNORECASE,
)
_HEADER_MAX = 90
# A page's count of its readers beside its date: "• 96 lượt xem", "| Lượt xem: 1.234".
# (a number standing alone before "lượt": not the year of "23/08/2025 Lượt xem: 96")
_VIEW_COUNT = re.compile(r"(?:(?<![\d/.:-])\d[\d.,]*\s*(?:số\s+)?lượt\s+(?:người\s+)?(?:xem|đọc)"
                         r"|(?:số\s+)?lượt\s+(?:người\s+)?(?:xem|đọc)\s*:?\s*\d[\d.,]*)", re.IGNORECASE)
# Báo Mới's counts after the time on its line under the headline: its copies, its related stories.
_COPIES_AND_RELATED = r"(?:\s+\d+\s+đăng\s+lại)?(?:\s+\d+\s+liên\s+quan)?"
_AGGREGATOR_COUNTS = re.compile(rf"{_COPIES_AND_RELATED}\s+Gốc(?:\s+[^\W\d_][^\d]{{0,30}})?$")  # (and its topic's tag after it: "Gốc Hà Nội")
_SECTION_AFTER_BAR = re.compile(r"(?<=\d)(?:\s*(?:AM|PM|SA|CH))?\s+\|\s+[^\W\d_][^\d|]{1,24}$", re.IGNORECASE)
# An English-language theme's line round a date in figures: "post 29.09.2018 of VTG TRÊN BÁO
# CHÍ", "Posted on 29/09/2018 by admin" (its author or its category after it).
_POSTED_BEFORE = re.compile(r"\s*(?:posted|post|published)(?:\s+on)?\s*", re.IGNORECASE)
_POSTED_AFTER = re.compile(r"\s*(?:(?:by|in|of)\s+[^\d]{1,40})?\s*", re.IGNORECASE)
# A header line in an English-language theme's format (WordPress's by default): "January
# 24, 2019 at 8:40AM MST", "Posted on Jan 5, 2021", "Monday, 24 January 2019 10:15".
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_ENGLISH_DATE = re.compile(
    rf"\b(?:(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH_NAME}),?\s+(?P<year2>\d{{4}}))(?!\d)",
    re.IGNORECASE,
)
# A feed's time stamp: "Sat, 13 Jul 2024 21:00:00 +0700", "13 Jul 2024 14:00:00 GMT", "Tue, 23 Dec
# 25 06:00:00 +0700" (RFC 822's year of two digits, which the e-mail parser reads as 2025).
_FEED_STAMP = re.compile(
    r"^\s*(?:[a-z]{3,9},\s*)?\d{1,2}\s+[a-z]{3,9}\s+(?:\d{4}|\d\d)\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|[+-]\d\d|gmt|utc|ut|z)?\s*$", re.IGNORECASE)
# (an offset in hours alone, "+07", which the e-mail parser would read as minutes)
_HOURS_OFFSET = re.compile(r"([+-]\d\d)\s*$")
_ENGLISH_NOISE = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b|"
    r"\d{1,2}\s*:\s*\d{2}(?::\d{2})?\s*(?:am|pm)?|\b(?:at|on|posted|published|updated|last)\b|"
    r"\b(?:utc|gmt|ict|[ecmp][sd]t)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[\W_]",
    re.IGNORECASE,
)
# "thứ năm, 08 08 2019 08:51": a copy that lost the slashes, known by its weekday; and a
# WordPress theme's "thứ năm, 29 06, 2017" (PHP's "l, d m, Y").
_SPACED_DATE = re.compile(rf"^\s*(?:(?:cập\s+nhật|đăng)(?:\s+(?:lúc|ngày))?\s*:?\s*)?{_WEEKDAY}\s*,?\s*(\d{{1,2}})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)(?:\s+\d{{1,2}}:\d\d)?\s*$", re.IGNORECASE)
# Up to six capitalised words of names and "Theo <outlet>", then the time stamp.
_CREDIT_BEFORE_DATE = re.compile(
    r"(?P<credit>(?:[^\W\d_][\w.]*(?:[ ,]+|\s+[-–]\s+)){1,6}?(?:theo\s+[^\W\d_][\w ]{1,30}?)?)\s*[-|,•·]?\s*(?=\d{1,2}\s*[:h]\s*\d{2}|\d{1,2}/\d{1,2}/\d{2,4})",
    re.IGNORECASE,
)
_MAILBOX_AFTER_NAME = re.compile(r"\s*[-–|]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_UNIX_TIME = re.compile(r"^\s*1[0-9]{9}\s*$")
_AGENCY_OPENING = re.compile(r"^\s*\((?![\d\s./:-]+\))[^()]{2,30}\)")  # (not "(05.08.2019 16:32)", the stamp itself)
# A crawler's local time stamp made a file name: "02-03-2012_09-51-00".
_CRAWL_STAMP = re.compile(r"^\s*(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)_\d{1,2}-\d\d(?:-\d\d)?\s*$")
_ISO_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:\d\d)")
# The words that put a date on the event: "Sáng 4/10/2019", "Sáng nay (5/1)",
# "chiều nay, (25/9)", "Ngày 04/12/2019", "Hôm qua (4/1)", "Sáng thứ Hai (5/1)", "Sáng sớm 2/11", "khuya 27/3",
# and a market's session: "Chốt phiên giao dịch 22/12", "trong phiên giao dịch cuối tuần 24/10".
_ANCHOR = re.compile(
    rf"(?:\b(?:rạng\s+)?(?:sáng|chiều|trưa|tối|đêm|ngày|hôm|phiên(?:\s+giao\s+dịch)?(?:\s+(?:cuối|đầu)\s+(?:tuần|ngày))?|khuya)"
    rf"(?:\s+(?:sớm|muộn|khuya|tối|nay|qua|mai|kia))?"
    rf"(?:\s*,?\s*{_WEEKDAY})?|\bhôm\s+nay|\b{_WEEKDAY})\s*[,(]?\s*\(?\s*$"
    r"|\bhiện\s+nay\s*,?\s*\(\s*$"  # "hiện nay (2/11)", never "hiện nay 2/3 diện tích" (a fraction)
    r"|(?<=[^\W\d_])(?:sáng|chiều|trưa|tối)\s+$",  # (glued to the word before by a crawl: "tại buổi họp báochiều 28/10")
    re.IGNORECASE,
)
# "vào" before a day and month written with a slash: "Theo Reuters, vào 23/10, Nhà Trắng cho biết …"
# (not "vào 2-3 triệu năm trước", a span of numbers).
_INTO_DAY = re.compile(r"\bvào\s*$", re.IGNORECASE)
_SPAN_END_WITH_YEAR = re.compile(r"\s*[-–]\s*\d{1,2}\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})\b")
_YEAR_OF_TWO_DIGITS_LAST = 40  # ("ngày 06/12/19" is 2019, "ngày 15/7/65" 1965)
_DAY_MONTH = re.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})(?:"
    r"(?:\s*(?:[-–,]|và|đến(?:\s+ngày)?)\s*\d{1,2}(?=\s*[/.]\d|-(?:0?[1-9]|1[0-2])(?!\d|[/.-]\d{1,2}(?!\d))))?\s*[/.-]\s*(?P<m>\d{1,2})"
    r"(?:\s*[/.-]\s*(?P<y>\d{4})|/(?P<yy>\d{2}))?(?!\d|\s*%|[.,]\d|/\d|/\s*(?:\.\.\.|…))"  # (not "Ngày 31/8/ ...", cut short)
    r"|(?:\s*(?:và|,|-|–|đến(?:\s+ngày)?)\s*\d{1,2}){0,4}\s+tháng\s+(?P<m2>\d{1,2})"  # ("ngày 5 và 6 tháng 3"; "Sáng 13 tháng 2")
    r"(?:\s*(?:năm|,)\s*(?P<y2>\d{4}))?)",
    re.IGNORECASE,
)
# What a match of _DAY_MONTH holds: a number, then its mark and another (or "tháng", any case).
_DAY_MONTH_SHAPE = re.compile(r"\d\s*[/.-]\s*\d")
# The days of a meeting of several, with their year, in parentheses: "Sau hai ngày làm việc
# (11-12/10/2025), Đại hội …" (one full date there is as often an anniversary's: "(30/4/1975 -
# 30/4/2025)").
_DAYS_IN_PARENTHESES = re.compile(r"\((?:từ\s+)?\d{1,2}\s*[-–]\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\)")  # (and "trong 5 ngày (từ 22- 25/5/2025)")
# What a document's date sits behind: "Nghị quyết số 62-NQ/TU, ngày 29/5/2013" (a law, not
# "pháp luật", the law as a subject: "lớp học pháp luật giao thông đường bộ ngày 7/7").
_DOCUMENT = re.compile(
    r"(?:\bsố\s*\d[\w./&-]*|\d+[-/][A-ZĐ]{1,5}(?:[-/&][A-ZĐ]{1,6})+|\b(?:nghị\s+quyết|chỉ\s+thị|quyết\s+định|"
    r"kết\s+luận|thông\s+báo|kế\s+hoạch|công\s+văn|nghị\s+định|thông\s+tư|(?<!pháp\s)luật|chương\s+trình\s+hành\s+động|"
    r"đề\s+án|hướng\s+dẫn|tờ\s+trình|ban\s+hành|ký)\b[^.;,]{0,40})\s*,?\s*$",
    re.IGNORECASE,
)
# A paragraph further in that opens on a part of the page's day ("Đến chiều nay, 10 hộ dân …
# đã được di dời"); not "hôm nay", as often "nowadays" there, nor "chiều qua", as often the
# start of a span to now ("Từ chiều qua đến sáng nay, …").
_THIS_PART_OF_THE_DAY = re.compile(r"^\W*(?:\w+\s+)?(?:sáng|chiều|trưa|tối)\s+nay\b", re.IGNORECASE)
_RELATIVE_TODAY = re.compile(r"^\W*(?:\w+\s+)?(?:sáng|chiều|trưa|tối|hôm)\s+nay\b", re.IGNORECASE)
# Inside a lead's first sentence: "… cho biết sáng nay Triều Tiên phóng …", "Ông Trump hôm
# qua cho biết …", "Tại cuộc họp ở Toronto hôm thứ Sáu vừa qua, …" (translated wire copy
# dates by the weekday; its name written with a capital, not "hôm thứ ba của đợt mưa"), and
# a time of day before the weekday where it opens the sentence ("Sáng Chủ nhật, …").
_TOLD_DAY = re.compile(
    r"\b(?:(?P<today>(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)\s+nay|(?<!ngày )(?<!Ngày )[Hh]ôm\s+nay\b)|(?P<yesterday>(?:[Hh]ôm|[Ss]áng|[Cc]hiều|[Tt]ối|[Đđ]êm)\s+qua)"
    r"|(?:[Hh]ôm|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)\s+(?P<weekday>thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+nhật)(?P<last_week>\s+tuần\s+trước)?"
    r"(?!\s*(?:tới|sau|này|của|liên\s+tiếp|tuần\s+(?:sau|tới|này)|\(\s*\d|,?\s*\d)))\b"
)
# A subject before the weekday, as wire copy writes it ("Bộ Tài chính Mỹ hôm thứ Tư", "Tại
# cuộc họp ở Toronto hôm thứ Sáu"): two words at least, no quotation opened.
_TWO_WORDS = re.compile(r"\w\s+\w")
_QUOTES = frozenset('“”"')


def _told_by_a_subject(before: str) -> bool:
    return bool(_TWO_WORDS.search(before)) and not _QUOTES.intersection(before)


_SPAN_SINCE = re.compile(r"^\W*(?:(?:kể\s+)?từ\s+(?:khi|sau\s+khi|hôm|ngày)|trước\s+đó)\b", re.IGNORECASE)
_WILL_BEFORE = re.compile(r"\b(?:sẽ|dự kiến|dự định|vào)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_WEEKDAY_NUMBER = {"hai": 1, "ba": 2, "tư": 3, "năm": 4, "sáu": 5, "bảy": 6, "nhật": 7}


# "hôm nay" meaning up to now or nowadays: after "đến", "tới", "từ", or a short noun phrase opening
# its clause ("Quảng Trị hôm nay,", "Thế hệ trẻ hôm nay,", "Những gì chúng ta có được hôm nay,").
_NOWADAYS = re.compile(r"(?:\b(?:đến|tới|từ)\s*$|(?:^|,)\s*(?:(?!(?:trong|tại|trên|sau|theo)\b)(?:[^\s,]+\s+){0,2}[^\s,]+\s*|(?:những|điều)\b[^,]*)$)",
                       re.IGNORECASE)  # (not "Trong thông báo hôm nay, …": when it was said)
# … but the news's day after where it happened: "… gặp nhau tại Busan hôm nay, …".
_TODAY_AT_A_PLACE = re.compile(r"\b(?:tại|ở)\s+(?:[A-ZĐÀ-Ỹ][^\s,]*\s*){1,4}(?:trong\s+)?$")  # (and "… tại Miami trong hôm nay (giờ địa phương)")


# What a subject did "hôm nay", right after it: he said, confirmed, announced (not "Việt Nam hôm nay
# đã khác": nowadays).
# … or the meeting at which he said it, "hôm nay" last: "…, bà Hằng nói trong cuộc họp báo hôm nay".
_MEETING_TODAY = re.compile(r"\b(?:tại|trong)\s+(?:cuộc\s+|phiên\s+|buổi\s+)?(?:họp\s+báo|họp|hội\s+nghị|phiên\s+họp)(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
# Verbs of telling, shared by what was said today and the day the news was told.
_TELLING = r"cho\s+biết|thông\s+báo|công\s+bố|tuyên\s+bố|nói|phát\s+biểu"
_SAID_TODAY = re.compile(rf"\s*(?:đã\s+|vừa\s+)?(?:{_TELLING}|xác\s+nhận|khẳng\s+định|ký)\b", re.IGNORECASE)


def _told_day(sentence: str, page: dt.date, weekday_only: bool = False) -> dt.date | None:
    """The day a lead's first sentence tells of by "sáng nay", "hôm qua" or a past weekday."""
    for found in _TOLD_DAY.finditer(sentence):
        if weekday_only and (not found.group("weekday") or found.group("last_week") or not _told_by_a_subject(sentence[:found.start()])):
            # (further in, only a weekday a subject's sentence gives its news: "Bộ Tài chính Mỹ hôm
            # thứ Tư đã …"; not "Hôm thứ Tư, Man City đã thắng …", a match before, nor a quote's)
            continue
        if found.group("today"):
            if found.group(0)[:3].lower() == "hôm" and _NOWADAYS.search(sentence[:found.start()]) \
                    and not _TODAY_AT_A_PLACE.search(sentence[:found.start()]):
                continue  # "Cho đến hôm nay, …", "Quảng Trị hôm nay, …": up to now, nowadays (not "… tại Busan hôm nay, …")
            if found.group(0)[:3].lower() == "hôm" and sentence[found.end():].lstrip()[:1] not in (",", "(") \
                    and not (_told_by_a_subject(sentence[:found.start()]) and _SAID_TODAY.match(sentence, found.end())) \
                    and not _MEETING_TODAY.search(sentence, 0, found.start()):
                continue  # (unmarked, only where a subject's act follows: "Lãnh đạo UBND tỉnh hôm nay xác nhận …")
            return page
        if found.group("yesterday"):
            return _days_after(page, -1)
        if _WILL_BEFORE.search(sentence[:found.start()]):
            continue  # "Hội nghị sẽ khai mạc vào hôm thứ Hai": to come
        if found.group(0)[:3].lower() != "hôm" and sentence[:found.start()].strip(" ,“\"'"):
            continue  # a time of day before a weekday tells the day only where it opens the sentence ("Sáng Chủ nhật, …"; not "… kéo dài đến tối Chủ nhật")
        weekday = _WEEKDAY_NUMBER[found.group("weekday").lower().split()[-1]]
        back = (page.isoweekday() - weekday) % 7 + (7 if found.group("last_week") else 0)
        return _days_after(page, -back)
    return None


def _first_sentence(text: str) -> str:
    return re.split(r"[.!?]\s", text, maxsplit=1)[0]


_RELATIVE_YESTERDAY = re.compile(r"^\W*(?:\w+\s+)?(?:sáng|chiều|trưa|tối|đêm|hôm)\s+qua\b", re.IGNORECASE)
# Dates of a deadline or of a span's ends: "tính đến ngày 28/12", "hạn ngày 5/1" (what is still
# to come, "dự kiến ngày 27/11", is _is_to_come's).
# A birthday is no event's either: "Bà Trương Thanh Huyền sinh ngày 10/01/1972".
_NOT_THE_EVENT = re.compile(
    r"(?:hạn|trước|chậm\s+nhất|đến|tới|kể\s+từ|sau|hết|hiệu\s+lực(?:\s+thi\s+hành)?(?:\s+từ)?|\bsinh)\s*(?:ngày|hôm)?\s*$",
    re.IGNORECASE
)
# A day and month with no year fall shortly before the page's date: within this many
# days, the page's year (or the one before) decides; further back, the context does.
_RECENT_DAYS = 62

# Tết of a year ("Tết Nguyên đán Kỷ Hợi 2019", "Xuân Canh Tý 2020"): late January or February of it.
_TET_YEAR = re.compile(rf"\b(?:Tết|Xuân)(?:\s+Nguyên\s+đán)?(?:\s+[{UPPER_LETTERS}]\w+\s+[{UPPER_LETTERS}]\w+)?\s+((?:19|20)\d\d)\b")
# Years in the context, with a weight for how strongly each says "this is the year".
# With each, the words one of which a match holds (in the lower-cased text; none with an
# "i", "k" or "s", which the patterns' ignored case also reads in other letters): a pattern
# that starts with a word boundary is tried at every character, these are plain looks.
# (And where a pattern opens with its first letter or digit, the boundary is looked back at
# from it, "n(?<!\wn)ăm" for "\bnăm": the engine stops only at that character, in half
# the time or less; not for a choice of first words, which stops at each of their letters.)
_YEAR_PATTERNS = (
    (re.compile(r"\bquý\s+[IV]+\s*/\s*((?:19|20)\d\d)\b", re.IGNORECASE), 2, ("quý",)),
    (re.compile(r"\b\d{1,2}\s+tháng(?:\s+đầu)?(?:\s+năm)?\s*[/ ]\s*((?:19|20)\d\d)\b", re.IGNORECASE), 2, ("tháng",)),
    (re.compile(r"\btháng\s+\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)\b", re.IGNORECASE), 1, ("tháng",)),  # ("tháng 11-2025", "tháng 10.2025": as papers write it)
    (re.compile(r"n(?<!\wn)ăm\s+((?:19|20)\d\d)\b(?!\s*[-–]|\s*/\s*\d)", re.IGNORECASE), 1, ("năm",)),
    (re.compile(r"\b(?:nhiệm\s+vụ|kế\s+hoạch|chương\s+trình|mùa\s+giải|niên\s+vụ)\s+((?:19|20)\d\d)\b(?!\s*[-–]|\s*/\s*\d)", re.IGNORECASE), 1,
     ("vụ", "hoạch", "chương", "mùa")),
    (_TET_YEAR, 3, ("tết", "xuân")),
    # Any whole date the text gives ("Chương trình phát thanh 06/10/2021").
    (re.compile(r"\d(?<![\d/]\d)\d?\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)\b"), 1, ("",)),  # (no digit or "/" before the day)
)
# An anniversary's span, "kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam (27/2/1955 - 27/2/2026)",
# "10 năm thành lập (01/6/2016 – 01/6/2026)": its first year is history, its last the year it
# is kept in, the story's. Only a span as long as the years it counts, said of an anniversary
# ("kỷ niệm" before it, or "N năm thành lập/ngày …"; see _is_anniversary): not a plan's "5 năm
# (2026 - 2030)", a war's "30 năm (1945-1975)". (One the text looks forward to, "hướng tới kỷ
# niệm …", is as often of the same year as of the next: round 50-c, round 102-b.)
_ANNIVERSARY_SPAN = re.compile(
    r"\b(?P<years>\d{1,4})\s+năm\b[^()]{0,80}\((?:\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*)?(?P<first>(?:19|20)\d\d)\s*[-–]\s*"
    r"(?:\d{1,2}\s*[/.]\s*\d{1,2}\s*[/.]\s*)?(?P<last>(?:19|20)\d\d)\)", re.IGNORECASE)
_ANNIVERSARY_WORDS = re.compile(r"kỷ\s+niệm|kỉ\s+niệm", re.IGNORECASE)
_ANNIVERSARY_AFTER = re.compile(r"\s+năm\s+(?:thành\s+lập|ngày|truyền\s+thống)\b", re.IGNORECASE)
_ANNIVERSARY_BEFORE = 60
_ANNIVERSARY_STRENGTH = 3
# "kỷ niệm 20 năm thành lập" in a headline or lead: the years it keeps.
_YEARS_KEPT = re.compile(r"k[ỷỉ]\s+niệm\s+(\d{1,3})\s+năm\b", re.IGNORECASE)
_KEPT_WEIGHT = 3
_TERM = re.compile(r"n(?<!\wn)hiệm\s+kỳ\s+(?:[IVXL]+\s*)?\(?((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d", re.IGNORECASE)
# "so với năm 2015", "đến năm 2025", "tầm nhìn đến năm 2045": years that are not now; "những năm 1990": a decade.
# "Luật Tổ chức chính quyền địa phương năm 2015": the year a law was passed.
# (a law's name may hold a comma before a lower-case word: "Luật Khám bệnh, chữa bệnh năm 2023",
# "Luật Phòng, chống tham nhũng năm 2018")
_LAW_NAME = re.compile(rf"\b(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)\s(?:[^,.;:()\d]|,\s(?=[{LOWER_LETTERS}])){{0,60}}$")
_LAW_NAME_SPAN = 70
_NOT_NOW = re.compile(r"(?:so\s+với|đến|tới|từ|trước|sau|tầm\s+nhìn|cùng\s+kỳ|sinh|SN|những)(?:\s+hết)?(?:\s+cuối)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class EventDate:
    date: dt.date | None
    inferred: bool
    """True when any part of the date (usually the year) came from context, not the lead."""


def credited_page_date(line: str) -> tuple[dt.date, str] | None:
    """A date line that opens with its credit, "Linh Chi, Theo Lao động 10:55
    17/08/2018": the date and the credit, else None."""
    if "@" in line:
        line = _MAILBOX_AFTER_NAME.sub("", line)  # "Trần Cường - Trancuong.news@gmail.com 23/04/2023 20:12": the author's mail
    if len(line) > _HEADER_MAX:
        return None  # (asked first: the pattern's choices cost most on a long line)
    match = _CREDIT_BEFORE_DATE.match(line)
    if not match:
        return None
    found = page_date(line[match.end("credit"):])
    # (the weekday that opens the stamp is no credit's: "Thanh Chân - Minh Tâm Thứ tư, 20/05/2026 19:00")
    credit = _WEEKDAY_LAST.sub("", match.group("credit")).strip(" ,-–|")
    return (found, credit) if found and credit else None


_WEEKDAY_LAST = re.compile(rf"\s*{_WEEKDAY}\s*,?\s*$", re.IGNORECASE)


def is_relative_stamp(line: str) -> bool:
    """An aggregator's time line that counts back from the moment the page was saved ("17 giờ
    trước 3 liên quan Gốc", "10 phút trước"): a header's line that dates nothing."""
    return bool(_RELATIVE_STAMP.match(line))


_RELATIVE_STAMP = re.compile(rf"^\s*\d{{1,3}}\s+(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s+trước{_COPIES_AND_RELATED}(?:\s+Gốc)?\s*$")


# The place of a dateline, as a press release or an official's text opens: "Lâm Đồng, ngày
# 5/2/2024", "Hà Nội, ngày 05 tháng 02 năm 2024" (capitalised words, then "ngày": not an
# author's "Minh Anh, 5/2/2024", which credited_page_date reads).
_DATELINE_PLACE = re.compile(rf"(?:[{UPPER_LETTERS}][{LOWER_LETTERS}{UPPER_LETTERS}]*\.? ?){{1,4}}, (?=ngày \d)")


_MIDNIGHT = re.compile(r"T00:00(?::00(?:\.0+)?)?(?=[Z+-]|$)")


@functools.lru_cache(maxsize=1024)  # (the header's lines are asked of twice or more: the pasted-page check, the header's reading)
def page_date(line: str) -> dt.date | None:
    """The date of a page's header or time-stamp line ('Chủ nhật,  23/02/2020',
    'Thứ 6, 21/03/2025 | 15:45', '2024-10-25 15:03:31'), else None: a line with one
    date and nothing else but weekdays, times, time zones and 'cập nhật'."""
    if len(line) > _HEADER_MAX:
        return None
    if "," in line and (place := _DATELINE_PLACE.match(line)):
        return page_date(line[place.end():])  # (the date as any date line's)
    if _UNIX_TIME.match(line):
        # A crawler's time stamp: the calendar day in Vietnam (UTC+7).
        return (dt.datetime(1970, 1, 1) + dt.timedelta(seconds=int(line) + 7 * 3600)).date()
    stamp = _CRAWL_STAMP.match(line)
    if stamp:
        return _make_date(int(stamp.group(3)), int(stamp.group(2)), int(stamp.group(1)))
    # "(TTXVN/Vietnam+) lúc : 11/07/14 11:35": an agency's credit may open the line.
    if "(" in line:  # (most lines hold no bracket: no substitution set up)
        line = _AGENCY_OPENING.sub("", line)
    if "Gốc" in line or "|" in line:
        # Báo Mới's line under its headline, "31/10/2025 6 liên quan Gốc" (its copies and related
        # stories counted, then the link to the first outlet), and a section named after a bar:
        # "20/01/2022 01:39 PM | Kinh doanh"
        line = _AGGREGATOR_COUNTS.sub("", _SECTION_AFTER_BAR.sub("", line))
    if "ượt" in line:  # (and "Lượt")
        line = _VIEW_COUNT.sub(" ", line)  # "23/08/2025 • 96 lượt xem": how often the page was read
    matches = list(_HEADER_DATE.finditer(line))
    if not matches:
        spaced = _SPACED_DATE.match(line)
        if spaced:
            return _make_date(int(spaced.group(3)), int(spaced.group(2)), int(spaced.group(1)))
        return _english_page_date(line)
    if len(matches) != 1:
        return None
    match = matches[0]
    posted = _POSTED_BEFORE.fullmatch(line[:match.start()]) and _POSTED_AFTER.fullmatch(line[match.end():])
    rest = "" if posted else _HEADER_NOISE.sub("", line[:match.start()] + " " + line[match.end():])
    if rest.strip():
        return None
    if match.group("iy"):
        stamp = _ISO_STAMP.fullmatch(match.group(0))
        if stamp and not _MIDNIGHT.search(stamp.group(0)):  # (midnight: a day with no time, written in a zone; the day as written)
            # A machine's time stamp with its offset ("2025-11-02T17:00:28Z"): the
            # calendar day in Vietnam (UTC+7), where the page was published.
            try:
                moment = dt.datetime.fromisoformat(stamp.group(0).replace("Z", "+00:00"))
            except ValueError:
                return None
            return moment.astimezone(dt.timezone(dt.timedelta(hours=7))).date()
        return _make_date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    if match.group("sy"):
        return _make_date(2000 + int(match.group("sy")), int(match.group("sm")), int(match.group("sd")))
    if match.group("wy"):
        return _make_date(int(match.group("wy")), int(match.group("wm")), int(match.group("wd")))
    day, month, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
    # (a theme in American order, month first, where the day cannot be a month: "11/16/2017 (GMT+7)")
    return _make_date(year, month, day) or (_make_date(year, day, month) if month > 12 else None)


def _english_page_date(line: str) -> dt.date | None:
    """'January 24, 2019 at 8:40AM MST': a header line of an English-language theme; 'Sat,
    13 Jul 2024 21:00:00 +0700': a feed's time stamp (RFC 2822), the day in Vietnam."""
    if _FEED_STAMP.match(line):
        try:
            moment = email.utils.parsedate_to_datetime(_HOURS_OFFSET.sub(r"\g<1>00", line.strip()))
        except (TypeError, ValueError):
            return None
        if moment.tzinfo is not None:
            moment = moment.astimezone(dt.timezone(dt.timedelta(hours=7)))
        return moment.date()
    found = _ENGLISH_DATE.search(line) if any(c.isalpha() for c in line) else None
    if not found or _ENGLISH_NOISE.sub("", line[:found.start()] + " " + line[found.end():]).strip():
        return None
    month = (found.group("month") or found.group("month2")).lower()[:3]
    return _make_date(int(found.group("year") or found.group("year2")), _MONTHS.index(month) + 1,
                      int(found.group("day") or found.group("day2")))


def is_crawl_stamp(line: str) -> bool:
    return bool(_CRAWL_STAMP.match(line))


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# "… diễn ra hôm nay, ngày 1/7/2017": the day the text calls today, whatever the page's date.
_SAID_TODAY_BEFORE = re.compile(r"\bhôm\s+nay\s*,?\s*$", re.IGNORECASE)
_SAID_TODAY_SPAN = 12


def _in_quotes(text: str, offset: int) -> bool:
    """Whether offset falls inside a quotation that opened before it and has not closed."""
    before = text[:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# (and the day the text calls today or yesterday: "Quyết định được đưa ra trong cuộc họp hôm nay 16/1")
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:(?:sáng|chiều|trưa|tối|đêm)(?:\s+(?:sớm|muộn|khuya|nay|qua))?|hôm\s+(?:nay|qua))\s*[,(]?\s*$", re.IGNORECASE)


def _documents_dated_only(year: int, weighted: list[tuple[str, int]]) -> list[tuple[int, int]]:
    """(month, day) of each whole date of the year in the texts, where every one of them is a
    document's ("Nghị quyết 31 ngày 6/9/2016"); else []."""
    found = []
    for text, _ in weighted:
        if str(year) not in text:
            continue
        dates_of_year = [match for match in _WHOLE_DATE_OF.finditer(text) if int(match.group(3)) == year]
        if len(dates_of_year) != len(re.findall(rf"(?<!\d){year}(?!\d)", text)):
            return []  # (the year said on its own too: "năm 2016")
        for match in dates_of_year:
            if not (_is_document_date(text, match.start()) and _ISSUED_ON.search(text, max(0, match.start() - _ISSUED_ON_SPAN), match.start())):
                return []
            found.append((int(match.group(2)), int(match.group(1))))
    return found


# The day a document was issued, right after its name or number: "Nghị quyết 31 ngày 6/9/2016",
# "Quyết định số 12/QĐ-UBND ngày …" (not a day it takes effect or sets: "có hiệu lực từ ngày 1/5/2024",
# "diễn ra từ ngày 15/3/2024", "thi vào ngày 2/6/2024").
_ISSUED_ON = re.compile(r"(?:[\w/.-]*\d[\w/.-]*|nghị\s+quyết|quyết\s+định|chỉ\s+thị|thông\s+tư|nghị\s+định|kết\s+luận|công\s+văn|ban\s+hành|ký)\s*,?\s+ngày\s*$",
                        re.IGNORECASE)
_ISSUED_ON_SPAN = 30
_WHOLE_DATE_OF = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\b")


def _is_document_date(text: str, start: int) -> bool:
    document = _DOCUMENT.search(text[max(0, start - 80):start])
    # "Quyết định này được Nhà Trắng công bố ngày 23/10": the news's own decision, made known
    # that day (not "Quyết định này được UBND huyện ban hành ngày 10/7/2023", a document's date).
    return bool(document) and not _THIS_DOCUMENT.match(document.group(0))


_THIS_DOCUMENT = re.compile(r"\w+(?:\s+\w+)*\s+này\s+(?:được|đã)\b[^.;,]*\bcông\s+bố(?:\s+(?:vào\s+)?(?:hôm|ngày))?\s*$", re.IGNORECASE)


# "… để kịp thông xe kỹ thuật vào ngày 19/12 tới": "tới" after a day says it is to come.
_COMING_AFTER = re.compile(
    r"\s*(?:sắp\s+)?tới\b(?!\s+(?:nay|ngày|hết|khi|lúc|hôm|sáng|trưa|chiều|tối|đêm|rạng|đầu|cuối|giữa|trước|\d))", re.IGNORECASE
)  # (not "Từ đêm 1/11 tới sáng 2/11", a span)
_TO_COME = re.compile(r"\b(?:sẽ|dự kiến|dự định|theo kế hoạch|theo lộ trình)\b", re.IGNORECASE)
# A forecast's day, "Theo dự báo …, từ chiều tối ngày 1/11 …" (not a forecaster's, "Theo dự báo viên
# A, chiều 2/11, …", nor what the forecast foresaw and then came, "… sáng 2/11 bão đã đổ bộ"), and a
# target's, the day it is to be reached by ("đặt mục tiêu hoàn thành … vào ngày 30/11"; not "Hội nghị
# đặt mục tiêu thu hút … diễn ra sáng 28/10", the day's event, nor "Với mục tiêu đưa …, sáng 24/10, UBND
# tỉnh tổ chức hội nghị", its purpose).
_FORECAST_OR_TARGET = re.compile(r"\btheo\s+dự\s+báo\b(?!\s+viên)"
                                 r"|\b(?:đặt\s+mục\s+tiêu|mục\s+tiêu\s+(?:là|hoàn\s+thành))\b[^,]*\b(?:vào|trước|đến|hết|trong)\s+(?:ngày\s*)?$",
                                 re.IGNORECASE)
_CAME = re.compile(r"\b(?:đã|vừa)\b", re.IGNORECASE)
# "Từ ngày 10/4 đến nay, Việt Nam đã tổ chức 55 chuyến bay …": the start of a span up to now,
# no day of the news.
_SINCE_BEFORE = re.compile(r"\btừ\s*$", re.IGNORECASE)
_UP_TO_NOW = re.compile(r"\s*(?:đến|tới)\s+(?:nay|hiện nay|bây giờ)\b", re.IGNORECASE)


def _clause_before(text: str, start: int, chars: int) -> str:
    """The words of start's own sentence before it, up to chars of them."""
    return re.split(r"[.!?;]\s", text[max(0, start - chars):start])[-1]


def _is_to_come(text: str, start: int) -> bool:
    """'… sẽ tiến hành … và công bố kết quả vào ngày 7/4': a date in the same sentence
    after 'sẽ' or 'dự kiến' is of something to come."""
    before = _clause_before(text, start, 100)
    if _TO_COME.search(before):
        return True
    return bool(_FORECAST_OR_TARGET.search(before)) and not _CAME.search(re.split(r"[.!?;]\s", text[start:start + 120])[0])


def anchored_dates(text: str) -> list[tuple[int, int, int | None, int]]:
    """(day, month, year or None, offset) for each date that a time word puts on the
    event ('Sáng 4/10/2019'), leaving out documents' dates and bare fractions."""
    found, bracketed = [], []
    if not _DAY_MONTH_SHAPE.search(text) and "tháng" not in text.lower():
        return found  # (no date written: the pattern, tried at every character, is not run)
    for match in _DAY_MONTH.finditer(text):
        before = text[max(0, match.start() - 40):match.start()]
        starts_with_ngay = match.group(0)[:4].lower() == "ngày"
        opening = text.rfind("(", max(0, match.start() - 5), match.start())
        in_brackets = opening >= 0 and bool(_DAYS_IN_PARENTHESES.match(text, opening))
        if not (starts_with_ngay or _ANCHOR.search(before) or in_brackets or _INTO_DAY.search(before) and "/" in match.group(0)):
            continue
        if _is_document_date(text, match.start()) and not _TIME_OF_DAY_BEFORE.search(before):
            continue  # (a document is dated by "ngày", never by a time of day: "Dự thảo Luật … trình Quốc hội sáng 22/10")
        if _NOT_THE_EVENT.search(text[max(0, match.start() - 25):match.start()]) or _is_to_come(text, match.start()) \
                or _COMING_AFTER.match(text, match.end()) or _UP_TO_NOW.match(text, match.end()) and _SINCE_BEFORE.search(before):
            continue
        day = int(match.group("d"))
        month = int(match.group("m") or match.group("m2"))
        year_text = match.group("y") or match.group("y2")
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if not year_text and (span_end := _SPAN_END_WITH_YEAR.match(text, match.end())):
            # "từ ngày 12/3-24/3/2017": the span's first day takes its last day's year (the year
            # before, where the span runs over the new year: "28/12-3/1/2018")
            year_text = str(int(span_end.group(2)) - (int(span_end.group(1)) < month))
        if match.group("yy"):
            if not starts_with_ngay:
                continue  # (a year of two digits only after "ngày": "ngày 06/12/19")
            year_text = f"{20 if int(match.group('yy')) <= _YEAR_OF_TWO_DIGITS_LAST else 19}{match.group('yy')}"  # ("sinh ngày 15/7/65": 1965)
        (bracketed if in_brackets else found).append((day, month, int(year_text) if year_text else None, match.start()))
    return found or bracketed  # (the days in brackets only where nothing else dates it: "Sau đợt mưa lũ (27-29/10/2025), sáng 5/11, …")


# (Not "SN 1998", "Sinh 1990": a birth year, no event's. Opened with the capital, what comes
# before it looked back at from there, as _YEAR_PATTERNS do: a look back first is tried at
# every character.)
_NAMED_WITH_YEAR = re.compile(
    rf"[{UPPER_LETTERS}](?<![\w/][{UPPER_LETTERS}])(?!(?<=S)(?:N |inh ))[^\W\d_]* ((?:19|20)\d\d)\b(?![/.,]\d|\s*[-–])")
_SEASON = re.compile(r"(?:mùa\s+giải|mùa|League|Cup|Liga|Serie\s+A|Bundesliga|V-League|giải|năm\s+học(?:\s+mới)?)\s*((?:19|20)\d\d)\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_TWO_YEARS = re.compile(r"(?:19|20)\d\d\s*[-–/]")  # (what every _SEASON holds)
# What the words before a season or a school year say of it: a span's ends or a source
# ("từ …", "đến …", "số liệu …"), next year's business done before it opens ("tuyển sinh",
# "chỉ tiêu", "học phí"), or its summing-up once it closed ("tổng kết").
_SEASON_CONTEXT = 60
_NOT_THIS_SEASON = re.compile(r"(?:\btừ|\bđến|\btới|số\s+liệu)\s*$", re.IGNORECASE)
# (Only admissions: "kế hoạch", "học phí", "lớp 10" speak as often of the year under way.)
_NEXT_SCHOOL_YEAR = re.compile(r"(?:tuyển\s+sinh|chỉ\s+tiêu|điểm\s+chuẩn)(?:(?!năm\s+học)[^.;])*năm\s+học\s*$", re.IGNORECASE)
_SCHOOL_YEAR_CLOSED = re.compile(r"tổng\s+kết\s+năm\s+học\s*$", re.IGNORECASE)  # (that very year: not "tổng kết năm học X và … năm học mới Y")


def _seasons(text: str):
    """(first year, the words before it up to "năm học") of each season or school year over
    two years the text names as its own; not a span's ends or a source ("từ năm học
    2015-2016 đến năm học 2020-2021", "theo số liệu năm học 2016-2017")."""
    if not _TWO_YEARS.search(text):
        return  # (most texts name no span of years: one quick look first)
    for match in _SEASON.finditer(text):
        before = text[max(0, match.start() - _SEASON_CONTEXT):match.start()]
        if not _NOT_THIS_SEASON.search(before):
            yield int(match.group(1)), before + text[match.start():match.start() + len("năm học")]


def context_years(weighted_texts: list[tuple[str, int]]) -> Counter:
    """Score each year the context speaks of as the present ('năm 2019', 'quý IV/2017',
    'nhiệm kỳ 2020-2025' in a lead); targets and comparisons ('đến năm 2025') count nothing."""
    scores: Counter = Counter()
    for text, weight in weighted_texts:
        if not _ANY_YEAR.search(text):
            continue  # most paragraphs name no year: one quick look instead of eight
        if "năm" in text and "(" in text:
            spans = [match for match in _ANNIVERSARY_SPAN.finditer(text) if _is_anniversary(text, match)]
            for match in reversed(spans):
                scores[int(match.group("last"))] += _ANNIVERSARY_STRENGTH * weight
                opening = match.start() + match.group(0).rfind("(")
                text = text[:opening] + " " * (match.end() - opening) + text[match.end():]  # (its dates counted no more below)
        lowered = text.lower()
        for pattern, strength, needed in _YEAR_PATTERNS:
            if not any(word in lowered for word in needed):
                continue
            for match in pattern.finditer(text):
                if _NOT_NOW.search(text[max(0, match.start() - 20):match.start()]) \
                        or _LAW_NAME.search(text[max(0, match.start() - _LAW_NAME_SPAN):match.start()]):
                    continue
                scores[int(match.group(1))] += strength * weight
        if weight > 1:
            for match in _TERM.finditer(text):
                scores[int(match.group(1))] += weight
            # An event named with its year in the headline or lead ("Đường lên đỉnh
            # Olympia 2024", "AFF Cup 2022"): once a text, a brand's "Health 2000" being
            # no stronger than one mention.
            for year in {int(m.group(1)) for m in _NAMED_WITH_YEAR.finditer(text)}:
                scores[year] += 1
        # A season over two years ("Europa League 2024-25", "mùa giải 2023/2024"): both
        # years; the day's month chooses between them (see _infer_year).
        for first, _ in _seasons(text):
            scores[first] += weight
            scores[first + 1] += weight
        for _, _, year, _ in anchored_dates(text):
            if year:
                scores[year] += weight
    return scores


def _is_anniversary(text: str, match: re.Match) -> bool:
    """A span of _ANNIVERSARY_SPAN that an anniversary kept now counts (see there)."""
    if int(match.group("last")) - int(match.group("first")) != int(match.group("years")):
        return False
    before = text[max(0, match.start() - _ANNIVERSARY_BEFORE):match.start()]
    return bool(_ANNIVERSARY_WORDS.search(before) or _ANNIVERSARY_AFTER.match(text, match.end("years")))


def event_date(
    lead: str,
    following: list[str],
    headlines: list[str],
    body: list[str],
    page: dt.date | None,
    captions: Sequence[str] = (),
) -> EventDate:
    """The event's date from the lead (then the next paragraphs, then the headlines),
    completing a missing year from the context and the page date. A day something starts
    from ("giữ chức Thứ trưởng từ ngày 21/6", "áp dụng từ 1/7") dates no event."""
    for index, text in enumerate([lead, *following[:2], *headlines]):
        dates = [d for d in anchored_dates(text) if not _is_upcoming(d, page, text) and not _a_start_alone(text, d, page)
                 and not (index > len(following[:2]) and _names_a_column(text, d[3]))]
        if dates:
            day, month, year, offset = _window_end(text, dates)
            earlier = _incident_told_after(text, offset, (day, month, year), following[:_INCIDENT_PARAGRAPHS], page)
            if earlier:
                return EventDate(earlier, inferred=True)
            # "… sự cố ngày 1/4" in the lead, then "Sáng nay (3/4), …": a day the text
            # calls today, and that is the page's, outweighs a date only "ngày" marks.
            if page and (day, month) != (page.day, page.month) and _weakly_marked(text, offset) \
                    and _today_stated([lead, *following[:8]], page):
                return EventDate(page, inferred=True)
            ahead = _days_ahead(text, offset)
            if year:
                found = _make_date(year, month, day)
                if found and _SAID_TODAY_BEFORE.search(text, max(0, offset - _SAID_TODAY_SPAN), offset) \
                        and not _in_quotes(text, offset) and (page is None or page.year - found.year <= _HISTORY_YEARS):
                    # "… diễn ra hôm nay, ngày 1/7/2017": today, in full (not in someone's words, "“Hôm nay, ngày
                    # 30/4/1975, …”", nor history: "đọc hôm nay, ngày 2/9/1945")
                    return EventDate(found, inferred=index > 0 or page is not None and found > page)
                recent = _recent_full_date([lead, *following[:2]], page) if found and page and (page - found).days > _LONG_AGO_DAYS else None
                if recent:
                    # "Thảm kịch xảy ra vào ngày 29-10-2022 …", then "Hôm 29-10-2025, …" on a
                    # page of 31/10/2025: the day recalled is not the one reported.
                    return EventDate(recent, inferred=True)
                if found and page and (page - found).days > _LONG_AGO_DAYS and _today_said([lead, *following[:_TODAY_PARAGRAPHS]]):
                    # "Ngày 17/12/2017, …" (the case's history), then "Sáng nay, việc thẩm vấn …" on a
                    # page of 5/11/2021: the text tells of the page's day.
                    return EventDate(page, inferred=True)
                if found and page and (page - found).days > _LONG_AGO_DAYS and 1 <= index <= len(following[:2]):
                    # "Theo hồ sơ, ngày 29/6/2000, …" a paragraph after an undated lead: the story's
                    # past, not its news (the lead's own date may be years old: a page saved late)
                    continue
                if found and page and page.year - found.year > _HISTORY_YEARS:
                    # "Rạng sáng 17/2/1979, …" on a page of 2024: history the text recalls, no news of
                    # the page. (Not merely years before it: a provincial paper's header shows the day
                    # the page was saved, years after the news, as the sample articles do.)
                    continue
                if found and ahead:
                    return EventDate(_days_after(found, -ahead), inferred=True)
                if found and page and index == 0 and (slipped := _last_years_slip(found, page, [*headlines, *body])):
                    return EventDate(slipped, inferred=True)
                if found and page and (found - page).days > _UPCOMING_DAYS and _weakly_marked(text, offset):
                    # "… mục tiêu đề ra vào ngày 19/12/2025": a target weeks ahead, the news undated
                    # (not "Sáng 4/10/2021", a typo kept for review); a maintainer decides.
                    return EventDate(None, inferred=True)
                if found:
                    # A report cannot precede its event: a date after the page's is a typo
                    # in the text or a date of something to come; a maintainer decides.
                    return EventDate(found, inferred=page is not None and found > page)
                continue
            if ahead:
                # "Đêm nay đến sáng mai (2/11), áp thấp …": tomorrow is the 2nd, so the text
                # tells of the 1st (its year as the page gives it).
                tomorrow = _make_date(page.year, month, day) if page else None
                if tomorrow and page and (tomorrow - page).days > _UPCOMING_DAYS:
                    tomorrow = _make_date(page.year - 1, month, day)
                if tomorrow is None and page is None:
                    tomorrow = _infer_year(day, month, lead, headlines, body, page)
                return EventDate(_days_after(tomorrow, -ahead) if tomorrow else None, inferred=True)
            next_day = _days_after(page, 1) if page else None
            if next_day and (next_day.day, next_day.month) == (day, month) and _opens_a_report(text, offset):
                return EventDate(next_day, inferred=True)
            if page and (today := _today_after_the_stamp(text, offset, day, month, page)):
                return EventDate(today, inferred=True)
            found = _infer_year(day, month, lead, headlines, body, page)
            if found and not _weekday_agrees(text, offset, found):
                # "Sáng thứ Bảy (7/1)" under a plan "năm 2017" on a page of 24/2/2018: the weekday
                # written with the day says which of the years beside it (7/1/2017 was a Saturday).
                found = next((other for year in (found.year - 1, found.year + 1)
                              if (other := _make_date(year, month, day)) and (page is None or other <= page)
                              and _weekday_agrees(text, offset, other)), found)
            return EventDate(found, inferred=True)
    if page and _RELATIVE_TODAY.search(lead):
        return EventDate(page, inferred=True)
    if page and _RELATIVE_YESTERDAY.search(lead):
        return EventDate(_days_after(page, -1), inferred=True)
    if page:
        # (and a weekday one paragraph further, as wire copy dates its news: "Tại cuộc họp ở
        # Toronto hôm thứ Sáu vừa qua, …" under a paragraph of comment or a subhead)
        for index, text in enumerate([lead, *following[:2]]):
            if index == 2 and (_BACKGROUND.match(text) or _SPAN_SINCE.match(text)):
                continue  # "Trước đó, hôm thứ Hai, …", "Kể từ khi lệnh ngừng bắn có hiệu lực hôm thứ Sáu …": what led to it
            told = _told_day(_first_sentence(text), page, weekday_only=index == 2)
            if told:
                return EventDate(told, inferred=True)
        # Nothing dated up front: a day of the last few that a time of day marks further
        # into the text ("Đến chiều 1/11, toàn bộ 43 hộ dân đã được sơ tán").
        years_before = {int(y) for t in [lead, *following[:2]] for y in _ANY_YEAR.findall(t)}
        # (the photos' captions last: "Khoảng 5h ngày 2/11, cầu … bị nước lũ cuốn sập")
        later = [*following[2:], *captions]
        obituary = any(_DEATH_IN_HEADLINE.search(headline) for headline in headlines)
        first_caption = len(later) - len(captions)
        for index, text in enumerate(later):
            if index:
                years_before.update(int(y) for y in _ANY_YEAR.findall(later[index - 1]))
            if _BACKGROUND.match(text):
                continue  # "Trước đây, sáng 1/11 năm ngoái, …": what led to the news
            if index < first_caption and _THIS_PART_OF_THE_DAY.match(text):
                return EventDate(page, inferred=True)  # (not a caption's: a file photo's "sáng nay")
            # A story told of another year ("Theo cáo trạng, tháng 10/2023, …") keeps its days there
            # (a year to come is no story's: "… thăm Việt Nam vào năm 2018" on a page of 2017).
            told_of = {year for year in years_before if year <= page.year}
            if told_of and page.year not in told_of:
                continue
            for day, month, year, offset in anchored_dates(text):
                # (or a paragraph that opens on its day, as a lead does: "Ngày 1/11, tại …")
                opens = offset == 0 and text[:4].lower() == "ngày"
                clock = _time_of_day_before(text, offset)
                if clock and clock.group(0)[:1].isdigit() and (
                    _UNTIL_A_TIME.search(text[:max(0, offset - 20) + clock.start()]) or text.lower().startswith("trước đó")
                ):
                    # "Tính đến 17 giờ ngày 2/11", "trước 17 giờ ngày 31/10": a count's cut-off, a
                    # deadline; "Trước đó, khoảng 22 giờ ngày 31/10, …": what led to an undated arrest.
                    continue
                found = _make_date(year or page.year, month, day)
                # (or a weekday written before it that is its own: "hôm thứ Ba 28/10")
                weekday = bool(found) and not (opens or clock) and _weekday_agrees(text, offset, found)
                # (or the page's own day as "ngày" writes it: "… ký thỏa thuận vào ngày 26/10")
                today = found == page and _an_act_of_the_day(text, offset)
                # (or the day of the death an obituary reports: "Vĩnh biệt NSƯT …", then "Ông đột ngột
                # ra đi ngày 1-11 tại Hà Nội"; not a death told beside other news)
                died = obituary and _DIED_BEFORE.search(text, max(0, offset - _DIED_REACH), offset) is not None
                if not (opens or clock or weekday or today or died) or _is_upcoming((day, month, year, offset), page, text):
                    continue
                # (a caption's day only the page's or the one before: a file photo is of any day)
                recent_enough = _CAPTION_RECENT_DAYS if index >= first_caption else _WEEK if weekday else _LATER_RECENT_DAYS
                if found and 0 <= (page - found).days <= recent_enough:
                    return EventDate(found, inferred=True)
        # Still nothing: a day the lead names with "ngày" alone, of the last few before the
        # page, though a document's or a start's ("Theo thông báo ngày 3/11 của Bộ …", "Bộ Y tế
        # Maldives thông báo kể từ ngày 1-11 …" on a page of 2/11): what the news reports.
        for text in [lead, *following[:1]]:
            for match in _NAMED_DAY.finditer(text):
                if _IN_FORCE_FROM.search(text, max(0, match.start() - 30), match.start()):
                    continue  # ("Nghị định 68 có hiệu lực từ ngày 5-3": when a rule applies, not news of the day)
                found = _make_date(page.year, int(match.group(2)), int(match.group(1)))
                if found and 0 <= (page - found).days <= _LATER_RECENT_DAYS:
                    return EventDate(found, inferred=True)
        # Last: the page's own day or the one before, written as the day the news happened or
        # was told, a few paragraphs down, where wire copy dates its news after the context
        # ("… thông cáo được Bộ An ninh nội địa Mỹ đăng tải trên X hôm 24-10 cho hay." on a page
        # of 25/10); not in a paragraph of what led to it ("Trước đó, hôm 31-10, …").
        for text in [lead, *following[:_LATE_NEWS_PARAGRAPHS]]:
            if _SPAN_SINCE.match(text):
                continue
            for day, month, year, offset in anchored_dates(text):
                found = _make_date(year or page.year, month, day)
                if found and 0 <= (page - found).days <= 1 and _marks_the_news_day(text, offset) \
                        and not _is_upcoming((day, month, year, offset), page, text):
                    return EventDate(found, inferred=True)
    return EventDate(None, inferred=True)


# "Giá xăng dầu hôm nay 26/10/2025: …": a headline's day before a colon, after "hôm nay" or "ngày
# mai", names the day's column, a digest of that day's news, no event of it.
_COLUMN_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*:")
_TODAYS_OR_TOMORROWS = re.compile(r"\b(?:hôm\s+nay|ngày\s+mai)\s*$", re.IGNORECASE)


def _names_a_column(headline: str, offset: int) -> bool:
    """Only a column of today's or tomorrow's ("… hôm nay 26/10/2025:", "… ngày mai 3/11:"); not
    "Hà Nội ngày 2/11: Mưa lớn gây ngập …", "Chiều nay 23/10: Quốc hội thảo luận …", a day's event."""
    return bool(_COLUMN_DAY.match(headline, offset)) and bool(_TODAYS_OR_TOMORROWS.search(headline, 0, offset))


# How many paragraphs after the lead the last resort looks into for the page's day.
_LATE_NEWS_PARAGRAPHS = 5
# "hôm 24-10", "Cùng ngày 25/10", "… bài đăng trên mạng xã hội ngày 30/10": a day the news
# happened or was told, as a deadline's "ngày 1/11" or a rule's "áp dụng ngày 1/7" is not.
_NEWS_DAY_MARK = re.compile(r"\bhôm\s*$", re.IGNORECASE)
_NEWS_DAY_MARK_BEFORE_NGAY = re.compile(
    rf"\bcùng\s*$|\b(?:{_TELLING}|đăng(?:\s+tải)?|cho\s+hay|trả\s+lời)\b[^.;]{{0,40}}$",
    re.IGNORECASE,
)


def _marks_the_news_day(text: str, offset: int) -> bool:
    before = text[max(0, offset - 50):offset]
    if text[offset:offset + 4].lower() == "ngày":
        return _NEWS_DAY_MARK_BEFORE_NGAY.search(before) is not None
    return _NEWS_DAY_MARK.search(before) is not None


_IN_FORCE_FROM = re.compile(r"hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s*$", re.IGNORECASE)
_NAMED_DAY = re.compile(r"\bngày\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![\d/.-]*\d)")


# The incident an official's report points back to is told within these paragraphs.
_INCIDENT_PARAGRAPHS = 8
# "Chiều 2/11, UBND xã cho biết, lực lượng chức năng vừa tìm thấy …", then "Trước đó,
# khoảng 11h ngày 1/11, anh H. đi thả lưới …": the day an official speaks of what just
# happened is the report's; the incident's day, told next, is the event's.
_REPORTS_WHAT_JUST_HAPPENED = re.compile(r"\b(?:cho\s+biết|thông\s+tin|xác\s+nhận)\b[^.;]*\bvừa\b"
                                         r"|\bđang\s+(?:tiếp\s+tục\s+)?(?:điều\s+tra|làm\s+rõ|xác\s+minh|truy\s+tìm|tìm\s+kiếm)\b", re.IGNORECASE)


def _incident_told_after(text: str, offset: int, told: tuple[int, int, int | None], following: list[str], page: dt.date | None) -> dt.date | None:
    """The incident's day where the date at offset is an official's report of what just
    happened, and a paragraph after it tells the incident up to two days before; or None."""
    if not page or not _REPORTS_WHAT_JUST_HAPPENED.search(_first_sentence(text[offset:])):
        return None
    reported = _make_date(told[2] or page.year, told[1], told[0])
    for paragraph in following:
        if paragraph == text:
            continue
        for day, month, year, at in anchored_dates(paragraph)[:1]:
            if not _time_of_day_before(paragraph, at):  # ("khoảng lúc 16h45 ngày 1/11", "sáng 1/11")
                continue
            found = _make_date(year or page.year, month, day)
            if found and reported and 1 <= (reported - found).days <= 2:
                return found
    return None


# "trong 24 giờ qua (từ 16 giờ ngày 1/11 đến 16 giờ ngày 2/11)": what a bulletin measured
# over a window is the state at its end.
_WINDOW_OPENS = re.compile(r"\bqua\s*[(,:]?\s*từ\s+\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?\s*)?(?:ngày\s*)?$", re.IGNORECASE)
_WINDOW_CLOSES = re.compile(r"^(?:ngày\s*)?[\d/.-]+(?:\s*năm\s*\d{4})?\s*(?:đến|tới)\s+\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?\s*)?(?:ngày\s*)?$", re.IGNORECASE)


# "… trong đêm 29/10, rạng sáng 30/10", "đêm 1/11 và rạng sáng 2/11": a night told by both
# its days is dated by the morning it ran into, the day its news is of.
_NIGHT_BEFORE = re.compile(r"\bđêm\s*(?:ngày\s*)?$", re.IGNORECASE)
_INTO_THE_MORNING = re.compile(r"^[\d/.-]+ ?(?:,|và| ) ?rạng\s+sáng\s*(?:ngày\s*)?$", re.IGNORECASE)  # (not "từ đêm 28/10 đến rạng sáng 1/11", days)
_NIGHT_GAP = 30  # characters at most between the night's day and the morning's


def _window_end(text: str, dates: list[tuple[int, int, int | None, int]]) -> tuple[int, int, int | None, int]:
    """The first date, or the end of the measuring window or of the night it opens."""
    first = dates[0]
    if len(dates) > 1 and _WINDOW_OPENS.search(text[max(0, first[3] - 30):first[3]]) \
            and _WINDOW_CLOSES.match(text[first[3]:dates[1][3]]):
        return dates[1]
    if len(dates) > 1 and _NIGHT_BEFORE.search(text, max(0, first[3] - 12), first[3]) \
            and dates[1][3] - first[3] <= _NIGHT_GAP and _INTO_THE_MORNING.match(text[first[3]:dates[1][3]]) \
            and _is_the_next_day(first, dates[1]):
        return dates[1]
    return first


def _is_the_next_day(first: tuple[int, int, int | None, int], second: tuple[int, int, int | None, int]) -> bool:
    """Whether second's day and month follow first's (a month's last day being 28 to 31)."""
    # (a year with a 29 February and one without: the month's last day either way)
    return any((following := _days_after(day, 1)) is not None and (following.day, following.month) == (second[0], second[1])
               for year in (2000, 2001) if (day := _make_date(year, first[1], first[0])))


def _time_of_day_before(text: str, offset: int) -> re.Match | None:
    """A time of day or a clock time marking the date at offset ("chiều 1/11", "14 giờ ngày 2/11")."""
    return _LATER_TIME_OF_DAY.search(text[max(0, offset - 20):offset])


_BACKGROUND = re.compile(r"^\W*(?:trước đây|hồi|năm ngoái)\b", re.IGNORECASE)
_UNTIL_A_TIME = re.compile(r"\b(?:đến|tới|trước|từ|sau|hạn|hiệu\s+lực)\s*(?:khoảng\s*)?$", re.IGNORECASE)
# (not "phiên 16/7", a trading day; a clock time marks the day too: "khoảng 14 giờ ngày 2/11")
_LATER_TIME_OF_DAY = re.compile(rf"\b(?:{_DAYTIME})\b|\b\d{{1,2}}\s*(?:giờ|h\d{{0,2}})\b", re.IGNORECASE)
_LATER_RECENT_DAYS = 3
_DIED_BEFORE = re.compile(r"\b(?:từ\s+trần|qua\s+đời|ra\s+đi|tạ\s+thế|trút\s+hơi\s+thở\s+cuối\s+cùng)\b[^.;]*$", re.IGNORECASE)
_DIED_REACH = 40
_DEATH_IN_HEADLINE = re.compile(r"\b(?:vĩnh\s+biệt|tiễn\s+biệt|qua\s+đời|từ\s+trần|tạ\s+thế|tin\s+buồn)\b", re.IGNORECASE)
# What makes a day written with "ngày" no act of that day: a state of affairs's turn ("… sẽ
# hết hạn bắt đầu từ ngày 1/11", "có hiệu lực vào ngày 1/11"); a deadline, a rule applied, a
# day of gifts or a schedule's ("Hạn cuối … vào ngày 7/10", "chậm nhất trong ngày 31/5", "được
# áp dụng ngày 1/7", "quà tặng nhân ngày 20/10", "… là ngày 10/6"; whole words, not syllables of
# others: "bệnh nhân", "hạn chế" say nothing of the day); an observance every year ("ngày 2/4 hàng năm").
_STARTS_OR_LAPSES = re.compile(r"(?:bắt\s+đầu|hết\s+hạn|hiệu\s+lực|từ)\s+(?:vào\s+)?(?:ngày\s*)?$", re.IGNORECASE)
_NO_ACT_OF_THE_DAY = re.compile(
    r"\b(?:hạn\s+(?:cuối|chót)|thời\s+hạn|chậm\s+nhất|áp\s+dụng|quà|chỉ\s+có)\b|\blà\s+$", re.IGNORECASE
)
_EVERY_YEAR_AFTER = re.compile(r"\s*(?:hàng|hằng)\s+năm\b", re.IGNORECASE)
_CAPTION_RECENT_DAYS = 1
_WEEK = 7


def _an_act_of_the_day(text: str, offset: int) -> bool:
    """The day at offset, written with "ngày", is when something was done (not "trong phiên
    2/11", a market's day told in passing; nor a start, a lapse, a deadline or an observance)."""
    if text[offset:offset + 4].lower() != "ngày" or _STARTS_OR_LAPSES.search(text[max(0, offset - 30):offset]):
        return False
    if _NO_ACT_OF_THE_DAY.search(_clause_before(text, offset, 60)):
        return False
    written = _DAY_MONTH.match(text, offset)
    return not (written and _EVERY_YEAR_AFTER.match(text, written.end()))


_UPCOMING_DAYS = 31


# How many days before the page's a lead's day may fall for its year to be read as last
# year's by mistake; how many of the headlines and paragraphs may say a year has gone by.
_SLIP_DAYS = 14
_SLIP_OPENING = 4
_ELAPSED = re.compile(r"\b(?:một|1|tròn)\s+năm\b|\bnăm\s+(?:sau|trước|qua)\b|\bcách\s+đây\b|\bkỷ\s+niệm\b|\bnhìn\s+lại\b", re.IGNORECASE)


def _last_years_slip(found: dt.date, page: dt.date, texts: list[str]) -> dt.date | None:
    """The page's year for a lead's full date written with the year before it, where the
    day falls within two weeks before the page's and the text names the page's year
    elsewhere ("Ngày 07/5/2024, … quán triệt Thông tư … ngày 28/3/2025" on a page of
    7/5/2025: a slip of the hand, most often in January); or None. (A page saved a year
    after its news names no later year: "Chiều ngày 7/3/2023, …" on a page of 10/3/2024.)"""
    if found.year != page.year - 1:
        return None
    meant = _make_date(page.year, found.month, found.day)
    if meant is None or not 0 <= (page - meant).days <= _SLIP_DAYS:
        return None
    if any(_ELAPSED.search(text) for text in texts[:_SLIP_OPENING]):
        return None  # "Một năm sau bão Yagi", "Ngày 7/9/2024, bão Yagi …": a year on, the day as written
    written = re.compile(rf"(?:[/.-]|\bnăm\s+){page.year}\b")  # (a date's or "năm 2025"; not "chi 2025 tỷ đồng")
    return meant if any(written.search(text) for text in texts) else None


def _days_after(day: dt.date, days: int) -> dt.date | None:
    """day moved by days, or None past the calendar's ends (a page dated 0001-01-01)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


_LONG_AGO_DAYS = 365
_HISTORY_YEARS = 30  # (no web page reports as news what happened a generation before it)


def _recent_full_date(texts: list[str], page: dt.date) -> dt.date | None:
    """A date a time word marks in these texts, in the weeks before the page's. A day
    without its year is the page's year's where its weekday says so ("… vào hôm thứ Năm
    ngày 23/10"), or where no other year was written before it ("Theo cáo trạng, ngày
    20/9/2023, … Ngày 15/10, …" keeps 2023)."""
    for text in texts:
        years_before = set()
        for day, month, year, offset in anchored_dates(text):
            found = _make_date(year or page.year, month, day)
            if found and not year and found > page:
                found = _make_date(page.year - 1, month, day)
            if found and not year and years_before - {found.year} and not _weekday_agrees(text, offset, found):
                found = None
            if year:
                years_before.add(year)
            if found and 0 <= (page - found).days <= _RECENT_DAYS:
                return found
    return None


_WEEKDAY_BEFORE = re.compile(r"\b(?:thứ\s+(hai|ba|tư|năm|sáu|bảy)|(chủ\s+nhật))\s*(?:ngày\s*)?[,(]?\s*$", re.IGNORECASE)


def _weekday_agrees(text: str, offset: int, day: dt.date) -> bool:
    """'hôm thứ Năm ngày 23/10': the weekday written before the date is that date's."""
    match = _WEEKDAY_BEFORE.search(text[max(0, offset - 24):offset])
    if not match:
        return False
    return day.isoweekday() == _WEEKDAY_NUMBER["nhật" if match.group(2) else match.group(1).lower()]


# "sáng mai (2/11)", "ngày kia (3/11)"; not "hôm kia" (the day before yesterday) nor
# "quận Hoàng Mai, ngày 2/11".
_TOMORROW_BEFORE = re.compile(r"\b(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Nn]gày)\s+(mai)|[Nn]gày\s+(kia))\s*[,(]?\s*\(?\s*$")


def _days_ahead(text: str, offset: int) -> int:
    """1 for a date the text calls tomorrow, 2 for "ngày kia", else 0."""
    match = _TOMORROW_BEFORE.search(text[max(0, offset - 16):offset])
    return 0 if not match else (1 if match.group(1) else 2)


_TODAY_OPENING_A_DATE = r"\b(?:sáng|chiều|trưa|tối|hôm)\s+nay\s*,?\s*\(\s*"  # ("Sáng nay (", the day written next)
_TODAY_WITH_DATE = re.compile(rf"{_TODAY_OPENING_A_DATE}(\d{{1,2}})\s*[/.-]\s*(\d{{1,2}})\s*\)", re.IGNORECASE)
_TIME_OF_DAY = re.compile(rf"\b(?:{_DAYTIME}|phiên)\b", re.IGNORECASE)


def _weakly_marked(text: str, offset: int) -> bool:
    """True when no time of day marks the date at offset: 'ngày 1/4', 'hôm 1/4' (a day
    referred to), not 'Sáng 1/4' (the day of what is told). (A clock time does not count:
    "Tàu cá bị chìm lúc 3h ngày 20/10", then "Sáng nay (25/10), … tìm thấy thi thể" is
    today's news, as often as "… qua đời lúc 21h21 ngày 24/10" is the day before's.)"""
    return not _TIME_OF_DAY.search(text[max(0, offset - 20):offset])


# "Sáng nay", "chiều nay", "hôm nay" in the narration (not inside a quote: what someone said).
_TODAY_SAID = re.compile(r"\b(?:sáng|chiều|trưa|tối|hôm)\s+nay\b", re.IGNORECASE)
_TODAY_PARAGRAPHS = 4


def _today_said(texts: list[str]) -> bool:
    for text in texts:
        if any(not _in_quotes(text, match.start()) for match in _TODAY_SAID.finditer(text)):
            return True
    return False


def _today_stated(texts: list[str], page: dt.date) -> bool:
    """'Sáng nay (3/4)' on a page of 3 April: the text says the event is the page's day."""
    return any(
        (int(m.group(1)), int(m.group(2))) == (page.day, page.month)
        for text in texts for m in _TODAY_WITH_DATE.finditer(text)
    )


# "… được bổ nhiệm giữ chức Thứ trưởng từ ngày 21/6", "áp dụng kể từ ngày 1/7": the day
# something starts to hold, not the day reported (a span "từ ngày 31/10 đến 2/11" is the event's).
_FROM_BEFORE = re.compile(r"\btừ\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"(?:ngày\s+)?[\d\s/.]*?\d\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?\d", re.IGNORECASE)


def _a_start_alone(text: str, found: tuple[int, int, int | None, int], page: dt.date | None) -> bool:
    """A day (anchored_dates' day, month, year, offset) after "từ" that opens no span and is
    not the page's own (a rule that starts today is the day's news: "Từ ngày 1.7.2026, TP.HCM
    chính thức triển khai …")."""
    day, month, _, offset = found
    if not _FROM_BEFORE.search(text, max(0, offset - 12), offset) or _SPAN_AFTER.match(text, offset):
        return False
    return not (page and (day, month) == (page.day, page.month))


def _is_upcoming(found: tuple[int, int, int | None, int], page: dt.date | None, text: str | None = None) -> bool:
    """A day with no year just after the page's date ("đề nghị ngày 21-3" on a page of
    19 March) is something to come, not the event."""
    day, month, year, offset = found
    if year or not page:
        return False
    if text is not None and _today_after_the_stamp(text, offset, day, month, page):
        return False  # "… khai mạc sáng nay (28/12)" on a record of 24/12: the text's today, the record's stamp a draft's
    this_year = _make_date(page.year, month, day)
    return bool(this_year and 0 < (this_year - page).days <= _UPCOMING_DAYS) and not (
        (this_year - page).days == 1 and text is not None and _opens_a_report(text, offset)
    )


_STAMP_BEFORE_TODAY_DAYS = 7  # (a draft's stamp, days before the text's today: 24/12 under "sáng nay (28/12)")
_TODAY_WRITTEN_BEFORE = re.compile(rf"{_TODAY_OPENING_A_DATE}$", re.IGNORECASE)


def _today_after_the_stamp(text: str, offset: int, day: int, month: int, page: dt.date) -> dt.date | None:
    """"Sáng nay (2.5), …" on a page stamped 28/4: the day the text calls today, written beside
    it, a few days after a stamp that was the draft's, in the page's year (or the next); else None."""
    if not _TODAY_WRITTEN_BEFORE.search(text, max(0, offset - 20), offset):
        return None
    return next((today for year in (page.year, page.year + 1) if (today := _make_date(year, month, day))
                 and 0 < (today - page).days <= _STAMP_BEFORE_TODAY_DAYS), None)


# "Chiều 2/11, tại …" opening a lead on a page stamped late on 1/11: the page's clock
# (a time zone, a draft's time) is off, not the event to come.
_REPORT_OPENING = re.compile(r"^\W*(?:sáng|chiều|trưa|tối|đêm)\s*(?:ngày\s*)?$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:sẽ|dự kiến|chuẩn bị|sắp)\b", re.IGNORECASE)


def _opens_a_report(text: str, offset: int) -> bool:
    sentence = _first_sentence(text[offset:])
    return bool(_REPORT_OPENING.match(text[:offset])) and not _WILL.search(sentence)


_ONLINE_SINCE = 1997  # no page re-posted now was first put online before
# A review of a year that is over, in the headline or the lead: "tổng kết (công tác) năm 2018".
# ("kết quả" reviews nothing by itself: "công bố kết quả kỳ thi … năm 2019"; nor a quarter or
# months of the year: "đánh giá kết quả quý I và triển khai nhiệm vụ năm 2019")
_REVIEWED = re.compile(r"\b(?:tổng\s+kết|nhìn\s+lại)\b(?![^.;]*\b(?:quý|tháng)\b)", re.IGNORECASE)
_REVIEW_SPAN = 40  # (characters before the year)
_REVIEW_MONTHS = 3  # (a year's review is held by March)
_MONTHS_BEFORE_TET = 11  # (a day of November or December under a Tết's year is of the year before)
# With no page date, the context's year dates a day without one only when the headline or the
# lead names it, or the body does about three times ("Sáng 5/1, …" under "… kế hoạch năm 2019"); a
# year of a figure or a plan said once ("doanh thu năm 2023 đạt …") is as often another year's.
# A season or a school year the text opens with is a frame, not a figure: it dates a day of its
# months ("Ngày 7/10, …" over "đầu năm học 2025 - 2026" in the next paragraph).
_YEAR_WITHOUT_A_PAGE = 3
_OPENING_PARAGRAPHS = 2  # (after the lead: where a text sets its frame)


def _retold(year: int, lead: str, headlines: list[str], weighted: list[tuple[str, int]]) -> bool:
    """The lead or the headline retells a day of that year and the text comes back to it
    ("Ngày 30/4/1975: Xe tăng tiến vào Dinh Độc Lập", "Trưa ngày 30/4, …", "Năm 1975, …")."""
    told = [lead, *headlines]
    return any(str(year) in text for text in told) and not any(int(y) >= _ONLINE_SINCE for text in told for y in _ANY_YEAR.findall(text)) \
        and sum(str(year) in text for text in {text for text, _ in weighted}) >= 2  # (the lead is in the body too; not "(1975-2025)")


# An old story put online again is not dated within this many days before its new page
# ("ngày 29/6 bị TAND Hà Nội xét xử" on a page of 2/7/2020 that retells the crimes of 2015).
_DAYS_OF_THE_PAGE = 3


# How many days before a day without a year a step told with its full date may stand to lend it
# its year (see _year_of_a_step_just_before).
_STEP_BEFORE_DAYS = 45
_BEFORE_THAT = re.compile(r"\btrước đó\b", re.IGNORECASE)
_BORN_BEFORE = re.compile(r"\b(?:sinh|SN|ngày sinh)\b[^\d]*$", re.IGNORECASE)
_WRITTEN_FULL_DATE = re.compile(rf"(?<![\d/.-]){_FULL_DATE}(?![\d/.-])")


def _year_of_a_step_just_before(day: int, month: int, texts: list[str]) -> dt.date | None:
    """The day in the one year where a full date the texts write falls 1 to _STEP_BEFORE_DAYS
    days before it; or None (none, or two years that would do)."""
    found = set()
    for text in texts:
        for match in _WRITTEN_FULL_DATE.finditer(text):
            step = _make_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            if step is None or not _ONLINE_SINCE <= step.year < 2100 or _BORN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue  # (no history, no birthday: "sinh ngày 15-6-1967")
            sentence = text[max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1:match.start()]
            if not _BEFORE_THAT.search(sentence):
                continue  # (only a step the text says came before: "Trước đó, … ngày 28-6-2022")
            for year in (step.year, step.year + 1):
                when = _make_date(year, month, day)
                if when and 1 <= (when - step).days <= _STEP_BEFORE_DAYS:
                    found.add(when)
    return found.pop() if len(found) == 1 else None


def _infer_year(
    day: int, month: int, lead: str, headlines: list[str], body: list[str], page: dt.date | None
) -> dt.date | None:
    weighted = [(text, 3) for text in headlines] + [(lead, 2)] + [(text, 1) for text in body]
    if page:
        recent = _make_date(page.year, month, day)
        if recent and recent > page:
            recent = _make_date(page.year - 1, month, day)
        if recent and (page - recent).days <= _RECENT_DAYS \
                and not any(int(year) <= page.year - 2 for text, _ in weighted for year in _ANY_YEAR.findall(text)):
            return recent  # (no year long before the page's: no sign of a re-post, nothing to score)
    scores = context_years(weighted)
    kept = next((int(m.group(1)) for text in (*headlines, lead) if (m := _YEARS_KEPT.search(text))), None)
    if kept:
        # "Lễ kỷ niệm 20 năm thành lập" in the lead: of the years the text names, the one that is
        # the founding's (also named: "xuất bản số đầu tiên vào năm 1999") plus twenty is the day's.
        for year in [year for year in scores if year - kept in scores]:
            scores[year] += _ANNIVERSARY_STRENGTH * _KEPT_WEIGHT
    if page:
        # The page's date decides, unless it is a re-publication years later: the
        # context speaks only of a year long before ("năm 2019" on a page of 2023).
        top = max(scores, key=scores.get) if scores else None
        # (A year before any page was put online re-posts nothing, unless the lead or the
        # headline retells the day in it and the text comes back to it: "Chiều 7/5, … chiến
        # dịch Điện Biên Phủ năm 1954 toàn thắng", then "Năm 1954, …"; not "… bài phát biểu
        # của cố Tổng thống Ronald Reagan vào năm 1987", said once.)
        retold = top is not None and top < _ONLINE_SINCE and _retold(top, lead, headlines, weighted)
        # (An old article put online again is not dated the days just before its new page,
        # unless its headline names the old year: "Ngày 26/10, Ấn Độ và Trung Quốc
        # nối lại các chuyến bay" on a page of 26/10/2025 that speaks of the clashes of 2020 is
        # that day's news; "… kế hoạch năm 2019" over "Chiều 8/1" on a page of 9/1/2024 is not.)
        republished = top is not None and scores[top] >= 3 and not scores.get(recent.year if recent else 0) and top <= page.year - 2 \
            and (top >= _ONLINE_SINCE and ((page - recent).days > _DAYS_OF_THE_PAGE or any(str(top) in h for h in headlines)) or retold)
        if recent and (page - recent).days <= _RECENT_DAYS and not republished:
            return recent
    candidates = sorted(scores.items(), key=lambda item: (-item[1], -item[0]))
    if page is None and (stepped := _year_of_a_step_just_before(day, month, [lead, *body])):
        # "Ngày 5-7, Chánh Thanh tra … ký ban hành Quyết định …", then "Trước đó, … ngày
        # 28-6-2022, Thanh tra … công bố Kết luận": a step told in full days before the day
        # without a year says its year, whatever else the text dates.
        return stepped
    # A year's review beside the next year's plan, as much said in December as in
    # January: when both are spoken of about as much, "28/12" goes with the earlier
    # year and "5/1" with the later.
    if len(candidates) >= 2 and abs(candidates[0][0] - candidates[1][0]) == 1 and candidates[1][1] >= 0.7 * candidates[0][1]:
        earlier, later = sorted(candidates[:2])
        # (a season or a school year over the two, "năm học 2025-2026", opens in August or
        # September: its first year from then to December, its second from January)
        before = [words for text, _ in weighted for first, words in _seasons(text) if first == earlier[0]]
        if any(_NEXT_SCHOOL_YEAR.search(b) for b in before):
            # "kế hoạch tuyển sinh vào lớp 10 năm học 2025-2026" in April: the year before it opens
            candidates[:2] = [earlier, later]
        elif any(_SCHOOL_YEAR_CLOSED.search(b) for b in before) and 5 <= month <= 9:
            candidates[:2] = [later, earlier]  # "tổng kết năm học 2024-2025" in August: the year it closed
        else:
            opens = 8 if before else 10
            candidates[:2] = [earlier, later] if month >= opens else [later, earlier] if month <= 3 or before and month <= 6 else candidates[:2]
    if candidates and month <= _REVIEW_MONTHS \
            and any(_REVIEWED.search(text, max(0, m.start() - _REVIEW_SPAN), m.start() + 1) for text, _ in weighted[:len(headlines) + 1]
                    for m in re.finditer(rf"\bnăm\s+{candidates[0][0]}\b", text)):
        # "Hội nghị tổng kết công tác năm 2018" over "Sáng 9/1": a year is reviewed once it is
        # over, in the first months of the next (as the headline or the lead says; not a
        # quarter's review: "tổng kết công tác quý I năm 2019").
        candidates[0] = (candidates[0][0] + 1, candidates[0][1])
    if candidates and month >= _MONTHS_BEFORE_TET and any(int(m.group(1)) == candidates[0][0] for text, _ in weighted for m in _TET_YEAR.finditer(text)):
        # "Sáng 20/12, … đón Tết Nguyên đán Canh Tý 2020": the weeks before Tết are of the year before it
        candidates[0] = (candidates[0][0] - 1, candidates[0][1])
    if candidates and (documents := _documents_dated_only(candidates[0][0], weighted)) and (month, day) < min(documents):
        # "Chiều 11/4, … giám sát việc thực hiện Nghị quyết 31 ngày 6/9/2016": a year the text names only in
        # documents' dates, all later in it than the day, is not the day's (the work on a document follows it)
        candidates = candidates[1:]
        if page is None and not candidates:
            return None
    if page is None and candidates and candidates[0][0] < _ONLINE_SINCE and not _retold(candidates[0][0], lead, headlines, weighted):
        return None  # with no page date, a year of history ("năm 1945") dates no news day, unless the day is retold in it
    if page is None and candidates and candidates[0][1] < _YEAR_WITHOUT_A_PAGE \
            and not any(str(candidates[0][0]) in text for text in (lead, *headlines)) \
            and not any(candidates[0][0] in (first, first + 1) for text in (lead, *headlines, *body[:_OPENING_PARAGRAPHS])
                        for first, _ in _seasons(text)):
        return None  # a year said once or twice in passing does not date the day: a maintainer does
    for year, _ in candidates:
        found = _make_date(year, month, day)
        if found and (page is None or found <= page):
            return found
    if page:
        found = _make_date(page.year, month, day)
        if found and found > page:
            found = _make_date(page.year - 1, month, day)
        return found
    return None
