#!/usr/bin/env bash
# Sets up a Debian 12 machine for Sitrep and then builds it. Idempotent: run it as often as you
# like; it installs only what is missing and rebuilds only what changed.
#
#   packaging/setup-debian.sh demo   install, build, open the console on demo data
#   packaging/setup-debian.sh test   install, build with sanitizers (warnings are errors), run
#                                    the whole suite, then fuzz every parser for a minute
#   packaging/setup-debian.sh deps   only install the packages
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-demo}
packages=$(grep -vE '^\s*(#|$)' packaging/debian-packages.txt)

missing=()
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

case "$mode" in
deps)
    ;;
demo)
    cmake --preset default
    cmake --build --preset default
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the console under Xvfb is pointless here." >&2
        echo "To look at it anyway: build/app/sitrep --demo --screenshot board.png" >&2
        exit 1
    fi
    exec build/app/sitrep --demo
    ;;
test)
    # The workflow builds the whole program and suite with g++'s ASan and UBSan, warnings as
    # errors, and runs ctest (GUI tests on the offscreen platform, keychain tests in their own
    # D-Bus session with GNOME Keyring) with leak checks.
    cmake --workflow --preset ci
    # Then every parser under libFuzzer (clang-16) for SITREP_FUZZ_SECONDS (60) each.
    cmake --preset fuzz
    cmake --build --preset fuzz
    tests/fuzz/run.sh --seconds "${SITREP_FUZZ_SECONDS:-60}"
    ;;
*)
    echo "usage: $0 demo|test|deps" >&2
    exit 2
    ;;
esac
