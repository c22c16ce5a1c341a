"""`biennien zip`: the built site as one zip a reader unzips and opens from disk.
Deterministic: the same site gives the same bytes (fixed times, order and modes)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from .errors import BiennienError

# 1980-01-01, the earliest time a zip can hold, unless SOURCE_DATE_EPOCH says otherwise.
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _timestamp() -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return _ZIP_EPOCH
    import datetime as dt

    if not epoch.strip().isdigit():
        raise BiennienError(f"SOURCE_DATE_EPOCH={epoch!r}: must be a whole number of seconds since 1970")
    # A zip holds dates from 1980 to 2107.
    seconds = min(max(int(epoch), 315532800), 4354819199)
    moment = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second // 2 * 2)


def zip_site(site_dir: Path, out: Path, folder: str) -> int:
    """Write site_dir into out under folder/; return the number of files."""
    files = sorted(
        p for p in site_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(site_dir).parts)
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = out.with_name(f".{out.name}.tmp")
    stamp = _timestamp()
    with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in files:
            info = zipfile.ZipInfo(f"{folder}/{path.relative_to(site_dir).as_posix()}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # Unix, whatever machine made it
            archive.writestr(info, path.read_bytes(), compresslevel=9)
    os.replace(temp, out)
    return len(files)


def site_is_stale(site_dir: Path, inputs: list[Path]) -> bool:
    """True when the site is missing or any input changed after it was built (the time
    of its marker file, which every build sets: an incremental build leaves the pages it
    did not change as they were, index.html included)."""
    from .site.output import MARKER

    index, marker = site_dir / "index.html", site_dir / MARKER
    if not index.exists():
        return True
    built = (marker if marker.exists() else index).stat().st_mtime
    for root in inputs:
        if root.is_file() and root.stat().st_mtime > built:
            return True
        # Folders too: removing an article changes its folder's time, not any file's.
        if root.is_dir() and any(p.stat().st_mtime > built for p in [root, *root.rglob("*")]):
            return True
    return False
