#!/usr/bin/env bash
# Starts CareerPlanner under a virtual X display, shows one page and saves a PNG of the
# screen. Used to look at what users see, in each language.
#   scripts/screenshot.sh OUT.png [careerplanner arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$1"
shift
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  build/careerplanner "$@" &
  app=$!
  sleep 4
  import -window root "'"$out"'"
  kill $app
' _ "$@"
echo "wrote $out"
