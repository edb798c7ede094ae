#!/usr/bin/env bash
# Every source with translatable strings is in po/POTFILES, and every file
# listed there exists.
set -u
cd "$1" || exit 1
status=0
listed=$(grep -v '^#' po/POTFILES | sed '/^$/d' | sort)
found=$(grep -lE '\b_\(|N_\(|C_\(|g_dngettext|translatable="yes"' src/*.c src/*/*.c src/*/*.ui 2>/dev/null | sort)
for f in $found; do
  grep -qx "$f" <<<"$listed" || { echo "po/POTFILES misses $f"; status=1; }
done
for f in $listed; do
  [[ -e $f ]] || { echo "po/POTFILES lists $f, which does not exist"; status=1; }
done
exit $status
