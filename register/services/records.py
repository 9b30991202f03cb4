"""Records and corrections: intakes, events, corrections, imports and facilities, as the acting user."""
from __future__ import annotations

import uuid
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
        """The next custody number of a facility for an apprehension at `at` (register/custody_numbers.py).
        Two officers of one facility taking a number at the same instant get the same one; the second write
        is then refused as a custody that already exists, and a new number is taken."""
        self.actor.require(Permission.RECORD_EVENTS)
        if not self.actor.covers(facility_id):
            raise AccessDenied("not-at-facility-of-user", user=self.actor.username, facility=facility_id)
        with self._session() as session:
            facility = store.facility(session, facility_id)
            year = to_local(at, facility.timezone if facility else "UTC").year
            return custody_numbers.next_number(facility_id, year, queries.custody_ids_starting(
                session, custody_numbers.prefix(facility_id, year)))

    def intake(self, person: Person | None, custody: Custody, events: Sequence[Event]) -> WriteSummary:
        """A new custody with its first events, all or nothing; `person` None means already registered."""
        return self.intake_many([(person, custody, events)])

    def intake_many(self, intakes: Sequence[tuple[Person | None, Custody, Sequence[Event]]]) -> WriteSummary:
        """Several custodies at once (a group brought in together): all of them, or none.

        Each person and custody is checked as the importer checks a record, so a
        form cannot write what an import would refuse.
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
        return self._write(batch)

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


def _record_problems(record_id: str, check: Callable[[], object]) -> list[Problem]:
    try:
        check()
    except BadInput as error:
        return [Problem.of(record_id, error, record_id)]
    return []


def new_id(prefix: str) -> str:
    """A fresh record id that two stations can never both choose."""
    return f"{prefix}-{uuid.uuid4().hex[:16]}"
