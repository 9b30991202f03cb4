"""Look: the bundled DejaVu fonts, the Fusion style and a light or dark palette.

DejaVu covers Cyrillic and the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І), so text
renders even on a station with no system fonts.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from resources import FONTS

FAMILY = "DejaVu Sans"
POINT_SIZE = 10


def install_fonts(app: QApplication) -> None:
    """Register every bundled font once and make DejaVu Sans the application font."""
    if FAMILY not in QFontDatabase.families():
        for path in sorted(FONTS.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
    app.setFont(QFont(FAMILY, POINT_SIZE))


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2b2b", role.WindowText: "#e8e8e8", role.Base: "#1e1e1e",
        role.AlternateBase: "#2a2a2a", role.ToolTipBase: "#3a3a3a", role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#9a9a9a", role.Text: "#e8e8e8", role.Button: "#353535",
        role.ButtonText: "#e8e8e8", role.BrightText: "#ff6b6b", role.Link: "#6cb4ff",
        role.Highlight: "#2f65ca", role.HighlightedText: "#ffffff", role.Light: "#454545",
        role.Midlight: "#3c3c3c", role.Mid: "#2f2f2f", role.Dark: "#1a1a1a", role.Shadow: "#000000",
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7a7a7a"))
    return palette


def wants_dark(choice: bool | None, scheme: Qt.ColorScheme | None = None) -> bool:
    """The user's choice, else the system's colour scheme (`scheme`, or the one the platform says now;
    light when it does not say)."""
    if choice is not None:
        return choice
    return (scheme or QGuiApplication.styleHints().colorScheme()) == Qt.ColorScheme.Dark


def apply_style(app: QApplication, dark: bool) -> None:
    """Fusion everywhere (it honours the palette on every platform), light or dark."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
