"""Render the app icon (resources/icons/app.svg) into the files the packagers need.

    python packaging/make_icons.py [--out packaging/icons]

Writes app-<N>.png for N in 16..512 (QSvgRenderer, no display needed), app.ico
(Windows, several sizes in one file) and app.icns (macOS).  The .ico is
written with Pillow when it is installed (a build-only dependency), else by hand
with PNG-compressed entries, which Windows Vista and later read; the .icns is
always written by hand (it is only a container of PNGs).  The outputs are committed, so a build does not need to
run this script unless app.svg changed.
"""

from __future__ import annotations

import argparse
import io
import os
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, by pixel size (the @2x variants reuse larger PNGs)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
)


def render_pngs(svg: Path) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg}: not a valid SVG")
    out: dict[int, bytes] = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def write_icns(pngs: dict[int, bytes], path: Path) -> None:
    chunks = b"".join(kind + struct.pack(">I", len(pngs[size]) + 8) + pngs[size] for kind, size in ICNS_TYPES)
    path.write_bytes(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)


def write_ico(pngs: dict[int, bytes], path: Path) -> None:
    """An ICO whose entries are PNG images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = 6 + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        blob = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    path.write_bytes(header + entries + blobs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=REPO / "resources" / "icons" / "app.svg")
    parser.add_argument("--out", type=Path, default=REPO / "packaging" / "icons")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    pngs = render_pngs(args.svg)
    for size, data in pngs.items():
        (args.out / f"app-{size}.png").write_bytes(data)

    try:
        from PIL import Image
    except ImportError:
        Image = None
    if Image is not None:
        # Pillow resamples from the largest image; hand it our own renderings for the small
        # sizes instead, which the SVG renderer draws crisper than a downscale.
        frames = [Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in ICO_SIZES]
        frames[-1].save(args.out / "app.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                        append_images=frames[:-1])
        how = "Pillow"
    else:
        write_ico(pngs, args.out / "app.ico")
        how = "built-in writer"
    # The icns container is a list of PNGs: written by hand from our own renderings, so it
    # holds no upscaled 1024 px image (which Pillow would make from the 512 px one).
    write_icns(pngs, args.out / "app.icns")
    print(f"make_icons: wrote {len(pngs)} PNGs, app.ico ({how}) and app.icns to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
