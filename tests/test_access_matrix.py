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
from register import accounts
from register.alerts import alert_key
from register.keyfile import key_path
from register.services.base import Service
from register.services.board import BoardQuery
from register.services.whereabouts import Asker
from tests.core.lines import CUSTODY, event, lines, story
from tests.fast_hashing import fast_hashing  # noqa: F401

AT = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
EXAM = event("E-9", "medical_exam", "2026-01-05T12:30:00+05:00", physician="Dr Sadykova", report_number="M-7",
             injuries=True, non_medical_present=True)
EVERYONE = set(ROLES)
# The whereabouts desk reads nothing of the register but what its own service answers (article 18).
READERS = EVERYONE - {"inquiry_desk"}
DESK = {"inquiry_desk", "prosecutor"}
RECORDERS = {"duty_officer", "investigator"}
PRINTERS = READERS - {"admin", "registrar"}
OVERSIGHT = {"prosecutor", "monitor", "admin"}
CONFIDENTIAL = {"prosecutor", "monitor"}
PASSWORD = "long enough password"
ASKER = Asker("Айгүл Болатова", "sister", "+7 701 000 00 00")


def calls(service, alert_key):
    """Every public method of every service of the register (`Services`), as "service.method", each with
    fresh arguments so that a permitted write succeeds."""
    new_custody = {**CUSTODY, "id": "C-new"}
    return {
        "board.facilities": lambda: service.board.facilities(),
        "board.facility": lambda: service.board.facility("F-1"),
        "board.person": lambda: service.board.person("P-1"),
        "board.find_persons": lambda: service.board.find_persons("Ерлан"),
        "board.find_namesakes": lambda: service.board.find_namesakes("Ерлан", None, "040501"),
        "board.rows": lambda: service.board.rows(BoardQuery(held_only=False)),
        "board.count": lambda: service.board.count(BoardQuery()),
        "reports.timeline": lambda: service.reports.timeline("C-1"),
        "reports.clocks": lambda: service.reports.clocks("C-1"),
        "reports.breaches": lambda: service.reports.breaches(),
        "reports.fresh_breaches": lambda: service.reports.fresh_breaches(),
        "reports.problem_clocks": lambda: service.reports.problem_clocks(),
        "reports.held_at": lambda: service.reports.held_at("F-1"),
        "reports.held_at_printing": lambda: service.reports.held_at("F-1", printing=True),
        "reports.oversight_report": lambda: service.reports.oversight_report((AT - timedelta(days=1)).date(), AT.date(), {"F-1"}),
        "reports.timeline_report": lambda: service.reports.timeline_report("C-1"),
        "reports.rights_notice": lambda: service.reports.rights_notice("C-1"),
        "chain.head": lambda: service.chain.head(),
        "chain.verify": lambda: service.chain.verify(),
        "chain.checkpoint": lambda: service.chain.checkpoint(key_path(service.register.url)),
        "chain.checkpoint_public_key": lambda: service.chain.checkpoint_public_key(),
        "chain.rotate_checkpoint_key": lambda: service.chain.rotate_checkpoint_key(key_path(service.register.url)),
        "chain.export_lines": lambda: list(service.chain.export_lines()),
        "witness.tree_head": lambda: service.witness.tree_head(),
        "witness.consistency_proof": lambda: service.witness.consistency_proof(1, 2),
        "witness.signed_by_register": lambda: service.witness.signed_by_register([]),
        "witness.signing_keys": lambda: service.witness.signing_keys(),
        "witness.check_printout": lambda: service.witness.check_printout(_printout(service.register)),
        "witness.printout_findings": lambda: service.witness.printout_findings(_printout(service.register)),
        "access.access_log": lambda: service.access.access_log(),
        "maintenance.rebuild_projection": lambda: service.maintenance.rebuild_projection(),
        "maintenance.projection_stale": lambda: service.maintenance.projection_stale(),
        "maintenance.refresh_stale_projection": lambda: service.maintenance.refresh_stale_projection(),
        "records.add_facility": lambda: service.records.add_facility(
            Facility("F-9", "New station", "police_station", True)),
        "records.record_event": lambda: service.records.record_event("C-1", "placement", AT, {"location": "Cell 9"}),
        "records.record_medical_request": lambda: service.records.record_event("C-1", "medical_request", AT, {}),
        "records.record_medical_exam": lambda: service.records.record_event(
            "C-1", "medical_exam", AT, {"physician": "Dr A", "report_number": "M-1", "injuries": False,
                                        "non_medical_present": False}),
        "records.correct": lambda: service.records.correct("E-4", "C-1", {"location": "Cell 5"}, "wrong cell"),
        "records.new_custody_number": lambda: service.records.new_custody_number("F-1", AT),
        "records.record_group": lambda: service.records.record_group("placement", AT, [("C-1", {"location": "Cell 9"})]),
        "records.intake": lambda: service.records.intake(None, service_custody(new_custody), [
            service.records.new_event("C-new", "apprehension", AT,
                                      {"place": "Street", "officers": ["Sgt A"], "reason": "suspicion"})]),
        "records.intake_many": lambda: service.records.intake_many([(
            None, service_custody({**new_custody, "id": "C-group"}), [service.records.new_event(
                "C-group", "apprehension", AT, {"place": "Square", "officers": ["Sgt A"], "reason": "protest"})])]),
        "records.import_lines": lambda: service.records.import_lines(lines(event(
            "E-50", "placement", "2026-01-05T13:00:00+05:00", location="Cell 7"), header=False)),
        "accounts.accounts": lambda: service.accounts.accounts(),
        "accounts.create_account": lambda: service.accounts.create_account("new", "New", "monitor", PASSWORD),
        "accounts.update_account": lambda: service.accounts.update_account("spare", full_name="Spare Two"),
        "accounts.set_password": lambda: service.accounts.set_password("spare", "another password"),
        "accounts.disable": lambda: service.accounts.disable("spare"),
        "accounts.enable": lambda: service.accounts.enable("spare"),
        "accounts.change_password": lambda: service.accounts.change_password(PASSWORD, "a brand new password"),
        "alerts.alerts": lambda: service.alerts.alerts(),
        "alerts.counts": lambda: service.alerts.counts(),
        "alerts.history": lambda: service.alerts.history(alert_key),
        "alerts.custody_alerts": lambda: service.alerts.custody_alerts("C-1"),
        "alerts.prosecutors": lambda: service.alerts.prosecutors(),
        "alerts.assign": lambda: service.alerts.assign(alert_key, "user-prosecutor"),
        "alerts.note": lambda: service.alerts.note(alert_key, "asked the station"),
        "alerts.acknowledge": lambda: service.alerts.acknowledge(alert_key),
        "alerts.refer": lambda: service.alerts.refer(alert_key, "investigating authority", "No. 12"),
        "alerts.close": lambda: service.alerts.close(alert_key, "custody ended"),
        "confidential.flags": lambda: service.confidential.flags(),
        "confidential.set_flag": lambda: service.confidential.set_flag("P-1", "complained of ill-treatment"),
        "confidential.reprisal_risk_signals": lambda: service.confidential.reprisal_risk_signals(AT),
        "whereabouts.find": lambda: service.whereabouts.find("Ерлан"),
        "whereabouts.answer": lambda: service.whereabouts.answer(ASKER, "Ерлан", "kk", "P-1"),
        "whereabouts.report_apprehension": lambda: service.whereabouts.report_apprehension(
            ASKER, "Серік Болатов", None, "N 7654321", "Abay Avenue", AT),
        "whereabouts.inquiries": lambda: service.whereabouts.inquiries(),
        "whereabouts.reported_apprehensions": lambda: service.whereabouts.reported_apprehensions(),
        "whereabouts.alert_signals": lambda: service.whereabouts.alert_signals(),
        "records.record_complaint": lambda: service.records.record_event(
            "C-1", "complaint", AT, {"addressee": "Прокурор", "subject": "no lawyer"}),
        "complaints.complaints": lambda: service.complaints.complaints(),
        "complaints.of_custody": lambda: service.complaints.of_custody("C-1"),
        "complaints.take_up": lambda: service.complaints.take_up(own_complaint(service)),
        "complaints.answer": lambda: service.complaints.answer(own_complaint(service), "answered"),
        "complaints.move_deadline": lambda: service.complaints.move_deadline(
            own_complaint(service), AT + timedelta(days=40), "inquiry under way"),
        "custody.property_receipt": lambda: service.custody.property_receipt("C-1"),
        "custody.medical_report": lambda: service.custody.medical_report("C-1"),
        "custody.injury_register": lambda: service.custody.injury_register(),
        "custody.handover": lambda: service.custody.handover("F-1", AT, "Sgt. Out"),
        "custody.sign_handover": lambda: service.custody.sign_handover(
            service.custody.handover("F-1", AT, "Sgt. Out")),
    }


