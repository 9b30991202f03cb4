"""Accounts: hashed passwords, a lock-out that grows, password change, disable never delete, a chained history;
sessions that follow the account."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from register import accounts
from register.access import AccessDenied, Actor
from register.accounts import AccountError, SignInRefused
from register.opening import open_register
from tests.fast_hashing import fast_hashing  # noqa: F401

PASSWORD = "correct horse battery"


@pytest.fixture
def admin(register):
    return accounts.create_first_admin(register, "root", "Root Admin", PASSWORD)


def refused(register, username, password) -> SignInRefused:
    with pytest.raises(SignInRefused) as caught:
        accounts.authenticate(register, username, password)
    return caught.value


def test_first_admin_signs_in_and_only_once(register, admin):
    actor = accounts.authenticate(register, "root", PASSWORD)
    assert (actor.username, actor.role, actor.facilities) == ("root", "admin", None)
    with pytest.raises(AccountError, match="already has accounts"):
        accounts.create_first_admin(register, "root2", "Another", PASSWORD)


def test_the_password_is_stored_as_an_argon2_hash(register, admin):
    with register.engine.connect() as connection:
        stored = connection.execute(text("SELECT password_hash FROM user_account")).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_unknown_user_and_wrong_password_read_the_same(register, admin):
    assert str(refused(register, "nobody", PASSWORD)) == str(refused(register, "root", "wrong"))


@pytest.fixture
def sqlite_admin(sqlite_url, clock):
    """On SQLite the register judges the lock-out by the injected clock; on PostgreSQL the server's clock
    judges it (test_the_lock_out_is_judged_by_the_servers_clock)."""
    opened = open_register(sqlite_url, clock)
    accounts.create_first_admin(opened, "root", "Root Admin", PASSWORD)
    yield opened
    opened.close()


def test_lock_out_grows_with_each_failure_and_ends(sqlite_admin, clock):
    register = sqlite_admin
    for _ in range(accounts.FREE_ATTEMPTS - 1):
        assert refused(register, "root", "wrong").reason == "credentials"
    first = refused(register, "root", "wrong")
    assert (first.reason, first.locked_until) == ("locked", clock.now() + accounts.FIRST_LOCK)
    assert refused(register, "root", PASSWORD).reason == "locked", "the right password waits for the lock too"
    clock.advance(seconds=31)
    second = refused(register, "root", "wrong")
    assert second.locked_until == clock.now() + 2 * accounts.FIRST_LOCK
    clock.advance(seconds=61)
    assert accounts.authenticate(register, "root", PASSWORD).username == "root"
    assert refused(register, "root", "wrong").reason == "credentials", "success clears the count"


def test_lock_durations_double_up_to_an_hour():
    assert [accounts.lock_duration(n).total_seconds() for n in (3, 4, 5, 6)] == [30, 60, 120, 240]
    assert accounts.lock_duration(30) == timedelta(hours=1)


def test_password_change_needs_the_old_password(register, admin):
    actor = accounts.authenticate(register, "root", PASSWORD)
    with pytest.raises(SignInRefused):
        register.as_user(actor).accounts.change_password("wrong", "a brand new password")
    with pytest.raises(AccountError, match="at least 10"):
        register.as_user(actor).accounts.change_password(PASSWORD, "short")
    register.as_user(actor).accounts.change_password(PASSWORD, "a brand new password")
    assert refused(register, "root", PASSWORD).reason == "credentials"
    assert accounts.authenticate(register, "root", "a brand new password")


def test_disabled_accounts_stay_and_cannot_sign_in(register, admin):
    register.as_user(admin).accounts.create_account("duty1", "Duty One", "duty_officer", PASSWORD)
    register.as_user(admin).accounts.disable("duty1")
    assert str(refused(register, "duty1", PASSWORD)) == "wrong username or password"
    assert [a.username for a in register.as_user(admin).accounts.accounts() if a.disabled] == ["duty1"]
    with pytest.raises(AccountError, match="already an account"):
        register.as_user(admin).accounts.create_account("duty1", "Someone Else", "monitor", PASSWORD)
    register.as_user(admin).accounts.enable("duty1")
    assert accounts.authenticate(register, "duty1", PASSWORD).role == "duty_officer"


def test_the_last_administrator_cannot_be_disabled(register, admin):
    with pytest.raises(AccountError, match="at least one enabled administrator"):
        register.as_user(admin).accounts.disable("root")


@pytest.mark.parametrize("role", ["duty_officer", "investigator", "medical", "prosecutor", "monitor"])
def test_only_administrators_manage_accounts(register, admin, role):
    actor = Actor("x", role)
    for call in (lambda: register.as_user(actor).accounts.create_account("y", "Y", "monitor", PASSWORD),
                 lambda: register.as_user(actor).accounts.disable("root"),
                 lambda: register.as_user(actor).accounts.set_password("root", "another password"),
                 lambda: register.as_user(actor).accounts.update_account("root", role="monitor"),
                 lambda: register.as_user(actor).accounts.accounts()):
        with pytest.raises(AccessDenied):
            call()


@pytest.mark.parametrize("username, full_name, role, facilities, message", [
    ("bad name", "Full", "monitor", (), "a username"),
    ("ok", "", "monitor", (), "full name"),
    ("ok", "Line\nbreak", "monitor", (), "full name"),
    ("ok", "Full", "superuser", (), "not a role"),
    ("ok", "Full", "duty_officer", ("F-nowhere",), "unknown facility"),
])
def test_bad_account_data_is_refused(register, admin, username, full_name, role, facilities, message):
    with pytest.raises(AccountError, match=message):
        register.as_user(admin).accounts.create_account(username, full_name, role, PASSWORD, facilities)


def test_account_changes_are_chained_without_the_hash(register, admin):
    register.as_user(admin).accounts.create_account("pros", "Prosecutor", "prosecutor", PASSWORD)
    register.as_user(admin).accounts.update_account("pros", role="monitor")
    register.as_user(admin).accounts.set_password("pros", "another long one")
    with register.engine.connect() as connection:
        actions = connection.execute(text("SELECT action FROM account_change ORDER BY seq")).scalars().all()
        hashes = connection.execute(text("SELECT password_hash FROM user_account")).scalars().all()
    assert actions == ["created", "created", "changed", "password"]
    operator = register.as_user(admin)
    assert operator.chain.verify().intact
    export = "\n".join(operator.chain.export_lines())
    assert not any(h in export for h in hashes)


def test_a_sign_in_is_in_the_access_log(register, admin):
    accounts.authenticate(register, "root", PASSWORD)
    entries = register.as_user(admin).access.access_log("account root")
    assert [(e.username, e.action) for e in entries] == [("root", "sign-in")]


def test_demo_accounts_one_per_role(register):
    accounts.create_demo_accounts(register)
    roles = {accounts.authenticate(register, name, "demo").role for name in accounts.demo_usernames(register)}
    assert roles == {"duty_officer", "investigator", "medical", "prosecutor", "monitor", "admin"}


# ---------------------------------------------------------------- passwords

@pytest.mark.parametrize("password, message", [
    ("nine char", "at least 10"),
    ("          ", "only spaces"),
    ("1234567890", "too easy"),
    ("  QwertyUIOP ", "too easy"),
    ("пароль12345", "too easy"),
    ("my-duty1-password", "too easy"),  # contains the username
])
def test_weak_passwords_are_refused_with_the_reason(register, admin, password, message):
    with pytest.raises(AccountError, match=message):
        register.as_user(admin).accounts.create_account("duty1", "Duty One", "duty_officer", password)
    assert [a.username for a in register.as_user(admin).accounts.accounts()] == ["root"]


# ---------------------------------------------------------------- no oracle for who exists

def test_unknown_wrong_and_disabled_get_the_same_answer_work_and_lock_out(register, admin, monkeypatch):
    register.as_user(admin).accounts.create_account("duty1", "Duty One", "duty_officer", PASSWORD)
    register.as_user(admin).accounts.disable("duty1")
    verified = []

    class CountingHasher(type(accounts.HASHER)):
        def verify(self, hash, password):
            verified.append(password)
            return super().verify(hash, password)

    monkeypatch.setattr(accounts, "HASHER", CountingHasher(time_cost=1, memory_cost=1024, parallelism=1))
    answers = {}
    for username, password in (("nobody", PASSWORD), ("root", "wrong password"), ("duty1", PASSWORD)):
        verified.clear()
        seen = [str(refused(register, username, password)) for _ in range(accounts.FREE_ATTEMPTS)]
        answers[username] = (seen, len(verified))
    assert len({repr(a) for a in answers.values()}) == 1, answers
    seen, hashes_checked = answers["nobody"]
    assert seen[0] == "wrong username or password" and seen[-1].startswith("too many failed attempts")
    assert hashes_checked == accounts.FREE_ATTEMPTS, "one password hash checked per attempt, whoever it is"


def test_failed_and_accepted_sign_ins_are_in_the_access_log(register, admin):
    refused(register, "nobody", PASSWORD)
    refused(register, "root", "wrong password")
    accounts.authenticate(register, "root", PASSWORD)
    log = register.as_user(admin).access.access_log()
    assert [(e.username, e.action, e.subject) for e in log if e.action.startswith("sign-in")] == [
        ("nobody", "sign-in refused", "account nobody"), ("root", "sign-in refused", "account root"),
        ("root", "sign-in", "account root")]


@pytest.mark.postgres
def test_the_lock_out_is_judged_by_the_servers_clock(pg_server, clock):
    from register.opening import open_register
    opened = open_register(pg_server.new_database(), clock)
    try:
        accounts.create_first_admin(opened, "root", "Root Admin", PASSWORD)
        for _ in range(accounts.FREE_ATTEMPTS):
            refused(opened, "root", "wrong password")
        clock.advance(hours=2)  # a station whose clock runs ahead does not shorten the lock-out
        assert refused(opened, "root", PASSWORD).reason == "locked"
    finally:
        opened.close()


# ---------------------------------------------------------------- reset and last sign-in

def test_a_reset_password_must_be_changed_at_the_next_sign_in(register, admin, clock):
    register.as_user(admin).accounts.create_account("duty1", "Duty One", "duty_officer", PASSWORD)
    assert not accounts.password_change_due(register, "duty1")
    register.as_user(admin).accounts.set_password("duty1", "given by the admin")
    assert accounts.password_change_due(register, "duty1")
    duty = accounts.authenticate(register, "duty1", "given by the admin")
    with pytest.raises(AccountError, match="other than the current"):
        register.as_user(duty).accounts.change_password("given by the admin", "given by the admin")
    register.as_user(duty).accounts.change_password("given by the admin", "chosen by myself")
    assert not accounts.password_change_due(register, "duty1")
    listed = {a.username: a for a in register.as_user(admin).accounts.accounts()}
    signed_in = [e.at for e in register.as_user(admin).access.access_log("account duty1") if e.action == "sign-in"]
    assert listed["duty1"].last_sign_in_at == signed_in[-1] and listed["root"].last_sign_in_at is None


# ---------------------------------------------------------------- sessions follow the account

@pytest.fixture
def stocked(register):
    from tests.core.lines import story
    register.as_user(Actor.without_accounts()).records.import_lines(story())
    return register


def test_disabling_ends_an_open_session_before_its_next_read(stocked):
    from register.sessions import AccountSignedOut
    admin = accounts.create_first_admin(stocked, "root", "Root Admin", PASSWORD)
    stocked.as_user(admin).accounts.create_account("duty1", "Duty One", "duty_officer", PASSWORD, ["F-1"])
    session = stocked.as_user(accounts.authenticate(stocked, "duty1", PASSWORD))
    assert session.reports.timeline("C-1") is not None
    stocked.as_user(admin).accounts.disable("duty1")
    with pytest.raises(AccountSignedOut):
        session.reports.timeline("C-1")
    from register.services.board import BoardQuery
    with pytest.raises(AccountSignedOut):
        session.board.rows(BoardQuery())
    refusals = [e for e in stocked.as_user(admin).access.access_log() if e.action == "refused"]
    assert [(e.username, e.subject.split(":")[0]) for e in refusals] == [("duty1", "ReportsService.timeline"), ("duty1", "BoardService.rows")]


def test_a_new_role_or_facility_applies_to_an_open_session(stocked):
    from datetime import datetime, timezone
    admin = accounts.create_first_admin(stocked, "root", "Root Admin", PASSWORD)
    stocked.as_user(admin).accounts.create_account("duty1", "Duty One", "duty_officer", PASSWORD, ["F-1"])
    session = stocked.as_user(accounts.authenticate(stocked, "duty1", PASSWORD))
    at = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    session.records.record_event("C-1", "placement", at, {"location": "Cell 9"})
    stocked.as_user(admin).accounts.update_account("duty1", facilities=["F-2"])
    with pytest.raises(AccessDenied):
        session.reports.timeline("C-1")
    stocked.as_user(admin).accounts.update_account("duty1", role="monitor", facilities=[])
    assert session.reports.timeline("C-1") is not None
    with pytest.raises(AccessDenied):
        session.records.record_event("C-1", "placement", at, {"location": "Cell 3"})
    assert session.actor.role == "monitor"


def test_acting_without_accounts_ends_when_the_register_gets_one(stocked):
    from register.sessions import AccountSignedOut
    unsigned = stocked.as_user(Actor.without_accounts())
    assert unsigned.reports.timeline("C-1") is not None
    accounts.create_first_admin(stocked, "root", "Root Admin", PASSWORD)
    with pytest.raises(AccountSignedOut, match="sign in"):
        unsigned.reports.timeline("C-1")
