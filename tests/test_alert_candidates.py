"""The alert inbox evaluates only the custodies the projection names as candidates, and finds exactly the
alerts that evaluating every clock of the register finds: as time passes without writes, for a user who
oversees some facilities only, for events dated after their recording, for rows from before
revision 0003, and after a change of rule profile."""
from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from models.orm import CustodyStateRow, ProjectionProfileRow
from register import queries
from register.access import Actor
from register.alerts import DEFAULT_ACKNOWLEDGE_WITHIN, Alert, AlertService, officers_concerned, sort_key
from register.judgement import AlertedCustody
from register.now import ManualClock
from register.opening import open_register
from register.projection import judged_with
from register.rules.profile import PROFILES_DIR
from register.synthetic import generate, write_jsonl
from tests.core.lines import event, lines, story

UTC = timezone.utc
END = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")


def alerts_from_every_clock(alerts: AlertService, as_of: datetime) -> list[Alert]:
    """The inbox as it was computed before the projection named candidates: every clock of the register."""
    reports = alerts._reports
    problems = [c for c in reports.fresh_breaches(as_of) if c.is_problem]
    custodies = {cid: AlertedCustody.of_timeline(reports.timeline(cid, log=False), alerts.profile)
                 for cid in dict.fromkeys(c.custody for c in problems)}
    histories = alerts._histories()
    facilities = alerts._facilities()
    judged = [(c, custodies[c.custody]) for c in problems]
    judged += [(c, custody) for custody, clocks in alerts._allegation_items(as_of) for c in clocks]  # not clocks
    with Session(alerts.register.engine) as session:
        recorded = queries.recorded_by(session, sorted({c.custody for c, _ in judged}))
    return sorted((alerts._alert(c, custody, histories, facilities, DEFAULT_ACKNOWLEDGE_WITHIN, as_of,
                                 officers_concerned(recorded.get(c.custody, ()), c)) for c, custody in judged),
                  key=sort_key)


def candidate_ids(register, as_of: datetime) -> set[str]:
    """The custodies the stored judgements name as candidates for the register's profile: a problem by
    `as_of`, or no judgement that answers for it (register/queries.judgement_standing)."""
    with Session(register.engine) as session:
        return {custody_id for custody_id, _ in
                queries.judgement_standing(session, judged_with(register.profile), as_of, problems_only=True)}


def judged_afresh(register, as_of: datetime) -> int:
    """How many of them have no stored judgement that answers for `as_of` (the inbox judges those in Python)."""
    with Session(register.engine) as session:
        return sum(not answers for _, answers in
                   queries.judgement_standing(session, judged_with(register.profile), as_of, problems_only=True))


def candidate_count(register, as_of: datetime) -> int:
    return len(candidate_ids(register, as_of))


@pytest.fixture
def clock():
    return ManualClock(END)


@pytest.fixture
def synthetic(register, operator):
    out = io.StringIO()
    write_jsonl(generate(7, 300, END - timedelta(days=3), END), out)
    operator.records.import_lines(out.getvalue().splitlines())
    return register


def test_the_candidates_give_the_alerts_of_every_clock_as_time_passes(synthetic, clock):
    alerts = synthetic.as_user(PROSECUTOR).alerts
    alerts.acknowledge(alerts.alerts()[0].key, "seen")
    seen = []
    for later in (timedelta(0), timedelta(minutes=50), timedelta(hours=3), timedelta(hours=26), timedelta(days=9)):
        clock.set(END + later)
        listed = alerts.alerts(include_closed=True)  # first: a refresh records escalations that came due
        expected = alerts_from_every_clock(alerts, clock.now())
        assert listed == expected
        seen.append(len(expected))
    assert seen == sorted(seen) and seen[0] < seen[-1]  # running clocks broke with no write in between
    assert candidate_count(synthetic, END + timedelta(minutes=50)) < 300  # not the whole register
    assert judged_afresh(synthetic, END + timedelta(days=9)) == 0  # every custody read from its stored clocks
    for earlier in (timedelta(hours=-30), timedelta(hours=-1)):  # before the rows were judged: all candidates
        assert alerts.alerts(END + earlier, include_closed=True) == alerts_from_every_clock(alerts, END + earlier)


def test_a_user_of_some_facilities_gets_the_alerts_of_every_clock_they_may_see(synthetic, clock):
    facilities = frozenset(f.id for f in synthetic.as_user(PROSECUTOR).board.facilities()[:4])
    alerts = synthetic.as_user(Actor("pros2", "prosecutor", "Aigul Prosecutor", facilities)).alerts
    clock.set(END + timedelta(hours=5))
    listed = alerts.alerts(include_closed=True)
    assert listed == alerts_from_every_clock(alerts, clock.now())
    assert 0 < len(listed) < len(synthetic.as_user(PROSECUTOR).alerts.alerts(include_closed=True))


