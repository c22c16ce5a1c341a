"""What the property tests (test_properties.py) feed the program: real articles mutated
the way copying, saving and re-encoding mangle them, random front matter, and small
random archives of valid articles. A falsifying example prints as the (suffix, bytes) or
the text the program was given, ready to paste back as an @example."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import unicodedata
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st

from generator.article import FIELDS, Article, Participant
from generator.errors import SourceError
from generator.ingest.decode import decode
from generator.vietnamese import normalise
from support import FIXTURES, ROOT

PROFILE = os.environ.get("BIENNIEN_FUZZ", "ci")


def examples(ci: int, long: int) -> settings:
    """A modest number of examples in CI (the seed is fixed there), many more in a long
    run; BIENNIEN_FUZZ_SCALE multiplies either (0.5, 10 …)."""
    count = long if PROFILE == "long" else ci
    return settings(max_examples=max(1, round(count * float(os.environ.get("BIENNIEN_FUZZ_SCALE", "1")))))


# --- Ingest: real articles, mutated ------------------------------------------------

SEED_FILES = (
    sorted((ROOT / "content" / "sources").glob("*.txt"))
    + sorted((FIXTURES / "genre").glob("*.txt"))
    + sorted((FIXTURES / "html").glob("*.htm*"))
    + sorted(p for p in (FIXTURES / "reading").glob("*/*") if p.suffix in (".txt", ".html"))
)


def seed_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return decode(data, path)
    except SourceError:
        return data.decode("utf-8", "replace")


SPECIALS = [
    "\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b",
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",  # zero-width, BOM, soft hyphen
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u200e", "\u200f", "\u061c",  # bidi overrides, isolates and marks
    "\u2028", "\u2029", "\r", "\r\n", "\t", "\xa0", "\u3000", "\ufffd", "\U0001f600", "\ud800",
    "&#0;", "&#x202e;", "&nbsp;", "&", "<", ">", "\\", '"', "'", "---", "\n---\n", "# ", "* ", "> ",
]
MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u20dd", "\u0488"]
TAGS = [
    "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<article>", "</article>", "<script>", "</script>",
    "<style>", "<!--", "-->", "<![CDATA[", "]]>", "<", ">", "</", "<p class='", '"', "<title>", "</title>",
    "<h1>", "</h1>", "</html>", "<body>", "<table><tr><td>", "<br/>", "<div class='article-body'>",
    "<div itemprop='articleBody'>", "<figure><figcaption>", "<img alt='Ảnh: TTXVN'>", "<form>",
    "<meta property='article:published_time' content='2020-02-30'>",
    "<meta property='og:site_name' content=''>", "<time datetime='9999-12-31T23:59'>",
    "<time datetime='0001-01-01'>", '<script type="application/ld+json">{"datePublished": "0001-01-01",'
    ' "publisher": {"name": []}, "author": [null, {"name": 5}]}</script>',
    '<script type="application/ld+json">[[[{"@graph": "x"}]]]</script>',
    "<a href='javascript:alert(1)'>", "<img src=x onerror=alert(1)>", "<p>Ảnh: </p>",
]
DATES = [
    "Sáng 31/2/2020, ", "Ngày 0/0/0000 ", "ngày 99/99/99999 ", "Hôm qua (1/1), ", "Thứ hai, 01/01/0001\n",
    "Chủ nhật, 31/12/9999\n", "Sáng 12-3 ", "ngày 1 tháng 1 năm 1 ", "năm 0 ", "năm 9999 ",
    "nhiệm kỳ 9999-10000 ", "quý IV/0 ", "Cập nhật lúc 25:61 ngày 32/13/2021\n", "2024-99-99 99:99:99\n",
    "04/04/2022 - 08:59\n", "Sáng nay (29/2), ", "9 tháng năm 0 ", "đến năm 99999 ",
]
BYLINES = ["\nPHÙNG KHIÊM\n", "\nBài, ảnh: \n", "\nTheo \n", "\nTác giả: \n", "\n- \n", "\nẢnh: TTXVN\n"]

positions = st.integers(0, 1 << 20)
text_mutations = st.one_of(
    st.tuples(st.just("insert"), positions, st.sampled_from(SPECIALS + TAGS + DATES + BYLINES)),
    st.tuples(st.just("insert"), positions, st.text(max_size=40)),
    st.tuples(st.just("flood"), positions, st.sampled_from(MARKS), st.integers(1, 4000)),
    # Deep nesting (see test_deeply_nested_unclosed_tags_are_read_in_linear_work).
    st.tuples(st.just("nest"), positions, st.sampled_from(["<div>", "<b>", "<p>", "<table>", "["]), st.integers(1, 300)),
    st.tuples(st.just("newlines"), st.sampled_from(["\r", "\r\n", "\n\n\n", "\u2028", "\x85", " ", ""])),
    st.tuples(st.just("shuffle"), st.integers(0, 1 << 32)),
    st.tuples(st.just("delete"), positions, st.integers(1, 5000)),
    st.tuples(st.just("duplicate"), positions, st.integers(1, 5000), positions),
    st.tuples(st.just("upper"), positions, st.integers(1, 2000)),
    st.tuples(st.just("nfd"),),
)
encodings = st.one_of(
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258", "latin-1"]).map(lambda e: ("encode", e)),
    st.tuples(st.just("mixed"), st.lists(st.tuples(positions, st.sampled_from(["utf-8", "cp1258", "latin-1", "utf-16"])), min_size=1, max_size=4)),
)
byte_mutations = st.one_of(
    st.tuples(st.just("flip"), positions, st.integers(1, 255)),
    st.tuples(st.just("bytes"), positions, st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("cut"), positions),
)


@st.composite
def mutated_sources(draw) -> tuple[str, bytes]:
    """(suffix, bytes): a seed article mutated, or wholly random text or bytes."""
    kind = draw(st.sampled_from(["seed"] * 8 + ["text", "bytes"]))
    seed = draw(st.sampled_from(SEED_FILES))
    # Mostly the seed's own kind; sometimes text read as HTML, or HTML as text.
    suffix = draw(st.sampled_from([seed.suffix] * 6 + [".txt", ".html", ".htm", ".TXT"]))
    if kind == "bytes":
        return suffix, draw(st.binary(max_size=3000))
    text = draw(st.text(max_size=3000)) if kind == "text" else seed_text(seed)
    text = mutate_text(text, draw(st.lists(text_mutations, max_size=6)))
    # Mostly UTF-8 and whole, so that most examples reach the reading rules.
    data = encode(text, draw(st.sampled_from([("encode", "utf-8")] * 4 + [None])) or draw(encodings))
    if draw(st.integers(0, 3)) == 3:
        data = mutate_bytes(data, draw(st.lists(byte_mutations, min_size=1, max_size=3)))
    return suffix, data


def mutate_text(text: str, mutations: list[tuple]) -> str:
    for kind, *args in mutations:
        at = args[0] % (len(text) + 1) if args and kind not in ("newlines", "shuffle") else 0
        if kind == "insert":
            text = text[:at] + args[1] + text[at:]
        elif kind == "flood":
            text = text[:at] + "a" + args[1] * args[2] + text[at:]
        elif kind == "nest":
            text = text[:at] + args[1] * args[2] + text[at:]
        elif kind == "newlines":
            text = text.replace("\r\n", "\n").replace("\n", args[0])
        elif kind == "shuffle":
            lines = text.split("\n")
            random.Random(args[0]).shuffle(lines)
            text = "\n".join(lines)
        elif kind == "delete":
            text = text[:at] + text[at + args[1]:]
        elif kind == "duplicate":
            piece = text[at:at + args[1]]
            to = args[2] % (len(text) + 1)
            text = text[:to] + piece + text[to:]
        elif kind == "upper":
            text = text[:at] + text[at:at + args[1]].upper() + text[at + args[1]:]
        elif kind == "nfd":
            text = unicodedata.normalize("NFD", text)
    return text


def _encode(text: str, encoding: str) -> bytes:
    if encoding in ("cp1258", "latin-1"):  # windows-1258 writes tone marks as combining characters
        return unicodedata.normalize("NFD", text).encode(encoding, "replace")
    return text.encode(encoding, "surrogatepass")


def encode(text: str, how: tuple) -> bytes:
    if how[0] == "encode":
        return _encode(text, how[1])
    cuts = sorted({at % (len(text) + 1) for at, _ in how[1]} | {0})
    pieces = [text[start:end] for start, end in zip(cuts, cuts[1:] + [len(text)])]
    encodings_used = ["utf-8"] + [encoding for _, encoding in sorted(how[1], key=lambda c: c[0] % (len(text) + 1))]
    return b"".join(_encode(piece, encoding) for piece, encoding in zip(pieces, encodings_used))


def mutate_bytes(data: bytes, mutations: list[tuple]) -> bytes:
    for kind, *args in mutations:
        at = args[0] % (len(data) + 1)
        if kind == "flip" and at < len(data):
            data = data[:at] + bytes([data[at] ^ args[1]]) + data[at + 1:]
        elif kind == "bytes":
            data = data[:at] + args[1] + data[at:]
        elif kind == "cut":
            data = data[:at]
    return data


# --- Front matter: random YAML documents --------------------------------------------

HUGE = "x" * 200_000
YAML_SCALARS = [
    "2019-10-04", "0001-01-01", "9999-12-31", "2020-02-30", "2019-13-45", "0000-00-00", "10000-01-01",
    "2019-10-04T25:61:00", "2019-10-04 01:00+07:00", "2019-10-04T00:00:00Z", "20191004", "4/10/2019",
    "'2019-10-04'", "!!timestamp 2020-02-30", "!!timestamp 2019-10-04", "!!str 2019-10-04",
    "~", "null", "true", "false", "yes", "no", "on", "0", "-1", "1e400", ".nan", ".inf", "-.inf",
    "0x" + "f" * 5000, "1" * 5000, "0o17", "1_000", "1:20", "0b101",
    "!!python/object/apply:os.system ['echo pwned']", "!!python/name:builtins.print", "!!python/object:os.Foo {}",
    "!!python/tuple [1, 2]", "!!python/str x", "!!binary aGVsbG8=", "!!binary 'not base64!'", "!!int abc",
    "!!float abc", "!!bool maybe", "!!null x", "!!set {a, b}", "!!omap [a]", "!!omap [{a: 1}, {a: 2}]",
    "!!pairs [x]", "!!map [1]", "!!seq {a: 1}", "!custom x", "!<tag:example.com,2000:x> y", "!!str", "''",
    '""', "'   '", "|\n  a\n  b", ">\n  folded\n  text", '"\\x01\\u202e\\u2028\\x85"', '"\\ud800"', '"\\0"',
    '"a\\nb"', "Lâm Thị Phương Thanh", "Nguyễn Văn A", "Bí thư Tỉnh ủy", "[date, title]", "[]", "{}",
    "Bài, ảnh: MINH ANH", "'<script>alert(1)</script>'", HUGE, f"'{HUGE}'", "*undefined",
]
YAML_KEYS = list(FIELDS) + [
    "name", "role", "colour", "Title", "123", "~", "null", "true", "'title'", '"ti\\ntle"', "date ",
    "? [a, b]\n", "? {x: 1}\n", "!!python/str title", "<<", "!!binary aGVsbG8=", HUGE, '"a\\u2028b"', "[1]",
]
_plain_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=30)
yaml_scalars = st.one_of(
    st.sampled_from(YAML_SCALARS),
    st.text(max_size=30).map(json.dumps),  # JSON strings are YAML double-quoted scalars
    _plain_text,
    st.integers().map(str),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(dt.date.isoformat),
)
yaml_keys = st.one_of(st.sampled_from(YAML_KEYS), _plain_text.filter(bool))


def _anchored(value: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A value, an anchored value, or an alias (defined or not)."""
    anchor = st.integers(0, 3)
    return st.one_of(
        value,
        st.tuples(anchor, value).map(lambda p: f"&a{p[0]} {p[1]}"),
        anchor.map(lambda n: f"*a{n}"),
    )


