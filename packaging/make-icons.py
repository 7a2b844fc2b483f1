#!/usr/bin/env python3
"""Renders resources/icons/signalbox.svg into the committed icon files, with rsvg-convert
(Debian: librsvg2-bin) and the Python standard library:

  signalbox-<size>.png  16, 32, 48, 64, 128, 256, 512 (the hicolor theme sizes installed on Linux)
  signalbox.ico         Windows: 16, 24, 32, 48, 64, 256, each a PNG inside the ICO (Vista and later)
  signalbox.icns        macOS: 16 to 1024, PNG entries (icp4..ic10, ic11..ic14 for Retina)

Run it again after editing the SVG: python3 packaging/make-icons.py
"""
import pathlib
import struct
import subprocess
import sys
import tempfile

ICONS = pathlib.Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "signalbox.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# Apple's PNG-bearing icon types and the pixel size each holds.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def render(size: int, tmp: pathlib.Path) -> bytes:
    out = tmp / f"{size}.png"
    if not out.exists():
        subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size), "--keep-aspect-ratio",
                        "--output", str(out), str(SVG)], check=True)
    return out.read_bytes()


def ico(images: list[tuple[int, bytes]]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        # 0 in the width and height bytes means 256
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def icns(images: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        tmp = pathlib.Path(name)
        for size in PNG_SIZES:
            (ICONS / f"signalbox-{size}.png").write_bytes(render(size, tmp))
        (ICONS / "signalbox.ico").write_bytes(ico([(size, render(size, tmp)) for size in ICO_SIZES]))
        (ICONS / "signalbox.icns").write_bytes(icns([(kind, render(size, tmp)) for kind, size in ICNS_TYPES]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
