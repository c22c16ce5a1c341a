"""The load cache: a build that reuses it writes the same bytes as one without it; a
damaged or stale cache is rebuilt, never trusted; and `--jobs` changes speed only."""

from __future__ import annotations

import shutil

from generator.site.build import PARALLEL_THRESHOLD, build
from generator.site.cache import FOLDER, LoadCache, digest_of
from sitecheck import tree_bytes
from support import ROOT, run_cli, write_files

SAMPLE_ARTICLES = ROOT / "content" / "articles"
CACHE_FILE = FOLDER / "articles.pickle"


def sample_project(tmp_path):
    shutil.copytree(SAMPLE_ARTICLES, tmp_path / "content" / "articles")
    return tmp_path


def clean_build(root, out):
    build(root, root / "content" / "articles", out, use_cache=False)
    return tree_bytes(out)


def test_a_cached_build_after_edits_is_the_clean_build(tmp_path):
    root = sample_project(tmp_path)
    content = root / "content" / "articles"
    build(root, content, root / "site")
    assert (root / CACHE_FILE).is_file()
    articles = sorted(content.rglob("*.md"))
    # An edit, a new article, a deletion and a rename, each followed by a cached build.
    edited = articles[0].read_text(encoding="utf-8").replace("title: ", "title: Sửa lại ", 1)
    articles[0].write_text(edited, encoding="utf-8")
    write_files(content, {"2024/2024-02-02-moi.md": "---\ntitle: Bài mới\ndate: 2024-02-02\n---\n\nNội dung mới.\n"})
    articles[1].unlink()
    articles[2].rename(articles[2].with_name("doi-ten.md"))
    report = build(root, content, root / "site")
    assert not report.problems
    assert tree_bytes(root / "site") == clean_build(root, tmp_path / "clean")
    cache = LoadCache.open(root)
    assert cache.notice is None
    for path in sorted(content.rglob("*.md")):  # the cache holds what this run read, no more
        assert cache.get(str(path), digest_of(path.read_bytes()))
    assert cache.hits == len(list(content.rglob("*.md")))


def test_people_yaml_applies_to_cached_articles_as_to_fresh_ones(tmp_path):
    root = sample_project(tmp_path)
    content = root / "content" / "articles"
    build(root, content, root / "site")
    name = next(line.split("name: ", 1)[1] for path in sorted(content.rglob("*.md"))
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip().startswith("- name: "))
    write_files(root, {"people.yaml": f"Tên Chuẩn Mới:\n  - {name}\n"})
    build(root, content, root / "site")
    assert tree_bytes(root / "site") == clean_build(root, tmp_path / "clean")
    (root / "people.yaml").unlink()
    build(root, content, root / "site")  # and the cache kept the name as the file writes it
    assert tree_bytes(root / "site") == clean_build(root, tmp_path / "clean-again")
    assert "Tên Chuẩn Mới" not in "".join(p.read_text(encoding="utf-8") for p in (root / "site").rglob("*.html"))


def test_a_damaged_cache_is_rebuilt_with_a_note_and_a_stale_one_silently(tmp_path):
    root = sample_project(tmp_path)
    run_cli("build", cwd=root, check=True)
    header = len(b"biennien load cache 5\n") + 2 * 32
    # One flipped byte in the bodies (written last), in the pickled entries, in the entries' length.
    for flipped in (-10, header + 8 + 20, header + 1):
        data = bytearray((root / CACHE_FILE).read_bytes())
        data[flipped] ^= 0xFF
        (root / CACHE_FILE).write_bytes(bytes(data))
        damaged = run_cli("build", cwd=root, check=True)
        assert f"note: {CACHE_FILE}: damaged (its contents do not match their digest); rebuilt" in damaged.stderr
        assert tree_bytes(root / "site") == clean_build(root, tmp_path / f"clean{flipped}")
        assert LoadCache.open(root).notice is None, "the build wrote a good cache again"

    stale = (root / CACHE_FILE).read_bytes()
    magic = len(b"biennien load cache 2\n")
    (root / CACHE_FILE).write_bytes(stale[:magic] + bytes(32) + stale[magic + 32:])  # another version's fingerprint
    again = run_cli("build", cwd=root, check=True)
    assert "cache" not in again.stderr
    assert tree_bytes(root / "site") == clean_build(root, tmp_path / "clean-2")

    (root / CACHE_FILE).write_bytes(b"not a cache at all")
    assert run_cli("build", cwd=root, check=True).returncode == 0
    assert tree_bytes(root / "site") == clean_build(root, tmp_path / "clean-3")


