"""What the last whole build knew of the archive, kept between runs, so that a build after
a small edit reads and keys only what the edit touches.

A whole build (build.py) models the archive from every article and declares and keys
every page: at 10,000 articles about 70 µs an article, however small the edit. It leaves
here, beside its page record (keys.PageRecord):

- each article file's size, time, inode and digest, and its event;
- each event's place in the archive (its slug, its digests, what orders it among its
  neighbours, what the archive's shape depends on), its article and body, one record each;
- each person (slug, events, roles, companions);
- each page as declared (path, template, context), one record each, the events and
  people in it named by their number, and for each event and person the pages that
  hold it.

The next build lists and stats the files. Where only a few changed, and each of them is
the same event in the same place (same path, same people, between the same neighbours,
in the same month), the archive's shape is the last build's: the same events in the same
order, the same people, the same pages. Only pages that hold the edited events or their
neighbours can show something new (an event's key covers its neighbours' titles and
slugs: keys.py), and, where a role or a day changed, the pages that hold its people (their
spans of roles, their first and last days) and the search's list of people (each one's
latest role and days); those are read back, keyed, and rendered where their key changed,
from an archive whose events and people are read when first asked for
(model.StoredEvent). A day moved must also leave the lists a whole build cuts by day as
they were: the home page's first event (where each person's timeline link goes) and the
feed's events (ordered by day and slug). Every other page keeps its recorded key, as a
whole build would compute it.

One edited event may also move past others of its month (a day or a title put right):
the events keep their numbers as names, and the record keeps where each now is
(Snapshot.move). Where every event it passes is on the same pages of the timeline and the
search as it is (no page is cut between them), and no page of its people's lists is cut
between its places before and after, those lists hold the same events in another order:
they are read back and sorted again, and its old and new neighbours are keyed again.

One edited event may name other people, where each of them is in the archive already, no
one is left with no event, and the event is on the last page of each one's list: their
events, spans of roles and companions are gathered again (Snapshot.regathered), and
pages read back get what a whole build derives from them made again (_with_people_now).

One article added, alone, where its people are all in the archive already and its slug
moves no other's, takes the next number and its place in the archive's order (those
after it shift by one: Snapshot.move), and its place in each list it joins, as
snapshot_add.py says; the pages made again and its own are kept with the changes.
Anything else
(two files added, one removed or renamed, an add that takes a list a new page or year,
a day that leaves its month, two events moved at once,
someone new or someone's last event, an article with problems,
site.yaml, people.yaml, a template, an asset, biennien itself, a project template keyed on
the whole archive) and the build is a whole one, which writes this record again.

The record is derived data and never trusted beyond what it can prove: it is of this
biennien (cache.code_fingerprint); it names the page record it was written with (a build
killed between the two leaves them apart: a whole build follows) and the load cache's
files as they were (a cache changed since is read by a whole build, which says whether it
was damaged); its head is checked against its BLAKE2 digest, and each part against its
CRC-32 where it is read (a damaged one makes the build a whole one); and a file whose time
is too close to when its signature was taken is read again (see cache._RACY_NS). The quick
builds' changes go into a small file beside it, which names the whole record it follows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import heapq
import io
import marshal
import operator
import os
import pickle
import struct
import time
import zlib
from collections import Counter
from pathlib import Path

from ..errors import BiennienError
from .cache import _RACY_NS, FOLDER, code_fingerprint, digest_of, file_signature, replace_atomically
from ..article import Article, Participant
from . import builders
from .builders import EVENTS_FOLDER, HOME, PEOPLE_FOLDER, YEARS_FOLDER, person_folder
from .model import Event, Person, RoleSpan, StoredEvent, StoredPerson
from ..vietnamese import collation_key

_MAGIC = b"biennien last build 1\n"
_DELTA_MAGIC = b"biennien last build changes 1\n"
_DIGEST = 32
_TOKEN = 16
_LENGTH = 8
# A build that finds more changed files than this is a whole one: the quick way pays per
# changed file (each one's pages), the whole one per article.
CHANGED_LIMIT = 50
# Tests set this: an error in a quick build other than a damaged record is raised, not
# taken as a reason for a whole build (which would hide a bug behind a slower build).
STRICT = False
# The changes since the whole record are kept in a small file beside it; past this many
# changed events a whole build writes the record afresh.
DELTA_LIMIT = 500


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=_DIGEST).digest()


def _name(site_dir: Path) -> str:
    return hashlib.blake2b(str(site_dir.resolve()).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def files_of(root: Path, site_dir: Path) -> tuple[Path, Path]:
    folder = root / FOLDER
    name = _name(site_dir)
    return folder / f"last-build-{name}.bin", folder / f"last-build-{name}.changes"


def order_of(date_ordinal: int, title_key: tuple, path: str) -> tuple:
    """model.event_order, from what the record keeps."""
    return (date_ordinal, tuple(title_key), path)


def _tree(folder: Path | None, contents: bool) -> tuple:
    """Every file and folder under folder: (name, digest of its bytes) or (name, size,
    time, inode) with contents False; a file changed in the last moments is (name, -1)."""
    if folder is None or not folder.is_dir():
        return ()
    found = []
    soon = time.time_ns() - _RACY_NS
    for current, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files) + [f"{name}/" for name in folders]:
            path = os.path.join(current, name.rstrip("/"))
            relative = os.path.relpath(path, folder) + ("/" if name.endswith("/") else "")
            if contents and not name.endswith("/"):
                with open(path, "rb") as source:
                    found.append((relative, digest_of(source.read())))
            else:
                status = os.stat(path)
                found.append((relative, -1) if status.st_mtime_ns >= soon and not name.endswith("/")
                             else (relative, status.st_size, status.st_mtime_ns, status.st_ino))
    return tuple(found)


def inputs_of(root: Path, content_dir: Path, config, site_dir: Path) -> tuple:
    """Everything but the articles that a build's pages depend on, as a value to compare:
    site.yaml (as read, with --base-url), people.yaml, every template and asset (the
    built-in ones too), where the articles and the site are, and the load cache's files
    (a build that reads them says when they are damaged)."""
    from .aliases import FILE as ALIASES_FILE
    from .cache import _DELTA_FILE, _FILE
    from .render import BUILTIN_ASSETS, BUILTIN_TEMPLATES

    try:
        people = digest_of((root / ALIASES_FILE).read_bytes())
    except FileNotFoundError:
        people = b""
    return (
        repr(config), people, str(content_dir.resolve()), str(site_dir.resolve()),
        _tree(BUILTIN_TEMPLATES, True), _tree(root / "templates", True),
        _tree(BUILTIN_ASSETS, False), _tree(root / "assets", False),
        file_signature(root / FOLDER / _FILE), file_signature(root / FOLDER / _DELTA_FILE),
    )


# -- what is kept of an event -----------------------------------------------------------

# An event is kept as one marshalled tuple: its path, slug, file digest, front matter digest,
# date (ordinal), title key, what page keys made of it (or None), its article's
# fields, its body. Marshal, not pickle: a third of the time either way, ten thousand a build.
PATH, SLUG, DIGEST, FRONT, DATE, TITLE_KEY, KEY, ARTICLE, BODY = range(9)
_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_DATES = frozenset({"date", "page_date"})


_FIELDS_OF = operator.attrgetter(*_ARTICLE_FIELDS)
_DATE_AT = tuple(_ARTICLE_FIELDS.index(name) for name in sorted(_DATES))
_PARTICIPANTS_AT = _ARTICLE_FIELDS.index("participants")
_PATH_AT = _ARTICLE_FIELDS.index("path")


def article_values(article: Article) -> tuple:
    """The article's fields as marshal keeps them (dates as ordinals, people as pairs)."""
    values = list(_FIELDS_OF(article))
    for at in _DATE_AT:
        if values[at] is not None:
            values[at] = values[at].toordinal()
    values[_PARTICIPANTS_AT] = tuple((p.name, p.role) for p in values[_PARTICIPANTS_AT])
    if values[_PATH_AT] is not None:
        values[_PATH_AT] = str(values[_PATH_AT])
    return tuple(values)


