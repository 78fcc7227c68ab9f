#!/usr/bin/env bash
# The README's second command (and CI's): installs what is missing, builds, and runs every
# test with ctest inside a private D-Bus session with an unlocked GNOME Keyring, so the
# keychain tests talk to a real Secret Service.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
exec dbus-run-session -- scripts/run-tests-in-session.sh