yaml_values = st.recursive(
    _anchored(yaml_scalars),
    lambda inner: _anchored(st.one_of(
        st.lists(inner, max_size=4).map(lambda items: "[" + ", ".join(items) + "]"),
        st.lists(st.tuples(st.sampled_from(["name", "role", "<<", "x", "? [a]", "~", "1"]) | yaml_keys, inner), max_size=4)
        .map(lambda pairs: "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"),
    )),
    max_leaves=8,
)
JUNK_LINES = ["- a", "  indented: x", "\tkey: tab", "---", "...", "%YAML 1.1", "key", ": v", "[", "{",
              "# comment", "? ", "&a", "*a", "title:", "participants:", "- name: A", "  role: B", "-", "'"]


def bomb(levels: int, width: int, field: str = "date") -> str:
    """Billion laughs in one field: each anchor repeats the one before width times."""
    anchors = ["&l0 [" + ", ".join(["lol"] * width) + "]"]
    anchors += [f"&l{level} [" + ", ".join([f"*l{level - 1}"] * width) + "]" for level in range(1, levels)]
    return f"{field}: [{', '.join(anchors)}]\n"


@st.composite
def front_matters(draw) -> str:
    """A whole Markdown file whose front matter is random YAML."""
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        choice = draw(st.integers(0, 9))
        if choice == 0:
            lines.append(draw(st.sampled_from(JUNK_LINES) | _plain_text))
        elif choice == 1:  # participants as a block list, entries of random shapes
            entries = draw(st.lists(st.lists(st.tuples(st.sampled_from(["name", "role", "x", "<<"]), yaml_values), max_size=3), max_size=3))
            lines.append("participants:")
            for entry in entries:
                lines += [f"{'-' if i == 0 else ' '} {k}: {v}" for i, (k, v) in enumerate(entry)] or ["- "]
        elif choice == 2:
            lines.append(bomb(draw(st.integers(2, 6)), draw(st.integers(2, 9)), draw(st.sampled_from(FIELDS))))
        else:
            lines.append(f"{draw(yaml_keys)}: {draw(yaml_values)}")
    front = "\n".join(lines)
    ending = draw(st.sampled_from(["\n---\n\nNội dung.\n", "\n---\n", "\n---", "\n", "\n...\n---\nx"]))
    text = f"---\n{front}{ending}"
    if draw(st.booleans()):
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r"])))
    return text


