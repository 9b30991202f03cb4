"""Reports and printouts: one custody's timeline and clocks, the held list, the oversight figures, the
notice of rights, and the register's problem clocks; every printout is a report object decided here."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Iterator, Sequence

from register import queries, store
from register.access import AccessDenied, Permission
from register.domain import BoardRow, Facility, RuleClock
from register.errors import BadInput, NotFound
from register.evidence import tree_stamp
from register.oversight import facility_of, night_of, summarize
from register.projection import custody_state
from register.reports import (REGISTER_NAME, Away, HeldListReport, OversightReport, RightsNotice, TimelineReport,
                              custody_facts)
from register.rules import evaluate
from register.services.base import Service
from register.services.whereabouts import desk_items
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
        with self._session() as session:
            ids = ([("event", e.id) for e in timeline.events] + [("custody", custody_id), ("person", timeline.person.id)]
                   + [("facility", facility_id) for facility_id in dict.fromkeys(s.facility for s in timeline.stays)])
            stamps = store.stamps_of(session, ids)
            head = store.chain_head(session)
        self._log_access("print", f"custody {custody_id}")
        shown = self._shown(timeline)
        return TimelineReport(shown, custody_facts(shown, self.profile.law), tuple(evaluate(timeline, self.profile, now)),
                              self._rule_infos(), stamps, head, REGISTER_NAME, now,
                              self.actor.full_name or self.actor.username)

    def rights_notice(self, custody_id: str) -> RightsNotice:
        """The notice of rights of a custody's detainee; the print is recorded in the access log."""
        self.actor.require(Permission.PRINT)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise NotFound("no-such-custody", custody=custody_id)
        self._log_access("print", f"custody {custody_id}")
        stay = timeline.current_stay or (timeline.stays[-1] if timeline.stays else None)
        now = self._now()
        return RightsNotice(timeline.effective_person, timeline.custody,
                            timeline.facilities.get(stay.facility) if stay else None,
                            timeline.apprehension.at if timeline.apprehension else None,
                            tuple(evaluate(timeline, self.profile, now)), tuple(self._rule_infos().values()),
                            REGISTER_NAME, timeline.facility_timezone or self.profile.timezone,
                            self.profile.law.age_of_majority, now, self.actor.full_name or self.actor.username)

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
            stamp = tree_stamp(session)
        rows, away = [], []
        for timeline in timelines:
            then = timeline.as_of(as_of)
            stay = then.current_stay
            last = then.stays[-1] if then.stays else None
            if stay is not None and stay.facility == facility_id:
                rows.append(self._held_row(timeline, then, facility, as_of))
            elif (stay is None and last is not None and last.facility == facility_id and then.release is None
                  and last.departure is not None and last.departure.get("purpose") != "transfer"):
                away.append(Away(self._held_row(timeline, then, facility, as_of), last.departure.get("purpose"),
                                 last.departure.get("destination"), last.departure.at))
        rows.sort(key=lambda r: (r.location or "", r.person_name))
        away.sort(key=lambda a: (a.left_at, a.row.person_name))
        self._log_access("print" if printing else "open", f"held list {facility_id} {format_utc(as_of)}")
        return HeldListReport(facility, as_of, tuple(rows), self._rule_infos(), REGISTER_NAME, self._now(),
                              self.actor.full_name or self.actor.username, tuple(away), stamp)

    def _held_row(self, timeline: CustodyTimeline, then: CustodyTimeline, facility: Facility,
                  as_of: datetime) -> BoardRow:
        return BoardRow(
            custody_id=then.custody.id, person_id=then.person.id, person_name=then.effective_person.full_name,
            birth_date=then.effective_person.birth_date, citizenship=then.effective_person.citizenship,
            facility_id=facility.id, facility_name=facility.name, location=then.current_location,
            timezone=facility.timezone, apprehended_at=then.apprehension.at, released_at=None,
            clocks=tuple(evaluate(timeline, self.profile, as_of)), is_minor=then.is_minor(self.profile.law),
            is_foreign_national=then.is_foreign_national(self.profile.law))

    def oversight_report(self, first_day: date, last_day: date, facility_ids: set[str],
                         include_undelivered: bool = False) -> OversightReport:
        """The figures of the custodies apprehended from `first_day` to `last_day` (inclusive, each facility's
        local days) whose first facility is one of `facility_ids` (or none at all, with `include_undelivered`),
        judged as of now; logged as a print. Alert handling only for those who review alerts, the whereabouts
        desk only for those who may see it."""
        self.actor.require(Permission.PRINT)
        if last_day < first_day:
            raise BadInput("period-reversed", "last_day", first=first_day.isoformat(), last=last_day.isoformat())
        now = self._now()
        # Every zone's local day lies within a day of the UTC one; the summary keeps each facility's own days.
        start = datetime.combine(first_day - timedelta(days=1), time(), timezone.utc)
        end = datetime.combine(last_day + timedelta(days=2), time(), timezone.utc)

        def wanted(facility_id: str | None) -> bool:
            return facility_id in facility_ids or (facility_id is None and include_undelivered)

        with self._session() as session:
            chosen = [t for t in store.timelines(session, queries.apprehended_between(session, start, end))
                      if wanted(facility_of(t)) and self._visible(t)]
            facilities = {f.id: f for f in store.facilities(session)}
            actions = None
            if self.actor.may(Permission.REVIEW_ALERTS):
                actions = {}
                for values in store.alert_actions(session):
                    actions.setdefault(values["alert_key"], []).append((values["action"], values["at"]))
            desk = ([item for item in desk_items(session, start, end) if wanted(item.facility_id)]
                    if self.actor.may(Permission.INQUIRE) else None)
            stamp = tree_stamp(session)
        clocks = {t.custody.id: evaluate(t, self.profile, now) for t in chosen}
        summary = summarize(chosen, clocks, first_day, last_day, facilities, self.profile.law, now,
                            night_of(self.profile.settings), actions, desk)
        self._log_access("print", f"oversight report {first_day.isoformat()} to {last_day.isoformat()}")
        return OversightReport(summary, self._rule_infos(), REGISTER_NAME, now,
                               self.actor.full_name or self.actor.username, stamp)
