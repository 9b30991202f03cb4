"""Stations on PostgreSQL check and judge their writes before they wait for the chain's lock: two stations
releasing the same custody at the same instant still get one release written and one refused, and a refused
write is told at once, without waiting for the writer that holds the lock."""
from __future__ import annotations

import threading
import time
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, text

from register.access import Actor
from register.errors import Rejected
from register.opening import open_register
from tests.core.lines import story

pytestmark = pytest.mark.postgres

RELEASED = datetime(2026, 1, 5, 11, 0, tzinfo=timezone.utc)


@pytest.fixture
def pg_url(pg_server):
    return pg_server.new_database()


class ChainHolder:
    """Another writer in the middle of its append: holds the chain head's row lock until let go."""

    def __init__(self, url: str):
        self.engine = create_engine(url)
        self.connection = self.engine.connect()
        self.connection.execute(text("SELECT seq FROM chain_head WHERE id = 1 FOR UPDATE"))

    def waiting(self) -> int:
        """How many other sessions wait for a lock."""
        with self.engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                           "AND datname = current_database()")).scalar()

    def let_go(self) -> None:
        self.connection.rollback()
        self.connection.close()
        self.engine.dispose()


def in_thread(work) -> tuple[threading.Thread, dict]:
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # noqa: BLE001 - the test reads it
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_two_stations_releasing_one_custody_at_once_write_one_release(pg_url, clock):
    setup = open_register(pg_url, clock)
    operator = setup.as_user(Actor.without_accounts())
    operator.records.import_lines(story())
    stations = [open_register(pg_url, clock) for _ in range(2)]  # each its own engine and connections
    officers = [s.as_user(Actor(f"duty{n}", "duty_officer", f"Duty {n}")) for n, s in enumerate(stations)]
    holder = ChainHolder(pg_url)
    try:
        runs = [in_thread(lambda o=o: o.records.record_event("C-1", "release", RELEASED, {"reason": "no grounds"}))
                for o in officers]
        # Both have checked their release against a custody not yet released and wait for the chain.
        wait_for(lambda: holder.waiting() == 2)
    finally:
        holder.let_go()
    for thread, _ in runs:
        thread.join(timeout=60)
    outcomes = [outcome for _, outcome in runs]
    written = [o["result"] for o in outcomes if "result" in o]
    refused = [o["error"] for o in outcomes if "error" in o]
    assert len(written) == 1 and len(refused) == 1, outcomes
    assert isinstance(refused[0], Rejected)
    assert [p.message.code for p in refused[0].problems] == ["after-release"]
    timeline = operator.reports.timeline("C-1", log=False)
    assert [e.id for e in timeline.events if e.type == "release"] == [written[0].id]
    assert operator.chain.verify().intact
    for register in (setup, *stations):
        register.close()


def test_a_refused_write_does_not_wait_for_the_writer_holding_the_chain(pg_url, clock):
    setup = open_register(pg_url, clock)
    setup.as_user(Actor.without_accounts()).records.import_lines(story())
    station = open_register(pg_url, clock)
    officer = station.as_user(Actor("duty", "duty_officer", "Duty"))
    holder = ChainHolder(pg_url)
    try:
        thread, outcome = in_thread(lambda: officer.records.record_event(
            "C-1", "placement", datetime(2026, 1, 1, tzinfo=timezone.utc), {"location": "Cell 9"}))
        thread.join(timeout=30)
        assert not thread.is_alive(), "the refusal waited for the chain's lock"
        assert isinstance(outcome.get("error"), Rejected), outcome
        thread, outcome = in_thread(lambda: officer.records.record_event(
            "C-1", "placement", RELEASED, {"location": "Cell 9"}))
        wait_for(lambda: holder.waiting() == 1)  # a write that passes its checks waits to be appended
        assert thread.is_alive() and not outcome
    finally:
        holder.let_go()
    thread.join(timeout=60)
    assert "result" in outcome, outcome
    assert setup.as_user(Actor.without_accounts()).chain.verify().intact
    station.close()
    setup.close()
