"""Group actions: one event for many people at once (a mass detention's placements, notices, calls,
transfers and releases), all or nothing.

The shared fields are typed once; each person may have one exception (a different cell, a call that did
not get through, a notice not signed). The register checks every person's event as if it were recorded
alone (`svc.records.record_group`), and a refusal for anyone writes nothing and names that person.
"""
from __future__ import annotations

import html
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from register.domain import BoardRow
from register.errors import Problem, Rejected
from register.service import Services
from register.services.board import BoardQuery
from register.vocabulary import FieldKind, field_spec
from ui.desktop.event_form import EventFieldsForm
from ui.desktop.fields import (
    ChoiceCombo, ErrorLabel, YesNoCombo, event_type_label, field_label, submit,
)
from ui.desktop.messages import translate_message
from ui.desktop.tables import name_table
from ui.desktop.texts import tr_args

# What a group is given together in a mass detention, and the one field each person may have differently.
GROUP_EVENTS = {
    "placement": "location",
    "rights_informed": "signed",
    "notification": "outcome",
    "departure": "destination",
    "release": "released_to",
}
NAME, NUMBER, WHERE, EXCEPTION = range(4)
PROBLEMS_SHOWN = 20
HEADERS = (QT_TRANSLATE_NOOP("GroupActionDialog", "Person"),
           QT_TRANSLATE_NOOP("GroupActionDialog", "Custody No."),
           QT_TRANSLATE_NOOP("GroupActionDialog", "Now at"))


def rows_of(service: Services, custody_ids: Sequence[str]) -> list[BoardRow]:
    """The board rows of these custodies (the people of one mass intake), in the order given."""
    found = {row.custody_id: row for row in service.board.rows(
        BoardQuery(held_only=False, custody_ids=tuple(custody_ids)), 0, len(custody_ids), service.now())}
    return [found[custody_id] for custody_id in custody_ids if custody_id in found]


class GroupActionDialog(QDialog):
    """One event for every chosen person; the table lists them, each with an optional exception."""

    recorded = Signal(str)

    def __init__(self, service: Services, rows: Sequence[BoardRow], event_type: str = "placement",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.rows = list(rows)
        self.setWindowTitle(self.tr("Group action"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.type_box = ChoiceCombo([(t, event_type_label(t)) for t in GROUP_EVENTS], parent=self)
        self.type_box.setAccessibleName(self.tr("Event"))
        self.type_box.set_value(event_type)
        layout.addWidget(self.type_box)
        self.form_holder = QVBoxLayout()  # the shared fields above, everyone below
        layout.addLayout(self.form_holder)
        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        name_table(self.table, self.tr("People of the group"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.problems = ErrorLabel(self)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form: EventFieldsForm | None = None
        self._fill_people()
        self.type_box.currentIndexChanged.connect(self._build_form)
        self._build_form()
        self.header.setText("<b>" + html.escape(self.tr("%n person(s) chosen: one event for each, all or none",
                                                        "", len(self.rows))) + "</b>")

    @property
    def event_type(self) -> str:
        return self.type_box.value()

    def _fill_people(self) -> None:
        for number, row in enumerate(self.rows):
            where = ", ".join(p for p in (row.facility_name, row.location) if p)
            for column, text in ((NAME, row.person_name), (NUMBER, row.custody_id), (WHERE, where or "—")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(number, column, item)

    def _build_form(self) -> None:
        """The shared fields of the chosen event, and the exception column for its one per-person field."""
        zones = sorted({row.timezone for row in self.rows}) or [self.service.profile.timezone]
        if self.form is not None:
            self.form_holder.removeWidget(self.form)
            self.form.hide()  # at once: its deletion waits for the event loop
            self.form.deleteLater()
        self.form = EventFieldsForm(self.service, self.event_type, zones, now_shortcut=True, parent=self)
        self.form_holder.addWidget(self.form)
        if self.isVisible():
            self.form.show()  # at once, not when the event loop next runs
        name = GROUP_EVENTS[self.event_type]
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("GroupActionDialog", h) for h in HEADERS]
            + [tr_args(self.tr("%1 if not as for all"), field_label(name))])
        spec = field_spec(self.event_type, name)
        for number in range(len(self.rows)):
            self.table.removeCellWidget(number, EXCEPTION)
            if spec.kind is FieldKind.CHOICE:
                self.table.setCellWidget(number, EXCEPTION, ChoiceCombo.of_values(name, spec.choices,
                                                                                  self.tr("as for all")))
            elif spec.kind is FieldKind.BOOL:
                self.table.setCellWidget(number, EXCEPTION, YesNoCombo(self.tr("as for all")))
            else:
                self.table.setItem(number, EXCEPTION, QTableWidgetItem(""))
        self.problems.clear_message()

    def set_exception(self, row: int, value: Any) -> None:
        """Give one person their own value of the exception field (a cell number, 'unsuccessful', False)."""
        widget = self.table.cellWidget(row, EXCEPTION)
        if isinstance(widget, YesNoCombo):
            widget.set_value("yes" if value else "no")
        elif isinstance(widget, ChoiceCombo):
            widget.set_value(value)
        else:
            self.table.item(row, EXCEPTION).setText(str(value))

    def exception(self, row: int) -> dict[str, Any]:
        """The person's own value of the exception field, or nothing when it is as for all."""
        widget = self.table.cellWidget(row, EXCEPTION)
        if isinstance(widget, ChoiceCombo):
            value = widget.value()
        else:
            value = self.table.item(row, EXCEPTION).text().strip() or None
        return {} if value is None else {GROUP_EVENTS[self.event_type]: value}

    def members(self) -> list[tuple[str, dict[str, Any]]]:
        shared = self.form.values()
        return [(row.custody_id, {**shared, **self.exception(number)}) for number, row in enumerate(self.rows)]

    def submit(self) -> None:
        """Check the shared fields once beside them, then write everyone's event or nobody's."""
        self.form.errors.clear()
        self.problems.clear_message()
        members = self.members()
        if not members:
            self.problems.show_message(self.tr("Choose at least one person on the board."))
            return
        if not self._shared_fields_valid(members[0]):
            return
        if submit(lambda: self.service.records.record_group(self.event_type, self.form.at(), members),
                  self._show, self.problems.show_message):
            for row in self.rows:
                self.recorded.emit(row.custody_id)
            self.accept()

    def _shared_fields_valid(self, first: tuple[str, dict[str, Any]]) -> bool:
        """A missing or wrong shared field is said once, beside it, rather than once for every person."""
        try:
            self.service.records.new_event(first[0], self.event_type, self.form.at(), self.form.values())
        except Rejected as refusal:
            shared = [p for p in refusal.problems if p.field != GROUP_EVENTS[self.event_type]]
            if shared:
                self.form.show_problems(shared)
                return False
        return True

    def _show(self, problems: list[Problem]) -> None:
        """Every person's problem under the table (the sentence names them); the first one's row is selected."""
        numbers = {row.custody_id: number for number, row in enumerate(self.rows)}
        for problem in problems[:PROBLEMS_SHOWN]:
            self.problems.show_message(translate_message(problem.message))
        if len(problems) > PROBLEMS_SHOWN:
            self.problems.show_message(self.tr("… and %n more", "", len(problems) - PROBLEMS_SHOWN))
        named = [numbers[p.ref] for p in problems if p.ref in numbers]
        if named:  # selected outright: selectRow() would extend or toggle while Shift or Ctrl is held
            index = self.table.model().index(named[0], 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(index, flags)
