"""Stored clock judgements on a real register, SQLite and PostgreSQL: `breaches` read from the clocks stored at
each custody's write gives exactly what judging every custody afresh gives, at instants drawn at random after
the write and before it; an insider who edits a stored clock or a board row behind the register's back is
named by `verify`."""
from __future__ import annotations

import gc
import io
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from models.orm import ClockJudgementRow, CustodyClockRow, CustodyStateRow
from register.access import Actor
from register.chain import STOP_CHECK_EVERY, VerificationStopped
from register.now import ManualClock
from register.opening import open_register
from register.synthetic import generate, write_jsonl

UTC = timezone.utc
END = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
OPERATOR = Actor.without_accounts()


def _synthetic_lines(seed: int, custodies: int, days: int) -> list[str]:
    out = io.StringIO()
    write_jsonl(generate(seed, custodies, END - timedelta(days=days), END), out)
    return out.getvalue().splitlines()


def _check_equal(url: str, seed: int, custodies: int, days: int, offsets: list[int]) -> None:
    clock = ManualClock(END)
    register = open_register(url, clock)
    try:
        service = register.as_user(OPERATOR)
        service.records.import_lines(_synthetic_lines(seed, custodies, days))
        for minutes in offsets:
            clock.set(END + timedelta(minutes=minutes))
            assert service.reports.breaches() == service.reports.fresh_breaches(), minutes
            earlier = END - timedelta(minutes=abs(minutes) % (days * 24 * 60))
            assert service.reports.breaches(earlier) == service.reports.fresh_breaches(earlier), earlier
        clock.set(END + timedelta(minutes=offsets[-1]))
        assert service.chain.verify().intact
    finally:
        register.close()


REGISTERS = dict(seed=st.integers(0, 10**6), custodies=st.integers(2, 25), days=st.integers(1, 20),
                 offsets=st.lists(st.integers(0, 40 * 24 * 60), min_size=1, max_size=4))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(**REGISTERS)
def test_stored_clocks_give_what_fresh_evaluation_gives_on_sqlite(seed, custodies, days, offsets):
    with tempfile.TemporaryDirectory() as directory:
        _check_equal(f"sqlite:///{Path(directory) / 'register.db'}", seed, custodies, days, offsets)


@pytest.mark.postgres
def test_stored_clocks_give_what_fresh_evaluation_gives_on_postgresql(pg_server):
    @settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(**REGISTERS)
    def check(seed, custodies, days, offsets):
        _check_equal(pg_server.new_database(), seed, custodies, days, offsets)
    check()


@pytest.fixture
def judged(sqlite_url):
    clock = ManualClock(END)
    register = open_register(sqlite_url, clock)
    register.as_user(OPERATOR).records.import_lines(_synthetic_lines(11, 40, 3))
    yield register
    register.close()


def test_an_insider_who_marks_a_stored_breach_as_met_is_named_by_verify(judged):
    with judged.engine.begin() as connection:
        custody_id, position = connection.execute(select(CustodyClockRow.custody_id, CustodyClockRow.position)
                                                  .where(CustodyClockRow.status == "breached").limit(1)).one()
        connection.execute(update(CustodyClockRow).where(CustodyClockRow.custody_id == custody_id,
                                                         CustodyClockRow.position == position)
                           .values(status="met", met_at=END - timedelta(days=1)))
    verdict = judged.as_user(OPERATOR).chain.verify()
    assert not verdict.intact
    assert [f.record for f in verdict.findings] == [f"custody {custody_id}"]
    assert "clocks stored for custody" in verdict.problem and custody_id in verdict.problem


def test_an_insider_who_clears_a_board_row_is_named_by_verify(judged):
    with judged.engine.begin() as connection:
        custody_id = connection.execute(select(CustodyStateRow.custody_id)
                                        .where(CustodyStateRow.has_problem.is_(True)).limit(1)).scalar_one()
        connection.execute(update(CustodyStateRow).where(CustodyStateRow.custody_id == custody_id)
                           .values(has_problem=False, next_due_at=None))
    verdict = judged.as_user(OPERATOR).chain.verify()
    assert not verdict.intact
    assert [f.record for f in verdict.findings] == [f"custody {custody_id}"]
    assert "board's row of custody" in verdict.problem


def test_the_inbox_reads_a_stored_clock_so_an_edit_shows_until_verify_names_it(judged):
    """What the stored path trusts: an edited clock changes `breaches`, and `breaches --fresh` does not."""
    service = judged.as_user(OPERATOR)
    with judged.engine.begin() as connection:
        custody_id = connection.execute(select(CustodyClockRow.custody_id)
                                        .where(CustodyClockRow.status == "breached").limit(1)).scalar_one()
        connection.execute(update(CustodyClockRow).where(CustodyClockRow.custody_id == custody_id,
                                                         CustodyClockRow.status == "breached")
                           .values(status="met", met_at=END - timedelta(days=1)))
    assert service.reports.breaches() != service.reports.fresh_breaches()
    assert {f.record for f in service.chain.verify().findings} == {f"custody {custody_id}"}


def test_stored_clocks_dated_before_the_custodys_last_event_are_named_by_verify(judged):
    """An insider who puts back an older judgement (or a writer that skipped storing one) leaves clocks older
    than the events they claim to judge; the readers would still trust them, so verify names them."""
    with judged.engine.begin() as connection:
        custody_id = connection.execute(select(ClockJudgementRow.custody_id).limit(1)).scalar_one()
        connection.execute(update(ClockJudgementRow).where(ClockJudgementRow.custody_id == custody_id)
                           .values(judged_at=END - timedelta(days=30)))
        connection.execute(update(CustodyStateRow).where(CustodyStateRow.custody_id == custody_id)
                           .values(judged_at=END - timedelta(days=30)))
    verdict = judged.as_user(OPERATOR).chain.verify()
    assert "judged before its latest event" in verdict.problem and custody_id in verdict.problem


def test_a_verify_asked_to_stop_stops_while_re_judging(judged):
    """A closing window cancels verify; after the chain, the re-judging of every custody stops too."""
    service = judged.as_user(OPERATOR)
    head = service.chain.head().seq
    asked = []

    def keep_going() -> bool:  # yes for as long as the chain is being checked, then no
        asked.append(True)
        return len(asked) <= head // STOP_CHECK_EVERY + 1

    with pytest.raises(VerificationStopped):
        service.chain.verify(keep_going)


@pytest.mark.parametrize("collecting", [True, False])
def test_verify_leaves_the_cycle_collector_as_it_found_it(judged, collecting):
    """The re-judging pauses Python's cycle collector; the desktop keeps it off for good (ui/desktop/collector.py),
    so verify in its worker thread must not switch it back on."""
    was = gc.isenabled()
    (gc.enable if collecting else gc.disable)()
    try:
        assert judged.as_user(OPERATOR).chain.verify().intact
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
