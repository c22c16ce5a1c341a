"""`biennien serve`: build, serve the site on this machine, rebuild on every change to
the articles, templates, assets, site.yaml or people.yaml, and reload the reader's page;
while a rebuild fails, every page shows its error instead."""

from __future__ import annotations

import contextlib
import gc
import html
import os
import sys
import time
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


# Seconds after a rebuild, once the reloaded page has been served, before the collector runs.
_COLLECT_AFTER = 1.0


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


def notified_watcher(since_ns: int = 0):
    """livereload's registry of watched paths, told of changes by the system (watchfiles:
    inotify on Linux, FSEvents on macOS) instead of looking at every file each 0.8 s: a
    save is seen within a few milliseconds, and a big archive costs nothing while nothing
    changes. Where the system cannot tell, watchfiles polls. Once the system watches,
    what changed since since_ns (the first build's start) is looked for once: a save made
    while the watches were being set up is not lost."""
    import threading

    from livereload.watcher import Watcher
    from tornado import ioloop

    class NotifiedWatcher(Watcher):
        def __init__(self) -> None:
            super().__init__()
            self._changed: set[str] = set()
            self._lock = threading.Lock()
            self.stop = threading.Event()

        def _under(self, path: str) -> list[str]:
            """The watched paths (folders or files) that hold path."""
            return [task for task in self._tasks if path == task or path.startswith(task.rstrip(os.sep) + os.sep)]

        def start(self, callback) -> bool:
            self._callback, self._loop = callback, ioloop.IOLoop.current()
            tasks = [os.path.abspath(task) for task in self._tasks]
            self._tasks = {os.path.abspath(task): item for task, item in self._tasks.items()}
            # Watched folders (content/, templates/, assets/) recursively; the folders that
            # hold a watched file or a folder yet to come (site.yaml, people.yaml in the
            # project) on their own, not the project's whole tree with its site/ and .git.
            folders = [task for task in tasks if os.path.isdir(task)]
            folders = [f for f in folders if not any(f != o and f.startswith(o + os.sep) for o in folders)]
            holders = sorted({os.path.dirname(task) for task in tasks if not os.path.isdir(task)})
            holders = [h for h in holders if os.path.isdir(h) and not any(h == f or h.startswith(f + os.sep) for f in folders)]
            self._folder_stops: dict[str, threading.Event] = {}
            for folder in folders:
                self._watch_folder(folder)
            if holders:
                self._watch(holders, recursive=False, stop=self.stop)
            return True

        def _watch_folder(self, folder: str) -> None:
            """Watch a folder task recursively, again if it was made anew (its old watch
            went with the old folder)."""
            previous = self._folder_stops.pop(folder, None)
            if previous:
                previous.set()
            self._folder_stops[folder] = stop = threading.Event()
            self._watch([folder], recursive=True, stop=stop)

        def _watch(self, roots: list[str], recursive: bool, stop: threading.Event) -> None:
            import watchfiles

            def watch() -> None:
                caught_up = False
                for changes in watchfiles.watch(*roots, watch_filter=lambda _, path: bool(self._under(path)),
                                                debounce=50, step=20, stop_event=_either(stop, self.stop), raise_interrupt=False,
                                                yield_on_timeout=True, rust_timeout=200, recursive=recursive):
                    if not changes and not caught_up:  # the first quiet moment: the watches are set
                        caught_up = True
                        changes = {(None, path) for path in self._changed_since(since_ns)}
                    for change, path in changes:
                        if change == watchfiles.Change.added and path in self._tasks and os.path.isdir(path):
                            self._watch_folder(path)  # templates/ made while serving
                    if changes:
                        with self._lock:
                            self._changed.update(path for _, path in changes)
                        self._loop.add_callback(self._callback)

            threading.Thread(target=watch, name="biennien-watch", daemon=True).start()

        def _changed_since(self, since: int) -> list[str]:
            """Watched files and folders whose time is since or later (a folder's time
            moves when a file in it comes or goes)."""
            paths = []
            for task in list(self._tasks):
                paths.append(task)
                for folder, _, files in os.walk(task):  # nothing for a file, or what is not there
                    paths += [folder, *(os.path.join(folder, name) for name in files)]
            found = []
            for path in paths:
                try:
                    if os.stat(path).st_mtime_ns >= since:
                        found.append(path)
                except OSError:
                    pass
            return found

        def examine(self):
            with self._lock:
                changed, self._changed = sorted(self._changed), set()
            if not changed:
                # livereload's own queue ("__livereload__" at start-up), read only when no
                # save waits: its first entry must not swallow the first edit.
                return self._changes.pop() if self._changes else (None, None)
            self.filepath = changed[0]
            delays, done = set(), set()
            for path in changed:
                for task in self._under(path):
                    item = self._tasks[task]
                    if isinstance(item["delay"], float):
                        delays.add(item["delay"])
                    if item["func"] and item["func"] not in done:  # one rebuild for a batch of changes
                        done.add(item["func"])
                        item["func"]()
            return self.filepath, (max(delays) if delays else None)

    class _either:
        """Set when either event is: a folder's own watch ends with it, or with serve."""

        def __init__(self, first: threading.Event, second: threading.Event) -> None:
            self.events = (first, second)

        def is_set(self) -> bool:
            return any(event.is_set() for event in self.events)

    return NotifiedWatcher()


