"""The complaints register and allegations: a complaint reaches the body it is addressed to and nobody at
the facility reads it; injuries found and ill-treatment alleged are the prosecutor's, whatever the clocks say."""
from __future__ import annotations

from datetime import timedelta

import pytest

from register.access import AccessDenied, Actor
from register.alerts import UnknownAlert
from register.complaints import ANSWERED, RECEIVED, TAKEN_UP, ComplaintError, body_of
from register.errors import Rejected
from tests.core.lines import event, lines, story

PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
MONITOR = Actor("mon1", "monitor", "Dana Monitor")
OFFICER = Actor("duty1", "duty_officer", "Duty One", frozenset({"F-1"}))
EXAM = {"physician": "Dr Seitkali", "report_number": "M-7", "injuries": True, "non_medical_present": False}


def told(register, operator, *events) -> None:
    operator.records.import_lines(story() + lines(*events, header=False))


def test_an_examination_finding_injuries_stays_in_the_inbox_after_release_and_report(register, operator, clock):
    told(register, operator,
         event("E-5", "medical_exam", "2026-01-05T12:10:00+05:00", recorded_by="nurse1", **EXAM),
         event("E-6", "injury_report", "2026-01-05T12:30:00+05:00", to="prosecutor"),
         event("E-7", "release", "2026-01-05T13:00:00+05:00", reason="no grounds"))
    clock.advance(days=2)  # released long ago, within the 72-hour review
    alerts = register.as_user(PROSECUTOR).alerts
    injuries = [a for a in alerts.alerts() if a.rule == "injuries-found"]
    assert len(injuries) == 1 and not injuries[0].held
    assert injuries[0].officers == ("nurse1",)
    assert "M-7" in injuries[0].clock.details
    alerts.acknowledge(injuries[0].key, "opened an inquiry")
    assert [a.action for a in alerts.history(injuries[0].key)] == ["acknowledge"]


def test_a_complaint_alleging_ill_treatment_is_an_alert_but_another_complaint_is_not(register, operator):
    told(register, operator,
         event("E-5", "complaint", "2026-01-05T12:10:00+05:00", addressee="Прокурор", subject="били на допросе",
               ill_treatment=True),
         event("E-6", "complaint", "2026-01-05T12:20:00+05:00", addressee="Прокурор", subject="холодно в камере"))
    rules = [a.rule for a in register.as_user(PROSECUTOR).alerts.alerts()]
    assert rules.count("ill-treatment-complaint") == 1
    with pytest.raises(UnknownAlert):
        register.as_user(PROSECUTOR).alerts.acknowledge("C-1|ill-treatment-complaint|2026-01-05T07:20:00Z")


def test_a_corrected_examination_that_found_injuries_after_all_is_an_alert(register, operator):
    told(register, operator,
         event("E-5", "medical_exam", "2026-01-05T12:10:00+05:00", **{**EXAM, "injuries": False}),
         event("E-6", "correction", "2026-01-05T13:00:00+05:00", corrects="E-5", reason="report misread",
               changes={"injuries": True}))
    assert [a.rule for a in register.as_user(PROSECUTOR).alerts.alerts()].count("injuries-found") == 1


def test_the_officers_who_recorded_the_events_are_named(register, operator):
    told(register, operator)
    alert = next(a for a in register.as_user(PROSECUTOR).alerts.alerts() if a.rule == "rights-in-writing")
    assert alert.officers == ()  # the story's lines carry no recorded_by


@pytest.mark.parametrize("addressee, body", [("Прокурору Медеуского района", "prosecutor"),
                                             ("Уполномоченному по правам человека", "ombudsman"),
                                             ("НПМ", "npm"), ("начальнику ИВС", "other")])
def test_a_complaint_without_a_body_goes_where_its_addressee_says(addressee, body):
    assert body_of({"addressee": addressee}) == body


def test_a_complaint_reaches_only_the_body_it_is_addressed_to(register, operator):
    told(register, operator,
         event("E-5", "complaint", "2026-01-05T12:10:00+05:00", addressee="Омбудсмен", subject="угрожали",
               body="ombudsman"),
         event("E-6", "complaint", "2026-01-05T12:20:00+05:00", addressee="Прокурор", subject="нет адвоката"))
    to_monitor = register.as_user(MONITOR).complaints.complaints()
    to_prosecutor = register.as_user(PROSECUTOR).complaints.complaints()
    assert [(c.event_id, c.subject) for c in to_monitor] == [("E-5", "угрожали")]
    assert [(c.event_id, c.body) for c in to_prosecutor] == [("E-6", "prosecutor")]
    with pytest.raises(AccessDenied):
        register.as_user(OFFICER).complaints.complaints()
    with pytest.raises(ComplaintError):
        register.as_user(PROSECUTOR).complaints.answer("E-5", "not yours")


