"""Who wrote it and where it ran: the byline at the end ('PHÙNG KHIÊM'), photo credits
that are not bylines, 'Theo Báo Cao Bằng', the outlet's prefix on the lead ('LSO-'),
and the site boilerplate after the article (rating widgets, comment boxes).
"""

from __future__ import annotations

import functools
import re

from ..vietnamese import LOWER_LETTERS, UPPER_LETTERS, fold, is_vietnamese_syllable, name_case, normalise
from .vocabulary import Vocabulary, load_vocabulary

_PREFIX = re.compile(r"^\s*\(?([A-ZĐ][A-ZĐ&]{1,11}(?:\.VN| Online)?)\)?\s*[-–—]\s*", re.IGNORECASE)  # (and "QĐND Online –", "GD&TĐ -")
_DOMAIN_PREFIX = re.compile(r"^\s*\(?((?:[\w-]+\.)+(?:vn|com|net|org|info)|Web\.[A-ZĐ]{2,8}(?=[\s:)–—-]))\)?\s*[-–—:]?\s*", re.IGNORECASE)
# (and a site's own label, "Web.ĐTN: Ngay từ …", the Youth Union's portal)
_CORRESPONDENT = re.compile(rf"^\s*Theo\s+(?:phóng viên|PV|nhóm phóng viên)\s+((?:[{UPPER_LETTERS}][\w+]*)(?:\s[{UPPER_LETTERS}][\w+]*){{0,3}})\s+(?:thường trú\s+)?tại\b")
_PAREN_PREFIX = re.compile(r"^\s*\(([^()]{2,30})\)\s*(?:\.?\s*[-–—]\s*)?")  # (an agency's letters need no dash: "( TNO ) Chiều 1.11"; "( SGGP ) . -")

_CREDIT = re.compile(r"^\(?\s*(?:ảnh|ảnh minh họa|video|đồ họa|clip|nguồn ảnh)\s*:", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^\(?\s*(?:theo|nguồn(?:\s+tin)?(?:\s+từ(?=\s*:))?)(?:\s*:\s*|\s+)(.{2,60}?)\s*\)?\s*$", re.IGNORECASE)  # (and "(Nguồn:baoxaydung.com.vn)")
_CLAUSE_GOES_ON = re.compile(rf",\s+[{LOWER_LETTERS}]")  # a comma, then lower case: a sentence goes on
_SCHEME = re.compile(r"^https?://(?:www\.)?", re.IGNORECASE)
# A credit line that gives the page's whole address, however long (or cut short: "…-khong-phat-...").
_ADDRESS_CREDIT = re.compile(r"^\(?\s*(?:theo|nguồn)\s*:?\s+https?://(?:www\.)?([\w-]+(?:\.[\w-]+)+)(?:/\S*)?\s*\)?$", re.IGNORECASE)
_BYLINE_LEAD = re.compile(
    # "Bài:", "Tin, ảnh:", "Tin-ảnh-clip:", "Bài và ảnh:": what the author did, then the name.
    r"^(?:(?:(?:bài viết|bài|tin|ảnh|clip|video)(?:(?:\s*(?:,|-|–|/|&|và)\s*|\s+)(?:bài|tin|ảnh|clip|video))*|tác giả|thực hiện|nhóm thực hiện|nhóm phóng viên|phóng viên|pv|ctv|người đưa tin|nguồn tin|th|tổng hợp|nội dung)\s*:\s*"
    r"|(?:tản văn|truyện ngắn|bút ký|ghi chép|tùy bút|thơ) của\s+"  # "Tản văn của Nguyễn Hằng"
    rf"|tác giả\s+(?=(?-i:[{UPPER_LETTERS}]))"  # "tác giả Uyên Na", with no colon
    rf"|(?:bài|tin)\s*(?:,|-|và)\s*ảnh\s+(?=(?-i:[{UPPER_LETTERS}])))",  # "Bài, ảnh Thoại Hà": who wrote it and took the photos
    re.IGNORECASE,
)
# "THÙY TRANG; ảnh: PHẠM TRUNG": the photographer after the author is no author.
_PHOTO_CREDIT_AFTER = re.compile(r"\s*[;,.-]\s*(?:ảnh|video|clip|đồ họa|photo)\s*:.*$", re.IGNORECASE)  # ("Nội dung: A, Video: B, Photo: C")
# Names joined by a dash, with spaces or without: "Nghiệp - Hình", "NGUYỄN-HÀ", "Minh Đường-Minh Quang".
_AUTHOR_SPLIT = re.compile(rf"\s+[-–—&]\s+|\s*,\s*|\s+và\s+|(?<=[^\W\d_])[-–](?=[{UPPER_LETTERS}])")
# "Hà Thu (tổng hợp)", "Minh Anh (theo Reuters)": a note after the author's name.
_COMPILED_NOTE = re.compile(
    r"\s*(?:[-–]\s*)?\((?:tổng hợp|th|t/h(?:\s+[^()]{2,40})?|theo [^()]{2,30}|nguồn\s*:?\s*[^()]{2,30}|lược dịch|dịch|biên dịch|CTV|cộng tác viên|PV|phóng viên|thực hiện|ghi|ghi chép|"
    r"TTXVN|TTXVN/Vietnam\+|VOV\d?|VNA|TTXVN/[^()]{2,20}|ảnh\b[^()]{0,40}|(?:từ|tại) [^()]{2,30})\)\s*$",  # "Đồng Thúy (TTXVN)": the reporter's agency; "(Ảnh do nghệ sĩ cung cấp)"; "Quang Thịnh (Từ Indonesia)": where he wrote from
    re.IGNORECASE,
)
# The same note with no brackets: "Vũ Ánh - CTV", "Xuân Hoa tổng hợp", "THANH HIỆP thực hiện".
_BARE_NOTE = re.compile(r"(?:\s+[-–]\s*|\s+)(?:CTV|cộng tác viên|tổng hợp|thực hiện|lược dịch|biên dịch)\s*\.?$", re.IGNORECASE)
# A note under the author's line, no part of the text: "(Tổng hợp)", "* Tên nhân vật đã thay đổi."
_NOTE_UNDER_AUTHOR = re.compile(r"^(?:\(\s*(?:tổng hợp|t/h|th)\s*\)\.?|\*\s*(?:tên|các tên|nhân vật)\b[^*]{0,60})$", re.IGNORECASE)
# Initials as a byline after 'Tin, ảnh:' ('P.Y', 'M.H').
_INITIALS = re.compile(rf"^(?:[{UPPER_LETTERS}]\.){{1,3}}[{UPPER_LETTERS}]?[a-zà-ỹ]*$")
# "T.Nhung", "N.T.Hà", "Nh.Thạch": initials (or a Vietnamese consonant pair cut short)
# glued to a given name; not "Tp.Huế", "Mr.Bean", "Dr.Thanh".
_INITIAL_GLUED = re.compile(rf"^(?:(?:[{UPPER_LETTERS}]|Nh|Th|Tr|Ch|Ph|Kh|Ng|Gi|Qu)\.){{1,2}}[{UPPER_LETTERS}][a-zà-ỹ]+$")
_INITIAL = re.compile(rf"^(?:[{UPPER_LETTERS}]\.){{1,3}}$")
# Credits that name a desk, not a person: "PV", "Nhóm PV", "BTV".
_DESK_CREDITS = frozenset({"pv", "ctv", "btv", "nhóm pv", "phóng viên", "nhóm phóng viên", "bbt", "ban biên tập"})
# "VĨNH LỘC/ Báo Quảng Nam": the author, then the outlet.
_AUTHOR_SLASH_OUTLET = re.compile(r"^(?P<author>[^/]{3,40}?)\s*/\s*(?P<outlet>(?:báo|tạp chí|đài|ttxvn|vov\d?|vtv\d?)\b.{0,40})$", re.IGNORECASE)
# A news agency alone on the last line: "AFP", "(Reuters)", "AP/TTXVN".
_AGENCIES = r"(?:AFP|AP|AA|Reuters|Xinhua|Bloomberg|CNN|BBC|Kyodo|Yonhap|Sputnik|TASS|Tass|RIA Novosti|TTXVN|VNA)"
_AGENCY_LINE = re.compile(rf"^\(?{_AGENCIES}(?:\s*/\s*(?:TTXVN|Vietnam\+))?\)?\.?$")
# An agency, then other outlets the text draws on, a short list with no sentence's mark.
_AGENCIES_LISTED = re.compile(rf"^{_AGENCIES}(?:,\s*[^\W\d_][^,.!?:;()]{{1,25}}){{1,5}}$")
# A page's address on a line of its own.
ADDRESS_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
# VCCorp's sites' button to the original under a credit (its address beside it or a paragraph below).
_ORIGINAL_LINK_WORDS = r"link bài(?: viết)? gốc(?:\s+lấy link!?)?"
_ORIGINAL_LINK = re.compile(rf"^{_ORIGINAL_LINK_WORDS}$", re.IGNORECASE)
# "Nh.Thạch (AFP)": the author, then the agency whose report it is.
_AUTHOR_AGENCY = re.compile(rf"^(?P<author>[^()]{{2,40}}?)\s*\((?P<outlet>{_AGENCIES})\)\.?$")
_THEO_AUTHOR_OUTLET = re.compile(r"^\(?(?i:theo)\s+(?P<author>[^()]{2,40}?)\s*\((?P<outlet>[^()]{2,40})\)\s*\.?\)?$")
_AUTHOR_BRACKETED = re.compile(r"^(?P<author>[^()]{2,40}?)\s*\((?P<outlet>(?!(?i:theo|nguồn)\b)[^()]{2,40})\)\.?$")
# "Bell Shino, Theo Doanh nghiệp và Tiếp thị": the author, then whose text it is.
_AUTHOR_COMMA_THEO = re.compile(r"^(?P<author>[^,()]{3,40}?)\s*(?:,\s*(?i:theo)|\s+Theo)\s+(?P<outlet>[^,()]{2,60}?)\s*\.?$")  # (and "Duy Anh Theo Mashable")
# "Xuyến Chi (Theo CNN)", "Phương Anh (Nguồn: Khmer Times)", "Diệp Thảo/VOV.VN (biên dịch) Theo ABC, CNN": a translator, then
# the outlets translated, "Theo" set off by parentheses or after the desk's mark (never a
# sentence's "Ông A theo dõi …").
# (and "Khánh Ly/TTXVN (Theo Reuters)", "Trí Nhân/VOV.VN biên dịch Nguồn: New York Times",
# "Diệp Thảo/VOV.VN (Tổng hợp) Theo Reuters, RT": the desk's mark and what the desk did first)
_TRANSLATOR_THEO = re.compile(
    r"^(?P<author>[^,()/]{3,40}?)\s*(?:(?:/\s*[\w.+-]{2,20}\s*)?\(\(?\s*(?:[Tt]heo|[Nn]guồn\s*:|[Tt]ổng hợp (?:từ|theo))\s+(?!(?:Tổng hợp|Internet|Sưu tầm|ST|TH)\b)(?P<outlet>[A-Z][^()]{1,59}?)\s*\)"
    r"|(?:/\s*[\w.+-]{2,20}\s*(?:\((?:(?:biên |lược )?dịch|[Tt]ổng hợp)\)\s*|(?:(?:biên |lược )?dịch|tổng hợp)\s+)?|\((?:biên |lược )?dịch\)\s*)"
    r"(?:[Tt]heo|[Nn]guồn)\s*:?\s+(?P<translated>[A-Z][^()]{1,59}?))\s*\.?$"
)
_SIGNED_BY = re.compile(r"^By\s+(?P<who>\S[^,;]{1,60}?)\s*\.?$")
# "Chân Như – Website Agribank", "Website Agribank": (an author and a dash, then) a site by its word.
# (the site's name capitalised after its word, or a unit and its name; not a sentence: "Website mới có …",
# "Cổng thông tin điện tử tỉnh đã được nâng cấp.")
_SIGNED_FOR_A_SITE = re.compile(
    rf"^(?:(?P<author>[^\W\d_][^,()/–-]{{2,38}}?)\s+[-–]\s+)?(?P<site>(?:Website|Trang tin|Trang thông tin(?: điện tử)?|Cổng thông tin(?: điện tử)?)"
    rf"(?:\s+(?:tỉnh|huyện|xã|thành phố|quận|phường))?(?:\s+[{UPPER_LETTERS}][^\s()]*){{1,8}})\s*$")
# "Chinhphu.vn · Thiện Tâm": the site's address, a dot, the author.
_SITE_DOT_AUTHOR = re.compile(r"^(?P<outlet>[\w-]+\.(?:vn|com\.vn|gov\.vn|net|com|org))\s*[·•|]\s*(?P<author>[^·•|]{3,40})$", re.IGNORECASE)

# Everything from one of these lines to the end is the site around the article.
_TAIL_MARKERS = re.compile(
    r"^(?:đánh giá của bạn|bình luận|ý kiến bạn đọc|gửi bình luận|viết bình luận|bạn còn\s*\S*\s*ký tự|"
    r"xếp theo\s*:|mời các bạn tham gia|tin(?: tức| bài)? liên quan|tin cùng chuyên mục|bài viết liên quan|"
    r"các tin khác|tin khác|xem thêm\s*:?$|từ khóa\s*:|từ khoá\s*:|tags?\s*:|chia sẻ\s*:?$|"
    r"lượt xem|số lượt (?:người )?xem\s*:?\s*\d|in bài|bản quyền thuộc|\*?\s*mời (?:độc giả|bạn đọc|quý độc giả)|trở (?:lại|về) (?:đầu trang|trang chủ|trang trước|chuyên mục)|lưu$|đọc tiếp$|"
    r"về trang chủ|theo dõi (?:báo|chúng tôi)|đọc thêm\s*:?$|từ khóa$|từ khoá$|bạn có thể quan tâm|có thể bạn (?:quan tâm|muốn đọc)\s*:?$|"
    r"tin cùng chủ đề|xem tiếp|đọc nhiều nhất|(?:tin|tin tức|bài viết) mới nhất$|chia sẻ bài viết|(?:các )?tin đã đưa|"
    r"\**(?:những |các )?tin (?:mới|cũ) hơn\**\s*:?$|"  # ("TIN MỚI HƠN", a Markdown copy's "**Những tin mới hơn**")
    r"related (?:articles?|posts?|news|stories)\s*:?$)",  # (an English theme's box)
    re.IGNORECASE,
)


# Lines of a page's header that are not the headline: section breadcrumbs, share and
# print buttons, the site's own name.
_SECTIONS = frozenset(fold(s) for s in """
thời sự|xã hội|kinh tế|kinh doanh|thế giới|chính trị|pháp luật|giáo dục|sức khỏe|văn hóa|
thể thao|giải trí|du lịch|đời sống|khoa học|công nghệ|giao thông|tin tức|trong nước|quốc tế|
quốc phòng|an ninh|tiêu dùng|bất động sản|xe|ý kiến|bạn đọc|góc nhìn|tin mới|tin nổi bật|
sự kiện|chính sách|nông nghiệp|môi trường|địa phương|tin tổng hợp|tin tức - sự kiện|tin tức sự kiện|
tin hoạt động|hoạt động lãnh đạo|xây dựng đảng|tin địa phương|thời sự trong nước|trang chủ|
tin trong nước|tin quốc tế|quân sự|an ninh - trật tự|an ninh trật tự|pháp luật - bạn đọc|
chỉ đạo - điều hành|chỉ đạo điều hành|kinh tế - xã hội|văn hóa - xã hội|video|media|multimedia|
hồ sơ|phân tích|đầu tư|tiềm năng|cơ hội đầu tư|tài chính|chứng khoán|doanh nghiệp|nhà đất|
showbiz|sao|star|tv show|ciné|musik|âm nhạc|phim|điện ảnh|sân khấu|thời trang|làm đẹp|
beauty & fashion|ẩm thực|gia đình|tâm sự|giới trẻ|học đường|tuyển sinh|du học|việc làm|
sport|bóng đá|bóng đá việt nam|bóng đá quốc tế|số hóa|ô tô|xe máy|hình sự|dân sinh|nhịp sống|
thị trường|ngân hàng|lifestyle|thế giới đó đây|quân sự thế giới|nhịp sống trẻ|nhịp sống số|giả-thật|
an ninh quốc phòng|quốc phòng an ninh|văn hóa xã hội|kinh tế xã hội|người tốt việc tốt|thông tin chỉ đạo điều hành|
tin trong tỉnh|tin trong huyện|tin tỉnh|tin huyện|hoạt động của lãnh đạo|tin hoạt động của lãnh đạo|thông báo|
số lượt truy cập|lượt truy cập|thống kê truy cập|số lượt đang online|đang online|đang truy cập|
""".replace("\n", "").split("|") if s.strip())
_SHARE = re.compile(
    r"^(?:chia sẻ|in bài(?: này)?|lưu(?: bài)?|(?:viết |gửi )?bình luận|zalo|facebook|twitter|email|copy link|sao chép liên kết|"
    r"nghe (?:đọc )?bài|nghe(?= chia sẻ)|(?:xem với )?cỡ chữ|theo dõi|google news|google(?=\+)|a\s*[+-]|lượt xem|gửi bài|bản in|in|print|tweet|"
    r"góp ý|báo lỗi|đóng kênh chia sẻ|"  # (Zing's "Góp ý & Báo lỗi"; BBC's "Đóng kênh chia sẻ")
    r"[-+a\s|]+$)\b.{0,40}$",
    re.IGNORECASE,
)
# What else a line of share buttons says ("Theo dõi Báo X trên Google News", "In bài
# viết"): a line with any other lower-case word is a headline that opens like one
# ("Lưu giữ thanh âm di sản", "Chia sẻ kinh nghiệm …").
_SHARE_WORDS = frozenset("""
chia sẻ in bài này lưu bình luận zalo facebook twitter email copy link sao chép liên kết
nghe đọc cỡ chữ theo dõi google news a lượt xem gửi bản print tweet viết tin lên qua trên
text báo trở về
với bạn bè sau ngay của chúng tôi trang kênh youtube tiktok messenger mục xem
góp ý lỗi
""".split())
_LOWER_WORD = re.compile(r"(?<![\w.])[^\W\d_A-Z][^\W\d_]*")


# A site's masthead and foot, which a scraper may put above the article: who edits it, its
# licence, its hotline, its rights, its comment box ("Tổng biên tập: …", "Đường dây nóng: …",
# "Bản quyền thuộc về Báo điện tử Dân Việt.", "Báo điện tử của Trung ương Hội Nông dân Việt Nam").
_MASTHEAD = re.compile(
    r"^(?:(?:phó )?tổng biên tập\s*:|đường dây nóng\s*:|hotline\s*:|liên hệ quảng cáo\s*:"
    r"|bản quyền thuộc|vui lòng đăng nhập|cơ quan chủ quản\s*:|báo điện tử của |cơ quan của )",
    re.IGNORECASE,
)


# (and its licence, by its number: "… Giấy phép hoạt động báo điện tử số 115/GP-BTTTT do Bộ …"; not a
# headline on a licence, "Giấy phép hoạt động của nhà xe bị thu hồi")
_LICENCE_NUMBER = re.compile(r"\d+/GP-[A-ZĐ]")


# The body or firm that runs the site, its name in capitals over every page ("TỔNG CÔNG TY
# KHOÁNG SẢN VÀ THƯƠNG MẠI HÀ TĨNH - CTCP", "TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ TRUYỀN THÔNG HÀ TĨNH").
_OWNER_IN_CAPITALS = re.compile(r"^(?:TỔNG CÔNG TY|CÔNG TY|TẬP ĐOÀN|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG|VIỆN|SỞ|UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN) \w+ \w+")


def is_masthead_line(line: str) -> bool:
    """A line of the site around the article, not of the article: its masthead, licence, rights
    or comment box, or its own name set in lower case."""
    line = line.strip()
    return bool(_MASTHEAD.match(line)) or "/GP-" in line and bool(_LICENCE_NUMBER.search(line)) \
        or line[:1].islower() and " " in line and not any(map(str.isupper, line))  # ("chính phủ nước cộng hòa …": a site's name set in lower case, no headline)


def is_share_line(line: str) -> bool:
    return bool(_SHARE.match(line)) and all(
        word.lower() in _SHARE_WORDS for word in _LOWER_WORD.findall(line) if word.islower()
    ) or bool(_PAGE_WIDGET.match(line))


# A pasted page's widgets round its header, each a whole line: a table of contents' label
# ("Nội dung chính", a repost site's), an image's placeholder ("Ảnh minh họa"), a read-aloud player's length,
# speeds and voices ("3:47", "0.75x", "Nữ miền Bắc"), the text's size, a reader's account, an
# advertisement's label, a share button's answer ("Like VOV", "Quên mật khẩu Đăng ký"). Whole
# lines only: "ĐĂNG KÝ XE MÁY CHÍNH CHỦ …" is a headline.
_PAGE_WIDGET = re.compile(
    r"^\s*(?:nội dung chính|mục lục|ảnh minh (?:họa|hoạ)|-?\d{1,2}:\d{2}|[0-3](?:[.,]\d{1,2})?x|(?:giọng )?(?:nữ|nam) (?:miền|phía) (?:bắc|nam|trung)|nhỏ hơn(?: lớn hơn)?|chọn cỡ chữ"
    r"|quên mật khẩu(?: đăng ký)?|đăng nhập|đăng ký|quảng cáo(?: của \S+)?|like \S+|copy link thành công!?"
    r"|chia sẻ qua \S+(?: in bài viết)?(?: chia sẻ qua \S+)?"
    rf"|{_ORIGINAL_LINK_WORDS}(?:\s*:?\s+https?://\S+)?)\s*$", re.IGNORECASE)  # (and "Link bài viết gốc: https://…")


_SITE_LINE = re.compile(r"^(?:báo|tạp chí|chuyên trang|cổng thông tin(?: điện tử)?|trang thông tin(?: điện tử)?|đài)\b.{2,60}$|^[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)$", re.IGNORECASE)
# "Phùng Anh (VTV Online)" under the headline: an author and the outlet.
_HEADER_BYLINE = re.compile(r"^(?P<author>[^()]{3,40}?)\s*\((?P<outlet>[^()]{2,30})\)$")
# A mailbox, its host's first name kept: an outlet's ("tto@tuoitre.com.vn"), an author's.
_MAILBOX = re.compile(r"[\w.+-]+@(?:www\.)?(?P<stem>[\w-]+)\.[\w.-]*\w")
# An author's row under the headline: the name, then a mailbox or the word for the trade.
_AUTHOR_WITH_MAIL_OR_TITLE = re.compile(
    rf"^(?P<author>[^\W\d_][^@()\d]{{1,38}}?)\s*(?:[-–|]\s*{_MAILBOX.pattern}|\s(?:Nhà báo|Phóng viên|Biên tập viên|Cộng tác viên))$")
_MORE_BY_THE_AUTHOR = re.compile(r"^(?:xem (?:thêm )?(?:các |tất cả )?bài viết (?:của|cùng) tác giả|các bài viết của tác giả)\s*$", re.IGNORECASE)
_CRUMB_SEPARATORS = re.compile(r"\s[>»›/|]\s|^[>»›/]\s|^\s*(?:trang chủ|home)\b", re.IGNORECASE)
# "… - VnExpress", "… | Báo Lạng Sơn", "TTXVN - …", "… – Báo Hòa Bình: Tin tức mới nhất …"
_SITE_WORDS = (
    r"báo|tạp chí|online|điện tử|tin tức|news|cổng thông tin|\.vn|\.com|vnexpress|tuổi trẻ|thanh niên|dân trí|"
    r"vietnamnet|vov|vtv|ttxvn|vnanet|vietnamplus|nhân dân|lao động|znews|zing|tiền phong|người lao động|"
    r"vtc|soha|kenh14|cafef|vneconomy|baomoi|báo mới|chinhphu|qdnd|cand|ngoisao|(?-i:Ngôi [Ss]ao)$"  # (VnExpress's Ngôi Sao, by its name alone)
)
_TITLE_SUFFIX = re.compile(rf"\s+[|–—-]\s+(?P<site>(?:\S+\s+){{0,3}}?\S*?(?:{_SITE_WORDS})[^|–—]{{0,80}})$", re.IGNORECASE)
# A page's <title> names its section after a bar: "… | Bóng đá Quốc tế", "… | Thời sự"
# (not a headline's second half: "… | Vàng SJC lao dốc").
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)\s*$")
_SECTION_AFTER_PIPE = re.compile(r"\s+\|\s+(?P<section>[A-ZĐÀ-Ỹ][^|]*)$")
_TITLE_PREFIX = re.compile(r"^(?P<site>TTXVN|VOV|VTV|VNA|Chinhphu\.vn|[A-Za-z]+\.vn)\s*[-–|:]\s+")


