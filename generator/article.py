"""The front matter contract between `ingest` and `build`: a typed Article, read with
every problem reported at once (file, line, field), and written deterministically.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import ArticleError, FieldProblem
from .settings_file import alias_problem
from .vietnamese import normalise


@dataclass(frozen=True)
class Participant:
    name: str
    """A person's full name, NFC, tone marks unified ('Lâm Thị Phương Thanh')."""
    role: str
    """The role held at this event, as written at its fullest mention."""


@dataclass
class Article:
    title: str
    """The headline (derived from the lead when the text had none: see title_derived)."""
    date: dt.date | None
    """The day the event happened; None only while a maintainer has yet to set it."""
    body: str = ""
    """Markdown. Captions of removed photos are <figure><figcaption> blocks."""
    title_derived: bool = False
    """True when the text had no headline and ingest made one from the lead."""
    kicker: str | None = None
    """The line above the headline, where there is one."""
    page_date: dt.date | None = None
    """The dated header line of the page (or its publication date), not the event's."""
    byline: str | None = None
    """The author as a name in normal case."""
    source: str | None = None
    """The outlet, where the text says it."""
    participants: list[Participant] = field(default_factory=list)
    """Every person named with a role, in order of first mention."""
    review: list[str] = field(default_factory=list)
    """Fields a maintainer should check: inferred, ambiguous or missing."""
    source_file: str | None = None
    """The raw file this was ingested from."""
    source_sha256: str | None = None
    """Hash of the raw article's normalised text: finds this file again on re-ingest."""
    ingest_sha256: str | None = None
    """Hash of the file as ingest wrote it: a different hash means a hand edit."""
    path: Path | None = None
    """Where the article was read from (not part of the front matter)."""
    unplaced: list[str] = field(default_factory=list)
    """Names ingest saw but could not place with a role (not part of the front matter:
    ingest's summary lists them, and 'participants' in review says to look)."""


FIELDS = (
    "title", "title_derived", "kicker", "date", "page_date", "byline", "source",
    "participants", "review", "source_file", "source_sha256", "ingest_sha256",
)
_DATE_FIELDS = ("date", "page_date")
_TEXT_FIELDS = ("kicker", "byline", "source", "source_file", "source_sha256", "ingest_sha256")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_HASH_LINE = re.compile(r"^ingest_sha256:.*\n", re.MULTILINE)


class _TextLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when present: 4x faster
    """SafeLoader that leaves timestamps as text: a date is a calendar date, and
    PyYAML would shift '2019-10-04 01:00+07:00' to the previous day in UTC."""


_TextLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """(front matter, body, line where the body starts), or None without '---'."""
    if not text.startswith("---"):
        return None
    match = re.match(r"---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|$)", text, re.DOTALL)
    if not match:
        return None
    front = match.group(1) or ""
    return front, text[match.end():], front.count("\n") + 2


def parse_article(text: str, path: Path) -> Article:
    """Read one Markdown article; raise ArticleError listing every problem in it."""
    split = split_front_matter(text)
    if split is None:
        raise ArticleError(path, [FieldProblem(1, None, "no front matter: the file must start with a line '---', then YAML, then '---'")])
    front, body, _ = split
    values = _plain_front(front)
    problems: list[FieldProblem] = []
    unreadable: set[str] = set()
    if values is None:
        values, problems, unreadable = _yaml_front(front, path)
    article = Article(title="", date=None, body=body, path=path)
    _read_fields(article, values, problems, unreadable)
    if problems:
        raise ArticleError(path, problems)
    return article


