"""The quick build's add (see snapshot.py): an article new to the archive put in each list
of the last build it joins, as a whole build makes them.

The new event takes the next number, and its place in the archive's order (those after it
shift by one: Snapshot.move). Its own page is declared as the event builder declares one;
the lists it joins are read back and made again from their own contents and it: the home
page's newest events (with their year counts, chart, filters and the years only partly
shown), its year's page (or in a year of several pages, its month's last page and the
year's list of months), its search piece and the manifest's counts, the feed and the
sitemap. Where a list would grow a page or take a new one, or events would pass from one
of its pages to the next (a new year, a year or piece past its size, a new month where a
year is cut by month, an event before the last page of its month), the add is left to a
whole build.
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import re
import time
from collections import Counter
from pathlib import Path

from . import builders, model, search
from .builders import EVENTS_FOLDER, HOME, Page, event_path, month_anchor, person_folder, year_path
from .cache import _RACY_NS
from .search import MANIFEST
from .snapshot import (ARTICLE, DATE, PATH, TITLE_KEY, _DATE_OF, _PARTICIPANTS_AT, Snapshot, StoredArchive, _around,
                       _candidates, _event_now, _events_in, _first_roles, _key_render_and_save, _names, _regather_people,
                       article_values, order_of)
from ..vietnamese import collation_key, slugify

_NUMBERED = re.compile(r"(.+)-(\d+)")
_EVENT_PAGE = "/index.html"


def quick_add(root, record, snapshot, lock, jobs, config, aliases, report_class, added, new_files):
    """The quick build of one article added (the files changed besides it only touched):
    it takes the next number, its place in the archive's order (those after it shift by
    one) and in the lists it joins (place_added); its people, each in the archive already,
    gain it as an edit that names them would (_regather_people); people whose last event
    leaves the home page's first day get their timeline link made again. None where a
    whole build is needed."""
    from .build import _load_bytes

    file, status = added
    count = snapshot.head["events"]
    if count == 0:
        return None
    try:
        with open(file, "rb") as source:
            data = source.read()
    except OSError:
        return None
    digest, loaded = _load_bytes(Path(file), data)
    if loaded.problems:
        return None  # (a whole build reports them)
    article = loaded.article
    if aliases.canonical:
        article = dataclasses.replace(article, participants=aliases.rename(article.participants))
    values = article_values(article)
    title_key = tuple(loaded.title_key or collation_key(article.title))
    if values[_DATE_OF] is None:
        return None
    place = place_among(snapshot, order_of(values[_DATE_OF], title_key, str(article.path)), count)
    first_was = snapshot.event(snapshot.at(max(0, count - config.items_per_page)))[DATE]  # (the home page's first day)
    # (each page's number by its path, made once: 10,000 event pages and more)
    at = {path: index for index, (path, *_) in enumerate(snapshot.section("pages"))}
    slug = new_slug(file, at)
    named = _first_roles(values[_PARTICIPANTS_AT])
    if slug is None or len(named) > model.LIKELY_PASTE:
        return None
    number = count
    size = status.st_size if status.st_mtime_ns < time.time_ns() - _RACY_NS else -1  # (read again if changed just now)
    new_files[file] = (size, status.st_mtime_ns, status.st_ino, digest, number)
    event = (str(article.path), slug, digest, loaded.front, values[_DATE_OF], title_key, None, values,
             bytes(loaded.body) if loaded.body else b"")
    kinds = Counter(dict(snapshot.head["report"][0]))
    kinds["event"] += 1
    snapshot.add_event(number, event, sorted(kinds.items()))
    if place < number:
        snapshot.move(number, place)
    new_events = {number: event}

    # Its people gain it (their lists keep their count of pages); those whose timeline link
    # leaves the home page are made again too.
    people = snapshot.section("people")
    new_people: dict[int, tuple] = {}
    if named:
        shifted: list[tuple[int, str, int, int]] = []
        found = _regather_people(snapshot, set(named), new_events, number, shifted)
        if found is None:
            return None
        if shifted:  # (the events it pushed to the next page of a person's list: held there now)
            for pushed, person_slug, before, after in shifted:
                snapshot.let_go(pushed, at[builders.person_page_path(person_slug, before)])
                snapshot.hold(pushed, {at[builders.person_page_path(person_slug, after)]})
        new_people.update(found)
        pages, people_held_by = snapshot.section("pages"), snapshot.section("people_held_by")
        folders = tuple(person_folder(person[1]) for person in found.values())
        snapshot.hold(number, {page for person in found for page in people_held_by[person]
                               if pages[page][0].startswith(folders)})
    for person in relinked(snapshot, config, count + 1, first_was) - new_people.keys():
        new_people[person] = (*people[person][:6], None)
    if new_people:
        snapshot.regathered.update(new_people)
        snapshot.recast(new_people)

    unkeyed = {snapshot.at(near) for near in _around(place, count + 1)}
    archive = StoredArchive(snapshot, new_events, unkeyed)
    placed = place_added(snapshot, archive, config, number, at)
    if placed is None:
        return None
    for page_number, page in placed.changed.items():
        snapshot.put_page(page_number, page)
    own = snapshot.put_page(None, placed.added)
    snapshot.hold(number, placed.holding | {own})
    for event_number, page_number in placed.let_go:
        snapshot.let_go(event_number, page_number)
    held_by = snapshot.section("held_by")
    candidates, near = _candidates(held_by, unkeyed, new_events)
    candidates |= set(placed.changed)
    if new_people:
        people_held_by = snapshot.section("people_held_by")
        candidates.update(page for person in new_people for page in people_held_by[person])
    return _key_render_and_save(root, config, record, snapshot, lock, jobs, report_class, archive, candidates,
                                new_events, new_people, new_files, unkeyed, set(), near)


def place_among(snapshot: Snapshot, order: tuple, count: int) -> int:
    """The place an event of this order takes among the archive's count events."""
    low, high = 0, count
    while low < high:
        middle = (low + high) // 2
        other = snapshot.event(snapshot.at(middle))
        if order_of(other[DATE], other[TITLE_KEY], other[PATH]) < order:
            low = middle + 1
        else:
            high = middle
    return low


