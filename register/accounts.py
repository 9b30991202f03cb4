"""User accounts: argon2 password hashes, sign-in with a lock-out that grows, and a chained history.

An account is never deleted, only disabled, so every past record keeps the name
of the person who made it. Each creation or change of an account enters the hash
chain as an `account` record; the password hash never does (only its SHA-256, so
that a hash swapped in the database is detected by `verify`).

Sign-in bookkeeping (failed attempts, locked until) changes in place and is not
chained: it guards the door, it is not evidence.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.orm import AccountChangeRow, FacilityRow, UserAccountRow
from register import store
from register.access import ROLES, Actor, Permission
from register.errors import AccessDenied, BadInput
from register.services.base import Service
from register.writing import in_write_transaction

if TYPE_CHECKING:
    from register.opening import OpenedRegister

FREE_ATTEMPTS = 3  # failures allowed before the first lock-out
FIRST_LOCK = timedelta(seconds=30)  # doubled with every further failure...
LONGEST_LOCK = timedelta(hours=1)  # ...up to this
MIN_PASSWORD = 8
DEMO_PASSWORD = "demo"
DEMO_CREATOR = "demo"  # the `by` of accounts made by `detention-register demo`: marks a demo register
DEMO_ACCOUNTS = (
    ("officer", "Duty officer (demo)", "duty_officer"),
    ("investigator", "Investigator (demo)", "investigator"),
    ("medical", "Physician (demo)", "medical"),
    ("prosecutor", "Prosecutor (demo)", "prosecutor"),
    ("monitor", "Monitor (demo)", "monitor"),
    ("admin", "Administrator (demo)", "admin"),
)
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
HASHER = PasswordHasher()  # argon2id, RFC 9106 low-memory parameters; tests swap in cheaper ones


class AccountError(BadInput):
    """An account cannot be created or changed as asked."""


class SignInRefused(AccessDenied):
    """Why a sign-in failed: `reason` is credentials, disabled or locked (then `locked_until` is set)."""

    def __init__(self, reason: str, code: str, locked_until: datetime | None = None):
        super().__init__(code, **({"until": locked_until} if locked_until else {}))
        self.reason = reason
        self.locked_until = locked_until


@dataclass(frozen=True)
class Account:
    username: str
    full_name: str
    role: str
    facilities: tuple[str, ...]  # empty: every facility
    disabled: bool
    created_at: datetime
    locked_until: datetime | None


# ---------------------------------------------------------------- sign-in

def authenticate(register: OpenedRegister, username: str, password: str) -> Actor:
    """The acting user for a correct password, the sign-in entered in the access log; else SignInRefused."""
    actor = _check_credentials(register, username, password)
    register.as_user(actor).access.log_access("sign-in", f"account {username}")
    return actor


def _check_credentials(register: OpenedRegister, username: str, password: str) -> Actor:
    """Count a failure (and lock the account out after several) or clear the count on success."""
    now = register.clock.now()

    def attempt(session: Session) -> tuple[Actor | None, SignInRefused | None]:
        row = session.execute(select(UserAccountRow).where(UserAccountRow.username == username)
                              .with_for_update()).scalar_one_or_none()
        if row is None:
            _matches(_dummy_hash(HASHER), password)  # as slow as a real check: no oracle for usernames
            return None, SignInRefused("credentials", "wrong-credentials")
        if row.locked_until is not None and row.locked_until > now:
            return None, _locked(row.locked_until)
        if not _matches(row.password_hash, password):
            row.failed_attempts += 1
            if row.failed_attempts >= FREE_ATTEMPTS:
                row.locked_until = now + lock_duration(row.failed_attempts)
                return None, _locked(row.locked_until)
            return None, SignInRefused("credentials", "wrong-credentials")
        if row.disabled:
            return None, SignInRefused("disabled", "account-disabled")
        row.failed_attempts, row.locked_until = 0, None
        return _actor(row), None

    actor, refusal = in_write_transaction(register.engine, attempt)  # a failure is counted, then refused
    if refusal is not None:
        raise refusal
    return actor


def lock_duration(failed_attempts: int) -> timedelta:
    """30 s after the third failure in a row, doubling with each further failure, at most an hour."""
    return min(FIRST_LOCK * 2 ** (failed_attempts - FREE_ATTEMPTS), LONGEST_LOCK)


def _locked(until: datetime) -> SignInRefused:
    return SignInRefused("locked", "sign-in-locked", until)


@functools.cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    return hasher.hash("no account has this password")


def _matches(password_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _actor(row: UserAccountRow) -> Actor:
    return Actor(row.username, row.role, row.full_name, frozenset(row.facilities) if row.facilities else None)


# ---------------------------------------------------------------- reads

def has_accounts(register: OpenedRegister) -> bool:
    with Session(register.engine) as session:
        return bool(session.scalar(select(func.count()).select_from(UserAccountRow)))


def demo_usernames(register: OpenedRegister) -> list[str]:
    """Demo accounts still on the demo password: non-empty only in a register made by `demo`."""
    with Session(register.engine) as session:
        changes = list(session.scalars(select(AccountChangeRow).order_by(AccountChangeRow.seq)))
    demo = [c.username for c in changes if c.action == "created" and c.by == DEMO_CREATOR]
    changed = {c.username for c in changes if c.action in ("password", "disabled")}
    return [name for name in demo if name not in changed]


# ---------------------------------------------------------------- changes

def create_first_admin(register: OpenedRegister, username: str, full_name: str, password: str) -> Actor:
    """The register's first account, an administrator; refused once any account exists."""
    _check_password(password)

    def create(session: Session) -> Actor:
        if session.scalar(select(func.count()).select_from(UserAccountRow)):
            raise AccountError("accounts-exist")
        return _create(session, register.clock.now(), username, username, full_name, "admin", password, ())

    return in_write_transaction(register.engine, create)


