"""Alerts: the prosecutor's work list of safeguard clocks that went wrong.

An alert exists while evaluation yields a problem clock (breached, late or a
flagged indicator); it is identified by `custody|rule|trigger_at` so the same
occurrence is one alert however often the register is evaluated. Its state is
not stored: it is read from its append-only history of actions (none: open),
and every action enters the tamper-evident chain like any other record.

States only move forward (open, acknowledged, referred, closed); the one way
back is the register's own: an alert closed while its breach goes on reopens at
the next refresh by someone who reviews alerts, and says so in its history.
Each alert has a review deadline (a profile setting per rule, else 72 hours
from when it became a problem or reopened); an alert neither referred nor closed
by then is escalated to the supervising prosecutor named at its assignment.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Iterable

from sqlalchemy.orm import Session

from register import queries, store
from register.access import Permission
from register.allegations import RULES as ALLEGATION_RULES, allegation_clocks
from register.domain import ClockStatus, Facility, RuleClock, alert_key
from register.errors import BadInput, NotFound
from register.judgement import AlertedCustody
from register.projection import judged_with
from register.services.base import ActingUser, Service
from register.services.reports import ReportsService
from register.services.whereabouts import DeskSignal, WhereaboutsService
from register.timeline import CustodyTimeline
from register.timeutil import InstantError, format_utc, parse_instant
from register.writing import in_write_transaction

OPEN, ACKNOWLEDGED, REFERRED, CLOSED = "open", "acknowledged", "referred", "closed"
ACKNOWLEDGE, REFER, CLOSE = "acknowledge", "refer", "close"
# Written by the register at a refresh, never asked for: a continuing breach reopens a closed alert, a passed
# review deadline escalates it. Assignments and notes change no state.
REOPEN, ESCALATE, ASSIGN, NOTE = "reopen", "escalate", "assign", "note"
STATE_AFTER = {ACKNOWLEDGE: ACKNOWLEDGED, REFER: REFERRED, CLOSE: CLOSED, REOPEN: OPEN}
STATE_ACTION = {ACKNOWLEDGED: ACKNOWLEDGE, REFERRED: REFER, CLOSED: CLOSE}  # in the history of every alert in it
STATE_RANK = {OPEN: 0, ACKNOWLEDGED: 1, REFERRED: 2, CLOSED: 3}
STATES = tuple(STATE_RANK)
PROSECUTOR_ROLE = "prosecutor"
# Time to review an alert (refer or close it) unless the profile's [settings] say otherwise: `review-within`
# for every rule, `review-within:<rule id>` for one.
DEFAULT_REVIEW_WITHIN = timedelta(hours=72)
# An open alert nobody has acknowledged within this time stays highlighted in the inbox.
DEFAULT_ACKNOWLEDGE_WITHIN = timedelta(minutes=30)
SEVERITY_ORDER = {"breach": 0, "indicator": 1}
_CUSTODIES_READ = 500  # custodies whose recorders are held at once


class AlertError(BadInput):
    """An alert action that cannot be taken."""


class CommentRequired(AlertError):
    pass


class UnknownAlert(AlertError):
    pass


class AlertClosed(AlertError):
    pass


class NotForward(AlertError):
    """An action that would move the alert back (acknowledging a referred alert, acknowledging twice)."""


@dataclass(frozen=True)
class AlertAction:
    """One entry of an alert's history, as recorded."""
    id: int
    action: str  # acknowledge | refer | close | reopen | escalate | assign | note
    at: datetime
    by: str
    comment: str | None
    referred_to: str | None  # refer: the body; assign: the prosecutor; escalate: the supervising prosecutor
    reference: str | None  # refer: the reference; assign: the supervising prosecutor
    seq: int


