"""The search index: classic scripts (file:// forbids fetch and modules) that hand their
documents to window.BIENNIEN_SEARCH. A small manifest loads first; the events come in
pieces of at most PIECE_EVENTS, newest first, loaded on the reader's first search (and
older ones only as that search needs them, up to BUDGET_EVENTS for each ask of the
reader), never with the page.
"""

from __future__ import annotations

import datetime as dt
import functools
import html as html_lib
import json
import re
from collections import Counter

from ..vietnamese import fold
from .bodies import plain_utf8
from .builders import BuildContext, Page, event_path, month_pages, person_path
from .model import Event
from .render import short_date

MANIFEST = "search/index.js"
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")
_SNIPPET_CHARS = 240


def _plain(event_html: str) -> str:
    return html_lib.unescape(_TAG.sub(" ", event_html))


def _body_words(text: str) -> str:
    """The body folded to plain lower-case words ('Đồng Đăng' -> 'dong dang'): in order,
    so phrases match, and without diacritics or punctuation, which the search ignores."""
    return _words_of(text.split(" "))


def _words_of(pieces: list[str]) -> str:
    """_body_words of the text " ".join(pieces).

    Folding works letter by letter and no word holds a space, so the text's words are
    those of its space-separated pieces, each folded once per process (an archive says
    the same few thousand words again and again): a third of the time of folding it whole."""
    known = _WORDS_OF
    try:
        return " ".join(filter(None, map(known.__getitem__, pieces)))
    except KeyError:  # a piece not seen before
        if len(known) > _WORDS_KEPT:
            known.clear()
        for piece in set(pieces).difference(known):
            known[piece] = " ".join(_WORD.findall(fold(piece)))
        return " ".join(filter(None, map(known.__getitem__, pieces)))


_WORDS_OF: dict[str, str] = {}
"""Each space-separated piece of a body seen by this process, as _words_of makes it."""
_WORDS_KEPT = 1 << 18


# What wraps each piece of the index: a classic script (file:// loads no modules) that hands
# its payload to the search page.
_SCRIPT_OPENING, _SCRIPT_CLOSING = b"window.BIENNIEN_SEARCH&&window.BIENNIEN_SEARCH.add(", b");\n"


def _script(payload: object) -> bytes:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # "</script>" cannot occur in a JS file loaded by src, but "<!--" and U+2028 must not
    # trip older parsers either: escape what could end or break the script.
    data = data.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return _SCRIPT_OPENING + data.encode("utf-8") + _SCRIPT_CLOSING


def _unwrapped(data: bytes, opening: bytes, closing: bytes) -> dict:
    """The JSON between opening and closing, as this module wraps it; ValueError for
    anything else."""
    if not (data.startswith(opening) and data.endswith(closing)):
        raise ValueError("not a script of the search index as this build writes it")
    return json.loads(data[len(opening):-len(closing)])


def _payload_of(data: bytes) -> dict:
    """The payload _script wrapped; ValueError for anything else."""
    return _unwrapped(data, _SCRIPT_OPENING, _SCRIPT_CLOSING)


def _snippet_and_words(event_html: str) -> tuple[str, str]:
    """The opening of a body's text, whole words up to _SNIPPET_CHARS, and the folded
    words of the rest."""
    pieces = _plain(event_html).split()
    # The text is " ".join(pieces); only its opening is needed whole: the pieces up to the
    # first that passes _SNIPPET_CHARS (a body has some 650).
    length = -1
    count = 0
    for piece in pieces:
        length += len(piece) + 1
        count += 1
        if length > _SNIPPET_CHARS:
            break
    head = " ".join(pieces[:count])
    if length <= _SNIPPET_CHARS:
        return head, ""  # (the whole text)
    opening = head[:_SNIPPET_CHARS]
    snippet = opening.rsplit(" ", 1)[0]
    # The rest is the text's pieces from the first the snippet leaves out (it ends before
    # the opening's last space), folded without making that text and splitting it again.
    cut = opening.count(" ")
    return snippet, _words_of(pieces[cut:]) if cut else _body_words(" ".join(pieces)[len(snippet):])


