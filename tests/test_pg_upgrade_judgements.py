"""Upgrading a secured PostgreSQL register to stored clock judgements needs no administrator's `rebuild`: the
owner's `init` judges every custody again, and each role's own login then reads the stored clocks (and its
desktop's start-up finds nothing to judge again, which a login may not do on a secured register)."""
from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from models.orm import ClockJudgementRow, CustodyClockRow, ProjectionProfileRow
from register import pg_security, queries
from register.access import Actor
from register.opening import open_register
from register.projection import judged_with
from tests.test_pg_security import PASSWORD, owner_role, secured  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres
PROSECUTOR = Actor("prosecutor", "prosecutor")
OFFICER = Actor("officer_a", "duty_officer", facilities=frozenset({"F-1"}))


def as_upgraded_from_before_stored_clocks(owner_url: str, clock) -> None:
    """What revision 0010 leaves of a register the earlier program judged: no stored clocks, and the board's
    rows recorded as judged in the earlier projection format (2) with the same profile."""
    register = open_register(owner_url, clock)
    try:
        earlier = hashlib.sha256(f"{register.profile.fingerprint}/2".encode()).hexdigest()
        with register.engine.begin() as connection:
            connection.execute(delete(CustodyClockRow))
            connection.execute(delete(ClockJudgementRow))
            connection.execute(update(ProjectionProfileRow).values(fingerprint=earlier))
    finally:
        register.close()


def judged_afresh(register, as_of) -> int:
    """Custodies the login may see whose stored judgement does not answer (breaches judges those in Python)."""
    with Session(register.engine) as session:
        return sum(not answers for _, answers in queries.judgement_standing(session, judged_with(register.profile),
                                                                            as_of))


def test_after_the_owners_upgrade_every_login_reads_stored_clocks_without_a_rebuild(secured, clock):
    as_upgraded_from_before_stored_clocks(secured, clock)
    prosecutor = open_register(pg_security.login_url(secured, "prosecutor", PASSWORD), clock)
    officer = open_register(pg_security.login_url(secured, "officer_a", PASSWORD), clock)
    try:
        reader = prosecutor.as_user(PROSECUTOR)
        assert reader.maintenance.projection_stale() and judged_afresh(prosecutor, clock.now()) == 2

        owner = open_register(secured, clock)  # `init`, as the owner, after the program's upgrade
        try:
            assert owner.judge_again_if_stale() == 2
            assert owner.judge_again_if_stale() is None
        finally:
            owner.close()

        assert not reader.maintenance.projection_stale()
        assert reader.maintenance.refresh_stale_projection() is None  # the desktop's start-up: nothing to do
        clock.set(clock.now() + timedelta(days=3))
        assert judged_afresh(prosecutor, clock.now()) == 0
        assert reader.reports.breaches() == reader.reports.fresh_breaches()

        station = officer.as_user(OFFICER)
        station.records.record_event("C-1", "placement", clock.now() - timedelta(hours=1), {"location": "Cell 4"})
        assert judged_afresh(officer, clock.now()) == 0  # the officer's write stored its custody's clocks
        assert station.reports.breaches() == station.reports.fresh_breaches()
        assert reader.reports.breaches() == reader.reports.fresh_breaches()
        assert reader.chain.verify().intact
    finally:
        prosecutor.close()
        officer.close()


def test_before_the_owners_upgrade_a_logins_desktop_starts_and_reads_fresh_clocks(secured, clock):
    """A login may not rewrite the board's rows of custodies it cannot see, so its desktop's start-up leaves
    the judging again to the owner's `init` instead of failing the chain check; meanwhile breaches are judged
    afresh, and are right."""
    as_upgraded_from_before_stored_clocks(secured, clock)
    prosecutor = open_register(pg_security.login_url(secured, "prosecutor", PASSWORD), clock)
    try:
        reader = prosecutor.as_user(PROSECUTOR)
        assert reader.maintenance.refresh_stale_projection() is None
        assert reader.maintenance.projection_stale()
        assert reader.reports.breaches() == reader.reports.fresh_breaches()
        assert reader.chain.verify().intact
    finally:
        prosecutor.close()
