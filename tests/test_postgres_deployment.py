"""A shared PostgreSQL register: stations connect as a role that may add records but never change them."""
from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from register.access import Actor
from register.deployment import grant_application_role
from register.opening import open_register
from tests.core.lines import story
from ui.cli import main

pytestmark = pytest.mark.postgres
ROLE = "register_app"


@pytest.fixture
def deployment(pg_server, clock):
    """The owner creates the schema and the grants; returns (owner URL, station URL)."""
    owner = pg_server.new_database()
    open_register(owner, clock).close()
    grant_application_role(owner, ROLE, "station-secret")
    station = make_url(owner).set(username=ROLE, password="station-secret")
    return owner, station.render_as_string(hide_password=False)


def test_a_station_records_and_reads_as_the_application_role(deployment, clock):
    _, station_url = deployment
    station = open_register(station_url, clock)
    operator = station.as_user(Actor.without_accounts())
    operator.records.import_lines(story())
    operator.records.record_event("C-1", "placement", datetime(2026, 1, 5, 8, tzinfo=timezone.utc), {"location": "Cell 2"})
    operator.reports.timeline("C-1")
    assert operator.chain.verify().intact
    station.close()


@pytest.mark.parametrize("statement", [
    "UPDATE event SET recorded_by = 'someone else'",
    "DELETE FROM event",
    "UPDATE chain_entry SET hash = 'x'",
    "DELETE FROM access_log",
    "UPDATE account_change SET role = 'admin'",
    "TRUNCATE event CASCADE",
])
def test_the_database_refuses_changes_by_permission_before_any_trigger(deployment, clock, statement):
    _, station_url = deployment
    station = open_register(station_url, clock)
    station.as_user(Actor.without_accounts()).records.import_lines(story())
    with pytest.raises(ProgrammingError, match="permission denied"):
        with station.engine.begin() as connection:
            connection.execute(text(statement))
    station.close()


def test_setup_is_repeatable_and_refuses_sqlite(deployment, sqlite_url, monkeypatch, capsys):
    owner, _ = deployment
    monkeypatch.setattr("sys.stdin", io.StringIO("station-secret\n"))
    assert main(["--db", owner, "setup-postgres", "--role", ROLE]) == 0
    assert "register_app" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert main(["--db", sqlite_url, "setup-postgres"]) == 2
    assert "postgresql" in capsys.readouterr().err
