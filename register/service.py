"""The register's services: every read and write, checked against the acting user's role.

`open_register(url)` gives an `OpenedRegister`; `.as_user(actor)` gives the
`RegisterService` that screens, printouts and the command line talk to.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import Engine, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from models.orm import AccessLogRow, CustodyRow, CustodyStateRow, EventRow, FacilityRow, PersonRow
from register import chain, interchange, store
from register.access_log import append_entry
from register.access import MEDICAL_EXAM_PUBLIC_FIELDS, AccessDenied, AccessEntry, Actor, Permission
from register.domain import BoardRow, ChainStamp, Custody, Event, Facility, Person, RuleClock, RuleInfo
from register.now import Clock
from register.oversight import OversightSummary, summarize
from register.projection import custody_state, fold
from register.records import (
    RecordProblem, custody_record, parse_custody, parse_event, parse_person, person_record,
)
from register.reports import HeldListReport, TimelineReport
from register.rules import Profile, evaluate
from register.sessions import FollowsAccount
from register.staging import EventStaging
from register.timeline import CustodyTimeline
from register.timeutil import InstantError, format_utc
from register.writing import (Batch, Problem, Rejected, WriteSummary, in_write_transaction, write_batch,
                              write_staged)

REGISTER_NAME = "Detention Register"


@dataclass(frozen=True)
class BoardQuery:
    """What the board or the search screen asks for; filtering and sorting happen in SQL."""
    facility_id: str | None = None
    text: str | None = None  # name, document or custody id
    held_only: bool = True
    apprehended_from: datetime | None = None
    apprehended_until: datetime | None = None
    minors_only: bool = False
    foreign_only: bool = False
    sort: str = "apprehended_at"  # apprehended_at | person_name | next_due_at | custody_id
    descending: bool = False


SORT_COLUMNS = {
    "apprehended_at": CustodyStateRow.apprehended_at,
    "person_name": CustodyStateRow.person_name_folded,
    "next_due_at": CustodyStateRow.next_due_at,
    "custody_id": CustodyStateRow.custody_id,
}


class OpenedRegister:
    """An open database with its rule profile and time source; hands out per-user services."""

    def __init__(self, engine: Engine, profile: Profile, clock: Clock, url: str):
        self.engine = engine
        self.profile = profile
        self.clock = clock
        self.url = url

    def as_user(self, actor: Actor) -> RegisterService:
        return RegisterService(self, actor)

    def close(self) -> None:
        self.engine.dispose()

    def adopt_profile_if_empty(self) -> None:
        """Record the profile as the projection's on a register with no custodies yet (see
        store.adopt_profile_if_empty); a write lock is taken only when that is not yet known."""
        with Session(self.engine) as session:
            if store.projection_fingerprint(session) is not None:
                return
        in_write_transaction(self.engine, lambda session: store.adopt_profile_if_empty(
            session, self.profile.fingerprint))


class RegisterService(FollowsAccount):
    """The register as one acting user may read and change it; each public call acts as the account is
    at that moment (register.sessions)."""

    def __init__(self, register: OpenedRegister, actor: Actor):
        self.register = register
        self.actor = actor

    @property
    def profile(self) -> Profile:
        return self.register.profile

    def now(self) -> datetime:
        return self.register.clock.now()

    def _session(self) -> Session:
        return Session(self.register.engine)

    # ------------------------------------------------------------ reference data

    def facilities(self) -> list[Facility]:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return [f for f in store.facilities(session) if self.actor.covers(f.id)]

    def facility(self, facility_id: str) -> Facility | None:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return store.facility(session, facility_id)

    def person(self, person_id: str) -> Person | None:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return store.person(session, person_id)

    def find_persons(self, text: str, limit: int = 20) -> list[Person]:
        """People already known to the register, by name or identity document, for a new intake: of the
        user's facilities only (see `_persons_in_scope`); `%` and `_` are matched as themselves."""
        self.actor.require(Permission.READ)
        pattern = f"%{_escape_like(text.strip())}%"
        with self._session() as session:
            rows = session.scalars(select(PersonRow).where(or_(
                PersonRow.full_name.ilike(pattern, escape="\\"), PersonRow.id_document.ilike(pattern, escape="\\"),
                PersonRow.id == text.strip()
            ), *self._persons_in_scope()).order_by(PersonRow.full_name).limit(limit))
            return [store.to_person(r) for r in rows]

    def _persons_in_scope(self) -> list:
        """SQL conditions on PersonRow: a user of some facilities finds the people held at one of them (as the
        board places them) or whose custody they entered themselves; a nationwide user finds anyone."""
        if self.actor.facilities is None:
            return []
        held_here = select(CustodyStateRow.person_id).where(
            CustodyStateRow.facility_id.in_(sorted(self.actor.facilities)))
        entered = (select(CustodyRow.person_id).join(EventRow, EventRow.custody_id == CustodyRow.id)
                   .where(EventRow.recorded_by == self.actor.username))
        return [or_(PersonRow.id.in_(held_here), PersonRow.id.in_(entered))]

    def rule_infos(self) -> dict[str, RuleInfo]:
        return {info.id: info for info in self.profile.infos(self.now().date())}

    # ------------------------------------------------------------ writes

    def add_facility(self, facility: Facility) -> None:
        self.actor.require(Permission.MANAGE_FACILITIES)
        self._write(Batch(facilities=[(facility, facility.id)]))

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
        now = self.now()
        event_id = new_id("E")
        try:
            data = {"id": event_id, "custody": custody_id, "type": event_type, "at": format_utc(at),
                    "recorded_at": format_utc(now), "recorded_by": self.actor.username,
                    **{k: (format_utc(v) if isinstance(v, datetime) else v) for k, v in fields.items()}}
        except InstantError as problem:  # a naive datetime from a caller: ambiguous, so refused
            raise Rejected([Problem(event_id, str(problem), "at", event_id)]) from None
        try:
            return parse_event(data, now)
        except RecordProblem as problem:
            raise Rejected([Problem(data["id"], str(problem), problem.field, data["id"])]) from None

    def record_event(self, custody_id: str, event_type: str, at: datetime, fields: Mapping[str, Any]) -> Event:
        """Record one event now, by the acting user. Raises Rejected (nothing written) or AccessDenied."""
        self.actor.require_event(event_type)
        event = self.new_event(custody_id, event_type, at, fields)
        self._check_facility_scope(event)
        return self._write(Batch(events=[(event, event.id)])).events[0]

    def correct(self, event_id: str, custody_id: str, changes: Mapping[str, Any], reason: str) -> Event:
        """Append a correction of an earlier event; the original stays visible."""
        original = next((e for e in self.timeline(custody_id, log=False).events if e.id == event_id), None)
        if original is None:
            raise Rejected([Problem(event_id, f"there is no event '{event_id}' in custody '{custody_id}'",
                                    "corrects")])
        self.actor.require_event(original.type)
        changes = {k: (format_utc(v) if isinstance(v, datetime) else v) for k, v in changes.items()}
        return self.record_event(custody_id, "correction", self.now(),
                                 {"corrects": event_id, "reason": reason, "changes": changes})

    def import_lines(self, lines: Iterable[str], source: str = "unnamed input") -> WriteSummary:
        """Import a JSON Lines file, read once as it streams: all or nothing; Rejected problems carry line
        numbers. The summary lists no events (a national file has millions).

        A file may carry custodies of any facility, so only an account for every facility may import.
        The lines keep the recorded_at and recorded_by they state; beside them the import's provenance
        (who, when by the register's clock, from which file, which chain entries) enters the access log
        in the same transaction.
        """
        self.actor.require(Permission.IMPORT)
        if self.actor.facilities is not None:
            raise AccessDenied(f"{self.actor.username} works for some facilities only; a file may carry "
                               f"custodies of any facility, so only an account for every facility may import")
        now = self.now()

        def provenance(session: Session, summary: WriteSummary) -> None:
            count = sum(summary.written.values())
            head = store.chain_head(session).seq
            written = ", ".join(f"{n} {kind}" for kind, n in summary.written.items() if n) or "nothing new"
            entries = f"chain entries {head - count + 1} to {head}" if count else "no chain entry"
            append_entry(session, now, self.actor.username, "import", f"file {source}: {written}; {entries}")

        with EventStaging() as staging:
            batch = interchange.read_records(lines, now, staging)
            return write_staged(self.register.engine, batch, staging, self.profile, now, then=provenance)

    def _write(self, batch: Batch) -> WriteSummary:
        return write_batch(self.register.engine, batch, self.profile, self.now())

    def _check_facility_scope(self, event: Event) -> None:
        """A write reaches what a read would show: an existing custody the user may see (held at one of
        their facilities, or before any arrival entered by them), and an arrival only at their facility."""
        if self.actor.facilities is None:
            return
        if event.type == "arrival" and not self.actor.covers(event.get("facility")):
            raise AccessDenied(f"{self.actor.username} does not work at facility '{event.get('facility')}'")
        with self._session() as session:
            timeline = store.timeline(session, event.custody)
        if timeline is not None and not self._visible(timeline):
            raise AccessDenied(f"custody '{event.custody}' was never held at a facility of {self.actor.username}")

    # ------------------------------------------------------------ one custody

    def timeline(self, custody_id: str, log: bool = True) -> CustodyTimeline | None:
        """One custody as this user may see it (medical details only for medical staff)."""
        result = self._timeline(custody_id)
        if result is not None and log:
            self.log_access("open", f"custody {custody_id}")
        return self._shown(result) if result is not None else None

    def _timeline(self, custody_id: str) -> CustodyTimeline | None:
        """The whole timeline, for evaluation; what reaches the user goes through `_shown`."""
        self.actor.require(Permission.READ)
        with self._session() as session:
            result = store.timeline(session, custody_id)
        if result is not None and not self._visible(result):
            raise AccessDenied(f"custody '{custody_id}' was never held at a facility of {self.actor.username}")
        return result

    def _shown(self, timeline: CustodyTimeline) -> CustodyTimeline:
        """The timeline with medical examinations cut to physician and report number, unless READ_MEDICAL."""
        if self.actor.may(Permission.READ_MEDICAL):
            return timeline
        exams = {e.id for e in timeline.events if e.type == "medical_exam"}
        shown = []
        for event in timeline.events:
            if event.id in exams:
                event = replace(event, fields={k: v for k, v in event.fields.items()
                                               if k in MEDICAL_EXAM_PUBLIC_FIELDS})
            elif event.type == "correction" and event.get("corrects") in exams:
                changes = {k: v for k, v in event.get("changes", {}).items()
                           if k in MEDICAL_EXAM_PUBLIC_FIELDS or k == "at"}
                event = replace(event, fields={**event.fields, "changes": changes})
            shown.append(event)
        return replace(timeline, events=tuple(shown))

    def clocks(self, custody_id: str, as_of: datetime | None = None) -> list[RuleClock]:
        timeline = self._timeline(custody_id)
        return evaluate(timeline, self.profile, as_of or self.now()) if timeline else []

    def timeline_report(self, custody_id: str) -> TimelineReport:
        """Everything a printed timeline shows; the print itself is recorded in the access log."""
        self.actor.require(Permission.PRINT)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise KeyError(f"there is no custody '{custody_id}' in the register")
        now = self.now()
        with self._session() as session:
            ids = ([("event", e.id) for e in timeline.events] + [("custody", custody_id), ("person", timeline.person.id)]
                   + [("facility", facility_id) for facility_id in dict.fromkeys(s.facility for s in timeline.stays)])
            stamps = store.stamps_of(session, ids)
            head = store.chain_head(session)
        self.log_access("print", f"custody {custody_id}")
        return TimelineReport(self._shown(timeline), tuple(evaluate(timeline, self.profile, now)), self.rule_infos(),
                              stamps,
                              head, REGISTER_NAME, now, self.actor.full_name or self.actor.username)

    # ------------------------------------------------------------ the whole register

    def breaches(self, as_of: datetime | None = None) -> list[RuleClock]:
        """Every clock of every custody as of an instant (contract: `breaches`)."""
        self.actor.require(Permission.READ)
        as_of = as_of or self.now()
        with self._session() as session:
            clocks = [clock for timeline in store.timelines(session) if self._visible(timeline)
                      for clock in evaluate(timeline, self.profile, as_of)]
        self.log_access("read", f"breaches as of {format_utc(as_of)}")
        return clocks

    def problem_clocks(self, as_of: datetime | None = None) -> Iterator[tuple[CustodyTimeline, list[RuleClock]]]:
        """Each custody the user may see that has problem clocks as of an instant (as shown to the user),
        with those clocks: the problems of `breaches`, at the cost of the custodies that can have one.

        Only the rows the projection names as candidates are evaluated (see projection.custody_state):
        judged with a problem, due before `as_of`, or judged after `as_of` or never, so saying nothing
        about it. Rows never judged (written before revision 0003) are judged once, when the last custody
        has been taken. While the projection was judged with another rule profile (see
        `projection_stale`), its verdicts say nothing about this one, so every custody is judged.

        Custodies come one at a time: a caller that keeps only what it shows holds one timeline at a time
        (on a national register the alert inbox held 20,000 of them, 1.5 GB).
        """
        self.actor.require(Permission.READ)
        return self._problem_clocks(as_of or self.now())

    def _problem_clocks(self, as_of: datetime) -> Iterator[tuple[CustodyTimeline, list[RuleClock]]]:
        state = CustodyStateRow
        unjudged = []
        with self._session() as session:
            candidates = select(state.custody_id, state.judged_at)
            if self._projection_current(session):
                candidates = candidates.where(or_(state.has_problem.is_(True), state.next_due_at <= as_of,
                                                  state.judged_at.is_(None), state.judged_at > as_of))
            candidates = session.execute(candidates).all()
            never_judged = {custody_id for custody_id, judged_at in candidates if judged_at is None}
            for timeline in store.timelines(session, [custody_id for custody_id, _ in candidates]):
                if timeline.custody.id in never_judged:
                    unjudged.append(timeline)
                if not self._visible(timeline):
                    continue
                problems = [clock for clock in evaluate(timeline, self.profile, as_of) if clock.is_problem]
                if problems:
                    yield self._shown(timeline), problems
        if unjudged:
            self._judge_once(unjudged)

    def _judge_once(self, timelines: Sequence[CustodyTimeline]) -> None:
        """Rewrite rows from before revision 0003 with their judged clocks; a row a writer has replaced
        in the meantime (judged_at set) is left as the writer wrote it."""
        states = [custody_state(t, self.profile, self.now()) for t in timelines]
        table = CustodyStateRow.__table__
        judge = update(table).where(table.c.custody_id == bindparam("row_id"), table.c.judged_at.is_(None)).values(
            {name: bindparam(f"new_{name}") for name in states[0] if name != "custody_id"})
        params = [{"row_id": s["custody_id"], **{f"new_{k}": v for k, v in s.items() if k != "custody_id"}}
                  for s in states]
        in_write_transaction(self.register.engine, lambda session: session.execute(judge, params))

    def board(self, query: BoardQuery, offset: int = 0, limit: int = 200,
              as_of: datetime | None = None) -> list[BoardRow]:
        """One page of the board or of search results, with live clocks for the rows on it."""
        self.actor.require(Permission.READ)
        as_of = as_of or self.now()
        column = SORT_COLUMNS.get(query.sort, CustodyStateRow.apprehended_at)
        order = column.desc() if query.descending else column.asc()
        with self._session() as session:
            states = list(session.scalars(select(CustodyStateRow).where(*self._filters(query))
                                          .order_by(order.nulls_last(), CustodyStateRow.custody_id)
                                          .offset(offset).limit(limit)))
            timelines = {t.custody.id: t for t in store.timelines(session, [s.custody_id for s in states])}
            facility_names = dict(session.execute(select(FacilityRow.id, FacilityRow.name)).all())
        if offset == 0:  # a page further down is the same reading, scrolled
            self.log_access("read", _board_subject(query))
        return [self._board_row(state, timelines[state.custody_id], facility_names, as_of) for state in states]

    def board_count(self, query: BoardQuery) -> int:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return session.scalar(select(func.count()).select_from(CustodyStateRow).where(*self._filters(query)))

    def _filters(self, query: BoardQuery) -> list:
        state = CustodyStateRow
        filters = []
        if query.held_only:
            filters.append(state.released_at.is_(None))
        if query.facility_id:
            filters.append(state.facility_id == query.facility_id)
        if self.actor.facilities is not None:
            filters.append(state.facility_id.in_(sorted(self.actor.facilities)))
        if query.text and query.text.strip():
            text = query.text.strip()
            pattern = f"%{_escape_like(fold(text))}%"
            filters.append(or_(state.person_name_folded.like(pattern, escape="\\"), state.custody_id == text,
                               state.id_document == text, state.person_id == text))
        if query.apprehended_from:
            filters.append(state.apprehended_at >= query.apprehended_from)
        if query.apprehended_until:
            filters.append(state.apprehended_at <= query.apprehended_until)
        if query.minors_only:
            filters.append(state.is_minor.is_(True))
        if query.foreign_only:
            filters.append(state.is_foreign_national.is_(True))
        return filters

    def _board_row(self, state: CustodyStateRow, timeline: CustodyTimeline, facility_names: Mapping[str, str],
                   as_of: datetime) -> BoardRow:
        person = timeline.effective_person
        facility = timeline.facilities.get(state.facility_id) if state.facility_id else None
        return BoardRow(
            custody_id=state.custody_id, person_id=person.id, person_name=person.full_name,
            birth_date=person.birth_date, citizenship=person.citizenship, facility_id=state.facility_id,
            facility_name=facility_names.get(state.facility_id), location=state.location,
            timezone=facility.timezone if facility else timeline.timezone,
            apprehended_at=state.apprehended_at, released_at=state.released_at,
            clocks=tuple(evaluate(timeline, self.profile, as_of)), is_minor=state.is_minor,
            is_foreign_national=state.is_foreign_national, id_document=person.id_document)

    def held_at(self, facility_id: str, as_of: datetime | None = None, printing: bool = False) -> HeldListReport:
        """Everyone the register places at a facility at an instant (default now), for a monitoring visit.

        Seeing the list is logged as an opening; `printing` logs it as a print.
        """
        self.actor.require(Permission.PRINT if printing else Permission.READ)
        if not self.actor.covers(facility_id):
            raise AccessDenied(f"{self.actor.username} does not work at or oversee facility '{facility_id}'")
        as_of = as_of or self.now()
        with self._session() as session:
            facility = store.facility(session, facility_id)
            if facility is None:
                raise KeyError(f"there is no facility '{facility_id}' in the register")
            candidates = list(session.scalars(select(CustodyStateRow.custody_id).where(
                CustodyStateRow.apprehended_at <= as_of,
                or_(CustodyStateRow.released_at.is_(None), CustodyStateRow.released_at > as_of))))
            timelines = list(store.timelines(session, candidates))
        rows = []
        for timeline in timelines:
            then = timeline.as_of(as_of)
            stay = then.current_stay
            if stay is None or stay.facility != facility_id:
                continue
            rows.append(BoardRow(
                custody_id=then.custody.id, person_id=then.person.id, person_name=then.effective_person.full_name,
                birth_date=then.effective_person.birth_date, citizenship=then.effective_person.citizenship,
                facility_id=facility_id, facility_name=facility.name, location=then.current_location,
                timezone=facility.timezone, apprehended_at=then.apprehension.at, released_at=None,
                clocks=tuple(evaluate(timeline, self.profile, as_of)), is_minor=then.is_minor(),
                is_foreign_national=then.is_foreign_national(self.profile.home_country)))
        rows.sort(key=lambda r: (r.location or "", r.person_name))
        self.log_access("print" if printing else "open", f"held list {facility_id} {format_utc(as_of)}")
        return HeldListReport(facility, as_of, tuple(rows), self.rule_infos(), REGISTER_NAME, self.now(),
                              self.actor.full_name or self.actor.username)

    def oversight_summary(self, start: datetime, end: datetime, facility_ids: set[str],
                          include_undelivered: bool = False) -> OversightSummary:
        """The figures of custodies apprehended in [start, end) whose first facility is one of `facility_ids`
        (or none at all, with `include_undelivered`), judged as of now; logged as a print."""
        self.actor.require(Permission.PRINT)
        now = self.now()
        with self._session() as session:
            ids = list(session.scalars(select(CustodyStateRow.custody_id).where(
                CustodyStateRow.apprehended_at >= start, CustodyStateRow.apprehended_at < end)))
            chosen = []
            for timeline in store.timelines(session, ids):
                first = timeline.stays[0].facility if timeline.stays else None
                if (first in facility_ids or (first is None and include_undelivered)) and self._visible(timeline):
                    chosen.append(timeline)
            facilities = {f.id: f for f in store.facilities(session)}
        clocks = {t.custody.id: evaluate(t, self.profile, now) for t in chosen}
        self.log_access("print", f"oversight report {format_utc(start)} to {format_utc(end)}")
        return summarize(chosen, clocks, start, end, facilities)

    def _visible(self, timeline: CustodyTimeline) -> bool:
        """Held at one of the user's facilities, or, before any arrival, entered by the user."""
        if self.actor.facilities is None:
            return True
        if timeline.stays:
            return any(self.actor.covers(stay.facility) for stay in timeline.stays)
        return any(event.recorded_by == self.actor.username for event in timeline.events)

    # ------------------------------------------------------------ chain, export, access log

    def chain_head(self) -> ChainStamp:
        self.actor.require(Permission.READ)
        with self._session() as session:
            return store.chain_head(session)

    def verify(self, keep_going: Callable[[], bool] | None = None) -> chain.Verdict:
        """Recompute the whole chain from the stored records (see chain.verify_links for `keep_going`)."""
        self.actor.require(Permission.VERIFY)
        with self._session() as session:
            head = store.chain_head(session)
            verdict = chain.verify_links(store.chain_links(session), expected_head=(head.seq, head.hash),
                                         keep_going=keep_going)
            if verdict.intact:
                stray = store.unchained_records(session)
                if stray:
                    return replace(verdict, intact=False, bad_record=stray[0],
                                   problem=f"{stray[0]} is in the register but not in the chain: it was "
                                           f"written behind the register's back")
                altered = store.accounts_out_of_step(session)
                if altered:
                    return replace(verdict, intact=False, bad_record=f"account {altered[0]}",
                                   problem=f"account {altered[0]} no longer matches its last recorded change: "
                                           f"it was altered behind the register's back")
            return verdict

    def export_lines(self, custody_id: str | None = None) -> Iterator[str]:
        """The register (or one custody) as JSON Lines with chain fields, for another station or a court."""
        self.actor.require(Permission.EXPORT)
        if custody_id is None and self.actor.facilities is not None:
            raise AccessDenied(f"{self.actor.username} oversees some facilities only and may export single "
                               f"custodies, not the whole register")
        self.log_access("export", f"custody {custody_id}" if custody_id else "register")
        session = self._session()
        try:
            head = store.chain_head(session)
            links = store.chain_links(session)
            if not self.actor.may(Permission.READ_MEDICAL):
                links = _medical_as_stubs(links)
            if custody_id is None:
                header = interchange.export_header("register", head.seq, head.hash)
            else:
                timeline = store.timeline(session, custody_id)
                if timeline is None:
                    raise KeyError(f"there is no custody '{custody_id}' in the register")
                if not self._visible(timeline):
                    raise AccessDenied(f"custody '{custody_id}' was never held at a facility of "
                                       f"{self.actor.username}")
                wanted = ({("custody", custody_id), ("person", timeline.person.id)}
                          | {("event", e.id) for e in timeline.events}
                          | {("facility", s.facility) for s in timeline.stays})
                links = (link for link in links if (link.kind, link.record_id) in wanted)
                header = interchange.export_header("custody", head.seq, head.hash, custody_id)
            yield from interchange.export_lines(links, header)
        finally:
            session.close()

    def log_access(self, action: str, subject: str) -> None:
        """Record that this user opened, printed or exported something (visible to oversight)."""
        record_at = self.now()
        in_write_transaction(self.register.engine, lambda session: append_entry(
            session, record_at, self.actor.username, action, subject))

    def access_log(self, subject: str | None = None) -> list[AccessEntry]:
        """Who opened, printed or exported what, oldest first; `subject` e.g. 'custody C-1'."""
        self.actor.require(Permission.READ_ACCESS_LOG)
        query = select(AccessLogRow).order_by(AccessLogRow.seq)
        if subject is not None:
            query = query.where(AccessLogRow.subject == subject)
        with self._session() as session:
            return [AccessEntry(r.at, r.username, r.action, r.subject) for r in session.scalars(query)]

    # ------------------------------------------------------------ maintenance

    def rebuild_projection(self) -> int:
        """Recompute every custody's board state from its timeline (after an upgrade, or on suspicion)."""
        self.actor.require(Permission.MANAGE_FACILITIES)
        return self._rebuild_projection()

    def projection_stale(self) -> bool:
        """The board's projection was judged with another rule profile than the one open (or an unknown one):
        its order by next due clock and the alert inbox's shortcut cannot be trusted until it is rebuilt."""
        self.actor.require(Permission.READ)
        with self._session() as session:
            return not self._projection_current(session)

    def _projection_current(self, session: Session) -> bool:
        return store.projection_fingerprint(session) == self.profile.fingerprint

    def refresh_stale_projection(self) -> int | None:
        """Rebuild the projection if it is stale (what the desktop does on start-up, whoever signs in:
        it is derived data, and a stale one hides nothing but slows the alert inbox); returns how many
        custodies were judged again, or None when it was current."""
        self.actor.require(Permission.READ)
        return self._rebuild_projection() if self.projection_stale() else None

    def _rebuild_projection(self) -> int:
        now = self.now()

        def rebuild(session: Session) -> int:
            count, states = 0, []
            for timeline in store.timelines(session):
                states.append(custody_state(timeline, self.profile, now))
                if len(states) == 2000:
                    store.save_state(session, states)
                    count, states = count + len(states), []
            store.save_state(session, states)
            store.record_projection_fingerprint(session, self.profile.fingerprint)
            return count + len(states)

        return in_write_transaction(self.register.engine, rebuild)


