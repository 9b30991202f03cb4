"""Confidential flags: who is at risk of reprisal, and the form to flag someone, for prosecutors and monitors.

A flag is set after, for example, a complaint of ill-treatment: from then on every transfer and every
injury finding of that person is an indicator in the inbox (register/confidential.py). Flags are chained
and never removed, and no facility's staff ever sees them (the tab exists only for those who may).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from register.access import AccessDenied
from register.confidential import ConfidentialFlag
from register.errors import Rejected
from register.service import Services
from register.timeutil import format_local
from ui.desktop.messages import translate_message
from ui.desktop.tables import Column, RowsTableModel, name_table, read_only_table
from ui.desktop.texts import Retranslating, tr_args


class FlagTableModel(RowsTableModel):
    """One row per flag, oldest first, with the person's name."""

    CONTEXT = "FlagTableModel"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("FlagTableModel", "Person")),
               Column(QT_TRANSLATE_NOOP("FlagTableModel", "Set")),
               Column(QT_TRANSLATE_NOOP("FlagTableModel", "By")),
               Column(QT_TRANSLATE_NOOP("FlagTableModel", "Reason")))

    def __init__(self, parent: QWidget | None = None):
        super().__init__((), parent)
        self._names: dict[str, str] = {}
        self._timezone = "UTC"

    def set_flags(self, flags: list[ConfidentialFlag], names: dict[str, str], tz_name: str) -> None:
        self._names, self._timezone = names, tz_name
        self.set_rows(flags)

    def cell(self, flag: ConfidentialFlag, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return flag.reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        person = tr_args(self.tr("%1 (%2)"), self._names.get(flag.person, ""), flag.person)
        return (person, format_local(flag.at, self._timezone), flag.by, flag.reason)[column]


class ConfidentialFlagsView(Retranslating, QWidget):
    """See every flag; find a person and flag them at risk of reprisal, with the reason."""

    flagged = Signal(str)  # the person id just flagged

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.model = FlagTableModel(self)
        self.table = read_only_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.form_box = QGroupBox()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.find_button = QPushButton()
        self.person_box = QComboBox()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setMaximumHeight(90)
        self.set_button = QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.search_label, self.person_label, self.reason_label = QLabel(), QLabel(), QLabel()
        for label, buddy in ((self.search_label, self.search_edit), (self.person_label, self.person_box),
                             (self.reason_label, self.reason_edit)):
            label.setBuddy(buddy)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.find_button)
        form = QFormLayout(self.form_box)
        form.addRow(self.search_label, search_row)
        form.addRow(self.person_label, self.person_box)
        form.addRow(self.reason_label, self.reason_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.message, 1)
        form.addRow(buttons)

        self.list_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_box)

        self.retranslate()
        self.find_button.clicked.connect(self.find)
        self.search_edit.returnPressed.connect(self.find)
        self.set_button.clicked.connect(self.set_flag)
        self.person_box.currentIndexChanged.connect(self._update_button)
        self.reason_edit.textChanged.connect(self._update_button)
        self.refresh()

    def title(self) -> str:
        return self.tr("Reprisal risk")

    def retranslate(self) -> None:
        self.list_label.setText(self.tr("People flagged at risk of reprisal (confidential: never shown to a "
                                        "facility's staff)"))
        name_table(self.table, self.tr("People flagged at risk of reprisal"))
        self.form_box.setTitle(self.tr("Flag a person"))
        self.search_label.setText(self.tr("&Find:"))
        self.search_edit.setPlaceholderText(self.tr("name or identity document"))
        self.find_button.setText(self.tr("Fin&d"))
        self.person_label.setText(self.tr("&Person:"))
        self.reason_label.setText(self.tr("Rea&son:"))
        self.set_button.setText(self.tr("F&lag at risk of reprisal"))
        self._update_button()

    @Slot()
    def refresh(self) -> None:
        flags = self._service.confidential.flags()
        names = {}
        for person_id in dict.fromkeys(f.person for f in flags):
            person = self._service.board.person(person_id)
            names[person_id] = person.full_name if person else ""
        self.model.set_flags(flags, names, self._service.profile.timezone)

    @Slot()
    def find(self) -> None:
        self.person_box.clear()
        for person in self._service.board.find_persons(self.search_edit.text()):
            born = person.birth_date.isoformat() if person.birth_date else self.tr("birth date unknown")
            self.person_box.addItem(tr_args(self.tr("%1, %2 (%3)"), person.full_name, born, person.id), person.id)
        self.message.setText("" if self.person_box.count() else self.tr("Nobody found."))
        self._update_button()

    @Slot()
    def set_flag(self) -> None:
        person_id = self.person_box.currentData()
        if person_id is None:
            return
        try:
            self._service.confidential.set_flag(person_id, self.reason_edit.toPlainText())
        except Rejected as rejected:
            self.message.setText(translate_message(rejected.problems[0].message))
            return
        except AccessDenied as denied:
            self.message.setText(translate_message(denied))
            return
        self.message.setText(tr_args(self.tr("%1 is flagged at risk of reprisal."), self.person_box.currentText()))
        self.reason_edit.clear()
        self.refresh()
        self.flagged.emit(person_id)

    @Slot()
    def _update_button(self) -> None:
        self.set_button.setEnabled(self.person_box.currentData() is not None
                                   and bool(self.reason_edit.toPlainText().strip()))
