"""The injury register: every medical examination that found injuries, on admission or after a return,
and whether the prosecutor was told (SPT report on Kazakhstan, paras. 79-80).

Shown to those who read injury charts (medical staff, prosecutors, monitors); a row opens its custody's
timeline, and prints the custody's medical report with the body chart.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from printing.labels import LANGUAGES as PRINT_LANGUAGES
from printing.medical_report import write_medical_report
from register.injuries import InjuryRow
from register.service import Services
from register.timeutil import format_local
from ui.desktop.background import BackgroundOp, describe
from ui.desktop.fields import value_label
from ui.desktop.i18n import LANGUAGE_NAMES, current_language
from ui.desktop.saving import save_pdf
from ui.desktop.tables import Column, RowsTableModel, name_table, read_only_table
from ui.desktop.texts import Retranslating, tr_args

NOT_TOLD = QColor("#c62828")


class InjuryRegisterModel(RowsTableModel):
    CONTEXT = "InjuryRegisterModel"
    COLUMNS = (Column(QT_TRANSLATE_NOOP("InjuryRegisterModel", "Examined")),
               Column(QT_TRANSLATE_NOOP("InjuryRegisterModel", "Custody")),
               Column(QT_TRANSLATE_NOOP("InjuryRegisterModel", "Person")),
               Column(QT_TRANSLATE_NOOP("InjuryRegisterModel", "Facility")),
               Column(QT_TRANSLATE_NOOP("InjuryRegisterModel", "Occasion")),
               Column(QT_TRANSLATE_NOOP("InjuryRegisterModel", "Injuries charted")),
               Column(QT_TRANSLATE_NOOP("InjuryRegisterModel", "Prosecutor told")),
               Column(QT_TRANSLATE_NOOP("InjuryRegisterModel", "Held")))

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__((), parent)
        self._facilities = {f.id: f for f in service.board.facilities()}
        self._zone = service.profile.timezone

    def _time(self, row: InjuryRow, instant) -> str:
        facility = self._facilities.get(row.facility_id)
        return format_local(instant, facility.timezone if facility else self._zone)

    def cell(self, row: InjuryRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and row.reported_at is None:
            return QBrush(NOT_TOLD)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        facility = self._facilities.get(row.facility_id)
        return (self._time(row, row.examined_at), row.custody_id, row.person,
                facility.name if facility else (row.facility_id or ""),
                value_label("trigger", row.trigger) if row.trigger else "",
                str(row.marks) if row.marks else translate("InjuryRegisterModel", "not charted"),
                self._time(row, row.reported_at) if row.reported_at else translate("InjuryRegisterModel", "NOT TOLD"),
                translate("InjuryRegisterModel", "yes") if row.held else translate("InjuryRegisterModel", "released"),
                )[column]


class InjuryRegisterView(Retranslating, QWidget):
    """The list, read in the background; Enter or a double click opens the custody."""

    open_custody = Signal(str)

    def __init__(self, service: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._loaded = False
        self.model = InjuryRegisterModel(service, self)
        self.table = read_only_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.refresh_button, self.report_button = QPushButton(), QPushButton()
        self.language_box = QComboBox()
        for lang in PRINT_LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[lang], lang)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current_language())))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for widget in (self.refresh_button, self.language_label, self.language_box, self.report_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button.clicked.connect(self.print_medical_report)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def showEvent(self, event) -> None:
        """Read the register the first time the tab is shown, not when the window opens."""
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def tab_title(self) -> str:
        return self.tr("Injury register")

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("R&efresh"))
        self.language_label.setText(self.tr("&Language:"))
        name_table(self.table, self.tr("Injury register"))
        self.report_button.setText(self.tr("&Medical report…"))
        self._show_summary()

    @Slot()
    def refresh(self) -> BackgroundOp:
        service = self._service
        self.refresh_button.setEnabled(False)
        return BackgroundOp(self, lambda job: service.custody.injury_register(), title=self.tr("Injury register"),
                            success=self._show_rows, failure=self._not_shown).run()

    def _show_rows(self, rows: list[InjuryRow]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._show_summary()
        self._update_buttons()

    def _not_shown(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(describe(error))

    def _show_summary(self) -> None:
        rows = [self.model.row_at(n) for n in range(self.model.rowCount())]
        not_told = sum(1 for row in rows if row.reported_at is None)
        self.summary.setText(tr_args(self.tr("%n examination(s) found injuries; the prosecutor was not told of %1.",
                                             "", len(rows)), not_told))

    def selected(self) -> InjuryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.report_button.setEnabled(self.selected() is not None)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        self.open_custody.emit(self.model.row_at(index.row()).custody_id)

    @Slot()
    def print_medical_report(self) -> BackgroundOp | None:
        row = self.selected()
        if row is None:
            return None
        custody, lang, custody_id = self._service.custody, self.language_box.currentData(), row.custody_id
        return save_pdf(self, self.tr("Save the medical report"), f"medical-{custody_id}-{lang}.pdf",
                        lambda path: write_medical_report(custody.medical_report(custody_id), lang, path),
                        lambda path: self.summary.setText(tr_args(self.tr("Saved to %1"), path)))