def serve(root: Path, content_dir: Path, site_dir: Path, host: str, port: int) -> None:
    from livereload import Server
    from livereload.handlers import LiveReloadHandler
    from tornado import ioloop

    # livereload drops a reload that comes within 3 s of the last one (or of the page's
    # connection), so a second save soon after the first never showed. The watcher above
    # already makes one rebuild of a batch of changes, and the reload is sent once that
    # rebuild is on disk: no throttle, no delay.
    LiveReloadHandler.DEFAULT_RELOAD_TIME = 0

    from .site.build import build, build_inputs, print_build_report
    from .site.cache import LoadCache

    state: dict = {"errors": []}

    def collect() -> None:
        gc.enable()
        gc.collect()

    def rebuild() -> None:
        # The collector stays off until the browser has the page: a build leaves
        # reference cycles (parse trees) that only it frees, and a long session would
        # grow with every edit, but walking the build's objects (0.2-0.3 s at 10,000
        # articles) before the reload is sent is time the maintainer waits.
        gc.disable()
        try:
            # After a small edit, the quick build from the last build's record
            # (snapshot.py); a whole build writes that record and the load cache while
            # the browser already reloads.
            print_build_report(build(root, content_dir, site_dir, save_in_background=True), site_dir)
            state["errors"] = []
        except BiennienError as exc:  # keep the last good site; the browser shows why
            state["errors"] = str(exc).splitlines()
            for line in state["errors"]:
                print(f"error: {line}", file=sys.stderr)
        if state.get("serving"):
            # (livereload sends the reload as this returns; the page's own request comes next)
            ioloop.IOLoop.current().call_later(_COLLECT_AFTER, collect)
        else:
            collect()

    started = time.time_ns()
    rebuild()
    # A site already up to date at start is a quick build, which never reads the load
    # cache; the first edit that needs a whole build would (0.3 s at 10,000 articles).
    # Read now, it is kept in memory for every build of this session (a cache that cannot
    # be read is the builds' to report).
    with contextlib.suppress(OSError):
        LoadCache.open(root)
    state["serving"] = True
    server = Server(watcher=notified_watcher(started))
    server.SFH = site_files_handler(state)
    # Watched even before they exist: a templates/ folder or a people.yaml made while
    # serving is picked up.
    for watched in build_inputs(root, content_dir):
        server.watch(str(watched), rebuild)
    print(f"serving {site_dir} at http://{host}:{port}/ (Ctrl+C to stop)", flush=True)
    server.serve(host=host, port=port, root=str(site_dir), default_filename="index.html", open_url_delay=None)
