"""What a screen reader meets in a window, read through Qt's own accessibility interfaces (QAccessible).

A walk reports, in words a reviewer can act on: a control that takes keyboard focus and has no accessible
name; a combo box with no label of its own (Qt then announces its current value as its name); a table
that traps Tab; a cell whose state is said by its colour alone (a coloured cell must say its state in
words through Qt.AccessibleDescriptionRole, which screen readers read); and, per window, two controls
answering the same Alt+letter.
"""
from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QHeaderView, QLabel, QMenuBar, QTabBar, QWidget,
)

COLOUR_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
MNEMONIC = re.compile(r"&([^&\s])")
ROWS_LOOKED_AT = 50


def describe(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names[:4]))


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def _focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _labelled(widget: QWidget, top: QWidget) -> bool:
    return bool(widget.accessibleName()) or any(label.buddy() is widget for label in top.findChildren(QLabel))


def unnamed_controls(top: QWidget) -> list[str]:
    """Focusable controls whose accessible name is empty, and combo boxes named only by their value."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or not _focusable(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface is not None else ""
        if not name:
            found.append(f"no accessible name: {describe(widget)}")
        elif isinstance(widget, QComboBox) and not _labelled(widget, top):
            found.append(f"combo box without a label: {describe(widget)} (announced as {name!r})")
    return found


def tab_traps(top: QWidget) -> list[str]:
    return [f"Tab stays inside the table: {describe(view)}" for view in top.findChildren(QAbstractItemView)
            if _shown(view, top) and view.tabKeyNavigation()]


def _columns(model) -> int:
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        return 1


def colour_only_states(top: QWidget) -> list[str]:
    """Cells coloured without a word for what the colour means, and coloured labels without text."""
    found = []
    for view in top.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not _shown(view, top) or isinstance(view, QHeaderView):
            continue
        for row in range(min(model.rowCount(QModelIndex()), ROWS_LOOKED_AT)):
            for column in range(_columns(model)):
                index = model.index(row, column)
                coloured = any(index.data(role) is not None for role in COLOUR_ROLES)
                if coloured and not (index.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "").strip():
                    found.append(f"colour only: {describe(view)} row {row} column {column} ({index.data()!r})")
                    break  # one finding a row
    for label in top.findChildren(QLabel):
        if _shown(label, top) and "color" in label.styleSheet() and not label.text().strip():
            found.append(f"coloured label with no text: {describe(label)}")
    return found


def _mnemonic_texts(top: QWidget) -> list[tuple[str, str]]:
    texts = []
    for bar in top.findChildren(QMenuBar):
        if _shown(bar, top):
            texts += [(action.text(), "menu") for action in bar.actions() if action.isVisible()]
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top):  # a disabled button answers its Alt+letter once it is enabled
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            texts.append((widget.text(), describe(widget)))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append((widget.text(), describe(widget)))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append((widget.title(), describe(widget)))
        elif isinstance(widget, QTabBar):
            texts += [(widget.tabText(i), describe(widget)) for i in range(widget.count())
                      if widget.isTabVisible(i)]
    return texts


def mnemonic_clashes(top: QWidget) -> list[str]:
    """Two things in one window answering the same Alt+letter (Alt+R opened the Register menu instead of
    Record event)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for text, owner in _mnemonic_texts(top):
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            owners[match.group(1).casefold()].append(f"{text!r} ({owner})")
    return [f"Alt+{letter}: " + ", ".join(items) for letter, items in owners.items() if len(items) > 1]


def menu_clashes(top: QWidget) -> list[str]:
    """Two items of one menu answering the same letter."""
    found = []
    for bar in top.findChildren(QMenuBar):
        menus = [action.menu() for action in bar.actions() if action.menu() is not None]
        while menus:
            menu = menus.pop()
            menus += [action.menu() for action in menu.actions() if action.menu() is not None]
            owners: dict[str, list[str]] = defaultdict(list)
            for action in menu.actions():
                match = MNEMONIC.search(action.text().replace("&&", "")) if action.isVisible() else None
                if match:
                    owners[match.group(1).casefold()].append(repr(action.text()))
            found += [f"menu {menu.title()!r}, Alt+{letter}: " + ", ".join(items)
                      for letter, items in owners.items() if len(items) > 1]
    return found


def walk(top: QWidget) -> list[str]:
    return (unnamed_controls(top) + tab_traps(top) + colour_only_states(top) + mnemonic_clashes(top)
            + menu_clashes(top))
