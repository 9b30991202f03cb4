"""Printouts: the oversight report for a period, and one custody's timeline, detainee's copy and rights notice."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from printing.labels import LANGUAGES as PRINT_LANGUAGES
from printing.oversight_pdf import write_oversight_csv, write_oversight_pdf
from printing.property_receipt import write_property_receipt
from printing.rights_notice import available_languages, write_rights_notice
from printing.timeline_pdf import write_timeline_pdf
from register.reports import OversightReport
from register.service import Services
from register.timeline import CustodyTimeline
from register.timeutil import zone
from ui.desktop.background import BackgroundOp, describe
from ui.desktop.fields import language_label
from ui.desktop.print_language import PrintLanguageBox
from ui.desktop.saving import save_file, save_pdf
from ui.desktop.texts import Retranslating, tr_args


def detainee_language(languages: tuple[str, ...], offered: tuple[str, ...]) -> str | None:
    """The first language the person understands that the printout exists in."""
    return next((lang for lang in languages if lang in offered), None)


class ReportsView(Retranslating, QWidget):
    """The oversight report (PDF and CSV) and the printouts of one custody."""

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.timeline: CustodyTimeline | None = None

        # Oversight report
        self.oversight_group = QGroupBox()
        today = service.now().astimezone(zone(service.profile.timezone)).date()
        self.from_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.to_edit = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.facility_list = QListWidget()
        self.facility_list.setMaximumHeight(120)
        for facility in service.board.facilities():
            item = QListWidgetItem(facility.name)
            item.setData(Qt.ItemDataRole.UserRole, facility.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.facility_list.addItem(item)
        self.report_language_box = self._language_box(PRINT_LANGUAGES)
        self.oversight_pdf_button = QPushButton()
        self.oversight_csv_button = QPushButton()
        self.from_label, self.to_label, self.facilities_label, self.report_language_label = (
            QLabel(), QLabel(), QLabel(), QLabel())
        oversight_form = QFormLayout()
        oversight_form.addRow(self.from_label, self.from_edit)
        oversight_form.addRow(self.to_label, self.to_edit)
        oversight_form.addRow(self.facilities_label, self.facility_list)
        oversight_form.addRow(self.report_language_label, self.report_language_box)
        oversight_buttons = QHBoxLayout()
        oversight_buttons.addStretch(1)
        oversight_buttons.addWidget(self.oversight_pdf_button)
        oversight_buttons.addWidget(self.oversight_csv_button)
        oversight_layout = QVBoxLayout(self.oversight_group)
        oversight_layout.addLayout(oversight_form)
        oversight_layout.addLayout(oversight_buttons)

        # One custody
        self.custody_group = QGroupBox()
        self.custody_edit = QLineEdit()
        self.custody_info = QLabel()
        self.custody_info.setWordWrap(True)
        self.timeline_language_box = self._language_box(PRINT_LANGUAGES)
        self.timeline_button = QPushButton()
        self.copy_button = QPushButton()
        self.rights_button = QPushButton()
        self.receipt_button = QPushButton()
        self.custody_label, self.timeline_language_label = QLabel(), QLabel()
        custody_form = QFormLayout()
        custody_form.addRow(self.custody_label, self.custody_edit)
        custody_form.addRow("", self.custody_info)
        custody_form.addRow(self.timeline_language_label, self.timeline_language_box)
        custody_buttons = QHBoxLayout()
        custody_buttons.addStretch(1)
        for button in (self.timeline_button, self.copy_button, self.rights_button, self.receipt_button):
            custody_buttons.addWidget(button)
        custody_layout = QVBoxLayout(self.custody_group)
        custody_layout.addLayout(custody_form)
        custody_layout.addLayout(custody_buttons)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.oversight_group)
        layout.addWidget(self.custody_group)
        layout.addWidget(self.message)
        layout.addStretch(1)

        for label, buddy in ((self.from_label, self.from_edit), (self.to_label, self.to_edit),
                             (self.facilities_label, self.facility_list),
                             (self.report_language_label, self.report_language_box),
                             (self.custody_label, self.custody_edit),
                             (self.timeline_language_label, self.timeline_language_box)):
            label.setBuddy(buddy)
        self.retranslate()
        self.oversight_pdf_button.clicked.connect(self.print_oversight_pdf)
        self.oversight_csv_button.clicked.connect(self.save_oversight_csv)
        self.custody_edit.editingFinished.connect(lambda: self.set_custody(self.custody_edit.text()))
        self.timeline_button.clicked.connect(self.print_timeline)
        self.copy_button.clicked.connect(self.print_detainee_copy)
        self.rights_button.clicked.connect(self.print_rights_notice)
        self.receipt_button.clicked.connect(self.print_property_receipt)
        self._update_custody_buttons()

    @staticmethod
    def _language_box(offered: tuple[str, ...]) -> PrintLanguageBox:
        return PrintLanguageBox(offered)

    def retranslate(self) -> None:
        self.oversight_group.setTitle(self.tr("Oversight report for a period"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To (inclusive):"))
        self.facilities_label.setText(self.tr("F&acilities:"))
        self.report_language_label.setText(self.tr("&Language:"))
        self.oversight_pdf_button.setText(self.tr("Report as &PDF…"))
        self.oversight_csv_button.setText(self.tr("Figures as &CSV…"))
        self.custody_group.setTitle(self.tr("One custody"))
        self.custody_label.setText(self.tr("C&ustody:"))
        self.custody_edit.setPlaceholderText(self.tr("custody id, e.g. C-1"))
        self.timeline_language_label.setText(self.tr("Lan&guage of the timeline:"))
        self.timeline_button.setText(self.tr("Print the t&imeline…"))
        self.copy_button.setText(self.tr("Cop&y for the detainee or the lawyer…"))
        self.rights_button.setText(self.tr("Rights &notice…"))
        self.receipt_button.setText(self.tr("Pr&operty receipt…"))
        self._describe_custody()

    # ------------------------------------------------------------ oversight report

    def selected_facilities(self) -> set[str]:
        return {self.facility_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.facility_list.count())
                if self.facility_list.item(i).checkState() == Qt.CheckState.Checked}

    def report_reader(self) -> Callable[[], OversightReport]:
        """The oversight report of the period and facilities chosen now, read when called (in the pool)."""
        chosen, reports = self.selected_facilities(), self._service.reports
        first_day, last_day = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        everywhere = len(chosen) == self.facility_list.count()
        return lambda: reports.oversight_report(first_day, last_day, chosen, include_undelivered=everywhere)

    @Slot()
    def print_oversight_pdf(self) -> BackgroundOp | None:
        read, lang = self.report_reader(), self.report_language_box.currentData()
        return save_pdf(self, self.tr("Save the oversight report"), f"oversight-{self._period_name()}.pdf",
                        lambda path: write_oversight_pdf(read(), lang, path), self._saved, self._not_saved)

    @Slot()
    def save_oversight_csv(self) -> BackgroundOp | None:
        read = self.report_reader()

        def write(path: str) -> None:
            report = read()
            with open(path, "w", encoding="utf-8", newline="") as stream:
                write_oversight_csv(report, stream)

        return save_file(self, self.tr("Save the oversight figures"), f"oversight-{self._period_name()}.csv",
                         self.tr("CSV (*.csv)"), write, self._saved, self._not_saved)

    def _period_name(self) -> str:
        return f"{self.from_edit.date().toString('yyyyMMdd')}-{self.to_edit.date().toString('yyyyMMdd')}"

    # ------------------------------------------------------------ one custody

    def set_custody(self, custody_id: str) -> None:
        """Choose the custody the three printouts are about (the main window calls this from the board)."""
        custody_id = custody_id.strip()
        if self.custody_edit.text() != custody_id:
            self.custody_edit.setText(custody_id)
        self.timeline = self._service.reports.timeline(custody_id, log=False) if custody_id else None
        if self.timeline is not None:
            lang = detainee_language(self.timeline.effective_person.languages, PRINT_LANGUAGES)
            if lang is not None:
                self.timeline_language_box.choose(lang)
        self._describe_custody()
        self._update_custody_buttons()

    def _describe_custody(self) -> None:
        if self.timeline is None:
            text = self.tr("No such custody in the register.") if self.custody_edit.text().strip() else ""
        else:
            person = self.timeline.effective_person
            text = tr_args(self.tr("%1; understands: %2"), person.full_name, ", ".join(person.languages) or "?")
        self.custody_info.setText(text)

    def _update_custody_buttons(self) -> None:
        for button in (self.timeline_button, self.copy_button, self.rights_button, self.receipt_button):
            button.setEnabled(self.timeline is not None)

    @Slot()
    def print_timeline(self) -> None:
        self._print_timeline(self.timeline_language_box.currentData())

    @Slot()
    def print_detainee_copy(self) -> None:
        """The same timeline, in a language the detainee understands, in one action."""
        lang = detainee_language(self.timeline.effective_person.languages, PRINT_LANGUAGES)
        if lang is None:
            self._no_language()
            return
        self._print_timeline(lang)

    def _print_timeline(self, lang: str) -> BackgroundOp | None:
        custody_id, reports = self.timeline.custody.id, self._service.reports
        return save_pdf(self, self.tr("Save the timeline"), f"timeline-{custody_id}-{lang}.pdf",
                        lambda path: write_timeline_pdf(reports.timeline_report(custody_id), lang, path),
                        self._saved, self._not_saved)

    @Slot()
    def print_rights_notice(self) -> None:
        """In the first language the detainee understands that has a notice; the languages before it that
        have none are said, so the officer knows the notice must be interpreted or another one found."""
        languages = self.timeline.effective_person.languages
        lang = detainee_language(languages, available_languages())
        if lang is None:
            self._no_language()
            return
        missing = [code for code in languages[:languages.index(lang)]]
        custody_id, reports = self.timeline.custody.id, self._service.reports

        def saved(path: str) -> None:
            self._saved(path)
            if missing:
                self.message.setText(self.message.text() + "\n" + tr_args(
                    self.tr("There is no rights notice in %1: it was printed in %2, which the detainee also "
                            "understands."), ", ".join(language_label(code) for code in missing), language_label(lang)))

        save_pdf(self, self.tr("Save the rights notice"), f"rights-{custody_id}-{lang}.pdf",
                 lambda path: write_rights_notice(reports.rights_notice(custody_id), lang, path),
                 saved, self._not_saved)

    @Slot()
    def print_property_receipt(self) -> BackgroundOp | None:
        """In the detainee's language; failing that, in the language chosen for the timeline (the receipt
        then says it must be interpreted)."""
        lang = (detainee_language(self.timeline.effective_person.languages, PRINT_LANGUAGES)
                or self.timeline_language_box.currentData())
        custody_id, custody = self.timeline.custody.id, self._service.custody
        return save_pdf(self, self.tr("Save the property receipt"), f"property-{custody_id}-{lang}.pdf",
                        lambda path: write_property_receipt(custody.property_receipt(custody_id), lang, path),
                        self._saved, self._not_saved)

    def _no_language(self) -> None:
        self.message.setText(tr_args(self.tr("There is no printout in a language the detainee understands (%1): "
                                             "print it in another language and have it interpreted."),
                                     ", ".join(self.timeline.effective_person.languages) or "?"))

    # ------------------------------------------------------------ files

    def _saved(self, path: str) -> None:
        self.message.setText(tr_args(self.tr("Saved to %1"), path))

    def _not_saved(self, error: BaseException) -> None:
        self.message.setText(tr_args(self.tr("Not saved: %1"), describe(error, self)))
