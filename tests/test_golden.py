"""The sample site's HTML, byte for byte, against tests/golden/sample/. After an intended
change, regenerate it with `python tests/update_golden.py` and review the diff."""

from __future__ import annotations

import difflib

from update_golden import GOLDEN, build_sample


def test_sample_site_matches_the_golden_copy(tmp_path):
    site = build_sample(tmp_path)
    built = {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*.html"))}
    golden = {p.relative_to(GOLDEN).as_posix(): p for p in sorted(GOLDEN.rglob("*.html"))}
    assert sorted(built) == sorted(golden), "pages added or removed: run python tests/update_golden.py"
    for name, path in built.items():
        got, want = path.read_text(encoding="utf-8"), golden[name].read_text(encoding="utf-8")
        if got != want:
            diff = "".join(list(difflib.unified_diff(want.splitlines(True), got.splitlines(True), "golden", "built"))[:40])
            raise AssertionError(f"{name} differs from the golden copy (python tests/update_golden.py to accept):\n{diff}")
