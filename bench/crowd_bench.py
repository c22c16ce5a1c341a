"""How `biennien build` copes with one article that names a crowd: a congress's delegate
list, or a bad paste. The cost must grow with the mentions, not with their square.

    python bench/crowd_bench.py [--sizes 1000 2000 5000 10000] [--normal 200] [--timeout 180] [--keep DIR]

For each size N, in a fresh temporary folder: writes `--normal` ordinary invented articles
(bench/corpus.py) and one more article, a party congress whose participants are N
people: the corpus's own people first (so the crowd shares events with the ordinary
articles, as a real delegate list would), then invented names, all distinct. Then runs

    python -m generator build --content CONTENT --out SITE

as a fresh child process through bench/_measure.py, from the repository root, with
SOURCE_DATE_EPOCH set, and prints the wall time, the peak memory and the files written.
A build still running after --timeout seconds is killed (with the workers it forked) and
reported as such; the larger sizes are then skipped, as they would take longer still.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import corpus  # noqa: E402
from build_bench import measure, site_figures  # noqa: E402
from corpus import WORK_DIR  # noqa: E402

from generator.article import Article, Participant, dump_article  # noqa: E402

CROWD_DATE = dt.date(2020, 10, 14)
CROWD_ROLES = ["Đại biểu", "Đại biểu chính thức", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Chi bộ", ""]


def crowd_names(n: int) -> list[str]:
    """n distinct names: the corpus's people, then invented ones in a fixed shuffle."""
    names = [p.name for p in corpus.default_people()][:n]
    taken = set(names)
    surnames = list(dict.fromkeys(corpus.SURNAMES))
    middles = list(dict.fromkeys(corpus.MIDDLE_MALE + corpus.MIDDLE_FEMALE))
    givens = list(dict.fromkeys(corpus.GIVEN_MALE + corpus.GIVEN_FEMALE))
    pool = [f"{s} {m} {g}" for s in surnames for m in middles for g in givens if g not in m.split()]
    random.Random(f"crowd-{corpus.SEED}").shuffle(pool)
    for name in pool:
        if len(names) >= n:
            break
        if name not in taken:
            taken.add(name)
            names.append(name)
    if len(names) < n:
        raise SystemExit(f"crowd_bench: only {len(names)} distinct names can be made; ask for fewer")
    return names


def crowd_article(n: int) -> str:
    rng = random.Random(f"crowd-roles-{n}")
    names = crowd_names(n)
    body = "\n\n".join([
        "LSO-Sáng 14/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025 khai mạc trọng thể.",
        "Dự đại hội có các đồng chí: " + "; ".join(names[:50]) + " và các đại biểu chính thức.",
        "Đại hội thảo luận, thông qua báo cáo chính trị và bầu Ban Chấp hành Đảng bộ tỉnh khóa mới.",
    ])
    article = Article(
        title=f"Khai mạc Đại hội đại biểu Đảng bộ tỉnh ({n} đại biểu)",
        date=CROWD_DATE,
        page_date=CROWD_DATE,
        byline="Phùng Khiêm",
        source="Báo Lạng Sơn",
        participants=[Participant(name, rng.choice(CROWD_ROLES)) for name in names],
        body=body,
        source_file=f"content/sources/crowd-{n}.txt",
        source_sha256=f"{n:064x}",
    )
    return dump_article(article)


def run_one(n: int, normal: int, work: Path, timeout: float) -> dict:
    content, site = work / "articles", work / "site"
    corpus.write_markdown_corpus(content, normal)
    crowd = content / str(CROWD_DATE.year) / f"{CROWD_DATE.isoformat()}-dai-hoi-{n}-dai-bieu.md"
    crowd.parent.mkdir(parents=True, exist_ok=True)
    crowd.write_text(crowd_article(n), encoding="utf-8", newline="\n")
    figures = measure([sys.executable, "-m", "generator", "build", "--content", str(content), "--out", str(site)],
                      work, timeout, bench="crowd_bench")
    if figures["returncode"] != 0 and not figures["timed_out"]:
        tail = "\n".join((figures["stderr"] or figures["stdout"]).strip().splitlines()[-15:])
        raise SystemExit(f"crowd_bench: the build with {n} participants failed (exit {figures['returncode']}):\n{tail}")
    if not figures["timed_out"]:
        figures.update(site_figures(site))
    figures.update(n=n, crowd_bytes=crowd.stat().st_size)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000],
                        help="participants in the crowd article (default: 1000 2000 5000 10000)")
    parser.add_argument("--normal", type=int, default=200, help="ordinary articles beside it (default: 200)")
    parser.add_argument("--timeout", type=float, default=180, help="kill a build after this many seconds (default: 180)")
    parser.add_argument("--keep", metavar="DIR", help="build under DIR/<N>/ and keep it (default: temporary, removed)")
    args = parser.parse_args()

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"crowd benchmark: Python {platform.python_version()} on {platform.machine()}, {cores} core(s) available, "
          f"{args.normal} ordinary articles + one with N participants, timeout {args.timeout:.0f} s")
    results = []
    for n in args.sizes:
        if args.keep:
            work = Path(args.keep) / str(n)
            if work.exists():
                shutil.rmtree(work)
            work.mkdir(parents=True)
            r = run_one(n, args.normal, work, args.timeout)
        else:
            with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix=f"biennien-crowd-bench-{n}-") as temp:
                r = run_one(n, args.normal, Path(temp), args.timeout)
        results.append(r)
        if r["timed_out"]:
            print(f"  N={n}: killed after {r['seconds']:.0f} s; larger sizes skipped")
            break
        last = (r["stdout"].strip().splitlines() or [""])[-1]
        print(f"  N={n}: crowd article {r['crowd_bytes'] / 1024:.0f} kB; build said: {last}")

    print()
    print(f"{'N':>7} {'seconds':>8} {'files':>7} {'site MB':>8} {'max RSS MB':>10} {'tree PSS MB':>11}")
    for r in results:
        if r["timed_out"]:
            print(f"{r['n']:7} {'> ' + format(r['seconds'], '.0f'):>8} {'killed':>7}")
            continue
        pss = f"{r['tree_pss_kb'] / 1024:11.1f}" if r["tree_pss_kb"] else f"{'n/a':>11}"
        print(f"{r['n']:7} {r['seconds']:8.2f} {r['files']:7} {r['bytes'] / 2**20:8.1f} {r['max_rss_kb'] / 1024:10.1f} {pss}")
    print("\nseconds: wall clock of the child, incl. Python start-up; max RSS: the largest single process;"
          "\ntree PSS: the sampled peak of the whole process tree (build workers included).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
