"""`biennien build` through the real CLI: structure, links, determinism, atomicity,
sanitising, collisions and the exact front matter error messages."""

from __future__ import annotations

import shutil

import pytest

from support import FIXTURES, ROOT, run_cli, write_files
from sitecheck import broken_links, soup_of, tree_bytes

SAMPLE_ARTICLES = ROOT / "content" / "articles"
ORDER = [  # the sample events in time order (expected.yaml)
    "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Lạng Sơn",
    "Tập trung khắc phục điểm yếu trong chỉ đạo, điều hành",
    "Quyết tâm hoàn thành các nhiệm vụ, mục tiêu ở mức cao nhất",
    "Ban Chấp hành Đảng bộ tỉnh tổ chức kỳ họp lần thứ 18 nhằm tổng kết công tác năm 2019",
    "Lạng Sơn: Đại hội Đảng bộ tỉnh là sự tin tưởng, kỳ vọng của cán bộ, đảng viên cùng quần chúng nhân dân",
]


def article(title="Sự kiện", date="2019-10-04", participants="", extra="", body="Nội dung bài."):
    return f"---\ntitle: {title}\ndate: {date}\n{participants}{extra}---\n\n{body}\n"


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    work = tmp_path_factory.mktemp("sample")
    result = run_cli("build", "--content", str(SAMPLE_ARTICLES), "--out", "site", cwd=work, check=True)
    return work / "site", result


def test_the_sample_timeline_in_order(sample_site):
    site, result = sample_site
    home = soup_of(site / "index.html")
    titles = [a.get_text() for a in home.select(".timeline .event-title a")]
    assert titles == ORDER
    assert [h.get_text() for h in home.select(".timeline h3")] == [
        "Tháng 10 năm 2017", "Tháng 1 năm 2019", "Tháng 10 năm 2019", "Tháng 12 năm 2019", "Tháng 9 năm 2020",
    ]
    assert [a.get_text(" ", strip=True) for a in home.select("nav.years a")] == ["2017 (1)", "2019 (3)", "2020 (1)"]
    assert len(list((site / "su-kien").glob("*/index.html"))) == 5
    assert "5 event" in result.stdout and "5 person" in result.stdout


def test_the_chart_links_each_month_with_events(sample_site):
    site, _ = sample_site
    bars = soup_of(site / "index.html").select("figure.chart svg a")
    assert [a["href"] for a in bars] == [
        "nam/2017/index.html#thang-10", "nam/2019/index.html#thang-1", "nam/2019/index.html#thang-10",
        "nam/2019/index.html#thang-12", "nam/2020/index.html#thang-9",
    ]


def test_five_people_with_the_roles_of_each_day(sample_site):
    site, _ = sample_site
    index = soup_of(site / "nguoi" / "index.html")
    names = [a.get_text() for a in index.select("table.people-index tbody th a")]
    # By given name: Khoa, Nghiệm, Thanh (Lâm Thị Phương), Thanh (Trần Sỹ), Thưởng.
    assert names == ["Tô Hùng Khoa", "Hoàng Văn Nghiệm", "Lâm Thị Phương Thanh", "Trần Sỹ Thanh", "Phạm Ngọc Thưởng"]
    assert [(a.get_text(), a["href"]) for a in index.select("nav.letters a")] == [("K", "#chu-k"), ("N", "#chu-n"), ("T", "#chu-t")]
    thanh = soup_of(site / "nguoi" / "lam-thi-phuong-thanh" / "index.html")
    roles = [[c.get_text() for c in row.find_all(["th", "td"])] for row in thanh.select("table.roles tbody tr")]
    assert roles == [
        ["Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", "05/01/2019", "04/12/2019", "3"],
        ["Bí thư Tỉnh ủy", "25/09/2020", "25/09/2020", "1"],
    ]
    assert len(thanh.select(".person-events .event")) == 4
    companions = [a.get_text() for a in thanh.select(".companions a")]
    assert companions[0] == "Phạm Ngọc Thưởng"
    tran = soup_of(site / "nguoi" / "tran-sy-thanh" / "index.html")
    assert tran.select_one(".person-events .role").get_text() == (
        "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh")


