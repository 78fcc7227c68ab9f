#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and opens the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
exec build/app/mailroom --demo "$@"
