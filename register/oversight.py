"""Figures for oversight bodies (prosecutors, the NPM, the Ombudsman) over a period of days: pure, no database.

The period is a run of calendar days read on each facility's own clock: a custody belongs to it when its
apprehension falls on one of those days in the zone of its facility, the facility of its first arrival (where
the delivery duty ends); a custody never delivered, in the jurisdiction's zone. Every figure is given per
facility and in total, and carries the custody numbers behind it (`Tally.custodies`), so that a monitor can
check any figure against the register before publishing it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from statistics import median
from typing import Iterable, Mapping, Sequence

from register.domain import BREACH_STATUSES, PROBLEM_STATUSES, ClockStatus, Facility, Jurisdiction, RuleClock, alert_key
from register.handover import CHECK_RULE
from register.property import property_account
from register.timeline import CustodyTimeline
from register.timeutil import elapsed_minutes, to_local
from register.vocabulary import OBSERVATION_LEVELS, SEARCH_TYPES

UNKNOWN = "unknown"  # a late entry without its recording officer, a complaint without its addressee
# Milestones whose median delay from apprehension the report shows, in this order.
MILESTONES = ("delivery", "protocol", "notification", "medical")
# Night as the Code of Criminal Procedure reads it, 22:00 to 06:00 local time; a profile may set its own
# (`night-starts`, `night-ends` in [settings], as durations from midnight).
NIGHT_STARTS, NIGHT_ENDS = timedelta(hours=22), timedelta(hours=6)
DECIDED = frozenset({ClockStatus.MET, ClockStatus.LATE, ClockStatus.BREACHED})
ACKNOWLEDGE, REFER, CLOSE = "acknowledge", "refer", "close"
RECEIVED = "received"  # a complaint nobody has taken up (register/complaints.py)
COMPLAINT_STATUSES = (RECEIVED, "taken_up", "answered")


@dataclass(frozen=True)
class Tally:
    """How many times something happened, and in which custodies (sorted, each once)."""
    count: int = 0
    custodies: tuple[str, ...] = ()

    @staticmethod
    def of(custody_ids: Iterable[str]) -> Tally:
        listed = list(custody_ids)
        return Tally(len(listed), tuple(sorted(set(listed))))

    def share_of(self, whole: int) -> float | None:
        return self.count / whole if whole else None


@dataclass(frozen=True)
class Median:
    """Median minutes from apprehension to a milestone, over the custodies that reached it."""
    milestone: str
    minutes: float | None
    custodies: Tally


@dataclass(frozen=True)
class RuleFigures:
    """One rule's occurrences decided in the period (met, late or breached), and how many went wrong."""
    rule: str
    decided: Tally
    breached: Tally
    late: Tally

    @property
    def rate(self) -> float | None:
        """Breached and late among the decided occurrences (0..1); None when none was decided."""
        return (self.breached.count + self.late.count) / self.decided.count if self.decided.count else None


@dataclass(frozen=True)
class Durations:
    """How long the custodies lasted: apprehension to release, or to the report's instant for those still held."""
    minutes: tuple[tuple[str, int], ...]  # (custody, minutes), longest first
    still_held: Tally

    @property
    def median(self) -> float | None:
        return median(m for _, m in self.minutes) if self.minutes else None

    @property
    def longest(self) -> tuple[str, int] | None:
        return self.minutes[0] if self.minutes else None


@dataclass(frozen=True)
class AlertFigures:
    """What reviewers did about the period's alerts: how fast they acknowledged and closed them, how many
    they referred on. Minutes run from the instant the alert opened (its clock fell due)."""
    alerts: Tally
    acknowledged: Tally
    acknowledge_minutes: tuple[int, ...]
    closed: Tally
    close_minutes: tuple[int, ...]
    referred: Tally

    @property
    def median_acknowledge(self) -> float | None:
        return median(self.acknowledge_minutes) if self.acknowledge_minutes else None

    @property
    def median_close(self) -> float | None:
        return median(self.close_minutes) if self.close_minutes else None


