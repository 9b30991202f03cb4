"""Read models handed to `printing/`: everything a printout shows, already decided."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Mapping

from register.domain import BoardRow, ChainStamp, Facility, RuleClock, RuleInfo
from register.timeline import CustodyTimeline


@dataclass(frozen=True)
class TimelineReport:
    """One custody's timeline as printed for a court, a monitor, the detainee or their lawyer."""
    timeline: CustodyTimeline
    clocks: tuple[RuleClock, ...]
    rules: Mapping[str, RuleInfo]
    stamps: Mapping[str, ChainStamp]  # record id (events, the custody, the person) -> chain stamp
    chain_head: ChainStamp | None
    register_name: str
    printed_at: datetime
    printed_by: str


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
