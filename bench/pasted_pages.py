"""How well ingest reads a saved page pasted as text, against the same page as HTML.

    python bench/pasted_pages.py [--n 250] [--seed 47] [--keep DIR]

A maintainer often copies a page from the browser (select all, copy) and pastes it into a
.txt file, menus, licence lines and share buttons included. This bench makes such a copy of
N of the reading corpus's saved pages: Chromium (Debian's, driven by Playwright, scripts off,
no network) opens each page from disk and gives its `document.body.innerText`, which is what
the clipboard gets. Each copy keeps its page's truth. Then `bench/reading.py`'s scoring reads
both sets, the pages as HTML and as pasted text, and prints them side by side, with the page
dates a paste can hold at all: many pages print their date only in a meta tag or an element's
attribute, which no paste carries.

The saved pages have no style sheets, so menus a styled page hides come out as text too: a
paste here holds more chrome than a reader's usually does.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

from reading import COLUMNS, DEFAULT_CORPUS, _table, score  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def paste_pages(pages: list[Path], out: Path) -> int:
    """Write each page's innerText as <out>/<folder>/<name>.txt, with its truth; the count written."""
    from playwright.sync_api import sync_playwright

    by_folder: dict[str, list[Path]] = {}
    for page in pages:
        by_folder.setdefault(page.parent.name, []).append(page)
    written = 0
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        context = browser.new_context(java_script_enabled=False, offline=True)
        tab = context.new_page()
        # (a saved page's images and scripts point at the web: only the file itself is opened)
        tab.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        for folder, folder_pages in sorted(by_folder.items()):
            truth = {entry["file"]: entry for entry in yaml.safe_load((folder_pages[0].parent / "truth.yaml").read_text(encoding="utf-8"))}
            target = out / folder
            target.mkdir(parents=True, exist_ok=True)
            entries = []
            for page in folder_pages:
                tab.goto(page.as_uri(), wait_until="domcontentloaded", timeout=30_000)
                text = tab.evaluate("document.body ? document.body.innerText : ''")
                name = page.stem + ".txt"
                (target / name).write_text(text.strip() + "\n", encoding="utf-8")
                entries.append({**truth[page.name], "file": name})
                written += 1
            (target / "truth.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
        browser.close()
    return written


def link_pages(pages: list[Path], out: Path) -> None:
    """The same pages as HTML, in a corpus of their own (links and their truth)."""
    for folder in sorted({page.parent.name for page in pages}):
        chosen = {page.name for page in pages if page.parent.name == folder}
        target = out / folder
        target.mkdir(parents=True, exist_ok=True)
        entries = [e for e in yaml.safe_load((DEFAULT_CORPUS / folder / "truth.yaml").read_text(encoding="utf-8")) if e["file"] in chosen]
        for name in chosen:
            (target / name).symlink_to(DEFAULT_CORPUS / folder / name)
        (target / "truth.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _date_forms(day) -> list[str]:
    d, m, y = day.day, day.month, day.year
    return [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{str(y)[2:]}", f"{d} tháng {m} năm {y}", f"{d} Tháng {m}, {y}"]


def page_dates_in_text(corpus: Path, misses: list[str]) -> tuple[int, int]:
    """(page dates the pasted texts print, of them those read): a page date counts only where
    its paste holds it in some common form."""
    import datetime as dt

    held = missed = 0
    missed_files = {m.split(":", 1)[0] for m in misses if ": page_date: " in m}
    for truth_file in sorted(corpus.glob("*/truth.yaml")):
        for entry in yaml.safe_load(truth_file.read_text(encoding="utf-8")) or []:
            day = entry.get("page_date")
            if not day:
                continue
            day = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day))
            text = re.sub(r"\s+", " ", (truth_file.parent / entry["file"]).read_text(encoding="utf-8"))
            if any(form in text for form in _date_forms(day)):
                held += 1
                missed += f"{truth_file.parent.name}/{entry['file']}" in missed_files
    return held, held - missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=250, help="how many saved pages (all of them: 0)")
    parser.add_argument("--seed", type=int, default=47)
    parser.add_argument("--keep", type=Path, help="write the pasted copies here and keep them")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} not found: this bench drives Debian's chromium (apt-get install chromium)")

    pages = sorted(DEFAULT_CORPUS.glob("*/*.html"))
    if args.n:
        pages = sorted(random.Random(args.seed).sample(pages, min(args.n, len(pages))))
    work = Path(tempfile.mkdtemp(prefix="biennien-pasted-"))
    pasted = args.keep or work / "pasted"
    if args.keep and args.keep.exists() and any(args.keep.iterdir()):
        # (only a folder this bench wrote is emptied: each of its folders holds a truth.yaml, and nothing else is there)
        if not all(child.is_dir() and (child / "truth.yaml").is_file() for child in args.keep.iterdir()):
            raise SystemExit(f"{args.keep}: not empty and not this bench's copies; give a new or empty folder")
        shutil.rmtree(args.keep)
    try:
        written = paste_pages(pages, pasted)
        link_pages(pages, work / "html")
        as_html, _, _ = score(work / "html")
        as_text, _, misses = score(pasted)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{written} saved pages of the reading corpus (seed {args.seed}), read as HTML and as pasted text\n")
    print(_table([("as HTML", as_html.figures(), written), ("pasted as text", as_text.figures(), written)], COLUMNS))
    if args.keep:
        held, read = page_dates_in_text(pasted, misses)
        print(f"\npage dates the pasted texts print: {held} of {written}; read: {read} ({read / max(held, 1):.1%})")
        print(f"the copies and their truth: {args.keep} (python bench/reading.py --corpus {args.keep} lists every miss)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
