"""`ingest` as a maintainer uses it: re-runs, hand edits, duplicates, bad input."""

from __future__ import annotations

import codecs
import shutil
import unicodedata

from support import ROOT, run_cli, write_files
from helpers import ingested_by_source

SAMPLE = (ROOT / "content" / "sources" / "000_4d461cb83d408ace.txt").read_text(encoding="utf-8")
OTHER = (ROOT / "content" / "sources" / "002_5efaea7a2d732030.txt").read_text(encoding="utf-8")


def _md_files(folder):
    return sorted(folder.rglob("*.md"))


def test_reingest_keeps_a_hand_edit_and_says_so(tmp_path):
    write_files(tmp_path, {"src/a.txt": SAMPLE, "src/b.txt": OTHER})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    edited = next(p for p in _md_files(tmp_path / "out") if "quyet-tam" in p.name)
    fixed = edited.read_text(encoding="utf-8").replace("byline: Trí Dũng", "byline: Trí Dũng (sửa tay)")
    edited.write_text(fixed, encoding="utf-8")

    again = run_cli("ingest", "src", "--out", "out", cwd=tmp_path)
    assert again.returncode == 0
    assert edited.read_text(encoding="utf-8") == fixed
    assert f"kept out/2019/{edited.name}: edited by hand since ingest wrote it (use --force to overwrite)" in again.stdout
    assert "0 written, 2 skipped (1 unchanged, 1 edited by hand, 0 duplicates), 0 failed" in again.stdout

    forced = run_cli("ingest", "src", "--out", "out", "--force", cwd=tmp_path, check=True)
    assert "byline: Trí Dũng\n" in edited.read_text(encoding="utf-8")
    assert "1 written" in forced.stdout


def test_a_hand_fixed_date_survives_a_renamed_file(tmp_path):
    write_files(tmp_path, {"src/a.txt": SAMPLE})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    [written] = _md_files(tmp_path / "out")
    moved = written.parent / "renamed-by-hand.md"
    moved.write_text(written.read_text(encoding="utf-8").replace("date: 2019-10-04", "date: 2019-10-05"), encoding="utf-8")
    written.unlink()
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    assert _md_files(tmp_path / "out") == [moved], "no second copy of the article"


