"""Alerts: the prosecutor's work list of safeguard clocks that went wrong.

An alert exists while evaluation yields a problem clock (breached, late or a
flagged indicator); it is identified by `custody|rule|trigger_at` so the same
occurrence is one alert however often the register is evaluated. Its state is
not stored: it is read from its append-only history of actions (none: open),
and every action enters the tamper-evident chain like any other record.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

from sqlalchemy.orm import Session

from register import store
from register.access import Permission
from register.domain import Jurisdiction, RuleClock
from register.errors import BadInput
from register.services.base import ActingUser, Service
from register.services.reports import ReportsService
from register.services.whereabouts import DeskSignal, WhereaboutsService
from register.timeline import CustodyTimeline
from register.timeutil import InstantError, format_utc, parse_instant
from register.writing import in_write_transaction

OPEN, ACKNOWLEDGED, REFERRED, CLOSED = "open", "acknowledged", "referred", "closed"
ACKNOWLEDGE, REFER, CLOSE = "acknowledge", "refer", "close"
STATE_AFTER = {ACKNOWLEDGE: ACKNOWLEDGED, REFER: REFERRED, CLOSE: CLOSED}
# An open alert nobody has acknowledged within this time stays highlighted in the inbox.
DEFAULT_ACKNOWLEDGE_WITHIN = timedelta(minutes=30)
SEVERITY_ORDER = {"breach": 0, "indicator": 1}


class AlertError(BadInput):
    """An alert action that cannot be taken."""


class CommentRequired(AlertError):
    pass


class UnknownAlert(AlertError):
    pass


class AlertClosed(AlertError):
    pass


@dataclass(frozen=True)
class AlertAction:
    """One entry of an alert's history, as recorded."""
    id: int
    action: str  # acknowledge | refer | close
    at: datetime
    by: str
    comment: str | None
    referred_to: str | None
    reference: str | None
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

    @property
    def custody_id(self) -> str:
        return self.clock.custody

    @property
    def rule(self) -> str:
        return self.clock.rule

    def overdue_unacknowledged(self, now: datetime) -> bool:
        """Still open (nobody has acted on it) longer than the set time."""
        return self.state == OPEN and now - self.opened_at > self.acknowledge_within


@dataclass(frozen=True)
class AlertFilter:
    """What the inbox narrows the list to; `opened_before` keeps alerts older than an age."""
    facility_id: str | None = None
    rule: str | None = None
    minors_only: bool = False
    foreign_only: bool = False
    include_closed: bool = False
    opened_before: datetime | None = None

    def matches(self, alert: Alert) -> bool:
        return ((self.include_closed or alert.state != CLOSED)
                and (self.facility_id is None or alert.facility_id == self.facility_id)
                and (self.rule is None or alert.rule == self.rule)
                and (not self.minors_only or alert.is_minor)
                and (not self.foreign_only or alert.is_foreign_national)
                and (self.opened_before is None or alert.opened_at < self.opened_before))


def alert_key(clock: RuleClock) -> str:
    return f"{clock.custody}|{clock.rule}|{format_utc(clock.trigger_at)}"


def opened_at(clock: RuleClock) -> datetime:
    """When the clock became a problem: its due instant (equal to the trigger for fire-at-once rules and
    indicators, contract section 1)."""
    return clock.due_at


def sort_key(alert: Alert) -> tuple:
    """Breaches before indicators, then the newest first."""
    return SEVERITY_ORDER.get(alert.clock.severity, len(SEVERITY_ORDER)), -alert.opened_at.timestamp(), alert.key


