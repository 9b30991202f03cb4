"""Opening a register from a URL: the default SQLite file, or a shared PostgreSQL server."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from models.engine import make_engine
from models.migrate import current_revision, head_revision, upgrade
from register import search_index
from register.now import Clock, SystemClock
from register.rules import load_profile
from register.service import OpenedRegister

ENV_VARIABLE = "DETENTION_REGISTER_DB"
DEFAULT_PROFILE = "kz"


class RegisterUnavailable(RuntimeError):
    """The register could not be opened; the message says why in a sentence."""


def default_url() -> str:
    path = Path(user_data_dir("detention-register", appauthor=False)) / "register.db"
    return f"sqlite:///{path}"


def resolve_url(url: str | None) -> str:
    return url or os.environ.get(ENV_VARIABLE) or default_url()


def open_register(url: str | None = None, clock: Clock | None = None, profile: str = DEFAULT_PROFILE,
                  migrate: bool = True) -> OpenedRegister:
    """Open (and by default create or upgrade) the register at `url`."""
    url = resolve_url(url)
    try:
        parsed = make_url(url)
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError):
        raise RegisterUnavailable(f"'{url}' is not a database URL (e.g. sqlite:///path/register.db or "
                                  f"postgresql+psycopg://user@host/dbname)") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        if str(path).startswith(("\\\\", "//")):
            raise RegisterUnavailable("a SQLite register must not live on a network share; use PostgreSQL "
                                      "for a register shared by several stations")
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        if migrate:
            upgrade(engine)
        elif current_revision(engine) != head_revision():
            raise RegisterUnavailable("the register's schema is not current: run 'detention-register init'")
    except OperationalError as error:
        engine.dispose()
        raise RegisterUnavailable(f"cannot open the register at {parsed.render_as_string(hide_password=True)}: "
                                  f"{str(error.orig).strip().splitlines()[0]}") from None
    register = OpenedRegister(engine, load_profile(profile), clock or SystemClock(), url)
    if migrate:
        register.adopt_profile_if_empty()
        if search_index.needs_filling(engine):
            search_index.fill_missing(engine)
    return register
