"""Read models handed to `printing/`: everything a printout shows, already decided."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Mapping

from register.domain import (BoardRow, ChainStamp, Custody, Event, Facility, Jurisdiction, Person, RuleClock, RuleInfo,
                             TreeStamp)
from register.oversight import OversightSummary
from register.timeline import CustodyTimeline

REGISTER_NAME = "Detention Register"
# A held list asked for this long before the print is a reconstruction of the past, not a list of the moment.
RECONSTRUCTED_AFTER = timedelta(minutes=5)


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
class Away:
    """Someone registered at the facility who was out at the instant: taken to court, to an interrogation,
    to hospital, and not yet back (a transfer to another facility is not an absence)."""
    row: BoardRow
    purpose: str  # the departure's: court | interrogation | investigative_action | hospital | other
    destination: str | None
    left_at: datetime


@dataclass(frozen=True)
class HeldListReport:
    """Everyone the register says was at a facility at an instant, for a monitoring visit, and those
    registered there who were out; a list for a past instant is a reconstruction from the register as it
    stands at the print (entries made after that instant included), and says so."""
    facility: Facility
    as_of: datetime
    rows: tuple[BoardRow, ...]
    rules: Mapping[str, RuleInfo]
    register_name: str
    printed_at: datetime
    printed_by: str
    away: tuple[Away, ...] = ()
    stamp: TreeStamp | None = None  # None: a list laid out without the register at hand

    @property
    def reconstructed(self) -> bool:
        return self.as_of < self.printed_at - RECONSTRUCTED_AFTER


@dataclass(frozen=True)
class OversightReport:
    """The oversight figures of a period as published by a prosecutor's office or a monitoring body, with the
    register's tree (size and root, what a signed checkpoint of that size states) as its verification stamp."""
    summary: OversightSummary
    rules: Mapping[str, RuleInfo]
    register_name: str
    printed_at: datetime
    printed_by: str
    stamp: TreeStamp


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
    printed_at: datetime  # the clocks were judged at this instant: a deadline before it has passed
    printed_by: str


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
