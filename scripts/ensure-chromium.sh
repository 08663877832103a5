#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser download exists here). Install it when missing and root.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "paradip tests: installing Debian's chromium for the browser tests…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "paradip tests: no browser at $browser. Install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
