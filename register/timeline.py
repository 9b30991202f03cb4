"""One custody's story as the law reads it: corrections applied, movements classified.

Validation, the rule engine, the desktop timeline and the printed timeline all
read a custody through `CustodyTimeline`, so they can never disagree about
which arrival was a transfer or what a corrected time is.
"""
from __future__ import annotations

import dataclasses
from calendar import isleap
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Iterable, Mapping, Sequence

from dateutil.relativedelta import relativedelta

from register.domain import Custody, Event, Facility, Jurisdiction, Person
from register.timeutil import parse_instant, to_local


def _order_key(event: Event) -> tuple:
    return (event.at, event.seq if event.seq is not None else float("inf"), event.recorded_at, event.id)


def apply_corrections(events: Iterable[Event]) -> tuple[Event, ...]:
    """The events as they stand after every correction, ordered by their (corrected) time.

    When several corrections change one field, the one with the latest `at` wins, then the later
    line (contract section 2): corrections are applied in that order, each overwriting only the
    fields it names. A correction of a correction changes nothing (validation refuses it). The
    corrections themselves are left out of the result (they remain in the recorded list).
    """
    events = tuple(events)
    if not any(e.type == "correction" for e in events):  # most custodies: nothing to apply
        return tuple(sorted(events, key=_order_key))
    by_id = {e.id: e for e in events if e.type != "correction"}
    corrections = sorted((e for e in events if e.type == "correction"), key=_correction_order)
    for correction in corrections:
        target = by_id.get(correction.get("corrects"))
        if target is None:
            continue
        changes = dict(correction.get("changes") or {})
        new_at = parse_instant(changes.pop("at")) if "at" in changes else target.at
        merged = {**target.fields, **{k: _field_value(k, v) for k, v in changes.items()}}
        by_id[target.id] = dataclasses.replace(target, at=new_at, fields=merged)
    return tuple(sorted(by_id.values(), key=_order_key))


def _correction_order(correction: Event) -> tuple:
    """Latest `at` wins, then the later line: the chain order for stored records, arrival order for new ones."""
    return (correction.at, correction.seq if correction.seq is not None else float("inf"), correction.recorded_at)


def _field_value(name: str, value: object) -> object:
    return parse_instant(value) if name == "until" and isinstance(value, str) else value


@dataclass(frozen=True)
class Stay:
    """A continuous period at one facility."""
    facility: str
    arrival: Event
    kind: str  # first | transfer | return
    departure: Event | None = None

    @property
    def arrived_at(self) -> datetime:
        return self.arrival.at


def classify_stays(effective: Sequence[Event]) -> tuple[Stay, ...]:
    """Arrivals in order: the first one, returns (a facility held at before) and transfers."""
    stays: list[Stay] = []
    for event in effective:
        if event.type == "arrival":
            facility = event.get("facility")
            if not stays:
                kind = "first"
            elif any(s.facility == facility for s in stays):
                kind = "return"
            else:
                kind = "transfer"
            stays.append(Stay(facility, event, kind))
        elif event.type == "departure" and stays and stays[-1].departure is None:
            stay = stays[-1]
            stays[-1] = Stay(stay.facility, stay.arrival, stay.kind, event)
    return tuple(stays)


def age_at(birth_date: date, instant: datetime, tz_name: str) -> int:
    """Whole years of age on the local calendar date of the instant.

    A birthday on 29 February falls on 28 February in other years, as the civil codes end a term on
    the last day of a month that lacks the date (as relativedelta counts calendar years; counted here
    without it, as every write judges each custody's age again).
    """
    day = to_local(instant, tz_name).date()
    if day < birth_date:  # a birth date after the instant: wrong data, counted as relativedelta counts it
        return relativedelta(day, birth_date).years
    birthday = (birth_date.month, birth_date.day)
    if birthday == (2, 29) and not isleap(day.year):
        birthday = (2, 28)
    return day.year - birth_date.year - ((day.month, day.day) < birthday)


