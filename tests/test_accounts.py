"""Accounts: hashed passwords, a lock-out that grows, password change, disable never delete, a chained history;
sessions that follow the account."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from register import accounts
from register.access import AccessDenied, Actor
from register.accounts import AccountError, SignInRefused
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


def test_lock_out_grows_with_each_failure_and_ends(register, admin, clock, db_url):
    if db_url.startswith("postgresql"):
        pytest.skip("on PostgreSQL the lock-out runs on the server's clock: see test_the_lock_out_is_judged_by_the_server")
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
        accounts.change_password(register, actor, "wrong", "a brand new password")
    with pytest.raises(AccountError, match="at least 10"):
        accounts.change_password(register, actor, PASSWORD, "short")
    accounts.change_password(register, actor, PASSWORD, "a brand new password")
    assert refused(register, "root", PASSWORD).reason == "credentials"
    assert accounts.authenticate(register, "root", "a brand new password")


def test_disabled_accounts_stay_and_cannot_sign_in(register, admin):
    accounts.create_account(register, admin, "duty1", "Duty One", "duty_officer", PASSWORD)
    accounts.disable(register, admin, "duty1")
    assert str(refused(register, "duty1", PASSWORD)) == "wrong username or password"
    assert [a.username for a in accounts.accounts(register, admin) if a.disabled] == ["duty1"]
    with pytest.raises(AccountError, match="already an account"):
        accounts.create_account(register, admin, "duty1", "Someone Else", "monitor", PASSWORD)
    accounts.enable(register, admin, "duty1")
    assert accounts.authenticate(register, "duty1", PASSWORD).role == "duty_officer"


def test_the_last_administrator_cannot_be_disabled(register, admin):
    with pytest.raises(AccountError, match="at least one enabled administrator"):
        accounts.disable(register, admin, "root")


@pytest.mark.parametrize("role", ["duty_officer", "investigator", "medical", "prosecutor", "monitor"])
def test_only_administrators_manage_accounts(register, admin, role):
    actor = Actor("x", role)
    for call in (lambda: accounts.create_account(register, actor, "y", "Y", "monitor", PASSWORD),
                 lambda: accounts.disable(register, actor, "root"),
                 lambda: accounts.set_password(register, actor, "root", "another password"),
                 lambda: accounts.update_account(register, actor, "root", role="monitor"),
                 lambda: accounts.accounts(register, actor)):
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
        accounts.create_account(register, admin, username, full_name, role, PASSWORD, facilities)


def test_account_changes_are_chained_without_the_hash(register, admin):
    accounts.create_account(register, admin, "pros", "Prosecutor", "prosecutor", PASSWORD)
    accounts.update_account(register, admin, "pros", role="monitor")
    accounts.set_password(register, admin, "pros", "another long one")
    with register.engine.connect() as connection:
        actions = connection.execute(text("SELECT action FROM account_change ORDER BY seq")).scalars().all()
        hashes = connection.execute(text("SELECT password_hash FROM user_account")).scalars().all()
    assert actions == ["created", "created", "changed", "password"]
    operator = register.as_user(admin)
    assert operator.verify().intact
    export = "\n".join(operator.export_lines())
    assert not any(h in export for h in hashes)


def test_a_sign_in_is_in_the_access_log(register, admin):
    accounts.authenticate(register, "root", PASSWORD)
    entries = register.as_user(admin).access_log("account root")
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
        accounts.create_account(register, admin, "duty1", "Duty One", "duty_officer", password)
    assert [a.username for a in accounts.accounts(register, admin)] == ["root"]


# ---------------------------------------------------------------- no oracle for who exists

def test_unknown_wrong_and_disabled_get_the_same_answer_work_and_lock_out(register, admin, monkeypatch):
    accounts.create_account(register, admin, "duty1", "Duty One", "duty_officer", PASSWORD)
    accounts.disable(register, admin, "duty1")
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
    log = register.as_user(admin).access_log()
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
    accounts.create_account(register, admin, "duty1", "Duty One", "duty_officer", PASSWORD)
    assert not accounts.password_change_due(register, "duty1")
    accounts.set_password(register, admin, "duty1", "given by the admin")
    assert accounts.password_change_due(register, "duty1")
    duty = accounts.authenticate(register, "duty1", "given by the admin")
    with pytest.raises(AccountError, match="other than the current"):
        accounts.change_password(register, duty, "given by the admin", "given by the admin")
    accounts.change_password(register, duty, "given by the admin", "chosen by myself")
    assert not accounts.password_change_due(register, "duty1")
    listed = {a.username: a for a in accounts.accounts(register, admin)}
    assert listed["duty1"].last_sign_in_at == clock.now() and listed["root"].last_sign_in_at is None


# ---------------------------------------------------------------- sessions follow the account

@pytest.fixture
def stocked(register):
    from tests.core.lines import story
    register.as_user(Actor.without_accounts()).import_lines(story())
    return register


def test_disabling_ends_an_open_session_before_its_next_read(stocked):
    from register.sessions import AccountSignedOut
    admin = accounts.create_first_admin(stocked, "root", "Root Admin", PASSWORD)
    accounts.create_account(stocked, admin, "duty1", "Duty One", "duty_officer", PASSWORD, ["F-1"])
    session = stocked.as_user(accounts.authenticate(stocked, "duty1", PASSWORD))
    assert session.timeline("C-1") is not None
    accounts.disable(stocked, admin, "duty1")
    with pytest.raises(AccountSignedOut):
        session.timeline("C-1")
    from register.service import BoardQuery
    with pytest.raises(AccountSignedOut):
        session.board(BoardQuery())
    refusals = [e for e in stocked.as_user(admin).access_log() if e.action == "refused"]
    assert [(e.username, e.subject.split(":")[0]) for e in refusals] == [("duty1", "timeline"), ("duty1", "board")]


def test_a_new_role_or_facility_applies_to_an_open_session(stocked):
    from datetime import datetime, timezone
    admin = accounts.create_first_admin(stocked, "root", "Root Admin", PASSWORD)
    accounts.create_account(stocked, admin, "duty1", "Duty One", "duty_officer", PASSWORD, ["F-1"])
    session = stocked.as_user(accounts.authenticate(stocked, "duty1", PASSWORD))
    at = datetime(2026, 1, 5, 8, 0, tzinfo=timezone.utc)
    session.record_event("C-1", "placement", at, {"location": "Cell 9"})
    accounts.update_account(stocked, admin, "duty1", facilities=["F-2"])
    with pytest.raises(AccessDenied):
        session.timeline("C-1")
    accounts.update_account(stocked, admin, "duty1", role="monitor", facilities=[])
    assert session.timeline("C-1") is not None
    with pytest.raises(AccessDenied):
        session.record_event("C-1", "placement", at, {"location": "Cell 3"})
    assert session.actor.role == "monitor"


def test_acting_without_accounts_ends_when_the_register_gets_one(stocked):
    from register.sessions import AccountSignedOut
    unsigned = stocked.as_user(Actor.without_accounts())
    assert unsigned.timeline("C-1") is not None
    accounts.create_first_admin(stocked, "root", "Root Admin", PASSWORD)
    with pytest.raises(AccountSignedOut, match="sign in"):
        unsigned.timeline("C-1")