def test_facility_staff_see_that_a_complaint_exists_but_not_what_it_says(register, operator):
    told(register, operator,
         event("E-5", "complaint", "2026-01-05T12:10:00+05:00", addressee="Омбудсмен", subject="избил сержант",
               body="ombudsman", ill_treatment=True))
    seen = next(e for e in register.as_user(OFFICER).reports.timeline("C-1").events if e.id == "E-5")
    assert seen.type == "complaint" and seen.fields == {"body": "ombudsman"}
    report = register.as_user(OFFICER).reports.timeline_report("C-1")
    assert "избил" not in repr(report.timeline.events)
    assert register.as_user(MONITOR).reports.timeline("C-1").events[-1].get("subject") == "избил сержант"


def test_a_complaint_is_taken_up_answered_in_time_and_chained(register, operator, clock):
    told(register, operator, event("E-5", "complaint", "2026-01-05T12:10:00+05:00", addressee="Прокурор",
                                   subject="нет адвоката"))
    complaints = register.as_user(PROSECUTOR).complaints
    complaint = complaints.complaints()[0]
    assert (complaint.status, complaint.due_at - complaint.made_at) == (RECEIVED, timedelta(days=15))
    complaints.take_up("E-5")
    with pytest.raises(ComplaintError):
        complaints.take_up("E-5")
    with pytest.raises(ComplaintError):
        complaints.move_deadline("E-5", clock.now() + timedelta(days=30), "  ")
    complaints.move_deadline("E-5", clock.now() + timedelta(days=30), "the investigator is on leave")
    assert complaints.complaints()[0].status == TAKEN_UP
    clock.advance(days=20)
    assert not complaints.complaints()[0].overdue(clock.now())
    complaints.answer("E-5", "A lawyer was appointed on 6 January.")
    answered = complaints.complaints()[0]
    assert (answered.status, answered.answer) == (ANSWERED, "A lawyer was appointed on 6 January.")
    with pytest.raises(ComplaintError):
        complaints.answer("E-5", "again")
    assert register.as_user(PROSECUTOR).chain.verify().intact


def test_an_unanswered_complaint_is_overdue_after_its_deadline(register, operator, clock):
    told(register, operator, event("E-5", "complaint", "2026-01-05T12:10:00+05:00", addressee="НПМ", subject="x"))
    clock.advance(days=16)
    assert register.as_user(MONITOR).complaints.complaints()[0].overdue(clock.now())


def test_a_monitor_records_a_complaint_handed_to_them_and_nothing_else(register, operator, clock):
    told(register, operator)
    monitor = register.as_user(MONITOR)
    monitor.records.record_event("C-1", "complaint", clock.now(), {"addressee": "НПМ", "subject": "угрозы",
                                                                   "body": "npm"})
    assert [c.subject for c in monitor.complaints.complaints()] == ["угрозы"]
    with pytest.raises(AccessDenied):
        monitor.records.record_event("C-1", "log_note", clock.now(), {"officer": "x", "note": "y"})


def test_reports_read_every_complaint_with_its_outcome(register, operator, clock):
    """The plain read a report that counts complaints uses (the oversight report's figures)."""
    from sqlalchemy.orm import Session

    from register.complaints import read_complaints
    told(register, operator,
         event("E-5", "complaint", "2026-01-05T12:10:00+05:00", addressee="Омбудсмен", subject="a", body="ombudsman"),
         event("E-6", "complaint", "2026-01-05T12:20:00+05:00", addressee="Прокурор", subject="b",
               ill_treatment=True))
    register.as_user(PROSECUTOR).complaints.answer("E-6", "investigated")
    with Session(register.engine) as session:
        found = read_complaints(session, None, register.profile)
    assert [(c.event_id, c.body, c.ill_treatment, c.status) for c in found] == [
        ("E-5", "ombudsman", False, RECEIVED), ("E-6", "prosecutor", True, ANSWERED)]


def test_a_complaint_made_after_the_release_reaches_its_body_and_the_prosecutor(register, operator, clock):
    told(register, operator, event("E-5", "release", "2026-01-05T13:00:00+05:00", reason="no grounds"))
    clock.advance(days=3)
    register.as_user(MONITOR).records.record_event("C-1", "complaint", clock.now(), {
        "addressee": "Омбудсмен", "subject": "избили в ИВС", "body": "ombudsman", "ill_treatment": True})
    assert [c.subject for c in register.as_user(MONITOR).complaints.complaints()] == ["избили в ИВС"]
    assert any(a.rule == "ill-treatment-complaint" and not a.held
               for a in register.as_user(PROSECUTOR).alerts.alerts())
    with pytest.raises(Rejected, match="after the release"):
        operator.records.record_event("C-1", "placement", clock.now(), {"location": "Cell 2"})
