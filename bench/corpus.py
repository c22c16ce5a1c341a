"""A deterministic generator of invented articles in the genre of the sample corpus:
Vietnamese provincial news (Lạng Sơn) about meetings, inspections and conferences.

Nothing here is real news: ~300 invented people (some pairs differing only by
diacritics, 'Nguyễn Thị Thủy' / 'Nguyễn Thị Thúy') hold invented posts over 2015-2024,
and each article is assembled from sentence templates of the genre. The same index
always gives the same article (each article has its own seeded random generator), so
a corpus of 1000 is the first 1000 of a corpus of 10000.

    raw_text_article(rng, index) -> str                      a plain-text article, as copied from a page
    raw_article_with_truth(rng, index) -> (str, dict)        the same, with what a careful reader gets out of it
    markdown_article(rng, index, people) -> (path, text)     an ingested article, via Article + dump_article
    write_raw_corpus(folder, n) / write_markdown_corpus(folder, n)

No network, no files read; only the standard library and the project's own modules.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Scratch folders on the project's own disk, as a maintainer's content would be: on some
# machines /tmp is a much slower file system (here 0.8 ms to create a file, against
# 0.03 ms under the project), which would measure the disk, not biennien.
WORK_DIR = ROOT / ".cache" / "bench"
WORK_DIR.mkdir(parents=True, exist_ok=True)

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.article import Article, Participant, dump_article  # noqa: E402
from generator.vietnamese import normalise, slugify  # noqa: E402

SEED = 20240601
FIRST_YEAR, LAST_YEAR = 2015, 2024
PEOPLE = 300

# --------------------------------------------------------------------------- people

# Family names: common Kinh ones and those of Lạng Sơn's Tày and Nùng people.
SURNAMES = (
    ["Nguyễn"] * 8 + ["Hoàng"] * 5 + ["Lương", "Vi", "Nông", "Lộc", "Hà"] * 3
    + ["Trần", "Lê", "Phạm", "Vũ", "Đinh", "Chu", "Mã", "Triệu", "Dương", "Đoàn", "Bế", "Hứa",
       "Lý", "Lâm", "Tô", "Phùng", "Đặng", "Bùi", "Đỗ", "Ngô", "Mạc", "Lục", "Lăng", "Lành",
       "Nịnh", "Vy", "Đào", "Hồ"]
)
MIDDLE_MALE = ["Văn"] * 6 + ["Đức", "Minh", "Quang", "Ngọc", "Hữu", "Thanh", "Xuân", "Công", "Quốc",
                             "Mạnh", "Tuấn", "Thế", "Hồng", "Đình", "Trọng", "Anh", "Việt", "Bá"]
MIDDLE_FEMALE = ["Thị"] * 6 + ["Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Bích", "Kim", "Phương",
                               "Thị Thanh", "Thị Phương", "Thị Hồng", "Thị Thu", "Thị Minh"]
GIVEN_MALE = """An Bình Cường Dũng Hùng Hưng Huy Khánh Khoa Kiên Long Lâm Minh Nghiệm Phong Quân Sơn
Tâm Thắng Thành Thanh Thưởng Tiến Toàn Trung Tuấn Tùng Việt Vinh Hải Hòa Hiếu Định Đạt Điệp Chiến
Hoan Lợi Luân Nguyên Phúc Quyết Sinh Thái Thiệu Thọ Trường Tú Vượng Xuân Bảo Đông Giáp Hậu""".split()
GIVEN_FEMALE = """Anh Bích Chi Dung Giang Hà Hạnh Hằng Hiền Hoa Hòa Hồng Hương Huyền Lan Liên Linh Loan
Mai Nga Ngọc Nhung Oanh Phương Quyên Thảo Thanh Thủy Thúy Trang Tuyết Vân Yến Diệp Nhàn Thơ Thư
Lụa Duyên Ly Nguyệt Quỳnh Tâm Xuyến""".split()

# People whose names differ only by diacritics: a search and a person index must keep them apart.
DIACRITIC_PAIRS = [
    ("Nguyễn Thị", "Thủy", "Thúy"), ("Hoàng Văn", "Thanh", "Thành"), ("Lương Văn", "Hùng", "Hưng"),
    ("Vi Thị", "Hoa", "Hòa"), ("Nông Văn", "Tuấn", "Tuân"), ("Phạm Ngọc", "Thưởng", "Thương"),
    ("Hà Văn", "Tâm", "Tám"), ("Trần Thị", "Thu", "Thư"), ("Mã Thị", "Nga", "Ngà"),
    ("Chu Văn", "Bình", "Bính"), ("Dương Thị", "Hương", "Hường"), ("Lộc Văn", "Toàn", "Toản"),
]

DISTRICTS = ["Cao Lộc", "Lộc Bình", "Đình Lập", "Bắc Sơn", "Văn Lãng", "Văn Quan", "Chi Lăng",
             "Tràng Định", "Bình Gia", "Hữu Lũng"]
PLACES = DISTRICTS + ["thành phố Lạng Sơn"]

# Departments: the name as written after "Giám đốc"; True where ingest is known to cut
# the role short (see README: roles whose name continues with lower-case words).
DEPARTMENTS = [
    ("Sở Kế hoạch và Đầu tư", False), ("Sở Tài chính", False), ("Sở Công Thương", False),
    ("Sở Y tế", False), ("Sở Giáo dục và Đào tạo", False), ("Sở Nội vụ", False),
    ("Sở Tư pháp", False), ("Sở Xây dựng", False), ("Sở Giao thông vận tải", False),
    ("Sở Tài nguyên và Môi trường", False), ("Sở Khoa học và Công nghệ", False),
    ("Sở Thông tin và Truyền thông", False), ("Sở Văn hóa, Thể thao và Du lịch", False),
    ("Sở Lao động - Thương binh và Xã hội", False), ("Sở Ngoại vụ", False),
    ("Sở Nông nghiệp và Phát triển nông thôn", True), ("Công an tỉnh", False),
    ("Bệnh viện Đa khoa tỉnh", True), ("Kho bạc Nhà nước tỉnh", True),
    ("Đài Phát thanh và Truyền hình tỉnh", True),
]


@dataclass(frozen=True)
class Post:
    short: str
    """The role as a headline uses it: 'Chủ tịch UBND tỉnh'."""
    full: str
    """The role at its fullest: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'."""
    weight: float
    """How often the holder appears in the news."""
    district: str | None = None
    hard: bool = False
    """A role the ingest is known to read short (kept: it is how the genre writes)."""