@dataclass(frozen=True)
class DeskItem:
    """One record of the whereabouts desk, with the custody it concerns (if any) and that custody's facility."""
    kind: str  # inquiry | report
    id: int
    at: datetime
    outcome: str | None  # an inquiry's answer: held | released | not_found | refused
    custody_id: str | None
    facility_id: str | None
    timezone: str | None  # the facility's zone, None: the jurisdiction's
    delay_minutes: int | None = None  # a report: how much later its custody was registered than reported


@dataclass(frozen=True)
class DeskFigures:
    """The whereabouts desk in the period: inquiries by answer, apprehensions reported that the register did
    not know, and how late the custodies registered for them were."""
    inquiries: Mapping[str, Tally]  # outcome -> inquiries (custodies: those the answers were about)
    reported: Tally  # custodies: those registered for a report
    delays: tuple[tuple[str, int], ...]  # (custody, minutes registered after the reported apprehension)

    @property
    def inquiry_count(self) -> int:
        return sum(t.count for t in self.inquiries.values())

    @property
    def median_delay(self) -> float | None:
        return median(m for _, m in self.delays) if self.delays else None

    @property
    def longest_delay(self) -> tuple[str, int] | None:
        return max(self.delays, key=lambda d: (d[1], d[0])) if self.delays else None


@dataclass(frozen=True)
class RecordFigures:
    """What the custody record says was done to and for the people held (issue 17), counted from events so
    that it holds under any rule profile; a count is of events (or occurrences), the custodies each once."""
    searches: Tally
    searches_by_type: tuple[tuple[str, Tally], ...]  # every search type, in the vocabulary's order
    force: Tally
    force_by_type: tuple[tuple[str, Tally], ...]  # the kinds used, most frequent first
    force_with_injuries: Tally
    care_refused: Tally
    care_refused_by_type: tuple[tuple[str, Tally], ...]  # the kinds refused, most frequent first
    property_differences: Tally  # released, and what was given back differs from what was taken
    property_not_returned: Tally  # released with property taken and nothing given back
    checks_missed: Tally  # occurrences of the cell checks breached or made late
    observation_levels: tuple[tuple[str, Tally], ...]  # the highest level each custody was assessed at
    children_without_care: Tally  # custodies where children were recorded as left without care
    children_still_without_care: Tally  # of those, with no one named as caring for them by the report's instant


@dataclass(frozen=True)
class Week:
    """One week of the period (Monday to Sunday, local), for the trend."""
    starts: date
    custodies: Tally
    with_breach: Tally


@dataclass(frozen=True)
class Figures:
    """Every figure of the report for one scope: a facility, the custodies never delivered, or the total."""
    custodies: Tally
    minors: Tally  # known to be under the age of majority at the apprehension
    foreign_nationals: Tally
    durations: Durations
    with_breach: Tally
    rules: tuple[RuleFigures, ...]  # breach rules with a decided occurrence, the most breached first
    medians: tuple[Median, ...]
    night_interrogations: Tally
    interrogations_without_lawyer: Tally  # while a request for a lawyer was unanswered
    injuries_found: Tally  # medical examinations that found injuries
    injuries_reported: Tally  # of those, followed by a report of the injuries
    injuries_unreported: Tally  # of those, with no report of the injuries after them
    complaints: Tally
    complaints_by_addressee: tuple[tuple[str, Tally], ...]
    complaints_by_status: tuple[tuple[str, Tally], ...]  # received | taken_up | answered (the complaints register)
    late_registration: Tally
    video_missing: Tally
    age_unknown: Tally
    late_registrations_by_officer: tuple[tuple[str, Tally], ...]
    weeks: tuple[Week, ...]
    record: RecordFigures
    alerts: AlertFigures | None  # None: the printing user does not review alerts
    desk: DeskFigures | None  # None: the printing user may not see the whereabouts desk

    @property
    def breach_share(self) -> float:
        """Share (0..1) of the custodies with at least one breach; 0 for none."""
        return self.with_breach.count / self.custodies.count if self.custodies.count else 0.0

    def rule(self, rule_id: str) -> RuleFigures | None:
        return next((r for r in self.rules if r.rule == rule_id), None)

    def median(self, milestone: str) -> Median:
        return next(m for m in self.medians if m.milestone == milestone)


