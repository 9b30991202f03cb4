"""User accounts: argon2 password hashes, sign-in with a lock-out that grows, and a chained history.

An account is never deleted, only disabled, so every past record keeps the name
of the person who made it. Each creation or change of an account enters the hash
chain as an `account` record; the password hash never does (only its SHA-256, so
that a hash swapped in the database is detected by `verify`).

Sign-in bookkeeping (failed attempts, locked until, last sign-in) lives in
`sign_in_guard` for every username tried, changes in place and is not chained: it
guards the door, it is not evidence. Every attempt, accepted or refused, is in the
access log.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Iterable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from models.orm import AccessLogRow, AccountChangeRow, FacilityRow, SignInGuardRow, UserAccountRow
from register import queries, store
from register.access import NO_ACCOUNT, ROLES, Actor, Permission
from register.errors import AccessDenied, BadInput
from register.services.base import Service
from register.writing import in_write_transaction
from resources import RESOURCES

if TYPE_CHECKING:
    from register.now import Clock
    from register.opening import OpenedRegister

FREE_ATTEMPTS = 3  # failures allowed before the first lock-out
FIRST_LOCK = timedelta(seconds=30)  # doubled with every further failure...
LONGEST_LOCK = timedelta(hours=1)  # ...up to this
MIN_PASSWORD = 10
COMMON_PASSWORDS = RESOURCES / "passwords" / "common.txt"
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
    """Why a sign-in failed: `reason` is credentials (an unknown user, a wrong password and a disabled
    account all read so) or locked (then `locked_until` is set)."""

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
    last_sign_in_at: datetime | None
    must_change_password: bool


# ---------------------------------------------------------------- sign-in

def sign_in(register: OpenedRegister | None, url: str, username: str, password: str, profile: str = "kz",
            clock: Clock | None = None) -> tuple[OpenedRegister, Actor]:
    """The register to work in and the signed-in account. Where the database enforces access itself (a
    PostgreSQL register after `setup-postgres`), or the station could not open it with the URL's own
    credentials (`register` None: a station holds no password), the account's own database login is
    connected and the server checks the password; anywhere else the register checks it (`authenticate`).
    The caller closes the returned register when it is not `register`."""
    if register is not None and not database_enforces_access(register):
        return register, authenticate(register, username, password)
    from register import pg_security
    from register.opening import RegisterUnavailable, open_register
    try:
        if register is not None:
            login = pg_security.open_as_login(register, username, password)
        else:
            login = open_register(pg_security.login_url(url, username, password), clock, profile, migrate=False,
                                  create=False)
    except pg_security.LoginRefused:
        raise SignInRefused("credentials", "wrong-credentials") from None
    except RegisterUnavailable as error:
        if any(sign in str(error) for sign in LOGIN_REFUSED):
            raise SignInRefused("credentials", "wrong-credentials") from None
        raise
    try:
        return login, _database_login(login, username)
    except SignInRefused:
        login.close()
        raise


LOGIN_REFUSED = ("password authentication failed", "not permitted to log in", "no password supplied")


def database_enforces_access(register: OpenedRegister) -> bool:
    with Session(register.engine) as session:
        return store.guarded(session)


def _database_login(login: OpenedRegister, username: str) -> Actor:
    """The account of a login the server has just let in (it checked the password): its own row, and the
    sign-in in the access log as that login."""
    def read(session: Session) -> Actor:
        row = session.get(UserAccountRow, username)
        if row is None or row.disabled:  # a login of something else than an account of this register
            raise SignInRefused("credentials", "wrong-credentials")
        queries.append_access(session, _server_now(session, login), username, "sign-in", f"account {username}")
        return _actor(row)

    return in_write_transaction(login.engine, read)


def authenticate(register: OpenedRegister, username: str, password: str) -> Actor:
    """The acting user for a correct password of an enabled account; else SignInRefused. Accepted or not,
    the attempt is entered in the access log."""
    return _attempt(register, username, password, "sign-in", "sign-in refused")


def _attempt(register: OpenedRegister, username: str, password: str, purpose: str, refused: str) -> Actor:
    """One check of a password, counted: the same work, answer and delay for an unknown user, a wrong password
    and a disabled account (none tells which it was), and a lock-out after several failures in a row for
    any well-formed username, known or not. Judged by the database server's clock where there is one."""

    def attempt(session: Session) -> tuple[Actor | None, SignInRefused | None]:
        now = _server_now(session, register)
        known_form = isinstance(username, str) and bool(_USERNAME.match(username))
        guard = _guard(session, username) if known_form else None
        row = session.get(UserAccountRow, username) if known_form else None
        if guard is not None and guard.locked_until is not None and guard.locked_until > now:
            _matches(_dummy_hash(HASHER), password)  # as slow as any other answer
            queries.append_access(session, now, str(username)[:64], refused, f"account {username}")
            return None, _locked(guard.locked_until)
        correct = _matches(row.password_hash if row is not None else _dummy_hash(HASHER), password)
        if not correct or row is None or row.disabled:
            refusal = SignInRefused("credentials", "wrong-credentials")
            if guard is not None:
                guard.failed_attempts += 1
                if guard.failed_attempts >= FREE_ATTEMPTS:
                    guard.locked_until = now + lock_duration(guard.failed_attempts)
                    refusal = _locked(guard.locked_until)
            queries.append_access(session, now, str(username)[:64], refused, f"account {username}")
            return None, refusal
        guard.failed_attempts, guard.locked_until = 0, None
        queries.append_access(session, now, username, purpose, f"account {username}")
        return _actor(row), None

    actor, refusal = in_write_transaction(register.engine, attempt)  # a failure is counted, then refused
    if refusal is not None:
        raise refusal
    return actor


