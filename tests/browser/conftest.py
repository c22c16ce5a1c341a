"""The sample site in a real browser (Debian's Chromium driven by Playwright), two ways:
served over http://127.0.0.1 under a sub-path, and unzipped from `biennien zip` and
opened from file:// with no server."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from support import ROOT, run_cli

CHROMIUM = Path(os.environ.get("BIENNIEN_CHROMIUM", "/usr/bin/chromium"))
NODE_MODULES = Path(os.environ.get("BIENNIEN_NODE_MODULES", ROOT / ".cache" / "npm" / "node_modules"))
ARTIFACTS = Path(os.environ.get("BIENNIEN_ARTIFACTS", ROOT / "test-artifacts"))
SUB_PATH = "/luu-tru/bien-nien/"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _require(path: Path, what: str) -> Path:
    if not path.exists():
        pytest.fail(f"{what} not found at {path}: run the test command from the README (scripts/test.sh), which installs it")
    return path


@pytest.fixture(scope="session")
def sample_zip(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("zip")
    shutil.copytree(ROOT / "content" / "articles", work / "content" / "articles")
    run_cli("zip", "--out", "bien-nien.zip", cwd=work, check=True)
    return work / "bien-nien.zip"


@pytest.fixture(scope="session")
def unzipped_site(sample_zip, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(sample_zip) as archive:
        archive.extractall(target)
    return target / "bien-nien"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def served_site(unzipped_site, tmp_path_factory):
    """The same site served by a plain static server under a sub-path."""
    www = tmp_path_factory.mktemp("www")
    shutil.copytree(unzipped_site, www / SUB_PATH.strip("/"))
    with static_server(www) as base:
        yield base.rstrip("/") + SUB_PATH


@contextlib.contextmanager
def static_server(directory: Path):
    """A plain static server of directory on a free local port, once it answers: its base
    URL, ending in '/'."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(directory)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(base, timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("the static server did not start")
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(params=["http", "file"])
def site_url(request, served_site, unzipped_site) -> str:
    """The site's base URL, ending in '/', served or opened from disk."""
    if request.param == "http":
        return served_site
    return unzipped_site.as_uri() + "/"


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    _require(CHROMIUM, "Chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page whose requests, failures and console errors are recorded."""

    def __init__(self, page, base: str):
        self.page, self.base = page, base
        self.requests: list[str] = []
        self.problems: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        # ERR_ABORTED is a request cut short by the next navigation, not a broken resource.
        page.on("requestfailed", lambda r: "ERR_ABORTED" not in (r.failure or "") and self.problems.append(f"request failed: {r.url} {r.failure}"))
        page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))
        page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(f"console {m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))

    def outside(self) -> list[str]:
        """Requests to anything but the site itself."""
        return [url for url in self.requests if not url.startswith(self.base) and not url.startswith("data:")]


@pytest.fixture
def watched(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield Watched(page, site_url)
    context.close()