def test_event_page_shows_everything(sample_site):
    site, _ = sample_site
    page = soup_of(site / "su-kien" / "2019-10-04-quyet-tam-hoan-thanh-cac-nhiem-vu-muc-tieu-o-muc-cao-nhat" / "index.html")
    assert page.html["lang"] == "vi"
    assert page.h1.get_text() == "Quyết tâm hoàn thành các nhiệm vụ, mục tiêu ở mức cao nhất"
    assert page.select_one(".kicker").get_text() == "Hội nghị Ban Chấp hành Đảng bộ tỉnh, lần thứ 17 (mở rộng)"
    meta = [d.get_text() for d in page.select(".meta dd")]
    assert meta == ["Thứ sáu, 4/10/2019", "23/02/2020", "Trí Dũng", "Báo Lạng Sơn"]
    people = page.select(".people-box li")
    assert [li.a["href"] for li in people] == [
        "../../nguoi/lam-thi-phuong-thanh/index.html", "../../nguoi/hoang-van-nghiem/index.html",
        "../../nguoi/pham-ngoc-thuong/index.html",
    ]
    assert [f.get_text() for f in page.select(".body figure figcaption")] == [
        "Đồng chí Lâm Thị Phương Thanh, Bí thư Tỉnh ủy phát biểu tại hội nghị", "Các đại biểu dự hội nghị",
    ]
    assert page.select_one("a[rel=prev]")["href"].startswith("../../su-kien/2019-01-05-")
    assert page.select_one("a[rel=next]")["href"].startswith("../../su-kien/2019-12-04-")
    assert page.select_one("a.skip-link")["href"] == "#noi-dung"
    assert page.find("main", id="noi-dung")


def test_every_internal_link_and_asset_resolves(sample_site):
    site, _ = sample_site
    assert broken_links(site) == []


def test_no_feed_without_base_url_and_feed_with_it(tmp_path, sample_site):
    _, result = sample_site
    assert "note: no base_url in site.yaml: feed.xml and sitemap.xml skipped" in result.stderr
    write_files(tmp_path, {"site.yaml": "title: Biên niên Lạng Sơn\nbase_url: https://example.org/archive\n"})
    run_cli("build", "--content", str(SAMPLE_ARTICLES), cwd=tmp_path, check=True)
    feed = (tmp_path / "site" / "feed.xml").read_text(encoding="utf-8")
    assert "<title>Biên niên Lạng Sơn</title>" in feed
    assert feed.count("<entry>") == 5
    assert "<updated>2020-09-25T00:00:00Z</updated>" in feed
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/archive/index.html</loc>" in sitemap
    assert "404.html" not in sitemap


def test_two_builds_are_byte_identical(tmp_path):
    for name in ("one", "two"):
        run_cli("build", "--content", str(SAMPLE_ARTICLES), "--out", name, cwd=tmp_path, check=True)
    one, two = tree_bytes(tmp_path / "one"), tree_bytes(tmp_path / "two")
    assert one == two and len(one) > 15


def test_a_failed_build_leaves_the_previous_site(tmp_path):
    shutil.copytree(SAMPLE_ARTICLES, tmp_path / "content" / "articles")
    run_cli("build", cwd=tmp_path, check=True)
    before = tree_bytes(tmp_path / "site")
    write_files(tmp_path, {"content/articles/2021/bad.md": article(date="2021-02-30")})
    failed = run_cli("build", "--strict", cwd=tmp_path)
    assert failed.returncode == 1
    assert tree_bytes(tmp_path / "site") == before
    # A template that breaks mid-render also leaves the old site, and says where.
    write_files(tmp_path, {"templates/person.html": "{% extends 'base.html' %}\n{% block content %}\n<p>{{ person.nope() }}</p>\n{% endblock %}"})
    (tmp_path / "content/articles/2021/bad.md").unlink()
    broken = run_cli("build", cwd=tmp_path)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    assert "error: templates/person.html:3: could not render nguoi/" in broken.stderr
    assert tree_bytes(tmp_path / "site") == before
    assert not list(tmp_path.glob(".site.building-*")) + list(tmp_path.glob(".site.old-*")), "no temporary folder left behind"


def test_pages_no_longer_produced_are_removed_by_a_successful_build(tmp_path):
    shutil.copytree(SAMPLE_ARTICLES, tmp_path / "content" / "articles")
    run_cli("build", cwd=tmp_path, check=True)
    (tmp_path / "site" / "stray.html").write_text("old")
    gone = next((tmp_path / "content" / "articles" / "2017").glob("*.md"))
    gone.unlink()
    run_cli("build", cwd=tmp_path, check=True)
    assert not (tmp_path / "site" / "stray.html").exists()
    assert not (tmp_path / "site" / "su-kien" / gone.stem).exists()
    assert not (tmp_path / "site" / "nguoi" / "to-hung-khoa").exists()


