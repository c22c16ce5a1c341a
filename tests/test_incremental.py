"""Incremental builds: after an edit, a build renders only the pages whose key changed
(keys.py) and replaces them in the site in place; whatever the edit, the site is
byte-identical to a clean build of the same input, and a page whose bytes did not change
keeps its file (same inode)."""

from __future__ import annotations

import shutil

from generator.site.build import IN_PLACE_LIMIT, build
from generator.site.cache import FOLDER
from sitecheck import tree_bytes
from support import ROOT, run_cli, write_files

PEOPLE = ["Hoàng Văn An", "Lý Thị Bình", "Vi Văn Cường", "Nông Thị Dung", "Lương Văn Em", "Triệu Thị Gấm"]
ROLES = ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Giám đốc Sở Y tế"]


def article(number: int, *, title: str | None = None, day: str | None = None, people=None, body: str = "") -> str:
    people = people if people is not None else [PEOPLE[number % 6], PEOPLE[(number + 2) % 6]]
    listed = "".join(f"- name: {name}\n  role: {ROLES[(number + i) % 4]}\n" for i, name in enumerate(people))
    return (f"---\ntitle: {title or f'Sự kiện số {number}'}\ndate: {day or f'2021-{1 + number % 12:02d}-{1 + number % 27:02d}'}\n"
            f"participants:\n{listed}---\n\nNội dung của bài {number}. {body}\n")


def project(tmp_path, count: int = 40):
    write_files(tmp_path, {f"content/articles/bai-{n:02d}.md": article(n) for n in range(count)})
    write_files(tmp_path, {"site.yaml": "title: Biên niên thử\nbase_url: https://example.org/bn/\n"})
    return tmp_path


def rebuild(root):
    """An incremental build, then a clean one of the same input elsewhere: (report, equal)."""
    report = build(root, root / "content" / "articles", root / "site")
    clean = root.parent / f"{root.name}-clean"
    shutil.rmtree(clean, ignore_errors=True)
    build(root, root / "content" / "articles", clean, use_cache=False)
    return report, tree_bytes(root / "site") == tree_bytes(clean)


def inodes(site):
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def test_every_kind_of_edit_gives_the_clean_build_rendering_only_what_it_touches(tmp_path):
    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    first = build(root, content, root / "site")
    total = sum(first.pages.values())
    assert first.rendered == total

    steps = [
        ("nothing", lambda: None, 0),
        ("a body", lambda: write_files(content, {"bai-05.md": article(5, body="Câu mới thêm.")}), 3),
        ("a title (the neighbours show it)", lambda: write_files(content, {"bai-07.md": article(7, title="Tên mới hẳn")}), 12),
        ("a participant's role", lambda: write_files(content, {"bai-08.md": article(8).replace(ROLES[0], "Trưởng Ban Dân vận Tỉnh ủy", 1)}), 14),
        ("an article added", lambda: write_files(content, {"bai-99.md": article(99, people=["Đinh Văn Mới"])}), None),
        ("an article deleted", lambda: (content / "bai-03.md").unlink(), None),
        ("an article renamed", lambda: (content / "bai-04.md").rename(content / "bai-doi-ten.md"), None),
        ("a date moved to another year", lambda: write_files(content, {"bai-09.md": article(9, day="2019-05-05")}), None),
        ("a person renamed in people.yaml", lambda: write_files(root, {"people.yaml": "Hoàng Văn Ân:\n  - Hoàng Văn An\n"}), None),
        ("the rename undone", lambda: (root / "people.yaml").unlink(), None),
        ("one template", lambda: write_files(root, {"templates/person.html": (ROOT / "templates" / "person.html").read_text(
            encoding="utf-8").replace("<h1>", '<h1 class="ten">')}), None),
        ("site.yaml", lambda: write_files(root, {"site.yaml": "title: Tên khác\nbase_url: https://example.org/bn/\n"}), None),
    ]
    for what, change, at_most in steps:
        change()
        report, same = rebuild(root)
        assert same, f"after {what}, the site differs from a clean build"
        if at_most is not None:
            assert report.rendered <= at_most, f"{what}: {report.rendered} pages rendered"
        if what == "one template":
            people_pages = report.pages["person"]
            assert report.rendered == people_pages, "a person-page template renders the person pages, nothing else"
        if what == "site.yaml":
            assert report.rendered == sum(report.pages.values()), "site.yaml is on every page"


