"""Where pages go: one object owns output paths and the relative links between them,
refusing two pages on one path and any path outside the site; and atomic writing: the
new site is built beside the old one and swapped in only when it is complete.
"""

from __future__ import annotations

import ctypes
import errno
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
        self._next: dict[tuple[str, str], int] = {}

    def unique_slug(self, namespace: str, slug: str) -> str:
        """slug, or slug-2, slug-3 … if another item of the namespace has it already.
        Callers ask in a stable order, so the same input gets the same slugs. The next
        number to try is remembered per slug, so k items of one slug cost k steps, not k²."""
        taken = self._slugs.setdefault(namespace, set())
        candidate = slug
        if candidate in taken:
            number = self._next.get((namespace, slug), 2)
            candidate = f"{slug}-{number}"
            while candidate in taken:
                number += 1
                candidate = f"{slug}-{number}"
            self._next[(namespace, slug)] = number + 1
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
    return linker(from_page)(to_path)


def linker(from_page: str):
    """relative_url(from_page, ·) as a function of the target alone, with what it needs of
    from_page worked out once (a page asks for a dozen links or more): up to the site root,
    then down to the target; within the same folder, directly."""
    folder = posixpath.dirname(from_page)
    if not folder:
        return _same
    inside = folder + "/"
    cut = len(inside)
    up = "../" * (folder.count("/") + 1)

    def rel(to_path: str) -> str:
        if to_path.startswith("#"):
            return to_path
        if to_path.startswith(inside):
            return to_path[cut:]
        return up + to_path

    return rel


def _same(to_path: str) -> str:
    return to_path


MARKER = ".biennien"
"""A file in every built site: only a folder that holds it may be replaced by a build."""


