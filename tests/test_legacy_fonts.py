"""Vietnamese typed in the old fonts (TCVN3 ".VnTime", VNI "VNI-Times") reads as Unicode,
as the fonts' bytes or as a Unicode copy of them, and so does UTF-8 once read as
windows-1252; Unicode text, and every real article of the reading corpus, is left as it is."""

from __future__ import annotations

import unicodedata
from html.entities import codepoint2name

import pytest

from support import ROOT, run_cli, write_files
from helpers import ingested_by_source
from generator.ingest import legacy
from generator.ingest.decode import read_source
from generator.ingest.legacy import from_tcvn3, from_vni, repair_legacy_fonts, undo_double_encoding
from generator.vietnamese import unify_tone_marks

CORPUS = ROOT / "tests" / "fixtures" / "reading"
SOURCES = ROOT / "content" / "sources"

# Lines of real documents and files in public repositories, as they hold them (the
# headers every Vietnamese administrative document opens with, a game's event name, a
# firm's letterhead exported from Word), with what the fonts show.
REAL_TCVN3 = [
    ("Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Ho¹t ®éng Nhµ gi¸o ViÖt Nam 2007", "Hoạt động Nhà giáo Việt Nam 2007"),
    ("QuyÕt ®Þnh cña Bé tr\u00adëng Bé Tµi chÝnh", "Quyết định của Bộ trưởng Bộ Tài chính"),
    ("Ai lµ qu¸n qu©n Master Chef ViÖt Nam mïa ®Çu tiªn", "Ai là quán quân Master Chef Việt Nam mùa đầu tiên"),
]
REAL_VNI = [
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("UÛY BAN NHAÂN DAÂN TÆNH", "ỦY BAN NHÂN DÂN TỈNH"),
    ("Caên cöù Luaät Toå chöùc HÑND vaø UBND", "Căn cứ Luật Tổ chức HĐND và UBND"),
    ("quyeát ñònh naøy coù hieäu löïc", "quyết định này có hiệu lực"),
    ("COÂNG TY SAÛN PHAÅM MAÙY TÍNH FUJITSU VIEÄT NAM", "CÔNG TY SẢN PHẨM MÁY TÍNH FUJITSU VIỆT NAM"),
]


@pytest.mark.parametrize("written, shown", REAL_TCVN3)
def test_real_tcvn3_lines(written, shown):
    assert from_tcvn3(written) == shown
    assert repair_legacy_fonts(written) == (shown, "TCVN3")


@pytest.mark.parametrize("written, shown", REAL_VNI)
def test_real_vni_lines(written, shown):
    assert from_vni(written) == shown
    assert repair_legacy_fonts(written) == (shown, "VNI")


def test_capitals_set_in_the_capitals_font():
    # .VnTimeH draws capitals from the small letters' codes: a heading in capitals, and
    # a sentence opening on a toned capital.
    assert from_tcvn3("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert repair_legacy_fonts("Ên §é vµ ViÖt Nam. ñy ban nh©n d©n tØnh häp")[0] == "Ấn Độ và Việt Nam. Ủy ban nhân dân tỉnh họp"


def test_unicode_and_foreign_names_are_left_alone():
    for text in ("Müller, Peña, Schröder và Ødegaard dự hội nghị © 2024 « Hà Nội » ½ × 2",
                 "Bí thư Tỉnh ủy Lâm Thị Phương Thanh phát biểu", "Café crème brûlée, naïve façade."):
        assert repair_legacy_fonts(text) == (text, None)


def test_every_vietnamese_letter_has_a_form_in_each_font():
    letters = {unicodedata.normalize("NFC", base + mark + tone)
               for base, marks in (("a", ("", "\u0302", "\u0306")), ("e", ("", "\u0302")), ("o", ("", "\u0302", "\u031b")),
                                   ("u", ("", "\u031b")), ("i", ("",)), ("y", ("",)))
               for mark in marks for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")} | {"đ"}
    assert len(letters) == 73  # (12 vowels in six tones, and đ)
    shown_by_vni = set(legacy._VNI.values())
    assert letters | {letter.upper() for letter in letters} <= shown_by_vni | set("aeiouyAEIOUY")
    assert letters - set(legacy._TCVN3.values()) <= set("aeiouy")  # (plain vowels are ASCII)


def test_no_real_article_is_changed():
    # 4,879 real articles of 1,643 outlets in Unicode, and the five samples: not one run of
    # them reads better in an old font, "©", "«»", "½" and foreign names notwithstanding.
    files = [p for p in sorted(CORPUS.rglob("*")) if p.suffix in (".txt", ".html", ".htm")]
    files += sorted(SOURCES.glob("*.txt"))
    assert len(files) > 4000
    texts = {p: read_source(p) for p in files}
    assert [str(p) for p, text in texts.items() if repair_legacy_fonts(text)[1]] == []
    assert [str(p) for p, text in texts.items() if undo_double_encoding(text) != text] == []


def _to_vni(text: str) -> str:
    written = {}
    for form, letter in sorted(legacy._VNI.items(), key=lambda item: len(item[0])):
        written.setdefault(letter, form)
    return "".join(written.get(char, char) for char in text)


def _to_tcvn3(text: str) -> str:
    # The capitals TCVN3 lacks are typed with the small letter's code in the capitals'
    # font: in plain text, the small letter's code.
    codes = {letter: code for code, letter in legacy._TCVN3.items()}
    return "".join(codes.get(char, codes.get(char.lower(), char)) for char in text)


def _typable(text: str) -> str:
    # What the old fonts could not type ("Rönnby", "Moï", "©") spelt without its marks, as
    # a typist of the time would have.
    def plain(found):
        base = unicodedata.normalize("NFD", found.group(0))[0]
        return base if base.isascii() and base.isalpha() else ""
    return legacy._SIGNS.sub(plain, unify_tone_marks(unicodedata.normalize("NFC", text)))


def _real_texts():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("round12*/*.txt"))]
    return [_typable(text) for text in texts]


