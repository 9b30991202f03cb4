"""Direct SQL changes to each table, made after dropping the triggers, are caught by verify."""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from models import immutability
from models.orm import IMMUTABLE_TABLES
from register import accounts
from register.access import Actor
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
}


@pytest.fixture
def full(register, operator):
    operator.records.import_lines(story())
    admin = accounts.create_first_admin(register, "root", "Root", "long password")
    register.as_user(admin).accounts.create_account("duty1", "Duty One", "duty_officer", "long password")
    prosecutor = register.as_user(Actor("pros", "prosecutor"))
    prosecutor.confidential.set_flag("P-1", "complaint")
    prosecutor.reports.timeline("C-1")
    assert operator.chain.verify().intact
    return register


@pytest.mark.parametrize("change", list(CHANGES))
def test_verify_names_what_was_changed(full, operator, change):
    with full.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)  # the attacker's first move
        connection.execute(text(CHANGES[change]))
    verdict = operator.chain.verify()
    assert not verdict.intact
    assert verdict.problem


@pytest.mark.parametrize("statement", ["UPDATE event SET recorded_by = 'x'", "DELETE FROM event",
                                       "UPDATE account_change SET role = 'admin'", "DELETE FROM confidential_flag"])
def test_with_the_triggers_in_place_the_database_refuses(full, operator, statement):
    with pytest.raises(DatabaseError, match="append-only"):
        with full.engine.begin() as connection:
            connection.execute(text(statement))
    assert operator.chain.verify().intact
