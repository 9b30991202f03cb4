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


def test_complaints_are_counted_by_their_status_in_the_complaints_register(register, operator):
    operator.records.import_lines(story() + lines(
        event("E-8", "complaint", "2026-01-05T16:00:00+05:00", addressee="prosecutor", subject="beaten"),
        event("E-9", "complaint", "2026-01-05T16:30:00+05:00", addressee="ombudsman", subject="food"),
        header=False))
    prosecutor = register.as_user(PROSECUTOR)
    prosecutor.complaints.answer("E-8", "Investigation opened, No. 17")
    total = prosecutor.reports.oversight_report(JANUARY_5, JANUARY_5, {"F-1"}).summary.total
    assert total.complaints == Tally(2, ("C-1",))
    assert dict(total.complaints_by_status) == {"received": Tally(1, ("C-1",)), "taken_up": Tally(),
                                                "answered": Tally(1, ("C-1",))}


def test_the_custody_record_is_counted_from_what_officers_recorded(register, operator, clock):
    """C-2 handcuffed with marks on the wrists, strip-searched, on 30-minute checks nobody made, refusing a
    meal, with a child left alone at home: the report counts each, with C-2 behind it."""
    def of_c2(id_, type_, at, **fields):
        return {**event(id_, type_, at, recorded_at=at, **fields), "custody": "C-2"}

    record = lines(
        of_c2("E-26", "use_of_force", "2026-01-05T01:05:00+05:00", force_type="handcuffs", reason="resisted",
              used_by=["Sgt. Omarov"], injuries=True, injuries_note="red marks on both wrists"),
        of_c2("E-27", "personal_search", "2026-01-05T01:15:00+05:00", search_type="strip", searched_by="Sgt. Omarov",
              witnesses=["Cpl. Ten", "Cpl. Ali"]),
        of_c2("E-28", "risk_assessment", "2026-01-05T01:20:00+05:00", assessed_by="Sgt. Omarov",
              self_harm_risk=False, intoxicated=True, medical_condition=False, mental_health=False,
              violence_risk=False, needs_interpreter=False, observation_level="intermittent",
              check_interval_minutes=30),
        of_c2("E-29", "care", "2026-01-05T01:30:00+05:00", care_type="meal", care_outcome="refused",
              given_by="Cpl. Ten"),
        of_c2("E-30", "dependants", "2026-01-05T01:40:00+05:00", children_left_without_care=True),
        header=False)
    operator.records.import_lines(story() + second_custody() + record)
    report = register.as_user(PROSECUTOR).reports.oversight_report(JANUARY_5, JANUARY_5, {"F-1", "F-2"},
                                                                   include_undelivered=True)
    total, at_f2 = report.summary.total.record, dict(report.summary.facilities)["F-2"].record
    assert total.force == Tally(1, ("C-2",)) == total.force_with_injuries == at_f2.force
    assert dict(total.searches_by_type)["strip"] == Tally(1, ("C-2",))
    assert dict(total.care_refused_by_type) == {"meal": Tally(1, ("C-2",))}
    assert dict(total.observation_levels)["intermittent"] == Tally(1, ("C-2",))
    # checks due every 30 minutes from 01:20 to 17:00 local (the clock's now), none made: 31 missed, one running
    assert total.checks_missed == Tally(31, ("C-2",))
    assert total.children_still_without_care == Tally(1, ("C-2",))
    assert dict(report.summary.facilities)["F-1"].record.force == Tally()
