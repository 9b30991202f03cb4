"""A station's write on PostgreSQL is sent as one pipeline (register.store.pipelined): a group intake large enough
that an import would COPY its rows is written whole, and chained as the chain says."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from register.access import Actor
from register.domain import Custody, Person
from register.opening import open_register
from register.services.board import BoardQuery
from tests.core.lines import FACILITY, lines

pytestmark = pytest.mark.postgres

APPREHENDED = datetime(2026, 1, 5, 6, 30, tzinfo=timezone.utc)
PEOPLE = 120  # 240 events, 120 persons and custodies, about a thousand stored clocks: past COPY's 200 rows


def test_a_group_intake_past_copys_threshold_is_written_whole(pg_server, clock):
    register = open_register(pg_server.new_database(), clock)
    register.as_user(Actor.without_accounts()).records.import_lines(lines(FACILITY))
    officer = register.as_user(Actor("duty", "duty_officer", "Duty"))
    intakes = []
    for n in range(PEOPLE):
        person = Person(f"P-{n}", f"Person {n}", date(1990, 1, 1), "male", "KZ", ("kk",))
        custody = Custody(f"C-{n}", person.id, "administrative", "Administrative Code art. 488", "police")
        intakes.append((person, custody, [
            officer.records.new_event(custody.id, "apprehension", APPREHENDED,
                                      {"place": "Republic Sq", "officers": ["sgt.ali"], "reason": "mass unrest"}),
            officer.records.new_event(custody.id, "arrival", APPREHENDED.replace(hour=7), {"facility": "F-1"})]))
    summary = officer.records.intake_many(intakes)
    assert summary.written == {"facility": 0, "person": PEOPLE, "custody": PEOPLE, "event": 2 * PEOPLE}
    operator = register.as_user(Actor.without_accounts())
    assert operator.board.count(BoardQuery(held_only=False)) == PEOPLE
    assert operator.chain.verify().intact
    register.close()
