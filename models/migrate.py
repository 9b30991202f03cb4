"""Schema creation and upgrades (Alembic), with a backup of a SQLite file before it changes."""
from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from models.engine import create_private_file

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def is_known_revision(revision: str) -> bool:
    """False for a revision this program does not have: a newer program wrote the register."""
    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except CommandError:  # "Can't locate revision identified by ..."
        return False


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest revision; idempotent. Returns True when anything changed."""
    current = current_revision(engine)
    if current == head_revision():
        return False
    if current is not None:
        _backup_sqlite(engine)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


def _backup_sqlite(engine: Engine) -> Path | None:
    """Copy the SQLite file aside before a schema upgrade touches it."""
    if engine.dialect.name != "sqlite" or not engine.url.database or engine.url.database == ":memory:":
        return None
    source = Path(engine.url.database)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = source.with_name(f"{source.name}.before-upgrade-{stamp}")
    create_private_file(target)  # the copy holds the same people as the register: owner only
    with engine.connect() as connection:
        # On the driver's own connection: through SQLAlchemy the statement would open a transaction
        # first (models.engine emits BEGIN), and SQLite cannot VACUUM inside one.
        connection.connection.driver_connection.execute("VACUUM INTO ?", (str(target),))
    return target


def generate_revision(message: str, engine: Engine) -> None:
    """For developers: autogenerate a migration against a database at head."""
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)
