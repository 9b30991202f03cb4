"""Database triggers that refuse UPDATE and DELETE on the register's immutable tables.

The application never changes these rows; the triggers make sure nothing else
does by accident either. They are a second line: `verify` still detects a
change made by someone who drops them first.
"""
from __future__ import annotations

from sqlalchemy.engine import Connection

REFUSAL = "the register is append-only: record a correction instead of changing or deleting"


def install(connection: Connection, tables: tuple[str, ...]) -> None:
    if connection.dialect.name == "sqlite":
        for table in tables:
            for action in ("UPDATE", "DELETE"):
                connection.exec_driver_sql(
                    f"CREATE TRIGGER IF NOT EXISTS {table}_refuse_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table}: {REFUSAL}'); END"
                )
        return
    connection.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION register_refuse_change() RETURNS trigger AS $$ "
        f"BEGIN RAISE EXCEPTION '%%: {REFUSAL}', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
    )
    for table in tables:
        connection.exec_driver_sql(
            f"CREATE TRIGGER {table}_refuse_change BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION register_refuse_change()"
        )
        connection.exec_driver_sql(
            f"CREATE TRIGGER {table}_refuse_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION register_refuse_change()"
        )


def remove(connection: Connection, tables: tuple[str, ...]) -> None:
    for table in tables:
        if connection.dialect.name == "sqlite":
            for action in ("update", "delete"):
                connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_refuse_{action}")
        else:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_refuse_change ON {table}")
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_refuse_truncate ON {table}")