def test_hostile_article_comes_out_inert(tmp_path):
    write_files(tmp_path, {"content/articles/2020/x.md": article(
        title="'\"><script>alert(1)</script>'",
        participants='participants:\n- {name: "<img src=x onerror=alert(2)>", role: "<b onclick=alert(3)>Chủ tịch</b>"}\n',
        extra="kicker: '<svg onload=alert(4)>'\nbyline: '</title><script>alert(5)</script>'\n",
        body=(
            "<script>alert(6)</script>\n\n<img src=x onerror=alert(7)>\n\n[bấm](javascript:alert(8))\n\n"
            '<a href="JaVaScRiPt:alert(9)">x</a> <iframe src="https://evil.example"></iframe>\n\n'
            "<style>body{display:none}</style>\n\n<p style=\"background:url(javascript:alert(10))\">y</p>"
        ),
    )})
    run_cli("build", cwd=tmp_path, check=True)
    for page in (tmp_path / "site").rglob("*.html"):
        soup = soup_of(page)
        scripts = [s for s in soup.find_all("script") if not s.get("src", "").endswith(".js")]
        assert scripts == [], page
        for tag in soup.find_all(True):
            assert not any(attr.lower().startswith("on") for attr in tag.attrs), (page, tag)
            for attr in ("href", "src", "action", "style"):
                assert "javascript" not in str(tag.get(attr, "")).lower(), (page, tag)
        assert not soup.find(["iframe", "style", "svg"]) or soup.find("svg", recursive=True).find_parent("figure", class_="chart")
    event = next((tmp_path / "site" / "su-kien").glob("*/index.html"))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in event.read_text(encoding="utf-8")
    assert soup_of(event).h1.get_text() == '"><script>alert(1)</script>'


def test_colliding_slugs_get_distinct_paths(tmp_path):
    people = 'participants:\n- {name: Nguyễn Thị Thủy, role: Giám đốc Sở Y tế}\n- {name: Nguyễn Thị Thúy, role: Phó Giám đốc Sở Y tế}\n'
    write_files(tmp_path, {
        "content/articles/a/2019-10-04-hoi-nghi.md": article(title="Hội nghị A", participants=people),
        "content/articles/b/2019-10-04-hoi-nghi.md": article(title="Hội nghị B"),
        "content/articles/c/2019-10-04-Hội-nghị.md": article(title="Hội nghị C"),
    })
    run_cli("build", cwd=tmp_path, check=True)
    site = tmp_path / "site"
    events = sorted(p.parent.name for p in (site / "su-kien").glob("*/index.html"))
    assert events == ["2019-10-04-hoi-nghi", "2019-10-04-hoi-nghi-2", "2019-10-04-hoi-nghi-3"]
    titles = sorted(soup_of(site / "su-kien" / e / "index.html").h1.get_text() for e in events)
    assert titles == ["Hội nghị A", "Hội nghị B", "Hội nghị C"]
    thuy = soup_of(site / "nguoi" / "nguyen-thi-thuy" / "index.html").h1.get_text()
    thuy2 = soup_of(site / "nguoi" / "nguyen-thi-thuy-2" / "index.html").h1.get_text()
    assert {thuy, thuy2} == {"Nguyễn Thị Thủy", "Nguyễn Thị Thúy"}
    assert broken_links(site) == []


def test_front_matter_problems_all_at_once_word_for_word(tmp_path):
    write_files(tmp_path, {
        "content/articles/good.md": article(title="Bài tốt"),
        "content/articles/bad_date.md": "---\ntitle: Bài một\ndate: 2019-13-45\n---\nx\n",
        "content/articles/no_title.md": "---\ndate: 2019-10-04\nbyline: A\n---\nx\n",
        "content/articles/people.md": "---\ntitle: Bài ba\ndate: 2019-10-04\nparticipants: Lâm Thị Phương Thanh\ncolour: red\n---\nx\n",
        "content/articles/yaml.md": "---\ntitle: Bài bốn\ndate: [2019\n---\nx\n",
        "content/articles/bare.md": "Chỉ có chữ, không có front matter.\n",
        "content/articles/nodate.md": "---\ntitle: Bài năm\nreview: [date]\n---\nx\n",
    })
    lenient = run_cli("build", cwd=tmp_path)
    assert lenient.returncode == 0
    warnings = [line for line in lenient.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        "warning: content/articles/bad_date.md:3: date: '2019-13-45' is not a date; write it as YYYY-MM-DD",
        "warning: content/articles/bare.md:1: no front matter: the file must start with a line '---', then YAML, then '---'",
        "warning: content/articles/no_title.md:1: title: missing; every article needs a headline",
        "warning: content/articles/nodate.md:1: date: missing; set the day the event happened as YYYY-MM-DD",
        "warning: content/articles/people.md:5: colour: unknown field; the fields are: title, title_derived, kicker, date, page_date, byline, source, participants, review, source_file, source_sha256, ingest_sha256",
        "warning: content/articles/people.md:4: participants: must be a list of entries with a name and a role",
        "warning: content/articles/yaml.md:4: front matter is not valid YAML: did not find expected ',' or ']'",
    ]
    assert "note: skipped content/articles/bad_date.md: fix the problems above, then build again" in lenient.stderr
    assert len(list((tmp_path / "site" / "su-kien").glob("*/index.html"))) == 1

    strict = run_cli("build", "--strict", cwd=tmp_path)
    assert strict.returncode == 1
    assert strict.stderr.splitlines()[-1] == (
        "error: build failed (--strict): 6 article(s) with problems; site was left as it was")
    assert "error: content/articles/bad_date.md:3: date: '2019-13-45' is not a date; write it as YYYY-MM-DD" in strict.stderr


