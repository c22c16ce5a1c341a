"""The search index's snippet and words of a body, made from its pieces: the same as
folding the text after the snippet whole."""

from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from generator.site import search
from generator.site.model import Event


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


# Plain bodies as ingest writes them: paragraphs, "### " headings and caption figures.
_PLAIN_WORD = st.one_of(st.text(alphabet="aăâđêôơưAĐáàạếộ019.,;:?!-–()\"'/%ỹỮ\U0001f600", min_size=1, max_size=14),
                        st.sampled_from(["&amp;", "&lt;b&gt;", "A&amp;B"]))
_LINE = st.lists(_PLAIN_WORD, min_size=1, max_size=60).map(" ".join)
_BLOCK = st.one_of(_LINE, _LINE.map(lambda line: "### " + line),
                   _LINE.map(lambda line: f'<figure class="caption">\n<figcaption>{line}</figcaption>\n</figure>'))
_BODY = st.lists(_BLOCK, min_size=1, max_size=12).map("\n\n".join)


@settings(max_examples=800)
@given(_BODY)
@example("x" * 100 + " " + "y" * 139)
@example("x" * 100 + " " + "y" * 140)
@example("x" * 400)
@example("a " * 119 + "a")
def test_a_plain_body_gives_from_its_utf8_the_snippet_and_words_of_its_html(markdown):
    from generator.site import bodies, render

    html, plain = render.body_html(markdown)
    assume(plain)  # (a block Markdown reads otherwise, "1) ..." say, is no plain body)
    data = bodies.plain_utf8(bodies.pack(bodies.encode(html, compress=False, plain=True)))
    assert data == html.encode("utf-8")
    expected = _reference(html)
    for _ in range(2):  # (the second time from the known pieces)
        if "&" not in html:
            assert search._snippet_and_words_of_plain(data) == expected
        for compress in (False, True):  # (what a build asks: from the UTF-8 where it may)
            event = Event(article=None, slug="", body=bodies.pack(bodies.encode(html, compress, plain=True)))
            assert search._body_snippet_and_words(event) == expected


def test_only_a_plain_body_kept_whole_is_read_as_utf8():
    from generator.site import bodies

    html = "<p>Một đoạn.</p>"
    assert bodies.plain_utf8(bodies.encode(html, compress=False, plain=True)) == html.encode()
    for data in (bodies.encode(html, compress=False), bodies.encode(html, compress=True, plain=True), b""):
        assert bodies.plain_utf8(data) is None and bodies.plain_utf8(bodies.pack(data)) is None
    assert bodies.html_of(bodies.encode(html, compress=False, plain=True)) == html
