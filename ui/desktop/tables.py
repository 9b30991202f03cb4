"""One base for the desktop's read-only tables: plain row objects, columns declared once.

A model lists its columns in `COLUMNS` (header, SQL sort key, whether it changes with
the time) and names the translation context of the headers in `CONTEXT`; the headers
are marked with `QT_TRANSLATE_NOOP(CONTEXT, ...)` so `pyside6-lupdate` extracts them.
Subclasses answer `cell(row, column, role)` only.
"""
from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import (QAbstractItemModel, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtWidgets import QAbstractItemView, QTableView

Index = QModelIndex | QPersistentModelIndex


class Column:
    """One column: its header (an English literal), the SQL sort key if any, and whether it is live."""

    def __init__(self, header: str, sort_key: str | None = None, live: bool = False):
        self.header = header
        self.sort_key = sort_key
        self.live = live


class RowsTableModel(QAbstractTableModel):
    """A read-only table over a list of plain rows (read models of `register/`, never ORM objects)."""

    CONTEXT = ""
    COLUMNS: tuple[Column, ...] = ()

    def __init__(self, rows: Iterable[Any] = (), parent=None):
        super().__init__(parent)
        self._rows: list[Any] = list(rows)

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def title(self, column: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[column].header)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole) \
                and 0 <= section < len(self.COLUMNS):
            return self.title(section)  # the tooltip: a header narrower than its title is elided (name_table)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self.COLUMNS):
            return None
        value = self.cell(self._rows[index.row()], index.column(), role)
        if value is None and role == Qt.ItemDataRole.ToolTipRole:
            # A cell too narrow for its text (a long facility name, a rule title) is elided: its tooltip
            # holds it whole.
            text = self.cell(self._rows[index.row()], index.column(), Qt.ItemDataRole.DisplayRole)
            return text if isinstance(text, str) and text.strip() else None
        return value

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What the view shows of `row` in `column` for `role` (None: nothing)."""
        raise NotImplementedError

    def refresh_live_columns(self) -> None:
        """The time has moved: repaint the columns that count from it."""
        for number, column in enumerate(self.COLUMNS):
            if column.live and self._rows:
                self.dataChanged.emit(self.index(0, number), self.index(len(self._rows) - 1, number))

    def retranslate(self) -> None:
        """The language has changed: headers and texts are asked for again."""
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows and self.COLUMNS:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))


class HistoryModel(RowsTableModel):
    """The actions taken on one item (an alert, a complaint), oldest first, their instants shown on the clock of
    the item's facility: `set_history` gives both."""

    def __init__(self, parent=None):
        super().__init__((), parent)
        self._timezone = "UTC"

    def set_history(self, actions: Iterable[Any], tz_name: str) -> None:
        self._timezone = tz_name
        self.set_rows(actions)


def read_only_table(model: QAbstractItemModel | None = None) -> QTableView:
    """A table that is read, not typed into: whole rows selected, no row numbers, the last column taking the
    width left."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


def name_table(view: QAbstractItemView, name: str) -> None:
    """A table's (or list's) spoken name, and Tab that moves on to the next control: the arrows move
    between cells, and a keyboard user is never trapped inside."""
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    header = getattr(view, "horizontalHeader", lambda: None)()
    if header is not None:  # a column title that does not fit ends in "…" (its tooltip holds it), never cut
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