@dataclass(frozen=True)
class CustodyTimeline:
    custody: Custody
    person: Person
    events: tuple[Event, ...]  # as recorded, corrections included, in chain order
    facilities: Mapping[str, Facility]

    @cached_property
    def effective(self) -> tuple[Event, ...]:
        return apply_corrections(self.events)

    def first(self, event_type: str) -> Event | None:
        return next((e for e in self.effective if e.type == event_type), None)

    @property
    def apprehension(self) -> Event | None:
        return self.first("apprehension")

    @property
    def release(self) -> Event | None:
        return self.first("release")

    @cached_property
    def stays(self) -> tuple[Stay, ...]:
        return classify_stays(self.effective)

    @property
    def current_stay(self) -> Stay | None:
        """The facility the person is in now, or None before arrival, in transit or after release."""
        if self.release is not None or not self.stays or self.stays[-1].departure is not None:
            return None
        return self.stays[-1]

    @property
    def current_location(self) -> str | None:
        """The latest placement (cell, room) within the current facility: a location belongs to its stay, so
        after a return without a new placement there is none (never the other facility's cell)."""
        stay = self.current_stay
        return self.location_in(stay) if stay is not None else None

    def location_in(self, stay: Stay) -> str | None:
        """The latest placement recorded between the stay's arrival and its departure."""
        after_arrival = self.effective[self.effective.index(stay.arrival) + 1:]
        location = None
        for event in after_arrival:
            if event is stay.departure:
                break
            if event.type == "placement":
                location = event.get("location")
        return location

    @property
    def facility_timezone(self) -> str | None:
        """The zone of the custody's first facility, None before any arrival."""
        for stay in self.stays:
            facility = self.facilities.get(stay.facility)
            if facility is not None:
                return facility.timezone
        return None

    @property
    def timezone(self) -> str:
        """The zone times are shown in: the first facility's; before any arrival UTC, which no reader mistakes."""
        return self.facility_timezone or "UTC"

    @cached_property
    def effective_person(self) -> Person:
        """The person with facts established during the custody (extension event) applied."""
        person = self.person
        for event in self.effective:
            if event.type != "identity_established":
                continue
            changes = {}
            if event.get("birth_date"):
                changes["birth_date"] = date.fromisoformat(event.get("birth_date"))
            if event.get("citizenship"):
                changes["citizenship"] = event.get("citizenship")
            if event.get("languages"):
                changes["languages"] = tuple(event.get("languages"))
            if event.get("id_document"):
                changes["id_document"] = event.get("id_document")
            person = dataclasses.replace(person, **changes)
        return person

    def age_at_apprehension(self, law: Jurisdiction) -> int | None:
        """Whole years on the calendar of the first facility (the jurisdiction's before any arrival)."""
        apprehension = self.apprehension
        birth = self.effective_person.birth_date
        if apprehension is None or birth is None:
            return None
        return age_at(birth, apprehension.at, self.facility_timezone or law.timezone)

    def is_minor(self, law: Jurisdiction) -> bool:
        """Under the age of majority at apprehension; an unknown birth date as the profile reads it."""
        age = self.age_at_apprehension(law)
        return law.unknown_birth_date_is_minor if age is None else age < law.age_of_majority

    def is_foreign_national(self, law: Jurisdiction) -> bool:
        """Citizenship known and not the jurisdiction's own; stateless persons included."""
        citizenship = self.effective_person.citizenship
        return citizenship is not None and citizenship.upper() != law.home_country.upper()

    def as_of(self, instant: datetime) -> CustodyTimeline:
        """The custody as the register stood at an instant: only what had happened by then.

        A correction counts from its own `at`; the events it corrects are then
        read at their corrected times. Identity facts learnt later are left out
        too, so an age established tomorrow does not change today's verdict.
        """
        if all(e.at <= instant for e in self.events) and all(e.at <= instant for e in self.effective):
            return self
        known = tuple(e for e in self.events if e.type != "correction" or e.at <= instant)
        visible = tuple(e for e in apply_corrections(known) if e.at <= instant)
        return CustodyTimeline(self.custody, self.person, visible, self.facilities)

    def ended_at(self) -> datetime | None:
        release = self.release
        return release.at if release else None
