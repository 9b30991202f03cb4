"""Writing a batch of records into the register: all of it, or nothing.

Import, the intake wizard and every event form end here, so the same checks
hold whoever writes: ids unique, references resolved over the batch and the
database, every custody's timeline still a true story, then one transaction
that chains each record and refreshes the board's projection.

Events wait in a staging (register/staging.py: on disk for an import, in memory for a form)
and are checked and written a chunk of custodies at a time, so the memory a
write needs grows with its custodies, not with its events.
"""
from __future__ import annotations

import dataclasses
import json
import time
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from itertools import groupby, islice
from operator import itemgetter
from typing import Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from models.engine import writer
from models.orm import CustodyRow, EventRow, FacilityRow, PersonRow
from register import store
from register.domain import Custody, Event, Facility, Person
from register.errors import Message, Problem, Rejected
from register.progress import Progress
from register.projection import judged
from register.records import custody_record, event_record, facility_record, person_record
from register.rules import Profile
from register.staging import MemoryStaging, Staging
from register.timeline import CustodyTimeline
from register.validation import check_new_events

Ref = object  # where a record came from: a line number, or a form's record id
T = TypeVar("T")


@dataclass
class Batch:
    """The records of a write; `events` only for write_batch (an import stages its events instead)."""
    facilities: list[tuple[Facility, Ref]] = field(default_factory=list)
    persons: list[tuple[Person, Ref]] = field(default_factory=list)
    custodies: list[tuple[Custody, Ref]] = field(default_factory=list)
    events: list[tuple[Event, Ref]] = field(default_factory=list)


@dataclass(frozen=True)
class WriteSummary:
    written: dict[str, int]
    unchanged: dict[str, int]
    events: tuple[Event, ...]  # the events written, with their seq (left empty by an import)


PROBLEM_LIMIT = 1000
_CHUNK = 5000  # events per round trip when checking and inserting


class Problems:
    """The problems of a batch: the first PROBLEM_LIMIT in file order are kept, the rest only counted,
    so that a file wrong on every line cannot fill the memory with messages."""

    def __init__(self):
        self._kept: list[Problem] = []
        self._dropped = 0

    def add(self, problem: Problem) -> None:
        self._kept.append(problem)
        if len(self._kept) >= 2 * PROBLEM_LIMIT:
            self._trim()

    def __bool__(self) -> bool:
        return bool(self._kept)

    def _trim(self) -> None:
        self._kept.sort(key=_problem_order)
        self._dropped += len(self._kept[PROBLEM_LIMIT:])
        del self._kept[PROBLEM_LIMIT:]

    def rejected(self) -> Rejected:
        self._trim()
        return Rejected(self._kept, self._dropped)


def write_batch(engine: Engine, batch: Batch, profile: Profile, now: datetime, attempts: int = 8,
                under_lock: Callable[[Session, Batch], Batch] | None = None) -> WriteSummary:
    """Validate and write a form's batch in one transaction; raise Rejected with every problem found.

    `under_lock` decides the batch's final form inside the transaction, once the chain's lock is held (the
    custody numbers of an intake): two stations deciding at the same instant decide one after the other."""
    if under_lock is None:
        return write_staged(engine, batch, _memory_staging(batch), profile, now, attempts, keep_events=True,
                            station=True)

    def work(session: Session) -> WriteSummary:
        chain_writer = store.ChainWriter(session)  # the lock, before reading what the batch's final form depends on
        final = under_lock(session, batch)
        return _write(session, final, _memory_staging(final), profile, now, keep_events=True, station=True,
                      chain_writer=chain_writer)

    return in_write_transaction(engine, work, attempts)


def _memory_staging(batch: Batch) -> MemoryStaging:
    staging = MemoryStaging()
    for event, ref in batch.events:
        staging.add(event, ref)
    return staging


def write_staged(engine: Engine, batch: Batch, staging: Staging, profile: Profile, now: datetime,
                 attempts: int = 8, keep_events: bool = False, station: bool = False,
                 then: Callable[[Session, WriteSummary], None] | None = None,
                 progress: Progress | None = None) -> WriteSummary:
    """Validate and write the batch's facilities, persons and custodies with the staged events (not
    `batch.events`), in one transaction; raise Rejected with every problem found. `then` writes, in the
    same transaction, what records the write itself (an import's provenance).

    An event staged as lenient had its recorded_at filled in by the importer, so an identical
    re-import compares it without it. "database is locked" on SQLite is retried, never turned into
    a lost write. A `station` write (a form's MemoryStaging) is stamped with the database's clock and login
    where the database insists on them (see store.server_stamp); any other is an import, whose lines keep
    their own stamps where the login is entitled to import. `progress` is told of the events checked, then
    of those written.
    """
    def work(session: Session) -> WriteSummary:
        summary = _write(session, batch, staging, profile, now, keep_events, station, progress)
        if then is not None:
            then(session, summary)
        return summary

    return in_write_transaction(engine, work, attempts)


