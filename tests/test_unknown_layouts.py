"""Saved pages whose class names tell ingest nothing (a site it has never seen, or one whose
build tools hash its class names): the article is read from what any page has, its tags,
meta and JSON-LD, its images' alt texts and labels such as "Tác giả:". Forms taken from
the reading corpus (`bench/reading.py --unknown-classes`), text shortened; each page a real
file in a temp folder."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest import read_raw_article

HEADLINE = "Phục hồi điều tra vụ tai nạn giao thông khiến nữ sinh tử vong"
SAPO = ("Sau hơn một năm tạm đình chỉ, Cơ quan CSĐT Công an tỉnh Vĩnh Long đã phục hồi điều tra vụ tai nạn "
        "giao thông khiến một nữ sinh tử vong.")
STORY = [
    "Ngày 19/7, bà Nguyễn Thị Hiền, mẹ của nữ sinh, cho biết gia đình vừa nhận được thông báo về việc phục hồi "
    "điều tra vụ án của Cơ quan Cảnh sát điều tra Công an tỉnh Vĩnh Long.",
    "Vụ tai nạn xảy ra tại Km8, Tỉnh lộ 901, khi xe tải do tài xế Nguyễn Văn Trung điều khiển va chạm với xe đạp "
    "điện của nữ sinh đang trên đường đi học về nhà.",
    "Theo gia đình, quá trình điều tra ban đầu còn nhiều điểm chưa rõ nên họ đã gửi đơn đề nghị xem xét lại toàn "
    "bộ vụ việc và các tình tiết liên quan.",
]


def page(body: str, head: str = "") -> str:
    return f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}</head><body>{body}</body></html>'


def story(paragraphs=STORY) -> str:
    return '<div class="k51ac09">' + "".join(f'<p class="k0b1c2d">{text}</p>' for text in paragraphs) + "</div>"


def read(tmp_path, html: str, name: str = "a.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return read_raw_article(path)


def test_the_story_in_no_article_element_is_read_over_the_teasers_that_are(tmp_path):
    # VOV's text stands in <div>s and the related stories' teasers in "<article class="story">":
    # with names that say nothing, the one <article> holding little of the page's prose is a teaser.
    teasers = "".join(
        f'<article class="k7f3e21"><h3><a href="/tin-{n}.html">Tin liên quan số {n}</a></h3>'
        f'<p>VOV.VN - Tóm tắt của một bài khác số {n}, ở một tỉnh khác.</p></article>'
        for n in range(3))
    article = read(tmp_path, page(f"<h1>{HEADLINE}</h1>{story()}<div>{teasers}</div>"))
    assert STORY[0] in article.body and STORY[2] in article.body
    assert "Tóm tắt của một bài khác" not in article.body


def test_the_lead_is_the_element_that_prints_the_page_s_description(tmp_path):
    # No element says it is the sapo and it does not stand right above the text: it prints what
    # the head's description says, and its date is the event's.
    sapo = SAPO.replace("Sau hơn", "Sáng 18/7, sau hơn")
    head = f'<meta name="description" content="{sapo}"><meta property="article:published_time" content="2026-07-20T08:00:00+07:00">'
    body = f'<h1>{HEADLINE}</h1><div class="k11aa22">{sapo}</div><div class="k33bb44"><span>Đàm Đệ</span></div>{story()}'
    article = read(tmp_path, page(body, head))
    assert article.body.startswith("Sáng 18/7, sau hơn một năm tạm đình chỉ")
    assert article.date == dt.date(2026, 7, 18)


@pytest.mark.parametrize("author", [
    '<p class="k9e8d7c" data-role="author">Minh Chiến </p>',
    '<div itemprop="author" itemscope><span itemprop="name">Minh Chiến</span></div>',
    '<a class="k1f2e3d" rel="author" href="/nguoi-viet/42">Minh Chiến</a>',
])
def test_an_author_s_element_named_by_its_role_attribute(tmp_path, author):
    article = read(tmp_path, page(f'<h1>{HEADLINE}</h1><div class="k0c0c0c">{author}</div>{story()}'))
    assert article.byline == "Minh Chiến"


def test_an_avatar_s_initial_is_no_part_of_the_author_s_name(tmp_path):
    # VnEconomy: "<span class="author-credit__avatar">H</span> <span>Hà Anh</span>" in the author's element.
    avatar = '<div class="k2a2a2a" data-field="author"><span class="k3b3b3b">H</span> <span class="k4c4c4c">Hà Anh </span></div>'
    assert read(tmp_path, page(f"<h1>{HEADLINE}</h1>{avatar}{story()}")).byline == "Hà Anh"
    # (initials are a name of their own: "N N")
    initials = '<div class="k2a2a2a" data-field="author"><span class="k4c4c4c">N N</span></div>'
    assert read(tmp_path, page(f"<h1>{HEADLINE}</h1>{initials}{story()}"), "b.html").byline == "N N"


def test_the_head_s_author_written_with_entities_or_a_trailing_dash(tmp_path):
    # Hà Nội Mới's JSON-LD writes its words with HTML's entities; VnEconomy's meta tag ends in " - ".
    json_ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
               '"headline": "Phục hồi điều tra", "author": {"@type": "Person", "name": "Thanh B&#236;nh"}}</script>')
    assert read(tmp_path, page(f"<h1>{HEADLINE}</h1>{story()}", json_ld)).byline == "Thanh Bình"
    meta = '<meta name="author" content="B&#236;nh Minh - ">'
    assert read(tmp_path, page(f"<h1>{HEADLINE}</h1>{story()}", meta), "b.html").byline == "Bình Minh"


@pytest.mark.parametrize("signature, byline", [
    ('<div class="k5d5d5d"><span><i class="k6e6e6e"></i> <b>Tác giả:</b></span> Bùi Quý Khiêm </div>', "Bùi Quý Khiêm"),
    ('<p style="text-align:right"><em>Tin, ảnh</em>: <strong>Vũ Phương Thảo</strong></p>', "Vũ Phương Thảo"),
])
def test_a_label_says_whose_the_text_is(tmp_path, signature, byline):
    # Under the text, past a rule and other boxes (rating stars), where no class says "author".
    rest = '<div class="k7f7f7f"><p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><p>Click để đánh giá bài viết</p></div>'
    article = read(tmp_path, page(f"<h1>{HEADLINE}</h1>{story()}<hr><div class='k8a8a8a'>{signature}</div>{rest}"))
    assert article.byline == byline


def test_the_text_under_an_image_that_says_what_its_alt_says_is_its_caption(tmp_path):
    # Báo Mới: the image in a <button> (which goes with the page's noise), the caption a
    # paragraph of no telling class; its date is the photo's, not the event's.
    caption = "Người dân sơ tán tránh xung đột biên giới tại tỉnh Oddar Meanchey, ngày 25/7/2025. (Ảnh: THX/TTXVN)"
    head = '<meta property="article:published_time" content="2025-10-23T20:00:00+07:00">'
    body = (f'<h1>Hai nước lạc quan về việc ký hiệp định</h1><div class="k1a1a1a">'
            f'<p class="k2b">Phó Thủ tướng cho biết hai nước nhất trí sẽ ký hiệp định giải quyết tranh chấp biên giới trong thời gian tới.</p>'
            f'<div class="k3c"><button class="k4d"><picture><img src="data:," alt="{caption}"></picture></button></div>'
            f'<p class="k2b"><em>{caption}</em></p>'
            f'<p class="k2b">Ngày 23/10, cuộc họp đặc biệt lần thứ hai của Ủy ban Biên giới chung hai nước đã diễn ra tại thủ đô.</p>'
            f'<p class="k2b">Hai bên nhất trí rằng cuộc họp tiếp theo sẽ được tổ chức sớm để hoàn tất các nội dung còn lại.</p></div>')
    article = read(tmp_path, page(body, head))
    assert article.date == dt.date(2025, 10, 23)
    assert f"<figcaption>{caption}</figcaption>" in article.body


def test_a_form_that_holds_the_article_stays_whatever_its_names(tmp_path):
    # A VNPT portal (ASP.NET) wraps the whole page in one <form>, its text in two <p> of a
    # "ArticleContent" box; with names that say nothing, the prose says it is no search box.
    body = (f'<form method="post" id="k0f0f0f"><div class="k1"><input type="text" name="q"></div>'
            f'<div class="k2">07/06/2021 11:04:00</div><div class="k3">{HEADLINE}</div>'
            f'<div class="k4"><p>{STORY[0]}</p><p>{STORY[1]}</p></div></form>')
    article = read(tmp_path, page(body))
    assert STORY[0] in article.body and STORY[1] in article.body


def test_the_date_line_over_the_element_that_prints_the_title(tmp_path):
    # A VNPT portal: its headline a <div> ("ArticleHeader"), the page's date line one above it ("PostDate").
    body = (f'<div class="k1"><a href="/">Trang chủ</a></div><div class="k2">07/06/2021 11:04:00 </div>'
            f'<div class="k3"> {HEADLINE} </div><div class="k4"><p>{STORY[0]}</p><p>{STORY[1]}</p></div>')
    article = read(tmp_path, page(body))
    assert (article.title, article.page_date) == (HEADLINE, dt.date(2021, 6, 7))


COMMENTS = "".join(f'<li class="comment-item"><p>Bạn đọc số {n} viết: tôi đồng ý với ý kiến của bài báo này, mong các cơ quan chức '
                   f'năng sớm vào cuộc giải quyết dứt điểm vụ việc.</p></li>' for n in range(12))


@pytest.mark.parametrize("case", ["comments", "book", "head_link", "headline_described", "caption_opens_a_paragraph", "kicker_below"])
def test_what_the_fallbacks_leave_to_an_ordinary_page(tmp_path, case):
    # A review's counterexamples: the fallbacks for class names that say nothing must not undo
    # what a page's own names, head and text already say.
    if case == "comments":
        # Readers' comments below an <article> are no prose of the page's own.
        page_ = page(f'<div class="sidebar-1"><article class="fck_detail"><h1>{HEADLINE}</h1>{story(STORY[:2])}</article></div>'
                     f'<ol class="comment-list">{COMMENTS}</ol>')
        article = read(tmp_path, page_)
        assert STORY[0] in article.body and "Bạn đọc số" not in article.body
    elif case == "book":
        # "Tác giả:" in the body's text is a book's; the head names the page's author.
        review = [f"<p><b>Tác giả:</b> Nguyễn Nhật Ánh</p>", *(f"<p>{text}</p>" for text in STORY)]
        head = '<meta name="author" content="Thu Hà">'
        article = read(tmp_path, page(f'<h1>{HEADLINE}</h1><div class="k9">{"".join(review)}</div>', head))
        assert article.byline == "Thu Hà"
    elif case == "head_link":
        # The head's "<link rel="author">" names no one; the author's element does.
        head = '<link rel="author" href="https://plus.google.com/123">'
        article = read(tmp_path, page(f'<article><h1>{HEADLINE}</h1>{story()}</article><div class="author">Minh Chiến</div>', head))
        assert article.byline == "Minh Chiến"
    elif case == "headline_described":
        # A description that repeats the headline prints no sapo: the headline is not read again as the lead.
        long_headline = "Phục hồi điều tra vụ tai nạn giao thông khiến nữ sinh lớp mười hai ở Vĩnh Long tử vong"
        head = f'<meta name="description" content="{long_headline}">'
        article = read(tmp_path, page(f'<h1><span>{long_headline}</span></h1>{story()}', head).replace(HEADLINE, long_headline))
        assert article.body.startswith(STORY[0])
    elif case == "caption_opens_a_paragraph":
        # A caption under its image opens a paragraph of text: the text stays the text's.
        alt = "Cơ quan CSĐT Công an tỉnh Vĩnh Long làm việc với gia đình nữ sinh"
        body = f'<h1>{HEADLINE}</h1><div class="k1"><p><img src="a.jpg" alt="{alt}"><br><i>{alt}</i><br>{STORY[0]}<br>{STORY[1]}</p></div>'
        article = read(tmp_path, page(body))
        assert STORY[0] in article.body and f"<figcaption>{alt}" not in article.body
    else:
        # A sub-section's link of a kicker's class above the headline does not hide the kicker below it.
        body = (f'<div class="top-cate-head-subcate"><a href="/vn/thoi-su/">Thời sự</a></div>'
                f'<p class="kicker">Vụ nữ sinh tử vong ở Vĩnh Long</p><h1>{HEADLINE}</h1>{story()}')
        assert read(tmp_path, page(body)).kicker == "Vụ nữ sinh tử vong ở Vĩnh Long"


@pytest.mark.parametrize("label", ["Logo nhà xuất bản", "Logo nh&agrave; xuất bản", "Publisher logo"])
def test_an_aggregators_publisher_logo_names_the_source_whatever_its_classes(tmp_path, label):
    # Báo Mới's meta row under the headline: a link round a logo labelled as the publisher's,
    # titled with the outlet it copies. Its classes say nothing; the label does.
    meta_row = (f'<div class="x1"><a href="/bao-phap-luat-p114.epi" class="x2" title="Báo Pháp Luật TP.HCM">'
                f'<figure class="x3" aria-label="{label}"><img src="logo.png" alt="Báo Pháp Luật TP.HCM"></figure></a>'
                '<time datetime="2025-10-26T01:05:44.000Z">14 giờ trước</time></div>')
    article = read(tmp_path, page(f"<h1>{HEADLINE}</h1>{meta_row}{story()}"))
    assert article.source == "Báo Pháp Luật TP.HCM"
    assert STORY[0] in article.body


def test_a_logo_labelled_otherwise_credits_no_one(tmp_path):
    meta_row = ('<div class="x1"><a href="/" class="x2" title="Báo Pháp Luật TP.HCM">'
                '<figure class="x3" aria-label="Logo trang chủ"><img src="logo.png" alt="Báo Pháp Luật TP.HCM"></figure></a></div>')
    assert read(tmp_path, page(f"<h1>{HEADLINE}</h1>{meta_row}{story()}")).source is None
    # Nor a book's publisher named in a label, nor another story's logo above the headline.
    book = '<div class="x9"><a href="/nxb-tre" aria-label="Nhà xuất bản Trẻ">NXB Trẻ</a></div>'
    assert read(tmp_path, page(f"<h1>{HEADLINE}</h1>{book}{story()}"), "b.html").source is None
    card = ('<div class="x8"><a href="/tt" title="Báo Tuổi Trẻ"><figure aria-label="Logo nhà xuất bản">'
            '<img src="tt.png" alt="Báo Tuổi Trẻ"></figure></a><a href="/k">Tin khác của ngày</a></div>')
    assert read(tmp_path, page(f"{card}<h1>{HEADLINE}</h1>{story()}"), "c.html").source is None