@dataclass(frozen=True)
class Night:
    starts: timedelta = NIGHT_STARTS
    ends: timedelta = NIGHT_ENDS

    def covers(self, local: datetime) -> bool:
        since_midnight = local - datetime.combine(local.date(), time(), local.tzinfo)
        if self.starts > self.ends:
            return since_midnight >= self.starts or since_midnight < self.ends
        return self.starts <= since_midnight < self.ends


@dataclass(frozen=True)
class OversightSummary:
    first_day: date
    last_day: date  # inclusive
    judged_at: datetime  # clocks judged and durations of those still held counted at this instant
    total: Figures
    facilities: tuple[tuple[str | None, Figures], ...]  # by facility id, None: never delivered
    facility_names: Mapping[str, str]
    zones: tuple[str, ...]  # the time zones the period's days were read in
    night: Night  # the hours an interrogation counts as at night
    age_of_majority: int  # a minor is known to be under this age at the apprehension


@dataclass
class _Custody:
    """What one custody contributes, worked out once and then added to its scopes."""
    timeline: CustodyTimeline
    clocks: Sequence[RuleClock]
    local_day: date
    facility: str | None


def night_of(settings: Mapping[str, timedelta]) -> Night:
    return Night(settings.get("night-starts", NIGHT_STARTS), settings.get("night-ends", NIGHT_ENDS))


def local_day(instant: datetime, zone_name: str) -> date:
    return to_local(instant, zone_name).date()


def facility_of(timeline: CustodyTimeline) -> str | None:
    """The facility a custody is counted under: that of its first arrival."""
    return timeline.stays[0].facility if timeline.stays else None


def summarize(timelines: Iterable[CustodyTimeline], clocks: Mapping[str, Sequence[RuleClock]], first_day: date,
              last_day: date, facilities: Mapping[str, Facility], law: Jurisdiction, judged_at: datetime,
              night: Night = Night(), alert_actions: Mapping[str, Sequence[tuple[str, datetime]]] | None = None,
              desk: Sequence[DeskItem] | None = None,
              complaint_status: Mapping[str, str] | None = None) -> OversightSummary:
    """The figures of the custodies apprehended on the period's days, per facility and in total.

    `alert_actions`: each alert's actions (action, at) by alert key, None when the user does not review
    alerts; `desk`: the desk's records around the period, None when the user may not see the desk;
    `complaint_status`: each complaint's status in the complaints register by its event id."""
    chosen: list[_Custody] = []
    zones: set[str] = set()
    for timeline in timelines:
        apprehension = timeline.apprehension
        if apprehension is None:
            continue
        facility = facility_of(timeline)
        zone_name = facilities[facility].timezone if facility in facilities else law.timezone
        day = local_day(apprehension.at, zone_name)
        if first_day <= day <= last_day:
            zones.add(zone_name)
            chosen.append(_Custody(timeline, clocks.get(timeline.custody.id, ()), day, facility))
    desk_in = None
    if desk is not None:
        desk_in = [item for item in desk
                   if first_day <= local_day(item.at, item.timezone or law.timezone) <= last_day]
        zones.update(item.timezone or law.timezone for item in desk_in)
    scopes = sorted({c.facility for c in chosen} | {i.facility_id for i in desk_in or ()}, key=lambda f: (f is None, f or ""))

    def figures(members: list[_Custody], items: list[DeskItem] | None) -> Figures:
        return _figures(members, first_day, last_day, law, judged_at, night, alert_actions, items,
                        complaint_status or {})

    return OversightSummary(
        first_day=first_day, last_day=last_day, judged_at=judged_at,
        total=figures(chosen, desk_in),
        facilities=tuple((scope, figures([c for c in chosen if c.facility == scope],
                                         None if desk_in is None else [i for i in desk_in if i.facility_id == scope]))
                         for scope in scopes),
        facility_names={fid: f.name for fid, f in facilities.items()},
        zones=tuple(sorted(zones)) or (law.timezone,),
        night=night,
        age_of_majority=law.age_of_majority,
    )


