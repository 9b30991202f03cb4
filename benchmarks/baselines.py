"""What each figure is set beside: the same work done as plainly as Python and sqlite3 allow.

Measured in the same run as the figure, so the ratio holds on a busy machine.
"""
from __future__ import annotations

import json
import sqlite3
import time
from datetime import datetime
from pathlib import Path

_TABLE = "CREATE TABLE record (kind TEXT, id TEXT, custody TEXT, type TEXT, at TEXT, recorded_at TEXT, data TEXT)"


def _connect(path: Path) -> sqlite3.Connection:
    """The pragmas the register's own engine uses (WAL, synchronous NORMAL), so only the work differs."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    return connection


def plain_import(source: Path, database: Path) -> float:
    """Parse every line of the file and insert its rows into one plain table with executemany."""
    started = time.perf_counter()
    connection = _connect(database)
    connection.execute(_TABLE)
    rows = []
    with open(source, encoding="utf-8") as stream:
        next(stream)
        for line in stream:
            data = json.loads(line)
            rows.append((data.pop("record"), data.pop("id"), data.pop("custody", None), data.pop("type", None),
                         data.pop("at", None), data.pop("recorded_at", None),
                         json.dumps(data, ensure_ascii=False)))
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO record VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - started


def plain_event_read(register: Path) -> float:
    """Read every event of the register with sqlite3 and parse its fields (times and JSON data)."""
    started = time.perf_counter()
    connection = sqlite3.connect(register)
    parsed = 0
    for _id, _custody, _type, at, recorded_at, data in connection.execute(
            "SELECT id, custody_id, type, at, recorded_at, data FROM event"):
        datetime.fromisoformat(at), datetime.fromisoformat(recorded_at), json.loads(data)
        parsed += 1
    connection.close()
    return time.perf_counter() - started


def bare_insert_commit(database: Path, count: int) -> list[float]:
    """Seconds per INSERT-and-COMMIT of one small row, `count` times."""
    connection = _connect(database)
    connection.execute("CREATE TABLE IF NOT EXISTS bare (id INTEGER PRIMARY KEY, at TEXT, data TEXT)")
    times = []
    for number in range(count):
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO bare (at, data) VALUES (?, ?)",
                           (datetime.now().isoformat(), json.dumps({"n": number})))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - started)
    connection.close()
    return times