@functools.lru_cache(maxsize=256)  # (a header's lines are asked of again as the header is read)
def is_section_line(line: str) -> bool:
    """A breadcrumb or section name above a headline ('Xã hội', 'THỜI SỰ > Cần Thơ')."""
    folded = fold(line).strip(" :>»")
    if _SLUG_PATH.fullmatch(line.strip()):
        return True  # "danh-muc.ky-thuat.nuoi-tom": a category's path as a site's data keeps it
    if _SLUG.fullmatch(line.strip()):
        folded = folded.replace("-", " ")  # "thoi-su": a section as its address writes it
    if folded in _SECTIONS or all(part in _SECTIONS for part in _SECTION_JOIN.split(folded)):
        return True  # also sections joined: "QUỐC PHÒNG - AN NINH"
    if folded.startswith(_NEWS_OF_A_BODY) and len(line.split()) <= _NEWS_OF_A_BODY_WORDS:
        return True  # "TIN HOẠT ĐỘNG BỆNH VIỆN", "Tin hoạt động ngành": the body's news, a section
    if _HOME_CRUMB.match(line):
        return True  # "Trang Chủ / <the headline>": a breadcrumb whose last crumb is the page, however long
    return len(line.split()) <= 12 and bool(_CRUMB_SEPARATORS.search(line))  # (the count first: a pattern tried at every character)


_HOME_CRUMB = re.compile(r"\s*(?:trang chủ|home)\s*[>»›/|]\s*\S", re.IGNORECASE)
_NEWS_OF_A_BODY = "tin hoat dong "
_NEWS_OF_A_BODY_WORDS = 6
_SLUG = re.compile(r"[a-z]+(?:-[a-z]+){1,4}")
_SLUG_PATH = re.compile(r"[a-z]+(?:-[a-z]+)+(?:[./][a-z]+(?:-[a-z]+)*)+")
_SECTION_JOIN = re.compile(r"\s+[-–&]\s+|\s*,\s*")


# A forum's or a site's member name: letters of no case but lower, digits, "_" or ".", no space
# ("teddyhangvu", "b3_boolil"); no author writes his name so.
_USER_HANDLE = re.compile(r"[a-z][a-z0-9_.]{3,30}")


def read_header(lines: list[str], vocabulary: Vocabulary) -> tuple[list[str], str | None, str | None]:
    """(the header's lines without breadcrumbs, share buttons, the site's own name and an
    author line; the site's name where a line gives it; the author)."""
    kept, site, byline, in_crumbs = [], None, None, False
    # The last line that could be the headline (not the site's name, not a section):
    # a short line before it may be a crumb, never that line itself ("Gần dân").
    last_headline = max((i for i, line in enumerate(lines) if not _is_site_line(line, vocabulary) and not is_section_line(line)), default=-1)
    for index, line in enumerate(lines):
        credited = _HEADER_BYLINE.match(line)
        if credited and index > 0 and _author_names(credited.group("author")):
            byline = byline or _author_names(credited.group("author"))
            site = site or credited.group("outlet").strip()
            continue
        labelled = _AUTHOR_WITH_MAIL_OR_TITLE.match(line) if index > 0 else None
        if labelled and _author_names(labelled.group("author")):
            # "Phan Thương - phanthuongbaochi@gmail.com", "Đàm Đệ  Nhà báo": an author's row
            byline = byline or _author_names(labelled.group("author"))
            continue
        if _MORE_BY_THE_AUTHOR.match(line):
            continue  # "Xem các bài viết của tác giả": a link under the author's name
        named = credited_name(line) if kept and index == len(lines) - 1 else None
        if named and not named[:1].isupper():
            continue  # "Theo dõi Báo … trên Google News", "Theo chân nàng hậu" under the headline: no credit, no headline
        if named:
            author, _, outlet = (part.strip() for part in named.partition("/"))
            if outlet and (names := _author_names(author)) and (is_outlet_name(outlet) or _AGENCY_ACRONYM.fullmatch(outlet)):
                byline, site = byline or names, site or outlet  # "Theo DUY CƯỜNG/SGGP" under the headline: the author, then his paper
                continue
            # "Ngọc Mon" (or "MyA", "Minh Nguyễn - Design: Thủy Tiên"), then "Theo Trí Thức Trẻ"
            # under a headline, right above the sapo: a repost names its author, then the
            # paper it took the text from.
            site = site or named
            author = _DESIGN_CREDIT.sub("", kept[-1]) if len(kept) >= 2 else ""
            if _USER_HANDLE.fullmatch(author):
                kept.pop()  # "teddyhangvu" over "Theo Dân Trí": a forum's member who posted the copy, not its author
                continue
            if author and len(author.split()) <= _AUTHOR_ABOVE_CREDIT_WORDS and not author.endswith(_SENTENCE_ENDS) and not is_section_line(author):
                byline = byline or author
                kept.pop()
            continue
        short = len(line.split()) <= 4 and not line.endswith(":") and index < last_headline
        if is_site_line(line, vocabulary):
            site = site or line.strip()
        elif is_section_line(line) or is_share_line(line) or is_masthead_line(line) or (in_crumbs and short):
            # Crumbs whose names no list holds follow a known one: 'Thế giới', 'Thế giới đó đây'.
            in_crumbs = in_crumbs or is_section_line(line) or not is_share_line(line)
        else:
            kept.append(line)
            in_crumbs = False
    # Crumbs that no list holds: short lines, several, above the headline.
    while len(kept) >= 3 and len(kept[0].split()) <= 4 and not kept[0].endswith(":"):
        kept.pop(0)
    # Over the headline, the name of the body or firm that runs the site (not a headline in capitals: one follows).
    if len(kept) >= 2 and kept[0].isupper() and _OWNER_IN_CAPITALS.match(kept[0]) and not kept[0].endswith(tuple(".:?!")):
        kept.pop(0)
    # A photo's caption (it ends in its credit) may stand between headline and lead.
    while len(kept) >= 2 and ends_in_photo_credit(kept[-1]):
        kept.pop()
    # A line of a word or three under a long headline is no headline: the outlet's name
    # an aggregator puts there ("Giác ngộ", "Lao Động", "Kenh14"), its author's full name,
    # or a series' part ("Bài 1"). (A pen name and an outlet's name look alike: the outlet,
    # which aggregators put there.)
    if not byline and (signers := _authors_under_headline(kept, vocabulary)):
        # "Trần Nghị", then "Đức Hoàng" under a whole headline (a pasted page sets each author
        # on a line of his own; Tuổi Trẻ adds "và 1 tác giả khác"): the byline, every name of it
        byline = ", ".join(line for line in kept[-signers:] if not _MORE_AUTHORS.match(line))
        del kept[-signers:]
    if len(kept) >= 3 and kept[-1] == kept[-3] and _too_short_for_a_headline(kept[-2]):
        kept.pop()  # the headline, its author, then the headline again (a record's title and its page's heading)
        if not byline and _author_names(kept[-1]) == kept[-1] and not is_outlet_name(kept[-1]) and not _SERIES_PART.match(kept[-1]) \
                and normalise(kept[-1]) not in vocabulary.places:
            byline = kept.pop()  # ("Ngọc Hân" between them: a pen name no family name opens)
    if len(kept) >= 2 and "/" in kept[-1] and not byline:
        # "THANH HIỆP - VĂN TRUNG - BẢO TRÂN/TTO" under the headline: its authors, then their paper's letters
        left, names, outlet = split_tail([kept[-1]])
        if names and outlet and not left:
            kept.pop()
            byline, site = names, site or outlet
    if len(kept) >= 2 and _too_short_for_a_headline(kept[-1]) and not kept[-2].endswith(":") \
            and (len(kept[-2].split()) >= _LONG_HEADLINE_WORDS
                 # (a person's full name under a headline of middling length: "Liên tiếp nghệ sĩ dùng
                 # chất cấm", then "Đỗ Quyên" over the date line, as Tiền Phong signs; or a pen name in capitals)
                 or len(kept[-2].split()) >= _HEADLINE_OVER_AUTHOR_WORDS
                 and (_full_name_signed(kept[-1], vocabulary) or _pen_name_in_capitals(kept[-1], vocabulary))):
        signed = kept.pop()
        if _full_name_signed(signed, vocabulary) or _pen_name_in_capitals(signed, vocabulary):
            byline = byline or signed  # (a person's full name; "Đại Biểu Nhân Dân" is a paper's)
        elif not _SERIES_PART.match(signed) and normalise(signed) not in vocabulary.places and not _USER_HANDLE.fullmatch(signed):
            # (not "Đà Nẵng", the place VnExpress sets over its lead; nor "teddyhangvu", a forum's member who posted it)
            site = site or signed
    # The headline twice, once cut short (a page's own title and its heading): one title.
    if len(kept) >= 2 and same_headline(kept[-2], kept[-1]):
        longer = max(kept[-2:], key=len)
        kept[-2:] = [longer]
    return kept, site, byline