def test_an_edit_leaves_every_other_file_as_it_was(tmp_path):
    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    build(root, content, root / "site")
    before = inodes(root / "site")
    write_files(content, {"bai-05.md": article(5, body="Một câu thêm.")})
    report = build(root, content, root / "site")
    after = inodes(root / "site")
    changed = sorted(path for path in after if before.get(path) != after[path])
    assert report.rendered == 3  # its page, its year's search piece, the feed (it shows bodies)
    assert len(changed) == 3 and any(path.startswith("su-kien/") for path in changed), changed
    assert set(before) == set(after)


def test_an_article_added_or_removed_leaves_the_other_years_pages_as_they_were(tmp_path):
    # The daily case: an article added to this year (or one taken away) must not render,
    # nor make a deploy upload again, the page of every other year.
    root = tmp_path / "p"
    write_files(root, {f"content/articles/bai-{n:02d}.md": article(n, day=f"{2018 + n % 4}-03-{1 + n:02d}")
                       for n in range(12)})
    content = root / "content" / "articles"
    build(root, content, root / "site")
    years = ["nam/2018/index.html", "nam/2019/index.html", "nam/2020/index.html"]
    before = inodes(root / "site")
    write_files(content, {"bai-moi.md": article(50, day="2021-04-02")})
    report, same = rebuild(root)
    after = inodes(root / "site")
    assert same
    assert [after[year] for year in years] == [before[year] for year in years]
    assert before["nam/2021/index.html"] != after["nam/2021/index.html"] and before["index.html"] != after["index.html"]
    (content / "bai-moi.md").unlink()
    report, same = rebuild(root)
    assert same and [inodes(root / "site")[year] for year in years] == [before[year] for year in years]
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert '2021 <span class="count">(3)</span>' in home  # (the home page still counts each year)


def test_files_left_in_the_site_by_hand_are_put_right(tmp_path):
    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    build(root, content, root / "site")
    site = root / "site"
    home = (site / "index.html").read_bytes()
    (site / "index.html").write_text("sửa tay")
    write_files(site, {"la.html": "không phải của bản dựng", "thu-muc-la/a.txt": "x", "su-kien/lac/index.html": "y"})
    report, same = rebuild(root)
    assert same and (site / "index.html").read_bytes() == home
    assert report.rendered == 1, "only the page changed by hand is rendered again"


def test_files_left_by_hand_after_one_edit_builds_are_found_by_the_next(tmp_path):
    # A one-edit build records the folders it found unchanged with their recorded times
    # (it does not look at them again): the next build must still see what came since.
    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    build(root, content, root / "site")
    write_files(content, {"bai-05.md": article(5, body="Câu một.")})
    assert build(root, content, root / "site").rendered == 3
    site = root / "site"
    write_files(site, {"su-kien/bai-06/la.html": "tay", "nguoi/la.txt": "x"})
    write_files(content, {"bai-07.md": article(7, body="Câu hai.")})
    report, same = rebuild(root)
    assert same and report.rendered == 3
    assert not (site / "su-kien" / "bai-06" / "la.html").exists() and not (site / "nguoi" / "la.txt").exists()


def test_a_damaged_record_or_site_means_a_whole_build(tmp_path):
    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    build(root, content, root / "site")
    records = list((root / FOLDER).glob("pages-*.pickle"))
    assert len(records) == 1
    records[0].write_bytes(b"biennien pages 3\n" + b"garbage")
    write_files(content, {"bai-01.md": article(1, body="x")})
    report, same = rebuild(root)
    assert same and report.rendered == sum(report.pages.values())
    shutil.rmtree(root / "site" / "nguoi")
    report, same = rebuild(root)
    assert same and 0 < report.rendered < sum(report.pages.values())


def test_a_project_template_that_reads_the_whole_archive_is_rendered_on_every_change(tmp_path):
    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    event = (ROOT / "templates" / "event.html").read_text(encoding="utf-8")
    write_files(root, {"templates/event.html": event.replace(
        "<h1>", '<p class="count">{{ archive.events | length }} sự kiện</p>\n<h1>')})
    build(root, content, root / "site")
    write_files(content, {"bai-99.md": article(99)})
    report, same = rebuild(root)
    assert same
    assert report.rendered >= report.pages["event"]
    assert "41 sự kiện" in (root / "site" / "su-kien" / "bai-00" / "index.html").read_text(encoding="utf-8")


