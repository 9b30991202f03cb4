"""The alert inbox: listing, filters, highlighting, and acknowledge / refer / close through its dialogs."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QSettings, Qt, QThread
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from register.access import Actor
from register.alerts import ACKNOWLEDGED, CLOSED, REFERRED
from tests.fast_hashing import fast_hashing  # noqa: F401 (a fixture)
from tests.ui.conftest import OFFICER
from ui.desktop import i18n
from ui.desktop.alerts import OVERDUE_BACKGROUND, AlertInbox, AlertTableModel, AssignDialog, ReferDialog
from ui.desktop.text_dialog import TextDialog
from ui.desktop.settings import APPLICATION, ORGANISATION, Settings

PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
# In the small register at 12:00Z: C-2 (a Russian minor at F-2) has three breaches, C-3 (released) two,
# and four apprehensions fired indicators (three without video, one entered late).
PROTOCOL_C2 = "C-2|protocol-3h|2026-01-05T08:00:00Z"
PARENTS_C2 = "C-2|minor-parent-notice|2026-01-05T08:00:00Z"
ALL_ALERTS = 9


def listed(qtbot, widget: AlertInbox) -> AlertInbox:
    """The inbox once its refresh under way has come back from the worker thread."""
    qtbot.waitUntil(lambda: not widget.refreshing, timeout=10_000)
    return widget


def refreshed(qtbot, widget: AlertInbox) -> None:
    with qtbot.waitSignal(widget.refreshed, timeout=10_000):
        widget.refresh()


@pytest.fixture
def inbox(qtbot, small_register):
    widget = AlertInbox(small_register.as_user(PROSECUTOR))
    qtbot.addWidget(widget)
    return listed(qtbot, widget)


def keys(inbox):
    return [inbox.model.alert(row).key for row in range(inbox.model.rowCount())]


def select(inbox, key):
    inbox.table.selectRow(keys(inbox).index(key))
    assert inbox.selected_alert().key == key


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_models_pass_the_model_tester(qtmodeltester, inbox):
    qtmodeltester.check(inbox.model)
    select(inbox, PROTOCOL_C2)
    inbox.ask_acknowledge()
    inbox.dialog.accept()
    select(inbox, PROTOCOL_C2)
    assert inbox.history_model.rowCount() == 1
    qtmodeltester.check(inbox.history_model)


def test_lists_breaches_first_then_ongoing_then_most_overdue(inbox):
    alerts = [inbox.model.alert(row) for row in range(inbox.model.rowCount())]
    assert len(alerts) == ALL_ALERTS
    assert [a.clock.severity for a in alerts] == ["breach"] * 5 + ["indicator"] * 4
    breaches = [(not a.ongoing, -a.clock.overdue_minutes) for a in alerts[:5]]
    assert breaches == sorted(breaches) and alerts[0].ongoing and not alerts[4].ongoing
    assert keys(inbox)[0] == PARENTS_C2  # due 09:00Z, still nobody told his parents: the most overdue going on
    row = keys(inbox).index(PROTOCOL_C2)
    texts = [inbox.model.index(row, column).data() for column in range(inbox.model.columnCount())]
    assert texts == ["⚠ open, not acknowledged in time", "Arrest record", "breached, still going on: 1 h 00 min",
                     "held", "Иван Петров", "C-2", "УП Актобе", "sgt.kasymov", "2026-01-05 16:00 (UTC+05:00)",
                     "1 h 00 min",
                     "minor, foreign", "", "2026-01-08 16:00 (UTC+05:00)"]
    released = next(a for a in alerts if a.custody_id == "C-3" and a.clock.severity == "breach")
    assert inbox.model.index(alerts.index(released), AlertTableModel.HELD).data() == "released"


def test_refresh_emits_the_count_of_alerts_not_closed(qtbot, inbox):
    with qtbot.waitSignal(inbox.count_changed) as blocker:
        inbox.refresh()
    assert blocker.args == [ALL_ALERTS]


def test_acknowledge_records_the_comment_in_the_history(inbox):
    select(inbox, PROTOCOL_C2)
    inbox.acknowledge_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, TextDialog) and dialog.isVisible()
    assert ok_button(dialog).isEnabled()  # the comment is optional
    dialog.text_edit.setPlainText("Asked the station for the protocol")
    ok_button(dialog).click()
    alert = inbox.selected_alert()
    assert alert.state == ACKNOWLEDGED
    history = inbox.history_model
    assert [history.index(0, c).data() for c in (1, 2, 3)] == ["acknowledged", "pros1",
                                                               "Asked the station for the protocol"]


def test_refer_needs_an_addressee_and_a_reference(inbox):
    select(inbox, PARENTS_C2)
    inbox.refer_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, ReferDialog)
    assert not ok_button(dialog).isEnabled()
    dialog.to_edit.setText("Juvenile affairs inspectorate")
    assert not ok_button(dialog).isEnabled()
    dialog.reference_edit.setText("No. 7-12/2026")
    ok_button(dialog).click()
    assert inbox.selected_alert().state == REFERRED
    assert [inbox.history_model.index(0, c).data() for c in (1, 4, 5)] == [
        "referred", "Juvenile affairs inspectorate", "No. 7-12/2026"]


def test_close_without_a_comment_is_refused(qtbot, inbox):
    select(inbox, PROTOCOL_C2)
    inbox.close_button.click()
    dialog = inbox.dialog
    assert not ok_button(dialog).isEnabled()
    dialog.text_edit.setPlainText("   ")
    assert not ok_button(dialog).isEnabled()
    dialog.accept()  # even if the dialog were bypassed, the register refuses
    assert "cannot be closed without a comment" in inbox.message.text()
    assert inbox.selected_alert().history == ()

    inbox.close_button.click()
    inbox.dialog.text_edit.setPlainText("Protocol drawn up late; reported to the head of department")
    assert ok_button(inbox.dialog).isEnabled()
    with qtbot.waitSignal(inbox.count_changed) as blocker:
        ok_button(inbox.dialog).click()
    assert blocker.args == [ALL_ALERTS - 1]
    assert PROTOCOL_C2 not in keys(inbox)
    inbox.closed_box.setChecked(True)
    listed(qtbot, inbox)
    select(inbox, PROTOCOL_C2)
    assert inbox.selected_alert().state == CLOSED
    assert not inbox.close_button.isEnabled()


def test_filters(qtbot, inbox, clock):
    inbox.facility_box.setCurrentIndex(inbox.facility_box.findText("УП Актобе"))
    assert {k.split("|")[0] for k in keys(listed(qtbot, inbox))} == {"C-2"}
    inbox.facility_box.setCurrentIndex(0)
    inbox.rule_box.setCurrentIndex(inbox.rule_box.findData("video-missing"))
    assert len(keys(listed(qtbot, inbox))) == 3 and all("|video-missing|" in k for k in keys(inbox))
    inbox.rule_box.setCurrentIndex(0)
    inbox.minors_box.setChecked(True)
    minors = set(keys(listed(qtbot, inbox)))
    assert {k.split("|")[0] for k in minors} == {"C-2"}
    inbox.minors_box.setChecked(False)
    inbox.foreign_box.setChecked(True)
    assert set(keys(listed(qtbot, inbox))) == minors
    inbox.foreign_box.setChecked(False)
    inbox.age_box.setValue(24)  # opened more than a day ago: only the released C-3's
    assert {k.split("|")[0] for k in keys(listed(qtbot, inbox))} == {"C-3"}
    inbox.age_box.setValue(0)
    assert len(keys(listed(qtbot, inbox))) == ALL_ALERTS


def test_a_filter_shows_exactly_what_the_register_answers_and_is_not_a_change(qtbot, inbox, clock):
    """Each filter is asked of the register (in the background) and the list is its answer, in its order;
    what changed since the last refresh compares lists of the same filter only."""
    service = inbox._alerts
    refreshed(qtbot, inbox)
    assert inbox.changes_label.text() == "Nothing changed since the last refresh"
    select(inbox, PROTOCOL_C2)
    inbox.ask_acknowledge()
    inbox.dialog.accept()
    for box, index in ((inbox.state_box, inbox.state_box.findData("acknowledged")), (inbox.state_box, 0),
                       (inbox.rule_box, inbox.rule_box.findData("video-missing")),
                       (inbox.facility_box, inbox.facility_box.findText("УП Актобе"))):
        box.setCurrentIndex(index)
        listed(qtbot, inbox)
        assert keys(inbox) == [a.key for a in service.alerts(**vars(inbox.current_filter()))]
        assert inbox.changes_label.text() == ""  # another filter: nothing to compare with
    assert keys(inbox) and all(k.startswith("C-2|") for k in keys(inbox))
    inbox.closed_box.setChecked(True)
    listed(qtbot, inbox)
    refreshed(qtbot, inbox)  # the same filter again: compared
    assert inbox.changes_label.text() == "Nothing changed since the last refresh"


def test_the_counts_are_the_registers_whatever_the_filter(qtbot, inbox):
    """The state filter names how many alerts are in each state, as the register counts them, whatever the
    filter; an action moves its alert from one count to the other at once."""
    def shown() -> dict[str, str]:
        return {inbox.state_box.itemData(i): inbox.state_box.itemText(i) for i in range(1, inbox.state_box.count())}

    assert shown() == {"open": f"open ({ALL_ALERTS})", "acknowledged": "acknowledged (0)", "referred": "referred (0)",
                       "closed": "closed (0)"}
    select(inbox, PROTOCOL_C2)
    inbox.ask_acknowledge()
    inbox.dialog.accept()
    expected = {"open": f"open ({ALL_ALERTS - 1})", "acknowledged": "acknowledged (1)", "referred": "referred (0)",
                "closed": "closed (0)"}
    assert shown() == expected
    inbox.rule_box.setCurrentIndex(inbox.rule_box.findData("video-missing"))
    listed(qtbot, inbox)
    assert shown() == expected
    counts = inbox._alerts.counts()
    assert shown() == {state: f"{state} ({n})" for state, n in counts.items()}


def test_unacknowledged_alerts_stay_highlighted_after_the_set_time(qtbot, inbox, clock):
    clock.set(datetime(2026, 1, 5, 9, 10, tzinfo=timezone.utc))  # the parents' notice was due at 09:00Z
    refreshed(qtbot, inbox)
    row = keys(inbox).index(PARENTS_C2)
    assert inbox.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    clock.set(datetime(2026, 1, 5, 9, 31, tzinfo=timezone.utc))
    refreshed(qtbot, inbox)
    row = keys(inbox).index(PARENTS_C2)
    assert inbox.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    select(inbox, PARENTS_C2)
    inbox.ask_acknowledge()
    inbox.dialog.accept()
    row = keys(inbox).index(PARENTS_C2)
    assert inbox.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_double_click_asks_to_open_the_custody_at_the_breached_rule(qtbot, inbox):
    inbox.resize(1000, 500)
    inbox.show()
    qtbot.waitExposed(inbox)
    rect = inbox.table.visualRect(inbox.model.index(0, 2))
    viewport = inbox.table.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a view's double click follows a click
    with qtbot.waitSignal(inbox.open_custody) as blocker:
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["C-2", "minor-parent-notice"]
    inbox.table.setFocus()
    with qtbot.waitSignal(inbox.open_custody) as blocker:  # Enter opens the timeline too
        QTest.keyClick(inbox.table, Qt.Key.Key_Return)
    assert blocker.args == ["C-2", "minor-parent-notice"]


def test_a_duty_officer_sees_alerts_but_cannot_act(qtbot, small_register):
    inbox = AlertInbox(small_register.as_user(OFFICER))
    qtbot.addWidget(inbox)
    listed(qtbot, inbox)
    inbox.table.selectRow(0)
    assert inbox.model.rowCount() == ALL_ALERTS
    assert not any(b.isEnabled() for b in (inbox.acknowledge_button, inbox.refer_button, inbox.close_button))


def test_speaks_kazakh_and_russian(qtbot, inbox):
    i18n.install("kk")
    qtbot.waitUntil(lambda: inbox.acknowledge_button.text() == "Жұмысқа а&лу…")  # Alt+А is the Help menu
    assert inbox.model.index(0, 0).data() == "⚠ ашық, уақытында жұмысқа алынбаған"
    assert inbox.model.headerData(0, Qt.Orientation.Horizontal) == "Күйі"
    i18n.install("ru")
    qtbot.waitUntil(lambda: inbox.close_button.text() == "&Закрыть…")
    assert inbox.facility_box.itemText(0) == "Все учреждения"


def test_the_set_time_comes_from_the_settings(qtbot, small_register, clock):
    assert Settings().acknowledge_within_minutes == 30
    raw = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
    raw.setValue("alerts/acknowledge_within_minutes", "5")  # as an INI file read back gives it: a string
    raw.sync()
    assert Settings().acknowledge_within_minutes == 5
    inbox = AlertInbox(small_register.as_user(PROSECUTOR))
    qtbot.addWidget(inbox)
    clock.set(datetime(2026, 1, 5, 9, 10, tzinfo=timezone.utc))  # 10 min after the parents' notice was due
    refreshed(qtbot, inbox)
    row = keys(inbox).index(PARENTS_C2)
    assert inbox.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND


def test_acting_on_an_alert_does_not_judge_the_whole_register_again(inbox, monkeypatch):
    """On a national register judging every candidate takes half a minute: an action re-reads its alert only."""
    judged = []
    monkeypatch.setattr(inbox._alerts._reports, "problem_clocks", lambda *args: judged.append(args) or iter(()))
    select(inbox, PROTOCOL_C2)
    inbox.ask_acknowledge()
    inbox.dialog.accept()
    assert inbox.selected_alert().state == ACKNOWLEDGED and len(keys(inbox)) == ALL_ALERTS
    assert judged == []


def test_the_register_is_judged_away_from_the_gui_thread(qtbot, inbox, monkeypatch):
    """Half a minute on a national register: the window must not stop while the alerts are worked out."""
    threads = []
    judge = inbox._alerts.alerts

    def watched(**options):
        threads.append(QThread.currentThread())
        return judge(**options)

    monkeypatch.setattr(inbox._alerts, "alerts", watched)
    refreshed(qtbot, inbox)
    assert threads and threads[0] is not QThread.currentThread()
    assert len(keys(inbox)) == ALL_ALERTS


# ------------------------------------------------------------ a prosecutor's work (issue 16)

@pytest.fixture
def staffed_inbox(qtbot, small_register, fast_hashing):
    from register import accounts
    admin = small_register.as_user(accounts.create_first_admin(small_register, "admin", "Admin", "correct horse"))
    admin.accounts.create_account("pros1", "Nurlan Prosecutor", "prosecutor", "correct horse")
    admin.accounts.create_account("chief", "Aigul Supervisor", "prosecutor", "correct horse")
    widget = AlertInbox(small_register.as_user(PROSECUTOR))
    qtbot.addWidget(widget)
    return listed(qtbot, widget)


def test_assign_then_the_deadline_passes_and_escalates(qtbot, staffed_inbox, clock):
    inbox = staffed_inbox
    select(inbox, PROTOCOL_C2)
    inbox.assign_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, AssignDialog)
    assert dialog.windowTitle() == "Assign the alert: Arrest record, Иван Петров (C-2)"  # names the alert
    dialog.prosecutor_box.setCurrentIndex(dialog.prosecutor_box.findData("pros1"))
    dialog.supervisor_box.setCurrentIndex(dialog.supervisor_box.findData("chief"))
    ok_button(dialog).click()
    assert inbox.selected_alert().assignee == "pros1"
    inbox.assignee_box.setCurrentIndex(inbox.assignee_box.findData("pros1"))
    assert keys(listed(qtbot, inbox)) == [PROTOCOL_C2]
    inbox.assignee_box.setCurrentIndex(0)
    listed(qtbot, inbox)

    clock.set(datetime(2026, 1, 8, 11, 1, tzinfo=timezone.utc))  # 72 h and a minute after it became a problem
    refreshed(qtbot, inbox)
    inbox.deadline_box.setChecked(True)
    assert PROTOCOL_C2 in keys(listed(qtbot, inbox))
    row = keys(inbox).index(PROTOCOL_C2)
    assert inbox.model.index(row, AlertTableModel.REVIEW).data() == "⚠ escalated (due 2026-01-08 16:00 (UTC+05:00))"
    select(inbox, PROTOCOL_C2)
    history = inbox.history_model
    assert [history.index(r, 1).data() for r in range(history.rowCount())] == [
        "assigned", "escalated: review deadline passed"]
    assert history.index(1, 4).data() == "chief"


def test_acknowledging_twice_is_refused_in_the_inbox(inbox):
    select(inbox, PROTOCOL_C2)
    inbox.ask_acknowledge()
    inbox.dialog.accept()
    inbox.acknowledge_button.click()
    inbox.dialog.accept()
    assert "already acknowledged: its state only moves forward" in inbox.message.text()
    assert [a.action for a in inbox.selected_alert().history] == ["acknowledge"]


def test_a_closed_alert_reopens_while_its_breach_goes_on(qtbot, inbox, clock):
    select(inbox, PROTOCOL_C2)
    inbox.close_button.click()
    inbox.dialog.text_edit.setPlainText("Looked into it")
    ok_button(inbox.dialog).click()
    assert PROTOCOL_C2 not in keys(inbox)
    clock.advance(minutes=10)  # still no arrest record
    refreshed(qtbot, inbox)
    assert PROTOCOL_C2 in keys(inbox)
    select(inbox, PROTOCOL_C2)
    assert inbox.model.index(keys(inbox).index(PROTOCOL_C2), 0).data() == "open"  # its set time starts again
    assert inbox.history_model.index(1, 1).data() == "reopened: the breach goes on"


def test_a_note_is_kept_on_the_alert(inbox):
    select(inbox, PARENTS_C2)
    inbox.note_button.click()
    assert not ok_button(inbox.dialog).isEnabled()
    inbox.dialog.text_edit.setPlainText("Phoned the parents' number: no answer")
    ok_button(inbox.dialog).click()
    assert inbox.history_model.index(0, 3).data() == "Phoned the parents' number: no answer"


def test_a_refresh_says_what_changed_since_the_last_one(qtbot, inbox):
    assert inbox.changes_label.text() == ""  # the first list has nothing to compare with
    refreshed(qtbot, inbox)
    assert inbox.changes_label.text() == "Nothing changed since the last refresh"
    select(inbox, PROTOCOL_C2)
    inbox.ask_acknowledge()
    inbox.dialog.accept()
    qtbot.waitUntil(lambda: inbox.dialog is None, timeout=10_000)
    refreshed(qtbot, inbox)
    assert inbox.changes_label.text() == "Since the last refresh: 0 new, 0 no longer a problem, 1 changed"
    refreshed(qtbot, inbox)  # said once: the next refresh compares with this one
    assert inbox.changes_label.text() == "Nothing changed since the last refresh"