def article_of(values: tuple) -> Article:
    """article_values undone: the Article as it was (made as pickle makes one)."""
    fields = dict(zip(_ARTICLE_FIELDS, values))
    for name in _DATES:
        if fields[name] is not None:
            fields[name] = dt.date.fromordinal(fields[name])
    fields["participants"] = [Participant(name, role) for name, role in fields["participants"]]
    if fields["path"] is not None:
        fields["path"] = Path(fields["path"])
    article = Article.__new__(Article)
    article.__dict__.update(fields)
    return article


def event_record(event, key: bytes | None) -> tuple:
    article = event.article
    return (str(article.path), event.slug, event.digest, event.front, article.date.toordinal(),
            tuple(event.title_key or collation_key(article.title)), key,
            article_values(article), bytes(event.body) if event.body else b"")


# -- writing, after a whole build -----------------------------------------------------


def _event_place(number: int):
    """(in a page's pickle) the event of this number: see _PageUnpickler."""
    raise RuntimeError("read back only by snapshot._PageUnpickler")


def _person_place(number: int):
    raise RuntimeError("read back only by snapshot._PageUnpickler")


class _PagePickler(pickle.Pickler):
    """Pickles a page with its events and people named by their numbers, and notes which
    events each page holds. (reducer_override, not persistent_id: it is not asked about
    strings, numbers, lists and dicts, most of what a page holds.)"""

    def __init__(self, out, events: dict[int, int], people: dict[int, int]):
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self._events, self._people = events, people
        self.held: set[int] = set()
        self.people_held: set[int] = set()

    def reducer_override(self, obj):
        kind = type(obj)
        if kind is Event:
            number = self._events[id(obj)]
            self.held.add(number)
            return _event_place, (number,)
        if kind is Person:
            number = self._people[id(obj)]
            self.people_held.add(number)
            return _person_place, (number,)
        return NotImplemented


class _Writer:
    """The records after the header, each with its place and digest."""

    def __init__(self, out):
        self.out = out
        self.at = 0

    def put(self, data) -> tuple[int, int, int]:
        start = self.at
        self.out.write(data)
        self.at += len(data)
        return start, len(data), zlib.crc32(data)


def save(root: Path, site_dir: Path, content_dir: Path, plan, keys: dict, token: bytes, digests: tuple) -> bool:
    """Write the record of a whole build (plan, with every page's key, the page record's
    token, and what the keys made of each event and person); False, with any older record
    removed, where it cannot be kept."""
    event_keys, person_keys = digests
    whole, changes = files_of(root, site_dir)
    _remove(changes)  # (it names the whole file it follows: of no use now)
    archive = plan.common["archive"]
    if any(key is None for key in keys.values()) or not plan.files:
        _remove(whole)
        return False
    numbers = {id(event): index for index, event in enumerate(archive.events)}
    people_numbers = {id(person): index for index, person in enumerate(archive.people)}
    soon = time.time_ns() - _RACY_NS
    signatures, files = {}, {}
    for file, (status, digest, event) in plan.files.items():
        if status is None or not digest:
            _remove(whole)
            return False
        size = status.st_size if status.st_mtime_ns < soon else -1  # (changed in the last moments: read again)
        signatures[file] = (size, status.st_mtime_ns, status.st_ino)
        files[file] = (digest, numbers[id(event)] if event is not None else -1)
    people = [(person.name, person.slug, tuple(numbers[id(event)] for event in person.events),
               tuple((span.role, span.first.toordinal(), span.last.toordinal(), span.events) for span in person.roles),
               tuple((people_numbers[id(other)], count) for other, count in person.companions),
               tuple(person.spellings), person_keys.get(id(person)))
              for person in archive.people]
    report = plan.report
    inputs = inputs_of(root, content_dir, plan.common["site"], site_dir)

    def fill(out) -> None:
        size = len(_MAGIC) + _DIGEST + _TOKEN + 2 * _LENGTH + _DIGEST
        out.write(bytes(size))  # (the header, written last: it names the head, written after the records)
        writer = _Writer(out)
        put = writer.put
        event_index = bytearray()
        for event in archive.events:
            event_index += _PLACE.pack(*put(marshal.dumps(event_record(event, event_keys.get(id(event))))))
        pages = []
        held_by: list[list[int]] = [[] for _ in archive.events]
        people_held_by: list[list[int]] = [[] for _ in archive.people]
        for index, page in enumerate(plan.pages):
            data = io.BytesIO()
            pickler = _PagePickler(data, numbers, people_numbers)
            pickler.dump(page)
            pages.append((page.path, *put(data.getbuffer())))
            for number in pickler.held:
                held_by[number].append(index)
            for number in pickler.people_held:
                people_held_by[number].append(index)
        sections = {
            "signatures": put(marshal.dumps(signatures)),
            "files": put(marshal.dumps(files)),
            "pages": put(marshal.dumps(pages)),
            "held_by": put(marshal.dumps([tuple(pages_of) for pages_of in held_by])),
            "people_held_by": put(marshal.dumps([tuple(pages_of) for pages_of in people_held_by])),
            "people": put(marshal.dumps(people)),
            "event_index": put(bytes(event_index)),
        }
        head = marshal.dumps({
            "inputs": inputs,
            "report": (sorted(report.pages.items()), list(report.problems), [str(path) for path in report.skipped],
                       list(report.crowds), [notice for notice in report.notices if notice != plan.cache.notice]),
            "sections": sections,
            "events": len(archive.events),
        })
        out.write(head)
        out.seek(0)
        out.write(_MAGIC + code_fingerprint() + token + writer.at.to_bytes(_LENGTH, "little")
                  + len(head).to_bytes(_LENGTH, "little") + _digest(head))

    try:
        return replace_atomically(whole, fill)
    except (pickle.PicklingError, TypeError, ValueError, AttributeError, KeyError):
        _remove(whole)  # something this record cannot hold (marshal or pickle refused it): whole builds
        return False


