"""Injuries found by a medical examination, read from the custody's record for the injury register.

The SPT (report on Kazakhstan, paras. 79-80) asks for a register of injuries documented on admission and
after transfers or returns, in line with the Istanbul Protocol, and whether the prosecutor was told. An
examination with `injuries` true is one row; the prosecutor counts as told by the first injury report
or notification of a prosecutor recorded at or after it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from register.domain import Event
from register.timeline import CustodyTimeline

TOLD_BY = ("injury_report", "notification")


@dataclass(frozen=True)
class InjuryRow:
    """One examination that found injuries: whose, where, when, what was charted, whether it was reported."""
    custody_id: str
    person: str
    facility_id: str | None
    exam_id: str
    examined_at: datetime
    trigger: str | None  # admission | return | request | other (None: not said)
    marks: int  # injuries on the body chart (0: found but not charted)
    reported_at: datetime | None  # the prosecutor told (injury report or notification), else None
    held: bool  # still held at the time of reading


def _tells_prosecutor(event: Event) -> bool:
    return event.type == "injury_report" or (event.type == "notification" and event.get("recipient") == "prosecutor")


def injury_rows(timeline: CustodyTimeline, as_of: datetime) -> list[InjuryRow]:
    view = timeline.as_of(as_of)
    events = list(view.effective)
    rows = []
    for exam in (e for e in events if e.type == "medical_exam" and e.get("injuries")):
        told = next((e.at for e in events if e.type in TOLD_BY and e.at >= exam.at and _tells_prosecutor(e)), None)
        stay = next((s for s in reversed(view.stays) if s.arrived_at <= exam.at), None)
        rows.append(InjuryRow(timeline.custody.id, view.effective_person.full_name,
                              stay.facility if stay else None, exam.id, exam.at, exam.get("trigger"),
                              len(exam.get("injury_marks") or ()), told, view.ended_at() is None))
    return rows
