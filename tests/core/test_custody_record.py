"""The custody record's safety events (issue 17): risk assessment, cell checks, log notes, dependants.

Recorded through the services as the roles they are about, refused with a sentence naming the field,
carried through export and import unchanged, and read into the markers the board shows.
"""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from register.access import AccessDenied, Actor
from register.writing import Rejected
from tests.conftest import T0

OFFICER = Actor("duty1", "duty_officer", "Aigerim Duty")
DOCTOR = Actor("doc1", "medical", "Dr. Saule")
MINUTE = timedelta(minutes=1)

ASSESSMENT = {"assessed_by": "Sgt. Abenova", "self_harm_risk": True, "intoxicated": True,
              "medical_condition": False, "mental_health": False, "violence_risk": False,
              "needs_interpreter": False, "observation_level": "intermittent", "check_interval_minutes": 30,
              "vulnerabilities": ["pregnant (5 months)"]}


@pytest.fixture
def custody(operator):
    """One person apprehended at T0 and brought to an IVS at T0 + 40 min; the clock at T0 + 7 h."""
    operator.records.import_lines([json.dumps(record) for record in (
        {"record": "facility", "id": "F-1", "name": "IVS Almaty", "kind": "ivs", "designated": True,
         "timezone": "Asia/Almaty"},
        {"record": "person", "id": "P-1", "full_name": "Aliya Serikova", "birth_date": "1994-02-02",
         "sex": "female", "citizenship": "KZ", "languages": ["kk", "ru"], "vulnerabilities": ["hearing impaired"]},
        {"record": "custody", "id": "C-1", "person": "P-1", "procedural_status": "suspect", "grounds": "fraud",
         "ordering_authority": "investigator"},
        {"record": "event", "id": "E-1", "custody": "C-1", "type": "apprehension", "at": "2026-01-05T05:00:00Z",
         "recorded_by": "sgt", "place": "Abai St", "officers": ["Sgt. N."], "reason": "r", "video": "cam-1"},
        {"record": "event", "id": "E-2", "custody": "C-1", "type": "arrival", "at": "2026-01-05T05:40:00Z",
         "recorded_by": "sgt", "facility": "F-1"},
    )])
    return "C-1"


def test_medical_staff_and_officers_assess_risk_officers_check_cells(register, custody):
    doctor, officer = register.as_user(DOCTOR), register.as_user(OFFICER)
    doctor.records.record_event(custody, "risk_assessment", T0 + 50 * MINUTE, ASSESSMENT)
    officer.records.record_event(custody, "cell_check", T0 + 80 * MINUTE, {"officer": "Cpl. Nurov",
                                                                           "condition": "roused"})
    officer.records.record_event(custody, "log_note", T0 + 85 * MINUTE,
                                 {"officer": "Cpl. Nurov", "note": "Asked for water; given."})
    with pytest.raises(AccessDenied):
        doctor.records.record_event(custody, "cell_check", T0 + 90 * MINUTE, {"officer": "Dr. Saule",
                                                                              "condition": "fine"})
    with pytest.raises(AccessDenied):
        register.as_user(Actor("pr1", "prosecutor", "Pr.")).records.record_event(
            custody, "log_note", T0 + 90 * MINUTE, {"officer": "x", "note": "y"})
    types = [e.type for e in officer.reports.timeline(custody, log=False).events]
    assert types[-3:] == ["risk_assessment", "cell_check", "log_note"]


@pytest.mark.parametrize("minutes, message", [
    (0, "the interval of cell checks must be a whole number of minutes from 1 to 1440"),
    ("30", "the interval of cell checks must be a whole number of minutes from 1 to 1440"),
    (True, "the interval of cell checks must be a whole number of minutes from 1 to 1440"),
    (2000, "the interval of cell checks must be a whole number of minutes from 1 to 1440"),
])
def test_an_interval_that_is_not_whole_minutes_is_refused_naming_the_field(register, custody, minutes, message):
    officer = register.as_user(OFFICER)
    with pytest.raises(Rejected) as refusal:
        officer.records.record_event(custody, "risk_assessment", T0 + 50 * MINUTE,
                                     {**ASSESSMENT, "check_interval_minutes": minutes})
    assert [(p.field, p.message) for p in refusal.value.problems] == [("check_interval_minutes", message)]
    assert [e.type for e in officer.reports.timeline(custody, log=False).events][-1] == "arrival"


