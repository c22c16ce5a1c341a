"""Page keys: a digest of everything a page's bytes depend on, so that a build after an
edit renders only the pages whose key changed and leaves the others on disk untouched.

A key covers biennien's code, site.yaml, the page's path and kind, the templates it is
rendered with (and every template they extend, include or import), and what its context
holds. An event counts by its front matter, path and slug and its people's slugs (a page
links them); by its neighbours' titles and slugs only on pages that show them (a template
that reads `.previous` or `.next`: its own page), and by the digest of its file only on
pages that show bodies (a template that reads `.html`, the search index): an edit to a
body does not render the lists it is on, nor a title the lists its neighbours are on. A person counts by what any
page shows of them. A value of a type this module does not know is refused rather than
guessed at, so a builder that adds one must say here what it stands for.

Templates of the built-in theme show only what these keys cover (an event's neighbours
one step away, a person's own figures). A project's own template may reach anything from
a page's context (`event.previous.previous`, `person.events`, `archive`): a page rendered
with one is keyed on the whole archive, so any change to the articles renders it again.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import pickle
import re
from pathlib import Path

import jinja2
from jinja2 import meta

from .cache import FOLDER, code_fingerprint, file_signature, front_digest, replace_atomically
from .model import Archive, Event, Person, StoredEvent, StoredPerson
from .render import BUILTIN_TEMPLATES

_SIZE = 16
# What in a template reads an event's body: `event.html`, `event['html']`.
_READS_BODY = re.compile(r"""\.html\b(?!['"])|\[\s*['"]html['"]\s*\]""")
# What reads an event's neighbours: `event.previous`, `event['next']` (a long list's walk
# between its pages, `walk.previous`, is a link of the page's own).
_READS_NEIGHBOURS = re.compile(r"""(?<!walk)\.(?:previous|next)\b(?!['"])|\[\s*['"](?:previous|next)['"]\s*\]""")
# A list longer than this (the people index, the sitemap's URLs) is digested once per
# build, however many pages hold it.
_LONG = 64


def _hasher():
    return hashlib.blake2b(digest_size=_SIZE)


class PageKeys:
    def __init__(self, env: jinja2.Environment, config, archive: Archive):
        self.env = env
        self.archive = archive
        base = _hasher()
        base.update(code_fingerprint())
        base.update(repr(config).encode("utf-8"))
        self._base = base.digest()
        self._events: dict[int, bytes] = {}
        self._bodies = False
        """Whether the page being keyed shows bodies: events then count by their file."""
        self._neighbours = False
        """Whether the page being keyed shows events' neighbours: events then count by theirs."""
        self._people: dict[int, bytes] = {}
        self._lists: dict[tuple[int, bool, bool], tuple[list, bytes]] = {}
        self._templates: dict[str, tuple[bytes, bool, bool] | None] = {}
        self._whole_archive: bytes | None = None

    def key(self, page) -> bytes | None:
        """The page's key, or None where it cannot be known (it is then always rendered)."""
        h = _hasher()
        h.update(self._base)
        h.update(f"{page.path}\0{page.kind}\0".encode("utf-8"))
        if page.data is not None:
            h.update(b"data\0")
            h.update(page.data)
        elif page.produce is not None:
            if not isinstance(page.produce, functools.partial):
                return None
            self._bodies = self._neighbours = True  # made from the events by code: assume it shows everything
            h.update(f"{page.produce.func.__module__}.{page.produce.func.__qualname__}\0".encode("utf-8"))
            self._feed(h, list(page.produce.args))
            self._feed(h, dict(page.produce.keywords))
        else:
            template = self._template(page.template)
            if template is None:
                return None
            h.update(template[0])
            self._bodies, self._neighbours = template[1], template[2]
            self._feed(h, page.context)
        return h.digest()

    def counts_neighbours(self, page) -> bool:
        """Whether the page's key may count its events' neighbours (see key): anything but a
        page made from a template that does not read them (a maker is assumed to show
        everything, and data was made from what it shows)."""
        if page.data is not None or page.produce is not None or page.template is None:
            return True
        template = self._template(page.template)
        return template is None or template[2]

    # -- templates -----------------------------------------------------------------

    def _template(self, name: str) -> tuple[bytes, bool, bool] | None:
        """(digest of the template and all it uses, whether they show event bodies, whether
        they show events' neighbours); None for a template that does not parse (rendering
        says where it is broken)."""
        if name in self._templates:
            return self._templates[name]
        try:
            closure = self._template_closure(name)
        except jinja2.TemplateError:
            self._templates[name] = None
            return None
        h = _hasher()
        whole_archive = bodies = neighbours = False
        for template, source, filename in closure:
            h.update(source.encode("utf-8") + b"\0")
            bodies = bodies or bool(_READS_BODY.search(source))
            neighbours = neighbours or bool(_READS_NEIGHBOURS.search(source))
            if not _is_builtin(filename) and not _same_as_builtin(template, source):
                whole_archive = True
        if whole_archive:
            h.update(self._archive_key())
        known = self._templates[name] = (h.digest(), bodies, neighbours)
        return known

    def _template_closure(self, name: str):
        """(name, source, file) of the template and every one it uses, in a stable order.
        A template named by a variable could be any: then all of them count."""
        seen, order, todo = set(), [], [name]
        while todo:
            current = todo.pop(0)
            if current in seen:
                continue
            seen.add(current)
            source, filename, _ = self.env.loader.get_source(self.env, current)
            order.append((current, source, filename))
            for used in _referenced(self.env, source):
                if used is None:
                    todo += sorted(set(self.env.list_templates()) - seen)
                else:
                    todo.append(used)
        return order

    @property
    def whole_archive(self) -> bool:
        """Whether a page keyed so far was keyed on the whole archive (a project's own
        template): any change to the articles may change it."""
        return self._whole_archive is not None

    def digests(self) -> tuple[dict[int, bytes], dict[int, bytes]]:
        """What pages show of each event and person keyed so far (by id): kept with the
        build's record (snapshot.py) so that the next build need not work them out again."""
        return self._events, self._people

    def _archive_key(self) -> bytes:
        if self._whole_archive is None:
            h = _hasher()
            neighbours, self._neighbours = self._neighbours, True
            for event in self.archive.events:
                h.update(self.event(event, with_body=True))
            self._neighbours = neighbours
            for person in self.archive.people:
                h.update(self.person(person))
            self._whole_archive = h.digest()
        return self._whole_archive

    # -- what pages show -----------------------------------------------------------

    def event(self, event: Event, with_body: bool) -> bytes:
        """What pages show of an event: a digest of it (with its neighbours' titles and
        slugs where the page shows them), followed, where the page shows bodies, by the
        digest of its file."""
        known = self._events.get(id(event))
        if known is None:
            # (read back from the last build: its digests as that build made them, where
            # the event and its neighbours are as they were then; see snapshot.py)
            stored = event.key if type(event) is StoredEvent else None
            known = self._events[id(event)] = stored or self._event(event)
        known = known[_SIZE:] if self._neighbours else known[:_SIZE]
        return known + event.digest if with_body else known

    def event_digests(self, event: Event) -> bytes:
        """Both digests of an event (see _event), as snapshot.py keeps them."""
        known = self._events.get(id(event))
        if known is None:
            known = self._events[id(event)] = self._event(event)
        return known

    def _event(self, event: Event) -> bytes:
        """Two digests: of the event, and of the event with its neighbours."""
        # The front matter as loaded (the body is kept apart), people apart: every field;
        # then the people with their slugs (a page links them); one string, hashed once:
        # ten thousand events a build. Then the neighbours, for the pages that show them.
        article = event.article
        by_name = self.archive.by_name
        participants = article.participants
        parts = [event.slug, str(len(participants))]
        for participant in participants:
            person = by_name.get(participant.name)
            parts += (participant.name, participant.role, person.slug if person else "")
        h = hashlib.blake2b(event.front or front_digest(article), digest_size=_SIZE)
        h.update("\0".join(parts).encode("utf-8"))
        own = h.digest()
        near = []
        for neighbour in (event.previous, event.next):
            near += (neighbour.slug, neighbour.article.title) if neighbour else ("-",)
        h = hashlib.blake2b(own, digest_size=_SIZE)
        h.update("\0".join(near).encode("utf-8"))
        return own + h.digest()

    def person(self, person: Person) -> bytes:
        known = self._people.get(id(person))
        if known is None and type(person) is StoredPerson:
            known = self._people[id(person)] = person.key
        if known is None:
            h = _hasher()
            h.update(f"{person.name}\0{person.slug}\0{len(person.events)}\0".encode("utf-8"))
            if person.events:
                h.update(f"{person.first}\0{person.last}\0".encode("ascii"))
            for spelling in person.spellings:
                h.update(f"~{spelling}\0".encode("utf-8"))
            for span in person.roles:
                h.update(f"r{span.role}\0{span.first}\0{span.last}\0{span.events}\0".encode("utf-8"))
            for other, count in person.companions:
                h.update(f"c{other.name}\0{other.slug}\0{count}\0".encode("utf-8"))
            known = self._people[id(person)] = h.digest()
        return known

    def _feed(self, h, value) -> None:
        kind = type(value)  # the exact types first: tens of thousands of values a build
        if kind is str:
            h.update(b"s" + value.encode("utf-8", "surrogatepass") + b"\0")
        elif kind is dict:
            h.update(b"{")
            for item in value.items():
                self._feed(h, item[0])
                self._feed(h, item[1])
            h.update(b"}")
        elif kind is Event or kind is StoredEvent:
            h.update(b"e")
            h.update(self.event(value, self._bodies))
        elif kind is list or kind is tuple:
            if len(value) > _LONG:
                h.update(self._long(value))
            else:
                h.update(b"[")
                self._feed_items(h, value)
                h.update(b"]")
        elif kind is Person or kind is StoredPerson:
            h.update(b"p")
            h.update(self.person(value))
        elif value is None or kind is bool or kind is int or kind is float:
            h.update(f"{kind.__name__}:{value!r}\0".encode("ascii"))
        elif isinstance(value, str):
            h.update(b"s" + str(value).encode("utf-8", "surrogatepass") + b"\0")
        elif isinstance(value, dt.date):
            h.update(f"d{value.isoformat()}\0".encode("ascii"))
        else:
            raise TypeError(f"page keys: no rule for a {kind.__name__} in a page's context; add one to keys.py")

    def _feed_items(self, h, items) -> None:
        """_feed of each item, the events among them (most of what lists hold) fed as one
        run of bytes: the same bytes, a fraction of the calls."""
        run: list[bytes] = []
        for item in items:
            if type(item) is Event or type(item) is StoredEvent:
                run.append(b"e" + self.event(item, self._bodies))
                continue
            if run:
                h.update(b"".join(run))
                run = []
            self._feed(h, item)
        if run:
            h.update(b"".join(run))

    def _long(self, items) -> bytes:
        known = self._lists.get((id(items), self._bodies, self._neighbours))
        if known is None:
            h = _hasher()
            h.update(b"[")
            self._feed_items(h, items)
            h.update(b"]")
            # The list is kept with its digest: a freed list's id could be given to another.
            known = self._lists[(id(items), self._bodies, self._neighbours)] = (items, h.digest())
        return known[1]