def create_demo_accounts(register: OpenedRegister) -> list[str]:
    """The demo register's accounts, one per role, all with the password 'demo'; existing ones are kept."""
    def create(session: Session) -> list[str]:
        made = []
        for username, full_name, role in DEMO_ACCOUNTS:
            if session.get(UserAccountRow, username) is None:
                _create(session, register.clock.now(), DEMO_CREATOR, username, full_name, role, DEMO_PASSWORD, ())
                made.append(username)
        return made

    return in_write_transaction(register.engine, create)


class AccountService(Service):
    """What a signed-in user does to accounts: their own password, and an administrator's management."""

    def accounts(self) -> list[Account]:
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        with self._session() as session:
            return [Account(r.username, r.full_name, r.role, tuple(r.facilities), r.disabled, r.created_at,
                            r.locked_until)
                    for r in session.scalars(select(UserAccountRow).order_by(UserAccountRow.username))]

    def create_account(self, username: str, full_name: str, role: str, password: str,
                       facilities: Iterable[str] = ()) -> Actor:
        """A new account made by an administrator; `facilities` empty means every facility."""
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        _check_password(password)
        return in_write_transaction(self.register.engine, lambda session: _create(
            session, self._now(), self.actor.username, username, full_name, role, password, tuple(facilities)))

    def change_password(self, old_password: str, new_password: str) -> None:
        """A user changes their own password, proving the old one first."""
        _check_password(new_password)
        _check_credentials(self.register, self.actor.username, old_password)
        _update(self.register, self.actor.username, self.actor.username, "password", password=new_password)

    def set_password(self, username: str, new_password: str) -> None:
        """An administrator gives a user who forgot theirs a new password (and lifts any lock-out)."""
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        _check_password(new_password)
        _update(self.register, self.actor.username, username, "password", password=new_password)

    def update_account(self, username: str, *, full_name: str | None = None, role: str | None = None,
                       facilities: Iterable[str] | None = None) -> None:
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        _update(self.register, self.actor.username, username, "changed", full_name=full_name, role=role,
                facilities=None if facilities is None else tuple(facilities))

    def disable(self, username: str) -> None:
        """The account can no longer sign in; it stays, with its name on everything it recorded."""
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        _update(self.register, self.actor.username, username, "disabled", disabled=True)

    def enable(self, username: str) -> None:
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        _update(self.register, self.actor.username, username, "enabled", disabled=False)


def _create(session: Session, now: datetime, by: str, username: str, full_name: str, role: str, password: str,
            facilities: tuple[str, ...]) -> Actor:
    if not isinstance(username, str) or not _USERNAME.match(username):
        raise AccountError("username-form")
    if session.get(UserAccountRow, username) is not None:
        raise AccountError("account-exists", user=username)
    row = UserAccountRow(username=username, full_name=_check_name(full_name), role=_check_role(role),
                         facilities=_check_facilities(session, facilities), password_hash=HASHER.hash(password),
                         disabled=False, failed_attempts=0, locked_until=None, created_at=now)
    session.add(row)
    session.flush()
    _chain(session, now, by, "created", row)
    return _actor(row)


def _update(register: OpenedRegister, by: str, username: str, action: str, *, full_name: str | None = None,
            role: str | None = None, facilities: tuple[str, ...] | None = None, disabled: bool | None = None,
            password: str | None = None) -> None:
    now = register.clock.now()

    def change(session: Session) -> None:
        row = session.execute(select(UserAccountRow).where(UserAccountRow.username == username)
                              .with_for_update()).scalar_one_or_none()
        if row is None:
            raise AccountError("no-such-account", user=username)
        if full_name is not None:
            row.full_name = _check_name(full_name)
        if role is not None:
            row.role = _check_role(role)
        if facilities is not None:
            row.facilities = _check_facilities(session, facilities)
        if disabled is not None:
            row.disabled = disabled
        if password is not None:
            row.password_hash = HASHER.hash(password)
            row.failed_attempts, row.locked_until = 0, None
        session.flush()
        if not _enabled_admin_remains(session):
            raise AccountError("last-admin")
        _chain(session, now, by, action, row)

    in_write_transaction(register.engine, change)


def _chain(session: Session, now: datetime, by: str, action: str, row: UserAccountRow) -> None:
    store.append_side_record(session, "account", {
        "at": now, "by": by, "username": row.username, "action": action, "full_name": row.full_name,
        "role": row.role, "facilities": list(row.facilities), "disabled": row.disabled,
        "credential": store.credential_of(row.password_hash)})


def _enabled_admin_remains(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(UserAccountRow).where(
        UserAccountRow.role == "admin", UserAccountRow.disabled.is_(False))))


def _check_password(password: str) -> None:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise AccountError("password-short", count=MIN_PASSWORD)
    if len(password) > 1024:
        raise AccountError("password-long", count=1024)


def _check_name(full_name: str) -> str:
    if not isinstance(full_name, str) or not full_name.strip() or len(full_name) > 200 or _CONTROL.search(full_name):
        raise AccountError("account-name")
    return full_name.strip()


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError("not-a-role", value=role, choices=ROLES)
    return role


def _check_facilities(session: Session, facilities: tuple[str, ...]) -> list[str]:
    known = set(session.scalars(select(FacilityRow.id).where(FacilityRow.id.in_(facilities))))
    unknown = sorted(set(facilities) - known)
    if unknown:
        raise AccountError("unknown-facility", facility=unknown[0])
    return sorted(set(facilities))

