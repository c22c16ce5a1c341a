"""`biennien ingest`: raw articles (text or saved HTML) into reviewable Markdown files,
one per article, never overwriting a maintainer's hand edits.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..article import Article, dump_article, hand_edited, split_front_matter
from ..errors import BiennienError, SourceError
from ..vietnamese import normalise as normalise_text, slugify
from . import markdown_source
from .decode import read_source
from .layout import RawArticle
from .markdown_source import looks_like_markdown
from .normalise import to_article
from .text import read_text
from .vocabulary import Vocabulary, load_vocabulary

# Text, and saved pages: HTML (".xhtml", ".shtml" as some sites name them) and MHTML.
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mht", ".mhtml")
SUFFIXES = (".txt", *HTML_SUFFIXES)
_SOURCE_HASH = re.compile(r"^source_sha256:\s*([0-9a-f]{64})\s*$", re.MULTILINE)
_SPACES_RUN = re.compile("   *")  # (two spaces or more: written so, the pattern opens with both)


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
    front = markdown_source.front_matter(text) if text.startswith(("---", "\ufeff---")) else None
    if front:
        raw = _read_front_matter_page(front, path, vocabulary)
    elif path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        from .html import plain_document_text, read_html  # bs4 is only needed for HTML sources

        plain = plain_document_text(text)  # (a text in paragraphs, as Word saves it: read as the text)
        raw = read_text(plain, path, vocabulary) if plain is not None else read_html(text, path)
    elif looks_like_markdown(text):
        raw = read_text(markdown_source.plain_text(text), path, vocabulary)  # (a page kept as Markdown: read as its text)
        raw = markdown_source.titled_by_its_heading(raw, text)
    else:
        raw = read_text(text, path, vocabulary)
    if not raw.blocks:
        raise SourceError(path, "has no article text that could be read; check that it is a news article")
    article = to_article(raw, vocabulary)
    if not article.title:  # nothing left but a byline, credits or punctuation
        raise SourceError(path, "has no article text that could be read; check that it is a news article")
    article.source_sha256 = source_hash(text)
    return article


def _read_front_matter_page(front: markdown_source.FrontMatter, path: Path, vocabulary: Vocabulary) -> RawArticle:
    """Another site generator's page: its fields say the title, the date and the author, and
    its Markdown is read as a paste of the page would be, the author signing under the text
    (where a post after the name is read as his)."""
    from .people import participants

    header = [front.title] + ([f"{front.date.day:02d}/{front.date.month:02d}/{front.date.year}"] if front.date else [])
    footer = [front.author] if front.author else []
    body = markdown_source.plain_text(front.body).strip()
    raw = read_text("\n\n".join(header + ([front.sapo] if front.sapo else []) + [body] + footer) + "\n", path, vocabulary)
    title = normalise_text(front.title)  # (NFC and one spelling, as every line read is)
    raw.title, raw.kicker, raw.headlines = title, None, [title]
    if front.author and not raw.byline:
        named = participants([(front.author, False)], vocabulary)
        raw.byline = named[0].name if named else front.author
    return raw


# A page's source, or a block of a page's markup, kept under a text file's name.
_HTML_OPENING = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|td|article|section)>|<br\s*/?>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether a text file holds HTML: a page's source (saved as text, or a crawler's
    record of it), or a block of markup that opens on a tag and closes blocks."""
    if _HTML_OPENING.match(text):
        return True
    return text.lstrip().startswith("<") and len(_HTML_BLOCK_END.findall(text, 0, 20_000)) >= 3


def source_hash(text: str) -> str:
    """The same article from two files has the same hash, whatever the spacing."""
    spaced = text.replace("\n", " ")
    if spaced.isprintable():
        # No spacing but spaces and line ends (nearly every text; every other space is
        # unprintable): the runs of spaces made one, by a pattern that opens with two of
        # them, the same text as split and join, in two thirds of the time (no word made).
        if "  " in spaced:
            spaced = _SPACES_RUN.sub(" ", spaced)
        return hashlib.sha256(spaced.strip(" ").encode("utf-8")).hexdigest()
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _existing_outputs(out_dir: Path) -> dict[str, list[Path]]:
    """Every Markdown file under out_dir by the source hash it carries. Usually one file
    a hash; two when an ingest was killed between writing an article under a new name
    and removing its old file."""
    found: dict[str, list[Path]] = {}
    for path in sorted(out_dir.rglob("*.md")) if out_dir.is_dir() else []:
        split = split_front_matter(path.read_text(encoding="utf-8", errors="replace"))
        match = _SOURCE_HASH.search(split[0]) if split else None  # however long the front matter
        if match:
            found.setdefault(match.group(1), []).append(path)
    return found


