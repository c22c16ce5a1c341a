"""`serve` as a maintainer uses it: a page open in Chromium reloads by itself when an
article is saved, every time (two saves a second apart each show), shows the error page
while a saved template breaks the build and comes back when it is fixed, all with no click."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from support import ROOT, write_files
from test_serve_confined import _free_port
from test_serve_live import _wait_for

pytestmark = pytest.mark.browser

_ARTICLE = "---\ntitle: {title}\ndate: 2020-01-01\n---\n\nNội dung.\n"


def _save(path, title: str) -> None:
    path.write_text(_ARTICLE.format(title=title), encoding="utf-8")


def _reloaded_to(page, heading: str) -> None:
    """Wait (a wait for a state, not a speed test) until the page shows heading after a
    reload of its own: the mark left in the old page's window is gone."""
    page.wait_for_function(
        "heading => !window.__before_reload && document.body.innerText.includes(heading)", arg=heading, timeout=30_000)
    page.evaluate("window.__before_reload = true")
    # The reloaded page's live-reload socket opens after its load (a reload sent before
    # that reaches no one): let it connect before the next save.
    time.sleep(1)


def test_saves_reload_the_open_page(browser, tmp_path):
    article = tmp_path / "content" / "articles" / "a.md"
    write_files(tmp_path, {"content/articles/a.md": _ARTICLE.format(title="Bài đầu tiên")})
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", str(port)],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )
    context = browser.new_context(locale="vi-VN")
    try:
        _wait_for(port, "/index.html", lambda s, b: s == 200 and "Bài đầu tiên" in b, "the first build")
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        page.wait_for_function("() => document.body.innerText.includes('Bài đầu tiên')")
        page.evaluate("window.__before_reload = true")
        time.sleep(1)  # (as in _reloaded_to)

        _save(article, "Bài sửa lần một")
        _reloaded_to(page, "Bài sửa lần một")
        # A second save right after: livereload throttles reloads that come within
        # seconds of the last one, and a maintainer would see the old page.
        _save(article, "Bài sửa lần hai")
        _reloaded_to(page, "Bài sửa lần hai")

        write_files(tmp_path, {"templates/base.html": "<!DOCTYPE html>\n<html>\n{% if %}\n</html>\n"})
        _reloaded_to(page, "Lỗi khi dựng trang")
        assert "base.html:3" in page.inner_text("body")
        (tmp_path / "templates" / "base.html").unlink()
        _reloaded_to(page, "Bài sửa lần hai")
    finally:
        context.close()
        server.terminate()
        server.wait(timeout=30)
