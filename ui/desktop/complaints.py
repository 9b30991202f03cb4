"""The complaints register: the complaints addressed to the user's body, their status, deadline and answer.

The register decides which complaints reach whom and what may be done (`register.complaints`); this screen
lists them (unanswered first, the nearest deadline first), says in words when a deadline has passed, and
asks for the answer or a new deadline in small non-modal dialogs that name the complaint.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from register.access import AccessDenied
from register.complaints import ANSWERED, RECEIVED, Complaint, ComplaintAction, ComplaintError
from register.service import Services
from register.timeutil import format_local
from ui.desktop.background import BackgroundOp, describe
from ui.desktop.fields import LocalDateTimeEdit
from ui.desktop.messages import translate_message
from ui.desktop.tables import Column, HistoryModel, RowsTableModel, name_table
from ui.desktop.text_dialog import TextDialog
from ui.desktop.texts import Retranslating, tr_args

OVERDUE_BACKGROUND, OVERDUE_FOREGROUND = QColor("#ffe0b2"), QColor("#000000")
STATUS_NAMES = {
    "received": QT_TRANSLATE_NOOP("Complaints", "received"),
    "taken_up": QT_TRANSLATE_NOOP("Complaints", "taken up"),
    "answered": QT_TRANSLATE_NOOP("Complaints", "answered"),
}
BODY_NAMES = {
    "prosecutor": QT_TRANSLATE_NOOP("Complaints", "prosecutor"),
    "ombudsman": QT_TRANSLATE_NOOP("Complaints", "Ombudsman"),
    "npm": QT_TRANSLATE_NOOP("Complaints", "national preventive mechanism"),
    "other": QT_TRANSLATE_NOOP("Complaints", "another body"),
}
ACTION_NAMES = {
    "take_up": QT_TRANSLATE_NOOP("Complaints", "taken up"),
    "answer": QT_TRANSLATE_NOOP("Complaints", "answered"),
    "deadline": QT_TRANSLATE_NOOP("Complaints", "deadline moved"),
}


def status_name(status: str) -> str:
    return QCoreApplication.translate("Complaints", STATUS_NAMES[status])


def body_name(body: str) -> str:
    return QCoreApplication.translate("Complaints", BODY_NAMES.get(body, BODY_NAMES["other"]))


class ComplaintTableModel(RowsTableModel):
    """One row per complaint, in the register's order (unanswered first, the nearest deadline first)."""

    STATUS, DUE, PERSON, SUBJECT, ILL_TREATMENT, BODY, CUSTODY, FACILITY, MADE, ANSWER = range(10)
    CONTEXT = "ComplaintTableModel"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Status")),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Answer due"), live=True),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Person")),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Subject")),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Ill-treatment")),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Addressed to")),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Custody")),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Facility")),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Made")),
               Column(QT_TRANSLATE_NOOP("ComplaintTableModel", "Answer")))

    def __init__(self, parent: QWidget | None = None):
        super().__init__((), parent)
        self._now: datetime | None = None

    def set_complaints(self, complaints: list[Complaint], now: datetime) -> None:
        self._now = now
        self.set_rows(complaints)

    def complaint(self, row: int) -> Complaint:
        return self.row_at(row)

    def row_of(self, event_id: str) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.event_id == event_id), None)

    def cell(self, complaint: Complaint, column: int, role: int):
        overdue = self._now is not None and complaint.overdue(self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(complaint, column, overdue)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.SUBJECT, self.ANSWER, self.BODY):
            return {self.SUBJECT: complaint.subject, self.ANSWER: complaint.answer or "",
                    self.BODY: complaint.addressee}[column]
        if role == Qt.ItemDataRole.BackgroundRole and overdue and complaint.status != ANSWERED:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and overdue and complaint.status != ANSWERED:
            return OVERDUE_FOREGROUND
        return None

    def _text(self, complaint: Complaint, column: int, overdue: bool) -> str:
        if column == self.STATUS:
            return status_name(complaint.status)
        if column == self.DUE:
            due = format_local(complaint.due_at, complaint.timezone)
            if overdue and complaint.status != ANSWERED:  # said, not only coloured
                return tr_args(self.tr("⚠ overdue since %1"), due)
            if overdue:
                return tr_args(self.tr("%1 (answered late)"), due)
            return due
        if column == self.PERSON:
            return complaint.person_name
        if column == self.CUSTODY:
            return complaint.custody_id
        if column == self.FACILITY:
            return complaint.facility_name or ""
        if column == self.MADE:
            return format_local(complaint.made_at, complaint.timezone)
        if column == self.BODY:  # the addressee's own words in the tooltip
            return body_name(complaint.body)
        if column == self.SUBJECT:
            return complaint.subject
        if column == self.ILL_TREATMENT:
            return self.tr("yes") if complaint.ill_treatment else self.tr("no")
        return complaint.answer or ""


class ComplaintHistoryModel(HistoryModel):
    """What the body did about the selected complaint, oldest first."""

    CONTEXT = "ComplaintHistoryModel"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("ComplaintHistoryModel", "When")),
               Column(QT_TRANSLATE_NOOP("ComplaintHistoryModel", "Action")),
               Column(QT_TRANSLATE_NOOP("ComplaintHistoryModel", "By")),
               Column(QT_TRANSLATE_NOOP("ComplaintHistoryModel", "Text")),
               Column(QT_TRANSLATE_NOOP("ComplaintHistoryModel", "New deadline")))

    def cell(self, action: ComplaintAction, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (format_local(action.at, self._timezone),
                QCoreApplication.translate("Complaints", ACTION_NAMES[action.action]), action.by, action.text or "",
                format_local(action.due_at, self._timezone) if action.due_at else "")[column]


class DeadlineDialog(QDialog):
    """Asks for the new deadline of the answer and why it moves."""

    def __init__(self, current: datetime, zone: str, now, parent: QWidget | None = None):
        super().__init__(parent)
        self.due_edit = LocalDateTimeEdit(now, [zone])  # the facility's wall clock, whatever the station's
        self.due_edit.set_value(current)
        self.reason_edit = QPlainTextEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&New deadline:"), self.due_edit)
        form.addRow(self.tr("&Why:"), self.reason_edit)
        form.addRow(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def due_at(self) -> datetime:
        return self.due_edit.value()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.reason_edit.toPlainText().strip()))


