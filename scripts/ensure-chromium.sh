#!/usr/bin/env bash
# Browser tests and PDF reports drive Debian's Chromium (no browser download exists here); report tests read PDFs
# with poppler-utils and need a font with Cyrillic. Install what is missing when root; otherwise say what to install.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "paradip tests: installing ${missing[*]} with apt…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "paradip tests: missing ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) or set CHROMIUM_PATH." >&2
exit 1
