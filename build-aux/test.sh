#!/usr/bin/env bash
# Installs what is missing, builds Bilateral with warnings as errors and runs
# every test headless (a virtual X server and a private D-Bus session); then
# builds it again with AddressSanitizer and UndefinedBehaviorSanitizer and
# runs every test once more. Ends with the line "N passed, N failed".
#
#   build-aux/test.sh            both passes
#   SANITIZE=0 build-aux/test.sh the plain pass only
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD

build-aux/install-deps.sh || exit 1

run_pass () {
  local builddir=$1; shift
  if [[ -d $builddir ]]; then
    meson configure "$builddir" -Dwerror=true "$@" >/dev/null || return 1
  else
    meson setup "$builddir" -Dwerror=true "$@" || return 1
  fi
  meson compile -C "$builddir" || return 1
  xvfb-run -a -s "-screen 0 1440x900x24" dbus-run-session -- \
    meson test -C "$builddir" --print-errorlogs --num-processes 2
}

status=0
logs=()
builddir=${BUILDDIR:-build-test}
run_pass "$builddir" || status=1
logs+=("$builddir/meson-logs/testlog.json")

if [[ ${SANITIZE:-1} != 0 ]]; then
  echo "=== the same tests under AddressSanitizer and UndefinedBehaviorSanitizer ==="
  export ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0:abort_on_error=1
  # Every block its own malloc, so LeakSanitizer sees what GSlice would hide
  # (json-glib's lost nodes were found this way).
  export G_SLICE=always-malloc
  export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  run_pass "${builddir}-sanitize" -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized || status=1
  logs+=("${builddir}-sanitize/meson-logs/testlog.json")
fi

python3 - "${logs[@]}" <<'PY'
import json, sys
passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        with open(path) as log:
            for line in log:
                result = json.loads(line).get("result")
                if result in ("OK", "EXPECTEDFAIL"):
                    passed += 1
                elif result == "SKIP":
                    skipped += 1
                else:
                    failed += 1
    except FileNotFoundError:
        failed += 1
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
