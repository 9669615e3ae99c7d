"""Rewrites a CFF-flavoured OpenType font with TrueType (quadratic, glyf) outlines.

stb_truetype, which Dear ImGui uses, rasterises glyf outlines in about half the time of CFF
charstrings, and the app rasterises its whole atlas before the first frame.
Usage: font_to_truetype_outlines.py IN.otf OUT.otf (needs Debian's python3-fonttools).
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR_UNITS = 1.0  # how far a quadratic may stray from the cubic, in font units (2048 per em)


def main(source, target):
    font = TTFont(source)
    if "CFF " not in font:
        sys.exit(f"{source}: no CFF outlines to convert")
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType's clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, max_err=MAX_ERROR_UNITS, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    # TrueType needs maxp version 1.0; its point and contour counts are recomputed on save.
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours", "maxTwilightPoints",
                  "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names, as in the subset CFF font
    font.sfntVersion = "\0\1\0\0"
    font.save(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: font_to_truetype_outlines.py IN.otf OUT.otf")
    main(sys.argv[1], sys.argv[2])
