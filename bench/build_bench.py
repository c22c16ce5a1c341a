"""How long `biennien build` takes, how many files it writes and how much memory it needs,
for archives of N articles.

    python bench/build_bench.py [--n 1000 10000] [--keep DIR] [--check]

For each N: writes N invented Markdown articles (bench/corpus.py, in the front matter
contract of generator/article.py) into a fresh temporary content folder, then runs

    python -m generator build --content CONTENT --out SITE

as a fresh child process (through bench/_measure.py), from the repository root, with
SOURCE_DATE_EPOCH set. It reports the wall time, the files written under SITE, the peak
memory, and the size of any search index (files under SITE with "search" in their name
or in a folder name above them).
The build decides itself how many cores it uses; nothing is pinned here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BENCH = Path(__file__).resolve().parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import corpus  # noqa: E402
from corpus import WORK_DIR  # noqa: E402

DEFAULT_EPOCH = "1735689600"  # 2025-01-01T00:00:00Z


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env.setdefault("SOURCE_DATE_EPOCH", DEFAULT_EPOCH)
    return env


def check_build_command() -> None:
    """Stop with a clear message when `python -m generator build` is not there (yet)."""
    probe = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--help"],
        cwd=ROOT, env=child_env(), capture_output=True, text=True,
    )
    text = probe.stdout + probe.stderr
    if probe.returncode != 0 or "--content" not in text or "--out" not in text:
        detail = (probe.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise SystemExit(
            "build_bench: the build command is missing or does not take --content and --out:\n"
            f"  `python -m generator build --help` exited {probe.returncode}: {detail}\n"
            "  (bench/build_bench.py needs `python -m generator build --content DIR --out DIR`)"
        )


def measure(command: list[str], workdir: Path, timeout: float | None = None, bench: str = "build_bench", cwd: Path = ROOT) -> dict:
    """command's wall time, CPU and peak memory through _measure.py (killed after timeout),
    run from cwd (the repository root unless told)."""
    result = workdir / "measure.json"
    limit = ["--timeout", str(timeout)] if timeout else []
    completed = subprocess.run(
        [sys.executable, str(BENCH / "_measure.py"), str(result), *limit, "--", *command],
        cwd=cwd, env=child_env(), capture_output=True, text=True,
    )
    if not result.exists():
        raise SystemExit(f"{bench}: measuring failed:\n{completed.stdout}\n{completed.stderr}")
    figures = json.loads(result.read_text())
    figures["stdout"], figures["stderr"] = completed.stdout, completed.stderr
    return figures


def site_figures(site: Path) -> dict:
    files = [p for p in site.rglob("*") if p.is_file()] if site.is_dir() else []
    # The search index, whatever it is called: any file with "search" in its name or in a
    # folder name above it (site/search/*.js as well as site/assets/search.js).
    search = [p for p in files if any("search" in part.lower() for part in p.relative_to(site).parts)]
    return {
        "files": len(files),
        "html": sum(1 for p in files if p.suffix == ".html"),
        "bytes": sum(p.stat().st_size for p in files),
        "search": sorted((str(p.relative_to(site)), p.stat().st_size) for p in search),
    }


def run_one(n: int, work: Path, check: bool = False) -> dict:
    content, site = work / "articles", work / "site"
    started = time.perf_counter()
    corpus.write_markdown_corpus(content, n)
    generate_s = time.perf_counter() - started
    content_bytes = sum(p.stat().st_size for p in content.rglob("*.md"))
    # A clean build: no load cache left by an earlier run (the build runs from ROOT).
    shutil.rmtree(ROOT / ".cache" / "biennien", ignore_errors=True)
    figures = measure([sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(site)], work)
    if figures["returncode"] != 0:
        tail = "\n".join((figures["stderr"] or figures["stdout"]).strip().splitlines()[-15:])
        raise SystemExit(f"build_bench: the build of {n} articles failed (exit {figures['returncode']}):\n{tail}")
    figures.update(site_figures(site))
    figures.update(n=n, generate_s=generate_s, content_bytes=content_bytes)
    if check:
        # `check` as a maintainer meets it: after a build (its load cache warm), then with
        # no cache at all (a fresh clone, or after an upgrade of biennien).
        command = [sys.executable, "-m", "generator", "check", "--content", str(content)]
        warm = measure(command, work)
        shutil.rmtree(ROOT / ".cache" / "biennien", ignore_errors=True)
        cold = measure(command, work)
        for name, result in (("warm", warm), ("cold", cold)):
            if result["returncode"] != 0:
                raise SystemExit(f"build_bench: check ({name}) of {n} articles failed:\n{result['stderr'][-2000:]}")
        figures.update(check_warm_s=warm["seconds"], check_cold_s=cold["seconds"],
                       check_rss_kb=max(warm["max_rss_kb"], cold["max_rss_kb"]))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000], help="archive sizes (default: 1000 10000)")
    parser.add_argument("--keep", metavar="DIR", help="build under DIR/<N>/ and keep it (default: temporary, removed)")
    parser.add_argument("--check", action="store_true", help="also time `biennien check` after the build (cache warm) and with no cache")
    args = parser.parse_args()

    check_build_command()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"build benchmark: Python {platform.python_version()} on {platform.machine()}, {cores} core(s) available, "
          f"SOURCE_DATE_EPOCH={child_env()['SOURCE_DATE_EPOCH']}")
    results = []
    for n in args.n:
        if args.keep:
            work = Path(args.keep) / str(n)
            if work.exists():
                shutil.rmtree(work)
            work.mkdir(parents=True)
            results.append(run_one(n, work, args.check))
        else:
            with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix=f"biennien-build-bench-{n}-") as temp:
                results.append(run_one(n, Path(temp), args.check))
        r = results[-1]
        last = (r["stdout"].strip().splitlines() or [""])[-1]
        print(f"  N={n}: content {r['content_bytes'] / 2**20:.1f} MB generated in {r['generate_s']:.1f} s; build said: {last}")

    print()
    print(f"{'N':>7} {'seconds':>8} {'files':>7} {'html':>7} {'site MB':>8} {'max RSS MB':>10} {'tree PSS MB':>11} {'search bytes':>13}")
    for r in results:
        pss = f"{r['tree_pss_kb'] / 1024:11.1f}" if r["tree_pss_kb"] else f"{'n/a':>11}"
        search = f"{sum(size for _, size in r['search']):13,}" if r["search"] else f"{'none':>13}"
        print(f"{r['n']:7} {r['seconds']:8.2f} {r['files']:7} {r['html']:7} {r['bytes'] / 2**20:8.1f} "
              f"{r['max_rss_kb'] / 1024:10.1f} {pss} {search}")
    if args.check:
        print(f"\n{'N':>7} {'check, cache warm s':>20} {'check, no cache s':>18} {'max RSS MB':>10}")
        for r in results:
            print(f"{r['n']:7} {r['check_warm_s']:20.2f} {r['check_cold_s']:18.2f} {r['check_rss_kb'] / 1024:10.1f}")
    for r in results:
        if r["search"]:
            biggest = sorted(r["search"], key=lambda item: -item[1])
            listed = ", ".join(f"{name} {size:,} B" for name, size in biggest[:6])
            more = f", and {len(biggest) - 6} more" if len(biggest) > 6 else ""
            print(f"  search files at N={r['n']}: {len(biggest)}, largest: {listed}{more}")
    print("\nseconds: wall clock of the child, incl. Python start-up; max RSS: the largest single process;"
          "\ntree PSS: the sampled peak of the whole process tree (build workers included).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