def _yaml_front(front: str, path: Path) -> tuple[dict[str, tuple[object, int]], list[FieldProblem], set[str]]:
    """The front matter's {field: (value, line)} as YAML reads it, the problems of its
    fields and the fields that could not be read; ArticleError where it is not YAML."""
    line_of = _lines(front)
    try:
        root = yaml.compose(front, Loader=_TextLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = line_of(mark.index) if mark else 1
        if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, int):
            line = line_of(front.find(chr(exc.character)))  # its position may count bytes
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ArticleError(path, [FieldProblem(line, None, f"front matter is not valid YAML: {problem}")]) from None
    except RecursionError:
        raise ArticleError(path, [FieldProblem(2, None, "front matter is nested too deeply; write each field as text or a flat list")]) from None
    if root is None:
        root = yaml.MappingNode("tag:yaml.org,2002:map", [])
    if not isinstance(root, yaml.MappingNode):
        raise ArticleError(path, [FieldProblem(2, None, "front matter must be a mapping of 'field: value' lines")])

    loader = _TextLoader("")
    problems: list[FieldProblem] = []
    values: dict[str, tuple[object, int]] = {}
    unreadable: set[str] = set()
    aliased = "*" in front  # no alias without one: the common case skips the count
    for key_node, value_node in root.value:
        line = line_of(key_node.start_mark.index)
        if not isinstance(key_node, yaml.ScalarNode):
            problems.append(FieldProblem(line, None, "a field's name must be a word such as 'title', not a list or a mapping"))
            continue
        key = key_node.value
        if key not in FIELDS:
            problems.append(FieldProblem(line, _shown_key(key), f"unknown field; the fields are: {', '.join(FIELDS)}"))
            continue
        if key in values or key in unreadable:
            problems.append(FieldProblem(line, key, "given twice"))
            continue
        # Aliases are read without expanding them, so a billion laughs is refused here
        # and never built; tags PyYAML cannot construct are one problem, not a traceback.
        problem = alias_problem(value_node) if aliased else None
        if problem is None:
            try:
                values[key] = (loader.construct_object(value_node, deep=True), line)
                continue
            except RecursionError:
                problem = "is nested too deeply; write it as text or a flat list"
            except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
                detail = getattr(exc, "problem", None) or str(exc).splitlines()[0]
                problem = f"cannot be read: {detail}; write plain text, without a '!!' tag"
        unreadable.add(key)
        problems.append(FieldProblem(line, key, problem))
    return values, problems, unreadable


# Front matter as `dump_article` writes it: one field a line, each value a plain scalar
# (or "[]"), participants and review as block lists right under their field. Read without
# YAML's nodes, a fifth of the cost: ten thousand articles spent a second of CPU in them.
# Anything else (a quoted or folded value, a flow list, a comment, a tag, an anchor, an
# unknown or repeated field, a value YAML reads as a number) goes to YAML itself, and
# tests/test_plain_front.py holds the two equal.
_FIELD_LINE = re.compile(r"([a-z_0-9]+):(?: (.*))?")
_ENTRY_LINE = re.compile(r"(- |  )(name|role): (.*)")
_ITEM_LINE = re.compile(r"- (.*)")
# What may not begin a plain scalar that reads as itself: YAML's indicators, and space.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_STR = "tag:yaml.org,2002:str"
_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_BOOLS = {"true": True, "false": False}


def _plain_scalar(text: str, loader):
    """The value of text as a plain scalar of one line, or a single-quoted one (the
    dumper quotes a title holding ': '): (True, value), or (False, None) where YAML might
    read it otherwise than this does."""
    if text[:1] == "'":
        inner = text[1:-1]
        if len(text) >= 2 and text[-1] == "'" and "'" not in inner.replace("''", "") and inner.isprintable():
            return True, inner.replace("''", "'")  # (a quoted scalar is text, never resolved)
        return False, None
    if (not text or text[0] in _INDICATORS or text[-1] == " " or text[-1] == ":" or ": " in text or " #" in text
            or not text.isprintable()):
        # (isprintable() is False for every line break YAML knows, tabs, controls, a BOM)
        return False, None
    tag = loader.resolve(yaml.ScalarNode, text, (True, False))
    if tag == _STR:
        return True, text
    if tag == _NULL:
        return True, None
    if tag == _BOOL and text in _BOOLS:
        return True, _BOOLS[text]
    return False, None  # a number, another spelling of a boolean, '<<' or '='