def test_jobs_change_nothing_but_speed_and_refuse_nonsense(tmp_path):
    root = sample_project(tmp_path)
    run_cli("build", "--jobs", "1", "--out", "one", cwd=root, check=True)
    run_cli("build", "-j", "2", "--out", "two", cwd=root, check=True)
    assert tree_bytes(root / "one") == tree_bytes(root / "two")
    wrong = run_cli("build", "--jobs", "0", cwd=root)
    assert wrong.returncode == 2
    assert "argument --jobs/-j: '0': give a whole number of cores, 1 or more" in wrong.stderr


def test_an_archive_big_enough_for_workers_builds_the_same_bytes_on_one_core_and_two(tmp_path):
    # On two cores workers render the pages (the parent some), and the bodies come back
    # packed from the cache: none of it shows in the output.
    content = tmp_path / "content" / "articles"
    people = ["Nguyễn Văn An", "Hoàng Thị Hà", "Vi Minh Sơn", "Lộc Văn Tâm", "Trần Thị Mai"]
    for index in range(PARALLEL_THRESHOLD + 40):
        day = f"{2016 + index % 6}-{1 + index % 12:02d}-{1 + index % 28:02d}"
        named = "".join(f"  - name: {people[(index + k) % 5]}\n    role: Chủ tịch UBND tỉnh\n" for k in range(1 + index % 3))
        write_files(content, {f"{day[:4]}/{day}-su-kien-{index}.md":
                              f"---\ntitle: Sự kiện số {index}\ndate: {day}\nparticipants:\n{named}---\n\nBài {index} về Lạng Sơn. " + "Đồng Đăng.\n"})
    run_cli("build", "--jobs", "1", "--out", "one", cwd=tmp_path, check=True)
    run_cli("build", "--jobs", "2", "--out", "two", cwd=tmp_path, check=True)  # (from the cache the first build wrote)
    shutil.rmtree(tmp_path / FOLDER)
    run_cli("build", "--jobs", "2", "--out", "fresh", cwd=tmp_path, check=True)
    one = tree_bytes(tmp_path / "one")
    assert sum(1 for path in one if path.startswith("nguoi/")) >= 5
    assert one == tree_bytes(tmp_path / "two") == tree_bytes(tmp_path / "fresh")


def test_a_rebuild_writes_only_the_pages_whose_bytes_changed(tmp_path):
    root = sample_project(tmp_path)
    content = root / "content" / "articles"
    build(root, content, root / "site")
    site = root / "site"
    before = {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}
    edited = sorted(content.rglob("*.md"))[2]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột câu thêm vào cuối bài.\n", encoding="utf-8")
    build(root, content, site)
    after = {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}
    rewritten = sorted(path for path in after if before.get(path) != after[path] and path != ".biennien")
    # The edited body shows on its event page and in its year's search piece, nowhere else.
    assert len(rewritten) == 2, rewritten
    assert rewritten[0].startswith("search/su-kien-") and rewritten[1].startswith("su-kien/")
    assert "Một câu thêm vào cuối bài." in (site / rewritten[1]).read_text(encoding="utf-8")
    assert tree_bytes(site) == clean_build(root, tmp_path / "clean")


def test_an_edit_in_the_moment_the_cache_was_written_is_seen_though_size_and_time_match(tmp_path):
    """Files whose size, time and inode are as when their digest was taken are not read
    again. One written in the same moment as the cache is, since its time cannot tell an
    edit made then from the version the cache saw (the 'racy' case of git's index)."""
    import os

    root = sample_project(tmp_path)
    content = root / "content" / "articles"
    article = sorted(content.rglob("*.md"))[0]
    text = article.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")  # its time is now
    build(root, content, root / "site")
    written = article.stat()
    changed = text.replace("title: ", "title: X", 1).replace("\n\n", "\n", 1)  # same length
    assert len(changed.encode("utf-8")) == len(text.encode("utf-8"))
    article.write_text(changed, encoding="utf-8")
    os.utime(article, ns=(written.st_atime_ns, written.st_mtime_ns))
    assert article.stat().st_ino == written.st_ino
    build(root, content, root / "site")
    assert tree_bytes(root / "site") == clean_build(root, tmp_path / "clean")


