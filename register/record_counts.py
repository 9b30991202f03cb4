"""How often the custody record's own events (issue 17) occur over a set of custodies, for the oversight
report: searches, uses of force (and those that caused injuries), refusals of care, property given back
with a difference, examinations that charted injuries, children left without care. Pure."""
from __future__ import annotations

from collections import Counter
from register.property import returns_with_differences
from register.timeline import CustodyTimeline

# The counts in the order printed (labels.toml [text] record_<code>).
RECORD_COUNTS = ("personal_search", "use_of_force", "use_of_force_injuries", "care_refused", "property_difference",
                 "injuries_charted", "child_without_care")


def in_order(found: Counter[str]) -> tuple[tuple[str, int], ...]:
    return tuple((code, found[code]) for code in RECORD_COUNTS)


def count_into(found: Counter[str], timeline: CustodyTimeline) -> None:
    """Add one custody's events to `found` (the oversight report streams its custodies)."""
    for event in timeline.effective:
        if event.type == "personal_search":
            found["personal_search"] += 1
        elif event.type == "use_of_force":
            found["use_of_force"] += 1
            found["use_of_force_injuries"] += bool(event.get("injuries"))
        elif event.type == "care" and event.get("care_outcome") == "refused":
            found["care_refused"] += 1
        elif event.type == "medical_exam" and event.get("injury_marks"):
            found["injuries_charted"] += 1
        elif event.type == "dependants" and event.get("children_left_without_care"):
            found["child_without_care"] += 1
    found["property_difference"] += len(returns_with_differences(timeline))