def _medical_as_stubs(links: Iterable[chain.ChainLink]) -> Iterator[chain.ChainLink]:
    """Medical examinations (and corrections of them) leave an export as linkage-only stubs."""
    exams: set[str] = set()
    for link in links:
        record = link.record if link.kind == "event" else None
        if record is not None and (record["type"] == "medical_exam" or record.get("corrects") in exams):
            exams.add(link.record_id)
            link = replace(link, record=None)
        yield link


def _record_problems(record_id: str, check: Callable[[], object]) -> list[Problem]:
    try:
        check()
    except RecordProblem as problem:
        return [Problem(record_id, str(problem), problem.field, record_id)]
    return []


def _board_subject(query: BoardQuery) -> str:
    """What the access log says a board or search reading showed: the facility and the words searched."""
    subject = f"board of {query.facility_id or 'every facility'}"
    if query.text and query.text.strip():
        subject = f"search for '{query.text.strip()}' in {subject}"
    return subject + ("" if query.held_only else ", released included")


def _escape_like(text: str) -> str:
    """`text` for a LIKE pattern with '\\' as the escape: its %, _ and \\ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def new_id(prefix: str) -> str:
    """A fresh record id that two stations can never both choose."""
    return f"{prefix}-{uuid.uuid4().hex[:16]}"
