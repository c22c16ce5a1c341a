"""Records and pages of provincial outlets in the forms round 202 of the reading corpus
brought: a party paper's record kept as its fields are stored, the address, headline and
sapo, then the author and the date line (Hànộimới's, in a ward's site); a provincial school
of politics' NukeViet pages, whose site name is an <h1> beside the logo above the
headline's; a school's WordPress page that opens on a like button's count; signatures with
a unit's letters or "Nguồn tin từ:"; and the posts of a school's Youth Union and an army's
provincial command. Texts shortened from the round's articles; each a real file in a temp
folder, read by ingest."""

from __future__ import annotations

import datetime as dt

from generator.ingest import read_raw_article
from generator.ingest.credits import split_tail
from generator.ingest.people import participants

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


def people_in(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in participants([(text, False)])]


def nukeviet_page(opening: str = "") -> str:
    """A NukeViet portal's article page: the site's name in an <h1> beside the logo, then the
    article's own <h1>; <title> and og:title the site's name."""
    return f"""<!DOCTYPE html><html lang="vi"><head><title>Trường Chính trị tỉnh Đaknông</title>
<meta property="og:title" content="Trường Chính trị tỉnh Đaknông"></head><body>
<header><div class="logo col-xs-24 col-sm-4"><a href="/"><img src="/img/logo1.png" alt="Trường Chính trị tỉnh Đaknông"></a>
<h1>Trường Chính trị tỉnh Đaknông</h1><h2></h2></div></header>
<div class="news_column panel panel-default newsdetail"><div class="panel-body">
<h1 class="title margin-bottom-lg">Những ấn tượng đẹp về một vị tướng</h1>
<div class="row newsdetailmetatop"><span class="h5">(08.05.2019 12:24)</span></div>
<div id="news-bodyhtml" class="bodytext">{opening}
<p>Sáng 7/5, tại Hà Nội, Đại tá Đặng Tính, Chính ủy Đoàn 559, kể lại những ngày cùng đơn vị mở đường Trường Sơn, khi đoàn xe vượt qua những trọng điểm ác liệt nhất.</p>
<p>Những ký ức ấy, ông nói, vẫn còn nguyên trong trí nhớ của những người lính năm xưa, dù đã hơn nửa thế kỷ trôi qua.</p>
</div></div></div></body></html>"""


def test_the_site_s_name_in_an_h1_beside_the_logo_is_no_headline(tmp_path):
    article = read(tmp_path, nukeviet_page(), "page.html")
    assert article.title == "Những ấn tượng đẹp về một vị tướng"
    assert article.page_date == dt.date(2019, 5, 8)


def test_a_like_button_s_count_over_the_text_is_no_lead(tmp_path):
    article = read(tmp_path, nukeviet_page('<div class="wp_ulike"><span class="count-box">1+</span></div>'), "page.html")
    assert article.date == dt.date(2019, 5, 7)  # (read from the lead, which the count no longer stands for)
    assert not article.body.lstrip().startswith("1+")


def test_a_unit_s_letters_after_the_author_are_no_second_author():
    assert split_tail(["Tin bài: Hoàng Diệu, XDCQ&ĐT"])[1] == "Hoàng Diệu"
    assert split_tail(["Hoàng Diệu, TTXVN"])[1] == "Hoàng Diệu"
    assert split_tail(["HOÀNG DIỆU, NGỌC LINH"])[1] == "Hoàng Diệu, Ngọc Linh"  # (names in capitals are names)


def test_nguon_tin_tu_before_a_person_signs_the_text():
    assert split_tail(["Nguồn tin từ: Nguyễn Thị Linh"])[1:] == ("Nguyễn Thị Linh", None)


def test_the_posts_of_a_school_s_youth_union():
    assert people_in("Đồng chí Hồ Anh Tuấn – Phó bí thư quận Đoàn Thanh Xuân") == [
        ("Hồ Anh Tuấn", "Phó bí thư quận Đoàn Thanh Xuân")]
    assert people_in("Đồng chí Nguyễn Khánh Hòa – Ủy viên BCH đoàn trường, Bí thư chi đoàn 12A12") == [
        ("Nguyễn Khánh Hòa", "Ủy viên Ban Chấp hành đoàn trường, Bí thư chi đoàn 12A12")]
    # (a man of the family Đoàn after a province's post is still one)
    assert people_in("Phó Chủ tịch UBND tỉnh Đoàn Văn Phi dự hội nghị.") == [("Đoàn Văn Phi", "Phó Chủ tịch UBND tỉnh")]


