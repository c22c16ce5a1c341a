"""The sample site as readers use it, in Chromium, both served under a sub-path and
opened from the unzipped zip over file://."""

from __future__ import annotations

import re

import pytest
from conftest import ARTIFACTS, NODE_MODULES, _require

pytestmark = pytest.mark.browser

ORDER = [
    "Thường trực Tỉnh ủy làm việc với Ban Thường vụ Thành ủy Lạng Sơn",
    "Tập trung khắc phục điểm yếu trong chỉ đạo, điều hành",
    "Quyết tâm hoàn thành các nhiệm vụ, mục tiêu ở mức cao nhất",
    "Ban Chấp hành Đảng bộ tỉnh tổ chức kỳ họp lần thứ 18 nhằm tổng kết công tác năm 2019",
    "Lạng Sơn: Đại hội Đảng bộ tỉnh là sự tin tưởng, kỳ vọng của cán bộ, đảng viên cùng quần chúng nhân dân",
]
PAGES = {
    "timeline": "index.html",
    "event": "su-kien/2019-10-04-quyet-tam-hoan-thanh-cac-nhiem-vu-muc-tieu-o-muc-cao-nhat/index.html",
    "people": "nguoi/index.html",
    "person": "nguoi/lam-thi-phuong-thanh/index.html",
}


def results(page) -> list[str]:
    page.wait_for_selector("#ket-qua-tim-kiem [role=option]")
    return [o.inner_text().split("\n")[0] for o in page.query_selector_all("#ket-qua-tim-kiem [role=option] a")]


def search(page, text: str) -> list[str]:
    page.fill("#o-tim-kiem", text)
    page.wait_for_function(
        "q => new URLSearchParams(location.search).get('q') === q && "
        "document.querySelector('.search-status').textContent.indexOf('Đang tải') < 0", arg=text)
    return results(page)


def test_timeline_event_person_and_back(watched, site_url):
    page = watched.page
    page.goto(site_url + "index.html")
    assert page.locator(".timeline .event-title a").all_inner_texts() == ORDER
    page.get_by_role("link", name=ORDER[2]).click()
    page.wait_for_url("**/su-kien/2019-10-04-*/index.html")
    assert page.locator("h1").inner_text() == ORDER[2]
    page.locator(".people-box").get_by_role("link", name="Hoàng Văn Nghiệm").click()
    page.wait_for_url("**/nguoi/hoang-van-nghiem/index.html")
    assert page.locator("h1").inner_text() == "Hoàng Văn Nghiệm"
    assert page.locator("table.roles tbody th").all_inner_texts() == [
        "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"]
    page.go_back()
    page.wait_for_url("**/su-kien/2019-10-04-*/index.html")
    assert page.locator("h1").inner_text() == ORDER[2]
    page.go_back()
    assert page.locator(".timeline .event-title a").count() == 5
    assert watched.problems == [] and watched.outside() == []


def test_search_forgives_missing_diacritics(watched, site_url):
    page = watched.page
    page.goto(site_url + PAGES["event"])
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "o-tim-kiem"
    found = search(page, "lang son")
    assert ORDER[4] in found and ORDER[0] in found
    assert search(page, "dong dang")[0] == ORDER[4]  # "Đồng Đăng" is in that article's body only
    assert search(page, "thuong")[0] == "Phạm Ngọc Thưởng"
    assert search(page, "lam thi phuong thanh")[0] == "Lâm Thị Phương Thanh"
    assert page.locator("#ket-qua-tim-kiem mark").first.inner_text() == "Lâm"
    assert search(page, "Thưởng")[0] == "Phạm Ngọc Thưởng", "typed with diacritics, the exact match first"
    nothing = page.fill("#o-tim-kiem", "xyzzy khong co")
    page.wait_for_selector("#ket-qua-tim-kiem .no-results")
    assert "Không tìm thấy" in page.locator("#ket-qua-tim-kiem").inner_text()
    del nothing
    search(page, "thuong")
    page.keyboard.press("ArrowDown")
    assert page.locator("#kq-0").get_attribute("aria-selected") == "true"
    page.keyboard.press("Enter")
    page.wait_for_url("**/nguoi/pham-ngoc-thuong/index.html")
    assert page.locator("h1").inner_text() == "Phạm Ngọc Thưởng"
    assert watched.problems == [] and watched.outside() == []


def test_a_search_can_be_linked_and_the_back_button_works(watched, site_url):
    page = watched.page
    page.goto(site_url + "index.html?q=dong+dang")
    assert results(page)[0] == ORDER[4]
    assert page.input_value("#o-tim-kiem") == "dong dang"
    page.fill("#o-tim-kiem", "tran sy thanh")
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'tran sy thanh'")  # typed: in the URL
    page.keyboard.press("Enter")
    assert results(page)[0] == "Trần Sỹ Thanh"
    page.go_back()
    page.wait_for_function("document.getElementById('o-tim-kiem').value === 'dong dang'")
    assert results(page)[0] == ORDER[4]
    assert watched.problems == []


