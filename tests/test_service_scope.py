"""Gaps in the service layer found by an attacker: writes reach only what reads show, alert histories and the
person look-up stay within the user's scope, and every reading, refusal and import is in the access log."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from register.access import AccessDenied, Actor
from register.domain import Custody
from register.services.board import BoardQuery
from tests.core.lines import CUSTODY, FACILITY, FACILITY_2, PERSON, event, lines, story

AT = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
PERSON_2 = {**PERSON, "id": "P-2", "full_name": "Айгүл_Нұрланқызы 100%"}
UNDELIVERED = [
    {**CUSTODY, "id": "C-2", "person": "P-2"},
    {**event("E-20", "apprehension", "2026-01-05T09:00:00+05:00", place="Street", officers=["Sgt B"],
             reason="suspicion", recorded_by="duty-F-1"), "custody": "C-2"},
]


def officer_at(register, facility):
    return register.as_user(Actor(f"duty-{facility}", "duty_officer", "Duty", frozenset({facility})))


@pytest.fixture
def stocked(operator, register):
    operator.records.import_lines(story())
    operator.records.import_lines(lines(PERSON_2, *UNDELIVERED, header=False))
    return register


def test_an_officer_cannot_write_into_an_undelivered_custody_of_another_facility(stocked):
    there = officer_at(stocked, "F-2")
    with pytest.raises(AccessDenied):
        there.reports.timeline("C-2")
    for event_type, fields in (("release", {"reason": "no grounds"}), ("arrival", {"facility": "F-2"})):
        with pytest.raises(AccessDenied):
            there.records.record_event("C-2", event_type, AT, fields)
    assert [e.id for e in officer_at(stocked, "F-1").reports.timeline("C-2").events] == ["E-20"], "nothing written"
    officer_at(stocked, "F-1").records.record_event("C-2", "arrival", AT, {"facility": "F-1"})


def test_an_alert_history_is_read_only_by_reviewers_who_may_see_the_custody(stocked):
    reviewer = stocked.as_user(Actor("pros", "prosecutor")).alerts
    key = reviewer.alerts()[0].key
    reviewer.acknowledge(key, "seen")
    assert [a.action for a in reviewer.history(key)] == ["acknowledge"]
    for actor in (Actor("duty", "duty_officer"), Actor("mon", "monitor"),
                  Actor("pros-f2", "prosecutor", "P", frozenset({"F-2"}))):
        with pytest.raises(AccessDenied):
            stocked.as_user(actor).alerts.history(key)
    other = stocked.as_user(Actor("mon", "monitor")).alerts
    assert all(a.history == () for a in other.alerts()), "the inbox of a non-reviewer carries no history"


def test_person_look_up_stays_within_the_facilities_and_matches_wildcards_literally(stocked):
    nationwide = stocked.as_user(Actor("pros", "prosecutor"))
    assert [p.id for p in nationwide.board.find_persons("%")] == ["P-2"], "% matches itself, not everyone"
    assert [p.id for p in nationwide.board.find_persons("_")] == ["P-2"]
    assert sorted(p.id for p in nationwide.board.find_persons("Ерлан")) == ["P-1"]
    assert officer_at(stocked, "F-2").board.find_persons("Ерлан") == [], "held at F-1: not found from F-2"
    assert [p.id for p in officer_at(stocked, "F-1").board.find_persons("Ерлан")] == ["P-1"]
    entered_by = stocked.as_user(Actor("duty-F-1", "duty_officer", "Duty", frozenset({"F-1"})))
    assert [p.id for p in entered_by.board.find_persons("Айгүл")] == ["P-2"], "an undelivered custody they entered"


def test_readings_refusals_and_the_inbox_are_in_the_access_log(stocked):
    officer = officer_at(stocked, "F-1")
    officer.reports.breaches()
    officer.board.rows(BoardQuery())
    officer.board.rows(BoardQuery(text="Ерлан", held_only=False))
    stocked.as_user(Actor("pros", "prosecutor")).alerts.alerts()
    with pytest.raises(AccessDenied):
        officer.access.access_log()
    log = [(e.username, e.action, e.subject) for e in stocked.as_user(Actor("mon", "monitor")).access.access_log()
           if e.action != "import"]
    assert [(u, a) for u, a, _ in log] == [("duty-F-1", "read"), ("duty-F-1", "read"), ("duty-F-1", "read"),
                                           ("pros", "open"), ("duty-F-1", "refused")]
    assert log[0][2].startswith("breaches as of") and log[1][2] == "board of every facility"
    assert log[2][2] == "search for 'Ерлан' in board of every facility, released included"
    assert log[3][2] == "alert inbox" and log[4][2] == "AccessLogService.access_log: a duty officer may not read the access log"


def test_an_import_records_who_when_and_from_which_file(register, clock):
    importer = register.as_user(Actor("clerk", "registrar", "Import Clerk"))
    head = importer.chain.head().seq
    importer.records.import_lines(story(), source="station-7.jsonl")
    entry = register.as_user(Actor("mon", "monitor")).access.access_log()[-1]
    assert (entry.username, entry.action, entry.at) == ("clerk", "import", clock.now())
    assert entry.subject == (f"file station-7.jsonl: 2 facility, 1 person, 1 custody, 4 event; "
                             f"chain entries {head + 1} to {head + 8}")
    assert importer.reports.timeline("C-1").events[0].recorded_by is None, "the lines' own recorded_by is kept"
    assert importer.chain.verify().intact


@pytest.mark.parametrize("actor", [Actor("mon", "monitor"), Actor("admin", "admin"), Actor("doc", "medical"),
                                   Actor("duty", "duty_officer"), Actor("reg", "registrar", "R", frozenset({"F-1"}))])
def test_only_a_nationwide_registrar_may_import(register, actor):
    """An import keeps the stamps its lines state: whoever records events could back-date his own."""
    with pytest.raises(AccessDenied):
        register.as_user(actor).records.import_lines(story())
    assert register.as_user(Actor("x", "monitor")).board.count(BoardQuery(held_only=False)) == 0


def test_an_intake_at_another_facility_is_refused(register, operator):
    operator.records.import_lines(lines(FACILITY, FACILITY_2, PERSON, header=False))
    officer = officer_at(register, "F-2")
    custody = Custody("C-9", "P-1", "suspect", "Art. 188", "Investigator")
    with pytest.raises(AccessDenied):
        officer.records.intake(None, custody, [officer.records.new_event("C-9", "arrival", AT, {"facility": "F-1"})])
