"""Read models handed to `printing/`: everything a printout shows, already decided."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Mapping

from register.domain import BoardRow, ChainStamp, Custody, Event, Facility, Jurisdiction, Person, RuleClock, RuleInfo
from register.oversight import OversightSummary
from register.timeline import CustodyTimeline

REGISTER_NAME = "Detention Register"


@dataclass(frozen=True)
class CustodyFacts:
    """What screen and paper both say about a custody, decided once under the profile's law,
    so a British detainee under England and Wales is never a foreign national on one of them only."""
    is_minor: bool
    is_foreign_national: bool
    age: int | None  # at the apprehension; None when the birth date is unknown
    late_entry: timedelta  # an event entered later than this after it happened is shown as a late entry

    def entered_late(self, event: Event, happened_at: datetime) -> bool:
        return event.recorded_at - happened_at > self.late_entry


def custody_facts(timeline: CustodyTimeline, law: Jurisdiction) -> CustodyFacts:
    return CustodyFacts(timeline.is_minor(law), timeline.is_foreign_national(law),
                        timeline.age_at_apprehension(law), law.late_registration)


@dataclass(frozen=True)
class TimelineReport:
    """One custody's timeline as printed for a court, a monitor, the detainee or their lawyer."""
    timeline: CustodyTimeline
    facts: CustodyFacts
    clocks: tuple[RuleClock, ...]
    rules: Mapping[str, RuleInfo]
    stamps: Mapping[str, ChainStamp]  # record id (events, the custody, the person) -> chain stamp
    chain_head: ChainStamp | None
    register_name: str
    printed_at: datetime
    printed_by: str
    evidence: str | None = None  # the QR code's text: signed checkpoint and record list (register/printout.py)


@dataclass(frozen=True)
class HeldListReport:
    """Everyone the register says was at a facility at an instant, for a monitoring visit."""
    facility: Facility
    as_of: datetime
    rows: tuple[BoardRow, ...]
    rules: Mapping[str, RuleInfo]
    register_name: str
    printed_at: datetime
    printed_by: str


@dataclass(frozen=True)
class DeskFigures:
    """The whereabouts desk in a period, over the whole register: inquiries by answer, apprehensions
    reported that the register did not know, and how late the custodies registered for them were."""
    inquiries: Mapping[str, int]  # outcome (held | released | not_found | refused) -> count
    reported_apprehensions: int
    registered_later: int  # of those, how many a custody was registered for
    delays_minutes: tuple[int, ...]  # registered minus reported apprehension, one per registered report

    @property
    def median_delay(self) -> float | None:
        ordered = sorted(self.delays_minutes)
        if not ordered:
            return None
        middle = len(ordered) // 2
        return float(ordered[middle]) if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2

    @property
    def longest_delay(self) -> int | None:
        return max(self.delays_minutes, default=None)


@dataclass(frozen=True)
class OversightReport:
    """The oversight figures of a period as printed for a prosecutor's office or a monitoring body."""
    summary: OversightSummary
    rules: Mapping[str, RuleInfo]
    register_name: str
    printed_at: datetime
    printed_by: str
    desk: DeskFigures | None = None  # None: the printing user may not see the whereabouts desk


@dataclass(frozen=True)
class RightsNotice:
    """The notice of rights handed to one detainee: who, where, since when, and their own deadlines."""
    person: Person
    custody: Custody
    facility: Facility | None  # where the person is now (else their last facility)
    apprehended_at: datetime | None
    clocks: tuple[RuleClock, ...]
    rules: tuple[RuleInfo, ...]  # the profile's figures (hours) printed in the general limits
    register_name: str
    timezone: str  # times are printed in the facility's zone, else this one (the custody's or the jurisdiction's)
    age_of_majority: int  # "if you are under ..." in the limits, from the profile


@dataclass(frozen=True)
class CustodyPlace:
    """One place of custody as the whereabouts desk names it: the facility, where to find it, and when."""
    facility_id: str
    name: str
    address: str | None
    telephone: str | None
    arrived_at: datetime
    left_at: datetime | None  # None: still there (or released from there: see the report's release)


@dataclass(frozen=True)
class WhereaboutsReport:
    """The answer of the whereabouts desk to one asker: exactly what article 18 of the International
    Convention for the Protection of All Persons from Enforced Disappearance names (the authority that
    ordered the deprivation of liberty; its date, time and place; the places of custody and transfers;
    the release, when and to whom), or that the register cannot disclose it, or knows nobody by that name.
    Never grounds, medical details or confidential flags: they are not in this object."""
    outcome: str  # held | released | not_found | refused
    query: str
    language: str  # the asker's: kk | ru | en
    asker_name: str
    asker_relation: str
    person_name: str | None
    birth_date: date | None
    ordering_authority: str | None
    apprehended_at: datetime | None
    apprehension_place: str | None
    places: tuple[CustodyPlace, ...]  # in order: the first is the admission, each later one a transfer
    released_at: datetime | None
    released_to: str | None
    timezone: str  # times are said in the facility's zone
    inquiry_id: int
    register_name: str
    answered_at: datetime
    answered_by: str

    @property
    def current(self) -> CustodyPlace | None:
        return self.places[-1] if self.places and self.outcome == "held" else None

    @property
    def transfers(self) -> tuple[CustodyPlace, ...]:
        return self.places[1:]
