"""PostgreSQL as the security boundary: every account is its own database login, and the server enforces
what it may read and write.

The client program checks roles and facilities too (register/access.py), but a station's user can reach
the database with any SQL client; here the database itself refuses. `secure_register` (the command
`setup-postgres`, run by the register's owner) installs, idempotently:

- a NOLOGIN role `<db>_schema_owner` that owns every table and every SECURITY DEFINER function, and one
  NOLOGIN group role per register role (`<db>_duty_officer`, ...); an account's login is a member of the
  group of its role. Names carry the database's so that two registers on one server share nothing;
- grants from TABLE_POLICIES, an explicit entry for every table of the schema (a table without one stops
  the set-up: nothing is granted by default);
- row-level security: a login reads custodies, persons, events, the board's projection and alert history
  only of custodies held at its facilities (an account with no facilities listed: all), looked up in the
  register's own `user_account` rows at every statement, so disabling an account or changing its
  facilities takes effect in open sessions at once;
- medical examinations: no login but `medical` reads the `event.data` column; every other login reads
  events through the view `event_readable`, where an examination keeps the physician, the report number and
  the three facts the rules judge (injuries found, a non-medical person present, and whether the doctor
  asked for that presence), and for prosecutors and monitors the body chart (`injury_marks`); whatever
  else an examination says is left out. Likewise a complaint keeps only
  the body it is addressed to for every login but a prosecutor's or a monitor's. The rules are judged the
  same; a non-medical login cannot re-hash an examination, so its `verify` checks those links only;
- triggers and functions owned by the NOLOGIN owner for whatever must change: the chain's head moves
  only when an entry that follows it is inserted; the board's projection is written only through
  `register_save_states`; accounts change only through the `register_*_login` functions; an event
  recorded at a station carries the server's time and the signed-in login (see `server_stamp`), an
  import by a role entitled to import keeps its lines' stamps.

The owner (and a superuser) can still do anything, including dropping all of this: against them the
chain and an anchored head are the defence (docs/security.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from models.engine import make_engine
from models.orm import Base
from register.access import (COMPLAINT_PUBLIC_FIELDS, INJURY_CHART_FIELDS, MEDICAL_EXAM_PUBLIC_FIELDS, ROLE_PERMISSIONS,
                             ROLES, Permission)
from register.deployment import DeploymentError
from register.errors import AccessDenied, Message
from register.search_text import DOCUMENT_TAIL, MIN_DOCUMENT_DIGITS

if TYPE_CHECKING:  # the accounts service imports this module: nothing here imports the services back
    from register.service import OpenedRegister

P = Permission
# What a non-medical login reads of a medical examination: the public fields and what the rules judge.
MEDICAL_EXAM_JUDGED_FIELDS = frozenset({"injuries", "non_medical_present", "presence_requested_by_doctor"})
CLOCK_TOLERANCE = timedelta(minutes=1)
IMPORT_SETTING = "register.importing"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")
_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")


class SecuritySetupError(DeploymentError):
    """The database cannot be secured as asked."""


def roles_with(permission: Permission) -> tuple[str, ...]:
    return tuple(role for role in ROLES if permission in ROLE_PERMISSIONS[role])


@dataclass(frozen=True)
class TablePolicy:
    """Who may read and add rows of one table (by register role); nobody may UPDATE or DELETE.

    `read_columns` limits SELECT to those columns for every reader but `full_readers`; `scope` names the
    row-level policy (see _ROW_POLICIES) that limits rows to the login's facilities.
    """
    read: tuple[str, ...]
    insert: tuple[str, ...] = ()
    read_columns: tuple[str, ...] | None = None
    full_readers: tuple[str, ...] = ()
    scope: str | None = None


EVERYONE = ROLES
# The whereabouts desk reads what article 18 of the Convention against Enforced Disappearance names and nothing
# more: persons, custodies and events only through the desk_* views (below), never the tables.
DESK = tuple(role for role in ROLES if ROLE_PERMISSIONS[role] == frozenset({P.INQUIRE}))
NOT_DESK = tuple(role for role in ROLES if role not in DESK)
# What of each event the desk reads: the place of the apprehension, the facilities, departures (their times:
# the transfers), the release and to whom, the detainee's wish about disclosure, and the identity established;
# of a correction of one of those, the same fields and the time. Grounds, officers, medical details, every
# other event: never.
DESK_EVENT_FIELDS = {"apprehension": ("place",), "arrival": ("facility",), "departure": (),
                     "release": ("released_to",), "disclosure_wish": ("disclose",),
                     "identity_established": ("birth_date",)}
DESK_STATE_COLUMNS = ("custody_id", "person_id", "name_key", "document_key", "apprehended_at")
WRITERS = roles_with(P.RECORD_EVENTS)
EVENT_WRITERS = tuple(r for r in ROLES if r in WRITERS or P.RECORD_MEDICAL in ROLE_PERMISSIONS[r])
# Prosecutors and monitors record one event only, the complaint handed to them (register_may_record_type).
COMPLAINT_RECEIVERS = tuple(r for r in roles_with(P.COMPLAINTS) if r not in EVENT_WRITERS)
TABLE_POLICIES: dict[str, TablePolicy] = {
    "alembic_version": TablePolicy(read=EVERYONE),
    "facility": TablePolicy(read=EVERYONE, insert=roles_with(P.MANAGE_FACILITIES)),
    "person": TablePolicy(read=NOT_DESK, insert=WRITERS, scope="person"),
    "custody": TablePolicy(read=NOT_DESK, insert=WRITERS, scope="custody"),
    "event": TablePolicy(read=NOT_DESK, insert=EVENT_WRITERS + COMPLAINT_RECEIVERS, scope="event",
                         read_columns=("id", "custody_id", "type", "at", "recorded_at", "recorded_by", "seq"),
                         full_readers=roles_with(P.READ_MEDICAL)),
    # Every role appends to the chain (the access log is chained); the head moves by trigger only.
    "chain_entry": TablePolicy(read=EVERYONE, insert=EVERYONE),
    "chain_head": TablePolicy(read=EVERYONE),
    # the desk matches a reported apprehension to a custody registered later by these columns only
    "custody_state": TablePolicy(read=EVERYONE, scope="custody_state", read_columns=DESK_STATE_COLUMNS,
                                 full_readers=NOT_DESK),
    "projection_profile": TablePolicy(read=EVERYONE),
    # Each custody's clocks as judged at its last write (revision 0010): written with the projection, through
    # `register_save_judgements` only.
    "clock_judgement": TablePolicy(read=NOT_DESK, scope="clock_judgement"),
    "custody_clock": TablePolicy(read=NOT_DESK, scope="custody_clock"),
    "user_account": TablePolicy(read=EVERYONE, insert=roles_with(P.MANAGE_ACCOUNTS), scope="user_account",
                                read_columns=("username", "full_name", "role", "facilities", "disabled",
                                              "failed_attempts", "locked_until", "created_at")),
    "account_change": TablePolicy(read=EVERYONE, insert=EVERYONE),
    # The register's own lock-out of password guesses (register.accounts); where the server checks passwords
    # it is unused, and no login reads or writes it.
    "sign_in_guard": TablePolicy(read=()),
    "alert_action": TablePolicy(read=roles_with(P.REVIEW_ALERTS), insert=roles_with(P.REVIEW_ALERTS),
                                scope="alert_action"),
    "access_log": TablePolicy(read=roles_with(P.READ_ACCESS_LOG), insert=EVERYONE),
    "confidential_flag": TablePolicy(read=roles_with(P.CONFIDENTIAL), insert=roles_with(P.CONFIDENTIAL)),
    # The Merkle tree over the chain grows with it (the evidence work, revision 0005).
    "merkle_node": TablePolicy(read=EVERYONE, insert=EVERYONE),
    "signing_key": TablePolicy(read=EVERYONE, insert=roles_with(P.MANAGE_ACCOUNTS)),
    # Search keys are written with the person (register/search_index.py).
    "person_search": TablePolicy(read=EVERYONE, insert=WRITERS, scope="person_search"),
    # The whereabouts desk's own records: read and added by those who answer inquiries.
    "inquiry": TablePolicy(read=roles_with(P.INQUIRE), insert=roles_with(P.INQUIRE)),
    "apprehension_report": TablePolicy(read=roles_with(P.INQUIRE), insert=roles_with(P.INQUIRE)),
    # The complaints register: what prosecutors and monitors did about complaints of custodies they see.
    "complaint_action": TablePolicy(read=roles_with(P.COMPLAINTS), insert=roles_with(P.COMPLAINTS),
                                    scope="complaint_action"),
    # Shift handovers (issue 17): read by whoever reads the register, signed by those who record events.
    "shift_handover": TablePolicy(read=EVERYONE, insert=WRITERS),
}
# The column naming the author of a row, which must be the signed-in login (the owner excepted).
AUTHOR_COLUMNS = {"access_log": "username", "alert_action": "by", "account_change": "by",
                  "confidential_flag": "by", "signing_key": "by", "inquiry": "by", "apprehension_report": "by",
                  "complaint_action": "by", "shift_handover": "by"}
# Tables whose rows take ids from register_next_id (a login may not see every row to count them).
NUMBERED_TABLES = ("alert_action", "access_log", "account_change", "confidential_flag", "signing_key", "inquiry",
                   "apprehension_report", "complaint_action", "shift_handover")


@dataclass(frozen=True)
class Names:
    """The role names of one register database."""
    database: str

    @property
    def owner(self) -> str:
        return f"{self.database}_schema_owner"

    def group(self, role: str) -> str:
        return f"{self.database}_{role}"

    def groups(self, roles=ROLES) -> list[str]:
        return [self.group(r) for r in roles]


def names_for(database: str) -> Names:
    if not _NAME.match(database):
        raise SecuritySetupError("database-name-form")
    return Names(database)


def unpoliced_tables(tables) -> list[str]:
    """Tables of the schema with no entry in TABLE_POLICIES: the set-up refuses to run while any exist."""
    return sorted(set(tables) - set(TABLE_POLICIES))


# ---------------------------------------------------------------- set-up

def secure_register(url: str) -> Names:
    """Apply roles, grants, row-level security, triggers and functions to the register at `url` (its owner's
    URL; the owner needs CREATEROLE). Idempotent: run again after every schema upgrade."""
    engine = make_engine(url)
    try:
        if engine.dialect.name != "postgresql":
            raise SecuritySetupError("setup-needs-postgres")
        tables = inspect(engine).get_table_names()
        if "chain_entry" not in tables:
            raise SecuritySetupError("setup-needs-schema")
        missing = unpoliced_tables(tables) + unpoliced_tables(Base.metadata.tables)
        if missing:
            raise SecuritySetupError("table-without-policy", table=missing[0])
        with engine.begin() as connection:
            names = names_for(connection.exec_driver_sql("SELECT current_database()").scalar())
            _check_setup_rights(connection)
            setup_login = connection.exec_driver_sql("SELECT current_user").scalar()
            # On the driver's cursor without parameters: the SQL's % signs are PL/pgSQL's, not placeholders.
            with connection.connection.driver_connection.cursor() as cursor:
                for statement in _statements(names, setup_login, sorted(tables)):
                    cursor.execute(statement)
        return names
    finally:
        engine.dispose()


def record_signing_key(url: str, now: datetime) -> tuple[Path, str | None]:
    """The register's checkpoint key, recorded by its owner at set-up when it has none yet (the key file is
    made where every login of this register looks for it, `keyfile.key_path`, outside the database), so that
    a prosecutor's first one-custody export is signed without an administrator's `checkpoint` first.
    Returns the key file's path and the verifier key recorded now (None when one was recorded before)."""
    from register import evidence, keyfile  # here: the set-up of roles does not need the evidence modules
    path = keyfile.key_path(url)
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            owner = connection.exec_driver_sql("SELECT current_user").scalar()
        return path, evidence.record_first_key(engine, path, owner, now)
    finally:
        engine.dispose()


