"""Search the whole register: by name, document or custody No., facility, dates and status.

Every criterion becomes part of one BoardQuery, answered by SQL a page at a
time, so a register of hundreds of thousands of custodies stays quick.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from register.domain import BoardRow
from register.service import Services
from register.services.board import BoardQuery
from register.timeutil import format_local
from ui.desktop.board import CustodyRowsModel, make_table, person_text
from ui.desktop.tables import Column, name_table
from ui.desktop.texts import Retranslating, tr_args


class SearchModel(CustodyRowsModel):
    PERSON, DOCUMENT, CUSTODY, FACILITY, APPREHENDED, STATUS = range(6)
    CONTEXT = "SearchModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SearchModel", "Person"), "person_name"),
        Column(QT_TRANSLATE_NOOP("SearchModel", "Document")),
        Column(QT_TRANSLATE_NOOP("SearchModel", "Custody No."), "custody_id"),
        Column(QT_TRANSLATE_NOOP("SearchModel", "Facility")),
        Column(QT_TRANSLATE_NOOP("SearchModel", "Apprehended"), "apprehended_at"),
        Column(QT_TRANSLATE_NOOP("SearchModel", "Status")),
    )

    def cell(self, row: BoardRow, column: int, role: int):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.PERSON:
            return person_text(row)
        if column == self.DOCUMENT:
            return row.id_document or "—"
        if column == self.CUSTODY:
            return row.custody_id
        if column == self.FACILITY:
            return row.facility_name or "—"
        if column == self.APPREHENDED:
            return format_local(row.apprehended_at, row.timezone) if row.apprehended_at else "—"
        if row.released_at is not None:
            return tr_args(self.tr("released %1"), format_local(row.released_at, row.timezone))
        return self.tr("in custody")


class SearchView(Retranslating, QWidget):
    open_custody = Signal(str)

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.facility = QComboBox()
        self.reload_facilities()
        self.status = QComboBox()
        self.status.addItems(["", ""])
        self.use_from, self.use_until = QCheckBox(), QCheckBox()
        today = QDate.currentDate()
        self.date_from, self.date_until = QDateEdit(today.addDays(-7)), QDateEdit(today)
        for check, edit in ((self.use_from, self.date_from), (self.use_until, self.date_until)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.minors, self.foreign = QCheckBox(), QCheckBox()
        self.search_button = QPushButton()
        self.search_button.setDefault(True)
        self.count = QLabel()
        self.model = SearchModel(service, BoardQuery(held_only=False, sort="apprehended_at", descending=True),
                                 service.now(), self)
        self.table = make_table(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(SearchModel.PERSON, self.fontMetrics().averageCharWidth() * 38)
        self.table.setColumnWidth(SearchModel.DOCUMENT, self.fontMetrics().averageCharWidth() * 18)
        self.table.setColumnWidth(SearchModel.CUSTODY, self.fontMetrics().averageCharWidth() * 16)
        self.table.setColumnWidth(SearchModel.FACILITY, self.fontMetrics().averageCharWidth() * 30)
        self.table.setColumnWidth(SearchModel.APPREHENDED, self.fontMetrics().averageCharWidth() * 26)

        self.text.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.table.activated.connect(lambda index: self.open_custody.emit(self.model.row_at(index.row()).custody_id))
        self.model.modelReset.connect(self._update_count)

        self.text_label, self.facility_label, self.status_label = QLabel(), QLabel(), QLabel()
        for label, buddy in ((self.text_label, self.text), (self.facility_label, self.facility),
                             (self.status_label, self.status)):
            label.setBuddy(buddy)
        form = QGridLayout()
        form.addWidget(self.text_label, 0, 0)
        form.addWidget(self.text, 0, 1, 1, 3)
        form.addWidget(self.search_button, 0, 4)
        form.addWidget(self.facility_label, 1, 0)
        form.addWidget(self.facility, 1, 1)
        form.addWidget(self.status_label, 1, 2)
        form.addWidget(self.status, 1, 3)
        dates = QHBoxLayout()
        for widget in (self.use_from, self.date_from, self.use_until, self.date_until, self.minors, self.foreign):
            dates.addWidget(widget)
        dates.addStretch(1)
        dates.addWidget(self.count)
        form.addLayout(dates, 2, 0, 1, 5)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def reload_facilities(self) -> None:
        """Fill the facility picker again (a facility was added), keeping the current choice."""
        keep = self.facility.currentData()
        self.facility.clear()
        self.facility.addItem(self.tr("All facilities"), None)
        for facility in sorted(self._service.board.facilities(), key=lambda f: f.name):
            self.facility.addItem(facility.name, facility.id)
        self.facility.setCurrentIndex(max(0, self.facility.findData(keep)))

    def query(self) -> BoardQuery:
        """The criteria on screen as one SQL query; dates are whole local days of the chosen facility."""
        facility_id = self.facility.currentData()
        facility = self._service.board.facility(facility_id) if facility_id else None
        zone = ZoneInfo(facility.timezone if facility else self._service.profile.timezone)
        start = _day_start(self.date_from.date().toPython(), zone) if self.use_from.isChecked() else None
        until = (_day_start(self.date_until.date().toPython() + timedelta(days=1), zone) - timedelta(microseconds=1)
                 if self.use_until.isChecked() else None)
        return BoardQuery(facility_id=facility_id, text=self.text.text().strip() or None,
                          held_only=self.status.currentIndex() == 1, apprehended_from=start, apprehended_until=until,
                          minors_only=self.minors.isChecked(), foreign_only=self.foreign.isChecked(),
                          sort=self.model.query.sort, descending=self.model.query.descending)

    @Slot()
    def search(self) -> None:
        self.model.set_query(self.query())

    def focus_search(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()

    def current_custody(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).custody_id if index.isValid() else None

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n custodies found", "", self.model.total))

    def retranslate(self) -> None:
        self.text_label.setText(self.tr("&Name, document or custody No.:"))
        self.text.setPlaceholderText(self.tr("e.g. Петров, N1234567 or a custody No."))
        self.facility_label.setText(self.tr("&Facility:"))
        self.facility.setItemText(0, self.tr("All facilities"))
        self.date_from.setAccessibleName(self.tr("Apprehended from"))
        self.date_until.setAccessibleName(self.tr("Apprehended until"))
        name_table(self.table, self.tr("Custodies found"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.status.setItemText(0, self.tr("Everyone, held or released"))
        self.status.setItemText(1, self.tr("In custody now"))
        self.use_from.setText(self.tr("Apprehended from"))
        self.use_until.setText(self.tr("until"))
        self.minors.setText(self.tr("Minors only"))
        self.foreign.setText(self.tr("Foreign nationals only"))
        self.search_button.setText(self.tr("&Search"))
        self.model.retranslate()
        self._update_count()



def _day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, zone)
