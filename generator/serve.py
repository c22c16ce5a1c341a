"""`biennien serve`: build, serve the site on this machine, rebuild on every change to
the articles, templates, assets, site.yaml or people.yaml, and reload the reader's page;
while a rebuild fails, every page shows its error instead."""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from .errors import BiennienError


_ERROR_PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lỗi khi dựng trang</title>
<style>body{{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}}
pre{{background:#fff3f3;border-left:4px solid #b00020;padding:1rem;white-space:pre-wrap}}</style></head>
<body><h1>Lỗi khi dựng trang</h1>
<p>The last rebuild failed; the site below is not updated. Fix the file named here and
save: this page reloads by itself.</p>
<pre>{errors}</pre></body></html>
"""


def error_page(errors: list[str]) -> bytes:
    return _ERROR_PAGE.format(errors=html.escape("\n".join(errors))).encode("utf-8")


def site_files_handler(state: dict):
    """livereload's static file handler, held to the site folder: any path that is not a
    file inside it (`..`, `%2e%2e`, `%2f`, doubled slashes, absolute paths, hidden files,
    symlinks out of the site, a NUL byte) is 404, never 403 or 500, so a request cannot
    even tell what exists outside. A 404 shows the site's own 404.html."""
    from livereload.handlers import StaticFileHandler
    from tornado import web

    class SiteFiles(StaticFileHandler):
        def get(self, path: str, include_body: bool = True):
            # While the last rebuild failed, every page shows why (and reloads when fixed).
            errors = state["errors"]
            if errors and (path == "" or path.endswith(("/", ".html"))):
                self.set_status(500)
                self.set_header("Content-Type", "text/html; charset=UTF-8")
                self.set_header("Cache-Control", "no-store")
                return self.finish(error_page(errors))
            return super().get(path, include_body)

        def parse_url_path(self, url_path: str) -> str:
            # url_path is already percent-decoded: '%2e%2e%2f' arrives as '../'.
            segments = url_path.split("/")
            if ("\\" in url_path or "\0" in url_path
                    or any(not s or s.startswith(".") for s in segments[:-1])
                    or segments[-1].startswith(".")):
                raise web.HTTPError(404)
            return super().parse_url_path(url_path)

        def validate_absolute_path(self, root: str, absolute_path: str) -> str | None:
            real_root, real = os.path.realpath(root), os.path.realpath(absolute_path)
            if real != real_root and not real.startswith(real_root + os.sep):
                raise web.HTTPError(404)
            try:
                return super().validate_absolute_path(root, absolute_path)
            except web.HTTPError as exc:
                if exc.status_code == 403:
                    raise web.HTTPError(404) from None
                raise

        def write_error(self, status_code: int, **kwargs) -> None:
            page = Path(self.root) / "404.html"
            if status_code == 404 and page.is_file():
                self.set_header("Content-Type", "text/html; charset=UTF-8")
                self.finish(page.read_bytes())
            else:
                super().write_error(status_code, **kwargs)

    return SiteFiles


def serve(root: Path, content_dir: Path, site_dir: Path, host: str, port: int) -> None:
    from livereload import Server

    from .site.build import build, build_inputs, print_build_report

    state: dict = {"errors": []}

    def rebuild() -> None:
        try:
            print_build_report(build(root, content_dir, site_dir), site_dir)
            state["errors"] = []
        except BiennienError as exc:  # keep the last good site; the browser shows why
            state["errors"] = str(exc).splitlines()
            for line in state["errors"]:
                print(f"error: {line}", file=sys.stderr)

    rebuild()
    server = Server()
    server.SFH = site_files_handler(state)
    # Watched even before they exist: a templates/ folder or a people.yaml made while
    # serving is picked up.
    for watched in build_inputs(root, content_dir):
        server.watch(str(watched), rebuild, delay=0.3)
    print(f"serving {site_dir} at http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    server.serve(host=host, port=port, root=str(site_dir), default_filename="index.html", open_url_delay=None)
