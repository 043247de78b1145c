#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds CareerPlanner with its tests and runs every test
# headless, against the embedded SQLite database and a throwaway PostgreSQL 15 cluster that
# this script starts (scripts/pg-test-cluster.sh) and stops, whatever the tests do. With
# --sanitize, builds into build-sanitize/ with AddressSanitizer and
# UndefinedBehaviorSanitizer; any sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
scripts/install-deps.sh

build_dir=build
build_args=()
if [ "${1:-}" = "--sanitize" ]; then
  build_dir=build-sanitize
  build_args=(--sanitize)
  # Leaks that Qt, fontconfig and the X/GL stacks keep until exit are not ours; everything
  # else (heap errors, undefined behaviour, our own leaks) stops the test with an error.
  export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:strict_string_checks=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
fi
scripts/build.sh "${build_args[@]}"

# The team-database suites run against this cluster; without it they would be skipped, so the
# run says it is required and a missing server fails them instead.
pg_dir=$(mktemp -d /tmp/careerplanner-pg.XXXXXX)
chmod 755 "$pg_dir"
trap '"$root/scripts/pg-test-cluster.sh" stop "$pg_dir"' EXIT
pg_environment=$(scripts/pg-test-cluster.sh start "$pg_dir")
eval "$pg_environment"
export CAREERPLANNER_TEST_POSTGRES_REQUIRED=1

export QT_QPA_PLATFORM=offscreen
cd "$build_dir"
ctest --output-on-failure --timeout 600
