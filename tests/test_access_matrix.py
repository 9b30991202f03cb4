"""Who may call which service: every read and write, as every role, decided in the service layer.

Each role runs the whole list against a fresh register and the set of calls that
went through is compared with the law's table (docs/security.md).
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from register.access import ROLES, AccessDenied, Actor
from register.domain import Facility
from register.interchange import verify_lines
from register.service import BoardQuery
from tests.core.lines import CUSTODY, event, lines, story

AT = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
EXAM = event("E-9", "medical_exam", "2026-01-05T12:30:00+05:00", physician="Dr Sadykova", report_number="M-7",
             injuries=True, non_medical_present=True)
EVERYONE = set(ROLES)
RECORDERS = {"duty_officer", "investigator"}
PRINTERS = EVERYONE - {"admin"}
OVERSIGHT = {"prosecutor", "monitor", "admin"}


def calls(service):
    """Every service of the register, each with fresh arguments so that a permitted write succeeds."""
    new_custody = {**CUSTODY, "id": "C-new"}
    return {
        "facilities": lambda: service.facilities(),
        "facility": lambda: service.facility("F-1"),
        "person": lambda: service.person("P-1"),
        "find_persons": lambda: service.find_persons("Ерлан"),
        "timeline": lambda: service.timeline("C-1"),
        "clocks": lambda: service.clocks("C-1"),
        "breaches": lambda: service.breaches(),
        "problem_clocks": lambda: service.problem_clocks(),
        "board": lambda: service.board(BoardQuery(held_only=False)),
        "board_count": lambda: service.board_count(BoardQuery()),
        "chain_head": lambda: service.chain_head(),
        "verify": lambda: service.verify(),
        "held_at": lambda: service.held_at("F-1"),
        "held_at_printing": lambda: service.held_at("F-1", printing=True),
        "oversight_summary": lambda: service.oversight_summary(AT - timedelta(days=1), AT, {"F-1"}),
        "timeline_report": lambda: service.timeline_report("C-1"),
        "export_lines": lambda: list(service.export_lines()),
        "access_log": lambda: service.access_log(),
        "add_facility": lambda: service.add_facility(Facility("F-9", "New station", "police_station", True)),
        "rebuild_projection": lambda: service.rebuild_projection(),
        "projection_stale": lambda: service.projection_stale(),
        "refresh_stale_projection": lambda: service.refresh_stale_projection(),
        "record_event": lambda: service.record_event("C-1", "placement", AT, {"location": "Cell 9"}),
        "record_medical_request": lambda: service.record_event("C-1", "medical_request", AT, {}),
        "record_medical_exam": lambda: service.record_event(
            "C-1", "medical_exam", AT, {"physician": "Dr A", "report_number": "M-1", "injuries": False,
                                        "non_medical_present": False}),
        "correct": lambda: service.correct("E-4", "C-1", {"location": "Cell 5"}, "wrong cell"),
        "intake": lambda: service.intake(None, service_custody(new_custody), [service.new_event(
            "C-new", "apprehension", AT, {"place": "Street", "officers": ["Sgt A"], "reason": "suspicion"})]),
        "intake_many": lambda: service.intake_many([(None, service_custody({**new_custody, "id": "C-group"}), [
            service.new_event("C-group", "apprehension", AT,
                              {"place": "Square", "officers": ["Sgt A"], "reason": "protest"})])]),
        "import_lines": lambda: service.import_lines(lines(event("E-50", "placement", "2026-01-05T13:00:00+05:00",
                                                                 location="Cell 7"), header=False)),
    }


def service_custody(record):
    from register.domain import Custody
    return Custody(record["id"], record["person"], record["procedural_status"], record["grounds"],
                   record["ordering_authority"])


ALLOWED = {
    "facilities": EVERYONE, "facility": EVERYONE, "person": EVERYONE, "find_persons": EVERYONE,
    "timeline": EVERYONE, "clocks": EVERYONE, "breaches": EVERYONE, "problem_clocks": EVERYONE, "board": EVERYONE,
    "board_count": EVERYONE,
    "chain_head": EVERYONE, "verify": EVERYONE,
    "held_at": EVERYONE, "held_at_printing": PRINTERS, "timeline_report": PRINTERS, "oversight_summary": PRINTERS,
    "export_lines": {"prosecutor", "monitor", "admin"}, "access_log": OVERSIGHT,
    "add_facility": {"admin"}, "rebuild_projection": {"admin"},
    "projection_stale": EVERYONE, "refresh_stale_projection": EVERYONE,
    "record_event": RECORDERS, "record_medical_request": RECORDERS | {"medical"},
    "record_medical_exam": {"medical"}, "correct": RECORDERS, "intake": RECORDERS, "intake_many": RECORDERS,
    "import_lines": RECORDERS,
}


@pytest.fixture
def stocked(operator, register):
    operator.import_lines(story())
    operator.import_lines(lines(EXAM, header=False))
    return register


@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_call_exactly_its_services(stocked, role):
    service = stocked.as_user(Actor(f"user-{role}", role, f"User {role}"))
    allowed = set()
    for name, call in calls(service).items():
        try:
            call()
        except AccessDenied:
            continue
        allowed.add(name)
    assert allowed == {name for name, roles in ALLOWED.items() if role in roles}
    assert stocked.as_user(Actor.without_accounts()).verify().intact


def test_the_matrix_names_every_public_service(stocked):
    from register.service import RegisterService
    public = {n for n in vars(RegisterService) if not n.startswith("_") and callable(getattr(RegisterService, n))}
    helpers = {"now", "new_event", "rule_infos", "log_access"}
    variants = {"record_medical_request", "record_medical_exam", "held_at_printing"}
    assert public - helpers == set(ALLOWED) - variants


# ---------------------------------------------------------------- facility scope

def officer_at(register, facility):
    return register.as_user(Actor(f"duty-{facility}", "duty_officer", "Duty", frozenset({facility})))


def test_an_officer_sees_and_writes_only_at_their_facility(stocked):
    here, there = officer_at(stocked, "F-1"), officer_at(stocked, "F-2")
    assert here.timeline("C-1") is not None
    assert [f.id for f in there.facilities()] == ["F-2"]
    for call in (lambda: there.timeline("C-1"), lambda: there.clocks("C-1"), lambda: there.held_at("F-1"),
                 lambda: there.timeline_report("C-1"),
                 lambda: there.record_event("C-1", "placement", AT, {"location": "Cell 9"})):
        with pytest.raises(AccessDenied):
            call()
    assert there.board(BoardQuery(held_only=False)) == []
    assert there.board(BoardQuery(held_only=False, facility_id="F-1")) == []
    assert there.breaches() == []
    assert [r.custody_id for r in here.board(BoardQuery(held_only=False))] == ["C-1"]


def test_a_scoped_prosecutor_exports_only_custodies_of_their_facilities(stocked):
    prosecutor = stocked.as_user(Actor("pros-f2", "prosecutor", "P", frozenset({"F-2"})))
    with pytest.raises(AccessDenied):
        list(prosecutor.export_lines())
    with pytest.raises(AccessDenied):
        list(prosecutor.export_lines("C-1"))


def test_an_intake_before_arrival_is_seen_by_whoever_entered_it(stocked):
    officer = officer_at(stocked, "F-2")
    officer.intake(None, service_custody({**CUSTODY, "id": "C-7"}), [officer.new_event(
        "C-7", "apprehension", AT, {"place": "Street", "officers": ["Sgt A"], "reason": "suspicion"})])
    assert officer.timeline("C-7") is not None
    with pytest.raises(AccessDenied):
        officer_at(stocked, "F-1").timeline("C-7")


# ---------------------------------------------------------------- medical details

@pytest.mark.parametrize("role", sorted(EVERYONE - {"medical"}))
def test_only_medical_staff_see_medical_details(stocked, role):
    reader = stocked.as_user(Actor("reader", role))
    medical = stocked.as_user(Actor("doctor", "medical"))
    exam = next(e for e in reader.timeline("C-1").events if e.id == "E-9")
    assert dict(exam.fields) == {"physician": "Dr Sadykova", "report_number": "M-7"}
    assert next(e for e in medical.timeline("C-1").events if e.id == "E-9").get("injuries") is True
    assert reader.clocks("C-1") == medical.clocks("C-1"), "redaction never reaches the rules"


def test_a_non_medical_export_carries_the_exam_as_a_stub_and_still_verifies(stocked):
    monitor = stocked.as_user(Actor("mon", "monitor"))
    exported = list(monitor.export_lines())
    assert not any('"injuries"' in line for line in exported)
    assert any('"kind":"event","id":"E-9"' in line for line in exported)
    assert verify_lines(exported).intact


def test_openings_prints_and_exports_are_in_the_access_log(stocked):
    officer = officer_at(stocked, "F-1")
    officer.timeline("C-1")
    officer.timeline_report("C-1")
    stocked.as_user(Actor("mon", "monitor")).export_lines("C-1").__next__()
    log = stocked.as_user(Actor("pros", "prosecutor")).access_log("custody C-1")
    assert [(e.username, e.action) for e in log] == [("duty-F-1", "open"), ("duty-F-1", "print"), ("mon", "export")]
