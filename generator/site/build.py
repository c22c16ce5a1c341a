"""`biennien build`: load every article (reporting all problems at once), model the
archive, declare every page, render them (on both cores for a big archive), and swap
the finished site in atomically.
"""

from __future__ import annotations

import contextlib
import ctypes
import dataclasses
import functools
import gc
import operator
import os
import re
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from ..article import Participant, article_from_bytes
from ..errors import ArticleError, BiennienError
from ..vietnamese import collation_key, normalise, slugify
from .builders import (
    Builder, BuildContext, Page, asset_pages, event_pages, event_path, feed_pages, not_found_pages,
    people_pages, person_path, sitemap_pages, timeline_pages, year_path,
)
from .aliases import FILE as ALIASES_FILE
from .aliases import Aliases, load_aliases
from .bodies import RAW_BODIES_UP_TO, encode, pack
from .cache import FOLDER as CACHE_FOLDER
from .cache import LoadCache, Loaded, digest_of, front_digest, in_background
from .config import load_config, with_base_url
from .model import Event, build_archive, crowd_warnings
from .keys import PageKeys, PageRecord
from .output import MARKER, OutputError, SiteLock, SitePaths, StagedSite, UpdatedSite, linker
from .render import body_html, environment
from .search import search_pages
from . import snapshot

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
    rendered: int = 0
    """Pages rendered: all of them, or after an edit those whose key changed."""
    seconds: float = 0.0


def _load_one(path: Path, compress: bool = True) -> tuple[bytes, Loaded]:
    """(digest of the file's bytes, the article with its body as sanitised HTML,
    compressed or not (bodies.encode), or its problems) for one Markdown file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return b"", Loaded(None, b"", [f"{path}:1: could not be read: {exc.strerror or exc}"])
    return _load_bytes(path, data, compress)


def _load_bytes(path: Path, data: bytes, compress: bool = True) -> tuple[bytes, Loaded]:
    """_load_one of a file's bytes, read already."""
    try:
        article = article_from_bytes(data, path)
    except ArticleError as exc:
        return digest_of(data), Loaded(None, b"", exc.lines())
    html, plain = body_html(article.body)
    body = encode(html, compress, plain)
    article.body = ""  # rendered into html once; the Markdown is not needed again
    # Hand-typed names may be NFD or use the other tone-mark placement: one person.
    article.participants = [Participant(normalise(p.name), normalise(p.role)) for p in article.participants]
    return digest_of(data), Loaded(article, body, [], collation_key(article.title), front_digest(article))


def _load_chunk(paths: list[Path], compress: bool = True) -> list[tuple[bytes, Loaded]]:
    return [_load_one(p, compress) for p in paths]


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


def _pool(jobs: int):
    import multiprocessing  # (here: a build after one edit starts no worker)

    return multiprocessing.get_context("fork").Pool(jobs, initializer=_die_with_parent, initargs=(os.getpid(),))


# A render worker shares the archive with the parent by fork, but each object it reads
# gets its reference count written, and so its memory page copied: over thousands of
# pages a worker ends up with a private copy of the archive. Fresh workers for each wave
# of this many pages per core give it back; forking them costs a few milliseconds.
# (Pool's maxtasksperchild would fork from a helper thread, which can deadlock a child.)
PAGES_PER_WORKER_WAVE = 2500


_PR_SET_PDEATHSIG = 1


