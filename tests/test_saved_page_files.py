"""Pages saved as one file (MHTML, a browser's "Webpage, Single File") and HTML files
named as some sites name them are read as the pages they hold."""

from __future__ import annotations

from email.message import EmailMessage

from support import ROOT, run_cli, write_files
from helpers import ingested_by_source

# Real saved pages of the reading corpus: Dân trí (2025), Tiền Phong, GenK.
PAGES = [ROOT / "tests" / "fixtures" / "reading" / name
         for name in ("round4-c/round4-c-01.html", "round5-a/round5-a-01.html", "round5-a/round5-a-03.html")]


def _mhtml(page: bytes, address: str) -> bytes:
    # As Chrome writes it: multipart/related, the page quoted-printable in UTF-8, then
    # its resources (an image, base64).
    archive = EmailMessage()
    archive["From"] = "<Saved by Blink>"
    archive["Snapshot-Content-Location"] = address
    archive["Subject"] = "saved page"
    archive.set_content(page.decode("utf-8"), subtype="html", charset="utf-8", cte="quoted-printable")
    archive.make_related()
    archive.get_payload()[0]["Content-Location"] = address
    archive.add_related(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, maintype="image", subtype="png", cid="<img@mhtml.blink>")
    return archive.as_bytes()


FIELDS = ("title", "kicker", "date", "page_date", "byline", "source", "participants")


def _ingested(tmp_path, folder: str, name: str, data: bytes) -> dict:
    """The one article `ingest` writes from a folder holding one file."""
    write_files(tmp_path, {f"{folder}/{name}": data})
    run_cli("ingest", folder, "--out", f"out-{folder}", cwd=tmp_path, check=True)
    [article] = ingested_by_source(tmp_path / f"out-{folder}").values()
    return article


def test_an_mhtml_archive_reads_as_its_page(tmp_path):
    for number, page in enumerate(PAGES):
        data = page.read_bytes()
        html = _ingested(tmp_path, f"html{number}", "page.html", data)
        mhtml = _ingested(tmp_path, f"mhtml{number}", "page.mhtml", _mhtml(data, "https://example.vn/bai-viet.html"))
        assert html["title"]
        assert [mhtml[field] for field in FIELDS] == [html[field] for field in FIELDS], page.name


def test_other_html_names_are_read_as_html(tmp_path):
    data = PAGES[0].read_bytes()
    titles = {_ingested(tmp_path, folder, name, data)["title"] for folder, name in (("a", "page.html"), ("b", "page.shtml"), ("c", "page.xhtml"))}
    assert len(titles) == 1 and None not in titles


def test_an_archive_without_a_page_is_named_with_the_fix(tmp_path):
    archive = EmailMessage()
    archive.set_content("just a note")
    write_files(tmp_path, {"src/empty.mhtml": archive.as_bytes()})
    result = run_cli("ingest", "src", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert ("error: src/empty.mhtml: is a saved-page archive (MHTML) with no HTML page in it; "
            "save the page again, or as HTML") in result.stderr.splitlines()


def test_html_kept_under_a_text_name_reads_as_html(tmp_path):
    # A saved page, and a block of a page's markup as an aggregator's crawler kept it
    # (Báo Mới's copy of a Báo Bắc Ninh item), each under a .txt name.
    for number, page in enumerate([PAGES[1], ROOT / "tests" / "fixtures" / "reading" / "round8-a" / "round8-a-01.html"]):
        data = page.read_bytes()
        html = _ingested(tmp_path, f"html{number}", "page.html", data)
        text = _ingested(tmp_path, f"text{number}", "page.txt", data)
        assert [text[field] for field in FIELDS] == [html[field] for field in FIELDS], page.name
        assert "<" not in text["title"]


def test_a_page_captured_in_a_frame_reads_as_the_page_it_holds(tmp_path):
    # Round 153-d: a real capture of a 24h page (an ad-tech firm's tool): a page of the
    # tool's own, "<title>24h.com.vn</title>", whose <iframe srcdoc> holds the article page.
    capture = ROOT / "tests" / "fixtures" / "reading" / "round153-d" / "round153-d-01.html"
    article = _ingested(tmp_path, "capture", "page.html", capture.read_bytes())
    assert article["title"] == "4 tỉ phú giàu nhất Việt Nam cùng xuất hiện tại lễ khởi công, khánh thành 250 dự án"
    assert "Tô Lâm" in [person["name"] for person in article["participants"]]