def _figures(members: list[_Custody], first_day: date, last_day: date, law: Jurisdiction, judged_at: datetime,
             night: Night, alert_actions: Mapping[str, Sequence[tuple[str, datetime]]] | None,
             desk: list[DeskItem] | None, complaint_status: Mapping[str, str]) -> Figures:
    ids = [m.timeline.custody.id for m in members]
    minors, foreign, age_unknown, late_entry, no_video, with_breach = [], [], [], [], [], []
    at_night, no_lawyer, injured, reported, unreported, complaints = [], [], [], [], [], []
    by_addressee: dict[str, list[str]] = defaultdict(list)
    by_status: dict[str, list[str]] = defaultdict(list)
    by_officer: dict[str, list[str]] = defaultdict(list)
    delays: dict[str, list[tuple[str, int]]] = {m: [] for m in MILESTONES}
    durations, still_held = [], []
    rules: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"decided": [], "breached": [], "late": []})
    for member in members:
        timeline, cid = member.timeline, member.timeline.custody.id
        apprehension = timeline.apprehension
        age = timeline.age_at_apprehension(law)
        if age is None:
            age_unknown.append(cid)
        elif age < law.age_of_majority:
            minors.append(cid)
        if timeline.is_foreign_national(law):
            foreign.append(cid)
        if apprehension.recorded_at - apprehension.at > law.late_registration:
            late_entry.append(cid)
            by_officer[apprehension.recorded_by or UNKNOWN].append(cid)
        if not apprehension.get("video"):
            no_video.append(cid)
        release = timeline.release
        released = release is not None and release.at <= judged_at
        if not released:
            still_held.append(cid)
        end = release.at if released else judged_at
        durations.append((cid, max(0, elapsed_minutes(apprehension.at, end))))
        for milestone, instant in _first_milestones(timeline).items():
            delays[milestone].append((cid, elapsed_minutes(apprehension.at, instant)))
        zone_name = timeline.timezone if timeline.facility_timezone else law.timezone
        _events(timeline, cid, zone_name, night, at_night, no_lawyer, injured, reported, unreported, complaints,
                by_addressee)
        for event in timeline.effective:
            if event.type == "complaint":
                by_status[complaint_status.get(event.id, RECEIVED)].append(cid)
        breaches = [c for c in member.clocks if c.severity == "breach" and c.status in BREACH_STATUSES]
        if breaches:
            with_breach.append(cid)
        for clock in member.clocks:
            if clock.severity == "breach" and clock.status in DECIDED:
                tallies = rules[clock.rule]
                tallies["decided"].append(cid)
                if clock.status == ClockStatus.BREACHED:
                    tallies["breached"].append(cid)
                elif clock.status == ClockStatus.LATE:
                    tallies["late"].append(cid)
    rule_figures = tuple(sorted(
        (RuleFigures(rule, Tally.of(t["decided"]), Tally.of(t["breached"]), Tally.of(t["late"]))
         for rule, t in rules.items()),
        key=lambda r: (-(r.breached.count + r.late.count), r.rule)))
    return Figures(
        custodies=Tally.of(ids), minors=Tally.of(minors), foreign_nationals=Tally.of(foreign),
        durations=Durations(tuple(sorted(durations, key=lambda d: (-d[1], d[0]))), Tally.of(still_held)),
        with_breach=Tally.of(with_breach), rules=rule_figures,
        medians=tuple(Median(m, median(v for _, v in pairs) if pairs else None, Tally.of(c for c, _ in pairs))
                      for m, pairs in delays.items()),
        night_interrogations=Tally.of(at_night), interrogations_without_lawyer=Tally.of(no_lawyer),
        injuries_found=Tally.of(injured), injuries_reported=Tally.of(reported),
        injuries_unreported=Tally.of(unreported), complaints=Tally.of(complaints),
        complaints_by_addressee=_ranked(by_addressee),
        complaints_by_status=tuple((status, Tally.of(by_status.get(status, ()))) for status in COMPLAINT_STATUSES),
        late_registration=Tally.of(late_entry), video_missing=Tally.of(no_video), age_unknown=Tally.of(age_unknown),
        late_registrations_by_officer=_ranked(by_officer),
        weeks=_weeks(members, first_day, last_day, set(with_breach)),
        record=_record(members, judged_at),
        alerts=None if alert_actions is None else _alerts(members, alert_actions),
        desk=None if desk is None else _desk(desk),
    )


