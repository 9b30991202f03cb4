"""Make resources/fonts/NotoSansSC-Subset.ttf: the Chinese (Simplified) face of Noto Sans CJK (SIL Open Font
License 1.1), cut down to what a Chinese rights notice prints, so the register ships a font of a few MB
rather than the 19 MB collection, and converted to TrueType outlines, which ReportLab embeds (it cannot
embed the collection's CFF outlines).

The subset holds GB2312's level 1 hanzi (the 3,755 most frequent characters, names included), every
character of resources/rights/zh.toml, CJK punctuation, full-width forms and ASCII. Run once after the font
or the notice text changes (needs `pip install fonttools` and Debian's fonts-noto-cjk):

    python scripts/subset_cjk_font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SIMPLIFIED = 2  # the collection's faces: JP, KR, SC, TC, HK, then the monospaced ones
TARGET = ROOT / "resources" / "fonts" / "NotoSansSC-Subset.ttf"
MAX_ERROR = 1.0  # font units a quadratic curve may stray from the cubic one (of 1,000 to the em)


def gb2312_level1() -> set[str]:
    """Rows 16 to 55 of GB2312 (bytes 0xB0-0xD7), 94 cells each; row 55 stops at cell 89."""
    chars = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def wanted() -> set[int]:
    notice = (ROOT / "resources" / "rights" / "zh.toml").read_text(encoding="utf-8")
    chars = gb2312_level1() | set(notice)
    points = {ord(c) for c in chars if not c.isspace() or c == " "}
    points |= set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0xFF01, 0xFF5F))
    return points


def to_truetype(font: TTFont) -> None:
    """CFF outlines to quadratic TrueType ones (after fontTools' otf2ttf snippet)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for key in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, key, 1 if key == "maxZones" else 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType, post.extraNames, post.mapping, post.glyphOrder = 2.0, [], {}, order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def main(source: Path = SOURCE) -> None:
    font = TTFont(str(source), fontNumber=SIMPLIFIED)
    options = subset.Options()
    options.layout_features = []  # no vertical or regional alternates: a notice is set horizontally
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted())
    subsetter.subset(font)
    to_truetype(font)
    font.save(str(TARGET))
    print(f"{TARGET.relative_to(ROOT)}: {len(font.getGlyphOrder())} glyphs, {TARGET.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE)
