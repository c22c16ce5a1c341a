"""One person, many spellings: people.yaml through the real build and check, and what
check suggests (with its exact messages), including the namesakes it must leave alone."""

from __future__ import annotations

import json
import re

from support import run_cli, write_files


def article(title: str, date: str, people: list[tuple[str, str]], body: str = "Nội dung sự kiện.", page_date: str | None = None) -> str:
    lines = "\n".join(f"  - {{name: {name}, role: {role}}}" for name, role in people)
    page = f"page_date: {page_date}\n" if page_date else ""
    return f"---\ntitle: {title}\ndate: {date}\n{page}participants:\n{lines}\n---\n\n{body}\n"


def archive(tmp_path, extra: dict[str, str] | None = None):
    files = {
        "content/articles/a.md": article("Hội nghị Tỉnh ủy", "2017-10-20", [("Trần Sỹ Thanh", "Bí thư Tỉnh ủy")]),
        "content/articles/b.md": article("Kỳ họp HĐND", "2018-03-02", [("Trần Sỹ Thanh", "Bí thư Tỉnh ủy")], "Kỳ họp thứ nhất."),
        "content/articles/c.md": article("Làm việc với Thành ủy", "2018-05-04", [("Trần Sĩ Thanh", "Bí thư Tỉnh ủy")], "Buổi làm việc."),
        **(extra or {}),
    }
    return write_files(tmp_path, files)


def test_check_suggests_the_i_y_spelling_as_a_ready_entry_and_build_merges_it(tmp_path):
    archive(tmp_path)
    result = run_cli("check", cwd=tmp_path, check=True)
    assert (
        "possible duplicate (i and y written two ways): Trần Sỹ Thanh (2 event(s), 2017–2018) and Trần Sĩ Thanh "
        "(1 event(s), 2018), sharing the role 'bi thu tinh uy'; if one person, add to people.yaml:\n"
        "  Trần Sỹ Thanh:\n    - Trần Sĩ Thanh"
    ) in result.stdout
    write_files(tmp_path, {"people.yaml": "Trần Sỹ Thanh:\n  - Trần Sĩ Thanh\n"})
    assert "possible duplicate" not in run_cli("check", cwd=tmp_path, check=True).stdout
    run_cli("build", cwd=tmp_path, check=True)
    people = sorted(p.name for p in (tmp_path / "site" / "nguoi").iterdir() if p.is_dir())
    assert people == ["tran-sy-thanh"]
    page = tmp_path / "site" / "nguoi" / "tran-sy-thanh" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert "Còn được viết: Trần Sĩ Thanh" in html and html.count('class="event"') == 3
    index = (tmp_path / "site" / "search" / "nguoi.js").read_text(encoding="utf-8")
    docs = json.loads(re.search(r"add\((.*)\);", index).group(1))["docs"]
    assert [(d["t"], d["p"], d["n"]) for d in docs] == [("Trần Sỹ Thanh", ["Trần Sĩ Thanh"], 3)]


def test_namesakes_with_other_roles_and_times_are_not_flagged(tmp_path):
    write_files(tmp_path, {
        "content/articles/a.md": article("Hội nghị ngành giáo dục", "2012-09-05", [("Nguyễn Thị Thủy", "Giám đốc Sở Giáo dục và Đào tạo")]),
        "content/articles/b.md": article("Hội nghị ngành y tế", "2023-04-11", [("Nguyễn Thị Thúy", "Phó Giám đốc Bệnh viện Đa khoa tỉnh")], "Khác."),
        "content/articles/c.md": article("Kỳ họp thứ hai", "2019-06-01", [("Hoàng Văn Nghiệm", "Chủ tịch HĐND tỉnh")], "Khác nữa."),
        "content/articles/d.md": article("Kỳ họp thứ ba", "2019-12-01", [("Hoàng Nghiệm", "Chủ tịch HĐND tỉnh")], "Một nội dung khác."),
    })
    out = run_cli("check", cwd=tmp_path, check=True).stdout
    assert "Thủy" not in out and "Thúy" not in out, "different roles, years apart: two people"
    assert (
        "possible duplicate (a middle name missing): Hoàng Nghiệm (1 event(s), 2019) and Hoàng Văn Nghiệm (1 event(s), 2019), "
        "sharing the role 'chu tich hdnd tinh'; if one person, add to people.yaml:\n  Hoàng Nghiệm:\n    - Hoàng Văn Nghiệm"
    ) in out


def test_other_tone_marks_and_a_name_seen_once_beside_a_name_seen_often(tmp_path):
    files = {
        f"content/articles/{i}.md": article(f"Phiên họp số {i}", f"2021-0{i}-10", [("Phạm Ngọc Thưởng", "Chủ tịch UBND tỉnh")], f"Phiên họp thứ {i} bàn về nội dung riêng số {i}.")
        for i in range(1, 4)
    }
    files["content/articles/4.md"] = article("Phiên họp bất thường", "2021-05-10", [("Phạm Ngọc Thương", "Chủ tịch UBND tỉnh")], "Một nội dung khác hẳn.")
    files["content/articles/5.md"] = article("Hội nghị ngành", "2021-06-10", [("Phạm Ngọc Thưởngg", "Giám đốc Sở Y tế")], "Thêm một bài.")
    write_files(tmp_path, files)
    out = run_cli("check", cwd=tmp_path, check=True).stdout
    assert (
        "possible duplicate (the same letters with other tone marks): Phạm Ngọc Thưởng (3 event(s), 2021) and Phạm Ngọc Thương "
        "(1 event(s), 2021), sharing the role 'chu tich ubnd tinh'; if one person, add to people.yaml:\n"
        "  Phạm Ngọc Thưởng:\n    - Phạm Ngọc Thương"
    ) in out
    assert (
        "possible duplicate (seen once, a letter away from a name seen often): Phạm Ngọc Thưởng (3 event(s), 2021) and "
        "Phạm Ngọc Thưởngg (1 event(s), 2021); if one person, add to people.yaml:\n  Phạm Ngọc Thưởng:\n    - Phạm Ngọc Thưởngg"
    ) in out


