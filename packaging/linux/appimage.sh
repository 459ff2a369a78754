#!/usr/bin/env bash
# Build dist/msdesk-<version>-x86_64.AppImage from the bundle that packaging/build-linux.sh
# made (build/dist/msdesk), with appimagetool.
#
# It always lays out the AppDir (build/AppDir: the bundle in usr/lib/msdesk, AppRun, the
# desktop entry, icons and AppStream metadata) and runs its self-test through AppRun. Where
# appimagetool is on PATH it then packs the AppImage; where it is not, it says so and stops
# there with exit status 0 (it never downloads the tool). appimagetool releases that fetch
# their runtime from the network take a local one from APPIMAGE_RUNTIME (passed as
# --runtime-file).
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=build/dist/msdesk
app_id=io.github.msdesk.msdesk
[ -x "$bundle/msdesk" ] || { echo "no bundle in $bundle: run packaging/build-linux.sh first"; exit 1; }
[ -d build/icons/hicolor ] || { echo "no icons in build/icons: run packaging/build-linux.sh first"; exit 1; }
version=$(QT_QPA_PLATFORM=offscreen "$bundle/msdesk" --version | cut -d' ' -f2)

appdir=build/AppDir
echo "== $appdir"
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/metainfo" \
  "$appdir/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$appdir/usr/lib/msdesk"
cat > "$appdir/AppRun" <<'EOF'
#!/bin/sh
# The AppImage's entry: the window without arguments, the command line with them.
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/msdesk/msdesk" "$@"
EOF
chmod 755 "$appdir/AppRun"
cp "resources/$app_id.desktop" "$appdir/$app_id.desktop"
cp "resources/$app_id.desktop" "$appdir/usr/share/applications/"
# appimagetool looks for <id>.appdata.xml next to the desktop entry's name.
cp "resources/$app_id.metainfo.xml" "$appdir/usr/share/metainfo/$app_id.appdata.xml"
cp -r build/icons/hicolor "$appdir/usr/share/icons/"
cp resources/icons/msdesk.svg "$appdir/usr/share/icons/hicolor/scalable/apps/"
cp build/icons/hicolor/256x256/apps/msdesk.png "$appdir/msdesk.png"
ln -s msdesk.png "$appdir/.DirIcon"

echo "== the AppDir's self-test"
QT_QPA_PLATFORM=offscreen "$appdir/AppRun" --self-test

if ! command -v appimagetool >/dev/null; then
  echo "appimagetool is not on PATH: the AppDir is ready in $appdir, no AppImage was made."
  echo "Put appimagetool on PATH and run packaging/linux/appimage.sh again to pack it."
  exit 0
fi
mkdir -p dist
image="dist/msdesk-$version-x86_64.AppImage"
runtime=()
[ -n "${APPIMAGE_RUNTIME:-}" ] && runtime=(--runtime-file "$APPIMAGE_RUNTIME")
# The metadata is checked with appstreamcli (CI); appimagetool's own check is left out.
ARCH=x86_64 appimagetool "${runtime[@]}" --no-appstream "$appdir" "$image"
echo "== $image"
QT_QPA_PLATFORM=offscreen "$image" --appimage-extract-and-run --self-test
ls -l "$image"
