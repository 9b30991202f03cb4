"""Mass intake: a group brought in together, registered at the pace of a person every few seconds.

The shared apprehension and arrival are typed once; each person is one row
(Enter adds it and returns to the name). Every row becomes a full custody with
its own apprehension and arrival at the shared actual times, so every clock of
every person starts when they were really apprehended; no safeguard is off.
An unknown birth date stays unknown; an estimated age ('30') is recorded as
an estimate (the person's `estimated_age`), never turned into a birth date,
so the person shows AGE UNKNOWN ~30 and the protective rules still apply.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from register.domain import Custody, Event, Person
from register.errors import Problem, Rejected
from register.service import Services
from register.services.records import new_id
from register.vocabulary import SEXES
from ui.desktop.event_form import EventFieldsForm
from ui.desktop.fields import (
    ChoiceCombo, EntryLine, ErrorLabel, field_label, sex_label, split_codes, submit,
)
from ui.desktop.intake import ApprehensionForm, checked_person, facility_zones
from ui.desktop.messages import translate_message
from ui.desktop.tables import name_table
from ui.desktop.texts import tr_args

NAME, BORN, SEX, CITIZENSHIP, LANGUAGES = range(5)
_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def read_birth(text: str) -> tuple[date | None, int | None]:
    """'1990-04-01', '01.04.1990' → a birth date; '30' → an estimated age; '' → unknown."""
    text = text.strip()
    if not text:
        return None, None
    if text.isdigit() and 0 < int(text) < 120:
        return None, int(text)
    dotted = _DOTTED_DATE.match(text)
    try:
        if dotted:
            return date(int(dotted[3]), int(dotted[2]), int(dotted[1])), None
        return date.fromisoformat(text), None
    except ValueError:
        raise ValueError(text) from None


@dataclass(frozen=True)
class Intake:
    """One row ready to write: its person, custody and first two events."""
    row: int
    person: Person
    custody: Custody
    events: tuple[Event, Event]


class MassIntakeDialog(QDialog):
    """Registers a group: shared apprehension and arrival, one row per person."""

    recorded = Signal(str)
    confirmed = Signal(object)  # the MassIntakeSummary of one registration, shown to the officer

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.summary: MassIntakeSummary | None = None
        self.setWindowTitle(self.tr("Mass intake"))
        # A default size, not a minimum: a fixed minimum overrides the layout's, and Russian and Kazakh labels
        # then squeezed the apprehension time to "2026-12-02 05"; 700 high fits a 1366x768 screen.
        self.resize(1200, 700)
        layout = QVBoxLayout(self)
        shared = QHBoxLayout()
        apprehension_box = QGroupBox(self.tr("Apprehension, shared by the whole group"), self)
        self.apprehension = ApprehensionForm(service, apprehension_box)
        QVBoxLayout(apprehension_box).addWidget(self.apprehension)
        arrival_box = QGroupBox(self.tr("Arrival, shared by the whole group"), self)
        self.arrival = EventFieldsForm(service, "arrival", facility_zones(service)[:1], parent=arrival_box)
        QVBoxLayout(arrival_box).addWidget(self.arrival, 0, Qt.AlignmentFlag.AlignTop)
        shared.addWidget(apprehension_box, 2)  # its labels are long: the time must show its minutes
        shared.addWidget(arrival_box, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(shared)
        layout.addWidget(self._entry_row())
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Born or age"), self.tr("Sex"),
                                              field_label("citizenship"), field_label("languages")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        name_table(self.table, self.tr("People of the group"))
        layout.addWidget(self.table, 1)
        self.row_errors = ErrorLabel(self)
        layout.addWidget(self.row_errors)
        buttons = QHBoxLayout()
        self.count = QLabel(self)
        self.remove_button = QPushButton(self.tr("Remove selected row"), self)
        self.register_button = QPushButton(self.tr("Register everyone (Ctrl+Enter)"), self)
        cancel = QPushButton(self.tr("Cancel"), self)
        for button in (self.remove_button, self.register_button, cancel):
            button.setAutoDefault(False)  # Enter adds a person; it never registers the group by accident
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.register_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        self.register_button.clicked.connect(self.register_all)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.register_all)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.register_all)
        self.arrival.editors["facility"].currentIndexChanged.connect(self._facility_chosen)
        self._update_count()

    def _entry_row(self) -> QWidget:
        box = QGroupBox(self.tr("Next person — Enter adds the row"), self)
        row = QHBoxLayout(box)
        self.name = EntryLine(box)
        self.name.setPlaceholderText(self.tr("Full name"))
        self.born = EntryLine(box)
        self.born.setPlaceholderText(self.tr("YYYY-MM-DD or age"))
        self.sex = ChoiceCombo([(code, sex_label(code)) for code in SEXES], parent=box)
        self.sex.set_value("unknown")
        self.citizenship = EntryLine(box)
        self.citizenship.setPlaceholderText(self.tr("KZ… empty if unknown"))
        self.languages = EntryLine(box)
        self.languages.setPlaceholderText(self.tr("kk ru"))
        for widget, name in ((self.name, self.tr("Full name")), (self.born, self.tr("Born or age")),
                             (self.sex, self.tr("Sex")), (self.citizenship, field_label("citizenship")),
                             (self.languages, field_label("languages"))):
            widget.setAccessibleName(name)  # the column it fills: a placeholder is gone once typed over
        for widget, stretch in ((self.name, 3), (self.born, 2), (self.sex, 1), (self.citizenship, 2),
                                (self.languages, 1)):
            row.addWidget(widget, stretch)
            widget.setToolTip(widget.placeholderText() if isinstance(widget, EntryLine) else "")
        for line in (self.name, self.born, self.citizenship, self.languages):
            line.submitted.connect(self.add_row)
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on the sex list adds the row too; Enter never closes the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.sex.hasFocus():
                self.add_row()
            event.accept()
            return
        super().keyPressEvent(event)

    def add_row(self) -> None:
        """Move the typed person into the table and start the next one at the name."""
        name = self.name.text().strip()
        if not name:
            self.name.setFocus()
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        sex = self.sex.value()
        texts = (name, self.born.text().strip(), sex_label(sex), self.citizenship.text().strip().upper(),
                 self.languages.text().strip())
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == SEX:
                item.setData(Qt.ItemDataRole.UserRole, sex)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        for line in (self.name, self.born, self.citizenship, self.languages):
            line.clear()
        self.sex.set_value("unknown")
        self.name.setFocus()
        self._update_count()

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self._update_count()

    def register_all(self) -> None:
        """Check every row, then write one custody per row; refusals are shown and nothing of theirs written."""
        self.apprehension.errors.clear()
        self.arrival.errors.clear()
        self.row_errors.clear_message()
        if self.table.rowCount() == 0:
            self.row_errors.show_message(self.tr("Add at least one person."))
            return
        if self.apprehension.time.value() is None:
            self.apprehension.errors.show([Problem("at", self.tr("Enter the actual time of apprehension."), "at")])
            return
        if not (self.apprehension.check_video() and self._shared_fields_valid()):
            return
        intakes, problems = [], []
        for row in range(self.table.rowCount()):
            try:
                intakes.append(self._intake(row))
            except Rejected as refusal:
                problems += refusal.problems
        if problems:
            self._show(problems)
            return
        self._write(intakes)

    def _shared_fields_valid(self) -> bool:
        """Check the shared details once, so their messages appear beside them and not once per row."""
        probe = new_id("C")
        try:
            self.apprehension.custody(probe, new_id("P"))
        except Rejected as refusal:
            self.apprehension.errors.show(refusal.problems)
            return False
        for form, fields in ((self.apprehension.form, self.apprehension.fields()),
                             (self.arrival, self.arrival.values())):
            try:
                self.service.records.new_event(probe, form.event_type, form.at(), fields)
            except Rejected as refusal:
                form.show_problems(refusal.problems)
                return False
        return True

    def _intake(self, row: int) -> Intake:
        cell = lambda column: self.table.item(row, column).text().strip()  # noqa: E731
        try:
            birth, age = read_birth(cell(BORN))
        except ValueError:
            raise Rejected([Problem(row, tr_args(self.tr("'%1' is not a date (YYYY-MM-DD or DD.MM.YYYY) or an age"),
                                                 cell(BORN)), "birth_date", f"row {row}")]) from None
        person_id, custody_id = new_id("P"), new_id("C")
        try:
            person = checked_person(
                id=person_id, full_name=cell(NAME), birth_date=birth,
                sex=self.table.item(row, SEX).data(Qt.ItemDataRole.UserRole),
                citizenship=cell(CITIZENSHIP) or None, languages=tuple(split_codes(cell(LANGUAGES))),
                estimated_age=age)
        except Rejected as refusal:
            raise Rejected([Problem(row, p.message, p.field, f"row {row}") for p in refusal.problems]) from None
        custody = self.apprehension.custody(custody_id, person_id)
        apprehension = self.service.records.new_event(custody_id, "apprehension", self.apprehension.time.value(),
                                              self.apprehension.fields())
        arrival = self.service.records.new_event(custody_id, "arrival", self.arrival.at(), self.arrival.values())
        return Intake(row, person, custody, (apprehension, arrival))

    def _write(self, intakes: list[Intake]) -> None:
        """The whole group in one all-or-nothing write: a refusal leaves every row in place with its message.
        The custodies get their readable numbers inside the write; the summary says which."""
        written = []
        if not submit(lambda: written.append(self.service.records.intake_many(
                          [(i.person, i.custody, i.events) for i in intakes], numbered=True)),
                      lambda problems: self._show(problems, tuple(e for i in intakes for e in i.events), intakes),
                      self.row_errors.show_message):
            return
        number_of = {event.id: event.custody for event in written[0].events}
        people = [(intake.person.full_name, number_of[intake.events[0].id]) for intake in intakes]
        for _, number in people:
            self.recorded.emit(number)
        self.table.setRowCount(0)
        self._update_count()
        self.summary = MassIntakeSummary(people, self.parentWidget())
        self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirmed.emit(self.summary)
        self.accept()
        self.summary.open()

    def _show(self, problems: list[Problem], events: tuple[Event, ...] = (), intakes: list[Intake] = ()) -> None:
        """Shared fields get their message beside them (once); a row's problem is listed under the table."""
        by_id = {event.id: event.type for event in events}
        row_of = {record_id: i.row for i in intakes for record_id in (i.person.id, i.custody.id)}
        shared = {"apprehension": self.apprehension.errors, "arrival": self.arrival.errors}
        custody_fields = {"procedural_status", "grounds", "ordering_authority", "agency"}
        rows, to_shared, seen = [], {}, set()
        for problem in problems:
            if isinstance(problem.ref, int):
                rows.append(problem)
            elif problem.record_id in row_of and problem.field not in custody_fields:
                rows.append(replace(problem, ref=row_of[problem.record_id]))
            elif (problem.field, problem.message) not in seen:
                seen.add((problem.field, problem.message))
                kind = "apprehension" if problem.field in custody_fields else by_id.get(problem.record_id)
                to_shared.setdefault(kind, []).append(problem)
        for kind, found in to_shared.items():
            shared.get(kind, self.apprehension.errors).show(found)
        for problem in rows:
            name = self.table.item(problem.ref, NAME).text()
            self.row_errors.show_message(tr_args(self.tr("Row %1 (%2): %3"), problem.ref + 1, name,
                                                 translate_message(problem.message)))
        if rows:
            self.table.selectRow(rows[0].ref)

    def _facility_chosen(self) -> None:
        facility = self.service.board.facility(self.arrival.editors["facility"].value() or "")
        if facility is not None:
            self.arrival.time.set_zone(facility.timezone)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n person(s) to register", "", self.table.rowCount()))


class MassIntakeSummary(QDialog):
    """What a mass intake did: how many custodies, and each person's new custody number to write on paper."""

    group_action = Signal(list)

    def __init__(self, people: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.people = people
        self.setWindowTitle(self.tr("Mass intake registered"))
        self.resize(640, 520)
        layout = QVBoxLayout(self)
        self.headline = QLabel(self.tr("%n custody(ies) registered. The board shows only them until you choose "
                                       "Show everyone.", "", len(people)), self)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold")
        layout.addWidget(self.headline)
        self.table = QTableWidget(len(people), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Custody No.")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (name, number) in enumerate(people):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(number))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.group_button = QPushButton(self.tr("Group action for these people…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.group_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.group_button.clicked.connect(self._group_action)
        self.close_button.clicked.connect(self.accept)

    def numbers(self) -> list[str]:
        return [number for _, number in self.people]

    def _group_action(self) -> None:
        self.accept()
        self.group_action.emit(self.numbers())
