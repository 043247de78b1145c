#!/usr/bin/env bash
# Installs exactly the Debian 12 packages that building, testing, packaging and running
# CareerPlanner need. Quick when they are already installed: apt is only called for the
# packages that are missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # Qt 6.4: Widgets/Gui/Sql/Test come with qt6-base-dev; Charts needs OpenGL's dev package,
  # which qt6-charts-dev does not pull in itself.
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libvulkan-dev
  # run time: SQLite driver and SVG plugins are loaded as plugins
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  # SQLite's C interface, used on the driver's handle to read large text-index answers
  libsqlite3-dev
  # the team database: the tests start a throwaway PostgreSQL 15 cluster (pg_trgm is in it)
  postgresql-15 postgresql-client-15
  # Japanese labels need a CJK font; with only DejaVu they render as boxes
  fonts-noto-cjk
  # GUI screenshots and running under a virtual display (xvfb only recommends xauth)
  xvfb xauth x11-apps imagemagick
  # sanitizer and fuzzing builds
  clang libclang-rt-14-dev
  # reports and package checks
  poppler-utils desktop-file-utils appstream file dpkg-dev sqlite3 lintian man-db
  # the full-disk test mounts a small tmpfs in a private namespace
  util-linux
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
