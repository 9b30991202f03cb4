"""PostgreSQL is the security boundary: every account is a database login, and the server refuses what the
attack of issue 12 did with plain SQL. Every attack runs as a non-superuser login over SCRAM."""
from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta, timezone

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from models.orm import Base, UserAccountRow
from register import pg_security, store
from register.access import Actor
from register.now import ManualClock
from register.opening import open_register
from register.writing import in_write_transaction
from tests.core.lines import CUSTODY, FACILITY, FACILITY_2, PERSON, event, lines

pytestmark = pytest.mark.postgres
PASSWORD = "long enough secret"
OWNER = "register_owner"
# login: (role, facilities)
LOGINS = {
    "officer_a": ("duty_officer", ["F-1"]),
    "investigator_b": ("investigator", ["F-2"]),
    "medic_a": ("medical", ["F-1"]),
    "prosecutor": ("prosecutor", []),
    "monitor_a": ("monitor", ["F-1"]),
    "admin": ("admin", []),
}
CUSTODY_2 = {**CUSTODY, "id": "C-2", "person": "P-2"}
PERSON_2 = {**PERSON, "id": "P-2", "full_name": "Айгүл Нұрланқызы"}
EXAM = {"physician": "Dr Seitkali", "report_number": "M-7", "injuries": True, "non_medical_present": True,
        "trigger": "admission", "injury_marks": [{"body_region": "head", "side": "front", "injury_type": "bruise",
                                                  "detainee_account": "hit at the station"}]}


def _in(custody: str, id_: str, type_: str, at: str, **fields) -> dict:
    return {**event(id_, type_, at, **fields), "custody": custody, "recorded_by": "clerk"}


RECORDS = [FACILITY, FACILITY_2, PERSON, PERSON_2, CUSTODY, CUSTODY_2,
           _in("C-1", "E-1", "apprehension", "2026-01-05T10:00:00+05:00", place="Абай 10", officers=["Sgt Omarov"],
               reason="caught in the act", video="cam-17"),
           _in("C-1", "E-2", "arrival", "2026-01-05T11:10:00+05:00", facility="F-1"),
           _in("C-1", "E-3", "medical_exam", "2026-01-05T11:30:00+05:00", **EXAM),
           _in("C-2", "E-21", "apprehension", "2026-01-05T09:00:00+05:00", place="Тole bi 5", officers=["Sgt Ali"],
               reason="warrant", video="cam-3"),
           _in("C-2", "E-22", "arrival", "2026-01-05T09:40:00+05:00", facility="F-2"),
           _in("C-2", "E-23", "medical_exam", "2026-01-05T10:00:00+05:00", **EXAM)]


@pytest.fixture(scope="module")
def owner_role(pg_server):
    with _superuser(pg_server) as connection:
        if not connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (OWNER,)).fetchone():
            connection.execute(f"CREATE ROLE {OWNER} LOGIN CREATEDB CREATEROLE PASSWORD '{PASSWORD}'")
    return OWNER


def _superuser(pg_server, dbname: str = "postgres"):
    return psycopg.connect(host=str(pg_server.root), port=pg_server.port, user="postgres", dbname=dbname,
                           autocommit=True)


@pytest.fixture
def secured(pg_server, owner_role, clock):
    """A register created and secured by its non-superuser owner, with the story of two facilities, a
    confidential flag, and one login per role; returns the owner's URL."""
    database = make_url(pg_server.new_database()).database
    with _superuser(pg_server) as connection:
        connection.execute(f'ALTER DATABASE "{database}" OWNER TO {OWNER}')
    owner_url = make_url(pg_server.url(database)).set(username=OWNER, password=PASSWORD)
    owner_url = owner_url.render_as_string(hide_password=False)
    register = open_register(owner_url, clock)
    try:
        register.as_user(Actor.without_accounts()).records.import_lines(lines(*RECORDS))
        pg_security.secure_register(owner_url)
        for username, (role, facilities) in LOGINS.items():
            add_login(register, username, role, facilities)
    finally:
        register.close()
    prosecutor = open_register(pg_security.login_url(owner_url, "prosecutor", PASSWORD), clock)
    try:
        prosecutor.as_user(Actor("prosecutor", "prosecutor")).confidential.set_flag("P-1", "complained of beatings")
    finally:
        prosecutor.close()
    yield owner_url
    with _superuser(pg_server) as connection:  # logins are the server's, and a login name serves one register
        connection.execute(f"DROP ROLE IF EXISTS {', '.join(LOGINS)}")


