"""Entering one line in the access log, chained, inside the caller's write transaction.

Shared by the services (opened, printed, exported, refused), the sign-in (accepted or
refused) and the import (its provenance), so that each is written in the same
transaction as what it records and in one shape.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models.orm import AccessLogRow
from register import store
from register.timeutil import format_utc

USERNAME_LENGTH = 64
SUBJECT_LENGTH = 2000


def append_entry(session: Session, at: datetime, username: str, action: str, subject: str) -> int:
    """Chain and insert one access-log line; returns its chain seq. An attempted username or a subject is
    cut to the column's length (a refused sign-in may name anything)."""
    writer = store.ChainWriter(session)
    row_id = store.next_id(session, AccessLogRow)
    username, subject = username[:USERNAME_LENGTH], subject[:SUBJECT_LENGTH]
    values = {"id": row_id, "at": at, "username": username, "action": action, "subject": subject}
    record = {"record": "access", "id": row_id, "at": format_utc(at), "user": username, "action": action,
              "subject": subject}
    seq = store.append_chained(session, writer, AccessLogRow, "access", record, values)
    writer.flush()
    return seq