def _check_setup_rights(connection: Connection) -> None:
    createrole, superuser = connection.exec_driver_sql(
        "SELECT rolcreaterole, rolsuper FROM pg_roles WHERE rolname = current_user").one()
    if not (createrole or superuser):
        raise SecuritySetupError("owner-needs-createrole")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _list(roles) -> str:
    return ", ".join(_q(r) for r in roles)


def _literal_array(values) -> str:
    return "ARRAY[" + ", ".join("'" + v.replace("'", "''") + "'" for v in sorted(values)) + "]::text[]"


def _statements(names: Names, setup_login: str, tables: list[str]) -> list[str]:
    owner = _q(names.owner)
    statements = [_create_role(names.owner, "NOLOGIN CREATEROLE")]
    statements += [_create_role(group, "NOLOGIN") for group in names.groups()]
    statements += [f"GRANT {owner} TO {_q(setup_login)}",
                    f"REVOKE ALL ON DATABASE {_q(names.database)} FROM PUBLIC",
                   f"GRANT CONNECT, TEMPORARY ON DATABASE {_q(names.database)} TO {_list(names.groups())}",
                   "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
                   f"GRANT CREATE, USAGE ON SCHEMA public TO {owner}",
                   f"GRANT USAGE ON SCHEMA public TO {_list(names.groups())}"]
    statements += [f"ALTER TABLE {_q(t)} OWNER TO {owner}" for t in tables]
    statements += _functions(names)
    statements += _grants(names, tables)
    statements += _row_security(names, tables)
    statements += _triggers(tables)
    statements += _event_view(names)
    statements += _desk_views(names)
    return statements