_BYTES_TAG = re.compile(rb"<[^>]+>")


def _snippet_and_words_of_plain(data) -> tuple[str, str]:
    """_snippet_and_words of a plain body's HTML (bodies.plain_utf8) with no '&' in it,
    from its UTF-8: its text holds no whitespace but spaces and line breaks, so splitting
    the bytes gives the str's pieces, as bytes (a third of the cost, and the body is never
    made a str). Each piece is whole UTF-8: a space ends no character."""
    pieces = _BYTES_TAG.sub(b" ", data).split()
    head = []
    length = -1
    for piece in pieces:
        text = piece.decode("utf-8")
        head.append(text)
        length += len(text) + 1
        if length > _SNIPPET_CHARS:
            break
    if length <= _SNIPPET_CHARS:
        return " ".join(head), ""
    opening = " ".join(head)[:_SNIPPET_CHARS]
    snippet = opening.rsplit(" ", 1)[0]
    cut = opening.count(" ")
    if not cut:
        return snippet, _body_words(b" ".join(pieces).decode("utf-8")[len(snippet):])
    known = _WORDS_OF_UTF8
    rest = pieces[cut:]
    try:
        return snippet, " ".join(filter(None, map(known.__getitem__, rest)))
    except KeyError:  # a piece not seen before
        if len(known) > _WORDS_KEPT:
            known.clear()
        for piece in set(rest).difference(known):
            known[piece] = " ".join(_WORD.findall(fold(piece.decode("utf-8"))))
        return snippet, " ".join(filter(None, map(known.__getitem__, rest)))


_WORDS_OF_UTF8: dict[bytes, str] = {}
"""_WORDS_OF by each piece's UTF-8."""


def _body_snippet_and_words(event: Event) -> tuple[str, str]:
    """_snippet_and_words of the event's body, from its UTF-8 where it may be."""
    plain = plain_utf8(event.body)
    if plain is not None and b"&" not in plain:
        return _snippet_and_words_of_plain(plain)
    return _snippet_and_words(event.html)  # (an entity to read, or a body Python-Markdown made)


def _event_doc(event: Event) -> dict:
    article = event.article
    snippet, words = _body_snippet_and_words(event)
    return {
        "k": "e",
        "u": event_path(event),
        "t": article.title,
        "s": article.kicker or "",
        "d": short_date(event.date),
        "i": event.date.isoformat(),
        "p": [p.name for p in article.participants],
        "l": snippet,
        "w": words,
    }


def _events_script(events: list[Event]) -> bytes:
    return _script({"docs": [_event_doc(e) for e in events]})


def events_script_again(events: list[Event], before: str, fresh: set[str]) -> bytes:
    """_events_script of a piece whose file as the last build wrote it is `before`: the
    documents of the events not at a URL in `fresh` are taken from it as they are, not
    made again (folding a month's bodies again was most of a title edit's rendering). A
    document depends on its event alone, and JSON gives back what it was made from, so
    the bytes are _events_script's; a file not as _script writes it makes them all again."""
    try:
        with open(before, "rb") as source:
            payload = _payload_of(source.read())
        was = {doc["u"]: doc for doc in payload["docs"]} if payload.keys() == {"docs"} else {}
    except (OSError, ValueError, TypeError, KeyError):
        was = {}
    docs = []
    for event in events:
        url = event_path(event)
        doc = None if url in fresh else was.get(url)
        docs.append(doc if doc is not None else _event_doc(event))
    return _script({"docs": docs})


# A piece of the index holds at most this many events (about 3.5 kB each): the reader's
# first search loads the newest piece, and older ones only while it finds too few results
# (within BUDGET_EVENTS).
PIECE_EVENTS = 400

# How many events one ask of the reader (the first search, or "Tìm thêm") loads at most by
# itself, in whole pieces (at least one): about 1.7 MB, so that a word found in few
# articles, or nowhere, costs a first search no more than some 2 MB with the people, not
# the whole index piece after piece. Written into the manifest.
BUDGET_EVENTS = 500


