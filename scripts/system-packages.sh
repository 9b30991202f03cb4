#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, where they are missing:
# the PostgreSQL server (the suite starts its own), poppler-utils (PDF to PNG),
# and the libraries Qt's offscreen and xcb platforms load.
set -euo pipefail
needed=(postgresql poppler-utils libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0)
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
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
