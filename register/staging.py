"""The events of a write, staged on disk while they wait for their checks.

A national export holds millions of events: as Python objects they need more
memory than a station has. Staged here as compact rows (the record's JSON and
the columns the checks sort on), they are read back one custody at a time for
validation and in chain order for the insert. A private SQLite database rather
than a table in the register: it is filled before the register's write lock is
taken, survives a retried transaction, and works the same whichever database
holds the register. A form's few events wait in a MemoryStaging instead, which
answers the same questions in the same orders from a list.
"""
from __future__ import annotations

import errno
import json
import os
import sqlite3
import tempfile
from array import array
from pathlib import Path
from typing import Iterable, Iterator

from register.domain import Event
from register.faults import SQLITE_FULL, RegisterUnavailable
from register.records import event_record

_SCHEMA = """
CREATE TABLE event (
    pos INTEGER PRIMARY KEY,  -- order of arrival (the line, for a file)
    ref,                      -- what a problem names: a line number or a form's record id
    id TEXT NOT NULL,
    custody TEXT NOT NULL,
    at INTEGER NOT NULL,      -- seconds since the epoch, UTC: sorts like the instant
    late INTEGER NOT NULL,    -- 0 for an apprehension, which opens a custody at its instant
    lenient INTEGER NOT NULL, -- recorded_at was filled in by the importer
    record TEXT NOT NULL,     -- the event's record (records.event_record) as JSON
    skip INTEGER NOT NULL DEFAULT 0  -- already in the file or the register: not written again
)"""
_CHUNK = 10_000
_PREFIX = "register-import-"  # then the importing process's id: a file whose process is gone was abandoned