def _create_role(name: str, options: str) -> str:
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN "
            f"CREATE ROLE {_q(name)} {options}; ELSE ALTER ROLE {_q(name)} {options}; END IF; END $$")


def _grants(names: Names, tables: list[str]) -> list[str]:
    statements = []
    every_group = _list(names.groups())
    for table in tables:
        policy = TABLE_POLICIES[table]
        statements += [f"REVOKE ALL ON TABLE {_q(table)} FROM PUBLIC, {every_group}"]
        full = policy.read if policy.read_columns is None else policy.full_readers
        if full:
            statements.append(f"GRANT SELECT ON TABLE {_q(table)} TO {_list(names.groups(full))}")
        partial = [r for r in policy.read if r not in full] if policy.read_columns else []
        if partial:
            statements.append(f"GRANT SELECT ({_list(policy.read_columns)}) ON TABLE {_q(table)} "
                              f"TO {_list(names.groups(partial))}")
        if policy.insert:
            statements.append(f"GRANT INSERT ON TABLE {_q(table)} TO {_list(names.groups(policy.insert))}")
    return statements


# ---------------------------------------------------------------- functions

def _definer(signature: str, returns: str, body: str, execute_by, names: Names, volatility: str = "VOLATILE",
             language: str = "plpgsql") -> list[str]:
    """A SECURITY DEFINER function owned by the NOLOGIN owner, with a fixed search_path (a login cannot shadow
    what it calls), executable only by `execute_by` groups."""
    statements = [
        f"CREATE OR REPLACE FUNCTION {signature} RETURNS {returns} LANGUAGE {language} {volatility} "
        f"SECURITY DEFINER SET search_path = pg_catalog, public AS $body$ {body} $body$",
        f"ALTER FUNCTION {signature} OWNER TO {_q(names.owner)}",
        f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC",
    ]
    if execute_by:
        statements.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {_list(names.groups(execute_by))}")
    return statements