def add_login(register, username: str, role: str, facilities: list[str]) -> None:
    """What the accounts service does on PostgreSQL: the account row, its login, and the chained change
    naming the credential the database stored."""
    now = register.clock.now()

    def create(session) -> None:
        session.add(UserAccountRow(username=username, full_name=username.title(), role=role,
                                   facilities=sorted(facilities), password_hash="", disabled=False,
                                   failed_attempts=0, locked_until=None, created_at=now))
        session.flush()
        verifier = pg_security.provision_login(session.connection(), username, PASSWORD, role, facilities)
        store.append_side_record(session, "account", {
            "at": now, "by": OWNER, "username": username, "action": "created", "full_name": username.title(),
            "role": role, "facilities": sorted(facilities), "disabled": False,
            "credential": store.credential_of(verifier)})

    in_write_transaction(register.engine, create)


def login(pg_server, owner_url: str, username: str) -> psycopg.Connection:
    return psycopg.connect(host=str(pg_server.root), port=pg_server.port, user=username, password=PASSWORD,
                           dbname=make_url(owner_url).database, autocommit=True)


def rows(connection, sql: str) -> set:
    return {row[0] for row in connection.execute(sql).fetchall()}


def refused(connection, sql: str, params=None) -> str:
    with pytest.raises(psycopg.Error) as caught:
        connection.execute(sql, params)
    return str(caught.value)


# ---------------------------------------------------------------- set-up

def test_every_table_of_the_schema_has_an_access_policy():
    assert pg_security.unpoliced_tables(Base.metadata.tables) == []


def test_a_table_without_a_policy_stops_the_set_up(secured, pg_server):
    with login(pg_server, secured, OWNER) as owner:
        owner.execute("CREATE TABLE notes (id integer PRIMARY KEY, body text)")
    with pytest.raises(pg_security.SecuritySetupError, match="notes has no access policy"):
        pg_security.secure_register(secured)
    with login(pg_server, secured, "officer_a") as officer:
        assert "permission denied" in refused(officer, "SELECT * FROM notes")


def test_the_set_up_needs_createrole_and_says_so(pg_server, clock):
    database = make_url(pg_server.new_database()).database
    with _superuser(pg_server) as connection:
        connection.execute("DROP ROLE IF EXISTS plain_owner")
        connection.execute(f"CREATE ROLE plain_owner LOGIN CREATEDB PASSWORD '{PASSWORD}'")
        connection.execute(f'ALTER DATABASE "{database}" OWNER TO plain_owner')
        with _superuser(pg_server, database) as inside:
            inside.execute("GRANT CREATE ON SCHEMA public TO plain_owner")
    url = make_url(pg_server.url(database)).set(username="plain_owner", password=PASSWORD)
    url = url.render_as_string(hide_password=False)
    open_register(url, clock).close()
    with pytest.raises(pg_security.SecuritySetupError, match="needs CREATEROLE"):
        pg_security.secure_register(url)


def test_the_set_up_runs_again_without_harm(secured, pg_server):
    pg_security.secure_register(secured)
    with login(pg_server, secured, "officer_a") as officer:
        assert rows(officer, "SELECT id FROM custody") == {"C-1"}


# ---------------------------------------------------------------- what each login reads

@pytest.mark.parametrize("username, custodies", [
    ("officer_a", {"C-1"}), ("investigator_b", {"C-2"}), ("medic_a", {"C-1"}), ("monitor_a", {"C-1"}),
    ("prosecutor", {"C-1", "C-2"}), ("admin", {"C-1", "C-2"}),
])
def test_a_login_sees_exactly_the_custodies_of_its_facilities(secured, pg_server, username, custodies):
    with login(pg_server, secured, username) as connection:
        assert rows(connection, "SELECT id FROM custody") == custodies
        assert rows(connection, "SELECT custody_id FROM custody_state") == custodies
        assert rows(connection, "SELECT custody_id FROM event_readable") == custodies
        assert rows(connection, "SELECT custody_id FROM event") == custodies
        assert rows(connection, "SELECT person_id FROM custody_state") == {"P-1", "P-2"} & {
            "P-" + c[2:] for c in custodies}
        assert rows(connection, "SELECT id FROM person") == {"P-" + c[2:] for c in custodies}


@pytest.mark.parametrize("username", sorted(LOGINS))
def test_no_login_reads_a_password_hash(secured, pg_server, username):
    with login(pg_server, secured, username) as connection:
        assert "permission denied" in refused(connection, "SELECT password_hash FROM user_account")
        assert "permission denied" in refused(connection, "SELECT * FROM user_account")


