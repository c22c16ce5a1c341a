"""The search index's snippet and words of a body, made from its pieces: the same as
folding the text after the snippet whole."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.site import search


def _reference(event_html: str) -> tuple[str, str]:
    """What the index held before: the text joined, cut, and the rest split again."""
    text = " ".join(search._plain(event_html).split())
    snippet = text if len(text) <= search._SNIPPET_CHARS else text[:search._SNIPPET_CHARS].rsplit(" ", 1)[0]
    rest = text[len(snippet):]
    words = " ".join(filter(None, (" ".join(search._WORD.findall(search.fold(piece))) for piece in rest.split(" "))))
    return snippet, words


_WORD = st.text(alphabet="aăâđêôơưAĐáàạếộ019.,;:?!-–()\"'/%&<>", min_size=0, max_size=12)
_SPACE = st.sampled_from([" ", "  ", "\n", "\u00a0", "\t", " \u3000 "])
_TEXT = st.lists(st.tuples(_WORD, _SPACE), max_size=120).map(lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=1500)
@given(_TEXT, st.sampled_from(["<p>{}</p>", "<p>{}</p>\n<h3>Tiêu đề</h3>\n<p>Đoạn hai</p>", "{}"]))
@example("x" * 300, "<p>{}</p>")
@example("x" * 239 + " " + "y" * 50, "<p>{}</p>")
@example("x" * 240 + " " + "y" * 50, "<p>{}</p>")
@example("x" * 238 + " y " + "z" * 50, "<p>{}</p>")
@example("Đồng Đăng, Lạng Sơn " * 30, "<p>{}</p>")
@example("", "<p>{}</p>")
@example("x" * 100 + " " + "y" * 139, "<p>{}</p>")  # (a text of exactly the snippet's length, and one more)
@example("x" * 100 + " " + "y" * 140, "<p>{}</p>")
@example("a " * 120, "<p>{}</p>")
def test_snippet_and_words_are_those_of_the_whole_text(text, wrapper):
    html = wrapper.format(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    assert search._snippet_and_words(html) == _reference(html)
    assert search._snippet_and_words(html) == _reference(html)  # (the second time from the known pieces)