def _functions(names: Names) -> list[str]:
    owner = names.owner.replace("'", "''")
    medical = _literal_array(names.groups(roles_with(P.READ_MEDICAL)))
    injury_readers = _literal_array(names.groups(roles_with(P.READ_INJURIES)))
    chart_fields = _literal_array(INJURY_CHART_FIELDS)
    importers = _literal_array(names.groups(roles_with(P.IMPORT)))
    admins = _literal_array(names.groups(roles_with(P.MANAGE_ACCOUNTS)))
    groups = _literal_array(names.groups())
    exam_fields = _literal_array(MEDICAL_EXAM_PUBLIC_FIELDS | MEDICAL_EXAM_JUDGED_FIELDS | COMPLAINT_PUBLIC_FIELDS)
    confidential = _literal_array(names.groups(roles_with(P.CONFIDENTIAL)))
    numbered = _literal_array(NUMBERED_TABLES)
    f: list[str] = []
    f += _definer("register_is_owner()", "boolean",
                  f"SELECT pg_has_role(session_user, '{owner}', 'MEMBER')", EVERYONE, names, "STABLE", "sql")
    f += _definer("register_has_any(wanted text[])", "boolean",
                  "SELECT EXISTS (SELECT 1 FROM unnest(wanted) g JOIN pg_roles r ON r.rolname = g "
                  "WHERE pg_has_role(session_user, r.oid, 'MEMBER'))", (), names, "STABLE", "sql")
    f += _definer("register_reads_medical()", "boolean",
                  f"SELECT register_is_owner() OR register_has_any({medical})", EVERYONE, names, "STABLE", "sql")
    # Prosecutors and monitors read an examination's body chart (and whether injuries were found), not the rest.
    f += _definer("register_reads_injuries()", "boolean",
                  f"SELECT register_is_owner() OR register_has_any({injury_readers})", EVERYONE, names, "STABLE", "sql")
    # What a complaint says is read only by prosecutors and monitors (register/services/base.py `_shown`).
    f += _definer("register_reads_complaints()", "boolean",
                  f"SELECT register_is_owner() OR register_has_any({confidential})", EVERYONE, names, "STABLE", "sql")
    # NULL: every facility; an empty array: none (no account, or a disabled one).
    f += _definer("register_login_facilities()", "text[]", """
        SELECT CASE WHEN register_is_owner() THEN NULL
                    WHEN a.username IS NULL OR a.disabled THEN ARRAY[]::text[]
                    WHEN json_array_length(a.facilities) = 0 THEN NULL
                    ELSE ARRAY(SELECT json_array_elements_text(a.facilities)) END
        FROM (SELECT 1) AS one LEFT JOIN user_account a ON a.username = session_user""",
                  EVERYONE, names, "STABLE", "sql")
    # As the service: a role entitled to import, for every facility (an account of some facilities may not).
    f += _definer("register_may_import()", "boolean",
                  f"SELECT register_is_owner() OR (register_has_any({importers}) AND register_login_facilities() IS NULL)",
                  EVERYONE, names, "STABLE", "sql")
    # A custody is the login's when an event places it at one of its facilities, or, before any event names a
    # facility, when the login recorded one of its events (a custody entered but not yet delivered).
    f += _definer("register_sees_custody(wanted text)", "boolean", """
        DECLARE mine text[] := register_login_facilities();
        BEGIN
            IF mine IS NULL THEN RETURN true; END IF;
            IF cardinality(mine) = 0 THEN RETURN false; END IF;
            IF EXISTS (SELECT 1 FROM event e WHERE e.custody_id = wanted
                       AND coalesce(e.data->>'facility', e.data->'changes'->>'facility') = ANY (mine)) THEN
                RETURN true;
            END IF;
            RETURN NOT EXISTS (SELECT 1 FROM event e WHERE e.custody_id = wanted
                               AND coalesce(e.data->>'facility', e.data->'changes'->>'facility') IS NOT NULL)
               AND EXISTS (SELECT 1 FROM event e WHERE e.custody_id = wanted AND e.recorded_by = session_user);
        END""", EVERYONE, names, "STABLE")
    f += _definer("register_sees_person(wanted text)", "boolean", """
        SELECT register_login_facilities() IS NULL
            OR EXISTS (SELECT 1 FROM custody c WHERE c.person_id = wanted AND register_sees_custody(c.id))
            OR NOT EXISTS (SELECT 1 FROM custody c WHERE c.person_id = wanted)""",
                  EVERYONE, names, "STABLE", "sql")
    # The intake's namesake check across every facility (issue 15): a person held before elsewhere must not be
    # registered twice, so any login that reads the register sees, of people it may not read, what identifies
    # them and where and when they were held: the name, birth date, the document's last digits, the facility
    # and dates of each custody. Only people born that day whose name shares a folded word with the one typed,
    # or whose document's digits are the ones typed, fifty at most: no listing of the register.
    f += _definer("register_namesakes(born date, words text[], digits text, most integer)",
                  "TABLE(person_id text, full_name text, birth_date date, document_tail text, facility_name text, "
                  "apprehended_at timestamptz, released_at timestamptz)", f"""
        SELECT p.id::text, p.full_name::text, p.birth_date, right(s.document_key, {DOCUMENT_TAIL})::text,
               f.name::text, st.apprehended_at, st.released_at
        FROM (SELECT k.person_id FROM person_search k
              WHERE (born IS NOT NULL AND k.birth_date = born
                     AND EXISTS (SELECT 1 FROM unnest(words) w WHERE length(w) > 0
                                 AND strpos(k.name_key, w) > 0))
                 OR (length(coalesce(digits, '')) >= {MIN_DOCUMENT_DIGITS} AND k.document_key = digits)
              ORDER BY k.person_id LIMIT least(greatest(most, 0), 50)) found
        JOIN person p ON p.id = found.person_id
        JOIN person_search s ON s.person_id = p.id
        LEFT JOIN custody_state st ON st.person_id = p.id
        LEFT JOIN facility f ON f.id = st.facility_id
        ORDER BY p.id, st.apprehended_at""", roles_with(P.READ), names, "STABLE", "sql")
    # Opening a custody for a namesake found above, held until now at another facility only: the write must
    # know who the person is to judge the clocks and fill the board's row, before the new custody makes the
    # person the login's to read. Only those columns (never vulnerabilities), to logins that record events.
    f += _definer("register_person_for_custody(wanted text)",
                  "TABLE(id text, full_name text, birth_date date, sex text, citizenship text, languages json, "
                  "id_document text, estimated_age integer)", """
        SELECT p.id::text, p.full_name::text, p.birth_date, p.sex::text, p.citizenship::text, p.languages::json,
               p.id_document::text, p.estimated_age
        FROM person p WHERE p.id = wanted""", WRITERS, names, "STABLE", "sql")
    # What a new event may be: at the login's facility (if it names one), into a custody the login sees or
    # one with no facility yet that only the login has written to.
    f += _definer("register_may_add_event(wanted text, data json)", "boolean", """
        DECLARE mine text[] := register_login_facilities();
                place text := coalesce(data->>'facility', data->'changes'->>'facility');
        BEGIN
            IF mine IS NULL THEN RETURN true; END IF;
            IF place IS NOT NULL AND NOT place = ANY (mine) THEN RETURN false; END IF;
            IF register_sees_custody(wanted) THEN RETURN true; END IF;
            RETURN NOT EXISTS (SELECT 1 FROM event e WHERE e.custody_id = wanted
                               AND (coalesce(e.data->>'facility', e.data->'changes'->>'facility') IS NOT NULL
                                    OR e.recorded_by IS DISTINCT FROM session_user));
        END""", EVERYONE, names, "STABLE")
    receivers = _literal_array(names.groups(COMPLAINT_RECEIVERS))
    f += _definer("register_may_record_type(wanted text)", "boolean",
                  f"SELECT wanted = 'complaint' OR register_is_owner() OR NOT register_has_any({receivers})",
                  EVERYONE, names, "STABLE", "sql")
    f += _definer("register_is_admin()", "boolean", f"SELECT register_is_owner() OR register_has_any({admins})",
                  EVERYONE, names, "STABLE", "sql")
    # The chain: the writer's lock, and the head moved by the database when an entry that follows it arrives.
    f += _definer("register_chain_head()", "TABLE(seq integer, hash varchar)",
                  "SELECT h.seq, h.hash FROM chain_head h WHERE h.id = 1 FOR UPDATE", EVERYONE, names,
                  "VOLATILE", "sql")
    f += _definer("register_chain_append()", "trigger", """
        DECLARE head record;
        BEGIN
            SELECT h.seq, h.hash INTO head FROM chain_head h WHERE h.id = 1 FOR UPDATE;
            IF NEW.seq IS DISTINCT FROM head.seq + 1 OR NEW.prev_hash IS DISTINCT FROM head.hash THEN
                RAISE EXCEPTION 'chain_entry %: an entry must follow the chain head (seq %)', NEW.seq, head.seq
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            UPDATE chain_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
            RETURN NEW;
        END""", (), names)
    f += _definer("register_next_id(numbered text)", "integer", f"""
        DECLARE found integer;
        BEGIN
            IF NOT numbered = ANY ({numbered}) THEN
                RAISE EXCEPTION 'register_next_id: % is not a numbered table', numbered;
            END IF;
            EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', numbered) INTO found;
            RETURN found;
        END""", EVERYONE, names)
    # Station writes carry the server's clock and login; an import by a role entitled to import keeps its
    # lines' stamps (they say when and by whom each event was first entered).
    f += _definer("register_stamp_event()", "trigger", f"""
        BEGIN
            IF register_is_owner()
               OR (current_setting('{IMPORT_SETTING}', true) = 'on' AND register_may_import()) THEN
                RETURN NEW;
            END IF;
            IF NEW.recorded_by IS DISTINCT FROM session_user::text THEN
                RAISE EXCEPTION 'event %: recorded_by must be the signed-in login %', NEW.id, session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.recorded_at IS DISTINCT FROM date_trunc('second', now()) THEN
                RAISE EXCEPTION 'event %: recorded_at must be the database server''s time %', NEW.id,
                    date_trunc('second', now()) USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END""", (), names)
    f += _definer("register_check_author()", "trigger", """
        BEGIN
            IF NOT register_is_owner() AND to_json(NEW)->>TG_ARGV[0] IS DISTINCT FROM session_user::text THEN
                RAISE EXCEPTION '%: % must be the signed-in login %', TG_TABLE_NAME, TG_ARGV[0], session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END""", (), names)
    # A custody's board row and stored clocks change only with its records: a custody written in this
    # transaction, one never judged (before revision 0003), or any custody for an administrator's rebuild.
    f += _definer("register_may_judge(wanted text)", "boolean", """
        BEGIN
            RETURN register_is_admin() OR (
                register_sees_custody(wanted) AND (
                    EXISTS (SELECT 1 FROM custody c WHERE c.id = wanted
                            AND c.xmin::text = (txid_current() % 4294967296)::text)
                    OR EXISTS (SELECT 1 FROM event e WHERE e.custody_id = wanted
                               AND e.xmin::text = (txid_current() % 4294967296)::text)
                    OR EXISTS (SELECT 1 FROM custody_state p WHERE p.custody_id = wanted
                               AND p.judged_at IS NULL)));
        END""", (), names)
    f += _definer("register_save_states(states json)", "integer", """
        DECLARE rejected text; saved integer;
        BEGIN
            SELECT s.custody_id INTO rejected FROM json_populate_recordset(NULL::custody_state, states) s
            WHERE NOT register_may_judge(s.custody_id)
            LIMIT 1;
            IF rejected IS NOT NULL THEN
                RAISE EXCEPTION 'custody_state %: the projection changes only with the custody''s records', rejected
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            INSERT INTO custody_state SELECT * FROM json_populate_recordset(NULL::custody_state, states)
            ON CONFLICT (custody_id) DO UPDATE SET
                person_id = EXCLUDED.person_id, person_name = EXCLUDED.person_name,
                person_name_folded = EXCLUDED.person_name_folded, id_document = EXCLUDED.id_document,
                apprehended_at = EXCLUDED.apprehended_at, released_at = EXCLUDED.released_at,
                facility_id = EXCLUDED.facility_id, location = EXCLUDED.location,
                last_event_at = EXCLUDED.last_event_at, is_minor = EXCLUDED.is_minor,
                is_foreign_national = EXCLUDED.is_foreign_national, next_due_at = EXCLUDED.next_due_at,
                judged_at = EXCLUDED.judged_at, has_problem = EXCLUDED.has_problem,
                name_key = EXCLUDED.name_key, document_key = EXCLUDED.document_key;
            GET DIAGNOSTICS saved = ROW_COUNT;
            RETURN saved;
        END""", EVERYONE, names)
    # The stored clocks, under the projection's own condition; a custody's old judgement goes with the new one.
    f += _definer("register_save_judgements(judgements json, clocks json)", "integer", """
        DECLARE rejected text; saved integer;
        BEGIN
            SELECT j.custody_id INTO rejected FROM json_populate_recordset(NULL::clock_judgement, judgements) j
            WHERE NOT register_may_judge(j.custody_id)
            LIMIT 1;
            IF rejected IS NULL THEN
                SELECT c.custody_id INTO rejected FROM json_populate_recordset(NULL::custody_clock, clocks) c
                WHERE c.custody_id NOT IN (SELECT j.custody_id
                                           FROM json_populate_recordset(NULL::clock_judgement, judgements) j)
                LIMIT 1;
            END IF;
            IF rejected IS NOT NULL THEN
                RAISE EXCEPTION 'clock_judgement %: stored clocks change only with the custody''s records', rejected
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            DELETE FROM custody_clock WHERE custody_id IN (
                SELECT j.custody_id FROM json_populate_recordset(NULL::clock_judgement, judgements) j);
            DELETE FROM clock_judgement WHERE custody_id IN (
                SELECT j.custody_id FROM json_populate_recordset(NULL::clock_judgement, judgements) j);
            INSERT INTO clock_judgement SELECT * FROM json_populate_recordset(NULL::clock_judgement, judgements);
            INSERT INTO custody_clock SELECT * FROM json_populate_recordset(NULL::custody_clock, clocks);
            GET DIAGNOSTICS saved = ROW_COUNT;
            RETURN saved;
        END""", EVERYONE, names)
    f += _definer("register_set_projection_profile(fingerprint text)", "void", """
        BEGIN
            IF NOT register_is_admin() AND (EXISTS (SELECT 1 FROM projection_profile)
                                            OR EXISTS (SELECT 1 FROM custody_state)) THEN
                RAISE EXCEPTION 'projection_profile: only an administrator rebuilds the projection'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            DELETE FROM projection_profile;
            INSERT INTO projection_profile (id, fingerprint) VALUES (1, fingerprint);
        END""", EVERYONE, names)
    f += _definer("register_account_credentials()", "TABLE(username varchar, credential text)", """
        SELECT a.username::varchar, encode(sha256(convert_to(a.password_hash, 'UTF8')), 'hex')
        FROM user_account a WHERE a.username = session_user OR register_is_admin()""",
                  EVERYONE, names, "STABLE", "sql")
    # Whom an alert may be assigned to: a prosecutor's login reads only its own account row, so it learns of
    # its colleagues through this (as does every reader the service lets ask), and learns their names only.
    f += _definer("register_prosecutors()", "TABLE(username varchar, full_name text)", """
        SELECT a.username::varchar, a.full_name::text FROM user_account a
        WHERE a.role = 'prosecutor' AND NOT a.disabled ORDER BY a.username""",
                  roles_with(P.READ), names, "STABLE", "sql")
    f += _login_functions(names, groups)
    kept = f"({exam_fields} || CASE WHEN register_reads_injuries() THEN {chart_fields} ELSE ARRAY[]::text[] END)"
    f += _definer("register_redacted(data json)", "json", f"""
        SELECT coalesce(json_object_agg(d.key, CASE WHEN d.key = 'changes' THEN
                   (SELECT coalesce(json_object_agg(c.key, c.value), '{{}}'::json) FROM json_each(d.value) c
                    WHERE c.key = ANY ({kept} || 'at'::text))
                   ELSE d.value END), '{{}}'::json)
        FROM json_each(data) d WHERE d.key = ANY ({kept} || ARRAY['changes', 'corrects', 'reason'])""",
                  EVERYONE, names, "STABLE", "sql")
    return f


