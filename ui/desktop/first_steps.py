"""What an empty register shows instead of a blank grid: the first steps, said plainly."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from register.access import Actor, Permission
from ui.desktop.texts import Retranslating


class FirstStepsPanel(Retranslating, QWidget):
    intake_requested = Signal()
    facility_requested = Signal()

    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self._manages_facilities = actor.may(Permission.MANAGE_FACILITIES)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.step_facility, self.step_intake, self.step_demo = QLabel(), QLabel(), QLabel()
        for label in (self.step_facility, self.step_intake, self.step_demo):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facility_button = QPushButton()
        self.facility_button.clicked.connect(self.facility_requested)
        self.intake_button = QPushButton()
        self.intake_button.clicked.connect(self.intake_requested)

        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.step_facility)
        layout.addWidget(self.facility_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.step_intake)
        layout.addWidget(self.intake_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.step_demo)
        self.facility_button.setVisible(self._manages_facilities)
        self.intake_button.setVisible(actor.may(Permission.RECORD_EVENTS))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The register is empty"))
        if self._manages_facilities:
            self.step_facility.setText(self.tr("1. Add your facilities one by one below, or import the facility "
                                               "list you received: on this station, run “detention-register "
                                               "import FILE” (JSON Lines)."))
        else:
            self.step_facility.setText(self.tr("1. Ask an administrator to add your facility to the register."))
        self.step_intake.setText(self.tr("2. Record the first person brought in: New intake (Ctrl+N)."))
        self.step_demo.setText(self.tr("To try the application first, open a separate demo register: "
                                       "“detention-register --db sqlite:///demo.db demo”, then "
                                       "“detention-register --db sqlite:///demo.db gui”."))
        self.facility_button.setText(self.tr("Add a &facility…"))
        self.intake_button.setText(self.tr("&New intake…"))