@pytest.mark.parametrize("username", sorted(LOGINS))
def test_only_prosecutors_and_monitors_read_confidential_flags(secured, pg_server, username):
    with login(pg_server, secured, username) as connection:
        if LOGINS[username][0] in ("prosecutor", "monitor"):
            assert rows(connection, "SELECT reason FROM confidential_flag") == {"complained of beatings"}
        else:
            assert "permission denied" in refused(connection, "SELECT reason FROM confidential_flag")


@pytest.mark.parametrize("username", sorted(LOGINS))
def test_medical_details_are_read_only_by_medical_logins(secured, pg_server, username):
    with login(pg_server, secured, username) as connection:
        exams = {row[0]: row[1] for row in connection.execute(
            "SELECT id, data FROM event_readable WHERE type = 'medical_exam'").fetchall()}
        if LOGINS[username][0] == "medical":
            assert exams == {"E-3": EXAM}
            assert rows(connection, "SELECT data->>'trigger' FROM event WHERE custody_id = 'C-2'") == set()
            return
        assert "permission denied" in refused(connection, "SELECT data FROM event")
        judged = {k: v for k, v in EXAM.items() if k not in ("trigger", "injury_marks")}
        if LOGINS[username][0] in ("prosecutor", "monitor"):  # the body chart, not the rest (issue 17)
            judged |= {"injury_marks": EXAM["injury_marks"], "trigger": EXAM["trigger"]}
        assert exams and all(data == judged for data in exams.values())


def test_the_rules_judge_the_same_without_medical_details(secured, pg_server, clock):
    owner = open_register(secured, clock)
    officer = open_register(pg_security.login_url(secured, "officer_a", PASSWORD), clock)
    try:
        everything = owner.as_user(Actor("admin", "admin")).reports.breaches()
        seen = officer.as_user(Actor("officer_a", "duty_officer", facilities=frozenset({"F-1"}))).reports.breaches()
        assert [c for c in everything if c.custody == "C-1"] == seen
        assert {c.rule for c in seen} >= {"injury-report-24h", "exam-privacy"}
    finally:
        owner.close()
        officer.close()


def test_alert_history_only_for_those_who_review_alerts(secured, pg_server):
    with login(pg_server, secured, "officer_a") as officer:
        assert "permission denied" in refused(officer, "SELECT * FROM alert_action")
    with login(pg_server, secured, "prosecutor") as prosecutor:
        assert rows(prosecutor, "SELECT id FROM alert_action") == set()


# ---------------------------------------------------------------- what no login may change

ATTACKS = [
    "UPDATE chain_head SET seq = 0, hash = 'x'",
    "UPDATE custody_state SET has_problem = false",
    "DELETE FROM custody_state",
    "INSERT INTO custody_state (custody_id, person_id, person_name, person_name_folded, is_minor, "
    "is_foreign_national, has_problem) VALUES ('C-9', 'P-1', 'x', 'x', false, false, false)",
    "UPDATE user_account SET role = 'admin'",
    "UPDATE user_account SET disabled = false",
    "UPDATE event SET recorded_by = 'someone else'",
    "DELETE FROM event",
    "UPDATE chain_entry SET hash = 'x'",
    "DELETE FROM account_change",
    "TRUNCATE event CASCADE",
    "DELETE FROM projection_profile",
    "UPDATE custody_clock SET status = 'met'",
    "DELETE FROM clock_judgement",
    "INSERT INTO custody_clock (custody_id, position, rule, rule_index, status, severity, trigger_at, due_at, "
    "overdue_minutes, basis) VALUES ('C-1', 99, 'x', 0, 'met', 'breach', now(), now(), 0, 'x')",
]


@pytest.mark.parametrize("username", sorted(LOGINS))
def test_no_login_changes_evidence_chain_projection_or_accounts(secured, pg_server, username):
    with login(pg_server, secured, username) as connection:
        for attack in ATTACKS:
            assert "permission denied" in refused(connection, attack), attack


@pytest.mark.parametrize("username", sorted(LOGINS))
def test_no_login_appends_a_chain_entry_that_does_not_follow_the_head(secured, pg_server, username):
    with login(pg_server, secured, username) as connection:
        seq, head = connection.execute("SELECT seq, hash FROM chain_head").fetchone()
        for values in [(seq + 5, "event", "E-x", head, "f" * 64), (seq + 1, "event", "E-x", "0" * 64, "f" * 64),
                       (seq, "event", "E-x", head, "f" * 64)]:
            assert "must follow the chain head" in refused(
                connection, "INSERT INTO chain_entry (seq, kind, record_id, prev_hash, hash) "
                            "VALUES (%s, %s, %s, %s, %s)", values)
        assert connection.execute("SELECT seq, hash FROM chain_head").fetchone() == (seq, head)


