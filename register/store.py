"""The register's only door to the database: ORM rows in, domain objects out.

Services in `register/` call these functions inside a session they manage;
nothing above `register/` ever sees a row.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import (
    JSON, Boolean, Column, Insert, Integer, MetaData, String, Table, Text, bindparam, cast, func, literal,
    select, text, type_coerce, union_all, update,
)
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.types import UTCDateTime, sqlite_instant
from models.orm import (
    CHAINED_ROWS, AccessLogRow, AccountChangeRow, AlertActionRow, ApprehensionReportRow, ChainEntryRow, ChainHeadRow,
    ClockJudgementRow, ComplaintActionRow, ConfidentialFlagRow, CustodyClockRow, CustodyRow, CustodyStateRow, EventRow,
    FacilityRow, InquiryRow, MerkleNodeRow, PersonRow,
    PersonSearchRow, ProjectionProfileRow, ShiftHandoverRow, SigningKeyRow, UserAccountRow,
)
from register import chain, merkle, search_index
from register.domain import ChainStamp, ClockStatus, Custody, Event, Facility, Person
from register.judgement import PENDING, PROBLEM_TEXTS, Judgement, StoredClock
from register.judgement import Stay as JudgedStay
from register.records import INTERCHANGE_KINDS, custody_record, event_record, facility_record, person_record
from register.timeline import CustodyTimeline
from register.timeutil import UTC, format_utc, parse_instant
from register.vocabulary import EVENT_FIELDS, FieldKind

_INSTANT_FIELDS = {t: {s.name for s in specs if s.kind is FieldKind.INSTANT} for t, specs in EVENT_FIELDS.items()}


# ---------------------------------------------------------------- the database's own guards

def guarded(session: Session) -> bool:
    """Whether the database enforces access itself (a PostgreSQL register after `setup-postgres`, see
    register/pg_security.py): then the chain's head, the projection and row ids are the database's to move,
    and events are read through the view that applies the login's rights. Asked once per connection."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return False
    if "register_guarded" not in connection.info:
        connection.info["register_guarded"] = connection.execute(
            text("SELECT to_regprocedure('register_chain_head()') IS NOT NULL")).scalar()
    return connection.info["register_guarded"]


def _may_read(session: Session, table: str) -> bool:
    return session.execute(text("SELECT has_table_privilege(CAST(:t AS text), 'SELECT')"), {"t": table}).scalar()


def _reads_everything(session: Session) -> bool:
    """The owner (or a superuser) reads every row; a login's view is cut to its rights."""
    return session.execute(text("SELECT register_is_owner() OR (SELECT rolsuper FROM pg_roles "
                                "WHERE rolname = session_user)")).scalar()


def server_stamp(session: Session) -> tuple[str, str] | None:
    """When and by whom the database says a station's records are recorded (its clock, to the second, and the
    signed-in login), where it enforces that; None where the station's own stamps stand."""
    if not guarded(session):
        return None
    at, login = session.execute(text("SELECT now(), session_user")).one()
    return format_utc(at), login


def mark_import(session: Session) -> None:
    """Say that this transaction imports records that keep their own stamps (the database lets only roles
    entitled to import do so, see pg_security.register_stamp_event)."""
    if guarded(session):
        session.execute(text("SELECT set_config('register.importing', 'on', true)"))


# ---------------------------------------------------------------- rows to domain

def to_facility(row: FacilityRow) -> Facility:
    return Facility(row.id, row.name, row.kind, row.designated, row.timezone, row.region, row.agency, row.address,
                    row.telephone)


def to_person(row: PersonRow) -> Person:
    return _person_from_columns(row.id, row.full_name, row.birth_date, row.sex, row.citizenship, row.languages,
                                row.needs_interpreter, row.id_document, row.vulnerabilities, row.estimated_age)


def _person_from_columns(id_, full_name, birth_date, sex, citizenship, languages, needs_interpreter, id_document,
                         vulnerabilities, estimated_age) -> Person:
    return Person(id_, full_name, birth_date, sex, citizenship, tuple(languages), needs_interpreter, id_document,
                  tuple(vulnerabilities or ()), estimated_age)


def to_custody(row: CustodyRow) -> Custody:
    return Custody(row.id, row.person_id, row.procedural_status, row.grounds, row.ordering_authority, row.agency)


def to_event(row: EventRow) -> Event:
    return event_from_columns(row.id, row.custody_id, row.type, row.at, row.recorded_at, row.recorded_by,
                              row.data, row.seq)


def event_from_columns(id_, custody, type_, at, recorded_at, recorded_by, data, seq) -> Event:
    instants = _INSTANT_FIELDS.get(type_)
    fields = {k: (parse_instant(v) if k in instants else v) for k, v in data.items()} if instants else data
    return Event(id_, custody, type_, at, recorded_at, recorded_by, fields, seq)


# Events as a guarded PostgreSQL register lets a login read them (pg_security._event_view): `redacted` marks
# a medical examination cut to what the rules judge, which the login cannot re-hash.
EVENT_READABLE = Table("event_readable", MetaData(), *(Column(c.name, c.type) for c in EventRow.__table__.columns),
                       Column("redacted", Boolean))


# What the whereabouts desk reads instead of the tables on a guarded register (pg_security._desk_views): the
# same columns, those article 18 does not name empty, and only the events it names.
DESK_PERSON = Table("desk_person", MetaData(), *(Column(c.name, c.type) for c in PersonRow.__table__.columns))
DESK_CUSTODY = Table("desk_custody", MetaData(), *(Column(c.name, c.type) for c in CustodyRow.__table__.columns))
DESK_EVENT = Table("desk_event", MetaData(), *(Column(c.name, c.type) for c in EVENT_READABLE.columns))


def desk_reader(session: Session) -> bool:
    """Whether the session's login reads persons, custodies and events through the desk's views only (the
    whereabouts desk on a guarded PostgreSQL register). Asked once per connection."""
    if not guarded(session):
        return False
    info = session.connection().info
    if "register_desk" not in info:
        info["register_desk"] = not _may_read(session, "event_readable") and _may_read(session, "desk_event")
    return info["register_desk"]