def _plain_front(front: str) -> dict | None:
    """parse_article's {field: (value, line)} of front matter written like dump_article's,
    without YAML's nodes; None for anything else."""
    lines = front.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    loader = _TextLoader("")
    values: dict[str, tuple[object, int]] = {}
    index, count = 0, len(lines)
    while index < count:
        found = _FIELD_LINE.fullmatch(lines[index])
        if found is None:
            return None
        key, text = found.groups()
        if key not in FIELDS or key in values:
            return None
        line = index + 2
        index += 1
        if text == "[]" and key in ("participants", "review"):
            values[key] = ([], line)
            continue
        if text is not None:
            ok, value = _plain_scalar(text, loader)
            if not ok:
                return None
            values[key] = (value, line)
            continue
        if index < count and lines[index].startswith("-"):
            if key == "participants":
                entries: list[dict] = []
                while index < count and lines[index][:1] in ("-", " "):
                    entry = _ENTRY_LINE.fullmatch(lines[index])
                    if entry is None:
                        return None
                    start, name, text = entry.groups()
                    if start == "- ":
                        entries.append({})
                    elif not entries or name in entries[-1]:
                        return None
                    ok, value = _plain_scalar(text, loader)
                    if not ok:
                        return None
                    entries[-1][name] = value
                    index += 1
                values[key] = (entries, line)
            elif key == "review":
                items = []
                while index < count and lines[index][:1] in ("-", " "):
                    item = _ITEM_LINE.fullmatch(lines[index])
                    if item is None:
                        return None
                    ok, value = _plain_scalar(item.group(1), loader)
                    if not ok:
                        return None
                    items.append(value)
                    index += 1
                values[key] = (items, line)
            else:
                return None
        elif index < count and lines[index][:1] == " ":
            return None  # (an indented block under the field)
        else:
            values[key] = (None, line)
    return values or None


def _lines(front: str):
    """The file's line of a character of the front matter (+1 for 1-based, +1 for the
    opening '---'), counted by '\n' as editors do: YAML also breaks lines at U+2028."""
    breaks = [match.start() for match in re.finditer("\n", front)]
    return lambda index: bisect.bisect_left(breaks, index) + 2


def _shown(value: object, limit: int = 60) -> str:
    """A value as one short line of an error message: never the whole of a huge value."""
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return "a mapping" if isinstance(value, dict) else "a list"
    if isinstance(value, int) and value.bit_length() > 200:
        return "a number of more than 60 digits"
    text = repr(value[:limit + 1] if isinstance(value, (str, bytes)) else value)
    return text if len(text) <= limit + 2 else text[:limit - 3] + "…"


def _shown_key(key: str) -> str:
    """An unknown field's name as written, quoted where it holds a line break or is long."""
    return key if key.isprintable() and len(key) <= 60 else _shown(key)


def _read_fields(article: Article, values: dict, problems: list[FieldProblem], unreadable: set[str]) -> None:
    def line_of(key: str) -> int:
        return values[key][1] if key in values else 1

    raw_title = values.get("title", (None, 1))[0]
    title = _as_text(raw_title)
    if "title" in unreadable:
        pass  # its problem is already said
    elif raw_title is not None and title is None:
        problems.append(FieldProblem(line_of("title"), "title", "must be text: the headline"))
    elif not title or not title.strip():
        problems.append(FieldProblem(line_of("title"), "title", "missing; every article needs a headline"))
    else:
        article.title = title.strip()

    for key in _DATE_FIELDS:
        raw = values.get(key, (None, 1))[0]
        if raw is None or raw == "":
            continue
        parsed = _parse_date(raw)
        if parsed is None:
            problems.append(FieldProblem(line_of(key), key, f"{_shown(raw)} is not a date; write it as YYYY-MM-DD"))
        else:
            setattr(article, key, parsed)
    if "date" not in unreadable and ("date" not in values or values["date"][0] in (None, "")):
        problems.append(FieldProblem(line_of("date"), "date", "missing; set the day the event happened as YYYY-MM-DD"))

    for key in _TEXT_FIELDS:
        raw = values.get(key, (None, 1))[0]
        if raw is None:
            continue
        text = _as_text(raw)
        if text is None:
            problems.append(FieldProblem(line_of(key), key, "must be text"))
        else:
            setattr(article, key, text.strip() or None)

    derived = values.get("title_derived", (False, 1))[0]
    if derived not in (None, "", True, False):
        problems.append(FieldProblem(line_of("title_derived"), "title_derived", "must be true or false"))
    else:
        article.title_derived = bool(derived)

    raw_people = values.get("participants", (None, 1))[0]
    if raw_people is not None:
        if not isinstance(raw_people, list):
            problems.append(FieldProblem(line_of("participants"), "participants", "must be a list of entries with a name and a role"))
        else:
            seen: set[str] = set()
            for index, entry in enumerate(raw_people, start=1):
                if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
                    problems.append(FieldProblem(line_of("participants"), "participants", f"entry {index} needs a name: write '- {{name: \"…\", role: \"…\"}}'"))
                    continue
                extra = sorted(_shown_key(key) if isinstance(key, str) else _shown(key) for key in entry if key not in ("name", "role"))
                if extra:
                    problems.append(FieldProblem(line_of("participants"), "participants", f"entry {index} has unknown keys: {', '.join(extra)}"))
                    continue
                role = _as_text(entry.get("role") or "")
                if role is None:
                    problems.append(FieldProblem(line_of("participants"), "participants", f"entry {index} has a role that is not text; write it as one line of text"))
                    continue
                name = entry["name"].strip()
                if normalise(name) in seen:
                    problems.append(FieldProblem(line_of("participants"), "participants", f"entry {index} repeats {_shown_key(name)}; list each person once, with the role they held"))
                    continue
                seen.add(normalise(name))
                article.participants.append(Participant(name, role.strip()))

    review = values.get("review", (None, 1))[0]
    if review is not None:
        if not isinstance(review, list) or not all(isinstance(item, str) for item in review):
            problems.append(FieldProblem(line_of("review"), "review", "must be a list of field names"))
        else:
            article.review = list(review)


