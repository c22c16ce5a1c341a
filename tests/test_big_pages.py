"""No page grows without bound: a year with more events than a page holds gets a page per
month (several for a crowded month), a person in more events than a page holds gets
numbered pages, and all of them are linked so the timeline stays easy to walk."""

from __future__ import annotations

import posixpath

from generator.site import builders
from generator.site.build import build
from sitecheck import broken_links, soup_of
from support import write_files

PER_PAGE = 3


def target(page: str, href: str) -> str:
    """The site path a link of a page leads to."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), href))


def event(day: str, title: str, person: str = "Hoàng Văn Nghiệm") -> str:
    return (f"---\ntitle: {title}\ndate: {day}\nparticipants:\n- name: {person}\n  role: Bí thư Tỉnh ủy\n---\n\n"
            f"Nội dung của {title}.\n")


def test_a_big_year_is_split_by_month_and_a_crowded_month_into_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(builders, "MAX_EVENTS_PER_PAGE", PER_PAGE)
    files = {f"content/articles/2020/03-{d:02d}.md": event(f"2020-03-{d:02d}", f"Tháng ba {d}") for d in range(1, 8)}
    files.update({f"content/articles/2020/05-{d:02d}.md": event(f"2020-05-{d:02d}", f"Tháng năm {d}") for d in (1, 2)})
    files["content/articles/2019/a.md"] = event("2019-06-01", "Năm trước")  # a small year stays one page
    files.update({f"content/articles/2021/{d}.md": event(f"2021-01-0{d}", f"Năm sau {d}", person="Lương Văn Bình") for d in (1, 2)})
    write_files(tmp_path, {**files, "site.yaml": "items_per_page: 2\n"})
    build(tmp_path, tmp_path / "content" / "articles", tmp_path / "site")
    site = tmp_path / "site"

    year = soup_of(site / "nam/2020/index.html")
    assert [a["href"] for a in year.select(".month-link a")] == ["thang-3/index.html", "thang-5/index.html"]
    assert [a.get_text() for a in year.select(".month-link a")] == ["7 sự kiện trong tháng 3 năm 2020", "2 sự kiện trong tháng 5 năm 2020"]
    assert not year.select(".events li")
    assert not year.select(".filters"), "no filter where no event is listed (it would hide the months)"

    pages = ["nam/2020/thang-3/index.html", "nam/2020/thang-3/trang-2/index.html", "nam/2020/thang-3/trang-3/index.html",
             "nam/2020/thang-5/index.html"]
    listed = [[a.get_text() for a in soup_of(site / page).select(".events .event-title a")] for page in pages]
    assert listed == [["Tháng ba 1", "Tháng ba 2", "Tháng ba 3"], ["Tháng ba 4", "Tháng ba 5", "Tháng ba 6"],
                      ["Tháng ba 7"], ["Tháng năm 1", "Tháng năm 2"]]
    second = soup_of(site / pages[1])
    assert second.h1.get_text() == "Tháng 3 năm 2020, trang 2/3"
    assert target(pages[1], second.select_one('a[rel="prev"]')["href"]) == pages[0]
    assert target(pages[1], second.select_one('a[rel="next"]')["href"]) == pages[2]
    assert target(pages[1], second.select_one(".prev-next .up a")["href"]) == "nam/2020/index.html"
    assert target(pages[2], soup_of(site / pages[2]).select_one('a[rel="next"]')["href"]) == pages[3]

    assert soup_of(site / "nam/2019/index.html").select(".events .event-title a")[0].get_text() == "Năm trước"
    chart = [a["href"] for a in soup_of(site / "index.html").select(".chart a")]
    assert "nam/2020/thang-3/index.html" in chart and "nam/2019/index.html#thang-6" in chart
    # A person's "see on the timeline" goes to the page that lists their last event.
    lede = soup_of(site / "nguoi/hoang-van-nghiem/index.html").select_one(".lede a")["href"]
    assert target("nguoi/hoang-van-nghiem/index.html", lede) == "nam/2020/thang-5/index.html?nguoi=hoang-van-nghiem"
    assert broken_links(site) == []


def test_a_person_in_many_events_gets_numbered_pages(tmp_path, monkeypatch):
    monkeypatch.setattr(builders, "MAX_EVENTS_PER_PAGE", PER_PAGE)
    files = {f"content/articles/{m:02d}.md": event(f"2015-{m:02d}-01", f"Sự kiện {m}") for m in range(1, 8)}
    files["content/articles/khac.md"] = event("2015-01-02", "Một người khác", person="Lương Văn Bình")
    write_files(tmp_path, {**files, "site.yaml": "items_per_page: 2\n"})
    build(tmp_path, tmp_path / "content" / "articles", tmp_path / "site")
    site = tmp_path / "site"
    person = "nguoi/hoang-van-nghiem"
    first, second, third = (soup_of(site / path) for path in (
        f"{person}/index.html", f"{person}/trang-2/index.html", f"{person}/trang-3/index.html"))
    assert [a.get_text() for a in second.select(".person-events .event-title a")] == ["Sự kiện 4", "Sự kiện 5", "Sự kiện 6"]
    assert second.select_one(".person-events")["start"] == "4"
    assert second.select_one("#cac-su-kien").get_text() == "Các sự kiện (trang 2/3)"
    assert first.select(".roles") and not second.select(".roles"), "roles over time on the first page only"
    assert target(f"{person}/trang-2/index.html", second.select_one('a[rel="prev"]')["href"]) == f"{person}/index.html"
    assert target(f"{person}/trang-3/index.html", third.select_one(".prev-next .up a")["href"]) == f"{person}/index.html"
    assert not (site / "nguoi/luong-van-binh/trang-2").exists()
    assert first.select_one(".lede a")["href"] == "../../index.html?nguoi=hoang-van-nghiem", "their last event is on the home page"
    assert broken_links(site) == []


def test_the_search_index_comes_in_bounded_pieces_newest_first(tmp_path, monkeypatch):
    from generator.site import search

    monkeypatch.setattr(search, "PIECE_EVENTS", 2)
    monkeypatch.setattr(search, "BUDGET_EVENTS", 3)
    files = {f"content/articles/03-{d}.md": event(f"2020-03-0{d}", f"Tháng ba {d}") for d in range(1, 6)}
    files["content/articles/04.md"] = event("2020-04-01", "Tháng tư")
    files["content/articles/old.md"] = event("2019-01-01", "Năm trước")
    write_files(tmp_path, files)
    build(tmp_path, tmp_path / "content" / "articles", tmp_path / "site")
    manifest = (tmp_path / "site" / "search" / "index.js").read_text(encoding="utf-8")
    assert '"budget":3,' in manifest, "how many events a reader's ask loads by itself"
    assert ('"counts":[1,1,1,2,2,1],' in manifest and '"files":["search/nguoi.js","search/su-kien-2020-04.js",'
            '"search/su-kien-2020-03-3.js","search/su-kien-2020-03-2.js","search/su-kien-2020-03-1.js",'
            '"search/su-kien-2019.js"]' in manifest), manifest
    newest = (tmp_path / "site" / "search" / "su-kien-2020-03-3.js").read_text(encoding="utf-8")
    assert "Tháng ba 5" in newest and "Tháng ba 4" not in newest
