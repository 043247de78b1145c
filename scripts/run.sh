#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds CareerPlanner and starts it on its embedded
# SQLite database. Extra arguments go to the program (e.g. --lang ja, --database PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The program alone: the tests, benchmarks and tools are built by scripts/test.sh.
scripts/build.sh --target careerplanner
exec build/careerplanner "$@"
