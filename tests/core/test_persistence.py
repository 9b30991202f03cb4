"""The store keeps aware UTC instants and refuses to change what was written."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError, StatementError

from tests.core.lines import story


def test_instants_come_back_as_aware_utc(operator):
    operator.records.import_lines(story())
    arrival = operator.reports.timeline("C-1").first("arrival")
    assert arrival.at == datetime(2026, 1, 5, 6, 10, tzinfo=timezone.utc)
    assert arrival.at.utcoffset() == timedelta(0)


def test_a_naive_instant_is_refused_by_the_column_type(register):
    from sqlalchemy.orm import Session

    from models.orm import AccessLogRow
    with Session(register.engine) as session, pytest.raises(StatementError, match="naive datetime refused"):
        session.add(AccessLogRow(id=1, at=datetime(2026, 1, 5, 10, 0), username="u", action="open",
                                 subject="x", seq=1))
        session.flush()


def test_almaty_offset_is_plus_five_after_march_2024(operator):
    """Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024; the bundled tzdata must know it."""
    before = datetime(2024, 2, 29, 12, 0, tzinfo=ZoneInfo("Asia/Almaty"))
    after = datetime(2024, 3, 2, 12, 0, tzinfo=ZoneInfo("Asia/Almaty"))
    assert before.utcoffset() == timedelta(hours=6)
    assert after.utcoffset() == timedelta(hours=5)


@pytest.mark.parametrize("statement", [
    "UPDATE event SET recorded_by = 'someone else' WHERE id = 'E-1'",
    "DELETE FROM event WHERE id = 'E-2'",
    "UPDATE chain_entry SET hash = 'x' WHERE seq = 1",
    "DELETE FROM person WHERE id = 'P-1'",
])
def test_the_database_refuses_to_change_or_delete_records(operator, register, statement):
    operator.records.import_lines(story())
    with pytest.raises(DatabaseError, match="append-only"):
        with register.engine.begin() as connection:
            connection.execute(text(statement))
    assert operator.chain.verify().intact


def test_foreign_keys_are_enforced(operator, register):
    operator.records.import_lines(story())
    with pytest.raises(IntegrityError):
        with register.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO custody (id, person_id, procedural_status, grounds, ordering_authority) "
                "VALUES ('C-X', 'nobody', 'suspect', 'g', 'o')"))


def test_init_is_idempotent_and_keeps_data(db_url, clock):
    from register.access import Actor
    from register.opening import open_register
    first = open_register(db_url, clock)
    first.as_user(Actor.without_accounts()).records.import_lines(story())
    first.close()
    again = open_register(db_url, clock)
    assert again.as_user(Actor.without_accounts()).reports.timeline("C-1") is not None
    again.close()
