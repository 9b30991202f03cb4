"""Fixtures shared by the whole suite: a real SQLite file and a real PostgreSQL server per test."""
from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same examples on every run (a submission must not fail by chance) and keeps no example
# database between runs; a local run keeps exploring new examples. A failure prints the blob that reproduces it.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("local", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "local"))

from register.access import Actor  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from tests.pgserver import PostgresServer  # noqa: E402

T0 = datetime(2026, 1, 5, 5, 0, tzinfo=timezone.utc)  # 10:00 in Almaty (UTC+05:00)


@pytest.fixture(scope="session")
def pg_server():
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """The URL of an empty register database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'register.db'}"
    return request.getfixturevalue("pg_server").new_database()


@pytest.fixture(autouse=True)
def checkpoint_key(tmp_path, monkeypatch):
    """Each test's register signs its checkpoints with a key of its own, never one in the user's data directory."""
    path = tmp_path / "checkpoint-key"
    monkeypatch.setenv("DETENTION_REGISTER_KEY", str(path))
    return path


@pytest.fixture(autouse=True)
def witness_store_directory(tmp_path, monkeypatch):
    """Each test's desktop keeps its witnessed checkpoints in a directory of its own, never the user's."""
    path = tmp_path / "witness"
    monkeypatch.setenv("DETENTION_REGISTER_WITNESS_DIR", str(path))
    return path


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'register.db'}"


@pytest.fixture
def clock():
    return ManualClock(T0.replace(hour=12))


@pytest.fixture
def register(db_url, clock):
    opened = open_register(db_url, clock)
    yield opened
    opened.close()


@pytest.fixture
def operator(register):
    """Whoever works on a register without accounts: may import, export and verify (until it has accounts)."""
    return register.as_user(Actor.without_accounts())
