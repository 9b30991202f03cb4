"""The shift handover (issue 17): who is held at a facility and where, markers and observation, clocks due
in the next 12 hours, checks missed, property held; the incoming officer signs it as a chained record,
refused when the register changed since it was read."""
from __future__ import annotations

from datetime import timedelta

import pytest

from register.access import AccessDenied, Actor
from register.errors import BadInput
from tests.conftest import T0
from tests.core.test_custody_record import ASSESSMENT, OFFICER, custody  # noqa: F401 (the fixture)
from tests.core.test_property import INVENTORY

MINUTE = timedelta(minutes=1)
INCOMING = Actor("duty2", "duty_officer", "Bolat Incoming")


def _stocked(register, custody_id):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody_id, "placement", T0 + 45 * MINUTE, {"location": "Cell 3"})
    officer.records.record_event(custody_id, "risk_assessment", T0 + 50 * MINUTE, ASSESSMENT)
    officer.records.record_event(custody_id, "cell_check", T0 + 80 * MINUTE, {"officer": "Cpl. N.", "condition": "fine"})
    officer.records.record_event(custody_id, "property_inventory", T0 + 55 * MINUTE, INVENTORY)


def test_the_handover_names_who_is_held_the_risks_the_clocks_due_and_the_property(register, custody):
    _stocked(register, custody)
    at = T0 + 200 * MINUTE
    handover = register.as_user(INCOMING).custody.handover("F-1", at, "Sgt. Abenova", "Cell 3 asked for a doctor")
    row, = handover.rows
    assert (row.custody_id, row.person, row.location) == (custody, "Aliya Serikova", "Cell 3")
    assert row.markers[:1] == ("observation",) and row.check_interval_minutes == 30
    assert row.missed_checks == 3  # checks due at 11:50, 12:20, 12:50 local were not made by 13:20
    assert all(c.due_at <= at + timedelta(hours=12) for c in row.due) and row.due
    assert row.property_held == ("Mobile phone Samsung A52 × 1", "Belt × 1", "Keys × 3", "KZT 12500")


def test_the_incoming_officer_signs_it_as_a_chained_record(register, custody):
    _stocked(register, custody)
    incoming = register.as_user(INCOMING)
    shown = incoming.custody.handover("F-1", T0 + 200 * MINUTE, "Sgt. Abenova", "all quiet")
    signed = incoming.custody.sign_handover(shown)
    assert (signed["by"], signed["facility"], signed["outgoing"], signed["digest"]) == (
        "duty2", "F-1", "Sgt. Abenova", shown.digest)
    again = incoming.custody.handover("F-1", T0 + 200 * MINUTE)
    assert [s["digest"] for s in again.signed] == [shown.digest]
    assert register.as_user(Actor.without_accounts()).chain.verify().intact


def test_a_handover_read_before_a_change_is_not_signed(register, custody):
    _stocked(register, custody)
    incoming = register.as_user(INCOMING)
    shown = incoming.custody.handover("F-1", T0 + 200 * MINUTE, "Sgt. Abenova")
    register.as_user(OFFICER).records.record_event(custody, "cell_check", T0 + 190 * MINUTE,
                                                   {"officer": "Cpl. N.", "condition": "fine"})
    with pytest.raises(BadInput) as refusal:
        incoming.custody.sign_handover(shown)
    assert refusal.value.code == "handover-changed"
    with pytest.raises(BadInput):
        incoming.custody.sign_handover(incoming.custody.handover("F-1", T0 + 200 * MINUTE, " "))
    with pytest.raises(AccessDenied):
        register.as_user(Actor("mon", "monitor")).custody.sign_handover(
            incoming.custody.handover("F-1", T0 + 200 * MINUTE, "Sgt. Abenova"))


def test_the_printed_handover_lists_the_person_the_markers_and_the_property(register, custody):
    import io

    from printing.handover_pdf import write_handover_pdf
    from tests.printing.pdf_helpers import pages_text
    _stocked(register, custody)
    buffer = io.BytesIO()
    write_handover_pdf(register.as_user(INCOMING).custody.handover("F-1", T0 + 200 * MINUTE, "Sgt. Abenova",
                                                                   "Cell 3 asked for a doctor"), "ru", buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    for word in ("Передача смены", "Aliya Serikova", "НАБЛ.: 30 мин", "РИСК СУИЦИДА", "Keys × 3",
                 "Сдающий смену: Sgt. Abenova", "Cell 3 asked for a doctor"):
        assert word in text, word