def _remove(file: Path) -> None:
    try:
        file.unlink(missing_ok=True)
    except OSError:
        pass


# -- reading ---------------------------------------------------------------------------

_HEADER = len(_MAGIC) + _DIGEST + _TOKEN + 2 * _LENGTH + _DIGEST
_PLACE = struct.Struct("<QII")


class Snapshot:
    """The record of the last whole build with the changes of the quick builds since, each
    part read (and checked against its digest) when first asked for."""

    def __init__(self, whole: Path, changes: Path):
        self.whole, self.changes = whole, changes
        self.head: dict = {}
        self._head_digest = b""
        self._handle: int | None = None
        self._sections: dict[str, object] = {}
        self._changed: dict = {"files": {}, "events": {}, "people": {}, "order": {}, "held_by": {}, "regathered": set(),
                               **_added_none()}
        """What the quick builds since the whole record changed (see save_changes)."""
        self._positions: dict[int, int] | None = None
        self._pages_now: dict[int, object] = {}
        """Pages this build made again or added (see put_page), by number."""

    @classmethod
    def open(cls, root: Path, site_dir: Path, token: bytes) -> Snapshot | None:
        """The record, where it is whole, of this biennien and written with the page
        record of this token; else None."""
        snapshot = cls(*files_of(root, site_dir))
        try:
            handle = os.open(snapshot.whole, os.O_RDONLY)
        except OSError:
            return None
        snapshot._handle = handle
        try:
            header = os.pread(handle, _HEADER, 0)
            at = len(_MAGIC)
            if len(header) != _HEADER or not header.startswith(_MAGIC) or header[at:at + _DIGEST] != code_fingerprint():
                return snapshot.close()
            whole_token = header[at + _DIGEST:at + _DIGEST + _TOKEN]
            at += _DIGEST + _TOKEN
            records = int.from_bytes(header[at:at + _LENGTH], "little")
            length = int.from_bytes(header[at + _LENGTH:at + 2 * _LENGTH], "little")
            digest = header[at + 2 * _LENGTH:]
            changes = snapshot._read_changes(digest)
            if (changes["token"] if changes else whole_token) != token:
                return snapshot.close()
            head = os.pread(handle, length, _HEADER + records)
            if len(head) != length or _digest(head) != digest:
                return snapshot.close()
            snapshot.head = marshal.loads(head)
            snapshot._head_digest = digest
            if changes:
                snapshot._changed = {"people": {}, "order": {}, "held_by": {}, "regathered": set(), **_added_none(), **changes}
                if changes.get("count") is not None:  # (events added since the whole record)
                    snapshot.head["events"] = changes["count"]
                    snapshot.head["report"] = (changes["report_pages"], *snapshot.head["report"][1:])
            return snapshot
        except Exception:  # noqa: BLE001 - unreadable or damaged: a whole build
            return snapshot.close()

    def _read_changes(self, head_digest: bytes) -> dict | None:
        try:
            data = self.changes.read_bytes()
        except OSError:
            return None
        at = len(_DELTA_MAGIC)
        fingerprint, base, digest = (data[at + k * _DIGEST:at + (k + 1) * _DIGEST] for k in range(3))
        payload = data[at + 3 * _DIGEST:]
        if not data.startswith(_DELTA_MAGIC) or fingerprint != code_fingerprint() or base != head_digest \
                or _digest(payload) != digest:
            return None
        try:
            changes = marshal.loads(payload)
        except (EOFError, ValueError, TypeError):
            return None
        return changes if isinstance(changes, dict) else None

    def close(self) -> None:
        if self._handle is not None:
            os.close(self._handle)
            self._handle = None
        return None

    def _record(self, start: int, length: int, digest: bytes) -> bytes:
        data = os.pread(self._handle, length, _HEADER + start)
        if len(data) != length or zlib.crc32(data) != digest:
            raise DamagedRecord(f"{self.whole}: damaged")
        return data

    def section(self, name: str):
        """One part of the record (see save), with the quick builds' changes."""
        known = self._sections.get(name)
        if known is None:
            data = self._record(*self.head["sections"][name])
            known = data if name == "event_index" else marshal.loads(data)
            changed = self._changed["files"]
            if name == "pages":
                known += [(path, -1, 0, 0) for path in self._changed["added_pages"]]  # (kept in page_data)
            elif name == "signatures":
                known.update((file, item[:3]) for file, item in changed.items())
            elif name == "files":
                known.update((file, item[3:]) for file, item in changed.items())
            elif name == "people":
                for number, person in self._changed["people"].items():
                    known[number] = person
            elif name == "held_by":
                known += [()] * (self.head["events"] - len(known))  # (events added since)
                for number, pages in self._changed["held_by"].items():
                    known[number] = pages
            self._sections[name] = known
        return known

    @functools.cached_property
    def person_numbers(self) -> dict[str, int]:
        """Each person's number (their place in the person index) by name. (A quick build
        names no one new: the names are the whole record's.)"""
        return {person[0]: number for number, person in enumerate(self.section("people"))}

    @property
    def changed_events(self) -> int:
        return len(self._changed["events"])

    # Events are numbered by their place in the whole build's archive, and keep that number
    # as their name: pages name them by it. An event a quick build moved among the events
    # of its month (a day or a title put right) takes another place, and those between
    # shift by one; "order" keeps each place whose event is not the one of its number.

    @property
    def moved(self) -> bool:
        """Whether any event is not at the place of its number."""
        return bool(self._changed["order"])

    def at(self, place: int) -> int:
        """The number of the event now at this place in the archive's order."""
        return self._changed["order"].get(place, place)

    def place_of(self, number: int) -> int:
        """Where the event of this number now is in the archive's order."""
        if self._positions is None:
            self._positions = {number: place for place, number in self._changed["order"].items()}
        return self._positions.get(number, number)

    def move(self, number: int, to: int) -> None:
        """Put the event of this number at place `to`, those between shifted by one."""
        order = self._changed["order"]
        start = self.place_of(number)
        step = 1 if to > start else -1
        for place in range(start, to, step):
            order[place] = self.at(place + step)
        order[to] = number
        for place in range(min(start, to), max(start, to) + 1):
            if order[place] == place:
                del order[place]
        self._positions = None

    def event(self, number: int) -> tuple:
        """What the record keeps of an event (see event_record)."""
        changed = self._changed["events"].get(number)
        if changed is not None:
            return changed
        return marshal.loads(self._record(*_PLACE.unpack_from(self.section("event_index"), number * _PLACE.size)))

    def page(self, number: int, archive: StoredArchive):
        now = self._pages_now.get(number)
        if now is not None:
            return now
        kept = self._changed["page_data"].get(number)
        if kept is not None:  # (made again by a quick build's add since the whole record)
            return _PageUnpickler(io.BytesIO(kept), archive).load()
        path, start, length, digest = self.section("pages")[number]
        return _PageUnpickler(io.BytesIO(self._record(start, length, digest)), archive).load()

    def put_page(self, number: int | None, page) -> int:
        """Take this page (made again, or added where number is None) as the record's from
        here on; its number."""
        if number is None:
            pages = self.section("pages")
            number = len(pages)
            pages.append((page.path, -1, 0, 0))
            self._changed["added_pages"] = [*self._changed["added_pages"], page.path]
        self._pages_now[number] = page
        return number

    def add_event(self, number: int, event: tuple, kind_counts: list) -> None:
        """Take the event of this number (the next) as the archive's newest from here on,
        with the build's count of pages of each kind."""
        held_by = self.section("held_by")
        self.head["events"] = self._changed["count"] = number + 1
        held_by.append(())
        self._changed["events"][number] = event
        self.head["report"] = (kind_counts, *self.head["report"][1:])
        self._changed["report_pages"] = kind_counts

    def let_go(self, number: int, page: int) -> None:
        """Take the page as no longer holding the event of this number."""
        held_by = self.section("held_by")
        held_by[number] = self._changed["held_by"][number] = tuple(held for held in held_by[number] if held != page)

    @property
    def regathered(self) -> set[int]:
        """The people whose events the quick builds since the whole record changed (a
        participant added to an event or taken from it)."""
        return self._changed["regathered"]

    def hold(self, number: int, pages: set[int]) -> None:
        """Take these pages as holding the event of this number from here on."""
        held_by = self.section("held_by")
        held_by[number] = self._changed["held_by"][number] = tuple(sorted(set(held_by[number]) | pages))

    @property
    def changed_people(self) -> dict[int, tuple]:
        """The people whose roles the quick builds since the whole record changed."""
        return self._changed["people"]

    def recast(self, people: dict[int, tuple]) -> None:
        """Take these people's records (see save) as changed from here on."""
        known = self.section("people")
        self._changed["people"].update(people)
        for number, person in people.items():
            known[number] = person

    def save_changes(self, token: bytes, files: dict, events: dict[int, tuple], people: dict[int, tuple]) -> bool:
        """Write the changes since the whole record (those of earlier quick builds kept):
        each changed file's (size, time, inode, digest, event), each changed event as
        `event` gives it, each person whose roles changed as the record's people section
        holds them, the events' order where it moved (see move), the pages that hold an
        event since (see hold) and the people whose events changed (see regathered)."""
        changed = self._changed
        page_data = dict(changed["page_data"])
        for number, page in self._pages_now.items():
            data = io.BytesIO()
            _StoredPagePickler(data, self.person_numbers).dump(page)
            page_data[number] = data.getvalue()
        payload = marshal.dumps({"token": token, "files": {**changed["files"], **files},
                                 "events": {**changed["events"], **events}, "people": {**changed["people"], **people},
                                 "order": changed["order"], "held_by": changed["held_by"],
                                 "regathered": changed["regathered"], "count": changed["count"],
                                 "report_pages": changed["report_pages"], "added_pages": changed["added_pages"],
                                 "page_data": page_data})
        header = _DELTA_MAGIC + code_fingerprint() + self._head_digest + _digest(payload)
        return replace_atomically(self.changes, lambda out: out.write(header + payload))