_UNDER_HEADLINE_WORDS = 3
_AUTHOR_ABOVE_CREDIT_WORDS = 4
_DESIGN_CREDIT = re.compile(r"\s+[-–]\s+(?:design|thiết kế|đồ họa|đồ hoạ|ảnh|video)\s*:.*$", re.IGNORECASE)
_LONG_HEADLINE_WORDS = 8
_HEADLINE_OVER_AUTHOR_WORDS = 5


def _authors_under_headline(kept: list[str], vocabulary: Vocabulary) -> int:
    """How many lines at the end of the header are its authors', a line each, under a whole
    headline: two or more names (or "và 1 tác giả khác"), one of them a full name or a pen
    name in capitals; or 0."""
    count = 0
    while count < len(kept) - 1:
        line = kept[-1 - count]
        named = _author_names(line)  # (a name as the line writes it, in capitals or not)
        if not _too_short_for_a_headline(line) or not (_MORE_AUTHORS.match(line) or named is not None and named.lower() == line.lower()):
            break
        count += 1
    names = [line for line in kept[len(kept) - count:] if not _MORE_AUTHORS.match(line)]
    if count < 2 or not names or len(kept[-1 - count].split()) < _HEADLINE_OVER_AUTHOR_WORDS \
            or not any(_full_name_signed(name, vocabulary) or _pen_name_in_capitals(name, vocabulary) for name in names) \
            or any(is_outlet_name(name) or normalise(name) in vocabulary.places for name in names) \
            or any(name.lower() in kept[-1 - count].lower() for name in names):
        return 0  # (nor the headline's own people under it: "Tổng Bí thư Tô Lâm tiếp …", then "Tô Lâm")
    return count


_MORE_AUTHORS = re.compile(r"^và \d+ tác giả khác$", re.IGNORECASE)


def _full_name_signed(line: str, vocabulary: Vocabulary) -> bool:
    """A person's full name on a line of its own, in capitals too, or a given name after
    the family name's initial ("Đỗ Quyên", "PHẠM DŨNG", "N. Huyền"; "Đại Biểu Nhân Dân" is a paper's)."""
    return (_author_names(line) or "").lower() == line.lower() and (line.split()[0].capitalize() in vocabulary.family_names or bool(_INITIAL_THEN_NAME.match(line)))


def _pen_name_in_capitals(line: str, vocabulary: Vocabulary) -> bool:
    """Two or three Vietnamese syllables in capitals, or each with its capital ("Hoài Thu",
    "Tuấn Vũ"), that name no outlet and no place ("THÀNH NGUYÊN", "DUY KHANG"): how
    provincial papers and VnExpress sign under the headline (an aggregator writes the
    outlet's name as the outlet does, "Lao Động", "Kenh14")."""
    words = line.split()
    return (line.isupper() or line.istitle()) and 2 <= len(words) <= 3 and all(map(is_vietnamese_syllable, words)) \
        and not is_outlet_name(line) and normalise(line.title()) not in vocabulary.places


_INITIAL_THEN_NAME = re.compile(rf"^[{UPPER_LETTERS}]\.\s?[{UPPER_LETTERS}][{LOWER_LETTERS}]+$")
_SERIES_PART = re.compile(r"^(?:Bài|Kỳ|Phần)\s+(?:\d{1,2}|[IVX]{1,4}|cuối)$", re.IGNORECASE)


def _too_short_for_a_headline(line: str) -> bool:
    """A line too short to be a headline: up to three words ("Giác ngộ"), or four
    capitalised ones ("Đại Biểu Nhân Dân"), with no closing punctuation."""
    words = line.split()
    if line.rstrip().endswith(tuple(".:!?")):
        return False
    return len(words) <= _UNDER_HEADLINE_WORDS or len(words) == _UNDER_HEADLINE_WORDS + 1 and all(w[:1].isupper() for w in words)


_CITY_PREFIX = re.compile(r"^(?:TP\.?\s*|Thành phố\s+)")


def is_place_alone(line: str, vocabulary: Vocabulary) -> bool:
    """A line that is a place and nothing else: "Hà Nội", "TP HCM", "TP.HCM" (where a
    story is filed from, never its title or its author)."""
    place = _CITY_PREFIX.sub("", normalise(line.strip()))
    return place in vocabulary.places or place == "HCM"


def is_site_line(line: str, vocabulary: Vocabulary) -> bool:
    """A line naming the site that shows the page: "Báo Cao Bằng", "baolangson.vn", or an
    outlet's own name alone, title-cased, that no place shares ("Bnews", "Tuổi Trẻ"; not
    "Quảng Ninh", a province's paper and its crumb alike, nor "Chính phủ", a crumb)."""
    if _is_site_line(line, vocabulary):
        return True
    words = line.split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words) and is_outlet_name(line) \
        and normalise(line) not in vocabulary.places


@functools.lru_cache(maxsize=256)  # (a header's lines are asked of again as the header is read)
def _is_site_line(line: str, vocabulary: Vocabulary) -> bool:
    """A site's own name ("Báo Cao Bằng"), or two joined ("Chuyên trang Sài Gòn Tiếp Thị -
    Tạp chí Kinh tế Sài Gòn"): short, no sentence."""
    if line.rstrip().endswith((".", "?", "!")):
        return False
    parts = re.split(r"\s+[-–|]\s+", line.strip())
    if len(parts) == 2 and _OUTLET_NAMED.match(parts[0]) and len(parts[0].split()) <= 8 and _BRAND.match(parts[1]) \
            and normalise(" ".join(parts[0].split()[:2])) not in vocabulary.places:
        return True  # "Tạp chí Nhà Quản Trị - TheLEADER", "Báo Quân đội nhân dân - QĐND": the outlet, then the name it goes by
    return len(parts) <= 2 and all(_SITE_LINE.match(part) and len(part.split()) <= 8 for part in parts)


# The kind of outlet, then its name opening with a capital ("Tạp chí Nhà Quản Trị", "Báo
# điện tử Chính phủ"; not "Báo động lừa đảo …", a headline; nor "Đài Loan …", a place).
_OUTLET_NAMED = re.compile(rf"^(?:Báo|Tạp chí|Chuyên trang|Đài)(?: điện tử)? [{UPPER_LETTERS}]")
# An outlet's brand in a word or two, a capital inside ("TheLEADER", "VnEconomy", "QĐND").
_BRAND = re.compile(rf"^[{UPPER_LETTERS}]\w*[{UPPER_LETTERS}]\w*(?: [{UPPER_LETTERS}]\w*)?$")


_ENDS_IN_PHOTO_CREDIT = re.compile(r"\(?\s*(?:ảnh(?: tư liệu| minh họa| minh hoạ)?|nguồn ảnh|photo|video)\s*:\s*[^()]{2,60}\)?\s*\.?$"
                                   r"|[.!?]\s*\(\s*nguồn\s*:\s*[^()]{2,60}\)\s*\.?$", re.IGNORECASE)  # (and "… ngày 14/5. (Nguồn: TTXVN)")


def ends_in_photo_credit(line: str) -> bool:
    """A photo's caption, ending in its credit ("… Ảnh: VGP/Nhật Bắc")."""
    return bool(_ENDS_IN_PHOTO_CREDIT.search(line))


def headline_words(line: str) -> str:
    """A headline's words only, folded in case: what two copies of it share."""
    return re.sub(r"\W+", " ", line).strip().casefold()


def same_headline(first: str, second: str) -> bool:
    a, b = headline_words(first), headline_words(second)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


_SERIES_PART_AFTER_DASH = re.compile(r"(?:bài|kỳ|phần)\s+(?:\d+|[IVX]+)\b", re.IGNORECASE)


def strip_breadcrumb(title: str) -> str:
    """The headline of a title an editor pasted with the outlet's path and time stamp before
    it ("Dân trí › Giáo dục - Khuyến học › Thứ Năm, 28/12/2017 - 07:48 Ngành giáo dục …")."""
    if "›" not in title and "»" not in title:
        return title
    last = re.split(r"\s*[›»]\s*", title)[-1]
    headline = _STAMP_OPENING.sub("", last, count=1)
    return headline if headline != last and len(headline.split()) >= 3 and headline[:1].isupper() else title


# A time stamp that opens a line: "Thứ Năm, 28/12/2017 - 07:48 ".
# (a weekday or a time with the date: "Lịch sử » 2/9/1945 Bác Hồ đọc …" opens with the event's day)
_STAMP_OPENING = re.compile(
    r"^(?:(?:Thứ\s+\w+|Chủ\s+nhật)\s*,\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*[-–,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}/\d{1,2}/\d{4}\s*[-–,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)\s+", re.IGNORECASE)


def strip_site_name(title: str) -> tuple[str, str | None]:
    """(the headline, the site's name) from a title that carries one."""
    title = _EMPTY_BRACKETS.sub("", title)  # "… trái phép ( )": what a copy lost from the headline
    for pattern in (_TITLE_SUFFIX, _TITLE_PREFIX):
        match = pattern.search(title)
        if match and _SERIES_PART_AFTER_DASH.match(match.group("site").strip()):
            continue  # "'Cao tốc' cho kinh tế tư nhân - bài 5: Báo chí làm gì …": a series' part, no site
        if match:
            rest = (title[:match.start()] + title[match.end():]).strip()
            if len(rest.split()) >= 3:
                site = match.group("site").strip()
                return rest, re.split(r"\s*:\s+", site)[0]
    section = _SECTION_AFTER_PIPE.search(title)
    if section and is_section_line(section.group("section")) and len(title[:section.start()].split()) >= 3:
        return title[:section.start()].rstrip(), None  # "… U.19 quốc gia | Bóng đá Việt Nam": the page's section
    return title, None


def strip_description_site(sapo: str) -> tuple[str, str | None]:
    """(the sapo, the site's name) from a sapo copied from a page's description, which
    carries the site after its last sentence ("… gần 700 triệu. - VnExpress")."""
    match = _TITLE_SUFFIX.search(sapo)
    if match and sapo[:match.start()].rstrip().endswith((".", "!", "?", "…")):
        return sapo[:match.start()].rstrip(), match.group("site").strip()
    return sapo, None


_AGENCY_LETTERS = 5
# Words a lead has at the least after an outlet's letters no list holds.
_LEAD_WORDS = 4
# Academic and professional titles and honours written before a name ("PGS.TS", "ThS", "NSND";
# people.py reads them as vouching for the name after them).
ACADEMIC_TITLES = tuple("GS PGS TS TSKH ThS Ths Ts BS Bs BSCKI BSCKII CKI CKII KTS DS LS NCS NSND NSƯT NSNA".split())  # ("PGS.Ts A", "Ts.Bs B")
# Letters before a dash that open a man's name, not an outlet's lead: those titles, and other
# honours, an engineer's, a graduate's and a coach's letters.
_DEGREE_LETTERS = frozenset({title.upper() for title in ACADEMIC_TITLES} | {"KS", "CN", "NGND", "NGƯT", "TTND", "TTƯT", "HLV"})
# A brand written in camel case, or after its digit: "eFinance", "2Sao" (not "2025", "iPhone 17").
_CAMEL_BRAND = re.compile(r"\d?[^\W\d_]*[A-ZĐ][^\W\d_]*")
_LABELS_IN_PARENTHESES = frozenset({"VIDEO", "CLIP", "ẢNH", "MỚI", "HOT", "LIVE"})


