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


def painted_texts_fit(axis) -> None:
    """Every text the time axis painted fits its box; an elided one is whole in the tooltip at its box."""
    for label in axis.labels:
        assert axis.fontMetrics().horizontalAdvance(label.shown) <= label.rect.width() + 1, label
        assert 0 <= label.rect.left() and label.rect.right() <= axis.width(), label
        if label.shown != label.whole:
            assert axis.tooltip_at(label.rect.center()).startswith(label.whole)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_time_axis_labels_fit_or_are_whole_in_their_tooltips(qtbot, demo_register, lang):
    """The rule titles, the facility on the location band and the times of the scale: at a narrow window in
    every language, none is cut, none overlaps another; what is elided is whole in its tooltip."""
    from PySide6.QtCore import QPointF

    from register.services.board import BoardQuery
    from tests.ui.conftest import OFFICER
    from ui.desktop.timeline_view import TimelineView
    i18n.install(lang)
    service = demo_register.as_user(OFFICER)
    child = next(row for row in service.board.rows(BoardQuery(held_only=False), 0, 500)
                 if row.person_name == "Нұржан Болатұлы Сейітов")  # a minor questioned alone: a long rule title
    view = TimelineView(service, child.custody_id)
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    axis = view.axis
    axis.grab()  # paints it as the screen would
    painted_texts_fit(axis)
    if lang == "kk":  # "Кәмелетке толмағаннан жауап алу" does not fit the label column
        assert any(label.shown != label.whole for label in axis.labels)
    times = sorted((label.rect for label in axis.labels if label.rect.top() == 0), key=lambda rect: rect.left())
    assert len(times) >= 2 and all(a.right() < b.left() for a, b in zip(times, times[1:]))  # no time over another
    stay = next(label for label in axis.labels if label.rect.left() > 170 and label.rect.top() > 30)
    assert axis.tooltip_at(stay.rect.center()).startswith(child.facility_name)  # the stay's facility, whole
