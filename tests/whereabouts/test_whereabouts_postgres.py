"""The whereabouts desk on a secured PostgreSQL register, as the inquiry_desk login itself: it answers and
records, and the database refuses it what the desk must not read or write."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from register import pg_security
from register.access import Actor
from register.opening import open_register
from register.services.whereabouts import Asker
from tests.test_pg_security import (  # noqa: F401 (fixtures)
    PASSWORD, _superuser, add_login, login, owner_role, refused, rows, secured,
)

pytestmark = pytest.mark.postgres
DESK = "desk_a"


@pytest.fixture
def desk_login(secured, pg_server, clock):
    register = open_register(secured, clock)
    try:
        add_login(register, DESK, "inquiry_desk", [])
    finally:
        register.close()
    yield secured
    with _superuser(pg_server) as connection:  # a login is the server's: it goes with the register
        connection.execute(f"DROP ROLE IF EXISTS {DESK}")


def test_the_desk_login_answers_and_records_and_reads_nothing_it_must_not(desk_login, pg_server, clock):
    register = open_register(pg_security.login_url(desk_login, DESK, PASSWORD), clock)
    try:
        desk = register.as_user(Actor(DESK, "inquiry_desk", "Desk A"))
        found = desk.whereabouts.find("Aigul").candidates
        assert [c.person_id for c in found] == ["P-2"]
        report = desk.whereabouts.answer(Asker("Нұрлан", "father", "+7 700"), "Aigul", "kk", "P-2")
        assert report.outcome == "held" and report.current.facility_id == "F-2"
        desk.whereabouts.report_apprehension(Asker("Нұрлан", "father", "+7 700"), "Болат Серікұлы", None,
                                             "N 1234567", "Abay Avenue", datetime(2026, 1, 5, 6, tzinfo=timezone.utc))
        assert [i.by for i in desk.whereabouts.inquiries()] == [DESK]
    finally:
        register.close()
    connection = login(pg_server, desk_login, DESK)
    try:
        for table in ("confidential_flag", "alert_action", "access_log", "person", "custody", "event",
                      "event_readable", "clock_judgement", "custody_clock"):
            assert "permission denied" in refused(connection, f"SELECT * FROM {table}")
        assert "permission denied" in refused(connection, "SELECT grounds FROM custody")
        assert "permission denied" in refused(connection, "SELECT type FROM event")
        assert "permission denied" in refused(connection, "SELECT has_problem FROM custody_state")
        assert "permission denied" in refused(connection, "SELECT person_name FROM custody_state")
    finally:
        connection.close()


def test_the_desk_reads_only_what_article_18_names(desk_login, pg_server):
    """Through its views: a person's name and birth date, the ordering authority, the apprehension's place and
    time, the facilities and the release; never the grounds, the officers, a medical examination, other events."""
    connection = login(pg_server, desk_login, DESK)
    try:
        assert rows(connection, "SELECT ordering_authority IS NOT NULL FROM desk_custody") == {True}
        assert rows(connection, "SELECT grounds FROM desk_custody") == {None}
        assert rows(connection, "SELECT procedural_status FROM desk_custody") == {None}
        assert rows(connection, "SELECT full_name FROM desk_person") == {"Ерлан Серікұлы Жұмабаев", "Айгүл Нұрланқызы"}
        assert rows(connection, "SELECT vulnerabilities::text FROM desk_person") == {"[]"}
        assert rows(connection, "SELECT type FROM desk_event") == {"apprehension", "arrival"}
        apprehension = connection.execute("SELECT data FROM desk_event WHERE id = 'E-1'").fetchone()[0]
        assert apprehension == {"place": "Абай 10"}
        assert rows(connection, "SELECT recorded_by FROM desk_event") == {None}
        assert rows(connection, "SELECT count(*) FROM desk_event WHERE type = 'medical_exam'") == {0}
        assert "permission denied" in refused(
            connection, "INSERT INTO person (id, full_name, sex, languages, vulnerabilities) "
                        "VALUES ('P-x', 'X', 'male', '[]', '[]')")
        assert refused(connection, "INSERT INTO inquiry (id, at, by, asker_name, asker_relation, asker_contact, "
                                   "language, query, outcome, answer, seq) VALUES (99, now(), 'prosecutor', 'a', "
                                   "'b', 'c', 'kk', 'q', 'held', 'forged', 999)")
    finally:
        connection.close()


def test_the_prosecutors_login_closes_an_apprehension_reported_and_not_registered(desk_login, clock):
    desk = open_register(pg_security.login_url(desk_login, DESK, PASSWORD), clock)
    try:
        desk.as_user(Actor(DESK, "inquiry_desk", "Desk A")).whereabouts.report_apprehension(
            Asker("Нұрлан", "father", "+7 700"), "Болат Серікұлы", None, "N 1234567", "Abay Avenue",
            datetime(2026, 1, 5, 6, tzinfo=timezone.utc))
    finally:
        desk.close()
    register = open_register(pg_security.login_url(desk_login, "prosecutor", PASSWORD), clock)
    try:
        alerts = register.as_user(Actor("prosecutor", "prosecutor")).alerts
        key = next(a.key for a in alerts.alerts() if a.rule == "apprehension-reported")
        alerts.acknowledge(key, "asked the district police")
        alerts.close(key, "nobody of that name was taken; referred for a check")
        assert [a.action for a in alerts.history(key)] == ["acknowledge", "close"]
    finally:
        register.close()
