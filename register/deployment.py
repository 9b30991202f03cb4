"""Station tasks below the services: an online backup of a SQLite register.

What a shared PostgreSQL register's logins may do is set up by register/pg_security.py.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from models.engine import create_private_file
from register.access import Actor
from register.chain import Verdict
from register.errors import BadInput
from register.faults import RegisterUnavailable

if TYPE_CHECKING:
    from register.service import OpenedRegister


class DeploymentError(BadInput):
    """A backup or a set-up step cannot be done as asked."""


class BackupNotWritten(RegisterUnavailable):
    """The copy could not be written where asked (no such folder, no room, no permission): status 3."""


def backup(register: OpenedRegister, target: str | Path, actor: Actor = Actor.without_accounts()) -> Verdict:
    """A consistent copy of a live SQLite register (other stations may keep writing); returns the copy's verdict,
    checked as `actor` (the signed-in account, once the register has accounts)."""
    if register.engine.dialect.name != "sqlite":
        raise DeploymentError("backup-postgres")
    target = Path(target)
    if target.exists():
        raise DeploymentError("backup-exists", path=str(target))
    if not target.parent.is_dir():
        raise BackupNotWritten("backup-no-folder", path=str(target.parent))
    import sqlite3

    from register.opening import open_register  # the services import this module's neighbours: not at import
    raw = register.engine.raw_connection()
    try:
        create_private_file(target)  # the copy holds the same people as the register: owner only
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)
        finally:
            destination.close()
    except KeyboardInterrupt:  # Ctrl+C: no half copy that looks like a backup
        target.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error):
        target.unlink(missing_ok=True)
        raise BackupNotWritten("backup-not-written", path=str(target)) from None
    finally:
        raw.close()
    copy = open_register(f"sqlite:///{target}", register.clock, migrate=False)
    try:
        return copy.as_user(actor).chain.verify()
    finally:
        copy.close()
