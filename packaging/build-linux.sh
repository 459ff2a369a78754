#!/usr/bin/env bash
# Build msdesk for Linux from this checkout:
#   dist/msdesk_<version>_amd64.deb and dist/msdesk-<version>-linux-x86_64.tar.zst
# It makes its own build venv (build/venv), builds the one-folder bundle with PyInstaller,
# runs the bundle's --self-test, then packs it. It installs nothing system-wide; it needs
# python3 (with venv), dpkg-deb and zstd.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in python3 dpkg-deb zstd; do
  command -v "$tool" >/dev/null || { echo "build-linux.sh needs $tool"; exit 1; }
done

venv=build/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q --upgrade . "pyinstaller>=6.10"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work packaging/msdesk.spec
version=$("$venv/bin/python" -c 'import msdesk; print(msdesk.__version__)')
bundle=build/dist/msdesk

echo "== the bundle's self-test"
QT_QPA_PLATFORM=offscreen "$bundle/msdesk" --self-test

mkdir -p dist
echo "== dist/msdesk-$version-linux-x86_64.tar.zst"
tar -C build/dist -cf - msdesk | zstd -q -T0 -f -o "dist/msdesk-$version-linux-x86_64.tar.zst"

echo "== dist/msdesk_${version}_amd64.deb"
root=build/deb
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$root/opt/msdesk"
ln -s /opt/msdesk/msdesk "$root/usr/bin/msdesk"
ln -s /opt/msdesk/msdesk-gui "$root/usr/bin/msdesk-gui"
cp resources/msdesk.desktop "$root/usr/share/applications/msdesk.desktop"
cp resources/icons/msdesk.svg "$root/usr/share/icons/hicolor/scalable/apps/msdesk.svg"
size=$(du -sk "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" packaging/linux/control > "$root/DEBIAN/control"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "dist/msdesk_${version}_amd64.deb" >/dev/null
ls -l dist/
