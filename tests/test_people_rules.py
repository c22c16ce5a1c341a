"""Who is named with which role: forms of the genre, one sentence each."""

from __future__ import annotations

import pytest

from generator.ingest.people import mentions_in, participants
from generator.vietnamese import normalise


def named(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.role) for m in mentions_in(normalise(text)) if m.role]


def read_paragraphs(*texts: str) -> list[tuple[str, str]]:
    """The participants of an article of these paragraphs (no captions), with their roles."""
    return [(p.name, p.role) for p in participants([(normalise(text), False) for text in texts])]


@pytest.mark.parametrize(("sentence", "people"), [
    ("Dự có đồng chí Hoàng Văn Nghiệm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
     [("Hoàng Văn Nghiệm", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"), ("Phạm Ngọc Thưởng", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]),
    ("Đồng chí Bí thư Tỉnh ủy Trần Sỹ Thanh phát biểu kết luận.", [("Trần Sỹ Thanh", "Bí thư Tỉnh ủy")]),
    ("Theo Bí thư Tỉnh uỷ Lâm Thị Phương Thanh, nhiệm kỳ qua…", [("Lâm Thị Phương Thanh", "Bí thư Tỉnh ủy")]),
    ("Ông Hồ Tiến Thiệu – Chủ tịch UBND tỉnh cho biết.", [("Hồ Tiến Thiệu", "Chủ tịch UBND tỉnh")]),
    ("Bí thư Thành ủy Lạng Sơn Hoàng Thị Oanh dự.", [("Hoàng Thị Oanh", "Bí thư Thành ủy Lạng Sơn")]),
    ("Bí thư Huyện ủy Cao Lộc Hoàng Văn Minh dự.", [("Hoàng Văn Minh", "Bí thư Huyện ủy Cao Lộc")]),
    ("các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Văn An, Đoàn Thu Hà và Lương Văn Bình dự.",
     [("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"), ("Đoàn Thu Hà", "Phó Chủ tịch UBND tỉnh"), ("Lương Văn Bình", "Phó Chủ tịch UBND tỉnh")]),
    ("Đồng chí Lê Văn Hùng, Giám đốc Sở Văn hóa, Thể thao và Du lịch báo cáo.", [("Lê Văn Hùng", "Giám đốc Sở Văn hóa, Thể thao và Du lịch")]),
    ("Giám đốc Kho bạc Nhà nước tỉnh Nông Văn Bảy phát biểu.", [("Nông Văn Bảy", "Giám đốc Kho bạc Nhà nước tỉnh")]),
    ("Sáng 5-1, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính chủ trì.", [("Phạm Minh Chính", "Thủ tướng Chính phủ")]),
    ("Đại tá Nguyễn Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo.",
     [("Nguyễn Văn Hùng", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]),
    ("Đồng chí Giám đốc Công an tỉnh, Đại tá Thân Văn Hải phát biểu.", [("Thân Văn Hải", "Đại tá, Giám đốc Công an tỉnh")]),
    ("Chủ tịch UBND tỉnh chủ trì, Bí thư Tỉnh ủy Trần Sỹ Thanh dự.", [("Trần Sỹ Thanh", "Bí thư Tỉnh ủy")]),
    # A name that is also a place: a person right after a role head, not in a place's name.
    ("nguyên tắc mà Chủ tịch Hồ Chí Minh đã dạy.", [("Hồ Chí Minh", "Chủ tịch")]),
    ("dâng hương tưởng niệm Chủ tịch Hồ Chí Minh, Đại tướng Võ Nguyên Giáp và các Anh hùng liệt sĩ.",
     [("Hồ Chí Minh", "Chủ tịch"), ("Võ Nguyên Giáp", "Đại tướng")]),
    ("Đoàn đến Khu Tưởng niệm Chủ tịch Hồ Chí Minh tại Nghĩa Lộ.", []),
    ("Viếng Lăng Chủ tịch Hồ Chí Minh.", []),
    ("Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi dự.", [("Phan Văn Mãi", "Chủ tịch UBND TP Hồ Chí Minh")]),
    ("Đồng chí Chủ tịch UBND tỉnh nhấn mạnh.", []),
    # Round 7: a shared post, then each one's own ("các đồng chí Ủy viên Trung ương Đảng: A, Role; …").
    ("Cùng đi có các đồng chí Ủy viên Trung ương Đảng: Phạm Gia Túc, Chánh Văn phòng Trung ương Đảng; "
     "Trung tướng Nguyễn Văn Gấu, Thứ trưởng Bộ Quốc phòng; lãnh đạo TP. Huế.",
     [("Phạm Gia Túc", "Ủy viên Trung ương Đảng, Chánh Văn phòng Trung ương Đảng"),
      ("Nguyễn Văn Gấu", "Trung tướng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng")]),
    # (and such a list inside a list of guests, after "và": each of its names has its post)
    ("Tham dự còn có các đồng chí: Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy; Trương Mỹ Hoa, nguyên Phó Chủ tịch "
     "nước và các đồng chí Ủy viên Trung ương Đảng: Võ Thị Ánh Xuân, Phó Chủ tịch nước; Trần Quang Phương, Phó Chủ tịch "
     "Quốc hội; các đồng chí lãnh đạo các ban, bộ ngành.",
     [("Nguyễn Văn Nên", "Ủy viên Bộ Chính trị, Bí thư Thành ủy"), ("Trương Mỹ Hoa", "nguyên Phó Chủ tịch nước"),
      ("Võ Thị Ánh Xuân", "Ủy viên Trung ương Đảng, Phó Chủ tịch nước"),
      ("Trần Quang Phương", "Ủy viên Trung ương Đảng, Phó Chủ tịch Quốc hội")]),
    # A party committee in lower case, as a school's site writes it ("tỉnh ủy", "huyện ủy", "đảng ủy"),
    # and posts joined by a dash after it.
    ("Sáng 5/9, đồng chí Nguyễn Huy Hoàng - Ủy viên BTV tỉnh ủy – Bí thư Thành ủy, Chủ tịch HĐND TP Việt Trì đã tới dự.",
     [("Nguyễn Huy Hoàng", "Ủy viên BTV tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND TP Việt Trì")]),
    ("Đồng chí Nguyễn Huy Hoàng, Bí thư huyện ủy đã tới dự.", [("Nguyễn Huy Hoàng", "Bí thư huyện ủy")]),
    ("Ông Lê Văn An, Bí thư đảng ủy xã Tân Thành phát biểu.", [("Lê Văn An", "Bí thư đảng ủy xã Tân Thành")]),
    # (not "ủy" of a verb: "… tỉnh ủy quyền cho …")
    ("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh ủy quyền cho ông Lê Văn Bình, Giám đốc Sở Tài chính ký văn bản.",
     [("Nguyễn Văn An", "Chủ tịch UBND tỉnh"), ("Lê Văn Bình", "Giám đốc Sở Tài chính")]),
    # A place after its unit, then the name: "thôn Cổ Phúc 2 Đỗ Văn Đồng", "xã Đồng Tâm Đinh Văn Kỹ".
    ("Bí thư Chi bộ thôn Cổ Phúc 2 Đỗ Văn Đồng cho biết.", [("Đỗ Văn Đồng", "Bí thư Chi bộ thôn Cổ Phúc 2")]),
    ("Bí thư Đảng ủy, Chủ tịch HĐND xã Đồng Tâm Đinh Văn Kỹ phát biểu.",
     [("Đinh Văn Kỹ", "Bí thư Đảng ủy, Chủ tịch HĐND xã Đồng Tâm")]),
    # Round 8 (world news and Báo Mới's HTML): foreign names after a place of several
    # words, initials, an appointment, a list vouching for its names, an alias.
    ("Đại sứ Nga tại Việt Nam Gennady Bezdetko đã trao hàng.", [("Gennady Bezdetko", "Đại sứ Nga tại Việt Nam")]),
    ("Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan tại cuộc họp báo.", [("Recep Tayyip Erdogan", "Tổng thống Thổ Nhĩ Kỳ")]),
    ("Phát ngôn viên Nhà Trắng Karoline Leavitt cho biết.", [("Karoline Leavitt", "Phát ngôn viên Nhà Trắng")]),
    ("Phó Tổng thống Mỹ JD Vance và hai Đặc phái viên Steve Witkoff và Jared Kushner cũng bay tới Israel.",
     [("JD Vance", "Phó Tổng thống Mỹ"), ("Steve Witkoff", "Đặc phái viên"), ("Jared Kushner", "Đặc phái viên")]),
    ("kể từ khi ông Lee Jae-myung nhậm chức Tổng thống Hàn Quốc hồi tháng 6.", [("Lee Jae-myung", "Tổng thống Hàn Quốc")]),
    ("cuộc chiến của chính quyền cựu Tổng thống Joe Biden.", [("Joe Biden", "cựu Tổng thống")]),
    ("ân xá cho ông Changpeng Zhao (Triệu Trường Bằng), nhà sáng lập sàn giao dịch.", [("Changpeng Zhao", "nhà sáng lập sàn giao dịch")]),
    ("và giảm án cho Giám đốc điều hành startup Ozy Media.", []),
    ("Chủ tịch UBND TP. Huế Phan Thiên Định đã đến thăm.", [("Phan Thiên Định", "Chủ tịch UBND TP. Huế")]),
    ("Theo Đại tá Nguyễn Chí Thức – Phó Sư đoàn trưởng kiêm Tham mưu trưởng Sư đoàn 10, trước mắt,",
     [("Nguyễn Chí Thức", "Đại tá, Phó Sư đoàn trưởng kiêm Tham mưu trưởng Sư đoàn 10")]),
    ("Theo bà Bùi Trần Thị Cúc - Chi hội trưởng, mô hình bắt đầu từ sáng kiến.", [("Bùi Trần Thị Cúc", "Chi hội trưởng")]),
    ("Đồng chí Huỳnh Thị Thanh Loan, Trưởng Ban Tổ chức Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy trao quyết định.",
     [("Huỳnh Thị Thanh Loan", "Trưởng Ban Tổ chức Tỉnh ủy")]),
    ("Giám đốc Sở Văn Hóa Thể Thao và Du lịch Nguyễn Văn An dự.", [("Nguyễn Văn An", "Giám đốc Sở Văn Hóa Thể Thao và Du lịch")]),
    # A family name no list holds, known by its middle name.
    ("Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh Y Thị Bích Thọ dự.",
     [("Y Thị Bích Thọ", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")]),
    ("Các đồng chí ủy viên BCH Đảng bộ tỉnh dự hội nghị.", []),
    ("Trên địa bàn xã Hoàng Văn Thụ, Ban Chỉ đạo tỉnh đã kiểm tra.", []),
    # Forms of other outlets, each found in the reading corpus.
    ("Dự có Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch Quốc hội Vương Đình Huệ.",
     [("Nguyễn Phú Trọng", "Tổng Bí thư"), ("Vương Đình Huệ", "Chủ tịch Quốc hội")]),
    ("Ngày 23/12, Tổng thống Mỹ Joe Biden đã ký.", [("Joe Biden", "Tổng thống Mỹ")]),
    ("Thượng nghị sỹ John McCain phát biểu.", [("John McCain", "Thượng nghị sỹ")]),
    ("Tại hội nghị, Thứ trưởng Bộ NN&PTNT Phùng Đức Tiến cho biết.", [("Phùng Đức Tiến", "Thứ trưởng Bộ NN&PTNT")]),
    ("các ông: Lê Hoàng Nghi - Tỉnh ủy viên, nguyên Giám đốc Sở Kế hoạch và Đầu tư, lý do đã chuyển công tác; Lê Văn Tùng - nguyên Giám đốc Sở Du lịch.",
     [("Lê Hoàng Nghi", "Tỉnh ủy viên, nguyên Giám đốc Sở Kế hoạch và Đầu tư"), ("Lê Văn Tùng", "nguyên Giám đốc Sở Du lịch")]),
    ("Đồng chí Trịnh Việt Hùng, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy dự.",
     [("Trịnh Việt Hùng", "Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy")]),
    ("Ông Lê Quốc Minh, Chủ tịch Hội nhà báo Việt Nam phát biểu.", [("Lê Quốc Minh", "Chủ tịch Hội nhà báo Việt Nam")]),
    ("Khởi tố ông Nguyễn Việt Hùng (nguyên Cục phó Quản lý Dược), Phạm Hồng Châu (nguyên Trưởng phòng Đăng ký thuốc) về tội.",
     [("Nguyễn Việt Hùng", "nguyên Cục phó Quản lý Dược"), ("Phạm Hồng Châu", "nguyên Trưởng phòng Đăng ký thuốc")]),
    ("Yêu cầu giám đốc Sở Xây dựng Hà Nội (ông Lê Văn Dục) kiểm điểm.", [("Lê Văn Dục", "giám đốc Sở Xây dựng Hà Nội")]),
    ("Đại tá Nguyễn Đình Hưng, Trưởng phòng cứu hộ cứu nạn, Bộ Tư lệnh Bộ đội biên phòng cho biết.",
     [("Nguyễn Đình Hưng", "Đại tá, Trưởng phòng cứu hộ cứu nạn, Bộ Tư lệnh Bộ đội biên phòng")]),
    ("Cùng dự có lãnh đạo UBND huyện Kim Sơn.", []),
    ("Đồng chí Hồ Văn Tiến, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh khẳng định: tỉnh luôn đồng hành.",
     [("Hồ Văn Tiến", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]),
    # Unseen outlets (national-d, portals-b): forms the first corpus did not show.
    ("Phó Thủ tướng Vũ Đức Đam giới thiệu Dự thảo Nghị quyết 02 của Chính phủ.", [("Vũ Đức Đam", "Phó Thủ tướng")]),
    ("Thứ trưởng Bộ TN-MT Nguyễn Thị Phương Hoa vừa dẫn đầu đoàn công tác.", [("Nguyễn Thị Phương Hoa", "Thứ trưởng Bộ TN-MT")]),
    ("Bộ trưởng Bộ Thống nhất Hàn Quốc Kim Yung-ho cho biết.", [("Kim Yung-ho", "Bộ trưởng Bộ Thống nhất Hàn Quốc")]),
    ("nhiệm kỳ 2015-2020 của cựu Tổng thống Moon Jae-in.", [("Moon Jae-in", "cựu Tổng thống")]),
    ("Tham dự có PGS.TS.Nguyễn Thị Xuyên, Chủ tịch Tổng hội Y học Việt Nam; TS.Phạm Lương Sơn, Phó tổng Giám đốc Bảo hiểm xã hội Việt Nam.",
     [("Nguyễn Thị Xuyên", "Chủ tịch Tổng hội Y học Việt Nam"), ("Phạm Lương Sơn", "Phó tổng Giám đốc Bảo hiểm xã hội Việt Nam")]),
    ("ThS. Nguyễn Văn Thành – Phó Hiệu trưởng Trường Đại học Kiên Giang; ThS. Lê Việt Khái – Trưởng phòng Công tác sinh viên, Bí thư Đoàn trường; cùng 700 đoàn viên.",
     [("Nguyễn Văn Thành", "Phó Hiệu trưởng Trường Đại học Kiên Giang"), ("Lê Việt Khái", "Trưởng phòng Công tác sinh viên, Bí thư Đoàn trường")]),
    ("TS. Huỳnh Trọng Dương - Bí thư Đảng ủy, Hiệu trưởng nhà trường đã có bài diễn văn.",
     [("Huỳnh Trọng Dương", "Bí thư Đảng ủy, Hiệu trưởng nhà trường")]),
    ("Hôm 4/3, Phó thủ tướng Nga Alexander Novak tuyên bố Moskva sẵn sàng tăng nguồn cung.", [("Alexander Novak", "Phó thủ tướng Nga")]),
    ("Tối 19-3, PGS-TS Lương Ngọc Khuê, Cục trưởng Cục Quản lý khám chữa bệnh (Bộ Y tế) đã ký công văn.",
     [("Lương Ngọc Khuê", "Cục trưởng Cục Quản lý khám chữa bệnh (Bộ Y tế)")]),
    ("GS.TSKH Nguyễn Văn An, Giám đốc Học viện Quốc phòng cho biết.", [("Nguyễn Văn An", "Giám đốc Học viện Quốc phòng")]),
    ("bắt tạm giam bà Nguyễn Thị Thanh Hà (47 tuổi, nguyên Phó phòng Giao dịch Sacombank Cam Ranh) để điều tra.",
     [("Nguyễn Thị Thanh Hà", "nguyên Phó phòng Giao dịch Sacombank Cam Ranh")]),
    ("bổ nhiệm người đứng đầu công ty Naftogaz, ông Serhiy Koretsky làm Thủ tướng mới.", [("Serhiy Koretsky", "Thủ tướng")]),
    ("ông Nguyễn Văn Bình được bầu làm Chủ tịch HĐND tỉnh khóa XVII.", [("Nguyễn Văn Bình", "Chủ tịch HĐND tỉnh khóa XVII")]),
    ("ông Nguyễn Văn Bình làm việc với đoàn công tác.", []),
    # A name first, its role in apposition, with no "ông" or "đồng chí" before it.
    ("Các đồng chí: Đại tá Đinh Hồng Tiếng, Chỉ huy trưởng Bộ CHQS tỉnh; Mai Thị Xuân Chung, Phó chủ tịch HĐND tỉnh Đắk Nông dự.",
     [("Đinh Hồng Tiếng", "Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh"), ("Mai Thị Xuân Chung", "Phó chủ tịch HĐND tỉnh Đắk Nông")]),
    ("Nguyễn Minh Hùng (cựu Chủ tịch HĐQT Công ty VN Pharma), Võ Mạnh Cường (cựu Giám đốc công ty H&C) bị khởi tố.",
     [("Nguyễn Minh Hùng", "cựu Chủ tịch HĐQT Công ty VN Pharma"), ("Võ Mạnh Cường", "cựu Giám đốc công ty H&C")]),
    ("Nguyên Chủ nhiệm Ủy ban Pháp luật của Quốc hội Nguyễn Văn Thuận cho biết.",
     [("Nguyễn Văn Thuận", "Nguyên Chủ nhiệm Ủy ban Pháp luật của Quốc hội")]),
    ("Người dân phố Lê Lợi, Hà Nội cho biết.", []),
    ("Cùng đi có ông Bùi Công Mến-phó chủ tịch thường trực UBND xã.", [("Bùi Công Mến", "phó chủ tịch thường trực UBND xã")]),
    ("Đồng chí Lê Hoàng Ân tái đắc cử bí thư.", [("Lê Hoàng Ân", "bí thư")]),
    ("ông Phan Trung Tuấn, Vụ trưởng Vụ Chính quyền địa phương (Bộ Nội vụ) cho biết.",
     [("Phan Trung Tuấn", "Vụ trưởng Vụ Chính quyền địa phương (Bộ Nội vụ)")]),
    ("Thủ tướng Phạm Minh Chính (giữa) dự lễ.", [("Phạm Minh Chính", "Thủ tướng")]),
    ("Đại diện gia đình cụ Phạm Văn Khâu nhận giấy mừng thọ.", []),
    ("Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương Phạm Minh Chính khẳng định.",
     [("Phạm Minh Chính", "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương")]),
    ("Tại lễ bế mạc, thay mặt Chính phủ, Thủ tướng Chính phủ, Phó Thủ tướng Trần Hồng Hà chúc mừng.", [("Trần Hồng Hà", "Phó Thủ tướng")]),
    # Where the unit is, in parentheses, as written; an explanation in parentheses is no part of the post.
    ("Phó Chủ tịch UBND huyện Châu Phú (tỉnh An Giang) Nguyễn Thanh Lâm cho biết.", [("Nguyễn Thanh Lâm", "Phó Chủ tịch UBND huyện Châu Phú (tỉnh An Giang)")]),
    ("Ông Lee Cheol-woo, Thống đốc tỉnh Bắc Gyeongsang (tỉnh có thành phố Gyeongju), cho biết.", [("Lee Cheol-woo", "Thống đốc tỉnh Bắc Gyeongsang")]),
    ("Khi được hỏi, người phát ngôn Bộ Ngoại giao Trung Quốc Quách Gia Côn khẳng định.",
     [("Quách Gia Côn", "người phát ngôn Bộ Ngoại giao Trung Quốc")]),
    # Round 4: a district after its party committee is no name; abbreviated posts; "của" a body.
    ("Đồng chí Hà Công Nghị, Phó Bí thư Thường trực Huyện ủy Mai Châu chia sẻ.",
     [("Hà Công Nghị", "Phó Bí thư Thường trực Huyện ủy Mai Châu")]),
    ("Các đồng chí Hoàng Trọng Lý, UVBTV, phó Chủ tịch Thường trực HĐND huyện; Dương Thị Vân Anh, UVBTV, Phó Chủ tịch UBND huyện cùng tham dự.",
     [("Hoàng Trọng Lý", "UVBTV, phó Chủ tịch Thường trực HĐND huyện"), ("Dương Thị Vân Anh", "UVBTV, Phó Chủ tịch UBND huyện")]),
    # (and spaced, "UV BTV": unread, its role went to the next comrade and his own was lost)
    ("Dự có đồng chí Bùi Xuân Vững, UV BTV, Trưởng Ban Tổ chức Đảng ủy Than Quảng Ninh, đồng chí Bùi Văn Tuấn, Thành viên Ban Quản lý vốn TKV.",
     [("Bùi Xuân Vững", "UV BTV, Trưởng Ban Tổ chức Đảng ủy Than Quảng Ninh"), ("Bùi Văn Tuấn", "Thành viên Ban Quản lý vốn TKV")]),
    ("UV BCH Đảng bộ tỉnh, Giám đốc Sở Y tế Nguyễn Văn Bình phát biểu.",
     [("Nguyễn Văn Bình", "UV BCH Đảng bộ tỉnh, Giám đốc Sở Y tế")]),
    ("Còn theo ông Nguyễn Văn Đực - Phó GĐ Cty địa ốc Đất Lành, trước đây nhiều công trình phải mua bảo hiểm.",
     [("Nguyễn Văn Đực", "Phó GĐ Cty địa ốc Đất Lành")]),
    ("Tuy nhiên, Giám đốc đào tạo của Công ty TMA Solutions Hoàng Xuân Thanh thẳng thắn chia sẻ.",
     [("Hoàng Xuân Thanh", "Giám đốc đào tạo của Công ty TMA Solutions")]),
    ("Ông Hoàng Hải, Phó Cục trưởng Cục Giám định Nhà nước công trình xây dựng, Bộ Xây dựng cho biết.",
     [("Hoàng Hải", "Phó Cục trưởng Cục Giám định Nhà nước công trình xây dựng, Bộ Xây dựng")]),
    ("Ông Trương Anh Tuấn- Phó Chủ tịch Hiệp hội BĐS Việt Nam bày tỏ, dự thảo chưa rõ.",
     [("Trương Anh Tuấn", "Phó Chủ tịch Hiệp hội BĐS Việt Nam")]),
    # Round 5: a role set off by two dashes; numbered units; a body after the comma; "Role - ông A".
    ("Ông Đỗ Đức Quân - Vụ trưởng Vụ Thủy điện, Tổng cục trưởng Tổng cục Năng lượng (Bộ Công Thương) - cho biết việc đưa điện về nông thôn.",
     [("Đỗ Đức Quân", "Vụ trưởng Vụ Thủy điện, Tổng cục trưởng Tổng cục Năng lượng (Bộ Công Thương)")]),
    ("Chiều 3-4, thượng tá Nguyễn Hải Đăng - phó Phòng cảnh sát điều tra tội phạm về ma túy (PC47) Công an tỉnh Nghệ An - cho biết cơ quan này đã bắt.",
     [("Nguyễn Hải Đăng", "thượng tá, phó Phòng cảnh sát điều tra tội phạm về ma túy (PC47) Công an tỉnh Nghệ An")]),
    ("Ông Vũ Mạnh Hải - Phó ban Quản lý Cửa khẩu quốc tế Bờ Y - nhấn mạnh: “Việc quy hoạch sẽ tạo đà thuận lợi.”",
     [("Vũ Mạnh Hải", "Phó ban Quản lý Cửa khẩu quốc tế Bờ Y")]),
    ("Theo ông Phan Thanh Ngọc, Phó Trưởng phòng Quản lý đô thị, UBND quận Tân Phú: “Sau 10 năm thực hiện.”",
     [("Phan Thanh Ngọc", "Phó Trưởng phòng Quản lý đô thị, UBND quận Tân Phú")]),
    ("Còn theo ông Lê Trọng Hiếu, Chủ tịch UBND quận 7, khó khăn hiện nay còn nhiều.", [("Lê Trọng Hiếu", "Chủ tịch UBND quận 7")]),
    ("Theo ông Phạm Quang Kim, Trưởng phòng Phòng Kỹ thuật và Quản lý giao thông Sở GTVT Điện Biên: “Đoàn đã kiểm tra.”",
     [("Phạm Quang Kim", "Trưởng phòng Phòng Kỹ thuật và Quản lý giao thông Sở GTVT Điện Biên")]),
    ("Tranh thủ giờ nghỉ, Đại đội trưởng Đại đội 1, Thượng úy Nguyễn Hoàng Chương cho biết.",
     [("Nguyễn Hoàng Chương", "Thượng úy, Đại đội trưởng Đại đội 1")]),
    ("Đại úy Nguyễn Ngọc Sơn, Chính trị viên Tiểu đoàn 72 (Trung đoàn 885) cho biết.",
     [("Nguyễn Ngọc Sơn", "Đại úy, Chính trị viên Tiểu đoàn 72 (Trung đoàn 885)")]),
    ("Phó Thủ tướng Nguyễn Sinh Hùng cùng Phó Thủ tướng Thường trực Lào - ông Somsavat Lengsavad đã đến khảo sát.",
     [("Nguyễn Sinh Hùng", "Phó Thủ tướng"), ("Somsavat Lengsavad", "Phó Thủ tướng Thường trực Lào")]),
    ("Phát biểu tại lễ ký kết, đại diện phía MobiFone, ông Lê Quang Minh cho biết.", []),
    ("Năm 2008, Phó Thủ tướng lúc đó là ông Nguyễn Sinh Hùng đã đến khảo sát.", [("Nguyễn Sinh Hùng", "Phó Thủ tướng")]),
    ("Ông Nguyễn Bính, Trưởng ban điều hành khu phố 3, phường Phú Thạnh, bức xúc.", [("Nguyễn Bính", "Trưởng ban điều hành khu phố 3, phường Phú Thạnh")]),
    ("Tạp chí Mỹ dẫn lời anh Đinh Văn Dôn, chủ hãng lữ hành Happy Day Travel, cho biết.",
     [("Đinh Văn Dôn", "chủ hãng lữ hành Happy Day Travel")]),
    ("Tàu giao cho ông Nguyễn Minh Vương (sinh năm 1985, ngụ xã Song Lộc, tỉnh Vĩnh Long) làm thuyền trưởng.",
     [("Nguyễn Minh Vương", "thuyền trưởng")]),
    ("Quốc hội thông qua việc bổ nhiệm người đứng đầu công ty năng lượng Naftogaz, ông Serhiy Koretsky làm Thủ tướng mới.",
     [("Serhiy Koretsky", "Thủ tướng")]),
    ("Theo Chủ tịch SK Hynix Chey Tae Won, công ty sẽ đầu tư.", [("Chey Tae Won", "Chủ tịch SK Hynix")]),
    # A title written in mixed case opens a mention as its lower case does.
    ("Theo ThS Quỳnh Anh, Trưởng khoa Ngữ văn cho biết.", [("Quỳnh Anh", "Trưởng khoa Ngữ văn")]),
    # "Văn" is a family name too, where "Văn phòng" is not one.
    ("Tiến sĩ Văn Quang Tân, Giám đốc Bệnh viện Đa khoa tỉnh cho biết.", [("Văn Quang Tân", "Giám đốc Bệnh viện Đa khoa tỉnh")]),
    ("Trung đoàn trưởng, Thượng tá Văn Phú Diệp cho biết.", [("Văn Phú Diệp", "Thượng tá, Trung đoàn trưởng")]),
    ("Chánh Văn phòng UBND tỉnh Nguyễn Văn An dự.", [("Nguyễn Văn An", "Chánh Văn phòng UBND tỉnh")]),
    ("Giám đốc CIA William Burns cho biết.", [("William Burns", "Giám đốc CIA")]),
    ("Cô Trần Tiễn Như Nghi, nhân viên kiểm định của Công ty P-Lab, cho biết.",
     [("Trần Tiễn Như Nghi", "nhân viên kiểm định của Công ty P-Lab")]),
    ("Tạ Xuân Chánh - Tỉnh ủy viên, nguyên Giám đốc Sở Văn hóa và Thể thao, đã nghỉ hưu.",
     [("Tạ Xuân Chánh", "Tỉnh ủy viên, nguyên Giám đốc Sở Văn hóa và Thể thao")]),
    ("Dự báo viên Nguyễn Hương Lý cho biết trời mưa.", [("Nguyễn Hương Lý", "Dự báo viên")]),
    ("Đó là các thanh tra giao thông: Nguyễn Văn Tuấn, Nguyễn Văn Nghĩa và Lê Chí Hùng.",
     [("Nguyễn Văn Tuấn", "thanh tra giao thông"), ("Nguyễn Văn Nghĩa", "thanh tra giao thông"), ("Lê Chí Hùng", "thanh tra giao thông")]),
    ("Nguyễn Văn Tuấn nhận của Nguyễn Văn Quý (lái xe) 1.000.000 đồng.", [("Nguyễn Văn Quý", "lái xe")]),
    ("Vụ nổ làm chị Nguyễn Thị Hồng (SN 1989- kế toán doanh nghiệp) bị thương.", [("Nguyễn Thị Hồng", "kế toán doanh nghiệp")]),
    ("để hấp dẫn doanh nghiệp trở lại sản xuất.Thứ trưởng Bộ Kế hoạch và Đầu tư Đặng Huy Đông cũng lưu ý.",
     [("Đặng Huy Đông", "Thứ trưởng Bộ Kế hoạch và Đầu tư")]),
    ("Dự hội nghị có ông Gareth Ward, Đại sứ Vương quốc Anh tại Việt Nam.", [("Gareth Ward", "Đại sứ Vương quốc Anh tại Việt Nam")]),
    ("Phó Thủ tướng Vũ Đức Đam tại Hội nghị cho biết.", [("Vũ Đức Đam", "Phó Thủ tướng")]),
    ("Phó Chủ tịch UBND xã Ayun-cho biết, dự án đã hoàn thành.", []),
    # Private posts, run to the comma that closes them; a brand or a firm is no person.
    ("Ông Lâm Phương Toàn, chủ một cửa hàng hoa, cho biết cửa hàng chỉ nhập ít.", [("Lâm Phương Toàn", "chủ một cửa hàng hoa")]),
    ("Chị Thanh Vân, đại diện hệ thống hoa Liti Florist, chia sẻ.", [("Thanh Vân", "đại diện hệ thống hoa Liti Florist")]),
    ("Theo ông Nguyễn Minh - chủ thương hiệu Happy Flower, giá hoa tăng.", [("Nguyễn Minh", "chủ thương hiệu Happy Flower")]),
    ("là giao dịch viên Phòng Giao dịch Sacombank Cam Ranh.", []),
    # A profession before a name is its role, and vouches for a stage name.
    ("sau vụ Á hậu Thư Dung chụp ảnh.", [("Thư Dung", "Á hậu")]),
    ("Ca sĩ Quỳnh Anh và Nhạc sĩ Dương Minh Đức biểu diễn.", [("Quỳnh Anh", "Ca sĩ"), ("Dương Minh Đức", "Nhạc sĩ")]),
    ("Ca nương Thu Hoài say mê ca trù.", [("Thu Hoài", "Ca nương")]),
    ("NSNA Thanh Nhã có bức ảnh ấn tượng.", [("Thanh Nhã", "NSNA")]),
    # An aside that holds no post (an age, a year of birth), then the role in apposition.
    ("Cuối tháng 5, ông Trần Quốc Tỏ (58 tuổi), Bí thư Tỉnh uỷ Thái Nguyên được bổ nhiệm.", [("Trần Quốc Tỏ", "Bí thư Tỉnh ủy Thái Nguyên")]),
    ("bà Nguyễn Thị Thanh (53 tuổi), Uỷ viên Trung ương Đảng, Bí thư Tỉnh ủy Ninh Bình, giữ chức vụ mới.",
     [("Nguyễn Thị Thanh", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Ninh Bình")]),
    ("ông Lê Văn Tám (SN 1970) - Chủ tịch UBND xã cho biết.", [("Lê Văn Tám", "Chủ tịch UBND xã")]),
    ("GS.TS Trịnh Văn Tự, sinh năm 1929 (95 tuổi), nguyên phó chủ tịch kiêm tổng thư ký Liên hiệp hội Việt Nam; GS.TS Đặng Hữu dự.",
     [("Trịnh Văn Tự", "nguyên phó chủ tịch kiêm tổng thư ký Liên hiệp hội Việt Nam")]),
    # The post said of a name: "A là Role", "ông A hiện là Role"; "ông A, một Role".
    ("TS Nguyễn Văn Huống là phó trưởng phòng công nghệ môi trường Viện Công nghệ mới, Bộ Quốc phòng.",
     [("Nguyễn Văn Huống", "phó trưởng phòng công nghệ môi trường Viện Công nghệ mới, Bộ Quốc phòng")]),
    ("Ông Nguyễn Văn An hiện là Giám đốc Sở Tài chính.", [("Nguyễn Văn An", "Giám đốc Sở Tài chính")]),
    ("Ông Lê Văn Bình là người con của quê hương.", []),
    ("ông Trần Văn Cường, một chuyên gia kinh tế, cho biết.", [("Trần Văn Cường", "chuyên gia kinh tế")]),
    # and "one of" before it (round45-c-03)
    ("Ông Nguyễn Mạnh Hải, một trong những chuyên gia của Bảo tàng Mỹ thuật Việt Nam, cho biết.",
     [("Nguyễn Mạnh Hải", "chuyên gia của Bảo tàng Mỹ thuật Việt Nam")]),
    ("Ông Nguyễn Văn An, một trong số các sáng lập viên của hội, cho biết.", [("Nguyễn Văn An", "sáng lập viên của hội")]),
    # Honorary titles before a name, chained: all of them are his.
    ("PGS.TS, Thầy thuốc nhân dân, Anh hùng lao động Nguyễn Tiến Quyết, nguyên phó chủ tịch Tổng hội Y học Việt Nam;",
     [("Nguyễn Tiến Quyết", "Thầy thuốc nhân dân, Anh hùng lao động, nguyên phó chủ tịch Tổng hội Y học Việt Nam")]),
    ("Ba người gồm bác sĩ chuyên khoa II Đoàn Tiến Dương là chủ tịch Hội Thầy thuốc trẻ tỉnh Bắc Giang.",
     [("Đoàn Tiến Dương", "chủ tịch Hội Thầy thuốc trẻ tỉnh Bắc Giang")]),
    # A post in parentheses after a ranked name; a known place before a name after its unit.
    ("với sự tham gia của Trung tướng Mai Hoàng (Giám đốc Công an TPHCM) cùng Đại tá Trần Thanh Sơn (Phó Giám đốc).",
     [("Mai Hoàng", "Trung tướng, Giám đốc Công an TPHCM"), ("Trần Thanh Sơn", "Đại tá, Phó Giám đốc")]),
    ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, Trưởng ban Chỉ đạo Liên hoan Tạ Quang Đông và Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh Mai Sơn trao giải.",
     [("Tạ Quang Đông", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, Trưởng ban Chỉ đạo Liên hoan"),
      ("Mai Sơn", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh")]),
    ("Chúng tôi phỏng vấn ông Trần Hoàng, Cục trưởng Cục Bản quyền tác giả, Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) xung quanh vấn đề này.",
     [("Trần Hoàng", "Cục trưởng Cục Bản quyền tác giả, Bộ Văn hóa, Thể thao và Du lịch (VHTTDL)")]),
    ("Ông Nguyễn Chí Thành, thợ kim hoàn phố Hàng Bạc.", [("Nguyễn Chí Thành", "thợ kim hoàn phố Hàng Bạc")]),
    # Lower-case words of a body's name that elsewhere end a role ("báo", "trong").
    ("Trưa nay, ông Mai Văn Khiêm, Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết.",
     [("Mai Văn Khiêm", "Giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia")]),
    ("Ông Vũ Anh Tuấn, Phó trưởng phòng Dự báo thời tiết, Trung tâm Dự báo KTTV quốc gia trả lời.",
     [("Vũ Anh Tuấn", "Phó trưởng phòng Dự báo thời tiết, Trung tâm Dự báo KTTV quốc gia")]),
    ("ông Trần Duy Đông, nguyên Vụ trưởng Vụ Thị trường trong nước, nhận tiền.", [("Trần Duy Đông", "nguyên Vụ trưởng Vụ Thị trường trong nước")]),
    # In apposition "tại" or "của" before a name goes on with the role.
    ("Ông Phil Flynn, chuyên gia phân tích cấp cao tại Price Futures Group, nhận định.",
     [("Phil Flynn", "chuyên gia phân tích cấp cao tại Price Futures Group")]),
    ("Ông Kyle Rodda, chuyên gia phân tích thị trường tài chính cấp cao tại Capital.com, cho biết.",
     [("Kyle Rodda", "chuyên gia phân tích thị trường tài chính cấp cao tại Capital.com")]),
    ("ông Changpeng Zhao, nhà sáng lập sàn giao dịch tiền số Binance, được ân xá.",
     [("Changpeng Zhao", "nhà sáng lập sàn giao dịch tiền số Binance")]),
    # World news: a known place, then a foreign name; a list of posts and names.
    ("Thủ tướng Hà Lan Dick Schoof, Tổng Thư ký NATO Mark Rutte, Thủ tướng Đan Mạch Mette Frederiksen dự.",
     [("Dick Schoof", "Thủ tướng Hà Lan"), ("Mark Rutte", "Tổng Thư ký NATO"), ("Mette Frederiksen", "Thủ tướng Đan Mạch")]),
    # A ministry whose name holds a comma, then the next minister's foreign name.
    ("Danh sách có Bộ trưởng Tài chính Serhiy Marchenko, Bộ trưởng Kinh tế, Môi trường và Nông nghiệp Oleksiy Sobolev, cùng Cố vấn Oleksandr Kubrakov.",
     [("Serhiy Marchenko", "Bộ trưởng Tài chính"), ("Oleksiy Sobolev", "Bộ trưởng Kinh tế, Môi trường và Nông nghiệp"), ("Oleksandr Kubrakov", "Cố vấn")]),
    ("Đáp lại tuyên bố của Thống chế Asim Munir, quyền Bộ trưởng Nội vụ Afghanistan Sirajuddin Haqqani có bài phát biểu.",
     [("Asim Munir", "Thống chế"), ("Sirajuddin Haqqani", "quyền Bộ trưởng Nội vụ Afghanistan")]),
    ("Chủ tịch Trung Quốc Tập Cận Bình đã gặp ông.", [("Tập Cận Bình", "Chủ tịch Trung Quốc")]),
    # … but a firm's name is no foreign person.
    ("Ông Trần Đức Hùng - Tổng giám đốc Educa Corporation cũng chia sẻ.", [("Trần Đức Hùng", "Tổng giám đốc Educa Corporation")]),
    ("bà Mai Thị Hồng Hạnh (Giám đốc Xuyên Việt Oil) đã trao đổi.", [("Mai Thị Hồng Hạnh", "Giám đốc Xuyên Việt Oil")]),
    # "ông" right after the post; two places joined by a dash end a body's name.
    ("giao thuyền trưởng ông Nguyễn Minh Vương (xã Song Lộc, Vĩnh Long) điều khiển.", [("Nguyễn Minh Vương", "thuyền trưởng")]),
    ("ông Nguyễn Đức Tuấn, Phó Tổng Giám đốc Công ty CP Cao tốc Đồng Đăng - Trà Lĩnh cho biết.",
     [("Nguyễn Đức Tuấn", "Phó Tổng Giám đốc Công ty CP Cao tốc Đồng Đăng - Trà Lĩnh")]),
    ("Cùng quan điểm, đại biểu Trần Văn Lâm (Bắc Giang) cho rằng chính sách phù hợp.", [("Trần Văn Lâm", "đại biểu")]),
    ("TS. Nguyễn Văn Tảo, Bí thư Đảng ủy Đại học Thái Nguyên biểu dương và chúc mừng.", [("Nguyễn Văn Tảo", "Bí thư Đảng ủy Đại học Thái Nguyên")]),
    ("Ngày 2-11, ông Mai Thanh Sang, Chủ tịch UBND xã Hà Nha, TP Đà Nẵng đã trao giấy khen.", [("Mai Thanh Sang", "Chủ tịch UBND xã Hà Nha, TP Đà Nẵng")]),
    ("Ông cho biết, lãnh tụ Tối cao Taliban Hibatullah Akhundzada đã chỉ thị.", [("Hibatullah Akhundzada", "lãnh tụ Tối cao Taliban")]),
    ("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân đã gặp.", [("Đổng Quân", "Bộ trưởng Quốc phòng Trung Quốc")]),
    ("Đại tá Trần Ngọc Hải-Phó Tư lệnh Binh đoàn 15 dự.", [("Trần Ngọc Hải", "Đại tá, Phó Tư lệnh Binh đoàn 15")]),
    # Foreign names with lower-case particles.
    ("Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.", [("Ursula von der Leyen", "Chủ tịch Ủy ban châu Âu")]),
    ("Tổng giám đốc ACEA Sigrid de Vries nói.", [("Sigrid de Vries", "Tổng giám đốc ACEA")]),
    ("Huấn luyện viên Luis de la Fuente cho biết.", [("Luis de la Fuente", "Huấn luyện viên")]),
    ("Bà Âu Kim Phượng, chủ nhà vườn, cho biết.", [("Âu Kim Phượng", "chủ nhà vườn")]),
    # Units: a village's name after its unit; the units after a comma go on with the role.
    ("Phó Bí thư Tỉnh đoàn Nguyễn Trần Phương Hà phát biểu.", [("Nguyễn Trần Phương Hà", "Phó Bí thư Tỉnh đoàn")]),
    ("Trưởng thôn Nguyễn Văn A cho biết.", [("Nguyễn Văn A", "Trưởng thôn")]),
    ("Phó Chủ tịch UBND thành phố Nguyễn Mạnh Quyền cùng đại diện các sở dự.", [("Nguyễn Mạnh Quyền", "Phó Chủ tịch UBND thành phố")]),
    ("ông Nguyễn Bính, Trưởng ban điều hành khu phố 3, phường Phú Thạnh, quận Tân Phú cho biết.",
     [("Nguyễn Bính", "Trưởng ban điều hành khu phố 3, phường Phú Thạnh, quận Tân Phú")]),
    # A role, then the name set off by commas.
    ("Ngày 30/10, Thống đốc bang New York, Kathy Hochul, đã ban bố tình trạng khẩn cấp.", [("Kathy Hochul", "Thống đốc bang New York")]),
    # In lower case where a body is named: "người phát ngôn của Đại sứ quán …, Liu Pengyu,".
    ("Cùng ngày, người phát ngôn của Đại sứ quán Trung Quốc tại Washington, Liu Pengyu, cho rằng Trung Quốc đã tuân thủ.",
     [("Liu Pengyu", "người phát ngôn của Đại sứ quán Trung Quốc tại Washington")]),
    ("Giám đốc Sở Tài chính, Nguyễn Văn An, cho biết.", [("Nguyễn Văn An", "Giám đốc Sở Tài chính")]),
    ("Phó Chủ tịch UBND tỉnh, Đồng Đăng, Lạng Sơn dự.", []),
    # Found by reviewing the rules above: what they must not take.
    ("Giám đốc WB phụ trách khu vực Trung Đông Jean-Christophe Carret cho biết.",
     [("Jean-Christophe Carret", "Giám đốc WB phụ trách khu vực Trung Đông")]),
    ("Đồng chí Nguyễn Văn Tùng-Chính ủy Bộ Chỉ huy Quân sự tỉnh phát biểu.", [("Nguyễn Văn Tùng", "Chính ủy Bộ Chỉ huy Quân sự tỉnh")]),
    ("Ông Nguyễn Văn An, Trưởng phòng Cứu hộ, Bộ Tư lệnh Bộ đội Biên phòng, Phó Chủ tịch Hội đồng, cho biết.",
     [("Nguyễn Văn An", "Trưởng phòng Cứu hộ, Bộ Tư lệnh Bộ đội Biên phòng, Phó Chủ tịch Hội đồng")]),
    ("Trưởng ấp Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Trưởng ấp")]),
    ("Trưởng khu dân cư Lê Trần Huy cho biết.", [("Lê Trần Huy", "Trưởng khu dân cư")]),
    ("Bí thư Chi bộ thôn Đồng Tâm Đinh Văn Kỹ dự.", [("Đinh Văn Kỹ", "Bí thư Chi bộ thôn Đồng Tâm")]),
    ("Danh tướng Trần Hưng Đạo đánh giặc.", []),
    ("Chủ tịch UBND phường Quang Trung, Lê Lợi, Trần Phú dự.", []),
    ("Thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh, Nguyễn Văn An, trao quà.", []),
    ("Chủ tịch UBND xã Âu Văn Hùng cho biết.", [("Âu Văn Hùng", "Chủ tịch UBND xã")]),
    ("Theo ông A, Chủ tịch UBND xã, phường Hòa Khánh đã làm tốt.", []),
    ("ông Nguyễn Ngọc Sang, Trưởng thôn 1, xã Khánh Vĩnh cho biết.", [("Nguyễn Ngọc Sang", "Trưởng thôn 1, xã Khánh Vĩnh")]),
    ("Hiệu trưởng Trường THPT Phan Bội Châu (TP Vinh) Nguyễn Văn C cho biết.", [("Nguyễn Văn C", "Hiệu trưởng Trường THPT Phan Bội Châu (TP Vinh)")]),
    ("Giám đốc Công ty Trần Anh (Hà Nội) Nguyễn Văn H cho biết.", [("Nguyễn Văn H", "Giám đốc Công ty Trần Anh (Hà Nội)")]),
    ("Vợ anh Nguyễn Văn A là công nhân may.", []),
    ("Người tiền nhiệm của ông Donald Trump là Tổng thống Joe Biden.", [("Joe Biden", "Tổng thống")]),
    ("CLB Hoàng Anh Gia Lai là ứng viên vô địch.", []),
    ("Chủ tịch Ủy ban Tư pháp Hạ viện Jim Jordan phát biểu.", [("Jim Jordan", "Chủ tịch Ủy ban Tư pháp Hạ viện")]),
    ("Dự có Phó Chủ tịch UBND huyện và Chủ tịch xã,", []),
    # In apposition a description runs to the comma that closes it.
    ("Đến nhà chị Lường Thị Hồng Tươi, Trưởng nhóm phát triển du lịch cộng đồng tổ dân phố Vặt Hồng, du khách được nghỉ.",
     [("Lường Thị Hồng Tươi", "Trưởng nhóm phát triển du lịch cộng đồng tổ dân phố Vặt Hồng")]),
    ("qua nhà văn Đinh Su Giang - Chủ tịch Hội VH - NT tỉnh Quảng Ngãi. Với những người", [("Đinh Su Giang", "nhà văn, Chủ tịch Hội VH - NT tỉnh Quảng Ngãi")]),
    # Session 7: foreign names.
    ("Bộ trưởng phụ trách biên giới Campuchia Lam Chea đồng chủ trì.", [("Lam Chea", "Bộ trưởng phụ trách biên giới Campuchia")]),  # "ea" is no Vietnamese vowel
    ("Tim Cook, CEO Apple, gọi đây là trận đấu.", [("Tim Cook", "CEO Apple")]),
    ("Tuy nhiên, Wen Chia-hung, phát ngôn viên của trung tâm, cho biết.", [("Wen Chia-hung", "phát ngôn viên của trung tâm")]),
    ("David Pemsel – Tổng giám đốc của Guardian - viết cho Google.", [("David Pemsel", "Tổng giám đốc của Guardian")]),
    ("Tại Happy Flower, chủ cửa hàng Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "chủ cửa hàng")]),
    ("Theo Rystad Energy, Phó Chủ tịch Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Phó Chủ tịch")]),
    ("ông còn ân xá Ross Ulbricht, người sáng lập chợ đen trực tuyến Silk Road, người bị kết án.",
     [("Ross Ulbricht", "người sáng lập chợ đen trực tuyến Silk Road")]),
    ("Ông Zhang Xuezheng, CEO kiêm nhà sáng lập Wingtech, đã nói.", [("Zhang Xuezheng", "CEO kiêm nhà sáng lập Wingtech")]),
    ("dưới thời Tổng thống Bashar al-Assad. Đại sứ Nuh Yilmaz", [("Bashar al-Assad", "Tổng thống"), ("Nuh Yilmaz", "Đại sứ")]),
    ("Giáo hoàng Leo XIV sẽ công du Thổ Nhĩ Kỳ.", [("Leo XIV", "Giáo hoàng")]),
    ("Đại hội lần thứ XIV của Đảng.", []),
    # The given names of the Ê Đê, M'Nông and K'Ho peoples; a title-case body; the reporter spoken to.
    ("Trao đổi với phóng viên, chị H’Vi Ê Ban- Bí thư Tỉnh đoàn Đắk Nông khẳng định.", [("H’Vi Ê Ban", "Bí thư Tỉnh đoàn Đắk Nông")]),
    ("Tiếp đoàn có các đồng chí: Nguyễn Bốn - Chủ tịch UBND tỉnh; K'Thanh – Phó Chủ tịch HĐND tỉnh; Võ Đình Tín - Phó Trưởng đoàn chuyên trách Đoàn Đại biểu quốc hội tỉnh cùng lãnh đạo các Sở.",
     [("Nguyễn Bốn", "Chủ tịch UBND tỉnh"), ("K'Thanh", "Phó Chủ tịch HĐND tỉnh"), ("Võ Đình Tín", "Phó Trưởng đoàn chuyên trách Đoàn Đại biểu quốc hội tỉnh")]),
    ("Chủ tịch UBND xã Đắk N'Drung Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Chủ tịch UBND xã Đắk N'Drung")]),
    ("Trả lời phóng viên, ông Nguyễn Văn An, Chủ tịch xã cho biết.", [("Nguyễn Văn An", "Chủ tịch xã")]),
    ("RFI đã liên hệ với người phát ngôn Bộ Tư pháp Campuchia, ông Seng Dina, qua ứng dụng Telegram.", [("Seng Dina", "người phát ngôn Bộ Tư pháp Campuchia")]),
    # World news: counterparts, advisers, a firm's one-word name before its head's.
    ("Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh cho biết.", [("Mao Ninh", "Người phát ngôn Bộ Ngoại giao Trung Quốc")]),
    ("Ngoại trưởng Mỹ Marco Rubio đã điện đàm với người đồng cấp Nga Sergei Lavrov.",
     [("Marco Rubio", "Ngoại trưởng Mỹ"), ("Sergei Lavrov", "người đồng cấp Nga")]),
    ("Theo hãng tin Reuters, Chủ tịch Fed Jerome Powell cho biết.", [("Jerome Powell", "Chủ tịch Fed")]),
    ("Cố vấn an ninh quốc gia Mỹ Jake Sullivan nói.", [("Jake Sullivan", "Cố vấn an ninh quốc gia Mỹ")]),
    ("Giám đốc điều hành Nvidia Jensen Huang cho biết.", [("Jensen Huang", "Giám đốc điều hành Nvidia")]),
    # A shared post, then posts before each name; a body's name with a pair's first word lower-case.
    ("Cùng dự có các Ủy viên Trung ương Đảng: Tổng Thư ký Quốc hội, Ủy viên Hội đồng Bầu cử quốc gia, Chánh Văn phòng Hội đồng Bầu cử quốc gia Lê Quang Mạnh; Bộ trưởng Bộ Nội vụ Đỗ Thanh Bình.",
     [("Lê Quang Mạnh", "Ủy viên Trung ương Đảng, Tổng Thư ký Quốc hội, Ủy viên Hội đồng Bầu cử quốc gia, Chánh Văn phòng Hội đồng Bầu cử quốc gia"),
      ("Đỗ Thanh Bình", "Ủy viên Trung ương Đảng, Bộ trưởng Bộ Nội vụ")]),
    ("Chủ tịch UBND tỉnh kiểm tra công trình.", []),
    ("Tân Bộ trưởng Quốc phòng Nhật Bản Shinjiro Koizumi cho biết.", [("Shinjiro Koizumi", "Bộ trưởng Quốc phòng Nhật Bản")]),
    ("đã phát hiện thuyền viên Đặng Văn Tẩn (SN 1972, ở phường Hoài Nhơn Đông) bị thương.", [("Đặng Văn Tẩn", "thuyền viên")]),
    ("Theo Bí thư Đảng ủy xã Ngọc Linh A Phương, những ngày qua người dân vẫn kiên trì.", [("A Phương", "Bí thư Đảng ủy xã Ngọc Linh")]),
    ("Chủ tịch UBND xã Đắk Pơ Kơ A Pớt cho biết.", [("A Pớt", "Chủ tịch UBND xã Đắk Pơ Kơ")]),
    ("Đồng chí Lê Thị Đào được chỉ định giữ chức Bí thư Đoàn xã Hy Cương.", [("Lê Thị Đào", "Bí thư Đoàn xã Hy Cương")]),
    ("Tuy nhiên, người phát ngôn của chính phủ Campuchia, ông Pen Bona, trước đó đã giải thích.", [("Pen Bona", "người phát ngôn của chính phủ Campuchia")]),
    # Royalty, clergy, scholars; a place named after a person; a project's name.
    ("Vua Charles III đã tước danh hiệu.", [("Charles III", "Vua")]),
    ("Hòa thượng Thích Thế Long phát biểu.", [("Thích Thế Long", "Hòa thượng")]),
    ("được học giả Pháp Hippolyte Le Breton gọi là vùng đất văn chương.", [("Hippolyte Le Breton", "học giả Pháp")]),
    ("Chị Trần Thị Vinh - Phó Trưởng ban phụ trách Khu di tích Nguyễn Du, người hơn 20 năm gắn bó, chia sẻ.",
     [("Trần Thị Vinh", "Phó Trưởng ban phụ trách Khu di tích Nguyễn Du")]),
    ("Em là người sáng lập dự án Tày Roots từ năm 2023.", []),
    ("Chủ tịch UBND huyện Chi Lăng Phạm Thế Bảo chủ trì buổi làm việc.", [("Phạm Thế Bảo", "Chủ tịch UBND huyện Chi Lăng")]),  # "Lăng", a place, no memorial
    ("Theo Cục trưởng Cục Phát thanh, Truyền hình và Thông tin điện tử Lê Quang Tự Do, Bộ đã quán triệt.",
     [("Lê Quang Tự Do", "Cục trưởng Cục Phát thanh, Truyền hình và Thông tin điện tử")]),
    # From reading the change: places and media set off before a role with its own name,
    # given names that open a pair, the highlands' places, surnames that are English words.
    ("Phát biểu ở Los Angeles, Thị trưởng Karen Bass cho biết.", [("Karen Bass", "Thị trưởng")]),
    ("Phát biểu với Al Jazeera, Ngoại trưởng Iran Abbas Araghchi nói.", [("Abbas Araghchi", "Ngoại trưởng Iran")]),
    ("Trên mạng xã hội Truth Social, Tổng thống Donald Trump viết.", [("Donald Trump", "Tổng thống")]),
    ("Trên địa bàn Chư Prông, Bí thư Huyện ủy Nguyễn Văn Đông chỉ đạo.", [("Nguyễn Văn Đông", "Bí thư Huyện ủy")]),
    ("Chủ tịch UBND huyện Nguyễn Văn Tài chính thức công bố.", [("Nguyễn Văn Tài", "Chủ tịch UBND huyện")]),
    ("Chủ tịch UBND huyện Lê Văn Giao thông báo.", [("Lê Văn Giao", "Chủ tịch UBND huyện")]),
    ("Chủ tịch UBND xã Đắk N'Drung cho biết, năm nay xã đạt chuẩn.", []),
    ("Chủ tịch UBND xã Ea Tiêu cho biết.", []),
    ("Chủ tịch Hội đồng hương M'Nông Lê Văn Bình dự.", [("Lê Văn Bình", "Chủ tịch Hội đồng hương M'Nông")]),
    ("Tổng giám đốc L'Oréal Việt Nam cho biết.", []),
    ("HLV Park Hang-seo cho biết.", [("Park Hang-seo", "HLV")]),
    ("Cựu Giám đốc USAID Samantha Power nói.", [("Samantha Power", "Cựu Giám đốc USAID")]),
    ("Ông Nguyễn Văn An, Chủ tịch UBND xã tại buổi đối thoại, cho biết.", [("Nguyễn Văn An", "Chủ tịch UBND xã")]),
    ("Dự có các đồng chí lãnh đạo tỉnh: Bí thư Tỉnh ủy Nguyễn Văn An; Chủ tịch UBND tỉnh Trần Văn Bình.",
     [("Nguyễn Văn An", "Bí thư Tỉnh ủy"), ("Trần Văn Bình", "Chủ tịch UBND tỉnh")]),
    ("Chủ tịch UBND huyện Y Ngọc Niê cho biết.", [("Y Ngọc Niê", "Chủ tịch UBND huyện")]),
    ("Chủ tịch UBND xã Ea Tiêu Y Kim Niê cho biết.", [("Y Kim Niê", "Chủ tịch UBND xã Ea Tiêu")]),
    ("Chủ tịch UBND xã Y Tý Hờ A Dìu cho biết.", [("Hờ A Dìu", "Chủ tịch UBND xã Y Tý")]),
    ("Tiến sĩ Nguyễn Thị Lan Anh - ứng cử viên của Việt Nam, chia sẻ về hiệp định.", [("Nguyễn Thị Lan Anh", "ứng cử viên của Việt Nam")]),
    ("Chủ trì lễ khánh thành, Tổng thống Ai Cập Abdel Fattah El-Sisi khẳng định.", [("Abdel Fattah El-Sisi", "Tổng thống Ai Cập")]),
    ("Thủ tướng Chính phủ cho biết.", []),
    # From reading the change, a second time.
    ("Ông Nguyễn Văn An, Phó Giám đốc Sở Y tế thông tin thêm, năm nay tỉnh có 5 ca.", [("Nguyễn Văn An", "Phó Giám đốc Sở Y tế")]),
    ("Andrew Harding, chuyên gia về luật tại Đại học Quốc gia Singapore, cho biết.",
     [("Andrew Harding", "chuyên gia về luật tại Đại học Quốc gia Singapore")]),
    ("Giám đốc bệnh viện Al-Shifa Mohammed Abu Salmiya nói.", []),
    ("Ông Cư A Dơ, Chủ tịch UBND xã, cho biết.", [("Cư A Dơ", "Chủ tịch UBND xã")]),
    ("Chủ tịch UBND huyện Cư Jút cho biết.", []),
    ("Nhà sản xuất Hòa Phát cho biết.", []),
    ("Vua phá lưới Nguyễn Tiến Linh ghi bàn.", []),
    ("Đoàn dâng hương tại Đền thờ Vua Lý Thái Tổ.", []),
    ("chúc mừng Linh mục Giuse Nguyễn Văn Tốt, Chánh xứ Giáo xứ Thái Hà.", [("Giuse Nguyễn Văn Tốt", "Linh mục")]),
    ("Chánh xứ Giáo xứ Thái Hà Linh mục Nguyễn Văn Khoái cho biết.", [("Nguyễn Văn Khoái", "Linh mục")]),
    ("Giám đốc Bệnh viện Phụ sản Maria Nguyễn Thị Hoa cho biết.", [("Nguyễn Thị Hoa", "Giám đốc Bệnh viện Phụ sản Maria")]),
    ("Tổng Giám đốc Tập đoàn Danh Khôi Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Tổng Giám đốc Tập đoàn Danh Khôi")]),
    ("Ông Lò Văn Sơn, Chủ tịch UBND tỉnh Sơn La về Mộc Châu kiểm tra thiệt hại.", [("Lò Văn Sơn", "Chủ tịch UBND tỉnh Sơn La")]),
    ("Sáng 5/11, Phó Chủ tịch UBND tỉnh về Mai Châu kiểm tra.", []),
    ("UVTW Đảng, Bí thư Tỉnh ủy Nguyễn Văn Bình dự.", [("Nguyễn Văn Bình", "UVTW Đảng, Bí thư Tỉnh ủy")]),
    # "UVTWĐ" is the same post in its letters, Đảng's among them.
    ("Dự có Thượng tướng Bế Xuân Trường, UVTWĐ, Thứ trưởng Bộ Quốc Phòng; Hà Ban, UVTWĐ, Phó Trưởng Ban Tổ chức Trung ương.",
     [("Bế Xuân Trường", "Thượng tướng, UVTWĐ, Thứ trưởng Bộ Quốc Phòng"), ("Hà Ban", "UVTWĐ, Phó Trưởng Ban Tổ chức Trung ương")]),
    ("các đồng chí đại biểu Quốc hội: Phó Trưởng Đoàn ĐBQH tỉnh Nguyễn Văn An; Trần Văn Bình, Ủy viên Ủy ban Pháp luật.",
     [("Nguyễn Văn An", "đại biểu Quốc hội, Phó Trưởng Đoàn ĐBQH tỉnh"), ("Trần Văn Bình", "đại biểu Quốc hội, Ủy viên Ủy ban Pháp luật")]),
    ("Ngày 4/4, đồng chí Trần Tuấn Anh – UVTW Đảng, Bộ trưởng Bộ Công Thương dẫn đầu Đoàn công tác.",
     [("Trần Tuấn Anh", "UVTW Đảng, Bộ trưởng Bộ Công Thương")]),
    # Round 22: a list of former posts, a country repeated as a name's first word, "về" a region.
    ("gồm cựu Bộ trưởng Tài chính Jacob Lew, cựu Cố vấn An ninh Quốc gia Jake Sullivan và cựu Giám đốc Tình báo Quốc gia Avril Haines, cảnh báo.",
     [("Jacob Lew", "cựu Bộ trưởng Tài chính"), ("Jake Sullivan", "cựu Cố vấn An ninh Quốc gia"), ("Avril Haines", "cựu Giám đốc Tình báo Quốc gia")]),
    ("Bộ trưởng Quốc phòng Israel Israel Katz cho rằng việc này gây tổn hại.", [("Israel Katz", "Bộ trưởng Quốc phòng Israel")]),
    ("Nhà điêu khắc Đinh Rú cho biết.", [("Đinh Rú", "Nhà điêu khắc")]),
    ("nghệ nhân Chau Sóc Sa và Phó Chủ tịch UBND xã Ô Lâm Neáng Sâm Bô dự.",
     [("Chau Sóc Sa", "nghệ nhân"), ("Neáng Sâm Bô", "Phó Chủ tịch UBND xã Ô Lâm")]),
    # Round 23: a unit before a foreign place, a party in title case, "Theo A, Role".
    ("Thủ hiến tỉnh Ontario Doug Ford - địa phương tài trợ quảng cáo - cho biết.", [("Doug Ford", "Thủ hiến tỉnh Ontario")]),
    ("Thượng nghị sĩ Dân chủ bang Minnesota Amy Klobuchar thừa nhận.", [("Amy Klobuchar", "Thượng nghị sĩ Dân chủ bang Minnesota")]),
    ("Ở phía bên kia, Thượng nghị sĩ Dân chủ John Fetterman (bang Pennsylvania) cũng bày tỏ.", [("John Fetterman", "Thượng nghị sĩ Dân chủ")]),
    ("Theo Zhu Chaoping, chiến lược gia toàn cầu tại JPMorgan Asset Management, các thỏa thuận chỉ là tạm thời.", [("Zhu Chaoping", "chiến lược gia toàn cầu tại JPMorgan Asset Management")]),
    # Names of the peoples of the highlands and the north-west, after a role.
    ("Chủ tịch UBND tỉnh Y Thanh Hà Niê Kđăm phát biểu.", [("Y Thanh Hà Niê Kđăm", "Chủ tịch UBND tỉnh")]),
    ("Phó Chủ tịch UBND tỉnh H Yâo Knul cho biết.", [("H Yâo Knul", "Phó Chủ tịch UBND tỉnh")]),
    ("Bí thư Tỉnh ủy Ksor Phước Hà dự.", [("Ksor Phước Hà", "Bí thư Tỉnh ủy")]),
    ("Phó Chủ tịch Quốc hội Giàng Seo Phử dự.", [("Giàng Seo Phử", "Phó Chủ tịch Quốc hội")]),
    ("Hiệu trưởng Trường Đại học Y Hà Nội Nguyễn Hữu Tú phát biểu.", [("Nguyễn Hữu Tú", "Hiệu trưởng Trường Đại học Y Hà Nội")]),
    # In apposition closed before what the person says, "của", "các" go on with the role.
    ("Bà Song Hae-jin, người phát ngôn của các gia đình nạn nhân, cho biết xã hội đã thay đổi.",
     [("Song Hae-jin", "người phát ngôn của các gia đình nạn nhân")]),
    ("Ông Trần Văn Dũng, Chủ tịch xã đã trao quà cho các hộ, nói thêm.", [("Trần Văn Dũng", "Chủ tịch xã")]),
    # Round 24: a high commissioner, an officer, a general, an activist, "cấp cao".
    ("Cao ủy Nhân quyền LHQ Volker Turk cho rằng, những người này đã mất mạng.", [("Volker Turk", "Cao ủy Nhân quyền LHQ")]),
    ("Sĩ quan tuần tra Muhd Hadri Mohni cho biết.", [("Muhd Hadri Mohni", "Sĩ quan tuần tra")]),
    ("Tướng Ben Hodges, cựu chỉ huy quân đội Mỹ tại châu Âu, nhận định.", [("Ben Hodges", "Tướng")]),
    ("vụ nhà hoạt động Charlie Kirk bị ám sát.", [("Charlie Kirk", "nhà hoạt động")]),
    ("Ông Nichita Gurcov, nhà phân tích cấp cao của ACLED, cho biết.", [("Nichita Gurcov", "nhà phân tích cấp cao của ACLED")]),
    ("các tướng lĩnh Nga họp.", []),
    # "Liên Hợp Quốc" in title case; "H." after a unit stays a district.
    ("Tổng Thư ký Liên Hợp Quốc Antonio Guterres đã nhiều lần nói.", [("Antonio Guterres", "Tổng Thư ký Liên Hợp Quốc")]),
    ("Chủ tịch UBND H. Lạc Dương Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Chủ tịch UBND H. Lạc Dương")]),
    ("Thủ tướng Úc Anthony Albanese cho biết.", [("Anthony Albanese", "Thủ tướng Úc")]),
    # From the second review: a family name after a post; a role's own words before the verb
    # of speech, a word or two; a number after a commune that counts.
    ("Thứ trưởng Đoàn Văn Hùng phát biểu.", [("Đoàn Văn Hùng", "Thứ trưởng")]),
    ("Ông Trần Văn Bảo, Trưởng ban bình xét thi đua của xã, cho biết.", [("Trần Văn Bảo", "Trưởng ban bình xét thi đua của xã")]),
    ("Anh Lê Văn Tám, tài xế xe ôm ở đây cho biết.", [("Lê Văn Tám", "tài xế")]),
    ("Ông Phạm Văn Hòa, kỹ sư công nghệ thông tin cho biết.", [("Phạm Văn Hòa", "kỹ sư công nghệ thông tin")]),
    ("Ông Nguyễn Văn An, Bí thư Đảng ủy xã Hòa Bắc 10 năm nay, cho biết.", [("Nguyễn Văn An", "Bí thư Đảng ủy xã Hòa Bắc")]),
    # A commune numbered after the 2025 merger; "An ninh nội địa", one body's words.
    ("Ông Hồ Dũng, Chủ tịch UBND xã A Lưới 4 (TP Huế) cho biết, xã đã sơ tán dân.", [("Hồ Dũng", "Chủ tịch UBND xã A Lưới 4 (TP Huế)")]),
    ("Tham dự có ông Phan Minh Thạnh, Phó Trưởng phòng An ninh nội địa - Công an Thành phố, cùng đoàn.",
     [("Phan Minh Thạnh", "Phó Trưởng phòng An ninh nội địa - Công an Thành phố")]),
    ("Ông Võ Văn Giáp (55 tuổi), chủ quán cà phê cho biết, năm 2009 ông thiết kế quán.", [("Võ Văn Giáp", "chủ quán cà phê")]),  # up to the verb of speech
    ("PGS.TS Lương Ngọc Khuê, Cục trưởng Cục Quản lý khám chữa bệnh cho biết, qua thanh tra đã phát hiện sai phạm.",
     [("Lương Ngọc Khuê", "Cục trưởng Cục Quản lý khám chữa bệnh")]),  # (three words of its own before the verb)
    # A prefix opening a longer head; whose governor; a caption's photo credit is no part of a role.
    ("Theo Tổng giám đốc điều hành của General Motors Mary Barra, chip sẽ thiếu.",
     [("Mary Barra", "Tổng giám đốc điều hành của General Motors")]),
    ("Thống đốc Tina Kotek của Oregon cam kết chi 5 triệu USD.", [("Tina Kotek", "Thống đốc của Oregon")]),
    ("Ông Andy Lipow, chủ tịch hãng tư vấn Lipow Oil Associates bình luận.", [("Andy Lipow", "chủ tịch hãng tư vấn Lipow Oil Associates")]),
    ("Ông Changpeng Zhao, nhà sáng lập sàn giao dịch Binance (Ảnh: Reuters).", [("Changpeng Zhao", "nhà sáng lập sàn giao dịch Binance")]),
    # and the next sentence run into the caption after its credit (round130-c-02)
    ("Ông Bùi Minh Tâm, Phó Chủ tịch Hội Khmer-Việt Nam chi nhánh tỉnh Kampong Chhnang (Ảnh: SƠN XINH) Trong cuộc nói chuyện với phóng viên.",
     [("Bùi Minh Tâm", "Phó Chủ tịch Hội Khmer-Việt Nam chi nhánh tỉnh Kampong Chhnang")]),
    ("Ni trưởng Thích nữ Như Minh, Phó Chủ tịch Hội đồng Trị sự GHPGVN, phát biểu.",
     [("Thích nữ Như Minh", "Ni trưởng, Phó Chủ tịch Hội đồng Trị sự GHPGVN")]),
    # From reading the change (a review): what the new rules must not do.
    ("Nữ diễn viên Sydney Sweeney gây sốt.", [("Sydney Sweeney", "Nữ diễn viên")]),  # a given name, not the city
    ("Phó Chủ tịch UBND phường Nguyễn Thị Như Ý phát biểu.", [("Nguyễn Thị Như Ý", "Phó Chủ tịch UBND phường")]),
    ("Ban Giám đốc Bệnh viện gồm các đồng chí: Nguyễn Văn Toàn, Lê Văn Hải.", []),  # the board, not its head's post
    ("Thiếu úy Nguyễn Văn Đại học xong khóa đào tạo.", [("Nguyễn Văn Đại", "Thiếu úy")]),
    ("Đại diện thường trú UNDP tại Việt Nam, Trưởng đại diện Ramla Khalidi phát biểu.",
     [("Ramla Khalidi", "Đại diện thường trú UNDP tại Việt Nam, Trưởng đại diện")]),
    ("Giám đốc Hợp tác xã dệt thổ cẩm Lò Thị Hoa cho biết.", [("Lò Thị Hoa", "Giám đốc Hợp tác xã dệt thổ cẩm")]),
    ("Dự có ông Nguyễn Văn Toàn, Phó Chủ tịch UBND tỉnh, Sở Y tế, Sở Tài chính, Sở Nội vụ và các địa phương.",
     [("Nguyễn Văn Toàn", "Phó Chủ tịch UBND tỉnh, Sở Y tế")]),  # who came, not his post
    ("Tổng thống Madagascar phát biểu trước quốc hội.", []),
    ("Thủ tướng Nhật Bản Takaichi phát biểu.", [("Takaichi", "Thủ tướng Nhật Bản")]),
    ("Ông Joshua Fisher-Birch - một nhà phân tích khủng bố tại CEP - cho biết.",
     [("Joshua Fisher-Birch", "nhà phân tích khủng bố tại CEP")]),  # the article after the dash is no part of the role
    # An aside holding no post between the name and the post; a post with someone's given name is theirs.
    ("Đại biểu Vương Thị Thương (dân tộc Tày), Giám đốc Hợp tác xã Nông sản Toàn Thương nêu ý kiến.",
     [("Vương Thị Thương", "Đại biểu, Giám đốc Hợp tác xã Nông sản Toàn Thương")]),
    ("Trả lời câu hỏi của đại biểu Thương, ông Lê Quốc Thanh, Giám đốc Trung tâm Khuyến nông Quốc gia, cho biết.",
     [("Lê Quốc Thanh", "Giám đốc Trung tâm Khuyến nông Quốc gia")]),
    # "Trưởng Ban chỉ đạo Hội chợ": the committee of what is named next (a lower-case "ban chỉ đạo" may be the verb).
    ("Phó Thủ tướng Bùi Thanh Sơn, Trưởng Ban chỉ đạo Hội chợ phát biểu.", [("Bùi Thanh Sơn", "Phó Thủ tướng, Trưởng Ban chỉ đạo Hội chợ")]),
    ("Ông Bùi Thanh Sơn, Trưởng ban chỉ đạo Sở Y tế phối hợp với các đơn vị.", [("Bùi Thanh Sơn", "Trưởng ban")]),
    ("Ông Lưu Bằng Vũ (người phát ngôn Đại sứ quán Trung Quốc tại Mỹ) cho biết.",
     [("Lưu Bằng Vũ", "người phát ngôn Đại sứ quán Trung Quốc tại Mỹ")]),  # the embassy, not an ambassador
    # A body whose name lists its fields with a comma; a known place, whole, is no name; "Chuẩn tướng".
    ("Bà Lê Thị Hồng Anh, Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Sơn La cho biết.",
     [("Lê Thị Hồng Anh", "Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Sơn La")]),
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế, Thanh Hóa và Nghệ An cùng dự.", [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
    ("Thống đốc Rio de Janeiro, Claudio Castro, một đồng minh của ông Bolsonaro, nói.", [("Claudio Castro", "Thống đốc Rio de Janeiro")]),
    ("Chuẩn tướng Frega Wenas, người phát ngôn của Bộ Quốc phòng, cho biết.",
     [("Frega Wenas", "Chuẩn tướng, người phát ngôn của Bộ Quốc phòng")]),
    # "ĐBQH" before a name; "bao gồm" opens a post's members; a name after a committee is its district's.
    ("ĐBQH Âu Thị Mai (Tuyên Quang) phát biểu tại tổ.", [("Âu Thị Mai", "ĐBQH")]),
    ("Thành phố có 6 Phó Chủ tịch bao gồm các đồng chí: Lê Anh Quân, Hoàng Minh Cường và Lê Trung Kiên.",
     [("Lê Anh Quân", "Phó Chủ tịch"), ("Hoàng Minh Cường", "Phó Chủ tịch"), ("Lê Trung Kiên", "Phó Chủ tịch")]),
    ("Trước đó, ông từng là Bí thư Quận ủy Lê Chân, Trưởng ban quản lý các Khu kinh tế TP Hải Phòng.", []),
    # A unit's dot glued to the place's name: "TP.Đà Nẵng" goes on the role.
    ("Bà Trần Thị Mẫn, Phó Chủ tịch Ủy ban MTTQVN TP.Đà Nẵng; ông Lê Văn Hùng, Giám đốc Sở Nội vụ.",
     [("Trần Thị Mẫn", "Phó Chủ tịch Ủy ban MTTQVN TP.Đà Nẵng"), ("Lê Văn Hùng", "Giám đốc Sở Nội vụ")]),
    ("Phó Chủ tịch UBND TP.Huế Nguyễn Văn An phát biểu.", [("Nguyễn Văn An", "Phó Chủ tịch UBND TP.Huế")]),
    ("Đối với Phu nhân của Chủ tịch Trung Quốc, bà Bành Lệ Viên, ông Lee đã chuẩn bị ấm trà.", []),  # his wife, no post of hers
    # Ranks below the officers'; "La" a family name, not the foreign particle; posts of a squad.
    ("Trung sĩ La Thế Anh - Tiểu đội trưởng chia sẻ.", [("La Thế Anh", "Trung sĩ, Tiểu đội trưởng")]),
    ("Các hạ sĩ quan, chiến sĩ tham gia huấn luyện.", []),
    # Bodies after the post, each after a comma, up to the verb; "bộc bạch" ends a role.
    ("Đồng chí Thượng úy Hoàng Văn Sỹ - Trợ lý Công tác quần chúng, Phòng Chính trị, Bộ CHQS tỉnh, cho biết.",
     [("Hoàng Văn Sỹ", "Thượng úy, Trợ lý Công tác quần chúng, Phòng Chính trị, Bộ CHQS tỉnh")]),
    ("Anh Nguyễn Xuân Cư, công nhân Xí nghiệp môi trường Nam Sông Hương bộc bạch.",
     [("Nguyễn Xuân Cư", "công nhân Xí nghiệp môi trường Nam Sông Hương")]),
    # A nun's Dharma name, "Thích nữ"; "Đại diện đoàn" says who spoke, no post of hers.
    ("Đại diện đoàn, Ni sư Thích nữ Hạnh Khai, Ủy viên Thường trực Ban Trị sự Phật giáo tỉnh phát biểu.",
     [("Thích nữ Hạnh Khai", "Ni sư, Ủy viên Thường trực Ban Trị sự Phật giáo tỉnh")]),
    ("Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam Hà Thị Nga phát biểu.", [("Hà Thị Nga", "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam")]),
    # A state or province before a foreign name goes with the title.
    ("Thủ hiến Ontario Doug Ford cho biết ông sẽ tạm dừng quảng cáo.", [("Doug Ford", "Thủ hiến Ontario")]),
    ("Thống đốc California Gavin Newsom phản đối.", [("Gavin Newsom", "Thống đốc California")]),
    # A name with its age in parentheses, then the post given to him.
    ("Chủ tàu giao cho Nguyễn Minh Vương (40 tuổi, ngụ xã Song Lộc) làm Thuyền trưởng.", [("Nguyễn Minh Vương", "Thuyền trưởng")]),
    ("Nguyễn Minh Vương (40 tuổi) làm nghề chài lưới.", []),
    # "Đoàn" after "Bí thư" is the Youth Union of a school or commune; "Đại học" goes on a body's name.
    ("ThS. Trương Ngọc Sơn - Bí thư Đoàn Trường Đại học Bách khoa, Đại học Đà Nẵng cho biết.",
     [("Trương Ngọc Sơn", "Bí thư Đoàn Trường Đại học Bách khoa, Đại học Đà Nẵng")]),
    ("Bí thư Đoàn Trường chia sẻ thêm.", []),
    ("Bí thư Đoàn Văn Trường phát biểu.", [("Đoàn Văn Trường", "Bí thư")]),
    # A post, then "gồm" and its members: each member holds it.
    ("Ủy viên Ban Thường vụ gồm các đồng chí: Nguyễn Lan Hương, Phạm Tiến Dũng, Trần Thị Giang.",
     [("Nguyễn Lan Hương", "Ủy viên Ban Thường vụ"), ("Phạm Tiến Dũng", "Ủy viên Ban Thường vụ"), ("Trần Thị Giang", "Ủy viên Ban Thường vụ")]),
    ("5 Phó Chủ tịch LĐLĐ tỉnh gồm: ông Phạm Sơn và bà Đỗ Ngọc Anh.",
     [("Phạm Sơn", "Phó Chủ tịch LĐLĐ tỉnh"), ("Đỗ Ngọc Anh", "Phó Chủ tịch LĐLĐ tỉnh")]),
    ("Các cổ đông sáng lập gồm bà Nguyễn Thị Hiền và bà Lê Thị Hương Giang.", []),  # shareholders, no post
    ("Nhà phân tích Nguyễn Văn Minh cho biết.", [("Nguyễn Văn Minh", "Nhà phân tích")]),  # "phân tích", not "di tích"
    ("Đoàn đến Khu di tích Nguyễn Du dâng hương.", []),
    # Initials with their dots inside a foreign name; not the units "P. Đông Thọ", "TP. Huế".
    ("Phó Tổng thống J.D. Vance cho rằng thử nghiệm là cần thiết.", [("J.D. Vance", "Phó Tổng thống")]),
    ("Chính sách của cựu Tổng thống George W. Bush bị chỉ trích.", [("George W. Bush", "cựu Tổng thống")]),
    ("Chuyên gia Michael B. Petersen thuộc Trung tâm Phân tích Hải quân Mỹ cho biết.",
     [("Michael B. Petersen", "Chuyên gia thuộc Trung tâm Phân tích Hải quân Mỹ")]),
    ("Chủ tịch UBND TP. Huế Phan Thiên Định dự.", [("Phan Thiên Định", "Chủ tịch UBND TP. Huế")]),
    # After round 27 (scored first): a school named after a person, "Khám, chữa bệnh", a conductor.
    ("Bà Bùi Thị Anh - Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn (đứng giữa) chụp ảnh lưu niệm.",
     [("Bùi Thị Anh", "Hiệu trưởng Trường THPT Chuyên Lê Quý Đôn")]),
    ("“Đây là cách giữ bản sắc”, thầy Nguyễn Văn Dương, Hiệu trưởng Trường TH&THCS Quan Sơn chia sẻ.",  # two levels joined by "&"
     [("Nguyễn Văn Dương", "Hiệu trưởng Trường TH&THCS Quan Sơn")]),
    ("Hiệu trưởng Trường THCS Nguyễn Du Trần Văn An phát biểu.", [("Trần Văn An", "Hiệu trưởng Trường THCS Nguyễn Du")]),
    ("Ông Hà Anh Đức, Cục trưởng Cục Quản lý Khám, chữa bệnh, Chủ tịch Hội Thầy thuốc trẻ Việt Nam phát biểu.",
     [("Hà Anh Đức", "Cục trưởng Cục Quản lý Khám, chữa bệnh, Chủ tịch Hội Thầy thuốc trẻ Việt Nam")]),
    ("Dưới sự chỉ huy của nhạc trưởng Nikolay Alexeev, dàn nhạc biểu diễn.", [("Nikolay Alexeev", "nhạc trưởng")]),
    # From a second review (each a counterexample of its own).
    ("Theo chuyên gia Lê Văn Hòa của Trung tâm Khuyến nông tỉnh, giống lúa mới cho năng suất cao.", [("Lê Văn Hòa", "chuyên gia")]),
    ("Tổng thống Donald Trump đã gặp chuyên gia John Smith tại Nhà Trắng hôm qua.",
     [("Donald Trump", "Tổng thống"), ("John Smith", "chuyên gia")]),
    ("Chuyên gia John Clark tại Hội nghị COP28 cảnh báo.", [("John Clark", "Chuyên gia")]),
    ("Giáo sư Richard Heydarian thuộc Trung tâm Nghiên cứu Chiến lược cho biết.",
     [("Richard Heydarian", "Giáo sư thuộc Trung tâm Nghiên cứu Chiến lược")]),
    # (his posts before his name and set off after it)
    ("Chủ tịch UBND tỉnh, ông Trần Văn Bình, Phó Bí thư Tỉnh ủy, đã ký quyết định.", [("Trần Văn Bình", "Chủ tịch UBND tỉnh, Phó Bí thư Tỉnh ủy")]),
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Bằng khen ngợi tinh thần của lực lượng.", [("Nguyễn Văn Bằng", "Phó Chủ tịch UBND tỉnh")]),
    ("Đạo diễn Phương Nam giới thiệu bộ phim mới.", [("Phương Nam", "Đạo diễn")]),
    ("Cựu Tổng thống Mỹ Herbert Hoover từng ban hành đạo luật.", [("Herbert Hoover", "Cựu Tổng thống Mỹ")]),
    ("Thủ tướng Bangladesh Sheikh Hasina Wazed dự.", [("Sheikh Hasina Wazed", "Thủ tướng Bangladesh")]),
    # An award after a name is no part of it; a monk, a playwright, a caretaker.
    ("Chủ tịch nước trao tặng Bí thư Chi bộ Nguyễn Văn An Huân chương Lao động hạng Nhì.", [("Nguyễn Văn An", "Bí thư Chi bộ")]),
    ("Nhà nước truy tặng cho nhà sư Trần Liên Huân chương Kháng chiến hạng Ba.", [("Trần Liên", "nhà sư")]),
    ("Ông Huỳnh Thắng, người trông coi Lẫm Phú Lâm, cho biết.", [("Huỳnh Thắng", "người trông coi Lẫm Phú Lâm")]),
    ("Bà Bành Lệ Viện tặng cho Phu nhân Tổng thống Hàn Quốc Kim Hye-kyung một bộ ấm trà.", []),
    ("Vợ Chủ tịch UBND xã Nguyễn Văn An bị tố.", [("Nguyễn Văn An", "Chủ tịch UBND xã")]),
    # (a project board, whole where the apposition closes before his words; never "… dự án 3", a count)
    ("Ông Lê Văn Bình, Trưởng ban Quản lý dự án 3 xã vùng cao, cho biết.", [("Lê Văn Bình", "Trưởng ban Quản lý dự án 3 xã vùng cao")]),
    ("Ông Lê Văn Bình, Trưởng ban Quản lý dự án 3 xã vùng cao đã ký.", [("Lê Văn Bình", "Trưởng ban Quản lý dự án")]),
    ("Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh cùng phu nhân dự.", [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]),
    # Where an expert works, after the name; "của" before an acronym in apposition.
    ("Theo nhà phân tích Jiří Táborský thuộc STEM, viện trợ quân sự cho Ukraine là vấn đề.", [("Jiří Táborský", "nhà phân tích thuộc STEM")]),
    ("Chuyên gia ngân sách quốc phòng Todd Harrison thuộc Viện Doanh nghiệp Mỹ (AEI) tính toán rằng.",
     [("Todd Harrison", "Chuyên gia ngân sách quốc phòng thuộc Viện Doanh nghiệp Mỹ (AEI)")]),
    ("Chuyên gia Jessica Trachias tại International SOS cho biết.", [("Jessica Trachias", "Chuyên gia tại International SOS")]),
    ("Chuyên gia Nguyễn Văn An tại Hà Nội cho biết.", [("Nguyễn Văn An", "Chuyên gia")]),
    ("Ông Am Sam Ath, Trưởng bộ phận quan hệ công chúng của LICADHO cho rằng tiếng nói.",
     [("Am Sam Ath", "Trưởng bộ phận quan hệ công chúng của LICADHO")]),
    # From a review of the rules above (each a counterexample of its own).
    ("Ca sĩ Mỹ Tâm tổ chức đêm nhạc.", [("Mỹ Tâm", "Ca sĩ")]),
    ("Nhà văn Anh Đức là tác giả Hòn Đất.", [("Anh Đức", "Nhà văn")]),
    ("Chương trình là cơ hội nghệ sĩ Nguyễn Văn Bình giới thiệu.", [("Nguyễn Văn Bình", "nghệ sĩ")]),
    ("Đồng chí Trần Văn Cường, Trưởng Ban Chỉ huy công trình đề nghị các đơn vị thi công trên địa bàn xã bảo đảm an toàn.",
     [("Trần Văn Cường", "Trưởng Ban Chỉ huy công trình")]),
    ("Ông Nguyễn Văn An, Trưởng ban chỉ đạo Sở Y tế phối hợp với các đơn vị.", [("Nguyễn Văn An", "Trưởng ban")]),
    ("Thái tử Mohammed bin Salman, Thủ tướng Ả Rập Xê Út, tiếp đoàn.", [("Mohammed bin Salman", "Thái tử, Thủ tướng Ả Rập Xê Út")]),
    ("CEO Coca-Cola James Quincey cho biết.", []),
    ("Phát biểu của Giáo sư Ngô Bảo Châu tại Trường Đại học Sư phạm Hà Nội sáng 5/3.", [("Ngô Bảo Châu", "Giáo sư")]),
    ("Giáo sư Hà Văn Thịnh của Trường Đại học Khoa học Huế, Nhà giáo Nhân dân Nguyễn Văn Khoa phát biểu.",
     [("Hà Văn Thịnh", "Giáo sư của Trường Đại học Khoa học Huế"), ("Nguyễn Văn Khoa", "Nhà giáo Nhân dân")]),
    ("Tại Trường Sĩ quan Thông tin, Thượng tá Lê Văn Hòa cho biết.", [("Lê Văn Hòa", "Thượng tá")]),
    # Round 25-a/b: a profession set off after a name, scientists, a Korean name after its
    # country, "Tình báo", a museum's or think tank's name before its head's.
    ("Joseph Ledford, nhà sử học tại Viện Hoover, nhận định: đây là bước ngoặt.", [("Joseph Ledford", "nhà sử học tại Viện Hoover")]),
    ("Cựu HLV Li Tie bị tuyên án tù chung thân qua phiên sơ thẩm.", [("Li Tie", "Cựu HLV")]),  # (a Chinese name in pinyin)
    # A faculty's subject in lower case, its parts joined by dashes, then the school.
    ("Ông Huỳnh Văn Tuấn, Trưởng khoa vật lý - vật lý kỹ thuật, Đại học Khoa học Tự nhiên, cho biết.",
     [("Huỳnh Văn Tuấn", "Trưởng khoa vật lý - vật lý kỹ thuật, Đại học Khoa học Tự nhiên")]),
    ("Ông Trần Văn An, Trưởng khoa nội tiết cho biết bệnh nhân đã ổn định.", [("Trần Văn An", "Trưởng khoa nội tiết")]),
    ("Giáo sư Viet Thanh Nguyen của Đại học Nam California cho biết.", [("Viet Thanh Nguyen", "Giáo sư của Đại học Nam California")]),
    ("Trọng tài người UAE Mohammed Abdulla Hassan lại thổi phạt việt vị.", [("Mohammed Abdulla Hassan", "Trọng tài người UAE")]),
    ("\"Ông Musk vẫn đang gặt hái lợi ích\", Sara Pequeno, nhà bình luận của USA Today, cho hay.",
     [("Sara Pequeno", "nhà bình luận của USA Today")]),
    # A scholar or a scientist set off after a foreign name, as a historian is.
    ("“Đây là thách thức”, Eddie Fishman, học giả cấp cao tại Hội đồng Đại Tây Dương nói.",
     [("Eddie Fishman", "học giả cấp cao tại Hội đồng Đại Tây Dương")]),
    ("Yuri Oganessian, nhà vật lý người Nga, đã dẫn đầu nhóm nghiên cứu.", [("Yuri Oganessian", "nhà vật lý")]),
    # After "cho" or "với" a foreign name is the person given to or met, not a brand or a place.
    ("Tháng 1, ông Trump ân xá cho Ross Ulbricht, người sáng lập chợ đen trực tuyến Silk Road đang thụ án tù chung thân.",
     [("Ross Ulbricht", "người sáng lập chợ đen trực tuyến Silk Road")]),
    ("Ông Trump đã gặp gỡ với Carlos Watson, Giám đốc điều hành công ty khởi nghiệp Ozy Media.",
     [("Carlos Watson", "Giám đốc điều hành công ty khởi nghiệp Ozy Media")]),
    # His initials between the name and the role; "nhà sáng lập" as "người sáng lập".
    ("Ông Trump vừa ký lệnh ân xá cho Changpeng Zhao (CZ), nhà sáng lập sàn giao dịch tiền điện tử Binance, theo thông báo.",
     [("Changpeng Zhao", "nhà sáng lập sàn giao dịch tiền điện tử Binance")]),
    # A co-director, a co-chair.
    ("“Sẽ mất nhiều năm”, ông Daan Struyven, đồng Giám đốc nghiên cứu hàng hóa toàn cầu của Goldman Sachs, phát biểu.",
     [("Daan Struyven", "đồng Giám đốc nghiên cứu hàng hóa toàn cầu của Goldman Sachs")]),
    # A cultural counsellor, a parliamentary league, "&" inside a body's name; a film producer.
    ("Phát biểu khai mạc, ông Soulier Eric, Tham tán văn hóa Đại sứ quán Pháp, Giám đốc Viện Pháp tại Việt Nam cho biết.",
     [("Soulier Eric", "Tham tán văn hóa Đại sứ quán Pháp, Giám đốc Viện Pháp tại Việt Nam")]),
    ("Bà Obuchi Yuko, Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật – Việt, khẳng định điện ảnh là nhịp cầu.",
     [("Obuchi Yuko", "Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật – Việt")]),
    ("Bà Bạch Liên Hương, Giám đốc Sở Văn hóa & Thể thao Hà Nội phát biểu.", [("Bạch Liên Hương", "Giám đốc Sở Văn hóa & Thể thao Hà Nội")]),
    ("Nhà sản xuất Lương Công Hiếu (Galaxy) khẳng định, 5 năm gần đây việc quay phim đã thuận lợi hơn.", [("Lương Công Hiếu", "Nhà sản xuất")]),
    # A post with "các" in it runs to its comma before he reports; a house named after a general is no one.
    ("Đại tướng Valery Gerasimov, Tổng tham mưu trưởng các lực lượng vũ trang Nga, báo cáo với Tổng thống Putin rằng tên lửa đã bay.",
     [("Valery Gerasimov", "Đại tướng, Tổng tham mưu trưởng các lực lượng vũ trang Nga"), ("Putin", "Tổng thống")]),
    ("Dân quân dọn bùn đất tại khu vực Nhà Lưu niệm Đại tướng Lê Đức Anh và các trục đường liên thôn.", []),
    # "họa sỹ" as some spell it; a primary school named after a person is no one's post.
    ("Tác phẩm \"Chiều thu thành cổ\" của họa sỹ Đinh Hồng Quân được trưng bày.", [("Đinh Hồng Quân", "họa sỹ")]),
    ("Cô Nguyễn Thị Thúy Hường, Hiệu trưởng Trường Tiểu học Bùi Quốc Khái chia sẻ: niềm vui.",
     [("Nguyễn Thị Thúy Hường", "Hiệu trưởng Trường Tiểu học Bùi Quốc Khái")]),
    # The state's title of a heroic mother by its letters (round 198-b, a department's portal).
    ("Đoàn đã đến thăm, tặng quà MVNAH Hoàng Thị Khiết (xã Hưng Bình); MVNAH Bùi Thị Nhung và MVNAH Trần Thị Gấm.",
     [("Hoàng Thị Khiết", "MVNAH"), ("Bùi Thị Nhung", "MVNAH"), ("Trần Thị Gấm", "MVNAH")]),
    # A profession, then an honour with no comma between: both are the role.
    ("Vở cải lương \"Hồn thơ ngọc\" của đạo diễn NSƯT Lê Nguyên Đạt được dàn dựng công phu.", [("Lê Nguyên Đạt", "đạo diễn NSƯT")]),
    # "một" (one of many) between the name and the post; an official.
    ("Marshall Billingslea, một quan chức tài chính, cho biết mối đe dọa nhắm vào các ngân hàng.",
     [("Marshall Billingslea", "quan chức tài chính")]),
    ("Thomas Graham, một chuyên gia của Hội đồng Quan hệ đối ngoại, tỏ ra thận trọng hơn.",
     [("Thomas Graham", "chuyên gia của Hội đồng Quan hệ đối ngoại")]),
    # Who said it: a foreign name after the quote's closing mark and a dash, or after "tuyên bố của".
    ("“Các gia đình sẽ bị ảnh hưởng” - Minerva Delgado, giám đốc điều hành Liên minh, cho biết.",
     [("Minerva Delgado", "giám đốc điều hành Liên minh")]),
    ("Hãng thông tấn dẫn tuyên bố của Walid Chtiri, người phát ngôn của Tòa án sơ thẩm Mahdia, cho biết.",
     [("Walid Chtiri", "người phát ngôn của Tòa án sơ thẩm Mahdia")]),
    # An artist's name whose first syllable also opens bodies' names, after the profession only.
    ("Hai huy chương Vàng thuộc về nghệ sĩ Bình Tinh và dàn diễn viên trẻ.", [("Bình Tinh", "nghệ sĩ")]),
    ("Cặp đôi lọt vào tay 2 cao thủ biên đạo Michael Schwandt và Kiều Lê.", [("Michael Schwandt", "biên đạo")]),
    ("Biên đạo Ngọc Quang tái ngộ chương trình.", [("Ngọc Quang", "Biên đạo")]),
    ("Sân khấu có vũ công Honey J và Leejung.", [("Honey J", "vũ công")]),
    ("Đối tượng hung hãn nên kiểm lâm viên Đinh Việt Hồng đã rút súng bắn chỉ thiên.", [("Đinh Việt Hồng", "kiểm lâm viên")]),
    ("Phát biểu trong sự xúc động, cựu TNXP Lê Thị Sửu (83 tuổi) đánh giá cao chủ trương.", [("Lê Thị Sửu", "cựu TNXP")]),
    ("Tài liệu do cựu nhân viên NSA Edward Snowden Một số tài liệu khác cho thấy.", [("Edward Snowden", "cựu nhân viên NSA")]),
    ("Với những âm thanh của nghệ sĩ trumpet Manuel Blanco.", [("Manuel Blanco", "nghệ sĩ trumpet")]),
    # The art an artist plays in, before a stage name of two syllables; a scientist's field.
    ("Nghệ sĩ cải lương Diệu Hiền xúc động ngày vào nhà mới.", [("Diệu Hiền", "Nghệ sĩ cải lương")]),
    ("Camera do nhà khoa học vi tính Ethan Tseng và cộng sự phát triển.", [("Ethan Tseng", "nhà khoa học vi tính")]),
    ("Nghệ sĩ đàn bầu Nguyễn Văn An biểu diễn.", [("Nguyễn Văn An", "Nghệ sĩ đàn bầu")]),
    ("Nhạc sĩ Văn Cao sáng tác bài Tiến quân ca.", [("Văn Cao", "Nhạc sĩ")]),
    ("Các nghệ sĩ Hải Phòng biểu diễn tại Nhà hát Lớn.", []),
    # The fields one is in charge of, joined by "và"; a humanitarian organisation named after its kind; an embassy is no ambassador.
    ("Ông Matthew Soerens, Phó Chủ tịch phụ trách vận động và chính sách của tổ chức nhân đạo World Relief bày tỏ.",
     [("Matthew Soerens", "Phó Chủ tịch phụ trách vận động và chính sách của tổ chức nhân đạo World Relief")]),
    ("Ông Eric Soulier, Tham tán phụ trách hợp tác và hoạt động văn hóa của Đại sứ quán Pháp tại Việt Nam cho biết.",
     [("Eric Soulier", "Tham tán phụ trách hợp tác và hoạt động văn hóa của Đại sứ quán Pháp tại Việt Nam")]),
    # A firm after "các nhà phân tích của" is no one; a list of posts and foreign names that "và" closes.
    ("Các nhà phân tích của Goldman Sachs cũng nhận định vụ Nexperia cho thấy tác động.", []),
    ("Cố vấn An ninh Quốc gia Ấn Độ Ajit Doval, Ngoại trưởng S. Jaishankar và người đồng cấp Trung Quốc Vương Nghị liên tục gặp nhau.",
     [("Ajit Doval", "Cố vấn An ninh Quốc gia Ấn Độ"), ("S. Jaishankar", "Ngoại trưởng"), ("Vương Nghị", "người đồng cấp Trung Quốc")]),
    # What a body fights, in lower case after "phòng, chống", is the body's name.
    ("Thiếu tá Nguyễn Thanh Xuân (cán bộ Cục Cảnh sát phòng, chống tội phạm về môi trường, Bộ Công an) bộc bạch.",
     [("Nguyễn Thanh Xuân", "Thiếu tá, cán bộ Cục Cảnh sát phòng, chống tội phạm về môi trường, Bộ Công an")]),
    ("Ông Trần Thắng, Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh phát biểu.",
     [("Trần Thắng", "Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh")]),
    # "St." inside a place's name is no sentence's end.
    ("Mức khởi điểm chỉ khoảng 50.000 USD, theo Giáo sư Jake Rosenfeld tại Đại học Washington ở St. Louis.",
     [("Jake Rosenfeld", "Giáo sư tại Đại học Washington ở St. Louis")]),
    # A post several hold, then "là" and their names: each holds it; a list of names only.
    ("Hai Phó Chủ tịch UBND tỉnh là ông Nguyễn Văn An và ông Trần Văn Bình cùng dự.",
     [("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")]),
    ("Trong đó có hai cựu Chủ tịch Cục Dự trữ Liên bang Mỹ là Ben Bernanke và Janet Yellen; cựu Giám đốc Văn phòng Ngân sách Quốc hội Douglas Holtz-Eakin.",
     [("Ben Bernanke", "cựu Chủ tịch Cục Dự trữ Liên bang Mỹ"), ("Janet Yellen", "cựu Chủ tịch Cục Dự trữ Liên bang Mỹ"),
      ("Douglas Holtz-Eakin", "cựu Giám đốc Văn phòng Ngân sách Quốc hội")]),
    # A count of holders of a post, "- gồm" and their names, each with the state in parentheses.
    ("Trong đó có 4 thượng nghị sĩ Cộng hòa - gồm Susan Collins (bang Maine), Mitch McConnell và Rand Paul (bang Kentucky), "
     "cùng Lisa Murkowski (bang Alaska) - ủng hộ nghị quyết.",
     [("Susan Collins", "thượng nghị sĩ Cộng hòa (bang Maine)"), ("Mitch McConnell", "thượng nghị sĩ Cộng hòa"),
      ("Rand Paul", "thượng nghị sĩ Cộng hòa (bang Kentucky)"), ("Lisa Murkowski", "thượng nghị sĩ Cộng hòa (bang Alaska)")]),
    # After a name, another artist named after his profession is no role of the first one's.
    ("Từ trái sang: NSƯT Huy Thục, đạo diễn Ca Lê Hồng, đạo diễn Thanh Hiệp.",
     [("Huy Thục", "NSƯT"), ("Ca Lê Hồng", "đạo diễn"), ("Thanh Hiệp", "đạo diễn")]),
    # An honour and a profession joined by a dash, or side by side, are one role.
    ("Cùng đi có NSƯT – đạo diễn Hoa Hạ, nghệ sĩ Kim Ngân.", [("Hoa Hạ", "NSƯT – đạo diễn"), ("Kim Ngân", "nghệ sĩ")]),
    ("Đoàn đến chia buồn với NSƯT đạo diễn Hoàng Duẩn tại nhà riêng.", [("Hoàng Duẩn", "NSƯT đạo diễn")]),
    # The Buddhist Sangha's patriarch and his deputies hold posts.
    ("Cùng tham dự có Trưởng lão Hòa thượng Thích Thiện Nhơn - Phó Pháp chủ Hội đồng Chứng minh, Chủ tịch Hội đồng Trị sự GHPGVN.",
     [("Thích Thiện Nhơn", "Trưởng lão Hòa thượng, Phó Pháp chủ Hội đồng Chứng minh, Chủ tịch Hội đồng Trị sự GHPGVN")]),
    # An attorney general, a prosecutor; a country written with "&".
    ("Quốc gia này đàm phán với Caracas, theo Tổng chưởng lý Trinidad & Tobago John Jeremie.",
     [("John Jeremie", "Tổng chưởng lý Trinidad & Tobago")]),
    # A pilot; a second man after "và", his post set off by dashes.
    ("Ông Schuster và Keith Stewart – cựu phi công hải quân Mỹ – cho rằng tàu sân bay khó có thể cất cánh.",
     [("Keith Stewart", "cựu phi công hải quân Mỹ")]),
    # The post he held then, after a comma; UNICEF's Vietnamese name.
    ("Đích thân ông Lê Văn Dũng, lúc đó là Phó Bí thư Thường trực Tỉnh ủy Quảng Nam, cũng lên chia vui.",
     [("Lê Văn Dũng", "Phó Bí thư Thường trực Tỉnh ủy Quảng Nam")]),
    ("Bà Michaela Bauer, Phó Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam, đánh giá cao sáng kiến.",
     [("Michaela Bauer", "Phó Trưởng đại diện Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam")]),
    # A sportsperson's national grade before the name.
    ("Xã đã có nhiều vận động viên tiêu biểu, như: Kiện tướng quốc gia Nguyễn Thị Thủy; các nhà vô địch Đông Nam Á.",
     [("Nguyễn Thị Thủy", "Kiện tướng quốc gia")]),
    # From a review of the rules above: where each must not fire.
    ("Đại tá Nguyễn Văn Hùng, Cục trưởng Cục Cảnh sát phòng, chống tội phạm về môi trường cho biết đã bắt giữ 3 đối tượng.",
     [("Nguyễn Văn Hùng", "Đại tá, Cục trưởng Cục Cảnh sát phòng, chống tội phạm về môi trường")]),
    ("Thay mặt lãnh đạo Đài, Tổng Giám đốc Đỗ Tiến Sỹ phát biểu.", [("Đỗ Tiến Sỹ", "Tổng Giám đốc")]),
    ("Phát biểu tại Lăng, Chủ tịch nước Lương Cường nhấn mạnh.", [("Lương Cường", "Chủ tịch nước")]),
    ("Trao đổi với Al Jazeera, người phát ngôn Bộ Y tế Gaza cho biết số người chết tăng.", []),
    ("Ba Lan đã ký với nhà sản xuất vũ khí Lockheed Martin hợp đồng mới.", []),
    ("Triển lãm tranh của các họa sĩ Đông Dương.", []),
    # Where an analyst works, after his name and before he warns; a queen mother.
    ("Nhà phân tích cấp cao Phil Flynn của Price Futures Group cảnh báo nếu một cuộc tấn công diễn ra.",
     [("Phil Flynn", "Nhà phân tích cấp cao của Price Futures Group")]),
    ("Lịch trình rút gọn của ông Anutin ở Kuala Lumpur, sau khi Hoàng Thái hậu Sirikit qua đời ngày 24/10.",
     [("Sirikit", "Hoàng Thái hậu")]),
    # From a second review: men named "Hoàng Hậu", "Thái Hậu" are no queens.
    ("Ông Hoàng Hậu, Chủ tịch UBND xã Tân Hòa, cho biết.", [("Hoàng Hậu", "Chủ tịch UBND xã Tân Hòa")]),
    ("Bà Lê Thị Thái Hậu, Hiệu trưởng trường, cho biết.", [("Lê Thị Thái Hậu", "Hiệu trưởng trường")]),
    ("Vở diễn có sự tham gia của nghệ sĩ Dương Linh, đạo diễn NSƯT Sỹ Hùng và nhiều diễn viên trẻ.",
     [("Dương Linh", "nghệ sĩ"), ("Sỹ Hùng", "đạo diễn NSƯT")]),
    # A body named in English keeps its "for", "of" in apposition.
    ("Ông James Acton, Giám đốc Carnegie Endowment for International Peace, nhận định.",
     [("James Acton", "Giám đốc Carnegie Endowment for International Peace")]),
    ("Ông Nguyễn Văn An, nhà nghiên cứu văn hóa, cho biết.", [("Nguyễn Văn An", "nhà nghiên cứu văn hóa")]),
    ("Nhà bác học Lê Quý Đôn khi qua đây từng khen ngợi.", [("Lê Quý Đôn", "Nhà bác học")]),
    ("Cố vấn An ninh Quốc gia Hàn Quốc Wi Sung Lac phát biểu với báo giới tại Seoul.", [("Wi Sung Lac", "Cố vấn An ninh Quốc gia Hàn Quốc")]),
    ("Mới đây, Bộ trưởng Tình báo của Cộng hòa Hồi giáo Iran, ông Esmail Khatib, tuyên bố.",
     [("Esmail Khatib", "Bộ trưởng Tình báo của Cộng hòa Hồi giáo Iran")]),
    ("Giám đốc bảo tàng Louvre Laurence des Cars cho biết.", [("Laurence des Cars", "Giám đốc bảo tàng Louvre")]),  # ("des" inside her name)
    ("Ngoại trưởng Taliban Mawlawi Amir Khan Muttaqi tới New Delhi.", [("Amir Khan Muttaqi", "Ngoại trưởng Taliban")]),
    ("Leland Lazarus, cựu trợ lý đặc biệt của Tư lệnh Bộ Tư lệnh phương Nam của Mỹ, nhận định.",
     [("Leland Lazarus", "cựu trợ lý đặc biệt của Tư lệnh Bộ Tư lệnh phương Nam của Mỹ")]),  # (closed before his words: whole)
    # Round 25-c: a numbered project board or defence zone, "Phòng chống thiên tai", a post
    # before "ông A, <his own post>" that is another's.
    ("Báo cáo với Bộ trưởng Bộ Xây dựng, ông Nguyễn Văn Long, Phó Giám đốc phụ trách Ban Quản lý dự án 85 (Bộ Xây dựng), cho biết.",
     [("Nguyễn Văn Long", "Phó Giám đốc phụ trách Ban Quản lý dự án 85 (Bộ Xây dựng)")]),
    ("Ông Nguyễn Văn Long, Phó Giám đốc phụ trách Ban QLDA 85 cho biết.", [("Nguyễn Văn Long", "Phó Giám đốc phụ trách Ban QLDA 85")]),
    ("Thượng tá Nguyễn Văn Sản, Chính ủy Ban chỉ huy Phòng thủ khu vực 3 - Tân An Hội nhấn mạnh.",
     [("Nguyễn Văn Sản", "Thượng tá, Chính ủy Ban chỉ huy Phòng thủ khu vực 3 - Tân An Hội")]),
    ("Ông Nguyễn Văn Tiến, Phó Cục trưởng Cục Quản lý đê điều và Phòng chống thiên tai đề nghị.",
     [("Nguyễn Văn Tiến", "Phó Cục trưởng Cục Quản lý đê điều và Phòng chống thiên tai")]),
    ("Chủ tịch UBND tỉnh, ông Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]),
    ("Giáo sư Scott Kennedy, chuyên gia thuộc Trung tâm Nghiên cứu Chiến lược và Quốc tế (CSIS), nhận định.",
     [("Scott Kennedy", "chuyên gia thuộc Trung tâm Nghiên cứu Chiến lược và Quốc tế (CSIS)")]),
    ("Lãnh đạo phe thiểu số tại Thượng viện Chuck Schumer và Lãnh đạo phe thiểu số tại Hạ viện Hakeem Jeffries đã đề nghị gặp.",
     [("Chuck Schumer", "Lãnh đạo phe thiểu số tại Thượng viện"), ("Hakeem Jeffries", "Lãnh đạo phe thiểu số tại Hạ viện")]),
    ("Ông Bessent gặp nhà đàm phán thương mại hàng đầu Trung Quốc Lý Thành Cương bên lề Hội nghị.",
     [("Lý Thành Cương", "nhà đàm phán thương mại hàng đầu Trung Quốc")]),
    ("Thượng nghị sĩ Mỹ Lindsey Graham phát biểu tại Thượng viện.", [("Lindsey Graham", "Thượng nghị sĩ Mỹ")]),
    ("bà đang xếp sau cả nam diễn viên Hollywood Dwayne “the Rock” Johnson.", []),
    ("Chủ tịch Nguyễn Phú Bình_Nguyên thứ trưởng Bộ Ngoại giao_phát biểu khai mạc Hội nghị.",
     [("Nguyễn Phú Bình", "Chủ tịch, Nguyên thứ trưởng Bộ Ngoại giao")]),
    # A professor by the title written out, and the chair after the name; not a place.
    ("Giáo sư Yoichiro Sato thuộc Đại học Ritsumeikan Asia-Pacific, cho biết.", [("Yoichiro Sato", "Giáo sư thuộc Đại học Ritsumeikan Asia-Pacific")]),
    ("Giáo sư Triệu Minh Hạo từ Viện Nghiên cứu Quốc tế, Đại học Phúc Đán, Thượng Hải nhận định.",
     [("Triệu Minh Hạo", "Giáo sư từ Viện Nghiên cứu Quốc tế, Đại học Phúc Đán, Thượng Hải")]),
    ("Một số nghị sĩ Cộng hòa, trong đó có Dân biểu Tom Cole, Chủ tịch Ủy ban Tài chính Hạ viện, đã bày tỏ ủng hộ.",
     [("Tom Cole", "Dân biểu, Chủ tịch Ủy ban Tài chính Hạ viện")]),
    ("Thiếu tướng Lê Xuân Minh, Cục trưởng Cục An ninh mạng phát biểu.", [("Lê Xuân Minh", "Thiếu tướng, Cục trưởng Cục An ninh mạng")]),
    ("Bảo tàng lưu giữ thuyền năng lượng mặt trời của Pharaoh Khufu và hiện vật của vua Tutankhamun.",
     [("Khufu", "Pharaoh"), ("Tutankhamun", "vua")]),
    ("Đại úy Trần Ngọc Sáng, Thuyền trưởng tàu Trường Sa 18, kể lại.", [("Trần Ngọc Sáng", "Đại úy, Thuyền trưởng tàu Trường Sa 18")]),  # a ship's number
    ("Cơ quan điều tra khởi tố ông Nguyễn Hoài Nam, bí thư Quận ủy Quận 2, TP.HCM, áp dụng lệnh cấm đi khỏi nơi cư trú.",
     [("Nguyễn Hoài Nam", "bí thư Quận ủy Quận 2, TP.HCM")]),
    ("Khởi tố ông Nguyễn Hoài Nam - bí thư Quận ủy Quận 2 - Ảnh 1.", [("Nguyễn Hoài Nam", "bí thư Quận ủy Quận 2")]),  # a photo's number
    ("Các văn bản dùng con dấu giả của VPCC Q.12, công chứng viên Nguyễn Thế Thành ký tên.", [("Nguyễn Thế Thành", "công chứng viên")]),
    ("Góp ý chương này, Đại biểu Nguyễn Thị Quyết Tâm- Đoàn ĐBQH TP.HCM, cho rằng cần sửa.", [("Nguyễn Thị Quyết Tâm", "Đại biểu")]),  # a dash after the name
    ("Thượng tá Nguyễn Xuân Hoàng, Phó công an TP Thủ Dầu Một cho biết.", [("Nguyễn Xuân Hoàng", "Thượng tá, Phó công an TP Thủ Dầu Một")]),
    # Results listed under their post, each name with what it is over; a speaker's label is no list.
    ("Phó chủ tịch: Trần Quốc Tuấn (chuyên môn), Cao Văn Chóng (truyền thông), Cấn Văn Nghĩa (tài chính)",
     [("Trần Quốc Tuấn", "Phó chủ tịch"), ("Cao Văn Chóng", "Phó chủ tịch"), ("Cấn Văn Nghĩa", "Phó chủ tịch")]),
    ("Bộ trưởng: Mấy năm gần đây kinh tế hết sức khó khăn, Nguyễn Văn An cũng biết.", []),
    # "không" goes on with a body only as "phòng không", "hàng không"; else it opens what she did.
    ("Cô Võ Thị Hồng Hường, Hiệu trưởng Trường Mẫu giáo Điện Phương không giấu được niềm xúc động.",
     [("Võ Thị Hồng Hường", "Hiệu trưởng Trường Mẫu giáo Điện Phương")]),
    ("Ông Nguyễn Văn An, Tổng Giám đốc Tổng công ty Hàng không Việt Nam cho biết.",
     [("Nguyễn Văn An", "Tổng Giám đốc Tổng công ty Hàng không Việt Nam")]),
    ("Theo ông Đào Văn Học (đại diện Tổng công ty 319), khu đất được chia làm hai phần.", [("Đào Văn Học", "đại diện Tổng công ty 319")]),
    # A firm's two-word name after "công ty", "quán" is no person's.
    ("Theo ông Đào Văn Học, Giám đốc công ty Hoàng Long, khu đất được chia làm hai phần.", [("Đào Văn Học", "Giám đốc công ty Hoàng Long")]),
    ("Dự án có sự hỗ trợ của các nhà nghiên cứu: Đỗ Thái Bình, Trần Trọng Dương, Lê Thị Liên.",  # a profession "các" makes plural
     [("Đỗ Thái Bình", "nhà nghiên cứu"), ("Trần Trọng Dương", "nhà nghiên cứu"), ("Lê Thị Liên", "nhà nghiên cứu")]),
    # An artists' calling goes along a list of names, and the next calling takes over ("sỹ" as "sĩ").
    ("Chương trình có các ngôi sao như: Nhạc sỹ Nguyễn Cường, Nguyễn Đức Cường, Ca sỹ Mỹ Tâm, Đàm Vĩnh Hưng, nhóm 365…",
     [("Nguyễn Cường", "Nhạc sỹ"), ("Nguyễn Đức Cường", "Nhạc sỹ"), ("Mỹ Tâm", "Ca sỹ"), ("Đàm Vĩnh Hưng", "Ca sỹ")]),
    ("Ca sĩ Mỹ Tâm, Giám đốc Sở Văn hóa Nguyễn Văn An cùng dự.", [("Mỹ Tâm", "Ca sĩ"), ("Nguyễn Văn An", "Giám đốc Sở Văn hóa")]),
    ("Tổng Thư ký Liên hợp quốc (LHQ) António Guterres cảnh báo.", [("António Guterres", "Tổng Thư ký Liên hợp quốc (LHQ)")]),  # a body's short name
    # A post of whom one serves holds that one's post ("Tổng thống"), lower case and all.
    ("Sau khi gặp Tổng thống Donald Trump, Đặc phái viên Tổng thống Nga Kirill Dmitriev khẳng định.",
     [("Donald Trump", "Tổng thống"), ("Kirill Dmitriev", "Đặc phái viên Tổng thống Nga")]),
    ("Ông Nguyễn Văn An, Đặc phái viên Tổng thống cho biết.", [("Nguyễn Văn An", "Đặc phái viên Tổng thống")]),
    # A post whose field goes on in lower case to the next person's name is that person's.
    ("Hội đàm với Tổng thống Donald Trump, Đặc phái viên Tổng thống Nga về hợp tác kinh tế - đầu tư với nước ngoài Kirill Dmitriev khẳng định.",
     [("Donald Trump", "Tổng thống")]),
    ("Chủ nhiệm Ủy ban về các vấn đề xã hội Trương Thị Mai báo cáo giải trình dự thảo Luật.",  # a committee's name in lower case
     [("Trương Thị Mai", "Chủ nhiệm Ủy ban về các vấn đề xã hội")]),
    ("Cảnh sát trưởng quận Harris Ed Gonzalez cho biết.", [("Ed Gonzalez", "Cảnh sát trưởng quận Harris")]),
    ("Hội nghị có Thủ tướng Australia Anthony Albanese, Tổng thống Brazil Luiz Inácio Lula da Silva và Thủ tướng Nhật Bản Sanae Takaichi.",
     [("Anthony Albanese", "Thủ tướng Australia"), ("Luiz Inácio Lula da Silva", "Tổng thống Brazil"),
      ("Sanae Takaichi", "Thủ tướng Nhật Bản")]),  # five words, a particle among them
    # What one won ends the post ("đoạt giải nhì"), what one has not ("không", "chưa") too; "không gian" goes on.
    ("Anh Hoàng Văn Tiến Phương, giảng viên Đại học An ninh nhân dân đoạt giải nhì.",
     [("Hoàng Văn Tiến Phương", "giảng viên Đại học An ninh nhân dân")]),
    # Posts of history, as features and plays name them.
    ("Lăng Ông thờ Tả quân Lê Văn Duyệt và Phó Tổng trấn Huỳnh Công Lý.", [("Lê Văn Duyệt", "Tả quân"), ("Huỳnh Công Lý", "Phó Tổng trấn")]),
    ("Vở diễn khắc họa nhân vật Thái sư Trần Thủ Độ - bậc khai quốc công thần.", [("Trần Thủ Độ", "Thái sư")]),
    # A post after the name that "và" and the next person's name close.
    ("Cơ quan điều tra khởi tố thêm 2 bị can: Đào Anh Kiệt, nguyên giám đốc Sở Tài nguyên môi trường TP.HCM và Trương Văn Út, nguyên phó trưởng phòng.",
     [("Đào Anh Kiệt", "nguyên giám đốc Sở Tài nguyên môi trường TP.HCM"), ("Trương Văn Út", "nguyên phó trưởng phòng")]),
    ("Dự có ông Nguyễn Văn An, Chủ tịch UBND tỉnh và Trần Văn Bình.", [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]),
    # A department's name in lower case: "tham mưu", "thiết bị" are one word each, no verb.
    ("Thượng tá Trần Ngọc Anh - Trưởng phòng tham mưu Công an tỉnh Gia Lai cho biết, cảnh sát đã thu giữ hai khẩu súng.",
     [("Trần Ngọc Anh", "Thượng tá, Trưởng phòng tham mưu Công an tỉnh Gia Lai")]),
    ("Bị can Trần Văn Thắng – Trưởng phòng Vật tư thiết bị y tế BVĐK tỉnh Hòa Bình, trong quá trình thực hiện nhiệm vụ.",
     [("Trần Văn Thắng", "Trưởng phòng Vật tư thiết bị y tế BVĐK tỉnh Hòa Bình")]),
    # A judge and her court, and "tại" its city.
    ("Thẩm phán Indira Talwani thuộc Tòa án liên bang tại Boston, Massachusetts cho biết theo luật, chính phủ phải chi.",
     [("Indira Talwani", "Thẩm phán thuộc Tòa án liên bang tại Boston, Massachusetts")]),
    ("Giáo sư Nguyễn Văn An tại Hà Nội cho biết.", [("Nguyễn Văn An", "Giáo sư")]),
    ("Stephen Nagy, giáo sư chính trị tại Đại học Cơ đốc giáo Quốc tế Nhật Bản, cho biết.",
     [("Stephen Nagy", "giáo sư chính trị tại Đại học Cơ đốc giáo Quốc tế Nhật Bản")]),
    # (a name that opens the sentence, then "là" and his chair: round 10's truth counts it)
    ("Nguyễn Văn Tuấn là giáo sư Trường Y thuộc Đại học New South Wales.", [("Nguyễn Văn Tuấn", "giáo sư Trường Y thuộc Đại học New South Wales")]),
    ("Phó Giáo sư, Tiến sĩ Nguyễn Văn An, Giám đốc Sở Y tế phát biểu.", [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
    # A royal's name right after the title, whatever follows it; the Hùng kings are no one man.
    ("Vua Charles của Anh, Tổng thống Ukraine Volodymyr Zelensky duyệt đội danh dự.",
     [("Charles", "Vua"), ("Volodymyr Zelensky", "Tổng thống Ukraine")]),
    ("Ông Zelensky có cuộc gặp với Vua Charles III tại Lâu đài Windsor.", [("Charles III", "Vua")]),
    ("Công chúa Xuân Nương là vợ của một vị tướng.", [("Xuân Nương", "Công chúa")]),
    ("Quốc vương Campuchia Norodom Sihamoni tiếp đoàn.", [("Norodom Sihamoni", "Quốc vương Campuchia")]),
    ("các vua Hùng có công dựng nước.", []),
    # A unit as it was before the merger of 2025: "(cũ)" goes on with the post.
    ("Nguyên Bí thư, Chủ tịch UBND xã Trọng Hóa (cũ) Hồ Phin chia sẻ.", [("Hồ Phin", "Nguyên Bí thư, Chủ tịch UBND xã Trọng Hóa (cũ)")]),
    ("Bà Đinh Thị Ngọc Lê, nguyên Chủ tịch Hội Liên hiệp Phụ nữ huyện Minh Hóa (cũ) cho biết.",
     [("Đinh Thị Ngọc Lê", "nguyên Chủ tịch Hội Liên hiệp Phụ nữ huyện Minh Hóa (cũ)")]),
    ("Là gương mặt tích cực của Hội Nhà văn Trẻ Huế, Uyên Châu thường xuyên tham gia.", []),
    # A given name of two joined by a hyphen; "Nga-Ukraine" is no name.
    ("Ông Jean-Christophe Carret, Giám đốc WB phụ trách khu vực Trung Đông, nói.",
     [("Jean-Christophe Carret", "Giám đốc WB phụ trách khu vực Trung Đông")]),
    ("Ngoại trưởng Pháp Jean-Noël Barrot cho biết.", [("Jean-Noël Barrot", "Ngoại trưởng Pháp")]),
    ("Xung đột Nga-Ukraine Vladimir Putin nói.", []),
    ("Bộ trưởng Quốc phòng Ba Lan Wladyslaw Kosiniak-Kamysz cho biết.", [("Wladyslaw Kosiniak-Kamysz", "Bộ trưởng Quốc phòng Ba Lan")]),
    ("cuộc gặp Trump-Putin tại Alaska.", []),
    # Committees named for what they fight, to the unit that closes their name.
    ("Ông Trần Thắng, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh đi kiểm tra.",
     [("Trần Thắng", "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh")]),
    ("Ông Nguyễn Văn An, Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh cho biết.",
     [("Nguyễn Văn An", "Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh")]),
    ("Chính trị viên Ban Chỉ huy Quân sự huyện Cao Lộc Lê Văn Cường phát biểu.", [("Lê Văn Cường", "Chính trị viên Ban Chỉ huy Quân sự huyện Cao Lộc")]),
    ("Ông Nguyễn Bích Lâm, Tổng cục trưởng Tổng cục Thống kê, Phó trưởng ban chỉ đạo TĐT dân số và nhà ở Trung ương phát biểu.",
     [("Nguyễn Bích Lâm", "Tổng cục trưởng Tổng cục Thống kê, Phó trưởng ban chỉ đạo TĐT dân số và nhà ở Trung ương")]),
    ("Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh chỉ đạo Sở Y tế khẩn trương vào cuộc.", [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]),
    # A post over words no vocabulary holds, up to the full name of one who speaks.
    ("Phó chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp Trần Văn Bình cho biết dự án đã xong.",
     [("Trần Văn Bình", "Phó chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")]),
    ("Chánh Văn phòng Ban chỉ đạo 127 quốc gia Đàm Văn Tư đề nghị các lực lượng phối hợp.",
     [("Đàm Văn Tư", "Chánh Văn phòng Ban chỉ đạo 127 quốc gia")]),
    ("Phó Cục trưởng Cục Quản lý đê điều và phòng, chống thiên tai Lê Văn Đông cho biết mưa còn lớn.",
     [("Lê Văn Đông", "Phó Cục trưởng Cục Quản lý đê điều và phòng, chống thiên tai")]),
    # "doanh nhân" vouches for a name of two syllables, as a profession does; a post after the name outranks it.
    ("Sau đó, Hồng Nhung chung sống với doanh nhân Minh Quân.", [("Minh Quân", "doanh nhân")]),
    ("Doanh nhân Đỗ Quang Hiển, Chủ tịch HĐQT Tập đoàn T&T Group, phát biểu.", [("Đỗ Quang Hiển", "Chủ tịch HĐQT Tập đoàn T&T Group")]),
    ("Ông vượt qua doanh nhân Hong Kong Lý Gia Thành.", [("Lý Gia Thành", "doanh nhân Hong Kong")]),
    # "các lực lượng vũ trang" of a command's post: the forces it commands, the post's own words.
    ("Tuy nhiên, Tổng tư lệnh các lực lượng vũ trang Ukraine Oleksandr Syrskyi khẳng định không có sự bao vây.",
     [("Oleksandr Syrskyi", "Tổng tư lệnh các lực lượng vũ trang Ukraine")]),
    # (or who does what a post's holder does: "đánh giá cao", "trao tặng"; not where a place may stand)
    ("Phó chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp Trần Văn Bình đánh giá cao Vietnam Airlines.",
     [("Trần Văn Bình", "Phó chủ tịch Ủy ban Quản lý vốn nhà nước tại doanh nghiệp")]),
    ("Anh Mai Nhật Tâm được Chủ tịch UBND xã Hà Nha trao tặng giấy khen.", []),
    ("Giám đốc Bệnh viện Bạch Mai chia sẻ: “Đây là niềm tự hào.”", []),  # a hospital named after a person
    ("Chủ tịch UBND tỉnh đã trao quà cho Nguyễn Văn An và cho biết sẽ hỗ trợ thêm.", []),  # a clause, not a post
    ("Chủ tịch UBND tỉnh và Nguyễn Văn An cho biết.", []),
    # Set off after his name and closed by his words, a name ending the post is its place's.
    ("Ông Nguyễn Văn An, Bí thư Đảng ủy xã Trần Hưng Đạo cho biết.", [("Nguyễn Văn An", "Bí thư Đảng ủy xã Trần Hưng Đạo")]),
    ("Thiếu tướng Lê Văn Tấn, nguyên Tư lệnh Binh chủng Tăng Thiết Giáp cho biết.",
     [("Lê Văn Tấn", "Thiếu tướng, nguyên Tư lệnh Binh chủng Tăng Thiết Giáp")]),
    ("Phát biểu tại lễ đón, Đại tá Lê Văn Tư, Tư lệnh Vùng CSB 3 biểu dương đoàn công tác.", [("Lê Văn Tư", "Đại tá, Tư lệnh Vùng CSB 3")]),
    # A verb that is a noun too ("đánh giá") ends a post set off after the name where what he said follows.
    ("Ông Trần Văn Toàn, Cục trưởng Cục Chế biến nông sản đánh giá, tiềm năng còn lớn.",
     [("Trần Văn Toàn", "Cục trưởng Cục Chế biến nông sản")]),
])
def test_who_is_named_with_which_role(sentence, people):
    assert named(sentence) == people


def test_a_members_post_by_its_letters_is_written_out_in_the_participants():
    blocks = [("Dự có đồng chí Bùi Xuân Vững, UV BTV, Trưởng Ban Tổ chức Đảng ủy Than Quảng Ninh.", False),
              ("UV BCH Đảng bộ tỉnh, Giám đốc Sở Y tế Nguyễn Văn Bình phát biểu.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [
        ("Bùi Xuân Vững", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Đảng ủy Than Quảng Ninh"),
        ("Nguyễn Văn Bình", "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Giám đốc Sở Y tế"),
    ]


def test_a_given_name_that_names_a_school_is_no_school_before_a_post_in_lower_case():
    assert named("Ủy ban Kiểm tra Trung ương kỷ luật ông Trần Việt Trường nguyên Chủ tịch UBND TP Cần Thơ.") == [
        ("Trần Việt Trường", "nguyên Chủ tịch UBND TP Cần Thơ")]
    assert named("Ông Nguyễn Văn An, học viên Trường Sĩ quan Thông tin cho biết.") == []


def test_a_post_given_or_stated_past_an_age_set_off_by_commas():
    assert named("Bộ Chính trị chuẩn y ông Nguyễn Hoài Anh, 47 tuổi, giữ chức Bí thư Tỉnh ủy Bình Thuận, nhiệm kỳ 2020-2025.") == [
        ("Nguyễn Hoài Anh", "Bí thư Tỉnh ủy Bình Thuận")]
    assert named("Ông Mikhail Fridman, 52 tuổi, là nhà đồng sáng lập kiêm Chủ tịch tập đoàn Alfa Group.") == [
        ("Mikhail Fridman", "nhà đồng sáng lập kiêm Chủ tịch tập đoàn Alfa Group")]
    assert named("Anh Nguyễn Văn Hùng, 30 tuổi, làm nghề chài lưới.") == []


def test_a_foreigner_found_by_one_name_is_the_one_longer_name_the_text_writes():
    blocks = [("Dưới thời chính quyền Joe Biden, Washington từng do dự.", False),
              ("Dưới thời cựu Tổng thống Biden, Nhà Trắng từng khuyến cáo Kiev.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Joe Biden", "cựu Tổng thống")]
    # Not two longer names, nor a place or a calling before the name.
    blocks = [("Cả Joe Biden và Hunter Biden đều có mặt.", False), ("Cựu Tổng thống Biden phát biểu.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Biden", "Cựu Tổng thống")]
    blocks = [("Chính phủ Sri Lanka Dissanayake công bố.", False), ("Tổng thống Sri Lanka Dissanayake phát biểu.", False)]
    assert [p.name for p in participants(blocks)] == ["Dissanayake"]


def test_a_name_with_no_role_takes_the_one_its_last_word_is_given_later():
    blocks = [("Các lực lượng do ông Ahmed Shaara lãnh đạo lật đổ chính quyền Assad. Ông Shaara hiện là Tổng thống lâm thời Syria.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Ahmed Shaara", "Tổng thống lâm thời Syria")]
    blocks = [("Ông Nguyễn Long Trảo (hưởng thọ 94 tuổi) từ trần tại nhà riêng.", False),
              ("Ông Trảo là Phó chánh Văn phòng Thành ủy TP HCM.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Nguyễn Long Trảo", "Phó chánh Văn phòng Thành ủy TP HCM")]
    # Two names that end in the word: whose it is, the text does not say.
    blocks = [("Ông Nguyễn Long Trảo và ông Lê Văn Trảo đến dự.", False), ("Ông Trảo là Phó chánh Văn phòng Thành ủy TP HCM.", False)]
    assert participants(blocks) == []


def test_a_name_cut_short_later_is_the_same_person():
    blocks = [("Bộ trưởng Quốc phòng Malaysia Mohamed Khaled Nordin nhấn mạnh vai trò của ASEAN.", False),
              ("Bộ trưởng Mohamed Khaled cho biết thêm.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Mohamed Khaled Nordin", "Bộ trưởng Quốc phòng Malaysia")]


def test_a_name_then_another_name_of_his_in_parentheses_is_one_person():
    blocks = [("Ông Trump ân xá cho ông Changpeng Zhao (Triệu Trường Bằng), nhà sáng lập sàn giao dịch tiền số Binance.", False),
              ("Ông Triệu Trường Bằng, nhà đồng sáng lập Binance, phát biểu tại Lisbon. Ảnh: Reuters", True)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Changpeng Zhao", "nhà sáng lập sàn giao dịch tiền số Binance")]


def test_a_name_and_its_other_writing_both_ways_round_is_one_person():
    blocks = [("Changpeng Zhao (Triệu Trường Bằng), nhà sáng lập Binance, cho biết.", False),
              ("Ông Triệu Trường Bằng (Changpeng Zhao) nói thêm.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Changpeng Zhao", "nhà sáng lập Binance")]


def test_a_foreign_name_cut_to_its_last_words_later_is_the_same_person():
    blocks = [("Bộ trưởng Du lịch Mexico Josefina Rodríguez Zamora cho biết, 73% là khách nội địa.", False),
              ("Bộ trưởng Rodríguez Zamora nhấn mạnh, lễ hội là dịp tôn vinh.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Josefina Rodríguez Zamora", "Bộ trưởng Du lịch Mexico")]
    # (its particle written with a capital at the start: "Giám đốc Des Cars" after "Laurence des Cars")
    blocks = [("Giám đốc Bảo tàng Louvre Laurence des Cars ngày 22/10 đã thừa nhận sai sót.", False),
              ("Giám đốc Des Cars đã đề xuất một số biện pháp.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Laurence des Cars", "Giám đốc Bảo tàng Louvre")]


def test_artists_listed_by_name_after_their_shared_calling_and_such_as():
    def listed(text):
        return read_paragraphs(text)
    assert listed("Khóa I đã tạo nên những họa sĩ tên tuổi của Mỹ thuật hiện đại Việt Nam, như: Trần Lưu Hậu, "
                  "Lưu Công Nhân, Trọng Kiệm, Lê Lam… Một sự kiện lịch sử vinh dự đối với dân phố.") == [
        ("Trần Lưu Hậu", "họa sĩ"), ("Lưu Công Nhân", "họa sĩ"), ("Trọng Kiệm", "họa sĩ"), ("Lê Lam", "họa sĩ")]
    assert listed("Gala có sự góp mặt của nhiều nghệ sĩ nổi tiếng hàng đầu như Đen, Quang Hùng MasterD, Low G , Tuấn Cry,... "
                  "mang đến thông điệp ý nghĩa.") == [
        ("Đen", "nghệ sĩ"), ("Quang Hùng MasterD", "nghệ sĩ"), ("Low G", "nghệ sĩ"), ("Tuấn Cry", "nghệ sĩ")]
    assert listed("Các ca sĩ như Mỹ Tâm và Hà Anh Tuấn sẽ biểu diễn.") == [("Mỹ Tâm", "ca sĩ"), ("Hà Anh Tuấn", "ca sĩ")]
    # "dàn nghệ sĩ", and stage names of one word, listed, are kept.
    assert listed("Gala quy tụ dàn nghệ sĩ nổi tiếng như Đen, Mono, tlinh, Low G..., truyền tải thông điệp.") == [
        ("Đen", "nghệ sĩ"), ("Mono", "nghệ sĩ"), ("tlinh", "nghệ sĩ"), ("Low G", "nghệ sĩ")]
    # A list after another plural in the same sentence, joined by "hay"; an academy of singers is no one.
    assert listed("Anh có mặt trong các liên hoan âm nhạc quốc tế và từng hợp tác cùng nhiều nhạc trưởng huyền thoại như "
                  "Riccardo Muti, Zubin Mehta hay Kent Nagano…") == [
        ("Riccardo Muti", "nhạc trưởng"), ("Zubin Mehta", "nhạc trưởng"), ("Kent Nagano", "nhạc trưởng")]
    assert listed("Cô là thành viên của Học viện Ca sĩ Trẻ Mariinsky và là nghệ sĩ solo của Nhà hát Mariinsky.") == []
    # The names right after the plural calling, two or more, a word or two of praise between.
    assert listed("Các nhà thiết kế tài hoa Diệp Anh, Trịnh Bích Thủy và Minh Hạnh đã thổi hồn vào từng bộ sưu tập.") == [
        ("Diệp Anh", "nhà thiết kế"), ("Trịnh Bích Thủy", "nhà thiết kế"), ("Minh Hạnh", "nhà thiết kế")]
    assert listed("Dự án nhận sự hỗ trợ từ các nhà nghiên cứu Đỗ Thái Bình, Trần Trọng Dương, Nguyễn Việt.") == [
        ("Đỗ Thái Bình", "nhà nghiên cứu"), ("Trần Trọng Dương", "nhà nghiên cứu"), ("Nguyễn Việt", "nhà nghiên cứu")]
    assert listed("Tại sự kiện, các diễn viên của phim Mưa Đỏ, Tử Chiến Trên Không và Mùi Phở cùng xuất hiện.") == []
    # (nor villages, genres, films without "của", a country glued to the first name; and a
    # later "như" of another plural does not hide the list)
    for text in ("Các nghệ nhân làng Bát Tràng, Phù Lãng và Chu Đậu tham gia.", "Các diễn viên phim Mưa Đỏ, Địa Đạo có mặt.",
                 "Các ca sĩ dòng nhạc Bolero, Rock và Rap."):
        assert listed(text) == [], text
    assert listed("Các nhà văn Nga Lev Tolstoy, Fyodor Dostoevsky được nhắc.") == [
        ("Lev Tolstoy", "nhà văn Nga"), ("Fyodor Dostoevsky", "nhà văn Nga")]  # (the country read as the calling's, once)
    assert listed("Các ca sĩ Mỹ Tâm, Hà Anh Tuấn và Hồ Ngọc Hà hát những ca khúc như Diễm xưa.") == [
        ("Mỹ Tâm", "ca sĩ"), ("Hà Anh Tuấn", "ca sĩ"), ("Hồ Ngọc Hà", "ca sĩ")]
    # (a name after an organisation's word that is also a family name: "Lý Hải")
    assert listed("Nhiều phim ghi dấu tên tuổi của những đạo diễn trẻ như Nguyễn Quang Dũng, Lý Hải, Trấn Thành...") == [
        ("Nguyễn Quang Dũng", "đạo diễn"), ("Lý Hải", "đạo diễn"), ("Trấn Thành", "đạo diễn")]
    # Painters, translators, beauty queens, players of a band, dancers, architects, journalists
    # listed the same way (not players of a team, nor authors: the truth lists neither).
    assert listed("Triển lãm tôn vinh sáu danh họa Pablo Picasso, George Braque, Jean Metzinger và Marcel Duchamp.") == [
        ("Pablo Picasso", "danh họa"), ("George Braque", "danh họa"), ("Jean Metzinger", "danh họa"), ("Marcel Duchamp", "danh họa")]
    assert listed("Bộ sách có sự tham gia của gần 10 dịch giả, như Phạm Viêm Phương, Mai Sơn, Phan Thanh Lưu.") == [
        ("Phạm Viêm Phương", "dịch giả"), ("Mai Sơn", "dịch giả"), ("Phan Thanh Lưu", "dịch giả")]
    assert listed("Những thiết kế này được trình diễn bởi các á hậu Lệ Hằng, Kiều Ngân và Thúy Ngân.") == [
        ("Lệ Hằng", "á hậu"), ("Kiều Ngân", "á hậu"), ("Thúy Ngân", "á hậu")]
    assert listed("Đội hình có các cầu thủ Hoàng Thịnh, Quốc Phương và Văn Phong.") == []
    # A colon between the calling and its names; stage names of no family name listed after the first.
    assert listed("Phim truyền hình Kính vạn hoa ra mắt, với các diễn viên: Ngọc Trai, Tiểu Long, Anh Đào... Phim ra rạp năm 2015.") == [
        ("Ngọc Trai", "diễn viên"), ("Tiểu Long", "diễn viên"), ("Anh Đào", "diễn viên")]
    # A list of the nearer plural's: programmes, studios.
    assert listed("Nhiều ca sĩ trẻ nổi lên từ các chương trình truyền hình như Rap Việt, Vietnam Idol.") == []
    assert listed("Nhiều diễn viên đến từ các hãng phim như Warner Bros, Paramount Pictures.") == []
    # Not a list of names: "như vậy", a calling not an artist's, a body after "như".
    for text in ("Nhiều nghệ sĩ như vậy đã đến với chương trình.", "Nhiều đơn vị như Sở Y tế, Sở Tài chính tham gia.",
                 "Nhiều nghệ sĩ như Nhà hát Tuổi trẻ đã góp mặt."):
        assert listed(text) == [], text


def test_a_director_by_two_given_names_is_the_one_whose_full_name_ends_in_them():
    blocks = [("Cùng đi trong đoàn có đạo diễn Tôn Thất Cần, đạo diễn Nguyễn Hồng Dung.", False),
              ("Từ trái sang: đạo diễn Hồng Dung, tác giả Trần Văn Hưng thắp hương.", True)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Tôn Thất Cần", "đạo diễn"), ("Nguyễn Hồng Dung", "đạo diễn")]


def test_a_womans_name_written_once_without_thi_is_the_same_person():
    blocks = [("Công chúa Lý Thị Ngọc Kiều là con gái Phụng Càn Vương.", False),
              ("Sau này, công chúa Lý Ngọc Kiều xuất gia.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Lý Thị Ngọc Kiều", "Công chúa")]
    # Three words are too few to tell: "Nguyễn Lan" may be another woman than "Nguyễn Thị Lan".
    blocks = [("Bà Nguyễn Thị Lan, Chủ tịch Hội Phụ nữ xã, cho biết.", False), ("Bà Nguyễn Lan, giáo viên, kể.", False)]
    assert len(participants(blocks)) == 2


def test_a_caption_gives_a_role_only_to_someone_the_text_does_not_name():
    # As the editor of the sample articles reads them: the text's post stands, however
    # much more the caption says ("Bí thư Tỉnh ủy" in the text, "… Lạng Sơn" under the photo).
    blocks = [("Tổng thống Volodymyr Zelensky tới London.", False),
              ("Tổng thống Ukraine Volodymyr Zelensky duyệt đội danh dự. Ảnh: Reuters", True),
              ("Giám đốc Công ty Hoa Sen Nguyễn Văn An trao quà. Ảnh: T.L", True)]
    assert [(p.name, p.role) for p in participants(blocks)] == [
        ("Volodymyr Zelensky", "Tổng thống"), ("Nguyễn Văn An", "Giám đốc Công ty Hoa Sen")]


def test_an_artist_by_the_given_names_alone_is_the_one_whose_name_ends_in_them():
    blocks = [("Thầy giáo, nhạc sĩ Hà Xuân Vy, sinh năm 1979, quê ở xã Tịnh Thọ.", False),
              ("Nhạc sĩ Xuân Vy là hội viên Hội VHNT tỉnh Đồng Tháp.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Hà Xuân Vy", "Thầy giáo, nhạc sĩ")]


def test_names_that_differ_are_one_person_only_where_nothing_says_otherwise():
    blocks = [("Ca sĩ Thu Minh biểu diễn.", False), ("Bà Nguyễn Thu Minh, Phó Giám đốc Sở VHTTDL, phát biểu.", False)]
    assert len(participants(blocks)) == 2  # a singer by her stage name, an official
    blocks = [("Ông Nguyễn Văn Minh Tuấn, Giám đốc Công ty Hoa Sen, nói.", False),
              ("Ông Nguyễn Minh Tuấn, Chủ tịch UBND xã, cho biết.", False)]
    assert len(participants(blocks)) == 2  # "Văn" may be dropped from no one's name


def test_two_vietnamese_names_one_the_start_of_the_other_are_two_people():
    blocks = [("Phó Thủ tướng Nguyễn Hòa Bình dự.", False), ("Ông Nguyễn Hòa, Chủ tịch UBND xã, báo cáo.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Nguyễn Hòa Bình", "Phó Thủ tướng"), ("Nguyễn Hòa", "Chủ tịch UBND xã")]


def test_one_foreign_name_after_a_title_is_a_person_only_as_a_word_of_one_longer_name():
    read = lambda *texts: [(p.name, p.role) for p in participants([(t, False) for t in texts])]  # noqa: E731
    assert read("Ông Donald Trump nói với báo chí.", "Tổng thống Trump cho biết.") == [("Donald Trump", "Tổng thống")]
    assert read("Bà Lara Trump và ông Eric Trump dự.", "Tổng thống Trump cho biết.") == []
    assert read("Tổng thống Lee Jae-myung dự.", "Tổng thống Lee nói.") == [("Lee Jae-myung", "Tổng thống")]
    assert read("Văn phòng Thống đốc Texas cho biết.") == []
    # A president or prime minister whom no other name of the text shares, by one word.
    assert read("Zhao bị truy tố dưới thời cựu Tổng thống Biden.") == [("Biden", "cựu Tổng thống")]
    assert read("Thị trưởng Bass phát biểu.") == []
    assert read("Thủ tướng Israel Netanyahu tuyên bố.") == [("Netanyahu", "Thủ tướng Israel")]  # the country, then his one name
    assert read("Công chúa Beatrice và Hoàng tử William dự.") == [("Beatrice", "Công chúa"), ("William", "Hoàng tử")]
    assert read("Hoàng tử Andrew là con trai thứ hai của cố Nữ hoàng Elizabeth.") == [("Andrew", "Hoàng tử"), ("Elizabeth", "cố Nữ hoàng")]


def test_a_post_given_only_with_his_one_name_outranks_being_someones_counterpart():
    blocks = [("Hội nghị thượng đỉnh giữa Tổng thống Mỹ Donald Trump và người đồng cấp Nga Vladimir Putin sắp diễn ra.", False),
              ("Trong hơn 3 năm qua, Tổng thống Nga Putin từng nhiều lần nêu rõ các mục tiêu.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Donald Trump", "Tổng thống Mỹ"), ("Vladimir Putin", "Tổng thống Nga")]


def test_a_post_outranks_being_someones_counterpart():
    blocks = [("Tổng thống Ukraine Volodymyr Zelensky đã gặp người đồng cấp Mỹ.", False),
              ("Ông Trump tiếp người đồng cấp Ukraine Volodymyr Zelensky.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Volodymyr Zelensky", "Tổng thống Ukraine")]


def test_fullest_role_and_first_mention_order():
    blocks = [
        ("Đồng chí Lâm Thị Phương Thanh, Bí thư Tỉnh ủy Lạng Sơn phát biểu", True),  # a caption
        ("Đồng chí Phạm Ngọc Thưởng, Chủ tịch UBND tỉnh chủ trì. Đồng chí Lâm Thị Phương Thanh, Bí thư Tỉnh ủy dự.", False),
        ("Đồng chí Lâm Thị Phương Thanh, Ủy viên TW Đảng, Bí thư Tỉnh ủy kết luận.", False),
        ("Đồng chí Tô Hùng Khoa, Phó Chủ tịch HĐND tỉnh phát biểu", True),  # only in a caption
    ]
    result = [(p.name, p.role) for p in participants([(normalise(t), c) for t, c in blocks])]
    assert result == [
        ("Lâm Thị Phương Thanh", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"),
        ("Phạm Ngọc Thưởng", "Chủ tịch UBND tỉnh"),
        ("Tô Hùng Khoa", "Phó Chủ tịch HĐND tỉnh"),
    ]


def test_a_role_cut_inside_a_protected_comma_keeps_no_comma():
    """'phòng, chống' is one name to the rules; cut after 'phòng' it must not end in ','."""
    text = "Ông Trần Thắng, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn kiêm Ban Chỉ huy phòng thủ dân sự tỉnh chỉ đạo."
    roles = [role for _, role in named(text)]
    assert roles and not any(role.endswith((",", " ")) for role in roles)


def test_a_name_hidden_behind_one_letter_is_no_participant():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Ví dụ: Đại úy Hà Thị Q, Trợ lý Phòng Chính trị, nghỉ thai sản.") == []
    assert read("Phó Chủ tịch HĐND tỉnh Nguyễn Thị Nữ Y phát biểu.") == [("Nguyễn Thị Nữ Y", "Phó Chủ tịch HĐND tỉnh")]  # "Y" is a name


def test_a_palace_named_after_a_post_is_no_post():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Ngày 22/10, tại Phủ Chủ tịch, Chủ tịch nước Trương Tấn Sang trao quyết định.") == [("Trương Tấn Sang", "Chủ tịch nước")]
    assert read("Tại Dinh Tổng thống, Tổng thống Pháp Emmanuel Macron tiếp ông Lâm.") == [("Emmanuel Macron", "Tổng thống Pháp")]


def test_a_country_named_long_or_by_what_it_is_to_the_story():
    read = lambda *texts: [(p.name, p.role) for p in participants([(t, False) for t in texts])]  # noqa: E731
    assert read("Thủ tướng thăm Hàn Quốc theo lời mời của Tổng thống Đại Hàn Dân Quốc Lee Jae Myung từ ngày 29/10.") == [
        ("Lee Jae Myung", "Tổng thống Đại Hàn Dân Quốc")]
    assert read("Tổng thống Đại Hàn Dân Quốc Yoon Suk-yeol phát biểu.") == [("Yoon Suk-yeol", "Tổng thống Đại Hàn Dân Quốc")]
    assert read("Ở Malaysia, ông Donald Trump và Thủ tướng nước chủ nhà Anwar Ibrahim chứng kiến lễ ký kết.") == [
        ("Anwar Ibrahim", "Thủ tướng nước chủ nhà")]
    assert read("Tại Ba Lan, Bộ trưởng Quốc phòng nước này, ông Władysław Kosiniak-Kamysz, cho biết ông không nhận được cảnh báo.") == [
        ("Władysław Kosiniak-Kamysz", "Bộ trưởng Quốc phòng nước này")]
    # The country by its name says more than "nước chủ nhà"; a post that says more wins still.
    assert read("Tổng thống Hàn Quốc Lee Jae-myung đón đoàn.", "Tổng thống nước chủ nhà Lee Jae-myung phát biểu.") == [
        ("Lee Jae-myung", "Tổng thống Hàn Quốc")]
    assert read("Bộ trưởng Quốc phòng nước này Khawaja Asif cảnh báo.", "Bộ trưởng Khawaja Asif cho rằng.") == [
        ("Khawaja Asif", "Bộ trưởng Quốc phòng nước này")]


def test_an_investment_fund_and_a_research_fellow():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Ông Nguyễn Văn An, Giám đốc Quỹ đầu tư phát triển tỉnh, cho biết.") == [
        ("Nguyễn Văn An", "Giám đốc Quỹ đầu tư phát triển tỉnh")]
    assert read("Tiến sĩ Stuart Rollo, nghiên cứu viên tại Trung tâm Nghiên cứu An ninh Quốc tế của Đại học Sydney cho rằng.") == [
        ("Stuart Rollo", "nghiên cứu viên tại Trung tâm Nghiên cứu An ninh Quốc tế của Đại học Sydney")]


def test_a_foreign_name_opening_a_sentence_then_its_post_ending_in_a_firms_name():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Giá dầu tăng mạnh. Vandana Hari, nhà sáng lập Vanda Insights, cho rằng đây là bước đi quyết liệt.") == [
        ("Vandana Hari", "nhà sáng lập Vanda Insights")]
    assert read("“Đây là lệnh cấm hoàn toàn.” Vandana Hari, Giám đốc Vanda Insights, nhận định.") == [
        ("Vandana Hari", "Giám đốc Vanda Insights")]
    # A place before the comma, or a name in the middle of a sentence: the post's own name.
    assert read("Phát biểu ở Los Angeles, Thị trưởng Karen Bass, cho biết thành phố sẽ hỗ trợ.") == [("Karen Bass", "Thị trưởng")]
    # The speaker after a quote's close and a comma opens his own clause, as a sentence's first name does.
    assert read('"Chúng tôi không thể chấp nhận", David Livingstone, cựu chủ tịch Hội đồng Giám sát Giant Mine, nói.') == [
        ("David Livingstone", "cựu chủ tịch Hội đồng Giám sát Giant Mine")]


def test_a_foreigners_people_between_the_post_and_the_name():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Nhà nghiên cứu người Anh Steve Wright nhận xét.") == [("Steve Wright", "Nhà nghiên cứu người Anh")]
    assert read("Huấn luyện viên người Hàn Quốc Park Hang-seo chia sẻ.") == [("Park Hang-seo", "Huấn luyện viên người Hàn Quốc")]
    assert read("Bộ trưởng gặp thủ lĩnh người Kurd Mazloum Abdi tại thủ đô Damascus.") == [("Mazloum Abdi", "thủ lĩnh người Kurd")]
    assert read("Hà Lan cách chức Giám đốc điều hành người Trung Quốc Zhang Xuezheng.") == [
        ("Zhang Xuezheng", "Giám đốc điều hành người Trung Quốc")]
    # Not the people a post serves: "Giám đốc Sở gặp người dân …".
    assert read("Giám đốc Sở gặp người dân Nguyễn Văn An.") == []


def test_a_post_taken_held_or_left_after_the_name():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Ông Lâm Thành Đắc được bầu giữ chức vụ Chủ tịch LHH khoá IV.") == [("Lâm Thành Đắc", "Chủ tịch LHH khóa IV")]
    assert read("Ông Phạm Viết Thanh thôi giữ chức vụ Chủ tịch HĐQT do thay đổi công tác.") == [("Phạm Viết Thanh", "Chủ tịch HĐQT")]
    assert read("Ông Nguyễn Văn An đảm nhận chức Chủ tịch UBND tỉnh.") == [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]


def test_a_listed_calling_with_its_field_and_a_listed_name_with_its_own_state_title():
    def listed(text):
        return read_paragraphs(text)
    # The calling says its art ("nghệ sĩ nhiếp ảnh"), as it would before one name.
    assert listed("Triển lãm 44 tác phẩm của các nghệ sĩ nhiếp ảnh nổi tiếng như: Ngô Thanh Bình, Alex Cao, Nguyễn Tấn Cư.") == [
        ("Ngô Thanh Bình", "nghệ sĩ nhiếp ảnh"), ("Alex Cao", "nghệ sĩ nhiếp ảnh"), ("Nguyễn Tấn Cư", "nghệ sĩ nhiếp ảnh")]
    # Lawyers, counted in figures.
    assert listed("Bị cáo đã thuê 3 luật sư gồm: Lê Thị Huyền Trang, Lê Thị Bích Chi, Đặng Thị Thanh Xuân cùng Công ty luật "
                  "Viên An bào chữa.") == [("Lê Thị Huyền Trang", "luật sư"), ("Lê Thị Bích Chi", "luật sư"), ("Đặng Thị Thanh Xuân", "luật sư")]
    # The first singer's own title does not end the list, nor is it the others'.
    assert listed("Chương trình có các ca sĩ nổi tiếng và được yêu mến hiện nay, như: Nghệ sĩ Ưu tú Hồng Vân, Hồ Quỳnh Hương, "
                  "Nguyễn Phi Hùng, Huỳnh Trang… Điểm nhấn là màn múa.") == [
        ("Hồng Vân", "Nghệ sĩ Ưu tú"), ("Hồ Quỳnh Hương", "ca sĩ"), ("Nguyễn Phi Hùng", "ca sĩ"), ("Huỳnh Trang", "ca sĩ")]
    # A cast "có" its actors as it "gồm" them, stage names of two words among them.
    assert listed("Ngoài Thái Hòa, dàn diễn viên có Quang Tuấn, Hồ Thu Anh, Cao Minh, Diễm Hằng Lamoon.") == [
        ("Quang Tuấn", "diễn viên"), ("Hồ Thu Anh", "diễn viên"), ("Cao Minh", "diễn viên"), ("Diễm Hằng Lamoon", "diễn viên")]
    # (the review of session 24: "có" said of the people named, not a list after it; a place is no one)
    assert listed("Theo Phó giám đốc Sở Từ Lương, dù xin dời lịch nhưng 2 nghệ sĩ Đàm Vĩnh Hưng và Cát Phượng có thái độ "
                  "cầu thị, hợp tác.")[-2:] == [("Đàm Vĩnh Hưng", "nghệ sĩ"), ("Cát Phượng", "nghệ sĩ")]
    assert listed("Nhiều diễn viên tên tuổi đã có mặt tại buổi ra mắt như Thu Trang, Tiến Luật, Kiều Minh Tuấn.") == [
        ("Thu Trang", "diễn viên"), ("Tiến Luật", "diễn viên"), ("Kiều Minh Tuấn", "diễn viên")]
    assert listed("Nhiều nghệ sĩ có Hà Nội là quê hương thứ hai.") == []
    # (the second review: what the cast's members are, between the calling and "có")
    assert listed("Các ca sĩ khách mời có Mỹ Tâm, Hà Anh Tuấn, Tùng Dương.") == [
        ("Mỹ Tâm", "ca sĩ khách mời"), ("Hà Anh Tuấn", "ca sĩ khách mời"), ("Tùng Dương", "ca sĩ khách mời")]


def test_a_post_in_brackets_after_a_name_ends_in_its_bodys_name_not_another_persons():
    # "Phương Nam" opens with a family name; in the aside of a named man it is his bank's.
    assert named("Phiên xét xử Trầm Bê (61 tuổi, cựu Phó chủ tịch HĐQT Ngân hàng Phương Nam, đã sáp nhập vào Sacombank) tiếp tục.") == [
        ("Trầm Bê", "cựu Phó chủ tịch HĐQT Ngân hàng Phương Nam")]
    assert named("Trung tướng Mai Hoàng (Giám đốc Công an TPHCM) phát biểu.") == [("Mai Hoàng", "Trung tướng, Giám đốc Công an TPHCM")]


def test_a_bodys_members_counted_then_named_each_get_the_membership():
    assert named("Đặc biệt, đối với 3/6 thành viên của Hội đồng gồm ông Trương Văn Minh, bà Phan Thị Bích Hà, ông Nguyễn "
                 "Ngọc Quận bỏ phiếu không thông qua.") == [
        ("Trương Văn Minh", "thành viên của Hội đồng"), ("Phan Thị Bích Hà", "thành viên của Hội đồng"),
        ("Nguyễn Ngọc Quận", "thành viên của Hội đồng")]
    # A post the text gives a member elsewhere outranks the membership.
    blocks = [("Nhóm ông Phú gồm 4 thành viên HĐQT Hòa Bình là ông Lê Quốc Duy, ông Albert Atoine và ông Dương Văn Hùng.", False),
              ("Ông Lê Quốc Duy, Phó tổng giám đốc, cho biết.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [
        ("Lê Quốc Duy", "Phó tổng giám đốc"), ("Albert Atoine", "thành viên HĐQT Hòa Bình"), ("Dương Văn Hùng", "thành viên HĐQT Hòa Bình")]
    # Members that are bodies, or posts, name no one.
    assert named("Các thành viên Ban chỉ đạo gồm các sở, ngành và UBND các huyện.") == []
    # Those the congress elected, after a colon.
    assert named("17 thành viên ban chấp hành được đại hội bầu: Lê Khánh Hải, Trần Quốc Tuấn, Võ Minh Trí.") == [
        ("Lê Khánh Hải", "thành viên ban chấp hành"), ("Trần Quốc Tuấn", "thành viên ban chấp hành"),
        ("Võ Minh Trí", "thành viên ban chấp hành")]


def test_a_name_opening_a_sentence_then_its_age_then_its_post():
    # As a report of the accused opens, with no "ông" before the name.
    assert named("Hồ Xuân Cường, 55 tuổi, Chủ tịch HĐQT kiêm Giám đốc Công ty Cổ phần TMDV Petro Tấn Phúc, bị cáo buộc "
                 "liên quan đường dây xăng giả.") == [("Hồ Xuân Cường", "Chủ tịch HĐQT kiêm Giám đốc Công ty Cổ phần TMDV Petro Tấn Phúc")]
    assert named("Lê Văn Tám, sinh năm 1980, nguyên Chủ tịch UBND xã Tân Lập, bị khởi tố.") == [("Lê Văn Tám", "nguyên Chủ tịch UBND xã Tân Lập")]
    # Another name of his in his own aside is not a second man with the post.
    assert "Trần Quốc Tuấn" not in [name for name, _ in named(
        "Bị cáo Trần Văn Nam (tên gọi khác là Trần Quốc Tuấn, SN 1963, cựu Bí thư Tỉnh ủy Bình Dương) bị phạt tù.")]


def test_the_foreign_ministrys_deputy_spokesman_is_a_post():
    assert named("Ông Đoàn Khắc Việt, Phó phát ngôn Bộ Ngoại giao, trả lời câu hỏi.") == [("Đoàn Khắc Việt", "Phó phát ngôn Bộ Ngoại giao")]


def test_a_steering_committee_in_lower_case_set_off_by_commas_is_whole():
    assert named("Thứ trưởng Giáo dục và Đào tạo Nguyễn Hữu Độ, Trưởng ban chỉ đạo thi cấp quốc gia, nhấn mạnh các địa phương.") == [
        ("Nguyễn Hữu Độ", "Thứ trưởng Giáo dục và Đào tạo, Trưởng ban chỉ đạo thi cấp quốc gia")]
    assert named("Ông Lê Hoàng Quân, Chủ tịch TP HCM, Trưởng ban chỉ đạo 09, ký văn bản.") == [
        ("Lê Hoàng Quân", "Chủ tịch TP HCM, Trưởng ban chỉ đạo 09")]
    # (not the verb: "chỉ đạo Sở Y tế phối hợp", what the head of the committee did)
    assert named("Ông Nguyễn Văn Bình, Trưởng ban chỉ đạo Sở Y tế phối hợp với các đơn vị.") == [("Nguyễn Văn Bình", "Trưởng ban")]


def test_a_verb_of_telling_after_a_place_ending_in_a_units_word_ends_the_post():
    # "Phòng" ends the place's name "Hải Phòng": "thông tin" is what he did, not the unit's field.
    assert named("Bác sĩ Nguyễn Quang Chính, Giám đốc CDC Hải Phòng thông tin, xét nghiệm lần hai cho kết quả âm tính.") == [
        ("Nguyễn Quang Chính", "Bác sĩ, Giám đốc CDC Hải Phòng")]


def test_a_project_board_is_named_by_its_works_in_lower_case():
    assert named("Ông Trần Hoàng Vĩnh, Giám đốc Ban quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi, "
                 "cho biết.") == [("Trần Hoàng Vĩnh", "Giám đốc Ban quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ngãi")]
    assert named("Ông Nguyễn Vĩnh Ninh (Phó giám đốc Ban quản lý dự án xây dựng các công trình giao thông đô thị) cho biết.") == [
        ("Nguyễn Vĩnh Ninh", "Phó giám đốc Ban quản lý dự án xây dựng các công trình giao thông đô thị")]
    assert named("Giám đốc Ban quản lý dự án Nguyễn Văn Ánh cho biết.") == [("Nguyễn Văn Ánh", "Giám đốc Ban quản lý dự án")]


def test_a_rank_a_name_then_age_and_post_in_brackets():
    assert named("Ngày 2/8/2019, đại úy Lê Minh Sơn (35 tuổi, cán bộ Đội cảnh sát bảo vệ Trại tạm giam Công an Bình Thuận) bị bắt.") == [
        ("Lê Minh Sơn", "đại úy, cán bộ Đội cảnh sát bảo vệ Trại tạm giam Công an Bình Thuận")]


def test_counterexamples_of_the_review_of_session_20():
    # A short name, then the full name and post in brackets: the full name is the man's.
    assert named("Ông Tín (Nguyễn Hữu Tín, nguyên Phó chủ tịch TP) đã bị khởi tố.") == [("Nguyễn Hữu Tín", "nguyên Phó chủ tịch TP")]
    # A club and its coach; a man by his nickname; a second woman named in full in the aside.
    assert named("Hoàng Anh Gia Lai (HLV Kiatisak) đánh bại Hà Nội FC.") == [("Kiatisak", "HLV")]
    assert named("Anh Sáu Dân (cố Thủ tướng Võ Văn Kiệt) nói.") == [("Võ Văn Kiệt", "cố Thủ tướng")]
    assert ("Mạc Thị Bưởi", "nguyên Giám đốc Agribank") in named("Phó giám đốc Phí Thị Ong (nguyên Giám đốc Agribank Mạc Thị Bưởi) bị bắt.")
    # A two-word firm's name in a named man's post in brackets.
    assert named("Cơ quan điều tra chưa lấy được lời khai của Nguyễn Thiện Nhân (Chủ tịch HĐQT Công ty cổ phần vốn Thái Thịnh) do "
                 "bị can bỏ trốn.") == [("Nguyễn Thiện Nhân", "Chủ tịch HĐQT Công ty cổ phần vốn Thái Thịnh")]
    # The defendants the lawyers defend are no lawyers; callings of many are not each one's.
    assert named("Các luật sư bào chữa cho nhóm bị cáo thuộc Ngân hàng VNCB gồm: Phạm Công Danh, Phan Thành Mai, Trần Ngọc Bích.") == []
    assert named("Chương trình có hơn 70 ca sĩ, diễn viên, hoa hậu, người mẫu như NSND Hồng Vân, Ốc Thanh Vân, Lâm Vỹ Dạ tham gia.") == [
        ("Hồng Vân", "NSND")]
    # What counted members did is no part of the membership; a capitalised "Ông" is no part of a name.
    assert named("Thời điểm 7 thành viên HĐQT Eximbank đã họp và bầu ra Chủ tịch HĐQT mới là bà Lương Thị Cẩm Tú.") == []
    assert named("Các thành viên Tổ công tác gồm: Ông Nguyễn Sỹ Hiệp, bà Lê Thị Hoa.") == [
        ("Nguyễn Sỹ Hiệp", "thành viên Tổ công tác"), ("Lê Thị Hoa", "thành viên Tổ công tác")]


def test_terms_listed_an_events_numbered_letters_and_a_verb_of_leaving_end_a_post():
    read = read_paragraphs
    assert read("Bộ Chính trị chấp thuận cho đồng chí Niê Thuật, Ủy viên Trung ương Đảng các khoá IX, X, XI, "
                "Phó trưởng ban Ban Chỉ đạo Tây Nguyên thôi nhiệm vụ.") == [
        ("Niê Thuật", "Ủy viên Trung ương Đảng các khóa IX, X, XI, Phó trưởng ban Ban Chỉ đạo Tây Nguyên")]
    assert read("Thứ trưởng Bộ VH-TT-DL Lê Khánh Hải, Trưởng ban tổ chức ABG5 khẳng định.") == [
        ("Lê Khánh Hải", "Thứ trưởng Bộ VH-TT-DL, Trưởng ban tổ chức ABG5")]


def test_a_representative_opening_the_sentence_then_the_name_set_off():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Đại diện Không quân Ukraine, ông Yurii Ihnat, cũng thừa nhận việc này.") == [("Yurii Ihnat", "Đại diện Không quân Ukraine")]
    assert read("Lãnh đạo phe đa số tại Thượng viện, ông John Thune bày tỏ hy vọng.") == [("John Thune", "Lãnh đạo phe đa số tại Thượng viện")]
    # After another post, "đại diện lãnh đạo huyện" says what he did, as before.
    assert read("Phó Chủ tịch UBND huyện, đại diện lãnh đạo huyện, ông Nguyễn Văn An trao quà.") == []


def test_an_envoy_or_expert_for_a_region_or_a_field():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Các cuộc điện đàm giữa ông Abdelatty và Đặc phái viên Mỹ về Trung Đông Steve Witkoff.") == [
        ("Steve Witkoff", "Đặc phái viên Mỹ về Trung Đông")]
    assert read("Đặc phái viên về Ukraine Keith Kellogg cho biết.") == [("Keith Kellogg", "Đặc phái viên về Ukraine")]
    assert read("Chuyên gia về đối ngoại Nirmal Ghosh nhận định.") == [("Nirmal Ghosh", "Chuyên gia về đối ngoại")]
    assert read("AP dẫn lời chuyên gia về NATO Jorge Benitez tại viện chiến lược nhận định.")[0] == ("Jorge Benitez", "chuyên gia về NATO")
    assert read("Ông Đặng Văn Ngân, Chi cục phó Chi cục THA huyện Buôn Đôn đã bị bắt.") == [
        ("Đặng Văn Ngân", "Chi cục phó Chi cục THA huyện Buôn Đôn")]
    # Not "về" as a verb after the name, nor a long field that runs on past any name.
    assert read("Chuyên gia Nguyễn Văn An về dự hội thảo.") == [("Nguyễn Văn An", "Chuyên gia")]
    assert read("Đội ngũ của Tổng thống Donald Trump, Đặc phái viên Tổng thống Nga về hợp tác kinh tế - đầu tư với nước ngoài "
                "Kirill Dmitriev khẳng định.")[0] == ("Donald Trump", "Tổng thống")


def test_the_accused_with_their_age_then_their_former_posts():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Cụ thể: bị cáo Trần Cảnh Lạc - 62 tuổi, nguyên chủ tịch HĐQT, tổng giám đốc 10 năm tù.") == [
        ("Trần Cảnh Lạc", "nguyên chủ tịch HĐQT, tổng giám đốc")]
    assert read("Bị cáo Trần Cảnh Lạc (62 tuổi, nguyên chủ tịch HĐQT) lĩnh 10 năm tù.") == [("Trần Cảnh Lạc", "nguyên chủ tịch HĐQT")]
    # The accused with no post is no participant; "bị cáo buộc" is a verb.
    assert read("Bị can Nguyễn Văn An bị bắt tạm giam.") == []
    assert read("Ông Nguyễn Văn An bị cáo buộc tham ô.") == []


def test_a_post_not_yet_or_no_longer_fully_held():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Theo Reuters, Bộ trưởng Ngoại giao được chỉ định của Philippines, ông Perfecto Yasay ngày 1/6 cho biết.") == [
        ("Perfecto Yasay", "Bộ trưởng Ngoại giao được chỉ định của Philippines")]
    assert read("Tổng thống đắc cử Donald Trump tuyên bố.") == [("Donald Trump", "Tổng thống đắc cử")]
    assert read("Tổng thống lâm thời Ahmed al-Sharaa phát biểu.") == [("Ahmed al-Sharaa", "Tổng thống lâm thời")]
    # Appointed to another post: "được chỉ định giữ chức …" is no designate's.
    assert read("Đồng chí Đỗ Trường Thọ - Phó Chủ tịch Ủy ban MTTQ xã Bản Nguyên được chỉ định giữ chức Bí thư Đoàn xã.")[0][1] \
        .startswith("Phó Chủ tịch Ủy ban MTTQ xã Bản Nguyên") is True
    assert "được chỉ định" not in read("Đồng chí Đỗ Trường Thọ - Phó Chủ tịch Ủy ban MTTQ xã Bản Nguyên được chỉ định giữ chức Bí thư Đoàn xã.")[0][1]


def test_a_foreign_city_after_a_post_then_the_name_set_off():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Ông Zelensky vướng tranh cãi với Thị trưởng Odesa - ông Gennadiy Leonidovich Trukhanov.") == [
        ("Gennadiy Leonidovich Trukhanov", "Thị trưởng Odesa")]


def test_a_professions_field_between_it_and_the_name():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Theo nhà nghiên cứu văn hóa Nguyễn Văn An, lễ hội có từ lâu.") == [("Nguyễn Văn An", "nhà nghiên cứu văn hóa")]
    assert read("Nhà nghiên cứu bảo mật Askhan Soltani đã viết.") == [("Askhan Soltani", "Nhà nghiên cứu bảo mật")]
    assert read("Bức tranh của họa sĩ nổi tiếng Rob Prior.") == [("Rob Prior", "họa sĩ nổi tiếng")]
    # A village hall, a village's name, a list's praise.
    assert read("Lễ hội ở nhà văn hóa thôn Đồng Bưng.") == []
    assert read("Sản phẩm của nghệ nhân gốm làng Bồ Bát.") == []
    assert read("Các nhà thiết kế tài hoa Diệp Anh, Trịnh Bích Thủy và Minh Hạnh trình diễn.") == [
        ("Diệp Anh", "nhà thiết kế"), ("Trịnh Bích Thủy", "nhà thiết kế"), ("Minh Hạnh", "nhà thiết kế")]


def test_counterexamples_of_this_sessions_review():
    read = read_paragraphs
    # "rất" and an adjective, "trực tiếp" (directly) are no part of a post.
    assert read("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Tân Phú rất phấn khởi cho biết.") == [("Nguyễn Văn Hùng", "Chủ tịch UBND xã Tân Phú")]
    assert read("Bà Lê Thị Thu, Giám đốc Sở Tài chính trực tiếp chủ trì, cho biết.") == [("Lê Thị Thu", "Giám đốc Sở Tài chính")]
    # "về quê" is going home, not a field; a show, a prize, a studio are no people.
    assert read("Khi nhiều chuyên gia về quê ăn Tết, bác sĩ Nguyễn Văn Lành vẫn ở lại trực.") == [("Nguyễn Văn Lành", "bác sĩ")]
    assert read("Cuộc thi có sự tham gia của giám khảo Vietnam Idol năm nay.") == []
    assert read("Hội đồng giám khảo Giải Báo chí Quốc gia đã chấm 1.200 tác phẩm.") == []
    assert read("Chương trình do biên đạo Sài Gòn Dance Studio dàn dựng.") == []
    # Places that open with "Đại" after a profession.
    for text in ("Giáo viên Đại Từ tham dự hội thi.", "Nghệ nhân Đại Bái trưng bày sản phẩm.", "Ca sĩ Đại Hàn biểu diễn."):
        assert read(text) == [], text


def test_an_editor_of_a_paper_named_in_lower_case_and_a_shop_manager():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Tổng biên tập báo Nhân Dân Lê Quốc Minh phát biểu.") == [("Lê Quốc Minh", "Tổng biên tập báo Nhân Dân")]
    assert read("Ông Nguyễn Văn An, Phó Tổng biên tập báo Vietnamnet, cho biết.") == [("Nguyễn Văn An", "Phó Tổng biên tập báo Vietnamnet")]
    assert read("Ông La Minh Chung, cửa hàng trưởng Cửa hàng xăng dầu số 1 cho biết.") == [
        ("La Minh Chung", "cửa hàng trưởng Cửa hàng xăng dầu số 1")]
    # "báo cáo" (to report) and "báo" (to tell) are verbs.
    assert read("Giám đốc Sở báo cáo UBND tỉnh.") == []
    assert read("Chủ tịch UBND tỉnh Nguyễn Văn An báo Thủ tướng.") == [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]


def test_a_numbered_school_in_a_post():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Bà Phan Thị Tiến Lợi, hiệu trưởng trường tiểu học Tân Lập 1, cho biết.") == [
        ("Phan Thị Tiến Lợi", "hiệu trưởng trường tiểu học Tân Lập 1")]
    assert read("Ông Nguyễn Văn An, Hiệu trưởng Trường THCS Lê Lợi 2, cho biết.") == [("Nguyễn Văn An", "Hiệu trưởng Trường THCS Lê Lợi 2")]
    # A count after the name is no school's number.
    assert read("Ông Nguyễn Văn An, Hiệu trưởng trường tiểu học Tân Lập 3 năm liền đạt chuẩn, cho biết.") == [
        ("Nguyễn Văn An", "Hiệu trưởng trường tiểu học Tân Lập")]


def test_counterexamples_of_this_sessions_second_review():
    read = read_paragraphs
    # A leader by one name, then the next clause's subject, or a dash and one name.
    assert read("Sau cuộc gặp với Tổng thống Trump, ông Tập Cận Bình khẳng định hai nước cần hợp tác.") == [("Trump", "Tổng thống")]
    assert read("Ngoài Thủ tướng Anwar, ông Prabowo Subianto cũng tham dự hội nghị.") == [("Anwar", "Thủ tướng")]
    assert read("Cuộc gặp giữa Tổng thống Putin - ông Trump tại Alaska kéo dài gần 3 giờ.") == [("Putin", "Tổng thống")]
    assert read("Tổng thống Trump - ông chủ Nhà Trắng - tuyên bố sẽ áp thuế mới.") == [("Trump", "Tổng thống")]
    # A verb after a post set off by commas is no qualifier of it.
    assert read("Ông Nguyễn Văn Hải, Phó Giám đốc Sở Xây dựng được chỉ định tham gia Ban chỉ đạo.") == [("Nguyễn Văn Hải", "Phó Giám đốc Sở Xây dựng")]
    assert read("Ông Nguyễn Văn Tâm, Chủ tịch HĐND xã đắc cử với số phiếu tuyệt đối.") == [("Nguyễn Văn Tâm", "Chủ tịch HĐND xã")]
    assert read("Ông Joe Biden, Tổng thống Mỹ mãn nhiệm vào tháng 1/2025, vẫn tích cực hoạt động.") == [("Joe Biden", "Tổng thống Mỹ")]
    # A verb and its object are no profession's field.
    for text in ("Nhiều nhạc sĩ phổ thơ Nguyễn Bính thành những ca khúc nổi tiếng.", "Các nhà nghiên cứu tác phẩm Nguyễn Du đã có nhiều phát hiện mới.",
                 "Nhiều họa sĩ vẽ chân dung Trịnh Công Sơn đã góp tranh.", "Đạo diễn chuyển thể truyện Nguyễn Nhật Ánh thành phim."):
        assert read(text) == [], text
    # An expert's field ending in a place, then the name.
    assert read("Chuyên gia về an ninh Mỹ Gregory Poling nhận định Bắc Kinh sẽ phản ứng mạnh.") == [("Gregory Poling", "Chuyên gia về an ninh Mỹ")]
    assert read("Đặc phái viên về hòa bình Trung Đông Steve Witkoff tới Cairo.") == [("Steve Witkoff", "Đặc phái viên về hòa bình Trung Đông")]
    # A coordinator's field, as an envoy's (round178-a, Báo Chính phủ); not where he goes.
    assert read("Ông Ahmed Eiweida, Điều phối viên toàn cầu về Di sản văn hóa và Du lịch bền vững của Ngân hàng Thế giới (WB) cho biết, "
                "du lịch sẽ phục hồi.") == [("Ahmed Eiweida", "Điều phối viên toàn cầu về Di sản văn hóa và Du lịch bền vững của Ngân hàng Thế giới (WB)")]
    assert read("Điều phối viên Nguyễn Văn An về quê ăn Tết.") == [("Nguyễn Văn An", "Điều phối viên")]
    # A judge by name; "báo" (to report to) after a post.
    assert read("Giám khảo Nguyễn Quang Dũng đánh giá cao tiết mục này.") == [("Nguyễn Quang Dũng", "Giám khảo")]
    assert read("Phát hiện sự việc, ông Nguyễn Văn Bình, Trưởng thôn Đông báo Công an xã đến xử lý.") == [("Nguyễn Văn Bình", "Trưởng thôn Đông")]


def test_the_post_of_the_decision_a_person_is_handed():
    # A personnel caption (round115-a, a VnExpress photo): "Ông A (phải) khi nhận quyết định bổ
    # nhiệm Chánh văn phòng …": the post the decision gives him, and no time after it.
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Ông Nguyễn Văn Vinh (phải) khi nhận quyết định bổ nhiệm Chánh văn phòng UBND TP Cần Thơ đầu tháng 3/2021.") == [
        ("Nguyễn Văn Vinh", "Chánh văn phòng UBND TP Cần Thơ")]
    assert read("Ông Trần Đức Thành (trái) nhận quyết định bổ nhiệm làm quyền Tổng giám đốc MobiFone.") == [
        ("Trần Đức Thành", "quyền Tổng giám đốc MobiFone")]
    assert read("Ông Lê Văn Bình nhận quyết định điều động, bổ nhiệm có thời hạn giữ chức Giám đốc Sở Y tế.") == [
        ("Lê Văn Bình", "Giám đốc Sở Y tế")]
    # (or, after the posts he leaves, the one he is given: round178-d, VnExpress)
    assert read("Hai hôm trước, ông Lại Xuân Môn nhận quyết định thôi tham gia Ban Chấp hành và thôi giữ chức Bí thư Tỉnh ủy "
                "Cao Bằng nhiệm kỳ 2020-2025; được điều động, phân công giữ chức Phó trưởng Ban Tuyên giáo Trung ương.") == [
        ("Lại Xuân Môn", "Phó trưởng Ban Tuyên giáo Trung ương")]
    assert read("Ông Lại Xuân Môn nhận quyết định thôi giữ chức Bí thư; được nghỉ hưu theo chế độ.") == []
    # (a decision that gives no post, and one he refused)
    assert read("Ông Nguyễn Văn Tuân đã không nhận quyết định luân chuyển công tác.") == []
    assert read("Ông Nguyễn Văn An nhận quyết định nghỉ hưu từ tháng 5.") == []


def test_a_bodys_fields_joined_by_a_dash_go_on_with_the_post():
    # Round178-b (VnExpress), round164-b, round77-f: "khoa Sân khấu - Điện ảnh - Viết văn",
    # "Phòng Tổ chức cán bộ – Lao động": one body's fields; a name after the dash is no field.
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Đại tá Trần Thanh Bạch, chủ nhiệm khoa Sân khấu - Điện ảnh - Viết văn của Đại học Văn hóa Nghệ thuật Quân đội nói buồn.") == [
        ("Trần Thanh Bạch", "Đại tá, chủ nhiệm khoa Sân khấu - Điện ảnh - Viết văn của Đại học Văn hóa Nghệ thuật Quân đội")]
    assert read("Bà Trần Thị Loan, Trưởng Phòng Tổ chức cán bộ – Lao động cho biết.") == [("Trần Thị Loan", "Trưởng Phòng Tổ chức cán bộ – Lao động")]
    assert read("Trưởng thôn bản Lác - Lò Văn An phát biểu.") == [("Lò Văn An", "Trưởng thôn bản Lác")]
    assert read("Trưởng khoa Ngoại - Ông Nguyễn Văn An cho biết.") == [("Nguyễn Văn An", "Trưởng khoa Ngoại")]


def test_countries_by_their_vietnamese_names():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Cùng tổng thống Pháp François Hollande và thủ tướng Ý Matteo Renzi đã đến.") == [
        ("François Hollande", "tổng thống Pháp"), ("Matteo Renzi", "thủ tướng Ý")]
    assert read("Thái tử Ả Rập Xê Út Mohammed bin Salman đến thăm.") == [("Mohammed bin Salman", "Thái tử Ả Rập Xê Út")]
    assert read("Thủ tướng Pakistan Anwar ul Haq Kakar phát biểu.") == [("Anwar ul Haq Kakar", "Thủ tướng Pakistan")]  # "ul", as "bin"
    assert read("Bà Nguyễn Thị Như Ý, Chủ tịch UBND xã, phát biểu.") == [("Nguyễn Thị Như Ý", "Chủ tịch UBND xã")]  # "Ý" a given name too


def test_a_fuller_post_given_with_a_short_form_of_the_name_wins():
    read = lambda *blocks: [(p.name, p.role) for p in participants(list(blocks))]  # noqa: E731
    assert read(("Tổng thống Donald Trump phát biểu.", False), ("Tổng thống Mỹ Trump nói thêm.", False)) == [("Donald Trump", "Tổng thống Mỹ")]


def test_a_post_one_person_holds_set_off_after_another_name_is_the_next_clauses_subject():
    read = read_paragraphs
    visit = "Chủ tịch nước Lương Cường tiếp Bộ trưởng Bộ Chiến tranh Mỹ Pete Hegseth."
    talks = "Đánh giá cao kết quả hội đàm giữa Bộ trưởng Hegseth và Bộ trưởng Phan Văn Giang, Chủ tịch nước hoan nghênh việc hai bên nhất trí."
    assert ("Phan Văn Giang", "Bộ trưởng") in read(visit, talks)
    # Where no one else is named by it, the post is his.
    assert read("Ông Võ Văn Thưởng, Ủy viên Bộ Chính trị, Chủ tịch nước dự.") == [("Võ Văn Thưởng", "Ủy viên Bộ Chính trị, Chủ tịch nước")]


def test_counterexamples_of_a_review_of_this_sessions_rules():
    read = read_paragraphs
    # Whom one speaks to is no post set off before a name.
    assert read("Trả lời phóng viên Tuổi Trẻ, Nguyễn Thị Lan, giáo viên Trường Tiểu học Kim Đồng, cho hay.") == [
        ("Nguyễn Thị Lan", "giáo viên Trường Tiểu học Kim Đồng")]
    # A Vietnamese name's post ending in a firm is his, the firm no one.
    assert read("Chủ tịch HĐQT Nguyễn Thị Phương Thảo, Tổng Giám đốc Vietjet Air, cho biết.") == [
        ("Nguyễn Thị Phương Thảo", "Chủ tịch HĐQT, Tổng Giám đốc Vietjet Air")]
    # A body named after a person, then a dash and its place, is no name ending the post.
    assert read("BS.CKII Lê Văn An - Giám đốc Bệnh viện Nguyễn Đình Chiểu - Bến Tre cho biết.") == [
        ("Lê Văn An", "Giám đốc Bệnh viện Nguyễn Đình Chiểu - Bến Tre")]
    # A top post kept with the party's ranks, and by other countries' or other times' holders.
    assert read("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính dự lễ.", "Năm 1958, Thủ tướng Chính phủ Phạm Văn Đồng đã ký.")[0] == (
        "Phạm Minh Chính", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ")
    assert read("Tổng Bí thư, Chủ tịch nước Thongloun Sisoulith dự.", "Chủ tịch nước Lương Cường tiếp.")[0] == (
        "Thongloun Sisoulith", "Tổng Bí thư, Chủ tịch nước")
    # An interview's answer under the speaker's post is no list of results.
    assert read("Bộ trưởng: Thủ tướng Phạm Minh Chính đã chỉ đạo rất quyết liệt.") == [("Phạm Minh Chính", "Thủ tướng")]
    assert read("Chủ tịch UBND tỉnh: Lê Văn Hùng và Trần Minh Tâm là hai cán bộ vi phạm.") == []
    # An artist's calling goes along a list, not along whom else the sentence names.
    assert read("Bộ phim của đạo diễn Victor Vũ, Kaity Nguyễn và Thái Hòa đóng vai chính.") == [("Victor Vũ", "đạo diễn")]
    # Two words after "dự án", "ngân hàng" may be a person; after "Bệnh viện", the hospital.
    assert read("Giám đốc Ban quản lý dự án Lê Hùng cho biết.") == [("Lê Hùng", "Giám đốc Ban quản lý dự án")]
    assert read("Ông Lê Văn Hà, kỹ thuật viên Bệnh viện Bạch Mai, cho biết.") == [("Lê Văn Hà", "kỹ thuật viên Bệnh viện Bạch Mai")]
    # A place named after a figure of history names no one.
    for text in ("Lăng Tả quân Lê Văn Duyệt được trùng tu năm 2008.", "Đền thờ Thái sư Trần Thủ Độ nằm ở Thái Bình.",
                 "Trường THPT Tể tướng Nguyễn Văn Tường khai giảng.", "Đoàn đã viếng lăng Tả quân Lê Văn Duyệt.",
                 "Khu di tích đền thờ Thái sư Trần Thủ Độ được công nhận."):
        assert read(text) == [], text
    # "dân biểu" only as a post, not inside "nhân dân biểu dương", "dân biểu tình".
    assert read("Chủ tịch Ủy ban nhân dân biểu dương em Nguyễn Thị Lan đã trả lại tài sản.") == []


def test_counterexamples_of_a_second_review():
    read = read_paragraphs
    # A top post set off after another's name is the next clause's subject, whatever post he has.
    assert read("Chủ tịch nước Lương Cường làm việc với tỉnh.", "Báo cáo với Bí thư Tỉnh ủy Nguyễn Đức Trung, Chủ tịch nước nhấn mạnh.")[1] == (
        "Nguyễn Đức Trung", "Bí thư Tỉnh ủy")
    # A dash after the name ends the post wherever the name stands, but for a body named after a person.
    assert read("Đại biểu Quốc hội Phạm Văn Hòa - Đoàn ĐBQH tỉnh Đồng Tháp cho rằng cần sửa.") == [("Phạm Văn Hòa", "Đại biểu Quốc hội")]
    # An artist's calling along three names or more; a reporter set off before a name when no one speaks to him.
    assert read("Đêm nhạc có sự góp mặt của ca sĩ Mỹ Tâm, Hà Anh Tuấn, Tùng Dương…") == [
        ("Mỹ Tâm", "ca sĩ"), ("Hà Anh Tuấn", "ca sĩ"), ("Tùng Dương", "ca sĩ")]
    assert read("Sau buổi chiếu, đạo diễn Victor Vũ, Kaity Nguyễn và Thái Hòa đã giao lưu với khán giả.") == [("Victor Vũ", "đạo diễn")]
    assert read("Theo phóng viên hãng tin Reuters tại Kyiv, Tom Balmforth, nhiều tiếng nổ vang lên.") == [
        ("Tom Balmforth", "phóng viên hãng tin Reuters tại Kyiv")]
    # Results of several posts, one after another.
    assert read("Chủ tịch: ông Nguyễn Văn Hùng; Phó Chủ tịch: bà Trần Thị Mai và ông Lê Văn Tâm.") == [
        ("Nguyễn Văn Hùng", "Chủ tịch"), ("Trần Thị Mai", "Phó Chủ tịch"), ("Lê Văn Tâm", "Phó Chủ tịch")]


def test_a_name_in_vietnamese_syllables_after_a_country_that_writes_its_names_so():
    assert named("Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh nói.") == [
        ("Hoa Xuân Oánh", "Người phát ngôn Bộ Ngoại giao Trung Quốc")]
    assert named("trong đoạn ghi âm với cựu Thủ tướng Campuchia Hun Sen.") == [("Hun Sen", "cựu Thủ tướng Campuchia")]
    # Not a place after the country, nor such a run after another country.
    assert named("Đại sứ Campuchia Tại Việt Nam cho biết.") == []
    assert named("Đại sứ Pháp Hoa Xuân Oánh cho biết.") == []


def test_the_honorific_ngai_before_a_name_is_not_part_of_it():
    assert named("như Chủ tịch nước Cộng hoà Italia Ngài Sergio Mattarella đã nhắc đến.") == [
        ("Sergio Mattarella", "Chủ tịch nước Cộng hòa Italia")]


def test_a_british_peers_or_knights_title_before_a_name_is_not_part_of_it():
    assert named("cựu Bộ trưởng Ngoại giao Vương quốc Anh Lord William Hague sẽ giảng dạy.") == [
        ("William Hague", "cựu Bộ trưởng Ngoại giao Vương quốc Anh")]
    assert named("HLV Sir Alex Ferguson nói.") == [("Alex Ferguson", "HLV")]


def test_a_prosecutor_general_is_a_post():
    assert named("Trước đó, Tổng Công tố Liên bang Nga Alexander Gutsan đã thay mặt Liên bang Nga ký Công ước.") == [
        ("Alexander Gutsan", "Tổng Công tố Liên bang Nga")]


def test_two_fields_of_a_body_in_title_case_joined_after_a_lower_case_word():
    assert named("Phó Giám đốc điều hành Trung tâm Huấn luyện và Thi đấu TDTT Hà Nội Phan Anh Tú phân tích.") == [
        ("Phan Anh Tú", "Phó Giám đốc điều hành Trung tâm Huấn luyện và Thi đấu TDTT Hà Nội")]
    # Not a second post or a person after "và".
    assert named("Giám đốc Trung tâm Huấn luyện và Phó Giám đốc Sở Nguyễn Văn An dự.") != [
        ("Nguyễn Văn An", "Giám đốc Trung tâm Huấn luyện và Phó Giám đốc Sở")]


def test_a_coach_by_his_one_name_is_not_the_post_of_the_club_before_him():
    assert named("để sang Tây Ban Nha khoác áo Real Madird, HLV Ferguson cho rằng tiền đạo Hà Lan là một người thô lỗ.") == [
        ("Ferguson", "HLV")]


def test_a_two_syllable_name_after_a_commune_of_two_words():
    assert named("Phó Chủ tịch UBND xã Nâm Nung Lê Sơn cho biết, tình hình sạt lở.") == [("Lê Sơn", "Phó Chủ tịch UBND xã Nâm Nung")]
    # Not a commune's full name in a post set off after its holder's name.
    assert ("Lâm Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Sơn") not in named(
        "Ông Nguyễn Hải Phương – Chủ tịch Ủy ban MTTQ Việt Nam xã Phú Sơn Lâm Hà cho biết.")


def test_counterexamples_of_the_review_of_session_13():
    # A firm's foreign name after the country is no part of its chairman's name.
    assert named("Chủ tịch tập đoàn Hàn Quốc Samsung Lee Jae-yong đã có chuyến thăm Việt Nam.") == [
        ("Lee Jae-yong", "Chủ tịch tập đoàn Hàn Quốc Samsung")]
    assert named("Chủ tịch tập đoàn Trung Quốc Alibaba Joe Tsai cho biết công ty sẽ tái cơ cấu.") == [
        ("Joe Tsai", "Chủ tịch tập đoàn Trung Quốc Alibaba")]
    # A post's office is a body: the next name set off after it does not hold the post.
    assert named("Theo Văn phòng Tổng Công tố Ukraine, ông Andriy Yermak đã bị khám xét nhà.") == []
    assert named("Theo Văn phòng Tổng thống Ukraine, ông Andriy Yermak đã bị khám xét nhà.") == []
    assert named("Theo Văn phòng Tổng Công tố Ukraine, Tổng thống Volodymyr Zelensky đã ký sắc lệnh.") == [
        ("Volodymyr Zelensky", "Tổng thống")]
    assert named("Chánh Văn phòng Tỉnh ủy, ông Nguyễn Văn An cho biết.") == [("Nguyễn Văn An", "Chánh Văn phòng Tỉnh ủy")]


def test_a_name_set_off_after_a_post_then_what_he_says():
    assert named("Trong khi đó, Giám đốc thể thao Barca, Robert Fernandez thông báo hôm qua.") == [
        ("Robert Fernandez", "Giám đốc thể thao Barca")]
    assert named("Trong văn bản do Phó chánh văn phòng Thành Ủy, Tăng Phước Lộc ký có nêu rõ.") == [
        ("Tăng Phước Lộc", "Phó chánh văn phòng Thành Ủy")]
    # Not places listed after a post.
    assert named("Chủ tịch UBND các phường Quang Trung, Lê Lợi cho biết.") == []


def test_a_name_spelt_again_in_latin_letters_after_it_ends_the_post():
    assert named("và Trưởng đoàn đàm phán thương mại Lý Thành Cương (Li Chenggang) bên lề Hội nghị.") == [
        ("Lý Thành Cương", "Trưởng đoàn đàm phán thương mại")]
    # Not a place in brackets after a school named after a person.
    assert named("Hiệu trưởng Trường THPT Phan Bội Châu (TP Vinh) cho biết.") == []


def test_japans_emperor_by_his_one_name():
    assert named("Nhật hoàng Akihito đã có bài phát biểu trên truyền hình.") == [("Akihito", "Nhật hoàng")]


def test_more_verbs_of_saying_end_a_post_set_off_after_a_name():
    assert named("Tại hội nghị, ông Nguyễn Thiện Nhân, Bí thư Thành ủy TP.HCM ví von, \"TP.HCM như một tổng công ty\".") == [
        ("Nguyễn Thiện Nhân", "Bí thư Thành ủy TP.HCM")]
    assert named("Bà Lê Thị Hoa, giáo viên Trường Tiểu học Kim Đồng tâm sự về nghề.") == [
        ("Lê Thị Hoa", "giáo viên Trường Tiểu học Kim Đồng")]


def test_a_vietnamese_name_then_the_next_sentence_run_into_it():
    assert named("trong thời đại mới Đại tướng Võ Nguyên Giáp Trong thư gửi trước ngày hội, ông viết.") == [
        ("Võ Nguyên Giáp", "Đại tướng")]
    # A given name that is also such a word stays.
    assert named("Cục trưởng Cục Phát thanh, Truyền hình và Thông tin điện tử Lê Quang Tự Do cho biết.") == [
        ("Lê Quang Tự Do", "Cục trưởng Cục Phát thanh, Truyền hình và Thông tin điện tử")]


def test_a_provinces_youth_union_then_the_province_is_no_name():
    assert named("Bí thư Tỉnh Đoàn Sơn La cho biết.") == []
    assert named("Phó Chủ tịch HĐND tỉnh Đoàn Văn Phi cho biết.") == [("Đoàn Văn Phi", "Phó Chủ tịch HĐND tỉnh")]


def test_two_posts_joined_by_a_dash_before_one_body():
    assert named("Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam Nguyễn Thị Thu Hà đã trao quà.") == [
        ("Nguyễn Thị Thu Hà", "Phó Chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam")]
    # Not a post, a dash, then its holder.
    assert named("Giám đốc Sở Y tế - ông Nguyễn Văn Toán cho biết.") == [("Nguyễn Văn Toán", "Giám đốc Sở Y tế")]


def test_counterexamples_of_the_second_review_of_session_13():
    # A person named Đoàn after a place ending in "Thành", or after a capitalised unit.
    assert named("Chủ tịch UBND xã Tân Thành Đoàn Văn Hùng cho biết xã đã di dời 30 hộ dân.") == [
        ("Đoàn Văn Hùng", "Chủ tịch UBND xã Tân Thành")]
    assert named("Phó Chủ tịch UBND Tỉnh Đoàn Văn Việt ký quyết định thành lập đoàn kiểm tra.") == [
        ("Đoàn Văn Việt", "Phó Chủ tịch UBND Tỉnh")]
    # Whom one met, then who speaks: the post is not the speaker's.
    assert named("Sau cuộc gặp với Tổng thống Pháp, Volodymyr Zelensky cho biết Ukraine sẽ nhận thêm hệ thống phòng không.") == []
    assert named("Phát biểu sau cuộc hội đàm với Bộ trưởng Quốc phòng Mỹ, Andrei Belousov nhấn mạnh Nga sẵn sàng đối thoại.") == []
    # A firm's Vietnamese reading, then its brand in brackets, then the person.
    assert named("Nhà sáng lập tập đoàn Hồng Hải (Foxconn) Quách Đài Minh cho biết.") == [
        ("Quách Đài Minh", "Nhà sáng lập tập đoàn Hồng Hải (Foxconn)")]
    # "Nhật Hoàng", a given name, is no emperor.
    assert named("Diễn viên Nhật Hoàng vừa nhận giải thưởng.") == [("Nhật Hoàng", "Diễn viên")]


def test_a_sheikhs_title_of_honour_and_a_burmese_name_after_a_rank():
    assert named("sau cuộc gặp với Quốc vương Qatar Sheikh Tamim bin Hamad Al Thani trong chuyến dừng.") == [
        ("Tamim bin Hamad Al Thani", "Quốc vương Qatar")]
    assert named("Đại tướng Zaw Min Tun, phát ngôn viên của Hội đồng Quốc phòng và An ninh Quốc gia Myanmar, cho biết.") == [
        ("Zaw Min Tun", "Đại tướng, phát ngôn viên của Hội đồng Quốc phòng và An ninh Quốc gia Myanmar")]
    # Not a firm and a place after a post that is no rank.
    assert named("Giám đốc Sacombank Cam Ranh cho biết.") == []


def test_a_body_stationed_somewhere_a_fisheries_association_and_an_expectation():
    assert named("Ông Bùi Tân Nguyên, Giám đốc Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải khu vực 2 đóng tại Đà Nẵng, cho biết.") == [
        ("Bùi Tân Nguyên", "Giám đốc Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải khu vực 2")]
    assert named("Chủ tịch Hội Nghề cá Phạm Việt Thắng cho biết.") == [("Phạm Việt Thắng", "Chủ tịch Hội Nghề cá")]
    assert named("Ông Nguyễn Chánh Duy, Giám đốc Cảng hàng không Buôn Ma Thuột kỳ vọng đường băng sớm được sửa.") == [
        ("Nguyễn Chánh Duy", "Giám đốc Cảng hàng không Buôn Ma Thuột")]


def test_counterexamples_of_the_third_review_of_session_13():
    # "đóng" ends a post only as "stationed at".
    assert named("Ông Lê Văn Hùng, Giám đốc Nhà máy đóng tàu Dung Quất, cho biết.") == [
        ("Lê Văn Hùng", "Giám đốc Nhà máy đóng tàu Dung Quất")]
    assert named("Bà Lê Thị Hoa, Trưởng ban vận động đóng góp xây trường, cho biết.") == [
        ("Lê Thị Hoa", "Trưởng ban vận động đóng góp xây trường")]
    # A post opening its clause after a word with no comma, then the name set off and a verb.
    assert named("Trong khi đó Thủ tướng Israel, Benjamin Netanyahu nói.") == [("Benjamin Netanyahu", "Thủ tướng Israel")]
    assert named("Hôm qua Bộ trưởng Quốc phòng Mỹ, Pete Hegseth tuyên bố.") == [("Pete Hegseth", "Bộ trưởng Quốc phòng Mỹ")]
    assert named("Theo Bộ trưởng Ngoại giao Iran, Abbas Araghchi cho biết.") == [("Abbas Araghchi", "Bộ trưởng Ngoại giao Iran")]


def test_the_fields_in_charge_of_in_apposition_closed_before_speech():
    # "vấn đề" (a pair) is no verb opening with "đề" ("đề nghị"): the apposition goes on to its comma.
    assert named("Ông Tom Fletcher, Phó Tổng thư ký LHQ phụ trách các vấn đề nhân đạo, cho biết tình hình rất tồi tệ.") == [
        ("Tom Fletcher", "Phó Tổng thư ký LHQ phụ trách các vấn đề nhân đạo")]
    # Not where the apposition does not close before speech: "đề nghị" is what he did.
    assert named("Ông Lê Văn Hùng, Giám đốc Sở Y tế đề nghị các bệnh viện tăng cường trực.") == [
        ("Lê Văn Hùng", "Giám đốc Sở Y tế")]


def test_an_apposition_closed_by_speech_right_after_the_bodys_name():
    assert named("Tại Thung lũng Silicon, Peter Levine, đối tác của hãng đầu tư Andreessen Horowitz nói: “Doanh thu tăng”.") == [
        ("Peter Levine", "đối tác của hãng đầu tư Andreessen Horowitz")]
    assert named("Bà Emma Li, nhà phân tích hàng đầu về Trung Quốc tại Vortexa cho biết lượng dầu nhập giảm.") == [
        ("Emma Li", "nhà phân tích hàng đầu về Trung Quốc tại Vortexa")]
    # A verb before the speech still ends the post where it stood.
    assert named("Ông Lê Văn Hùng, Giám đốc Sở Y tế làm việc với Bệnh viện Bạch Mai nói rằng sẽ hỗ trợ.") == [
        ("Lê Văn Hùng", "Giám đốc Sở Y tế")]


def article_named(*paragraphs: str) -> list[tuple[str, str]]:
    return read_paragraphs(*paragraphs)


def test_a_firm_the_article_names_alone_is_no_first_word_of_the_name_after_it():
    assert article_named(
        "CEO Atlassian Scott Farquhar nói. Chủ tịch Atlassian Jay Simons cho hay công ty tiết kiệm chi phí.",
        "Hai người thành lập Atlassian khi còn học đại học.",
    ) == [("Scott Farquhar", "CEO Atlassian"), ("Jay Simons", "Chủ tịch Atlassian")]
    # Without the firm named alone, a three-word name is kept whole.
    assert article_named("Tổng thống Recep Tayyip Erdogan phát biểu tại Ankara.") == [
        ("Recep Tayyip Erdogan", "Tổng thống")]
    # A family name written first, named alone ("của Lee"), stays the name's first word.
    assert article_named("Nữ diễn viên Lee Seung Yeon xuất hiện.", "Sự nghiệp của Lee bị ảnh hưởng.") == [
        ("Lee Seung Yeon", "Nữ diễn viên")]
    # Nor a given name before a particle: "độc lập Alexander van der Bellen".
    assert article_named("Ứng cử viên độc lập Alexander van der Bellen thắng cử.") == [
        ("Alexander van der Bellen", "Ứng cử viên độc lập")]


def test_cambodian_titles_of_honour_before_the_name():
    assert named("Thủ tướng Chính phủ Vương quốc Campuchia Samdech Thipadei Hun Manet đã ban hành một chỉ thị.") == [
        ("Hun Manet", "Thủ tướng Chính phủ Vương quốc Campuchia")]
    assert named("Chủ tịch Thượng viện Campuchia Samdech Techo Hun Sen tiếp đoàn.") == [("Hun Sen", "Chủ tịch Thượng viện Campuchia")]


def test_a_post_ending_in_where_before_a_capitalised_place_names_no_one():
    assert named("Kể từ khi ghế HLV ở Old Trafford đổi chủ, Giggs đã sẵn sàng ra đi.") == []
    # A post's own place after "ở" goes on with it, and the name after the place is read.
    assert named("Giám đốc Sở Y tế ở Hà Nội Nguyễn Văn An cho biết.") == [("Nguyễn Văn An", "Giám đốc Sở Y tế ở Hà Nội")]


def test_a_calling_its_field_praise_and_people_then_a_foreign_name():
    assert named("Xuất hiện trong buổi ra mắt, diễn viên điện ảnh nổi tiếng người Úc Russell Crowe mô tả hoàn cảnh.") == [
        ("Russell Crowe", "diễn viên điện ảnh nổi tiếng người Úc")]
    assert named("Nhà nghiên cứu văn hóa người Pháp Jean Dupont cho biết.") == [("Jean Dupont", "Nhà nghiên cứu văn hóa người Pháp")]
    # A people named and no one after it.
    assert named("Nhà văn nổi tiếng người Việt chia sẻ về quê hương.") == []


def test_a_commentator_is_a_calling():
    assert named("Nhà bình luận chính trị David Frum viết trên mạng xã hội X.") == [("David Frum", "Nhà bình luận chính trị")]
    assert named("Bình luận viên Quang Huy nhận định trận đấu.") == [("Quang Huy", "Bình luận viên")]
    assert named("Các nhà bình luận cho rằng giá sẽ tăng.") == []


def test_counterexamples_of_the_review_of_session_14():
    # "Post là Name" was taken back: the post is often the object of what comes before it.
    assert named("Ngồi cạnh Thủ tướng là Nguyễn Văn Thắng, Bộ trưởng Bộ Tài chính.") == [("Nguyễn Văn Thắng", "Bộ trưởng Bộ Tài chính")]
    assert named("Vợ của Tổng thống là Melania Trump cũng có mặt tại buổi lễ.") == []
    assert named("Một trong những người ủng hộ Tổng thống là Elon Musk.") == []
    # A leader the article calls by the first word of the name ("Chính phủ của Paetongtarn") keeps it.
    for paragraphs, person in [
        (("Thủ tướng Thái Lan Paetongtarn Shinawatra bị đình chỉ chức vụ.", "Chính phủ của Paetongtarn đang gặp khủng hoảng."),
         ("Paetongtarn Shinawatra", "Thủ tướng Thái Lan")),
        (("Thủ tướng Malaysia Anwar Ibrahim phát biểu tại hội nghị.", "Chính phủ của Anwar cam kết cải cách."),
         ("Anwar Ibrahim", "Thủ tướng Malaysia")),
        (("Thủ tướng Nhật Bản Ishiba Shigeru tuyên bố từ chức.", "Nội các của Ishiba chỉ tồn tại một năm."),
         ("Ishiba Shigeru", "Thủ tướng Nhật Bản")),
        (("Cựu tổng thống Brazil Luiz Inacio Lula da Silva tái đắc cử.", "Chiến thắng của Luiz được chào đón."),
         ("Luiz Inacio Lula da Silva", "Cựu tổng thống Brazil")),
        (("Thủ tướng Anh Keir Starmer cho biết.", "Nội các của Keir đối mặt nhiều áp lực."), ("Keir Starmer", "Thủ tướng Anh")),
    ]:
        assert article_named(*paragraphs) == [person], paragraphs
    # What he did is no field of his post, before "vấn đề" or before a body and his words.
    assert named("Ông Antony Blinken, Ngoại trưởng Mỹ thảo luận các vấn đề khu vực, cho biết hai bên đạt đồng thuận.") == [
        ("Antony Blinken", "Ngoại trưởng Mỹ")]
    assert named("Bà Lê Thị Hoa, Trưởng ban Dân vận huyện đặt vấn đề, cho biết người dân đồng tình.") == [
        ("Lê Thị Hoa", "Trưởng ban Dân vận huyện")]
    assert named("Ông Lê Văn Dũng, Chủ tịch UBND huyện thảo luận với Sở Tài chính Quảng Nam cho biết sẽ bố trí vốn.") == [
        ("Lê Văn Dũng", "Chủ tịch UBND huyện")]
    assert named("Ông Scott Bessent, Bộ trưởng Tài chính Mỹ đàm phán với Trung Quốc tại Geneva nói hai bên đạt tiến triển.") == [
        ("Scott Bessent", "Bộ trưởng Tài chính Mỹ")]
    # ... while the fields one is in charge of, or an expert on, stay, and a pair ("Ngoại giao") goes on.
    assert named("Bà Trần Thị Lan, chuyên gia về vấn đề biển Đông, cho biết.") == [("Trần Thị Lan", "chuyên gia về vấn đề biển Đông")]
    assert named("Edward Fishman, cựu quan chức cấp cao về trừng phạt của Bộ Ngoại giao Mỹ cho rằng hiệu quả còn chờ xem.") == [
        ("Edward Fishman", "cựu quan chức cấp cao về trừng phạt của Bộ Ngoại giao Mỹ")]


def test_a_supermodel_and_a_stylist_are_callings():
    assert named("Bên cạnh ekip như biên đạo Minh Thư, stylist Hoàng Ku, MV còn có sự xuất hiện của Siêu mẫu Vĩnh Thuỵ.") == [
        ("Minh Thư", "biên đạo"), ("Hoàng Ku", "stylist"), ("Vĩnh Thụy", "Siêu mẫu")]
    assert named("Các siêu mẫu đều có mặt tại buổi diễn.") == []


def test_where_one_lives_set_off_between_the_name_and_the_post():
    assert named("Giữ vai trò kết nối, chị Trần Thị Mai Vy, ở phường Kon Tum, Trưởng nhóm thiện nguyện Hoa Sen cho biết.") == [
        ("Trần Thị Mai Vy", "Trưởng nhóm thiện nguyện Hoa Sen")]
    assert named("Ông Nguyễn Văn An, trú xã Hòa Bình, Chủ tịch Hội Nông dân xã cho biết, năm nay được mùa.") == [
        ("Nguyễn Văn An", "Chủ tịch Hội Nông dân xã")]
    assert named("Ông Nguyễn Văn An, ở xã Hòa Bình, cho biết năm nay được mùa.") == []


def test_a_korean_given_name_hyphened_with_a_capital():
    assert named("Tại lễ duyệt binh, Nhà lãnh đạo Triều Tiên Kim Jong-Un đã giới thiệu một số vũ khí.") == [
        ("Kim Jong-Un", "Nhà lãnh đạo Triều Tiên")]
    assert named("Chủ tịch nước tiếp Thị trưởng thành phố Busan Park Heong-Joon tại Hà Nội.") == [
        ("Park Heong-Joon", "Thị trưởng thành phố Busan")]
    # A post glued to the name by a hyphen is no part of it.
    assert named("Ông Đinh Hnơi-Bí thư Chi bộ làng Keo-cho biết: làng có 52 hộ.") == [("Đinh Hnơi", "Bí thư Chi bộ làng Keo")]


def test_a_name_with_particles_after_a_bodys_acronym():
    assert named("Chủ tịch EC Ursula von der Leyen thừa nhận vấn đề này rất phức tạp.") == [("Ursula von der Leyen", "Chủ tịch EC")]
    # Four words after a firm's acronym still open with its brand.
    assert named("Chủ tịch SK Hynix Chey Tae Won cho biết.") == [("Chey Tae Won", "Chủ tịch SK Hynix")]


def test_xac_nhan_is_a_verb_of_saying():
    assert named("Trao đổi với phóng viên, Đội trưởng Đội điều tra Công an TP Hòa Bình, Nguyễn Công Bình xác nhận sự việc trên.") == [
        ("Nguyễn Công Bình", "Đội trưởng Đội điều tra Công an TP Hòa Bình")]
    assert named("Ông Lê Văn Hùng, Giám đốc Sở Y tế xác nhận thông tin.") == [("Lê Văn Hùng", "Giám đốc Sở Y tế")]


def test_nu_before_a_post_or_a_calling_is_part_of_the_role():
    assert named("Nữ tướng Nguyễn Thị Định là Phó Tư lệnh Quân Giải phóng miền Nam.")[0] == ("Nguyễn Thị Định", "Nữ tướng")
    assert named("Tổng thống Mỹ sẽ gặp nữ thủ tướng mới đắc cử Sanae Takaichi tại Tokyo.") == [
        ("Sanae Takaichi", "nữ thủ tướng mới đắc cử")]
    assert named("Buổi diễn có sự tham gia của nữ diễn viên Jamie King.") == [("Jamie King", "nữ diễn viên")]
    # The women's union is no woman's post.
    assert named("Tại Hội Liên hiệp Phụ nữ Chủ tịch Hà Thị Nga phát biểu.") == [("Hà Thị Nga", "Chủ tịch")]


def test_counterexamples_of_the_second_review_of_session_14():
    # Beside another's post, the name after the comma is no one's holding it.
    assert named("Bên cạnh Giám đốc Sở Xây dựng, Nguyễn Văn Hải xác nhận dự án chậm tiến độ.") == []


def test_a_foreign_name_opening_the_sentence_then_its_post_closed_by_his_words():
    assert named("Tim Ingham, người sáng lập của Music Business Worldwide cho rằng đây là thời điểm hoàn hảo.") == [
        ("Tim Ingham", "người sáng lập của Music Business Worldwide")]
    # Not where the post names its own holder and goes on.
    assert named("Phát biểu ở Los Angeles, Thị trưởng Karen Bass cho biết thành phố đã sẵn sàng.") == [("Karen Bass", "Thị trưởng")]


def test_a_post_in_lower_case_several_hold_then_la_and_each_man():
    assert named("Các phó tổng giám đốc là ông Nguyễn Tấn Thọ, ông Nguyễn Hùng Cường và ông Đinh Văn Thanh.") == [
        ("Nguyễn Tấn Thọ", "phó tổng giám đốc"), ("Nguyễn Hùng Cường", "phó tổng giám đốc"), ("Đinh Văn Thanh", "phó tổng giám đốc")]
    assert named("Các phó chủ tịch là những người có kinh nghiệm.") == []


def test_tu_do_in_a_bodys_name_and_gap_ends_a_post():
    assert named("Tổng thư ký Liên đoàn Phụ nữ quốc tế vì Hòa bình và Tự do Madeleine Rees cho biết.") == [
        ("Madeleine Rees", "Tổng thư ký Liên đoàn Phụ nữ quốc tế vì Hòa bình và Tự do")]
    assert named("Bà Nguyễn Thị Nga, Chủ tịch Tập đoàn BRG tình cờ gặp nhà thiết kế Kobayashi Eiko.") == [
        ("Nguyễn Thị Nga", "Chủ tịch Tập đoàn BRG"), ("Kobayashi Eiko", "nhà thiết kế")]


def test_counterexamples_of_the_third_review_of_session_14():
    # "tài tử" is as often an amateur, or a genre of music, as a film star; "xác" opens posts' words.
    assert named("Giải quần vợt tài tử Nguyễn Văn Hải vô địch năm nay.") == []
    assert named("Trưởng đoàn xác minh tài sản Nguyễn Văn Hùng cho biết.") == [("Nguyễn Văn Hùng", "Trưởng đoàn xác minh tài sản")]
    # A post several hold, governed by what comes before it, is not shared out among the people
    # after "là" (one of them still takes a post, as at the session's start: left for later).
    for sentence in ("Vợ của các phó giám đốc là bà Nguyễn Thị An và bà Trần Thị Bình.",
                     "Người tố cáo các phó giám đốc là ông Lê Văn Tám và ông Phạm Văn Hai."):
        assert all(role != "phó giám đốc" for _, role in named(sentence)), sentence


def test_a_diseases_name_and_number_stay_in_the_role():
    assert named("Phó Thủ tướng Vũ Đức Đam, Trưởng Ban Chỉ đạo quốc gia phòng chống dịch Covid-19 chủ trì cuộc họp.") == [
        ("Vũ Đức Đam", "Phó Thủ tướng, Trưởng Ban Chỉ đạo quốc gia phòng chống dịch Covid-19")]
    # A dash set off by spaces before a count is no part of it.
    assert named("Ông Lê Văn Hùng, Giám đốc Sở Y tế - 19 ca mắc mới trong ngày.") == [("Lê Văn Hùng", "Giám đốc Sở Y tế")]


def test_a_beauty_contests_country_and_year_before_the_winners_name():
    assert named("Trên trang cá nhân của Hoa hậu Việt Nam 2014 Nguyễn Cao Kỳ Duyên bất ngờ khoe ảnh.") == [
        ("Nguyễn Cao Kỳ Duyên", "Hoa hậu Việt Nam 2014")]
    assert named("Hoa hậu Việt Nam Nguyễn Cao Kỳ Duyên dự sự kiện.") == [("Nguyễn Cao Kỳ Duyên", "Hoa hậu Việt Nam")]
    assert named("Hoa khôi Lại Hương Thảo hạnh phúc kết hôn.") == [("Lại Hương Thảo", "Hoa khôi")]
    # A region of five words, then a name of five.
    assert named("Hoa khôi Đồng Bằng Sông Cửu Long Nguyễn Thị Lệ Nam Em là thí sinh nhỏ tuổi nhất.") == [
        ("Nguyễn Thị Lệ Nam Em", "Hoa khôi Đồng Bằng Sông Cửu Long")]
    # The contest alone is no one.
    assert named("Hoa hậu Việt Nam 2014 đã trao vương miện cho người đẹp.") == []


def test_a_communes_name_of_three_words_with_van_after_its_unit_is_no_one():
    assert named("Ông Bùi Văn Nam – Chủ tịch UBND xã Tả Văn Chư phấn khởi cho biết: trước khi vào vụ, xã đã nạo vét kênh mương.") == [
        ("Bùi Văn Nam", "Chủ tịch UBND xã Tả Văn Chư")]
    # Opening a sentence, the post and a minority name are a man's (whose family name no list holds).
    assert named("Trưởng bản Lô Văn Vân tỏ ra ngượng ngùng trước đánh giá của đoàn.") == [("Lô Văn Vân", "Trưởng bản")]
    # A family name opens a person's name there as before.
    assert named("Chủ tịch UBND xã Giàng Seo Phử cho biết.") == [("Giàng Seo Phử", "Chủ tịch UBND xã")]
    assert named("Ông Lê Văn Hải, Bí thư Huyện ủy huyện Cao Lộc nhiệm kỳ 2020-2025 phát biểu.") == [
        ("Lê Văn Hải", "Bí thư Huyện ủy huyện Cao Lộc nhiệm kỳ 2020-2025")]


def test_a_captions_role_that_holds_the_bodys_and_says_more_is_the_fullest():
    blocks = [("Đồng chí Trương Thị Ánh, Bí thư Chi bộ, Giám đốc Trung tâm Văn hóa tỉnh phát biểu khai mạc", True),
              ("Đại hội bầu đồng chí Trương Thị Ánh, Giám đốc Trung tâm Văn hóa tỉnh tái đắc cử Bí thư Chi bộ.", False)]
    assert [(p.name, p.role) for p in participants([(normalise(t), c) for t, c in blocks])] == [
        ("Trương Thị Ánh", "Bí thư Chi bộ, Giám đốc Trung tâm Văn hóa tỉnh")]
    # A caption's other post does not replace the body's.
    blocks = [("Đồng chí Trương Thị Ánh, Bí thư Chi bộ phát biểu khai mạc", True),
              ("Đại hội bầu đồng chí Trương Thị Ánh, Giám đốc Trung tâm Văn hóa tỉnh tái đắc cử Bí thư Chi bộ.", False)]
    assert [(p.name, p.role) for p in participants([(normalise(t), c) for t, c in blocks])] == [
        ("Trương Thị Ánh", "Giám đốc Trung tâm Văn hóa tỉnh")]


def test_a_place_that_goes_on_into_a_family_name_is_no_ones_name():
    assert named("Theo Đô đốc Sergey Avakyants, cựu Tư lệnh Hạm đội Thái Bình Dương Nga, cuộc tập trận rất lớn.") == [
        ("Sergey Avakyants", "Đô đốc, cựu Tư lệnh Hạm đội Thái Bình Dương Nga")]
    assert named("Tư lệnh Hạm đội Thái Bình Dương Nga Viktor Liina cho biết.") == [
        ("Viktor Liina", "Tư lệnh Hạm đội Thái Bình Dương Nga")]
    # The province, then a man's name, as before.
    assert named("Chủ tịch UBND tỉnh Thái Bình Nguyễn Khắc Thận cho biết.") == [("Nguyễn Khắc Thận", "Chủ tịch UBND tỉnh Thái Bình")]


def test_a_foreign_bodys_name_before_ong_and_the_holders_name():
    assert named("Người đứng đầu Ủy ban Olympic Sochi của Nga ông Dmitry Chernyshenko tuyên bố rằng Sochi đã sẵn sàng.") == [
        ("Dmitry Chernyshenko", "Người đứng đầu Ủy ban Olympic Sochi của Nga")]
    assert named("Chủ tịch Ủy ban Olympic Sochi ông Dmitry Chernyshenko tuyên bố.") == [
        ("Dmitry Chernyshenko", "Chủ tịch Ủy ban Olympic Sochi")]
    # At a sentence's end, nothing is read past it.
    assert named("Đó là lời của Thống đốc Tina Kotek của Oregon") == [("Tina Kotek", "Thống đốc của Oregon")]


def test_a_rank_said_with_the_given_name_alone_goes_first_in_the_role():
    blocks = [("Ông Giàng Ly Pao, Phó giám đốc Công an tỉnh Lào Cai cho biết việc lấy lời khai chưa hoàn tất.", False),
              ("Theo đại tá Pao, xe khách đã được giám định.", False)]
    assert [(p.name, p.role) for p in participants([(normalise(t), c) for t, c in blocks])] == [
        ("Giàng Ly Pao", "Đại tá, Phó giám đốc Công an tỉnh Lào Cai")]
    # Two people with that given name: whose rank it is, no one can tell.
    blocks = [("Ông Giàng Ly Pao, Phó giám đốc Công an tỉnh và ông Lê Văn Pao, Trưởng phòng Cảnh sát giao thông dự họp.", False),
              ("Theo đại tá Pao, xe khách đã được giám định.", False)]
    assert [(p.name, p.role) for p in participants([(normalise(t), c) for t, c in blocks])] == [
        ("Giàng Ly Pao", "Phó giám đốc Công an tỉnh"), ("Lê Văn Pao", "Trưởng phòng Cảnh sát giao thông")]


def test_an_aide_of_a_post_another_holds_is_the_aide():
    def read(*texts):
        return read_paragraphs(*texts)
    assert read("Đặc phái viên của Tổng thống Nga Kirill Dmitriev đang lên đường tới Mỹ.",
                "Cuộc gặp giữa hai Tổng thống Donald Trump và Vladimir Putin bị hoãn.") == [
        ("Kirill Dmitriev", "Đặc phái viên của Tổng thống Nga"), ("Donald Trump", "Tổng thống"), ("Vladimir Putin", "Tổng thống")]
    # The president named after the post, the aide after him: the post is the president's.
    assert read("Đặc phái viên của Tổng thống Nga Vladimir Putin, Kirill Dmitriev, đang thăm Mỹ.",
                "Tổng thống Mỹ Donald Trump chưa bình luận.")[0] == ("Vladimir Putin", "Tổng thống Nga")
    # No one else holds the post: nothing says the name is the aide's.
    assert read("Cố vấn của Tổng thống Donald Trump cho biết ông sẽ sang Nga.") == [("Donald Trump", "Tổng thống")]


def test_an_envoys_post_set_off_after_his_name_goes_on_over_whose_envoy_and_what_for():
    assert named("Ông Kirill Dmitriev, Đặc phái viên của Tổng thống Nga về hợp tác kinh tế, hôm 24/10 đã đến Mỹ.") == [
        ("Kirill Dmitriev", "Đặc phái viên của Tổng thống Nga về hợp tác kinh tế")]
    # The president named after his post: the post stops before him, as before.
    assert named("Ông không thảo luận với Steve Witkoff, đặc phái viên của Tổng thống Mỹ Donald Trump về các lệnh trừng phạt.") == [
        ("Steve Witkoff", "đặc phái viên"), ("Donald Trump", "Tổng thống Mỹ")]
    # Going home is no field.
    assert named("Ông Kirill Dmitriev, đặc phái viên về nước hôm qua cho biết.") == [("Kirill Dmitriev", "đặc phái viên")]
    # The next person's name after the field: the post is his (the first name's ends before it).
    assert named("Đội ngũ của Tổng thống Donald Trump, Đặc phái viên Tổng thống Nga về hợp tác kinh tế Kirill Dmitriev khẳng định.")[0] == (
        "Donald Trump", "Tổng thống")


def test_a_shared_rank_list_goes_on_past_one_mans_post_in_parentheses():
    assert named("Bộ Quốc phòng có các Thượng tướng: Phan Văn Giang (Tổng Tham mưu trưởng Quân đội Nhân dân Việt Nam), "
                 "Nguyễn Chí Vịnh, Lê Chiêm, Trần Đơn.") == [
        ("Phan Văn Giang", "Thượng tướng, Tổng Tham mưu trưởng Quân đội Nhân dân Việt Nam"), ("Nguyễn Chí Vịnh", "Thượng tướng"),
        ("Lê Chiêm", "Thượng tướng"), ("Trần Đơn", "Thượng tướng")]
    # A word or two of what the post is over is passed, as before.
    assert named("Tham dự có các Phó Chủ tịch UBND tỉnh: Nguyễn Văn An (Thường trực), Lê Văn Bình.") == [
        ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"), ("Lê Văn Bình", "Phó Chủ tịch UBND tỉnh")]


def test_a_paragraph_opening_with_posts_then_a_colon_and_a_list_of_names():
    assert named("Nguyên Ủy viên Ban cán sự đảng, nguyên Thứ trưởng: Lê Dương Quang, Đỗ Hữu Hào cùng chịu trách nhiệm về những vi phạm.") == [
        ("Lê Dương Quang", "Nguyên Ủy viên Ban cán sự đảng, nguyên Thứ trưởng"),
        ("Đỗ Hữu Hào", "Nguyên Ủy viên Ban cán sự đảng, nguyên Thứ trưởng")]
    # The list ends where a man of his own post is named with "ông".
    assert named("Nguyên Phó Chủ nhiệm Văn phòng Chính phủ: Văn Trọng Lý, Nguyễn Hữu Vũ và ông Nguyễn Văn Tài, "
                 "nguyên Phó Vụ trưởng Vụ Kinh tế ngành, ông Đỗ Cảnh Dương, Tổng cục trưởng Tổng cục Địa chất và Khoáng sản có vi phạm.") == [
        ("Văn Trọng Lý", "Nguyên Phó Chủ nhiệm Văn phòng Chính phủ"), ("Nguyễn Hữu Vũ", "Nguyên Phó Chủ nhiệm Văn phòng Chính phủ"),
        ("Nguyễn Văn Tài", "nguyên Phó Vụ trưởng Vụ Kinh tế ngành"),
        ("Đỗ Cảnh Dương", "Tổng cục trưởng Tổng cục Địa chất và Khoáng sản")]
    # An interview's answer names one man in a sentence, no list.
    assert named("Bộ trưởng: Thủ tướng Phạm Minh Chính đã chỉ đạo quyết liệt.") == [("Phạm Minh Chính", "Thủ tướng")]


def test_counterexamples_of_the_review_of_session_15():
    # A contest after another post or standing gives no one its title.
    for sentence in ("Trưởng BTC Hoa hậu Việt Nam 2024 Phùng Công Sưởng khẳng định 6 tháng là chặng đường dài.",
                     "Á hậu 1 Hoa hậu Việt Nam 2018 Nguyễn Thị Thúy An gây chú ý.",
                     "Thí sinh Hoa hậu Việt Nam Nguyễn Thị Thanh Hà gây chú ý.",
                     "Giám khảo Hoa hậu Việt Nam 2020 Lê Thanh Hòa nhận xét."):
        assert all(not role.startswith("Hoa hậu") for _, role in named(sentence)), sentence
    assert named("Hoa khôi Đồng Bằng Sông Cửu Long 2015 Nguyễn Thị Lệ Nam Em đại diện Việt Nam dự thi.") == [
        ("Nguyễn Thị Lệ Nam Em", "Hoa khôi Đồng Bằng Sông Cửu Long 2015")]
    # Minority names after a unit, not set off after another name, are people.
    assert named("Trao đổi với phóng viên, Chủ tịch UBND xã Vì Văn Xuân cho biết xã đã hoàn thành kế hoạch.") == [
        ("Vì Văn Xuân", "Chủ tịch UBND xã")]
    assert named("Ông Nguyễn Văn Hùng, Hiệu trưởng Trường Tiểu học xã Tân Lập số 2 cho biết.") == [
        ("Nguyễn Văn Hùng", "Hiệu trưởng Trường Tiểu học xã Tân Lập số 2")]
    # A province ending in "Bình" (or "Sơn"), then Mr Dương (or La).
    for sentence, person in (("Phó Chủ tịch UBND tỉnh Thái Bình Dương Văn Thành cho biết.", "Dương Văn Thành"),
                             ("Giám đốc Sở Y tế Ninh Bình Dương Văn Nam cho biết.", "Dương Văn Nam"),
                             ("Chủ tịch UBND quận Hà Đông Dương Văn Minh cho biết.", "Dương Văn Minh"),
                             ("Chủ tịch UBND tỉnh Lạng Sơn La Văn Thắng cho biết.", "La Văn Thắng")):
        assert [name for name, _ in named(sentence)] == [person], sentence
    # A warship's number and name are no disease's, nor a person's.
    assert named("Trung tá Phạm Anh Tuấn, Phó thuyền trưởng tàu HQ-011 Đinh Tiên Hoàng cho biết.")[1:] == []


def test_a_lower_case_uy_vien_of_a_named_body_opens_a_chain_of_posts():
    assert named("Đoàn kiểm tra của Bộ Chính trị do ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo TƯ Võ Văn Thưởng làm trưởng đoàn.") == [
        ("Võ Văn Thưởng", "ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo TƯ")]
    # Other lower-case words before a comma are no post of the name after it.
    assert named("Theo các quan chức Mỹ, Tổng thống Donald Trump sẽ dự hội nghị.") == [("Donald Trump", "Tổng thống")]


def test_a_chef_is_a_calling():
    assert named("Đầu bếp Anthony Bourdain từng ăn bún chả ở Hà Nội.") == [("Anthony Bourdain", "Đầu bếp")]
    assert named("Bếp trưởng Nguyễn Văn Minh của khách sạn cho biết.") == [("Nguyễn Văn Minh", "Bếp trưởng")]


def test_a_chief_economist_and_an_experts_council():
    assert named("Bà Lynn Song, Kinh tế trưởng phụ trách khu vực Trung Quốc mở rộng của Ngân hàng ING (Hà Lan), nhận định rằng.") == [
        ("Lynn Song", "Kinh tế trưởng phụ trách khu vực Trung Quốc mở rộng của Ngân hàng ING (Hà Lan)")]
    assert named("Chuyên gia Thomas Graham thuộc Hội đồng Quan hệ Đối ngoại Mỹ bày tỏ quan điểm thận trọng hơn.") == [
        ("Thomas Graham", "Chuyên gia thuộc Hội đồng Quan hệ Đối ngoại Mỹ")]


def test_an_aide_of_a_post_named_after_it_with_ong():
    def read(*texts):
        return read_paragraphs(*texts)
    assert read("Cuộc gặp giữa ông Dmitriev và đặc phái viên của Tổng thống Mỹ, ông Steve Witkoff, dự kiến diễn ra tại Miami.",
                "Tổng thống Mỹ Donald Trump đã hủy cuộc gặp.") == [
        ("Steve Witkoff", "đặc phái viên của Tổng thống Mỹ"), ("Donald Trump", "Tổng thống Mỹ")]


def test_cac_dong_chi_then_posts_joined_by_commas_then_a_colon_and_names():
    assert named("- Các đồng chí nguyên Bí thư Đảng ủy, nguyên Chủ tịch HĐQT Tổng Công ty Thép Việt Nam: Nguyễn Kim Sơn, "
                 "Đặng Thúc Kháng chịu trách nhiệm người đứng đầu.") == [
        ("Nguyễn Kim Sơn", "nguyên Bí thư Đảng ủy, nguyên Chủ tịch HĐQT Tổng Công ty Thép Việt Nam"),
        ("Đặng Thúc Kháng", "nguyên Bí thư Đảng ủy, nguyên Chủ tịch HĐQT Tổng Công ty Thép Việt Nam")]


def test_counterexamples_of_the_second_review_of_session_15():
    def read(*texts):
        return read_paragraphs(*texts)
    # A disease's number, then the name of the post's holder; a ship's number, then its name.
    assert named("Phó Trưởng Ban Chỉ đạo quốc gia phòng chống dịch Covid-19 Vũ Đức Đam chủ trì cuộc họp.") == [
        ("Vũ Đức Đam", "Phó Trưởng Ban Chỉ đạo quốc gia phòng chống dịch Covid-19")]
    assert named("Giám đốc Bệnh viện Hồi sức COVID-19 Nguyễn Tri Thức cho biết.") == [
        ("Nguyễn Tri Thức", "Giám đốc Bệnh viện Hồi sức COVID-19")]
    assert named("Trung tá Phạm Anh Tuấn, Phó thuyền trưởng tàu HQ-011 Đinh Tiên Hoàng cho biết.") == [
        ("Phạm Anh Tuấn", "Trung tá, Phó thuyền trưởng tàu HQ-011 Đinh Tiên Hoàng")]
    # "Tân", "Cựu" open a beauty title as the title itself does.
    assert named("Ngày 25/11 vừa qua, Tân Hoa hậu Việt Nam 2020 Đỗ Thị Hà dự sự kiện.") == [("Đỗ Thị Hà", "Hoa hậu Việt Nam 2020")]
    # One of a president's advisers names the president; a post without its country proves nothing.
    assert read("Một cố vấn của Tổng thống Zelensky cho biết ông sẽ sang Mỹ.", "Tổng thống Mỹ Donald Trump chưa trả lời.") == [
        ("Zelensky", "Tổng thống"), ("Donald Trump", "Tổng thống Mỹ")]
    assert read("Người phát ngôn của Tổng thống Zelensky cho biết.", "Tổng thống Donald Trump chưa trả lời.") == [
        ("Zelensky", "Tổng thống"), ("Donald Trump", "Tổng thống")]
    # A rank before the navy's or the army's name is no rank said with anyone's given name.
    assert read("Ông Nguyễn Thanh Hải, Chủ tịch UBND huyện Côn Đảo dự lễ cùng Chuẩn Đô đốc Hải quân Nguyễn Văn Trào.")[0] == (
        "Nguyễn Thanh Hải", "Chủ tịch UBND huyện Côn Đảo")
    # A list after a post and a colon goes on past "bà" with no post of her own; an interview's
    # answer naming two men under the speaker's post is no list.
    assert named("Các Phó Chủ tịch UBND tỉnh: Nguyễn Văn An, Trần Văn Bình và bà Lê Thị Cúc cùng dự.")[2] == (
        "Lê Thị Cúc", "Phó Chủ tịch UBND tỉnh")
    assert named("Thứ trưởng: Nguyễn Văn An, Trần Văn Bình là những người đã làm việc với tôi.") == []
    # A village whose name repeats its first word.
    assert named("Ông Sình Dì Gai, Trưởng thôn Lô Lô Chải, cho biết thôn có 100 hộ.") == [("Sình Dì Gai", "Trưởng thôn Lô Lô Chải")]


def test_counterexamples_of_the_third_review_of_session_15():
    def read(*texts):
        return read_paragraphs(*texts)
    # A rank said with the given name before any verb.
    assert read("Ông Nguyễn Văn Dũng, Trưởng Công an huyện Bảo Thắng cho biết vụ việc đang được điều tra.",
                "Đại tá Dũng đã chỉ đạo các lực lượng phong tỏa hiện trường.") == [
        ("Nguyễn Văn Dũng", "Đại tá, Trưởng Công an huyện Bảo Thắng")]
    # "Theo" an aide: the man named after the post is its holder.
    assert read("Theo trợ lý của Tổng thống Nga, ông Vladimir Putin sẽ không tham dự hội nghị.",
                "Tổng thống Donald Trump cũng vắng mặt.")[0] == ("Vladimir Putin", "Tổng thống Nga")
    # One post, a colon and a list; and a man's own post in parentheses ends the list.
    assert named("Phó Chủ tịch UBND tỉnh: Nguyễn Văn An, Trần Văn Bình cùng dự buổi làm việc.") == [
        ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")]
    assert named("Nguyên Phó Chủ tịch UBND tỉnh: Nguyễn Văn An, Trần Văn Bình và ông Lê Văn Cường (nguyên Giám đốc Sở Tài chính) "
                 "bị khởi tố.")[2] == ("Lê Văn Cường", "nguyên Giám đốc Sở Tài chính")
    # Several posts of several people: one each, not all to every name.
    assert named("Các đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng đoàn ĐBQH tỉnh: Nguyễn Văn An, Trần Văn Bình, "
                 "Lê Văn Cường lần lượt phát biểu.") == []
    # The post he was elected to is no part of the next man's.
    assert named("Ông được bầu làm ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Trần Văn Bình trao hoa chúc mừng.") == [
        ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")]
    # A ship's number, then the commander's rank and name.
    assert named("Chỉ huy trưởng tàu HQ-571 Trung tá Nguyễn Văn Hùng cho biết tàu đã sẵn sàng.") == [("Nguyễn Văn Hùng", "Trung tá")]


def test_whose_aide_named_after_ong_is_part_of_a_post_set_off_after_a_name():
    assert named("Ông Steve Bannon, cựu chiến lược gia của ông Trump nói với tờ The Economist rằng ông sẽ tranh cử.") == [
        ("Steve Bannon", "cựu chiến lược gia của ông Trump")]
    assert named("Ông Farhan Haq, phó phát ngôn viên của ông Guterres, cho biết.") == [
        ("Farhan Haq", "phó phát ngôn viên của ông Guterres")]
    # The man served, given a post of his own: two people.
    assert named("Ông Nguyễn Văn An, thư ký của ông Lê Văn Bình, Chủ tịch UBND tỉnh, cho biết.") == [
        ("Nguyễn Văn An", "thư ký"), ("Lê Văn Bình", "Chủ tịch UBND tỉnh")]
    # Not a post's: what the person did.
    assert named("Bà Lê Thị Hoa, Giám đốc Sở Y tế, đã gặp gia đình của ông Tuấn tại nhà.") == [("Lê Thị Hoa", "Giám đốc Sở Y tế")]


def test_whose_post_said_after_the_name_with_cua_goes_with_the_post():
    assert named("Tương tự, HLV Mikel Arteta của Arsenal cũng bị ảnh hưởng và bình phục.") == [("Mikel Arteta", "HLV của Arsenal")]
    assert named("Tuy nhiên, CEO George Riddell của công ty tư vấn thương mại Goyder cho rằng các khoản đóng góp sẽ giảm.") == [
        ("George Riddell", "CEO của công ty tư vấn thương mại Goyder")]
    assert named("Bất chấp các nỗ lực từ luật sư Rudy Giuliani của ông Trump, các bằng chứng vẫn còn.") == [
        ("Rudy Giuliani", "luật sư của ông Trump")]
    # Whole or not at all: a body cut inside its name, or a country that is also a word of address.
    assert named("HLV Roy Hodgson của ĐT Anh đã trao cơ hội cho Marcus Rashford.") == [("Roy Hodgson", "HLV")]
    assert named("Chủ tịch UBND tỉnh Nguyễn Văn An của tỉnh đã chỉ đạo.") == [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]


def test_a_body_in_title_case_with_a_lower_case_word_before_va_and_a_five_word_foreign_name():
    assert named("Bộ trưởng Bộ Kinh tế số và Xã hội Thái Lan Chaiyanok Chidchob khẳng định quyết tâm.") == [
        ("Chaiyanok Chidchob", "Bộ trưởng Bộ Kinh tế số và Xã hội Thái Lan")]
    assert named("Đây là vấn đề được Phó Tổng thống Ecuador María José Pinto González Artigas nhấn mạnh.") == [
        ("María José Pinto González Artigas", "Phó Tổng thống Ecuador")]
    # Two names run together, an initial in them: no five-word name.
    assert ("George W. Bush Greg Mankiw", "Tổng thống") not in named(
        "Cựu Chủ tịch CEA của Tổng thống George W. Bush Greg Mankiw và Jason Furman đã lên tiếng.")


def test_a_post_set_off_by_dashes_goes_on_over_what_it_is_for_and_whose_party_it_is():
    assert named("Phát biểu tại phiên toàn thể, ông Matt Thistlethwaite - đồng Bộ trưởng về Ngoại giao và Thương mại Australia , "
                 "gửi lời cảm ơn.") == [("Matt Thistlethwaite", "đồng Bộ trưởng về Ngoại giao và Thương mại Australia")]
    assert named("Sau khi ông Jim Gavin - ứng cử viên của đảng Fianna Fail - rút lui vào đầu tháng này.") == [
        ("Jim Gavin", "ứng cử viên của đảng Fianna Fail")]
    # Not where he went, nor a place that reads as a name.
    assert named("Bộ trưởng về Hà Nội ngay trong đêm.") == []
    assert named("Tuy nhiên, Wen Chia-hung, phát ngôn viên của trung tâm ứng phó thiên tai Bành Hồ đã chính thức xác nhận.") == [
        ("Wen Chia-hung", "phát ngôn viên")]


def test_posts_joined_by_a_dash_before_a_name_are_all_his():
    assert named("Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Nguyễn Văn An phát biểu.") == [
        ("Nguyễn Văn An", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy")]
    assert named("Tổng tư lệnh Lực lượng Vũ trang Ukraine - Tướng Oleksandr Syrskyi thừa nhận hồi tháng 8.") == [
        ("Oleksandr Syrskyi", "Tổng tư lệnh Lực lượng Vũ trang Ukraine, Tướng")]
    # A post, a dash, then "bà" and the name: the one post.
    assert named("Giám đốc Sở Y tế - bà Nguyễn Thị Bình cho biết.") == [("Nguyễn Thị Bình", "Giám đốc Sở Y tế")]


def test_a_legislators_party_and_state_in_parentheses_go_with_the_post():
    assert named("Thượng nghị sỹ Lisa Murkowski (đảng Cộng hòa, bang Alaska) cho biết các cuộc thảo luận vẫn tiếp diễn.") == [
        ("Lisa Murkowski", "Thượng nghị sỹ (đảng Cộng hòa, bang Alaska)")]
    assert named("Ông Mike Crapo, Chủ tịch Ủy ban Tài chính Thượng viện (Đảng Cộng hòa, Idaho), cho biết.") == [
        ("Mike Crapo", "Chủ tịch Ủy ban Tài chính Thượng viện (Đảng Cộng hòa, Idaho)")]
    assert named("Các Thượng nghị sỹ Jeanne Shaheen (đảng Dân chủ, bang New Hampshire) và Gary Peters (đảng Dân chủ, "
                 "bang Michigan) cũng xác nhận.")[0] == ("Jeanne Shaheen", "Thượng nghị sỹ (đảng Dân chủ, bang New Hampshire)")
    assert named("Ông Trump đã chỉ đạo các Hạ nghị sĩ Riley Moore (đảng Cộng hòa, bang Tây Virginia) và Tom Cole (đảng Cộng hòa, "
                 "bang Oklahoma) điều tra.")[1] == ("Tom Cole", "Hạ nghị sĩ (đảng Cộng hòa, bang Oklahoma)")
    # A party alone says what it is, not whose seat.
    assert named("Ông Tony Clement, người phát ngôn Đảng Bảo thủ (đảng đối lập), cho biết.") == [
        ("Tony Clement", "người phát ngôn Đảng Bảo thủ")]


def test_a_contest_of_any_name_and_its_year_then_a_vietnamese_name_and_more_instruments():
    assert named("Các người đẹp: Hoa hậu châu Á Việt Nam 2018 Trần Thị Kim Nguyên, Á hậu Miss Universe Việt Nam 2023 "
                 "Nguyễn Thị Hương Ly cùng biểu diễn.") == [
        ("Trần Thị Kim Nguyên", "Hoa hậu châu Á Việt Nam 2018"), ("Nguyễn Thị Hương Ly", "Á hậu Miss Universe Việt Nam 2023")]
    assert named("Cuộc thi Hoa hậu Việt Nam 2024 Nguyễn Văn An làm trưởng ban.") == []
    assert named("Tham gia có nghệ sĩ sáo trúc Đinh Nhật Minh, nghệ sĩ violon Mai Anh.") == [
        ("Đinh Nhật Minh", "nghệ sĩ sáo trúc"), ("Mai Anh", "nghệ sĩ violon")]


def test_thong_tin_after_a_places_capitals_is_what_she_told_not_a_body():
    assert named("Tại hội nghị, bà Lê Thụy Mỵ Châu - Phó Giám đốc Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh thông tin về kết quả.") == [
        ("Lê Thụy Mỵ Châu", "Phó Giám đốc Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh")]
    assert named("Ông Nguyễn Văn An, Giám đốc Sở Thông tin và Truyền thông, cho biết.") == [
        ("Nguyễn Văn An", "Giám đốc Sở Thông tin và Truyền thông")]


def test_schools_and_firms_whose_names_hold_lower_case_words_and_where_they_are_in_parentheses():
    assert named("Ông Nguyễn Thanh Triều, Hiệu trưởng Trường Tiểu học B Phú Thạnh (xã Chợ Vàm, tỉnh An Giang), cho biết.") == [
        ("Nguyễn Thanh Triều", "Hiệu trưởng Trường Tiểu học B Phú Thạnh (xã Chợ Vàm, tỉnh An Giang)")]
    assert named("Thầy Vũ Anh Dũng - Hiệu trưởng Trường Trung học phổ thông Kẻ Sặt cho biết.") == [
        ("Vũ Anh Dũng", "Hiệu trưởng Trường Trung học phổ thông Kẻ Sặt")]
    assert named("Tiến sĩ Lương Văn Thiện – Trưởng nhóm nghiên cứu Trí tuệ nhân tạo trong kinh doanh cho biết.") == [
        ("Lương Văn Thiện", "Trưởng nhóm nghiên cứu Trí tuệ nhân tạo")]


def test_a_centre_named_in_lower_case_and_a_post_given_after_a_comma():
    assert named("Chiều 14/1, ông Khổng Minh Tuấn, Phó giám đốc Trung tâm kiểm soát bệnh tật Hà Nội, cho hay việc xét nghiệm.") == [
        ("Khổng Minh Tuấn", "Phó giám đốc Trung tâm kiểm soát bệnh tật Hà Nội")]
    assert named("Bổ nhiệm ông Dương Huy Lương, giữ chức vụ Phó Cục trưởng Cục Quản lý Khám chữa bệnh.") == [
        ("Dương Huy Lương", "Phó Cục trưởng Cục Quản lý Khám chữa bệnh")]


def test_thua_uy_quyen_names_whom_the_minister_speaks_for():
    assert named("Thừa ủy quyền Thủ tướng, Bộ trưởng Giáo dục và Đào tạo Nguyễn Kim Sơn báo cáo Quốc hội.") == [
        ("Nguyễn Kim Sơn", "Bộ trưởng Giáo dục và Đào tạo")]


def test_counterexamples_of_the_first_review_of_session_16():
    # Whose aide: a Vietnamese name served; only right after the post's own words.
    assert named("Ông Trần Văn Tâm, luật sư của bà Hồ Thị Hoa, cho biết.") == [("Trần Văn Tâm", "luật sư của bà Hồ Thị Hoa")]
    assert named("Ông Nguyễn Văn Hùng, Trưởng thôn Đông chiếm đất của ông Minh.") == [("Nguyễn Văn Hùng", "Trưởng thôn Đông")]
    # "của" after the name: not what was given to him, nor a party after a state's office, nor a body cut inside.
    assert named("Vượt qua hơn 1,6 triệu bài thi, thư gửi đạo diễn James Cameron của Minh Khuê, 16 tuổi, giành giải nhì.") == [
        ("James Cameron", "đạo diễn")]
    assert named("Cựu Bộ trưởng Kinh tế Arnaud Montebourg của đảng Xã Hội sẽ tìm kiếm sự may mắn.") == [
        ("Arnaud Montebourg", "Cựu Bộ trưởng Kinh tế")]
    assert named("Phóng viên Trần Minh Hoàng của Đài Tiếng nói Việt Nam có mặt tại hiện trường.") == [("Trần Minh Hoàng", "Phóng viên")]
    assert named("Đại tá Nguyễn Văn Hùng của Công an tỉnh Nghệ An cho biết.") == [("Nguyễn Văn Hùng", "Đại tá")]
    # Two office-holders meeting, joined by a dash; a rank joined to a post comes first.
    assert named("Tại Diễn đàn, Chủ tịch Hội Nông dân Việt Nam - Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy đã trực tiếp "
                 "lắng nghe.") == [("Đỗ Đức Duy", "Bộ trưởng Bộ Nông nghiệp và Môi trường")]
    assert named("Hội đàm giữa Bộ trưởng Quốc phòng Việt Nam - Bộ trưởng Quốc phòng Lào Chansamone Chanyalath diễn ra.") == [
        ("Chansamone Chanyalath", "Bộ trưởng Quốc phòng Lào")]
    assert named("Giám đốc Công an tỉnh Quảng Ninh - Đại tá Nguyễn Văn Hùng cho biết.") == [
        ("Nguyễn Văn Hùng", "Đại tá, Giám đốc Công an tỉnh Quảng Ninh")]
    # A party member's age is no seat; a seat written without "đảng" is.
    assert named("Phó Chủ tịch UBND xã Nguyễn Văn Hùng (đảng viên, 45 tuổi) bị kỷ luật cảnh cáo.") == [
        ("Nguyễn Văn Hùng", "Phó Chủ tịch UBND xã")]
    assert named("Thượng nghị sĩ Tim Kaine (Dân chủ, bang Virginia) cho biết.") == [("Tim Kaine", "Thượng nghị sĩ (Dân chủ, bang Virginia)")]
    # Other verbs after a place's capitals end a post; a title-case body is not cut; a verb pair goes on only into a name.
    assert named("Ông Abbas Araghchi, Ngoại trưởng Iran tuyên bố rằng Tehran sẽ đáp trả.") == [("Abbas Araghchi", "Ngoại trưởng Iran")]
    assert named("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Tân Lập trực tiếp chỉ đạo lực lượng cứu hộ.") == [
        ("Nguyễn Văn Hùng", "Chủ tịch UBND xã Tân Lập")]
    assert named("Các đại biểu nghe đồng chí Phạm Phương Thảo, nguyên Chủ tịch HĐND TPHCM triển khai chuyên đề năm 2024.") == [
        ("Phạm Phương Thảo", "nguyên Chủ tịch HĐND TPHCM")]
    assert named("Công an quận được sự chỉ đạo của Thiếu tướng Nguyễn Thanh Tùng, Thủ trưởng Cơ quan CSĐT Công an TP Hà Nội "
                 "phối hợp các lực lượng xác minh.") == [("Nguyễn Thanh Tùng", "Thiếu tướng, Thủ trưởng Cơ quan CSĐT Công an TP Hà Nội")]
    assert named("Ông Nguyễn Văn Hùng, Trưởng phòng Văn Hóa Thông Tin, cho biết.") == [("Nguyễn Văn Hùng", "Trưởng phòng Văn Hóa Thông Tin")]
    assert named("Ông Nguyễn Văn Hùng, Phó Giám đốc Sở Y tế kiểm soát chặt chẽ việc kinh doanh thuốc.") == [
        ("Nguyễn Văn Hùng", "Phó Giám đốc Sở Y tế")]
    assert named("Bác sĩ Nguyễn Văn Hùng, Trưởng khoa Ngoại phẫu thuật thành công cho bệnh nhân.") == [("Nguyễn Văn Hùng", "Bác sĩ, Trưởng khoa Ngoại")]
    # Runners-up by number.
    assert named("Á hậu 1 Hoa hậu Việt Nam 2022 Nguyễn Phương Nhi tham dự sự kiện.") == [
        ("Nguyễn Phương Nhi", "Á hậu 1 Hoa hậu Việt Nam 2022")]


def test_callings_of_the_web_and_of_the_stage():
    assert named("Những ngày qua, TikToker Hứa Quốc Anh bị chỉ trích dữ dội trên mạng xã hội.") == [("Hứa Quốc Anh", "TikToker")]
    assert named("Tiết mục của nghệ sĩ xiếc Lê Hưng đến từ Nhà hát Nghệ thuật Phương Nam.") == [("Lê Hưng", "nghệ sĩ xiếc")]


@pytest.mark.parametrize(("sentence", "person"), [
    # (round176-a-03, round123-c-10, round146-c-01, round103-c-06: callings the truths name, none read before)
    ("Trong đó có nhà sưu tập Trần Đình Thăng giữ 18 bảo vật quốc gia.", ("Trần Đình Thăng", "nhà sưu tập")),
    ("Theo ký giả Emmanuel Rosu, trận đấu bị hoãn vì tuyết.", ("Emmanuel Rosu", "ký giả")),
    ("Con tàu của nhà thám hiểm Ernest Shackleton được tìm thấy dưới đáy biển.", ("Ernest Shackleton", "nhà thám hiểm")),
    ("Theo nhà vận động hành lang Ches McDowell, ông chủ Tesla đã gặp thống đốc.", ("Ches McDowell", "nhà vận động hành lang")),
    ("Theo nhà tổ chức Trần Văn Hải, giải chạy năm nay có 5.000 vận động viên.", ("Trần Văn Hải", "nhà tổ chức")),
])
def test_collectors_reporters_explorers_lobbyists_organisers_are_callings(sentence, person):
    assert named(sentence) == [person]


def test_a_coach_a_minister_a_vice_president_by_one_foreign_name_but_not_a_club():
    assert named("Trong cuộc họp báo, HLV Troussier khẳng định tuyển Việt Nam xem trận đấu là quan trọng.") == [("Troussier", "HLV")]
    assert named("Ngoại trưởng Sikorski cho biết Ba Lan sẽ đáp trả.") == [("Sikorski", "Ngoại trưởng")]
    assert named("Trận thua khiến cựu HLV Chelsea bị chỉ trích.") == []


def test_a_specialised_schools_name_after_chuyen_is_no_person():
    assert named("Cô Phạm Thị Bé Hiền, hiệu trưởng Trường THPT chuyên Lê Hồng Phong, cho biết.") == [
        ("Phạm Thị Bé Hiền", "hiệu trưởng Trường THPT chuyên Lê Hồng Phong")]
    assert named("Thầy Nguyễn Hữu Thanh - Hiệu trưởng Trường Trung học phổ thông chuyên Trần Phú cho biết.") == [
        ("Nguyễn Hữu Thanh", "Hiệu trưởng Trường Trung học phổ thông chuyên Trần Phú")]


def test_counterexamples_of_the_second_review_of_session_16():
    # Whose post after the name: a club named in syllables, a verb then a capital, a body with a lower-case word.
    assert named("Cần nhấn mạnh HLV Pep Guardiola của Man City đã tuyên bố sẽ chỉ nhả Silva.") == [("Pep Guardiola", "HLV của Man City")]
    assert named("CEO Jensen Huang của Nvidia nói Trung Quốc là thị trường quan trọng.") == [("Jensen Huang", "CEO của Nvidia")]
    assert named("Công tố viên trưởng Karim Khan của Tòa án Hình sự Quốc tế (ICC) cho biết.") == [
        ("Karim Khan", "Công tố viên trưởng của Tòa án Hình sự Quốc tế (ICC)")]
    # Whose aide, with the post's field before "của".
    assert named("Ông Peter Navarro, cố vấn thương mại của ông Trump, cho biết.") == [("Peter Navarro", "cố vấn thương mại của ông Trump")]
    # "kiểm soát" right after a unit's word is the unit's name.
    assert named("Ông Ngô Hải Phan, Cục trưởng Cục kiểm soát thủ tục hành chính, Văn phòng Chính phủ, cho biết.") == [
        ("Ngô Hải Phan", "Cục trưởng Cục kiểm soát thủ tục hành chính, Văn phòng Chính phủ")]
    # Posts joined by a dash: a meeting named before a comma, and two posts of one head.
    assert named("Tại buổi gặp mặt, Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung phát biểu chúc mừng.") == [
        ("Nguyễn Đức Trung", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An")]
    assert named("Phó Chủ tịch UBND tỉnh - Phó Chủ tịch Thường trực Ban chỉ đạo Nguyễn Văn Hùng phát biểu.") == [
        ("Nguyễn Văn Hùng", "Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Thường trực Ban chỉ đạo")]
    # A club before a headline's colon; a name with a particle.
    assert named("HLV Juve: Không biết khi nào Pogba trở lại") == []
    assert named("Theo HLV Erik ten Hag, Man Utd cần siêu sao Cristiano Ronaldo.") == [("Erik ten Hag", "HLV")]
    # Authority given to someone is not whom he speaks for; the first post after "Thừa ủy quyền" is.
    assert named("Chủ tịch UBND tỉnh đã ủy quyền cho Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn Hùng, chủ trì cuộc họp.") == [
        ("Nguyễn Văn Hùng", "Phó Chủ tịch UBND tỉnh")]
    assert named("Thừa ủy quyền Thủ tướng, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn trình bày Tờ trình.") == [
        ("Bùi Thanh Sơn", "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao")]
    # A seat "đại diện bang"; "nhà trường" is no school's name before a person.
    assert named("Hạ nghị sĩ Michael McCaul (đảng Cộng hòa, đại diện bang Texas) cho biết.") == [
        ("Michael McCaul", "Hạ nghị sĩ (đảng Cộng hòa, đại diện bang Texas)")]
    assert named("Hiệu trưởng nhà trường phụ trách bậc tiểu học Nguyễn Văn Hùng cho biết.") == [
        ("Nguyễn Văn Hùng", "Hiệu trưởng nhà trường phụ trách bậc tiểu học")]


def test_a_centre_of_vocational_and_continuing_education_where_it_is_and_a_medical_university():
    assert named("Bà Phạm Thị Huyền, Phó Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Bát Xát (xã Bát Xát, "
                 "tỉnh Lào Cai), cho biết.") == [
        ("Phạm Thị Huyền", "Phó Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên Bát Xát (xã Bát Xát, tỉnh Lào Cai)")]
    assert named("Bà Nguyễn Dương Minh Hương, Hiệu trưởng Trường trung học cơ sở Hoa Lư (phường Tăng Nhơn Phú, Thành phố Hồ Chí Minh), "
                 "cho biết.")[0][1].endswith("(phường Tăng Nhơn Phú, Thành phố Hồ Chí Minh)")
    assert named("PGS Nguyễn Phương Sinh, Phó Hiệu trưởng Trường Đại học Y Dược, Đại học Thái Nguyên cho biết.") == [
        ("Nguyễn Phương Sinh", "Phó Hiệu trưởng Trường Đại học Y Dược, Đại học Thái Nguyên")]


def test_a_faculty_of_computer_science_and_a_subject_group_are_not_cut_inside_a_word():
    assert named("Ông Ali Al-Dulaimi, Trưởng khoa Khoa học Máy tính & Công nghệ, cho biết.") == [
        ("Ali Al-Dulaimi", "Trưởng khoa Khoa học Máy tính & Công nghệ")]
    assert named("Ông Chu Thanh Tuấn, Phó chủ nhiệm bộ môn, cho biết.") == [("Chu Thanh Tuấn", "Phó chủ nhiệm bộ môn")]


def test_a_caption_run_into_the_next_sentence_ends_the_post_at_its_opening_word():
    # A crawler joined a photo's caption and the next paragraph: "Với" opens a sentence, no body's name.
    assert named("Ông Phạm Ngọc Thưởng, Thứ trưởng Bộ GD-ĐT Với hơn 1 triệu nhà giáo trong toàn quốc, luật là hành lang pháp lý.") == [
        ("Phạm Ngọc Thưởng", "Thứ trưởng Bộ GD-ĐT")]
    # Words a sentence opens with that places, bodies and foreigners' names do hold stay in the post.
    assert named("Ông Nguyễn Xuân Hoàng, Phó Trưởng Công an TP Thủ Dầu Một, cho biết.") == [
        ("Nguyễn Xuân Hoàng", "Phó Trưởng Công an TP Thủ Dầu Một")]
    assert named("Bà Nguyễn Nữ Thanh Loan, Bí thư Đảng ủy xã Tuy Phong, cho biết.") == [("Nguyễn Nữ Thanh Loan", "Bí thư Đảng ủy xã Tuy Phong")]


def test_a_legislators_party_and_state_after_his_name_unbracketed_are_his_seat():
    assert named("“Vấn đề là ai cũng muốn thắng”, Thượng nghị sĩ Jim Justice thuộc Đảng Cộng hòa, bang West Virginia, nói.") == [
        ("Jim Justice", "Thượng nghị sĩ thuộc Đảng Cộng hòa, bang West Virginia")]
    assert named("Thượng nghị sĩ Chris Coons, Đảng Dân chủ ôn hòa, bang Delaware, nói: “Sẽ có nhiều cuộc gọi”.") == [
        ("Chris Coons", "Thượng nghị sĩ, Đảng Dân chủ ôn hòa, bang Delaware")]
    assert named("Thượng nghị sĩ Mark Kelly của đảng Dân chủ, bang Arizona, cho biết.") == [
        ("Mark Kelly", "Thượng nghị sĩ của đảng Dân chủ, bang Arizona")]
    # The party alone is whom he sides with; a governor's party is not a seat.
    assert named("Thượng nghị sĩ Elizabeth Warren thuộc Đảng Dân chủ đã chỉ trích lệnh ân xá.") == [("Elizabeth Warren", "Thượng nghị sĩ")]
    assert named("Thống đốc Gavin Newsom, Đảng Dân chủ, bang California, cho biết.") == [("Gavin Newsom", "Thống đốc")]


def test_a_university_named_after_a_man_or_an_era_is_no_person_after_its_level():
    assert named("Ông Đậu Bá Thìn - Phó Hiệu trưởng Trường Đại học Hồng Đức cho rằng, dự thảo là cần thiết.") == [
        ("Đậu Bá Thìn", "Phó Hiệu trưởng Trường Đại học Hồng Đức")]
    assert named("Hiệu trưởng Trường Cao đẳng Lê Lợi cho biết trường tuyển 500 chỉ tiêu.") == []
    # After the university's own name, a man's.
    assert named("Hiệu trưởng Trường Đại học Vinh Nguyễn Huy Bằng cho biết.") == [("Nguyễn Huy Bằng", "Hiệu trưởng Trường Đại học Vinh")]


def test_the_province_after_a_commune_by_its_name_alone_is_the_posts():
    assert named("Cô Phạm Thị Nhiễu, Phó hiệu trưởng trường Tiểu học Đồng Hướng, xã Quang Thiện, Ninh Bình, cho biết.") == [
        ("Phạm Thị Nhiễu", "Phó hiệu trưởng trường Tiểu học Đồng Hướng, xã Quang Thiện, Ninh Bình")]
    # Not a list of provinces, nor a province after a body with no place of its own.
    assert named("Ông A Lù, Chủ tịch UBND xã Bản Hồ, Lào Cai, Hà Giang và Yên Bái cùng dự.") == [("A Lù", "Chủ tịch UBND xã Bản Hồ")]
    assert named("Ông Lê Văn Hòa, Giám đốc Công ty Minh Phát, Ninh Bình, Hà Nam đều có mặt.") == [("Lê Văn Hòa", "Giám đốc Công ty Minh Phát")]


def test_a_name_with_no_title_then_its_age_and_post_in_brackets():
    assert named("Công an đã bắt tạm giam Doãn Thị Lệ Xuân (41 tuổi, Hiệu trưởng Trường mầm non An Bình, xã Đông Cuông) và "
                 "Nguyễn Ngọc Hà (39 tuổi, kế toán trường).") == [
        ("Doãn Thị Lệ Xuân", "Hiệu trưởng Trường mầm non An Bình, xã Đông Cuông"), ("Nguyễn Ngọc Hà", "kế toán trường")]
    assert named("Nguyễn Văn Nam (45 tuổi, trú xã Tân Lập) bị bắt.") == []


def test_a_ministrys_department_of_teachers_and_education_managers_is_one_body():
    assert named("Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục Vũ Minh Đức nhận định hành vi của học sinh nghiêm trọng.") == [
        ("Vũ Minh Đức", "Cục trưởng Cục Nhà giáo và Cán bộ quản lý giáo dục")]
    # Elsewhere "và" and a post are the next person's.
    assert named("Chủ tịch UBND xã Tân Lập và Cán bộ địa chính Nguyễn Văn An đã có mặt.") == [("Nguyễn Văn An", "Cán bộ địa chính")]


def test_a_foreign_name_spelt_again_without_its_accents_or_with_a_hyphen_is_one_person():
    blocks = [("Ngày 24/10, Thủ tướng Hungary Viktor Orbán tuyên bố Budapest sẽ tìm cách lách lệnh trừng phạt.", False),
              ("Thủ tướng Hungary Viktor Orban. Ảnh: Reuters", True),
              ("Theo Thủ tướng Orban, các lệnh trừng phạt nhằm vào nguồn thu của Nga.", False),
              ("Ông Trump không gặp nhà lãnh đạo Triều Tiên Kim Jong Un; nhà lãnh đạo Triều Tiên Kim Jong-un từng gặp ông ở Panmunjom.", False)]
    assert [(p.name, p.role) for p in participants(blocks)] == [
        ("Viktor Orbán", "Thủ tướng Hungary"), ("Kim Jong Un", "nhà lãnh đạo Triều Tiên")]
    # Vietnamese names one mark apart are two people.
    blocks = [("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã, và ông Nguyễn Văn Hưng, Bí thư Đảng ủy xã, cùng dự.", False)]
    assert [p.name for p in participants(blocks)] == ["Nguyễn Văn Hùng", "Nguyễn Văn Hưng"]



def test_a_director_of_communications_is_not_cut_inside_the_word():
    assert named("Khách mời có thạc sĩ Phạm Công Nhật, Giám đốc truyền thông toàn quốc hệ thống DOL English, cho biết.") == [
        ("Phạm Công Nhật", "Giám đốc truyền thông toàn quốc hệ thống DOL English")]
    assert named("Cô Lê Nguyễn Kiều Anh, Trưởng khoa Nhạc cụ Truyền thống, cho biết.") == [
        ("Lê Nguyễn Kiều Anh", "Trưởng khoa Nhạc cụ Truyền thống")]


def test_a_leaders_title_after_a_name_then_a_foreign_name_is_the_next_person():
    assert named("Quan hệ do Chủ tịch Hồ Chí Minh, lãnh tụ Fidel Castro và các thế hệ lãnh đạo vun đắp.") == [
        ("Hồ Chí Minh", "Chủ tịch"), ("Fidel Castro", "lãnh tụ")]
    # His own post, with its country (and a firm after another title).
    assert named("Ông Keir Starmer, Thủ tướng Anh, cho biết.") == [("Keir Starmer", "Thủ tướng Anh")]
    assert named("Ông Phạm Văn Vượng, Chủ tịch Vingroup, nói.") == [("Phạm Văn Vượng", "Chủ tịch Vingroup")]


def test_a_foreign_name_after_a_capitalised_conjunction_opening_the_sentence():
    assert named("Đảng mới ra đời. Còn Yoaz Hendel, cựu Bộ trưởng Truyền thông, cũng tái xuất với đảng mới.") == [
        ("Yoaz Hendel", "cựu Bộ trưởng Truyền thông")]


def test_a_verdicts_list_of_names_each_with_its_year_of_birth_and_post_in_brackets():
    assert named("Trong đó có 11 bị cáo gồm: Ngô Dũng Phương (SN 1964, Trưởng phòng Tài chính Đảng thuộc Văn phòng Tỉnh ủy Bình Dương) "
                 "4 năm tù; Vũ Thị Lợi (SN 1960, Phó Trưởng phòng Tài chính doanh nghiệp, Sở Tài chính tỉnh Bình Dương) 3 năm tù.") == [
        ("Ngô Dũng Phương", "Trưởng phòng Tài chính Đảng thuộc Văn phòng Tỉnh ủy Bình Dương"),
        ("Vũ Thị Lợi", "Phó Trưởng phòng Tài chính doanh nghiệp, Sở Tài chính tỉnh Bình Dương")]
    assert named("Nguyễn Văn Nam (SN 1990, trú xã Tân Lập) bị phạt 2 năm tù.") == []


def test_a_post_ends_before_the_verb_after_a_bodys_letters():
    assert named("Nghị quyết do Trung tướng Nguyễn Mạnh Hùng, Bí thư Đảng ủy, Chính ủy Tổng cục CNQP giới thiệu.") == [
        ("Nguyễn Mạnh Hùng", "Trung tướng, Bí thư Đảng ủy, Chính ủy Tổng cục CNQP")]


def test_the_place_after_its_unit_in_a_post_set_off_after_a_man_addressed_by_ong():
    assert named("Ông Trần Ngọc Hiền, Phó chủ tịch UBND huyện Hàm Thuận Bắc, cho biết sau khi dừng hoạt động.") == [
        ("Trần Ngọc Hiền", "Phó chủ tịch UBND huyện Hàm Thuận Bắc")]
    # A list of posts each before its name.
    assert named("Bí thư Tỉnh ủy Lê Đình Sơn, Phó Chủ tịch UBND tỉnh Đặng Quốc Vinh, Phó Chủ tịch HĐND tỉnh Võ Hồng Hải cùng tham dự.") == [
        ("Lê Đình Sơn", "Bí thư Tỉnh ủy"), ("Đặng Quốc Vinh", "Phó Chủ tịch UBND tỉnh"), ("Võ Hồng Hải", "Phó Chủ tịch HĐND tỉnh")]


def test_capitals_right_after_o_or_tai_in_a_post_are_where_not_who():
    assert named("Chuyên gia Việt ở Vũ Hán kể về những ngày đầu dịch.") == []
    assert named("Phóng viên tại Hà Nam Nguyễn Văn An cho biết.") == [("Nguyễn Văn An", "Phóng viên tại Hà Nam")]


def test_a_committees_fields_listed_with_a_word_that_also_opens_places():
    assert named("Đại biểu Nguyễn Minh Đức, Phó chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại, cho rằng cần nới cơ chế.") == [
        ("Nguyễn Minh Đức", "Đại biểu, Phó chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại")]
    assert named("Ông Lê Văn Hòa, Chủ tịch UBND huyện Châu Thành, An Giang và các đại biểu dự.") == [
        ("Lê Văn Hòa", "Chủ tịch UBND huyện Châu Thành")]


def test_a_firm_named_like_a_man_after_the_words_of_its_kind():
    assert named("Ông Phạm Nhật Vinh là Phó Tổng Giám đốc Công ty Cổ phần Đầu tư và Phát triển Nguyễn Kim.") == [
        ("Phạm Nhật Vinh", "Phó Tổng Giám đốc Công ty Cổ phần Đầu tư và Phát triển Nguyễn Kim")]
    assert named("Tổng Giám đốc Công ty Cổ phần Bất động sản Âu Lạc Nguyễn Quốc Hùng bị phạt 3 năm tù.") == [
        ("Nguyễn Quốc Hùng", "Tổng Giám đốc Công ty Cổ phần Bất động sản Âu Lạc")]
    # An auctioneer's, a partnership's, a broker's kind too.
    assert named("Cùng quan điểm, bà Đỗ Thị Hồng Hạnh, Tổng giám đốc Công ty Đấu giá Hợp danh Lạc Việt - đơn vị tổ chức nhiều "
                 "phiên đấu giá đất vừa qua - cho biết có đến 60-70% người tham gia là hội nhóm.") == [
        ("Đỗ Thị Hồng Hạnh", "Tổng giám đốc Công ty Đấu giá Hợp danh Lạc Việt")]
    # Two family names, the father's and the mother's, after a brand's last capitalised word.
    assert named("Giám đốc chuyên trang Nhà Tốt Trần Nguyễn Hoàng Uyên nhìn nhận hầu hết các căn nhà phố đều đắt.") == [
        ("Trần Nguyễn Hoàng Uyên", "Giám đốc chuyên trang Nhà Tốt")]
    # (the review of session 24: not a place's, the Youth Union's or an eponym's last word)
    for sentence, person in (
        ("Cùng ngày, giao Phó Tổng biên tập Báo Quảng Ninh Hoàng Chí Dũng phụ trách Báo.", ("Hoàng Chí Dũng", "Phó Tổng biên tập Báo Quảng Ninh")),
        ("Chủ tịch CLB Becamex Bình Dương Hồ Hồng Thạch cho biết đội vẫn chưa giảm lương.", ("Hồ Hồng Thạch", "Chủ tịch CLB Becamex Bình Dương")),
        ("Sau lễ khai mạc, Bí thư T Ư Đoàn Bùi Quang Huy phát biểu.", ("Bùi Quang Huy", "Bí thư T Ư Đoàn")),
        ("Hiệu trưởng Trường THPT chuyên Phan Bội Châu Trần Minh Hải cho biết.", ("Trần Minh Hải", "Hiệu trưởng Trường THPT chuyên Phan Bội Châu")),
    ):
        assert named(sentence) == [person]
    # (After a unit, the place's last word: "xã Nhơn Lý", "huyện Kiên Lương".)
    assert named("Ông Nguyễn Thành Danh, Phó chủ tịch UBND xã Nhơn Lý cho biết.") == [("Nguyễn Thành Danh", "Phó chủ tịch UBND xã Nhơn Lý")]
    assert named("Phó Chủ tịch UBND huyện Kiên Lương Lê Hùng Lĩnh cho biết.") == [("Lê Hùng Lĩnh", "Phó Chủ tịch UBND huyện Kiên Lương")]
    # A department's head, named after its lower-case words, is still a man.
    assert named("Giám đốc Sở Y tế Trần Lâm cho biết.") == [("Trần Lâm", "Giám đốc Sở Y tế")]


def test_a_name_in_capitals_after_ong_as_a_transcript_sets_its_speakers():
    assert named("Ông PHAN VĂN MÃI, Chủ tịch UBND TP. Hồ Chí Minh: \"Phân cấp cho thành phố là cần thiết\".") == [
        ("Phan Văn Mãi", "Chủ tịch UBND TP. Hồ Chí Minh")]
    # Not a body's letters after "ông".
    assert named("Theo ông UBND tỉnh Nghệ An, cần làm rõ.") == []


def test_a_police_departments_code_and_a_city_written_short_end_the_post_they_belong_to():
    assert named("Thiếu tướng Nguyễn Văn Thành, Phó cục trưởng C03, cho biết.") == [("Nguyễn Văn Thành", "Thiếu tướng, Phó cục trưởng C03")]
    assert named("Ông Nguyễn Văn Quý, Phó Chủ tịch UBND phường Mường Thanh, TP. Điện Biên Phủ, cho biết.") == [
        ("Nguyễn Văn Quý", "Phó Chủ tịch UBND phường Mường Thanh, TP. Điện Biên Phủ")]


def test_a_school_in_lower_case_after_the_post_and_a_comma_is_its_body():
    assert named("Ông Nguyễn Trung Nhân, Trưởng phòng Đào tạo, trường Đại học Công nghiệp TP HCM, cho biết.") == [
        ("Nguyễn Trung Nhân", "Trưởng phòng Đào tạo, trường Đại học Công nghiệp TP HCM")]
    assert named("Ông Nguyễn Văn An, Hiệu trưởng, trường hợp này cần xem xét.") == [("Nguyễn Văn An", "Hiệu trưởng")]


def test_counterexamples_of_the_first_review_of_session_17():
    # "Song" opens a Korean name as often as a clause.
    assert named("Song Mi Ryung, Bộ trưởng Nông nghiệp Hàn Quốc, cho biết.") == [("Song Mi Ryung", "Bộ trưởng Nông nghiệp Hàn Quốc")]
    # A group named like a man after "Tập đoàn" is the group.
    assert named("Tối 26/8, đại diện truyền thông Tập đoàn Mai Linh xác nhận thông tin.") == []
    # A sentence's opening word ends a post after a body's letters or a lower-case word, never inside a name.
    assert named("Tại Đại hội, Tổng bí thư Nguyễn Phú Trong đã định hướng cho thế hệ trẻ.") == [("Nguyễn Phú Trong", "Tổng bí thư")]
    assert named("Giám đốc Sở Y tế Trần Văn Khi cho biết.") == [("Trần Văn Khi", "Giám đốc Sở Y tế")]
    assert named("Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế Sáng 16/5, ngành y tế đã xử lý nghiêm.") == [("Nguyễn Văn Hùng", "Giám đốc Sở Y tế")]
    # The year of birth written out, or in brackets of its own before the post.
    assert named("Nguyễn Văn Hùng (sinh năm 1964, Trưởng phòng Tài nguyên và Môi trường huyện Đan Phượng) bị bắt.") == [
        ("Nguyễn Văn Hùng", "Trưởng phòng Tài nguyên và Môi trường huyện Đan Phượng")]
    assert named("Cùng bị khởi tố còn có Đào Quang Khánh (SN 1996), nhân viên bảo vệ Thẩm mỹ viện Cát Tường.") == [
        ("Đào Quang Khánh", "nhân viên bảo vệ Thẩm mỹ viện Cát Tường")]
    # A ward named after a man, in the post of one named by his rank.
    assert named("Thượng tá Nguyễn Văn Tuấn, Trưởng Công an phường Phạm Ngũ Lão, cho biết đã tạm giữ hai đối tượng.") == [
        ("Nguyễn Văn Tuấn", "Thượng tá, Trưởng Công an phường Phạm Ngũ Lão")]


def test_counterexamples_of_the_second_review_of_session_17():
    # A sentence's opening word after a known place ends the post; a department's code then a verb.
    assert named("Ông Lê Văn Thành, nguyên Phó giám đốc Sở Y tế tỉnh Đắk Nông Trong thời gian công tác đã ký hợp đồng.") == [
        ("Lê Văn Thành", "nguyên Phó giám đốc Sở Y tế tỉnh Đắk Nông")]
    assert named("Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế Hà Nội Sáng 16/5, ngành y tế đã xử lý nghiêm.") == [("Nguyễn Văn Hùng", "Giám đốc Sở Y tế Hà Nội")]
    assert named("Ông Phan Văn Vĩnh, cựu Cục trưởng C50 đau xót tự thừa nhận sai phạm.") == [("Phan Văn Vĩnh", "cựu Cục trưởng C50")]


def test_a_teacher_addressed_as_co_giao_then_her_post_is_read_by_the_post():
    assert named("Phát biểu khai mạc, cô giáo Lê Thị Minh Tâm – Hiệu trưởng Trường Trung học cơ sở Trần Phú cho rằng âm nhạc là cần thiết.") == [
        ("Lê Thị Minh Tâm", "Hiệu trưởng Trường Trung học cơ sở Trần Phú")]
    # With no post, "cô giáo" is her calling.
    assert named("Cô giáo Lê Thị Minh Tâm cho rằng âm nhạc là cần thiết.") == [("Lê Thị Minh Tâm", "Cô giáo")]


def test_a_deputy_head_of_a_hospital_department_is_a_post():
    # (read as "Bác sĩ A – Phó Khoa …" is, the calling then the post, since session 27 saw
    # past the physician's grade "CKI"; the truth of round52-c drops the calling, as some rounds do)
    assert named("Bác sĩ CKI Tô Minh Thắng – Phó Khoa cấp cứu Bệnh viện Đa khoa tỉnh Kiên Giang cho biết.") == [
        ("Tô Minh Thắng", "Bác sĩ, Phó Khoa cấp cứu Bệnh viện Đa khoa tỉnh Kiên Giang")]
    assert named("Bác sĩ Tô Minh Thắng – Phó Khoa cấp cứu Bệnh viện Đa khoa tỉnh Kiên Giang cho biết.") == [
        ("Tô Minh Thắng", "Bác sĩ, Phó Khoa cấp cứu Bệnh viện Đa khoa tỉnh Kiên Giang")]


def test_an_executive_director_abbreviated_gddh_is_a_post():
    assert named("Sau đó, hai người đã được GĐĐH Ed Woodward dẫn đi thăm quan.") == [("Ed Woodward", "GĐĐH")]


def test_a_photo_credit_run_into_the_next_sentence_leaves_the_name_after_ong():
    assert named("Ảnh: Đình Văn Ông Lê Đình Quyết, Trưởng phòng dự báo khí tượng Đài khí tượng thủy văn Nam Bộ, cho biết.") == [
        ("Lê Đình Quyết", "Trưởng phòng dự báo khí tượng Đài khí tượng thủy văn Nam Bộ")]
    # a foreigner's name after the address too (round84-d-05, a body of one line)
    assert named("Ảnh: Quỳnh Trần Ông Neil MacGregor, Tổng giám đốc Savills Việt Nam, cho biết nhu cầu tăng.") == [
        ("Neil MacGregor", "Tổng giám đốc Savills Việt Nam")]
    assert named("Ảnh: Quỳnh Trần Ông Trần Văn Hùng, Tổng giám đốc Savills Việt Nam, cho biết nhu cầu tăng.") == [
        ("Trần Văn Hùng", "Tổng giám đốc Savills Việt Nam")]


def test_a_units_number_closes_a_post_set_off_after_the_name():
    assert named("Trung úy Phạm Đức Trường, Trung đội trưởng Công binh 3, kiểm tra kho vật nổ.") == [
        ("Phạm Đức Trường", "Trung úy, Trung đội trưởng Công binh 3")]
    assert named("Ông Johan Hamel, trọng tài hàng đầu Ligue 1, nhận định.") == [("Johan Hamel", "trọng tài hàng đầu Ligue 1")]
    # Not a count after the post: the number is the unit's only where a mark closes it.
    assert named("Đại tá Nguyễn Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh 3 năm liền được khen.") == [
        ("Nguyễn Văn Hùng", "Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")]


def test_a_rank_then_academic_titles_then_the_name_keeps_the_posts_after_it():
    assert named("Phát biểu bế mạc Hội thảo, Đại tướng, GS.TS Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an cho biết.") == [
        ("Tô Lâm", "Đại tướng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an")]


def test_a_rank_given_in_one_mention_opens_the_fullest_role_of_another():
    text = ("Dự có Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an. "
            "Phát biểu đề dẫn, Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an đề nghị các đại biểu đi sâu.")
    assert read_paragraphs(text) == [
        ("Lê Quốc Hùng", "Trung tướng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an")]


def test_a_role_never_holds_the_name_it_is_given_to():
    assert named("Những cuốn sách của Tổng Bí thư Tô Lâm Tổng Bí thư Tô Lâm là chủ biên, tác giả.") == [("Tô Lâm", "Tổng Bí thư")]


def test_a_foreign_name_with_and_without_its_middle_initial_is_one_person():
    text = "Phó Thủ tướng thông báo với Đại sứ Marc Knapper về việc. Phó Thủ tướng tiếp Đại sứ Mỹ tại Việt Nam Marc E. Knapper."
    assert read_paragraphs(text) == [("Marc E. Knapper", "Đại sứ Mỹ tại Việt Nam")]


def test_opening_a_meeting_ends_the_post_set_off_after_a_name():
    assert named("“Ngày này 45 năm trước”, trung tá Lê Anh Năm, nguyên Đồn trưởng Biên phòng Ma Lù Thàng mở đầu cuộc hội ngộ.") == [
        ("Lê Anh Năm", "trung tá, nguyên Đồn trưởng Biên phòng Ma Lù Thàng")]


def test_whose_spokesman_then_his_name_after_ong():
    assert named("Phó Phát ngôn viên của Tổng thư ký Liên hợp quốc , ông Farhan Haq cho rằng rủi ro hạt nhân đang ở mức cao.") == [
        ("Farhan Haq", "Phó Phát ngôn viên của Tổng thư ký Liên hợp quốc")]


def test_a_generals_post_then_tuong_and_his_name_set_off_by_a_comma():
    assert named("Tổng tham mưu trưởng quân đội Pháp, tướng Pierre Schill cho biết Paris sẵn sàng gửi quân.") == [
        ("Pierre Schill", "Tổng tham mưu trưởng quân đội Pháp, tướng")]
    assert named("Danh tướng Trần Hưng Đạo đánh tan quân Nguyên.") == []


def test_the_supreme_court_and_procuracy_in_lower_case_tối_cao_are_bodies_of_a_post():
    assert named("Viện trưởng Viện Kiểm sát nhân dân tối cao Nguyễn Huy Tiến trình bày tờ trình.") == [
        ("Nguyễn Huy Tiến", "Viện trưởng Viện Kiểm sát nhân dân tối cao")]
    assert named("Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình phát biểu.") == [("Nguyễn Hòa Bình", "Chánh án Tòa án nhân dân tối cao")]
    # A seat to fill, then the next post's holder: the seat is not his.
    assert named("để phê chuẩn ứng viên cho vị trí Thẩm phán Tòa án Tối cao, Lãnh đạo phe đa số Thượng viện Mitch McConnell đã hành động.") == [
        ("Mitch McConnell", "Lãnh đạo phe đa số Thượng viện")]


def test_a_deputys_province_in_brackets_after_his_name_ends_the_post():
    assert named("Đại biểu Quốc hội Trương Xuân Cừ (Hà Nội) phát biểu.") == [("Trương Xuân Cừ", "Đại biểu Quốc hội")]
    # Not a school named after a man, then its city.
    assert named("Cô Văn Liên Na, Phó Hiệu trưởng Trường THCS-THPT Lương Thế Vinh (Hà Nội) cho biết.") == [
        ("Văn Liên Na", "Phó Hiệu trưởng Trường THCS-THPT Lương Thế Vinh (Hà Nội)")]


def test_a_crews_sailors_and_mechanics_are_named_by_their_posts():
    assert named("Tàu có 5 người gồm ông Phạm Văn Hiệp, thuyền trưởng; Võ Văn Nhiều, thợ máy; Bùi Minh Trí, thủy thủ.") == [
        ("Phạm Văn Hiệp", "thuyền trưởng"), ("Võ Văn Nhiều", "thợ máy"), ("Bùi Minh Trí", "thủy thủ")]


def test_a_member_of_a_board_or_house_set_off_after_his_name():
    assert named("Ông Sergei Zheleznyak, thành viên quốc hội Nga nói rằng Nga có thể sẽ thay đổi.") == [
        ("Sergei Zheleznyak", "thành viên quốc hội Nga")]
    assert named("Sau thông tin bà Huỳnh Thị Huyền Như, thành viên HĐQT CTCP Chứng khoán Phương Đông (ORS) liên quan vụ lừa đảo trên TTCK (Cơ quan CSĐT vào cuộc).") == [
        ("Huỳnh Thị Huyền Như", "thành viên HĐQT CTCP Chứng khoán Phương Đông (ORS)")]
    # Not of a club, a project or a band, and not the board named "Hội đồng thành viên".
    assert named("Theo bà Phạm Thị Hồng, thành viên Câu lạc bộ hát Ghẹo, mỗi chặng mang một sắc thái riêng.") == []
    assert named("Hoàng Ngân, thành viên dự án chia sẻ: “Bằng cách ấy.”") == []
    assert named("Rocker nổi tiếng Roger Waters, thành viên nhóm Pink Floyd từng mặc trang phục lên sân khấu.") == []
    assert named("ACBS đã thay gần như toàn bộ thành viên Hội đồng thành viên, ông Bùi Tấn Tài lên thay ông Lê Vũ Kỳ.") == []


def test_a_second_post_after_a_comma_and_kiem_is_held_with_the_first():
    assert named("Bộ Công an đã khởi tố ông Đỗ Anh Dũng, Chủ tịch, kiêm TGĐ Tập đoàn Tân Hoàng Minh để điều tra.") == [
        ("Đỗ Anh Dũng", "Chủ tịch, kiêm TGĐ Tập đoàn Tân Hoàng Minh")]


def test_an_honour_before_the_name_opens_the_post_written_before_it():
    assert named("Giám đốc Nhà hát Chèo Việt Nam, NSND Nguyễn Thị Bích Ngoan cho biết, cách đây 3 năm.") == [
        ("Nguyễn Thị Bích Ngoan", "NSND, Giám đốc Nhà hát Chèo Việt Nam")]


def test_a_long_arab_name_after_the_honour_sheikh():
    assert named("Tổng thống Trump đã gặp Thủ tướng Sheikh Mohammed bin Abdulrahman Al Thani, cảm ơn vai trò.") == [
        ("Trump", "Tổng thống"), ("Mohammed bin Abdulrahman Al Thani", "Thủ tướng")]


def test_a_body_after_a_comma_ends_where_he_speaks():
    assert named("Chiều nay, ông Lê Văn Quang, Chủ tịch UBND phường 22, quận Bình Thạnh, TP.HCM xác nhận, công an đã điều tra.") == [
        ("Lê Văn Quang", "Chủ tịch UBND phường 22, quận Bình Thạnh, TP.HCM")]
    assert named("Ông Lê Văn Quang, Chủ tịch UBND phường 22, quận Bình Thạnh, TP.HCM cho biết, công an đã điều tra.") == [
        ("Lê Văn Quang", "Chủ tịch UBND phường 22, quận Bình Thạnh, TP.HCM")]


def test_an_events_year_closes_a_post_before_his_words():
    assert named("Ông Huỳnh Tiến Đạt, Phó Trưởng Ban tổ chức Festival Huế 2022 cho biết, trong các kỳ Festival.") == [
        ("Huỳnh Tiến Đạt", "Phó Trưởng Ban tổ chức Festival Huế 2022")]


def test_his_post_now_after_his_rank_and_name():
    assert named("Chồng chị là Đại uý Đỗ Xuân Điềm, hiện là Chính trị viên phó Đồn Biên phòng Na Cô Sa, đơn vị đóng quân ở xa.") == [
        ("Đỗ Xuân Điềm", "Đại úy, Chính trị viên phó Đồn Biên phòng Na Cô Sa")]
    # Not the post now of another man, named after the time of a president.
    assert ("Joe Biden", "Tổng thống") in named(
        "“Giá dầu đang thấp”, ông Dave Turk, cựu Thứ trưởng Năng lượng dưới thời Tổng thống Joe Biden, hiện là học giả thỉnh giảng tại Đại học Columbia, nói.")


def test_a_doctor_named_with_the_ward_or_hospital_he_works_in():
    assert named("Bác sĩ Lê Thị Dương, Trung tâm Huyết học - Truyền máu, Bệnh viện 19-8 cho biết.") == [
        ("Lê Thị Dương", "Bác sĩ, Trung tâm Huyết học - Truyền máu, Bệnh viện 19-8")]
    assert named("Ngày 5/4, bác sĩ chuyên khoa II Nguyễn Quốc Thắng, Bệnh viện Chấn thương Chỉnh hình (TPHCM) cho biết.") == [
        ("Nguyễn Quốc Thắng", "bác sĩ chuyên khoa II, Bệnh viện Chấn thương Chỉnh hình (TPHCM)")]
    # A doctor's calling alone is his role (session 22: the truth writes "bác sĩ" as one).
    assert named("Bác sĩ Lê Thị Dương cho biết bệnh nhân đã ổn định.") == [("Lê Thị Dương", "Bác sĩ")]


def test_a_bank_named_in_mixed_capitals_is_a_word_of_the_post():
    assert named("Chủ tịch TPBank Đỗ Minh Phú cho rằng việc sử dụng AI cần được kiểm soát chặt chẽ.") == [("Đỗ Minh Phú", "Chủ tịch TPBank")]
    assert named("Tổng giám đốc TPBank, ông Nguyễn Hưng cho biết những tác vụ từng mất hàng giờ.") == [("Nguyễn Hưng", "Tổng giám đốc TPBank")]


def test_a_year_of_the_sixty_year_cycle_is_no_ones_name():
    assert ("Giáp Thìn", "Thủ tướng Chính phủ") not in named(
        "Trong hai ngày mùng 3 và mùng 4 Tết Giáp Thìn, Thủ tướng Chính phủ đi kiểm tra các công trình.")
    assert named("Bí thư Tỉnh ủy Giáp Văn Thìn phát biểu.") == [("Giáp Văn Thìn", "Bí thư Tỉnh ủy")]


def test_two_initials_run_together_inside_a_foreign_name():
    assert named("Sau đó, Tổng thống Mỹ George H.W. Bush áp đặt lệnh tạm dừng thử nghiệm.") == [("George H.W. Bush", "Tổng thống Mỹ")]
    assert named("trước khi Tổng thống George H.W. Bush ký lệnh cấm thử hạt nhân.") == [("George H.W. Bush", "Tổng thống")]
    # A single H. or P. before a place is still its unit.
    assert named("Ông Lê Văn Bình, Chủ tịch UBND P. Hòa Khánh, cho biết.") == [("Lê Văn Bình", "Chủ tịch UBND P. Hòa Khánh")]


def test_a_name_on_its_own_line_then_the_post_on_the_next():
    def read(*lines):
        return [(p.name, p.role) for p in participants([(normalise(line), False) for line in lines])]
    assert read("Ý kiến của các đại biểu:", "PGS.TS. Nguyễn Đức Độ", "Phó Viện trưởng Viện Kinh tế - Tài chính (Học viện Tài chính)",
                "Cần có giải pháp kiểm soát giá.") == [("Nguyễn Đức Độ", "Phó Viện trưởng Viện Kinh tế - Tài chính (Học viện Tài chính)")]
    assert read("Trần Văn Thức", "Tỉnh ủy viên, Giám đốc Sở Giáo dục và Đào tạo Thanh Hóa") == [
        ("Trần Văn Thức", "Tỉnh ủy viên, Giám đốc Sở Giáo dục và Đào tạo Thanh Hóa")]
    # Not a heading that is a place, nor a post that runs into a sentence.
    assert read("Lạng Sơn", "Giám đốc Sở Y tế cho biết năm nay tỉnh đã tiêm đủ vắc xin cho trẻ em.") == []
    assert read("Trần Văn Thức", "Giám đốc Sở Y tế cho biết năm nay tỉnh đã tiêm đủ vắc xin cho trẻ em.") == []


def test_a_burmese_name_holds_the_honour_u():
    assert named("Chủ tịch Quốc hội đã tới chào Tổng thống Cộng hòa Liên bang Myanmar U Thein Sein.") == [
        ("U Thein Sein", "Tổng thống Cộng hòa Liên bang Myanmar")]
    assert named("Chủ tịch Quốc hội đã hội kiến Chủ tịch Hạ viện Myanmar Thura U Shwe Mann.") == [
        ("Thura U Shwe Mann", "Chủ tịch Hạ viện Myanmar")]


def test_a_bodys_fields_written_in_sentence_case_go_on_past_va():
    assert named("Bà Lê Thị Ánh Mai, Phó giám đốc Sở Văn hóa và thể thao Hà Nội cho biết.") == [
        ("Lê Thị Ánh Mai", "Phó giám đốc Sở Văn hóa và thể thao Hà Nội")]
    assert named("Ông Nguyễn Quốc Việt, Phó Viện trưởng Viện Nghiên cứu kinh tế và chính sách (VEPR), nhận định.") == [
        ("Nguyễn Quốc Việt", "Phó Viện trưởng Viện Nghiên cứu kinh tế và chính sách (VEPR)")]
    # Not another person's post after "và".
    assert named("Ông Ngô Hữu Dũng, Phó Trưởng Ban Thường trực Ban ATGT tỉnh và đại diện lãnh đạo các sở dự.")[0] == (
        "Ngô Hữu Dũng", "Phó Trưởng Ban Thường trực Ban ATGT tỉnh")


def test_the_cabinet_noi_cac_is_a_bodys_word_not_the_plural_cac():
    assert named("Chánh văn phòng Nội các Nhật Bản Minoru Kihara cho biết: Nhật Bản và Mỹ đang hợp tác.") == [
        ("Minoru Kihara", "Chánh văn phòng Nội các Nhật Bản")]


def test_the_japanese_emperor_before_his_name_and_the_spokesman_of_this_ministry():
    assert named("Người đứng đầu Nhà Trắng sẽ hội kiến Nhật Hoàng Naruhito và hội đàm với Thủ tướng Sanae Takaichi.") == [
        ("Naruhito", "Nhật Hoàng"), ("Sanae Takaichi", "Thủ tướng")]
    assert named("Người phát ngôn bộ này Hà Vịnh Tiền trong cuộc họp báo thường kỳ nhấn mạnh.") == [("Hà Vịnh Tiền", "Người phát ngôn bộ này")]
    # A Vietnamese name after "Nhật Hoàng" is Mr Nhật Hoàng's.
    assert named("Nhật Hoàng Minh cho biết hôm nay.") == []


def test_a_school_named_after_a_man_set_off_in_a_teachers_post():
    assert named("Thầy Tô Thanh Liêm, Hiệu trưởng trường Đinh Bộ Lĩnh, phường Tân Mỹ, sáng 5/5 cho biết khoảng 1.300 học sinh.") == [
        ("Tô Thanh Liêm", "Hiệu trưởng trường Đinh Bộ Lĩnh, phường Tân Mỹ")]


def test_the_unit_above_after_a_comma_is_the_posts_whatever_the_sentence_does_next():
    assert named("Cách đây không lâu, chị Tô Thùy Trang- Bí thư Đoàn xã Quảng Phú, huyện Krông Nô nhận được cuộc điện thoại.") == [
        ("Tô Thùy Trang", "Bí thư Đoàn xã Quảng Phú, huyện Krông Nô")]
    assert named("Thiếu tá Trương Văn Chương, Trưởng công an xã Lũng Cao, huyện Bá Thước (Thanh Hóa) đã có mặt.") == [
        ("Trương Văn Chương", "Thiếu tá, Trưởng công an xã Lũng Cao, huyện Bá Thước (Thanh Hóa)")]


def test_a_post_whose_body_ends_the_paragraph_after_a_comma_reads_without_failing():
    # (a bug of session 17, found by round 94-c: looking for a place past the paragraph's last word)
    assert named("Dự có bà Svetlana G. Gradoboeva, Phó Tổng Giám đốc phụ trách pháp luật, Công ty EPT, Rosatom.") == [
        ("Svetlana G. Gradoboeva", "Phó Tổng Giám đốc phụ trách pháp luật, Công ty EPT")]


def test_a_post_says_more_than_being_the_countrys_leader():
    text = "Nhà lãnh đạo Mỹ Donald Trump nói. Tổng thống Mỹ Donald Trump cho biết ông sẵn sàng gặp nhà lãnh đạo Nga Vladimir Putin."
    assert read_paragraphs(text) == [
        ("Donald Trump", "Tổng thống Mỹ"), ("Vladimir Putin", "nhà lãnh đạo Nga")]


def test_counterexamples_of_the_review_of_session_18():
    # A ministry "… và Môi trường" and "nhà trường" before a name are no school named after him.
    assert named("Theo Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà, Bộ đã có tờ trình.") == [
        ("Trần Hồng Hà", "Bộ trưởng Bộ Tài nguyên và Môi trường")]
    assert named("Hiệu trưởng nhà trường Huỳnh Công Sơn, cũng có mặt vào thời điểm đó đã xin lỗi phụ huynh.") == [
        ("Huỳnh Công Sơn", "Hiệu trưởng nhà trường")]
    # A body named like a man, then its province in brackets: the body's (only a deputy's own province ends his post).
    assert named("Thông tin trên được ông Nguyễn Danh Kỳ, Giám đốc Vườn quốc gia Vũ Quang (Hà Tĩnh) thông tin cho PV.") == [
        ("Nguyễn Danh Kỳ", "Giám đốc Vườn quốc gia Vũ Quang (Hà Tĩnh)")]
    assert named("Bí thư huyện đoàn Triệu Phong (Quảng Trị) Nguyễn Trịnh Điển cho biết.") == [
        ("Nguyễn Trịnh Điển", "Bí thư huyện đoàn Triệu Phong (Quảng Trị)")]
    # A count before a calling is no shared post.
    assert named("Hiện, ĐH Quốc gia Hà Nội có 2 Phó Giám đốc là PGS.TS Nguyễn Hoàng Hải và PGS.TS Phạm Bảo Sơn.")[0] == (
        "Nguyễn Hoàng Hải", "Phó Giám đốc")
    # A bank's branch named after a street is no person.
    assert named("Ông Nguyễn Văn Hùng, Giám đốc VPBank chi nhánh Lê Văn Lương, cho biết ngân hàng đã phong tỏa tài khoản.") == [
        ("Nguyễn Văn Hùng", "Giám đốc VPBank chi nhánh Lê Văn Lương")]
    # "Tiếng nói", "Công nghệ thông tin": a body's words, not his speaking.
    assert named("Ông Nguyễn Văn Hùng, Giám đốc Trung tâm Tin học, Cục Công nghệ thông tin, Bộ Y tế cho biết hệ thống đã ổn định.") == [
        ("Nguyễn Văn Hùng", "Giám đốc Trung tâm Tin học, Cục Công nghệ thông tin, Bộ Y tế")]
    # A rank written in the role is not written again.
    text = "Đại tướng Võ Nguyên Giáp là vị tướng huyền thoại. Cố Đại tướng Võ Nguyên Giáp sinh năm 1911."
    assert read_paragraphs(text) == [("Võ Nguyên Giáp", "Cố Đại tướng")]
    # A body named after him keeps his name in the role; a band or a school is no member's body.
    assert named("Adrian Day, giám đốc điều hành của Adrian Day Asset Management nhận định, vàng sẽ lên.") == [
        ("Adrian Day", "giám đốc điều hành của Adrian Day Asset Management")]
    assert named("Bà Melinda Gates, đồng Chủ tịch Quỹ Bill & Melinda Gates, cho biết quỹ sẽ tài trợ thêm.") == [
        ("Melinda Gates", "đồng Chủ tịch Quỹ Bill & Melinda Gates")]
    # (since session 27 a singer known by one stage name is one; the former band is still no post)
    assert named("Nữ ca sĩ Sunmi (cựu thành viên Wonder Girls) lại tìm vui trong trò lắp ghép Lego.") == [("Sunmi", "Nữ ca sĩ")]
    assert named("Phía nhà trường cho rằng thành viên Hội đồng trường, thành viên Ban giám hiệu của Trường ĐH Tôn Đức Thắng không phải là cán bộ.") == []
    # "và" before another body, a second doctor, what he did, his wife.
    assert named("Cùng đi có ông Trần Văn Nam, Chủ tịch Hội Nông dân tỉnh và phu nhân.") == [("Trần Văn Nam", "Chủ tịch Hội Nông dân tỉnh")]
    assert named("Ông Lê Đức Anh được bầu ủy viên Bộ Chính trị và nhậm chức Phó Bí thư Quân ủy Trung ương, Bộ trưởng Quốc phòng.") == [
        ("Lê Đức Anh", "ủy viên Bộ Chính trị")]
    # A doctor's ward closed by a verb that is not his words is no part of his role.
    assert named("Bác sĩ Trần Quang Dư, Bệnh viện Nhi đồng 1 khuyến cáo, để phòng tránh trẻ ngã.") == [("Trần Quang Dư", "Bác sĩ")]
    # The unit after a comma is the post's once, not the next clause's subject.
    assert named("Theo ông Nguyễn Văn Ty – Trưởng phòng GD-ĐT huyện Tiên Yên, tỉnh Quảng Ninh, huyện Tiên Yên là địa phương đi đầu.") == [
        ("Nguyễn Văn Ty", "Trưởng phòng GD-ĐT huyện Tiên Yên, tỉnh Quảng Ninh")]
    # A unit's number closes the post: the next man's post is his own.
    assert ("Ngô Xuân Lịch", "Đại tướng, ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Quốc phòng") in named(
        "Ông Phạm Minh Chính, ủy viên Bộ Chính trị, Trưởng ban Chỉ đạo Đề án Trung ương 7, khóa 12 và Đại tướng Ngô Xuân Lịch, "
        "ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Quốc phòng chủ trì hội nghị.")
    # "tướng cướp" is no post; George Bush (cha) is not his son.
    assert named("Băng nhóm do Nguyễn Văn Hùng cầm đầu, tướng cướp Trần Văn Nam đã bị bắt.") == []
    text = "Cựu Tổng thống Mỹ George Bush (cha) qua đời. Con trai ông, cựu Tổng thống George W. Bush, cho biết cha ông ra đi thanh thản."
    assert len(participants([(normalise(text), False)])) == 2
    # A drama's title in quotes; an initial inside a long Indian name.
    assert named("trong đó phải kể tới “Iljimae”, “Nữ Hoàng Seondeok“, “Cheese in the Trap”.") == []
    assert named("Thủ hiến bang Andhra Pradesh Y S Jagan Mohan Reddy đã yêu cầu các cơ quan y tế trữ thuốc.") == [
        ("Y S Jagan Mohan Reddy", "Thủ hiến bang Andhra Pradesh")]


def test_a_post_several_hold_then_each_name_after_its_rank():
    # "hai Thứ trưởng … là Thượng tướng A và Thượng tướng B": the rank first, then the shared post.
    assert named("Ngày 14-10, hai Thứ trưởng Bộ Quốc phòng là Thượng tướng Hoàng Xuân Chiến và Thượng tướng Nguyễn Trường Thắng "
                 "đã dẫn đoàn công tác đến khu vực biên giới.") == [
        ("Hoàng Xuân Chiến", "Thượng tướng, Thứ trưởng Bộ Quốc phòng"), ("Nguyễn Trường Thắng", "Thượng tướng, Thứ trưởng Bộ Quốc phòng")]
    assert named("Hai Phó Giám đốc Công an tỉnh là Đại tá Trần Văn Bình và ông Lê Văn Hải cùng dự.") == [
        ("Trần Văn Bình", "Đại tá, Phó Giám đốc Công an tỉnh"), ("Lê Văn Hải", "Phó Giám đốc Công an tỉnh")]


def test_a_rank_set_off_by_a_comma_then_the_name_and_the_post_in_brackets():
    assert named("Đại tá, TS Nguyễn Hồng Quân (Phó cục trưởng Cục An ninh mạng), chia sẻ thành công của cuộc thi.") == [
        ("Nguyễn Hồng Quân", "Đại tá, Phó cục trưởng Cục An ninh mạng")]
    assert named("Đại tá, TS Nguyễn Hồng Quân (chuyên môn), chia sẻ thành công của cuộc thi.") == [("Nguyễn Hồng Quân", "Đại tá")]


def test_an_aides_post_then_the_man_served_then_the_aide_set_off_with_ong():
    # The post served and the man who holds it: the aide is the one set off after them with "ông".
    assert named("Đặc phái viên của Tổng thống Nga Vladimir Putin, ông Kirill Dmitriev, đang có mặt tại Mỹ.") == [
        ("Vladimir Putin", "Tổng thống Nga"), ("Kirill Dmitriev", "Đặc phái viên của Tổng thống Nga Vladimir Putin")]
    assert named("Cố vấn của Tổng thống Mỹ Donald Trump, ông Jared Kushner, cho biết Hamas ủng hộ.") == [
        ("Donald Trump", "Tổng thống Mỹ"), ("Jared Kushner", "Cố vấn của Tổng thống Mỹ Donald Trump")]
    assert named("Ông Dmitriev gặp đặc phái viên của Tổng thống Mỹ Donald Trump là ông Steve Witkoff tại Florida.") == [
        ("Donald Trump", "Tổng thống Mỹ"), ("Steve Witkoff", "đặc phái viên của Tổng thống Mỹ Donald Trump")]
    # Not a principal named, then a clause of his own.
    assert named("Đặc phái viên của Tổng thống Mỹ Donald Trump về các lệnh trừng phạt cho biết.") == [("Donald Trump", "Tổng thống Mỹ")]


def test_an_office_in_lower_case_goes_on_into_the_post():
    # "văn phòng": a post over an office ("Trưởng văn phòng Luật sư Vì Dân"), not "Trưởng văn" and a lawyer Vì Dân.
    assert named("Bị cáo Trần Đình Triển, nguyên Phó chủ nhiệm Đoàn Luật sư Hà Nội, Trưởng văn phòng Luật sư Vì Dân. Phiên tòa dự kiến.") == [
        ("Trần Đình Triển", "nguyên Phó chủ nhiệm Đoàn Luật sư Hà Nội, Trưởng văn phòng Luật sư Vì Dân")]


def test_a_post_set_off_after_a_name_ends_where_he_proposes():
    assert named("Ông Nguyễn Văn Hùng, Bí thư Tỉnh uỷ Lâm Đồng kiến nghị Trung ương sớm ban hành hướng dẫn.") == [
        ("Nguyễn Văn Hùng", "Bí thư Tỉnh ủy Lâm Đồng")]
    assert named("Đồng chí Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh giải đáp kiến nghị của thành phố.") == [
        ("Phạm Ngọc Thưởng", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]


def test_a_firms_english_name_is_no_mans_and_a_statistics_office_goes_on():
    assert named("Bà Đặng Thị Kim Oanh, Tổng giám đốc Kim Oanh Group, cho biết hằng năm quỹ đều trao học bổng.") == [
        ("Đặng Thị Kim Oanh", "Tổng giám đốc Kim Oanh Group")]
    assert named("TS Nguyễn Bích Lâm, nguyên Tổng cục trưởng Tổng cục Thống kê đánh giá, trong nhiều năm qua.") == [
        ("Nguyễn Bích Lâm", "nguyên Tổng cục trưởng Tổng cục Thống kê")]


def test_the_finance_and_budget_committee_is_one_body_whatever_its_case():
    assert named("Dự có Phó Chủ nhiệm Ủy ban Tài chính, ngân sách Quốc hội Đinh Trịnh Hải; Thứ trưởng Bộ Tư pháp Đinh Trung Tụng.") == [
        ("Đinh Trịnh Hải", "Phó Chủ nhiệm Ủy ban Tài chính, ngân sách Quốc hội"), ("Đinh Trung Tụng", "Thứ trưởng Bộ Tư pháp")]
    assert named("Ông Đinh Trịnh Hải, Ủy viên thường trực Ủy ban Tài chính, Ngân sách của Quốc hội cho biết.") == [
        ("Đinh Trịnh Hải", "Ủy viên thường trực Ủy ban Tài chính, Ngân sách của Quốc hội")]


def test_a_post_set_off_after_a_name_goes_on_over_places_joined_by_a_dash():
    # In apposition the name is known: "Hàm Nghi" before a dash is a road's end, not the next man.
    assert named("Ngày 21/5, ông Nguyễn Khắc Trung, Giám đốc ban điều hành dự án cao tốc Bắc - Nam đoạn Hàm Nghi - Vũng Áng cho biết.") == [
        ("Nguyễn Khắc Trung", "Giám đốc ban điều hành dự án cao tốc Bắc - Nam đoạn Hàm Nghi - Vũng Áng")]


def test_a_state_secretary_of_a_foreign_ministry_is_a_post():
    assert named("Thứ trưởng đã làm việc với Quốc Vụ khanh Bộ Ngoại giao Thụy Điển Dag Hartelius, Tổng Vụ trưởng phụ trách Thương mại Camilla Melander.") == [
        ("Dag Hartelius", "Quốc Vụ khanh Bộ Ngoại giao Thụy Điển"), ("Camilla Melander", "Tổng Vụ trưởng phụ trách Thương mại")]


def test_an_associations_head_is_a_post_and_a_language_taught_no_name():
    assert named("Họ đồng tình với phát biểu của Hội trưởng Chum Mey về sự việc.") == [("Chum Mey", "Hội trưởng")]
    assert named("Trường chỉ có 1 giáo viên Tiếng Anh luôn trong tình trạng phải dạy quá số tiết.") == []


def test_the_first_to_hold_a_post_holds_it():
    assert named("Trong bối cảnh nữ Thủ tướng đầu tiên của Nhật Bản là bà Sanae Takaichi nổi tiếng với lập trường cứng rắn.") == [
        ("Sanae Takaichi", "nữ Thủ tướng đầu tiên của Nhật Bản")]


def test_the_social_affairs_committee_is_named_without_ve():
    assert named("Chủ nhiệm Ủy ban các Vấn đề xã hội của Quốc hội Trương Thị Mai cho rằng việc tăng lương là cần thiết.") == [
        ("Trương Thị Mai", "Chủ nhiệm Ủy ban các Vấn đề xã hội của Quốc hội")]


def test_a_post_set_off_after_a_name_ends_where_the_body_named_registers():
    assert named("Ông Nguyễn Văn Hùng, Chủ tịch Tập đoàn Đất Xanh đăng ký bán 3 triệu cổ phiếu.") == [
        ("Nguyễn Văn Hùng", "Chủ tịch Tập đoàn Đất Xanh")]
    assert named("Ông Nguyễn Văn Hùng, Giám đốc Văn phòng đăng ký đất đai tỉnh cho biết.") == [
        ("Nguyễn Văn Hùng", "Giám đốc Văn phòng đăng ký đất đai tỉnh")]


def test_advertising_and_global_go_on_in_a_bodys_name():
    assert named("Ông Nguyễn Trường Sơn, Chủ tịch Hiệp hội Quảng cáo Việt Nam cho biết.") == [
        ("Nguyễn Trường Sơn", "Chủ tịch Hiệp hội Quảng cáo Việt Nam")]
    assert named("Ông Jason Tower, chuyên gia cấp cao tại Sáng kiến Toàn cầu, cho biết.") == [
        ("Jason Tower", "chuyên gia cấp cao tại Sáng kiến Toàn cầu")]


def test_japan_written_short_before_a_japanese_name_and_never_half_of_nhat_ban():
    assert named("Tân Thủ tướng Nhật Sanae Takaichi bày tỏ mong muốn ký hiệp ước hòa bình với Nga.") == [("Sanae Takaichi", "Thủ tướng Nhật")]
    assert named("Nhiếp ảnh gia Nhật Bản Tawada Yuki góp mặt với triển lãm.") == [("Tawada Yuki", "Nhiếp ảnh gia Nhật Bản")]
    assert not any(name.startswith("Bản") for name, _ in named("Chánh văn phòng Nội các Nhật Bản Kihara phát biểu tại cuộc họp báo."))
    assert named("Nhà văn Nguyễn Nhật Ánh cho biết.") == [("Nguyễn Nhật Ánh", "Nhà văn")]


def test_affairs_go_on_in_a_post_and_a_presidents_plane_is_no_one():
    assert named("Ông Sun Shihai, chuyên gia về các vấn đề Nam Á tại Học viện Khoa học Xã hội Trung Quốc, cho biết.") == [
        ("Sun Shihai", "chuyên gia về các vấn đề Nam Á tại Học viện Khoa học Xã hội Trung Quốc")]
    assert named("Trên chuyên cơ Air Force One, tổng thống Mỹ nói với các phóng viên rằng ông mong muốn.") == []


def test_the_companys_post_set_off_after_a_name_keeps_of_the_company():
    assert named("Tổ chức có liên quan với ông Nguyễn Trung Vũ, Chủ tịch HĐQT của công ty, ông Phạm Thanh Hưng, Phó Chủ tịch HĐQT của công ty.") == [
        ("Nguyễn Trung Vũ", "Chủ tịch HĐQT của công ty"), ("Phạm Thanh Hưng", "Phó Chủ tịch HĐQT của công ty")]


def test_saudi_written_short_is_a_country_and_a_social_network_is_no_one():
    assert named("Thái tử Saudi Mohammed bin Salman cho biết.") == [("Mohammed bin Salman", "Thái tử Saudi")]
    assert named("Trên mạng xã hội Truth Social, tổng thống Mỹ viết rằng ông sẽ hành động.") == []


def test_a_diplomat_and_a_retired_general_and_the_top_diplomat_below_his_post():
    assert named("Nhà ngoại giao Wolfgang Ischinger cho rằng Nga có lẽ sẽ đáp trả.") == [("Wolfgang Ischinger", "Nhà ngoại giao")]
    assert named("Trung tướng về hưu Ben Hodges, cựu Tư lệnh Lục quân Mỹ tại châu Âu, nhận định.") == [
        ("Ben Hodges", "Trung tướng về hưu, cựu Tư lệnh Lục quân Mỹ tại châu Âu")]
    text = "Ngoại trưởng Mỹ Marco Rubio nói. Nhà ngoại giao hàng đầu Mỹ Marco Rubio cho biết thêm."
    assert read_paragraphs(text) == [("Marco Rubio", "Ngoại trưởng Mỹ")]


def test_a_diplomat_with_praise_and_his_people_and_never_a_country_read_as_a_name():
    assert named("Nhà ngoại giao kỳ cựu người Đức Wolfgang Ischinger, chủ tịch Hội nghị An ninh Munich cho rằng, Nga có lẽ.") == [
        ("Wolfgang Ischinger", "Nhà ngoại giao kỳ cựu người Đức, chủ tịch Hội nghị An ninh Munich")]
    assert named("Nhà ngoại giao Thổ Nhĩ Kỳ cho biết: Vì mục đích duy trì hòa bình.") == []


def test_the_short_name_a_text_gives_a_body_is_no_part_of_the_post():
    assert named("Tổng Bí thư Nguyễn Phú Trọng - Trưởng Ban Chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực (gọi tắt là Ban Chỉ đạo) - chủ trì phiên họp.") == [
        ("Nguyễn Phú Trọng", "Tổng Bí thư, Trưởng Ban Chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực")]
    assert named("Bà Phan Thị Thanh Xuân, Phó Chủ tịch Hiệp hội Da giày - Túi xách Việt Nam cho biết.") == [
        ("Phan Thị Thanh Xuân", "Phó Chủ tịch Hiệp hội Da giày - Túi xách Việt Nam")]


def test_a_count_of_lawmakers_then_each_by_name_with_the_state_in_brackets():
    assert named("Trong cuộc bỏ phiếu, 4 thượng nghị sĩ Cộng hòa đã đứng về phía đảng Dân chủ, gồm Rand Paul (Kentucky), "
                 "người bảo trợ nghị quyết, Mitch McConnell (Kentucky), Susan Collins (Maine) và Lisa Murkowski (Alaska).") == [
        ("Rand Paul", "thượng nghị sĩ Cộng hòa (Kentucky)"), ("Mitch McConnell", "thượng nghị sĩ Cộng hòa (Kentucky)"),
        ("Susan Collins", "thượng nghị sĩ Cộng hòa (Maine)"), ("Lisa Murkowski", "thượng nghị sĩ Cộng hòa (Alaska)")]
    assert named("Bốn Thượng nghị sĩ Đảng Cộng hòa đã ủng hộ nghị quyết: Bà Susan Collins (bang Maine) và ông Rand Paul (Kentucky).") == [
        ("Susan Collins", "Thượng nghị sĩ Đảng Cộng hòa (bang Maine)"), ("Rand Paul", "Thượng nghị sĩ Đảng Cộng hòa (Kentucky)")]


def test_a_units_letter_as_an_initial_in_a_foreign_name_and_air_traffic_control():
    assert named("Ông Christian H. Kaelin, Chủ tịch của Henley & Partners, nhận định rằng.") == [
        ("Christian H. Kaelin", "Chủ tịch của Henley & Partners")]
    assert named("Chủ tịch UBND H. Lộc Bình Nguyễn Văn Hùng cho biết.") == [("Nguyễn Văn Hùng", "Chủ tịch UBND H. Lộc Bình")]
    assert named("Chủ tịch Hiệp hội Kiểm soát Không lưu Quốc gia, Nick Daniels, cho biết.") == [
        ("Nick Daniels", "Chủ tịch Hiệp hội Kiểm soát Không lưu Quốc gia")]


def test_junior_keeps_its_dot():
    text = "Bộ trưởng Quốc phòng Philippines Gilberto Teodoro Jr. cho biết hai nước sẽ lập lực lượng đặc nhiệm."
    assert read_paragraphs(text) == [
        ("Gilberto Teodoro Jr.", "Bộ trưởng Quốc phòng Philippines")]


def test_counterexamples_of_the_review_of_session_19():
    def read(text):
        return read_paragraphs(text)
    # A profile's "nhà ngoại giao chuyên nghiệp" says less than his post.
    assert read("Thứ trưởng Bộ Ngoại giao Đặng Minh Khôi tiếp Đại sứ. Ông Đặng Minh Khôi là nhà ngoại giao chuyên nghiệp, sinh năm 1964.") == [
        ("Đặng Minh Khôi", "Thứ trưởng Bộ Ngoại giao")]
    # The next clause's speaker is no aide: the aide set off with "ông" is closed by a comma.
    assert named("Sau khi gặp đặc phái viên của Tổng thống Mỹ Donald Trump, ông Vladimir Putin cho biết.") == [("Donald Trump", "Tổng thống Mỹ")]
    # A birth year or an age in brackets is no part of a shared post, and the rank stays.
    assert named("Danh tính 2 cán bộ Công an là Trung úy Nguyễn Đình Nhơn (SN 1991) và Thiếu úy Phùng Trần Hoàng (SN 1993).") == [
        ("Nguyễn Đình Nhơn", "Trung úy, cán bộ Công an"), ("Phùng Trần Hoàng", "Thiếu úy, cán bộ Công an")]
    assert ("Phạm Hải Cảng", "Trung tá, Đội trưởng CSGT số 2") in named(
        "2 cán bộ là Trung tá Phạm Hải Cảng, Đội trưởng CSGT số 2 và Trung tá Phan Cẩm Tú, Đội phó CSGT số 1, bị tạm đình chỉ.")
    # A unit's field in sentence case is no verb; a verb after a name's capitals is.
    assert named("Thượng tá Nguyễn Văn Phúc, Đội trưởng Đội đăng ký xe, Phòng CSGT Công an tỉnh Nghệ An cho biết, đơn vị đã cấp biển số.") == [
        ("Nguyễn Văn Phúc", "Thượng tá, Đội trưởng Đội đăng ký xe, Phòng CSGT Công an tỉnh Nghệ An")]
    assert named("Ông Nguyễn Văn Hùng, Giám đốc Công ty TNHH Hoàng Long quảng cáo sai sự thật về sản phẩm.") == [
        ("Nguyễn Văn Hùng", "Giám đốc Công ty TNHH Hoàng Long")]
    assert named("Bà Nguyễn Thị Lan, Trưởng phòng Xử lý đơn thư kiến nghị, Ban Tiếp công dân tỉnh cho biết, đã xử lý 300 đơn.") == [
        ("Nguyễn Thị Lan", "Trưởng phòng Xử lý đơn thư kiến nghị, Ban Tiếp công dân tỉnh")]
    # "Nhật" before a Vietnamese given name is her name; a law office named after its lawyer is no one.
    assert named("Trước đó nữ diễn viên Nhật Kim Anh đề nghị tòa giải quyết.") == [("Nhật Kim Anh", "nữ diễn viên")]  # ("nữ" kept since session 27, as the truth writes it)
    assert named("Luật sư Nguyễn Anh Thơm (Trưởng văn phòng Luật sư Nguyễn Anh, Đoàn Luật sư TP. Hà Nội) cho rằng, xe ưu tiên phải tuân thủ.") == [
        ("Nguyễn Anh Thơm", "Luật sư, Trưởng văn phòng Luật sư Nguyễn Anh, Đoàn Luật sư TP. Hà Nội")]
    # A retired officer's post in brackets after his rank and titles; a firm that invests.
    assert named("Thiếu tướng, PGS.TS Lê Văn Cương (nguyên Viện trưởng Viện Chiến lược, Bộ Công an) cho rằng, cần xử lý nghiêm.") == [
        ("Lê Văn Cương", "Thiếu tướng, nguyên Viện trưởng Viện Chiến lược, Bộ Công an")]
    assert named("Ông Nguyễn Văn Tuấn, Tổng giám đốc Văn Phú Invest cho biết.") == [("Nguyễn Văn Tuấn", "Tổng giám đốc Văn Phú Invest")]
    # "đầu tiên" and "về hưu" are the holder's only before his name, a mark, "của", "là" or "trong".
    assert named("Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế đầu tiên phát biểu, cho rằng cần tăng cường kiểm tra.") == [
        ("Nguyễn Văn Hùng", "Giám đốc Sở Y tế")]


def test_a_bodys_fields_in_lower_case_joined_by_and_go_on_with_the_post():
    # The fields before "và" are in no list of a body's words: the body's name holds them all.
    assert named("Ông Trần Minh Hải, Viện trưởng Viện Nghiên cứu chính sách và phát triển nông thôn (IPSARD), cho biết giá lúa tăng.") == [
        ("Trần Minh Hải", "Viện trưởng Viện Nghiên cứu chính sách và phát triển nông thôn (IPSARD)")]
    # What he did after his post is no field of it.
    assert named("Ông Trần Minh Hải, Viện trưởng Viện Nghiên cứu chính sách và cho biết giá lúa tăng.") == [
        ("Trần Minh Hải", "Viện trưởng Viện Nghiên cứu")]


def test_a_department_by_its_number_and_a_long_body_after_the_comma():
    # "Phòng 5" is the department's name; the body above it may run to a dozen words.
    assert named("Thiếu tá Lê Văn Nam, Phó Phòng 5, Cục An ninh mạng và Phòng chống tội phạm sử dụng công nghệ cao, Bộ Công an cho biết.") == [
        ("Lê Văn Nam", "Thiếu tá, Phó Phòng 5, Cục An ninh mạng và Phòng chống tội phạm sử dụng công nghệ cao, Bộ Công an")]
    assert named("Ông Trần Văn Bình, Trưởng phòng Dự báo thời tiết, Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết mưa lớn.") == [
        ("Trần Văn Bình", "Trưởng phòng Dự báo thời tiết, Trung tâm Dự báo khí tượng thủy văn quốc gia")]
    # A number after "phòng" that counts something is no department's.
    assert named("Trung tá Lê Văn Hải, Trưởng phòng 3 năm liền đạt danh hiệu chiến sĩ thi đua.") == [("Lê Văn Hải", "Trung tá, Trưởng phòng")]


def test_a_post_and_a_list_of_names_alone_closed_by_a_mark_is_all_of_theirs():
    assert named("Đến viếng có nguyên Chủ tịch nước Trần Văn Minh; nguyên Chủ tịch Quốc hội Lê Văn An, Phạm Thị Hoa, Đỗ Văn Hùng... Đoàn đặt vòng hoa.") == [
        ("Trần Văn Minh", "nguyên Chủ tịch nước"), ("Lê Văn An", "nguyên Chủ tịch Quốc hội"),
        ("Phạm Thị Hoa", "nguyên Chủ tịch Quốc hội"), ("Đỗ Văn Hùng", "nguyên Chủ tịch Quốc hội")]
    # A name with a post of its own after it, and the first of a list of people, keep theirs.
    assert named("Dự có Phó Chủ tịch UBND tỉnh Lê Văn An, Trần Văn Hùng, Giám đốc Sở Y tế.") == [
        ("Lê Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Hùng", "Giám đốc Sở Y tế")]
    assert named("Danh sách 3 ngư dân được cứu gồm: Thuyền trưởng Lê Văn An, Trần Văn Hùng, Đỗ Văn Nam.") == [("Lê Văn An", "Thuyền trưởng")]


def test_the_ministry_of_labour_written_with_a_comma_is_one_body():
    assert named("Ông Lê Văn Thanh, Cục trưởng An toàn lao động, Bộ Lao động, Thương binh và Xã hội, cho biết số vụ tai nạn giảm.") == [
        ("Lê Văn Thanh", "Cục trưởng An toàn lao động, Bộ Lao động, Thương binh và Xã hội")]


def test_the_department_of_employment_and_a_body_after_the_comma_with_its_ministry_in_brackets():
    # "Việc làm" is the department's field, no verb; the ministry above it may follow in brackets.
    assert named("Ông Lê Văn Hòa, Phó Cục trưởng Cục Việc làm, Bộ Lao động - Thương binh và Xã hội cho biết.") == [
        ("Lê Văn Hòa", "Phó Cục trưởng Cục Việc làm, Bộ Lao động - Thương binh và Xã hội")]
    assert named("Ông Lê Văn Hòa, Trưởng phòng Bảo hiểm thất nghiệp, Cục Việc làm (Bộ Nội vụ), nói số người nhận trợ cấp tăng.") == [
        ("Lê Văn Hòa", "Trưởng phòng Bảo hiểm thất nghiệp, Cục Việc làm (Bộ Nội vụ)")]
    assert named("Bà Trần Thị Mai, Giám đốc Trường Đào tạo cán bộ, Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank), phát biểu.") == [
        ("Trần Thị Mai", "Giám đốc Trường Đào tạo cán bộ, Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank)")]


def test_talks_after_a_country_are_no_part_of_its_ministers_post():
    # "Trung Quốc hội đàm": the talks, not "Quốc hội".
    assert named("Đại tướng Lê Văn An, Bộ trưởng Quốc phòng Việt Nam và Thượng tướng Trần Văn Bình, Bộ trưởng Quốc phòng Trung Quốc hội đàm tại biên giới.") == [
        ("Lê Văn An", "Đại tướng, Bộ trưởng Quốc phòng Việt Nam"), ("Trần Văn Bình", "Thượng tướng, Bộ trưởng Quốc phòng Trung Quốc")]


def test_a_resolution_named_by_its_number_ends_the_post():
    assert named("Theo ông Lê Văn Nam, Chủ tịch Hội đồng tư vấn thực hiện Nghị quyết 98, thành phố cần thêm cơ chế.") == [
        ("Lê Văn Nam", "Chủ tịch Hội đồng tư vấn thực hiện Nghị quyết 98")]


def test_a_body_that_has_a_count_of_posts_then_names_them():
    # The post is each member's, and the body named before "có" is whose post it is.
    assert named("Hiện Hội đồng nhân dân tỉnh có hai Phó chủ tịch, gồm các ông Lê Văn An và Trần Văn Bình.") == [
        ("Lê Văn An", "Phó chủ tịch Hội đồng nhân dân tỉnh"), ("Trần Văn Bình", "Phó chủ tịch Hội đồng nhân dân tỉnh")]
    assert named("UBND tỉnh Quảng Trị hiện có ba phó chủ tịch, gồm các ông Lê Văn An, Trần Văn Bình và Đỗ Văn Nam.") == [
        ("Lê Văn An", "phó chủ tịch UBND tỉnh Quảng Trị"), ("Trần Văn Bình", "phó chủ tịch UBND tỉnh Quảng Trị"),
        ("Đỗ Văn Nam", "phó chủ tịch UBND tỉnh Quảng Trị")]
    # No body named before the count: the post alone.
    assert named("Trong đó, đơn vị có hai Phó Giám đốc gồm ông Lê Văn An và ông Trần Văn Bình.") == [
        ("Lê Văn An", "Phó Giám đốc"), ("Trần Văn Bình", "Phó Giám đốc")]


def test_counterexamples_of_the_review_of_session_21():
    # A body after the comma ends before the post he is given, and before the clause's predicate.
    assert named("Bổ nhiệm ông Tô Hoàng Môn, Trưởng phòng Kế hoạch - Tài chính, Sở TN&MT tỉnh giữ chức Phó Giám đốc Sở TN&MT tỉnh.") == [
        ("Tô Hoàng Môn", "Trưởng phòng Kế hoạch - Tài chính, Sở TN&MT tỉnh")]
    assert ("Shoigu Sergei Kuzugetovich", "Đại tướng, Bộ trưởng Quốc phòng Liên bang Nga") in named(
        "Nhận lời mời của Đại tướng Shoigu Sergei Kuzugetovich, Bộ trưởng Quốc phòng Liên bang Nga, Đoàn đại biểu quân sự cấp cao "
        "nước CHXHCN Việt Nam do Đại tướng Phùng Quang Thanh, Bộ trưởng Bộ Quốc phòng dẫn đầu thăm hữu nghị chính thức LB Nga.")
    assert named("Ông Phạm Thái Sơn, Giám đốc tuyển sinh, Trường ĐH Công nghiệp thực phẩm TP.HCM phân tích chấm thi là công đoạn tốn kém.") == [
        ("Phạm Thái Sơn", "Giám đốc tuyển sinh")]
    # Verbs joined by "và" before a ranked name are no body's fields.
    assert named("Ông A đã trao quyết định của Bộ trưởng Bộ Công an điều động và bổ nhiệm Trung tướng Hồ Thanh Đình, "
                 "Phó Tổng cục trưởng Tổng cục VIII giữ chức vụ Cục trưởng Cục C10.") == [
        ("Hồ Thanh Đình", "Trung tướng, Phó Tổng cục trưởng Tổng cục VIII")]
    # "thành viên" is no unit; a district's kind before its name keeps the district.
    assert named("Ông Lê Mạnh Hùng, Phó trưởng Ban Tuyên giáo TƯ, thành viên.") == [
        ("Lê Mạnh Hùng", "Phó trưởng Ban Tuyên giáo TƯ, thành viên")]
    assert named("Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Trà Leng, huyện miền núi Nam Trà My, cho biết mưa lớn gây sạt lở.") == [
        ("Nguyễn Văn Hùng", "Chủ tịch UBND xã Trà Leng, huyện miền núi Nam Trà My")]
    # A man before "có" is no body whose posts are counted; a list after a colon keeps each member's own post.
    assert named("Phía trên bị cáo Khánh còn có Chủ tịch HĐTV là ông Đinh La Thăng, đầy uy quyền.") == [("Đinh La Thăng", "Chủ tịch HĐTV")]
    assert ("Nguyễn Quang Nam", "nguyên giám đốc chi nhánh") in named(
        "Công an tỉnh khởi tố bị can đối với 3 cựu cán bộ của ngân hàng Agribank chi nhánh TP Móng Cái, gồm: Nguyễn Quang Nam "
        "(SN 1979, nguyên giám đốc chi nhánh), Khổng Thu Hằng (SN 1970) và Đào Thùy Khiêm (SN 1976, nhân viên hậu kiểm) để điều tra.")
    # A post one man holds, then names: the others are other people.
    assert named("Trước đó, Công an tỉnh đã bắt Giám đốc Công ty Hoàng Long Nguyễn Văn Hùng, Trần Văn Bình, Lê Văn Cường.") == [
        ("Nguyễn Văn Hùng", "Giám đốc Công ty Hoàng Long")]
    assert named("Dự lễ có Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam.") == [
        ("Trịnh Đình Dũng", "Phó Thủ tướng"), ("Vũ Đức Đam", "Phó Thủ tướng")]


def test_a_homeroom_teacher_and_the_class_he_has():
    # "chủ nhiệm" after "giáo viên" is his charge, and "lớp 12A2" the class (a pupil's class is no post).
    assert named("Cô Nguyễn Thị Chung, giáo viên chủ nhiệm lớp 12A2, ấn tượng nhất ở khả năng sáng tạo.") == [
        ("Nguyễn Thị Chung", "giáo viên chủ nhiệm lớp 12A2")]
    assert named("Thầy Lê Mạnh Cường, giáo viên chủ nhiệm lớp 12 Lý 1, nhận xét Minh thông minh.") == [
        ("Lê Mạnh Cường", "giáo viên chủ nhiệm lớp 12 Lý 1")]
    assert named("Cô Dương Thị Nguyệt, giáo viên chủ nhiệm của Ngọc Minh, đánh giá học trò bản lĩnh.") == [
        ("Dương Thị Nguyệt", "giáo viên chủ nhiệm của Ngọc Minh")]
    assert named("Cô Lê Thị Hoa, giáo viên lớp 5A, Trường tiểu học Kim Đồng, cho biết.") == [
        ("Lê Thị Hoa", "giáo viên lớp 5A, Trường tiểu học Kim Đồng")]
    assert named("Em Nguyễn Văn Nam, học sinh lớp 12A1, cho biết.") == []


def test_a_statue_named_after_a_man_names_no_one():
    assert named("Hàng cây sứ ở Công viên tượng đài Chủ tịch Hồ Chí Minh trước trụ sở UBND thành phố được thay.") == []
    assert named("Đoàn dâng hoa tại tượng đài Đại tướng Võ Nguyên Giáp.") == []


def test_a_city_named_by_its_short_form_says_more_than_the_word_city():
    blocks = [(normalise(text), False) for text in (
        "Ông Lương Minh Phúc báo cáo với Chủ tịch UBND thành phố Nguyễn Văn Được chiều 15/5.",
        "Tại buổi làm việc, Chủ tịch UBND TP HCM Nguyễn Văn Được yêu cầu chủ đầu tư xác định rõ nguyên nhân.")]
    assert [(p.name, p.role) for p in participants(blocks)] == [("Nguyễn Văn Được", "Chủ tịch UBND TP HCM")]


def test_a_post_many_hold_after_a_mans_own_is_not_his():
    # "Bộ trưởng các Bộ: …" names the posts of those who come next (not after a rank alone).
    assert named("Trả lời chất vấn có Phó thủ tướng Lê Thành Long, Bộ trưởng các Bộ: Tài chính, Nội vụ, Y tế.") == [
        ("Lê Thành Long", "Phó thủ tướng")]
    assert named("Dự có ông Lê Văn An, Chủ tịch UBND tỉnh, Chủ tịch các huyện.") == [("Lê Văn An", "Chủ tịch UBND tỉnh")]
    assert named("Đại tướng Valery Gerasimov, Tổng tham mưu trưởng các lực lượng vũ trang Nga, cho biết.") == [
        ("Valery Gerasimov", "Đại tướng, Tổng tham mưu trưởng các lực lượng vũ trang Nga")]


def test_a_foreign_name_credited_by_theo_then_his_post():
    # "…, theo Mathew Owens, nhà nghiên cứu …" credits a man (as a capitalised "Theo" did); the
    # country after his university, closing the sentence, is part of the post (as the truth writes it).
    assert named("Bão sẽ mạnh, theo Mathew Owens, nhà nghiên cứu tại Đại học Reading, Anh.") == [
        ("Mathew Owens", "nhà nghiên cứu tại Đại học Reading, Anh")]


def test_scholars_named_by_their_science():
    assert named("Sự kiện được đặt theo tên nhà thiên văn học Anh Richard Carrington.") == [
        ("Richard Carrington", "nhà thiên văn học Anh")]
    assert named("Nhất là thuyết của nhà tâm lý học Jean Piaget (Thụy Điển).") == [("Jean Piaget", "nhà tâm lý học")]
    assert named("Theo nhà kinh tế học Lê Văn An, giá sẽ tăng.") == [("Lê Văn An", "nhà kinh tế học")]


def test_a_works_or_a_bodys_name_in_quotes_is_part_of_the_post():
    assert named('Đạo diễn phim "Em chưa 18" Lê Thanh Sơn cho biết sốc.') == [("Lê Thanh Sơn", 'Đạo diễn phim "Em chưa 18"')]
    assert named("Ông Trần Bá Phúc, Phó Chủ nhiệm CLB “Vì Hoàng Sa - Trường Sa thân yêu”, cho biết.") == [
        ("Trần Bá Phúc", "Phó Chủ nhiệm CLB “Vì Hoàng Sa - Trường Sa thân yêu”")]
    # Not a word said with a wink, nor his words after his name.
    assert named("Tổng thống Vladimir Putin “tiếp tục từ chối chấm dứt cuộc chiến”.") == [("Vladimir Putin", "Tổng thống")]
    assert named("Lãnh đạo Bệnh viện “sốc” trước quyết định.") == []


def test_a_deputy_head_of_a_provinces_delegation():
    assert named("Đại biểu Nguyễn Thị Việt Nga (Phó đoàn Hải Dương) cho rằng hệ thống đánh giá cán bộ phải khách quan.") == [
        ("Nguyễn Thị Việt Nga", "Đại biểu, Phó đoàn Hải Dương")]
    assert named("Phó đoàn Hưng Yên Lê Văn An phát biểu.") == [("Lê Văn An", "Phó đoàn Hưng Yên")]


def test_a_lawyers_bar_set_off_after_his_name():
    # The truth is split on this (6 with the bar, 4 without); the fuller post is the one the truth rules ask for.
    assert named("HĐXX chỉ định luật sư Đỗ Hải Bình (Đoàn luật sư TP HCM) bào chữa cho bị cáo.") == [
        ("Đỗ Hải Bình", "luật sư, Đoàn luật sư TP HCM")]
    assert named("Theo luật sư Nguyễn Đức Chánh - Đoàn luật sư TP HCM, nếu quả thật mọi chuyện xảy ra.") == [
        ("Nguyễn Đức Chánh", "luật sư, Đoàn luật sư TP HCM")]
    assert named("Luật sư Nguyễn Văn Thắng, Đoàn luật sư Hà Tĩnh bị phạt.") == [("Nguyễn Văn Thắng", "Luật sư")]


def test_a_ranked_mans_unit_set_off_after_his_name():
    assert named("Trung tá Nguyễn Cao Sơn, Đội CSGT Đường bộ số 3, Phòng CSGT, Công an thành phố Hà Nội nhận định.") == [
        ("Nguyễn Cao Sơn", "Trung tá, Đội CSGT Đường bộ số 3, Phòng CSGT, Công an thành phố Hà Nội")]
    assert named("Nhà của Thượng úy Võ Anh Trọng (Trung đoàn 143) bị ngập sâu.") == [("Võ Anh Trọng", "Thượng úy, Trung đoàn 143")]
    # What the unit did, not his: the sentence goes on after it.
    assert named("Thiếu tá Lê Văn Bình, Công an huyện Lý Sơn đã bắt giữ.") == [("Lê Văn Bình", "Thiếu tá")]


def test_a_doctor_is_named_by_his_calling():
    # "bác sĩ" is a calling the truth writes as a role, before his post or alone.
    assert named("Bác sĩ Nguyễn Tri Thức, Giám đốc Bệnh viện Chợ Rẫy, cho biết.") == [
        ("Nguyễn Tri Thức", "Bác sĩ, Giám đốc Bệnh viện Chợ Rẫy")]
    assert named("Ba y bác sĩ còn lại gồm bác sĩ Nguyễn Xuân Thành và hai điều dưỡng.") == [("Nguyễn Xuân Thành", "bác sĩ")]
    assert named("Bác sĩ Lê Thị Dương, Trung tâm Huyết học - Truyền máu, Bệnh viện 19-8 cho biết.") == [
        ("Lê Thị Dương", "Bác sĩ, Trung tâm Huyết học - Truyền máu, Bệnh viện 19-8")]


def test_a_court_title_before_a_reign_or_court_name():
    assert named("Chuyện tình hoàng đế Bảo Đại và hoàng hậu Nam Phương được chuyển thể thành phim.") == [
        ("Bảo Đại", "hoàng đế"), ("Nam Phương", "hoàng hậu")]
    assert named("Hoàng đế Quang Trung đại phá quân Thanh.") == [("Quang Trung", "Hoàng đế")]
    assert named("Vua phá lưới Hà Nội ghi bàn.") == []


def test_whose_post_after_de_in_lower_case_set_off_after_a_name():
    assert named("Đại tá Yuriy Ignat, người phát ngôn của lực lượng không quân Ukraine, giải thích trong một cuộc phỏng vấn.") == [
        ("Yuriy Ignat", "Đại tá, người phát ngôn của lực lượng không quân Ukraine")]
    assert named("Svitlana Kalysh, phát ngôn viên của công ty năng lượng khu vực tại vùng Sumy, cho biết.") == [
        ("Svitlana Kalysh", "phát ngôn viên của công ty năng lượng khu vực tại vùng Sumy")]
    # Not another man's post and name, read as his own mention.
    assert named("Ông Lê Văn Bình, Chánh văn phòng của Tổng thống Nga Vladimir Putin, cho biết.") == [
        ("Lê Văn Bình", "Chánh văn phòng"), ("Vladimir Putin", "Tổng thống Nga")]


def test_a_deputy_head_of_a_sub_department_written_phó_chi_cục():
    assert named("Ông Nguyễn Khắc Khánh, Phó chi cục Chăn nuôi và Thú y tỉnh, cho biết lợn nhiễm bệnh.") == [
        ("Nguyễn Khắc Khánh", "Phó chi cục Chăn nuôi và Thú y tỉnh")]


def test_in_charge_of_is_a_post_with_what_one_has_in_hand():
    assert named("Bà Nguyễn Thị Hường, phụ trách tuyển dụng công ty xuất khẩu lao động Traco ở TP HCM, cho biết.") == [
        ("Nguyễn Thị Hường", "phụ trách tuyển dụng công ty xuất khẩu lao động Traco ở TP HCM")]
    assert named("Ông Lê Văn An, Phó Giám đốc phụ trách kỹ thuật, cho biết.") == [("Lê Văn An", "Phó Giám đốc phụ trách kỹ thuật")]
    # What the comrade has in hand, listed: places, no one.
    assert named("Các xã do đồng chí phụ trách gồm Hồ Thầu, Tân Tiến và phường Nông Tiến.") == []


def test_more_callings_before_a_name():
    assert named("Tình nguyện viên Soubinh Keophet tham gia công tác cứu hộ cho biết.") == [("Soubinh Keophet", "Tình nguyện viên")]
    assert named("Ông Nguyễn Mạnh Hải làm sạch bức tranh của danh họa Trần Văn Cẩn.") == [("Trần Văn Cẩn", "danh họa")]


def test_a_doctors_field_or_an_artists_blindness_between_calling_and_name():
    assert named("Bác sĩ gây mê Jean Paul Derossier có mặt.") == [("Jean Paul Derossier", "Bác sĩ gây mê")]
    assert named("Bác sĩ phẫu thuật David Kulber giải thích, ông Garfield mất ngón tay.") == [("David Kulber", "Bác sĩ phẫu thuật")]


def test_counterexamples_of_the_review_of_session_22():
    # A ward's or a hospital's doctors name no one; a name that opens like a calling is a name.
    for sentence in ("Sau đó, bệnh nhân được bác sĩ Khoa Ngoại Thần kinh chỉ định phẫu thuật cấp cứu.",
                     "Vì sợ bệnh nhân nghèo, bác sĩ Chợ Rẫy lại một lần nữa thuyết phục ê-kíp ghép tim.",
                     "Sau hội chẩn, các bác sĩ Việt Đức dự định ghép gan cho bệnh nhân.",
                     "Theo bác sĩ Khoa Sản, thai phụ nhập viện lúc 2h sáng.",
                     # Realms and plurals after a court's title; a lower-case body that a verb of his goes on from.
                     'Cú trượt chân của "hoàng tử Ả Rập" Đức Huy giúp đội tuyển ghi bàn.',
                     "Sau đó, màu này được xem là dành riêng cho các hoàng đế La Mã.",
                     "Nhà hàng phục vụ món ăn cung đình của vua Ba Tư."):
        assert named(sentence) == [], sentence
    assert named("Bác sĩ Vũ Công Tầm, Trưởng khoa Hồi sức, cho biết bệnh nhân đã ổn định.") == [
        ("Vũ Công Tầm", "Bác sĩ, Trưởng khoa Hồi sức")]
    # A class written "4/1" or "7.2"; a pupil named after "của" is no part of the teacher's post; "chủ nhiệm" only after a teacher.
    assert named("Cô Trần Thùy Linh, giáo viên chủ nhiệm lớp 4/1, Trường tiểu học Phan Chu Trinh, cho biết.") == [
        ("Trần Thùy Linh", "giáo viên chủ nhiệm lớp 4/1, Trường tiểu học Phan Chu Trinh")]
    assert named("Thầy Bùi Văn Hải, giáo viên chủ nhiệm Lớp 7.2, chia sẻ.") == [("Bùi Văn Hải", "giáo viên chủ nhiệm Lớp 7.2")]
    assert named("Cô Dương Thị Nguyệt, giáo viên chủ nhiệm của em Nguyễn Văn Minh, cho biết.") == [("Dương Thị Nguyệt", "giáo viên chủ nhiệm")]
    assert named("PGS.TS Nguyễn Văn Bình, Trưởng khoa chủ nhiệm đề tài, cho biết.") == [("Nguyễn Văn Bình", "Trưởng khoa")]
    # A post of many only where a mark follows its bodies; "Tướng" alone is a rank.
    assert named("Tướng Oleksandr Syrskyi, Tổng tư lệnh các lực lượng vũ trang Ukraine, cho biết quân đội đang phòng thủ.") == [
        ("Oleksandr Syrskyi", "Tướng, Tổng tư lệnh các lực lượng vũ trang Ukraine")]
    assert named("Ông Trần Văn Sơn, Giám đốc Sở Y tế, Chủ tịch các hội đồng chuyên môn, cho biết.") == [
        ("Trần Văn Sơn", "Giám đốc Sở Y tế, Chủ tịch các hội đồng chuyên môn")]
    # A body after "của" in lower case closed only where a mark or his words close it.
    assert named("Ông Phạm Quốc Đạt, giáo viên Văn của trường với hình thức cảnh cáo.") == [("Phạm Quốc Đạt", "giáo viên Văn")]
    assert named("Thứ nhất, ông Hoàng Quốc Huy hiện là chuyên gia của kình ngư Nguyễn Huy Hoàng và mặc dù đây là chuyên gia giỏi.") == [
        ("Hoàng Quốc Huy", "chuyên gia")]
    # Scholars set off after a name.
    assert named("Jean Twenge, nhà tâm lý học tại Đại học San Diego, cho biết trẻ em dùng điện thoại nhiều hơn.") == [
        ("Jean Twenge", "nhà tâm lý học tại Đại học San Diego")]


def test_a_ranked_mans_unit_with_a_bodys_words_in_lower_case_and_a_bar_by_its_province():
    # (the review of session 22's narrow cases)
    assert named("Đại úy Phạm Văn Tuấn, Phòng CSGT Công an tỉnh Đồng Nai, cho biết.") == [
        ("Phạm Văn Tuấn", "Đại úy, Phòng CSGT Công an tỉnh Đồng Nai")]
    assert named("Thiếu tá Nguyễn Văn Hùng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị, cho biết.") == [
        ("Nguyễn Văn Hùng", "Thiếu tá, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị")]
    assert named("Đại tá Nguyễn Văn Minh, Học viện Chính trị, Bộ Quốc phòng, nhận định.") == [
        ("Nguyễn Văn Minh", "Đại tá, Học viện Chính trị, Bộ Quốc phòng")]
    assert named("Theo luật sư Nguyễn Văn Đức, Đoàn luật sư tỉnh Nghệ An, hành vi này vi phạm pháp luật.") == [
        ("Nguyễn Văn Đức", "luật sư, Đoàn luật sư tỉnh Nghệ An")]


def test_counterexamples_of_the_second_review_of_session_22():
    # A doctor named without a known family name, and a plural of full names, are doctors still.
    assert named("Bác sĩ Chiêm Quốc Thái là Giám đốc bệnh viện thẩm mỹ Việt Mỹ, cho biết.") == [
        ("Chiêm Quốc Thái", "Bác sĩ, Giám đốc bệnh viện thẩm mỹ Việt Mỹ")]
    assert named("Theo bác sĩ Thu Hà (Nam Định), bệnh nhân cần nghỉ ngơi.") == [("Thu Hà", "bác sĩ")]
    # Lower-case words a body holds, and a word pointing back before a verb of the clause.
    assert named("Remi Salomon, thành viên cấp cao của một bệnh viện nước này, cho biết.") == [
        ("Remi Salomon", "thành viên cấp cao của một bệnh viện nước này")]
    assert named("Ông Elon Musk, CEO của hãng xe điện Tesla, cho biết.") == [("Elon Musk", "CEO của hãng xe điện Tesla")]
    assert named("Ông Shinichi Morohoshi là thủ lĩnh của nhóm chơi xe Fighting Star tại Nhật Bản.") == [
        ("Shinichi Morohoshi", "thủ lĩnh của nhóm chơi xe Fighting Star tại Nhật Bản")]
    assert named("Bà Ngô Thị Tuyết Nhung, Chủ tịch Mặt trận Tổ quốc của phường đã cùng các đoàn thể đến thăm.") == [
        ("Ngô Thị Tuyết Nhung", "Chủ tịch Mặt trận Tổ quốc của phường")]
    # A board of managers is a body ("Ban chủ nhiệm").
    assert named("Anh Nguyễn Văn Tâm, thành viên Ban chủ nhiệm CLB Máu hiếm miền Bắc, cho biết.") == [
        ("Nguyễn Văn Tâm", "thành viên Ban chủ nhiệm CLB Máu hiếm miền Bắc")]


def test_a_bodys_field_in_lower_case_after_a_word_that_is_also_a_family_name():
    # "An" and "Tần" are family names too; "An toàn thực phẩm" and "Tần số vô tuyến điện" are fields.
    assert named("Phó chủ tịch Ủy ban An toàn giao thông quốc gia Khuất Việt Hùng đề nghị bổ sung quy định.") == [
        ("Khuất Việt Hùng", "Phó chủ tịch Ủy ban An toàn giao thông quốc gia")]
    assert named("Còn bà Phạm Khánh Phong Lan, Giám đốc Sở An toàn thực phẩm thành phố được các đại biểu bầu làm Ủy viên.") == [
        ("Phạm Khánh Phong Lan", "Giám đốc Sở An toàn thực phẩm thành phố")]
    assert named("Bà Nguyễn Phương Anh, Phó Cục trưởng Tần số vô tuyến điện được kéo dài thời gian giữ chức vụ.") == [
        ("Nguyễn Phương Anh", "Phó Cục trưởng Tần số vô tuyến điện")]
    assert named("Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm Nguyễn Văn Tâm kiểm tra.") == [
        ("Nguyễn Văn Tâm", "Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm")]
    # (but "thông tin" after a body's capitals is what it told, not its field)
    assert named("Ông Lương Minh Phúc, Giám đốc Ban Giao thông thông tin, UBND huyện Nhà Bè đã bàn giao mặt bằng.") == [
        ("Lương Minh Phúc", "Giám đốc Ban Giao thông")]


def test_a_firm_named_in_mixed_capitals_that_opens_like_a_word():
    assert named("Tổng giám đốc MedCAT Đặng Thị Ánh Tuyết nhận định Nghị quyết 57 tạo động lực.") == [
        ("Đặng Thị Ánh Tuyết", "Tổng giám đốc MedCAT")]
    assert named("Giám đốc điều hành OpenAI Sam Altman cho biết.") == [("Sam Altman", "Giám đốc điều hành OpenAI")]
    # (a name with two capitals is still a name: "McCain")
    assert named("Thượng nghị sĩ John McCain phát biểu.") == [("John McCain", "Thượng nghị sĩ")]


def test_a_federal_lawyer():
    assert named("Luật sư liên bang Jerome Gorgon nhấn mạnh đây là một vấn đề an ninh quốc gia.") == [
        ("Jerome Gorgon", "Luật sư liên bang")]


def test_an_editor_in_chief_and_a_commentator():
    assert named("Trên kênh TBN, ông Joel Rosenberg - chủ bút trang All Israel News (Israel) - đã phỏng vấn nhiều người.") == [
        ("Joel Rosenberg", "chủ bút trang All Israel News (Israel)")]
    assert named("Satoshi Fukutomi, bình luận viên kinh tế của tờ Mainichi, cho rằng giá gạo sẽ còn tăng.") == [
        ("Satoshi Fukutomi", "bình luận viên kinh tế của tờ Mainichi")]


def test_after_a_post_set_off_by_a_comma_the_sentences_subject_is_no_body():
    assert named("Theo bà Đào Thanh Hương, Phó Cục trưởng Đầu tư nước ngoài, Việt Nam thu hút đông đảo nhà đầu tư trực tiếp từ Mỹ.") == [
        ("Đào Thanh Hương", "Phó Cục trưởng Đầu tư nước ngoài")]
    assert named("Theo ông Nguyễn Trường Sơn, Chủ tịch Quỹ Hỗ trợ Giáo dục và Đào tạo Bảo Sơn, Giải thưởng sẽ được trao hàng năm.") == [
        ("Nguyễn Trường Sơn", "Chủ tịch Quỹ Hỗ trợ Giáo dục và Đào tạo Bảo Sơn")]
    # (but a body, a branch or a place after the post is still its own)
    assert named("Ông Nguyễn Văn Thắng, Phó giám đốc Công ty Xuyên Việt Oil, Chi nhánh Hà Nội cho biết.") == [
        ("Nguyễn Văn Thắng", "Phó giám đốc Công ty Xuyên Việt Oil, Chi nhánh Hà Nội")]
    assert named("Đại tá Phạm Kiên Cường, Trưởng Công an huyện Duy Tiên, Hà Nam cho biết.") == [
        ("Phạm Kiên Cường", "Đại tá, Trưởng Công an huyện Duy Tiên, Hà Nam")]


def test_an_agent_or_a_legal_representative_is_no_post():
    # (the review of session 23: "người đại diện X" is X's agent as often as agent X, and
    # "người đại diện theo pháp luật" a legal capacity, which the corpus does not count)
    assert named("Vấn đề lúc này sẽ chỉ là con số khi người đại diện Lee Nguyễn muốn 1 triệu USD cho 2 năm.") == []
    assert named("Anh Nguyễn Văn Nam, người đại diện của ca sĩ Sơn Tùng, cho biết.") == [("Sơn Tùng", "ca sĩ")]
    assert named("Công ty do ông Trần Bá Dương làm chủ tịch kiêm người đại diện theo pháp luật.") == [("Trần Bá Dương", "chủ tịch")]

def test_a_field_between_the_post_and_a_name_with_its_body_in_brackets():
    assert named("Chuyên gia tâm lý Trương Hương Thảo (ĐH Quốc gia TP HCM) cho rằng không phải cuộc hôn nhân nào cũng vậy.") == [
        ("Trương Hương Thảo", "Chuyên gia tâm lý")]
    # (not a commune named after a man, with its district in brackets; nor a market, a street, a shop
    # after a trade: the review of session 23)
    assert named("Chủ tịch xã Nguyễn Văn Trỗi (huyện Điện Bàn) cho biết.") == []
    assert named("“Kinh doanh ảm đạm”, chị Phúc Ngọc, một tiểu thương ở chợ Đồng Xuân (Hà Nội) chia sẻ.") == [
        ("Phúc Ngọc", "tiểu thương ở chợ Đồng Xuân (Hà Nội)")]
    assert named("Ông Nguyễn Văn Minh, chủ tiệm vàng Kim Thành (phố Hàng Bạc) cho biết giá vàng tăng.") == [
        ("Nguyễn Văn Minh", "chủ tiệm vàng Kim Thành (phố Hàng Bạc)")]


def test_a_doctor_set_off_after_the_name():
    assert named("Anh Nguyễn Văn Bình, bác sĩ tại Bệnh viện Bạch Mai, cho biết bệnh nhân đã ổn định.") == [
        ("Nguyễn Văn Bình", "bác sĩ tại Bệnh viện Bạch Mai")]
    assert named("\"Không thể loại trừ khả năng này\", Natacha Naoun, bác sĩ ung bướu tại Viện Gustave-Roussy, nói.") == [
        ("Natacha Naoun", "bác sĩ ung bướu tại Viện Gustave-Roussy")]


def test_a_foreign_name_before_any_post_set_off_after_it():
    assert named("Ethan Schaler, kỹ sư robot của NASA, đang chỉ đạo dự án.") == [("Ethan Schaler", "kỹ sư robot của NASA")]
    # His age between the name and the post, as a Vietnamese name's may stand.
    assert named("\"Chúng tôi chỉ có thể vệ sinh nhà cửa\", Abdul Kadir, 48 tuổi, nhân viên một cửa hàng tạp hóa, nói.") == [
        ("Abdul Kadir", "nhân viên một cửa hàng tạp hóa")]
    # (the review of session 24: after the age, what he did is no post)
    assert named("Theo The NewYork Times, người đàn ông này tên Juan Rodriguez, 39 tuổi, lái xe đến bệnh viện và đưa "
                 "2 bé Mariza và Phoenix đi làm cùng.") == []
    # (not a maker's product: the review of session 23)
    assert named("Nói về lỗi phổ biến của chiếc xe tay ga Honda Lead, một kỹ sư chuyên sửa xe máy tại Hà Nội cho biết.") == []
    assert named("\"Màu tím Tyrian là màu đắt nhất\", Frank Giecco, nhà khảo cổ tại Anh, cho biết.") == [
        ("Frank Giecco", "nhà khảo cổ tại Anh")]


def test_more_places_and_scholars_of_world_news():
    assert named("Thị trưởng Moskva Sergei Sobyanin xác nhận ba UAV bị bắn hạ gần thủ đô.") == [("Sergei Sobyanin", "Thị trưởng Moskva")]
    assert named("Lãnh đạo Chechnya Ramzan Kadyrov cho biết tướng Mordvichev từng là tư lệnh.") == [("Ramzan Kadyrov", "Lãnh đạo Chechnya")]
    assert named("\"Điều này rất quan trọng\", nhà địa vật lý Ross Mitchell cho biết.") == [("Ross Mitchell", "nhà địa vật lý")]
    assert named("Họ đang cân nhắc lại mọi lựa chọn, David Baker, nhà hóa sinh tại Đại học Washington, nói.") == [
        ("David Baker", "nhà hóa sinh tại Đại học Washington")]


def test_a_given_name_before_the_initials_of_a_foreign_name():
    assert named("Hai chiếc Boeing được đưa vào sử dụng dưới thời tổng thống George HW Bush.") == [("George HW Bush", "tổng thống")]
    assert named("Phó Tổng thống Mỹ JD Vance phát biểu.") == [("JD Vance", "Phó Tổng thống Mỹ")]


def test_a_hamlets_head_a_programmer_and_a_landlord():
    assert named("Ông Nguyễn Văn Vương, thôn trưởng thôn 1, xã Mỹ Thạnh, cho biết hầu hết đồng bào đi hái chuối.") == [
        ("Nguyễn Văn Vương", "thôn trưởng thôn 1, xã Mỹ Thạnh")]
    assert named("Anh Nguyễn Anh Đôn, một lập trình viên, cũng bắt gặp hiện tượng này.") == [("Nguyễn Anh Đôn", "lập trình viên")]
    assert [p for p, _ in named("Chị Nguyễn Thị Kim Hồng, 37 tuổi, chủ khu trọ 37 phòng ở quận Bình Tân mời ca sĩ về hát.")] == ["Nguyễn Thị Kim Hồng"]


def test_what_a_committee_or_a_high_representative_is_for():
    assert named("Có sự chứng kiến của Thượng tướng Hoàng Xuân Chiến, đồng Chủ tịch Ủy ban Phối hợp liên Chính phủ về Trung tâm Nhiệt đới Việt-Nga.") == [
        ("Hoàng Xuân Chiến", "Thượng tướng, đồng Chủ tịch Ủy ban Phối hợp liên Chính phủ về Trung tâm Nhiệt đới Việt-Nga")]
    assert named("Bà Kaja Kallas, Đại diện Cấp cao về Chính sách An ninh và Đối ngoại của Liên minh châu Âu, lên án vụ việc.") == [
        ("Kaja Kallas", "Đại diện Cấp cao về Chính sách An ninh và Đối ngoại của Liên minh châu Âu")]
    # (not where he went)
    assert named("Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn Bình về Hà Nội dự hội nghị.") == [("Nguyễn Văn Bình", "Chủ tịch Ủy ban MTTQ tỉnh")]


def test_what_a_steering_committee_a_department_or_a_centre_is_for():
    # ("Phòng, chống" kept whole after "về": the comma inside a body's name)
    assert named("Phó Trưởng Ban Chỉ đạo Quốc gia về Phòng, chống thiên tai Trần Quang Hoài cũng lưu ý người dân.") == [
        ("Trần Quang Hoài", "Phó Trưởng Ban Chỉ đạo Quốc gia về Phòng, chống thiên tai")]
    assert named("Quyền Cục trưởng Cục Giám sát quản lý về Hải quan Âu Anh Tuấn trả lời câu hỏi.") == [
        ("Âu Anh Tuấn", "Quyền Cục trưởng Cục Giám sát quản lý về Hải quan")]
    # (not where the head of a centre went)
    assert named("Giám đốc Trung tâm Y tế huyện Nguyễn Văn Bình về Hà Nội dự hội nghị.") == [("Nguyễn Văn Bình", "Giám đốc Trung tâm Y tế huyện")]


@pytest.mark.parametrize(("sentence", "people"), [
    ("“Nền tảng chưa đáp ứng được”, ông Nguyễn Minh Tân, Phó trưởng phòng Tổ chức biểu diễn, Nhà hát Giao hưởng nhạc vũ kịch TP.HCM, lý giải.",
     [("Nguyễn Minh Tân", "Phó trưởng phòng Tổ chức biểu diễn, Nhà hát Giao hưởng nhạc vũ kịch TP.HCM")]),
    ("Ông Lê Quốc Hương (Thẩm phán, Phó chánh tòa Hình sự TAND tỉnh) bị kỷ luật khiển trách.",
     [("Lê Quốc Hương", "Thẩm phán, Phó chánh tòa Hình sự TAND tỉnh")]),
    ("Ông Nguyễn Văn Hùng, Giám đốc, Nhà máy thủy điện Hòa Bình, cho biết tổ máy số 1 đã vận hành trở lại.",
     [("Nguyễn Văn Hùng", "Giám đốc, Nhà máy thủy điện Hòa Bình")]),
    ("Bà Kristalina Georgieva, Tổng giám đốc, Quỹ tiền tệ quốc tế, cảnh báo tăng trưởng toàn cầu chậm lại.",
     [("Kristalina Georgieva", "Tổng giám đốc, Quỹ tiền tệ quốc tế")]),
    ("Qua điều tra, bà Hồ Thị Hiệp - Giám đốc công ty An Tây vay tiền của chi nhánh ngân hàng BIDV Tây Sài Gòn khoảng 72 tỷ đồng.",
     [("Hồ Thị Hiệp", "Giám đốc công ty An Tây")]),
])
def test_counterexamples_of_the_review_of_session_23(sentence, people):
    # A body after the comma that opens with one capitalised word runs into a name or a
    # mark, where the sentence's own subject runs into its verb.
    assert named(sentence) == people


def test_an_air_forces_and_a_unions_words_in_lower_case():
    assert named("Tướng Jan Dam, tư lệnh không quân Đan Mạch, ca ngợi đây là cột mốc quan trọng.") == [
        ("Jan Dam", "Tướng, tư lệnh không quân Đan Mạch")]
    assert named("Đại tá Yuri Ignat, thư ký báo chí Bộ tư lệnh không quân Ukraine, tuyên bố.") == [
        ("Yuri Ignat", "Đại tá, thư ký báo chí Bộ tư lệnh không quân Ukraine")]
    # (a theatre named after a lake: "Hồ Gươm" is no one)
    assert named("Lãnh đạo Nhà hát Hồ Gươm cho biết vé đã bán hết.") == []


def test_a_bodys_fields_in_title_case_are_no_name_of_two_words():
    assert named("Mới đây, ông Nguyễn Toàn Thắng, Giám đốc Sở Nông Nghiệp và Môi trường TP HCM, cho biết.") == [
        ("Nguyễn Toàn Thắng", "Giám đốc Sở Nông Nghiệp và Môi trường TP HCM")]
    assert named("Giám đốc Sở Nông Nghiệp và Môi trường Nguyễn Toàn Thắng cho biết.") == [
        ("Nguyễn Toàn Thắng", "Giám đốc Sở Nông Nghiệp và Môi trường")]
    assert named("Tổng Bí thư Tô Lâm và Phu nhân đã đến Hà Nội.") == [("Tô Lâm", "Tổng Bí thư")]



def test_a_veteran_writer_a_crown_prince_and_the_family_name_gian():
    assert named("Nhà văn lão thành Vũ Ngọc Tiến cho biết vốn là người Hà Nội.") == [("Vũ Ngọc Tiến", "Nhà văn lão thành")]
    assert named("Kim bài của thái tử Bảo Long và công chúa Phương Dung được đấu giá.") == [
        ("Bảo Long", "thái tử"), ("Phương Dung", "công chúa")]
    assert named("Khách mời chương trình - nhà hoạt động giáo dục Giản Tư Trung - cho biết tâm đắc tác phẩm.") == [
        ("Giản Tư Trung", "nhà hoạt động giáo dục")]


@pytest.mark.parametrize(("sentence", "people"), [
    ("Phó giám đốc chi nhánh dịch vụ nhà ở Linh Đàm Nguyễn Văn Chiến cho biết.",
     [("Nguyễn Văn Chiến", "Phó giám đốc chi nhánh dịch vụ nhà ở Linh Đàm")]),
    ("Giám đốc khu nghỉ dưỡng Vinpearl Nha Trang Nguyễn Văn Hùng cho biết.",
     [("Nguyễn Văn Hùng", "Giám đốc khu nghỉ dưỡng Vinpearl Nha Trang")]),
    ("HLV trẻ Vũ Hồng Việt (QN) cho biết đội bóng đã sẵn sàng.", [("Vũ Hồng Việt", "HLV trẻ")]),
    ("Trưởng phòng Nguyễn Văn Tuấn và Công an xã đã có mặt.", [("Nguyễn Văn Tuấn", "Trưởng phòng")]),
    ("Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn Thọ về Khu công nghiệp Phú Mỹ kiểm tra tiến độ.",
     [("Nguyễn Văn Thọ", "Phó Chủ tịch Ủy ban nhân dân tỉnh")]),
    ("Đại diện Bộ Y tế về Bệnh viện Đa khoa tỉnh kiểm tra.", []),
])
def test_counterexamples_of_the_second_review_of_session_23(sentence, people):
    assert named(sentence) == people


def test_a_state_title_says_more_than_a_calling_and_its_art():
    read = read_paragraphs
    assert read("Nghệ sĩ cải lương Kim Tiểu Long làm phim ca nhạc. Nghệ sĩ Ưu tú Kim Tiểu Long từng đoạt Huy chương vàng.") == [
        ("Kim Tiểu Long", "Nghệ sĩ Ưu tú")]
    # (the review of session 24: not more than an office)
    assert read("Nạn nhân là em rể, NSƯT Vũ Mạnh Dũng (SN 1978). Anh Vũ Mạnh Dũng là Phó trưởng đoàn nhạc kịch "
                "(Nhà hát vũ kịch Việt Nam).") == [("Vũ Mạnh Dũng", "Phó trưởng đoàn nhạc kịch (Nhà hát vũ kịch Việt Nam)")]
    assert read("NSƯT Thanh Ngoan là nghệ sĩ chèo. Bà Thanh Ngoan, Giám đốc Nhà hát Chèo Việt Nam, cho biết nhà hát sẽ lưu diễn.") == [
        ("Thanh Ngoan", "Giám đốc Nhà hát Chèo Việt Nam")]
    # (the second review: a calling with an office after it is no bare calling; a title in lower case is one)
    assert read("NSƯT Thanh Ngoan biểu diễn. Nghệ sĩ chèo Thanh Ngoan, Giám đốc Nhà hát Chèo Việt Nam, cho biết nhà hát sẽ "
                "lưu diễn.") == [("Thanh Ngoan", "Nghệ sĩ chèo, Giám đốc Nhà hát Chèo Việt Nam")]
    assert read("Nhà giáo nhân dân Dương Thanh Liêm, nguyên hiệu trưởng Trường ĐH Nông lâm TP.HCM, phát biểu.") == [
        ("Dương Thanh Liêm", "Nhà giáo nhân dân, nguyên hiệu trưởng Trường ĐH Nông lâm TP.HCM")]


def test_a_stage_name_after_an_artists_art_but_no_ward_after_a_doctor():
    # (the review of session 24)
    for sentence in ("Các bác sĩ khoa Ngoại Nhi đã phẫu thuật nội soi kết hợp truyền máu hồi sức cho bệnh nhi.",
                     "Bác sĩ tim mạch Tâm Anh cho biết bệnh nhân đã ổn định.",
                     "Phong cách này khiến nhiều nghệ sĩ nổi tiếng Âu Mỹ mê mẩn."):
        assert named(sentence) == [], sentence


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 128: a show's host, a film star, a voice actor, a ship's captain.
    ("Show dự kiến phát sóng vào tháng 6, MC Anh Tuấn đảm nhận vị trí host.", [("Anh Tuấn", "MC")]),
    ("Aragaki Yui, minh tinh hàng đầu Nhật Bản, phủ nhận tin chồng cô - tài tử Hoshino Gen - ngoại tình.",
     [("Aragaki Yui", "minh tinh hàng đầu Nhật Bản"), ("Hoshino Gen", "tài tử")]),
    ("Anh vướng tin đồn hẹn hò minh tinh Eiza González nhưng cả hai không xác nhận.", [("Eiza González", "minh tinh")]),
    ("Diễn viên lồng tiếng Satomi Majima chung sống với ông 39 năm qua.", [("Satomi Majima", "Diễn viên lồng tiếng")]),
    ("Hạm trưởng Dave Snowden bị cách chức sau sự cố.", [("Dave Snowden", "Hạm trưởng")]),
    # A boxer's promoter ("ông" is here part of the calling), and two callings joined.
    ("Ông bầu Alex Krassyuk của Usyk kỳ vọng võ sĩ Ukraine sẽ đạt phong độ cao hơn.", [("Alex Krassyuk", "Ông bầu")]),
    ("Bố cô là ca sĩ kiêm nhạc sĩ Ricardo Arjona.", [("Ricardo Arjona", "ca sĩ kiêm nhạc sĩ")]),
    # Round 130: a great singer's title.
    ("Diva Mỹ Linh, Tùng Dương sẽ tham gia biểu diễn ở lễ hội.", [("Mỹ Linh", "Diva")]),
])
def test_callings_of_the_screen_and_the_sea(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 128: where one named by a calling works, written after the name, is part of the role ...
    ('"Cảm giác giống như có một lực bổ sung", nhà nghiên cứu Erik Ballesteros tại MIT cho biết.',
     [("Erik Ballesteros", "nhà nghiên cứu tại MIT")]),
    ("Nhà sinh thái học Jon O'Donnell từ NPS, tác giả chính của nghiên cứu, lần đầu thấy hiện tượng.",
     [("Jon O'Donnell", "Nhà sinh thái học từ NPS")]),
    ("Theo nhà thần kinh học Yi Rao tại Đại học Bắc Kinh, Trung Quốc, kết quả này quan trọng.",
     [("Yi Rao", "nhà thần kinh học tại Đại học Bắc Kinh, Trung Quốc")]),
    ("Nhà nghiên cứu Zhang Sining thuộc Viện Khoa học Xã hội Liêu Ninh cho biết.",
     [("Zhang Sining", "Nhà nghiên cứu thuộc Viện Khoa học Xã hội Liêu Ninh")]),
    # ... not where he was ("tại Hà Nội", "tại Hội nghị"), nor a doctor's hospital (his calling says enough).
    ("Nhà báo Nguyễn Văn An tại Hà Nội cho biết.", [("Nguyễn Văn An", "Nhà báo")]),
    ("Nhà báo Nguyễn Văn An tại Hội nghị cho biết.", [("Nguyễn Văn An", "Nhà báo")]),
    ("Bác sĩ nội trú Dylan Wyatt tại Bệnh viện NewYork-Presbyterian cho biết.", [("Dylan Wyatt", "Bác sĩ nội trú")]),
])
def test_where_one_named_by_a_calling_works_after_the_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 128: a science's or an art's calling set off after a foreign name is its role ...
    ("Trong video do Jorge Hernández-Urcera, nhà sinh thái học hải dương ở Viện nghiên cứu biển, quay lại, bạch tuộc thắng.",
     [("Jorge Hernández-Urcera", "nhà sinh thái học hải dương ở Viện nghiên cứu biển")]),
    ("Michael Yeung, nhà hóa học ở Đại học Albany, cho biết.", [("Michael Yeung", "nhà hóa học ở Đại học Albany")]),
    # ... but not one that labels the names after it.
    ("Cuốn sách của tác giả Pasi Sahlberg (dịch giả: Đặng Việt Vinh, Lê Phương Anh) được phát hành.",
     [("Đặng Việt Vinh", "dịch giả")]),
])
def test_a_calling_set_off_after_a_foreign_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 129: a member of the team, named so after his name ...
    ("J. Alstan Jakubiec, thành viên nhóm nghiên cứu, xây dựng các mô hình máy tính chi tiết.",
     [("J. Alstan Jakubiec", "thành viên nhóm nghiên cứu")]),
    ("Ngô Hữu Hoàng, thành viên nhóm cho rằng, xi măng sinh học hứa hẹn.", [("Ngô Hữu Hoàng", "thành viên nhóm")]),
    # ... not a band's name after "nhóm" (a role before a name would take it for a person).
    ("Rocker nổi tiếng Roger Waters, thành viên nhóm Pink Floyd từng mặc trang phục lạ lên sân khấu.", []),
])
def test_a_member_of_the_team(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 129: whose reporter he is, a body by its initials, whatever verb follows ...
    ("Ở Champaign tuần trước, phóng viên Maddie Weirus của CBS tìm nhộng ve sầu.", [("Maddie Weirus", "phóng viên của CBS")]),
    ("Phóng viên Jeff Darlington của ESPN chứng kiến vụ việc.", [("Jeff Darlington", "Phóng viên của ESPN")]),
    # ... but not initials a unit's word goes on from ("của UBND tỉnh …": cut inside the body's name).
    ("Phó Chủ tịch Nguyễn Văn An của UBND tỉnh chỉ đạo các sở.", [("Nguyễn Văn An", "Phó Chủ tịch")]),
])
def test_whose_by_its_initials(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 129: a scholar of any science ("nhà … học"), before a name or set off after one ...
    ("Phóng viên tìm nhộng ve sầu cùng với nhà côn trùng học Katie Dana ở Đại học Illinois.",
     [("Katie Dana", "nhà côn trùng học ở Đại học Illinois")]),
    ("Theo Chow-Yang Lee, nhà côn trùng học đô thị ở Đại học Illinois, gián Đức bỏ chạy.",
     [("Chow-Yang Lee", "nhà côn trùng học đô thị ở Đại học Illinois")]),
    ("Nhà miễn dịch học Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Nhà miễn dịch học")]),
    # ... not a house, a state or a school that studies.
    ("Ở nhà tập trung học bài rất tốt, Nguyễn Văn An kể.", []),
    ("Nhà nước học hỏi kinh nghiệm, Chủ tịch Nguyễn Văn An nói.", [("Nguyễn Văn An", "Chủ tịch")]),
    ("Nhà trường năm học này có Hiệu trưởng Trần Thị Bình mới.", [("Trần Thị Bình", "Hiệu trưởng")]),
])
def test_a_scholar_of_any_science(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A manager, set off after a name or before one ...
    ("Trong khi đó, anh Lê Xuân Vững, quản lý nhà hàng, cho biết khách đông.", [("Lê Xuân Vững", "quản lý nhà hàng")]),
    ("Để giải quyết vấn đề này, quản lý Rob Budetti tại AO cho biết.", [("Rob Budetti", "quản lý")]),
    # ... not the words of a body's name ("Ban Quản lý", "Đầu tư và Quản lý dự án").
    ("Ông Phùng Chí Đính, Trưởng phòng Tài chính ban Quản lý dự án Bình Dương, cho biết.",
     [("Phùng Chí Đính", "Trưởng phòng Tài chính ban Quản lý dự án Bình Dương")]),
    ("Ông Hà Văn Thuận, Tổng Giám đốc Công ty Đầu tư và Quản lý dự án Bình Dương, cho biết.",
     [("Hà Văn Thuận", "Tổng Giám đốc Công ty Đầu tư và Quản lý dự án Bình Dương")]),
])
def test_a_manager(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 130: a city written "TP. HCM", "Tp. HCM", "Tp.HCM" ...
    ("Chủ tịch UBND TP. HCM Phan Văn Mãi giao Sở phối hợp.", [("Phan Văn Mãi", "Chủ tịch UBND TP. HCM")]),
    ("Kết luận thanh tra do Phó Chánh Thanh tra Tp.HCM Phan Văn Nghì ký.", [("Phan Văn Nghì", "Phó Chánh Thanh tra Tp.HCM")]),
    # ... a rank, a degree and a name, then the post after a dash.
    ("Phát biểu, Trung tướng, PGS.TS Nguyễn Xuân Kiên - Giám đốc Học viện Quân y nhấn mạnh.",
     [("Nguyễn Xuân Kiên", "Trung tướng, Giám đốc Học viện Quân y")]),
    ("Phát biểu, Trung tướng PGS.TS Nguyễn Xuân Kiên - Giám đốc Học viện Quân y nhấn mạnh.",
     [("Nguyễn Xuân Kiên", "Trung tướng, Giám đốc Học viện Quân y")]),
    ("Đại tá NSND Nguyễn Văn An phát biểu.", [("Nguyễn Văn An", "Đại tá NSND")]),
])
def test_a_city_written_short_and_a_rank_before_a_degree(sentence, people):
    assert named(sentence) == people


def test_a_name_cut_at_its_middle_name_is_the_longer_name_of_the_same_post():
    read = read_paragraphs
    assert read("Kết luận do Phó Chánh Thanh tra Tp.HCM Phan Văn Nghì ký. Chủ tịch UBND Tp.HCM Phan Văn Mãi giao Sở "
                "phối hợp. Các đơn vị thực hiện ý kiến chỉ đạo của Chủ tịch UBND Tp.HCM Phan Văn mãi.") == [
        ("Phan Văn Nghì", "Phó Chánh Thanh tra Tp.HCM"), ("Phan Văn Mãi", "Chủ tịch UBND Tp.HCM")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 130: the Youth Union of a bloc or of a school, whose name goes on past "Hồ Chí Minh" ...
    ("Đồng chí Nguyễn Bá Tuấn Anh - Bí thư Đoàn Khối Doanh nghiệp đã đề ra 3 giải pháp.",
     [("Nguyễn Bá Tuấn Anh", "Bí thư Đoàn Khối Doanh nghiệp")]),
    ("Dự có Bí thư Đoàn TNCS Hồ Chí Minh Học viện Chính trị Quốc gia Hồ Chí Minh Đào Anh Tuấn.",
     [("Đào Anh Tuấn", "Bí thư Đoàn TNCS Hồ Chí Minh Học viện Chính trị Quốc gia Hồ Chí Minh")]),
    ("Dự có Bí thư Đoàn TNCS Hồ Chí Minh tỉnh Nguyễn Văn An.", [("Nguyễn Văn An", "Bí thư Đoàn TNCS Hồ Chí Minh tỉnh")]),
])
def test_the_youth_union_of_a_bloc_or_a_school(sentence, people):
    assert named(sentence) == people


def test_a_name_is_not_run_into_the_academy_after_it():
    assert [m.name for m in mentions_in(normalise("Ông Nguyễn Văn An Học viện Chính trị phát biểu."))] == ["Nguyễn Văn An"]


def test_a_trader_and_artists_of_many_generations():
    read = read_paragraphs
    # Round 130: a pig trader at a market.
    assert read("Anh Nguyễn Văn Thà, thương lái chợ đầu mối gia súc gia cầm Hà Nam cho biết, giá thấp.") == [
        ("Nguyễn Văn Thà", "thương lái chợ đầu mối gia súc gia cầm Hà Nam")]
    # Artists listed after "nhiều thế hệ nghệ sĩ … như".
    assert read("Hãng phim đã gắn bó với nhiều thế hệ nghệ sĩ tên tuổi như Trà Giang, Thế Anh, Như Quỳnh, Lê Vân... "
                "Bộ phim cuối cùng ra đời năm 2010.") == [
        ("Trà Giang", "nghệ sĩ"), ("Thế Anh", "nghệ sĩ"), ("Như Quỳnh", "nghệ sĩ"), ("Lê Vân", "nghệ sĩ")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 130: a teacher's state title by its letters, a committee whose name holds a comma, a firm's kind by its letters.
    ("Về phía Trường có NGƯT Trần Văn Hưng, Hiệu trưởng nhà trường; đại diện ban giám hiệu.",
     [("Trần Văn Hưng", "NGƯT, Hiệu trưởng nhà trường")]),
    ("Dự có bà Nguyễn Thị Mai Hoa, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội cho biết.",
     [("Nguyễn Thị Mai Hoa", "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội")]),
    ("Dự có lãnh đạo Công ty CPTM Thái Hưng, đại diện ban tuyển sinh các trường.", []),
])
def test_a_teachers_title_a_committee_and_a_firms_kind_by_their_letters(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # The review of session 25: two callings joined, then praise; a given name before "tâm"/"học" ...
    ("Ca sĩ kiêm nhạc sĩ nổi tiếng Nguyễn Văn Chung biểu diễn.", [("Nguyễn Văn Chung", "Ca sĩ kiêm nhạc sĩ nổi tiếng")]),
    ("Bí thư Tỉnh ủy Nguyễn Văn Trung tâm đắc với mô hình này.", [("Nguyễn Văn Trung", "Bí thư Tỉnh ủy")]),
    ("Em Nguyễn Văn Nam đến nhà bạn học Trần Văn Hùng chơi rồi mất tích.", []),
    # ... a city, a hospital, a club where one is, not where a scholar works ...
    ("Fan meeting của diễn viên Lee Jong Suk ở TP HCM diễn ra sôi động.", [("Lee Jong Suk", "diễn viên")]),
    ("Nghệ sĩ Hoài Linh tại Bệnh viện Chợ Rẫy chiều 5/3.", [("Hoài Linh", "Nghệ sĩ")]),
    ("Luật sư Nguyễn Văn Hưng tại Tòa án nhân dân TP Hà Nội đề nghị hoãn phiên xử.", [("Nguyễn Văn Hưng", "Luật sư")]),
    ("Huấn luyện viên Nguyễn Văn Sỹ của CLB bóng đá Nam Định cho biết.", [("Nguyễn Văn Sỹ", "Huấn luyện viên")]),
    # Round 132: a forest ranger's office written in lower case.
    ("Ông Lê Văn Bé – Chi cục trưởng Chi cục kiểm lâm tỉnh Phú Yên xác nhận thông tin.",
     [("Lê Văn Bé", "Chi cục trưởng Chi cục kiểm lâm tỉnh Phú Yên")]),
    # Round 131: a club's letters open no one's name.
    ("Học viện được ra mắt bởi đại diện Câu lạc bộ AC Milan, lãnh đạo Đại sứ quán Italy tại Việt Nam.", []),
])
def test_counterexamples_of_the_review_of_session_25(sentence, people):
    assert named(sentence) == people


def test_a_star_named_once_is_one_and_a_body_opens_no_name():
    read = read_paragraphs
    # The second review of session 25: a foreign star named once in full, later by the surname alone.
    assert read("Minh tinh Charlize Theron xuất hiện rạng rỡ. Theron cho biết cô hài lòng.") == [("Charlize Theron", "Minh tinh")]
    # A given name "Trung" before a verb ends a name; "Trung tâm" and a capitalised word open a body.
    assert read("Bí thư Đoàn TNCS Hồ Chí Minh Trung tâm Y tế huyện Nguyễn Văn An phát biểu.") == [
        ("Nguyễn Văn An", "Bí thư Đoàn TNCS Hồ Chí Minh Trung tâm Y tế huyện")]
    assert read("Nghệ sĩ violin kiêm nhạc sĩ Nguyễn Văn Hùng biểu diễn.") == [("Nguyễn Văn Hùng", "Nghệ sĩ violin kiêm nhạc sĩ")]
    assert read("Phóng viên Nguyễn Văn Hùng của VTV phỏng vấn Tổng thống Pháp.") == [("Nguyễn Văn Hùng", "Phóng viên của VTV")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 133: whose words, then a post whose body's name ends it, closed by a mark ...
    ("Khả năng là nó giao phối với cá mập, theo Brenda Ramer, giám đốc điều hành Team Ecco. Hồi giữa tháng 7.",
     [("Brenda Ramer", "giám đốc điều hành Team Ecco")]),
    ("Theo Brenda Ramer, giám đốc điều hành Team Ecco, khả năng là nó giao phối với cá mập.",
     [("Brenda Ramer", "giám đốc điều hành Team Ecco")]),
    # ... not a source credited, then another's post and name.
    ("Theo The Guardian, Tổng thống Mỹ Donald Trump xác nhận với truyền thông.", [("Donald Trump", "Tổng thống Mỹ")]),
])
def test_whose_words_then_a_post_ending_in_a_bodys_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 26: a post set off after a name and closed by a comma before his words holds
    # every word up to that comma ...
    ("Ông Lê Văn Hòa, quản lý danh mục tại đơn vị tư vấn đầu tư Minh An, cho biết giá giảm.",
     [("Lê Văn Hòa", "quản lý danh mục tại đơn vị tư vấn đầu tư Minh An")]),
    ("Bà Trần Thị Mai, tiểu thương bán vải tại chợ Đông Ba, cho hay sức mua yếu.",
     [("Trần Thị Mai", "tiểu thương bán vải tại chợ Đông Ba")]),
    ("John Miller, giám đốc mua sắm tại quỹ từ thiện Open Hands, nói rằng xe không đủ.",
     [("John Miller", "giám đốc mua sắm tại quỹ từ thiện Open Hands")]),
    # ... but not a clause, an aside in brackets or a dashed description after the post ...
    ("Ông Lê Văn Hòa, Giám đốc Sở Y tế vừa ký quyết định, cho biết sẽ kiểm tra.", [("Lê Văn Hòa", "Giám đốc Sở Y tế")]),
    ("Ông Lê Văn Hòa, Giám đốc Ban quản lý dự án giao thông tỉnh (chủ đầu tư), cho biết tiến độ chậm.",
     [("Lê Văn Hòa", "Giám đốc Ban quản lý dự án giao thông tỉnh")]),
    # ... nor another person named inside it.
    ("Ông Kirill Dmitriev, đặc phái viên của Tổng thống Nga Vladimir Putin về đầu tư và hợp tác kinh tế, phát biểu hôm 24/10.",
     [("Kirill Dmitriev", "đặc phái viên"), ("Vladimir Putin", "Tổng thống Nga")]),
    # The country or state after a body that ends the post, the apposition closed right after it.
    ("Anna Berg, giáo sư vật lý tại Đại học Reading, Anh, nói với báo chí.", [("Anna Berg", "giáo sư vật lý tại Đại học Reading, Anh")]),
    ("Ấn Độ đối mặt nguy cơ lớn, theo Raj Patel, nhà dịch tễ học tại Đại học Toronto, Canada.",
     [("Raj Patel", "nhà dịch tễ học tại Đại học Toronto, Canada")]),
    ("Tom Reed, bác sĩ ung bướu tại Đại học Washington, bang Missouri, cho biết.",
     [("Tom Reed", "bác sĩ ung bướu tại Đại học Washington, bang Missouri")]),
    ("Tom Reed, bác sĩ ung bướu tại Đại học Washington, Mỹ có nhiều ca bệnh như vậy.",
     [("Tom Reed", "bác sĩ ung bướu tại Đại học Washington")]),
    # A name credited by "theo": the post runs to the next comma or the sentence's end ...
    ("Theo Mark Newman, chuyên gia tại công ty Sanford C. Bernstein, đến cuối năm tiền mặt sẽ tăng.",
     [("Mark Newman", "chuyên gia tại công ty Sanford C. Bernstein")]),
    ("Nhà máy là một bước quan trọng, theo Stuart Hale, giáo sư lưu trữ CO2 ở Đại học Edinburgh. Nhưng quy mô còn nhỏ.",
     [("Stuart Hale", "giáo sư lưu trữ CO2 ở Đại học Edinburgh")]),
    # ... but a name not credited keeps the post it had where no words of his close it.
    ("John Miller, giám đốc mua sắm tại quỹ từ thiện Open Hands, năm ngoái mua 40 xe.", [("John Miller", "giám đốc")]),
])
def test_a_post_closed_before_the_persons_words(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 26: a post, then its holder set off with "ông"/"bà": the post runs whole to the comma ...
    ("Đại diện cấp cao của EU về đối ngoại và an ninh, bà Anna Lind, cho biết gói trừng phạt đã xong.",
     [("Anna Lind", "Đại diện cấp cao của EU về đối ngoại và an ninh")]),
    ("Ông sẽ bay sang Nhật Bản để gặp Thủ tướng mới của nước này, bà Mari Sato, vào đầu tuần tới.",
     [("Mari Sato", "Thủ tướng mới của nước này")]),
    # ... not a post inside a clause before the name's own, nor one where the name has a post of its own.
    ("Sau khi Tổng thống đắc cử từ chức, ông Donald Trump đã bác bỏ ý tưởng này.", []),
    ("Đại diện các chi hội đoàn thể, bà Nguyễn Thị Hiền, Chi hội trưởng Chi hội Phụ nữ thôn, phát biểu.",
     [("Nguyễn Thị Hiền", "Chi hội trưởng Chi hội Phụ nữ thôn")]),
    # ... and a foreign name set off by commas alone, after a post with words in lower case.
    ("Anh tập với bóng cùng HLV thể lực của Bayern, Holger Broich, trên sân tập.", [("Holger Broich", "HLV thể lực của Bayern")]),
    ("Đáp lại ông Trump, phát ngôn viên điện Kremlin, Dmitry Peskov, tuyên bố cuộc tập trận là theo kế hoạch.",
     [("Dmitry Peskov", "phát ngôn viên điện Kremlin")]),
])
def test_a_post_then_its_holder_set_off(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 26: a stage name whose first word also opens bodies and places, after a calling ...
    ("Nhạc sĩ Quốc Trung cũng đưa ra cái nhìn khách quan.", [("Quốc Trung", "Nhạc sĩ")]),
    ("Từng học tác phẩm Chí Phèo của nhà văn Nam Cao, chị muốn sửa.", [("Nam Cao", "nhà văn")]),
    ("Bài hát của nhạc sĩ Bảo Chấn được yêu thích.", [("Bảo Chấn", "nhạc sĩ")]),
    # ... but not a place, nor a body's pair of words.
    ("Ca sĩ Hàn Quốc biểu diễn tại Hà Nội.", []),
    ("Chủ tịch Quốc hội Trần Thanh Mẫn dự.", [("Trần Thanh Mẫn", "Chủ tịch Quốc hội")]),
    ("Giám đốc Trung Tâm Y tế huyện phát biểu.", []),
])
def test_a_stage_name_that_opens_like_a_body(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 26: callings of the arts, the camera and the building trade ...
    ("Danh ca Tuấn Ngọc nói: \"Cô ấy hát hay hơn xưa\".", [("Tuấn Ngọc", "Danh ca")]),
    ("Giám tuyển Nguyễn Như Huy cho biết có cơ hội tìm hiểu.", [("Nguyễn Như Huy", "Giám tuyển")]),
    ("Nhóm thiết kế là các kiến trúc sư Kyo Ariyoshi, Nguyễn Đăng Quang và cộng sự.",
     [("Kyo Ariyoshi", "kiến trúc sư"), ("Nguyễn Đăng Quang", "kiến trúc sư")]),
    ("Nhà quay phim Rommel Sales ghi lại cảnh con trăn.", [("Rommel Sales", "Nhà quay phim")]),
    ("\"Ông ấy là anh hùng\", y tá Marilou Caligona, 39 tuổi, nói.", [("Marilou Caligona", "y tá")]),
    ("Kíp trực gồm bác sĩ Lê Văn Bình và điều dưỡng Trương Văn Trường.", [("Lê Văn Bình", "bác sĩ"), ("Trương Văn Trường", "điều dưỡng")]),
    # ... of which an engineer's or an architect's is a title a post after the name outranks.
    ("Kiến trúc sư Trần Ngọc Chính, nguyên Thứ trưởng Xây dựng, phát biểu.", [("Trần Ngọc Chính", "nguyên Thứ trưởng Xây dựng")]),
])
def test_callings_of_the_arts_and_titles_a_post_outranks(sentence, people):
    assert named(sentence) == people


def test_one_member_of_a_body_set_off_after_a_name():
    # Session 26: "một" (one of many) between the name's comma and the membership.
    assert named("Thomas Graham, một thành viên của Hội đồng Quan hệ đối ngoại, tỏ ra thận trọng.") == [
        ("Thomas Graham", "thành viên của Hội đồng Quan hệ đối ngoại")]
    assert named("Ông cùng một thành viên của Hội đồng Quan hệ đối ngoại đến thăm.") == []


@pytest.mark.parametrize(("sentence", "people"), [
    # Round 134 (Báo Bình Định): a contest's English name is no one's, before a post set off after it ...
    ("Về Giải đua thuyền máy UIM F1H2O World Championship, Chủ tịch UBND tỉnh Bình Định cho biết, dự kiến sẽ dời lịch.", []),
    # ... and one who is pleased with something says it: the post ends there.
    ("Ông Phạm Văn Tân, Giám đốc HTX Nông nghiệp II Nhơn Thọ tâm đắc, việc hình thành vùng lúa giống giúp xã viên.",
     [("Phạm Văn Tân", "Giám đốc HTX Nông nghiệp II Nhơn Thọ")]),
])
def test_a_contests_name_and_a_post_before_what_pleases(sentence, people):
    assert named(sentence) == people


def test_a_shared_post_goes_to_every_post_and_name_listed_after_its_colon():
    # Round 134: the reading of one item ends past the comma before the next post; the list goes on.
    assert named("Dự có các Ủy viên Bộ Chính trị: Chủ tịch nước Lương Cường, Thủ tướng Chính phủ Phạm Minh Chính, "
                 "Chủ tịch Quốc hội Trần Thanh Mẫn.") == [
        ("Lương Cường", "Ủy viên Bộ Chính trị, Chủ tịch nước"), ("Phạm Minh Chính", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"),
        ("Trần Thanh Mẫn", "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 26: a given name alone after a word of address, its post set off after it ...
    ("Chị Hiền, tiểu thương tại quận 12, cho biết giá mực gần đây tăng.", [("Hiền", "tiểu thương tại quận 12")]),
    ("Anh Thiên - thôn trưởng Ia Nueng không giấu vui mừng.", [("Thiên", "thôn trưởng Ia Nueng")]),
    # Session 38: after "cô" too, a place's first word that stands alone, a sentence that opens crediting him ...
    ("Cô Thu - chủ một cửa hàng trên phố Hàng Mã chia sẻ: “Khách đông.”", [("Thu", "chủ một cửa hàng trên phố Hàng Mã")]),
    ("Theo anh Hải, quản lý nhà hàng, chiều hôm qua nhận được thông báo.", [("Hải", "quản lý nhà hàng")]),
    ("Tại Anh Quốc, Thủ tướng Keir Starmer phát biểu.", [("Keir Starmer", "Thủ tướng")]),
    # ... not one that begins a post held by the next name, nor one with no post set off.
    ("Khi được hỏi về ông Trump, Phó Tổng thống Mỹ JD Vance trả lời rằng.", [("JD Vance", "Phó Tổng thống Mỹ")]),
    ("Ông Linh được VKS xem xét các tình tiết giảm nhẹ.", []),
])
def test_a_given_name_alone_after_a_word_of_address(sentence, people):
    assert named(sentence) == people


def test_a_given_name_alone_is_the_longer_names_that_ends_in_it():
    read = read_paragraphs
    assert read("Bà Nguyễn Thị Hiền, tiểu thương chợ Bến Thành, bán vải. Chị Hiền, chủ sạp vải, cho biết giá tăng.") == [
        ("Nguyễn Thị Hiền", "tiểu thương chợ Bến Thành")]


@pytest.mark.parametrize("paragraph", [
    # Paragraphs cut where a rule looks past the last word (found by cutting 24,000 corpus paragraphs at
    # random): each once raised IndexError, and the article failed to ingest.
    "HLV người Hàn Quốc của",
    "Thụ lý vụ trộm, đại úy Hoàng Hoa Vinh (Công an,",
    "Ông Dmitry Peskov, người phát ngôn Điện Kremlin hôm",
    "Theo ông Lê Văn An, giáo sư tại Đại học Reading, bang",
    # (session 38, cutting 72,000 more: a calling at the very end, a post then a name to the end)
    "Phó Chủ tịch nước Đặng Thị Ngọc Thịnh trao danh hiệu Anh hùng Lao động ",
    "Ông nói: \"Tiền không phải vấn đề. HLV Ten Hag muốn De",
])
def test_a_paragraph_cut_anywhere_is_read_without_error(paragraph):
    assert isinstance(named(paragraph), list)


@pytest.mark.parametrize(("sentence", "people"), [
    # The first review of session 26: an engineer's employer and a master's art are no one's names ...
    ("Anh Nguyễn Văn Minh, kỹ sư Samsung Việt Nam, cho biết giá tăng.", [("Nguyễn Văn Minh", "kỹ sư Samsung Việt Nam")]),
    ("Đòn đấm thẳng trung tuyến, võ sư Vịnh Xuân xuất đòn lệch trục.", []),
    ("Đoàn đã đến thăm Trung tâm Điều dưỡng Thương binh Kim Bảng.", []),
    ("Nhà thơ Việt Bắc Nông Quốc Chấn có nhiều bài thơ hay.", []),
    ("Có nhà báo Tây Đức Borries Gallasch đến Dinh Độc Lập.", []),  # (a land, no artist's stage name)
    ("Kiến trúc sư Trương Thành Trung Công ty tư vấn thiết kế kiến trúc T&T cho biết.", [("Trương Thành Trung", "Kiến trúc sư")]),
    # ... the words credited begin where a post ends on a body's name with no comma ...
    ("Theo ông Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM các mục tiêu đặt ra rất cao, chẳng hạn.",
     [("Nguyễn Văn Nên", "Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM")]),
    # ... and a date, a seat or whom a body speaks for is not the post's, before his words.
    ("Ông Dmitry Peskov, người phát ngôn Điện Kremlin hôm 12/5, cho biết.", [("Dmitry Peskov", "người phát ngôn Điện Kremlin")]),
    ("Ông Tanaka Terumi, đồng chủ tịch tổ chức Nihon Hidankyo đại diện cho các nạn nhân còn sống, cho rằng.",
     [("Tanaka Terumi", "đồng chủ tịch tổ chức Nihon Hidankyo")]),
])
def test_counterexamples_of_the_first_review_of_session_26(sentence, people):
    assert named(sentence) == people


def test_a_body_named_by_its_number():
    # Round 135: "Bệnh viện 108", "Ban chỉ đạo 389": the number is the body's name, the name comes after it.
    assert named("Giám đốc Bệnh viện 108 Lê Hữu Song cho biết.") == [("Lê Hữu Song", "Giám đốc Bệnh viện 108")]
    assert named("Bệnh viện 3 bác sĩ trực đêm.") == []


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 26: his words close a post with no comma, a few words on, the post ending on a body's number or name.
    ("Ông Đàm Thanh Thế, Tổ trưởng Tổ công tác 399 cho biết, văn phòng đã tham mưu.", [("Đàm Thanh Thế", "Tổ trưởng Tổ công tác 399")]),
    ("Ông Scott Bessent, Bộ trưởng Tài chính Mỹ đàm phán với Trung Quốc tại Geneva cho biết.",
     [("Scott Bessent", "Bộ trưởng Tài chính Mỹ")]),
    # The second review of session 26: a given name alone, not a place with its word of address, nor
    # one the words credited after "theo" or "của" name ...
    ("Ở Bà Rịa, Chủ tịch UBND tỉnh Nguyễn Văn Thọ phát biểu.", [("Nguyễn Văn Thọ", "Chủ tịch UBND tỉnh")]),
    ("Theo ông Hegseth, quan chức hai nước sẽ gặp nhau.", []),
    ("Theo phân tích của bà Dung, giáo viên (GV) dạy lâu năm, học sinh cần nghỉ.", []),
    # ... a stage name of three syllables, the last a family name, is whole ...
    ("Bà Hải Anh Vũ, Quản lý cấp cao tại Algonquin College, cho biết.", [("Hải Anh Vũ", "Quản lý cấp cao tại Algonquin College")]),
    ("Nhà văn Bình Nguyên Lộc viết nhiều truyện.", [("Bình Nguyên Lộc", "Nhà văn")]),
    # ... a year inside a post names what it is of; one right before his words is when.
    ("Ông Claude Hannoun, chuyên gia hàng đầu về dịch cúm năm 1918 của Viện Pasteur, cho biết.",
     [("Claude Hannoun", "chuyên gia hàng đầu về dịch cúm năm 1918 của Viện Pasteur")]),
    ("Ông Lê Văn An, Chủ tịch UBND xã Cát Hanh năm 2020, cho biết.", [("Lê Văn An", "Chủ tịch UBND xã Cát Hanh")]),
])
def test_counterexamples_of_the_second_review_of_session_26(sentence, people):
    assert named(sentence) == people


def test_a_given_name_alone_merges_only_into_a_name_of_the_same_calling():
    read = read_paragraphs
    assert read("Ông Trần Văn Hùng, Bí thư Đảng ủy xã, phát biểu. Anh Hùng, tổ trưởng tổ bảo vệ rừng, cho biết.") == [
        ("Trần Văn Hùng", "Bí thư Đảng ủy xã"), ("Hùng", "tổ trưởng tổ bảo vệ rừng")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 26: an engineer or a master of martial arts named in full after his calling; a firm, a
    # school or an art after it is no one.
    ("Kỹ sư Hồ Việt Hải cho biết máy chạy tốt.", [("Hồ Việt Hải", "Kỹ sư")]),
    ("Bố anh là võ sư Nguyễn Trần Diệu sáng lập bộ môn Tân Gia Quyền.", [("Nguyễn Trần Diệu", "võ sư")]),
    ("Hãy biến kinh nghiệm của một kỹ sư Bách Khoa thành giá trị thực tế.", []),
    ("Anh Nguyễn Văn Minh, kỹ sư Samsung Việt Nam, cho biết giá tăng.", [("Nguyễn Văn Minh", "kỹ sư Samsung Việt Nam")]),
])
def test_callings_before_a_full_name_only(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a place a post is held at (a bus station, a port, a market) keeps the two
    # words after it as its name, not a man's ...
    ("Theo ông Nguyễn Tất Thành, Giám đốc bến xe Giáp Bát, lượt xe về bến chỉ 100.", [("Nguyễn Tất Thành", "Giám đốc bến xe Giáp Bát")]),
    ("Giám đốc Bến xe Giáp Bát cho biết lượng khách tăng.", []),
    ("Ông Trần Văn Hải, Giám đốc Cảng Hải Phòng cho biết.", [("Trần Văn Hải", "Giám đốc Cảng Hải Phòng")]),
    # ... a post opening the sentence, one foreign word, then "ông" and the holder: the word is a place ...
    ("Thị trưởng Hermosillo, ông Antonio Astiazaran xác nhận có nhiều người thương vong.", [("Antonio Astiazaran", "Thị trưởng Hermosillo")]),
    ("Sau cuộc gặp với Tổng thống Trump, ông Tập Cận Bình cho biết.", [("Trump", "Tổng thống")]),
    ("Tổng thống Trump, ông Tập Cận Bình và ông Putin đều dự.", [("Trump", "Tổng thống")]),
    # ... and "đại diện", "lãnh đạo" are a post after a few words that open the sentence, not after another post.
    ("Trước đó, đại diện của Real Madrid, ông Jose Angel Sanchez đã gặp người đại diện của Lewandowski.",
     [("Jose Angel Sanchez", "đại diện của Real Madrid")]),
    ("Phó Chủ tịch UBND huyện, đại diện lãnh đạo huyện, ông Nguyễn Văn An trao quà.", []),
])
def test_places_named_beside_a_post_and_posts_after_an_opening_phrase(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a body whose fields are written in lower case goes on past "và" up to where
    # the post closes, its owner word the head's own ("Trưởng khoa"), its field opening with a
    # body's word ("công nghệ", "phòng, chống"), closed by his words or a verb's marker ...
    ("ThS.BS Nguyễn Đình Minh, Trưởng khoa Phẫu thuật tạo hình thẩm mỹ và hàm mặt cho biết, bệnh nhân khỏe.",
     [("Nguyễn Đình Minh", "Trưởng khoa Phẫu thuật tạo hình thẩm mỹ và hàm mặt")]),
    ("Ông Nguyễn Phú Hùng, quyền Vụ trưởng Khoa học kỹ thuật và công nghệ được bổ nhiệm giữ chức Vụ trưởng.",
     [("Nguyễn Phú Hùng", "quyền Vụ trưởng Khoa học kỹ thuật và công nghệ")]),
    ("Thiếu tướng Lê Xuân Minh, Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05) phát biểu.",
     [("Lê Xuân Minh", "Thiếu tướng, Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05)")]),
    # ... but not into another body, nor a verb.
    ("Ông Trần Văn An, Giám đốc Sở Y tế và công ty Dược đã ký.", [("Trần Văn An", "Giám đốc Sở Y tế")]),
    ("Ông Trần Văn An, Giám đốc Sở Y tế và phòng khám tư nhân đã ký.", [("Trần Văn An", "Giám đốc Sở Y tế")]),
])
def test_a_bodys_fields_in_lower_case_past_va(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a second post after "và" (or "và là") in a post set off after a name is his
    # too, where no one else is named for it and the apposition closes after it ...
    ("Trong cuộc họp báo, bà Zhang Yi, Phó giám đốc và là người phát ngôn của Ủy ban Y tế thành phố Quảng Châu, cũng công bố kế hoạch.",
     [("Zhang Yi", "Phó giám đốc và là người phát ngôn của Ủy ban Y tế thành phố Quảng Châu")]),
    ("Có ông Eric Soulier, Tham tán và Trưởng bộ phận Hợp tác văn hóa Đại sứ quán Pháp tại Việt Nam - Giám đốc Viện Pháp tại Việt Nam; ông Jonathan Baker.",
     [("Eric Soulier", "Tham tán và Trưởng bộ phận Hợp tác văn hóa Đại sứ quán Pháp tại Việt Nam, Giám đốc Viện Pháp tại Việt Nam")]),
    # ... but not the post of the next man named, nor a representative's.
    ("Dự có ông Nguyễn Văn An, Giám đốc Sở Y tế và Phó Giám đốc Sở Tài chính Trần Văn Bình.",
     [("Nguyễn Văn An", "Giám đốc Sở Y tế"), ("Trần Văn Bình", "Phó Giám đốc Sở Tài chính")]),
    ("Dự có ông Nguyễn Văn An, Giám đốc Sở Y tế và Phó Giám đốc Sở Tài chính, ông Trần Văn Bình.",
     [("Nguyễn Văn An", "Giám đốc Sở Y tế"), ("Trần Văn Bình", "Phó Giám đốc Sở Tài chính")]),
    ("Có ông John Thune, lãnh đạo phe đa số ở Thượng viện Mỹ và Thượng nghị sĩ Cộng hòa Lindsey Graham, cho biết.",
     [("John Thune", "lãnh đạo phe đa số ở Thượng viện Mỹ"), ("Lindsey Graham", "Thượng nghị sĩ Cộng hòa")]),
    ("Dự có ông Nguyễn Văn An, Giám đốc Sở Y tế và đại diện các sở, ngành.", [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
])
def test_a_second_post_after_va(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a degree or a physician's grade between a post or calling and the name is
    # neither the post's nor a break between them ...
    ("Giám đốc Sở Y tế TS Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
    ("Theo bác sĩ CKII Nguyễn Văn An, bệnh nhân đã ổn định.", [("Nguyễn Văn An", "bác sĩ")]),
    # ... a pharmacist is a calling ...
    ("Dưới sự chủ nhiệm của dược sĩ CKI Nguyễn Đức Thiệp, đề tài đã thành công.", [("Nguyễn Đức Thiệp", "dược sĩ")]),
    # ... and auditing and relations are words of a body's name.
    ("PGS. TS. Đặng Văn Thanh, Chủ tịch Hội Kế toán và kiểm toán Việt Nam (VAA) cho biết, có nhiều vướng mắc.",
     [("Đặng Văn Thanh", "Chủ tịch Hội Kế toán và kiểm toán Việt Nam (VAA)")]),
    ("Bà Đỗ Quỳnh Chi, Giám đốc Trung tâm Nghiên cứu Quan hệ lao động thông tin, dịch tác động mạnh.",
     [("Đỗ Quỳnh Chi", "Giám đốc Trung tâm Nghiên cứu Quan hệ lao động")]),
])
def test_degrees_beside_a_name_pharmacists_and_more_body_words(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a performer known by one foreign word, a stage name, after the calling ...
    ("Ngoài Hồng Sơn, hai nghệ sĩ cuối cùng được công bố tham gia show là ca sĩ Binz, SOOBIN.", [("Binz", "ca sĩ")]),
    ("Nhạc sĩ ViruSs nhận xét: Soobin sinh ra để hát RnB.", [("ViruSs", "Nhạc sĩ")]),
    ("Choáng ngợp nhất là lúc gặp ca sĩ Shakira trong bộ váy đỏ.", [("Shakira", "ca sĩ")]),
    ("Trong đêm nhạc còn có rapper Gducky với bài hát mới.", [("Gducky", "rapper")]),  # (a calling of one word)
    # ... not a genre, a place or a country ...
    ("Cô là ca sĩ Kpop nổi tiếng.", []),
    ("Ca sĩ Việt hát hay.", []),
    # ... and a stage name of two words opening with "Đại".
    ("Nhạc sĩ Đại Dũng có ca khúc êm đềm.", [("Đại Dũng", "Nhạc sĩ")]),
])
def test_stage_names_of_performers(sentence, people):
    read = read_paragraphs(sentence)
    assert read == people


def test_an_island_district_is_a_unit_before_its_name():
    assert named("Ông Trần Ngọc Nguyên, Chủ tịch UBND huyện đảo Lý Sơn cho biết, huyện đang vận động.") == [
        ("Trần Ngọc Nguyên", "Chủ tịch UBND huyện đảo Lý Sơn")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a post opening its clause, "là", then its holder's name and his words ...
    ("Phát ngôn viên hãng hàng không US Airways là Doug Church cho biết, chim đã lao vào động cơ.",
     [("Doug Church", "Phát ngôn viên hãng hàng không US Airways")]),
    ("Bạn của Giám đốc Sở là Nguyễn Văn An cho biết.", []),
    # ... an astronaut is a calling, and a small count before a calling shares it among the names.
    ("Phi hành gia Phạm Tuân bay vào vũ trụ năm 1980.", [("Phạm Tuân", "Phi hành gia")]),
    ("Hai ca sĩ Mỹ Tâm và Hà Anh Tuấn biểu diễn.", [("Mỹ Tâm", "ca sĩ"), ("Hà Anh Tuấn", "ca sĩ")]),
])
def test_a_post_then_la_and_counted_callings(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: names listed after "như" open with a body's word only where the item is a
    # body's name ("Thanh Lan" is a singer) ...
    ("Có mặt nhiều ca sĩ như Thanh Lan, Ngọc Lan, Ý Lan, Duy Quang.",
     [("Thanh Lan", "ca sĩ"), ("Ngọc Lan", "ca sĩ"), ("Ý Lan", "ca sĩ"), ("Duy Quang", "ca sĩ")]),
    # ... and a calling never holds the "như" of a later list.
    ("Những ca sĩ như Trung Kiên, Anh Thơ, những nhạc sĩ như Phú Quang đều có mặt.",
     [("Trung Kiên", "ca sĩ"), ("Anh Thơ", "ca sĩ"), ("Phú Quang", "nhạc sĩ")]),
])
def test_performers_listed_after_nhu(sentence, people):
    read = read_paragraphs(sentence)
    assert read == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a plural calling's list goes on to the name after "và" ...
    ("Cuốn sách của hai nhà báo Yonah Jeremy Bob và Ilan Evyatar người Israel.",
     [("Yonah Jeremy Bob", "nhà báo"), ("Ilan Evyatar", "nhà báo")]),
    ("Ba nhiếp ảnh gia Pháp Daniel Roussel, Gilbert Bertrand và Lily Franey kể câu chuyện.",
     [("Daniel Roussel", "nhiếp ảnh gia Pháp"), ("Gilbert Bertrand", "nhiếp ảnh gia Pháp"), ("Lily Franey", "nhiếp ảnh gia Pháp")]),
    # ... but not to a name given another title.
    ("Các luật sư Nguyễn Văn An và bị cáo Trần Văn Bình có mặt.", [("Nguyễn Văn An", "luật sư")]),
])
def test_a_plural_callings_list_closed_by_va(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: "lãnh đạo", "đại diện" with two words or more of what they lead or speak for
    # are a post, set off after a name ...
    ("Yurii Zarko, lãnh đạo địa phương, gọi ngày đó là ngày đen tối.", [("Yurii Zarko", "lãnh đạo địa phương")]),
    ("Phát biểu tại buổi lễ, lãnh đạo phe đối lập Yair Lapid nhấn mạnh nhiệm vụ.", [("Yair Lapid", "lãnh đạo phe đối lập")]),
    # ... but not a bare one, nor whose family, nor a firm's name ("Air").
    ("Ông Nguyễn Văn An, lãnh đạo xã, cho biết.", []),
    ("Ông Phạm Văn Khâu, đại diện gia đình bác sĩ, cảm ơn.", []),
    ("Trước đó, lãnh đạo hãng hàng không Vietjet Air và tập đoàn Airbus đã ký hợp đồng.", []),
])
def test_weak_heads_that_say_of_what(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a post, "là" (or "khi đó là", "sẽ là", "được xác định là"), then its holder,
    # closed by his words, a mark or a verb ...
    ("Nói về sự ra đi của ông, Tổng thư ký Liên Hợp Quốc khi đó là Kofi Annan đã viết.", [("Kofi Annan", "Tổng thư ký Liên Hợp Quốc")]),
    ("Nhiệm kỳ của ông sẽ bắt đầu vào 30/6, phó thị trưởng sẽ là Sebastian Duterte, con út của ông.",
     [("Sebastian Duterte", "phó thị trưởng")]),
    ("Chủ nhà hàng được xác định là Phạm Ngọc Hưng (sinh năm 1985), trú tại xã Hội Thịnh.", [("Phạm Ngọc Hưng", "Chủ nhà hàng")]),
    # ... not someone's, a counted list's, a founding shareholder's, nor a place.
    ("Bạn của Giám đốc Sở là Nguyễn Văn An cho biết.", []),
    ("Công ty có hai người góp vốn là Hoàng Hữu Thân (Phan Hữu Tuấn), Nguyễn Quang Ngọc.", []),
    ("Một trong ba cổ đông sáng lập là Hoàng Hữu Thân (Phan Hữu Tuấn) có 5% vốn điều lệ.", []),
    ("Trụ sở Bộ Ngoại giao là Hà Nội.", []),
])
def test_a_post_is_its_holder(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a post set off after a name runs over an aside in brackets ("(Anh)" is England,
    # no form of address), closes before a verb of saying that is a noun too ("phân tích"), and
    # before the country of the body it ends on.
    ("Ông Mark Woolhouse, một chuyên gia về bệnh truyền nhiễm tại ĐH Edinburgh (Anh), cho biết nếu có thể.",
     [("Mark Woolhouse", "chuyên gia về bệnh truyền nhiễm tại ĐH Edinburgh (Anh)")]),
    ("Ông Bo Zhengyuan, đối tác tại công ty nghiên cứu Plenum ở Thượng Hải, phân tích.",
     [("Bo Zhengyuan", "đối tác tại công ty nghiên cứu Plenum ở Thượng Hải")]),
    ("Christophe Wasinski, giáo sư về khoa học chính trị tại Đại học Tự do Brussels, Bỉ, nhận định rằng Nga sẽ đáp trả.",
     [("Christophe Wasinski", "giáo sư về khoa học chính trị tại Đại học Tự do Brussels, Bỉ")]),
    # ("phân tích" a noun inside a post stays the post's)
    ("Ông Homayoun Falakshahi, người đứng đầu bộ phận phân tích dầu thô tại công ty Kpler, cho biết.",
     [("Homayoun Falakshahi", "người đứng đầu bộ phận phân tích dầu thô tại công ty Kpler")]),
])
def test_posts_set_off_closing_past_asides_and_countries(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a post set off after a name also closes before the other verbs of saying
    # ("nhận xét", "so sánh") and before "cùng" and the one he did it with.
    ("Simon Ellis, chuyên gia về chuỗi cung ứng tại IDC Manufacturing Insights, nhận xét.",
     [("Simon Ellis", "chuyên gia về chuỗi cung ứng tại IDC Manufacturing Insights")]),
    ("Brett Poulin, phó giáo sư về chất độc môi trường tại UC Davis, cùng nhà nghiên cứu Taylor Evinger phân tích các mẫu.",
     [("Brett Poulin", "phó giáo sư về chất độc môi trường tại UC Davis"), ("Taylor Evinger", "nhà nghiên cứu")]),
])
def test_posts_set_off_closing_before_more_verbs(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: his words up to twelve words after a post set off by a dash that ends on a
    # body's name close it ...
    ("Ông Nguyễn Trí Thanh - chuyên gia về biến đổi khí hậu và môi trường của Quỹ châu Á cho biết: dự án đã xong.",
     [("Nguyễn Trí Thanh", "chuyên gia về biến đổi khí hậu và môi trường của Quỹ châu Á")]),
    # ... but not over the post he is given.
    ("Ông Đặng Trí Thủ, Phó Hiệu trưởng giữ chức vụ Hiệu trưởng Trường Chính trị tỉnh Cà Mau cho biết.",
     [("Đặng Trí Thủ", "Phó Hiệu trưởng")]),
])
def test_posts_closed_by_his_words_further_on(sentence, people):
    assert named(sentence) == people


def test_a_foreigner_by_one_name_with_a_post_of_a_named_body():
    # Session 27: "ông/bà" and one foreign word, then a post of three words or more that names a
    # body, is a person known by that name; a post of fewer words still is not ("Thống đốc Texas").
    read = read_paragraphs
    assert read("Bà Shagina, nghiên cứu viên cao cấp tại IISS, cho rằng động thái này gây tranh cãi.") == [
        ("Shagina", "nghiên cứu viên cao cấp tại IISS")]
    assert read("Thống đốc Texas cho biết.") == []


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a route's two ends joined by a dash after a bracketed province are places, not
    # a man; "quản lý" in brackets after a name is a manager.
    ("Sau 20 phút chờ, anh Phạm Minh Khai, 29 tuổi, lái xe tuyến Khánh Thành (Ninh Bình) - Giáp Bát, cho biết.",
     [("Phạm Minh Khai", "lái xe tuyến Khánh Thành (Ninh Bình) - Giáp Bát")]),
    ("Anh Nguyễn Anh Đức (quản lý quán bia Thạch Thảo, quận Hai Bà Trưng) cho biết.", [("Nguyễn Anh Đức", "quản lý")]),
])
def test_routes_and_managers_in_brackets(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27: a place a post is held at keeps its name whatever its tongue; a body's English
    # name ends in "Initiative".
    ("Chính cựu Giám đốc nhà tù Tuol Sleng đã phải nhận tội.", []),
    ("Ông Lê Văn An là nhà sáng lập Cougar Coexistence Initiative.", []),
])
def test_places_and_bodies_of_any_tongue(sentence, people):
    assert [p for p in named(sentence) if p[0] != "Lê Văn An"] == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27's review: a representative's or leader's words ending right before a name make
    # the name whom they are of (a body, a victim, the one a board acted on) ...
    ("Tuchel dẫn dắt Bayern từ tháng 3/2023, sau khi ban lãnh đạo bất ngờ sa thải Julian Nagelsmann.", []),
    ("Tương tự, đại diện nhà xuất bản Kim Đồng cho biết sách đã in.", []),
    ("Đại diện gia đình nạn nhân Nguyễn Văn Tư cho biết.", []),
    ("Ông Dương Hoài Nam, Phó Tổng giám đốc Vietjet Air hi vọng, du lịch nội địa sẽ phục hồi.",
     [("Dương Hoài Nam", "Phó Tổng giám đốc Vietjet Air")]),
    # ... a post runs on past "và" over no one who came with him, nor over the post he is given,
    # nor his words that are a noun too; a second post closed only by a verb's marker is another man's ...
    ("Chúng tôi đi theo gợi ý của anh Đoàn Cường, chuyên viên Trung tâm Xúc tiến Du lịch tỉnh và nhóm khách TP HCM.",
     [("Đoàn Cường", "chuyên viên Trung tâm Xúc tiến Du lịch tỉnh")]),
    ("Bổ nhiệm ông Lê Đức Thành, Phó Cục trưởng Cục Công nghệ thông tin và thống kê hải quan giữ chức Cục trưởng.",
     [("Lê Đức Thành", "Phó Cục trưởng Cục Công nghệ thông tin và thống kê hải quan")]),
    ("Ông Steve Bui, Phó Chủ tịch Hiệp hội doanh nhân và đầu tư Việt Nam – Hàn Quốc phân tích thêm, thị trường lớn.",
     [("Steve Bui", "Phó Chủ tịch Hiệp hội doanh nhân và đầu tư Việt Nam – Hàn Quốc")]),
    ("Ông Nguyễn Văn Tư, Giám đốc Sở Y tế và Chủ tịch UBND huyện đã đến thăm bệnh nhân.", [("Nguyễn Văn Tư", "Giám đốc Sở Y tế")]),
    ("Ông Nguyễn Văn Tư, Giám đốc Công ty Điện lực Bình Định và nhân viên đã khắc phục sự cố.",
     [("Nguyễn Văn Tư", "Giám đốc Công ty Điện lực Bình Định")]),
    # ... an award, an instrument or a show after a performer's calling is no stage name ...
    ("Trong cuộc phỏng vấn với Elle, diễn viên Baywatch kể về quy trình chăm sóc da.", []),
    ("Nghệ sĩ Piano biểu diễn.", []),
    # ... a foreign name after a museum is its director's, a field is no place, and two men met ...
    ("Giám đốc bảo tàng Hartwig Fischer từ chức.", [("Hartwig Fischer", "Giám đốc bảo tàng")]),
    ("Theo Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch Hà Phương, tỉnh sẽ tổ chức lễ hội.",
     [("Hà Phương", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")]),
    ("Tổng thống Trump, ông Tập Cận Bình gặp nhau tại Busan.", [("Trump", "Tổng thống")]),
    # ... a glossary's line is no one, a troupe in a list is no singer, a clause after a dashed
    # post is not his post, and whose assistant is no post.
    ("Kế toán viên sơ cấp tiếng Anh là Junior Accountant.", []),
    ("Nhiều ca sĩ như Thanh Lan, Khánh Ly, Đoàn Ca múa Quân đội tham gia.", [("Thanh Lan", "ca sĩ"), ("Khánh Ly", "ca sĩ")]),
    ("Ông Lê Văn An - chuyên gia của Quỹ châu Á người từng tham gia soạn thảo Luật Đất đai 2013 cho biết: tốt.",
     [("Lê Văn An", "chuyên gia của Quỹ châu Á")]),
    ("Anh được nhận làm trợ lý nghiên cứu của TS Nguyễn Thị Mai Lan.", []),
])
def test_counterexamples_of_the_review_of_session_27(sentence, people):
    read = read_paragraphs(sentence)
    assert read == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 27's second review: a singer whose family name opens bodies stays in a list after "như" ...
    ("Các ca sĩ như Vũ Cát Tường biểu diễn tại Hà Nội.", [("Vũ Cát Tường", "ca sĩ")]),
    # ... two posts of one place, then what he did, are one man's ...
    ("Ông Lê Văn An, Bí thư Chi bộ thôn Đông Hà và Trưởng thôn Đông Hà đã trao quà.",
     [("Lê Văn An", "Bí thư Chi bộ thôn Đông Hà và Trưởng thôn Đông Hà")]),
    ("Ông Nguyễn Văn Tư, Giám đốc Sở Y tế và Giám đốc Bệnh viện tỉnh đã đến thăm.", [("Nguyễn Văn Tư", "Giám đốc Sở Y tế")]),
    # ... "Con người" in a body's name opens no clause ...
    ("Giáo sư Robert Hughes, trưởng khoa Phát triển Con người và Cộng đồng thuộc Đại học Illinois cho biết.",
     [("Robert Hughes", "trưởng khoa Phát triển Con người và Cộng đồng thuộc Đại học Illinois")]),
    # ... and a firm after "của" is no one, with a role or without.
    ("Các nhà phân tích của Goldman Sachs cho biết.", []),
])
def test_counterexamples_of_the_second_review_of_session_27(sentence, people):
    assert [(m.name, m.role) for m in mentions_in(normalise(sentence))] == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 28 (VnExpress of 2022): "một" before a post set off after a bare name, past his age too.
    ("Kim Yeon-ju, 30 tuổi, một nhân viên văn phòng tại tỉnh Gyeonggi, nói.", [("Kim Yeon-ju", "nhân viên văn phòng tại tỉnh Gyeonggi")]),
    ("Nguyễn Văn Hải, một kỹ sư của Công ty Điện lực Hà Nội, cho biết.", [("Nguyễn Văn Hải", "kỹ sư của Công ty Điện lực Hà Nội")]),
    ("Nguyễn Văn Hải, một người dân ở xã Đông Hà, cho biết.", []),
    # An abbot's post, set off after the monk's rank and name or before it.
    ("Thượng tọa Thích Nhật Từ - trụ trì chùa Giác Ngộ - cho rằng trẻ yếu thế cần được giúp đỡ.",
     [("Thích Nhật Từ", "Thượng tọa, trụ trì chùa Giác Ngộ")]),
    ("Trụ trì chùa Giác Ngộ Thích Nhật Từ cho rằng trẻ yếu thế cần được giúp đỡ.", [("Thích Nhật Từ", "Trụ trì chùa Giác Ngộ")]),
    # A workplace in lower case after "tại" stays in a post set off by commas before what is said of him.
    ("Ông Nguyễn Văn An, giáo viên môn Toán tại trường THPT Chu Văn An, từng rất ngạc nhiên.",
     [("Nguyễn Văn An", "giáo viên môn Toán tại trường THPT Chu Văn An")]),
    # A firm's name of initials and a kind of firm is no man's: the holder is set off after it.
    ("\"Mọi người đều hướng tới mùa giải mới\", người đứng đầu BT Sport, Jamie Hindhaugh, khẳng định.",
     [("Jamie Hindhaugh", "người đứng đầu BT Sport")]),
    # A name whose last words are a rank, each capitalised, is a name (not a sergeant); a rank before a name stays one.
    ("Ngày 15-12, ông Hoàng Trung Sĩ, Trưởng Công an xã Nam Giang, cho biết tin đồn là sai.",
     [("Hoàng Trung Sĩ", "Trưởng Công an xã Nam Giang")]),
    ("Bộ trưởng Nguyễn Văn An, Đại Tá Lê Văn Bình cùng dự.", [("Nguyễn Văn An", "Bộ trưởng"), ("Lê Văn Bình", "Đại Tá")]),
    # The body above a post, after a comma: by its initials, or with its ministry in brackets before his words.
    ("Bác sỹ Vũ Gia Long, Trưởng khoa Nội 1, BVĐK Cửa Đông cho biết, bệnh nhân từng được đặt Stent.",
     [("Vũ Gia Long", "Bác sỹ, Trưởng khoa Nội 1, BVĐK Cửa Đông")]),
    ("Ông Nguyễn Trung Thành - Phó trưởng phòng Chính sách, Cục Bảo trợ xã hội (Bộ LĐTB&XH) cho hay, cả nước có 7 triệu người khuyết tật.",
     [("Nguyễn Trung Thành", "Phó trưởng phòng Chính sách, Cục Bảo trợ xã hội (Bộ LĐTB&XH)")]),
    # (not the trial's panel, nor a man with his degree)
    ("Bị cáo Võ Anh Tuấn - nguyên phó giám đốc Vietinbank chi nhánh Nhà Bè, HĐXX nhận định, ông gây thiệt hại.",
     [("Võ Anh Tuấn", "nguyên phó giám đốc Vietinbank chi nhánh Nhà Bè")]),
    # A post in brackets keeps its article and its place, as one set off by commas does.
    ("Quận sẽ mời ông Ngô Văn Quang (Giám đốc một công ty vàng ở Quảng Nam) đến thông báo ý kiến.",
     [("Ngô Văn Quang", "Giám đốc một công ty vàng ở Quảng Nam")]),
    # A body's fields listed with commas before "và", however many ("Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng") ...
    ("Ông Trịnh Ngọc Thạch - Phó chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng Quốc hội, cho rằng trường phải đủ năng lực.",
     [("Trịnh Ngọc Thạch", "Phó chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng Quốc hội")]),
    ("Meredith Davis, một phát ngôn viên của Cục Rượu, Thuốc lá, Vũ khí và Chất nổ cho biết một quả bom đã được tìm thấy.",
     [("Meredith Davis", "phát ngôn viên của Cục Rượu, Thuốc lá, Vũ khí và Chất nổ")]),
    # ... but not the names listed after a post.
    ("Các Thượng nghị sĩ Jack Reed, Jeanne Shaheen, Mark Warner và Chris Coons phản đối.",
     [("Jack Reed", "Thượng nghị sĩ"), ("Jeanne Shaheen", "Thượng nghị sĩ"), ("Mark Warner", "Thượng nghị sĩ"), ("Chris Coons", "Thượng nghị sĩ")]),
    # "nam" before a calling, as "nữ" (not the last word of "Việt Nam").
    ("Phim của nam ca sĩ trẻ Khánh Phong gợi nhắc thời học sinh.", [("Khánh Phong", "nam ca sĩ trẻ")]),
    ("Đoàn nghệ sĩ Việt Nam ca sĩ Mỹ Tâm dẫn đầu.", [("Mỹ Tâm", "ca sĩ")]),
    # A team by its players' age is a body whose coach he is.
    ("HLV Phạm Minh Đức của U21 Việt Nam cho biết các cầu thủ đã sẵn sàng.", [("Phạm Minh Đức", "HLV của U21 Việt Nam")]),
    # A veteran is named by it as by a calling (the corpus's truth reads it so); a crowd of them is no one.
    ("Ủy ban mua căn nhà của cựu chiến binh Vũ Nguyên Lăng với giá 2 tỷ đồng.", [("Vũ Nguyên Lăng", "cựu chiến binh")]),
    ("Các cựu chiến binh tham dự buổi lễ.", []),
    # A police unit named by the crimes it investigates, and its code and force in brackets.
    ("Đại tá Trương Văn Nam – Trưởng phòng CSĐT Tội phạm về trật tự xã hội (PC45, Công an TP.Cần Thơ) cho biết: “Chưa nhận được đơn”.",
     [("Trương Văn Nam", "Đại tá, Trưởng phòng CSĐT Tội phạm về trật tự xã hội (PC45, Công an TP.Cần Thơ)")]),
    ("Thiếu tá Nguyễn Văn An, Phó trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh, cho biết.",
     [("Nguyễn Văn An", "Thiếu tá, Phó trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh")]),
    # "Cty" opens a firm's name, no man's.
    ("Đại diện Phòng Tổng vụ Cty Nidec Sankyo cho biết, các công nhân được nghỉ 20 ngày.", []),
    ("Giám đốc Cty Nidec Sankyo Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Giám đốc Cty Nidec Sankyo")]),
    # A pair of words that opens with a word ending roles elsewhere ("khai thác") goes on inside a post in brackets.
    ("Ông Ngô Văn Quang (Giám đốc một Công ty khai thác vàng ở Quảng Nam) xây dựng trái phép.",
     [("Ngô Văn Quang", "Giám đốc một Công ty khai thác vàng ở Quảng Nam")]),
    # A general by "tướng" in lower case after "của", "gặp" … and before his full name (not "Danh tướng Trần Hưng Đạo").
    ("Biệt phủ của tướng Phan Như Thạch xây dựng trái phép.", [("Phan Như Thạch", "tướng")]),
    ("Danh tướng Trần Hưng Đạo đánh tan quân Nguyên.", []),
    ("Sự xuất hiện của tướng Syrskyi cùng với Chủ tịch HUR, Kyrylo Budanov, tại tiền tuyến được xác nhận.",
     [("Kyrylo Budanov", "Chủ tịch HUR")]),
    ("Tham dự có Thượng tá Ngô Thanh Bình - Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy - Bộ Công an, ông Phùng Quang Luyến.",
     [("Ngô Thanh Bình", "Thượng tá, Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy - Bộ Công an")]),
    ("Ông Phạm Hoài Nam, cựu đội phó Đội cảnh sát điều tra tội phạm về ma túy Công an quận Cầu Giấy, bị bắt.",
     [("Phạm Hoài Nam", "cựu đội phó Đội cảnh sát điều tra tội phạm về ma túy Công an quận Cầu Giấy")]),
    ("Công an tỉnh điều tra vụ việc.", []),
])
def test_rules_of_session_28(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 28's review: initials after a post and a comma open the next clause unless a name, a
    # mark or his words close them ("…, BVĐK Cửa Đông cho biết", "…, VCCI cho biết") ...
    ("Theo ông Đậu Anh Tuấn, Trưởng Ban Pháp chế, VCCI, Việt Nam là nước có nhiều luật.", [("Đậu Anh Tuấn", "Trưởng Ban Pháp chế")]),
    ("Ông Lê Văn An, Giám đốc, BV tỉnh đã quá tải.", [("Lê Văn An", "Giám đốc")]),
    ("Ông Đậu Anh Tuấn, Trưởng Ban pháp chế, VCCI cho biết, theo thống kê chưa đầy đủ.", [("Đậu Anh Tuấn", "Trưởng Ban pháp chế, VCCI")]),
    # ... and "cảnh sát điều tra" is one unit's words, not "điều" or "tra" going on into a verb.
    ("Ông Nguyễn Văn An, Giám đốc Công an tỉnh điều tra làm rõ vụ việc.", [("Nguyễn Văn An", "Giám đốc Công an tỉnh")]),
    # ... and "nam" after a team's sport is the team's, not the calling's.
    ("Đội bóng chuyền nam huấn luyện viên Nguyễn Văn An dẫn dắt.", [("Nguyễn Văn An", "huấn luyện viên")]),
    # "Man Utd": a club's name ends before its head's (round 146).
    ("Trò chuyện với người hâm mộ ngày 18/6, CEO Man Utd Richard Arnold chỉ trích việc CLB tiêu tốn nhiều tiền.",
     [("Richard Arnold", "CEO Man Utd")]),
    # A music director is a calling that vouches for a stage name (round 146).
    ("Ca sĩ tập cùng ban nhạc, với phần điều phối của giám đốc âm nhạc Hoài Sa.", [("Hoài Sa", "giám đốc âm nhạc")]),
    # A head of state's "Quốc trưởng" (round 146).
    ("Trong bức điện gửi Quốc trưởng Campuchia Norodom Sihanouk, Chủ tịch Hồ Chí Minh nêu rõ.",
     [("Norodom Sihanouk", "Quốc trưởng Campuchia"), ("Hồ Chí Minh", "Chủ tịch")]),
])
def test_counterexamples_of_the_review_of_session_28(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A doctor named by the hospital's ward he works in, the ward written "khoa" or "Khoa"
    # (round 65-d, round 87-b) ...
    ("Chiều 18/3, BS Nguyễn Viết Nam, khoa Cấp cứu, Bệnh viện Bệnh Nhiệt đới Trung ương cho biết.",
     [("Nguyễn Viết Nam", "BS, khoa Cấp cứu, Bệnh viện Bệnh Nhiệt đới Trung ương")]),
    ("Ngày 5/5, TS.BS Trương Nguyễn Hoài Linh, Khoa Ngoại Tim mạch - Lồng ngực, cho biết vết thương rất nguy hiểm.",
     [("Trương Nguyễn Hoài Linh", "BS, Khoa Ngoại Tim mạch - Lồng ngực")]),
    # ... but a lower-case "khoa" that names no ward is no body.
    ("Bác sĩ Lê Văn An, khoa học chứng minh điều đó.", [("Lê Văn An", "Bác sĩ")]),
    # A provincial paper's initials of a standing-committee member ("UVTVTU") and a deputy
    # head of a school's subject group ("Tổ phó") (round 68-c, round 129-c).
    ("Đồng chí Trần Xuân Hải, UVTVTU, Phó Chủ tịch Thường trực UBND tỉnh và đồng chí Điểu Ron, Phó Chủ tịch UBND tỉnh dự.",
     [("Trần Xuân Hải", "UVTVTU, Phó Chủ tịch Thường trực UBND tỉnh"), ("Điểu Ron", "Phó Chủ tịch UBND tỉnh")]),
    ("Cô Bùi Thị Minh Châu, Tổ phó Ngoại ngữ trường THPT chuyên Trần Đại Nghĩa, đánh giá cao đề thi.",
     [("Bùi Thị Minh Châu", "Tổ phó Ngoại ngữ trường THPT chuyên Trần Đại Nghĩa")]),
    # A national or head coach, whole, before the name (round 134-b) ...
    ("Huấn luyện viên quốc gia Trần Đình Đô tham gia huấn luyện và chỉ đạo thi đấu.",
     [("Trần Đình Đô", "Huấn luyện viên quốc gia")]),
    ("Theo huấn luyện viên trưởng Trần Đình Đô, đội tuyển đã sẵn sàng.", [("Trần Đình Đô", "huấn luyện viên trưởng")]),
    # ... and the ministry of posts and telecommunications by its lower-case words (round 95-e).
    ("Thứ trưởng Bộ Bưu chính viễn thông Mai Liêm Trực cho rằng thị trường đã hình thành.",
     [("Mai Liêm Trực", "Thứ trưởng Bộ Bưu chính viễn thông")]),
    # A billionaire is called so as "ông" calls a man: his post set off before it stays his (round 148-b).
    ("Người sáng lập Tập đoàn Alibaba - tỷ phú Jack Ma - đang ở châu Âu để tham dự các cuộc họp.",
     [("Jack Ma", "Người sáng lập Tập đoàn Alibaba")]),
    ("Tỷ phú Elon Musk cho biết công ty sẽ mở rộng.", []),
    # A firm known by one word before its head's name, and a region's kind after its name
    # (round 126-a, round 148-b) ...
    ("Sau khi nhà sáng lập Telegram Pavel Durov nói rằng giới chức Pháp đã yêu cầu gỡ kênh.", [("Pavel Durov", "nhà sáng lập Telegram")]),
    ("Năm 2016, Zinichev đảm nhận chức vụ quyền Thống đốc Kaliningrad Oblast, và tới 2018 được bổ nhiệm.", []),
    # ... but not a firm named for a family, whose name is also a man's.
    ("Thủ hiến Ontario Doug Ford tuyên bố sẽ đáp trả.", [("Doug Ford", "Thủ hiến Ontario")]),
    # A name, his pen name or nickname in brackets, then his post set off (round 149-a, round 111-e) ...
    ("Ngô Trần Hải An (Quỷ Cốc Tử), đại sứ Du lịch Thái Lan ở Việt Nam, cho rằng du khách không cần lo lắng.",
     [("Ngô Trần Hải An", "đại sứ Du lịch Thái Lan ở Việt Nam")]),
    ("Nguyễn Văn Hậu (Hậu Pháo), Chủ tịch HĐQT tập đoàn Phúc Sơn, bị điều tra.", [("Nguyễn Văn Hậu", "Chủ tịch HĐQT tập đoàn Phúc Sơn")]),
    # ... not a bracket of other words.
    ("Nguyễn Văn Hậu (bị bắt năm 2022), Chủ tịch HĐQT tập đoàn Phúc Sơn, bị điều tra.", []),
    # An Ê Đê name whose last word has a lower-case letter after its apostrophe (round 95-a), beside one with a capital.
    ("Tại buổi làm việc, ông Y Thanh Hà Niê K'đăm - Bí thư Tỉnh ủy Lâm Đồng kiến nghị Trung ương sớm ban hành.",
     [("Y Thanh Hà Niê K'đăm", "Bí thư Tỉnh ủy Lâm Đồng")]),
    ("Bà H’Vi Êban, Phó Chủ tịch UBND tỉnh, phát biểu.", [("H’Vi Êban", "Phó Chủ tịch UBND tỉnh")]),
    # A city's chief architect is a post, before the name or set off after it (round 86-b).
    ("Trao đổi với Tuổi Trẻ, tiến sĩ Võ Kim Cương, nguyên Phó kiến trúc sư trưởng TP.HCM, cho biết quy hoạch cần điều chỉnh.",
     [("Võ Kim Cương", "nguyên Phó kiến trúc sư trưởng TP.HCM")]),
    ("Kiến trúc sư trưởng Hà Nội Nguyễn Văn An cho biết quy hoạch đã được duyệt.", [("Nguyễn Văn An", "Kiến trúc sư trưởng Hà Nội")]),
    # A copy that dropped the comma between a name and the post (round 79-b, round 22-b, round 99-c) ...
    ("Ngoài hai cô giáo mới, cô Mai Thị Loan giáo viên mầm non gắn bó từ năm học trước tiếp tục ở lại.",
     [("Mai Thị Loan", "giáo viên mầm non")]),
    ("Ông Nguyễn Văn An Chủ tịch UBND xã cho biết mưa lớn gây sạt lở.", [("Nguyễn Văn An", "Chủ tịch UBND xã")]),
    # ... but not a word of a post that is a verb there.
    ("Ông Nguyễn Văn An đại diện gia đình phát biểu cảm ơn.", []),
    ("Bà Lê Thị Hoa phụ trách mảng văn hóa của xã.", []),
    ("Ông Trần Văn Nam trưởng thành từ phong trào thanh niên.", []),
    # A street and a sentence's "Riêng" open no one's name (round 119-d, round 115-b).
    ("Các nhà phân tích Phố Wall dự báo Fed sẽ giữ nguyên lãi suất.", []),
    ("Riêng Foxconn, ứng viên học bổng cũng nhận hỗ trợ.", []),
    # A professor's field, archaeology, whose first word is also a verb's ("khảo sát") (round 148-b).
    ("“Đây cũng là lần đầu tiên”, giáo sư khảo cổ Margot Kuitems từ Đại học Groningen, tác giả chính của nghiên cứu, cho biết thêm.",
     [("Margot Kuitems", "giáo sư khảo cổ từ Đại học Groningen")]),
    # A beauty contest by its English name is no one's (round 148-b).
    ("Khánh Vân là đại diện Việt Nam đăng quang Miss Universe sau nhiều năm chờ đợi.", []),
])
def test_rules_of_session_29(sentence, people):
    assert named(sentence) == people


def test_a_name_printed_with_either_apostrophe_is_one_person():
    # Session 29 (Thanh Niên of 2021; Báo Lâm Đồng): a copy prints "H’Hen Niê" in one paragraph
    # and "H'Hen Niê" in the next; one person, by the form first met.
    assert read_paragraphs("Sự kiện có sự tham gia của Hoa hậu H’Hen Niê và người mẫu Helly Tống.",
                           "Đội A gồm Hoa hậu H'Hen Niê và Vũ Dino.") == [("H’Hen Niê", "Hoa hậu"), ("Helly Tống", "người mẫu")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 29's review: a post that opens with a calling is the post, whatever body follows it
    # (before, "Huấn luyện viên trưởng đội tuyển Việt Nam A" named no one) ...
    ("Huấn luyện viên trưởng đội tuyển Việt Nam Kim Sang-sik cho biết đội đã sẵn sàng.",
     [("Kim Sang-sik", "Huấn luyện viên trưởng đội tuyển Việt Nam")]),
    ("Theo huấn luyện viên trưởng Hoàng Anh Gia Lai Vũ Tiến Thành, đội cần thêm thời gian.",
     [("Vũ Tiến Thành", "huấn luyện viên trưởng Hoàng Anh Gia Lai")]),
    ("Kiến trúc sư trưởng TP.HCM Trần Văn An cho biết quy hoạch đã được duyệt.", [("Trần Văn An", "Kiến trúc sư trưởng TP.HCM")]),
    ("Huấn luyện viên Park Hang-seo cho biết đội đã sẵn sàng.", [("Park Hang-seo", "Huấn luyện viên")]),
    # ... a post after a bracket that the next name closes is the next man's ...
    ("Các cầu thủ gồm thủ môn Đặng Văn Lâm (Bình Định), đội trưởng Nguyễn Văn Hải đã có mặt.", [("Nguyễn Văn Hải", "đội trưởng")]),
    # ... and a calling that is a verb after a name with no comma is the verb.
    ("Anh Nguyễn Văn An lái xe chở hàng về Hà Nội.", []),
    ("Ông Nguyễn Văn An đạo diễn bộ phim Mùa hè.", []),
])
def test_counterexamples_of_the_review_of_session_29(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A Korean family name before two syllables Vietnamese spells too (round 148-c) ...
    ("Tuyển Việt Nam không có sự chỉ đạo trực tiếp của HLV Park Hang Seo do đang dẫn dắt U23 Việt Nam.",
     [("Park Hang Seo", "HLV")]),
    # ... but not a foreign brand of one word before Vietnamese words.
    ("Thương hiệu Sacombank Cam Ranh khai trương chi nhánh mới.", []),
    # A world city after a body is its place, not the name (round 118-d, round 126-a, round 74-b) ...
    ("“Chúng tôi ghi nhận nhiều hơn một trường hợp thiệt mạng”, Dan Eddy, Phó giám đốc Sở Cứu hỏa San Diego, cho biết.",
     [("Dan Eddy", "Phó giám đốc Sở Cứu hỏa San Diego")]),
    ("Thị trưởng Nagasaki Suzuki Shiro phát biểu tại lễ tưởng niệm.", [("Suzuki Shiro", "Thị trưởng Nagasaki")]),
    # ... not a city that is as often a family name (the review of session 30) ...
    ("Cựu Tổng thống Chile Ricardo Lagos cho biết ông ủng hộ thỏa thuận.", [("Ricardo Lagos", "Cựu Tổng thống Chile")]),
    # ... and China's cities in Vietnamese are not listed: their first words are names.
    ("Anh Thiên - thôn trưởng Ia Nueng không giấu được niềm tự hào.", [("Thiên", "thôn trưởng Ia Nueng")]),
    # A project's code of a letter and a digit ends its board's name (round 150-a).
    ("Ông Nguyễn Đại Vĩnh, Giám đốc CDC Đà Nẵng, Trưởng ban Quản lý Dự án D1 cho biết dự án đã hoàn thành.",
     [("Nguyễn Đại Vĩnh", "Giám đốc CDC Đà Nẵng, Trưởng ban Quản lý Dự án D1")]),
    # Leaders listed under a group's word, each with his own post: the post is his (as "các
    # đồng chí lãnh đạo tỉnh: Bí thư Tỉnh ủy A; …" read already) ...
    ("Các đồng chí lãnh đạo tỉnh: Nguyễn Văn Oanh, Bí thư Tỉnh ủy; Trần Văn Phong, Chủ tịch UBND tỉnh đã trao quà.",
     [("Nguyễn Văn Oanh", "Bí thư Tỉnh ủy"), ("Trần Văn Phong", "Chủ tịch UBND tỉnh")]),
    # ... where a shared post that is one goes before each man's own.
    ("Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Nguyễn Văn Oanh, Trưởng Ban Tổ chức; Trần Văn Phong, Chủ tịch UBND tỉnh dự.",
     [("Nguyễn Văn Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức"), ("Trần Văn Phong", "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh")]),
    # "quốc tế" is one word of two: a post never ends between them (round 150-b) ...
    ("BS. Vicknesh Krishnan – chuyên gia quốc tế về Trải nghiệm Người bệnh và Quản trị Chất lượng Y tế trình bày tại hội thảo.",
     [("Vicknesh Krishnan", "chuyên gia quốc tế về Trải nghiệm Người bệnh và Quản trị Chất lượng Y tế")]),
    # ... an expert's field set off after a dash goes on in lower case to the mark ...
    ("Tham dự có bà Dương Hương Quỳnh – Chuyên gia về dinh dưỡng, đại diện UNICEF tại Việt Nam; bà Nguyễn Thị Bích Thủy – Trợ lý Chương trình cấp cao của UNICEF.",
     [("Dương Hương Quỳnh", "Chuyên gia về dinh dưỡng"), ("Nguyễn Thị Bích Thủy", "Trợ lý Chương trình cấp cao của UNICEF")]),
    ("Ông Nguyễn Văn An, chuyên gia về quê ăn Tết.", [("Nguyễn Văn An", "chuyên gia")]),
    # ... and a health body's words in lower case are the body's.
    ("ThS. Nguyễn Hữu Quý - Trưởng khoa Truyền thông Giáo dục sức khỏe trình bày kết quả khảo sát.",
     [("Nguyễn Hữu Quý", "Trưởng khoa Truyền thông Giáo dục sức khỏe")]),
    # A capitalised word of address after a list's semicolon is no family name (round 150-b) ...
    ("Tham dự buổi lễ có Ông Lê Ngọc Quang - Bí thư Thành ủy; Ông Phạm Đức Ấn – Chủ tịch UBND thành phố; cùng lãnh đạo HĐND.",
     [("Lê Ngọc Quang", "Bí thư Thành ủy"), ("Phạm Đức Ấn", "Chủ tịch UBND thành phố")]),
    # ... a body of two nations joined by a dash names no one ...
    ("Hội nghị công bố Quyết định bổ nhiệm các Phó Giám đốc Bệnh viện Việt - Hàn Đà Nẵng theo thẩm quyền.", []),
    ("Giám đốc Bệnh viện Việt - Hàn Đà Nẵng Trần Văn Nam cho biết.", [("Trần Văn Nam", "Giám đốc Bệnh viện Việt - Hàn Đà Nẵng")]),
    # ... and a firm's English words are the firm's, not a name after it.
    ("Bên cạnh đó, Tiến sĩ Claudia Mika – Nhà sáng lập kiêm Tổng Giám đốc Temos International Healthcare Accreditation (CHLB Đức) – đã chia sẻ kinh nghiệm.",
     [("Claudia Mika", "Nhà sáng lập kiêm Tổng Giám đốc Temos International Healthcare Accreditation (CHLB Đức)")]),
    # Korea by its one word after a calling, before a Korean name (round 120-d, round 96-e) ...
    ("Phim của tài tử Hàn Ma Dong Seok đạt 19 tỷ đồng.", [("Ma Dong Seok", "tài tử Hàn")]),
    ("Đạo diễn Hàn Park Chan-wook nhận giải.", [("Park Chan-wook", "Đạo diễn Hàn")]),
    # ... not Mr Hàn ...
    ("Nhà thơ Hàn Mặc Tử sinh năm 1912.", [("Hàn Mặc Tử", "Nhà thơ")]),
    ("Trưởng phòng Hàn Kim Long cho biết.", [("Hàn Kim Long", "Trưởng phòng")]),
    # ... and a house of parliament by its own name (round 114-a).
    ("Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin cho biết.", [("Vyacheslav Volodin", "Chủ tịch Duma Quốc gia Nga")]),
    # A scholar's workplace after "đến từ" as after "tại" (round 124-c).
    ("“Tính đến nay”, nhà nghiên cứu Zhihang Wang đến từ Đại học Công nghệ Chalmers, cho biết.",
     [("Zhihang Wang", "nhà nghiên cứu đến từ Đại học Công nghệ Chalmers")]),
    # A degree in mixed case before a name (round 150-d) ...
    ("Phát biểu khai mạc, PGS.Ts Nguyễn Minh Tâm - Phó hiệu trưởng Trường Đại học Y - Dược Huế mong rằng khóa học sẽ thành công.",
     [("Nguyễn Minh Tâm", "Phó hiệu trưởng Trường Đại học Y - Dược Huế")]),
    # ... a caption's next sentence after the body's place ...
    ("BS CKII. Trần Thanh Thủy – Giám đốc Sở Y tế thành phố Đà Nẵng Thăm và kiểm tra sức khỏe bệnh nhi.",
     [("Trần Thanh Thủy", "Giám đốc Sở Y tế thành phố Đà Nẵng")]),
    # ... (the review of session 30: a verb or an adverb after a post with no comma is none of it) ...
    ("Ông Nguyễn Văn An, Giám đốc Sở Tài chính tích cực chỉ đạo thu ngân sách.", [("Nguyễn Văn An", "Giám đốc Sở Tài chính")]),
    ("Bà Lê Thị Hoa, Phó Giám đốc Sở Tư pháp tổng hợp ý kiến các sở, ngành.", [("Lê Thị Hoa", "Phó Giám đốc Sở Tư pháp")]),
    # ... and a post that ends where he conveys a lecture.
    ("Đồng chí Trịnh Văn Quyết, Ủy viên Bộ Chính trị, Trưởng ban Tuyên giáo và Dân vận Trung ương truyền đạt Chuyên đề về Nghị quyết.",
     [("Trịnh Văn Quyết", "Ủy viên Bộ Chính trị, Trưởng ban Tuyên giáo và Dân vận Trung ương")]),
    # Titles written apart or in mixed case are one chain before the name (round 150-d).
    ("ThS. Bs. Trương Quang Bình - Phó Giám đốc Sở Y tế đã gửi lời chúc mừng.", [("Trương Quang Bình", "Phó Giám đốc Sở Y tế")]),
    ("Tham dự có PGS.Ts Nguyễn Minh Tâm - Phó hiệu trưởng Trường Đại học Y - Dược Huế, Ts.Bs Mai Văn Mười - Phó giám đốc Sở Y tế.",
     [("Nguyễn Minh Tâm", "Phó hiệu trưởng Trường Đại học Y - Dược Huế"), ("Mai Văn Mười", "Phó giám đốc Sở Y tế")]),
    # A writer by the press's word for one, "cây bút", "cây viết" (round 151-a, round 58-c, round 123-a).
    ("Theo cây viết Dan Alexander của Forbes, ông Trump đã bán cổ phần.", [("Dan Alexander", "cây viết của Forbes")]),
    ("Anh ấy là một cây bút trẻ đầy triển vọng.", []),
])
def test_rules_of_session_30(sentence, people):
    assert named(sentence) == people


def test_a_calling_then_where_its_holder_works_set_off_by_commas():
    assert named("Luật sư Phạm Duy Khương, Công ty Luật SB Law, cho rằng doanh nghiệp cần đăng ký nhãn hiệu.") == [
        ("Phạm Duy Khương", "Luật sư, Công ty Luật SB Law")]
    # (and the unit above it, up to the colon of a heading)
    assert named("Giáo viên Nguyễn Thị Thùy Linh, Trường Mầm non tư thục Thành Công, quận Ba Đình: Góp phần bảo đảm chất lượng.") == [
        ("Nguyễn Thị Thùy Linh", "Giáo viên, Trường Mầm non tư thục Thành Công, quận Ba Đình")]
    # (not a body that runs to the sentence's end, where it is the co-maker: "do A, Công ty B sản xuất")
    assert named("Bộ phim do đạo diễn Phi Tiến Sơn, Công ty Cổ phần Phim truyện 1 sản xuất.") == [("Phi Tiến Sơn", "đạo diễn")]


def test_the_editor_of_a_textbook_is_named_by_the_post():
    assert named("Tiến sĩ Lưu Trí Dũng - Chủ biên Sách giáo khoa Giáo dục thể chất, bộ sách Chân trời sáng tạo, cho biết.")[0][0] == "Lưu Trí Dũng"
    assert [p for p, _ in named("PGS.TS Bùi Mạnh Hùng, Tổng chủ biên sách giáo khoa Ngữ Văn lớp 6, cho biết.")] == ["Bùi Mạnh Hùng"]
    # (not the verb: "Hoàng Phê chủ biên", who edited the dictionary quoted)
    assert named("Theo Từ điển Tiếng Việt (Hoàng Phê chủ biên, Nhà xuất bản Hồng Đức, 2018), từ này có nghĩa khác.") == []


def test_two_names_then_their_two_posts_in_turn():
    assert named("Ông Nguyễn Ngọc Hải và Nguyễn Hữu Hoành (Giám đốc và Phó giám đốc Chi nhánh Văn phòng đăng ký đất đai Phan Thiết) "
                 "đã bị kỷ luật.") == [
        ("Nguyễn Ngọc Hải", "Giám đốc Chi nhánh Văn phòng đăng ký đất đai Phan Thiết"),
        ("Nguyễn Hữu Hoành", "Phó giám đốc Chi nhánh Văn phòng đăng ký đất đai Phan Thiết")]
    # (the head of an office and his deputy: "Trưởng và Phó phòng …")
    assert named("Ông Vũ Trọng Lương và Nguyễn Thanh Hoài, Trưởng và Phó phòng Khảo thí của Sở Giáo dục bị bắt.") == [
        ("Vũ Trọng Lương", "Trưởng phòng Khảo thí của Sở Giáo dục"), ("Nguyễn Thanh Hoài", "Phó phòng Khảo thí của Sở Giáo dục")]
    assert named("Ông Lê Văn Nam và ông Trần Văn Bình, Chủ tịch và Phó Chủ tịch UBND xã Tân Lập, bị cách chức.") == [
        ("Lê Văn Nam", "Chủ tịch UBND xã Tân Lập"), ("Trần Văn Bình", "Phó Chủ tịch UBND xã Tân Lập")]


def test_a_post_now_held_after_a_name_with_an_academic_title():
    assert named("Người tiền nhiệm ở vị trí này là Tiến sĩ Nguyễn Tri Thức, hiện là Thứ trưởng Bộ Y tế.") == [
        ("Nguyễn Tri Thức", "Thứ trưởng Bộ Y tế")]


def test_a_real_name_is_the_person_the_text_calls_by_another():
    assert read_paragraphs("Triển lãm chung của ba họa sĩ khai mạc tối qua.",
                           "Zizi Nguyễn, tên thật là Nguyễn Thị Bích Tuyền, 44 tuổi, hiện là chuyên gia tạo mẫu tóc.") == [
        ("Zizi Nguyễn", "chuyên gia tạo mẫu tóc")]


def test_the_post_one_man_takes_in_place_of_another_is_the_successor_s():
    assert named("Trong năm 2012, ông Bùi Tấn Tài lên thay ông Lê Vũ Kỳ làm Chủ tịch HĐTV.") == [("Bùi Tấn Tài", "Chủ tịch HĐTV")]
    assert named("Ông Nguyễn Văn Nam được bầu thay thế ông Trần Văn Bình làm Chủ tịch UBND huyện.") == [
        ("Nguyễn Văn Nam", "Chủ tịch UBND huyện")]
    # (the man replaced never takes it; nor does anyone where the successor is not named)
    assert named("Công ty cử người thay ông Lê Vũ Kỳ làm Chủ tịch HĐTV.") == []
    assert named("Ông Lê Vũ Kỳ làm Chủ tịch HĐTV từ năm 2010.") == [("Lê Vũ Kỳ", "Chủ tịch HĐTV")]


def test_a_bare_name_after_do_or_co_then_the_post_he_holds():
    assert named("Năm 2010, Công ty TNHH Đại An do Nguyễn Ngọc Minh làm Giám đốc được UBND tỉnh cấp phép.") == [("Nguyễn Ngọc Minh", "Giám đốc")]
    assert named("Bị bắt còn có Nguyễn Mạnh Hùng là Chủ tịch HĐQT Công ty TNHH Ngôi Sao Việt.") == [
        ("Nguyễn Mạnh Hùng", "Chủ tịch HĐQT Công ty TNHH Ngôi Sao Việt")]
    # (a calling that opens like a post is read whole: "giám đốc âm nhạc")
    assert named("Đêm nhạc có gần 30 tiết mục do Nguyễn Hữu Vượng làm giám đốc âm nhạc.") == [("Nguyễn Hữu Vượng", "giám đốc âm nhạc")]
    # (kin is no post)
    assert named("Gia đình có Nguyễn Văn Nam là con trai cả.") == []


def test_a_body_s_post_then_its_holder_set_off_by_a_dash():
    assert named("Người chịu trách nhiệm chính vẫn là Đội trưởng Đội Xây lắp - ông Nguyễn Văn Toán.") == [
        ("Nguyễn Văn Toán", "Đội trưởng Đội Xây lắp")]
    assert named("Đội trưởng Đội Xây lắp - ông Nguyễn Văn Toán cho biết công trình đã xong.") == [("Nguyễn Văn Toán", "Đội trưởng Đội Xây lắp")]


def test_a_foreigner_s_one_name_after_his_country_before_a_colon():
    assert named('Ông Trump đã hủy cuộc gặp với Tổng thống Nga Putin: "Tôi cảm thấy không đúng lúc".') == [("Putin", "Tổng thống Nga")]
    assert named("HLV Juve: Chúng tôi sẽ thắng.") == []  # (a club in a headline, right after the title)


def test_the_members_of_a_standing_board_listed_each_with_his_own_post():
    assert named("Hội nghị dưới sự chủ trì của các đồng chí Thường trực Tỉnh ủy: Hồ Quốc Dũng - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, "
                 "Chủ tịch HĐND tỉnh; Lê Kim Toàn - Phó Bí thư Thường trực Tỉnh ủy.") == [
        ("Hồ Quốc Dũng", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"), ("Lê Kim Toàn", "Phó Bí thư Thường trực Tỉnh ủy")]


def test_the_author_of_a_directive_set_off_is_not_the_next_man_s_post():
    assert named("Tiếp thu ý kiến chỉ đạo của Thủ tướng Chính phủ, Bộ trưởng Tài chính Đinh Tiến Dũng khẳng định sẽ thực hiện.") == [
        ("Đinh Tiến Dũng", "Bộ trưởng Tài chính")]
    assert named("Hội nghị có sự tham dự của Ủy viên Bộ Chính trị, Bí thư Thành ủy Nguyễn Văn Nên.") == [
        ("Nguyễn Văn Nên", "Ủy viên Bộ Chính trị, Bí thư Thành ủy")]


def test_a_sum_in_dong_is_no_co_post():
    assert named("Các đại biểu cắt băng khai trương Phiên chợ 0 đồng Nguyên Phó Chủ tịch Thường trực Quốc hội Tòng Thị Phóng tham quan.") == [
        ("Tòng Thị Phóng", "Nguyên Phó Chủ tịch Thường trực Quốc hội")]
    assert named("Đồng Chủ tịch Ủy ban Nguyễn Văn Nam phát biểu.") == [("Nguyễn Văn Nam", "Đồng Chủ tịch Ủy ban")]


@pytest.mark.parametrize(("sentence", "people"), [
    ("Ông Ngô Sỹ Hán, nguyên Phó Tổng giám đốc Công ty Gang thép Thái Nguyên chịu trách nhiệm chính.",
     [("Ngô Sỹ Hán", "nguyên Phó Tổng giám đốc Công ty Gang thép Thái Nguyên")]),
    ("Ông Trương Sỹ Vinh, Phó Viện trưởng Viện Nghiên cứu Phát triển Du lịch thẳng thắn nhận xét.",
     [("Trương Sỹ Vinh", "Phó Viện trưởng Viện Nghiên cứu Phát triển Du lịch")]),
])
def test_verbs_that_end_a_post_set_off_in_lower_case(sentence, people):
    assert named(sentence) == people


def test_a_school_named_after_a_hero_in_lower_case_trường():
    assert named("Ông Nguyễn Trần Vỹ, Phó hiệu trưởng trường Phổ thông Dân tộc bán trú Tiểu học Vừ A Dính, xã Trà Don cho biết.") == [
        ("Nguyễn Trần Vỹ", "Phó hiệu trưởng trường Phổ thông Dân tộc bán trú Tiểu học Vừ A Dính, xã Trà Don")]


def test_words_after_a_unit_that_make_no_vietnamese_name_are_its_place_s():
    assert named("Chủ tịch UBND xã Đạ Sar xác nhận trận mưa đã làm hư hỏng hoa màu.") == []
    assert named("Tư lệnh Hiến binh tỉnh Svay Rieng cho biết.") == []
    assert named("Chủ tịch UBND xã Tân Lập Nguyễn Văn Nam cho biết.") == [("Nguyễn Văn Nam", "Chủ tịch UBND xã Tân Lập")]


@pytest.mark.parametrize("sentence", [
    "Bí thư Trung ương Đoàn Nguyễn Ngọc Lương phát biểu tại buổi lễ.",
    "Bí thư thứ nhất T.Ư Đoàn Nguyễn Ngọc Lương phát biểu tại buổi lễ.",
])
def test_the_youth_union_after_the_central_committee_is_no_family_name(sentence):
    assert [p for p, _ in named(sentence)] == ["Nguyễn Ngọc Lương"]


@pytest.mark.parametrize(("sentence", "people"), [
    ("Ông Lê Viết Hải tiếp tục làm Chủ tịch HĐQT.", [("Lê Viết Hải", "Chủ tịch HĐQT")]),
    ("Ông Nguyễn Văn Nam hiện giữ chức Phó Chủ tịch UBND huyện.", [("Nguyễn Văn Nam", "Phó Chủ tịch UBND huyện")]),
    ("Theo lương y Bùi Duy Hương (huyện Định Quán, Đồng Nai), bài thuốc có hiệu quả.", [("Bùi Duy Hương", "lương y")]),
])
def test_a_post_kept_or_held_now_and_a_healer_s_calling(sentence, people):
    assert named(sentence) == people


def test_names_then_their_count_and_the_post_each_holds_in_brackets():
    assert named("Tòa kiến nghị điều tra hành vi của Nguyễn Thị Minh Hương, Trương Minh Hoàng (hai phó giám đốc Vietinbank chi nhánh "
                 "TP HCM) trong việc ký hợp đồng.") == [
        ("Nguyễn Thị Minh Hương", "phó giám đốc Vietinbank chi nhánh TP HCM"), ("Trương Minh Hoàng", "phó giám đốc Vietinbank chi nhánh TP HCM")]
    # (not a count that is not theirs, nor what they are in a case)
    assert named("Nguyễn Văn Nam, Lê Thị Hoa (ba phó chủ tịch UBND huyện) đã bị kỷ luật.") == []
    assert named("Nguyễn Văn Nam, Lê Thị Hoa (hai bị cáo) đã bị bắt.") == []


def test_a_post_given_past_where_he_lives():
    assert named("Tàu cá KH 94848 TS do ông Lê Hữu Hà, thường trú tại Hòn Rớ, TP.Nha Trang (Khánh Hòa) làm thuyền trưởng, xuất bến ngày 5/2.") == [
        ("Lê Hữu Hà", "thuyền trưởng")]
    assert named("Ông Lê Hữu Hà, trú tại Hòn Rớ, làm nghề đánh cá.") == []  # (a trade, no post)


def test_one_of_those_who_hold_a_post_after_a_dash():
    assert named("Chúng tôi trao đổi với thầy Trần Trung Hiếu – một giáo viên dạy Sử nhiều năm.") == [("Trần Trung Hiếu", "giáo viên dạy Sử")]


def test_the_one_who_holds_a_post_after_a_comma():
    assert named("Anh Đặng Văn Néng, người trưởng bản có nụ cười hồn hậu, kể lại.") == [("Đặng Văn Néng", "trưởng bản")]
    assert named("Ông Nguyễn Văn Nam, người đứng đầu Sở Y tế, cho biết.") == [("Nguyễn Văn Nam", "người đứng đầu Sở Y tế")]


def test_a_name_that_opens_the_sentence_then_the_post_he_holds():
    assert named("Show phát sóng vào tháng 6. Đinh Hà Uyên Thư làm tổng đạo diễn, SlimV là giám đốc âm nhạc.") == [
        ("Đinh Hà Uyên Thư", "tổng đạo diễn")]
    assert named("Nguyễn Văn Nam là Chủ tịch UBND xã từ năm 2015.") == [("Nguyễn Văn Nam", "Chủ tịch UBND xã")]
    assert named("Hôm qua, Nguyễn Văn Nam là con trai cả của ông Ba.") == []


def test_a_calling_that_opens_the_sentence_then_la_and_its_holder():
    assert named("Đạo diễn video là Vũ Hồng Thắng, người đứng sau nhiều MV.") == [("Vũ Hồng Thắng", "Đạo diễn video")]
    assert named("Rapper tên thật là Bùi Xuân Trường, 27 tuổi.") == []  # (his real name, not a calling's field)


def test_a_post_set_off_after_an_age_closed_in_brackets():
    assert named("Ngô Văn Hải (47 tuổi), nguyên Giám đốc Phòng Giao dịch Sacombank Cam Ranh, bị bắt.") == [
        ("Ngô Văn Hải", "nguyên Giám đốc Phòng Giao dịch Sacombank Cam Ranh")]
    assert named("Ngô Văn Hải (47 tuổi), trú tại xã Cam Phước, bị bắt.") == []


def test_a_calling_then_its_outlet_by_its_letters_then_the_name():
    assert named("Trong cuộc phỏng vấn, nhà báo CNN Jake Tapper đề cập đến khả năng đó.") == [("Jake Tapper", "nhà báo CNN")]
    # (not a degree or a school's level: "Bác sĩ CKI A", "giáo viên THCS Bình Trị Đông")
    assert named("Bác sĩ CKI Tô Minh Thắng cho biết.") == [("Tô Minh Thắng", "Bác sĩ")]


def test_whose_head_a_post_is_then_its_holder_set_off():
    assert named("Giám đốc điều hành của Bavarian Nordic, ông Paul Chaplin, nhấn mạnh thỏa thuận này.") == [
        ("Paul Chaplin", "Giám đốc điều hành của Bavarian Nordic")]
    assert named("Tổng thống Donald Trump, ông Joe Biden, và nhiều người khác dự.") == [("Donald Trump", "Tổng thống")]


@pytest.mark.parametrize(("sentence", "people"), [
    ("Dự buổi lễ có Anh hùng lực lượng vũ trang nhân dân Trần Thị Hường.", [("Trần Thị Hường", "Anh hùng lực lượng vũ trang nhân dân")]),
    ("Đoàn đến thăm Mẹ Việt Nam anh hùng Châu Thị Nghê tại thị trấn Đức An.", [("Châu Thị Nghê", "Mẹ Việt Nam anh hùng")]),
])
def test_the_state_s_titles_of_heroes(sentence, people):
    assert named(sentence) == people


def test_a_board_s_member_before_his_name():
    assert named("Tổ chức liên quan tới thành viên Hội đồng quản trị Nguyễn Hồng Sơn đăng ký mua cổ phiếu.") == [
        ("Nguyễn Hồng Sơn", "thành viên Hội đồng quản trị")]
    assert named("Thành viên nhóm Pink Floyd Roger Waters biểu diễn.") == []  # (a band's name, no board)


def test_a_post_then_its_holder_set_off_after_an_academic_title_written_out():
    assert named("Bên cạnh đó, chuyên gia về du lịch, Tiến sĩ Nguyễn Văn Lưu cho rằng cần có chính sách.") == [
        ("Nguyễn Văn Lưu", "chuyên gia về du lịch")]
    # (not the title itself before another: "Phó Giáo sư, Tiến sĩ A, Giám đốc …")
    assert named("Phó Giáo sư, Tiến sĩ Nguyễn Văn An, Giám đốc Sở Y tế phát biểu.") == [("Nguyễn Văn An", "Giám đốc Sở Y tế")]


def test_a_post_in_brackets_after_the_man_s_other_name_and_his_year_of_birth():
    assert named("Bị cáo Trần Văn Nam (tên gọi khác là Trần Quốc Tuấn, SN 1963, cựu Bí thư Tỉnh ủy Bình Dương) bị đề nghị mức án.") == [
        ("Trần Văn Nam", "cựu Bí thư Tỉnh ủy Bình Dương")]


def test_a_legislator_s_state_in_brackets_after_his_name():
    assert named("Thượng nghị sĩ Mark Kelly (bang Arizona) chỉ trích quyết định này.") == [("Mark Kelly", "Thượng nghị sĩ (bang Arizona)")]
    assert named("Thượng nghị sĩ Lisa Murkowski (tiểu bang Alaska) nói.") == [("Lisa Murkowski", "Thượng nghị sĩ (tiểu bang Alaska)")]


@pytest.mark.parametrize(("sentence", "people"), [
    ("Ông Nguyễn Văn An, Trưởng phòng tổ chức - hành chính của trường, cho biết.", [("Nguyễn Văn An", "Trưởng phòng tổ chức - hành chính của trường")]),
    ("Giám đốc Sở Kế hoạch - đầu tư TP.HCM Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Giám đốc Sở Kế hoạch - đầu tư TP.HCM")]),
    ("Ông Nguyễn Văn An, Phó viện trưởng Viện Nghiên cứu và Phát triển kinh tế - xã hội Đà Nẵng, nhận định.",
     [("Nguyễn Văn An", "Phó viện trưởng Viện Nghiên cứu và Phát triển kinh tế - xã hội Đà Nẵng")]),
    # (not what he did next, set off by a dash)
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế - phát biểu tại hội nghị.", [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
])
def test_two_fields_of_one_body_joined_by_a_dash(sentence, people):
    assert named(sentence) == people


def test_a_school_that_trains_cadres_is_named_after_a_man():
    assert named("Thành ủy giao Ban Tổ chức Thành ủy; Trường Đào tạo cán bộ Lê Hồng Phong; các quận thực hiện.") == []
    assert named("Cán bộ Lê Hồng Phong cho biết.") == [("Lê Hồng Phong", "Cán bộ")]


def test_everyday_callings_set_off_after_a_name_are_roles():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    # Farmers, fishermen, receptionists, owners: callings a reporter names ordinary people by.
    assert read("Mori Michihiro, nông dân ở tỉnh Miyazaki, nói.") == [("Mori Michihiro", "nông dân ở tỉnh Miyazaki")]
    assert read("Anh Nguyễn Văn An, ngư dân phường Thọ Quang, cho biết giá cá tăng.") == [
        ("Nguyễn Văn An", "ngư dân phường Thọ Quang")]
    assert read("Christopher Gutierrez, chủ khu nghỉ dưỡng, thường chừa lại một phòng.") == [
        ("Christopher Gutierrez", "chủ khu nghỉ dưỡng")]
    assert read("Amanda Thompson, lễ tân tại Hilcorp, trả lời phỏng vấn.") == [("Amanda Thompson", "lễ tân tại Hilcorp")]
    # A village or a commune after the calling is no one: two words after "thôn", an island district.
    assert read("Ông Hoàng Công Hưng, nông dân thôn Lạc Sơn, cho biết lúa tốt.") == [
        ("Hoàng Công Hưng", "nông dân thôn Lạc Sơn")]
    assert read("Nhiều nông dân thôn Lạc Sơn đã thu hoạch lúa.") == []
    assert read("Đội tàu đánh cá của ngư dân Lý Sơn neo đậu gần bờ.") == []
    # "tên" closes a calling: the name it introduces is not part of the role.
    assert all(role != "nông dân tên" for _, role in read("Một nông dân tên Manuel Bustingorry đã phát hiện chiếc máy bay."))


def test_a_firms_foreign_name_closing_a_post_before_its_holder_set_off_with_ong():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Năm 2015, Chủ tịch hãng bất động sản Foo Tak, ông John Smith, qua đời ở tuổi 93.") == [
        ("John Smith", "Chủ tịch hãng bất động sản Foo Tak")]
    # (not a leader's own name before another man's: the post has its holder already)
    assert read("Thủ tướng Nhật Bản Shinzo Abe, ông John Smith, qua đời ở tuổi 93.") == [("Shinzo Abe", "Thủ tướng Nhật Bản")]


def test_a_post_held_back_then_names_its_holder_after_la_wherever_it_stands():
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Cam kết được đưa ra với tổng thống Liên Xô khi đó là Mikhail Gorbachev.") == [
        ("Mikhail Gorbachev", "tổng thống Liên Xô")]
    assert read("Anh lọt vào tầm ngắm của HLV Dortmund khi đó là Jurgen Klopp.") == [("Jurgen Klopp", "HLV Dortmund")]
    assert ("Boris Johnson", "thủ tướng Anh") in read("Sau khi thủ tướng Anh lúc đó là Boris Johnson đến Kiev, ông Zelensky tuyên bố.")
    assert read("Họ đã gặp Tổng thống Mỹ thời đó là Dwight Eisenhower.") == [("Dwight Eisenhower", "Tổng thống Mỹ")]
    # (not a kinsman of the post-holder: "Vợ của …")
    assert read("Vợ của Giám đốc Sở khi đó là Nguyễn Thị An.") == []


def test_a_name_opening_with_van_after_ong_is_a_name_not_a_body():
    # Session 37, round154-a (Đà Nẵng's portal): "Văn Minh" opens a body's title-cased name
    # ("Văn Minh Đô Thị") but, after "ông" and with a given name, Mr Văn's.
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Thay mặt nhà đầu tư, ông Văn Minh Hoàng – Tổng Giám đốc Công ty CP Chương Dương, cam kết tiến độ.") == [
        ("Văn Minh Hoàng", "Tổng Giám đốc Công ty CP Chương Dương")]
    assert read("Giám đốc Sở Văn Hóa Thể Thao tỉnh phát biểu.") == []


def test_a_caption_run_into_the_next_sentence_keeps_the_name_and_the_post_apart():
    # Session 37, round154-a: a crawler ran the captions into the text with no stop. The
    # next sentence's "Cùng ngày" is no part of the name; a post repeated after the name,
    # whose first letter the caption lost ("ổng Lãnh sự"), is the next mention's.
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Phó Chủ tịch UBND thành phố Hồ Kỳ Minh tặng quà Tổng Lãnh sự Liên bang Nga tại Đà Nẵng "
                "Mizonova Maria Georgievna Cùng ngày, đoàn đến thăm Tổng Lãnh sự quán Nhật Bản.") == [
        ("Hồ Kỳ Minh", "Phó Chủ tịch UBND thành phố"),
        ("Mizonova Maria Georgievna", "Tổng Lãnh sự Liên bang Nga tại Đà Nẵng")]
    assert ("Mori Takero", "Tổng Lãnh sự Nhật Bản tại Đà Nẵng") in read(
        "Tiếp đoàn có Tổng Lãnh sự Nhật Bản tại Đà Nẵng Mori Takero. Ông Hồ Kỳ Minh tặng quà ổng Lãnh sự Nhật Bản "
        "tại Đà Nẵng Mori Takero Tổng Lãnh sự Mori Takero gửi lời cảm ơn thành phố.")


def test_a_post_over_lower_case_words_then_its_holder_and_a_comma_before_the_verb_of_saying():
    # Session 37 (round44-c): "Bộ kế hoạch và đầu tư", a ministry written in lower case, is
    # read to the name where a verb of saying follows it, after a comma as well.
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Ủy ban đã nghe Bộ trưởng Bộ kế hoạch và đầu tư Bùi Quang Vinh, báo cáo kết quả sơ kết.") == [
        ("Bùi Quang Vinh", "Bộ trưởng Bộ kế hoạch và đầu tư")]
    # (not a commune's name before the comma: "Chủ tịch UBND xã Hà Nha, báo cáo …" names no one)
    assert read("Chủ tịch UBND xã Hà Nha, báo cáo tình hình thiệt hại.") == []


def test_a_stage_name_opening_with_chi_after_a_calling():
    # Session 37 (round154-b, round155-a): "ca sĩ Chi Dân", as "nhạc sĩ Quốc Trung"; "Chi"
    # opens bodies too ("Chi bộ", "Chi nhánh"), whose posts stay read as before.
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Cuối năm 2024, ca sĩ Chi Dân và người mẫu An Tây bị khởi tố.") == [("Chi Dân", "ca sĩ"), ("An Tây", "người mẫu")]
    assert read("Phó Giám đốc Chi nhánh Ngân hàng Nông nghiệp Lạng Sơn Hoàng Văn Bình cho biết.") == [
        ("Hoàng Văn Bình", "Phó Giám đốc Chi nhánh Ngân hàng Nông nghiệp Lạng Sơn")]


def test_a_teacher_and_a_designer_written_short():
    # Session 37 (round156-c, round154-b, round71-c): "GV" (giáo viên), "NTK" (nhà thiết kế).
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Cô Phùng Thị Ngọc Hảo - GV dạy tiếng Anh tại Trường Mầm non Hoa Hồng, chia sẻ: \"Trẻ học rất nhanh\".") == [
        ("Phùng Thị Ngọc Hảo", "GV dạy tiếng Anh tại Trường Mầm non Hoa Hồng")]
    assert read("Hồi đầu năm 2025, NTK Nguyễn Công Trí bị phát hiện sử dụng ma túy.") == [("Nguyễn Công Trí", "NTK")]


def test_a_beauty_contest_named_after_cuoc_thi_is_no_queen():
    # Session 37 (round156-d, Ngôi Sao): "giám khảo cuộc thi Hoa hậu Môi Trường Việt Nam".
    read = lambda text: [(p.name, p.role) for p in participants([(text, False)])]  # noqa: E731
    assert read("Anh còn là thành viên giám khảo cuộc thi Hoa hậu Môi Trường Việt Nam, Miss Eco Teen 2021.") == []
    assert read("Tại cuộc thi, Hoa hậu Nguyễn Thị Huyền trao vương miện.") == [("Nguyễn Thị Huyền", "Hoa hậu")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 38, round157-d (Người Lao Động): a unit of two districts joined by a dash, the
    # second one's name before its head's; and a district before a name (round112-d-10).
    ("Theo Hạt trưởng Hạt Kiểm lâm liên quận Sơn Trà – Ngũ Hành Sơn Ngô Trường Chinh, đơn vị đã trồng cây.",
     [("Ngô Trường Chinh", "Hạt trưởng Hạt Kiểm lâm liên quận Sơn Trà – Ngũ Hành Sơn")]),
    ("Theo Phó chủ tịch UBND huyện Nhà Bè Võ Phan Lê Nguyễn, đường Phạm Hữu Lầu là một trong tuyến chính.",
     [("Võ Phan Lê Nguyễn", "Phó chủ tịch UBND huyện Nhà Bè")]),
])
def test_a_city_s_districts_are_places_before_a_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 38, round157-a (a company's site, its captions): the address after a post set off
    # by a dash, capitalised, is no part of the name ("Ông" a family name too: a full name follows),
    # nor of the post ("Bà" opens a place's name too: "Bà Rịa"); "ĐC", "đồng chí" in two letters.
    ("Chủ tịch công đoàn - Ông Lê Minh Quang phát biểu tại Đại hội Đảng bộ Công ty tháng 6/2015",
     [("Lê Minh Quang", "Chủ tịch công đoàn")]),
    ("Giám đốc Công ty Hòa Bình - Bà Nguyễn Thị Hoa phát biểu tại hội nghị.", [("Nguyễn Thị Hoa", "Giám đốc Công ty Hòa Bình")]),
    ("Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu Nguyễn Văn Thọ phát biểu.", [("Nguyễn Văn Thọ", "Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu")]),
    ("ĐC Nguyễn Danh Vận phó chủ nhiệm UBKT Đảng ủy tới dự Đại hội", [("Nguyễn Danh Vận", "phó chủ nhiệm UBKT Đảng ủy")]),
    ("Trạm ĐC Hà Nội đo được lượng mưa lớn.", []),
    # and before a foreigner's name, neither the address nor the dash kept (round148-c-03)
    ("Phụ trách bộ phận Nghệ thuật châu Á – Ông Johanna Blancard de Léry:",
     [("Johanna Blancard de Léry", "Phụ trách bộ phận Nghệ thuật châu Á")]),
    ("Giám đốc Công ty Hòa Bình - Ông Văn Tùng phát biểu tại hội nghị.", [("Ông Văn Tùng", "Giám đốc Công ty Hòa Bình")]),
])
def test_an_address_set_off_by_a_dash_and_comrade_in_two_letters(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 38, round157-e (VnEconomy): "do <name>, <post> thực hiện" - the verb closes the
    # clause, no part of the post; a post that names what it carries out keeps it.
    ("Ca mổ do ê-kíp của ThS.BS Thái Đắc Vinh, Phó Trưởng khoa Phẫu thuật – Gây mê hồi sức thực hiện.",
     [("Thái Đắc Vinh", "Phó Trưởng khoa Phẫu thuật – Gây mê hồi sức")]),
    ("Ca mổ do ông Nguyễn Văn An, Trưởng khoa Ngoại thực hiện thành công.", [("Nguyễn Văn An", "Trưởng khoa Ngoại")]),
    ("Ông Lê Ánh Dương, Trưởng Ban Chỉ đạo thực hiện các dự án Tây Yên Tử, phát biểu.",
     [("Lê Ánh Dương", "Trưởng Ban Chỉ đạo thực hiện các dự án Tây Yên Tử")]),
])
def test_the_verb_of_a_clause_done_by_a_post_holder_ends_the_post(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 38: the trades of shopkeepers and stallholders the corpus names, and "người phụ trách".
    ("Chị Đặng Thị Thùy Tâm, chủ cửa hiệu trang điểm, cho biết.", [("Đặng Thị Thùy Tâm", "chủ cửa hiệu trang điểm")]),
    ("Ông Nguyễn Đức Thu, chủ nhà xe Khánh Đơn, cho biết.", [("Nguyễn Đức Thu", "chủ nhà xe Khánh Đơn")]),
    ("Anh Huỳnh Hồng Cum - người phụ trách gian hàng cho biết: “Mỗi ngày khách đông”.", [("Huỳnh Hồng Cum", "người phụ trách gian hàng")]),
])
def test_shopkeepers_and_those_in_charge_are_named_with_their_trade(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 38, round158-d: a college for teachers and a national body written in lower case.
    ('PGS-TS Nguyễn Văn Lê - Hiệu trưởng Trường CĐ Sư phạm trung ương: "Phải có đất sạch và kinh phí"',
     [("Nguyễn Văn Lê", "Hiệu trưởng Trường CĐ Sư phạm trung ương")]),
    ("Ông Nguyễn Văn An, Phó Giám đốc Bệnh viện Phổi trung ương, cho biết.", [("Nguyễn Văn An", "Phó Giám đốc Bệnh viện Phổi trung ương")]),
])
def test_a_body_s_name_goes_on_over_sư_phạm_and_trung_ương(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 38 (round125-c-04): a calling, a country, then a foreign name - the country ends
    # the calling; a Vietnamese name that opens with a country's word keeps it ("Nga Nguyễn").
    ("Dàn nhạc trình diễn một số tác phẩm của nhà soạn nhạc Nga Tchaikovsky trong đêm nhạc.", [("Tchaikovsky", "nhà soạn nhạc Nga")]),
    ("Bà Nga Nguyễn, giám đốc công ty, nói.", [("Nga Nguyễn", "giám đốc công ty")]),
])
def test_a_country_between_a_calling_and_a_foreign_name_ends_the_calling(sentence, people):
    assert named(sentence) == people


def test_a_hospital_named_after_a_man_every_time_it_is_written_is_no_one():
    # Session 38, round159-a-05 (Kênh 14): "lãnh đạo BV Lê Văn Thịnh cho biết", where the text
    # also says "tại BV Lê Văn Thịnh", "đến BV Lê Văn Thịnh"; a man named once after his
    # hospital's word and again on his own is still a man.
    read = read_paragraphs
    assert read("Ông Tâm đã điều trị tại BV Lê Văn Thịnh (BV Quận 2 cũ). Chiều 5/4, lãnh đạo BV Lê Văn Thịnh cho biết "
                "ông Tâm đã xuất viện. Sau khi được đưa đến BV Lê Văn Thịnh, ông Tâm hoảng loạn.") == []
    assert read("Giám đốc Bệnh viện Trần Văn An cho biết bệnh nhân ổn định. Ông Trần Văn An nói thêm.") == [
        ("Trần Văn An", "Giám đốc Bệnh viện")]
    # ("thành phố" and "Môi trường" before a name are no street's or school's words)
    assert read("Phó Chủ tịch UBND thành phố Nguyễn Thị Anh Thi dự. Phó Chủ tịch UBND thành phố Nguyễn Thị Anh Thi phát biểu.") == [
        ("Nguyễn Thị Anh Thi", "Phó Chủ tịch UBND thành phố")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 39 (round138-a-02): two asides that hold no post, one after the other, before it.
    ("* Ông Phạm Thái Hà, quê Thái Bình, 31 tuổi, là công nhân thi công cầu.", [("Phạm Thái Hà", "công nhân thi công cầu")]),
    ("Ông Nguyễn Văn Hà (52 tuổi), quê Nghệ An, Giám đốc Công ty Bình Minh, cho biết.", [("Nguyễn Văn Hà", "Giám đốc Công ty Bình Minh")]),
    ("Ông Nguyễn Văn Hà, 52 tuổi, ngụ TP.HCM, là giám đốc công ty.", [("Nguyễn Văn Hà", "giám đốc công ty")]),
    # (where he lives, then the post he is given, as before)
    ("Tàu cá do ông Mai Văn Dũng, trú tại khu phố 7, thị trấn Cửa Việt, tỉnh Quảng Trị làm thuyền trưởng đã về bến.",
     [("Mai Văn Dũng", "thuyền trưởng")]),
])
def test_a_post_past_two_asides_after_the_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 39 (round58-c-02): a company named like a man, right after a post in lower case that
    # is set off after the speaker's name and closed by his words, is the post's company.
    ("Khi được hỏi, ông Võ Trường Sơn, tổng giám đốc Hoàng Anh Gia Lai cho biết, nguyên nhân là giá cao su giảm.",
     [("Võ Trường Sơn", "tổng giám đốc Hoàng Anh Gia Lai")]),
    # Session 41 (round118-b-06): a comma before his words too.
    ("\"Giờ lại gom để đào tạo AI\", ông Nguyễn Thế Vương, Giám đốc ngành hàng Main và VGA của nhà phân phối Mai Hoàng, cho hay.",
     [("Nguyễn Thế Vương", "Giám đốc ngành hàng Main và VGA của nhà phân phối Mai Hoàng")]),
    ("Ông Nguyễn Văn An, Bí thư Đảng ủy xã Trần Hưng Đạo, cho biết.", [("Nguyễn Văn An", "Bí thư Đảng ủy xã Trần Hưng Đạo")]),
    # (after a capital, the name is a second person's: "ông Tập Cận Bình, Tổng thống Trump cho biết")
    ("Sau cuộc gặp với ông Tập Cận Bình, Tổng thống Donald Trump cho biết hai bên đã đạt thỏa thuận.",
     [("Donald Trump", "Tổng thống")]),
])
def test_a_name_right_after_a_lower_case_post_set_off_and_closed_by_speech_is_the_post_s_body(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 39 (round161-a-06, round154-b): comedians named by their calling, a stage name after it.
    ("Năm 2022, diễn viên hài Hữu Tín bị phát hiện sử dụng ma túy tại căn hộ chung cư ở TPHCM.", [("Hữu Tín", "diễn viên hài")]),
    ("Tối qua, nghệ sĩ hài Việt Hương diễn ở Nhà hát Bến Thành.", [("Việt Hương", "nghệ sĩ hài")]),
    ("Năm nay, danh hài Hoài Linh bị phạt vì chậm giải ngân tiền từ thiện.", [("Hoài Linh", "danh hài")]),
])
def test_comedians_are_named_by_their_calling(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 39 (round127-c-07, round162-a-06): a calling's field in lower case before the name.
    ("Cô kết hôn với em trai của ca sĩ hải ngoại Trizzie Phương Trinh.", [("Trizzie Phương Trinh", "ca sĩ hải ngoại")]),
    ("Tại đây, kỹ sư phần mềm Ngô Minh Hiếu cho biết, các vụ lừa đảo tăng.", [("Ngô Minh Hiếu", "kỹ sư phần mềm")]),
    ("Tại đây, nhà báo an ninh mạng Ngô Minh Hiếu cho biết, các vụ lừa đảo tăng.", [("Ngô Minh Hiếu", "nhà báo an ninh mạng")]),
])
def test_a_calling_s_field_of_software_networks_or_abroad_before_the_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 39 (round163-b, a university's news): "Phó" by its letter, glued or spaced, and a
    # vice-rector as "Phó HT".
    ("Dự có TS. Nguyễn Thanh Tùng - P.Hiệu trưởng, TS. Lê Hồng Kỳ - P. Hiệu trưởng và quý giảng viên.",
     [("Nguyễn Thanh Tùng", "P.Hiệu trưởng"), ("Lê Hồng Kỳ", "P.Hiệu trưởng")]),
    ("Ông Nguyễn Văn An, P. Giám đốc Sở Y tế, cho biết.", [("Nguyễn Văn An", "P.Giám đốc Sở Y tế")]),
    ("Tiếp đoàn có TS. Lê Hồng Kỳ – Phó HT cùng quý giảng viên.", [("Lê Hồng Kỳ", "Phó HT")]),
    # (an initial in a name is no deputy's letter)
    ("Ông John P. Morgan, Giám đốc ngân hàng JPMorgan, cho biết.", [("John P. Morgan", "Giám đốc ngân hàng JPMorgan")]),
])
def test_a_deputy_written_by_its_letter_and_a_vice_rector_in_two_letters(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 39 (round72-a-09, round103-c-09, round120-b-07): the post said in a clause after the
    # name, "người từng là …", "người từng giữ chức …", "người cũng đang là …".
    ("Ông Abe là cháu trai của ông Nobusuke Kishi, người từng giữ chức Thủ tướng Nhật Bản từ năm 1957.",
     [("Nobusuke Kishi", "Thủ tướng Nhật Bản")]),
    ("Công ty do bà Nguyễn Thị Thanh Thủy, người cũng đang là Chủ tịch Công ty cổ phần One Mount Group, điều hành.",
     [("Nguyễn Thị Thanh Thủy", "Chủ tịch Công ty cổ phần One Mount Group")]),
    # (what he was to someone is no post)
    ("Ông Nguyễn Văn An, người từng là bạn học của tôi, cho biết.", []),
])
def test_a_post_said_in_a_clause_after_the_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 39 (round120-d-09): an artist's name of two syllables, no family name, opening the
    # sentence, the post set off by two dashes and closed by his words.
    ("Xuân Bắc - Giám đốc Nhà hát Kịch Việt Nam - cho biết vở diễn sẽ lưu diễn.", [("Xuân Bắc", "Giám đốc Nhà hát Kịch Việt Nam")]),
    ("Vở diễn ra mắt tối qua. Xuân Bắc - Giám đốc Nhà hát Kịch Việt Nam - nói vở diễn sẽ lưu diễn.",
     [("Xuân Bắc", "Giám đốc Nhà hát Kịch Việt Nam")]),
    # (a place, or no words of his closing the post, is no one)
    ("Hà Nội - Thủ đô ngàn năm văn hiến - chào đón du khách.", []),
    ("Xuân Bắc - Giám đốc Nhà hát Kịch Việt Nam - vở diễn mới.", []),
])
def test_an_artist_s_name_of_two_syllables_with_a_post_set_off_by_dashes(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 39 (round162-a-01): a department of the Ministry of Public Security by its code, then
    # the ministry, in brackets closing the post (as a province's "(PC45, Công an TP Cần Thơ)" does).
    ("Đại tá Nguyễn Hồng Quân, Phó Cục trưởng Cục Cảnh sát hình sự (C02, Bộ Công an) cho biết.",
     [("Nguyễn Hồng Quân", "Đại tá, Phó Cục trưởng Cục Cảnh sát hình sự (C02, Bộ Công an)")]),
    ("Thượng tá Lê Văn Hà, Trưởng phòng CSĐT tội phạm về trật tự xã hội (PC45, Công an TP Cần Thơ) cho biết.",
     [("Lê Văn Hà", "Thượng tá, Trưởng phòng CSĐT tội phạm về trật tự xã hội (PC45, Công an TP Cần Thơ)")]),
])
def test_a_police_department_s_code_and_its_force_in_brackets_close_the_post(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round164-a-07): a list after a plural post goes on by sex, "và các ông …", each
    # name of both parts with the shared post.
    ("Hiện các Thứ trưởng gồm bà Lê Thị Hoa, Trần Thị Thu và các ông Đỗ Văn Nam, Phan Tâm.",
     [("Lê Thị Hoa", "Thứ trưởng"), ("Trần Thị Thu", "Thứ trưởng"), ("Đỗ Văn Nam", "Thứ trưởng"), ("Phan Tâm", "Thứ trưởng")]),
    ("Ban Giám đốc có các Phó Giám đốc gồm ông Lê Văn An và các bà Trần Thị Thu, Đỗ Thị Hà.",
     [("Lê Văn An", "Phó Giám đốc"), ("Trần Thị Thu", "Phó Giám đốc"), ("Đỗ Thị Hà", "Phó Giám đốc")]),
])
def test_a_list_of_a_shared_post_that_goes_on_with_a_plural_address(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round113-a-04): "giúp việc" after a counted post is its work, not a body's word
    # ("trợ giúp"); the list after it, ", gồm" or "là", shares the post.
    ("Bộ trưởng còn ba Thứ trưởng giúp việc, gồm các ông Nguyễn Văn Sinh, Lê Tường Văn, Bùi Xuân Dũng.",
     [("Nguyễn Văn Sinh", "Thứ trưởng"), ("Lê Tường Văn", "Thứ trưởng"), ("Bùi Xuân Dũng", "Thứ trưởng")]),
    ("Giám đốc có hai Phó Giám đốc giúp việc là ông Lê Văn An và ông Trần Văn Bình.",
     [("Lê Văn An", "Phó Giám đốc"), ("Trần Văn Bình", "Phó Giám đốc")]),
    # (a body's "trợ giúp" stays the post's)
    ("Ông Lê Văn An, Giám đốc Trung tâm Trợ giúp pháp lý tỉnh, cho biết.", [("Lê Văn An", "Giám đốc Trung tâm Trợ giúp pháp lý tỉnh")]),
])
def test_the_work_of_a_counted_post_before_the_list_of_its_holders(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round58-c-04, round132-a-10): the post, the time ("hiện nay", "hiện tại"), then
    # whose post it is, before "là ông …": the holder named, the time left out of the post.
    ("Phó tổng thống hiện nay của Venezuela là ông Aristobulo Isturiz, một người trung thành.",
     [("Aristobulo Isturiz", "Phó tổng thống của Venezuela")]),
    ("Chủ tịch hiện tại của Mazda là ông Akira Marumoto, đảm nhận vai trò này vào năm 2018.",
     [("Akira Marumoto", "Chủ tịch của Mazda")]),
    ("Bí thư Tỉnh ủy hiện tại là ông Nguyễn Văn An.", [("Nguyễn Văn An", "Bí thư Tỉnh ủy")]),
    # (no holder's name after "là": no one)
    ("Chủ tịch hiện tại của Mazda là người Nhật.", []),
])
def test_a_post_now_held_and_whose_it_is_before_its_holder(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round157-e-06): a post over lower-case words no vocabulary holds, then its
    # holder set off by a comma and "bà", her words closing it (as a dash sets it off).
    ("Tại Đà Nẵng, Giám đốc Sở giáo dục đào tạo, bà Lê Thị Bích Thuận cho hay năm nay có 13.561 thí sinh.",
     [("Lê Thị Bích Thuận", "Giám đốc Sở giáo dục đào tạo")]),
    # (no words of hers: not read so)
    ("Tại Đà Nẵng, Giám đốc Sở giáo dục đào tạo, bà Lê Thị Bích Thuận và các cán bộ đến thăm.", []),
])
def test_a_post_over_unknown_words_then_its_holder_set_off_by_a_comma(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round80-b-06): a university by its letters, "Trường ĐH", named after a person,
    # closes the post of the man named before it; the namesake is no one.
    ("Tiến sĩ Nghiêm Quý Hào, Trưởng ban Truyền thông và Quan hệ công chúng Trường ĐH Tôn Đức Thắng trao thư cảm ơn.",
     [("Nghiêm Quý Hào", "Trưởng ban Truyền thông và Quan hệ công chúng Trường ĐH Tôn Đức Thắng")]),
    ("Hiệu trưởng Trường CĐ Nguyễn Tất Thành cho biết.", []),
    # (the holder after the school's name is still read)
    ("Hiệu trưởng Trường ĐH Tôn Đức Thắng Trần Trọng Đạo cho biết.", [("Trần Trọng Đạo", "Hiệu trưởng Trường ĐH Tôn Đức Thắng")]),
])
def test_a_university_by_its_letters_named_after_a_person(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round115-c-02, round124-d-08, round54-c-07): a screenwriter, "biên kịch", is a
    # calling as "nhà biên kịch" is.
    ("Theo biên kịch Chu Hồng Vân, kịch bản được viết trong hai năm.", [("Chu Hồng Vân", "biên kịch")]),
    ("Biên kịch phim là Trần Khánh Hoàng, từng tham gia Em chưa 18.", [("Trần Khánh Hoàng", "Biên kịch phim")]),
    ("Đạo diễn kiêm biên kịch Asghar Farhadi cho biết.", [("Asghar Farhadi", "Đạo diễn kiêm biên kịch")]),
])
def test_a_screenwriter_is_named_by_the_calling(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round165-a-03): a calling, a colon, then the address capitalised: no part of the name.
    ("Diễn giả: Ông Sugiyama Sadahisa – Chủ tịch, Tổng giám đốc Công ty Minami Fuji",
     [("Sugiyama Sadahisa", "Diễn giả, Chủ tịch, Tổng giám đốc Công ty Minami Fuji")]),
    # Session 40 (round165-c-06): a market in title case, "Nghiên Cứu Thị Trường", is no woman
    # named with "Thị" (a name of no known family that "Thị" vouches for: "Y Thị Bích Thọ").
    ("Ông Lê Minh Phương – Giám Đốc bộ phận Nghiên Cứu Thị Trường của GCOMM nhận định.",
     [("Lê Minh Phương", "Giám Đốc bộ phận Nghiên Cứu Thị Trường của GCOMM")]),
    ("Bà Y Thị Bích Thọ, Chủ tịch xã, cho biết.", [("Y Thị Bích Thọ", "Chủ tịch xã")]),
])
def test_an_address_after_a_colon_and_a_market_in_title_case(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round165-e-02, round54-a-09): a verb whose first word is a body's word ("tin
    # tưởng", "chính thức", "trực tiếp") closes the post after the body's name.
    ("Ông Nguyễn Xuân Tiến, Bí thư Tỉnh ủy Lâm Đồng tin tưởng trong quá trình phát triển, tỉnh sẽ hợp tác.",
     [("Nguyễn Xuân Tiến", "Bí thư Tỉnh ủy Lâm Đồng")]),
    ("Ông Nguyễn Hồng Hải, Phó Giám đốc Công ty VDC chính thức khởi động dịch vụ mới.", [("Nguyễn Hồng Hải", "Phó Giám đốc Công ty VDC")]),
    ("Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn An trực tiếp chỉ đạo.", [("Nguyễn Văn An", "Chủ tịch UBND tỉnh Lâm Đồng")]),
    # (the body's own words stay: "Trung tâm Thông tin", "Cục Quản lý thị trường")
    ("Ông Lê Văn An, Giám đốc Trung tâm Thông tin tỉnh, cho biết.", [("Lê Văn An", "Giám đốc Trung tâm Thông tin tỉnh")]),
])
def test_a_verb_that_opens_with_a_body_s_word_closes_the_post(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round165-a-07): an adviser's field in lower case after "về", the post set off
    # by a dash, as an expert's is.
    ("Về phía VVOB có Bà Sarah Braeyer - Cố vấn về phát triển năng lực; Bà Trần Thị Kim Ly - Cố vấn về giáo dục.",
     [("Sarah Braeyer", "Cố vấn về phát triển năng lực"), ("Trần Thị Kim Ly", "Cố vấn về giáo dục")]),
    # (going home is no field)
    ("Bà Trần Thị Kim Ly - Cố vấn về nước sau chuyến công tác.", [("Trần Thị Kim Ly", "Cố vấn")]),
])
def test_an_adviser_s_field_after_a_dash(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 40 (round166-b-01): "Y" before a medical field ("Kỹ thuật Y Sinh", "Y Dược") is
    # medicine, not a Ba Na or Xơ Đăng woman's name ("Y Nhàn").
    ("Ông Nguyễn Văn An, Trưởng Khoa Kỹ thuật Y Sinh, Trường Đại học Quốc tế, cho biết.",
     [("Nguyễn Văn An", "Trưởng Khoa Kỹ thuật Y Sinh, Trường Đại học Quốc tế")]),
    ("Bà Y Nhàn, Chủ tịch xã, cho biết.", [("Y Nhàn", "Chủ tịch xã")]),
])
def test_y_before_a_medical_field_is_no_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round96-d-01): a fund named after a man, its name right after "Quỹ"; "Vừ" is
    # a Hmông family name.
    ("Tiếp đó, bà Trương Mỹ Hoa, Chủ tịch Quỹ học bổng Vừ A Dính, Chủ nhiệm CLB “Hoàng Sa” phát biểu.",
     [("Trương Mỹ Hoa", "Chủ tịch Quỹ học bổng Vừ A Dính, Chủ nhiệm CLB “Hoàng Sa”")]),
    ("Ông Vừ Mí Sính, Chủ tịch UBND xã, cho biết.", [("Vừ Mí Sính", "Chủ tịch UBND xã")]),
    # (a fund's manager in lower case names the man after it)
    ("“Có rất nhiều cơ hội ở đó”, nhà quản lý quỹ Mark Mobius thuộc quỹ Templeton nhận xét.",
     [("Mark Mobius", "nhà quản lý quỹ")]),
])
def test_a_fund_named_after_a_man(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round157-e-08): a bare post after a name ends before "và" and the next
    # person, as a longer post does.
    ("Các bị cáo gồm Nguyễn Hoàng Vũ, Tổng Giám đốc và Phan Thanh Thuận, Kế toán trưởng Công ty Tuấn Ân.",
     [("Nguyễn Hoàng Vũ", "Tổng Giám đốc"), ("Phan Thanh Thuận", "Kế toán trưởng Công ty Tuấn Ân")]),
    ("Lê Quang Nghĩa, Trưởng phòng và Tạ Thúc Thông, Chuyên viên Phòng Kế hoạch.",
     [("Lê Quang Nghĩa", "Trưởng phòng"), ("Tạ Thúc Thông", "Chuyên viên Phòng Kế hoạch")]),
])
def test_a_bare_post_ends_before_and_and_the_next_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round164-b-04): a factory's posts, and its workshops' names in lower case.
    ("Dự có ông Đỗ Hùng Vương – Xưởng phó X.DVKT, Bí thư Đoàn cơ sở Công ty.",
     [("Đỗ Hùng Vương", "Xưởng phó X.DVKT, Bí thư Đoàn cơ sở Công ty")]),
    ("Ông Nguyễn Văn Hùng, Quản đốc phân xưởng cơ điện, cho biết.", [("Nguyễn Văn Hùng", "Quản đốc phân xưởng cơ điện")]),
    ("Ông Nguyễn Văn Hùng, Giám đốc Xí nghiệp Cơ điện, cho biết.", [("Nguyễn Văn Hùng", "Giám đốc Xí nghiệp Cơ điện")]),
])
def test_a_factory_s_posts(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round135-b-07): an organisation's name after "của tổ chức" is no man's.
    ("Dự có ông Jacques Nadeaus – Chuyên gia thương mại của tổ chức Nông Lương Liên Hợp Quốc.",
     [("Jacques Nadeaus", "Chuyên gia thương mại của tổ chức Nông Lương Liên Hợp Quốc")]),
    # (the organising board's head names the man after it)
    ("Trưởng ban tổ chức Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Trưởng ban tổ chức")]),
])
def test_an_organisation_s_name_after_cua_to_chuc(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round113-a-06): "Ma" is a Tày family name, read in a list with no address.
    ("Đề nghị kỷ luật ông Đặng Gia Dũng (Giám đốc Sở Xây dựng tỉnh Đăk Nông) và Ma Ly Phước (Phó trưởng ban Dân vận Tỉnh ủy Bình Phước).",
     [("Đặng Gia Dũng", "Giám đốc Sở Xây dựng tỉnh Đăk Nông"), ("Ma Ly Phước", "Phó trưởng ban Dân vận Tỉnh ủy Bình Phước")]),
    # (round89-e-01: a border post is named after its place, "Ma Lù Thàng", no man)
    ("Trung tá Lê Anh Năm, nguyên Đồn trưởng Biên phòng Ma Lù Thàng, cho biết.",
     [("Lê Anh Năm", "Trung tá, nguyên Đồn trưởng Biên phòng Ma Lù Thàng")]),
])
def test_ma_is_a_family_name_and_a_border_post_s_place_is_no_one_s(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round56-c-10, round69-b-10, round71-c-09): a coach by his two given names,
    # as the sports pages call him.
    ("Sau chiến thắng 2-0, thầy trò HLV Hữu Thắng lên đường sang Myanmar.", [("Hữu Thắng", "HLV")]),
    ("Huấn luyện viên Văn Đàn nói các cầu thủ đã cố gắng.", [("Văn Đàn", "Huấn luyện viên")]),
    # (a place after the coach is his team's)
    ("HLV Việt Nam cho biết các cầu thủ đã cố gắng.", []),
    ("HLV Hà Nội lên tiếng sau trận thua.", []),
])
def test_a_coach_by_his_two_given_names(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round123-b-04, round56-c-08): "Phó" is a family name too, where no post
    # follows it.
    ("Cô thu âm tám ca khúc của nhạc sĩ Phó Đức Phương.", [("Phó Đức Phương", "nhạc sĩ")]),
    ("Ông Phó Đức Phương, Chủ tịch Hội, cho biết.", [("Phó Đức Phương", "Chủ tịch Hội")]),
    ("Ông Lê Văn Bình, Phó Chánh án TAND tỉnh, cho biết.", [("Lê Văn Bình", "Phó Chánh án TAND tỉnh")]),
])
def test_pho_as_a_family_name(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round165-e-07): "Báo Tin tức", a paper's name in title case whose second
    # word is in lower case, goes on to its end before his words.
    ("Nhà báo Vũ Hội, Phó Tổng Biên tập Báo Tin tức phát biểu.", [("Vũ Hội", "Nhà báo, Phó Tổng Biên tập Báo Tin tức")]),
])
def test_the_paper_tin_tuc_in_a_post(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round165-c-05): the year of birth with no comma before it, and where she was
    # born, before the post she holds, as with the comma.
    ("Bà Trần Thị Kim Chi sinh năm 1974, tại Nam Định, hiện là Giám đốc Chi nhánh Hải Phòng.",
     [("Trần Thị Kim Chi", "Giám đốc Chi nhánh Hải Phòng")]),
    ("Bà Trần Thị Kim Chi, sinh năm 1974, hiện là Giám đốc Chi nhánh Hải Phòng.",
     [("Trần Thị Kim Chi", "Giám đốc Chi nhánh Hải Phòng")]),
])
def test_a_post_after_the_year_of_birth_with_no_comma_before_it(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round165-e-07, round88-c-03): "lúc bấy giờ là", as "khi đó là": the post's
    # holder at that time, wherever the post stands.
    ("Ông thường đi cùng đồng chí Phó Bí thư Thường trực Tỉnh ủy Sơn La lúc bấy giờ là Mai Văn Hách.",
     [("Mai Văn Hách", "Phó Bí thư Thường trực Tỉnh ủy Sơn La")]),
])
def test_the_post_s_holder_at_that_time_after_luc_bay_gio(sentence, people):
    assert named(sentence) == people


def test_a_foreigner_by_the_word_after_his_name_s_hyphen_is_the_one_longer_name_s():
    # Session 41 (round123-a-04, round55-a-01, round73-a-08): "tổng thống Assad" after
    # "tổng thống Bashar al-Assad" is the same man.
    assert read_paragraphs("Dưới thời chính quyền tổng thống Bashar al-Assad, kinh tế suy sụp.",
                           "Dưới thời tổng thống Assad, các lệnh cấm được ban hành.") == [("Bashar al-Assad", "tổng thống")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 41 (round167-d-02): a ward or district by its letter glued to its number ends no post.
    ("Ông Trương Cẩm Cường, Chủ tịch UBND P.5, Q.8, cho biết.", [("Trương Cẩm Cường", "Chủ tịch UBND P.5, Q.8")]),
    ("Ông Trương Cẩm Cường, Chủ tịch UBND P.5 cho biết.", [("Trương Cẩm Cường", "Chủ tịch UBND P.5")]),
])
def test_a_ward_or_district_by_its_letter_and_number(sentence, people):
    assert named(sentence) == people


def test_posts_each_set_off_before_their_holders_name_by_a_dash_are_the_next_persons():
    # A school's list: "Role - cô Name", each post before its own holder, not after the name before.
    assert read_paragraphs("Về phía trường, có Giám đốc Nguyễn Văn An, Hiệu trưởng THPT - cô Nguyễn Hồng Duyên, "
                           "Phó Hiệu trưởng THCS - thầy Lê Văn Bình.") == [
        ("Nguyễn Văn An", "Giám đốc"), ("Nguyễn Hồng Duyên", "Hiệu trưởng THPT"), ("Lê Văn Bình", "Phó Hiệu trưởng THCS")]
    assert read_paragraphs("Tham dự có cô Hoàng Diệp Trinh, Trưởng Ban Dự án - cô Phạm Lệ Thủy.") == [("Phạm Lệ Thủy", "Trưởng Ban Dự án")]
    # A dash and an address that end the paragraph name no one.
    assert read_paragraphs("Tham dự có Giám đốc Nguyễn Văn An, Hiệu trưởng THPT - cô") == [("Nguyễn Văn An", "Giám đốc, Hiệu trưởng THPT")]
    # A post set off after a name, no dash and holder after it, stays the name's.
    assert read_paragraphs("Tham dự có cô Phạm Lệ Thủy, Trưởng Ban Dự án - Hoạt động Học sinh.") == [
        ("Phạm Lệ Thủy", "Trưởng Ban Dự án - Hoạt động Học sinh")]


def test_a_foreign_name_without_a_middle_name_and_a_hyphens_first_part_is_the_longer_names():
    assert read_paragraphs("Tham dự có Tổng Hiệu trưởng - cô Elizabeth Shannon Wellwood-Koga.",
                           "Phát biểu khai mạc, Tổng Hiệu trưởng Olympia - cô Shannon Koga bày tỏ sự vui mừng.") == [
        ("Elizabeth Shannon Wellwood-Koga", "Tổng Hiệu trưởng Olympia")]
    # Not a father and his son ("Jr."), nor a word glued to a name by a hyphen.
    assert [name for name, _ in read_paragraphs("Tổng thống Mỹ Donald Trump phát biểu.", "Ông Donald Trump Jr., con trai Tổng thống, cho biết.")][0] == "Donald Trump"
    # An American school district named in English is no one ("Portland Public Schools").
    assert read_paragraphs("Đoàn đại biểu Portland Public Schools (Hoa Kỳ) tham gia buổi kí kết.") == []


def test_a_post_given_after_a_list_of_names_and_one_held_by_its_name():
    # "bầu các ông A, B làm …": the post the list is elected to is each one's.
    assert read_paragraphs("Ban chấp hành bầu các ông Lê Quốc Chỉnh, Phạm Đình Nghị làm phó bí thư Tỉnh ủy.") == [
        ("Lê Quốc Chỉnh", "phó bí thư Tỉnh ủy"), ("Phạm Đình Nghị", "phó bí thư Tỉnh ủy")]
    # Not a post of the last one's own, set off after his name.
    assert read_paragraphs("Các ông Lê Quốc Chỉnh, Trần Văn An (Giám đốc Sở Y tế) làm việc với đoàn.") == [("Trần Văn An", "Giám đốc Sở Y tế")]
    # "giữ chức danh", and after "tái đắc cử" and a comma.
    for sentence in ("Ông Nguyễn Mạnh Hiền tiếp tục tái đắc cử, giữ chức danh Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nam Định.",
                     "Ông Nguyễn Mạnh Hiền giữ chức danh Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nam Định."):
        assert read_paragraphs(sentence) == [("Nguyễn Mạnh Hiền", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nam Định")], sentence


def test_a_liaison_board_of_the_vietnamese_abroad():
    assert named("Anh Nguyễn Trung Hiếu, trưởng ban liên lạc cộng đồng người Việt tại Qatar, kiến nghị tăng hợp tác lao động.") == [
        ("Nguyễn Trung Hiếu", "trưởng ban liên lạc cộng đồng người Việt tại Qatar")]
    assert named("Bà Nguyễn Thị Hoa, Chủ tịch Hội người Việt tại Lào, cho biết.") == [("Nguyễn Thị Hoa", "Chủ tịch Hội người Việt tại Lào")]


def test_a_civil_servant_is_a_post_and_two_words_after_a_wards_unit_are_its_place():
    assert named("Chị Nguyễn Thị Hường, công chức tư pháp phường Việt Hưng cho biết.") == [
        ("Nguyễn Thị Hường", "công chức tư pháp phường Việt Hưng")]
    assert named("Ông Trịnh Thanh Bình (cựu công chức địa chính phường Ninh Hải) cũng bị khởi tố.") == [
        ("Trịnh Thanh Bình", "cựu công chức địa chính phường Ninh Hải")]
    # "Ninh Hải" is the ward, though "Ninh" is a family name and a verb of saying follows.
    assert named("Chủ tịch UBND phường Ninh Hải khẳng định không tiếp nhận hồ sơ.") == []
    assert named("Chủ tịch UBND phường Trần Văn Hải khẳng định không tiếp nhận hồ sơ.") == [("Trần Văn Hải", "Chủ tịch UBND phường")]
    # A province's chairman by two words: the places know the provinces.
    assert named("Phó Chủ tịch UBND tỉnh Cao Huy phát biểu tại hội nghị.") == [("Cao Huy", "Phó Chủ tịch UBND tỉnh")]


def test_the_post_a_man_signs_or_acts_in():
    assert named("Văn bản được ký bởi ông Nguyễn Đức Minh với chức danh Tổng Giám đốc, cho thấy ông Phú đã không còn giữ chức.") == [
        ("Nguyễn Đức Minh", "Tổng Giám đốc")]
    assert named("Ông Lưu Bình Nhưỡng trên cương vị đại biểu Quốc hội khóa 14 đã nhiều lần lên tiếng.") == [
        ("Lưu Bình Nhưỡng", "đại biểu Quốc hội khóa 14")]
    assert named("Ông Bùi Văn Nam trên cương vị mới cần tiếp tục phát huy.") == []


def test_more_verbs_of_saying_close_a_post():
    assert named("PGS.TS Bùi Thị Lâm, Trưởng khoa Khoa Giáo dục mầm non, Trường Đại học Sư phạm Hà Nội khuyến nghị phụ huynh.") == [
        ("Bùi Thị Lâm", "Trưởng khoa Khoa Giáo dục mầm non, Trường Đại học Sư phạm Hà Nội")]
    for verb in ("tiết lộ", "lý giải", "nêu rõ", "trình bày"):
        assert named(f"Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Lạng Sơn {verb} như vậy.") == [
            ("Nguyễn Văn An", "Giám đốc Sở Y tế tỉnh Lạng Sơn")], verb


def test_a_body_whose_name_ends_in_the_countrys_is_no_man():
    assert named("Nói về sự kiện này, ông Phan Mạnh Đức, Giám đốc Nhà hát Nhạc Vũ Kịch Việt Nam, cho biết.") == [
        ("Phan Mạnh Đức", "Giám đốc Nhà hát Nhạc Vũ Kịch Việt Nam")]


def test_a_clubs_foreign_name_after_its_letters_is_no_man_where_its_holder_is_set_off():
    assert named("Chủ tịch CLB Al Nassr, Musali Al Muammar cho biết đội bóng rất vui.") == [
        ("Musali Al Muammar", "Chủ tịch CLB Al Nassr")]
    assert named("Chủ tịch CLB Al Nassr, ông Musali Al Muammar cho biết đội bóng rất vui.") == [
        ("Musali Al Muammar", "Chủ tịch CLB Al Nassr")]
    # (a man right after the letters, nothing set off: the club's chairman himself)
    assert named("Chủ tịch CLB Ian Bankier kỳ vọng HLV mới sẽ giúp Celtic.") == [("Ian Bankier", "Chủ tịch CLB")]


def test_one_calling_before_names_joined_by_commas_is_each_ones():
    assert named("Diễn viên Thúy Ngân, Võ Cảnh lần đầu kết hợp qua dự án remake.") == [
        ("Thúy Ngân", "Diễn viên"), ("Võ Cảnh", "Diễn viên")]
    assert named("Phim ra mắt năm 2021 do nghệ sĩ Lê Khanh, Lan Ngọc đóng.") == [("Lê Khanh", "nghệ sĩ"), ("Lan Ngọc", "nghệ sĩ")]
    assert named("Họa sĩ Tuyết Nhung, Hoàng Minh và Zizi Nguyễn thực hiện triển lãm chung.") == [
        ("Tuyết Nhung", "Họa sĩ"), ("Hoàng Minh", "Họa sĩ")]
    # (a post set off after the name is his own; a body's name holds the calling)
    assert named("Nhà báo Nguyễn Văn An, Phó Tổng biên tập Báo Nhân Dân cho biết.") == [
        ("Nguyễn Văn An", "Nhà báo, Phó Tổng biên tập Báo Nhân Dân")]
    assert named("Là gương mặt của Hội Nhà văn Trẻ Huế, Uyên Châu tham gia các hoạt động.") == []
    # (names with a comma only may close an opening phrase: the second is the sentence's subject)
    assert named("Theo đạo diễn Ngọc Lâm, Thái Hòa không chỉ tham gia diễn xuất.") == [("Ngọc Lâm", "đạo diễn")]
    assert named("Về tài sản thừa kế của nghệ sĩ Vũ Linh, Hồng Loan kháng cáo một phần bản án.") == [("Vũ Linh", "nghệ sĩ")]


def test_a_ministry_written_in_title_case_keeps_its_fields_after_va():
    assert named("Hiệp hội vừa gửi tâm thư lên Bộ trưởng Bộ Nông Nghiệp và Môi Trường Đỗ Đức Duy.") == [
        ("Đỗ Đức Duy", "Bộ trưởng Bộ Nông Nghiệp và Môi Trường")]
    assert named("Hiệp hội gửi thư lên Bộ trưởng Bộ Tài Nguyên và Môi Trường Đỗ Đức Duy.") == [
        ("Đỗ Đức Duy", "Bộ trưởng Bộ Tài Nguyên và Môi Trường")]
    # (a school named after a man stays the school's name)
    assert named("Hiệu trưởng Trường Lê Quý Đôn cho biết năm học mới bắt đầu.") == []


def test_the_committee_for_vietnamese_abroad_is_one_body():
    assert named("Phó chủ nhiệm Ủy ban về người Việt Nam ở nước ngoài TP.HCM Lê Văn Thu cùng các đại biểu tham gia.") == [
        ("Lê Văn Thu", "Phó chủ nhiệm Ủy ban về người Việt Nam ở nước ngoài TP.HCM")]
    assert named("Ông Lê Văn Thu, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài cho biết.") == [
        ("Lê Văn Thu", "Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài")]


def test_a_diplomats_rank_of_secretary_is_counted():
    assert named("Với vai trò Bí thư thứ hai, ông Jin Toriyama đã thúc đẩy hợp tác.") == [("Jin Toriyama", "Bí thư thứ hai")]
    assert named("Ông Gustav Dahlin, Bí thư thứ ba, Đại sứ quán Thụy Điển cho biết.") == [
        ("Gustav Dahlin", "Bí thư thứ ba, Đại sứ quán Thụy Điển")]


def test_two_words_after_the_provinces_committee_that_are_no_province_are_a_man():
    assert named("Trưởng ban Tổ chức Tỉnh ủy Nguyễn Chín công bố công văn của Văn phòng Trung ương Đảng.") == [
        ("Nguyễn Chín", "Trưởng ban Tổ chức Tỉnh ủy")]
    # (a province, of today's map or an older one, and a district after its committee are places)
    assert named("Bí thư Tỉnh ủy Hà Giang dự hội nghị.") == []
    assert named("Phó Bí thư Tỉnh ủy Hà Tây dự hội nghị.") == []
    assert named("Phó Bí thư Huyện ủy Mai Châu phát biểu.") == []


def test_a_post_given_by_a_body_or_with_its_time_names_its_holder():
    assert named("Ông Đỗ Trọng Hưng đã được bổ nhiệm giữ chức Giám đốc Sở Y tế.") == [("Đỗ Trọng Hưng", "Giám đốc Sở Y tế")]
    assert named("Ông Đỗ Trọng Hưng được Thủ tướng bổ nhiệm giữ chức Thứ trưởng Bộ Y tế.") == [("Đỗ Trọng Hưng", "Thứ trưởng Bộ Y tế")]
    assert named("Ông Nguyễn Doãn Anh tiếp quản vị trí của ông Đỗ Trọng Hưng - đã được Bộ Chính trị điều động, phân công giữ chức "
                 "Phó trưởng Ban Tổ chức Trung ương.") == [("Đỗ Trọng Hưng", "Phó trưởng Ban Tổ chức Trung ương")]
    # (sent to work, given no post)
    assert named("Ông Nguyễn Văn An được Bộ Chính trị điều động làm việc tại Hà Nội.") == []


def test_a_holder_named_after_la_keeps_his_other_posts_to_the_sentences_end():
    assert named("Hiện Bí thư Tỉnh ủy Quảng Nam là ông Lương Nguyễn Minh Triết, Ủy viên dự khuyết Trung ương Đảng.") == [
        ("Lương Nguyễn Minh Triết", "Bí thư Tỉnh ủy Quảng Nam, Ủy viên dự khuyết Trung ương Đảng")]
    # (a post and its own holder next: another man's)
    assert named("Chủ tịch UBND tỉnh là ông Nguyễn Văn An, Phó Chủ tịch là ông Lê Văn Bình.") == [
        ("Nguyễn Văn An", "Chủ tịch UBND tỉnh"), ("Lê Văn Bình", "Phó Chủ tịch")]


def test_a_second_field_in_sentence_case_after_the_longest_run_of_lower_case_words():
    # Round168-a (Bộ Tư pháp): four lower-case words of the body's first field, then "và".
    assert named("Tại buổi Lễ, Cục trưởng Cục Kiểm tra văn bản pháp luật và Xử lý vi phạm hành chính Hồ Quang Huy "
                 "giới thiệu về hệ thống.") == [
        ("Hồ Quang Huy", "Cục trưởng Cục Kiểm tra văn bản pháp luật và Xử lý vi phạm hành chính")]
    # (a role head after "và" is another man's post)
    assert named("Cục trưởng Cục Kiểm tra văn bản pháp luật và Giám đốc Sở Tư pháp Lê Văn Bình dự họp.") == [
        ("Lê Văn Bình", "Giám đốc Sở Tư pháp")]


def test_the_courts_officers_are_roles():
    # Round109-b (VnExpress): a civil judgement enforcer.
    assert named("Cục trưởng Cục Thi hành án dân sự TP HCM Lương Vĩnh Phúc và chấp hành viên Bùi Liên Hiệp đã bị xử lý.") == [
        ("Lương Vĩnh Phúc", "Cục trưởng Cục Thi hành án dân sự TP HCM"), ("Bùi Liên Hiệp", "chấp hành viên")]
    assert named("Hội thẩm nhân dân Nguyễn Văn Hòa đã hỏi bị cáo.") == [("Nguyễn Văn Hòa", "Hội thẩm nhân dân")]


def test_a_foreign_state_in_parentheses_before_the_holders_name_is_the_posts():
    # Round87-d (TTXVN): "… San Francisco (bang California) Daniel Lurie ngày 23/10 cho biết".
    assert named("Thị trưởng thành phố San Francisco (bang California) Daniel Lurie ngày 23/10 cho biết ông sẽ đi.") == [
        ("Daniel Lurie", "Thị trưởng thành phố San Francisco (bang California)")]
    # (after the name, his state is not the post's: round23-b)
    assert named("Thượng nghị sĩ Cộng hòa Jim Justice (bang West Virginia) thẳng thắn nói.") == [
        ("Jim Justice", "Thượng nghị sĩ Cộng hòa")]


def test_va_before_an_academic_title_and_a_name_ends_the_post():
    # Round171-c (ĐHBK Hà Nội): "và PGS <Name>" is a second man, not the school's second field.
    assert named("PGS.TS Trần Văn Tớp- Phó Hiệu trưởng Trường ĐHBK Hà Nội và PGS Nguyễn Phong Điền dự lễ.") == [
        ("Trần Văn Tớp", "Phó Hiệu trưởng Trường ĐHBK Hà Nội")]
    # (a body's second field in title case stays the body's)
    assert named("Ông Nguyễn Văn An, Giám đốc Trung tâm Huấn luyện và Thi đấu TDTT, cho biết.") == [
        ("Nguyễn Văn An", "Giám đốc Trung tâm Huấn luyện và Thi đấu TDTT")]


def test_a_post_then_a_name_set_off_by_a_comma_before_what_the_holder_does():
    # "Role, Name <verb>" where the post opens its clause: a verb of saying, or what a holder does.
    assert named("Giám đốc Sở Y tế, Nguyễn Văn An đánh giá cao sự vào cuộc của các đơn vị.") == [("Nguyễn Văn An", "Giám đốc Sở Y tế")]
    assert named("Giám đốc Sở Y tế, Nguyễn Văn An cũng yêu cầu các đơn vị khẩn trương.") == [("Nguyễn Văn An", "Giám đốc Sở Y tế")]
    # (whom one met, then who acts: another man)
    assert named("Tại buổi làm việc với Giám đốc Sở Y tế, Nguyễn Văn An đánh giá cao.") == []


def test_the_central_bodies_bloc_and_an_arrest_after_a_command():
    # Round174-b (VnExpress, VietNamNet).
    assert named("Bí thư Đảng ủy Khối các cơ quan Trung ương Huỳnh Tấn Việt phát biểu.") == [
        ("Huỳnh Tấn Việt", "Bí thư Đảng ủy Khối các cơ quan Trung ương")]
    # ("Bộ Tư lệnh" is the command, a body; what it did is no post's word)
    assert named("Cục C04 phối hợp với Công an TP.HCM, Bộ Tư lệnh Cảnh sát biển bắt quả tang Nguyễn Thành Vinh "
                 "đang vận chuyển 100kg ma túy.") == []


def test_direct_investment_is_a_funds_name_and_a_short_name_then_a_dash_before_the_holder():
    # Round83-c, round57-b (RDIF): "trực tiếp" after "đầu tư" is the fund's, not a verb.
    assert named("Tổng Giám đốc điều hành Quỹ đầu tư trực tiếp Nga (RDIF), ông Kirill Dmitriev tuyên bố.") == [
        ("Kirill Dmitriev", "Tổng Giám đốc điều hành Quỹ đầu tư trực tiếp Nga (RDIF)")]
    # (after a body's name it is the verb: the post ends before it)
    assert named("Giám đốc Trung tâm Truyền thông thành phố trực tiếp chỉ đạo, ông Nguyễn Văn An cho biết.") == []
    # Round168-c: the body's short name in parentheses, then a dash and the holder's name.
    assert named("Chủ tịch Hội học sinh (SGO) - Mai Thục Quyên phát biểu.") == [
        ("Mai Thục Quyên", "Chủ tịch Hội học sinh (SGO)")]


def test_an_address_glued_to_the_name_after_it():
    # Round59-b (a saved page whose tags closed between "ông" and the name): the space is read back.
    assert named("Trong khi đó, ôngDaniel Holz, Chủ tịch Hội đồng Khoa học và An ninh, cho rằng thời khắc đã đến.") == [
        ("Daniel Holz", "Chủ tịch Hội đồng Khoa học và An ninh")]
    assert named("BàNguyễn Thị Ánh Hồng, nguyên Phó Tổng biên tập, bị cáo buộc giúp sức.") == [
        ("Nguyễn Thị Ánh Hồng", "nguyên Phó Tổng biên tập")]
    # (a word that goes on from "ông" in lower case is no address: "Công", "Đông" are words of their own)
    assert named("Ông Nguyễn Văn An, Giám đốc Công ty Đông Á, cho biết.") == [("Nguyễn Văn An", "Giám đốc Công ty Đông Á")]


def test_a_post_then_its_holder_set_off_by_a_dash_and_an_address():
    # Round95-c, round46-a, round168-c: "<post> - ông <Name>" reads the post whole, lower-case
    # words of a field too, as "<post>, ông <Name>," does.
    assert named("Nhà đồng sáng lập sàn giao dịch tiền điện tử Binance - ông Changpeng Zhao đã được xóa án.") == [
        ("Changpeng Zhao", "Nhà đồng sáng lập sàn giao dịch tiền điện tử Binance")]
    assert named("Giám đốc điều hành của hãng Xiaomi - ông Nguyễn Văn An cho biết.") == [
        ("Nguyễn Văn An", "Giám đốc điều hành của hãng Xiaomi")]
    # (his own post after his name is his: the one before is the one he was named to hold)
    assert named("Giám đốc sản phẩm của Xiaomi - ông Nguyễn Văn An, Phó Chủ tịch Hội, phát biểu.") == [
        ("Nguyễn Văn An", "Phó Chủ tịch Hội")]


def test_names_listed_then_how_many_they_are_and_their_shared_post():
    # Round141-a (a world report): "A và B, hai <post>, …" - each name holds the post.
    assert named("Julian E. Barnes và Eric Schmitt, hai nhà phân tích của NY Times, nhận định cả hai bên đã mất nhiều.") == [
        ("Julian E. Barnes", "nhà phân tích của NY Times"), ("Eric Schmitt", "nhà phân tích của NY Times")]
    assert named("Năm nay, Nguyễn Văn An, Lê Văn Cường và Trần Văn Bình - ba phó giám đốc Sở Y tế - cho biết.") == [
        ("Nguyễn Văn An", "phó giám đốc Sở Y tế"), ("Lê Văn Cường", "phó giám đốc Sở Y tế"),
        ("Trần Văn Bình", "phó giám đốc Sở Y tế")]
    # (round69-b: the last items of a longer list, then the next item counted, share nothing)
    listed = named("Ban giám đốc gồm 3 cựu bộ trưởng: George Shultz, Bill Perry, Henry Kissinger, "
                   "2 thượng nghị sĩ Mỹ và một đô đốc.")
    assert not [person for person in listed if person[1] == "thượng nghị sĩ Mỹ"]
    # (as many names as the count, or none of them)
    assert named("Nguyễn Văn An và Trần Văn Bình, ba phó giám đốc Sở Y tế, cho biết.") == []


def test_a_post_several_hold_then_their_names_with_asides_or_set_off():
    # Round146-a, round33-b, round119-c: each holder's age or years in parentheses, and the list goes on.
    assert named("Các nhà sáng lập Coinbase Brian Armstrong (39 tuổi) và Fred Ehrsam (34 tuổi) từng ghi nhận khối tài sản lớn.") == [
        ("Brian Armstrong", "nhà sáng lập Coinbase"), ("Fred Ehrsam", "nhà sáng lập Coinbase")]
    # (a post of his own in the parentheses is his: "Các Thượng nghị sỹ A (đảng Dân chủ) …" as before)
    assert named("Các Phó Chủ tịch UBND tỉnh Nguyễn Văn An (45 tuổi) và Trần Văn Bình (Giám đốc Sở Y tế) đã dự.") == [
        ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Giám đốc Sở Y tế")]
    # The holders set off after the post with "ông"/"bà": each one's, the post whole.
    assert named("Hai Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn An và ông Trần Văn Bình, đã dự.") == [
        ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")]


def test_a_post_several_hold_then_their_names_set_off_with_no_address():
    # Round133-a: "hai chuyên gia Thụy Điển, A và B, …" - each name holds the post.
    assert named("Nghiên cứu của hai chuyên gia Thụy Điển, Henrik Bringsoe và Niels Poul Dreyer, xuất bản trên tạp chí.") == [
        ("Henrik Bringsoe", "chuyên gia Thụy Điển"), ("Niels Poul Dreyer", "chuyên gia Thụy Điển")]
    assert named("Buổi lễ có hai phó chủ tịch UBND tỉnh, Nguyễn Văn An và Trần Văn Bình, tham dự.") == [
        ("Nguyễn Văn An", "phó chủ tịch UBND tỉnh"), ("Trần Văn Bình", "phó chủ tịch UBND tỉnh")]
    # (round91-b: the bodies a post is of, listed after "của", are no holders; nor a list the sentence ends on)
    assert named("Nhà Trắng đã tước quyền của các phóng viên chuyên trách của Reuters, Associated Press và Bloomberg News, "
                 "theo tin mới.") == []
    assert named("Nhà Trắng đã mời các phóng viên chuyên trách, Associated Press và Bloomberg News.") == []


def test_a_principal_conductor_is_a_post():
    # Round125-c: "chỉ huy chính" of an orchestra, set off after the name by dashes or commas.
    for sentence in ("Là khán giả, ông Honna Tetsuji - chỉ huy chính của Dàn nhạc Giao hưởng Việt Nam - nói: tốt.",
                     "Ông Honna Tetsuji, chỉ huy chính của Dàn nhạc Giao hưởng Việt Nam, nói: tốt."):
        assert named(sentence) == [("Honna Tetsuji", "chỉ huy chính của Dàn nhạc Giao hưởng Việt Nam")]


def test_a_post_then_a_full_name_set_off_by_dashes_before_his_words():
    # Round124-c, round156-c: "<post> - <Name> (-) cho rằng …", the post read back from the
    # dash: whose it is in lower case, or the commune after a comma.
    assert named("Trong khi đó, luật sư của nạn nhân - Ester Garcia - cho rằng án tù là quá nhẹ.") == [
        ("Ester Garcia", "luật sư của nạn nhân")]
    assert named("Bí thư Chi đoàn ấp Hòa Ngãi, xã An Vĩnh Ngãi - Nguyễn Hữu Trọng cho biết: tốt.") == [
        ("Nguyễn Hữu Trọng", "Bí thư Chi đoàn ấp Hòa Ngãi, xã An Vĩnh Ngãi")]
    # (a name already holding the post is not the next one's: the second is named with none)
    assert named("Chủ tịch UBND tỉnh Nguyễn Văn Bình - Nguyễn Văn An cho biết: tốt.") == [
        ("Nguyễn Văn Bình", "Chủ tịch UBND tỉnh")]


def test_a_full_name_between_the_act_that_gives_a_post_and_the_post():
    # Round55-c, round31-b, round127-a, round146-b: "bổ nhiệm <Name> làm / vào vị trí <post>".
    assert named("Celtic chính thức bổ nhiệm Brendan Rodgers làm tân HLV hôm thứ bảy.") == [("Brendan Rodgers", "HLV")]
    assert named("Tổng thống bổ nhiệm Kari Lake làm cố vấn cấp cao của USAGM.") == [("Kari Lake", "cố vấn cấp cao của USAGM")]
    assert named("UBND tỉnh bổ nhiệm Nguyễn Văn An (sinh năm 1975) làm Giám đốc Sở Y tế.") == [("Nguyễn Văn An", "Giám đốc Sở Y tế")]
    # (what he is put to do is no post)
    assert named("Sở đã bổ nhiệm Nguyễn Văn An làm việc tại phòng.") == []


def test_a_calling_then_the_name_it_is_called_by():
    # Round123-c, round142-a, round107-b, round54-a: "<post or calling> (có) tên (là) <Name>".
    assert named("Một nông dân tên Manuel Bustingorry tìm thấy hóa thạch đầu tiên.") == [("Manuel Bustingorry", "nông dân")]
    assert named("Tại tòa, người công nhân có tên Thanakorn Siripaiboon đã bị buộc tội.") == [
        ("Thanakorn Siripaiboon", "công nhân")]
    assert named("Đoạn phim do một nhân viên du lịch tên là Wang Bo cung cấp.") == [("Wang Bo", "nhân viên du lịch")]
    assert named("Một bác sĩ tên Nguyễn Văn An cho biết.") == [("Nguyễn Văn An", "bác sĩ")]
    # (round110-a: the name a doctor gave a baby is no doctor's; nor a school's namesake)
    assert named("Bé được bác sĩ đặt tên là Nguyễn Văn An, nặng 2,4 kg.") == []
    assert named("Các giáo viên trường mang tên Nguyễn Văn Trỗi dự lễ.") == []


def test_a_post_then_la_and_its_holders_full_name():
    # Round62-c, round74-e, round114-d, round124-c: "<post> (của …) là <Name>", closed by a mark or what he does.
    assert named("Đáp lại, người đứng đầu đơn vị cảnh sát chống khủng bố Ý là Lamberto Giannini cho biết.") == [
        ("Lamberto Giannini", "người đứng đầu đơn vị cảnh sát chống khủng bố Ý")]
    assert named("Khi đó, người quản lý chiến dịch của ông Trump là Paul Manafort đã từ chức.") == [
        ("Paul Manafort", "người quản lý chiến dịch của ông Trump")]
    assert named("Cùng với hai cựu kỹ sư SpaceX khác là John Howard, ông bắt đầu.") == [("John Howard", "cựu kỹ sư SpaceX")]
    # (a place, a firm, a name given, or a post with a man's name in it, are no holders)
    assert named("Phó Tổng thống phản đối việc sáp nhập là Bờ Tây vào Israel.") == []
    assert named("Đối tác tổ chức chương trình là Skills International Limited ở New Zealand.") == []
    assert named("Bé được bác sĩ đặt tên là Nguyễn Văn An, nặng 2,4 kg.") == []
    assert ("Nguyễn Trung Tín", "ca sĩ Chi Dân cùng anh trai") not in named(
        "Trong vụ án, ca sĩ Chi Dân cùng anh trai là Nguyễn Trung Tín bị truy tố.")


def test_a_decisions_post_then_doi_voi_and_its_holders():
    # Round171-a (VOV), round66-d: "bổ nhiệm chức vụ <post> đối với (các) ông <Name> (và <Name>); <post> đối với ông <Name>".
    assert named("Ông Phạm Thanh Hà đã công bố Quyết định bổ nhiệm chức vụ Phó Thủ tướng đối với các ông Mai Văn Chính "
                 "và Nguyễn Chí Dũng; Bộ trưởng Bộ Xây dựng đối với ông Trần Hồng Minh.") == [
        ("Mai Văn Chính", "Phó Thủ tướng"), ("Nguyễn Chí Dũng", "Phó Thủ tướng"), ("Trần Hồng Minh", "Bộ trưởng Bộ Xây dựng")]
    assert named("UBND tỉnh trao quyết định bổ nhiệm chức vụ Phó Giám đốc Sở Y tế đối với bà Nguyễn Thị Hoa.") == [
        ("Nguyễn Thị Hoa", "Phó Giám đốc Sở Y tế")]
    # (a sentence passed on him names no post)
    assert named("Tòa án tuyên phạt đối với ông Nguyễn Văn An 5 năm tù.") == []


def test_a_post_taken_up_left_or_taken_from_him_after_his_name():
    # Round101-c, round157-e: "nhận chức", "không còn đảm nhiệm chức vụ", "bị tạm đình chỉ chức" + the post.
    assert named("Cũng trong năm đó, ông Lê Văn Lý bị tạm đình chỉ chức hiệu trưởng.") == [("Lê Văn Lý", "hiệu trưởng")]
    assert named("TDH cho biết ông Hoàng Văn Phúc không còn đảm nhiệm chức vụ Phó tổng giám đốc công ty.") == [
        ("Hoàng Văn Phúc", "Phó tổng giám đốc công ty")]
    assert named("Ông Hồ Anh Minh (sinh năm 1995) nhận chức tổng giám đốc công ty.") == [("Hồ Anh Minh", "tổng giám đốc công ty")]


def test_nha_and_a_calling_no_list_holds_set_off_after_a_name():
    # Round129-b, round128-b, round26-e: "<Name>, nhà <one to three lower-case words> …" is his calling.
    assert named("Phần lớn các nơi, theo Ken Johnson, nhà giáo dục trồng trọt ở Đại học Illinois.") == [
        ("Ken Johnson", "nhà giáo dục trồng trọt ở Đại học Illinois")]
    assert named("Những dữ liệu này được ông Petri Deryng, nhà điều hành PYN Elite, đưa ra.") == [
        ("Petri Deryng", "nhà điều hành PYN Elite")]
    # (round16-b, round54-b, round80-b: a house, a publisher, a firm, a benefactor are no callings)
    assert named("Ông Nguyễn Văn An, nhà ở số 5 phố Huế, cho biết.") == []
    assert named("Tập đoàn Reliance Industries, nhà nhập khẩu dầu thô lớn nhất, cho biết.") == []
    assert not [person for person in named("Ông Đỗ Tuấn Thành, nhà hảo tâm ở xã, trao quà.") if person[1].startswith("nhà")]


def test_chi_huy_set_off_after_a_name_is_a_commander():
    # Round99-a, round33-b, round61-c: "<Name>, chỉ huy <unit>" is his post; before a unit with no comma it is the verb.
    assert named("Oleksiy Petrenko, chỉ huy một đơn vị phòng không cơ động ở phía bắc Kiev, cho biết.") == [
        ("Oleksiy Petrenko", "chỉ huy một đơn vị phòng không cơ động ở phía bắc Kiev")]
    assert named("Thiếu tướng Jay Bartholomees, chỉ huy Sư đoàn Bộ binh 25, phát biểu.") == [
        ("Jay Bartholomees", "Thiếu tướng, chỉ huy Sư đoàn Bộ binh 25")]
    assert named("Đại tá Nguyễn Văn An chỉ huy lực lượng tham gia.") == [("Nguyễn Văn An", "Đại tá")]


def test_a_second_foreign_name_after_va_then_his_post_set_off():
    # Round176-a (Zing), round95-e, round120-c: "A và B, <post>, …" - B's post, where A is a foreign word.
    assert named("Cảnh sát đã bắt Seungri và Yoo In Suk, cựu CEO Yuri Holdings, vào hôm qua.") == [
        ("Yoo In Suk", "cựu CEO Yuri Holdings")]
    assert ("Peter Thiel", "nhà sáng lập PayPal") in named("Nhà sáng lập Microsoft, Bill Gates và Peter Thiel, nhà sáng lập PayPal cũng đầu tư.")


def test_a_royal_title_given_in_quotes_names_no_king():
    # Round176-a (Zing): 'nhóm nhạc "vua Kpop" Big Bang' is a nickname; a king in a quotation is still one.
    assert named('Gắn liền với thành viên của nhóm nhạc "vua Kpop" Big Bang nên bảo tàng đông khách.') == []
    assert named('Ông nói: "Vua Charles III đã đến".') == [("Charles III", "Vua")]


def test_an_inspector_and_a_flight_attendant_are_posts():
    # Round157-d: "(44 tuổi, nguyên đăng kiểm viên)" after the name.
    assert named("Công an bắt ông Đỗ Văn Xuân (43 tuổi, nguyên Phó giám đốc) và ông Phan Văn Hùng (44 tuổi, "
                 "nguyên đăng kiểm viên) của Trung tâm Đăng kiểm.")[1:] == [("Phan Văn Hùng", "nguyên đăng kiểm viên")]
    assert named("Tiếp viên hàng không Nguyễn Thị Lan cho biết.") == [("Nguyễn Thị Lan", "Tiếp viên hàng không")]


def test_where_he_is_from_or_la_in_brackets_before_his_post():
    # Round112-e: "ông A (người Đài Loan, là phó giám đốc …)" - where he is from, "là", then the post.
    assert named("Hóa kể việc này với ông Huang Min Han (người Đài Loan, là phó giám đốc Công ty Nhôm Mal Việt Nam), nhờ ông này.") == [
        ("Huang Min Han", "phó giám đốc Công ty Nhôm Mal Việt Nam")]
    assert named("Hóa kể việc này với ông Nguyễn Văn An (quê Nghệ An, phó giám đốc Công ty Nhôm Mal), nhờ ông này.") == [
        ("Nguyễn Văn An", "phó giám đốc Công ty Nhôm Mal")]
    assert named("Ông Nguyễn Văn An (quê Nghệ An) cho biết.") == []


def test_a_script_studied_after_a_calling_names_no_one():
    # Round176-b (Báo Bình Định): "Nhà nghiên cứu Hán Nôm, TS A - <post>": the researcher's field, then the man.
    assert named("Nhà nghiên cứu Hán Nôm, TS Võ Minh Hải - Phó trưởng Khoa Khoa học xã hội Trường ĐH Quy Nhơn cho biết.") == [
        ("Võ Minh Hải", "Phó trưởng Khoa Khoa học xã hội Trường ĐH Quy Nhơn")]


def test_a_post_of_a_body_then_the_body_it_belongs_to_then_the_name():
    # Round157-c: "Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế Lương Ngọc Khuê" - the department's
    # ministry after a comma, then its head's name; a second post after the comma is another matter.
    assert named("Theo Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế Lương Ngọc Khuê, nhiễm khuẩn là thách thức.") == [
        ("Lương Ngọc Khuê", "Cục trưởng Cục Quản lý Khám, chữa bệnh, Bộ Y tế")]
    assert named("Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an Nguyễn Văn Minh cho biết.") == [
        ("Nguyễn Văn Minh", "Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an")]
    assert named("Thừa ủy quyền Thủ tướng, Bộ trưởng Giáo dục và Đào tạo Nguyễn Kim Sơn báo cáo.") == [
        ("Nguyễn Kim Sơn", "Bộ trưởng Giáo dục và Đào tạo")]


def test_a_foreign_word_that_opens_a_clause_alone_is_the_posts_place_before_a_name():
    # Round59-b, round151-a: "Jordan và Đức cho biết …", then "Bộ trưởng Ngoại giao Jordan Ayman Safadi";
    # a given name is never written so, a firm or a place often is (not a firm's letters, "Cty cũng …").
    assert read_paragraphs("Virginia cũng đã ban bố tình trạng khẩn cấp.",
                           "\"Tiểu bang sẵn sàng\", Thống đốc Virginia Glenn Youngkin cho biết.") == [
        ("Glenn Youngkin", "Thống đốc Virginia")]
    assert read_paragraphs("Shein là hãng thời trang nhanh lớn nhất.", "Nhà đồng sáng lập Shein Maggie Gu lần đầu lọt danh sách.") == [
        ("Maggie Gu", "Nhà đồng sáng lập Shein")]
    assert read_paragraphs("Cty cũng hỗ trợ chi phí điều trị.", "Đại diện Phòng Tổng vụ Cty Nidec Sankyo cho biết.") == []


def test_a_post_then_khi_do_and_its_holders_name():
    # Round99-b, round103-b: "Tổng thống Mỹ khi đó Barack Obama" - the post at that time, then who held it.
    assert named("Ông đã tặng Tổng thống Mỹ khi đó Barack Obama một hộp bút.") == [("Barack Obama", "Tổng thống Mỹ")]
    assert named("Chủ tịch UBND tỉnh lúc đó Nguyễn Văn An đã ký quyết định.") == [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]
    assert named("Công việc khi đó Nguyễn Văn An làm rất vất vả.") == []
    # (a post one holds or takes, then "khi đó" and another man: a reviewer's cases)
    assert named("Ông giữ chức Chủ tịch UBND tỉnh khi đó Trần Văn Bình vẫn là cấp phó.") == []
    assert named("Nếu được bầu làm Thủ tướng khi đó Nguyễn Văn An sẽ cải cách.") == []


def test_a_residents_group_by_its_letters_and_number_goes_on_with_its_ward():
    # Round177-c (Hànộimới): "Tổ trưởng TDP 76 phường Bạch Mai Lê Văn Cường" - the group's number, then its ward.
    assert named("Bí thư Chi bộ, Tổ trưởng TDP 76 phường Bạch Mai Lê Văn Cường chia sẻ, ước tính có hơn 100 hộ.") == [
        ("Lê Văn Cường", "Bí thư Chi bộ, Tổ trưởng TDP 76 phường Bạch Mai")]
    assert named("Trưởng KP 3 phường Bạch Mai Lê Văn Cường chia sẻ.") == [("Lê Văn Cường", "Trưởng KP 3 phường Bạch Mai")]


def test_a_shared_post_in_lower_case_then_la_and_full_names_closed_by_va():
    # Round112-e (Tuổi Trẻ, a court report): the post in lower case, as the paper writes posts,
    # then "là" and the names with no "ông" before them; each holds it.
    assert named("Hai cựu phó chủ tịch phường Khương Đình (quận Thanh Xuân) là Phạm Tần Anh và Chu Xuân Sơn cũng kháng cáo.") == [
        ("Phạm Tần Anh", "cựu phó chủ tịch phường Khương Đình (quận Thanh Xuân)"),
        ("Chu Xuân Sơn", "cựu phó chủ tịch phường Khương Đình (quận Thanh Xuân)"),
    ]
    assert [name for name, _ in named("Các cựu phó chủ tịch phường là Nguyễn Văn An, Trần Văn Bình và Lê Văn Cường cũng kháng cáo.")] == [
        "Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường"]


def test_a_post_given_after_two_names_each_with_its_address_is_both_ones():
    # Round158-a (a city's appointments): "đồng chí A và đồng chí B được bổ nhiệm giữ chức …".
    assert named("Theo đó, đồng chí Bùi Đức Duy và đồng chí Lê Hoàng Anh được bổ nhiệm giữ chức Phó Giám đốc Trung tâm Văn hóa.") == [
        ("Bùi Đức Duy", "Phó Giám đốc Trung tâm Văn hóa"), ("Lê Hoàng Anh", "Phó Giám đốc Trung tâm Văn hóa")]
    # (a post set off after the last name stays the last one's: who else holds it is not said)
    assert named("Ông Nguyễn Văn An và ông Trần Văn Bình, Phó Chủ tịch UBND huyện, đã đến dự.") == [
        ("Trần Văn Bình", "Phó Chủ tịch UBND huyện")]


def test_deu_la_after_a_list_of_two_gives_the_post_to_both():
    # Round111-a (a court report): each name with its own address and year of birth, then
    # "đều là" ("both are") and the post.
    assert named("Cơ quan điều tra khởi tố bị can đối với bà Phạm Thị My (SN 1963) và ông Bùi Văn Sâm (SN 1949), "
                 "đều là cựu giảng viên Đại học Sư phạm Hà Nội.") == [
        ("Phạm Thị My", "cựu giảng viên Đại học Sư phạm Hà Nội"), ("Bùi Văn Sâm", "cựu giảng viên Đại học Sư phạm Hà Nội")]
    # (and a post given after "bà A và ông B")
    assert named("Bà Nguyễn Thị An và ông Trần Văn Bình được bầu làm Phó Chủ tịch HĐND huyện.") == [
        ("Nguyễn Thị An", "Phó Chủ tịch HĐND huyện"), ("Trần Văn Bình", "Phó Chủ tịch HĐND huyện")]


def test_a_bodys_name_since_in_brackets_between_the_post_and_the_name():
    # Round58-a: "(nay là …)" says what the body is called now; the holder's name follows it.
    assert named("Nguyên Thứ trưởng Bộ Bưu chính viễn thông (nay là Bộ TT-TT) Mai Liêm Trực cho rằng thị trường chưa hoàn hảo.") == [
        ("Mai Liêm Trực", "Nguyên Thứ trưởng Bộ Bưu chính viễn thông (nay là Bộ TT-TT)")]


def test_czech_as_papers_write_it_in_english_is_a_country_not_a_name():
    # Round140-a: "Cộng hòa Czech" beside "Séc", the country's Vietnamese name.
    assert named("Ngoại trưởng Cộng hòa Czech Jan Lipavsky cho biết nước này ủng hộ.") == [("Jan Lipavsky", "Ngoại trưởng Cộng hòa Czech")]


def test_a_board_of_directors_in_lower_case_is_whole_after_lam():
    # Round158-d: "quản trị" goes on with "Hội đồng", as "quản lý" does (before: "Hội đồng quản").
    assert named("Bà Cao Thị Ngọc Sương được bầu làm Chủ tịch Hội đồng quản trị.") == [
        ("Cao Thị Ngọc Sương", "Chủ tịch Hội đồng quản trị")]


def test_who_a_holder_is_set_off_between_do_name_and_lam_post():
    # Rounds 114-a and 169-a (business and court news): "do <name>, <who he is>, làm <post>".
    assert named('Tập đoàn Phúc Sơn do Nguyễn Văn Hậu, biệt danh "Hậu Pháo", làm Chủ tịch HĐQT, hoạt động từ 2004.') == [
        ("Nguyễn Văn Hậu", "Chủ tịch HĐQT")]
    assert ("Cao Thị Ngọc Sương", "Chủ tịch Hội đồng quản trị") in named(
        "Diamond Properties là doanh nghiệp do bà Cao Thị Ngọc Sương, vợ ông Nhơn, làm Chủ tịch Hội đồng quản trị.")
    # (what follows the aside is no post: nothing)
    assert named("Đoàn do ông Nguyễn Văn An, người dân địa phương, dẫn đường.") == []


@pytest.mark.parametrize(("sentence", "people"), [
    # Lower-case words of bodies the state has everywhere, as pairs that go on with the post
    # (rounds 68-c and 149-a: set off by a dash or a comma, before "và" or a bracket).
    ("Về dự có đồng chí Hoàng Viết Nam – Chánh Văn phòng Sở; đồng chí Ninh Công Dũng – Phó Chủ tịch Công đoàn cơ sở và toàn thể đoàn viên thanh niên về tham dự.",
     [("Hoàng Viết Nam", "Chánh Văn phòng Sở"), ("Ninh Công Dũng", "Phó Chủ tịch Công đoàn cơ sở")]),
    ("Báo cáo với Bí thư, ông Lương Thạch Vỹ, Giám đốc Ban Quản lý các dự án đầu tư cơ sở hạ tầng ưu tiên Đà Nẵng (chủ đầu tư) cho biết.",
     [("Lương Thạch Vỹ", "Giám đốc Ban Quản lý các dự án đầu tư cơ sở hạ tầng ưu tiên Đà Nẵng")]),
    # (not the verb "chỉ đạo" after a post: what he did; "Ban chỉ đạo" is left to the rules
    # that tell it from the verb, test_a_steering_committee_in_lower_case_set_off_by_commas_is_whole)
    ("Ông Nguyễn Xuân Anh, Bí thư Thành ủy Đà Nẵng chỉ đạo UBND thành phố kiểm tra.", [("Nguyễn Xuân Anh", "Bí thư Thành ủy Đà Nẵng")]),
])
def test_lower_case_pairs_of_state_bodies_go_on_with_the_post(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 54 (round182-b-09): a district after a body's letters, in a post set off after its
    # holder's name, is the body's place, not a second man of two syllables.
    ("Tỷ lệ này theo thông tin từ ông Đỗ Trường Sơn, Trưởng phòng GD&ĐT Thái Thụy là 99%.",
     [("Đỗ Trường Sơn", "Trưởng phòng GD&ĐT Thái Thụy")]),
    ("Ông Đỗ Trường Sơn, Trưởng phòng GD&ĐT Thái Thụy cho biết tỷ lệ là 99%.", [("Đỗ Trường Sơn", "Trưởng phòng GD&ĐT Thái Thụy")]),
    # (a post opening the sentence keeps its holder after the letters)
    ("Trưởng phòng GD&ĐT Tô Lâm cho biết tỷ lệ là 99%.", [("Tô Lâm", "Trưởng phòng GD&ĐT")]),
])
def test_two_syllables_after_a_bodys_letters_in_a_post_set_off_are_its_place(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 54 (round182-b-06): "kiểm tra" after a post is what he did, as "kiểm soát" is.
    ("Đồng chí Ngô Đông Hải, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy kiểm tra, chỉ đạo công tác phòng, chống dịch tại huyện.",
     [("Ngô Đông Hải", "Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy")]),
    # (after a unit's word it is the unit's: an inspection team, a party's inspection committee)
    ("Bà Lê Thị Tú Anh, Trưởng phòng y tế TP.Vĩnh Long, Trưởng đoàn kiểm tra, cho biết.",
     [("Lê Thị Tú Anh", "Trưởng phòng y tế TP.Vĩnh Long, Trưởng đoàn kiểm tra")]),
    ("Ông Nguyễn Văn An, Phó Chủ nhiệm Ủy ban kiểm tra, cho biết như vậy.", [("Nguyễn Văn An", "Phó Chủ nhiệm Ủy ban kiểm tra")]),
])
def test_kiem_tra_after_a_post_is_what_its_holder_did(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 54 (round183-a: VTV's world news, a law paper): a foreign name's middle initial
    # written without its dot, a Korean name after a foreign province, a lawyer by his letters,
    # a class's teacher.
    ("Lễ khai mạc có Đại sứ Mỹ tại Thái Lan Robert F Godec và Tướng Songwit Noonpakdee.",
     [("Robert F Godec", "Đại sứ Mỹ tại Thái Lan"), ("Songwit Noonpakdee", "Tướng")]),
    ("Cựu Tổng thống Mỹ George W Bush phát biểu.", [("George W Bush", "Cựu Tổng thống Mỹ")]),
    ("Giám đốc Sở Thể thao và Du lịch tỉnh Nam Jeonlla Joo Sun-seon cho biết như vậy.",
     [("Joo Sun-seon", "Giám đốc Sở Thể thao và Du lịch tỉnh Nam Jeonlla")]),
    ("Thủ tướng Hàn Quốc Han Duck-soo cho biết như vậy.", [("Han Duck-soo", "Thủ tướng Hàn Quốc")]),
    ("LS Lê Duy Khang (Cty Luật TNHH MTV Tín và Tâm) cho biết như vậy.", [("Lê Duy Khang", "LS")]),
    ("Dưới sự dìu dắt của cô giáo chủ nhiệm Bùi Thị Bích Hậu, em càng có điều kiện.", [("Bùi Thị Bích Hậu", "cô giáo chủ nhiệm")]),
    # (a capital alone after a Vietnamese word is no initial: "Trường Mầm non Quỳnh Vinh B")
    ("Bà Nguyễn Thị Tân, Hiệu trưởng Trường Mầm non Quỳnh Vinh B, cho biết.", [("Nguyễn Thị Tân", "Hiệu trưởng Trường Mầm non Quỳnh Vinh B")]),
])
def test_foreign_names_written_short_and_callings_by_their_letters(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 54's review: "kiểm tra" inside a body's name is its work, not a verb after the post.
    ("Ông Nguyễn Văn Hùng, Tổ trưởng Tổ công tác kiểm tra liên ngành, cho biết như vậy.",
     [("Nguyễn Văn Hùng", "Tổ trưởng Tổ công tác kiểm tra liên ngành")]),
    ("Ông Lê Văn Nam, Chủ tịch Hội đồng kiểm tra, sát hạch, cho biết như vậy.", [("Lê Văn Nam", "Chủ tịch Hội đồng kiểm tra")]),
    ("Ông Nguyễn Văn An, Bí thư Tỉnh ủy Nam Định kiểm tra, chỉ đạo công tác phòng dịch.", [("Nguyễn Văn An", "Bí thư Tỉnh ủy Nam Định")]),
])
def test_kiem_tra_inside_a_bodys_name_is_its_work(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 55 (round186-b: a publisher's and an embassy's guests, a district's centre): a chief
    # accountant and a minister-counsellor by their posts' names, and what else a man is, told
    # between dashes, not taken for a post.
    ("Ông Trần Đức Hùng - Kế toán trưởng và đại diện các phòng, ban chuyên môn.", [("Trần Đức Hùng", "Kế toán trưởng")]),
    ("Bà Maylem Rivero Silva - Tham tán Công sứ Phụ trách Văn phòng Kinh tế và Thương mại và một số thành viên khác.",
     [("Maylem Rivero Silva", "Tham tán Công sứ Phụ trách Văn phòng Kinh tế và Thương mại")]),
    ("Ông Trần Văn Ly - Giám đốc Trung tâm Văn hóa quận 7, cũng là chủ đầu tư dự án đường sách - chia sẻ rằng dự án tốt.",
     [("Trần Văn Ly", "Giám đốc Trung tâm Văn hóa quận 7")]),
    ("Ông Trần Văn Ly - Giám đốc Trung tâm Văn hóa quận 7, cũng là Chủ tịch Hội Sách - chia sẻ rằng dự án tốt.",
     [("Trần Văn Ly", "Giám đốc Trung tâm Văn hóa quận 7, cũng là Chủ tịch Hội Sách")]),
])
def test_posts_of_accountants_and_envoys_and_what_a_man_also_is(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 55 (round187-b: police news): the fire police's whole field, commas and all; a
    # working delegation's head; a rotating chair; Switzerland as some spell it.
    ("Đoàn do Đại tá Nguyễn Minh Khương, Phó Cục trưởng Cục Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ, Trưởng đoàn công tác dẫn đầu.",
     [("Nguyễn Minh Khương", "Đại tá, Phó Cục trưởng Cục Cảnh sát Phòng cháy, chữa cháy và cứu nạn, cứu hộ, Trưởng đoàn công tác")]),
    ("Thượng tá Lê Văn An, Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh cho biết.",
     [("Lê Văn An", "Thượng tá, Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh")]),
    ("Dự buổi tiếp có Đại sứ Thụy Sỹ Thomas Gass, cùng Đại sứ Na Uy Hilde Solbakken.",
     [("Thomas Gass", "Đại sứ Thụy Sỹ"), ("Hilde Solbakken", "Đại sứ Na Uy")]),
    ("Thủ tướng Malaysia Anwar Ibrahim, Chủ tịch luân phiên ASEAN 2025, phát biểu.",
     [("Anwar Ibrahim", "Thủ tướng Malaysia, Chủ tịch luân phiên ASEAN 2025")]),
])
def test_the_fire_polices_field_and_a_rotating_chair(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 55 (round187-a: Cà Mau's emulation congress): a name of two words right after the
    # province's "tỉnh" (every province is known), and the emulation council's name with its comma.
    ("Cùng dự có Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Quân.", [("Lê Quân", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]),
    ("Dự có Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an, Thành viên Hội đồng Thi đua, khen thưởng Trung ương.",
     [("Nguyễn Văn Thành", "Thượng tướng, Thứ trưởng Bộ Công an, Thành viên Hội đồng Thi đua, khen thưởng Trung ương")]),
    # (a known province, or a name going on in lower case, is no such name)
    ("Cùng dự có Giám đốc Sở Y tế tỉnh Hà Nam.", []),
    ("Phó Chủ tịch UBND tỉnh Trương Thanh tùng phát biểu.", []),
])
def test_a_two_word_name_after_the_provinces_unit_and_the_emulation_council(sentence, people):
    assert named(sentence) == people


def test_a_hospital_named_after_a_man_and_once_in_a_list_of_schools_is_no_one():
    # Session 55 (round188-a-08): "Bệnh viện Lê Văn Việt" again and again, and once among schools.
    text = ("Bệnh viện Lê Văn Việt tổ chức họp mặt. Lãnh đạo Bệnh viện Lê Văn Việt phát biểu. "
            "Đến dự có các Trường: Lê Văn Việt, Trần Quốc Toản. Chủ tịch công đoàn Bệnh viện Lê Văn Việt nhận quà. "
            "Bệnh viện Lê Văn Việt cảm ơn các đại biểu.")
    assert "Lê Văn Việt" not in [name for name, _ in read_paragraphs(text)]
    # (a man named twice as himself and once after a school's word is a man)
    text = "Ông Lê Văn Hải, Giám đốc Sở Y tế, phát biểu. Ông Lê Văn Hải cảm ơn Trường Lê Văn Hải. Ông Lê Văn Hải ra về."
    assert read_paragraphs(text) == [("Lê Văn Hải", "Giám đốc Sở Y tế")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 55 (round188-a-07, round164-b-06): "đại diện" right after a body's capitals is what he
    # does (on behalf of), not his post's words; inside a body's name in lower case it stays.
    ("Ông Võ Việt Dũng, phó Hiệu trưởng Trường THPT Nguyễn Bỉnh Khiêm đại diện nhà trường phát biểu.",
     [("Võ Việt Dũng", "phó Hiệu trưởng Trường THPT Nguyễn Bỉnh Khiêm")]),
    ("Ông Lê Văn An, Trưởng Văn phòng đại diện Báo Nhân Dân tại Huế, cho biết.", [("Lê Văn An", "Trưởng Văn phòng đại diện Báo Nhân Dân tại Huế")]),
])
def test_dai_dien_after_a_bodys_name_is_on_behalf_of(sentence, people):
    assert named(sentence) == people


def test_a_two_word_name_after_tinh_needs_the_provinces_body():
    # Session 55's review: China's provinces and old Vietnamese ones are no one.
    assert named("Ông Lý Hồng Trung, Bí thư tỉnh Hồ Nam. Cùng dự có Chủ tịch tỉnh Hà Tuyên.") == [("Lý Hồng Trung", "Bí thư tỉnh Hồ Nam")]


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 55 (round188-a-08): a rank, the name, then the post with no mark between, closed by one.
    ("Tham dự có Đồng chí Thượng tá Trần Văn Duệ Phó chỉ huy trưởng Ban chỉ huy Quân sự TP. Thủ Đức; Đồng chí Nguyễn Văn An, Chủ tịch Hội Cựu chiến binh.",
     [("Trần Văn Duệ", "Thượng tá, Phó chỉ huy trưởng Ban chỉ huy Quân sự TP. Thủ Đức"), ("Nguyễn Văn An", "Chủ tịch Hội Cựu chiến binh")]),
    ("Tham dự có Đại tá Nguyễn Văn Bình Phó Giám đốc Công an tỉnh.", [("Nguyễn Văn Bình", "Đại tá, Phó Giám đốc Công an tỉnh")]),
    # (with a comma, as before; and a rank alone)
    ("Đại tá Nguyễn Văn Bình, Phó Giám đốc Công an tỉnh, phát biểu.", [("Nguyễn Văn Bình", "Đại tá, Phó Giám đốc Công an tỉnh")]),
    ("Thượng tá Trần Văn Duệ phát biểu.", [("Trần Văn Duệ", "Thượng tá")]),
])
def test_a_ranked_name_then_the_post_with_no_mark_between(sentence, people):
    assert read_paragraphs(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 56 (round188-a-10, round139-a-06, round108-a-03): degrees written out and chained
    # before a post are no part of it, as "PGS.TS" is not; a physician's "bác sĩ" after them stays.
    ("Giáo sư - Tiến sĩ Trần Văn Hải, Phó Giám đốc Đại học Quốc gia Hà Nội cho biết.",
     [("Trần Văn Hải", "Phó Giám đốc Đại học Quốc gia Hà Nội")]),
    ("Phó Giáo sư Tiến sĩ Bùi Văn Tú, Chủ nhiệm khoa Luật, nói thêm.", [("Bùi Văn Tú", "Chủ nhiệm khoa Luật")]),
    ("Giáo sư Tiến sĩ Khoa học Đỗ Văn Nam, nguyên Hiệu trưởng Trường Đại học Bách khoa, cũng tham dự.",
     [("Đỗ Văn Nam", "nguyên Hiệu trưởng Trường Đại học Bách khoa")]),
    ("Giáo sư tiến sĩ bác sĩ Lê Văn Bình, Phó Giám đốc Sở Y tế cũng dự.", [("Lê Văn Bình", "bác sĩ, Phó Giám đốc Sở Y tế")]),
    # (as before: one written out, and a professor's chair where he holds it)
    ("Phó giáo sư, Tiến sĩ Nguyễn Văn Minh, Viện trưởng Viện Kinh tế học, phát biểu.", [("Nguyễn Văn Minh", "Viện trưởng Viện Kinh tế học")]),
    ("Giáo sư Hà Văn Thịnh của Trường Đại học Khoa học Huế phát biểu.", [("Hà Văn Thịnh", "Giáo sư của Trường Đại học Khoa học Huế")]),
])
def test_degrees_written_out_before_a_post(sentence, people):
    assert read_paragraphs(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 56 (round189-a-07): a post "cho ông A" in a sentence that appoints is the one he is given;
    # "chức vụ" before a post is no "Vụ trưởng"; a department's lower-case words are its name.
    ("Trao quyết định như sau: Bổ nhiệm chức vụ Trưởng phòng Quản lý chất lượng cho ông Trương Thanh Bình; "
     "Trưởng phòng Giáo dục Trung học và Thường xuyên cho ông Thành Bạch Hải.",
     [("Trương Thanh Bình", "Trưởng phòng Quản lý chất lượng"), ("Thành Bạch Hải", "Trưởng phòng Giáo dục Trung học và Thường xuyên")]),
    ("Bổ nhiệm Phó Trưởng phòng Quản lý chất lượng cho bà Nguyễn Thị Thanh Hằng.", [("Nguyễn Thị Thanh Hằng", "Phó Trưởng phòng Quản lý chất lượng")]),
    ("Ông Phạm Thanh Lâm giữ chức Phó Trưởng phòng Tổ chức cán bộ.", [("Phạm Thanh Lâm", "Phó Trưởng phòng Tổ chức cán bộ")]),
    ("Bà Lê Thị Như Quỳnh, Phó Trưởng phòng Khảo thí và Quản lý chất lượng giáo dục cho biết.",
     [("Lê Thị Như Quỳnh", "Phó Trưởng phòng Khảo thí và Quản lý chất lượng giáo dục")]),
    ("Ông Lê Văn Hùng, Vụ trưởng Vụ Pháp chế cho biết.", [("Lê Văn Hùng", "Vụ trưởng Vụ Pháp chế")]),
    # (a gift from a post-holder to a man gives him no post; nor outside a sentence that appoints)
    ("Chủ tịch nước trao quà cho ông Lê Văn Tám.", []),
    # Session 56 (round189-a-08): a prize after "nhà trường và" is no field of the school's.
    ("Tác phẩm viết về thầy Trần Văn Thịnh, Phó Hiệu trưởng nhà trường và giải Khuyến khích với tác phẩm khác.",
     [("Trần Văn Thịnh", "Phó Hiệu trưởng nhà trường")]),
])
def test_posts_given_and_departments_in_lower_case(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 56's review: a decision's signer, "cho" that lets, and bodies' fields that open on "giải"
    # or hold "cán bộ" and "giáo dục" as other words.
    ("Thứ trưởng Bộ Nội vụ Nguyễn Văn Bình trao Quyết định bổ nhiệm của Thủ tướng Chính phủ cho ông Trần Văn Thuấn.",
     [("Nguyễn Văn Bình", "Thứ trưởng Bộ Nội vụ")]),
    ("Sở bổ nhiệm cán bộ mới; Chủ tịch UBND tỉnh cho ông Lê Văn Tư nghỉ hưu theo chế độ.", []),
    ("Ông Nguyễn Văn An, Trưởng ban Bồi thường và giải phóng mặt bằng huyện cho biết.",
     [("Nguyễn Văn An", "Trưởng ban Bồi thường và giải phóng mặt bằng huyện")]),
    ("Ông Lê Văn Bình, Giám đốc Trung tâm Văn hóa và giải trí cho biết.", [("Lê Văn Bình", "Giám đốc Trung tâm Văn hóa và giải trí")]),
    ("Ông Nguyễn Văn An, Trưởng Ban Tổ chức Tỉnh ủy cán bộ lão thành cũng có mặt.", [("Nguyễn Văn An", "Trưởng Ban Tổ chức Tỉnh ủy")]),
    ("Ông Nguyễn Văn An, Trưởng Ban Tuyên giáo Tỉnh ủy giáo dục chính trị cho đoàn viên.", [("Nguyễn Văn An", "Trưởng Ban Tuyên giáo Tỉnh ủy")]),
])
def test_counterexamples_of_the_review_of_session_56(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 57 (round190-a, Tuổi Trẻ's news in a theme demo): a newsroom's "Ban bạn đọc"; an online
    # paper, "báo điện tử", named after it; "chánh tòa", a court division's chief.
    ("Ông đưa 200 triệu đồng cho nhà báo Lê Duy Phong, trưởng Ban bạn đọc báo điện tử Giáo dục Việt Nam.",
     [("Lê Duy Phong", "nhà báo, trưởng Ban bạn đọc báo điện tử Giáo dục Việt Nam")]),
    ("Tổng biên tập báo điện tử Dân trí Phạm Huy Hoàn cho biết.", [("Phạm Huy Hoàn", "Tổng biên tập báo điện tử Dân trí")]),
    ("Trao đổi về vấn đề này, ông Nguyễn Đức Sáu (nguyên chánh tòa hình sự TAND TP.HCM) cho rằng như vậy.",
     [("Nguyễn Đức Sáu", "nguyên chánh tòa hình sự TAND TP.HCM")]),
    # the court above a department, by its letters and a qualifying pair: "TAND tối cao"
    ("Ông Ngô Cường (vụ trưởng Vụ hợp tác quốc tế, TAND tối cao) cho biết như vậy.",
     [("Ngô Cường", "vụ trưởng Vụ hợp tác quốc tế, TAND tối cao")]),
    # an ethics committee in lower case, "của" a body by its letters, then "là ông A"
    ("Khi đó, chủ tịch Ủy ban đạo đức của FIFA là ông Hans-Joachim Eckert phát biểu.",
     [("Hans-Joachim Eckert", "chủ tịch Ủy ban đạo đức của FIFA")]),
    # "còn" (whereas) inside what two dashes set off opens another's clause
    ("Vị quan chức này là ông Ricardo Teixeira – cựu chủ tịch LĐBĐ Brazil và là một thành viên trong ban chấp hành FIFA "
     "còn người gửi tiền là Sandro Rosell – người sắm vai trò tư vấn cho Qatar.",
     [("Ricardo Teixeira", "cựu chủ tịch LĐBĐ Brazil và là một thành viên trong ban chấp hành FIFA")]),
    # a doctor's workplace set off by a dash, as by a comma
    ("Theo BS Dương Minh Tâm - Viện Sức khỏe tâm thần Bệnh viện Bạch Mai, trầm cảm sau sinh đang gia tăng.",
     [("Dương Minh Tâm", "BS, Viện Sức khỏe tâm thần Bệnh viện Bạch Mai")]),
    # (as before: "của" a body by its letters that runs on into its name is read as it was)
    ("Ông đồng thời còn dành lời khen cho đối thủ Geoff Johns - giám đốc sáng tạo của DC Comics.",
     [("Geoff Johns", "giám đốc sáng tạo của DC Comics")]),
])
def test_newsrooms_courts_and_committees_of_a_repost_in_a_theme_demo(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 57's review: "còn" inside a dashed post that says "still" is part of it; only "còn <who>
    # là <Name>" opens another's clause.
    ("Ông Nguyễn Văn An – nguyên Chủ tịch UBND huyện, hiện còn là Phó Bí thư Huyện ủy – cho biết như vậy.",
     [("Nguyễn Văn An", "nguyên Chủ tịch UBND huyện, hiện còn là Phó Bí thư Huyện ủy")]),
    ("Ông Nguyễn Văn An - Phó chủ tịch UBND xã còn lại - cho biết như vậy.", [("Nguyễn Văn An", "Phó chủ tịch UBND xã còn lại")]),
    ("Ông Nguyễn Văn An - Chủ tịch Hội đồng thành viên, còn giữ chức Tổng giám đốc - nhấn mạnh điều đó.",
     [("Nguyễn Văn An", "Chủ tịch Hội đồng thành viên, còn giữ chức Tổng giám đốc")]),
    # a body's letters and a verb after a comma are the next clause ("tối cao" qualifies; "dự báo" does not)
    ("Ông Nguyễn Văn An, chuyên gia kinh tế, IMF dự báo, tăng trưởng sẽ chậm lại.", [("Nguyễn Văn An", "chuyên gia kinh tế")]),
    # "cảnh báo", a verb, and a paper in lower case are no paper named
    ("Ông Lê Văn An, Bí thư Đoàn xã báo Thanh niên tình nguyện đến sớm.", [("Lê Văn An", "Bí thư Đoàn xã")]),
])
def test_counterexamples_of_the_review_of_session_57(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 57 (round191-b, Báo Mới's copies of VOV and TTXVN): the author of a directive, his post's
    # prefix included, is not the next man's ("ý kiến chỉ đạo của Phó Thủ tướng Chính phủ, Phó Chủ tịch …");
    ("Cùng với việc triển khai ý kiến chỉ đạo của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Ngô Tân Phượng yêu cầu các Sở triển khai.",
     [("Ngô Tân Phượng", "Phó Chủ tịch UBND tỉnh")]),
    # two posts opening the clause, the second running over lower-case words to his name;
    ("Phát biểu tại buổi lễ, Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài "
     "Ngô Lê Văn khẳng định: Đây không chỉ là một danh hiệu.",
     [("Ngô Lê Văn", "Thứ trưởng Bộ Ngoại giao, Chủ nhiệm Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài")]),
    # (not a body that opens the clause: its own post only)
    ("Theo ý kiến của Bộ Ngoại giao, Chủ nhiệm Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài Ngô Lê Văn khẳng định như vậy.",
     [("Ngô Lê Văn", "Chủ nhiệm Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài")]),
    # a founding chair: "sáng lập" qualifies the post.
    ("Bà Christine Lê, Chủ tịch sáng lập Hiệp hội Tài chính và Đầu tư Việt Nam tại Anh (VIFA UK), phát biểu tại lễ ra mắt.",
     [("Christine Lê", "Chủ tịch sáng lập Hiệp hội Tài chính và Đầu tư Việt Nam tại Anh (VIFA UK)")]),
    # "Ngân hàng" after a capitalised word is a bank's name going on, not a name "Marketing Ngân" (round191-b-05)
    ("Ông Huỳnh Long Thủy, Giám đốc Marketing Ngân hàng HDBank trao huy chương vàng.",
     [("Huỳnh Long Thủy", "Giám đốc Marketing Ngân hàng HDBank")]),
])
def test_posts_chained_and_qualified_in_agency_copies(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 57 (round192-b, a coach firm's and a student's reposts): a temple's name after "Đền thờ" is no
    # man's post; a single-member firm's kind written out goes on with the post.
    ("Sáng ngày 17/5, tại khu lịch sử Đền thờ Chủ tịch Hồ Chí Minh (xã Long Đức), Tỉnh Đoàn tổ chức lễ báo công dâng Bác.", []),
    ("Nhân dân thờ Chủ tịch Hồ Chí Minh trong mỗi gia đình.", [("Hồ Chí Minh", "Chủ tịch")]),
    ("Theo ông Phạm Văn Trọng - Phó Giám đốc Công ty TNHH một thành viên Dịch vụ vận tải Khánh Hòa, lượng khách tăng.",
     [("Phạm Văn Trọng", "Phó Giám đốc Công ty TNHH một thành viên Dịch vụ vận tải Khánh Hòa")]),
])
def test_a_temple_and_a_firms_kind_in_reposts(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 58 (round188-a, a hospital's own site): set off after a name, a post that ends in a hospital's,
    # museum's or school's name after a person is his, whatever he does next (not only where he speaks);
    ("BS.CKII Trần Thanh Sang, Phó Giám đốc Bệnh viện Lê Văn Việt đại diện đọc thư của Bác Hồ gửi ngành Y tế.",
     [("Trần Thanh Sang", "Phó Giám đốc Bệnh viện Lê Văn Việt")]),
    ("Ths. BS Đặng Thị Thu Hà, Chủ tịch công đoàn Bệnh viện Lê Văn Việt nhận quà kỷ niệm.",
     [("Đặng Thị Thu Hà", "Chủ tịch công đoàn Bệnh viện Lê Văn Việt")]),
    ("Bà Lê Thị Lan, Giám đốc Bảo tàng Hồ Chí Minh trao quà cho các em.", [("Lê Thị Lan", "Giám đốc Bảo tàng Hồ Chí Minh")]),
    # (not "Môi trường": a ministry's word, then the next minister; nor a post with no holder before it)
    ("Dự có Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng, Bộ trưởng Bộ Nông nghiệp và Môi trường Đỗ Đức Duy.",
     [("Nguyễn Văn Thắng", "Bộ trưởng Bộ Tài chính"), ("Đỗ Đức Duy", "Bộ trưởng Bộ Nông nghiệp và Môi trường")]),
    ("Giám đốc Bệnh viện Trần Văn Bình phát biểu khai mạc.", [("Trần Văn Bình", "Giám đốc Bệnh viện")]),
    # An ambassador "đặc mệnh toàn quyền" of a country named with "nước" (round99-c): five lower-case words in a row.
    ("Dự có Phó Đại sứ đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam Chanthaphone Khammanichanh; Đại tá Sakda Xayyasongkham.",
     [("Chanthaphone Khammanichanh", "Phó Đại sứ đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam"), ("Sakda Xayyasongkham", "Đại tá")]),
])
def test_bodies_named_after_a_person_and_envoys_plenipotentiary(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 58 (round194-a, a school portal's reposts of Bắc Ninh's news): a post just taken by the man a clause is given
    # to is not the next man's first post; his rank after it still is.
    ("Chúc mừng và giao nhiệm vụ cho tân Giám đốc Sở Giáo dục và Đào tạo, Chủ tịch UBND tỉnh Nguyễn Hương Giang đề nghị.",
     [("Nguyễn Hương Giang", "Chủ tịch UBND tỉnh")]),
    ("Ông có cuộc gặp với tân Bộ trưởng Quốc phòng, Thượng tướng Phan Văn Giang tại Hà Nội.",
     [("Phan Văn Giang", "Thượng tướng, Bộ trưởng Quốc phòng")]),
    ("Hội đàm với Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình.", [("Tập Cận Bình", "Tổng Bí thư, Chủ tịch Trung Quốc")]),
    # An office's one field with a comma inside it.
    ("Bổ nhiệm bà Nguyễn Thị Ngọc, sinh năm 1974, Trưởng phòng Công tác học sinh, sinh viên giữ chức vụ Phó Giám đốc Sở GDĐT.",
     [("Nguyễn Thị Ngọc", "Trưởng phòng Công tác học sinh, sinh viên")]),
    # A body's leaders as a group, listed after a man's post, are the next guests, not his body.
    ("Tham dự có ông Nguyễn Thế Sơn, Bí thư Đảng ủy – Giám đốc Sở GDĐT, Ban Giám đốc, lãnh đạo Công Đoàn ngành.",
     [("Nguyễn Thế Sơn", "Bí thư Đảng ủy, Giám đốc Sở GDĐT")]),
])
def test_new_posts_given_and_leaders_listed_on_a_school_portal(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 58 (round195-b, a university's news in a student's copy): a caption's act after a dash, capitalised,
    # ends the post ("… Trường ĐHKHTN - Phát biểu tại buổi lễ"); a body's fields joined by a dash still go on.
    ("PGS. TSKH Vũ Hoàng Linh - Bí thư Đảng ủy, Hiệu trưởng Trường ĐHKHTN - Phát biểu tại buổi lễ khai mạc.",
     [("Vũ Hoàng Linh", "Bí thư Đảng ủy, Hiệu trưởng Trường ĐHKHTN")]),
    ("Ông Vũ Hoàng Linh, Hiệu trưởng Trường ĐHKHTN - Trao quà cho các em học sinh.", [("Vũ Hoàng Linh", "Hiệu trưởng Trường ĐHKHTN")]),
    ("Bà Hoàng Thị Vượng, Trưởng phòng Văn hóa - Thông tin thị xã Sa Pa cho biết.",
     [("Hoàng Thị Vượng", "Trưởng phòng Văn hóa - Thông tin thị xã Sa Pa")]),
    ("Ông Lê Văn Bình, Chủ tịch Hội Văn học - Nghệ thuật tỉnh phát biểu.", [("Lê Văn Bình", "Chủ tịch Hội Văn học - Nghệ thuật tỉnh")]),
])
def test_a_captions_act_after_a_dash_and_a_bodys_fields_joined_by_one(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 58's review: a post just taken by the man a clause is given to stays his where no one
    # speaks or acts after the next name (the new man holds both posts) ...
    ("Lãnh đạo nhiều nước gửi điện, thư chúc mừng tới tân Tổng Bí thư, Chủ tịch nước Tô Lâm.", [("Tô Lâm", "Tổng Bí thư, Chủ tịch nước")]),
    ("Ông điện đàm với tân Thủ tướng Nhật Bản, Chủ tịch Đảng Dân chủ Tự do Ishiba Shigeru.",
     [("Ishiba Shigeru", "Thủ tướng Nhật Bản, Chủ tịch Đảng Dân chủ Tự do")]),
    ("Ông trao hoa chúc mừng cho tân Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Bình.",
     [("Nguyễn Văn Bình", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh")]),
    # ... a body's field after a dash is no caption's act ("Dự án", "Dự báo", "Đánh giá", "Thăm dò") ...
    ("Ông Lê Văn Bình, Trưởng phòng Kế hoạch - Dự án, Sở Giao thông vận tải phát biểu.",
     [("Lê Văn Bình", "Trưởng phòng Kế hoạch - Dự án, Sở Giao thông vận tải")]),
    ("Ông Lê Văn Bình, Trưởng phòng Khảo thí - Đánh giá chất lượng, Trường Đại học Vinh phát biểu.",
     [("Lê Văn Bình", "Trưởng phòng Khảo thí - Đánh giá chất lượng, Trường Đại học Vinh")]),
    ("Bà Trần Thị Lệ, Phó trưởng khoa Chẩn đoán hình ảnh - Thăm dò chức năng cho biết.",
     [("Trần Thị Lệ", "Phó trưởng khoa Chẩn đoán hình ảnh - Thăm dò chức năng")]),
    ("Ông Lê Văn Bình, Giám đốc Sở Y tế - Thăm hỏi bệnh nhân tại khoa.", [("Lê Văn Bình", "Giám đốc Sở Y tế")]),
    # ... and a general hospital named after a man is his namesake's.
    ("Bà Lê Thị Lan, Giám đốc Bệnh viện Đa khoa Đỗ Xuân Hợp trao quà cho các em.", [("Lê Thị Lan", "Giám đốc Bệnh viện Đa khoa Đỗ Xuân Hợp")]),
    # Round196-b (VnExpress in a crawler's output): posts taken from two holders, each after "chức … với";
    # a man "bị miễn nhiệm chức" a post held it.
    ("HĐND tỉnh Bắc Giang cũng miễn nhiệm chức Chủ tịch HĐND tỉnh với bà Lê Thị Thu Hồng và chức Phó chủ tịch UBND tỉnh với ông Lê Ô Pích.",
     [("Lê Thị Thu Hồng", "Chủ tịch HĐND tỉnh"), ("Lê Ô Pích", "Phó chủ tịch UBND tỉnh")]),
    ("Chủ tịch UBND tỉnh làm việc với ông Lê Văn Bình về việc bổ nhiệm cán bộ.", []),
    ("Ông Lê Ánh Dương bị miễn nhiệm chức Chủ tịch UBND tỉnh Bắc Giang.", [("Lê Ánh Dương", "Chủ tịch UBND tỉnh Bắc Giang")]),
])
def test_counterexamples_of_the_review_of_session_58_and_posts_taken_away(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 58's second review: "chức … với ông A" gives A the post only where the act that gives or takes it stands
    # right before "chức" and the post runs up to "với" (not "cơ quan chức năng", another clause, a meeting) ...
    ("Cơ quan chức năng đã điều động 50 cán bộ, chiến sĩ. Chủ tịch UBND xã với ông Trần Văn Bình có mặt tại hiện trường.", []),
    ("Ông An bị cách chức Giám đốc. Sau đó, Chủ tịch UBND tỉnh với ông Trần Văn Bình đã họp bàn.", []),
    ("Việc bổ nhiệm chức Tổng Giám đốc được thống nhất trong cuộc họp của Chủ tịch HĐQT với ông Trần Văn Bình hôm 5/6.", []),
    ("Kỳ họp miễn nhiệm chức Chủ tịch với ông Lê Văn Cường và bầu bổ sung chức Phó Chủ tịch UBND tỉnh với bà Trần Thị Dung.",
     [("Lê Văn Cường", "Chủ tịch"), ("Trần Thị Dung", "Phó Chủ tịch UBND tỉnh")]),
    # ... a post after "cho tân" is the next man's where his words or acts follow his name, whatever the verb ...
    ("Trao quyết định cho tân Giám đốc Sở Y tế, Chủ tịch UBND tỉnh Nguyễn Văn An đã đề nghị ông phát huy năng lực.",
     [("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]),
    ("Thủ tướng Lào có cuộc gặp với tân Tổng Bí thư, Chủ tịch nước Tô Lâm tại Hà Nội.", [("Tô Lâm", "Tổng Bí thư, Chủ tịch nước")]),
    # ... and more captions' verbs after a dash.
    ("Ông Lê Văn Bình, Giám đốc Sở Y tế - Chỉ đạo công tác phòng chống dịch tại huyện.", [("Lê Văn Bình", "Giám đốc Sở Y tế")]),
    ("Ông Lê Văn Bình, Giám đốc Sở Y tế - Kết luận buổi làm việc.", [("Lê Văn Bình", "Giám đốc Sở Y tế")]),
])
def test_counterexamples_of_the_second_review_of_session_58(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # The central steering committee is named with what it fights, after "về", commas and all ...
    ("Theo chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng, Trưởng ban Chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực. Việc thanh tra bắt đầu.",
     [("Nguyễn Phú Trọng", "Tổng Bí thư, Trưởng ban Chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực")]),
    ("Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực chủ trì phiên họp.",
     [("Tô Lâm", "Tổng Bí thư, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực")]),
    ("Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực Nguyễn Phú Trọng chủ trì.",
     [("Nguyễn Phú Trọng", "Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực")]),
    # ... up to the verb ("tham dự" is no "tham nhũng").
    ("Ông Trần Văn Bình, Trưởng Ban Chỉ đạo Trung ương về phòng chống tham nhũng tham dự hội nghị.",
     [("Trần Văn Bình", "Trưởng Ban Chỉ đạo Trung ương về phòng chống tham nhũng")]),
    # "vì" after a body's name says why he is named (not "Liên đoàn … vì Hòa bình", capitalised).
    ("Thiếu úy Lê Ngọc Hiếu, Trung đội trưởng, Bộ Chỉ huy quân sự tỉnh vì có thành tích xuất sắc trong công tác.",
     [("Lê Ngọc Hiếu", "Thiếu úy, Trung đội trưởng, Bộ Chỉ huy quân sự tỉnh")]),
    ("Ông Lê Văn An, Trưởng phòng, Sở Y tế vì đã có thành tích.", [("Lê Văn An", "Trưởng phòng, Sở Y tế")]),
    # Bodies after a post that "và" closes before the next man's post are his (not a list of who came).
    ("Đại úy Nguyễn Văn Hóa, nhân viên Quân y, Trường quân sự, Bộ Chỉ huy quân sự tỉnh và Thiếu úy Lê Ngọc Hiếu, Trung đội trưởng đã dự.",
     [("Nguyễn Văn Hóa", "Đại úy, nhân viên Quân y, Trường quân sự, Bộ Chỉ huy quân sự tỉnh"), ("Lê Ngọc Hiếu", "Thiếu úy, Trung đội trưởng")]),
    ("Ông Nguyễn Văn An, Giám đốc, Sở Y tế, Sở Tài chính và các địa phương dự họp.", [("Nguyễn Văn An", "Giám đốc, Sở Y tế")]),
    # A bare name, its age, then "là" and a post, as a report of the accused names them ...
    ("Lê Thị Thanh Thúy, 40 tuổi, là Chủ tịch HĐQT Công ty Lavenue, bị khởi tố.", [("Lê Thị Thanh Thúy", "Chủ tịch HĐQT Công ty Lavenue")]),
    ("Khu đất cho Công ty Lavenue (Lê Thị Thanh Thúy, 40 tuổi, là Chủ tịch HĐQT) thuê.", [("Lê Thị Thanh Thúy", "Chủ tịch HĐQT")]),
    # ... not what is said of him in lower case ("là người", nor the callings said of the name before his full name).
    ("Nguyễn Văn Bình, 40 tuổi, là người đã gây ra vụ tai nạn.", []),
    ("Trấn Thành tên đầy đủ Huỳnh Trấn Thành, 37 tuổi, là diễn viên, người dẫn chương trình.", []),
    # A singer's calling goes along a list past a stage name that opens places' names ("Đại") ...
    ("MV được ủng hộ như: Ca sĩ Vân Khánh, Thanh Lan, Đại Hòa, Minh Sang, Jack Long, Đoàn Minh Tài.",
     [("Vân Khánh", "Ca sĩ"), ("Thanh Lan", "Ca sĩ"), ("Đại Hòa", "Ca sĩ"), ("Minh Sang", "Ca sĩ"), ("Jack Long", "Ca sĩ"),
      ("Đoàn Minh Tài", "Ca sĩ")]),
    # ... and a one-word one, up to the places after it.
    ("Ca sĩ Vân Khánh, Thanh Lan, Minh Sang, Binz và Đen Vâu dự.",
     [("Vân Khánh", "Ca sĩ"), ("Thanh Lan", "Ca sĩ"), ("Minh Sang", "Ca sĩ"), ("Binz", "Ca sĩ"), ("Đen Vâu", "Ca sĩ")]),
    ("Ca sĩ Vân Khánh, Thanh Lan, Minh Sang, Hà Nội và Đà Nẵng.", [("Vân Khánh", "Ca sĩ"), ("Thanh Lan", "Ca sĩ"), ("Minh Sang", "Ca sĩ")]),
    # A school year's class, its years joined by a dash, as a term's are ...
    ("Nhà giáo Lưu Thị Minh Tâm- giáo viên chủ nhiệm lớp 9A4 niên khóa 2018 – 2022 không ngớt lời khen ngợi.",
     [("Lưu Thị Minh Tâm", "Nhà giáo, giáo viên chủ nhiệm lớp 9A4 niên khóa 2018 – 2022")]),
    ("Ông Nguyễn Văn An, Chủ tịch HĐND tỉnh nhiệm kì 2016 - 2021 phát biểu.", [("Nguyễn Văn An", "Chủ tịch HĐND tỉnh nhiệm kì 2016 - 2021")]),
    # ... and "tới" where he goes, no part of his post.
    ("Hôm 3/4, Madam Pang, Chủ tịch Liên đoàn bóng đá Thái Lan tới Hà Nội dự trận đấu.", [("Madam Pang", "Chủ tịch Liên đoàn bóng đá Thái Lan")]),
    # The post a man is removed from, after the act and his name, is his ...
    ("Thủ tướng đã cách chức ông Nguyễn Văn An khỏi chức vụ Giám đốc Sở Y tế.", [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
    ("UBND tỉnh miễn nhiệm ông Nguyễn Văn An khỏi vị trí Giám đốc Sở Y tế.", [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
    # ... not a place in a ranking.
    ("Ông Nguyễn Văn An bị loại khỏi vị trí số 1 của đội tuyển.", []),
])
def test_posts_and_lists_read_in_session_59(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 59's review: a one-word stage name in a performers' list only where the list goes on to a name,
    # closes on it after "và" or its people speak next (not a band, a sponsor, the next clause's subject) ...
    ("Nơi quản lý các nghệ sĩ Choi Ye Na, Cho Seung Youn, Everglow, diễn viên Lee Do Hyun.",
     [("Choi Ye Na", "nghệ sĩ"), ("Cho Seung Youn", "nghệ sĩ"), ("Lee Do Hyun", "diễn viên")]),
    ("Các ca sĩ Mỹ Tâm, Hồ Ngọc Hà, Vingroup tài trợ.", [("Mỹ Tâm", "ca sĩ"), ("Hồ Ngọc Hà", "ca sĩ")]),
    ("Các ca sĩ Hà Trần, Thanh Lam, Hồng Nhung, Diva làng nhạc Việt.", [("Hà Trần", "ca sĩ"), ("Thanh Lam", "ca sĩ"), ("Hồng Nhung", "ca sĩ")]),
    ("Ca sĩ Quốc Thiên, Đức Phúc, Erik nói hào hứng khi tìm lại cảm xúc tuổi trẻ.",
     [("Quốc Thiên", "Ca sĩ"), ("Đức Phúc", "Ca sĩ"), ("Erik", "Ca sĩ")]),
    ("Ca sĩ Vân Khánh, Thanh Lan, Binz, Karik, Suboi và Wowy dự.",
     [("Vân Khánh", "Ca sĩ"), ("Thanh Lan", "Ca sĩ"), ("Binz", "Ca sĩ"), ("Karik", "Ca sĩ"), ("Suboi", "Ca sĩ"), ("Wowy", "Ca sĩ")]),
    # ... a doctor's ward and hospital before "và" and the next doctor are his; a body before "và" and the posts
    # of many is the next guests' ...
    ("Bác sĩ Lê Thị Dương, Khoa Nội, Bệnh viện 19-8 và Bác sĩ Nguyễn Văn Bình, Khoa Ngoại cho biết.",
     [("Lê Thị Dương", "Bác sĩ, Khoa Nội, Bệnh viện 19-8"), ("Nguyễn Văn Bình", "Bác sĩ, Khoa Ngoại")]),
    ("Dự hội nghị có ông Nguyễn Văn An, Giám đốc Sở Y tế, Bệnh viện Đa khoa tỉnh và Giám đốc các trung tâm y tế huyện.",
     [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
    ("Dự có ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Công an tỉnh và Chủ tịch UBND các huyện.",
     [("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh")]),
    # ... "tới" inside a body's name and "khóa tới" ...
    ("Ông Nguyễn Văn An, Giám đốc Trung tâm Hướng tới cộng đồng cho biết.", [("Nguyễn Văn An", "Giám đốc Trung tâm Hướng tới cộng đồng")]),
    ("Ông Nguyễn Văn An, Trưởng ban vận động tiến tới thành lập Hiệp hội Du lịch tỉnh cho biết.",
     [("Nguyễn Văn An", "Trưởng ban vận động tiến tới thành lập Hiệp hội Du lịch tỉnh")]),
    ("Ông Nguyễn Văn An, Bí thư Tỉnh ủy khóa tới, cho biết.", [("Nguyễn Văn An", "Bí thư Tỉnh ủy khóa tới")]),
    # ... and the steering committee's name ends with the last field it fights, whatever verb follows; the
    # province's committee is named so too.
    ("Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thứ 25.",
     [("Tô Lâm", "Tổng Bí thư, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực")]),
    ("Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực quyết định thành lập đoàn kiểm tra.",
     [("Tô Lâm", "Tổng Bí thư, Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực")]),
    ("Ông Trần Văn Bình, Phó Trưởng Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực phát biểu.",
     [("Trần Văn Bình", "Phó Trưởng Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực")]),
    # (and where "chỉ đạo" is written in lower case)
    ("Ông Trần Văn Bình, Trưởng ban chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 25.",
     [("Trần Văn Bình", "Trưởng ban chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực")]),
    # The variants it named: "vì" and why, whatever words follow; a former post after the age and "là".
    ("Ông Lê Văn An, Trưởng phòng, Sở Y tế vì thành tích xuất sắc được tặng bằng khen.", [("Lê Văn An", "Trưởng phòng, Sở Y tế")]),
    ("Ông Lê Văn An, Trưởng phòng, Sở Y tế vì lý do sức khỏe xin nghỉ.", [("Lê Văn An", "Trưởng phòng, Sở Y tế")]),
    ("Nguyễn Văn An, 45 tuổi, là nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh, bị truy tố.",
     [("Nguyễn Văn An", "nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh")]),
    ("Nguyễn Văn An, 45 tuổi, là cựu Chủ tịch UBND huyện, bị bắt.", [("Nguyễn Văn An", "cựu Chủ tịch UBND huyện")]),
    # ... and the term a post set off after a name is held for, set off by a comma in its turn.
    ("Ông Lâm Thành Đắc, Chủ tịch LHH khoá IV, nhiệm kỳ 2018 - 2023 phát biểu.", [("Lâm Thành Đắc", "Chủ tịch LHH khóa IV, nhiệm kỳ 2018 - 2023")]),
])
def test_counterexamples_of_the_review_of_session_59(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # "Phó" is a family name before the middle name "Thị" (not "Phó Thị trưởng", a deputy mayor) ...
    ("Dự có PGS. TS. Phó Thị Nguyệt Hằng, Viện trưởng Viện Vật lý kỹ thuật; cùng các thầy cô.",
     [("Phó Thị Nguyệt Hằng", "Viện trưởng Viện Vật lý kỹ thuật")]),
    ("Phó Thị trưởng Nguyễn Văn An cho biết.", [("Nguyễn Văn An", "Phó Thị trưởng")]),
    # ... and a body's name in title case that holds "Vật Lý", "Tâm Lý" names no Mr Lý.
    ("Bà Phó Thị Nguyệt Hằng, Viện trưởng Viện Vật Lý Kỹ Thuật cho biết.", [("Phó Thị Nguyệt Hằng", "Viện trưởng Viện Vật Lý Kỹ Thuật")]),
    ("Ông Lê Văn An, Giám đốc Trung tâm Tâm Lý Trị Liệu cho biết.", [("Lê Văn An", "Giám đốc Trung tâm Tâm Lý Trị Liệu")]),
    ("Trưởng khoa Vật lý Lý Văn An cho biết.", [("Lý Văn An", "Trưởng khoa Vật lý")]),
])
def test_names_that_open_like_posts_and_bodies_that_hold_a_family_name(sentence, people):
    assert named(sentence) == people


def test_a_man_and_a_woman_who_share_a_family_name_are_two():
    # "ông Obama" and "bà Michelle Obama": his post is not hers ...
    assert read_paragraphs(
        "Cựu Tổng thống Obama và phu nhân dùng bữa cơm thuần Việt.",
        "Ông Obama và vợ đến TP HCM tối 8/12, trong chuyến công tác của bà Michelle Obama.",
    ) == [("Obama", "Cựu Tổng thống")]
    # ... while a one-word name is still the one longer name's where nothing sets them apart.
    assert read_paragraphs(
        "Tổng thống Mỹ Donald Trump đến Hà Nội.",
        "Ông Trump cho biết hai nước sẽ hợp tác.",
    ) == [("Donald Trump", "Tổng thống Mỹ")]


@pytest.mark.parametrize(("sentence", "people"), [
    # A post's lower-case words stop at a verb, of one word or two, that no body's name holds: what its
    # holder does is no part of the post, and the capitalised word after it is no one named by it.
    ("Các thượng nghị sĩ nhanh chóng rời khỏi Điện Capitol để kịp các chuyến bay.", []),
    ("Hai quan chức Angola muốn Văn Linh canh giữ ngôi nhà.", []),
    ("Nữ diễn viên từng thủ vai Hoài Thatcher trong phim.", []),
    ("Chiến lược gia người Bồ Đào Nha muốn bổ nhiệm Rui Faria làm trợ lý.", [("Rui Faria", "trợ lý")]),
    ("Ngoại trưởng Ba Lan kêu gọi Hồ Văn Nam phá bỏ lệnh cấm.", []),
    ("Các chuyên gia ước tính Nguyễn Văn An đã mất.", []),
    ("Giám đốc Vườn quốc gia kiến nghị Bộ Nông nghiệp Phạm Văn Hùng xem xét.", []),
    ("Bí thư Tỉnh ủy nhắc nhở Trần Văn Bình phải làm tốt.", []),
    # (and a post set off after the name and closed by a comma before "cùng" holds no wish of his)
    ("Đại tướng Tô Lâm, Uỷ viên Bộ Chính trị, Bộ trưởng Bộ Công an mong người dân Đắk Lắk đoàn kết một lòng, cùng với các cấp chính quyền xây dựng.",
     [("Tô Lâm", "Đại tướng, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an")]),
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế chúc các y bác sĩ mạnh khỏe, cùng đoàn công tác đến thăm.", [("Nguyễn Văn An", "Giám đốc Sở Y tế")]),
])
def test_a_verb_no_body_holds_ends_the_post_before_it(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A post set off after a name ends where he says something with a verb that is never a noun ("tiết lộ",
    # "quả quyết", "phân trần"), after a place's name too.
    ("Ông Nguyễn Thành Vinh, HLV trưởng CLB Hoà Phát Hà Nội tiết lộ, buổi tập của đội đã kết thúc sớm.",
     [("Nguyễn Thành Vinh", "HLV trưởng CLB Hòa Phát Hà Nội")]),
    ("Ông Nguyễn Văn An, giám đốc công ty quả quyết, hàng đã giao đủ.", [("Nguyễn Văn An", "giám đốc công ty")]),
    ("Bà Lê Thị Hoa, chủ cửa hàng phân trần, bà không biết.", [("Lê Thị Hoa", "chủ cửa hàng")]),
    # ... and where it says how he feels or speaks ...
    ('Đại tá Hà Đình Hương, Lữ đoàn trưởng dí dỏm: "Chúng tôi luôn sẵn sàng".', [("Hà Đình Hương", "Đại tá, Lữ đoàn trưởng")]),
    ("Bà Võ Thị Hồng, giám đốc Công ty Minh Ngọc khóc, phân trần với phóng viên.", [("Võ Thị Hồng", "giám đốc Công ty Minh Ngọc")]),
    ("Chị Hương, tiểu thương bán rau ở chợ An Dương Vương (phường An Lạc) lo lắng.",
     [("Hương", "tiểu thương bán rau ở chợ An Dương Vương (phường An Lạc)")]),
    ("Ông Nguyễn Hà Thanh, Viện trưởng Viện Huyết học – Truyền máu Trung ương xúc động nhớ lại.",
     [("Nguyễn Hà Thanh", "Viện trưởng Viện Huyết học – Truyền máu Trung ương")]),
    # ... but after a comma, how he feels closes no post: a description is none.
    ("Anh Đặng Văn Néng, người trưởng bản có nụ cười hồn hậu và nước da nâu sạm vì nắng gió, hồ hởi đưa chúng tôi lên nhà.",
     [("Đặng Văn Néng", "trưởng bản")]),
])
def test_a_post_set_off_ends_where_he_reveals_insists_or_is_moved(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A commander or a member of a body's leadership set off after a name as one of several ("một") ...
    ("Mullah Abdul Rauf, một chỉ huy cấp cao của Taliban ngày 22-5 cho biết, Mansour đã chết.",
     [("Abdul Rauf", "chỉ huy cấp cao của Taliban")]),
    ("Jamie Caballero, một thành viên lãnh đạo của SUNTRACS, cũng bị bắt hồi tuần trước.",
     [("Jamie Caballero", "thành viên lãnh đạo của SUNTRACS")]),
    # ... not "chỉ huy" the verb, nor a member of a band.
    ("Sau đó, một chỉ huy lực lượng cứu hộ đến hiện trường.", []),
    ("Anh Nguyễn Văn An, một thành viên nhóm Pink Floyd, cho biết.", []),
])
def test_one_of_several_commanders_or_leaders_set_off_after_a_name(sentence, people):
    assert named(sentence) == people



@pytest.mark.parametrize(("sentence", "people"), [
    # A stage name of two syllables within a sentence, a performer's calling set off after it by a dash ...
    ("Sau cùng, anh mời được Thảo Tâm - diễn viên từng gây chú ý khi đóng cô giáo Hồng trong Mắt biếc.", [("Thảo Tâm", "diễn viên")]),
    ("Chương trình có sự tham gia của Tuấn Hưng - ca sĩ nổi tiếng.", [("Tuấn Hưng", "ca sĩ")]),
    # ... not a place before the calling's own holder, nor a name the calling is followed by.
    ("Đoàn về thăm xã Tân Phú - ca sĩ Mỹ Tâm hát tặng bà con.", [("Mỹ Tâm", "ca sĩ")]),
    ("Đêm nhạc có Mỹ Tâm - ca sĩ Hà Anh Tuấn cũng góp mặt.", [("Hà Anh Tuấn", "ca sĩ")]),
])
def test_a_stage_name_within_a_sentence_takes_the_calling_set_off_after_it(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # Session 60's review: bodies whose capitalised names hold a verb keep it ("Tiền gửi", "Trao đổi", "Quà tặng") ...
    ("Ông Nguyễn Văn Hưng, Tổng Giám đốc Bảo hiểm tiền gửi Việt Nam, cho biết.",
     [("Nguyễn Văn Hưng", "Tổng Giám đốc Bảo hiểm tiền gửi Việt Nam")]),
    ("Ông Trần Văn Mạnh, Giám đốc Trung tâm Trao đổi giáo dục quốc tế, cho biết.",
     [("Trần Văn Mạnh", "Giám đốc Trung tâm Trao đổi giáo dục quốc tế")]),
    ("Ông Lý Văn Hòa, Giám đốc Công ty TNHH Quà tặng Doanh nghiệp Việt, cho biết.",
     [("Lý Văn Hòa", "Giám đốc Công ty TNHH Quà tặng Doanh nghiệp Việt")]),
    # ... and bodies named for their work ("xác định", "từng" of "each") ...
    ("Ông Phạm Văn Hùng, Chủ tịch Hội đồng xác định giá đất cụ thể, cho biết.",
     [("Phạm Văn Hùng", "Chủ tịch Hội đồng xác định giá đất cụ thể")]),
    ("Ông Nguyễn Văn An, Trưởng thôn từng thôn, cho biết.", [("Nguyễn Văn An", "Trưởng thôn từng thôn")]),
    # ... a list of leaders met keeps each one's post ...
    ("Ông Tập Cận Bình đã gặp Vladimir Putin, Thủ tướng Ấn Độ Narendra Modi, và Tổng thống Brazil Lula da Silva.",
     [("Narendra Modi", "Thủ tướng Ấn Độ"), ("Lula da Silva", "Tổng thống Brazil")]),
    # ... and an outlet credited is no commander nor leader.
    ("Theo Al Jazeera, một chỉ huy cấp cao của Houthi thiệt mạng.", []),
    ("Theo Al Arabiya, một thành viên lãnh đạo của Hamas cho biết đàm phán bế tắc.", []),
    # (more ways he feels or speaks after his post)
    ("Ông Nguyễn Văn An, Giám đốc Trung tâm Dịch vụ nông nghiệp huyện ngậm ngùi nhớ lại.",
     [("Nguyễn Văn An", "Giám đốc Trung tâm Dịch vụ nông nghiệp huyện")]),
])
def test_counterexamples_of_the_review_of_session_60(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # What was said "of" a foreigner ("nhận xét của", "đánh giá của", "phân tích của"), his post set off after his name.
    ("DW dẫn nhận xét của Deborah Elms, người đứng đầu chính sách thương mại tại Hinchrich Foundation ở Hong Kong, cho rằng đây là kết quả thú vị.",
     [("Deborah Elms", "người đứng đầu chính sách thương mại tại Hinchrich Foundation ở Hong Kong")]),
    ("Theo đánh giá của John Smith, chuyên gia tại Capital Economics, giá sẽ tăng.", [("John Smith", "chuyên gia tại Capital Economics")]),
    ("Bài phân tích của Ignacio Garcia Bercero, cựu giám đốc bộ phận thương mại của Ủy ban châu Âu, cho thấy điều đó.",
     [("Ignacio Garcia Bercero", "cựu giám đốc bộ phận thương mại của Ủy ban châu Âu")]),
])
def test_what_was_said_of_a_foreigner_keeps_his_post_set_off(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A name of two syllables with no family name opening a sentence, its post set off by a comma and closed by his words ...
    ("Minh Trang, trưởng nhóm dự án chia sẻ: “Chúng mình muốn giữ những nét đẹp nhất”.", [("Minh Trang", "trưởng nhóm dự án")]),
    ("Minh Anh, trưởng ban chuyên môn dự án VietSoul tâm sự: “Đối với mỗi tinh hoa”.",
     [("Minh Anh", "trưởng ban chuyên môn dự án VietSoul")]),
    # ... not a place the vocabulary knows, nor a post his words do not close.
    ("Thanh Hóa, Giám đốc Sở Y tế cho biết.", []),
    ("Minh Trang, trưởng nhóm dự án và các bạn đã làm việc suốt đêm.", []),
])
def test_a_given_name_opening_a_sentence_takes_the_post_set_off_by_a_comma(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # "do ông A", his age or birth year and home set off by commas, then "là"/"làm" and the post he holds ...
    ("Công ty do ông Trần Quang Tỉnh, sinh năm 1974, trú tại TP Hồ Chí Minh là Giám đốc được cấp phép.",
     [("Trần Quang Tỉnh", "Giám đốc")]),
    ("Hồ nước của công ty (do ông Trần Quang Tính, 51 tuổi, ngụ TP.HCM là giám đốc, được UBND huyện cấp phép).",
     [("Trần Quang Tính", "giám đốc")]),
    ("Tàu cá NA 97678 do ông Lê Hồng Nhung, 32 tuổi, trú thị xã Hoàng Mai, tỉnh Nghệ An làm thuyền trưởng đang đánh bắt.",
     [("Lê Hồng Nhung", "thuyền trưởng")]),
    # ... not what he is that no post is.
    ("Vụ việc do ông Nguyễn Văn An, 45 tuổi, trú tại xã Hòa Bình là người phát hiện.", []),
])
def test_a_post_held_after_do_and_his_age_and_home(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A name with no title, then his age or birth year and home in brackets, then his post set off ...
    ("Sáng cùng ngày, Lương Thị Hạnh (SN 1979, trú tại phường Tân Hà, tỉnh Yên Bái), giáo viên Trường THPT Lý Tự Trọng, bị tạm giữ.",
     [("Lương Thị Hạnh", "giáo viên Trường THPT Lý Tự Trọng")]),
    # ... or with no comma after the bracket, a copy's slip (with a title too) ...
    ("Sáng cùng ngày, Lương Thị Hạnh (SN 1979, trú tại phường Tân Hà, tỉnh Yên Bái) giáo viên Trường THPT Lý Tự Trọng bị tạm giữ.",
     [("Lương Thị Hạnh", "giáo viên Trường THPT Lý Tự Trọng")]),
    ("Bà Lương Thị Hạnh (48 tuổi, ngụ xã Tân Hà) giáo viên Trường Tiểu học Tân Hà cho biết.",
     [("Lương Thị Hạnh", "giáo viên Trường Tiểu học Tân Hà")]),
    # ... or a dash; and no post where none follows the bracket, nor a noun that is also a verb.
    ("Phó Giáo sư Đinh Thị Mỹ Hoa (sinh năm 1981) - Phó Viện trưởng Viện Vật lý, là một trong 10 nhà khoa học được vinh danh.",
     [("Đinh Thị Mỹ Hoa", "Phó Viện trưởng Viện Vật lý")]),
    ("Sáng cùng ngày, Lương Thị Hạnh (SN 1979, trú tại phường Tân Hà, tỉnh Yên Bái) bị tạm giữ.", []),
    ("Ông Lương Văn Hạnh (SN 1979, trú tại xã Tân Hà) đại diện gia đình cho biết.", []),
])
def test_a_post_after_an_age_and_home_in_brackets(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A post, then a foreign name set off by a comma, "von", "de", "der" within the name ...
    ("Chủ tịch Ủy ban châu Âu, Ursula von der Leyen, đã ban bố lệnh trừng phạt mới.",
     [("Ursula von der Leyen", "Chủ tịch Ủy ban châu Âu")]),
    ("Chủ tịch Hiệp hội Ô tô Pháp, Pierre de Villiers đánh giá thị trường còn khó khăn.",
     [("Pierre de Villiers", "Chủ tịch Hiệp hội Ô tô Pháp")]),
    # ... not a particle with no name after it.
    ("Chủ tịch Ủy ban châu Âu, Ursula de la nhà, đã ban bố.", []),
])
def test_a_foreign_name_set_off_after_a_post_keeps_its_particles(sentence, people):
    assert named(sentence) == people


@pytest.mark.parametrize(("sentence", "people"), [
    # A full name, then a calling no vocabulary holds set off by two dashes, then what he does ...
    ("Đặng Anh Kiệt - đại diện nhóm nghiên cứu nhạc Trịnh của Đại học Fulbright Việt Nam - thể hiện Ru em.",
     [("Đặng Anh Kiệt", "đại diện nhóm nghiên cứu nhạc Trịnh của Đại học Fulbright Việt Nam")]),
    ("Theo đó, Lê Văn Cường - tác giả cuốn sách - đánh giá cao dự án.", [("Lê Văn Cường", "tác giả cuốn sách")]),
    ("Sau khi ông Đặng Hoàng Giang - một tác giả lâu năm của Nhã Nam - chấm dứt hợp tác, sách bị tẩy chay.",
     [("Đặng Hoàng Giang", "tác giả lâu năm của Nhã Nam")]),
    # ... not his kin, his home, what he did, a visitor or a student, nor an address for the next one ...
    ("Ông Nguyễn Văn Hải - vợ ông Lê Văn Tám - cho biết.", []),
    ("Anh Lê Minh Thắng - du khách từ Gia Lai - chia sẻ niềm vui.", []),
    ("Ông Trần Thông Minh - sống tại khu tái định cư hơn 6 năm - cho biết nước ngập.", []),
    ("Bà Phạm Thị Phương Mai - được tuyên dương tại hội nghị - phát biểu.", []),
    # ... nor a street of a route, nor one of a list of names and parts.
    ("Tuyến đi qua đường Tôn Đức Thắng - Nguyễn Hữu Cảnh - Võ Văn Kiệt - cầu Calmette - đường Hoàng Diệu.", []),
    ("Nhóm gồm: Đinh Tuấn Khanh - hát chính, Trần Ngọc Tùng - guitarist, Phan Anh Tuấn - bass, Cao Minh Trung - trống.", []),
])
def test_a_calling_set_off_by_two_dashes_after_a_full_name(sentence, people):
    assert named(sentence) == people


def test_a_name_the_text_calls_a_place_somewhere_is_no_one_to_review_anywhere():
    from generator.ingest.people import unplaced_names

    def unplaced(text: str) -> list[str]:
        return unplaced_names([(normalise(text), False)], [])

    # "huyện Lâm Hà" once: "Tại Lâm Hà" is the district too, not a Mr Lâm to look for ...
    listed = unplaced("Đỗ Văn Minh (trú huyện Lâm Hà) bị bắt. Tại Lâm Hà, Lò Văn Sáng đến thăm.")
    assert "Lâm Hà" not in listed and {"Đỗ Văn Minh", "Lò Văn Sáng"} <= set(listed)
    assert "Lâm Hà" in unplaced("Tại Lâm Hà, Lò Văn Sáng đến thăm.")  # (nothing says it is a place)
    # ... but a commune named after a hero in full leaves the hero to review.
    assert "Bế Văn Đàn" in unplaced("Về xã Bế Văn Đàn, nơi đồng chí Bế Văn Đàn sinh ra.")
