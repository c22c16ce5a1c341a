"""The command line: options in, one library call per verb, one clear line per error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import BiennienError


def _ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest
    from .ingest.report import print_report

    report = ingest([Path(s) for s in args.sources], Path(args.out), force=args.force)
    return print_report(report)


def _build(args: argparse.Namespace) -> int:
    from .site.build import build, print_build_report
    from .site.progress import Progress

    site_dir = Path(args.out)
    report = build(Path("."), Path(args.content), site_dir, strict=args.strict, progress=Progress("rendering"))
    print_build_report(report, site_dir)
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="biennien",
        description="Turn Vietnamese news articles into a static, chronological news timeline.",
    )
    verbs = main.add_subparsers(dest="verb", metavar="COMMAND")
    verbs.required = True

    ingest = verbs.add_parser(
        "ingest",
        help="read raw .txt/.html articles into Markdown with front matter",
        description="Read raw articles (.txt, .html, .htm; folders are searched) and write one "
        "Markdown file per article to OUT/<year>/<date>-<slug>.md. Files you have edited by hand "
        "are left alone unless --force is given.",
    )
    ingest.add_argument("sources", nargs="+", metavar="SOURCE", help="article files or folders")
    ingest.add_argument("--out", default="content/articles", help="where to write (default: content/articles)")
    ingest.add_argument("--force", action="store_true", help="overwrite files even where they were edited by hand")
    ingest.set_defaults(run=_ingest)

    build = verbs.add_parser(
        "build",
        help="build the static site from the Markdown articles",
        description="Build the timeline site from CONTENT/**/*.md into OUT. The previous site is "
        "replaced only when the new one is complete. site.yaml in the current folder configures "
        "it; templates/ and assets/ there override the built-in ones file by file.",
    )
    build.add_argument("--content", default="content/articles", help="the articles (default: content/articles)")
    build.add_argument("--out", default="site", help="where to write the site (default: site)")
    build.add_argument("--strict", action="store_true", help="fail on any article problem instead of skipping the article")
    build.set_defaults(run=_build)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except BiennienError as exc:
        for line in str(exc).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
