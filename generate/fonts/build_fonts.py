"""Rebuild the vendored CJK font subsets (a maintainer's tool, not imported at run time).

Why vendored: the PDFs must look the same on a machine with no Chinese fonts, and no
well-known pip package ships a CJK *serif* face. We take Noto Serif CJK SC (SIL OFL 1.1)
from a local copy (Debian's ``fonts-noto-cjk`` puts it under
/usr/share/fonts/opentype/noto/), keep only the GB 2312 repertoire plus the punctuation
and symbols official documents use, rename the family so that the modified version
is not mistaken for the original ("Noto" is a Google trademark), and convert the CFF
outlines to TrueType: MuPDF subsets TrueType faces itself in milliseconds when a PDF is
saved, where a CFF face needs fontTools and most of a second per document.
Characters outside the subset (rare name characters) fall back at render time to the
Droid Sans Fallback face that PyMuPDF itself ships, so no character is ever dropped.

Usage::

    python generate/fonts/build_fonts.py [/usr/share/fonts/opentype/noto]

Needs ``fonttools`` (a development dependency only).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

HERE = Path(__file__).resolve().parent

FACES = {
    "AssistdeskSerifSC-Regular.ttf": ("NotoSerifCJK-Regular.ttc", "Regular"),
    "AssistdeskSerifSC-Bold.ttf": ("NotoSerifCJK-Bold.ttc", "Bold"),
}

# Characters a personal name may carry that GB 2312 lacks but that are common enough to
# deserve the serif face rather than the fallback.
EXTRA_NAME_CHARS = "堃喆昇珺玥琍瑢昕晟旻镕垚淼焱鑫赟祎玙珏璟琤蒨婕妘妍媛頔彧翀犇骉燚"


def gb2312_repertoire() -> set[str]:
    """Every character GB 2312 encodes (6763 hanzi plus its symbols), decoded by Python."""
    chars: set[str] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def document_punctuation() -> set[str]:
    """ASCII, full-width forms, CJK punctuation and the dashes page numbers use."""
    ranges = [
        (0x20, 0x7E),
        (0xA0, 0xFF),
        (0x2010, 0x2027),
        (0x2030, 0x203B),
        (0x2160, 0x216B),  # Roman numerals Ⅰ–Ⅻ
        (0x2460, 0x2473),  # circled numbers ①–⑳
        (0x2E3A, 0x2E3B),  # two- and three-em dashes
        (0x3000, 0x303F),
        (0xFF01, 0xFF5E),
        (0xFFE0, 0xFFE6),
    ]
    chars = {chr(c) for lo, hi in ranges for c in range(lo, hi + 1)}
    chars.update("×÷±≤≥≠□√№¥〇")
    return chars


def build(source_dir: Path) -> None:
    text = "".join(sorted(gb2312_repertoire() | document_punctuation() | set(EXTRA_NAME_CHARS)))
    for out_name, (ttc_name, style) in FACES.items():
        collection = TTCollection(str(source_dir / ttc_name))
        font = next(f for f in collection.fonts if f["name"].getDebugName(1).endswith("CJK SC"))
        options = subset.Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.hinting = False
        options.layout_features = ["vert", "vrt2", "kern", "palt", "halt"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(text=text)
        subsetter.subset(font)
        rename(font, style)
        one_code_per_glyph(font)
        to_truetype(font)
        out = HERE / out_name
        font.save(str(out))
        print(f"{out.name}: {out.stat().st_size / 1e6:.2f} MB")


def one_code_per_glyph(font: TTFont) -> None:
    """Map each glyph from one character only, the lowest (ASCII before its look-alikes).

    A PDF's ToUnicode map gives one character per glyph; where U+002D and U+2011 share a
    glyph, MuPDF may write either, and a telephone number would read back with a
    non-breaking hyphen. Keeping one code per glyph makes text read back as it was put in.
    """
    for table in font["cmap"].tables:
        first: dict[str, int] = {}
        for code in sorted(table.cmap):
            first.setdefault(table.cmap[code], code)
        table.cmap = {code: glyph for code, glyph in table.cmap.items() if first[glyph] == code}


def to_truetype(font: TTFont, max_error: float = 1.0) -> None:
    """Replace the CFF outlines by quadratic TrueType ones (error at most 1/1000 em)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_error, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in [
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxPoints",
        "maxContours",
        "maxCompositePoints",
        "maxCompositeContours",
        "maxComponentDepth",
    ]:
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    font["maxp"] = maxp
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    font.sfntVersion = "\000\001\000\000"


def rename(font, style: str) -> None:
    """Give the subset its own family name, keeping copyright and licence entries."""
    family = "Assistdesk Serif SC"
    postscript = f"AssistdeskSerifSC-{style}"
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 18, 7):
            names.removeNames(nameID=record.nameID)
    names.setName(family, 1, 3, 1, 0x409)
    names.setName(f"{postscript};subset of Noto Serif CJK SC 2.001 (GB 2312)", 3, 3, 1, 0x409)
    names.setName(f"{family} {style}".replace(" Regular", ""), 4, 3, 1, 0x409)
    names.setName(postscript, 6, 3, 1, 0x409)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName = f"{family} {style}"
        top.FamilyName = family


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/usr/share/fonts/opentype/noto"))