@functools.lru_cache(maxsize=256)  # (each paragraph above the lead is asked of again as the header is read)
def lead_source(lead: str, vocabulary: Vocabulary) -> tuple[str | None, str]:
    """(outlet, lead without its prefix): 'LSO-Sáng 4/10/2019' -> ('Báo Lạng Sơn', 'Sáng 4/10/2019')."""
    for pattern in (_DOMAIN_PREFIX, _PREFIX, _PAREN_PREFIX):
        match = pattern.match(lead)
        if not match:
            continue
        token = match.group(1).strip().replace("_", " ")  # (and "( GDVN ) -", "( Dân_trí ) -", as a corpus spaces and joins it)
        if pattern is _PREFIX and token.upper() in _DEGREE_LETTERS:
            continue  # "PGS-TS Đoàn Đức Tùng vừa được …": a man's degrees, no outlet's letters
        known = vocabulary.outlet_prefixes.get(token.upper()) \
            or vocabulary.outlet_prefixes.get(token.upper().replace(".VN", "").replace(" ONLINE", ""))
        # "Kinhtedothi - …": an outlet's name in one word, which no Vietnamese syllable spells.
        brand = pattern is _PREFIX and len(token) >= 5 and token[:1].isupper() and not is_vietnamese_syllable(token) \
            and normalise(token) not in vocabulary.places  # (not "Qatar - Cầu thủ …": where the story was filed from)
        if pattern is _PREFIX and not known and (not token.isupper() and not brand or "&" in token):
            continue  # (letters joined by "&" only as a known outlet's: "GD&TĐ -", not "Q&A -")
        if pattern is _PREFIX and not known and token.isupper() and normalise(token.title()) in vocabulary.places:
            continue  # "ANH-Giới chức y tế …": where the story was filed from, in capitals, no outlet's letters
        if pattern is _PAREN_PREFIX and not known and not is_outlet_name(token) and (
            not all(w[:1].isupper() or _CAMEL_BRAND.fullmatch(w) for w in token.split())
            or normalise(token) in vocabulary.places
        ):
            continue  # "( Tin tức thời sự ) -", "(Hà Nội) -": a section's label, a place, no outlet ("(eFinance Online) -" is one)
        if pattern is _PAREN_PREFIX and not lead[:match.end()].rstrip().endswith(("-", "–", "—")) and not (
            known or token.isalpha() and token.isupper() and len(token) <= _AGENCY_LETTERS and token not in _LABELS_IN_PARENTHESES
        ):
            continue  # (without its dash, only an outlet's letters: not "(Ảnh minh họa) Sáng nay …", "(VIDEO) Sáng 2/11")
        rest = lead[match.end():]
        if not known and len(rest.split()) < _LEAD_WORDS:
            continue  # "VL-WorldCup2022": a section's label on a line of its own, no outlet before a lead
        if not (rest.lstrip('"“ ') if pattern is _PAREN_PREFIX or known else rest)[:1].isupper():
            continue  # (after an outlet in parentheses a lead may open on a quotation: '( GDVN ) - " Làm …')
        if (brand or pattern is _PREFIX and token.isupper()) and not known and not rest.rstrip().endswith(_SENTENCE_ENDS):
            continue  # "Trump – Tập đạt đồng thuận …", "ASEAN - Hàn Quốc thiết lập …": a headline naming two, no outlet before a lead
        if pattern is _DOMAIN_PREFIX:
            return token[:1].upper() + token[1:], rest
        return known or token, rest
    # Dân trí's label on its sapo, copied without its dash: "Dân trí Nữ công nhân đang làm …".
    label = _DAN_TRI_LABEL.match(lead)
    if label and len(lead.split()) >= _LABELLED_SAPO_WORDS:  # (a sentence, not a line "Dân trí Online")
        return "Dân trí", lead[label.end():]
    # "Theo phóng viên TTXVN tại Seoul, ngày 18/10, …": the agency's correspondent.
    correspondent = _CORRESPONDENT.match(lead)
    if correspondent:
        token = correspondent.group(1)
        return vocabulary.outlet_prefixes.get(token.upper()) or token, lead
    return None, lead


_DAN_TRI_LABEL = re.compile(rf"Dân trí\s+(?=[{UPPER_LETTERS}])")
_LABELLED_SAPO_WORDS = 8
# "Theo Sudan Tribune", "(Nguồn: Politico)", "Theo Kyiv Post, Politico": the outlets a
# translated text credits at its end, whose words these are (names, not a sentence).
_FOREIGN_CREDIT_WORD = r"(?:[A-Z][A-Za-z.’'&+-]*|of|the|de)"
_FOREIGN_CREDIT = re.compile(  # (and "Mezha.net/ menafn.com": a site by its lower-case address after the first;
    rf"{_FOREIGN_CREDIT_WORD}(?:(?:\s+|\s*,\s*|\s*/\s*)(?:{_FOREIGN_CREDIT_WORD}|news|online|daily|times"  # "YTN news")
    rf"|[a-z][a-z0-9-]+\.(?:com|org|net))){{0,9}}"
)
_CREDITED_OUTLETS = 6
# Credits that name no outlet: a web, a compilation, a social network.
_NO_OUTLET = frozenset({"internet", "th", "st", "btc", "pv", "ctv", "facebook", "zalo", "youtube", "tiktok", "tổng hợp", "sưu tầm"})


# A credit printed twice on one line, the first cut short ("Nguồn: http://…...Nguồn: http://…"): the second.
_CREDIT_PRINTED_TWICE = re.compile(r"^(?:theo|nguồn)\s*:?\s*\S{1,300}?(?:\.\.\.|…)\s*((?:theo|nguồn)\s*:?\s*https?://\S+)$", re.IGNORECASE)
# A compiler's note on a credit: "…/Tổng hợp", "Tổng hợp từ Internet", "(tổng hợp)".
_COMPILED_CREDIT = re.compile(r"\s*(?:/\s*tổng hợp|\(\s*tổng hợp\s*\)?)\s*$|^tổng hợp(?:\s+(?:từ|theo)\s+(?:internet|nhiều nguồn|các nguồn))?\s*$",
                             re.IGNORECASE)


def names_no_outlet(credit: str) -> bool:
    """'Tổng hợp', 'Internet', 'Sưu tầm' in a page's source element: what the desk did, or where
    from, but no outlet."""
    return credit.strip(" .:").lower() in _NO_OUTLET


def is_foreign_credit(credit: str | None, vocabulary: Vocabulary | None = None) -> bool:
    """'Sudan Tribune', 'News.az', 'Kyiv Post, Politico': a foreign outlet (names in
    Latin letters, one at least no Vietnamese syllable spells), not a person ('Thanh Hà'),
    not a station's own desk ('VOV.VN', 'VOV1', 'VOV-New Delhi')."""
    if credit and re.fullmatch(_AGENCIES, credit):
        return True  # "(Nguồn: AP)": a wire agency, however short its name
    if credit and "," in credit and not _FOREIGN_CREDIT.fullmatch(credit):
        # "Time, CNN, The National News, CBC, Tân Hoa xã": foreign outlets, and a known one of ours
        # (or the agency's Vietnamese name) among them
        outlets = [part.strip() for part in credit.split(",")]
        return len(outlets) <= _CREDITED_OUTLETS and all(o and (is_foreign_credit(o, vocabulary) or is_outlet_name(o)) for o in outlets) \
            and any(is_foreign_credit(o, vocabulary) for o in outlets)
    if not credit or not _FOREIGN_CREDIT.fullmatch(credit) or credit.lower() in _NO_OUTLET:
        return False
    vocabulary = vocabulary or load_vocabulary()
    words = re.findall(r"[A-Za-z]+", credit)
    return re.split(r"[-/.\s\d]", credit)[0].upper() not in vocabulary.outlet_prefixes \
        and any(len(w) >= 4 and not is_vietnamese_syllable(w) or w.isupper() and len(w) >= 3 for w in words)  # (and "NHK")


def body_source(paragraph: str, vocabulary: Vocabulary) -> tuple[str | None, str]:
    """(outlet, paragraph without its prefix) for a body's first paragraph under a sapo:
    as lead_source, but only a known outlet, one named as one or an outlet's letters ("ĐBP -",
    "(PLVN) -"); not an interview's "PV - Thưa …", a doctor's "BS -", a dateline "MOSKVA - …"."""
    outlet, rest = lead_source(paragraph, vocabulary)
    if outlet and (is_outlet_name(outlet) or outlet.endswith(" Online") or _OUTLET_LETTERS.fullmatch(outlet)):
        return outlet, rest
    return None, paragraph


# (not a reporter's, a contributor's, an editor's, nor a degree's letters)
_OUTLET_LETTERS = re.compile(r"(?!PV$|BS$|TS$|GS$|CTV$|BTV$)[A-ZĐ]{2,5}")


def credited_name(line: str) -> str | None:
    """What a credit line alone names: "Theo Military Watch", "(Nguồn: AFP)", "Theo Hồ Hương"
    (not a sentence that opens with "Theo": "Theo báo cáo, đã có 12 người chết …")."""
    match = _SOURCE_LINE.match(line)
    # (the day the original ran is no part of its name: "Theo Tri Thức trẻ ngày 10/09/2015")
    return _DAY_IT_RAN.sub("", match.group(1)) if match and not _CLAUSE_GOES_ON.search(match.group(1)) else None


_DAY_IT_RAN = re.compile(r"\s*,?\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*$")


def signs_a_text(line: str) -> bool:
    """A line that signs a text: a writer's names ("Thùy Lâm (Theo Guardian, CNN)", "Bài và
    ảnh: Linh Hương"), a desk ("Nhóm phóng viên") or a credit ("Theo AFP")."""
    return _author_names(line) is not None or line.casefold() in _DESK_CREDITS or credited_name(line) is not None


def is_boilerplate_start(line: str) -> bool:
    line = line.strip().replace("：", ":")  # (a full-width colon, as some sites set their labels: "Chia sẻ：")
    return len(line) < 120 and bool(_TAIL_MARKERS.match(line) or _back_to_a_section(line))


def _back_to_a_section(line: str) -> bool:
    """"Trở lại Pháp luật" under the text: a link back to the article's section (VnExpress's, which
    a copy of its page may write twice, "Trở lại Pháp luậtTrở lại Pháp luật")."""
    if not line[:7].lower() == "trở lại":
        return False
    sections = [part.strip() for part in re.split(r"(?i)trở lại", line) if part.strip()]
    # (a section's name as its link writes it, capitalised: not a subheading, "Trở lại sân khấu")
    return bool(sections) and all(part[:1].isupper() and is_section_line(part) for part in sections)


# A site's foot run into the article's last paragraph by a crawler that joined the page's
# text into one: "… Bình luận (0) Tổng biên tập: …", "Hiện chưa có bình luận nào, …",
# "Giấy phép hoạt động báo điện tử …", "© Copyright 2025 TuoiTre Online".
_GLUED_FOOT = re.compile(
    r"\s(?:Bình luận \(\d+\)|Hiện chưa có bình luận nào|Ý kiến của bạn sẽ được biên tập|Giấy phép hoạt động báo"
    r"|© Copyright|Tổng biên tập:\s+[A-ZĐ]|Gửi bình luận\b|Xem thêm bình luận)"
)
_GLUED_FOOT_AFTER = 80  # characters of the article before it, at least
# Whose site it is, in its foot: "® Tuổi Trẻ Online giữ bản quyền nội dung", "© 2025 Báo X. All rights reserved".
_FOOT_OUTLET = re.compile(
    r"(?:®|©)\s*(?:Copyright\s*)?(?:\d{4}\s+)?(?P<outlet>[A-ZĐ][^,.©®]{2,40}?)(?:,|\.)?\s+(?:giữ bản quyền|All rights reserved)"
    r"|[Bb]ản quyền thuộc(?: về)?\s+(?P<holder>[A-ZĐ][^,.©®()]{2,40}?)\s*(?:[,.(]|$)"
)


def foot_outlet(paragraphs: list[str]) -> str | None:
    """The outlet a site's foot, run into the last paragraphs, says holds the rights (a line
    with its © or ®: a text's last paragraph may itself say who holds a right)."""
    return rights_holder([p for p in paragraphs[-3:] if "©" in p or "®" in p])


def rights_holder(paragraphs: list[str]) -> str | None:
    """The outlet one of these lines says holds the rights ("© 1997 Báo VietNamNet. All rights
    reserved.", "Bản quyền thuộc về Báo Người Lao Động."), the last such line first."""
    for paragraph in reversed(paragraphs):
        if "®" not in paragraph and "©" not in paragraph and "quyền thuộc" not in paragraph:
            continue
        for found in _FOOT_OUTLET.finditer(paragraph):
            outlet = (found.group("outlet") or found.group("holder")).strip()
            if is_outlet_name(outlet):
                return outlet
    return None


# The outlet that asked, as a text names its own: "…, ông A chia sẻ với VnExpress", "trả lời
# phóng viên Báo Tiền Phong", "PV VietNamNet đã liên hệ …" (a Vietnamese outlet the outlets'
# prefixes know; not an agency or a foreign paper quoted: "nói với Reuters").
_ASKING_VERBS = ("nói", "chia sẻ", "trả lời", "cho biết", "thông tin", "khẳng định", "xác nhận", "tiết lộ", "giải thích", "bày tỏ", "kể", "trao đổi")
_ASKED_BY = re.compile(
    rf"(?i:(?:{'|'.join(_ASKING_VERBS)})\s+(?:với|cho)"
    r"|trả lời|trao đổi với)\s+(?:phóng viên|PV|nhóm phóng viên)?\s*(?:(?:báo|Báo|tờ)\s+)?(?P<outlet>[^\s,.;:()“”\"]+(?:\s+[^\s,.;:()“”\"]+)?)"
    r"|(?<![\w])(?:phóng viên|PV)\s+(?:(?:báo|Báo)\s+)?(?P<outlet2>[^\s,.;:()“”\"]+(?:\s+[^\s,.;:()“”\"]+)?)")


def asking_outlet(paragraphs: list[str], vocabulary: Vocabulary, reporters: bool = True) -> str | None:
    """The one Vietnamese outlet the text names as the one that asked (see _ASKED_BY), or None
    where it names none or more than one. Without reporters, only one that was spoken to ("trao
    đổi với Tuổi Trẻ"), not "phóng viên báo X" (on a page, as often the news: "hai phóng viên
    báo X bị hành hung")."""
    known = _outlets_by_folded_name(vocabulary)
    found = set()
    for paragraph in paragraphs:
        if not _may_name_who_asked(paragraph):
            continue
        for match in _ASKED_BY.finditer(paragraph):
            if not (reporters or match.group("outlet")):
                continue
            words = (match.group("outlet") or match.group("outlet2")).split()
            for n in (2, 1):
                outlet = known.get(fold(" ".join(words[:n])).upper().replace(" ", ""))
                if outlet:
                    found.add(outlet)
                    break
    return found.pop() if len(found) == 1 else None


def _may_name_who_asked(paragraph: str) -> bool:
    """Whether _ASKED_BY may match: "phóng viên", "PV" or "trả lời" in it, or "với"/"cho"
    right after one of its verbs. (Most paragraphs hold "với" or "cho" somewhere: the pattern
    tried at every character of each was a twentieth of ingest's time.)"""
    if "PV" in paragraph or "hóng viên" in paragraph:
        return True
    lowered = paragraph.lower()
    if "trả lời" in lowered:
        return True
    for joint in (" với", " cho"):
        at = lowered.find(joint)
        while at > 0:
            if lowered.endswith(_ASKING_VERBS, 0, at):
                return True
            at = lowered.find(joint, at + 1)
    return False


@functools.lru_cache(maxsize=8)
def _outlets_by_folded_name(vocabulary: Vocabulary) -> dict[str, str]:
    """Each outlet the prefixes name, by its name folded, spaces and "Báo" dropped."""
    found: dict[str, str] = {}
    for prefix, name in vocabulary.outlet_prefixes.items():
        bare = re.sub(r"^(?:Báo|Tạp chí)(?: điện tử)?\s+", "", name)
        if len(bare) < 4 or bare in ("TTXVN", "VOV", "VTV"):
            continue  # (not "Cổng Thông tin điện tử" alone, nor an agency)
        for key in {fold(bare).upper().replace(" ", ""), fold(prefix).upper().replace(" ", "")}:
            if len(key) >= 5 and not key.isdigit():
                found.setdefault(key, name)
    return found


# The outlet's own mailbox in its foot or a call to readers: "Email: tto@tuoitre.com.vn",
# "… chia sẻ bài viết về Ban Ô tô xe máy theo email: otoxemay@vietnamnet.vn" (_MAILBOX, above).
_MAILBOX_PARAGRAPHS = 4


