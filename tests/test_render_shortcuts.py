"""Shortcuts of rendering that must change nothing: a page's links made by linker(page)
(relative_url's work on the page done once), and the values a template writes let
through by isprintable() before the patterns for code points no page may hold."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.site import render
from generator.site.output import linker, relative_url

_PART = st.sampled_from(["su-kien", "nguoi", "nam", "2019", "thang-01", "a", "assets", "index.html", "x.js", "#top", ""])
_PATH = st.lists(_PART, min_size=1, max_size=4).map("/".join)


@settings(max_examples=2000)
@given(_PATH, _PATH)
@example("index.html", "nguoi/index.html")
@example("nguoi/index.html", "nguoi/index.html")
@example("nguoi/a/index.html", "nguoi/index.html")
@example("su-kien/x/index.html", "#noi-dung")
@example("nam/2019/index.html", "nam/2019/thang-01/index.html")
@example("nam/2019/index.html", "nam/20190/index.html")
def test_linker_makes_relative_urls(from_page, to_path):
    assert linker(from_page)(to_path) == relative_url(from_page, to_path)


def test_every_code_point_no_page_may_hold_is_one_isprintable_refuses():
    refused = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and render._UNWRITABLE.match(chr(c))]
    assert len(refused) > 60
    assert not any(c.isprintable() for c in refused)


@settings(max_examples=1000)
@given(st.text(st.characters(blacklist_categories=("Cs",))))
@example("Tiêu đề\x0b\ufffe\U0001fffe")
def test_what_a_template_writes_is_what_it_wrote_without_the_unwritable(text):
    assert render._writable(text) == render._UNWRITABLE.sub("", text)


def test_a_folder_is_made_as_makedirs_makes_it(tmp_path):
    from generator.site.output import _make_folder

    _make_folder(str(tmp_path / "a" / "b" / "c"))  # (the folders above it too)
    _make_folder(str(tmp_path / "a" / "b" / "c"))  # (there already)
    _make_folder(str(tmp_path / "a" / "d"))
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["a", "a/b", "a/b/c", "a/d"]
    (tmp_path / "f").write_text("x")
    for folder in (tmp_path / "f", tmp_path / "f" / "g"):
        try:
            _make_folder(str(folder))
        except OSError as exc:
            assert type(exc) in (FileExistsError, NotADirectoryError)
        else:
            raise AssertionError(f"{folder} made where a file is")