def test_an_apprehension_dated_after_its_recording_is_watched_from_the_start(register, operator, clock):
    """Recorded at 06:00Z for 06:04Z (within the tolerance for a station's clock): judged at the write,
    the custody had no clock at all."""
    operator.records.import_lines(story())
    operator.records.import_lines(lines(
        event("E-90", "correction", "2026-01-05T06:00:00Z", recorded_at="2026-01-05T06:00:00Z", corrects="E-1",
              reason="the time was misread", changes={"at": "2026-01-05T06:04:00Z"}), header=False))
    alerts = register.as_user(PROSECUTOR).alerts
    for at in ("2026-01-05T06:02:00Z", "2026-01-05T06:30:00Z", "2026-01-05T09:05:00Z"):
        clock.set(datetime.fromisoformat(at))
        assert alerts.alerts(include_closed=True) == alerts_from_every_clock(alerts, clock.now())
    assert "C-1|rights-in-writing|2026-01-05T06:04:00Z" in {a.key for a in alerts.alerts()}


def test_rows_from_before_revision_0003_are_candidates_until_judged_once(synthetic, clock):
    with synthetic.engine.begin() as connection:
        connection.execute(update(CustodyStateRow).values(has_problem=False, judged_at=None))
    alerts = synthetic.as_user(PROSECUTOR).alerts
    clock.set(END + timedelta(hours=2))
    assert alerts.alerts(include_closed=True) == alerts_from_every_clock(alerts, clock.now())
    assert candidate_count(synthetic, clock.now()) < 300 and judged_afresh(synthetic, clock.now()) == 0
    clock.set(END + timedelta(hours=20))
    assert alerts.alerts(include_closed=True) == alerts_from_every_clock(alerts, clock.now())


def test_a_row_is_judged_at_its_write_or_at_its_latest_event_if_later(db_url, clock):
    """On both databases (the columns come from migration 0003): the story's last event, 07:05Z, lies
    after the import at 06:00Z."""
    register = open_register(db_url, clock)
    try:
        register.as_user(Actor.without_accounts()).records.import_lines(story())
        with Session(register.engine) as session:
            row = session.get(CustodyStateRow, "C-1")
        assert (row.has_problem, row.judged_at) == (True, datetime(2026, 1, 5, 7, 5, tzinfo=UTC))
    finally:
        register.close()


def test_after_a_change_of_rule_profile_the_inbox_judges_every_custody_until_the_projection_is_refreshed(
        synthetic, clock, tmp_path):
    """The delivery, record-of-arrest and rights limits shortened from 3 hours to 1: custodies the
    projection judged without a problem under the old profile now have one."""
    shorter = tmp_path / "kz-shorter.toml"
    shorter.write_text((PROFILES_DIR / "kz.toml").read_text(encoding="utf-8").replace(
        'figure = "PT3H"', 'figure = "PT1H"'), encoding="utf-8")
    clock.set(END + timedelta(minutes=30))
    changed = open_register(synthetic.url, clock, profile=str(shorter))
    try:
        service, alerts = changed.as_user(PROSECUTOR), changed.as_user(PROSECUTOR).alerts
        assert service.maintenance.projection_stale() and synthetic.as_user(PROSECUTOR).maintenance.projection_stale() is False
        expected = alerts_from_every_clock(alerts, clock.now())
        assert {a.clock.custody for a in expected} - candidate_ids(synthetic, clock.now())  # the old judgements' misses
        assert judged_afresh(changed, clock.now()) == 300
        assert alerts.alerts(include_closed=True) == expected

        assert service.maintenance.refresh_stale_projection() == 300
        assert not service.maintenance.projection_stale() and service.maintenance.refresh_stale_projection() is None
        assert alerts.alerts(include_closed=True) == expected and judged_afresh(changed, clock.now()) == 0
        assert synthetic.as_user(PROSECUTOR).maintenance.projection_stale()  # now judged with the other profile
    finally:
        changed.close()


def test_a_register_knows_its_projection_profile_from_the_start_and_not_after_an_upgrade(db_url, clock):
    register = open_register(db_url, clock)
    try:
        register.as_user(Actor.without_accounts()).records.import_lines(story())
        assert not register.as_user(PROSECUTOR).maintenance.projection_stale()
        with register.engine.begin() as connection:  # as revision 0004 leaves a register that had custodies
            connection.execute(delete(ProjectionProfileRow))
        assert register.as_user(PROSECUTOR).maintenance.projection_stale()
        assert register.as_user(Actor.without_accounts()).maintenance.rebuild_projection() == 1
        assert not register.as_user(PROSECUTOR).maintenance.projection_stale()
    finally:
        register.close()
