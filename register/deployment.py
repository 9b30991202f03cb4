"""Station tasks below the services: an online backup of a SQLite register.

What a shared PostgreSQL register's logins may do is set up by register/pg_security.py.
"""
from __future__ import annotations

from pathlib import Path

from register.access import Actor
from register.chain import Verdict
from register.opening import open_register
from register.service import OpenedRegister


class DeploymentError(RuntimeError):
    """A backup or a set-up step cannot be done; said in a sentence."""


def backup(register: OpenedRegister, target: str | Path, actor: Actor = Actor.without_accounts()) -> Verdict:
    """A consistent copy of a live SQLite register (other stations may keep writing); returns the copy's verdict,
    checked as `actor` (the signed-in account, once the register has accounts)."""
    if register.engine.dialect.name != "sqlite":
        raise DeploymentError(
            "a PostgreSQL register is backed up with the server's own tools, for example: "
            "pg_dump --format=custom --file=register.dump DBNAME (restore with pg_restore); "
            "keep the chain head printed by 'detention-register verify' with each dump")
    target = Path(target)
    if target.exists():
        raise DeploymentError(f"{target} already exists; a backup never overwrites a file")
    import sqlite3
    raw = register.engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)
        finally:
            destination.close()
    finally:
        raw.close()
    copy = open_register(f"sqlite:///{target}", register.clock, migrate=False)
    try:
        return copy.as_user(actor).chain.verify()
    finally:
        copy.close()