def new_slug(file: str, at: dict[str, int]) -> str | None:
    """The slug a whole build gives the new article's event, where adding it moves no
    other event's (build.load_events: slugs by file path, slug-2 … for the later of a
    clash); else None. at: the last build's pages by path."""
    slug = slugify(os.path.splitext(os.path.basename(file))[0], max_length=100)
    numbered = _NUMBERED.fullmatch(slug)
    if f"{EVENTS_FOLDER}{slug}{_EVENT_PAGE}" in at or numbered and f"{EVENTS_FOLDER}{numbered.group(1)}{_EVENT_PAGE}" in at:
        return None
    # (a slug-N of an earlier clash: looked for among the paths as they are, not cut into a
    # set of slugs first, which took ~15 ms at 10,000 events)
    prefix = f"{EVENTS_FOLDER}{slug}-"
    if any(path.startswith(prefix) and path.endswith(_EVENT_PAGE) and path[len(prefix):-len(_EVENT_PAGE)].isdigit()
           for path in at):
        return None
    return slug


def events_in(value) -> list:
    """The events a list page's groups hold, in order."""
    return list(_events_in(value))


@dataclasses.dataclass
class Placed:
    """What putting the new event in the last build's lists made: the pages changed (by
    their number in the record), the one added, and what no longer holds an event."""
    changed: dict[int, Page]
    added: Page
    holding: set[int]
    """The pages (by number) that hold the new event, its own excepted (added last)."""
    let_go: list[tuple[int, int]]
    """(event, page): an event no longer on the page (the home page's and the feed's oldest)."""