def _login_functions(names: Names, groups: str) -> list[str]:
    """Logins change only through these, and only logins of this register's accounts (never the owner,
    a superuser or any other role of the server)."""
    guard = f"""
        IF NOT register_is_admin() AND NOT (self_service AND login = session_user) THEN
            RAISE EXCEPTION 'only an administrator changes logins' USING ERRCODE = 'insufficient_privilege';
        END IF;
        SELECT * INTO account FROM user_account a WHERE a.username = login FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'there is no account % in the register', login;
        END IF;
        SELECT * INTO existing FROM pg_roles r WHERE r.rolname = login;
        has_login := FOUND;
        IF has_login THEN
            IF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb OR existing.rolbypassrls
               OR pg_has_role(login, '{names.owner}', 'MEMBER')
               OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                              WHERE m.member = existing.oid AND g.rolname = ANY ({groups})) THEN
                RAISE EXCEPTION 'the server role % is not a login of this register', login
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;"""
    declare = "DECLARE account record; existing record; has_login boolean; group_role text; self_service boolean := false;"
    own_declare = declare.replace("self_service boolean := false", "self_service boolean := true")
    set_group = f"""
        group_role := '{names.database}_' || account.role;
        FOR existing IN SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                        JOIN pg_roles l ON l.oid = m.member WHERE l.rolname = login AND g.rolname = ANY ({groups})
                        AND g.rolname <> group_role LOOP
            EXECUTE format('REVOKE %I FROM %I', existing.rolname, login);
        END LOOP;
        EXECUTE format('GRANT %I TO %I', group_role, login);"""
    f: list[str] = []
    f += _definer("register_provision_login(login text, verifier text, wanted_role text, wanted_facilities json)",
                  "void", f"""{declare}
        BEGIN {guard}
            IF account.role IS DISTINCT FROM wanted_role
               OR account.facilities::jsonb IS DISTINCT FROM wanted_facilities::jsonb THEN
                RAISE EXCEPTION 'account % has role % and facilities %: the login must match it', login,
                    account.role, account.facilities;
            END IF;
            IF NOT has_login THEN
                EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
            ELSE
                EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, verifier);
            END IF;
            {set_group}
            UPDATE user_account SET password_hash = verifier, disabled = false, failed_attempts = 0,
                locked_until = NULL WHERE username = login;
        END""", roles_with(P.MANAGE_ACCOUNTS), names)
    f += _definer("register_set_login_password(login text, verifier text)", "void", f"""{own_declare}
        BEGIN {guard}
            IF NOT has_login THEN RAISE EXCEPTION 'account % has no login yet', login; END IF;
            EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
            UPDATE user_account SET password_hash = verifier, failed_attempts = 0, locked_until = NULL
            WHERE username = login;
        END""", EVERYONE, names)
    f += _definer("register_set_login_enabled(login text, enabled boolean)", "void", f"""{declare}
        BEGIN {guard}
            IF NOT has_login THEN RAISE EXCEPTION 'account % has no login yet', login; END IF;
            EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
            UPDATE user_account SET disabled = NOT enabled WHERE username = login;
        END""", roles_with(P.MANAGE_ACCOUNTS), names)
    f += _definer("register_set_login_role(login text, wanted_role text)", "void", f"""{declare}
        BEGIN {guard}
            IF NOT has_login THEN RAISE EXCEPTION 'account % has no login yet', login; END IF;
            IF NOT '{names.database}_' || wanted_role = ANY ({groups}) THEN
                RAISE EXCEPTION '% is not a role of the register', wanted_role;
            END IF;
            UPDATE user_account SET role = wanted_role WHERE username = login;
            account.role := wanted_role;
            {set_group}
        END""", roles_with(P.MANAGE_ACCOUNTS), names)
    f += _definer("register_set_account_details(login text, wanted_name text, wanted_facilities json)", "void",
                  f"""{declare}
        BEGIN {guard}
            IF EXISTS (SELECT 1 FROM json_array_elements_text(wanted_facilities) w
                       WHERE NOT EXISTS (SELECT 1 FROM facility x WHERE x.id = w)) THEN
                RAISE EXCEPTION 'account %: unknown facility among %', login, wanted_facilities;
            END IF;
            UPDATE user_account SET full_name = wanted_name, facilities = wanted_facilities WHERE username = login;
        END""", roles_with(P.MANAGE_ACCOUNTS), names)
    return f


