"""The monitor's and the prosecutor's desktop as a witness: each sign-in keeps the register's tree head in the
desk's own file; when the register's history no longer extends it, a modal alarm and a banner that stays name the
first differing size; "Verify a printout or an export" says "intact and part of the register as witnessed on
DATE" or exactly what does not match."""
from __future__ import annotations

from datetime import timedelta

from register.access import Actor
from register.witness import store_for
from tests.test_insider import move_apprehension
from tests.ui.conftest import OFFICER, settle, small_register_lines
from ui.desktop.main_window import MainWindow

MONITOR = Actor("mon1", "monitor", "Dana Monitor")


def _window(qtbot, register, actor=MONITOR) -> MainWindow:
    window = MainWindow(register, actor)
    qtbot.addWidget(window)
    settle(qtbot)
    return window


def _rewrite_apprehension(register) -> None:
    """The insider: E-1 two hours later."""
    move_apprehension(register, register.as_user(OFFICER).reports.timeline("C-1", log=False).apprehension.at
                      + timedelta(hours=2))


def test_only_witnesses_get_the_desk_and_each_sign_in_keeps_what_it_saw(qtbot, small_register, english):
    officer = _window(qtbot, small_register, OFFICER)
    assert officer.witness_desk is None
    officer.close()
    window = _window(qtbot, small_register)
    assert window.witness_desk.verify_action in window.register_menu.actions()
    assert window.witness_desk.verify_action.text() == "Verify a printout or an export…"
    store = store_for(small_register.url)
    assert [entry.source for entry in store.kept()] == ["register"]
    assert not window.witness_desk.banner.isVisibleTo(window)


def test_a_rewritten_history_raises_a_modal_alarm_and_a_banner_that_stays(qtbot, small_register, clock, english):
    first = _window(qtbot, small_register)
    seen = store_for(small_register.url).kept()[0].observation.size
    first.close()
    _rewrite_apprehension(small_register)
    clock.advance(minutes=30)
    window = _window(qtbot, small_register)
    desk = window.witness_desk
    assert desk.alarm_box is not None and desk.alarm_box.isVisible()
    assert desk.alarm_box.windowModality() != desk.alarm_box.windowModality().NonModal
    assert f"its first {seen} entries" in desk.alarm_box.text()
    assert desk.banner.isVisibleTo(window) and desk.banner.label.text().startswith("ALARM: ")
    assert f"its first {seen} entries" in desk.banner.label.text()
    window.close()
    again = _window(qtbot, small_register)  # a later start: the banner is there before any look
    assert again.witness_desk.banner.isVisibleTo(again)
    assert f"its first {seen} entries" in again.witness_desk.banner.label.text()


def test_the_alarm_speaks_the_interface_language(qtbot, small_register, clock, english):
    from ui.desktop import i18n
    _window(qtbot, small_register).close()
    _rewrite_apprehension(small_register)
    i18n.install("kk")
    window = _window(qtbot, small_register)
    assert "тізілім" in window.witness_desk.banner.label.text().lower()
    i18n.install("ru")
    qtbot.waitUntil(lambda: "реестр" in window.witness_desk.banner.label.text().lower())
    assert window.witness_desk.verify_action.text() == "Проверить распечатку или выгрузку…"


def test_verify_a_printed_timeline_by_its_qr_text(qtbot, small_register, english):
    window = _window(qtbot, small_register)
    report = small_register.as_user(MONITOR).reports.timeline_report("C-1")
    dialog = window.witness_desk.verify_evidence()
    dialog.qr_text.setPlainText(report.evidence)
    dialog.check_text()
    settle(qtbot)
    assert dialog.result.text().startswith("Intact and part of the register as witnessed on ")
    assert "Custody C-1" in dialog.result.text()
    dialog.qr_text.setPlainText(report.evidence.replace("timeline C-1", "timeline C-2"))
    dialog.check_text()
    settle(qtbot)
    assert "not signed by this register" in dialog.result.text()


def test_verify_an_export_names_what_does_not_match(qtbot, small_register, tmp_path, english):
    window = _window(qtbot, small_register)
    exported = list(small_register.as_user(MONITOR).chain.export_lines("C-1"))
    whole, cut = tmp_path / "c1.jsonl", tmp_path / "c1-cut.jsonl"
    whole.write_text("\n".join(exported) + "\n", encoding="utf-8")
    removed = next(i for i, line in enumerate(exported) if '"id":"E-3"' in line)
    cut.write_text("\n".join(exported[:removed] + exported[removed + 1:]) + "\n", encoding="utf-8")
    dialog = window.witness_desk.verify_evidence()
    dialog.check_export(whole)
    settle(qtbot)
    assert dialog.result.text().startswith("Intact and part of the register as witnessed on ")
    dialog.check_export(cut)
    settle(qtbot)
    assert dialog.result.text().startswith("It does not match the register:")
    assert "it was removed" in dialog.result.text()
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    dialog.check_export(empty)
    settle(qtbot)
    assert dialog.result.text().startswith("The file is not an export of the register")


def test_a_printout_checked_after_a_rewrite_names_the_changed_record_first(qtbot, small_register, clock, english):
    qr = small_register.as_user(MONITOR).reports.timeline_report("C-1").evidence
    _window(qtbot, small_register).close()
    _rewrite_apprehension(small_register)
    window = _window(qtbot, small_register)
    window.witness_desk.alarm_box.close()
    dialog = window.witness_desk.verify_evidence()
    dialog.qr_text.setPlainText(qr)
    dialog.check_text()
    settle(qtbot)
    said = dialog.result.text()
    assert said.startswith("It does not match the register:")
    first = said.index("(event E-1) is not the record the printout shows")
    assert "it was changed after printing" in said[first:]
    assert said.index("(event E-2) no longer carries the printed hash") > first
    assert "person P-1" not in said  # entered before E-1: the printout and the register still agree on it


def test_a_long_printouts_numbered_codes_scanned_in_any_order_verify_in_the_desk(qtbot, opened, english):
    """A custody too long for one QR code: the monitor scans every numbered code into the box, in any order."""
    import json

    from register import printout
    moves = [json.dumps({"record": "event", "id": f"M-{n}", "custody": "C-1", "type": "placement",
                         "at": f"2026-01-05T11:{n // 4:02d}:{n % 4 * 15:02d}Z", "location": f"Cell {n % 9 + 1}"})
             for n in range(200)]
    opened.as_user(Actor.without_accounts()).records.import_lines(small_register_lines() + moves)
    codes = printout.printed_codes(opened.as_user(MONITOR).reports.timeline_report("C-1").evidence)
    assert len(codes) > 1
    dialog = _window(qtbot, opened).witness_desk.verify_evidence()
    dialog.qr_text.setPlainText("\n".join(reversed(codes)))
    dialog.check_text()
    settle(qtbot)
    assert dialog.result.text().startswith("Intact and part of the register as witnessed on ")
    dialog.qr_text.setPlainText("\n".join(codes[1:]))
    dialog.check_text()
    settle(qtbot)
    assert "code(s) 1 were not scanned" in dialog.result.text()
