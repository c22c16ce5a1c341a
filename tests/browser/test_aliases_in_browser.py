"""people.yaml in the reader's browser: another spelling of a name finds the person, whose
page gathers every event under one name (a site built from files, opened from file://)."""

from __future__ import annotations

import shutil

import pytest
from test_site_in_browser import search

from support import ROOT, run_cli

pytestmark = pytest.mark.browser


def test_searching_another_spelling_finds_the_one_person(browser, tmp_path):
    shutil.copytree(ROOT / "content" / "articles", tmp_path / "content" / "articles")
    extra = tmp_path / "content" / "articles" / "2018" / "2018-05-04-lam-viec.md"
    extra.parent.mkdir(parents=True, exist_ok=True)
    extra.write_text(
        "---\ntitle: Làm việc với Thành ủy\ndate: 2018-05-04\nparticipants:\n"
        "  - {name: Trần Sĩ Thanh, role: Bí thư Tỉnh ủy}\n---\n\nBuổi làm việc.\n", encoding="utf-8",
    )
    (tmp_path / "people.yaml").write_text("Trần Sỹ Thanh:\n  - Trần Sĩ Thanh\n", encoding="utf-8")
    run_cli("build", cwd=tmp_path, check=True)
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto((tmp_path / "site" / "index.html").as_uri())
        assert search(page, "tran si thanh")[0] == "Trần Sỹ Thanh"
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.wait_for_url("**/nguoi/tran-sy-thanh/index.html")
        assert "Còn được viết: Trần Sĩ Thanh" in page.locator(".spellings").inner_text()
        assert "Làm việc với Thành ủy" in page.locator(".person-events").inner_text()
    finally:
        context.close()