def test_real_articles_typed_in_vni_read_back_whole():
    texts = _real_texts()
    assert len(texts) >= 15
    for text in texts:
        assert repair_legacy_fonts(_to_vni(text)) == (text, "VNI")


def test_real_articles_typed_in_tcvn3_read_back_but_for_lost_capitals():
    for text in _real_texts():
        shown, encoding = repair_legacy_fonts(_to_tcvn3(text))
        assert encoding == "TCVN3"
        assert shown.casefold() == text.casefold()


def _references(text: str) -> str:
    # How old editors saved a page in .VnTime: its Latin-1 characters as named references.
    return "".join(f"&{codepoint2name[ord(c)]};" if 0xA0 <= ord(c) <= 0xFF else c for c in text)


def test_ingest_reads_the_old_fonts_bytes_and_copies(tmp_path):
    sample = (SOURCES / "000_4d461cb83d408ace.txt").read_text(encoding="utf-8")
    body = sample.split("\n\n", 3)[3]
    variants = {
        "unicode.txt": sample,
        "vni-bytes.txt": _to_vni(sample).encode("cp1252"),
        "tcvn3-bytes.txt": _to_tcvn3(sample).encode("cp1252"),
        "tcvn3-references.html": "<html><body><h1>" + _references(_to_tcvn3("Quyết tâm hoàn thành các nhiệm vụ"))
                                 + "</h1><p>" + _references(_to_tcvn3(body)).replace("\n\n", "</p><p>") + "</p></body></html>",
        "vni-copy.html": "<html><body><h1>" + _to_vni("Quyết tâm hoàn thành các nhiệm vụ") + "</h1><p>"
                         + _to_vni(body).replace("\n\n", "</p><p>") + "</p></body></html>",
    }
    articles = {}
    for name, data in variants.items():  # (each on its own: one article, written once)
        write_files(tmp_path, {f"{name}/{name}": data})
        run_cli("ingest", name, "--out", f"out-{name}", cwd=tmp_path, check=True)
        articles.update(ingested_by_source(tmp_path / f"out-{name}"))
    unicode, vni, tcvn3 = articles["unicode.txt"], articles["vni-bytes.txt"], articles["tcvn3-bytes.txt"]
    for field in ("title", "kicker", "date", "page_date", "byline", "participants"):
        assert vni[field] == unicode[field], field
    assert (tcvn3["title"], tcvn3["date"], tcvn3["byline"]) == (unicode["title"], unicode["date"], unicode["byline"])
    assert [p["name"] for p in tcvn3["participants"]] == [p["name"] for p in unicode["participants"]]
    assert articles["vni-copy.html"]["title"] == "Quyết tâm hoàn thành các nhiệm vụ"
    assert articles["tcvn3-references.html"]["title"] == "Quyết tâm hoàn thành các nhiệm vụ"
    assert articles["tcvn3-references.html"]["participants"][0]["name"] == "Lâm Thị Phương Thanh"
    assert articles["vni-copy.html"]["participants"][0]["name"] == "Lâm Thị Phương Thanh"


def _read_as_windows_1252(text: str) -> str:
    # UTF-8 read as windows-1252 by a crawler or a database, the five bytes that code page
    # leaves out passed through (what browsers and most tools do).
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_real_articles_read_once_as_windows_1252_read_back_whole(tmp_path):
    texts = _real_texts()
    for text in texts:
        assert undo_double_encoding(_read_as_windows_1252(text)) == text
    sample = (SOURCES / "000_4d461cb83d408ace.txt").read_text(encoding="utf-8")
    write_files(tmp_path, {"src/double.txt": _read_as_windows_1252(sample), "one/unicode.txt": sample})
    run_cli("ingest", "src", "--out", "out", cwd=tmp_path, check=True)
    run_cli("ingest", "one", "--out", "out-one", cwd=tmp_path, check=True)
    double, unicode = ingested_by_source(tmp_path / "out")["double.txt"], ingested_by_source(tmp_path / "out-one")["unicode.txt"]
    for field in ("title", "kicker", "date", "page_date", "byline", "participants"):
        assert double[field] == unicode[field], field
