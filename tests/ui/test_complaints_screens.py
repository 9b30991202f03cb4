"""A complaint reaches the Ombudsman's inbox and not the facility's staff; the body answers it in time;
injuries found are an item of the prosecutor's inbox; flags of reprisal risk have their screen; a case file
is one click."""
from __future__ import annotations

import zipfile
from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from register.access import Actor
from tests.fast_hashing import fast_hashing  # noqa: F401 (a fixture)
from tests.ui.conftest import OFFICER
from ui.desktop import i18n
from ui.desktop.alerts import AlertInbox, AlertTableModel
from ui.desktop.complaints import ComplaintsView, ComplaintTableModel, DeadlineDialog
from ui.desktop.text_dialog import TextDialog
from ui.desktop.confidential_flags import ConfidentialFlagsView
from ui.desktop.main_window import MainWindow
from ui.desktop.timeline_view import TimelineView

OMBUDSMAN = Actor("omb1", "monitor", "Dana Ombudsman")
PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
SUBJECT = "сержант ударил меня на допросе"


@pytest.fixture
def complained(small_register, clock):
    """C-1's detainee complained to the Ombudsman of being beaten, and was found injured; his complaint is
    recorded by the duty officer who received it."""
    officer = small_register.as_user(OFFICER)
    officer.records.record_event("C-1", "complaint", clock.now() - timedelta(minutes=30),
                                 {"addressee": "Уполномоченный по правам человека", "subject": SUBJECT,
                                  "body": "ombudsman", "ill_treatment": True})
    return small_register


def listed(qtbot, view):
    qtbot.waitUntil(lambda: not view.refreshing, timeout=10_000)
    return view


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def texts(model, row):
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_a_complaint_reaches_the_ombudsman_and_is_answered_through_the_screen(qtbot, qtmodeltester, complained,
                                                                              clock):
    view = listed(qtbot, ComplaintsView(complained.as_user(OMBUDSMAN)))
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 1
    row = texts(view.model, 0)
    assert row[ComplaintTableModel.STATUS] == "received"
    assert row[ComplaintTableModel.SUBJECT] == SUBJECT
    assert row[ComplaintTableModel.BODY] == "Ombudsman"
    assert row[ComplaintTableModel.ILL_TREATMENT] == "yes"

    view.table.selectRow(0)
    view.take_up_button.click()
    assert isinstance(view.dialog, TextDialog) and "Ерлан Серікұлы Жұмабаев" in view.dialog.windowTitle()
    ok_button(view.dialog).click()
    listed(qtbot, view)
    view.table.selectRow(0)
    assert view.model.index(0, ComplaintTableModel.STATUS).data() == "taken up"
    assert not view.take_up_button.isEnabled()

    clock.advance(days=16)  # nobody answered within the 15 days
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()
    assert view.model.index(0, ComplaintTableModel.DUE).data().startswith("⚠ overdue since ")

    view.table.selectRow(0)
    view.deadline_button.click()
    assert isinstance(view.dialog, DeadlineDialog) and not ok_button(view.dialog).isEnabled()
    view.dialog.due_edit.set_value(clock.now() + timedelta(days=10))
    view.dialog.reason_edit.setPlainText("the forensic report is awaited")
    ok_button(view.dialog).click()
    listed(qtbot, view)
    view.table.selectRow(0)
    assert view.model.index(0, ComplaintTableModel.DUE).data() == "2026-01-31 17:00 (UTC+05:00)"
    assert [view.history_model.index(r, 1).data() for r in range(view.history_model.rowCount())] == [
        "taken up", "deadline moved"]

    view.table.selectRow(0)
    view.answer_button.click()
    assert not ok_button(view.dialog).isEnabled()  # the answer is required
    view.dialog.text_edit.setPlainText("Referred to the prosecutor; the sergeant is suspended.")
    ok_button(view.dialog).click()
    listed(qtbot, view)
    assert view.model.rowCount() == 0  # answered: out of the work list
    view.answered_box.setChecked(True)
    assert not view.model.index(0, ComplaintTableModel.DUE).data().endswith("(answered late)")  # in time
    assert view.model.index(0, ComplaintTableModel.ANSWER).data() == (
        "Referred to the prosecutor; the sergeant is suspended.")


