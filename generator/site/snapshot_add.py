"""The quick build's add (see snapshot.py): an article new to the archive that comes after
every other event, put in each list of the last build it joins, as a whole build makes them.

The new event takes the next number, which is also its place (the newest), so no other
event moves. Its own page is declared as the event builder declares one; the lists it
joins are read back and made again from their own contents and it: the home page's newest
events (with their year counts, chart, filters and the years only partly shown), its
year's page (or in a year of several pages, its month's last page and the year's list of
months), its search piece and the manifest's counts, the feed and the sitemap. Where a list
would grow a page or take a new one (a new year, a year or piece past its size, a new
month where a year is cut by month), the add is left to a whole build.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import os
import re

from . import builders, search
from .builders import EVENTS_FOLDER, HOME, YEARS_FOLDER, Page, event_path, month_anchor, year_path
from .search import MANIFEST, PEOPLE_INDEX
from ..vietnamese import slugify

_MANIFEST_OPENING, _MANIFEST_CLOSING = b"window.BIENNIEN_SEARCH&&window.BIENNIEN_SEARCH.manifest(", b");\n"
_NUMBERED = re.compile(r"(.+)-(\d+)")


def new_slug(file: str, pages: list) -> str | None:
    """The slug a whole build gives the new article's event, where adding it moves no
    other event's (build.load_events: slugs by file path, slug-2 … for the later of a
    clash); else None."""
    slug = slugify(os.path.splitext(os.path.basename(file))[0], max_length=100)
    taken = {path[len(EVENTS_FOLDER):-len("/index.html")] for path, *_ in pages if path.startswith(EVENTS_FOLDER)}
    numbered = _NUMBERED.fullmatch(slug)
    if slug in taken or numbered and numbered.group(1) in taken:
        return None
    prefix = slug + "-"
    if any(other.startswith(prefix) and other[len(prefix):].isdigit() for other in taken):
        return None
    return slug


def events_in(value) -> list:
    """The events a list page's groups hold, in order."""
    from .snapshot import _events_in
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


