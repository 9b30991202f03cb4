"""The main window: status bar, first steps, shortcuts, printing, tabs by role, remembered layout, live time."""
from __future__ import annotations

from PySide6.QtCore import QThread, Qt
from PySide6.QtTest import QTest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from register.access import Actor
from register.opening import RegisterUnavailable
from tests.ui.conftest import OFFICER, settle
from ui.desktop.board import BoardModel
from ui.desktop.clock_chips import ChipsRole, Level
from ui.desktop.main_window import MainWindow
from ui.desktop.style import apply_style
from ui.desktop.timeline_view import TimelineView


def chain_checked(window) -> bool:
    """The start-up check is over and found the chain intact (board reads, being logged, may have added records since)."""
    return window.chain_label.text().startswith(("Chain verified:", "Chain: ")) and "verified" in window.chain_label.text()


def make_window(qtbot, register, actor=OFFICER):
    window = MainWindow(register, actor)
    qtbot.addWidget(window)
    return window


def test_status_bar_names_database_chain_and_user(qtbot, small_register):
    window = make_window(qtbot, small_register)
    assert window.database_label.text().startswith("Register: SQLite ")
    assert window.database_label.text().endswith("register.db")
    assert window.user_label.text() == "Signed in: Aigerim Duty (duty officer)"
    qtbot.waitUntil(lambda: chain_checked(window))


def test_chain_is_checked_in_a_worker_thread(qtbot, small_register, monkeypatch):
    from register.chain import Verdict
    seen = {}

    def slow_verify(keep_going=None, progress=None):
        seen["thread"] = QThread.currentThread()
        return Verdict(False, 3, 3, "x", problem="event E-2 was changed")

    window = make_window(qtbot, small_register)
    qtbot.waitUntil(lambda: chain_checked(window))  # checked at start-up
    monkeypatch.setattr(window.service.chain, "verify", slow_verify)
    window.verify_action.trigger()
    assert window.chain_label.text() == "Checking the chain…"
    qtbot.waitUntil(lambda: window.chain_label.text() == "CHAIN BROKEN: event E-2 was changed")
    assert seen["thread"] is not QThread.currentThread()
    assert "#c62828" in window.chain_label.styleSheet()


def test_a_long_chain_check_counts_its_records_in_the_status_bar(qtbot, small_register, monkeypatch):
    import threading

    from register.chain import Verdict
    go_on = threading.Event()

    def national_verify(keep_going=None, progress=None):
        progress("verifying", 2000, 4000)
        go_on.wait(60)  # the test lets the check end once it has read the count
        return Verdict(True, 4000, 4000, "x")

    window = make_window(qtbot, small_register)
    qtbot.waitUntil(lambda: chain_checked(window))
    monkeypatch.setattr(window.service.chain, "verify", national_verify)
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: window.chain_label.text() == "Checking the chain: 2000 of 4000 records…")
    go_on.set()
    qtbot.waitUntil(lambda: chain_checked(window))


UNREACHABLE = ("the database server of the register (db-host) cannot be reached or stopped: try again when it is back; "
               "nothing was written")


def test_a_chain_check_that_cannot_run_says_why(qtbot, small_register, monkeypatch):
    def unreachable(keep_going=None, progress=None):
        raise RegisterUnavailable("server-unreachable", location="db-host")

    window = make_window(qtbot, small_register)
    qtbot.waitUntil(lambda: chain_checked(window))
    monkeypatch.setattr(window.service.chain, "verify", unreachable)
    window.verify_chain()
    qtbot.waitUntil(lambda: window.chain_label.text() == f"Chain not checked: {UNREACHABLE}")
    [box] = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert box.text() == f"Verify the chain did not succeed.\n\n{UNREACHABLE}"


def test_empty_register_shows_first_steps(qtbot, opened):
    window = make_window(qtbot, opened)
    assert window.home.currentWidget() is window.first_steps
    assert window.first_steps.title.text() == "The register is empty"
    assert window.first_steps.step_facility.text().startswith("1. Ask an administrator")
    admin = make_window(qtbot, opened, Actor("admin1", "admin", "Admin"))
    assert "detention-register import" in admin.first_steps.step_facility.text()


def test_first_steps_give_way_to_the_board_once_there_are_custodies(qtbot, opened):
    from tests.ui.conftest import small_register_lines
    window = make_window(qtbot, opened)
    opened.as_user(Actor.without_accounts()).records.import_lines(small_register_lines())
    window.refresh()
    qtbot.waitUntil(lambda: window.home.currentWidget() is window.board)
    assert window.board.model.total == 2


