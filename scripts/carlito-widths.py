"""
Writes src/sheets/carlito-widths.json: Carlito's advance widths (the same as Calibri's) for the characters
the toolkit's sheets use, in thousandths of the font size, for regular and bold type. The one text
measurer (src/sheets/wrap-height.ts) wraps words with them as Excel and LibreOffice do.
Run with Debian's python: /usr/bin/python3 scripts/carlito-widths.py (needs fonts-crosextra-carlito).
"""
import json
import os
import struct

FONTS = "/usr/share/fonts/truetype/crosextra"
# Printable ASCII, Latin-1 letters, and the punctuation and marks the sheets print.
CHARS = [chr(c) for c in range(32, 127)] + [chr(c) for c in range(0xA0, 0x100)] + list("–—‘’“”•…✓●★·−≥≤")


def tables(data):
    count = struct.unpack(">H", data[4:6])[0]
    found = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i: 28 + 16 * i])
        found[tag.decode()] = data[offset: offset + length]
    return found


def glyph_of(cmap):
    """Character code -> glyph index, from the Unicode format-4 subtable."""
    count = struct.unpack(">H", cmap[2:4])[0]
    for i in range(count):
        platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i: 12 + 8 * i])
        if platform == 3 and encoding == 1 and struct.unpack(">H", cmap[offset: offset + 2])[0] == 4:
            sub = cmap[offset:]
            segments = struct.unpack(">H", sub[6:8])[0] // 2
            ends = struct.unpack(">%dH" % segments, sub[14: 14 + 2 * segments])
            base = 16 + 2 * segments
            starts = struct.unpack(">%dH" % segments, sub[base: base + 2 * segments])
            deltas = struct.unpack(">%dh" % segments, sub[base + 2 * segments: base + 4 * segments])
            ranges_at = base + 4 * segments
            ranges = struct.unpack(">%dH" % segments, sub[ranges_at: ranges_at + 2 * segments])
            glyphs = {}
            for s in range(segments):
                for code in range(starts[s], ends[s] + 1):
                    if code == 0xFFFF:
                        continue
                    if ranges[s] == 0:
                        glyphs[code] = (code + deltas[s]) & 0xFFFF
                    else:
                        at = ranges_at + 2 * s + ranges[s] + 2 * (code - starts[s])
                        g = struct.unpack(">H", sub[at: at + 2])[0]
                        glyphs[code] = (g + deltas[s]) & 0xFFFF if g else 0
            return glyphs
    raise RuntimeError("no Unicode cmap")


def widths(path):
    data = open(path, "rb").read()
    t = tables(data)
    units = struct.unpack(">H", t["head"][18:20])[0]
    metrics = struct.unpack(">H", t["hhea"][34:36])[0]
    advances = struct.unpack(">%dH" % (2 * metrics), t["hmtx"][: 4 * metrics])[::2]
    glyphs = glyph_of(t["cmap"])
    out = {}
    for ch in CHARS:
        g = glyphs.get(ord(ch))
        if g:
            out[ch] = round(1000 * advances[min(g, metrics - 1)] / units)
    return out


result = {
    "source": "Carlito 1.103 (fonts-crosextra-carlito), metric-compatible with Calibri; thousandths of the font size",
    "regular": widths(os.path.join(FONTS, "Carlito-Regular.ttf")),
    "bold": widths(os.path.join(FONTS, "Carlito-Bold.ttf")),
}
out = os.path.join(os.path.dirname(__file__), "..", "src", "sheets", "carlito-widths.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(result, f, ensure_ascii=False, indent=0, sort_keys=True)
    f.write("\n")