def outlet_of_host_stem(stem: str, vocabulary: Vocabulary) -> str | None:
    """'vietnamnet' (of vietnamnet.vn) is VietNamNet where the outlets' prefixes know it; else None."""
    return _outlets_by_folded_prefix(vocabulary).get(fold(stem).upper())


@functools.lru_cache(maxsize=8)
def _outlets_by_folded_prefix(vocabulary: Vocabulary) -> dict[str, str]:
    found: dict[str, str] = {}
    for prefix, name in vocabulary.outlet_prefixes.items():
        found.setdefault(fold(prefix).upper(), name)  # (the first prefix folding to a stem names it, as the scan did)
    return found


def mailbox_outlet(paragraphs: list[str], vocabulary: Vocabulary) -> str | None:
    """The known outlet whose mailbox the last paragraphs give (not a reader's gmail, not a
    ministry's address the news quotes)."""
    for paragraph in reversed(paragraphs[-_MAILBOX_PARAGRAPHS:]):
        if "@" in paragraph:
            for found in _MAILBOX.finditer(paragraph):
                outlet = outlet_of_host_stem(found.group("stem"), vocabulary)
                if outlet:
                    return outlet
    return None


_GLUED_FOOT_HINTS = ("Bình luận", "bình luận", "Ý kiến của bạn", "Giấy phép", "©", "Tổng biên tập:")


def _cut_glued_foot(paragraphs: list[str]) -> list[str]:
    """The last paragraph up to a site's foot run into it (only the last: a licence named in
    the text is news, "thu hồi Giấy phép hoạt động báo chí số …")."""
    if len(paragraphs) < 2:
        return paragraphs
    last = paragraphs[-1]
    found = _GLUED_FOOT.search(last, _GLUED_FOOT_AFTER) if any(hint in last for hint in _GLUED_FOOT_HINTS) else None
    return paragraphs[:-1] + [last[:found.start()].rstrip()] if found else paragraphs


def cut_boilerplate(paragraphs: list[str]) -> list[str]:
    """Drop everything from the first boilerplate line after the article's start (a
    sentence of some length: "In bài" under the headline is a print button), and a
    site's foot run into a paragraph."""
    paragraphs = _cut_glued_foot(paragraphs)
    started = False
    for index, line in enumerate(paragraphs):
        if not started and is_masthead_line(line):
            continue  # (a site's foot above the article, as a scraper put it: the article is still to come)
        if index >= 2 and is_boilerplate_start(line) and (started or index >= _HEADER_LINES and not _HEADER_BUTTONS.match(line.strip())):
            # "Mời độc giả xem thêm video …", its clip's credit, then the author's name: the
            # name is the article's byline (a comment box's last name is a reader's).
            last = paragraphs[-1].strip()
            names = _author_names(last) if _VIDEO_INVITATION.match(line.strip()) and len(paragraphs) - index <= _AFTER_INVITATION else None
            if names and not any(names in paragraph for paragraph in paragraphs[:index + 1]):  # (with its credit: "An An (Theo ABC News)")
                return paragraphs[:index] + [last]  # (not a name the text speaks of: the singer of the clip)
            return paragraphs[:index]  # (not a headline "Bình luận quốc tế: …" under the date line)
        # (not by the first line: a headline may be a long question, "… chưa thi đấu ở châu Âu?";
        # nor by one in the header under a section's line, "Giải trí Đời nghệ sĩ" over "Ca sĩ … là ai?")
        started = started or index > 0 and len(line.split()) >= _STARTED_WORDS and line.rstrip().endswith(_SENTENCE_ENDS) \
            and not (index < _HEADER_LINES and len(line.split()) < _HEADLINE_AS_A_QUESTION_WORDS and not line.rstrip().endswith("."))
    return paragraphs


_VIDEO_INVITATION = re.compile(r"^mời (?:quý )?(?:bạn )?(?:độc giả|bạn đọc) (?:xem|theo dõi)", re.IGNORECASE)
_AFTER_INVITATION = 4
_STARTED_WORDS = 10
_SENTENCE_ENDS = (".", "!", "?", "…", "”", '"')
_HEADER_LINES = 6  # (a notice of short lines "Thời gian: …" has started by then)
_HEADLINE_AS_A_QUESTION_WORDS = 25  # (a headline that ends in "?", "!" or a quote runs shorter than a lead)
# The buttons a page's header holds as well as its foot: they end the article only after it began.
_HEADER_BUTTONS = re.compile(r"^(?:lượt xem|số lượt (?:người )?xem\s*:?\s*\d|in bài|lưu$|chia sẻ|theo dõi|bình luận$)", re.IGNORECASE)  # (Zing's row: "Chia sẻ FB", "Góp ý & Báo lỗi", "Bình luận")


# A body that publishes its own news signs it: "Ủy ban MTTQ Việt Nam phường Yên Nghĩa",
# "UBND huyện Văn Quan", "Ban Tuyên giáo Tỉnh ủy" (the whole line, no sentence).
_BODY_SIGNATURE = re.compile(
    r"^(?:Ủy ban|Uỷ ban|UBND|Ban Tuyên giáo|Ban Dân vận|Văn phòng UBND|Trung tâm (?:Truyền thông|Văn hóa|VH)"
    r"|(?:Tỉnh|Huyện|Thành|Quận|Thị) (?:Đoàn|đoàn)|Hội (?:Nông dân|LHPN|Liên hiệp Phụ nữ|Cựu chiến binh|CCB)"
    r"|Sở|Thanh tra|CQĐD|Cơ quan đại diện)\s+(?P<rest>[^,;]{2,50})$"
)  # (and the Youth Union's and the mass associations' branches: "Tỉnh Đoàn Hà Giang", "Hội Nông dân xã Tân Lập";
#    a ministry's department, inspectorate or office on its portal: "Sở TT&TT Hải Dương", "Thanh tra Bộ", "CQĐD Bộ tại TP.HCM")
_UNIT_WORDS = frozenset("tỉnh huyện xã phường thị trấn thành phố quận tp tx việt nam tại".split())


def is_body_signature(line: str) -> bool:
    """'Uỷ ban MTTQ Việt Nam phường Yên Nghĩa' signs; 'Ủy ban MTTQ xã Tân Phú trao quà
    cho hộ nghèo' (a caption) and 'UBND tỉnh yêu cầu …' do not: after the body's head,
    only names, acronyms and units."""
    match = _BODY_SIGNATURE.match(line)
    if not match or len(line) > 60 or re.search(r"[.:;!?]$", line):
        return False
    return all(w[:1].isupper() or w.lower() in _UNIT_WORDS for w in match.group("rest").split())


_OUTLET_SIGNATURE = re.compile(rf"^(?:Đài|Báo|Tạp chí|Cổng|Truyền hình|Thông tấn xã|Đài PT-TH)\s+(?:[{UPPER_LETTERS}]|điện tử\s)")
# "Đài Trang", "Đài Trang (TTXVN)": a reporter whose name opens with "Đài" (not a station:
# "Đài Hà Nội", "Đài Truyền hình …", "Đài Tiếng nói …", nor Taiwan, "Đài Loan").
_NAMED_DAI = re.compile(rf"^Đài (?!Loan\b|Truyền\b|Phát\b|Tiếng\b)[{UPPER_LETTERS}][{LOWER_LETTERS}]+(?:\s*\([^()]{{2,20}}\))?\.?$")


def _signed_by_an_outlet(line: str) -> bool:
    """"Đài Hà Nội", "Báo Quảng Ninh", "Cổng TTĐT tỉnh": an outlet signs, not a person."""
    return bool(_OUTLET_SIGNATURE.match(line)) and not _NAMED_DAI.match(line)


# An expert signs: "BS CKII HUỲNH TẤN VŨ (BỆNH VIỆN ĐẠI HỌC Y DƯỢC TP.HCM - CƠ SỞ 3)",
# "ThS.BS Lê Văn A (Bệnh viện B)": degrees, the name, where the expert works.
# Degrees and honours an expert signs with, before the name.
_SIGNED_DEGREES = "GS|PGS|TS|ThS|THS|BS|BSCKI|BSCKII|CKI|CKII|KS|LS|DS|TTƯT|TTND|NSND|NSƯT"
_EXPERT_SIGNATURE = re.compile(
    rf"^(?:(?:{_SIGNED_DEGREES})(?:[.\s-]+|$))+"
    r"(?P<name>[^\W\d_][^()\d]{2,40}?)\s*(?:\([^()]{2,80}\))?\s*\.?$"
)
# "GS-TS NGUYỄN XUÂN TIÊN , Chủ tịch Hội Mỹ thuật TPHCM": an expert signs an essay with his
# post after his name, written in capitals.
_EXPERT_WITH_POST = re.compile(
    rf"^(?:(?:{_SIGNED_DEGREES})[.\s-]+)+(?P<name>[{UPPER_LETTERS}][{UPPER_LETTERS} ]{{3,40}}?)\s*,\s*[^,()]{{2,80}}$"
)


# (and the second of two: "Hà Khánh, CTV Diễm Ý/VOV-TP.HCM")
_CONTRIBUTOR = re.compile(rf"(?:^|(?<=, )|(?<= - )|(?<= – ))(?:CTV|PV|Phóng viên|Cộng tác viên)\s+(?=[{UPPER_LETTERS}])")
# "Phương Lan (PVTTXVN tại Mexico)": where the correspondent is posted, after the name.
_DAY_AFTER_AUTHOR = re.compile(
    r"\s+[-–|]\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?:\s*,?\s*\d{1,2}[:h]\d{2})?\s*$")
_POSTED_AT = re.compile(r"\s*\((?:PV|P/V|phóng viên)\s*[^()]{0,30}?\btại\s[^()]{2,40}\)\s*\.?$", re.IGNORECASE)
_DESK_CODE = re.compile(r"^[A-ZĐ]{1,3}\s*-\s*[A-ZĐ]{1,3}$")


# A unit's letters, one word ("XDCQ&ĐT"); an author, a comma, then an agency's ("Minh Hà, TTXVN").
_UNIT_LETTERS = re.compile(r"[^\W\d_]{2,}(?:&[^\W\d_]+)*")
_AUTHOR_COMMA_OUTLET = re.compile(r"^(?P<author>[^,()\d]{3,40}),\s*(?P<outlet>[A-ZĐ][A-ZĐ0-9&.+-]{1,12})\.?$")


def _is_desk_code(part: str) -> bool:
    """'ĐL- ĐK', or its halves 'ĐL', 'ĐK' once split at ' - ': a desk's code; and a unit's
    letters after the author's name, one word that no syllable is ("Hoàng Diệu, XDCQ&ĐT")."""
    return bool(_DESK_CODE.match(part)) or (part.isupper() and part.isalpha() and len(part) <= 2) \
        or part.isupper() and " " not in part and bool(_UNIT_LETTERS.fullmatch(part)) and not is_vietnamese_syllable(part)


_SHORT_INITIALS = 5


# "ĐINH THỊ MAI PHƯƠNG (giáo viên Trường THPT Lương Thế Vinh, TP Hải Phòng)": a reader's
# or a teacher's essay signed with who she is.
_CAPITALS_WITH_NOTE = re.compile(
    rf"^(?!CÒN |KỲ |BÀI |PHẦN )(?P<name>[{UPPER_LETTERS}]+(?: [{UPPER_LETTERS}]+){{1,4}})\s*\((?=[^()]*[{LOWER_LETTERS}])[^()]{{2,100}}\)\s*\.?$"
)  # (not "CÒN TIẾP (kỳ sau: …)", a series' next part)


def _author_names(line: str) -> str | None:
    if line.startswith(("Ông ", "Bà ")):
        return None  # "Ông Donald Trump (AFP)": a photo's caption names a person, no author
    if "(" in line:  # (the note's pattern, which opens with spacing, is tried at every character)
        line = _COMPILED_NOTE.sub("", line)
    line = _CONTRIBUTOR.sub("", _POSTED_AT.sub("", line.strip()))  # "CTV Lê Phúc", "PV Minh Anh"
    bare = _BARE_NOTE.sub("", line)
    if bare != line and len(bare.split()) == 1 and bare.isupper():
        return None  # "ĐSPL tổng hợp": the outlet compiled it, no one's name
    line = bare
    expert = _EXPERT_SIGNATURE.match(line) or _EXPERT_WITH_POST.match(line) or _CAPITALS_WITH_NOTE.match(line)
    if expert:
        line = expert.group("name")
    labelled = bool(_BYLINE_LEAD.match(line.strip()))
    if labelled:
        line = _DAY_AFTER_AUTHOR.sub("", line)  # "Tác giả: Lê Trang - 16 tháng 12 năm 2025": the day it was posted
    line = _PHOTO_CREDIT_AFTER.sub("", _BYLINE_LEAD.sub("", line.strip())).strip(" .")
    if not line or len(line) > 60 or re.search(r"[\d:;!?()\"“”]", line):
        return None
    # "ĐL- ĐK" after the names: a desk's code, no one's name.
    names = [n.strip() for n in _AUTHOR_SPLIT.split(line) if n and n.strip()]
    if any(not _is_desk_code(n) for n in names):
        names = [n for n in names if not _is_desk_code(n)]  # "Hải Yến, ĐL - ĐK"; "TP" alone is initials
    result = []
    for name in names:
        # "PV/VOV.VN", "vietnamnet.vn": a desk or an address, no one's name.
        if "/" in name or re.search(r"\.(?:vn|com|net|org|info)\b", name, re.IGNORECASE) or name.casefold().replace(".", "") in _DESK_CREDITS:
            return None  # (and "P.V")
        # "Đài Hà Nội", "Báo Quảng Ninh", "Cổng TTĐT tỉnh": an outlet signs, not a person.
        if _signed_by_an_outlet(name):
            return None
        words = name.split()
        if (labelled or "." in name and len(name) <= _SHORT_INITIALS) and _INITIALS.match(name) or _INITIAL_GLUED.match(name) \
                or labelled and _INITIALS_IN_CAPITALS.fullmatch(name) and not is_outlet_name(name):
            result.append(name)  # "P.Y" after "Tin, ảnh:", "N.H" alone; "T.Nhung" anywhere; "DT" after "Tác giả:", letters with no vowel
        elif name.isupper() and 1 <= len(words) <= 5:
            result.append(name_case(name))
        elif 2 <= len(words) <= 5 and all(w[:1].isupper() and (w[1:].islower() or len(w) == 1) for w in words):
            result.append(name)
        elif 2 <= len(words) <= 4 and _INITIAL.match(words[0]) and all(w[:1].isupper() and w[1:].islower() for w in words[1:]):
            result.append(name)  # "H. Nguyên", "N.T. Minh Anh": initials, then a given name
        else:
            return None
    return ", ".join(result) if result else None


# An aggregator's foot glued to a one-line body: "… Phương Thảo Nguồn GD&TĐ: https://…", and
# the author's own credit glued before it: "Tú Oanh Theo Koreaboo", "Theo Thu Anh/Người lao động".
_AGGREGATOR_FOOT = re.compile(r"(?:^|\s)Nguồn\s+(?P<outlet>[^\s:][^:]{0,40}?)\s*:\s*https?://\S+\s*$")
_GLUED_AUTHOR_CREDIT = re.compile(
    r"(?<=[.!?…”\"])\s+(?:Theo\s+(?P<by>[^.!?/]{2,40}?)\s*/\s*[^.!?/]{2,40}|(?P<author>[^.!?/]{2,40}?)\s+Theo\s+[^.!?/]{2,40})$")


