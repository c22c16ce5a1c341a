"""One builder per kind of output. Each declares the pages it makes (path, template,
what they show) before anything is rendered, so a clash of paths is found first.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .config import SiteConfig
from .model import Archive, Event, Person
from .output import SitePaths
from ..vietnamese import initial_letter
from .render import BUILTIN_ASSETS, month_label

HOME = "index.html"
# The folders of the pages of events, of people and of the timeline's years and months.
EVENTS_FOLDER, PEOPLE_FOLDER, YEARS_FOLDER = "su-kien/", "nguoi/", "nam/"
PEOPLE = f"{PEOPLE_FOLDER}index.html"


def event_path(event: Event) -> str:
    return f"{EVENTS_FOLDER}{event.slug}/index.html"


def person_folder(slug: str) -> str:
    """Where a person's pages are (the first, and the next of a long list)."""
    return f"{PEOPLE_FOLDER}{slug}/"


def person_path(person: Person, page: int = 1) -> str:
    return person_page_path(person.slug, page)


def person_page_path(slug: str, page: int = 1) -> str:
    folder = person_folder(slug)
    return f"{folder}index.html" if page == 1 else f"{folder}trang-{page}/index.html"


def year_path(year: int) -> str:
    return f"{YEARS_FOLDER}{year}/index.html"


def month_anchor(month: int) -> str:
    return f"thang-{month}"


# A page lists at most this many events (about 0.9 kB of HTML each): a year with more
# gets a page per month (and a month with more, several), so no page nears 1 MB.
MAX_EVENTS_PER_PAGE = 500


def month_path(year: int, month: int, page: int = 1) -> str:
    folder = f"{YEARS_FOLDER}{year}/{month_anchor(month)}"
    return f"{folder}/index.html" if page == 1 else f"{folder}/trang-{page}/index.html"


@dataclass
class Page:
    path: str
    kind: str
    template: str | None = None
    context: dict = field(default_factory=dict)
    data: bytes | None = None
    """Bytes to write as they are (static files); otherwise the template is rendered."""
    produce: Callable[[], bytes] | None = None
    """Makes the bytes when the page is written (in a render worker, for big outputs)."""


@dataclass
class BuildContext:
    config: SiteConfig
    archive: Archive
    paths: SitePaths
    project_assets: Path | None
    notices: list[str] = field(default_factory=list)
    _listing: dict[int, str] | None = None

    def listed_on(self, event: Event) -> str:
        """The timeline page that lists the event: its year's page, or in a year too big
        for one page, its month's page (of several, the one that holds it)."""
        if self._listing is None:
            self._listing = {}
            for year, events in self.archive.events_by_year().items():
                if len(events) <= MAX_EVENTS_PER_PAGE:
                    continue
                for (month, number), chunk in month_pages(events).items():
                    for listed in chunk:
                        self._listing[id(listed)] = month_path(year, month, number)
        return self._listing.get(id(event), year_path(event.date.year))

    def month_href(self, year: int, month: int) -> str:
        """Where a month's events start: its own page in a split year, else its part of
        the year's page."""
        events = self.archive.events_by_year().get(year, [])
        return month_path(year, month) if len(events) > MAX_EVENTS_PER_PAGE else f"{year_path(year)}#{month_anchor(month)}"


Builder = Callable[[BuildContext], list[Page]]


def month_groups(events: list[Event]) -> list[dict]:
    """[{year, months: [{month, label, anchor, events}]}] in time order."""
    years: list[dict] = []
    for event in events:
        year, month = event.date.year, event.date.month
        if not years or years[-1]["year"] != year:
            years.append({"year": year, "months": []})
        months = years[-1]["months"]
        if not months or months[-1]["month"] != month:
            months.append({"month": month, "label": month_label(year, month), "anchor": month_anchor(month), "events": []})
        months[-1]["events"].append(event)
    return years


