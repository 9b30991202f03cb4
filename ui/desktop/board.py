"""The custody board: everyone in custody, one row each, with live clock chips.

Rows come a page at a time from `BoardService.rows` (filtered and sorted in
SQL); the model holds `BoardRow` objects only. The search screen reuses the
paged model with its own columns.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer, Qt, QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from register.domain import BoardRow
from register.service import Services
from register.services.board import BoardQuery
from register.timeutil import format_local
from ui.desktop.clock_chips import ChipsRole, ClockChipDelegate, format_span, open_chips
from ui.desktop.markers import marker_texts
from ui.desktop.tables import Column, Index, RowsTableModel, name_table
from ui.desktop.texts import Retranslating, tr_args

PAGE_SIZE = 100
FILTER_DELAY_MS = 300


def badges(row: BoardRow) -> list[str]:
    """What an officer must not miss about the person: safety markers (register.risk), a minor, an age not
    established, a foreign national.

    A person without a known birth date is AGE UNKNOWN, not MINOR: the protective minor rules still apply
    to them (contract section 4, `row.is_minor`), but the officer's task is to establish the identity."""
    found = marker_texts(row.markers, row.check_interval_minutes)
    if row.birth_date is None:
        found.append(age_unknown_badge(row.estimated_age))
    elif row.is_minor:
        found.append(QCoreApplication.translate("BoardModel", "MINOR"))
    if row.is_foreign_national:
        found.append(QCoreApplication.translate("BoardModel", "FOREIGN"))
    return found


def age_unknown_badge(estimated_age: int | None) -> str:
    """AGE UNKNOWN, with the officer's estimate when there is one ('AGE UNKNOWN ~30'): an estimate is not a
    birth date, so the person is still read as possibly a minor (contract section 4)."""
    if estimated_age is None:
        return QCoreApplication.translate("BoardModel", "AGE UNKNOWN")
    return tr_args(QCoreApplication.translate("BoardModel", "AGE UNKNOWN ~%1"), estimated_age)


def vulnerability_tip(row: BoardRow) -> str:
    """Every badge in full (the column may elide a long one) and the person's vulnerabilities."""
    lines = badges(row)
    if row.vulnerabilities:
        lines.append(tr_args(QCoreApplication.translate("BoardModel", "Vulnerabilities: %1"),
                             "; ".join(row.vulnerabilities)))
    return "\n".join(lines)


def person_text(row: BoardRow) -> str:
    """The name with its badges, for tables without a badge column of their own."""
    found = badges(row)
    return row.person_name + ("  [" + ", ".join(found) + "]" if found else "")


class CustodyRowsModel(RowsTableModel):
    """BoardRows of one BoardQuery: the first page at once, the next ones as the view scrolls."""

    def __init__(self, service: Services, query: BoardQuery, now: datetime, parent=None):
        super().__init__((), parent)
        self._service = service
        self._query = query
        self._now = now
        self._total = service.board.count(query)
        self._rows = self._page(0)

    # ------------------------------------------------------------ query and paging

    @property
    def query(self) -> BoardQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many rows the query matches in the register (not only those fetched)."""
        return self._total

    def set_query(self, query: BoardQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._total = self._service.board.count(query)
        self._rows = self._page(0)
        self.endResetModel()

    def refresh(self) -> None:
        """Read the rows already shown again (new events, clocks met elsewhere), keeping the scroll place."""
        self.show_rows(self.reader()())

    def reader(self) -> Callable[[], tuple[BoardQuery, int, list[BoardRow]]]:
        """What `refresh` reads, as a callable that touches no widget: it may run in the thread pool."""
        board, query, shown, now = self._service.board, self._query, max(len(self._rows), PAGE_SIZE), self._now
        return lambda: (query, board.count(query), board.rows(query, 0, shown, now))

    def show_rows(self, answer: tuple[BoardQuery, int, list[BoardRow]]) -> None:
        """Show what `reader()` read, unless the query has changed since (its own rows are on screen then)."""
        query, total, rows = answer
        if query != self._query:
            return
        if [r.custody_id for r in rows] == [r.custody_id for r in self._rows] and total == self._total:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()

    def _page(self, offset: int) -> list[BoardRow]:
        return self._service.board.rows(self._query, offset, PAGE_SIZE, self._now) if offset < self._total else []

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid():
            return
        rows = self._page(len(self._rows))
        if not rows:  # the register changed under us: stop asking
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column].sort_key if 0 <= column < len(self.COLUMNS) else None
        if key is None:
            return
        self.set_query(replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    def sort_column(self) -> int:
        """The column the current SQL order belongs to, for the header's sort indicator."""
        return next((i for i, c in enumerate(self.COLUMNS) if c.sort_key == self._query.sort), -1)

    # ------------------------------------------------------------ live time

    def set_now(self, now: datetime) -> None:
        self._now = now
        self.refresh_live_columns()