def test_a_build_pauses_the_garbage_collector_and_resumes_it_even_when_it_fails(tmp_path, monkeypatch):
    import gc

    import generator.site.build as site_build

    root = sample_project(tmp_path)
    seen = []
    real_plan = site_build.plan_site

    def plan_and_look(*args, **kwargs):
        seen.append(gc.isenabled())
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(site_build, "plan_site", plan_and_look)
    build(root, root / "content" / "articles", root / "site")
    assert seen == [False] and gc.isenabled()

    def broken(*args, **kwargs):
        raise RuntimeError("a build that fails halfway")

    monkeypatch.setattr(site_build, "plan_site", broken)
    try:
        build(root, root / "content" / "articles", root / "site")
    except RuntimeError:
        pass
    assert gc.isenabled()


def test_a_build_after_a_few_edits_writes_only_what_changed_beside_the_whole_cache(tmp_path):
    content = tmp_path / "content" / "articles"
    write_files(content, {f"2024/2024-{m:02d}-{n:02d}-bai-{n}.md": f"---\ntitle: Bài {n}\ndate: 2024-{m:02d}-{n:02d}\n---\n\nNội dung {n}.\n"
                          for m in (3, 4) for n in range(1, 29)})
    build(tmp_path, content, tmp_path / "site")
    whole = tmp_path / CACHE_FILE
    delta = tmp_path / FOLDER / "articles.delta.pickle"
    before = (whole.read_bytes(), whole.stat().st_ino)
    assert not delta.exists()

    (content / "2024" / "2024-03-05-bai-5.md").write_text("---\ntitle: Bài năm đã sửa\ndate: 2024-03-05\n---\n\nSửa.\n", encoding="utf-8")
    (content / "2024" / "2024-03-06-bai-6.md").unlink()
    build(tmp_path, content, tmp_path / "site")
    assert (whole.read_bytes(), whole.stat().st_ino) == before, "the whole cache is not written again"
    assert delta.is_file() and delta.stat().st_size < len(before[0]) / 5
    LoadCache._in_memory = {}  # as a new process reads it
    cache = LoadCache.open(tmp_path)
    for path in sorted(content.rglob("*.md")):
        assert cache.get(str(path), digest_of(path.read_bytes())), path
    assert not cache.knows(str(content / "2024" / "2024-03-06-bai-6.md"))
    assert tree_bytes(tmp_path / "site") == clean_build(tmp_path, tmp_path / "clean")

    # A damaged delta, or one written for another whole file, is no delta: the older whole
    # stands, and every entry is still checked against its article.
    for damage in (lambda data: data[:-5] + b"xxxxx", lambda data: data[:60] + bytes(32) + data[92:]):
        delta.write_bytes(damage(delta.read_bytes()))
        LoadCache._in_memory = {}
        cache = LoadCache.open(tmp_path)
        assert cache.get(str(content / "2024" / "2024-03-05-bai-5.md"),
                         digest_of((content / "2024" / "2024-03-05-bai-5.md").read_bytes())) is None
        assert cache.knows(str(content / "2024" / "2024-03-06-bai-6.md"))
        build(tmp_path, content, tmp_path / "site")
        assert tree_bytes(tmp_path / "site") == clean_build(tmp_path, tmp_path / "clean")


