"""Whether new events may enter a custody's timeline (contract section 2).

The one place that decides it, for import, the desktop forms and any other
writer. Each rejection names the event and, where there is one, the field.
"""
from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Callable, Mapping, Sequence

from register.domain import Event
from register.errors import BadInput, Message, Problem
from register.records import parse_event_instant, parse_field
from register.timeline import apply_corrections
from register.vocabulary import EVENT_FIELDS

RECORDING_TOLERANCE = timedelta(minutes=5)
# Facts and duties that outlive the custody, so may be recorded after the release: an identity
# established later, the report of injuries (the duty to tell the prosecutor stays; docs/rules.md), property
# given back (the person may come back for it), and a complaint about the custody (many complain only once out
# of reach of the staff they complain of).
AFTER_RELEASE = frozenset({"identity_established", "injury_report", "property_return", "complaint"})


def check_new_events(existing: Sequence[Event], new: Sequence[Event], facility_exists: Callable[[str], bool],
                     tz: str = "UTC") -> list[Problem]:
    """Reasons the new events of one custody cannot be recorded; empty when they can.

    `existing` are the custody's stored events (with their chain seq); `new` are
    in the order they will be written. Each problem's ref and record_id are the
    event's id; the times it names are told in `tz`, the custody's zone.
    """
    rejections = [r for event in new for r in _check_alone(event, facility_exists, tz)]
    rejections += _check_corrections(existing, new, facility_exists, tz)
    if rejections:
        return rejections
    return _check_sequence(existing, new, tz)


def _problem(event_id: str, field: str | None, code: str, **params) -> Problem:
    return Problem(event_id, Message(code, field=field, **params), field, event_id)


def _check_alone(event: Event, facility_exists: Callable[[str], bool], tz: str) -> list[Problem]:
    found = []
    if event.at > event.recorded_at + RECORDING_TOLERANCE:
        found.append(_problem(event.id, "at", "in-the-future", at=event.at, recorded_at=event.recorded_at, tz=tz))
    until = event.get("until")
    if until is not None and until < event.at:
        found.append(_problem(event.id, "until", "until-before-at", until=until, at=event.at, tz=tz))
    if event.type == "medical_exam" and event.get("injury_marks") and not event.get("injuries"):
        found.append(_problem(event.id, "injury_marks", "injury-marks-without-injuries"))
    if event.type == "arrival" and not facility_exists(event.get("facility")):
        found.append(_problem(event.id, "facility", "unknown-facility", facility=event.get("facility")))
    return found


def _check_corrections(existing: Sequence[Event], new: Sequence[Event],
                       facility_exists: Callable[[str], bool], tz: str) -> list[Problem]:
    """A correction is refused when the event it leaves behind would be refused as a new event
    (contract section 2); where it lies against the apprehension, the release and the stays is
    judged afterwards, on the corrected timeline, by `_check_sequence`."""
    by_id = {e.id: e for e in (*existing, *new)}
    found = []
    corrected: dict[str, Event] | None = None
    for correction in (e for e in new if e.type == "correction"):
        target = by_id.get(correction.get("corrects"))
        if target is None:
            found.append(_problem(correction.id, "corrects", "corrected-event-unknown",
                                  event=correction.get("corrects")))
            continue
        if target.type == "correction":
            found.append(_problem(correction.id, "corrects", "correction-of-correction"))
            continue
        if correction.at < target.at:
            found.append(_problem(correction.id, "at", "correction-before-event", at=target.at, tz=tz))
            continue
        problems = [p for name, value in correction.get("changes").items()
                    if (p := _check_change(target.type, name, value))]
        if problems:
            found += [Problem(correction.id, problem, "changes", correction.id) for problem in problems]
            continue
        if corrected is None:
            corrected = {e.id: e for e in apply_corrections([*existing, *new])}
        # Judged as if entered when the correction was: a corrected time in the future is refused.
        as_new = dataclasses.replace(corrected[target.id], recorded_at=correction.recorded_at)
        found += [_problem(correction.id, "changes", "corrected-event-refused", problem=p.message)
                  for p in _check_alone(as_new, facility_exists, tz)]
    return found


