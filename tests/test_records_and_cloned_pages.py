"""Records and pages in the forms round 203 of the reading corpus brought: a provincial
paper's item in a school's SQL dump whose record lays out its summary and time stamp under
the text ("Nguồn: Báo Trà Vinh" above them), a record whose title, summary and <h2> say the
headline three times, national papers' pages rebuilt from a template whose head (its
<title>, og: and published time) is the template's article, and the posts of officers,
lawyers and experts as those texts set them. Texts shortened from the round's articles;
each a real file in a temp folder, read by ingest."""

from __future__ import annotations

import datetime as dt

from generator.ingest import dates, read_raw_article
from generator.ingest.people import participants

LEAD = ("Chiều ngày 24/02, Trường Đại học Trà Vinh tổ chức tổng kết các hoạt động hỗ trợ khởi nghiệp đổi mới "
        "sáng tạo năm 2023, triển khai nhiệm vụ năm 2024.")
BODY = [
    "Tham dự hội nghị có các đồng chí: Nguyễn Hoàng Đệ, Phó Giám đốc Sở Kế hoạch và Đầu tư; Phạm Phước Trãi, "
    "Phó Giám đốc Sở Công thương.",
    "Năm 2023, Vườn ươm doanh nghiệp tỉnh đã hỗ trợ 12 dự án khởi nghiệp, tổ chức 5 lớp tập huấn cho hơn 300 "
    "học viên là sinh viên, doanh nghiệp và hợp tác xã trên địa bàn tỉnh.",
]


def read(tmp_path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_raw_article(path)


def roles(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in participants([(text, False)])]


def test_a_credit_above_the_records_summary_and_time_stamp_is_read(tmp_path):
    # The record's fields under its text: the summary (the lead again, its full stop dropped), then the time stamp.
    text = "\n\n".join(["Tổng kết hoạt động khởi nghiệp đổi mới sáng tạo năm 2023", LEAD, *BODY,
                        "Nguồn: Báo Trà Vinh", LEAD.rstrip("."), "2024-03-27 03:45:27"]) + "\n"
    article = read(tmp_path, text)
    assert article.source == "Báo Trà Vinh"
    assert article.body.startswith(LEAD)
    assert article.body.count("Chiều ngày 24/02") == 1


def test_a_text_of_one_paragraph_under_its_sapo_is_kept_whole(tmp_path):
    # Title, sapo, body: the body is no summary said again, though it is one of the first paragraphs.
    body = " ".join(BODY) + " Nguyễn Thị Hà"
    article = read(tmp_path, "\n\n".join(["Tổng kết hoạt động khởi nghiệp năm 2023", LEAD, body]) + "\n")
    assert "Vườn ươm doanh nghiệp tỉnh" in article.body


def test_a_headline_said_again_by_the_record_is_no_kicker(tmp_path):
    headline = "Ban đề tài cấp Bộ Quốc phòng tổ chức khảo sát, tọa đàm tại các đơn vị thông tin trên địa bàn Quân khu 5"
    lead = ("Chiều ngày 04/4/2018, tại Lữ đoàn Thông tin 575, Ban đề tài cấp Bộ Quốc phòng đã tổ chức tọa đàm. "
            "Đại tá, PGS.TS Bùi Sơn Hà - Hiệu trưởng, Chủ nhiệm đề tài chủ trì buổi tọa đàm.")
    article = read(tmp_path, "\n\n".join([headline, headline, headline, lead, *BODY]) + "\n")
    assert article.title == headline
    assert article.kicker is None
    assert ("Bùi Sơn Hà", "Đại tá, Hiệu trưởng, Chủ nhiệm đề tài") in [(p.name, p.role) for p in article.participants]


def test_a_verb_right_after_a_ranked_mans_dashed_post_ends_it():
    text = ("Thượng tướng Nguyễn Chí Vịnh – Thứ trưởng Bộ Quốc phòng đánh giá việc cử nữ sỹ quan tham gia lực lượng "
            "gìn giữ hòa bình Liên hợp Quốc thể hiện bình đẳng giới, khẳng định vai trò của phụ nữ.")
    assert roles(text) == [("Nguyễn Chí Vịnh", "Thượng tướng, Thứ trưởng Bộ Quốc phòng")]


def test_a_firm_named_after_its_director_is_no_second_man():
    text = ("Luật sư Nguyễn Hồng Thái, Giám đốc Công ty Luật quốc tế Hồng Thái và đồng nghiệp (Đoàn Luật sư Hà Nội) "
            "nhận định, việc các đối tượng tung tin đồn thất thiệt đã gây hậu quả nghiêm trọng.")
    found = roles(text)
    assert [name for name, _ in found] == ["Nguyễn Hồng Thái"]
    assert found[0][1].startswith("Luật sư, Giám đốc Công ty Luật quốc tế Hồng Thái")
    # (two men, the second named with his own post, stay two)
    two = roles("Luật sư Nguyễn Hồng Thái, Giám đốc Công ty Luật Minh Phát Trần Văn Phát cho biết như vậy.")
    assert "Nguyễn Hồng Thái" in [name for name, _ in two]


def test_the_post_set_off_after_a_name_is_his_not_what_the_sentence_called_him_before():
    text = ("Dưới góc độ chuyên gia, tiến sĩ Huỳnh Thế Du, Giám đốc chương trình MPP Đại học Fulbright cho rằng, "
            "hầu hết việc thực hiện dự án BT đều có phương thức đổi đất lấy hạ tầng.")
    assert roles(text) == [("Huỳnh Thế Du", "Giám đốc chương trình MPP Đại học Fulbright")]
    # His posts before his name and after it, the first opening its clause; not a post the words
    # before it give another, nor the next man's in a list.
    assert roles("Thủ tướng Chính phủ, ông Phạm Minh Chính, Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19, "
                 "đã chủ trì cuộc họp.") == [("Phạm Minh Chính", "Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19")]
    assert roles("Sau yêu cầu của Phó bí thư Thành ủy, ông Nguyễn Nam Hải, Trưởng phòng Quản lý đô thị quận cho hay "
                 "quận đã đấu thầu xong.") == [("Nguyễn Nam Hải", "Trưởng phòng Quản lý đô thị quận")]
    assert roles("Tham dự có Bí thư Tỉnh ủy, ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh, ông Trần Văn Bình và nhiều đại biểu.") \
        == [("Nguyễn Văn Hùng", "Bí thư Tỉnh ủy"), ("Trần Văn Bình", "Chủ tịch UBND tỉnh")]
    # (a rank stays before his posts)
    ranked = roles("Đại tướng, GS.TS Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an phát biểu tại hội nghị.")
    assert ranked == [("Tô Lâm", "Đại tướng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an")]


def test_an_update_line_with_its_weekday_and_a_day_month_year_spaced_is_a_page_date():
    assert dates.page_date("Cập nhật lúc: thứ hai, 13 11 2017 05:07") == dt.date(2017, 11, 13)
    assert dates.page_date("Thứ tư, 12 09 2018") == dt.date(2018, 9, 12)


TEMPLATES_ADDRESS = "http://kienthuc.net.vn/xa-hoi/bo-giao-thong-de-nghi-dan-logo-nhan-dien-xe-uber-grab-955564.html"


def cloned_page(head_title: str, shown: str, address: str = TEMPLATES_ADDRESS) -> str:
    story = "".join(f"<p>{text}</p>" for text in [LEAD, *BODY])
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{head_title}</title>'
            f'<meta property="og:title" content="{head_title}"><meta property="og:url" content="{address}">'
            '<meta property="article:published_time" content="2017-11-01T21:15:00+07:00"></head><body>'
            '<section class="main-article"><h1 class="cms-title">Bộ trưởng Tô Lâm: Bỏ sổ hộ khẩu nhưng phải có quản lý</h1>'
            f'<div class="meta"><time>{shown}</time></div><div class="cms-body">{story}</div></section></body></html>')