def persons_table(session: Session):
    return DESK_PERSON if desk_reader(session) else PersonRow.__table__


def custodies_table(session: Session):
    return DESK_CUSTODY if desk_reader(session) else CustodyRow.__table__


def _events(session: Session):
    if not guarded(session):
        return EventRow.__table__
    return DESK_EVENT if desk_reader(session) else EVENT_READABLE


def readable_events(session: Session):
    """The event table as this session's login may read it (for queries over event fields)."""
    return _events(session)


def custodies_with_events(session: Session, event_type: str) -> list[str]:
    """The custodies with at least one event of the type that this session may read, in id order."""
    table = _events(session)
    return list(session.scalars(select(table.c.custody_id).where(table.c.type == event_type)
                                .distinct().order_by(table.c.custody_id)))


# Whole-register reads take the event columns as the driver returns them and decode them here:
# SQLAlchemy's per-value JSON and datetime processing was most of the time `breaches` spent reading.
def _raw_event_columns(table) -> tuple:
    c = table.c
    return (c.id, c.custody_id, c.type, type_coerce(c.at, String), type_coerce(c.recorded_at, String),
            c.recorded_by, type_coerce(c.data, Text), c.seq)


_RAW_EVENT_COLUMNS = {table.name: _raw_event_columns(table) for table in (EventRow.__table__, EVENT_READABLE,
                                                                          DESK_EVENT)}
_decode_json = json.JSONDecoder().raw_decode  # the register's own JSON: no need of json.loads' checks, 2x faster


def _event_from_raw(id_, custody, type_, at, recorded_at, recorded_by, data, seq) -> Event:
    return event_from_columns(id_, custody, type_, _raw_instant(at), _raw_instant(recorded_at), recorded_by,
                              _decode_json(data)[0] if isinstance(data, str) else data, seq)


def _raw_instant(value: str | datetime) -> datetime:
    """SQLite returns the stored naive-UTC text, PostgreSQL an aware datetime (see models.types.UTCDateTime).

    Parsing the text with its offset appended is several times faster than replacing the zone after.
    """
    if isinstance(value, str):
        return datetime.fromisoformat(value + "+00:00")
    return value.astimezone(UTC)


def event_from_record(record: Mapping, seq: int | None = None) -> Event:
    """The event an interchange record (records.event_record) describes, as if read back from its row."""
    return event_from_columns(record["id"], record["custody"], record["type"], parse_instant(record["at"]),
                              parse_instant(record["recorded_at"]), record["recorded_by"], _event_data(record), seq)


_COLUMNS_OF_EVENT = frozenset(("record", "id", "custody", "type", "at", "recorded_at", "recorded_by"))


def _event_data(record: Mapping) -> dict:
    """The part of an event's record kept in its JSON `data` column."""
    return {k: v for k, v in record.items() if k not in _COLUMNS_OF_EVENT}


# ---------------------------------------------------------------- reads

def facility(session: Session, facility_id: str) -> Facility | None:
    row = session.get(FacilityRow, facility_id)
    return to_facility(row) if row else None


_FACILITY_COLUMNS = (FacilityRow.id, FacilityRow.name, FacilityRow.kind, FacilityRow.designated, FacilityRow.timezone,
                     FacilityRow.region, FacilityRow.agency, FacilityRow.address, FacilityRow.telephone)


def facilities(session: Session) -> list[Facility]:
    """Every facility, by name; read as plain columns, since every timeline and write asks for all of them."""
    return [Facility(*row) for row in session.execute(select(*_FACILITY_COLUMNS).order_by(FacilityRow.name))]


def facilities_with_ids(session: Session, facility_ids: Sequence[str]) -> list[Facility]:
    """The facilities of the given ids that exist (a write reads only the ones its custodies name)."""
    found = []
    for start in range(0, len(facility_ids), 500):
        query = select(*_FACILITY_COLUMNS).where(FacilityRow.id.in_(facility_ids[start:start + 500]))
        found += [Facility(*row) for row in session.execute(query)]
    return found


def person(session: Session, person_id: str) -> Person | None:
    row = session.get(PersonRow, person_id)
    return to_person(row) if row else None


def persons_held_elsewhere(session: Session, person_ids: Iterable[str]) -> dict[str, Person]:
    """The persons of these ids that this login may not read: a namesake held until now at another facility
    only, for whom the login is opening a custody. On a guarded register through register_person_for_custody,
    which gives what the clocks and the board's row need (never the vulnerabilities); elsewhere every person
    is readable, so there are none."""
    person_ids = sorted(person_ids)
    if not person_ids or not guarded(session):
        return {}
    found = {}
    for person_id in person_ids:
        row = session.execute(text("SELECT * FROM register_person_for_custody(:wanted)"),
                              {"wanted": person_id}).first()
        if row is not None:
            found[row.id] = _person_from_columns(row.id, row.full_name, row.birth_date, row.sex, row.citizenship,
                                                 row.languages, None, row.id_document, (), row.estimated_age)
    return found


def custody(session: Session, custody_id: str) -> Custody | None:
    row = session.get(CustodyRow, custody_id)
    return to_custody(row) if row else None


def events_of(session: Session, custody_id: str) -> list[Event]:
    c = _events(session).c
    rows = session.execute(select(c.id, c.custody_id, c.type, c.at, c.recorded_at, c.recorded_by, c.data, c.seq)
                           .where(c.custody_id == custody_id).order_by(c.seq))
    return [event_from_columns(*row) for row in rows]


