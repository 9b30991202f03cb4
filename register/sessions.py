"""Sessions follow the account: each service call acts as the account is now, not as it was at sign-in.

A window may stay open for a whole shift. When the administrator disables an
account or takes a role or facility away, the open session must not keep the
old rights until it is closed, so before each public call of a service the
account's row is read again (one primary-key look-up) and the acting user is
brought up to date, or the call is refused. A refusal of any kind is entered in
the access log: oversight sees who tried what they may not.
"""
from __future__ import annotations

import functools
import inspect
import threading
from dataclasses import replace
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from models.orm import UserAccountRow
from register import queries
from register.access import AccessDenied, Actor
from register.writing import in_write_transaction


class AccountSignedOut(AccessDenied):
    """The account was disabled (or the register gained accounts) since this session began."""


def current_actor(engine, actor: Actor) -> Actor:
    """`actor` as the register has it now: with its current role and facilities; AccountSignedOut when it may
    no longer act at all. Actors not made by a sign-in (tests, tools) are taken as they are."""
    if actor.is_without_accounts:
        with Session(engine) as session:
            if session.scalar(select(UserAccountRow.username).limit(1)) is not None:
                raise AccountSignedOut("session-accounts")
        return actor
    if not actor.signed_in:
        return actor
    with Session(engine) as session:
        row = session.execute(select(UserAccountRow.role, UserAccountRow.facilities, UserAccountRow.disabled,
                                     UserAccountRow.full_name)
                              .where(UserAccountRow.username == actor.username)).one_or_none()
    if row is None or row.disabled:
        raise AccountSignedOut("session-disabled", user=actor.username)
    facilities = frozenset(row.facilities) if row.facilities else None
    if (row.role, facilities, row.full_name) == (actor.role, actor.facilities, actor.full_name):
        return actor
    return replace(actor, role=row.role, facilities=facilities, full_name=row.full_name)


class FollowsAccount:
    """Base of the services: wraps every public method a subclass defines so that, at the outermost call,
    the acting user (`self._acting`, shared by all services of one user) is brought up to date first,
    and a refusal is entered in the access log."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member):
                setattr(cls, name, _following(name, member))


_calls = threading.local()  # whether this thread is inside a call of an acting user's services


def _following(name: str, method: Callable) -> Callable:
    @functools.wraps(method)
    def call(self, *args, **kwargs):
        acting = self._acting
        inside = _calls.__dict__.setdefault("acting", set())
        if id(acting) in inside:
            return method(self, *args, **kwargs)
        inside.add(id(acting))
        try:
            acting.actor = current_actor(acting.register.engine, acting.actor)
            return method(self, *args, **kwargs)
        except AccessDenied as refusal:
            _log_refusal(acting, method.__qualname__, refusal)
            raise
        finally:
            inside.discard(id(acting))

    return call


def _log_refusal(acting, name: str, refusal: AccessDenied) -> None:
    """Oversight sees the attempt; the entry names the service called and the reason, never record content."""
    at, username = acting.register.clock.now(), acting.actor.username
    try:
        in_write_transaction(acting.register.engine, lambda session: queries.append_access(
            session, at, username, "refused", f"{name}: {refusal}"[:500]))
    except SQLAlchemyError:  # the refusal itself must reach the caller even when the log cannot be written
        pass
