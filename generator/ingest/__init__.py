"""`biennien ingest`: raw articles (text or saved HTML) into reviewable Markdown files,
one per article, never overwriting a maintainer's hand edits.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article, dump_article, hand_edited
from ..errors import BiennienError, SourceError
from ..vietnamese import slugify
from .decode import read_source
from .normalise import to_article
from .text import read_text
from .vocabulary import Vocabulary, load_vocabulary

SUFFIXES = (".txt", ".html", ".htm")
_SOURCE_HASH = re.compile(r"^source_sha256:\s*([0-9a-f]{64})\s*$", re.MULTILINE)


@dataclass
class IngestReport:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    kept_edits: list[Path] = field(default_factory=list)
    duplicates: list[tuple[Path, Path]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    review: dict[Path, list[str]] = field(default_factory=dict)
    unplaced: dict[Path, list[str]] = field(default_factory=dict)
    """Names that look like people's but were not placed with a role, by written file."""


def find_sources(sources: list[Path]) -> tuple[list[Path], list[str]]:
    """Files to ingest, in a stable order, and errors for sources that are not there."""
    files, errors = [], []
    for source in sources:
        if source.is_dir():
            files += sorted(
                p for p in source.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in p.relative_to(source).parts)
            )
        elif source.is_file():
            if source.suffix.lower() in SUFFIXES:
                files.append(source)
            else:
                errors.append(f"{source}: not a .txt or .html article; give text or HTML files, or a folder of them")
        else:
            errors.append(f"{source}: no such file or folder")
    return list(dict.fromkeys(files)), errors


def read_raw_article(path: Path, vocabulary: Vocabulary | None = None) -> Article:
    """One source file to an Article (not yet written)."""
    vocabulary = vocabulary or load_vocabulary()
    text = read_source(path)
    if path.suffix.lower() in (".html", ".htm"):
        from .html import read_html  # bs4 is only needed for HTML sources

        raw = read_html(text, path)
    else:
        raw = read_text(text, path, vocabulary)
    if not raw.blocks:
        raise SourceError(path, "has no article text that could be read; check that it is a news article")
    article = to_article(raw, vocabulary)
    article.source_sha256 = source_hash(text)
    return article


def source_hash(text: str) -> str:
    """The same article from two files has the same hash, whatever the spacing."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _existing_outputs(out_dir: Path) -> dict[str, Path]:
    found = {}
    for path in sorted(out_dir.rglob("*.md")) if out_dir.is_dir() else []:
        match = _SOURCE_HASH.search(path.read_text(encoding="utf-8", errors="replace")[:4000])
        if match:
            found.setdefault(match.group(1), path)
    return found


def _target_path(out_dir: Path, article: Article, taken: set[Path], own: Path | None) -> Path:
    """The article's path: its own earlier file, or a free name. Never a file another
    source wrote, nor one a maintainer wrote by hand."""
    folder = out_dir / (str(article.date.year) if article.date else "undated")
    stem = f"{article.date.isoformat()}-{slugify(article.title)}" if article.date else slugify(article.title)
    candidate, number = folder / f"{stem}.md", 2
    while candidate != own and (candidate in taken or candidate.exists()):
        candidate, number = folder / f"{stem}-{number}.md", number + 1
    return candidate


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary name beside path, then rename: a reader (or a crash) never
    sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(text.encode("utf-8"))
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def ingest(sources: list[Path], out_dir: Path, force: bool = False, vocabulary: Vocabulary | None = None) -> IngestReport:
    if out_dir.exists() and not out_dir.is_dir():
        raise BiennienError(f"{out_dir}: is a file, not a folder; choose another --out")
    report = IngestReport()
    files, report.failed = find_sources(sources)
    existing = _existing_outputs(out_dir)
    taken = set(existing.values())
    seen: dict[str, Path] = {}
    for path in files:
        try:
            article = read_raw_article(path, vocabulary)
        except BiennienError as exc:
            report.failed.append(str(exc))
            continue
        except (OSError, RecursionError) as exc:
            report.failed.append(f"{path}: could not be read ({exc.__class__.__name__}: {exc})")
            continue
        if article.source_sha256 in seen:
            report.duplicates.append((path, seen[article.source_sha256]))
            continue
        seen[article.source_sha256] = path
        article.source_file = path.as_posix()
        previous = existing.get(article.source_sha256)
        if previous and previous.exists():
            old_text = previous.read_text(encoding="utf-8")
            if hand_edited(old_text) and not force:
                report.kept_edits.append(previous)
                continue
            taken.discard(previous)
        target = _target_path(out_dir, article, taken, own=previous)
        taken.add(target)
        text = dump_article(article)
        if previous and previous.exists() and previous.read_text(encoding="utf-8") == text:
            report.unchanged.append(previous)
        else:
            write_atomically(target, text)
            if previous and previous != target:
                previous.unlink(missing_ok=True)
            report.written.append(target)
        if article.review:
            report.review[target] = article.review
        if article.unplaced:
            report.unplaced[target] = article.unplaced
    return report