def existing_ids(session: Session, row_type, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update(session.scalars(select(row_type.id).where(row_type.id.in_(chunk))))
    return found


def moved_since(session: Session, last_seqs: Mapping[str, int], free: Sequence[tuple[type, Sequence[str]]]) -> bool:
    """Whether one of these custodies has a last event other than the seq given (0: none, as this session may
    read them), or a record of one of these types and ids exists: what a write checked without the chain's lock
    asks once it holds it, in one round trip for a form's batch."""
    c = _events(session).c
    parts = [select(c.custody_id, func.max(c.seq)).where(c.custody_id.in_(chunk)).group_by(c.custody_id)
             for chunk in _chunks(list(last_seqs))]
    parts += [select(cast(row_type.id, String), literal(-1)).where(row_type.id.in_(chunk))
              for row_type, ids in free for chunk in _chunks(list(ids))]
    found: dict[str, int] = {}
    for start in range(0, len(parts), 10):
        for key, seq in session.execute(union_all(*parts[start:start + 10])):
            if seq == -1:
                return True
            found[key] = seq
    return found != {custody_id: seq for custody_id, seq in last_seqs.items() if seq}


def _chunks(ids: list[str], size: int = 1000) -> list[list[str]]:
    return [ids[start:start + size] for start in range(0, len(ids), size)]


def timeline(session: Session, custody_id: str) -> CustodyTimeline | None:
    custody_row = session.get(CustodyRow, custody_id)
    if custody_row is None:
        return None
    all_facilities = {f.id: f for f in facilities(session)}
    return CustodyTimeline(to_custody(custody_row), to_person(session.get(PersonRow, custody_row.person_id)),
                           tuple(events_of(session, custody_id)), all_facilities)


_TIMELINE_CHUNK = 500
_CUSTODY_COLUMNS = (CustodyRow.id, CustodyRow.person_id, CustodyRow.procedural_status, CustodyRow.grounds,
                    CustodyRow.ordering_authority, CustodyRow.agency)
_CUSTODY_WIDTH = len(_CUSTODY_COLUMNS)
_PERSON_COLUMNS = (PersonRow.id, PersonRow.full_name, PersonRow.birth_date, PersonRow.sex, PersonRow.citizenship,
                   PersonRow.languages, PersonRow.needs_interpreter, PersonRow.id_document, PersonRow.vulnerabilities,
                   PersonRow.estimated_age)


def timelines(session: Session, custody_ids: Sequence[str] | None = None,
              all_facilities: Mapping[str, Facility] | None = None) -> Iterator[CustodyTimeline]:
    """Many timelines, in order of custody id, read 500 custodies to a round trip (all of them when no
    ids are given).

    Only one chunk's events are held at a time, so reading the whole register costs the memory of
    500 custodies, not of millions of events. A writer passes the facilities it has already read,
    saving a query on every recorded event.
    """
    if all_facilities is None:
        all_facilities = {f.id: f for f in facilities(session)}
    if custody_ids is None:
        custody_ids = list(session.scalars(select(CustodyRow.id).order_by(CustodyRow.id)))
    else:
        custody_ids = sorted(set(custody_ids))
    for start in range(0, len(custody_ids), _TIMELINE_CHUNK):
        chunk = custody_ids[start:start + _TIMELINE_CHUNK]
        grouped: dict[str, list[Event]] = defaultdict(list)
        table = _events(session)
        events = select(*_RAW_EVENT_COLUMNS[table.name]).where(table.c.custody_id.in_(chunk)).order_by(table.c.seq)
        # Core rows fetched at once (the ORM adds nothing to plain columns; row by row, fetching was a tenth
        # of the time).
        for row in session.connection().execute(events).all():
            grouped[row[1]].append(_event_from_raw(*row))
        custody, person = custodies_table(session), persons_table(session)
        custodies = (select(*(custody.c[c.key] for c in _CUSTODY_COLUMNS), *(person.c[c.key] for c in _PERSON_COLUMNS))
                     .join_from(custody, person, person.c.id == custody.c.person_id)
                     .where(custody.c.id.in_(chunk)).order_by(custody.c.id))
        for row in session.connection().execute(custodies).all():
            custody_, person_ = Custody(*row[:_CUSTODY_WIDTH]), _person_from_columns(*row[_CUSTODY_WIDTH:])
            yield CustodyTimeline(custody_, person_, tuple(grouped.get(custody_.id, ())), all_facilities)


def stamps_of(session: Session, record_ids: Iterable[tuple[str, str]]) -> dict[str, ChainStamp]:
    """Chain stamps of the given (kind, id) records, keyed by record id."""
    wanted = defaultdict(list)
    for kind, record_id in record_ids:
        wanted[kind].append(record_id)
    stamps = {}
    for kind, ids in wanted.items():
        for start in range(0, len(ids), 500):
            query = select(ChainEntryRow).where(ChainEntryRow.kind == kind,
                                                ChainEntryRow.record_id.in_(ids[start:start + 500]))
            for row in session.scalars(query):
                stamps[row.record_id] = ChainStamp(row.seq, row.kind, row.record_id, row.hash)
    return stamps


def stamps_at(session: Session, seqs: Iterable[int]) -> dict[int, ChainStamp]:
    """Chain stamps of the entries at the given seqs (a printout's records, found by the seq it printed)."""
    wanted, stamps = sorted(set(seqs)), {}
    for start in range(0, len(wanted), 500):
        for row in session.scalars(select(ChainEntryRow).where(ChainEntryRow.seq.in_(wanted[start:start + 500]))):
            stamps[row.seq] = ChainStamp(row.seq, row.kind, row.record_id, row.hash)
    return stamps


def chain_head(session: Session) -> ChainStamp:
    head = session.get(ChainHeadRow, 1)
    return ChainStamp(head.seq, "head", "", head.hash)


# ---------------------------------------------------------------- chain and writes

@contextmanager
def pipelined(session: Session, small: bool = True) -> Iterator[None]:
    """Send a small write's statements to PostgreSQL without waiting for each answer (psycopg's pipeline mode):
    they run in order in the same transaction, and the first error is raised at the end of the block, so the
    write is still all or nothing. Under the chain's lock every round trip is time every other writer waits."""
    connection = session.connection()
    if not small or connection.dialect.name != "postgresql":
        yield
        return
    driver = connection.connection.driver_connection
    connection.info[_PIPELINED] = True  # no COPY in a pipeline (`_insert`)
    try:
        with driver.pipeline():
            yield
    except type(driver).Error as error:  # raised by the pipeline itself, as SQLAlchemy raises the statements'
        raise DBAPIError.instance(None, None, error, type(driver).Error) from error
    finally:
        del connection.info[_PIPELINED]


_PIPELINED = "register_pipelined"


_MOVE_HEAD = update(ChainHeadRow.__table__).where(ChainHeadRow.id == 1).values(
    seq=bindparam("seq"), hash=bindparam("hash"))


class ChainWriter:
    """Appends records to the chain, and their leaves to the Merkle tree, inside the caller's transaction,
    holding the head's lock. Refuses to start when the head, the last entry and the tree disagree."""

    def __init__(self, session: Session):
        self.session = session
        # Guarded, the head is locked through the database's function and moved by its trigger on chain_entry.
        self._guarded = guarded(session)
        head = (text("SELECT seq, hash FROM register_chain_head()") if self._guarded else
                select(ChainHeadRow.seq, ChainHeadRow.hash).where(ChainHeadRow.id == 1).with_for_update())
        self.seq, self.hash = session.execute(head).one()
        last = session.connection().execute(_LAST_ENTRY).one_or_none()
        if tuple(last or (0, chain.GENESIS)) != (self.seq, self.hash):
            raise chain.HeadMismatch((self.seq, self.hash), tuple(last or (0, chain.GENESIS)))
        self._saved_seq = self.seq
        self._entries: list[dict] = []
        self._edge = _tree_edge(session, self.seq, self.hash)

    def append(self, kind: str, record_id: str, record: Mapping) -> int:
        self.seq += 1
        new_hash = chain.link(self.hash, record)
        self._entries.append({"seq": self.seq, "kind": kind, "record_id": record_id, "prev_hash": self.hash,
                              "hash": new_hash})
        self.hash = new_hash
        return self.seq

    def flush(self) -> None:
        """Write the entries appended since the last flush and move the head (once, if it moved)."""
        if self._entries:
            _insert(self.session, ChainEntryRow, self._entries)
            self._grow_tree()
            self._entries = []
        if self.seq != self._saved_seq:
            if not self._guarded:
                self.session.connection().execute(_MOVE_HEAD, {"seq": self.seq, "hash": self.hash})
            self._saved_seq = self.seq

    def _grow_tree(self) -> None:
        size = self._entries[0]["seq"] - 1
        leaves = (merkle.leaf_hash(bytes.fromhex(entry["hash"])) for entry in self._entries)
        nodes = list(merkle.appended_nodes(size, leaves, lambda level, index: self._edge[(level, index)]))
        _insert(self.session, MerkleNodeRow, [{"position": merkle.position(level, index), "hash": value}
                                              for level, index, value in nodes])
        edge = set(merkle.right_edge(self.seq))
        self._edge = {key: value for key, value in (*self._edge.items(), *(((lv, ix), h) for lv, ix, h in nodes))
                      if key in edge}


def _tree_edge(session: Session, size: int, last_hash: str) -> dict[tuple[int, int], bytes]:
    """The tree's right edge at `size` (all appending needs), after checking that its last leaf is the last
    entry's. A register whose tree was never built (one from before revision 0005) has it built first."""
    if size == 0:
        return {}
    wanted = set(merkle.right_edge(size)) | {(0, size - 1)}
    found = merkle_nodes(session, wanted)
    if not found and session.scalar(select(MerkleNodeRow.position).limit(1)) is None:
        build_tree(session)
        found = merkle_nodes(session, wanted)
    if found.get((0, size - 1)) != merkle.leaf_hash(bytes.fromhex(last_hash)) or len(found) != len(wanted):
        raise chain.TreeMismatch(size)
    return found


def merkle_nodes(session: Session, wanted: Iterable[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
    """The stored complete subtrees among `wanted` (level, index); absent ones are left out."""
    by_position = {merkle.position(level, index): (level, index) for level, index in wanted}
    rows = session.connection().execute(_NODES, {"positions": list(by_position)})
    return {by_position[position]: bytes(value) for position, value in rows}


# Built once: a statement built per call spent most of an append's tree time coercing its IN list.
_NODES = select(MerkleNodeRow.position, MerkleNodeRow.hash).where(
    MerkleNodeRow.position.in_(bindparam("positions", expanding=True)))
_LAST_ENTRY = select(ChainEntryRow.seq, ChainEntryRow.hash).order_by(ChainEntryRow.seq.desc()).limit(1)


def build_tree(session: Session) -> int:
    """Build the whole tree from the chain entries (a register from before revision 0005); returns its size."""
    entries = session.execute(select(ChainEntryRow.hash).order_by(ChainEntryRow.seq)).scalars().yield_per(5000)
    leaves = (merkle.leaf_hash(bytes.fromhex(value)) for value in entries)
    rows, size = [], 0
    for level, index, value in merkle.appended_nodes(0, leaves, lambda level, index: b""):
        rows.append({"position": merkle.position(level, index), "hash": value})
        size += level == 0
        if len(rows) == 10000:
            _insert(session, MerkleNodeRow, rows)
            rows = []
    if rows:
        _insert(session, MerkleNodeRow, rows)
    return size


def tree_built(session: Session) -> bool:
    """Whether the tree has a leaf for the last chain entry (or the chain is empty)."""
    head = chain_head(session)
    return head.seq == 0 or bool(merkle_nodes(session, [(0, head.seq - 1)]))


def insert_records(session: Session, writer: ChainWriter, facilities_: Sequence[Facility] = (),
                   persons: Sequence[Person] = (), custodies: Sequence[Custody] = ()) -> None:
    """Insert new facilities, persons and custodies, each entering the chain in the order given."""
    facility_rows, person_rows, custody_rows = [], [], []
    for f in facilities_:
        writer.append("facility", f.id, facility_record(f))
        facility_rows.append({"id": f.id, "name": f.name, "kind": f.kind, "designated": f.designated,
                              "timezone": f.timezone, "region": f.region, "agency": f.agency,
                              "address": f.address, "telephone": f.telephone})
    for p in persons:
        writer.append("person", p.id, person_record(p))
        person_rows.append({"id": p.id, "full_name": p.full_name, "birth_date": p.birth_date, "sex": p.sex,
                            "citizenship": p.citizenship, "languages": list(p.languages),
                            "needs_interpreter": p.needs_interpreter, "id_document": p.id_document,
                            "vulnerabilities": list(p.vulnerabilities), "estimated_age": p.estimated_age})
    for c in custodies:
        writer.append("custody", c.id, custody_record(c))
        custody_rows.append({"id": c.id, "person_id": c.person, "procedural_status": c.procedural_status,
                             "grounds": c.grounds, "ordering_authority": c.ordering_authority,
                             "agency": c.agency})
    search_rows = [search_index.person_keys(p) for p in persons]
    for row_type, rows in ((FacilityRow, facility_rows), (PersonRow, person_rows), (PersonSearchRow, search_rows),
                           (CustodyRow, custody_rows)):
        if rows:
            _insert(session, row_type, rows)


def insert_events(session: Session, writer: ChainWriter, records: Sequence[Mapping], keep: bool) -> list[Event]:
    """Insert new events from their records (records.event_record), entering the chain in the order given;
    returns them with their seq if `keep` (an import does not: building them was a tenth of its inserting)."""
    rows, stored = [], []
    for record in records:
        seq = writer.append("event", record["id"], record)
        at, recorded_at, data = parse_instant(record["at"]), parse_instant(record["recorded_at"]), _event_data(record)
        rows.append({"id": record["id"], "custody_id": record["custody"], "type": record["type"], "at": at,
                     "recorded_at": recorded_at, "recorded_by": record["recorded_by"], "data": data, "seq": seq})
        if keep:
            stored.append(event_from_columns(record["id"], record["custody"], record["type"], at, recorded_at,
                                             record["recorded_by"], data, seq))
    if rows:
        _insert(session, EventRow, rows)
    return stored


def append_side_record(session: Session, kind: str, values: Mapping, writer: ChainWriter | None = None) -> int:
    """The one way a side record (access log, alert action, account change, confidential flag...) enters
    the register: its row (values without id and seq) and its chain entry, in the caller's transaction.

    Without a `writer` one is made (taking the chain's lock) and flushed; a caller that already holds one
    (to decide under the lock) passes it and flushes it. Returns the record's seq.
    """
    own = writer is None
    writer = writer or ChainWriter(session)
    chained = CHAINED_KINDS[kind]
    row_values = {**values, "id": next_id(session, chained.row_type)}
    seq = writer.append(kind, str(row_values["id"]), chained.record(chained.row_type(**row_values)))
    _insert(session, chained.row_type, [{**row_values, "seq": seq}])
    if own:
        writer.flush()
    return seq


ALERT_ACTION_FIELDS = ("id", "alert_key", "custody_id", "rule", "action", "at", "by", "comment", "referred_to",
                       "reference", "seq")


def alert_actions(session: Session, key: str | None = None, after_seq: int = 0) -> list[dict]:
    """The history of one alert (or of all), in chain order, as plain dicts, from after chain position
    `after_seq`; none where the database keeps alert history from the login (only those who review alerts
    read it)."""
    if guarded(session) and not _may_read(session, "alert_action"):
        return []
    query = (select(*(getattr(AlertActionRow, name) for name in ALERT_ACTION_FIELDS))
             .where(AlertActionRow.seq > after_seq).order_by(AlertActionRow.seq))
    if key is not None:
        query = query.where(AlertActionRow.alert_key == key)
    # Plain rows, not ORM entities: every refresh of an inbox reads them all.
    return [dict(zip(ALERT_ACTION_FIELDS, row)) for row in session.connection().execute(query)]


def next_id(session: Session, row_type) -> int:
    """The next id of a numbered chained table; asked of the database where a login sees only some rows (the
    caller holds the chain's lock, so no other writer takes the same id)."""
    if guarded(session):
        return session.execute(text("SELECT register_next_id(:t)"), {"t": row_type.__tablename__}).scalar()
    return (session.scalar(select(func.max(row_type.id))) or 0) + 1


# ---------------------------------------------------------------- projection

def save_state(session: Session, states: Sequence[dict], judgements: Sequence[Judgement] = ()) -> None:
    """Replace the derived custody_state rows of the given custodies: one upsert (both SQLite and
    PostgreSQL say INSERT ... ON CONFLICT DO UPDATE), where a delete and an insert took two statements
    and touched every index twice; with them, their stored clocks (`save_judgements`)."""
    save_judgements(session, judgements)
    if not states:
        return
    if guarded(session):
        session.execute(text("SELECT register_save_states(CAST(:states AS json))"),
                        {"states": json.dumps(list(states), default=_json_instant)})
        return
    connection = session.connection()
    connection.execute(_SAVE_STATE[connection.dialect.name], list(states))


def _json_instant(value: datetime) -> str:
    return value.isoformat()


def save_judgements(session: Session, judgements: Sequence[Judgement]) -> None:
    """Replace the stored clocks of the given custodies (register/judgement.py); on a guarded PostgreSQL
    register through the database's own function, under the projection's condition."""
    if not judgements:
        return
    heads = [_judgement_row(j) for j in judgements]
    clocks = [_clock_row(j.custody_id, c) for j in judgements for c in j.clocks]
    if guarded(session):
        session.execute(text("SELECT register_save_judgements(CAST(:j AS json), CAST(:c AS json))"),
                        {"j": json.dumps(heads, default=_json_instant), "c": json.dumps(clocks, default=_json_instant)})
        return
    ids = [j.custody_id for j in judgements]
    for start in range(0, len(ids), _TIMELINE_CHUNK):
        chunk = ids[start:start + _TIMELINE_CHUNK]
        session.execute(CustodyClockRow.__table__.delete().where(CustodyClockRow.custody_id.in_(chunk)))
        session.execute(ClockJudgementRow.__table__.delete().where(ClockJudgementRow.custody_id.in_(chunk)))
    _insert(session, ClockJudgementRow, heads)
    if clocks:
        _insert(session, CustodyClockRow, clocks)


def _judgement_row(j: Judgement) -> dict:
    return {"custody_id": j.custody_id, "judged_with": j.judged_with, "judged_at": j.judged_at,
            "problem_from": j.problem_from,
            "stays": json.dumps([[s.facility, s.arrived_at.isoformat(), s.departed_at and s.departed_at.isoformat()]
                                 for s in j.stays], ensure_ascii=False),
            "entered_by": json.dumps(list(j.entered_by), ensure_ascii=False), "timezone": j.timezone,
            "alleged": j.alleged}


def _clock_row(custody_id: str, c: StoredClock) -> dict:
    return {"custody_id": custody_id, "position": c.position, "rule": c.rule, "rule_index": c.rule_index,
            "status": c.status, "severity": c.severity, "trigger_at": c.trigger_at, "due_at": c.due_at,
            "met_at": c.met_at, "warn_at": c.warn_at, "overdue_minutes": c.overdue_minutes, "basis": c.basis,
            "details": c.details, "ended_at": c.ended_at,
            "every_seconds": None if c.every is None else int(c.every.total_seconds())}


def _raw(column):
    """A column as the driver returns it (instants decoded by `_raw_instant`, as the whole-register event read)."""
    return type_coerce(column, String) if isinstance(column.type, UTCDateTime) else column


_JUDGEMENT_COLUMNS = tuple(_raw(c) for c in ClockJudgementRow.__table__.columns)
_CLOCK_COLUMNS = tuple(_raw(c) for c in CustodyClockRow.__table__.columns)
_JUDGEMENT_CHUNK = 2000


def judgements(session: Session, custody_ids: Sequence[str], problems_only: bool = False,
               known: Mapping[str, Judgement] | None = None) -> dict[str, Judgement]:
    """The stored judgements of these custodies (those that have one), 2,000 custodies to a round trip. With
    `problems_only`, only the clocks that are a problem or may become one (running, a recurring series): what the
    alert inbox reads. A `known` judgement (read before, as asked now) is taken as it is where the custody's
    row still has its profile and instant; the caller makes sure nothing was written to the custody since."""
    found: dict[str, Judgement] = {}
    ids = sorted(set(custody_ids))
    connection = session.connection()
    clock = CustodyClockRow
    for start in range(0, len(ids), _JUDGEMENT_CHUNK):
        unread = {}
        for row in connection.execute(select(*_JUDGEMENT_COLUMNS, CustodyRow.person_id)
                                      .join(CustodyRow, CustodyRow.id == ClockJudgementRow.custody_id)
                                      .where(ClockJudgementRow.custody_id.in_(ids[start:start + _JUDGEMENT_CHUNK]))):
            kept = known.get(row[0]) if known else None
            if kept is not None and (kept.judged_with, kept.judged_at) == (row[1], _raw_instant(row[2])):
                found[row[0]] = kept
            else:
                unread[row[0]] = row
        if not unread:
            continue
        clocks: dict[str, list[StoredClock]] = defaultdict(list)
        wanted = select(*_CLOCK_COLUMNS).where(clock.custody_id.in_(sorted(unread)))
        if problems_only:
            wanted = wanted.where(clock.status.in_(PROBLEM_TEXTS | {ClockStatus.RUNNING.value, PENDING}))
        for row in connection.execute(wanted.order_by(clock.custody_id, clock.position)):
            clocks[row[0]].append(_stored_clock(*row[1:]))
        for custody_id, judged_with, judged_at, _, stays, entered_by, zone, alleged, person_id in unread.values():
            found[custody_id] = Judgement(
                custody_id, person_id, judged_with, _raw_instant(judged_at), tuple(clocks.get(custody_id, ())),
                tuple(JudgedStay(f, datetime.fromisoformat(a), d and datetime.fromisoformat(d))
                      for f, a, d in _decode_json(stays)[0]), tuple(_decode_json(entered_by)[0]), zone, bool(alleged))
    return found


def _stored_clock(position, rule, rule_index, status, severity, trigger_at, due_at, met_at, warn_at, overdue, basis,
                  details, ended_at, every) -> StoredClock:
    return StoredClock(position, rule, rule_index, status, severity, _raw_instant(trigger_at), _raw_instant(due_at),
                       met_at and _raw_instant(met_at), warn_at and _raw_instant(warn_at), overdue, basis, details,
                       ended_at and _raw_instant(ended_at), None if every is None else timedelta(seconds=every))


def _upsert_state(insert) -> Insert:
    statement = insert(CustodyStateRow.__table__)
    changed = {c.name: statement.excluded[c.name] for c in CustodyStateRow.__table__.columns if not c.primary_key}
    return statement.on_conflict_do_update(index_elements=[CustodyStateRow.custody_id], set_=changed)


_SAVE_STATE = {"sqlite": _upsert_state(sqlite_insert), "postgresql": _upsert_state(postgresql_insert)}


_COPY_FROM = 200  # rows from which PostgreSQL takes a batch through COPY rather than INSERT


def _insert(session: Session, row_type, rows: Sequence[Mapping]) -> None:
    """An executemany on the session's connection: the rows are plain values, so the ORM's bulk insert
    (a third of a recorded event's insert time) has nothing to add. A large batch into PostgreSQL goes through
    COPY (psycopg 3), in the same transaction, where the database does not police rows itself: COPY FROM
    refuses tables under row-level security, so a guarded register keeps to INSERT, as does a station's write
    sent as a pipeline (`pipelined`: psycopg sends no COPY in one)."""
    rows = list(rows)
    connection = session.connection()
    if (len(rows) >= _COPY_FROM and connection.dialect.name == "postgresql" and not guarded(session)
            and _PIPELINED not in connection.info):
        _copy(connection, row_type.__table__, rows)
        return
    many_into_sqlite = connection.dialect.name == "sqlite" and len(rows) > 1
    plain = _sqlite_plain(row_type.__table__, rows[0]) if many_into_sqlite else None
    if plain is not None:
        statement, converters = plain
        connection.exec_driver_sql(statement, [tuple(convert(row[name]) for name, convert in converters)
                                               for row in rows])
        return
    connection.execute(row_type.__table__.insert(), rows)


def _same(value):
    return value


def _sqlite_plain(table: Table, first: Mapping) -> tuple[str, list[tuple[str, Callable]]] | None:
    """The insert of many rows into SQLite as the driver's own executemany, each value converted as the column
    type would store it: SQLAlchemy's per-row parameter processing was a third of a 500-person group action's
    time (its stored clocks). None for a table with a column this does not know how to store, or a Python-side
    default the rows leave out: those go through SQLAlchemy."""
    converters = []
    for column in table.columns:
        if column.name not in first:
            if column.default is not None:
                return None
            continue
        kind = column.type
        if isinstance(kind, UTCDateTime):
            converters.append((column.name, sqlite_instant))
        elif isinstance(kind, Boolean):
            converters.append((column.name, lambda v: None if v is None else int(bool(v))))
        elif isinstance(kind, (Integer, String)):  # Text is a String
            converters.append((column.name, _same))
        else:
            return None
    names = ", ".join(f'"{name}"' for name, _ in converters)
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" for _ in converters)})', converters


def _copy(connection, table: Table, rows: Sequence[Mapping]) -> None:
    """COPY the rows into `table`: instants as aware datetimes, JSON columns as their text (None as JSON null,
    as SQLAlchemy's JSON type writes it)."""
    columns = [c for c in table.columns if c.name in rows[0]]
    as_json = [isinstance(c.type, JSON) for c in columns]
    names = ", ".join(f'"{c.name}"' for c in columns)
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([json.dumps(row[c.name], ensure_ascii=False) if j else row[c.name]
                            for c, j in zip(columns, as_json)])


def projection_fingerprint(session: Session) -> str | None:
    """The fingerprint of the rule profile that judged every custody_state row (None: not known)."""
    return session.scalar(select(ProjectionProfileRow.fingerprint).where(ProjectionProfileRow.id == 1))


def record_projection_fingerprint(session: Session, fingerprint: str) -> None:
    """Say that every custody_state row has now been judged with the profile of this fingerprint."""
    if guarded(session):
        session.execute(text("SELECT register_set_projection_profile(:f)"), {"f": fingerprint})
        return
    table = ProjectionProfileRow.__table__
    session.execute(table.delete())
    session.execute(table.insert(), [{"id": 1, "fingerprint": fingerprint}])


def adopt_profile_if_empty(session: Session, fingerprint: str) -> None:
    """A register with no projection yet is judged with the profile it is opened with from the start."""
    if projection_fingerprint(session) is None and session.scalar(select(CustodyStateRow.custody_id).limit(1)) is None:
        record_projection_fingerprint(session, fingerprint)


# ---------------------------------------------------------------- verification


def chain_links(session: Session) -> Iterator[chain.ChainLink]:
    """Every chain entry in seq order with the record it signs, rebuilt from the stored rows.

    Events (millions) are streamed in seq order beside the entries; every other kind is read whole.
    Where the database cuts a login's view (pg_security), a record it may not read, or reads cut (a medical
    examination), comes as a stub: its link is checked, its content only by a login that reads it all.
    """
    limited = guarded(session) and not _reads_everything(session)
    small = {kind: {str(row.id): chained.record(row) for row in session.scalars(select(chained.row_type))}
             for kind, chained in CHAINED_KINDS.items()
             if kind != "event" and (not limited or _may_read(session, chained.row_type.__tablename__))}
    table = _events(session)
    redacted = table.c.redacted if table is EVENT_READABLE else type_coerce(False, Boolean)
    # Plain rows as the driver returns them, decoded here as the whole-register event read does: ORM entries
    # and SQLAlchemy's per-value processing were most of the chain's reading time.
    connection, entry = session.connection(), ChainEntryRow
    with (connection.execute(select(*_RAW_EVENT_COLUMNS[table.name], redacted).order_by(table.c.seq)
                             .execution_options(yield_per=5000)) as events,
          connection.execute(select(entry.seq, entry.kind, entry.record_id, entry.prev_hash, entry.hash)
                             .order_by(entry.seq).execution_options(yield_per=5000)) as entries):
        pending = next(events, None)
        for seq, kind, record_id, prev_hash, hash_ in entries:
            record, stub = None, False
            if kind == "event":
                while pending is not None and pending.seq < seq:
                    pending = next(events, None)
                if pending is not None and pending.seq == seq and pending.id == record_id:
                    if pending[-1]:
                        stub = True
                    else:
                        record = event_record(_event_from_raw(*pending[:-1]))
            else:
                record = small.get(kind, {}).get(record_id)
            if record is None and limited:
                stub = True
            yield chain.ChainLink(seq, kind, record_id, prev_hash, hash_, record, stub)


def unchained_records(session: Session) -> list[str]:
    """Records present in the tables but absent from the chain (of every chained kind): written behind
    the register's back. At most five of each kind are named."""
    found = []
    limited = guarded(session)
    for kind, chained in CHAINED_KINDS.items():
        if limited and not _may_read(session, chained.row_type.__tablename__):
            continue
        row_id = chained.row_type.id
        query = select(row_id).where(~cast(row_id, String).in_(
            select(ChainEntryRow.record_id).where(ChainEntryRow.kind == kind))).order_by(row_id)
        found += [f"{kind} {record_id}" for record_id in session.scalars(query.limit(5))]
    return found


def alert_action_record(row: AlertActionRow) -> dict:
    return {"record": "alert_action", "id": row.id, "alert": row.alert_key, "custody": row.custody_id,
            "rule": row.rule, "action": row.action, "at": format_utc(row.at), "by": row.by, "comment": row.comment,
            "referred_to": row.referred_to, "reference": row.reference}


def access_record(row: AccessLogRow) -> dict:
    return {"record": "access", "id": row.id, "at": format_utc(row.at), "user": row.username,
            "action": row.action, "subject": row.subject}


def account_record(row: AccountChangeRow) -> dict:
    """An account change as the chain signs it: never the password hash itself, only its digest."""
    return {"record": "account", "id": row.id, "at": format_utc(row.at), "by": row.by, "username": row.username,
            "action": row.action, "full_name": row.full_name, "role": row.role,
            "facilities": list(row.facilities), "disabled": row.disabled, "credential": row.credential}


def confidential_flag_record(row: ConfidentialFlagRow) -> dict:
    return {"record": "confidential_flag", "id": row.id, "person": row.person_id, "at": format_utc(row.at),
            "by": row.by, "reason": row.reason}


def inquiry_record(row: InquiryRow) -> dict:
    """A whereabouts inquiry as the chain signs it: who asked, about whom, what they were told, by whom."""
    return {"record": "inquiry", "id": row.id, "at": format_utc(row.at), "by": row.by,
            "asker_name": row.asker_name, "asker_relation": row.asker_relation, "asker_contact": row.asker_contact,
            "language": row.language, "query": row.query, "person": row.person_id, "custody": row.custody_id,
            "outcome": row.outcome, "answer": row.answer}


def apprehension_report_record(row: ApprehensionReportRow) -> dict:
    """A reported apprehension as the chain signs it (the search keys are derived, so not signed)."""
    return {"record": "apprehension_report", "id": row.id, "at": format_utc(row.at), "by": row.by,
            "reporter_name": row.reporter_name, "reporter_relation": row.reporter_relation,
            "reporter_contact": row.reporter_contact, "person_name": row.person_name,
            "birth_date": row.birth_date.isoformat() if row.birth_date else None, "id_document": row.id_document,
            "place": row.place, "apprehended_at": format_utc(row.apprehended_at)}


def complaint_action_record(row: ComplaintActionRow) -> dict:
    return {"record": "complaint_action", "id": row.id, "complaint": row.complaint_id, "custody": row.custody_id,
            "action": row.action, "at": format_utc(row.at), "by": row.by, "text": row.text,
            "due_at": format_utc(row.due_at) if row.due_at else None}


COMPLAINT_ACTION_FIELDS = ("id", "complaint_id", "custody_id", "action", "at", "by", "text", "due_at", "seq")


def complaint_actions(session: Session, custody_ids: Sequence[str] | None = None) -> list[dict]:
    """What was done about complaints (of some custodies, or all), in chain order, as plain dicts; none where
    the database keeps them from the login."""
    if guarded(session) and not _may_read(session, "complaint_action"):
        return []
    query = select(ComplaintActionRow).order_by(ComplaintActionRow.seq)
    if custody_ids is not None:
        query = query.where(ComplaintActionRow.custody_id.in_(list(custody_ids)))
    return [{name: getattr(row, name) for name in COMPLAINT_ACTION_FIELDS} for row in session.scalars(query)]


def shift_handover_record(row: ShiftHandoverRow) -> dict:
    """A signed shift handover as the chain signs it."""
    return {"record": "shift_handover", "id": row.id, "at": format_utc(row.at), "by": row.by,
            "facility": row.facility_id, "as_of": format_utc(row.as_of), "outgoing": row.outgoing,
            "notes": row.notes, "digest": row.digest}


def shift_handovers(session: Session, facility_id: str) -> list[dict]:
    """The handovers signed at a facility, oldest first."""
    query = (select(ShiftHandoverRow).where(ShiftHandoverRow.facility_id == facility_id)
             .order_by(ShiftHandoverRow.seq))
    return [shift_handover_record(row) for row in session.scalars(query)]


def signing_key_record(row: SigningKeyRow) -> dict:
    """A first key's record has no endorsement field, so registers from before key rotation hash as they did."""
    record = {"record": "signing_key", "id": row.id, "at": format_utc(row.at), "by": row.by, "origin": row.origin,
              "public_key": row.public_key}
    return {**record, "endorsement": row.endorsement} if row.endorsement else record


def signing_keys(session: Session) -> list[dict]:
    """Every key the register has recorded for its checkpoints, oldest first."""
    return [signing_key_record(row) for row in session.scalars(select(SigningKeyRow).order_by(SigningKeyRow.seq))]


def accounts_out_of_step(session: Session) -> list[str]:
    """Accounts whose current row no longer says what their latest chained change says."""
    latest: dict[str, AccountChangeRow] = {}
    for change in session.scalars(select(AccountChangeRow).order_by(AccountChangeRow.seq)):
        latest[change.username] = change
    found = []
    # Guarded, no login reads a password hash: the database gives its digest.
    credentials = (dict(session.execute(text("SELECT username, credential FROM register_account_credentials()")).all())
                   if guarded(session) else None)
    for account in session.scalars(select(UserAccountRow).order_by(UserAccountRow.username)):
        change = latest.get(account.username)
        credential = (credentials.get(account.username) if credentials is not None
                      else credential_of(account.password_hash))
        if change is None or (account.full_name, account.role, list(account.facilities), account.disabled,
                              credential) != (
                change.full_name, change.role, list(change.facilities), change.disabled, change.credential):
            found.append(account.username)
    return found


def credential_of(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainedKind:
    """One kind of chained record: where its rows live and how a row becomes the canonical record."""
    kind: str
    row_type: type
    record: Callable[[Any], dict]
    exported: bool  # part of the interchange (contract section 2); other kinds leave an export as stubs


_CANONICAL: dict[str, Callable[[Any], dict]] = {
    "facility": lambda row: facility_record(to_facility(row)),
    "person": lambda row: person_record(to_person(row)),
    "custody": lambda row: custody_record(to_custody(row)),
    "event": lambda row: event_record(to_event(row)),
    "alert_action": alert_action_record,
    "access": access_record,
    "account": account_record,
    "confidential_flag": confidential_flag_record,
    "signing_key": signing_key_record,
    "inquiry": inquiry_record,
    "apprehension_report": apprehension_report_record,
    "complaint_action": complaint_action_record,
    "shift_handover": shift_handover_record,
}

# A kind added to models.orm.CHAINED_ROWS without its canonical record here fails at import, not in a verify.
CHAINED_KINDS: dict[str, ChainedKind] = {
    kind: ChainedKind(kind, row_type, _CANONICAL[kind], kind in INTERCHANGE_KINDS)
    for kind, row_type in CHAINED_ROWS.items()
}
