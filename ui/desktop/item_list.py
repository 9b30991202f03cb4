"""A list of items typed as table rows (a property inventory's items, an injury chart's marks).

The columns are the item fields of the vocabulary (`FieldSpec.item_fields`), so a new field of an item
appears here without touching this file. Text is passed on as typed and numbers as numbers when they
are digits: whatever the register cannot take, it refuses with a sentence naming the item.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from register.vocabulary import FieldKind, FieldSpec
from ui.desktop.fields import ChoiceCombo, field_label, mark_required
from ui.desktop.tables import name_table


class ItemListEdit(QWidget):
    """Rows of items; "Add item" appends an empty row, "Remove" drops the selected one."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.fields = spec.item_fields
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.fields), self)
        self.table.setHorizontalHeaderLabels([mark_required(field_label(f.name), f.required) for f in self.fields])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        name_table(self.table, field_label(spec.name))
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add item"), self)
        self.add_button.setAutoDefault(False)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAutoDefault(False)
        row.addWidget(self.add_button)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self._remove_current)

    def add_row(self, values: Mapping[str, Any] | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, spec in enumerate(self.fields):
            value = (values or {}).get(spec.name)
            if spec.kind is FieldKind.CHOICE:
                combo = ChoiceCombo.of_values(spec.name, spec.choices, self.tr("— choose —"))
                combo.set_value(value)
                self.table.setCellWidget(row, column, combo)
            else:
                self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
        self.table.setCurrentCell(row, 0)
        return row

    def set_cell(self, row: int, name: str, value: Any) -> None:
        """What typing into one cell does (the tests' and a caller's way in)."""
        column = [f.name for f in self.fields].index(name)
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, ChoiceCombo):
            widget.set_value(value)
        else:
            self.table.item(row, column).setText(str(value))

    def _remove_current(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def values(self) -> list[dict]:
        """The rows with something typed, each as the register takes an item; empty cells left out."""
        items = []
        for row in range(self.table.rowCount()):
            item = {}
            for column, spec in enumerate(self.fields):
                value = self._cell(row, column, spec)
                if value not in (None, ""):
                    item[spec.name] = value
            if item:
                items.append(item)
        return items

    def _cell(self, row: int, column: int, spec: FieldSpec) -> Any:
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, ChoiceCombo):
            return widget.value()
        cell = self.table.item(row, column)
        text = cell.text().strip() if cell is not None else ""
        return int(text) if spec.kind is FieldKind.COUNT and text.isdigit() else text

    def set_values(self, items: Iterable[Mapping[str, Any]]) -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item)
