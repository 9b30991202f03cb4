"""Upgrading a register written by an earlier version: the schema moves to the newest revision, nothing
recorded is lost, and a SQLite file is first copied aside."""
from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

from models.engine import make_engine
from models.migrate import _config, current_revision, head_revision
from register.access import Actor
from register.opening import open_register
from tests.core.lines import story


def test_a_sqlite_register_at_an_earlier_revision_is_backed_up_then_upgraded(tmp_path, clock):
    database = tmp_path / "register's.db"  # an apostrophe in the path, as a user's folder may have
    engine = make_engine(f"sqlite:///{database}")
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    engine.dispose()

    register = open_register(f"sqlite:///{database}", clock)
    try:
        assert current_revision(register.engine) == head_revision()
        register.as_user(Actor.without_accounts()).records.import_lines(story())
        assert register.as_user(Actor.without_accounts()).chain.verify().intact
    finally:
        register.close()
    backups = list(tmp_path.glob("register's.db.before-upgrade-*"))
    assert len(backups) == 1
    copy = create_engine(f"sqlite:///{backups[0]}")
    with copy.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0003"
    copy.dispose()
