"""How a whole build shares its pages between the parent and the render workers: in waves
of fresh workers, the parent saving the load cache (and keys and record) while the first
wave renders and rendering the people's pages while the last does. None of it shows in the
output."""

from __future__ import annotations

import multiprocessing
import os
import shutil

import pytest

from generator.site import build as build_module
from generator.site import cache as cache_module
from generator.site import snapshot
from generator.site.build import PARALLEL_THRESHOLD, _waves, build
from generator.site.cache import FOLDER
from sitecheck import tree_bytes
from support import write_files

PEOPLE = ["Nguyễn Văn An", "Hoàng Thị Hà", "Vi Minh Sơn", "Lộc Văn Tâm", "Trần Thị Mai"]


def archive(content, count):
    for index in range(count):
        day = f"{2016 + index % 6}-{1 + index % 12:02d}-{1 + index % 28:02d}"
        named = "".join(f"  - name: {PEOPLE[(index + k) % 5]}\n    role: Chủ tịch UBND tỉnh\n" for k in range(1 + index % 3))
        write_files(content, {f"{day[:4]}/{day}-su-kien-{index}.md":
                              f"---\ntitle: Sự kiện số {index}\ndate: {day}\nparticipants:\n{named}---\n\nBài {index} về Lạng Sơn.\n"})


def test_waves_cover_every_range_in_order_and_a_small_last_one_joins_the_one_before():
    ranges = [(i, i + 10) for i in range(0, 250, 10)]
    waves = _waves(ranges, 100)
    assert [r for wave in waves for r in wave] == ranges
    # 100, 100, then 50: half of a wave stays a wave of its own
    assert [sum(b - a for a, b in wave) for wave in waves] == [100, 100, 50]
    waves = _waves(ranges[:-1], 100)  # 100, 100, 40: the 40 join the wave before
    assert [sum(b - a for a, b in wave) for wave in waves] == [100, 140]
    assert [r for wave in waves for r in wave] == ranges[:-1]
    assert _waves([(0, 7)], 100) == [[(0, 7)]]
    assert _waves([], 100) == []


def test_on_two_cores_in_several_waves_the_site_is_the_one_core_site_and_the_cache_is_written_once(tmp_path, monkeypatch):
    content = tmp_path / "content" / "articles"
    archive(content, PARALLEL_THRESHOLD + 40)
    build(tmp_path, content, tmp_path / "one", jobs=1)
    one = tree_bytes(tmp_path / "one")
    assert sum(1 for path in one if path.startswith("nguoi/")) >= 5
    shutil.rmtree(tmp_path / FOLDER)

    writes = []
    real_write = cache_module.LoadCache._write

    pools = []
    real_pool = build_module._pool

    def counted_pool(jobs):
        pools.append(jobs)
        return real_pool(jobs)

    monkeypatch.setattr(build_module, "_pool", counted_pool)

    def counted(self):
        writes.append((len(self._kept), len(multiprocessing.active_children()), len(pools)))
        real_write(self)

    monkeypatch.setattr(cache_module.LoadCache, "_write", counted)
    monkeypatch.setattr(build_module, "PAGES_PER_WORKER_WAVE", 60)  # several waves of workers
    rendered_by_parent = []
    real_render_page = build_module.render_page
    parent = os.getpid()

    def watched(env, page, common):
        if os.getpid() == parent:
            rendered_by_parent.append((page.kind, len(pools)))
        return real_render_page(env, page, common)

    monkeypatch.setattr(build_module, "render_page", watched)
    report = build(tmp_path, content, tmp_path / "two", jobs=2)
    assert report.rendered == len(one) - 1  # (all but the marker)
    assert tree_bytes(tmp_path / "two") == one
    # Once, whole, while the two workers of the first wave rendered (the big pages': the
    # load's pool was the first), and the people's pages in this process beside the last.
    assert writes == [(PARALLEL_THRESHOLD + 40, 2, 2)]
    assert len(pools) > 3
    assert set(rendered_by_parent) == {("person", len(pools))}
    assert len(rendered_by_parent) == sum(1 for path in one if path.startswith("nguoi/") and path != "nguoi/index.html")
    # The cache the parent wrote beside the workers is whole: a build from it reads no file.
    def no_loading(paths, compress=True):
        assert not paths
        return []

    monkeypatch.setattr(build_module, "_load_chunk", no_loading)
    build(tmp_path, content, tmp_path / "three", jobs=2, use_cache=True)
    assert tree_bytes(tmp_path / "three") == one


def _edit(content):
    edited = sorted(content.rglob("*.md"))[7]
    edited.write_text(edited.read_text(encoding="utf-8").replace("title: ", "title: Sửa ", 1), encoding="utf-8")


def test_the_record_written_beside_the_workers_serves_the_next_quick_build(tmp_path, monkeypatch):
    content = tmp_path / "content" / "articles"
    archive(content, PARALLEL_THRESHOLD + 40)
    monkeypatch.setattr(build_module, "PAGES_PER_WORKER_WAVE", 60)
    build(tmp_path, content, tmp_path / "site", jobs=2)
    _edit(content)
    report = build(tmp_path, content, tmp_path / "site", jobs=2)
    assert 0 < report.rendered < 20  # a quick build, from the record the first build wrote
    build(tmp_path, content, tmp_path / "clean", jobs=1, use_cache=False)
    assert tree_bytes(tmp_path / "site") == tree_bytes(tmp_path / "clean")


def test_a_build_that_fails_after_writing_its_record_leaves_one_no_build_trusts(tmp_path, monkeypatch):
    content = tmp_path / "content" / "articles"
    archive(content, PARALLEL_THRESHOLD + 40)
    monkeypatch.setattr(build_module, "PAGES_PER_WORKER_WAVE", 60)
    build(tmp_path, content, tmp_path / "site", jobs=2)
    before = tree_bytes(tmp_path / "site")
    _edit(content)
    # A change of template makes the next build a whole one, and a whole site is staged:
    # its record is written while the workers render, then the swap fails.
    monkeypatch.setattr(build_module, "IN_PLACE_LIMIT", 0)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "404.html").write_text("<p>Không có trang này.</p>\n", encoding="utf-8")

    def fails(self):
        raise build_module.OutputError("the swap failed")

    monkeypatch.setattr(build_module.StagedSite, "commit", fails)
    with pytest.raises(build_module.OutputError):
        build(tmp_path, content, tmp_path / "site", jobs=2)
    assert tree_bytes(tmp_path / "site") == before
    monkeypatch.undo()
    # Nothing changed since the failed build: only the record's token tells that its
    # pages never reached the site.
    quick = []
    real_quick = snapshot.quick_build
    monkeypatch.setattr(snapshot, "quick_build", lambda *args, **kwargs: quick.append(real_quick(*args, **kwargs)) or quick[-1])
    build(tmp_path, content, tmp_path / "site", jobs=2)
    assert quick == [None]  # not a quick build from the failed build's record: a whole one
    build(tmp_path, content, tmp_path / "clean", jobs=1, use_cache=False)
    assert tree_bytes(tmp_path / "site") == tree_bytes(tmp_path / "clean")