def remove_abandoned(directory: str | None = None) -> int:
    """Delete the staging files of imports whose process died (killed, power cut); returns how many.

    A staging file holds the records of a whole import file, people's names included: it must not outlive
    the import. Files of a running import, or of another user's, are left alone.
    """
    removed = 0
    for path in Path(directory or tempfile.gettempdir()).glob(f"{_PREFIX}*-*.db"):
        pid = path.name[len(_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            path.unlink()
            removed += 1
        except OSError:  # another user's file in a shared temporary directory
            pass
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


class StagingFull(RegisterUnavailable):
    """The temporary directory ran out of space (or refused the file) while an import was staged."""

    def __init__(self, directory: str):
        super().__init__("staging-full", directory=directory)


def _is_staging_fault(error: BaseException | None) -> bool:
    if isinstance(error, sqlite3.Error):  # the register's own errors come wrapped by SQLAlchemy, never bare
        return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in (SQLITE_FULL, 10, 14)  # full, I/O, can't open
    return isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EROFS)


def _row(event: Event, ref: object, lenient: bool) -> tuple:
    """The staged columns of an event after `pos`: ref, id, custody, at, late, lenient, record."""
    record = json.dumps(event_record(event), ensure_ascii=False, separators=(",", ":"))
    return ref, event.id, event.custody, int(event.at.timestamp()), event.type != "apprehension", lenient, record


class EventStaging:
    """Events in arrival order, then by custody (validation) or in chain order (insert)."""

    def __init__(self):
        try:  # mkstemp: readable by this user only
            handle, self._path = tempfile.mkstemp(prefix=f"{_PREFIX}{os.getpid()}-", suffix=".db")
            os.close(handle)
        except OSError as error:
            raise (StagingFull(tempfile.gettempdir()) if _is_staging_fault(error) else error) from None
        try:
            self._db = sqlite3.connect(self._path)
            self._db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        except BaseException as error:  # Ctrl+C included: the file must not outlive its import
            os.unlink(self._path)
            if _is_staging_fault(error):
                raise StagingFull(tempfile.gettempdir()) from None
            raise
        self._pending: list[tuple] = []

    def close(self) -> None:
        self._db.close()
        Path(self._path).unlink(missing_ok=True)  # already gone if a sweep took this process for dead

    def __enter__(self) -> EventStaging:
        return self

    def __exit__(self, _type, error, _traceback) -> None:
        self.close()
        if _is_staging_fault(error):
            raise StagingFull(tempfile.gettempdir()) from None

    def add(self, event: Event, ref: object, lenient: bool = False) -> None:
        self._pending.append(_row(event, ref, lenient))
        if len(self._pending) >= _CHUNK:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany("INSERT INTO event (ref, id, custody, at, late, lenient, record) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)", self._pending)
        self._pending = []

    def repeated(self) -> Iterator[tuple[object, str, str, str]]:
        """(ref, id, record, first record) of each event whose id came earlier in the batch; marks them skipped."""
        self._flush()
        self._db.execute("CREATE INDEX IF NOT EXISTS event_id ON event (id, pos)")
        rows = self._db.execute(
            "SELECT e.pos, e.ref, e.id, e.record, f.record FROM event e "
            "JOIN (SELECT id, MIN(pos) AS first FROM event GROUP BY id HAVING COUNT(*) > 1) d ON d.id = e.id "
            "JOIN event f ON f.pos = d.first WHERE e.pos != d.first ORDER BY e.pos").fetchall()
        self.skip(array("q", (row[0] for row in rows)))
        return ((ref, event_id, record, first) for _, ref, event_id, record, first in rows)

    def by_custody(self) -> Iterator[tuple[int, object, str, bool, str]]:
        """(pos, ref, custody, lenient, record) of the events still to write, each custody's in the order they
        will be chained: by instant, an apprehension first, then as they came."""
        return self._db.execute("SELECT pos, ref, custody, lenient, record FROM event WHERE skip = 0 "
                                "ORDER BY custody, at, late, pos")

    def skip(self, positions: Iterable[int]) -> None:
        self._db.executemany("UPDATE event SET skip = 1 WHERE pos = ?", ((pos,) for pos in positions))

    def count(self) -> int:
        """How many events are still to write."""
        self._flush()
        return self._db.execute("SELECT COUNT(*) FROM event WHERE skip = 0").fetchone()[0]

    def in_chain_order(self) -> Iterator[str]:
        """The records still to write in the order they enter the chain: by instant, an apprehension first,
        and at equal instants custody by custody (in the order of their first event), then as they came."""
        return (record for (record,) in self._db.execute(
            "SELECT e.record FROM event e "
            "JOIN (SELECT custody, MIN(pos) AS first FROM event WHERE skip = 0 GROUP BY custody) c "
            "ON c.custody = e.custody WHERE e.skip = 0 ORDER BY e.at, e.late, c.first, e.pos"))


class MemoryStaging:
    """EventStaging's answers for a form's few events, from a list: opening a SQLite database for each
    recorded event took a tenth of its write."""

    def __init__(self):
        self._rows: list[tuple] = []  # (pos, *_row)
        self._skipped: set[int] = set()

    def add(self, event: Event, ref: object, lenient: bool = False) -> None:
        self._rows.append((len(self._rows) + 1, *_row(event, ref, lenient)))

    def repeated(self) -> list[tuple[object, str, str, str]]:
        first: dict[str, str] = {}
        found = []
        for pos, ref, event_id, *_, record in self._rows:
            if event_id in first:
                found.append((pos, (ref, event_id, record, first[event_id])))
            else:
                first[event_id] = record
        self.skip(pos for pos, _ in found)
        return [item for _, item in found]

    def by_custody(self) -> Iterator[tuple[int, object, str, bool, str]]:
        rows = sorted(self._live(), key=lambda r: (r[3], r[4], r[5], r[0]))  # custody, at, late, pos
        return ((pos, ref, custody, lenient, record) for pos, ref, _, custody, _, _, lenient, record in rows)

    def skip(self, positions: Iterable[int]) -> None:
        self._skipped.update(positions)

    def count(self) -> int:
        return len(self._live())

    def in_chain_order(self) -> Iterator[str]:
        live = self._live()
        first: dict[str, int] = {}
        for row in live:
            first.setdefault(row[3], row[0])
        return (row[-1] for row in sorted(live, key=lambda r: (r[4], r[5], first[r[3]], r[0])))

    def _live(self) -> list[tuple]:
        return [row for row in self._rows if row[0] not in self._skipped]

    def restamp(self, recorded_at: str, recorded_by: str) -> None:
        """Give every event the recording stamp the database will hold it to (its clock and login)."""
        self._rows = [(*row[:-1], json.dumps({**json.loads(row[-1]), "recorded_at": recorded_at,
                                              "recorded_by": recorded_by}, ensure_ascii=False, separators=(",", ":")))
                      for row in self._rows]


Staging = EventStaging | MemoryStaging
