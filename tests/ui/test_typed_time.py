"""A whole date or time typed into a field is read as one value, wherever the cursor is."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from ui.desktop.fields import LocalDateTimeEdit, OptionalDateEdit

NOW = datetime(2026, 12, 1, 22, 59, tzinfo=timezone.utc)  # 03:59 on 2 December in Almaty


@pytest.fixture
def when(qtbot):
    field = LocalDateTimeEdit(lambda: NOW, ["Asia/Almaty"])
    qtbot.addWidget(field)
    field.show()
    field.editor.setFocus()
    return field


@pytest.mark.parametrize("section", [QDateTimeEdit.Section.YearSection, QDateTimeEdit.Section.MonthSection,
                                     QDateTimeEdit.Section.MinuteSection])
@pytest.mark.parametrize("typed", ["0140", "01:40", "1.40"])
def test_a_typed_time_is_the_time_wherever_the_cursor_is(qtbot, when, section, typed):
    when.editor.setCurrentSection(section)
    qtbot.keyClicks(when.editor, typed)
    assert when.editor.text() == "2026-12-02 01:40"
    assert when.value() == datetime(2026, 12, 1, 20, 40, tzinfo=timezone.utc)


@pytest.mark.parametrize("typed", ["20081220", "2008-12-20", "20.12.2008"])
def test_a_typed_date_keeps_the_time(qtbot, when, typed):
    when.editor.setCurrentSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClicks(when.editor, typed)
    assert when.editor.text() == "2008-12-20 03:59"


def test_date_and_time_together_and_a_mistake_corrected(qtbot, when):
    when.editor.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(when.editor, "20081220 0149")
    qtbot.keyClick(when.editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(when.editor, "0")
    assert when.editor.text() == "2008-12-20 01:40"
    qtbot.keyClick(when.editor, Qt.Key.Key_Up)  # arrows still step the section under the cursor
    assert when.editor.text() != "2008-12-20 01:40"


def test_a_birth_date_typed_whole(qtbot):
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    field.show()
    field.known_box.setChecked(True)
    field.editor.setFocus()
    field.editor.setCurrentSection(QDateTimeEdit.Section.MonthSection)
    qtbot.keyClicks(field.editor, "20081220")
    assert field.value() == date(2008, 12, 20)
