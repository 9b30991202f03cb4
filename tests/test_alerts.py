"""Alerts: one per problem clock, state read from an append-only, chained history of actions."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from register.access import AccessDenied, Actor
from register.alerts import (ACKNOWLEDGED, CLOSED, ESCALATE, OPEN, REFERRED, AlertClosed, AlertError,
                             AlertFilter, CommentRequired, NotForward, UnknownAlert, review_within)
from register.opening import open_register
from tests.core.lines import CUSTODY, FACILITY_2, event, lines, story

PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
# C-1 (tests.core.lines): apprehended 05:00Z, never told of their rights in writing -> breached at 08:00Z;
# entered at 12:00Z, seven hours late -> the late-registration indicator. The clock stands at 12:00Z.
RIGHTS = "C-1|rights-in-writing|2026-01-05T05:00:00Z"
LATE_ENTRY = "C-1|late-registration|2026-01-05T05:00:00Z"
# C-2: a Russian boy, delivered to F-2; nobody told his parents (due one hour after 06:00Z).
PERSON_2 = {"record": "person", "id": "P-2", "full_name": "Иван Петров", "birth_date": "2010-06-01",
            "sex": "male", "citizenship": "RU", "languages": ["ru"]}
CUSTODY_2 = {**CUSTODY, "id": "C-2", "person": "P-2"}
PARENTS = "C-2|minor-parent-notice|2026-01-05T06:00:00Z"


def c2(id_, type_, at, **fields):
    return {**event(id_, type_, at, recorded_at=at, **fields), "custody": "C-2"}


def two_custodies() -> list[str]:
    return story() + lines(FACILITY_2, PERSON_2, CUSTODY_2, header=False) + lines(
        c2("E-21", "apprehension", "2026-01-05T06:00:00Z", place="Station Sq", officers=["Sgt Ali"],
           reason="suspicion", video="cam-2"),
        c2("E-22", "arrival", "2026-01-05T06:30:00Z", facility="F-2"),
        c2("E-23", "rights_informed", "2026-01-05T06:40:00Z", language="ru", written=True, signed=True),
        header=False)


@pytest.fixture
def alerts(register, operator):
    operator.records.import_lines(two_custodies())
    return register.as_user(PROSECUTOR).alerts


def test_a_problem_clock_gives_exactly_one_open_alert(alerts):
    listed = alerts.alerts()
    keys = [a.key for a in listed]
    assert RIGHTS in keys and LATE_ENTRY in keys and PARENTS in keys
    assert len(keys) == len(set(keys))
    assert [a.key for a in alerts.alerts()] == keys  # evaluating again raises no second alert
    rights = next(a for a in listed if a.key == RIGHTS)
    assert (rights.state, rights.history, rights.person_name) == (OPEN, (), "Ерлан Серікұлы Жұмабаев")
    assert rights.opened_at == rights.clock.due_at and rights.clock.status == "breached"
    assert rights.facility_id == "F-1"


def test_breaches_come_first_then_the_ongoing_then_the_most_overdue(alerts):
    listed = alerts.alerts()
    severities = [a.clock.severity for a in listed]
    assert severities == sorted(severities, key=lambda s: s != "breach")
    breaches = [(not a.ongoing, -a.clock.overdue_minutes) for a in listed if a.clock.severity == "breach"]
    assert breaches == sorted(breaches)
    assert all(a.ongoing for a in listed if a.key in (RIGHTS, PARENTS))  # nothing met them, both still held


def test_acknowledge_refer_and_close_are_recorded_in_order_and_chained(alerts, operator):
    head = operator.chain.head().seq
    alerts.acknowledge(RIGHTS, "  seen, asked the station  ")
    assert alerts.alerts()[0].state in (OPEN, ACKNOWLEDGED)
    alerts.refer(RIGHTS, "Investigations department", "No. 12-3/456", None)
    assert next(a for a in alerts.alerts() if a.key == RIGHTS).state == REFERRED
    alerts.close(RIGHTS, "Rights explained in writing; officer disciplined")

    history = alerts.history(RIGHTS)
    assert [(h.action, h.by) for h in history] == [("acknowledge", "pros1"), ("refer", "pros1"), ("close", "pros1")]
    assert history[0].comment == "seen, asked the station"
    assert (history[1].referred_to, history[1].reference) == ("Investigations department", "No. 12-3/456")
    seqs = [h.seq for h in history]
    assert seqs[0] == head + 1 and seqs == sorted(seqs), "each action chained in order (inbox readings between)"
    assert RIGHTS not in [a.key for a in alerts.alerts()]
    closed = next(a for a in alerts.alerts(include_closed=True) if a.key == RIGHTS)
    assert (closed.state, closed.history) == (CLOSED, history)
    assert operator.chain.verify().intact


@pytest.mark.parametrize("comment", ["", "   \n", None])
def test_an_alert_cannot_be_closed_without_a_comment(alerts, comment):
    with pytest.raises(CommentRequired, match="cannot be closed without a comment"):
        alerts.close(RIGHTS, comment)
    assert alerts.history(RIGHTS) == ()


def test_a_referral_needs_an_addressee_and_a_reference(alerts):
    with pytest.raises(ValueError, match="to whom"):
        alerts.refer(RIGHTS, " ", "No. 1")
    with pytest.raises(ValueError, match="reference"):
        alerts.refer(RIGHTS, "Investigations", "")
    assert alerts.history(RIGHTS) == ()


def test_a_closed_alert_or_an_unknown_key_is_refused(alerts):
    alerts.close(RIGHTS, "dealt with")
    with pytest.raises(AlertClosed, match="already closed"):
        alerts.acknowledge(RIGHTS, "again")
    with pytest.raises(UnknownAlert, match="no alert"):
        alerts.acknowledge("C-1|delivery-3h|2026-01-05T05:00:00Z")  # delivered in time: not a problem
    with pytest.raises(UnknownAlert, match="not an alert key"):
        alerts.acknowledge("C-1 rights")
    assert len(alerts.history(RIGHTS)) == 1


@pytest.mark.parametrize("role", ["monitor", "duty_officer"])
def test_only_a_prosecutor_acts_on_alerts(register, alerts, role):
    other = register.as_user(Actor("someone", role)).alerts
    assert RIGHTS in [a.key for a in other.alerts()]  # reading is allowed
    for act in (lambda: other.acknowledge(RIGHTS), lambda: other.refer(RIGHTS, "x", "y"),
                lambda: other.close(RIGHTS, "closing")):
        with pytest.raises(AccessDenied, match="review alerts"):
            act()
    assert alerts.history(RIGHTS) == ()


def test_the_state_survives_reopening_the_register(register, alerts, clock):
    alerts.acknowledge(RIGHTS, "seen")
    alerts.refer(PARENTS, "Juvenile affairs inspectorate", "No. 7")
    reopened = open_register(register.url, clock)
    try:
        again = {a.key: a.state for a in reopened.as_user(PROSECUTOR).alerts.alerts()}
    finally:
        reopened.close()
    assert (again[RIGHTS], again[PARENTS], again[LATE_ENTRY]) == (ACKNOWLEDGED, REFERRED, OPEN)


def test_the_database_refuses_to_rewrite_an_alert_history(register, alerts):
    alerts.close(RIGHTS, "dealt with")
    with pytest.raises(DatabaseError, match="append-only"):
        with register.engine.begin() as connection:
            connection.execute(text("UPDATE alert_action SET comment = 'nothing happened'"))


def test_an_open_alert_stays_highlighted_after_the_set_time(register, alerts, clock):
    clock.set(clock.now().replace(hour=7, minute=20))  # the parents' notice was due at 07:00Z
    fresh = next(a for a in alerts.alerts() if a.key == PARENTS)
    assert not fresh.overdue_unacknowledged(clock.now())
    assert fresh.overdue_unacknowledged(clock.now() + timedelta(minutes=11))
    strict = alerts.alerts(acknowledge_within=timedelta(minutes=10))
    assert next(a for a in strict if a.key == PARENTS).overdue_unacknowledged(clock.now())
    alerts.acknowledge(PARENTS)
    seen = next(a for a in alerts.alerts() if a.key == PARENTS)
    assert not seen.overdue_unacknowledged(clock.now() + timedelta(hours=5))


def test_filters_by_facility_rule_minors_foreigners_and_age(alerts, clock):
    def keys(**filters):
        return {a.key for a in alerts.alerts(**filters)}

    assert PARENTS in keys(facility_id="F-2") and RIGHTS not in keys(facility_id="F-2")
    assert keys(rule="rights-in-writing") == {RIGHTS}
    assert PARENTS in keys(minors_only=True) and RIGHTS not in keys(minors_only=True)
    assert keys(foreign_only=True) == keys(minors_only=True) == keys(facility_id="F-2")
    # opened: late entry 05:00Z, parents 07:00Z, rights 08:00Z; now 12:00Z
    assert RIGHTS in keys(opened_before=clock.now() - timedelta(hours=3, minutes=59))
    assert keys(opened_before=clock.now() - timedelta(hours=4, minutes=1)) == {LATE_ENTRY, PARENTS}
    assert keys(opened_before=clock.now() - timedelta(hours=6)) == {LATE_ENTRY}


# ------------------------------------------------------------ a prosecutor's work list (issue 16)

def test_states_only_move_forward(alerts):
    alerts.acknowledge(RIGHTS, "seen")
    with pytest.raises(NotForward, match="already acknowledged: its state only moves forward"):
        alerts.acknowledge(RIGHTS, "seen again")
    alerts.refer(RIGHTS, "Investigations department", "No. 12")
    with pytest.raises(NotForward, match="already referred"):
        alerts.acknowledge(RIGHTS)
    with pytest.raises(NotForward, match="already referred"):
        alerts.refer(RIGHTS, "Another body", "No. 13")
    assert [h.action for h in alerts.history(RIGHTS)] == ["acknowledge", "refer"]
    assert next(a for a in alerts.alerts() if a.key == RIGHTS).state == REFERRED
    alerts.refer(PARENTS, "Juvenile affairs inspectorate", "No. 7")  # skipping a state forward is allowed
    alerts.close(PARENTS, "parents told late; officer reprimanded")
    assert [h.action for h in alerts.history(PARENTS)] == ["refer", "close"]


def test_an_alert_closed_while_its_breach_continues_reopens_at_the_next_refresh(register, alerts, operator, clock):
    alerts.close(RIGHTS, "looked into it")
    alerts.close(LATE_ENTRY, "entered late once; the station was told")
    closed = next(a for a in alerts.alerts(include_closed=True) if a.key == RIGHTS)
    assert closed.state == CLOSED  # nothing has happened since the closure yet
    head = operator.chain.head().seq

    clock.advance(minutes=5)  # still nobody told him of his rights in writing
    reopened = next(a for a in alerts.alerts() if a.key == RIGHTS)
    assert reopened.state == OPEN and [h.action for h in reopened.history] == ["close", "reopen"]
    assert (reopened.history[-1].at, reopened.history[-1].seq) == (clock.now(), head + 1)
    assert LATE_ENTRY not in [a.key for a in alerts.alerts()]  # an indicator that fired once is over: stays closed
    assert [h.action for h in alerts.history(RIGHTS)] == ["close", "reopen"]  # recorded once, however often read
    assert operator.chain.verify().intact

    alerts.acknowledge(RIGHTS, "taken up again")  # reopened: the work starts over
    assert next(a for a in alerts.alerts() if a.key == RIGHTS).state == ACKNOWLEDGED


def test_only_someone_who_reviews_alerts_records_a_reopening(register, alerts, clock):
    alerts.close(RIGHTS, "looked into it")
    clock.advance(minutes=5)
    register.as_user(Actor("mon", "monitor")).alerts.alerts(include_closed=True)
    assert [h.action for h in alerts.history(RIGHTS)] == ["close"]


def test_a_closed_breach_that_has_ended_stays_closed(register, alerts, operator, clock):
    operator.records.record_event("C-1", "rights_informed", clock.now(),
                                  {"language": "kk", "written": True, "signed": True})
    alerts.close(RIGHTS, "informed four hours late")
    clock.advance(hours=1)
    assert RIGHTS not in [a.key for a in alerts.alerts()]


@pytest.fixture
def prosecutors(register):
    from register.accounts import create_first_admin
    admin = register.as_user(create_first_admin(register, "admin", "Admin", "correct horse battery"))
    admin.accounts.create_account("pros1", "Nurlan Prosecutor", "prosecutor", "correct horse battery")
    admin.accounts.create_account("chief", "Aigul Supervisor", "prosecutor", "correct horse battery")
    admin.accounts.create_account("duty", "Duty Officer", "duty_officer", "correct horse battery")
    return admin


def test_an_alert_is_assigned_to_a_named_prosecutor_with_a_supervisor(alerts, prosecutors):
    assert alerts.prosecutors() == [("chief", "Aigul Supervisor"), ("pros1", "Nurlan Prosecutor")]
    with pytest.raises(AlertError, match="duty is not the account of an enabled prosecutor"):
        alerts.assign(RIGHTS, "duty")
    with pytest.raises(AlertError, match="someone other than pros1"):
        alerts.assign(RIGHTS, "pros1", "pros1")
    alerts.assign(RIGHTS, "pros1", "chief")
    assigned = next(a for a in alerts.alerts() if a.key == RIGHTS)
    assert (assigned.assignee, assigned.supervisor, assigned.state) == ("pros1", "chief", OPEN)
    assert {a.key for a in alerts.alerts() if AlertFilter(assignee="pros1").matches(a)} == {RIGHTS}


def test_the_review_deadline_passes_and_escalates_to_the_supervisor(alerts, prosecutors, clock):
    alerts.assign(RIGHTS, "pros1", "chief")
    alerts.acknowledge(RIGHTS)
    rights = next(a for a in alerts.alerts() if a.key == RIGHTS)
    assert rights.review_due == rights.opened_at + timedelta(hours=72)
    assert not rights.deadline_passed(clock.now())
    clock.set(rights.review_due)
    alerts.alerts()
    assert ESCALATE not in [h.action for h in alerts.history(RIGHTS)]  # at the deadline itself: not yet
    clock.advance(minutes=1)
    rights = next(a for a in alerts.alerts() if a.key == RIGHTS)
    assert rights.deadline_passed(clock.now()) and rights.escalation_recorded()
    escalation = rights.history[-1]
    assert (escalation.action, escalation.referred_to, escalation.at) == (ESCALATE, "chief", clock.now())
    alerts.alerts()
    assert [h.action for h in alerts.history(RIGHTS)].count(ESCALATE) == 1
    late = {a.key for a in alerts.alerts() if AlertFilter(deadline_passed_at=clock.now()).matches(a)}
    assert RIGHTS in late
    alerts.refer(RIGHTS, "Investigations department", "No. 12")  # reviewed: no longer past its deadline
    assert RIGHTS not in {a.key for a in alerts.alerts() if AlertFilter(deadline_passed_at=clock.now()).matches(a)}


def test_the_review_deadline_is_a_setting_per_rule(register):
    from dataclasses import replace
    profile = replace(register.profile, settings={**register.profile.settings, "review-within": timedelta(hours=48),
                                                  "review-within:rights-in-writing": timedelta(hours=12)})
    assert review_within(profile, "rights-in-writing") == timedelta(hours=12)
    assert review_within(profile, "delivery-3h") == timedelta(hours=48)
    assert review_within(register.profile, "delivery-3h") == timedelta(hours=72)


def test_notes_are_kept_in_the_history_and_change_no_state(alerts):
    with pytest.raises(AlertError, match="note cannot be empty"):
        alerts.note(RIGHTS, "  ")
    alerts.note(RIGHTS, "Called the station: the officer is on leave")
    alerts.close(RIGHTS, "done")
    alerts.note(RIGHTS, "Officer disciplined after all")  # a closed alert still takes notes
    history = alerts.history(RIGHTS)
    assert [(h.action, h.comment) for h in history] == [
        ("note", "Called the station: the officer is on leave"), ("close", "done"),
        ("note", "Officer disciplined after all")]
    assert next(a for a in alerts.alerts(include_closed=True) if a.key == RIGHTS).state == CLOSED


def test_filter_by_state(alerts):
    alerts.acknowledge(RIGHTS)
    alerts.close(PARENTS, "done")
    states = {a.key: a.state for a in alerts.alerts(include_closed=True)}
    assert {k for k, s in states.items() if s == ACKNOWLEDGED} == {RIGHTS}
    assert [a.key for a in alerts.alerts(include_closed=True) if AlertFilter(state=CLOSED).matches(a)] == [PARENTS]


def test_an_inbox_that_refreshes_sees_allegations_recorded_and_corrected_between_its_refreshes(alerts, operator, clock):
    """The inbox keeps the allegations it found and reads again only custodies written since: what is recorded
    or corrected in between is there at the next refresh, in whichever custody."""
    def injuries() -> list[str]:
        return [a.custody_id for a in alerts.alerts() if a.rule == "injuries-found"]

    exam = {"physician": "Dr Seitkali", "report_number": "M-9", "injuries": True, "non_medical_present": False}
    assert injuries() == []
    operator.records.record_event("C-2", "medical_exam", clock.now() - timedelta(hours=1), exam)
    assert injuries() == ["C-2"]
    assert injuries() == ["C-2"]  # nothing written since: the same answer from what it kept
    found = next(e for e in operator.reports.timeline("C-2").events if e.type == "medical_exam")
    operator.records.correct(found.id, "C-2", {"injuries": False}, "report misread")
    operator.records.record_event("C-1", "medical_exam", clock.now(), {**exam, "report_number": "M-10"})
    assert injuries() == ["C-1"]


def test_an_inbox_that_refreshes_names_an_officer_who_recorded_at_an_alerted_instant_since(register, alerts, clock):
    """The inbox keeps whom it found each alerted clock's events recorded by; an entry made since, dated at the
    apprehension of C-1 whose rights were never given, names its officer beside that breach at the next refresh."""
    def rights_officers() -> tuple[str, ...]:
        return next(a for a in alerts.alerts() if a.key == RIGHTS).officers

    assert rights_officers() == ()  # the story's lines carry no recorded_by
    officer = register.as_user(Actor("duty1", "duty_officer", "Duty One", frozenset({"F-1"})))
    officer.records.record_event("C-1", "complaint", clock.now().replace(hour=5, minute=0),
                                 {"addressee": "Прокурор", "subject": "нет адвоката"})
    assert rights_officers() == ("duty1",)
    assert rights_officers() == ("duty1",)  # nothing written since: the same answer from what it kept


def test_an_inbox_that_refreshes_sees_a_breach_met_since_at_the_same_instant(alerts, operator, clock):
    """The inbox keeps the stored judgements it read; rights given in writing since, at the very instant of the
    last write (so the custody's judgement instant is unchanged), turn the ongoing breach into one met late."""
    def rights() -> tuple[str, bool]:
        alert = next(a for a in alerts.alerts() if a.key == RIGHTS)
        return alert.clock.status, alert.ongoing

    assert rights() == ("breached", True)
    operator.records.record_event("C-1", "rights_informed", clock.now(),
                                  {"language": "kk", "written": True, "signed": True})
    assert rights() == ("late", False)


def test_an_inbox_that_refreshes_shows_what_another_prosecutor_did_since(register, alerts):
    """The inbox keeps the alerts' histories and reads only the actions chained since: one prosecutor's
    acknowledgement and closing reach the other's list at their next refreshes."""
    def rights() -> tuple[str, list[str]]:
        alert = next(a for a in alerts.alerts(include_closed=True) if a.key == RIGHTS)
        return alert.state, [action.by for action in alert.history]

    colleague = register.as_user(Actor("pros2", "prosecutor", "Aigerim Prosecutor")).alerts
    assert rights() == (OPEN, [])
    colleague.acknowledge(RIGHTS, "seen")
    assert rights() == (ACKNOWLEDGED, ["pros2"])
    colleague.close(RIGHTS, "rights given in writing at last")
    assert rights() == (CLOSED, ["pros2", "pros2"])


def test_state_assignee_and_facility_choose_the_custodies_in_sql_and_list_what_the_whole_list_filtered_lists(
        alerts, prosecutors, register):
    """Asked of the service, the inbox's filters leave out in SQL every custody that cannot have a matching
    alert (no action leading to the state, no assignment to the prosecutor, never held at the facility), and
    list exactly the alerts the whole list narrowed by the same filter holds."""
    from sqlalchemy.orm import Session
    from register import queries
    from register.projection import judged_with

    alerts.assign(RIGHTS, "pros1", "chief")
    alerts.acknowledge(PARENTS, "seen")
    everything = alerts.alerts(include_closed=True)
    for filters in (dict(state=ACKNOWLEDGED), dict(state=OPEN), dict(state=REFERRED), dict(assignee="pros1"),
                    dict(assignee="chief"), dict(facility_id="F-2"), dict(facility_id="F-1", state=ACKNOWLEDGED)):
        expected = [a for a in everything if AlertFilter(**filters).matches(a)]
        assert alerts.alerts(**filters) == expected, filters
    assert {a.key for a in alerts.alerts(state=ACKNOWLEDGED)} == {PARENTS}
    assert {a.key for a in alerts.alerts(assignee="pros1")} == {RIGHTS}

    def chosen(**narrowing) -> set[str]:
        with Session(register.engine) as session:
            return {custody for custody, _ in queries.judgement_standing(
                session, judged_with(register.profile), register.clock.now(), True,
                queries.ClockNarrowing(**narrowing))}
    assert chosen() == {"C-1", "C-2"}
    assert chosen(state_action="acknowledge") == {"C-2"} and chosen(state_action="refer") == set()
    assert chosen(assignee="pros1") == {"C-1"} and chosen(facility_id="F-2") == {"C-2"}
    assert chosen(facility_id="F-%") == set()  # a facility id is matched as written, wildcards and all


def test_the_counts_by_state_are_those_of_the_whole_list_and_the_database_counts_the_settled_custodies(
        register, alerts, clock):
    """The inbox's count, whatever its filters: what the whole list holds in each state, at every instant and
    after every action, for a user of every facility and of one; the custodies nothing moves (no action, no
    recurring series) are counted by the database alone."""
    from collections import Counter
    from sqlalchemy.orm import Session
    from register import queries
    from register.alerts import STATES
    from register.projection import judged_with

    def expected(service) -> dict[str, int]:
        listed = Counter(a.state for a in service.alerts(include_closed=True))  # records what came due first
        return {state: listed[state] for state in STATES}

    def settled() -> int:
        durations = [i for i, rule in enumerate(register.profile.rules) if rule.is_duration]
        with Session(register.engine) as session:
            return queries.stored_problem_count(session, judged_with(register.profile), clock.now(), durations,
                                                ("acknowledge", "refer", "close", "reopen"), None, "pros1")

    one_facility = register.as_user(Actor("pros2", "prosecutor", "Aigul Prosecutor", frozenset({"F-2"}))).alerts
    assert settled() > 0
    assert alerts.counts() == expected(alerts) and one_facility.counts() == expected(one_facility)
    alerts.acknowledge(RIGHTS)
    alerts.refer(PARENTS, "Juvenile affairs inspectorate", "No. 7")
    alerts.close(LATE_ENTRY, "seen")
    for hours in (0, 2, 80):  # a running clock falls due; the review deadlines pass
        clock.set(clock.now() + timedelta(hours=hours))
        counts = expected(alerts)
        assert alerts.counts() == counts and counts[CLOSED] == 1 and counts[REFERRED] == 1
        assert one_facility.counts() == expected(one_facility)


def test_custodies_with_an_allegation_are_found_by_their_stored_judgement(register, alerts, operator, clock):
    """Each write notes beside the custody's clocks whether its records (corrections applied) hold an
    allegation; the inbox finds those custodies by that note, and reads the examinations' and complaints' fields
    only of custodies whose stored judgement does not answer (written later than asked, another format)."""
    from sqlalchemy.orm import Session
    from register import queries
    from register.projection import judged_with

    def candidates(as_of) -> list[str]:
        with Session(register.engine) as session:
            return queries.allegation_candidates(session, judged_with(register.profile), as_of)

    exam = {"physician": "Dr Seitkali", "report_number": "M-9", "injuries": True, "non_medical_present": False}
    assert candidates(clock.now()) == []
    operator.records.record_event("C-2", "medical_exam", clock.now() - timedelta(hours=1), exam)
    examined = clock.now()
    assert candidates(examined) == ["C-2"]
    clock.advance(minutes=10)
    found = next(e for e in operator.reports.timeline("C-2").events if e.type == "medical_exam")
    operator.records.correct(found.id, "C-2", {"injuries": False}, "report misread")
    assert candidates(clock.now()) == [] and [a for a in alerts.alerts() if a.rule == "injuries-found"] == []
    assert candidates(examined) == ["C-2"]  # judged after that instant: its fields are read
    with register.engine.begin() as connection:  # judged with another profile or format: the same
        connection.execute(text("UPDATE clock_judgement SET judged_with = 'another'"))
    assert candidates(clock.now()) == ["C-2"]
    assert [a for a in alerts.alerts(as_of=examined) if a.rule == "injuries-found"] != []
