"""Reports and printouts: one custody's timeline and clocks, the held list, the oversight figures, the
notice of rights, and the register's problem clocks; every printout is a report object decided here."""
from __future__ import annotations

from datetime import datetime
from typing import Iterator, Sequence

from register import evidence, queries, store
from register.access import AccessDenied, Permission
from register.domain import BoardRow, RuleClock
from register.errors import NotFound
from register.oversight import summarize
from register.projection import custody_state
from register.reports import (REGISTER_NAME, HeldListReport, OversightReport, RightsNotice, TimelineReport,
                              custody_facts)
from register.rules import evaluate
from register.services.base import Service
from register.services.whereabouts import desk_figures
from register.timeline import CustodyTimeline
from register.timeutil import format_utc
from register.writing import in_write_transaction


class ReportsService(Service):
    """What a user reads or prints about custodies and their clocks; openings and prints are logged."""

    # ------------------------------------------------------------ one custody

    def timeline(self, custody_id: str, log: bool = True) -> CustodyTimeline | None:
        """One custody as this user may see it (medical details only for medical staff)."""
        result = self._timeline(custody_id)
        if result is not None and log:
            self._log_access("open", f"custody {custody_id}")
        return self._shown(result) if result is not None else None

    def clocks(self, custody_id: str, as_of: datetime | None = None) -> list[RuleClock]:
        timeline = self._timeline(custody_id)
        return evaluate(timeline, self.profile, as_of or self._now()) if timeline else []

    def timeline_report(self, custody_id: str) -> TimelineReport:
        """Everything a printed timeline shows; the print itself is recorded in the access log."""
        self.actor.require(Permission.PRINT)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise NotFound("no-such-custody", custody=custody_id)
        now = self._now()
        signer = evidence.printout_signer(self.register.engine, self.register.url, self.actor.username, now)
        with self._session() as session:
            ids = ([("event", e.id) for e in timeline.events] + [("custody", custody_id), ("person", timeline.person.id)]
                   + [("facility", facility_id) for facility_id in dict.fromkeys(s.facility for s in timeline.stays)])
            stamps = store.stamps_of(session, ids)
            head = store.chain_head(session)
            qr = evidence.printout_evidence(session, signer, custody_id, stamps.values()) if signer else None
        self._log_access("print", f"custody {custody_id}")
        shown = self._shown(timeline)
        return TimelineReport(shown, custody_facts(shown, self.profile.law), tuple(evaluate(timeline, self.profile, now)),
                              self._rule_infos(), stamps, head, REGISTER_NAME, now,
                              self.actor.full_name or self.actor.username, qr)

    def rights_notice(self, custody_id: str) -> RightsNotice:
        """The notice of rights of a custody's detainee; the print is recorded in the access log."""
        self.actor.require(Permission.PRINT)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise NotFound("no-such-custody", custody=custody_id)
        self._log_access("print", f"custody {custody_id}")
        stay = timeline.current_stay or (timeline.stays[-1] if timeline.stays else None)
        return RightsNotice(timeline.effective_person, timeline.custody,
                            timeline.facilities.get(stay.facility) if stay else None,
                            timeline.apprehension.at if timeline.apprehension else None,
                            tuple(evaluate(timeline, self.profile, self._now())), tuple(self._rule_infos().values()),
                            REGISTER_NAME, timeline.facility_timezone or self.profile.timezone,
                            self.profile.law.age_of_majority)

    # ------------------------------------------------------------ the whole register

    def breaches(self, as_of: datetime | None = None) -> list[RuleClock]:
        """Every clock of every custody as of an instant (contract: `breaches`)."""
        self.actor.require(Permission.READ)
        as_of = as_of or self._now()
        with self._session() as session:
            clocks = [clock for timeline in store.timelines(session) if self._visible(timeline)
                      for clock in evaluate(timeline, self.profile, as_of)]
        self._log_access("read", f"breaches as of {format_utc(as_of)}")
        return clocks

    def problem_clocks(self, as_of: datetime | None = None) -> Iterator[tuple[CustodyTimeline, list[RuleClock]]]:
        """Each custody the user may see that has problem clocks as of an instant (as shown to the user),
        with those clocks: the problems of `breaches`, at the cost of the custodies that can have one.

        Only the rows the projection names as candidates are evaluated (see projection.custody_state):
        judged with a problem, due before `as_of`, or judged after `as_of` or never, so saying nothing
        about it. Rows never judged (written before revision 0003) are judged once, when the last custody
        has been taken. While the projection was judged with another rule profile (see
        `MaintenanceService.projection_stale`), its verdicts say nothing about this one, so every custody
        is judged.

        Custodies come one at a time: a caller that keeps only what it shows holds one timeline at a time
        (on a national register the alert inbox held 20,000 of them, 1.5 GB).
        """
        self.actor.require(Permission.READ)
        return self._problem_clocks(as_of or self._now())

    def _problem_clocks(self, as_of: datetime) -> Iterator[tuple[CustodyTimeline, list[RuleClock]]]:
        unjudged = []
        with self._session() as session:
            candidates = queries.problem_candidates(session, as_of, self._projection_current(session))
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
        states = [custody_state(t, self.profile, self._now()) for t in timelines]
        in_write_transaction(self.register.engine, lambda session: queries.judge_once(session, states))

    def held_at(self, facility_id: str, as_of: datetime | None = None, printing: bool = False) -> HeldListReport:
        """Everyone the register places at a facility at an instant (default now), for a monitoring visit.

        Seeing the list is logged as an opening; `printing` logs it as a print.
        """
        self.actor.require(Permission.PRINT if printing else Permission.READ)
        if not self.actor.covers(facility_id):
            raise AccessDenied("not-overseeing-facility", user=self.actor.username, facility=facility_id)
        as_of = as_of or self._now()
        with self._session() as session:
            facility = store.facility(session, facility_id)
            if facility is None:
                raise NotFound("no-such-facility", facility=facility_id)
            candidates = queries.held_candidates(session, as_of)
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
                clocks=tuple(evaluate(timeline, self.profile, as_of)), is_minor=then.is_minor(self.profile.law),
                is_foreign_national=then.is_foreign_national(self.profile.law)))
        rows.sort(key=lambda r: (r.location or "", r.person_name))
        self._log_access("print" if printing else "open", f"held list {facility_id} {format_utc(as_of)}")
        return HeldListReport(facility, as_of, tuple(rows), self._rule_infos(), REGISTER_NAME, self._now(),
                              self.actor.full_name or self.actor.username)

    def oversight_report(self, start: datetime, end: datetime, facility_ids: set[str],
                         include_undelivered: bool = False) -> OversightReport:
        """The figures of custodies apprehended in [start, end) whose first facility is one of `facility_ids`
        (or none at all, with `include_undelivered`), judged as of now; logged as a print."""
        self.actor.require(Permission.PRINT)
        now = self._now()
        with self._session() as session:
            ids = queries.apprehended_between(session, start, end)
            chosen = []
            for timeline in store.timelines(session, ids):
                first = timeline.stays[0].facility if timeline.stays else None
                if (first in facility_ids or (first is None and include_undelivered)) and self._visible(timeline):
                    chosen.append(timeline)
            facilities = {f.id: f for f in store.facilities(session)}
            desk = desk_figures(session, start, end) if self.actor.may(Permission.INQUIRE) else None
        clocks = {t.custody.id: evaluate(t, self.profile, now) for t in chosen}
        self._log_access("print", f"oversight report {format_utc(start)} to {format_utc(end)}")
        return OversightReport(summarize(chosen, clocks, start, end, facilities, self.profile.law.late_registration), self._rule_infos(), REGISTER_NAME,
                               now, self.actor.full_name or self.actor.username, desk)