class BoardModel(CustodyRowsModel):
    PERSON, BADGES, FACILITY, LOCATION, IN_CUSTODY, CLOCKS = range(6)
    CONTEXT = "BoardModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("BoardModel", "Person"), "person_name"),
        Column(QT_TRANSLATE_NOOP("BoardModel", "Attention")),
        Column(QT_TRANSLATE_NOOP("BoardModel", "Facility")),
        Column(QT_TRANSLATE_NOOP("BoardModel", "Cell")),
        Column(QT_TRANSLATE_NOOP("BoardModel", "In custody for"), "apprehended_at", live=True),
        Column(QT_TRANSLATE_NOOP("BoardModel", "Legal clocks"), "next_due_at", live=True),
    )

    def cell(self, row: BoardRow, column: int, role: int):
        display = role == Qt.ItemDataRole.DisplayRole
        if column == self.PERSON:
            if display:
                return row.person_name
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr_args(QCoreApplication.translate("BoardModel", "Custody No. %1"), row.custody_id)
        elif column == self.BADGES:
            if display:
                return "\n".join(badges(row))  # one badge a line: the column stays narrow in every language
            if role == Qt.ItemDataRole.ToolTipRole and (row.markers or row.vulnerabilities):
                return vulnerability_tip(row)
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
        elif column == self.FACILITY and display:
            return row.facility_name or QCoreApplication.translate("BoardModel", "in transit")
        elif column == self.LOCATION and display:
            return row.location or "—"
        elif column == self.IN_CUSTODY and row.apprehended_at is not None:
            if display:
                return format_span((self._now - row.apprehended_at).total_seconds())
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr_args(QCoreApplication.translate("BoardModel", "Apprehended %1"),
                               format_local(row.apprehended_at, row.timezone))
        elif column == self.CLOCKS:
            if role == ChipsRole:
                return open_chips(row.clocks, self._now, row.timezone)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n\n".join(chip.tooltip for chip in open_chips(row.clocks, self._now, row.timezone))
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return "; ".join(f"{c.label}: {c.time_text}"
                                 for c in open_chips(row.clocks, self._now, row.timezone))
        return None


