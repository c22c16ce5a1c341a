"""The build makes the HTML of plain bodies (paragraphs, "### " headings, caption figures:
what ingest writes) without Python-Markdown. Wherever it does, the HTML must be what
Python-Markdown makes; everything else must go to Python-Markdown."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.ingest import read_raw_article
from generator.site import render
from support import ROOT

FIGURE = '<figure class="caption">\n<figcaption>{}</figcaption>\n</figure>'


def python_markdown(text: str) -> str:
    return render._markdown().reset().convert(text)


# Letters, Vietnamese and not, with every character Markdown reads as syntax, spaces of
# several kinds and line breaks: bodies that are plain, and bodies that only look it.
_CHARS = st.sampled_from(list(
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÊÔƯáàảãạếềểễệốồổỗộứừửữựý0123456789"
    " .,;:?!-–()\"'/%+=#*_`\\[]<>&|~^{}\n\t\u00a0\u2003\u3000\r\x0b\x85\u2028"
)) | st.sampled_from(["&amp;", "&lt;", "&gt;", "&#39;", "&copy", "1. ", "- ", "* ", "> ", "    ", "---", "===", "### ", "  \n", "\n\n"])
_TEXT = st.lists(_CHARS, max_size=40).map("".join)
# And text with none of it but what the fast path takes: "!", "#", "=", "-" and digits
# where Markdown might yet read a heading, a rule or a list.
_PLAIN = st.text(alphabet="aăâđêôơưAĐáàạếộ019 .,;:?!-–()\"'/%+=#|~^{}", min_size=1, max_size=30)
_BLOCK = st.one_of(
    _TEXT,
    _PLAIN,
    _PLAIN.map(lambda t: "### " + t),
    _TEXT.map(lambda t: "### " + t),
    _TEXT.map(FIGURE.format),
    st.sampled_from(["Sáng 5/1, UBND tỉnh họp.", "### Nhiều kết quả nổi bật", FIGURE.format("Đồng chí A phát biểu. Ảnh: B")]),
)
_BODY = st.lists(_BLOCK, min_size=1, max_size=6).map("\n\n".join)


@settings(max_examples=1000)
@given(_BODY)
@example("1986. Năm đổi mới")
@example("Ông A nói:\n===")
@example("\u3000Đoạn văn bắt đầu bằng khoảng trắng.")
@example("Đoạn văn kết thúc bằng khoảng trắng.\u00a0")
@example("NN&amp;PTNT và 3 &lt; 5")
@example("Sở NN&PTNT")
@example("\n\nĐoạn\n\n\n\nĐoạn hai")
@example("### Tiêu đề ###")
@example("Hay quá! Số #1 = 1")
@example("# Không phải tiêu đề cấp ba")
@example("-- -")
@example("Đoạn một\n\n--  -")
def test_plain_bodies_make_what_python_markdown_makes(body):
    fast = render._plain_body_html(body)
    if fast is not None:
        assert fast == python_markdown(body)


@pytest.mark.parametrize("body", [
    "Đoạn *nghiêng* ở đây.", "Xem [liên kết](http://a.vn).", "- một\n- hai", "    mã", "> trích", "Dòng một\ndòng hai",
    "Chữ <b>đậm</b>.", "A & B", "",
])
def test_anything_markdown_could_read_otherwise_goes_to_python_markdown(body):
    assert render._plain_body_html(body) is None


def test_every_real_article_of_the_corpus_reads_the_same_either_way():
    folder = ROOT / "tests" / "fixtures" / "reading"
    bodies = [read_raw_article(path).body for path in sorted(folder.rglob("*")) if path.suffix in (".txt", ".html")]
    fast = [body for body in bodies if render._plain_body_html(body) is not None]
    assert len(fast) > 0.8 * len(bodies)  # the fast path serves what ingest writes
    for body in fast:
        assert render._plain_body_html(body) == python_markdown(body)


# What the fast path took before its scans (tests hold the two equal): one pattern a block.
_REFERENCE_CHAR = r"(?:[^\s\\`*_\[\]<>&\x00-\x1f\x7f]| |&(?:amp|lt|gt);)"
_REFERENCE_LINE = re.compile(rf"(?! |#|[-+*] |\d+[.)] |[-= ]+$){_REFERENCE_CHAR}+(?<! )")
_REFERENCE_HEADING = re.compile(rf"### (?! |#){_REFERENCE_CHAR}+(?<! |#)")


def _reference_plain_body_html(text: str) -> str | None:
    parts = []
    for block in text.strip("\n").split("\n\n"):
        if _REFERENCE_LINE.fullmatch(block):
            parts.append(f"<p>{block}</p>\n")
        elif _REFERENCE_HEADING.fullmatch(block):
            parts.append(f"<h3>{block[4:]}</h3>\n")
        elif render._CAPTION_BLOCK.fullmatch(block):
            parts.append(f"{block}\n\n")
        else:
            return None
    return "".join(parts).rstrip("\n")


# Characters isprintable() refuses though plain text may hold them (a soft hyphen, a zero
# width joiner, a BOM, C1 controls, private use, unassigned), and printable ones beyond the
# BMP: the quick scans must leave them to the pattern, which takes them.
_ODD = st.sampled_from(list("\u00ad\u200d\ufeff\x80\x9f\ue000\u0378\U0001F600\U000E0001\ufffe\u2028\u00a0 #-=*1.)&;"))
_ODD_BLOCK = st.lists(_CHARS | _ODD, min_size=1, max_size=30).map("".join)
_ODD_BODY = st.lists(st.one_of(_BLOCK, _ODD_BLOCK, _ODD_BLOCK.map(lambda t: "### " + t)), min_size=1, max_size=5).map("\n\n".join)


@settings(max_examples=1500)
@given(st.one_of(_BODY, _ODD_BODY))
@example("### ")
@example("###  a")
@example("### #a")
@example("### a#")
@example("### a ")
@example("a\u00ad")
@example("\u00adb&amp;")
@example("&amp")
@example("")
@example("\n\n")
@example("a\n\n\n\nb")
def test_the_quick_scans_take_what_the_pattern_took(body):
    assert render._plain_body_html(body) == _reference_plain_body_html(body)


def _nh3(html: str) -> str:
    import nh3

    return nh3.clean(html, tags=render._TAGS, attributes=render._ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                     link_rel="noopener noreferrer nofollow", strip_comments=True)


@settings(max_examples=1000)
@given(st.one_of(_BODY, _ODD_BODY))
@example("NN&amp;PTNT và 3 &lt; 5 &gt; 2")
@example(FIGURE.format("Ảnh: *A* [B] `c` _d_ \\ &amp;"))
def test_the_fast_path_html_is_what_nh3_would_give_back(body):
    """markdown_to_html does not pass the fast path's HTML through nh3: it must be clean
    as it is, byte for byte what nh3 would make of it."""
    fast = render._plain_body_html(body)
    if fast is not None:
        assert _nh3(fast) == fast
        assert render.markdown_to_html(body) == fast


def test_every_plain_body_of_the_corpus_is_clean_as_made():
    folder = ROOT / "tests" / "fixtures" / "reading"
    bodies = [read_raw_article(path).body for path in sorted(folder.rglob("*")) if path.suffix in (".txt", ".html")]
    fast = [html for html in map(render._plain_body_html, bodies) if html is not None]
    assert len(fast) > 0.8 * len(bodies)
    for html in fast:
        assert _nh3(html) == html
