"""Run one command and report its wall time and peak memory as JSON.

    python bench/_measure.py RESULT.json [--timeout SECONDS] -- COMMAND [ARGS...]

The benchmarks start this small wrapper as a fresh process for every measurement, so that
the figures are the command's own: getrusage(RUSAGE_CHILDREN) in a long-lived benchmark
process would report the largest child so far, and a child forked from a large parent is
charged the parent's pages until it execs. This wrapper is small when it starts the child.

Reported:
  max_rss_kb      ru_maxrss of RUSAGE_CHILDREN after the command ends: the peak resident
                  set of the largest single process in the command's tree (Linux, in kB).
  tree_pss_kb     the largest sum of PSS over the command and all its descendants, sampled
                  every 50 ms from /proc (proportional: pages shared after fork() are split
                  between the processes, not counted twice). None where /proc cannot say.
  seconds         wall clock from start to exit.
  returncode
  timed_out       true when --timeout passed and the command (its whole process group) was
                  killed; the figures are then those up to that moment.
The command's stdout and stderr pass through unchanged.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            tree.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    return tree


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _tree_pss_kb(root: int) -> int:
    tree = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_kb(pid)
        stack += tree.get(pid, [])
    return total


def main(argv: list[str]) -> int:
    timeout = None
    if len(argv) >= 3 and argv[1] == "--timeout":
        timeout, argv = float(argv[2]), [argv[0], *argv[3:]]
    if len(argv) < 3 or argv[1] != "--":
        print(__doc__, file=sys.stderr)
        return 2
    result_path, command = Path(argv[0]), argv[2:]
    sampling = os.path.exists("/proc/self/smaps_rollup")
    peak = {"pss": 0}
    started = time.perf_counter()
    # A group of its own, so that a timeout stops the command and any workers it forked.
    child = subprocess.Popen(command, start_new_session=timeout is not None)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak["pss"] = max(peak["pss"], _tree_pss_kb(child.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    if sampling:
        sampler.start()
    timed_out = False
    try:
        returncode = child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(child.pid, signal.SIGKILL)
        returncode = child.wait()
    seconds = time.perf_counter() - started
    done.set()
    if sampling:
        sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    result_path.write_text(json.dumps({
        "returncode": returncode,
        "timed_out": timed_out,
        "seconds": seconds,
        "max_rss_kb": usage.ru_maxrss,
        "tree_pss_kb": peak["pss"] if sampling else None,
        "user_seconds": usage.ru_utime,
        "system_seconds": usage.ru_stime,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
