"""Plain, immutable read models of the register.

These are what every layer above `register/` sees: never ORM objects.
Instants are aware UTC datetimes; local time exists only at the edges.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Mapping

from register.timeutil import format_utc


@dataclass(frozen=True)
class Facility:
    id: str
    name: str
    kind: str
    designated: bool
    timezone: str = "Asia/Almaty"
    region: str | None = None
    agency: str | None = None
    address: str | None = None  # extension: where relatives find the facility (the whereabouts desk)
    telephone: str | None = None


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    birth_date: date | None
    sex: str
    citizenship: str | None
    languages: tuple[str, ...]
    needs_interpreter: bool | None = None
    id_document: str | None = None
    vulnerabilities: tuple[str, ...] = ()
    # Years, as an officer estimated them while the birth date is unknown: never a birth date, so the
    # protective reading of an unknown age (contract section 4) still applies.
    estimated_age: int | None = None


@dataclass(frozen=True)
class EarlierCustody:
    """Where and when a namesake was held: the facility of the custody (its last) and its dates."""
    facility_name: str | None
    apprehended_at: datetime | None
    released_at: datetime | None


@dataclass(frozen=True)
class Namesake:
    """Someone already in the register, at any facility, who may be the person being registered: what
    identifies them (name, birth date, the last digits of the document) and where and when they were held,
    never what happened in custody. `person` is the whole record when the user may see it anyway."""
    person_id: str
    full_name: str
    birth_date: date | None
    document_tail: str | None
    custodies: tuple[EarlierCustody, ...]
    person: Person | None = None


@dataclass(frozen=True)
class Custody:
    id: str
    person: str
    procedural_status: str
    grounds: str
    ordering_authority: str
    agency: str | None = None


@dataclass(frozen=True)
class Event:
    """One event as recorded. `fields` holds the type's own fields (an `until` is an aware datetime)."""
    id: str
    custody: str
    type: str
    at: datetime
    recorded_at: datetime
    recorded_by: str | None
    fields: Mapping[str, Any] = field(default_factory=dict)
    seq: int | None = None  # position in the tamper-evident chain, once stored

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


@dataclass(frozen=True)
class Jurisdiction:
    """The facts of the law that the register needs outside the rules, from the profile and never assumed:
    whose citizens are home, the calendar, who is a minor, when an entry is late, what a failed attempt counts."""
    home_country: str  # ISO 3166-1 alpha-2
    timezone: str  # IANA zone of the jurisdiction's calendar
    age_of_majority: int
    unknown_birth_date_is_minor: bool
    late_registration: timedelta  # an apprehension entered later than this after it happened is a late entry
    unsuccessful_notifications_satisfy: bool


class ClockStatus(StrEnum):
    """The verdict on one occurrence (contract section 1); a StrEnum, so JSON and comparisons see the text."""
    RUNNING = "running"
    MET = "met"
    LATE = "late"
    BREACHED = "breached"
    LAPSED = "lapsed"
    FLAGGED = "flagged"


OPEN_STATUSES = frozenset({ClockStatus.RUNNING, ClockStatus.BREACHED})  # not yet met, still counting
BREACH_STATUSES = frozenset({ClockStatus.BREACHED, ClockStatus.LATE})  # the duty was broken
PROBLEM_STATUSES = BREACH_STATUSES | {ClockStatus.FLAGGED}


@dataclass(frozen=True)
class RuleClock:
    """One occurrence of one rule for one custody, judged at an instant (contract section 1)."""
    custody: str
    person: str
    rule: str
    status: ClockStatus
    severity: str  # breach | indicator
    trigger_at: datetime
    due_at: datetime
    met_at: datetime | None
    overdue_minutes: int
    basis: str
    warn_at: datetime | None = None  # when a running clock turns amber
    details: str | None = None
    # A breached clock whose duty ended (the release, the end of a series) stopped counting then;
    # None while it counts on. register.overdue reads it, so screen and paper count alike.
    stopped_at: datetime | None = None
    # The rule version that judged this occurrence, with its names: the board, the inbox and the
    # printouts name a clock from here, so they cannot disagree with the profile or with each other.
    info: RuleInfo | None = field(default=None, compare=False, repr=False)

    def title(self, lang: str) -> str:
        return self.info.title(lang) if self.info else self.rule

    def short_title(self, lang: str) -> str:
        return self.info.short_title(lang) if self.info else self.rule

    @property
    def is_problem(self) -> bool:
        return self.status in PROBLEM_STATUSES


def alert_key(clock: RuleClock) -> str:
    """The one name of an occurrence as an alert, however often it is judged: custody, rule and trigger."""
    return f"{clock.custody}|{clock.rule}|{format_utc(clock.trigger_at)}"


@dataclass(frozen=True)
class RuleInfo:
    """One rule as readers see it, all from the profile: its names in en/ru/kk, figure and basis.

    `title` for tables and printouts, `short_title` for chips, `deadline` for the rights notice
    ("brought before a court or released"), `basis` in English as `breaches` prints it and
    `bases` in every language.
    """
    id: str
    severity: str
    titles: Mapping[str, str]  # language code (en, ru, kk) -> title
    figure: str | None  # ISO 8601 duration, e.g. "PT3H"; None for indicators
    basis: str
    short_titles: Mapping[str, str] = field(default_factory=dict)
    deadlines: Mapping[str, str] = field(default_factory=dict)
    bases: Mapping[str, str] = field(default_factory=dict)
    minors_figure: str | None = None  # the figure for minors where a version of the rule sets its own

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en") or self.id

    def short_title(self, lang: str) -> str:
        return self.short_titles.get(lang) or self.short_titles.get("en") or self.title(lang)

    def deadline(self, lang: str) -> str | None:
        return self.deadlines.get(lang) or self.deadlines.get("en")

    def basis_in(self, lang: str) -> str:
        return self.bases.get(lang) or self.basis


@dataclass(frozen=True)
class ChainStamp:
    """A record's place in the tamper-evident chain, as printed for verification."""
    seq: int
    kind: str  # facility | person | custody | event | ...
    record_id: str
    hash: str


@dataclass(frozen=True)
class TreeStamp:
    """The register's Merkle tree at a print: its size and root (hex) are what a signed checkpoint of that
    size states, so a witness's checkpoint proves the printout came from this register as it then was."""
    size: int
    root: str


@dataclass(frozen=True)
class BoardRow:
    """One person in custody, as the board and the 'who is held here' list show them."""
    custody_id: str
    person_id: str
    person_name: str
    birth_date: date | None
    citizenship: str | None
    facility_id: str | None
    facility_name: str | None
    location: str | None
    timezone: str
    apprehended_at: datetime | None
    released_at: datetime | None
    clocks: tuple[RuleClock, ...] = ()
    is_minor: bool = False
    is_foreign_national: bool = False
    id_document: str | None = None
    # register.risk.safety_facts: warning markers (labels.toml [value.marker]) and what fills them.
    markers: tuple[str, ...] = ()
    check_interval_minutes: int | None = None
    vulnerabilities: tuple[str, ...] = ()
    estimated_age: int | None = None  # the person's estimated age while the birth date is unknown
