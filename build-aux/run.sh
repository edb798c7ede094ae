#!/usr/bin/env bash
# Installs what is missing, builds Bilateral and starts it on the embedded
# seed corpus (or on the paths given as arguments).
set -euo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh
[[ -d build ]] || meson setup build
meson compile -C build
# Uninstalled, the app finds its settings schema in the build folder.
export GSETTINGS_SCHEMA_DIR="$PWD/build/data${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
export BILATERAL_LOCALEDIR="$PWD/build/po"
exec build/src/bilateral "$@"
