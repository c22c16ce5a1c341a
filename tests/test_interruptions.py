"""Interruptions and shared folders: a build or an ingest killed at any moment, and files
that cannot be written. Nothing already there may be lost, and the next run must succeed
without help. (Tests run as root, where chmod does not stop a write: the failures are
simulated by raising the OSError a full disk or a refused write would raise.)"""

from __future__ import annotations

import errno
import itertools
import os
import pathlib
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from generator import cli
from generator.article import dump_article, read_article
from generator.site import output
from generator.site.build import PARALLEL_THRESHOLD
from support import ROOT, run_cli, write_files

SAMPLE = (ROOT / "content" / "sources" / "000_4d461cb83d408ace.txt").read_text(encoding="utf-8")
OTHER = (ROOT / "content" / "sources" / "002_5efaea7a2d732030.txt").read_text(encoding="utf-8")
SAMPLE_OUT = "out/2019/2019-10-04-quyet-tam-hoan-thanh-cac-nhiem-vu-muc-tieu-o-muc-cao-nhat.md"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

PEOPLE = [" ".join(p) for p in itertools.product(["Nguyễn", "Hoàng", "Vi", "Lộc"], ["Văn", "Thị", "Minh"], ["An", "Hà", "Sơn", "Mai", "Tâm"])]


def small_archive(folder: Path, count: int) -> None:
    """count short articles over five years, 1-4 people each: enough for the build to
    load and render on worker processes (PARALLEL_THRESHOLD)."""
    rng = random.Random(7)
    for index in range(count):
        day = f"{2015 + index % 5}-{1 + index % 12:02d}-{1 + index % 28:02d}"
        front = {"title": f"Sự kiện số {index}", "date": day, "source": "Báo Lạng Sơn",
                 "participants": [{"name": n, "role": "Chủ tịch UBND tỉnh"} for n in rng.sample(PEOPLE, rng.randint(1, 4))]}
        body = " ".join(f"Câu {i} của bài {index}, về Lạng Sơn và Đồng Đăng." for i in range(3))
        path = folder / day[:4] / f"{day}-su-kien-{index}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n\n{body}\n", encoding="utf-8")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def survivors(session: int) -> list[int]:
    """Live (not zombie) processes of a session: a killed build's workers."""
    alive = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                alive.append(int(entry))
    return alive


