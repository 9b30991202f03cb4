"""Stations on PostgreSQL check and judge their writes before they wait for the chain's lock: two stations
releasing the same custody at the same instant still get one release written and one refused, two registering
one new person write it once, and a refused write is told at once, without waiting for the writer that holds
the lock. Another writer in the middle of its append is a connection holding the chain head's row lock."""
from __future__ import annotations

import threading
import time
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import create_engine, text

from register.access import Actor
from register.domain import Custody, Person
from register.errors import Rejected
from register.opening import open_register
from tests.core.lines import story

pytestmark = pytest.mark.postgres

RELEASED = datetime(2026, 1, 5, 11, 0, tzinfo=timezone.utc)
APPREHENDED = datetime(2026, 1, 5, 6, 30, tzinfo=timezone.utc)


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


def test_two_stations_registering_one_new_person_at_once_write_the_person_once(pg_url, clock):
    setup = open_register(pg_url, clock)
    operator = setup.as_user(Actor.without_accounts())
    operator.records.import_lines(story())
    stations = [open_register(pg_url, clock) for _ in range(2)]
    officers = [s.as_user(Actor(f"duty{n}", "duty_officer", f"Duty {n}")) for n, s in enumerate(stations)]
    person = Person("P-9", "Айгерім Нұрланқызы", date(1995, 3, 1), "female", "KZ", ("kk",))

    def intake(officer, custody_id: str):
        custody = Custody(custody_id, "P-9", "administrative", "Administrative Code art. 488", "police")
        events = [officer.records.new_event(custody_id, "apprehension", APPREHENDED,
                                            {"place": "Republic Sq", "officers": ["sgt.ali"], "reason": "unrest"}),
                  officer.records.new_event(custody_id, "arrival", APPREHENDED.replace(hour=7), {"facility": "F-1"})]
        return officer.records.intake(person, custody, events)

    holder = ChainHolder(pg_url)
    try:
        runs = [in_thread(lambda o=o, c=c: intake(o, c)) for o, c in zip(officers, ("C-a", "C-b"))]
        wait_for(lambda: holder.waiting() == 2)  # both found P-9 free and wait for the chain
    finally:
        holder.let_go()
    for thread, _ in runs:
        thread.join(timeout=60)
    outcomes = [outcome for _, outcome in runs]
    assert all("result" in o for o in outcomes), outcomes  # the second finds P-9 stored as it would write it
    assert sorted(o["result"].written["person"] for o in outcomes) == [0, 1]
    assert {operator.reports.timeline(c, log=False).person.id for c in ("C-a", "C-b")} == {"P-9"}
    assert operator.chain.verify().intact
    for register in (setup, *stations):
        register.close()