def test_no_login_writes_the_projection_of_a_custody_it_did_not_record_in(secured, pg_server):
    state = {"custody_id": "C-1", "person_id": "P-1", "person_name": "x", "person_name_folded": "x",
             "is_minor": False, "is_foreign_national": False, "has_problem": False}
    with login(pg_server, secured, "officer_a") as officer:
        assert "changes only with the custody's records" in refused(
            officer, "SELECT register_save_states(%s::json)", (json.dumps([state]),))
        assert "only an administrator" in refused(officer, "SELECT register_set_projection_profile('x')")


def test_no_login_writes_the_stored_clocks_of_a_custody_it_did_not_record_in(secured, pg_server):
    judgement = {"custody_id": "C-1", "judged_with": "x", "judged_at": "2026-01-05T12:00:00+00:00",
                 "problem_from": None, "stays": "[]", "entered_by": "[]", "timezone": "UTC"}
    with login(pg_server, secured, "officer_a") as officer:
        assert "stored clocks change only with the custody's records" in refused(
            officer, "SELECT register_save_judgements(%s::json, '[]'::json)", (json.dumps([judgement]),))


def test_a_login_cannot_forge_the_author_or_the_time_of_an_event(secured, pg_server):
    insert = ("INSERT INTO event (id, custody_id, type, at, recorded_at, recorded_by, data, seq) "
              "VALUES ('E-f', 'C-1', 'placement', '2026-01-05T08:00Z', {at}, {by}, '{{\"location\": \"4\"}}', 999)")
    with login(pg_server, secured, "officer_a") as officer:
        assert "recorded_by must be the signed-in login" in refused(
            officer, insert.format(at="date_trunc('second', now())", by="'medic_a'"))
        assert "recorded_at must be the database server's time" in refused(
            officer, insert.format(at="'2026-01-05T08:00Z'", by="session_user"))
        officer.execute("SELECT set_config('register.importing', 'on', false)")
        assert "recorded_at must be the database server's time" in refused(
            officer, insert.format(at="'2026-01-05T08:00Z'", by="session_user"))


def test_an_officer_cannot_write_into_a_custody_of_another_facility(secured, pg_server):
    insert = ("INSERT INTO event (id, custody_id, type, at, recorded_at, recorded_by, data, seq) VALUES "
              "(%s, %s, %s, '2026-01-05T12:00Z', date_trunc('second', now()), session_user, %s::json, 999)")
    with login(pg_server, secured, "officer_a") as officer:
        officer.execute("INSERT INTO custody VALUES ('C-3', 'P-1', 'suspect', 'x', 'y', NULL)")
        for values in [("E-r", "C-2", "release", json.dumps({"reason": "x"})),
                       ("E-a", "C-2", "arrival", json.dumps({"facility": "F-1"})),
                       ("E-b", "C-1", "transfer", json.dumps({"facility": "F-2"}))]:
            assert "row-level security" in refused(officer, insert, values)
    with login(pg_server, secured, "investigator_b") as investigator:
        investigator.execute(insert.replace("session_user", "'investigator_b'"),
                             ("E-30", "C-3", "apprehension", json.dumps({"place": "x"})))
    with login(pg_server, secured, "officer_a") as officer:
        assert "row-level security" in refused(officer, insert, ("E-r3", "C-3", "release", json.dumps({})))


@pytest.mark.parametrize("username", ["officer_a", "medic_a", "prosecutor", "monitor_a"])
def test_only_an_administrator_changes_logins(secured, pg_server, username):
    with login(pg_server, secured, username) as connection:
        for sql in ["SELECT register_set_login_role('officer_a', 'admin')",
                    "SELECT register_set_login_enabled('admin', false)",
                    "SELECT register_set_account_details('officer_a', 'x', '[]')",
                    "SELECT register_set_login_password('admin', 'SCRAM-SHA-256$4096:x')"]:
            assert re.search("only an administrator|permission denied", refused(connection, sql)), sql


def test_an_administrator_cannot_take_over_the_owner_or_another_server_role(secured, pg_server, clock):
    admin = open_register(pg_security.login_url(secured, "admin", PASSWORD), clock)
    try:
        with admin.engine.begin() as connection:
            with pytest.raises(Exception, match="no account"):
                pg_security.set_login_password(connection, OWNER, "a new owner password")
    finally:
        admin.close()


# ---------------------------------------------------------------- working as a login

