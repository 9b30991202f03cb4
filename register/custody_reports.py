"""Read models of the custody record's own printouts (issue 17): the property receipt and the medical
report with its body charts, decided here so `printing/` only lays them out."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from register.domain import Custody, Event, Facility, Person
from register.property import PropertyAccount


@dataclass(frozen=True)
class PropertyReceipt:
    """What was taken from one detainee and what was given back, item by item, with what differs;
    `language` is the first language the detainee understands that the receipt is printed in."""
    person: Person
    custody: Custody
    facility: Facility | None  # where the property was taken (the first inventory's facility), else the first stay's
    account: PropertyAccount
    language: str | None
    timezone: str
    register_name: str
    printed_at: datetime
    printed_by: str


@dataclass(frozen=True)
class MedicalReport:
    """The medical examinations of one custody as the printing user may read them (the body chart for
    medical staff, prosecutors and monitors; the rest of an examination for medical staff only)."""
    person: Person
    custody: Custody
    exams: tuple[Event, ...]
    facilities: dict[str, Facility]
    timezone: str
    register_name: str
    printed_at: datetime
    printed_by: str
