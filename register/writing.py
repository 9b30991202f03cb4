"""Writing a batch of records into the register: all of it, or nothing.

Import, the intake wizard and every event form end here, so the same checks
hold whoever writes: ids unique, references resolved over the batch and the
database, every custody's timeline still a true story, then one transaction
that chains each record and refreshes the board's projection.
"""
from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable, Mapping, Sequence, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from models.engine import writer
from models.orm import CustodyRow, EventRow, FacilityRow, PersonRow
from register import store
from register.domain import Custody, Event, Facility, Person
from register.projection import custody_state
from register.records import custody_record, event_record, facility_record, person_record
from register.rules import Profile
from register.timeline import CustodyTimeline
from register.validation import check_new_events

Ref = object  # where a record came from: a line number, or a form's record id
T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """One reason a batch cannot be written."""
    ref: Ref
    message: str
    field: str | None = None
    record_id: str | None = None


class Rejected(ValueError):
    """The batch was refused and nothing was written."""

    def __init__(self, problems: Sequence[Problem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = list(problems)


@dataclass
class Batch:
    facilities: list[tuple[Facility, Ref]] = field(default_factory=list)
    persons: list[tuple[Person, Ref]] = field(default_factory=list)
    custodies: list[tuple[Custody, Ref]] = field(default_factory=list)
    events: list[tuple[Event, Ref]] = field(default_factory=list)


@dataclass(frozen=True)
class WriteSummary:
    written: dict[str, int]
    unchanged: dict[str, int]
    events: tuple[Event, ...]


def write_batch(engine: Engine, batch: Batch, profile: Profile, now: datetime,
                lenient_recorded_at: frozenset[str] = frozenset(), attempts: int = 8) -> WriteSummary:
    """Validate and write the batch in one transaction; raise Rejected with every problem found.

    `lenient_recorded_at` names events whose recorded_at was filled in by the
    importer, so an identical re-import compares them without it.
    "database is locked" on SQLite is retried, never turned into a lost write.
    """
    return in_write_transaction(engine, lambda session: _write(session, batch, profile, now, lenient_recorded_at),
                                attempts)


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


def _write(session: Session, batch: Batch, profile: Profile, now: datetime,
           lenient: frozenset[str]) -> WriteSummary:
    # Take the chain's lock before reading anything, so that two stations writing to the same
    # custody at once are validated one after the other, each against what the other wrote.
    chain_writer = store.ChainWriter(session)
    problems: list[Problem] = []
    unchanged: dict[str, int] = defaultdict(int)
    new_facilities = _new_only(session, "facility", FacilityRow, batch.facilities, facility_record,
                               lambda s, i: store.facility(s, i), problems, unchanged)
    new_persons = _new_only(session, "person", PersonRow, batch.persons, person_record,
                            lambda s, i: store.person(s, i), problems, unchanged)
    new_custodies = _new_only(session, "custody", CustodyRow, batch.custodies, custody_record,
                              lambda s, i: store.custody(s, i), problems, unchanged)
    new_events = _new_events(session, batch.events, problems, unchanged, lenient)

    known_persons = {p.id for p, _ in new_persons} | store.existing_ids(
        session, PersonRow, {c.person for c, _ in new_custodies})
    for c, ref in new_custodies:
        if c.person not in known_persons:
            problems.append(Problem(ref, f"unknown person '{c.person}'", "person", c.id))

    stored_facilities = {f.id: f for f in store.facilities(session)}
    facility_ids = {f.id for f, _ in new_facilities} | set(stored_facilities)
    custody_ids = {c.id for c, _ in new_custodies}
    by_custody: dict[str, list[tuple[Event, Ref]]] = defaultdict(list)
    for event, ref in new_events:
        by_custody[event.custody].append((event, ref))
    stored_custodies = store.existing_ids(session, CustodyRow, set(by_custody) - custody_ids)
    ordered_events: list[Event] = []
    for custody_id, items in by_custody.items():
        if custody_id not in custody_ids and custody_id not in stored_custodies:
            problems += [Problem(ref, f"unknown custody '{custody_id}'", "custody", e.id) for e, ref in items]
            continue
        items.sort(key=lambda item: (item[0].at, item[0].type != "apprehension"))
        existing = store.events_of(session, custody_id) if custody_id in stored_custodies else []
        refs = {e.id: ref for e, ref in items}
        for rejection in check_new_events(existing, [e for e, _ in items], facility_ids.__contains__):
            problems.append(Problem(refs[rejection.event_id], rejection.message, rejection.field,
                                    rejection.event_id))
        ordered_events += [e for e, _ in items]
    if problems:
        raise Rejected(sorted(problems, key=_problem_order))

    stored = store.insert_records(session, chain_writer, [f for f, _ in new_facilities],
                                  [p for p, _ in new_persons], [c for c, _ in new_custodies],
                                  sorted(ordered_events, key=lambda e: (e.at, e.type != "apprehension")))
    chain_writer.flush()
    facilities = {**stored_facilities, **{f.id: f for f, _ in new_facilities}}
    timelines = _new_timelines(session, [c for c, _ in new_custodies], new_persons, stored, facilities)
    timelines += store.timelines(session, sorted(set(by_custody) - custody_ids), facilities)
    store.save_state(session, [custody_state(t, profile, now) for t in timelines])
    written = {"facility": len(new_facilities), "person": len(new_persons), "custody": len(new_custodies),
               "event": len(stored)}
    return WriteSummary(written, dict(unchanged), tuple(stored))


def _new_timelines(session: Session, custodies: Sequence[Custody], new_persons: Sequence[tuple[Person, Ref]],
                   stored: Sequence[Event], facilities: Mapping[str, Facility]) -> list[CustodyTimeline]:
    """Timelines of the custodies this batch creates, from the records just written.

    Such a custody has no events but the batch's, so reading them back from the
    database (an eighth of an import's time) would only return what is in hand.
    """
    if not custodies:
        return []
    persons = {p.id: p for p, _ in new_persons}
    events: dict[str, list[Event]] = defaultdict(list)
    for event in stored:
        events[event.custody].append(event)
    result = []
    for custody in custodies:
        person = persons.get(custody.person) or store.person(session, custody.person)
        result.append(CustodyTimeline(custody, person, tuple(sorted(events[custody.id], key=lambda e: e.seq)),
                                      facilities))
    return result


def _problem_order(problem: Problem) -> tuple:
    return (0, problem.ref) if isinstance(problem.ref, int) else (1, str(problem.ref))


def _new_only(session: Session, kind: str, row_type, items, to_record: Callable, load: Callable,
              problems: list[Problem], unchanged: dict[str, int]) -> list:
    """Drop records already stored with identical content; refuse an id reused with other content."""
    seen: dict[str, dict] = {}
    fresh = []
    for obj, ref in items:
        record = to_record(obj)
        if obj.id in seen:
            if seen[obj.id] != record:
                problems.append(Problem(ref, f"{kind} '{obj.id}' appears twice with different content", "id",
                                        obj.id))
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
            problems.append(Problem(ref, f"{kind} '{obj.id}' already exists in the register with different "
                                         f"content; records are never changed (use a correction event)", "id",
                                    obj.id))
    return result


def _new_events(session: Session, items, problems: list[Problem], unchanged: dict[str, int],
                lenient: frozenset[str]) -> list:
    seen: dict[str, Event] = {}
    fresh = []
    for event, ref in items:
        if event.id in seen:  # records only for repeated ids: building them for all was 7 % of an import
            if event_record(seen[event.id]) != event_record(event):
                problems.append(Problem(ref, f"event '{event.id}' appears twice with different content", "id",
                                        event.id))
            continue
        seen[event.id] = event
        fresh.append((event, ref))
    stored_ids = store.existing_ids(session, EventRow, seen)
    stored = {e.id: e for custody in {e.custody for e, _ in fresh if e.id in stored_ids}
              for e in store.events_of(session, custody)}
    result = []
    for event, ref in fresh:
        if event.id not in stored_ids:
            result.append((event, ref))
            continue
        old = stored.get(event.id)
        if old is not None and _same_event(old, event, event.id in lenient):
            unchanged["event"] += 1
        else:
            problems.append(Problem(ref, f"event '{event.id}' already exists in the register with different "
                                         f"content; record a correction instead", "id", event.id))
    return result


def _same_event(old: Event, new: Event, ignore_recorded_at: bool) -> bool:
    a, b = event_record(old), event_record(new)
    if ignore_recorded_at:
        a.pop("recorded_at"), b.pop("recorded_at")
    return a == b
