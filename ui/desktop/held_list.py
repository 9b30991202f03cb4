"""Who the register says was at a facility at an instant: what a monitor reconciles with a head count.

The instant is entered as the facility's wall time (that is what the visitor
reads on the wall clock) and converted with the bundled tz database, not Qt's.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP, QTimeZone, Slot
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from printing.held_list_pdf import write_held_list_pdf
from register.reports import HeldListReport
from register.service import Services
from register.timeutil import format_local
from ui.desktop.background import BackgroundOp, describe
from ui.desktop.clock_chips import short_title
from ui.desktop.fields import instant_at, utc_offset, wall_time
from ui.desktop.print_language import PrintLanguageBox
from ui.desktop.saving import save_pdf
from ui.desktop.tables import Column, RowsTableModel, name_table, read_only_table
from ui.desktop.texts import Retranslating, tr_args


class HeldListModel(RowsTableModel):
    """The people of one held list, in the register's order (location, then name)."""

    CONTEXT = "HeldListModel"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("HeldListModel", "Location")), Column(QT_TRANSLATE_NOOP("HeldListModel", "Person")),
               Column(QT_TRANSLATE_NOOP("HeldListModel", "Born")),
               Column(QT_TRANSLATE_NOOP("HeldListModel", "Citizenship")),
               Column(QT_TRANSLATE_NOOP("HeldListModel", "Custody")),
               Column(QT_TRANSLATE_NOOP("HeldListModel", "Apprehended")),
               Column(QT_TRANSLATE_NOOP("HeldListModel", "Problems")))

    def __init__(self, parent: QWidget | None = None):
        super().__init__((), parent)

    def set_report(self, report: HeldListReport | None) -> None:
        self.set_rows(report.rows if report is not None else ())

    def cell(self, row, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        problems = ", ".join(short_title(c) for c in row.clocks if c.is_problem)
        return (row.location or "", row.person_name, row.birth_date.isoformat() if row.birth_date else "?",
                row.citizenship or "?", row.custody_id,
                format_local(row.apprehended_at, row.timezone) if row.apprehended_at else "",
                problems)[column]


class HeldListView(Retranslating, QWidget):
    """Pick a facility and an instant, see who was there, print the sheet."""

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.report: HeldListReport | None = None

        self.facility_box = QComboBox()
        for facility in service.board.facilities():
            self.facility_box.addItem(facility.name, facility)
        self.when_edit = QDateTimeEdit()
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setTimeZone(QTimeZone.utc())  # holds the facility's wall time as is; see _instant()
        self.zone_label = QLabel()
        self.now_button = QPushButton()
        self.show_button = QPushButton()
        self.language_box = PrintLanguageBox()
        self.print_button = QPushButton()
        self.facility_label, self.when_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.facility_label.setBuddy(self.facility_box)
        self.when_label.setBuddy(self.when_edit)
        self.language_label.setBuddy(self.language_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        choose = QHBoxLayout()
        for widget in (self.facility_label, self.facility_box, self.when_label, self.when_edit, self.zone_label,
                       self.now_button, self.show_button):
            choose.addWidget(widget)
        choose.addStretch(1)
        printing = QHBoxLayout()
        printing.addWidget(self.summary, 1)
        printing.addWidget(self.language_label)
        printing.addWidget(self.language_box)
        printing.addWidget(self.print_button)

        self.model = HeldListModel(self)
        self.table = read_only_table(self.model)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addLayout(printing)

        self.retranslate()
        self._facility_tz = self._timezone()
        self.set_instant(service.now())
        self.facility_box.currentIndexChanged.connect(self._facility_changed)
        self.now_button.clicked.connect(lambda: self.set_instant(self._service.now()))
        self.show_button.clicked.connect(self.show_list)
        self.print_button.clicked.connect(self.print_list)
        self._update_print()

    def retranslate(self) -> None:
        self.facility_label.setText(self.tr("&Facility:"))
        self.when_label.setText(self.tr("&At:"))
        self.now_button.setText(self.tr("&Now"))
        self.show_button.setText(self.tr("&Show who was there"))
        name_table(self.table, self.tr("People held"))
        self.language_label.setText(self.tr("&Language:"))
        self.print_button.setText(self.tr("&Print PDF…"))
        self._show_summary()

    # ------------------------------------------------------------ the instant, in the facility's time

    def _timezone(self) -> str:
        facility = self.facility_box.currentData()
        return facility.timezone if facility else self._service.profile.timezone

    def instant(self) -> datetime:
        """The chosen wall time read in the facility's zone, as aware UTC."""
        return instant_at(self.when_edit.dateTime(), self._facility_tz)

    def set_instant(self, instant: datetime) -> None:
        self.when_edit.setDateTime(wall_time(instant, self._facility_tz))
        self.zone_label.setText(f"{self._facility_tz} ({utc_offset(instant, self._facility_tz)})")

    @Slot()
    def _facility_changed(self) -> None:
        """Keep the same instant when the facility changes, shown in the new facility's time."""
        instant = self.instant()
        self._facility_tz = self._timezone()
        self.set_instant(instant)

    # ------------------------------------------------------------ list and print

    @Slot()
    def show_list(self) -> BackgroundOp | None:
        """Read the list in the thread pool (a large facility's clocks are judged for it)."""
        facility = self.facility_box.currentData()
        if facility is None:
            return None
        service, instant = self._service, self.instant()
        self.show_button.setEnabled(False)
        return BackgroundOp(self, lambda job: service.reports.held_at(facility.id, instant),
                            title=self.tr("Who is held"), success=self._show_report, failure=self._not_shown).run()

    def _show_report(self, report: HeldListReport) -> None:
        self.report = report
        self.show_button.setEnabled(True)
        self.model.set_report(report)
        self.table.resizeColumnsToContents()
        self._show_summary()
        self._update_print()

    def _not_shown(self, error: BaseException) -> None:
        self.report = None
        self.show_button.setEnabled(True)
        self.model.set_report(None)
        self.summary.setText(describe(error, self))
        self._update_print()

    def _show_summary(self) -> None:
        if self.report is None:
            self.summary.setText(self.tr("Choose a facility and an instant, then show who the register placed there."))
            return
        self.summary.setText(tr_args(self.tr("%n person(s) at %1 on %2", "", len(self.report.rows)),
                                     self.report.facility.name,
                                     format_local(self.report.as_of, self.report.facility.timezone)))

    def _update_print(self) -> None:
        self.print_button.setEnabled(self.report is not None)

    @Slot()
    def print_list(self) -> BackgroundOp | None:
        if self.report is None:
            return None
        service, lang, facility_id, as_of = self._service, self.language_box.currentData(), \
            self.report.facility.id, self.report.as_of

        def write(path: str) -> None:
            write_held_list_pdf(service.reports.held_at(facility_id, as_of, printing=True), lang, path)

        return save_pdf(self, self.tr("Save the held list"), f"held-{facility_id}-{as_of:%Y%m%d-%H%M}.pdf", write,
                        lambda path: self.summary.setText(tr_args(self.tr("Saved to %1"), path)))
