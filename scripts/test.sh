#!/usr/bin/env bash
# Install everything the tests need, then run the whole suite (arguments go to pytest):
#   Debian: chromium, fonts-noto-core (Vietnamese glyphs), a Java runtime (Nu HTML Checker)
#   PyPI:   the package and its test extra, in .venv (Playwright drives Debian's Chromium;
#           `playwright install` is never run)
#   npm:    axe-core and vnu-jar, into .cache/npm (not committed)
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for package in chromium fonts-noto-core; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing from Debian: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'

if [ ! -f .cache/npm/node_modules/axe-core/axe.min.js ] || [ ! -f .cache/npm/node_modules/vnu-jar/build/dist/vnu.jar ]; then
  mkdir -p .cache/npm
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix .cache/npm axe-core@4.14.1 vnu-jar@26.9.27
fi

exec .venv/bin/python -m pytest "$@"