def in_write_transaction(engine: Engine, work: Callable[[Session], T], attempts: int = 8) -> T:
    """Run `work` in one write transaction, retrying when another writer holds SQLite's lock."""
    for attempt in range(attempts):
        try:
            with Session(writer(engine)) as session, session.begin():
                return work(session)
        except OperationalError as error:
            if "locked" not in str(error).lower() or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _write(session: Session, batch: Batch, staging: Staging, profile: Profile, now: datetime,
           keep_events: bool, station: bool, progress: Progress | None = None,
           chain_writer: store.ChainWriter | None = None) -> WriteSummary:
    """Check the batch, judge the custodies it touches, then chain and insert it with their board rows and clocks.

    Writers are serialised by the chain head's lock. A station's write on PostgreSQL (many stations, one server)
    is checked and judged before it waits for that lock, so the lock covers only the append; once it holds the
    lock it asks whether another writer, meanwhile, wrote to a custody it read or took an id it found free, and
    if so checks again under the lock: two stations writing to one custody are still validated one after the
    other, each against what the other wrote. Any other write (SQLite's, an import's) takes the lock first, as
    a write that decides under the lock does (`chain_writer` given)."""
    if chain_writer is None and not (station and session.connection().dialect.name == "postgresql"):
        chain_writer = store.ChainWriter(session)
    if not station:
        store.mark_import(session)
    elif stamp := store.server_stamp(session):
        staging.restamp(*stamp)
    checked = _check(session, batch, staging, profile, now, chain_writer, progress)
    if chain_writer is None:
        chain_writer = store.ChainWriter(session)
        if checked.moved(session):
            checked = _check(session, batch, staging, profile, now, chain_writer, progress)

    with store.pipelined(session, station):
        store.insert_records(session, chain_writer, [f for f, _ in checked.facilities],
                             [p for p, _ in checked.persons], [c for c, _ in checked.custodies])
        count, events = _insert_staged(session, chain_writer, staging, keep_events, progress)
        chain_writer.flush()
        store.save_state(session, checked.events.states, checked.events.judgements)
    written = {"facility": len(checked.facilities), "person": len(checked.persons),
               "custody": len(checked.custodies), "event": count}
    return WriteSummary(written, dict(checked.unchanged), tuple(events))


@dataclass
class _Checked:
    """What a batch's checks found: the records to write (with their refs), what was already stored, and the
    state of the register they were checked against (each custody's last seq, the ids found free)."""
    facilities: list
    persons: list
    custodies: list
    unchanged: dict[str, int]
    events: _EventCheck

    def moved(self, session: Session) -> bool:
        """Whether another writer has since written to a custody these checks read, or stored a record under an
        id they found free (then the batch is checked again, under the chain's lock)."""
        return store.moved_since(session, self.events.last_seqs, (
            (FacilityRow, [f.id for f, _ in self.facilities]), (PersonRow, [p.id for p, _ in self.persons]),
            (CustodyRow, [c.id for c, _ in self.custodies]), (EventRow, self.events.new_ids)))


def _check(session: Session, batch: Batch, staging: Staging, profile: Profile, now: datetime,
           chain_writer: store.ChainWriter | None, progress: Progress | None) -> _Checked:
    """Every check of the batch against the register; raises Rejected with every problem found. Events stored
    already with the same content are skipped in the staging."""
    problems = Problems()
    unchanged: dict[str, int] = defaultdict(int)
    new_facilities = _new_only(session, "facility", FacilityRow, batch.facilities, facility_record,
                               lambda s, i: store.facility(s, i), problems, unchanged)
    new_persons = _new_only(session, "person", PersonRow, batch.persons, person_record,
                            lambda s, i: store.person(s, i), problems, unchanged)
    new_custodies = _new_only(session, "custody", CustodyRow, batch.custodies, custody_record,
                              lambda s, i: store.custody(s, i), problems, unchanged)
    for ref, event_id, record, first in staging.repeated():
        if record != first:
            problems.add(Problem(ref, Message("duplicate-in-batch", kind="event", id=event_id), "id", event_id))

    wanted = {c.person for c, _ in new_custodies}
    readable = store.existing_ids(session, PersonRow, wanted)
    held_elsewhere = store.persons_held_elsewhere(session, wanted - readable - {p.id for p, _ in new_persons})
    known_persons = {p.id for p, _ in new_persons} | readable | set(held_elsewhere)
    for c, ref in new_custodies:
        if c.person not in known_persons:
            problems.add(Problem(ref, Message("unknown-person", person=c.person), "person", c.id))

    facilities = _Facilities(session, (f for f, _ in new_facilities))
    custodies = {c.id: c for c, _ in new_custodies}
    persons = {**held_elsewhere, **{p.id: p for p, _ in new_persons}}
    check = _EventCheck(session, chain_writer.seq if chain_writer else 0, custodies, persons, facilities, profile,
                        now, problems, watch=chain_writer is None)
    to_check = staging.count() if progress else None
    checked = 0
    for chunk in _custody_chunks(staging.by_custody()):
        check.chunk(chunk)
        if progress:
            checked += sum(len(items) for _, items in chunk)
            progress("checking", checked, to_check)
    if check.unchanged:
        unchanged["event"] = len(check.unchanged)
    if problems:
        raise problems.rejected()
    staging.skip(check.unchanged)
    for c in custodies.values():
        if c.id not in check.projected:
            check.judge(check.timeline(c, []))
    return _Checked(new_facilities, new_persons, new_custodies, unchanged, check)


