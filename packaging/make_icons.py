"""Make the app icons for the bundles: resources/icons/biaozhu.ico (Windows) and .icns (macOS).

The source is resources/icons/biaozhu.png (the GUI's icon) when it exists, else
resources/icons/biaozhu-app.png, drawn here with QPainter on first use. Both ICO and ICNS
can hold PNG images, so the writers below are a few lines of ``struct``; Qt only scales.

    python packaging/make_icons.py [--force]
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS PNG element types: (type, pixel size). ic11-ic14 are the @2x variants.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG image per size (Windows Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, data = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file holding PNG elements for each size in ICNS_TYPES that `pngs` has."""
    body = b""
    for kind, size in ICNS_TYPES:
        if size in pngs:
            body += kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico(data: bytes) -> list[tuple[int, bytes]]:
    """(size, image bytes) of each ICO entry; for tests and checks."""
    _, kind, count = struct.unpack_from("<HHH", data, 0)
    if kind != 1:
        raise ValueError("not an icon file")
    out = []
    for i in range(count):
        w, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        out.append((w or 256, data[offset:offset + length]))
    return out


def read_icns(data: bytes) -> list[tuple[str, bytes]]:
    """(type, element bytes) of each ICNS element; for tests and checks."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an icns file")
    out, pos = [], 8
    while pos < len(data):
        kind = data[pos:pos + 4].decode("ascii")
        length = struct.unpack_from(">I", data, pos + 4)[0]
        out.append((kind, data[pos + 8:pos + length]))
        pos += length
    return out


# -- Qt: drawing and scaling --------------------------------------------------------------------


def _gui_app():
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])


def draw_icon(path: Path, size: int = 1024) -> None:
    """A page with coloured coding stripes on a rounded tile (no text: no font needed)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    _gui_app()
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 16
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#B5242B"))  # seal red
    p.drawRoundedRect(QRectF(0.5 * s, 0.5 * s, 15 * s, 15 * s), 3 * s, 3 * s)
    p.setBrush(QColor("#FFFDF7"))
    p.drawRoundedRect(QRectF(3.5 * s, 2.5 * s, 9 * s, 11 * s), 0.8 * s, 0.8 * s)
    lines = [(4.5, 4.2, 7.0, "#9AA3AD"), (4.5, 6.2, 6.0, "#F2B632"), (4.5, 8.2, 7.0, "#9AA3AD"),
             (4.5, 10.2, 4.5, "#3C8DBC")]
    for x, y, w, colour in lines:
        p.setBrush(QColor(colour))
        p.drawRoundedRect(QRectF(x * s, y * s, w * s, 1.0 * s), 0.3 * s, 0.3 * s)
    p.setBrush(QColor("#F2B632"))  # the margin stripe of a coding
    p.drawRect(QRectF(3.5 * s, 5.8 * s, 0.5 * s, 5.6 * s))
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not img.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def scaled_pngs(source: Path, sizes: set[int]) -> dict[int, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    _gui_app()
    img = QImage(str(source))
    if img.isNull():
        raise ValueError(f"{source} is not an image Qt can read")
    out = {}
    for size in sorted(sizes):
        scaled = img.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)
        buf = QByteArray()
        dev = QBuffer(buf)
        dev.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(dev, "PNG")
        dev.close()
        out[size] = bytes(buf.data())
    return out


def source_png() -> Path:
    """The GUI's icon when there is one, else ours (drawn when missing)."""
    gui = ICONS / "biaozhu.png"
    if gui.exists():
        return gui
    ours = ICONS / "biaozhu-app.png"
    if not ours.exists():
        draw_icon(ours)
    return ours


def make_icons(force: bool = False) -> list[Path]:
    """Write biaozhu.ico and biaozhu.icns when missing or older than the source PNG."""
    src = source_png()
    targets = [ICONS / "biaozhu.ico", ICONS / "biaozhu.icns"]
    if not force and all(t.exists() and t.stat().st_mtime >= src.stat().st_mtime for t in targets):
        return []
    pngs = scaled_pngs(src, set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    targets[0].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    targets[1].write_bytes(icns_bytes(pngs))
    return targets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rewrite even when up to date")
    args = parser.parse_args()
    for path in make_icons(args.force):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