class StagedSite:
    """Write a whole site into a folder beside `site_dir`, then swap it in. Until
    `commit()`, the previous site is untouched; `discard()` leaves no trace. The caller
    holds the site's lock throughout (see SiteLock)."""

    def __init__(self, lock: SiteLock):
        self.shown = lock.shown
        """The folder as the user named it, for messages."""
        self.site_dir = lock.site_dir
        site_dir = lock.shown
        try:
            _tidy_after_killed_builds(self.site_dir)
            self.root = Path(tempfile.mkdtemp(prefix=f".{self.site_dir.name}.building-", dir=self.site_dir.parent))
            self.root.chmod(0o755)  # mkdtemp makes it private; a web server must read the site
            (self.root / MARKER).write_text("Built by biennien; `biennien build` may replace this folder.\n")
        except OSError as exc:
            raise OutputError(f"{site_dir}: cannot write there ({_reason(exc, site_dir)}); it was left as it was") from None
        self._made_dirs: set[str] = set()
        self._prefix = str(self.root) + "/"
        # Pages whose bytes did not change are the previous build's files, linked, not
        # written again: same inode, same time, so rsync and caches see them unchanged.
        self._previous = self.site_dir if (self.site_dir / MARKER).is_file() else None

    def write(self, path: str, data: bytes) -> None:
        # (paths as strings and the file by os calls: a clean build writes ten thousand
        # pages, and Path and io's objects cost as much again as the system calls)
        try:
            folder = path.rpartition("/")[0]
            if folder not in self._made_dirs:
                _make_folder(self._prefix + folder)
                self._made_dirs.add(folder)
            if self._previous is None or not self._link_unchanged(path, data, self.root / path):
                _write_file(self._prefix + path, data)
        except OSError as exc:
            raise OutputError(f"{self.shown / path}: cannot be written ({_reason(exc, self.root / path)}); "
                              f"{self.shown} was left as it was") from None

    def _link_unchanged(self, path: str, data: bytes, target: Path) -> bool:
        """Link the previous site's file for path into the new one if it holds exactly
        data; False (and nothing done) otherwise."""
        if self._previous is None:
            return False
        previous = self._previous / path
        try:
            if not _holds(previous, data):
                return False
            os.link(previous, target)
        except OSError:
            return False  # no such page before, or a file system without hard links: write it
        return True

    def commit(self) -> None:
        """Swap the new site in. Where the system can (Linux, most file systems), the two
        folders trade places in one step, so the site is never missing, not even for an
        instant. Elsewhere the old one is moved aside first; a build killed between the
        two moves has it put back by the next build (see _tidy_after_killed_builds)."""
        try:
            if not self.site_dir.exists():
                os.replace(self.root, self.site_dir)
            elif _exchange(self.root, self.site_dir):
                shutil.rmtree(self.root, ignore_errors=True)  # the old site, now under the staging name
            else:
                old = self.site_dir.with_name(f".{self.site_dir.name}.old-{os.getpid()}")
                shutil.rmtree(old, ignore_errors=True)
                os.replace(self.site_dir, old)
                try:
                    os.replace(self.root, self.site_dir)
                except OSError:
                    os.replace(old, self.site_dir)
                    raise
                shutil.rmtree(old, ignore_errors=True)
        except OSError as exc:
            raise OutputError(f"{self.shown}: the new site could not be swapped in ({_reason(exc, self.site_dir)}); "
                              "the previous one was left as it was") from None

    def discard(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


class UpdatedSite:
    """Change a built site in place, file by file, for a build that changes a few pages,
    in two steps. First every new page is written into a scratch folder beside the site,
    which a reader never sees: a build stopped there (even killed) has changed nothing.
    Then `commit()` renames them over their places, keeping each replaced or removed
    file in the scratch folder, so a reader never gets half a page, what did not change
    is not touched, and a rename that fails puts every file back. Only a kill during the
    renames (a few milliseconds) leaves some pages new and some old, each whole; the
    build that follows is then a whole one. (A build that changes many pages stages a
    whole new site instead; see StagedSite.)"""

    def __init__(self, lock: SiteLock):
        self.shown = lock.shown
        self.site_dir = lock.site_dir
        self._changes: list[tuple[str, Path | None]] = []
        """(path, its new file in the scratch folder, or None to remove it)."""
        self._scratch: Path | None = None
        try:
            _tidy_after_killed_builds(self.site_dir)
        except OSError as exc:
            raise OutputError(f"{self.shown}: cannot write there ({_reason(exc, self.site_dir)}); it was left as it was") from None

    def _scratch_folder(self) -> Path:
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix=f".{self.site_dir.name}.update-", dir=self.site_dir.parent))
        return self._scratch

    def write(self, path: str, data: bytes) -> None:
        """Put data at path (on commit); the file untouched when it already holds it."""
        target = self.site_dir / path
        try:
            try:
                if _holds(target, data):
                    return
            except (FileNotFoundError, NotADirectoryError):
                pass
            new = self._scratch_folder() / "new" / path  # the site's own paths, for whoever looks in
            new.parent.mkdir(parents=True, exist_ok=True)
            new.write_bytes(data)
        except OSError as exc:
            raise OutputError(f"{self.shown / path}: cannot be written ({_reason(exc, target)}); "
                              f"{self.shown} was left as it was") from None
        self._changes.append((path, new))

    def remove(self, path: str) -> None:
        """Take away (on commit) a page no longer built, or a file or folder no build made."""
        self._changes.append((path, None))

    def commit(self) -> None:
        """Rename the new pages over their places and take away the removed ones; on a
        failure, put back every file and folder as it was and raise OutputError."""
        undo: list[tuple[Path, Path | None]] = []
        """(place, the previous file or folder kept aside, or None where there was none)."""
        emptied: set[Path] = set()
        try:
            for number, (path, new) in enumerate(self._changes):
                target = self.site_dir / path
                aside = self._scratch_folder() / f"{number}.old" if os.path.lexists(target) else None
                try:
                    if new is None:
                        if aside is not None:
                            os.replace(target, aside)
                            undo.append((target, aside))
                            emptied.add(target.parent)
                        continue
                    if aside is None:
                        self._make_folders(target.parent, undo)
                        undo.append((target, None))
                    else:
                        try:
                            os.link(target, aside)  # the page stays in place until the new one replaces it
                        except OSError:
                            os.replace(target, aside)  # a file system without hard links: moved aside first
                        undo.append((target, aside))
                    os.replace(new, target)
                except OSError as exc:
                    raise OutputError(f"{self.shown / path}: cannot be {'removed' if new is None else 'written'} "
                                      f"({_reason(exc, target)}); {self.shown} was left as it was") from None
        except BaseException:
            _put_back(undo)
            self.rollback()
            raise
        self.rollback()  # (all is in place: what is left to drop is the scratch folder)
        for folder in sorted(emptied, reverse=True):
            while folder != self.site_dir:
                try:
                    folder.rmdir()
                except OSError:
                    break  # not empty
                folder = folder.parent

    def _make_folders(self, folder: Path, undo: list) -> None:
        missing = []
        while not folder.is_dir() and folder != self.site_dir:
            missing.append(folder)
            folder = folder.parent
        for folder in reversed(missing):
            folder.mkdir()
            undo.append((folder, None))

    def rollback(self) -> None:
        """Forget the changes not yet committed: the site is as it was."""
        self._changes = []
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