def _as_text(raw: object) -> str | None:
    """A scalar as text ('title: 1984' is a number to YAML), or None for anything else."""
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        return None
    try:
        return str(raw)
    except ValueError:  # an integer of more than 4300 digits
        return None


def _parse_date(raw: object) -> dt.date | None:
    if isinstance(raw, dt.date):
        return raw if not isinstance(raw, dt.datetime) else raw.date()
    if not isinstance(raw, str):  # the loader leaves dates as text: a number is never one
        return None
    match = _ISO_DATE.match(raw.strip())
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def read_article(path: Path) -> Article:
    return article_from_bytes(path.read_bytes(), path)


def article_text(data: bytes) -> str:
    """An article file's bytes as the text parse_article reads (UnicodeDecodeError where
    they are not UTF-8)."""
    text = data.decode("utf-8-sig")  # editors on Windows may add a BOM
    # Universal newlines, as reading the file as text gives them.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_from_bytes(data: bytes, path: Path) -> Article:
    try:
        text = article_text(data)
    except UnicodeDecodeError:
        raise ArticleError(path, [FieldProblem(1, None, "not UTF-8; save the file as UTF-8")]) from None
    return parse_article(text, path)


def dump_article(article: Article) -> str:
    """The Markdown file for an article, ending in the hash that detects hand edits."""
    front: dict[str, object] = {"title": article.title}
    if article.title_derived:
        front["title_derived"] = True
    front.update(
        kicker=article.kicker,
        date=article.date,
        page_date=article.page_date,
        byline=article.byline,
        source=article.source,
        participants=[{"name": p.name, "role": p.role} for p in article.participants],
        review=list(article.review),
        source_file=article.source_file,
        source_sha256=article.source_sha256,
    )
    yaml_text = yaml.dump(
        front, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=False
    )
    body = re.sub(r"\r\n?", "\n", article.body).strip()  # as a reader of the file sees it
    text = f"---\n{yaml_text}---\n\n{body}\n"
    digest = content_hash(text)
    return text.replace("\n---\n\n", f"\ningest_sha256: {digest}\n---\n\n", 1)


def content_hash(text: str) -> str:
    """Hash of a Markdown file without its own ingest_sha256 line."""
    return hashlib.sha256(_HASH_LINE.sub("", text).encode("utf-8")).hexdigest()


def hand_edited(text: str) -> bool:
    """True when the file no longer matches the hash ingest wrote into it."""
    match = re.search(r"^ingest_sha256:\s*([0-9a-f]{64})\s*$", text, re.MULTILINE)
    return match is None or match.group(1) != content_hash(text)