def _events(timeline: CustodyTimeline, cid: str, zone_name: str, night: Night, at_night: list, no_lawyer: list,
            injured: list, reported: list, unreported: list, complaints: list, by_addressee: dict) -> None:
    """One walk over a custody's events for the figures that count events rather than clocks, so that they
    hold under any rule profile: interrogations at night or while a lawyer was asked for and not yet met,
    injuries found and whether a report of them followed, complaints by addressee."""
    lawyer_pending = False
    injuries_waiting = 0
    for event in timeline.effective:
        if event.type == "lawyer_request":
            lawyer_pending = True
        elif event.type == "lawyer_meeting":
            lawyer_pending = False
        elif event.type == "interrogation":
            if night.covers(to_local(event.at, zone_name)):
                at_night.append(cid)
            if lawyer_pending:
                no_lawyer.append(cid)
        elif event.type == "medical_exam" and event.get("injuries"):
            injured.append(cid)
            injuries_waiting += 1
        elif event.type == "injury_report" and injuries_waiting:
            reported.extend([cid] * injuries_waiting)
            injuries_waiting = 0
        elif event.type == "complaint":
            complaints.append(cid)
            by_addressee[str(event.get("addressee") or "").strip() or UNKNOWN].append(cid)
    unreported.extend([cid] * injuries_waiting)


def _record(members: list[_Custody], judged_at: datetime) -> RecordFigures:
    """One walk over each custody's record for searches, force, refused care, dependants and observation
    levels; property is judged on the whole record of those released by `judged_at`; missed checks are the
    cell-checks clocks breached or late."""
    searches: dict[str, list[str]] = defaultdict(list)
    force: dict[str, list[str]] = defaultdict(list)
    refused: dict[str, list[str]] = defaultdict(list)
    levels: dict[str, list[str]] = defaultdict(list)
    hurt, differences, not_returned, missed, children, still_alone = [], [], [], [], [], []
    for member in members:
        timeline, cid = member.timeline, member.timeline.custody.id
        highest, left_alone, cared_for = -1, False, False
        for event in timeline.effective:
            if event.type == "personal_search":
                searches[event.get("search_type")].append(cid)
            elif event.type == "use_of_force":
                force[event.get("force_type")].append(cid)
                if event.get("injuries"):
                    hurt.append(cid)
            elif event.type == "care" and event.get("care_outcome") == "refused":
                refused[event.get("care_type")].append(cid)
            elif event.type == "risk_assessment" and event.get("observation_level") in OBSERVATION_LEVELS:
                highest = max(highest, OBSERVATION_LEVELS.index(event.get("observation_level")))
            elif event.type == "dependants":
                if event.get("children_left_without_care"):
                    left_alone = True
                cared_for = bool(event.get("cared_for_by")) or not event.get("children_left_without_care")
        if highest >= 0:
            levels[OBSERVATION_LEVELS[highest]].append(cid)
        if left_alone:
            children.append(cid)
            if not cared_for:
                still_alone.append(cid)
        release = timeline.release
        if release is not None and release.at <= judged_at:
            account = property_account(timeline)
            if account.differences:
                differences.append(cid)
            elif account.is_open:
                not_returned.append(cid)
        missed += [cid for c in member.clocks
                   if c.rule == CHECK_RULE and c.status in (ClockStatus.BREACHED, ClockStatus.LATE)]
    return RecordFigures(
        searches=Tally.of(c for ids in searches.values() for c in ids),
        searches_by_type=tuple((kind, Tally.of(searches.get(kind, ()))) for kind in SEARCH_TYPES),
        force=Tally.of(c for ids in force.values() for c in ids), force_by_type=_ranked(force),
        force_with_injuries=Tally.of(hurt),
        care_refused=Tally.of(c for ids in refused.values() for c in ids), care_refused_by_type=_ranked(refused),
        property_differences=Tally.of(differences), property_not_returned=Tally.of(not_returned),
        checks_missed=Tally.of(missed),
        observation_levels=tuple((level, Tally.of(levels.get(level, ()))) for level in OBSERVATION_LEVELS),
        children_without_care=Tally.of(children), children_still_without_care=Tally.of(still_alone),
    )