def test_the_command_on_whose_behalf_an_officer_comes_is_not_his_post():
    assert people_in("Ngày 10-1, thừa ủy quyền của Bộ Tư lệnh Quân khu 7, Đại tá Trần Văn Khương, Chính ủy Bộ CHQS "
                     "tỉnh Lâm Đồng đến thăm gia đình cụ Tô Đình Cắm.") == [
        ("Trần Văn Khương", "Đại tá, Chính ủy Bộ CHQS tỉnh Lâm Đồng")]
    assert people_in("Thiếu tướng Lê Văn Bình, Phó Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội dự.") == [
        ("Lê Văn Bình", "Thiếu tướng, Phó Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội")]


# A review of these rules (session 65) reproduced ordinary texts their first versions misread.

def test_a_place_or_a_reader_under_the_sapo_is_no_author(tmp_path):
    filed_from = "\n\n".join([
        "Ba Vì: Khai mạc Lễ hội văn hóa các dân tộc miền núi năm 2024",
        "Tối 15-11, UBND huyện Ba Vì tổ chức khai mạc Lễ hội văn hóa các dân tộc miền núi năm 2024 với sự tham gia "
        "của hơn 500 nghệ nhân, diễn viên đến từ các xã miền núi của huyện.",
        "Ba Vì", "15/11/2024 - 21:40",
        "Phát biểu khai mạc, Chủ tịch UBND huyện Ba Vì Nguyễn Thanh Liêm cho biết lễ hội là dịp để tôn vinh bản sắc "
        "văn hóa của đồng bào Mường, Dao trên địa bàn.",
        "Minh Anh",
    ]) + "\n"
    assert read(tmp_path, filed_from).byline == "Minh Anh"  # (the signature, not where it was filed from)
    asked = "\n\n".join([
        "Nghỉ việc trước khi sinh có được hưởng chế độ thai sản?",
        "Tôi đóng BHXH bắt buộc được 8 tháng thì nghỉ việc do sức khỏe yếu, dự kiến tháng 12 tôi sinh con. Xin hỏi tôi "
        "có được hưởng chế độ thai sản không?",
        "Nguyễn Thị Hoa", "12/09/2024 08:30",
        "Theo quy định tại Điều 31 Luật BHXH năm 2014, lao động nữ sinh con phải đóng BHXH từ đủ 6 tháng trở lên trong "
        "thời gian 12 tháng trước khi sinh con thì được hưởng chế độ thai sản.",
    ]) + "\n"
    article = read(tmp_path, asked, "b.txt")
    assert article.byline is None  # (she asked; she did not write)
    assert "Nguyễn Thị Hoa" in article.body
    # (a signature under the text is the author's, whatever name stands under the sapo)
    signed = record_with_author_under_sapo("Trọng Nguyễn").rstrip("\n") + "\n\nVăn Trọng\n"
    assert read(tmp_path, signed, "c.txt").byline == "Văn Trọng"


def test_a_figure_the_text_opens_on_is_kept(tmp_path):
    text = "\n\n".join([
        "Kết quả thi tuyển sinh lớp 10 năm 2024", "Thứ Sáu, 28/06/2024 10:15", "98,5%",
        "là tỷ lệ thí sinh dự thi đủ các bài thi trong kỳ thi tuyển sinh lớp 10 năm học 2024-2025 của tỉnh, theo Sở "
        "Giáo dục và Đào tạo.",
    ]) + "\n"
    assert "98,5%" in read(tmp_path, text).body


def test_an_agency_s_letters_after_the_author_are_the_source():
    assert split_tail(["Minh Hà, TTXVN"])[1:] == ("Minh Hà", "TTXVN")
    assert split_tail(["Minh Hà, VOV"])[1:] == ("Minh Hà", "VOV")
    assert split_tail(["Minh Hà, Thu Trang"])[1:] == ("Minh Hà, Thu Trang", None)


def test_the_deputies_a_delegation_lists():
    assert people_in("Sáng 24/4, Đoàn đại biểu Quốc hội (ĐBQH) tỉnh gồm các đại biểu: Nguyễn Trường Giang, Võ Đình Tín "
                     "và Ka H'Hoa đã tiếp xúc với cử tri xã Thuận Hà.") == [
        ("Nguyễn Trường Giang", "đại biểu Quốc hội"), ("Võ Đình Tín", "đại biểu Quốc hội"), ("Ka H'Hoa", "đại biểu Quốc hội")]
    assert people_in("Tổ đại biểu HĐND tỉnh gồm có các đại biểu: Nguyễn Văn Hùng, Lê Thị Mai đã tiếp xúc cử tri.") == [
        ("Nguyễn Văn Hùng", "đại biểu HĐND tỉnh"), ("Lê Thị Mai", "đại biểu HĐND tỉnh")]
    # (guests of a meeting are no deputies)
    assert people_in("Hội nghị có các đại biểu: Nguyễn Văn Hùng, Lê Thị Mai tham dự.") == [
        ("Nguyễn Văn Hùng", "đại biểu"), ("Lê Thị Mai", "đại biểu")]