def test_an_officer_login_records_an_event_stamped_by_the_server_and_chained(secured, pg_server):
    station_clock = ManualClock(datetime(2026, 1, 5, 7, 0, tzinfo=timezone.utc))  # hours behind the server
    officer = open_register(pg_security.login_url(secured, "officer_a", PASSWORD), station_clock)
    try:
        service = officer.as_user(Actor("officer_a", "duty_officer", facilities=frozenset({"F-1"})))
        recorded = service.records.record_event("C-1", "placement", datetime(2026, 1, 5, 6, 50, tzinfo=timezone.utc),
                                        {"location": "Cell 2"})
        server_now = datetime.now(timezone.utc)
        assert recorded.recorded_by == "officer_a"
        assert abs(recorded.recorded_at - server_now) < timedelta(minutes=1)
        stored = next(e for e in service.reports.timeline("C-1").events if e.id == recorded.id)
        assert stored.recorded_at == recorded.recorded_at
        assert service.chain.verify().intact
    finally:
        officer.close()
    owner = open_register(secured, station_clock)
    try:
        assert owner.as_user(Actor("admin", "admin")).chain.verify().intact
    finally:
        owner.close()


def test_disabling_an_account_takes_effect_in_its_open_session(secured, pg_server, clock):
    with login(pg_server, secured, "officer_a") as officer:
        assert rows(officer, "SELECT id FROM custody") == {"C-1"}
        admin = open_register(pg_security.login_url(secured, "admin", PASSWORD), clock)
        try:
            with admin.engine.begin() as connection:
                pg_security.set_login_enabled(connection, "officer_a", False)
        finally:
            admin.close()
        assert rows(officer, "SELECT id FROM custody") == set()
    with pytest.raises(psycopg.OperationalError):
        login(pg_server, secured, "officer_a")


def test_changing_role_and_facilities_moves_the_login(secured, pg_server, clock):
    admin = open_register(pg_security.login_url(secured, "admin", PASSWORD), clock)
    try:
        with admin.engine.begin() as connection:
            pg_security.set_account_details(connection, "officer_a", "Officer A", ["F-2"])
            pg_security.set_login_role(connection, "officer_a", "prosecutor")
    finally:
        admin.close()
    with login(pg_server, secured, "officer_a") as moved:
        assert rows(moved, "SELECT id FROM custody") == {"C-2"}
        assert rows(moved, "SELECT reason FROM confidential_flag") == {"complained of beatings"}


def test_a_station_whose_clock_is_off_is_warned(secured):
    from models.engine import make_engine
    engine = make_engine(secured)
    try:
        now = datetime.now(timezone.utc)
        assert pg_security.clock_warning(engine, now) is None
        assert "behind the database server's" in pg_security.clock_warning(engine, now - timedelta(minutes=5))
    finally:
        engine.dispose()


def test_an_officer_takes_in_a_detainee_and_a_prosecutor_acknowledges_its_alert(secured, clock):
    from register.domain import Custody, Person
    from register.services.board import BoardQuery
    officer_register = open_register(pg_security.login_url(secured, "officer_a", PASSWORD), clock)
    prosecutor_register = open_register(pg_security.login_url(secured, "prosecutor", PASSWORD), clock)
    try:
        officer = officer_register.as_user(Actor("officer_a", "duty_officer", facilities=frozenset({"F-1"})))
        at = clock.now() - timedelta(hours=30)
        events = [officer.records.new_event("C-7", "apprehension", at,
                                            {"place": "x", "officers": ["y"], "reason": "z"}),
                  officer.records.new_event("C-7", "arrival", at + timedelta(minutes=20), {"facility": "F-1"})]
        officer.records.intake(Person("P-7", "Асан Асанов", None, "male", "KZ", ("kk",)),
                               Custody("C-7", "P-7", "suspect", "grounds", "authority"), events)
        assert {row.custody_id for row in officer.board.rows(BoardQuery())} == {"C-1", "C-7"}
        assert [e.recorded_by for e in officer.reports.timeline("C-7").events] == ["officer_a", "officer_a"]
        assert all(alert.history == () for alert in officer.alerts.alerts())

        prosecutor = prosecutor_register.as_user(Actor("prosecutor", "prosecutor"))
        alerts = prosecutor.alerts
        key = next(a.key for a in alerts.alerts() if a.custody_id == "C-7")
        alerts.acknowledge(key, "seen")
        assert [action.action for action in alerts.history(key)] == ["acknowledge"]
        assert prosecutor.chain.verify().intact
        assert [entry.username for entry in prosecutor.access.access_log("custody C-7")] == ["officer_a"]
    finally:
        officer_register.close()
        prosecutor_register.close()


