"""What an officer must not miss about a detainee's safety, read once from the custody's record.

The latest risk assessment (corrections applied) decides the warning markers and the interval of cell
checks; the person's recorded vulnerabilities and any said at the assessment are shown with them; a
child left without care at the apprehension is a marker until someone is recorded as caring for it.
The board, the timeline header and the printed timeline all read `safety_facts`, so they agree.
"""
from __future__ import annotations

from dataclasses import dataclass

from register.domain import Event
from register.timeline import CustodyTimeline
from register.vocabulary import RISK_FLAGS

# Observation in person: there is no interval between checks to keep.
IN_PERSON_LEVELS = ("constant", "close_proximity")


@dataclass(frozen=True)
class SafetyFacts:
    """`markers` are codes of labels.toml [value.marker], most urgent first; `check_interval_minutes`
    fills the `observation` marker."""
    markers: tuple[str, ...] = ()
    observation_level: str | None = None
    check_interval_minutes: int | None = None
    vulnerabilities: tuple[str, ...] = ()


def latest(timeline: CustodyTimeline, event_type: str) -> Event | None:
    """The event of the type with the latest time (the later line when times are equal)."""
    found = [e for e in timeline.effective if e.type == event_type]
    return max(reversed(found), key=lambda e: e.at) if found else None


def safety_facts(timeline: CustodyTimeline) -> SafetyFacts:
    assessment = latest(timeline, "risk_assessment")
    vulnerabilities = list(timeline.effective_person.vulnerabilities)
    markers: list[str] = []
    dependants = latest(timeline, "dependants")
    if dependants is not None and dependants.get("children_left_without_care") and not dependants.get("cared_for_by"):
        markers.append("child_without_care")
    if assessment is None:
        return SafetyFacts(tuple(markers), vulnerabilities=tuple(vulnerabilities))
    markers += [flag for flag in RISK_FLAGS if assessment.get(flag)]
    level = assessment.get("observation_level")
    interval = assessment.get("check_interval_minutes")
    if level in IN_PERSON_LEVELS:
        markers.insert(0, "constant")
    elif interval:
        markers.insert(0, "observation")
    vulnerabilities += [v for v in assessment.get("vulnerabilities") or () if v not in vulnerabilities]
    return SafetyFacts(tuple(markers), level, interval, tuple(vulnerabilities))


def safety_fields(timeline: CustodyTimeline) -> dict:
    """The BoardRow fields the safety facts fill (the board and the held list show the same markers)."""
    safety = safety_facts(timeline)
    return {"markers": safety.markers, "check_interval_minutes": safety.check_interval_minutes,
            "vulnerabilities": safety.vulnerabilities}
