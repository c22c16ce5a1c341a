"""What a mistyped option or an odd file must never do: delete a project, lose an
article, or end in a traceback."""

from __future__ import annotations

import fcntl
import shutil

from support import ROOT, run_cli, write_files

SAMPLE = (ROOT / "content" / "sources" / "000_4d461cb83d408ace.txt").read_text(encoding="utf-8")
ARTICLE = "---\ntitle: Bài\ndate: 2019-10-04\n---\n\nNội dung.\n"


def test_build_refuses_an_output_folder_that_holds_the_project(tmp_path):
    write_files(tmp_path, {"content/a.md": ARTICLE, "notes.txt": "của tôi", "docs/readme.txt": "x"})
    cases = {
        ".": "the output folder would contain",
        "content": "the output folder would contain",
        "notes.txt": "is a file, not a folder; choose another --out",
        "docs": "is not empty and was not built by biennien",
    }
    for out, message in cases.items():
        result = run_cli("build", "--content", "content", "--out", out, cwd=tmp_path)
        assert result.returncode == 1 and message in result.stderr and "Traceback" not in result.stderr, out
    assert (tmp_path / "notes.txt").read_text() == "của tôi"
    assert (tmp_path / "content" / "a.md").exists() and (tmp_path / "docs" / "readme.txt").exists()
    run_cli("build", "--content", "content", "--out", "public", cwd=tmp_path, check=True)
    run_cli("build", "--content", "content", "--out", "public", cwd=tmp_path, check=True)  # its own site: replaced


def test_a_missing_content_folder_is_an_error_not_an_empty_site(tmp_path):
    shutil.copytree(ROOT / "content" / "articles", tmp_path / "content" / "articles")
    run_cli("build", cwd=tmp_path, check=True)
    for verb in ("build", "check"):
        result = run_cli(verb, "--content", "content/artciles", cwd=tmp_path)
        assert result.returncode == 1
        assert result.stderr.strip() == "error: content/artciles: no such folder; give the folder of Markdown articles with --content"
    assert len(list((tmp_path / "site" / "su-kien").iterdir())) == 5


def test_a_second_build_at_once_is_refused(tmp_path):
    write_files(tmp_path, {"content/articles/a.md": ARTICLE})
    with open(tmp_path / ".site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 1
    assert "another build is writing this site; wait for it to finish" in result.stderr
    run_cli("build", cwd=tmp_path, check=True)


def test_ingest_never_overwrites_a_hand_written_article(tmp_path):
    mine = "---\ntitle: Viết tay\ndate: 2019-10-04\n---\n\nBài tôi viết.\n"
    name = "out/2019/2019-10-04-quyet-tam-hoan-thanh-cac-nhiem-vu-muc-tieu-o-muc-cao-nhat.md"
    write_files(tmp_path, {"src/a.txt": SAMPLE, name: mine})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    assert (tmp_path / name).read_text(encoding="utf-8") == mine
    assert (tmp_path / name.replace(".md", "-2.md")).exists()


def test_odd_files_and_settings_get_one_line_errors(tmp_path):
    write_files(tmp_path, {"content/articles/a.md": ARTICLE, "site.yaml": b"\xff\xfetitle: x"})
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: site.yaml: cannot be read: not UTF-8; save it as UTF-8"
    (tmp_path / "site.yaml").write_text("title: A\ntitle: B\n", encoding="utf-8")
    assert run_cli("build", cwd=tmp_path).stderr.strip() == "error: site.yaml:2: title: given twice"
    (tmp_path / "site.yaml").unlink()
    ingest = run_cli("ingest", "content", "--out", "content/articles/a.md", cwd=tmp_path)
    assert ingest.returncode == 1 and ingest.stderr.strip() == "error: content/articles/a.md: is a file, not a folder; choose another --out"
    zipped = run_cli("zip", cwd=tmp_path, env={"SOURCE_DATE_EPOCH": "abc"})
    assert zipped.returncode == 1
    assert zipped.stderr.splitlines()[-1] == "error: SOURCE_DATE_EPOCH='abc': must be a whole number of seconds since 1970"


def test_a_markdown_file_with_a_bom_is_read(tmp_path):
    write_files(tmp_path, {"content/articles/a.md": "\ufeff" + ARTICLE})
    result = run_cli("build", cwd=tmp_path, check=True)
    assert "1 event" in result.stdout and "warning" not in result.stderr


def test_a_person_listed_twice_is_a_front_matter_problem(tmp_path):
    people = "participants:\n- {name: Lâm Thị Phương Thanh, role: Bí thư Tỉnh ủy}\n- {name: Lâm Thị Phương Thanh, role: Bí thư}\n"
    write_files(tmp_path, {"content/articles/a.md": f"---\ntitle: Bài\ndate: 2019-10-04\n{people}---\n\nx\n"})
    result = run_cli("build", "--strict", cwd=tmp_path)
    assert "error: content/articles/a.md:4: participants: entry 2 repeats Lâm Thị Phương Thanh; list each person once, with the role they held" in result.stderr


def test_the_built_site_is_readable_by_a_web_server(tmp_path):
    write_files(tmp_path, {"content/articles/a.md": ARTICLE})
    run_cli("build", cwd=tmp_path, check=True)
    assert (tmp_path / "site").stat().st_mode & 0o777 == 0o755


def test_odd_yaml_in_site_yaml_is_one_line_each(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcd", "bcde")
    ) + "base_url: *e\n"
    cases = {
        "title: !!int abc\n": "site.yaml:1: title: cannot be read (ValueError); write a plain value, without a '!!' tag",
        "base_url: &a [*a]\n": "site.yaml:1: refers to itself through an alias; write the value out without '*' aliases",
        "? [a]\n: 1\n": "site.yaml:1: a setting's name must be one word such as 'title'",
        bomb: "site.yaml:1: aliases repeat more than 10000 values; write the value out without '*' aliases",
    }
    write_files(tmp_path, {"content/articles/a.md": "---\ntitle: A\ndate: 2020-01-01\n---\n\nB.\n"})
    for text, line in cases.items():
        (tmp_path / "site.yaml").write_text(text, encoding="utf-8")
        result = run_cli("build", cwd=tmp_path)
        assert (result.returncode, result.stderr.strip()) == (1, f"error: {line}"), text
