"""`biennien serve`: build, serve the site on this machine, rebuild on every change to
the articles, templates, assets or site.yaml, and reload the reader's page."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .errors import BiennienError


def site_files_handler():
    """livereload's static file handler, held to the site folder: any path that is not a
    file inside it (`..`, `%2e%2e`, `%2f`, doubled slashes, absolute paths, hidden files,
    symlinks out of the site, a NUL byte) is 404, never 403 or 500, so a request cannot
    even tell what exists outside. A 404 shows the site's own 404.html."""
    from livereload.handlers import StaticFileHandler
    from tornado import web

    class SiteFiles(StaticFileHandler):
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

    from .site.build import build, print_build_report

    def rebuild() -> None:
        try:
            print_build_report(build(root, content_dir, site_dir), site_dir)
        except BiennienError as exc:  # keep serving the last good site
            for line in str(exc).splitlines():
                print(f"error: {line}", file=sys.stderr)

    rebuild()
    server = Server()
    server.SFH = site_files_handler()
    for watched in (content_dir, root / "templates", root / "assets", root / "site.yaml", root / "people.yaml"):
        if watched.exists():
            server.watch(str(watched), rebuild, delay=0.3)
    print(f"serving {site_dir} at http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    server.serve(host=host, port=port, root=str(site_dir), default_filename="index.html", open_url_delay=None)
