"""Layout in every language: a time is never cut, an elided name is whole in its tooltip, dialogs fit 1366x768."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import settle
from ui.desktop import i18n
from ui.desktop.board import BoardModel

SCREEN = (1366, 768)


def whole_time_shown(edit) -> bool:
    editor = edit.editor
    return editor.width() >= editor.fontMetrics().horizontalAdvance("2026-12-02 05:00") + 20


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_mass_intake_shows_whole_times_and_fits_the_screen(qtbot, service, lang):
    from ui.desktop.mass_intake import MassIntakeDialog
    i18n.install(lang)
    dialog = MassIntakeDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.apprehension.time.set_now()
    qtbot.waitUntil(dialog.isVisible)
    assert whole_time_shown(dialog.apprehension.time)  # was "2026-12-02 05" in Russian and Kazakh
    assert whole_time_shown(dialog.arrival.time)
    assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 48


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_intake_and_event_dialog_show_whole_times(qtbot, service, lang):
    from ui.desktop.event_form import EventDialog
    from ui.desktop.intake import IntakeWizard
    i18n.install(lang)
    wizard = IntakeWizard(service)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.person_page.full_name.setText("Нурлан Абаев")
    wizard.person_page.sex.set_value("male")
    wizard.next()
    qtbot.waitUntil(wizard.apprehension_page.isVisible)
    assert whole_time_shown(wizard.apprehension_page.apprehension.time)
    dialog = EventDialog(service, "C-1", "lawyer_meeting")
    qtbot.addWidget(dialog)
    dialog.show()
    assert whole_time_shown(dialog.form.time) and whole_time_shown(dialog.form.editors["until"])


def test_an_elided_facility_name_is_whole_in_its_tooltip(qtbot, service):
    from tests.ui.test_board import make_board
    board, _ticker = make_board(qtbot, service)
    settle(qtbot)
    index = board.model.index(0, BoardModel.FACILITY)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
