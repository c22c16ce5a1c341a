"""`biennien serve`: build, serve the site on this machine, rebuild on every change to
the articles, templates, assets or site.yaml, and reload the reader's page."""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import BiennienError


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
    for watched in (content_dir, root / "templates", root / "assets", root / "site.yaml", root / "people.yaml"):
        if watched.exists():
            server.watch(str(watched), rebuild, delay=0.3)
    print(f"serving {site_dir} at http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    server.serve(host=host, port=port, root=str(site_dir), default_filename="index.html", open_url_delay=None)
