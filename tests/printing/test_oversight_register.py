"""The oversight report read from a register built for the test: its figures and the custody numbers behind
them, the alert handling a prosecutor recorded, and its stamp, which a signed checkpoint of the same size
confirms."""
from __future__ import annotations

from datetime import date

from register.access import Actor
from register.checkpoint import parse_notes
from register.oversight import Tally
from tests.core.lines import CUSTODY, EVENTS, PERSON, event, lines, story

PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
JANUARY_5 = date(2026, 1, 5)


def second_custody():
    """C-2: a minor apprehended at 00:30 on 5 January in Almaty (4 January in UTC), questioned at 02:00 while the
    lawyer he asked for had not come; injuries found and never reported."""
    person = {**PERSON, "id": "P-2", "full_name": "Иван Петров", "birth_date": "2010-06-01", "citizenship": "RU"}
    custody = {**CUSTODY, "id": "C-2", "person": "P-2"}

    def of_c2(id_, type_, at, **fields):
        return {**event(id_, type_, at, recorded_at=at, **fields), "custody": "C-2"}

    return lines(person, custody,
                 of_c2("E-21", "apprehension", "2026-01-05T00:30:00+05:00", place="x", officers=["y"], reason="z"),
                 of_c2("E-22", "arrival", "2026-01-05T01:00:00+05:00", facility="F-2"),
                 of_c2("E-23", "lawyer_request", "2026-01-05T01:10:00+05:00"),
                 of_c2("E-24", "interrogation", "2026-01-05T02:00:00+05:00", investigator="i", lawyer_present=False),
                 of_c2("E-25", "medical_exam", "2026-01-05T03:00:00+05:00", physician="d", report_number="r",
                       injuries=True, non_medical_present=False),
                 header=False)


def test_figures_of_a_register_with_their_custody_numbers(register, operator, clock):
    operator.records.import_lines(story() + second_custody())
    clock.advance(hours=20)
    prosecutor = register.as_user(PROSECUTOR)
    alert = next(a for a in prosecutor.alerts.alerts() if a.custody_id == "C-1" and a.rule == "rights-in-writing")
    clock.advance(minutes=30)
    prosecutor.alerts.acknowledge(alert.key, "seen")
    prosecutor.alerts.refer(alert.key, "City prosecutor", "No. 5")
    report = prosecutor.reports.oversight_report(JANUARY_5, JANUARY_5, {"F-1", "F-2"}, include_undelivered=True)
    total, by_facility = report.summary.total, dict(report.summary.facilities)
    assert total.custodies == Tally(2, ("C-1", "C-2"))
    assert by_facility["F-1"].custodies == Tally(1, ("C-1",)) and by_facility["F-2"].custodies == Tally(1, ("C-2",))
    assert total.minors == Tally(1, ("C-2",)) and total.foreign_nationals == Tally(1, ("C-2",))
    assert total.night_interrogations == Tally(1, ("C-2",)) == total.interrogations_without_lawyer
    assert total.injuries_unreported == Tally(1, ("C-2",))
    assert total.rule("rights-in-writing").breached == Tally(2, ("C-1", "C-2"))
    assert total.video_missing == Tally(1, ("C-2",)) and total.late_registration == Tally(1, ("C-1",))
    alerts = total.alerts
    assert alerts.acknowledged == Tally(1, ("C-1",)) and alerts.referred == Tally(1, ("C-1",))
    due = alert.clock.due_at
    assert alerts.acknowledge_minutes == (int((clock.now() - due).total_seconds() // 60),)
    assert by_facility["F-2"].alerts.acknowledged == Tally()


def test_a_monitor_who_does_not_review_alerts_gets_no_alert_figures(register, operator):
    operator.records.import_lines(story())
    monitor = register.as_user(Actor("mon", "monitor", "M"))
    report = monitor.reports.oversight_report(JANUARY_5, JANUARY_5, {"F-1"})
    assert report.summary.total.custodies == Tally(1, ("C-1",)) and report.summary.total.alerts is None


def test_the_stamp_is_what_a_signed_checkpoint_of_that_size_states(register, operator, checkpoint_key):
    operator.records.import_lines(story())
    operator.chain.checkpoint(checkpoint_key)  # the first one records the register's key in the chain
    signed = parse_notes(operator.chain.checkpoint(checkpoint_key))[0].checkpoint
    report = register.as_user(PROSECUTOR).reports.oversight_report(JANUARY_5, JANUARY_5, {"F-1"})
    assert (report.stamp.size, report.stamp.root) == (signed.size, signed.root.hex())
    later = register.as_user(PROSECUTOR).reports.oversight_report(JANUARY_5, JANUARY_5, {"F-1"})
    assert later.stamp.size > report.stamp.size  # the first print was logged in the chain


def test_an_event_from_another_day_does_not_count(register, operator):
    operator.records.import_lines(story())
    report = register.as_user(PROSECUTOR).reports.oversight_report(date(2026, 1, 6), date(2026, 1, 6), {"F-1"})
    assert report.summary.total.custodies == Tally()
    assert EVENTS[0]["at"].startswith("2026-01-05")