def test_a_prosecutor_of_one_facility_sees_what_was_done_about_an_alert_before_its_custody_came_there(
        secured, pg_server, clock):
    """prosecutor_b oversees F-2 only, so their login reads the alert actions of F-2's custodies only. An alert
    of C-1 acknowledged at F-1 before a later action they saw at F-2: once C-1 is transferred to F-2, its
    acknowledgement is in their next refresh, although it was chained before the last action they had read."""
    owner = open_register(secured, clock)
    add_login(owner, "prosecutor_b", "prosecutor", ["F-2"])
    add_login(owner, "officer_ab", "duty_officer", ["F-1", "F-2"])  # escorts between the two
    everywhere = open_register(pg_security.login_url(secured, "prosecutor", PASSWORD), clock)
    at_f2 = open_register(pg_security.login_url(secured, "prosecutor_b", PASSWORD), clock)
    officer = open_register(pg_security.login_url(secured, "officer_ab", PASSWORD), clock)
    try:
        chief = everywhere.as_user(Actor("prosecutor", "prosecutor")).alerts
        inbox = at_f2.as_user(Actor("prosecutor_b", "prosecutor", facilities=frozenset({"F-2"}))).alerts
        listed = chief.alerts()
        earlier = next(a.key for a in listed if a.custody_id == "C-1")
        chief.acknowledge(earlier, "seen at F-1")
        chief.acknowledge(next(a.key for a in listed if a.custody_id == "C-2"), "seen at F-2")
        assert {a.custody_id for a in inbox.alerts()} == {"C-2"}
        moved = officer.as_user(Actor("officer_ab", "duty_officer", facilities=frozenset({"F-1", "F-2"}))).records
        moved.record_event("C-1", "departure", clock.now() - timedelta(minutes=30),
                           {"purpose": "transfer", "destination": "F-2"})
        moved.record_event("C-1", "arrival", clock.now() - timedelta(minutes=10), {"facility": "F-2"})
        transferred = next(a for a in inbox.alerts() if a.key == earlier)
        assert [(action.action, action.comment) for action in transferred.history] == [("acknowledge", "seen at F-1")]
    finally:
        for register in (owner, everywhere, at_f2, officer):
            register.close()
        with _superuser(pg_server) as connection:
            connection.execute("DROP ROLE IF EXISTS prosecutor_b, officer_ab")


def test_an_officer_opens_a_custody_for_a_namesake_held_at_another_facility_only(secured, pg_server, clock):
    """The intake's namesake, held until now at F-2 only, is the person the officer of F-1 registers: the write,
    as the officer's own login, knows him through register_person_for_custody (no second person, no refusal),
    and the clocks it stores are the ones a prosecutor's verify judges afresh."""
    from datetime import date
    from register.domain import Custody
    from register.services.board import BoardQuery
    officer_register = open_register(pg_security.login_url(secured, "officer_a", PASSWORD), clock)
    prosecutor_register = open_register(pg_security.login_url(secured, "prosecutor", PASSWORD), clock)
    try:
        officer = officer_register.as_user(Actor("officer_a", "duty_officer", facilities=frozenset({"F-1"})))
        [namesake] = officer.board.find_namesakes("Айгүл Нұрланқызы", date(1990, 4, 2), None)
        assert (namesake.person_id, namesake.person) == ("P-2", None)
        at = clock.now() - timedelta(hours=30)
        events = [officer.records.new_event("C-8", "apprehension", at,
                                            {"place": "x", "officers": ["y"], "reason": "z"}),
                  officer.records.new_event("C-8", "arrival", at + timedelta(minutes=20), {"facility": "F-1"})]
        officer.records.intake(None, Custody("C-8", "P-2", "suspect", "grounds", "authority"), events)

        assert {row.custody_id for row in officer.board.rows(BoardQuery())} == {"C-1", "C-8"}
        assert officer.reports.timeline("C-8").person.full_name == "Айгүл Нұрланқызы"
        with login(pg_server, secured, "officer_a") as connection:
            assert rows(connection, "SELECT id FROM person") == {"P-1", "P-2"}
            assert rows(connection, "SELECT id FROM custody") == {"C-1", "C-8"}  # not the other facility's C-2
        prosecutor = prosecutor_register.as_user(Actor("prosecutor", "prosecutor"))
        assert prosecutor.chain.verify().intact
    finally:
        officer_register.close()
        prosecutor_register.close()


