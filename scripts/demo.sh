#!/usr/bin/env bash
# Install biennien into .venv, build the sample site into site/ and serve it at
# http://127.0.0.1:8000/ with live reload (Ctrl+C to stop). Arguments go to `serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
exec .venv/bin/biennien serve "$@"
