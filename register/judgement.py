"""A custody's clocks as judged when it was written, and its clocks at any later instant from them alone.

The rules judge a custody from its events; between two writes nothing but time passes, and time changes a
clock in only three ways: a running clock passes its due instant and is breached, a breached clock still
counting grows overdue, and a recurring series none of whose occurrences can now be met adds an occurrence
each time one falls due. So a write stores the clocks judged at its instant (`judge`) with how each
recurring series goes on (engine.Series), and `clocks_at` gives, for any instant from then on, exactly what
`evaluate` gives: the alert inbox and `breaches` read these instead of re-judging every custody. The stored
judgement names the profile that made it (`projection.judged_with`); another profile's judgement says
nothing. `tests/rules/test_stored_clocks.py` holds the proof of equality; `verify` re-judges the register and
reports any stored judgement that differs (register/rejudge.py). Pure: no database here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from register.allegations import allegation_clocks
from register.domain import BREACH_STATUSES, ClockStatus, RuleClock
from register.errors import Message
from register.rules import Profile
from register.rules.engine import evaluate_with_series, series_clocks
from register.rules.profile import Rule
from register.timeline import CustodyTimeline
from register.timeutil import elapsed_minutes

PENDING = "pending"  # a recurring series whose next occurrence has not started at the judgement


@dataclass(frozen=True)
class StoredClock:
    """One stored clock, or (`status` PENDING) a series whose next occurrence starts later. `every` is set
    where a recurring series goes on from this occurrence; `ended_at` is when counting stops (the release,
    or the series' end), None while nothing ends it."""
    position: int
    rule: str
    rule_index: int  # the rule version's place in the profile (Profile.rules)
    status: str
    severity: str
    trigger_at: datetime
    due_at: datetime
    met_at: datetime | None
    warn_at: datetime | None
    overdue_minutes: int
    basis: str
    details: str | None  # the Message's code and parameters as JSON
    ended_at: datetime | None
    every: timedelta | None


@dataclass(frozen=True)
class Stay:
    facility: str
    arrived_at: datetime
    departed_at: datetime | None


@dataclass(frozen=True)
class Judgement:
    """What a write stores beside a custody: its clocks judged at `judged_at` with the profile `judged_with`,
    and the facts readers need without its timeline (where the person was when, who entered a custody with
    no arrival yet, which zone its times are told in)."""
    custody_id: str
    person_id: str
    judged_with: str
    judged_at: datetime
    clocks: tuple[StoredClock, ...]
    stays: tuple[Stay, ...]
    entered_by: tuple[str, ...]
    timezone: str
    alleged: bool = False  # an allegation of ill-treatment among its records (register/allegations.py)

    @property
    def problem_from(self) -> datetime | None:
        """The first instant at which a clock of this judgement is a problem (None: at no instant)."""
        fixed = [self.judged_at for c in self.clocks if c.status in PROBLEM_TEXTS]
        moving = [c.due_at for c in self.clocks if c.status in (ClockStatus.RUNNING, PENDING) and c.met_at is None]
        candidates = fixed + [max(due, self.judged_at) for due in moving]
        return min(candidates) if candidates else None


PROBLEM_TEXTS = frozenset({*(s.value for s in BREACH_STATUSES), ClockStatus.FLAGGED.value})


def judge(timeline: CustodyTimeline, profile: Profile, judged_at: datetime, judged_with: str) -> Judgement:
    """The custody's clocks judged at `judged_at` (from its latest event on), to be stored with it."""
    return judge_with_clocks(timeline, profile, judged_at, judged_with)[0]


def judge_with_clocks(timeline: CustodyTimeline, profile: Profile, judged_at: datetime,
                      judged_with: str) -> tuple[Judgement, list[RuleClock]]:
    """`judge`, with the clocks as `evaluate` gives them at `judged_at` (the projection's row reads them)."""
    clocks, rules, ended, series = evaluate_with_series(timeline, profile, judged_at)
    indices = {id(rule): index for index, rule in enumerate(profile.rules)}
    continuing = {s.position: s for s in series if s.running}
    stored: list[StoredClock] = []
    pending = sorted((s for s in series if not s.running), key=lambda s: s.position)
    for position, clock in enumerate(clocks):
        while pending and pending[0].position == position:
            stored.append(_pending(len(stored), pending.pop(0), indices))
        follows = continuing.get(position)
        rule = rules[position]
        stored.append(StoredClock(
            len(stored), clock.rule, indices[id(rule)], clock.status.value, clock.severity, clock.trigger_at,
            clock.due_at, clock.met_at, clock.warn_at, clock.overdue_minutes, clock.basis, _details_json(clock.details),
            ended[position],
            follows.every if follows else None))
    for waiting in pending:
        stored.append(_pending(len(stored), waiting, indices))
    stays = _stays(timeline)
    entered = tuple(sorted({e.recorded_by for e in timeline.events if e.recorded_by})) if not stays else ()
    return Judgement(timeline.custody.id, timeline.custody.person, judged_with, judged_at, tuple(stored), stays,
                     entered, timeline.timezone, bool(allegation_clocks(timeline))), clocks


def _pending(position: int, series, indices: dict[int, int]) -> StoredClock:
    rule = series.rule
    warn_at = series.trigger_at + (series.due_at - series.trigger_at) * rule.warning
    return StoredClock(position, rule.id, indices[id(rule)], PENDING, rule.severity, series.trigger_at,
                       series.due_at, None, warn_at, 0, rule.basis, None, series.ended_at, series.every)


def clocks_at(judgement: Judgement, profile: Profile, as_of: datetime) -> list[RuleClock]:
    """The custody's clocks as of an instant at or after `judged_at`: what `evaluate` gives, from the
    stored judgement alone. The caller checks that the judgement is current (its profile, its last write)."""
    if as_of < judgement.judged_at:
        raise ValueError("a stored judgement says nothing about instants before it was made")
    result: list[RuleClock] = []
    for stored in judgement.clocks:
        add_clocks_at(result, judgement.custody_id, judgement.person_id, profile.rules[stored.rule_index], stored,
                      as_of)
    return result


def settled_clock(custody_id: str, person_id: str, rule: Rule, status: str, trigger_at: datetime, due_at: datetime,
                  met_at: datetime | None, warn_at: datetime | None, overdue: int, details: str | None) -> RuleClock:
    """A settled stored clock (neither a recurring series nor a duration nothing has met: those move with time,
    `add_clocks_at`), as it reads at any later instant; the whole register's `breaches` builds most of its clocks
    here, without a StoredClock in between. Name, severity and basis are the rule version's, as `evaluate` gives."""
    return RuleClock(custody_id, person_id, rule.id, _STATUS[status], rule.severity, trigger_at, due_at, met_at,
                     overdue, rule.basis, warn_at, details and _details(details), None, rule.info)


def add_clocks_at(result: list[RuleClock], custody_id: str, person_id: str, rule: Rule, stored: StoredClock,
                  as_of: datetime) -> None:
    """Append what one stored clock (a recurring series: its occurrences) says as of `as_of`."""
    if stored.every is not None:
        result += series_clocks(
            lambda trigger, due: _verdict(custody_id, person_id, rule, stored, trigger, due, as_of),
            stored.trigger_at, stored.due_at, stored.every, stored.ended_at, as_of)
    elif stored.status in UNMET and rule.is_duration:
        result.append(_verdict(custody_id, person_id, rule, stored, stored.trigger_at, stored.due_at, as_of))
    else:
        result.append(settled_clock(custody_id, person_id, rule, stored.status, stored.trigger_at, stored.due_at,
                                    stored.met_at, stored.warn_at, stored.overdue_minutes, stored.details))


_STATUS = {status.value: status for status in ClockStatus}
UNMET = frozenset({ClockStatus.RUNNING.value, ClockStatus.BREACHED.value})  # stored texts of clocks not met


def _verdict(custody_id: str, person_id: str, rule: Rule, stored: StoredClock, trigger_at: datetime,
             due_at: datetime, as_of: datetime) -> RuleClock:
    """An occurrence nothing has met, as of an instant (engine._Judge.verdict with no `met_at`)."""
    ended_at = stored.ended_at
    if ended_at is not None and ended_at <= due_at:
        return _clock(custody_id, person_id, rule, stored, ClockStatus.LAPSED, trigger_at, due_at, 0)
    if as_of <= due_at:
        return _clock(custody_id, person_id, rule, stored, ClockStatus.RUNNING, trigger_at, due_at, 0)
    end = min(as_of, ended_at or as_of)
    return _clock(custody_id, person_id, rule, stored, ClockStatus.BREACHED, trigger_at, due_at,
                  elapsed_minutes(due_at, end), ended_at if ended_at is not None and ended_at <= as_of else None)


def _clock(custody_id: str, person_id: str, rule: Rule, stored: StoredClock, status: ClockStatus,
           trigger_at: datetime, due_at: datetime, overdue: int, stopped_at: datetime | None = None) -> RuleClock:
    same = trigger_at == stored.trigger_at and due_at == stored.due_at
    warn_at = stored.warn_at if same else (trigger_at + (due_at - trigger_at) * rule.warning)
    details = _details(stored.details) if same and stored.status != PENDING else None
    return RuleClock(custody=custody_id, person=person_id, rule=stored.rule, status=status,
                     severity=stored.severity, trigger_at=trigger_at, due_at=due_at, met_at=None,
                     overdue_minutes=overdue, basis=stored.basis, warn_at=warn_at, details=details, info=rule.info,
                     stopped_at=stopped_at)


def _details_json(details: str | None) -> str | None:
    if details is None:
        return None
    if isinstance(details, Message):
        return json.dumps({"code": details.code, "params": details.params}, ensure_ascii=False, default=list)
    return json.dumps({"text": str(details)}, ensure_ascii=False)


def _details(text: str | None) -> str | None:
    if text is None:
        return None
    value = json.loads(text)
    if "text" in value:
        return value["text"]
    return Message(value["code"], **{k: _tupled(v) for k, v in value["params"].items()})


def _tupled(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@dataclass(frozen=True)
class AlertedCustody:
    """What the alert inbox says of a custody beside its clocks, read from the projection and the stored
    judgement (or, where the custody is judged afresh, from its timeline)."""
    custody_id: str
    person_name: str
    is_minor: bool
    is_foreign_national: bool
    released_at: datetime | None
    stays: tuple[Stay, ...]
    timezone: str

    def facility_at(self, instant: datetime) -> str | None:
        """Where the person was at `instant`, else the first facility reached, else None."""
        current = None
        for stay in self.stays:
            if stay.arrived_at <= instant and (stay.departed_at is None or stay.departed_at > instant):
                current = stay.facility
        if current is None and self.stays:
            return self.stays[0].facility
        return current

    @classmethod
    def of_timeline(cls, timeline: CustodyTimeline, profile: Profile) -> AlertedCustody:
        release = timeline.release
        return cls(timeline.custody.id, timeline.effective_person.full_name, timeline.is_minor(profile.law),
                   timeline.is_foreign_national(profile.law), release.at if release else None,
                   _stays(timeline), timeline.timezone)


def _stays(timeline: CustodyTimeline) -> tuple[Stay, ...]:
    return tuple(Stay(s.facility, s.arrived_at, s.departure.at if s.departure else None) for s in timeline.stays)