def place_added(snapshot, archive, config, number: int, at: dict[str, int]) -> Placed | None:
    """The pages of the last build (at: their numbers by path) with the event of this
    number (just added, and put in its place in the archive's order: Snapshot.move) put
    in, or None where a list would change its pages."""
    place_of = snapshot.place_of

    def in_order(events: list) -> list:
        return sorted(events, key=lambda event: place_of(event._index))

    new = archive.event(number)
    year, month = new.date.year, new.date.month
    if config.items_per_page < 1 or HOME not in at or year_path(year) not in at:
        return None  # (a new year: its page, and every year page's list of years)
    changed: dict[int, Page] = {}
    let_go: list[tuple[int, int]] = []
    holding: set[int] = set()

    def read(path: str) -> tuple[int, Page]:
        index = at[path]
        return index, snapshot.page(index, archive)

    # The home page: the newest events (a window that may move by one), each year's count,
    # the chart of months.
    home_at, home = read(HOME)
    context = home.context
    was = events_in(context["groups"])
    if len(was) != min(config.items_per_page, number):
        return None
    window = in_order(was + [new])[-config.items_per_page:]
    let_go += [(event._index, home_at) for event in was if not any(other is event for other in window)]
    if any(event is new for event in window):
        holding.add(home_at)
    counted = context["years"]
    this_year = next((entry for entry in counted if entry["year"] == year), None)
    if this_year is None:
        return None
    year_count_was = this_year["count"]
    this_year["count"] += 1
    shown: dict[int, int] = {}
    for event in window:
        shown[event.date.year] = shown.get(event.date.year, 0) + 1
    context["older"] = [entry["year"] for entry in counted if shown.get(entry["year"], 0) < entry["count"]]
    chart = context["chart"]
    counts = {(bar["year"], bar["month"]): bar["count"] for bar in chart["bars"] if bar["count"]}
    hrefs = {(bar["year"], bar["month"]): bar["href"] for bar in chart["bars"] if bar["count"]}
    month_count_was = counts.get((year, month), 0)
    split = year_count_was > builders.MAX_EVENTS_PER_PAGE
    if not month_count_was and (split or year_count_was + 1 > builders.MAX_EVENTS_PER_PAGE):
        return None  # (a new month of a year cut by month: a page of its own)
    counts[(year, month)] = month_count_was + 1
    context["chart"] = builders.chart_of(
        counts, [bar["year"] for bar in chart["years"]],
        lambda y, m: hrefs.get((y, m)) or f"{year_path(y)}#{month_anchor(m)}")
    context.update(groups=builders.month_groups(window), total=context["total"] + 1, total_shown=len(window),
                   **builders.filter_choices(window, archive))
    changed[home_at] = home

    # Its year's page, or in a year cut by month its month's page and the year's list of months.
    year_at, year_page = read(year_path(year))
    if year_page.context["total"] != year_count_was:
        return None
    if split:
        last_page = _last_part(month_count_was, builders.MAX_EVENTS_PER_PAGE)
        path = builders.month_path(year, month, last_page)
        if path not in at:
            return None
        month_at, month_page = read(path)
        listed = events_in(month_page.context["groups"])
        if not _goes_in(listed, new, last_page, builders.MAX_EVENTS_PER_PAGE, place_of):
            return None  # (a page more, or the events after it to the next page)
        _list_with(month_page, in_order(listed + [new]), archive)
        entry = next(entry for entry in year_page.context["groups"][0]["months"] if entry["month"] == month)
        entry["count"] += 1
        year_page.context["total"] += 1
        changed[month_at] = month_page
        holding.add(month_at)
    else:
        if year_count_was + 1 > builders.MAX_EVENTS_PER_PAGE:
            return None  # (the year is cut by month from now on)
        listed = events_in(year_page.context["groups"])
        if len(listed) != year_count_was:
            return None
        _list_with(year_page, in_order(listed + [new]), archive)
        holding.add(year_at)
    changed[year_at] = year_page

    # Its search piece (the year's, or in a big year its month's last) and the manifest's counts.
    if year_count_was + 1 <= search.PIECE_EVENTS:
        path, last_piece = f"search/{search.piece_name(year)}.js", 1
    elif year_count_was > search.PIECE_EVENTS and month_count_was:
        last_piece = _last_part(month_count_was, search.PIECE_EVENTS)
        path = f"search/{search.piece_name(year, month, last_piece if last_piece > 1 else 0)}.js"
    else:
        return None  # (the pieces are cut again)
    if path not in at:
        return None
    piece_at, piece = read(path)
    listed = piece.produce.args[0] if piece.produce is not None and piece.produce.args else None
    if type(listed) is not list or not _goes_in(listed, new, last_piece, search.PIECE_EVENTS, place_of):
        return None
    listed.append(new)
    listed.sort(key=lambda event: place_of(event._index))
    changed[piece_at] = piece
    holding.add(piece_at)
    manifest_at, manifest = read(MANIFEST)
    try:
        found = search.manifest_of(manifest.data)
    except ValueError:
        return None
    found["counts"][found["files"].index(path)] += 1
    found["events"] += 1
    changed[manifest_at] = dataclasses.replace(manifest, data=search.manifest_script(found))

    # The feed (the newest by day and slug) and the sitemap, where the site has them.
    added = Page(event_path(new), "event", "event.html", {"event": new})
    if "feed.xml" in at:
        feed_at, feed = read("feed.xml")
        entries = feed.context["entries"]
        now = sorted(entries + [new], key=lambda e: (e.date, e.slug), reverse=True)[:config.feed_items]
        if any(event is new for event in now):
            holding.add(feed_at)
        let_go += [(event._index, feed_at) for event in entries if not any(other is event for other in now)]
        feed.context.update(entries=now, updated=now[0].date)
        changed[feed_at] = feed
    if "sitemap.xml" in at:
        sitemap_at, sitemap = read("sitemap.xml")
        bisect.insort(sitemap.context["urls"], added.path)
        changed[sitemap_at] = sitemap
    return Placed(changed, added, holding, let_go)


