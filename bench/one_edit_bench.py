"""One edited title, built from the command line, for two or more versions of biennien
run in turns (A B A B …): the machine is shared and noisy, so versions are compared
round by round, never block by block.

    python bench/one_edit_bench.py --project A=/path/a:/code/a B=/path/b:/code/b [--rounds 6] [--clean]

With --edit add, each round adds a copy of that article under a new name instead (the
quick build's add, snapshot_add.py, until the copies' names pass the 100 characters of a
slug and clash: then a whole build). With --edit move, each round puts
its day right to the 1st or the 28th of its month in turn: it moves past the other
events of its month. With --edit person, each round takes its last participant away or
puts them back, in turn (the first round takes them away: the file must name someone).

Each NAME=PROJECT:CODE runs `python -m generator build` in PROJECT (its own copy of the
corpus, caches and site) with CODE first on PYTHONPATH. Before each round the same
article (the middle one, by path) of every project gets a new title; the build's wall
time (fork to exit) and CPU time are taken by the parent. At the end the sites are
compared byte for byte (they must be identical: same corpus, same edits).

Make a project with the corpus of bench/corpus.py:

    python -c "import sys; sys.path.insert(0, 'bench'); import corpus; from pathlib import Path; \\
               corpus.write_markdown_corpus(Path('/work/p10k/content/articles'), 10000)"
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def middle_article(project: Path) -> Path:
    articles = sorted((project / "content" / "articles").rglob("*.md"))
    return articles[len(articles) // 2]


def retitle(path: Path, number: int) -> None:
    text = path.read_text(encoding="utf-8")
    text, count = re.subn(r"^title: .*$", lambda m: f"title: 'Tiêu đề sửa lần {number} của bài giữa'", text, count=1, flags=re.M)
    assert count == 1, path
    path.write_text(text, encoding="utf-8", newline="\n")


def redate(path: Path, number: int) -> None:
    text = path.read_text(encoding="utf-8")
    day = "01" if number % 2 else "28"
    text, count = re.subn(r"^(date: ['\"]?\d{4}-\d{2}-)\d{2}", lambda m: m.group(1) + day, text, count=1, flags=re.M)
    assert count == 1, path
    path.write_text(text, encoding="utf-8", newline="\n")


_AS_WRITTEN: dict[Path, str] = {}


def repeople(path: Path, take_away: bool) -> None:
    text = _AS_WRITTEN.setdefault(path, path.read_text(encoding="utf-8"))
    if take_away:
        # (the last entry of the list: the line after it is the next field or the end)
        text, count = re.subn(r"^- name: [^\n]*\n(?:  [^\n]*\n)*(?=[^\s-]|---)", "", text, count=1, flags=re.M)
        assert count == 1, path
    path.write_text(text, encoding="utf-8", newline="\n")


def run_build(project: Path, code: Path, python: str) -> tuple[float, float, str]:
    env = dict(os.environ, PYTHONPATH=str(code))
    env.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([python, "-P", "-m", "generator", "build"], cwd=project, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{project}: build failed:\n{done.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, (done.stdout.strip().splitlines() or [""])[-1]


def tree_digest(site: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        h.update(path.relative_to(site).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", nargs="+", required=True, metavar="NAME=PROJECT:CODE")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--start", type=int, default=1, help="number of the first edit (titles must differ from the last run's)")
    parser.add_argument("--edit", choices=["title", "add", "move", "person"], default="title",
                        help="title: a new title for the middle article (default); add: a copy of it under a new name; "
                             "move: its day to the 1st or the 28th of its month, in turn; "
                             "person: its last participant taken away or put back, in turn")
    args = parser.parse_args()
    versions = []
    for item in args.project:
        name, _, rest = item.partition("=")
        project, _, code = rest.partition(":")
        versions.append((name, Path(project).resolve(), Path(code).resolve()))
    results: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in versions}
    for round_number in range(args.start, args.start + args.rounds):
        for name, project, code in versions:
            if args.edit == "title":
                retitle(middle_article(project), round_number)
            elif args.edit == "move":
                redate(middle_article(project), round_number)
            elif args.edit == "person":
                repeople(middle_article(project), (round_number - args.start) % 2 == 0)
            else:
                middle = middle_article(project)
                copy = middle.with_name(f"{middle.stem}-ban-sao-{round_number}.md")
                copy.write_bytes(middle.read_bytes())
        line = []
        for name, project, code in versions:
            wall, cpu, said = run_build(project, code, args.python)
            results[name].append((wall, cpu))
            line.append(f"{name} {wall:.3f} s ({cpu:.2f} CPU)")
        print(f"round {round_number}: " + ", ".join(line) + f"   [{said}]", flush=True)
    print()
    for name, runs in results.items():
        walls = [w for w, _ in runs]
        cpus = [c for _, c in runs]
        print(f"{name}: wall median {statistics.median(walls):.3f} s ({min(walls):.3f}-{max(walls):.3f}), "
              f"CPU median {statistics.median(cpus):.3f} s")
    digests = {name: tree_digest(project / "site") for name, project, _ in versions}
    print("sites:", ", ".join(f"{name} {digest}" for name, digest in digests.items()),
          "identical" if len(set(digests.values())) == 1 else "DIFFER")
    return 0


if __name__ == "__main__":
    sys.exit(main())
