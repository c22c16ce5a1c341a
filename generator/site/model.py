"""The in-memory archive a build renders: events in time order, people with the roles
they held over time, and who appeared with whom. Built once from the loaded Articles.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..article import Article
from .bodies import Body, html_of
from ..vietnamese import collation_key, person_sort_key

CROWD = 50
"""An event naming more people than this is a crowd (a congress, a delegate list, a bad
paste): being one of them says little about who works with whom, and its pairs would cost
the square of its size, so a crowd adds no co-appearances. Its people still get the event
and the role they held. (The real articles of the reading corpus name at most 14.)"""

LIKELY_PASTE = 500
"""An article naming more people than this is most likely a bad paste; the build and
`check` say so (see crowd_warnings), and it still builds."""

COMPANIONS = 10
"""How many of the people seen most often with a person their page lists."""


@dataclass
class Event:
    article: Article
    slug: str
    """The output name, unique among events."""
    body: bytes | Body = b""
    """The body, rendered from Markdown and sanitised, zlib-compressed (or, up to
    bodies.RAW_BODIES_UP_TO articles, kept as UTF-8) and packed (see bodies.py): at 100,000
    articles the bodies as Python text would take 1.4 GB."""
    roles: dict[str, str] = field(default_factory=dict)
    """Each participant's role at this event, by name (the first mention's, if repeated)."""
    digest: bytes = b""
    """The digest of the article file's bytes: what the event shows, as far as the file
    decides it (see keys.py)."""
    title_key: tuple = ()
    """collation_key of the title, made once when the article loaded (it is cached)."""
    front: bytes = b""
    """A digest of the front matter but its people (see cache.Loaded.front)."""
    previous: Event | None = None
    next: Event | None = None

    @property
    def date(self) -> dt.date:
        return self.article.date  # type: ignore[return-value]  # undated articles never get here

    @property
    def html(self) -> str:
        """The body as HTML, unpacked each time it is asked for (once a page)."""
        return html_of(self.body)


@dataclass
class RoleSpan:
    role: str
    first: dt.date
    last: dt.date
    events: int


@dataclass
class Person:
    name: str
    slug: str = ""
    events: list[Event] = field(default_factory=list)
    roles: list[RoleSpan] = field(default_factory=list)
    companions: list[tuple[Person, int]] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)
    """Other ways articles write the name (people.yaml)."""

    @property
    def first(self) -> dt.date:
        return self.events[0].date

    @property
    def last(self) -> dt.date:
        return self.events[-1].date


@dataclass
class Archive:
    events: list[Event]
    """In time order: by event date, then title, then source path (a stable tie-break)."""
    people: list[Person]
    """In Vietnamese order: by given name, then family and middle names."""
    by_name: dict[str, Person]
    rank: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    """Each person's position in `people`, by name."""
    _by_year: dict[int, list[Event]] | None = field(default=None, repr=False, compare=False)

    def events_by_year(self) -> dict[int, list[Event]]:
        """Each year's events, in time order, the years ascending. Worked out once: the
        events do not change after the archive is made, and builders ask often."""
        if self._by_year is None:
            years: dict[int, list[Event]] = {}
            for event in self.events:
                years.setdefault(event.date.year, []).append(event)
            self._by_year = years
        return self._by_year

    def years(self) -> list[int]:
        return list(self.events_by_year())

    def events_by_month(self) -> dict[tuple[int, int], list[Event]]:
        months: dict[tuple[int, int], list[Event]] = defaultdict(list)
        for event in self.events:
            months[(event.date.year, event.date.month)].append(event)
        return dict(months)


def event_order(event: Event) -> tuple:
    return (event.date, event.title_key or collation_key(event.article.title), str(event.article.path))


def build_archive(events: list[Event]) -> Archive:
    """Link events in time and gather people. Names are compared exactly (the build has
    normalised them): 'Nguyễn Thị Thủy' and 'Nguyễn Thị Thúy' are two people.

    Time and memory grow with the mentions (an event's participants, summed), never with
    their square: an event's people are gathered in a dict, a crowd (more than CROWD
    people) adds no co-appearance pairs, every other event at most CROWD - 1 per person,
    and each person's companions are ranked by a key computed once per person."""
    events = sorted(events, key=event_order)
    for before, after in zip(events, events[1:]):
        before.next, after.previous = after, before

    by_name: dict[str, Person] = {}
    roles_seen: dict[str, dict[str, RoleSpan]] = defaultdict(dict)
    together: dict[str, dict[str, int]] = defaultdict(dict)
    for event in events:
        roles = event.roles = {}
        date = event.article.date
        for participant in event.article.participants:
            name = participant.name
            if name in roles:
                continue
            role = roles[name] = participant.role
            person = by_name.get(name)
            if person is None:
                person = by_name[name] = Person(name)
            person.events.append(event)
            if role:
                seen = roles_seen[name]
                span = seen.get(role)
                if span is None:
                    seen[role] = RoleSpan(role, date, date, 1)
                else:
                    span.last, span.events = date, span.events + 1
        if 1 < len(roles) <= CROWD:
            names = list(roles)
            for name in names:
                counts = together[name]  # (counted by hand: Counter.update, a call per name, was slower)
                for other in names:
                    if other != name:
                        counts[other] = counts.get(other, 0) + 1

    people = sorted(by_name.values(), key=lambda p: person_sort_key(p.name))
    rank = {person.name: index for index, person in enumerate(people)}
    archive = Archive(events=events, people=people, by_name=by_name, rank=rank)
    for person in people:
        person.roles = sorted(roles_seen[person.name].values(), key=lambda s: (s.first, s.last, s.role))
        seen_with = together.pop(person.name, None)
        if seen_with:
            # Most events together first, then in the order of the person index.
            top = heapq.nsmallest(COMPANIONS, seen_with.items(), key=lambda item: (-item[1], rank[item[0]]))
            person.companions = [(by_name[name], count) for name, count in top]
    return archive


