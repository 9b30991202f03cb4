"""The intake wizard: who, the apprehension, arrival with rights and placement, then the clocks started.

Everything is written in one all-or-nothing `service.intake` call when the
officer leaves the arrival page; a refusal takes the wizard back to the page
whose field it names. The actual time of apprehension has no default: it is
typed on the wall clock of the place, never taken from the time of typing.
"""
from __future__ import annotations

import html
from typing import Any, Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFormLayout, QFrame, QGroupBox, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage,
)

from register.domain import ClockStatus, Custody, Event, Namesake, Person
from register.errors import BadInput, Problem, Rejected
from register.records import (
    MAX_ESTIMATED_AGE, custody_field_errors, custody_record, parse_custody, parse_person, person_record,
)
from register.service import Services
from register.services.records import new_id
from register.timeutil import format_local, to_local
from register.vocabulary import PROCEDURAL_STATUSES, SEXES
from ui.desktop.event_form import EventFieldsForm
from ui.desktop.fields import (
    ChoiceCombo, EntryLine, ErrorLabel, FieldErrors, OptionalDateEdit, YesNoCombo, event_type_label, field_label,
    labelled, mark_required, sex_label, split_codes, spoken, submit, value_label, with_error, words,
)
from ui.desktop.i18n import current_language
from ui.desktop.messages import translate_message
from ui.desktop.tables import name_table
from ui.desktop.texts import tr_args



def _checked(record: dict, parse, every_error=None) -> Any:
    """A person or custody checked as the importer checks it, its problems naming the fields.

    `service.intake` takes Person and Custody objects as given, so a form must
    run the same parse the import runs before handing them over. `every_error`
    lists all the record's wrong fields, not only the first the parse met.
    """
    try:
        return parse(record)
    except BadInput as error:
        errors = every_error(record) if every_error is not None else []
        if not any(e.field == error.field for e in errors):
            errors.insert(0, error)
        raise Rejected([Problem.of(record["id"], e, record["id"]) for e in errors]) from None


def checked_person(**fields: Any) -> Person:
    record = person_record(Person(id=fields.pop("id"), **{"vulnerabilities": (), **fields}))
    return _checked({k: v for k, v in record.items() if k != "record"}, parse_person)


def checked_custody(**fields: Any) -> Custody:
    record = custody_record(Custody(**fields))
    return _checked({k: v for k, v in record.items() if k != "record"}, parse_custody, custody_field_errors)


def facility_zones(service: Services) -> list[str]:
    """The zones of the register's facilities, the jurisdiction's own first: where an apprehension can be timed."""
    home = service.profile.timezone
    zones = {f.timezone for f in service.board.facilities()}
    return sorted(zones, key=lambda z: (z != home, z)) or [home]


def show_routed(problems: Iterable[Problem], targets: Mapping[str, FieldErrors], fallback: FieldErrors) -> set:
    """Show each problem on the form of the record it concerns; return the forms that got one."""
    grouped: dict[int, tuple[FieldErrors, list[Problem]]] = {}
    for problem in problems:
        errors = targets.get(problem.record_id, fallback)
        grouped.setdefault(id(errors), (errors, []))[1].append(problem)
    for errors, found in grouped.values():
        errors.show(found)
    return {id(errors) for errors, _ in grouped.values()}


class RefusalSummary(QScrollArea):
    """Every wrong field of the wizard in one message above the page's form; scrolled when longer than a few
    lines, so the form under it keeps its size (seven lines squeezed the fields to nothing)."""

    LINES = 5

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = ErrorLabel(self)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; each says its own message too
        self.setMaximumHeight(self.label.fontMetrics().lineSpacing() * self.LINES + 8)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.clear_message()
        self.label.show_message(text)
        self.show()

    def clear_message(self) -> None:
        self.label.clear_message()
        self.hide()

    def text(self) -> str:
        return self.label.text()


def whose_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("padding: 4px; border: 1px solid palette(mid);")
    return label


