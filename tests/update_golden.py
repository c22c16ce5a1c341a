"""Regenerate the golden copy of the sample site's HTML: `python tests/update_golden.py`.
Run it after an intended change to templates or rendering, and review the diff."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from support import ROOT, run_cli  # noqa: E402

GOLDEN = Path(__file__).resolve().parent / "golden" / "sample"


def build_sample(into: Path) -> Path:
    run_cli("build", "--content", str(ROOT / "content" / "articles"), "--out", "site", cwd=into, check=True)
    return into / "site"


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        site = build_sample(Path(work))
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for page in sorted(site.rglob("*.html")):
            target = GOLDEN / page.relative_to(site)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)
    print(f"wrote {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