def test_check_finds_an_article_twice_and_dates_to_look_at(tmp_path):
    archive(tmp_path, {
        "content/articles/copy.md": article("Hội nghị Tỉnh ủy (bản sao)", "2017-10-21", [("Trần Sỹ Thanh", "Bí thư Tỉnh ủy")], "Nội  dung sự kiện."),
        "content/articles/late.md": article("Sự kiện báo trước", "2020-05-09", [], "Một bài khác hẳn.", page_date="2020-05-01"),
        "content/articles/future.md": article("Sự kiện sắp tới", "2999-01-01", [], "Bài báo về tương lai."),
    })
    out = run_cli("check", cwd=tmp_path, check=True).stdout
    assert "content/articles/copy.md: the same article as content/articles/a.md; delete one (ingest writes the same text once)" in out
    assert ("content/articles/late.md: date 2020-05-09 is after its page_date 2020-05-01; an event is reported after it "
            "happens: correct one of them") in out
    assert "content/articles/future.md: date 2999-01-01 is in the future; correct it, or keep it if the event is announced" in out
    # The texts' shingles are check's own cache (a build does not need them): read back
    # on the next run, and made again when the file is damaged.
    shingles = tmp_path / ".cache" / "biennien" / "shingles.pickle"
    assert shingles.is_file()
    assert run_cli("check", cwd=tmp_path, check=True).stdout == out
    shingles.write_bytes(shingles.read_bytes()[:-20])
    assert run_cli("check", cwd=tmp_path, check=True).stdout == out
    shingles.unlink()
    run_cli("build", cwd=tmp_path, check=True)
    assert not shingles.exists()


def test_a_near_identical_copy_under_another_header_and_byline_is_found(tmp_path):
    text = " ".join(f"Câu thứ {i} của bài viết về kỳ họp HĐND tỉnh, với các nội dung được thảo luận." for i in range(40))
    write_files(tmp_path, {
        "content/articles/2019/goc.md": article("Kỳ họp HĐND tỉnh", "2019-07-10", [], text + "\n\nPHÙNG KHIÊM"),
        "content/articles/2019/ban-sao.md": article("Bế mạc kỳ họp", "2019-07-11", [], "LSO-" + text + "\n\nTheo Báo Lạng Sơn"),
        "content/articles/2019/khac.md": article("Một bài khác", "2019-07-12", [], text.replace("kỳ họp", "hội nghị").replace("Câu", "Đoạn")),
    })
    out = run_cli("check", cwd=tmp_path, check=True).stdout
    assert "content/articles/2019/goc.md: the same article as content/articles/2019/ban-sao.md" in out
    assert "khac.md: the same article" not in out


def test_two_reports_that_open_with_the_same_stock_paragraph_are_two_articles(tmp_path):
    # The genre's boilerplate: the same opening (who met, who chaired) over a hundred
    # words, then each report its own; a window of the first 120 words took them for one.
    opening = " ".join(f"Câu mở đầu số {i}: Ban Thường vụ Tỉnh ủy tổ chức hội nghị thường kỳ." for i in range(12))
    first = opening + " " + " ".join(f"Huyện Lộc Bình báo cáo chỉ tiêu thứ {i} về nông thôn mới." for i in range(40))
    second = opening + " " + " ".join(f"Thành phố nêu kiến nghị số {i} về giải phóng mặt bằng dự án." for i in range(40))
    write_files(tmp_path, {
        "content/articles/2019/a.md": article("Hội nghị tháng Bảy", "2019-07-10", [], first),
        "content/articles/2019/b.md": article("Hội nghị tháng Tám", "2019-08-10", [], second),
    })
    out = run_cli("check", cwd=tmp_path, check=True).stdout
    assert "the same article" not in out


def test_errors_of_people_yaml_are_one_line_each_with_file_and_line(tmp_path):
    archive(tmp_path, {"people.yaml": (
        "Trần Sỹ Thanh:\n  - Trần Sĩ Thanh\n"
        "Lâm Thị Phương Thanh:\n  - Trần Sĩ Thanh\n"
        "A Văn B:\n  - C Văn D\n"
        "C Văn D:\n  - A Văn B\n"
        "Phạm Ngọc Thưởng: Phạm Thưởng\n"
    )})
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 1
    people = tmp_path / "people.yaml"
    assert result.stderr.strip().splitlines() == [
        f"error: {people.name}:4: Trần Sĩ Thanh: given to two people, Trần Sỹ Thanh (line 2) and Lâm Thị Phương Thanh",
        f"error: {people.name}:9: Phạm Ngọc Thưởng: must be a list of other spellings, such as [Phạm Ngọc Thưởng …]",
        f"error: {people.name}:6: C Văn D: is a person of its own (line 7) and a spelling of A Văn B; keep one",
        f"error: {people.name}:8: A Văn B: is a person of its own (line 5) and a spelling of C Văn D; keep one",
    ]
    assert not (tmp_path / "site").exists()
