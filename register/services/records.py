"""Records and corrections: intakes, events, corrections, imports and facilities, as the acting user."""
from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime
from typing import Any, Callable, Iterable, Mapping, Sequence

from sqlalchemy.orm import Session

from register import custody_numbers, interchange, queries, store
from register.access import AccessDenied, Permission
from register.domain import Custody, Event, Facility, Person
from register.errors import BadInput, Message, Problem, Rejected
from register.records import (
    custody_record, event_field_errors, parse_custody, parse_event, parse_person, person_record,
)
from register.progress import Progress
from register.services.base import Service
from register.staging import EventStaging
from register.timeutil import format_utc, to_local
from register.writing import Batch, WriteSummary, write_batch, write_staged


class RecordsService(Service):
    """Every write of custody records: all or nothing, checked as the importer checks a file."""

    def add_facility(self, facility: Facility) -> None:
        self.actor.require(Permission.MANAGE_FACILITIES)
        self._write(Batch(facilities=[(facility, facility.id)]))

    def new_custody_number(self, facility_id: str, at: datetime) -> str:
        """The number the next custody of a facility for an apprehension at `at` would get now
        (register/custody_numbers.py). Only a preview: a numbered intake (`intake_many(..., numbered=True)`)
        takes its numbers inside its write, so two officers registering at the same instant get distinct ones."""
        self.actor.require(Permission.RECORD_EVENTS)
        if not self.actor.covers(facility_id):
            raise AccessDenied("not-at-facility-of-user", user=self.actor.username, facility=facility_id)
        with self._session() as session:
            facility = store.facility(session, facility_id)
            year = to_local(at, facility.timezone if facility else "UTC").year
            return custody_numbers.next_number(facility_id, year, queries.custody_ids_starting(
                session, custody_numbers.prefix(facility_id, year)))

    def intake(self, person: Person | None, custody: Custody, events: Sequence[Event],
               numbered: bool = False) -> WriteSummary:
        """A new custody with its first events, all or nothing; `person` None means already registered."""
        return self.intake_many([(person, custody, events)], numbered)

    def intake_many(self, intakes: Sequence[tuple[Person | None, Custody, Sequence[Event]]],
                    numbered: bool = False) -> WriteSummary:
        """Several custodies at once (a group brought in together): all of them, or none.

        Each person and custody is checked as the importer checks a record, so a
        form cannot write what an import would refuse. `numbered`: the custodies' ids are provisional, and
        each one arriving at a facility gets the facility's next readable number inside the write (the
        summary's events carry the numbers; a refusal names the provisional ids the caller gave).
        """
        batch = Batch()
        problems = []
        for person, custody, events in intakes:
            for event in events:
                self.actor.require_event(event.type)
                self._check_facility_scope(event)
            if person is not None:
                problems += _record_problems(person.id, lambda: parse_person(person_record(person)))
                batch.persons.append((person, person.id))
            problems += _record_problems(custody.id, lambda: parse_custody(custody_record(custody)))
            batch.custodies.append((custody, custody.id))
            batch.events += [(e, e.id) for e in events]
        if problems:
            raise Rejected(problems)
        if not numbered:
            return self._write(batch)
        given: dict[str, str] = {}  # number -> provisional id, to name refusals as the caller knows them

        def number(session: Session, provisional: Batch) -> Batch:
            final = _numbered(session, provisional)
            given.update({c.id: p.id for (c, _), (p, _) in zip(final.custodies, provisional.custodies)})
            return final

        try:
            return write_batch(self.register.engine, batch, self.profile, self._now(), under_lock=number)
        except Rejected as refusal:
            raise Rejected([replace(p, record_id=given.get(p.record_id, p.record_id)) for p in refusal.problems],
                           refusal.more) from None

    def record_group(self, event_type: str, at: datetime,
                     members: Sequence[tuple[str, Mapping[str, Any]]]) -> WriteSummary:
        """One event for each of many custodies (a group placed, informed, called for, moved or released
        together), with each member's own fields (a different cell, an unsuccessful call): all or nothing.

        Each event is checked as if it were recorded alone, and every event is chained; a refusal of any
        member refuses the whole group, each problem naming the person, the custody and the field."""
        self.actor.require_event(event_type)
        if not members:
            raise BadInput("group-empty", "custody")
        self._check_group_scope(event_type, members)
        names = self._person_names([custody_id for custody_id, _ in members])
        problems: list[Problem] = []
        events: list[Event] = []
        seen: set[str] = set()
        for custody_id, fields in members:
            if custody_id in seen:
                problems.append(_member_problem(Problem(custody_id, Message("group-twice", custody=custody_id),
                                                        "custody", custody_id), custody_id, names))
                continue
            seen.add(custody_id)
            if custody_id not in names:
                problems.append(_member_problem(Problem(custody_id, Message("unknown-custody", custody=custody_id),
                                                        "custody", custody_id), custody_id, names))
                continue
            try:
                events.append(self.new_event(custody_id, event_type, at, fields))
            except Rejected as refusal:
                problems += [_member_problem(p, custody_id, names) for p in refusal.problems]
        if problems:
            raise Rejected(problems)
        custody_of = {event.id: event.custody for event in events}
        try:
            return self._write(Batch(events=[(e, e.id) for e in events]))
        except Rejected as refusal:
            raise Rejected([_member_problem(p, custody_of.get(p.record_id, str(p.ref)), names)
                            for p in refusal.problems], refusal.more) from None

    def new_event(self, custody_id: str, event_type: str, at: datetime, fields: Mapping[str, Any]) -> Event:
        """Check a form's values as the importer would, and give the event its id and recording stamp."""
        now = self._now()
        event_id = new_id("E")
        try:
            data = {"id": event_id, "custody": custody_id, "type": event_type,
                    "at": format_utc(at) if at is not None else None,
                    "recorded_at": format_utc(now), "recorded_by": self.actor.username,
                    **{k: (format_utc(v) if isinstance(v, datetime) else v) for k, v in fields.items()}}
        except BadInput as error:  # a naive datetime from a caller: ambiguous, so refused
            raise Rejected([Problem(event_id, error.message, "at", event_id)]) from None
        try:
            return parse_event(data, now)
        except BadInput as error:  # every field's reason at once, the first one found among them
            errors = event_field_errors(data)
            if not any(e.field == error.field for e in errors):
                errors.insert(0, error)
            raise Rejected([Problem.of(event_id, e, event_id) for e in errors]) from None

    def record_event(self, custody_id: str, event_type: str, at: datetime, fields: Mapping[str, Any]) -> Event:
        """Record one event now, by the acting user. Raises Rejected (nothing written) or AccessDenied."""
        self.actor.require_event(event_type)
        event = self.new_event(custody_id, event_type, at, fields)
        self._check_facility_scope(event)
        return self._write(Batch(events=[(event, event.id)])).events[0]

    def correct(self, event_id: str, custody_id: str, changes: Mapping[str, Any], reason: str) -> Event:
        """Append a correction of an earlier event; the original stays visible."""
        original = next((e for e in self._shown(self._timeline(custody_id)).events if e.id == event_id), None)
        if original is None:
            raise Rejected([Problem(event_id, Message("no-such-event", event=event_id, custody=custody_id),
                                    "corrects")])
        self.actor.require_event(original.type)
        changes = {k: (format_utc(v) if isinstance(v, datetime) else v) for k, v in changes.items()}
        return self.record_event(custody_id, "correction", self._now(),
                                 {"corrects": event_id, "reason": reason, "changes": changes})

    def import_lines(self, lines: Iterable[str], source: str = "unnamed input",
                     progress: Progress | None = None) -> WriteSummary:
        """Import a JSON Lines file, read once as it streams: all or nothing; Rejected problems carry line
        numbers. The summary lists no events (a national file has millions).

        A file may carry custodies of any facility, so only an account for every facility may import.
        The lines keep the recorded_at and recorded_by they state; beside them the import's provenance
        (who, when by the register's clock, from which file, which chain entries) enters the access log
        in the same transaction. `progress` is told of the lines read, then of the events checked and written.
        """
        self.actor.require(Permission.IMPORT)
        if self.actor.facilities is not None:
            raise AccessDenied("import-scoped", user=self.actor.username)
        now, username = self._now(), self.actor.username

        def provenance(session: Session, summary: WriteSummary) -> None:
            count = sum(summary.written.values())
            head = store.chain_head(session).seq
            written = ", ".join(f"{n} {kind}" for kind, n in summary.written.items() if n) or "nothing new"
            entries = f"chain entries {head - count + 1} to {head}" if count else "no chain entry"
            queries.append_access(session, now, username, "import", f"file {source}: {written}; {entries}")

        with EventStaging() as staging:
            batch = interchange.read_records(lines, now, staging, progress)
            return write_staged(self.register.engine, batch, staging, self.profile, now, then=provenance,
                                progress=progress)

    def _write(self, batch: Batch) -> WriteSummary:
        return write_batch(self.register.engine, batch, self.profile, self._now())

    def _person_names(self, custody_ids: Sequence[str]) -> dict[str, str]:
        """custody id -> the person's name, for the custodies the register holds and the user may see."""
        with self._session() as session:
            return queries.person_names_of_custodies(session, custody_ids)

    def _check_group_scope(self, event_type: str, members: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        """A group's writes reach only what the user may see (as `_check_facility_scope`), checked in one
        session before anything about the members is said."""
        if self.actor.facilities is None:
            return
        with self._session() as session:
            for custody_id, fields in members:
                if event_type == "arrival" and not self.actor.covers(fields.get("facility")):
                    raise AccessDenied("not-at-facility-of-user", user=self.actor.username,
                                       facility=fields.get("facility"))
                timeline = store.timeline(session, custody_id)
                if timeline is not None and not self._visible(timeline):
                    raise AccessDenied("custody-elsewhere", custody=custody_id, user=self.actor.username)

    def _check_facility_scope(self, event: Event) -> None:
        """A write reaches what a read would show: an existing custody the user may see (held at one of
        their facilities, or before any arrival entered by them), and an arrival only at their facility."""
        if self.actor.facilities is None:
            return
        if event.type == "arrival" and not self.actor.covers(event.get("facility")):
            raise AccessDenied("not-at-facility-of-user", user=self.actor.username, facility=event.get("facility"))
        with self._session() as session:
            timeline = store.timeline(session, event.custody)
        if timeline is not None and not self._visible(timeline):
            raise AccessDenied("custody-elsewhere", custody=event.custody, user=self.actor.username)


def _numbered(session: Session, batch: Batch) -> Batch:
    """The batch with each custody that arrives at a facility given the facility's next number for the year
    of its apprehension (read under the chain's lock); a custody without both keeps its provisional id."""
    events_of: dict[str, list[Event]] = {}
    for event, _ in batch.events:
        events_of.setdefault(event.custody, []).append(event)
    taken: dict[str, list[str]] = {}
    renamed: dict[str, str] = {}
    for custody, _ in batch.custodies:
        events = events_of.get(custody.id, [])
        arrival = next((e for e in events if e.type == "arrival"), None)
        apprehension = next((e for e in events if e.type == "apprehension"), None)
        facility = store.facility(session, arrival.get("facility")) if arrival and apprehension else None
        if facility is None:
            continue
        year = to_local(apprehension.at, facility.timezone).year
        start = custody_numbers.prefix(facility.id, year)
        if start not in taken:
            taken[start] = queries.custody_ids_starting(session, start)
        renamed[custody.id] = custody_numbers.next_number(facility.id, year, taken[start])
        taken[start].append(renamed[custody.id])
    return Batch(facilities=batch.facilities, persons=batch.persons,
                 custodies=[(replace(c, id=renamed.get(c.id, c.id)), ref) for c, ref in batch.custodies],
                 events=[(replace(e, custody=renamed.get(e.custody, e.custody)), ref) for e, ref in batch.events])


def _member_problem(problem: Problem, custody_id: str, names: Mapping[str, str]) -> Problem:
    """A group member's problem, said with whose it is: the person's name and custody number first."""
    return Problem(custody_id, Message("group-member", person=names.get(custody_id, custody_id),
                                       custody=custody_id, problem=problem.message), problem.field, custody_id)


def _record_problems(record_id: str, check: Callable[[], object]) -> list[Problem]:
    try:
        check()
    except BadInput as error:
        return [Problem.of(record_id, error, record_id)]
    return []


def new_id(prefix: str) -> str:
    """A fresh record id that two stations can never both choose."""
    return f"{prefix}-{uuid.uuid4().hex[:16]}"
