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


def test_a_bulk_insert_into_sqlite_stores_instants_as_the_column_type_does(tmp_path):
    """The stored clocks go to SQLite through the driver's own executemany (a group action's write): the text
    stored for an instant is byte for byte what SQLAlchemy's column type stores, so every comparison of
    instants in SQL (due before, problem from) reads them alike; a naive instant is refused as before."""
    from datetime import datetime, timedelta, timezone

    import pytest
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    from models.orm import Base, CustodyClockRow
    from register import store

    almaty = timezone(timedelta(hours=5))
    rows = [{"custody_id": "C-1", "position": n, "rule": "protocol-3h", "rule_index": n, "status": "running",
             "severity": "breach", "trigger_at": datetime(2026, 1, 5, 10, 0, 7, 250, tzinfo=timezone.utc),
             "due_at": datetime(2026, 1, 5, 18 + n, 0, tzinfo=almaty), "met_at": None, "warn_at": None,
             "overdue_minutes": 0, "basis": "b", "details": None, "ended_at": None, "every_seconds": None}
            for n in range(3)]
    stored = []
    for name, insert in (("bulk", lambda s: store._insert(s, CustodyClockRow, rows)),
                         ("orm", lambda s: s.execute(CustodyClockRow.__table__.insert(), rows))):
        engine = create_engine(f"sqlite:///{tmp_path / name}.db")
        Base.metadata.create_all(engine, tables=[CustodyClockRow.__table__])
        with Session(engine) as session:
            insert(session)
            session.commit()
            stored.append(session.execute(text("SELECT * FROM custody_clock ORDER BY position")).all())
            assert [c.due_at for c in session.query(CustodyClockRow).order_by(CustodyClockRow.position)] == [
                r["due_at"] for r in rows]
        engine.dispose()
    assert stored[0] == stored[1] and stored[0][0][6] == "2026-01-05 10:00:07.000250"
    with pytest.raises(ValueError, match="naive"):
        store._insert(Session(create_engine("sqlite://")), CustodyClockRow,
                      [{**rows[0], "due_at": datetime(2026, 1, 5, 18, 0)}, rows[1]])
