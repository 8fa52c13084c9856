#!/bin/sh
# Builds the .deb with CPack, checks its metadata, that apt can resolve its dependencies, and
# that the installed tree starts: sitrepctl answers and sitrep renders its board.
# Usage: check-deb.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/sitrep_*.deb)
dpkg-deb --field "$deb" Package | grep -qx sitrep
for dependency in libqt6widgets6 libqt6sql6-sqlite libqt6svg6; do
    dpkg-deb --field "$deb" Depends | grep -q "$dependency" ||
        { echo "Depends lacks $dependency"; exit 1; }
done
# apt resolves the dependencies without installing anything.
apt-get install --simulate -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }

dpkg-deb -x "$deb" "$work/root"
test -f "$work/root/usr/share/icons/hicolor/scalable/apps/org.sitrep.Sitrep.svg"
desktop-file-validate "$work/root/usr/share/applications/org.sitrep.Sitrep.desktop"
"$work/root/usr/bin/sitrepctl" --version | grep -q sitrep
QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_DATA_HOME="$work/home/data" \
    "$work/root/usr/bin/sitrep" --demo --screenshot "$work/board.png"
test -s "$work/board.png"
echo "package ok: $(basename "$deb")"
