#!/usr/bin/env bash
# Installs every Debian 12 package Mailroom's build, tests and packaging need.
# Skips apt entirely when they are all present already.
set -euo pipefail

packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev libcsv-dev libgl-dev libxkbcommon-dev
    gnome-keyring dbus dbus-x11 xvfb x11-apps imagemagick
    desktop-file-utils appstream dpkg-dev file lintian libssl-dev
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} Debian packages present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
