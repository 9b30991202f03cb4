"""The shift handover of one facility at an instant, read from the custody records (issue 17).

Who is held and where, their warning markers and observation level, every clock due in the next 12 hours,
the cell checks missed, the property still held, and what the outgoing officer notes. The incoming officer
signs it: the register chains who, when, the instant and a digest of exactly what was handed over.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Mapping

from register.domain import ClockStatus, Facility, RuleClock, RuleInfo
from register.property import property_account
from register.risk import safety_facts
from register.timeline import CustodyTimeline
from register.timeutil import format_utc

LOOK_AHEAD = timedelta(hours=12)
CHECK_RULE = "cell-checks"


@dataclass(frozen=True)
class HandoverRow:
    custody_id: str
    person: str
    location: str | None
    markers: tuple[str, ...]
    observation_level: str | None
    check_interval_minutes: int | None
    due: tuple[RuleClock, ...]  # running, due within LOOK_AHEAD, soonest first
    missed_checks: int  # occurrences of the cell-checks rule breached or late so far
    property_held: tuple[str, ...]  # "Keys × 3", "KZT 12500"


@dataclass(frozen=True)
class Handover:
    facility: Facility
    as_of: datetime
    rows: tuple[HandoverRow, ...]
    outgoing: str
    notes: str
    signed: tuple[dict, ...]  # the handovers signed at this facility (store.shift_handover_record), oldest first
    rules: Mapping[str, RuleInfo]  # the profile's rules, to name the clocks due
    register_name: str
    printed_at: datetime
    printed_by: str

    @property
    def digest(self) -> str:
        """SHA-256 of what is handed over (not of who prints it or when): the signature binds to it."""
        content = {"facility": self.facility.id, "as_of": format_utc(self.as_of), "outgoing": self.outgoing,
                   "notes": self.notes,
                   "rows": [[r.custody_id, r.person, r.location, list(r.markers), r.observation_level,
                             r.check_interval_minutes, [[c.rule, format_utc(c.due_at)] for c in r.due],
                             r.missed_checks, list(r.property_held)] for r in self.rows]}
        return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def handover_row(timeline: CustodyTimeline, clocks: list[RuleClock], as_of: datetime) -> HandoverRow:
    safety = safety_facts(timeline)
    due = tuple(sorted((c for c in clocks if c.status is ClockStatus.RUNNING and c.due_at <= as_of + LOOK_AHEAD),
                       key=lambda c: c.due_at))
    missed = sum(1 for c in clocks if c.rule == CHECK_RULE and c.status in (ClockStatus.BREACHED, ClockStatus.LATE))
    held = tuple(f"{line.description} {line.taken - line.returned}" if line.is_cash
                 else f"{line.description} × {line.taken - line.returned}"
                 for line in property_account(timeline).held)
    return HandoverRow(timeline.custody.id, timeline.effective_person.full_name, timeline.current_location,
                       safety.markers, safety.observation_level, safety.check_interval_minutes, due, missed, held)
