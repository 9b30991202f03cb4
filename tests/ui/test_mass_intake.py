"""Mass intake: keyboard-only rows, one full custody per person at the shared actual time."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from register.services.board import BoardQuery
from ui.desktop.mass_intake import MassIntakeDialog, read_birth

APPREHENDED = datetime(2026, 1, 5, 9, 30, tzinfo=timezone.utc)  # 14:30 in Almaty; the clock stands at 12:00 UTC
PEOPLE = [  # name, born or age, citizenship, languages
    ("Nurlan Abenov", "1990-04-01", "KZ", "kk ru"),
    ("Dana Seitkali", "30", "KZ", "kk"),
    ("Timur Rakhimov", "", "", "ru"),
    ("Aliya Bekova", "14.02.2001", "kz", "kk, ru"),
    ("Ivan Sokolov", "", "RU", "ru"),
]


def open_dialog(qtbot, service):
    dialog = MassIntakeDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_shared(qtbot, dialog):
    shared = dialog.apprehension
    shared.time.set_value(APPREHENDED)
    qtbot.keyClicks(shared.form.editors["place"], "Republic Square")
    qtbot.keyClicks(shared.form.editors["officers"].line, "Maj. Tulegenov")
    qtbot.keyClicks(shared.form.editors["reason"], "mass unrest")
    shared.no_video.setChecked(True)
    shared.form.editors["video_missing_reason"].setText("no body camera issued")
    shared.status.set_value("administrative")
    qtbot.keyClicks(shared.grounds, "Administrative Code art. 488")
    qtbot.keyClicks(shared.ordering_authority, "Police department Almaly")
    dialog.arrival.editors["facility"].set_value("F-1")
    dialog.arrival.time.set_value(APPREHENDED + timedelta(hours=1))


def type_people(qtbot, dialog, people):
    """Keyboard only: type, Tab to the next field (past the sex list), Enter adds the row and returns to the name."""
    def typed(text, then=Qt.Key.Key_Tab):
        widget = QApplication.focusWidget()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, then)

    for name, born, citizenship, languages in people:
        assert dialog.name.hasFocus()
        typed(name)
        typed(born)
        typed("")  # the sex list keeps 'unknown'
        typed(citizenship)
        typed(languages, Qt.Key.Key_Return)


def activate(qtbot, dialog):
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name.setFocus()


def test_five_people_become_five_custodies_at_the_shared_actual_time(qtbot, service):
    before = service.board.count(BoardQuery(held_only=False))
    dialog = open_dialog(qtbot, service)
    fill_shared(qtbot, dialog)
    activate(qtbot, dialog)
    type_people(qtbot, dialog, PEOPLE)
    assert dialog.table.rowCount() == 5
    assert dialog.count.text() == "5 people to register"
    assert dialog.isVisible()  # Enter added rows; it never registered the group

    recorded = []
    dialog.recorded.connect(recorded.append)
    dialog.register_button.click()

    assert len(recorded) == 5 and not dialog.isVisible()
    assert service.board.count(BoardQuery(held_only=False)) == before + 5
    timelines = {t.person.full_name: t for t in (service.reports.timeline(c, log=False) for c in recorded)}
    assert set(timelines) == {p[0] for p in PEOPLE}
    for timeline in timelines.values():
        assert [e.type for e in timeline.effective] == ["apprehension", "arrival"]
        assert timeline.apprehension.at == APPREHENDED
        assert timeline.apprehension.get("officers") == ["Maj. Tulegenov"]
        assert timeline.current_stay.facility == "F-1"
        assert timeline.custody.procedural_status == "administrative"
        clocks = {c.rule: c for c in service.reports.clocks(timeline.custody.id)}
        assert clocks["custody-limit"].trigger_at == APPREHENDED
        assert clocks["video-missing"].status == "flagged"
    dana = timelines["Dana Seitkali"]
    assert dana.person.birth_date is None and dana.person.estimated_age == 30  # an estimate, not a birth date
    assert dana.person.vulnerabilities == ()
    assert dana.is_minor(service.profile.law)  # unknown birth date: read protectively, as the profile says
    assert {c.rule for c in service.reports.clocks(dana.custody.id)} >= {"age-unknown", "minor-parent-notice"}
    assert timelines["Aliya Bekova"].person.birth_date == date(2001, 2, 14)
    assert timelines["Aliya Bekova"].person.citizenship == "KZ"
    assert timelines["Timur Rakhimov"].person.citizenship is None


def test_a_bad_row_is_named_and_nobody_is_written(qtbot, service):
    before = service.board.count(BoardQuery(held_only=False))
    dialog = open_dialog(qtbot, service)
    fill_shared(qtbot, dialog)
    activate(qtbot, dialog)
    type_people(qtbot, dialog, PEOPLE[:2] + [("Bad Row", "", "Kazakh", "ru")])
    dialog.register_button.click()
    assert dialog.isVisible()
    assert dialog.row_errors.text().startswith("Row 3 (Bad Row): the citizenship must be a two-letter ISO 3166-1 code")
    assert dialog.table.rowCount() == 3
    assert service.board.count(BoardQuery(held_only=False)) == before


def test_arrival_before_the_apprehension_is_shown_beside_the_arrival(qtbot, service):
    before = service.board.count(BoardQuery(held_only=False))
    dialog = open_dialog(qtbot, service)
    fill_shared(qtbot, dialog)
    dialog.arrival.time.set_value(APPREHENDED - timedelta(minutes=5))
    activate(qtbot, dialog)
    type_people(qtbot, dialog, PEOPLE[:2])
    dialog.register_button.click()
    error = dialog.arrival.errors.labels["at"]
    assert error.isVisible() and "before the apprehension" in error.text()
    assert dialog.table.rowCount() == 2
    assert service.board.count(BoardQuery(held_only=False)) == before


def test_birth_or_age_is_read_as_typed():
    assert read_birth("") == (None, None)
    assert read_birth("30") == (None, 30)
    assert read_birth("1990-04-01") == (date(1990, 4, 1), None)
    assert read_birth("01.04.1990") == (date(1990, 4, 1), None)


def test_count_of_people_is_said_in_russian(qtbot, service):
    from ui.desktop import i18n
    i18n.install("ru")
    dialog = open_dialog(qtbot, service)
    activate(qtbot, dialog)
    type_people(qtbot, dialog, PEOPLE[:3])
    assert dialog.count.text() == "3 человека к регистрации"


def test_the_mass_intake_confirms_its_numbers_and_the_board_shows_only_them(qtbot, small_register):
    from tests.ui.conftest import OFFICER, settle
    from ui.desktop.group_action import GroupActionDialog
    from ui.desktop.main_window import MainWindow
    window = MainWindow(small_register, OFFICER)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    window.mass_intake_action.trigger()
    dialog = window.findChild(MassIntakeDialog)
    fill_shared(qtbot, dialog)
    activate(qtbot, dialog)
    type_people(qtbot, dialog, PEOPLE[:3])
    dialog.register_button.click()

    summary = dialog.summary
    assert summary.isVisible() and not dialog.isVisible()
    assert summary.headline.text().startswith("3 custodies registered.")
    numbers = ["F-1-2026-00001", "F-1-2026-00002", "F-1-2026-00003"]  # readable, in the order typed
    assert summary.numbers() == numbers
    assert [summary.table.item(row, 0).text() for row in range(3)] == [p[0] for p in PEOPLE[:3]]
    settle(qtbot)
    board = window.board
    assert sorted(board.model.row_at(r).custody_id for r in range(board.model.rowCount())) == numbers
    assert board.model.total == 3 and board.only_label.isVisible()

    summary.group_button.click()  # straight on to the group's placement
    group = window.findChild(GroupActionDialog)
    assert group.isVisible() and [row.custody_id for row in group.rows] == numbers
    group.reject()
    board.show_all_button.click()
    assert board.model.total > 3 and not board.only_label.isVisible()