def _printout(register):
    """A printed timeline's QR text for C-1, signed with the register's key as the printing station would."""
    from sqlalchemy.orm import Session

    from register import evidence, printout, store
    signer = evidence.printout_signer(register.engine, register.url, "root", AT)
    with Session(register.engine) as session:
        stamps = store.stamps_of(session, [("custody", "C-1"), ("person", "P-1")])
        return printout.parse(evidence.printout_evidence(session, signer, "C-1", stamps.values()))


def own_complaint(service) -> str:
    """An unanswered complaint addressed to the user's body (the stocked register has one for each)."""
    return next(c.event_id for c in service.complaints.complaints(include_answered=False))


def service_custody(record):
    from register.domain import Custody
    return Custody(record["id"], record["person"], record["procedural_status"], record["grounds"],
                   record["ordering_authority"])


ALLOWED = {
    "board.facilities": READERS, "board.facility": READERS, "board.person": READERS,
    "board.find_persons": READERS, "board.find_namesakes": READERS, "board.rows": READERS, "board.count": READERS,
    "reports.timeline": READERS, "reports.clocks": READERS, "reports.breaches": READERS,
    "reports.fresh_breaches": READERS,
    "reports.problem_clocks": READERS, "reports.held_at": READERS, "reports.held_at_printing": PRINTERS,
    "reports.timeline_report": PRINTERS, "reports.rights_notice": PRINTERS, "reports.oversight_report": PRINTERS,
    "chain.head": READERS, "chain.verify": READERS, "chain.checkpoint": READERS,
    "chain.checkpoint_public_key": READERS, "chain.export_lines": {"prosecutor", "monitor", "admin"},
    "chain.rotate_checkpoint_key": {"admin"},
    "witness.tree_head": READERS, "witness.consistency_proof": READERS, "witness.signed_by_register": READERS,
    "witness.check_printout": READERS, "witness.printout_findings": READERS, "witness.signing_keys": READERS,
    "access.access_log": OVERSIGHT,
    "records.add_facility": {"admin"}, "maintenance.rebuild_projection": {"admin"},
    "maintenance.projection_stale": READERS, "maintenance.refresh_stale_projection": READERS,
    "records.record_event": RECORDERS, "records.record_medical_request": RECORDERS | {"medical"},
    "records.record_medical_exam": {"medical"}, "records.correct": RECORDERS, "records.intake": RECORDERS,
    "records.new_custody_number": RECORDERS, "records.record_group": RECORDERS,
    "records.intake_many": RECORDERS, "records.import_lines": {"registrar"},
    "accounts.accounts": {"admin"}, "accounts.create_account": {"admin"}, "accounts.update_account": {"admin"},
    "accounts.set_password": {"admin"}, "accounts.disable": {"admin"}, "accounts.enable": {"admin"},
    "accounts.change_password": EVERYONE,
    "alerts.alerts": READERS, "alerts.counts": READERS, "alerts.history": {"prosecutor"}, "alerts.acknowledge": {"prosecutor"},
    "alerts.refer": {"prosecutor"}, "alerts.close": {"prosecutor"}, "alerts.prosecutors": READERS,
    "alerts.assign": {"prosecutor"}, "alerts.note": {"prosecutor"}, "alerts.custody_alerts": {"prosecutor"},
    "confidential.flags": CONFIDENTIAL, "confidential.set_flag": CONFIDENTIAL,
    "confidential.reprisal_risk_signals": CONFIDENTIAL,
    "whereabouts.find": DESK, "whereabouts.answer": DESK, "whereabouts.report_apprehension": DESK,
    "whereabouts.inquiries": DESK, "whereabouts.reported_apprehensions": DESK, "whereabouts.alert_signals": DESK,
    "records.record_complaint": RECORDERS | CONFIDENTIAL,
    "complaints.complaints": CONFIDENTIAL, "complaints.of_custody": CONFIDENTIAL, "complaints.take_up": CONFIDENTIAL,
    "complaints.answer": CONFIDENTIAL, "complaints.move_deadline": CONFIDENTIAL,
    "custody.property_receipt": PRINTERS, "custody.medical_report": {"medical", "prosecutor", "monitor"},
    "custody.injury_register": {"medical", "prosecutor", "monitor"},
    "custody.handover": READERS, "custody.sign_handover": RECORDERS,
}
COMPLAINTS = [event(f"E-{n}", "complaint", "2026-01-05T12:40:00+05:00", addressee=to, subject="threats", body=body)
              for n, to, body in ((10, "Прокурор", "prosecutor"), (11, "НПМ", "npm"), (12, "Прокурор", "prosecutor"),
                                  (13, "НПМ", "npm"))]