# ---------------------------------------------------------------- row-level security, triggers, view

_ROW_POLICIES = {
    "person": ("register_sees_person(id)", "true"),
    "custody": ("register_sees_custody(id)", "true"),
    "event": ("register_sees_custody(custody_id)",
              "register_may_add_event(custody_id, data) AND register_may_record_type(type)"),
    "custody_state": ("register_sees_custody(custody_id)", "false"),
    "clock_judgement": ("register_sees_custody(custody_id)", "false"),
    "custody_clock": ("register_sees_custody(custody_id)", "false"),
    "person_search": ("register_sees_person(person_id)", "true"),
    # an alert of an apprehension reported and not registered yet names no custody: its reviewers see it
    "alert_action": ("custody_id IS NULL OR register_sees_custody(custody_id)",
                     "custody_id IS NULL OR register_sees_custody(custody_id)"),
    "complaint_action": ("register_sees_custody(custody_id)", "register_sees_custody(custody_id)"),
    "user_account": ("username = session_user OR register_is_admin()", "register_is_admin()"),
}


def _row_security(names: Names, tables: list[str]) -> list[str]:
    statements = []
    for table in tables:
        policy = TABLE_POLICIES[table]
        if policy.scope is None:
            continue
        see, add = _ROW_POLICIES[policy.scope]
        statements += [
            f"ALTER TABLE {_q(table)} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {_q(table)} FORCE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS register_owner_all ON {_q(table)}",
            f"CREATE POLICY register_owner_all ON {_q(table)} TO {_q(names.owner)} USING (true) WITH CHECK (true)",
            f"DROP POLICY IF EXISTS register_read ON {_q(table)}",
            f"CREATE POLICY register_read ON {_q(table)} FOR SELECT TO {_list(names.groups(policy.read))} "
            f"USING ({see})",
            f"DROP POLICY IF EXISTS register_add ON {_q(table)}",
        ]
        if policy.insert:
            statements.append(f"CREATE POLICY register_add ON {_q(table)} FOR INSERT "
                              f"TO {_list(names.groups(policy.insert))} WITH CHECK ({add})")
    return statements