def _names_an_outlet_by_its_letters(outlet: str) -> bool:
    """"GD&TĐ", "24h", "iCTnews" name an outlet; "ảnh", "tham khảo" (a photo's, a reading's source) none."""
    return any(c.isupper() or c.isdigit() for c in outlet)


# Where a text whose line breaks were lost runs on into its byline: "… bề thế. Hiếu Lam".
_SENTENCE_GAP = re.compile(rf"(?<=[.!?…])\s+(?=\S)|(?<=[{LOWER_LETTERS}0-9]\.)(?=[{UPPER_LETTERS}])|(?<=[{UPPER_LETTERS}]{{3}}\.)(?=[{UPPER_LETTERS}][{LOWER_LETTERS}.])")
# (not after a quotation: "… vàng.” Trịnh Công Sơn" is its author; and with no space, where a
# crawler joined the paragraphs: "… thật tốt.Cao Cường", "… 350 triệu USD.P.Thảo")
_GLUED_TAIL_CHARACTERS = 70
_GLUED_TAIL_WORDS = 7


def _glued_tail(paragraph: str) -> list[str] | None:
    """[the paragraph, the author line glued to its end], or None: the longest run after
    a sentence's end, near the end, that reads as a byline or a credit on its own."""
    for gap in _SENTENCE_GAP.finditer(paragraph, max(0, len(paragraph) - _GLUED_TAIL_CHARACTERS)):
        tail = paragraph[gap.end():]
        if _PLACE_ABBREVIATION_BEFORE.search(paragraph, 0, gap.start()):
            continue  # ("… tại Phường Quang Trung Q. Đóng Đa Hà Nội": a district's "Q.", no sentence's end)
        labelled = _BYLINE_LEAD.match(tail)  # ("Nội dung: Hoàng Mạnh, Video: Nguyễn Bắc, Photo: Đỗ Linh": each credit labelled)
        if tail[-1:] in ".:!?…”\"" or gap.start() < _GLUED_TAIL_CHARACTERS or len(tail.split()) > _GLUED_TAIL_WORDS * (2 if labelled else 1) \
                or "," in tail and not labelled or any(c.isdigit() for c in tail):  # (but "Tin, ảnh: Gia Bách")
            continue  # (not a last sentence left without its stop: "… Theo Ban tổ chức, lễ hội kéo dài đến ngày 17/3")
        _, byline, source = split_tail([tail])
        if byline or source:
            return [paragraph[:gap.start()], tail]
    return None


_OUTLET_LINE_CHARACTERS = 40
# (four or more: three may be an author's initials, "NTK"; not a contributor's desk code, "CTVX")
_CONSONANT_CAPITALS = "BCDĐFGHKLMNPQRSTVXZ"  # (letters with no vowel spell no Vietnamese word: initials, a body's letters)
_LETTERS_NO_NAME = re.compile(rf"(?!CTV|BTV|PV)[{_CONSONANT_CAPITALS}]{{4,6}}")
# "Hải Ngân-ANHP.VN": an author, a dash, and the outlet by its letters or its address.
_AUTHOR_DASH_LETTERS = re.compile(r"^(?P<author>[^-–/]{3,40}?)\s*[-–]\s*(?P<outlet>[A-ZĐ][A-ZĐ0-9&+]{1,11}(?:\.VN)?|(?:[\w-]+\.)+(?:vn|net|com|org))$")
# "Phương Nhung, hiephoa.gov.vn" under a portal's item: the author, then the site it is from.
_AUTHOR_COMMA_ADDRESS = re.compile(r"^(?P<author>[^,]{3,40}?),\s*(?P<outlet>(?:www\.)?(?:[\w-]+\.)+(?:vn|net|com|org))$")
_PLACE_ABBREVIATION_BEFORE = re.compile(r"(?:^|\s)(?:[QPXH]|TP|Tp|TX|Tx)\.$")
# The unit an author works for, signed after the name ("Tuệ Minh - Công ty Dịch vụ Agribank") or
# on a line of its own in brackets ("(TTYT huyện Mê Linh)"): where the author works, no outlet.
_AUTHORS_UNIT = re.compile(
    r"^\(?(?:(?:Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Trung tâm|TTYT|Bệnh viện|Trường|Phòng|Sở|UBND|Ban|Hội(?! đồng)|Chi cục|Cục|Viện|Trạm|Xưởng|Quỹ)\s"
    r"|P\.\s?(?=[A-ZĐ]{2}))"  # (and a department by its letters: "Nguyễn Hoành Tùng – P. TCCB-LĐ", "Phạm Quang Huy – Xưởng DVKT")
    r"[^()]{2,60}\)?$")


def _authors_post(text: str) -> bool:
    """'Phó Hiệu trưởng Trường THPT Việt Vinh', 'Giáo viên Trường Tiểu học Kim Đồng': a post of a
    school, a department or a unit, signed after an author's name as the whole line's rest."""
    words = text.split()
    if not 3 <= len(words) <= _AUTHORS_POST_WORDS or text.rstrip()[-1:] in ".!?:" or "," in text:
        return False
    lowered = [w.lower() for w in words]
    vocabulary = load_vocabulary()
    start = 1 if lowered[0] in vocabulary.role_prefixes else 0
    head = next((len(h) for h in vocabulary.heads_by_first.get(lowered[start], ()) if tuple(lowered[start:start + len(h)]) == h), 0)
    return bool(head) and bool(_AUTHORS_UNIT.match(" ".join(words[start + head:])))


_AUTHORS_POST_WORDS = 12


def _names_an_outlet(bracketed: str) -> bool:
    """'Military Watch' after an author's name: a foreign outlet of two words or more, or
    a wire agency (not 'Washington', 'London': where he writes from)."""
    vocabulary = load_vocabulary()
    return is_foreign_credit(bracketed, vocabulary) and normalise(bracketed) not in vocabulary.places \
        and (len(bracketed.replace("/", " ").split()) >= 2 or bool(re.fullmatch(_AGENCIES, bracketed)))  # (and "Tass/Xinhua")


def _persons_name(name: str, surely: bool = False) -> bool:
    """Initials ("M.T", "Nh.Thạch"), or two to four Vietnamese syllables that open no place
    or body ("Thu Hà"; not "Donald Trump", "Điện Kremlin", "Sân Mỹ Đình" of a photo's
    caption). Surely: they open with a family name ("Văn Vũ", "Lê Ánh"; not an outlet's
    name, "Tân Hoa Xã", "Kiến Thức")."""
    if "." in name:
        return bool(_INITIALS.match(name) or _INITIAL_GLUED.match(name))
    words, vocabulary = name.split(), load_vocabulary()
    if not (2 <= len(words) <= 4 and all(map(is_vietnamese_syllable, words))):
        return False
    if surely:
        return words[0] in vocabulary.family_names
    return words[0] not in vocabulary.not_name_starts and normalise(name) not in vocabulary.places


_NAME_THEN_PARENTHESES = re.compile(r"^(?P<before>[^()]{2,60}?)\s*\((?P<outlet>[^()]{2,30})\)\.?$")


def _author_then_outlet_in_parentheses(line: str) -> tuple[str, str] | None:
    """('Thu Hà', 'Tuổi Trẻ') from 'Thu Hà (Tuổi Trẻ)': a known outlet in parentheses after
    the author's name, the last words before it (after another credit: "Pháp luật TPHCM Lê
    Xuân (Dân trí)"); or None."""
    match = _NAME_THEN_PARENTHESES.match(line)
    if not match or not is_outlet_name(match.group("outlet").strip()):
        return None
    before, vocabulary = match.group("before").strip(), load_vocabulary()
    if (_SPACED_DASH.search(before) or ", " in before) and not any(is_section_line(part) for part in _CREDITS_JOINED.split(before)) \
            and (names := _author_names(before)) \
            and all(2 <= len(name.split()) <= 4 and all(map(is_vietnamese_syllable, name.split()))
                    and normalise(name) not in vocabulary.places and name not in vocabulary.provinces
                    for name in names.split(", ")):  # (not "Hà Nội – Hải Phòng (…)", a route)
        return names, match.group("outlet").strip()  # "Nguyễn Hoa – Việt Anh (Báo điện tử Bắc Ninh)", "Phương Lài, Hoàng Vũ (Báo Cà Mau)": two authors, then their paper
    words = before.split()
    for start in range(max(0, len(words) - 4), len(words) - 1):
        author, credited_before = " ".join(words[start:]), " ".join(words[:start])
        # (the whole line before the parentheses, or another credit before the name; not a
        # caption's "… trên đường Phạm Văn Đồng (Tuổi Trẻ)")
        if (not credited_before or is_outlet_name(credited_before)) and _author_names(author) == author \
                and _persons_name(author):
            return author, match.group("outlet").strip()
    return None


def _signs_before(author: str, outlet: str) -> bool:
    """Whether author, written before outlet under a text ("Theo Anh Trang/Báo Quảng Nam",
    "Phương Nhung, hiephoa.gov.vn"), is a person's name: no outlet's or place's ("Theo Tiền
    Phong - tienphong.vn", "Theo Hiệp Hòa - hiephoa…"), and before a site's address one that
    opens with a family name (a district's is written so too)."""
    if is_outlet_name(author) or normalise(author) in load_vocabulary().places:
        return False
    return not (outlet.islower() and _WEB_ADDRESS.fullmatch(outlet)) or _persons_name(author, surely=True)


def _author_then_outlet(line: str) -> tuple[str, str] | None:
    """('Mi Ly', 'Thể thao & Văn hóa') from 'Mi Ly Thể thao & Văn hóa': a known outlet's
    name ending a short line whose words before it are an author's name; or None."""
    words = line.split()
    if len(line) > _OUTLET_LINE_CHARACTERS + 20 or line.endswith((".", ":")):
        return None
    for cut in range(2, len(words) - 1):
        author, outlet = " ".join(words[:cut]), " ".join(words[cut:])
        if is_outlet_name(outlet) and _author_names(author) == author:
            return author, outlet
    return None


# What a foreign outlet's name is made of, beside its place: "Kyiv Independent",
# "Washington Post"; a name with none of them ("John Reed") is a co-author's.
_OUTLET_WORDS = frozenset(
    "independent post times news herald journal telegraph guardian tribune daily press today express mail insider "
    "observer review report gazette monitor chronicle standard star sun mirror week weekly magazine network agency "
    "television radio tv online media".split()
)
_LABELS = frozenset({"video", "photo", "infographic", "clip", "podcast", "emagazine", "e-magazine", "longform", "ảnh"})


def _foreign_outlet_after_dash(credit: str) -> bool:
    """'Đăng Nguyễn - Kyiv Independent', '… - Telegraph': a foreign outlet after the author's
    name and a dash; not a place he writes from ('- Washington'), a label ('- Video'), a
    co-author's name ('- John Reed') or letters ('- TTV')."""
    words = credit.split()
    if not is_foreign_credit(credit) or credit.isupper() or credit.lower() in _LABELS or normalise(credit) in load_vocabulary().places:
        return False
    return len(words) == 1 or any(w.lower() in _OUTLET_WORDS for w in words)


def _credits_a_person(credit: str, outlet_below: str | None = None) -> bool:
    """'Theo Phạm Dũng': the name after "Theo" is a person's, surely one, or, where a known
    outlet's name stands under it, one that ends in a family name ("Theo Quỳnh Phạm" over "Hà
    Nội Mới"; not "Theo Kiến Thức" over "Lao Động", another outlet)."""
    if is_outlet_name(credit):
        return False
    return _persons_name(credit, surely=True) or bool(outlet_below) and is_outlet_name(outlet_below) \
        and _persons_name(credit) and credit.split()[-1] in load_vocabulary().family_names


def _outlet_under_author(line: str, above: str) -> bool:
    """A short capitalised line with no closing mark under "Theo <an author>": his outlet,
    known or not ("Theo M.T", then "An ninh thủ đô")."""
    if not line[:1].isupper() or len(line) > _OUTLET_LINE_CHARACTERS or line.endswith((".", ":", "!", "?", "…")):
        return False
    credit = _SOURCE_LINE.match(above) if above.lower().startswith("theo ") else None
    author = credit.group(1).strip(" .") if credit else ""
    # (not "Theo SCMP", "Theo Kiến Thức", then "Thu Hà": the outlet, then the author)
    return _persons_name(author, surely=True) and not is_outlet_name(author) and _author_names(author) is not None


def _signature_in_brackets(inner: str) -> tuple[str, str | None] | None:
    """(Byline, outlet) of a closing line's bracketed text read as a signature of its own, all
    of it, by persons' names, with the outlet or what the author did ("Ngọc Huyền – HUS Media",
    "Bài và ảnh: Ngọc Huyền"); else None (a name alone in brackets there is a quote's author or
    a place: "(Tố Hữu)", "(Đà Lạt)")."""
    rest, byline, outlet = split_tail([inner.strip()])
    names = byline.split(", ") if byline else []
    if rest or not byline or not all(_persons_name(name) for name in names):
        return None
    dashed = _SPACED_DASH.split(inner.strip(), maxsplit=1)
    if outlet or _BYLINE_LEAD.match(inner.strip()) or len(dashed) == 2 and _AUTHORS_UNIT.match(dashed[1]) \
            or len(names) >= 2 and all(_persons_name(name, surely=True) for name in names):
        return byline, outlet  # (and "Thu Hà - Trung tâm Truyền thông", the unit he writes for; two full names)
    return None


def author_line(line: str) -> str | None:
    """The byline of a line that holds persons' names and nothing else ("Trọng Nguyễn",
    "Văn Trọng - Thu Hà"), else None (a place, a page's name: "Hà Nội", "Yên Nghĩa News")."""
    rest, byline, outlet = split_tail([line.strip()])
    places = load_vocabulary().places
    # (a given name that opens no name of its own may open an author's by his family name: "Văn Trọng")
    if rest or outlet or not byline or not all(
            _persons_name(name) or _persons_name(name, surely=True) and normalise(name) not in places for name in byline.split(", ")):
        return None
    return byline


# Words that open a phrase in English, not an outlet's name: "(Breaking News)", "(Latest News)".
_NOT_AN_OUTLETS_NAME = frozenset("breaking fake latest hot live top good bad real world local tech".split())


def _foreign_outlet_in_brackets(inner: str) -> bool:
    """'HUS Media', 'BBC News' alone in brackets under the text: a foreign outlet by a name and
    an outlet's word (not a word alone, "Shutterstock", "Updating", nor "Breaking News")."""
    parts = re.split(r"\s*[/,]\s*", inner)
    if len(parts) >= 2 and all(re.fullmatch(_AGENCIES, part) or is_outlet_name(part) for part in parts):
        return True  # "(Reuters/AFP)"
    words = inner.split()
    named = [w for w in words if w.lower() not in _OUTLET_WORDS and w != "The"]
    return len(words) >= 2 and len(named) < len(words) and _foreign_outlet_after_dash(inner) \
        and all(w[:1].isupper() for w in words) and not any(w.lower() in _NOT_AN_OUTLETS_NAME for w in named)


# A line that is only a mailbox ("hieu.dinhquan@gmail.com"), the author's, set under his name;
# and what makes the name above it a contact's ("Thông tin chi tiết liên hệ: Ban tổ chức").
_MAILBOX_ALONE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_CONTACT_CALLED = re.compile(r"liên\s+hệ|:\s*$", re.IGNORECASE)
# A line that is only a page's address: a record's field under its text.
_ADDRESS_ALONE = re.compile(r"^https?://\S+$")


def _signed_by_a_full_name(line: str) -> bool:
    """An author's name of two words or more ("Trung Hiếu"; not letters, "ND", which may be a body's)."""
    return len(line.split()) >= 2 and bool(_author_names(line.strip()))


