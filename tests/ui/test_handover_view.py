"""The shift handover tab: an officer reads a facility's handover, signs it as the incoming officer; a
changed name is not signed until read again; prosecutors have no such tab."""
from __future__ import annotations

from register.access import Actor
from tests.ui.conftest import OFFICER, settle
from ui.desktop.handover import HandoverView
from ui.desktop.record_tabs import record_tabs


def _view(qtbot, small_register):
    view = HandoverView(small_register.as_user(OFFICER))
    qtbot.addWidget(view)
    view.facility_box.setCurrentIndex(view.facility_box.findText("ИВС Алматы"))
    view.outgoing_edit.setText("Sgt. Abenova")
    view.notes_edit.setPlainText("C-1 asked for a doctor")
    view.read()
    settle(qtbot)
    return view


def test_an_officer_reads_and_signs_the_handover(qtbot, small_register):
    view = _view(qtbot, small_register)
    assert view.model.rowCount() >= 1
    assert "C-1" in [view.model.row_at(n).custody_id for n in range(view.model.rowCount())]
    view.sign_button.click()
    assert view.message.text().startswith("Signed in the register by duty1")
    again = small_register.as_user(OFFICER).custody.handover(view.handover.facility.id, view.handover.as_of)
    assert [s["outgoing"] for s in again.signed] == ["Sgt. Abenova"]


def test_a_changed_name_is_not_signed_until_read_again(qtbot, small_register):
    view = _view(qtbot, small_register)
    view.outgoing_edit.setText("Sgt. Someone Else")
    view.sign_button.click()
    assert view.message.text().startswith("The name or the notes changed")
    assert small_register.as_user(OFFICER).custody.handover(view.handover.facility.id).signed == ()


def test_the_tab_is_for_those_who_record_events(small_register):
    assert [type(t).__name__ for t in record_tabs(small_register.as_user(OFFICER), print)] == ["HandoverView"]
    assert [type(t).__name__ for t in record_tabs(small_register.as_user(Actor("p", "prosecutor")), print)] == [
        "InjuryRegisterView"]
