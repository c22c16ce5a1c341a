"""`biennien check`: the build's load phase (from its cache where the files are
unchanged), the likely duplicates and dates to look at, then every page rendered in
memory and every internal link and asset of every HTML page checked; nothing in the
project is written but its caches."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

from .duplicates import dates_to_look_at, likely_same_people, same_article_twice, shingles_of
from .errors import BiennienError

_LINKS = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("form", "action"), ("source", "src"))
_LINKING_TAGS = tuple(tag for tag, _ in _LINKS)
_ATTRIBUTE = dict(_LINKS)


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    to_review: list[str] = field(default_factory=list)
    crowds: list[str] = field(default_factory=list)
    """Articles naming so many people they are likely a bad paste: a warning, not a failure."""
    suggestions: list[str] = field(default_factory=list)
    """Likely duplicates (people, articles) and dates to look at: advice, not errors."""
    pages: int = 0


@dataclass(frozen=True)
class PageLinks:
    path: str
    """The page's path in the site ('su-kien/x/index.html')."""
    links: tuple[str, ...]
    ids: frozenset[str]
    resolves_against_base: bool
    """The 404 page: its links resolve against the site's base URL, not its own place."""


def links_of(path: str, html: bytes) -> PageLinks:
    document = lxml.html.document_fromstring(html) if html.strip() else None
    if document is None:
        return PageLinks(path, (), frozenset(), False)
    links = tuple(
        element.get(_ATTRIBUTE[element.tag]) for element in document.iter(*_LINKING_TAGS)
        if element.get(_ATTRIBUTE[element.tag]) is not None
    )
    ids = frozenset(element.get("id") for element in document.iter() if isinstance(element.tag, str) and element.get("id") is not None)
    return PageLinks(path, links, ids, document.find(".//base") is not None)


@dataclass(frozen=True)
class PageChecked:
    """What checking one page's links found, before the ids of the other pages are known."""
    path: str
    ids: frozenset[str]
    problems: tuple[str, ...]
    fragments: tuple[tuple[str, str, str], ...]
    """(link, target page, #fragment) of each link into another page: resolved once all
    pages' ids are in."""


Verdicts = dict[tuple[str, str], tuple[str | None, str | None]]


def check_page(page: PageLinks, files: set[str] | frozenset[str], verdicts: Verdicts) -> PageChecked:
    """The page's links against the site's files. Most links recur on page after page of
    one folder (assets, people, years): verdicts keeps each (folder, link) resolved once."""
    problems, fragments = [], []
    if not page.resolves_against_base:
        folder = posixpath.dirname(page.path)
        for link in page.links:
            if not link or link.startswith(("#", "?")):  # this page itself
                fragment = urlsplit(link).fragment
                if fragment and fragment not in page.ids:
                    problems.append(f"{page.path} -> {link}: no element with that id")
                continue
            key = (folder, link)
            if key not in verdicts:
                verdicts[key] = _verdict(folder, link, files)
            problem, target = verdicts[key]
            if problem:
                problems.append(f"{page.path} -> {link}: {problem}")
            elif target:
                fragments.append((link, target, urlsplit(link).fragment))
    return PageChecked(page.path, page.ids, tuple(problems), tuple(fragments))


def _verdict(folder: str, link: str, files: set[str] | frozenset[str]) -> tuple[str | None, str | None]:
    """(what is wrong with a link from a page in folder, or None; the page its #fragment
    must be found in, or None)."""
    parts = urlsplit(link)
    if parts.scheme or link.startswith("//"):
        return (None if parts.scheme in ("http", "https", "mailto") else "not a web link"), None
    if link.startswith("/"):
        return "absolute; breaks under a sub-path and from file://", None
    target = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
    if target not in files:
        return "no such file", None
    return None, (target if parts.fragment and target.endswith(".html") else None)


def problems_of(checked: list[PageChecked]) -> list[str]:
    """Every problem the pages' checks found, and their links into other pages resolved."""
    ids = {page.path: page.ids for page in checked}
    problems = []
    for page in checked:
        problems += page.problems
        problems += [f"{page.path} -> {link}: no element with that id"
                     for link, target, fragment in page.fragments if fragment not in ids.get(target, ())]
    return problems


def broken_in(pages: list[PageLinks], files: set[str]) -> list[str]:
    """'page -> link: why' for each internal link or asset of the pages that resolves to
    none of the site's files, or to no element for its #fragment; and for any absolute
    or escaping link."""
    verdicts: Verdicts = {}
    return problems_of([check_page(page, files, verdicts) for page in pages])


def broken_links(site: Path) -> list[str]:
    """The broken links of a site already on disk (a build, an unzipped copy)."""
    site = site.resolve()
    files = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    pages = [links_of(name, (site / name).read_bytes()) for name in sorted(files) if name.endswith(".html")]
    return broken_in(pages, files)


def _shingles_of_file(path: Path) -> bytes:
    """The shingles of the article's text: its body, past the front matter (not parsed
    again: loading did that, and reported what is wrong with it)."""
    from .article import article_text, split_front_matter

    try:
        text = article_text(path.read_bytes())
    except (OSError, UnicodeDecodeError):
        return b""
    parts = split_front_matter(text)
    return shingles_of(parts[1] if parts else text)


def _shingles_of_files(paths: list[Path]) -> list[bytes]:
    return [_shingles_of_file(path) for path in paths]


def _shingles(root: Path, events: list, jobs: int) -> list[tuple[Path, bytes]]:
    """(path, shingles of its text) of each article: from check's own cache where the
    file is known by its digest, else from the file, on every core when there are many."""
    from .site.build import map_chunked
    from .site.cache import ShingleCache

    cache = ShingleCache.open(root)
    missing = [event for event in events if event.digest not in cache.known]
    made = map_chunked(_shingles_of_files, [event.article.path for event in missing], jobs)
    for event, shingles in zip(missing, made):
        cache.known[event.digest] = shingles
    digests = {event.digest for event in events}
    if missing or len(cache.known) != len(digests):
        cache.save(digests)
    return [(event.article.path, cache.known[event.digest]) for event in events]


def check(root: Path, content_dir: Path, jobs: int | None = None) -> CheckReport:
    from .site.build import available_cores, plan_site, render_pages

    jobs = jobs or available_cores()
    report = CheckReport()
    if not content_dir.is_dir():
        raise BiennienError(f"{content_dir}: no such folder; give the folder of Markdown articles with --content")
    plan = plan_site(root, content_dir, jobs=jobs)
    articles = [event.article for event in plan.events]
    report.problems, report.crowds = plan.report.problems, plan.report.crowds
    report.to_review = [f"{article.path}: {', '.join(article.review)}" for article in articles if article.review]
    report.suggestions = (
        likely_same_people(articles)
        + same_article_twice(_shingles(root, plan.events, jobs))
        + dates_to_look_at(articles)
    )
    files = frozenset(page.path for page in plan.pages)
    verdicts: Verdicts = {}  # each worker has its own copy (fork): links resolved once a folder

    def checked(page, html: bytes) -> PageChecked:
        """In a render worker: only what the page's links found, its ids and its links
        into other pages travel back."""
        return check_page(links_of(page.path, html), files, verdicts)

    html_pages = [page for page in plan.pages if page.path.endswith(".html")]
    report.pages = len(plan.pages)
    report.broken = problems_of(render_pages(plan, checked, jobs, pages=html_pages))
    return report
