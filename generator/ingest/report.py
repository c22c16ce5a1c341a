"""What `ingest` tells the maintainer at the end: written, skipped, failed, to review."""

from __future__ import annotations

import sys

from . import IngestReport


def print_report(report: IngestReport) -> int:
    """Print the outcome; the exit code is 1 when any source failed."""
    for message in report.failed:
        print(f"error: {message}", file=sys.stderr)
    for path, first in report.duplicates:
        print(f"skipped {path}: the same article as {first}")
    for path in report.kept_edits:
        print(f"kept {path}: edited by hand since ingest wrote it (use --force to overwrite)")
    for path in report.written:
        print(f"wrote {path}")
    skipped = len(report.duplicates) + len(report.kept_edits) + len(report.unchanged)
    print(
        f"{len(report.written)} written, {skipped} skipped "
        f"({len(report.unchanged)} unchanged, {len(report.kept_edits)} edited by hand, "
        f"{len(report.duplicates)} duplicates), {len(report.failed)} failed"
    )
    if report.review:
        print("to review:")
        for path, fields in sorted(report.review.items()):
            names = report.unplaced.get(path)
            unplaced = f" (named without a role: {', '.join(names)})" if names else ""
            print(f"  {path}: {', '.join(fields)}{unplaced}")
    return 1 if report.failed else 0
