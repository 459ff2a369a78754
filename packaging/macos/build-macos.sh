#!/usr/bin/env bash
# Build msdesk for macOS from this checkout: dist/msdesk-<version>-macos-<arch>.dmg
# (<arch> is this Mac's: arm64 or x86_64), holding msdesk.app and a link to Applications.
#
# It makes its own build venv (build/venv), draws the icons (packaging/make_icons.py),
# builds build/dist/msdesk.app with PyInstaller (packaging/msdesk.spec), runs the app's
# --self-test, packs the disk image with dmgbuild (packaging/macos/dmg_settings.py), then
# opens the image and runs the self-test of the app inside it. It installs nothing
# system-wide; it needs python3 (3.11 or later) and Xcode's command line tools.
#
# Signing, when MACOS_SIGN_IDENTITY names a "Developer ID Application" identity in the
# keychain: every program and library with the hardened runtime (entitlements in
# packaging/macos/entitlements.plist), then the app, then the image. A stable Developer ID
# signature keeps the Keychain's "Always allow" for msdesk's tokens across updates.
#
# Notarization, when the app is signed and either MACOS_NOTARY_PROFILE names a profile
# saved with `xcrun notarytool store-credentials`, or MACOS_NOTARY_APPLE_ID,
# MACOS_NOTARY_TEAM_ID and MACOS_NOTARY_PASSWORD (an app-specific password) are set: the app
# and then the image are notarized and stapled, so Gatekeeper opens them offline too.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in python3 hdiutil codesign ditto; do
  command -v "$tool" >/dev/null || { echo "build-macos.sh needs $tool"; exit 1; }
done
export PIP_DISABLE_PIP_VERSION_CHECK=1 QT_QPA_PLATFORM=offscreen

signing=${MACOS_SIGN_IDENTITY:-}
notary=()
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  notary=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ] && [ -n "${MACOS_NOTARY_TEAM_ID:-}" ] && [ -n "${MACOS_NOTARY_PASSWORD:-}" ]; then
  notary=(--apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD")
fi
if [ ${#notary[@]} -gt 0 ] && [ -z "$signing" ]; then
  echo "notarization needs a signed app: set MACOS_SIGN_IDENTITY too"; exit 1
fi

venv=build/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || { echo "build-macos.sh needs Python 3.11 or later for $venv"; exit 1; }
"$venv/bin/pip" install -q --upgrade . "pyinstaller>=6.10" "dmgbuild>=1.6"

echo "== icons"
"$venv/bin/python" packaging/make_icons.py
[ -f build/icons/msdesk.icns ] || { echo "packaging/make_icons.py wrote no build/icons/msdesk.icns"; exit 1; }

version=$("$venv/bin/python" packaging/version_info.py)
arch=$(uname -m)
app=build/dist/msdesk.app
dmg="dist/msdesk-$version-macos-$arch.dmg"
entitlements=packaging/macos/entitlements.plist

echo "== $app (macOS $("$venv/bin/python" packaging/version_info.py --macos-minimum) or later)"
"$venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work packaging/msdesk.spec
for program in msdesk msdesk-gui; do
  [ -x "$app/Contents/MacOS/$program" ] || { echo "$app has no Contents/MacOS/$program"; exit 1; }
done

self_test() {  # <msdesk program>: its --self-test, which must say ok
  local line
  line=$("$1" --self-test) || { echo "$line"; echo "$1 --self-test failed"; return 1; }
  echo "$line"
  grep -q '"ok": true' <<<"$line" || { echo "$1 --self-test did not say ok"; return 1; }
}

echo "== the app's self-test"
self_test "$app/Contents/MacOS/msdesk"

sign() { codesign --force --timestamp --sign "$signing" "$@"; }

if [ -n "$signing" ]; then
  echo "== signing with \"$signing\" and the hardened runtime"
  # Inside out: libraries and plug-ins, then the frameworks that hold some of them, then the
  # programs, then the app (which signs its main program, msdesk-gui, as the app).
  while IFS= read -r -d '' file; do
    case "$(file -b "$file")" in *Mach-O*) sign --options runtime "$file" ;; esac
  done < <(find "$app/Contents" -type f ! -path "$app/Contents/MacOS/*" -print0)
  while IFS= read -r framework; do
    sign --options runtime "$framework"
  done < <(find "$app/Contents" -type d -name '*.framework' | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-)
  sign --options runtime --entitlements "$entitlements" --identifier io.github.msdesk.msdesk.cli \
    "$app/Contents/MacOS/msdesk"
  sign --options runtime --entitlements "$entitlements" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
  echo "== the signed app's self-test (under the hardened runtime)"
  self_test "$app/Contents/MacOS/msdesk"
else
  echo "== not signed (MACOS_SIGN_IDENTITY is not set): PyInstaller's ad-hoc signature only"
fi

notarize() {  # <file>: submit it, wait for Apple's verdict, and staple the ticket to it
  local result id status
  result=$(xcrun notarytool submit "$1" "${notary[@]}" --wait --output-format json)
  id=$("$venv/bin/python" -c 'import json, sys; print(json.loads(sys.argv[1]).get("id", ""))' "$result")
  status=$("$venv/bin/python" -c 'import json, sys; print(json.loads(sys.argv[1]).get("status", ""))' "$result")
  echo "notarization of $1: $status ($id)"
  if [ "$status" != "Accepted" ]; then
    [ -n "$id" ] && xcrun notarytool log "$id" "${notary[@]}"
    return 1
  fi
}

if [ ${#notary[@]} -gt 0 ]; then
  echo "== notarizing the app"
  rm -f build/msdesk-notarize.zip
  ditto -c -k --keepParent "$app" build/msdesk-notarize.zip
  notarize build/msdesk-notarize.zip
  xcrun stapler staple "$app"
  xcrun stapler validate "$app"
fi

echo "== $dmg"
mkdir -p dist
rm -f "$dmg"
"$venv/bin/dmgbuild" -s packaging/macos/dmg_settings.py -D app="$app" \
  -D icon=build/icons/msdesk.icns "msdesk $version" "$dmg"
if [ -n "$signing" ]; then
  sign "$dmg"
fi
if [ ${#notary[@]} -gt 0 ]; then
  echo "== notarizing the disk image"
  notarize "$dmg"
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
fi

echo "== the disk image, as a user opens it"
mount=$(mktemp -d)
hdiutil attach -nobrowse -readonly -noautoopen -mountpoint "$mount" "$dmg" >/dev/null
detach() { hdiutil detach "$mount" -quiet || hdiutil detach "$mount" -force -quiet || true; rmdir "$mount" 2>/dev/null || true; }
trap detach EXIT
[ "$(readlink "$mount/Applications")" = /Applications ] || { echo "the image has no Applications link"; exit 1; }
self_test "$mount/msdesk.app/Contents/MacOS/msdesk"
info="$mount/msdesk.app/Contents/Info.plist"
for key in CFBundleIdentifier CFBundleShortVersionString LSMinimumSystemVersion; do
  echo "$key: $(plutil -extract "$key" raw -o - "$info")"
done
[ "$(plutil -extract CFBundleExecutable raw -o - "$info")" = msdesk-gui ] \
  || { echo "the app's program is not msdesk-gui"; exit 1; }
if [ -n "$signing" ]; then
  codesign --verify --deep --strict "$mount/msdesk.app"
fi
if [ ${#notary[@]} -gt 0 ]; then
  spctl --assess --type execute --verbose=2 "$mount/msdesk.app"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
detach
trap - EXIT
ls -l dist/
