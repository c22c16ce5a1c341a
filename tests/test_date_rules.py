"""The event's date in a lead, and the year from context: one lead each."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from generator.ingest import read_raw_article
from generator.ingest.dates import anchored_dates, context_years, event_date, page_date

D = dt.date


@pytest.mark.parametrize(("lead", "context", "page", "expected", "inferred"), [
    ("Sáng 4/10/2019, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị.", [], None, D(2019, 10, 4), False),
    ("Ngày 04/12/2019, Ban Chấp hành Đảng bộ tỉnh tổ chức kỳ họp.", [], None, D(2019, 12, 4), False),
    ("Sáng nay (5/1), UBND tỉnh tổ chức hội nghị năm 2019.", ["năm 2018", "năm 2019"], D(2023, 12, 3), D(2019, 1, 5), True),
    ("Từ chiều nay, (25/9), Đảng bộ tỉnh họp phiên trù bị, nhiệm kỳ 2020-2025.", [], None, D(2020, 9, 25), True),
    ("Ngày 5 tháng 1 năm 2019, hội nghị diễn ra.", [], None, D(2019, 1, 5), False),
    ("Sáng 12-3, UBND tỉnh họp về quý I/2021.", ["so với năm 2020", "đến năm 2025"], None, D(2021, 3, 12), True),
    ("Thực hiện Kế hoạch số 15/KH-UBND ngày 20/2/2021 của UBND tỉnh, sáng 3/3/2021, đoàn kiểm tra làm việc.", [], None, D(2021, 3, 3), False),
    ("Trong 2 ngày 15 và 16/1/2024, hội nghị diễn ra.", [], None, D(2024, 1, 15), False),
    ("Sáng sớm 2/11/2025, Đồn Biên phòng cử 25 cán bộ xuống vùng ngập.", [], None, D(2025, 11, 2), False),
    ("Chiều tối 1/11/2025, mưa lớn gây ngập.", [], None, D(2025, 11, 1), False),
    ("Từ ngày 4 đến ngày 6/10/2019, đoàn công tác làm việc.", [], None, D(2019, 10, 4), False),
    ("Sáng thứ Hai (5/1), hội nghị trực tuyến năm 2015 khai mạc.", [], None, D(2015, 1, 5), True),
    ("Hôm nay (2/9), tỉnh tổ chức lễ kỷ niệm.", [], D(2023, 9, 2), D(2023, 9, 2), True),
    ("Theo Nghị quyết số 62-NQ/TU, ngày 29/5/2013, thành phố đạt 16/25 chỉ tiêu, 75,7% kế hoạch.", [], None, None, True),
    ("UBND phường đã có Báo cáo số 676/UBND-KTHT&ĐT, ngày 9-10-2025, gửi các cơ quan chức năng.", [], D(2026, 1, 28), None, True),
    # A past year's date recalled, then the reported day without its year, shortly before the page.
    ("Zhao đã thừa nhận tội danh vào ngày 21/11/2023 tại tòa án. Theo thông báo của Thư ký báo chí Nhà Trắng Karoline Leavitt vào hôm thứ Năm ngày 23/10, "
     "Zhao được ân xá.", [], D(2025, 10, 24), D(2025, 10, 23), True),
    # The news's own decision, made known that day (not a document's date).
    ("Quyết định này được Nhà Trắng công bố ngày 23/10, đánh dấu một động thái quan trọng.", [], D(2025, 10, 24), D(2025, 10, 23), True),
    # A decision's date where the text says it was issued is a document's date; a day without its
    # year after another year's whole date keeps that year; a target ahead leaves the news undated.
    ("Quyết định này được UBND huyện ban hành ngày 10/7/2023 nhưng các hộ vẫn chưa nhận được tiền.", [], D(2025, 10, 20), None, True),
    ("Theo cáo trạng, ngày 20/9/2023, Hùng lừa đảo. Ngày 15/10, Hùng bỏ trốn.", [], D(2025, 11, 5), D(2023, 9, 20), False),
    # A whole date weeks after the page's is a target, not the event.
    ("Nhiều dự án có nguy cơ không kịp hoàn thành đúng mục tiêu đề ra vào ngày 19/12/2025.", [], D(2025, 11, 2), None, True),
    ("Nông dân huyện Văn Quan mở rộng diện tích trồng hồi.", [], None, None, True),
    # Forms of outlets the first corpus did not hold.
    ("Nghị định 68/2026/NĐ-CP có hiệu lực từ ngày 5-3.", [], D(2026, 3, 7), None, True),
    ("FTSE Russell sẽ tiến hành kỳ soát xét vào tháng 3 và công bố kết quả vào ngày 7/4.", [], D(2026, 3, 7), None, True),
    ("Bà Dương đề nghị ngày 21-3, phía ngân hàng trả 25 tỉ đồng.", [], D(2023, 3, 19), None, True),
    ("Sáng 22/1, Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ 2018.", [], None, D(2018, 1, 22), True),
    ("Chiều ngày 7/3, Công đoàn tổ chức cuộc thi chào mừng Đại hội nhiệm kỳ XV (2018 – 2023).", [], None, D(2018, 3, 7), True),
    # With no page date, a year the body names once does not date the day ("Chương trình phát
    # thanh 06/10/2021" is as often another day's); named in the lead, it does.
    ("Ngày 3/11, Chủ tịch UBND huyện chủ trì hội nghị.", ["Chương trình phát thanh 06/10/2021"], None, None, True),
    ("Ngày 3/11, Chủ tịch UBND huyện chủ trì hội nghị tổng kết năm 2021.", [], None, D(2021, 11, 3), True),
    ("Khoảng 2 giờ, ngày 27-3, tại chợ đã xảy ra vụ cháy.", ["tiểu thương Nguyễn Anh Tú (sinh năm 1983)"], None, None, True),
    ("Sáng ngày 11/2, nhân dịp Tết Nguyên đán Bính Ngọ 2026, Bí thư Đảng ủy xã đến thăm các cụ.", [], None, D(2026, 2, 11), True),
    # (a Tết named with its year dates the day from the body too: the occasion of the news, not a figure's year)
    ("Chiều 28-01, Phó Chủ tịch UBND tỉnh tiếp Đoàn đại biểu tỉnh Kratie.", ["Nhân dịp Tết Nguyên đán Kỷ Hợi 2019, đoàn chúc Tết tỉnh."],
     None, D(2019, 1, 28), True),
    ("Sáng 20/1, tỉnh tổ chức gặp mặt nhân dịp Tết Ất Tỵ 2025.", [], None, D(2025, 1, 20), True),
    ("(TVU) – Ngày 28 và 29.9.2023 – Giảng viên khoa tham dự Hội nghị.", [], None, D(2023, 9, 28), False),
    ("Cụ thể, chốt phiên 6/3, giá vàng miếng SJC giảm.", [], D(2026, 3, 7), D(2026, 3, 6), True),
    ("Rạng sáng 25/10, Man Utd và Fenerbahce hòa 1-1 tại vòng 3 Europa League 2024-25.", ["năm 2023"], None, D(2024, 10, 25), True),
    ("Tối 12/3, đội bóng thắng ở vòng 25 V-League 2023/2024.", [], None, D(2024, 3, 12), True),
    # A year's review beside the next year's plan: December goes with the earlier year.
    ("Hội nghị khai mạc sáng nay (28/12).", ["năm 2020"] * 3 + ["năm 2021"] * 4, None, D(2020, 12, 28), True),
    ("Hội nghị khai mạc sáng nay (5/1).", ["năm 2020"] * 4 + ["năm 2021"] * 3, None, D(2021, 1, 5), True),
    # A report opening on the day after its page's date: the page's clock is off (a page
    # stamped 23:46 on 1/11 telling of "Chiều 2/11"); what is to come stays no event.
    ("Chiều 2/11, tại Trung tâm hội nghị tỉnh, Sở tổ chức bế mạc Liên hoan.", [], D(2025, 11, 1), D(2025, 11, 2), True),
    ("Sáng 1/1, tỉnh tổ chức lễ chào cờ.", [], D(2025, 12, 31), D(2026, 1, 1), True),
    ("Sáng 2/11, tỉnh sẽ tổ chức lễ khai mạc.", [], D(2025, 11, 1), None, True),
    ("Sáng mai 2/11, tỉnh tổ chức lễ khai mạc.", [], D(2025, 11, 1), None, True),
    ("Chiều 3/11, tỉnh tổ chức lễ bế mạc.", [], D(2025, 11, 1), None, True),
    ("Hôm kia (30/10), tỉnh tổ chức lễ.", [], D(2025, 11, 1), D(2025, 10, 30), True),
    ("Theo Công an quận Hoàng Mai, ngày 2/11, xảy ra vụ cháy.", [], D(2025, 11, 2), D(2025, 11, 2), True),
    # A day recalled years back, then the day reported: the reported one.
    ("Thảm kịch xảy ra vào ngày 29-10-2022, khiến 159 người thiệt mạng. Hôm 29-10-2025, khoảng 800 người dự lễ tưởng niệm.",
     [], D(2025, 10, 31), D(2025, 10, 29), True),
    # A day the text calls tomorrow: the text tells of the day before it.
    ("Đêm nay đến sáng mai (2/11), áp thấp nhiệt đới có khả năng mạnh lên thành bão.", [], D(2025, 11, 2), D(2025, 11, 1), True),
    ("Malaysia dẫn đầu bảng B AFF Cup 2022, ngày mai (25/12) đội bóng này sẽ tới Hà Nội.", [], None, D(2022, 12, 24), True),
    # No page date: an anniversary the lead keeps dates the day by the founding's year the text
    # names more often (round 198-b, a department's portal).
    ("Ngày 06/4 tại Hà Nội, Tạp chí Môi trường đã tổ chức Lễ kỷ niệm 20 năm thành lập và đón nhận Bằng khen.",
     ["Tạp chí xuất bản số đầu tiên vào năm 1999 theo Giấy phép xuất bản năm 1999, hoạt động theo Quyết định năm 1999.",
      "Năm 2019, Tạp chí Môi trường tròn 20 tuổi."], None, D(2019, 4, 6), True),
])
def test_event_date(lead, context, page, expected, inferred):
    found = event_date(lead, [], [], context, page)
    assert (found.date, found.inferred) == (expected, inferred)


def test_a_day_the_text_calls_today_outweighs_a_day_only_referred_to():
    # VTV, 3 April 2014: the lead recalls the burst pipe "ngày 1/4"; the report is of today.
    lead = "(VTV Online) - Từ năm 2012 đến nay, nếu tính cả sự cố ngày 1/4, đường ống đã bị vỡ tới 5 lần."
    following = ["Hiện trường vụ vỡ đường ống hôm 1/4.", "Việc này ảnh hưởng tới 70.000 hộ dân.",
                 "Sáng nay (3/4), qua khảo sát thực tế, Cục Giám định cho rằng cần thêm thời gian."]
    assert event_date(lead, following, [], following, D(2014, 4, 3)).date == D(2014, 4, 3)
    # Without "nay" the later paragraph's day is not the event's: the lead's day stands.
    assert event_date(lead, following[:2], [], following[:2], D(2014, 4, 3)).date == D(2014, 4, 1)
    # And a time of day in the lead ("Sáng 1/4") marks the event itself.
    assert event_date("Sáng 1/4, đường ống vỡ.", following, [], following, D(2014, 4, 3)).date == D(2014, 4, 1)


def test_a_year_from_context_never_puts_the_event_after_the_page():
    found = event_date("Sáng nay (20/12), hội nghị tổng kết.", [], [], ["năm 2023"], D(2023, 1, 10))
    assert found.date == D(2022, 12, 20)


@pytest.mark.parametrize(("line", "expected"), [
    ("Chủ nhật,  23/02/2020", D(2020, 2, 23)),
    ("Thứ hai, 08/08/2022 - 10:15", D(2022, 8, 8)),
    ("Cập nhật: 23/02/2020 08:30", D(2020, 2, 23)),
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh, lần thứ 17 (mở rộng):", None),
    ("Thứ 6, 21/03/2025 | 15:45", D(2025, 3, 21)),
    # A machine's UTC stamp: the day in Vietnam (17:00 UTC is midnight there).
    ("2025-11-02T17:00:28.000Z", D(2025, 11, 3)),
    ("2025-11-02T04:00:46.000Z", D(2025, 11, 2)),
    ("2025-11-02T23:30:00+07:00", D(2025, 11, 2)),
    ("25-08-2023, 20:25 (GMT+7)", D(2023, 8, 25)),
    ("Cập nhật lúc 10:15 ngày 12/3/2021", D(2021, 3, 12)),
    ("Thứ Bảy, 18/12/2021, 21:07 [GMT+7]", D(2021, 12, 18)),
    ("2024-10-25 15:03:31", D(2024, 10, 25)),
    # The year first with slashes, as a crawler's record keeps it (not two separators mixed).
    ("2023/03/26", D(2023, 3, 26)),
    ("2023/3/6 10:20", D(2023, 3, 6)),
    ("2023/03-26", None),
    ("(TTXVN/Vietnam+) lúc : 11/07/14 11:35", D(2014, 7, 11)),
    ("1501033860", D(2017, 7, 26)),
    ("Sáng 4/10/2019", None),
    ("Đạt 16/25 chỉ tiêu", None),
    # A portal's copy that lost the slashes, known by its weekday.
    ("thứ năm, 08 08 2019 08:51", D(2019, 8, 8)),
    ("thứ năm, 29 06, 2017", D(2017, 6, 29)),  # (a WordPress theme's "l, d m, Y": round190-a)
    ("2017-07-11T00:00:00+09:00", D(2017, 7, 11)),  # (midnight in a zone: a day with no time, as written; round192-b-02)
    ("08 08 2019", None),
    # An English-language theme's header line (round 153: a WordPress theme's "January 24,
    # 2019 at 8:40AM MST"), not a month and year alone, nor a sentence that holds a date.
    ("January 24, 2019 at 8:40AM MST", D(2019, 1, 24)),
    ("Posted on Jan 5, 2021", D(2021, 1, 5)),
    ("Monday, 24 January 2019 10:15", D(2019, 1, 24)),
    ("Sept. 3rd, 2020 | 10:15 pm", D(2020, 9, 3)),
    ("May 2019", None),
    ("Trump May 5, 2019 said", None),
    # A feed's time stamp (RFC 2822, round 153-b: a blog built from news feeds): the day in Vietnam.
    ("Sat, 13 Jul 2024 21:00:00 +0700", D(2024, 7, 13)),
    ("Sun, 01 Dec 2024 20:00:00 +0000", D(2024, 12, 2)),
    # Session 38, round157-d (Người Lao Động as a news app's mock data keeps it): an offset in
    # hours alone, seven hours, not seven minutes; a day, month and year of two digits by dashes.
    ("Tue, 28 May 2024 20:00:00 +07", D(2024, 5, 28)),
    ("Tue, 28 May 2024 20:00:00 -07", D(2024, 5, 29)),
    ("05-06-24 13:37", D(2024, 6, 5)),
    ("05-06/24 13:37", None),
    # Session 38, round158-c (a crawler's VietnamNet records): month first where the day cannot be a month.
    ("11/16/2017 (GMT+7)", D(2017, 11, 16)),
    ("05/06/2017 (GMT+7)", D(2017, 6, 5)),
    ("31/02/2017", None),
    # Session 40, round165-d (a company site's seed data): a database's time stamp, its offset
    # glued to the time in hours alone.
    ("2026-01-05 00:00:00+00", D(2026, 1, 5)),
    ("2026-01-05 23:30:00+0700", D(2026, 1, 5)),
    ("2026-01-05 00:00:00+00 giờ", D(2026, 1, 5)),
    ("2026-01-05 00:00:00+001", None),
    # Session 40, round166-c (a student's React copy of Báo Tin tức): a feed's stamp with the
    # month's whole name.
    ("Sat, 06 July 2024 12:42:00 +07", D(2024, 7, 6)),
    ("Saturday, 06 July 2024 23:42:00 -07", D(2024, 7, 7)),
    ("Sat, 06 Julyy 2024 12:42:00 +07", None),
    # Session 41, round167-d (a company site's copy of a CafeF article): an English-language
    # theme's words round a date in figures, its category or author after it.
    ("post 29.09.2018 of VTG TRÊN BÁO CHÍ", D(2018, 9, 29)),
    ("Posted on 29/09/2018 by admin", D(2018, 9, 29)),
    ("post 29/09/2018 của chúng tôi về 5 vấn đề", None),
    ("Posted on 29/09/2018 by 5 people", None),
    # Session 47, Báo Mới's pages pasted as text: its line under the headline counts the copies
    # and the related stories, then links the first outlet ("Gốc"); a section after a bar.
    ("31/10/2025 6 liên quan Gốc", D(2025, 10, 31)),
    ("24/10/2025 2 đăng lại 11 liên quan Gốc", D(2025, 10, 24)),
    ("25/10/2025 Gốc", D(2025, 10, 25)),
    ("20/01/2022 01:39 PM | Kinh doanh", D(2022, 1, 20)),
    ("09-12-2019 - 09:07 AM | Thể thao", D(2019, 12, 9)),
    ("22/07/22 102 liên quan Gốc Tây Ban Nha", D(2022, 7, 22)),  # (the story's topic tag after "Gốc")
    ("Nguồn gốc 25/10/2025 của vụ việc", None),
    ("20/01/2022 | Kinh doanh 2021", None),
    # Session 53, a military school's site: the page's count of readers beside its date.
    ("23/08/2025 • 96 lượt xem", D(2025, 8, 23)),
    ("Thứ bảy, 23/08/2025 - 1.234 lượt xem", D(2025, 8, 23)),
    ("23/08/2025 08:15 | Lượt xem: 96", D(2025, 8, 23)),
    ("23/08/2025 96 lượt xem bài 12", None),
    ("23/08/2025 Lượt xem: 96", D(2025, 8, 23)),  # (the year is no count: "2025 Lượt")
    ("Ngày 23/08/2025 Số lượt xem: 96", D(2025, 8, 23)),
])
def test_page_header_date(line, expected):
    assert page_date(line) == expected


def test_a_fraction_after_hien_nay_is_no_date_and_hom_qua_further_in_is():
    assert event_date("Hiện nay, 2/3 diện tích lúa đã được thu hoạch.", [], [], [], D(2025, 11, 5)).date is None
    assert event_date("Hiện nay (2/11), bão đang mạnh lên.", [], [], [], D(2025, 11, 2)).date == D(2025, 11, 2)
    following = ["Mưa lũ đã khiến nhiều hộ bị ngập.", "Các trường học ra quân.", "Hôm qua (1/11), xã tổ chức ra quân dọn vệ sinh."]
    assert event_date("Ngành y tế ra quân vệ sinh môi trường.", following, [], [], D(2025, 11, 2)).date == D(2025, 11, 1)


def test_with_nothing_dated_up_front_a_recent_day_a_time_of_day_marks_further_in():
    lead = "Ngành y tế đang cùng chính quyền các phường ra quân vệ sinh môi trường."
    following = ["Mưa lũ đã khiến gần 1.500 hộ dân bị ngập.", "Các trường học ra quân thu gom rác thải.",
                 "Sáng 2/11, Trung tâm Y tế tổ chức ra quân tiêu độc khử trùng."]
    assert event_date(lead, following, [], following, D(2025, 11, 2)).date == D(2025, 11, 2)
    # Not a day weeks back, nor one only "ngày" refers to, nor one to come.
    for later in ("Sáng 2/10, Trung tâm Y tế họp.", "Hạn chót là ngày 1/11.", "Dự kiến sáng 3/11 sẽ họp.",
                  "Cổ phiếu mất 6,3% giá trị trong phiên 2/11.", "Trước đây, sáng 1/11 năm ngoái, xã đã họp."):
        assert event_date(lead, following[:2] + [later], [], [], D(2025, 11, 2)).date is None, later


def test_with_nothing_dated_up_front_a_paragraph_opening_on_a_part_of_today_dates_the_news():
    # Round39-a: a flood whose day is only "chiều nay", further in.
    lead = "Nước lũ trên sông Bồ đang tiếp tục dâng cao, nhiều khu dân cư bị ngập sâu."
    following = ["Mưa lớn kéo dài khiến nhiều tuyến đường bị chia cắt.", "Lực lượng chức năng đã có mặt tại hiện trường.",
                 "Đến chiều nay, 10 hộ dân ở vùng trũng thấp đã được di dời đến nơi an toàn."]
    assert event_date(lead, following, [], following, D(2025, 11, 2)).date == D(2025, 11, 2)
    # (not "hôm nay", nowadays as often; nor a caption's, a file photo's)
    nowadays = following[:2] + ["Hôm nay, nghề làm muối ở đây đã mai một."]
    assert event_date(lead, nowadays, [], nowadays, D(2025, 11, 2)).date is None
    assert event_date(lead, following[:2], [], following[:2], D(2025, 11, 2), captions=[following[2]]).date is None


def test_a_full_date_after_the_page_date_is_kept_but_marked_for_review():
    found = event_date("Sáng 4/10/2021, hội nghị diễn ra.", [], [], [], D(2020, 2, 23))
    assert (found.date, found.inferred) == (D(2021, 10, 4), True)


@pytest.mark.parametrize(("lead", "context", "page", "expected"), [
    # A day without a year falls shortly before the page: the page's year decides, over
    # a context that speaks of last year.
    ("Sáng 2/1, tỉnh tổng kết công tác.", ["tổng kết năm 2022", "năm 2023"], D(2023, 1, 3), D(2023, 1, 2)),
    ("Ngày 28/12, hội nghị tổng kết.", ["năm 2022"], D(2023, 1, 3), D(2022, 12, 28)),
    # A page re-published years later: the context's year, stated in the lead, decides.
    ("Sáng nay (5/1), hội nghị triển khai nhiệm vụ năm 2019.", [], D(2023, 12, 3), D(2019, 1, 5)),
    ("Hôm qua, đoàn công tác làm việc.", [], D(2024, 5, 10), D(2024, 5, 9)),
    ("Dự kiến ngày 27/11, hội thảo sẽ diễn ra.", [], D(2020, 11, 20), None),
    # The year a law was passed is not the year of the day: the page's year decides.
    ("Sáng ngày 27/02, Đoàn công tác khảo sát việc thực hiện Luật Tổ chức chính quyền địa phương.",
     ["đề xuất ban hành quy chế theo Luật Tổ chức chính quyền địa phương năm 2015 để áp dụng."], D(2019, 7, 30), D(2019, 2, 27)),
])
def test_the_page_date_decides_the_year_of_a_recent_day(lead, context, page, expected):
    assert event_date(lead, [], [], context, page).date == expected


def test_an_event_named_with_its_year_in_the_lead_gives_the_year():
    found = event_date("Joshua Zirkzee tặng áo cho thí sinh chung kết Đường lên đỉnh Olympia 2024.", ["Sáng 13/10, chung kết khép lại."], [], [], None)
    assert found.date == D(2024, 10, 13)


def test_a_date_line_that_opens_with_its_credit():
    from generator.ingest.dates import credited_page_date

    assert credited_page_date("Linh Chi, Theo Lao động 10:55 17/08/2018") == (D(2018, 8, 17), "Linh Chi, Theo Lao động")
    assert credited_page_date("Ngày 12/3, tỉnh tổ chức hội nghị") is None
    # (a pasted page's author and date joined by a bullet: Kinh tế & Đô thị)
    assert credited_page_date("Thanh Bình • 28/01/2026 - 06:52") == (D(2026, 1, 28), "Thanh Bình")
    # (two authors joined by a dash, then the stamp with its weekday: Thanh Niên pasted)
    assert credited_page_date("Thanh Chân - Minh Tâm Thứ tư, 20/05/2026 19:00 (GMT+7)") == (D(2026, 5, 20), "Thanh Chân - Minh Tâm")
    assert page_date("2025-03-26 00:00:00.000000") == D(2025, 3, 26)


def test_today_inside_the_first_sentence_and_a_past_weekday_date_a_lead_with_no_day():
    sapo = "Hàn Quốc cho biết Triều Tiên phóng một số tên lửa đạn đạo tầm ngắn."
    told = "Quân đội Hàn Quốc cho biết sáng nay Triều Tiên phóng một số quả đạn. Lần trước là tháng 5."
    assert event_date(sapo, [told], [], [], D(2025, 10, 26)).date == D(2025, 10, 26)
    # A page of Sunday 2 November: "hôm thứ Sáu" is Friday 31 October, "hôm thứ Hai" Monday 27.
    assert event_date("Tại cuộc họp ở Toronto hôm thứ Sáu vừa qua, G7 cam kết giảm phụ thuộc.", [], [], [], D(2025, 11, 2)).date == D(2025, 10, 31)
    assert event_date("Ông Trump hôm thứ Hai cho biết sẽ gặp ông Tập.", [], [], [], D(2025, 11, 2)).date == D(2025, 10, 27)
    # Not a weekday to come, one a date follows, a schedule, nor "sáng nay" in a later sentence.
    for lead in ("Cuộc họp sẽ diễn ra hôm thứ Sáu tới.", "Đêm nhạc diễn ra vào thứ Sáu cuối cùng của mỗi tháng.",
                 "Hội nghị bế mạc. Sáng nay các đoàn về nước."):
        assert event_date(lead, [], [], [], D(2025, 11, 2)).date is None, lead



def test_a_weekday_in_the_lead_counts_back_from_the_page_but_never_forward():
    saturday = D(2025, 11, 1)
    for lead, expected in (
        ("Ông Trump hôm thứ Sáu tuần trước đã ký sắc lệnh.", D(2025, 10, 24)),
        ("Tổng thống Putin hôm thứ Sáu (giờ địa phương) tuyên bố.", D(2025, 10, 31)),
        ("Ông Trump hôm qua cho biết cuộc gặp hôm thứ Năm rất tốt.", D(2025, 10, 31)),
        ("Bước sang hôm thứ ba của đợt mưa lũ, nước vẫn dâng.", None),
        ("Hội nghị sẽ khai mạc vào hôm thứ Hai.", None),
        ("Ông Trump dự kiến gặp ông Tập hôm thứ Năm tuần sau.", None),
    ):
        assert event_date(lead, [], [], [], saturday).date == expected, lead
    # A time of day before the weekday tells the day as "hôm" does: "Sáng Chủ nhật" on a
    # Sunday's page is that Sunday, "Chiều thứ Sáu" the Friday before.
    sunday = D(2025, 11, 2)
    assert event_date("Sáng Chủ nhật, thành phố Huế vẫn còn đượm hơi ẩm.", [], [], [], sunday).date == sunday
    assert event_date("Chiều thứ Sáu, đoàn đã đến thăm bà con vùng lũ.", [], [], [], sunday).date == D(2025, 10, 31)
    assert event_date("Sáng Chủ nhật tới, đoàn sẽ lên đường.", [], [], [], sunday).date is None
    # Only where it opens the sentence: not a span's end, a weekly slot, a match to come.
    for lead in ("Lễ hội kéo dài đến tối Chủ nhật.", "Chương trình phát sóng lúc 20h tối thứ Bảy hằng tuần.",
                 "Đội bóng chuẩn bị cho trận đấu tối thứ Ba."):
        assert event_date(lead, [], [], [], D(2025, 10, 31)).date is None, lead
    # "hôm qua" in the lead outranks "sáng nay" in the paragraph after it.
    assert event_date("Ông Trump hôm qua gặp ông Tập.", ["Sáng nay hai nhà lãnh đạo sẽ họp báo."], [], [], D(2025, 10, 31)).date == D(2025, 10, 30)


def test_a_day_followed_by_toi_is_to_come():
    lead = "Bộ trưởng kiểm tra dự án cao tốc, công trình đang gấp rút thi công để kịp thông xe kỹ thuật vào ngày 19/12 tới."
    following = ["Các nhà thầu chạy nước rút", "Ngày 2/11, Bộ trưởng Bộ Xây dựng cùng đoàn công tác đã đi kiểm tra thực địa."]
    assert event_date(lead, following, [], following, D(2025, 11, 2)).date == D(2025, 11, 2)
    # Not "từ ngày 1/11 tới ngày 3/11", a span that has begun.
    assert event_date("Từ ngày 1/11 tới ngày 3/11, lễ hội diễn ra tại công viên.", [], [], [], D(2025, 11, 2)).date == D(2025, 11, 1)

    # A span from one time to the next is no day to come.
    for lead, expected in (("Từ đêm 1/11 tới sáng 2/11, mưa lớn gây ngập nhiều nơi.", D(2025, 11, 1)),
                           ("Sáng 2/11 tới trưa cùng ngày, đoàn công tác kiểm tra đê.", D(2025, 11, 2))):
        assert event_date(lead, [], [], [], D(2025, 11, 3)).date == expected, lead


def test_a_day_something_starts_from_dates_no_event():
    # VnExpress, 28 June 2024 (round178-b): an appointment that holds "từ ngày 21/6", reported a
    # week later; a rule that applies "từ 1/7"; a service "từ ngày 3/11": the day it starts, not news.
    appointed = "Ông Trương Thanh Hoài, Cục trưởng Công nghiệp được bổ nhiệm giữ chức Thứ trưởng Công Thương từ ngày 21/6."
    assert event_date(appointed, [], [], [], D(2024, 6, 28)).date is None
    assert event_date("Từ ngày 1/7, Bộ Y tế áp dụng quy định mới. Sáng 3/7, Bộ trưởng chủ trì họp báo.", [], [], [],
                      D(2024, 7, 3)).date == D(2024, 7, 3)
    # A span that opens with "từ" is the event's (its first day), and a rule that starts on the
    # page's own day is that day's news.
    assert event_date("Từ ngày 11 - 14/7/2013, tại Nghệ An, Công đoàn Bộ tổ chức tập huấn.", [], [], [], D(2013, 7, 15)).date == D(2013, 7, 11)
    assert event_date("Đợt mưa lớn kéo dài từ ngày 27 - 30/10 đã gây sạt lở.", [], [], [], D(2025, 10, 31)).date == D(2025, 10, 27)
    assert event_date("Từ ngày 1.7.2026, TP.HCM chính thức triển khai miễn phí xe buýt.", [], [], [], D(2026, 7, 1)).date == D(2026, 7, 1)


def test_a_clock_time_marks_a_day_further_into_the_text():
    lead = "Vụ sạt lở đất đá nghiêm trọng vừa xảy ra tại xã miền núi Phước Thành, khiến 6 căn nhà bị vùi lấp."
    following = ["Chính quyền xã xác nhận trên địa bàn vừa xảy ra vụ sạt lở đất nghiêm trọng.",
                 "Vụ sạt lở nghiêm trọng đã phá hỏng hoàn toàn 6 căn nhà.",
                 "Thông tin ban đầu, khoảng 14 giờ ngày 2/11, một lượng đất đá khổng lồ tràn xuống vùi lấp nhà dân."]
    assert event_date(lead, following, [], following, D(2025, 11, 2)).date == D(2025, 11, 2)
    # A paragraph that opens on its day, as a lead does.
    following[2] = "Ngày 2/11, tại Viện Huyết học, chương trình gặp mặt người hiến máu tiêu biểu diễn ra."
    assert event_date(lead, following, [], following, D(2025, 11, 2)).date == D(2025, 11, 2)
    # Not a day a trading session names: "phiên 2/11" stays no event.
    following[2] = "Cổ phiếu mất 6,3% giá trị trong phiên 2/11."
    assert event_date(lead, following, [], following, D(2025, 11, 2)).date is None
    # A weekday written before the day, and its own: up to a week before the page.
    following[2] = "“Phương Tây cần nhiều năm”, ông Daan Struyven phát biểu trong một podcast hôm thứ Ba 28/10."
    assert event_date(lead, following, [], following, D(2025, 10, 31)).date == D(2025, 10, 28)
    following[2] = "Ông Struyven phát biểu trong một podcast hôm thứ Hai 28/10."  # (28/10/2025 was a Tuesday)
    assert event_date(lead, following, [], following, D(2025, 10, 31)).date is None


def test_a_clock_time_further_in_is_no_event_after_until_before_or_a_story_of_another_year():
    # From a review: a count's cut-off, a deadline, a rule's start, what led to an undated arrest.
    lead = "Công an huyện Thanh Trì đã bắt giữ đối tượng Nguyễn Văn Bình về hành vi cướp tài sản."
    base = ["Theo cơ quan điều tra, Bình thường xuyên lui tới các quán net.", "Bình khai nhận hành vi của mình."]
    for later in ("Tính đến 17 giờ ngày 2/11, bão đã làm 5 người chết.", "Hồ sơ được nhận trước 17 giờ ngày 31/10.",
                  "Mức giá mới áp dụng từ 0 giờ ngày 1/11.", "Trước đó, khoảng 22 giờ ngày 31/10, Bình mang theo dao."):
        assert event_date(lead, base + [later], [], base + [later], D(2025, 11, 3)).date is None, later
    # A story told of another year keeps its days there.
    story = ["Theo cáo trạng, tháng 10/2023, Bình làm quen với chị B.", "Bình khai nhận.", "Ngày 1/11, Bình nhắn tin cho chị B."]
    assert event_date(lead, story, [], story, D(2025, 11, 3)).date is None


def test_a_signing_or_a_weekday_after_ngay_dates_nothing():
    # (tried and dropped after a review: "đã ký … vào ngày" is as often an old contract, and
    # "ngày thứ Năm" a day to come or every week)
    lead = "Công ty bị phạt vì vi phạm hợp đồng thuê đất."
    for told in ("Hợp đồng thuê đất đã ký vào ngày 15/3/2019 giữa hai bên.",
                 "Ông Trump sẽ gặp Chủ tịch Trung Quốc Tập Cận Bình tại Hàn Quốc ngày thứ Năm.",
                 "Các cửa hàng đóng cửa ngày Chủ nhật hằng tuần."):
        assert event_date(lead, [told], [], [told], D(2025, 11, 1)).date is None, told


def test_an_official_telling_what_just_happened_dates_the_report_the_incident_the_event():
    lead = "Trong lúc đi lùa trâu về nhà, người đàn ông 52 tuổi ở Hà Tĩnh bị lật thuyền dẫn đến đuối nước tử vong."
    following = ["Ngày 2/11, lãnh đạo xã Mai Hoa (Hà Tĩnh) xác nhận trên địa bàn vừa có người đàn ông tử vong do bị lật thuyền.",
                 "Theo thông tin ban đầu, khoảng lúc 16h45 ngày 1/11, ông Nguyễn Văn Tr. chèo thuyền trên hồ nước."]
    assert event_date(lead, following, [], following, D(2025, 11, 2)).date == D(2025, 11, 1)
    # Not without "vừa" (what he says is the news), nor a day further back than two.
    said = ["Ngày 2/11, lãnh đạo xã Mai Hoa cho biết xã đã hoàn thành sửa chữa.", following[1]]
    assert event_date(lead, said, [], said, D(2025, 11, 2)).date == D(2025, 11, 2)
    older = [following[0], "Theo thông tin ban đầu, khoảng lúc 16h45 ngày 25/10, ông Tr. chèo thuyền trên hồ."]
    assert event_date(lead, older, [], older, D(2025, 11, 2)).date == D(2025, 11, 2)


def test_police_still_looking_into_what_happened_date_the_report_the_incident_the_event():
    # Round46-b: the day the police say they are looking into a crash, then the crash itself.
    lead = "Ngày 2/11, Phòng Cảnh sát giao thông Công an tỉnh Quảng Ngãi đang tiếp tục làm rõ nguyên nhân vụ tai nạn."
    following = ["Trước đó, khoảng 20h30 ngày 1/11, ô tô mang BKS 76K-78 lưu thông trên quốc lộ 1 thì va chạm với xe máy."]
    assert event_date(lead, following, [], [lead, *following], D(2025, 11, 2)).date == D(2025, 11, 1)
    # (what the police do that day, with no inquiry into what happened, is the news)
    done = "Ngày 2/11, Phòng Cảnh sát giao thông Công an tỉnh Quảng Ngãi tổ chức ra quân bảo đảm an toàn giao thông."
    assert event_date(done, following, [], [done, *following], D(2025, 11, 2)).date == D(2025, 11, 2)


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_raw_article(path)


def test_a_time_of_day_far_into_a_feature_dates_it(tmp_path):
    # A reportage whose one dated happening comes after eight undated paragraphs.
    undated = [
        "Mưa liên tục, hậu quả cơn bão trước chưa kịp khắc phục, nay lũ lại ập đến nhấn chìm tất cả.",
        "Trong cơn mưa tầm tã, bà Trần Thị Hương chạy ra kiểm tra con trâu của gia đình.",
        "Nước đã ngập vào nhà, chúng tôi đưa gia cầm lên vị trí cao hơn để tránh nước ngập.",
        "Ở nhà bà Hương, nước đã tràn vào từ rạng sáng và nhanh chóng dâng lên trên đầu gối.",
        "Lội bộ giữa dòng nước lũ, chị Dương Thị Xuyến đang nhanh chóng di tán do nhà đã ngập sâu.",
        "Cơn bão vừa qua, gia đình bị tốc mái, vừa khắc phục tạm thời xong nay lại chịu ảnh hưởng của mưa lũ.",
        "Do nước dâng nhanh, không kịp mang theo quần áo, toàn bộ đồ đạc trong nhà đều bị ướt sạch.",
        "Xã Cẩm Duệ thuộc vùng hạ du hồ Kẻ Gỗ, do mưa lớn, nhiều thôn xóm bị ngập sâu.",
        "Các cấp chính quyền ứng trực suốt ngày đêm để đảm bảo an toàn cho người dân.",
    ]
    text = "02/11/2025 15:22\n\nNgười miền Trung dìu nhau qua cơn lũ\n\n" + "\n\n".join(
        undated + ["Bí thư Tỉnh ủy Hà Tĩnh đã trực tiếp đến xã Cẩm Duệ để kiểm tra vào sáng 2/11."])
    article = _read(tmp_path, "a.txt", text + "\n")
    assert (article.title, article.date) == ("Người miền Trung dìu nhau qua cơn lũ", D(2025, 11, 2))
    assert _read(tmp_path, "b.txt", text.replace("sáng 2/11", "sáng 2/10") + "\n").date is None  # weeks back


def test_a_time_of_day_only_in_a_photo_caption_dates_the_page(tmp_path):
    page = (
        '<html><head><meta property="article:published_time" content="2025-11-02T21:58:00+07:00"></head><body><article>'
        "<h1>12 giờ dựng xong cầu tạm nối lưu thông đoạn cầu sập</h1>"
        "<p>12 giờ sau khi xảy ra sự cố sập cầu Cây Sung, Quảng Ngãi đã dựng xong cầu tạm bằng thép.</p>"
        "<p>Cầu Cây Sung dài 12m, rộng 5m, nằm trên đường liên xã, được xây dựng cách đây hàng chục năm.</p>"
        '<figure><img src="a.jpg"><figcaption>Khoảng 5h ngày 2/11, cầu Cây Sung bị nước lũ cuốn sập.</figcaption></figure>'
        "</article></body></html>"
    )
    assert _read(tmp_path, "c.html", page).date == D(2025, 11, 2)


def test_what_a_bulletin_measured_over_a_window_is_dated_by_its_end():
    lead = "Dự báo trong những giờ tới, mưa vẫn tiếp diễn với cường độ mạnh tại các khu vực miền núi."
    measured = "Theo Đài Khí tượng Thủy văn tỉnh, trong 24 giờ qua (từ 16 giờ ngày 1/11 đến 16 giờ ngày 2/11), tỉnh đã ghi nhận mưa to."
    assert event_date(lead, [measured], [], [measured], D(2025, 11, 2)).date == D(2025, 11, 2)
    # Not a span of what happened: "kéo dài từ 8 giờ ngày 1/11 đến 17 giờ ngày 2/11" starts on its first day.
    strike = "Cuộc đình công kéo dài từ 8 giờ ngày 1/11 đến 17 giờ ngày 2/11, khiến nhiều chuyến bay bị hủy."
    assert event_date(strike, [], [], [], D(2025, 11, 2)).date == D(2025, 11, 1)


def test_a_file_photos_caption_days_before_the_page_dates_nothing(tmp_path):
    page = (
        '<html><head><meta property="article:published_time" content="2025-11-02T10:00:00+07:00"></head><body><article>'
        "<h1>Nhà Trắng bình luận về đàm phán thương mại</h1>"
        "<p>Nhà Trắng cho biết các cuộc đàm phán thương mại với Trung Quốc vẫn đang tiếp tục theo kế hoạch.</p>"
        "<p>Các chuyên gia nhận định hai bên còn nhiều bất đồng về thuế quan và công nghệ cao.</p>"
        '<figure><img src="a.jpg"><figcaption>Ông Trump tại Nhà Trắng tối 31/10. Ảnh: Reuters</figcaption></figure>'
        "</article></body></html>"
    )
    assert _read(tmp_path, "a.html", page).date is None



def test_wire_copy_dated_by_a_weekday_under_a_paragraph_of_comment():
    lead = "Quyết định của Mỹ áp lệnh trừng phạt lên hai công ty dầu mỏ Nga đang làm rung chuyển thị trường năng lượng châu Á."
    comment = "Giới phân tích cho rằng Trung Quốc và Ấn Độ sẽ chịu ảnh hưởng nặng nề nhất."
    weekday = "Bộ Tài chính Mỹ hôm thứ Tư đã áp lệnh trừng phạt đối với Rosneft và Lukoil."
    friday = D(2025, 10, 24)
    assert event_date(lead, [comment, weekday], [], [comment, weekday], friday).date == D(2025, 10, 22)
    # One paragraph further a "last night" is a writer's aside in a feature, not its news's day.
    aside = "Khi đang viết bài này, tôi vừa được tin đêm qua có hai ca nô cứu hộ bị rách."
    assert event_date(lead, [comment, aside], [], [comment, aside], friday).date is None
    # Nor what led to the news, an anecdote, a match before, a quote's Monday, a span's start.
    for told in ("Trước đó, hôm thứ Hai, Bộ Ngoại giao Trung Quốc đã lên tiếng phản đối.",
                 "Tối thứ Bảy tuần trước, tôi ghé quán cà phê quen trên phố Hàng Bạc.",
                 "Hôm thứ Tư, Man City đã thắng 2-0 trước Dortmund tại Champions League.",
                 "“Hôm thứ Hai tôi đã nói rằng chúng tôi sẽ không lùi bước”, Bộ trưởng Lutnick nói.",
                 "Kể từ khi lệnh ngừng bắn có hiệu lực hôm thứ Sáu tuần trước, đã có 15 thi thể được trao trả."):
        assert event_date(lead, [comment, told], [], [comment, told], friday).date is None, told
    # Nor a weekday two paragraphs further.
    assert event_date(lead, [comment, comment, weekday], [], [comment, comment, weekday], friday).date is None


def test_a_clock_time_before_a_day_does_not_outweigh_the_page_days_today():
    """From a review: the incident's hour, then today's follow-up, which is the news."""
    lead = "Tàu cá QNg 90123 TS bị chìm lúc 3h ngày 20/10 khi đang đánh bắt trên vùng biển Hoàng Sa."
    today = "Sáng nay (25/10), lực lượng cứu hộ đã tìm thấy thi thể ngư dân mất tích."
    assert event_date(lead, [today], [], [today], D(2025, 10, 25)).date == D(2025, 10, 25)


@pytest.mark.parametrize(("line", "expected"), [
    ("02-03-2012_09-51-00", D(2012, 3, 2)),
    ("15-09-2018_00-00-00", D(2018, 9, 15)),
    ("02-03-2012_09-51", D(2012, 3, 2)),
    ("02-03-2012 giá xăng", None),
])
def test_a_crawlers_time_stamp_made_a_file_name_is_a_page_date(line, expected):
    assert page_date(line) == expected


def test_counterexamples_of_the_review_of_session_13(tmp_path):
    # A target named in the lead's opening does not undate it; the year a January plan
    # names is the current one.
    path = tmp_path / "a.txt"
    path.write_text("24/10/2025 10:00\n\nQuảng Ninh đẩy mạnh chuyển đổi số\n\nVới mục tiêu đưa Quảng Ninh trở thành tỉnh dẫn đầu "
                    "cả nước về chuyển đổi số, sáng 24/10, UBND tỉnh tổ chức hội nghị triển khai kế hoạch chuyển đổi số giai đoạn mới.\n",
                    encoding="utf-8")
    assert read_raw_article(path).date == D(2025, 10, 24)
    path.write_text("Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025\n\nSáng 8/1, Sở Y tế tổ chức hội nghị tổng kết "
                    "công tác năm 2024, triển khai phương hướng, mục tiêu, nhiệm vụ năm 2025.\n\nTại hội nghị, các đại biểu đã thảo "
                    "luận, đóng góp nhiều ý kiến tâm huyết, thiết thực nhằm nâng cao hiệu quả công tác trong thời gian tới.\n",
                    encoding="utf-8")
    assert read_raw_article(path).date == D(2025, 1, 8)



def test_counterexamples_of_the_third_review_of_session_13(tmp_path):
    # A feature retelling a day of history with its year is no news of the page's year (a
    # rule that read every year of history as no re-post was taken back).
    path = tmp_path / "a.txt"
    path.write_text("08/05/2024 08:00\n\nNhớ mãi chiến thắng Điện Biên Phủ\n\nChiều 7/5, lá cờ \"Quyết chiến, quyết thắng\" tung bay "
                    "trên nóc hầm tướng De Castries, chiến dịch Điện Biên Phủ năm 1954 toàn thắng.\n\nNăm 1954, quân và dân ta đã làm "
                    "nên chiến thắng lừng lẫy năm châu, chấn động địa cầu.\n", encoding="utf-8")
    assert read_raw_article(path).date == D(1954, 5, 7)


def test_a_year_of_history_is_no_year_a_page_was_first_put_online():
    # "the 1967 borders", twice: a page of 2025 was not re-posted from 1967.
    context = ["thành lập một nhà nước độc lập trên đường biên giới năm 1967.",
               "các vùng lãnh thổ bị chiếm đóng trong cuộc Chiến tranh Sáu ngày (năm 1967)."]
    assert event_date("Ngày 22/10, Quốc hội Israel bỏ phiếu thông qua dự luật.", [], [], context, D(2025, 10, 23)).date == D(2025, 10, 22)
    # A page re-posted years later still takes the year it speaks of.
    assert event_date("Sáng nay (5/1), hội nghị triển khai nhiệm vụ năm 2019.", [], [], [], D(2023, 12, 3)).date == D(2019, 1, 5)
    # With no page date, a day told among years of history is undated, not dated then.
    context = ["Trận đánh năm 1945 là dấu mốc lịch sử.", "Từ năm 1945, vùng đất này đã đổi thay."]
    assert event_date("Ngày 27/5, đoàn cựu chiến binh về thăm lại chiến trường xưa.", [], [], context, None).date is None
    assert event_date("Ngày 27/5, đoàn về thăm, hoàn thành kế hoạch năm 2016.", [], [], [], None).date == D(2016, 5, 27)
    # A year of history said once in the lead, of something else, re-posts nothing either.
    lead = ("Tổng thống Mỹ Donald Trump ngày 25/10 tuyên bố tăng thuế vì đoạn quảng cáo liên quan đến bài phát biểu "
            "của cố Tổng thống Mỹ Ronald Reagan vào năm 1987.")
    assert event_date(lead, [], [], [lead, "Canada phản ứng gay gắt."], D(2025, 10, 25)).date == D(2025, 10, 25)


def test_a_meetings_days_with_their_year_in_parentheses():
    lead = "Sau hai ngày làm việc (11-12/10/2025), Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh phường Từ Sơn lần thứ I đã thành công tốt đẹp."
    assert event_date(lead, [], [], [], D(2025, 11, 2)).date == D(2025, 10, 11)
    # An anniversary's two dates in parentheses date nothing; the day after them does.
    lead = "Kỷ niệm 95 năm Ngày truyền thống MTTQ Việt Nam (18/11/1930-18/11/2025), sáng 2/11, tại nhà văn hóa diễn ra ngày hội."
    assert event_date(lead, [], [], [], D(2025, 11, 2)).date == D(2025, 11, 2)


def test_counterexamples_of_the_second_review_of_session_14(tmp_path):
    # With no page date, a day of history the headline dates and the text comes back to keeps its year.
    found = event_date("Trưa ngày 30/4, xe tăng 390 húc đổ cổng Dinh Độc Lập.", [],
                       ["Ngày 30/4/1975: Xe tăng tiến vào Dinh Độc Lập"],
                       ["Trưa ngày 30/4, xe tăng 390 húc đổ cổng Dinh Độc Lập.", "Năm 1975, chiến dịch Hồ Chí Minh toàn thắng."], None)
    assert found.date == D(1975, 4, 30)
    found = event_date("Ngày 2/9, tại Quảng trường Ba Đình, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.", [],
                       ["Sự kiện ngày 2/9/1945"], ["Năm 1945, nước Việt Nam Dân chủ Cộng hòa ra đời."], None)
    assert found.date == D(1945, 9, 2)


def test_counterexamples_of_the_third_review_of_session_14():
    # Days in brackets date the text only where nothing else does.
    lead = "Sau đợt mưa lũ lịch sử (27-29/10/2025), sáng 5/11, tỉnh tổ chức hội nghị khắc phục hậu quả."
    assert event_date(lead, [], [], [], D(2025, 11, 5)).date == D(2025, 11, 5)
    # An anniversary's range that holds this year retells no day of history: the day is of
    # the year the anniversary is kept in (session 30: its last year dates the day; before,
    # the two years cancelled out and the day had none).
    found = event_date("Sáng 30/4, lễ diễu binh diễn ra trên đường Lê Duẩn.", [], ["Kỷ niệm 50 năm ngày giải phóng (1975-2025)"],
                       ["Sáng 30/4, lễ diễu binh diễn ra trên đường Lê Duẩn.", "Năm 1975, miền Nam hoàn toàn giải phóng."], None)
    assert found.date == D(2025, 4, 30)


def test_a_day_that_is_the_pages_own_is_no_re_post_of_a_year_long_before():
    context = ["Hai nước làm ấm lại quan hệ sau những căng thẳng do đụng độ ở biên giới năm 2020.",
               "Các chuyến bay bị đình chỉ từ năm 2020.", "Quan hệ căng thẳng sau những đụng độ năm 2020."]
    lead = "Ngày 26/10, Ấn Độ và Trung Quốc nối lại các chuyến bay thẳng, sau những căng thẳng do đụng độ ở biên giới năm 2020."
    assert event_date(lead, [], [], context, D(2025, 10, 26)).date == D(2025, 10, 26)


def test_a_birth_year_after_sn_is_no_year_of_the_event():
    lead = ("Thông tin vụ việc em Lê Thị T. (SN 1998, trú xã Đắk La) bị khống chế trên địa bàn xã, ngày 20/5, "
            "Công an huyện Đắk Hà đã nhận được đơn trình báo.")
    assert event_date(lead, [], [], [lead], None).date is None
    # The year of an event named in the lead still dates it.
    assert event_date("Ngày 20/5, khai mạc SEA Games 2003 tại Hà Nội.", [], [], [], None).date == D(2003, 5, 20)


def test_counterexamples_of_the_review_of_session_15():
    # The day before the page's, in a text that speaks of a year long past, is no re-post either.
    context = ["Hai nước làm ấm lại quan hệ sau những căng thẳng do đụng độ ở biên giới năm 2020.",
               "Các chuyến bay bị đình chỉ từ năm 2020.", "Quan hệ căng thẳng sau những đụng độ năm 2020."]
    lead = "Tối 25/10, Ấn Độ và Trung Quốc nối lại các chuyến bay thẳng, sau những căng thẳng do đụng độ ở biên giới năm 2020."
    assert event_date(lead, [], [], context, D(2025, 10, 26)).date == D(2025, 10, 25)


def test_a_page_of_the_next_day_whose_headline_names_a_year_long_before_is_a_re_post():
    context = ["Hội nghị triển khai kế hoạch phát triển kinh tế - xã hội năm 2019.", "Năm 2019, tỉnh phấn đấu tăng trưởng 8%."]
    lead = "Chiều 8/1, UBND tỉnh tổ chức hội nghị triển khai kế hoạch phát triển kinh tế – xã hội năm 2019."
    assert event_date(lead, [], ["Triển khai kế hoạch phát triển kinh tế - xã hội năm 2019:"], context, D(2024, 1, 9)).date == D(2019, 1, 8)


def test_hom_nay_inside_the_first_sentence_is_the_pages_day_but_not_ngay_hom_nay():
    page = D(2025, 10, 30)
    lead = "Sau cuộc gặp giữa Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình tại Busan hôm nay, hai bên thông báo."
    assert event_date(lead, [], [], [], page).date == page
    assert event_date("Những gì chúng ta có được ngày hôm nay là nhờ công sức của cả tập thể.", [], [], [], page).date is None


def test_hom_nay_unmarked_where_a_subject_says_something_or_at_a_meeting():
    page = D(2025, 4, 5)
    assert event_date("Lãnh đạo UBND tỉnh Trà Vinh hôm nay xác nhận với báo chí về văn bản.", [], [], [], page).date == page
    assert event_date("Số ca mắc mới tăng, bà Lê Thị Thu Hằng, người phát ngôn Bộ Ngoại giao, nói trong cuộc họp báo hôm nay.",
                      [], [], [], page).date == page
    # (not nowadays: "Việt Nam hôm nay đã khác")
    assert event_date("Diện mạo nông thôn Việt Nam hôm nay đã khác xưa rất nhiều.", [], [], [], page).date is None


def test_counterexamples_of_the_first_review_of_session_16():
    page = D(2025, 11, 5)
    for lead in ("Cho đến hôm nay, hình tượng người lính bộ đội Cụ Hồ vẫn là nguồn cảm hứng của nhiều nhạc sĩ.",
                 "Từ một vùng đất nghèo khó, Quảng Trị hôm nay, đã vươn mình mạnh mẽ với nhiều công trình mới.",
                 "Những gì chúng ta có được hôm nay, là nhờ công sức của cả tập thể."):
        assert event_date(lead, [], [], [], page).date is None, lead
    lead = "Ông Dmitriev dự kiến sẽ gặp Đặc phái viên Steve Witkoff tại Miami trong hôm nay (giờ địa phương)."
    assert event_date(lead, [], [], [], page).date == page


def test_counterexamples_of_the_second_review_of_session_16():
    page = D(2025, 11, 5)
    for lead in ("Động đất mạnh 6,2 độ xảy ra gần đảo Sulawesi của Indonesia hôm nay, khiến ít nhất 7 người chết.",
                 "Vụ nổ chưa rõ nguyên nhân xảy ra lúc 11h50 hôm nay, tại trại huấn luyện.",
                 "Trong thông báo hôm nay, Bộ Quốc phòng Nga cho biết lực lượng nước này đã kiểm soát làng Dachne."):
        assert event_date(lead, [], [], [], page).date == page, lead
    for lead in ("Thế hệ trẻ hôm nay, được sống trong hòa bình, cần phát huy truyền thống.",
                 "Từ năm 1975 cho đến hôm nay, ngôi trường đã đào tạo hàng nghìn học sinh giỏi."):
        assert event_date(lead, [], [], [], page).date is None, lead


def test_a_school_year_over_two_gives_its_first_year_from_august_and_its_second_from_january():
    # (in the headlines: with no page date, a year said once in the body dates nothing)
    context = ["Năm học 2025-2026, toàn ngành có hơn 1,5 triệu học sinh; năm học 2024 - 2025 đã tổng kết."]
    assert event_date("Sáng 5.9, Bộ GD-ĐT tổ chức lễ khai giảng.", [], context, [], None).date == D(2025, 9, 5)
    assert event_date("Sáng 12.1, Bộ GD-ĐT tổ chức hội nghị sơ kết học kỳ I.", [], ["Năm học 2025-2026 có nhiều đổi mới."], [], None).date == D(2026, 1, 12)
    # Glued by a crawler, and a sports season the same way.
    assert event_date("Ngày 27.8, TP.HCM tổng kết năm học.", [], ["Nhiệm vụ năm học mới2025-2026 được triển khai."], [], None).date == D(2025, 8, 27)
    assert event_date("Tối 20/9, Man City thắng 3-0.", [], ["Mùa giải 2025-2026 khởi tranh sớm."], [], None).date == D(2025, 9, 20)


def test_counterexamples_of_the_first_review_of_session_17():
    # Next year's admissions are business of the year before it opens; a summing-up in
    # August closes the year that ends; a school year as a span's end or a source dates nothing.
    assert event_date("Ngày 15/4, Sở GD-ĐT Hà Nội ban hành kế hoạch tuyển sinh vào lớp 10 năm học 2025-2026.", [], [],
                      ["Năm 2025 là năm đầu tiên thi theo chương trình mới."], None).date == D(2025, 4, 15)
    assert event_date("Chiều 20/3, Sở GD-ĐT TP.HCM công bố chỉ tiêu tuyển sinh lớp 10 năm học 2025-2026.", [], [], [], None).date == D(2025, 3, 20)
    assert event_date("Sáng 12/8, Trường THPT Chu Văn An tổ chức lễ tổng kết năm học 2024-2025.", [], [], [], None).date == D(2025, 8, 12)
    found = event_date("Ngày 17/3, ông Lê Ngọc Quang có công văn gửi các trường.", [], [],
                       ["Quy định áp dụng từ năm học 2015-2016 đến năm học 2020-2021."], None).date
    assert found is None or found.year != 2021


def test_counterexamples_of_the_second_review_of_session_17():
    # "kế hoạch", "học phí", "lớp 10" speak of the school year under way as often as of the next.
    assert event_date("Ngày 22/2, Bộ GD-ĐT điều chỉnh kế hoạch thời gian năm học 2019-2020.", [], [], [], None).date == D(2020, 2, 22)
    assert event_date("Ngày 16/4, TP miễn 100% học phí năm học 2019-2020 cho học sinh.", [], [], [], None).date == D(2020, 4, 16)
    assert event_date("Chiều 20/1, các đội lên kế hoạch chuẩn bị cho lượt về V-League 2024-2025.", [], [], [], None).date == D(2025, 1, 20)
    # A summing-up of one school year beside the next one's tasks is no closing of the next.
    assert event_date("Ngày 27.8, Sở GD-ĐT tổ chức Hội nghị tổng kết năm học 2024-2025 và triển khai nhiệm vụ năm học mới 2025-2026.",
                      [], [], ["Năm học mới 2025-2026 là năm học đầu tiên sau sáp nhập."], None).date == D(2025, 8, 27)


def test_a_decade_lends_no_year_to_a_day_on_a_page_of_today():
    # A history feature hung on the day's news: "những năm 1990" is a decade, not the news's year.
    lead = "Kể từ cuối những năm 1990, các quốc gia sở hữu vũ khí hạt nhân đã không tiến hành thử nghiệm."
    body = [lead, "Kể từ cuối những năm 1990, các quốc gia đã ngừng thử hạt nhân.",
            "Ngày 30/10, Tổng thống Mỹ Donald Trump tuyên bố ông đã chỉ thị nối lại việc thử nghiệm."]
    assert event_date(lead, body[1:], [], body, D(2025, 10, 31)).date == D(2025, 10, 30)


def test_the_start_of_a_span_up_to_now_is_no_day_of_the_news():
    # "Từ ngày 10/4 đến nay": since then; the news is what the spokeswoman says today.
    lead = "13.323 công dân ở nước ngoài đã về nước tránh dịch trong ba tháng qua, Bộ Ngoại giao cho biết."
    following = ["\"Từ ngày 10/4 đến nay, Việt Nam đã tổ chức 55 chuyến bay\", bà Lê Thị Thu Hằng cho biết.",
                 "Chiều 15/7, chuyến bay thứ 55 hạ cánh tại Cần Thơ."]
    assert event_date(lead, following, [], [lead, *following], D(2020, 7, 16)).date == D(2020, 7, 15)
    # A span with its end is the news's days, as before.
    assert event_date("Từ ngày 4 đến ngày 6/10/2019, đoàn công tác làm việc.", [], [], [], None).date == D(2019, 10, 4)


def test_late_at_night_alone_marks_the_event():
    lead = "Đội CSGT An Sương khuya 27/3 phát hiện xe tải nghi vấn tại ngã tư An Sương nên chặn lại kiểm tra."
    assert event_date(lead, [], [], [lead], D(2019, 3, 28)).date == D(2019, 3, 27)


def test_a_trial_three_days_before_the_page_is_not_an_old_story_put_online_again():
    lead = "Nguyễn Thị Thủy, cựu giám đốc công ty, ngày 29/6 bị TAND Hà Nội xét xử về tội lừa đảo chiếm đoạt tài sản."
    body = [lead, "Theo cáo trạng, từ ngày 7/5/2015, Thủy nhận tiền của nhiều người.", "Năm 2015, Thủy hứa xin việc cho họ.",
            "Đến tháng 12/2015, các bị hại tố cáo."]
    assert event_date(lead, body[1:], [], body, D(2020, 7, 2)).date == D(2020, 6, 29)


def test_the_law_as_a_subject_is_no_document_whose_date_follows():
    lead = "Trước khi vào lớp học pháp luật giao thông đường bộ ngày 7/7, các học viên đều phải quẹt thẻ nhận diện khuôn mặt."
    assert event_date(lead, [], [], [lead], D(2020, 7, 8)).date == D(2020, 7, 7)
    law = "Theo Luật Giao thông đường bộ ngày 13/11, người điều khiển phải có giấy phép."
    assert event_date(law, [], [], [law], D(2020, 11, 20)).date is None


def test_a_year_of_two_digits_after_ngay():
    lead = "Sau 02 tháng kể từ Đại hội lần thứ IV, ngày 06/12/19, Hội Liên lạc với người Việt Nam ở nước ngoài đã họp."
    assert event_date(lead, [], [], [lead], D(2019, 12, 7)).date == D(2019, 12, 6)
    # Not a stop, a space and the next sentence's number.
    raid = "Cảnh sát ập vào căn nhà thuộc xã Gia Tân 2, huyện Thống Nhất, ngày 2/8. 28 nam nữ tuổi 18-32 đang quay cuồng."
    assert event_date(raid, [], [], [raid], D(2020, 8, 3)).date == D(2020, 8, 2)


def test_a_year_of_two_digits_past_forty_is_of_the_last_century():
    lead = "Ngày 15/7/65, đơn vị của ông hành quân vào Nghệ An."
    assert [d[:3] for d in anchored_dates(lead)] == [(15, 7, 1965)]


def test_a_birthday_is_no_events_day():
    # (round 95-a: the decision's own date is a document's, then "Bà … sinh ngày 10/01/1972")
    assert anchored_dates("Bà Trương Thanh Huyền sinh ngày 10/01/1972; quê quán: xã Kỳ Hưng.") == []
    assert event_date("Theo Quyết định số 1258-QĐ/TU ngày 21/5/2025, Ban Thường vụ Tỉnh ủy phân công bà Huyền giữ chức Trưởng ban.",
                      ["Bà Trương Thanh Huyền sinh ngày 10/01/1972; quê quán: xã Kỳ Hưng."], [], [], D(2025, 5, 22)).date != D(1972, 1, 10)


def test_the_pages_own_day_further_in_dates_an_undated_lead_unless_it_starts_or_lapses():
    lead = "Bộ trưởng Chiến tranh Mỹ Pete Hegseth đã gặp người đồng cấp Trung Quốc Đổng Quân bên lề hội nghị ASEAN."
    later = ["Hai bên thảo luận về quan hệ quốc phòng.", "Ông Hegseth nói cuộc gặp mang tính xây dựng.",
             "Cũng trong ngày 31/10, Bộ trưởng Hegseth đã có cuộc trao đổi với người đồng cấp Ấn Độ Rajnath Singh."]
    assert event_date(lead, later, [], [lead, *later], D(2025, 10, 31)).date == D(2025, 10, 31)
    # (a day before the page's still needs a time of day or a weekday to mark it)
    assert event_date(lead, later, [], [lead, *later], D(2025, 11, 1)).date is None
    lead = "Gần 42 triệu người Mỹ sẽ mất viện trợ lương thực do chính phủ đóng cửa kéo dài."
    for lapse in ("Chương trình SNAP sẽ hết hạn bắt đầu từ ngày 1/11, khiến nhiều gia đình lo lắng.",
                  "Bang này cấp 65 triệu USD do nguồn tài trợ liên bang hết hạn vào ngày 1/11.",
                  "Phí bảo hiểm dự kiến tăng khi giai đoạn đăng ký mới bắt đầu vào ngày 1/11."):
        later = ["Nhiều bang đã ban bố tình trạng khẩn cấp.", "Các ngân hàng thực phẩm quá tải.", lapse]
        assert event_date(lead, later, [], [lead, *later], D(2025, 11, 1)).date is None, lapse


@pytest.mark.parametrize(("later", "page"), [
    ("Hạn cuối để ứng tuyển cho công việc hấp dẫn này vào ngày 7/10.", D(2024, 10, 7)),
    ("Thí sinh phải nộp hồ sơ chậm nhất trong ngày 31/5.", D(2024, 5, 31)),
    ("Trên thế giới có ngày 2/4 hàng năm là Ngày thế giới nhận thức về tự kỷ.", D(2024, 4, 2)),
    ("Khi bạn tặng họ chiếc túi xách làm quà tặng nhân ngày 20/10, họ sẽ vô cùng thích thú.", D(2023, 10, 20)),
    ("Không phải chỉ có ngày 20/11 các em mới nhớ đến cô, mà ngày nào cũng vậy.", D(2023, 11, 20)),
    ("Mức lương cơ sở 2,34 triệu đồng được áp dụng ngày 1/7 theo Nghị quyết của Quốc hội.", D(2024, 7, 1)),
    ("Thời gian kiểm tra, đánh giá năng lực là ngày 10/6, thí sinh có mặt tại trường từ 7h.", D(2024, 6, 10)),
])
def test_counterexamples_of_the_review_of_session_23(later, page):
    # The page's own day further in dates no undated lead where it is a deadline, a rule
    # applied, a day of gifts, a schedule's or an observance every year.
    lead = "Nhiều bạn trẻ quan tâm đến chủ đề này trong thời gian gần đây."
    following = ["Đây là vấn đề được nhiều người bàn luận.", "Các chuyên gia đưa ra nhiều lời khuyên.", later]
    assert event_date(lead, following, [], [lead, *following], page).date is None


def test_the_second_reviews_counterexamples_of_session_23():
    # "nhân" and "hạn" as syllables of other words ("nhân sự", "hạn chế") say nothing of the day.
    lead = "Nhiều thay đổi về bộ máy địa phương được công bố trong thời gian gần đây."
    for later in ("Liên quan đến công tác nhân sự địa phương, ngày 13/8, Ban Thường vụ đã trao quyết định.",
                  "Để hạn chế ùn tắc, ngày 13/8, Sở Giao thông đã phân luồng các tuyến đường."):
        following = ["Đây là vấn đề được nhiều người quan tâm.", "Các địa phương đã chuẩn bị từ lâu.", later]
        assert event_date(lead, following, [], [lead, *following], D(2024, 8, 13)).date == D(2024, 8, 13), later


def test_a_year_reviewed_in_the_headline_is_over_by_the_first_months_of_the_next():
    # Session 28 (the Bình Dương portal, no date line): "tổng kết … năm 2018" over "Sáng 01-3".
    headline = "Bình Dương tổng kết công tác đầu tư công năm 2018"
    lead = "Sáng 01-3, tại Trung tâm Hành chính tỉnh, Chủ tịch UBND tỉnh chủ trì Hội nghị tổng kết đầu tư công năm 2018."
    body = [lead, "Năm 2018, tỉnh giải ngân 90% vốn.", "Kế hoạch năm 2019 được giao sớm."]
    assert event_date(lead, body[1:], [headline], body, None).date == D(2019, 3, 1)
    # A day later in the year stays in the year reviewed so far ("sơ kết 6 tháng"), and a quarter reviewed is no year.
    lead = "Sáng 15-7, tỉnh tổ chức hội nghị tổng kết công tác 6 tháng đầu năm 2018."
    assert event_date(lead, [], [headline], [lead], None).date == D(2018, 7, 15)
    lead = "LSO-Sáng 12-3, Sở tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ quý I/2021, triển khai nhiệm vụ năm 2021."
    assert event_date(lead, [], ["Ngành nông nghiệp đẩy nhanh tiến độ sản xuất vụ xuân"], [lead, "Năm 2021, tỉnh phấn đấu."], None).date == D(2021, 3, 12)


def test_counterexamples_of_the_review_of_session_28():
    # "kết quả" reviews no year by itself, nor does a review of a quarter.
    for lead, headline in [
        ("Sáng 28-3, Sở tổ chức hội nghị đánh giá kết quả quý I và triển khai nhiệm vụ năm 2019.", "Đánh giá kết quả quý I năm 2019"),
        ("Sáng 10-3, Bộ công bố kết quả kỳ thi HSG quốc gia năm 2019.", "Công bố kết quả kỳ thi HSG quốc gia năm 2019"),
        ("Sáng 20-3, tỉnh tổ chức hội nghị tổng kết công tác quý I năm 2019.", "Tổng kết công tác quý I năm 2019"),
    ]:
        assert event_date(lead, [], [headline], [lead], None).date.year == 2019, lead
    # A Tết's year dates a day of November or December in the year before it.
    lead = "Sáng 20/12, tỉnh tổ chức chương trình Xuân yêu thương."
    assert event_date(lead, [], [], [lead, "Chương trình đón Tết Nguyên đán Canh Tý 2020 cho hộ nghèo."], None).date == D(2019, 12, 20)


def test_a_school_year_or_a_season_the_text_opens_with_dates_a_day_with_no_page_date():
    # (round 88-a, round 80-b: "Trao đổi với Thanh Niên sáng 7.10, …" and "Những ngày này, thời
    # điểm đầu năm học 2025 - 2026" in the next paragraph)
    opening = ["Những ngày này, thời điểm đầu năm học 2025 - 2026, phụ huynh lo lắng.", "Nhiều trường thu thêm khoản phí."]
    assert event_date("Trao đổi với phóng viên sáng 7.10, cô giáo Nguyễn Thị Thanh cho biết.", [], [], opening, None).date == D(2025, 10, 7)
    assert event_date("Rạng sáng 25/10, Man United hòa 1-1.", [], [], ["Đây là trận thứ ba ở Europa League 2024-25 của đội.", "Trận sau diễn ra ngày 7/11."],
                      None).date == D(2024, 10, 25)
    # Said only further on, a school year is one more figure of the text, and dates nothing.
    later = ["Phụ huynh lo lắng.", "Nhiều trường thu thêm khoản phí.", "Năm học 2025 - 2026 có hơn 1,5 triệu học sinh."]
    assert event_date("Trao đổi với phóng viên sáng 7.10, cô giáo Nguyễn Thị Thanh cho biết.", [], [], later, None).date is None


def test_a_year_to_come_said_before_a_later_day_tells_no_story_of_another_year():
    # (round 149-a: "… tàu sân bay Mỹ thăm Việt Nam vào năm 2018" on a page of 7/10/2017, then "Sáng 6/10, ông … tới thăm")
    lead = "Tư lệnh Hạm đội Thái Bình Dương nói ông rất trông đợi chuyến thăm đầu tiên của tàu sân bay Mỹ đến Việt Nam."
    following = ["Trả lời về khả năng tàu sân bay Mỹ thăm Việt Nam vào năm 2018, Đô đốc Swift vô cùng trông đợi.",
                 "Ông nói quan hệ hai nước đang phát triển.", "Sáng 6/10, ông cùng Đại sứ Mỹ tới thăm Hải Phòng."]
    assert event_date(lead, following, [], [lead, *following], D(2017, 10, 7)).date == D(2017, 10, 6)
    # A year gone by still keeps a later day in its story.
    past = ["Theo cáo trạng, tháng 10/2015, bị cáo nhận tiền.", "Bị cáo khai nhận toàn bộ.", "Sáng 6/10, bị cáo gặp bị hại."]
    assert event_date(lead, past, [], [lead, *past], D(2017, 10, 7)).date is None


def test_a_day_marked_by_a_time_of_day_after_a_law_is_no_documents_date():
    # (round 78-d: "Dự thảo Luật Giáo dục sửa đổi trình Quốc hội sáng 22/10 …": a document is dated by "ngày")
    lead = "Dự thảo Luật Giáo dục sửa đổi trình Quốc hội sáng 22/10 hướng tới mở rộng phổ cập mầm non từ 3 tuổi."
    assert [d[:3] for d in anchored_dates(lead)] == [(22, 10, None)]
    assert anchored_dates("Theo Luật Giáo dục năm 2019 ngày 14/6/2019, học sinh được miễn học phí.") == []
    # (session 39, round161-d-06: nor by "hôm nay" or "hôm qua", the day the text calls its own)
    meeting = "Quyết định được đưa ra trong cuộc họp hôm nay 16/1, giữa Ban huấn luyện đội tuyển và Liên đoàn."
    assert [d[:3] for d in anchored_dates(meeting)] == [(16, 1, None)]
    assert anchored_dates("Quyết định được ký ngày 16/1 giữa Ban huấn luyện đội tuyển và Liên đoàn.") == []


def test_a_season_written_with_a_slash_lends_each_of_its_years_to_its_months():
    # Session 29's review: "mùa giải 2024/25" is a season over two years (not the year 2024), so
    # with no page date "Tối 20/1" in it is of 2025 and "Tối 20/9" of 2024.
    context = ["Đây là trận thứ 20 của đội ở mùa giải 2024/25.", "Đội vẫn đứng đầu bảng."]
    assert event_date("Tối 20/1, Man City thắng 3-0.", context, [], context, None).date == D(2025, 1, 20)
    assert event_date("Tối 20/9, Man City thắng 3-0.", context, [], context, None).date == D(2024, 9, 20)


def test_the_weekday_written_with_a_day_chooses_between_the_years_beside_it():
    # (the generated corpus: "Sáng thứ Bảy (7/1)" under a plan "năm 2017" on a page of 24/2/2018;
    # 7/1/2017 was a Saturday, 7/1/2018 a Sunday)
    lead = "Sáng thứ Bảy (7/1), UBND tỉnh tổ chức hội nghị trực tuyến triển khai kế hoạch năm 2017."
    assert event_date(lead, [], ["Triển khai kế hoạch phát triển kinh tế - xã hội năm 2017:"], [lead], D(2018, 2, 24)).date == D(2017, 1, 7)
    # (and no weekday: the page's recent year, as before)
    plain = "Sáng 7/1, UBND tỉnh tổ chức hội nghị trực tuyến."
    assert event_date(plain, [], [], [plain], D(2018, 2, 24)).date == D(2018, 1, 7)


def test_a_span_of_days_written_in_words_dates_its_first_day():
    # (round 150-a: "Các lớp học diễn ra từ ngày 17 đến 20 tháng 12 năm 2025", as "từ ngày 17 đến ngày 20/12/2025")
    assert [d[:3] for d in anchored_dates("Các lớp học diễn ra từ ngày 17 đến 20 tháng 12 năm 2025 tại Hội trường.")] == [(17, 12, 2025)]
    assert [d[:3] for d in anchored_dates("Hội thi diễn ra từ ngày 5 đến ngày 7 tháng 3 tại nhà văn hóa.")] == [(5, 3, None)]


def test_a_dateline_of_a_place_and_its_day_is_a_page_date():
    # (review of session 52: "Lâm Đồng, ngày 5/2/2024" under a headline was read as the title)
    assert page_date("Lâm Đồng, ngày 5/2/2024") == D(2024, 2, 5)
    assert page_date("Hà Nội, ngày 05 tháng 02 năm 2024") == D(2024, 2, 5)
    assert page_date("TP.HCM, ngày 5/2/2024") == D(2024, 2, 5)
    # (an author before a date is credited_page_date's; a sentence is no dateline)
    assert page_date("Minh Anh, 5/2/2024") is None
    assert page_date("Tỉnh tổ chức hội nghị, ngày 5/2/2024") is None


def test_a_dateline_under_a_headline_dates_the_page_not_the_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Lâm Đồng tổng kết công tác phòng chống thiên tai năm 2023\n\nLâm Đồng, ngày 5/2/2024\n\n"
                    "Sáng nay, UBND tỉnh Lâm Đồng tổ chức hội nghị tổng kết. Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, chủ trì.\n\n"
                    "MINH ANH\n", encoding="utf-8")
    article = read_raw_article(path)
    assert (article.title, article.page_date, article.date, article.byline) == (
        "Lâm Đồng tổng kết công tác phòng chống thiên tai năm 2023", D(2024, 2, 5), D(2024, 2, 5), "Minh Anh")


def test_a_day_and_month_in_words_after_a_time_of_day_need_no_ngay():
    # (round165-a-07: "Sáng 13 tháng 2 năm 2017, …"; a time of day anchors it as "ngày" does)
    assert [d[:3] for d in anchored_dates("Sáng 13 tháng 2 năm 2017, tại Hà Nội, hội nghị khai mạc.")] == [(13, 2, 2017)]
    assert [d[:3] for d in anchored_dates("Tối thứ Bảy, 12 tháng 11, đoàn về tới bản.")] == [(12, 11, None)]
    # (a count of months and days anchored by nothing is no date)
    assert anchored_dates("Sau 13 tháng 2 năm qua, anh trở về quê.") == []
    assert anchored_dates("Trong 3 tháng 5 ngày, anh đi khắp nơi.") == []


def test_two_days_joined_by_va_before_a_dashed_month_date_the_first():
    # (round54-b-10: "Trong hai ngày 30 và 31-10, …", as "30 và 31/10" already was)
    assert [d[:3] for d in anchored_dates("Trong hai ngày 30 và 31-10, hội nghị diễn ra tại Hà Nội.")] == [(30, 10, None)]
    assert [d[:3] for d in anchored_dates("Trong hai ngày 30 và 31/10, hội nghị diễn ra tại Hà Nội.")] == [(30, 10, None)]
    assert [d[:3] for d in anchored_dates("Ngày 5-6-2019, tại Hà Nội, hội nghị khai mạc.")] == [(5, 6, 2019)]
    # (a day, month and two-digit year joined by dashes is no span of days: "ngày 1-12-98")
    assert [d[:3] for d in anchored_dates("Ngày 1-12-98, tại Hà Nội, hội nghị khai mạc.")] == [(1, 12, None)]
    assert [d[:3] for d in anchored_dates("Sáng 10-11-23, hội nghị khai mạc.")] == [(10, 11, None)]


def test_an_anniversarys_span_lends_its_last_year_not_its_first():
    # (round 150-c: "10 năm thành lập Phòng Công tác xã hội (01/6/2016 – 01/6/2026)" over
    # "Chiều 24/3" with no page date; round 150-b: "kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam
    # (27/2/1955 - 27/2/2026)" over an award "năm 2025" given in February)
    lead = ("Chiều 24/3, Bệnh viện Đà Nẵng tổ chức kỷ niệm Ngày Công tác xã hội Việt Nam (25/3) và 10 năm thành lập "
            "Phòng Công tác xã hội (01/6/2016 – 01/6/2026).")
    body = ["Tại Việt Nam, ngày 25/3/2016, Thủ tướng Chính phủ đã ban hành Quyết định số 1791/QĐ-TTg."]
    assert event_date(lead, body, [], [lead, *body], None).date == D(2026, 3, 24)
    assert context_years([("Kỷ niệm 80 năm Cách mạng Tháng Tám (1945 - 2025) và Quốc khánh.", 1)]) == Counter({2025: 3})
    # (a span with no anniversary before it is two years as before)
    assert context_years([("Chương trình (12/7/2024 - 12/7/2025) kết thúc.", 1)]) == Counter({2024: 1, 2025: 1})
    # The review of session 30: a plan's, a war's or a decade's span is no anniversary (its
    # years not as many as it counts, or no anniversary said) and lends no year.
    for span in ("Tỉnh xây dựng kế hoạch 5 năm (2026 - 2030) về chuyển đổi số.",
                 "Ông đã chiến đấu 30 năm không nghỉ (1945-1975).",
                 "Lượng mưa trung bình 10 năm (2014-2023) tăng mạnh."):
        assert context_years([(span, 1)]) == Counter(), span
        assert event_date("Sáng 15/10, hội nghị diễn ra.", [span], [], ["Sáng 15/10, hội nghị diễn ra.", span], None).date is None, span


def test_the_year_in_a_law_s_name_that_holds_a_comma_lends_no_year():
    # Session 39 (round161-c-07, Báo Chính phủ): "Luật Khám bệnh, chữa bệnh năm 2023" names the
    # law; the year the text speaks of as now is "năm 2025".
    law = "Luật Khám bệnh, chữa bệnh năm 2023 chưa đưa nội dung này vào, Bộ trưởng nói."
    assert context_years([(law, 1)]) == Counter()
    assert context_years([("Luật Phòng, chống tham nhũng năm 2018 quy định rõ.", 1)]) == Counter()
    # (a comma before a capital ends the law's name: the year after it is the text's own)
    assert context_years([("Theo Luật Đất đai, Năm 2024 có nhiều thay đổi.", 1)]) == Counter({2024: 1})
    lead = "Sáng 30/10, Quốc hội thảo luận về tình hình kinh tế - xã hội."
    body = [lead, "Chỉ tính riêng năm 2025, đã xảy ra 6 vụ bạo hành nhân viên y tế.", law, law.replace("chưa", "đã")]
    assert event_date(lead, [], [], body, None).date != D(2023, 10, 30)


def test_a_span_s_first_day_takes_the_year_written_after_its_last():
    # Session 39 (round163-b-02): "từ ngày 12/3-24/3/2017" gave the first day the page's year.
    assert [d[:3] for d in anchored_dates("Nhân chuyến công tác từ ngày 12/3-24/3/2017 tại Wellington, trường đã ký kết.")] == [(12, 3, 2017)]
    assert [d[:3] for d in anchored_dates("Sáng 28/12 - 3/1/2018, đoàn công tác làm việc tại Lào.")] == [(28, 12, 2017)]
    lead = "Từ ngày 12/3-24/3/2017, đoàn công tác của trường làm việc tại New Zealand."
    assert event_date(lead, [], [], [lead], D(2017, 3, 28)).date == D(2017, 3, 12)


def test_with_no_page_date_a_step_told_before_it_in_full_gives_a_day_its_year():
    # A decision of "5-7", then "Trước đó, … ngày 28-6-2022 …": the day falls in that year, over
    # an older year the text names more (a licence of 2015).
    lead = "Ngày 5-7, Chánh Thanh tra Bộ ký ban hành Quyết định xử phạt công ty X."
    body = ["Trước đó, ngày 28-6-2022, Thanh tra Bộ đã công bố Kết luận thanh tra.",
            "Công ty được cấp giấy phép ngày 8-7-2015; năm 2015 công ty mở rộng, năm 2015 đổi tên."]
    assert event_date(lead, body, [], body, None).date == D(2022, 7, 5)
    # Across a new year: "Trước đó, ngày 12/12/2023" before "Ngày 2/1".
    body = ["Trước đó, ngày 12/12/2023, nhà ga được xếp hạng 4 sao.", "Năm 2023 nhà ga đón 5 triệu khách."]
    assert event_date("Ngày 2/1, nhà ga quốc tế được xếp hạng 5 sao.", body, [], body, None).date == D(2024, 1, 2)
    # Not a step the text does not say came before, nor one months before.
    body = ["Sáng 30-5-2023, công an thu giữ tang vật.", "Tháng 7-2024, tòa sơ thẩm tuyên án."]
    assert event_date("Ngày 5-6, tòa phúc thẩm xét xử.", body, [], body, None).date != D(2023, 6, 5)
    body = ["Trước đó, ngày 2-1-2022, công ty nộp hồ sơ."]
    assert event_date("Ngày 5-7, Bộ cấp phép cho công ty.", body, [], body, None).date != D(2022, 7, 5)


def test_a_full_date_years_before_the_page_gives_way_to_the_days_the_text_calls_today():
    # The case's history in the lead, then "Sáng nay, …" in the narration: the page's day.
    lead = "Ngày 17/12/2017, ông Linh ký hợp đồng chuyển nhượng khu đất cho công ty X."
    following = ["Sáng nay, việc thẩm vấn các bị cáo tiếp tục tại TAND tỉnh.", "Đầu phiên chiều nay, ông Linh nhận tội."]
    assert event_date(lead, following, [], following, D(2021, 11, 5)).date == D(2021, 11, 5)
    # Not when "hôm nay" is only inside what someone said.
    quoted = ["Ông Linh nói: “Hôm nay tôi xin nhận tội”.", "Vụ án kéo dài nhiều năm."]
    assert event_date(lead, quoted, [], quoted, D(2021, 11, 5)).date == D(2017, 12, 17)


def test_with_nothing_else_dated_a_day_the_lead_names_with_ngay_of_the_last_few_before_the_page():
    # A document's day, or the day a rule starts, is what the news reports.
    lead = "Theo thông báo ngày 3/11 của Bộ Giáo dục và Đào tạo, quyết định này được đưa ra để điều chỉnh chương trình."
    following = ["Bộ yêu cầu các sở triển khai ngay.", "Nhiều trường đã chuẩn bị từ trước."]
    assert event_date(lead, following, [], following, D(2021, 11, 4)).date == D(2021, 11, 3)
    lead = "Bộ Y tế Maldives thông báo kể từ ngày 1-11 nước này sẽ thực thi lệnh cấm hút thuốc lá theo thế hệ."
    assert event_date(lead, following, [], following, D(2025, 11, 2)).date == D(2025, 11, 1)
    # Not a day weeks back, nor one after the page, nor when a rule is in force, nor a full date,
    # nor one further into the text.
    for dated in ("Theo thông báo ngày 3/10 của Bộ, quyết định được đưa ra.", "Quyết định có hiệu lực từ ngày 10/11.",
                  "Quyết định có hiệu lực từ ngày 3/11.",
                  "Theo thông báo ngày 3/11/2020 của Bộ, quyết định được đưa ra."):
        assert event_date(dated, following, [], following, D(2021, 11, 4)).date is None, dated
    later = following + ["Theo thông báo ngày 3/11 của Bộ, quyết định được đưa ra."]
    assert event_date("Bộ vừa điều chỉnh chương trình.", later, [], later, D(2021, 11, 4)).date is None


def test_a_day_cut_short_in_a_snippet_dates_nothing():
    # Round 153-b: a feed's snippet cut at "Ngày 31/8/ ..." (a hero's death, 1954, told
    # before the news); the lead's "chiều 7/5" under it dates the news.
    snippet = "Trong Chiến dịch Điện Biên Phủ năm 1954, đồng chí đã anh dũng hy sinh. Ngày 31/8/ ..."
    assert event_date(snippet, [], [], [], D(2024, 5, 7)).date is None
    assert event_date(snippet, ["Kỷ niệm 70 năm Chiến thắng, chiều 7/5, đoàn công tác của tỉnh dâng hương."], [], [],
                      D(2024, 5, 7)).date == D(2024, 5, 7)


def test_a_market_s_session_dates_its_report():
    # Session 37 (round5-a, round38-b): a price report dates its news by the session.
    lead = "Giá vàng thế giới lập kỷ lục mới nhờ dòng tiền trú ẩn an toàn gia tăng."
    session = ["Chốt phiên giao dịch 22/12, giá vàng thế giới giao ngay tăng mạnh 104,8 USD lên 4.442,6 USD/ounce."]
    assert event_date(lead, session, [], session, D(2025, 12, 23)).date == D(2025, 12, 22)
    weekend = ["Giá dầu gần như đi ngang trong phiên giao dịch cuối tuần 24/10, sau khi tăng mạnh phiên trước."]
    assert event_date(lead, weekend, [], weekend, D(2025, 10, 24)).date == D(2025, 10, 24)


def test_a_span_of_days_in_brackets_after_tu_dates_its_first():
    # Session 37 (round95-a): "trong thời gian 5 ngày (từ 22- 25/5/2025)", nothing else dated.
    lead = "Tuần hàng được tổ chức trong thời gian 5 ngày (từ 22- 25/5/2025) với quy mô 50 gian hàng."
    assert event_date(lead, [], [], [], D(2025, 5, 22)).date == D(2025, 5, 22)


def test_an_obituary_is_dated_by_the_death_it_reports():
    # Session 37 (round41-c): "Vĩnh biệt NSƯT …", the death told in the third paragraph.
    lead = "Nghệ sĩ Đỗ Bạch Diện là kép đẹp một thời của sân khấu cải lương đất Bắc."
    following = ["Vào thập niên 70 – 80, ông làm say đắm trái tim biết bao khán giả.", "Ông có nhiều vai diễn để đời.",
                 "Ông đột ngột ra đi ngày 1-11 tại Hà Nội, thọ 75 tuổi. Lễ tang được tổ chức sáng ngày 4-11."]
    assert event_date(lead, following, ["Vĩnh biệt NSƯT Đỗ Bạch Diện"], following, D(2025, 11, 2)).date == D(2025, 11, 1)
    # (a death told beside other news dates nothing: round40-b)
    assert event_date(lead, following, ["Campuchia và Thái Lan ký thỏa thuận ngừng bắn"], following, D(2025, 11, 2)).date is None


def test_a_full_date_a_generation_before_the_page_is_history_not_the_news():
    # Session 37: a feature that opens on a war's first day, a centenary on its founding day.
    lead = "Rạng sáng 17/2/1979, quân xâm lược tràn qua biên giới. Những người lính vẫn rà phá bom mìn ở Vị Xuyên."
    assert event_date(lead, [], [], [], D(2024, 2, 17)).date is None
    # (the news told next, dated with a time of day, is still read)
    following = ["Sáng 16/2, đoàn công tác của tỉnh dâng hương tại Nghĩa trang liệt sĩ Vị Xuyên."]
    assert event_date(lead, following, [], following, D(2024, 2, 17)).date == D(2024, 2, 16)
    # (a date years before the page stays the event's: a provincial paper's header shows the
    # day the page was saved, as the sample articles do)
    assert event_date("Sáng 20/3/2019, tỉnh tổ chức hội nghị.", [], [], [], D(2024, 2, 17)).date == D(2019, 3, 20)


def test_a_full_date_over_a_year_before_the_page_after_an_undated_lead_is_the_storys_past():
    # Session 52 (round143-d-06, round95-a-04): the news undated, a paragraph after it telling
    # the story's past with its full date.
    lead = "TAND tỉnh Bình Thuận sẽ tổ chức buổi xin lỗi công khai đối với ông Huỳnh Văn Nén."
    following = ["Ngày 23/4/1998, ông Nén bị bắt và bị truy tố về tội giết người."]
    assert event_date(lead, following, [], following, D(2015, 12, 2)).date is None
    # (within the year before the page it is still the event's; in the lead, a page saved late)
    assert event_date(lead, ["Ngày 23/4/2015, ông Nén được trả tự do."], [], [], D(2015, 12, 2)).date == D(2015, 4, 23)
    assert event_date("Ngày 23/4/2012, tỉnh tổ chức hội nghị.", [], [], [], D(2015, 12, 2)).date == D(2012, 4, 23)


def test_a_wordpress_date_line_with_the_months_number_after_thang_and_a_comma():
    # The Vietnamese of WordPress's "j F, Y" ("11 Tháng 4, 2023") under a school's headline.
    assert page_date("11 Tháng 4, 2023") == dt.date(2023, 4, 11)
    assert page_date("Thứ Ba, 11 tháng 4, 2023 10:20") == dt.date(2023, 4, 11)
    assert page_date("ngày 11 tháng 4 năm 2023") == dt.date(2023, 4, 11)
    assert page_date("29 tháng 11 2016") == dt.date(2016, 11, 29)  # (BBC Tiếng Việt's)
    assert page_date("Tue, 23 Dec 25 06:00:00 +0700") == dt.date(2025, 12, 23)  # (a feed's stamp, its year of two digits)
    assert page_date("11 tháng 4, 2023 học sinh khối 10 đi dã ngoại") is None  # (a sentence, not a date line)


def test_vao_before_a_day_and_month_with_a_slash_dates_the_news():
    # Round31-b (world news): "Theo Reuters, vào 23/10, Nhà Trắng cho biết …".
    lead = "Theo Reuters, vào 23/10, Nhà Trắng cho biết Tổng thống Mỹ đã ra lệnh ân xá cho ông Zhao."
    assert event_date(lead, [], [], [], D(2025, 10, 25)).date == D(2025, 10, 23)
    # (not a span of numbers written with a dash: round131-b)
    assert event_date("Không ai quan tâm con hải âu lớn thế nào vào 2-3 triệu năm trước.", [], [], [], D(2023, 3, 18)).date is None


def test_a_month_and_year_joined_by_a_dash_or_a_dot_is_a_year_of_the_context():
    # Round78-c, round81-b (Tuổi Trẻ, Thanh Niên): papers write "tháng 11-2025" and "tháng
    # 10.2025" where others write "tháng 11/2025"; each says the year of the months it names.
    for written in ("tháng 11/2025", "tháng 11-2025", "tháng 10.2025", "tháng 12 - 2025"):
        assert context_years([(f"Các trường triển khai trong {written} theo kế hoạch.", 1)]) == Counter({2025: 1}), written
    # (a day's full date after "tháng" counts as the same date with slashes does: not as a month too)
    assert context_years([("Trong tháng 12-10-2025 thì …", 1)]) == context_years([("Trong tháng 12/10/2025 thì …", 1)])


@pytest.mark.parametrize(("line", "relative"), [
    ("17 giờ trước 3 liên quan Gốc", True),
    ("7 giờ trước 3 đăng lại 2144 liên quan Gốc", True),
    ("10 phút trước", True),
    ("17 giờ trước, lũ đã rút", False),
])
def test_an_aggregators_time_counted_back_is_a_stamp_that_dates_nothing(line, relative):
    from generator.ingest.dates import is_relative_stamp
    assert is_relative_stamp(line) is relative


def test_the_pages_day_or_the_one_before_a_few_paragraphs_down_dates_wire_copy():
    # Round103-c (world news): two paragraphs of context, then the day the news broke,
    # written with "hôm" and no time of day, on a page of the day after.
    lead = "Chiếc xe tải cố ý di chuyển lùi với tốc độ cao vào căn cứ của Lực lượng Tuần duyên Mỹ."
    following = [
        "Theo hãng tin AP, tài xế xe tải hiện đã bị cảnh sát bắt giữ.",
        "Trước đó, các sĩ quan đã ra lệnh dừng xe nhiều lần.",
        "“Các sĩ quan đã nổ súng nhiều phát để tự vệ” - thông cáo được Bộ An ninh nội địa Mỹ đăng tải trên X hôm 24-10 cho hay.",
    ]
    assert event_date(lead, following, [], [lead, *following], D(2025, 10, 25)).date == D(2025, 10, 24)
    # (a day of a week before is another story's; a paragraph of what led to it dates nothing)
    older = following[:2] + ["Bộ An ninh nội địa Mỹ đăng tải thông cáo trên X hôm 18-10."]
    assert event_date(lead, older, [], [lead, *older], D(2025, 10, 25)).date is None
    before = following[:2] + ["Trước đó, hôm 24-10, tình báo Ukraine cho biết họ đã phát hiện âm mưu."]
    assert event_date(lead, before, [], [lead, *before], D(2025, 10, 25)).date is None
    # Round74-a: a post told that day, written with "ngày" after the verb; not a deadline's "ngày".
    told = following[:2] + ["Trong bài đăng trên mạng xã hội ngày 24/10, Tổng thống Mỹ Donald Trump cho biết sẽ gặp ông Tập."]
    assert event_date(lead, told, [], [lead, *told], D(2025, 10, 25)).date == D(2025, 10, 24)
    deadline = following[:2] + ["Hạn chót nộp hồ sơ bồi thường là ngày 24/10."]
    assert event_date(lead, deadline, [], [lead, *deadline], D(2025, 10, 25)).date is None


def test_last_years_number_in_a_leads_full_date_days_before_the_page_is_a_slip():
    # Session 54 (round164-b-05, round165-b-04, round161-b-02): the year typed is the one before,
    # as a hand writes by habit; the text's other dates say the page's year.
    lead = "Ngày 07/5/2024, Công ty tổ chức Hội nghị quán triệt Thông tư số 05/2025/TT-BXD."
    body = [lead, "Thông tư ban hành ngày 28/3/2025, có hiệu lực từ ngày 15/5/2025."]
    assert event_date(lead, body[1:], [], body, D(2025, 5, 7)).date == D(2025, 5, 7)
    # (a page saved a year after its news names no later year: the year stands as written)
    alone = "Chiều ngày 7/3/2023, Đại sứ Ấn Độ thăm tỉnh."
    assert event_date(alone, [], [], [alone], D(2024, 3, 10)).date == D(2023, 3, 7)
    # (nor does a day weeks before the page's: a story of last year that names this one)
    old = "Ngày 07/3/2024, Công ty khởi công nhà máy, đến nay đã hoàn thành 2025 hạng mục."
    assert event_date(old, [], [], [old], D(2025, 5, 7)).date == D(2024, 3, 7)


def test_a_headlines_day_before_a_colon_names_a_daily_column_not_an_event():
    # Session 54 (round31-b-06, round58-b-08): digests of today's or tomorrow's news. (Not "ngày"
    # alone: "Điểm nóng xung đột ngày 2-11: …" is written as "Hà Nội ngày 2/11: Mưa lớn …" is.)
    lead = "Tuần qua, giá dầu thế giới liên tục biến động mạnh."
    for headline in ("Giá xăng dầu hôm nay 26/10/2025: giá dầu thế giới biến động mạnh",
                     "Dự báo thời tiết đêm nay và ngày mai 3/11/2025: Trung Bộ tiếp tục mưa lớn"):
        assert event_date(lead, [], [headline], [lead], D(2025, 11, 2)).date is None
    # (a session's part of the day is its event: "Sáng 23/10 : Hai sàn giữ vững sắc xanh")
    assert event_date("Cuối phiên sáng, nhiều cổ phiếu lớn tăng giá.", [], ["Sáng 23/10 : Hai sàn giữ vững sắc xanh"],
                      [], D(2013, 10, 23)).date == D(2013, 10, 23)


def test_a_forecasts_or_a_targets_day_is_to_come():
    # Session 54 (round16-a-03, round26-e-04): the news undated, a forecast and a target dated.
    lead = "Trưởng Ban Chỉ đạo vừa có Công điện gửi UBND các tỉnh về việc ứng phó mưa lũ."
    forecast = "Theo dự báo của Trung tâm Dự báo Khí tượng thủy văn Quốc gia, từ chiều tối ngày 1/11 đến chiều tối ngày 3/11, khu vực từ Hà Tĩnh đến Đà Nẵng có mưa to."
    storm = "Hiện nay, mưa lớn đang gây ngập nhiều nơi."
    assert event_date(lead, [storm, forecast], [], [lead, storm, forecast], D(2025, 11, 2)).date is None
    target = "Công ty đang đẩy nhanh tiến độ, đặt mục tiêu hoàn thành toàn bộ phần việc vào ngày 30/11."
    assert event_date(lead, [storm, target], [], [lead, storm, target], D(2026, 9, 5)).date is None
    # (a strike on targets is dated by its day)
    strike = "Nga tấn công các mục tiêu năng lượng ở Kiev đêm 1/11, làm mất điện nhiều khu vực."
    assert event_date(strike, [], [], [strike], D(2025, 11, 2)).date == D(2025, 11, 1)


def test_a_night_told_by_both_its_days_is_dated_by_the_morning():
    # Session 54 (round59-b-08, round98-c-08; round18-a-08's truth reads "đêm 1/11 và rạng sáng 2/11" so).
    for lead, expected in [
        ("Tất cả các khu vực ở Ukraine đã bị cắt điện do vụ tấn công của Nga trong đêm 29/10, rạng sáng 30/10.", D(2025, 10, 30)),
        ("Lực lượng cứu hộ làm việc xuyên đêm 31/10 và rạng sáng 1/11 để sơ tán dân.", D(2025, 11, 1)),
        ("Đêm 31/12/2024, rạng sáng 1/1/2025, hàng nghìn người đón năm mới.", D(2025, 1, 1)),
        # (two nights apart, or a night then an evening: the first as before)
        ("Trong đêm 28/10, rạng sáng 30/10, mưa lớn gây ngập.", D(2025, 10, 28)),
        ("Đêm 29/10, tối 30/10, UAV tấn công nhiều nơi.", D(2025, 10, 29)),
    ]:
        assert event_date(lead, [], [], [lead], D(2025, 11, 2)).date == expected, lead


def test_counterexamples_of_the_review_of_session_54():
    page = D(2025, 9, 12)
    # A year on, the day is as written (not last year's number typed by mistake); an amount is no year.
    lead = "Ngày 7/9/2024, bão Yagi đổ bộ vào Quảng Ninh, Hải Phòng, gây thiệt hại nặng nề."
    later = ["Đến tháng 9/2025, nhiều hộ dân vẫn chưa ổn định cuộc sống."]
    assert event_date(lead, later, ["Một năm sau bão Yagi"], [lead, *later], page).date == D(2024, 9, 7)
    paid = "Ngày 7/9/2024, bão Yagi đổ bộ vào Quảng Ninh. Chính phủ đã chi 2025 tỷ đồng khắc phục."
    assert event_date(paid, [], ["Bão Yagi"], [paid], page).date == D(2024, 9, 7)
    # A target or a forecast beside a day's event leaves the day the event's.
    for lead, page, day in [
        ("Hội nghị đặt mục tiêu thu hút 5 tỷ USD vốn FDI diễn ra sáng 28/10 tại thành phố Bắc Ninh.", D(2025, 10, 30), D(2025, 10, 28)),
        ("Tổng công ty đặt mục tiêu về đích sớm và đã khánh thành dự án sáng 28/10.", D(2025, 10, 30), D(2025, 10, 28)),
        ("Theo dự báo viên Nguyễn Văn Hưởng, chiều 2/11, lượng mưa tại Huế đã vượt 300 mm.", D(2025, 11, 3), D(2025, 11, 2)),
        ("Đúng như dự báo, theo dự báo của cơ quan khí tượng, sáng 2/11 bão đã đổ bộ.", D(2025, 11, 3), D(2025, 11, 2)),
        # (a span of days is no night, and April has 30: "đêm 29/4, rạng sáng 1/5" is two days apart)
        ("Mưa lớn kéo dài từ đêm 28/10 đến rạng sáng 1/11 khiến nước sông Hương lên nhanh.", D(2025, 11, 1), D(2025, 10, 28)),
        ("Đêm 29/4, rạng sáng 1/5 mưa lớn.", D(2025, 5, 2), D(2025, 4, 29)),
        ("Đêm 30/4, rạng sáng 1/5 mưa lớn.", D(2025, 5, 2), D(2025, 5, 1)),
        ("Đêm 28/2, rạng sáng 29/2 mưa lớn.", D(2024, 3, 2), D(2024, 2, 29)),
    ]:
        assert event_date(lead, [], [], [lead], page).date == day, lead
    # A day's event in a headline before a colon is no column's.
    quiet = "Tuần qua, giá dầu thế giới liên tục biến động mạnh."
    for headline, page, day in [("Hà Nội ngày 2/11: Mưa lớn gây ngập nhiều tuyến phố", D(2025, 11, 3), D(2025, 11, 2)),
                                ("Chiều nay 23/10: Quốc hội thảo luận về Luật Đất đai", D(2025, 10, 24), D(2025, 10, 23))]:
        assert event_date(quiet, [], [headline], [quiet], page).date == day, headline


def test_a_day_the_text_calls_today_outweighs_an_earlier_stamp():
    # Session 55 (round186-b-01: a record stamped 24/12, "khai mạc sáng nay (28/12)"; round134-b-02:
    # "Sáng nay (2.5)" under "28/04/2025 09:44"): the stamp was the draft's; the text's today is the day.
    for lead, page, day in [
        ("Hội nghị Chính phủ với các địa phương chính thức khai mạc sáng nay (28/12) với quy mô toàn quốc.", D(2020, 12, 24), D(2020, 12, 28)),
        ("Sáng nay (2.5), Bộ trưởng Các vấn đề Nghị viện Ấn Độ trao Xá lợi Đức Phật.", D(2025, 4, 28), D(2025, 5, 2)),
        ("Hôm nay (2/1), UBND tỉnh tổ chức lễ ra quân.", D(2020, 12, 30), D(2021, 1, 2)),
        # (a day only ahead of the page, not called today, stays something to come: nothing dated)
        ("Bộ Y tế đề nghị các tỉnh hoàn thành báo cáo ngày 28/12.", D(2020, 12, 24), None),
    ]:
        assert event_date(lead, [], [], [lead], page).date == day, lead


def test_a_year_named_only_in_a_documents_later_date_does_not_date_the_day():
    # Session 57 (round191-a-05): the work on a resolution follows it; with no page date, 11/4 is not 2016's.
    lead = ("Chiều 11/4, Ban Dân tộc HĐND tỉnh tổ chức giám sát việc thực hiện Nghị quyết 31 ngày 6/9/2016 của HĐND tỉnh "
            "về chính sách hỗ trợ học sinh.")
    assert event_date(lead, [], [], [lead], None).date is None
    # (a document dated before the day still gives its year: the work follows it)
    lead = "Chiều 11/10, Ban Dân tộc HĐND tỉnh tổ chức giám sát việc thực hiện Nghị quyết 31 ngày 6/9/2016 của HĐND tỉnh."
    assert event_date(lead, [], [], [lead], None).date == D(2016, 10, 11)
    # (with a page date months later, the page's year, not the document's)
    lead = "Chiều 11/4, Ban Dân tộc HĐND tỉnh tổ chức giám sát việc thực hiện Nghị quyết 31 ngày 6/9/2016 của HĐND tỉnh."
    assert event_date(lead, [], [], [lead], D(2019, 7, 31)).date == D(2019, 4, 11)


@pytest.mark.parametrize(("lead", "page", "day"), [
    # Session 57's second review: a day a document takes effect or sets is not the day it was issued.
    ("Ngày 20/4, UBND tỉnh ban hành Quyết định về bảng giá đất có hiệu lực từ ngày 1/5/2024.", None, D(2024, 4, 20)),
    ("Ngày 20/4, UBND tỉnh ban hành Quyết định về bảng giá đất có hiệu lực từ ngày 1/5/2024.", D(2026, 1, 5), D(2024, 4, 20)),
    ("Ngày 10/3, UBND tỉnh ban hành kế hoạch tổ chức Lễ hội Hoa ban diễn ra từ ngày 15/3/2024 tại thành phố.", None, D(2024, 3, 10)),
    ("Sáng 12/5, Sở GD-ĐT tỉnh ban hành kế hoạch thi tuyển sinh vào lớp 10 vào ngày 2/6/2024.", None, D(2024, 5, 12)),
    ("Ngày 25/11, Chủ tịch UBND tỉnh ký Quyết định số 2345/QĐ-UBND có hiệu lực kể từ ngày 1/12/2023.", None, D(2023, 11, 25)),
])
def test_counterexamples_of_the_second_review_of_session_57(lead, page, day):
    assert event_date(lead, [], [], [lead], page).date == day


def test_today_said_in_full_dates_the_event_but_not_in_a_quote_or_in_history():
    # Session 57 (round192-a-09) and its third review.
    lead = "Trong thời gian tới, Viettel Post sẽ thực hiện 4 chuyển dịch chiến lược quan trọng."
    said = "Đó là chia sẻ của ông A tại lễ kỷ niệm diễn ra hôm nay, ngày 1/7/2017, tại Hà Nội."
    assert event_date(lead, [said], [], [lead, said], D(2019, 1, 29)).date == D(2017, 7, 1)
    quoted = "Cựu chiến binh Nguyễn Văn A nhớ như in: “Hôm nay, ngày 30/4/1975, là ngày vui nhất cuộc đời tôi”, ông kể."
    assert event_date(quoted, [], [], [quoted], D(2025, 4, 29)).date == D(2025, 4, 29)
    history = "Bản Tuyên ngôn Độc lập được Chủ tịch Hồ Chí Minh đọc hôm nay, ngày 2/9/1945, tại Quảng trường Ba Đình."
    lead = "Lễ kỷ niệm diễn ra tại Hà Nội."
    assert event_date(lead, [history], [], [lead, history], D(2020, 9, 1)).date == D(2020, 9, 1)