class DamagedRecord(Exception):
    pass


def _added_none() -> dict:
    """What the changes of quick builds that added events hold, none added: the count of
    events, the count of pages by kind, the pages added (by path) and the pickles of the
    pages made again (see Snapshot.put_page)."""
    return {"count": None, "report_pages": None, "added_pages": [], "page_data": {}}


class _StoredPagePickler(pickle.Pickler):
    """_PagePickler of a page read back (or made) by a quick build: its events and people
    named by their numbers."""

    def __init__(self, out, people: dict[str, int]):
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self._people = people

    def reducer_override(self, obj):
        kind = type(obj)
        if kind is StoredEvent:
            return _event_place, (obj._index,)
        if kind is StoredPerson:
            return _person_place, (self._people[obj.name],)
        if kind is Event or kind is Person:
            raise pickle.PicklingError("a page of a quick build holds only events and people read back")
        return NotImplemented


class _PageUnpickler(pickle.Unpickler):
    """A page's pickle, its events and people made by the archive (see _PagePickler)."""

    def __init__(self, source, archive: StoredArchive):
        super().__init__(source)
        self._archive = archive

    def find_class(self, module: str, name: str):
        if module == __name__ and name == "_event_place":
            return self._archive.event
        if module == __name__ and name == "_person_place":
            return self._archive.person
        return super().find_class(module, name)


class _People:
    """archive.by_name: each person by name, made when first asked for."""

    def __init__(self, archive: StoredArchive):
        self._archive = archive

    @property
    def _numbers(self) -> dict[str, int]:
        return self._archive._snapshot.person_numbers

    def get(self, name: str, default=None):
        number = self._numbers.get(name)
        return default if number is None else self._archive.person(number)

    def __getitem__(self, name: str):
        return self._archive.person(self._numbers[name])

    def __contains__(self, name: object) -> bool:
        return name in self._numbers

    def __len__(self) -> int:
        return len(self._numbers)

    def __iter__(self):
        return iter(self._numbers)


class StoredArchive:
    """The last build's archive, with the events changed since, each event and person made
    when first asked for (see model.StoredEvent). What a built-in template or a page key
    reads of the archive: by_name; the events and people as lists are not kept."""

    def __init__(self, snapshot: Snapshot, changed: dict[int, tuple] | None = None, unkeyed: frozenset[int] | set[int] = frozenset()):
        self._snapshot = snapshot
        self._count = snapshot.head["events"]
        self._stored: dict[int, tuple] = dict(changed or {})
        """What the record keeps of each event read so far, and of those changed in this build."""
        self._unkeyed = unkeyed
        """Events whose keys' digests may have changed (those edited and their neighbours)."""
        self._events: dict[int, StoredEvent] = {}
        self._articles: dict[int, Article] = {}
        self._people: dict[int, StoredPerson] = {}
        self.by_name = _People(self)

    @property
    def people_record(self) -> list:
        return self._snapshot.section("people")

    @property
    def rank(self) -> dict[str, int]:
        """Each person's place in the person index, by name (their number)."""
        return self._snapshot.person_numbers

    def stored(self, number: int) -> tuple:
        known = self._stored.get(number)
        if known is None:
            known = self._stored[number] = self._snapshot.event(number)
        return known

    def event(self, number: int) -> StoredEvent | None:
        if number < 0 or number >= self._count:
            return None
        event = self._events.get(number)
        if event is None:
            event = self._events[number] = StoredEvent(self, number)
        return event

    def fields(self, number: int) -> tuple:
        """What a StoredEvent holds of itself: its slug, digests, title key and key."""
        stored = self.stored(number)
        key = None if number in self._unkeyed else stored[KEY]
        return stored[SLUG], stored[DIGEST], stored[FRONT], tuple(stored[TITLE_KEY]), key

    def neighbour(self, number: int, step: int) -> StoredEvent | None:
        """The event before (step -1) or after (+1) the event of this number, in the
        archive's order as it is now."""
        place = self._snapshot.place_of(number) + step
        return self.event(self._snapshot.at(place)) if 0 <= place < self._count else None

    def person(self, number: int) -> StoredPerson:
        person = self._people.get(number)
        if person is None:
            name, slug, events, roles, companions, spellings, key = self.people_record[number]
            spans = [RoleSpan(role, dt.date.fromordinal(first), dt.date.fromordinal(last), count)
                     for role, first, last, count in roles]
            person = self._people[number] = StoredPerson(self, name, slug, events, spans, companions, list(spellings), key)
        return person

    def article(self, number: int) -> Article:
        article = self._articles.get(number)
        if article is None:
            article = self._articles[number] = article_of(self.stored(number)[ARTICLE])
        return article

    def body(self, number: int) -> bytes:
        return self.stored(number)[BODY]

    def date(self, number: int) -> dt.date:
        """The event's day (its article's date: the record keeps it as an ordinal beside it)."""
        return dt.date.fromordinal(self.stored(number)[DATE])

    @property
    def events(self):
        raise AttributeError("the archive read back from the last build does not list its events")

    @property
    def people(self):
        raise AttributeError("the archive read back from the last build does not list its people")


