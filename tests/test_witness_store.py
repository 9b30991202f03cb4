"""The witness's desktop store plays against the insider: whoever runs the database rewrites history (every hash
and the whole tree recomputed, or a register rebuilt from an edited export), and the prosecutor's or monitor's
own store of what they saw names the first size the register no longer extends. The store reaches the register
through its services only, as the desktop does."""
from __future__ import annotations

import json
import shutil
from datetime import timedelta

import pytest
from sqlalchemy import text

from models import immutability
from models.orm import IMMUTABLE_TABLES
from register import chain, witness
from register.opening import open_register
from tests.core.lines import CUSTODY, EVENTS, FACILITY, FACILITY_2, PERSON, lines
from tests.test_insider import _rewrite_history


def _look(store, service, clock):
    clock.advance(minutes=5)
    return witness.witness(store, service.witness, clock.now())


def _witnessed_twice(operator, register, clock):
    """The witness signs in after the facilities are entered and again after the custody's events."""
    store = witness.store_for(register.url)
    operator.records.import_lines(lines(FACILITY, FACILITY_2))
    first = _look(store, operator, clock)
    operator.records.import_lines(lines(PERSON, CUSTODY, *EVENTS))
    second = _look(store, operator, clock)
    assert first.departure is None and second.departure is None
    sizes = [entry.observation.size for entry in store.kept()]
    return store, sizes


def test_an_honest_register_extends_every_look_and_the_store_is_the_witness_own(operator, register, clock):
    store, sizes = _witnessed_twice(operator, register, clock)
    later = _look(store, operator, clock)
    assert later.departure is None and later.alarm is None
    assert sizes[0] < sizes[1] and len(store.kept()) == 3
    assert store.path.stat().st_mode & 0o077 == 0  # the witness's own file: no one else reads or edits it
    assert store.path.is_relative_to(witness.store_directory())


def test_the_desktop_store_reports_a_rewritten_history_and_names_the_first_differing_size(operator, register,
                                                                                         clock):
    store, (before_person, after_events) = _witnessed_twice(operator, register, clock)
    later = operator.reports.timeline("C-1", log=False).apprehension.at + timedelta(hours=2)
    with register.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)
        connection.execute(text("UPDATE event SET at = :at WHERE id = 'E-1'"),
                           {"at": later.replace(tzinfo=None) if register.engine.dialect.name == "sqlite" else later})
    _rewrite_history(register)
    with register.engine.begin() as connection:
        immutability.install(connection, IMMUTABLE_TABLES)
    assert operator.chain.verify().intact  # the register alone is fooled

    result = _look(store, operator, clock)
    assert result.departure is not None
    assert result.departure.first_size == after_events  # the first look that saw E-1 as it was
    assert result.departure.agreed_size == before_person  # the facilities, entered before, still stand
    assert result.alarm == result.departure
    assert store.alarm() == result.departure  # the alarm stays in the witness's file
    again = _look(store, operator, clock)  # the next sign-in says it again, and keeps the first alarm
    assert again.departure.first_size == after_events and again.alarm == result.departure


def test_a_register_rebuilt_from_an_edited_export_departs_at_once(operator, register, clock, tmp_path):
    if register.engine.dialect.name != "sqlite":
        pytest.skip("the insider swaps the register's file; a PostgreSQL rebuild is the insider test's")
    store, (before_person, _) = _witnessed_twice(operator, register, clock)
    edited = []
    for line in operator.chain.export_lines():
        data = json.loads(line)
        if data.get("record") == "chain":
            continue
        if data.get("id") == "E-1":
            data["at"] = "2026-01-05T06:00:00Z"
        edited.append(json.dumps({k: v for k, v in data.items() if k not in chain.CHAIN_FIELDS}))
    rebuilt_path = tmp_path / "rebuilt.db"
    rebuilt = open_register(f"sqlite:///{rebuilt_path}", clock)
    rebuilt.as_user(operator.actor).records.import_lines(edited)
    rebuilt.close()
    register.close()
    shutil.copy(rebuilt_path, register.url.removeprefix("sqlite:///"))  # the insider swaps the file
    swapped = open_register(register.url, clock)
    try:
        result = _look(store, swapped.as_user(operator.actor), clock)
    finally:
        swapped.close()
    assert result.departure is not None and result.departure.first_size == before_person
    assert result.departure.agreed_size is None


def test_a_register_that_lost_entries_departs_at_the_size_it_no_longer_has(operator, register, clock):
    store, (_, after_events) = _witnessed_twice(operator, register, clock)
    with register.engine.begin() as connection:  # the insider removes the newest entries and the tree above them
        immutability.remove(connection, IMMUTABLE_TABLES)
        last = connection.execute(text("SELECT max(seq) FROM chain_entry")).scalar()
        keep = after_events - 3
        for table in ("access_log", "event"):
            connection.execute(text(f"DELETE FROM {table} WHERE seq > :keep"), {"keep": keep})
        connection.execute(text("DELETE FROM chain_entry WHERE seq > :keep"), {"keep": keep})
        connection.execute(text("UPDATE chain_head SET seq = :keep, hash = (SELECT hash FROM chain_entry "
                                "WHERE seq = :keep)"), {"keep": keep})
        connection.execute(text("DELETE FROM merkle_node"))
        immutability.install(connection, IMMUTABLE_TABLES)
    assert last > keep
    from sqlalchemy.orm import Session

    from register import store as register_store
    with Session(register.engine) as session, session.begin():
        register_store.build_tree(session)
    result = _look(store, operator, clock)
    assert result.departure is not None and result.departure.first_size == after_events
    assert result.departure.register_size == keep
