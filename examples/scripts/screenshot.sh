#!/usr/bin/env bash
# Writes the HTML report of a sample document and a PNG screenshot of it, rendered by headless Chromium.
#
#   examples/scripts/screenshot.sh [DOCUMENT.json] [OUT-DIRECTORY]
#
# Defaults: the Gemensamma taget Vuxna sample, and examples/target/screenshots. Needs the built jar
# (./mvnw -B -pl examples -am package -DskipTests) and Chromium (Debian: apt-get install chromium).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
document="${1:-$root/examples/data/gemensamma-taget-vuxna.json}"
out="${2:-$root/examples/target/screenshots}"
jar="$root/examples/target/samverkan-cli.jar"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"

[ -f "$jar" ] || { echo "screenshot: build the jar first: ./mvnw -B -pl examples -am package -DskipTests" >&2; exit 2; }
[ -n "$browser" ] || { echo "screenshot: install Chromium (Debian: apt-get install chromium)" >&2; exit 2; }

mkdir -p "$out"
name="$(basename "$document" .json)"
java -jar "$jar" report "$document" --html "$out/$name.html" > "$out/$name.txt"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --disable-extensions --user-data-dir="$profile" \
  --hide-scrollbars --window-size=1280,2400 --screenshot="$out/$name.png" "file://$out/$name.html" 2> /dev/null
echo "$out/$name.html"
echo "$out/$name.png"
