#!/usr/bin/env bash
# Builds the .deb (CPack) from the release build and checks it the way a distribution would:
# the desktop entry and AppStream metainfo validate (offline), Depends names the run-time
# plugins and the CJK font, the files land in the freedesktop places, and the packaged
# program runs from the extracted package with its seed data.
#   scripts/package.sh [build-dir]    → build-dir/package/careerplanner_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir="${1:-build}"
scripts/build.sh "$build_dir"

app_id=io.github.careerplanner.CareerPlanner
rm -rf "$build_dir/package"
(cd "$build_dir" && cpack -G DEB -B "$PWD/package" >/dev/null)
deb=$(ls "$build_dir"/package/careerplanner_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

desktop-file-validate "packaging/$app_id.desktop"
appstreamcli validate --no-net --pedantic "packaging/$app_id.metainfo.xml"

depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 \
              qt6-qpa-plugins fonts-noto-cjk; do
  if ! grep -q "$needed" <<<"$depends"; then
    echo "package: Depends lacks $needed" >&2
    exit 1
  fi
done

contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/careerplanner "./usr/share/applications/$app_id.desktop" \
            "./usr/share/metainfo/$app_id.metainfo.xml" \
            "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
            "./usr/share/icons/hicolor/48x48/apps/$app_id.png" \
            "./usr/share/icons/hicolor/256x256/apps/$app_id.png"; do
  if ! grep -q " $path\$" <<<"$contents"; then
    echo "package: $path is missing" >&2
    exit 1
  fi
done

# Debian's own checks: lintian with no error and no warning, and a manual page that covers
# every command the program lists.
lintian --fail-on error,warning --tag-display-limit 0 "$deb"
for path in ./usr/share/doc/careerplanner/copyright ./usr/share/doc/careerplanner/changelog.gz \
            ./usr/share/man/man1/careerplanner.1.gz; do
  if ! grep -q " $path\$" <<<"$contents"; then
    echo "package: $path is missing" >&2
    exit 1
  fi
done
for command in $("$build_dir/careerplanner" --help | sed -n '/^Without a command/,/^Run /p' |
                 awk '/^  [a-z]+ /{print $1}'); do
  if ! grep -q "^\.SS $command\b" packaging/careerplanner.1; then
    echo "package: the manual page lacks the command $command" >&2
    exit 1
  fi
done
man_warnings=$(MANWIDTH=80 man --warnings -l packaging/careerplanner.1 2>&1 >/dev/null)
if [ -n "$man_warnings" ]; then
  echo "package: the manual page has warnings: $man_warnings" >&2
  exit 1
fi

# The packaged program, away from the build tree and with a fresh home: it runs, and it
# seeds a new database from the data embedded in it.
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
(cd "$root" && env -i HOME="$root/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
   "$root/usr/bin/careerplanner" --version)
listings=$(cd "$root" && env -i HOME="$root/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
   "$root/usr/bin/careerplanner" listings --format json | grep -c '"title"' || true)
if [ "$listings" -lt 1 ]; then
  echo "package: the packaged program found no seed listings" >&2
  exit 1
fi
echo "package: ok (the packaged program seeded $listings sample listings)"
