"""Station tasks below the services: an online backup of a SQLite register, and PostgreSQL grants.

The application role of a shared PostgreSQL register may add records but never
change or remove them: the database's permissions refuse UPDATE and DELETE on
the evidence tables before the append-only triggers are even asked.
"""
from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import inspect

from models.engine import make_engine
from register.access import Actor
from register.chain import Verdict
from register.opening import open_register
from register.service import OpenedRegister

# Tables the application changes in place: the chain's head, the rebuildable board projection (and the profile
# that judged it), and accounts' sign-in bookkeeping. Everything else is insert-only.
UPDATABLE = {"chain_head": "SELECT, INSERT, UPDATE", "custody_state": "SELECT, INSERT, UPDATE, DELETE",
             "projection_profile": "SELECT, INSERT, DELETE",
             "user_account": "SELECT, INSERT, UPDATE"}
_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


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


def grant_application_role(url: str, role: str, password: str) -> list[str]:
    """Create (or update) the login role stations use, with INSERT and SELECT only on the evidence tables.

    Run as the owner of the register's tables after every schema upgrade; returns the tables granted.
    """
    if not _ROLE.match(role):
        raise DeploymentError("a role name is lower-case letters, digits and underscores, starting with a letter")
    if not password:
        raise DeploymentError("the application role needs a password")
    engine = make_engine(url)
    try:
        if engine.dialect.name != "postgresql":
            raise DeploymentError("setup-postgres needs a postgresql+psycopg:// URL of the register's owner")
        from psycopg import sql
        tables = sorted(inspect(engine).get_table_names())
        if "chain_entry" not in tables:
            raise DeploymentError("the register's schema is not there yet: run 'detention-register init' first")
        raw = engine.raw_connection()
        try:
            connection = raw.driver_connection
            with connection.cursor() as cursor:
                exists = cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
                verb = "ALTER" if exists else "CREATE"
                cursor.execute(sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(role), sql.Literal(password)))
                cursor.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    sql.Identifier(connection.info.dbname), sql.Identifier(role)))
                cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(sql.Identifier(role)))
                for table in tables:
                    rights = UPDATABLE.get(table, "SELECT" if table == "alembic_version" else "SELECT, INSERT")
                    cursor.execute(sql.SQL("REVOKE ALL ON TABLE {} FROM {}").format(
                        sql.Identifier(table), sql.Identifier(role)))
                    cursor.execute(sql.SQL("GRANT " + rights + " ON TABLE {} TO {}").format(
                        sql.Identifier(table), sql.Identifier(role)))
            connection.commit()
        finally:
            raw.close()
        return tables
    finally:
        engine.dispose()