def test_signing_in_is_connecting_as_the_login_with_one_answer_for_every_refusal(secured, clock):
    owner = open_register(secured, clock)
    try:
        officer = pg_security.open_as_login(owner, "officer_a", PASSWORD)
        assert PASSWORD not in officer.url
        with officer.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT session_user").scalar() == "officer_a"
        officer.close()
        admin = pg_security.open_as_login(owner, "admin", PASSWORD)
        with admin.engine.begin() as connection:
            pg_security.set_login_enabled(connection, "medic_a", False)
        admin.close()
        for username, password in [("officer_a", "wrong password!"), ("nobody", PASSWORD), ("medic_a", PASSWORD)]:
            with pytest.raises(pg_security.LoginRefused, match="^wrong username or password$"):
                pg_security.open_as_login(owner, username, password)
    finally:
        owner.close()


@pytest.mark.slow
def test_logins_recording_at_once_keep_one_chain(secured, clock):
    from tests.test_crash import start_station
    each = 10
    stations = [start_station(pg_security.login_url(secured, username, PASSWORD), custody, each)
                for username, custody in [("officer_a", "C-1"), ("officer_a", "C-1"), ("investigator_b", "C-2"),
                                          ("investigator_b", "C-2")]]
    printed = []
    for station in stations:
        out, err = station.communicate(timeout=180)
        assert station.returncode == 0, err
        printed += out.split()
    assert len(set(printed)) == 4 * each
    owner = open_register(secured, clock)
    try:
        assert owner.as_user(Actor("admin", "admin")).chain.verify().intact
        with owner.engine.connect() as connection:
            authors = connection.exec_driver_sql(
                "SELECT recorded_by, count(*) FROM event WHERE type = 'placement' GROUP BY recorded_by").all()
        assert dict(authors) == {"officer_a": 2 * each, "investigator_b": 2 * each}
    finally:
        owner.close()



def test_a_prosecutors_first_custody_export_is_signed_without_an_administrators_checkpoint(
        secured, clock, checkpoint_key, monkeypatch, capsys):
    """setup-postgres records the checkpoint key (the key file stays outside the database, where every login
    of this register looks), so the prosecutor's login, which may not record a key, signs its first export."""
    from register.interchange import verify_lines
    from ui.cli import main
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--db", secured, "setup-postgres"]) == 0
    assert f"checkpoints are signed with the key in {checkpoint_key}" in capsys.readouterr().out
    assert checkpoint_key.stat().st_mode & 0o077 == 0
    register = open_register(pg_security.login_url(secured, "prosecutor", PASSWORD), clock)
    try:
        lines = list(register.as_user(Actor("prosecutor", "prosecutor")).chain.export_lines("C-1"))
    finally:
        register.close()
    assert json.loads(lines[0])["checkpoint"]
    assert verify_lines(lines).intact
    assert main(["--db", secured, "setup-postgres"]) == 0  # again: the key recorded before stays
    assert "checkpoints are signed" not in capsys.readouterr().out


def test_every_login_of_one_register_finds_one_key_file(monkeypatch):
    from register.keyfile import KEY_VARIABLE, key_path
    monkeypatch.delenv(KEY_VARIABLE)
    owner = "postgresql+psycopg://register_owner:secret@db.example:5432/register"
    assert key_path(owner) == key_path(pg_security.login_url(owner, "prosecutor", "another"))
    assert key_path(owner) != key_path(owner.replace("/register", "/other"))


def test_a_prosecutor_login_lists_colleague_prosecutors_by_name_only(secured, pg_server, clock):
    """Assigning an alert needs the names of the other prosecutors; the login reads only its own account
    row, and the server's function tells it usernames and names of enabled prosecutors, nothing else."""
    owner = open_register(secured, clock)
    try:
        add_login(owner, "prosecutor_2", "prosecutor", [])
        add_login(owner, "prosecutor_gone", "prosecutor", [])
        in_write_transaction(owner.engine, lambda session: session.execute(
            text("UPDATE user_account SET disabled = true WHERE username = 'prosecutor_gone'")))
    finally:
        owner.close()
    try:
        with login(pg_server, secured, "prosecutor") as connection:
            assert rows(connection, "SELECT username FROM user_account") == {"prosecutor"}
            assert connection.execute("SELECT * FROM register_prosecutors()").fetchall() == [
                ("prosecutor", "Prosecutor"), ("prosecutor_2", "Prosecutor_2")]
        prosecutor = open_register(pg_security.login_url(secured, "prosecutor", PASSWORD), clock)
        try:
            listed = prosecutor.as_user(Actor("prosecutor", "prosecutor")).alerts.prosecutors()
        finally:
            prosecutor.close()
        assert listed == [("prosecutor", "Prosecutor"), ("prosecutor_2", "Prosecutor_2")]
    finally:
        with _superuser(pg_server) as connection:
            connection.execute("DROP ROLE IF EXISTS prosecutor_2, prosecutor_gone")


# ---------------------------------------------------------------- the complaints register (issue 16)

