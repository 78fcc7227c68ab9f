#!/usr/bin/env bash
# Takes a screenshot of `mailroom --demo` under Xvfb: scripts/screenshot.sh OUT.png [LANG]
# e.g. scripts/screenshot.sh docs/screenshot-fr.png fr_FR.UTF-8
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshot.png}
lang=${2:-en_US.UTF-8}
mkdir -p "$(dirname "$out")"
export XDG_CONFIG_HOME=$(mktemp -d)   # fresh settings: default window layout
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    LANG=$lang LANGUAGE=${lang%%.*} LC_ALL=$lang build/app/mailroom --demo & pid=\$!
    sleep \${SCREENSHOT_DELAY:-4}
    import -window root '$out'
    kill \$pid"
rm -rf "$XDG_CONFIG_HOME"
echo "wrote $out"
