"""`biennien build`: load every article (reporting all problems at once), model the
archive, declare every page, render them (on both cores for a big archive), and swap
the finished site in atomically.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from ..article import Article, Participant, read_article
from ..errors import ArticleError, BiennienError
from ..vietnamese import normalise, slugify
from .builders import (
    Builder, BuildContext, Page, asset_pages, event_pages, event_path, feed_pages, not_found_pages,
    people_pages, person_path, sitemap_pages, timeline_pages, year_path,
)
from .aliases import FILE as ALIASES_FILE
from .aliases import Aliases, load_aliases
from .config import load_config, with_base_url
from .model import Event, build_archive, crowd_warnings
from .output import SitePaths, StagedSite, relative_url
from .render import environment, markdown_to_html
from .search import search_pages

# Every kind of output, in the order they claim their paths (the sitemap lists the pages
# claimed before it). A new kind of output is one more function here.
BUILDERS: tuple[Builder, ...] = (
    timeline_pages, event_pages, people_pages, not_found_pages, feed_pages, sitemap_pages,
    search_pages, asset_pages,
)

# Below this many items, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 400


class BuildFailed(BiennienError):
    pass


@dataclass
class BuildReport:
    pages: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    """Front matter problems, one line each (file:line: field: message)."""
    skipped: list[Path] = field(default_factory=list)
    crowds: list[str] = field(default_factory=list)
    """Articles that name so many people they are likely a bad paste (built all the same)."""
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _load_one(path: Path) -> tuple[Article | None, str, list[str]]:
    """(article, its body as sanitised HTML, problems) for one Markdown file."""
    try:
        article = read_article(path)
    except ArticleError as exc:
        return None, "", exc.lines()
    except OSError as exc:
        return None, "", [f"{path}:1: could not be read: {exc.strerror or exc}"]
    return article, markdown_to_html(article.body), []


def _load_chunk(paths: list[Path]) -> list[tuple[Article | None, str, list[str]]]:
    return [_load_one(p) for p in paths]


def _die_with_parent(parent: int) -> None:
    """Pool initializer: a worker dies at once when the build is killed (Linux), instead
    of rendering on, writing into a folder the next build removes, and holding the site's
    lock (the lock's file is inherited) so that the next build is refused."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # killed before the line above took effect
        os._exit(1)


def _pool():
    return multiprocessing.get_context("fork").Pool(_jobs(), initializer=_die_with_parent, initargs=(os.getpid(),))


_PR_SET_PDEATHSIG = 1


def _jobs() -> int:
    return max(1, min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def _chunks(items: list, count: int) -> list[list]:
    size = max(1, -(-len(items) // count))
    return [items[i:i + size] for i in range(0, len(items), size)]


def article_paths(content_dir: Path) -> list[Path]:
    """The articles under content_dir: every .md file but hidden ones and READMEs (which
    say what a folder is for)."""
    paths = sorted(content_dir.rglob("*.md")) if content_dir.is_dir() else []
    return [
        p for p in paths
        if not any(part.startswith(".") for part in p.relative_to(content_dir).parts) and p.name.lower() != "readme.md"
    ]


def load_events(content_dir: Path, report: BuildReport, aliases: Aliases = Aliases()) -> list[Event]:
    paths = article_paths(content_dir)
    if len(paths) >= PARALLEL_THRESHOLD and _jobs() > 1:
        with _pool() as pool:
            loaded = [item for chunk in pool.map(_load_chunk, _chunks(paths, _jobs() * 8)) for item in chunk]
    else:
        loaded = _load_chunk(paths)
    events = []
    slugs = SitePaths()
    for path, (article, html, problems) in zip(paths, loaded):
        if problems:
            report.problems += problems
            report.skipped.append(path)
            continue
        assert article is not None
        article.body = ""  # rendered into html once; the Markdown is not needed again
        # Hand-typed names may be NFD or use the other tone-mark placement: one person;
        # and one person of many spellings (people.yaml) is named one way.
        article.participants = aliases.rename([Participant(normalise(p.name), normalise(p.role)) for p in article.participants])
        events.append(Event(article=article, slug="", html=html))
    # Slugs in a stable order (by file path) so the same content always gets the same URLs.
    for event in sorted(events, key=lambda e: str(e.article.path)):
        event.slug = slugs.unique_slug("event", slugify(event.article.path.stem, max_length=100))
    return events


# Set in the parent just before forking render workers, read by them: fork shares
# it without pickling the archive (whose events link to each other).
_RENDER_STATE: dict = {}


def _render_range(bounds: tuple[int, int]) -> int:
    env, pages, staged, common = (_RENDER_STATE[k] for k in ("env", "pages", "staged", "common"))
    start, stop = bounds
    for page in pages[start:stop]:
        staged.write(page.path, render_page(env, page, common))
    return stop - start


def render_page(env, page: Page, common: dict) -> bytes:
    if page.data is not None:
        return page.data
    if page.produce is not None:
        return page.produce()

    def rel(path: str) -> str:
        return relative_url(page.path, path)

    try:
        return env.get_template(page.template).render(page=page, rel=rel, **common, **page.context).encode("utf-8")
    except jinja2.TemplateSyntaxError as exc:
        raise BuildFailed(f"{exc.filename or exc.name}:{exc.lineno}: template error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise BuildFailed(f"{page.template}: could not render {page.path}: {exc}") from None


def build(
    root: Path, content_dir: Path, site_dir: Path, strict: bool = False, progress=None, base_url: str | None = None
) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    if not content_dir.is_dir():
        raise BuildFailed(f"{content_dir}: no such folder; give the folder of Markdown articles with --content")
    config = load_config(root / "site.yaml")
    if base_url:
        config = with_base_url(config, base_url)
    aliases = load_aliases(root / ALIASES_FILE)  # one person, many spellings
    events = load_events(content_dir, report, aliases)
    if report.problems and strict:
        raise BuildFailed(
            "\n".join(report.problems)
            + f"\nbuild failed (--strict): {len(report.skipped)} article(s) with problems; {site_dir} was left as it was"
        )
    for path in report.skipped:
        report.notices.append(f"skipped {path}: fix the problems above, then build again")

    archive = build_archive(events)
    report.crowds = crowd_warnings(archive)
    for person in archive.people:
        person.spellings = aliases.spellings.get(person.name, [])
    paths = SitePaths()
    for person in archive.people:
        person.slug = paths.unique_slug("person", slugify(person.name))
    ctx = BuildContext(config=config, archive=archive, paths=paths, project_assets=root / "assets")
    pages: list[Page] = []
    for builder in BUILDERS:
        pages += builder(ctx)
    report.notices += ctx.notices

    env = environment(root / "templates")
    common = {"site": config, "archive": archive, "event_url": event_path, "person_url": person_path, "year_url": year_path}
    staged = StagedSite(site_dir, protected=[root, content_dir, root / "templates", root / "assets"])
    try:
        _RENDER_STATE.update(env=env, pages=pages, staged=staged, common=common)
        if len(pages) >= PARALLEL_THRESHOLD and _jobs() > 1:
            # Workers share the archive with the parent by fork; keep the garbage collector
            # from touching (and so copying) every shared object in each of them.
            gc.freeze()
            ranges = [(i, min(i + 200, len(pages))) for i in range(0, len(pages), 200)]
            with _pool() as pool:
                done = 0
                for count in pool.imap_unordered(_render_range, ranges):
                    done += count
                    if progress:
                        progress(done, len(pages))
        else:
            _render_range((0, len(pages)))
        staged.commit()
    except BaseException:
        staged.discard()
        raise
    finally:
        _RENDER_STATE.clear()
        gc.unfreeze()
    report.pages = Counter(page.kind for page in pages)
    report.seconds = time.perf_counter() - started
    return report


def print_build_report(report: BuildReport, site_dir: Path, stream=sys.stdout) -> None:
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for crowd in report.crowds:
        print(f"warning: {crowd}", file=sys.stderr)
    for notice in report.notices:
        print(f"note: {notice}", file=sys.stderr)
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(report.pages.items()))
    total = sum(report.pages.values())
    print(f"built {site_dir} in {report.seconds:.2f} s: {total} files ({kinds}); "
          f"{len(report.problems) + len(report.crowds)} warning(s)", file=stream)
