"""The load cache: each article as the build's load step left it (front matter read, body
rendered to sanitised HTML), filed under the digest of
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
import io
import os
import pickle
import re
import sys
import tempfile
import threading
import dataclasses
from dataclasses import dataclass
from pathlib import Path

from ..article import Article
from .bodies import Body, adopt

FOLDER = Path(".cache") / "biennien"
_FILE = "articles.pickle"
_MAGIC = b"biennien load cache 6\n"
# After the header: the length of the entries' pickle (8 bytes), the pickle, then the bodies
# one after another (the pickle names each by its place): read back as one block of
# bodies.py, not an object per body.
_LENGTH = 8
# What changed since the whole cache was last written, in a small file of its own: a build
# after one edit rewrites a few entries, not tens of megabytes (a fifth of its time at 10,000
# articles). The whole is written again once the changes pass this share of its entries.
_DELTA_FILE = "articles.delta.pickle"
_DELTA_MAGIC = b"biennien load cache delta 1\n"
_DELTA_SHARE = 0.05
_DIGEST = 32
# A file whose time is this close to the cache's own is digested again: written in the
# same moment as the cache, a later change of the same size could keep its time.
_RACY_NS = 2_000_000_000


@dataclass
class Loaded:
    """One article file, as loading left it."""
    article: Article | None
    body: bytes | Body
    """The body as sanitised HTML, zlib-compressed or kept whole (bodies.encode; see
    model.Event.body); packed during a
    build (bodies.py), written after the cache file's entries."""
    problems: list[str]
    title_key: tuple = ()
    """The title's place in Vietnamese order (see model.event_order)."""
    front: bytes = b""
    """A digest of the front matter but its people (people.yaml may rename them): what
    lists of events show of it (see keys.py)."""


def front_digest(article) -> bytes:
    """Every field of the front matter as loaded, people apart (page keys count them by
    their slugs)."""
    return digest_of(repr(dataclasses.replace(article, participants=[])).encode("utf-8", "surrogatepass"))


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
    for library, version in installed_versions(_LIBRARIES).items():
        hasher.update(f"{library}={version or '?'}\0".encode())
    hasher.update(sys.version.encode())
    return hasher.digest()


_LIBRARIES = ("markdown", "nh3", "pyyaml", "jinja2", "markupsafe", "python-slugify")


def _normal(name: str) -> str:
    """A distribution's name as importlib.metadata compares them."""
    return re.sub(r"[-_.]+", "_", name).lower()


def installed_versions(libraries: tuple[str, ...]) -> dict[str, str | None]:
    """Each library's installed version (None: not installed), as importlib.metadata gives
    it, from the name of its folder on sys.path: a wheel installs NAME-VERSION.dist-info.
    Importing importlib.metadata took a twentieth of a one-edit build; it is asked only of
    a library found otherwise (an .egg-info, or none)."""
    wanted = {_normal(library): library for library in libraries}
    found: dict[str, str | None] = {}
    for entry in sys.path:
        if entry.lower().endswith(".egg"):
            break  # (an egg on the path: importlib.metadata reads it, for what is not found yet)
        try:
            children = os.listdir(entry or ".")
        except OSError:  # (a zip, a folder that is not there)
            continue
        for child in children:
            # (importlib.metadata's lookup: the lower-case name up to the first dash)
            low = child.lower()
            if low.endswith(".dist-info"):
                name, dash, version = child[:-len(".dist-info")].partition("-")
            elif low.endswith(".egg-info"):
                name, dash, version = low.rpartition(".")[0].partition("-")[0], "", ""  # (asked below)
            else:
                continue
            library = wanted.get(_normal(name))
            if library is not None and library not in found:
                found[library] = version if dash and version else None
        if len(found) == len(wanted) and None not in found.values():
            break
    if len(found) < len(wanted) or None in found.values():
        from importlib.metadata import PackageNotFoundError, version as metadata_version

        for library in libraries:
            if found.get(library) is None:
                try:
                    found[library] = metadata_version(library)
                except PackageNotFoundError:
                    found[library] = None
    return {library: found[library] for library in libraries}