def place_newest(snapshot, archive, config, number: int) -> Placed | None:
    """The pages of the last build with the event of this number (the newest, just
    added) put in, or None where a list would change its pages."""
    pages, held_by = snapshot.section("pages"), snapshot.section("held_by")
    at = {path: index for index, (path, *_) in enumerate(pages)}
    new = archive.event(number)
    last = archive.event(snapshot.at(number - 1))
    year, month = new.date.year, new.date.month
    if last.date.year != year or config.items_per_page < 1 or HOME not in at or year_path(year) not in at:
        return None  # (a new year: its page, and every year page's list of years)
    changed: dict[int, Page] = {}
    let_go: list[tuple[int, int]] = []

    def read(path: str) -> tuple[int, Page]:
        index = at[path]
        return index, snapshot.page(index, archive)

    # The home page: the newest events, a window that moves by one.
    home_at, home = read(HOME)
    context = home.context
    was = events_in(context["groups"])
    if len(was) != min(config.items_per_page, number):
        return None
    window = (was + [new])[-config.items_per_page:]
    if len(window) == len(was):
        let_go.append((was[0]._index, home_at))
    counted = context["years"]
    this_year = next((entry for entry in counted if entry["year"] == year), None)
    if this_year is None:
        return None
    year_count_was = this_year["count"]
    this_year["count"] += 1
    shown = {}
    for event in window:
        shown[event.date.year] = shown.get(event.date.year, 0) + 1
    context["older"] = [entry["year"] for entry in counted if shown.get(entry["year"], 0) < entry["count"]]
    chart = context["chart"]
    counts = {(bar["year"], bar["month"]): bar["count"] for bar in chart["bars"] if bar["count"]}
    hrefs = {(bar["year"], bar["month"]): bar["href"] for bar in chart["bars"] if bar["count"]}
    split = year_count_was > builders.MAX_EVENTS_PER_PAGE
    if (year, month) not in counts and (split or year_count_was + 1 > builders.MAX_EVENTS_PER_PAGE):
        return None  # (a new month of a year cut by month: a page of its own)
    counts[(year, month)] = counts.get((year, month), 0) + 1
    context["chart"] = builders.chart_of(
        counts, [bar["year"] for bar in chart["years"]],
        lambda y, m: hrefs.get((y, m)) or f"{year_path(y)}#{month_anchor(m)}")
    context.update(groups=builders.month_groups(window), total=context["total"] + 1, total_shown=len(window),
                   **builders._filter_choices(window, archive))
    changed[home_at] = home
    holding = {home_at}

    # Its year's page, or in a year cut by month its month's last page and the year's list of months.
    year_at, year_page = read(year_path(year))
    if year_page.context["total"] != year_count_was:
        return None
    if split:
        listing = [page for page in held_by[last._index] if pages[page][0].startswith(YEARS_FOLDER)]
        if last.date.month != month or len(listing) != 1 or listing[0] == year_at:
            return None
        month_at = listing[0]
        month_page = snapshot.page(month_at, archive)
        listed = events_in(month_page.context["groups"])
        if len(listed) >= builders.MAX_EVENTS_PER_PAGE or listed[-1] is not last:
            return None  # (a page more)
        listed.append(new)
        month_page.context.update(groups=builders.month_groups(listed), total=len(listed), total_shown=len(listed),
                                  **builders._filter_choices(listed, archive))
        entry = next(entry for entry in year_page.context["groups"][0]["months"] if entry["month"] == month)
        entry["count"] += 1
        year_page.context["total"] += 1
        changed[month_at] = month_page
        holding.add(month_at)
    else:
        if year_count_was + 1 > builders.MAX_EVENTS_PER_PAGE:
            return None  # (the year is cut by month from now on)
        listed = events_in(year_page.context["groups"])
        if len(listed) != year_count_was or listed[-1] is not last:
            return None
        listed.append(new)
        year_page.context.update(groups=builders.month_groups(listed), total=len(listed), total_shown=len(listed),
                                 **builders._filter_choices(listed, archive))
        holding.add(year_at)
    changed[year_at] = year_page

    # Its search piece (the year's, or in a big year its month's last) and the manifest's counts.
    pieces = [page for page in held_by[last._index]
              if pages[page][0].startswith("search/") and pages[page][0] not in (PEOPLE_INDEX, MANIFEST)]
    if len(pieces) != 1:
        return None
    piece_at = pieces[0]
    piece = snapshot.page(piece_at, archive)
    listed = piece.produce.args[0] if piece.produce is not None and piece.produce.args else None
    if type(listed) is not list or not listed or listed[-1] is not last:
        return None
    if year_count_was + 1 <= search.PIECE_EVENTS:
        if pages[piece_at][0] != f"search/su-kien-{year}.js":
            return None
    elif year_count_was <= search.PIECE_EVENTS or last.date.month != month or len(listed) >= search.PIECE_EVENTS:
        return None  # (the pieces are cut again)
    listed.append(new)
    changed[piece_at] = piece
    holding.add(piece_at)
    manifest_at, manifest = read(MANIFEST)
    data = manifest.data
    if not (data.startswith(_MANIFEST_OPENING) and data.endswith(_MANIFEST_CLOSING)):
        return None
    found = json.loads(data[len(_MANIFEST_OPENING):-len(_MANIFEST_CLOSING)])
    found["counts"][found["files"].index(pages[piece_at][0])] += 1
    found["events"] += 1
    body = json.dumps(found, separators=(",", ":"), sort_keys=True)
    changed[manifest_at] = dataclasses.replace(manifest, data=_MANIFEST_OPENING + body.encode() + _MANIFEST_CLOSING)

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


def relinked(snapshot, config, count: int) -> set[int]:
    """The people (by number) whose timeline link leaves the home page when an event added
    as the newest makes the archive count events: those whose last event is before the
    home page's first day now and on or after it before (builders.timeline_path)."""
    from .snapshot import DATE, _event_now

    was, now = max(0, count - 1 - config.items_per_page), max(0, count - config.items_per_page)
    if now == was:
        return set()

    def day(place: int) -> int:
        return _event_now(snapshot, {}, snapshot.at(place))[DATE]

    first_was, first_now = day(was), day(now)
    if first_now == first_was:
        return set()
    from .snapshot import _PARTICIPANTS_AT, ARTICLE, _names

    people, numbers = snapshot.section("people"), snapshot.person_numbers
    found = set()
    place = now - 1
    while place >= 0 and day(place) == first_was:
        for name in _names(_event_now(snapshot, {}, snapshot.at(place))[ARTICLE][_PARTICIPANTS_AT]):
            person = numbers[name]
            if snapshot.place_of(people[person][2][-1]) < now:
                found.add(person)
        place -= 1
    return found