@dataclass(frozen=True)
class Alert:
    key: str
    clock: RuleClock
    person_name: str
    facility_id: str | None  # where the person was when the clock went wrong (else their first facility)
    facility_name: str | None
    state: str  # open | acknowledged | referred | closed
    history: tuple[AlertAction, ...]
    opened_at: datetime
    is_minor: bool
    is_foreign_national: bool
    timezone: str  # the facility's, for showing instants as its officers read them
    acknowledge_within: timedelta = DEFAULT_ACKNOWLEDGE_WITHIN
    held: bool = True  # the person is still in custody
    ongoing: bool = False  # breached and still counting: nothing has met it and neither release nor time ends it
    review_within: timedelta = DEFAULT_REVIEW_WITHIN
    officers: tuple[str, ...] = ()  # who recorded the events the clock judged (officers_concerned)

    @property
    def custody_id(self) -> str:
        return self.clock.custody

    @property
    def rule(self) -> str:
        return self.clock.rule

    def _last(self, action: str) -> AlertAction | None:
        return next((a for a in reversed(self.history) if a.action == action), None)

    @property
    def assignee(self) -> str | None:
        """The prosecutor the alert is assigned to (the latest assignment)."""
        assignment = self._last(ASSIGN)
        return assignment.referred_to if assignment else None

    @property
    def supervisor(self) -> str | None:
        assignment = self._last(ASSIGN)
        return assignment.reference if assignment else None

    @property
    def review_due(self) -> datetime:
        """The review deadline, counted from the alert's (re)opening."""
        reopened = self._last(REOPEN)
        return (reopened.at if reopened else self.opened_at) + self.review_within

    def overdue_unacknowledged(self, now: datetime) -> bool:
        """Still open (nobody has acted on it) longer than the set time."""
        return self.state == OPEN and now - self._opened_last() > self.acknowledge_within

    def _opened_last(self) -> datetime:
        reopened = self._last(REOPEN)
        return reopened.at if reopened else self.opened_at

    def deadline_passed(self, now: datetime) -> bool:
        """Neither referred nor closed by its review deadline: escalated to the supervising prosecutor."""
        return STATE_RANK[self.state] < STATE_RANK[REFERRED] and now > self.review_due

    def escalation_recorded(self) -> bool:
        """The escalation of the present review period is in the history."""
        for action in reversed(self.history):
            if action.action == REOPEN:
                return False
            if action.action == ESCALATE:
                return True
        return False

    def needs_reopening(self, now: datetime) -> bool:
        """Closed while its breach goes on, and the breach still goes on after the closure."""
        closure = self._last(CLOSE)
        return self.state == CLOSED and self.ongoing and closure is not None and now > closure.at


@dataclass(frozen=True)
class AlertFilter:
    """What the inbox narrows the list to; `opened_before` keeps alerts older than an age."""
    facility_id: str | None = None
    rule: str | None = None
    minors_only: bool = False
    foreign_only: bool = False
    include_closed: bool = False
    opened_before: datetime | None = None
    assignee: str | None = None
    state: str | None = None  # one state only (a closed state is shown when asked for, whatever include_closed)
    deadline_passed_at: datetime | None = None  # only alerts whose review deadline had passed at this instant

    def matches(self, alert: Alert) -> bool:
        return ((self.include_closed or alert.state != CLOSED or self.state == CLOSED)
                and (self.state is None or alert.state == self.state)
                and (self.assignee is None or alert.assignee == self.assignee)
                and (self.deadline_passed_at is None or alert.deadline_passed(self.deadline_passed_at))
                and (self.facility_id is None or alert.facility_id == self.facility_id)
                and (self.rule is None or alert.rule == self.rule)
                and (not self.minors_only or alert.is_minor)
                and (not self.foreign_only or alert.is_foreign_national)
                and (self.opened_before is None or alert.opened_at < self.opened_before))


@dataclass(frozen=True)
class _Allegations:
    """The allegation items a refresh found, as of the last event it saw (`seq`), for a user of `facilities`."""
    seq: int
    facilities: frozenset[str] | None
    items: dict[str, tuple[AlertedCustody, tuple[RuleClock, ...]]]


OfficersKey = tuple[str, datetime, datetime | None]  # (custody, trigger_at, met_at): what officers_concerned reads


@dataclass(frozen=True)
class _Officers:
    """Who recorded what each alerted clock judged, as a refresh found it after the last event it saw (`seq`), for a
    user of `facilities`. Events are only ever added, so a custody nobody wrote to since keeps its answers."""
    seq: int
    facilities: frozenset[str] | None
    of_clock: dict[OfficersKey, tuple[str, ...]]


def officers_key(clock: RuleClock) -> OfficersKey:
    return clock.custody, clock.trigger_at, clock.met_at


def signal_key(signal: DeskSignal) -> str:
    """The key of a desk alert: a reported apprehension not registered yet is named by its report."""
    return signal.key or alert_key(signal.clock)


