"""`biennien check`: the build's load phase and a full build into a temporary folder,
then every internal link and asset checked; nothing in the project is written."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

from .article import Participant, read_article
from .duplicates import dates_to_look_at, likely_same_people, same_article_twice
from .errors import ArticleError, BiennienError
from .site.aliases import FILE as ALIASES_FILE
from .site.aliases import load_aliases
from .vietnamese import normalise

_LINKS = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("form", "action"), ("source", "src"))


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


def broken_links(site: Path) -> list[str]:
    """'page -> link' for each internal link or asset that resolves to no file in the
    site, or to no element for its #fragment; and for any absolute or escaping link."""
    site = site.resolve()
    # Only the ids of pages that links point into are kept, not every page's parsed tree:
    # memory stays flat however many pages (a crowd's person pages) the site has.
    ids: dict[Path, set[str]] = {}

    def ids_of(path: Path, soup: BeautifulSoup | None = None) -> set[str]:
        if path not in ids:
            soup = soup or BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            ids[path] = {tag["id"] for tag in soup.find_all(id=True)}
        return ids[path]

    problems = []
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        if soup.find("base"):
            continue  # the 404 page resolves its links against the site's base URL
        name = page.relative_to(site).as_posix()
        for tag_name, attr in _LINKS:
            for tag in soup.find_all(tag_name):
                link = tag.get(attr)
                if link is None:
                    continue
                parts = urlsplit(link)
                if parts.scheme or link.startswith("//"):
                    if parts.scheme not in ("http", "https", "mailto"):
                        problems.append(f"{name} -> {link}: not a web link")
                    continue
                if link.startswith("/"):
                    problems.append(f"{name} -> {link}: absolute; breaks under a sub-path and from file://")
                    continue
                target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
                if site not in target.parents or not target.is_file():
                    problems.append(f"{name} -> {link}: no such file")
                elif parts.fragment and target.suffix == ".html" and parts.fragment not in ids_of(target, soup if target == page else None):
                    problems.append(f"{name} -> {link}: no element with that id")
    return problems


def check(root: Path, content_dir: Path) -> CheckReport:
    from .site.build import article_paths, build

    report = CheckReport()
    if not content_dir.is_dir():
        raise BiennienError(f"{content_dir}: no such folder; give the folder of Markdown articles with --content")
    aliases = load_aliases(root / ALIASES_FILE)
    articles = []
    for path in article_paths(content_dir):
        try:
            article = read_article(path)
        except (ArticleError, OSError):
            continue  # the build below reports it, with every other problem
        if article.review:
            report.to_review.append(f"{path}: {', '.join(article.review)}")
        article.participants = aliases.rename([Participant(normalise(p.name), p.role) for p in article.participants])
        articles.append(article)
    report.suggestions = likely_same_people(articles) + same_article_twice(articles) + dates_to_look_at(articles)
    scratch = Path(tempfile.mkdtemp(prefix="biennien-check-"))
    try:
        built = build(root, content_dir, scratch / "site")
        report.problems = built.problems
        report.crowds = built.crowds
        report.pages = sum(built.pages.values())
        report.broken = broken_links(scratch / "site")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return report