def search_pieces(by_year: dict[int, list[Event]]) -> list[tuple[str, list[Event]]]:
    """(name, events) of each piece, newest first: a year's events, or in a bigger year
    its months' (a month over PIECE_EVENTS in parts). Each piece is bounded by dates, so an
    edit changes the pieces of its own year or month, not all of them."""
    pieces = []
    for year in sorted(by_year, reverse=True):
        events = by_year[year]
        if len(events) <= PIECE_EVENTS:
            pieces.append((piece_name(year), events))
            continue
        parts = month_pages(events, PIECE_EVENTS)
        several = Counter(month for month, _ in parts)
        for month, number in reversed(parts):  # the latest month, and its latest events, first
            pieces.append((piece_name(year, month, number if several[month] > 1 else 0), parts[(month, number)]))
    return pieces


def piece_name(year: int, month: int = 0, part: int = 0) -> str:
    """A piece's name: its year's, or its month's, or (part > 0) one part of its month's."""
    return f"su-kien-{year}" + (f"-{month:02d}" if month else "") + (f"-{part}" if part else "")


# The manifest, loaded first: each piece's file and count, the archive's counts, and how
# many events a reader's ask loads by itself (BUDGET_EVENTS).
_MANIFEST_OPENING, _MANIFEST_CLOSING = b"window.BIENNIEN_SEARCH&&window.BIENNIEN_SEARCH.manifest(", b");\n"


def manifest_script(manifest: dict) -> bytes:
    body = json.dumps(manifest, separators=(",", ":"), sort_keys=True)
    return _MANIFEST_OPENING + body.encode() + _MANIFEST_CLOSING


def manifest_of(data: bytes) -> dict:
    """The manifest manifest_script wrote; ValueError for anything else."""
    return _unwrapped(data, _MANIFEST_OPENING, _MANIFEST_CLOSING)


# The search's list of people, with each one's latest role (see search_pages).
PEOPLE_INDEX = "search/nguoi.js"


def people_index_with_roles(data: bytes, latest: dict[int, tuple[str, dt.date, dt.date, int]]) -> bytes:
    """The search's list of people as search_pages wrote it, with the latest role, the
    first and last days and the count of events of each person numbered in `latest` (their
    place in the person index) replaced."""
    payload = _payload_of(data)
    docs = payload["docs"]
    for number, (role, first, last, count) in latest.items():
        docs[number].update(s=role, d=_person_days(first, last), i=last.isoformat(), n=count)
    return _script(payload)


def _person_days(first: dt.date, last: dt.date) -> str:
    return f"{short_date(first)} – {short_date(last)}"


def search_pages(ctx: BuildContext) -> list[Page]:
    archive = ctx.archive
    by_year = archive.events_by_year()
    people_docs = [{
        "k": "p",
        "u": person_path(person),
        "t": person.name,
        "s": person.roles[-1].role if person.roles else "",
        "d": _person_days(person.first, person.last),
        "i": person.last.isoformat(),
        "n": len(person.events),
        "p": person.spellings,  # searching another spelling finds the person
    } for person in archive.people]

    pages = [Page(ctx.paths.claim(PEOPLE_INDEX, "the search index"), "search", data=_script({"docs": people_docs}))]
    files, counts = [PEOPLE_INDEX], [len(people_docs)]
    for name, events in search_pieces(by_year):
        path = f"search/{name}.js"
        # Made when written, so that on a big archive the render workers share the work.
        pages.append(Page(ctx.paths.claim(path, "the search index"), "search",
                          produce=functools.partial(_events_script, events)))
        files.append(path)
        counts.append(len(events))
    manifest = {"budget": BUDGET_EVENTS, "counts": counts, "events": len(archive.events), "files": files,
                "people": len(archive.people)}
    pages.insert(0, Page(ctx.paths.claim(MANIFEST, "the search index"), "search", data=manifest_script(manifest)))
    return pages
