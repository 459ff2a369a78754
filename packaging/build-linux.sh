#!/usr/bin/env bash
# Build msdesk for Linux from this checkout:
#   dist/msdesk_<version>_amd64.deb and dist/msdesk-<version>-linux-x86_64.tar.zst
# It makes its own build venv (build/venv), renders the icons (packaging/make_icons.py),
# builds the one-folder bundle with PyInstaller (packaging/msdesk.spec), checks that every
# library in it resolves, runs the bundle's --self-test, then packs it. It installs nothing
# system-wide; it needs python3 (with venv), binutils (objdump, strip), dpkg-deb, xz and zstd.
# The libraries of Qt's xcb plugin (libxcb-cursor0, libxcb-icccm4, libxkbcommon-x11-0...)
# must be installed here, or the bundle would lack them: the check below names them.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in python3 objdump strip dpkg-deb xz zstd; do
  command -v "$tool" >/dev/null || { echo "build-linux.sh needs $tool"; exit 1; }
done

venv=build/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --upgrade . "pyinstaller>=6.10"
"$venv/bin/python" packaging/make_icons.py
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work packaging/msdesk.spec
version=$("$venv/bin/python" -c 'import msdesk; print(msdesk.__version__)')
bundle=build/dist/msdesk
app_id=io.github.msdesk.msdesk

echo "== every library in the bundle resolves"
missing=$(find "$bundle/_internal" -name '*.so*' -type f -print0 \
  | LD_LIBRARY_PATH="$bundle/_internal" xargs -0 -n 20 ldd 2>/dev/null | grep 'not found' | sort -u || true)
if [ -n "$missing" ]; then
  echo "$missing"
  echo "install these libraries here (Debian/Ubuntu: libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0 ...) and build again"
  exit 1
fi

echo "== the bundle's self-test"
QT_QPA_PLATFORM=offscreen "$bundle/msdesk" --self-test

mkdir -p dist
tarball="dist/msdesk-$version-linux-x86_64.tar.zst"
echo "== $tarball"
tar --sort=name --owner=0 --group=0 --numeric-owner -C build/dist -cf - msdesk \
  | zstd -q -19 --long=27 -T0 -f -o "$tarball"

deb="dist/msdesk_${version}_amd64.deb"
echo "== $deb"
root=build/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/metainfo" "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$root/opt/msdesk"
ln -s /opt/msdesk/msdesk "$root/usr/bin/msdesk"
ln -s /opt/msdesk/msdesk-gui "$root/usr/bin/msdesk-gui"
cp "resources/$app_id.desktop" "$root/usr/share/applications/"
cp "resources/$app_id.metainfo.xml" "$root/usr/share/metainfo/"
cp resources/icons/msdesk.svg "$root/usr/share/icons/hicolor/scalable/apps/msdesk.svg"
cp -r build/icons/hicolor "$root/usr/share/icons/"
size=$(du -sk "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/linux/control > "$root/DEBIAN/control"
# xz: every dpkg reads it (zstd needs dpkg 1.21.18 or later), and gzip would not fit the budget.
dpkg-deb --root-owner-group -Zxz -z6 --build "$root" "$deb" >/dev/null
ls -l dist/
