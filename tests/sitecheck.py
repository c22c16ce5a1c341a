"""Checks on a built site that tests share: every internal link resolves, and the
pages' text in reading order."""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup

LINK_ATTRS = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("form", "action"), ("source", "src"))


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def broken_links(site: Path) -> list[str]:
    """'page -> link' for every internal link or asset that does not resolve to a file
    (or to an element id, for links with a #fragment)."""
    ids: dict[Path, set[str]] = {}
    problems = []

    def ids_of(path: Path) -> set[str]:
        if path not in ids:
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            ids[path] = {tag["id"] for tag in soup.find_all(id=True)}
        return ids[path]

    for page in html_files(site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        if soup.find("base"):
            continue  # the 404 page resolves against the site's base URL by design
        for tag_name, attr in LINK_ATTRS:
            for tag in soup.find_all(tag_name):
                link = tag.get(attr)
                if link is None:
                    continue
                parts = urlsplit(link)
                if parts.scheme or link.startswith("//"):
                    if parts.scheme not in ("http", "https", "mailto"):
                        problems.append(f"{page.relative_to(site)} -> {link} (scheme)")
                    continue
                if link.startswith("/"):
                    problems.append(f"{page.relative_to(site)} -> {link} (not relative)")
                    continue
                target = page if not parts.path else (page.parent / unquote(parts.path)).resolve()
                if not target.is_file() or site.resolve() not in target.parents:
                    problems.append(f"{page.relative_to(site)} -> {link}")
                elif parts.fragment and target.suffix == ".html" and parts.fragment not in ids_of(target):
                    problems.append(f"{page.relative_to(site)} -> {link} (no such id)")
    return problems


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {posixpath.join(*p.relative_to(root).parts): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
