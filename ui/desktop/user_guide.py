"""Help > User guide (F1): the guide for duty officers, prosecutors, monitors and the whereabouts desk, in the
language of the interface. It is plain HTML in resources/guide/<lang>/, shown in a QTextBrowser, so it works
offline at a station and in the bundle; its screenshots are made by `make screenshots`."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from resources import RESOURCES
from ui.desktop.i18n import current_language
from ui.desktop.texts import Retranslating

GUIDE = RESOURCES / "guide"


def guide_page(lang: str) -> Path:
    """The guide's page in `lang`; English where a language has none."""
    page = GUIDE / lang / "index.html"
    return page if page.is_file() else GUIDE / "en" / "index.html"


def guide_action_text() -> str:
    return QCoreApplication.translate("UserGuide", "&User guide")


def make_guide_action(parent: QWidget) -> QAction:
    """The Help menu's entry, on F1 (the platform's help key); the window shows one guide, raised again if open."""
    action = QAction(guide_action_text(), parent)
    action.setShortcuts(QKeySequence.StandardKey.HelpContents)
    action.triggered.connect(lambda: show_guide(parent))
    return action


def show_guide(parent: QWidget) -> "UserGuide":
    guide = parent.findChild(UserGuide)
    if guide is None:
        guide = UserGuide(parent)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


class UserGuide(Retranslating, QDialog):
    """A separate, non-modal window: the officer reads it beside the form they are filling in."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.lang = ""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 680)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("UserGuide", "Detention Register: user guide"))
        self.browser.setAccessibleName(QCoreApplication.translate("UserGuide", "User guide"))
        lang = current_language()
        if lang != self.lang:
            self.lang = lang
            page = guide_page(lang)
            self.browser.setSearchPaths([str(page.parent), str(GUIDE)])
            self.browser.setSource(QUrl.fromLocalFile(str(page)))
