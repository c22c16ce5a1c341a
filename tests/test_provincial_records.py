"""Records and pages of provincial outlets in the forms round 202 of the reading corpus
brought: a party paper's record kept as its fields are stored, the address, headline and
sapo, then the author and the date line (Hànộimới's, in a ward's site). Texts shortened from the round's articles; each a real file in a temp
folder, read by ingest."""

from __future__ import annotations

import datetime as dt

from generator.ingest import read_raw_article

SAPO = ("Chiều 16-7, Ủy ban MTTQ Việt Nam phường Yên Nghĩa tổ chức hội nghị đánh giá kết quả công tác Mặt trận "
        "6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2026.")
BODY = [
    "Báo cáo tại hội nghị cho thấy, trong 6 tháng đầu năm 2026, Ủy ban MTTQ Việt Nam phường và các tổ chức thành "
    "viên đã bám sát nhiệm vụ chính trị của địa phương, triển khai hiệu quả các phong trào thi đua yêu nước.",
    "Phát biểu chỉ đạo, Phó Bí thư Thường trực Đảng ủy phường Yên Nghĩa Phạm Văn Chiến đề nghị MTTQ phường tiếp "
    "tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở.",
]


def read(tmp_path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_raw_article(path)


def record_with_author_under_sapo(author: str) -> str:
    return "\n\n".join([
        "https://hanoimoi.vn/phuong-yen-nghia-trien-khai-nhieu-nhiem-vu-trong-tam-1212418.html",
        "Phường Yên Nghĩa: Triển khai nhiều nhiệm vụ trọng tâm, hướng về cơ sở, chăm lo nhân dân",
        SAPO, author, "16/07/2026 - 17:14", *BODY,
    ]) + "\n"


def test_a_name_between_the_sapo_and_the_date_line_is_the_author(tmp_path):
    for author in ("Trọng Nguyễn", "Văn Trọng"):
        article = read(tmp_path, record_with_author_under_sapo(author))
        assert article.byline == author
        assert article.page_date == dt.date(2026, 7, 16)
        assert article.title == "Phường Yên Nghĩa: Triển khai nhiều nhiệm vụ trọng tâm, hướng về cơ sở, chăm lo nhân dân"
        assert author not in article.body  # (not left in as the body's first subheading)
        assert article.body.startswith(SAPO)


def test_a_place_or_a_page_name_over_the_date_line_is_no_author(tmp_path):
    for line in ("Hà Nội", "Yên Nghĩa News"):
        article = read(tmp_path, record_with_author_under_sapo(line))
        assert article.byline is None
