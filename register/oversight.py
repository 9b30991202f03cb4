"""Figures for oversight bodies (prosecutors, NPM, Ombudsman) over a period: pure, no database.

A custody belongs to the period when its apprehension lies in [period_start, period_end).
A breach is a clock of severity `breach` whose status is `breached` or `late`.
The facility of a custody is that of its first arrival, which is where the delivery duty ends.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median
from typing import Iterable, Mapping, Sequence

from register.domain import BREACH_STATUSES, Facility, RuleClock
from register.record_counts import count_into, in_order
from register.timeline import CustodyTimeline
from register.timeutil import elapsed_minutes

UNKNOWN_OFFICER = "unknown"
# Milestones whose median delay from apprehension the report shows, in this order.
MILESTONES = ("delivery", "protocol", "notification", "medical")


@dataclass(frozen=True)
class Median:
    """Median minutes from apprehension to a milestone, over the custodies that reached it."""
    milestone: str
    minutes: float | None
    custodies: int


@dataclass(frozen=True)
class OversightSummary:
    period_start: datetime
    period_end: datetime
    custodies: int
    custodies_with_breach: int
    breaches_by_rule: tuple[tuple[str, int], ...]  # most frequent first
    breaches_by_facility: tuple[tuple[str | None, int], ...]  # None: never delivered to a facility
    medians: tuple[Median, ...]
    late_registrations: tuple[tuple[str, int], ...]  # recording officer -> count
    facility_names: Mapping[str, str]
    # The custody record's events (register/record_counts.py): (code, count) in RECORD_COUNTS order.
    custody_record: tuple[tuple[str, int], ...] = ()

    @property
    def breach_share(self) -> float:
        """Share (0..1) of the period's custodies with at least one breach; 0 for an empty period."""
        return self.custodies_with_breach / self.custodies if self.custodies else 0.0

    def median(self, milestone: str) -> Median:
        return next(m for m in self.medians if m.milestone == milestone)


def summarize(timelines: Iterable[CustodyTimeline], clocks: Mapping[str, Sequence[RuleClock]],
              period_start: datetime, period_end: datetime,
              facilities: Mapping[str, Facility], late_registration: timedelta) -> OversightSummary:
    """One pass over the custodies and their events and clocks; `late_registration` is the profile's threshold."""
    by_rule: Counter[str] = Counter()
    by_facility: Counter[str | None] = Counter()
    late: Counter[str] = Counter()
    delays: dict[str, list[int]] = {m: [] for m in MILESTONES}
    custodies = with_breach = 0
    record: Counter[str] = Counter()
    for timeline in timelines:
        apprehension = timeline.apprehension
        if apprehension is None or not period_start <= apprehension.at < period_end:
            continue
        custodies += 1
        count_into(record, timeline)
        firsts = _first_milestones(timeline)
        for milestone, instant in firsts.items():
            delays[milestone].append(elapsed_minutes(apprehension.at, instant))
        facility = timeline.stays[0].facility if timeline.stays else None
        breaches = [c for c in clocks.get(timeline.custody.id, ()) if _is_breach(c)]
        if breaches:
            with_breach += 1
            by_rule.update(c.rule for c in breaches)
            by_facility[facility] += len(breaches)
        if apprehension.recorded_at - apprehension.at > late_registration:
            late[apprehension.recorded_by or UNKNOWN_OFFICER] += 1
    return OversightSummary(
        period_start=period_start,
        period_end=period_end,
        custodies=custodies,
        custodies_with_breach=with_breach,
        breaches_by_rule=_ranked(by_rule),
        breaches_by_facility=_ranked(by_facility),
        medians=tuple(Median(m, median(v) if v else None, len(v)) for m, v in delays.items()),
        late_registrations=_ranked(late),
        facility_names={fid: f.name for fid, f in facilities.items()},
        custody_record=in_order(record),
    )


def _is_breach(clock: RuleClock) -> bool:
    return clock.severity == "breach" and clock.status in BREACH_STATUSES


def _first_milestones(timeline: CustodyTimeline) -> dict[str, datetime]:
    """The first arrival, protocol, reached notification and medical exam, in one walk over the events."""
    firsts: dict[str, datetime] = {}
    for event in timeline.effective:
        if event.type == "arrival":
            milestone = "delivery"
        elif event.type == "protocol":
            milestone = "protocol"
        elif event.type == "notification" and event.get("outcome") == "reached":
            milestone = "notification"
        elif event.type == "medical_exam":
            milestone = "medical"
        else:
            continue
        firsts.setdefault(milestone, event.at)
    return firsts


def _ranked(counter: Counter) -> tuple:
    """Most frequent first, then by key, so printouts and CSV are stable."""
    return tuple(sorted(counter.items(), key=lambda item: (-item[1], str(item[0] or ""))))