def start(args: list[str], cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=cwd, env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def kill_after(process: subprocess.Popen, seconds: float) -> None:
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_build_killed_ten_times_leaves_the_previous_site_and_the_next_build_works(tmp_path):
    content = tmp_path / "content" / "articles"
    small_archive(content, PARALLEL_THRESHOLD + 20)
    extra = content / "2020" / "2020-06-01-them.md"
    versions = {}
    for name, with_extra in (("a", False), ("b", True)):
        if with_extra:
            write_files(extra.parent, {extra.name: "---\ntitle: Bài thêm\ndate: 2020-06-01\n---\n\nThêm.\n"})
        started = time.monotonic()
        run_cli("build", "--out", f"ref-{name}", cwd=tmp_path, check=True)
        versions[name] = (with_extra, snapshot(tmp_path / f"ref-{name}"), time.monotonic() - started)
    assert versions["a"][1] != versions["b"][1]
    longest = max(v[2] for v in versions.values())

    extra.unlink()
    run_cli("build", cwd=tmp_path, check=True)
    site = tmp_path / "site"
    current = "a"
    assert snapshot(site) == versions["a"][1], "the build is deterministic"
    rng = random.Random(20240610)
    landed = []
    for _ in range(10):
        target = "b" if current == "a" else "a"
        if versions[target][0]:
            write_files(extra.parent, {extra.name: "---\ntitle: Bài thêm\ndate: 2020-06-01\n---\n\nThêm.\n"})
        else:
            extra.unlink()
        build = start(["build"], tmp_path)
        kill_after(build, rng.uniform(0, longest))
        deadline = time.monotonic() + 10
        while survivors(build.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert survivors(build.pid) == [], "no worker of the killed build renders on"

        now, old, new = snapshot(site), versions[current][1], versions[target][1]
        if now not in (old, new):
            # Only a build that replaces a few pages in place, killed among its renames
            # (see the test below), leaves some pages new and some old: each one whole.
            assert set(now) <= set(old) | set(new)
            assert all(data in (old.get(path), new.get(path)) for path, data in now.items()), "every page whole"
        landed.append("before the swap" if now == old else "after it" if now == new else "among the renames")

        result = run_cli("build", cwd=tmp_path)  # at once, and without help
        assert result.returncode == 0, result.stderr
        assert snapshot(site) == versions[target][1]
        leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site.") and p.name != ".site.lock")
        assert leftovers == [], "a successful build leaves no half-built or moved-aside folder"
        current = target
    assert "before the swap" in landed, landed


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_the_workers_of_a_killed_build_die_with_it(tmp_path):
    """Render workers inherit the site's lock: were they to render on after the build is
    killed, the next build would be refused and they would write into a folder it removes."""
    small_archive(tmp_path / "content" / "articles", PARALLEL_THRESHOLD + 20)
    slow = '{% extends "base.html" %}{% block content %}{% for i in range(400000) %}{% endfor %}{% endblock %}\n'
    write_files(tmp_path, {"templates/event.html": slow})
    build = start(["build"], tmp_path)
    deadline = time.monotonic() + 60
    while not any(tmp_path.glob(".site.building-*/su-kien/*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert build.poll() is None and survivors(build.pid), "rendering on workers"
    build.send_signal(signal.SIGKILL)  # the build alone, as the kernel's OOM killer would
    build.wait()
    deadline = time.monotonic() + 2  # the kernel's signal takes milliseconds; a page here, ~0.1 s
    while survivors(build.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert survivors(build.pid) == []
    (tmp_path / "templates" / "event.html").unlink()
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_an_ingest_killed_mid_run_leaves_only_whole_markdown_files(tmp_path):
    sources = tmp_path / "src"
    for index in range(120):
        # The sample with a different title and figures each time: 120 articles, 120 files.
        text = SAMPLE.replace("Quyết tâm hoàn thành", f"Quyết tâm số {index} hoàn thành").replace("2019", str(2000 + index % 25))
        write_files(sources, {f"{index:03d}.txt": text})
    started = time.monotonic()
    run_cli("ingest", "src", "--out", "reference", cwd=tmp_path, check=True)
    took = time.monotonic() - started
    reference = snapshot(tmp_path / "reference")
    assert len(reference) == 120

    out = tmp_path / "out"
    rng = random.Random(99)
    for _ in range(5):
        ingest = start(["ingest", "src", "--out", "out"], tmp_path)
        kill_after(ingest, rng.uniform(0.1, took))
        written = snapshot(out) if out.exists() else {}
        markdown = {name: data for name, data in written.items() if name.endswith(".md")}
        assert all(markdown[name] == reference.get(name) for name in markdown), "every Markdown file whole"
        hidden = [name for name in written if name not in markdown]
        assert all(Path(name).name.startswith(".") and name.endswith(".tmp") for name in hidden), hidden
    result = run_cli("ingest", "src", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0
    assert snapshot(out) == reference, "the next run completes it, and removes what the killed ones left"


def test_an_article_left_twice_by_a_killed_rename_is_one_file_again(tmp_path):
    """Ingest writes an article under its new name, then removes the old file; killed in
    between, both are there. The next run must keep one, not write a third."""
    write_files(tmp_path, {"src/a.txt": SAMPLE})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    article = read_article(tmp_path / SAMPLE_OUT)
    article.title = "Tên cũ của bài"  # as an earlier version of ingest read it
    old = tmp_path / "out" / "2019" / "2019-10-04-ten-cu-cua-bai.md"
    old.write_text(dump_article(article), encoding="utf-8")
    result = run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in (tmp_path / "out").rglob("*.md")) == [SAMPLE_OUT]
    assert "0 written, 1 skipped (1 unchanged" in result.stdout


def test_stale_temporary_files_go_and_a_running_ingests_stay(tmp_path):
    write_files(tmp_path, {
        "src/a.txt": SAMPLE,
        "out/2019/.x.md.999999999.tmp": "half an art",  # no such process
        f"out/2019/.y.md.{os.getpid()}.tmp": "still being written",
        "out/2019/.notes.tmp": "not ours",
    })
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    assert sorted(p.name for p in (tmp_path / "out" / "2019").iterdir() if p.name.startswith(".")) == [
        ".notes.tmp", f".y.md.{os.getpid()}.tmp"]


def _refuse_writes(monkeypatch, code: int, where) -> None:
    real = pathlib.Path.write_bytes

    def write_bytes(self, data):
        if where(self):
            raise OSError(code, os.strerror(code), str(self))
        return real(self, data)

    monkeypatch.setattr(pathlib.Path, "write_bytes", write_bytes)
    real_file = output._write_file  # (how a staged site writes its pages)

    def write_file(file, data):
        if where(pathlib.Path(file)):
            raise OSError(code, os.strerror(code), file)
        return real_file(file, data)

    monkeypatch.setattr(output, "_write_file", write_file)


@pytest.mark.parametrize(("code", "advice"), [
    (errno.ENOSPC, "No space left on device; free some space and build again"),
    (errno.EACCES, "Permission denied; check the folder's permissions, or choose another --out"),
])
def test_a_page_that_cannot_be_written_is_one_line_and_the_site_stays(tmp_path, monkeypatch, capsys, code, advice):
    write_files(tmp_path, {"content/articles/a.md": "---\ntitle: Bài\ndate: 2019-10-04\n---\n\nNội dung.\n"})
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build"]) == 0
    before = snapshot(tmp_path / "site")
    write_files(tmp_path, {"content/articles/b.md": "---\ntitle: Bài hai\ndate: 2019-10-05\n---\n\nThêm.\n"})
    capsys.readouterr()
    # The page itself, or the file beside it that a build replaces it with.
    _refuse_writes(monkeypatch, code, lambda path: "index.html" in path.name and path.parent.name == "b")
    assert cli.main(["build"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: site/su-kien/b/index.html: cannot be written ({advice}); site was left as it was"]
    assert snapshot(tmp_path / "site") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", ".site.lock", "content", "site"], "no half-built folder (the load cache is kept)"


def test_a_file_where_the_site_folder_should_be_is_one_line(tmp_path):
    write_files(tmp_path, {"content/articles/a.md": "---\ntitle: Bài\ndate: 2019-10-04\n---\n\nx\n", "public": "của tôi"})
    result = run_cli("build", "--out", "public/site", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: public/site: cannot write there (public is a file where a folder is needed; move it away or choose another --out)"]
    assert (tmp_path / "public").read_text(encoding="utf-8") == "của tôi"


def test_a_full_disk_stops_ingest_with_one_line_and_keeps_the_hand_edit(tmp_path, monkeypatch, capsys):
    write_files(tmp_path, {"src/a.txt": SAMPLE})
    monkeypatch.chdir(tmp_path)
    assert cli.main(["ingest", "src", "--out", "out"]) == 0
    edited = tmp_path / SAMPLE_OUT
    mine = edited.read_text(encoding="utf-8").replace("byline: Trí Dũng", "byline: Trí Dũng (sửa tay)")
    edited.write_text(mine, encoding="utf-8")
    write_files(tmp_path, {"src/b.txt": OTHER})
    capsys.readouterr()
    _refuse_writes(monkeypatch, errno.ENOSPC, lambda path: True)
    assert cli.main(["ingest", "src", "--out", "out", "--force"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"error: {SAMPLE_OUT}: could not be written (No space left on device; free some space and run ingest again); "
        "nothing there was changed; ingest stopped, 1 more source(s) not read"]
    assert "0 written, 0 skipped (0 unchanged, 0 edited by hand, 0 duplicates), 1 failed" in captured.out
    assert edited.read_text(encoding="utf-8") == mine
    assert [p.relative_to(tmp_path).as_posix() for p in (tmp_path / "out").rglob("*")] == ["out/2019", SAMPLE_OUT]


def test_a_refused_write_fails_that_article_only(tmp_path, monkeypatch, capsys):
    write_files(tmp_path, {"src/a.txt": SAMPLE, "src/b.txt": OTHER})
    monkeypatch.chdir(tmp_path)
    _refuse_writes(monkeypatch, errno.EACCES, lambda path: "quyet-tam" in path.name)
    assert cli.main(["ingest", "src", "--out", "out"]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"error: {SAMPLE_OUT}: could not be written (Permission denied; check the folder's permissions, "
        "or choose another --out); nothing there was changed"]
    assert "1 written, 0 skipped (0 unchanged, 0 edited by hand, 0 duplicates), 1 failed" in captured.out
    assert len(list((tmp_path / "out").rglob("*.md"))) == 1


def test_a_file_where_a_year_folder_should_be_is_one_line(tmp_path):
    write_files(tmp_path, {"src/a.txt": SAMPLE, "src/b.txt": OTHER, "out/2019": "ghi chú"})
    result = run_cli("ingest", "src", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {SAMPLE_OUT}: could not be written (out/2019 is a file where a folder is needed; move it away); "
        "nothing there was changed"]
    assert (tmp_path / "out" / "2019").read_text(encoding="utf-8") == "ghi chú"
    assert "1 written" in result.stdout


def test_a_site_moved_aside_by_an_unfinished_swap_is_put_back(tmp_path, monkeypatch):
    """Where folders cannot trade places in one step, the old site is moved aside before
    the new one moves in. A build killed between the two moves leaves no site; the next
    build puts the old one back before anything else, and a failed build leaves it there."""
    from generator.site import output

    write_files(tmp_path, {"content/articles/a.md": "---\ntitle: Bài\ndate: 2019-10-04\n---\n\nx\n"})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(output, "_exchange", lambda a, b: False)
    assert cli.main(["build"]) == 0 and cli.main(["build"]) == 0  # the two-step swap works
    before = snapshot(tmp_path / "site")
    (tmp_path / "site").rename(tmp_path / ".site.old-4242")  # killed between the two moves
    write_files(tmp_path, {".site.building-x1/index.html": "half", "templates/base.html": "{% broken"})
    assert cli.main(["build"]) == 1  # a template error: the build fails after it took the lock
    assert snapshot(tmp_path / "site") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".cache", ".site.lock", "content", "site", "templates"]


KILLED_AT = """
import os, pathlib, sys
from generator import cli
from generator.site import output
calls = 0
def dies_at(real, call):
    def patched(*args):
        global calls
        calls += 1
        if calls == call:
            os._exit(9)  # as a SIGKILL: no handler, no clean-up runs
        return real(*args)
    return patched
if sys.argv[1] == "writing":
    pathlib.Path.write_bytes = dies_at(pathlib.Path.write_bytes, 2)
else:
    output.os.replace = dies_at(os.replace, 3)
cli.main(["build"])
"""


@pytest.mark.parametrize("moment", ["writing", "renaming"])
def test_a_one_edit_build_killed_leaves_whole_pages_and_the_next_build_mends_it(tmp_path, moment):
    """A build that changes a few pages writes them beside the site first: killed then,
    it changed nothing. Killed among the renames that follow, the site holds each page
    whole, old or new, and no file of the build's own; the next build makes it right."""
    articles = {f"content/articles/{n}.md": f"---\ntitle: Bài {n}\ndate: 2019-10-0{n}\n---\n\nx\n" for n in range(1, 6)}
    write_files(tmp_path, articles)
    run_cli("build", cwd=tmp_path, check=True)
    before = snapshot(tmp_path / "site")
    write_files(tmp_path, {"content/articles/3.md": "---\ntitle: Bài ba đã sửa\ndate: 2019-10-03\n---\n\nx\n"})
    run_cli("build", "--out", "reference", cwd=tmp_path, check=True)
    after = snapshot(tmp_path / "reference")

    killed = subprocess.run([sys.executable, "-c", KILLED_AT, moment], cwd=tmp_path, env=ENV, capture_output=True, text=True)
    assert killed.returncode == 9, killed.stderr
    now = snapshot(tmp_path / "site")
    if moment == "writing":
        assert now == before
    else:
        assert now != before and now != after
        assert set(now) <= set(before) | set(after)
        assert all(data in (before.get(path), after.get(path)) for path, data in now.items()), "every page whole"
    assert len(list(tmp_path.glob(".site.update-*"))) == 1, "what the build wrote stays beside the site, not in it"

    run_cli("build", cwd=tmp_path, check=True)
    assert snapshot(tmp_path / "site") == after
    assert list(tmp_path.glob(".site.update-*")) == []


def test_a_reading_rule_that_fails_on_one_file_costs_that_file_only(tmp_path, monkeypatch, capsys):
    """A rule reading past the end of a paragraph (an IndexError, as one did) loses one
    article with a line naming it, not the run."""
    import generator.ingest as ingest_module

    write_files(tmp_path, {"src/a.txt": SAMPLE, "src/b.txt": OTHER})
    monkeypatch.chdir(tmp_path)
    real = ingest_module.read_raw_article

    def failing(path, vocabulary=None):
        if path.name == "a.txt":
            raise IndexError("list index out of range")
        return real(path, vocabulary)

    monkeypatch.setattr(ingest_module, "read_raw_article", failing)
    assert cli.main(["ingest", "src", "--out", "out"]) == 1
    captured = capsys.readouterr()
    assert "src/a.txt: could not be read (IndexError: list index out of range)" in captured.err
    assert len(list((tmp_path / "out").rglob("*.md"))) == 1
