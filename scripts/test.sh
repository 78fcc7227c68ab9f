#!/usr/bin/env bash
# The README's second command (and CI's): installs what is missing, builds, runs every fuzz
# target for FUZZ_SECONDS (10) each, then every test with ctest inside a private D-Bus
# session with an unlocked GNOME Keyring, so the keychain tests talk to a real Secret Service.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
# Every fuzz target briefly (ASan, UBSan); the README gives a long run's figures.
scripts/fuzz.sh "${FUZZ_SECONDS:-10}"
exec dbus-run-session -- scripts/run-tests-in-session.sh
