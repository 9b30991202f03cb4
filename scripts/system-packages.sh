#!/usr/bin/env bash
# Installs the Debian 12 packages the app and its tests need, where they are missing:
# the PostgreSQL server (the suite starts its own), poppler-utils (PDF to PNG), and every
# library Qt's xcb platform plugin (the desktop window) and offscreen platform (the tests) load.
# The xcb set is what `ldd PySide6/Qt/plugins/platforms/libqxcb.so` resolves on a fresh machine;
# libwayland-cursor0 is the one library the Wayland plugin lacks there.
set -euo pipefail
needed=(
  postgresql poppler-utils
  libegl1 libgl1 libglx0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libx11-6 libx11-xcb1 libxcb1 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
  libwayland-cursor0
)
missing=()
for package in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  2> >(grep -v "^debconf: delaying package configuration" >&2)