_REFERENCED: dict[str, tuple] = {}


def _referenced(env: jinja2.Environment, source: str) -> tuple:
    """The templates a template's source extends, includes or imports (None for one
    named by a variable), parsed once per process for each source, and kept beside the
    compiled templates where the environment keeps them: parsing the templates of the
    pages a one-edit build keys took ~20 ms of each command."""
    known = _REFERENCED.get(source)
    if known is None:
        folder = getattr(env.bytecode_cache, "directory", None)
        # (what a source references depends on it, the parser's settings and Jinja's
        # version: the code's fingerprint covers the last two)
        kept = Path(folder, "references-" + hashlib.blake2b(code_fingerprint() + source.encode("utf-8", "surrogatepass"),
                                                             digest_size=16).hexdigest() + ".json") if folder else None
        known = _kept_references(kept) if kept is not None else None
        if known is None:
            known = tuple(meta.find_referenced_templates(env.parse(source)))
            if kept is not None:
                replace_atomically(kept, lambda out: out.write(json.dumps(list(known)).encode("utf-8")))
        _REFERENCED[source] = known
    return known


def _kept_references(file: Path) -> tuple | None:
    """What _referenced kept in file, or None where it is missing or not a list of names."""
    try:
        found = json.loads(file.read_bytes())
    except (OSError, ValueError):
        return None
    if type(found) is not list or not all(name is None or type(name) is str for name in found):
        return None
    return tuple(found)