def opened_at(clock: RuleClock) -> datetime:
    """When the clock became a problem: its due instant (equal to the trigger for fire-at-once rules and
    indicators, contract section 1)."""
    return clock.due_at


def sort_key(alert: Alert) -> tuple:
    """Breaches before indicators, then breaches still going on, then the most overdue, then the newest."""
    return (SEVERITY_ORDER.get(alert.clock.severity, len(SEVERITY_ORDER)), not alert.ongoing,
            -alert.clock.overdue_minutes, -alert.opened_at.timestamp(), alert.key)


def review_within(profile, rule: str) -> timedelta:
    """The time to review an alert of `rule`: the profile's setting for the rule, else for every rule, else 72 h."""
    settings = profile.settings
    return settings.get(f"review-within:{rule}") or settings.get("review-within") or DEFAULT_REVIEW_WITHIN


class AlertService(Service):
    """Lists alerts and records what the prosecutor did about them, as the acting user; alerts are the
    problem clocks the reports service judges. What was done about an alert (who, comments, referrals)
    is shown only to those who review alerts, for custodies they may see."""

    def __init__(self, acting: ActingUser):
        super().__init__(acting)
        self._reports = ReportsService(acting)
        self._desk = WhereaboutsService(acting)
        self._allegations: _Allegations | None = None  # what the last refresh found (_allegation_items)
        self._officers: _Officers | None = None  # and whom it found the alerted clocks' events recorded by
        self._kept_histories: tuple[int, dict[str, tuple[AlertAction, ...]]] = (0, {})  # (last seq, histories)

    # ------------------------------------------------------------ reads

    def alerts(self, as_of: datetime | None = None, facility_id: str | None = None, rule: str | None = None,
               minors_only: bool = False, foreign_only: bool = False, include_closed: bool = False,
               opened_before: datetime | None = None,
               acknowledge_within: timedelta = DEFAULT_ACKNOWLEDGE_WITHIN, assignee: str | None = None,
               state: str | None = None, deadline_passed_at: datetime | None = None) -> list[Alert]:
        """Alerts of every problem clock the user may see, breaches first, newest first; an open alert
        nobody acted on within `acknowledge_within` is overdue. The filters choose the custodies in SQL (those
        that can have a matching alert) and then each alert (AlertFilter)."""
        wanted = AlertFilter(facility_id, rule, minors_only, foreign_only, include_closed, opened_before, assignee,
                             state, deadline_passed_at)
        reviews = self.actor.may(Permission.REVIEW_ALERTS)  # to others every alert is open and unassigned
        narrowing = queries.ClockNarrowing(rule, minors_only, foreign_only, facility_id,
                                           STATE_ACTION.get(state) if reviews else None, assignee if reviews else None)
        listed = [a for a in self._all_alerts(as_of, acknowledge_within, narrowing) if wanted.matches(a)]
        self._log_access("open", "alert inbox")
        return listed

    def counts(self) -> dict[str, int]:
        """How many alerts the user may see are in each state now, whatever the filters (the inbox's count).
        The database counts the custodies its stored clocks settle (each problem clock one open alert:
        `queries.stored_problem_count`); the others (a recurring series, an action on an alert, no current
        judgement), the allegations and the desk's signals are judged as the list judges them."""
        self.actor.require(Permission.READ)
        now, reviews = self._now(), self.actor.may(Permission.REVIEW_ALERTS)
        moving = tuple(STATE_AFTER) if reviews else ()  # to others every alert is open
        durations = [index for index, rule in enumerate(self.profile.rules) if rule.is_duration]
        with self._session() as session:
            settled = queries.stored_problem_count(session, judged_with(self.profile), now, durations, moving,
                                                   self.actor.facilities, self.actor.username)
            states = {key: STATE_AFTER[action] for key, action in queries.alert_state_actions(session, moving).items()
                      } if reviews else {}
        keys = [alert_key(clock) for _, problems in
                self._reports.problem_clocks(now, queries.ClockNarrowing(uncounted=moving)) for clock in problems]
        keys += [signal_key(signal) for signal in self._desk_signals()]
        if reviews:
            keys += [alert_key(clock) for _, clocks in self._allegation_items(None) for clock in clocks]
        counted = dict.fromkeys(STATES, 0)
        counted[OPEN] = settled
        for key in keys:
            counted[states.get(key, OPEN)] += 1
        return counted

    def custody_alerts(self, custody_id: str) -> list[Alert]:
        """One custody's alerts with their histories, closed ones included (a case file): judged now, for
        those who review alerts."""
        self.actor.require(Permission.REVIEW_ALERTS)
        timeline = self._timeline(custody_id)
        if timeline is None:
            raise NotFound("no-such-custody", custody=custody_id)
        now, custody, facilities = self._now(), AlertedCustody.of_timeline(timeline, self.profile), self._facilities()
        histories = self._histories()
        clocks = [c for c in self._reports.clocks(custody_id) if c.is_problem] + allegation_clocks(timeline)
        recorded = [(e.at, e.type, e.recorded_by) for e in timeline.events]
        alerts = [self._alert(c, custody, histories, facilities, DEFAULT_ACKNOWLEDGE_WITHIN, now,
                              officers_concerned(recorded, c)) for c in clocks]
        return sorted(alerts, key=lambda a: (a.opened_at, a.key))

    def prosecutors(self) -> list[tuple[str, str]]:
        """(username, full name) of the enabled prosecutors' accounts an alert may be assigned to."""
        self.actor.require(Permission.READ)
        with self._session() as session:
            return queries.accounts_of_role(session, PROSECUTOR_ROLE)

    def history(self, key: str) -> tuple[AlertAction, ...]:
        """What was done about one alert: only for those who review alerts, of a custody they may see."""
        self.actor.require(Permission.REVIEW_ALERTS)
        if not any(signal.key == key for signal in self._desk_signals()):
            self._timeline(key.split("|", 1)[0])  # refuses a custody the user may not see
        with self._session() as session:
            return tuple(_to_action(values) for values in store.alert_actions(session, key))

    def _all_alerts(self, as_of: datetime | None, acknowledge_within: timedelta,
                    narrowing: queries.ClockNarrowing | None = None) -> list[Alert]:
        """Every alert (or those `narrowing` may match, custodies chosen in SQL); a refresh by someone who reviews
        alerts records the reopenings and escalations that came due among them."""
        histories = self._histories()
        now = as_of or self._now()
        facilities = self._facilities()
        judged = [(clock, custody) for custody, problems in self._reports.problem_clocks(as_of, narrowing)
                  for clock in problems]
        if self.actor.may(Permission.REVIEW_ALERTS):  # allegations, whatever the clocks say and after release
            judged += [(clock, custody) for custody, clocks in self._allegation_items(as_of) for clock in clocks]
        signals = self._desk_signals()
        officers = self._officers_of([clock for clock, _ in judged] + [signal.clock for signal in signals])
        alerts = [self._alert(clock, custody, histories, facilities, acknowledge_within, now,
                              officers.get(officers_key(clock), ())) for clock, custody in judged]
        alerts += [self._desk_alert(signal, histories.get(signal_key(signal), ()), acknowledge_within,
                                    officers.get(officers_key(signal.clock), ())) for signal in signals]
        if as_of is None and self.actor.may(Permission.REVIEW_ALERTS):
            alerts = self._record_due_actions(alerts, now)
        return sorted(alerts, key=sort_key)

    def _record_due_actions(self, alerts: list[Alert], now: datetime) -> list[Alert]:
        """Write what the register itself does at a refresh: reopen an alert closed while its breach goes on,
        and escalate one whose review deadline passed. Each is re-judged under the chain's lock, so two
        prosecutors refreshing at once record it once."""
        due = [a for a in alerts if a.needs_reopening(now) or (a.deadline_passed(now) and not a.escalation_recorded())]
        if not due:
            return alerts
        by = self.actor.username

        def append(session: Session) -> dict[str, tuple[AlertAction, ...]]:
            writer = store.ChainWriter(session)
            written = {}
            for alert in due:
                current = replace(alert, history=tuple(_to_action(v) for v in store.alert_actions(session, alert.key)))
                current = replace(current, state=state_of(current.history))
                if current.needs_reopening(now):
                    _append(session, writer, alert.key, current.clock, REOPEN, now, by)
                    current = replace(current, history=_read(session, alert.key), state=OPEN)
                if current.deadline_passed(now) and not current.escalation_recorded():
                    _append(session, writer, alert.key, current.clock, ESCALATE, now, by,
                            referred_to=current.supervisor)
                written[alert.key] = _read(session, alert.key)
            writer.flush()
            return written

        histories = in_write_transaction(self.register.engine, append)
        return [replace(a, history=histories[a.key], state=state_of(histories[a.key])) if a.key in histories else a
                for a in alerts]

    def _allegation_items(self, as_of: datetime | None) -> list[tuple[AlertedCustody, tuple[RuleClock, ...]]]:
        """The custodies the user may see that hold an allegation (an examination finding injuries, a complaint
        alleging ill-treatment: register/allegations.py), with its items, one alert each. The candidates come from
        the stored judgements (`queries.allegation_candidates`), each read as a timeline, so an inbox that refreshes
        every minute keeps what it found and reads again only the custodies written since."""
        if as_of is not None:
            return [(AlertedCustody.of_timeline(t, self.profile), tuple(allegation_clocks(t.as_of(as_of))))
                    for t in self._allegation_timelines(None, as_of)]
        kept = self._allegations
        kept = kept if kept is not None and kept.facilities == self.actor.facilities else None
        with self._session() as session:
            last, written = queries.written_since(session, kept.seq if kept else None)
            if kept is not None:
                changed = sorted(written)
                items = {cid: item for cid, item in kept.items.items() if cid not in written}
            else:
                changed, items = queries.allegation_candidates(session, judged_with(self.profile), self._now()), {}
            for timeline in store.timelines(session, changed) if changed else ():  # 500 custodies held at a time
                clocks = tuple(allegation_clocks(timeline)) if self._visible(timeline) else ()
                if clocks:
                    items[timeline.custody.id] = (AlertedCustody.of_timeline(timeline, self.profile), clocks)
        self._allegations = _Allegations(last, self.actor.facilities, items)
        return list(items.values())

    def _allegation_timelines(self, custody_id: str | None, as_of: datetime | None = None) -> list[CustodyTimeline]:
        """The timelines (all candidates as of an instant, or one custody's) that may hold an allegation, of
        custodies the user may see; whole, for judging (what the alert shows of them is the person, places and
        recorders)."""
        with self._session() as session:
            ids = (queries.allegation_candidates(session, judged_with(self.profile), as_of or self._now())
                   if custody_id is None else [custody_id])
            return [t for t in store.timelines(session, ids) if self._visible(t)]

    def _officers_of(self, clocks: list[RuleClock]) -> dict[OfficersKey, tuple[str, ...]]:
        """The officers who recorded the events each clock judged (officers_concerned), read only as who recorded
        what when (no timeline), 500 custodies at a time, and only for custodies the last refresh did not answer
        or that were written since: at national size reading every alerted custody's recorders was most of a
        refresh that changed nothing."""
        kept = self._officers if self._officers and self._officers.facilities == self.actor.facilities else None
        wanted = {officers_key(clock) for clock in clocks if clock.custody}
        with self._session() as session:
            last, written = queries.written_since(session, kept.seq if kept else None)
            found = {key: kept.of_clock[key] for key in wanted
                     if kept and key in kept.of_clock and key[0] not in written}
            unread: dict[str, list[RuleClock]] = {}
            for clock in clocks:
                if clock.custody and officers_key(clock) not in found:
                    unread.setdefault(clock.custody, []).append(clock)
            custody_ids = sorted(unread)
            for start in range(0, len(custody_ids), _CUSTODIES_READ):
                chunk = custody_ids[start:start + _CUSTODIES_READ]
                recorded = queries.recorded_by(session, chunk)
                for custody_id in chunk:
                    for clock in unread[custody_id]:
                        found[officers_key(clock)] = officers_concerned(recorded.get(custody_id, ()), clock)
        self._officers = _Officers(last, self.actor.facilities, found)
        return found

    def _desk_signals(self) -> list[DeskSignal]:
        """The whereabouts desk's reported apprehensions and refusals, for those who may see the desk."""
        return self._desk.alert_signals() if self.actor.may(Permission.INQUIRE) else []

    def _desk_alert(self, signal: DeskSignal, history: tuple[AlertAction, ...], acknowledge_within: timedelta,
                    officers: tuple[str, ...]) -> Alert:
        facility = self._facility_names().get(signal.facility_id) if signal.facility_id else None
        return Alert(key=signal_key(signal), clock=signal.clock, person_name=signal.person_name,
                     facility_id=signal.facility_id, facility_name=facility, state=state_of(history),
                     history=history, opened_at=opened_at(signal.clock), is_minor=False, is_foreign_national=False,
                     timezone=signal.timezone, acknowledge_within=acknowledge_within, officers=officers)

    def _facility_names(self) -> dict[str, str]:
        return {f.id: f.name for f in self._facilities().values()}

    def _facilities(self) -> dict[str, Facility]:
        with self._session() as session:
            return {f.id: f for f in store.facilities(session)}

    def _histories(self) -> dict[str, tuple[AlertAction, ...]]:
        """Every alert's history, for those who review alerts; to others every alert shows as open. Histories
        are only ever added to, so a user of every facility reads at a refresh only the actions chained after the
        last one kept. A user of some facilities reads them all: a custody transferred to one of theirs shows them
        its alerts' earlier actions (their login reads the actions of the custodies it sees)."""
        if not self.actor.may(Permission.REVIEW_ALERTS):
            return {}
        keeps = self.actor.facilities is None
        seq, kept = self._kept_histories if keeps else (0, {})
        with self._session() as session:
            added = store.alert_actions(session, after_seq=seq)
        if not added:
            return kept
        grouped = dict(kept)  # a new dict: a list built from the kept one in another thread stays as it was
        for values in added:
            grouped[values["alert_key"]] = grouped.get(values["alert_key"], ()) + (_to_action(values),)
        if keeps:
            self._kept_histories = (added[-1]["seq"], grouped)
        return grouped

    def _alert(self, clock: RuleClock, custody: AlertedCustody, histories: dict[str, tuple[AlertAction, ...]],
               facilities: dict[str, Facility], acknowledge_within: timedelta, now: datetime,
               officers: tuple[str, ...]) -> Alert:
        key = alert_key(clock)
        history = histories.get(key, ())
        start = opened_at(clock)
        held = custody.released_at is None or custody.released_at > now
        outlives = any(r.outlives_custody for r in self.profile.rules if r.id == clock.rule)
        facility_id = custody.facility_at(start)
        facility = facilities.get(facility_id) if facility_id else None
        return Alert(key=key, clock=clock, person_name=custody.person_name,
                     facility_id=facility_id, facility_name=facility.name if facility else None,
                     state=state_of(history), history=history, opened_at=start, is_minor=custody.is_minor,
                     is_foreign_national=custody.is_foreign_national,
                     timezone=facility.timezone if facility else custody.timezone,
                     acknowledge_within=acknowledge_within, held=held,
                     ongoing=clock.status == ClockStatus.BREACHED and clock.met_at is None and (held or outlives),
                     review_within=review_within(self.profile, clock.rule), officers=officers)

    # ------------------------------------------------------------ actions

    def acknowledge(self, key: str, comment: str | None = None) -> AlertAction:
        """The prosecutor has seen the alert and takes it in hand."""
        return self._act(key, ACKNOWLEDGE, _optional(comment))

    def refer(self, key: str, to: str, reference: str, comment: str | None = None) -> AlertAction:
        """Sent on to another body (an investigating authority, a superior prosecutor) under a reference."""
        if not (to or "").strip():
            raise AlertError("refer-to-whom", "to")
        if not (reference or "").strip():
            raise AlertError("refer-reference", "reference")
        return self._act(key, REFER, _optional(comment), to.strip(), reference.strip())

    def close(self, key: str, comment: str) -> AlertAction:
        """Closed for good; the comment records why, so it is required."""
        if not (comment or "").strip():
            raise CommentRequired("close-without-comment", "comment")
        return self._act(key, CLOSE, comment.strip())

    def assign(self, key: str, prosecutor: str, supervisor: str | None = None,
               comment: str | None = None) -> AlertAction:
        """Puts a named prosecutor in charge of the alert, and names the supervising prosecutor its review
        deadline escalates to; both must be enabled prosecutors' accounts, and not the same one."""
        self.actor.require(Permission.REVIEW_ALERTS)
        known = {username for username, _ in self.prosecutors()}
        prosecutor = (prosecutor or "").strip()
        supervisor = _optional(supervisor)
        if prosecutor not in known:
            raise AlertError("assign-not-a-prosecutor", "prosecutor", username=prosecutor)
        if supervisor is not None and supervisor not in known:
            raise AlertError("assign-not-a-prosecutor", "supervisor", username=supervisor)
        if supervisor == prosecutor:
            raise AlertError("assign-supervisor-is-assignee", "supervisor", username=prosecutor)
        return self._act(key, ASSIGN, _optional(comment), prosecutor, supervisor)

    def note(self, key: str, text: str) -> AlertAction:
        """A note on the alert; it changes nothing else, and may be added to a closed alert too."""
        if not (text or "").strip():
            raise AlertError("note-empty", "note")
        return self._act(key, NOTE, text.strip())

    def _act(self, key: str, action: str, comment: str | None, referred_to: str | None = None,
             reference: str | None = None) -> AlertAction:
        self.actor.require(Permission.REVIEW_ALERTS)
        clock = self._problem_clock(key)
        at = self._now()
        by = self.actor.username

        def append(session: Session) -> AlertAction:
            writer = store.ChainWriter(session)  # holds the chain's lock: two closes cannot both pass
            state = state_of(_read(session, key))
            if state == CLOSED and action != NOTE:
                raise AlertClosed("alert-closed", key=key)
            target = STATE_AFTER.get(action)
            if target is not None and STATE_RANK[target] <= STATE_RANK[state]:
                raise NotForward(f"alert-already-{state}", "state", key=key)
            _append(session, writer, key, clock, action, at, by, comment, referred_to, reference)
            writer.flush()
            return _read(session, key)[-1]

        return in_write_transaction(self.register.engine, append)

    def _problem_clock(self, key: str) -> RuleClock:
        """The problem clock the key names, as the register stands now; refuses keys that name none."""
        try:
            custody_id, rule, trigger = key.split("|")
            trigger_at = parse_instant(trigger)
        except (ValueError, InstantError):
            raise UnknownAlert("not-an-alert-key", key=key) from None
        for signal in self._desk_signals():
            if signal_key(signal) == key:
                return signal.clock
        if rule in ALLEGATION_RULES:
            for timeline in self._allegation_timelines(custody_id):
                for clock in allegation_clocks(timeline):
                    if clock.rule == rule and clock.trigger_at == trigger_at:
                        return clock
            raise UnknownAlert("no-such-alert", key=key)
        for clock in self._reports.clocks(custody_id):
            if clock.rule == rule and clock.trigger_at == trigger_at and clock.is_problem:
                return clock
        raise UnknownAlert("no-such-alert", key=key)