def test_a_copy_of_the_theme_changed_in_one_file_keeps_one_edit_builds_for_the_others(tmp_path):
    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    shutil.copytree(ROOT / "templates", root / "templates")  # "ejected" to change the footer only
    footer = root / "templates" / "people.html"
    footer.write_text(footer.read_text(encoding="utf-8").replace("</h1>", "</h1><p>Lưu trữ</p>", 1), encoding="utf-8")
    build(root, content, root / "site")
    write_files(content, {"bai-05.md": article(5, body="Câu mới thêm.")})
    report, same = rebuild(root)
    assert same
    assert report.rendered <= 4  # the event page, the search pieces, and the one changed template's page
    # A copy that reads the archive is still rendered on every change.
    event = root / "templates" / "event.html"
    event.write_text(event.read_text(encoding="utf-8").replace("<h1>", "<p>{{ archive.events | length }}</p><h1>", 1), encoding="utf-8")
    build(root, content, root / "site")
    write_files(content, {"bai-06.md": article(6, body="Câu khác.")})
    report, same = rebuild(root)
    assert same and report.rendered >= report.pages["event"]


def test_a_template_error_after_an_edit_leaves_the_site_as_it_was(tmp_path):
    root = project(tmp_path / "p")
    build(root, root / "content" / "articles", root / "site")
    before = tree_bytes(root / "site")
    write_files(root, {"templates/person.html": "{% extends 'base.html' %}{% block content %}{{ person.nothing.at_all }}{% endblock %}"})
    failed = run_cli("build", cwd=root)
    assert failed.returncode == 1 and "person.html" in failed.stderr
    assert tree_bytes(root / "site") == before


def test_many_changed_pages_stage_a_whole_site(tmp_path, monkeypatch):
    from generator.site import build as build_module

    root = project(tmp_path / "p")
    build(root, root / "content" / "articles", root / "site")
    monkeypatch.setattr(build_module, "IN_PLACE_LIMIT", 2)
    site_before = (root / "site").stat().st_ino
    write_files(root / "content" / "articles", {"bai-07.md": article(7, title="Tên mới")})
    report, same = rebuild(root)
    assert same and report.rendered == sum(report.pages.values())
    assert (root / "site").stat().st_ino != site_before, "a new folder was swapped in"
    assert IN_PLACE_LIMIT >= 1000


def test_a_project_template_reaching_past_the_neighbours_is_rendered_on_every_change(tmp_path):
    """A project's template may show anything its context reaches: here, on each event
    page, the date of the next event's next event."""
    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    event = (ROOT / "templates" / "event.html").read_text(encoding="utf-8")
    write_files(root, {"templates/event.html": event.replace(
        "<h1>", '{% if event.next and event.next.next %}<p class="sau-nua">{{ event.next.next.date | isodate }}</p>{% endif %}\n<h1>')})
    build(root, content, root / "site")
    write_files(content, {"bai-20.md": article(20, day="2021-02-15")})
    report, same = rebuild(root)
    assert same and report.rendered >= report.pages["event"]


def test_an_asset_that_turns_from_a_file_into_a_folder_and_back(tmp_path):
    root = project(tmp_path / "p")
    write_files(root, {"assets/img": "một tệp"})
    build(root, root / "content" / "articles", root / "site")
    (root / "assets" / "img").unlink()
    write_files(root, {"assets/img/a.svg": "<svg/>"})
    assert rebuild(root)[1]
    shutil.rmtree(root / "assets" / "img")
    write_files(root, {"assets/img": "lại là tệp"})
    assert rebuild(root)[1]


def test_a_file_system_without_hard_links(tmp_path, monkeypatch):
    import os

    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    root = project(tmp_path / "p")
    content = root / "content" / "articles"
    monkeypatch.setattr(os, "link", no_links)
    build(root, content, root / "site")
    for number in (3, 4):
        write_files(content, {f"bai-{number:02d}.md": article(number, title=f"Tên mới {number}")})
        report, same = rebuild(root)
        assert same and report.rendered < sum(report.pages.values())
