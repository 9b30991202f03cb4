"""DejaVu fonts for every printout: ReportLab's built-in Helvetica has no Cyrillic or Kazakh letters.

DejaVu has no Chinese characters: those (and only those) are set in a subset of Noto Sans SC
(resources/fonts/NotoSansSC-Subset.ttf, made by scripts/subset_cjk_font.py), so Latin, Cyrillic and Kazakh
names and places on a Chinese notice keep the face of every other printout.
"""
from __future__ import annotations

import re

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import FONTS

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

CJK = "NotoSansSC"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
# Han ideographs, CJK symbols and punctuation, full-width forms: what DejaVu cannot print.
_CJK_RUN = re.compile("[\u2e80-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+")


def register_fonts() -> None:
    """Register the fonts and their families once per process; later calls are free."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if registered.issuperset(_FILES):
        return
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONTS / filename)))
    # No italic faces are bundled: italic maps to the upright face so <i> never falls back to Helvetica.
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(MONO, bold, italic, MONO)



def register_cjk_font() -> None:
    """The Chinese face, registered only when some text needs it (only bold is not bundled: bold is upright)."""
    if CJK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(CJK, str(FONTS / "NotoSansSC-Subset.ttf")))
        pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)


def runs(text: str) -> list[tuple[bool, str]]:
    """The text cut into (is Chinese, part) runs, in order."""
    parts, position = [], 0
    for match in _CJK_RUN.finditer(text):
        if match.start() > position:
            parts.append((False, text[position:match.start()]))
        parts.append((True, match.group()))
        position = match.end()
    if position < len(text):
        parts.append((False, text[position:]))
    return parts


def cjk_markup(markup: str) -> str:
    """Paragraph markup with every run of Chinese characters set in the Chinese face (tags hold none)."""
    if not _CJK_RUN.search(markup):
        return markup
    register_cjk_font()
    return _CJK_RUN.sub(lambda run: f'<font name="{CJK}">{run.group()}</font>', markup)


def draw_mixed(canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """`canvas.drawString`, with Chinese runs in the Chinese face (a footer naming a Chinese notice)."""
    for chinese, part in runs(text):
        face = font
        if chinese:
            register_cjk_font()
            face = CJK
        canvas.setFont(face, size)
        canvas.drawString(x, y, part)
        x += pdfmetrics.stringWidth(part, face, size)
    canvas.setFont(font, size)