def _insert_staged(session: Session, chain_writer: store.ChainWriter, staging: Staging,
                   keep_events: bool, progress: Progress | None = None) -> tuple[int, list[Event]]:
    """Chain and insert the staged events a chunk at a time; returns how many, and them if `keep_events`."""
    count, kept = 0, []
    total = staging.count() if progress else None
    if progress:
        progress("writing", 0, total)
    records = staging.in_chain_order()
    while chunk := list(islice(records, _CHUNK)):
        kept += store.insert_events(session, chain_writer, [json.loads(record) for record in chunk], keep_events)
        chain_writer.flush()
        count += len(chunk)
        if progress:
            progress("writing", count, total)
    return count, kept


class _Facilities(Mapping[str, Facility]):
    """The facilities a write looks up, read when first asked for (with the batch's new ones): a recorded
    event needs its custody's one or two, and reading all 250 of surge took 2.6 ms of each write."""

    def __init__(self, session: Session, new: Iterable[Facility]):
        self._session = session
        self._read: dict[str, Facility | None] = {f.id: f for f in new}

    def read(self, facility_ids: Iterable[str]) -> None:
        """Read the facilities about to be asked for in one query."""
        wanted = [i for i in set(facility_ids) if i not in self._read]
        self._read.update(dict.fromkeys(wanted))
        self._read.update((f.id, f) for f in store.facilities_with_ids(self._session, wanted))

    def __getitem__(self, facility_id: str) -> Facility:
        if facility_id not in self._read:
            self.read([facility_id])
        found = self._read[facility_id]
        if found is None:
            raise KeyError(facility_id)
        return found

    def _all(self) -> dict[str, Facility]:
        return {**{f.id: f for f in store.facilities(self._session)},
                **{i: f for i, f in self._read.items() if f is not None}}

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


StagedEvent = tuple[int, Ref, bool, dict]  # position in the staging, ref, lenient, record