def test_the_same_article_twice_is_written_once(tmp_path):
    write_files(tmp_path, {"src/a.txt": SAMPLE, "src/copy/a-again.txt": SAMPLE.replace("\n\n", "\n\n\n")})
    result = run_cli("ingest", "src", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0
    assert len(_md_files(tmp_path / "out")) == 1
    assert "skipped src/copy/a-again.txt: the same article as src/a.txt" in result.stdout


def test_bad_inputs_are_named_and_the_rest_still_ingested(tmp_path):
    write_files(tmp_path, {
        "src/0_good.txt": SAMPLE,
        "src/1_empty.txt": "",
        "src/2_blank.txt": "\n  \n\t\n",
        "src/3_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "src/4_latin1.txt": "Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade.\n".encode("latin-1") * 3,
        "src/5_huge.txt": "Sáng 4/10/2019, hội nghị. " * 300_000,
        "src/9_good.txt": OTHER,
    })
    result = run_cli("ingest", "src", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    errors = result.stderr.splitlines()
    assert "error: src/1_empty.txt: is empty; remove it or put the article's text in it" in errors
    assert "error: src/2_blank.txt: is empty; remove it or put the article's text in it" in errors
    assert "error: src/3_binary.txt: is a binary file, not a text or HTML article; remove it from the sources" in errors
    assert "error: src/4_latin1.txt: line 1: not UTF-8, and not Vietnamese in windows-1258, TCVN3 or VNI either; re-save the file as UTF-8" in errors
    assert any(e.startswith("error: src/5_huge.txt: 8.9 MB is too large") and "too large for one article (the limit is 4 MB)" in e for e in errors)
    assert "Traceback" not in result.stderr
    assert len(_md_files(tmp_path / "out")) == 2
    assert "2 written, 0 skipped (0 unchanged, 0 edited by hand, 0 duplicates), 5 failed" in result.stdout


def _cp1258_bytes(text: str) -> bytes:
    """windows-1258 as legacy editors wrote it: precomposed â/ơ/ư…, tone marks combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in tones)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tone)
    return "".join(out).replace("–", "-").encode("cp1258")


def test_legacy_encodings_are_decoded(tmp_path):
    write_files(tmp_path, {
        "src/cp1258.txt": _cp1258_bytes(SAMPLE),
        "src/utf16.txt": codecs.BOM_UTF16_LE + OTHER.encode("utf-16-le"),
    })
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    articles = ingested_by_source(tmp_path / "out")
    assert articles["cp1258.txt"]["byline"] == "Trí Dũng"
    assert articles["cp1258.txt"]["participants"][0]["name"] == "Lâm Thị Phương Thanh"
    assert articles["utf16.txt"]["title"] == "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Lạng Sơn"


def test_nfd_input_comes_out_nfc(tmp_path):
    write_files(tmp_path, {"src/nfd.txt": unicodedata.normalize("NFD", SAMPLE)})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    [path] = _md_files(tmp_path / "out")
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "name: Lâm Thị Phương Thanh" in text


def test_no_date_found_is_written_for_review_not_guessed(tmp_path):
    write_files(tmp_path, {"src/undated.txt": "Nông dân Lạng Sơn trồng hồi\n\nNhiều hộ dân ở huyện Văn Quan đã mở rộng diện tích trồng hồi, mang lại thu nhập ổn định cho gia đình và góp phần giữ rừng đầu nguồn.\n"})
    result = run_cli("ingest", "src", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0
    [path] = _md_files(tmp_path / "out")
    assert path.parent.name == "undated"
    text = path.read_text(encoding="utf-8")
    assert "\ndate: null\n" in text and "review:\n- date\n" in text
    assert f"out/undated/{path.name}: date" in result.stdout


def test_missing_source_and_wrong_kind_of_file(tmp_path):
    write_files(tmp_path, {"notes.pdf": b"%PDF-1.4"})
    result = run_cli("ingest", "nowhere", "notes.pdf", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert "error: nowhere: no such file or folder" in result.stderr
    assert "error: notes.pdf: not a .txt or .html article; give text or HTML files, or a folder of them" in result.stderr


def test_help_for_every_verb():
    result = run_cli("--help", check=True)
    assert "ingest" in result.stdout
    assert run_cli("ingest", "--help", check=True).stdout.startswith("usage: biennien ingest")
    bad = run_cli("frobnicate")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_slugs_are_ascii_and_unique(tmp_path):
    twin = SAMPLE.replace("Sáng 4/10/2019", "Sáng 4/10/2019, lần hai")  # same title and date, other text
    write_files(tmp_path, {"src/a.txt": SAMPLE, "src/b.txt": twin})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    names = [p.name for p in _md_files(tmp_path / "out")]
    assert names == [
        "2019-10-04-quyet-tam-hoan-thanh-cac-nhiem-vu-muc-tieu-o-muc-cao-nhat-2.md",
        "2019-10-04-quyet-tam-hoan-thanh-cac-nhiem-vu-muc-tieu-o-muc-cao-nhat.md",
    ]
    assert all(name.isascii() for name in names)


def test_ingest_output_is_deterministic(tmp_path):
    for run in ("one", "two"):
        shutil.copytree(ROOT / "content" / "sources", tmp_path / run / "src")
        run_cli("ingest", "src", "--out", "out", cwd=tmp_path / run, check=True)
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in _md_files(tmp_path / "one" / "out")}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in _md_files(tmp_path / "two" / "out")}
    assert one == two and len(one) == 5


def test_html_pages_keep_the_article_and_drop_the_site(tmp_path):
    from support import FIXTURES

    run_cli("ingest", str(FIXTURES / "html"), "--out", "out", cwd=tmp_path, check=True)
    bodies = {name: article["body"] for name, article in ingested_by_source(tmp_path / "out").items()}
    assert len(bodies) == 3
    everything = "\n".join(bodies.values())
    for site_text in ("Lượt xem", "Chia sẻ", "Tin liên quan", "Quảng cáo", "Xem nhiều", "bình luận", "Bình luận",
                      "Hoàng Văn Lâm", "Bế Thị Nhung", "document.write", "Trời nhiều mây", "Facebook", "Zalo"):
        assert site_text not in everything, site_text
    assert "Chiều 2/3/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh" in bodies["01_baolangson.html"]
    assert bodies["02_portal.html"].lstrip().startswith("Sáng 15/5, UBND tỉnh tổ chức Hội nghị đối thoại")


PROVINCE_ARTICLE = """Thứ Hai, 04/03/2024 - 09:15

Mèo Vạc tổ chức lễ hội

Sáng 3/3, tại xã Pả Vi, huyện Mèo Vạc, UBND huyện tổ chức lễ hội văn hóa các dân tộc năm 2024. Dự lễ có Chủ lễ Tráng Seo Dế cùng đông đảo nhân dân.

Ông Nguyễn Văn Bình cho biết lễ hội năm nay thu hút hơn 5.000 lượt khách.
"""


def test_a_project_vocabulary_teaches_ingest_its_own_names_and_roles(tmp_path):
    write_files(tmp_path, {"src/a.txt": PROVINCE_ARTICLE})
    without = run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    text = next((tmp_path / "out").rglob("*.md")).read_text(encoding="utf-8")
    assert "Tráng Seo Dế" not in text.split("---")[1]
    # The names no rule could place are listed, and participants wait for review.
    assert "participants (named without a role: Nguyễn Văn Bình)" in without.stdout

    write_files(tmp_path, {"vocabulary.yaml": "family_names: [Tráng]\nrole_heads: [chủ lễ]\n"})
    run_cli("ingest", "src", "--out", "out2", cwd=tmp_path, check=True)
    front = next((tmp_path / "out2").rglob("*.md")).read_text(encoding="utf-8").split("---")[1]
    assert "- name: Tráng Seo Dế\n  role: Chủ lễ" in front


def test_a_bad_vocabulary_file_is_one_line_naming_file_and_line(tmp_path):
    write_files(tmp_path, {"src/a.txt": PROVINCE_ARTICLE, "vocabulary.yaml": "family_names: [Giàng]\nsurnames: [Thào]\n"})
    result = run_cli("ingest", "src", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: " + str((tmp_path / "vocabulary.yaml").resolve()) + ":2: surnames: unknown key; the keys are: family_names, "
        "not_name_starts, places, role_heads, role_prefixes, ranks, admin_units, organisation_words, word_pairs, "
        "role_qualifiers, role_enders, people_named_like_places, foreign_body_words, outlet_prefixes",
    ]
    assert not (tmp_path / "out").exists()


# A page of another site generator, as a maintainer moving an archive brings it: YAML fields
# above the Markdown (with the theme's HTML for a photo), the author signing with his post.
GENERATOR_PAGE = """---
title: Trung đoàn Cảnh sát cơ động Trung bộ tổng kết năm
subtitle: Mười năm xây dựng và trưởng thành
date: 2024-07-26
author: Đại tá Đỗ Ngọc Anh - Trung đoàn trưởng E28
tags: [cand, "cơ động"]
---

Sáng 25/7, tại Đà Nẵng, Trung đoàn Cảnh sát cơ động Trung bộ tổ chức lễ kỷ niệm 10 năm ngày thành lập.

<div style="display: flex; justify-content: center">
  <img src="/images/le.png" alt="ảnh">
</div>
<p style="text-align: right; font-style: italic">Cán bộ chiến sỹ dự lễ kỷ niệm.</p>

Trung tướng Nguyễn Văn Long, Thứ trưởng Bộ Công an, dự và phát biểu chỉ đạo.
"""


def test_another_site_generators_page_is_read_by_its_fields(tmp_path):
    write_files(tmp_path, {"src/trung-doan.txt": GENERATOR_PAGE})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    article = ingested_by_source(tmp_path / "out")["trung-doan.txt"]
    assert article["title"] == "Trung đoàn Cảnh sát cơ động Trung bộ tổng kết năm"
    assert (article["page_date"], article["date"]) == ("2024-07-26", "2024-07-25")
    assert article["byline"] == "Đỗ Ngọc Anh"
    assert {(p["name"], p["role"]) for p in article["participants"]} == {
        ("Đỗ Ngọc Anh", "Đại tá, Trung đoàn trưởng E28"), ("Nguyễn Văn Long", "Trung tướng, Thứ trưởng Bộ Công an")}
    body = (tmp_path / "out").rglob("*.md").__next__().read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "<div" not in body and "<p" not in body and "Cán bộ chiến sỹ dự lễ kỷ niệm." in body
    assert "tags:" not in body and "subtitle" not in body
    # (saved on Windows, its title decomposed: the same page)
    import unicodedata as ud
    write_files(tmp_path, {"src2/trung-doan.txt": ud.normalize("NFD", GENERATOR_PAGE).replace("\n", "\r\n")})
    run_cli("ingest", "src2", "--out", "out2", cwd=tmp_path, check=True)
    assert ingested_by_source(tmp_path / "out2")["trung-doan.txt"]["title"] == article["title"]


def test_a_site_generators_page_whose_author_is_the_sites_address_is_signed_by_its_text(tmp_path):
    # Round177-c (a Jekyll site reposting news): "author: tuongmai.com" is the site, and the
    # post's own last lines name who wrote it and where it was first printed.
    page = ("---\nlayout: post\ntitle: Ngày đầu vận hành chính quyền hai cấp\ndate: 2025-07-01 00:00:01\n"
            "author: tuongmai.com\n---\n\nSáng 1/7, UBND phường Tương Mai chính thức đi vào hoạt động theo mô hình mới "
            "với sự tham dự của bà Đào Thị Thu Hằng, Chủ tịch UBND phường.\n\n"
            "Người dân đến làm thủ tục được hướng dẫn tận tình.\n\n*Nguồn: https://kinhtedothi.vn/bai-viet-754085.html*\n")
    write_files(tmp_path, {"src/tuong-mai.txt": page})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    article = ingested_by_source(tmp_path / "out")["tuong-mai.txt"]
    assert article.get("byline") is None
    assert "kinhtedothi" in (article.get("source") or "").lower().replace(" ", "")



def test_fields_that_name_no_title_are_no_site_generators_page():
    from generator.ingest.markdown_source import front_matter

    assert front_matter(GENERATOR_PAGE).author == "Đại tá Đỗ Ngọc Anh - Trung đoàn trưởng E28"
    assert front_matter("---\nlayout: post\n---\nTiêu đề\n\nThân bài.\n") is None  # (no title)
    assert front_matter("---\nTiêu đề: [chưa đóng\n---\nThân bài.\n") is None  # (not YAML)
    assert front_matter("---\nTiêu đề giữa hai dòng gạch\n---\nThân bài.\n") is None  # (a rule of dashes, a line, a rule)
