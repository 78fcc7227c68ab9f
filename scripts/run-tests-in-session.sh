#!/usr/bin/env bash
# Runs inside dbus-run-session: unlocks a throwaway keyring, then runs ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"
# A throwaway password on stdin; the keyring lives in a temporary folder.
printf 'throwaway-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
export MAILROOM_REQUIRE_KEYCHAIN=1
ctest --test-dir build --output-on-failure --parallel 2 --timeout 600