# How far into the text a record's summary, repeated under it, may be found.
_LEAD_PARAGRAPHS = 3


def _repeats_the_lead(line: str, opening: list[str]) -> bool:
    """The line says again one of the text's first paragraphs (its marks aside), as a record's
    summary field laid out under the text does."""
    said = headline_words(line)
    return len(said) >= 40 and any(said == headline_words(paragraph) for paragraph in opening)


def split_tail(paragraphs: list[str]) -> tuple[list[str], str | None, str | None]:
    """(body, byline, outlet): reads the author line and 'Theo …' lines at the end,
    passing over photo credits ('Ảnh: ĐỨC LONG'), which are not bylines."""
    body = list(paragraphs)
    source = None
    if body and (foot := _AGGREGATOR_FOOT.search(body[-1])) and _names_an_outlet_by_its_letters(foot.group("outlet")):
        # "… Phương Thảo Nguồn GD&TĐ: https://giaoducthoidai.vn/…": an aggregator's foot
        # glued to the text, the outlet and its page; the author may be glued before it
        # (not "Nguồn ảnh: https://…", a photo's).
        source = foot.group("outlet")
        rest = body[-1][:foot.start()].rstrip()
        # (and the author's own credit between: "Tú Oanh Theo Koreaboo", "Theo Thu Anh/Người lao động")
        credited = _GLUED_AUTHOR_CREDIT.search(rest)
        author = credited and (credited.group("author") or credited.group("by"))
        # (a person's name, not an outlet's after "Theo": "Theo Hà Nội Mới/…")
        if author and not is_outlet_name(author) and _persons_name(author) and (names := _author_names(author)):
            rest = rest[:credited.start()].rstrip()
            body[-1:] = [rest, names] if rest else [names]
        else:
            body[-1:] = [rest] if rest else []
    if body and (glued := _glued_tail(body[-1])):
        body[-1:] = glued
    byline = page_address = None
    for _ in range(8):
        if not body:
            break
        last = body[-1].strip()
        if last.endswith("Copy link"):
            last = body[-1] = _COPY_LINK_AFTER.sub("", last)
        if byline is None and not source and (comma_outlet := _AUTHOR_COMMA_OUTLET.match(last)) and is_outlet_name(comma_outlet.group("outlet")) \
                and _persons_name(name_case(comma_outlet.group("author").strip())):
            # "Minh Hà, TTXVN": the author, then the agency he writes for, read as "Minh Hà - TTXVN" is
            # (not "THX, TTXVN", two agencies)
            last = body[-1] = f"{comma_outlet.group('author')} - {comma_outlet.group('outlet')}"
        if (credited := credited_name(last)) and ((outlet_only := _COMPILED_CREDIT.sub("", credited.strip(" "))) != credited.strip(" ")
                                                  or names_no_outlet(outlet_only)):
            # "Nguồn: Tổng hợp", "Nguồn: Tổng hợp từ Internet": compiled, no outlet (a credit above it
            # still counts); "Nguồn: TTXVN / Tổng hợp", "Theo VnExpress (tổng hợp)": the outlet's
            if not outlet_only.strip(" .") or names_no_outlet(outlet_only):
                body.pop()
                continue
            last = body[-1] = f"Nguồn: {outlet_only.strip(' .')}"
        # An aggregator's tail: the outlet's name, its keywords, section and time stamp.
        if not source and byline is None and is_outlet_name(last):
            source = last
            body.pop()
            continue
        if not source and byline is None and (paper := paper_named(last)) \
                and not (len(body) > 1 and credited_name(body[-2].strip())):
            # "Báo Giáo dục và Thời đại." under a repost: a paper by its name, if not a known one
            # (not under "Theo Tân Hoa Xã": the page's outlet, under the credit of whose text it is)
            source = paper
            body.pop()
            continue
        bracketed = last.rstrip(".")
        inner = bracketed[1:-1].strip() if not source and byline is None and bracketed[:1] == "(" and bracketed[-1:] == ")" else ""
        if inner and (is_outlet_name(inner) or _foreign_outlet_in_brackets(inner)):
            source = inner  # "(Chinhphu.vn)", "(Báo Nghệ An)", "(HUS Media)" under the text: whose it is, as "(TTXVN)"
            body.pop()
            continue
        if inner and "(" not in inner and (signed := _signature_in_brackets(inner)):
            byline, source = signed  # "(Ngọc Huyền – HUS Media)", "(Thu Hà)" closing the text: a signature set in brackets
            body.pop()
            continue
        if source and byline is None and last.casefold() == source.casefold():
            body.pop()  # "Đại Đoàn kết" over "Theo Đại Đoàn kết  Copy link": the outlet named twice, under its author
            continue
        if not source and byline is None and _outlet_under_author(last, body[-2].strip() if len(body) > 1 else ""):
            # "Theo Lê Ánh", then "Pháp luật TP Hồ Chí Minh" (or "Theo Đại Đoàn kết"): the author, then his outlet
            body.pop()
            source = named.strip(" .") if last.lower().startswith("theo ") and (named := credited_name(last)) else last
            continue
        # "Hạc Hiên / Theo báo chí nước ngoài": the author, then whence the text came (no
        # breadcrumb, though a slash joins them).
        author_first = _AUTHOR_SLASH_CREDIT.match(last) if byline is None else None
        if author_first and (names := _author_names(author_first.group("author"))):
            byline = names
            credited = author_first.group("credit")
            if not source and credited[:1].isupper():
                source = credited  # (an outlet by its name; "báo chí nước ngoài" is none)
            body.pop()
            continue
        if _CREDIT.match(last) or is_keyword_line(last) or (byline is None and (is_section_line(last) or _TIME_STAMP.match(last))):
            body.pop()
            continue
        if byline is None and len(body) > 2 and _MAILBOX_ALONE.match(last) and _signed_by_a_full_name(body[-2]) \
                and not _CONTACT_CALLED.search(body[-3]):
            body.pop()  # the author's mailbox under his name, a record's field (not a contact's: "… liên hệ: Ban tổ chức")
            continue
        if byline is None and page_address is None and len(body) > 1 and _ADDRESS_ALONE.match(last) \
                and (_signed_by_a_full_name(body[-2]) or _MAILBOX_ALONE.match(body[-2].strip()) or _TIME_STAMP.match(body[-2].strip())):
            # A page's address under the text (a record's field, under the author, his mailbox or the
            # time stamp): what stands above it is read, and the address kept, put back below (its
            # host may name the outlet)
            page_address = body.pop()
            continue
        if byline is None and len(body) > 2 and _repeats_the_lead(last, body[:min(_LEAD_PARAGRAPHS, len(body) - 1)]):
            body.pop()  # a record's summary field under its text, the lead again: "Nguồn: Báo Trà Vinh" is above it
            continue
        if byline is None and len(body) > 1 and _is_widget_under_the_author(last, body[:-1]):
            body.pop()  # "Chia sẻ Zalo", "Facebook", "Đánh giá:", the page's tags run together
            continue
        if byline is None and len(last) <= 40 and _signed_by_an_outlet(last) and not last.endswith((".", ":")):
            body.pop()  # "Đài Hà Nội" under the text: the outlet signs it, no author
            continue
        if byline is None and not source and is_body_signature(last):
            source = body.pop()  # "Ủy ban MTTQ Việt Nam phường Yên Nghĩa" under a portal's item: whose it is
            continue
        if byline is None and len(body) > 1 and _NOTE_UNDER_AUTHOR.match(last):
            body.pop()  # "Mai Phương", then "(Tổng hợp)": how the author made it, said under the name
            continue
        if byline is None and len(body) > 1 and last.startswith("(") and _AUTHORS_UNIT.match(last) \
                and _author_names(body[-2].strip()) == body[-2].strip():
            body.pop()  # "Nguyễn Thị Ngọc", then "(TTYT huyện Mê Linh)": where the author works
            continue
        if _NEXT_PART.match(last) or _LINK_LINE.match(last):
            body.pop()  # "Bài cuối: …", "Kỳ 2: …": the series' next part, announced; "Xem chi tiết tại đây"
            continue
        if not source and (doubled := _CREDIT_PRINTED_TWICE.match(last)):
            last = doubled.group(1)  # "Nguồn: http://danviet.vn/…-50202114...Nguồn: http://danviet.vn/…-5020211472050305.htm"
        if not source and (address := _ADDRESS_CREDIT.match(last)):
            source = address.group(1)  # "Nguồn: https://tienphong.vn/bi-lua-600-trieu-…": the site, by its address's host
            body.pop()
            continue
        named = credited_name(last)
        credit = named.strip(" .") if named else ""
        people = _author_names(credit) if named and last.lower().startswith("nguồn") and byline is None else None
        if people and ("," in people and _names_people_only(credit)
                       or last.lower().startswith("nguồn tin") and _persons_name(credit, surely=True) and not is_outlet_name(credit)
                       and normalise(" ".join(credit.split()[:2])) not in load_vocabulary().places):
            byline = people  # "Nguồn: Duy Trinh - Phan Anh.": two people, no outlet; "Nguồn tin: Nguyễn Văn Phú", the reporter
            body.pop()
            continue
        credited_author = _THEO_AUTHOR_OUTLET.match(last) if named and not source and byline is None else None
        if credited_author and (names := _author_names(credited_author.group("author"))) \
                and _persons_name(credited_author.group("author"), surely=True):
            byline, source = names, credited_author.group("outlet").strip()  # "Theo T.Phong (Người lao động)"
            body.pop()
            continue
        if named and not source and byline is None and last.lower().startswith("theo") and _credits_a_person(credit) \
                and (names := _author_names(credit)) == credit:
            byline = names  # "Theo Phạm Dũng" last: the author a copy credits, no outlet named
            body.pop()
            continue
        compiled = _COMPILER_AFTER_OUTLET.match(named.strip()) if named and not source and byline is None else None
        if compiled:
            # "Nguồn: Báo QĐND (NTS tổng hợp).": whose text, and who compiled it (a person's
            # name or initials; not "Sở Y tế", a body)
            byline, source = _compiler_names(compiled.group("author").strip(" -–,/:.")), compiled.group("outlet")
            body.pop()
            continue
        if named and not source:
            source = _SCHEME.sub("", named.strip()).rstrip("/").lstrip(" -–")  # "Theo http://truyenhinhdaknong.vn", "Theo - Mai Anh - …"
            author, _, outlet = source.partition("/")
            if not outlet and (glued := _AUTHOR_DASH_LETTERS.match(source)):
                author, outlet = glued.group("author"), glued.group("outlet")  # "Theo Hải Ngân-ANHP.VN"
            elif not outlet and len(dashed := _SPACED_DASH.split(source, maxsplit=1)) == 2 and is_outlet_name(dashed[1].strip()):
                author, outlet = dashed  # "Theo - Mai Anh - Báo Bắc Giang"
            if outlet.strip() and byline is None and len(author.split()) >= 2 and (names := _author_names(author)) \
                    and _signs_before(author.strip(), outlet.strip()):
                # "Theo Anh Trang/Báo Quảng Nam", "Theo Nguyễn Dũng/Tiền Phong": the
                # author, then the outlet ("TTXVN/Vietnam+" is two outlets, no author).
                byline, source = names, outlet.strip()
            body.pop()
            continue
        if not source and byline is None and _LETTERS_NO_NAME.fullmatch(last):
            source = body.pop()  # "ĐHSP" under a school's item: letters with no vowel name a body, never a person
            continue
        if not source and (_AGENCY_LINE.match(last) or _AGENCIES_LISTED.match(last)):
            source = body.pop().strip(" .()")  # "AFP" under the author: whose report it is; "Reuters, ap news, the Guardian"
            continue
        if byline is None and len(body) > 1 and ADDRESS_LINE.match(last) and _ORIGINAL_LINK.match(body[-2].strip()):
            del body[-2:]  # "Link bài gốc", then "https://dongvon.doanhnhanvn.vn/….htm": the original's address
            continue
        agency = _AUTHOR_AGENCY.match(last)
        if not agency and (bracketed := _AUTHOR_BRACKETED.match(last)) \
                and (_names_an_outlet(bracketed.group("outlet")) or is_outlet_name(bracketed.group("outlet").strip())
                     and normalise(bracketed.group("outlet").strip()) not in load_vocabulary().places):
            # "Lê Hưng (Military Watch)": a foreign outlet, by its name, in place of an agency's;
            # "N.M (Zing)": a known one's, after its author's initials (not "H.A (Hà Tĩnh)": where he writes from)
            agency = bracketed
        if agency and not _persons_name(agency.group("author")):
            agency = None  # "Điện Kremlin (Reuters)": a photo's caption
        credited = (_AUTHOR_COMMA_THEO.match(last) or _TRANSLATOR_THEO.match(last) or agency) if byline is None and not source else None
        if credited and (names := _author_names(credited.group("author"))):
            byline, source = names, credited.group("outlet") or credited.groupdict().get("translated")
            body.pop()
            continue
        by = _SIGNED_BY.match(last) if byline is None and not source else None
        if by and (is_site_address(by.group("who")) or is_outlet_name(by.group("who"))):
            source = by.group("who")  # "By vnexpress.net", "By VnExpress": an English theme's credit, the outlet
            body.pop()
            continue
        for_a_site = _SIGNED_FOR_A_SITE.match(last) if byline is None and not source else None
        if for_a_site and not for_a_site.group("author") and len(body) > 1 and body[-2].rstrip().endswith(":"):
            for_a_site = None  # (a site alone under a line that announces it is no credit: "Tra cứu kết quả trên:")
        if for_a_site and (not for_a_site.group("author") or (names := _author_names(for_a_site.group("author")))):
            # "Chân Như – Website Agribank", "Website Agribank" under a bank branch's repost: the
            # author, then the site that ran it (a site by its word, not a person)
            byline, source = (names if for_a_site.group("author") else None), for_a_site.group("site")
            body.pop()
            continue
        site_author = _SITE_DOT_AUTHOR.match(last) if byline is None else None
        if site_author and (names := _author_names(site_author.group("author"))):
            byline, source = names, source or site_author.group("outlet")
            body.pop()
            continue
        if byline is None:
            slash = _AUTHOR_SLASH_OUTLET.match(last)
            author, outlet = (slash.group("author"), slash.group("outlet").strip()) if slash else (last, None)
            if slash and author.strip().isupper() and is_outlet_name(author.strip()) and not source:
                source = last.strip()  # "TTXVN/Báo Tin tức": the agency, then the paper; no one's name
                body.pop()
                continue
            # (past what the author did: "Bài và ảnh: Tuệ Minh - Công ty …", the label's own dash too)
            signed = last[labelled.end():] if (labelled := _BYLINE_LEAD.match(last)) else last
            dashed = _SPACED_DASH.split(signed, maxsplit=1) if not slash and "/" not in last else []
            if not slash and "/" in last:
                # "Thùy Linh/Bnews/vnanet.vn": the author, then the outlet by a name or address it is known by.
                before, _, after = last.partition("/")
                known = after.split("/")[0].strip()
                if _DESK_TAG.fullmatch(known) or _PHOTOGRAPHER.match(known):
                    author = before  # "Hoàng Long/PV": the author, and what the desk calls him; "Hoàng Dũng/Ảnh Thượng Hiển"
                elif _AUTHORS_UNIT.match(after.strip()):
                    author = before  # "Thanh Bình- Minh Khoa/ Phòng Chính trị": the authors, then the unit they write for
                elif all(is_outlet_name(part) or _AGENCY_ACRONYM.fullmatch(part) or re.fullmatch(_AGENCIES, part)
                         for part in _CREDITS_JOINED.split(known)):
                    author, outlet = before, known  # (and agencies, and several: "Văn Phong/KBS, Yonhap", "Minh Hà/Reuters")
            elif len(dashed) == 2 and (_AGENCY_LINE.match(dashed[1]) or _WEB_ADDRESS.fullmatch(dashed[1]) or is_outlet_name(dashed[1])
                                       or _foreign_outlet_after_dash(dashed[1])):
                # "Ánh Vân - rferl.org", "Minh Anh - Reuters", "Trung Nghĩa - NDH": the author, then whose report
                # (an outlet known by its letters; not "Hoàng Nam - TTV", a co-author's, nor "- GV", a teacher)
                author, outlet = dashed
            elif len(dashed) == 2 and _AUTHORS_UNIT.match(dashed[1]) and not dashed[1].startswith("(") and _persons_name(dashed[0]):
                # (a person's name, not a site's: "CỔNG THÔNG TIN ĐIỆN TỬ - Hội đồng nhân dân Thành phố …")
                author = dashed[0]  # "Tuệ Minh - Công ty Dịch vụ Agribank": the author, then where he works
            elif len(dashed) <= 1 and (comma := signed.find(", ")) > 0 and _AUTHORS_UNIT.match(signed[comma + 2:].strip()) \
                    and not signed[comma + 2:].startswith("(") and _persons_name(signed[:comma].strip(), surely=not labelled) \
                    and _persons_name(signed[:comma].strip()):
                author = last[:len(last) - len(signed) + comma].strip()  # "Tác giả: Nguyễn Đình Tuân, Phòng GDTX-CN" (not "Hà Nội, Sở …")
            elif len(dashed) <= 1 and (unit := _UNIT_IN_PARENTHESES.search(signed)) and _AUTHORS_UNIT.match(unit.group(0).strip()) \
                    and _persons_name(signed[:unit.start()].strip()):
                author = last[:len(last) - len(signed) + unit.start()].strip()  # "Bài và ảnh: Tuệ Minh (Công ty Dịch vụ Agribank)"
            elif len(dashed) == 2 and _persons_name(dashed[0], surely=True) and _authors_post(dashed[1]):
                # "Phạm Văn Phải – Phó Hiệu trưởng Trường THPT Việt Vinh" closing a school's item: the
                # author, then his post where he works (a contributor's, not a participant's)
                author = dashed[0]
            elif len(dashed) <= 1 and (address := _AUTHOR_COMMA_ADDRESS.match(signed)) and _signs_before(address.group("author"), address.group("outlet")):
                author, outlet = address.group("author"), address.group("outlet")  # "Phương Nhung, hiephoa.gov.vn"
            elif (signed := _author_then_outlet(last) or _author_then_outlet_in_parentheses(last)) is not None:
                author, outlet = signed  # "Mi Ly Thể thao & Văn hóa": the author, then the outlet's name
            elif named and last.lower().startswith("theo"):
                if not _credits_a_person(credit, source):
                    body.pop()  # "Theo Lao Động" above another outlet's name: a credit, no one's name
                    continue
                author = credit  # "Theo Văn Vũ" above the outlet's name: the author it is taken from
            byline = _author_names(author)
            if byline:
                source = source or outlet
                body.pop()
                continue
        break
    if byline is None and len(body) >= 2 and body[-2].rstrip().endswith("./.") and _ONE_WORD_NAMES.match(body[-1].strip()):
        # After the official closing "./.", a short line of one-word names is the byline:
        # "HLam", "Nghiệp - Hình".
        byline = ", ".join(n.strip() for n in re.split(r"\s+[-–]\s+|\s*,\s*", body.pop().strip()))
    if byline is None and len(body) >= 2 and _signed_by_one_name(body[-1].strip(), body[-2]):
        byline = body.pop().strip()  # "Giang", "Thụy" alone under the last sentence: a pen name of one word
    if byline is None:
        # "HỮU TOÀN", then the captions of photos put after the text: a name in capitals
        # above a few short lines is the byline.
        for back in range(2, min(5, len(body)) + 1):
            line = body[-back].strip()
            after = body[-back + 1:]
            if line.isupper() and all(len(p) < _CAPTION_AFTER_BYLINE for p in after) and _author_names(line) \
                    and line.strip(" .") not in _PLACE_LETTERS \
                    and sum(p.strip() == line for p in body) == 1:
                # (not "HCM.", a city's name split off its "TP."; but "T.P.", initials; nor "BTC" under
                # every photo, its credit: an author signs once)
                byline = _author_names(line)
                del body[-back]
                break
    if page_address is not None:
        body.append(page_address)
    return body, byline, source


