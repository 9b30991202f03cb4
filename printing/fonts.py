"""DejaVu fonts for every printout: ReportLab's built-in Helvetica has no Cyrillic or Kazakh letters."""
from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import FONTS

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
MONO = "DejaVuSansMono"

_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


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
