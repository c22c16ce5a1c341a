"""Pages as crawlers and old portals keep them, in the forms round 199 of the reading corpus
brought: a crawler's Markdown of a whole page (crawl4ai's, each paragraph a line, menus and
footers kept), a record's title over the page's own "# " heading, and saved pages of
provincial bodies' portals (a headline's table cell, a camel-cased sapo class, the
province after the portal's name in <title>). Texts shortened from the round's articles;
each page a real file in a temp folder, read by ingest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.ingest import read_raw_article
from generator.ingest.people import participants

CORPUS = Path(__file__).parent / "fixtures" / "reading"
LEAD = ("Công an TP HCM cho biết đã triệt phá một đường dây ma túy quy mô lớn, bắt giữ 74 người liên quan, trong "
        "đó có ca sĩ Long Nhật và Sơn Ngọc Minh - cựu thành viên nhóm V.Music.")
BODY = [
    "Đêm 19, rạng sáng 20/5, Cơ quan Cảnh sát điều tra Công an TP HCM thông tin về kết quả bước đầu chuyên án "
    "truy xét do Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) xác lập trong đợt cao điểm 45 ngày đêm.",
    "Kết quả điều tra bước đầu, công an đã bắt và xử lý 74 người. Trong đó, 71 bị can bị khởi tố, bắt tạm giam "
    "để điều tra các hành vi mua bán, tàng trữ và tổ chức sử dụng trái phép chất ma túy.",
    "Đại tá Phạm Đình Ngọc, Trưởng phòng PC04, cho biết ban chuyên án tập trung mở rộng điều tra sâu các mối quan "
    "hệ, đường dây và nghi can liên quan, với mục tiêu bắt cả đường dây, đối tượng cầm đầu.",
]
MENUS = """[Liên hệ quảng cáo](https://eclick.vn/lien-he/ "Liên hệ quảng cáo") [ Tin 24h ](https://ngoisao.vnexpress.net/tin-tuc-24h)
  * [Showbiz](https://ngoisao.vnexpress.net/showbiz "Showbiz")
[Việt Nam](https://ngoisao.vnexpress.net/showbiz/viet-nam "Việt Nam") [Châu Á](https://ngoisao.vnexpress.net/showbiz/chau-a "Châu Á")
  * [Thời cuộc](https://ngoisao.vnexpress.net/thoi-cuoc "Thời cuộc")
"""
FOOT = """[ Về trang chủ ](https://ngoisao.vnexpress.net "Về trang chủ") Hotline: 0822 333 444
Chuyên trang giải trí của VnExpress
Tổng biên tập: Phạm Văn Hiếu
"""


def read(tmp_path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_raw_article(path)


def crawled_page(signature: str = "**Hoàng Yến**", under_signature: str = "[ Trở lại Hình sự ](https://ngoisao.vnexpress.net/thoi-cuoc/hinh-su)") -> str:
    """A crawler's Markdown of a whole page: every paragraph on a line of its own, no blank line between."""
    lines = [
        "https://ngoisao.vnexpress.net/ca-si-long-nhat-va-son-ngoc-minh-bi-bat-5076069.html", "",
        "Ca sĩ Long Nhật và Sơn Ngọc Minh bị bắt  - Ngôi sao", "",
        MENUS + "Thứ tư, 20/5/2026, 12:37 (GMT+7)",
        "# Ca sĩ Long Nhật và Sơn Ngọc Minh bị bắt",
        "TP HCM" + LEAD,
        BODY[0],
        "![Những người liên quan. Ảnh: Công an TP HCM](https://i1-ngoisao.vnecdn.net/2026/05/20/a.jpg)",
        "Những người liên quan trong đường dây ma túy. Ảnh: _Công an TP HCM_",
        *BODY[1:],
        signature,
        under_signature,
        "Chia sẻ [ Copy link thành công ](javascript:; \"Copy link\")",
        "##  Tiêu điểm [Miss Grand International All Stars](https://ngoisao.vnexpress.net/topic/a-28901 \"a\")",
        FOOT,
    ]
    return "\n".join(lines)


def test_a_crawler_s_markdown_keeps_each_line_a_paragraph_and_its_signature(tmp_path):
    article = read(tmp_path, crawled_page())
    assert article.title == "Ca sĩ Long Nhật và Sơn Ngọc Minh bị bắt"
    assert article.page_date == dt.date(2026, 5, 20)
    assert article.byline == "Hoàng Yến"
    paragraphs = article.body.split("\n\n")
    assert any(p.startswith("Đêm 19, rạng sáng 20/5") for p in paragraphs), paragraphs[:4]
    assert any(p.startswith("Đại tá Phạm Đình Ngọc") for p in paragraphs)
    assert ("Phạm Đình Ngọc", "Đại tá, Trưởng phòng PC04") in [(p.name, p.role) for p in article.participants]


def test_a_markdown_page_wrapped_at_a_width_still_runs_its_lines_into_paragraphs(tmp_path):
    # A writer's Markdown wrapped at 80 columns, a lead left whole on one long line: the
    # wrapped lines are one paragraph, not one each.
    text = ("# Khai mạc Đại hội Đại biểu Đảng bộ tỉnh Quảng Bình lần thứ XVII\n\n"
            "DNTH: Sáng nay, 28/10 tại TP. Đồng Hới (tỉnh Quảng Bình) đã diễn ra lễ khai mạc trọng thể Đại hội đại biểu "
            "Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025.\n\n"
            "![](http://cms.example.vn/uploads/images/Thay%20m%E1%BA%B7t%20B%E1%BB%99%20Ch%C3%ADnh%20tr%E1%BB%8B%2C%20"
            "%C4%91%E1%BB%93ng%20ch%C3%AD%20Nguy%E1%BB%85n%20Thi%E1%BB%87n%20Nh%C3%A2n_.jpg)\n\n"
            "Tham dự tại Đại hội có đồng chí Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị đã về\n"
            "dự, phát biểu chỉ đạo đại hội. Đồng chí Hoàng Đăng Quang, Ủy viên Trung ương\n"
            "Đảng, Phó Trưởng ban Tổ chức Trung ương cùng các Bộ, ngành, Trung ương và các\n"
            "đồng chí lão thành cách mạng tham dự.\n\n"
            "![](http://cms.example.vn/uploads/images/To%C3%A0n%20c%E1%BA%A3nh%20%C4%90%E1%BA%A1i%20h%E1%BB%99i%20%C4%90"
            "%E1%BA%A3ng%20b%E1%BB%99%20t%E1%BB%89nh%20Qu%E1%BA%A3ng%20B%C3%ACnh_.jpg)\n")
    article = read(tmp_path, text)
    roles = dict((p.name, p.role) for p in article.participants)
    assert roles["Hoàng Đăng Quang"] == "Ủy viên Trung ương Đảng, Phó Trưởng ban Tổ chức Trung ương"


def test_a_link_back_to_the_section_under_the_signature_ends_the_text(tmp_path):
    # VnExpress's "Trở lại Pháp luật", which a copy may write twice, under the author's name.
    article = read(tmp_path, crawled_page(signature="**Việt Dũng**",
                                          under_signature="[ Trở lại Pháp luậtTrở lại Pháp luật](https://vnexpress.net/phap-luat)"))
    assert article.byline == "Việt Dũng"
    assert "Trở lại" not in article.body


def test_a_line_of_links_above_the_headline_is_a_breadcrumb_not_a_kicker():
    # Thanh Niên's page as a student's crawl4ai kept it (the reading corpus's round 199-a):
    # "[Giải trí](…) [Đời nghệ sĩ](…)" over the headline is the breadcrumb, not a kicker.
    article = read_raw_article(CORPUS / "round199-a" / "round199-a-07.txt")
    assert article.kicker is None
    assert article.title == "Ca sĩ Sơn Ngọc Minh vừa bị bắt vì liên quan đến ma túy là ai?"
    assert article.byline == "Lạc Xuân"


def test_a_headline_asking_a_question_under_a_section_line_does_not_open_the_text(tmp_path):
    # Thanh Niên's page as a paste: the section, a headline ending in "?", the author, the date
    # line and "Chia sẻ" (a share button, which ends the text only once the text has begun).
    text = "\n\n".join([
        "Giải trí Đời nghệ sĩ",
        "Ca sĩ Sơn Ngọc Minh vừa bị bắt vì liên quan đến ma túy là ai?",
        "Lạc Xuân",
        "20/05/2026 12:52 GMT+7",
        "Chia sẻ",
        LEAD,
        *BODY,
    ]) + "\n"
    article = read(tmp_path, text)
    assert article.title == "Ca sĩ Sơn Ngọc Minh vừa bị bắt vì liên quan đến ma túy là ai?"
    assert article.byline == "Lạc Xuân"
    assert any(p.startswith("Đại tá Phạm Đình Ngọc") for p in article.body.split("\n\n"))


def test_a_markdown_heading_s_marks_in_a_plain_text_are_not_the_title_s(tmp_path):
    text = ("https://vietnamnet.vn/de-nghi-truy-to-ca-si-chi-dan-2434484.html\n\n"
            "Ca sĩ Chi Dân bị truy tố, hé mở lời rủ rê 4 bạn nhậu dùng ma túy\n\n"
            "# Ca sĩ Chi Dân bị truy tố, hé mở lời rủ rê 4 bạn nhậu dùng ma túy\n\n" + "\n\n".join(BODY) + "\n")
    assert read(tmp_path, text).title == "Ca sĩ Chi Dân bị truy tố, hé mở lời rủ rê 4 bạn nhậu dùng ma túy"


def test_a_line_of_no_word_above_the_headline_is_no_kicker(tmp_path):
    # A text-size control's "： 0.5 1.0 1.5" right above the headline of a provincial paper's page.
    text = "\n\n".join(["Chia sẻ：", "： 0.5 1.0 1.5", "Diễn viên hài bị tạm giữ vì 'liên quan ma tuý'",
                        "Chủ nhật: 20:17 ngày 12/06/2022", *BODY]) + "\n"
    article = read(tmp_path, text)
    assert article.kicker is None
    assert article.title == "Diễn viên hài bị tạm giữ vì 'liên quan ma túy'"  # (one spelling of the tone)


def test_the_youth_union_portal_s_label_opening_the_lead_is_its_source(tmp_path):
    text = ("Tuổi trẻ cả nước ra quân Tháng thanh niên năm 2020\n\n"
            "Web.ĐTN: Ngay từ những ngày đầu tháng 3, nhiều tỉnh, thành đoàn trong cả nước tổ chức ra quân Tháng thanh niên "
            "năm 2020 với nhiều hoạt động an sinh xã hội ý nghĩa.\n\n" + "\n\n".join(BODY[1:]) + "\n")
    article = read(tmp_path, text)
    assert article.source == "Web.ĐTN"
    assert article.body.startswith("Ngay từ những ngày đầu tháng 3")


PORTAL_HEAD = '<html><head><title>{title}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
INTRO = "Sáng ngày 20/3, Hội nông dân huyện đã tổ chức thăm và tặng quà cho hội viên nghèo, Nguyễn Thị Nhật tại thôn 07 xã Nam Bình."
CONTENT = ("Tại buổi đến thăm, đoàn đã tặng hội viên 03 triệu đồng và cho vay 15 triệu đồng, từ nguồn quỹ hỗ trợ hội nông dân "
           "phát triển sản xuất của huyện. Được biết, trong những năm qua, hội nông dân huyện đã thực hiện tốt việc hỗ trợ vốn vay.")


def forest_fund_page(headline: str, signature: str = "Vương Hợp") -> str:
    """A provincial fund's portal: the headline's <h2> and its stamp in one table cell of a
    "title" class, the sapo in a cell whose class says so in camel case."""
    return (PORTAL_HEAD.format(title="QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG TỈNH ĐẮK NÔNG")
            + '<table class="Content"><tr><td class="NewsTitle1"><h2 class="detail-title">' + headline + "</h2>"
            + '<div style="height: 20px"><dd class="create">Ngày đăng tin: 06.08.2019 08:09</dd></div></td></tr>'
            + f'<tr><td class="NewsIntro">{INTRO}</td></tr>'
            + f'<tr><td class="NewsContent"><div class="div_content_article"><p>{CONTENT}</p><p><strong>{signature}</strong></p></div></td></tr></table>'
            + '<table><tr><td class="NewsMore1">Tin khác</td></tr><tr><td class="NewsMore1Item"><a href="/a">Sử dụng vốn</a> (06.08.2019 08:09)</td></tr></table>'
            + "</body></html>")


def test_a_headline_cell_holding_its_h2_and_stamp_gives_the_h2_and_dates_the_page(tmp_path):
    article = read(tmp_path, forest_fund_page("Chi trả dịch vụ môi trường rừng: Nguồn lực để bảo vệ, phát triển rừng bền vững"), "a.html")
    assert article.title == "Chi trả dịch vụ môi trường rừng: Nguồn lực để bảo vệ, phát triển rừng bền vững"
    assert article.page_date == dt.date(2019, 8, 6)


def test_a_headline_with_its_full_stop_in_a_title_classed_h2_is_the_title(tmp_path):
    headline = "Hội nông dân huyện hỗ trợ vốn vay cho hội viên Nguyễn Thị Nhật, thôn 07 xã Nam Bình."
    assert read(tmp_path, forest_fund_page(headline), "a.html").title == headline


def test_a_sapo_whose_class_says_intro_in_camel_case_is_the_lead(tmp_path):
    article = read(tmp_path, forest_fund_page("Chi trả dịch vụ môi trường rừng: Nguồn lực để bảo vệ rừng bền vững"), "a.html")
    assert article.body.startswith("Sáng ngày 20/3, Hội nông dân huyện")
    assert article.date == dt.date(2019, 3, 20)


def test_an_author_signing_with_the_fund_he_works_for(tmp_path):
    page = forest_fund_page("Cấp phát trang bị đồ bảo hộ lao động cho người giữ rừng", signature="Phi Tiến – Quỹ Bảo vệ và Phát triển rừng")
    assert read(tmp_path, page, "a.html").byline == "Phi Tiến"


def test_the_province_after_a_portal_s_name_in_its_title_is_no_outlet(tmp_path):
    page = (PORTAL_HEAD.format(title="Trang thông tin điện tử Sở Nội Vụ - Tỉnh ĐắkNông")
            + '<div class="postMain"><p class="Title">Hội nghị trực tuyến toàn quốc sơ kết công tác tuyên giáo quý I năm 2019</p>'
            + f"<p>{INTRO}</p><p>{CONTENT}</p></div></body></html>")
    assert read(tmp_path, page, "a.html").source is None


def test_an_apostrophe_name_right_after_a_post():
    # K'Ho and Ê Đê names after the post they hold ("tỉnh", "Tỉnh ủy" are no place's words here:
    # no province's name holds an apostrophe; a village's may, "trưởng thôn K'Long").
    def read_people(text):
        return [(p.name, p.role) for p in participants([(text, False)])]

    assert read_people("Phó Chủ tịch HĐND tỉnh K'Thanh tặng hoa và cờ cho các đoàn tham dự hội thi.") \
        == [("K'Thanh", "Phó Chủ tịch HĐND tỉnh")]
    assert read_people("Phó Bí thư Tỉnh ủy H'Hen Niê phát biểu tại hội nghị.") == [("H'Hen Niê", "Phó Bí thư Tỉnh ủy")]
    assert read_people("Trưởng thôn K'Long cho biết bà con đã sẵn sàng.") == []
    assert read_people("Bí thư Huyện ủy Mai Châu phát biểu tại hội nghị.") == []


def test_a_portal_s_name_as_the_page_s_title_is_no_headline(tmp_path):
    # Every page of a department's portal titled with the portal's name, no headline printed:
    # none is taken from <title>; the title is left for review.
    page = (PORTAL_HEAD.format(title="Trang thông tin điện tử Sở Nội Vụ - Tỉnh ĐắkNông")
            + f'<div class="k8f2a"><p>{INTRO}</p><p>{CONTENT}</p></div></body></html>')
    article = read(tmp_path, page, "a.html")
    assert "Trang thông tin điện tử" not in article.title
    assert "title" in article.review


def test_an_outlet_a_middle_dot_and_the_author_under_the_sapo_credit_the_article(tmp_path):
    # A site importing Báo Chính phủ's news: its excerpt, then "Chinhphu.vn · Thiện Tâm", the date, the text.
    text = "\n\n".join([
        "Mặt trái của mạng xã hội gây ảnh hưởng tiêu cực đến sức khỏe tâm thần",
        "Hội thảo \"Mạng xã hội và sức khỏe tâm thần của thanh thiếu niên tại Việt Nam\" do Trường Đại học Y Hà Nội "
        "phối hợp tổ chức, nêu rõ những tác động tiêu cực của mạng xã hội tới giới trẻ.",
        "Chinhphu.vn · Thiện Tâm",
        "2026-01-05T00:00:00.000Z",
        "(Chinhphu.vn) - Ngày 4/10, hưởng ứng Ngày Sức khỏe Tâm thần Thế giới (10/10), Trường Đại học Y Hà Nội tổ chức "
        "Hội thảo với chủ đề \"Mạng xã hội và sức khỏe tâm thần của thanh thiếu niên tại Việt Nam\".",
        *BODY[1:],
    ]) + "\n"
    article = read(tmp_path, text)
    assert (article.byline, article.source) == ("Thiện Tâm", "Chinhphu.vn")
    assert "·" not in article.body


def test_a_share_label_with_a_full_width_colon_ends_the_text_above_the_foot(tmp_path):
    # A provincial paper's page: the credit, then "Chia sẻ：" (full width), its buttons and the page's tags.
    text = "\n\n".join(["Diễn viên hài bị tạm giữ vì liên quan ma túy", "Chủ nhật: 20:17 ngày 12/06/2022", LEAD, *BODY,
                        "Theo VnExpress", "Chia sẻ：", "Zalo", "Chủ đề:", "#Diễn viên hài", "#Nguyễn Hữu Tín"]) + "\n"
    article = read(tmp_path, text)
    assert article.source == "VnExpress"
    assert "Zalo" not in article.body


CIMCO = ("Ngày 21-10, Cơ quan Cảnh sát điều tra (Cục Cảnh sát Kinh tế) - Bộ Công an đã khởi tố vụ án Lừa đảo chiếm đoạt "
         "tài sản xảy ra tại Công ty CIMCO; khởi tố bị can và bắt tạm giam đối với Chu Minh Ngọc- Giám đốc Công ty CIMCO."
         "Kết quả điều tra bước đầu xác định: do kinh doanh thua lỗ, Chu Minh Ngọc đã sử dụng 5 hợp đồng mua thép ký khống "
         "để hợp thức hồ sơ vay tiền rồi chiếm đoạt của một Ngân hàng hơn 27 tỷ đồng. Tổng số tiền Chu Minh Ngọc đã chiếm "
         "đoạt là hơn 47 tỷ đồng.")


def test_a_record_laid_out_with_its_title_last_is_titled_by_it(tmp_path):
    # A crawl's record in its keys' order: url, content (no headline above the lead), then the title.
    text = "\n\n".join([
        "http://dantri.com.vn/phap-luat/giam-doc-cty-cimco-bi-bat-vi-lua-dao-47-ty-dong-20161022230155553.htm",
        "Làm ăn thua lỗ, giám đốc Công ty CIMCO đã dùng nhiều thủ đoạn hợp thức hóa hồ sơ vay tiền rồi chiếm đoạt của các "
        "ngân hàng hơn 47 tỷ đồng.",
        CIMCO + "Cao Cường",
        "Giám đốc Cty CIMCO bị bắt vì lừa đảo 47 tỷ đồng",
    ]) + "\n"
    article = read(tmp_path, text)
    assert article.title == "Giám đốc Cty CIMCO bị bắt vì lừa đảo 47 tỷ đồng"
    assert not article.title_derived
    assert article.byline == "Cao Cường"  # (glued to the last sentence, no space between: "… 47 tỷ đồng.Cao Cường")


def test_a_text_ending_on_a_related_story_s_title_is_not_titled_by_it(tmp_path):
    # The last line shares few words with the lead: another story's, no headline of this one.
    text = "\n\n".join([LEAD, *BODY, "Bắc Giang: Đi luồng xanh xuất khẩu vải thiều sang Trung Quốc"]) + "\n"
    article = read(tmp_path, text)
    assert article.title != "Bắc Giang: Đi luồng xanh xuất khẩu vải thiều sang Trung Quốc"


def test_a_firm_named_after_its_kind_is_no_one_after_its_chairman_s_post():
    text = ("Bà Võ Thị Mỹ Hạnh, Thành viên HĐQT Công ty cổ phần Hoàng Anh Gia Lai, vừa mua 1 triệu cổ phiếu. "
            "Trước đó, ông Đoàn Nguyên Đức (bầu Đức), Chủ tịch HĐQT Hoàng Anh Gia Lai, cũng đã mua 10 triệu cổ phiếu.")
    named = [p.name for p in participants([(text, False)])]
    assert "Hoàng Anh Gia Lai" not in named
    assert "Võ Thị Mỹ Hạnh" in named
    # (after "công ty" alone, the chairman's own name: "Chủ tịch HĐQT công ty Hoàng Việt Anh cho biết")
    assert [p.name for p in participants([("Chủ tịch HĐQT công ty Hoàng Việt Anh cho biết đã nhận thấy thông điệp.", False)])] \
        == ["Hoàng Việt Anh"]


def test_a_headline_run_into_a_sapo_that_quotes_its_speaker_and_a_labelled_signature(tmp_path):
    # A Dân trí record whose crawler joined everything into one line: the headline ("X: …"),
    # the sapo opening on a long quotation, the body, then "Nội dung: A, Video: B, Photo: C".
    text = ("Bộ trưởng Đào Ngọc Dung: Chỉ tiêu niềm tin về an sinh xã hội tăng cao “Chỉ tiêu về niềm tin của nhân dân đánh "
            "giá về an sinh xã hội hiện đứng thứ 3 trong hơn 30 chỉ tiêu. Niềm tin đó tăng từ 55 % lên 68 % vào tháng 9/2020 "
            "vừa qua …”. Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung phát biểu tại Đại hội Thi đua yêu nước lần thứ 5 của Ngành Lao "
            "động - Thương binh và Xã hội năm 2020, sáng 17/11 tại Hà Nội. " + " ".join(BODY[1:])
            + " Nội dung: Hoàng Mạnh, Video: Nguyễn Bắc, Photo: Đỗ Linh\n")
    article = read(tmp_path, text)
    assert article.title == "Bộ trưởng Đào Ngọc Dung: Chỉ tiêu niềm tin về an sinh xã hội tăng cao"
    assert article.byline == "Hoàng Mạnh"


def test_a_headline_quoting_its_speaker_stays_whole(tmp_path):
    # (a short quotation in single quotes closes the headline; the sapo follows it)
    text = ("Sở Y tế Hòa Bình: 'Nước chạy thận không được kiểm định sau bảo dưỡng máy' Trước khi chạy thận cho 18 bệnh nhân "
            "gặp tai biến, Bệnh viện đa khoa tỉnh Hòa Bình không kiểm định lại nguồn nước sau bảo dưỡng máy. " + " ".join(BODY) + "\n")
    assert read(tmp_path, text).title == "Sở Y tế Hòa Bình: 'Nước chạy thận không được kiểm định sau bảo dưỡng máy'"


def test_commune_police_officers_counted_then_named():
    text = "Ngoài ra, 2 công an viên thị trấn Vĩnh Tuy là Hoàng Trọng Tấn và Nguyễn Vũ Hiệp cũng bị khởi tố về tội danh trên."
    assert [(p.name, p.role) for p in participants([(text, False)])] == [
        ("Hoàng Trọng Tấn", "công an viên thị trấn Vĩnh Tuy"), ("Nguyễn Vũ Hiệp", "công an viên thị trấn Vĩnh Tuy")]


def test_with_nothing_naming_the_headline_the_line_above_the_first_paragraph_is_it(tmp_path):
    # A portal's page whose classes say nothing and whose <title> is the portal's name: the
    # headline is the line right above the sapo, past the date line between, which dates the page.
    page = (PORTAL_HEAD.format(title="Trang thông tin điện tử Sở Nội Vụ - Tỉnh ĐắkNông")
            + '<table><tr><td class="k91">Tin nổi bật</td></tr></table><div class="k2a"><p class="k3b">Họp Thành viên UBND tỉnh thường kỳ tháng 03</p>'
            + '<div class="k4c">22/04/2019</div>'
            + f'<p class="k5d">{INTRO}</p><p>{CONTENT}</p></div></body></html>')
    article = read(tmp_path, page, "a.html")
    assert article.title == "Họp Thành viên UBND tỉnh thường kỳ tháng 03"
    assert article.page_date == dt.date(2019, 4, 22)


def test_a_post_held_in_the_role_of_or_as():
    def read_people(text):
        return [(p.name, p.role) for p in participants([(text, False)])]

    assert read_people("Khi đó, ông Ngô Văn Thuyên trong vai trò Chủ tịch Hội đồng trường đã ký thông báo.") \
        == [("Ngô Văn Thuyên", "Chủ tịch Hội đồng trường")]
    assert read_people("Bà Trần Thị Hoa với vai trò là Phó Giám đốc Sở Y tế cho biết kế hoạch đã xong.") \
        == [("Trần Thị Hoa", "Phó Giám đốc Sở Y tế")]
    assert read_people("Ông Lê Văn Cường với tư cách cá nhân đã phát biểu tại hội nghị.") == []


# The review of this session's rules (a helper's counterexamples, each read wrongly by a first version).

def test_a_subheading_that_opens_with_tro_lai_is_no_link_back(tmp_path):
    text = "\n\n".join(["Ca sĩ Mỹ Tâm tái xuất sau hai năm vắng bóng", LEAD, BODY[0], "Trở lại sân khấu", *BODY[1:], "Hoàng Yến"]) + "\n"
    article = read(tmp_path, text)
    assert "Trở lại sân khấu" in article.body and article.byline == "Hoàng Yến"


def test_without_a_record_s_address_above_a_last_line_is_no_title(tmp_path):
    # A portal's text that opens on its lead and ends with the unit that signs it, or with a
    # closing sentence left without its full stop: neither is its headline.
    lead = ("Sáng 20/12, Ban Tuyên giáo Huyện ủy Nam Đàn phối hợp với Trung tâm Chính trị huyện tổ chức hội nghị báo cáo "
            "viên tháng 12 năm 2023 với sự tham dự của đông đảo báo cáo viên.")
    for last in ("Ban Tuyên giáo Huyện ủy Nam Đàn", "Hội nghị báo cáo viên tháng 12 năm 2023 của Huyện ủy Nam Đàn đã thành công tốt đẹp"):
        article = read(tmp_path, "\n\n".join([lead, *BODY[1:], last]) + "\n")
        assert article.title != last and article.title_derived


def test_a_caption_above_the_first_paragraph_is_no_headline(tmp_path):
    page = ('<html><head><title>Cổng thông tin điện tử huyện Nam Đàn</title><meta charset="utf-8"></head><body><div class="k8f2a">'
            '<p class="x1">Hội nghị báo cáo viên Huyện ủy tháng 12 năm 2023</p><p>22/12/2023</p>'
            '<p>Sáng 20/12, Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên tháng 12.</p><p><img src="a.jpg"></p>'
            '<p><em>Đồng chí Nguyễn Văn Hùng, Trưởng Ban Tuyên giáo Huyện ủy phát biểu tại hội nghị</em></p>'
            f"<p>{CONTENT}</p><p>{CONTENT}</p></div></body></html>")
    article = read(tmp_path, page, "a.html")
    assert article.title == "Hội nghị báo cáo viên Huyện ủy tháng 12 năm 2023"
    assert "Nguyễn Văn Hùng" in [p.name for p in article.participants]


def test_a_party_committee_after_the_headline_in_title_is_the_site():
    from generator.ingest.html import _page_meta
    from bs4 import BeautifulSoup

    def site(title):
        return _page_meta(BeautifulSoup(f"<html><head><title>{title}</title></head><body></body></html>", "html.parser")).get("site")

    assert site("Hội nghị báo cáo viên tháng 12 - Huyện ủy Nam Đàn") == "Huyện ủy Nam Đàn"
    assert site("Ra quân Tháng thanh niên - Tỉnh Đoàn Nghệ An") == "Tỉnh Đoàn Nghệ An"
    assert site("Họp Thành viên UBND tỉnh thường kỳ tháng 03 - Tỉnh Nghệ An") is None


def test_a_district_s_name_with_an_apostrophe_after_a_post_is_no_one():
    for text in ("Chủ tịch UBND huyện M'Đrắk cho biết đã chỉ đạo khắc phục hậu quả.", "Trưởng Công an huyện K'Bang cho biết vụ việc đã rõ."):
        assert participants([(text, False)]) == []


def test_a_lead_quoting_its_speaker_after_a_colon_is_not_cut_as_a_headline(tmp_path):
    text = ("Bộ trưởng Bộ Y tế Đào Lan Hương khẳng định: “Ngành y tế sẽ tiếp tục đưa bác sĩ trẻ về công tác tại các vùng khó "
            "khăn để người dân được chăm sóc sức khỏe tốt hơn, nhất là ở vùng sâu, vùng xa và biên giới hải đảo của Tổ quốc”. "
            "Phát biểu tại hội nghị sáng 20/12, Bộ trưởng nhấn mạnh yêu cầu nâng cao chất lượng y tế cơ sở. " + " ".join(BODY) + "\n")
    article = read(tmp_path, text)
    assert not article.title.endswith(":")
    assert "Đào Lan Hương" in [p.name for p in article.participants]


def test_an_outlet_by_its_name_then_its_section_after_a_middle_dot_is_no_credit(tmp_path):
    text = "\n\n".join(["Giá vàng SJC vượt mốc 80 triệu đồng mỗi lượng", "Nhân Dân · Bình Luận", "20/12/2023 08:15", LEAD, *BODY, "Minh Anh"]) + "\n"
    assert read(tmp_path, text).byline == "Minh Anh"


def test_two_authors_linked_in_a_markdown_page_sign_it(tmp_path):
    text = ("# Giá vàng SJC vượt mốc 80 triệu đồng mỗi lượng\n\n"
            "[Kinh doanh](https://vnexpress.net/kinh-doanh) [Hàng hóa](https://vnexpress.net/kinh-doanh/hang-hoa)\n\n"
            + "\n\n".join([LEAD, *BODY]) + "\n\n"
            "[Minh Anh](https://dantri.com.vn/tac-gia/minh-anh.htm) - [Hoàng Hà](https://dantri.com.vn/tac-gia/hoang-ha.htm)\n")
    article = read(tmp_path, text, "a.md")
    assert article.byline == "Minh Anh, Hoàng Hà"
    assert article.kicker is None
