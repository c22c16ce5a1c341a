"""The in-memory archive a build renders: events in time order, people with the roles
they held over time, and who appeared with whom. Built once from the loaded Articles.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..article import Article
from ..vietnamese import collation_key, person_sort_key


@dataclass
class Event:
    article: Article
    slug: str
    """The output name, unique among events."""
    html: str = ""
    """The body, rendered from Markdown and sanitised."""
    previous: Event | None = None
    next: Event | None = None

    @property
    def date(self) -> dt.date:
        return self.article.date  # type: ignore[return-value]  # undated articles never get here


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

    def events_by_year(self) -> dict[int, list[Event]]:
        """Each year's events, in time order, the years ascending."""
        years: dict[int, list[Event]] = {}
        for event in self.events:
            years.setdefault(event.date.year, []).append(event)
        return years

    def years(self) -> list[int]:
        return list(self.events_by_year())

    def events_by_month(self) -> dict[tuple[int, int], list[Event]]:
        months: dict[tuple[int, int], list[Event]] = defaultdict(list)
        for event in self.events:
            months[(event.date.year, event.date.month)].append(event)
        return dict(months)


def event_order(event: Event) -> tuple:
    return (event.date, collation_key(event.article.title), str(event.article.path))


def build_archive(events: list[Event]) -> Archive:
    """Link events in time and gather people. Names are compared exactly (the build has
    normalised them): 'Nguyễn Thị Thủy' and 'Nguyễn Thị Thúy' are two people."""
    events = sorted(events, key=event_order)
    for before, after in zip(events, events[1:]):
        before.next, after.previous = after, before

    by_name: dict[str, Person] = {}
    roles_seen: dict[str, dict[str, RoleSpan]] = defaultdict(dict)
    together: dict[str, Counter] = defaultdict(Counter)
    for event in events:
        names = []
        for participant in event.article.participants:
            name = participant.name
            if name in names:
                continue
            names.append(name)
            person = by_name.setdefault(name, Person(name))
            person.events.append(event)
            role = participant.role
            if role:
                span = roles_seen[name].get(role)
                if span is None:
                    roles_seen[name][role] = RoleSpan(role, event.date, event.date, 1)
                else:
                    span.last, span.events = event.date, span.events + 1
        for name in names:
            together[name].update(other for other in names if other != name)

    people = sorted(by_name.values(), key=lambda p: person_sort_key(p.name))
    for person in people:
        person.roles = sorted(roles_seen[person.name].values(), key=lambda s: (s.first, s.last, s.role))
        person.companions = [
            (by_name[name], count)
            for name, count in sorted(together[person.name].items(), key=lambda item: (-item[1], person_sort_key(item[0])))[:10]
        ]
    return Archive(events=events, people=people, by_name=by_name)
