"""A new database on a throw-away PostgreSQL server for one benchmark run (tests/pgserver.py: its own folder,
`fsync=off`, so the figures leave out the disk), stopped and removed afterwards."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


@contextmanager
def postgres_database(max_connections: int = 60) -> Iterator[str]:
    from tests.pgserver import PostgresServer
    server = PostgresServer(max_connections=max_connections).start()
    try:
        yield server.new_database()
    finally:
        server.stop()
