"""Opening a register from a URL: the default SQLite file, or a shared PostgreSQL server.

Who may do what to a schema: any opening may upgrade a station's own SQLite file (after copying it aside);
only `init` (create=True, upgrade_shared=True) may create a register or upgrade a shared PostgreSQL one,
so that a mistyped path never becomes a new empty register and a station never migrates the server.
A register written by a newer program is refused before anything, even the copy, touches it.
"""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from models.engine import create_private_file, make_engine
from models.migrate import current_revision, head_revision, is_known_revision, upgrade
from register import evidence, search_index
from register.errors import EXIT_BAD_INPUT
from register.faults import RegisterUnavailable, explain
from register.now import Clock, SystemClock
from register.rules import load_profile
from register.service import OpenedRegister
from register.staging import remove_abandoned

ENV_VARIABLE = "DETENTION_REGISTER_DB"
DEFAULT_PROFILE = "kz"

__all__ = ["RegisterUnavailable", "BadRegisterURL", "open_register", "resolve_url", "default_url",
           "database_name"]


class BadRegisterURL(RegisterUnavailable):
    """The --db argument is not a database URL: bad input (status 2) rather than an unusable register."""

    exit_status = EXIT_BAD_INPUT


def default_url() -> str:
    path = Path(user_data_dir("detention-register", appauthor=False)) / "register.db"
    return f"sqlite:///{path}"


def resolve_url(url: str | None) -> str:
    return url or os.environ.get(ENV_VARIABLE) or default_url()


def database_name(url: str) -> str:
    """The register as a person names it (status bar, messages): the file for SQLite, host and database
    otherwise; never the password a URL may carry."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite {parsed.database}"
    return f"PostgreSQL {parsed.host or parsed.query.get('host') or 'localhost'}/{parsed.database}"


def open_register(url: str | None = None, clock: Clock | None = None, profile: str = DEFAULT_PROFILE,
                  migrate: bool = True, create: bool = True, upgrade_shared: bool = True) -> OpenedRegister:
    """Open the register at `url`, bringing its schema to this program's version where allowed.

    migrate=False: the schema must already be current. create=False: the register must exist (a missing
    SQLite file or an empty database is refused). upgrade_shared=False: a PostgreSQL schema older than this
    program is refused instead of migrated.
    """
    url = resolve_url(url)
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError):
        raise BadRegisterURL("not-a-url", url=url) from None
    location = database_name(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        _prepare_sqlite_file(Path(parsed.database), create)
    remove_abandoned()
    engine = make_engine(url)
    try:
        _bring_schema(engine, location, migrate, create, upgrade_shared)
    except DBAPIError as error:
        engine.dispose()
        known = explain(error, location)
        if known is None and isinstance(error, OperationalError):  # the server's own reason: refused, no such db
            known = RegisterUnavailable("cannot-open", location=location,
                                        reason=str(error.orig).strip().splitlines()[0])
        # The driver's error stays the cause (never shown to a user): it tells whether the account's own
        # login should connect instead (register.accounts.needs_account_login).
        raise (known or RegisterUnavailable("cannot-open", location=location,
                                            reason=type(error.orig).__name__)) from error
    except RegisterUnavailable:
        engine.dispose()
        raise
    register = OpenedRegister(engine, load_profile(profile), clock or SystemClock(), url)
    if migrate:
        register.adopt_profile_if_empty()
        if search_index.needs_filling(engine):
            search_index.fill_missing(engine)
        evidence.build_tree_if_missing(engine)
    return register


def _prepare_sqlite_file(path: Path, create: bool) -> None:
    if str(path).startswith(("\\\\", "//")):
        raise RegisterUnavailable("network-share")
    if path.exists():
        return
    if not create:
        raise RegisterUnavailable("no-register-file", path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    create_private_file(path)


def _bring_schema(engine: Engine, location: str, migrate: bool, create: bool, upgrade_shared: bool) -> None:
    current = current_revision(engine)
    if current is not None and not is_known_revision(current):
        raise RegisterUnavailable("register-newer", location=location, revision=current)
    if current == head_revision():
        return
    if not migrate:
        raise RegisterUnavailable("schema-not-current")
    if current is None and not create:
        raise RegisterUnavailable("no-register-yet", location=location)
    if current is not None and engine.dialect.name != "sqlite" and not upgrade_shared:
        raise RegisterUnavailable("shared-schema-older", location=location, revision=current, head=head_revision())
    upgrade(engine)
