"""The command line: options in, one library call per verb, one clear line per error."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from .errors import BiennienError


def _ingest(args: argparse.Namespace) -> int:
    from .ingest import ingest
    from .ingest.report import print_report
    from .ingest.vocabulary import load_vocabulary, project_vocabulary

    vocabulary = load_vocabulary(Path(args.vocabulary).resolve()) if args.vocabulary else project_vocabulary(Path("."))
    report = ingest([Path(s) for s in args.sources or ["content/sources"]], Path(args.out), force=args.force, vocabulary=vocabulary)
    return print_report(report)


def _build(args: argparse.Namespace) -> int:
    from .site.build import build, print_build_report
    from .site.progress import Progress

    site_dir = Path(args.out)
    report = build(Path("."), Path(args.content), site_dir, strict=args.strict, progress=Progress("rendering"),
                   base_url=args.base_url, jobs=args.jobs)
    print_build_report(report, site_dir)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from .serve import serve

    serve(Path("."), Path(args.content), Path(args.out), args.host, args.port)
    return 0


def _check(args: argparse.Namespace) -> int:
    from .check import check

    report = check(Path("."), Path(args.content), jobs=args.jobs)
    for problem in report.problems:
        print(f"error: {problem}", file=sys.stderr)
    for link in report.broken:
        print(f"error: broken link: {link}", file=sys.stderr)
    for crowd in report.crowds:
        print(f"warning: {crowd}", file=sys.stderr)
    for item in report.to_review:
        print(f"review: {item}")
    for item in report.suggestions:
        print(item)
    crowds = f", {len(report.crowds)} likely bad paste(s)" if report.crowds else ""
    print(f"checked {report.pages} files: {len(report.problems)} article problem(s), "
          f"{len(report.broken)} broken link(s), {len(report.to_review)} article(s) to review, "
          f"{len(report.suggestions)} thing(s) to look at{crowds}")
    return 1 if report.problems or report.broken else 0


def _zip(args: argparse.Namespace) -> int:
    from .pack import site_is_stale, zip_site
    from .site.build import build, build_inputs, print_build_report

    site_dir, out = Path(args.site), Path(args.out)
    if args.rebuild or site_is_stale(site_dir, build_inputs(Path("."), Path(args.content))):
        print_build_report(build(Path("."), Path(args.content), site_dir), site_dir)
    count = zip_site(site_dir, out, out.stem)
    print(f"wrote {out}: {count} files; unzip it and open {out.stem}/index.html")
    return 0


def _init(args: argparse.Namespace) -> int:
    from .scaffold import create_project

    folder = Path(args.folder)
    for path in create_project(folder):
        print(f"wrote {path}")
    print(f"a new archive in {folder}: put raw articles in {folder / 'content' / 'sources'}, then, from {folder}: "
          "biennien ingest, biennien check, biennien serve (see its README.md)")
    return 0


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("biennien")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


class _Version(argparse.Action):
    """--version, looking the version up only when asked (not on every command)."""

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"biennien {version()}")
        parser.exit()


def _content_option(verb: argparse.ArgumentParser) -> None:
    verb.add_argument("--content", default="content/articles", help="the articles (default: content/articles)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number of cores, 1 or more")
    return value


def _jobs_option(verb: argparse.ArgumentParser) -> None:
    verb.add_argument("--jobs", "-j", type=_positive, metavar="N", help="cores to load and render on (default: every core this process may use)")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="biennien",
        description="Turn Vietnamese news articles into a static, chronological news timeline.",
    )
    main.add_argument("--version", action=_Version, nargs=0, help="show the installed version and exit")
    verbs = main.add_subparsers(dest="verb", metavar="COMMAND")
    verbs.required = True

    init = verbs.add_parser(
        "init", help="start a new archive in a folder",
        description="Write a working project into FOLDER (which must be empty or new): site.yaml "
        "with every setting explained, an empty people.yaml, content/sources/ and content/articles/, a README with the "
        "next commands, and a GitHub Pages workflow. From inside it every verb works with no options.",
    )
    init.add_argument("folder", metavar="FOLDER", help="the new project's folder")
    init.set_defaults(run=_init)

    ingest = verbs.add_parser(
        "ingest",
        help="read raw .txt/.html articles into Markdown with front matter",
        description="Read raw articles (.txt, .html, .htm; folders are searched) and write one "
        "Markdown file per article to OUT/<year>/<date>-<slug>.md. Files you have edited by hand "
        "are left alone unless --force is given.",
    )
    ingest.add_argument("sources", nargs="*", metavar="SOURCE", help="article files or folders (default: content/sources)")
    ingest.add_argument("--out", default="content/articles", help="where to write (default: content/articles)")
    ingest.add_argument("--force", action="store_true", help="overwrite files even where they were edited by hand")
    ingest.add_argument("--vocabulary", metavar="FILE", help="a project's own words for names, roles, places and outlets (default: ./vocabulary.yaml when present)")
    ingest.set_defaults(run=_ingest)

    build = verbs.add_parser(
        "build",
        help="build the static site from the Markdown articles",
        description="Build the timeline site from CONTENT/**/*.md into OUT. The previous site is "
        "replaced only when the new one is complete. site.yaml in the current folder configures "
        "it; templates/ and assets/ there override the built-in ones file by file.",
    )
    _content_option(build)
    build.add_argument("--out", default="site", help="where to write the site (default: site)")
    build.add_argument("--strict", action="store_true", help="fail on any article problem instead of skipping the article")
    build.add_argument("--base-url", metavar="URL", help="the URL the site is served at, over site.yaml's base_url (for a staging copy)")
    _jobs_option(build)
    build.set_defaults(run=_build)

    serve = verbs.add_parser(
        "serve", help="build, serve on this machine and rebuild on every change (live reload)",
        description="Build the site, serve it at http://HOST:PORT/, and rebuild and reload the "
        "page whenever an article, template, asset or site.yaml changes.",
    )
    _content_option(serve)
    serve.add_argument("--out", default="site", help="where to build (default: site)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.set_defaults(run=_serve)

    check = verbs.add_parser(
        "check", help="check articles and every internal link, writing nothing",
        description="Load every article (reporting all front matter problems), render every page "
        "in memory, check that every internal link and asset resolves, list the articles whose "
        "fields wait for review, and suggest likely duplicates (people, articles) and dates to "
        "look at. Exit 1 on any problem or broken link.",
    )
    _content_option(check)
    _jobs_option(check)
    check.set_defaults(run=_check)

    pack = verbs.add_parser(
        "zip", help="write the site as one zip that works opened from disk",
        description="Build the site if it is missing or older than its inputs, then write it as "
        "one zip (deterministic bytes) that a reader unzips and opens with index.html.",
    )
    pack.add_argument("--out", default="site.zip", help="the zip file (default: site.zip)")
    _content_option(pack)
    pack.add_argument("--site", default="site", help="the built site (default: site)")
    pack.add_argument("--rebuild", action="store_true", help="build even if the site looks up to date")
    pack.set_defaults(run=_zip)
    return main


def main(argv: list[str] | None = None, *, exits_after: bool = False) -> int:
    """Run one command; exits_after: the process ends right after it (see run)."""
    args = parser().parse_args(argv)
    if exits_after and args.run is _build:
        # Nothing a build leaves outlives it here: the cyclic collector would walk what it
        # made only to free it just before the end (25 ms after one edit at 10,000 articles).
        gc.disable()
    try:
        return args.run(args)
    except BiennienError as exc:
        for line in str(exc).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    except OSError as exc:  # a disk or permission problem: still one line, no traceback
        print(f"error: {exc.filename or ''}: {exc.strerror or exc}".replace(": : ", ": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def run() -> None:
    """The `biennien` command: main(), then an exit that does not tear the heap down. A
    build of 10,000 articles holds a few million objects; freeing them one by one at exit
    took a fifth of a one-edit build (0.4 s), and the operating system takes the memory
    back at once. Everything the command writes is closed or flushed by then; only an
    error that escapes main() leaves the usual way, with its traceback."""
    code = main(exits_after=True)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`biennien check | head`): nothing more to say
            pass
    os._exit(code)