def test_the_complaint_is_not_in_the_prosecutors_complaints_nor_read_by_the_staff(qtbot, complained):
    prosecutors = listed(qtbot, ComplaintsView(complained.as_user(PROSECUTOR)))
    qtbot.addWidget(prosecutors)
    assert prosecutors.model.rowCount() == 0  # addressed to the Ombudsman, not to the prosecutor

    staff = MainWindow(complained, OFFICER)
    qtbot.addWidget(staff)
    assert staff.complaints is None and staff.flags is None
    timeline = TimelineView(complained.as_user(OFFICER), "C-1")
    qtbot.addWidget(timeline)
    model = timeline.events_table.model()
    shown = [" ".join(str(model.index(r, c).data()) for c in range(model.columnCount())) for r in range(model.rowCount())]
    complaint = next(line for line in shown if "Complaint" in line)
    assert SUBJECT not in complaint and "Уполномоченный" not in complaint and "the Ombudsman" in complaint

    ombudsman = MainWindow(complained, OMBUDSMAN)
    qtbot.addWidget(ombudsman)
    assert ombudsman.tabs.tabText(ombudsman.tabs.indexOf(ombudsman.complaints)) == "Complaints"
    listed(qtbot, ombudsman.complaints)
    assert ombudsman.complaints.model.rowCount() == 1


def test_the_prosecutor_sees_the_allegation_with_who_recorded_it_and_saves_a_case_file(
        qtbot, complained, monkeypatch, tmp_path):
    inbox = AlertInbox(complained.as_user(PROSECUTOR))
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: not inbox.refreshing, timeout=10_000)
    rows = [inbox.model.alert(r) for r in range(inbox.model.rowCount())]
    row = next(i for i, a in enumerate(rows) if a.rule == "ill-treatment-complaint")
    assert inbox.model.index(row, AlertTableModel.RULE).data() == "Ill-treatment complaint"
    assert inbox.model.index(row, AlertTableModel.OFFICERS).data() == "duty1"
    assert inbox.model.index(row, AlertTableModel.PROBLEM).data() == "allegation of ill-treatment: to investigate"

    inbox.rule_box.setCurrentIndex(inbox.rule_box.findData("ill-treatment-complaint"))
    qtbot.waitUntil(lambda: not inbox.refreshing, timeout=10_000)  # the register answers the filter
    assert inbox.rule_box.currentText() == "Ill-treatment complaint" and inbox.model.rowCount() == 1
    inbox.table.selectRow(0)
    target = tmp_path / "case-C-1.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), "zip")))
    op = inbox.save_case_file()
    qtbot.waitUntil(lambda: not op.running, timeout=20_000)
    assert inbox.message.text() == f"Case file saved to {target}"
    with zipfile.ZipFile(target) as archive:
        assert sorted(n for n in archive.namelist() if not n.endswith("/")) == sorted(f"case-C-1/{name}" for name in (
            "README.txt", "alerts.csv", "complaints.csv", "custody-C-1.jsonl", "timeline.pdf"))


def test_the_legal_basis_is_in_the_interface_language_without_drafting_notes(qtbot, small_register):
    inbox = AlertInbox(small_register.as_user(PROSECUTOR))
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: not inbox.refreshing, timeout=10_000)
    rows = [inbox.model.alert(r) for r in range(inbox.model.rowCount())]
    row = next(i for i, a in enumerate(rows) if a.rule == "protocol-3h")
    i18n.install("ru")
    tip = inbox.model.index(row, AlertTableModel.RULE).data(3)  # ToolTipRole
    assert "Уголовно-процессуальный кодекс" in tip
    assert "подлежит уточнению" not in tip and "to be confirmed" not in tip


def test_a_monitor_flags_a_person_at_risk_of_reprisal_on_its_screen(qtbot, qtmodeltester, small_register):
    view = ConfidentialFlagsView(small_register.as_user(OMBUDSMAN))
    qtbot.addWidget(view)
    assert view.model.rowCount() == 0 and not view.set_button.isEnabled()
    view.search_edit.setText("Жұмабаев")
    view.find_button.click()
    assert view.person_box.currentData() == "P-1"
    assert not view.set_button.isEnabled()  # the reason is required
    view.reason_edit.setPlainText("complained to the Ombudsman of a beating")
    with qtbot.waitSignal(view.flagged):
        view.set_button.click()
    qtmodeltester.check(view.model)
    assert texts(view.model, 0)[0] == "Ерлан Серікұлы Жұмабаев (P-1)"
    assert texts(view.model, 0)[2:] == ["omb1", "complained to the Ombudsman of a beating"]
    assert [f.person for f in small_register.as_user(PROSECUTOR).confidential.flags()] == ["P-1"]