# --- Valid articles and small archives ----------------------------------------------

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Lâm", "Lý"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Thành", "Minh", "Ngọc", "Phương", "Sỹ"]
GIVEN = ["Anh", "Bình", "Cường", "Dũng", "Hải", "Hà", "Hương", "Khoa", "Lan", "Long", "Mai", "Nam", "Thanh",
         "Thủy", "Thúy", "Thuỷ", "Tuấn", "Yến", "Ánh", "Ước", "Ỷ", "Đạt"]
WORDS = ["Hội nghị", "Ban Chấp hành", "Đảng bộ", "tỉnh", "Lạng Sơn", "Cao Bằng", "tổng kết", "năm", "Tỉnh uỷ",
         "hoà", "khoẻ", "Quốc hội", "kỳ họp", "lần thứ", "17", "(mở rộng)", "–", ":", ",", "“trích dẫn”", "&",
         "<b>", "'", '"', "{{ 7*7 }}", "{% raw %}", "</title>", "<script>alert(1)</script>", "\u202e", "\u200b",
         "a\u0301\u0301\u0301", "#", "*", "_", "`", "[x](javascript:alert(1))", "---", "\\", "…", "🇻🇳"]
ROLES = ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Ủy viên Trung ương Đảng",
         "giám đốc Sở Xây dựng", "Đại biểu Quốc hội", "<i onmouseover=alert(1)>Chủ tịch</i>", ""]