class AlertService(Service):
    """Lists alerts and records what the prosecutor did about them, as the acting user; alerts are the
    problem clocks the reports service judges. What was done about an alert (who, comments, referrals)
    is shown only to those who review alerts, for custodies they may see."""

    def __init__(self, acting: ActingUser):
        super().__init__(acting)
        self._reports = ReportsService(acting)
        self._desk = WhereaboutsService(acting)

    # ------------------------------------------------------------ reads

    def alerts(self, as_of: datetime | None = None, facility_id: str | None = None, rule: str | None = None,
               minors_only: bool = False, foreign_only: bool = False, include_closed: bool = False,
               opened_before: datetime | None = None,
               acknowledge_within: timedelta = DEFAULT_ACKNOWLEDGE_WITHIN) -> list[Alert]:
        """Alerts of every problem clock the user may see, breaches first, newest first; an open alert
        nobody acted on within `acknowledge_within` is overdue."""
        wanted = AlertFilter(facility_id, rule, minors_only, foreign_only, include_closed, opened_before)
        listed = [a for a in self._all_alerts(as_of, acknowledge_within) if wanted.matches(a)]
        self._log_access("open", "alert inbox")
        return listed

    def history(self, key: str) -> tuple[AlertAction, ...]:
        """What was done about one alert: only for those who review alerts, of a custody they may see."""
        self.actor.require(Permission.REVIEW_ALERTS)
        self._timeline(key.split("|", 1)[0])  # refuses a custody the user may not see
        with self._session() as session:
            return tuple(_to_action(values) for values in store.alert_actions(session, key))

    def _all_alerts(self, as_of: datetime | None, acknowledge_within: timedelta) -> list[Alert]:
        histories = self._histories()
        law = self.profile.law
        alerts = [self._alert(clock, timeline, histories.get(alert_key(clock), ()), law, acknowledge_within)
                  for timeline, problems in self._reports.problem_clocks(as_of) for clock in problems]
        alerts += [self._desk_alert(signal, histories.get(alert_key(signal.clock), ()), acknowledge_within)
                   for signal in self._desk_signals()]
        return sorted(alerts, key=sort_key)

    def _desk_signals(self) -> list[DeskSignal]:
        """The whereabouts desk's reported apprehensions and refusals, for those who may see the desk."""
        return self._desk.alert_signals() if self.actor.may(Permission.INQUIRE) else []

    def _desk_alert(self, signal: DeskSignal, history: tuple[AlertAction, ...],
                    acknowledge_within: timedelta) -> Alert:
        facility = self._facility_names().get(signal.facility_id) if signal.facility_id else None
        return Alert(key=alert_key(signal.clock), clock=signal.clock, person_name=signal.person_name,
                     facility_id=signal.facility_id, facility_name=facility, state=state_of(history),
                     history=history, opened_at=opened_at(signal.clock), is_minor=False, is_foreign_national=False,
                     timezone=signal.timezone, acknowledge_within=acknowledge_within)

    def _facility_names(self) -> dict[str, str]:
        with self._session() as session:
            return {f.id: f.name for f in store.facilities(session)}

    def _histories(self) -> dict[str, tuple[AlertAction, ...]]:
        """Every alert's history, for those who review alerts; to others every alert shows as open."""
        grouped: dict[str, list[AlertAction]] = {}
        if not self.actor.may(Permission.REVIEW_ALERTS):
            return {}
        with self._session() as session:
            for values in store.alert_actions(session):
                grouped.setdefault(values["alert_key"], []).append(_to_action(values))
        return {key: tuple(actions) for key, actions in grouped.items()}

    def _alert(self, clock: RuleClock, timeline: CustodyTimeline, history: tuple[AlertAction, ...],
               law: Jurisdiction, acknowledge_within: timedelta) -> Alert:
        start = opened_at(clock)
        facility_id = _facility_at(timeline, start)
        facility = timeline.facilities.get(facility_id) if facility_id else None
        return Alert(key=alert_key(clock), clock=clock, person_name=timeline.effective_person.full_name,
                     facility_id=facility_id, facility_name=facility.name if facility else None,
                     state=state_of(history), history=history, opened_at=start, is_minor=timeline.is_minor(law),
                     is_foreign_national=timeline.is_foreign_national(law),
                     timezone=facility.timezone if facility else timeline.timezone,
                     acknowledge_within=acknowledge_within)

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

    def _act(self, key: str, action: str, comment: str | None, referred_to: str | None = None,
             reference: str | None = None) -> AlertAction:
        self.actor.require(Permission.REVIEW_ALERTS)
        clock = self._problem_clock(key)
        at = self._now()
        by = self.actor.username

        def append(session: Session) -> AlertAction:
            writer = store.ChainWriter(session)  # holds the chain's lock: two closes cannot both pass
            if any(values["action"] == CLOSE for values in store.alert_actions(session, key)):
                raise AlertClosed("alert-closed", key=key)
            store.append_side_record(session, "alert_action", {
                "alert_key": key, "custody_id": clock.custody, "rule": clock.rule, "action": action, "at": at,
                "by": by, "comment": comment, "referred_to": referred_to, "reference": reference}, writer)
            writer.flush()
            return _to_action(store.alert_actions(session, key)[-1])

        return in_write_transaction(self.register.engine, append)

    def _problem_clock(self, key: str) -> RuleClock:
        """The problem clock the key names, as the register stands now; refuses keys that name none."""
        try:
            custody_id, rule, trigger = key.split("|")
            trigger_at = parse_instant(trigger)
        except (ValueError, InstantError):
            raise UnknownAlert("not-an-alert-key", key=key) from None
        for signal in self._desk_signals():
            if alert_key(signal.clock) == key:
                if not signal.clock.custody:
                    raise AlertError("report-alert-unregistered")
                return signal.clock
        for clock in self._reports.clocks(custody_id):
            if clock.rule == rule and clock.trigger_at == trigger_at and clock.is_problem:
                return clock
        raise UnknownAlert("no-such-alert", key=key)


def state_of(history: Iterable[AlertAction]) -> str:
    """The state after the last action; an alert nobody has acted on is open."""
    state = OPEN
    for action in history:
        state = STATE_AFTER[action.action]
    return state


def _facility_at(timeline: CustodyTimeline, instant: datetime) -> str | None:
    """The facility the person was in at `instant`, else the first one they reached (a delivery breach
    happens before any arrival), else None."""
    current = None
    for stay in timeline.stays:
        if stay.arrived_at <= instant and (stay.departure is None or stay.departure.at > instant):
            current = stay.facility
    if current is None and timeline.stays:
        return timeline.stays[0].facility
    return current


def _optional(text: str | None) -> str | None:
    return text.strip() if text and text.strip() else None


def _to_action(values: dict) -> AlertAction:
    return AlertAction(values["id"], values["action"], values["at"], values["by"], values["comment"],
                       values["referred_to"], values["reference"], values["seq"])
