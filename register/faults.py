"""When the register cannot be used: one sentence saying what and what to do (contract section 1, status 3).

A database error's own text quotes the statement and its parameters, that is detainees' names and medical
notes; it never reaches the user. The sentence is chosen from the error's kind and names only the register's
location.
"""
from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError

from register.errors import Unusable

SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26
SQLITE_READONLY, SQLITE_IOERR = 8, 10


class RegisterUnavailable(Unusable):
    """The register could not be used; its sentence says why and what to do."""


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def explain(error: BaseException, location: str) -> RegisterUnavailable | None:
    """The sentence for a fault of the database, its server or its disk; None when `error` is not one."""
    if isinstance(error, RegisterUnavailable):
        return error
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return RegisterUnavailable("disk-full")
    if not isinstance(error, DBAPIError):
        return None
    original = error.orig
    code = _sqlite_code(original) if isinstance(original, sqlite3.Error) else None
    if code == SQLITE_FULL:
        return RegisterUnavailable("register-disk-full", location=location)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return RegisterUnavailable("register-damaged", location=location)
    if code == SQLITE_CANTOPEN:
        return RegisterUnavailable("register-cannot-open-file", location=location)
    if code == SQLITE_READONLY:
        return RegisterUnavailable("register-read-only", location=location)
    if code == SQLITE_IOERR:
        return RegisterUnavailable("register-disk-failed", location=location)
    if code is None and (error.connection_invalidated or _is_connection_failure(original)):
        return RegisterUnavailable("server-unreachable", location=location)
    return None


def _is_connection_failure(original: BaseException) -> bool:
    """The server is down, refused the connection, or went away mid-statement (SQLSTATE class 08, 57P0x, or
    none at all when the socket itself failed); not a refused sign-in, which has its own state."""
    try:
        import psycopg
    except ImportError:  # a SQLite-only station
        return False
    state = getattr(original, "sqlstate", None)
    return isinstance(original, psycopg.OperationalError) and (state is None or state.startswith(("08", "57P0")))
