#!/usr/bin/env bash
# Configures and builds CareerPlanner into a build folder (default: build/).
#   scripts/build.sh [--sanitize] [--target TARGET] [build-dir]
# With --target, builds only that target and what it needs (scripts/run.sh builds the program
# alone, not the tests, benchmarks and tools).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=OFF
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=ON; shift ;;
    --target) targets=(--target "$2"); shift 2 ;;
    *) break ;;
  esac
done
default_dir=build
if [ "$sanitize" = ON ]; then
  default_dir=build-sanitize
fi
build_dir="${1:-$default_dir}"

generator=()
if command -v ninja >/dev/null 2>&1 && [ ! -f "$build_dir/Makefile" ]; then
  generator=(-G Ninja)
fi
cmake -S . -B "$build_dir" "${generator[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCAREERPLANNER_BUILD_TESTS=ON \
  -DCAREERPLANNER_SANITIZE="$sanitize" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" "${targets[@]}"