def test_a_cell_condition_outside_the_vocabulary_is_refused(register, custody):
    with pytest.raises(Rejected) as refusal:
        register.as_user(OFFICER).records.record_event(custody, "cell_check", T0 + 50 * MINUTE,
                                                       {"officer": "Cpl. Nurov", "condition": "asleep"})
    assert refusal.value.problems[0].field == "condition"
    assert "fine, roused, not_responding, concern" in refusal.value.problems[0].message


def _records(lines) -> list[dict]:
    """The exported records as content: without the chain's positions (which differ between registers, since
    each logs its own reads) and without the chain stubs of records an export does not carry."""
    records = [json.loads(line) for line in lines if line.strip()]
    return sorted(({k: v for k, v in r.items() if k not in ("seq", "prev_hash", "hash")}
                   for r in records if r.get("record") not in (None, "chain")), key=lambda r: json.dumps(r))


def test_export_and_import_carry_the_new_events_unchanged(register, operator, custody, tmp_path, clock):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "risk_assessment", T0 + 50 * MINUTE, ASSESSMENT)
    officer.records.record_event(custody, "dependants", T0 + 55 * MINUTE,
                                 {"children_left_without_care": True, "emergency_contact": "sister Dana"})
    lines = list(operator.chain.export_lines())
    from register.opening import open_register
    other = open_register(f"sqlite:///{tmp_path / 'other.db'}", clock)
    try:
        other.as_user(Actor.without_accounts()).records.import_lines(lines)
        copied = other.as_user(OFFICER).reports.timeline(custody, log=False)
        assessment = next(e for e in copied.events if e.type == "risk_assessment")
        assert assessment.get("check_interval_minutes") == 30 and assessment.get("self_harm_risk") is True
        assert _records(other.as_user(Actor.without_accounts()).chain.export_lines()) == _records(lines)
        assert other.as_user(Actor.without_accounts()).chain.verify().intact
    finally:
        other.close()


def test_the_board_shows_the_latest_assessment_and_every_vulnerability(register, custody, clock):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "risk_assessment", T0 + 50 * MINUTE, ASSESSMENT)
    row, = officer.board.rows(_query())
    assert row.markers == ("observation", "self_harm_risk", "intoxicated")
    assert row.check_interval_minutes == 30
    assert row.vulnerabilities == ("hearing impaired", "pregnant (5 months)")
    # Sober by the evening: a reassessment at level 1 with hourly checks replaces the markers.
    officer.records.record_event(custody, "risk_assessment", T0 + 300 * MINUTE,
                                 {**ASSESSMENT, "self_harm_risk": False, "intoxicated": False,
                                  "observation_level": "general", "check_interval_minutes": 60})
    row, = officer.board.rows(_query())
    assert (row.markers, row.check_interval_minutes) == (("observation",), 60)
    # No check since: the new series' first hour was missed, the second runs to 12:00Z, the clock's now.
    cell = [(c.trigger_at, c.due_at, str(c.status)) for c in row.clocks if c.rule == "cell-checks"]
    assert cell[-2:] == [(T0 + 300 * MINUTE, T0 + 360 * MINUTE, "breached"),
                         (T0 + 360 * MINUTE, T0 + 420 * MINUTE, "running")]


def test_a_child_left_alone_is_a_marker_and_an_immediate_breach(register, custody):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "dependants", T0 + 45 * MINUTE, {"children_left_without_care": True})
    row, = officer.board.rows(_query())
    assert "child_without_care" in row.markers
    breach, = [c for c in row.clocks if c.rule == "child-left-without-care"]
    assert (str(breach.status), breach.due_at) == ("breached", T0 + 45 * MINUTE)
    officer.records.record_event(custody, "dependants", T0 + 90 * MINUTE,
                                 {"children_left_without_care": True, "cared_for_by": "grandmother, Aigul"})
    row, = officer.board.rows(_query())
    assert "child_without_care" not in row.markers


def _query():
    from register.services.board import BoardQuery
    return BoardQuery()
