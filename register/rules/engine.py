"""The rule engine: which safeguard clocks of one custody are running, met or broken at an instant.

Pure functions over a `CustodyTimeline` and a `Profile` (contract section 4):
no database, no Qt, no wall clock, so the same answer comes out of the CLI,
the board and the tests. Everything jurisdiction-specific is in the profile;
this module implements only the primitives the profile composes.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Iterable, Iterator

from register.domain import ClockStatus, Event, RuleClock
from register.errors import Message
from register.property import returns_with_differences
from register.rules.profile import EventTest, Profile, Recurring, Rule, Satisfier, Trigger
from register.timeline import CustodyTimeline
from register.timeutil import elapsed_minutes, ensure_utc


def evaluate(timeline: CustodyTimeline, profile: Profile, as_of: datetime) -> list[RuleClock]:
    """Every clock of one custody as of an instant, in profile order, occurrences in time order."""
    as_of = ensure_utc(as_of)
    view = timeline.as_of(as_of)
    apprehension = view.apprehension
    if apprehension is None:
        return []
    judge = _Judge(view, profile, as_of)
    return [clock for rule in profile.rules_in_force(apprehension.at) if judge.applies(rule)
            for clock in judge.clocks(rule)]


@dataclass(frozen=True)
class Series:
    """Where a recurring clock's series goes on after the instant it was judged at: the occurrence
    triggered at `trigger_at` and due at `due_at`, then one every `every` until `ended_at`, none of them met
    (no event after the judgement can meet them). `position` is the index, among the clocks judged, that
    the series' first occurrence takes; `running` says that occurrence was among them, running."""
    position: int
    rule: Rule
    trigger_at: datetime
    due_at: datetime
    every: timedelta
    ended_at: datetime | None
    running: bool


def evaluate_with_series(timeline: CustodyTimeline, profile: Profile,
                         as_of: datetime) -> tuple[list[RuleClock], list[Rule], list[datetime | None], list[Series]]:
    """`evaluate`, the rule version that judged each clock, when each stops counting (the release or the
    series' end; None: nothing ends it), and how each recurring series goes on after
    `as_of` (register/judgement.py stores them: with no new event, the clocks at any later instant follow
    from them alone)."""
    as_of = ensure_utc(as_of)
    view = timeline.as_of(as_of)
    apprehension = view.apprehension
    if apprehension is None:
        return [], [], [], []
    judge = _Judge(view, profile, as_of, series=[])
    clocks, rules = [], []
    for rule in profile.rules_in_force(apprehension.at):
        if judge.applies(rule):
            for clock in judge.clocks(rule):
                clocks.append(clock)
                rules.append(rule)
    return clocks, rules, judge.ended, judge.series


def series_clocks(judge_verdict, trigger_at: datetime, due_at: datetime, every: timedelta,
                  ended_at: datetime | None, as_of: datetime) -> Iterator[RuleClock]:
    """The occurrences of a series none of whose occurrences is met any more, as of an instant: the loop of
    `_Judge.recurring_clocks` with no satisfying event left. `judge_verdict(trigger, due)` gives one verdict."""
    while trigger_at <= as_of and (ended_at is None or trigger_at < ended_at):
        yield judge_verdict(trigger_at, due_at)
        if as_of <= due_at or (ended_at is not None and ended_at <= due_at):
            return
        trigger_at, due_at = due_at, due_at + every


def evaluate_many(timelines: Iterable[CustodyTimeline], profile: Profile, as_of: datetime) -> list[RuleClock]:
    """The whole register: each custody is judged on its own events only."""
    return [clock for timeline in timelines for clock in evaluate(timeline, profile, as_of)]


def _matches(event: Event, test: EventTest) -> bool:
    if event.type not in test.types:
        return False
    fields = event.fields
    for name, values in test.where.items():
        if fields.get(name) not in values:
            return False
    if test.unless and all(fields.get(name) in values for name, values in test.unless.items()):
        return False
    for name in test.missing:
        if fields.get(name) not in (None, "", [], ()):
            return False
    return True