def test_a_head_that_names_another_article_gives_way_to_the_date_line(tmp_path):
    # A site built from a saved page keeps that page's <title>, og: and published time on every article.
    article = read(tmp_path, cloned_page("Bộ Giao thông đề nghị dán logo nhận diện xe Uber, Grab",
                                         "Cập nhật lúc: thứ hai, 13 11 2017 05:07"), "a.html")
    assert article.page_date == dt.date(2017, 11, 13)
    # The head of the page's own article keeps its published day over a later update's line,
    # and so does a head whose <title> only differs from the headline (a site's name, a title
    # written for search engines), its address the article's own or a section's.
    own_address = "https://kienthuc.net.vn/xa-hoi/bo-truong-to-lam-bo-so-ho-khau-nhung-phai-co-quan-ly-955600.html"
    for name, title, address in (
            ("b.html", "Bộ trưởng Tô Lâm: Bỏ sổ hộ khẩu nhưng phải có quản lý", own_address),
            ("c.html", "Báo điện tử Kiến Thức - Tin tức mới nhất trong ngày", own_address),
            ("d.html", "Bỏ sổ hộ khẩu: Bộ trưởng Công an nói gì với báo chí tại Quốc hội", "https://kienthuc.net.vn/tin-tuc-thoi-su-trong-nuoc/"),
            ("e.html", "Bỏ sổ hộ khẩu", "https://kienthuc.vn/bộ-trưởng-tô-lâm-bỏ-sổ-hộ-khẩu-nhưng-phải-có-quản-lý-955600.html")):
        own = read(tmp_path, cloned_page(title, "Cập nhật lúc: thứ hai, 13 11 2017 05:07", address), name)
        assert own.page_date == dt.date(2017, 11, 1), name


def test_the_youth_unions_name_cut_at_niên_is_no_mans():
    assert roles("Năm 2005, ông giữ chức Bí thư thường trực Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.") == []
    assert roles("Phó Bí thư Tỉnh đoàn Đoàn Thanh Tùng cho biết như vậy.") == [("Đoàn Thanh Tùng", "Phó Bí thư Tỉnh đoàn")]


