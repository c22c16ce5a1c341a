"""How well ingest reads the same articles when their text arrives in another form.

    python bench/text_forms.py [--corpus DIR] [--forms plain,wrap72,pdf] [--keep DIR]

A maintainer's text does not always come as the reading corpus holds it: a Mac's copy is
decomposed (NFD), a Windows file ends its lines in CR LF, an older site writes "hoà", "uỷ",
an editor sets paragraphs a line each with no blank line between, and an e-mail, a terminal
or a copy out of a PDF hard-wraps every paragraph at a fixed width. This bench writes every
.txt file of a corpus (the reading corpus, or the pasted pages that
`bench/pasted_pages.py --keep DIR` made) in each form, with its truth, and scores each form
with `bench/reading.py`'s scoring, so that a form read worse than the text as it came shows.

Forms: plain (as stored), nfd, crlf, oldtone ("oà", "uỷ" for "òa", "ủy"), freetone (the
tone typed after a syllable's last vowel: "ngươì", "đôí" for "người", "đối"), single (one line
break between paragraphs), wrap60 / wrap72 / wrap100 (each paragraph wrapped at that width,
a blank line between paragraphs), pdf (wrapped at 80, no blank line between paragraphs),
word (the text as Word's "Save as Web Page" writes it: a <p class=MsoNormal> a line, no
headline element), mail (the lines parted by <br> in one <div>, as an e-mail's HTML).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import tempfile
import textwrap
import unicodedata
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

from reading import COLUMNS, DEFAULT_CORPUS, _table, score  # noqa: E402

FORMS = ("plain", "nfd", "crlf", "oldtone", "freetone", "single", "wrap60", "wrap72", "wrap100", "pdf", "word", "mail")
# The older placement of a tone mark over a vowel pair, as some sites still write it.
_OLD_TONES = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ",
              "ọe": "oẹ", "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
_OLD_TONE = re.compile("|".join(_OLD_TONES))
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A tone on a syllable's marked vowel before its last i, u or y (or on the ư of "ưa"), as a
# keyboard in free-tone mode may leave it typed after the last vowel: "người" as "ngươì".
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_MARKED_TONED = re.compile(r"([ấầẩẫậếềểễệốồổỗộớờởỡợứừửữựẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ])([iuyIUY]|(?<=[ứừửữựỨỪỬỮỰ])[aA])(?![^\W\d_])")


def _tone_after(found: re.Match) -> str:
    marks = unicodedata.normalize("NFD", found[1])
    tone = next(mark for mark in marks if mark in _TONES)
    return unicodedata.normalize("NFC", marks.replace(tone, "")) + unicodedata.normalize("NFC", found[2] + tone)


def _tone_typed_last(text: str) -> str:
    return _MARKED_TONED.sub(_tone_after, unicodedata.normalize("NFC", text))


def _wrapped(text: str, width: int, between: str) -> str:
    # (wrapped as a tool counts letters: composed)
    paragraphs = _PARAGRAPH_BREAK.split(unicodedata.normalize("NFC", text))
    return between.join("\n".join(textwrap.fill(line, width) for line in paragraph.split("\n")) for paragraph in paragraphs)


def _word_page(text: str) -> str:
    """As Word's "Save as Web Page" writes a text: a <p class=MsoNormal> a line, the source
    wrapped at 76 columns, each paragraph's first word split over two runs."""
    paragraphs = []
    for line in (line for line in unicodedata.normalize("NFC", text).splitlines() if line.strip()):
        escaped = "\n".join(textwrap.wrap(html.escape(line), 76, break_long_words=False, break_on_hyphens=False))
        first, space, rest = escaped.partition(" ")
        if len(first) > 3 and first.isalpha():
            first = f"{first[:2]}</span><span lang=VI>{first[2:]}"
        paragraphs.append(f"<p class=MsoNormal style='text-align:justify'><span lang=VI style='font-size:13.0pt'>{first}{space}{rest}"
                          "<o:p></o:p></span></p>")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n<meta name=Generator content="Microsoft Word 15 (filtered)">\n'
            '<style>\n<!--\n p.MsoNormal {margin:0cm;}\n-->\n</style>\n</head>\n<body lang=EN-US>\n<div class=WordSection1>\n'
            + "\n\n".join(paragraphs) + "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n</div>\n</body>\n</html>\n")


def in_form(text: str, form: str) -> str:
    if form == "plain":
        return text
    if form == "nfd":
        return unicodedata.normalize("NFD", text)
    if form == "crlf":
        return text.replace("\n", "\r\n")
    if form == "oldtone":
        return _OLD_TONE.sub(lambda found: _OLD_TONES[found[0]], text)
    if form == "freetone":
        return _tone_typed_last(text)
    if form == "single":
        return _PARAGRAPH_BREAK.sub("\n", text)
    if form.startswith("wrap"):
        return _wrapped(text, int(form[4:]), "\n\n")
    if form == "pdf":
        return _wrapped(text, 80, "\n")
    if form == "word":
        return _word_page(text)
    if form == "mail":
        lines = "<br>\n".join(html.escape(line) for line in text.splitlines())
        return f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{lines}</div></body></html>\n'
    raise SystemExit(f"no form {form!r}: one of {', '.join(FORMS)}")


def write_form(corpus: Path, form: str, out: Path) -> int:
    """Every .txt file of the corpus in the form, with its truth, under out; how many."""
    count = 0
    for truth_file in sorted(corpus.glob("*/truth.yaml")):
        entries = [e for e in yaml.safe_load(truth_file.read_text(encoding="utf-8")) or [] if e["file"].endswith(".txt")]
        if not entries:
            continue
        folder = out / truth_file.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        for entry in entries:
            text = (truth_file.parent / entry["file"]).read_text(encoding="utf-8")
            (folder / entry["file"]).write_bytes(in_form(text, form).encode("utf-8"))
            count += 1
        (folder / "truth.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--forms", default=",".join(FORMS), help=f"comma-separated, of: {', '.join(FORMS)}")
    parser.add_argument("--keep", type=Path, help="write the forms here (a folder each) and keep them")
    args = parser.parse_args(argv)
    forms = [form.strip() for form in args.forms.split(",") if form.strip()]
    for form in forms:
        in_form("", form)  # (an unknown form stops the bench before any work)
    rows = []
    with tempfile.TemporaryDirectory(prefix="biennien-forms-") as scratch:
        base = args.keep or Path(scratch)
        for form in forms:
            folder = base / form
            if folder.exists() and any(folder.iterdir()):
                raise SystemExit(f"{folder} is not empty: give --keep a new folder")
            count = write_form(args.corpus, form, folder)
            overall, _, _ = score(folder)
            rows.append((form, overall.figures(), count))
            print(f"{form}: scored {count} files", file=sys.stderr)
    print(f"The .txt files of {args.corpus}, in each form\n")
    print(_table(rows, COLUMNS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