def test_ctrl_f_focuses_the_board_filter(qtbot, small_register):
    window = make_window(qtbot, small_register)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.tabs.setCurrentWidget(window.search)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.home
    assert QApplication.focusWidget() is window.board.filter
    QTest.keyClicks(window.board.filter, "KZ-040501")
    QTest.keyClick(window.board.filter, Qt.Key.Key_Return)
    assert window.board.model.rowCount() == 1


def test_opening_a_custody_opens_its_timeline_tab_once(qtbot, small_register):
    window = make_window(qtbot, small_register)
    board = window.board
    row = next(r for r in range(board.model.rowCount()) if board.model.row_at(r).custody_id == "C-1")
    board.table.activated.emit(board.model.index(row, 0))
    view = window.tabs.currentWidget()
    assert isinstance(view, TimelineView) and view.custody_id == "C-1"
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Ерлан Серікұлы Жұмабаев"
    window.open_custody("C-1")
    assert len(window.timeline_tabs()) == 1
    window._close_tab(window.tabs.indexOf(view))
    assert window.timeline_tabs() == []


def test_ctrl_p_prints_the_custody_in_front(qtbot, small_register, tmp_path, monkeypatch):
    target = tmp_path / "timeline.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF"))
    window = make_window(qtbot, small_register)
    assert window.print_action.shortcut().toString() == "Ctrl+P"
    window.open_custody("C-2")
    assert window.print_action.isEnabled()
    window.print_action.trigger()
    qtbot.waitUntil(lambda: "C-2" in window.statusBar().currentMessage())
    assert target.read_bytes().startswith(b"%PDF")


def test_clocks_tick_live_on_board_and_timeline(qtbot, small_register):
    window = make_window(qtbot, small_register)
    view = window.open_custody("C-1")
    small_register.clock.advance(hours=1, minutes=5)
    window.ticker.tick()
    board = window.board.model
    row = next(r for r in range(board.rowCount()) if board.row_at(r).custody_id == "C-1")
    chips = {chip.rule: chip.level for chip in board.index(row, BoardModel.CLOCKS).data(ChipsRole)}
    assert chips["protocol-3h"] == Level.BREACH
    assert {chip.rule: chip.level for chip in view.chips.chips}["protocol-3h"] == Level.BREACH


def test_tabs_follow_the_role(qtbot, small_register):
    officer = make_window(qtbot, small_register)
    assert officer.alerts is None and officer.held_list is not None and officer.reports is not None
    prosecutor = make_window(qtbot, small_register, Actor("pros1", "prosecutor", "Prosecutor"))
    assert prosecutor.alerts is not None
    admin = make_window(qtbot, small_register, Actor("admin1", "admin", "Admin"))
    assert admin.held_list is None and not admin.print_action.isVisible()


def test_alert_opens_the_timeline_with_its_rule_highlighted(qtbot, small_register):
    window = make_window(qtbot, small_register, Actor("pros1", "prosecutor", "Prosecutor"))
    window.alerts.open_custody.emit("C-2", "minor-parent-notice")
    view = window.tabs.currentWidget()
    assert isinstance(view, TimelineView) and view.highlight_rule == "minor-parent-notice"


def test_layout_and_columns_are_remembered(qtbot, small_register):
    window = make_window(qtbot, small_register)
    window.resize(777, 555)  # the offscreen screen is 800 x 600
    window.board.table.setColumnWidth(BoardModel.FACILITY, 333)
    window.board.facility.setCurrentIndex(window.board.facility.findData("F-2"))
    window.close()
    again = make_window(qtbot, small_register)
    assert again.size().width() == 777
    assert again.board.table.columnWidth(BoardModel.FACILITY) == 333
    assert again.board.facility.currentData() == "F-2"


def test_dark_theme_switches_palette_and_is_remembered(qtbot, small_register):
    window = make_window(qtbot, small_register)
    window.dark_action.setChecked(True)
    assert QApplication.palette().base().color().lightness() < 100
    assert window.settings.dark is True
    window.dark_action.setChecked(False)
    assert QApplication.palette().base().color().lightness() > 200


def test_ctrl_n_opens_the_intake_wizard_without_blocking(qtbot, small_register):
    from ui.desktop.intake import IntakeWizard
    window = make_window(qtbot, small_register)
    assert window.intake_action.shortcut().toString() == "Ctrl+N"
    window.intake_action.trigger()
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.recorded.emit("C-2")  # after a real intake: the board refreshes and the new custody opens
    assert window.tabs.currentWidget().custody_id == "C-2"
    wizard.close()