def _guard(session: Session, username: str) -> SignInGuardRow:
    """The username's bookkeeping, locked for this attempt; made at the first attempt."""
    guard = session.get(SignInGuardRow, username, with_for_update=True)
    if guard is None:
        guard = SignInGuardRow(username=username, failed_attempts=0, locked_until=None)
        session.add(guard)
    return guard


def _server_now(session: Session, register: OpenedRegister) -> datetime:
    """The database server's clock on PostgreSQL (a station whose clock is set back cannot shorten a
    lock-out); the register's own clock on SQLite, where the station is the server."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(text("SELECT statement_timestamp()")).astimezone(timezone.utc)
    return register.clock.now()


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
    return Actor(row.username, row.role, row.full_name, frozenset(row.facilities) if row.facilities else None,
                 signed_in=True)


# ---------------------------------------------------------------- reads

def has_accounts(register: OpenedRegister) -> bool:
    with Session(register.engine) as session:
        return session.scalar(select(UserAccountRow.username).limit(1)) is not None


def password_change_due(register: OpenedRegister, username: str) -> bool:
    """The account's password was last set by an administrator (a reset): its holder must choose a new one
    before doing anything else."""
    with Session(register.engine) as session:
        return username in _must_change(session, username)


def _must_change(session: Session, username: str | None = None) -> set[str]:
    """Accounts whose latest password was set by someone else: read from the chained history, where
    `by` of a "password" change is the administrator who reset it, or the holder who chose it."""
    query = select(AccountChangeRow.username, AccountChangeRow.action, AccountChangeRow.by).where(
        AccountChangeRow.action.in_(("created", "password"))).order_by(AccountChangeRow.seq)
    if username is not None:
        query = query.where(AccountChangeRow.username == username)
    latest = {name: (action, by) for name, action, by in session.execute(query)}
    return {name for name, (action, by) in latest.items() if action == "password" and by != name}


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
    check_password(password, username)

    def create(session: Session) -> Actor:
        if session.scalar(select(UserAccountRow.username).limit(1)) is not None:
            raise AccountError("accounts-exist")
        return _create(session, register.clock.now(), username, username, full_name, "admin", password, ())

    return in_write_transaction(register.engine, create)


def create_demo_accounts(register: OpenedRegister) -> list[str]:
    """The demo register's accounts, one per role, all with the password 'demo' (below the rules for real
    passwords: `demo` makes them only in a register that had neither custodies nor accounts)."""
    def create(session: Session) -> list[str]:
        if session.scalar(select(UserAccountRow.username).limit(1)) is not None:
            raise AccountError("demo-accounts")
        for username, full_name, role in DEMO_ACCOUNTS:
            _create(session, register.clock.now(), DEMO_CREATOR, username, full_name, role, DEMO_PASSWORD, ())
        return [username for username, _, _ in DEMO_ACCOUNTS]

    return in_write_transaction(register.engine, create)


class AccountService(Service):
    """What a signed-in user does to accounts: their own password, and an administrator's management.
    Every change is chained; on PostgreSQL the account's database login follows it (_provision_database_login)."""

    def accounts(self) -> list[Account]:
        """Every account, for the administrator: never deleted, so disabled ones are listed too."""
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        with self._session() as session:
            # A register that leaves passwords to the database server keeps no lock-outs of its own.
            locks = {} if store.guarded(session) else dict(session.execute(
                select(SignInGuardRow.username, SignInGuardRow.locked_until)).all())
            last_sign_in = dict(session.execute(select(AccessLogRow.username, func.max(AccessLogRow.at))
                                                .where(AccessLogRow.action == "sign-in")
                                                .group_by(AccessLogRow.username)).all())
            must_change = _must_change(session)
            return [Account(r.username, r.full_name, r.role, tuple(r.facilities), r.disabled, r.created_at,
                            locks.get(r.username), last_sign_in.get(r.username), r.username in must_change)
                    for r in session.scalars(select(UserAccountRow).order_by(UserAccountRow.username))]

    def create_account(self, username: str, full_name: str, role: str, password: str,
                       facilities: Iterable[str] = ()) -> Actor:
        """A new account made by an administrator; `facilities` empty means every facility."""
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        check_password(password, username)
        by = self.actor.username
        return in_write_transaction(self.register.engine, lambda session: _create(
            session, self._now(), by, username, full_name, role, password, tuple(facilities)))

    def change_password(self, old_password: str, new_password: str) -> None:
        """A user changes their own password, proving the old one first (a failure counts as a failed
        sign-in)."""
        check_password(new_password, self.actor.username)
        if new_password == old_password:
            raise AccountError("password-same")
        if database_enforces_access(self.register):  # the server alone can check the current password
            sign_in(self.register, self.register.url, self.actor.username, old_password)[0].close()
        else:
            _attempt(self.register, self.actor.username, old_password, "password check", "password refused")
        _update(self.register, self.actor.username, self.actor.username, "password", password=new_password)

    def set_password(self, username: str, new_password: str) -> None:
        """An administrator gives a user who forgot theirs a new password (and lifts any lock-out); the
        holder must change it at the next sign-in (see `password_change_due`)."""
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        check_password(new_password, username)
        _update(self.register, self.actor.username, username, "password", password=new_password)

    def update_account(self, username: str, *, full_name: str | None = None, role: str | None = None,
                       facilities: Iterable[str] | None = None) -> None:
        """A new name, role or set of facilities; open sessions of the account act with it at their next
        call."""
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        _update(self.register, self.actor.username, username, "changed", full_name=full_name, role=role,
                facilities=None if facilities is None else tuple(facilities))

    def disable(self, username: str) -> None:
        """The account can no longer sign in, and its open sessions end at their next call; it stays, with
        its name on everything it recorded."""
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        _update(self.register, self.actor.username, username, "disabled", disabled=True)

    def enable(self, username: str) -> None:
        self.actor.require(Permission.MANAGE_ACCOUNTS)
        _update(self.register, self.actor.username, username, "enabled", disabled=False)


