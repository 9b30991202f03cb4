"""Direct SQL changes to each table, made after dropping the triggers, are caught by verify."""
from __future__ import annotations

import pytest
from sqlalchemy import Integer, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from models import immutability
from models.orm import CHAINED_ROWS, IMMUTABLE_TABLES, Base
from register import accounts, store
from register.access import Actor
from register.keyfile import key_path
from register.services.whereabouts import Asker
from register.writing import in_write_transaction
from tests.core.lines import story
from tests.fast_hashing import fast_hashing  # noqa: F401

CHANGES = {
    "facility": "UPDATE facility SET designated = NOT designated WHERE id = 'F-1'",
    "person": "UPDATE person SET birth_date = NULL WHERE id = 'P-1'",
    "custody": "UPDATE custody SET grounds = 'nothing' WHERE id = 'C-1'",
    "event (changed)": "UPDATE event SET at = recorded_at WHERE id = 'E-2'",
    "event (removed)": "DELETE FROM event WHERE id = 'E-3'",
    "event (added)": "INSERT INTO event (id, custody_id, type, at, recorded_at, data, seq) "
                     "SELECT 'E-X', custody_id, 'release', at, recorded_at, data, 9999 FROM event WHERE id = 'E-4'",
    "chain_entry": "DELETE FROM chain_entry WHERE seq = (SELECT max(seq) FROM chain_entry)",
    "chain_head": "UPDATE chain_head SET seq = seq - 1",
    "access_log": "UPDATE access_log SET username = 'nobody'",
    "account_change": "UPDATE account_change SET role = 'monitor' WHERE username = 'root'",
    "user_account (role)": "UPDATE user_account SET role = 'prosecutor' WHERE username = 'duty1'",
    "user_account (password)": "UPDATE user_account SET password_hash = 'x' WHERE username = 'duty1'",
    "confidential_flag": "DELETE FROM confidential_flag",
    "inquiry": "UPDATE inquiry SET outcome = 'not_found', answer = 'not in the register'",
    "apprehension_report": "UPDATE apprehension_report SET place = 'somewhere else'",
    "complaint_action": "UPDATE complaint_action SET text = 'nothing to see here'",
}


@pytest.fixture
def full(register, operator):
    operator.records.import_lines(story())
    admin = register.as_user(accounts.create_first_admin(register, "root", "Root", "long password"))
    admin.accounts.create_account("duty1", "Duty One", "duty_officer", "long password")
    admin.accounts.create_account("pros", "Pros", "prosecutor", "long password")
    prosecutor = register.as_user(Actor("pros", "prosecutor"))
    prosecutor.confidential.set_flag("P-1", "complaint")
    complaint = prosecutor.records.record_event("C-1", "complaint", register.clock.now(),
                                                {"addressee": "Прокурор", "subject": "beaten", "body": "prosecutor"})
    prosecutor.complaints.answer(complaint.id, "an investigation was opened")
    prosecutor.reports.timeline("C-1")
    sister = Asker("Айгүл", "sister", "+7 701 000 00 00")
    prosecutor.whereabouts.answer(sister, "P-1", "en", "P-1")
    prosecutor.whereabouts.report_apprehension(sister, "Серік Болатов", None, "N 7654321", "Abai St",
                                               register.clock.now())
    in_write_transaction(register.engine, lambda session: store.append_side_record(session, "alert_action", {
        "alert_key": "C-1|delivery-3h|2026-01-05T05:00:00Z", "custody_id": "C-1", "rule": "delivery-3h",
        "action": "acknowledged", "at": register.clock.now(), "by": "pros", "comment": None, "referred_to": None,
        "reference": None}))
    admin.chain.checkpoint(key_path(register.url))  # records the register's signing key
    assert admin.chain.verify().intact
    return register


@pytest.fixture
def verifier(full):
    """Once the register has accounts, whoever checks it signs in: here its administrator."""
    return full.as_user(Actor("root", "admin"))


def _copy_of_a_row(table, kind: str) -> str:
    """INSERT ... SELECT of one existing row of `table` under a new id (and seq): a record of that kind
    written with SQL, behind the register."""
    columns = [column.name for column in table.columns]
    new = {"id": "id + 100000" if isinstance(table.c.id.type, Integer) else "'X' || id",
           "seq": "seq + 100000"}
    chosen = ", ".join(new.get(name, name) for name in columns)
    return (f"INSERT INTO {table.name} ({', '.join(columns)}) SELECT {chosen} FROM {table.name} "
            f"WHERE id = (SELECT min(id) FROM {table.name})")


@pytest.mark.parametrize("kind", list(CHAINED_ROWS))
def test_a_record_of_every_kind_written_behind_the_register_is_named(full, verifier, kind):
    table = CHAINED_ROWS[kind].__table__
    with Session(full.engine) as session:
        assert session.execute(text(f"SELECT count(*) FROM {table.name}")).scalar(), f"the fixture has no {kind}"
    with full.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)
        connection.execute(text(_copy_of_a_row(table, kind)))
    verdict = verifier.chain.verify()
    assert not verdict.intact
    assert verdict.bad_record.startswith(f"{kind} ") and "behind the register's back" in verdict.problem


@pytest.mark.parametrize("change", list(CHANGES))
def test_verify_names_what_was_changed(full, verifier, change):
    with full.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)  # the attacker's first move
        connection.execute(text(CHANGES[change]))
    verdict = verifier.chain.verify()
    assert not verdict.intact
    assert verdict.problem


@pytest.mark.parametrize("table", IMMUTABLE_TABLES)
@pytest.mark.parametrize("action", ["UPDATE {table} SET {column} = {column}", "DELETE FROM {table}"])
def test_with_the_triggers_in_place_the_database_refuses(full, verifier, table, action):
    with pytest.raises(DatabaseError, match="append-only"):
        with full.engine.begin() as connection:
            column = next(iter(Base.metadata.tables[table].columns)).name
            connection.execute(text(action.format(table=table, column=column)))
    assert verifier.chain.verify().intact
