"""`check`, `zip` and `serve` through the real CLI."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile

from support import ROOT, run_cli, write_files
from sitecheck import broken_links

SAMPLE_ARTICLES = ROOT / "content" / "articles"


def test_check_passes_the_sample_and_lists_what_waits_for_review(tmp_path):
    shutil.copytree(SAMPLE_ARTICLES, tmp_path / "content" / "articles")
    first = next((tmp_path / "content" / "articles").rglob("*.md"))
    first.write_text(first.read_text(encoding="utf-8").replace("review: []", "review:\n- date"), encoding="utf-8")
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"review: content/articles/{first.relative_to(tmp_path / 'content' / 'articles')}: date" in result.stdout
    assert "0 article problem(s), 0 broken link(s), 1 article(s) to review" in result.stdout
    assert not (tmp_path / "site").exists(), "check writes nothing"


def test_check_fails_on_a_broken_link_from_a_template(tmp_path):
    write_files(tmp_path, {
        "content/articles/a.md": "---\ntitle: A\ndate: 2020-01-01\n---\n\n[ảnh](../../khong-co.jpg)\n",
        "templates/404.html": "{% extends 'base.html' %}{% block content %}<a href='/tuyet-doi.html'>x</a><a href='#khong-co'>y</a>{% endblock %}",
    })
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error: broken link"))
    assert errors[0] == "error: broken link: 404.html -> #khong-co: no element with that id"
    assert errors[1] == "error: broken link: 404.html -> /tuyet-doi.html: absolute; breaks under a sub-path and from file://"
    assert any(e.endswith("-> ../../khong-co.jpg: no such file") for e in errors)


def test_zip_builds_when_needed_and_is_deterministic(tmp_path):
    shutil.copytree(SAMPLE_ARTICLES, tmp_path / "content" / "articles")
    first = run_cli("zip", "--out", "dist/bien-nien.zip", cwd=tmp_path, check=True)
    assert "built site" in first.stdout
    assert "wrote dist/bien-nien.zip: " in first.stdout
    data = (tmp_path / "dist" / "bien-nien.zip").read_bytes()
    time.sleep(1.1)
    again = run_cli("zip", "--out", "dist/bien-nien.zip", cwd=tmp_path, check=True)
    assert "built site" not in again.stdout, "an up-to-date site is not rebuilt"
    assert (tmp_path / "dist" / "bien-nien.zip").read_bytes() == data
    # A body edit leaves the home page as it was (it shows titles): the site is built
    # again once, then known to be up to date.
    edited = sorted((tmp_path / "content" / "articles").rglob("*.md"))[0]
    time.sleep(1.1)
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột câu thêm.\n", encoding="utf-8")
    assert "built site" in run_cli("zip", "--out", "dist/sua.zip", cwd=tmp_path, check=True).stdout
    time.sleep(1.1)
    assert "built site" not in run_cli("zip", "--out", "dist/sua.zip", cwd=tmp_path, check=True).stdout
    edited.write_text(edited.read_text(encoding="utf-8").replace("\nMột câu thêm.\n", ""), encoding="utf-8")
    forced = run_cli("zip", "--out", "dist/bien-nien.zip", "--rebuild", cwd=tmp_path, check=True)
    assert "built site" in forced.stdout
    assert (tmp_path / "dist" / "bien-nien.zip").read_bytes() == data, "same site, same bytes"
    with zipfile.ZipFile(tmp_path / "dist" / "bien-nien.zip") as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert "bien-nien/index.html" in names and "bien-nien/search/index.js" in names
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        archive.extractall(tmp_path / "unzipped")
    assert broken_links(tmp_path / "unzipped" / "bien-nien") == []
    # An edited article makes the site stale: zip rebuilds it.
    article = next((tmp_path / "content" / "articles").rglob("*.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("title: ", "title: Sửa "), encoding="utf-8")
    assert "built site" in run_cli("zip", "--out", "dist/bien-nien.zip", cwd=tmp_path, check=True).stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def test_serve_rebuilds_on_change(tmp_path):
    write_files(tmp_path, {"content/articles/a.md": "---\ntitle: Bài đầu tiên\ndate: 2020-01-01\n---\n\nNội dung.\n"})
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", str(port)],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        deadline = time.monotonic() + 30
        page = ""
        while time.monotonic() < deadline:
            try:
                page = _get(f"http://127.0.0.1:{port}/index.html")
                break
            except OSError:
                time.sleep(0.2)
        assert "Bài đầu tiên" in page
        assert "livereload.js" in page, "the served page reloads itself on change"
        write_files(tmp_path, {"content/articles/b.md": "---\ntitle: Bài thứ hai\ndate: 2020-02-01\n---\n\nThêm.\n"})
        while time.monotonic() < deadline and "Bài thứ hai" not in page:
            time.sleep(0.3)
            page = _get(f"http://127.0.0.1:{port}/index.html")
        assert "Bài thứ hai" in page
    finally:
        server.terminate()
        server.wait(timeout=10)
