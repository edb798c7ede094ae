#!/usr/bin/env bash
# meson install into a temporary folder puts every file where the desktop
# expects it.
set -u
build=$1
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null 2>&1 || { echo "meson install failed"; exit 1; }
option () {
  meson introspect "$build" --buildoptions | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]==sys.argv[1]][0])' "$1"
}
prefix=$(option prefix)
root="$dest$prefix"
status=0
for f in \
  bin/bilateral \
  share/applications/org.example.Bilateral.desktop \
  share/metainfo/org.example.Bilateral.metainfo.xml \
  share/icons/hicolor/scalable/apps/org.example.Bilateral.svg \
  share/icons/hicolor/symbolic/apps/org.example.Bilateral-symbolic.svg \
  share/glib-2.0/schemas/org.example.Bilateral.gschema.xml \
  share/dbus-1/services/org.example.Bilateral.service \
  share/locale/ms/LC_MESSAGES/bilateral.mo \
  share/locale/ja/LC_MESSAGES/bilateral.mo
do
  if [[ -e $root/$f ]]; then echo "ok $f"; else echo "missing $f"; status=1; fi
done
# The Dask driver only with -Ddask=true.
if [[ $(option dask) == True ]]; then
  if [[ -x $root/bin/bilateral-dask ]]; then echo "ok bin/bilateral-dask"; else echo "missing bin/bilateral-dask"; status=1; fi
elif [[ -e $root/bin/bilateral-dask ]]; then
  echo "bin/bilateral-dask installed without -Ddask=true"; status=1
fi
grep -q '^Exec=.*/bilateral --gapplication-service$' "$root/share/dbus-1/services/org.example.Bilateral.service" \
  || { echo "the D-Bus service does not start bilateral"; status=1; }
grep -q '^Name\[ja\]=' "$root/share/applications/org.example.Bilateral.desktop" || grep -q '^Comment\[ja\]=' "$root/share/applications/org.example.Bilateral.desktop" \
  || { echo "the desktop file carries no Japanese translation"; status=1; }
exit $status
