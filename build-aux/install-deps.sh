#!/usr/bin/env bash
# Installs what Bilateral needs to build, run and test on Debian 12, and
# nothing that is already there. Uses sudo when not root.
set -euo pipefail

packages=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  libxml2-dev libpoppler-glib-dev libsoup-3.0-dev
  libcairo2-dev libpango1.0-dev libpng-dev zlib1g-dev
  desktop-file-utils appstream iso-codes fonts-noto-cjk
  xvfb xauth dbus dbus-daemon dbus-x11 at-spi2-core python3 locales
  # contrib/dask/bilateral-dask and its tests (Debian's Dask, run by /usr/bin/python3)
  python3-distributed python3-psutil
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Malay and Japanese locales, for translated runs and screenshots.
for loc in ms_MY ja_JP; do
  if ! locale -a 2>/dev/null | grep -qi "^${loc}\.utf-\?8$"; then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    echo "install-deps: generating the ${loc}.UTF-8 locale"
    $sudo localedef -i "$loc" -f UTF-8 "${loc}.UTF-8"
  fi
done
