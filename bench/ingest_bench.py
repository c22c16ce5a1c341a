"""How fast `biennien ingest` reads raw articles, on one core, and how much memory it needs.

    python bench/ingest_bench.py [--n 3000] [--keep DIR] [--show 3]

1. Writes N invented raw .txt articles (bench/corpus.py) into a temporary folder.
2. Pins this process to one CPU, then times, in-process:
     - parse only: generator.ingest.read_raw_article on every file (read, decode, read for meaning);
     - the whole pipeline: generator.ingest.ingest([sources], out) into an empty folder
       (parse, dump front matter, write each file atomically);
     - the same again over its own output, when nothing has changed.
3. Runs `python -m generator ingest SOURCES --out OUT` as a fresh child process (through
   bench/_measure.py) and reports its wall time and peak memory.
4. Compares what ingest read with what the generator wrote into each article (event date,
   page date, title, kicker, byline, outlet, participants, captions) and prints the rates.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BENCH = Path(__file__).resolve().parent
for folder in (str(ROOT), str(BENCH)):
    if folder not in sys.path:
        sys.path.insert(0, folder)

import corpus  # noqa: E402
from corpus import WORK_DIR  # noqa: E402
from generator.ingest import ingest, read_raw_article  # noqa: E402


def pin_to_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to cpu {cpu}"


def measure_child(command: list[str], workdir: Path) -> dict:
    """Run command as a fresh process via _measure.py; its figures as a dict."""
    result = workdir / f"measure-{time.monotonic_ns()}.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    completed = subprocess.run(
        [sys.executable, str(BENCH / "_measure.py"), str(result), "--", *command],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    if completed.returncode != 0 or not result.exists():
        raise SystemExit(f"measuring {' '.join(command)} failed:\n{completed.stdout}\n{completed.stderr}")
    figures = json.loads(result.read_text())
    figures["stdout"], figures["stderr"] = completed.stdout, completed.stderr
    return figures


def compare(article, truth: dict) -> dict[str, bool]:
    got_people = [(p.name, p.role) for p in article.participants]
    return {
        "date": article.date == truth["date"],
        "page_date": article.page_date == truth["page_date"],
        "title": article.title == truth["title"],
        "kicker": article.kicker == truth["kicker"],
        "byline": article.byline == truth["byline"],
        "source": article.source == truth["source"],
        "participants": got_people == truth["participants"],
        "captions": article.body.count('<figure class="caption">') == truth["captions"],
    }


def participant_problems(article, truth: dict) -> list[str]:
    """Each way the participants read differ from those meant, one label per person."""
    got = dict((p.name, p.role) for p in article.participants)
    want = dict(truth["participants"])
    hard = set(truth["hard_roles"])
    labels = []
    for name, role in want.items():
        known = " (a known-hard organisation name)" if name in hard else ""
        if name not in got:
            labels.append("person missed" + known)
        elif got[name] != role:
            short = role.startswith(got[name]) or all(part in role for part in got[name].split(", "))
            labels.append(("role read short" if short else "role differs") + known)
    for name in got:
        if name not in want:
            tail = name.split(" ", 1)[-1]
            if tail in want:
                labels.append(f"extra person: a place's last syllable read as a family name, e.g. '{name}'")
            else:
                labels.append("extra person")
    if not labels and [n for n, _ in truth["participants"]] != [p.name for p in article.participants]:
        labels.append("order differs")
    return labels


def rate(count: int, seconds: float) -> str:
    return f"{count / seconds:10.1f}" if seconds > 0 else "       inf"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=3000, help="how many raw articles (default 3000)")
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (default: a temporary folder, removed)")
    parser.add_argument("--show", type=int, default=3, help="how many mismatches to print per field (default 3)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(dir=WORK_DIR, prefix="biennien-ingest-bench-") as temp:
        work = Path(args.keep) if args.keep else Path(temp)
        work.mkdir(parents=True, exist_ok=True)
        src, out, out_child = work / "sources", work / "out", work / "out-cli"
        for folder in (out, out_child):
            if folder.exists() and any(folder.iterdir()):
                raise SystemExit(f"{folder} is not empty; give --keep an empty or new folder")

        started = time.perf_counter()
        samples = corpus.write_raw_corpus(src, args.n)
        generate_s = time.perf_counter() - started
        paths = [path for path, _ in samples]
        total_bytes = sum(p.stat().st_size for p in paths)
        total_words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)

        pinned = pin_to_one_core()
        gc.collect()

        # Parse only.
        started, cpu = time.perf_counter(), time.process_time()
        articles = [read_raw_article(p) for p in paths]
        parse_s, parse_cpu = time.perf_counter() - started, time.process_time() - cpu

        # Whole pipeline, in-process, into an empty folder; then again with nothing to do.
        started, cpu = time.perf_counter(), time.process_time()
        report = ingest([src], out)
        ingest_s, ingest_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        again = ingest([src], out)
        again_s, again_cpu = time.perf_counter() - started, time.process_time() - cpu

        # As a user runs it: a fresh process (inherits the one-core affinity).
        child = measure_child([sys.executable, "-m", "generator", "ingest", str(src), "--out", str(out_child)], work)
        written_cli = sum(1 for _ in out_child.rglob("*.md"))

        n = len(paths)
        print(f"ingest benchmark: {n} raw articles, {total_bytes / n / 1024:.1f} KB and {total_words / n:.0f} words each on average")
        print(f"Python {platform.python_version()} on {platform.machine()}, {pinned}; corpus generated in {generate_s:.2f} s")
        print()
        print(f"{'':40} {'seconds':>8} {'articles/s':>10} {'ms/article':>10} {'CPU s':>8} {'per CPU s':>10}")
        rows = [
            ("parse only (read_raw_article per file)", parse_s, parse_cpu),
            ("ingest, empty output (in-process)", ingest_s, ingest_cpu),
            ("ingest again, nothing changed", again_s, again_cpu),
            ("CLI child process (incl. start-up)", child["seconds"], child["user_seconds"] + child["system_seconds"]),
        ]
        for label, seconds, cpu_s in rows:
            print(f"{label:40} {seconds:8.2f} {rate(n, seconds)} {1000 * seconds / n:10.2f} {cpu_s:8.2f} {rate(n, cpu_s)}")
        print("(wall clock on one core; 'per CPU s' is articles per second of CPU time, which other load on the machine does not change)")
        print()
        print(f"files written: in-process {len(report.written)} (failed {len(report.failed)}, duplicates {len(report.duplicates)}); "
              f"again: {len(again.unchanged)} unchanged, {len(again.written)} rewritten; CLI {written_cli} (exit {child['returncode']})")
        pss = child["tree_pss_kb"]
        print(f"peak memory of the CLI child: max RSS {child['max_rss_kb'] / 1024:.1f} MB"
              + (f", peak PSS of its process tree {pss / 1024:.1f} MB (sampled)" if pss else "")
              + f"; CPU {child['user_seconds']:.2f} s user + {child['system_seconds']:.2f} s system")
        if report.failed:
            print("failed:", *report.failed[:5], sep="\n  ")

        # What ingest read, against what the generator meant.
        checks = [compare(a, t) for a, (_, t) in zip(articles, samples)]
        print()
        print(f"reading check against the generator's intent ({n} articles):")
        for field in checks[0]:
            good = sum(c[field] for c in checks)
            print(f"  {field:13} {good:6}/{n}  {100 * good / n:6.2f}%")
        problems = Counter(
            label.split(", e.g.")[0] for a, (_, t), c in zip(articles, samples, checks) if not c["participants"]
            for label in participant_problems(a, t)
        )
        people_meant = sum(len(t["participants"]) for _, t in samples)
        print(f"  participants, per person ({people_meant} meant):")
        for problem, count in problems.most_common():
            print(f"    {count:6} × {problem}")
        for field in checks[0]:
            shown = 0
            for article, (path, truth), check in zip(articles, samples, checks):
                if check[field] or shown >= args.show:
                    continue
                shown += 1
                got = getattr(article, field) if field not in ("participants", "captions") else (
                    [(p.name, p.role) for p in article.participants] if field == "participants"
                    else article.body.count('<figure class="caption">'))
                print(f"  - {field} in {path.name}: read {got!r}, meant {truth[field]!r}")
        if args.keep:
            print(f"\nkept: {src} (raw), {out} (ingested)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