def state_of(history: Iterable[AlertAction]) -> str:
    """The state after the last action that moves it; an alert nobody has acted on is open."""
    state = OPEN
    for action in history:
        state = STATE_AFTER.get(action.action, state)
    return state


def _read(session: Session, key: str) -> tuple[AlertAction, ...]:
    return tuple(_to_action(values) for values in store.alert_actions(session, key))


def _append(session: Session, writer: store.ChainWriter, key: str, clock: RuleClock, action: str, at: datetime,
            by: str, comment: str | None = None, referred_to: str | None = None, reference: str | None = None) -> None:
    store.append_side_record(session, "alert_action", {
        "alert_key": key, "custody_id": clock.custody or None, "rule": clock.rule, "action": action, "at": at,
        "by": by, "comment": comment, "referred_to": referred_to, "reference": reference}, writer)


def officers_concerned(recorded: Iterable[tuple[datetime, str, str | None]], clock: RuleClock) -> tuple[str, ...]:
    """Who recorded the events the clock judged: those at its start and at its meeting (the apprehension and
    the late record of arrest, the examination finding injuries), in the order recorded, each once. An
    insider's late or falsified entry is theirs to answer for. `recorded`: each event's (at, type, recorded_by)
    in the order recorded (queries.recorded_by)."""
    instants = {clock.trigger_at, clock.met_at} - {None}
    names = [by for at, type_, by in recorded if at in instants and type_ != "correction" and by]
    return tuple(dict.fromkeys(names))


def _optional(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def _to_action(values: dict) -> AlertAction:
    return AlertAction(values["id"], values["action"], values["at"], values["by"], values["comment"],
                       values["referred_to"], values["reference"], values["seq"])