def crowd_warnings(archive: Archive) -> list[str]:
    """One line for each article that names more than LIKELY_PASTE people."""
    return [
        f"{event.article.path}: participants: {len(event.roles)} people (more than {LIKELY_PASTE}), "
        "likely a bad paste; keep those the article is about and remove the rest"
        for event in sorted((e for e in archive.events if len(e.roles) > LIKELY_PASTE), key=lambda e: str(e.article.path))
    ]


class _ReadBack:
    """An attribute of a StoredEvent, read back with the others when one is first asked
    for (then held by the event itself: this descriptor is not asked again)."""

    def __set_name__(self, owner, name: str) -> None:
        self.name = name

    def __get__(self, event, owner=None):
        if event is None:
            return self
        known = event.__dict__
        known["slug"], known["digest"], known["front"], known["title_key"], known["key"] = event._source.fields(event._index)
        return known[self.name]


class StoredEvent(Event):
    """An event of the last build's archive read back (see snapshot.py): everything of it
    but its number is read only when first asked for, so that a build after a small edit
    touches the few hundred events the pages it renders show, not all of them (a page read
    back only to learn that its key cannot have moved reads none)."""

    slug = _ReadBack()  # type: ignore[assignment]
    digest = _ReadBack()  # type: ignore[assignment]
    front = _ReadBack()  # type: ignore[assignment]
    title_key = _ReadBack()  # type: ignore[assignment]
    key = _ReadBack()
    """What pages show of the event (keys.PageKeys.event) as the last build made it,
    or None where that may have changed."""

    def __init__(self, source, index: int):
        self._source, self._index = source, index

    @property
    def article(self) -> Article:
        return self._source.article(self._index)

    @property
    def date(self) -> dt.date:
        # (from the record's day, without making the whole Article: lists and the people
        # index ask only this of most of their events)
        return self._source.date(self._index)

    @property
    def body(self) -> bytes:
        return self._source.body(self._index)

    @property
    def roles(self) -> dict[str, str]:
        roles = self.__dict__.get("_roles")
        if roles is None:
            roles = self._roles = {}
            for participant in self.article.participants:
                roles.setdefault(participant.name, participant.role)  # (the first mention's, as build_archive)
        return roles

    @property
    def previous(self) -> Event | None:  # type: ignore[override]
        return self._source.neighbour(self._index, -1)

    @property
    def next(self) -> Event | None:  # type: ignore[override]
        return self._source.neighbour(self._index, 1)


class StoredEvents(Sequence):
    """A person's events read back, each read when asked for: the person index shows only
    how many each person has (300 people, 10,000 events at 10,000 articles)."""

    def __init__(self, source, numbers: tuple):
        self._source, self._numbers = source, numbers

    def __len__(self) -> int:
        return len(self._numbers)

    def __getitem__(self, at):
        if isinstance(at, slice):
            return [self._source.event(number) for number in self._numbers[at]]
        return self._source.event(self._numbers[at])


class StoredPerson(Person):
    """A person of the last build's archive read back (see snapshot.py): their events and
    companions are made when first asked for."""

    def __init__(self, source, name: str, slug: str, events: tuple, roles: list[RoleSpan], companions: tuple,
                 spellings: list[str], key: bytes | None):
        self._source, self._events, self._companions = source, events, companions
        self.name, self.slug, self.roles, self.spellings = name, slug, roles, spellings
        self.key = key
        """What pages show of the person (keys.PageKeys.person) as the last build made it."""

    @property
    def events(self) -> StoredEvents:  # type: ignore[override]
        return StoredEvents(self._source, self._events)

    @property
    def companions(self) -> list[tuple[Person, int]]:  # type: ignore[override]
        return [(self._source.person(index), count) for index, count in self._companions]

    @property
    def first(self) -> dt.date:
        return self._source.date(self._events[0])

    @property
    def last(self) -> dt.date:
        return self._source.date(self._events[-1])