def available_cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than
    the machine has)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _chunks(items: list, count: int) -> list[list]:
    size = max(1, -(-len(items) // count))
    return [items[i:i + size] for i in range(0, len(items), size)]


def map_chunked(function, items: list, jobs: int) -> list:
    """function (which takes a list and returns one of the same length) over items, in
    chunks on `jobs` cores when there are enough items to pay for the workers."""
    if len(items) < PARALLEL_THRESHOLD or jobs <= 1:
        return function(items)
    with _pool(jobs) as pool:
        return [item for done in pool.map(function, _chunks(items, jobs * 8)) for item in done]


def article_paths(content_dir: Path) -> list[Path]:
    """The articles under content_dir: every .md file but hidden ones and READMEs (which
    say what a folder is for)."""
    return [Path(p) for p in _article_files(content_dir)]


def _article_files(content_dir: Path, ordered: bool = True) -> list[str]:
    """article_paths as strings: a build lists ten thousand files each time, and only the
    few it loads afresh need to be Paths. Unordered where the caller only looks them up."""
    found: list[str] = []
    _list_articles(os.fspath(content_dir), found)
    # In the order of Path's own comparison (by parts), without making Paths to compare.
    return sorted(found, key=file_order) if ordered else found


def file_order(file: str) -> list[str]:
    return file.split(os.sep)


def _list_articles(folder: str, found: list[str]) -> None:
    """The articles under folder, as os.walk finds them (a folder that is a link is not
    entered, one that cannot be read is passed over), but hidden folders; in a third of
    os.walk's time, which asks more of each entry than a listing of articles needs."""
    try:
        entries = os.scandir(folder)
    except OSError:
        return
    subfolders = []
    with entries:
        for entry in entries:
            name = entry.name
            try:
                is_folder = entry.is_dir()
            except OSError:
                is_folder = False
            if is_folder:
                try:
                    if not name.startswith(".") and not entry.is_symlink():
                        subfolders.append(entry.path)
                except OSError:
                    pass
            elif name.endswith(".md") and not name.startswith(".") and name.lower() != "readme.md":
                found.append(entry.path)
    for subfolder in subfolders:
        _list_articles(subfolder, found)


def _read_bytes(file: str) -> bytes:
    # (not Path(file).read_bytes: a Path made for each of ten thousand files a build, whose
    # bytes are read only where the cache does not know them)
    with open(file, "rb") as source:
        return source.read()


def load_events(
    content_dir: Path, report: BuildReport, aliases: Aliases = Aliases(), cache: LoadCache | None = None,
    jobs: int = 1, seen: dict | None = None,
) -> list[Event]:
    """Every article under content_dir as an event, its problems in the report. Files
    whose bytes the cache knows are not parsed again; the rest load on `jobs` cores.
    seen, where given, gets each file's (stat before it was read or None, digest of its
    bytes, its event or None)."""
    cache = cache or LoadCache(None)
    files = _article_files(content_dir)
    loaded: dict[str, Loaded] = {}
    digests: dict[str, bytes] = {}
    to_load: list[str] = []
    stats: dict[str, os.stat_result] = {}
    stat = os.stat
    for file in files:
        known = None
        try:
            stats[file] = status = stat(file)
            if cache.knows(file):  # a file the cache never held is read once, where it loads
                digest = digests[file] = cache.digest(file, status, functools.partial(_read_bytes, file))
                known = cache.get(file, digest)
        except OSError:
            pass  # loading reports it
        if known is not None:
            if type(known.body) is bytes:
                known.body = pack(known.body)  # (the cache's file of changes keeps bodies as bytes)
            loaded[file] = known
        else:
            to_load.append(file)
    # (bodies kept uncompressed in an archive of up to RAW_BODIES_UP_TO: see bodies.encode)
    load = functools.partial(_load_chunk, compress=len(files) > RAW_BODIES_UP_TO)
    fresh = map_chunked(load, [Path(file) for file in to_load], jobs)
    for file, (digest, item) in zip(to_load, fresh):
        item.body = pack(item.body)
        loaded[file] = item
        digests[file] = digest
        if digest:
            cache.put(file, digest, item)
            if file in stats:
                cache.sign(file, stats[file], digest)
    events = []
    rename = aliases.rename if aliases.canonical else None
    for file in files:
        item = loaded[file]
        if item.problems:
            report.problems += item.problems
            report.skipped.append(Path(file))
            if seen is not None:
                seen[file] = (stats.get(file), digests.get(file, b""), None)
            continue
        article = item.article
        assert article is not None
        if rename is not None:
            # One person of many spellings (people.yaml) is named one way; in a copy, so
            # the cached article stays as the file says, whatever people.yaml says today.
            article = dataclasses.replace(article, participants=rename(article.participants))
        events.append((file, Event(article=article, slug="", body=item.body, digest=digests[file],
                                   title_key=item.title_key, front=item.front)))
        if seen is not None:
            seen[file] = (stats.get(file), digests[file], events[-1][1])
    # Slugs in a stable order (by file path) so the same content always gets the same URLs.
    slugs = SitePaths()
    events.sort(key=operator.itemgetter(0))
    for file, event in events:
        # (Path(file).stem, without making the Path)
        event.slug = slugs.unique_slug("event", slugify(os.path.splitext(os.path.basename(file))[0], max_length=100))
    return [event for _, event in events]


def build_inputs(root: Path, content_dir: Path) -> list[Path]:
    """Everything a build reads: what `serve` watches and what makes `zip` build again."""
    return [content_dir, root / "templates", root / "assets", root / "site.yaml", root / ALIASES_FILE]


@dataclass
class SitePlan:
    """Everything a build decided before rendering: the events, the pages and how to
    render them. `build` writes the pages; `check` reads their links."""
    report: BuildReport
    events: list[Event]
    pages: list[Page]
    env: jinja2.Environment
    common: dict
    cache: LoadCache
    files: dict = field(default_factory=dict)
    """Each article file's (stat, digest, event or None), for the record of the build."""


def plan_site(
    root: Path, content_dir: Path, *, strict: bool = False, base_url: str | None = None, jobs: int = 1,
    use_cache: bool = True, site_dir: Path | None = None, save_cache: bool = True,
) -> SitePlan:
    """Load, model and declare every page. The load cache is saved here unless the caller
    saves it later (save_cache False: a build writes its pages first)."""
    report = BuildReport()
    if not content_dir.is_dir():
        raise BuildFailed(f"{content_dir}: no such folder; give the folder of Markdown articles with --content")
    config = load_config(root / "site.yaml")
    if base_url:
        config = with_base_url(config, base_url)
    aliases = load_aliases(root / ALIASES_FILE)  # one person, many spellings
    cache = LoadCache.open(root if use_cache else None)
    files: dict = {}
    events = load_events(content_dir, report, aliases, cache, jobs, seen=files)
    if save_cache or (report.problems and strict):
        cache.save()  # (on a failed --strict build too: what loaded is good, whatever the build decides)
    if cache.notice:
        report.notices.append(cache.notice)
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
    report.pages = Counter(page.kind for page in pages)
    env = environment(root / "templates", root / CACHE_FOLDER / "templates" if use_cache else None)
    return SitePlan(report, events, pages, env, template_globals(config, archive), cache, files)


def template_globals(config, archive) -> dict:
    """What every page's template sees beside its own context."""
    return {"site": config, "archive": archive, "event_url": event_path, "person_url": person_path, "year_url": year_path}


_BIG_KINDS = frozenset({"search", "year", "timeline", "people"})
_KINDS_THE_PARENT_RENDERS = frozenset({"person"})

# Set in the parent just before forking workers, read by them: fork shares it without
# pickling the archive (whose events link to each other).
_RENDER_STATE: dict = {}


def _render_range(bounds: tuple[int, int]) -> list:
    """Render pages[start:stop] and hand each to the run's `use` (write it, or read its
    links); the list of what `use` returned, where it returned something."""
    env, pages, use, common = (_RENDER_STATE[k] for k in ("env", "pages", "use", "common"))
    start, stop = bounds
    results = []
    for page in pages[start:stop]:
        result = use(page, render_page(env, page, common))
        if result is not None:
            results.append(result)
    return results


# Up to this many events, the parent does its own share (the people's pages, and `meanwhile`)
# while the workers render (beside the first wave and the last), instead of after them with a core idle: what it
# touches then is copied out of the memory it shares with them (a few tens of MB at 10,000
# events; at 100,000, beside the 1.5 GB target, it waits for them as before).
PARENT_WORKS_ALONGSIDE = 30_000


def render_pages(plan: SitePlan, use, jobs: int, pages: list[Page] | None = None, progress=None, meanwhile=None) -> list:
    """Render the plan's pages (or the given ones) on `jobs` cores, calling use(page,
    bytes) for each in the process that rendered it; what the calls returned. meanwhile,
    where given, is called once in this process, while the workers render if there are
    any (else after the pages)."""
    pages = plan.pages if pages is None else pages
    # The few big pages (search pieces, years, the timeline) first and one to a task, so
    # that no core is left rendering a pile of them after the others are done.
    # In time order: each core takes a run of years (below), and touches only their events.
    big = sorted((page for page in pages if page.kind in _BIG_KINDS), key=_year_of)
    # The people's pages last: between them they touch every event, whatever their years.
    parents = [page for page in pages if page.kind in _KINDS_THE_PARENT_RENDERS]
    pages = big + [page for page in pages if page.kind not in _BIG_KINDS and page.kind not in _KINDS_THE_PARENT_RENDERS] + parents
    in_parent = len(pages) - len(parents)  # (where they start)
    results: list = []
    try:
        _RENDER_STATE.update(env=plan.env, pages=pages, use=use, common=plan.common)
        if len(pages) >= PARALLEL_THRESHOLD and jobs > 1:
            # Workers share the archive with the parent by fork; keep the garbage collector
            # from touching (and so copying) every shared object in each of them.
            gc.freeze()
            # The big pages (years, months, search pieces) between them touch every event:
            # one task a core, each a run of years, so that a worker's reads copy only
            # its own years of the archive into its memory.
            share = -(-len(big) // jobs) if big else 1
            # (a wave of their own: what their workers copied is given back before the rest)
            waves = [[(i, min(i + share, len(big))) for i in range(0, len(big), share)]] if big else []
            # A worker that renders people's pages reads every event, and so copies most of the
            # archive into its memory (at 100,000 articles the build's peak): the parent renders
            # them from the archive it holds, beside the last wave or after them (see
            # PARENT_WORKS_ALONGSIDE).
            waves += _waves([(i, min(i + 200, in_parent)) for i in range(len(big), in_parent, 200)], jobs * PAGES_PER_WORKER_WAVE)
            alongside = bool(waves) and len(plan.events) <= PARENT_WORKS_ALONGSIDE
            ours = None
            done = 0
            for number, wave in enumerate(waves, 1):
                with _pool(jobs) as pool:
                    rendering = pool.imap(_render_range, wave)
                    # Three processes share two cores evenly, so the parent's part of a wave
                    # must be no more than a worker's, or it works on alone after them (its
                    # ~1 s of `meanwhile` beside the last wave left ~0.4 s so at 10,000). The
                    # rest (a whole build's load cache, page keys and record) beside the
                    # first wave, the big pages' (~1.3 s a worker at 10,000), and its pages
                    # (~0.5 s) beside the last.
                    if alongside and number == 1 and meanwhile is not None:
                        meanwhile()
                    if alongside and number == len(waves):
                        ours = _render_range((in_parent, len(pages)))
                    for (start, stop), part in zip(wave, rendering):
                        results += part
                        done += stop - start
                        if progress:
                            progress(done, len(pages))
            if not alongside:
                ours = _render_range((in_parent, len(pages)))
                if meanwhile is not None:
                    meanwhile()
            results += ours
            if progress:
                progress(len(pages), len(pages))
        else:
            results = _render_range((0, len(pages)))
            if meanwhile is not None:
                meanwhile()
    finally:
        _RENDER_STATE.clear()
        gc.unfreeze()
    return results


_YEAR = re.compile(r"(?:19|20)\d\d")


def _year_of(page: Page) -> int:
    """The year a page is of ('nam/2019/…', 'search/su-kien-2019-…'); 0 for the others."""
    found = _YEAR.search(page.path)
    return int(found.group(0)) if found else 0


def _waves(ranges: list[tuple[int, int]], pages: int) -> list[list[tuple[int, int]]]:
    """The ranges in runs of about `pages` pages; a last run of less than half that joins
    the one before (the parent works beside the last runs: 10,000 events made runs of
    5,000, 5,000 and 7 pages)."""
    waves: list[list[tuple[int, int]]] = [[]]
    count = 0
    for start, stop in ranges:
        if count >= pages:
            waves.append([])
            count = 0
        waves[-1].append((start, stop))
        count += stop - start
    waves = [wave for wave in waves if wave]
    if len(waves) > 1 and count < pages // 2:
        waves[-2:] = [waves[-2] + waves[-1]]
    return waves


def render_page(env, page: Page, common: dict) -> bytes:
    if page.data is not None:
        return page.data
    if page.produce is not None:
        return page.produce()

    try:
        return env.get_template(page.template).render(page=page, rel=linker(page.path), **common, **page.context).encode("utf-8")
    except jinja2.TemplateSyntaxError as exc:
        raise BuildFailed(f"{exc.filename or exc.name}:{exc.lineno}: template error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise BuildFailed(f"{_template_line(exc, page.template)}: could not render {page.path}: {exc}") from None


def _template_line(exc: Exception, name: str) -> str:
    """The template file and line where rendering failed (Jinja puts the templates' own
    files and lines in the traceback), or the page's template's name."""
    found = name
    trace = exc.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml")):
            found = f"{filename}:{trace.tb_lineno}"
        trace = trace.tb_next
    return found


# At most this many pages changed are rendered in memory and replaced in the site one by
# one; a build that changes more (a template or site.yaml edit, a first build) stages a
# whole new site beside the old one and swaps it in.
IN_PLACE_LIMIT = 2000


def build(
    root: Path, content_dir: Path, site_dir: Path, strict: bool = False, progress=None, base_url: str | None = None,
    jobs: int | None = None, use_cache: bool = True, save_in_background: bool = False,
) -> BuildReport:
    """Build the site into site_dir on `jobs` cores (default: every core this process
    may use). With the cache (use_cache), only the pages whose key changed since the last
    build into site_dir are rendered (see keys.py). save_in_background (`serve`): the
    load cache and the record of the build are written after this returns (see
    cache.in_background)."""
    started = time.perf_counter()
    jobs = jobs or available_cores()
    with _collector_paused():
        if use_cache:
            # After a small edit, from what the last build kept (snapshot.py); None where
            # the build must be a whole one.
            report = snapshot.quick_build(root, content_dir, site_dir, strict=strict, base_url=base_url,
                                          report_class=BuildReport, jobs=jobs)
            if report is not None:
                report.seconds = time.perf_counter() - started
                return report
        plan = plan_site(root, content_dir, strict=strict, base_url=base_url, jobs=jobs, use_cache=use_cache, site_dir=site_dir,
                         save_cache=False)
        written = None
        saved = []

        def save_cache() -> None:
            plan.cache.save()
            saved.append(True)

        try:
            # A whole site: the load cache is written while the workers render (the reader
            # sees no page before the whole site is swapped in anyway).
            written = _write_site(plan, root, content_dir, site_dir, use_cache, jobs, progress,
                                  meanwhile=None if save_in_background else save_cache)
        finally:
            if save_in_background:
                # `serve`: the load cache and the record of the build are written while
                # the browser already reloads.
                in_background(lambda: _save_after_pages(root, content_dir, site_dir, plan, written))
            elif not saved:
                plan.cache.save()
        if written is not None and not save_in_background:
            snapshot.save(root, site_dir, content_dir, plan, *written)  # (after the load cache, whose files it names)
    plan.report.seconds = time.perf_counter() - started
    return plan.report


def _save_after_pages(root: Path, content_dir: Path, site_dir: Path, plan: SitePlan, written) -> None:
    """`serve`'s, in the background: the load cache, then the record of the build
    (snapshot.py), which names the load cache's files as they are, where the build keeps
    one (written)."""
    plan.cache.save()
    if written is not None:
        snapshot.save(root, site_dir, content_dir, plan, *written)


def protected_paths(root: Path, content_dir: Path) -> list[Path]:
    """What a build must never replace with its site."""
    return [root, content_dir, root / "templates", root / "assets"]


@contextlib.contextmanager
def _collector_paused():
    """A build makes hundreds of thousands of objects that live until it ends (articles,
    events, pages, keys); the cyclic garbage collector would walk them again and again and
    free almost nothing (measured at 10,000 articles, one edit, interleaved: 9% of the CPU
    time). It is paused for the build and resumed after (`serve` builds again and again
    in one process)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_site(plan: SitePlan, root: Path, content_dir: Path, site_dir: Path, use_cache: bool, jobs: int, progress,
                meanwhile=None):
    """Write the plan's pages into site_dir: in place where few changed since the last
    build there, else as a whole new site swapped in. (every page's key, the page
    record's token) where what the build knew may be kept for the next (snapshot.py),
    else None. meanwhile, where given, is called while a whole site's pages render, and
    the record of the build (snapshot.py) is then written there too."""
    protected = protected_paths(root, content_dir)
    # Held until the record of what was written is saved: no other build reads the site
    # between this one's look at it and its last write.
    with SiteLock(site_dir, protected) as lock:
        record = PageRecord.open(root, site_dir) if use_cache else None
        keyed: list = []  # [(every page's key, whether one is keyed on the whole archive, the keys' digests)]
        if record is not None and record.pages and (site_dir / MARKER).is_file():
            keyed.append(_page_keys(plan))
            keys, whole_archive, digests = keyed[0]
            stale = [page for page in plan.pages if not record.unchanged(page.path, keys[page.path])]
            if len(stale) <= IN_PLACE_LIMIT:
                try:
                    _update_in_place(plan, stale, record, keys, UpdatedSite(lock), jobs)
                    return _kept(record, keys, whole_archive, digests)
                except OutputError:
                    # Put back as it was; a change the site cannot take file by file (a
                    # file where a folder now goes) is built whole, and a full disk fails
                    # there again with its own message.
                    pass
        staged = StagedSite(lock)
        token = os.urandom(16)  # the page record's, once the site is in place
        recorded: list[bool] = []

        def write(page: Page, data: bytes) -> None:
            staged.write(page.path, data)

        def alongside() -> None:
            # While the workers render (where the parent may: see render_pages): the load
            # cache, the pages' keys (a first build needs none before), and the record of
            # the build under the token the page record will have. Until that record is
            # written, after the site is swapped in, the old one's token does not match:
            # a build stopped before then leaves a record no build trusts.
            meanwhile()
            if record is not None:
                if not keyed:
                    keyed.append(_page_keys(plan))
                keys, whole_archive, digests = keyed[0]
                if not whole_archive:
                    recorded.append(snapshot.save(root, site_dir, content_dir, plan, keys, token, digests))

        try:
            render_pages(plan, write, jobs, progress=progress, meanwhile=alongside if meanwhile is not None else None)
            staged.commit()
        except BaseException:
            staged.discard()
            raise
        plan.report.rendered = len(plan.pages)
        if record is not None:
            if not keyed:
                keyed.append(_page_keys(plan))
            keys, whole_archive, digests = keyed[0]
            record.remember(keys, token=token)
            if recorded:
                return None  # (written already)
            return _kept(record, keys, whole_archive, digests)
    return None


def _page_keys(plan: SitePlan) -> tuple[dict[str, bytes | None], bool, tuple]:
    """(every page's key, whether one is keyed on the whole archive, the keys' digests of
    each event and person: see snapshot.save)."""
    page_keys = PageKeys(plan.env, plan.common["site"], plan.common["archive"])
    keys = {page.path: page_keys.key(page) for page in plan.pages}
    # (page_keys, with its digests of every event and person, tens of MB at 100,000, is
    # not kept through rendering)
    return keys, page_keys.whole_archive, page_keys.digests()


def _kept(record: PageRecord, keys: dict, whole_archive: bool, digests: tuple):
    """What snapshot.save needs of a build that wrote its page record, or None where the
    next build may not rely on it (no record written, a page keyed on the whole archive)."""
    if record.token is None or whole_archive:
        return None
    return keys, record.token, digests


def _update_in_place(plan: SitePlan, stale: list[Page], record: PageRecord, keys: dict, site: UpdatedSite, jobs: int) -> None:
    """Render the stale pages in memory (a template error stops the build before the site
    is touched), then replace them in the site and remove the pages no longer built."""
    try:
        rendered = render_pages(plan, lambda page, data: (page.path, data), jobs, pages=stale)
        paths = set(keys)
        gone = sorted(set(record.pages) - paths) + record.strays(paths | {MARKER})
        record.forget()  # a build killed from here on leaves no record: the next one is whole
        for path, data in rendered:
            site.write(path, data)
        for path in gone:
            site.remove(path)
        site.commit()
    except BaseException:
        site.rollback()
        raise
    try:
        os.utime(site.site_dir / MARKER)  # when the site was last built (see pack.site_is_stale)
    except OSError:
        pass
    record.remember(keys, touched={path for path, _ in rendered} | set(gone))
    plan.report.rendered = len(stale)


def print_build_report(report: BuildReport, site_dir: Path, stream=sys.stdout) -> None:
    for problem in report.problems:
        print(f"warning: {problem}", file=sys.stderr)
    for crowd in report.crowds:
        print(f"warning: {crowd}", file=sys.stderr)
    for notice in report.notices:
        print(f"note: {notice}", file=sys.stderr)
    kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(report.pages.items()))
    total = sum(report.pages.values())
    print(f"built {site_dir} in {report.seconds:.2f} s: {total} files ({kinds}), {report.rendered} rendered; "
          f"{len(report.problems) + len(report.crowds)} warning(s)", file=stream)
