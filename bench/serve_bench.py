"""From saving an article to seeing it served: `biennien serve` on N articles.

    python bench/serve_bench.py [--n 1000 10000] [--edits 5] [--edit title|role|date|person|add] [--via browser|http]

For each N: writes N invented Markdown articles (bench/corpus.py) into a temporary
project, starts `python -m generator serve` on a free port, waits for its first build,
then edits one article's title EDITS times (a different article each time). With
`--via browser` (the default) the article's page is open in Chromium (Debian's, driven
by Playwright) before each save, and the time is from the save to the page having
reloaded by itself with the new title, as a maintainer sees it; with `--via http` the
page is polled over HTTP every 10 ms until it shows the new title. With `--edit role`
the edit also changes a participant's role: the person's pages and the search's list of
people move too (both edits are quick builds, snapshot.py). With `--edit date` the edit
also moves the event a day (within its year): the timeline, the year page and the
neighbours move, a whole build. With `--edit person` the first participant is someone
new (a person's pages added, the people index and the search's people move): a whole
build. With `--edit add` each edit is a new article, the newest (a day after the last
one), and the time is to the home page showing it (the page open is the home page): a
quick build (snapshot_add.py), but for a day in a new year or a new month of a year cut
by month. Prints the time
from the save to the new page, per edit and the median. Also times the same edit built
by the CLI (`python -m generator build`, a fresh process) for comparison.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
from build_bench import child_env  # noqa: E402
from corpus import WORK_DIR  # noqa: E402

# As the browser tests start Debian's Chromium (tests/browser/conftest.py).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
_TITLE = re.compile(r"^title: (.*)$", re.MULTILINE)
_ROLE = re.compile(r"^  role: .*[^'\"]$", re.MULTILINE)
_NAME = re.compile(r"^- name: .*$", re.MULTILINE)
_DATE = re.compile(r"^date: '?(\d{4})-(\d\d)-(\d\d)'?$", re.MULTILINE)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port: int, path: str) -> str:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=5) as answer:
            return answer.read().decode("utf-8", "replace")
    except OSError:
        return ""


def wait_for(port: int, path: str, text: str, limit: float) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        if text in fetch(port, path):
            return time.perf_counter() - started
        time.sleep(0.01)
    raise SystemExit(f"serve_bench: {path} never showed {text!r} within {limit:.0f} s")


def retitle(article: Path, mark: str, edit: str = "title") -> str:
    """Add mark to the article's title (and, with edit "role", to its first participant's
    role; with "date", move its date a day: back, or forward from the 1st; with "person",
    name someone new as its first participant)."""
    text = article.read_text(encoding="utf-8")
    title = _TITLE.search(text).group(1).strip("'\"") + f" {mark}"
    text = _TITLE.sub(lambda _: f"title: {title}", text, count=1)
    if edit == "role":
        text = _ROLE.sub(lambda found: f"{found.group(0)} {mark}", text, count=1)
    elif edit == "date":
        def moved(found: re.Match) -> str:
            year, month, day = map(int, found.groups())
            return f"date: {year:04d}-{month:02d}-{day - 1 if day > 1 else day + 1:02d}"
        text = _DATE.sub(moved, text, count=1)
    elif edit == "person":
        text = _NAME.sub(lambda _: f"- name: Người Mới {mark}", text, count=1)
    article.write_text(text, encoding="utf-8")
    return title


def new_article(content: Path, mark: str) -> tuple[Path, str, str]:
    """A new article a day after the newest, as a maintainer's ingest would add it: (its
    file, its text, its title). Finding the newest reads every article (half a second at
    10,000), so it is done before the clock starts."""
    import datetime as dt
    newest = max(content.rglob("*.md"), key=lambda path: (_DATE.search(path.read_text(encoding="utf-8")).groups(), path.name))
    text = newest.read_text(encoding="utf-8")
    day = dt.date(*map(int, _DATE.search(text).groups())) + dt.timedelta(days=1)
    title = f"Bài mới thêm {mark}"
    text = _DATE.sub(lambda _: f"date: {day.isoformat()}", _TITLE.sub(lambda _: f"title: {title}", text, count=1), count=1)
    target = content / str(day.year) / f"{day.isoformat()}-bai-moi-{abs(hash(mark)) % 10**8}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    return target, text, title


def add_newest(content: Path, mark: str) -> tuple[Path, str]:
    """new_article written: (its file, its title)."""
    target, text, title = new_article(content, mark)
    target.write_text(text, encoding="utf-8")
    return target, title


def event_path(article: Path) -> str:
    """The page of a bench article (its stem is unique in the generated corpus: no "-2" suffix)."""
    from generator.vietnamese import slugify
    return f"su-kien/{slugify(article.stem, max_length=100)}/index.html"


def reloaded(page, port: int, path: str, article: Path, mark: str, edit: str) -> float:
    """Open path in the browser, save the edit, and time until the page has reloaded by
    itself (the mark left in the old page's window is gone) showing the new title."""
    page.goto(f"http://127.0.0.1:{port}/{path}")
    time.sleep(1)  # the page's live-reload socket opens after its load
    page.evaluate("window.__before_reload = true")
    if edit == "add":
        target, text, title = new_article(article, mark)
        started = time.perf_counter()
        target.write_text(text, encoding="utf-8")
    else:
        started = time.perf_counter()
        title = retitle(article, mark, edit)
    shown = "document.body.innerText" if edit == "add" else "document.title"  # (the home page lists it)
    page.wait_for_function(f"title => !window.__before_reload && {shown}.includes(title)",
                           arg=title, timeout=120_000, polling=5)
    return time.perf_counter() - started


def run_one(n: int, edits: int, work: Path, edit: str = "title", via: str = "browser") -> tuple[list[float], list[float]]:
    content = work / "content" / "articles"
    corpus.write_markdown_corpus(content, n)
    articles = sorted(content.rglob("*.md"))
    port = free_port()
    env = child_env()
    subprocess.run([sys.executable, "-m", "generator", "build"], cwd=work, env=env, check=True, capture_output=True)
    log = open(work / "serve.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--port", str(port)],
                              cwd=work, env=env, stdout=log, stderr=subprocess.STDOUT)
    served = []
    browser = None
    try:
        wait_for(port, "index.html", "<html", 600)
        time.sleep(1)
        if via == "browser":
            from playwright.sync_api import sync_playwright
            playwright = sync_playwright().start()
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page()
        for number in range(edits):
            article = articles[(number * 7919) % len(articles)]
            if edit == "add":  # (the home page, which shows the newest; content stands for the article)
                if via == "browser":
                    served.append(reloaded(page, port, "index.html", content, f"sửa {number}", edit))
                else:
                    title = add_newest(content, f"sửa {number}")[1]  # (wait_for's clock starts after the write)
                    served.append(wait_for(port, "index.html", title, 120))
            elif via == "browser":
                served.append(reloaded(page, port, event_path(article), article, f"sửa {number}", edit))
            else:
                title = retitle(article, f"sửa {number}", edit)
                served.append(wait_for(port, event_path(article), title, 120))
            time.sleep(0.5)
    finally:
        if browser is not None:
            browser.close()
            playwright.stop()
        server.terminate()
        server.wait(timeout=30)
        log.close()
    built = []
    for number in range(edits):
        article = articles[(number * 104729 + 1) % len(articles)]
        if edit == "add":
            add_newest(content, f"dựng {number}")
        else:
            retitle(article, f"dựng {number}", edit)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "generator", "build"], cwd=work, env=env, check=True, capture_output=True)
        built.append(time.perf_counter() - started)
    return served, built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--edit", choices=("title", "role", "date", "person", "add"), default="title",
                        help="what each edit changes: a title, a title and a role (the person's pages move too), "
                             "a title and the date (the timeline moves too), a title and a new person, "
                             "or a new article, the newest (seen on the home page)")
    parser.add_argument("--via", choices=("browser", "http"), default="browser",
                        help="see the edit as the reloaded page in Chromium, or poll the page over HTTP")
    args = parser.parse_args()
    what = {"title": "one title edited", "role": "one title and one role edited", "date": "one title and one date edited",
            "person": "one title and one person edited", "add": "one article added"}[args.edit]
    seen = "reloaded in Chromium" if args.via == "browser" else "served over HTTP"
    print(f"serve benchmark: {os.cpu_count()} core(s); {what} at a time; the page {seen}")
    print(f"{'N':>7} {'serve: save to page, median s':>30} {'each':>30} {'CLI build, median s':>20}")
    for n in args.n:
        with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix=f"biennien-serve-bench-{n}-") as temp:
            served, built = run_one(n, args.edits, Path(temp), args.edit, args.via)
        each = " ".join(f"{s:.2f}" for s in served)
        print(f"{n:7} {statistics.median(served):30.2f} {each:>30} {statistics.median(built):20.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