class ComplaintsView(Retranslating, QWidget):
    """The complaints that reach the user's body, with take up / answer / move the deadline."""

    open_custody = Signal(str)  # custody id
    refreshed = Signal()

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._complaints = service.complaints
        self._all: list[Complaint] = []
        self.dialog: QDialog | None = None
        self.refreshing = False

        self.answered_box = QCheckBox()
        self.refresh_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.answered_box)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        self.model = ComplaintTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ComplaintTableModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ComplaintTableModel.ANSWER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ComplaintTableModel.ANSWER, 240)
        self.history_model = ComplaintHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history_label = QLabel()
        history_box = QWidget()
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.take_up_button, self.answer_button, self.deadline_button = QPushButton(), QPushButton(), QPushButton()
        self.message = QLabel()
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.take_up_button, self.answer_button, self.deadline_button):
            actions.addWidget(button)
        actions.addWidget(self.message, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self.retranslate()
        self.answered_box.toggled.connect(self._apply_filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)  # Enter, and a double click
        self.take_up_button.clicked.connect(self.ask_take_up)
        self.answer_button.clicked.connect(self.ask_answer)
        self.deadline_button.clicked.connect(self.ask_deadline)
        self.refresh()

    def title(self) -> str:
        return self.tr("Complaints")

    def retranslate(self) -> None:
        self.answered_box.setText(self.tr("Show &answered"))
        self.refresh_button.setText(self.tr("R&efresh"))
        self.take_up_button.setText(self.tr("&Take up…"))
        self.answer_button.setText(self.tr("A&nswer…"))
        self.deadline_button.setText(self.tr("Move the &deadline…"))
        self.history_label.setText(self.tr("What was done about the selected complaint"))
        name_table(self.table, self.tr("Complaints"))
        name_table(self.history, self.tr("What was done about the selected complaint"))
        self._apply_filter()

    # ------------------------------------------------------------ listing

    @Slot()
    def refresh(self) -> None:
        """Read the complaints again away from the GUI thread."""
        if self.refreshing:
            return
        self.refreshing = True
        complaints = self._complaints
        BackgroundOp(self, lambda job: complaints.complaints(), title=self.tr("Refresh the complaints"),
                     success=self._listed, failure=self._failed).run()

    def _listed(self, complaints: list[Complaint]) -> None:
        self.refreshing = False
        self._all = complaints
        self._apply_filter()
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        self.refreshing = False
        self.message.setText(describe(error))
        self.refreshed.emit()

    @Slot()
    def _apply_filter(self) -> None:
        selected = self.selected()
        shown = [c for c in self._all if self.answered_box.isChecked() or c.status != ANSWERED]
        self.model.set_complaints(shown, self._service.now())
        row = self.model.row_of(selected.event_id) if selected else None
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> Complaint | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.complaint(rows[0].row()) if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        complaint = self.selected()
        self.history_model.set_history(complaint.history if complaint else (),
                                       complaint.timezone if complaint else "UTC")
        open_ = complaint is not None and complaint.status != ANSWERED
        self.take_up_button.setEnabled(open_ and complaint.status == RECEIVED)
        self.answer_button.setEnabled(open_)
        self.deadline_button.setEnabled(open_)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        self.open_custody.emit(self.model.complaint(index.row()).custody_id)

    # ------------------------------------------------------------ actions

    @Slot()
    def ask_take_up(self) -> None:
        dialog = TextDialog(self.tr("Take up the complaint"), self.tr("Comment (optional):"), False, self)
        self._open(dialog, lambda event_id: self._complaints.take_up(event_id, dialog.text()))

    @Slot()
    def ask_answer(self) -> None:
        dialog = TextDialog(self.tr("Answer the complaint"), self.tr("The answer given to the complainant (required):"),
                            True, self)
        self._open(dialog, lambda event_id: self._complaints.answer(event_id, dialog.text()))

    @Slot()
    def ask_deadline(self) -> None:
        complaint = self.selected()
        if complaint is None:
            return
        dialog = DeadlineDialog(complaint.due_at, complaint.timezone, self._service.now, self)
        dialog.setWindowTitle(self.tr("Move the deadline for the answer"))
        self._open(dialog, lambda event_id: self._complaints.move_deadline(
            event_id, dialog.due_at(), dialog.reason_edit.toPlainText()))

    def _open(self, dialog: QDialog, act) -> None:
        """Open the dialog without blocking, titled with the complaint it acts on; on OK, act on it."""
        complaint = self.selected()
        if complaint is None:
            return
        dialog.setWindowTitle(tr_args(self.tr("%1: %2, %3 (%4)"), dialog.windowTitle(), complaint.person_name,
                                      format_local(complaint.made_at, complaint.timezone), complaint.custody_id))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._act(act, complaint.event_id))
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()

    @Slot()
    def _dialog_finished(self) -> None:
        self.dialog = None

    def _act(self, act, event_id: str) -> None:
        try:
            act(event_id)
        except (ComplaintError, AccessDenied) as refused:
            self.message.setText(translate_message(refused))
            return
        self.message.clear()
        self.refresh()
