"""Help > About: what this program is, which version, under which licence, and where its source is, which the
GPL obliges a station to be able to say; and the application's icon, set on every window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.desktop.texts import Retranslating, tr_args
from ui.metadata import ICON, LICENCE, SOURCE_DIR, program_version


def application_icon() -> QIcon:
    return QIcon(str(ICON))


class AboutDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about-dialog")
        picture = QLabel()
        picture.setPixmap(application_icon().pixmap(96, 96))
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.version = QLabel()
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.licence = QLabel()
        self.licence.setWordWrap(True)
        self.source = QLabel()
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setOpenExternalLinks(True)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        for label in (self.version, self.licence):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        texts = QVBoxLayout()
        for label in (self.title, self.version, self.purpose, self.licence, self.source):
            texts.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)  # the source address is one unbreakable word
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Detention Register"))
        self.title.setText("<h2>" + self.tr("Detention Register") + "</h2>")
        self.version.setText(tr_args(self.tr("Version %1"), program_version()))
        self.purpose.setText(self.tr("The register of people deprived of their liberty, with the legal time "
                                     "limits of each custody counted live."))
        self.licence.setText(tr_args(self.tr("Free software under the GNU General Public License, version 3 or "
                                             "any later version (%1). It comes with no warranty."), LICENCE))
        self.source.setText(tr_args(self.tr("Source code: %1"), f'<a href="{SOURCE_DIR.as_uri()}">{SOURCE_DIR}</a>'))