def _create(session: Session, now: datetime, by: str, username: str, full_name: str, role: str, password: str,
            facilities: tuple[str, ...]) -> Actor:
    if not isinstance(username, str) or not _USERNAME.match(username) or username == NO_ACCOUNT:
        raise AccountError("username-form")
    if session.get(UserAccountRow, username) is not None:
        raise AccountError("account-exists", user=username)
    guarded = store.guarded(session)
    row = UserAccountRow(username=username, full_name=_check_name(full_name), role=_check_role(role),
                         facilities=_check_facilities(session, facilities),
                         password_hash="" if guarded else HASHER.hash(password),  # the server stores its own
                         disabled=False, failed_attempts=0, locked_until=None, created_at=now)
    session.add(row)
    session.flush()
    if guarded:
        _provision_database_login(session, "created", row.username, password=password, role=row.role,
                                  facilities=row.facilities)
        session.refresh(row)
    _chain(session, now, by, "created", row)
    return _actor(row)


def _update(register: OpenedRegister, by: str, username: str, action: str, *, full_name: str | None = None,
            role: str | None = None, facilities: tuple[str, ...] | None = None, disabled: bool | None = None,
            password: str | None = None) -> None:
    now = register.clock.now()

    def change(session: Session) -> None:
        guarded = store.guarded(session)
        query = select(UserAccountRow).where(UserAccountRow.username == username)
        row = session.execute(query if guarded else query.with_for_update()).scalar_one_or_none()
        if row is None:
            raise AccountError("no-such-account", user=username)
        wanted = {"full_name": None if full_name is None else _check_name(full_name),
                  "role": None if role is None else _check_role(role),
                  "facilities": None if facilities is None else _check_facilities(session, facilities),
                  "disabled": disabled}
        if guarded:  # a login may not UPDATE accounts: the database's functions change the row with the login
            _provision_database_login(session, action, username, password=password, full_name=wanted["full_name"],
                                      role=wanted["role"], facilities=wanted["facilities"],
                                      disabled=disabled, current=row)
            session.refresh(row)
        else:
            for column, value in wanted.items():
                if value is not None:
                    setattr(row, column, value)
            if password is not None:
                row.password_hash = HASHER.hash(password)
                guard = session.get(SignInGuardRow, username, with_for_update=True)
                if guard is not None:
                    guard.failed_attempts, guard.locked_until = 0, None
            session.flush()
        if not _enabled_admin_remains(session):
            raise AccountError("last-admin")
        _chain(session, now, by, action, row)

    in_write_transaction(register.engine, change)