def _triggers(tables: list[str]) -> list[str]:
    statements = [
        "CREATE OR REPLACE TRIGGER register_chain_append BEFORE INSERT ON chain_entry "
        "FOR EACH ROW EXECUTE FUNCTION register_chain_append()",
        "CREATE OR REPLACE TRIGGER register_stamp_event BEFORE INSERT ON event "
        "FOR EACH ROW EXECUTE FUNCTION register_stamp_event()",
    ]
    for table, column in AUTHOR_COLUMNS.items():
        if table not in tables:
            continue
        statements.append(f"CREATE OR REPLACE TRIGGER register_check_author BEFORE INSERT ON {_q(table)} "
                          f"FOR EACH ROW EXECUTE FUNCTION register_check_author('{column}')")
    return statements


def _event_view(names: Names) -> list[str]:
    """Events as a login may read them: its custodies only, examinations cut for all but medical logins."""
    return [f"""
        CREATE OR REPLACE VIEW event_readable WITH (security_barrier = true) AS
        WITH exam AS (SELECT e.id FROM event e WHERE e.type = 'medical_exam'),
             complaint AS (SELECT e.id FROM event e WHERE e.type = 'complaint')
        SELECT e.id, e.custody_id, e.type, e.at, e.recorded_at, e.recorded_by, e.seq,
               CASE WHEN hidden THEN register_redacted(e.data) ELSE e.data END AS data, hidden AS redacted
        FROM event e,
             LATERAL (SELECT (NOT register_reads_medical() AND (e.type = 'medical_exam' OR
                 (e.type = 'correction' AND e.data->>'corrects' IN (SELECT id FROM exam))))
                 OR (NOT register_reads_complaints() AND (e.type = 'complaint' OR
                 (e.type = 'correction' AND e.data->>'corrects' IN (SELECT id FROM complaint)))) AS hidden) h
        WHERE register_sees_custody(e.custody_id)""",
            f"ALTER VIEW event_readable OWNER TO {_q(names.owner)}",
            "REVOKE ALL ON event_readable FROM PUBLIC",
            f"REVOKE ALL ON event_readable FROM {_list(names.groups())}",
            f"GRANT SELECT ON event_readable TO {_list(names.groups(NOT_DESK))}"]