@dataclass
class Person:
    name: str
    female: bool
    stints: list[tuple[int, int, Post]] = field(default_factory=list)
    """(first year, last year, post), in order."""

    def post_in(self, year: int) -> Post | None:
        for first, last, post in self.stints:
            if first <= year <= last:
                return post
        return None


def _posts() -> list[tuple[Post, int]]:
    """Every post and how many people hold it at once."""
    bch = "Ủy viên Ban Chấp hành Đảng bộ tỉnh, "
    btv = "Ủy viên Ban Thường vụ Tỉnh ủy, "
    posts = [
        (Post("Bí thư Tỉnh ủy", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh", 10), 1),
        (Post("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh", 6), 1),
        (Post("Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", 9), 1),
        (Post("Phó Chủ tịch UBND tỉnh", btv + "Phó Chủ tịch Thường trực UBND tỉnh", 5), 1),
        (Post("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", 4), 3),
        (Post("Phó Chủ tịch Thường trực HĐND tỉnh", btv + "Phó Chủ tịch Thường trực HĐND tỉnh", 3), 1),
        (Post("Phó Chủ tịch HĐND tỉnh", bch + "Phó Chủ tịch HĐND tỉnh", 2), 1),
        (Post("Trưởng Ban Tuyên giáo Tỉnh ủy", btv + "Trưởng Ban Tuyên giáo Tỉnh ủy", 2.5), 1),
        (Post("Trưởng Ban Tổ chức Tỉnh ủy", btv + "Trưởng Ban Tổ chức Tỉnh ủy", 2.5), 1),
        (Post("Trưởng Ban Dân vận Tỉnh ủy", btv + "Trưởng Ban Dân vận Tỉnh ủy", 2), 1),
        (Post("Trưởng Ban Nội chính Tỉnh ủy", btv + "Trưởng Ban Nội chính Tỉnh ủy", 2), 1),
        (Post("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", btv + "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", 2), 1),
        (Post("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", btv + "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", 2.5), 1),
        (Post("Phó Trưởng Đoàn Đại biểu Quốc hội tỉnh", "Phó Trưởng Đoàn Đại biểu Quốc hội tỉnh", 1.5), 1),
        (Post("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", btv + "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", 1.5, hard=True), 1),
        (Post("Chánh Văn phòng UBND tỉnh", "Chánh Văn phòng UBND tỉnh", 1), 1),
        (Post("Chánh Văn phòng Tỉnh ủy", bch + "Chánh Văn phòng Tỉnh ủy", 1), 1),
        (Post("Viện trưởng Viện Kiểm sát nhân dân tỉnh", "Viện trưởng Viện Kiểm sát nhân dân tỉnh", 0.8, hard=True), 1),
        (Post("Chánh án Tòa án nhân dân tỉnh", "Chánh án Tòa án nhân dân tỉnh", 0.8, hard=True), 1),
        (Post("Cục trưởng Cục Hải quan tỉnh", "Cục trưởng Cục Hải quan tỉnh", 1.2), 1),
        (Post("Cục trưởng Cục Thuế tỉnh", "Cục trưởng Cục Thuế tỉnh", 0.8), 1),
        (Post("Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
              "Trưởng Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", 1, hard=True), 1),
        (Post("Tổng Biên tập Báo Lạng Sơn", "Tổng Biên tập Báo Lạng Sơn", 0.5), 1),
        (Post("Chủ tịch Hội Nông dân tỉnh", "Chủ tịch Hội Nông dân tỉnh", 0.8), 1),
        (Post("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", 0.8), 1),
        (Post("Chủ tịch Liên đoàn Lao động tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh", 0.8), 1),
        (Post("Bí thư Tỉnh đoàn", "Bí thư Tỉnh đoàn", 0.8), 1),
        (Post("Chủ tịch Hội Cựu chiến binh tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh", 0.6), 1),
    ]
    for name, hard in DEPARTMENTS:
        posts.append((Post(f"Giám đốc {name}", f"Giám đốc {name}", 1.5, hard=hard), 1))
        posts.append((Post(f"Phó Giám đốc {name}", f"Phó Giám đốc {name}", 0.6, hard=hard), 2))
    for district in DISTRICTS:
        posts.append((Post(f"Bí thư Huyện ủy {district}", bch + f"Bí thư Huyện ủy {district}", 1.2, district), 1))
        posts.append((Post(f"Chủ tịch UBND huyện {district}", f"Phó Bí thư Huyện ủy, Chủ tịch UBND huyện {district}", 1.2, district), 1))
        posts.append((Post(f"Phó Chủ tịch UBND huyện {district}", f"Phó Chủ tịch UBND huyện {district}", 0.5, district), 1))
    city = "thành phố Lạng Sơn"
    posts.append((Post("Bí thư Thành ủy Lạng Sơn", btv + "Bí thư Thành ủy Lạng Sơn", 1.5, city), 1))
    posts.append((Post("Chủ tịch UBND thành phố Lạng Sơn", "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Lạng Sơn", 1.5, city), 1))
    return posts


def _tenures(rng: random.Random, holders: int) -> list[tuple[int, int]]:
    """Split 2015-2024 into consecutive terms, one per holder."""
    cuts = sorted(rng.sample(range(FIRST_YEAR + 1, LAST_YEAR + 1), holders - 1))
    bounds = [FIRST_YEAR, *cuts, LAST_YEAR + 1]
    return [(bounds[i], bounds[i + 1] - 1) for i in range(holders)]


def make_people(seed: int = SEED, count: int = PEOPLE) -> list[Person]:
    """~count invented people, with posts that change over ten years (some promoted)."""
    rng = random.Random(f"people-{seed}")
    used: set[str] = set()
    pairs = [(f"{stem} {a}", f"{stem} {b}", stem.split()[1] == "Thị") for stem, a, b in DIACRITIC_PAIRS]
    queued = [(name, female) for first, second, female in pairs for name in (first, second)]

    def new_person() -> Person:
        if queued:
            name, female = queued.pop(0)
        else:
            while True:
                female = rng.random() < 0.35
                middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
                given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
                name = f"{rng.choice(SURNAMES)} {middle} {given}"
                if name not in used and given not in middle.split():
                    break
        used.add(name)
        return Person(name, female)

    people: list[Person] = []
    retired: list[Person] = []  # held a post that ended: may be promoted to the next one
    slots = [(post, copy) for post, copies in _posts() for copy in range(copies)]
    rng.shuffle(slots)
    slots.sort(key=lambda slot: slot[0].weight)  # junior posts first, so promotions go upwards
    for post, _ in slots:
        holders = rng.choices([1, 2, 3], weights=[2, 5, 3])[0]
        for first, last in _tenures(rng, holders):
            promoted = [p for p in retired if p.stints[-1][1] == first - 1 and p.stints[-1][2].weight < post.weight]
            if promoted and rng.random() < 0.35:
                person = rng.choice(promoted)
                retired.remove(person)
            else:
                person = new_person()
                people.append(person)
            person.stints.append((first, last, post))
            if last < LAST_YEAR:
                retired.append(person)
    # Pad or trim to the count asked for: extra deputies, or fewer junior holders.
    while len(people) < count:
        name, hard = rng.choice(DEPARTMENTS)
        person = new_person()
        first = rng.randint(FIRST_YEAR, LAST_YEAR - 1)
        person.stints.append((first, rng.randint(first, LAST_YEAR), Post(f"Phó Giám đốc {name}", f"Phó Giám đốc {name}", 0.5, hard=hard)))
        people.append(person)
    if len(people) > count:
        keep = sorted(people, key=lambda p: -max(s[2].weight for s in p.stints))[:count]
        people = [p for p in people if p in keep]
    for person in people:
        person.stints.sort(key=lambda s: s[0])
    return people


@functools.lru_cache(maxsize=4)
def default_people(seed: int = SEED) -> tuple[Person, ...]:
    return tuple(make_people(seed))


# --------------------------------------------------------------------------- numbers and text

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WEEKDAYS_IN_LEAD = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
ROMAN = ["I", "II", "III", "IV"]


def num(value: float, decimals: int = 0) -> str:
    """Vietnamese number format: 2.350 and 75,7."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _old_tone_marks(text: str) -> str:
    """'Tỉnh ủy' -> 'Tỉnh uỷ', 'Hòa' -> 'Hoà': the other placement some newsrooms use."""
    table = {"ủy": "uỷ", "úy": "uý", "ùy": "uỳ", "ũy": "uỹ", "ụy": "uỵ",
             "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
             "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ"}
    return re.sub(r"(?<![qQ])(" + "|".join(table) + r")(?!\w)", lambda m: table[m.group(1)], text)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pick(rng: random.Random, options: list[str], k: int) -> list[str]:
    return rng.sample(options, min(k, len(options)))


def _join_list(items: list[str]) -> str:
    return "; ".join(items)


# --------------------------------------------------------------------------- sentence banks

def _econ(rng: random.Random, year: int, period: str) -> list[str]:
    p = lambda lo, hi: num(rng.uniform(lo, hi), 1)  # noqa: E731
    return [
        f"Tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh {period} ước đạt {num(rng.randint(800, 5600))} triệu USD, đạt {p(55, 110)}% kế hoạch, tăng {p(2, 25)}% so với cùng kỳ.",
        f"Thu ngân sách nhà nước trên địa bàn ước đạt {num(rng.randint(2500, 9000))} tỷ đồng, bằng {p(60, 120)}% dự toán, tăng {p(3, 40)}% so với cùng kỳ.",
        f"Tốc độ tăng trưởng kinh tế (GRDP) ước đạt {p(4, 9)}%, GRDP bình quân đầu người đạt {p(35, 62)} triệu đồng.",
        f"Chỉ số sản xuất công nghiệp tăng {p(3, 15)}% so với cùng kỳ; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt trên {num(rng.randint(9000, 30000))} tỷ đồng.",
        f"Giải ngân vốn đầu tư công đến nay đạt {p(30, 95)}% kế hoạch vốn năm {year}, cao hơn mức bình quân chung của cả nước.",
        f"Toàn tỉnh có thêm {rng.randint(150, 600)} doanh nghiệp thành lập mới với tổng vốn đăng ký trên {num(rng.randint(800, 6000))} tỷ đồng.",
        f"Lượng khách du lịch đến tỉnh ước đạt trên {num(rng.randint(600, 4000) * 1000)} lượt, doanh thu từ du lịch đạt {num(rng.randint(900, 5000))} tỷ đồng.",
        f"Tổng diện tích gieo trồng cây hằng năm đạt {num(rng.randint(40000, 80000))} ha, bằng {p(90, 103)}% kế hoạch; sản lượng lương thực có hạt ước đạt {num(rng.randint(250, 330) * 1000)} tấn.",
        f"Đến nay, toàn tỉnh có {rng.randint(60, 130)} xã đạt chuẩn nông thôn mới, {rng.randint(3, 30)} xã đạt chuẩn nông thôn mới nâng cao.",
        f"Tỷ lệ hộ nghèo giảm còn {p(4, 18)}%, vượt chỉ tiêu Nghị quyết đề ra.",
        f"Giá trị khối lượng thực hiện xây dựng kết cấu hạ tầng ước đạt trên {num(rng.randint(1500, 6000))} tỷ đồng, đạt {p(50, 95)}% kế hoạch.",
        f"Trồng rừng mới được {num(rng.randint(7000, 15000))} ha, tỷ lệ che phủ rừng đạt {p(62, 64)}%.",
        f"Hoạt động xuất nhập khẩu qua các cửa khẩu diễn ra thông suốt, bình quân mỗi ngày có khoảng {num(rng.randint(400, 1800))} phương tiện xuất nhập cảnh.",
        f"Công tác xúc tiến đầu tư được đẩy mạnh; trong kỳ, tỉnh đã cấp quyết định chủ trương đầu tư cho {rng.randint(8, 40)} dự án với tổng vốn đăng ký trên {num(rng.randint(2000, 20000))} tỷ đồng.",
    ]


def _society(rng: random.Random) -> list[str]:
    p = lambda lo, hi: num(rng.uniform(lo, hi), 1)  # noqa: E731
    return [
        "Các lĩnh vực văn hóa – xã hội tiếp tục có chuyển biến tích cực; công tác an sinh xã hội được quan tâm thực hiện đầy đủ, kịp thời, đời sống của nhân dân tiếp tục được cải thiện.",
        f"Chất lượng giáo dục và đào tạo được nâng lên; toàn tỉnh có {rng.randint(250, 420)} trường đạt chuẩn quốc gia, đạt {p(40, 65)}%.",
        f"Công tác chăm sóc sức khỏe nhân dân được chú trọng; tỷ lệ dân số tham gia bảo hiểm y tế đạt {p(92, 99)}%.",
        f"Trong kỳ, toàn tỉnh đã giải quyết việc làm cho {num(rng.randint(9000, 18000))} lao động, trong đó xuất khẩu lao động {num(rng.randint(200, 900))} người.",
        "Các hoạt động văn hóa, văn nghệ, thể dục thể thao được tổ chức sôi nổi, nhất là trong các dịp lễ, Tết và các sự kiện chính trị quan trọng của tỉnh.",
        "Chính sách đối với người có công, hộ nghèo và đồng bào dân tộc thiểu số được thực hiện đầy đủ, đúng đối tượng.",
        f"Đến nay, {p(95, 100)}% số hộ gia đình được sử dụng điện lưới quốc gia, {p(85, 99)}% dân số nông thôn được sử dụng nước hợp vệ sinh.",
    ]


def _security(rng: random.Random) -> list[str]:
    return [
        "Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được đảm bảo; chủ quyền biên giới quốc gia được giữ vững.",
        "Công tác đối ngoại được triển khai tích cực, đạt nhiều kết quả tốt; quan hệ hợp tác với các địa phương của Trung Quốc tiếp tục được duy trì.",
        f"Lực lượng chức năng đã phát hiện, bắt giữ {rng.randint(300, 1500)} vụ buôn lậu, gian lận thương mại và hàng giả, thu nộp ngân sách trên {num(rng.randint(10, 90))} tỷ đồng.",
        f"Tai nạn giao thông được kiềm chế, giảm {rng.randint(2, 15)} vụ so với cùng kỳ.",
        "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được thực hiện nghiêm túc, đúng quy định của pháp luật.",
    ]


def _party(rng: random.Random, year: int) -> list[str]:
    doc_year = year - rng.randint(1, 3)
    return [
        f"Công tác xây dựng Đảng, xây dựng hệ thống chính trị được quan tâm chỉ đạo; đến nay đã kết nạp được {num(rng.randint(600, 2200))} đảng viên, nâng tổng số đảng viên của toàn Đảng bộ tỉnh lên {num(rng.randint(58000, 72000))} đảng viên.",
        "Các cấp ủy, tổ chức đảng tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với thực hiện Nghị quyết Trung ương 4 về xây dựng, chỉnh đốn Đảng.",
        "Công tác kiểm tra, giám sát và thi hành kỷ luật đảng được thực hiện nghiêm túc, đúng quy định; công tác phòng, chống tham nhũng, lãng phí được tăng cường.",
        "Công tác cán bộ được thực hiện đảm bảo đúng quy trình, quy định; việc sắp xếp tổ chức bộ máy, tinh giản biên chế được triển khai quyết liệt.",
        "Công tác dân vận, công tác dân tộc, tôn giáo tiếp tục được quan tâm chỉ đạo; khối đại đoàn kết các dân tộc được củng cố vững chắc.",
        f"Các nhóm nhiệm vụ trọng tâm theo Nghị quyết số {rng.randint(20, 120)}-NQ/TU ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{doc_year} của Ban Thường vụ Tỉnh ủy được các cấp, các ngành tích cực thực hiện.",
        f"Thực hiện Chỉ thị số {rng.randint(1, 40):02d}-CT/TU ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{doc_year} của Ban Thường vụ Tỉnh ủy, các cấp ủy đã tổ chức quán triệt, xây dựng kế hoạch thực hiện cụ thể, sát với tình hình thực tế của địa phương.",
    ]


LIMITS = [
    "tiến độ giải ngân vốn đầu tư công còn chậm",
    "công tác bồi thường, giải phóng mặt bằng một số dự án còn nhiều vướng mắc",
    "tiến độ xây dựng nông thôn mới ở một số xã còn chậm",
    "công tác quản lý đất đai ở cấp huyện, cấp xã còn hạn chế",
    "thu hút đầu tư vào lĩnh vực nông nghiệp còn khó khăn",
    "chất lượng nguồn nhân lực chưa đáp ứng yêu cầu",
    "một số cấp ủy chưa chủ động tham mưu thực hiện công tác xây dựng Đảng",
    "tình trạng buôn lậu, vận chuyển hàng cấm qua biên giới còn diễn biến phức tạp",
    "việc thực hiện thủ tục hành chính ở một số cơ quan còn chậm",
    "công tác phối hợp giữa các sở, ngành và địa phương có lúc chưa chặt chẽ",
]

DIRECTIVES = [
    "các cấp, các ngành cần tập trung rà soát các chỉ tiêu, nhiệm vụ còn đạt thấp, xác định giải pháp cụ thể để phấn đấu hoàn thành ở mức cao nhất kế hoạch năm {year}",
    "tiếp tục cải thiện mạnh mẽ môi trường đầu tư, kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh",
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công, tập trung tháo gỡ khó khăn trong công tác giải phóng mặt bằng",
    "tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm của người đứng đầu",
    "chủ động các phương án phòng, chống thiên tai, bảo đảm an toàn tính mạng và tài sản của nhân dân",
    "quan tâm thực hiện tốt công tác tiếp công dân, giải quyết khiếu nại, tố cáo ngay từ cơ sở",
    "tiếp tục đẩy mạnh tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới",
    "thúc đẩy phát triển kinh tế cửa khẩu, bảo đảm thông quan hàng hóa thông suốt",
    "làm tốt công tác xây dựng Đảng, xây dựng hệ thống chính trị trong sạch, vững mạnh",
    "phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị – xã hội trong giám sát và phản biện xã hội",
    "tăng cường công tác kiểm tra, giám sát, kịp thời chấn chỉnh những tồn tại, hạn chế",
    "đổi mới, nâng cao chất lượng giáo dục và đào tạo, chăm sóc sức khỏe nhân dân",
    "giữ vững quốc phòng, an ninh, trật tự an toàn xã hội và chủ quyền biên giới quốc gia",
    "chú trọng công tác đào tạo, bồi dưỡng đội ngũ cán bộ, nhất là cán bộ cấp cơ sở",
]

TOPICS = [
    "công tác thu hút đầu tư, triển khai thực hiện các dự án trọng điểm",
    "giải pháp tiếp tục thực hiện tái cơ cấu nông nghiệp",
    "đào tạo nguồn nhân lực",
    "công tác sắp xếp bộ máy, tinh giản biên chế",
    "công tác phát triển du lịch, bảo tồn và phát huy các di sản",
    "công tác giải ngân các nguồn vốn",
    "công tác bảo đảm chăm sóc y tế cho người dân",
    "công tác thanh tra, kiểm tra, tiếp công dân",
    "quản lý hoạt động xuất nhập khẩu qua các cửa khẩu",
    "chuyển đổi số trong các cơ quan nhà nước",
    "công tác quản lý, bảo vệ rừng",
]


# --------------------------------------------------------------------------- events

@dataclass
class EventKind:
    noun: str
    """'hội nghị', 'buổi làm việc'..."""
    organiser: str
    what: str
    """After the organiser, in the lead: 'tổ chức hội nghị ...'."""
    titles: list[str]
    kickers: list[str]
    months: tuple[int, ...] = tuple(range(1, 13))
    years: tuple[int, ...] = tuple(range(FIRST_YEAR, LAST_YEAR + 1))
    district: bool = False
    period: str = "9 tháng đầu năm"


def _event_kinds(rng: random.Random, year: int, district: str) -> list[EventKind]:
    where = district if district.startswith("thành phố") else f"huyện {district}"
    council = "Thành ủy Lạng Sơn" if district.startswith("thành phố") else f"Huyện ủy {district}"
    n = rng.randint(10, 30)
    quarter = ROMAN[rng.randint(1, 3)]
    return [
        EventKind(
            "hội nghị", "Ban Chấp hành Đảng bộ tỉnh", f"tổ chức hội nghị lần thứ {n} (mở rộng) để đánh giá kết quả thực hiện nhiệm vụ quý {quarter}/{year}",
            ["Quyết tâm hoàn thành các nhiệm vụ, mục tiêu ở mức cao nhất", "Tập trung tháo gỡ khó khăn, thúc đẩy tăng trưởng",
             f"Phấn đấu hoàn thành thắng lợi nhiệm vụ năm {year}", "Nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng"],
            [f"Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ {n} (mở rộng)", f"Hội nghị Ban Chấp hành Đảng bộ tỉnh, lần thứ {n}"],
            months=(4, 7, 10), period=f"quý {quarter}/{year}",
        ),
        EventKind(
            "hội nghị", "UBND tỉnh", f"tổ chức hội nghị trực tuyến triển khai các mục tiêu, nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành kế hoạch phát triển kinh tế – xã hội và dự toán ngân sách nhà nước năm {year}",
            ["Tập trung khắc phục điểm yếu trong chỉ đạo, điều hành", f"Triển khai quyết liệt kế hoạch năm {year} ngay từ đầu năm",
             "Tăng cường kỷ luật, kỷ cương hành chính"],
            [f"Triển khai kế hoạch phát triển kinh tế - xã hội năm {year}"], months=(1,), period=f"năm {year}",
        ),
        EventKind(
            "hội nghị", "Tỉnh ủy", f"tổ chức hội nghị tổng kết công tác xây dựng Đảng năm {year}, triển khai nhiệm vụ năm {year + 1}",
            [f"Tổng kết công tác xây dựng Đảng năm {year}", "Đổi mới phương thức lãnh đạo, nâng cao hiệu quả công tác"],
            ["Hội nghị tổng kết công tác xây dựng Đảng"], months=(12,), period=f"năm {year}",
        ),
        EventKind(
            "buổi làm việc", "đoàn công tác của Thường trực Tỉnh ủy", f"đến làm việc với Ban Thường vụ {council} về tình hình thực hiện nhiệm vụ trọng tâm quý {quarter}/{year}",
            [f"Thường trực Tỉnh ủy làm việc với Ban Thường vụ {council}", f"{_cap(where)} cần tập trung tháo gỡ các điểm nghẽn"],
            [], district=True, period=f"9 tháng đầu năm {year}",
        ),
        EventKind(
            "buổi kiểm tra", "đoàn công tác của UBND tỉnh", f"kiểm tra tiến độ thực hiện các dự án trọng điểm trên địa bàn {where}",
            [f"Đẩy nhanh tiến độ các dự án trọng điểm tại {where}", "Tháo gỡ vướng mắc trong giải phóng mặt bằng",
             "Kiểm tra tiến độ các công trình trọng điểm"],
            [], district=True, period=f"năm {year}",
        ),
        EventKind(
            "hội nghị", "UBND tỉnh", f"tổ chức hội nghị đối thoại với doanh nghiệp năm {year}",
            ["Lắng nghe, tháo gỡ khó khăn cho doanh nghiệp", "Đồng hành cùng doanh nghiệp phát triển"],
            [f"Hội nghị đối thoại doanh nghiệp năm {year}"], months=(5, 6, 8, 9), period=f"năm {year}",
        ),
        EventKind(
            "kỳ họp", "HĐND tỉnh", f"khai mạc kỳ họp thường lệ cuối năm {year}",
            [f"Khai mạc kỳ họp thường lệ cuối năm {year} HĐND tỉnh", "Nâng cao chất lượng hoạt động của HĐND các cấp"],
            [f"Kỳ họp thứ {rng.randint(3, 20)}, HĐND tỉnh khóa {rng.choice(['XVI', 'XVII'])}"], months=(12,), period=f"năm {year}",
        ),
        EventKind(
            "buổi thăm", "đoàn công tác của tỉnh", f"đến thăm, tặng quà các gia đình chính sách, hộ nghèo trên địa bàn {where} nhân dịp Tết Nguyên đán",
            [f"Lãnh đạo tỉnh thăm, tặng quà Tết tại {where}", "Mang Tết ấm đến với hộ nghèo, gia đình chính sách"],
            [], months=(1, 2), district=True, period=f"năm {year}",
        ),
        EventKind(
            "hội nghị", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "tổ chức hội nghị đánh giá tình hình, triển khai các biện pháp cấp bách phòng, chống dịch",
            ["Kiên quyết không để dịch bệnh lây lan trong cộng đồng", "Vừa chống dịch, vừa phục hồi phát triển kinh tế"],
            ["Phòng, chống dịch COVID-19"], years=(2020, 2021, 2022), period=f"năm {year}",
        ),
        EventKind(
            "lễ", "UBND tỉnh", f"tổ chức lễ khánh thành và đưa vào sử dụng công trình trọng điểm trên địa bàn {where}",
            ["Khánh thành công trình trọng điểm", f"Đưa vào sử dụng công trình giao thông quan trọng tại {where}"],
            [], district=True, months=(3, 4, 5, 8, 9, 10, 12), period=f"năm {year}",
        ),
        EventKind(
            "đại hội", f"Đảng bộ {where}", f"tổ chức Đại hội đại biểu lần thứ {rng.choice(['XX', 'XXI', 'XXII'])}, nhiệm kỳ {year} - {year + 5}",
            [f"Đại hội Đảng bộ {where} lần thứ {rng.choice(['XX', 'XXI', 'XXII'])}", "Đoàn kết, đổi mới, phát triển bền vững"],
            [f"Đại hội Đảng bộ các cấp, nhiệm kỳ {year} - {year + 5}"], years=(2015, 2020), months=(5, 6, 7), district=True, period=f"nhiệm kỳ {year - 5} - {year}",
        ),
    ]


@dataclass
class Mentioned:
    person: Person
    post: Post
    written_name: str
    roles: list[str] = field(default_factory=list)
    """Every role written next to the name outside captions (for the expected role)."""
    caption_roles: list[str] = field(default_factory=list)
    """Roles written next to the name in captions: the fullest mention where one holds the
    body's whole and says more."""


@dataclass
class Story:
    """One article, before it is laid out as raw text or as Markdown."""

    date: dt.date
    page_date: dt.date | None
    kicker: str | None
    title: str
    lead: str
    """Without any outlet prefix."""
    blocks: list[tuple[str, str]]
    """('paragraph' | 'caption' | 'heading', text) after the lead."""
    people: list[Mentioned]
    byline_written: str
    byline: str
    outlet_prefix: str | None
    year_in_lead: bool
    old_tone_marks: bool

    def participants(self) -> list[tuple[str, str]]:
        """(name, role) in order of first mention, role at its fullest (what ingest should find)."""
        text = "\n".join([self.lead, *(t for _, t in self.blocks)])
        def first(m: Mentioned) -> int:
            # The name itself, not the start of a longer one ('Lâm Thị Phương' in 'Lâm Thị Phương Thanh').
            for found in re.finditer(re.escape(m.written_name) + r"(?!\w)", text):
                if not re.match(r"\s+[^\W\d_]", text[found.end():]) or not text[found.end():].split()[0][:1].isupper():
                    return found.start()
            return len(text)
        out = []
        for m in sorted(self.people, key=first):
            fullness = lambda r: (r.count(",") + 1, len(r))  # noqa: E731
            role = max((normalise(r) for r in m.roles), key=fullness)
            fuller = [normalise(r) for r in m.caption_roles if normalise(r) != role and role in normalise(r).split(", ")]
            role = max([role, *fuller], key=fullness)
            out.append((normalise(m.person.name), role))
        return out


PEN_NAMES = """PHÙNG KHIÊM|TRÍ DŨNG|MINH HÒA|THU TRANG|HOÀNG HÀ|ĐỨC LONG|VĂN NGỌC|NGỌC DUNG|THANH TÂM|
HẢI YẾN|BẢO NGỌC|QUỐC TOÀN|MAI LINH|TUẤN ANH|KHÁNH LINH|ĐỨC TOÀN|THÚY HẰNG|MINH CHIẾN|LƯƠNG ĐỨC|
HOÀNG HIỀN|VI THÀNH|PHƯƠNG MAI|HỮU DANH|TÂM TRANG""".replace("\n", "").split("|")


def _name_case(text: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in text.split())


def _byline(rng: random.Random) -> tuple[str, str]:
    """(as written at the end of the article, as ingest should read it)."""
    roll = rng.random()
    first = rng.choice(PEN_NAMES)
    if roll < 0.78:
        return first, _name_case(first)
    if roll < 0.88:
        second = rng.choice([n for n in PEN_NAMES if n != first])
        return f"{first} - {second}", f"{_name_case(first)}, {_name_case(second)}"
    if roll < 0.94:
        return f"Bài, ảnh: {first}", _name_case(first)
    mixed = _name_case(first)
    return mixed, mixed


def _choose_people(rng: random.Random, people: tuple[Person, ...] | list[Person], year: int,
                   district: str | None, count: int) -> list[tuple[Person, Post]]:
    active = [(p, p.post_in(year)) for p in people]
    active = [(p, post) for p, post in active if post]
    local = [(p, post) for p, post in active if district and post.district == district]
    provincial = [(p, post) for p, post in active if not post.district]
    chosen: list[tuple[Person, Post]] = []
    if local and district:
        chosen += rng.sample(local, min(len(local), rng.randint(1, 2)))
    pool = [item for item in provincial if item not in chosen]
    weights = [post.weight for _, post in pool]
    while len(chosen) < count and pool:
        i = rng.choices(range(len(pool)), weights=weights)[0]
        chosen.append(pool.pop(i))
        weights.pop(i)
    # The most senior chairs the meeting and is mentioned first.
    return sorted(chosen, key=lambda item: -item[1].weight)


def _lead_date(rng: random.Random, date: dt.date, same_day: bool) -> tuple[str, bool]:
    """(the date words opening the lead, whether they give the year)."""
    time = rng.choice(["Sáng"] * 5 + ["Chiều"] * 4 + ["Tối"])
    d, m, y = date.day, date.month, date.year
    roll = rng.random()
    if roll < 0.40:
        return f"{time} {d}/{m}/{y}", True
    if roll < 0.60 and same_day:
        return f"{time} nay ({d}/{m})", False
    if roll < 0.72:
        return f"{time} {d}/{m}", False
    if roll < 0.82:
        return f"Ngày {d:02d}/{m:02d}/{y}", True
    if roll < 0.90:
        return f"{time} {WEEKDAYS_IN_LEAD[date.weekday()]} ({d}/{m})", False
    if roll < 0.95:
        return f"Ngày {d} tháng {m} năm {y}", True
    if roll < 0.98 and d < 28:
        return f"Trong các ngày {d}-{d + 1}/{m}/{y}", True
    if d < 28:
        return f"Trong 2 ngày {d} và {d + 1}/{m}/{y}", True  # natural; ingest misses it (see README)
    return f"{time} {d}/{m}/{y}", True


SCENES = {
    "hội nghị": ["Quang cảnh hội nghị tại điểm cầu tỉnh", "Các đại biểu dự hội nghị", "Đại biểu phát biểu tham luận tại hội nghị"],
    "buổi làm việc": ["Quang cảnh buổi làm việc", "Các đại biểu dự buổi làm việc"],
    "buổi kiểm tra": ["Đoàn công tác kiểm tra thực tế tại công trường", "Lãnh đạo tỉnh kiểm tra tiến độ thi công dự án"],
    "kỳ họp": ["Quang cảnh phiên khai mạc kỳ họp", "Các đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp"],
    "buổi thăm": ["Lãnh đạo tỉnh trao quà cho các gia đình chính sách", "Đoàn công tác thăm hỏi, động viên hộ nghèo"],
    "lễ": ["Các đại biểu cắt băng khánh thành công trình", "Quang cảnh lễ khánh thành công trình"],
    "đại hội": ["Các đại biểu biểu quyết thông qua nghị quyết đại hội", "Quang cảnh phiên khai mạc đại hội"],
}


def _caption_for(rng: random.Random, m: Mentioned, noun: str, where: str) -> str:
    name = m.written_name
    forms = [
        f"Đồng chí {name}, {m.post.short} phát biểu tại {noun}",
        f"Đồng chí {name}, {m.post.short} phát biểu chỉ đạo tại {noun}",
        f"{m.post.short} {name} phát biểu kết luận {noun}",
        f"Đồng chí {name}, {m.post.short} kiểm tra thực tế tại {where}",
    ]
    roles = [m.post.short] * len(forms)
    if "," in m.post.full and len(m.post.full) < 70:
        first, rest = m.post.full.split(", ", 1)
        forms.append(f"Đồng chí {name}, {first},\n{rest} phát biểu chỉ đạo tại {noun}")  # wrapped over two lines
        roles.append(m.post.full)
    pick = rng.randrange(len(forms))
    m.caption_roles.append(roles[pick])
    return forms[pick]


def _story(rng: random.Random, index: int, people) -> Story:
    year = rng.randint(FIRST_YEAR, LAST_YEAR)
    district = rng.choice(PLACES)
    where = district if district.startswith("thành phố") else f"huyện {district}"
    kinds = [k for k in _event_kinds(rng, year, district) if year in k.years]
    kind = rng.choice(kinds)
    month = rng.choice(kind.months)
    day = rng.randint(1, 28)
    date = dt.date(year, month, day)

    # The page's date line: published that day or the next, or the day the page was saved.
    if rng.random() < 0.08:
        page_date = None
    elif rng.random() < 0.7:
        page_date = date + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
    else:
        page_date = date + dt.timedelta(days=rng.randint(30, 2500))
    same_day = page_date == date or (page_date is None and rng.random() < 0.5)

    count = rng.choices([1, 2, 3, 4, 5], weights=[2, 4, 4, 3, 2])[0]
    chosen = _choose_people(rng, people, year, district if kind.district else None, count)
    old_marks = rng.random() < 0.15
    mentioned = []
    for person, post in chosen:
        written = _old_tone_marks(person.name) if old_marks else person.name
        mentioned.append(Mentioned(person, post, written))

    def full(m: Mentioned) -> str:
        role = m.post.full
        if rng.random() < 0.25:  # the abbreviations of the genre, which ingest expands
            role = role.replace("Ban Chấp hành", "BCH").replace("Ủy viên Trung ương", "Ủy viên TW")
        m.roles.append(m.post.full)
        return role

    def short(m: Mentioned) -> str:
        m.roles.append(m.post.short)
        return m.post.short

    date_words, year_in_lead = _lead_date(rng, date, same_day)
    lead = f"{date_words}, {kind.organiser} {kind.what}."
    if kind.noun in ("hội nghị", "kỳ họp") and rng.random() < 0.3:
        lead = f"{date_words}, tại Trung tâm Hội nghị tỉnh, {kind.organiser} {kind.what}."
    blocks: list[tuple[str, str]] = []
    chair, others = mentioned[0], mentioned[1:]

    # Who chaired and who attended: "đồng chí <Name>, <Role>" and the role-first forms.
    style = rng.random()
    if style < 0.55:
        text = f"Đồng chí {chair.written_name}, {full(chair)} chủ trì {kind.noun}."
        if others:
            listed = "; ".join(f"đồng chí {m.written_name}, {full(m)}" for m in others)
            text += f" Dự {kind.noun} có {listed}; lãnh đạo các sở, ban, ngành, đoàn thể tỉnh và lãnh đạo UBND các huyện, thành phố."
    elif style < 0.8:
        text = f"{short(chair)} {chair.written_name} chủ trì {kind.noun}."
        if others:
            listed = "; ".join(f"{m.written_name}, {full(m)}" for m in others)
            text += f" Tham dự có các đồng chí: {listed}; đại diện lãnh đạo các sở, ngành liên quan."
    else:
        text = f"Tham dự {kind.noun} có đồng chí {chair.written_name}, {full(chair)}"
        for m in others:
            text += f"; {short(m)} {m.written_name}"
        text += "; lãnh đạo các sở, ban, ngành của tỉnh."
    blocks.append(("paragraph", text))

    # The report: figures, party work, society, security; some of it as a quoted report.
    econ, society, security, party = _econ(rng, year, kind.period), _society(rng), _security(rng), _party(rng, year)
    target = rng.randint(520, 640)
    reporter = others[0] if others and rng.random() < 0.6 else None
    opener = (f"Báo cáo tại {kind.noun}, đồng chí {reporter.written_name}, {short(reporter)} cho biết: "
              if reporter else f"Theo báo cáo, trong {kind.period}, ")
    first = _pick(rng, econ, rng.randint(2, 3))
    blocks.append(("paragraph", opener + _cap(" ".join(first)) if reporter else opener + first[0][0].lower() + first[0][1:] + " " + " ".join(first[1:])))
    if rng.random() < 0.15:
        blocks.append(("heading", rng.choice(["Nhiều kết quả nổi bật", "Kinh tế tiếp tục tăng trưởng", "Những hạn chế cần khắc phục"])))
    rest = [e for e in econ if e not in first]
    blocks.append(("paragraph", " ".join(_pick(rng, rest, rng.randint(1, 2)))))
    blocks.append(("paragraph", " ".join(_pick(rng, society, rng.randint(1, 2)) + _pick(rng, security, 1))))
    if rng.random() < 0.6:
        blocks.append(("paragraph", " ".join(_pick(rng, party, rng.randint(1, 2)))))
    limits = _join_list(_pick(rng, LIMITS, rng.randint(2, 4)))
    blocks.append(("paragraph", f"Tuy nhiên, bên cạnh những kết quả đạt được, {kind.period} vẫn còn một số hạn chế như: {limits}…"))
    topics = _join_list(_pick(rng, TOPICS, rng.randint(2, 4)))
    blocks.append(("paragraph", f"Tại {kind.noun}, các đại biểu đã tập trung thảo luận, làm rõ một số nội dung như: {topics}."))

    # The speeches, with the people named again in shorter forms.
    for m in others[1:]:
        said = _join_list([d.format(year=year) for d in _pick(rng, DIRECTIVES, rng.randint(1, 2))])
        if rng.random() < 0.5:
            blocks.append(("paragraph", f"Phát biểu tại {kind.noun}, đồng chí {m.written_name}, {short(m)} đề nghị: {_cap(said)}."))
        else:
            blocks.append(("paragraph", f"{short(m)} {m.written_name} đề nghị {said}."))
    said = [d.format(year=year) for d in _pick(rng, DIRECTIVES, rng.randint(2, 4))]
    if not said[0].startswith("các cấp"):
        said[0] = "các cấp, các ngành cần " + said[0]
    if rng.random() < 0.5:
        opening = f"Phát biểu chỉ đạo, đồng chí {chair.written_name}, {short(chair)} đánh giá cao nỗ lực, cố gắng của các cấp, các ngành trong thời gian qua."
    else:
        opening = f"Phát biểu kết luận {kind.noun}, đồng chí {short(chair)} ghi nhận, biểu dương những kết quả đã đạt được."
    blocks.append(("paragraph", f"{opening} Đồng chí nhấn mạnh: Để thực hiện thắng lợi các mục tiêu, nhiệm vụ năm {year}, thời gian tới, {_join_list(said)}."))
    while sum(len(t.split()) for _, t in blocks) + len(lead.split()) < target:
        extra = _join_list([d.format(year=year) for d in _pick(rng, DIRECTIVES, rng.randint(2, 4))])
        blocks.append(("paragraph", f"Đồng chí cũng yêu cầu các cơ quan, đơn vị {extra}, phấn đấu hoàn thành tốt các nhiệm vụ năm {year}."))

    # One or two captions of removed photos, after the lead or between paragraphs.
    captions = [_caption_for(rng, rng.choice(mentioned), kind.noun, where if kind.district else "cơ sở")]
    if rng.random() < 0.6:
        captions.append(rng.choice(SCENES[kind.noun]))
    for caption in captions:
        at = rng.choice([0, 1, 2, 3, 4, len(blocks) - 1])
        blocks.insert(at, ("caption", caption))

    title = rng.choice(kind.titles)
    kicker = rng.choice(kind.kickers) if kind.kickers and rng.random() < 0.6 else None
    written, byline = _byline(rng)
    prefix = "LSO-" if rng.random() < 0.75 else None
    return Story(date, page_date, kicker, title, lead, blocks, mentioned, written, byline, prefix, year_in_lead, old_marks)


# --------------------------------------------------------------------------- raw text

def _header(rng: random.Random, page_date: dt.date) -> str:
    line = f"{WEEKDAYS[page_date.weekday()]},  {page_date:%d/%m/%Y}"
    if rng.random() < 0.15:
        line += f" - {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}"
    return line


def raw_article_with_truth(rng: random.Random, index: int, people=None) -> tuple[str, dict]:
    """A plain-text article as copied from a news page, and what should be read out of it."""
    story = _story(rng, index, people or default_people())
    lines: list[str] = []
    if story.page_date:
        lines.append(_header(rng, story.page_date))
    if story.kicker:
        if rng.random() < 0.5 and lines:
            lines[-1] += "\n" + story.kicker + ":"  # right under the date line, as pages are copied
        else:
            lines.append(story.kicker + ":")
    lines.append(story.title)
    lead = (story.outlet_prefix or "") + story.lead
    parts = [lead]
    for kind, text in story.blocks:
        if kind == "caption":
            parts.append(("\n" if rng.random() < 0.5 else "") + text)
        else:
            parts.append(text.replace("\n", " "))
    lines += parts
    lines.append(story.byline_written)
    text = "\n\n".join(lines)
    if story.old_tone_marks:
        text = _old_tone_marks(text)
    if rng.random() < 0.5:
        text += "\n"
    truth = {
        "date": story.date,
        "page_date": story.page_date,
        "title": normalise(story.title),
        "kicker": normalise(story.kicker) if story.kicker else None,
        "byline": story.byline,
        "source": "Báo Lạng Sơn" if story.outlet_prefix else None,
        "participants": story.participants(),
        "captions": sum(1 for kind, _ in story.blocks if kind == "caption"),
        "year_in_lead": story.year_in_lead,
        "hard_roles": [normalise(m.person.name) for m in story.people if m.post.hard],
    }
    return text, truth


def raw_text_article(rng: random.Random, index: int) -> str:
    """A plain-text article like content/sources/*.txt."""
    return raw_article_with_truth(rng, index)[0]


def _rng(kind: str, index: int, seed: int = SEED) -> random.Random:
    return random.Random(f"{kind}-{seed}-{index}")


def write_raw_corpus(folder: Path | str, n: int, seed: int = SEED) -> list[tuple[Path, dict]]:
    """n raw .txt articles in folder; returns (path, expected reading) for each."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(n):
        text, truth = raw_article_with_truth(_rng("raw", index, seed), index)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        path = folder / f"{index:05d}_{digest}.txt"
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append((path, truth))
    return written


# --------------------------------------------------------------------------- Markdown

def _markdown_body(story: Story) -> str:
    """The body as ingest writes it: text normalised (NFC, one tone-mark placement)."""
    parts = [normalise(story.lead)]
    for kind, text in story.blocks:
        text = normalise(text.replace("\n", " "))
        if kind == "caption":
            parts.append(f'<figure class="caption">\n<figcaption>{text}</figcaption>\n</figure>')
        elif kind == "heading":
            parts.append(f"### {text}")
        else:
            parts.append(text)
    return "\n\n".join(parts)


def markdown_article(rng: random.Random, index: int, people) -> tuple[str, str]:
    """(path relative to the articles folder, file text): an article as ingest writes it,
    in the front matter contract of generator/article.py."""
    story = _story(rng, index, people)
    body = _markdown_body(story)
    title, derived = normalise(story.title), False
    if rng.random() < 0.02:  # no headline in the source: ingest derived one from the lead
        title, derived = _cap(story.lead.split(", ", 1)[-1].split(",")[0].rstrip(".")), True
    review = (["date"] if not story.year_in_lead else []) + (["title"] if derived else [])
    source_text = f"{story.title}\n\n{body}"
    article = Article(
        title=title,
        title_derived=derived,
        kicker=normalise(story.kicker) if story.kicker else None,
        date=story.date,
        page_date=story.page_date,
        byline=story.byline,
        source="Báo Lạng Sơn" if story.outlet_prefix else None,
        participants=[Participant(name, role) for name, role in story.participants()],
        review=review,
        body=body,
        source_file=f"content/sources/{index:05d}_{hashlib.sha256(source_text.encode()).hexdigest()[:16]}.txt",
        source_sha256=hashlib.sha256(" ".join(source_text.split()).encode("utf-8")).hexdigest(),
    )
    stem = f"{story.date.isoformat()}-{slugify(title)}"
    return f"{story.date.year}/{stem}.md", dump_article(article)


def write_markdown_corpus(folder: Path | str, n: int, seed: int = SEED) -> list[Path]:
    """n Markdown articles under folder/<year>/, as `biennien ingest` lays them out."""
    folder = Path(folder)
    people = default_people(seed)
    taken: set[str] = set()
    written = []
    for index in range(n):
        relative, text = markdown_article(_rng("md", index, seed), index, people)
        stem, number = relative[:-3], 2
        while relative in taken:
            relative, number = f"{stem}-{number}.md", number + 1
        taken.add(relative)
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Write an invented corpus of articles.")
    parser.add_argument("kind", choices=["raw", "markdown"])
    parser.add_argument("folder")
    parser.add_argument("--n", type=int, default=100)
    args = parser.parse_args()
    if args.kind == "raw":
        write_raw_corpus(args.folder, args.n)
    else:
        write_markdown_corpus(args.folder, args.n)
    print(f"wrote {args.n} {args.kind} articles to {args.folder}")
