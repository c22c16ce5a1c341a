"""Where pages go: one object owns output paths and the relative links between them,
refusing two pages on one path and any path outside the site; and atomic writing: the
new site is built beside the old one and swapped in only when it is complete.
"""

from __future__ import annotations

import fcntl
import os
import posixpath
import shutil
import tempfile
from pathlib import Path

from ..errors import BiennienError


class PathClash(BiennienError):
    """Two outputs claim one path, or a path would leave the site."""


class SitePaths:
    """Output paths are POSIX paths relative to the site root ('su-kien/x/index.html')."""

    def __init__(self) -> None:
        self._owners: dict[str, str] = {}
        self._slugs: dict[str, set[str]] = {}

    def unique_slug(self, namespace: str, slug: str) -> str:
        """slug, or slug-2, slug-3 … if another item of the namespace has it already.
        Callers ask in a stable order, so the same input gets the same slugs."""
        taken = self._slugs.setdefault(namespace, set())
        candidate, number = slug, 2
        while candidate in taken:
            candidate, number = f"{slug}-{number}", number + 1
        taken.add(candidate)
        return candidate

    def claim(self, path: str, owner: str) -> str:
        normal = posixpath.normpath(path)
        if path.startswith("/") or normal.startswith("..") or normal != path or "\\" in path or not path:
            raise PathClash(f"{owner}: output path {path!r} would fall outside the site")
        if path in self._owners and self._owners[path] != owner:
            raise PathClash(f"{owner}: output path {path} is already written by {self._owners[path]}")
        self._owners[path] = owner
        return path

    def owners(self) -> dict[str, str]:
        return dict(self._owners)


def relative_url(from_page: str, to_path: str) -> str:
    """The link from one output page to another file, relative so that the site works at
    a domain root, under a sub-path and from file:// alike."""
    if to_path.startswith("#"):
        return to_path
    # Up to the site root, then down to the target; within the same folder, directly.
    folder = posixpath.dirname(from_page)
    if not folder:
        return to_path
    if to_path.startswith(folder + "/"):
        return to_path[len(folder) + 1:]
    return "../" * (folder.count("/") + 1) + to_path


MARKER = ".biennien"
"""A file in every built site: only a folder that holds it may be replaced by a build."""


class StagedSite:
    """Write a whole site into a folder beside `site_dir`, then swap it in. Until
    `commit()`, the previous site is untouched; `discard()` leaves no trace. One build
    at a time per site: a second one is refused while the first holds the lock."""

    def __init__(self, site_dir: Path, protected: list[Path]):
        self.site_dir = site_dir.resolve()
        _refuse_unsafe_target(self.site_dir, [p.resolve() for p in protected])
        try:
            self.site_dir.parent.mkdir(parents=True, exist_ok=True)
            self._lock = open(self.site_dir.parent / f".{self.site_dir.name}.lock", "w")
        except OSError as exc:
            raise PathClash(f"{site_dir}: cannot write there ({exc.strerror or exc})") from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise PathClash(f"{site_dir}: another build is writing this site; wait for it to finish") from None
        # Under the lock, leftovers of builds that were killed are safe to remove.
        for stale in self.site_dir.parent.glob(f".{self.site_dir.name}.building-*"):
            shutil.rmtree(stale, ignore_errors=True)
        self.root = Path(tempfile.mkdtemp(prefix=f".{self.site_dir.name}.building-", dir=self.site_dir.parent))
        self.root.chmod(0o755)  # mkdtemp makes it private; a web server must read the site
        (self.root / MARKER).write_text("Built by biennien; `biennien build` may replace this folder.\n")
        self._made_dirs: set[Path] = set()

    def write(self, path: str, data: bytes) -> None:
        target = self.root / path
        if target.parent not in self._made_dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._made_dirs.add(target.parent)
        target.write_bytes(data)

    def commit(self) -> None:
        old = None
        if self.site_dir.exists():
            old = self.site_dir.with_name(f".{self.site_dir.name}.old-{os.getpid()}")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(self.site_dir, old)
        os.replace(self.root, self.site_dir)
        if old:
            shutil.rmtree(old, ignore_errors=True)
        self._release()

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
        self._release()

    def _release(self) -> None:
        if not self._lock.closed:
            self._lock.close()


def _refuse_unsafe_target(site_dir: Path, protected: list[Path]) -> None:
    """A build replaces its output folder whole: never let that be the project, the
    articles, or a folder of something else."""
    for path in protected:
        if site_dir == path or site_dir in path.parents:
            raise PathClash(f"{site_dir}: the output folder would contain {path}; choose another --out (the default is site)")
    if site_dir.exists() and not site_dir.is_dir():
        raise PathClash(f"{site_dir}: is a file, not a folder; choose another --out")
    if site_dir.is_dir() and any(site_dir.iterdir()) and not (site_dir / MARKER).exists():
        raise PathClash(
            f"{site_dir}: is not empty and was not built by biennien; a build replaces the whole "
            "folder, so choose another --out or empty it first"
        )