# -- the quick build -------------------------------------------------------------------


# What of an article gives the archive its shape beyond the article's own pages: its date
# and its people (as people.yaml names them); their roles move only their own pages.
_DATE_OF = _ARTICLE_FIELDS.index("date")


def _names(participants: tuple) -> tuple:
    return tuple(name for name, _ in participants)


def _first_roles(participants: tuple) -> dict[str, str | None]:
    """Each person's role in an event: that of their first mention (as model.build_archive)."""
    roles: dict[str, str | None] = {}
    for name, role in participants:
        roles.setdefault(name, role)
    return roles


def _event_now(snapshot: Snapshot, new_events: dict[int, tuple], number: int) -> tuple:
    """What the record keeps of an event, as this build changed it (new_events) or as kept."""
    return new_events.get(number) or snapshot.event(number)


def _recast_people(snapshot: Snapshot, names: set[str], new_events: dict[int, tuple],
                   redated: frozenset[str] | set[str] = frozenset()) -> dict[int, tuple]:
    """The people record (see save) of each named person whose spans of roles changed,
    the spans worked out again from their events as model.build_archive does, the key
    left to be computed; and of each person of an event whose date moved (redated), whose
    first and last days (or the order of whose events) may have moved with it, changed or not."""
    people, numbers = snapshot.section("people"), snapshot.person_numbers
    changed = {}
    for name in sorted(names):
        number = numbers[name]
        _, slug, events, roles, companions, spellings, _key = people[number]
        events = tuple(sorted(events, key=snapshot.place_of))  # (in the archive's order as it is now)
        spans_record = _spans_of(snapshot, new_events, name, events)
        if spans_record != tuple(roles) or name in redated:
            changed[number] = (name, slug, events, spans_record, companions, spellings, None)
    return changed


def _spans_of(snapshot: Snapshot, new_events: dict[int, tuple], name: str, events: tuple) -> tuple:
    """A person's spans of roles (role, first, last, count) from their events, in the
    archive's order, as model.build_archive makes them."""
    spans: dict[str, list[int]] = {}
    for index in events:
        event = _event_now(snapshot, new_events, index)
        role = _first_roles(event[ARTICLE][_PARTICIPANTS_AT]).get(name)
        if not role:
            continue
        date = event[DATE]
        span = spans.get(role)
        if span is None:
            spans[role] = [date, date, 1]
        else:
            span[1], span[2] = date, span[2] + 1
    return tuple(sorted(((role, *span) for role, span in spans.items()), key=lambda s: (s[1], s[2], s[0])))


def _one_page_moves(was: tuple, now: tuple, size: int) -> bool:
    """Whether a person's list of events, cut into pages of this size, keeps its pages
    and what each holds but one (the event put in or taken out is on its last page)."""
    pages_before = [was[start:start + size] for start in range(0, len(was), size)]
    pages_after = [now[start:start + size] for start in range(0, len(now), size)]
    return len(pages_before) == len(pages_after) and pages_before[:-1] == pages_after[:-1]