def _provision_database_login(session: Session, action: str, username: str, *, password: str | None = None,
                              full_name: str | None = None, role: str | None = None, facilities=None,
                              disabled: bool | None = None, current: UserAccountRow | None = None) -> None:
    """On a PostgreSQL register that enforces access (register.pg_security), each account is a database login
    of the same name: it is created and changed by the database's own functions, in the same transaction as
    the account's chained change, and the server keeps the login's credential (its SCRAM verifier) as the
    account's password hash. Elsewhere (SQLite, or PostgreSQL before `setup-postgres`) it is not called."""
    from register import pg_security
    connection = session.connection()
    if action == "created":
        pg_security.provision_login(connection, username, password, role, facilities)
    elif action == "password":
        pg_security.set_login_password(connection, username, password)
    elif action in ("disabled", "enabled"):
        pg_security.set_login_enabled(connection, username, not disabled)
    else:
        if role is not None and role != current.role:
            pg_security.set_login_role(connection, username, role)
        if full_name is not None or facilities is not None:
            pg_security.set_account_details(connection, username, full_name or current.full_name,
                                            current.facilities if facilities is None else facilities)


def _chain(session: Session, now: datetime, by: str, action: str, row: UserAccountRow) -> None:
    store.append_side_record(session, "account", {
        "at": now, "by": by, "username": row.username, "action": action, "full_name": row.full_name,
        "role": row.role, "facilities": list(row.facilities), "disabled": row.disabled,
        "credential": _credential(session, row)})


def _credential(session: Session, row: UserAccountRow) -> str:
    """What the chain records of the account's password: on a secured PostgreSQL register no login may read
    the hash, so the server names the verifier it holds."""
    if store.guarded(session):
        from register import pg_security
        return pg_security.credential(session.connection(), row.username)
    return store.credential_of(row.password_hash)


def _enabled_admin_remains(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(UserAccountRow).where(
        UserAccountRow.role == "admin", UserAccountRow.disabled.is_(False))))


def check_password(password: str, username: str | None = None) -> None:
    """A password someone cannot guess from a list: at least MIN_PASSWORD characters, not only spaces, not
    one of the common ones (resources/passwords/common.txt), not the username. AccountError says which."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise AccountError("password-short", count=MIN_PASSWORD)
    if len(password) > 1024:
        raise AccountError("password-long", count=1024)
    if not password.strip():
        raise AccountError("password-spaces")
    folded = password.strip().casefold()
    if folded in common_passwords() or (username and username.casefold() in folded):
        raise AccountError("password-common")


@functools.cache
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


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


def needs_account_login(url: str, error: BaseException) -> bool:
    """A PostgreSQL register the URL's own credentials cannot open: the account's own login will."""
    said = f"{error} {error.__cause__ or ''}"
    return make_url(url).get_backend_name() == "postgresql" and any(sign in said for sign in LOGIN_REFUSED)
