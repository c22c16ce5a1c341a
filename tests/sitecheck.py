"""Helpers for reading a built site in tests. Links are checked with the product's own
checker (generator.check.broken_links), which test_check proves catches each kind of break."""

from __future__ import annotations

import posixpath
from pathlib import Path

from bs4 import BeautifulSoup

from generator.check import broken_links

__all__ = ["broken_links", "soup_of", "tree_bytes"]


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {posixpath.join(*p.relative_to(root).parts): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