class LoadCache:
    def __init__(self, root: Path | None):
        self.file = root / FOLDER / _FILE if root is not None else None
        self.delta_file = root / FOLDER / _DELTA_FILE if root is not None else None
        self._base: tuple[dict, dict] = ({}, {})
        """The entries and signatures as the whole file holds them, before its delta."""
        self._base_digest: bytes | None = None
        """The whole file's digest, which its delta names: a delta of another file is none."""
        self.fingerprint = code_fingerprint() if root is not None else b""
        self._stored: dict[str, tuple[bytes, Loaded]] = {}
        self._kept: dict[str, tuple[bytes, Loaded]] = {}
        self._signatures: dict[str, tuple[int, int, int, bytes]] = {}
        """Each file's size, time and inode when its digest was taken, and the digest."""
        self._new_signatures: dict[str, tuple[int, int, int, bytes]] = {}
        self._written_ns = 0
        """When the cache file was written: a file changed in the same moment is read again."""
        self.changed = False
        self.notice: str | None = None
        """Why a cache that was there could not be used, for the build's notes."""
        self.hits = 0

    # What this process last wrote or read, by file, with the whole file's and its delta's
    # size, time and inode: `serve` builds again and again in one process and need not read
    # the files back.
    _in_memory: dict[Path, tuple[tuple, tuple, tuple, bytes]] = {}

    @classmethod
    def open(cls, root: Path | None) -> LoadCache:
        """The project's cache (an empty one where there is none or it cannot be used);
        root None gives a cache that keeps nothing."""
        cache = cls(root)
        _saving.wait()
        if cache.file is None or not cache.file.is_file():
            return cache
        signatures = (file_signature(cache.file), file_signature(cache.delta_file))
        remembered = cls._in_memory.get(cache.file)
        if remembered is not None and remembered[0] == signatures:
            (cache._stored, cache._signatures), cache._base, cache._base_digest = remembered[1:]
            cache._written_ns = max(signature[1] for signature in signatures if signature)
            return cache
        cache._read()
        cache._read_delta()
        if cache._base_digest is not None:
            cls._in_memory = {cache.file: (signatures, (cache._stored, cache._signatures), cache._base, cache._base_digest)}
        return cache

    def _read(self) -> None:
        """The whole file, checked against its digest."""
        try:
            with open(self.file, "rb") as source:
                header = source.read(len(_MAGIC) + 2 * _DIGEST + _LENGTH)
                head = len(_MAGIC)
                fingerprint, digest = header[head:head + _DIGEST], header[head + _DIGEST:head + 2 * _DIGEST]
                if not header.startswith(_MAGIC) or fingerprint != self.fingerprint:
                    return  # another version of biennien or of its libraries made it: stale
                length = header[-_LENGTH:]
                entries = source.read(int.from_bytes(length, "little"))
                bodies = bytearray(max(0, os.fstat(source.fileno()).st_size - source.tell()))
                source.readinto(bodies)
        except OSError as exc:
            self.notice = f"{self.file}: could not be read ({exc.strerror or exc}); every article was loaded afresh"
            return
        hasher = hashlib.blake2b(entries, digest_size=_DIGEST)
        hasher.update(bodies)
        hasher.update(length)
        if hasher.digest() != digest:
            self.notice = f"{self.file}: damaged (its contents do not match their digest); rebuilt"
            return
        try:
            stored = _EntriesUnpickler(io.BytesIO(entries), bodies).load()
        except Exception:  # noqa: BLE001 - a digest-checked payload that still fails: rebuild
            self.notice = f"{self.file}: unreadable; rebuilt"
            return
        if isinstance(stored, tuple) and len(stored) == 2 and all(isinstance(part, dict) for part in stored):
            self._stored, self._signatures = stored
            self._base, self._base_digest = stored, digest
            signature = file_signature(self.file)
            self._written_ns = signature[1] if signature else 0

    def _read_delta(self) -> None:
        """The changes written since the whole file, where they are this file's and read back
        whole; anything else is no delta (the whole file alone is an older cache, never a
        wrong one: every entry is checked against its article's digest)."""
        if self._base_digest is None or not self.delta_file.is_file():
            return
        try:
            data = self.delta_file.read_bytes()
            head = len(_DELTA_MAGIC)
            fingerprint, base, digest = (data[head + k * _DIGEST:head + (k + 1) * _DIGEST] for k in range(3))
            payload = data[head + 3 * _DIGEST:]
            if not data.startswith(_DELTA_MAGIC) or fingerprint != self.fingerprint or base != self._base_digest \
                    or hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
                return
            changed, removed, signed, unsigned = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - unreadable: the whole file stands alone
            return
        self._stored = {key: entry for key, entry in self._stored.items() if key not in removed}
        self._stored.update(changed)
        self._signatures = {key: signature for key, signature in self._signatures.items() if key not in unsigned}
        self._signatures.update(signed)
        signature = file_signature(self.delta_file)
        self._written_ns = max(self._written_ns, signature[1] if signature else 0)

    def knows(self, key: str) -> bool:
        return key in self._stored

    def digest(self, path: str, stat: os.stat_result, read) -> bytes:
        """The digest of the file's bytes: the one taken before when its size, time and
        inode are those it had then (and it was not changed in the moment the cache was
        written, which a time could not tell apart); else read() digested."""
        known = self._signatures.get(path)
        signature = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
        if known is not None and known[:3] == signature and stat.st_mtime_ns < self._written_ns - _RACY_NS:
            digest = known[3]
        else:
            digest = digest_of(read())
        self.sign(path, stat, digest)
        return digest

    def sign(self, path: str, stat: os.stat_result, digest: bytes) -> None:
        """Remember the digest of a file read elsewhere, as its size, time and inode were
        before it was read."""
        self._new_signatures[path] = (stat.st_size, stat.st_mtime_ns, stat.st_ino, digest)

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
        killed while writing leaves the old cache or none, never half of one. (`serve`
        calls it in_background.)"""
        if self.file is None or not (self.changed or len(self._kept) != len(self._stored) or self._new_signatures != self._signatures):
            return
        self._write()

    def _write(self) -> None:
        stored = (self._kept, self._new_signatures)
        base_entries, base_signatures = self._base
        # (an entry read from the whole file is the very object it holds: one that is not changed)
        changed = {key: entry for key, entry in self._kept.items() if base_entries.get(key) is not entry}
        removed = frozenset(base_entries.keys() - self._kept.keys())
        signed = {key: sig for key, sig in self._new_signatures.items() if base_signatures.get(key) != sig}
        unsigned = frozenset(base_signatures.keys() - self._new_signatures.keys())
        small = len(changed) + len(removed) + len(signed) + len(unsigned) <= _DELTA_SHARE * 2 * max(len(self._kept), 1)
        if self._base_digest is not None and small:
            delta = pickle.dumps((changed, removed, signed, unsigned), protocol=pickle.HIGHEST_PROTOCOL)
            header = _DELTA_MAGIC + self.fingerprint + self._base_digest + hashlib.blake2b(delta, digest_size=_DIGEST).digest()
            if replace_atomically(self.delta_file, lambda out: out.write(header + delta)):
                signatures = (file_signature(self.file), file_signature(self.delta_file))
                LoadCache._in_memory = {self.file: (signatures, stored, self._base, self._base_digest)}
            return
        digest = None

        def fill(out) -> None:
            nonlocal digest
            # Pickled straight to the file through the digest, never whole in memory, the
            # bodies after the entries; the length and digest go into the header at the end.
            out.write(_MAGIC + self.fingerprint + bytes(_DIGEST + _LENGTH))
            digesting = _Digesting(out)
            pickler = _EntriesPickler(digesting)
            pickler.dump(stored)
            length = (out.tell() - len(_MAGIC) - 2 * _DIGEST - _LENGTH).to_bytes(_LENGTH, "little")
            for body in pickler.bodies:
                digesting.write(bytes(body))
            digesting.hasher.update(length)
            out.seek(len(_MAGIC) + _DIGEST)
            digest = digesting.hasher.digest()
            out.write(digest + length)

        if replace_atomically(self.file, fill):
            try:
                self.delta_file.unlink(missing_ok=True)  # (one left by a killed run names the old whole: ignored)
            except OSError:
                pass
            signatures = (file_signature(self.file), ())
            LoadCache._in_memory = {self.file: (signatures, stored, stored, digest)}


class _EntriesPickler(pickle.Pickler):
    """Pickles the entries with each packed body named by its place after them.
    (reducer_override, not persistent_id: it is not asked about the strings, numbers,
    lists and dicts that are most of an entry; at 100,000 articles persistent_id was
    asked 10 million times, 1.7 s of a build.)"""

    def __init__(self, out):
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self.bodies: list[Body] = []
        self._written = 0

    def reducer_override(self, obj):
        if type(obj) is not Body:
            return NotImplemented
        start = self._written
        self._written += len(obj)
        self.bodies.append(obj)
        return _body_place, (start, self._written)


def _body_place(start: int, stop: int):
    """Stands in the pickle for a body at start:stop of the block after the entries
    (_EntriesUnpickler reads it as that body)."""
    raise pickle.UnpicklingError("a body's place is read by _EntriesUnpickler only")


class _EntriesUnpickler(pickle.Unpickler):
    """Reads the entries back, each body a reference into the block of bodies after them."""

    def __init__(self, source, bodies: bytearray):
        super().__init__(source)
        self._block = adopt(bodies)

    def find_class(self, module, name):
        if module == __name__ and name == "_body_place":
            return self._body_at
        return super().find_class(module, name)

    def _body_at(self, start: int, stop: int) -> Body:
        return Body(self._block, start, stop)


class ShingleCache:
    """`check`'s own cache: each article's shingles (duplicates.shingles_of its text) by
    the digest of its file. Kept apart from the load cache, which every build reads: a
    build has no use for them. A file that cannot be read back whole is no cache."""

    _FILE = "shingles.pickle"
    _MAGIC = b"biennien shingles 1\n"

    def __init__(self, root: Path | None):
        self.file = root / FOLDER / self._FILE if root is not None else None
        self.known: dict[bytes, bytes] = {}

    @classmethod
    def open(cls, root: Path | None) -> ShingleCache:
        cache = cls(root)
        try:
            data = cache.file.read_bytes() if cache.file else b""
            head = len(cls._MAGIC) + _DIGEST
            if data.startswith(cls._MAGIC) and data[len(cls._MAGIC):head] == code_fingerprint():
                known = pickle.loads(data[head:])
                if isinstance(known, dict) and all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in known.items()):
                    cache.known = known
        except Exception:  # noqa: BLE001 - missing, stale or damaged: made again
            cache.known = {}
        return cache

    def save(self, digests: set[bytes]) -> None:
        """Keep the shingles of these files (those of files gone are dropped)."""
        if self.file is None:
            return
        kept = {digest: self.known[digest] for digest in digests if digest in self.known}

        def fill(out) -> None:
            out.write(self._MAGIC + code_fingerprint())
            pickle.dump(kept, out, protocol=pickle.HIGHEST_PROTOCOL)

        replace_atomically(self.file, fill)


class _Saving:
    """What a build left to write in the background, if anything."""

    thread: threading.Thread | None = None

    def start(self, work) -> None:
        self.wait()
        self.thread = threading.Thread(target=work, name="biennien-cache")
        self.thread.start()

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None


_saving = _Saving()


def in_background(work) -> None:
    """Run work, the writing of what the next build reads (the load cache, the record of
    the build), while the caller goes on: `serve` answers the browser meanwhile. The next
    build waits for it before it reads either (LoadCache.open, wait_for_background), and
    so does the process's exit."""
    _saving.start(work)


def wait_for_background() -> None:
    _saving.wait()


def replace_atomically(file: Path, fill) -> bool:
    """Write file by fill(out) into a temporary file beside it, then rename that over it:
    a process killed meanwhile leaves the old file or none, never half of one. False,
    with nothing left behind, where it cannot be written: a cache that is not written
    costs the next run time, not correctness."""
    temporary = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=f".{file.stem}-")
        with os.fdopen(handle, "wb") as out:
            fill(out)
        os.replace(temporary, file)
        return True
    except OSError:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
        return False


def file_signature(path: Path | str) -> tuple:
    """A file's size, time and inode, or () where it is not there."""
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