def _put_back(undo: list[tuple[Path, Path | None]]) -> None:
    for target, aside in reversed(undo):
        try:
            if aside is None and target.is_dir():
                target.rmdir()
            elif aside is None:
                target.unlink(missing_ok=True)
            else:
                os.replace(aside, target)
        except OSError:
            pass  # the next build, with no record, rebuilds the whole site


def _tidy_after_killed_builds(site_dir: Path) -> None:
    """Under the lock, tidy up after builds that were killed: a site moved aside by a
    swap that never finished goes back in place, and every half-built or replaced
    folder, and every scratch folder of an update, is removed."""
    name, parent = site_dir.name, site_dir.parent
    moved_aside = sorted(parent.glob(f".{name}.old-*"), key=lambda p: p.stat().st_mtime)
    if moved_aside and not site_dir.exists():
        os.replace(moved_aside.pop(), site_dir)
    for stale in [*moved_aside, *parent.glob(f".{name}.building-*"), *parent.glob(f".{name}.update-*")]:
        shutil.rmtree(stale, ignore_errors=True)


def _make_folder(folder: str) -> None:
    """os.makedirs(folder, exist_ok=True), in one system call where the folder above is
    there already (makedirs looks at it first, each time)."""
    try:
        os.mkdir(folder)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
    except FileExistsError:
        if not os.path.isdir(folder):
            raise


def _write_file(file: str, data: bytes) -> None:
    """Path(file).write_bytes(data), in fewer steps."""
    handle = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view):]
    finally:
        os.close(handle)


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file at path holds exactly data (FileNotFoundError where there is none)."""
    return path.stat().st_size == len(data) and path.read_bytes() == data


class SiteLock:
    """One build at a time per site, held from the moment a build looks at the site
    until it has recorded what it wrote: a second build is refused while the first runs.
    Also refuses a target that a build must never replace."""

    def __init__(self, site_dir: Path, protected: list[Path]):
        self.shown = site_dir
        self.site_dir = site_dir.resolve()
        _refuse_unsafe_target(self.site_dir, [p.resolve() for p in protected])
        try:
            self.site_dir.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(self.site_dir.parent / f".{self.site_dir.name}.lock", "w")
        except OSError as exc:
            raise OutputError(f"{site_dir}: cannot write there ({_reason(exc, site_dir)})") from None
        try:
            fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._file.close()
            raise PathClash(f"{site_dir}: another build is writing this site; wait for it to finish") from None

    def release(self) -> None:
        if not self._file.closed:
            self._file.close()

    def __enter__(self) -> SiteLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


class OutputError(BiennienError):
    """The site could not be written (a full disk, no permission, a file where a folder
    is needed); the previous site is left as it was."""


def _reason(exc: OSError, path: Path) -> str:
    """Why writing path failed and what to do, in a few words."""
    if isinstance(exc, (NotADirectoryError, FileExistsError)):
        in_the_way = next((p for p in reversed([path, *path.parents]) if p.exists() and not p.is_dir()), None)
        return f"{in_the_way or exc.filename} is a file where a folder is needed; move it away or choose another --out"
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{reason}; free some space and build again"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{reason}; check the folder's permissions, or choose another --out"
    return reason


_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2 RENAME_EXCHANGE). False where the
    system or the file system cannot; an error that a plain rename would also meet is
    raised."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


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