def _desk_views(names: Names) -> list[str]:
    """What the whereabouts desk reads instead of the tables, with their columns (register/store.py reads them
    as it reads the tables): a person's name and birth date, a custody's ordering authority, and the events of
    DESK_EVENT_FIELDS cut to those fields. Owned by the NOLOGIN owner, so they read what the desk may not."""
    fields = " ".join(f"WHEN '{kind}' THEN {_literal_array(names_)}::text[]"
                      for kind, names_ in DESK_EVENT_FIELDS.items())
    kinds = ", ".join(f"'{kind}'" for kind in DESK_EVENT_FIELDS)
    views = {
        "desk_person": """SELECT p.id, p.full_name, p.birth_date, NULL::varchar AS sex, NULL::varchar AS citizenship,
                                 '[]'::json AS languages, NULL::boolean AS needs_interpreter, NULL::text AS id_document,
                                 '[]'::json AS vulnerabilities, NULL::integer AS estimated_age FROM person p""",
        "desk_custody": """SELECT c.id, c.person_id, NULL::varchar AS procedural_status, NULL::text AS grounds,
                                  c.ordering_authority, NULL::text AS agency FROM custody c""",
        "desk_event": f"""SELECT e.id, e.custody_id, e.type, e.at, e.recorded_at, NULL::text AS recorded_by, e.seq,
                   CASE WHEN e.type = 'correction' THEN json_build_object(
                            'corrects', e.data->'corrects',
                            'changes', (SELECT coalesce(json_object_agg(c.key, c.value), '{{}}'::json)
                                        FROM json_each(e.data->'changes') c
                                        WHERE c.key = 'at' OR c.key = ANY (CASE t.type {fields} END)))
                        ELSE (SELECT coalesce(json_object_agg(d.key, d.value), '{{}}'::json) FROM json_each(e.data) d
                              WHERE d.key = ANY (CASE e.type {fields} END)) END AS data,
                   false AS redacted
            FROM event e LEFT JOIN event t ON e.type = 'correction' AND t.id = e.data->>'corrects'
            WHERE e.type IN ({kinds}) OR t.type IN ({kinds})""",
    }
    statements = []
    for view, body in views.items():
        statements += [f"CREATE OR REPLACE VIEW {view} WITH (security_barrier = true) AS {body}",
                       f"ALTER VIEW {view} OWNER TO {_q(names.owner)}",
                       f"REVOKE ALL ON {view} FROM PUBLIC",
                       f"GRANT SELECT ON {view} TO {_list(names.groups(DESK))}"]
    return statements


# ---------------------------------------------------------------- logins (for the accounts service)

def _verifier(connection: Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of a password, computed here: the password itself never reaches the server
    (nor its statement log)."""
    if not _LOGIN.match(username or ""):
        raise SecuritySetupError("login-name-form")
    pgconn = connection.connection.driver_connection.pgconn
    return pgconn.encrypt_password(password.encode("utf-8"), username.encode("utf-8"), b"scram-sha-256").decode()


def provision_login(connection: Connection, username: str, password: str, role: str,
                    facilities) -> str:
    """Create (or re-create) the database login of an account whose `user_account` row exists in this
    transaction with this role and these facilities; run by an administrator's login. Returns the stored
    credential (the SCRAM verifier, which becomes the account's password_hash): chain the account change
    with store.credential_of(it)."""
    verifier = _verifier(connection, username, password)
    connection.execute(text("SELECT register_provision_login(:u, :v, :r, CAST(:f AS json))"),
                       {"u": username, "v": verifier, "r": role, "f": _json_list(facilities)})
    return verifier


def set_login_password(connection: Connection, username: str, password: str) -> str:
    """A new password for a login (by an administrator, or by the login itself); returns the new credential."""
    verifier = _verifier(connection, username, password)
    connection.execute(text("SELECT register_set_login_password(:u, :v)"), {"u": username, "v": verifier})
    return verifier


def set_login_enabled(connection: Connection, username: str, enabled: bool) -> None:
    """Allow or refuse the login's sign-in; a disabled account's open sessions see nothing from their next
    statement (the row policies read the account's row)."""
    connection.execute(text("SELECT register_set_login_enabled(:u, :e)"), {"u": username, "e": enabled})


def set_login_role(connection: Connection, username: str, role: str) -> None:
    """Move the login to the group of another register role (and the account row with it)."""
    connection.execute(text("SELECT register_set_login_role(:u, :r)"), {"u": username, "r": role})


def set_account_details(connection: Connection, username: str, full_name: str, facilities) -> None:
    """Change an account's full name and facilities (empty: every facility); its login's row policies follow
    from its next statement."""
    connection.execute(text("SELECT register_set_account_details(:u, :n, CAST(:f AS json))"),
                       {"u": username, "n": full_name, "f": _json_list(facilities)})


def credential(connection: Connection, username: str) -> str:
    """The chained digest of an account's stored credential (store.credential_of of its password_hash), which
    no login may read itself: what an account change records after one of the functions above."""
    return connection.execute(text("SELECT credential FROM register_account_credentials() WHERE username = :u"),
                              {"u": username}).scalar_one()


def _json_list(values) -> str:
    import json
    return json.dumps(sorted(set(values or ())))


def login_url(url: str, username: str, password: str) -> str:
    """The register's URL signed in as an account's login (the password stays out of anything printed:
    render URLs with hide_password)."""
    return make_url(url).set(username=username, password=password).render_as_string(hide_password=False)


class LoginRefused(AccessDenied):
    """The server refused the login: one answer for an unknown name, a wrong password and a disabled account."""


def open_as_login(register: OpenedRegister, username: str, password: str) -> OpenedRegister:
    """The same PostgreSQL register opened as an account's own login, so that the server applies that
    account's rights to everything done with it; the caller closes it. The server checks the password
    (SCRAM): the station holds no other."""
    url = register.engine.url.set(username=username, password=password)
    engine = _signed_in_engine(url.render_as_string(hide_password=False))
    return type(register)(engine, register.profile, register.clock, url.render_as_string(hide_password=True))


def _signed_in_engine(url: str) -> Engine:
    engine = make_engine(url)
    try:
        with engine.connect():
            return engine
    except OperationalError as error:
        engine.dispose()
        if "password authentication failed" in str(error) or "not permitted to log in" in str(error):
            raise LoginRefused("wrong-credentials") from None
        raise


# ---------------------------------------------------------------- the station's clock

def clock_warning(engine: Engine, station_now: datetime) -> Message | None:
    """A sentence when the station's clock differs from the database server's by more than a minute (the
    server's time is what a PostgreSQL register records), else None. SQLite has no server: None."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as connection:
        server_now = connection.exec_driver_sql("SELECT clock_timestamp()").scalar()
    skew = station_now - server_now
    if abs(skew) <= CLOCK_TOLERANCE:
        return None
    minutes = int(abs(skew).total_seconds() // 60)
    return Message("station-clock-ahead" if skew > timedelta(0) else "station-clock-behind", minutes=minutes)
