#!/usr/bin/env bash
# Configures and builds CareerPlanner into a build folder (default: build/).
#   scripts/build.sh [--sanitize] [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."

sanitize=OFF
if [ "${1:-}" = "--sanitize" ]; then
  sanitize=ON
  shift
fi
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
cmake --build "$build_dir" --parallel "$(nproc)"