def make_table(model: CustodyRowsModel) -> QTableView:
    """A read-only, row-selecting table whose header sorts in SQL."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSortIndicator(model.sort_column(), Qt.SortOrder.DescendingOrder if model.query.descending
                            else Qt.SortOrder.AscendingOrder)
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    table.setSortingEnabled(True)

    def keep_indicator_on_sorted_column(*_) -> None:
        """A column the database cannot sort by keeps the previous indicator."""
        column = model.sort_column()
        if column >= 0 and header.sortIndicatorSection() != column:
            header.setSortIndicator(column, header.sortIndicatorOrder())

    header.sortIndicatorChanged.connect(keep_indicator_on_sorted_column)
    return table


class BoardView(Retranslating, QWidget):
    """The home view: facility picker, filter, and the board itself."""

    open_custody = Signal(str)

    def __init__(self, service: Services, now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self.facility = QComboBox()
        self.facility.setMinimumContentsLength(24)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.count = QLabel()
        self.model = BoardModel(service, BoardQuery(sort="next_due_at"), now, self)
        self.table = make_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # group actions
        self.table.setItemDelegateForColumn(BoardModel.CLOCKS, ClockChipDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 + 6)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.resizeSection(BoardModel.PERSON, self.fontMetrics().averageCharWidth() * 32)
        header.resizeSection(BoardModel.FACILITY, self.fontMetrics().averageCharWidth() * 26)
        header.resizeSection(BoardModel.IN_CUSTODY, self.fontMetrics().averageCharWidth() * 18)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.returnPressed.connect(self.apply_filter)
        self.facility.currentIndexChanged.connect(self.apply_filter)
        self.age_unknown = QCheckBox()
        self.age_unknown.toggled.connect(self.apply_filter)
        self.only_label = QLabel()
        self.only_label.setStyleSheet("font-weight: bold")
        self.show_all_button = QPushButton()
        self.show_all_button.clicked.connect(lambda: self.show_only(()))
        self.table.activated.connect(lambda index: self.open_custody.emit(self.model.row_at(index.row()).custody_id))
        self.model.modelReset.connect(self._update_count)

        bar = QHBoxLayout()
        self.facility_label = QLabel()
        self.facility_label.setBuddy(self.facility)
        bar.addWidget(self.facility_label)
        bar.addWidget(self.facility)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.age_unknown)
        bar.addWidget(self.count)
        only = QHBoxLayout()
        only.addWidget(self.only_label, 1)
        only.addWidget(self.show_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(only)
        layout.addWidget(self.table)
        self.reload_facilities()
        self.retranslate()

    def reload_facilities(self, selected: str | None = None) -> None:
        """Fill the facility picker; `selected` (an id) or else the current choice is kept."""
        keep = selected if selected is not None else self.facility.currentData()
        self.facility.blockSignals(True)
        self.facility.clear()
        self.facility.addItem(self.tr("All facilities"), None)
        for facility in sorted(self._service.board.facilities(), key=lambda f: f.name):
            self.facility.addItem(facility.name, facility.id)
        self.facility.setCurrentIndex(max(0, self.facility.findData(keep)))
        self.facility.blockSignals(False)
        self.apply_filter()

    @Slot()
    def apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.filter.text().strip() or None
        query = replace(self.model.query, text=text, facility_id=self.facility.currentData(),
                        age_unknown_only=self.age_unknown.isChecked())
        if query != self.model.query:
            self.model.set_query(query)
        self._show_only_bar()

    def show_only(self, custody_ids: tuple[str, ...]) -> None:
        """Show only these custodies (the people a mass intake just registered), or everyone again with ()."""
        self.model.set_query(replace(self.model.query, custody_ids=tuple(custody_ids)))
        self._show_only_bar()

    def _show_only_bar(self) -> None:
        chosen = len(self.model.query.custody_ids)
        self.only_label.setVisible(bool(chosen))
        self.show_all_button.setVisible(bool(chosen))
        self.only_label.setText(self.tr("Showing only the %n people just registered", "", chosen))

    def selected_rows(self) -> list[BoardRow]:
        """The rows chosen for a group action, in board order."""
        return [self.model.row_at(index.row()) for index in sorted(self.table.selectionModel().selectedRows(),
                                                                    key=lambda i: i.row())]

    def current_custody(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).custody_id if index.isValid() else None

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def set_now(self, now: datetime) -> None:
        self.model.set_now(now)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n in custody", "", self.model.total))

    def retranslate(self) -> None:
        self.facility_label.setText(self.tr("&Facility:"))
        self.facility.setItemText(0, self.tr("All facilities"))
        self.filter.setPlaceholderText(self.tr("Filter by name, document or custody No. (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter the board"))
        self.age_unknown.setText(self.tr("Age unknown only"))
        self.age_unknown.setToolTip(self.tr("People whose birth date is not established: establish their "
                                            "identity first"))
        self.show_all_button.setText(self.tr("Show everyone"))
        self._show_only_bar()
        name_table(self.table, self.tr("Custodies held"))
        self.model.retranslate()
        self.fit_badge_column()
        self._update_count()

    def fit_badge_column(self) -> None:
        """Widen the badge column to the longest badge of the current language (the Kazakh MINOR is long)."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        texts = [QCoreApplication.translate("BoardModel", "MINOR"),
                 age_unknown_badge(99),
                 QCoreApplication.translate("BoardModel", "FOREIGN"), self.model.title(BoardModel.BADGES)]
        margin = 4 * self.fontMetrics().averageCharWidth()
        needed = max(QFontMetrics(bold).horizontalAdvance(text) for text in texts) + margin
        header = self.table.horizontalHeader()
        header.resizeSection(BoardModel.BADGES, max(needed, header.sectionSize(BoardModel.BADGES)))