def _folders_of(paths) -> set[str]:
    """Every folder that holds one of the paths, up to the site's own ('')."""
    folders = {""}
    for path in paths:
        folder = path.rpartition("/")[0]  # (posixpath.dirname, for paths the site checked: tens of thousands)
        while folder not in folders:
            folders.add(folder)
            folder = folder.rpartition("/")[0]
    return folders


def _is_builtin(filename: str | None) -> bool:
    return bool(filename) and Path(filename).resolve().is_relative_to(BUILTIN_TEMPLATES)


@functools.lru_cache(maxsize=64)
def _same_as_builtin(name: str, source: str) -> bool:
    """A project's copy of a built-in template, unchanged, shows what the built-in one
    shows: it is keyed like it (copying the theme to change one file keeps the others'
    one-edit builds)."""
    builtin = BUILTIN_TEMPLATES / name
    try:
        return builtin.is_file() and builtin.read_text(encoding="utf-8") == source
    except (OSError, ValueError):
        return False


class PageRecord:
    """What the last build left in a site folder: each page's key and the file it wrote
    (size, time, inode), kept in the project's cache. A page whose key and file both
    match needs no rendering. A record that cannot be read is no record: the next build
    is a whole one."""

    _MAGIC = b"biennien pages 3\n"

    def __init__(self, root: Path, site_dir: Path):
        name = hashlib.blake2b(str(site_dir.resolve()).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
        self.file = root / FOLDER / f"pages-{name}.pickle"
        self.site_dir = site_dir
        self._root = os.path.join(site_dir, "")  # paths joined as strings: tens of thousands a build
        self.pages: dict[str, tuple[bytes | None, int, int, int]] = {}
        self.token: bytes | None = None
        """Made anew each time the record is written: what else a build keeps of the site
        (snapshot.py) names it, and is no use with any other record."""
        self.folders: dict[str, int] = {}
        """Each folder of the site with its time: one whose time moved has had files added
        or removed since (see strays)."""
        self._looked: tuple[set[str], dict[str, int]] | None = None
        """What strays found: the folders of the pages, and those whose time was as recorded."""

    # The record this process last wrote, with its file's size, time and inode: `serve`
    # builds again and again and need not read it back.
    _in_memory: dict[Path, tuple[tuple, dict, dict, bytes | None]] = {}

    @classmethod
    def open(cls, root: Path, site_dir: Path) -> PageRecord:
        record = cls(root, site_dir)
        remembered = cls._in_memory.get(record.file)
        if remembered is not None and remembered[0] == file_signature(record.file):
            record.pages, record.folders, record.token = remembered[1:]
            return record
        try:
            data = record.file.read_bytes()
            if data.startswith(cls._MAGIC):
                pages, folders, token = pickle.loads(data[len(cls._MAGIC):])
                if isinstance(pages, dict) and isinstance(folders, dict) and isinstance(token, bytes):
                    record.pages, record.folders, record.token = pages, folders, token
        except Exception:  # noqa: BLE001 - missing, unreadable or damaged: a whole build
            record.pages, record.folders, record.token = {}, {}, None
        return record

    def unchanged(self, path: str, key: bytes | None) -> bool:
        """True when the site holds the file the last build wrote for path, from the same key."""
        known = self.pages.get(path)
        if known is None or key is None or known[0] != key:
            return False
        return file_signature(self._root + path) == known[1:]

    def changed_on_disk(self) -> set[str]:
        """The recorded pages whose file is not the one the last build left (changed or
        removed since): unchanged for each, in one loop over ten thousand pages."""
        changed = set()
        root, stat = self._root, os.stat
        for path, known in self.pages.items():
            try:
                status = stat(root + path)
            except OSError:
                changed.add(path)
                continue
            if status.st_size != known[1] or status.st_mtime_ns != known[2] or status.st_ino != known[3]:
                changed.add(path)
        return changed

    def strays(self, expected: set[str]) -> list[str]:
        """Files and folders in the site that no page of this build puts there (a file
        copied in by hand, a page of an older build), looked for only in the folders
        whose contents changed since the last build."""
        folders = _folders_of(expected)
        found = []
        same: dict[str, int] = {}
        for folder, mtime in self.folders.items():
            path = self._root + folder
            try:
                if os.stat(path).st_mtime_ns == mtime:
                    same[folder] = mtime
                    continue
                entries = [entry.name for entry in os.scandir(path)]
            except OSError:
                continue
            for name in entries:
                inside = f"{folder}/{name}" if folder else name
                if inside not in expected and inside not in folders:
                    found.append(inside)
        self._looked = (folders, same)
        return sorted(found)

    def forget(self) -> None:
        """Drop the record's file before the site changes in place: a build killed halfway
        leaves none, so the next one rebuilds the whole site instead of trusting a
        half-updated one. (What it held stays in memory for `remember`.)"""
        try:
            self.file.unlink()
        except OSError:
            pass

    def remember(self, keys: dict[str, bytes | None], touched: set[str] | None = None, token: bytes | None = None) -> None:
        """Record each page's key (None: always rendered) with its file as it is now on
        disk; of the pages that were not touched (when told which were), as it was. Under
        a new token, or the one given (a record of the build written before this one)."""
        pages = {}
        for path, key in keys.items():
            known = self.pages.get(path) if touched is not None and path not in touched else None
            if known is not None and known[0] == key:
                pages[path] = known
                continue
            signature = file_signature(self._root + path)
            if signature:
                pages[path] = (key, *signature)
        folders = {}
        if touched is not None and self._looked is not None:
            # The folders strays found as recorded keep their time, but those this build
            # wrote or removed in: a change made by hand since (when the folder's time
            # differs from the record) is looked for again by the next build, as it should be.
            expected, same = self._looked
            moved = _folders_of(touched)
            kept = {folder: mtime for folder, mtime in same.items() if folder not in moved and folder in expected}
        else:
            expected, kept = _folders_of(keys), {}
        for folder in expected:
            mtime = kept.get(folder)
            if mtime is None:
                try:
                    mtime = os.stat(self._root + folder).st_mtime_ns
                except OSError:
                    continue
            folders[folder] = mtime
        self.pages, self.folders = pages, folders
        token = token or os.urandom(16)

        def fill(out) -> None:
            out.write(self._MAGIC)
            pickle.dump((pages, folders, token), out, protocol=pickle.HIGHEST_PROTOCOL)

        if replace_atomically(self.file, fill):
            self.token = token
            PageRecord._in_memory = {self.file: (file_signature(self.file), pages, folders, token)}
        else:
            self.token = None