def test_compiled_templates_are_kept_between_runs_and_a_damaged_or_outdated_one_compiled_again(tmp_path, monkeypatch):
    import jinja2
    from jinja2.bccache import bc_magic

    from generator.site import render

    root = sample_project(tmp_path)
    content = root / "content" / "articles"
    build(root, content, root / "site")
    compiled = sorted((root / FOLDER / "templates").iterdir())
    assert compiled, "the first build keeps the templates' compiled code"

    # A new process (no environment in memory) compiles nothing: it reads the code back.
    compiles = []
    real_compile = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile", lambda self, *a, **k: compiles.append(a) or real_compile(self, *a, **k))
    render._environment.cache_clear()
    article = sorted(content.rglob("*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8").replace("title: ", "title: Sửa ", 1), encoding="utf-8")
    build(root, content, root / "site")
    assert compiles == []

    # Damaged entries (right header, garbage after it; or cut short) are compiled again, not trusted.
    for number, path in enumerate(compiled):
        path.write_bytes(bc_magic + b"\x80\x04garbage" if number % 2 else path.read_bytes()[:20])
    render._environment.cache_clear()
    article.write_text(article.read_text(encoding="utf-8").replace("title: ", "title: Lại ", 1), encoding="utf-8")
    report = build(root, content, root / "site")
    assert report.rendered and compiles
    assert tree_bytes(root / "site") == clean_build(root, tmp_path / "clean")

    # An edited project template is compiled again: its change shows on the next build.
    person = (ROOT / "templates" / "person.html").read_text(encoding="utf-8")
    write_files(root, {"templates/person.html": person.replace("{% block content %}", "{% block content %}<p>dấu mới</p>", 1)})
    run_cli("build", cwd=root, check=True)
    write_files(root, {"templates/person.html": person.replace("{% block content %}", "{% block content %}<p>dấu khác</p>", 1)})
    run_cli("build", cwd=root, check=True)
    pages = "".join(p.read_text(encoding="utf-8") for p in (root / "site").rglob("*.html"))
    assert "dấu khác" in pages and "dấu mới" not in pages
    assert tree_bytes(root / "site") == clean_build(root, tmp_path / "clean-2")


def test_bodies_kept_whole_or_compressed_build_the_same_site_and_mix_in_the_cache(tmp_path, monkeypatch):
    # Up to RAW_BODIES_UP_TO articles a build keeps its bodies uncompressed; above, as
    # before, compressed. The same bytes either way, and a cache of one kind read by a
    # build of the other (an archive growing past the line) builds the same site again.
    from generator.site import build as build_module

    root = sample_project(tmp_path)
    content = root / "content" / "articles"
    assert len(list(content.rglob("*.md"))) <= build_module.RAW_BODIES_UP_TO
    build(root, content, root / "whole", use_cache=True)
    cached = LoadCache.open(root)
    kinds = {bytes(loaded.body)[:1] in (b"\0", b"\1") for _, loaded in cached._stored.values()}  # (kept whole)
    whole = tree_bytes(root / "whole")
    monkeypatch.setattr(build_module, "RAW_BODIES_UP_TO", 0)
    assert clean_build(root, tmp_path / "compressed") == whole
    articles = sorted(content.rglob("*.md"))
    articles[0].write_text(articles[0].read_text(encoding="utf-8") + "\nMột đoạn nữa.\n", encoding="utf-8")
    build(root, content, root / "whole")  # (the edited body compressed, the rest whole, from the cache)
    assert tree_bytes(root / "whole") == clean_build(root, tmp_path / "again")
    assert kinds == {True}


def test_the_libraries_versions_are_those_importlib_metadata_gives_and_a_new_one_is_seen(tmp_path, monkeypatch):
    # The code's fingerprint reads them from the folders' names, not by importlib.metadata.
    import sys
    from importlib.metadata import version

    from generator.site.cache import _LIBRARIES, code_fingerprint, installed_versions

    asked = (*_LIBRARIES, "no-such-library")
    assert installed_versions(asked) == {**{library: version(library) for library in _LIBRARIES}, "no-such-library": None}
    before = code_fingerprint.__wrapped__()
    newer = tmp_path / "Jinja2-99.1.dist-info"
    newer.mkdir()
    (newer / "METADATA").write_text("Metadata-Version: 2.1\nName: Jinja2\nVersion: 99.1\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    assert installed_versions(asked)["jinja2"] == version("jinja2") == "99.1"
    assert code_fingerprint.__wrapped__() != before