def _list_with(page: Page, listed: list, archive) -> None:
    """A year's or a month's page listing these events, as builders.timeline_pages makes one."""
    page.context.update(groups=builders.month_groups(listed), total=len(listed), total_shown=len(listed),
                        **builders.filter_choices(listed, archive))


def _last_part(count: int, size: int) -> int:
    """The number of the last part of a list of count events cut into parts of size."""
    return max(1, -(-count // size))


def _goes_in(listed: list, new, part: int, size: int, place_of) -> bool:
    """Whether the new event goes in this part of its month's list (the last) and the
    part takes it: not before its first event where parts come before it, nor past its size."""
    if len(listed) >= size or not listed:
        return False
    return part == 1 or place_of(new._index) > place_of(listed[0]._index)


def relinked(snapshot, config, count: int, first_was: int) -> set[int]:
    """The people (by number) whose timeline link leaves the home page when an event added
    makes the archive count events, the home page's first day before it first_was (an
    ordinal): those whose last event is now before the home page's first day and was on or
    after it (builders.timeline_path). (Where the home page shows every event, all link it.)"""
    now = max(0, count - config.items_per_page)

    def day(place: int) -> int:
        return _event_now(snapshot, {}, snapshot.at(place))[DATE]

    if day(now) <= first_was:
        return set()
    people, numbers = snapshot.section("people"), snapshot.person_numbers
    found = set()
    place = now - 1
    while place >= 0 and day(place) >= first_was:
        for name in _names(_event_now(snapshot, {}, snapshot.at(place))[ARTICLE][_PARTICIPANTS_AT]):
            person = numbers[name]
            if snapshot.place_of(people[person][2][-1]) < now:
                found.add(person)
        place -= 1
    return found