HOSTILE_HTML = [
    "<script>alert(1)</script>", '<img src="https://example.org/a.jpg" onerror=alert(2)>', '<a href="javascript:alert(3)">x</a>',
    '<a href="JaVaScRiPt:alert(4)">x</a>', '<a href=" javascript:alert(5)">x</a>',
    '<a href="jav&#x09;ascript:alert(6)">x</a>', '<a href="java\nscript:alert(7)">x</a>',
    "<svg onload=alert(8)><circle/></svg>", '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>", '<p style="background:url(javascript:alert(9))">y</p>',
    '<form action="javascript:alert(10)"><button>x</button></form>', '<object data="javascript:alert(11)"></object>',
    '<math><mi xlink:href="javascript:alert(12)">x</mi></math>', '<base href="javascript:alert(13)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(14)">', '<img src="data:image/svg+xml,<svg onload=alert(15)>">',
    '<noscript><p title="</noscript><img src=https://example.org/a.jpg onerror=alert(16)>"></noscript>', "<!--<script>alert(17)</script>-->",
    '<a href="data:text/html,<script>alert(18)</script>">x</a>', "<scr<script>ipt>alert(19)</script>",
    '<div onclick="alert(20)">x</div>', '<body onload=alert(21)>', "<![CDATA[<script>alert(22)</script>]]>",
    '<figure class="caption" onmouseover="alert(23)"><figcaption>Ảnh</figcaption></figure>',
    '<a href="https://example.org/" onclick="alert(24)">ok</a>', "<template><script>alert(25)</script></template>",
    "<textarea><script>alert(26)</script></textarea>", "<xmp><script>alert(27)</script></xmp>",
    '<img src="https://example.org/a.jpg" srcset="javascript:alert(28)">', '<a href="vbscript:msgbox(29)">x</a>',
]
MARKDOWN = [
    "## Tiêu đề phụ", "* mục một\n* mục hai", "1. một\n2. hai", "> trích dẫn", "**đậm** và _nghiêng_",
    "[liên kết](https://example.org/a?b=c&d=e)", "![ảnh](https://example.org/a.jpg)", "`mã`",
    "```\n<script>alert(30)</script>\n```", "[x](javascript:alert(31))", "![x](javascript:alert(32))",
    "[x]( javascript:alert(33) )", "<https://example.org/>", "<javascript:alert(34)>", "[x][ref]\n\n[ref]: javascript:alert(35)",
    "| a | b |\n|---|---|\n| 1 | 2 |", "---", "***", "[mail](mailto:a@example.org)",
    '<figure class="caption"><figcaption>Đồng chí Nguyễn Văn A phát biểu</figcaption></figure>',
]