def test_first_steps_offer_the_intake(qtbot, opened):
    window = make_window(qtbot, opened)
    assert not window.first_steps.intake_button.isHidden()
    window.first_steps.intake_button.click()
    from ui.desktop.intake import IntakeWizard
    assert window.findChild(IntakeWizard).isVisible()


def test_closing_the_window_cuts_a_long_chain_check_short(qtbot, small_register, monkeypatch):
    from register.chain import VerificationStopped
    started = []

    def endless_verify(keep_going=None, progress=None):
        started.append(True)
        while keep_going():  # a national register: the check would go on for minutes
            pass
        raise VerificationStopped("stopped")

    window = make_window(qtbot, small_register)
    qtbot.waitUntil(lambda: chain_checked(window))
    monkeypatch.setattr(window.service.chain, "verify", endless_verify)
    window.verify_action.trigger()
    qtbot.waitUntil(lambda: bool(started))
    check = window.chain_check
    window.close()
    assert check.job.ended.is_set()  # closing waited for the work to return


def test_a_board_judged_under_another_rule_profile_is_judged_again_at_start_up(qtbot, small_register):
    from sqlalchemy import delete

    from models.orm import ProjectionProfileRow
    with small_register.engine.begin() as connection:  # as left by a change of profile (or an upgrade)
        connection.execute(delete(ProjectionProfileRow))
    assert small_register.as_user(OFFICER).maintenance.projection_stale()

    window = make_window(qtbot, small_register)
    qtbot.waitUntil(lambda: chain_checked(window))
    assert window.statusBar().currentMessage() == "The rule profile has changed: 3 custodies judged again"
    assert not small_register.as_user(OFFICER).maintenance.projection_stale()


def test_the_window_answers_while_the_board_is_read_again(qtbot, small_register, monkeypatch):
    """A national board takes seconds to read: the officer can still switch tabs meanwhile."""
    import threading

    from PySide6.QtCore import QTimer
    window = make_window(qtbot, small_register)
    settle(qtbot)
    reading, release, threads = threading.Event(), threading.Event(), []
    real_rows = window.service.board.rows

    def slow_rows(*args, **kwargs):
        threads.append(QThread.currentThread())
        reading.set()
        release.wait(10)
        return real_rows(*args, **kwargs)

    monkeypatch.setattr(window.service.board, "rows", slow_rows)
    window.refresh_action.trigger()
    qtbot.waitUntil(reading.is_set)
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    window.tabs.setCurrentWidget(window.search)
    qtbot.waitUntil(lambda: fired == [True])
    assert window.tabs.currentWidget() is window.search and window.board_refresh.running
    release.set()
    settle(qtbot)
    assert threads[0] is not QThread.currentThread()
    assert window.board.model.rowCount() == 2


def test_the_theme_follows_the_systems_scheme_until_the_user_picks_one(qtbot, small_register):
    hints = QGuiApplication.styleHints()  # the offscreen platform says no scheme (light) and cannot be set:
    window = make_window(qtbot, small_register)  # its change is announced as a desktop would announce it
    assert window.settings.dark is None and not window.dark_action.isChecked()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert window.dark_action.isChecked() and QApplication.palette().base().color().lightness() < 100
        assert window.settings.dark is None  # followed, not chosen
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert not window.dark_action.isChecked() and QApplication.palette().base().color().lightness() > 200
        window.dark_action.setChecked(True)  # the user's choice from now on, whatever the system says
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert window.settings.dark is True and window.dark_action.isChecked()
        assert QApplication.palette().base().color().lightness() < 100
    finally:
        apply_style(QApplication.instance(), False)


def test_the_first_window_fits_the_available_screen(qtbot, small_register):
    window = make_window(qtbot, small_register)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() - 48 and window.height() <= free.height() - 48
    assert free.contains(window.geometry())


def test_ctrl_shift_e_records_an_event_of_the_custody_in_front(qtbot, small_register):
    from ui.desktop.event_form import EventDialog
    window = make_window(qtbot, small_register)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.record_action.shortcut().toString() == "Ctrl+Shift+E"
    settle(qtbot)
    window.board.table.selectRow(0)
    chosen = window.board.current_custody()
    assert chosen is not None
    window.board.filter.setFocus()  # a line edit takes Ctrl+E itself (end of line), never Ctrl+Shift+E
    QTest.keyClick(window.board.filter, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, EventDialog) and w.isVisible())
    assert dialog.custody_id == chosen
    assert window.tabs.currentWidget().custody_id == chosen  # its timeline is open behind the dialog
    dialog.close()


def test_ctrl_shift_m_opens_the_mass_intake(qtbot, small_register):
    from ui.desktop.mass_intake import MassIntakeDialog
    window = make_window(qtbot, small_register)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(MassIntakeDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