def _complained(secured, clock) -> str:
    """The monitor receives a complaint of C-1's detainee directly (the one event a monitor records) and
    takes it up; returns the complaint's id."""
    monitor = open_register(pg_security.login_url(secured, "monitor_a", PASSWORD), clock)
    try:
        service = monitor.as_user(Actor("monitor_a", "monitor", facilities=frozenset({"F-1"})))
        complaint = service.records.record_event("C-1", "complaint", clock.now(), {
            "addressee": "НПМ", "subject": "избили при задержании", "body": "npm", "ill_treatment": True})
        service.complaints.take_up(complaint.id, "visit on Monday")
        assert [c.status for c in service.complaints.complaints()] == ["taken_up"]
        assert service.chain.verify().intact
        return complaint.id
    finally:
        monitor.close()


@pytest.mark.parametrize("username", sorted(LOGINS))
def test_a_complaint_is_read_only_by_prosecutors_and_monitors(secured, pg_server, clock, username):
    complaint = _complained(secured, clock)
    with login(pg_server, secured, username) as connection:
        data = connection.execute("SELECT data FROM event_readable WHERE id = %s", (complaint,)).fetchone()
        if LOGINS[username][0] in ("prosecutor", "monitor"):
            assert data[0]["subject"] == "избили при задержании"
            assert rows(connection, "SELECT action FROM complaint_action") == {"take_up"}
        elif data is not None:  # staff of F-1 see that it exists, and to which body
            assert data[0] == {"body": "npm"}
        if LOGINS[username][0] not in ("prosecutor", "monitor"):
            assert "permission denied" in refused(connection, "SELECT * FROM complaint_action")


def test_a_monitor_login_records_a_complaint_and_no_other_event(secured, pg_server, clock):
    _complained(secured, clock)
    with login(pg_server, secured, "monitor_a") as connection:
        refusal = refused(connection, "INSERT INTO event (id, custody_id, type, at, recorded_at, recorded_by, data, seq) "
                                      "VALUES ('E-X', 'C-1', 'release', now(), date_trunc('second', now()), "
                                      "'monitor_a', '{\"reason\": \"x\"}', 9999)")
        assert "row-level security" in refusal or "permission denied" in refusal


def test_the_prosecutor_login_sees_every_injury_finding_as_an_allegation(secured, clock):
    prosecutor = open_register(pg_security.login_url(secured, "prosecutor", PASSWORD), clock)
    try:
        alerts = prosecutor.as_user(Actor("prosecutor", "prosecutor")).alerts.alerts()
    finally:
        prosecutor.close()
    assert sorted(a.custody_id for a in alerts if a.rule == "injuries-found") == ["C-1", "C-2"]


def test_a_login_of_another_facility_finds_a_namesake_by_what_identifies_him_only(secured, pg_server, clock):
    """The intake's namesake check runs as the officer's own login over every facility (issue 15), through
    register_namesakes: name, birth date, the document's last digits, the facility and dates of each custody,
    and nothing the login may not read otherwise."""
    from datetime import date
    with login(pg_server, secured, "investigator_b") as connection:
        assert rows(connection, "SELECT id FROM person") == {"P-2"}  # P-1 is held at F-1 only
        found = connection.execute("SELECT * FROM register_namesakes(%s, %s, %s, %s)",
                                   (date(1990, 4, 2), ["erlan"], "", 50))
        assert [d.name for d in found.description] == ["person_id", "full_name", "birth_date", "document_tail",
                                                       "facility_name", "apprehended_at", "released_at"]
        assert [row[:5] for row in found.fetchall()] == [
            ("P-1", "Ерлан Серікұлы Жұмабаев", date(1990, 4, 2), "", "ИВС ДП г. Алматы")]
        alone = connection.execute("SELECT count(*) FROM register_namesakes(%s, %s, %s, %s)",
                                   (date(1990, 4, 2), ["nobody"], "", 50)).fetchone()[0]
        assert alone == 0  # a birth date alone lists no one: a word of the name must match too
    investigator = open_register(pg_security.login_url(secured, "investigator_b", PASSWORD), clock)
    try:
        service = investigator.as_user(Actor("investigator_b", "investigator", facilities=frozenset({"F-2"})))
        [namesake] = service.board.find_namesakes("Yerlan Zhumabayev", date(1990, 4, 2), None)
        assert (namesake.person_id, namesake.person) == ("P-1", None)
        assert [(c.facility_name, c.released_at) for c in namesake.custodies] == [("ИВС ДП г. Алматы", None)]
        assert service.board.find_namesakes("Yerlan Zhumabayev", date(1991, 4, 2), None) == []
    finally:
        investigator.close()