def test_timeline_filters_by_person_and_year(watched, site_url):
    page = watched.page
    page.goto(site_url + "index.html")
    page.select_option("#loc-nguoi", label="Trần Sỹ Thanh")
    assert page.locator(".timeline .event:visible .event-title a").all_inner_texts() == [ORDER[0]]
    page.select_option("#loc-nguoi", value="")
    page.select_option("#loc-nam", value="2019")
    assert page.locator(".timeline .event:visible .event-title a").all_inner_texts() == ORDER[1:4]
    assert "nam=2019" in page.url
    page.goto(site_url + "nguoi/tran-sy-thanh/index.html")
    page.get_by_role("link", name="Xem trên dòng thời gian").click()
    page.wait_for_url(re.compile(r".*index\.html\?nguoi=tran-sy-thanh$"))
    assert page.locator(".timeline .event:visible").count() == 1
    assert watched.problems == []


def test_nothing_leaves_the_page_and_nothing_breaks(watched, site_url):
    page = watched.page
    for name, path in [*PAGES.items(), ("year", "nam/2019/index.html"), ("404", "404.html")]:
        page.goto(site_url + path)
        if name != "404":
            search(page, "hoi nghi")
        broken = page.evaluate("[...document.images].filter(i => !i.complete || !i.naturalWidth).map(i => i.src)")
        assert broken == [], name
    hrefs = set()
    for path in PAGES.values():
        page.goto(site_url + path)
        hrefs |= set(page.evaluate("[...document.querySelectorAll('a[href]')].map(a => new URL(a.getAttribute('href'), location.href).href.split('#')[0])"))
    for href in sorted(h for h in hrefs if h.startswith(site_url)):
        response = page.goto(href)
        assert response is None or response.ok, href
        assert page.locator("h1").count() == 1, href
    assert watched.problems == []
    assert watched.outside() == [], "no request leaves the site"


def _axe_source() -> str:
    return _require(NODE_MODULES / "axe-core" / "axe.min.js", "axe-core").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_accessibility_violations(watched, site_url, name):
    page = watched.page
    page.goto(site_url + PAGES[name])
    page.add_script_tag(content=_axe_source())
    found = page.evaluate("async () => (await axe.run(document)).violations"
                          ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))")
    serious = [v for v in found if v["impact"] in ("serious", "critical")]
    assert serious == [], serious


_GLYPH_CHECK = """() => {
  // Draw a Vietnamese letter and a code point no font has: with no font for Vietnamese,
  // Chromium draws both as the same empty box.
  const draw = (text) => {
    const canvas = document.createElement('canvas');
    canvas.width = 60; canvas.height = 60;
    const ctx = canvas.getContext('2d');
    ctx.font = '40px ' + getComputedStyle(document.body).fontFamily;
    ctx.fillText(text, 5, 45);
    return Array.from(ctx.getImageData(0, 0, 60, 60).data).join(',');
  };
  return draw('ặ') !== draw('\\u0378') && draw('ặ') !== draw('a') && draw('ư') !== draw('\\u0378');
}"""


@pytest.mark.parametrize("width,height,label", [(390, 844, "phone"), (1280, 900, "desktop")])
def test_screenshots_render_vietnamese(browser, site_url, width, height, label, request):
    mode = "http" if site_url.startswith("http") else "file"
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
    page = context.new_page()
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    for name, path in PAGES.items():
        page.goto(site_url + path)
        assert page.evaluate(_GLYPH_CHECK), f"Vietnamese letters do not render on {name}: install fonts-noto-core"
        shot = folder / f"{mode}-{name}-{label}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{name} scrolls sideways at {width}px"
    context.close()


def test_keyboard_without_a_mouse(watched, site_url):
    page = watched.page
    page.goto(site_url + "index.html")
    page.keyboard.press("/")
    found = search(page, "lang son")
    page.keyboard.press("ArrowUp")  # from nothing selected: the last result
    assert page.locator(f"#kq-{len(found) - 1}").get_attribute("aria-selected") == "true"
    page.keyboard.press("Escape")
    assert page.locator("#ket-qua-tim-kiem").is_hidden()
    page.keyboard.press("Enter")  # nothing visible is selected: Enter opens nothing
    assert page.url.endswith("index.html?q=lang+son")
    page.keyboard.press("ArrowDown")  # the list comes back, first result selected
    assert page.locator("#ket-qua-tim-kiem").is_visible()
    assert page.locator("#kq-0").get_attribute("aria-selected") == "true"
    page.fill("#o-tim-kiem", "")
    page.wait_for_function("!new URLSearchParams(location.search).has('q')")
    assert page.locator("#ket-qua-tim-kiem").is_hidden()
    assert watched.problems == []
