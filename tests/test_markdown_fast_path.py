"""The build makes the HTML of plain bodies (paragraphs, "### " headings, caption figures:
what ingest writes) without Python-Markdown. Wherever it does, the HTML must be what
Python-Markdown makes; everything else must go to Python-Markdown."""

from __future__ import annotations

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