@pytest.fixture
def stocked(operator, register):
    operator.records.import_lines(story())
    operator.records.import_lines(lines(EXAM, *COMPLAINTS, header=False))
    return register


@pytest.mark.parametrize("role", ROLES)
def test_each_role_may_call_exactly_its_services(stocked, role, fast_hashing):
    """The user has an account of the role (so that changing their own password can succeed) and a spare
    account exists for an administrator to manage."""
    root = accounts.create_first_admin(stocked, "root", "Root", PASSWORD)
    stocked.as_user(root).accounts.create_account("spare", "Spare", "monitor", PASSWORD)
    actor = stocked.as_user(root).accounts.create_account(f"user-{role}", f"User {role}", role, PASSWORD)
    service = stocked.as_user(actor)
    key = alert_key(next(clock for _, problems in stocked.as_user(root).reports.problem_clocks()
                         for clock in problems))
    allowed = set()
    for name, call in calls(service, key).items():
        try:
            call()
        except AccessDenied:
            continue
        allowed.add(name)
    assert allowed == {name for name, roles in ALLOWED.items() if role in roles}
    assert stocked.as_user(root).chain.verify().intact


def test_the_matrix_names_every_public_service(stocked):
    """A new public method of any service fails here until it has a row in the matrix."""
    composed = stocked.as_user(Actor.without_accounts())
    public = {f"{attribute}.{name}" for attribute, service in vars(composed).items() if isinstance(service, Service)
              for name in dir(type(service)) if not name.startswith("_") and callable(getattr(type(service), name))}
    helpers = {"records.new_event", "access.log_access"}
    variants = {"records.record_medical_request", "records.record_medical_exam", "reports.held_at_printing",
                "records.record_complaint"}
    assert public - helpers == set(ALLOWED) - variants


