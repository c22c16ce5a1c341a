"""`serve` for the people who use it all day, driven as a real server: an edited article
shows on the next load; a broken template shows as an error page naming the file and line
(and in the terminal); fixing it brings the site back, with no restart."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from support import ROOT, write_files
from test_serve_confined import _free_port, _get


def _wait_for(port: int, path: str, predicate, what: str, seconds: float = 30) -> tuple[int, str]:
    """Poll until the page satisfies predicate (a rebuild takes its own time): a wait for
    a state, not a speed test."""
    deadline = time.monotonic() + seconds
    last = (0, "")
    while time.monotonic() < deadline:
        try:
            status, body = _get(port, path)
            last = (status, body.decode("utf-8", "replace"))
            if predicate(*last):
                return last
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"never saw {what}; last answer {last[0]}: {last[1][:400]}")


def test_edit_break_and_fix_while_serving(tmp_path):
    article = tmp_path / "content" / "articles" / "a.md"
    write_files(tmp_path, {"content/articles/a.md": "---\ntitle: Bài đầu tiên\ndate: 2020-01-01\n---\n\nNội dung.\n"})
    port = _free_port()
    log_path = tmp_path / "serve.log"
    with open(log_path, "w") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--port", str(port)],
            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=subprocess.STDOUT,
        )
        try:
            _wait_for(port, "/index.html", lambda s, b: s == 200 and "Bài đầu tiên" in b, "the first build")

            article.write_text("---\ntitle: Bài đã sửa\ndate: 2020-01-01\n---\n\nNội dung.\n", encoding="utf-8")
            _wait_for(port, "/index.html", lambda s, b: s == 200 and "Bài đã sửa" in b, "the edited title")

            write_files(tmp_path, {"templates/base.html": "<!DOCTYPE html>\n<html>\n{% if %}\n</html>\n"})
            status, body = _wait_for(port, "/index.html", lambda s, b: s == 500, "the error page")
            assert "Lỗi khi dựng trang" in body and "base.html:3: template error" in body
            assert _wait_for(port, "/su-kien/", lambda s, b: s == 500, "the error page on every page")[0] == 500
            assert "error: " in log_path.read_text(encoding="utf-8") and "base.html:3" in log_path.read_text(encoding="utf-8")

            (tmp_path / "templates" / "base.html").unlink()
            _wait_for(port, "/index.html", lambda s, b: s == 200 and "Bài đã sửa" in b, "the site again after the fix")
        finally:
            server.terminate()
            server.wait(timeout=30)
