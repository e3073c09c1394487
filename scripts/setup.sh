#!/usr/bin/env bash
# Installs what is missing on a Debian 12 machine, builds warta, and runs
# `warta annotate` on the bundled example article.
#
#   scripts/setup.sh            # as root, or with sudo available
#
# Environment: BUILD_DIR (default build), JOBS (default: all cores).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}

mapfile -t wanted < <(grep -v '^#' scripts/packages.txt | grep .)
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-}
cmake --build "$build" -j "$jobs"

echo
echo "== warta annotate examples/lavrov-pyongyang.txt (first lines) =="
# Into a file first: `| head` would end the pipe before warta has written
# everything, and with pipefail the script would fail on warta's SIGPIPE.
document="$build/lavrov-pyongyang.json"
"$build/warta" annotate examples/lavrov-pyongyang.txt --published 2023-10-20 \
  --id example-lavrov-pyongyang --no-tokens > "$document"
head -n 40 "$document"
echo "... (the whole document: $document)"
echo "The engine is $build/warta; try: $build/warta annotate --help"
