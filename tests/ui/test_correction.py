"""Corrections: a reason is required, the corrected value is read, the original stays in the record."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialogButtonBox

from ui.desktop.correction import CorrectionDialog


def open_dialog(qtbot, service, event_id, custody_id="C-1"):
    dialog = CorrectionDialog(service, custody_id, event_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_form_starts_from_the_event_as_it_now_reads(qtbot, service):
    dialog = open_dialog(qtbot, service, "E-3")  # placed in Cell 3, already corrected to Cell 4
    assert dialog.form.editors["location"].text() == "Cell 4"
    assert "Cell 3" in dialog.as_recorded.text()
    assert dialog.changes() == {}


def test_a_correction_without_a_reason_is_refused(qtbot, service):
    before = len(service.reports.timeline("C-1", log=False).events)
    dialog = open_dialog(qtbot, service, "E-4")
    dialog.form.editors["language"].set_value("ru")
    save(dialog)
    assert dialog.isVisible()
    error = dialog.errors.labels["reason"]
    assert error.isVisible() and "reason" in error.text()
    assert len(service.reports.timeline("C-1", log=False).events) == before


def test_a_correction_with_a_reason_is_written_and_the_original_kept(qtbot, service):
    dialog = open_dialog(qtbot, service, "E-4")  # rights explained at 10:50 UTC in Kazakh
    dialog.form.editors["language"].set_value("ru")
    dialog.form.time.set_value(dialog.current.at - timedelta(minutes=20))
    qtbot.keyClicks(dialog.reason, "the notice was read in Russian at 10:30; see the signed form")
    assert dialog.changes() == {"language": "ru", "at": dialog.current.at - timedelta(minutes=20)}

    with qtbot.waitSignal(dialog.recorded) as blocker:
        save(dialog)

    assert blocker.args == ["C-1"] and not dialog.isVisible()
    timeline = service.reports.timeline("C-1", log=False)
    corrected = next(e for e in timeline.effective if e.id == "E-4")
    assert corrected.get("language") == "ru"
    assert corrected.at == dialog.current.at - timedelta(minutes=20)
    original = next(e for e in timeline.events if e.id == "E-4")
    assert original.get("language") == "kk"
    correction = timeline.events[-1]
    assert correction.type == "correction" and correction.get("corrects") == "E-4"
    assert correction.get("reason").startswith("the notice was read in Russian")


def test_nothing_changed_is_refused_with_the_register_s_message(qtbot, service):
    before = len(service.reports.timeline("C-1", log=False).events)
    dialog = open_dialog(qtbot, service, "E-4")
    qtbot.keyClicks(dialog.reason, "checking")
    save(dialog)
    assert dialog.isVisible()
    assert "changes" in dialog.errors.general.text()
    assert len(service.reports.timeline("C-1", log=False).events) == before


def test_the_facility_of_an_arrival_is_corrected_without_recording_a_move(qtbot, service):
    """Contract section 2: a wrong facility is corrected; a departure and a new arrival would invent a move."""
    dialog = open_dialog(qtbot, service, "E-2")  # arrived at F-1; it was really F-2
    dialog.form.editors["facility"].set_value("F-2")
    qtbot.keyClicks(dialog.reason, "the escort's log shows the Aktobe station")
    assert dialog.changes() == {"facility": "F-2"}
    with qtbot.waitSignal(dialog.recorded):
        save(dialog)
    timeline = service.reports.timeline("C-1", log=False)
    assert [(s.facility, s.kind) for s in timeline.stays][0] == ("F-2", "first")
    assert not any(e.type == "departure" for e in timeline.events)
