"""Every page of the built sample site passes the Nu HTML Checker (vnu.jar, installed
from the npm registry by the test command) with no errors."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from support import ROOT, run_cli

VNU = Path(os.environ.get("BIENNIEN_NODE_MODULES", ROOT / ".cache" / "npm" / "node_modules")) / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_page_is_valid_html(tmp_path):
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail(f"the Nu HTML Checker needs {VNU} and java: run scripts/test.sh, which installs them")
    run_cli("build", "--content", str(ROOT / "content" / "articles"), "--out", "site", cwd=tmp_path, check=True)
    pages = sorted(str(p) for p in (tmp_path / "site").rglob("*.html"))
    assert len(pages) == 16  # 5 events, 5 people, the index, 3 years, home, 404
    result = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--format", "gnu", *pages],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stderr == "" and result.stdout == "", result.stdout + result.stderr