def _check_change(event_type: str, name: str, value: object) -> Message | None:
    if name == "at":
        try:
            parse_event_instant(value, "at")
        except BadInput as error:
            return Message("new-value", problem=error)
        return None
    spec = next((s for s in EVENT_FIELDS[event_type] if s.name == name), None)
    if spec is None:
        return Message("not-a-field-of-event", field=name, event_type=event_type)
    if value is None and spec.required:
        return Message("change-removes-required", field=name, event_type=event_type)
    try:
        parse_field(spec, value, event_type)
    except BadInput as error:
        return Message("new-value", problem=error)
    return None


def _in_order_after(base: int, events: Sequence[Event]) -> bool:
    """Whether the events already carry seqs after `base`, in their order: the writer gives them
    provisional ones, so copying every event for new ones (a tenth of an import's checks) is not needed."""
    seqs = [e.seq for e in events]
    return None not in seqs and all(a < b for a, b in zip([base, *seqs], seqs))


def _check_sequence(existing: Sequence[Event], new: Sequence[Event], tz: str) -> list[Problem]:
    """Walk the corrected timeline in order and reject what breaks the story of a custody."""
    base = max((e.seq or 0 for e in existing), default=0)
    provisional = new if _in_order_after(base, new) else [dataclasses.replace(e, seq=base + 1_000_000 + i)
                                                         for i, e in enumerate(new)]
    responsible = _responsibility(existing, new)
    found: dict[str, Problem] = {}

    # The stored timeline was valid, so a fault on an untouched event is caused by the batch:
    # by a new correction if there is one, else by the batch's first event.
    corrections = [e.id for e in new if e.type == "correction"]
    fallback = corrections[0] if corrections else (new[0].id if new else None)

    def reject(event: Event, code: str, field: str | None = "at", **params) -> None:
        culprit = responsible.get(event.id, fallback)
        if culprit and culprit not in found:
            found[culprit] = _problem(culprit, field if culprit == event.id else "changes", code, tz=tz, **params)

    ordered = apprehension_first(apply_corrections([*existing, *provisional]))
    apprehensions = [e for e in ordered if e.type == "apprehension"]
    stored_ids = {e.id for e in existing}
    apprehension = next((e for e in apprehensions if e.id in stored_ids), apprehensions[0] if apprehensions else None)
    for extra in (e for e in apprehensions if e is not apprehension):
        reject(extra, "second-apprehension", "type")
    if len(apprehensions) > 1:
        return list(found.values())
    release = None
    at_facility = departed = False
    for event in ordered:
        if event.type == "apprehension":
            continue
        if apprehension is None:
            reject(event, "no-apprehension", "custody")
            continue
        if event.at < apprehension.at:
            reject(event, "before-apprehension", at=apprehension.at)
            continue
        if release is not None and event.type not in AFTER_RELEASE:
            reject(event, "after-release", at=release.at)
            continue
        if event.type == "arrival":
            if at_facility:
                reject(event, "still-at-facility", "type")
                continue
            at_facility = True
        elif event.type == "departure":
            if not at_facility:
                reject(event, "not-at-facility", "type")
                continue
            at_facility, departed = False, True
        elif event.type == "placement" and departed and not at_facility:
            reject(event, "placement-between-facilities")
        elif event.type == "release":
            release = event
    return list(found.values())


def apprehension_first(events: Sequence[Event]) -> list[Event]:
    """Events in time order; when times are equal, the apprehension opens the custody."""
    return sorted(events, key=lambda e: (e.at, e.type != "apprehension"))


def _responsibility(existing: Sequence[Event], new: Sequence[Event]) -> Mapping[str, str]:
    """Which new record answers for each event: itself, or the new correction that changed it."""
    responsible = {e.id: e.id for e in new}
    for correction in (e for e in new if e.type == "correction"):
        responsible.setdefault(correction.get("corrects"), correction.id)
    return responsible
