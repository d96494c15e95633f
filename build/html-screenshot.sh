#!/usr/bin/env bash
# Browser test of the HTML report: renders `byline demo --html` in headless Chromium (Debian's package,
# installed if absent), fails on any console error or if the page's script did not run, and writes a PNG.
#
#   bash build/html-screenshot.sh            # check only; the screenshot goes to a temporary folder
#   bash build/html-screenshot.sh --update   # also refresh docs/demo.png (the README's screenshot)
#
# Needs a Release build of src/Byline.Cli (CI builds it first); builds it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

update=false
[[ "${1:-}" == "--update" ]] && update=true

browser=""
for b in chromium chromium-browser; do
  if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
if [[ -z "$browser" ]]; then
  echo "html-screenshot: installing chromium (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  browser=chromium
fi

dll=src/Byline.Cli/bin/Release/net10.0/Byline.Cli.dll
if [[ ! -f "$dll" ]]; then
  dotnet build src/Byline.Cli -c Release -warnaserror >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page="$work/demo.html"
dotnet "$dll" demo --html > "$page"

if grep -Eq 'https?://' "$page"; then
  echo "html-screenshot: FAIL: the page references an http(s) resource" >&2
  exit 1
fi

flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
  --disable-sync --disable-extensions --no-first-run --no-default-browser-check --hide-scrollbars
  --user-data-dir="$work/profile" --enable-logging=stderr --v=0)

# 1. The DOM after the script ran: the script marks the root element when it finishes without error.
timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$page" > "$work/dom.html" 2> "$work/dom.log" || true
# 2. The screenshot, a laptop-sized window tall enough for the text, the panels and the map.
timeout 120 "$browser" "${flags[@]}" --window-size=1280,2400 --screenshot="$work/demo.png" "file://$page" > /dev/null 2> "$work/shot.log" || true

status=0
if grep -E 'CONSOLE|Uncaught' "$work/dom.log" "$work/shot.log" | grep -Eiv 'dbus' > "$work/console.txt"; then
  echo "html-screenshot: FAIL: console errors:" >&2
  cat "$work/console.txt" >&2
  status=1
fi
if ! grep -q 'data-ready="yes"' "$work/dom.html"; then
  echo "html-screenshot: FAIL: the page's script did not run to the end (no data-ready marker in the DOM)" >&2
  status=1
fi
if [[ ! -s "$work/demo.png" ]]; then
  echo "html-screenshot: FAIL: no screenshot written" >&2
  tail -20 "$work/shot.log" >&2
  status=1
fi
[[ $status -ne 0 ]] && exit $status

if $update; then
  mkdir -p docs
  if command -v pngquant >/dev/null 2>&1; then
    pngquant --quality=70-95 --speed 1 --strip --force --output docs/demo.png "$work/demo.png"  # a smaller file for the repository
  else
    cp "$work/demo.png" docs/demo.png
  fi
  echo "html-screenshot: ok, docs/demo.png updated ($(stat -c %s docs/demo.png) bytes)"
else
  echo "html-screenshot: ok ($(stat -c %s "$work/demo.png") byte screenshot, no console errors)"
fi
