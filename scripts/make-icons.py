"""Writes the add-in icons (assets/icon-*.png): a teal tile with a rising bar chart.
Run: python3 scripts/make-icons.py. Plain zlib PNG writer, no imaging library needed."""
import struct
import zlib

TEAL = (0, 120, 130)
WHITE = (255, 255, 255)


def pixel(x, y, size):
    # Rounded-corner tile.
    r = size * 0.18
    cx = min(max(x + 0.5, r), size - r)
    cy = min(max(y + 0.5, r), size - r)
    if (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    # Three bars of rising height: levels going up.
    u, v = (x + 0.5) / size, (y + 0.5) / size
    for i, top in enumerate((0.62, 0.45, 0.25)):
        left = 0.2 + i * 0.22
        if left <= u <= left + 0.15 and top <= v <= 0.8:
            return WHITE + (255,)
    return TEAL + (255,)


def png(size):
    rows = b"".join(b"\x00" + bytes(c for x in range(size) for c in pixel(x, y, size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


for s in (16, 20, 24, 32, 40, 48, 64, 80, 128):
    with open(f"assets/icon-{s}.png", "wb") as f:
        f.write(png(s))
