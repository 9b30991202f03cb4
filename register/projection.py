"""The custody_state projection: what the board and search sort and filter on in SQL.

Derived entirely from a custody's timeline, so it can be rebuilt at any time;
only values that do not change with the passing of time are kept, and live
clock states are computed for the rows on screen. A new or changed rule
profile needs a rebuild (MaintenanceService.rebuild_projection), as the clocks
judged here depend on it.
"""
from __future__ import annotations

import hashlib
import unicodedata
from datetime import datetime

from register.domain import OPEN_STATUSES, ClockStatus
from register.judgement import Judgement, judge_with_clocks
from register.rules import Profile
from register.search_text import document_key, name_key
from register.timeline import CustodyTimeline


# What a row holds and means; a change here makes every register's rows stale, as a new profile does.
# 2: next_due_at counts an instant breach (its due instant is its trigger), so urgency sorts it first.
# 3: the clocks are stored beside the row (clock_judgement, custody_clock: register/judgement.py).
# 4: the stored judgement says whether the custody holds an allegation (clock_judgement.alleged, revision 0014).
PROJECTION_FORMAT = 4


def judged_with(profile: Profile) -> str:
    """The fingerprint a projection built by this code with this profile records (ProjectionProfileRow)."""
    return hashlib.sha256(f"{profile.fingerprint}/{PROJECTION_FORMAT}".encode()).hexdigest()


def fold(text: str) -> str:
    """Case- and ё-insensitive form of a name, for sorting by name (search folds with search_text)."""
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def custody_state(timeline: CustodyTimeline, profile: Profile, now: datetime) -> dict:
    """The custody's row (see `judged`)."""
    return judged(timeline, profile, now)[0]


def judged(timeline: CustodyTimeline, profile: Profile, now: datetime) -> tuple[dict, Judgement]:
    """The custody's row and its stored clocks, judged at the write (`now`) or at its latest event if that
    lies later; a write saves both in its transaction (store.save_state).

    From `judged_at` on, every event is in view, so until the next write the only way a clock can
    become a problem is a running clock passing its due instant: a custody with no problem
    (`has_problem`) and no `next_due_at` reached cannot have an alert (ReportsService.problem_clocks).
    `next_due_at` is the earliest due instant of a clock not met, a breached instant rule's included, so the
    board's urgency order puts breaches first.
    """
    stay = timeline.current_stay
    apprehension = timeline.apprehension
    release = timeline.release
    effective = timeline.effective
    judged_at = max([now, *(e.at for e in timeline.events), *(e.at for e in effective)])
    judgement, clocks = judge_with_clocks(timeline, profile, judged_at, judged_with(profile))
    unmet_due = [c.due_at for c in clocks if c.met_at is None and c.status in OPEN_STATUSES
                 and (c.due_at > c.trigger_at or c.status == ClockStatus.BREACHED)]
    person = timeline.effective_person
    return {
        "custody_id": timeline.custody.id,
        "person_id": person.id,
        "person_name": person.full_name,
        "person_name_folded": fold(person.full_name),
        "id_document": person.id_document,
        "name_key": name_key(person.full_name),
        "document_key": document_key(person.id_document),
        "apprehended_at": apprehension.at if apprehension else None,
        "released_at": release.at if release else None,
        "facility_id": stay.facility if stay else (timeline.stays[-1].facility if timeline.stays else None),
        "location": timeline.current_location,
        "last_event_at": effective[-1].at if effective else None,
        "is_minor": timeline.is_minor(profile.law),
        "is_foreign_national": timeline.is_foreign_national(profile.law),
        "next_due_at": min(unmet_due) if unmet_due else None,
        "judged_at": judged_at,
        "has_problem": any(c.is_problem for c in clocks),
    }, judgement
