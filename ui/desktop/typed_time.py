"""Typing a whole date or time into a date/time editor, wherever its cursor is.

Qt's editors take digits into the section under the cursor, so "0140" typed with the cursor in the
minutes gave 02:14, and "20081220" in the month gave 2008-03-20, without a word. Here the digits and
separators typed in a row are read together as one value: "20081220", "2008-12-20", "20.12.2008"
(a date), "0140", "01:40", "1.40" (a time), or a date and a time with a space between. Each keystroke
shows the value read so far on the editor's value from before the typing, so a date typed leaves the
time as it was and a time typed leaves the date.
"""
from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QObject, QTime, Qt
from PySide6.QtWidgets import QDateTimeEdit

_DATE = [re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
         re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
         re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})")]
_TIME = [re.compile(r"(?P<h>\d{2})(?P<min>\d{2})"), re.compile(r"(?P<h>\d{1,2})[:.](?P<min>\d{2})")]
TYPED = set("0123456789:.- ")


def read_date(text: str) -> date | None:
    for pattern in _DATE:
        found = pattern.fullmatch(text)
        if found:
            try:
                return date(int(found["y"]), int(found["m"]), int(found["d"]))
            except ValueError:
                return None
    return None


def read_time(text: str) -> time | None:
    for pattern in _TIME:
        found = pattern.fullmatch(text)
        if found and int(found["h"]) < 24 and int(found["min"]) < 60:
            return time(int(found["h"]), int(found["min"]))
    return None


def read_typed(text: str, with_time: bool) -> tuple[date | None, time | None] | None:
    """(date, time) of a whole typed value, either part None when not typed; None when it is not one."""
    text = text.strip()
    if " " in text and with_time:
        day, _, clock = text.partition(" ")
        pair = read_date(day), read_time(clock.strip())
        return pair if None not in pair else None
    if (day := read_date(text)) is not None:
        return day, None
    if with_time and (clock := read_time(text)) is not None:
        return None, clock
    return None


class WholeValueTyping(QObject):
    """Event filter for a QDateTimeEdit (or QDateEdit): digits typed in a row are one value."""

    def __init__(self, editor: QDateTimeEdit):
        super().__init__(editor)
        self.editor = editor
        self.typed = ""
        self.before = editor.dateTime()
        editor.installEventFilter(self)
        editor.findChild(QObject, "qt_spinbox_lineedit").installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            self.typed = ""
        elif event.type() == QEvent.Type.KeyPress:
            return self._key(event)
        return False

    def _key(self, event) -> bool:
        text = event.text()
        if event.key() == Qt.Key.Key_Backspace and self.typed:
            self.typed = self.typed[:-1]
        elif text and text in TYPED and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if not self.typed:
                self.before = self.editor.dateTime()
            self.typed += text
        else:
            self.typed = ""  # arrows, Tab, Enter: Qt's own handling
            return False
        self._show()
        return True

    def _show(self) -> None:
        with_time = bool(self.editor.displayedSections() & QDateTimeEdit.Section.TimeSections_Mask)
        read = read_typed(self.typed, with_time)
        shown = self.before
        if read is not None:
            day, clock = read
            if day is not None:
                shown = type(shown)(QDate(day.year, day.month, day.day), shown.time(), shown.timeZone())
            if clock is not None:
                shown = type(shown)(shown.date(), QTime(clock.hour, clock.minute), shown.timeZone())
        self.editor.setDateTime(shown)