_CAPTION_AFTER_BYLINE = 160
# An outlet credited, then who compiled the text from it: "Báo QĐND (NTS tổng hợp)".
_COMPILER_AFTER_OUTLET = re.compile(
    r"^(?P<outlet>[^()]{2,40}?)\s*\(\s*(?P<author>[^()]{2,40}?)\s+(?:tổng hợp|t/h|biên dịch|lược dịch)\s*\)?\s*\.?$", re.IGNORECASE)
_INITIALS_IN_CAPITALS = re.compile(rf"[{_CONSONANT_CAPITALS}]{{2,4}}")


def _compiler_names(author: str) -> str | None:
    """The compiler's name, or initials in capitals as printed ("NTS": no vowel, no name to
    case); None for a desk's code ("PV tổng hợp": a reporter, unnamed)."""
    if _DESK_TAG.fullmatch(author):
        return None
    return author if _INITIALS_IN_CAPITALS.fullmatch(author) else _author_names(author)

_PLACE_LETTERS = frozenset({"HCM", "TPHCM", "TP.HCM", "HN", "TP", "ĐBSCL"})
# A button run on to the credit it copies: "Theo Nhịp sống thị trường  Copy link".
_COPY_LINK_AFTER = re.compile(r"\s+Copy link\s*$")
# One word alone under the text that is no one's signature.
_NOT_A_PEN_NAME = frozenset({"Hết", "Nguồn", "Ảnh", "Video", "Clip", "Tin", "Theo", "Xem", "Bài", "Kết", "Trang", "Top", "Quay", "Về", "Đóng", "Gửi", "Chia"})


def _signed_by_one_name(last: str, above: str) -> bool:
    """"Giang" under the text's last sentence: a word of a name, capitalised, that no place
    and no button is."""
    return last[:1].isupper() and last[1:].islower() and " " not in last and is_vietnamese_syllable(last) \
        and last not in _NOT_A_PEN_NAME and last not in load_vocabulary().places \
        and above.rstrip(" ”\"").endswith((".", "!", "?", "…"))


_AUTHOR_SLASH_CREDIT = re.compile(r"^(?P<author>[^/()]{3,40}?)\s*/\s*(?:theo|nguồn)\s*:?\s+(?P<credit>[^/()]{2,40}?)\s*\.?$", re.IGNORECASE)
# "Văn Phong/KBS": a broadcaster or agency by its letters after the author's name (not
# a desk's tag: "PV" a reporter, "CTV" a contributor, "BTV" an editor, "TH" compiled).
_DESK_TAG = re.compile(r"PV|CTV|BTV|NV|TH")
_PHOTOGRAPHER = re.compile(r"(?:ảnh|photo)\s*:?\s+\S", re.IGNORECASE)
_SPACED_DASH = re.compile(r"\s+[-–]\s+")
# A paper's or a magazine's name alone on a line: "Báo Việt Nam hội nhập.", "Tạp chí Cộng sản"
# (not "Báo cáo …", a report: the name's first word is capitalised).
_PAPER_NAMED = re.compile(rf"^((?:Báo|Tạp chí)(?: điện tử)? [{UPPER_LETTERS}][^\W\d_]*(?: (?:[^\W\d_]+|&)){{0,5}})\.?$")
_UNIT_IN_PARENTHESES = re.compile(r"\s*\([^()]+\)\s*$")
_WEB_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|vn|info|io|co\.uk)", re.IGNORECASE)

_AGENCY_ACRONYM = re.compile(r"[A-Z]{2,6}(?:\.VN)?")
_CREDITS_JOINED = re.compile(r"\s*,\s*|\s+[-–]\s+")
_LINK_LINE = re.compile(r"^(?:xem|đọc) (?:chi tiết|toàn văn|thêm)(?: tại đây)?\s*[.:]?$", re.IGNORECASE)
_NEXT_PART = re.compile(r"^(?:bài|kỳ|phần)\s+(?:cuối|tiếp|tới|sau|tiếp theo|\d{1,2}|[IVX]{1,4})\s*:\s*\S", re.IGNORECASE)
# (and a record's machine time under its text: "2018-06-03 04:14:16")
_TIME_STAMP = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?:\s*GMT\s*[+-]\s*\d+)?"
                         r"|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$", re.IGNORECASE)


def is_web_address(text: str) -> bool:
    """A site's address alone ("tuongmai.com", "https://www.baoxyz.vn/"), with its scheme and
    final slash or without."""
    return bool(_WEB_ADDRESS.fullmatch(re.sub(r"^https?://|/$", "", text.strip())))


_HASHTAGS = re.compile(r"[^#.!?]{0,60}(?:#[^#.!?]{1,40}){2,}|[^#.!?]{0,60}(?:#[^#!?]{1,40}){3,}")  # (a place's "Tp." among three)


# A rating widget's label under the text ("Đánh giá:").
_RATING_LABEL = re.compile(r"^(?:đánh giá|bình chọn)\s*:?$", re.IGNORECASE)
_TAG_RUN_WORDS = 12  # (longer than a signature: "Uỷ ban MTTQ Việt Nam phường Yên Nghĩa")
_TAG_RUN_MARKS = re.compile(r"[.,;:!?…\"“”()]")


def _is_widget_under_the_author(line: str, above: list[str]) -> bool:
    """A share button (not a name that opens like one: "Lưu Quý", "Lưu Sơn/VOV"), a rating's
    label, or the page's tags run together, between the author's line and the page's foot."""
    return is_share_line(line) and line.split()[0].capitalize() not in load_vocabulary().family_names \
        or bool(_RATING_LABEL.match(line)) or _is_tag_run(line, above)


def _is_tag_run(line: str, above: list[str]) -> bool:
    """"Olympic Bahrain Ahmed Bin Isa Al Khalifa Olympic Việt Nam ASIAD châu âu …": a page's
    tags copied with no commas between them, every word one the article uses (a sentence
    has marks, or words of its own)."""
    words = line.split()
    if len(words) < _TAG_RUN_WORDS or _TAG_RUN_MARKS.search(line):
        return False
    used = {word.casefold() for paragraph in above for word in re.findall(r"\w+", paragraph)}
    return all(word.casefold() in used for word in words)


def is_keyword_line(line: str, items: int = 4, words: int = 5) -> bool:
    """"Phụ tử,Kiên Lương,Xi măng,Ngọn núi,…": a page's tags (so many items or more, of so
    many words or fewer), not a sentence."""
    if line.count("#") >= 2 and _HASHTAGS.fullmatch(line.strip()):
        return True  # "Châu Việt Cường #nhét tỏi #ma túy #xét xử": a topic, then its hashtags
    parts = [part.strip() for part in line.split(",")]
    # (not an author and the outlets he translated: "Thùy Dương (Theo Time, CNN, The National News, CBC, Tân Hoa xã)")
    return len(parts) >= items and not line.rstrip().endswith((".", ")")) and all(0 < len(part.split()) <= words for part in parts)


@functools.lru_cache(maxsize=2)
def _outlet_names(folded: bool) -> frozenset[str]:
    names = set()
    for prefix, outlet in load_vocabulary().outlet_prefixes.items():
        for name in (prefix, outlet, re.sub(r"^Báo (?:điện tử )?", "", outlet, flags=re.IGNORECASE)):
            names.add(_outlet_key(name, folded))
    return frozenset(names)


def _outlet_key(name: str, folded: bool) -> str:
    """An outlet's name as compared: without its dots ("TP.HCM" and "TPHCM" alike), in
    lower case, and folded for a name written without marks ("Thanh Nien")."""
    return (fold(name) if folded else name.casefold()).replace(".", "")


# A Vietnamese site's address ("Baochinhphu.vn", "hcmcpv.org.vn"): in a credit, whose text it is.
_VN_SITE_ADDRESS = re.compile(r"^(?:www\.)?(?:(?:[a-z][\w-]{0,20}\.)?[a-z][\w-]{1,30}\.(?:vn|com\.vn|net\.vn|org\.vn|gov\.vn)"
                              r"|(?:e\.)?vnexpress\.net)$", re.IGNORECASE)  # (the one national paper under .net)


def is_site_address(line: str | None) -> bool:
    return bool(line and _VN_SITE_ADDRESS.match(line.strip()))


def _names_people_only(credit: str) -> bool:
    """'Duy Trinh - Phan Anh': people; 'VTV, VOV', 'Thanh Niên, Tuổi Trẻ': outlets."""
    parts = [p.strip() for p in _AUTHOR_SPLIT.split(credit) if p.strip()]
    firm_words = load_vocabulary().foreign_body_words
    # (nor "Tân Hoa Xã, Arab News": an agency and a paper, known or named by a firm's word)
    return all(len(p.split()) >= 2 and not p.isupper() and not is_outlet_name(p) and not any(w in firm_words for w in p.split())
               for p in parts)


def paper_named(line: str) -> str | None:
    """'Báo Việt Nam hội nhập' of 'Báo Việt Nam hội nhập.', 'Tạp chí Cộng sản': a paper or a magazine
    by its name, known or not; None for a sentence about one ('Báo Tuổi Trẻ sẽ thông tin tiếp.',
    'Báo Nhân Dân đã phản ánh.': a verb in it) or any other line."""
    found = _PAPER_NAMED.match(line)
    if not found:
        return None
    words = found.group(1).split()
    enders = load_vocabulary().role_enders
    if any(word in enders and not (word == "và" and k + 1 < len(words) and words[k + 1][:1].isupper())
           for k, word in enumerate(words[1:], 1) if word.islower()):
        return None
    return found.group(1)


@functools.lru_cache(maxsize=256)  # (a header's lines, and the names in credits, are asked of again)
def is_outlet_name(line: str) -> bool:
    """A line that is only an outlet's name ("Nhân Dân", "Thanh Niên", "ĐS&PL") or a
    Vietnamese news site's address ("Baochinhphu.vn", "Dantri.com.vn")."""
    if is_site_address(line):
        return True
    if "/" in line and len(line) <= 40:
        return all(is_outlet_name(part) for part in line.split("/"))  # "TTXVN/Vietnam+": the agency and its paper
    # (Its marks as written decide, where it has any: "Hạ Giang" signs a text, "Hà Giang" is a paper.)
    name = re.sub(r"^Báo (?:điện tử )?", "", line.strip(" ."), flags=re.IGNORECASE)
    if name != line.strip(" .") and name in load_vocabulary().provinces:
        return True  # "Báo Thái Bình": a province's party paper
    folded = name.isascii()
    return len(line) <= 40 and _outlet_key(name, folded) in _outlet_names(folded)


_ONE_WORD_NAMES = re.compile(rf"^[{UPPER_LETTERS}]\w{{1,12}}(?:(?:\s+[-–]\s+|\s*,\s*)[{UPPER_LETTERS}]\w{{1,12}}){{0,3}}$")