class _Judge:
    """One custody as of one instant; holds what every rule needs to know about it."""

    def __init__(self, view: CustodyTimeline, profile: Profile, as_of: datetime, series: list | None = None):
        self.view = view
        self.series = series  # collects how recurring series go on (evaluate_with_series), else None
        self.emitted = 0
        self.ended: list[datetime | None] = []  # when each clock judged stops counting (collected with series)
        self.ended_of_next: datetime | None = None
        self.profile = profile
        self.as_of = as_of
        self.person = view.effective_person
        self.release_at = view.ended_at()
        self._minor: bool | None = None
        self._by_type: dict[str, list[Event]] = {}
        for event in view.effective:
            self._by_type.setdefault(event.type, []).append(event)
        self._position = {event.id: position for position, event in enumerate(view.effective)}

    def of_types(self, types: tuple[str, ...]) -> list[Event]:
        """The effective events of the given types, in timeline order (not to be modified).

        Each rule reads only the few types it names instead of walking every event:
        the walk was most of the engine's time on a register of long custodies.
        """
        groups = [self._by_type[t] for t in types if t in self._by_type]
        if len(groups) <= 1:
            return groups[0] if groups else []
        return sorted({event.id: event for group in groups for event in group}.values(),
                      key=lambda event: self._position[event.id])

    def applies(self, rule: Rule) -> bool:
        audience = rule.applies_to
        if audience == "all":
            return True
        if audience == "foreign_nationals":
            return self.view.is_foreign_national(self.profile.law)
        return self.is_minor() == (audience == "minors")

    def is_minor(self) -> bool:
        """Asked by every minors' and adults' rule; the age arithmetic is the costly part, so it is done once."""
        if self._minor is None:
            self._minor = self.view.is_minor(self.profile.law)
        return self._minor

    def clocks(self, rule: Rule) -> Iterator[RuleClock]:
        triggers = [at for trigger in rule.triggers for at in self.trigger_instants(trigger)]
        triggers.sort()
        if not triggers:
            return
        if rule.occurs == "earliest":  # e.g. PACE's relevant time: arrival, or 24 hours after arrest if earlier
            triggers = triggers[:1]
        if not rule.is_duration:
            status = ClockStatus.FLAGGED if rule.severity == "indicator" else ClockStatus.BREACHED
            for at in triggers:
                yield self.clock(rule, status, at, at, None, 0)
            return
        instants = self.satisfying_instants(rule.satisfier)
        periods = self.satisfying_periods(rule.satisfier) if rule.satisfier.total is not None else None
        for n, at in enumerate(triggers):
            if rule.recurring is None:
                yield self.duration_clock(rule, at, instants, periods)
                continue
            first, every, until = rule.figure, rule.recurring.every, None
            if rule.recurring.every_field is not None:
                # Each trigger sets its own interval and ends the series of the one before it.
                minutes = self.trigger_field(rule, at, rule.recurring.every_field)
                if minutes is not None:
                    first = every = timedelta(minutes=minutes)
                until = triggers[n + 1] if n + 1 < len(triggers) else None
                if first is None:
                    continue
            yield from self.recurring_clocks(rule, rule.recurring, at, instants[None], first, every, until, periods)

    def trigger_instants(self, trigger: Trigger) -> list[datetime]:
        if trigger.person_missing and any(getattr(self.person, fact) is not None for fact in trigger.person_missing):
            return []
        if trigger.kind == "event":
            found = list(self.event_triggers(trigger))
        elif trigger.kind == "arrival":
            found = list(self.arrival_triggers(trigger))
        elif trigger.kind == "property_difference":
            found = [event.at for event in returns_with_differences(self.view)]
        else:
            found = list(self.unanswered_request_triggers(trigger))
        if trigger.first_only:
            found = found[:1]
        return [at + trigger.after for at in found] if trigger.after else found

    def event_triggers(self, trigger: Trigger) -> Iterator[datetime]:
        for event in self.of_types(trigger.events.types):
            if not _matches(event, trigger.events):
                continue
            if trigger.recorded_later_than is not None and event.recorded_at - event.at <= trigger.recorded_later_than:
                continue
            yield event.at

    def arrival_triggers(self, trigger: Trigger) -> Iterator[datetime]:
        stays = self.view.stays
        last_index: dict[str, int] = {}
        for index, stay in enumerate(stays):
            previous = last_index.get(stay.facility)
            last_index[stay.facility] = index
            if stay.kind not in trigger.stays or not self.facility_matches(stay.facility, trigger.facility):
                continue
            if previous is not None and trigger.unless_absence_included:
                # The departures between leaving this facility last time and coming back.
                absence = (s.departure for s in stays[previous:index] if s.departure is not None)
                if any(d.get("purpose") in trigger.unless_absence_included for d in absence):
                    continue
            yield stay.arrived_at

    def facility_matches(self, facility_id: str, conditions: dict[str, Any]) -> bool:
        if not conditions:
            return True
        facility = self.view.facilities.get(facility_id)
        return facility is not None and all(getattr(facility, k) == v for k, v in conditions.items())

    def unanswered_request_triggers(self, trigger: Trigger) -> Iterator[datetime]:
        """The judged events that come while a request is still open (no answer since the last request)."""
        pending = False
        for event in self.view.effective:
            if event.type == trigger.request:
                pending = True
            elif event.type == trigger.answered_by:
                pending = False
            elif pending and _matches(event, trigger.events):
                yield event.at

    def duration_clock(self, rule: Rule, trigger_at: datetime, instants: dict[str | None, list[datetime]],
                       periods: list[tuple[datetime, datetime]] | None = None) -> RuleClock:
        due_at = self.due_instant(rule, trigger_at)
        if periods is None:
            met_at, missing = _met(instants, trigger_at)
        else:
            met_at, missing = _added_up(periods, trigger_at, due_at, rule.satisfier), ()
        details = Message("clock-missing", recipients=missing) if missing else None
        # A duty that outlives the custody (an injury report) neither lapses nor stops counting at the release.
        ended_at = None if rule.outlives_custody else self.release_at
        return self.verdict(rule, trigger_at, due_at, met_at, ended_at, details)

    def verdict(self, rule: Rule, trigger_at: datetime, due_at: datetime, met_at: datetime | None,
                ended_at: datetime | None, details: str | None = None) -> RuleClock:
        """Met, late, lapsed (the duty ended at or before due), running or breached (contract section 1)."""
        self.ended_of_next = ended_at
        if met_at is not None:
            late = met_at > due_at
            return self.clock(rule, ClockStatus.LATE if late else ClockStatus.MET, trigger_at, due_at, met_at,
                              elapsed_minutes(due_at, met_at) if late else 0)
        if ended_at is not None and ended_at <= due_at:
            return self.clock(rule, ClockStatus.LAPSED, trigger_at, due_at, None, 0, details)
        if self.as_of <= due_at:
            return self.clock(rule, ClockStatus.RUNNING, trigger_at, due_at, None, 0, details)
        end = min(self.as_of, ended_at or self.as_of)
        return self.clock(rule, ClockStatus.BREACHED, trigger_at, due_at, None, elapsed_minutes(due_at, end), details,
                          stopped_at=ended_at if ended_at is not None and ended_at <= self.as_of else None)

    def due_instant(self, rule: Rule, trigger_at: datetime) -> datetime:
        """The figure after the trigger, moved by the authorising events recorded before it fell due.

        Each extension in time order moves the due instant to its `to` (from the trigger) or to the
        event's `until_field`, and never past its `maximum`; a stated end absent, to the maximum. An
        extension recorded after the due instant it would move comes too late: the breach has happened.
        """
        due = trigger_at + rule.figure
        moves = sorted(((event, extension) for extension in rule.extensions
                        for event in self.of_types(extension.events.types)
                        if _matches(event, extension.events) and event.at >= trigger_at),
                       key=lambda pair: pair[0].at)
        for event, extension in moves:
            if event.at > due:
                break
            ceiling = trigger_at + extension.maximum
            if extension.to is not None:
                target = trigger_at + extension.to
            else:
                target = event.get(extension.until_field) or ceiling
            due = max(due, min(target, ceiling))
        return due

    def trigger_field(self, rule: Rule, at: datetime, name: str) -> Any:
        """A field of the (latest recorded) triggering event at `at`; None when it does not set it."""
        found = [e for trigger in rule.triggers for e in self.of_types(trigger.events.types)
                 if e.at == at and _matches(e, trigger.events)]
        return found[-1].get(name) if found else None

    def recurring_clocks(self, rule: Rule, recurring: Recurring, start: datetime, times: list[datetime],
                         first: timedelta, every: timedelta, until: datetime | None = None,
                         periods: list[tuple[datetime, datetime]] | None = None) -> Iterator[RuleClock]:
        """One occurrence per interval from `start` until the series ends (an `ended_by` event or the release).

        The first is due `figure` after the start; each next one starts when the previous was met
        (`from = "met"`, as PACE reviews run from the last review) or fell due (`from = "due"`), and is
        due `every` later. An event meets one occurrence only. With `periods` (a satisfier's `total`) each
        occurrence is a window met by the periods starting in it (`from = "due"`, checked by the loader).
        """
        enders = ([e.at for e in self.of_types(recurring.ended_by.types)
                   if _matches(e, recurring.ended_by) and e.at >= start] if recurring.ended_by else [])
        ended_at = min([*enders, *([self.release_at] if self.release_at else []), *([until] if until else [])],
                       default=None)
        trigger_at, due_at, previous = start, start + first, None
        while trigger_at <= self.as_of and (ended_at is None or trigger_at < ended_at):
            if periods is not None:
                met_at = _added_up(periods, trigger_at, due_at, rule.satisfier)
            else:
                met_at = next((t for t in times[bisect_left(times, trigger_at):] if previous is None or t > previous),
                              None)
            clock = self.verdict(rule, trigger_at, due_at, met_at, ended_at)
            if met_at is None and (self.as_of <= due_at or (ended_at is not None and ended_at <= due_at)):
                if clock.status == ClockStatus.RUNNING and self.series is not None:
                    self.series.append(Series(self.emitted - 1, rule, trigger_at, due_at, every, ended_at, True))
                yield clock
                return
            yield clock
            previous = met_at or previous
            trigger_at = met_at if met_at is not None and recurring.from_ == "met" else due_at
            due_at = trigger_at + every
        if self.series is not None and (ended_at is None or trigger_at < ended_at):
            self.series.append(Series(self.emitted, rule, trigger_at, due_at, every, ended_at, False))

    def satisfying_instants(self, satisfier: Satisfier) -> dict[str | None, list[datetime]]:
        """Times of the qualifying events in order, per `each_of` value (or under None).

        Failed notification attempts qualify only where the profile says so (in neither bundled
        profile): otherwise they stay on the record as attempts.
        """
        attempts_count = self.profile.law.unsuccessful_notifications_satisfy
        languages = set(self.person.languages)
        keys = satisfier.each_of[1] if satisfier.each_of else (None,)
        instants: dict[str | None, list[datetime]] = {key: [] for key in keys}
        for event in self.of_types(satisfier.events.types):
            if (not _matches(event, satisfier.events)
                    or (event.get("outcome") == "unsuccessful" and not attempts_count)
                    or (satisfier.language_understood
                        and event.get(satisfier.language_understood) not in languages)):
                continue
            key = event.get(satisfier.each_of[0]) if satisfier.each_of else None
            if key in instants:
                instants[key].append(event.at)
        return instants

    def satisfying_periods(self, satisfier: Satisfier) -> list[tuple[datetime, datetime]]:
        """(start, end) of each qualifying event with an end after its start, in order of start: a period
        whose end is not recorded adds nothing."""
        periods = []
        for event in self.of_types(satisfier.events.types):
            end = event.get(satisfier.period_ends)
            if _matches(event, satisfier.events) and end is not None and end > event.at:
                periods.append((event.at, end))
        return sorted(periods)

    def clock(self, rule: Rule, status: ClockStatus, trigger_at: datetime, due_at: datetime, met_at: datetime | None,
              overdue_minutes: int, details: str | None = None, stopped_at: datetime | None = None) -> RuleClock:
        warn_at = trigger_at + (due_at - trigger_at) * rule.warning if rule.is_duration else None
        self.emitted += 1
        if self.series is not None:
            self.ended.append(self.ended_of_next)
        self.ended_of_next = None
        return RuleClock(
            custody=self.view.custody.id, person=self.view.custody.person, rule=rule.id, status=status,
            severity=rule.severity, trigger_at=trigger_at, due_at=due_at, met_at=met_at,
            overdue_minutes=overdue_minutes, basis=rule.basis, warn_at=warn_at, details=details, info=rule.info,
            stopped_at=stopped_at,
        )


