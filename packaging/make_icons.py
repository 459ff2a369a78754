"""Render msdesk's icons from the one SVG master, resources/icons/msdesk.svg.

    python packaging/make_icons.py [--out DIR]      (DIR defaults to build/icons)

writes DIR/hicolor/<N>x<N>/apps/msdesk.png for N in SIZES, DIR/msdesk.ico (Windows: 16 to
256 pixels) and DIR/msdesk.icns (macOS: 16 to 1024 pixels, with the @2x sizes). It draws
with Qt's own SVG renderer (PySide6, offscreen), and writes the ICO and ICNS containers
itself: no other image library is needed.

Small sizes are drawn from the master's rounded square only (its 8-unit margin left out), so
the square's edges fall on whole pixels at 16 and 32 and stay sharp instead of half-covered.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "msdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x ones repeat a size).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)
SMALL = 32  # at this size and below, the margin is left out
MARGIN = 8  # units of the master's 256-unit view box around its rounded square


def render(size: int) -> bytes:
    """The master drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {MASTER}")
    if size <= SMALL:
        box = renderer.viewBoxF()
        renderer.setViewBox(box.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise SystemExit(f"cannot encode the {size}px icon")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG-compressed image per size (Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 stands for 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon with PNG entries, the @2x ones included."""
    body = b"".join(
        kind + struct.pack(">I", len(pngs[size]) + 8) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons",
                        help="where to write (default: build/icons)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (kept alive)
    needed = set(SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render(size) for size in sorted(needed)}
    out: Path = args.out
    for size in SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "msdesk.png").write_bytes(pngs[size])
    (out / "msdesk.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (out / "msdesk.icns").write_bytes(icns(pngs))
    print(f"icons written to {out}: {', '.join(f'{s}px' for s in SIZES)}, msdesk.ico, msdesk.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