def _target_path(out_dir: Path, article: Article, taken: set[Path], own: set[Path]) -> Path:
    """The article's path: its own earlier file, or a free name. Never a file another
    source wrote, nor one a maintainer wrote by hand."""
    folder = out_dir / (str(article.date.year) if article.date else "undated")
    stem = f"{article.date.isoformat()}-{slugify(article.title)}" if article.date else slugify(article.title)
    candidate, number = folder / f"{stem}.md", 2
    while candidate not in own and (candidate in taken or candidate.exists()):
        candidate, number = folder / f"{stem}-{number}.md", number + 1
    return candidate


_TEMP = re.compile(r"^\..+\.(\d+)\.tmp$")


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary name beside path, then rename: a reader (or a crash) never
    sees half a file. A process killed while writing leaves only the hidden temporary
    file, which no verb reads and the next ingest removes (remove_stale_temporaries)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(text.encode("utf-8"))
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def remove_stale_temporaries(out_dir: Path) -> None:
    """Remove the temporary files of ingests that were killed while writing (their
    process is gone); those of an ingest still running are left alone."""
    for temp in out_dir.rglob(".*.tmp") if out_dir.is_dir() else []:
        match = _TEMP.match(temp.name)
        if not match or not temp.is_file():
            continue
        try:
            os.kill(int(match.group(1)), 0)
        except ProcessLookupError:
            temp.unlink(missing_ok=True)
        except (OSError, OverflowError):
            continue  # alive but another user's, or no pid at all


def _write_problem(target: Path, exc: OSError) -> str:
    if isinstance(exc, (NotADirectoryError, FileExistsError)):
        reason = f"{exc.filename or 'a part of the path'} is a file where a folder is needed; move it away"
    else:
        reason = exc.strerror or str(exc)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            reason += "; free some space and run ingest again"
        elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason += "; check the folder's permissions, or choose another --out"
    return f"{target}: could not be written ({reason}); nothing there was changed"


# A full disk or a read-only file system stops the run: every later file would fail alike.
_STOPS_THE_RUN = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)


def ingest(sources: list[Path], out_dir: Path, force: bool = False, vocabulary: Vocabulary | None = None) -> IngestReport:
    if out_dir.exists() and not out_dir.is_dir():
        raise BiennienError(f"{out_dir}: is a file, not a folder; choose another --out")
    report = IngestReport()
    files, report.failed = find_sources(sources)
    remove_stale_temporaries(out_dir)
    existing = _existing_outputs(out_dir)
    taken = {path for paths in existing.values() for path in paths}
    seen: dict[str, Path] = {}
    for number, path in enumerate(files):
        try:
            article = read_raw_article(path, vocabulary)
        except BiennienError as exc:
            report.failed.append(str(exc))
            continue
        except (OSError, RecursionError, ArithmeticError, ValueError, LookupError) as exc:
            # A reading rule that fails on one odd file (a page dated 0001-01-01 whose lead
            # says 'hôm qua') costs that file one line, not the run.
            report.failed.append(f"{path}: could not be read ({exc.__class__.__name__}: {exc})")
            continue
        if article.source_sha256 in seen:
            report.duplicates.append((path, seen[article.source_sha256]))
            continue
        seen[article.source_sha256] = path
        article.source_file = path.as_posix()
        previous = {p: p.read_text(encoding="utf-8") for p in existing.get(article.source_sha256, []) if p.exists()}
        edited = [p for p, old_text in previous.items() if hand_edited(old_text)]
        if edited and not force:
            report.kept_edits.append(edited[0])
            continue
        taken.difference_update(previous)
        text = dump_article(article)
        same = next((p for p, old_text in previous.items() if old_text == text), None)
        if same:
            target = same
            report.unchanged.append(same)
        else:
            target = _target_path(out_dir, article, taken, own=set(previous))
            try:
                write_atomically(target, text)
            except OSError as exc:
                taken.update(previous)
                problem = _write_problem(target, exc)
                if exc.errno in _STOPS_THE_RUN:
                    left = len(files) - number - 1
                    report.failed.append(problem + (f"; ingest stopped, {left} more source(s) not read" if left else ""))
                    break
                report.failed.append(problem)
                continue
            report.written.append(target)
        taken.add(target)
        # Only now that the article is safe under its name: its older copies go.
        for old_path in previous:
            if old_path != target:
                old_path.unlink(missing_ok=True)
        if article.review:
            report.review[target] = article.review
        if article.unplaced:
            report.unplaced[target] = article.unplaced
    return report
