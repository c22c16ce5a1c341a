"""A year too big for one page, in the reader's browser from file://: the year's page
shows its months (no filter hides them), a month's page filters by person, and the
person's "see on the timeline" link lands on the month that lists them."""

from __future__ import annotations

import pytest

from generator.site import builders
from generator.site.build import build
from support import write_files

pytestmark = pytest.mark.browser


def test_walking_a_year_split_by_month(browser, tmp_path, monkeypatch):
    monkeypatch.setattr(builders, "MAX_EVENTS_PER_PAGE", 3)
    files = {}
    for day in range(1, 6):
        who = "Hoàng Văn Nghiệm" if day % 2 else "Lương Văn Bình"
        files[f"content/articles/2020/{day}.md"] = (
            f"---\ntitle: Sự kiện ngày {day}\ndate: 2020-03-0{day}\nparticipants:\n- name: {who}\n  role: Bí thư\n---\n\nNội dung.\n")
    files["content/articles/2021/a.md"] = "---\ntitle: Năm sau\ndate: 2021-01-01\n---\n\nNội dung.\n"
    write_files(tmp_path, {**files, "site.yaml": "items_per_page: 1\n"})
    build(tmp_path, tmp_path / "content" / "articles", tmp_path / "site")
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto((tmp_path / "site" / "nam" / "2020" / "index.html").as_uri())
        link = page.locator(".month-link a")
        assert link.is_visible() and link.inner_text() == "5 sự kiện trong tháng 3 năm 2020"
        link.click()
        page.wait_for_url("**/nam/2020/thang-3/index.html")
        assert page.locator(".timeline .event:not([hidden])").count() == 3
        page.select_option("#loc-nguoi", "luong-van-binh")
        assert page.locator(".timeline .event:not([hidden]) .event-title").all_inner_texts() == ["Sự kiện ngày 2"]
        page.locator('a[rel="next"]').click()
        page.wait_for_url("**/nam/2020/thang-3/trang-2/index.html")
        assert page.locator(".timeline .event-title").all_inner_texts() == ["Sự kiện ngày 4", "Sự kiện ngày 5"]
        page.goto((tmp_path / "site" / "nguoi" / "hoang-van-nghiem" / "index.html").as_uri())
        page.locator(".lede a").click()
        page.wait_for_url("**/nam/2020/thang-3/trang-2/index.html?nguoi=hoang-van-nghiem")
        assert page.locator(".timeline .event:not([hidden]) .event-title").all_inner_texts() == ["Sự kiện ngày 5"]
    finally:
        context.close()
