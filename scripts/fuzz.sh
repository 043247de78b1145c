#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and runs each for
# the given number of seconds (default 60) on its seed corpus in tests/fuzz/corpus/. New
# inputs go to a scratch corpus, not into the repository; a crash leaves its input in
# build-fuzz/crashes/ and fails the run.
#   scripts/fuzz.sh [seconds-per-target]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
scripts/install-deps.sh
build_dir=build-fuzz
generator=()
if command -v ninja >/dev/null 2>&1 && [ ! -f "$build_dir/Makefile" ]; then
  generator=(-G Ninja)
fi
CC=clang CXX=clang++ cmake -S . -B "$build_dir" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCAREERPLANNER_FUZZ=ON >/dev/null
cmake --build "$build_dir" --target fuzz_targets --parallel "$(nproc)"

mkdir -p "$build_dir/crashes"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
status=0
for name in listing_csv rate pasted_listing profile_json; do
  scratch="$build_dir/corpus/$name"
  mkdir -p "$scratch"
  echo "== fuzz_$name for ${seconds}s =="
  if ! "$build_dir/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$build_dir/crashes/$name-" \
      "$scratch" "tests/fuzz/corpus/$name" 2>"$build_dir/fuzz_$name.log"; then
    tail -50 "$build_dir/fuzz_$name.log"
    status=1
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|Done [0-9]+ runs" \
    "$build_dir/fuzz_$name.log" || true
done
exit $status
