"""The load cache: each article as the build's load step left it (front matter read, body
rendered to sanitised HTML, its text's shingles for `check`), filed under the digest of
the file's bytes. A build after one edit reads every file but parses and converts only
the one that changed.

The cache is derived data, kept in `.cache/biennien/` of the project (ignored by git).
It is used only when everything that made it is unchanged: its own format, biennien's
code, Python and the Markdown and sanitiser libraries; and only when it reads back whole
(a digest of its contents is checked first). Anything else and it is rebuilt, never trusted.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..article import Article

FOLDER = Path(".cache") / "biennien"
_FILE = "articles.pickle"
_MAGIC = b"biennien load cache 2\n"
_DIGEST = 32


@dataclass
class Loaded:
    """One article file, as loading left it."""
    article: Article | None
    body: bytes
    """The body as sanitised HTML, zlib-compressed (see model.Event.body)."""
    problems: list[str]
    shingles: bytes
    title_key: tuple = ()
    """The title's place in Vietnamese order (see model.event_order)."""
    front: bytes = b""
    """A digest of the front matter but its people (people.yaml may rename them): what
    lists of events show of it (see keys.py)."""


def digest_of(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


@functools.cache
def code_fingerprint() -> bytes:
    """What the cached values and the page keys depend on besides the input: every source
    file of the package, Python's version and the versions of the libraries that convert
    bodies and render pages."""
    package = Path(__file__).resolve().parent.parent
    hasher = hashlib.blake2b(digest_size=_DIGEST)
    for source in sorted(package.rglob("*.py")):
        hasher.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes() + b"\0")
    for library in ("markdown", "nh3", "pyyaml", "jinja2", "markupsafe", "python-slugify"):
        try:
            hasher.update(f"{library}={version(library)}\0".encode())
        except PackageNotFoundError:
            hasher.update(f"{library}=?\0".encode())
    hasher.update(sys.version.encode())
    return hasher.digest()


class LoadCache:
    def __init__(self, root: Path | None):
        self.file = root / FOLDER / _FILE if root is not None else None
        self.fingerprint = code_fingerprint() if root is not None else b""
        self._stored: dict[str, tuple[bytes, Loaded]] = {}
        self._kept: dict[str, tuple[bytes, Loaded]] = {}
        self.changed = False
        self.notice: str | None = None
        """Why a cache that was there could not be used, for the build's notes."""
        self.hits = 0

    # What this process last wrote or read, by file, with the file's size, time and inode:
    # `serve` builds again and again in one process and need not read the file back.
    _in_memory: dict[Path, tuple[tuple, dict]] = {}

    @classmethod
    def open(cls, root: Path | None) -> LoadCache:
        """The project's cache (an empty one where there is none or it cannot be used);
        root None gives a cache that keeps nothing."""
        cache = cls(root)
        if cache.file is None or not cache.file.is_file():
            return cache
        remembered = cls._in_memory.get(cache.file)
        if remembered is not None and remembered[0] == _signature(cache.file):
            cache._stored = remembered[1]
            return cache
        try:
            data = cache.file.read_bytes()
        except OSError as exc:
            cache.notice = f"{cache.file}: could not be read ({exc.strerror or exc}); every article was loaded afresh"
            return cache
        head = len(_MAGIC)
        # A view, not a copy: the payload is most of a file of tens of megabytes.
        fingerprint, digest, payload = data[head:head + _DIGEST], data[head + _DIGEST:head + 2 * _DIGEST], memoryview(data)[head + 2 * _DIGEST:]
        if not data.startswith(_MAGIC) or fingerprint != cache.fingerprint:
            return cache  # another version of biennien or of its libraries made it: stale
        if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
            cache.notice = f"{cache.file}: damaged (its contents do not match their digest); rebuilt"
            return cache
        try:
            stored = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - a digest-checked payload that still fails: rebuild
            cache.notice = f"{cache.file}: unreadable; rebuilt"
            return cache
        if isinstance(stored, dict):
            cache._stored = stored
            cls._in_memory = {cache.file: (_signature(cache.file), stored)}
        return cache

    @property
    def has_entries(self) -> bool:
        return bool(self._stored)

    def get(self, key: str, digest: bytes) -> Loaded | None:
        entry = self._stored.get(key)
        if entry is None or entry[0] != digest:
            return None
        self._kept[key] = entry
        self.hits += 1
        return entry[1]

    def put(self, key: str, digest: bytes, loaded: Loaded) -> None:
        self._kept[key] = (digest, loaded)
        self.changed = True

    def save(self) -> None:
        """Write what this run used (files deleted since drop out), atomically: a build
        killed while writing leaves the old cache or none, never half of one."""
        if self.file is None or not (self.changed or len(self._kept) != len(self._stored)):
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.file.parent, prefix=".articles-")
            with os.fdopen(handle, "wb") as out:
                # Pickled straight to the file through the digest, never whole in memory;
                # the digest goes into its place in the header at the end.
                out.write(_MAGIC + self.fingerprint + bytes(_DIGEST))
                digesting = _Digesting(out)
                pickle.dump(self._kept, digesting, protocol=pickle.HIGHEST_PROTOCOL)
                out.seek(len(_MAGIC) + _DIGEST)
                out.write(digesting.hasher.digest())
            os.replace(temporary, self.file)
            LoadCache._in_memory = {self.file: (_signature(self.file), self._kept)}
        except OSError:
            # A cache that cannot be written costs the next build time, not correctness.
            try:
                os.unlink(temporary)
            except (OSError, UnboundLocalError):
                pass


def _signature(path: Path) -> tuple:
    try:
        stat = os.stat(path)
    except OSError:
        return ()
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


class _Digesting:
    """A file wrapper that digests what is written through it."""

    def __init__(self, out):
        self.out = out
        self.hasher = hashlib.blake2b(digest_size=_DIGEST)

    def write(self, data) -> int:
        self.hasher.update(data)
        return self.out.write(data)