def _syllables(min_size: int = 1, max_size: int = 8) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS + GIVEN + MIDDLE), min_size=min_size, max_size=max_size).map(" ".join)


vietnamese_text = st.one_of(_syllables(), st.tuples(_syllables(), st.text(max_size=12), _syllables(0, 3)).map(" ".join))
names = st.tuples(st.sampled_from(FAMILY), st.lists(st.sampled_from(MIDDLE), max_size=2), st.sampled_from(GIVEN)).map(
    lambda p: " ".join([p[0], *p[1], p[2]])
)
dates = st.one_of(st.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 31)), st.dates(), st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)]))
bodies = st.lists(st.one_of(vietnamese_text, st.sampled_from(HOSTILE_HTML), st.sampled_from(MARKDOWN)), max_size=8).map("\n\n".join)


def _clean(text: str) -> str | None:
    text = " ".join(text.split())
    return text or None


@st.composite
def articles(draw, *, texts: st.SearchStrategy[str] = vietnamese_text, clean=_clean) -> Article:
    """A valid article: what ingest writes, or a maintainer's edit of it."""
    optional = st.none() | texts.map(clean)
    people = draw(st.lists(st.tuples(names, st.sampled_from(ROLES) | texts.map(lambda t: clean(t) or "")), max_size=6, unique_by=lambda p: normalise(p[0])))
    return Article(
        title=clean(draw(texts)) or "Sự kiện",
        title_derived=draw(st.booleans()),
        kicker=draw(optional),
        date=draw(dates),
        page_date=draw(st.none() | dates),
        byline=draw(optional),
        source=draw(optional),
        participants=[Participant(name, role) for name, role in people],
        review=draw(st.lists(st.sampled_from(["date", "title", "participants", "byline"]), unique=True, max_size=3)),
        source_file=draw(st.none() | st.sampled_from(["content/sources/000_4d461cb83d408ace.txt", "nguồn/bài 1.html"])),
        source_sha256=draw(st.none() | st.binary(min_size=32, max_size=32).map(bytes.hex)),
        body=draw(bodies).strip(),
    )
