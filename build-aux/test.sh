#!/usr/bin/env bash
# Installs what is missing, builds Bilateral with warnings as errors and runs
# every test headless (a virtual X server and a private D-Bus session).
# Ends with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

build-aux/install-deps.sh || exit 1
builddir=${BUILDDIR:-build-test}
if [[ -d $builddir ]]; then
  meson configure "$builddir" -Dwerror=true >/dev/null || exit 1
else
  meson setup "$builddir" -Dwerror=true || exit 1
fi
meson compile -C "$builddir" || exit 1

xvfb-run -a -s "-screen 0 1440x900x24" dbus-run-session -- \
  meson test -C "$builddir" --print-errorlogs "$@"
status=$?

python3 - "$builddir/meson-logs/testlog.json" <<'PY'
import json, sys
passed = failed = skipped = 0
try:
    with open(sys.argv[1]) as log:
        for line in log:
            result = json.loads(line).get("result")
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
except FileNotFoundError:
    pass
print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit $status