def _alerts(members: list[_Custody], actions: Mapping[str, Sequence[tuple[str, datetime]]]) -> AlertFigures:
    alerts, acknowledged, closed, referred, to_ack, to_close = [], [], [], [], [], []
    for member in members:
        for clock in member.clocks:
            if clock.status not in PROBLEM_STATUSES:
                continue
            cid, history = clock.custody, actions.get(alert_key(clock), ())
            alerts.append(cid)
            first = {}
            for action, at in sorted(history, key=lambda a: a[1]):
                first.setdefault(action, at)
            if ACKNOWLEDGE in first:
                acknowledged.append(cid)
                to_ack.append(max(0, elapsed_minutes(clock.due_at, first[ACKNOWLEDGE])))
            if CLOSE in first:
                closed.append(cid)
                to_close.append(max(0, elapsed_minutes(clock.due_at, first[CLOSE])))
            if REFER in first:
                referred.append(cid)
    return AlertFigures(Tally.of(alerts), Tally.of(acknowledged), tuple(sorted(to_ack)), Tally.of(closed),
                        tuple(sorted(to_close)), Tally.of(referred))


def _desk(items: list[DeskItem]) -> DeskFigures:
    inquiries: dict[str, list[str]] = defaultdict(list)
    counts: Counter[str] = Counter()
    reported, registered, delays = 0, [], []
    for item in items:
        if item.kind == "inquiry":
            counts[item.outcome or ""] += 1
            if item.custody_id:
                inquiries[item.outcome or ""].append(item.custody_id)
        else:
            reported += 1
            if item.custody_id:
                registered.append(item.custody_id)
                delays.append((item.custody_id, item.delay_minutes or 0))
    return DeskFigures({outcome: Tally(n, tuple(sorted(set(inquiries[outcome])))) for outcome, n in counts.items()},
                       Tally(reported, tuple(sorted(set(registered)))), tuple(sorted(delays)))


def _weeks(members: list[_Custody], first_day: date, last_day: date, breached: set[str]) -> tuple[Week, ...]:
    """Monday-to-Sunday weeks touching the period, each with its custodies and those with a breach."""
    monday = first_day - timedelta(days=first_day.weekday())
    weeks = []
    while monday <= last_day:
        sunday = monday + timedelta(days=6)
        ids = [m.timeline.custody.id for m in members if monday <= m.local_day <= sunday]
        weeks.append(Week(monday, Tally.of(ids), Tally.of(c for c in ids if c in breached)))
        monday += timedelta(days=7)
    return tuple(weeks)


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


def _ranked(groups: Mapping[str, list[str]]) -> tuple[tuple[str, Tally], ...]:
    """Most frequent first, then by key, so printouts and CSV are stable."""
    return tuple(sorted(((key, Tally.of(ids)) for key, ids in groups.items()), key=lambda kv: (-kv[1].count, kv[0])))
