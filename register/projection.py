"""The custody_state projection: what the board and search sort and filter on in SQL.

Derived entirely from a custody's timeline, so it can be rebuilt at any time;
only values that do not change with the passing of time are kept, and live
clock states are computed for the rows on screen.
"""
from __future__ import annotations

from datetime import datetime

from register.rules import Profile, evaluate
from register.timeline import CustodyTimeline


def fold(text: str) -> str:
    """Case- and ё-insensitive form of a name, for search."""
    return text.casefold().replace("ё", "е")


def custody_state(timeline: CustodyTimeline, profile: Profile, now: datetime) -> dict:
    stay = timeline.current_stay
    apprehension = timeline.apprehension
    release = timeline.release
    effective = timeline.effective
    unmet_due = [c.due_at for c in evaluate(timeline, profile, now)
                 if c.met_at is None and c.status in ("running", "breached") and c.due_at > c.trigger_at]
    person = timeline.effective_person
    return {
        "custody_id": timeline.custody.id,
        "person_id": person.id,
        "person_name": person.full_name,
        "person_name_folded": fold(person.full_name),
        "id_document": person.id_document,
        "apprehended_at": apprehension.at if apprehension else None,
        "released_at": release.at if release else None,
        "facility_id": stay.facility if stay else (timeline.stays[-1].facility if timeline.stays else None),
        "location": timeline.current_location,
        "last_event_at": effective[-1].at if effective else None,
        "is_minor": timeline.is_minor(),
        "is_foreign_national": timeline.is_foreign_national(profile.home_country),
        "next_due_at": min(unmet_due) if unmet_due else None,
    }
