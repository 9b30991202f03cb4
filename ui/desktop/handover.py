"""The shift handover screen: one facility at a chosen instant, the outgoing officer's name and notes,
printed, and signed in the register by the incoming officer (the signed-in user).

What is signed is exactly what is shown: the register refuses a signature when anything changed since
(register.services.custody_record.sign_handover), and the screen then reads it again.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimeZone, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout, QWidget)

from printing.handover_pdf import write_handover_pdf
from register.access import Permission
from register.errors import RegisterError
from register.handover import Handover, HandoverRow
from register.service import Services
from register.timeutil import format_local, parse_instant
from ui.desktop.background import BackgroundOp, describe
from ui.desktop.clock_chips import short_title
from ui.desktop.fields import instant_at, wall_time
from ui.desktop.i18n import current_language
from ui.desktop.markers import marker_texts
from ui.desktop.messages import translate_message
from ui.desktop.saving import save_pdf
from ui.desktop.tables import Column, RowsTableModel, name_table, read_only_table
from ui.desktop.texts import Retranslating, tr_args


class HandoverModel(RowsTableModel):
    CONTEXT = "HandoverModel"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("HandoverModel", "Location")),
               Column(QT_TRANSLATE_NOOP("HandoverModel", "Person")),
               Column(QT_TRANSLATE_NOOP("HandoverModel", "Markers")),
               Column(QT_TRANSLATE_NOOP("HandoverModel", "Due in the next 12 h")),
               Column(QT_TRANSLATE_NOOP("HandoverModel", "Checks missed")),
               Column(QT_TRANSLATE_NOOP("HandoverModel", "Property held")))

    def __init__(self, parent: QWidget | None = None):
        super().__init__((), parent)
        self.timezone = "UTC"

    def cell(self, row: HandoverRow, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        due = "\n".join(f"{short_title(c)} — {format_local(c.due_at, self.timezone)}" for c in row.due)
        return (row.location or "", f"{row.person}\n{row.custody_id}",
                "\n".join(marker_texts(row.markers, row.check_interval_minutes)), due, str(row.missed_checks),
                "\n".join(row.property_held))[column]


class HandoverView(Retranslating, QWidget):
    """Choose a facility and an instant, read the handover, print it, sign it as the incoming officer."""

    open_custody = Signal(str)

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.handover: Handover | None = None
        self.facility_box = QComboBox()
        for facility in service.board.facilities():
            if service.actor.covers(facility.id):
                self.facility_box.addItem(facility.name, facility)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setTimeZone(QTimeZone.utc())  # holds the facility's wall time as is; see instant()
        self.outgoing_edit = QLineEdit()
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(70)
        self.show_button, self.print_button, self.sign_button = QPushButton(), QPushButton(), QPushButton()
        self.sign_button.setVisible(service.actor.may(Permission.RECORD_EVENTS))
        self.model = HandoverModel(self)
        self.table = read_only_table(self.model)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.facility_label, self.when_label, self.outgoing_label, self.notes_label = (QLabel(), QLabel(), QLabel(),
                                                                                       QLabel())
        for label, buddy in ((self.facility_label, self.facility_box), (self.when_label, self.when_edit),
                             (self.outgoing_label, self.outgoing_edit), (self.notes_label, self.notes_edit)):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.facility_label, self.facility_box)
        form.addRow(self.when_label, self.when_edit)
        form.addRow(self.outgoing_label, self.outgoing_edit)
        form.addRow(self.notes_label, self.notes_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.show_button, self.print_button, self.sign_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.set_instant(service.now())
        self.show_button.clicked.connect(self.read)
        self.print_button.clicked.connect(self.print_pdf)
        self.sign_button.clicked.connect(self.sign)
        self.table.doubleClicked.connect(lambda index: self.open_custody.emit(self.model.row_at(index.row()).custody_id))
        self._update_buttons()

    def tab_title(self) -> str:
        return self.tr("Shift handover")

    def retranslate(self) -> None:
        self.facility_label.setText(self.tr("&Facility:"))
        self.when_label.setText(self.tr("&At:"))
        self.outgoing_label.setText(self.tr("&Outgoing officer:"))
        self.notes_label.setText(self.tr("&Notes:"))
        self.show_button.setText(self.tr("R&ead the handover"))
        self.print_button.setText(self.tr("&Print PDF…"))
        self.sign_button.setText(self.tr("&Sign as the incoming officer"))
        name_table(self.table, self.tr("People held at the handover"))
        self.table.resizeColumnsToContents()  # the column titles in this language, whole, before any row

    def _zone(self) -> str:
        facility = self.facility_box.currentData()
        return facility.timezone if facility else self._service.profile.timezone

    def instant(self) -> datetime:
        return instant_at(self.when_edit.dateTime(), self._zone())

    def set_instant(self, instant: datetime) -> None:
        self.when_edit.setDateTime(wall_time(instant, self._zone()))

    @Slot()
    def read(self) -> BackgroundOp | None:
        facility = self.facility_box.currentData()
        if facility is None:
            return None
        custody, at = self._service.custody, self.instant()
        outgoing, notes = self.outgoing_edit.text(), self.notes_edit.toPlainText()
        return BackgroundOp(self, lambda job: custody.handover(facility.id, at, outgoing, notes),
                            title=self.tr("Shift handover"), success=self._show, failure=self._failed).run()

    def _show(self, handover: Handover) -> None:
        self.handover = handover
        self.model.timezone = handover.facility.timezone
        self.model.set_rows(handover.rows)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.message.setText(tr_args(self.tr("%n person(s) held at %1 on %2.", "", len(handover.rows)),
                                     handover.facility.name, format_local(handover.as_of, handover.facility.timezone)))
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe(error))

    def _update_buttons(self) -> None:
        for button in (self.print_button, self.sign_button):
            button.setEnabled(self.handover is not None)

    @Slot()
    def print_pdf(self) -> BackgroundOp | None:
        if self.handover is None:
            return None
        handover, lang = self.handover, current_language()
        return save_pdf(self, self.tr("Save the shift handover"),
                        f"handover-{handover.facility.id}-{handover.as_of:%Y%m%d-%H%M}.pdf",
                        lambda path: write_handover_pdf(handover, lang, path),
                        lambda path: self.message.setText(tr_args(self.tr("Saved to %1"), path)))

    @Slot()
    def sign(self) -> None:
        """Sign what is shown, with the name and notes as typed now (they are part of what is signed)."""
        if self.handover is None:
            return
        custody, shown = self._service.custody, self.handover
        if (self.outgoing_edit.text().strip(), self.notes_edit.toPlainText().strip()) != (shown.outgoing, shown.notes):
            self.message.setText(self.tr("The name or the notes changed: read the handover again, then sign."))
            return
        try:
            signed = custody.sign_handover(shown)
        except RegisterError as error:
            self.message.setText(translate_message(error))
            return
        self.message.setText(tr_args(self.tr("Signed in the register by %1 at %2."), signed["by"],
                                     format_local(parse_instant(signed["at"]), shown.facility.timezone)))
