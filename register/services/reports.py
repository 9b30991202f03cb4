"""Reports and printouts: one custody's timeline and clocks, the held list, the oversight figures, the
notice of rights, and the register's problem clocks; every printout is a report object decided here."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Iterator, NamedTuple, Sequence

from register import evidence, queries, store, stored_clocks
from register.access import Permission
from register.domain import BoardRow, Facility, RuleClock
from register.errors import BadInput
from register.complaints import read_complaints
from register.evidence import tree_stamp
from register.judgement import AlertedCustody, Judgement, Stay, clocks_at
from register.oversight import facility_of, night_of, summarize
from register.projection import judged, judged_with
from register.reports import (REGISTER_NAME, Away, HeldListReport, OversightReport, RightsNotice, TimelineReport,
                              custody_facts)
from register.risk import safety_fields
from register.rules import evaluate
from register.services.base import ActingUser, Service
from register.services.whereabouts import desk_items
from register.timeline import CustodyTimeline
from register.timeutil import format_utc
from register.writing import in_write_transaction


_CHUNK = 500  # custodies read to a round trip


class _Read(NamedTuple):
    facts: AlertedCustody
    never_judged: bool  # the projection's row was written before revision 0003


class _Kept(NamedTuple):
    """The stored judgements `problem_clocks` read (only the clocks that are or may become a problem), as of the
    last event it saw: an inbox refreshing every minute reads again only those judged again since."""
    seq: int
    judgements: dict[str, Judgement]


class ReportsService(Service):
    """What a user reads or prints about custodies and their clocks; openings and prints are logged."""

    def __init__(self, acting: ActingUser):
        super().__init__(acting)
        self._kept: _Kept | None = None

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
        timeline = self._timeline_to_print(custody_id)
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
        timeline = self._timeline_to_print(custody_id)
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
        """Every clock of every custody as of an instant (contract: `breaches`): read from the clocks stored
        at each custody's last write where that write is not later than the instant (register/judgement.py),
        judged afresh otherwise."""
        self.actor.require(Permission.READ)
        as_of = as_of or self._now()
        limited = self.actor.facilities is not None
        fingerprint = judged_with(self.profile)
        with self._session() as session:
            read = [c for c in stored_clocks.every_custody(session, self.profile, fingerprint, as_of, limited)
                    if c.clocks is None or not limited or self._places_visible(c.stays, c.entered_by)]
            afresh = [c.custody_id for c in read if c.clocks is None]
            fresh = {t.custody.id: evaluate(t, self.profile, as_of)
                     for t in store.timelines(session, afresh) if self._visible(t)} if afresh else {}
        clocks = [clock for c in read for clock in (c.clocks if c.clocks is not None else fresh.get(c.custody_id, ()))]
        self._log_access("read", f"breaches as of {format_utc(as_of)}")
        return clocks

    def fresh_breaches(self, as_of: datetime | None = None) -> list[RuleClock]:
        """`breaches` with every custody judged afresh from its events, whatever is stored (`breaches --fresh`)."""
        self.actor.require(Permission.READ)
        as_of = as_of or self._now()
        with self._session() as session:
            clocks = [clock for timeline in store.timelines(session) if self._visible(timeline)
                      for clock in evaluate(timeline, self.profile, as_of)]
        self._log_access("read", f"breaches as of {format_utc(as_of)}")
        return clocks

    def problem_clocks(self, as_of: datetime | None = None, narrowing: queries.ClockNarrowing | None = None
                       ) -> Iterator[tuple[AlertedCustody, list[RuleClock]]]:
        """Each custody the user may see that has problem clocks as of an instant, with those clocks: the
        problems of `breaches`, at the cost of the custodies that can have one.

        Custodies whose stored judgement answers for the instant are chosen in SQL (a problem by then) and
        read from it; the rest (judged with another profile, before revision 0010, or written after the
        instant) are judged afresh, one chunk of timelines at a time. Rows never judged (written before
        revision 0003) are judged once, when the last custody has been taken. `narrowing` leaves out, in SQL,
        custodies whose stored clocks show they cannot match (a caller still filters what it is given).
        """
        self.actor.require(Permission.READ)
        return self._problem_clocks(as_of or self._now(), narrowing)

    def _problem_clocks(self, as_of: datetime,
                        narrowing: queries.ClockNarrowing | None) -> Iterator[tuple[AlertedCustody, list[RuleClock]]]:
        unjudged = []
        with self._session() as session:
            for facts, clocks, timeline in self._candidates(session, as_of, narrowing):
                if timeline is not None and facts.never_judged:
                    unjudged.append(timeline)
                problems = [clock for clock in clocks if clock.is_problem]
                if problems:
                    yield facts.facts, problems
        if unjudged:
            self._judge_once(unjudged)

    def _candidates(self, session, as_of: datetime, narrowing: queries.ClockNarrowing | None):
        """(what the inbox says of the custody, its clocks as of `as_of`, the timeline read or None) of each
        custody the user may see that may have a problem clock by then, in custody id order: from the stored
        judgement where it answers for the instant (only the clocks that can be a problem), else judged afresh."""
        standing = queries.judgement_standing(session, judged_with(self.profile), as_of, True, narrowing)
        seq, known = self._kept_judgements(session)
        read = dict(known) if narrowing is not None else {}  # a narrowed read keeps what the others read
        for start in range(0, len(standing), _CHUNK):
            chunk = standing[start:start + _CHUNK]
            stored = store.judgements(session, [custody_id for custody_id, answers in chunk if answers], True, known)
            read.update(stored)
            afresh = [custody_id for custody_id, answers in chunk if not answers]
            fresh = {t.custody.id: t for t in store.timelines(session, afresh)} if afresh else {}
            states = queries.alerted_facts(session, [c for c, _ in chunk])
            for custody_id, answers in chunk:
                judgement = stored.get(custody_id) if answers else None
                timeline = None if judgement is not None else fresh.get(custody_id)
                if judgement is not None and self._judgement_visible(judgement):
                    clocks = clocks_at(judgement, self.profile, as_of)
                elif timeline is not None and self._visible(timeline):
                    clocks = evaluate(timeline, self.profile, as_of)
                else:
                    continue
                state = states.get(custody_id)
                facts = (AlertedCustody.of_timeline(timeline, self.profile) if timeline is not None else AlertedCustody(
                    custody_id, state.person_name, state.is_minor, state.is_foreign_national, state.released_at,
                    judgement.stays, judgement.timezone))
                yield _Read(facts, state is not None and state.judged_at is None), clocks, timeline
        self._kept = _Kept(seq, read)

    def _kept_judgements(self, session) -> tuple[int, dict[str, Judgement]]:
        """The last event this user may read, and the judgements kept from the last read of custodies with no
        event since (store.judgements still compares each with its row's profile and instant)."""
        kept = self._kept
        seq, written = queries.written_since(session, kept.seq if kept else None)
        return seq, {custody_id: judgement for custody_id, judgement in kept.judgements.items()
                     if custody_id not in written} if kept else {}

    def _judgement_visible(self, judgement: Judgement) -> bool:
        """`_visible` from the stored judgement: held at one of the user's facilities, or entered by the user."""
        return self.actor.facilities is None or self._places_visible(judgement.stays, judgement.entered_by)

    def _places_visible(self, stays: Sequence[Stay], entered_by: Sequence[str]) -> bool:
        if stays:
            return any(self.actor.covers(stay.facility) for stay in stays)
        return self.actor.username in entered_by

    def _judge_once(self, timelines: Sequence[CustodyTimeline]) -> None:
        """Rewrite rows from before revision 0003 with their judged clocks; a row a writer has replaced
        in the meantime (judged_at set) is left as the writer wrote it."""
        pairs = [judged(t, self.profile, self._now()) for t in timelines]
        in_write_transaction(self.register.engine, lambda session: queries.judge_once(
            session, [state for state, _ in pairs], [judgement for _, judgement in pairs]))

    def held_at(self, facility_id: str, as_of: datetime | None = None, printing: bool = False) -> HeldListReport:
        """Everyone the register places at a facility at an instant (default now), for a monitoring visit.

        Seeing the list is logged as an opening; `printing` logs it as a print.
        """
        self.actor.require(Permission.PRINT if printing else Permission.READ)
        as_of = as_of or self._now()
        with self._session() as session:
            facility = self._facility_overseen(session, facility_id)
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
            is_foreign_national=then.is_foreign_national(self.profile.law), **safety_fields(then))

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
            statuses = {c.event_id: c.status
                        for c in read_complaints(session, [t.custody.id for t in chosen], self.profile)}
            stamp = tree_stamp(session)
        clocks = {t.custody.id: evaluate(t, self.profile, now) for t in chosen}
        summary = summarize(chosen, clocks, first_day, last_day, facilities, self.profile.law, now,
                            night_of(self.profile.settings), actions, desk, statuses)
        self._log_access("print", f"oversight report {first_day.isoformat()} to {last_day.isoformat()}")
        return OversightReport(summary, self._rule_infos(), REGISTER_NAME, now,
                               self.actor.full_name or self.actor.username, stamp)