def _regather_people(snapshot: Snapshot, names: set[str], new_events: dict[int, tuple], number: int,
                     shifted: list | None = None) -> dict[int, tuple] | None:
    """The people record (see save) of each named person, the people the event of this
    number names now or named before: their events, spans of roles and companions worked
    out again from their events as model.build_archive does, the key left to be computed.
    None where one is not in the archive yet, would be left with no event, or has their
    list's pages cut elsewhere (the event is not on the last of them): a whole build.
    With shifted (an event added, which takes no list a page more), the event may be on
    an earlier page: each event it pushes to the next page of a list goes in shifted as
    (event, the person's slug, its page before, after), numbered from 1."""
    from .model import COMPANIONS, CROWD

    people, numbers = snapshot.section("people"), snapshot.person_numbers
    named = _first_roles(new_events[number][ARTICLE][_PARTICIPANTS_AT])
    if not names <= numbers.keys():
        return None  # (someone new: their companions' ranks, below, would not know them)
    changed = {}
    for name in sorted(names):
        index = numbers[name]
        _, slug, was, _, _, spellings, _ = people[index]
        events = set(was) - {number} | ({number} if name in named else set())
        if not events:
            return None
        events = tuple(sorted(events, key=snapshot.place_of))
        size = builders.MAX_EVENTS_PER_PAGE
        if max(len(events), len(was)) > size and not _one_page_moves(was, events, size):
            if shifted is None or -(-len(events) // size) != -(-len(was) // size):
                return None
            before = {event: at // size for at, event in enumerate(was)}
            shifted += [(event, slug, before[event] + 1, at // size + 1) for at, event in enumerate(events)
                        if event in before and before[event] != at // size]
        together: dict[str, int] = {}
        for event in events:
            others = _first_roles(_event_now(snapshot, new_events, event)[ARTICLE][_PARTICIPANTS_AT])
            if 1 < len(others) <= CROWD:
                for other in others:
                    if other != name:
                        together[other] = together.get(other, 0) + 1
        top = heapq.nsmallest(COMPANIONS, together.items(), key=lambda item: (-item[1], numbers[item[0]]))
        companions = tuple((numbers[other], count) for other, count in top)
        changed[index] = (name, slug, events, _spans_of(snapshot, new_events, name, events), companions, spellings, None)
    return changed


def _people_index_with_roles(snapshot: Snapshot, data: bytes, new_events: dict[int, tuple]) -> bytes:
    """The search's list of people (data, as the last whole build wrote it), each person whose
    roles, days or events changed since shown with their latest role, their first and last
    days and their count of events (new_events: those changed in this build)."""
    from .search import people_index_with_roles

    def day(number: int) -> dt.date:
        return dt.date.fromordinal(_event_now(snapshot, new_events, number)[DATE])

    people = snapshot.section("people")
    latest = {}
    for number in snapshot.changed_people:
        _, _, events, spans, *_ = people[number]  # (spans: (role, first, last, count), in order)
        latest[number] = (spans[-1][0] if spans else "", day(events[0]), day(events[-1]), len(events))
    return people_index_with_roles(data, latest)


def _month_of(ordinal: int) -> tuple[int, int]:
    day = dt.date.fromordinal(ordinal)
    return day.year, day.month


def _lists_keep_their_events(snapshot: Snapshot, config, count: int, redated: dict[int, int], new_events: dict[int, tuple],
                             moved: tuple[int, int, int] | None) -> bool:
    """Whether the lists a whole build cuts by day keep what their pages hold (as recorded)
    when these events' days move, each in its month, and the moved event (number, place
    before, place after) takes its new place: the home page's newest events, whose first
    day decides where each person's timeline link goes (builders.timeline_path), and the
    feed's newest, ordered by day and slug (ties cut by slug, not by title as the archive
    orders them), with its latest day."""
    def day(place: int) -> int:
        return _event_now(snapshot, new_events, snapshot.at(place))[DATE]

    home_start = max(0, count - config.items_per_page)
    feed_cut = max(0, count - config.feed_items) if config.base_url else None
    # (each event whose day or place moved, with the places it spans: before and after)
    touched = {number: (snapshot.place_of(number),) * 2 for number in redated}
    if moved is not None:
        touched[moved[0]] = (min(moved[1:]), max(moved[1:]))
    for number, (low, high) in touched.items():
        days = {new_events[number][DATE], redated.get(number, new_events[number][DATE])}
        # (the home page's first event, or one of its day just before it, would move every
        # person's link; in the feed, any of its events or one of the day it is cut at)
        if low <= home_start <= high or high < home_start and day(home_start) in days:
            return False
        if feed_cut is not None and (high >= feed_cut or day(feed_cut) in days):
            return False
    return True


def _new_place(snapshot: Snapshot, new_events: dict[int, tuple], number: int, count: int) -> int:
    """The place the event of this number takes among the others, in order as it is now."""
    event = new_events[number]
    order = order_of(event[DATE], event[TITLE_KEY], event[PATH])
    start = snapshot.place_of(number)
    low, high = 0, count - 1  # (the places of the others, the event taken out)
    while low < high:
        middle = (low + high) // 2
        other = _event_now(snapshot, new_events, snapshot.at(middle if middle < start else middle + 1))
        if order_of(other[DATE], other[TITLE_KEY], other[PATH]) < order:
            low = middle + 1
        else:
            high = middle
    return low


# Pages whose lists of events are in the archive's order (those a move puts in order again);
# a moved event on a page of any other kind (the feed, ordered by day and slug) is a whole build.
_LISTED_IN_ORDER = frozenset({"timeline", "year", "person", "search"})


def _in_order(value, place_of) -> bool:
    """Every list of events in a page's context (or its maker's arguments) sorted by the
    archive's order as it is now; False where events are held in a way that cannot be."""
    if type(value) is dict:
        return all(_in_order(item, place_of) for item in value.values())
    if type(value) is list or type(value) is tuple:
        if not any(type(item) is StoredEvent for item in value):
            return all(_in_order(item, place_of) for item in value)
        if type(value) is tuple:
            return False
        value.sort(key=lambda event: place_of(event._index))
    return True


def _keeps_its_lists(snapshot: Snapshot, moved: tuple[int, int, int]) -> bool:
    """Whether the events the move passes are on the same lists as the moved one (no page
    of the timeline or of the search is cut between them), and no page of its people's
    lists is cut between its place before and after: each list then holds the same events,
    in another order."""
    number, before, after = moved
    pages, held_by = snapshot.section("pages"), snapshot.section("held_by")

    def lists_of(event: int) -> set[int]:
        return {page for page in held_by[event] if not pages[page][0].startswith((EVENTS_FOLDER, PEOPLE_FOLDER))}

    lists = lists_of(number)
    if any(lists_of(snapshot.at(place)) != lists for place in range(min(before, after), max(before, after) + 1)):
        return False
    people = snapshot.section("people")

    def among_others(place: int) -> int:  # (a place with the moved event taken out, as _new_place counts)
        return place - (place > before)

    for name in _names(snapshot.event(number)[ARTICLE][_PARTICIPANTS_AT]):
        events = people[snapshot.person_numbers[name]][2]
        if len(events) <= builders.MAX_EVENTS_PER_PAGE:
            continue
        was = events.index(number)
        now = sum(1 for event in events if event != number and among_others(snapshot.place_of(event)) < after)
        if was // builders.MAX_EVENTS_PER_PAGE != now // builders.MAX_EVENTS_PER_PAGE:
            return False
    return True


def _events_in(value):
    """The events a page's context holds, wherever they are in it."""
    if type(value) is StoredEvent:
        yield value
    elif type(value) is dict:
        for item in value.values():
            yield from _events_in(item)
    elif type(value) is list or type(value) is tuple:
        for item in value:
            yield from _events_in(item)


def _with_people_now(snapshot: Snapshot, config, count: int, page) -> None:
    """A page read back, with what a whole build derives from the people of its events made
    again where a quick build since changed whom an event names (Snapshot.regathered): a
    list's filter of people (builders.filter_choices), a person's list of events and
    their timeline link (builders.timeline_path)."""
    context = page.context
    people, numbers = snapshot.section("people"), snapshot.person_numbers
    if page.kind in ("timeline", "year") and "filter_people" in context:
        names = {name for event in _events_in(context.get("groups")) for name in event.roles}
        context["filter_people"] = [{"name": people[index][0], "slug": people[index][1]}
                                    for index in sorted(numbers[name] for name in names)]
    elif page.kind == "person" and type(context.get("person")) is StoredPerson:
        person = context["person"]
        if numbers[person.name] not in snapshot.regathered:
            return
        events = person.events
        start = (context["page_number"] - 1) * builders.MAX_EVENTS_PER_PAGE  # (its pages as they were: see _regather_people)
        context["events"] = events[start:start + builders.MAX_EVENTS_PER_PAGE]
        home_start = snapshot.at(max(0, count - config.items_per_page))
        if events[-1].date >= person._source.event(home_start).date:
            context["timeline"] = HOME
        else:
            pages, held_by = snapshot.section("pages"), snapshot.section("held_by")
            context["timeline"] = next(pages[held][0] for held in held_by[events[-1]._index]
                                       if pages[held][0].startswith(YEARS_FOLDER))


def _around(place: int, count: int) -> range:
    return range(max(0, place - 1), min(count, place + 2))


def _between_its_neighbours(snapshot: Snapshot, new_events: dict[int, tuple], number: int, count: int) -> bool:
    event = new_events[number]
    order = order_of(event[DATE], event[TITLE_KEY], event[PATH])
    place = snapshot.place_of(number)
    for near in (place - 1, place + 1):
        if 0 <= near < count:
            other = _event_now(snapshot, new_events, snapshot.at(near))
            if (order_of(other[DATE], other[TITLE_KEY], other[PATH]) < order) != (near < place):
                return False
    return True


def quick_build(root: Path, content_dir: Path, site_dir: Path, *, strict: bool, base_url: str | None, report_class,
                jobs: int = 1):
    """Build after a small edit from the last build's record (see the module's doc), or
    None, having written nothing, where a whole build is needed."""
    from .build import protected_paths
    from .cache import wait_for_background
    from .keys import PageRecord
    from .output import MARKER, SiteLock

    wait_for_background()  # (the record `serve`'s last build may still be writing)
    whole, _ = files_of(root, site_dir)
    if not whole.is_file() or not content_dir.is_dir():
        return None
    with SiteLock(site_dir, protected_paths(root, content_dir)) as lock:
        record = PageRecord.open(root, site_dir)
        if not record.pages or record.token is None or not (site_dir / MARKER).is_file():
            return None
        snapshot = Snapshot.open(root, site_dir, record.token)
        if snapshot is None:
            return None
        try:
            return _quick(root, content_dir, site_dir, strict, base_url, report_class, record, snapshot, lock, jobs)
        except BiennienError:
            raise  # (a template that fails, a site that cannot be written: as a whole build says it)
        except DamagedRecord:
            return None
        except Exception:  # noqa: BLE001 - anything unforeseen: the whole build decides
            if STRICT:
                raise
            return None
        finally:
            snapshot.close()


def _quick(root, content_dir, site_dir, strict, base_url, report_class, record, snapshot, lock, jobs):
    from .aliases import FILE as ALIASES_FILE
    from .aliases import load_aliases
    from .build import _article_files, _load_bytes, file_order
    from .config import load_config, with_base_url
    from . import model

    problems = snapshot.head["report"][1]
    if strict and problems:
        return None
    config = load_config(root / "site.yaml")
    if base_url:
        config = with_base_url(config, base_url)
    if inputs_of(root, content_dir, config, site_dir) != snapshot.head["inputs"]:
        return None

    # The files: any removed is a whole build; those whose size, time or inode moved are
    # read, and one added, alone, may take the quick way too (snapshot_add.quick_add).
    signatures = snapshot.section("signatures")
    files = _article_files(content_dir, ordered=False)
    stat = os.stat
    changed_files, added_files = [], []
    try:
        for file in files:
            status = stat(file)
            known = signatures.get(file)
            if known is None:
                added_files.append((file, status))
            elif (status.st_size, status.st_mtime_ns, status.st_ino) != known:
                changed_files.append((file, status))
    except OSError:
        return None
    if len(files) - len(added_files) != len(signatures) or len(added_files) > 1:
        return None
    if len(changed_files) > CHANGED_LIMIT or snapshot.changed_events > DELTA_LIMIT:
        return None
    changed_files.sort(key=lambda item: file_order(item[0]))  # (as a whole build meets them)

    # Each changed article must be the same event in the same place.
    known_files = snapshot.section("files") if changed_files else {}
    aliases = load_aliases(root / ALIASES_FILE)
    soon = time.time_ns() - _RACY_NS
    new_files: dict[str, tuple] = {}
    new_events: dict[int, tuple] = {}
    recast: set[str] = set()  # the people whose role in an edited event changed
    redated: dict[int, int] = {}  # the events whose day moved: their days before (ordinals)
    redated_people: set[str] = set()  # their people, whose first and last days may move
    renamed: dict[int, set[str]] = {}  # the events whose people changed: their people, before and after
    for file, status in changed_files:
        digest, number = known_files[file]
        try:
            with open(file, "rb") as source:
                data = source.read()
        except OSError:
            return None
        new_digest = digest_of(data)
        size = status.st_size if status.st_mtime_ns < soon else -1  # (changed in the last moments: read again)
        new_files[file] = (size, status.st_mtime_ns, status.st_ino, new_digest, number)
        if new_digest == digest:
            continue  # touched, not changed
        if number < 0:
            return None  # an article with problems: a whole build reports them
        _, loaded = _load_bytes(Path(file), data)
        if loaded.problems:
            return None
        article = loaded.article
        if aliases.canonical:
            article = dataclasses.replace(article, participants=aliases.rename(article.participants))
        event = snapshot.event(number)
        values, was = article_values(article), event[ARTICLE]
        if str(article.path) != event[PATH]:
            return None  # the archive's shape may move: a whole build
        if _names(values[_PARTICIPANTS_AT]) != _names(was[_PARTICIPANTS_AT]):
            # (the people named, or their order: their events and companions are gathered again)
            renamed[number] = set(_names(values[_PARTICIPANTS_AT])) | set(_names(was[_PARTICIPANTS_AT]))
        if values[_DATE_OF] != was[_DATE_OF]:
            # A day moved within its month (checked below: between the same neighbours, so
            # on the same pages); its people's first and last days may have moved with it.
            if values[_DATE_OF] is None or _month_of(values[_DATE_OF]) != _month_of(was[_DATE_OF]):
                return None
            redated[number] = was[_DATE_OF]
            redated_people.update(_names(values[_PARTICIPANTS_AT]))
        new_roles, old_roles = _first_roles(values[_PARTICIPANTS_AT]), _first_roles(was[_PARTICIPANTS_AT])
        recast.update(name for name, role in new_roles.items() if old_roles.get(name) != role)
        title_key = tuple(loaded.title_key or collation_key(article.title))
        new_events[number] = (event[PATH], event[SLUG], new_digest, loaded.front, values[_DATE_OF], title_key,
                              None, values, bytes(loaded.body) if loaded.body else b"")
    if added_files:
        if new_events:
            return None  # (one change of the archive's shape at a time)
        from .snapshot_add import quick_add
        return quick_add(root, record, snapshot, lock, jobs, config, aliases, report_class, added_files[0], new_files)
    # Each changed event keeps its place between its neighbours, or one alone moves among
    # the events of its month (a day or a title put right).
    count = snapshot.head["events"]
    moves = [number for number in new_events if not _between_its_neighbours(snapshot, new_events, number, count)]
    moved = None
    if renamed and len(new_events) > 1 or renamed and moves:
        return None  # (one change of the archive's shape at a time)
    if moves:
        if len(new_events) > 1:
            return None
        number = moves[0]
        moved = (number, snapshot.place_of(number), _new_place(snapshot, new_events, number, count))
        if not _keeps_its_lists(snapshot, moved):
            return None
        redated_people.update(_names(new_events[number][ARTICLE][_PARTICIPANTS_AT]))  # (their events' order moves)
    if (redated or moved) and not _lists_keep_their_events(snapshot, config, count, redated, new_events, moved):
        return None

    # The pages that hold a changed event or one of its neighbours (before and after a
    # move) may have new keys; any page whose file is not as the last build left it is
    # rendered again.
    held_by = snapshot.section("held_by") if new_events else []
    unkeyed = {snapshot.at(place) for number in new_events for place in _around(snapshot.place_of(number), count)}
    if moved is not None:
        snapshot.move(moved[0], moved[2])
        unkeyed.update(snapshot.at(place) for place in _around(moved[2], count))
    moved_on = set(held_by[moved[0]]) if moved is not None else set()
    # A role changed: the person's spans of roles are worked out again from their events,
    # and every page that shows the person is keyed again (the search's list of people
    # shows each one's latest role: made again from the record's, with those changed).
    recast |= redated_people
    regathered: dict[int, tuple] = {}
    for number, names in renamed.items():  # (one at most)
        named = _first_roles(new_events[number][ARTICLE][_PARTICIPANTS_AT])
        if len(named) > model.LIKELY_PASTE or len(_first_roles(snapshot.event(number)[ARTICLE][_PARTICIPANTS_AT])) > model.LIKELY_PASTE:
            return None  # (the build's report names the article)
        found = _regather_people(snapshot, names, new_events, number)
        if found is None:
            return None
        regathered = found
        # (its new people's pages hold it from here on)
        pages, people_held_by = snapshot.section("pages"), snapshot.section("people_held_by")
        folders = tuple(person_folder(person[1]) for person in regathered.values() if person[0] in named)
        snapshot.hold(number, {page for person in regathered for page in people_held_by[person]
                               if pages[page][0].startswith(folders)})
        snapshot.regathered.update(regathered)
        recast -= names
    new_people = _recast_people(snapshot, recast, new_events, redated_people) if recast else {}
    new_people.update(regathered)
    candidates, near = _candidates(held_by, unkeyed, new_events)
    if new_people:
        people_held_by = snapshot.section("people_held_by")
        candidates.update(page for number in new_people for page in people_held_by[number])
        snapshot.recast(new_people)  # (what the archive's people are read from)
    archive = StoredArchive(snapshot, new_events, unkeyed)
    return _key_render_and_save(root, config, record, snapshot, lock, jobs, report_class, archive, candidates,
                                new_events, new_people, new_files, unkeyed, moved_on, near)


def _candidates(held_by: list, unkeyed: set[int], new_events: dict[int, tuple]) -> tuple[set[int], set[int]]:
    """The pages that hold an event changed (to key again), and those that hold only its
    neighbours, not changed themselves: only a page whose key counts their neighbours
    (their own page) may have a new key (see _key_render_and_save)."""
    candidates = {page for number in new_events for page in held_by[number]}
    near = {page for number in unkeyed if number not in new_events for page in held_by[number]}
    return candidates, near - candidates


def _piece_again(page, record, fresh: set[str]):
    """The page, or a search piece that makes its bytes again from its file as it is."""
    from . import search

    produce = page.produce
    if page.kind != "search" or produce is None or produce.func is not search._events_script or produce.keywords \
            or page.path not in record.pages:
        return page
    again = functools.partial(search.events_script_again, *produce.args, os.path.join(record.site_dir, page.path), fresh)
    return dataclasses.replace(page, produce=again)


def _key_render_and_save(root, config, record, snapshot, lock, jobs, report_class, archive, candidates, new_events,
                         new_people, new_files, unkeyed, moved_on, near=frozenset()):
    """Key the candidate pages (and any the site or the page record has not as the last
    build left them; of those `near`, holding only neighbours of the changed events, those
    whose key counts neighbours), render those whose key moved, and write the record's
    changes; the report, or None where a whole build is needed."""
    from .build import IN_PLACE_LIMIT, SitePlan, _update_in_place, template_globals
    from .cache import LoadCache
    from .keys import PageKeys
    from .output import OutputError, UpdatedSite
    from .render import environment
    from .search import PEOPLE_INDEX

    pages_counter, problems, skipped, crowds, notices = snapshot.head["report"]
    count = snapshot.head["events"]
    env = environment(root / "templates", root / FOLDER / "templates")
    page_keys = PageKeys(env, config, archive)
    recorded = record.pages
    on_disk_changed = record.changed_on_disk()
    keys = {}
    stale = []
    for number, (path, *_) in enumerate(snapshot.section("pages")):
        known = recorded.get(path)
        if number in candidates or number in near or known is None or path in on_disk_changed \
                or new_people and path == PEOPLE_INDEX:
            page = snapshot.page(number, archive)
            if number in near and number not in candidates and known is not None and path not in on_disk_changed \
                    and path != PEOPLE_INDEX and not page_keys.counts_neighbours(page):
                # (its events and what its key makes of them are as the last build keyed them:
                # the key it recorded stands, and none of its events is read)
                keys[path] = known[0]
                continue
            if number in moved_on and page.kind not in _LISTED_IN_ORDER and page.kind != "event":
                return None
            if snapshot.moved and page.kind in _LISTED_IN_ORDER:
                # (its lists as the whole build made them: in order as the events are now)
                if not _in_order(page.context, snapshot.place_of) \
                        or page.produce is not None and not _in_order(page.produce.args, snapshot.place_of):
                    return None
            if snapshot.regathered:
                _with_people_now(snapshot, config, count, page)
            if path == PEOPLE_INDEX and snapshot.changed_people:
                # (made again whenever it is rendered, from every role changed since the whole
                # record: the bytes the record keeps are that record's)
                page = dataclasses.replace(page, data=_people_index_with_roles(snapshot, page.data, new_events))
            key = keys[path] = page_keys.key(page)
            if key is None or known is None or known[0] != key or path in on_disk_changed:
                stale.append(page)
        else:
            keys[path] = known[0]
    if page_keys.whole_archive or len(stale) > IN_PLACE_LIMIT:
        return None
    # A search piece to make again whose file is as the last build wrote it keeps the
    # documents of the events not edited since (see search.events_script_again).
    fresh = {builders.event_path(archive.event(number)) for number in new_events}
    stale = [_piece_again(page, record, fresh) if page.path not in on_disk_changed else page for page in stale]
    for number in unkeyed:  # (what pages show of them now, for the next build)
        event = archive.stored(number)
        new_events[number] = (*event[:KEY], page_keys.event_digests(archive.event(number)), *event[KEY + 1:])

    report = report_class(pages=Counter(dict(pages_counter)), problems=list(problems), skipped=[Path(p) for p in skipped],
                          crowds=list(crowds), notices=list(notices))
    plan = SitePlan(report, [], [], env, template_globals(config, archive), LoadCache(None))
    try:
        _update_in_place(plan, stale, record, keys, UpdatedSite(lock), jobs)
    except OutputError:
        return None  # put back as it was: the whole build tries, and says what fails
    snapshot.save_changes(record.token, new_files, new_events, new_people)  # (quick_build saw a token)
    return report