def test_the_post_he_is_given_is_not_the_one_he_holds():
    text = ("Bộ GTVT điều động và bổ nhiệm có thời hạn ông Đới Sỹ Hưng, Phó Tổng giám đốc Tổng công ty Đường sắt Việt Nam "
            "giữ chức kiểm soát viên chuyên trách tại Tổng công ty Đường sắt Việt Nam kể từ ngày 15/10/2017.")
    assert roles(text) == [("Đới Sỹ Hưng", "Phó Tổng giám đốc Tổng công ty Đường sắt Việt Nam")]


def test_the_author_over_his_mailbox_and_the_records_page_address_is_read(tmp_path):
    # A crawler's record: the text, the author, his mailbox, the time stamp, the page's address.
    text = "\n\n".join(["Viện trưởng Viện KSND tối cao nói về việc xử lý vi phạm", LEAD, *BODY, "Trung Hiếu",
                        "hieu.dinhquan@gmail.com", "2018-11-26T18:34:00Z",
                        "https://thanhnien.vn/thoi-su/vien-truong-vien-ksnd-toi-cao-noi-ve-viec-xu-ly-1027184.html"]) + "\n"
    article = read(tmp_path, text)
    assert article.byline == "Trung Hiếu"
    assert "gmail" not in article.body


def test_initials_then_a_known_outlet_in_brackets_sign_the_text(tmp_path):
    article = read(tmp_path, "\n\n".join(["IKEA sắp vào Việt Nam", LEAD, *BODY, "N.M (Zing)"]) + "\n")
    assert (article.byline, article.source) == ("N.M", "Zing")
    # (a province there is where he writes from, no outlet)
    article = read(tmp_path, "\n\n".join(["IKEA sắp vào Việt Nam", LEAD, *BODY, "H.A (Hà Tĩnh)"]) + "\n", "b.txt")
    assert article.source is None


def test_a_contacts_mailbox_is_no_authors():
    from generator.ingest.credits import split_tail
    lead = LEAD
    for tail in (["Mọi ý kiến đóng góp xin gửi về hộp thư:", "bandoc@baomoi.vn"],
                 ["Thông tin chi tiết liên hệ: Ban tổ chức", "Nguyễn Văn Hải", "nguyenvanhai@gmail.com"]):
        body, byline, _ = split_tail([lead, *tail])
        assert byline is None and body[-1] == tail[-1]


def page_with_address(address: str, shown: str) -> str:
    headline = "Chủ tịch Quốc hội: Chương trình giáo dục gì mà thực nghiệm tận mười năm"
    story = "".join(f"<p>{text}</p>" for text in [LEAD, *BODY])
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{headline}</title>'
            f'<meta property="og:url" content="{address}"><link rel="canonical" href="#">'
            '<meta itemprop="datePublished" content="2018-03-17T16:31:33+00:00"></head><body>'
            f'<article><h1 class="entry-title">{headline}</h1><div class="meta"><time class="entry-date" '
            f'datetime="2017-12-18T16:08:09+00:00">{shown}</time></div><div class="content">{story}</div></article></body></html>')


def test_a_head_whose_address_names_another_article_gives_way_to_the_time_shown(tmp_path):
    # The <title> is the page's own, but its og:url (the canonical link says "#") and its
    # published time are the template's: the day the reader sees under the headline is the page's.
    article = read(tmp_path, page_with_address("http://www.dentrang/chui-hoc-sinh-phat-20-trieu-tat-ca-quy-het-ra-tien/",
                                               "Thứ tư, 12 09 2018"), "a.html")
    assert article.page_date == dt.date(2018, 9, 12)
    # An address that says the headline is the page's own: its published time stands.
    own = read(tmp_path, page_with_address("https://baomoi.vn/chu-tich-quoc-hoi-chuong-trinh-giao-duc-gi-ma-thuc-nghiem-tan-muoi-nam.html",
                                           "Thứ tư, 12 09 2018"), "b.html")
    assert own.page_date == dt.date(2018, 3, 17)


def test_a_national_committee_is_named_by_its_field_after_về():
    text = ("Chiều ngày 5/6, Phó Chủ tịch Ủy ban quốc gia về chuyển đổi số, Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng chủ trì "
            "phiên họp. Thứ trưởng Bộ TT&TT Nguyễn Huy Dũng, thành viên Ủy ban quốc gia về chuyển đổi số đề nghị các bộ "
            "tập trung nâng cao chất lượng dịch vụ công trực tuyến.")
    assert roles(text) == [("Nguyễn Mạnh Hùng", "Phó Chủ tịch Ủy ban quốc gia về chuyển đổi số, Bộ trưởng Bộ TT&TT"),
                           ("Nguyễn Huy Dũng", "Thứ trưởng Bộ TT&TT, thành viên Ủy ban quốc gia về chuyển đổi số")]
    # (and a field with "phát triển" in it, up to his words)
    assert roles("Ông Nguyễn Văn Bình, Phó Chủ tịch Hội đồng quốc gia về giáo dục và phát triển nhân lực cho biết.") \
        == [("Nguyễn Văn Bình", "Phó Chủ tịch Hội đồng quốc gia về giáo dục và phát triển nhân lực")]
