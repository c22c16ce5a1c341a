"""People named with a role: "đồng chí <Name>, <Role>, <Role>", "Bí thư Tỉnh ủy <Name>",
"các đồng chí: <Name>, <Role>; <Name>, <Role>". Rules, not a statistical tagger: a name
is 2-5 capitalised syllables and, where nothing else vouches for it, starts with a family name.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..article import Participant
from ..vietnamese import LOWER_LETTERS, UPPER_LETTERS, fold, is_vietnamese_syllable, name_case, normalise, unify_apostrophes
from .credits import ACADEMIC_TITLES, is_outlet_name
from .vocabulary import Vocabulary, load_vocabulary

# Words that say a name follows: "đồng chí", "các đồng chí", "ông", "bà".
_TRIGGERS_BY_FIRST = {
    "các": (("các", "đồng", "chí"), ("các", "ông"), ("các", "bà")),
    "đồng": (("đồng", "chí"),), "ông": (("ông",),), "bà": (("bà",),), "ngài": (("ngài",),),
    "anh": (("anh",),), "chị": (("chị",),), "thầy": (("thầy",),), "cô": (("cô",),),
    "tỷ": (("tỷ", "phú"),), "tỉ": (("tỉ", "phú"),),  # (a billionaire, called so as "ông" calls a man: "…, tỷ phú Jack Ma, …")
    "bị": (("bị", "cáo"), ("bị", "can")),  # (the accused: "bị cáo A (62 tuổi, nguyên chủ tịch HĐQT)")
    "nhà": (("nhà", "báo"),), "diễn": (("diễn", "giả"),), "luật": (("luật", "sư"),),
    "bác": (("bác", "sĩ", "chuyên", "khoa", "ii"), ("bác", "sĩ", "chuyên", "khoa", "i"), ("bác", "sĩ"), ("bác", "sỹ")), "kiến": (("kiến", "trúc", "sư"),), "kỹ": (("kỹ", "sư"),),
    **{title: ((title,),) for title in ("kts", "pgs.ts", "gs.ts", "pgs", "gs", "ts", "ths", "bs", "ls", "nsnd", "nsưt", "ts.bs", "ths.bs",
                                       "cki", "ckii", "bscki", "bsckii")},  # (a physician's specialist grade: "bác sĩ CKII A")
}
# Academic and professional titles that vouch for the name after them, alone or chained
# with dots and written with or without a space: "PGS.TS.Nguyễn Thị Xuyên",
# "ThS. Nguyễn Văn Thành", "TS.BS Lê A". They are written as one token "PGS.TS".
_ACADEMIC_TITLE = "(?:" + "|".join(sorted(ACADEMIC_TITLES, key=len, reverse=True)) + ")"
_DEGREE = "(?:" + "|".join(sorted((t for t in ACADEMIC_TITLES if not t.startswith("NS")), key=len, reverse=True)) + ")"
_DEGREES = re.compile(rf"{_DEGREE}(?:[.-]{_DEGREE})*\.?")  # (the academic titles but the state's honours, "NSND")
_SPACED_CHAIN = re.compile(r"\.[ \t]+")
_ACADEMIC_WORD = re.compile(rf"{_ACADEMIC_TITLE}(?:[.-]{_ACADEMIC_TITLE})*")
_ACADEMIC_CHAIN = re.compile(rf"(?<![\w.])({_ACADEMIC_TITLE}(?:(?:[.-]|\.[ \t]+){_ACADEMIC_TITLE}\b)*)\.?[ \t]*(?=[^\W\d_])")
# Professions written before a name are its role ("ca sĩ Quỳnh Anh", "luật sư A, Trưởng
# ban …"); a profession also vouches for a name of two syllables or a stage name.
# ("bác sĩ" is one, as the truth writes it; not "kỹ sư", "kiến trúc sư": degrees, written
# like "TS.", which vouch only.)
_PROFESSIONS = tuple(tuple(p.split()) for p in """
nhà báo|luật sư|ls|diễn giả|ca sĩ|nhạc sĩ|họa sĩ|hoạ sĩ|nghệ sĩ|nghệ nhân|ca sỹ|nhạc sỹ|họa sỹ|nghệ sỹ|
diễn viên|đạo diễn|hoa hậu|á hậu|hoa khôi|người mẫu|nhà thơ|nhà văn|nhà nghiên cứu|nhà sử học|nhà giáo|
giáo viên|cô giáo|thầy giáo|huấn luyện viên|nsnd|nsưt|ngnd|ngưt|ttnd|ttưt|nnnd|nnưt|nghệ sĩ nhân dân|nghệ sĩ ưu tú|bác sĩ|
ca nương|nghệ nhân nhân dân|nghệ nhân ưu tú|nghệ sĩ nhiếp ảnh|nsna|nhà nhiếp ảnh|nhiếp ảnh gia|nhà phê bình|dịch giả|
nhà sản xuất âm nhạc|giám đốc âm nhạc|học giả|nhà ngoại giao|nhà điêu khắc|nhà thiết kế|nhà hoạt động|
nhà bác học|nhà khoa học|nhà sư|nhà viết kịch|nhà biên kịch|biên kịch|nhà vật lý|nhà toán học|nhà hóa học|nhà sinh học|nhà khảo cổ học|nhà ngôn ngữ học|nhà dân tộc học|nhà triết học|
nhà khảo cổ|nhà thiên văn|nhà thiên văn học|nhà tâm lý học|nhà xã hội học|nhà kinh tế học|nhà sinh vật học|nhà địa chất|nhà địa chất học|nhà nhân chủng học|
nhà động vật học|nhà thực vật học|nhà di truyền học|nhà hải dương học|nhà khí tượng học|nhà dịch tễ học|nhà virus học|nhà vi sinh vật học|nhà thần kinh học|
nhà cổ sinh vật học|nhà sinh thái học|nhà vật lý học|nhà thiên văn vật lý|ảo thuật gia|nhạc công|
nhà nông học|soạn giả|danh họa|tình nguyện viên|nhà địa vật lý|nhà hóa sinh|
thầy thuốc nhân dân|thầy thuốc ưu tú|nhà giáo nhân dân|nhà giáo ưu tú|anh hùng lao động|sử gia|kiện tướng quốc gia|
biên đạo|biên đạo múa|vũ công|rapper|diễn viên hài|nghệ sĩ hài|danh hài|giám khảo|nhà bình luận|bình luận viên|siêu mẫu|dj|stylist|đầu bếp|bếp trưởng|
tiktoker|youtuber|vlogger|blogger|streamer|beatmaker|nghệ sĩ xiếc|nghệ sĩ múa|mc|tài tử|minh tinh|ông bầu|diva|
doanh nhân|nhà quay phim|nhà làm phim|danh ca|giám tuyển|nhà giáo dục|điêu khắc gia|kiến trúc sư|nhà soạn nhạc|kỹ sư|võ sư|dược sĩ|dược sỹ|phi hành gia|lương y|anh hùng lực lượng vũ trang nhân dân|anh hùng lực lượng vũ trang|mẹ việt nam anh hùng|bà mẹ việt nam anh hùng|mvnah|bmvnah
""".replace("\n", "").split("|") if p.strip())
# "tài tử" is a film star, or (after these) amateur: "giải quần vợt tài tử", "đờn ca tài tử", "võ sĩ tài tử".
_AMATEURS_OF = frozenset({"vợt", "ca", "golf", "sĩ", "thủ", "viên", "ảnh", "bóng", "giải", "đấu", "chơi"})
# Where "quản lý" is a manager (elsewhere a verb, or a word of a body's name).
_SETS_OFF_A_MANAGER = frozenset({",", "-", "–", "(", "là", "cựu", "nguyên", "này", "nhà"})
# Callings written before a name as a title, which the post after the name says better:
# "cô giáo A – Hiệu trưởng Trường …", "kiến trúc sư A, nguyên Thứ trưởng Xây dựng".
_TITLES_A_POST_OUTRANKS = frozenset({"cô giáo", "thầy giáo", "kiến trúc sư", "kỹ sư", "doanh nhân"})
# Callings before a name that is a Vietnamese one, family name first ("kỹ sư Nguyễn Văn A"): after them a
# firm's, a school's or an art's name is no one's ("kỹ sư Samsung Việt Nam", "võ sư Vịnh Xuân").
_CALLINGS_BEFORE_A_FULL_NAME = frozenset({("kỹ", "sư"), ("võ", "sư")})
_DOCTORS = frozenset({"bác sĩ", "bác sỹ"})
# What follows "bác sĩ" that is no doctor's name: a ward, a hospital by its name.
_WARDS_AND_HOSPITALS = frozenset({"Khoa", "Bệnh", "Viện", "Trung", "Phòng", "Khối", "Đơn", "Vinmec", "Vinpearl",
                                  "Chợ Rẫy", "Việt Đức", "Bạch Mai", "Từ Dũ", "Hùng Vương", "Xanh Pôn", "Hoàn Mỹ", "Nhi Đồng"})
BARE_CALLINGS = _DOCTORS  # (a role that says what he does, not his post: a headline's post may complete it)
# (and as some write them: "họa sỹ", "nhạc sỹ")
_PROFESSIONS += tuple(tuple(w.replace("sĩ", "sỹ") for w in p) for p in _PROFESSIONS if "sĩ" in p)
for _profession in _PROFESSIONS:
    if _profession not in _TRIGGERS_BY_FIRST.get(_profession[0], ()):
        _TRIGGERS_BY_FIRST[_profession[0]] = (_profession,) + _TRIGGERS_BY_FIRST.get(_profession[0], ())
_TRIGGERS_BY_FIRST = {first: tuple(sorted(triggers, key=len, reverse=True)) for first, triggers in _TRIGGERS_BY_FIRST.items()}
_PROFESSION_SET = frozenset(_PROFESSIONS)
# "nhà côn trùng học", "nhà miễn dịch học": a scholar of a science, whatever the science (one or
# two words before "học"; not "nhà nước học hỏi", "nhà trường năm học", "ở nhà tập trung học").
_NOT_A_SCIENCE = frozenset("nước trường xuất bản ở mà trong tập chung hát máy văn khi đi được cùng anh em con thờ ga hàng bạn theo".split())
_STUDY_WORDS = frozenset("sinh viên tập hỏi bổng phí kỳ vấn hành nghề lực đường bạ".split())  # ("học sinh", "học phí": no science)


def _is_science_calling(words: tuple[str, ...]) -> bool:
    return 3 <= len(words) <= 4 and words[0] == "nhà" and words[-1] == "học" and not any(w in _NOT_A_SCIENCE for w in words[1:-1])


def _is_scholar(calling: str) -> bool:
    """A calling of research, whose institute or university, written after the name, is part
    of the role: an expert's (as _chair_follows reads it after a post's head), a scientist's,
    or a scholar's of any science ("nhà cổ sinh vật học")."""
    lowered = calling.lower()
    words = lowered.split()
    return lowered.startswith(_SCHOLARLY) or words[:1] == ["nhà"] and "học" in words[2:6]


def _is_profession(words: tuple[str, ...]) -> bool:
    return words in _PROFESSION_SET or _is_science_calling(words)
# A class by its grade and letter ("12A2", "9A4", "10", "5A"), and the posts that have one.
_CLASS_CODE = re.compile(r"\d{1,2}(?:[A-ZĐ]?\d{0,2}|[./]\d{1,2})")
_CLASS_TEACHERS = frozenset({("giáo", "viên"), ("chủ", "nhiệm")})
_TEACHER_HEADS = frozenset({("giáo", "viên"), ("cô", "giáo"), ("thầy", "giáo")})
# "Khu Tưởng niệm Chủ tịch Hồ Chí Minh", "Bảo tàng …", "Lăng …": a place named after a person.
_MEMORIAL_WORDS = frozenset({"niệm", "tàng", "lăng", "tích", "tên", "tượng", "đài", "đền", "nhà", "thờ"})
_MEMORIAL_WORD_AFTER = {"tích": "di", "thờ": "đền"}  # (a memorial's only after its first word: "di tích", "đền thờ")
_PHOTO_CREDIT = re.compile(r"\s*\((?:ảnh|nguồn ảnh|photo)\s*:[^()]*\)", re.IGNORECASE)
# "(gọi tắt là Ban Chỉ đạo)", "(sau đây gọi tắt là …)": the short name the text will use, no part of the post.
_SHORT_NAME_GIVEN = re.compile(r"\s*\((?:sau đây )?(?:gọi|viết) tắt(?: là)?\b[^()]*\)", re.IGNORECASE)
_DONE_BY = re.compile(r"\s+thực hiện(?:\s+thành công)?$")
_ADDRESS_AFTER_DASH = re.compile(r"\s*[-–]\s*(?:Bà|Ông)$")
_EXPLAINED_IN_PARENTHESES = re.compile(rf"\s*\((?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)\s(?![{UPPER_LETTERS}])[^()]*\)")
_WEAK_HEADS = frozenset({("đại", "diện"), ("lãnh", "đạo")})
# Words before a name that say whom a representative or leader is of ("đại diện nhà xuất bản
# Kim Đồng", "… gia đình nạn nhân A") or what a board did to him ("ban lãnh đạo sa thải A").
_KINDS_BEFORE_A_NAME = frozenset(tuple(k.split()) for k in (
    "xuất bản", "phòng khám", "bệnh viện", "nhà sách", "đội bóng", "công ty", "tiểu học", "trung học", "mầm non", "nhà thuốc",
    "nạn nhân", "bệnh nhân", "học sinh", "nữ sinh", "nam sinh", "sinh viên", "câu lạc", "lạc bộ", "tập đoàn", "nhà hàng", "khách sạn"))
_KINDS_BEFORE_A_NAME_ONE_WORD = frozenset({"trường", "cháu", "bé", "hãng", "quán", "tiệm", "shop", "xã", "huyện", "tỉnh", "phường"})
_ACTS_ON_A_PERSON = frozenset(tuple(k.split()) for k in ("sa thải", "bãi nhiệm", "miễn nhiệm", "bổ nhiệm", "cách chức", "kỷ luật", "khen thưởng", "đánh bại"))
_KIN_ADDRESSES = frozenset({"cụ", "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "sĩ"})  # ("Đại diện gia đình cụ", "… gia đình bác sĩ")
_OPENING_PHRASE_WORDS = 4  # ("Trước đó,", "Trong khi đó,", "Về phía đội bóng,")
# A country written by one syllable that opens Vietnamese given names too: a place only
# before a foreign name ("Thủ tướng Nhật Sanae Takaichi"; not "ca sĩ Nhật Kim Anh").
_COUNTRIES_WRITTEN_SHORT = frozenset({"Nhật"})
# What a list counts its members as, no post of theirs: "2 cán bộ là …".
_COUNTED_AS = frozenset({"cán bộ", "chiến sĩ", "cán bộ, chiến sĩ"})
# How many a bracket after a list of names counts them: "A, B (hai phó giám đốc …)".
_SMALL_COUNT_VALUES = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_COUNTED_NAMES_MOST = 5
_COUNTED_POST_WORDS = 16
# What a post's holder gave, before "của" and the post: "Tiếp thu ý kiến chỉ đạo của Thủ tướng Chính
# phủ, Bộ trưởng Tài chính A khẳng định": the directive's author, set off, is not A's post.
_DIRECTIVES = frozenset({("chỉ", "đạo"), ("ý", "kiến"), ("yêu", "cầu"), ("đề", "nghị"), ("kết", "luận")})


def _is_standing_board(role: str) -> bool:
    """'Thường trực Tỉnh ủy', 'Thường trực HĐND tỉnh': a committee's standing board, whose members
    a list names each with his own post (not 'Thường trực Ban Bí thư', a post)."""
    words = role.lower().split()
    return words[:2] == ["thường", "trực"] and 3 <= len(words) <= 5 and ("hđnd" in words or "ubnd" in words or words[-1] in ("ủy", "uỷ"))


# Nations by the one word a joint body's name gives them: "Bệnh viện Hữu nghị Việt - Đức",
# "Bệnh viện Việt - Hàn", "Trường Việt - Úc".
_NATIONS_IN_JOINT_NAMES = frozenset("Việt Hàn Nhật Đức Pháp Nga Xô Mỹ Anh Úc Lào Trung Séc Tiệp Cu Bỉ Ý Ấn Thái Sing Mông".split())


def _is_joint_nations(before: str, after: str) -> bool:
    """'Việt' and another nation on either side of a dash: a joint body's name ("Việt - Hàn")."""
    return before != after and "Việt" in (before, after) and before in _NATIONS_IN_JOINT_NAMES and after in _NATIONS_IN_JOINT_NAMES


def _where_from(words: list[str]) -> bool:
    """Words in brackets after a listed name that say where he is from ("bang Maine",
    "Kentucky"), not his birth year, age or home village ("SN 1991", "47 tuổi", "quê Nghệ An")."""
    return bool(words) and not any(any(ch.isdigit() for ch in w) for w in words) and words[0].lower() not in ("quê", "sn", "sinh", "trú", "ngụ")
# After a name, what puts it in an office: "ông A làm Thủ tướng", "được bầu làm …".
# (or out of it: "ông A thôi giữ chức vụ Chủ tịch HĐQT"; the longest first)
_APPOINTED = tuple(sorted((tuple(p.split()) for p in (
    "được bầu giữ chức", "được bầu làm", "được bổ nhiệm giữ chức", "được bổ nhiệm làm", "được bổ nhiệm",
    "được chỉ định giữ chức", "được chỉ định làm", "được điều động giữ chức", "được điều động làm", "được giao giữ chức",
    "được bầu", "giữ chức vụ", "giữ chức", "giữ cương vị", "làm", "tái đắc cử", "đắc cử", "trúng cử", "nhậm chức",
    "được bầu giữ chức vụ", "được bổ nhiệm giữ chức vụ", "thôi giữ chức vụ", "thôi giữ chức", "đảm nhận chức vụ", "đảm nhận chức",
    "đảm nhiệm chức vụ", "đảm nhiệm chức",
    # (a post he keeps or holds now: "Ông Lê Viết Hải tiếp tục làm Chủ tịch HĐQT")
    "tiếp tục làm", "tiếp tục giữ chức", "tiếp tục giữ chức vụ", "hiện giữ chức", "hiện giữ chức vụ", "đang giữ chức", "đang giữ chức vụ",
    "vẫn giữ chức", "vẫn giữ chức vụ",
    # (a post taken up, or left or taken from him: "ông A nhận chức tổng giám đốc", "… không còn đảm
    # nhiệm chức vụ Phó tổng giám đốc", "… bị tạm đình chỉ chức hiệu trưởng")
    "nhận chức", "nhận chức vụ", "không còn đảm nhiệm chức vụ", "không còn giữ chức", "không còn giữ chức vụ",
    "bị đình chỉ chức", "bị tạm đình chỉ chức", "bị đình chỉ chức vụ", "bị tạm đình chỉ chức vụ", "bị cách chức",
    "bị miễn nhiệm chức", "bị miễn nhiệm chức vụ", "bị bãi nhiệm chức", "bị bãi nhiệm chức vụ",  # ("ông A bị miễn nhiệm chức Chủ tịch UBND tỉnh")
    # ("giữ chức danh Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "tiếp tục tái đắc cử")
    "giữ chức danh", "tiếp tục giữ chức danh", "hiện giữ chức danh", "đảm nhận chức danh", "đảm nhiệm chức danh", "tiếp tục tái đắc cử",
    # (the post he signs or acts in: "ông Nguyễn Đức Minh với chức danh Tổng Giám đốc", "bà Penny Wong trên cương vị Bộ trưởng …")
    "với chức danh", "với chức vụ", "với cương vị", "trên cương vị", "ở cương vị", "ở chức danh", "ở chức vụ",
    # (the post he is removed from, after the act and his name: "Putin loại ông A khỏi chức vụ Đặc phái viên …")
    "khỏi chức vụ", "khỏi chức", "khỏi chức danh", "khỏi cương vị", "khỏi vị trí",
)), key=len, reverse=True))


def _by_first_word(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases (tuples of words) grouped by their first word, each group in the phrases' order."""
    by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in phrases:
        by_first[phrase[0]] = by_first.get(phrase[0], ()) + (phrase,)
    return by_first


# How a post is given, between "được" (and by whom) and the post: "được Bộ Chính trị điều động, phân công giữ chức …".
_WHEN_APPOINTED = frozenset({"đã", "vừa", "mới"})
_APPOINTING_BODY_WORDS = 6
_GIVEN_THE_DECISION = ("nhận", "quyết", "định")
_LEAVING_CLAUSE_WORDS = 40  # (the posts he leaves, up to the ";" before the one he is given)
_WAYS_OF_APPOINTING_BY_FIRST = _by_first_word(tuple(tuple(p.split()) for p in (
    "điều động", "bổ nhiệm", "phân công", "chỉ định", "bầu", "luân chuyển", "giới thiệu", "cử", "tín nhiệm bầu", "đề cử")))
_HOLDING_BY_FIRST = _by_first_word(tuple(tuple(p.split()) for p in ("giữ chức vụ", "giữ chức danh", "giữ chức", "làm")))


_APPOINTED_BY_FIRST = _by_first_word(_APPOINTED)  # (longest first within each first word, as in _APPOINTED)
# "TS A là phó trưởng phòng …", "ông A hiện là Giám đốc …": the post said of him.
# (and "in the role of": "ông Ngô Văn Thuyên trong vai trò Chủ tịch Hội đồng trường đã ký …")
_IS = (("hiện", "là"), ("là",), ("trong", "vai", "trò", "là"), ("trong", "vai", "trò"), ("với", "vai", "trò", "là"), ("với", "vai", "trò"),
       ("với", "cương", "vị", "là"), ("với", "cương", "vị"), ("trên", "cương", "vị"), ("với", "tư", "cách", "là"), ("với", "tư", "cách"))
# The same after a comma, with when he held it: "ông A, lúc đó là Phó Bí thư …".
_SAID_TO_BE = (("lúc", "đó", "là"), ("khi", "đó", "là"), ("hiện", "là"), ("nay", "là"), ("hiện", "đang", "là"))
# Verbs of saying that are never nouns (not "thông tin", "đề nghị"): where a role in lower
# case ends.
_SAID = tuple(tuple(v.split()) for v in (
    "cho biết", "cho hay", "cho rằng", "chia sẻ", "nói", "bình luận", "nhận định", "khẳng định", "nhấn mạnh", "bày tỏ", "giải thích",
    "ví von", "tâm sự", "thừa nhận", "lý giải", "nhận xét", "kỳ vọng", "xác nhận", "khuyến nghị", "mở đầu", "tâm đắc", "hi vọng", "hy vọng",
    "tiết lộ", "quả quyết", "phân trần",
))
# How one feels or says it, right after a post set off after one's name ("…, Lữ đoàn trưởng dí
# dỏm: …", "…, Cục trưởng Cục NTBD nghẹn ngào"): where the post's lower-case words end. (Only
# there: after a comma it may close a description, "…, người trưởng bản có nụ cười …, hồ hởi
# đưa chúng tôi …", which is no post.)
_SAID_HOW = tuple(tuple(v.split()) for v in (
    "dí dỏm", "nghẹn ngào", "xúc động", "hồ hởi", "phấn khởi", "bức xúc", "hào hứng", "vui mừng", "băn khoăn", "trăn trở", "lo lắng",
    "trải lòng", "khóc", "ngậm ngùi", "rưng rưng", "xót xa", "bồi hồi", "tự hào", "thở dài", "phấn chấn", "hân hoan", "hớn hở",
    "trầm ngâm", "day dứt", "thổ lộ", "tâm tình", "giãi bày", "trần tình", "nhớ lại", "hồi tưởng", "than thở", "thú nhận", "nghẹn lời",
))
# (These lists are asked of word after word: each looked up by the word at hand.)
_IS_BY_FIRST, _SAID_TO_BE_BY_FIRST, _SAID_BY_FIRST, _SAID_HOW_BY_FIRST = map(_by_first_word, (_IS, _SAID_TO_BE, _SAID, _SAID_HOW))
# "thông tin" is a verb only after a name's capitals and before what is told: "… thành phố Hồ Chí
# Minh thông tin về …" (not "Trung tâm thông tin", a body).
_INFORMS_BEFORE = frozenset({"về", "rằng", "cho", "với", "tại", "thêm", "trên", ",", ":"})  # (and "… thông tin trên TTXVN: …")
_VERBS_AFTER_A_NAME = frozenset({("tuyên", "bố"), ("trực", "tiếp"), ("động", "viên"), ("giới", "thiệu"), ("đăng", "ký"), ("quảng", "cáo"), ("triển", "khai"), ("phối", "hợp"), ("lý", "giải"),
                                 ("kiểm", "tra"), ("đại", "diện")})  # (not "chỉ đạo": "Ban chỉ đạo"; "kiểm tra" inside a body's name is its work: "Tổ công tác kiểm tra liên ngành")
_INFORMS_FIRST = frozenset({"thông"} | {first for first, _ in _VERBS_AFTER_A_NAME})
_BEFORE_SAID = 3
# Where one lives, set off after a name before the post: "chị A, ở phường Kon Tum, Trưởng nhóm …".
_LIVING_AT = frozenset({"ở", "trú", "ngụ", "quê"})
_RESIDENCE_WORDS = 10
# Verbs of saying that are nouns too ("bộ phận phân tích dầu thô"): his words only right after
# a body's name or the comma that closes his post ("ông A, đối tác tại …, phân tích").
_SAID_ALSO_NOUNS = frozenset({("phân", "tích"), ("đánh", "giá"), ("dự", "báo"), ("ước", "tính"), ("lập", "luận"), ("so", "sánh")})
# What a person says after his post ("…, xã Khánh Vĩnh cho biết"): the unit is his.
_SPEECH_VERBS = tuple(tuple(v.split()) for v in (
    "cho biết", "cho hay", "cho rằng", "chia sẻ", "nói", "khẳng định", "nhấn mạnh", "thông tin", "phát biểu",
    "trả lời", "bày tỏ", "nhận định", "kể", "giải thích", "đề nghị", "cảnh báo", "báo cáo", "tuyên bố", "thừa nhận", "lưu ý",
    "xác nhận", "khuyến nghị", "tiết lộ", "lý giải", "nêu rõ", "tâm sự", "bộc bạch", "trình bày",
))
_SPEECH_VERBS_BY_FIRST = _by_first_word(_SPEECH_VERBS)  # (_speech_at is asked at most words a role passes over)
# What a holder of a post does in the news, beside speaking: "… Nguyễn Ngọc Cảnh đánh giá cao …".
_ACTS_OF_A_POST_HOLDER_BY_FIRST = _by_first_word(tuple(tuple(v.split()) for v in (
    "đánh giá", "nhận xét", "yêu cầu", "chỉ đạo", "chủ trì", "kết luận", "trao", "tặng", "dự", "tham dự", "qua đời", "từ trần")))
# What a caption says its man does, after a dash closing his post ("… Trường ĐHKHTN - Phát biểu tại buổi
# lễ"): verbs no body's name holds after a dash (not "Kế hoạch - Dự án", "Khảo thí - Đánh giá", "Văn hóa - Thông tin").
_CAPTIONS_ACTS_BY_FIRST = _by_first_word(tuple(tuple(v.split()) for v in (
    "phát biểu", "trao", "tặng", "chủ trì", "phát động", "thăm hỏi", "chúc mừng", "tham dự", "dự lễ", "dự hội", "dự buổi",
    "cho biết", "chia sẻ", "nhấn mạnh", "khẳng định", "cắt băng", "bấm nút", "trả lời", "động viên", "tặng quà", "trao quà",
    "chỉ đạo", "kết luận", "yêu cầu", "báo cáo tại", "nói chuyện", "đánh giá cao")))
_ADVERBS_BEFORE_A_VERB = frozenset({"cũng", "đã", "vừa", "thì", "đều", "còn"})
_CONTINENTS = frozenset({"Âu", "Á", "Phi", "Mỹ", "Úc"})
# Lower-case words inside foreign names: "Ursula von der Leyen", "Luis de la Fuente".
_NAME_PARTICLES = frozenset({"von", "van", "ten", "ter", "der", "den", "de", "des", "del", "della", "la", "le", "da", "di", "dos", "du", "bin", "ibn", "ul", "ud", "nữ"})
# Arabic articles joined to a name by a hyphen: "Bashar al-Assad", "Abdel Fattah El-Sisi".
_HYPHENED_PARTICLES = frozenset({"al", "el", "ad", "as", "an", "ash", "at", "az", "ul", "ud"})
# "Đại diện đoàn, Ni sư A, …": whom one speaks for, no post (not "Đại diện thường trú UNDP").
_GROUPS_SPOKEN_FOR = frozenset({"đoàn", "gia", "nhà", "các", "lãnh", "nhóm", "những"})
# "Bí thư Đoàn Trường", "Bí thư Đoàn Khối": the Youth Union of a school, a bloc, a commune
# ("Thanh": "Bí thư Đoàn Thanh niên", its run of capitals cut at "niên").
_YOUTH_UNION_LEVELS = frozenset({"Trường", "Khối", "Xã", "Phường", "Huyện", "Tỉnh", "Thanh"})
# Titles before a foreigner's one name: "Tổng thống Trump", "Công chúa Beatrice".
_FORMER = re.compile(r"^(?:cố|cựu|nguyên|tân|đương kim)\s+")  # "cố Nữ hoàng Elizabeth": still a queen
_ROYAL_TITLES = ("vua", "pharaoh", "pharaon", "hoàng tử", "công chúa", "nữ hoàng", "thái tử", "giáo hoàng", "quốc vương", "hoàng thái hậu", "thái hậu", "hoàng hậu", "nhật hoàng")
# Whom world news names by one word most ("Tổng thống Biden", "cựu Thủ tướng Anutin"); not
# a governor or a mayor, whose title as often stands before a state's or a city's name.
# (and ministers, vice-presidents and coaches: "Ngoại trưởng Sikorski", "Phó Tổng thống Vance", "HLV Troussier")
_KNOWN_BY_ONE_NAME = re.compile(r"(?:cựu |nguyên |đương kim |tân )?(?:(?:phó )?tổng thống|thủ tướng|ngoại trưởng|bộ trưởng|hlv|huấn luyện viên)\b"
                                r"|(?:nữ |nam )?(?:ca sĩ|ca sỹ|nhạc sĩ|nhạc sỹ|rapper|dj|producer|beatmaker)$",  # (a performer's stage name: "ca sĩ Binz")
                                  re.IGNORECASE)
# A coach: by his one name after it ("HLV Mourinho"), or by his two given names ("HLV Hữu Thắng").
_COACHES = (("hlv",), ("huấn", "luyện", "viên"))
_TITLES_BEFORE_ONE_NAME = tuple(tuple(t.split()) for t in _ROYAL_TITLES + (
    "tổng thống", "thủ tướng", "ngoại trưởng", "hạ nghị sĩ", "thượng nghị sĩ", "nghị sĩ", "thống đốc", "thị trưởng",
)) + _COACHES
# (asked where a title would end: by its last word)
_TITLES_BEFORE_ONE_NAME_BY_LAST = {last: tuple(t[::-1] for t in titles)
                                   for last, titles in _by_first_word(t[::-1] for t in _TITLES_BEFORE_ONE_NAME).items()}
# Names of baptism before a Catholic priest's or bishop's name.
_BAPTISMAL_NAMES = frozenset("Giuse Phêrô Gioan Phaolô Antôn Đaminh Phanxicô Micae Gioakim Matthêô Anrê Tôma Martinô Augustinô Giacôbê Stêphanô Inhaxiô Têrêsa Cêcilia".split())
# Bodies named after people: "Bệnh viện Nguyễn Đình Chiểu", "Khu di tích Nguyễn Du", "Nhà văn hóa …".
_NAMESAKE_BODY_WORDS = frozenset({"viện", "tích", "hóa", "hoá", "đấu", "trường", "đường", "niệm", "tàng", "thpt", "thcs"})
# A body's leaders as a group, listed among the guests after a man's post.
_BOARDS_OF_LEADERS = frozenset({("ban", "giám", "đốc"), ("ban", "giám", "hiệu"), ("ban", "lãnh", "đạo"), ("ban", "tổng", "giám")})
# Bodies named after a person, by the words that open their names ("Bệnh viện Lê Văn Việt"), and the
# words that end in "trường" and name no school ("Bộ Nông nghiệp và Môi trường Đỗ Đức Duy").
_NAMESAKE_BODIES = tuple(tuple(opener.split()) for opener in (
    "bệnh viện", "bệnh viện đa khoa", "học viện", "bảo tàng", "nhà văn hóa", "nhà văn hoá", "cung văn hóa", "cung văn hoá", "nhà thi đấu", "di tích",
    "nhà lưu niệm", "khu tưởng niệm"))  # (not "Sở Văn hóa Nguyễn Văn An": a department, then a man)
_NOT_A_SCHOOL = frozenset({("môi", "trường"), ("thị", "trường"), ("chiến", "trường"), ("hiện", "trường"), ("quảng", "trường"),
                           ("lập", "trường"), ("nhà", "trường")})
_NAMESAKE_PLACES = frozenset({"Đường", "Phố", "Trường", "THPT", "THCS"})
_TOMBS_AND_SHRINES = frozenset({"lăng", "đền", "miếu"})  # ("Lăng Ông thờ Tả quân …" names the one worshipped)
_HISTORY_HEADS = frozenset(tuple(h.split()) for h in (
    "thái sư", "tể tướng", "thừa tướng", "thái úy", "tướng quân", "tả quân", "hữu quân", "tổng trấn", "phó tổng trấn", "tù trưởng"))
_SHRINE_WORDS = frozenset({"thờ", "tượng", "đền", "lăng", "miếu", "niệm", "đài"})
# Units before a foreign place's name ("tỉnh Ontario", "bang Minnesota").
_FOREIGN_UNITS = frozenset({"tỉnh", "bang", "thành", "phố", "vùng", "hạt", "quận"})
# Countries whose people's names the press writes in syllables Vietnamese also spells
# ("Trung Quốc Hoa Xuân Oánh", "Campuchia Hun Sen"): after one of them, such a name is
# still a foreigner's.
_SYLLABLE_NAME_COUNTRIES = frozenset({
    "Trung Quốc", "Đài Loan", "Hồng Kông", "Ma Cao", "Campuchia", "Lào", "Triều Tiên", "Bắc Triều Tiên", "Hàn Quốc",
})
# Ê Đê clans whose names a Vietnamese syllable could spell ("Y Ngọc Niê").
_EDE_CLANS = frozenset({"Niê", "Mlô", "Ksơr", "Ê", "Nie"})
# Regnal numbers after the name a pope, king or patriarch reigns by: "Giáo hoàng Leo XIV".
_REGNAL_NUMBER = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# Degrees written out before a post, alone or chained ("Giáo sư, …", "Phó Giáo sư Tiến sĩ, …",
# "Giáo sư - Tiến sĩ, …", "Giáo sư Tiến sĩ Khoa học, …"): as "PGS.TS", no part of the role. (A
# physician's "bác sĩ" after them stays, as after "Thạc sĩ,": "bác sĩ, Trưởng khoa …".)
_WRITTEN_DEGREE = r"(?:phó\s+)?giáo\s+sư|(?:tiến|thạc)\s+s[ĩỹ](?:\s+khoa\s+học)?"
_ACADEMIC_BEFORE_POST = re.compile(
    rf"^(?:{_WRITTEN_DEGREE})(?:\s*[,\-–]?\s*(?:{_WRITTEN_DEGREE}))*(?:\s*,?\s+(?=(?:bác|dược)\s+s[ĩỹ]\s*,)|\s*,\s+(?=\S))",
    re.IGNORECASE)
_HONORIFICS = frozenset({"Mawlawi", "Mullah", "Maulana", "Shri", "Shrimati", "Ngài", "Lord", "Sir", "Dame",
                         "Samdech", "Thipadei", "Techo"})  # ("Ngài": Your Excellency; Cambodia's "Samdech Thipadei Hun Manet")
_ARAB_RULERS_TITLE = "Sheikh"  # (an honour before a ruler's name, "bin …", but part of some names: "Sheikh Hasina")
_HONOURS_BEFORE_A_NAME = _HONORIFICS | {_ARAB_RULERS_TITLE}
# Awards written capitalised right after the name of whom they are given to.
_AWARDS = (("huân", "chương"), ("huy", "chương"), ("bằng", "khen"), ("giấy", "khen"), ("kỷ", "niệm", "chương"), ("cờ", "thi", "đua"))
_AWARD_FIRST_WORDS = frozenset(award[0] for award in _AWARDS)
_GIVING = frozenset({"trao", "tặng", "nhận", "thưởng"})
# Given names that also open bodies' and places' names ("Bình Tinh", "Văn Cao").
_GIVEN_NAMES_OPENING_BODIES = frozenset("Hà Bình Bảo Hải Đông Nam Hữu Văn Lộc Đình Việt Quốc Thành Cao Đồng Tây Bắc Trung Hồ Chi".split())
# ... and one that opens places too often to be a name after any calling but a performer's ("nhạc
# sĩ Đại Dũng", "NSƯT Đại Nghĩa"; not "Giáo viên Đại Từ", "Đại Bái").
_STAGE_NAMES_OPENING_PLACES = frozenset({"Đại"})
_PERFORMERS_NAMES_OPENING_BODIES = _GIVEN_NAMES_OPENING_BODIES | _STAGE_NAMES_OPENING_PLACES
# Regions and lands whose names open like such given names: no artist's ("nhà báo Tây Đức Borries Gallasch").
_REGIONS = frozenset({"Việt Bắc", "Hải Ngoại", "Quốc Tế", "Tây Bắc", "Đông Bắc", "Tây Nam", "Đông Nam", "Nam Bộ", "Bắc Bộ",
                      "Trung Bộ", "Nam Trung", "Bắc Trung", "Trung Du", "Đông Dương", "Tây Đức", "Đông Đức", "Tây Âu", "Đông Âu"})
_REALMS = frozenset({"Đại Hàn", "Đại Việt", "Đại Nam", "Đại Cồ", "Đại La", "Đại Ngu", "Đại Thanh", "Đại Minh"})  # ("Ca sĩ Đại Hàn": Korea)
# Honorary titles of artists, teachers, doctors and craftsmen (their abbreviations).
_HONOURS = frozenset({"nsnd", "nsưt", "nsna", "ttnd", "ttưt", "ngnd", "ngưt", "nnnd", "nnưt"})
# Lower-case words of what a body fights after "phòng, chống" ("tội phạm về môi trường").
_FIELD_WORDS = 8
# A national committee named by its field after "về": "Ủy ban quốc gia về chuyển đổi số".
_NATIONAL_COMMITTEES = frozenset({("ủy", "ban"), ("uỷ", "ban"), ("hội", "đồng"), ("chỉ", "đạo")})
_NATIONAL_COMMITTEE_LEVELS = frozenset({("quốc", "gia"), ("trung", "ương")})
# Words whose second syllable is a family name, in a body's name written in title case:
# "Viện Vật Lý Kỹ Thuật" is physics, not Mr Lý Kỹ Thuật.
_WORDS_ENDING_IN_A_FAMILY_NAME = frozenset((first, last) for last in ("lý", "lí") for first in (
    "vật", "quản", "địa", "tâm", "xử", "pháp", "sinh", "dược", "trợ", "bệnh"))
# A term, then its years: "nhiệm kỳ 2015 – 2020", "niên khóa 2018 – 2022".
_TERMS = frozenset({("nhiệm", "kỳ"), ("nhiệm", "kì"), ("niên", "khóa"), ("niên", "khoá")})
# The fields a central steering committee fights: "… về phòng, chống tham nhũng, lãng phí, tiêu cực".
_FIELDS_FOUGHT = frozenset({("tham", "nhũng"), ("lãng", "phí"), ("tiêu", "cực")})
# Where a doctor works, written after his name: "bác sĩ A, Khoa Nội, Bệnh viện B".
_CARE_UNITS = frozenset({"khoa", "bệnh", "trung", "viện", "đơn", "phòng", "trạm"})
# What a school is, right before the name it bears ("Trường THPT Chuyên Lê Quý Đôn").
_SCHOOL_TYPES = frozenset({"THPT", "THCS", "Chuyên", "PTDTNT", "PTDTBT", "TH", "Trường", "ĐH", "CĐ"})  # (and "Trường ĐH Tôn Đức Thắng")
_SCHOOL_LEVELS = (["Tiểu", "học"], ["Mầm", "non"], ["Trung", "học"], ["Đại", "học"], ["Cao", "đẳng"])  # "Trường Tiểu học Bùi Quốc Khái", "Trường Đại học Hồng Đức"
# Experts named by where they work after their name: "chuyên gia A thuộc Viện B".
_EXPERTS = ("giáo sư", "chuyên gia", "nhà phân tích", "nhà nghiên cứu", "nghiên cứu viên", "chiến lược gia", "kinh tế gia", "nhà kinh tế", "học giả", "thẩm phán")
_SCHOLARLY = _EXPERTS + ("nhà khoa học", "nhà khảo cổ", "nhà thiên văn", "nhà địa chất", "nhà vật lý", "nhà địa vật lý", "nhà hóa sinh", "nhà bác học")
# Where a professor holds a chair: "Giáo sư A thuộc Đại học B".
_ACADEMIC_BODIES = (("đại", "học"), ("viện",), ("trường",), ("học", "viện"), ("khoa",), ("trung", "tâm"))
_EXPERT_BODIES = (("công", "ty"), ("ngân", "hàng"), ("tổ", "chức"), ("quỹ",), ("tập", "đoàn"), ("tòa", "án"), ("hội", "đồng"), ("trung", "tâm"))
# Where one's work is, said after the name: "nhà nghiên cứu A tại MIT", "… ở Đại học Oregon".
_WORKPLACE_WORDS = frozenset({"tại", "ở", "từ", "thuộc"})
_WORKPLACES = _ACADEMIC_BODIES + _EXPERT_BODIES + (
    ("đài",), ("trạm",), ("phòng", "thí", "nghiệm"), ("bệnh", "viện"), ("bảo", "tàng"), ("hãng",), ("cơ", "quan"))
_ROYAL_HEADS = frozenset(tuple(t.split()) for t in _ROYAL_TITLES)
_COURT_TITLES = (("vua",), ("hoàng", "đế"), ("hoàng", "hậu"), ("thái", "hậu"), ("hoàng", "tử"), ("công", "chúa"), ("thái", "tử"))
_REIGNING_HEADS = frozenset({("giáo", "hoàng"), ("vua",), ("pharaoh",), ("pharaon",), ("quốc", "vương"), ("nữ", "hoàng"), ("thượng", "phụ"), ("hoàng", "đế")})
# Words of address or rank before a name set off by commas, which is then no name of its
# own: "…, Tướng Klaus Naumann, …" (in title-case text "Giáo sư", "Tiến sĩ" …).
_TITLE_WORDS = frozenset({"tướng", "ngài", "đức", "giáo", "tiến", "thạc", "bác"})
# What opens a person's other name in brackets: "(tên gọi khác là …", "(tên thật là …".
_OTHER_NAME_SAID = (("tên", "gọi", "khác", "là"), ("tên", "gọi", "khác"), ("tên", "thật", "là"), ("còn", "gọi", "là"), ("tên", "khác", "là"))
# Academic titles written out, which set off a name as "ông" does: "chuyên gia về du lịch, Tiến sĩ A cho rằng".
_ACADEMIC_TITLES_WRITTEN_OUT = (("phó", "giáo", "sư", "tiến", "sĩ"), ("giáo", "sư", "tiến", "sĩ"), ("phó", "giáo", "sư"),
                                ("giáo", "sư"), ("tiến", "sĩ"), ("thạc", "sĩ"))
# Pairs whose first word, capitalised, may pass for a given name ("Đoàn Đại biểu quốc
# hội", "Đoàn Kinh tế - Quốc phòng"); not "tài chính", "thông báo", where "Tài", "Thông"
# end a name before the verb ("Nguyễn Văn Tài chính thức …").
_TITLE_CASE_BODY_PAIRS = frozenset({("đại", "biểu"), ("kinh", "tế"), ("nhân", "dân"), ("quốc", "hội"), ("quốc", "phòng"), ("xã", "hội"), ("ngân", "hàng")})
# Words before a place or a medium, not a person: "ở Los Angeles, …", "với Al Jazeera, …".
_WHERE_WORDS = frozenset("ở tại với từ đến về trên trong theo sang tới qua cho bàn phía riêng còn tờ kênh báo mạng hãng".split())
# "Trao đổi với phóng viên, chị A …": the reporter one speaks to is not A's post (but
# "liên hệ với người phát ngôn Bộ Tư pháp, ông A" is).
_ADDRESSED = frozenset({"với", "lời", "hỏi"})
_CAPITALISED_ASIDE_WORDS = 4
# Words that name a post and are verbs too: after a name with no comma, the verb ("ông A đại diện
# gia đình phát biểu", "bà B phụ trách mảng …", "ông C trưởng thành từ …").
_POSTS_THAT_ARE_VERBS = frozenset({
    "đại diện", "lãnh đạo", "quản lý", "phụ trách", "cố vấn", "trưởng", "chủ tọa", "chỉ huy", "thường trực",
    "sáng lập", "đồng sáng lập", "thanh tra", "điều phối viên", "tư vấn", "trợ lý", "đại biểu", "thành viên", "chủ một",
    "lái xe", "phụ xe", "đạo diễn", "kế toán",
})
_TO_A_PERSON = frozenset({"cho", "với"})
_CLOSING_QUOTES = frozenset({"”", '"', "’", "'"})
# A quote opening a work's or a body's name inside a post, and the one that closes it.
_QUOTES_OPENING = {"“": "”", '"': '"'}
_QUOTED_NAME_WORDS = 12
# Whose post it is, after "của" in a post set off after a name: a body of so many words at most,
# opened by one of these words or holding a capital; closed by a mark, his words or a verb.
_WHOSE_BODY_WORDS = 14
_WHOSE_BODY_FIRST_WORDS = frozenset("lực trung công tổ chuyên tiệm hệ chương đơn nhóm trường phường xã tiểu bang hãng tập ngân quỹ viện hội ban bệnh cơ tòa hải quân".split())
_CLAUSE_VERBS = frozenset("đã đang sẽ vừa cũng chưa bị được".split())
_SOURCE_WORDS = frozenset({"theo", "tin", "hãng", "báo", "kênh", "đài", "tờ"})  # (whose report it is: "Theo Reuters", "hãng tin AP")
# What he wishes, in lower case, in a post set off after his name and closed by a comma: the
# clause's ("…, Bộ trưởng Bộ Công an mong người dân …, cùng …"; not "gửi", "trao", "tặng", "mời":
# "Bảo hiểm tiền gửi", "Trung tâm Trao đổi …", "Quà tặng", "giáo sư mời").
_WISHES = frozenset({"mong", "muốn", "chúc"})
_POST_STOPS = frozenset({",", ".", ";", ":", "!", "?", ")", "“", '"'})  # (the marks no post set off after a name runs over)
_SET_OFF_MARKS = ([","], ["-"], ["–"], ["("])  # (what sets a post off after a name)
_WHOSE_JOINERS = frozenset({"về", "tại", "ở", "thuộc", "của", "và"})  # (before a capital: "… Mayo Clinic ở Minnesota")
# (lower-case words a body's name holds: "công ty năng lượng khu vực tại vùng Sumy", "lực lượng không quân",
# "một bệnh viện nước này", "báo Tuổi Trẻ", "hãng xe điện Tesla", "các trường")
_INSIDE_A_BODY = frozenset({"tại", "ở", "về", "không", "một", "các", "những", "này", "đó", "báo", "điện"})
_ADDRESSED_PERSONS = frozenset({"ông", "bà", "anh", "chị", "em", "cháu", "bé"})
_PUPILS = frozenset({"em", "cháu", "bé"})
# A body named by one word that points back to one named before ("của trường", "của nhóm"): the
# body ends with it (and "này", "đó"), and only a mark or his words may follow.
_BODIES_POINTED_BACK = frozenset("trường phường xã nhóm tiệm hội huyện tỉnh quận".split())
# The units of an army or a police force, named after a ranked name: "Đội CSGT số 3", "Trung đoàn 143".
_UNIT_WORDS = frozenset({"Đội", "Đồn", "Phòng", "Đoàn", "Trạm", "Vùng", "Cục"}) | frozenset(
    {("Tiểu", "đội"), ("Trung", "đội"), ("Đại", "đội"), ("Tiểu", "đoàn"), ("Trung", "đoàn"), ("Lữ", "đoàn"), ("Sư", "đoàn"),
     ("Hải", "đội"), ("Hải", "đoàn"), ("Công", "an"), ("Quân", "khu"), ("Ban", "Chỉ"), ("Bộ", "Chỉ"), ("Học", "viện")})
_UNITS_AFTER_RANK = 4
_UNIT_LOWER_WORDS = frozenset({"số", "bộ", "binh"})  # (inside a unit's name: "Đường bộ số 3", "bộ binh 5")
_WORKS = frozenset({"phim", "vở", "cuốn", "sách", "album", "mv", "show"})  # (the kind of work before its title)
# What was said, before "của" and whose it is: "tuyên bố của A", "ý kiến của A".
_WORDS_SAID = frozenset({("tuyên", "bố"), ("phát", "biểu"), ("ý", "kiến"), ("bình", "luận"), ("quan", "điểm"), ("phát", "ngôn"), ("lời",),
                         ("nhận", "xét"), ("nhận", "định"), ("đánh", "giá"), ("phân", "tích"), ("chia", "sẻ"), ("dự", "báo")})  # ("nhận xét của Deborah Elms, …")
_ENGLISH_JOINERS = frozenset({"for", "of", "and", "on", "the"})
# Words of address before a post another holds: "Báo cáo với Bộ trưởng …, ông A, Phó Giám đốc".
_ADDRESSED_TO = frozenset({"với", "lên", "gửi", "cho", "tới"})
# Kin before "anh A", "ông A": "vợ anh A là …" speaks of his wife.
_KIN = frozenset("vợ chồng con bố mẹ cha má em cháu dì cậu thím mợ dượng".split())
# What may stand between a name and its role: "A, Role", "A - Role", "A (Role)".
_BEFORE_ROLE = (",", "-", "–", "—", "(")
_PUNCTUATION = frozenset(",;.:()!?\"“”")
_BRIDGE = 4
# Bodies after a role, each after a comma, that the role holds: its office, its command.
_BODIES_AFTER_ROLE = 3
# In apposition ("chị A, Trưởng nhóm phát triển du lịch cộng đồng tổ dân phố B,") the
# punctuation closes the role: a description may run longer.
_APPOSITION_BRIDGE = 10
_FURTHER_WORDS = 14
# A post set off after a name and closed by a comma before his words may run this long.
_CLOSED_POST_WORDS = 24
# Words that open another person or a clause, which no post set off after a name runs over.
_PERSON_WORDS = frozenset({"ông", "bà", "anh", "chị", "là", "khi"})
# How far after a post its holder's name may end ("Tổng thống Nga Vladimir Putin").
_NAME_AFTER_POST_WORDS = 6
# The unit before a state or a province named after a body's name ("…, bang Missouri, nói").
_SEAT_UNITS = frozenset({"bang", "tỉnh", "thành", "tiểu"})
# Where one speaks, after "tại"/"ở": an occasion, no part of his post.
_OCCASIONS = frozenset({"buổi", "lễ", "cuộc", "phiên", "kỳ", "đây", "đó"})
_OCCASION_PAIRS = frozenset({("hội", "nghị"), ("hội", "thảo"), ("sự", "kiện"), ("diễn", "đàn"), ("tọa", "đàm")})
# Verbs that open a clause after a post ("Giám đốc Trung tâm … khu vực 2 đóng tại Đà Nẵng, cho biết").
_CLAUSE_VERB_PAIRS = frozenset(tuple(v.split()) for v in (
    "trực tiếp", "chủ trì", "chủ nhiệm", "thảo luận", "dẫn đầu", "dẫn lời", "tham dự", "phát biểu", "đến thăm", "đóng tại", "đóng quân", "đóng chân",
    "có trụ", "công bố", "giáp biên", "tặng quà", "diện cho", "giữ chức", "đàm phán", "giá cao",  # ("… có trụ sở tại Washington", "… đại diện cho các nạn nhân", "… giữ chức vụ Hiệu trưởng", "… đánh giá cao …")
))
# Words that link a post to where and whose it is ("chuyên gia tại công ty …", "… của Viện Pasteur").
_POST_LINKS = frozenset({"tại", "ở", "của", "về", "thuộc", "trong", "cho", "từ"})
# Something of a post's among words read past its head: these, a capital or a number (not a clause).
_WHERE_AND_WHOSE = _POST_LINKS | {"các", "những", "một", "và"}
# How many words after a post his words may close it with no comma ("… Tổ công tác 399 cho biết").
_BEFORE_HIS_WORDS = 12
_NEAR_HIS_WORDS = 6  # (further, only with no clause opening between: "… đàm phán với Trung Quốc tại Geneva nói" is what he did)
_CLAUSES_AFTER_A_POST = frozenset({"với", "người", "sau", "khi", "từng"})  # ("… Quỹ châu Á người từng tham gia …", "… sau chuyến khảo sát …")
# Words of when before a date ("hôm 12/5", "ngày 15/3", "năm 2020"), which end a post.
_WHEN_WORDS = frozenset({"hôm", "ngày", "sáng", "trưa", "chiều", "tối", "đêm", "năm"})
# What a number before them measures: how long, not which ("10 năm nay").
_SPANS_OF_TIME = frozenset({"năm", "tháng", "ngày", "tuổi", "tuần", "giờ"})
_PART_OF = frozenset({"đầu", "cuối", "giữa"})  # (of a period: "đầu tháng 3", "cuối năm")
# "ủy" of a verb, not of a party committee: "Chủ tịch UBND tỉnh ủy quyền cho …".
_UY_VERB_ENDS = frozenset({"quyền", "nhiệm", "thác"})
_PERIODS = frozenset({"tháng", "năm", "tuần", "quý"})
# Words after a dash that say what a body is, not a post ("… (CEP) - một tổ chức phi chính phủ").
_DESCRIPTION_OPENERS = frozenset({"một", "nơi", "đơn", "chủ", "cơ"})
_LISTED_NAMES_WORDS = 20
_NEXT_POST_WORDS = 8
# Words that end a role elsewhere but, in apposition closed before a speech verb, only
# say whose or which: "đại diện các gia đình nạn nhân", "phát ngôn viên của trung tâm".
_ARTICLES = frozenset({"các", "những", "một", "của", "tại", "trong", "về", "với"})
# Bodies whose name goes on in lower case past "và" ("Sở Nông nghiệp và phát triển nông
# thôn"): the capitalised word that opens them, and how many words their first field may have.
_BODY_FIELD_OWNERS = frozenset({"sở", "viện", "trung", "công", "học", "cục", "trường", "phòng", "vụ", "ban", "hội", "bộ", "khoa", "tổng"})
_BODY_FIELD_WORDS = 7
_FIELDS_AFTER_AND_WORDS = 9  # (the words of the fields after "và": "và phòng, chống tội phạm sử dụng công nghệ cao")
# Initials after a post and a comma that name no body he works at, though his words follow
# them: the trial's panel ("…, HĐXX nhận định": the sentence's subject).
_INITIALS_OF_NO_WORKPLACE = frozenset({"HĐXX"})
_POLICE_UNIT_CODE = re.compile(r"(?:P[A-Z]|[ACHKTVX])\d{2,3}")  # ("PC45", "PA05" of a province's police; "C02", "A05" of the ministry's)
# Words before a general's "tướng" in lower case that make no compound with it (as "danh tướng",
# "lão tướng" do): whose, whom, which one.
_BEFORE_A_GENERAL = frozenset({"của", "gặp", "với", "và", "vị", "cựu", "nguyên", "cố", "thăm"})
# Teams named by their players' sex before a calling: "đội bóng chuyền nam huấn luyện viên A".
_TEAMS_BY_SEX = frozenset({"chuyền", "đá", "rổ", "tuyển", "đội", "bàn", "ném", "nước"})
_FIELDS_LISTED_IN_A_BODY = 4  # (between commas before the last, "và" …)
# Words that open what a person did, closing the post before them: "… và công nghệ được bổ nhiệm".
_PREDICATE_MARKERS = frozenset({"được", "đã", "đang", "sẽ", "vừa", "bị"})
_HIS_CLAUSE_OPENERS = _PREDICATE_MARKERS | {"từng", "cũng"}  # (after a post set off by commas: what is said of him)
_NOT_A_FIELD_AFTER_AND = _BODY_FIELD_OWNERS | {"đoàn", "phu", "nhậm", "các", "những", "đại", "lãnh"} \
    | {"nhóm", "vợ", "chồng", "cán", "lực", "ê", "người", "bà", "khách", "bạn", "gia", "con"}  # (another body, his wife, what he did, who came with him)
# Words a department's name goes on with in lower case only after its own: "Tổ chức cán bộ",
# "chất lượng giáo dục" (elsewhere who or what a post-holder acts on).
_DEPARTMENT_WORDS = {("tổ", "chức"): ("cán", "bộ"), ("chất", "lượng"): ("giáo", "dục"), ("ban",): ("bạn", "đọc")}
_DEPARTMENT_FIRST_WORDS = frozenset(words[0] for words in _DEPARTMENT_WORDS.values())  # (asked first: most words open none)
# A prize's rank after "giải": "… nhà trường và giải Khuyến khích …" is no body's field (as "và giải phóng mặt bằng" is).
_PRIZE_RANKS = frozenset({"nhất", "nhì", "ba", "tư", "khuyến", "đặc", "a", "b", "c"})
_PEOPLE_AFTER_AND = frozenset({("nhân", "viên"), ("đồng", "nghiệp"), ("đồng", "đội")})  # ("… và nhân viên đã khắc phục": not "và nhân văn")
# A firm's kind, after "tại" in a post: "chuyên gia tại công ty tư vấn …", "tại Ngân hàng …".
# A body's kind in lower case before its name, after "của" and a person's name ("HLV A của
# câu lạc bộ Arsenal"); a few words may describe it ("tạp chí quốc phòng Janes").
_BODY_KINDS = frozenset(tuple(k.split()) for k in (
    "công ty", "tập đoàn", "hãng", "tạp chí", "chuyên trang", "trang", "báo", "tờ", "đài", "tổ chức", "quỹ",
    "ngân hàng", "viện", "trường", "nhóm", "đảng", "câu lạc bộ", "đội tuyển", "tuyển", "trung tâm", "hội đồng",
    "ủy ban", "uỷ ban", "liên đoàn", "hiệp hội", "cơ quan", "bang", "tiểu bang", "hải quân", "lục quân", "không quân",
))
_BODY_KIND_WORDS = 6
_FIRMS_FIRST_WORDS = frozenset({"công", "tập", "hãng", "ngân", "viện", "quỹ", "trường", "đại", "trung"})
# ... of which these only where a body's or a place's name follows before the comma
# ("chuyên gia về luật tại Đại học Quốc gia Singapore"; not "… xã tại buổi đối thoại").
_PREPOSITIONS = frozenset({"tại", "trong", "về", "với"})
_WHERE_ONE_IS = _PREPOSITIONS | {"ở"}  # (before an occasion or a place: "tại buổi …", "Ở Bà Rịa, …")
# Units whose name opens a capitalised run: "thôn Cổ Phúc", "khu Bình Minh" (not "Tỉnh
# đoàn Nguyễn …", "Đội …": numbered units, below, whose capitalised word is a person's).
_PLACE_UNITS = frozenset({"khu", "vùng", "tổ", "ấp", "thôn", "xóm", "phố", "làng", "bản", "buôn", "plei", "sóc"})
_UNITS_BEFORE_A_PLACE = frozenset({"xã", "huyện", "tỉnh", "phường", "quận", "trấn", "thôn", "xóm", "ấp", "bản", "buôn", "làng"})
_VILLAGE_UNITS = _PLACE_UNITS - {"phố", "vùng"}  # not "thành phố Nguyễn …"
# Units numbered rather than named: "Đội 11", "quận 7", "khóa XV", "Trung đoàn 885".
_NUMBERED = frozenset({"khóa", "khoá", "thứ", "khu", "vùng", "đoàn", "số", "đội", "quận", "phường", "xã", "tổ", "ấp", "thôn", "xóm", "phố", "tàu", "tdp", "kp", "kdc"})  # (and by their letters: "TDP 76", "KP 3", "KDC 5")
# A ward or district by its letter, glued to its number: "P.5", "Q.8".
_NUMBERED_UNIT_LETTER = re.compile(r"[PQ]\.\d{1,2}")
# How long a body after a post's comma may be ("…, Cục An ninh mạng và Phòng chống tội phạm
# sử dụng công nghệ cao, Bộ Công an"), and a body named before the count of its posts
# ("UBND tỉnh Quảng Nam hiện có ba phó chủ tịch").
_BODY_AFTER_COMMA_WORDS = 14
# Posts that several hold at once, or held before: names listed after one share it ("nguyên
# Chủ tịch Quốc hội A, B, C", "Phó Thủ tướng A, B"; not "Giám đốc Công ty X A, B, C", his staff).
_POSTS_SEVERAL_HOLD = frozenset({"nguyên", "cựu", "phó"})
# Words after a body's capitals that open the clause's predicate: its agent ("… Đoàn đại biểu
# … do Đại tướng A dẫn đầu"), what it did ("… Quân khu tổ chức …", "… TP.HCM phân tích …").
_CLAUSE_WORDS = frozenset({"do", "tổ", "phân"})
_BODY_BEFORE_COUNT = 6
# Words a number names only where nothing is counted after it: "khu vực 3 - Tân An Hội",
# "Ban Quản lý dự án 85 (Bộ Xây dựng)", "Ban QLDA 85", "Phó Phòng 5", "Nghị quyết 98" (not
# "vụ án 3 bị cáo").
_NAMED_BY_NUMBER = frozenset({"vực", "án", "qlda", "ty", "phòng", "quyết", "viện", "đạo"})  # (and "Bệnh viện 108", "Ban chỉ đạo 389")
# What a number before it counts ("vụ án 3 bị cáo", "Bí thư Đảng ủy xã Hòa Bắc 10 năm nay"):
# no part of a name.
_COUNTED = frozenset("bị người hộ đối lần năm tháng ngày tỷ triệu nghìn km ha con chiếc xã phường dự công vụ căn tấn".split())
# A role between two dashes, then the verb: "ông A - Vụ trưởng …, Tổng cục trưởng … - cho biết".
_DASHES = ("-", "–", "—")
_DASH_WORDS = frozenset(_DASHES)
_AT_THAT_TIME = (("lúc", "đó"), ("khi", "đó"), ("lúc", "ấy"), ("khi", "ấy"), ("lúc", "bấy", "giờ"), ("khi", "bấy", "giờ"),
                 ("hiện", "nay"), ("hiện", "tại"), ("hiện",), ("đương", "nhiệm"))
_BACK_THEN = frozenset({("lúc", "đó"), ("khi", "đó"), ("lúc", "ấy"), ("khi", "ấy"), ("lúc", "bấy", "giờ"), ("khi", "bấy", "giờ"),
                        ("thời", "đó"), ("thời", "điểm", "đó")})
_BACK_THEN_BY_FIRST = _by_first_word(sorted(_BACK_THEN, key=lambda phrase: (-len(phrase), phrase)))
_DASHED_ROLE_WORDS = 30
# What a name's dashes set off that is no calling: kin, home, a time, what he is or did, a place.
_NO_CALLING_AFTER_DASH = frozenset(
    "vợ chồng con cha mẹ bố má anh chị em ông bà cháu chắt cụ bạn người trú ngụ quê thường hiện năm ngày tháng từ cùng "
    "trong nơi phần cầu đường phố bến nổi được bị vốn sống đang đã vừa từng là có cô thầy "
    "du khách hội sinh tân học cư bệnh nạn "  # (a visitor, a member, a student: no calling the papers' readers count)
    "hai ba bốn sáu bảy tám chín mười các những nhiều".split())  # ("A, B và C - ba phó giám đốc …": a post they share)
# A steering committee's name is a phrase of its own, ending at the unit it serves:
# "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh".
_STEERING_SPAN = 14
# Words that join two capitalised parts of one role: "Đại sứ Vương quốc Anh tại Việt
# Nam", "thanh tra giao thông thuộc Sở GTVT".
_CONNECTORS = frozenset({"và", "&", "-", "–", "của", "tại", "thuộc"})
# Organisation names with a comma inside, which must not end the role there.
_COMMA_NAMES = (
    ("Văn hóa, Thể thao", "Văn hóa\u2063 Thể thao"),
    ("Văn hóa, Giáo dục", "Văn hóa\u2063 Giáo dục"),  # (the National Assembly's committee)
    ("Lao động - Thương binh", "Lao động\u2064 Thương binh"),
    ("Lao động, Thương binh", "Lao động\u2063 Thương binh"),  # (the ministry written with a comma)
    ("phòng, chống", "phòng\u2063 chống"),
    ("Phòng, chống", "Phòng\u2063 chống"),  # "Cục Quản lý đê điều và Phòng, chống thiên tai"
    ("tham nhũng, tiêu cực", "tham nhũng\u2063 tiêu cực"),
    ("Phát thanh, Truyền hình", "Phát thanh\u2063 Truyền hình"),
    ("Khám, chữa bệnh", "Khám\u2063 chữa bệnh"),  # "Cục Quản lý Khám, chữa bệnh"
    # "Cục Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ", the police's fire and rescue units
    ("Phòng cháy, chữa cháy", "Phòng cháy\u2063 chữa cháy"),
    ("phòng cháy, chữa cháy", "phòng cháy\u2063 chữa cháy"),
    ("cứu nạn, cứu hộ", "cứu nạn\u2063 cứu hộ"),
    ("Cứu nạn, cứu hộ", "Cứu nạn\u2063 cứu hộ"),
    ("Thi đua, khen thưởng", "Thi đua\u2063 khen thưởng"),  # "Hội đồng Thi đua, khen thưởng Trung ương"
    ("Thi đua, Khen thưởng", "Thi đua\u2063 Khen thưởng"),
    ("Tài chính, Ngân sách", "Tài chính\u2063 Ngân sách"),  # "Ủy ban Tài chính, Ngân sách (của Quốc hội)"
    ("Tài chính, ngân sách", "Tài chính\u2063 ngân sách"),
)
_ABBREVIATIONS = (
    (re.compile(r"\b(?:TW|TƯ|T\.Ư|T\.W)(?=\W|$)"), "Trung ương"),
    (re.compile(r"\bBTV\b"), "Ban Thường vụ"),
    (re.compile(r"\bBCH\b"), "Ban Chấp hành"),
    (re.compile(r"\bĐBQH\b"), "Đại biểu Quốc hội"),
    (re.compile(r"\bĐại biểu QH\b"), "Đại biểu Quốc hội"),
    (re.compile(r"\bUV(?= (?:Ban Thường vụ|Ban Chấp hành|Trung ương)\b)"), "Ủy viên"),  # ("UV BTV", read above)
)
# Any of _COMMA_NAMES: the replacements are made only in a paragraph that holds one (one
# search instead of a replace for each).
_MAYBE_COMMA_NAME = re.compile("|".join(re.escape(written) for written, _ in _COMMA_NAMES))
_COMRADE_SHORT = re.compile(r"\b[Đđ]/[Cc]\b")
_COMRADE_LETTERS = re.compile(r"\bĐ[Cc](?= (\w+) \w)")
# An address glued to the name after it, the space lost where a tag closed or a site typed
# none: "ôngBùi Văn A", "BàNguyễn Thị B", "ôngDaniel Holz" (no word goes on from "ông" or
# "bà" in a capital).
# (no "\b": a third slower, asked of every paragraph; one class of first letters, each
# alternative then checked by looking back at it: a pattern that opens with a set of
# characters is searched for fast, an alternation of two stopped at every character)
_ADDRESS_GLUED = re.compile(r"[ôÔbB](?:(?<=[ôÔ])ng|(?<=[bB])à)(?=[A-ZĐÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĨŨƠƯẠ-Ỹ])")
# A comma inside a body's letters, no space around it: "Sở VH,TT&DL", "LĐ,TB&XH".
_ACRONYM_COMMA = re.compile(r"(?<![\w,])([A-ZĐ]{1,4}),(?=[A-ZĐ]{1,4}&[A-ZĐ]{1,6}(?![\w&]))")
_PAST_THE_END = ("",) * 16


class _Kept(dict):
    """What a function gives for a word (or a run of text between spaces), kept by it: a
    text's words are mostly a few thousand seen before, and a look-up is quicker than the
    work again. Emptied past a bound, so a long run holds no more."""

    def __init__(self, function, most: int):
        super().__init__()
        self._function, self._most = function, most

    def __missing__(self, key: str):
        if len(self) >= self._most:
            self.clear()
        self[key] = value = self._function(key)
        return value


# Each word lowered (and its lowered word comes back with its hash known, for the sets asked of it next).
_LOWERED = _Kept(str.lower, 1 << 15)


# normalise() of the short strings the rules ask of again and again, paragraph after
# paragraph: names, places, a few words of a post.
_normalised = functools.lru_cache(maxsize=1 << 15)(normalise)

_MIDDLE_NAMES = frozenset({"Thị", "Văn"})
# Words after "Văn" that make it a body's name ("Văn Hóa", "Văn Phòng"), not a family name;
# and after "Thị" ("Thị Trường", "Thị Xã"): no middle name of a person there.
_VAN_BODIES = frozenset(normalise(w) for w in ("Hóa", "Phòng", "Nghệ", "Học", "Minh", "Thư", "Kiện", "Bản", "Hiến", "Miếu"))
_MEDICINE_AFTER_Y = frozenset(normalise(w) for w in ("Sinh", "Dược", "Tế", "Khoa", "Học"))
_THI_BODIES = frozenset(normalise(w) for w in ("Trường", "Xã", "Trấn", "Thực", "Giác"))
_INITIALS_PAIR = re.compile(r"[A-Z]{2}")
# Verbs that open with a syllable of bodies' names ("biểu" of "Đại biểu"), and "giữ chức" after
# a body's name: the post he is given, not his ("ông A, Phó Tổng giám đốc Tổng công ty … giữ chức …").
_VERBS_OF_BODY_WORDS = frozenset({("biểu", "dương"), ("tuyên", "dương"), ("hội", "đàm"), ("hội", "kiến"),
                                  ("tin", "tưởng"), ("tin", "rằng"), ("quan", "tâm"), ("nhân", "dịp"), ("chính", "thức"), ("trực", "tiếp"),
                                  ("giữ", "chức")})
# The endings of a firm's web address in a role: "… tại Capital.com".
_DOMAINS = frozenset({"com", "vn", "net", "org", "io"})
# Units written short with a dot before their name: "TP. Huế", "TX. Sơn Tây".
_ABBREVIATED_UNITS = frozenset({"tp", "tx", "q", "p", "h", "tt"})
_ABBREVIATED_SAINTS = frozenset({"St", "Mt", "Ft"})  # "St. Louis", "Mt. Vernon"
_UNIT_GLUED = re.compile(rf"(?<![\w.])(TP|Tp|TX|Q|P|H|TT)\.(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])|(?<![\w.])(Tp)\.(?=[{UPPER_LETTERS}]{{2,}}\b)")
# Whether _UNIT_GLUED finds anything, found from each dot with the units looked back at (a
# unit added there is added here): the pattern itself, tried at every character, cost 4% of
# ingest; this one stops only at dots.
_UNIT_GLUED_AT_DOT = re.compile(
    rf"\.(?:(?<=(?<![\w.])(?:TP|Tp|TX|TT)\.)|(?<=(?<![\w.])[QPH]\.))(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])"
    rf"|\.(?<=(?<![\w.])Tp\.)(?=[{UPPER_LETTERS}]{{2,}}\b)")


@dataclass(frozen=True)
class Mention:
    name: str
    role: str
    offset: int
    """Position in the article, for the order of first mention."""
    listed: bool = False
    """Named in a list after a calling the list shares: a role only where no other is given."""
    aide: str = ""
    """The post whose holder serves this one, written before it with 'của' ("Đặc phái viên
    của" before "Tổng thống Nga Kirill Dmitriev"): his, where another holds the post."""


@functools.lru_cache(maxsize=1 << 16)  # a few thousand words make most of any text
def _is_capitalised(word: str) -> bool:
    """'Nguyễn', 'Y', 'McCain'; not 'UBND'."""
    if "-" in word:
        particle, _, rest = word.partition("-")
        word = (rest if particle.lower() in _HYPHENED_PARTICLES else word).replace("-", "")
    if word[1:2] in ("'", "’"):
        # "K'Thanh": an initial and an apostrophe before the name; "K'đăm": one name
        word = word[2:] if word[2:3].isupper() else word[:1] + word[2:]
    if not (word[:1].isupper() and word.isalpha()):
        return False
    return len(word) == 1 or word[1:].islower() or (len(word) > 3 and word[1:].lower() != word[1:] and sum(c.isupper() for c in word) == 2 and word[1].islower())


@functools.lru_cache(maxsize=1 << 16)  # (asked of the same words again and again, as _is_capitalised)
def _is_brand(word: str) -> bool:
    """'TPBank', 'VPBank', 'PVcomBank', 'MedCAT': a firm's name in mixed capitals, no one's name."""
    return len(word) >= 4 and word.isalpha() and not word.isupper() and (
        word[:2].isupper() or word[0].isupper() and sum(c.isupper() for c in word) >= 3)


@functools.lru_cache(maxsize=1 << 16)  # (asked of the same words again and again, as _is_capitalised)
def _is_acronym(word: str) -> bool:
    """'UBND', 'NN&PTNT', 'T.Ư', 'TP.HCM', 'XIII'."""
    letters = word.replace("&", "").replace(".", "").replace("-", "").replace("\u2063", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha() or _AGE_TEAM.fullmatch(word) is not None


_AGE_TEAM = re.compile(r"U\d\d")  # a team by its players' age, "U21 Việt Nam", written like initials


# A year of the sixty-year cycle is named by a stem and a branch ("Giáp Thìn", "Bính Ngọ"),
# as a person may be ("Giáp", "Đinh" are family names).
_HEAVENLY_STEMS = frozenset("Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý".split())
_EARTHLY_BRANCHES = frozenset("Tý Sửu Dần Mão Mẹo Thìn Tỵ Tị Ngọ Mùi Thân Dậu Tuất Hợi".split())


def is_full_name(words: list[str], vocabulary: Vocabulary, vouched: bool = False) -> bool:
    """2-5 capitalised syllables; without a trigger word, the first a family name. (One
    alone, "K'Thanh", where a trigger vouches for a name no Kinh person bears.)"""
    return _is_full_name(tuple(words), vocabulary, vouched)


@functools.lru_cache(maxsize=1 << 15)  # (the same runs of words are asked of, paragraph after paragraph)
def _is_full_name(words: tuple[str, ...], vocabulary: Vocabulary, vouched: bool) -> bool:
    if len(words) == 1 and vouched and _is_apostrophe_name(words[0]):
        return True
    if not 2 <= len(words) <= 5 or not all(_is_capitalised(w) or w in _NAME_PARTICLES for w in words) \
            or not _is_capitalised(words[0]) or not _is_capitalised(words[-1]):
        return False
    if len(words) >= 3 and words[-2:] == ("Việt", "Nam"):
        return False  # "Nhà hát Nhạc Vũ Kịch Việt Nam": a body's name, the country's last, never a man's
    if " ".join(words) in vocabulary.places or " ".join(words[:2]) in vocabulary.places:
        return False
    if words[0] == words[1] and is_vietnamese_syllable(words[0]):
        return False  # "Lô Lô Chải", a village: no Vietnamese name repeats its family name ("Abdullah Abdullah" may)
    if words[0] == "Văn" and _normalised(words[1]) in _VAN_BODIES and not (vouched and len(words) >= 3):
        return False  # "Sở Văn Hóa Thể Thao", written in title case: a body, not Mr Văn ("ông Văn Minh Hoàng" is)
    if words[0] == "Đoàn" and words[1] in ("Khối", "TNCS"):
        return False  # "Bí thư Đoàn Khối Doanh nghiệp": the Youth Union of a bloc, not Mr Đoàn
    if words[0] == "Tập" and words[1] == "Đoàn":
        return False  # "Tập Đoàn Sơn Hà": a group, not Mr Tập
    if len(words) == 2 and words[0] in _HEAVENLY_STEMS and words[1] in _EARTHLY_BRANCHES:
        return False  # "Tết Giáp Thìn, Thủ tướng …": a year of the cycle, not Mr Giáp
    if words[0] in vocabulary.family_names:
        return True
    if _is_apostrophe_name(words[0]) and not any(
        w in vocabulary.family_names or w in vocabulary.not_name_starts or w in ("Y", "H", "A") for w in words[1:]
    ):
        return True  # "H’Vi Ê Ban"; not "M'Drắk Lê Hùng", "L'Oréal Việt Nam"
    # "Y Thị Bích Thọ", "Rơ Châm Văn …": a family name no list holds, known by the
    # middle name only Vietnamese names have.
    # (and "Phó", a deputy's word, as a family name before "Thị": "PGS. TS. Phó Thị Nguyệt Hằng"; not "Phó Thị Trưởng")
    if len(words) >= 3 and words[1] in _MIDDLE_NAMES \
            and (words[0] not in vocabulary.not_name_starts or words[:2] == ("Phó", "Thị") and words[2] != "Trưởng") \
            and words[2] not in (_VAN_BODIES if words[1] == "Văn" else _THI_BODIES):
        return True  # (not "… bộ phận Nghiên Cứu Thị Trường", a market written in title case)
    # "Y Thanh Hà Niê Kđăm", "H Yâo Knul": an Ê Đê man's or woman's name, which opens with
    # "Y" or "H" and ends in the clan's name (no Vietnamese syllable).
    if words[0] in ("Y", "H") and len(words) >= 3 and not (len(words[1]) == 1 and len(words) == 3) and (not is_vietnamese_syllable(words[-1]) or words[-1] in _EDE_CLANS):
        return True
    # "A Phương", "A Jar", "Y Nhàn": the Xơ Đăng and Ba Na put "A" (a man) or "Y" (a
    # woman) before the given name.
    if words[0] in ("A", "Y") and len(words) == 2 and words[1] not in vocabulary.not_name_starts \
            and not (words[0] == "Y" and words[1] in _MEDICINE_AFTER_Y):  # (not "Khoa Kỹ thuật Y Sinh", "Đại học Y Dược")
        return True
    if vouched and words[0] in _GIVEN_NAMES_OPENING_BODIES and len(words) <= 3 and all(map(is_vietnamese_syllable, words)) \
            and (words[0].lower(), words[1].lower()) not in vocabulary.word_pairs and " ".join(words[:2]) not in _REGIONS:
        # "nhạc sĩ Quốc Trung", "bà Hải Anh Vũ": a stage or given name without its family name (not a region,
        # nor one run into a name: "Nhà thơ Việt Bắc Nông Quốc Chấn"). (After a calling, _pen_name_at also reads
        # two such syllables where this refuses them; the two overlap, left so for want of a re-measured merge.)
        return True
    if vouched and len(words) == 3 and words[0] == "Phó" and all(map(is_vietnamese_syllable, words)) \
            and words[1].lower() not in vocabulary.heads_by_first and words[1].lower() not in vocabulary.role_prefixes:
        return True  # "nhạc sĩ Phó Đức Phương": Phó, a family name, where no post follows it ("Phó Chủ tịch")
    return vouched and words[0] not in vocabulary.not_name_starts


_HOLDER_AFTER_DASH_WORDS = 30
_ADDRESSES_AFTER_DASH = frozenset({"cô", "thầy", "ông", "bà"})
_LOCAL_UNITS = frozenset({"huyện", "quận", "xã", "phường", "trấn"})


def _words_in_order(short: list[str], longer: list[str]) -> bool:
    """Whether every word of a short name stands in the longer one, in the same order."""
    remaining = iter(longer)
    return len(short) < len(longer) and all(map(_is_capitalised, longer)) and all(word in remaining for word in short)


def _is_apostrophe_name(word: str) -> bool:
    """'K'Thanh', 'H’Vi': a given name of the Ê Đê, M'Nông or K'Ho peoples."""
    return ("'" in word or "’" in word) and bool(_APOSTROPHE_NAME.fullmatch(word))


_ANY_NEXT = None


@functools.lru_cache(maxsize=8)
def _openers(vocabulary: Vocabulary) -> dict[str, frozenset[str] | None]:
    """Only these words can open a mention, and only before these next words (None: any
    next word): every other word is passed over at once. ("các" opens "các đồng chí",
    never "các xã"; "công" opens "công an", never "công trình".)"""
    phrases = [head for heads in vocabulary.heads_by_first.values() for head in heads]
    phrases += [trigger for triggers in _TRIGGERS_BY_FIRST.values() for trigger in triggers]
    # A prefix, then a head or another prefix ("phó chủ tịch", "nguyên phó …"): not "tỷ đồng",
    # "thống nhất", "cố gắng", "tổng số", "thứ hai", which _find_role_head reads as no head.
    phrases += [(prefix, following) for prefix in vocabulary.role_prefixes
                for following in (*vocabulary.heads_by_first, *vocabulary.role_prefixes)]
    nexts: dict[str, set[str] | None] = {}
    for phrase in phrases:
        if len(phrase) == 1 or nexts.get(phrase[0], ()) is _ANY_NEXT:
            nexts[phrase[0]] = _ANY_NEXT
        else:
            nexts.setdefault(phrase[0], set()).add(phrase[1])
    nexts["nhà"] = _ANY_NEXT  # (a science's scholar: "nhà côn trùng học", whatever the science)
    return {first: _ANY_NEXT if following is _ANY_NEXT else frozenset(following) for first, following in nexts.items()}


@functools.lru_cache(maxsize=8)
def _candidate_words(vocabulary: Vocabulary) -> frozenset[str]:
    """Every lowered word that may open a mention: an opener, or a family name (whose
    written case decides)."""
    return frozenset(_openers(vocabulary)) | frozenset(name.lower() for name in vocabulary.family_names)


@functools.lru_cache(maxsize=8)
def _place_first_words(vocabulary: Vocabulary) -> frozenset[str]:
    return frozenset(place.split(" ", 1)[0] for place in vocabulary.places)


@functools.lru_cache(maxsize=8)
def _heads_by_first_two(vocabulary: Vocabulary) -> tuple[dict[tuple[str, str], tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """vocabulary.heads_by_first narrowed by the second word: for each first and second word,
    the heads that can open so, in their order (longest first); for any other second word,
    the heads of one word."""
    by_two, alone = {}, {}
    for first, heads in vocabulary.heads_by_first.items():
        alone[first] = tuple(head for head in heads if len(head) == 1)
        for second in {head[1] for head in heads if len(head) > 1}:
            by_two[(first, second)] = tuple(head for head in heads if len(head) == 1 or head[1] == second)
    return by_two, alone


@functools.lru_cache(maxsize=8)
def _qualifiers(vocabulary: Vocabulary) -> dict[str, tuple[tuple[str, ...], ...]]:
    return _by_first_word(vocabulary.role_qualifiers)


_UPPER, _LOWER = UPPER_LETTERS, LOWER_LETTERS
# (The capital first and the look back after it: "(?<!\w)[A-Z]…", a look-behind first, made
# the regex engine try every character of a text; this stops only at its capitals.)
_CAPITALISED_WORD = re.compile(rf"[{re.escape(_UPPER)}](?<!\w[{re.escape(_UPPER)}])[^\W\d_]*")

# "ông Bùi Công Mến-phó chủ tịch": a role glued to the name, no foreign given name.
_GLUED_ROLE_WORDS = r"(?:phó|chủ|bí|giám|trưởng|ủy|uỷ|tổng|cán|nguyên|cựu|đại|trung|thiếu|thượng|thành|tỉnh|huyện|xã|cho|đã|là|và|được|có|tại|thì)\b"
# Words; hyphens join acronyms ("Bộ TN-MT", "LĐ-TB&XH") and the syllables of a foreign
# given name ("Kim Yung-ho"), never numbers ("2015-2020") or spaced dashes.
# A dot joins an abbreviation to what follows ("TP.HCM", "T.Ư", "Tp.Hội An", "PGS.TS"),
# never a sentence's last word to the next one's first ("sản xuất.Thứ trưởng").
_WORD = rf"(?:(?:[{_UPPER}]{{1,5}}|[{_UPPER}][{_LOWER}]|\w)(?:\.\w+)+|[\w\u2063\u2064]+)(?:&\w+)*"
_TOKEN = re.compile(
    rf"(?<!\w)(?:{'|'.join(p.capitalize() + '|' + p for p in sorted(_HYPHENED_PARTICLES))})-[{_UPPER}][{_LOWER}]+(?!\w)"
    rf"|[{_UPPER}]+(?:[&.]\w+)*(?:-[{_UPPER}]+(?:[&.]\w+)*)+(?!\w)"
    rf"|[{_UPPER}][{_LOWER}]+(?:-(?!{_GLUED_ROLE_WORDS})[{_LOWER}]+)+(?!\w)"
    rf"|{_WORD}|[^\w\s]"
)
# "H’Vi Ê Ban", "K'Thanh", "Niê K'đăm": the given and family names of the Ê Đê, M'Nông and
# K'Ho peoples, one word (the letter after the apostrophe in either case).
_APOSTROPHE_NAME = re.compile(rf"(?<!\w)[{_UPPER}]['’][{_UPPER}]?[{_LOWER}]+(?!\w)")
# Initials inside or before a foreign name: "J.D. Vance", "George W. Bush", "I. M. Pei" (not
# the units "P. Đông Thọ", "Q. 1", "H. Lộc Bình", "X. Tân Lập", "TP. Huế").
_INITIALS_IN_NAME = re.compile(rf"(?<![\w.])(?:(?!T\. ?P\.)(?:[A-Z]\. ?){{2}}|(?![PQHXT]\.)[A-Z]\. ?)(?=[{_UPPER}][{_LOWER}]+(?:\s|$|[,.;:)]))")
# (found from the dot, looking back at the letter: a pattern that opens with a literal
# character is searched for fast; [A-Z] first stopped at every capital)
_MAYBE_INITIAL = re.compile(r"\.(?<=[A-Z]\.) ?[A-Z]")
# A unit's letter ("H." for huyện) as an initial between a foreign given name and the family
# name: "Christian H. Kaelin" (the word before it is no Vietnamese syllable: not "UBND H. Lộc Bình").
_UNIT_LETTER_INITIAL = re.compile(rf"\b(?P<given>[A-Z][a-z]+) (?P<initial>[PQHXT])\.(?= [{_UPPER}][{_LOWER}]+(?:\s|$|[,.;:)]))")
# "Jean-Christophe Carret", "Douglas Holtz-Eakin": a given name or a family name of two,
# joined by a hyphen, beside another word of the name (told from "Nga-Ukraine", "Mỹ-Trung"
# by neither part being a Vietnamese word or a place).
_HYPHENED_NAME = re.compile(rf"(?<![\w-])[{_UPPER}][{_LOWER}]{{2,}}-[{_UPPER}][{_LOWER}]+(?![\w-])")
_CAPITALISED_NEXT = re.compile(rf" [{_UPPER}][{_LOWER}]+(?!\w| [{_UPPER}])")  # one word: not "Coca-Cola James Quincey"
_CAPITALISED_BEFORE = re.compile(rf"[{_UPPER}][{_LOWER}]+ $")


def _is_hyphened_given_name(parts: list[str], vocabulary: Vocabulary) -> bool:
    """'Jean-Christophe', 'Jong-Un', 'Heong-Joon': one foreign given name (a part at least
    no Vietnamese syllable spells, none a place); not 'Hnơi-Bí' of "Đinh Hnơi-Bí thư", a
    post glued on."""
    return not all(map(is_vietnamese_syllable, parts)) and not any(part in vocabulary.places for part in parts) \
        and parts[1].lower() not in vocabulary.heads_by_first


def _words_between_spaces(text: str, words_of) -> list[str]:
    """The words of a paragraph, read by words_of (a token pattern's findall, or the words
    _RUN_WORDS keeps of it) between its spaces: no word holds a space, and no look-around of
    the patterns reads past a letter, so each run between spaces is read as the whole text
    reads it. A run of letters and digits alone (most of them) is one word as it stands; only
    the rest goes to the pattern."""
    words = []
    for chunk in text.split():
        if chunk.isalnum():  # (\w, less "_": one word for every token pattern)
            words.append(chunk)
        else:
            words += words_of(chunk)
    return words


@functools.lru_cache(maxsize=256)
def _given_names_pattern(given_names: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, given_names)))


def _words_with_given_names(text: str, given_names: re.Pattern) -> list[str]:
    """The words of re.findall("<given names>|" + _TOKEN.pattern, text): a hyphened given name
    is one word, the rest as _TOKEN reads them. (The two patterns are tried in turn where
    each word starts: compiling _TOKEN's long pattern anew for each paragraph's names took
    a few milliseconds each time.)"""
    words, at, end = [], 0, len(text)
    while at < end:
        found = given_names.match(text, at) or _TOKEN.match(text, at)
        if found:
            words.append(found.group())
            at = found.end()
        else:
            at += 1  # (spacing: no word starts there)
    return words


_APOSTROPHE_TOKEN = re.compile(rf"{_APOSTROPHE_NAME.pattern}|{_TOKEN.pattern}")
_PLAIN_TOKEN = re.compile(rf"{_WORD}|[^\w\s]")
# Without a dot or "&" before a letter (most paragraphs), _WORD is a plain run of letters:
# the same tokens, found in half the time.
_SIMPLE_TOKEN = re.compile(r"[\w\u2063\u2064]+|[^\w\s]")
_JOINED_BY_DOT = re.compile(r"[.&]\w")
_JOINED_BY_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)[^\W\d_]")  # (the hyphen first: a letter first stopped at every letter)
# The words of each run of text between spaces, by each token pattern, kept: the same runs
# come back text after text. As _words_between_spaces reads them: a run of letters and digits
# alone (most of them) is one word as it stands, the rest ("tỉnh,", "(TTXVN)", "16-17/6/2022,")
# goes to the pattern. (Every run kept, the one-word runs too, so a paragraph's words are its
# runs' words chained, with no Python step per run.)
_RUN_WORDS = {pattern: _Kept(lambda run, findall=pattern.findall: (run,) if run.isalnum() else tuple(findall(run)), 1 << 16)
              for pattern in (_SIMPLE_TOKEN, _PLAIN_TOKEN, _TOKEN, _APOSTROPHE_TOKEN)}
_NAME_TAIL = re.compile(r"(?: [^\W\d_]+){1,4}")


_FIELD_WORDS_BEFORE_NAME = 4
_WHEREAS_SUBJECT_WORDS = 4  # ("còn người gửi tiền là …")
_BEFORE_A_NEWS_VERB = frozenset({"cảnh", "thông", "dự", "tình", "phản"})  # ("cảnh báo", "thông báo": a verb, no paper)
# The nation's level after a body's letters: "TAND tối cao", "VKSND tối cao", "Bệnh viện … trung ương".
_NATIONAL_LEVEL = frozenset({("tối", "cao"), ("trung", "ương"), ("quốc", "gia")})
# Qualifiers of a post not (yet, or any longer) fully held: "Tổng thống đắc cử Donald Trump".
_NOT_YET_HELD = frozenset(tuple(q.split()) for q in ("được chỉ định", "đắc cử", "mới đắc cử", "tạm quyền", "lâm thời", "mãn nhiệm", "sắp mãn nhiệm"))
# Qualifiers of the holder that are part of a post only before his name, a mark, "của", "là"
# or "trong" ("nữ Thủ tướng đầu tiên của Nhật Bản", "Trung tướng về hưu Ben Hodges"; not "Giám đốc
# Sở Y tế đầu tiên phát biểu", "… tỉnh Lai Châu về hưu và hiện sống …").
_SAID_OF_THE_HOLDER = frozenset({("đầu", "tiên"), ("về", "hưu")})
# Both kinds: qualifiers that go in a post only where what follows them says so.
_QUALIFIERS_BEFORE_A_NAME = _NOT_YET_HELD | _SAID_OF_THE_HOLDER
# A profession's field or honour before a name ("nhà nghiên cứu văn hóa A", "nghệ nhân ưu
# tú B"; praise, _PRAISE, too): these words only, not a verb and its object ("nhạc sĩ phổ
# thơ Nguyễn Bính").
_PROFESSION_FIELDS = frozenset("""
văn hóa hoá học lịch sử sử dân gian âm nhạc mỹ thuật bảo mật thể thao kinh tế ẩm thực thời trang nhiếp ảnh kiến trúc
an ninh quân sự chính trị xã hội y khoa giáo dục môi trường tài chính pháp luật công nghệ nông nghiệp điện ảnh sân khấu
ưu tú nhân dân lão thành quốc tế liên bang
phẫu thuật gây mê nội trú cấp cứu tim mạch da liễu nhi sản ngoại hồi sức tâm thần khiếm thị khuyết tật
cải lương chèo tuồng vi tính hài lồng tiếng
mạng tâm lý phần mềm hải ngoại
""".split())  # (and a doctor's field, an artist's blindness: "bác sĩ gây mê Jean Paul Derossier", "nhạc sĩ khiếm thị Hà Chương")
# A school's level in lower case, as a post writes it ("hiệu trưởng trường tiểu học …").
_SCHOOL_LEVEL_WORDS = frozenset(tuple(w.lower() for w in level) for level in _SCHOOL_LEVELS) | {("cơ", "sở"), ("phổ", "thông")}
# What a musician plays, written after "nghệ sĩ" (the longest first).
_INSTRUMENTS = tuple(sorted((tuple(p.split()) for p in (
    "piano", "violin", "viola", "cello", "guitar", "trumpet", "saxophone", "sáo", "flute", "organ", "accordion", "kèn",
    "dương cầm", "vĩ cầm", "đàn bầu", "đàn tranh", "đàn nguyệt", "đàn nhị", "đàn t'rưng", "contrabass", "harp", "trombone", "clarinet",
    "violon", "sáo trúc", "đàn tỳ bà", "đàn kìm", "đàn sến", "đàn cò", "đàn đá", "đàn môi", "khèn", "trống", "ukulele", "mandolin",
)), key=len, reverse=True))
# Where one goes after "về" (a verb then): "chuyên gia về quê", "Đại sứ về nước".
_GOING_TO = frozenset("quê nhà nước thăm dự làm với tới đến lại hưu".split())
# Posts named by what they are for: "Đặc phái viên … về Trung Đông", "chuyên gia về đối ngoại",
# "Điều phối viên toàn cầu về Di sản văn hóa …".
_ENVOYS = frozenset({("phái", "viên"), ("phối", "viên"), ("chuyên", "gia"), ("cố", "vấn"), ("đặc", "sứ"), ("đại", "sứ")})
_PARTY_WORDS = 12
# "Thừa ủy quyền (của) Thủ tướng, …": the post right after it is whom he speaks for (not "ủy quyền cho …").
_ON_AUTHORITY_OF = re.compile(r"(?:thừa|theo|được sự|theo sự) (?:ủy|uỷ) quyền(?: của)?$")
# A Korean given name as Vietnamese papers write it: two syllables joined by a hyphen, the
# second in lower case ("Sun-seon", "Duck-soo", "Jae-myung"; not "Jean-Christophe").
_KOREAN_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
# Word pairs of bodies' names that are also verbs: in apposition they go on only into a name.
_VERB_PAIRS = frozenset({("kiểm", "soát")})
# Verbs of two words that no body's name holds, where a post's lower-case words would run on into
# what its holder does: "Các chuyên gia ước tính JNIM có …", "Ngoại trưởng Ba Lan kêu gọi Ukraine …"
# ("kiến nghị" is a body's after "đơn thư": "Phòng Xử lý đơn thư kiến nghị").
_VERBS_NO_BODY_HOLDS = frozenset(tuple(v.split()) for v in (
    "ước tính", "lo ngại", "kêu gọi", "kiến nghị", "nhắc nhở", "mắng mỏ", "lật đổ", "khen ngợi", "bỏ trốn", "am hiểu",
    "trông chờ", "lùng mua", "kéo lê",
    # ("từng" before a verb: "Nữ diễn viên từng thủ vai Hoài Thatcher"; not "từng" of "each", "Trưởng thôn từng thôn")
    "từng là", "từng giữ", "từng làm", "từng thủ", "từng đóng", "từng giúp", "từng được", "từng bị",
))  # (not "xác định", "xác lập", "giúp đỡ", "dọn dẹp": a body's work, "Hội đồng xác định giá đất", "đội dọn dẹp vệ sinh")
_UNIT_WORDS_BEFORE_FIELD = frozenset({"cục", "tâm", "phòng", "khoa", "ban", "đội", "tổ", "vụ", "đoàn"})  # ("Cục kiểm soát thủ tục hành chính")
_US_PARTIES = frozenset({("dân", "chủ"), ("cộng", "hòa"), ("cộng", "hoà")})
_ADDRESSES = frozenset({"ông", "bà", "chị", "anh", "chí"})  # (the last word of "đồng chí")
_ADDRESSES_BEFORE_A_NAME = _ADDRESSES_AFTER_DASH | {"chị", "anh", "em", "cụ", "đồng"}  # (and "đồng" of "Đồng chí")
# Who may be named by a given name alone, the post set off after it: "cô Hồng - đầu bếp làm việc 6 năm tại quán".
_ADDRESSES_OF_A_GIVEN_NAME = _ADDRESSES | {"cô"}
# Conjunctions capitalised at a sentence's start, before a name (not "Song": a Korean family name too, "Song Mi Ryung").
_CLAUSE_OPENERS = frozenset({"Còn", "Riêng", "Và", "Nhưng"})
_LEADERS = frozenset(tuple(t.split()) for t in ("lãnh tụ", "tổng thống", "thủ tướng", "ngoại trưởng", "quốc vương", "nữ hoàng", "giáo hoàng"))
_LEGISLATORS = ("nghị sĩ", "nghị sỹ", "dân biểu")
# Meetings of two office-holders, named by both posts joined with a dash.
_MEETINGS = tuple(tuple(m.split()) for m in ("giữa", "diễn đàn", "hội đàm", "đối thoại", "gặp", "gặp gỡ", "hội kiến"))
# Posts held in a party, whose party may follow the name with "của": "ứng cử viên Jim Gavin của đảng Fianna Fail".
_PARTY_POSTS = ("ứng cử viên", "ứng viên", "người phát ngôn", "phát ngôn viên", "lãnh đạo", "thủ lĩnh", "chủ tịch", "tổng thư ký")
_SERVICE_QUALIFIERS = frozenset({"lâu", "năm", "riêng", "thân", "cận", "cũ", "cá", "nhân", "chính", "trưởng", "hàng", "đầu", "cấp", "cao"})
# The field of an aide's post, before whose it is: "cố vấn thương mại của ông Trump", "giám đốc chiến dịch của …".
_AIDE_FIELDS = frozenset("thương mại chiến dịch tranh cử kinh tế bào chữa pháp lý an ninh quốc gia truyền thông đối ngoại báo chí tài chính".split())
_MINISTERS_FOR = frozenset({("bộ", "trưởng"), ("thứ", "trưởng"), ("trợ", "lý")})
_COMMITTEES = frozenset({("ủy", "ban"), ("uỷ", "ban"), ("hội", "đồng")})
_PEOPLES_COMMITTEE = (("ủy", "ban", "nhân", "dân"), ("uỷ", "ban", "nhân", "dân"))  # (an administration, for no one theme)
_MAKERS = frozenset("Honda Toyota Yamaha Suzuki Hyundai Kia Ford Mazda Nissan Mitsubishi Mercedes BMW Audi Porsche Tesla VinFast "
                    "Samsung Apple Nokia Xiaomi Huawei Oppo Vivo Sony Panasonic Boeing Airbus Canon Nikon".split())
_PREMISES = frozenset("chợ đường phố tiệm quán cửa hàng trạm đồn khách sạn nhà xe máy khu làng bến".split())
# No field's word between a post and a name: a place, premises or unit, a word that says
# where or whose ("ở chợ", "đường", "sáng lập bởi").
_NOT_A_FIELD = _PREMISES | _PLACE_UNITS | _WHERE_WORDS | _CONNECTORS | {"bởi"}
_BODY_NOUNS = frozenset({"sở", "bộ", "cục", "vụ", "viện", "ban", "hội", "phòng", "khoa", "ngành"})
_NUMBERED_ACRONYM = re.compile(r"[A-ZĐ]{2,6}\d{1,3}|[A-ZĐ]\d{1,3}")  # (and a police department's code: "Phó cục trưởng C03", a project's: "Dự án D1")
_UNIT_CODE = re.compile(r"[A-ZĐ]\d{2,3}")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_SHIPS = frozenset({"tàu", "hạm", "ngầm"})  # ("tàu HQ-011", "chiến hạm HQ-012", "tàu ngầm HQ-182")
# The last words of the posts and standings a contest's name follows: "thí sinh", "giám khảo", "ban tổ chức cuộc thi".
_CONTEST_TITLES = frozenset({("hoa", "hậu"), ("á", "hậu"), ("hoa", "khôi"), ("á", "khôi"), ("nam", "vương")})
_CONTEST_NAME_WORDS = 8
_CONTEST_ROLES_LAST_WORDS = frozenset({"sinh", "khảo", "thi", "viên", "hậu", "chức", "khôi"})
# Capitalised words a sentence opens with, no foreign name's last word.
_SENTENCE_OPENING_WORDS = frozenset("Một Các Những Theo Tại Trong Khi Lúc Sau Trước Ông Bà Đây Đó Người Nhưng Tuy Vì Do Với Cùng Thay Ngay".split())
# Words before a post that is someone else's than the name set off after it: "hội đàm với
# Bộ trưởng Quốc phòng Mỹ, Andrei Belousov nhấn mạnh", "ủy quyền của Bộ trưởng Bộ Y tế, A ký".
# Posts of those who serve another's post, before "của" and it: "Đặc phái viên của Tổng thống Nga".
# What a member belongs to, in lower case: "thành viên quốc hội Nga", "thành viên hội đồng quản trị".
_HOUSES_AND_BOARDS = frozenset({("quốc", "hội"), ("hội", "đồng"), ("ủy", "ban"), ("uỷ", "ban"), ("nghị", "viện"), ("chính", "phủ"), ("nội", "các")})
_AIDES = frozenset(tuple(p.split()) for p in (
    "đặc phái viên", "đặc sứ", "cố vấn", "trợ lý", "người phát ngôn", "phát ngôn viên", "chánh văn phòng", "thư ký",
    "phó chánh văn phòng", "cố vấn an ninh quốc gia", "cố vấn cấp cao"))
_LONGEST_AIDE = max(map(len, _AIDES))
_BEFORE_A_POST_HELD = frozenset({"làm", "là", "bầu", "các", "những", "nhiều", "chức"})  # ("được bầu làm ủy viên …": the post he took)
_ONE_OF_MANY = frozenset({"một", "các", "những", "nhiều", "hai", "ba"})  # ("một cố vấn của Tổng thống Zelensky": the president named)
_BEFORE_ANOTHERS_POST = frozenset({"với", "của", "cho", "và", "gặp", "tới", "đến", "thăm", "tiếp", "cạnh"})
_UNION_UNITS = frozenset({"Tỉnh", "Thành", "Huyện", "Quận", "Thị"})  # (capitalised: "Tỉnh Đoàn", not "tỉnh Đoàn Văn Phi")
_UNION_UNITS_LOWERED = frozenset(unit.lower() for unit in _UNION_UNITS)
_BEFORE_A_BODY_NAMED = frozenset({"của", "thuộc", "quyền", ".", ",", ":", ";", "(", "–", "-"})
# Of those, the ones no body's or place's name holds (unlike "Hội Người cao tuổi", "Quỹ Vì người
# nghèo", "Liên đoàn Các nhà khoa học Mỹ", "TP Thủ Dầu Một", "xã Tuy Phong") nor a foreigner's ("Theo Francken").
_OPENING_NO_BODY_NAME = frozenset("Tại Trong Khi Nhưng Với Thăm Trao Tặng Chụp".split())  # (and a caption's next sentence: "… Sở Y tế thành phố Đà Nẵng Thăm và kiểm tra …")
_TIMES_OF_DAY = frozenset("Sáng Chiều Trưa Tối Đêm Ngày".split())  # (before a date: "… Sáng 16/5, ngành y tế …")
_GIVEN_NAMES_TOO = frozenset({"Do", "Tuy", "Với"})  # ("Lê Quang Tự Do")
# How far a post may run over words no vocabulary holds to its holder's name, and the
# words that open a clause or a list instead ("Chủ tịch tỉnh trao quà cho Nguyễn Văn A"; "và"
# only before a capital: "và phòng, chống thiên tai" is a body's second field).
_POST_OVER_UNKNOWN_WORDS = 16
_STOPS_A_POST = frozenset("là và với cho cùng gặp tiếp trao tặng nhận thăm theo khi sau trước rằng thì mà nhưng hay hoặc để do bởi".split())
_SENTENCE_OPENERS = frozenset({".", "!", "?", "“", "”", '"', ":", ";"})


def _family_name_runs(text: str, family_names: frozenset[str]):
    """Each family name and up to four words after it: where unplaced names start. (One
    regex alternating every family name was a third of ingest's time.)"""
    taken = 0
    for word in _CAPITALISED_WORD.finditer(text):
        if word.start() >= taken and word.group(0) in family_names:
            run = _NAME_TAIL.match(text, word.end())
            if run:
                taken = run.end()
                yield word.start(), text[word.start():taken]


# How many words an aside set off by commas between a name and its post may hold.
_COMMA_ASIDE_WORDS = 8
# An age, a birth year or a home set off after a name ("…, 51 tuổi, ngụ TP.HCM", "…, sinh năm 1974, trú tại …"),
# read up to the post it is followed by.
_AGE_OR_HOME_WORDS = frozenset({"sinh", "sn", "trú", "ngụ", "quê", "thường"}) | frozenset(str(n) for n in range(15, 100))
_AGE_AND_HOME_WORDS = 16


def _one_of_length(lowered: tuple[str, ...], at: int) -> int:
    """How many words of "một trong (số) những/các" are written at at, or 0."""
    if lowered[at:at + 2] != ("một", "trong"):
        return 0
    after = at + 2 + (lowered[at + 2] == "số")
    return after + 1 - at if lowered[after] in ("những", "các") else 0


# A delegation of deputies, then the list of its members: "Đoàn đại biểu Quốc hội (ĐBQH) tỉnh gồm
# các đại biểu: …", "Tổ đại biểu HĐND tỉnh gồm có các đại biểu …": the house they sit in.
_DELEGATION_LISTED = re.compile(
    r"\b(?:Đoàn|Tổ)\s+(?:đại\s+biểu\s+(?P<house>Quốc\s+hội|HĐND(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường))?)|ĐBQH)"
    r"[^.;:]{0,40}?\bgồm(?:\s+có)?\s+(?:các\s+)?đại\s+biểu\s*:?\s*$")
_DELEGATION_SPAN = 160


class _Scanner:
    """Walks one paragraph's tokens, collecting mentions."""

    def __init__(self, text: str, base_offset: int, vocabulary: Vocabulary, not_names: frozenset[str] = frozenset()):
        self.vocabulary = vocabulary
        self.not_names = not_names
        if "P. " in text:
            text = _DEPUTY_LETTER_SPACED.sub("P.", text)  # "P. Hiệu trưởng": "Phó" by its letter, read as "P.Hiệu trưởng" is
        if _MAYBE_COMMA_NAME.search(text):
            for written, protected in _COMMA_NAMES:
                text = text.replace(written, protected)
        if "&" in text and "," in text:
            text = _ACRONYM_COMMA.sub("\\1\u2063", text)  # "Sở VH,TT&DL": one body's letters (text() writes the comma back)
        if "_" in text:
            text = text.replace("_", "-")  # "Chủ tịch Nguyễn Phú Bình_Nguyên thứ trưởng …": a dash some sites type so
        if "." in text and _MAYBE_INITIAL.search(text):
            # "J.D. Vance", "George W. Bush", "I. M. Pei": an initial's dot is read as a thin
            # space (the text has none of its own: normalise made every space a plain one),
            # so the initials are words of the name; text() writes the dot back.
            if _INITIALS_IN_NAME.search(text):
                text = _INITIALS_IN_NAME.sub(lambda m: m.group(0).replace(".", "\u2009"), text)
            text = _UNIT_LETTER_INITIAL.sub(
                lambda m: m.group(0) if is_vietnamese_syllable(m.group("given")) else f"{m.group('given')} {m.group('initial')}\u2009", text)
        if "." in text and _UNIT_GLUED_AT_DOT.search(text):
            # "Ban Trị sự GHPGVN TP.Đà Nẵng": the unit's dot glued to the place, read as a
            # thin space (so "TP" and "Đà" are words) and written back by text().
            text = _UNIT_GLUED.sub(lambda m: (m.group(1) or m.group(2)) + "\u2009", text)  # (and "Tp.HCM")
        if "S." in text or "S-" in text or "I." in text:  # "TS.Nguyễn", "PGS-TS", "BSCKI."
            text = _ACADEMIC_CHAIN.sub(lambda found: _SPACED_CHAIN.sub(".", found.group(1)) + " ", text)  # ("ThS. Bs. A": one chain, "ThS.Bs")
        if "/C" in text or "/c" in text:  # (not a date's "/": the pattern is tried at every character)
            text = _COMRADE_SHORT.sub(lambda m: "Đồng chí" if m.group(0)[0] == "Đ" else "đồng chí", text)
        if _ADDRESS_GLUED.search(text):
            text = _ADDRESS_GLUED.sub(r"\g<0> ", text)
        if "ĐC " in text or "Đc " in text:
            # "ĐC Nguyễn Danh Vận phó chủ nhiệm …" under a photo: "đồng chí" in two letters, before a family name
            # (not a firm's or a body's letters after its name's capital: "Công ty ĐC Nguyễn Kim")
            text = _COMRADE_LETTERS.sub(lambda m: "Đồng chí" if m.group(1) in vocabulary.family_names
                                        and not _is_capitalised((m.string[:m.start()].split() or [""])[-1]) else m.group(0), text)
        self.source = text
        # (text() writes these marks back as what they stand for; most paragraphs have none)
        self._marked = "\u2063" in text or "\u2064" in text or "\u2009" in text
        self.base_offset = base_offset
        given: tuple[str, ...] = ()  # (hyphened given names, each one word)
        if ("'" in text or "’" in text) and _APOSTROPHE_NAME.search(text):
            self.token = _APOSTROPHE_TOKEN
        elif "-" in text and _JOINED_BY_HYPHEN.search(text):
            given = tuple(sorted({
                m.group(0) for m in _HYPHENED_NAME.finditer(text)
                if _is_hyphened_given_name(m.group(0).split("-"), vocabulary)
                and (_CAPITALISED_NEXT.match(text, m.end()) or _CAPITALISED_BEFORE.search(text, 0, m.start()))
            }))
            self.token = _TOKEN
        else:
            self.token = _PLAIN_TOKEN if _JOINED_BY_DOT.search(text) else _SIMPLE_TOKEN
        if given:
            given_names = _given_names_pattern(given)
            self.words = _words_between_spaces(text, lambda chunk: _words_with_given_names(chunk, given_names))
        else:
            self.words = list(itertools.chain.from_iterable(map(_RUN_WORDS[self.token].__getitem__, text.split())))
        # Padded so that looking a few words past the end reads '' instead of failing.
        self.lowered = tuple(map(_LOWERED.__getitem__, self.words)) + _PAST_THE_END
        self._spans: list[tuple[int, int]] = []  # (see span())
        self._tail_starts: dict[tuple[int, int, int, bool], int | None] = {}
        self._role_heads: dict[int, int] = {}  # (the same word is asked about again and again)
        self._names: dict[tuple[int, bool], int] = {}
        self._heads_by_first_two = _heads_by_first_two(vocabulary)  # (asked for at most words a role reads)
        self._last_capital: int | None = None  # (see _capital_after)
        self.mentions: list[Mention] = []

    @property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of every word in the source."""
        if len(self._spans) < len(self.words):
            self.span(len(self.words) - 1)
        return self._spans

    def span(self, k: int) -> tuple[int, int]:
        """(start, end) of word k in the source. Found only when asked, and only up to k: most
        paragraphs name no one, and most mentions are read from a paragraph's first words."""
        spans = self._spans
        if k >= len(spans) or k < 0:
            # Each word found from the end of the one before: every character but spacing is
            # in a token, so the next word starts at the next one that is not a space (the
            # same spans as the pattern's finditer, a third faster).
            end, find = spans[-1][1] if spans else 0, self.source.find
            for word in self.words[len(spans):] if k < 0 else self.words[len(spans):k + 1]:
                start = find(word, end)
                end = start + len(word)
                spans.append((start, end))
        return spans[k]

    def _matches(self, i: int, phrase: tuple[str, ...]) -> bool:
        return self.lowered[i:i + len(phrase)] == phrase

    def _phrase_at(self, i: int, by_first: dict[str, tuple[tuple[str, ...], ...]]) -> int:
        """Length of the first of the phrases (grouped by their first word) written at i, or 0."""
        first = self.lowered[i:i + 1]  # (a slice, as _matches reads: past either end it is empty)
        return next((len(p) for p in by_first.get(first[0], ()) if self._matches(i, p)), 0) if first else 0

    def _post_given_to(self, k: int, name_start: int) -> bool:
        """The post at k, then "cho ông A" at name_start, is the one he is given: the post
        right after "bổ nhiệm" or "chức vụ" (or after ";" in a list of them, in a sentence
        that appoints), the name closing its item ("Bổ nhiệm chức vụ Trưởng phòng … cho ông
        A; Trưởng phòng … cho ông B và …"). Not a decision's signer ("quyết định bổ nhiệm của
        Thủ tướng cho ông A"), nor "Chủ tịch UBND tỉnh cho ông A nghỉ hưu" (lets him)."""
        before = self.lowered[k - 2:k]
        if not (before == ("bổ", "nhiệm") or before in (("chức", "vụ"), ("chức", "danh")) or self.words[k - 1:k] == [";"]):
            return False
        held = self._name_at(name_start, vouched=True)
        if not held or self.words[name_start + held:name_start + held + 1] not in ([";"], ["."], [","], ["và"], [")"], []):
            return False
        at = k - 1
        while at > 0 and self.words[at] not in (".", "!", "?"):
            if self.lowered[at] == "nhiệm" and self.lowered[at - 1] == "bổ":
                return True
            at -= 1
        return False

    def _appointed_at(self, i: int) -> int:
        """Length of the words at i that put a name in an office ("được bầu làm"), or 0."""
        return next((len(p) for p in _APPOINTED_BY_FIRST.get(self.lowered[i], ()) if self._matches(i, p)), 0)

    def _speech_at(self, i: int) -> bool:
        """A verb of saying at i ("cho biết", "cảnh báo"): where what a person is ends."""
        first = self.lowered[i:i + 1]  # (a slice, as _matches reads: past either end it is empty)
        return bool(first) and any(self._matches(i, verb) for verb in _SPEECH_VERBS_BY_FIRST.get(first[0], ()))

    def text(self, start: int, end: int) -> str:
        """The words start..end as written (with their own spacing and punctuation)."""
        if end <= start:
            return ""
        written = self.source[self.span(start)[0]:self.span(end - 1)[1]]
        if self._marked:
            written = written.replace("\u2063", ",").replace("\u2064", " -").replace("\u2009", ".")
        # (A protected "phòng, chống" cut after "phòng" must not leave its comma behind, nor a
        # post the dash that set the name after it off: "… châu Á – Ông Johanna …".)
        return written.rstrip(", -–")

    def scan(self) -> list[Mention]:
        # Only these words can open a mention; a rule that reads on may pass over some.
        # Openers in any case ("ThS", "PHÓ CHỦ TỊCH"), read from the lowered words.
        openers, family_names, lowered = _openers(self.vocabulary), self.vocabulary.family_names, self.lowered
        candidates, words = _candidate_words(self.vocabulary), self.words
        # (the set asked of every word without a Python step per word: most words are no candidate)
        maybe = itertools.compress(range(len(words)), map(candidates.__contains__, lowered))
        starts = [
            i for i in maybe
            if (nexts := openers.get(lowered[i], False)) is not False and (nexts is _ANY_NEXT or lowered[i + 1] in nexts)
            or words[i] in family_names
        ]
        if self.token is not _SIMPLE_TOKEN:  # only then may a word hold a dot or a hyphen
            opened = set(starts)
            dotted = [i for i, word in enumerate(self.words)
                      if ("." in word or "-" in word) and len(word) > 2 and i not in opened and self._trigger_at(i)]
            if dotted:
                starts = sorted(starts + dotted)
        done = 0
        for i in starts:
            if i < done:
                continue
            if self._after_memorial_word(i):
                continue  # "Nhà Lưu niệm Đại tướng Lê Đức Anh": a house named after him
            trigger = self._trigger_at(i)
            # "Joseph Ledford, nhà sử học tại Viện Hoover, …", "Ethan Schaler, kỹ sư robot của
            # NASA, …": a profession or a post set off after a foreign name is its role.
            # (not a calling that labels the names after it, "Pasi Sahlberg (dịch giả: Đặng Việt Vinh, …)",
            # nor one with a family-named person right after it: "H'Hen Niê, người mẫu Nguyễn Minh Triệu")
            labels = trigger and self.words[i + trigger:i + trigger + 1] == [":"]
            owned = trigger and self._name_at(i + trigger, vouched=True) >= 2 and self.words[i + trigger] in self.vocabulary.family_names
            named = self._foreign_name_before(i, done) if trigger and self._role_head_at(i) and not labels and not owned else None
            if named is not None:
                done = self._after_trigger(named, named)
            elif trigger and (said := self._post_said_after_do_and_asides(i + 1)):
                done = self._post_said_after_asides(i + 1, said)  # ("… do ông A, 51 tuổi, ngụ TP.HCM là giám đốc")
            elif trigger:
                done = self._after_trigger(i, i + trigger) if self._capital_after(i) else i + 1
            elif self.lowered[i] == "quyền" and i and self.lowered[i - 1] == "chính":
                continue  # "chính quyền cựu Tổng thống A": the government, not an acting post
            elif self._role_head_at(i):
                named = self._foreign_name_before(i, done)
                if named is not None:
                    done = self._after_trigger(named, named)
                else:
                    done = (self._role_first(i) if self._capital_after(i) else 0) \
                        or self._post_over_unknown_words(i) or i + 1
            elif self.words[i] in family_names and (counted_end := self._names_with_a_counted_post(i)):
                done = counted_end  # "A, B (hai phó giám đốc Vietinbank chi nhánh TP HCM)": the post each holds
            elif self.words[i] in family_names and not self._names_a_place(i) and not self._alias_in_aside(i) \
                    and (self._role_follows_name(i) or self._given_post_after_age(i) or self._post_said_after_do(i)
                         or self._calling_follows_name(i)):
                # "Mai Thị Xuân Chung, Phó chủ tịch HĐND tỉnh", "Võ Mạnh Cường (cựu Giám
                # đốc công ty H&C)": a name, then its role in apposition (not a name in another's
                # aside: "Trần Văn Nam (tên gọi khác là Trần Quốc Tuấn, SN 1963, cựu …)").
                done = self._after_trigger(i, i)
        return self.mentions

    def names_set_off_by_dashes(self) -> list[Mention]:
        """'Xuân Bắc - Giám đốc Nhà hát Kịch Việt Nam - cho biết …': a name of two syllables
        with no family name (an artist's), opening a sentence, its post set off by two dashes
        and closed by his words. (A name with a family name is read by scan.)"""
        words, named = self.words, {(m.offset, m.name) for m in self.mentions}
        for k in (dash - 2 for dash, word in enumerate(words) if word in _DASHES):
            if k > 0 and words[k - 1] not in _STAGE_NAME_OPENERS and (calling := self._stage_calling_after_dash(k)):
                # "Sau cùng, anh mời được Thảo Tâm - diễn viên từng gây chú ý khi …": within a
                # sentence, a performer's calling, no one named after it
                if (self.span(k)[0] + self.base_offset, self.text(k, k + 2)) not in named:
                    self._add(k, k + 2, calling)
                continue
            if k < 0 or not (k == 0 or words[k - 1] in _STAGE_NAME_OPENERS):
                continue
            if not self._stage_name_at(k) or words[k] in _place_first_words(self.vocabulary):
                continue
            closed = self._dashed_role_end(k + 2)
            if closed and self._speech_at(closed + 1) and (self.span(k)[0] + self.base_offset, self.text(k, k + 2)) not in named:
                self._add(k, k + 2, self.text(self._dashed_role_start(k + 2), closed))
        return self.mentions

    def _stage_name_at(self, k: int) -> bool:
        """Two capitalised Vietnamese syllables at k, the first no family name, neither a post nor
        a calling, and no place the vocabulary knows: an artist's name as the papers write it."""
        pair = self.words[k:k + 2]
        return len(pair) == 2 and all(_is_capitalised(w) and w.isalpha() and is_vietnamese_syllable(w) for w in pair) \
            and pair[0] not in self.vocabulary.family_names and not self._trigger_at(k) and not self._role_head_at(k) \
            and _normalised(" ".join(pair)) not in self.vocabulary.places

    def names_set_off_by_a_comma(self) -> list[Mention]:
        """'Minh Trang, trưởng nhóm dự án chia sẻ: …': a name of two syllables with no family name
        opening a sentence, its post set off by a comma and closed by his words (as
        names_set_off_by_dashes reads it between dashes)."""
        words, named = self.words, {(m.offset, m.name) for m in self.mentions}
        for k in (comma - 2 for comma, word in enumerate(words) if word == ","):
            if k < 0 or not (k == 0 or words[k - 1] in _STAGE_NAME_OPENERS) or not self._role_head_at(k + 3):
                continue
            if not self._stage_name_at(k):
                continue  # (a place the vocabulary knows is no one: "Thanh Hóa, Giám đốc Sở Y tế cho biết")
            end = self._role_end(k + 3, apposition=True)
            closed = end if self._speech_at(end) else end + 1 if words[end:end + 1] == [","] and self._speech_at(end + 1) else 0
            if closed and end > k + 3 and (self.span(k)[0] + self.base_offset, self.text(k, k + 2)) not in named:
                self._add(k, k + 2, self.text(k + 3, end))
        return self.mentions

    def _stage_calling_after_dash(self, k: int) -> str:
        """A performer's calling right after the dash that follows a stage name of two syllables at k
        ("mời được Thảo Tâm - diễn viên từng …"), the name after a word in lower case that is no
        place's or unit's, the calling naming no one after it; or ""."""
        words = self.words
        if k < 1 or not words[k - 1].isalpha() or not words[k - 1].islower():
            return ""
        before = self.lowered[k - 1]
        if before in self.vocabulary.admin_units or before in _PLACE_UNITS or before in _WHERE_WORDS or before in _VILLAGE_UNITS \
                or not self._stage_name_at(k) or words[k] in _place_first_words(self.vocabulary):
            return ""
        at = k + 3 + (self.lowered[k + 3:k + 4] in (("nữ",), ("nam",)))
        calling = next((c for c in _STAGE_CALLINGS if self.lowered[at:at + len(c.split())] == tuple(c.split())), "")
        after = at + len(calling.split())
        if not calling or after < len(words) and (_is_capitalised(words[after]) or _is_acronym(words[after])):
            return ""
        return self.text(k + 3, after)

    def names_set_off_after_their_post(self) -> list[Mention]:
        """'Trong khi đó, luật sư của nạn nhân - Ester Garcia - cho rằng …', 'Bí thư Chi đoàn ấp
        Hòa Ngãi, xã An Vĩnh Ngãi - Nguyễn Hữu Trọng cho biết': a post, then a dash and a full
        name, closed by the words he says (a second dash before them or not); the post read
        back from the dash, where it ends (or its commune, district or province ends) there."""
        words = self.words
        named = {m.name for m in self.mentions}
        for d in range(2, len(words) - 2):
            if words[d] not in _DASHES or not (length := self._name_at(d + 1, vouched=True)) or length < 2:
                continue
            after = d + 1 + length
            if not (self._speech_at(after) or words[after:after + 1] in ([w] for w in _DASHES) and self._speech_at(after + 1)):
                continue
            if self.text(d + 1, after) not in named:
                self._post_read_back(d, d + 1, after, whose=True, place=True)
        return self.mentions

    def names_put_in_office(self) -> list[Mention]:
        """'Celtic bổ nhiệm Brendan Rodgers làm tân HLV', 'bổ nhiệm Erik ten Hag vào vị trí HLV
        trưởng': a full name (no address before it) between the act that gives a post and the
        post, each one's."""
        words, lowered = self.words, self.lowered
        named = {m.name for m in self.mentions if m.role}
        for v in range(len(words) - 4):
            given = self._phrase_at(v, _GIVING_A_POST_BY_FIRST)
            if not given or not (length := self._name_at(v + given, vouched=True)) or length < 2:
                continue
            start, end = v + given, v + given + length
            past_aside = self._aside_end(end)
            k = past_aside + (self._phrase_at(past_aside, _PUT_IN_A_POST_BY_FIRST) if past_aside < len(words) else 0)
            if k == past_aside or not self._role_head_at(k) or self.text(start, end) in named:
                continue
            post_end = self._role_end(k, apposition=True)
            post_end = next((j for j in range(k + 1, post_end) if lowered[j] in _WHEN_A_POST_IS_GIVEN), post_end)
            self._add(start, end, self.text(k, post_end))  # (not "… làm tân HLV hôm thứ bảy": when)
        return self.mentions

    def _called_at(self, k: int) -> int:
        """Length of "tên", "có tên", "tên là" at k before a capitalised word ("một nông dân tên
        Manuel …"), or 0."""
        lowered = self.lowered
        at = k + (lowered[k] == "có")
        if lowered[at] != "tên" or k and lowered[at - 1] in _GIVE_OR_BEAR_A_NAME:
            return 0  # (not "bác sĩ đặt tên là A", the name given to a baby; nor "trường mang tên A")
        at += 1 + (lowered[at + 1] == "là")
        return at - k if at < len(self.words) and _is_capitalised(self.words[at]) else 0

    def names_after_their_calling(self) -> list[Mention]:
        """'Một nông dân tên Manuel Bustingorry tìm thấy …', 'người công nhân có tên Thanakorn
        Siripaiboon', 'một nhân viên du lịch tên là Wang Bo': a post or a calling, then the
        name it is called by."""
        words, lowered = self.words, self.lowered
        named = {m.name for m in self.mentions if m.role}
        for k in range(2, len(words) - 2):
            if lowered[k] not in ("tên", "có") or lowered[k - 1] == "có" or not (called := self._called_at(k)):
                continue
            start = k + called
            if (length := self._name_at(start, vouched=True)) >= 2 and self.text(start, start + length) not in named:
                self._post_read_back(k, start, start + length)
        return self.mentions

    def names_a_post_is_given_to(self) -> list[Mention]:
        """'bổ nhiệm chức vụ Phó Thủ tướng đối với các ông Mai Văn Chính và Nguyễn Chí Dũng; Bộ
        trưởng Bộ Xây dựng đối với ông Trần Hồng Minh': a decision's post, then "đối với" and
        the holders it is given to (or taken from), each with "ông" or "bà"."""
        words, lowered = self.words, self.lowered
        named = {m.name for m in self.mentions if m.role}
        for k in range(2, len(words) - 3):
            if lowered[k:k + 2] == ("đối", "với"):
                after = k + 2
            elif lowered[k] == "với" and self._post_changed_before(k):
                after = k + 1  # "miễn nhiệm chức Chủ tịch HĐND tỉnh với bà A và chức Phó chủ tịch UBND tỉnh với ông B"
            else:
                continue
            at, holders = after + (lowered[after] == "các"), []
            while at < len(words) and lowered[at] in ("ông", "bà") or holders and lowered[at - 1] in (",", "và"):
                at += lowered[at] in ("ông", "bà")
                if (length := self._name_at(at, vouched=True)) < 2:
                    break
                holders.append((at, at + length))
                at += length
                if lowered[at] not in (",", "và"):
                    break
                at += 1
            for start, end in holders:
                if self.text(start, end) not in named:
                    self._post_read_back(k, start, end, exact=True)
        return self.mentions

    def _post_changed_before(self, k: int, listed: bool = False) -> bool:
        """'chức <post>' just before k, given or taken by the act right before it ("miễn nhiệm chức
        Chủ tịch HĐND tỉnh với bà A", and its list's next item: "… và chức Phó chủ tịch UBND tỉnh với
        ông B"): the post is the one of the man "với" names next (not "cơ quan chức năng", nor a
        post in another clause)."""
        lowered = self.lowered
        for c in range(k - 2, max(-1, k - _POST_READ_BACK_WORDS), -1):
            if self.words[c] in _PUNCTUATION and self.words[c] != ",":
                return False
            if lowered[c] != "chức" or lowered[c + 1] in ("năng", "sắc"):
                continue
            post = c + 1 + (lowered[c + 1] in ("vụ", "danh"))
            if not self._role_head_at(post) or not listed and self._role_end(post) != k:
                return False  # (the post runs up to "với": not "bổ nhiệm chức Tổng Giám đốc được thống nhất … với ông A")
            if any(j + len(p) == c for j in range(max(0, c - 3), c) for p in _POSTS_CHANGED_BY_FIRST.get(lowered[j], ()) if self._matches(j, p)):
                return True
            return lowered[c - 1] in ("và", ",") and self._post_changed_before(c - 1, listed=True)
        return False

    def _post_read_back(self, k: int, start: int, end: int, whose: bool = False, exact: bool = False, place: bool = False) -> bool:
        """The post or calling that ends at k, read back from it, given to the name start..end
        (the one that opens furthest back, no one's name inside it): the post whole to k, or
        with its field after it (up to three lower-case words: "nhân viên du lịch"); or where
        whose, with whose it is ("người đại diện của doanh nghiệp"), or one of several ("cựu
        kỹ sư SpaceX khác"), the post opening its clause; where place, with its commune,
        district or province after a comma ("Bí thư Chi đoàn ấp Hòa Ngãi, xã An Vĩnh Ngãi")."""
        words, lowered = self.words, self.lowered
        found = None
        for head in range(k - 1, max(-1, k - _POST_READ_BACK_WORDS), -1):
            if words[head] in _SENTENCE_OPENERS or words[head] == "," and not (place and lowered[head + 1] in self.vocabulary.admin_units) \
                    or head and lowered[head - 1:head + 1] in (("chức", "vụ"), ("chức", "danh")):
                break  # (the post opens after "chức vụ": not "Vụ" a department's)
            if not self._role_head_at(head) or head and lowered[head - 1] in self.vocabulary.role_prefixes:
                continue
            post_end = self._role_end(head, apposition=True)
            rest = lowered[post_end:k]
            if post_end > k or self._name_inside(head, min(post_end, k)):
                continue
            if whose and head and not (words[head - 1] in _SENTENCE_OPENERS or words[head - 1] == "," or lowered[head - 1] in _ONE_OF_MANY):
                continue  # (the post opens its clause: not "Vợ của Tổng thống là Melania Trump", "ngồi cạnh Thủ tướng là A")
            if exact:
                found = (head, k) if not rest else found
            elif not whose and len(rest) <= 3 and all(w.isalpha() and w == words[n] for n, w in enumerate(rest, post_end)):
                found = (head, k)
            elif whose and (not rest or rest[:1] == ("của",) and len(rest) <= 5 and all(w.isalpha() for w in rest)):
                found = (head, k)
            elif whose and rest == ("khác",):
                found = (head, post_end)
            elif place and rest[:1] == (",",) and rest[1:2] and rest[1] in self.vocabulary.admin_units and len(rest) >= 3 \
                    and all(map(_is_capitalised, words[post_end + 2:k])):
                found = (head, k)
        if found:
            self._add(start, end, self.text(*found))
        return bool(found)

    def names_said_to_hold_a_post(self) -> list[Mention]:
        """'người đứng đầu đơn vị cảnh sát chống khủng bố Ý là Lamberto Giannini cho biết',
        'người đại diện của Sanchez là Fernando Felicevich': a post, then "là" and a full name
        closed by a mark or what he does."""
        words, lowered = self.words, self.lowered
        named = {m.name for m in self.mentions if m.role}
        for k in range(2, len(words) - 2):
            if lowered[k] != "là" or lowered[k - 1] in ("tên", "gọi", "nghĩa", "tức") or lowered[k - 2] == "tiếng" \
                    or (length := self._name_at(k + 1, vouched=True)) < 2:
                continue  # (after "tên": names_after_their_calling; not a word's meaning: "… tiếng Anh là Junior Accountant")
            start, end = k + 1, k + 1 + length
            if _normalised(self.text(start, end)) in self.vocabulary.places or any(w in self.vocabulary.foreign_body_words for w in words[start:end]):
                continue  # (a place, a firm: "… là Bờ Tây", "… là Skills International Limited")
            after = words[end:end + 1]
            if self.text(start, end) in named or after and not (after[0] in (",", ".", ";") or after[0].isalpha() and after[0].islower()):
                continue
            self._post_read_back(k, start, end, whose=True)
        return self.mentions

    def names_before_their_count_and_post(self) -> list[Mention]:
        """'Julian E. Barnes và Eric Schmitt, hai nhà phân tích của NY Times, nhận định …': the
        names listed, then how many they are and the post they share, set off by a comma or a
        dash; each name's, where there are as many names as the count says."""
        words, lowered = self.words, self.lowered
        for c in range(3, len(words)):
            count = _COUNTS_OF_NAMES.get(lowered[c])
            if not count or words[c - 1] not in (",", *_DASHES) or not self._role_head_at(c + 1):
                continue
            end = self._role_end(c + 1, apposition=True)
            if not (words[end:end + 1] in ([","], ["."], [";"], *([d] for d in _DASHES)) or self._speech_at(end) or end >= len(words)):
                continue  # (the post closed as an apposition is: not a clause run on from it)
            listed, k = [], c - 1
            while len(listed) < count:
                start = next((s for s in range(max(0, k - 5), k - 1) if self._name_at(s, vouched=True) == k - s), None)
                if start is None:
                    break
                listed.append((start, k))
                k = start - 1
                if len(listed) < count and (k < 1 or lowered[k] != ("và" if len(listed) == 1 else ",")):
                    break  # (a list closed by "và": not "A, B, 2 thượng nghị sĩ …", the next item of a longer one)
            first = listed[-1][0] if listed else 0
            if len(listed) != count or first and not (words[first - 1] in _SENTENCE_OPENERS or words[first - 1] == "," or words[first - 1].islower()):
                continue
            role = self.text(c + 1, end)
            named = {m.name for m in self.mentions}
            for start, stop in reversed(listed):
                if self.text(start, stop) not in named:
                    self._add(start, stop, role)
        return self.mentions

    def _capital_after(self, i: int) -> bool:
        """A word after i holds a capital letter. A name is written with one: from a start with
        none after it (a calling or a post in lower case late in the paragraph, "… các đại biểu
        đã thảo luận") the rules that read on from it find no one and are not asked. (A name
        before it is still looked for: "Abdul Rehman Miankhel, một quan chức cấp cao tại các
        bệnh viện …")"""
        if self._last_capital is None:  # (found when first asked: many paragraphs never ask)
            words, lowered = self.words, self.lowered
            self._last_capital = next((k for k in range(len(words) - 1, -1, -1) if words[k] != lowered[k]), -1)
        return i < self._last_capital

    def _role_follows_name(self, i: int) -> bool:
        k = i + 1
        while k < len(self.words) and k - i < 5 and _is_capitalised(self.words[k]):
            k += 1
        if not self._role_after(k):
            return False  # the usual case, decided without reading the name
        length = self._name_at(i, vouched=False)
        return bool(length) and self._role_after(i + length)

    def _calling_follows_name(self, i: int) -> bool:
        """'Lê Văn Cường - tác giả cuốn sách - đánh giá …': a full name, then a calling set off by
        dashes (see _calling_between_dashes)."""
        if not any(w in _DASHES for w in self.words[i + 2:i + 6]):
            return False  # the usual case, decided without reading the name
        length = self._name_at(i, vouched=True)
        return length >= 3 and bool(self._calling_between_dashes(i, i + length))

    def _names_a_place(self, i: int) -> bool:
        """'Bí thư Quận ủy Lê Chân, Trưởng ban …', 'huyện Lê Thủy': after a unit or its
        committee, a name is the place's."""
        return i > 0 and (self.lowered[i - 1] in ("ủy", "uỷ") or self.lowered[i - 1] in self.vocabulary.admin_units)

    def _post_said_after_do(self, i: int) -> bool:
        """'Công ty TNHH Đại An do Nguyễn Ngọc Minh làm Giám đốc', '… trong đó có Nguyễn Mạnh Hùng
        là Chủ tịch HĐQT …': a bare name after "do" or "có", then the post he holds."""
        if i and self.lowered[i - 1] not in ("do", "có") and self.words[i - 1] not in _SENTENCE_OPENERS:
            return False  # (or a name that opens the sentence: "Đinh Hà Uyên Thư làm tổng đạo diễn sân khấu")
        length = self._name_at(i, vouched=True)
        said = i + length
        if i and self.lowered[i - 1] == "do":
            said = self._past_comma_aside(said)  # ("do Nguyễn Văn Hậu, biệt danh "Hậu Pháo", làm Chủ tịch HĐQT")
        return length >= 2 and self._post_said_at(said)

    def _post_said_after_asides(self, name_start: int, said: int) -> int:
        """Adds the name at name_start with the post "là"/"làm" at `said` gives him; where it ends."""
        verb = self._appointed_at(said) if self.lowered[said] == "làm" else self._phrase_at(said, _IS_BY_FIRST)
        end = self._role_end(said + verb)
        self._add(name_start, name_start + self._name_at(name_start, vouched=True), self.text(said + verb, end))
        return end

    def _post_said_after_do_and_asides(self, i: int) -> int:
        """'… (Công ty do ông Trần Quang Tỉnh, sinh năm 1974, trú tại TP Hồ Chí Minh là Giám đốc …',
        'tàu cá … do ông A, 32 tuổi, trú thị xã Hoàng Mai, tỉnh Nghệ An làm thuyền trưởng': after "do"
        and "ông"/"bà", the name, then his age or birth year and where he lives set off by commas,
        then "là"/"làm" and the post he holds: where "là"/"làm" stands, or 0."""
        if i < 2 or self.lowered[i - 1] not in ("ông", "bà") or self.lowered[i - 2] != "do":
            return 0
        length = self._name_at(i, vouched=True)
        k = i + length
        if length < 2 or self.words[k:k + 1] != [","] or self.lowered[k + 1] not in _AGE_OR_HOME_WORDS:
            return 0
        for j in range(k + 2, min(len(self.words), k + 2 + _AGE_AND_HOME_WORDS)):
            if self.words[j] in (".", ";", ":", "(", ")"):
                return 0
            if self.lowered[j] in ("là", "làm") and self.words[j - 1] != "," and self._post_said_at(j):
                return j
        return 0

    def _post_said_at(self, k: int) -> bool:
        """'làm Giám đốc …', 'là Chủ tịch HĐQT …' at k: a post given or stated."""
        verb = self._appointed_at(k) if self.lowered[k] == "làm" else self._phrase_at(k, _IS_BY_FIRST)
        return bool(verb) and bool(self._role_head_at(k + verb))

    def _past_comma_aside(self, k: int) -> int:
        """Past who a person is, set off by commas after the name and holding no post (", vợ ông
        Nhơn,", ", biệt danh "Hậu Pháo","), where "làm" or "là" and a post follow; or k."""
        if self.words[k:k + 1] != [","] or self._role_head_at(k + 1):
            return k
        for j in range(k + 2, min(len(self.words), k + _COMMA_ASIDE_WORDS + 2)):
            if self.words[j] in (".", ";", ":", "(", ")"):
                return k
            if self.words[j] == ",":
                return j + 1 if self._post_said_at(j + 1) else k
        return k

    def _second_of_two_at(self, trigger_start: int, name_start: int, name_end: int) -> int:
        """Where the second name starts in "đồng chí A và đồng chí B", "bà A (SN 1963) và ông B":
        the address said again after "và" (or another of one word); or 0."""
        address, past = name_start - trigger_start, self._aside_end(name_end)
        if not address or self.lowered[past:past + 1] != ("và",):
            return 0
        again = self.lowered[past + 1:past + 1 + address] == self.lowered[trigger_start:name_start] \
            or address == 1 and self.lowered[trigger_start] in _ADDRESSES and self.lowered[past + 1] in _ADDRESSES
        return past + 1 + address if again and self._name_at(past + 1 + address, True) else 0

    def _names_with_a_counted_post(self, i: int) -> int:
        """Past "A, B (hai phó giám đốc X)", "A và ông B (hai Phó Chủ tịch UBND huyện)": full names
        joined by commas or "và", then in brackets as many as they are and the post each holds,
        which is added to each; or 0."""
        if "(" not in self.source:
            return 0  # (most paragraphs: one look)
        names, k = [], i
        while len(names) < _COUNTED_NAMES_MOST:
            if names:
                k += self.lowered[k] in ("ông", "bà")
            length = self._name_at(k, vouched=True)
            if length < 2 or self.words[k] not in self.vocabulary.family_names:
                return 0
            names.append((k, k + length))
            k += length
            if self.words[k:k + 1] == ["("]:
                break
            if not (self.words[k:k + 1] == [","] or self.lowered[k] == "và"):
                return 0
            k += 1
        if len(names) < 2 or self.words[k:k + 1] != ["("] or _SMALL_COUNT_VALUES.get(self.lowered[k + 1]) != len(names):
            return 0
        head = k + 2
        close = next((n for n in range(head, min(head + _COUNTED_POST_WORDS, len(self.words))) if self.words[n] in ("(", ")", ";", ".")), None)
        if not self._role_head_at(head) or close is None or self.words[close] != ")" or self._name_inside(head, close):
            return 0
        post = self.text(head, close)
        for start, end in names:
            self._add(start, end, post)
        return close + 1

    def _given_post_after_age(self, i: int) -> bool:
        """'giao cho Nguyễn Minh Vương (40 tuổi, ngụ xã Song Lộc) làm Thuyền trưởng': a name
        with its age in parentheses, then the post given to him."""
        length = self._name_at(i, vouched=False)
        aside = self._aside_end(i + length) if length else 0
        if aside <= i + length + 3 or self.lowered[i + length + 2] != "tuổi":
            return False
        appointed = self._appointed_at(aside)
        return bool(appointed) and bool(self._role_head_at(aside + appointed))

    def _foreign_name_before(self, head: int, done: int) -> int | None:
        """'Tim Cook, CEO Apple, gọi …', 'Tuy nhiên, Wen Chia-hung, phát ngôn viên …':
        where a foreign name of two to four words opens the mention, its role set off
        after it (a Vietnamese one is known by its family name), or None."""
        mark = head - 1
        if self.lowered[mark] == "một" and mark >= 3:
            mark -= 1  # "Thomas Graham, một thành viên của Hội đồng …": a post he is one of many to hold
        if mark < 2 or self.words[mark] not in _BEFORE_ROLE:
            return None
        aged = self.words[mark] == "," and mark >= 5 and self.lowered[mark - 1] == "tuổi" and self.words[mark - 2].isdigit() \
            and self.words[mark - 3] == ","
        if aged:
            # "Abdul Kadir, 48 tuổi, nhân viên …, nói": his age between the name and the role; a role of
            # two words a mark closes (not "Juan Rodriguez, 39 tuổi, lái xe đến bệnh viện": what he did)
            role_end = self._role_end(head, apposition=True)
            if role_end - head <= 2 and not (self.words[role_end:role_end + 1] in ([","], ["."], [";"], [":"]) or self._speech_at(role_end)):
                return None
            mark -= 3
        if self.words[mark - 1] == ")" and "(" in self.words[max(0, mark - 5):mark - 2]:
            # "Changpeng Zhao (CZ), nhà sáng lập …": his initials or another name of his
            # between the name and the role.
            mark = max(k for k in range(max(0, mark - 5), mark - 2) if self.words[k] == "(")
        start = mark
        while start > done and mark - start < 4 and _is_capitalised(self.words[start - 1]):
            start -= 1
        if mark - start < 2 or start > 0 and (_is_capitalised(self.words[start - 1]) or _is_acronym(self.words[start - 1])):
            return None
        credited = self.lowered[start] == "theo" and mark - start >= 3
        opened = self.words[start] in _CLAUSE_OPENERS and mark - start >= 3 and (start == 0 or self.words[start - 1] in _SENTENCE_OPENERS)
        if credited or opened:
            start += 1  # "Theo Zhu Chaoping, chiến lược gia …": whose words, then the name ("Còn Yoaz Hendel, cựu …")
        if self.words[start] in _MAKERS:
            return None  # "… chiếc xe tay ga Honda Lead, một kỹ sư …": a maker's product, no one's name
        before = "" if credited or opened or not start else self.lowered[start - 1]
        if before == "với" and any(self._speech_at(k) or self._matches(k, ("trao", "đổi")) for k in range(max(0, start - 4), start - 1)):
            return None  # "Trao đổi với Al Jazeera, người phát ngôn …": whom one speaks to
        if before in _DASHES and start >= 2 and self.words[start - 2] in _CLOSING_QUOTES \
                or before == "của" and (self.lowered[start - 3:start - 1] in _WORDS_SAID or self.lowered[start - 2:start - 1] in _WORDS_SAID) \
                or before == "và" and start >= 2 and _is_capitalised(self.words[start - 2]) \
                and (self.words[mark] in _DASHES or self.words[mark] == "," and self._foreign_word_at(start - 2)):
            # "“…” - Minerva Delgado, giám đốc …", "tuyên bố của Walid Chtiri, người phát ngôn …":
            # who says it; "ông Schuster và Keith Stewart – cựu phi công …": a second man, his post set off by dashes
            before = ""
        if before in _BRAND_BEFORE or before in _CONNECTORS or before in self.vocabulary.admin_units or before in _PLACE_UNITS \
                or before in _WHERE_WORDS and before not in _TO_A_PERSON and before != "theo" \
                or self.words[start] in self.vocabulary.family_names or self._trigger_at(start) \
                or self.lowered[start] in self.vocabulary.role_enders:  # "Tại Happy Flower, chủ …"
            return None
        if self._foreign_name_start(start, start, mark) != start:
            return None
        role_end = self._role_end(head)
        credited_to = start > 0 and self.lowered[start - 1] == "theo"  # ("…, theo Brenda Ramer, giám đốc điều hành Team Ecco.")
        if self._tail_name_start(head, head + self._role_head_at(head), role_end) is not None and not (
            (start == 0 or self.words[start - 1] in _SENTENCE_OPENERS or self._after_a_quote(start))
            and (self.words[role_end:role_end + 1] == [","] or self._speech_at(role_end))
            or credited_to and self.words[role_end:role_end + 1] in ([","], ["."])  # (not "Theo The Guardian, Tổng thống Mỹ Donald Trump xác nhận")
        ):
            # "Phát biểu ở Los Angeles, Thị trưởng Karen Bass …": the role has its own name
            # (but "Vandana Hari, nhà sáng lập Vanda Insights, cho rằng …": a name opening the
            # sentence, then its role set off by commas or closed by his words, ends in the firm's name)
            return None
        return start

    def _after_a_quote(self, k: int) -> bool:
        """'"…", David Livingstone, …': k opens the speaker's name, after the quote's close and a comma."""
        return k >= 2 and self.words[k - 1] == "," and self.words[k - 2] in _CLOSING_QUOTES

    def _alias_in_brackets_end(self, k: int) -> int:
        """The comma after '(tên gọi khác là A', '(tên thật là A', '(còn gọi là A' at k, or 0."""
        if self.words[k:k + 1] != ["("]:
            return 0
        said = next((len(p) for p in _OTHER_NAME_SAID if self._matches(k + 1, p)), 0)
        length = self._name_at(k + 1 + said, vouched=True) if said else 0
        end = k + 1 + said + length
        return end if length and self.words[end:end + 1] == [","] else 0

    def _age_in_brackets(self, k: int) -> bool:
        """'(41 tuổi, …' at k: a name's age in brackets, something more said after it."""
        return self.words[k:k + 1] == ["("] and bool(self.words[k + 1:k + 2]) and self.words[k + 1].isdigit() \
            and self.lowered[k + 2:k + 4] == ("tuổi", ",")

    def _role_after(self, k: int) -> bool:
        """A role in apposition at k (', Role', '(Role', '- Role'). (Not 'là Role' after a
        bare name: "CLB Hoàng Anh Gia Lai là ứng viên …" is a club.)"""
        if alias := self._alias_in_brackets_end(k):
            # "Trần Văn Nam (tên gọi khác là Trần Quốc Tuấn, SN 1963, cựu Bí thư Tỉnh ủy …)": his other
            # name, his year of birth, then the post
            k = alias + (3 if self.lowered[alias + 1] == "sn" and self.words[alias + 2:alias + 3] and self.words[alias + 2].isdigit()
                         and self.words[alias + 3:alias + 4] == [","] else 0)
            return self.words[k:k + 1] == [","] and bool(self._role_head_at(k + 1))
        if aged := self._age_aside_end(k):
            # "Nguyễn Thị Diệu Thúy (SN 1980, trú tại phường Minh Xuân, tỉnh Tuyên Quang), giáo viên …",
            # and with no comma after the bracket ("… Tuyên Quang) giáo viên môn Ngữ văn …")
            if self._post_with_no_mark_at(aged):
                return True
            k = aged
        elif self._age_in_brackets(k):
            k += 3  # "Doãn Thị Lệ Xuân (41 tuổi, Hiệu trưởng Trường mầm non An Bình)": the age first
        elif self.words[k:k + 1] == ["("] and self.words[k + 1:k + 2] and self.words[k + 1].isdigit() and self.lowered[k + 2:k + 4] == ("tuổi", ")"):
            k += 4  # "Ngô Văn Hải (47 tuổi), nguyên Giám đốc …": the age closed, then the post set off
        elif self.words[k:k + 1] == ["("] and self.lowered[k + 1:k + 2] == ("sn",) and self.words[k + 2:k + 3] \
                and self.words[k + 2].isdigit() and self.words[k + 3:k + 4] in ([","], ["-"], ["–"], [")"]):
            # "Ngô Dũng Phương (SN 1964, Trưởng phòng Tài chính Đảng …)": the year of birth first;
            # "Đào Quang Khánh (SN 1996), nhân viên bảo vệ …": then the post set off after it
            k += 3 if self.words[k + 3] != ")" else 4
        elif self.words[k:k + 1] == ["("] and self.lowered[k + 1:k + 3] == ("sinh", "năm") and self.words[k + 3:k + 4] \
                and self.words[k + 3].isdigit() and self.words[k + 4:k + 5] == [","]:
            k += 4  # "Nguyễn Văn Hùng (sinh năm 1964, Trưởng phòng …)"
        elif self.words[k:k + 1] == ["("] and (closed := self._capitalised_aside_end(k)):
            # "Ngô Trần Hải An (Quỷ Cốc Tử), đại sứ Du lịch …": his pen name, then his post (not the
            # next man's of a list: "… Đặng Văn Lâm (Bình Định), đội trưởng Quế Ngọc Hải …")
            if self._role_head_at(closed + 1) and self._ends_in_a_name(closed + 1):
                return False
            k = closed
        else:
            aged = self._age_end(k)  # "Hồ Xuân Cường, 55 tuổi, Chủ tịch HĐQT …", as a report of the accused opens
            if aged > k and self.words[aged:aged + 1] == [","] and self.lowered[aged + 1:aged + 2] == ("là",):
                # "Lê Thị Thanh Thúy, 40 tuổi, là Chủ tịch HĐQT …": a post, capitalised (not the callings
                # of "Trấn Thành tên đầy đủ Huỳnh Trấn Thành, 37 tuổi, là diễn viên", said of the name before)
                post = aged + 2 + (self.lowered[aged + 2] in ("nguyên", "cựu"))  # (and a former post: "…, 45 tuổi, là nguyên Giám đốc …")
                return _is_capitalised(self.words[post] if post < len(self.words) else "") and bool(self._role_head_at(aged + 2))
            k = aged
        if self.words[k:k + 1] == [","] and self.lowered[k + 1:k + 2] == ("một",):
            return bool(self._role_head_at(k + 2))  # "Kim Yeon-ju, 30 tuổi, một nhân viên văn phòng …": one of many who hold it
        if self.words[k:k + 1] == [","] and (said := self._said_to_be_at(k + 1)):
            return bool(self._role_head_at(k + 1 + said))  # "Tiến sĩ Nguyễn Tri Thức, hiện là Thứ trưởng Bộ Y tế": his post now
        return self.words[k:k + 1] in ([","], ["("], ["-"], ["–"]) and bool(self._role_head_at(k + 1))

    def _holder_after_dash(self, k: int) -> bool:
        """A post at k whose holder is named after it, set off by a dash and an address ("…,
        Hiệu trưởng THPT - cô Nguyễn Hồng Duyên, …"): the next person's, not the name's before."""
        ahead = self.lowered[k:k + _HOLDER_AFTER_DASH_WORDS]
        # (most have no dash ahead at all: found so by a scan of the words for each dash, before a Python step per word)
        if _DASH_WORDS.isdisjoint(ahead) \
                or not any(word in _DASHES and following in _ADDRESSES_AFTER_DASH for word, following in zip(ahead, ahead[1:])):
            return False  # (the role's end is costly to read: most posts have no such dash ahead)
        end = self._role_end(k, apposition=True)
        return end + 1 < len(self.words) and self.words[end] in _DASHES and self.lowered[end + 1] in _ADDRESSES_AFTER_DASH \
            and self._name_at(end + 2, vouched=True) >= 2

    def _post_with_no_mark_at(self, k: int) -> bool:
        """A post right after a name, with no comma or dash between: a noun that names a post,
        not one that is also a verb ("ông A đại diện gia đình", "bà B phụ trách …")."""
        head = self._role_head_at(k)
        return bool(head) and " ".join(self.lowered[k:k + head]) not in _POSTS_THAT_ARE_VERBS \
            and not self._name_inside(k, k + head)

    def _unmarked_post_at(self, name_end: int) -> int:
        """Where a post stands right after a name with no comma or dash before it, or past his
        age and home in brackets ("Anh Phan Văn Lực (SN 1987, thôn Đồng Thanh) chủ …"); or 0."""
        if self._post_with_no_mark_at(name_end):
            return name_end
        aged = self._age_aside_end(name_end)
        return aged if aged and self._post_with_no_mark_at(aged) else 0

    def _age_aside_end(self, k: int) -> int:
        """After the ')' of a bracket at k that opens with an age, a year of birth or a home and
        holds no post ("(SN 1980, trú tại phường Minh Xuân)", "(32 tuổi)"), or 0."""
        if self.words[k:k + 1] != ["("] or self.lowered[k + 1] not in _AGE_OR_HOME_WORDS:
            return 0
        closed = self._aside_end(k)
        return closed if closed > k else 0

    def _capitalised_aside_end(self, k: int) -> int:
        """After the ')' of a bracket at k that holds only capitalised words (a pen name, a
        place: "(Quỷ Cốc Tử)", "(Quảng Nam)"), or 0."""
        end = k + 1
        while end < len(self.words) and end - k <= _CAPITALISED_ASIDE_WORDS and _is_capitalised(self.words[end]):
            end += 1
        return end + 1 if end > k + 1 and self.words[end:end + 1] == [")"] else 0

    def _kin_before(self, trigger_start: int) -> bool:
        """'Vợ anh A là công nhân': what follows 'là' is said of his wife, not of him."""
        before = self.lowered[max(0, trigger_start - 2):trigger_start]
        return any(word in _KIN for word in before)

    def _ends_in_a_name(self, start: int) -> bool:
        """'… của ông Donald Trump là Tổng thống Joe Biden': the post is another's."""
        end = self._role_end(start, apposition=True)
        head_end = start + self._role_head_at(start)
        return self._tail_name_start(start, head_end, end) is not None

    def _trigger_at(self, i: int) -> int:
        if i >= len(self.words):
            return 0  # "… Phó Chủ tịch UBND huyện và Chủ tịch xã," ending the paragraph
        lowered = self.lowered
        for trigger in _TRIGGERS_BY_FIRST.get(self.lowered[i], ()):
            if lowered[i:i + len(trigger)] == trigger:
                # (a post that opens with a calling is the post: "Huấn luyện viên trưởng đội tuyển
                # Việt Nam Kim Sang-sik", "Kiến trúc sư trưởng TP.HCM A")
                return 0 if self._role_head_at(i) > len(trigger) else len(trigger)
        if lowered[i] == "nhà" and (science := self._science_calling_at(i)):
            return science
        word = self.words[i]
        return 1 if ("." in word or "-" in word) and _ACADEMIC_WORD.fullmatch(word) else 0

    def _body_opens_at(self, j: int) -> bool:
        """A body's name opens at j with a capitalised word and a lower-case one ("Học viện",
        "Bệnh viện", "Trung tâm Y tế"; not "Nguyễn Văn Trung tâm đắc …", a given name, then a verb)."""
        return (self.words[j], self.lowered[j + 1] if j + 1 < len(self.words) else "") in _BODY_OPENINGS \
            and (self.words[j] != "Trung" or _is_capitalised(self.words[j + 2] if j + 2 < len(self.words) else ""))

    def _calling_set_off_at(self, i: int) -> int:
        """Length of "nhà" and the one to three lower-case words of a calling the vocabulary
        does not list, set off after a name with a comma ("Ken Johnson, nhà giáo dục trồng trọt
        ở …", "Petri Deryng, nhà điều hành PYN Elite"); not a building's ("nhà máy", "nhà hàng",
        "nhà văn hóa"); or 0."""
        words, lowered = self.words, self.lowered
        if i < 2 or words[i] != "nhà" or words[i - 1] != "," or not _is_capitalised(words[i - 2]) or lowered[i + 1] in _NOT_A_CALLING_AFTER_NHA \
                or lowered[i + 1:i + 3] in (("văn", "hóa"), ("văn", "hoá")):
            return 0
        k = i + 1
        while k < len(words) and k - i <= 3 and words[k].isalpha() and words[k].islower() and lowered[k] not in _ENDS_A_CALLING:
            k += 1
        return k - i if k - i >= 2 else 0

    def _science_calling_at(self, i: int) -> int:
        """Length of a scholar's calling of a science the vocabulary does not list ("nhà côn
        trùng học"), its words in lower case at i; or 0."""
        for n in (3, 4):
            if self.lowered[i + n - 1:i + n] == ("học",) and _is_science_calling(self.lowered[i:i + n]) \
                    and all(self.words[k].isalpha() and self.words[k].islower() for k in range(i + 1, i + n)) \
                    and (i + n >= len(self.lowered) or self.lowered[i + n] not in _STUDY_WORDS):
                return n
        return 0

    def _role_head_at(self, i: int) -> int:
        """Length of the role head at i ('Phó Chủ tịch' -> 3), or 0."""
        found = self._role_heads.get(i)
        if found is None:
            low = self.lowered[i]
            if low not in self.vocabulary.heads_by_first and low not in self.vocabulary.role_prefixes:
                found = 0
            else:
                found = self._find_role_head(i)
            self._role_heads[i] = found
        return found

    def _member_of_a_body(self, i: int) -> bool:
        """'ông A, thành viên HĐQT', '…, thành viên quốc hội Nga': a member is named so after his
        name, of a board, a house or a council (not 'thành viên nhóm Pink Floyd' before a band's
        name, 'thành viên dự án', 'thành viên Câu lạc bộ hát Ghẹo', nor 'Hội đồng thành viên')."""
        at = i + (self.lowered[i] in self.vocabulary.role_prefixes) + 2
        following = self.words[at] if at < len(self.words) else ""
        mark = i - 1 - (i >= 3 and self.lowered[i - 1] == "một")  # (and "Thomas Graham, một thành viên của Hội đồng …")
        after_a_name = mark >= 1 and self.words[mark] in (",", "-", "–", "(") \
            and (_is_capitalised(self.words[mark - 1]) or self.words[mark - 1] == ")" or self.words[mark - 1].isdigit())  # (and "(SN 1970, cựu Thành viên HĐTV …")
        counted = i > 0 and (self.words[i - 1].isdigit() or self.lowered[i - 1] in _SMALL_COUNTS or self.lowered[i - 1] in ("các", "những"))
        if not counted and (self.lowered[at] in ("hđqt", "hđtv") or self.lowered[at:at + 3] in (("hội", "đồng", "quản"), ("hội", "đồng", "thành"))):
            return True  # "thành viên Hội đồng quản trị Nguyễn Hồng Sơn", "thành viên HĐQT A": a board's member, wherever written
        return (after_a_name or i > 0 and self.lowered[i - 1] == "kiêm") and not self._foreign_word_at(at) \
            and self.lowered[at:at + 3] != ("câu", "lạc", "bộ") and self.lowered[at] != "clb" \
            and (_is_capitalised(following) or _is_acronym(following) or self.lowered[at] in ("của", "cấp", "ban")
                 or after_a_name and self.lowered[at:at + 3] == ("lãnh", "đạo", "của") and not self._credited_before(mark)  # ("…, một thành viên lãnh đạo của SUNTRACS, …")
                 or self.lowered[at:at + 2] in _HOUSES_AND_BOARDS
                 # ("A, thành viên nhóm nghiên cứu, …": of the team; not "thành viên nhóm Pink Floyd", a band's name next)
                 or after_a_name and self.lowered[at] == "nhóm" and not _is_capitalised(self.words[at + 1] if at + 1 < len(self.words) else ""))

    def _credited_before(self, mark: int) -> bool:
        """The capitalised words before the mark at `mark` follow "theo" or an outlet's word ("Theo Al Jazeera,
        một chỉ huy …", "Hãng tin Reuters, một …"): the source of what is told, no one set off."""
        k = mark
        while k > 0 and _is_capitalised(self.words[k - 1]):
            k -= 1
        return k > 0 and self.lowered[k - 1] in _SOURCE_WORDS or k < mark and self.lowered[k] in _SOURCE_WORDS

    def _find_role_head(self, i: int) -> int:
        lowered = self.lowered
        if lowered[i] == "tướng" and self.words[i] != "Tướng" and not (i and self.words[i - 1] == "," and self._foreign_word_at(i + 1)) \
                and not (i and lowered[i - 1] in _BEFORE_A_GENERAL and self._name_at(i + 1, vouched=True) >= 2):
            return 0  # "Tướng Ben Hodges", "biệt phủ của tướng Phan Như Thạch"; not "Danh tướng Trần Hưng Đạo"
        after_prefix = i + (lowered[i] in self.vocabulary.role_prefixes)
        if lowered[after_prefix:after_prefix + 2] == ("thành", "viên") and not self._member_of_a_body(i):
            return 0
        pair = lowered[i:i + 2]
        if pair == ("cán", "bộ") and lowered[i - 2:i] in (("đào", "tạo"), ("bồi", "dưỡng")):
            return 0  # "cán bộ A"; not "Trường Đào tạo cán bộ Lê Hồng Phong": a school that trains them
        if pair == ("điều", "dưỡng") and i and lowered[i - 1] in ("tâm", "viện", "khu", "trại"):
            return 0  # "điều dưỡng A"; not "Trung tâm Điều dưỡng Thương binh Kim Bảng": a nursing home
        if pair in (("nông", "dân"), ("ngư", "dân")) and self.words[i][:1].isupper() and i and _is_capitalised(self.words[i - 1]):
            return 0  # "nông dân A"; not "Chủ tịch Hội Nông dân Việt Nam …": a body's name
        if pair == ("vụ", "trưởng") and self.words[i] == "vụ" and i and lowered[i - 1] == "chức":
            return 0  # "Vụ trưởng"; not "bổ nhiệm chức vụ Trưởng phòng …": the post is what follows "chức vụ"
        if pair == ("tư", "lệnh") and i and self.words[i - 1] == "Bộ" and (i == 1 or lowered[i - 2] in _BEFORE_A_BODY_NAMED):
            # "Tư lệnh A", "lãnh đạo Bộ tư lệnh … - A"; not "thừa ủy quyền của Bộ Tư lệnh Quân khu
            # 7, Đại tá A", "… Mỹ. Bộ Tư lệnh Phương Nam của Mỹ": the Command, a body
            return 0
        if lowered[i] == "nữ" and i and lowered[i - 1] == "phụ":
            return 0  # "nữ ca sĩ", "Nữ tướng"; not "Hội Phụ nữ Chủ tịch …": the women's union
        if lowered[i] == "đồng" and i and self.words[i - 1][-1:].isdigit():
            return 0  # "đồng Chủ tịch", a co-chair; not "Phiên chợ 0 đồng Nguyên Phó Chủ tịch …": a sum in đồng
        if pair == ("dân", "biểu") and (i and lowered[i - 1] == "nhân" or lowered[i + 2] in ("dương", "tình", "quyết", "thị")):
            return 0  # "Dân biểu Tom Cole"; not "Ủy ban nhân dân biểu dương …", "người dân biểu tình"
        if pair == ("quản", "lý") and not (i and self.words[i - 1] in _SETS_OFF_A_MANAGER):
            return 0  # "A, quản lý nhà hàng", "quản lý Rob Budetti"; not "Ban Quản lý dự án", "Đầu tư và Quản lý …": a body's words
        if pair == ("phụ", "trách") and lowered[i + 2] in ("gồm", "là"):
            return 0  # ("các xã do đồng chí phụ trách gồm Hồ Thầu, …": what he has in hand, listed; no post)
        if lowered[i] == "nhà" and not any(lowered[i:i + len(head)] == head for head in self._heads_opening_at(i)):
            if science := self._science_calling_at(i):
                return science  # "Chow-Yang Lee, nhà côn trùng học …"
            if calling := self._calling_set_off_at(i):
                return calling  # "Anna Sagatov, nhà quay phim dưới nước, …"
        # ("Mullah Abdul Rauf, một chỉ huy cấp cao của Taliban, …": one of them; not "Theo Al Jazeera, một chỉ huy …", a source)
        one_of = i >= 3 and lowered[i - 1] == "một" and not self._credited_before(i - 2)
        if pair == ("chỉ", "huy") and i >= 2 + one_of and self.words[i] == "chỉ" and self.words[i - 1 - one_of] == "," \
                and _is_capitalised(self.words[i - 2 - one_of]) \
                and not any(lowered[i:i + len(head)] == head for head in self._heads_opening_at(i)):
            return 2  # "Oleksiy Petrenko, chỉ huy một đơn vị phòng không …": set off after a name, the commander (not "chỉ huy lực lượng", the verb)
        by_two, alone = self._heads_by_first_two
        start = i
        while True:
            # (_heads_opening_at(i), read here in line: asked for at every prefix of every head)
            for head in by_two.get((lowered[i], lowered[i + 1] if i + 1 < len(lowered) else "")) or alone.get(lowered[i], ()):
                if lowered[i:i + len(head)] == head and not (head[-1] == "sứ" and lowered[i + len(head)] == "quán") \
                        and not (head[-1] in ("hậu", "hoàng") and self.words[i + len(head) - 1] in ("Hậu", "Hoàng")
                                 and not (self._foreign_word_at(i + len(head)) and self.words[start - 1:start] not in (["“"], ['"']))):
                    # (not "Đại sứ quán", nor Mr "Hoàng Hậu", nor Mr "Nhật Hoàng": "Nhật hoàng", the emperor, in lower case;
                    # but "Nhật Hoàng Naruhito", a Japanese name after it)
                    # (not "Trường Sĩ quan Thông tin", a school's name; nor "tại Phủ Chủ tịch, Chủ tịch
                    # nước …", "Dinh Tổng thống": a palace)
                    in_school = start and (self.words[start - 1] in ("Trường", "Viện", "Phủ", "Dinh")
                                           or self.words[start - 2:start] == ["Học", "viện"]) \
                        and not self.words[start].islower()  # (not "ông Trần Văn Trường nguyên Giám đốc …": his name)
                    if in_school:
                        return 0
                    # "Tổng giám đốc điều hành": a prefix, then a longer head in lower case, says
                    # more than the head the prefix opens ("tổng giám đốc").
                    longer = self._role_head_at(i + 1) if lowered[i] in self.vocabulary.role_prefixes else 0
                    if longer + 1 > len(head) and all(w.islower() for w in self.words[i + len(head):i + 1 + longer]):
                        return i - start + 1 + longer  # (not "Thứ trưởng Đoàn Văn Hùng": a name, no "trưởng đoàn")
                    return i - start + len(head)
            if self.lowered[i] not in self.vocabulary.role_prefixes:
                return 0
            i += 1

    def _heads_opening_at(self, i: int) -> tuple[tuple[str, ...], ...]:
        """The role heads (longest first) whose first two words are those at i: of the sixty
        that open with "nhà", the few that go on with the next word."""
        first, second = self.lowered[i], self.lowered[i + 1] if i + 1 < len(self.lowered) else ""
        by_two, alone = self._heads_by_first_two
        return by_two.get((first, second)) or alone.get(first, ())

    def _lower_case_words_end(self, j: int, most: int, passing: tuple[str, ...], joined: bool = False) -> int:
        """Past the lower-case words from j that go on with a body's name in sentence case (at
        most `most`): up to a mark, a verb of saying, or a word that ends a role (but those
        `passing`, and where `joined`, "và" before another lower-case word)."""
        start = j
        while j < len(self.words) and j - start < most and self.words[j].isalpha() and self.words[j].islower() \
                and (self.lowered[j] not in self.vocabulary.role_enders or self.lowered[j] in passing
                     or joined and self.lowered[j] == "và" and self.words[j + 1:j + 2] == [self.lowered[j + 1]]) \
                and not self._speech_at(j):
            j += 1
        return j

    def _foreign_word_at(self, k: int) -> bool:
        word = self.words[k] if k < len(self.words) else ""
        return _is_capitalised(word) and not is_vietnamese_syllable(word)

    def _department_field_end(self, j: int) -> int:
        """End of a faculty's or a chair's subject written in lower case after "khoa", "bộ môn"
        ("điện - điện tử", "khoa học dữ liệu và trí tuệ nhân tạo"), closed by a mark; or 0."""
        k = j
        while k < len(self.words) and k - j < _DEPARTMENT_FIELD_WORDS and (
            self.words[k].isalpha() and self.words[k].islower() and self.lowered[k] not in self.vocabulary.role_enders
            and not self._speech_at(k)
            or self.words[k] in _DASHES and k > j and self.words[k + 1:k + 2] and self.words[k + 1].islower()
        ):
            k += 1
        return k if k - j >= 2 and self.words[k:k + 1] in ([","], ["."], [";"], ["("]) else 0

    def _role_end(self, i: int, apposition: bool = False) -> int:
        """Index just past one role segment starting at a role head at i. In apposition
        ('A, Role, …') a role may run to the next punctuation over unknown lower-case
        words; before a name ('Role A') only up to a capitalised word."""
        vocabulary = self.vocabulary
        head_end = i + self._role_head_at(i)
        admin, organisation, pairs = vocabulary.admin_units, vocabulary.organisation_words, vocabulary.word_pairs
        qualifiers = _qualifiers(vocabulary)
        j = head_end
        while j < len(self.words):
            word, lower, previous = self.words[j], self.lowered[j], self.words[j - 1]
            if self.lowered[j - 1] in ("khoa", "môn") and word.islower() and (field_end := self._department_field_end(j)):
                j = field_end  # "Trưởng khoa vật lý - vật lý kỹ thuật, Đại học …": the department's subject, in lower case
                continue
            if j > head_end and lower in _AWARD_FIRST_WORDS and self._award_at(j):
                break  # "… Nguyễn Văn An Huân chương Lao động": the award given, not the post
            if j >= head_end and lower in ("tên", "có") and self._called_at(j):
                break  # "một bác sĩ tên Nguyễn Văn An": what he is called, not the post's
            if apposition and j > head_end and lower in _INFORMS_FIRST and self._informs_at(j):
                break  # "… thành phố Hồ Chí Minh thông tin về …": what she told, not a body's "Thông tin"
            if j > head_end and (
                word in _TIMES_OF_DAY and self.words[j + 1:j + 2] and self.words[j + 1][:1].isdigit()
                or (word in _OPENING_NO_BODY_NAME or word == "Theo" and self.words[j + 1:j + 2] and self.words[j + 1].islower())
                and (_is_acronym(previous) or previous.islower() or self._place_ends_at(j))
            ):
                # "Ông A, Thứ trưởng Bộ GD-ĐT Với hơn 1 triệu nhà giáo …", "… Sở Y tế tỉnh Đắk Nông Trong
                # thời gian …", "… Sở Y tế Sáng 16/5, …": a caption run into the next sentence (not
                # inside a name: "Tổng bí thư Nguyễn Phú Trong"; a time and its date, after anything)
                break
            if j > head_end and lower in _PART_OF and self.lowered[j + 1] in _PERIODS:
                break  # "… làm Chánh văn phòng UBND TP Cần Thơ đầu tháng 3/2021": when, not the body's
            if self.lowered[j - 1] in ("đạo", "huy") and self.lowered[j - 2] == "chỉ":
                end = self._steering_name_end(j)
                if end:
                    j = end
                    if self._fields_fought_before(j):
                        break  # (its name ends with the fields it fights: "… tiêu cực họp phiên thứ 25")
                    continue
            # "Phó Thủ tướng Vũ Đức Đam giới thiệu …", "Phó thủ tướng Nga Alexander Novak
            # tuyên bố …": a name ends the role before any lower-case word goes on with it.
            if apposition and lower in _ENGLISH_JOINERS and word == lower and j > head_end and _is_capitalised(previous) \
                    and j + 1 < len(self.words) and _is_capitalised(self.words[j + 1]):
                j += 1  # "Carnegie Endowment for International Peace": a body named in English
                continue
            if lower in _NAME_PARTICLES and self._particle_in_name(j):
                j += 1  # "Ursula von der Leyen": a foreign name goes on
                continue
            if word.islower() and j > head_end and _is_capitalised(previous) and (previous.lower(), lower) not in _TITLE_CASE_BODY_PAIRS \
                    and self._tail_name_start(i, head_end, j) is not None:
                break  # (not "Đoàn Đại biểu quốc hội", "Đoàn Kinh tế": a body's words in title case)
            if word in _DASHES and j > head_end and not apposition and _is_capitalised(previous) \
                    and (named := self._tail_name_start(i, head_end, j, foreign=False)) is not None \
                    and not any(w in _NAMESAKE_BODY_WORDS for w in self.lowered[head_end:named]):
                # "Đại biểu Nguyễn Thị Quyết Tâm - Đoàn ĐBQH TP.HCM": the name, then where she is from
                # (not "Giám đốc Bệnh viện Nguyễn Đình Chiểu - Bến Tre": a body named after a person)
                break
            # "Trung tướng Mai Hoàng (Giám đốc Công an TPHCM)", "đại biểu Trần Văn Lâm (Bắc
            # Giang)": his post or place in parentheses after the name, not the role's own.
            # (Not "Hiệu trưởng Trường THPT Phan Bội Châu (TP Vinh) …": a school named after
            # a person; only a post inside, or a name right after the role's own words.)
            if word == "(" and j > head_end and _is_capitalised(previous):
                named_at = self._tail_name_start(i, head_end, j)
                if named_at is not None and (
                    named_at == head_end or self._role_head_at(j + 1) or _is_capitalised(self.words[named_at - 1])
                    or self._field_before_name(i, head_end, named_at)
                    or self._spelt_in_latin_at(j, j - named_at)
                    or (place_end := self._place_end(j + 1)) and self.words[place_end:place_end + 1] == [")"]
                    and self.words[named_at] in vocabulary.family_names and ("biểu" in self.lowered[i:head_end] or "đbqh" in self.lowered[i:head_end])
                    and not _is_acronym(self.words[named_at - 1]) and self.lowered[named_at - 2:named_at] not in _SCHOOL_LEVEL_WORDS
                ):  # right after the role's words, a post inside, split from a place before it, or spelt again in
                    break  # Latin letters ("Trưởng đoàn đàm phán thương mại Lý Thành Cương (Li Chenggang)"), or his province ("Đại biểu Quốc hội Trương Xuân Cừ (Hà Nội)")
            qualifier = next((len(q) for q in qualifiers[lower] if self._matches(j, q)), 0) if lower in qualifiers else 0
            if not qualifier and j == head_end and self.lowered[j:j + 2] == ("chủ", "nhiệm") and self.lowered[i:head_end] in _TEACHER_HEADS:
                qualifier = 2  # "giáo viên chủ nhiệm": the teacher a class has (not "Trưởng khoa chủ nhiệm đề tài")
            if qualifier and self.lowered[j:j + qualifier] in _QUALIFIERS_BEFORE_A_NAME and not (
                _is_capitalised(self.words[j + qualifier] if j + qualifier < len(self.words) else "")
                or self.words[j + qualifier:j + qualifier + 1] in ([","], ["của"])
                or self.lowered[j:j + qualifier] in _SAID_OF_THE_HOLDER and self.lowered[j + qualifier] in ("là", "trong", "-", "–")
            ):
                qualifier = 0  # "… được chỉ định phụ trách …", "… đắc cử với số phiếu …", "… đầu tiên phát biểu": what he did, no post
            closed = (self._parenthesis_end(j) or apposition and self._party_end(j)) if word == "(" else 0
            if closed:
                j = closed
            elif word == "," and j > head_end and self._enumerated_in_body(j):
                j += 1  # "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Sơn La": one body
            elif word == "," and j > head_end and self._terms_listed_at(j):
                j += 1  # "Ủy viên Trung ương Đảng các khoá IX, X, XI": the terms, one by one
            elif word == "," and j > head_end and self.lowered[j - 2:j] == ("học", "sinh") and self.lowered[j + 1:j + 3] == ("sinh", "viên"):
                j += 3  # "Trưởng phòng Công tác học sinh, sinh viên": the office's one field, a comma inside
            elif qualifier:
                j += qualifier
            elif lower == "dự" and self.lowered[j + 1] == "án" and self.lowered[j - 3:j] == ("ban", "quản", "lý"):
                # "Ban quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi": a
                # project board is named by its works, in lower case, "các" and all.
                j = self._lower_case_words_end(j + 2, _PROJECT_WORDS, passing=("các",))
            elif word == "phòng\u2063" and j > head_end:
                # "Cục Cảnh sát phòng, chống tội phạm về môi trường": what the body fights, in
                # lower case, up to the next mark.
                # (and "… thiên tai và tìm kiếm cứu nạn", two fields; not "… cho biết đã bắt giữ")
                j = self._lower_case_words_end(j + 1, _FIELD_WORDS, passing=("về",), joined=True)
            elif j > head_end and (lower == "cháy\u2063" and previous.lower() == "phòng"
                                   or lower == "phòng" and self.lowered[j + 1] == "cháy\u2063"):
                # "Cục Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ": the fire police's whole field
                j += 1 if lower != "phòng" else 2
                for phrase in (("chữa", "cháy"), ("và", "cứu", "nạn\u2063", "cứu", "hộ")):
                    if self.lowered[j:j + len(phrase)] != phrase:
                        break
                    j += len(phrase)
            elif j > head_end and self.words[j - 1] == "TNHH" and self.lowered[j:j + 3] == ("một", "thành", "viên"):
                j += 3  # "Công ty TNHH một thành viên Dịch vụ vận tải …": a single-member firm's kind, written out
            elif j >= head_end and lower in _DEPARTMENT_FIRST_WORDS \
                    and self.lowered[j:j + 2] in (_DEPARTMENT_WORDS.get(self.lowered[j - 2:j]), _DEPARTMENT_WORDS.get(self.lowered[j - 1:j])) \
                    and not (self.words[j + 2:j + 3] == [","] and self.words[j + 3:j + 4] and self.words[j + 3].islower()):
                # "Phó Trưởng phòng Tổ chức cán bộ", "Phòng … Quản lý chất lượng giáo dục" (not "… Tỉnh ủy cán bộ lão
                # thành …", "… Tỉnh ủy giáo dục chính trị …"; nor the organisers of "cán bộ, giáo viên và học sinh")
                j += 2
            elif self.lowered[j - 2:j] == ("chi", "đoàn") and _CLASS_CODE.fullmatch(word) and not word.isdigit():
                j += 1  # "Bí thư chi đoàn 12A12": the Youth Union's branch of a class, by the class
            elif lower == "lớp" and _CLASS_CODE.fullmatch(self.words[j + 1] if j + 1 < len(self.words) else "") \
                    and any(pair in _CLASS_TEACHERS for pair in zip(self.lowered[i:j], self.lowered[i + 1:j])):
                # "giáo viên chủ nhiệm lớp 12A2", "… lớp 12 Lý 1", "… lớp 4/1", "… Lớp 7.2": the class a teacher has (not a pupil's)
                j += 2
                if self.words[j:j + 1] in (["/"], ["."]) and self.words[j + 1:j + 2] and self.words[j + 1].isdigit() \
                        and self.span(j - 1)[1] == self.span(j)[0]:
                    j += 2
                if _is_capitalised(self.words[j] if j < len(self.words) else "") and self.words[j + 1:j + 2] and self.words[j + 1].isdigit():
                    j += 2
            elif (capitalised := _is_capitalised(word)) and j >= head_end and (inner := self._role_head_at(j)) >= 2 and self.words[j + inner - 1].islower():
                j += inner  # "Đặc phái viên Tổng thống Nga", "Cố vấn Bộ trưởng": the post of whom it serves
            elif capitalised or _is_acronym(word) or _is_brand(word) or "\u2063" in word or "\u2064" in word \
                    or word[-1:].isdigit() and _NUMBERED_ACRONYM.fullmatch(word):
                j += 1  # (and "Trưởng ban tổ chức ABG5", "COP30": an event's letters and number)
                if word[-1:].isdigit() and _UNIT_CODE.fullmatch(word) and j < len(self.words) and self.words[j].islower():
                    break  # "cựu Cục trưởng C50 đau xót tự thừa nhận": what he did after the department's code
            elif word == "-" and j > head_end and self.words[j + 1:j + 2] and self.words[j + 1].isdigit() \
                    and (_is_capitalised(previous) or _is_acronym(previous)) \
                    and self.span(j - 1)[1] == self.span(j)[0] and self.span(j)[1] == self.span(j + 1)[0]:
                # "Ban Chỉ đạo phòng, chống dịch Covid-19": a disease's (or a model's) name and
                # number; after a ship's word, its number and then its name ("tàu HQ-011 Đinh
                # Tiên Hoàng"), all of it the role's
                j += 2
                if self.lowered[j - 4] in _SHIPS:
                    while j < len(self.words) and _is_capitalised(self.words[j]) and j - head_end < _DASHED_ROLE_WORDS \
                            and not self._rank_at(j):
                        j += 1
                    if self._rank_at(j):
                        break  # "Chỉ huy trưởng tàu HQ-571 Trung tá Nguyễn Văn Hùng": his rank, then his name
            elif apposition and lower == "của" and j == head_end and self.lowered[i:head_end] in _AIDES \
                    and (served_end := self._served_post_end(j + 1)):
                j = served_end  # "A, Đặc phái viên của Tổng thống Nga về …": whose envoy, one post
            elif apposition and j == head_end and self.lowered[i:head_end] == ("phụ", "trách") and (charge_end := self._charge_end(j)):
                j = charge_end  # "Bà A, phụ trách tuyển dụng công ty xuất khẩu lao động Traco ở TP HCM, cho biết": what she has in hand
                break
            elif apposition and lower == "của" and j >= head_end and self.words[j + 1:j + 2] and self.words[j + 1].islower() \
                    and (whose_end := self._whose_body_end(j + 1)):
                j = whose_end  # "A, người phát ngôn của lực lượng không quân Ukraine, giải thích": whose spokesman
                break  # (what follows is the sentence's)
            elif lower == "chỉ" and previous.lower() == "ban" and (committee_end := self._committee_end(j, apposition)):
                j = committee_end
                if self._fields_fought_before(j):
                    break  # (as above: "Trưởng ban chỉ đạo Trung ương về phòng, chống …, tiêu cực họp …")
            elif lower == "về" and j > head_end and self.lowered[j - 2:j] in _NATIONAL_COMMITTEE_LEVELS \
                    and any(pair in _NATIONAL_COMMITTEES for pair in itertools.pairwise(self.lowered[max(0, j - 5):j - 1])):
                # "Ủy ban quốc gia về chuyển đổi số", "Hội đồng quốc gia về giáo dục và phát triển nhân lực":
                # a national committee named by its field, in lower case, up to a mark or a verb
                j = self._lower_case_words_end(j + 1, _FIELD_WORDS, passing=("về", "phát"), joined=True)
            elif lower == "về" and (self.lowered[head_end - 2:head_end] in _ENVOYS or self._high_representative(head_end, j)) \
                    and self.lowered[j + 1] not in _GOING_TO \
                    and (self._capitalised_within(j + 1, 3) or apposition and not self._names_someone_further(j) and (
                         self.lowered[head_end - 2:head_end] == ("phái", "viên")
                         or self.lowered[head_end - 2:head_end] in (("chuyên", "gia"), ("cố", "vấn")) and j == head_end and self.words[i - 1] in _DASHES)):
                # (not "chuyên gia về quê ăn Tết": going home; in apposition an envoy's field in
                # lower case too, and an expert's or adviser's set off by a dash: "bà A – Chuyên gia về dinh
                # dưỡng, …", "Bà Sarah Braeyer - Cố vấn về phát triển năng lực; …")
                j += 1  # "Đặc phái viên Mỹ về Trung Đông Steve Witkoff", "chuyên gia về đối ngoại A": what for
            elif lower == "về" and j == head_end and self.lowered[head_end - 2:head_end] in _MINISTERS_FOR and self.lowered[j + 1] not in _GOING_TO \
                    and _is_capitalised(self.words[j + 1] if j + 1 < len(self.words) else "") and not self._place_end(j + 1) \
                    and not self._name_at(j + 1, vouched=False):
                j += 1  # "đồng Bộ trưởng về Ngoại giao và Thương mại Australia": what for (not "Bộ trưởng về Hà Nội", where he went)
            elif lower == "về" and j > head_end and self._committee_before(head_end, j) and _is_capitalised(self.words[j + 1].rstrip("\u2063") if j + 1 < len(self.words) else "") \
                    and not self._place_end(j + 1) and not self._name_at(j + 1, vouched=False) and not self._role_head_at(j + 1):
                j += 1  # "… Ủy ban Phối hợp liên Chính phủ về Trung tâm Nhiệt đới Việt-Nga": what the committee is for
            elif lower in ("báo", "đài") and word == lower and j + 1 < len(self.words) and self.lowered[j - 1] not in _BEFORE_A_NEWS_VERB \
                    and self._outlet_named_at(j + 1 + (online := 2 * (self.lowered[j + 1:j + 3] == ("điện", "tử"))), as_spelt=bool(online)):
                j += 1 + online  # "Tổng biên tập báo Nhân Dân Lê Quốc Minh", "… báo điện tử Giáo dục Việt Nam": the paper, named
                # (not "báo Công an xã": to report to)
            elif lower == "người" and word == lower and not apposition and j + 2 < len(self.words) \
                    and (_is_capitalised(self.words[j + 1]) or _is_acronym(self.words[j + 1]) and self.words[j + 1] in self.vocabulary.places) \
                    and _is_capitalised(self.words[j + 2]) and not self._role_head_at(j + 1):
                j += 1  # "Nhà nghiên cứu người Anh Steve Wright", "trọng tài người UAE …": a foreigner's nationality, then his name
            elif lower == "và" and word == lower and j > head_end and (fields := self._body_fields_after_and(j, head_end)):
                j += fields  # "Sở Nông nghiệp và phát triển nông thôn": a body's fields, written in sentence case
            elif (lower, self.lowered[j + 1]) in _SAID_ALSO_NOUNS and j > head_end and (_is_capitalised(previous) or _is_acronym(previous)):
                break  # "… Việt Nam – Hàn Quốc phân tích thêm": his words after the body's name
            elif (lower, self.lowered[j + 1]) in _VERBS_OF_BODY_WORDS and not (lower == "trực" and self.lowered[j - 1] in ("tư", "hàng")) \
                    or j == head_end and (lower, self.lowered[j + 1]) == ("giúp", "việc"):
                # ("… thành phố trực tiếp chỉ đạo": a verb after a body's name; not "Quỹ đầu tư trực tiếp Nga")
                # "… Đại học Thái Nguyên biểu dương …": "biểu" of a verb, not of "Đại biểu"; "ba Thứ
                # trưởng giúp việc": the post's work, not a body's "trợ giúp"
                break
            elif lower in admin and (lower != "đảo" or _is_capitalised(self.words[j + 1] if j + 1 < len(self.words) else "")) \
                    or lower in organisation and (j == head_end or _is_capitalised(previous) or _is_acronym(previous)) \
                    or lower in ("ủy", "uỷ") and (self.lowered[j - 1] in admin or self.lowered[j - 1] == "đảng") \
                    and self.lowered[j + 1] not in _UY_VERB_ENDS \
                    or (self.lowered[j - 1], lower) in pairs \
                    or (lower, self.lowered[j + 1]) in pairs and lower not in vocabulary.role_enders:
                j += 1  # (a pair's first word, too: "Hội đồng Bầu cử quốc gia")
            elif word in _DASHES and j == head_end and j + 1 < len(self.words) \
                    and _is_capitalised(self.words[j + 1]) and (second_head := self._role_head_at(j + 1)) \
                    and not self._trigger_at(j + 1):
                j += 1 + second_head  # "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ": two posts, one body
            elif lower == "kiêm" and (second_head := self._role_head_at(j + 1)):
                # "Phó Sư đoàn trưởng kiêm Tham mưu trưởng Sư đoàn 10", "phó chủ tịch kiêm
                # tổng thư ký Liên hiệp hội": two posts, one role.
                j += 1 + second_head
            elif word == "." and self.lowered[j + 1] in _DOMAINS and _is_capitalised(previous):
                j += 2  # "tại Capital.com": a firm named by its address
            elif word == "." and (self._abbreviated_unit_at(j) or previous in _ABBREVIATED_SAINTS
                                  and _is_capitalised(self.words[j + 1] if j + 1 < len(self.words) else "")):
                j += 1  # "UBND TP. Huế", "Công an Q. 1", "Đại học Washington ở St. Louis"
            elif _NUMBERED_UNIT_LETTER.fullmatch(word):
                j += 1  # "UBND P.5", "Q.8": a ward or a district by its letter and number
            elif word.isdigit() and (previous.lower() in _NUMBERED or previous.lower() == "trưởng" and self.lowered[j - 2] in ("đoàn", "đội")
                                     or self._names_by_number(j)
                                     or self._numbered_place(j)
                                     or apposition and (self.words[j + 1:j + 2] in ([","], [";"], [")"]) or self._speech_at(j + 1)
                                                        or tuple(self.lowered[j + 1:j + 3]) in _VERBS_OF_BODY_WORDS)
                                     and any(map(_is_capitalised, self.words[head_end:j]))):
                # "Đội 11", "quận 7", "Trung đoàn trưởng 885", "thôn Cổ Phúc 2"; set off after a
                # name and closed by a mark or his words, a unit's or an event's number ("…, Trung
                # đội trưởng Công binh 3, …", "…, Phó Trưởng Ban tổ chức Festival Huế 2022 cho biết"),
                # which ends the post (not "… Đề án Trung ương 7, khóa 12 và Đại tướng A": another's;
                # and before what he did that a body's word could open: "… Vùng CSB 2 biểu dương")
                j += 1
                if not (previous.lower() in _NUMBERED or previous.lower() == "trưởng" or self._names_by_number(j - 1) or self._numbered_place(j - 1)):
                    break
            elif (lower, self.lowered[j + 1]) in _TERMS and self.words[j + 2:j + 3] and self.words[j + 2].isdigit():
                j = self._term_end(j)  # (and a school year's class: "giáo viên chủ nhiệm lớp 9A4 niên khóa 2018 – 2022")
            elif lower == "của" and (self.lowered[j + 1] in _PUPILS or self.words[j + 1:j + 2] and self.words[j + 1] in self.vocabulary.family_names
                                      and self._name_at(j + 1, vouched=False) >= 2 and not self._place_end(j + 1)):
                break  # "giáo viên chủ nhiệm của Hoàng Cường", "… của em Nguyễn Văn Minh": whose teacher, a pupil named
            elif (
                word in _CONNECTORS and j + 1 < len(self.words)
                and (_is_capitalised(self.words[j + 1]) or word in _DASHES and _is_acronym(previous) and _is_acronym(self.words[j + 1])
                     or word in ("của", "tại", "thuộc") and _is_acronym(self.words[j + 1]))
                and (not self._role_head_at(j + 1) or self.words[j + 1] == "Cán" and self.lowered[j + 2:j + 3] == ("bộ",)
                     and lower == "và" and any(w in ("Cục", "Vụ") for w in self.words[head_end:j]))  # (a ministry's department)
                and not self._photo_credit_at(j)
                and not self._academic_title_after_and(j)
                and not (word in _DASHES and self._phrase_at(j + 1, _CAPTIONS_ACTS_BY_FIRST))
            ):  # "Sở Văn hóa và Thể thao", "Hội VH - NT tỉnh", "Cục Nhà giáo và Cán bộ quản lý giáo dục"
                # (not a caption's act after a dash, capitalised: "… Trường ĐHKHTN - Phát biểu tại buổi lễ")
                j += 1
            elif word in _DASHES and j > head_end + 1 and previous.isalpha() and self.lowered[j - 1] in organisation \
                    and self.words[j + 1:j + 3] and all(w.isalpha() and w.islower() for w in self.words[j + 1:j + 3]) \
                    and not any(w in vocabulary.role_enders for w in self.lowered[j + 1:j + 3]) \
                    and not self._role_head_at(j + 1) and not self._speech_at(j + 1) \
                    and (self.lowered[j + 1] in organisation or (self.lowered[j + 1], self.lowered[j + 2]) in pairs):
                j += 1  # "Sở Thông tin - truyền thông", "Phòng Tổ chức - hành chính": two fields of one body, joined
            elif word in _QUOTES_OPENING and j > head_end and (closed := self._quoted_name_end(j)) \
                    and self._tail_name_start(i, head_end, j) is None:  # (not after his name: "Tổng thống Vladimir Putin “tiếp tục …”")
                j = closed  # "Đạo diễn phim "Em chưa 18" Lê Thanh Sơn", "Phó Chủ nhiệm CLB “Vì Hoàng Sa - Trường Sa thân yêu”": a work's or a body's name
            else:
                if apposition and _is_capitalised(previous) and self._place_run_before(j, head_end) \
                        and not (lower == "số" and self.words[j + 1:j + 2] and self.words[j + 1].isdigit()):
                    break  # "…, Chủ tịch UBND xã Tả Văn Chư phấn khởi cho biết": after the place, what he does
                bridge = self._bridge(j, apposition, head_end)
                if not bridge:
                    break
                j += bridge
        while j > i and (self.lowered[j - 1] in _CONNECTORS or self.lowered[j - 1] == "các"):
            j -= 1  # (nor "các", a plural that a pair let in: "Phó Trưởng phòng Quản lý các khoản thu …" cut short)
        return j

    def _field_before_name(self, role_start: int, head_end: int, named_at: int) -> bool:
        """One to three lower-case words of a field between a post and a Vietnamese full name
        ("Chuyên gia tâm lý Trương Hương Thảo (ĐH Quốc gia TP HCM)", "HLV trẻ Vũ Hồng Việt (QN)"),
        none a unit's, a place's or a premises' word (not "Chủ tịch xã Nguyễn Văn Trỗi (huyện …)",
        a commune named after a man; nor "tiểu thương ở chợ Đồng Xuân (Hà Nội)", a market), and
        not after an owner's post, whose next words name what he owns."""
        between = self.lowered[head_end:named_at]
        if self.lowered[role_start] == "chủ" or not 1 <= len(between) <= _FIELD_WORDS_BEFORE_NAME \
                or between[0] in self.vocabulary.organisation_words or any(w != self.words[k] or not w.isalpha() for k, w in enumerate(between, head_end)):
            return False
        return not any(w in _NOT_A_FIELD or w in self.vocabulary.admin_units for w in between) \
            and self.words[named_at] in self.vocabulary.family_names and self._name_at(named_at, vouched=False) >= 2

    def _high_representative(self, head_end: int, j: int) -> bool:
        """'Đại diện Cấp cao về Chính sách …': a high representative, whose field follows as an
        envoy's does (not 'đại diện Bộ Y tế về Bệnh viện …', where one went)."""
        return self.lowered[head_end - 2:head_end] == ("đại", "diện") and self.lowered[head_end:j] == ("cấp", "cao")

    def _committee_before(self, head_end: int, j: int) -> bool:
        """A body named for a field among the role's words (from the head's last word) to j: a
        committee or a council ("Ủy ban", "Hội đồng", "Ban Chỉ đạo"), a department or a centre
        ("Cục Giám sát quản lý về Hải quan", "Trung tâm Điều phối quốc gia về …")."""
        words = self.lowered[head_end - 1:j]
        pairs = set(zip(words, words[1:]))
        return (not _COMMITTEES.isdisjoint(pairs) or "cục" in words or ("trung", "tâm") in pairs
                or ("chỉ", "đạo") in pairs and "ban" in words) and "ubnd" not in words \
            and not any(quad in _PEOPLES_COMMITTEE for quad in zip(words, words[1:], words[2:], words[3:]))

    def _spelt_in_latin_at(self, bracket: int, words: int) -> bool:
        """'(Li Chenggang)' after 'Lý Thành Cương': the name again, as its own language
        spells it, in two words or more but no more than the name's, one at least no
        Vietnamese syllable."""
        closed = self._parenthesis_end(bracket)
        inside = self.words[bracket + 1:closed - 1] if closed else []
        # (two words at least: "Hồng Hải (Foxconn)" is a firm, its brand in brackets)
        return 2 <= len(inside) <= words and all(map(_is_capitalised, inside)) and not all(map(is_vietnamese_syllable, inside))

    def _enumerated_in_body(self, comma: int) -> bool:
        """A comma inside a body's name that lists its fields: a capitalised field, then
        "và" and the last one ("Đầu tư, Thương mại và Du lịch"); not a post or a name."""
        k = comma + 1
        if not (_is_capitalised(self.words[comma - 1]) or _is_capitalised(self.words[comma - 2])) \
                or k >= len(self.words) or not _is_capitalised(self.words[k]) or self._role_head_at(k) or self._name_at(k, vouched=False) \
                or self.words[k] in _place_first_words(self.vocabulary) and (self._place_end(k) or _is_capitalised((self.words[k + 1:k + 2] or [""])[0])):
            return False  # (a place, not a field: "…, Hà Nội và …"; but "Quốc phòng, An ninh và Đối ngoại")
        for listed in range(_FIELDS_LISTED_IN_A_BODY):
            field = k
            k += 1
            while k < len(self.words) and k - field <= 2 and self.words[k].isalpha() and self.words[k].islower() \
                    and self.lowered[k] not in self.vocabulary.role_enders and (not listed or is_vietnamese_syllable(self.words[k])):
                k += 1  # "Thương mại", "Thanh thiếu niên"
            if self.words[k:k + 1] != [","] or k + 1 >= len(self.words) or not _is_capitalised(self.words[k + 1]) \
                    or not is_vietnamese_syllable(self.words[k + 1]) or self._role_head_at(k + 1) or self._name_at(k + 1, vouched=False):
                break
            k += 1  # (and more fields: "Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng", "Rượu, Thuốc lá, Vũ khí và Chất nổ")
        return self.lowered[k] == "và" and k + 1 < len(self.words) and _is_capitalised(self.words[k + 1]) and not self._role_head_at(k + 1)

    def _award_at(self, k: int) -> bool:
        """'Huân chương', 'Bằng khen' written at k, after a word of giving in the sentence
        ("trao tặng ông A Huân chương Lao động"; not "Nguyễn Văn Bằng khen ngợi …")."""
        return self.lowered[k] in _AWARD_FIRST_WORDS and self.words[k][:1].isupper() and any(self._matches(k, award) for award in _AWARDS) \
            and any(word in _GIVING for word in self.lowered[max(0, k - 12):k])

    def _is_initial(self, k: int) -> bool:
        """An initial of a foreign name (its dot made a thin space), never its last word; or a
        capital alone between a foreign given name and the next capitalised word, the dot left
        out ("Robert F Godec", "George W Bush"; not "Phường B Sài Gòn": a Vietnamese word before)."""
        if k + 1 >= len(self.words):
            return False
        if self.span(k)[1] < len(self.source) and self.source[self.span(k)[1]] == "\u2009":
            return True
        word = self.words[k]
        return len(word) == 1 and "A" <= word <= "Z" and k > 0 and _is_capitalised(self.words[k - 1]) \
            and not is_vietnamese_syllable(self.words[k - 1]) and _is_capitalised(self.words[k + 1]) \
            and not is_vietnamese_syllable(self.words[k + 1])

    def _names_by_number(self, j: int) -> bool:
        """The number at j names the word before it ("dự án 85", "khu vực 3"), nothing
        counted after it ("vụ án 3 bị cáo")."""
        after = self.words[j + 1] if j + 1 < len(self.words) else ""
        return self.lowered[j - 1] in _NAMED_BY_NUMBER and after.lower() not in _COUNTED

    def _numbered_place(self, j: int) -> bool:
        """The number at j ends a place's name after its unit: 'thôn Cổ Phúc 2', 'khu phố
        Tân Lập 3'."""
        k = j - 1
        while k >= 0 and j - k <= 3 and _is_capitalised(self.words[k]):
            k -= 1
        after = self.lowered[j + 1] if j + 1 < len(self.words) else ""
        # (and a school's: "trường tiểu học Tân Lập 1", "Trường THCS Lê Lợi 2")
        school = k >= 1 and self.lowered[k - 1:k + 1] in _SCHOOL_LEVEL_WORDS or self.lowered[k] in ("thcs", "thpt", "th")
        return k < j - 1 and k >= 0 and (self.lowered[k] in _NUMBERED or school) and after not in _COUNTED and after != "nhiệm"

    def _post_in_parentheses_end(self, j: int) -> int:
        """Past a post of three words or more in parentheses ("(Tổng Tham mưu trưởng Quân đội
        Nhân dân Việt Nam)"), or 0; not "(Thường trực)", "(chuyên môn)"."""
        k = j + 1
        while k < len(self.words) and self.words[k] not in (")", "(") and k - j <= _DASHED_ROLE_WORDS:
            k += 1
        opens = j + 1 + (self.lowered[j + 1] in ("nguyên", "cựu"))  # ("(nguyên Viện trưởng Viện Chiến lược, …)": a post he held)
        if k >= len(self.words) or self.words[k] != ")" or k - j - 1 < 3 or not self._role_head_at(opens) \
                or not _is_capitalised(self.words[opens]):
            return 0
        return k + 1

    def _parenthesis_end(self, j: int) -> int:
        """Past a body or place in parentheses that a role ends with ("Vụ trưởng Vụ Chính
        quyền địa phương (Bộ Nội vụ)", "… TP.HCM (HoREA)"), or 0."""
        if self.words[j:j + 1] != ["("]:
            return 0
        k = j + 1
        while k < len(self.words) and self.words[k] != ")" and k - j <= 10:
            k += 1
        inside = self.words[j + 1:k]
        if k >= len(self.words) or self.words[k] != ")" or not inside:
            return 0
        if [w.lower() for w in inside] in (["cũ"], ["mới"]):
            return k + 1  # "Chủ tịch UBND xã Dân Hóa (cũ)": a unit before the merger of 2025
        if [w.lower() for w in inside[:2]] in (["nay", "là"], ["nay", "thuộc"]):
            return k + 1  # "Nguyên Thứ trưởng Bộ Bưu chính viễn thông (nay là Bộ TT-TT) Mai Liêm Trực": its name since
        if not inside[0][:1].isupper() and inside[0] not in self.vocabulary.admin_units \
                and not (inside[0] == "bang" and _is_capitalised(inside[1] if len(inside) > 1 else "")
                         and _is_capitalised(self.words[k + 1] if k + 1 < len(self.words) else "")):
            # (but a foreign state, the holder's name next: "Thị trưởng thành phố San Francisco
            # (bang California) Daniel Lurie"; not "Thượng nghị sĩ Mark Kelly (bang Arizona) chỉ trích")
            return 0
        if inside[0] in self.vocabulary.admin_units and "," in inside and self._places_listed(inside):
            return k + 1  # "Hiệu trưởng Trường THPT Kẻ Sặt (xã Kẻ Sặt, thành phố Hải Phòng)": where it is
        if _POLICE_UNIT_CODE.fullmatch(inside[0]) and inside[1:2] == [","] and _is_capitalised(inside[2] if len(inside) > 2 else ""):
            return k + 1  # "Trưởng phòng CSĐT tội phạm về trật tự xã hội (PC45, Công an TP Cần Thơ)": the unit's code, then its force
        numbered = any(w.isdigit() and (k == 0 or inside[k - 1].lower() not in _NUMBERED) for k, w in enumerate(inside))
        if numbered or any(w in (",", ";", "(") for w in inside) or self._trigger_at(j + 1) or self._name_at(j + 1, vouched=False):
            return 0
        return k + 1

    def _field_then_name(self, i: int) -> int:
        """After a profession, one to three lower-case words of its field, then a person's
        name (a family name first, or a foreign name): where the name starts, or 0."""
        k = i
        while k < len(self.words) and k - i < _FIELD_WORDS_BEFORE_NAME and self.words[k].isalpha() and self.words[k].islower() \
                and (self.lowered[k] in _PROFESSION_FIELDS or self.lowered[k] in _PRAISE) and not (self.lowered[k] in ("tên", "có") and self._called_at(k)):
            k += 1
        if k > i and self.words[k:k + 1] == ["người"] and k + 1 < len(self.words) and self.words[k + 1] in _place_first_words(self.vocabulary):
            return k  # "diễn viên điện ảnh nổi tiếng người Úc Russell Crowe": the people, then the name (read by the caller)
        if k == i or k >= len(self.words) or not _is_capitalised(self.words[k]):
            return 0
        last = self.lowered[k - 1]
        if (last in self.vocabulary.admin_units and self.lowered[k - 2:k] != ("lão", "thành")) or last in _PLACE_UNITS or last == "làng" \
                or self.lowered[i] in ("hóa", "hoá"):
            return 0  # "nghệ nhân gốm làng Bồ Bát": a village's name; "nhà văn hóa thôn …": a village hall
        vietnamese = self.words[k] in self.vocabulary.family_names and self._name_at(k, vouched=False) >= 2
        run = list(itertools.takewhile(_is_capitalised, self.words[k:k + 4]))
        # (or an artist's stage name of two syllables: "nghệ sĩ cải lương Diệu Hiền"; not a place, "… văn hóa
        # Tây Nguyên", "nghệ sĩ nổi tiếng Âu Mỹ"; nor a ward after a doctor, "bác sĩ khoa Ngoại Nhi")
        calling = " ".join(self.lowered[max(0, i - _LONGEST_CALLING_WORDS):i])
        vietnamese = vietnamese or len(run) == 2 and all(map(is_vietnamese_syllable, run)) \
            and calling.endswith(_LISTED_CALLINGS) and last not in ("khoa", "phòng", "viện") \
            and not any(" ".join(self.words[k:k + n]) in self.vocabulary.places for n in (1, 2)) \
            and self.words[k] not in self.vocabulary.not_name_starts
        foreign = 2 <= len(run) <= 3 and not all(map(is_vietnamese_syllable, run)) and not any(w in self.vocabulary.places for w in run)
        return k if vietnamese or foreign else 0

    def _outlet_named_at(self, k: int, as_spelt: bool = False) -> bool:
        """A known outlet's name of one to four words at k, each capitalised ("Nhân Dân", "Tuổi
        Trẻ"); as_spelt (after "báo điện tử", which names a paper), as the paper spells it, its
        first word capitalised ("Dân trí", "Giáo dục Việt Nam"; elsewhere "báo Thanh niên tình
        nguyện" is to report to the young volunteers)."""
        return k < len(self.words) and _is_capitalised(self.words[k]) \
            and any(is_outlet_name(" ".join(self.words[k:k + n])) for n in (4, 3, 2, 1) if k + n <= len(self.words)
                    and (as_spelt or all(map(_is_capitalised, self.words[k:k + n]))))

    def _capitalised_within(self, k: int, words: int) -> bool:
        """A capitalised word at k or after up to `words` lower-case ones ("đối ngoại Nirmal")."""
        end = min(len(self.words), k + words + 1)
        while k < end and self.words[k].isalpha() and self.words[k].islower():
            k += 1
        return k < end and (_is_capitalised(self.words[k]) or _is_acronym(self.words[k]))

    def _terms_listed_at(self, j: int) -> bool:
        """A comma between two terms' numerals after "khóa": "các khoá IX, X, XI"."""
        following = self.words[j + 1] if j + 1 < len(self.words) else ""
        numerals = [w for w in (self.words[j - 1], following) if w.isupper() and _REGNAL_NUMBER.fullmatch(w)]
        if len(numerals) < 2:
            return False
        k = j - 1
        while k > 0 and (self.words[k] == "," or self.words[k].isupper() and _REGNAL_NUMBER.fullmatch(self.words[k])):
            k -= 1
        return self.lowered[k] in ("khóa", "khoá")

    def _rank_ending_a_name(self, i: int, k: int) -> int:
        """Length of a rank at k that is the last words of a name begun at i, each capitalised
        ("ông Hoàng Trung Sĩ, Trưởng Công an xã": his given names, not a sergeant), or 0."""
        length = self._rank_length(k) if k > i else 0
        end = k + length
        if not length or not all(_is_capitalised(word) for word in self.words[k:end]) \
                or end < len(self.words) and _is_capitalised(self.words[end]):
            return 0
        return length

    def _rank_at(self, k: int) -> bool:
        return any(self._matches(k, rank) for rank in self._ranks_opening_at(k))

    def _rank_length(self, k: int) -> int:
        return max((len(rank) for rank in self._ranks_opening_at(k) if self._matches(k, rank)), default=0)

    def _ranks_opening_at(self, k: int) -> tuple[tuple[str, ...], ...]:
        first = self.lowered[k:k + 1]  # (a slice, as _matches reads: past either end it is empty)
        return _ranks_by_first(self.vocabulary).get(first[0], ()) if first else ()

    def _opens_the_role(self, k: int) -> bool:
        """Nothing of a post stands before the calling at k: the start, a mark, or a lower-case
        word of the sentence ("của Hoa hậu …"), not "Á hậu 1", "Trưởng BTC", "thí sinh", "giám khảo"."""
        if k == 0 or self.words[k - 1] in _SENTENCE_OPENERS or self.words[k - 1] in (",", "(", "-", "–"):
            return True
        if self.lowered[k - 1] in self.vocabulary.role_prefixes or self.lowered[k - 1] == "đương":
            return self._opens_the_role(k - 1 - (self.lowered[k - 1] == "kim"))  # "Tân Hoa hậu …", "Cựu Hoa hậu …"
        before = self.words[k - 1]
        return before.islower() and before.isalpha() and not self._role_head_at(k - 1) \
            and self.lowered[k - 1] not in _CONTEST_ROLES_LAST_WORDS

    def _served_post_end(self, k: int) -> int:
        """After an aide's 'của': the post served and its country, where no name follows
        ('Tổng thống Nga về …'; not 'Tổng thống Mỹ Donald Trump', the president named), or 0."""
        served = self._role_head_at(k) if k < len(self.words) and _is_capitalised(self.words[k]) else 0
        if not served:
            return 0
        k += served
        for length in (3, 2, 1):
            if k + length <= len(self.words) and _normalised(" ".join(self.words[k:k + length])) in self.vocabulary.places:
                k += length
                break
        return 0 if k < len(self.words) and _is_capitalised(self.words[k]) else k

    def _whole_place(self, start: int, end: int) -> str:
        """The known place the words start..end name, where it does not go on into a longer
        one ("Nhật Bản", not its "Nhật", before "Tawada Yuki"), or ''."""
        places = self.vocabulary.places
        place = _normalised(self.text(start, end))
        whole = place in places and (end >= len(self.words) or _normalised(self.text(start, end + 1)) not in places)
        return place if whole else ""

    def _place_goes_on_into(self, run_start: int, n: int) -> bool:
        """A known place of the words before n goes on into the word at n ("Hạm đội Thái Bình
        Dương Nga": the Pacific, not the province Thái Bình and Mr Dương Nga)."""
        places = self.vocabulary.places
        # (a place itself that goes on into a longer place, and not after a province's or a
        # district's unit: "tỉnh Thái Bình Dương Văn Thành" is the province and Mr Dương Văn
        # Thành; "Ninh Bình Dương …" holds no "Ninh Bình Dương")
        return any(_normalised(" ".join(self.words[k:n])) in places and _normalised(" ".join(self.words[k:n + 1])) in places
                   and self.lowered[k - 1] not in self.vocabulary.admin_units
                   for k in range(max(run_start, n - 3), n))

    def _place_run_before(self, j: int, head_end: int) -> bool:
        """The capitalised words just before j follow a unit ("xã Tả Văn Chư"): a place's name."""
        k = j
        while k > head_end and _is_capitalised(self.words[k - 1]):
            k -= 1
        return k > head_end and self.words[k - 1] in _UNITS_BEFORE_A_PLACE

    def _bridge(self, j: int, apposition: bool, head_end: int) -> int:
        """Lower-case words no list holds inside a body's name ('Hội nhà báo Việt Nam',
        'Khu tự trị dân tộc Choang'): up to four, none a verb or preposition, then a
        capitalised word (or, in apposition, the role's closing punctuation); and a body's
        fields joined by "và" ('Viện Nghiên cứu chính sách và phát triển truyền thông')."""
        k = j
        pairs = self.vocabulary.word_pairs
        longest = _APPOSITION_BRIDGE if apposition else _BRIDGE
        # (and "và" right after the longest run, where a second field in title case may follow:
        # "Cục Kiểm tra văn bản pháp luật và Xử lý vi phạm hành chính")
        while k < len(self.words) and (k - j < longest or k - j == longest and self.lowered[k] == "và") \
                and self.words[k].islower() and self.words[k].isalpha():
            if apposition and self._served_name_end(k) and all(w in _SERVICE_QUALIFIERS or w in _AIDE_FIELDS for w in self.lowered[j:k]):
                # "ông A, cựu chiến lược gia của ông Trump, …", "trợ lý lâu năm của ông Donald Trump": whose aide
                # he is, part of the post (right after its words: not "Trưởng thôn Đông chiếm đất của ông Minh")
                k += 2
                break
            # "chuyên gia phân tích cấp cao tại Price Futures Group": in apposition, "tại" or
            # "của" before a capitalised name goes on with the role.
            joins = apposition and self.words[k] in _CONNECTORS and k + 1 < len(self.words) \
                and (_is_capitalised(self.words[k + 1]) or _is_acronym(self.words[k + 1]) or _is_brand(self.words[k + 1])) \
                and not self._academic_title_after_and(k)  # ("… của LICADHO", "tại JPMorgan")
            if apposition and (self._phrase_at(k, _SAID_BY_FIRST) or self._phrase_at(k, _SAID_HOW_BY_FIRST) or self._informs_at(k)
                               or self.lowered[k:k + 2] in _SAID_ALSO_NOUNS and self.words[k + 2:k + 3] in ([","], [":"])):
                # "ông A, chủ quán cà phê cho biết", "ông A, chủ tịch hãng X bình luận": the role
                # ends where he speaks, a word or two of its own before it (not "tài xế xe ôm ở đây");
                # and at a verb that is a noun too where what he said follows a mark ("… đánh giá, …").
                return k - j if k - j <= _BEFORE_SAID else 0
            if self.lowered[k:k + 2] in _VERBS_NO_BODY_HOLDS and self.lowered[k - 1] not in ("thư", "đơn"):
                return 0  # "…, Bí thư Tỉnh ủy Lâm Đồng kiến nghị …": what he asks for (not "Kiến trúc", a body's
                # field; nor the petitions an office handles: "Phòng Xử lý đơn thư kiến nghị")
            # "Phó Chủ tịch phụ trách vận động và chính sách của …": the fields one is in charge
            # of, joined by "và", go on with the role.
            in_charge = self.lowered[k] == "và" and ("phụ", "trách") in zip(self.lowered[max(0, k - 5):k], self.lowered[max(1, k - 4):k]) \
                and self.words[k + 1:k + 2] and self.words[k + 1].islower()
            if self.lowered[k] == "và" and k > j and (_is_capitalised(self.words[j - 1]) or j >= 2 and _is_capitalised(self.words[j - 2])) \
                    and k + 1 < len(self.words) \
                    and _is_capitalised(self.words[k + 1]) and not self._role_head_at(k + 1) and not self._name_at(k + 1, vouched=False):
                return k - j  # "Trung tâm Huấn luyện và Thi đấu TDTT": a body's two fields in title case
            if apposition and self.lowered[k] == "và" and k > j and (fields := self._body_fields_after_and(k, head_end)):
                return k - j + fields  # (set off by commas: not "… Bộ Công an điều động và bổ nhiệm Trung tướng A")
            stationed = self.lowered[k] == "đóng" and k + 1 < len(self.lowered) and self.lowered[k + 1] in ("tại", "quân", "chân")  # ("… khu vực 2 đóng tại Đà Nẵng"; not "Nhà máy đóng tàu")
            if apposition and (self.lowered[k], self.lowered[k + 1]) in _VERB_PAIRS and self.lowered[k - 1] not in _UNIT_WORDS_BEFORE_FIELD \
                    and not self._capitalised_within(k + 2, _FIELD_WORDS_BEFORE_NAME + 1):
                return 0  # a pair that is also a verb ("kiểm soát", "phẫu thuật") goes on only into a body's name
                # ("Trung tâm kiểm soát bệnh tật Hà Nội"; not "… Sở Y tế kiểm soát chặt chẽ việc kinh doanh thuốc.")
            if (self.lowered[k] in self.vocabulary.role_enders or stationed) and (self.lowered[k - 1], self.lowered[k]) not in pairs and not in_charge \
                    and (self.lowered[k], self.lowered[k + 1]) not in pairs and not self._of_a_body(k, apposition) and not joins \
                    and not (apposition and self.lowered[k] in _ARTICLES and self._closed_before_speech(k)) \
                    and not (apposition and self._fields_in_charge_at(k)):
                return 0
            k += 1
        if k == j or k >= len(self.words) and not apposition:
            return 0
        following = self.words[k] if k < len(self.words) else ""
        if (_is_capitalised(following) or _is_acronym(following) or _is_brand(following)) and not self._role_head_at(k):
            return k - j
        if following.isdigit() and (self.lowered[k - 1] in _NUMBERED or self._names_by_number(k)):
            return k - j  # "tổ trưởng tổ dân phố 3", "Trưởng ban điều hành khu phố 3"
        if following in _DASHES and self.words[k + 1:k + 2] and _is_capitalised(self.words[k + 1]) and not self._role_head_at(k + 1) \
                and self.words[k + 1] not in self.vocabulary.family_names and self.lowered[k + 1] not in _ADDRESSES_BEFORE_A_NAME \
                and not self._name_at(k + 1, vouched=False):
            return k - j  # "khoa Sân khấu - Điện ảnh - Viết văn": a body's fields joined by a dash (not a name after it, "– Bà …")
        if following == "(" and (closed := self._parenthesis_end(k)) and closed < len(self.words) and (
                _is_capitalised(self.words[closed])
                or self.words[closed] in _DASHES and self.words[closed + 1:closed + 2] and self.words[closed + 1] in self.vocabulary.family_names):
            # "Tổng Thư ký Liên hợp quốc (LHQ) António Guterres": its short name, then the name
            # (or a dash and the name: "Chủ tịch Hội học sinh (SGO) - Mai Thục Quyên")
            return k - j
        # In apposition, up to a comma only where the list goes on ('…cứu nạn, Bộ Tư lệnh'):
        # 'Chủ tịch UBND tỉnh khẳng định, …' ends before the verb.
        # In apposition ("ông A, chủ một cửa hàng hoa, cho biết") the role runs to its
        # closing punctuation: the verbs that could end it are role enders, seen above.
        if apposition and following in (")", ",", ";", "(", "."):
            return k - j
        return 0

    def _party_committee_ends_at(self, k: int) -> bool:
        """A party committee's name ends right before k, on its "ủy" ("… Bí thư Tỉnh ủy kiểm tra, …")."""
        return k >= 2 and self.lowered[k - 1] in ("ủy", "uỷ") and _is_capitalised(self.words[k - 2])

    def _informs_at(self, k: int) -> bool:
        """A verb of two words right after a name's capitals, not a body's words: "… thành phố Hồ Chí
        Minh thông tin về …", "Ngoại trưởng Iran tuyên bố …", "… xã Tân Lập trực tiếp chỉ đạo …"."""
        if not (k > 0 and self.words[k].islower() and (_is_capitalised(self.words[k - 1]) or _is_acronym(self.words[k - 1])
                                                        or self._party_committee_ends_at(k))):
            return False  # (and after a body's letters: "… Chính ủy Tổng cục CNQP giới thiệu"; after "Tỉnh ủy")
        if self.lowered[k - 1] in _UNIT_WORDS_BEFORE_FIELD and not (k >= 2 and _is_capitalised(self.words[k - 2])):
            # "Đội đăng ký xe", "Phòng quảng cáo": the unit's field, in sentence case (not the
            # end of a place's name: "Giám đốc CDC Hải Phòng thông tin, …")
            return False
        pair = self.lowered[k:k + 2]
        return pair in (("thông", "tin"), ("thông", "báo")) and self.lowered[k + 2] in _INFORMS_BEFORE or pair in _VERBS_AFTER_A_NAME

    def _places_listed(self, words: list[str]) -> bool:
        """'xã Chợ Vàm, tỉnh An Giang': each part an administrative unit, then its name."""
        parts, part = [], []
        for word in words + [","]:
            if word == ",":
                parts.append(part)
                part = []
            else:
                part.append(word)
        return all(len(p) >= 2 and p[0].lower() in self.vocabulary.admin_units and all(_is_capitalised(w) or w.isdigit() or w == "phố" for w in p[1:])
                   for p in parts)  # (and "Thành phố Hồ Chí Minh" written in title case)

    def _served_name_end(self, k: int) -> int:
        """Past 'của ông Trump', 'của bà Merkel' at k after a post: the person the post serves,
        named after "ông"/"bà" in one to four capitalised words; or 0 (and not "của ông Nguyễn
        Văn A, Chủ tịch …", a second post for that person)."""
        if self.lowered[k] != "của" or self.lowered[k + 1] not in ("ông", "bà"):
            return 0
        n = k + 2
        while n < len(self.words) and n - k - 2 < 5 and _is_capitalised(self.words[n]):
            n += 1
        named = 1 <= n - k - 2 <= 4 and not (self.words[n:n + 1] == [","] and self._role_head_at(n + 1))
        return n if named else 0

    def _photo_credit_at(self, k: int) -> bool:
        """'… Quận 2 - Ảnh 1', '… TP.HCM - Ảnh: D.H.': a caption's photo number or credit after a dash."""
        return self.words[k] in _DASHES and self.lowered[k + 1] in ("ảnh", "video")

    def _whose_or_where_at(self, k: int) -> bool:
        """'của hãng đầu tư …', 'về Trung Quốc', 'tại công ty tư vấn …': whose post, or where
        (not "thảo luận với Sở Tài chính …", "đàm phán với Trung Quốc tại Geneva": what he did)."""
        return self.lowered[k] in ("của", "về", "thuộc") or self.lowered[k] == "tại" and self.lowered[k + 1] in _FIRMS_FIRST_WORDS

    def _body_fields_after_and(self, j: int, head_end: int) -> int:
        """'Sở Văn hóa và thể thao Hà Nội', 'Viện Nghiên cứu kinh tế và chính sách (VEPR)': after
        a body's capitalised word and its fields in lower case, "và" at j and one to four more
        (no verb among them), up to a mark, a name or his words. Their length with "và", or 0."""
        # (the head's last word too, "giám đốc Sở"; and the body a head names, "Vụ trưởng")
        head_start = head_end - 1 - (self.lowered[head_end - 1] == "trưởng")
        # (the head's own body word in lower case too: "Trưởng khoa Phẫu thuật … và hàm mặt")
        body = next((k for k in range(j - 1, max(head_start, j - _BODY_FIELD_WORDS) - 1, -1)
                     if self.lowered[k] in _BODY_FIELD_OWNERS and (_is_capitalised(self.words[k]) or k >= head_start)), None)
        pairs, enders = self.vocabulary.word_pairs, self.vocabulary.role_enders
        following = self.lowered[j + 1].rstrip("\u2063")
        # A field whose first word also opens a body: "và công nghệ", "và phòng, chống tội phạm"
        # (not "và công ty …", another body).
        field_pair = (following, self.lowered[j + 2]) in pairs and (following, self.lowered[j + 2]) not in _FIRM_HEADS \
            and following in _BODY_FIELD_OWNERS
        if body is None or self._role_head_at(j + 1) or self._trigger_at(j + 1) or following in _NOT_A_FIELD_AFTER_AND and not field_pair \
                or following == "giải" and self.lowered[j + 2] in _PRIZE_RANKS \
                or (following, self.lowered[j + 2]) in _PEOPLE_AFTER_AND \
                or not all(w.isalpha() for w in self.words[body:j]):
            return 0
        m = j + 1
        # (a body's name in title case keeps its fields so after "và" too: "Bộ Nông Nghiệp và Môi Trường")
        title_case = _is_capitalised(self.words[j - 1]) and self._title_case_field_at(j - 1)
        while m < len(self.words) and m - j <= _FIELDS_AFTER_AND_WORDS and self.words[m].rstrip("\u2063").isalpha() \
                and (self.words[m].islower() or title_case and _is_capitalised(self.words[m]) and self._title_case_field_at(m)) \
                and not self._speech_at(m) and not self._clause_verb_at(m) \
                and (self.lowered[m] not in enders or (self.lowered[m], self.lowered[m + 1]) in pairs or (self.lowered[m - 1], self.lowered[m]) in pairs):
            m += 1
        following = self.words[m] if m < len(self.words) else ""
        closed = following in ("", ",", ".", ";", ":", ")", "(", "-", "–") or _is_capitalised(following) or _is_acronym(following) or self._speech_at(m) \
            or following in _PREDICATE_MARKERS or self._clause_verb_at(m)
        return m - j if m > j + 1 and closed else 0

    def _academic_title_after_and(self, k: int) -> bool:
        """'và PGS' at k: a second man's academic title, his name next, not a body's second
        field ("… Trường ĐHBK Hà Nội và PGS Nguyễn Phong Điền")."""
        return self.lowered[k] == "và" and bool(_ACADEMIC_WORD.fullmatch(self.words[k + 1].rstrip("."))) \
            and _is_capitalised(self.words[k + 2] if k + 2 < len(self.words) else "")

    def _title_case_field_at(self, m: int) -> bool:
        """The word at m is a body's field written in title case: a body's word ("Nghiệp",
        "Tạo") or one of a pair ("Môi Trường"), not the family name a man's name opens with."""
        pairs = self.vocabulary.word_pairs
        return self.words[m] not in self.vocabulary.family_names and (
            self.lowered[m] in self.vocabulary.organisation_words
            or tuple(self.lowered[m:m + 2]) in pairs or tuple(self.lowered[m - 1:m + 1]) in pairs)

    def _clause_verb_at(self, m: int) -> bool:
        """A verb of the clause at m that no body's fields run over: "giữ chức", "phân tích"."""
        return self.lowered[m:m + 2] in _CLAUSE_VERB_PAIRS or self.lowered[m:m + 2] in _SAID_ALSO_NOUNS

    def _fields_in_charge_at(self, j: int) -> bool:
        """'đề' of "phụ trách các vấn đề nhân đạo", "chuyên gia về vấn đề biển Đông": the
        fields of a post, not a verb ("thảo luận các vấn đề …", "đặt vấn đề" are what he did)."""
        if self.lowered[j - 1:j + 1] != ("vấn", "đề"):
            return False
        k = j - 2 - (self.lowered[j - 2] in ("các", "những"))
        return self.lowered[k] in ("trách", "về")

    def _closed_before_speech(self, k: int) -> bool:
        """'bà A, đại diện các gia đình nạn nhân, cho biết': the words from k to a comma
        and what the person says are all the role's, none of them a verb."""
        named = self.lowered[k] not in _PREPOSITIONS
        for j in range(k, min(k + _APPOSITION_BRIDGE, len(self.words))):
            word = self.lowered[j]
            named = named or _is_capitalised(self.words[j]) or _is_acronym(self.words[j])
            if word == ",":
                # (or what he did, said of him after the comma: "Thầy A, giáo viên môn Toán tại
                # trường Concordia, từng rất ngạc nhiên …")
                return named and (self._speech_at(j + 1) or self.lowered[j + 1:j + 2] and self.lowered[j + 1] in _HIS_CLAUSE_OPENERS)
            if word == ")":
                # (or a bracket: "ông Ngô Văn Quang (Giám đốc một công ty vàng ở Quảng Nam)")
                opened = max((b for b in range(max(0, k - _APPOSITION_BRIDGE), k) if self.words[b] in ("(", ")")), default=-1)
                return named and opened >= 0 and self.words[opened] == "("
            if j > k and named and _is_capitalised(self.words[j - 1]) and self._speech_at(j) and self._whose_or_where_at(k):
                return True  # (or no comma before it, after the body's name: "… Andreessen Horowitz nói")
            if not word.isalpha() or word in self.vocabulary.role_enders and word not in _ARTICLES \
                    and (self.lowered[j - 1], word) not in self.vocabulary.word_pairs and (word, self.lowered[j + 1:j + 2] and self.lowered[j + 1]) not in self.vocabulary.word_pairs \
                    and not self._fields_in_charge_at(j):
                return False  # (not "Bộ Ngoại giao", a pair)
        return False

    def _of_a_body(self, k: int, apposition: bool = False) -> bool:
        """'Giám đốc đào tạo của Công ty TMA', 'phát ngôn viên của Bộ Ngoại giao': 'của'
        before a body's name goes on with the role, where elsewhere it ends it."""
        following = self.words[k + 1] if k + 1 < len(self.words) else ""
        vocabulary = self.vocabulary
        if self.lowered[k] != "của":
            return False
        if (self.lowered[k + 1], self.lowered[k + 2]) in vocabulary.word_pairs:
            # "người phát ngôn của chính phủ Campuchia", "của tổ chức nhân đạo World Relief":
            # a body's kind, a word or two more of it, then its name.
            for word in self.words[k + 3:k + 6]:
                if _is_capitalised(word) or _is_acronym(word):
                    return True
                if not (word.isalpha() and word.islower()):
                    # ("ông A - Chủ tịch HĐQT của công ty, ông B - …": set off, the company the text is about)
                    return apposition and word in (",", ";", ".") and self.words[k + 3] == word and tuple(self.lowered[k + 1:k + 3]) in _FIRM_HEADS
        if apposition and (self.lowered[k + 1:k + 3] in _BODY_KINDS or self.lowered[k + 1:k + 2] in _BODY_KINDS):
            # "ông A - ứng cử viên của đảng Fianna Fail -": set off after the name, a body's kind,
            # a few words of what it does, then its name (before a name, the name would run into it:
            # "đối tác của hãng đầu tư Andreessen Horowitz Peter Levine").
            for n, word in enumerate(self.words[k + 2:k + 2 + _BODY_KIND_WORDS], start=k + 2):
                if _is_capitalised(word) or _is_acronym(word):
                    return not self._name_at(n, vouched=False)  # (not "… thiên tai Bành Hồ", read as a name)
                if not (word.isalpha() and word.islower()):
                    return False
        if _is_acronym(following) and (self.words[k + 2:k + 3] in ([","], ["."], [";"], [")"]) or self.lowered[k + 2:k + 3] == ("là",)):
            return True  # "chủ tịch Ủy ban đạo đức của FIFA là ông …": a body by its letters, closing the post
        return following in vocabulary.not_name_starts and following not in vocabulary.family_names

    def _term_set_off_end(self, end: int) -> int:
        """Past ", nhiệm kỳ 2018 - 2023" after a post read up to end (the term it is held for,
        set off by a comma: "Chủ tịch LHH khoá IV, nhiệm kỳ 2018 - 2023"), or end."""
        if self.words[end:end + 1] == [","] and (self.lowered[end + 1], self.lowered[end + 2]) in _TERMS \
                and self.words[end + 3:end + 4] and self.words[end + 3].isdigit():
            return self._term_end(end + 1)
        return end

    def _term_end(self, j: int) -> int:
        """Past 'nhiệm kỳ 2015 – 2020' (or 'nhiệm kỳ 2020', 'niên khóa 2018 – 2022')."""
        k = j + 3
        if self.words[k:k + 1] in (["-"], ["–"]) and self.words[k + 1:k + 2] and self.words[k + 1].isdigit():
            k += 2
        return k

    def _committee_end(self, j: int, apposition: bool = False) -> int:
        """Past a committee written in lower case from 'chỉ' at j, or 0: "Phó trưởng ban chỉ
        đạo TĐT dân số … Trung ương", "Ban chỉ huy Phòng thủ khu vực 3" (not the verb of
        "Trưởng ban chỉ đạo Sở Y tế phối hợp …")."""
        if self.lowered[j + 1] not in ("đạo", "huy"):
            return 0
        steered = self._steering_name_end(j + 2)
        if steered:
            return steered
        if apposition and (closed := self._closed_committee_end(j + 2)):
            return closed  # "A, Trưởng ban chỉ đạo thi cấp quốc gia, nhấn mạnh …": set off by commas, its whole name
        if self.lowered[j + 1] == "đạo" and not self.words[j - 1][:1].isupper():
            return 0  # (a lower-case "ban chỉ đạo" may be the verb: "… chỉ đạo Sở Y tế phối hợp")
        # "Ban chỉ huy Phòng thủ …", "Trưởng Ban chỉ đạo Hội chợ": the committee of what is named next.
        return j + 2 if j + 2 < len(self.words) and _is_capitalised(self.words[j + 2]) else 0

    def _closed_committee_end(self, j: int) -> int:
        """The comma closing a committee's few words from j ("thi cấp quốc gia", "09"), where
        none is a verb or a person's name, or 0."""
        for k in range(j, min(j + _COMMITTEE_WORDS + 1, len(self.words))):
            if self.words[k] in (",", ")") and k > j:
                return k
            if not (self.words[k].islower() or self.words[k].isdigit() or _is_acronym(self.words[k])) \
                    or self._speech_at(k) or self.lowered[k] in self.vocabulary.role_enders:
                return 0
        return 0

    def _steering_name_end(self, j: int) -> int:
        """Past the administrative unit that ends a steering committee's name, or 0."""
        for k in range(j, min(j + _STEERING_SPAN, len(self.words))):
            word = self.lowered[k]
            if word in (",", ";", ".", ":", "(", ")") or self._trigger_at(k):
                return 0
            if word in ("và", "cùng") and k > j and self._role_head_at(k + 1):
                return 0  # "Trưởng ban Chỉ đạo Liên hoan A và Phó Chủ tịch …": a second person
            if word in self.vocabulary.role_enders and word not in _ARTICLES and word != "và" and self.words[k].islower() \
                    and (word, self.lowered[k + 1].rstrip("\u2063")) not in self.vocabulary.word_pairs \
                    and (self.lowered[k - 1], word) not in self.vocabulary.word_pairs:
                return 0  # "Trưởng Ban Chỉ huy công trình đề nghị …": the verb ends it first
            if word in ("tỉnh", "huyện", "thành", "xã", "quận", "phường"):
                end = k + (2 if word == "thành" and self.lowered[k + 1] == "phố" else 1)
                return self._field_fought_end(end) or end  # (and "Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực")
            if word == "trung" and self.lowered[k + 1] == "ương":
                # "Ban Chỉ đạo Tổng điều tra dân số và nhà ở Trung ương"; and what the central
                # committee fights, after it: "… Trung ương về phòng, chống tham nhũng, tiêu cực"
                return self._field_fought_end(k + 2) or k + 2
        return 0

    def _fields_fought_before(self, j: int) -> bool:
        """A steering committee's name read up to j ends with a field it fights (_field_fought_end)."""
        return (self.lowered[j - 2], self.lowered[j - 1]) in _FIELDS_FOUGHT

    def _field_fought_end(self, j: int) -> int:
        """Past "về phòng, chống" at j and the fields fought that follow it ("tham nhũng,
        lãng phí, tiêu cực"), or 0: the committee's name ends with its last field, whatever
        the sentence does next ("… tiêu cực họp phiên thứ 25")."""
        if self.lowered[j:j + 1] != ("về",) or self.lowered[j + 1:j + 2] not in (("phòng\u2063",), ("phòng",)) \
                or self.lowered[j + 2:j + 3] != ("chống",):
            return 0
        j, end = j + 3, 0
        while (self.lowered[j], self.lowered[j + 1].rstrip("\u2063")) in _FIELDS_FOUGHT:
            j = end = j + 2
            if self.words[j - 1].endswith("\u2063"):
                continue  # (a joined pair: "tham nhũng, tiêu cực")
            if self.words[j:j + 1] == [","] or self.lowered[j] == "và":
                j += 1
        return end

    def _roles_from(self, i: int, named_by_role: bool = False) -> tuple[str, int]:
        """Role segments after a name, separated by commas or dashes, as long as each opens
        with a role head and does not end in the next person's name ('…, Chủ tịch Quốc
        hội Vương Đình Huệ' is his own mention). A body after a comma belongs to the
        role before it ('Trưởng phòng cứu hộ, Bộ Tư lệnh Bộ đội biên phòng'). After a name
        whose role came before it, a foreign name ending a post is the next person's too:
        'Bộ trưởng Tài chính A, Bộ trưởng Kinh tế, Môi trường và Nông nghiệp Oleksiy Sobolev'."""
        segments = []
        start = opened = i  # (where the segment's words start: before its head after "kiêm")
        while head := self._role_head_at(i):
            end = self._role_end(i, apposition=True)
            head_end = i + head
            named_at = head_end + (self.lowered[head_end] in _HONOURS)  # (and "đạo diễn NSƯT Sỹ Hùng")
            if named_by_role and not segments and self._names_someone_further(end):
                # "Tổng thống Donald Trump, Đặc phái viên Tổng thống Nga về hợp tác … Kirill
                # Dmitriev khẳng định": the post goes on in lower case to the next person's name.
                return "", i
            named = self._tail_name_start(i, head_end, end, foreign=False)
            if named is not None and named - 1 >= head_end and self.lowered[named - 1] == "và":
                # "Đào Anh Kiệt, nguyên giám đốc Sở … TP.HCM và Trương Văn Út, nguyên phó …":
                # the post ends before "và" and the next person.
                segments.append(self.text(opened, named - 1))
                return ", ".join(segments), named - 1
            place_named_after = not named_by_role and not segments and named is not None and (
                (named > head_end or self.words[i].islower()) and self.words[named - 1].islower()
                and (self._speech_at(end) or self.words[end:end + 1] == [","] and self._speech_at(end + 1))
                or self._place_after_letters(named, end) or self._namesake_body_before(named, head_end)
                or self._firm_named_after_its_man(i, named, end))
            # "Ông A, Bí thư Đảng ủy xã Trần Hưng Đạo cho biết", "…, Giám đốc Khu di tích lịch sử Quốc gia
            # đặc biệt Kim Liên cho hay" (a comma before his words too): set off after his name and
            # closed by his words, a name at the post's end is the place's or the body's it is named
            # after, not a second speaker's; so is
            # one right after a post in lower case ("ông A, tổng giám đốc Hoàng Anh Gia Lai cho biết"),
            # where a second person's would stand after a capital ("…, Tổng thống Trump cho biết").
            if not place_named_after and self._name_inside(i, end, listed=named_by_role) \
                    or _is_profession(self.lowered[i:head_end]) and named_at < len(self.words) \
                    and _is_capitalised(self.words[named_at]) and (self._name_at(named_at, vouched=self.lowered[i:head_end] not in _CALLINGS_BEFORE_A_FULL_NAME)
                                                                    or self._pen_name_at(named_at)):
                # (and "NSƯT Huy Thục, đạo diễn Ca Lê Hồng, …": another artist, named after his profession)
                return ", ".join(segments), (i - 1 if segments else i)
            if segments and self._posts_of_many(i):
                return ", ".join(segments), i - 1
            end = self._term_set_off_end(end)
            segments.append(self.text(opened, end))
            separator = self.words[end:end + 1]
            if separator in ([","], ["-"], ["–"]) and self._role_head_at(end + 1) and not self._is_weak_head(end + 1):
                i = opened = end + 1
                continue
            if separator == [","] and self.lowered[end + 1] == "kiêm" and self._role_head_at(end + 2):
                opened, i = end + 1, end + 2  # "Chủ tịch, kiêm TGĐ Tập đoàn Tân Hoàng Minh": a second post held with the first
                continue
            body_end = self._body_after_comma(end)
            with_body = bool(body_end)
            bodies = 0
            while body_end:  # "…, phường Phú Thạnh, quận Tân Phú", "…, Phòng Chính trị, Bộ CHQS tỉnh"
                segments[-1] += ", " + self.text(end + 1, body_end)
                following, end, bodies = end + 1, body_end, bodies + 1
                body_end = self._body_after_comma(end) if bodies < _BODIES_AFTER_ROLE else 0
                # Not a list of who came ("…, Sở Y tế, Sở Tài chính và các địa phương"): bodies
                # of one kind side by side, or a list that "và" closes (not "và" before the next
                # man's post: "…, Trường quân sự, Bộ Chỉ huy quân sự tỉnh và Thiếu úy A").
                if body_end and (self.words[end + 1] == self.words[following]
                                 or self.lowered[body_end] == "và" and not self._next_mans_post_at(body_end)):
                    body_end = 0
            if with_body and self.words[end:end + 1] == [","] and self._role_head_at(end + 1):
                i = opened = end + 1  # a post after the body: "…, Bộ Tư lệnh Bộ đội Biên phòng, Phó Chủ tịch …"
                continue
            if closed := self._closed_post_end(end, credited=self._credited_before(start)):
                segments[-1], end = self.text(opened, closed), closed
            if where := self._seat_of_body_end(end):
                segments[-1], end = self.text(opened, where), where
            if self.lowered[end] == "và" and (end > head_end or self.lowered[end + 1] != "phó") and (second_end := self._second_post_end(end + 1, opened)):
                # (not a bare head and its deputy's: "A và B, Trưởng và Phó phòng …", one each)
                segments[-1], end = self.text(opened, second_end), second_end
                if self.words[end:end + 1] in ([","], ["-"], ["–"]) and self._role_head_at(end + 1) and not self._is_weak_head(end + 1):
                    i = opened = end + 1  # (and a third: "Tham tán và Trưởng bộ phận … - Giám đốc Viện Pháp …")
                    continue
            i = end
            break
        return ", ".join(segments), i

    def _holder_after_la(self, role_start: int, end: int) -> tuple[int, int] | None:
        """The name after "là" (or "khi đó là", "sẽ là", "được xác định là") that holds the post
        read from role_start to end, the post opening its clause, where a full name follows and
        his words, a mark or a verb close it; or None (not "Bạn của Giám đốc Sở là A", "Một
        trong những người ủng hộ Tổng thống là A": the post inside another's description)."""
        then = self._phrase_at(end, _AT_THAT_TIME_OR_WILL_BY_FIRST)
        joint = end + then
        # (a post "at that time" names its holder wherever it stands: "với tổng thống Liên Xô khi đó là
        # Mikhail Gorbachev", "Sau khi thủ tướng Anh lúc đó là Boris Johnson đến Kiev")
        back_then = then and self.lowered[end:joint] in _BACK_THEN \
            and not (self.lowered[role_start - 1:role_start] == ("của",) and self._kin_before(role_start - 1))  # (not "Vợ của …")
        # (the post opening its clause: no count, noun or verb before it, "hai người góp vốn … là A (B), C",
        # "cổ đông sáng lập là A"; nor a glossary's line: "Kế toán viên sơ cấp tiếng Anh là Junior Accountant")
        if self.lowered[joint] != "là" or role_start and self.words[role_start - 1] not in (*_SENTENCE_OPENERS, ",") and not back_then \
                or "tiếng" in self.lowered[role_start:joint] or self.lowered[joint - 1] in ("gọi", "tắt"):
            return None
        start = joint + 1
        k = start
        while k < len(self.words) and k - start < 5 and (_is_capitalised(self.words[k]) or self.lowered[k] in _NAME_PARTICLES and k > start):
            k += 1
        if k - start < 2 or _normalised(self.text(start, k)) in self.vocabulary.places or self._role_head_at(start) \
                or not (is_full_name(self.words[start:k], self.vocabulary) or self._foreign_name_start(start, start, k) == start):
            return None
        following = self.words[k] if k < len(self.words) else ""
        if following in ("", ",", ".", "(", ";") and not (following == "," and self._role_head_at(k + 1)) \
                or self._speech_at(k) or self.lowered[k] in _PREDICATE_MARKERS or back_then and not following[:1].isupper():
            return start, k  # (not "Ngồi cạnh Thủ tướng là A, Bộ trưởng Bộ Tài chính": his own post follows)
        return None

    def _place_words(self, start: int, end: int) -> set[str]:
        """The capitalised words of a post's body from start to end, its committees' letters aside."""
        return {w for w in self.words[start:end] if _is_capitalised(w)} - {"UBND", "HĐND", "Thành", "Tỉnh", "Huyện"}

    def _second_post_end(self, j: int, first_start: int | None = None) -> int:
        """'ông A, Bí thư Thành ủy Móng Cái và Chủ tịch UBND TP Móng Cái (Quảng Ninh) đã …',
        'bà B, Phó giám đốc và là người phát ngôn của Ủy ban Y tế …, cũng …': a second post
        after "và" (or "và là"), named for no one else and closed where the apposition ends (by
        what he did only where both posts are of one place, first_start the first's); its end, or
        0 (not "…, Giám đốc Sở X và Phó Giám đốc Sở Y Nguyễn Văn B", nor "… và Phó Giám đốc Sở Y,
        ông B", another man's)."""
        start = j + (self.lowered[j] == "là")
        head = self._role_head_at(start)
        if not head or self._is_weak_head(start) or self._trigger_at(start):
            return 0
        end = self._role_end(start, apposition=True)
        if end <= start + head - 1 or self._name_inside(start, end, listed=True) \
                or self._tail_name_start(start, start + head, end, foreign=True) is not None:
            return 0
        following = self.words[end] if end < len(self.words) else ""
        if following == "," and (self._trigger_at(end + 1) or self._name_at(end + 1, vouched=False)):
            return 0
        # (closed by a verb's marker only where the two posts are of one place: "Bí thư Thành ủy Móng Cái
        # và Chủ tịch UBND TP Móng Cái … đã tới thăm"; not "…, Giám đốc Sở Y tế và Chủ tịch UBND huyện đã
        # đến thăm", two men)
        shared = first_start is not None and bool(self._place_words(start + head, end) & self._place_words(first_start + self._role_head_at(first_start), j))
        closed = following in ("", ",", ".", ";", "(", ")", "-", "–") or self._speech_at(end) or shared and following in _PREDICATE_MARKERS
        return end if closed else 0

    def _closed_post_end(self, end: int, credited: bool = False) -> int:
        """The comma that closes a post set off after a name, read up to end, before the
        person's words ("ông A, chuyên gia tại công ty Sanford C. Bernstein, cho biết"), or his
        words a few words on ("…, Tổ trưởng Tổ công tác 399 cho biết"), or any comma or the
        sentence's end after a name credited by "theo" ("Theo A, chuyên gia tại công ty B, giá
        sẽ tăng"): every word before it is the post's. Or 0."""
        if credited and 0 < end < len(self.words) and self.words[end - 1][:1].isupper() and self.words[end].islower() \
                and self.lowered[end] not in _POST_LINKS | {"với"} \
                and next((k for k in range(end, len(self.words)) if self.words[k] in (",", ".")), len(self.words)) - end > _NEAR_HIS_WORDS:
            # (a post whole up to a body's name, then lower case with no comma: the words credited
            # begin, "Theo ông A, Bí thư Thành ủy TP.HCM các mục tiêu … rất cao")
            credited = False
        return self._post_run_end(end, lambda k: credited or self._speech_at(k + 1) or self.lowered[k + 1:k + 3] in _SAID_ALSO_NOUNS
                                  or self._phrase_at(k + 1, _SAID_BY_FIRST) or self.lowered[k + 1] == "cùng",
                                  at_period=credited, at_speech=not credited)

    def _parent_body_then_name(self, role_start: int, end: int) -> tuple[int, int] | None:
        """(name start, name end) where a capitalised post of a body, read up to a comma at end,
        goes on with the body it belongs to and then its holder's Vietnamese name ("Vụ trưởng
        Vụ Pháp chế, Bộ Tư pháp Nguyễn Văn Hòa", "Phó Trưởng ban Thường trực, Ban Tổ chức Thành
        ủy A"), or None."""
        opens = role_start + (self.lowered[role_start] in self.vocabulary.role_prefixes)
        parent = end + 1
        length = self._phrase_at(parent, _PARENT_BODIES_BY_FIRST)
        if not length or not _is_capitalised(self.words[opens]) or not _is_capitalised(self.words[parent]) or self._role_head_at(parent):
            return None  # (a body, not the next post: "Thủ tướng, Bộ trưởng Tài chính A" is one man's two)
        body_end = self._role_end(parent)
        name_start = self._tail_name_start(parent, parent + length, body_end)
        if name_start is None or name_start <= parent + length or self.words[name_start] not in self.vocabulary.family_names:
            return None
        return name_start, body_end

    def _post_before_set_off_name(self, role_start: int, end: int) -> int:
        """The comma after a post read from role_start up to end and before its holder's name
        set off with "ông"/"bà" ("Đại diện cấp cao của EU về đối ngoại và an ninh, bà Kaja
        Kallas, cho biết"): every word before it is the post's. Or 0. Not where the name has
        a post of its own after it ("Đại diện các chi hội, bà A, Chi hội trưởng …"), nor a post
        inside a clause before the name's own ("sau khi Tổng thống đắc cử từ chức, ông Donald
        Trump đã bác bỏ …"; but "để gặp Thủ tướng mới của nước này, bà Sanae Takaichi, vào …").
        """
        if role_start and self.lowered[role_start - 1] == "theo":
            return 0  # "Theo trợ lý của Tổng thống Nga, ông Vladimir Putin sẽ …": the president himself
        opens_clause = role_start == 0 or self.words[role_start - 1] in _SENTENCE_OPENERS or self.words[role_start - 1] == ","

        def closes(k: int) -> bool:
            titled = next((len(t) for t in _ACADEMIC_TITLES_WRITTEN_OUT if self._matches(k + 1, t)), 0)  # (", Tiến sĩ A cho rằng")
            addressed = self.lowered[k + 1] in ("ông", "bà") or titled > 0
            start = k + 1 + (titled or addressed)
            # (a name set off without "ông": not after bodies listed, "Chủ tịch UBND các phường Quang Trung, Lê Lợi cho biết")
            listed = any(word in ("các", "những") for word in self.lowered[end:k])
            length = self._name_at(start, vouched=True) if addressed \
                else 0 if listed else max(0, self._set_off_name(start, said_ok=opens_clause) - start)
            after = start + length
            own_post = self.words[after:after + 1] in ([","], ["-"], ["–"]) and bool(self._role_head_at(after + 1))
            return bool(length) and not own_post and (opens_clause or self.words[after:after + 1] == [","])

        return self._post_run_end(end, closes, at_dash=True)

    def _post_run_end(self, end: int, closes, at_period: bool = False, at_speech: bool = False, at_dash: bool = False) -> int:
        """The comma (or, where at_period, the full stop) within a few words of end where
        `closes` says a post read up to end is closed, none of the words before it a clause's,
        an occasion's, a span of time's or another person's, and something of a post's among
        them; or 0."""
        if self._post_closed_at(end) or self.words[end] in _BEFORE_ROLE:
            return 0  # (nor an aside after it: "Giám đốc Ban quản lý dự án … (chủ đầu tư), cho biết")
        depth = 0
        for k in range(end, min(end + _CLOSED_POST_WORDS, len(self.words))):
            word = self.words[k]
            if word == "(" or word == ")" and depth:
                depth += 1 if word == "(" else -1
            elif depth and word not in (".", ";", ":"):
                continue  # (an aside's words are no clause's: "… tại ĐH Edinburgh (Anh), cho biết")
            elif word in (",", ".") and not depth and (word == "," or at_period) \
                    or at_dash and word in ("-", "–") and not depth and self.lowered[k + 1] in ("ông", "bà") \
                    or at_speech and not depth and end < k <= end + _BEFORE_HIS_WORDS \
                    and (self._speech_at(k) or self.lowered[k:k + 2] in _SAID_ALSO_NOUNS) \
                    and (k <= end + _NEAR_HIS_WORDS or not self._clause_after_post(end, k)) \
                    and (self.words[k - 1].isdigit() or _is_capitalised(self.words[k - 1]) or _is_acronym(self.words[k - 1])):
                # (or, where his words close it with no comma, the verb, a few words after, the post
                # ending on a body's name or number: "…, Tổ trưởng Tổ công tác 399 cho biết")
                named = self._full_name_within(end, k) or any(self._post_then_name_at(j, k) for j in range(end, k))
                # (and something of a post's in it, a body's capitals, a number or where and whose it is:
                # not "Trưởng ban Dân vận huyện đặt vấn đề", a clause)
                anchored = any(_is_capitalised(w) or _is_acronym(w) or w.isdigit() or w.lower() in _WHERE_AND_WHOSE for w in self.words[end:k])
                # (or the country of the body it ends on closes it: "… tại Đại học Tự do Brussels, Bỉ, nhận định")
                return k if (word not in (",", ".", "-", "–") or closes(k) or word == "," and self._seat_of_body_end(k)) and anchored and not named else 0  # (not "… của Tổng thống Nga Vladimir Putin về …, phát biểu")
            elif self.lowered[k] in _WHERE_ONE_IS and (self.lowered[k + 1] in _OCCASIONS or self.lowered[k + 1:k + 3] in _OCCASION_PAIRS):
                return 0  # "ông A, Chủ tịch UBND xã tại buổi đối thoại, cho biết": where he speaks
            elif word.isdigit() and self.lowered[k + 1] in _SPANS_OF_TIME:
                return 0  # "… xã Hòa Bắc 10 năm nay": how long he has held it
            elif self.lowered[k] in _WHEN_WORDS and self.words[k + 1:k + 2] and self.words[k + 1][:1].isdigit() \
                    and (self.lowered[k] != "năm" or self.words[k + 2:k + 3] in ([","], ["."]) or self._speech_at(k + 2)):
                # (a year inside a post names what it is of: "chuyên gia hàng đầu về dịch cúm năm 1918 của …")
                return 0  # "… Điện Kremlin hôm 12/5, cho biết", "… năm 2020, cho biết": when, not his post
            elif word in ("-", "–") and self.lowered[k + 1] in _DESCRIPTION_OPENERS:
                return 0  # "… (CEP) - một tổ chức phi chính phủ …": what the body is, not his post
            elif word in _POST_STOPS or self.lowered[k] in _CLAUSE_VERBS or self.lowered[k] in _PERSON_WORDS or self._speech_at(k) \
                    or word in _WISHES or k == end and self.words[k:k + 2] == ["đánh", "giá"]:
                return 0  # (and "… – Thứ trưởng Bộ Quốc phòng đánh giá việc …, khẳng định": what he does, right after the post)
            elif self.lowered[k:k + 2] in _CLAUSE_VERB_PAIRS:
                return 0  # a verb of the clause: "Giám đốc Sở Tài chính trực tiếp chủ trì, cho biết"
        return 0

    def _clause_after_post(self, end: int, k: int) -> bool:
        """A word between end and k that opens a clause after a post ("… Quỹ châu Á người từng
        tham gia …", "… sau chuyến khảo sát …"; not the "người" of "Phát triển Con người")."""
        return any(self.lowered[j] in _CLAUSES_AFTER_A_POST and not (self.lowered[j] == "người" and self.lowered[j - 1] == "con")
                   for j in range(end, k))

    def _credited_before(self, role_start: int) -> bool:
        """The name set off before the post at role_start is credited by "theo" ("Theo ông
        Mark Newman, chuyên gia …"): what follows the post is the text's, not his."""
        k = role_start - 2  # (past the comma)
        while k >= 0 and role_start - k <= _NAME_AFTER_POST_WORDS and _is_capitalised(self.words[k]) and self.lowered[k] != "theo":
            k -= 1
        if k >= 0 and self.lowered[k] in _ADDRESSES:
            k -= 1
        return k >= 0 and k < role_start - 2 and self.lowered[k] == "theo"

    def _seat_of_body_end(self, end: int) -> int:
        """Past the country, state or province set off after a post that ends in a body's
        name, where the apposition closes right after it ("…, giáo sư tại Đại học Reading, Anh,
        nêu ý kiến", "… Đại học Washington, bang Missouri, nói", "… Đại học Toronto, Canada."); or 0."""
        if self.words[end:end + 1] != [","] or not _is_capitalised(self.words[end - 1]):
            return 0
        k = end + 1 + (self.lowered[end + 1] in _SEAT_UNITS and end + 2 < len(self.words) and _is_capitalised(self.words[end + 2]))
        where = self._place_end(k)
        if not where and k > end + 1:
            where = k
            while where < len(self.words) and where - k < 3 and _is_capitalised(self.words[where]):
                where += 1
        closed = where and (where == len(self.words) or self.words[where] in (".", ")") or self.words[where] == "," and self._speech_at(where + 1))
        return where if closed else 0

    def _post_then_name_at(self, j: int, end: int) -> bool:
        """A post at j followed, before end, by its holder's name ("Tổng thống Nga Vladimir Putin")."""
        head = self._role_head_at(j)
        return bool(head) and any(self._tail_name_start(j, j + head, e, foreign=True) is not None
                                  for e in range(j + head + 1, min(end, j + head + _NAME_AFTER_POST_WORDS) + 1))

    def _charge_end(self, k: int) -> int:
        """Just past what one has in hand after "phụ trách" at k, in lower case or not, up to the
        mark, the words said or the verb that close it, no one named in it; or 0."""
        end = k
        while end - k < _WHOSE_BODY_WORDS and not (self._post_closed_at(end) or self.words[end] in _POST_STOPS):
            if self.lowered[end] in ("ông", "bà", "anh", "chị", "gồm"):
                return 0
            end += 1
        return end if end > k and self._post_closed_at(end) and not self._full_name_within(k, end) else 0

    def _whose_body_end(self, k: int) -> int:
        """Just past the body after "của" at k in a post set off after a name, a body's word
        or a capital in it and no person named: up to the mark, the words he says or the verb
        that close it; once named with a capital, up to the first word that ends a post
        ("… của trung tâm ứng phó thiên tai Bành Hồ đã …"). Or 0."""
        end, body, named = k, False, False
        if self.lowered[k] in _BODIES_POINTED_BACK and not _is_capitalised(self.words[k + 1] if k + 1 < len(self.words) else ""):
            end = k + 1 + (self.lowered[k + 1:k + 2] in (("này",), ("đó",)))
            if self._post_closed_at(end):
                return end
            if self.lowered[end] in self.vocabulary.role_enders or not self.words[end].isalpha():
                return 0  # (not "… của trường với hình thức cảnh cáo"; a number: "… của phường 10", read as before)
        while end < len(self.words) and end - k < _WHOSE_BODY_WORDS:
            word, lower = self.words[end], self.lowered[end]
            if word in _POST_STOPS or self._speech_at(end) or lower in _CLAUSE_VERBS \
                    or word in _DASHES and not (self.words[end - 1].isdigit() and self.words[end + 1:end + 2] and self.words[end + 1].isdigit()):
                break  # (not a span of years: "… Sài Gòn 1963-1964")
            if word == "(":
                closed = self._parenthesis_end(end)
                if not closed:
                    return 0
                end = closed
                continue
            if lower in _ADDRESSED_PERSONS:
                return 0  # (whose aide a man is: "người phát ngôn của ông Trump", read elsewhere)
            if word.islower() and lower in self.vocabulary.role_enders and lower not in _INSIDE_A_BODY and not (
                lower in _WHOSE_JOINERS and _is_capitalised(self.words[end + 1] if end + 1 < len(self.words) else "")
                or (self.lowered[end - 1], lower) in self.vocabulary.word_pairs
            ):
                # (what the body does: "… Thái Lan chủ trì", "… SBU tham gia …"; a body in lower case
                # goes on to no such word: not "… của một công ty với …")
                return end if body and named and not self._full_name_within(k, end) else 0
            if lower == "về":
                named = False  # what the body is for, in lower case: "… Cao ủy Liên Hiệp Quốc về người tị nạn"
            elif (_is_capitalised(word) or _is_acronym(word)) and (head := self._role_head_at(end)):
                if self._name_inside(end, self._role_end(end)):
                    return 0  # another man's post and name: "… của Tổng thống Nga Vladimir Putin về …"
                end, body = end + head, True  # (a post's words: "… của Thủ tướng Orban")
                continue
            elif word[:1].isupper():
                named = body = True  # (and a brand's "GoldSeek")
            body = body or lower in _WHOSE_BODY_FIRST_WORDS
            end += 1
        closed = self._post_closed_at(end) or named and self.words[end] in _DASHES
        return end if body and end > k and closed and not self._full_name_within(k, end) else 0

    def _post_closed_at(self, end: int) -> bool:
        """A post set off after a name ends at end: the text's end, a mark, his words or the
        verb of the clause."""
        return end == len(self.words) or self.words[end] in (",", ".", ";", ":", ")") or self._speech_at(end) \
            or self.lowered[end] in _CLAUSE_VERBS

    def _full_name_within(self, start: int, end: int) -> bool:
        """A Vietnamese person's full name among the words start..end ("… của kình ngư Nguyễn Huy Hoàng")."""
        return any(self.words[k] in self.vocabulary.family_names and self._name_at(k, vouched=False) >= 2 for k in range(start, end))

    def _quoted_name_end(self, k: int) -> int:
        """Just past the quote closing the one opened at k, a few words on, a name opening it
        and no mark of a sentence inside; or 0."""
        closing = _QUOTES_OPENING[self.words[k]]
        if not _is_capitalised(self.words[k + 1] if k + 1 < len(self.words) else ""):
            return 0  # (a word said with a wink, not a name: "Lãnh đạo Bệnh viện “sốc”")
        for end in range(k + 2, min(k + _QUOTED_NAME_WORDS + 2, len(self.words))):
            if self.words[end] == closing:
                return end + 1
            if self.words[end] in (".", "!", "?", ";", ":") or self.words[end] in _QUOTES_OPENING:
                return 0
        return 0

    def _posts_of_many(self, k: int) -> bool:
        """'…, Bộ trưởng các Bộ: Tài chính, …', '…, Giám đốc các sở, ngành': after a man's own
        post (not his rank alone: "Đại tướng A, Tổng tham mưu trưởng các lực lượng vũ trang Nga"),
        a post that many hold, the others who come next."""
        head = self._role_head_at(k)
        return bool(head) and self.lowered[k + head] in ("các", "những") and self.words[k + head + 2:k + head + 3] in ([":"], [","], [";"], ["."])

    def _names_someone_further(self, end: int) -> bool:
        """The field of a post at end ("về …", "phụ trách …"), then, before any mark, a person's name."""
        if self.lowered[end] != "về" and self.lowered[end:end + 2] != ("phụ", "trách"):
            return False
        k = end
        while k < len(self.words) and k - end < _FURTHER_WORDS and self.words[k] not in (",", ".", ";", ":", "(", "“", '"'):
            if _is_capitalised(self.words[k]):
                run_end = k
                while run_end < len(self.words) and _is_capitalised(self.words[run_end]):
                    run_end += 1
                return run_end - k >= 2 and (
                    is_full_name(self.words[k:run_end], self.vocabulary) or self._foreign_name_start(k, k, run_end) is not None
                )
            k += 1
        return False

    def _on_behalf_of(self, i: int) -> bool:
        """'thay mặt Chính phủ, …', 'Thừa ủy quyền Thủ tướng, …': whom the next man speaks for."""
        before = " ".join(self.lowered[max(0, i - 6):i])
        return "thay mặt" in before or bool(_ON_AUTHORITY_OF.search(" ".join(self.lowered[max(0, i - 5):i])))

    def _office_of(self, i: int) -> bool:
        """"Văn phòng Tổng thống Ukraine", "Cơ quan Tổng Công tố": a post's office, a body."""
        return i >= 2 and self.lowered[i - 2:i] in (("văn", "phòng"), ("cơ", "quan"))

    def _plural_before(self, i: int) -> bool:
        """'các Phó Chủ tịch …': a role shared by several, never one person's."""
        return i > 0 and self.lowered[i - 1] in ("các", "những", "hai", "ba", "bốn")

    def _after_opening_phrase(self, comma: int) -> bool:
        """'Trước đó, đại diện của Real Madrid, ông A …': a comma closing a few words that open
        the sentence and say when or where, none of them capitalised but the first, none a
        post (not "Phó Chủ tịch UBND huyện, đại diện lãnh đạo huyện trao quà")."""
        if self.words[comma:comma + 1] != [","]:
            return False
        start = comma
        while start > 0 and self.words[start - 1] not in _SENTENCE_OPENERS and self.words[start - 1] != ",":
            start -= 1
        return 0 < comma - start <= _OPENING_PHRASE_WORDS and (start == 0 or self.words[start - 1] in _SENTENCE_OPENERS) \
            and all(w.isalpha() and w.islower() for w in self.words[start + 1:comma]) \
            and not any(self._role_head_at(k) for k in range(start, comma))

    def _whose_name_follows(self, words: list[str], start: int) -> bool:
        """A representative's or leader's words that end right before the name at start and
        make it whom they are of, not who holds them: a body's kind ("đại diện nhà xuất bản Kim
        Đồng"), a victim or patient ("Đại diện gia đình nạn nhân A"), or what the board did
        ("ban lãnh đạo bất ngờ sa thải Julian Nagelsmann")."""
        lowered = [w.lower() for w in words]
        if not (start and self.lowered[start - 1] == lowered[-1]):
            return False  # (set off after the name: "Song Hae-jin, đại diện các gia đình nạn nhân,")
        return tuple(lowered[-2:]) in _KINDS_BEFORE_A_NAME or lowered[-1] in _KINDS_BEFORE_A_NAME_ONE_WORD \
            or any(tuple(lowered[k:k + 2]) in _ACTS_ON_A_PERSON for k in range(2, len(lowered) - 1))

    def _is_weak_head(self, i: int) -> bool:
        """'đại diện', 'lãnh đạo' are a post only as the first thing said of a person:
        after another role ('Phó Chủ tịch UBND huyện, đại diện lãnh đạo huyện trao quà')
        they say what the person did."""
        return self.lowered[i:i + 2] in _WEAK_HEADS

    def _body_after_comma(self, end: int, marks: tuple[str, ...] = (",",)) -> int:
        """End of a body's name that follows a role after a comma (or another of marks), or 0:
        capitalised, up to the next punctuation, and not a person's name or another role."""
        if end >= len(self.words) or self.words[end] not in marks or end + 1 >= len(self.words):
            return 0
        start = end + 1
        unit = self.lowered[start] in self.vocabulary.admin_units or self.lowered[start].split(".")[0] in _ABBREVIATED_UNITS \
            or self.lowered[start] in ("trường", "khoa") and _is_capitalised(self.words[start + 1] if start + 1 < len(self.words) else "")
        # (and "TP.HCM"; "…, trường Đại học Công nghiệp TP HCM": a school in lower case, then its name;
        # "BS Nguyễn Viết Nam, khoa Cấp cứu, Bệnh viện …": a hospital's ward, by its name)
        if not (_is_capitalised(self.words[start]) or _is_acronym(self.words[start]) or unit) or self._role_head_at(start) \
                or self._name_at(start, vouched=False) or self.lowered[start:start + 3] in _BOARDS_OF_LEADERS:
            return 0  # (nor "…, Ban Giám đốc, lãnh đạo Công đoàn ngành": the next guests, a body's leaders)
        if unit and self.words[start].islower() and self.lowered[start + 1:start + 2] != ("viên",) \
                and not any(_is_capitalised(w) or _is_acronym(w) or w.isdigit() for w in self.words[start + 1:start + 4]):
            return 0  # "…, thành phố cần thêm cơ chế": the city, no body's name, and what it needs (not "huyện miền núi Nam Trà My")
        if unit and self.lowered[start] in self.vocabulary.admin_units and (_is_capitalised(self.words[end - 1]) or _is_acronym(self.words[end - 1])) \
                and self.lowered[start] not in self.lowered[max(0, end - _DASHED_ROLE_WORDS):end]:
            # "Bí thư Đoàn xã Quảng Phú, huyện Krông Nô nhận được …": the unit above the one named,
            # by its name, whatever the sentence does next (not "… UBND xã, phường Hòa Khánh đã …")
            named_end = start + 1
            while named_end < len(self.words) and named_end - start <= 4 and _is_capitalised(self.words[named_end]):
                named_end += 1
            if self.words[named_end:named_end + 1] == ["("] and (place_end := self._place_end(named_end + 1)) \
                    and self.words[place_end:place_end + 1] == [")"]:
                named_end = place_end + 1  # "…, huyện Bá Thước (Thanh Hóa)"
            closed = named_end >= len(self.words) or self.words[named_end] in (",", ".", ";", ")") \
                or self.words[named_end].isalpha() and self.words[named_end].islower()
            if named_end > start + 1 and closed and not any(self._name_at(k, vouched=False) for k in range(start + 1, named_end)):
                return named_end
        # (a body by its initials too: "Trưởng khoa Nội 1, BVĐK Cửa Đông cho biết", "…, VCCI."; not
        # initials that open the next clause: "…, EVN cần tăng giá", "…, BV tỉnh đã quá tải")
        initials = _is_acronym(self.words[start]) and "." not in self.words[start] \
            and self.words[start] not in _INITIALS_OF_NO_WORKPLACE and not _DEGREES.fullmatch(self.words[start]) \
            and (start + 1 >= len(self.words) or _is_capitalised(self.words[start + 1]) or self.words[start + 1] in (".", ";", ")")
                 or self._speech_at(start + 1)  # ("…, Trưởng Ban pháp chế, VCCI cho biết")
                 or self.lowered[start + 1:start + 3] in _NATIONAL_LEVEL
                 and self.words[start + 3:start + 4] in ([","], ["."], [";"], [")"]))  # ("…, TAND tối cao)": the court of the land)
        if self.words[start] not in self.vocabulary.not_name_starts and not unit and not initials:
            # "Phó hiệu trưởng trường Tiểu học Đồng Hướng, xã Quang Thiện, Ninh Bình,": the
            # province after a commune, by its name alone
            place_end = self._place_end(start)
            closed = self.words[place_end:place_end + 1] in ([","], ["."], [";"], [")"]) \
                and not _is_capitalised(self.words[place_end + 1] if place_end + 1 < len(self.words) else "")  # (not a list of provinces)
            if place_end and closed \
                    and any(self.lowered[u] in self.vocabulary.admin_units and "," not in self.words[u:end] for u in range(max(0, end - 4), end)):
                return place_end
            return 0  # (a unit: "Chủ tịch UBND xã Hà Nha, TP Đà Nẵng")
        k, pairs = start, self.vocabulary.word_pairs
        if self._clause_opens_at(start):
            return 0
        while k < len(self.words) and (self.words[k] not in _PUNCTUATION or self._abbreviated_unit_at(k)) and k - start < _BODY_AFTER_COMMA_WORDS:
            if self._photo_credit_at(k):
                break
            if k > start + 1 and self.words[k].islower() and self._appointed_at(k) and (self.lowered[k - 1], self.lowered[k]) not in pairs:
                return k  # "…, Sở TN&MT tỉnh giữ chức Phó Giám đốc …": the body, then the post he is given
            if k > start + 1 and self.lowered[k] in _CLAUSE_WORDS and self.words[k].islower() \
                    and (_is_capitalised(self.words[k - 1]) or _is_acronym(self.words[k - 1])):
                return 0  # "…, Đoàn đại biểu quân sự … Việt Nam do Đại tướng A dẫn đầu": the clause's subject, no body of his
            if self.words[k] in _CONNECTORS and k + 1 < len(self.words) and _is_capitalised(self.words[k + 1]):
                if self._role_head_at(k + 1):
                    # "…, khóa 12 và Đại tướng Ngô Xuân Lịch, …": another man's post (and a body's
                    # name before it is his: "…, Trường quân sự, Bộ Chỉ huy quân sự tỉnh và Thiếu úy A")
                    return k if k - start >= 2 and _is_capitalised(self.words[start]) and self._next_mans_post_at(k) else 0
                k += 1  # "Bộ Văn hóa, Thể thao và Du lịch"
                continue
            if self.words[k].islower() and k > start and self._speech_at(k) and (self.lowered[k - 1], self.lowered[k]) not in pairs:
                return k  # "…, quận Bình Thạnh, TP.HCM xác nhận, …": the body, then what he said
            if self.words[k].islower() and self.lowered[k] in self.vocabulary.role_enders \
                    and (self.lowered[k - 1], self.lowered[k]) not in pairs and (self.lowered[k], self.lowered[k + 1]) not in pairs:
                # The verb after the body: "… biên phòng cho biết". (Not after a lower-case
                # unit: "Chủ tịch UBND xã, phường Hòa Khánh đã …" says what the ward did.)
                said = self._speech_at(k)
                return k if k - start >= 2 and (said or not self.words[start].islower()) else 0
            if self.words[k] == "vì" and k > start + 1 and not self.words[start].islower() \
                    and not _is_capitalised(self.words[k + 1] if k + 1 < len(self.words) else ""):  # (not "… quốc tế vì Hòa bình")
                return k  # "…, Bộ Chỉ huy quân sự tỉnh vì (đã có) thành tích …": why he is named, no part of the body
            k += 1
        if self.words[k:k + 1] == ["("] and k + 2 < len(self.words) and _is_acronym(self.words[k + 1]) and self.words[k + 2] == ")":
            return k + 3  # "…, Bộ Văn hóa, Thể thao và Du lịch (VHTTDL)": its short name closes it
        if k > start + 1 and (closed := self._parenthesis_end(k)) and (self.words[closed:closed + 1] in ([","], [";"], ["."], [":"])
                                                                    or self._speech_at(closed)):
            return closed  # "…, Cục Việc làm (Bộ Nội vụ), …", "… (Bộ LĐTB&XH) cho hay": the ministry above it, in brackets
        return k if k < len(self.words) and self.words[k] in (",", ";", ".", ")", ":") else 0

    def _next_mans_post_at(self, k: int) -> bool:
        """"và" at k, then a post that ends in its holder's name: "… và Thiếu úy Lê Ngọc Hiếu"
        (not the posts of many, "… và Giám đốc các trung tâm y tế huyện": more guests)."""
        return self.lowered[k] == "và" and bool(self._role_head_at(k + 1)) and self._ends_in_a_name(k + 1)

    def _clause_opens_at(self, start: int) -> bool:
        """After a post set off by a comma, the sentence's own subject, not a body: a known
        place or one capitalised word that is no body's, then a lower-case word no body's
        name holds ("Theo bà A, Phó Cục trưởng …, Việt Nam thu hút …", "…, Giải thưởng sẽ …")."""
        run_end = start
        while run_end < len(self.words) and _is_capitalised(self.words[run_end]):
            run_end += 1
        if run_end == start or run_end + 1 >= len(self.words) or not (self.words[run_end].isalpha() and self.words[run_end].islower()):
            return False
        vocabulary, lower = self.vocabulary, self.lowered[run_end]
        if lower in vocabulary.organisation_words or lower in vocabulary.admin_units or lower in vocabulary.role_prefixes \
                or lower in vocabulary.role_enders or self._speech_at(run_end) \
                or (self.lowered[run_end - 1], lower) in vocabulary.word_pairs or (lower, self.lowered[run_end + 1]) in vocabulary.word_pairs:
            return False  # (a body's word, or the verb after it: "…, Hà Nội cho biết", read on by the caller)
        if self._whole_place(start, run_end):
            return True
        if run_end - start > 1 or self.lowered[start] in vocabulary.organisation_words:
            return False
        # One capitalised word: a clause only where its lower-case words run into a verb
        # ("Giải thưởng sẽ …"), not into a name or a mark ("Nhà hát Giao hưởng …", "Quỹ tiền tệ quốc tế, …").
        k = run_end + 1
        while k < len(self.words) and k - run_end <= _BODY_AFTER_COMMA_WORDS and self.words[k].isalpha() and self.words[k].islower():
            if (self.lowered[k] in vocabulary.role_enders or self._speech_at(k)) \
                    and (self.lowered[k - 1], self.lowered[k]) not in vocabulary.word_pairs:  # (not "… thủy điện …")
                return True
            k += 1
        return False

    def _aside_opened_at(self, start: int) -> int:
        """The bracket a few words before start opened right after a name, or 0."""
        k = start - 1
        while k > 0 and start - k <= _ASIDE_BEFORE_POST and self.words[k] not in ("(", ")"):
            k -= 1
        return k if k > 0 and self.words[k] == "(" and _is_capitalised(self.words[k - 1]) and not self._role_head_at(k - 1) else 0

    def _aged_aside(self, k: int) -> bool:
        """Whether the bracket at k opens with the age or birth year of the name before it:
        "Trầm Bê (61 tuổi, …", "(SN 1963, …", "(sinh năm 1970, …" (not "Hoàng Anh Gia Lai (HLV
        Kiatisak)", a club and its coach, nor "anh Sáu Dân (cố Thủ tướng Võ Văn Kiệt)", a man by his name)."""
        return self._age_in_brackets(k) or self.lowered[k + 1] == "sn" or self.lowered[k + 1:k + 3] == ("sinh", "năm")

    def _alias_in_aside(self, i: int) -> bool:
        """Whether the name at i is another name of the one before the bracket: "Trần Văn Nam (tên
        gọi khác là Trần Quốc Tuấn, …)" (not "ông Tín (Nguyễn Hữu Tín, …)": his full name, his post)."""
        k = self._aside_opened_at(i)
        return bool(k) and self.lowered[i - 1] == "là" and any(w in ("gọi", "tên", "danh") for w in self.lowered[k + 1:i])

    def _name_inside(self, start: int, end: int, listed: bool = False) -> bool:
        """True when the role segment start..end ends in a person's name. A foreign one
        only in a list of posts and names ("Thủ tướng Hà Lan A, Tổng Thư ký NATO Mark
        Rutte, Thủ tướng Đan Mạch B"): after a name, "đại diện hệ thống hoa Liti Florist"
        and "Giám đốc Xuyên Việt Oil" are firms."""
        head_end = start + self._role_head_at(start)
        following = self.words[end + 1] if end + 1 < len(self.words) else ""
        served = next((k for k in range(start, end) if self.lowered[k] == "của" and self._served_name_end(k)), None)
        if served is not None and served + 2 + self._name_at(served + 2, vouched=True) >= end:
            return False  # "luật sư của bà Hồ Thị Hoa": the name is whose lawyer he is
        foreign = listed or (
            (_is_capitalised(self.words[start]) or self.lowered[start] in self.vocabulary.role_prefixes) and self.words[end:end + 1] in ([","], [";"], ["và"])
            and (_is_capitalised(following) or following in self.vocabulary.role_prefixes or self.lowered[end] == "và") and bool(self._role_head_at(end + 1))
        ) or self.lowered[start:head_end] in _LEADERS  # (", cựu Cố vấn An ninh Quốc gia Jake Sullivan và cựu Giám đốc …":
        # a list of former posts too; "… Ngoại trưởng S. Jaishankar và người đồng cấp Trung Quốc …"; a leader's
        # title takes no firm's name: "Chủ tịch Hồ Chí Minh, lãnh tụ Fidel Castro và …")
        named = self._tail_name_start(start, head_end, end, foreign=foreign)
        aside = self._aside_opened_at(start) if named is not None and not listed else 0
        if aside and (self._aged_aside(aside) or end - named == 2 and all(map(is_vietnamese_syllable, self.words[named:end]))):
            # "Trầm Bê (61 tuổi, cựu Phó chủ tịch HĐQT Ngân hàng Phương Nam)", "Nguyễn Thiện Nhân (Chủ tịch
            # HĐQT Công ty cổ phần vốn Thái Thịnh)": in a named man's aside, his firm's name (but "Phí Thị
            # Ong (nguyên Giám đốc Agribank Mạc Thị Bưởi)": a full name, another woman)
            return False
        return named is not None

    def _foreign_name_start(self, run_start: int, first_allowed: int, end: int) -> int | None:
        """'Tổng thống Mỹ Joe Biden': the longest run of two to four capitalised words at
        the end that holds a word no Vietnamese syllable spells, and no place."""
        places = self.vocabulary.places
        # (five words where a particle is one of them: "Luiz Inácio Lula da Silva")
        # (and five foreign words: "Phó Tổng thống Ecuador María José Pinto González Artigas")
        last_five = self.words[max(0, end - 5):end]
        # (not two names run together: "Tổng thống George W. Bush Greg Mankiw")
        longest = 5 if any(w in _NAME_PARTICLES for w in last_five) \
            or end - first_allowed >= 5 and all(len(w) > 2 for w in last_five) and sum(not is_vietnamese_syllable(w) for w in last_five) >= 4 else 4
        for start in range(max(first_allowed, end - longest), end - 1):
            words = self.words[start:end]
            if start > 1 and self.words[start - 1] in _DASHES and f"{self.words[start - 2]}{self.words[start - 1]}{self.words[start]}" in self.source:
                continue  # "Jean-Christophe Carret": half of a hyphenated given name
            repeated = start > 0 and self.words[start - 1] == words[0]  # "Quốc phòng Israel Israel Katz": the country, then a name that opens like it
            if words[0] in _NAME_PARTICLES or words[0][:3] in ("Al-", "El-") or words[0] in self.vocabulary.not_name_starts \
                    or any(w in places for w in words[1 if repeated else 0:]) or any(" ".join(words[k:k + 2]) in places for k in range(len(words) - 1)) \
                    or start > 0 and f"{self.words[start - 1]} {words[0]}" in places:  # (nor in a place's middle: "Nhật Bản Kihara")
                continue
            if any(len(w) < 2 and not self._is_initial(start + n) and not (w == "U" and 0 < n + 1 < len(words)) for n, w in enumerate(words)) \
                    or any(w in self.vocabulary.foreign_body_words for w in words) \
                    or self._firm_word_at(start, run_start, end):
                continue  # "Rystad Energy", "Silk Road": a firm, a market (and "Uber Travis Kalanick", below)
            # "Chủ tịch SK Hynix Chey Tae Won": a word after a firm's acronym is its brand.
            if sum(w not in _NAME_PARTICLES for w in words) >= 4 and start > 0 and _is_acronym(self.words[start - 1]):
                continue
            # After a place of one to four words: "Mỹ Joe Biden", "Việt Nam Gennady Bezdetko",
            # "Thổ Nhĩ Kỳ Recep Tayyip Erdogan".
            after_place = any(" ".join(self.words[k:start]) in places for k in range(max(run_start, start - 4), start))
            # "Sacombank Cam Ranh", "Happy Flower" after "thương hiệu": a firm and a place,
            # a brand; no foreign name is one foreign word and then Vietnamese syllables
            # (but after a country, "Hàn Quốc Wi Sung Lac", a Korean name may be).
            after_rank = start > 0 and (tuple(self.lowered[start - 1:start]) in self.vocabulary.ranks or tuple(self.lowered[start - 2:start]) in self.vocabulary.ranks)
            if len(words) >= 3 and not is_vietnamese_syllable(words[0]) and all(map(is_vietnamese_syllable, words[1:])) and not after_place \
                    and not after_rank and not (len(words) == 3 and words[0] in _FAMILY_NAMES_FIRST):
                # (after a rank, "Đại tướng Zaw Min Tun", a Burmese name; and a Korean
                # family name before two syllables Vietnamese spells too: "HLV Park Hang Seo")
                continue
            if start == run_start and (self.lowered[start - 1] in _BRAND_BEFORE or self.lowered[start - 2:start] == ("đại", "học")):
                continue  # (and "Đại học New South Wales": a university's name)
            after_brand = start - 1 == run_start and start >= 2 and _is_acronym(self.words[start - 2]) \
                or start > run_start and self.words[start - 1] in self.vocabulary.foreign_body_words \
                or self._firm_word_at(start - 1, run_start, end)  # "Fed Jerome Powell", "CEO Uber Travis Kalanick"
            # (Right after a capitalised head of one word, "Tướng Ben Hodges", too.)
            right_after_head = start == first_allowed > run_start
            if start == run_start + 1 and self.words[run_start] in _HONOURS_BEFORE_A_NAME and any(not is_vietnamese_syllable(w) for w in words):
                return run_start  # "Thủ tướng Sheikh Mohammed bin Abdulrahman Al Thani": the honour is the name's (_add drops it)
            # "tỉnh Ontario Doug Ford", "bang Minnesota Amy Klobuchar": after a unit, its name first.
            if run_start > 0 and self.lowered[run_start - 1] in _FOREIGN_UNITS and end - run_start >= 3:
                if start == run_start:
                    continue
                after_place = after_place or start == run_start + 1
            if any(not is_vietnamese_syllable(w) for w in words) and (start == run_start or after_place or after_brand or right_after_head):
                return start
        return None

    def _firm_word_at(self, k: int, run_start: int, end: int) -> bool:
        """The word at k opens the run after the post's own words, a name of two words or
        more follows it, and the article writes it alone where a firm or a place stands:
        "CEO Uber Travis Kalanick" (not "Thủ tướng Thái Lan Paetongtarn Shinawatra" after
        "Chính phủ của Paetongtarn": a name after a place, nor one of two words)."""
        return k == run_start and end - k >= 3 and self.words[k] in self.not_names

    def _place_after_letters(self, start: int, end: int) -> bool:
        """Two Vietnamese syllables right after a body's letters that end a post set off after
        its holder's name: the body's district or town, no second man ("ông Đỗ Trường Sơn,
        Trưởng phòng GD&ĐT Thái Thụy là …"; a second man's name after letters has three:
        "…, Chủ tịch UBND tỉnh Nguyễn Văn Bình")."""
        return end - start == 2 and _is_acronym(self.words[start - 1]) and all(map(is_vietnamese_syllable, self.words[start:end]))

    def _firm_named_after_its_man(self, role_start: int, start: int, end: int) -> bool:
        """The name ending a post set off after a man's name says his given names again: the firm
        he named after himself ("Luật sư Nguyễn Hồng Thái, Giám đốc Công ty Luật quốc tế Hồng Thái
        và đồng nghiệp"), no second man."""
        length = end - start
        if not 2 <= length <= 3 or role_start <= 3 or self.words[role_start - 1] != ",":
            return False
        # (his last two names, the firm's words before them no family name: "Công ty Luật Văn Hùng
        # và cộng sự" of "Nguyễn Văn Hùng"; not a second man, "… Trần Văn Hùng")
        return self.words[end - 2:end] == self.words[role_start - 3:role_start - 1] \
            and (length == 2 or self.words[start] not in self.vocabulary.family_names)

    def _namesake_body_before(self, start: int, head_end: int) -> bool:
        """A name right after a hospital's, school's or museum's word, ending a post set off
        after its holder's name: the man the body is named after, no second man ("BS.CKII A,
        Phó Giám đốc Bệnh viện Lê Văn Việt đọc thư …"; not "… nhà trường Nguyễn Văn B")."""
        return start - 1 >= head_end and (
            any(self.lowered[start - len(opener):start] == opener and _is_capitalised(self.words[start - len(opener)])
                for opener in _NAMESAKE_BODIES)
            or self.words[start - 1] in ("Trường", "THPT", "THCS") and self.lowered[start - 2:start] not in _NOT_A_SCHOOL)

    def _tail_name_start(self, role_start: int, head_end: int, end: int, foreign: bool = True) -> int | None:
        # _role_end asks where its role stops; _role_first asks the same again.
        key = (role_start, head_end, end, foreign)
        if key not in self._tail_starts:
            self._tail_starts[key] = self._find_tail_name_start(role_start, head_end, end, foreign)
        return self._tail_starts[key]

    def _holder_set_off_after_place(self, role_start: int, end: int) -> bool:
        """'Thị trưởng Hermosillo, ông Antonio Astiazaran xác nhận …': a post opening the
        sentence, one word, then a comma and the holder's name after "ông"/"bà", his words
        next (not "Tổng thống Trump, ông Tập Cận Bình gặp nhau", two men)."""
        if self.words[end:end + 1] != [","] or self.lowered[end + 1] not in ("ông", "bà") \
                or role_start and self.words[role_start - 1] not in _SENTENCE_OPENERS:
            return False
        length = self._name_at(end + 2, vouched=True)
        return length >= 2 and self._speech_at(end + 2 + length)

    def _goes_on_a_name_run(self, k: int, role_start: int) -> bool:
        """The word at k belongs to the capitalised run a role's name ends (read back from its
        end): a capitalised word, a name's particle, or "&" between capitalised words."""
        return _is_capitalised(self.words[k]) or self.lowered[k] in _NAME_PARTICLES and self._particle_in_name(k) \
            or self.words[k] == "&" and k - 1 > role_start and _is_capitalised(self.words[k - 1])  # "Trinidad & Tobago"

    def _find_tail_name_start(self, role_start: int, head_end: int, end: int, foreign: bool) -> int | None:
        """Where the name at the end of a role-first mention starts, or None. Where the
        capitalised run holds a place and a name ('Lạng Sơn Hoàng Thị Oanh'), it splits
        after a known place; failing that, the usual three-syllable name wins. A name of
        two syllables ('Tô Lâm') only right after the role's own words, not after a
        body's capitalised name ('Công ty Hoàng Long')."""
        if role_start and self.lowered[role_start:head_end] in _HISTORY_HEADS and (
            self.words[role_start - 1] in _NAMESAKE_PLACES or self.lowered[role_start - 1] in _TOMBS_AND_SHRINES
            or self.lowered[role_start - 1] == "thờ" and self.lowered[role_start - 2] in _TOMBS_AND_SHRINES
        ):
            return None  # "Lăng Tả quân Lê Văn Duyệt", "Đường Thái sư Trần Thủ Độ": a place named after a person
        if self._matches(role_start, ("vua",)) and (
            head_end < len(self.words) and not _is_capitalised(self.words[head_end]) or self.lowered[role_start - 1] in _SHRINE_WORDS
        ):
            return None  # "Vua phá lưới A", "vua thép A" (a nickname), "Đền thờ Vua Lý Thái Tổ" (a shrine)
        if end - 2 >= head_end and self.words[end - 1].isupper() and _REGNAL_NUMBER.fullmatch(self.words[end - 1]) \
                and _is_capitalised(self.words[end - 2]) and any(self._matches(head_end - len(h), h) for h in _REIGNING_HEADS):
            return end - 2  # "Giáo hoàng Leo XIV", "Thượng phụ Bartholomew I"
        if end <= role_start or not self._goes_on_a_name_run(end - 1, role_start):
            return None  # (no capitalised run ends here, so no name does: half the questions asked, decided at once)
        if end + 1 < len(self.words) and (self.lowered[end - 1], self.lowered[end]) == ("đại", "học") and _is_capitalised(self.words[end + 1]):
            return None  # "Bí thư Đoàn Trường Đại học Bách khoa": a university goes on, no name ends here
        if self.words[end - 1] in self.vocabulary.foreign_body_words:
            return None  # "Tổng giám đốc Kim Oanh Group": a firm's name ends the run, no man's
        if self.words[head_end:head_end + 1] == ["Đoàn"] and self.lowered[head_end - 1] == "thư" and end - head_end == 2 \
                and self.words[head_end + 1] in _YOUTH_UNION_LEVELS:
            return None  # "Bí thư Đoàn Trường chia sẻ": the school's Youth Union, not Mr Đoàn Trường
        if self.words[end - 2:end] == ["Đoàn", "Thanh"] and self.lowered[end] == "niên":
            return None  # "Bí thư thường trực Trung ương Đoàn Thanh niên Cộng sản …": the Youth Union, its capitals cut at "niên"
        whose = self._place_end(end + 1) if self.lowered[end] == "của" and end + 5 <= len(self.words) else 0
        after = whose or end  # (past "của Nga": "… Olympic Sochi của Nga ông Dmitry Chernyshenko")
        if after + 2 < len(self.words) and self.words[after] in ("ông", "bà") and _is_capitalised(self.words[after + 1]) \
                and _is_capitalised(self.words[after + 2]) and not is_vietnamese_syllable(self.words[end - 1]):
            return None  # "Chủ tịch Ủy ban Olympic Sochi ông Dmitry Chernyshenko": the name comes after "ông"
        run_start = end
        while run_start > role_start and self._goes_on_a_name_run(run_start - 1, role_start):
            run_start -= 1
        if self.lowered[run_start - 1] == "của" and self.words[end:end + 1] == [","] and self.lowered[end + 1:end + 2] in (("ông",), ("bà",)) \
                and (length := self._name_at(end + 2, vouched=True)) >= 2 and self.words[end + 2 + length:end + 3 + length] == [","]:
            return None  # "Giám đốc điều hành của Bavarian Nordic, ông Paul Chaplin, nhấn mạnh": whose head, then he, set off
        while run_start < end and self.lowered[run_start] in _NAME_PARTICLES and not (
            self.words[run_start] in self.vocabulary.family_names and run_start + 1 < end and is_vietnamese_syllable(self.words[run_start + 1])
        ):
            run_start += 1  # (not "Trung sĩ La Thế Anh": a family name; but "La Liga Javier Tebas")
        if self._korea_before_a_korean_name(run_start, end):
            run_start += 1  # "Đại sứ Hàn Park No Wan": Korea, then a Korean name (not Mr Hàn)
        if end - run_start >= 3 and _KOREAN_GIVEN_NAME.fullmatch(self.words[end - 1]) and len(self.words[end - 2].rstrip(".")) != 1:
            run_start = end - 2  # "… tỉnh Nam Jeonlla Joo Sun-seon": a Korean name is a family name and its given name, the place before it
        if run_start >= 2 and self.words[run_start - 1] in _DASHES and _is_joint_nations(self.words[run_start - 2], self.words[run_start]):
            run_start += 1  # "Bệnh viện Việt - Hàn Đà Nẵng": the second nation of a joint body's name, no family name
        if run_start < end - 1 and self.lowered[run_start - 1] == "châu" and self.words[run_start] in _CONTINENTS:
            run_start += 1  # "Ủy ban châu Âu Ursula von der Leyen": the continent is no name
        # "Phó Tổng thống Mỹ JD Vance": initials before a foreign name are part of it.
        if run_start - 1 > role_start and _INITIALS_PAIR.fullmatch(self.words[run_start - 1]) and end - run_start == 1 \
                and self.lowered[run_start - 1] not in _ABBREVIATED_UNITS and not is_vietnamese_syllable(self.words[run_start]):
            run_start -= 1
            if run_start - 1 > role_start and _is_capitalised(self.words[run_start - 1]) and not is_vietnamese_syllable(self.words[run_start - 1]) \
                    and self.words[run_start - 1] not in self.vocabulary.places:
                run_start -= 1  # "tổng thống George HW Bush": the given name before the initials too
        if run_start - 1 == head_end and self.words[run_start - 1] == "trường" and self.words[end:end + 1] == [","] and end - run_start <= 4:
            return None  # "…, Hiệu trưởng trường Đinh Bộ Lĩnh, phường Tân Mỹ": a school named after a man, set off
        if self.lowered[run_start - 2:run_start] == ("chi", "nhánh"):
            return None  # "Giám đốc VPBank chi nhánh Lê Văn Lương": the branch is named after a street
        if self.lowered[run_start - 2:run_start] == ("biên", "phòng") and "đồn" in self.lowered[role_start:run_start - 2]:
            return None  # "Đồn trưởng Biên phòng Ma Lù Thàng": a border post is named after its place
        if end - run_start <= 2 and run_start - 1 > head_end and (
            self.lowered[run_start - 2:run_start] in _FACILITIES or self.lowered[run_start - 1] in _FACILITY_WORDS
        ) and (all(map(is_vietnamese_syllable, self.words[run_start:end])) or end - run_start == 1 or self.lowered[run_start - 2:run_start] == ("nhà", "tù")):
            # "Giám đốc Bến xe Giáp Bát", "cựu Giám đốc nhà tù Tuol Sleng": the place's name (a foreign
            # name after a museum or an airport is its director's: "Giám đốc bảo tàng Hartwig Fischer")
            return None
        if end - run_start <= 2 and self.lowered[run_start - 1] == "clb" and self.words[run_start] not in self.vocabulary.family_names \
                and self.words[end:end + 1] == [","] and self._name_at(end + 1 + (self.lowered[end + 1] in ("ông", "bà")), vouched=True) >= 2:
            return None  # "Chủ tịch CLB Al Nassr, Musali Al Muammar": the club's name, its holder set off after it
        if self.lowered[run_start - 4:run_start] == ("văn", "phòng", "luật", "sư"):
            return None  # "Trưởng văn phòng Luật sư Nguyễn Anh": a law office named after its lawyer
        if self.lowered[run_start - 3:run_start] == ("của", "tổ", "chức"):
            return None  # "Chuyên gia … của tổ chức Nông Lương Liên Hợp Quốc": the organisation's name (FAO), no man's
        if self.words[run_start - 1:run_start] == ["Quỹ"] or self.words[run_start - 3:run_start - 2] == ["Quỹ"] \
                and self.lowered[run_start - 2:run_start] == ("học", "bổng"):
            # "Chủ tịch Quỹ học bổng Vừ A Dính": a fund named after a man, its name right after
            # "Quỹ" (not "nhà quản lý quỹ Mark Mobius", a fund's manager)
            return None
        first_allowed = max(run_start, head_end)
        if run_start < end and self.words[run_start] == "Y" and self.lowered[run_start - 2:run_start] in (("đại", "học"), ("học", "viện")):
            first_allowed = max(first_allowed, run_start + 2)  # "Trường Đại học Y Dược": medicine, not an Ê Đê name ("Y Thanh Hà Niê Kđăm")
        level_end = run_start - (run_start >= 3 and self.lowered[run_start - 1] == "chuyên")  # ("Trường THPT chuyên Lê Hồng Phong")
        if end - run_start <= 3 and level_end >= 2 and ("trường" in self.lowered[role_start:run_start] or "thcs" in self.lowered[role_start:run_start]
                                                         or "thpt" in self.lowered[role_start:run_start]) \
                and (self.lowered[level_end - 2:level_end] in _SCHOOL_LEVEL_WORDS or self.lowered[level_end - 1] in ("thcs", "thpt")):
            return None  # "… Trường phổ thông dân tộc bán trú tiểu học Kim Thủy": the school's name, after its level
        if self.words[run_start:run_start + 1] == ["Đoàn"] and self.lowered[run_start - 1] in ("ương", "ư", "t.ư", "tw") and end - run_start >= 3 \
                and self.words[run_start + 1] in self.vocabulary.family_names:
            first_allowed = max(first_allowed, run_start + 1)  # "Bí thư Trung ương Đoàn Nguyễn Ngọc Lương": the Youth Union's
        if run_start > head_end and self.lowered[run_start - 1] == "người" and end - run_start >= 3:
            first_allowed = max(first_allowed, run_start + 1)  # "thủ lĩnh người Kurd Mazloum Abdi": the people is no name
        whole = _normalised(self.text(run_start, end)) if run_start < end and self.words[run_start] in _place_first_words(self.vocabulary) else ""
        if whole in self.vocabulary.places and whole not in self.vocabulary.people_named_like_places:
            return None  # "Thống đốc Rio de Janeiro, Claudio Castro": the place, whole, is no name
        if end - run_start >= 3 and self.words[run_start] in _COUNTRIES_WRITTEN_SHORT and run_start + 1 >= first_allowed \
                and self._foreign_name_start(run_start + 1, run_start + 1, end) == run_start + 1:
            return run_start + 1  # "Thủ tướng Nhật Sanae Takaichi" (but "nữ ca sĩ Nhật Kim Anh" is her name)
        # "Thủ tướng Đan Mạch Mette Frederiksen", "Nội vụ Afghanistan Sirajuddin Haqqani": a
        # known place, then a foreign name (not "Mạch Mette …", a family name by chance).
        if end - run_start >= 3 and self.words[run_start] in _place_first_words(self.vocabulary):
            for split in range(max(first_allowed, run_start + 1), min(run_start + 5, end - 1)):
                place = self._whole_place(run_start, split)
                if not place:
                    continue
                if self._foreign_name_start(split, split, end) == split:
                    return split
                if self.words[split] in _HONOURS_BEFORE_A_NAME and self._foreign_name_start(split + 1, split + 1, end) == split + 1:
                    return split  # "Quốc vương Qatar Sheikh Tamim bin Hamad Al Thani": the title of honour, then the name
                if place in _SYLLABLE_NAME_COUNTRIES and 2 <= end - split <= 3 and self.words[split] not in self.vocabulary.not_name_starts \
                        and all(map(is_vietnamese_syllable, self.words[split:end])) \
                        and not any(" ".join(self.words[k:k + n]) in self.vocabulary.places for k in range(split, end) for n in (1, 2)):
                    return split
        if self._body_opens_at(end - 1):
            return None  # "Bí thư Đoàn TNCS Hồ Chí Minh Học viện …": a body's name goes on, no name ends here
        candidates = [n for n in range(first_allowed, end - 1) if is_full_name(self.words[n:end], self.vocabulary, vouched=False)
                      and not self._place_goes_on_into(run_start, n) and (self.lowered[n - 1], self.lowered[n]) not in _WORDS_ENDING_IN_A_FAMILY_NAME]
        first = min(candidates, default=end)
        if end - first == 2 and self.lowered[first - 1] in _BODY_NOUNS and self.lowered[end] == "và" \
                and _is_capitalised(self.words[end + 1] if end + 1 < len(self.words) else "") \
                and self.words[end + 1] not in self.vocabulary.family_names and not self._role_head_at(end + 1):
            return None  # "Giám đốc Sở Nông Nghiệp và Môi trường": a body's fields in title case, no Mr Nông Nghiệp
        if (
            not candidates and run_start == head_end and self.text(head_end, end) in self.vocabulary.people_named_like_places
            and not self._in_place_name(role_start)
        ):
            return head_end
        if not candidates and end - run_start == 1 and run_start == head_end and self._surname_after_title(head_end, head_end) \
                and not (self.words[end:end + 1] in (["-"], ["–"]) and self.lowered[end + 1] in ("ông", "bà")
                         and self._name_at(end + 2, vouched=True) >= 2 or self._holder_set_off_after_place(role_start, end)):
            # "Tổng thống Trump", "Hoàng tử William": a foreign name by one word (not "Thị
            # trưởng Odesa - ông Gennadiy Trukhanov": a place, then the name set off by a dash,
            # or by a comma where the post opens the sentence, "Thị trưởng Hermosillo, ông …";
            # "Sau cuộc gặp với Tổng thống Trump, ông Tập Cận Bình …" is the next clause's)
            return run_start
        if not candidates and end - run_start == 2 and run_start == head_end and self.lowered[role_start:head_end] in _COACHES \
                and all(map(is_vietnamese_syllable, self.words[run_start:end])) and is_full_name(self.words[run_start:end], self.vocabulary, vouched=True) \
                and not any(_normalised(self.text(run_start, k)) in self.vocabulary.places for k in range(run_start + 1, end + 1)):
            return run_start  # "HLV Hữu Thắng": a coach by his given names, as the sports pages call him (not "HLV Việt Nam")
        if not candidates and 2 <= end - run_start <= 4 and run_start == head_end and _normalised(self.text(run_start, end - 1)) in self.vocabulary.places \
                and self._surname_after_title(head_end, end - 1):
            return end - 1  # "Thủ tướng Israel Netanyahu", "Thủ tướng Nhật Bản Takaichi": the country, then one name
        if not candidates and run_start == head_end and 2 <= end - run_start <= 3 and all(map(is_vietnamese_syllable, self.words[run_start:end])) \
                and any(self._matches(head_end - len(title), title) for title in _COURT_TITLES) \
                and not any(_normalised(self.text(run_start, k)) in self.vocabulary.places for k in range(run_start + 1, end + 1)) \
                and self.lowered[role_start - 1:role_start] not in (("các",), ("những",), ("“",), ('"',)):
            # (not a realm: "hoàng đế La Mã", "vua Ba Tư"; nor "các hoàng đế …", a nickname in quotes)
            return run_start  # "Vua Bảo Đại", "hoàng hậu Nam Phương", "Hoàng đế Quang Trung": a court's name, no family name
        if not candidates and end - run_start == 1 and run_start >= first_allowed and _is_apostrophe_name(self.words[run_start]) \
                and (run_start == head_end and self.lowered[head_end - 1] not in _UNITS_BEFORE_A_PLACE or self.lowered[run_start - 1] == "tỉnh"):
            # "Phó Chủ tịch HĐND tỉnh K'Thanh": a K'Ho or M'Nông given name, alone, right after the
            # post or after "tỉnh" (no province's name holds an apostrophe; a district's, a
            # commune's, a village's may: "huyện M'Đrắk", "trưởng thôn K'Long")
            return run_start
        if not candidates and end - run_start <= 2 and run_start > head_end and self.lowered[run_start - 1] in self.vocabulary.admin_units:
            return None  # "Chủ tịch UBND xã Đạ Sar xác nhận": words after the unit that make no Vietnamese name are its place's
        if end - run_start == 2 and run_start > head_end and (self.lowered[run_start - 1] in self.vocabulary.admin_units or self.lowered[run_start - 1] in _VILLAGE_UNITS) \
                and not (candidates and self._man_after_the_provinces_unit(head_end, run_start, end)):
            return None  # "nông dân thôn Lạc Sơn", "ngư dân ở xã Lý Hòa": two words right after a unit are its place's
        if not candidates:
            return self._foreign_name_start(run_start, first_allowed, end) if foreign else None

        # After its unit the run opens with a place: "xã Đồng Tâm Đinh Văn Kỹ".
        unit_before = self.lowered[run_start - 1] if run_start > 0 else ""
        after_unit = unit_before in self.vocabulary.admin_units or unit_before in _PLACE_UNITS or (
            unit_before == "cư" and self.lowered[run_start - 2] == "dân")  # "khu dân cư Ngô Xá"
        if run_start >= 4 and self.words[run_start - 1].isdigit() and self.words[run_start - 2] == "-" \
                and self.lowered[run_start - 4] in _SHIPS:
            return None  # "tàu HQ-011 Đinh Tiên Hoàng": the ship, named after a king
        set_off = role_start >= 2 and self.words[role_start - 1] in (",", "-", "–") and _is_capitalised(self.words[role_start - 2])
        if set_off and after_unit and end - run_start <= 3 and self.words[end:end + 1] in ([","], ["."], [";"], ["("]) \
                and self.words[run_start] not in ("Y", "H", "A") and self._addressed_before(role_start - 1):
            # "Ông Trần Ngọc Hiền, Phó chủ tịch UBND huyện Hàm Thuận Bắc, cho biết": in a post set
            # off after a name, the words right after its unit, closed by a mark, are the place's
            candidates = [n for n in candidates if n > run_start]
            if not candidates:
                return None
        if set_off and after_unit and end - run_start == 3 and self.words[run_start + 1] in _MIDDLE_NAMES \
                and self.words[run_start] not in self.vocabulary.family_names and self.words[run_start] not in ("Y", "H", "A"):
            # "Ông Bùi Văn Nam – Chủ tịch UBND xã Tả Văn Chư cho biết": in a post set off after a
            # name, three words right after its unit that open with no family name are the place's
            # (the middle name "Văn" vouches for no one there; "Trưởng bản Lô Văn Vân" opening a
            # sentence is a man).
            candidates = [n for n in candidates if n > run_start]
            if not candidates:
                return None

        def preference(start: int) -> tuple[int, int]:
            place = _normalised(self.text(run_start, start))
            if start > run_start and place in self.vocabulary.places:
                return (0, 0)  # "tỉnh Bắc Ninh Mai Sơn": a known place, then the name
            if self.words[start] in ("Y", "H"):
                return (0, 1)  # "tỉnh Y Thanh Hà Niê Kđăm", "xã Ea Tiêu Y Kim Niê": an Ê Đê name, whole
            known = (start == run_start and not (end - run_start >= 5 and any(end - n == 3 for n in candidates))) \
                or (after_unit and start > run_start and end - start >= 3)  # ("Tập đoàn Danh Khôi Nguyễn Văn A": five words hold a name of three)
            family = self.vocabulary.family_names
            if end - start == 4 and start - run_start >= 2 and not after_unit and self.words[start] in family \
                    and self.words[start + 1] in family and self.words[start + 2] not in _MIDDLE_NAMES \
                    and _normalised(self.text(start - 1, start + 1)) not in self.vocabulary.places \
                    and self.words[start - 1] not in ("Ư", "ương", "Ương") \
                    and not (start - 2 >= run_start and self.words[start - 2] in family and self._name_at(start - 2, vouched=False) >= 3):
                # "… chuyên trang Nhà Tốt Trần Nguyễn Hoàng Uyên": two family names, the father's and
                # the mother's, after a body's name of two words or more (not "Công ty … Âu Lạc Nguyễn
                # Quốc Hùng", nor after a unit: "xã Nhơn Lý Nguyễn Thành Danh"; nor after the first
                # words of a place, "Báo Quảng Ninh Hoàng Chí Dũng", of the Youth Union, "T Ư Đoàn Bùi
                # Quang Huy", or of a man a school is named after, "Trường THPT chuyên Phan Bội Châu …")
                return (1, 0)
            return (1 if known else 2, [3, 4, 2, 5].index(end - start))

        # "thôn Đồng Tâm Đinh Văn Kỹ": after a village's unit (not the role's own, "Trưởng
        # thôn Nguyễn Văn A") a run of five opens with the village's name.
        village = unit_before in _VILLAGE_UNITS or unit_before == "cư"
        if after_unit and village and run_start - 1 >= head_end and end - run_start >= 5 and any(end - n >= 3 for n in candidates if n > run_start):
            candidates = [n for n in candidates if n > run_start]
        name_start = min(candidates, key=preference)
        if name_start - 1 >= head_end and self.words[name_start - 1] in _BAPTISMAL_NAMES:
            name_start -= 1  # "Linh mục Giuse Nguyễn Văn Tốt": the name of baptism is his
        if end - name_start <= 3 and (
            self.words[name_start - 1] in _SCHOOL_TYPES and tuple(self.lowered[name_start - 2:name_start]) not in self.vocabulary.word_pairs
            or self.words[name_start - 2:name_start] in _SCHOOL_LEVELS
            or "&" in self.words[name_start - 1] and _SCHOOL_TYPES.issuperset(self.words[name_start - 1].split("&"))
        ):
            return None  # "Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn", "Trường TH&THCS Quan Sơn": a school named after a person or place (not "Môi Trường", a field in title case)
        if self.words[name_start] == "Đoàn" and self.words[name_start - 1] in _UNION_UNITS and name_start - 1 == head_end and end - name_start <= 3:
            return None  # "Bí thư Tỉnh Đoàn Sơn La": the province's Youth Union, then the province
        if self.words[name_start] == "Đoàn" and self.lowered[name_start - 1] in _UNION_UNITS_LOWERED and end - name_start <= 3 \
                and _normalised(self.text(name_start + 1, end)) in self.vocabulary.places:
            return None  # "Phó bí thư quận Đoàn Thanh Xuân": the district's Youth Union, then a place (not "tỉnh Đoàn Văn Phi")
        if self._after_memorial_word(name_start):
            return None  # "Khu di tích Nguyễn Du", "Nhà lưu niệm …": a place named after a person (not "huyện Chi Lăng A")
        if name_start == run_start and name_start - 1 > head_end and self.words[name_start - 1] in ("ở", "tại"):
            return None  # "Chuyên gia Việt ở Vũ Hán kể …": where he is, not who
        if end - name_start == 2 and name_start - 1 > head_end and self.lowered[name_start - 1] in _FIRM_BEFORE:
            return None  # "Giám đốc công ty Hoàng Long", "chủ quán Hương Quê": the firm's name, not a person's
        if self._firm_kind_before(head_end, name_start) or end - name_start == 2 and self.lowered[name_start - 2:name_start] in _FIRM_HEADS:
            # "… Công ty Cổ phần Đầu tư và Phát triển Nguyễn Kim", "Chủ tịch HĐQT Công ty cổ phần
            # Hoàng Anh Gia Lai": the firm's name after its kind, however long
            return None
        if end - name_start == 2 and name_start - 2 > role_start and self.words[name_start - 1] in _DASHES \
                and (_is_capitalised(self.words[name_start - 2]) or self.words[name_start - 2] == ")"):  # (and "Khánh Thành (Ninh Bình) - Giáp Bát")
            return None  # "Cao tốc Đồng Đăng - Trà Lĩnh": two places joined, not a name
        if end - name_start == 2 and name_start == run_start and (
            self.lowered[name_start - 1] in self.vocabulary.admin_units or self.lowered[name_start - 1] in ("ủy", "uỷ", "xứ", "phận")
        ) and not self._named_after_the_provinces_committee(name_start) \
                and not (_is_apostrophe_name(self.words[name_start]) and self.lowered[name_start - 2] in ("tỉnh", "thành")):
            # "huyện Kim Sơn", "Huyện ủy Mai Châu", "Giáo xứ Thái Hà": a place after its unit or committee
            # (no province's name holds an apostrophe: "Phó Bí thư Tỉnh ủy H'Hen Niê" is hers)
            return None
        if end - name_start == 2 and any(
            _is_capitalised(w) or _is_acronym(w) for w in self.words[head_end:name_start] if w not in ("Chính",)
        ) and _normalised(self.text(run_start, name_start)) not in self.vocabulary.places and name_start != run_start \
                and self.words[name_start] != "A" \
                and not (after_unit and name_start - run_start == 2 and self.words[name_start] in self.vocabulary.family_names
                         and (role_start == 0 or self.words[role_start - 1] not in (",", *_DASHES))):
            # ("xã Ngọc Linh A Phương": a Xơ Đăng name, after the place; "UBND xã Nâm Nung Lê
            # Sơn": a commune of two words after its unit, then a family name and one more; not
            # a post set off after a name, "ông A – Chủ tịch … xã Phú Sơn Lâm Hà", a commune's full name)
            return None
        return name_start

    def _named_after_the_provinces_committee(self, k: int) -> bool:
        """'Trưởng ban Tổ chức Tỉnh ủy Nguyễn Chín công bố …', 'Chủ tịch UBND tỉnh Lê Quân.': two
        words after "Tỉnh ủy", or after the province's "tỉnh" in lower case, that are no province
        (every province is known) and open with a family name are a man's."""
        return (self.lowered[k - 2:k] in (("tỉnh", "ủy"), ("tỉnh", "uỷ")) or self.words[k - 1] == "tỉnh") \
            and self.words[k] in self.vocabulary.family_names and _normalised(self.text(k, k + 2)) not in self.vocabulary.places

    def _man_after_the_provinces_unit(self, head_end: int, k: int, end: int) -> bool:
        """"Chủ tịch UBND tỉnh Lê Quân.": the two words from k, after the province's "tỉnh" and a
        body of it, then a mark or a role's end, are a man's (see _named_after_the_provinces_committee;
        not "Bí thư tỉnh Hồ Nam", China's, or an old province, with no body before)."""
        return self.words[k - 1] == "tỉnh" and self._named_after_the_provinces_committee(k) \
            and any(_is_capitalised(w) or _is_acronym(w) for w in self.words[head_end:k - 1]) \
            and (end >= len(self.words) or self.words[end] in _PUNCTUATION or self.lowered[end] in self.vocabulary.role_enders)

    def _place_ends_at(self, j: int) -> bool:
        """A known place's name of one to three words ends right before j ("… tỉnh Đắk Nông")."""
        return any(j - n >= 0 and _normalised(self.text(j - n, j)) in self.vocabulary.places for n in (1, 2, 3))

    def _abbreviated_unit_at(self, k: int) -> bool:
        """The stop of a unit written short before its place's name: "TP. Điện Biên Phủ"."""
        following = self.words[k + 1] if k + 1 < len(self.words) else ""
        return self.words[k] == "." and k > 0 and self.lowered[k - 1] in _ABBREVIATED_UNITS \
            and (_is_capitalised(following) or _is_acronym(following))  # (and "TP. HCM")

    def _firm_kind_before(self, head_end: int, name_start: int) -> bool:
        """'Công ty' or 'Tập đoàn', then only the words of what kind of firm it is ('Cổ phần Đầu
        tư và Phát triển', 'TNHH Thương mại'), right up to name_start."""
        firm = next((k for k in range(name_start - 2, head_end - 1, -1) if self.lowered[k:k + 2] in _FIRM_HEADS), None)
        return firm is not None and firm + 2 < name_start and all(w in _FIRM_KINDS for w in self.lowered[firm + 2:name_start])

    def _addressed_before(self, mark: int) -> bool:
        """The name before the mark at `mark` follows "ông", "bà", "chị", "anh" or "đồng chí":
        a man named first, his post set off after ("Ông Trần Ngọc Hiền, Phó chủ tịch …"; not
        a list of posts each before its name, "Bí thư Tỉnh ủy Lê Đình Sơn, Phó Chủ tịch …")."""
        k = mark
        while k > 0 and mark - k < 5 and _is_capitalised(self.words[k - 1]) and self.lowered[k - 1] not in _ADDRESSES:
            k -= 1
        return k < mark and k > 0 and (self.lowered[k - 1] in _ADDRESSES or self.lowered[max(0, k - 2):k] in self.vocabulary.ranks
                                        or self.lowered[k - 1:k] in self.vocabulary.ranks)  # (or his rank: "Thượng tá A, Trưởng Công an phường …")

    def _surname_after_title(self, title_end: int, name_at: int) -> bool:
        """'Tổng thống Trump', 'hạ nghị sĩ Schroeder': a title world news writes before a
        foreigner's one name, then a word no Vietnamese syllable spells and no place."""
        word = self.words[name_at]
        if self.words[name_at + 1:name_at + 2] == [":"] and name_at == title_end \
                or name_at + 1 < len(self.words) and self.lowered[name_at + 1] in _NAME_PARTICLES:
            # "HLV Juve: …", a club in a headline (not "Tổng thống Nga Putin: …", the country
            # between); "HLV Erik ten Hag", a name that goes on
            return False
        last = self.lowered[title_end - 1:title_end] if title_end else ()
        return bool(last) and any(title_end >= len(title) and self._matches(title_end - len(title), title)
                                  for title in _TITLES_BEFORE_ONE_NAME_BY_LAST.get(last[0], ())) and len(word) >= 3 \
            and not is_vietnamese_syllable(word) and not _is_acronym(word) and word not in self.vocabulary.places \
            and word not in self.vocabulary.foreign_body_words and not self._particle_in_name(name_at)

    def _after_memorial_word(self, k: int) -> bool:
        """'Nhà Lưu niệm Đại tướng …', 'Khu di tích Nguyễn Du', 'Đền thờ Chủ tịch …': a memorial's word in lower case
        right before k, a capitalised word just before it (not a comma: "lãnh đạo Đài, Tổng
        Giám đốc …"; nor "huyện Chi Lăng A"), or a statue ("công viên tượng đài Chủ tịch …")."""
        return k >= 2 and self.words[k - 1].islower() and self.lowered[k - 1] in _MEMORIAL_WORDS \
            and _MEMORIAL_WORD_AFTER.get(self.lowered[k - 1], self.lowered[k - 2]) == self.lowered[k - 2] \
            and (any(_is_capitalised(w) for w in self.words[max(0, k - 3):k - 1]) or self.lowered[k - 2:k] == ("tượng", "đài"))

    def _in_place_name(self, i: int) -> bool:
        """'Khu Tưởng niệm Chủ tịch …', 'Bảo tàng …', 'Lăng …': the words before i name a
        place after a person (a lower-case 'tưởng niệm' is the verb, not a place)."""
        before = [k for k in (i - 2, i - 1) if k >= 0]
        return any(self.lowered[k] in _MEMORIAL_WORDS for k in before) and any(_is_capitalised(self.words[k]) for k in before)

    def _name_at(self, i: int, vouched: bool) -> int:
        """Length of a full name starting at i, or 0."""
        key = (i, vouched)  # (a third of the questions are asked again, by another rule)
        if key not in self._names:
            self._names[key] = self._find_name_at(i, vouched)
        return self._names[key]

    def _find_name_at(self, i: int, vouched: bool) -> int:
        j = i
        while j < len(self.words) and j - i < 5 and (
            _is_capitalised(self.words[j]) or self.lowered[j] in _NAME_PARTICLES and self._particle_in_name(j)
        ) and not (j > i and self._body_opens_at(j)):
            if self._role_head_at(j):
                j += self._rank_ending_a_name(i, j)
                break
            j += 1  # (not into a body's name: "ông Nguyễn Văn An Học viện Chính trị …")
        for end in range(j, i, -1):
            if self._award_at(end - 1):
                continue  # "trao tặng ông Nguyễn Văn An Huân chương Lao động": the award, not his name
            if is_full_name(self.words[i:end], self.vocabulary, vouched):
                if end < j and self.words[i] in _place_first_words(self.vocabulary) and self._whole_place(i, j):
                    return 0  # "nhà ngoại giao Thổ Nhĩ Kỳ cho biết": a country, not Mr Thổ Nhĩ
                return end - i
        return 0

    def _given_name_alone_at(self, i: int, trigger_start: int, profession: str) -> int:
        """1 where a given name stands alone at i after a word of address and its post is set off
        after it ("chị Hiền, tiểu thương tại quận 12", "Anh Thiên - thôn trưởng Ia Nueng"); else 0.
        (Not after a calling: "bác sĩ Thành" is most often one the text named in full before.)"""
        word = self.words[i] if i < len(self.words) else ""
        if not (_is_capitalised(word) and word.isalpha() and len(word) > 1 and word[1:].islower()) \
                or word in self.vocabulary.places or self._role_head_at(i) or self._trigger_at(i):
            return 0
        following = self.words[i + 1] if i + 1 < len(self.words) else ""
        if following in ("(", ")") or _is_capitalised(following):
            return 0  # (a longer run, or an aside: read elsewhere)
        # (a place's first word alone is a name here, set off as it is: "anh Hải, quản lý nhà hàng")
        if profession or self.lowered[trigger_start] not in _ADDRESSES_OF_A_GIVEN_NAME or i != trigger_start + 1 or following not in (",", "-", "–"):
            return 0
        before = self.words[trigger_start - 1] if trigger_start else ""
        # (a sentence may open on the words that credit him: "Theo anh Hải, …", lower-case address and all)
        opening = before in _SENTENCE_OPENING_WORDS and self.words[trigger_start].islower()
        if _normalised(f"{self.words[trigger_start]} {word}") in self.vocabulary.places \
                or trigger_start and (_is_capitalised(before) and not opening or self.lowered[trigger_start - 1] in _WHERE_ONE_IS):
            return 0  # (not "Tại Anh Quốc, Thủ tướng …", "Ở Bà Rịa, …", "Hoa Anh Đào, Trưởng ban …")
        post = i + 2 + (self.lowered[i + 2] == "một")
        if not self._role_head_at(post) or self._is_weak_head(post):
            return 0
        post_end = self._role_end(post, apposition=True)
        if trigger_start and self.lowered[trigger_start - 1] in ("theo", "của"):
            # (after "theo" or "của", the words credited may open with a post: "Theo ông Hegseth, quan chức hai
            # nước …"; his own post is closed by a mark)
            read_to = self._roles_from(post)[1]
            if not (self.words[read_to:read_to + 1] in ([","], ["."], [";"], [")"]) or read_to == len(self.words)):
                return 0
        # (not a post before another's name: "ông Trump, phát ngôn viên điện Kremlin, Dmitry Peskov, …")
        others = self.words[post_end:post_end + 1] == [","] and self._set_off_name(post_end + 1, said_ok=True) \
            or self._post_before_set_off_name(post, post_end) \
            or self._tail_name_start(post, post + self._role_head_at(post), post_end) is not None  # ("ông Trump, Phó Tổng thống Mỹ JD Vance trả lời")
        return int(not others)

    def _korea_before_a_korean_name(self, i: int, end: int) -> bool:
        """"Hàn" (Korea) at i before a Korean name of two or three words, one of them no
        Vietnamese syllable ("Hàn Lee Min Ho", "Hàn Ma Dong Seok"); not Mr Hàn ("Hàn Kim Long")."""
        following = self.words[i + 1:min(end, i + 4)]
        return self.words[i:i + 1] == ["Hàn"] and len(following) >= 2 and all(map(_is_capitalised, following[:2])) \
            and (following[0] in _FAMILY_NAMES_FIRST or not is_vietnamese_syllable(following[0])) \
            and any(_is_capitalised(w) and not is_vietnamese_syllable(w) for w in following)

    def _second_calling_end(self, i: int) -> int:
        """Past "kiêm" at i and the second calling after it ("ca sĩ kiêm nhạc sĩ"), or 0."""
        second = self._trigger_at(i + 1) if self.lowered[i] == "kiêm" else 0
        return i + 1 + second if second and _is_profession(self.lowered[i + 1:i + 1 + second]) else 0

    def _after_trigger(self, trigger_start: int, i: int) -> int:
        plural = self.lowered[trigger_start] == "các" or self._plural_before(trigger_start) \
            or trigger_start > 0 and self.lowered[trigger_start - 1] in _SMALL_COUNTS  # ("hai phi hành gia A và B", "2 nhà kinh tế …")
        profession = self.text(self._titles_start(trigger_start), i) if _is_profession(self.lowered[trigger_start:i]) else ""
        if profession and trigger_start and self.lowered[trigger_start - 1] in ("nữ", "nam") and self._titles_start(trigger_start) == trigger_start \
                and not (self.words[trigger_start - 1] == "Nam" and trigger_start > 1 and _is_capitalised(self.words[trigger_start - 2])) \
                and not (trigger_start > 1 and self.lowered[trigger_start - 2] in _TEAMS_BY_SEX):
            profession = self.text(trigger_start - 1, i)  # "Nữ ca sĩ Mỹ Tâm", "nam ca sỹ Trúc Nhân" (not "Việt Nam", nor a team's "bóng chuyền nam")
        # "ca sĩ Mỹ Tâm, Hà Anh Tuấn, Tùng Dương …": an artists' calling goes along a list of names
        # (three or more; not "đạo diễn Victor Vũ, Kaity Nguyễn và Thái Hòa đóng": the others are actors).
        plural = plural or " ".join(self.lowered[trigger_start:i]) in _LISTED_CALLINGS and self._names_listed_at(i)
        if profession and trigger_start and self.words[trigger_start - 1] == "Hội" \
                and not (trigger_start > 1 and _is_capitalised(self.words[trigger_start - 2])):
            return i  # "Hội Nhà văn Trẻ Huế": an association of the profession, no one of it
        if profession and trigger_start and self.lowered[trigger_start - 1] == "viện" and self.words[trigger_start][:1].isupper():
            return i  # "Học viện Ca sĩ Trẻ Mariinsky": an academy of the profession
        if profession.lower() == "tài tử" and trigger_start and self.lowered[trigger_start - 1] in _AMATEURS_OF:
            return i  # "Giải quần vợt tài tử", "đờn ca tài tử": amateur, no film star
        if self.lowered[trigger_start:i][-2:] in _CONTEST_TITLES and trigger_start and self.lowered[trigger_start - 1] in ("thi", "giải"):
            return i  # "giám khảo cuộc thi Hoa hậu Môi Trường Việt Nam": the contest, no queen
        if self.words[i:i + 1] == [":"]:
            i = self._past_address(i + 1)  # ("Diễn giả: Ông Sugiyama Sadahisa – …": the address, capitalised after the colon)
        # (or a second calling, before its field or praise: "ca sĩ kiêm nhạc sĩ Ricardo Arjona",
        # "diễn viên kiêm nhà biên kịch nổi tiếng Ter Chantavit")
        if profession and (second_end := self._second_calling_end(i)):
            profession, i = f"{profession} {self.text(i, second_end)}", second_end
        elif profession and self.lowered[trigger_start:i] in _TEACHER_HEADS and self.lowered[i:i + 2] == ("chủ", "nhiệm") \
                and self._name_at(i + 2, vouched=True) >= 2:
            profession, i = f"{profession} {self.text(i, i + 2)}", i + 2  # "cô giáo chủ nhiệm Bùi Thị Bích Hậu": a class's teacher
        # (or the instrument a musician plays: "nghệ sĩ trumpet Manuel Blanco", "Nghệ sĩ violin Kim Yeon-ah")
        played = next((len(p) for p in _INSTRUMENTS if self.lowered[i:i + len(p)] == p and self.words[i].islower()), 0) \
            if profession and self.lowered[trigger_start:i][-2:] in (("nghệ", "sĩ"), ("nghệ", "sỹ")) else 0
        if played:
            profession, i = f"{profession} {self.text(i, i + played)}", i + played
        # (or the outlet or body by its letters: "nhà báo CNN Jake Tapper")
        elif profession and i < len(self.words) and _is_acronym(self.words[i]) and not self._place_end(i) and self.lowered[i] not in _ABBREVIATED_UNITS \
                and self.words[i] not in _SCHOOL_TYPES and not _DEGREES.fullmatch(self.words[i]) \
                and _is_capitalised(self.words[i + 1] if i + 1 < len(self.words) else "") and self._name_at(i + 1, vouched=True) >= 2:
            profession, i = f"{profession} {self.words[i]}", i + 1
        # (or the field it works in: "nhà nghiên cứu văn hóa Nguyễn Văn A", "nhà nghiên cứu bảo mật Askhan Soltani")
        elif profession and (field_end := self._field_then_name(i)):
            # (praise goes with one artist's calling, "họa sĩ nổi tiếng Rob Prior", not with a
            # list's: "các nhà thiết kế tài hoa A, B", as a list after a calling reads it)
            if not (plural and all(w in _PRAISE for w in self.lowered[i:field_end])):
                profession = f"{profession} {self.text(i, field_end)}"
            i = field_end
        # (or the work, its title in quotes: "Đạo diễn phim "Em chưa 18" Lê Thanh Sơn")
        elif profession and (quote := i + (self.lowered[i] in _WORKS)) < len(self.words) and self.words[quote] in _QUOTES_OPENING \
                and (closed := self._quoted_name_end(quote)) and self._name_at(closed, vouched=True):
            profession, i = f"{profession} {self.text(i, closed)}", closed
        if profession and (second_end := self._second_calling_end(i)):
            profession, i = f"{profession} {self.text(i, second_end)}", second_end  # (or after them: "Nghệ sĩ violin kiêm nhạc sĩ A")
        # (or a contest and its year, whatever its name: "Á hậu Miss Universe Việt Nam 2023 Nguyễn Thị
        # Hương Ly", "Hoa hậu châu Á Việt Nam 2018 Trần Thị Kim Nguyên": the year, then a Vietnamese name)
        if profession and self.lowered[trigger_start:i][-2:] in _CONTEST_TITLES and self._opens_the_role(trigger_start):
            year = next((k for k in range(i, min(i + _CONTEST_NAME_WORDS, len(self.words))) if _YEAR_WORD.fullmatch(self.words[k])), None)
            if year is not None and year > i and all(w.isalpha() or len(w) == 1 and w.isdigit() for w in self.words[i:year]) \
                    and year + 1 < len(self.words) \
                    and self.words[year + 1] in self.vocabulary.family_names and self._name_at(year + 1, vouched=True) >= 2:
                profession, i = f"{profession} {self.text(i, year + 1)}", year + 1
        # (or its people: "Nhà nghiên cứu người Anh Steve Wright", "nữ nhà văn người Ý Elena …")
        nationality = profession and self.words[i:i + 1] == ["người"] and i + 1 < len(self.words) \
            and self.words[i + 1] in _place_first_words(self.vocabulary)
        if nationality:
            i += 1
        if profession and i < len(self.words) and self.words[i] in _place_first_words(self.vocabulary):
            # "học giả Pháp Hippolyte Le Breton": the country goes with the profession.
            run_end = i
            while run_end < len(self.words) and run_end - i < 10 and (
                _is_capitalised(self.words[run_end]) or self.lowered[run_end] in _NAME_PARTICLES
            ):
                run_end += 1
            # (a Vietnamese name after the country only where the calling opens the role: not
            # "Trưởng BTC Hoa hậu Việt Nam A", "Á hậu 1 Hoa hậu Việt Nam A", "Thí sinh Hoa hậu …")
            opens = self._opens_the_role(trigger_start)
            split = next((k for k in range(i + 1, min(i + 6, run_end - 1))
                          if self._whole_place(i, k)
                          and (self._foreign_name_start(k, k, run_end) == k
                               or opens and not nationality and self._name_at(k, vouched=True) == run_end - k >= 3)), None)
            # "Hoa hậu Việt Nam 2014 Nguyễn Cao Kỳ Duyên": the contest's country and year, then her name.
            contest_year = opens and not nationality and split is None and run_end - i <= 5 and run_end + 1 < len(self.words) \
                and _YEAR_WORD.fullmatch(self.words[run_end]) and _normalised(self.text(i, run_end)) in self.vocabulary.places \
                and self._name_at(run_end + 1, vouched=True) >= 3
            if not contest_year and split is None and run_end + 1 < len(self.words) and _YEAR_WORD.fullmatch(self.words[run_end]) \
                    and _normalised(self.text(i, run_end)) in self.vocabulary.places:
                return run_end + 1  # "Hoa khôi Đồng Bằng Sông Cửu Long 2015 …" after another post: the contest, no one's name in it
            if contest_year:
                profession, i = f"{profession} {self.text(i, run_end + 1)}", run_end + 1
            elif split is not None:
                profession, i = f"{profession} {self.text(i - nationality, split)}", split
            elif nationality:
                i -= 1
            elif run_end - i <= 2 and self.words[i] in self.vocabulary.places and not is_vietnamese_syllable(self.words[i]):
                return i + 1  # "diễn viên Hollywood Dwayne “the Rock” Johnson" (not "Ca sĩ Mỹ Tâm")
        if profession and self._korea_before_a_korean_name(i, len(self.words)):
            profession, i = f"{profession} Hàn", i + 1  # "tài tử Hàn Lee Min Ho": Korea, as a calling's nationality
        while profession and i < len(self.words) and _DEGREES.fullmatch(self.words[i]) and self._trigger_at(i) \
                and i + 1 < len(self.words) and _is_capitalised(self.words[i + 1]):
            i += 1  # "bác sĩ CKII Nguyễn Văn A", "dược sĩ TS A": a degree between the calling and the name
        if profession and (trigger := self._trigger_at(i)) and _is_profession(self.lowered[i:i + trigger]) \
                and not (self.words[i] in self.vocabulary.family_names and self._name_at(i, vouched=False) > trigger):
            # (not a name that opens like one: "Bác sĩ Vũ Công Tầm")
            return i  # "NSƯT đạo diễn A": the profession's own mention, which takes the honour before it
        if self._role_head_at(i):
            # "các đồng chí Phó Chủ tịch UBND tỉnh: A, B" shares one role among names.
            role_end = self._role_end(i)
            if plural:
                # (and posts joined by commas before the colon: "các đồng chí nguyên Bí thư Đảng ủy,
                # nguyên Chủ tịch HĐQT Tổng Công ty Thép Việt Nam: A, B")
                joined = role_end
                while self.lowered[i] in ("nguyên", "cựu") and self.words[joined:joined + 1] == [","] and self._role_head_at(joined + 1) \
                        and joined - i < _DASHED_ROLE_WORDS:  # (not "các đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh: A, B", one each)
                    joined = self._role_end(joined + 1)
                if self.words[joined:joined + 1] == [":"]:
                    return self._shared_role_list(self.text(i, joined), joined + 1)
            return self._role_first(i) or i + 1
        performer = any(" ".join(self.lowered[trigger_start:trigger_start + n]) in _STAGE_CALLINGS for n in (1, 2))  # ("rapper", "ca sĩ")
        if profession and not plural and (trigger_start == 0 or self.words[trigger_start - 1] in _SENTENCE_OPENERS):
            # "Đạo diễn video là Vũ Hồng Thắng, …": the calling opens the sentence, then "là" and its
            # holder (past a word or two of its field).
            field = next((k for k in range(i, i + 3) if self.lowered[k] == "là"), None)
            if field is not None and all(w.isalpha() and w.islower() for w in self.words[i:field]) and "tên" not in self.lowered[i:field] \
                    and self.words[field + 1] in self.vocabulary.family_names and self._name_at(field + 1, vouched=True) >= 2:
                profession, i = " ".join(filter(None, (profession, self.text(i, field)))), field + 1
        unplaced_in_list: list[int] = []  # (mentions of a plural list so far with no post: "bầu các ông A, B làm …")
        while True:
            appointed_post = False
            full_name_only = tuple(profession.lower().split()[-2:]) in _CALLINGS_BEFORE_A_FULL_NAME
            length = self._name_at(i, vouched=not full_name_only) or (self._pen_name_at(i, performer) if profession and not full_name_only else 0) \
                or self._given_name_alone_at(i, trigger_start, profession) or (self._one_word_stage_name_at(i) if performer else 0)
            if length and profession.lower() in _DOCTORS and (
                self.words[i] in _WARDS_AND_HOSPITALS or self.text(i, i + min(length, 2)) in _WARDS_AND_HOSPITALS
                or plural and self.words[i] not in self.vocabulary.family_names
            ):
                length = 0  # "bác sĩ Khoa Sản", "bác sĩ Chợ Rẫy", "các bác sĩ Việt Đức": a ward's or a hospital's doctors
            if not length:
                return i + 1 if i == trigger_start else i
            name_end = i + length
            role, after = "", name_end
            # "bà A (47 tuổi, nguyên Phó phòng …)": the age first, then the role.
            role_at = name_end + 1
            if alias := self._alias_in_brackets_end(name_end):
                # "Trần Văn Nam (tên gọi khác là Trần Quốc Tuấn, SN 1963, cựu Bí thư Tỉnh ủy …)"
                role_at = alias + 1 + (3 if self.lowered[alias + 1] == "sn" and self.words[alias + 3:alias + 4] == [","] else 0)
            elif self._age_in_brackets(name_end):
                role_at += 3
            # "chị A (SN 1989- kế toán doanh nghiệp)": the year of birth first.
            elif self.words[name_end:name_end + 1] == ["("] and self.lowered[role_at] in ("sn", "sinh") \
                    and self.words[role_at + 1:role_at + 2] and self.words[role_at + 1].isdigit() and self.words[role_at + 2:role_at + 3] in ([","], ["-"], ["–"]):
                role_at += 3
            elif self.words[name_end:name_end + 1] == ["("] and self.lowered[role_at:role_at + 2] == ("sinh", "năm") \
                    and self.words[role_at + 2:role_at + 3] and self.words[role_at + 2].isdigit() and self.words[role_at + 3:role_at + 4] == [","]:
                role_at += 4  # "A (sinh năm 1964, Trưởng phòng …)"
            elif self.words[name_end:name_end + 1] == ["("] and self.lowered[role_at] in ("quê", "người") \
                    and (comma := next((j for j in range(role_at + 1, min(role_at + 6, len(self.words))) if not _is_capitalised(self.words[j])), 0)) > role_at + 1 \
                    and self.words[comma] == ",":
                role_at = comma + 1  # "ông Huang Min Han (người Đài Loan, phó giám đốc …)": where he is from, then the post
            if self.words[name_end:name_end + 1] == ["("] and self.lowered[role_at] == "là" and role_at > name_end + 1 and self._role_head_at(role_at + 1):
                role_at += 1  # "A (44 tuổi, là phó giám đốc …)"
            if self.lowered[role_at] == "một" and self.words[name_end:name_end + 1] == [","] and self._role_head_at(role_at + 1):
                role_at += 1  # "…, một thành viên của Hội đồng Quan hệ đối ngoại, …"
            said_to_be = self._said_to_be_at(role_at) if self.words[name_end:name_end + 1] == [","] else 0
            if said_to_be and self._role_head_at(role_at + said_to_be):
                role_at += said_to_be  # "ông Lê Văn Dũng, lúc đó là Phó Bí thư Thường trực Tỉnh ủy, …"
            # "ông Changpeng Zhao (Triệu Trường Bằng), nhà sáng lập …": the name as also
            # written, then the role.
            alias_end = self._alias_end(name_end)
            if alias_end and self.words[alias_end:alias_end + 1] and self.words[alias_end] in _BEFORE_ROLE \
                    and self._role_head_at(alias_end + 1):
                role_at = alias_end + 1
            # "ông A, một chuyên gia …": the article is no part of the role, nor is "one of" in
            # "ông A, một trong những chuyên gia của Bảo tàng …".
            if self.words[name_end:name_end + 1] in ([","], *([d] for d in _DASHES)) and self.lowered[role_at] == "một" and self._role_head_at(role_at + 1):
                role_at += 1
            elif self.words[name_end:name_end + 1] == [","] and (one_of := _one_of_length(self.lowered, role_at)) \
                    and self._role_head_at(role_at + one_of):
                role_at += one_of
            elif self.words[name_end:name_end + 1] == [","] and self.lowered[role_at] == "người" and not self._role_head_at(role_at) \
                    and self._role_head_at(role_at + 1) and not profession and self.lowered[role_at + 1:role_at + 3] not in _WEAK_HEADS:
                role_at += 1  # "Anh Đặng Văn Néng, người trưởng bản có nụ cười hồn hậu, …": the one who holds it
            elif self.words[name_end:name_end + 1] == [","] and self.lowered[role_at] == "người" and not profession \
                    and (held := self._phrase_at(role_at + 1, _WHO_HOLDS_OR_HELD_BY_FIRST)) \
                    and self._role_head_at(role_at + 1 + held) and not self._is_weak_head(role_at + 1 + held):
                role_at += 1 + held  # "ông Kurt Volker, người từng là đặc phái viên của …": the post he holds or held
            # "ông A (58 tuổi), Bí thư Tỉnh ủy …", "GS.TS A, sinh năm 1929 (95 tuổi), nguyên
            # phó chủ tịch …": an aside holding no post, then the role.
            marker = name_end
            aside = self._asides_end(name_end)
            if aside > name_end and self.words[aside:aside + 1] in ([","], ["-"], ["–"]):
                one_of_many = self.words[aside] == "," and self.lowered[aside + 1:aside + 2] == ("một",)
                if self._role_head_at(aside + 1 + one_of_many):
                    marker = aside
                    role_at = aside + 1 + one_of_many  # (", 30 tuổi, một nhân viên văn phòng …")
            # "đồng chí A, Role" and "ông A - Role" (a dash is common before the role too)
            dashed = self._dashed_role_end(marker)
            if dashed:
                role, after = self.text(self._dashed_role_start(marker), dashed), dashed + 1
            elif not profession and (unmarked := self._unmarked_post_at(name_end)):
                # "cô Mai Thị Loan giáo viên mầm non gắn bó …", "Ông Nguyễn Văn An Chủ tịch UBND xã cho
                # biết": a copy that dropped the comma between the name and the post.
                role, after = self._roles_from(unmarked)
                if not role:
                    after = name_end
            elif self.words[marker:marker + 1] and self.words[marker] in _BEFORE_ROLE and not self._holder_after_dash(role_at):
                respective = self._respective_posts(i, marker, role_at) if marker == name_end else None
                if respective:
                    # "Ông A và B (Giám đốc và Phó giám đốc Chi nhánh …)": each his own post, in turn.
                    (first_start, first_end, first_role), role, after = respective
                    self._add(first_start, first_end, first_role)
                else:
                    role, after = self._roles_from(role_at)
                if not role:
                    after = name_end
            # "ông Serhiy Koretsky làm Thủ tướng", "ông A được bầu làm Chủ tịch …", and past
            # a birth year or an address: "ông A (sinh năm 1985, ngụ xã B) làm thuyền trưởng".
            said = self._aside_end(name_end) if not role else name_end
            if not role and said == name_end and (given := self._post_given_past_residence(name_end)):
                said = given  # (past where he lives: "do ông A, thường trú tại Hòn Rớ, TP.Nha Trang (Khánh Hòa) làm thuyền trưởng")
            elif not role and said == name_end and (aged := self._asides_end(name_end)) > name_end and self.words[aged:aged + 1] == [","]:
                said = aged + 1  # (or past an age set off by commas: "ông A, 47 tuổi, giữ chức Bí thư Tỉnh ủy …")
            elif not role and said == name_end and trigger_start and self.lowered[trigger_start - 1] == "do" \
                    and (past := self._past_comma_aside(name_end)) > name_end:
                said = past  # (or past who he is, set off: "Tập đoàn Phúc Sơn do Nguyễn Văn Hậu, biệt danh "Hậu Pháo", làm Chủ tịch HĐQT")
            appointed = self._appointed_at(said) or (self._appointed_by_at(said) if not role else 0)
            if not role and not appointed and self.words[said:said + 1] == [","] and self.lowered[said + 1] == "giữ" \
                    and self._appointed_at(said + 1):
                said += 1  # "Bổ nhiệm ông Dương Huy Lương, giữ chức vụ Phó Cục trưởng …"
                appointed = self._appointed_at(said)
            if appointed and self.words[said + appointed:said + appointed + 1] == [","] and self.lowered[said + appointed + 1:said + appointed + 2] == ("giữ",) \
                    and (held := self._appointed_at(said + appointed + 1)):
                appointed += 1 + held  # "ông A tiếp tục tái đắc cử, giữ chức danh Chủ nhiệm …": the post he was elected to
            stated = self._phrase_at(said, _IS_BY_FIRST)
            both = said + (self.words[said:said + 1] == [","])
            if not role and unplaced_in_list and self.lowered[both:both + 2] == ("đều", "là") and self._role_head_at(both + 2):
                # "bà A (SN 1963) và ông B (SN 1949), đều là cựu giảng viên …": the post of all the list
                role, after = self._roles_from(both + 2)
                appointed_post = bool(role)
                if not role:
                    after = name_end
            elif not role and stated and self._role_head_at(said + stated) and not self._kin_before(trigger_start) \
                    and not self._ends_in_a_name(said + stated):
                role, after = self._roles_from(said + stated)
                if not role:
                    after = name_end
            elif not role and appointed and self._role_head_at(said + appointed):
                start = said + appointed
                end = self._role_end(start)
                # (a calling that opens like a post: "làm giám đốc âm nhạc", not "giám đốc")
                end = max([end] + [start + len(p) for p in _PROFESSIONS if len(p) > 2 and self._matches(start, p)])
                successor = self._successor_before(trigger_start) if said == name_end else None
                if successor is not None and not self._name_inside(start, end):
                    # "ông Bùi Tấn Tài lên thay ông Lê Vũ Kỳ làm Chủ tịch HĐTV": the post is the
                    # successor's, the man replaced held it before (no post of his is said).
                    if successor:
                        self._add(*successor, self.text(start, end))
                    return end
                if not self._name_inside(start, end):
                    role, after = self.text(start, end), end
                    appointed_post = said == name_end
            if role and self.words[after:after + 1] == [")"]:
                after += 1
            if profession and not role and self.lowered[name_end] == "của" and (whose_end := self._whose_end(name_end, trigger_start, profession)):
                profession, after = f"{profession} {self.text(name_end, whose_end)}", whose_end  # "luật sư Rudy Giuliani của ông Trump"
            coming = self.lowered[name_end:name_end + 2] == ("đến", "từ")  # ("nhà nghiên cứu A đến từ Đại học B")
            if profession and not role and (self.lowered[name_end] in _WORKPLACE_WORDS or coming) and _is_scholar(profession) \
                    and (where_end := self._workplace_end(name_end + coming, trigger_start, profession)):
                # (a scholar's: an artist, a lawyer or a doctor "tại Bệnh viện", "tại Tòa án" is there, not of it)
                profession, after = f"{profession} {self.text(name_end, where_end)}", where_end  # "nhà nghiên cứu A tại MIT"
            doctor_by_profession = profession.lower() in _DOCTORS
            if not role and (not profession or doctor_by_profession) and (doctor := self._doctor_called(trigger_start, i)) \
                    and self.lowered[name_end + 1:name_end + 2] and self.lowered[name_end + 1] in _CARE_UNITS \
                    and (body_end := self._body_after_comma(name_end, marks=(",", "(", *_DASHES))):
                # "Bác sĩ Lê Thị Dương, Trung tâm Huyết học - Truyền máu, Bệnh viện 19-8 cho biết":
                # a doctor of a ward or a hospital, named by where he works (or set off by a dash, in
                # brackets: "BS Dương Minh Tâm - Viện Sức khỏe tâm thần Bệnh viện Bạch Mai, …").
                start, ward_end = name_end + 1, body_end
                while (more := self._body_after_comma(ward_end)) and ward_end - start < _DASHED_ROLE_WORDS:
                    ward_end = more
                closed = self._set_off_closed(self.words[name_end:name_end + 1], ward_end) if self.words[name_end] != "," \
                    else self.words[ward_end:ward_end + 1] in ([","], ["."], [";"], [")"]) or self._speech_at(ward_end) \
                    or self._next_mans_post_at(ward_end)  # ("… Bệnh viện 19-8 và Bác sĩ Nguyễn Văn Bình, …")
                ward = self.text(start, ward_end)
                role, after = (ward if doctor_by_profession else f"{doctor}, {ward}", ward_end) if closed else (role, after)
            if not role and profession and not doctor_by_profession and self.words[name_end:name_end + 1] == [","] \
                    and _is_capitalised(self.words[name_end + 1] if name_end + 1 < len(self.words) else "") \
                    and any(self._matches(name_end + 1, body) for body in _WORKPLACES) \
                    and not plural and (body_end := self._body_after_comma(name_end)) and body_end - name_end > 3 \
                    and not any(self.lowered[k] in self.vocabulary.role_enders for k in range(name_end + 2, body_end)) \
                    and (self.words[body_end:body_end + 1] in ([","], [")"], [":"]) or self._speech_at(body_end)):
                # "Luật sư A, Công ty Luật SB Law, cho rằng", "Nhà báo A, Đài Truyền hình Việt Nam, chia
                # sẻ": a calling, then where its holder works, set off (three words or more, no verb).
                while (more := self._body_after_comma(body_end)) and body_end - name_end < _DASHED_ROLE_WORDS \
                        and (self.words[more:more + 1] in ([","], [")"], [":"]) or self._speech_at(more)):
                    body_end = more  # (and the unit above it: "…, Trường Mầm non tư thục Thành Công, quận Ba Đình,")
                role, after = self.text(name_end + 1, body_end), body_end
            if not role and profession.lower() == "luật sư" and (bar_end := self._bar_after(name_end)):
                # "luật sư Đỗ Hải Bình (Đoàn luật sư TP HCM)", "… - Đoàn luật sư TP HCM": his bar
                role, after = self.text(name_end + 1, bar_end), bar_end + (self.words[name_end] == "(")
            if role and profession.lower() in _TITLES_A_POST_OUTRANKS:
                profession = ""  # "cô giáo A – Hiệu trưởng Trường …": the post says what she is
            count = len(self.mentions)
            self._add(i, name_end, ", ".join(r for r in (profession, role) if r))
            # "đồng chí A và đồng chí B được bổ nhiệm giữ chức …": the address said again makes
            # a list of two, and the post given after the last is given to both.
            again_at = self._second_of_two_at(trigger_start, i, name_end) if not (plural or role or profession) else 0
            if (plural or again_at) and len(self.mentions) > count and not role and not profession:
                unplaced_in_list.append(count)
            elif appointed_post and not profession and unplaced_in_list:
                # "bầu các ông Lê Quốc Chỉnh, Phạm Đình Nghị làm phó bí thư Tỉnh ủy": the post the
                # last is given after the list is given to all of it.
                for k in unplaced_in_list:
                    self.mentions[k] = replace(self.mentions[k], role=role)
            # Lists: "Name, Role; Name, Role" or "đồng chí A và đồng chí B".
            if plural and (self.words[after:after + 1] in ([";"], [","]) or self.lowered[after:after + 1] == ("và",)) \
                    and (self._name_at(after + 1, True) or performer and self._listed_stage_name_at(after + 1)):
                i = after + 1  # (and the last, after "và": "hai nhà báo A và B", "ba nhiếp ảnh gia Pháp A, B và C";
                continue       # a singer's stage name: "ca sĩ Vân Khánh, Thanh Lan, Đại Hòa, Minh Sang")
            if again_at:
                i = again_at
                continue
            # A list goes on after a mention with a role: "…, Role; B, Role" or
            # "A (Role), B (Role) và C (Role)"; in a plural list past the rest of an item
            # ("A - Role, đã nghỉ hưu …; B - Role").
            if plural and role and self.lowered[after:after + 1] == ("và",) and (nested := self._nested_shared_list(after + 1)):
                return nested
            following = self._next_list_item(after, plural) if role else None
            if following is None:
                return after
            i = following

    def _unit_after_rank(self, name_end: int) -> int:
        """Just past the units set off after a ranked name (by a comma, a dash or in
        brackets), each a capitalised unit's word and its name, up to the mark or the
        words that close them; or 0."""
        mark = self.words[name_end:name_end + 1]
        if mark not in _SET_OFF_MARKS or self.words[name_end + 1:name_end + 2] == [] \
                or self.words[name_end + 1] not in _UNIT_WORDS and tuple(self.words[name_end + 1:name_end + 3]) not in _UNIT_WORDS:
            return 0
        end, units = name_end, 0
        while units < _UNITS_AFTER_RANK and self.words[end:end + 1] in (_SET_OFF_MARKS if units == 0 else ([","],)):
            start = end + 1
            if start >= len(self.words) or not (_is_capitalised(self.words[start]) or _is_acronym(self.words[start])) \
                    or self._role_head_at(start) or self._name_at(start, vouched=False):
                break
            k = start + (2 if tuple(self.words[start:start + 2]) in _UNIT_WORDS else 1)
            while k < len(self.words) and (_is_capitalised(self.words[k]) or _is_acronym(self.words[k]) or self.words[k].isdigit()
                                           or (self.lowered[k] in _UNIT_LOWER_WORDS or self.lowered[k] in self.vocabulary.admin_units)
                                           and self._unit_name_goes_on(k + 1)
                                           or self.words[k].islower() and self.lowered[k] in self.vocabulary.organisation_words
                                           and (_is_capitalised(self.words[k - 1]) or self.lowered[k - 1] in self.vocabulary.organisation_words)):
                k += 1
            end, units = k, units + 1
        return end if units and self._set_off_closed(mark, end) else 0

    def _unit_name_goes_on(self, k: int) -> bool:
        """A unit's name goes on at k: "Đội CSGT Đường bộ số 3", "Đại đội bộ binh 5"."""
        while k < len(self.words) and (self.lowered[k] in _UNIT_LOWER_WORDS or self.lowered[k] in self.vocabulary.admin_units):
            k += 1
        return k < len(self.words) and (_is_capitalised(self.words[k]) or self.words[k].isdigit())

    def _bar_after(self, name_end: int) -> int:
        """Just past a bar association's name set off after a lawyer's name (by a comma, a
        dash or in brackets), up to the mark that closes it; or 0."""
        mark = self.words[name_end:name_end + 1]
        if mark not in _SET_OFF_MARKS or self.lowered[name_end + 1:name_end + 4] != ("đoàn", "luật", "sư"):
            return 0
        end = name_end + 4
        while end < len(self.words) and (_is_capitalised(self.words[end]) or _is_acronym(self.words[end])
                                         or self.lowered[end] in self.vocabulary.admin_units and _is_capitalised(self.words[end + 1] if end + 1 < len(self.words) else "")):
            end += 1
        return end if end > name_end + 4 and self._set_off_closed(mark, end) else 0

    def _set_off_closed(self, mark: list[str], end: int) -> bool:
        """What was set off after a name by mark ends at end: a bracket closes a bracket;
        a comma, a stop or his words close the rest."""
        closing = self.words[end:end + 1]
        return closing == [")"] if mark == ["("] else closing in ([","], ["."], [";"], [")"]) or self._speech_at(end)

    def _doctor_called(self, trigger_start: int, name_start: int) -> str:
        """'bác sĩ', 'Bác sỹ', 'bác sĩ chuyên khoa II' as written before a name, 'BS' of
        'TS.BS', 'ThS.BS'; or '' where no doctor is named."""
        written = self.text(trigger_start, name_start)
        if self.lowered[trigger_start] == "bác":
            return written
        return "BS" if "bs" in re.split(r"[.\-\s]+", written.lower()) else ""

    def _names_listed_at(self, i: int) -> bool:
        """Names at i joined by two commas or more before anything else is said."""
        commas, k = 0, i
        while k < len(self.words) and k - i < _LISTED_NAMES_WORDS:
            word = self.words[k]
            if word == ",":
                commas += 1
            elif not (_is_capitalised(word) or word in ("…", "...")):
                break
            k += 1
        return commas >= 2

    def _pen_name_at(self, i: int, performer: bool = False) -> int:
        """'nghệ sĩ Bình Tinh', 'nhà thơ Bảo Ngọc', 'nhạc sĩ Văn Cao': after a profession, an
        artist's name of two syllables whose first also opens bodies' and places' names."""
        words = self.words[i:i + 3]
        openers = _PERFORMERS_NAMES_OPENING_BODIES if performer else _GIVEN_NAMES_OPENING_BODIES
        if len(words) < 2 or words[0] not in openers or not _is_capitalised(words[1]) or " ".join(words[:2]) in _REALMS \
                or not is_vietnamese_syllable(words[1]) or len(words) == 3 and _is_capitalised(words[2]) \
                or " ".join(words[:2]) in self.vocabulary.places or words[1] in self.vocabulary.not_name_starts:
            return 0
        return 2

    def _listed_stage_name_at(self, k: int) -> bool:
        """A performer's stage name at k, in a list after a calling: of two syllables, or one
        word only where the list goes on to another name after it or closes on it after "và"
        (not a band, a sponsor or the next clause's subject: "… Hồng Nhung, Diva làng nhạc
        Việt", "… Hồ Ngọc Hà, Vingroup tài trợ")."""
        if self._pen_name_at(k, True):
            return True
        if not self._one_word_stage_name_at(k):
            return False
        if self.lowered[k - 1] == "và" or self._speech_at(k + 1):
            return True  # (and where the list's people speak next: "Ca sĩ Quốc Thiên, Đức Phúc, Erik nói …")
        following = k + 2
        return (self.words[k + 1:k + 2] == [","] or self.lowered[k + 1] == "và") and bool(
            self._name_at(following, True) or self._pen_name_at(following, True) or self._one_word_stage_name_at(following))

    def _one_word_stage_name_at(self, i: int) -> int:
        """'ca sĩ Binz', 'nhạc sĩ Masew', 'Nhạc sĩ ViruSs nhận xét': after a performer's calling,
        one capitalised word that is no Vietnamese syllable, no place and no firm, and no
        capitalised word after it (a longer name is read as such); 1, or 0."""
        word = self.words[i] if i < len(self.words) else ""
        following = self.words[i + 1] if i + 1 < len(self.words) else ""
        if not (word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) > 2) or is_vietnamese_syllable(word) \
                or word in self.vocabulary.places or word in self.vocabulary.foreign_body_words or word in _place_first_words(self.vocabulary) \
                or _is_capitalised(following) or _is_acronym(following) or word.lower() in _GENRES or word.lower() in _NOT_STAGE_NAMES:
            return 0
        return 1

    def _titles_start(self, start: int) -> int:
        """Where a chain of titles ending in the one at start begins: 'Thầy thuốc nhân dân,
        Anh hùng lao động A' is both. (Degrees before them, 'PGS.TS,', are no part of it.)"""
        while start >= 1:
            if start >= 2 and (self.words[start - 1] == "," or self.words[start - 1] in _DASHES):
                # (a dash too: "NSƯT – đạo diễn Ca Lê Hồng")
                before = next((p for p in _PROFESSIONS if self.lowered[max(0, start - 1 - len(p)):start - 1] == p), None)
                if before is None:
                    break
                start -= 1 + len(before)
            elif self.lowered[start - 1] in _HONOURS:
                start -= 1  # "NSƯT đạo diễn Ca Lê Hồng": the honour, then the profession
            else:
                break
        if self.lowered[start] in _HONOURS and start >= 2:
            # "đạo diễn NSƯT A": a profession, then the honour, with no comma between.
            before = next((p for p in _PROFESSIONS if self.lowered[max(0, start - len(p)):start] == p), None)
            if before is not None:
                start -= len(before)
        return start

    def _particle_in_name(self, k: int) -> bool:
        """'von', 'der', 'de', 'la' between capitalised words of a foreign name; 'nữ' in a
        nun's Dharma name ("Ni sư Thích nữ Hạnh Khai")."""
        word = self.lowered[k]
        if word not in _NAME_PARTICLES:
            return False
        if word == "nữ":
            return k > 0 and self.words[k - 1] == "Thích" and k + 1 < len(self.words) and _is_capitalised(self.words[k + 1])
        before, after = k - 1, k + 1
        while before >= 0 and self.lowered[before] in _NAME_PARTICLES:
            before -= 1
        while after < len(self.words) and self.lowered[after] in _NAME_PARTICLES:
            after += 1
        return (before >= 0 and _is_capitalised(self.words[before]) and not is_vietnamese_syllable(self.words[before])
                and after < len(self.words) and _is_capitalised(self.words[after]))

    def _set_off_name(self, start: int, said_ok: bool = False) -> int:
        """End of a name at start that a comma closes ('Kathy Hochul,'), or 0: Vietnamese
        (a family name first) or foreign (a word no Vietnamese syllable spells). Said_ok:
        or that a verb of saying follows, where the post opened its clause."""
        k, particles = start, 0
        while k < len(self.words) and k - start - particles < 4 and (
            _is_capitalised(self.words[k]) or k > start and self._particle_in_name(k) and (particles := particles + 1)
        ):
            k += 1  # (and "de" within: "Chủ tịch Nghiệp đoàn MEDEF, Geoffroy Roux de Bezieux đánh giá")
        # "Trong khi đó, Giám đốc thể thao Barca, Robert Fernandez thông báo …": the name, then
        # what he says (not "Sau cuộc gặp với Tổng thống Pháp, Volodymyr Zelensky cho biết": whom
        # one met, then who speaks).
        # (or what a holder of a post does, "đánh giá", "yêu cầu", an adverb before it or not:
        # "Chủ tịch Hiệp hội Dệt may, Vũ Đức Giang đánh giá …", "…, Alfred Draxler cũng khuyên …")
        verb = k + (self.lowered[k] in _ADVERBS_BEFORE_A_VERB)  # (lowered is padded past the end)
        said = said_ok and k < len(self.words) and (
            self._speech_at(verb) or self.lowered[verb] in ("ký", "khuyên") or self._matches(verb, ("thông", "báo"))
            or self._phrase_at(verb, _ACTS_OF_A_POST_HOLDER_BY_FIRST))
        if k - start < 2 or self.words[k:k + 1] != [","] and not said or self._role_head_at(start) or self.lowered[start] in _TITLE_WORDS:
            return 0
        # "…, Kathy Hochul, đã ban bố": a verb goes on; "phường Quang Trung, Lê Lợi, Trần Phú" lists places.
        if not said and not (self.words[k + 1:k + 2] and self.words[k + 1].islower()) or _normalised(self.text(start, k)) in self.vocabulary.places:
            return 0
        if is_full_name(self.words[start:k], self.vocabulary):
            return k
        return k if self._foreign_name_start(start, start, k) == start else 0

    def _age_end(self, name_end: int) -> int:
        """Past ', sinh năm 1929 (95 tuổi)', ', 45 tuổi' or ', SN 1980' after a name, or name_end
        (and '- 62 tuổi', as a verdict lists the accused: "bị cáo A - 62 tuổi, nguyên …")."""
        k = name_end + 1
        if self.lowered[name_end:name_end + 2] == ("sinh", "năm") and self.words[name_end + 2:name_end + 3] \
                and self.words[name_end + 2].isdigit() and self.words[name_end + 3:name_end + 4] == [","]:
            # "Bà A sinh năm 1974, tại Nam Định, hiện là …": the year of birth with no comma
            # before it, then where she was born
            end = name_end + 3
            if self.lowered[end + 1] == "tại":
                comma = next((j for j in range(end + 2, min(len(self.words), end + _RESIDENCE_WORDS)) if self.words[j] == ","), None)
                if comma is not None and not any(self._role_head_at(j) for j in range(end + 2, comma)):
                    end = comma
            return end
        if self.words[name_end:name_end + 1] != [","] and not (
            self.words[name_end:name_end + 1] and self.words[name_end] in _DASHES and self.lowered[k + 1] == "tuổi"
        ):
            return name_end
        if self.lowered[k] == "sinh" and self.lowered[k + 1] == "năm" and self.words[k + 2:k + 3] and self.words[k + 2].isdigit():
            k += 3
        elif self.lowered[k] == "sn" and self.words[k + 1:k + 2] and self.words[k + 1].isdigit():
            k += 2
        elif self.words[k:k + 1] and self.words[k].isdigit() and self.lowered[k + 1] == "tuổi":
            k += 2
        else:
            return name_end
        return self._aside_end(k)

    def _asides_end(self, name_end: int) -> int:
        """Past the asides that hold no post after a name, one or more ("Phạm Thái Hà, quê
        Thái Bình, 31 tuổi, là công nhân …": where he is from, then his age), or name_end."""
        end = name_end
        for _ in range(3):
            following = self._aside_end(end)
            if following == end:
                following = self._age_end(end)
            if following == end:
                following = self._residence_end(end)
            if following == end:
                break
            end = following
        return end

    def _residence_end(self, name_end: int) -> int:
        """At the comma that closes ', ở phường Kon Tum,' or ', trú xã Hòa Bình,' after a name
        (where one lives, no post), or name_end."""
        k = name_end + 1
        if self.words[name_end:name_end + 1] != [","] or self.lowered[k] not in _LIVING_AT:
            return name_end
        for j in range(k + 1, min(len(self.words), k + _RESIDENCE_WORDS)):
            if self.words[j] == ",":
                return j
            if self._role_head_at(j) or self.words[j] in _PUNCTUATION:
                return name_end
        return name_end

    def _post_given_past_residence(self, name_end: int) -> int:
        """Where "làm" stands after ', (thường) trú tại X, Y (Z)' set off after a name, the post
        given to him next; or 0."""
        k = name_end + 1 + (self.lowered[name_end + 1:name_end + 2] == ("thường",))
        if self.words[name_end:name_end + 1] != [","] or self.lowered[k] not in _LIVING_AT:
            return 0
        for j in range(k + 1, min(len(self.words), k + 2 * _RESIDENCE_WORDS)):
            at = j + (self.words[j] == ",")
            if self.lowered[at] == "làm" and self._role_head_at(at + 1):
                return at
            if self._role_head_at(j) or self.words[j] in (".", ";", ":") or self._speech_at(j):
                return 0
        return 0

    def _alias_end(self, name_end: int) -> int:
        """Past '(Triệu Trường Bằng)' after a name: capitalised words only, in parentheses; or 0."""
        if self.words[name_end:name_end + 1] != ["("]:
            return 0
        k = name_end + 1
        while k < len(self.words) and k - name_end <= 5 and _is_capitalised(self.words[k]):
            k += 1
        return k + 1 if k > name_end + 1 and self.words[k:k + 1] == [")"] else 0

    def _ways_of_appointing_end(self, k: int) -> tuple[int, int]:
        """Past how a post is given ("điều động, phân công", "bổ nhiệm và"): (the end, how many ways)."""
        ways = 0
        while (length := self._phrase_at(k, _WAYS_OF_APPOINTING_BY_FIRST)):
            k, ways = k + length, ways + 1
            if self.words[k:k + 1] == [","] or self.lowered[k] == "và":
                k += 1
        return k, ways

    def _appointed_by_at(self, k: int) -> int:
        """'đã được Bộ Chính trị điều động, phân công giữ chức …', 'vừa được bổ nhiệm làm …':
        a post given with its time ("đã", "vừa") or by whom, then how, before the post's
        words; the length up to the post, or 0."""
        start = k
        k += k < len(self.words) and self.words[k] in _DASHES and self.lowered[k + 1] in _WHEN_APPOINTED | {"được"}  # ("ông A - đã được …")
        k += self.lowered[k] in _WHEN_APPOINTED | {"khi"}
        if self._matches(k, _GIVEN_THE_DECISION):
            # "Ông A (phải) nhận quyết định bổ nhiệm Chánh văn phòng …", "… nhận quyết định điều
            # động, bổ nhiệm giữ chức …": the post the decision he is handed gives him
            k += len(_GIVEN_THE_DECISION)
            if self.lowered[k] == "thôi":
                # "… nhận quyết định thôi giữ chức Bí thư Tỉnh ủy Cao Bằng …; được điều động, phân
                # công giữ chức Phó trưởng Ban Tuyên giáo Trung ương": the post he goes to
                clause = next((m for m in range(k, min(len(self.words), k + _LEAVING_CLAUSE_WORDS)) if self.words[m] in (";", ".")), None)
                given = self._appointed_by_at(clause + 1) if clause is not None and self.words[clause] == ";" else 0
                return clause + 1 + given - start if given else 0
            k, ways = self._ways_of_appointing_end(k)
            k += self._matches(k, ("có", "thời", "hạn")) * 3  # ("bổ nhiệm có thời hạn")
            return k + self._phrase_at(k, _HOLDING_BY_FIRST) - start if ways else 0
        if self.lowered[k] != "được":
            return 0
        k += 1
        body = k
        k += self._role_head_at(k)  # ("được Thủ tướng bổ nhiệm")
        while k < len(self.words) and k - body < _APPOINTING_BODY_WORDS and not self._phrase_at(k, _WAYS_OF_APPOINTING_BY_FIRST) and (
                _is_capitalised(self.words[k]) or k > body and self.lowered[k] in self.vocabulary.organisation_words):
            k += 1  # (by whom: "Bộ Chính trị", "Thủ tướng Chính phủ", "Ban Thường vụ Tỉnh ủy")
        k, ways = self._ways_of_appointing_end(k)
        if not ways:
            return 0
        held = self._phrase_at(k, _HOLDING_BY_FIRST)
        return k + held - start if held else 0

    def _aside_end(self, name_end: int) -> int:
        """Past a parenthesis after a name that holds no post ("(sinh năm 1985, ngụ xã
        Song Lộc)"), or name_end."""
        if self.words[name_end:name_end + 1] != ["("]:
            return name_end
        for k in range(name_end + 1, min(len(self.words), name_end + 25)):
            if self.words[k] == ")":
                return k + 1
            if self._role_head_at(k) or self.words[k] == "(":
                return name_end
        return name_end

    def _dashed_role_start(self, dash: int) -> int:
        """Where a role after a dash opens: "ông A - một nhà phân tích …" has no article in it."""
        return dash + 1 + (self.lowered[dash + 1] == "một")

    def _dashed_role_end(self, name_end: int) -> int:
        """'ông A - Phó ban Quản lý Cửa khẩu quốc tế Bờ Y - nhấn mạnh': where a role set
        off by two dashes and followed by a lower-case word closes, or 0. All between the
        dashes is the role, however many lower-case words no list holds."""
        start = self._dashed_role_start(name_end)
        if self.words[name_end:name_end + 1] not in ([d] for d in _DASHES) or not self._role_head_at(start):
            return 0
        for k in range(start + 1, min(len(self.words) - 1, name_end + _DASHED_ROLE_WORDS)):
            word = self.words[k]
            if word in _DASHES:
                following = self.words[k + 1]
                return k if following.islower() and following.isalpha() and self.lowered[k + 1] in self.vocabulary.role_enders else 0
            if word in (".", ";", ":", "!", "?", "“", "”", '"') or self._trigger_at(k):
                return 0
            if word == "," and self.lowered[k + 1:k + 3] == ("cũng", "là") and k + 3 < len(self.words) and self.words[k + 3][:1].islower():
                return 0  # "- Giám đốc Trung tâm …, cũng là chủ đầu tư dự án … -": what else he is, told, not a post
            if word == "còn" and (said := self._whereas_clause_at(k)) and any(w in _DASHES for w in self.words[said:name_end + _DASHED_ROLE_WORDS]):
                return k  # "– cựu chủ tịch LĐBĐ Brazil … còn người gửi tiền là A –": "whereas", another's clause
        return 0

    def _calling_between_dashes(self, name_start: int, name_end: int) -> int:
        """'Đặng Anh Kiệt - đại diện nhóm nghiên cứu … của Đại học Fulbright Việt Nam - thể hiện
        …': after a name that holds no post, a calling in lower case that no vocabulary holds, set
        off by two dashes and closed by what he does: where it closes (the second dash), or 0.
        Not his kin ("- vợ Lý Hải -"), his home ("- trú tại xã A -"), what he is or did ("- nổi
        tiếng với …", "- người từng …"), nor a street's name in a route ("Võ Văn Kiệt - cầu
        Calmette - …") or one of a list ("A - hát chính, B - guitarist, …")."""
        if self.words[name_end:name_end + 1] not in ([d] for d in _DASHES) or self.words[name_start - 1:name_start] in ([d] for d in _DASHES):
            return 0
        start = self._dashed_role_start(name_end)
        first = self.words[start] if start < len(self.words) else ""
        if not (first.isalpha() and first.islower()) or self.lowered[start] in _NO_CALLING_AFTER_DASH \
                or self.lowered[start] in self.vocabulary.admin_units:
            return 0
        for k in range(start + 1, min(len(self.words) - 1, name_end + _DASHED_ROLE_WORDS)):
            word = self.words[k]
            if word in _DASHES:
                following = self.words[k + 1]
                return k if following.isalpha() and following.islower() else 0
            if word in (".", ";", ":", "!", "?", "“", "”", '"', "(") or self._trigger_at(k) \
                    or word == "," and self.words[k + 1] in self.vocabulary.family_names:
                return 0
        return 0

    def _whereas_clause_at(self, k: int) -> int:
        """Past "còn" at k that opens another's clause, "còn <who> là <Name>" ("… còn người gửi tiền
        là Sandro Rosell"), or 0: not "còn là" (he still is), "còn lại", "còn giữ chức …"."""
        for n in range(k + 2, min(len(self.words), k + 2 + _WHEREAS_SUBJECT_WORDS)):
            if not (self.words[n - 1].isalpha() and self.words[n - 1].islower()):
                return 0
            if self.lowered[n] == "là":
                return n + 1 if _is_capitalised(self.words[n + 1] if n + 1 < len(self.words) else "") and not self._role_head_at(n + 1) else 0
        return 0

    def _next_list_item(self, after: int, plural: bool) -> int | None:
        """Where the next 'Name, Role' of a list starts, or None."""
        k = after
        if plural:
            while k < len(self.words) and self.words[k] not in (";", ".") and k - after < 40:
                k += 1
        if self.words[k:k + 1] not in ([";"], [","]) and self.lowered[k] != "và":
            return None
        start = self._past_address(k + 1)  # ("…; Ông B – Chủ tịch …": the word of address, capitalised, is no family name)
        length = self._name_at(start, vouched=plural)
        if not length or self.words[start + length:start + length + 1] not in ([","], ["-"], ["–"], ["("]):
            return None
        return start if self._role_head_at(start + length + 1) else None

    def _members_at(self, k: int, plural: bool = False, after_comma: bool = False) -> int:
        """Where the names start after 'gồm (có) (các đồng chí) (:)' at k (or 'là' after a
        post several hold: "Hai Phó Chủ tịch UBND tỉnh là ông A và ông B"), or 0."""
        if plural and self.words[k:k + 1] == [","] and self.lowered[k + 1] in ("ông", "bà") \
                and self._name_at(self._past_address(k + 1), vouched=True) and self._past_address(k + 1) > k + 1:
            return k + 1  # "Hai Phó Chủ tịch UBND tỉnh, ông A và ông B, đã dự": the holders set off after the post
        if plural and self.words[k:k + 1] == [","] and self._names_closed_by_and(k + 1):
            return k + 1  # "hai chuyên gia Thụy Điển, Henrik Bringsoe và Niels Poul Dreyer, …": with no address
        if self.words[k:k + 1] and self.words[k] in _DASHES and self.lowered[k + 1] == "gồm":
            k += 1  # "4 thượng nghị sĩ Cộng hòa - gồm Susan Collins …"
        if self.lowered[k:k + 2] == ("giúp", "việc") and plural:
            k += 2  # "ba Thứ trưởng giúp việc, gồm các ông …": the post's work, then the list
            after_comma = True
        if self.lowered[k] == "bao" and self.lowered[k + 1] == "gồm":
            k += 1  # "6 Phó Chủ tịch bao gồm các đồng chí: …"
        if after_comma and self.words[k:k + 1] == [","] and self.lowered[k + 1] == "gồm":
            k += 1  # "Quốc hội có bốn Phó chủ tịch, gồm các ông A, B, C và D"
        if self.lowered[k] != "gồm" and not (plural and self.lowered[k] == "là"):
            return 0
        k += 1 + (self.lowered[k + 1] == "có")
        if self.lowered[k] == "các":
            k += self._trigger_at(k)
        if self.words[k:k + 1] == [":"]:
            k += 1
        first = self._past_address(k)
        return k if self._name_at(first + self._rank_length(first), vouched=True) else 0

    def _names_closed_by_and(self, k: int) -> bool:
        """Full names from k, parted by commas, the last after "và", then a comma or a verb in
        lower case: a list of people set off, and nothing else ("A, B và C, …"; not "… của
        Reuters, Associated Press và Bloomberg News.", the bodies a post is of)."""
        if "của" in self.lowered[max(0, k - 4):k - 1]:
            return False  # (the list goes on from the body a post is of: "… của Reuters, AP và AFP, …")
        while length := self._name_at(k, vouched=True):
            k += length
            if self.lowered[k] == "và":
                last = self._name_at(k + 1, vouched=True)
                after = self.words[k + 1 + last:k + 2 + last]
                return bool(last) and (after == [","] or bool(after) and after[0].islower() and after[0].isalpha())
            if self.words[k:k + 1] != [","]:
                return False
            k += 1
        return False

    def _body_that_has(self, role_start: int) -> str:
        """' Quốc hội' of "Quốc hội có bốn Phó chủ tịch, gồm …", ' UBND tỉnh Quảng Nam' of "UBND
        tỉnh Quảng Nam hiện có ba phó chủ tịch": the body whose posts a count lists, named
        just before it; else ''."""
        if role_start < 2:
            return ""
        k = role_start - 1 - (self._plural_before(role_start) or self.words[role_start - 1].isdigit())
        if self.lowered[k] != "có":
            return ""
        end = k - (self.lowered[k - 1] in ("hiện", "còn"))
        start = end
        while start > 0 and end - start < _BODY_BEFORE_COUNT and (
            _is_capitalised(self.words[start - 1]) and self.lowered[start - 1] != "hiện"
            or _is_acronym(self.words[start - 1]) or self.lowered[start - 1] in self.vocabulary.admin_units
            or self.lowered[start - 1] in self.vocabulary.organisation_words  # ("Quốc hội", "Hội đồng nhân dân")
            or start >= 2 and (self.lowered[start - 2], self.lowered[start - 1]) in self.vocabulary.word_pairs
        ):
            start -= 1
        named = start < end and (_is_capitalised(self.words[start]) or _is_acronym(self.words[start])) \
            and (start == 0 or self.words[start - 1] in (",", ".", ";", ":") or self.words[start - 1].islower()
                 or self.lowered[start - 1] == "hiện")  # ("Hiện Quốc hội có …")
        # (a body by its name: not "Thành phố có 6 Phó Chủ tịch", a unit alone, nor "bị cáo Khánh còn có
        # Chủ tịch HĐTV", "cùng Beckenbauer có 2 cựu Chủ tịch", a man)
        named = named and not all(w in self.vocabulary.admin_units for w in self.lowered[start:end]) \
            and any(w in self.vocabulary.organisation_words or _is_acronym(self.words[start + n]) for n, w in enumerate(self.lowered[start:end]))
        return " " + self.text(start, end) if named and not self._name_at(start, vouched=True) else ""

    def _past_address(self, i: int) -> int:
        """Past "ông", "bà" or "đồng chí" before a name in a list ("…: ông A, bà B"), or "các
        ông" where the list goes on by sex ("gồm bà A, B và các ông C, D"); else i."""
        if self.lowered[i] in ("ông", "bà", "đồng", "các") and self._trigger_at(i) and self._name_at(i + self._trigger_at(i), vouched=True):
            return i + self._trigger_at(i)
        return i

    def _nested_shared_list(self, i: int) -> int:
        """'…; B, nguyên Phó Chủ tịch nước và các đồng chí Ủy viên Trung ương Đảng: C, Phó Chủ
        tịch nước; D, …': a list of its own, with its own shared role, goes on a list (where it
        ends), or 0."""
        if self.lowered[i] != "các" or not (trigger := self._trigger_at(i)) or not self._role_head_at(start := i + trigger):
            return 0
        role_end = self._role_end(start)
        if self.words[role_end:role_end + 1] != [":"]:
            return 0
        return self._shared_role_list(self.text(start, role_end), role_end + 1)

    def _shared_role_list(self, role: str, i: int, names_only: bool = False) -> int:
        """'các đồng chí Ủy viên Trung ương Đảng: A, Chánh Văn phòng …; B, Phó Chủ tịch
        …; Trung tướng C, Thứ trưởng …': each name has the shared role, then its own
        (a rank before the name stays first). With names_only (after "là" or a count: "4
        thượng nghị sĩ - gồm A (bang Maine), B và C, cùng D"), names alone, each with the
        place in parentheses after it, joined by commas, "và" or "cùng"."""
        if role.lower() == "đại biểu" and i < len(self.words) and (
                delegation := _DELEGATION_LISTED.search(self.source, max(0, self.span(i)[0] - _DELEGATION_SPAN), self.span(i)[0])):
            # "Đoàn đại biểu Quốc hội (ĐBQH) tỉnh gồm các đại biểu: A, B và C": each a deputy of that house
            role = f"{role} {delegation.group('house') or 'Quốc hội'}"
        first_addressed = None
        while True:
            start, i = i, self._past_address(i)
            addressed = i > start
            if first_addressed is None:
                first_addressed = addressed
            elif addressed and not first_addressed and (named := self._name_at(i, vouched=True)) \
                    and self.words[i + named:i + named + 1] in ([","], ["("], ["-"], ["–"]) and self._role_head_at(i + named + 1):
                return start  # "…: A, B và ông C, nguyên Phó Vụ trưởng …": a man of his own post, no more of the list
            # "hai Thứ trưởng … là Thượng tướng A và Thượng tướng B": his rank, then the shared post.
            ranked = self._rank_length(i) if names_only else 0
            rank = self.text(i, i + ranked) if ranked and self._name_at(i + ranked, vouched=True) else ""
            i += ranked if rank else 0
            length = self._name_at(i, vouched=True)
            if length:
                end = after = i + length
                own, shared = "", ", ".join(r for r in (rank, role) if r)
                if self.words[end:end + 1] in ([","], ["-"], ["–"]) and self._role_head_at(end + 1) and not self._is_weak_head(end + 1):
                    own, after = self._roles_from(end + 1)
                elif not names_only and self.words[end:end + 1] == ["("] and (closed := self._post_in_parentheses_end(end)):
                    own, after = self.text(end + 1, closed - 1), closed  # "Phan Văn Giang (Tổng Tham mưu trưởng …), …": his own post too
                elif self.words[end:end + 1] == ["("] and ")" in self.words[end + 2:end + 7]:
                    after = self.words.index(")", end + 2) + 1
                    if names_only and _where_from(self.words[end + 1:after - 1]):
                        shared = ", ".join(r for r in (rank, f"{role} {self.text(end, after)}") if r)  # "Susan Collins (bang Maine)": whose senator
                    # (else "Trần Quốc Tuấn (chuyên môn)": what the post is over; "A (SN 1991)", his age: passed)
                if own and (role.lower() in _COUNTED_AS or tuple(role.lower().split()[:2]) in _WEAK_HEADS or _is_standing_board(role)):
                    # "2 cán bộ là Trung tá A, Đội trưởng CSGT số 2", "các đồng chí lãnh đạo
                    # tỉnh: A, Bí thư Tỉnh ủy; …": his own post says what he is
                    shared = rank
                self._add(i, end, ", ".join(r for r in (shared, own) if r))
            elif self._role_head_at(i) and not names_only:
                # "Trung tướng C, Thứ trưởng …" keeps the rank first; "…: Tổng Thư ký Quốc
                # hội, Chủ nhiệm Văn phòng Quốc hội Lê Quang Mạnh; …" puts the shared role first.
                ranked = self._rank_at(i)
                if not ranked and tuple(role.lower().split()[:2]) in _WEAK_HEADS:
                    return self._role_first(i) or i  # "các đồng chí lãnh đạo tỉnh: Bí thư Tỉnh ủy A; …": each has their own post
                count = len(self.mentions)
                after = self._role_first(i)
                if not after or len(self.mentions) != count + 1:
                    return after or i
                mention = self.mentions[-1]
                rank, _, rest = mention.role.partition(", ") if ranked else ("", "", mention.role)
                self.mentions[-1] = Mention(mention.name, ", ".join(r for r in (rank, role, rest) if r), mention.offset)
            else:
                return i
            i = after
            if self.words[i:i + 1] in ([","], [";"]) or self.lowered[i] == "và" or names_only and self.lowered[i] == "cùng":
                i += 1
                if self.lowered[i] == "cùng" and names_only:
                    i += 1  # ", cùng Lisa Murkowski"
            elif names_only or not (self.words[i - 1] == "," and self._role_head_at(i)):
                return i  # (a reading that ended past the comma before the next post goes on: "…: Chủ tịch nước A, Thủ tướng B")

    def _royal_name_end(self, role_start: int, head_end: int) -> int:
        """End of the name right after a royal title, or 0: 'Vua Charles III tại London',
        'Vua Charles của Anh', 'Công chúa Xuân Nương'. A king's country before his name
        ('Quốc vương Campuchia Norodom Sihamoni') is left to the usual reading."""
        if self.lowered[role_start:head_end] not in _ROYAL_HEADS or role_start and self.lowered[role_start - 1] in _SHRINE_WORDS:
            return 0
        k = head_end
        while k < len(self.words) and k - head_end < 4 and _is_capitalised(self.words[k]) and not self._role_head_at(k):
            k += 1
        numbered = k < len(self.words) and k > head_end and self.words[k].isupper() and bool(_REGNAL_NUMBER.fullmatch(self.words[k]))
        name = self.words[head_end:k]
        following = self.words[k + numbered] if k + numbered < len(self.words) else "."
        if not name or _is_capitalised(following) or _is_acronym(following) or following in _NAME_PARTICLES or any(
            w in self.vocabulary.places or w in _place_first_words(self.vocabulary) for w in name
        ):
            return 0
        if len(name) == 1 and not numbered and (len(name[0]) < 3 or is_vietnamese_syllable(name[0])):
            return 0  # "vua Hùng": the Hùng kings, no one man
        return k + numbered

    def _post_over_unknown_words(self, i: int) -> int:
        """Past the name where a capitalised post at i runs over lower-case words no vocabulary
        holds to a Vietnamese full name its holder speaks with ("Phó chủ tịch Ủy ban Quản lý vốn
        nhà nước tại doanh nghiệp Nguyễn Ngọc Cảnh cho biết …"), the name added; else 0."""
        if not _is_capitalised(self.words[i]):
            return 0
        head_end = i + self._role_head_at(i)
        for k in range(head_end, min(len(self.words), head_end + _POST_OVER_UNKNOWN_WORDS)):
            word, lower = self.words[k], self.lowered[k]
            dashed = word in _DASHES
            if (dashed or word == ",") and k > head_end + 1 and self.lowered[k + 1] in ("ông", "bà") \
                    and (_is_capitalised(self.words[head_end]) or not dashed and head_end - i > 2 and _is_capitalised(self.words[head_end - 1])) \
                    and (length := self._name_at(k + 2, vouched=True)) >= 2 and all(map(is_vietnamese_syllable, self.words[k + 2:k + 2 + length])) \
                    and (self._speech_at(k + 2 + length) or dashed and (
                         self.words[k + 2 + length:k + 3 + length] in ([","], ["."]) or self.lowered[k + 2 + length] == "đã")):
                # "Đội trưởng Đội Xây lắp - ông Nguyễn Văn Toán", "Chủ nhiệm Ủy ban pháp luật của Quốc hội – ông
                # Phan Trung Lý đã trình bày": a body's post, then its holder set off by a dash; or by a
                # comma, where her words close it ("Giám đốc Sở giáo dục đào tạo, bà Lê Thị Bích Thuận cho hay").
                self._add(k + 2, k + 2 + length, self.text(i, k))
                return k + 2 + length
            if word in _PUNCTUATION or lower in _CLAUSE_VERBS or self._speech_at(k) \
                    or lower in _STOPS_A_POST and not (lower == "và" and self.words[k + 1:k + 2] and self.words[k + 1].islower()) \
                    or k > head_end and (self._role_head_at(k) and _is_capitalised(word) or self._trigger_at(k)):
                return 0  # (a clause, another's post, an address: not one post)
            if word not in self.vocabulary.family_names or k == head_end \
                    or any(_is_capitalised(w) and not _is_acronym(w) for w in self.words[max(head_end, k - 2):k]):
                continue  # (not a body named after a person: "Giám đốc Bệnh viện Bạch Mai chia sẻ")
            length = self._name_at(k, vouched=True)
            if 2 <= length <= 4 and all(map(is_vietnamese_syllable, self.words[k:k + length])) \
                    and not (length == 2 and self.lowered[k - 1] in _LOCAL_UNITS) \
                    and (self._speech_at(k + length)
                         or (self._phrase_at(k + length, _ACTS_OF_A_POST_HOLDER_BY_FIRST)
                             or self.words[k + length:k + length + 1] == [","] and self._speech_at(k + length + 1))  # ("…, báo cáo kết quả")
                         and self.lowered[k - 1] not in _PLACE_UNITS and self.lowered[k - 1] not in self.vocabulary.admin_units):
                # (an act, or words after a comma, only where no place may be named there: "Chủ tịch UBND xã Hà Nha trao tặng …";
                # and two words right after a district's or a commune's unit are its place's whatever follows: "… phường
                # Ninh Hải khẳng định"; not a province's, whose names the places know: "Phó Chủ tịch UBND tỉnh Cao Huy phát biểu")
                chained = self._post_chained_before(i)
                self._add(k, k + length, self.text(i if chained is None else chained, k))
                return k + length
        return 0

    def _new_post_of_anothers_at(self, role_start: int, end: int) -> bool:
        """A post just taken by the man a clause is given to, then the next man who speaks or acts
        ("giao nhiệm vụ cho tân Giám đốc Sở …, Chủ tịch UBND tỉnh A đề nghị"): not his (but "gửi điện
        mừng tới tân Tổng Bí thư, Chủ tịch nước Tô Lâm.": both the new man's; "gặp tân Bộ trưởng Quốc
        phòng, Thượng tướng A": his rank)."""
        if not (role_start > 1 and self.lowered[role_start - 1] == "tân" and self.lowered[role_start - 2] in _BEFORE_ANOTHERS_POST) \
                or self.lowered[end + 1:end + 1 + self._role_head_at(end + 1)] in self.vocabulary.ranks:
            return False
        named_end = self._role_end(end + 1)
        return named_end < len(self.words) and self.words[named_end] not in _PUNCTUATION and self.lowered[named_end] not in _CLAUSE_GOES_ON_WITH

    def _post_chained_before(self, i: int) -> int | None:
        """Where a capitalised post opening its clause starts that ends at a comma right before
        i, his first ("…, Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Công tác về các tổ chức phi
        chính phủ nước ngoài Ngô Lê Văn khẳng định"); else None."""
        if i < 2 or self.words[i - 1] != ",":
            return None
        for j in range(i - 2, max(-1, i - 2 - _DASHED_ROLE_WORDS), -1):
            if self.words[j] in _PUNCTUATION:
                return None
            if (j == 0 or self.words[j - 1] in (",", ".", ":", ";")) and _is_capitalised(self.words[j]) and self._role_head_at(j) \
                    and self._role_end(j) == i - 1:
                return j
        return None

    def _role_first(self, role_start: int, before: str = "", opened: int | None = None) -> int:
        count = len(self.mentions)
        after = self._role_then_name(role_start, before, opened)
        served = self._aide_before(role_start) if not before and len(self.mentions) == count + 1 else None
        if served is not None and not self.mentions[-1].aide and self.lowered[served - 1] != "theo":
            # "đặc phái viên của Tổng thống Mỹ, ông Steve Witkoff,": the post, then the aide set
            # off with "ông" (the president himself is not named so).
            mention = self.mentions[-1]
            at = next((k for k, (start, _) in enumerate(self.spans) if start + self.base_offset == mention.offset), None)
            name_end = at + len(mention.name.split()) if at is not None else 0
            if at is not None and at >= 2 and self.lowered[at - 1] in ("ông", "bà") and self.words[at - 2] == "," \
                    and self.words[name_end:name_end + 1] == [","]:
                self.mentions[-1] = Mention(mention.name, mention.role, mention.offset, mention.listed, self.text(served, role_start))
            elif aide := self._aide_set_off_at(after):
                # "Đặc phái viên của Tổng thống Nga Vladimir Putin, ông Kirill Dmitriev,", "đặc phái
                # viên của Tổng thống Mỹ Donald Trump là ông Steve Witkoff": the president named,
                # then his envoy set off with "ông" or said to be the envoy
                start, end = aide
                self._add(start, end, self.text(served, after))
                return end
        return after

    def _aide_set_off_at(self, k: int) -> tuple[int, int] | None:
        """(start, end) of an aide's name said to be him at k ("là (ông) A"), or set off by ", ông"
        and closed by a comma (not "Sau khi gặp đặc phái viên …, ông Putin cho biết": the next
        clause's speaker), or None."""
        if self.lowered[k] != "là":
            return self._set_off_with_ong(k, closed=True)
        start = k + 1 + (self.lowered[k + 1] in ("ông", "bà"))
        length = self._name_at(start, vouched=True)
        return (start, start + length) if length else None

    def _set_off_with_ong(self, k: int, closed: bool) -> tuple[int, int] | None:
        """(start, end) of a name set off at k by ", ông" or ", bà" (and closed by a comma where
        `closed`), or None."""
        if self.words[k:k + 1] != [","] or self.lowered[k + 1] not in ("ông", "bà"):
            return None
        length = self._name_at(k + 2, vouched=True)
        if not length or closed and self.words[k + 2 + length:k + 3 + length] != [","]:
            return None
        return k + 2, k + 2 + length

    def _aide_before(self, role_start: int) -> int | None:
        """Where an aide's post starts that stands before 'của' and the post at role_start
        ("Đặc phái viên của Tổng thống Nga"), or None; not one of several ("một cố vấn của …")."""
        if self.lowered[role_start - 1:role_start] != ("của",):
            return None
        return next((k for k in range(max(0, role_start - 1 - _LONGEST_AIDE), role_start - 1)
                     if self.lowered[k:role_start - 1] in _AIDES and self.lowered[k - 1] not in _ONE_OF_MANY), None)

    def _post_right_after_ranked_name(self, name_start: int) -> int:
        """Where a post that opens right after a ranked man's full name ends ("Đại tá Nguyễn Văn
        Bình Phó Giám đốc Công an tỉnh"), closed by a mark; or 0."""
        length = self._name_at(name_start, vouched=True)
        post = name_start + length
        if length < 2 or post >= len(self.words) or not _is_capitalised(self.words[post]) or not self._role_head_at(post) \
                or self._rank_at(post):
            return 0
        post_end = self._role_end(post)
        return post_end if post_end > post and self.words[post_end:post_end + 1] in ([";"], ["."], [","]) else 0

    def _role_then_name(self, role_start: int, before: str = "", opened: int | None = None) -> int:
        """'Bí thư Tỉnh ủy Trần Sỹ Thanh': the name is the capitalised run at the end.
        A role with no name yet, then a comma, goes with the next one: 'Giám đốc Công an
        tỉnh, Đại tá Thân Văn Hải'. Roles after the name are his too: 'Đại tá A, Chỉ huy
        trưởng …'. 'các Phó Chủ tịch HĐND tỉnh A, B' shares the role among the names."""
        of = role_start - (self.lowered[role_start - 1] == "của")
        if self.lowered[max(0, of - 2):of] == ("phu", "nhân"):
            return 0  # "Phu nhân (của) Tổng thống Hàn Quốc Kim Hye-kyung": his wife, not the post
        end = self._role_end(role_start)
        head_end = role_start + self._role_head_at(role_start)
        if not before and self.lowered[role_start:head_end] in self.vocabulary.ranks \
                and (post_end := self._post_right_after_ranked_name(head_end)):
            # "Thượng tá Trần Văn Duệ Phó chỉ huy trưởng Ban chỉ huy Quân sự TP. Thủ Đức;": the rank,
            # the name, then his post with no mark between (a list's items, as "đồng chí A Phó Chủ tịch …")
            post = head_end + self._name_at(head_end, vouched=True)
            self._add(head_end, post, f"{self.text(role_start, head_end)}, {self.text(post, post_end)}")
            return post_end
        if role_start and self.words[role_start - 1] in _QUOTES_OPENING and self.words[end:end + 1] and self.words[end] in _CLOSING_QUOTES \
                and self.lowered[role_start:head_end] in _ROYAL_HEADS:
            return 0  # 'nhóm nhạc "vua Kpop" Big Bang': a title given in quotes, no king
        royal_end = self._royal_name_end(role_start, head_end) if not before else 0
        if royal_end:
            name_start, end = head_end, royal_end  # (a role set off after it is read below)
        else:
            name_start = self._tail_name_start(role_start, head_end, end)
        if name_start is not None and not before and self.words[end:end + 1] == [","] and self.lowered[end + 1] in ("ông", "bà") \
                and self.words[name_start] not in self.vocabulary.family_names and not self._role_head_at(name_start) \
                and (self.lowered[name_start - 1] in _FIRM_KINDS or self.lowered[name_start - 1] in self.vocabulary.organisation_words
                     or self.lowered[name_start - 1] == "hãng") \
                and (held := self._name_at(end + 2, vouched=True)) and self.words[end + 2 + held:end + 3 + held] == [","] \
                and not self._role_head_at(end + 3 + held):
            # "Chủ tịch hãng bất động sản Foo Tak, ông John Smith, qua đời": the foreign words closing
            # the post are its firm's, its holder set off after "ông" (not "…, ông A, Giám đốc …": his own post)
            name_start = None
        if name_start is None and self.words[end:end + 1] == [","] and (parent := self._parent_body_then_name(role_start, end)):
            name_start, end = parent  # "Cục trưởng Cục Quản lý Dược, Bộ Y tế Vũ Tuấn Cường": the post's body, its ministry, his name
        if name_start is None and not before and (set_off := self._post_before_set_off_name(role_start, end)):
            end = set_off  # (the post whole, then "bà Kaja Kallas" read below)
        if name_start is None and self.lowered[end] == "của" and not before and _is_capitalised(self.words[role_start]) \
                and (role_start == 0 or self.words[role_start - 1] in _SENTENCE_OPENERS) \
                and self.lowered[role_start + (self.lowered[role_start] in self.vocabulary.role_prefixes):end] in _AIDES \
                and _is_capitalised(self.words[end + 1] if end + 1 < len(self.words) else "") and self._role_head_at(end + 1):
            # "Phó Phát ngôn viên của Tổng thư ký Liên hợp quốc, ông Farhan Haq cho rằng …": whose
            # spokesman, then his name set off after "ông", the post opening the sentence (not
            # "Theo trợ lý của Tổng thống Nga, ông Vladimir Putin sẽ …": the president himself)
            served_end = self._role_end(end + 1, apposition=True)
            if (aide := self._set_off_with_ong(served_end, closed=False)) \
                    and self._tail_name_start(end + 1, end + 1 + self._role_head_at(end + 1), served_end) is None:
                self._add(*aide, self.text(role_start, served_end))
                return aide[1]
        if name_start is None:
            # "các thanh tra giao thông: A, B và C" share the role.
            # (and a paragraph that opens with the post, as results are listed: "Phó chủ tịch:
            # Trần Quốc Tuấn (chuyên môn), Cao Văn Chóng (truyền thông)")
            if self.words[end:end + 1] == [":"] and self._plural_before(role_start) and not before:
                return self._shared_role_list(self.text(role_start, end), end + 1)
            first = role_start if opened is None else opened
            if self.words[end:end + 1] == [":"] and (first == 0 or self.words[first - 1] in (";", ".")):
                # (the names make the whole paragraph: "Bộ trưởng: Thủ tướng Phạm Minh Chính đã chỉ
                # đạo …" is an interview's answer, "Chủ tịch UBND tỉnh: A và B là …" too; but names
                # listed with commas make a list: "Nguyên Ủy viên Ban cán sự đảng, nguyên Thứ trưởng:
                # Lê Dương Quang, Đỗ Hữu Hào cùng chịu trách nhiệm …")
                count = len(self.mentions)
                shared = ", ".join(r for r in (before, self.text(role_start, end)) if r)
                after = self._shared_role_list(shared, end + 1)
                rest = self.words[after:]
                if all(w in _PUNCTUATION for w in rest) or rest[:1] in ([";"], ["."]) and ":" in rest[1:_NEXT_POST_WORDS] and self._role_head_at(after + 1) \
                        or len(self.mentions) - count >= 2 and self.lowered[end + 1] not in ("ông", "bà") and "," in self.words[end + 1:after] \
                        and (before or self.lowered[role_start] in ("nguyên", "cựu") or self.lowered[after] not in ("là", "đều")):
                    return after  # (and the next post's list: "Chủ tịch: ông A; Phó Chủ tịch: bà B và ông C.")
                del self.mentions[count:]
                return 0
            # "Ủy viên Ban Thường vụ gồm các đồng chí: A, B, C", "5 Phó Chủ tịch … gồm: ông
            # A, bà B": the post is each member's.
            # "4 thượng nghị sĩ Cộng hòa - gồm …", "UBND tỉnh hiện có ba phó chủ tịch, gồm …"
            whose = self._body_that_has(role_start)
            counted = role_start > 0 and (self.words[role_start - 1].isdigit() or bool(whose))
            capitalised = _is_capitalised(self.words[role_start]) or counted or self.lowered[role_start] in self.vocabulary.role_prefixes \
                and _is_capitalised(self.words[role_start + 1]) \
                or self._plural_before(role_start) and self.words[end:end + 1] == [","] and self._names_closed_by_and(end + 1) \
                or self._plural_before(role_start) and self.lowered[end] == "là" \
                and (bool(self._trigger_at(end + 1)) or self._names_closed_by_and(end + 1)) \
                and (role_start < 2 or self.words[role_start - 2] in (",", ".", ";", ":") or self.lowered[role_start - 2] in ("và", "còn"))
            # (and "hai cựu Chủ tịch …"; "…, và các phó tổng giám đốc là ông A, ông B", the post opening its
            # clause, or a list of full names closed by "và": "Hai cựu phó chủ tịch phường là Phạm Tần Anh
            # và Chu Xuân Sơn"; not "Vợ của các phó giám đốc là bà A", "Người tố cáo các phó giám đốc là ông B")
            members = self._members_at(end, self._plural_before(role_start) or counted, after_comma=bool(whose)) if not before and capitalised \
                and not self._is_weak_head(role_start) and self.lowered[role_start - 1] != "ban" else 0  # (not "Ban Giám đốc … gồm": the board, not its head's post)
            if members:
                # (after "là" or a count, names only: "… là A và B; cựu Giám đốc … C" is C's own post)
                return self._shared_role_list(self.text(role_start, end) + whose, members,
                                              names_only=self.lowered[end] == "là" or counted)
            # "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban … Phạm Minh Chính":
            # roles with no name yet, then commas, go with the name at the end. (Only
            # capitalised roles: "công tác cán bộ, Phó Bí thư …" is a task; and not what
            # someone speaks for: "thay mặt Chính phủ, Thủ tướng Chính phủ, Phó Thủ tướng A".)
            # A dash joins them too, between capitalised posts: "Tổng tư lệnh Lực lượng Vũ trang
            # Ukraine - Tướng Oleksandr Syrskyi", "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy A".
            # (the directive's author, "ý kiến chỉ đạo của (Phó) Thủ tướng, …", his prefix included: a
            # post read again from its head, after the prefix, is the same post)
            of_post = role_start - (role_start > 0 and self.lowered[role_start - 1] in self.vocabulary.role_prefixes)
            dashed = self.words[end:end + 1] in (["-"], ["–"]) and _is_capitalised(self.words[role_start]) \
                and end + 1 < len(self.words) and _is_capitalised(self.words[end + 1]) \
                and not any(self.lowered[role_start - len(m):role_start] == m for m in _MEETINGS) \
                and self.lowered[max(0, role_start - 3):role_start] != ("diễn", "đàn", ",")  # ("Tại Diễn đàn, Chủ tịch Hội Nông dân - Bộ trưởng …": the forum's two hosts)
            # (not two people meeting: "Diễn đàn Chủ tịch Hội Nông dân Việt Nam - Bộ trưởng Bộ … A", "Hội đàm
            # giữa Bộ trưởng Quốc phòng Việt Nam - Bộ trưởng Quốc phòng Lào A")
            if (
                (self.words[end:end + 1] == [","] or dashed) and self._role_head_at(end + 1) and before.count(",") < 4
                and (_is_capitalised(self.words[role_start]) or _is_acronym(self.words[role_start])
                     or self.lowered[role_start:role_start + 2] in (("ủy", "viên"), ("uỷ", "viên")) and head_end < end
                     and _is_capitalised(self.words[head_end]) and self.lowered[role_start - 1] not in _BEFORE_A_POST_HELD
                     and not self.words[role_start - 1].isdigit())  # ("ủy viên Bộ Chính trị, Trưởng Ban …", as the press writes it)
                and not self._on_behalf_of(role_start)
                and not self._office_of(role_start)
                and not (self.lowered[of_post - 1] == "của" and self.lowered[max(0, of_post - 3):of_post - 1] in _DIRECTIVES)
                and not (not before and self._new_post_of_anothers_at(role_start, end))
                and self.lowered[max(0, role_start - 2):role_start] != ("vị", "trí")  # ("… cho vị trí Thẩm phán Tòa án Tối cao, Lãnh đạo … A": a seat to fill)
                and not (self._matches(role_start, ("đại", "diện")) and self.lowered[role_start + 2] in _GROUPS_SPOKEN_FOR)  # "Đại diện đoàn, Ni sư A": who spoke
            ):
                return self._role_first(end + 1, before=", ".join(r for r in (before, self.text(role_start, end)) if r),
                                        opened=role_start if opened is None else opened)
            # "Phó Thủ tướng Thường trực Lào - ông Somsavat Lengsavad", "… là ông A",
            # "Phó Thủ tướng lúc đó là ông A".
            then = self._phrase_at(end, _AT_THAT_TIME_BY_FIRST)
            back = self._phrase_at(end, _BACK_THEN_BY_FIRST) \
                if not before and self.lowered[role_start - 1] not in _BEFORE_A_POST_HELD and self.lowered[role_start - 2:role_start] != ("trở", "thành") else 0
            # (not a post one takes: "Ông giữ chức Chủ tịch UBND tỉnh khi đó Trần Văn Bình vẫn là cấp phó")
            if back and _is_capitalised(self.words[role_start]) and (length := self._name_at(end + back, vouched=True)) >= 2 \
                    and (self.words[end + back] in self.vocabulary.family_names
                         or not all(map(is_vietnamese_syllable, self.words[end + back:end + back + length]))):
                # "Tổng thống Mỹ khi đó Barack Obama", "Thủ tướng Israel khi đó Yitzhak Rabin": the post then, its holder's name
                self._add(end + back, end + back + length, self.text(role_start, end))
                return end + back + length
            whose = ""
            if then and self.lowered[end + then] == "của":
                # "Phó tổng thống hiện nay của Venezuela là ông A": whose post, after the time
                k = end + then + 1
                while k < end + then + 5 and (_is_capitalised(self.words[k]) or _is_acronym(self.words[k])):
                    k += 1
                if k > end + then + 1 and self.lowered[k] == "là":
                    whose, then = " " + self.text(end + then, k), k - end
            joint = end + then if then and self.lowered[end + then] == "là" else end
            # "giao thuyền trưởng ông Nguyễn Minh Vương điều khiển": "ông" right after the role.
            if self.lowered[end] in ("ông", "bà") and not before:
                joint = end - 1
            given = self.lowered[end] == "cho" and self.lowered[end + 1:end + 2] in (("ông",), ("bà",)) and not before \
                and self._post_given_to(role_start, end + 2)
            if given:
                joint = end  # "Bổ nhiệm chức vụ Trưởng phòng Quản lý chất lượng cho ông A; Trưởng phòng … cho ông B"
            titled = next((len(t) for t in _ACADEMIC_TITLES_WRITTEN_OUT if self._matches(joint + 1, t)), 0) \
                if self.words[joint:joint + 1] == [","] and not any(self._matches(role_start, t) for t in _ACADEMIC_TITLES_WRITTEN_OUT) else 0
            if (self.words[joint:joint + 1] in ([","], ["-"], ["–"], ["là"]) or joint == end - 1 or given) and (self._trigger_at(joint + 1) or titled) \
                    and not self._on_behalf_of(role_start) and not self._plural_before(role_start) and not self._office_of(role_start) \
                    and not (self._is_weak_head(role_start) and role_start and self.words[role_start - 1] not in _SENTENCE_OPENERS
                             and not self._after_opening_phrase(role_start - 1)) \
                    and not (self.lowered[role_start - 1] in _ADDRESSED and self._matches(role_start, ("phóng", "viên"))):
                start = joint + 1 + (self._trigger_at(joint + 1) or titled)
                length = self._name_at(start, vouched=True)
                # "… Naftogaz, ông Serhiy Koretsky làm Thủ tướng": the post he is given wins;
                # "Báo cáo với Bộ trưởng Bộ Xây dựng, ông A, Phó Giám đốc …": his own post
                # after his name says the one before is another's.
                own_post = self.words[start + length:start + length + 1] == [","] and self._role_head_at(start + length + 1) \
                    and (self.lowered[role_start - 1] in _ADDRESSED_TO or self._ends_in_a_given_name(head_end, end))
                if own_post:
                    return joint + 1  # (read from "ông A" on, with the post after his name)
                if length and not self._appointed_at(start + length):
                    role, after = ", ".join(r for r in (before, self.text(role_start, end) + whose) if r), start + length
                    if self.lowered[role_start:end] in self.vocabulary.ranks and self.words[after:after + 1] in ([","], ["-"], ["–"]):
                        # "Đại tướng, GS.TS Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng …": his rank, his
                        # titles and name, then his posts (or a dash before them: "Trung tướng, PGS.TS A - Giám đốc …")
                        more, later = self._roles_from(after + 1)
                        role, after = (f"{role}, {more}", later) if more else (role, after)
                    elif self.lowered[role_start:end] in self.vocabulary.ranks and self.words[after:after + 1] == ["("] \
                            and (closed := self._post_in_parentheses_end(after)):
                        role, after = f"{role}, {self.text(after + 1, closed - 1)}", closed  # "Đại tá, TS A (Phó Cục trưởng …)"
                    elif self.words[joint:joint + 1] == [","] and self.words[after:after + 1] == [","] and self._role_head_at(after + 1) \
                            and (more_later := self._roles_from(after + 1))[0] \
                            and not (self.words[more_later[1]:more_later[1] + 1] == [","] and self._trigger_at(more_later[1] + 1)):
                        # "Thủ tướng Chính phủ, ông A, Trưởng Ban Chỉ đạo …": his posts, before his name
                        # and set off after it, the first opening its clause; but what one speaks as
                        # ("Dưới góc độ chuyên gia, TS A, Giám đốc …", "Đại diện ban tổ chức, ông A, Quản
                        # lý …") and a post the words before it give another ("Sau yêu cầu của Phó bí
                        # thư Thành ủy, ông A, Trưởng phòng …") give way to his own.
                        # (Not the next man's post in a list: "Bí thư Tỉnh ủy, ông A, Chủ tịch UBND tỉnh, ông B")
                        his_too = (role_start == 0 or self.words[role_start - 1] in (*_SENTENCE_OPENERS, ",")
                                   or self.lowered[role_start - 1] in ("có", "là")) \
                            and self.lowered[role_start:role_start + 2] not in _WEAK_HEADS | {("chuyên", "gia")}
                        role = ", ".join(r for r in (before, self.text(role_start, end) + whose if his_too else None, more_later[0]) if r)
                        after = more_later[1]
                    elif self.lowered[joint] == "là" and self.words[after:after + 1] == [","] and self._role_head_at(after + 1):
                        # "Bí thư Tỉnh ủy Quảng Nam là ông A, Ủy viên dự khuyết Trung ương Đảng.": his other
                        # posts after his name, up to the sentence's end (not "…, Phó Chủ tịch là ông B")
                        more, later = self._roles_from(after + 1)
                        if more and self.words[later:later + 1] in ([], ["."], [";"]):
                            role, after = f"{role}, {more}", later
                    if self.lowered[joint + 1] in _HONOURS:
                        role = f"{self.words[joint + 1]}, {role}"  # "Giám đốc Nhà hát Chèo Việt Nam, NSND A": the honour first, as a rank
                    self._add(start, start + length, role)
                    return after
            # "Thống đốc bang New York, Kathy Hochul, đã ban bố …": a role, then the name set
            # off by commas.
            if self.words[end:end + 1] == [","] and not before and not self._on_behalf_of(role_start) \
                    and (_is_capitalised(self.words[role_start]) or any(map(_is_capitalised, self.words[head_end:end]))
                         and self.lowered[role_start - 1] not in _ADDRESSED) \
                    and self.lowered[role_start - 1] not in self.vocabulary.role_prefixes:
                # (in lower case, not whom one speaks to: "Trả lời phóng viên Tuổi Trẻ, Nguyễn Thị Lan, giáo viên …")
                # (the post opens its clause: not "… gặp với Tổng thống Pháp, A cho biết", whom one met)
                before_post = self.words[role_start - 1] if role_start else "."
                opens_clause = before_post in _SENTENCE_OPENERS or before_post in (",", "Theo") \
                    or before_post.lower() not in _BEFORE_ANOTHERS_POST and not _is_capitalised(before_post)
                named = self._set_off_name(end + 1, said_ok=opens_clause)
                if named:
                    self._add(end + 1, named, self.text(role_start, end))
                    return named + 1
            # "giám đốc Sở Xây dựng (ông Lê Văn Dục)"
            if self.words[end:end + 1] == ["("] and self._trigger_at(end + 1):
                start = end + 1 + self._trigger_at(end + 1)
                length = self._name_at(start, vouched=True)
                if length and self.words[start + length:start + length + 1] == [")"]:
                    self._add(start, start + length, ", ".join(r for r in (before, self.text(role_start, end)) if r))
                    return start + length + 1
            # "Phát ngôn viên hãng hàng không US Airways là Doug Church cho biết", "Tổng thư ký Liên
            # Hợp Quốc khi đó là Kofi Annan đã viết", "Biên kịch phim là Trần Khánh Hoàng, từng …":
            # the post, "là", then its holder's full name, closed by his words, a mark or a verb.
            if (is_at := self._holder_after_la(role_start, end)) and not before:
                name_start, name_end = is_at
                self._add(name_start, name_end, self.text(role_start, end))
                return name_end
            return 0
        degrees_from = name_start
        while degrees_from - 1 >= head_end and _DEGREES.fullmatch(self.words[degrees_from - 1]):
            degrees_from -= 1  # "Giám đốc Sở Y tế TS Nguyễn Văn An": his degree, not the post's
        role = self.text(role_start, degrees_from)
        roles = [r for r in (before, role) if r]
        after = end
        # "Đại biểu Vương Thị Thương (dân tộc Tày), Giám đốc …": an aside holding no post, then her post.
        aside = self._aside_end(end)
        marker = aside if aside > end and self.words[aside:aside + 1] in ([","], ["-"], ["–"]) and self._role_head_at(aside + 1) else end
        if marker == end and self._age_in_brackets(end) and self._role_head_at(end + 4):
            marker = end + 3  # "đại úy Lê Minh Sơn (35 tuổi, cán bộ Đội cảnh sát …)": his age, then his post
        dashed = self._dashed_role_end(marker)
        if dashed:
            roles.append(self.text(self._dashed_role_start(marker), dashed))
            after = dashed + 1
        elif self.words[marker:marker + 1] == [","] and (said := self._said_to_be_at(marker + 1)) and self._role_head_at(marker + 1 + said) \
                and self.lowered[role_start - 1] != "thời":  # (not "… dưới thời Tổng thống Joe Biden, hiện là …": another man's now)
            more, after = self._roles_from(marker + 1 + said)  # "Đại uý Đỗ Xuân Điềm, hiện là Chính trị viên phó …": his post now
            if more:
                roles.append(more)
        elif self.words[marker:marker + 1] in _SET_OFF_MARKS and self._role_head_at(marker + 1) and not self._is_weak_head(marker + 1) \
                and not self._holder_after_dash(marker + 1) and not (self._posts_of_many(marker + 1) and self.lowered[role_start:name_start] not in self.vocabulary.ranks
                         and self.lowered[role_start:name_start] != ("tướng",)):
            # (a foreigner's list of posts and names: "Bộ trưởng Tài chính Serhiy Marchenko, Bộ trưởng …
            # Oleksiy Sobolev"; not "… Nguyễn Thị Phương Thảo, Tổng Giám đốc Vietjet Air")
            foreign = not all(map(is_vietnamese_syllable, self.words[name_start:end]))
            more, after = self._roles_from(marker + 1, named_by_role=foreign)
            if more:
                roles.append(more)
        elif self.lowered[end] == "của" and (place_end := self._place_end(end + 1)) and not role.lower().startswith(_ROYAL_TITLES):
            roles[-1] = f"{role} {self.text(end, place_end)}"  # "Thống đốc Tina Kotek của Oregon": whose governor
            after = place_end
        elif party_end := self._party_end(end):
            roles[-1] = f"{role} {self.text(end, party_end)}"  # "Thượng nghị sỹ Lisa Murkowski (đảng Cộng hòa, bang Alaska)"
            after = party_end
        elif role.lower().endswith(_LEGISLATORS) and (state_end := self._state_in_brackets_end(end)):
            roles[-1] = f"{role} {self.text(end, state_end)}"  # "Thượng nghị sĩ Mark Kelly (bang Arizona)": his state's seat
            after = state_end
        elif role.lower().endswith(_LEGISLATORS) and (seat_end := self._seat_end(end)):
            # "Thượng nghị sĩ John Fetterman, Đảng Dân chủ, bang Pennsylvania, chỉ trích": his seat, unbracketed
            roles[-1] = f"{role}{'' if self.words[end] == ',' else ' '}{self.text(end, seat_end)}"
            after = seat_end
        elif self.lowered[end] == "của" and (whose_end := self._whose_end(end, role_start, role)) and not role.lower().startswith(_ROYAL_TITLES):
            # "HLV Mikel Arteta của Arsenal", "CEO George Riddell của công ty tư vấn Goyder",
            # "luật sư Rudy Giuliani của ông Trump": whose post, after the name.
            roles[-1] = f"{role} {self.text(end, whose_end)}"
            after = whose_end
        elif self._chair_follows(role, name_start, end) and (chair_end := self._chair_end(end + 1)):
            # "Giáo sư Yoichiro Sato thuộc Đại học Ritsumeikan", "chuyên gia Molly Reynolds
            # thuộc Viện Brookings": where the expert works, after the name.
            roles[-1] = f"{role} {self.text(end, chair_end)}"
            after = chair_end
        elif self.lowered[role_start:name_start] in self.vocabulary.ranks and (unit_end := self._unit_after_rank(end)):
            # "Trung tá Nguyễn Cao Sơn, Đội CSGT Đường bộ số 3, Phòng CSGT, Công an thành phố Hà Nội
            # nhận định", "Thượng úy A (Trung đoàn 143)": a soldier's or a policeman's unit, no post.
            roles.append(self.text(end + 1, unit_end))
            after = unit_end + (self.words[end] == "(")
        if (self._plural_before(role_start) or after == end and self._bare_names_listed(role_start, end)) and not before:
            return self._shared_role_after(name_start, end, role, after)
        if len(roles) >= 2 and tuple(roles[-1].lower().split()) in self.vocabulary.ranks:
            roles.insert(0, roles.pop())  # "Giám đốc Công an tỉnh, Đại tá A": the rank first, as it is written of him
        count = len(self.mentions)
        self._add(name_start, end, ", ".join(roles))
        # (not where the aide is named after: "Đặc phái viên của Tổng thống Nga Vladimir Putin,
        # Kirill Dmitriev", "… Tổng thống Donald Trump là Steve Witkoff", "… Putin về hợp tác … Kirill Dmitriev")
        if len(self.mentions) > count and not before and self.lowered[end] not in (",", "là", "về", "-", "–", "(") \
                and (served := self._aide_before(role_start)) is not None and not self._names_someone_further(end):
            mention = self.mentions[-1]
            self.mentions[-1] = Mention(mention.name, mention.role, mention.offset, mention.listed, self.text(served, role_start))
        return after

    def _said_to_be_at(self, k: int) -> int:
        """Length of "hiện là", "lúc đó là" … at k, or 0."""
        return self._phrase_at(k, _SAID_TO_BE_BY_FIRST)

    def _ends_in_a_given_name(self, head_end: int, end: int) -> bool:
        """'câu hỏi của đại biểu Thương, ông A, Giám đốc …': the post and one given name
        after it, someone the text named before; ("Giám đốc Sở" is a body's word)."""
        word = self.words[head_end] if end - head_end == 1 else ""
        return _is_capitalised(word) and is_vietnamese_syllable(word) and word not in self.vocabulary.not_name_starts \
            and word not in self.vocabulary.places

    def _chair_follows(self, role: str, name_start: int, end: int) -> bool:
        """After an expert's name, 'thuộc', 'của', 'từ' a body, or 'tại' one where the name is
        foreign ("Giáo sư Ngô Bảo Châu tại Trường …" is where he spoke)."""
        if not role.lower().startswith(_EXPERTS) or end + 1 >= len(self.words):
            return False
        # A school, or for other experts a body named as one ("Công ty", "Ngân hàng", "Quỹ")
        # or by a name no Vietnamese word spells ("STEM", "International SOS"); never a
        # place, a meeting or a building ("tại Nhà Trắng", "từ Đà Nẵng", "tại Hội nghị COP28").
        following = self.words[end + 1]
        body = self._academic_body_at(end + 1) or role.lower() != "giáo sư" and (
            any(self._matches(end + 1, b) for b in _EXPERT_BODIES) and following[:1].isupper()
            or (_is_acronym(following) or _is_capitalised(following) and not is_vietnamese_syllable(following))
            and following not in self.vocabulary.places and not self._name_at(end + 1, vouched=False)
        )
        foreign = not all(map(is_vietnamese_syllable, self.words[name_start:end]))
        return body and (self.lowered[end] in ("thuộc", "của", "từ") or self.lowered[end] == "tại" and foreign)

    def _chair_end(self, k: int) -> int:
        """End of the body a professor's chair is at: 'Viện Nghiên cứu Quốc tế, Đại học
        Phúc Đán, Thượng Hải', 'Đại học Liên bang Viễn Đông Nga ở Vladivostok'; 0 if none.
        It goes on after a comma only to another school or a place, never to a person."""
        vocabulary, j = self.vocabulary, k
        while j < len(self.words):
            word, lower = self.words[j], self.lowered[j]
            following = self.words[j + 1] if j + 1 < len(self.words) else ""
            if (_is_capitalised(word) or _is_acronym(word)) and (j == k or not self._trigger_at(j)) \
                    or word in _DASHES and _is_capitalised(following):
                j += 1
            elif word.islower() and j > k and not self._trigger_at(j) and not self._speech_at(j) and (
                (self.lowered[j - 1], lower) in vocabulary.word_pairs  # (and "Hội đồng", though "đồng" ends roles elsewhere)
                or lower not in vocabulary.role_enders and (_is_capitalised(following) or _is_acronym(following)
                                                           or lower in vocabulary.organisation_words)
            ):
                j += 1  # "Liên bang Viễn Đông", "Nghiên cứu", "Khoa học Tự nhiên" (not "… tính toán")
            elif word in (",", "ở", "tại") and (self._academic_body_at(j + 1) or self._place_end(j + 1)):
                j += 1  # ", Đại học Phúc Đán", ", Thượng Hải", "ở Vladivostok", "tại Boston"
            elif word == "(" and _is_acronym(following) and self.words[j + 2:j + 3] == [")"]:
                j += 3  # "Viện Doanh nghiệp Mỹ (AEI)"
            elif word == "." and self.words[j - 1] in _ABBREVIATED_SAINTS and _is_capitalised(following):
                j += 1  # "Đại học Washington ở St. Louis"
            else:
                break
        # Whole or not at all: a chair cut inside its name ("Trung tâm Khuyến nông tỉnh")
        # is left out rather than given as "Trung tâm Khuyến".
        cut_inside = j < len(self.words) and self.words[j].islower() and self.lowered[j] not in vocabulary.role_enders \
            and _is_capitalised(self.words[j - 1]) and not self._speech_at(j)  # (he "cảnh báo")
        return j if j > k and not cut_inside else 0

    def _academic_body_at(self, k: int) -> bool:
        return k < len(self.words) and self.words[k][:1].isupper() and any(self._matches(k, body) for body in _ACADEMIC_BODIES)

    def _successor_before(self, k: int) -> tuple[int, int] | tuple[()] | None:
        """(start, end) of the name of the one who replaces the man named at k: "A (lên, được bầu)
        thay (thế) (ông) B"; () where someone unnamed does ("cử người thay ông B"); None where
        no one is said to replace him."""
        k -= self.lowered[k] in _ADDRESSES
        k -= self.lowered[k - 1:k + 1] == ("thay", "thế")
        if self.lowered[k] != "thay" and self.lowered[k:k + 2] != ("thay", "thế"):
            return None
        end = k
        while end > 0 and end > k - 3 and self.words[end - 1].islower() and self.lowered[end - 1] not in _ADDRESSES:
            end -= 1  # ("lên", "được bầu", "sẽ")
        start = next((n for n in range(max(0, end - 4), end - 1) if self.lowered[n] not in _ADDRESSES
                      and self._name_at(n, vouched=True) == end - n), None)
        return (start, end) if start is not None else ()

    def _respective_posts(self, name_start: int, marker: int, role_at: int) -> tuple[tuple[int, int, str], str, int] | None:
        """'Ông A và B (Giám đốc và Phó giám đốc Chi nhánh X)', 'A và B, Trưởng và Phó phòng
        Khảo thí của Sở Y': two names, then two posts joined by "và" over one body, in the same
        order. ((A's start, end, post), B's post, where B's post ends), or None."""
        joined = name_start - 1 - (self.lowered[name_start - 1] in ("ông", "bà"))
        if joined < 2 or self.lowered[joined] != "và" or self.words[marker] not in ("(", ","):
            return None
        first_start = next((k for k in range(joined - 4, joined - 1) if k >= 0 and self.lowered[k] not in _ADDRESSES
                            and self._name_at(k, vouched=True) == joined - k), None)
        first_head = self._role_head_at(role_at)
        second = role_at + first_head
        if first_start is None or not first_head or self.lowered[second] != "và" or not (second_head := self._role_head_at(second + 1)):
            return None
        second_role, after = self._roles_from(second + 1)
        body_start = second + 1 + second_head
        if not second_role or "," in second_role or after <= body_start \
                or self.words[marker] == "(" and self.words[after:after + 1] != [")"]:
            return None  # (one body shared by both posts, and nothing more: not "…, Giám đốc và Phó giám đốc, …")
        first = self.text(role_at, second)
        if first_head == 1 and self.lowered[second + 1] == "phó" and second_head == 2:
            first += f" {self.words[second + 2]}"  # "Trưởng và Phó phòng Khảo thí": the head of the same office
        return (first_start, joined, f"{first} {self.text(body_start, after)}"), second_role, after + (self.words[marker] == "(")

    def _workplace_end(self, at: int, role_start: int, role: str) -> int:
        """After a name, past "tại"/"ở"/"từ"/"thuộc" at `at` and where one named by a calling
        works: a school or an institute, a firm or a bank, or a body by its initials ("nhà
        nghiên cứu Erik Ballesteros tại MIT", "nhà thần kinh học Yi Rao tại Đại học Bắc Kinh,
        Trung Quốc"), whole and then a mark or a verb; or 0 (not "tại Hà Nội", "ở buổi lễ":
        a place or an occasion, where he was, not where he works)."""
        k = at + 1
        if k >= len(self.words) or not _is_capitalised(self.words[k]) and not _is_acronym(self.words[k]):
            return 0
        institution = any(self._matches(k, body) for body in _WORKPLACES)
        initials = _is_acronym(self.words[k]) and not self._place_end(k) and self.lowered[k] not in _ABBREVIATED_UNITS  # (not "ở TP HCM")
        return self._whose_end(at, role_start, role) if institution or initials else 0

    def _whose_end(self, of: int, role_start: int, role: str) -> int:
        """After a name, past 'của' at `of` and whose post it is: a person after "ông"/"bà"
        ("của ông Trump"), or a body named in capitals, its kind in lower case before it
        ("của Nvidia", "của công ty tư vấn thương mại Goyder", "của ĐT nữ Việt Nam"), whole
        and then a mark or a verb; or 0 (not "của tỉnh", "của mình", "của Nguyễn Văn A").
        Not where "của" tells whose the thing given to him is ("thư gửi đạo diễn James Cameron
        của Minh Khuê"), nor after a rank, nor a party after a state's office ("Bộ trưởng Kinh tế
        Arnaud Montebourg của đảng Xã hội": his membership, not whose minister he is)."""
        if role_start and self.lowered[role_start - 1] in ("gửi", "tặng") \
                or tuple(role.lower().split()) in self.vocabulary.ranks:
            return 0
        k = of + 1
        if self.lowered[k] == "đảng" and not role.lower().startswith(_PARTY_POSTS):
            return 0
        if served_end := self._served_name_end(of):
            return served_end
        if self.lowered[k:k + 2] in _BODY_KINDS or self.lowered[k:k + 1] in _BODY_KINDS:
            kind = k
            while k < len(self.words) and k - kind < _BODY_KIND_WORDS and self.words[k].isalpha() and self.words[k].islower() \
                    and not self._speech_at(k):
                k += 1
        if k >= len(self.words) or not (_is_capitalised(self.words[k]) or _is_acronym(self.words[k])) \
                or self._role_head_at(k) or self._trigger_at(k) or self._name_at(k, vouched=False):
            return 0
        end = self._chair_end(k)
        following = self.words[end] if 0 < end < len(self.words) else "."
        goes_on = following.isalpha() and following.islower() and end + 1 < len(self.words) and _is_capitalised(self.words[end + 1]) \
            and (following not in self.vocabulary.role_enders or (self.lowered[end - 1], following) in self.vocabulary.word_pairs)
        # (a body by its initials alone is whole, whatever verb follows: "phóng viên A của CBS tìm …")
        initials = end == k + 1 and _is_acronym(self.words[k]) and following.islower() \
            and following not in self.vocabulary.admin_units and following not in self.vocabulary.organisation_words \
            and self.lowered[k] != "clb"  # (not "của CLB bóng đá Nam Định": a club's letters, then its kind and name)
        if not end or goes_on or following.isalpha() and (following.lower() not in self.vocabulary.role_enders or not following.islower()) \
                and not self._speech_at(end) and not initials:
            return 0  # cut inside a body's name ("của Trung tâm Khuyến nông tỉnh …", "của ĐT Anh", "của Đài Tiếng nói Việt Nam")
        return end

    def _state_in_brackets_end(self, k: int) -> int:
        """Past '(bang Arizona)', '(tiểu bang Alaska)' at k, or 0."""
        if self.words[k:k + 1] != ["("] or self.lowered[k + 1] not in ("bang", "tiểu"):
            return 0
        state = k + 2 + (self.lowered[k + 1:k + 3] == ("tiểu", "bang"))
        close = state
        while close < len(self.words) and close - state < 4 and _is_capitalised(self.words[close]):
            close += 1
        return close + 1 if close > state and self.words[close:close + 1] == [")"] else 0

    def _party_end(self, k: int) -> int:
        """Past a legislator's party and state in parentheses at k ("(đảng Cộng hòa, bang
        Alaska)", "(Đảng Cộng hòa, Idaho)", "(Dân chủ, bang Virginia)", "(đảng Cộng hòa - bang
        Nam Carolina)"), or 0 (not "(đảng viên, 45 tuổi)", "(đảng Yesh Atid)")."""
        if self.words[k:k + 1] != ["("]:
            return 0
        party = k + 1 + (self.lowered[k + 1:k + 2] == ("đảng",))
        if not (party > k + 1 and party < len(self.words) and _is_capitalised(self.words[party])
                or self.lowered[k + 1:k + 3] in _US_PARTIES):
            return 0
        closed = next((n for n in range(party, min(k + _PARTY_WORDS, len(self.words))) if self.words[n] in ("(", ")")), None)
        if closed is None or self.words[closed] != ")":
            return 0
        mark = next((n for n in range(party, closed) if self.words[n] in (",", "-", "–")), None)
        # (with the state after the mark: the seat, not only what the party is)
        if mark is None:
            return 0
        state = mark + 1 + {"thuộc": 1, "đại": 2}.get(self.lowered[mark + 1], 0)  # (and "thuộc bang …", "đại diện bang Texas")
        seat = state < closed and (self.lowered[state] in ("bang", "tiểu") or _is_capitalised(self.words[state]))
        return closed + 1 if seat else 0

    def _seat_end(self, k: int) -> int:
        """Past a legislator's party and state after his name at k, unbracketed (", Đảng Dân
        chủ ôn hòa, bang Delaware", " thuộc Đảng Cộng hòa, bang West Virginia"), or 0: the
        party alone is whom he sides with, not his seat ("Thượng nghị sĩ Elizabeth Warren
        thuộc Đảng Dân chủ")."""
        if self.lowered[k:k + 2] not in ((",", "đảng"), ("thuộc", "đảng"), ("của", "đảng")):
            return 0
        j = k + 2
        if not (j < len(self.words) and _is_capitalised(self.words[j])):
            return 0
        while j < len(self.words) and j - k < _PARTY_WORDS and self.words[j] != "," and self.words[j].isalpha():
            j += 1  # (and a word of how he stands in it: "Đảng Dân chủ ôn hòa")
        if self.lowered[j:j + 2] != (",", "bang") or not (j + 2 < len(self.words) and _is_capitalised(self.words[j + 2])):
            return 0
        j += 2
        while j < len(self.words) and _is_capitalised(self.words[j]):
            j += 1
        return j

    def _place_end(self, k: int) -> int:
        """End of a known place's name of one to three words at k with nothing capitalised
        after it, or 0."""
        return next((
            k + n for n in (1, 2, 3)
            if k + n <= len(self.words) and _normalised(self.text(k, k + n)) in self.vocabulary.places and not _is_capitalised(self.words[k + n] if k + n < len(self.words) else "")
        ), 0)

    def _bare_names_listed(self, role_start: int, end: int) -> bool:
        """After a post and a name, more full names alone, the list closed by "và" and the
        last one or by a mark ("nguyên Chủ tịch Quốc hội Nguyễn Văn An, Nguyễn Sinh Hùng,
        Nguyễn Thị Kim Ngân..."): the post is all theirs. Not where a name has a post of its
        own after it, nor a name and then what he did, nor the first of a list of people
        ("gồm: Thuyền trưởng A, B, C": the skipper and his crew)."""
        if role_start and self.lowered[role_start - 1] in (":", "gồm", "là") or self.lowered[role_start] not in _POSTS_SEVERAL_HOLD:
            return False
        k, listed = end, 0
        while self.words[k:k + 1] == [","] or listed and self.lowered[k:k + 1] == ("và",):
            closing = self.lowered[k] == "và"
            length = self._name_at(k + 1, vouched=True)
            if not length or self.words[k + 1] not in self.vocabulary.family_names:
                return False
            k += 1 + length
            listed += 1
            if closing:
                break
        return listed > 0 and self.words[k:k + 1] in ([";"], ["."], ["…"], [")"])

    def _shared_role_after(self, name_start: int, name_end: int, role: str, after: int) -> int:
        """'các Phó Chủ tịch HĐND tỉnh A, B - Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh': each
        name has the shared role, or the roles written after it."""
        start, end = name_start, name_end
        while True:
            own, seat, after = "", "", end
            if self.words[end:end + 1] in ([","], ["-"], ["–"], ["("]) and self._role_head_at(end + 1):
                own, after = self._roles_from(end + 1)
            elif party_end := self._party_end(end):
                seat, after = f"{role} {self.text(end, party_end)}", party_end  # "Các Thượng nghị sỹ A (đảng Dân chủ, bang X) và B (…)"
            elif (aside_end := self._aside_end(end)) > end and self.words[aside_end:aside_end + 1] in ([","], ["và"]):
                after = aside_end  # "Các nhà sáng lập Coinbase A (39 tuổi) và B (34 tuổi)": his age, no post, and the list goes on
            self._add(start, end, own or seat or role)
            if own or self.words[after:after + 1] not in ([","], ["và"]):
                return after
            # The list vouches for its names: "hai Đặc phái viên Steve Witkoff và Jared Kushner".
            length = self._name_at(after + 1, vouched=True)
            if not length:
                return after
            start, end = after + 1, after + 1 + length

    def _add(self, start: int, end: int, role: str) -> None:
        if end - start >= 3 and self.words[end - 1] in _SENTENCE_OPENING_WORDS \
                and (not all(map(is_vietnamese_syllable, self.words[start:end - 1]))
                     or end - start >= 4 and self.words[end - 1] not in _GIVEN_NAMES_TOO):
            end -= 1  # "… Edward Snowden Một …", "Đại tướng Võ Nguyên Giáp Trong thư …": a name, then the next sentence run into it
        addressed = [k for k in range(start + 1, end - 1) if self.words[k] in ("Ông", "Bà")]
        if addressed and (all(is_vietnamese_syllable(w) for w in self.words[start:end])
                          or end - addressed[-1] > 2 and not any(map(is_vietnamese_syllable, self.words[addressed[-1] + 1:end]))):
            # "Ảnh: Đình Văn Ông Lê Đình Quyết, Trưởng phòng …", "Ảnh: Quỳnh Trần Ông Neil MacGregor, …":
            # a credit run into the next sentence
            start = addressed[-1] + 1
        elif end - start >= 3 and self.words[start] in ("Ông", "Bà") and start and self.words[start - 1] in _DASHES \
                and (end - start >= 4 and self.words[start + 1] in self.vocabulary.family_names
                     or not all(map(is_vietnamese_syllable, self.words[start + 1:end]))):
            # "Chủ tịch công đoàn - Ông Lê Minh Quang", "… châu Á – Ông Johanna Blancard de Léry": the address
            # set off by a dash, capitalised (Ông, a family name too, names fewer)
            start += 1
        if end - start >= 2 and self.words[start] in self.vocabulary.places and role and not role.endswith(self.words[start]) \
                and not any(map(is_vietnamese_syllable, self.words[start + 1:end])):
            # "nhà soạn nhạc Nga Tchaikovsky": his country ends the calling, a foreign name follows
            role, start = f"{role} {self.words[start]}", start + 1
        if role.endswith(("thực hiện", "thành công")):
            # "Ca mổ do … Vinh, Phó Trưởng khoa Phẫu thuật – Gây mê hồi sức thực hiện": the verb of
            # "do … thực hiện" closes the clause (a post that holds the verb names what it carries out)
            role = _DONE_BY.sub("", role)
        if role.endswith(("Bà", "Ông")):
            role = _ADDRESS_AFTER_DASH.sub("", role)  # "Giám đốc Công ty X - Bà Nguyễn Thị Hoa": her address, read as a place's first word ("Bà Rịa")
        # "Chủ tịch UBND xã Kỳ Lợi (thị xã Kỳ Anh)" keeps where the commune is, as written;
        # "Thống đốc tỉnh Bắc Gyeongsang (tỉnh có thành phố Gyeongju)" explains, no post.
        if "(" in role:  # (each pattern below opens with spacing, tried at every character: asked only where a bracket is)
            role = _EXPLAINED_IN_PARENTHESES.sub("", role)
        if "(" in role:
            # "Nhà sáng lập Binance (Ảnh: Reuters)": a caption's credit, and what follows it the
            # next sentence, run into the caption ("… Kampong Chhnang (Ảnh: SƠN XINH) Trong cuộc …")
            credit = _PHOTO_CREDIT.search(role)
            if credit:
                role = role[:credit.start()]
            role = _SHORT_NAME_GIVEN.sub("", role)
        rank, comma, posts = role.partition(", ")
        if " " in rank and _DEGREES.fullmatch(rank.rsplit(" ", 1)[1]) and tuple(rank.lower().split()[:-1]) in self.vocabulary.ranks:
            role = rank.rsplit(" ", 1)[0] + comma + posts  # "Trung tướng PGS.TS A - Giám đốc …": his rank, then a degree, no post
        if role[:4] in ("Tân ", "tân "):
            role = role[4:]  # "Tân Bộ trưởng Quốc phòng": new to the post, which is the role
        if "sư" in role or "sĩ" in role or "sỹ" in role:
            role = _ACADEMIC_BEFORE_POST.sub("", role)  # "Giáo sư A, chuyên gia …": the post is the role
        if " và," in role or role.endswith(" và"):
            # "… của Tổng thống George W. Bush Greg Mankiw và Jason Furman Chủ tịch CEA": a list
            # run into a post reads as no post of this name's.
            role = ", ".join(part for part in role.split(", ") if not part.endswith(" và"))
        # "Đại diện gia đình cụ A", "A (đại diện)": a representative of no named body.
        words = role.split()
        # (but one that says of what in two words or more is a post: "lãnh đạo phe đối lập",
        # "đại diện đội thi công cầu"; not "đại diện gia đình cụ …", whose family)
        if tuple(w.lower() for w in words[:2]) in _WEAK_HEADS and not any(_is_capitalised(w) or _is_acronym(w) for w in words[2:]) \
                and (len(words) < 4 or words[-1].lower() in _KIN_ADDRESSES or self._whose_name_follows(words, start)):
            role = ""
        if not role and (closed := self._calling_between_dashes(start, end)):
            role = self.text(self._dashed_role_start(end), closed)
        if role.lower().startswith("nhà sản xuất ") and not self.words[start] in self.vocabulary.family_names:
            return  # "nhà sản xuất vũ khí Lockheed Martin": a maker of arms, a firm
        if words and words[-1] in ("của", "tại", "thuộc", "ở") and self.words[start] not in self.vocabulary.family_names:
            return  # "Các nhà phân tích của Goldman Sachs": whose analysts, a firm, no one's name ("ghế HLV ở Old Trafford": a club's ground)
        if words and words[-1] == "của" and len(words) > 1:
            role = ""  # "… được nhận làm trợ lý nghiên cứu của TS A": whose assistant, not his post
        if end - start >= 3 and (self.words[start] in _HONORIFICS
                                 or self.words[start] == _ARAB_RULERS_TITLE and any(w in ("bin", "Al", "al") for w in self.words[start + 1:end])):
            # "Mawlawi Amir Khan Muttaqi": a cleric's title, not his name; an Arab ruler's
            # "Sheikh" too ("Sheikh Tamim bin Hamad Al Thani"; but "Sheikh Hasina" is her name)
            start += 1
            while end - start >= 3 and self.words[start] in _HONORIFICS:
                start += 1  # (two titles: "Samdech Thipadei Hun Manet")
        name = _normalised(self.text(start, end))
        if f" {name} " in f" {role} " and _repeats_its_start(role, f" {role} ".split(f" {name} ", 1)[1]):
            role = role[:f" {role} ".index(f" {name} ")].rstrip(", -")  # "Tổng Bí thư Tô Lâm Tổng Bí thư Tô Lâm là …": a heading run into the text
        self.mentions.append(Mention(name, role, self.span(start)[0] + self.base_offset))


@functools.lru_cache(maxsize=1 << 14)  # the same few hundred posts come back article after article
def expand_role(role: str) -> str:
    role = normalise(role)
    for pattern, expansion in _ABBREVIATIONS:
        role = pattern.sub(expansion, role)
    return role


# A foreign capitalised word alone after a word that puts a firm or a place there, and
# before a lower-case word: "thành lập Atlassian khi", "vốn vào Uber năm", "bang Virginia đã".
_FIRM_OR_PLACE_BEFORE = frozenset({"của", "tại", "ở", "vào", "từ", "bang", "hãng"})
_FIRM_OR_PLACE_BEFORE_PAIRS = frozenset({("công", "ty"), ("tập", "đoàn"), ("thành", "lập"), ("sáng", "lập")})
# (found only where one of those words, or spacing, stands right before its space: the
# words before every capitalised word cost more to read in Python than these looks back;
# words_named_alone_as_no_one still reads the words before each one found)
_CAPITALISED_THEN_LOWER = re.compile(
    rf" (?=[{UPPER_LETTERS}])(?:"
    + "|".join(f"(?<={word} )" for word in sorted(_FIRM_OR_PLACE_BEFORE | {last for _, last in _FIRM_OR_PLACE_BEFORE_PAIRS}))
    + rf"|(?<=\s\s))([{UPPER_LETTERS}][\w’'-]+) ([{LOWER_LETTERS}]+)")
# (where it stands, a clause's opening, is asked of each found: a look back tried at every character costs more)
_FOREIGN_WORD_ALONE = re.compile(rf"[{UPPER_LETTERS}][\w’'-]+(?= (?:và|là|cũng|đã|đang|sẽ|có|được|đạt) )")
_OPENS_A_CLAUSE = frozenset(". ! ? ; : “ \"".split())
# Family names written first, that a story names a man by alone ("ông Lee", "Lee cho biết",
# "Nội các của Ishiba").
_FAMILY_NAMES_FIRST = frozenset(
    "Lee Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Seo Kwon Hwang Ahn Song Yoo Hong Jeon Ko Moon Yang Son Bae Baek "
    "Nam Noh Ha Cha Joo Woo Min Ryu Jin Ji Chae Won Chun Bang Hyun Doo So Wang Li Zhang Liu Chen Zhao Wu Zhou Xu Sun Ma Zhu "
    "Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei "
    "Abe Suga Kishida Ishiba Takaichi Koizumi Noda Kan Hatoyama Aso Fukuda Motegi Hayashi Kono".split())


def words_named_alone_as_no_one(text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """Foreign words the article writes alone where no person stands ("CEO Uber Travis
    Kalanick", then "… đầu tư vào Uber năm 2016"): before a foreign name they are a
    firm's or a place's, not its first word. Never a family name written first ("của Lee")."""
    found = set()
    for match in _CAPITALISED_THEN_LOWER.finditer(text):
        word, following = match.groups()
        if word in found or word in _FAMILY_NAMES_FIRST or following in _NAME_PARTICLES:  # ("Alexander van der Bellen")
            continue
        if is_vietnamese_syllable(word) or word in vocabulary.family_names:
            continue  # (asked first: most such words are, and the words before need not be read)
        before = text[max(0, match.start() - 24):match.start()].split()[-2:]
        if not before or before[-1] not in _FIRM_OR_PLACE_BEFORE and tuple(before) not in _FIRM_OR_PLACE_BEFORE_PAIRS:
            continue
        found.add(word)
    # And one that opens a clause on its own, a verb or "và" after it ("Virginia cũng đã ban bố",
    # "Czech và Ba Lan cam kết", "Shein là …"): before a foreign name it is the place or the firm
    # of the post ("Thống đốc Virginia Glenn Youngkin"), as no given name is written so.
    for match in _FOREIGN_WORD_ALONE.finditer(text):
        at, word = match.start(), match.group(0)
        if at and text[at - 1] != "\n" and (text[at - 1] != " " or text[at - 2:at - 1] not in _OPENS_A_CLAUSE):
            continue
        if len(word) > 3 and not word.isupper() and word not in found and word not in _FAMILY_NAMES_FIRST \
                and not is_vietnamese_syllable(word) and word not in vocabulary.family_names:  # (not "Cty", "CN": a firm's, a worker's letters)
            found.add(word)
    return frozenset(found)


# Where a sentence opens, before a name of two syllables whose post two dashes set off.
_STAGE_NAME_OPENERS = frozenset({".", "!", "?", "“", '"', ":", ";"})
# "…, người từng là …", "…, người từng giữ chức …", "…, người cũng đang là …": the post of the
# one named before, said in a clause (longest first).
_WHO_HOLDS_OR_HELD_BY_FIRST = _by_first_word(sorted((tuple(p.split()) for p in (
    "từng là", "đã từng là", "từng giữ chức", "từng giữ chức vụ", "từng giữ cương vị", "đang là", "cũng đang là", "hiện là",
    "hiện đang là", "sau này trở thành", "sau này là", "vốn là", "từng làm", "từng được bổ nhiệm làm")), key=len, reverse=True))
# "P. Hiệu trưởng", "P. Giám đốc": a deputy's "Phó" by its letter, spaced from the post.
_DEPUTY_LETTER_SPACED = re.compile(r"(?<![\w.])P\. (?=(?:Hiệu|Giám|Chủ|Tổng|Trưởng|Bí|Viện|Cục|Chánh|Thủ)\s)")


def mentions_in(text: str, base_offset: int = 0, vocabulary: Vocabulary | None = None, not_names: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions in one paragraph of normalised text (see vietnamese.normalise); not_names
    are the article's foreign words that name no one (see words_named_alone_as_no_one)."""
    vocabulary = vocabulary or load_vocabulary()
    if _MAYBE_ADDRESSED_IN_CAPITALS.search(text) and _ADDRESSED_IN_CAPITALS.search(text):
        text = _ADDRESSED_IN_CAPITALS.sub(lambda found: _name_cased(found, vocabulary), text)
    scanner = _Scanner(text, base_offset, vocabulary, not_names)
    mentions = scanner.scan()
    # The readings and lists below are tried only where the scanner's words hold the word each
    # needs (most paragraphs hold none: one set look instead of lowering the text and twenty-one
    # substring looks).
    present = _WORDS_READINGS_NEED.intersection(scanner.lowered)
    if "-" in present or "–" in present:
        mentions = scanner.names_set_off_by_dashes()
        mentions = scanner.names_set_off_after_their_post()
    if "," in present:
        mentions = scanner.names_set_off_by_a_comma()
    if "tên" in present:
        mentions = scanner.names_after_their_calling()
    if "là" in present:
        mentions = scanner.names_said_to_hold_a_post()
    if "đối" in present and "đối với" in text or "chức" in present and " với " in text:
        mentions = scanner.names_a_post_is_given_to()
    if "nhiệm" in present and "bổ nhiệm" in text or "định" in present and "chỉ định" in text:
        mentions = scanner.names_put_in_office()
    if "và" in present and not present.isdisjoint(_COUNTS_OF_NAMES):
        mentions = scanner.names_before_their_count_and_post()
    needed = present & _WORDS_LISTS_NEED
    if not needed:
        return mentions
    lowered = text.lower()
    if not needed.isdisjoint(_LISTED_CALLING_FIRST_WORDS) and any(map(lowered.__contains__, _LISTED_CALLINGS_SHORTEST)):
        # (substring looks: a regex of them all costs more)
        named = {mention.name for mention in mentions}
        mentions += [m for m in _listed_after_such_as(text, base_offset, vocabulary) if m.name not in named]
        named = {mention.name for mention in mentions if mention.role}
        listed = [m for m in _listed_after_one_calling(text, base_offset, vocabulary) if m.name not in named]
        if listed:
            unroled = {m.name for m in listed}
            mentions = [m for m in mentions if m.role or m.name not in unroled] + listed
    if "nghị" in needed and "nghị s" in lowered and _COUNTED_LEGISLATORS.search(text):
        mentions = _with_counted_legislators(mentions, text, base_offset)
    if "viên" in needed and "thành viên" in lowered and _MEMBERS_LISTED.search(text):
        # (a membership is what the text says of a man only where it names no post of his)
        mentions = _with_roles_of_a_list(mentions, _members_listed(text, base_offset, vocabulary), fallback=True)
    return mentions


# An act that gives a post, before the holder's name, and the words between the name and the post.
_GIVING_A_POST_BY_FIRST = _by_first_word(tuple(tuple(p.split()) for p in ("bổ nhiệm", "tái bổ nhiệm", "chỉ định")))
_PUT_IN_A_POST_BY_FIRST = _by_first_word(tuple(tuple(p.split()) for p in (
    "làm", "vào vị trí", "vào chức", "vào ghế", "giữ chức vụ", "giữ chức", "giữ vị trí", "làm tân")))
# What follows "nhà" in a building's or a household's name, no calling's ("nhà máy", "nhà riêng", "nhà tôi").
_NOT_A_CALLING_AFTER_NHA = frozenset("""hàng máy nước trường số riêng ở xe ga thờ tù hát sách thuốc mạng kho vườn trọ nghỉ cửa tắm
    bếp đất phố tôi mình chồng vợ dân cũ mới lá sàn tạm kính vệ chờ công tang thi chùa mồ đầu bè tình in đài cao nông nhỏ lớn
    của xuất tưởng hảo nhập cung phân bán phát thầu sản""".split())  # (and a firm's: "nhà nhập khẩu", "nhà thầu"; a benefactor)
# Words that end a calling's lower-case run: whose, where, and what he does next.
_ENDS_A_CALLING = frozenset("của ở tại từ thuộc và kiêm người cho với đã đang sẽ cũng là thì nói cho biết xuất".split())
_GIVE_OR_BEAR_A_NAME = frozenset({"đặt", "mang", "lấy", "đổi", "ký", "ghi", "xưng"})
_WHEN_A_POST_IS_GIVEN = frozenset({"hôm", "ngày", "từ", "kể", "sau", "trước", "vào", "trong"})
# The bodies a post's own body belongs to, after a comma and before the holder's name.
_PARENT_BODIES_BY_FIRST = _by_first_word(tuple(tuple(p.split()) for p in (
    "bộ", "ban", "sở", "cục", "tổng cục", "ubnd", "ủy ban", "uỷ ban", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy",
    "huyện uỷ", "đảng ủy", "đảng uỷ", "học viện", "đại học", "viện", "bệnh viện", "công an", "bộ chỉ huy", "quân khu", "tập đoàn",
    "tổng công ty", "văn phòng", "trung ương", "hđnd", "tand", "vksnd", "ngân hàng nhà nước")))
# Words after a name that go on with the clause it closes (where, when, with whom), not a next clause's verb.
_CLAUSE_GOES_ON_WITH = frozenset("tại ở nhân về trong vào và cùng hôm ngày sáng chiều tối trưa đêm từ qua theo".split())
# Acts that give or take a post, before "chức <post> với ông A".
_POSTS_CHANGED_BY_FIRST = _by_first_word(tuple(tuple(p.split()) for p in (
    "bổ nhiệm", "miễn nhiệm", "bãi nhiệm", "cách chức", "thôi giữ", "thôi chức", "điều động", "bầu giữ", "bầu", "bầu bổ sung")))
# How far back from where a post ends (a dash, "là", "tên", "đối với") it may open.
_POST_READ_BACK_WORDS = 16
# How many names a list before its shared post counts ("A và B, hai nhà phân tích …").
_COUNTS_OF_NAMES = {"hai": 2, "ba": 3, "bốn": 4, "2": 2, "3": 3, "4": 4}

# A count written out: "Hai", "bốn".
_SPELT_COUNT = "[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám"


def _place_of(name: str, text: str, offset: int) -> int:
    """Where a listed name stands in text, from offset on (offset where it is not found as written)."""
    found_at = text.find(name, offset)
    return found_at if found_at >= 0 else offset


def _with_roles_of_a_list(mentions: list[Mention], listed: list[Mention], fallback: bool) -> list[Mention]:
    """The scan's mentions, each the list gives a role to in place of none ("ông A" of the
    list), and the list's others. A fallback role stands only where the text gives no other."""
    by_name = {mention.name: k for k, mention in enumerate(mentions)}
    mentions = list(mentions)
    for member in listed:
        if member.name not in by_name:
            by_name[member.name] = len(mentions)
            mentions.append(member)
        elif not mentions[by_name[member.name]].role:
            mention = mentions[by_name[member.name]]
            mentions[by_name[member.name]] = Mention(mention.name, member.role, mention.offset, fallback or mention.listed, mention.aide)
    return mentions


# "3/6 thành viên của Hội đồng gồm ông Trương Văn Minh, bà Phan Thị Bích Hà, ông Nguyễn Ngọc Quận bỏ
# phiếu …", "4 thành viên HĐQT Hòa Bình là ông A, ông B, ông C và ông D": members of a named body,
# counted, then each by name.
_MEMBERS_LISTED = re.compile(
    rf"(?<![\w/])(?:\d{{1,2}}(?:/\d{{1,2}})?|{_SPELT_COUNT}|[Cc]ác)\s+(?P<role>thành viên\s+(?:của\s+)?"
    rf"(?P<body>(?:[{UPPER_LETTERS}]|ban chấp hành|hội đồng)[^.;:!?()“”\"]{{0,50}}?))"
    rf"(?:\s*,?\s+(?:gồm|là)\s*:?|\s+(?:được|vừa được|đã được)\s+(?:đại\s+hội\s+|hội\s+nghị\s+)?bầu(?:\s+gồm)?\s*:)"  # (or "… được đại hội bầu: A, B")
    rf"\s+(?P<names>[^.;:!?()“”\"]+)")
_ADDRESS_BEFORE_NAME = re.compile(r"^(?:[Ôô]ng|[Bb]à)\s+")


def _members_listed(text: str, base_offset: int, vocabulary: Vocabulary) -> list[Mention]:
    """Each member named after a counted list of a body's members, with the list's role."""
    listed = []
    for match in _MEMBERS_LISTED.finditer(text):
        body = match.group("body").split()
        if any(word in vocabulary.role_enders and (before.lower(), word) not in vocabulary.word_pairs for before, word in zip([""] + body, body)):
            continue  # "7 thành viên HĐQT Eximbank đã họp và bầu ra … là bà A": what the members did (not "Hội đồng")
        offset = match.start("names")
        for item in re.split(r"\s*,\s*|\s+và\s+", match.group("names")):
            words = _ADDRESS_BEFORE_NAME.sub("", item).split()
            capitalised = list(itertools.takewhile(_is_capitalised, words))
            if not 2 <= len(capitalised) <= 4 or capitalised[0] not in vocabulary.family_names and \
                    all(map(is_vietnamese_syllable, capitalised)):
                break  # the list ends where something else is said (a foreign name passes: "ông Albert Atoine")
            name = " ".join(capitalised)
            offset = _place_of(name, text, offset)
            listed.append(Mention(name, match.group("role"), base_offset + offset, listed=True))
            if len(capitalised) < len(words):
                break  # "… ông Nguyễn Ngọc Quận bỏ phiếu …": the last, then the sentence goes on
    return listed


# "4 thượng nghị sĩ Cộng hòa đã đứng về phía đảng Dân chủ, gồm Rand Paul (Kentucky), người bảo
# trợ nghị quyết, Mitch McConnell (Kentucky) …", "Bốn Thượng nghị sĩ Đảng Cộng hòa đã … : Bà
# Susan Collins (bang Maine), …": a count of lawmakers, what they did, then each by name with
# the state in brackets.
_COUNTED_LEGISLATORS = re.compile(
    rf"(?<!\w)(?:\d+|{_SPELT_COUNT})\s+"
    r"(?P<calling>(?:[Tt]hượng |[Hh]ạ )?(?:nghị|Nghị) s[ĩỹ](?: (?:[Đđ]ảng )?(?:Cộng hòa|Cộng hoà|Dân chủ))?)"
    r"[^.;!?:]{0,120}?(?:,?\s+gồm\s*:?|:)\s+(?P<names>[^.;!?]+)")
_LISTED_LAWMAKER = re.compile(rf"^(?:[Ôô]ng |[Bb]à )?(?P<name>[{UPPER_LETTERS}][^\s(),]*(?: [{UPPER_LETTERS}][^\s(),]*){{1,3}})\s*\((?P<state>[^()]+)\)")


def _with_counted_legislators(mentions: list[Mention], text: str, base_offset: int) -> list[Mention]:
    """Each lawmaker of a counted list gets the list's calling with his state, in place of no
    role; one the scan missed is added."""
    listed = []
    for match in _COUNTED_LEGISLATORS.finditer(text):
        offset = match.start("names")
        for item in re.split(r"\s*,\s*|\s+và\s+", match.group("names")):
            lawmaker = _LISTED_LAWMAKER.match(item)
            if not lawmaker:
                continue  # ("người bảo trợ nghị quyết": what one of them did)
            name, role = lawmaker.group("name"), f"{match.group('calling')} ({lawmaker.group('state').strip()})"
            offset = _place_of(name, text, offset)
            listed.append(Mention(name, role, base_offset + offset, listed=True))
    return _with_roles_of_a_list(mentions, listed, fallback=False)


# A name in capitals after "Ông" or "Bà", as a transcript sets its speakers: "Ông PHAN VĂN MÃI,
# Chủ tịch UBND TP. Hồ Chí Minh: …" (read as "Phan Văn Mãi"; the same length, so offsets hold).
_ADDRESSED_IN_CAPITALS = re.compile(rf"\b(?:[Ôô]ng|[Bb]à) ([{UPPER_LETTERS}]{{2,}}(?: [{UPPER_LETTERS}]{{2,}}){{1,3}})(?![{LOWER_LETTERS}])")
# What every such address holds (kept in step with the pattern above), looked for first: a
# plain search, four times as fast as the full pattern (whose word boundary at the start is
# tried at every character). It opens with the space and looks back from the two capitals:
# opening with "ng" or "à" stopped at every "n", a third slower.
_MAYBE_ADDRESSED_IN_CAPITALS = re.compile(rf" [{UPPER_LETTERS}]{{2}}(?<=ng [{UPPER_LETTERS}][{UPPER_LETTERS}]|[Bb]à [{UPPER_LETTERS}][{UPPER_LETTERS}])")


def _name_cased(found: re.Match, vocabulary: Vocabulary) -> str:
    written = found.group(1)
    name = name_case(written)
    if name.split()[0] not in vocabulary.family_names or len(name) != len(written):
        return found.group(0)
    return found.group(0)[:found.start(1) - found.start()] + name


# "nhiều nghệ sĩ nổi tiếng như Đen, Quang Hùng MasterD, Mono, …", "những họa sĩ tên tuổi …,
# như: Trần Lưu Hậu, Lưu Công Nhân, …": artists listed by name after their shared calling.
_SUCH_AS = re.compile(r"(?P<plural>\w+(?: số| hệ)?)\s+(?P<calling>(?!(?:như|gồm)\b)[^\W\d_]+(?:\s+(?!(?:như|gồm)\b)[^\W\d_]+){0,3})"
                      r"(?P<between>[^.;:!?()“”\"]{0,80}?),?\s+(?:như|gồm)\s*:?\s+(?P<names>[^.;:!?()“”\"]+)", re.IGNORECASE)
# A cast or a line-up that "có" its members, right after its calling: "dàn diễn viên có A, B, C"
# (not "… nghệ sĩ Đàm Vĩnh Hưng và Cát Phượng có thái độ …", "… có mặt tại buổi ra mắt như …").
_CALLING_HAS = re.compile(rf"(?P<plural>\w+(?: số)?)\s+(?P<calling>[{LOWER_LETTERS}]+(?:\s+[{LOWER_LETTERS}]+){{1,4}})\s+có\s*:?\s+"
                          rf"(?P<names>[{UPPER_LETTERS}][^.;:!?()“”\"]+)")
_CALLING_THEN_NAMES = re.compile(rf"(?P<plural>\w+(?: số)?)\s+(?P<calling>[{LOWER_LETTERS}]+(?:\s+[{LOWER_LETTERS}]+){{1,4}})\s*:?\s+"
                                 rf"(?P<names>[{UPPER_LETTERS}][^.;:!?()“”\"]+)")
# What a cast's members are, between its calling and "có": "diễn viên chính", "ca sĩ khách mời".
_CAST_WORDS = frozenset("chính phụ khách mời".split())
# Words of praise that may stand between a calling and its list of names ("tài hoa", "trẻ").
_PRAISE = frozenset("tài hoa trẻ nổi tiếng tên tuổi lừng danh gạo cội kỳ cựu hàng đầu".split())
# A state title before a listed name: "Nghệ sĩ Nhân dân", "NSƯT", "Nghệ nhân Ưu tú".
_HONOURED_TITLE = re.compile(r"^(?:(?:Nghệ sĩ|Nghệ sỹ|Nghệ nhân|Nhà giáo|Thầy thuốc) (?:Nhân dân|Ưu tú)|NSND|NSƯT|NNND|NNƯT)\s+")
_HONOURED_TITLE_ANY_CASE = re.compile(_HONOURED_TITLE.pattern, re.IGNORECASE)  # ("Nhà giáo nhân dân")
_PLURAL_WORD = re.compile(r"\b(?:các|những|nhiều|một số|dàn|hai|ba|bốn|năm|\d{1,2}|thế hệ)\b", re.IGNORECASE)  # (and "3 luật sư gồm: …", "thế hệ nghệ sĩ như …")
# Performers known by one foreign word, a stage name: "ca sĩ Binz", "rapper Wowy".
_STAGE_CALLINGS = frozenset({"ca sĩ", "ca sỹ", "nhạc sĩ", "nhạc sỹ", "nghệ sĩ", "nghệ sỹ", "rapper", "dj", "vũ công", "diễn viên", "beatmaker", "producer"})
_WILL_OR_FOUND = (("sẽ",), ("được", "xác", "định"), ("thời", "đó"), ("thời", "điểm", "đó"))  # (before "là": "phó thị trưởng sẽ là A")
_AT_THAT_TIME_BY_FIRST, _AT_THAT_TIME_OR_WILL_BY_FIRST = _by_first_word(_AT_THAT_TIME), _by_first_word(_AT_THAT_TIME + _WILL_OR_FOUND)
_SET_OFF_POST_WORDS = 3  # (the fewest words of a post that keeps a foreigner named by one word)
_SMALL_COUNTS = frozenset(_COUNTS_OF_NAMES)  # (a count before a calling its names share: "hai nhà báo A và B")
# What a performer is said to be of, one capitalised word that is no one's stage name: an award,
# an instrument, a studio or franchise, a show ("diễn viên Baywatch", "Nghệ sĩ Piano", "Nhạc sĩ Grammy").
_NOT_STAGE_NAMES = frozenset(
    "oscar oscars grammy grammys emmy emmys piano violin guitar saxophone cello marvel disney idol latin netflix hollywood "
    "bollywood broadway baywatch titanic parasite avengers blackpink youtube tiktok spotify billboard".split())
_GENRES = frozenset("kpop vpop cpop jpop pop rock jazz bolero indie rap opera ballad edm hiphop soul blues country metal acoustic underground".split())  # ("ca sĩ Kpop")
_LISTED_CALLINGS = tuple(sorted({"nghệ sĩ", "ca sĩ", "nhạc sĩ", "họa sĩ", "hoạ sĩ", "nghệ sỹ", "ca sỹ", "nhạc sỹ", "họa sỹ", "nhà văn", "nhà thơ", "diễn viên", "đạo diễn", "nghệ nhân",
                              "nhà nghiên cứu", "nhạc trưởng", "vũ công", "nhà thiết kế", "luật sư",
                              "danh họa", "danh hoạ", "dịch giả", "hoa hậu", "á hậu", "nhạc công", "biên đạo", "người mẫu",
                              "nhà báo", "kiến trúc sư"}))  # (not the composers a concert plays: the corpus's readers disagree)
# And the professions that say more of one: "các nghệ sĩ nhiếp ảnh nổi tiếng như: …".
# (Not a state title: "Nghệ sĩ Ưu tú A, B, C" lists singers, of whom the first holds it.)
_LISTED_CALLINGS += tuple(sorted(" ".join(p) for p in _PROFESSIONS if len(p) > 2 and " ".join(p[:2]) in _LISTED_CALLINGS
                                 and p[2:] not in (("nhân", "dân"), ("ưu", "tú"))))
# (where "nghệ sĩ múa" is written, so is "nghệ sĩ": a paragraph is looked at for the shortest only)
_LISTED_CALLINGS_SHORTEST = tuple(c for c in _LISTED_CALLINGS if not any(other != c and other in c for other in _LISTED_CALLINGS))
_LONGEST_CALLING = max(map(len, _LISTED_CALLINGS))
# The word each list after the scan needs, whole, between spaces, so a word of the scanner's
# own (a run of letters between spaces is one, as written; see _words_between_spaces): a
# listed calling's first word (after the plural word and a space, before a space: every
# calling is two words or more), "nghị" of "nghị sĩ" (_COUNTED_LEGISLATORS), "viên" of
# "thành viên" (_MEMBERS_LISTED).
_LISTED_CALLING_FIRST_WORDS = frozenset(calling.split(" ", 1)[0] for calling in _LISTED_CALLINGS)
_WORDS_LISTS_NEED = _LISTED_CALLING_FIRST_WORDS | {"nghị", "viên"}
_LONGEST_CALLING_WORDS = max(len(calling.split()) for calling in _LISTED_CALLINGS)
_WORDS_READINGS_NEED = _WORDS_LISTS_NEED | {"-", "–", ",", "tên", "là", "đối", "nhiệm", "định", "và", "chức"} | _COUNTS_OF_NAMES.keys()


def _listed_after_such_as(text: str, base_offset: int, vocabulary: Vocabulary) -> list[Mention]:
    """People named in a list after a plural calling, with "như"/"gồm" or straight after
    it, each with the calling as a fallback role."""
    listed = []
    # (each plural word tried in turn: "trong các liên hoan … cùng nhiều nhạc trưởng … như A")
    for plural in _PLURAL_WORD.finditer(text):
        if not text[plural.end():plural.end() + 2 + _LONGEST_CALLING].lstrip().lower().startswith(_LISTED_CALLINGS):
            continue  # (most plurals are of something else: one look instead of two patterns)
        match = _SUCH_AS.match(text, plural.start())
        if match and _PLURAL_WORD.search(match.group("between")):
            match = None  # (not "nhiều ca sĩ … từ các chương trình như Rap Việt": the nearer plural's list)
        direct = not match
        # (or the names right after the calling: "Các nhà thiết kế tài hoa Diệp Anh, Trịnh Bích Thủy và Minh Hạnh")
        match = match or _CALLING_HAS.match(text, plural.start()) or _CALLING_THEN_NAMES.match(text, plural.start())
        if not match:
            continue
        words = match.group("calling").split()
        calling = next((" ".join(words[:n]) for n in (4, 3, 2, 1) if " ".join(words[:n]).lower() in _LISTED_CALLINGS), None)
        extra = [w.lower() for w in words[len(calling.split()):]] if calling else []
        cast = match.re is _CALLING_HAS and all(w in _PRAISE or w in _CAST_WORDS for w in extra)
        if cast and extra and not all(w in _PRAISE for w in extra):
            calling, extra = " ".join(words), []  # "Các ca sĩ khách mời có …": the guests' calling, all of it
        if calling is None or direct and any(w not in _PRAISE for w in extra):
            continue  # (not "các diễn viên của phim Mưa Đỏ, …", "các nghệ nhân làng Bát Tràng, …": films, villages)
        between = match.group("between") if not direct else ""
        if between.lstrip().startswith(",") or calling.lower() == "luật sư" and any(w not in _PRAISE for w in extra + between.lower().split()):
            # (not "70 ca sĩ, diễn viên, hoa hậu như …": callings of many, which each is the list
            # does not say; nor "các luật sư bào chữa cho nhóm bị cáo … gồm: …": whom they defend)
            continue
        count = len(listed)
        offset = match.start("names")
        names = re.split(r"…|\.\.\.", match.group("names"), maxsplit=1)[0]  # "Lê Lam… Một sự kiện": the list ends
        for item in re.split(r"\s*,\s*|\s+(?:và|hay|hoặc)\s+", names):  # (and "… Vladimir Jurowski hay Kent Nagano")
            words = _HONOURED_TITLE.sub("", item).split()  # ("… như: Nghệ sĩ Ưu tú Hồng Vân, …": her own title, read apart)
            capitalised = list(itertools.takewhile(_is_capitalised, words))
            last = 1 < len(capitalised) < len(words)  # (not "Nhà hát Tuổi trẻ")
            body_word_first = words and words[0].lower() in vocabulary.organisation_words and (
                words[0] not in vocabulary.family_names
                or last and len(capitalised) == 2 and any(map(_is_capitalised, words[len(capitalised) + 1:len(capitalised) + 3])))
            # (a family name too where two capitals, one word in lower case and capitals again make a
            # body's name: "Đoàn Ca múa Quân đội", a troupe; not "Vũ Cát Tường biểu diễn tại Hà Nội")
            if last:
                words = capitalised  # "… và Hà Anh Tuấn sẽ biểu diễn": the last name, then the sentence goes on
                if " ".join(words) in vocabulary.places:
                    break  # ("Nhiều nghệ sĩ có Hà Nội là quê hương thứ hai": a place)
            stage_name = len(words) == 1 and words[0].isalpha() and not is_vietnamese_syllable(words[0])  # "tlinh"
            if not words or len(words) > 4 or not (stage_name or all(_is_capitalised(w) or w[:1].isdigit() for w in words)) \
                    or item in vocabulary.places \
                    or body_word_first and (last or len(words) > 2 or any(w.lower() in vocabulary.organisation_words for w in words[1:])):
                # (a body's name, "Hội Nhà văn", "Đoàn Ca múa Quân đội", run on in lower case; not "Lý Hải", "Thanh Lan")
                break  # the list ends where something else is said
            name = " ".join(words)
            offset = _place_of(name, text, offset)  # (each name at its own place: the order of first mention)
            listed.append(Mention(name, calling, base_offset + offset, listed=True))
            if last:
                break
        found = [m.name.split() for m in listed[count:]]
        if direct and (len(found) < 2 or not any(n[0] in vocabulary.family_names or len(n) >= 2 and all(map(is_vietnamese_syllable, n)) for n in found)
                       or any(len(n) >= 3 and n[0] in vocabulary.places for n in found)):
            # One name after a calling is the usual mention's; and a list straight after it is
            # of people's names ("Bích Hồng, Bích Phượng"), none after a country ("Nga Lev Tolstoy").
            del listed[count:]
    return listed


# A calling written once before the names it is each one's: "Ca sĩ Ngọc Sơn, Ngô Kiến Huy góp mặt".
_ONE_CALLING_THEN_NAMES = re.compile(rf"(?<![\w])(?P<calling>(?i:{'|'.join(sorted(map(re.escape, _LISTED_CALLINGS), key=len, reverse=True))}))"
                                     rf"\s+(?P<names>[{UPPER_LETTERS}][^.;:!?()“”\"]+)")
# Where such a list, its names joined by commas only, may stand: opening its clause (after a
# mark) or after these words ("do nghệ sĩ A, B đóng").
_CLAUSE_OPENS_WITH_A_LIST = frozenset({"do", "là", "gồm", "có", "như"})
_CLAUSE_MARKS = frozenset(".;:!?,–-…\"“”(")


@functools.lru_cache(maxsize=2)
def _role_head_first_words(vocabulary: Vocabulary) -> frozenset[str]:
    return frozenset(head[0] for head in vocabulary.role_heads)


def _is_listed_name(words: list[str], vocabulary: Vocabulary) -> bool:
    """Two to four capitalised words that open as a name does: a family name, or a stage
    name's syllables ("Lan Ngọc"); not a place, a post ("Trưởng Ban") or a body ("Hội …")."""
    if not 2 <= len(words) <= 4 or " ".join(words) in vocabulary.places:
        return False
    first = words[0]
    if first in vocabulary.family_names:
        return True  # (and "Hoàng Minh", though "hoàng" opens "hoàng tử")
    lowered = first.lower()
    return lowered not in _role_head_first_words(vocabulary) and lowered not in vocabulary.organisation_words \
        and lowered not in vocabulary.role_prefixes and first not in vocabulary.not_name_starts and all(map(is_vietnamese_syllable, words))


def _listed_after_one_calling(text: str, base_offset: int, vocabulary: Vocabulary) -> list[Mention]:
    """Names joined by commas (and "và") right after one calling in the singular, each a
    person's (a family name first, or syllables of a stage name), the calling each one's:
    "Diễn viên Thúy Ngân, Võ Cảnh lần đầu kết hợp" (not "nhà báo A, Phó Tổng biên tập …": his post)."""
    listed: list[Mention] = []
    for match in _ONE_CALLING_THEN_NAMES.finditer(text):
        ahead = text[:match.start()].rstrip()
        before = [] if not ahead or ahead[-1] in _CLAUSE_MARKS else ahead.split()[-1:]
        if before and (_PLURAL_WORD.fullmatch(before[0]) or _is_capitalised(before[0]) or before[0].lower() in vocabulary.organisation_words):
            continue  # (the plural's list is read above; "Hội Nhà văn Trẻ Huế" is a body's name)
        items = re.split(r"(\s*,\s*|\s+và\s+)", match.group("names"))
        found: list[str] = []
        with_and = False  # (the last name found joined by "và")
        for item, joiner in zip(items[::2], [""] + items[1::2]):
            words = item.split()
            capitalised = list(itertools.takewhile(_is_capitalised, words))
            last = len(capitalised) < len(words)
            words = capitalised
            if not _is_listed_name(words, vocabulary):
                break
            found.append(" ".join(words))
            with_and = joiner.strip() == "và"
            if last:
                break
        if len(found) < 2:
            continue
        if not with_and and before and before[0].lower() not in _CLAUSE_OPENS_WITH_A_LIST:
            # Names joined by commas only may close an opening phrase: "Theo đạo diễn Ngọc Lâm,
            # Thái Hòa …", "… tài sản của nghệ sĩ Vũ Linh, Hồng Loan kháng cáo": the list must open its clause.
            continue
        offset = match.start("names")
        for name in found:
            offset = _place_of(name, text, offset)
            listed.append(Mention(name, match.group("calling"), base_offset + offset, listed=True))
    return listed


_DEPARTMENT_FIELD_WORDS = 8  # "(trưởng bộ môn) khoa học dữ liệu và trí tuệ nhân tạo"
_PROJECT_WORDS = 10  # "(Ban quản lý dự án) đầu tư xây dựng các công trình giao thông"
_COMMITTEE_WORDS = 6  # "(Trưởng ban chỉ đạo) thi tốt nghiệp THPT cấp quốc gia"
_ASIDE_BEFORE_POST = 6  # words between the bracket and the post: "(61 tuổi, cựu …", "(SN 1970, trú tại …, nguyên …"
_NAME_LINE_LONGEST = 40
_POST_LINE_WORDS = 30


def _post_under_a_name(name_line: str, offset: int, post_line: str, vocabulary: Vocabulary) -> Mention | None:
    """A name on a line of its own and the post on the next, as a box of views sets its
    speakers: "PGS.TS. Nguyễn Đức Độ" / "Phó Viện trưởng Viện Kinh tế - Tài chính (Học viện
    Tài chính)"."""
    words = name_line.split()
    while words and (words[0].lower() in ("ông", "bà") or _ACADEMIC_WORD.fullmatch(words[0].rstrip("."))):
        words = words[1:]
    if not words or not all(map(is_vietnamese_syllable, words)) or not is_full_name(words, vocabulary) \
            or words[0] not in vocabulary.family_names:
        return None
    post = _Scanner(post_line, 0, vocabulary)
    if len(post.words) > _POST_LINE_WORDS or not _is_capitalised(post.words[0]) or not post._role_head_at(0):
        return None
    role, end = post._roles_from(0)
    rest = post.words[end:]
    if rest[:1] == ["("] and rest[-1:] == [")"] or rest[-1:] == ["."] and ")" in rest:
        role, rest = post_line.rstrip(" ."), []  # ("… (Học viện Tài chính)": where the institute is)
    if not role or any(w not in _PUNCTUATION for w in rest):
        return None
    return Mention(" ".join(words), role, offset + name_line.find(words[0]))


def participants(blocks: list[tuple[str, bool]], vocabulary: Vocabulary | None = None) -> list[Participant]:
    """Every person named with a role, in order of first mention, from (text, is_caption)
    blocks in document order. The role is the fullest one the body gives; captions give
    roles only for people the body does not name."""
    vocabulary = vocabulary or load_vocabulary()
    first_seen: dict[str, int] = {}
    roles: dict[str, list[str]] = {}
    caption_roles: dict[str, list[str]] = {}
    offset = 0
    listed: set[str] = set()
    aides: dict[str, tuple[str, str]] = {}
    not_names = words_named_alone_as_no_one("\n".join(text for text, _ in blocks), vocabulary)
    previous: tuple[str, int] = ("", 0)
    for text, is_caption in blocks:
        found = mentions_in(text, offset, vocabulary, not_names)
        if not found and previous[0] and (under := _post_under_a_name(*previous, text, vocabulary)):
            found = [under]
        previous = (text, offset) if len(text) <= _NAME_LINE_LONGEST else ("", 0)
        for mention in found:
            first_seen.setdefault(mention.name, mention.offset)
            if mention.listed:
                listed.add(mention.name)
            if mention.role:
                target = caption_roles if is_caption or mention.listed else roles
                target.setdefault(mention.name, []).append(expand_role(mention.role))
            if mention.aide:
                aides[mention.name] = (mention.role, expand_role(f"{mention.aide} {mention.role}"))
        offset += len(text) + 1
    # "Changpeng Zhao (Triệu Trường Bằng)": a name, then the same man's name as another
    # language writes it; the name first written is his.
    written = "\n".join(text for text, _ in blocks)
    for name in [n for n in first_seen if f"{n} (" in written]:
        for alias in [a for a in first_seen if a != name and f"{name} ({a})" in written]:
            if name in first_seen and alias in first_seen:  # (written both ways round: merged once)
                _merge(alias, name, first_seen, roles, caption_roles)
    _name_written_in_full(first_seen, roles, caption_roles, written, vocabulary)
    if "tên thật" in written:
        _known_by_another_name(first_seen, roles, caption_roles, written)
    # "Viktor Orban" in a caption after "Viktor Orbán", "Kim Jong-un" after "Kim Jong Un":
    # a foreign name spelt again without its accents or with a hyphen is the same man's.
    # (and a Vietnamese name with two syllables run together, "TônThị Ngọc Hạnh" in a caption: hers)
    folded = {name: fold(name).lower() for name in first_seen}
    vietnamese = lambda name: all(map(is_vietnamese_syllable, name.split()))  # noqa: E731
    spelt: dict[str, str] = {}
    for name in list(first_seen):
        key = unify_apostrophes("".join(folded[name].replace("-", " ").split()))  # ("H'Hen Niê", "H’Hen Niê")
        if vietnamese(name):
            # ("Nguyễn Văn Hùng" and "Nguyễn Văn Hưng" are two men: one of them only takes in a run-together spelling)
            other = spelt.get(key)
            if other is None or not vietnamese(other):
                if other is not None:
                    _merge(other, name, first_seen, roles, caption_roles)
                spelt[key] = name
            continue
        if key in spelt:
            _merge(name, spelt[key], first_seen, roles, caption_roles)
        else:
            spelt[key] = name
    # "Đại sứ Marc Knapper" beside "Đại sứ Mỹ tại Việt Nam Marc E. Knapper": one man, named
    # in full with his middle initial.
    for name in [n for n in first_seen if _MIDDLE_INITIAL.search(n)]:
        bare = _MIDDLE_INITIAL.sub(" ", name)
        if bare in first_seen and f"{bare} (cha)" not in written and f"{bare} (con)" not in written:
            _merge(bare, name, first_seen, roles, caption_roles)
    # "Bộ trưởng Mohamed Khaled" after "… Malaysia Mohamed Khaled Nordin": the name cut
    # short is the same person's.
    for short in [n for n in first_seen if not all(map(is_vietnamese_syllable, n.split()))]:
        # Foreign names only ("Nguyễn Hòa" and "Nguyễn Hòa Bình" are two men).
        if " " in short:
            # (or its end: "Bộ trưởng Rodríguez Zamora" after "… Josefina Rodríguez Zamora")
            longer = [n for n in first_seen if n.startswith(short + " ") and n.rsplit(" ", 1)[-1] not in _NAME_SUFFIXES
                      or n.lower().endswith(" " + short.lower())  # (and "Giám đốc Des Cars" after "Laurence des Cars")
                      or n != short and n.rsplit(" ", 1)[-1] not in _NAME_SUFFIXES and _words_in_order(short.split(), n.replace("-", " ").split())]
            # (and "cô Shannon Koga" after "cô Elizabeth Shannon Wellwood-Koga": a middle name and a hyphen's part)
        else:
            # One word ("Tổng thống Trump", "Tổng thống Lee") is a name only as a word of
            # exactly one longer name ("Donald Trump", "Lee Jae-myung"); its role is the
            # fallback, after any the longer name has ("Thống đốc Texas" is no one).
            # (and "Orban" of "Viktor Orbán"; "Assad" of "Bashar al-Assad", a word after a hyphen)
            longer = [n for n in first_seen if n != short and (short in n.replace("-", " ").split() or folded[short] in folded[n].split())]
        if " " not in short:
            longer = [n for n in longer if not _addressed_apart(short, n, written)]  # ("ông Obama" is not "bà Michelle Obama")
        if len(longer) == 1:
            # (a one-word name's role only as the fallback: "Thống đốc Texas" is no one)
            _merge(short, longer[0], first_seen, roles, caption_roles, as_caption=" " not in short)
        elif " " not in short and not _is_apostrophe_name(short) and short not in listed and not any(
            _FORMER.sub("", role.lower()).startswith(_ROYAL_TITLES) or not longer and _KNOWN_BY_ONE_NAME.match(role)
            for role in roles.get(short, []) + caption_roles.get(short, [])
        ) and not (not longer and short.isalpha() and not is_vietnamese_syllable(short) and any(
            len(role.split()) >= _SET_OFF_POST_WORDS and any(_is_capitalised(w) or _is_acronym(w) for w in role.split()[1:])
            for role in roles.get(short, []))):
            # (a king, a princess by one name: "vua Xayasetthathirath", "Công chúa Beatrice";
            # a president or prime minister whom no other name of the text shares: "Tổng thống Biden";
            # a foreigner by one name with a post of a named body: "Bà Shagina, nghiên cứu viên cao cấp tại IISS")
            first_seen.pop(short)
            roles.pop(short, None)
            caption_roles.pop(short, None)
    family_names = vocabulary.family_names
    # "chị Hiền, tiểu thương …" beside "Nguyễn Thị Hiền, tiểu thương …": a given name alone is the one
    # longer name's that ends in it and says the same calling (its role the fallback), else a person
    # known by it alone (not "Anh Hùng, tổ trưởng …" beside "Trần Văn Hùng, Bí thư …").
    for short in [n for n in first_seen if " " not in n and is_vietnamese_syllable(n)]:
        longer = [n for n in first_seen if n.endswith(" " + short) and n.split()[0] in family_names]
        if len(longer) == 1 and _same_calling(roles.get(short, []) + caption_roles.get(short, []),
                                              roles.get(longer[0], []) + caption_roles.get(longer[0], [])):
            _merge(short, longer[0], first_seen, roles, caption_roles, as_caption=True)
    for short in list(first_seen):
        words = short.split()
        if len(words) < 2:
            continue
        if words[0] not in family_names:
            # "nhạc sĩ Xuân Vy" beside "Thầy giáo, nhạc sĩ Hà Xuân Vy": an artist by the given
            # names alone, where one longer name ends in them and says the same profession.
            longer = [n for n in first_seen if n.endswith(" " + short) and n.split()[0] in family_names]
        else:
            # "Lý Ngọc Kiều" beside "Lý Thị Ngọc Kiều": a woman written once without "Thị".
            with_thi = " ".join(words[:1] + ["Thị"] + words[1:])
            longer = [with_thi] if len(words) >= 3 and with_thi in first_seen else []
            if len(words) == 2 and not longer:
                # (and "đạo diễn Hồng Dung" beside "đạo diễn Nguyễn Hồng Dung": two given
                # names, the first of which a family name may also be)
                longer = [n for n in first_seen if n.endswith(" " + short) and len(n.split()) >= 3 and n.split()[0] in family_names]
        if len(longer) == 1 and _same_calling(roles.get(short, []) + caption_roles.get(short, []),
                                              roles.get(longer[0], []) + caption_roles.get(longer[0], [])):
            _merge(short, longer[0], first_seen, roles, caption_roles)
    # "Chủ tịch UBND Tp.HCM Phan Văn mãi" (the given name typed in lower case) after "… Phan Văn
    # Mãi": a name that stops at its middle name is the longer name's it begins.
    for short in [n for n in first_seen if n.rsplit(" ", 1)[-1] in _MIDDLE_NAMES_ONLY]:
        longer = [n for n in first_seen if n.startswith(short + " ")]
        if len(longer) > 1:  # (of two, the one that holds the same post: "Phan Văn Mãi", not "Phan Văn Nghì")
            held = {_post_key(r) for r in roles.get(short, []) + caption_roles.get(short, [])}
            longer = [n for n in longer if held & {_post_key(r) for r in roles.get(n, []) + caption_roles.get(n, [])}]
        if len(longer) == 1:
            _merge(short, longer[0], first_seen, roles, caption_roles)
    _roles_by_the_last_name(blocks, first_seen, roles, caption_roles, vocabulary, not_names)
    _drop_posts_of_others(roles)
    for name in [n for n in first_seen if n.count(" ") >= 2 and _names_a_place_or_a_firm(n, written)]:
        del first_seen[name]
    people = []
    for name in sorted(first_seen, key=first_seen.__getitem__):
        options = roles.get(name) or caption_roles.get(name)
        if roles.get(name) and all(role.lower() == "tướng" for role in roles[name]):
            options = roles[name] + caption_roles.get(name, [])  # (", tướng A" in the text, his post in a caption)
        if options and all(_is_counterpart(role) for role in options):
            # "người đồng cấp Nga Vladimir Putin", then "Tổng thống Nga Putin": his post, though
            # only given with his one name.
            options = [role for role in caption_roles.get(name, []) if not _is_counterpart(role)] or options
        if options and roles.get(name):
            # A caption's role that holds the body's whole and says more ("Bí thư Chi bộ,
            # Giám đốc Trung tâm Văn hóa tỉnh" under a photo, "Giám đốc Trung tâm Văn hóa
            # tỉnh" in the text) is the fullest mention of the same post.
            best = _fullest(options)
            fuller = [role for role in caption_roles.get(name, []) if role != best and best in role.split(", ")]
            options = options + fuller
        if options and not _is_masked(name, family_names):
            written_as = f"{name}." if name.endswith((" Jr", " Sr")) and f"{name}." in written else name  # ("Gilberto Teodoro Jr.": the dot is the name's)
            people.append(Participant(written_as, _with_rank(_fullest(options), options, vocabulary)))
    return _ranks_by_given_name(_aides_of_others(people, aides), written, vocabulary)


# (capitalised where the word is also a common one: "thành phố", "Môi trường")
_NAMESAKE_BEFORE = re.compile(r"(?:\b[Bb]ệnh [Vv]iện|\bBV|\b[Đđ]ường|\bPhố|\bTrường(?: THPT| THCS| Tiểu học| Chuyên)?) $")
_NAMESAKE_SHARE = 0.8  # (a name after such words four times in five is the place's)


# A firm's kind right before its name: "Công ty cổ phần Hoàng Anh Gia Lai", "CTCP Hòa Phát" (not
# "công ty" alone, before its chairman's name: "Chủ tịch HĐQT công ty Hoàng Việt Anh").
_FIRM_NAMED_BEFORE = re.compile(r"(?:\b[Cc]ông [Tt]y (?:[Cc]ổ [Pp]hần|TNHH(?: MTV)?|CP)|\bCTCP) $")
_ADDRESSED_BEFORE = re.compile(r"\b(?:[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị) $")


def _occurrences(name: str, written: str) -> list[int]:
    """Where the name stands in the text, each time."""
    starts, at = [], written.find(name)
    while at >= 0:  # (a plain search: a pattern compiled for each name was a twentieth of ingest's time)
        starts.append(at)
        at = written.find(name, at + len(name))
    return starts


def _names_a_place_or_a_firm(name: str, written: str) -> bool:
    """Whether what reads as a man's name is a place's or a firm's, by where the text writes it:
    - twice or more, right after a hospital's, a street's or a school's word each time, or four
      times in five ("lãnh đạo BV Lê Văn Thịnh cho biết …" where the text says "tại BV Lê Văn
      Thịnh" and "đến BV Lê Văn Thịnh"; once in a list of schools, "các Trường: Lê Văn Việt, …");
    - right after a firm's kind and never after "ông" or "bà" ("Chủ tịch HĐQT Hoàng Anh Gia Lai"
      where the text says "Công ty cổ phần Hoàng Anh Gia Lai")."""
    starts = _occurrences(name, written)
    after = sum(1 for at in starts if _NAMESAKE_BEFORE.search(written, max(0, at - 20), at))
    if len(starts) >= 2 and after >= _NAMESAKE_SHARE * len(starts):
        return True
    return any(_FIRM_NAMED_BEFORE.search(written, max(0, at - 25), at) for at in starts) \
        and not any(_ADDRESSED_BEFORE.search(written, max(0, at - 5), at) for at in starts)


def _roles_by_the_last_name(blocks: list[tuple[str, bool]], first_seen: dict[str, int], roles: dict[str, list[str]],
                            caption_roles: dict[str, list[str]], vocabulary: Vocabulary, not_names: frozenset[str]) -> None:
    """'… do ông Ahmed Shaara lãnh đạo', then 'Ông Shaara hiện là Tổng thống lâm thời Syria': a
    name found with no role, whose last word alone, after "ông" or "bà", is given one later
    (the one name of the text that ends in that word), has it, read as if the whole name
    were written there."""
    roleless = [name for name in first_seen if " " in name and name not in roles and name not in caption_roles]
    if not roleless:
        return
    ends = Counter(name.rsplit(" ", 1)[-1] for name in first_seen)
    for name in roleless:
        last = name.rsplit(" ", 1)[-1]
        if ends[last] > 1 or not _is_capitalised(last):
            continue
        if not any(f"ng {last}" in text or f"à {last}" in text for text, _ in blocks):
            continue  # (no "ông"/"bà" before it anywhere: no pattern to compile for it)
        called = re.compile(rf"\b([Ôô]ng|[Bb]à) {re.escape(last)}(?![\w'’-]| [{UPPER_LETTERS}])")
        for text, is_caption in blocks:
            if last not in text or not called.search(text):
                continue
            widened = called.sub(lambda found: f"{found.group(1)} {name}", text)
            for mention in mentions_in(widened, 0, vocabulary, not_names):
                if mention.name == name and mention.role:
                    (caption_roles if is_caption else roles).setdefault(name, []).append(expand_role(mention.role))


def _aides_of_others(people: list[Participant], aides: dict[str, tuple[str, str]]) -> list[Participant]:
    """'Đặc phái viên của Tổng thống Nga Kirill Dmitriev', where the text names Russia's
    president otherwise ('Tổng thống … Vladimir Putin'): the envoy's post is his, the
    president's is the other man's."""
    if not aides:
        return people
    served = []
    for person in people:
        post, aide = aides.get(person.name, ("", ""))
        if aide and person.role == post and any(
            other.name != person.name and _same_post(other.role.split(", ")[-1], post) for other in people
        ):
            person = Participant(person.name, aide)
        served.append(person)
    return served


def _same_post(others: str, post: str) -> bool:
    """Another's 'Tổng thống Nga' or bare 'Tổng thống' is the post 'Tổng thống Nga'; but the
    post written without whose it is ('Tổng thống') may be anyone's and proves nothing."""
    others, post = others.lower(), post.lower()
    return len(post.split()) >= _POST_WITH_ITS_COUNTRY and (others == post or post.startswith(others + " "))


_POST_WITH_ITS_COUNTRY = 3


def _ranks_by_given_name(people: list[Participant], written: str, vocabulary: Vocabulary) -> list[Participant]:
    """'ông Giàng Ly Pao, Phó giám đốc Công an tỉnh', then 'đại tá Pao': the rank, said with
    the given name alone (of one person only), goes first in his role."""
    last_words = Counter(p.name.split()[-1] for p in people if " " in p.name)
    ranked = []
    for person in people:
        given = person.name.split()[-1]
        rank = _rank_before(given, written, vocabulary) if " " in person.name and last_words[given] == 1 else None
        if rank and not _rank_in(vocabulary).search(person.role):
            person = Participant(person.name, f"{rank[:1].upper()}{rank[1:]}, {person.role}")
        ranked.append(person)
    return ranked


def _rank_before(given: str, written: str, vocabulary: Vocabulary) -> str | None:
    """The rank written right before the given name standing alone ('đại tá Pao,'), or None."""
    at = written.find(" " + given)
    while at != -1:
        end = at + 1 + len(given)
        # (the name alone, closed by a mark or his words: not "Đô đốc Hải quân …", "Thiếu tướng Quân đội …")
        following = written[end + 1:end + 8].split(" ", 1)[0] if end < len(written) and written[end] == " " else ""
        alone = end == len(written) or not written[end].isalnum() and not following[:1].isupper() \
            and following.lower() not in _SERVICE_WORDS
        rank = _rank_at_end(vocabulary).search(written, max(0, at - _longest_rank(vocabulary) - 1), at) if alone else None
        if rank:
            return rank.group(0).lower()
        at = written.find(" " + given, end)
    return None


# Words that go on a service's name after a rank, never a man's given name alone: "Đô đốc Hải quân", "Thiếu tướng Quân đội".
_SERVICE_WORDS = frozenset({"quân", "đội", "an", "sát", "nhân", "dân", "phòng"})


@functools.cache
def _ranks_by_first(vocabulary: Vocabulary) -> dict[str, tuple[tuple[str, ...], ...]]:
    return _by_first_word(vocabulary.ranks)


@functools.cache
def _ranks_written(vocabulary: Vocabulary) -> tuple[str, ...]:
    """Each rank as a lower-case string ("thiếu tướng")."""
    return tuple(" ".join(rank).lower() for rank in vocabulary.ranks)


@functools.cache
def _rank_alternatives(vocabulary: Vocabulary) -> str:
    return "|".join(re.escape(" ".join(r)) for r in sorted(vocabulary.ranks, key=len, reverse=True))


@functools.cache
def _longest_rank(vocabulary: Vocabulary) -> int:
    return max(len(" ".join(rank)) for rank in vocabulary.ranks)


@functools.cache
def _rank_at_end(vocabulary: Vocabulary) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?i:{_rank_alternatives(vocabulary)})$")


@functools.cache
def _rank_in(vocabulary: Vocabulary) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?i:{_rank_alternatives(vocabulary)})(?!\w)")


# Posts one person holds at a time.
_ONE_HOLDER_POSTS = frozenset({"chủ tịch nước", "tổng bí thư", "thủ tướng chính phủ", "chủ tịch quốc hội"})


# Ranks and posts that go with a top post ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"), and
# other countries' ("Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith"), or other times'.
_HELD_WITH_THE_TOP_POSTS = ("ủy viên bộ chính trị", "ủy viên trung ương", "bí thư trung ương", "tổng bí thư", "chủ tịch nước",
                            "thủ tướng chính phủ", "chủ tịch quốc hội", "đại tướng", "nguyên", "cố", "cựu")


def _drop_posts_of_others(roles: dict[str, list[str]]) -> None:
    """'… hội đàm giữa … và Bộ trưởng Phan Văn Giang, Chủ tịch nước hoan nghênh …': a post
    one person holds, set off after a name, where the text names its holder by it first
    ("Chủ tịch nước Lương Cường"), is the subject of the next clause, not his."""
    held_by = {}
    for name, options in roles.items():
        for role in options:
            first = role.split(", ")[0].lower()
            if first in _ONE_HOLDER_POSTS:
                held_by.setdefault(first, set()).add(name)
    if not held_by:
        return
    for name, options in roles.items():
        roles[name] = [
            role if role.lower().startswith(_HELD_WITH_THE_TOP_POSTS) else
            ", ".join([role.split(", ")[0]] + [s for s in role.split(", ")[1:] if not held_by.get(s.lower(), {name}) - {name}])
            for role in options
        ]


def _is_masked(name: str, family_names: frozenset[str]) -> bool:
    """'Đại úy Hà Thị Q', 'bị cáo Hồ Văn B.': a name the text hides behind one letter (a
    worked example, a minor, a defendant), no one the index can list. ("Y", "Ý" are names.)"""
    words = name.split()
    letter = words[-1].rstrip(".") if len(words) >= 2 else ""
    return words[0] in family_names and len(letter) == 1 and "A" <= letter <= "Z" and letter != "Y"


def _name_written_in_full(first_seen: dict, roles: dict, caption_roles: dict, written: str, vocabulary: Vocabulary) -> None:
    """'Dưới thời cựu Tổng thống Biden' where the text writes 'chính quyền Joe Biden' with no
    post: a foreigner found only by his one name is the one longer name the text writes
    ending in it (a given name or two before it: no place, no post, no Vietnamese word)."""
    for short in [n for n in first_seen if " " not in n and not is_vietnamese_syllable(n) and (n in roles or n in caption_roles)]:
        if any(name != short and name.endswith(" " + short) for name in first_seen):
            continue  # (the merges below take the longer name found)
        fuller = set()
        for found in re.finditer(rf"((?:[{UPPER_LETTERS}][\w'’.-]*\s){{1,2}}){re.escape(short)}(?![\w'’-])", written):
            given = found.group(1).split()
            while given and _not_a_given_name(given[0], vocabulary):
                given = given[1:]  # ("Tổng thống Joe Biden", "Mỹ Joe Biden": the post's or the place's words first)
            if given and not any(_not_a_given_name(word, vocabulary) for word in given) and " ".join(given) not in vocabulary.places:
                fuller.add(" ".join(given + [short]))
        if len(fuller) == 1:
            name = fuller.pop()
            first_seen[name] = first_seen[short]
            _merge(short, name, first_seen, roles, caption_roles)


def _not_a_given_name(word: str, vocabulary: Vocabulary) -> bool:
    """A word before a foreign name that is no given name of it: Vietnamese, a place, a post's
    first word, letters ("DJ"), or a title's ("M.R." of Thai royals; not an initial, "W.")."""
    return is_vietnamese_syllable(word) or word in vocabulary.places or word.lower() in vocabulary.heads_by_first \
        or word.isupper() and len(word) > 1 and not word.endswith(".") or word.count(".") > 1 or (word.lower(),) in _PROFESSION_SET


# "Zizi Nguyễn, tên thật là Nguyễn Thị Bích Tuyền, …": a name the text gives as the real one
# of someone it calls by another (a stage name, a pen name, a nickname).
_REAL_NAME = re.compile(r"((?:[^\W\d_][\w'’-]* ){0,3}[^\W\d_][\w'’-]*)\s*[,(–-]\s*tên thật(?: là)?\s+")


def _known_by_another_name(first_seen: dict[str, int], roles: dict, caption_roles: dict, written: str) -> None:
    """The real name's mentions are those of the name the text knows the person by."""
    for real in list(first_seen):
        for found in _REAL_NAME.finditer(written):
            known = found.group(1).split()
            while known and not known[0][:1].isupper():
                known = known[1:]  # ("… họa sĩ Zizi Nguyễn, tên thật là …": the name's capitals only)
            if not known or not written.startswith(real, found.end()) or " ".join(known) == real:
                continue
            name = " ".join(known)
            if name not in first_seen:
                first_seen[name] = first_seen[real]
            _merge(real, name, first_seen, roles, caption_roles)
            break


def _addressed_apart(short: str, longer: str, written: str) -> bool:
    """The text calls one of the two names "ông" and the other "bà": a man and a woman
    ("vợ chồng ông Obama", "bà Michelle Obama"), two people who share a family name."""
    def called(word: str, name: str) -> bool:
        return re.search(rf"(?<!\w)[{word[0].upper()}{word[0]}]{word[1:]}\s+{re.escape(name)}(?!\w)", written) is not None
    return called("ông", short) and called("bà", longer) and not called("ông", longer) \
        or called("bà", short) and called("ông", longer) and not called("bà", longer)


def _merge(short: str, into: str, first_seen: dict, roles: dict, caption_roles: dict, as_caption: bool = False) -> None:
    """The mentions of `short` are `into`'s (its roles kept, as captions' where they are
    only a fallback), first seen at the earlier of the two."""
    own = roles.get(into, [])
    for table in (roles, caption_roles):
        if short in table:
            for role in table.pop(short):
                # A fallback, unless it says more of a post the longer name holds ("Tổng thống
                # Mỹ Trump" beside "Tổng thống Donald Trump").
                fuller = table is roles and any(role.startswith(held + " ") for held in own)
                (caption_roles if as_caption and not fuller else table).setdefault(into, []).append(role)
    first_seen[into] = min(first_seen[into], first_seen.pop(short))


def _same_calling(short_roles: list[str], long_roles: list[str]) -> bool:
    """Two names may be one person's where the shorter says nothing else of them: no role,
    or one whose first word one of the longer name's roles holds ("nhạc sĩ")."""
    words_of_long = {w.lower() for role in long_roles for w in re.findall(r"\w+", role)}
    if any(role.lower().startswith(_TRADERS) for role in long_roles):
        # ("chị Hiền, chủ sạp vải" beside "Nguyễn Thị Hiền, tiểu thương chợ Bến Thành": a stallholder's trade is a trader's)
        short_roles = [role for role in short_roles if not role.lower().startswith(_TRADERS)]
    return all(role.split()[0].lower() in words_of_long for role in short_roles if role.split())


_TRADERS = ("tiểu thương", "chủ sạp", "chủ quầy", "chủ gian hàng", "chủ cửa hàng", "chủ cửa hiệu", "chủ tiệm")


# A body's name that a capitalised word opens and a lower-case one goes on with ("Học viện",
# "Bệnh viện", "Trung tâm"): no word of a person's name before it.
_BODY_OPENINGS = frozenset({("Học", "viện"), ("Bệnh", "viện"), ("Trung", "tâm"), ("Công", "ty")})
_MIDDLE_NAMES_ONLY = frozenset({"Văn", "Thị"})  # (no one's given name: a name cut before it)


def _post_key(role: str) -> str:
    """A post as compared, its spacing and dots aside ("UBND Tp. HCM" is "UBND Tp.HCM")."""
    return re.sub(r"[\s.]", "", role.lower())


_NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _is_counterpart(role: str) -> bool:
    return role.lower().startswith("người đồng cấp")


def _repeats_its_start(role: str, after_name: str) -> bool:
    """What a role holds after the name of whom it is given to is its own start again
    ("Tổng Bí thư Tô Lâm Tổng Bí thư …", a heading run into the text); not a body named after
    him ("giám đốc điều hành của Adrian Day Asset Management", "Quỹ Bill & Melinda Gates")."""
    rest = after_name.strip(" ,-–").split()
    return bool(rest) and _without_prefix(role.split())[:2] == _without_prefix(rest)[:2]


def _without_prefix(words: list[str]) -> list[str]:
    # ("ổng Lãnh sự … Mori Takero Tổng Lãnh sự Mori Takero": a caption's first letter lost)
    return words[1:] if words and words[0] in ("Phó", "Tổng", "phó", "tổng") else words


_MIDDLE_INITIAL = re.compile(r"(?<=\w) [A-Z]\. (?=\w)")


def _with_rank(role: str, options: list[str], vocabulary: Vocabulary) -> str:
    """The fullest role, after the rank another mention gives ("Trung tướng Lê Quốc Hùng,
    Thứ trưởng …" after "Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng …"): the rank is
    written first, as it would be of him."""
    posts = [option for option in options if _rank_of(option, vocabulary) != option]
    if _rank_of(role, vocabulary) == role and posts:
        role = max(posts, key=_fullness)  # (a rank alone, over "nhà lãnh đạo Triều Tiên" that _fullness ranks low: the post, then the rank)
    if _rank_of(role, vocabulary):
        return role
    lowered = role.lower()
    if any(rank in lowered for rank in _ranks_written(vocabulary)):
        return role  # ("cố Đại tướng", "nguyên Thiếu tướng", "Trung úy CSGT …": the rank is written in it)
    ranks = {rank for rank in map(lambda option: _rank_of(option, vocabulary), options) if rank}
    return f"{ranks.pop()}, {role}" if len(ranks) == 1 else role


@functools.lru_cache(maxsize=1 << 14)  # (asked of each role again for each of its holder's options; posts repeat)
def _rank_of(role: str, vocabulary: Vocabulary) -> str:
    words = role.split(",", 1)[0].split()
    return " ".join(words) if tuple(w.lower() for w in words) in vocabulary.ranks else ""


@functools.lru_cache(maxsize=1 << 14)  # (as _rank_of)
def _fullness(role: str) -> tuple[bool, bool, int, int, int]:
    """How much a role says: any post over "người đồng cấp Nga" (which says only whose
    counterpart) and over "nhà lãnh đạo Mỹ", then more posts, then more words, where "nước chủ nhà", "nước
    này" say nothing ("Tổng thống Hàn Quốc" over "Tổng thống nước chủ nhà")."""
    spelt = _CITY_SHORT.sub("thành phố ", role)  # ("Chủ tịch UBND TP HCM" says more than "… UBND thành phố")
    return (not _is_counterpart(role), not _SAYS_LESS_THAN_A_POST.match(role), role.count(",") + 1,
            len(_COUNTRY_BY_RELATION.sub("", spelt)), len(spelt))


def _fullest(roles: list[str]) -> str:
    """The role that says most (see _fullness); where that is a calling and its art ("nghệ sĩ
    cải lương"), the state's title the text also gives ("NSƯT"), which says more of an artist
    (not of an office: "Phó trưởng Đoàn ca kịch" stays over "NSƯT")."""
    best = max(roles, key=_fullness)
    if _is_bare_calling(best):
        honours = [role for role in roles if _is_state_title(role) and "," not in role]
        best = max(honours, key=_fullness) if honours else best
    return best


def _is_state_title(role: str) -> bool:
    """"NSƯT", "Nhà giáo nhân dân", "Nghệ sĩ Ưu tú …": a role that opens with a state's title."""
    return bool(_HONOURED_TITLE_ANY_CASE.match(role + " "))


@functools.lru_cache(maxsize=1 << 14)  # (as _rank_of)
def _is_bare_calling(role: str) -> bool:
    """A calling and what it plays in ("nghệ sĩ cải lương", "ca sĩ khách mời"), no state's
    title ("NSƯT") and no office ("Phó trưởng Đoàn ca kịch"): the least a role says."""
    if _is_state_title(role) or "," in role:
        return False  # (and a calling with an office after it: "Nghệ sĩ chèo, Giám đốc Nhà hát Chèo …")
    words = tuple(role.lower().split())
    return any(_is_profession(words[:n]) for n in (4, 3, 2, 1))


_CITY_SHORT = re.compile(r"\bTP\.?\s*(?=[A-ZĐ])")


# "nhà lãnh đạo Mỹ", "nhà ngoại giao hàng đầu Mỹ", "nhà ngoại giao chuyên nghiệp": what the story
# calls him the second time or in his profile, less than his post ("Tổng thống Mỹ", "Thứ trưởng …").
_SAYS_LESS_THAN_A_POST = re.compile(r"^[Nn]hà (?:lãnh đạo|ngoại giao)(?: \S+){0,4}$")


_COUNTRY_BY_RELATION = re.compile(r"\bnước (?:này|chủ nhà|sở tại|bạn)\b")


# Words before a capitalised run that make it a place ("huyện Lâm Hà", "xứ Đàng Trong")...
_PLACE_BEFORE = frozenset("phường xã huyện tỉnh quận trấn thôn bản làng ấp cụm sông núi đảo xứ xóm đèo suối thác vịnh kênh".split())
# ... or with these, a street, a body or a work: not a person.
_NOT_A_PERSON_BEFORE = _PLACE_BEFORE | frozenset("""
đường phố thị khu trường cầu chùa đền đình hồ bến chợ công ty tập đoàn bệnh viện giải cúp
tượng lăng di tích mộ nhà sân ga cảng số hiệu tên học quỹ nghĩa trang quảng đại lộ tuyến
hẻm ngõ kiệt thpt thcs ptdtnt ptdtbt tiểu mầm non
""".split())


_FIRM_HEADS = frozenset({("công", "ty"), ("tập", "đoàn")})
# The words of a firm's kind, between "Công ty" and its own name ("Cổ phần Đầu tư và Phát triển").
_FIRM_KINDS = frozenset(
    "cổ phần tnhh mtv một thành viên trách nhiệm hữu hạn đầu tư phát triển thương mại dịch vụ xây dựng sản xuất xuất nhập khẩu "
    "và công nghệ bất động sản kỹ thuật vận tải du lịch tổng hợp địa ốc năng lượng thực phẩm cp cptm "
    "đấu giá hợp danh luật tư vấn kiểm toán chứng khoán bảo hiểm quản lý".split()  # ("Công ty Đấu giá Hợp danh Lạc Việt")
)
_FIRM_BEFORE = frozenset({"ty", "quán", "tiệm", "shop", "hãng", "viện"})  # (and "Bệnh viện Bạch Mai"; not "dự án", "ngân hàng": "Giám đốc dự án Lê Hùng")
# Places a post is held at, named after them as a place is: "Giám đốc Bến xe Giáp Bát",
# "Cảng Cát Lái", "chợ Bà Chiểu" (two words after them are the place's, not a man's).
_FACILITIES = frozenset({("bến", "xe"), ("sân", "bay"), ("nhà", "ga"), ("nhà", "máy"), ("nhà", "hát"), ("bảo", "tàng"), ("công", "viên"), ("nhà", "tù")})
_FACILITY_WORDS = frozenset({"cảng", "chợ", "ga", "bến"})
_BRAND_BEFORE = frozenset("hiệu shop hãng nhãn tiệm quán hàng sàn app florist startup ty án".split())  # "công ty", "dự án"


def _opens_body(word: str, following: str, vocabulary: Vocabulary) -> bool:
    pair = (word, following)
    return pair in vocabulary.word_pairs or any(head[:2] == pair for head in vocabulary.heads_by_first.get(word, ()))


def _word_before(text: str, position: int) -> str:
    """The lower-cased word that ends just before position (spaces between), or ''."""
    end = position
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lower()


def unplaced_names(blocks: list[tuple[str, bool]], placed: list[Participant], vocabulary: Vocabulary | None = None) -> list[str]:
    """Names that look like a person's (a family name, then given names; not a place, a
    body or a street) that no rule could place with a role: each one a person the index
    may be missing, for a maintainer to look at."""
    vocabulary = vocabulary or load_vocabulary()
    known = [p.name for p in placed]
    known_names = set(known)  # (most runs are a placed name, whole: asked of the set before each other name)
    found: list[str] = []
    placed_names: set[str] = set()  # (two-word runs the text calls a place somewhere: see below)
    for text, _ in blocks:
        for start, run_text in _family_name_runs(text, vocabulary.family_names):
            words = run_text.split(" ")
            # "Ông Nguyễn Văn A": the honorific, not a family name, opens the run.
            skip = 1 if words[0] in ("Ông", "Bà") and _is_capitalised(words[1]) else 0
            run = words[skip:]
            capitalised = next((k for k, word in enumerate(run) if not _is_capitalised(word)), len(run))
            run = run[:capitalised]
            length = next((n for n in range(len(run), 1, -1) if is_full_name(run[:n], vocabulary)), 0)
            if not length:
                continue
            # "Đoàn Đại biểu", "Đoàn Chủ tịch": a body whose name goes on in lower case.
            following = text[start:start + len(run_text) + 40].split(None, skip + length + 1)
            after = following[skip + length] if len(following) > skip + length else ""
            if after.islower() and _opens_body(run[length - 1].lower(), after.strip(",.;:"), vocabulary):
                continue
            name = " ".join(run[:length])
            before = _word_before(text, start)
            if before in _NOT_A_PERSON_BEFORE:
                if before in _PLACE_BEFORE and length == 2:
                    # "huyện Lâm Hà", "xứ Đàng Trong": a place wherever else the text names it
                    # ("Đỗ Văn Minh (Lâm Hà, …)"); not a street, a school or a temple, named after
                    # the man the text may speak of too ("đường Nguyễn Du", "đại thi hào Nguyễn Du"),
                    # nor a commune named after a hero in full ("xã Bế Văn Đàn", "đồng chí Bế Văn Đàn")
                    placed_names.add(name)
                continue
            if name not in found and name not in known_names and not any(name in other or other in name for other in known):
                found.append(name)
    return [name for name in found if name not in placed_names]
