"""Fixtures shared by the whole suite: a real SQLite file and a real PostgreSQL server per test.

A test's new register is a copy of one migrated once per session (a file copy on SQLite, CREATE DATABASE ...
TEMPLATE on PostgreSQL), and the suite's files live in memory where there is room (tests/memory_disk.py):
docs/testing.md says what that saves.
"""
from __future__ import annotations

import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.memory_disk import use_memory_for_temporary_files  # noqa: E402

use_memory_for_temporary_files()  # before pytest picks the directory of tmp_path

# CI replays the same examples on every run (a submission must not fail by chance) and keeps no example
# database between runs; a local run keeps exploring new examples. A failure prints the blob that reproduces it.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("local", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "local"))

from models.engine import create_private_file, make_engine  # noqa: E402
from models.migrate import upgrade  # noqa: E402
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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """The databases a test made on the suite's server in its own body are dropped when it ends (those of
    fixtures are dropped by their fixtures): a run keeps a few, not hundreds, in memory."""
    server = item.funcargs.get("pg_server") if hasattr(item, "funcargs") else None
    before = len(server.made) if server else 0
    try:
        return (yield)
    finally:
        for url in server.made[before:] if server else ():
            server.drop_database(url)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A SQLite register file at this program's schema with no records, migrated once for the session."""
    path = tmp_path_factory.mktemp("template") / "register.db"
    create_private_file(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    assert not path.with_name("register.db-wal").exists(), "the template's last connection left its WAL"
    return path


@pytest.fixture
def sqlite_register_url(sqlite_template, tmp_path) -> str:
    """The URL of a new SQLite register with no records: what opening an empty file makes of it, owner-only."""
    path = tmp_path / "register.db"
    create_private_file(path)
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """The URL of a new register database with no records, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_register_url")
        return
    server = request.getfixturevalue("pg_server")
    url = server.new_register_database()
    yield url
    server.drop_database(url)


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
    """Where a SQLite register file may be made: nothing is there yet."""
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
