"""The search index in pieces, in the reader's browser from file://: a first search loads
the people and the newest piece only, when that gives a page of results; older pieces
come in when the reader asks for more, or by themselves while too few are found, up to
the manifest's budget of events for each ask (from file:// and over http)."""

from __future__ import annotations

import pytest

from conftest import static_server
from generator.site import search
from generator.site.build import build
from support import write_files

pytestmark = pytest.mark.browser


def test_a_first_search_loads_the_newest_piece_and_more_on_demand(browser, tmp_path, monkeypatch):
    monkeypatch.setattr(search, "PIECE_EVENTS", 25)
    files = {}
    for index in range(60):
        year, day = 2018 + index // 20, index % 20 + 1
        title = "Hội nghị tổng kết" if index else "Lễ hội hoa đào Mẫu Sơn"  # the oldest is the rare one
        files[f"content/articles/{index:02d}.md"] = (
            f"---\ntitle: {title} số {index}\ndate: {year}-03-{day:02d}\n---\n\nHội nghị diễn ra tại tỉnh.\n")
    write_files(tmp_path, files)
    build(tmp_path, tmp_path / "content" / "articles", tmp_path / "site")
    pieces = sorted(p.name for p in (tmp_path / "site" / "search").glob("su-kien-*.js"))
    assert pieces == ["su-kien-2018.js", "su-kien-2019.js", "su-kien-2020.js"]

    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    loaded = []
    page.on("request", lambda request: loaded.append(request.url.rsplit("/", 1)[-1]))
    try:
        page.goto((tmp_path / "site" / "index.html").as_uri())
        page.fill("#o-tim-kiem", "hoi nghi")
        page.wait_for_function("document.querySelector('.search-status').textContent.indexOf('trong các bài mới nhất') >= 0")
        assert [name for name in loaded if name.endswith(".js") and "su-kien" in name] == ["su-kien-2020.js"]
        assert page.locator("#ket-qua-tim-kiem [role=option]").count() == 21  # a page of results, then "more"
        more = page.locator("#kq-them")
        assert more.inner_text() == "Tìm thêm trong 40 bài cũ hơn"
        page.keyboard.press("ArrowUp")  # the last option: "more", reached from the keyboard
        page.keyboard.press("Enter")
        page.wait_for_function("document.querySelector('#kq-them') && "
                               "document.querySelector('#kq-them').textContent === 'Tìm thêm trong 20 bài cũ hơn'")
        assert "su-kien-2019.js" in loaded and "su-kien-2018.js" not in loaded

        page.fill("#o-tim-kiem", "mau son")  # only in the oldest piece: fetched without asking
        page.wait_for_function("document.querySelector('.search-status').textContent.indexOf('1 kết quả') >= 0")
        assert page.locator("#ket-qua-tim-kiem a").all_inner_texts() == ["Lễ hội hoa đào Mẫu Sơn số 0"]
        assert "su-kien-2018.js" in loaded
    finally:
        context.close()


@pytest.fixture
def budget_site(tmp_path, monkeypatch):
    """Six years of five events, a piece each; a reader's ask loads ten events by itself.
    Only the oldest event speaks of Mẫu Sơn."""
    monkeypatch.setattr(search, "PIECE_EVENTS", 5)
    monkeypatch.setattr(search, "BUDGET_EVENTS", 10)
    files = {}
    for index in range(30):
        year, day = 2015 + index // 5, index % 5 + 1
        title = "Hội nghị tổng kết" if index else "Lễ hội hoa đào Mẫu Sơn"
        files[f"content/articles/{index:02d}.md"] = (
            f"---\ntitle: {title} số {index}\ndate: {year}-03-{day:02d}\n---\n\nHội nghị diễn ra tại tỉnh.\n")
    write_files(tmp_path, files)
    build(tmp_path, tmp_path / "content" / "articles", tmp_path / "site")
    assert '"budget":10,' in (tmp_path / "site" / "search" / "index.js").read_text(encoding="utf-8")
    assert len(list((tmp_path / "site" / "search").glob("su-kien-*.js"))) == 6
    return tmp_path / "site"


@pytest.fixture(params=["file", "http"])
def budget_url(request, budget_site):
    """The budget site's home page, opened from disk or served by a plain static server."""
    if request.param == "file":
        yield (budget_site / "index.html").as_uri()
        return
    with static_server(budget_site) as base:
        yield base + "index.html"


STATUS = "document.querySelector('.search-status').textContent"
SETTLED = f"window.BIENNIEN_SEARCH.ready() && {STATUS} === %r"


def _pieces(loaded: list[str]) -> list[str]:
    return [name.rsplit(".", 1)[0] for name in loaded if name.startswith("su-kien-")]


@pytest.fixture
def reader(browser, budget_url):
    """A fresh page of the budget site, open, and the names of the files it requested, in order."""
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    loaded: list[str] = []
    page.on("request", lambda request: loaded.append(request.url.rsplit("/", 1)[-1]))
    try:
        page.goto(budget_url)
        yield page, loaded
    finally:
        context.close()