def test_site_yaml_is_validated(tmp_path):
    write_files(tmp_path, {
        "content/articles/a.md": article(),
        "site.yaml": "title: X\nitems_per_page: zero\nbase_url: example.org\ncolor: red\n",
    })
    result = run_cli("build", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: site.yaml:2: items_per_page: must be a whole number of at least 1",
        "error: site.yaml:3: base_url: 'example.org' is not an absolute http(s) URL such as 'https://example.org/archive/'",
        "error: site.yaml:4: color: unknown setting; the settings are: title, description, language, base_url, items_per_page, feed_items, author",
    ]
    assert not (tmp_path / "site").exists()


def test_templates_and_assets_can_be_overridden(tmp_path):
    write_files(tmp_path, {
        "content/articles/a.md": article(title="Sự kiện riêng"),
        "templates/event.html": "{% extends 'base.html' %}{% block content %}<p class='mine'>{{ event.article.title }}</p>{% endblock %}",
        "assets/style.css": "body { color: teal; }",
    })
    run_cli("build", cwd=tmp_path, check=True)
    event = next((tmp_path / "site" / "su-kien").glob("*/index.html"))
    assert soup_of(event).select_one("p.mine").get_text() == "Sự kiện riêng"
    assert (tmp_path / "site" / "assets" / "style.css").read_text() == "body { color: teal; }"
    assert (tmp_path / "site" / "assets" / "favicon.svg").exists(), "the other built-in assets stay"


def test_dates_are_calendar_dates_even_in_the_future(tmp_path):
    write_files(tmp_path, {
        "content/articles/a.md": article(title="Sự kiện tương lai", date="2099-12-31"),
        "content/articles/b.md": article(title="Giờ địa phương", date="'2019-10-04T00:30:00+07:00'"),
    })
    run_cli("build", cwd=tmp_path, check=True, env={"TZ": "America/Los_Angeles"})
    home = soup_of(tmp_path / "site" / "index.html")
    dates = [t["datetime"] for t in home.select(".timeline time")]
    assert dates == ["2019-10-04", "2099-12-31"]


def test_the_home_page_is_bounded_and_every_year_has_a_page(tmp_path):
    files = {f"content/articles/{y}-{i}.md": article(title=f"Sự kiện {y} số {i}", date=f"{y}-0{1 + i}-01") for y in range(2015, 2020) for i in range(3)}
    files["site.yaml"] = "items_per_page: 7\n"
    write_files(tmp_path, files)
    run_cli("build", cwd=tmp_path, check=True)
    home = soup_of(tmp_path / "site" / "index.html")
    assert len(home.select(".timeline .event")) == 7  # the newest seven: 2019, 2018 and one of 2017
    assert [t["datetime"] for t in home.select(".timeline time")][0] == "2017-03-01"
    assert [a.get_text() for a in home.select(".older a")] == ["2015", "2016", "2017"]
    assert len(soup_of(tmp_path / "site" / "nam" / "2015" / "index.html").select(".timeline .event")) == 3
    assert broken_links(tmp_path / "site") == []


def test_genre_fixtures_build_into_one_person_index(tmp_path):
    run_cli("ingest", str(FIXTURES / "genre"), "--out", "content/articles", cwd=tmp_path)
    result = run_cli("build", cwd=tmp_path, check=True)
    index = soup_of(tmp_path / "site" / "nguoi" / "index.html")
    names = [a.get_text() for a in index.select("table.people-index tbody th a")]
    assert len(names) == len(set(names))
    assert {"Nguyễn Thị Thủy", "Nguyễn Thị Thúy", "Trần Văn Hùng", "Lê Văn Hùng"} <= set(names)
    assert broken_links(tmp_path / "site") == []
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning")]
    assert warnings == [  # the article with no date anywhere waits for a maintainer
        "warning: content/articles/undated/huu-lung-nong-dan-vao-vu-thu-hoach-na-som.md:4: date: missing; set the day the event happened as YYYY-MM-DD",
    ]