def month_pages(events: list[Event], size: int | None = None) -> dict[tuple[int, int], list[Event]]:
    """A year's events cut into pages of at most size (MAX_EVENTS_PER_PAGE unless told):
    {(month, page number): events}, in time order."""
    size = size or MAX_EVENTS_PER_PAGE
    pages: dict[tuple[int, int], list[Event]] = {}
    by_month: dict[int, list[Event]] = {}
    for event in events:
        by_month.setdefault(event.date.month, []).append(event)
    for month, in_month in by_month.items():
        for start in range(0, len(in_month), size):
            pages[(month, start // size + 1)] = in_month[start:start + size]
    return pages


def month_chart(ctx: BuildContext) -> dict | None:
    """Bars for events per month from the first month to the last, for an inline SVG."""
    archive = ctx.archive
    if not archive.events:
        return None
    counts = {key: len(events) for key, events in archive.events_by_month().items()}
    return chart_of(counts, archive.years(), ctx.month_href)


def chart_of(counts: dict[tuple[int, int], int], years: list[int], month_href: Callable[[int, int], str]) -> dict:
    """month_chart from each month's count of events (the quick build's add makes it
    again from the chart it read back: snapshot_add.py)."""
    peak = max(counts.values())
    bars, x = [], 0
    # Only the years that have events: one stray date (a year 1019 typo) must not
    # stretch the chart over centuries.
    for year in years:
        for month in range(1, 13):
            count = counts.get((year, month), 0)
            height = round(60 * count / peak) if count else 0
            bars.append({
                "x": x, "height": height, "y": 70 - height, "count": count, "year": year, "month": month,
                "label": f"{month_label(year, month)}: {count} sự kiện",
                "href": month_href(year, month) if count else None,
            })
            x += 6
    return {"bars": bars, "width": x, "years": [b for b in bars if b["month"] == 1]}


def home_events(archive: Archive, config: SiteConfig) -> list[Event]:
    """The newest events up to the page limit: the home page never grows without bound;
    every year has a page of its own with all its events."""
    return archive.events[-config.items_per_page:]


def timeline_path(ctx: BuildContext, person: Person, home_starts: dt.date | None) -> str:
    """Where the timeline shows this person's latest event: home, or the page of the
    year (or month) that lists it."""
    if home_starts and person.last >= home_starts:
        return HOME
    return ctx.listed_on(person.events[-1]) if person.events else year_path(person.last.year)


def filter_choices(events: list[Event], archive: Archive) -> dict:
    """The people and years the page's filters offer: only those on the page."""
    # In the order of the person index, sorted from the page's own people: the cost grows
    # with the page, not with the whole archive's people once per year page.
    # Each person as the filter shows them, a name and a slug: the page's key then moves
    # with those, not with the roles and companions a person's own page shows (one
    # edited role rendered again every year page that offers its people).
    names = {name for e in events for name in e.roles}
    rank, by_name = archive.rank, archive.by_name
    return {"filter_people": [{"name": name, "slug": by_name[name].slug} for name in sorted(names, key=rank.__getitem__)],
            "filter_years": sorted({e.date.year for e in events})}


def timeline_pages(ctx: BuildContext) -> list[Page]:
    archive = ctx.archive
    by_year = archive.events_by_year()
    home = home_events(archive, ctx.config)
    on_home = Counter(e.date.year for e in home)
    older = [y for y, events in by_year.items() if on_home[y] < len(events)]  # years only partly on the home page
    # Only the home page counts each year's events: were the counts on every year's page,
    # one article added or removed would change all of them (at 10,000 articles, 130 pages
    # rendered and uploaded again instead of a few).
    counted = [{"year": y, "count": len(events), "path": year_path(y)} for y, events in by_year.items()]
    nav = [{"year": y, "path": year_path(y)} for y in by_year]
    pages = [Page(
        ctx.paths.claim(HOME, "the timeline"), "timeline", "timeline.html",
        {"heading": ctx.config.title, "groups": month_groups(home), "years": counted,
         "chart": month_chart(ctx), "older": older, "current_year": None,
         "people_count": len(archive.people), "total": len(archive.events), "total_shown": len(home),
         **filter_choices(home, archive)},
    )]
    for year, events in by_year.items():
        if len(events) > MAX_EVENTS_PER_PAGE:
            pages += _split_year_pages(ctx, year, events, nav)
            continue
        pages.append(Page(
            ctx.paths.claim(year_path(year), f"the {year} timeline"), "year", "timeline.html",
            {"heading": f"Năm {year}", "groups": month_groups(events), "years": nav, "chart": None,
             "older": [], "current_year": year, "people_count": None, "total": len(events),
             "total_shown": len(events), **filter_choices(events, archive)},
        ))
    return pages


def _split_year_pages(ctx: BuildContext, year: int, events: list[Event], nav: list[dict]) -> list[Page]:
    """A year too big for one page: its page lists the months (with their counts), and
    each month has a page (or several), walked in order with previous and next links."""
    archive = ctx.archive
    parts = month_pages(events)
    months = [{"month": month, "label": month_label(year, month), "anchor": month_anchor(month), "events": [],
               "href": month_path(year, month), "count": sum(len(chunk) for (m, _), chunk in parts.items() if m == month)}
              for month in sorted({m for m, _ in parts})]
    pages = [Page(
        ctx.paths.claim(year_path(year), f"the {year} timeline"), "year", "timeline.html",
        {"heading": f"Năm {year}", "groups": [{"year": year, "months": months}], "years": nav, "chart": None,
         "older": [], "current_year": year, "people_count": None, "total": len(events), "total_shown": 0,
         "filter_people": [], "filter_years": []},
    )]
    keys = list(parts)
    counts = Counter(month for month, _ in keys)
    for index, (month, number) in enumerate(keys):
        chunk = parts[(month, number)]
        heading = month_label(year, month) + (f", trang {number}/{counts[month]}" if counts[month] > 1 else "")
        walk = {
            "label": f"Các trang của năm {year}",
            "up": {"path": year_path(year), "label": f"Năm {year}"},
            "previous": _walk_link(year, keys[index - 1], counts) if index > 0 else None,
            "next": _walk_link(year, keys[index + 1], counts) if index + 1 < len(keys) else None,
        }
        pages.append(Page(
            ctx.paths.claim(month_path(year, month, number), f"the {year} timeline"), "year", "timeline.html",
            {"heading": heading, "groups": month_groups(chunk), "years": nav, "chart": None, "older": [],
             "current_year": year, "people_count": None, "total": len(chunk), "total_shown": len(chunk),
             "walk": walk, **filter_choices(chunk, archive)},
        ))
    return pages


def _walk_link(year: int, key: tuple[int, int], counts: Counter) -> dict:
    month, number = key
    label = month_label(year, month) + (f", trang {number}" if counts[month] > 1 else "")
    return {"path": month_path(year, month, number), "label": label}


def event_pages(ctx: BuildContext) -> list[Page]:
    return [
        Page(ctx.paths.claim(event_path(e), str(e.article.path)), "event", "event.html", {"event": e})
        for e in ctx.archive.events
    ]


def letter_groups(people: list[Person]) -> list[dict]:
    """People (already in order) under the first letter of their given name."""
    groups: list[dict] = []
    for person in people:
        letter, anchor = initial_letter(person.name)
        if not groups or groups[-1]["letter"] != letter:
            groups.append({"letter": letter, "anchor": f"chu-{anchor}", "people": []})
        groups[-1]["people"].append(person)
    return groups


def people_pages(ctx: BuildContext) -> list[Page]:
    pages = [Page(ctx.paths.claim(PEOPLE, "the person index"), "people", "people.html",
                  {"people": ctx.archive.people, "letters": letter_groups(ctx.archive.people)})]
    home = home_events(ctx.archive, ctx.config)
    home_starts = home[0].date if home else None
    for person in ctx.archive.people:
        timeline = timeline_path(ctx, person, home_starts)
        chunks = [person.events[i:i + MAX_EVENTS_PER_PAGE] for i in range(0, len(person.events), MAX_EVENTS_PER_PAGE)] or [[]]
        for number, chunk in enumerate(chunks, start=1):
            # Someone in thousands of events: their list goes on over numbered pages.
            walk = None
            if len(chunks) > 1:
                walk = {
                    "up": {"path": person_path(person), "label": person.name},
                    "previous": _person_page_link(person, number - 1, len(chunks)) if number > 1 else None,
                    "next": _person_page_link(person, number + 1, len(chunks)) if number < len(chunks) else None,
                    "label": f"Các trang sự kiện của {person.name}",
                }
            pages.append(Page(ctx.paths.claim(person_path(person, number), f"the page of {person.name}"), "person", "person.html",
                              {"person": person, "timeline": timeline, "events": chunk, "page_number": number,
                               "first_number": (number - 1) * MAX_EVENTS_PER_PAGE + 1,
                               "page_count": len(chunks), "walk": walk}))
    return pages


def _person_page_link(person: Person, number: int, count: int) -> dict:
    return {"path": person_path(person, number), "label": f"Trang {number}/{count}"}


def feed_pages(ctx: BuildContext) -> list[Page]:
    if not ctx.config.base_url:
        ctx.notices.append("no base_url in site.yaml: feed.xml and sitemap.xml skipped (they need the site's absolute address)")
        return []
    newest = sorted(ctx.archive.events, key=lambda e: (e.date, e.slug), reverse=True)[: ctx.config.feed_items]
    updated = newest[0].date if newest else dt.date(1970, 1, 1)
    return [Page(ctx.paths.claim("feed.xml", "the feed"), "feed", "feed.xml", {"entries": newest, "updated": updated})]


def sitemap_pages(ctx: BuildContext) -> list[Page]:
    if not ctx.config.base_url:
        return []
    # Runs after the page builders, so every page is claimed by now.
    pages = sorted(p for p in ctx.paths.owners() if p.endswith(".html") and p != "404.html")
    return [Page(ctx.paths.claim("sitemap.xml", "the sitemap"), "sitemap", "sitemap.xml", {"urls": pages})]


def not_found_pages(ctx: BuildContext) -> list[Page]:
    return [Page(ctx.paths.claim("404.html", "the not-found page"), "404", "404.html", {})]


def asset_pages(ctx: BuildContext) -> list[Page]:
    """Built-in assets, then the project's own assets/ over them, file by file."""
    files: dict[str, Path] = {}
    for folder in (BUILTIN_ASSETS, ctx.project_assets):
        if folder and folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.name.startswith("."):
                    files[f"assets/{path.relative_to(folder).as_posix()}"] = path
    return [Page(ctx.paths.claim(name, "the assets"), "asset", data=path.read_bytes()) for name, path in sorted(files.items())]
