"""Search at scale, in Debian's Chromium, opened from file:// as a reader of the zip would,
or served over http.

    python bench/search_bench.py [--n 1000 10000] [--first-only] [--via file http] [--also-js OLD.js]

For each N: builds N generated articles, then prints the index size on disk, what the
home page downloads before any search, what a reader's first search downloads and how
long it takes to show results (a fresh page per query, loading included; the median and
the worst of the queries, and which was the worst), how long the whole index takes to
load, the time of one search over everything (median of several queries), and the time
from a keystroke to the first result on screen with everything loaded (the reader's view:
debounce included). One row per way of opening the site (--via), on the same build; with
--also-js, rows again with that file in place of the built assets/search.js (an earlier
version, say `git show REV:assets/search.js`), to compare on the same site.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import WORK_DIR, write_markdown_corpus  # noqa: E402

# Common words, a phrase, a name, a query with diacritics, a word found in few articles
# ("covid") and one found nowhere (a typo).
QUERIES = ["lang son", "dong dang", "hoi nghi tong ket", "nguyen thi thuy", "Chủ tịch UBND", "xay dung nong thon moi", "covid",
           "xay dugn"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking"]

KEYSTROKE_TO_RESULT = """async (query) => {
  const input = document.getElementById('o-tim-kiem');
  const list = document.getElementById('ket-qua-tim-kiem');
  input.value = '';
  list.textContent = '';
  const started = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await new Promise(resolve => {
    // A result, or the text that none was found (an option the reader cannot choose).
    const check = () => list.querySelector('[role=option]:not([aria-disabled]), .no-results') ? resolve() : requestAnimationFrame(check);
    check();
  });
  return performance.now() - started;
}"""


# From typing a query on a page just opened to results on screen and the index done
# loading what that search needs.
FIRST_SEARCH = """async (query) => {
  const input = document.getElementById('o-tim-kiem');
  const status = document.querySelector('.search-status');
  const started = performance.now();
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await new Promise(resolve => {
    const check = () => (document.querySelector('#ket-qua-tim-kiem [role=option]:not([aria-disabled])') || status.textContent.indexOf('Không tìm thấy') >= 0)
      && window.BIENNIEN_SEARCH.ready() ? resolve() : setTimeout(check, 2);
    check();
  });
  return performance.now() - started;
}"""


@contextmanager
def opened(site: Path, via: str):
    """The base URL of the site, from disk or from a plain static server."""
    if via == "file":
        yield site.as_uri() + "/"
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(base + "index.html", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def build_site(n: int, work: Path) -> Path:
    content, site = work / "content", work / "site"
    write_markdown_corpus(content, n)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1700000000"}
    subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(site)],
                   cwd=work, env=env, check=True, capture_output=True)
    return site


def measure(n: int, site: Path, base: str, first_only: bool = False) -> dict:
    index_files = sorted((site / "search").glob("*.js"))
    home_bytes = sum((site / p).stat().st_size for p in ("index.html", "assets/style.css", "assets/search.js", "assets/timeline.js"))

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        # A reader's first search, each query on a fresh page: what it downloads of the
        # index, and the time from the keystroke to results on screen, loading included.
        first_kb, first_ms = [], []
        for query in QUERIES:
            context = browser.new_context()
            fresh = context.new_page()
            requested = []
            fresh.on("request", lambda r: requested.append(r.url))
            fresh.goto(base + "index.html")
            first_ms.append(fresh.evaluate(FIRST_SEARCH, query))
            first_kb.append(sum((site / "search" / u.rsplit("/", 1)[-1]).stat().st_size for u in requested if "/search/" in u) / 1e3)
            context.close()
        page = browser.new_page()
        loaded = []
        page.on("request", lambda r: loaded.append(r.url))
        page.goto(base + "index.html")
        before_search = [u for u in loaded if "/search/" in u]
        load_seconds, find_ms, keystroke_ms = float("nan"), [float("nan")], [float("nan")]
        if not first_only:
            started = time.perf_counter()
            page.evaluate("window.BIENNIEN_SEARCH.loadAll()")
            page.wait_for_function("window.BIENNIEN_SEARCH.ready() && window.BIENNIEN_SEARCH.loaded() > 1", timeout=600_000)
            load_seconds = time.perf_counter() - started
            find_ms = []
            for query in QUERIES:
                timings = page.evaluate(
                    "(q) => { const t = []; for (let i = 0; i < 5; i++) { const s = performance.now();"
                    " window.BIENNIEN_SEARCH.find(q); t.push(performance.now() - s); } return t; }", query)
                find_ms.append(statistics.median(timings))
            keystroke_ms = [page.evaluate(KEYSTROKE_TO_RESULT, query) for query in QUERIES]
        browser.close()
    return {
        "first_kb": statistics.median(first_kb),
        "first_kb_max": max(first_kb),
        "first_ms": statistics.median(first_ms),
        "first_ms_max": max(first_ms),
        "worst": QUERIES[max(range(len(QUERIES)), key=lambda i: (first_kb[i], first_ms[i]))],
        "n": n,
        "index_mb": sum(f.stat().st_size for f in index_files) / 1e6,
        "index_files": len(index_files),
        "home_kb": home_bytes / 1e3,
        "index_requests_before_search": len(before_search),
        "load_s": load_seconds,
        "find_ms": statistics.median(find_ms),
        "find_max_ms": max(find_ms),
        "keystroke_ms": statistics.median(keystroke_ms),
        "keystroke_max_ms": max(keystroke_ms),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--first-only", action="store_true", help="only a reader's first searches (skip loading the whole index)")
    parser.add_argument("--via", nargs="+", choices=["file", "http"], default=["file"],
                        help="open the site from disk (file://) or from a local http server, or both (one build)")
    parser.add_argument("--also-js", type=Path, help="measure again with this file as the site's assets/search.js")
    args = parser.parse_args()
    scripts = [("built", None)] + ([("also-js", args.also_js.read_bytes())] if args.also_js else [])
    print(f"{'N':>6} {'via':>4} {'js':>7} {'index MB':>9} {'files':>5} {'home kB':>8} {'index before search':>19} "
          f"{'1st search kB':>13} {'(max)':>7} {'1st search ms':>13} {'(max)':>7} "
          f"{'load all s':>10} {'search ms':>9} {'(max)':>7} {'key→result ms':>13} {'(max)':>7}  worst 1st search")
    for n in args.n:
        with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix="biennien-search-bench-") as work:
            site = build_site(n, Path(work))
            built = (site / "assets" / "search.js").read_bytes()
            for label, script in scripts:
                (site / "assets" / "search.js").write_bytes(built if script is None else script)
                for via in args.via:
                    with opened(site, via) as base:
                        r = measure(n, site, base, args.first_only)
                    print_row(r, via, label)


def print_row(r: dict, via: str, label: str) -> None:
    print(f"{r['n']:>6} {via:>4} {label:>7} {r['index_mb']:>9.1f} {r['index_files']:>5} {r['home_kb']:>8.1f} "
          f"{r['index_requests_before_search']:>19} {r['first_kb']:>13.0f} {r['first_kb_max']:>7.0f} "
          f"{r['first_ms']:>13.1f} {r['first_ms_max']:>7.1f} {r['load_s']:>10.2f} {r['find_ms']:>9.1f} "
          f"{r['find_max_ms']:>7.1f} {r['keystroke_ms']:>13.1f} {r['keystroke_max_ms']:>7.1f}  {r['worst']}", flush=True)


if __name__ == "__main__":
    main()