def test_no_output_path_can_leave_the_site():
    from generator.site.output import PathClash, SitePaths

    paths = SitePaths()
    for bad in ("../x.html", "/etc/passwd", "a/../../x", "a//b.html", "", "a\\b.html"):
        with pytest.raises(PathClash):
            paths.claim(bad, "test")
    paths.claim("su-kien/a/index.html", "one article")
    with pytest.raises(PathClash, match="already written by one article"):
        paths.claim("su-kien/a/index.html", "another article")


def test_hand_typed_name_variants_are_one_person(tmp_path):
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Thủy")
    write_files(tmp_path, {
        "content/articles/a.md": article(title="A", participants=f"participants:\n- {{name: {nfd}, role: Bí thư Tỉnh uỷ}}\n"),
        "content/articles/b.md": article(title="B", date="2020-01-01", participants="participants:\n- {name: Nguyễn Thị Thuỷ, role: Bí thư Tỉnh ủy}\n"),
    })
    run_cli("build", cwd=tmp_path, check=True)
    people = list((tmp_path / "site" / "nguoi").glob("*/index.html"))
    assert [p.parent.name for p in people] == ["nguyen-thi-thuy"]
    person = soup_of(people[0])
    assert person.h1.get_text() == "Nguyễn Thị Thủy"
    assert [r.get_text() for r in person.select("table.roles tbody th")] == ["Bí thư Tỉnh ủy"]
    assert len(person.select(".person-events .event")) == 2


def test_filters_offer_only_what_the_page_shows_and_the_chart_skips_empty_years(tmp_path):
    people = "participants:\n- {{name: {}, role: Chủ tịch UBND tỉnh}}\n"
    write_files(tmp_path, {
        "site.yaml": "items_per_page: 1\n",
        "content/articles/a.md": article(title="Cũ", date="1019-05-01", participants=people.format("Nguyễn Văn Cũ")),
        "content/articles/b.md": article(title="Mới", date="2019-05-01", participants=people.format("Trần Văn Mới")),
    })
    run_cli("build", cwd=tmp_path, check=True)
    home = soup_of(tmp_path / "site" / "index.html")
    assert [o.get_text() for o in home.select("#loc-nguoi option")][1:] == ["Trần Văn Mới"]
    assert [o.get_text() for o in home.select("#loc-nam option")][1:] == ["2019"]
    assert len(home.select("figure.chart svg a")) == 2
    assert len(home.select("figure.chart text")) == 2, "one label per year with events, not a thousand"
    old = soup_of(tmp_path / "site" / "nguoi" / "nguyen-van-cu" / "index.html")
    assert old.find("a", string="Xem trên dòng thời gian")["href"] == "../../nam/1019/index.html?nguoi=nguyen-van-cu"
    assert broken_links(tmp_path / "site") == []


def test_an_empty_link_is_the_page_itself(tmp_path):
    from generator.check import broken_links

    write_files(tmp_path / "site", {"index.html": '<!DOCTYPE html><html><body><a href="">Đây</a>'
                                                  '<a href="khong-co.html">Không có</a></body></html>'})
    assert broken_links(tmp_path / "site") == ["index.html -> khong-co.html: no such file"]


def test_the_articles_listed_are_those_os_walk_finds_in_the_order_of_paths(tmp_path):
    # (the listing is os.scandir's, the quick build's unordered: both must find what os.walk did)
    import os

    from generator.site.build import _article_files

    content = tmp_path / "content"
    write_files(content, {name: "x" for name in (
        "b.md", "a.md", "README.md", "readme.MD", ".an.md", "notes.txt", "2020/z.md", "2020/a-b.md", "2020/sub/c.md",
        "2020-x/a.md", ".hidden/h.md", "2021/.drafts/d.md", "2021/README.md", "2021/e.md")})
    os.symlink(content / "2020", content / "linked")  # a folder by a link: not entered, as os.walk
    os.symlink(content / "b.md", content / "by-link.md")  # a file by a link: listed
    os.symlink(content / "nowhere.md", content / "broken.md")
    expected = []
    for folder, subfolders, files in os.walk(content):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        expected += [os.path.join(folder, name) for name in files
                     if name.endswith(".md") and not name.startswith(".") and name.lower() != "readme.md"]
    expected.sort(key=lambda p: p.split(os.sep))
    assert _article_files(content) == expected
    assert sorted(_article_files(content, ordered=False)) == sorted(expected)
    assert _article_files(content / "none") == []
