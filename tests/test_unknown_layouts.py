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
