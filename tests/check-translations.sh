#!/usr/bin/env bash
# Every language in po/LINGUAS is complete and msgfmt --check clean.
set -u
cd "$1" || exit 1
status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  stats=$(LC_ALL=C msgfmt --check --check-format --statistics -o /dev/null "po/$lang.po" 2>&1) || { echo "$lang: $stats"; status=1; continue; }
  echo "$lang: $stats"
  if grep -qE 'untranslated|fuzzy' <<<"$stats"; then
    status=1
  fi
done
exit $status
