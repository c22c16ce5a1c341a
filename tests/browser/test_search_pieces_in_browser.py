"""The search index in pieces, in the reader's browser from file://: a first search loads
the people and the newest piece only, when that gives a page of results; older pieces
come in when the reader asks for more, or by themselves while too few are found."""

from __future__ import annotations

import pytest

from generator.site import search
from generator.site.build import build
from support import write_files

pytestmark = pytest.mark.browser


def test_a_first_search_loads_the_newest_piece_and_more_on_demand(browser, tmp_path, monkeypatch):
    monkeypatch.setattr(search, "PIECE_EVENTS", 25)
    files = {}
    for index in range(60):
        year, day = 2018 + index // 20, index % 20 + 1
        title = "Hội nghị tổng kết" if index else "Lễ hội hoa đào Mẫu Sơn"  # the oldest is the rare one
        files[f"content/articles/{index:02d}.md"] = (
            f"---\ntitle: {title} số {index}\ndate: {year}-03-{day:02d}\n---\n\nHội nghị diễn ra tại tỉnh.\n")
    write_files(tmp_path, files)
    build(tmp_path, tmp_path / "content" / "articles", tmp_path / "site")
    pieces = sorted(p.name for p in (tmp_path / "site" / "search").glob("su-kien-*.js"))
    assert pieces == ["su-kien-2018.js", "su-kien-2019.js", "su-kien-2020.js"]

    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    loaded = []
    page.on("request", lambda request: loaded.append(request.url.rsplit("/", 1)[-1]))
    try:
        page.goto((tmp_path / "site" / "index.html").as_uri())
        page.fill("#o-tim-kiem", "hoi nghi")
        page.wait_for_function("document.querySelector('.search-status').textContent.indexOf('trong các bài mới nhất') >= 0")
        assert [name for name in loaded if name.endswith(".js") and "su-kien" in name] == ["su-kien-2020.js"]
        assert page.locator("#ket-qua-tim-kiem [role=option]").count() == 21  # a page of results, then "more"
        more = page.locator("#kq-them")
        assert more.inner_text() == "Tìm thêm trong 40 bài cũ hơn"
        page.keyboard.press("ArrowUp")  # the last option: "more", reached from the keyboard
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#kq-them') && "
                               "document.querySelector('#kq-them').textContent === 'Tìm thêm trong 20 bài cũ hơn'")
        assert "su-kien-2019.js" in loaded and "su-kien-2018.js" not in loaded

        page.fill("#o-tim-kiem", "mau son")  # only in the oldest piece: fetched without asking
        page.wait_for_function("document.querySelector('.search-status').textContent.indexOf('1 kết quả') >= 0")
        assert page.locator("#ket-qua-tim-kiem a").all_inner_texts() == ["Lễ hội hoa đào Mẫu Sơn số 0"]
        assert "su-kien-2018.js" in loaded
    finally:
        context.close()
