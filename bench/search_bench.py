"""Search at scale, in Debian's Chromium, opened from file:// as a reader of the zip would.

    python bench/search_bench.py [--n 1000 10000] [--first-only]

For each N: builds N generated articles, then prints the index size on disk, what the
home page downloads before any search, what a reader's first search downloads and how
long it takes to show results (a fresh page per query, loading included), how long the
whole index takes to load, the time of one search over everything (median of several
queries), and the time from a keystroke to the first result on screen with everything
loaded (the reader's view: debounce included).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import WORK_DIR, write_markdown_corpus  # noqa: E402

QUERIES = ["lang son", "dong dang", "hoi nghi tong ket", "nguyen thi thuy", "Chủ tịch UBND", "xay dung nong thon moi", "covid"]
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
    const check = () => list.querySelector('[role=option]') ? resolve() : requestAnimationFrame(check);
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
    const check = () => (document.querySelector('#ket-qua-tim-kiem [role=option]') || status.textContent.indexOf('Không tìm thấy') >= 0)
      && window.BIENNIEN_SEARCH.ready() ? resolve() : setTimeout(check, 2);
    check();
  });
  return performance.now() - started;
}"""


def measure(n: int, work: Path, first_only: bool = False) -> dict:
    content, site = work / "content", work / "site"
    write_markdown_corpus(content, n)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1700000000"}
    subprocess.run([sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(site)],
                   cwd=work, env=env, check=True, capture_output=True)
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
            fresh.goto((site / "index.html").as_uri())
            first_ms.append(fresh.evaluate(FIRST_SEARCH, query))
            first_kb.append(sum((site / "search" / u.rsplit("/", 1)[-1]).stat().st_size for u in requested if "/search/" in u) / 1e3)
            context.close()
        page = browser.new_page()
        loaded = []
        page.on("request", lambda r: loaded.append(r.url))
        page.goto((site / "index.html").as_uri())
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
    args = parser.parse_args()
    print(f"{'N':>6} {'index MB':>9} {'files':>5} {'home kB':>8} {'index before search':>19} "
          f"{'1st search kB':>13} {'(max)':>7} {'1st search ms':>13} {'(max)':>7} "
          f"{'load all s':>10} {'search ms':>9} {'(max)':>7} {'key→result ms':>13} {'(max)':>7}")
    for n in args.n:
        with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix="biennien-search-bench-") as work:
            r = measure(n, Path(work), args.first_only)
        print(f"{r['n']:>6} {r['index_mb']:>9.1f} {r['index_files']:>5} {r['home_kb']:>8.1f} "
              f"{r['index_requests_before_search']:>19} {r['first_kb']:>13.0f} {r['first_kb_max']:>7.0f} "
              f"{r['first_ms']:>13.1f} {r['first_ms_max']:>7.1f} {r['load_s']:>10.2f} {r['find_ms']:>9.1f} "
              f"{r['find_max_ms']:>7.1f} {r['keystroke_ms']:>13.1f} {r['keystroke_max_ms']:>7.1f}", flush=True)


if __name__ == "__main__":
    main()