def _custody_chunks(rows) -> Iterator[list[tuple[str, list[StagedEvent]]]]:
    """The staged events grouped by custody, a few thousand events to a chunk (one round trip each)."""
    chunk: list[tuple[str, list[StagedEvent]]] = []
    size = 0
    for custody_id, group in groupby(rows, key=itemgetter(2)):
        items = [(pos, ref, bool(lenient), json.loads(record)) for pos, ref, _, lenient, record in group]
        chunk.append((custody_id, items))
        size += len(items)
        if size >= _CHUNK:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _EventCheck:
    """Checks the staged events custody by custody against what the register holds, and works out the
    board's projection of each custody they change from the timeline built for the check (read once)."""

    def __init__(self, session: Session, head_seq: int, custodies: Mapping[str, Custody],
                 persons: Mapping[str, Person], facilities: _Facilities, profile: Profile,
                 now: datetime, problems: Problems, watch: bool = False):
        self.session, self.head_seq, self.custodies, self.persons = session, head_seq, custodies, persons
        self.facilities, self.profile, self.now, self.problems = facilities, profile, now, problems
        self.unchanged = array("q")  # staging positions of events already stored with the same content
        # Checked without the chain's lock (`watch`): each stored custody read, the seq of its last event (0:
        # none), and the ids of the events found new, to be asked again under the lock (_Checked.moved).
        self.watch = watch
        self.last_seqs: dict[str, int] = {}
        self.new_ids: list[str] = []
        self.states: list[dict] = []
        self.judgements: list = []  # register.judgement.Judgement of each custody in `states`
        self.projected: set[str] = set()

    def chunk(self, chunk: list[tuple[str, list[StagedEvent]]]) -> None:
        stored_ids = store.existing_ids(self.session, EventRow, [r["id"] for _, items in chunk for *_, r in items])
        stored = {t.custody.id: t for t in store.timelines(
            self.session, sorted({c for c, _ in chunk} - set(self.custodies)), self.facilities)}
        self.facilities.read([e.get("facility") for t in stored.values() for e in t.events if e.get("facility")] +
                             [r["facility"] for _, items in chunk for *_, r in items if r.get("facility")])
        if self.watch:
            self.last_seqs.update((c, max((e.seq for e in t.events), default=0)) for c, t in stored.items())
        for custody_id, items in chunk:
            self._custody(custody_id, items, stored_ids, stored.get(custody_id))

    def _custody(self, custody_id: str, items: list[StagedEvent], stored_ids: set[str],
                 stored: CustodyTimeline | None) -> None:
        existing = list(stored.events) if stored else []
        by_id = {e.id: e for e in existing}
        new: list[tuple[Event, Ref]] = []
        # A provisional seq after the head (without the lock: after the custody's last event) keeps the chain's
        # order within the custody, which is all a timeline reads from it.
        after = max(self.head_seq, self.last_seqs.get(custody_id, 0))
        for pos, ref, lenient, record in items:
            event_id = record["id"]
            if event_id not in stored_ids:
                new.append((store.event_from_record(record, after + len(new) + 1), ref))
                if self.watch:
                    self.new_ids.append(event_id)
            elif event_id in by_id and _same_record(event_record(by_id[event_id]), record, lenient):
                self.unchanged.append(pos)
            else:
                self.problems.add(Problem(ref, Message("event-exists", id=event_id), "id", event_id))
        if not new:
            return
        if stored is None and custody_id not in self.custodies:
            for event, ref in new:
                self.problems.add(Problem(ref, Message("unknown-custody", custody=custody_id), "custody", event.id))
            return
        refs = {e.id: ref for e, ref in new}
        events = [e for e, _ in new]
        for problem in check_new_events(existing, events, self.facilities.__contains__,
                                        _zone([*existing, *events], self.facilities)):
            self.problems.add(dataclasses.replace(problem, ref=refs[problem.record_id]))
        if not self.problems:
            custody = stored.custody if stored else self.custodies[custody_id]
            events = existing + [e for e, _ in new]
            timeline = (CustodyTimeline(custody, stored.person, tuple(events), self.facilities) if stored
                        else self.timeline(custody, events))
            self.judge(timeline)

    def judge(self, timeline: CustodyTimeline) -> None:
        """The custody's projection row and stored clocks, to be written with its records."""
        state, judgement = judged(timeline, self.profile, self.now)
        self.states.append(state)
        self.judgements.append(judgement)
        self.projected.add(timeline.custody.id)

    def timeline(self, custody: Custody, events: list[Event]) -> CustodyTimeline:
        """A custody new in this batch, with the events it will have."""
        person = self.persons.get(custody.person) or store.person(self.session, custody.person)
        return CustodyTimeline(custody, person, tuple(events), self.facilities)


def _zone(events: Sequence[Event], facilities: Mapping[str, Facility]) -> str:
    """The zone a custody's times are told in: its first known facility's, before any arrival UTC (as
    CustodyTimeline.timezone)."""
    arrivals = [e for e in events if e.type == "arrival" and e.get("facility") in facilities]
    return facilities[min(arrivals, key=lambda e: e.at).get("facility")].timezone if arrivals else "UTC"


def _same_record(old: dict, new: dict, ignore_recorded_at: bool) -> bool:
    if ignore_recorded_at:
        old, new = {**old, "recorded_at": None}, {**new, "recorded_at": None}
    return old == new


def _problem_order(problem: Problem) -> tuple:
    return (0, problem.ref) if isinstance(problem.ref, int) else (1, str(problem.ref))


def _new_only(session: Session, kind: str, row_type, items, to_record: Callable, load: Callable,
              problems: Problems, unchanged: dict[str, int]) -> list:
    """Drop records already stored with identical content; refuse an id reused with other content."""
    seen: dict[str, dict] = {}
    fresh = []
    for obj, ref in items:
        record = to_record(obj)
        if obj.id in seen:
            if seen[obj.id] != record:
                problems.add(Problem(ref, Message("duplicate-in-batch", kind=kind, id=obj.id), "id", obj.id))
            continue
        seen[obj.id] = record
        fresh.append((obj, ref))
    stored_ids = store.existing_ids(session, row_type, seen)
    result = []
    for obj, ref in fresh:
        if obj.id not in stored_ids:
            result.append((obj, ref))
        elif to_record(load(session, obj.id)) == to_record(obj):
            unchanged[kind] += 1
        else:
            problems.add(Problem(ref, Message("record-exists", kind=kind, id=obj.id), "id", obj.id))
    return result