class NamesakeBox(QGroupBox):
    """The people already registered, at any facility, who may be the new person, side by side with what was
    typed: of someone held elsewhere only what identifies them and where and when they were held. The wizard
    goes on with a new person only after the officer says it is none of them."""

    def __init__(self, zone: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.zone = zone
        self.setTitle(self.tr("This person may already be in the register"))
        self.setStyleSheet("QGroupBox { font-weight: bold; }")
        layout = QVBoxLayout(self)
        self.note = QLabel(self.tr("Compare before going on: a custody opened for the wrong person follows "
                                   "them for years."), self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(["", self.tr("Full name"), field_label("birth_date"),
                                              field_label("id_document"), self.tr("Held before")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.use_button = QPushButton(self.tr("It is the selected person: open the custody for them"), self)
        self.use_button.setAutoDefault(False)
        self.different = QCheckBox(self.tr("None of them: this is a different person"), self)
        layout.addWidget(self.use_button)
        layout.addWidget(self.different)
        self.candidates: list[Namesake] = []
        self._confirmed: tuple[str, ...] = ()
        self.different.toggled.connect(self._confirm)
        self.hide()

    def settled(self, person: Person, candidates: list[Namesake]) -> bool:
        """True when there is nobody to compare with, or the officer said these candidates are someone else."""
        ids = tuple(sorted(c.person_id for c in candidates))
        if not candidates or (self.different.isChecked() and ids == self._confirmed):
            return True
        self.candidates = candidates
        self.different.blockSignals(True)
        self.different.setChecked(False)
        self.different.blockSignals(False)
        self._confirmed = ids
        self.table.setRowCount(len(candidates) + 1)
        rows = [(self.tr("Being registered"), person.full_name, person.birth_date, person.id_document or "—", "—")]
        rows += [(self.tr("In the register"), c.full_name, c.birth_date, self._document(c), self._held(c))
                 for c in candidates]
        for row, (label, name, born, document, held) in enumerate(rows):
            cells = (label, name, born.isoformat() if born else "—", document, held)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.selectRow(1)
        self.show()
        self.table.setFocus()
        return False

    def _document(self, namesake: Namesake) -> str:
        """The whole document of someone the officer may read; of anyone else its last digits only."""
        if namesake.person is not None:
            return namesake.person.id_document or "—"
        return f"…{namesake.document_tail}" if namesake.document_tail else "—"

    def _held(self, namesake: Namesake) -> str:
        """Each earlier custody as its facility and local dates, 'from–to' ('from–' while still held)."""
        def day(instant) -> str:
            return to_local(instant, self.zone).date().isoformat() if instant else ""

        held = [f"{c.facility_name or '?'} {day(c.apprehended_at)}–{day(c.released_at)}" for c in namesake.custodies]
        return "; ".join(held) or "—"

    def _confirm(self, checked: bool) -> None:
        self._confirmed = tuple(sorted(c.person_id for c in self.candidates)) if checked else ()

    def chosen(self) -> Person | None:
        """The candidate on the selected row as the person the custody is opened for; of someone the officer
        may not read, what the namesake check showed (the register holds the rest)."""
        row = self.table.currentRow()
        if not 1 <= row <= len(self.candidates):
            return None
        namesake = self.candidates[row - 1]
        return namesake.person or Person(namesake.person_id, namesake.full_name, namesake.birth_date, "unknown",
                                         None, ())

    def describe(self, person: Person) -> str:
        born = person.birth_date.isoformat() if person.birth_date else self.tr("born ?")
        return " — ".join(p for p in (person.full_name, born, person.id_document) if p)


class PersonPage(QWizardPage):
    """Someone already in the register (by name or document), or a new person."""

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setTitle(self.tr("Person"))
        self.setSubTitle(self.tr("Search by name or identity document first; register a new person only if "
                                 "nobody matches."))
        layout = QVBoxLayout(self)
        self.summary = RefusalSummary(self)  # every page's wrong fields, when Register was refused
        layout.addWidget(self.summary)
        self.search = EntryLine(self)
        self.search.setPlaceholderText(self.tr("Name or document number, then Enter"))
        self.search.setAccessibleName(self.tr("Find the person"))
        layout.addWidget(self.search)
        self.results = QListWidget(self)
        self.results.setMaximumHeight(90)
        name_table(self.results, self.tr("People found"))
        layout.addWidget(self.results)
        self.existing_radio = QRadioButton(self.tr("The person selected above"), self)
        self.new_radio = QRadioButton(self.tr("A new person"), self)
        self.new_radio.setChecked(True)
        layout.addWidget(self.existing_radio)
        layout.addWidget(self.new_radio)
        self.new_box = QGroupBox(self)
        form = QFormLayout(self.new_box)
        general = ErrorLabel(self)
        layout.addWidget(general)
        self.errors = FieldErrors(general)
        self.full_name = QLineEdit(self)
        self.birth_date = OptionalDateEdit(self)
        self.estimated_age = QSpinBox(self)
        self.estimated_age.setRange(0, MAX_ESTIMATED_AGE)
        self.estimated_age.setSpecialValueText(self.tr("— no estimate —"))
        self.estimated_age.setToolTip(self.tr("Only when the birth date is unknown: an estimate is kept as "
                                              "such, and the person is still treated as possibly a minor."))
        self.sex = ChoiceCombo([(code, sex_label(code)) for code in SEXES], self.tr("— choose —"))
        self.citizenship = QLineEdit(self)
        self.citizenship.setPlaceholderText(self.tr("KZ, RU, UZ… or 'stateless'; empty when unknown"))
        self.languages = QLineEdit(self)
        self.languages.setPlaceholderText(self.tr("kk ru"))
        self.needs_interpreter = YesNoCombo(self.tr("— not stated —"))
        self.id_document = QLineEdit(self)
        self.vulnerabilities = QLineEdit(self)
        self.vulnerabilities.setPlaceholderText(self.tr("separate with ;"))
        rows = [
            ("full_name", self.tr("Full name"), self.full_name, True),
            ("birth_date", field_label("birth_date"), self.birth_date, False),
            ("estimated_age", field_label("estimated_age"), self.estimated_age, False),
            ("sex", self.tr("Sex"), self.sex, True),
            ("citizenship", field_label("citizenship"), self.citizenship, False),
            ("languages", field_label("languages"), self.languages, False),
            ("needs_interpreter", self.tr("Needs an interpreter"), self.needs_interpreter, False),
            ("id_document", field_label("id_document"), self.id_document, False),
            ("vulnerabilities", self.tr("Vulnerabilities"), self.vulnerabilities, False),
        ]
        for key, text, widget, required in rows:
            box, error = with_error(widget)
            form.addRow(labelled(QLabel(mark_required(text, required)), widget), box)
            self.errors.add(key, error, widget)
        layout.addWidget(self.new_box)
        self.namesakes = NamesakeBox(service.profile.timezone, self)
        layout.addWidget(self.namesakes)
        self.namesakes.use_button.clicked.connect(self._use_namesake)
        self.search.submitted.connect(self.find)
        self.results.currentItemChanged.connect(self._picked)
        self.new_radio.toggled.connect(self.new_box.setEnabled)
        self.new_radio.toggled.connect(self.completeChanged)
        self.full_name.textChanged.connect(self.completeChanged)
        self.person_id: str | None = None
        self.new_person: Person | None = None

    def find(self) -> None:
        self.results.clear()
        for person in self.service.board.find_persons(self.search.text()):
            born = person.birth_date.isoformat() if person.birth_date else self.tr("born ?")
            text = " — ".join(p for p in (person.full_name, born, person.id_document) if p)
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, person)
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()  # to look through them; choosing one takes "The person selected above"

    def _picked(self, item: QListWidgetItem | None) -> None:
        """Moving through the results only looks at them: a custody goes to an existing person only when the
        officer says so (the radio button), never because Enter was pressed twice."""
        self.completeChanged.emit()

    def selected(self) -> Person | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and self.existing_radio.isChecked() else None

    def isComplete(self) -> bool:
        return self.selected() is not None or (self.new_radio.isChecked() and bool(self.full_name.text().strip()))

    def validatePage(self) -> bool:
        """Check a new person as the register would, so mistakes are caught on this page."""
        found = self.selected()
        if found is not None:
            self.person_id, self.new_person = found.id, None
            return True
        try:
            new_person = checked_person(
                id=new_id("P"), full_name=self.full_name.text().strip(),
                birth_date=self.birth_date.value(), sex=self.sex.value(),
                citizenship=self.citizenship.text().strip() or None,
                languages=tuple(split_codes(self.languages.text())),
                needs_interpreter=self.needs_interpreter.value(), id_document=self.id_document.text().strip() or None,
                vulnerabilities=tuple(v.strip() for v in self.vulnerabilities.text().split(";") if v.strip()),
                estimated_age=(self.estimated_age.value() or None) if self.birth_date.value() is None else None)
        except Rejected as refusal:
            self.errors.show(refusal.problems)
            return False
        self.errors.clear()
        self.summary.clear_message()
        if not self.namesakes.settled(new_person, self._namesakes_of(new_person)):
            return False
        self.new_person = new_person
        self.person_id = new_person.id
        return True

    def _namesakes_of(self, person: Person) -> list[Namesake]:
        """People registered at any facility who may be this one: the same birth date and a name the folding
        search matches, or the same identity document."""
        return self.service.board.find_namesakes(person.full_name, person.birth_date, person.id_document)

    def _use_namesake(self) -> None:
        """The officer recognised the person among the candidates: continue with them, not a new record."""
        person = self.namesakes.chosen()
        if person is None:
            return
        self.results.clear()
        item = QListWidgetItem(self.namesakes.describe(person), self.results)
        item.setData(Qt.ItemDataRole.UserRole, person)
        self.results.setCurrentItem(item)
        self.existing_radio.setChecked(True)
        self.namesakes.hide()
        self.completeChanged.emit()

    def person_languages(self) -> tuple[str, ...]:
        found = self.selected()
        return found.languages if found is not None else tuple(split_codes(self.languages.text()))


class ApprehensionForm(QWidget):
    """The actual apprehension and the custody's legal frame; shared by the wizard and mass intake."""

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = EventFieldsForm(service, "apprehension", facility_zones(service), time_mode="blank",
                                    now_shortcut=True, parent=self)
        layout.addWidget(self.form)
        self.errors = self.form.errors
        self.time = self.form.time
        self.no_video = QCheckBox(self.tr("There is no video recording"), self)
        self.form.add_row("no_video", "", self.no_video, False, before="video_missing_reason")
        self.status = ChoiceCombo([(c, value_label("procedural_status", c)) for c in PROCEDURAL_STATUSES],
                                  self.tr("— choose —"))
        self.grounds = QLineEdit(self)
        self.ordering_authority = QLineEdit(self)
        self.agency = QLineEdit(self)
        self.form.add_row("procedural_status", field_label("procedural_status"), self.status, True)
        self.form.add_row("grounds", words().text("grounds"), self.grounds, True)
        self.form.add_row("ordering_authority", words().text("ordering_authority"), self.ordering_authority, True)
        self.form.add_row("agency", words().text("agency"), self.agency, False)
        self.no_video.toggled.connect(self._video_toggled)
        self._video_toggled(False)

    def _video_toggled(self, no_video: bool) -> None:
        self.form.editors["video"].setEnabled(not no_video)
        self.form.editors["video_missing_reason"].setEnabled(no_video)

    def check_video(self) -> bool:
        """A missing video must be a statement with its reason, not an oversight."""
        values = self.form.values()
        if self.no_video.isChecked():
            if "video_missing_reason" in values:
                return True
            self.form.show_problems([Problem("video_missing_reason", self.tr(
                "Say why there is no video recording."), "video_missing_reason")])
            return False
        if "video" in values:
            return True
        self.form.show_problems([Problem("video", self.tr("Enter the video reference, or tick 'There is no "
                                                          "video recording'."), "video")])
        return False

    def fields(self) -> dict[str, Any]:
        values = self.form.values()
        values.pop("video_missing_reason" if not self.no_video.isChecked() else "video", None)
        return values

    def custody(self, custody_id: str, person_id: str) -> Custody:
        return checked_custody(id=custody_id, person=person_id, procedural_status=self.status.value(),
                               grounds=self.grounds.text().strip(),
                               ordering_authority=self.ordering_authority.text().strip(),
                               agency=self.agency.text().strip() or None)


class ApprehensionPage(QWizardPage):
    """The wizard's second page: the apprehension form, complete once its time is entered."""

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Apprehension"))
        self.setSubTitle(self.tr("The actual moment of apprehension, on the local clock of the place — not the "
                                 "time of arrival or of this entry."))
        layout = QVBoxLayout(self)
        self.whose = whose_label(self)
        layout.addWidget(self.whose)
        self.summary = RefusalSummary(self)  # every page's wrong fields, when Register was refused
        layout.addWidget(self.summary)
        self.apprehension = ApprehensionForm(service, self)
        layout.addWidget(self.apprehension)
        self.apprehension.time.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        self.apprehension.time.setFocus()  # the first thing asked: when, on the place's clock

    def isComplete(self) -> bool:
        return self.apprehension.time.value() is not None

    def validatePage(self) -> bool:
        if not self.apprehension.check_video():
            return False
        self.apprehension.errors.clear()
        self.summary.clear_message()
        return True


class ArrivalPage(QWizardPage):
    """Arrival at the facility, rights explained, placement; leaving this page writes the intake."""

    def __init__(self, wizard: IntakeWizard):
        super().__init__(wizard)
        self.service = wizard.service
        self.setTitle(self.tr("Arrival, rights and placement"))
        self.setSubTitle(self.tr("Times are read on the clock of the facility of arrival. Untick what has not "
                                 "happened yet; record it later as an event."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Register"))
        layout = QVBoxLayout(self)
        self.whose = whose_label(self)
        layout.addWidget(self.whose)
        self.summary = RefusalSummary(self)  # every page's wrong fields, when Register was refused
        layout.addWidget(self.summary)
        general = ErrorLabel(self)
        layout.addWidget(general)
        self.errors = FieldErrors(general)
        zones = facility_zones(self.service)[:1]  # then the chosen facility's zone
        self.arrival = EventFieldsForm(self.service, "arrival", zones, now_shortcut=True, parent=self)
        layout.addWidget(self.arrival)
        self.rights_box = QGroupBox(self.tr("Rights explained now"), self)
        self.rights_box.setCheckable(True)
        self.rights = EventFieldsForm(self.service, "rights_informed", zones, parent=self.rights_box)
        QVBoxLayout(self.rights_box).addWidget(self.rights)
        layout.addWidget(self.rights_box)
        self.placement_box = QGroupBox(self.tr("Placed in a cell or room now"), self)
        self.placement_box.setCheckable(True)
        self.placement = EventFieldsForm(self.service, "placement", zones, parent=self.placement_box)
        QVBoxLayout(self.placement_box).addWidget(self.placement)
        layout.addWidget(self.placement_box)
        # Nelson Mandela Rules, rule 7: children left without care and an emergency contact, asked at intake.
        self.dependants_box = QGroupBox(self.tr("Dependants and emergency contact asked now"), self)
        self.dependants_box.setCheckable(True)
        self.dependants = EventFieldsForm(self.service, "dependants", zones, parent=self.dependants_box)
        QVBoxLayout(self.dependants_box).addWidget(self.dependants)
        layout.addWidget(self.dependants_box)
        self.arrival.editors["facility"].currentIndexChanged.connect(self._facility_chosen)

    def initializePage(self) -> None:
        self.rights.set_languages(self.wizard().person_page.person_languages())

    def _facility_chosen(self) -> None:
        """Times at the facility are read on its clock."""
        facility = self.service.board.facility(self.arrival.editors["facility"].value() or "")
        if facility is not None:
            for form in (self.arrival, self.rights, self.placement, self.dependants):
                form.time.set_zone(facility.timezone)

    def forms(self) -> list[EventFieldsForm]:
        boxes = ((self.arrival, None), (self.rights, self.rights_box), (self.placement, self.placement_box),
                 (self.dependants, self.dependants_box))
        return [form for form, box in boxes if box is None or box.isChecked()]

    def validatePage(self) -> bool:
        return self.wizard().write()


class ClocksPage(QWizardPage):
    """What the register now counts for this custody: the clocks the intake has started."""

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.setTitle(self.tr("Registered: clocks started"))
        self.setSubTitle(self.tr("The legal time limits the register now counts for this custody."))
        layout = QVBoxLayout(self)
        self.whose = whose_label(self)
        layout.addWidget(self.whose)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([words().text("col_rule"), words().text("col_status"),
                                              words().text("col_due")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        name_table(self.table, self.tr("Clocks started"))
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        custody_id = self.wizard().custody_id
        timeline = self.service.reports.timeline(custody_id, log=False)
        clocks = sorted(self.service.reports.clocks(custody_id), key=lambda c: (c.status != ClockStatus.RUNNING, c.due_at))
        infos = self.service.rule_infos()
        lang = current_language()
        self.summary.setText(tr_args(self.tr("%1 is registered in custody %2."), timeline.effective_person.full_name,
                                     custody_id))
        self.table.setRowCount(len(clocks))
        for row, clock in enumerate(clocks):
            info = infos.get(clock.rule)
            cells = (info.title(lang) if info else clock.rule, value_label("status", clock.status),
                     format_local(clock.due_at, timeline.timezone))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, clock.rule if column == 0 else clock.status)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()


class IntakeWizard(QWizard):
    """Registers one person's custody: person, apprehension, arrival, rights, placement."""

    recorded = Signal(str)

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.custody_id: str | None = None
        self.setWindowTitle(self.tr("New custody"))
        self.resize(760, 640)  # a default size: a fixed minimum would override the layout's, and clip
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.person_page = PersonPage(service, self)
        self.apprehension_page = ApprehensionPage(service, self)
        self.arrival_page = ArrivalPage(self)
        self.clocks_page = ClocksPage(service, self)
        for page in (self.person_page, self.apprehension_page, self.arrival_page, self.clocks_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._show_whose)

    def _show_whose(self) -> None:
        """Every page after the first names the person whose custody is being opened, and whether they are
        new to the register or already in it."""
        page = self.person_page
        person = page.new_person or page.selected()
        if person is None:
            return
        text = (tr_args(self.tr("Custody of %1, born %2"), person.full_name, person.birth_date.isoformat())
                if person.birth_date else tr_args(self.tr("Custody of %1, birth date unknown"), person.full_name))
        known = (self.tr("a new person") if page.new_person is not None else
                 tr_args(self.tr("already in the register (%1)"), person.id))
        for shown in (self.apprehension_page, self.arrival_page, self.clocks_page):
            shown.whose.setText(f"<b>{html.escape(text)}</b> — {html.escape(known)}")

    def write(self) -> bool:
        """Build every record, write them all or none; route refusals to the fields they name. Every form is
        checked before anything is refused, so one press of Register reports every wrong field of every page.
        The custody gets its readable number (facility, year, sequence) inside the write, so two officers
        registering at the same instant get distinct numbers."""
        person_page, apprehension, arrival = self.person_page, self.apprehension_page, self.arrival_page
        custody_id = new_id("C")  # provisional: refusals name it; the write gives the number
        targets: dict[str, FieldErrors] = {}
        written = []

        def write() -> None:
            problems: list[Problem] = []
            try:
                custody = apprehension.apprehension.custody(custody_id, person_page.person_id)
            except Rejected as refusal:
                problems += refusal.problems
            forms = [(apprehension.apprehension.form, apprehension.apprehension.fields())]
            forms += [(form, None) for form in arrival.forms()]
            events = []
            for form, fields in forms:
                try:
                    events.append(self._event(custody_id, form, targets, fields))
                except Rejected as refusal:
                    problems += refusal.problems
            if problems:
                raise Rejected(problems)
            written.append(self.service.records.intake(person_page.new_person, custody, events, numbered=True))

        def show_problems(problems: list[Problem]) -> None:
            targets.update({custody_id: apprehension.apprehension.errors, person_page.person_id: person_page.errors})
            self._show(problems, targets)

        if not submit(write, show_problems, arrival.errors.show_general):
            return False
        self.custody_id = written[0].events[0].custody
        self.recorded.emit(self.custody_id)
        return True

    def _event(self, custody_id: str, form: EventFieldsForm, targets: dict[str, FieldErrors],
               fields: Mapping[str, Any] | None = None) -> Event:
        try:
            event = self.service.records.new_event(custody_id, form.event_type, form.at(),
                                           form.values() if fields is None else fields)
        except Rejected as refusal:
            targets[refusal.problems[0].record_id] = form.errors
            raise
        targets[event.id] = form.errors
        return event

    def _sections(self) -> list[tuple[QWizardPage, FieldErrors, str | None]]:
        """The wizard's forms in the order the officer meets them: page, the form's messages, its heading."""
        arrival = self.arrival_page
        boxes = {id(arrival.rights): arrival.rights_box, id(arrival.placement): arrival.placement_box,
                 id(arrival.dependants): arrival.dependants_box}
        return ([(self.person_page, self.person_page.errors, None),
                 (self.apprehension_page, self.apprehension_page.apprehension.errors, None),
                 (arrival, arrival.errors, None)]
                + [(arrival, form.errors, spoken(boxes[id(form)].title()) if id(form) in boxes
                    else event_type_label(form.event_type)) for form in arrival.forms()])

    def _show(self, problems: list[Problem], targets: Mapping[str, FieldErrors]) -> None:
        """Show each message under its field on every page, and all of them in one message naming page and
        field on the earliest page that has one; go back to it with the cursor in its first wrong field."""
        sections = self._sections()
        for page in (self.person_page, self.apprehension_page, self.arrival_page):
            page.summary.clear_message()
        for _, errors, _ in sections:
            errors.clear()
        show_routed(problems, targets, self.arrival_page.errors)
        order = {id(errors): index for index, (_, errors, _) in enumerate(sections)}
        placed = []
        for problem in problems:
            errors = targets.get(problem.record_id, self.arrival_page.errors)
            key = errors.key(problem)
            rows = list(errors.labels)
            placed.append((order.get(id(errors), len(sections)), rows.index(key) if key in rows else -1,
                           problem, errors))
        placed.sort(key=lambda entry: entry[:2])
        first_section, _, first_problem, first_errors = placed[0]
        target = sections[min(first_section, len(sections) - 1)][0]
        while self.currentPage() is not target and self.currentId() > 0:
            self.back()
        lines = [self._summary_line(sections[min(index, len(sections) - 1)], problem, errors)
                 for index, _, problem, errors in placed]
        target.summary.show_message("\n".join([self.tr("Nothing was registered. Correct these fields, then "
                                                       "register again:")] + lines))
        widget = first_errors.widgets.get(first_errors.key(first_problem))
        if widget is not None:
            widget.setFocus()

    def _summary_line(self, section: tuple[QWizardPage, FieldErrors, str | None], problem: Problem,
                      errors: FieldErrors) -> str:
        """'Page, section — field: message', so one message says where each wrong field is."""
        page, _, heading = section
        where = tr_args(self.tr("%1, %2"), page.title(), heading) if heading else page.title()
        key = errors.key(problem)
        message = translate_message(problem.message)
        if key in errors.labels and isinstance(key, str):
            widget = errors.widgets.get(key)
            named = next((spoken(label.text()) for label in page.findChildren(QLabel)
                          if widget is not None and label.buddy() is widget), field_label(key))
            return tr_args(self.tr("• %1 — %2: %3"), where, named, message)
        return tr_args(self.tr("• %1: %2"), where, message)