def _met(instants: dict[str | None, list[datetime]], trigger_at: datetime) -> tuple[datetime | None, tuple[str, ...]]:
    """When an occurrence was met (None if not yet) and the `each_of` values still missing.

    Each value is met by its earliest event at or after the trigger; the
    occurrence is met when the last of them is.
    """
    if len(instants) == 1 and None in instants:  # no `each_of`: the common case
        return _earliest_from(instants[None], trigger_at), ()
    reached = {key: _earliest_from(times, trigger_at) for key, times in instants.items()}
    missing = tuple(key for key, at in reached.items() if at is None and key is not None)
    if missing or None in reached.values():
        return None, missing
    return max(reached.values()), ()


def _added_up(periods: list[tuple[datetime, datetime]], start: datetime, due: datetime,
              satisfier: Satisfier) -> datetime | None:
    """When the periods that start in [start, due) reach the satisfier's total (overlaps counted once), or with
    `continuous` when the first one long enough does; None if they never do. A period counts whole, as
    recorded, even where it runs past the due instant: the occurrence is then met late."""
    total, counted, covered_to = satisfier.total, timedelta(0), None
    for begin, end in periods[bisect_left(periods, (start,)):]:
        if begin >= due:
            break
        if satisfier.continuous:
            if end - begin >= total:
                return begin + total
            continue
        begin = max(begin, covered_to or begin)
        if end <= begin:
            continue
        if counted + (end - begin) >= total:
            return begin + (total - counted)
        counted += end - begin
        covered_to = end
    return None


def _earliest_from(instants: list[datetime], start: datetime) -> datetime | None:
    index = bisect_left(instants, start)
    return instants[index] if index < len(instants) else None