def test_a_search_loads_older_pieces_by_itself_only_within_its_budget(reader):
    page, loaded = reader
    items = page.locator("#ket-qua-tim-kiem li")
    page.fill("#o-tim-kiem", "mau son")  # only in the oldest piece
    page.wait_for_function(SETTLED % "Không tìm thấy kết quả trong 10 bài mới nhất.")
    assert _pieces(loaded) == ["su-kien-2020", "su-kien-2019"], "the budget's ten events, no more"
    assert items.all_inner_texts() == ["Không tìm thấy kết quả cho «mau son» trong 10 bài mới nhất.",
                                       "Tìm thêm trong 20 bài cũ hơn"]
    # Both options of the listbox; only the control can be chosen.
    assert page.locator("#ket-qua-tim-kiem [role=option]").count() == 2
    assert page.locator("#ket-qua-tim-kiem [role=option]:not([aria-disabled])").all_inner_texts() == [
        "Tìm thêm trong 20 bài cũ hơn"]

    page.click("#kq-them")  # another ask: ten more events
    page.wait_for_function(SETTLED % "Không tìm thấy kết quả trong 20 bài mới nhất.")
    assert _pieces(loaded) == ["su-kien-2020", "su-kien-2019", "su-kien-2018", "su-kien-2017"]
    assert page.locator("#kq-them").inner_text() == "Tìm thêm trong 10 bài cũ hơn"

    page.keyboard.press("ArrowDown")  # from the keyboard: the only option, then Enter
    assert page.get_attribute("#o-tim-kiem", "aria-activedescendant") == "kq-them"
    page.keyboard.press("Enter")
    page.wait_for_function(SETTLED % "1 kết quả cho «mau son».")
    assert page.locator("#ket-qua-tim-kiem a").all_inner_texts() == ["Lễ hội hoa đào Mẫu Sơn số 0"]
    assert _pieces(loaded)[4:] == ["su-kien-2016", "su-kien-2015"]
    assert page.locator("#kq-them").count() == 0


def test_a_word_found_nowhere_is_said_so_only_after_the_reader_asked_for_everything(reader):
    page, loaded = reader
    items = page.locator("#ket-qua-tim-kiem li")
    page.fill("#o-tim-kiem", "hoi nghi tong ket")  # found in the newest ten
    page.wait_for_function(SETTLED % "10 kết quả cho «hoi nghi tong ket» trong các bài mới nhất.")
    page.fill("#o-tim-kiem", "hoi nghi tong kte")  # a typo: no more loads by itself
    page.wait_for_function(SETTLED % "Không tìm thấy kết quả trong 10 bài mới nhất.")
    assert _pieces(loaded) == ["su-kien-2020", "su-kien-2019"]
    for searched in (20, 30):
        page.click("#kq-them")
        if searched < 30:
            page.wait_for_function(SETTLED % f"Không tìm thấy kết quả trong {searched} bài mới nhất.")
            assert items.all_inner_texts()[-1] == f"Tìm thêm trong {30 - searched} bài cũ hơn"
    page.wait_for_function(SETTLED % "Không tìm thấy kết quả.")
    assert items.all_inner_texts() == ["Không tìm thấy kết quả cho «hoi nghi tong kte»."]
    assert len(_pieces(loaded)) == 6


def test_nothing_found_yet_and_the_control_are_options_of_an_accessible_listbox(reader):
    from test_site_in_browser import _axe_source

    page, _ = reader
    page.fill("#o-tim-kiem", "mau son")
    page.wait_for_function(SETTLED % "Không tìm thấy kết quả trong 10 bài mới nhất.")
    page.add_script_tag(content=_axe_source())
    found = page.evaluate("async () => (await axe.run(document.querySelector('form.search'))).violations"
                          ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))")
    assert [v for v in found if v["impact"] in ("serious", "critical")] == []


def test_results_mark_the_words_found_wherever_the_text_has_punctuation_emoji_or_other_scripts(browser, tmp_path):
    # The folded text a search reads must keep each character at its place in the title
    # and lead as written, or the marks land on the wrong letters: dashes and quotes (one
    # unit each), an emoji (two units), Greek and Korean letters (one each).
    titles = ["Lễ hội “Đồng Đăng” – mùa xuân", "🎉🎉 Đón Tết ở Đồng Đăng", "Σίσυφος và 한국 thăm Đồng Đăng"]
    files = {f"content/articles/{index}.md": f"---\ntitle: {title}\ndate: 2024-03-0{index + 1}\n---\n\n"
             f"Sáng nay, «Đồng Đăng» 🎉 đón khách.\n" for index, title in enumerate(titles)}
    write_files(tmp_path, files)
    build(tmp_path, tmp_path / "content" / "articles", tmp_path / "site")
    context = browser.new_context(locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto((tmp_path / "site" / "index.html").as_uri())
        page.fill("#o-tim-kiem", "dong dang")
        page.wait_for_function(SETTLED % "3 kết quả cho «dong dang».")
        found = page.evaluate("""() => [...document.querySelectorAll('#ket-qua-tim-kiem [role=option]')].map(item => ({
            title: item.querySelector('a').textContent,
            marks: [...item.querySelectorAll('mark')].map(mark => mark.textContent)}))""")
        assert sorted(result["title"] for result in found) == sorted(titles)
        assert [result["marks"] for result in found] == [["Đồng", "Đăng", "Đồng", "Đăng"]] * 3  # title, then lead
        page.fill("#o-tim-kiem", "σισυφος 한국")
        page.wait_for_function(SETTLED % "1 kết quả cho «σισυφος 한국».")
        assert page.locator("#ket-qua-tim-kiem a mark").all_inner_texts() == ["Σίσυφος", "한국"]
    finally:
        context.close()
