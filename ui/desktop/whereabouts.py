"""The whereabouts desk: a relative asks where someone is; the operator finds the person however the name
is typed, answers in the asker's language, and records an apprehension the register does not know.

Everything shown comes from WhereaboutsService, which gives nothing beyond what article 18 of the
Enforced Disappearance Convention names; every answer is recorded there before it is shown.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from printing.whereabouts_pdf import answer_text, write_whereabouts_pdf
from register.access import AccessDenied, Actor
from register.opening import OpenedRegister
from register.reports import WhereaboutsReport
from register.service import Services
from register.services.whereabouts import LANGUAGES, Asker, Candidate, ReportedApprehension
from register.timeutil import format_local
from register.writing import Rejected
from ui.desktop.fields import ErrorLabel, LocalDateTimeEdit, OptionalDateEdit, language_label, speak_buddies
from ui.desktop.tables import name_table
from ui.desktop.messages import translate_message
from ui.desktop.saving import save_pdf
from ui.desktop.texts import Retranslating, tr_args
from ui.desktop.user_guide import guide_action_text, make_guide_action


class WhereaboutsView(Retranslating, QWidget):
    """Ask, find, answer, report: the desk's one screen."""

    answered = Signal(object)  # the WhereaboutsReport just recorded
    reported = Signal(object)  # the ReportedApprehension just recorded

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._zone = service.profile.timezone
        self.report: WhereaboutsReport | None = None

        self.asker_box = QGroupBox()
        self.asker_name, self.asker_relation, self.asker_contact = QLineEdit(), QLineEdit(), QLineEdit()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_label(code), code)
        self.asker_labels = [QLabel() for _ in range(4)]
        asker_form = QFormLayout(self.asker_box)
        for label, widget in zip(self.asker_labels, (self.asker_name, self.asker_relation, self.asker_contact,
                                                     self.language)):
            label.setBuddy(widget)
            asker_form.addRow(label, widget)

        self.search_box = QGroupBox()
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.birth_date = OptionalDateEdit()
        self.search_button = QPushButton()
        self.candidates = QListWidget()
        self.more_label = QLabel()  # shown when more people match than are listed
        self.more_label.setWordWrap(True)
        self.more_label.hide()
        self.answer_button, self.not_found_button = QPushButton(), QPushButton()
        self.query_label, self.birth_label = QLabel(), QLabel()
        self.query_label.setBuddy(self.query)
        self.birth_label.setBuddy(self.birth_date)
        search_form = QFormLayout()
        query_row = QHBoxLayout()
        query_row.addWidget(self.query, 1)
        query_row.addWidget(self.search_button)
        search_form.addRow(self.query_label, query_row)
        search_form.addRow(self.birth_label, self.birth_date)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_button)
        answer_row.addWidget(self.not_found_button)
        search_layout = QVBoxLayout(self.search_box)
        search_layout.addLayout(search_form)
        search_layout.addWidget(self.candidates, 1)
        search_layout.addWidget(self.more_label)
        search_layout.addLayout(answer_row)

        self.report_box = QGroupBox()
        self.report_name, self.report_document, self.report_place = QLineEdit(), QLineEdit(), QLineEdit()
        self.report_birth = OptionalDateEdit()
        self.report_time = LocalDateTimeEdit(service.now, [self._zone], mode="blank")
        self.report_button = QPushButton()
        self.report_labels = [QLabel() for _ in range(5)]
        report_form = QFormLayout(self.report_box)
        for label, widget in zip(self.report_labels, (self.report_name, self.report_birth, self.report_document,
                                                      self.report_place, self.report_time)):
            label.setBuddy(widget)
            report_form.addRow(label, widget)
        report_form.addRow("", self.report_button)

        self.answer_box = QGroupBox()
        self.answer_view = QPlainTextEdit()
        self.answer_view.setReadOnly(True)
        self.copy_button, self.print_button = QPushButton(), QPushButton()
        for button in (self.copy_button, self.print_button):
            button.setEnabled(False)
        answer_buttons = QHBoxLayout()
        answer_buttons.addStretch(1)
        answer_buttons.addWidget(self.copy_button)
        answer_buttons.addWidget(self.print_button)
        answer_layout = QVBoxLayout(self.answer_box)
        answer_layout.addWidget(self.answer_view, 1)
        answer_layout.addLayout(answer_buttons)

        self.reports_box = QGroupBox()
        self.reports_table = QTableWidget(0, 5)
        self.reports_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reports_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reports_table.verticalHeader().setVisible(False)
        self.reports_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.reports_table.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(self.reports_box).addWidget(self.reports_table)

        self.errors = ErrorLabel()
        left = QVBoxLayout()
        left.addWidget(self.asker_box)
        left.addWidget(self.search_box, 1)
        left.addWidget(self.report_box)
        right = QVBoxLayout()
        right.addWidget(self.answer_box, 1)
        right.addWidget(self.reports_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addLayout(columns, 1)

        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.candidates.itemActivated.connect(lambda _item: self.answer_selected())
        self.candidates.currentItemChanged.connect(self._update_buttons)
        self.answer_button.clicked.connect(self.answer_selected)
        self.not_found_button.clicked.connect(self.answer_not_found)
        self.report_button.clicked.connect(self.report_apprehension)
        self.copy_button.clicked.connect(self.copy_answer)
        self.print_button.clicked.connect(self.ask_print)
        self.language.currentIndexChanged.connect(self._show_answer)
        self._reports: list[ReportedApprehension] = []
        self._more = False
        self.retranslate()
        self.reload_reports()
        self._update_buttons()

    # ------------------------------------------------------------ asking

    def asker(self) -> Asker:
        return Asker(self.asker_name.text(), self.asker_relation.text(), self.asker_contact.text())

    def answer_language(self) -> str:
        return self.language.currentData()

    @Slot()
    def search(self) -> None:
        self.candidates.clear()
        self.errors.clear_message()
        found = self._call(lambda: self._service.whereabouts.find(self.query.text(), self.birth_date.value()))
        for candidate in found.candidates if found else ():
            item = QListWidgetItem(self._candidate_text(candidate), self.candidates)
            item.setData(Qt.ItemDataRole.UserRole, candidate.person_id)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)
        self._more = bool(found and found.more)
        self.more_label.setVisible(self._more)
        self.not_found_button.setDefault(not self.candidates.count())
        self._update_buttons()

    def _candidate_text(self, candidate: Candidate) -> str:
        born = candidate.birth_date.isoformat() if candidate.birth_date else self.tr("born ?")
        return f"{candidate.full_name} — {born}"

    def selected_person(self) -> str | None:
        item = self.candidates.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @Slot()
    def answer_selected(self) -> None:
        person_id = self.selected_person()
        if person_id is not None:
            self._answer(person_id)

    @Slot()
    def answer_not_found(self) -> None:
        """Nobody matched: the asker is told so (recorded), and the report form is offered with the name."""
        self._answer(None)
        if self.report is not None and self.report.outcome == "not_found" and not self.report_name.text():
            self.report_name.setText(self.query.text().strip())
            self.report_birth.set_value(self.birth_date.value())

    def _answer(self, person_id: str | None) -> None:
        report = self._call(lambda: self._service.whereabouts.answer(
            self.asker(), self.query.text(), self.answer_language(), person_id))
        if report is None:
            return
        self.report = report
        self._show_answer()
        self.answered.emit(report)

    def _show_answer(self) -> None:
        if self.report is None:
            return
        # Said in the language chosen when it was answered: that is what the chain records as given.
        self.answer_view.setPlainText(answer_text(self.report, self.report.language))
        self.copy_button.setEnabled(True)
        self.print_button.setEnabled(True)

    @Slot()
    def copy_answer(self) -> None:
        QGuiApplication.clipboard().setText(self.answer_view.toPlainText())

    @Slot()
    def ask_print(self) -> None:
        report = self.report
        save_pdf(self, self.tr("Save the answer"), f"answer-{report.inquiry_id}.pdf",
                 lambda path: write_whereabouts_pdf(report, report.language, path),
                 lambda path: self.errors.show_message(tr_args(self.tr("Saved to %1"), path)))

    def save_pdf(self, path: str) -> None:
        """Write the answer's printout at `path` (the print button asks where, then writes it in the background)."""
        write_whereabouts_pdf(self.report, self.report.language, path)

    # ------------------------------------------------------------ reporting

    @Slot()
    def report_apprehension(self) -> None:
        reported = self._call(lambda: self._service.whereabouts.report_apprehension(
            self.asker(), self.report_name.text(), self.report_birth.value(), self.report_document.text(),
            self.report_place.text(), self.report_time.value()))
        if reported is None:
            return
        self.errors.show_message(self.tr("The apprehension is recorded and is in the prosecutors' alerts now."))
        self.reload_reports()
        self.reported.emit(reported)

    def reload_reports(self) -> None:
        self._reports = self._call(self._service.whereabouts.reported_apprehensions, keep_message=True) or []
        self._show_reports()

    def _show_reports(self) -> None:
        """The reports read last, in the interface's language (a language change reads nothing again)."""
        self.reports_table.setRowCount(len(self._reports))
        for row, report in enumerate(reversed(self._reports)):
            tooltip = self._registered_tooltip(report) + tr_args(
                self.tr("Reported %1 by %2 (%3), %4"), format_local(report.at, self._zone), report.reporter.name,
                report.reporter.relation, report.reporter.contact)
            for column, text in enumerate(self._report_cells(report)):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text}\n{tooltip}")
                self.reports_table.setItem(row, column, item)

    def _report_cells(self, report: ReportedApprehension) -> list[str]:
        """Person, reported apprehension, the custody registered for it, how late, where it happened."""
        registered = report.custody_id or self.tr("not registered")
        gap = report.registration_gap
        late = self._span(gap) if gap is not None else "—"
        return [report.person_name, format_local(report.apprehended_at, self._zone), registered, late, report.place]

    def _registered_tooltip(self, report: ReportedApprehension) -> str:
        if not report.custody_id:
            return ""
        return tr_args(self.tr("custody %1, %2"), report.custody_id,
                       format_local(report.registered_at, self._zone)) + "\n"

    def _span(self, gap) -> str:
        minutes = int(gap.total_seconds() // 60)
        return tr_args(self.tr("%1 h %2 min"), minutes // 60, f"{minutes % 60:02d}")

    # ------------------------------------------------------------ common

    def _call(self, action, keep_message: bool = False):
        """Run a service call; a refusal is shown as sentences in the interface's language, never raised."""
        if not keep_message:
            self.errors.clear_message()
        try:
            return action()
        except Rejected as refused:
            self.errors.show_message("\n".join(translate_message(p.message) for p in refused.problems))
        except AccessDenied as denied:
            self.errors.show_message(translate_message(str(denied)))
        return None

    def _update_buttons(self, *_args) -> None:
        self.answer_button.setEnabled(self.selected_person() is not None)
        self.not_found_button.setEnabled(not self._more)  # someone beyond a full list may be the one asked about

    def retranslate(self) -> None:
        self.asker_box.setTitle(self.tr("Who is asking"))
        for label, text in zip(self.asker_labels, (self.tr("&Name:"), self.tr("Re&lation:"), self.tr("Con&tact:"),
                                                   self.tr("Answer &in:"))):
            label.setText(text)
        self.asker_relation.setPlaceholderText(self.tr("e.g. mother, lawyer, neighbour"))
        self.asker_contact.setPlaceholderText(self.tr("telephone or address"))
        for index in range(self.language.count()):
            self.language.setItemText(index, language_label(self.language.itemData(index)))
        self.search_box.setTitle(self.tr("Whom are they looking for"))
        self.query_label.setText(self.tr("Name or &document:"))
        self.query.setPlaceholderText(self.tr("any spelling: Қасымов, Касымов, Kasymov; or a document number"))
        self.birth_label.setText(self.tr("&Born:"))
        self.search_button.setText(self.tr("&Find"))
        self.answer_button.setText(self.tr("&Answer about the selected person"))
        self.not_found_button.setText(self.tr("Not in the re&gister"))
        self.more_label.setText(self.tr("More people match than are listed. Add the birth date or more of the name "
                                        "before answering that the person is not in the register."))
        self.report_box.setTitle(self.tr("Report an apprehension the register does not know"))
        for label, text in zip(self.report_labels, (self.tr("Person taken:"), self.tr("Born:"),
                                                    self.tr("Document:"), self.tr("Taken where:"),
                                                    self.tr("Taken when:"))):
            label.setText(text)
        self.report_button.setText(self.tr("Record the rep&ort"))
        speak_buddies([*self.asker_labels, self.query_label, self.birth_label, *self.report_labels])
        name_table(self.candidates, self.tr("People found"))
        name_table(self.reports_table, self.tr("Reported apprehensions"))
        self.answer_box.setTitle(self.tr("Answer to read out or send"))
        self.copy_button.setText(self.tr("&Copy"))
        self.print_button.setText(self.tr("&Print…"))
        self.reports_box.setTitle(self.tr("Reported apprehensions"))
        self.reports_table.setHorizontalHeaderLabels([
            self.tr("Person"), self.tr("Taken (reported)"), self.tr("Registered as"), self.tr("Registered late by"),
            self.tr("Place")])
        self._show_reports()



class WhereaboutsWindow(Retranslating, QMainWindow):
    """The whole desktop of an inquiry-desk operator: the desk and nothing else of the register."""

    def __init__(self, register: OpenedRegister, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = register.as_user(actor)
        self.view = WhereaboutsView(self.service, self)
        self.setCentralWidget(self.view)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.guide_action = make_guide_action(self)  # F1: the desk's window has no menu
        self.addAction(self.guide_action)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Detention Register — whereabouts desk"))
        self.guide_action.setText(guide_action_text())
        actor = self.service.actor
        self.user_label.setText(tr_args(self.tr("Signed in: %1"), actor.full_name or actor.username))

