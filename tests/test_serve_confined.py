"""`serve` serves the site folder and nothing else, and only to this machine unless told
otherwise: the real `biennien serve`, asked for paths that try to leave the site."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support import ROOT, write_files

SECRET = "BÍ MẬT: không được phục vụ tệp này"

ESCAPES = [
    "/../secret.txt", "/../../secret.txt", "/./../secret.txt", "/su-kien/../../secret.txt",
    "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e%2e%2fsecret.txt",
    "/..%2fsecret.txt", "/..%2f..%2fsecret.txt", "/nguoi/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
    "/etc/passwd", "//etc/passwd", "///etc/passwd", "/%2fetc/passwd", "/%2Fetc%2Fpasswd",
    "/..%2f..%2fetc/passwd", "/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd", "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/../../../../../../etc/passwd", "/..", "/%2e%2e", "/.", "/.biennien", "/index.html%00", "/index.html%00.txt",
    "//index.html", "/assets//style.css",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path)  # sent as written: no client-side normalising
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as /proc/net/tcp* write them) listening on port."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.append(address)
    return found


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = tmp_path_factory.mktemp("serve")
    write_files(project, {
        "content/articles/a.md": "---\ntitle: Bài đầu tiên\ndate: 2020-01-01\n---\n\nNội dung.\n",
        "secret.txt": SECRET,
    })
    port = _free_port()
    log = open(project / "serve.log", "w")  # a file, not a pipe nobody reads: the server logs every 404
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--port", str(port)],  # no --host: the default
        cwd=project, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if _get(port, "/index.html")[0] == 200:
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        yield project, port, server
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.mark.parametrize("path", ESCAPES)
def test_a_path_out_of_the_site_is_not_found(served, path):
    project, port, _ = served
    status, body = _get(port, path)
    assert status == 404, f"{path} gave {status}"
    assert SECRET.encode() not in body and b"root:x:0:0" not in body
    assert "Không tìm thấy trang".encode() in body, "the site's own 404 page"


def test_an_absolute_path_to_a_file_outside_is_not_found(served):
    project, port, _ = served
    secret = (project / "secret.txt").resolve().as_posix()
    for path in (secret, "/" + secret, secret.replace("/", "%2f")):
        status, body = _get(port, path)
        assert status == 404 and SECRET.encode() not in body, path


def test_the_site_itself_is_served(served):
    _, port, _ = served
    assert _get(port, "/")[0] == 200
    status, body = _get(port, "/su-kien/a/index.html")
    assert status == 200 and "Bài đầu tiên".encode() in body
    assert _get(port, "/assets/style.css")[0] == 200


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads listening sockets from /proc")
def test_it_listens_on_127_0_0_1_by_default(served):
    _, port, server = served
    assert _listening(port) == ["0100007F"], "127.0.0.1 only, not every interface"