# ---------------------------------------------------------------- facility scope

def officer_at(register, facility):
    return register.as_user(Actor(f"duty-{facility}", "duty_officer", "Duty", frozenset({facility})))


def test_an_officer_sees_and_writes_only_at_their_facility(stocked):
    here, there = officer_at(stocked, "F-1"), officer_at(stocked, "F-2")
    assert here.reports.timeline("C-1") is not None
    assert [f.id for f in there.board.facilities()] == ["F-2"]
    for call in (lambda: there.reports.timeline("C-1"), lambda: there.reports.clocks("C-1"), lambda: there.reports.held_at("F-1"),
                 lambda: there.reports.timeline_report("C-1"),
                 lambda: there.records.record_event("C-1", "placement", AT, {"location": "Cell 9"})):
        with pytest.raises(AccessDenied):
            call()
    assert there.board.rows(BoardQuery(held_only=False)) == []
    assert there.board.rows(BoardQuery(held_only=False, facility_id="F-1")) == []
    assert there.reports.breaches() == []
    assert [r.custody_id for r in here.board.rows(BoardQuery(held_only=False))] == ["C-1"]


def test_a_scoped_prosecutor_exports_only_custodies_of_their_facilities(stocked):
    prosecutor = stocked.as_user(Actor("pros-f2", "prosecutor", "P", frozenset({"F-2"})))
    with pytest.raises(AccessDenied):
        list(prosecutor.chain.export_lines())
    with pytest.raises(AccessDenied):
        list(prosecutor.chain.export_lines("C-1"))


def test_an_intake_before_arrival_is_seen_by_whoever_entered_it(stocked):
    officer = officer_at(stocked, "F-2")
    officer.records.intake(None, service_custody({**CUSTODY, "id": "C-7"}), [officer.records.new_event(
        "C-7", "apprehension", AT, {"place": "Street", "officers": ["Sgt A"], "reason": "suspicion"})])
    assert officer.reports.timeline("C-7") is not None
    with pytest.raises(AccessDenied):
        officer_at(stocked, "F-1").reports.timeline("C-7")


# ---------------------------------------------------------------- medical details

@pytest.mark.parametrize("role", sorted(READERS - {"medical"}))
def test_only_medical_staff_see_medical_details(stocked, role):
    reader = stocked.as_user(Actor("reader", role))
    medical = stocked.as_user(Actor("doctor", "medical"))
    exam = next(e for e in reader.reports.timeline("C-1").events if e.id == "E-9")
    public = {"physician": "Dr Sadykova", "report_number": "M-7"}
    # Prosecutors and monitors also read whether injuries were found and the body chart (issue 17).
    assert dict(exam.fields) == (public | {"injuries": True} if role in ("prosecutor", "monitor") else public)
    assert next(e for e in medical.reports.timeline("C-1").events if e.id == "E-9").get("injuries") is True
    assert reader.reports.clocks("C-1") == medical.reports.clocks("C-1"), "redaction never reaches the rules"


def test_a_non_medical_export_carries_the_exam_as_a_stub_and_still_verifies(stocked):
    monitor = stocked.as_user(Actor("mon", "monitor"))
    exported = list(monitor.chain.export_lines())
    assert not any('"injuries"' in line for line in exported)
    assert any('"kind":"event","id":"E-9"' in line for line in exported)
    assert verify_lines(exported).intact


def test_openings_prints_and_exports_are_in_the_access_log(stocked):
    officer = officer_at(stocked, "F-1")
    officer.reports.timeline("C-1")
    officer.reports.timeline_report("C-1")
    stocked.as_user(Actor("mon", "monitor")).chain.export_lines("C-1").__next__()
    log = stocked.as_user(Actor("pros", "prosecutor")).access.access_log("custody C-1")
    assert [(e.username, e.action) for e in log] == [("duty-F-1", "open"), ("duty-F-1", "print"), ("mon", "export")]
