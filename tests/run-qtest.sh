#!/usr/bin/env bash
# Runs one Qt Test binary for CTest. A failure always fails (Qt Test's exit code is the number
# of failed functions); a run that failed nothing but skipped something exits 77, which CTest
# reports as skipped. (A skip pattern on the output alone would report a binary as skipped
# even when other functions in it failed.)
set -uo pipefail
output=$(mktemp)
trap 'rm -f "$output"' EXIT
"$@" 2>&1 | tee "$output"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
if grep -q '^SKIP   :' "$output"; then
  exit 77
fi
exit 0
