"""The register's words: record kinds, enumerations and the fields of every event type.

This is the single source of truth for contract section 2; validation, import,
the UI's event forms and the rule engine all read it instead of repeating it.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class FieldKind(Enum):
    TEXT = "text"
    BOOL = "bool"
    TEXT_LIST = "text_list"
    CHOICE = "choice"
    INSTANT = "instant"
    OBJECT = "object"
    FACILITY = "facility"
    EVENT = "event"
    DATE = "date"
    MINUTES = "minutes"  # a whole number of minutes, 1 to MAX_MINUTES


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: FieldKind
    required: bool = True
    choices: tuple[str, ...] = ()


FACILITY_KINDS = (
    "police_station", "ivs", "sizo", "special_holding_centre", "holding_processing_centre",
    "nsc_facility", "hospital", "court", "vehicle", "other",
)
SEXES = ("female", "male", "unknown")
PROCEDURAL_STATUSES = ("none", "suspect", "accused", "administrative", "brought_in", "witness")
NOTIFICATION_RECIPIENTS = (
    "relative", "legal_representative", "consulate", "prosecutor", "procurator_general",
    "foreign_ministry", "internal_affairs_ministry", "national_security_committee", "lawyer", "other",
)
NOTIFICATION_OUTCOMES = ("reached", "unsuccessful")
DEPARTURE_PURPOSES = ("interrogation", "investigative_action", "transfer", "court", "hospital", "other")
COURT_DECISIONS = ("remand", "other_measure", "release", "extension")
APPOINTED_BY = ("detainee", "state")
EXAM_TRIGGERS = ("admission", "return", "request", "other")
# The bodies a complaint may be addressed to (register/complaints.py): each reads those addressed to it.
COMPLAINT_BODIES = ("prosecutor", "ombudsman", "npm", "other")
# The levels of observation of PACE Code C Annex H (1: general, 2: intermittent, 3: constant, 4: close proximity).
OBSERVATION_LEVELS = ("general", "intermittent", "constant", "close_proximity")
CELL_CONDITIONS = ("fine", "roused", "not_responding", "concern")
# The risks a risk assessment answers yes or no; the board and the timeline show the latest yes as markers.
RISK_FLAGS = ("self_harm_risk", "intoxicated", "medical_condition", "mental_health", "violence_risk",
              "needs_interpreter")
MAX_MINUTES = 1440

T, B, L, C, I, O = (FieldKind.TEXT, FieldKind.BOOL, FieldKind.TEXT_LIST, FieldKind.CHOICE,
                    FieldKind.INSTANT, FieldKind.OBJECT)


def _f(name: str, kind: FieldKind, required: bool = True, choices: tuple[str, ...] = ()) -> FieldSpec:
    return FieldSpec(name, kind, required, choices)


EVENT_FIELDS: dict[str, tuple[FieldSpec, ...]] = {
    "apprehension": (_f("place", T), _f("officers", L), _f("reason", T), _f("video", T, False),
                     _f("video_missing_reason", T, False)),  # extension: why there is no recording
    "rights_informed": (_f("language", T), _f("written", B), _f("signed", B), _f("interpreter", T, False)),
    "arrival": (_f("facility", FieldKind.FACILITY),),
    "handover": (_f("investigator", T),),
    "protocol": (_f("number", T), _f("drawn_by", T)),
    "placement": (_f("location", T),),
    "notification": (
        _f("recipient", C, choices=NOTIFICATION_RECIPIENTS), _f("recipient_name", T), _f("method", T),
        _f("outcome", C, choices=NOTIFICATION_OUTCOMES), _f("officer", T),
    ),
    "lawyer_request": (_f("requested_by", T, False),),
    "lawyer_meeting": (
        _f("lawyer", T), _f("until", I, False), _f("private", B), _f("appointed_by", C, choices=APPOINTED_BY),
    ),
    "medical_request": (),
    "medical_exam": (
        _f("physician", T), _f("report_number", T), _f("injuries", B), _f("non_medical_present", B),
        _f("presence_requested_by_doctor", B, False), _f("trigger", C, False, EXAM_TRIGGERS),
    ),
    "injury_report": (_f("to", T), _f("reference", T, False)),
    "family_visit": (_f("visitor", T), _f("until", I, False)),
    "interrogation": (
        _f("investigator", T), _f("until", I, False), _f("lawyer_present", B),
        _f("legal_representative_present", B, False),
    ),
    "departure": (_f("purpose", C, choices=DEPARTURE_PURPOSES), _f("destination", T, False)),
    "court_appearance": (_f("court", T), _f("online", B, False)),
    "court_decision": (_f("decision", C, choices=COURT_DECISIONS), _f("court", T),
                       _f("until", I, False)),  # extension: the end of the detention an extension or warrant allows
    "release": (_f("reason", T), _f("released_to", T, False)),
    "complaint": (_f("addressee", T), _f("subject", T),
                  # Extensions (docs/contract-extensions.md): the body it goes to, and whether it alleges ill-treatment.
                  _f("body", C, False, COMPLAINT_BODIES), _f("ill_treatment", B, False)),
    "correction": (_f("corrects", FieldKind.EVENT), _f("reason", T), _f("changes", O)),
    # Extensions (docs/contract-extensions.md): facts learnt during the custody.
    "identity_established": (
        _f("birth_date", FieldKind.DATE, False), _f("citizenship", T, False),
        _f("languages", L, False), _f("id_document", T, False),
    ),
    "status_change": (_f("procedural_status", C, choices=PROCEDURAL_STATUSES),),
    # Extensions for periodic reviews and authorised extensions of detention (PACE 1984 ss. 40, 42).
    "review": (_f("reviewer", T),),
    "authorisation": (_f("authorised_by", T), _f("until", I, False)),
    # Extensions for the custody record itself (issue 17; docs/contract-extensions.md).
    "risk_assessment": (
        _f("assessed_by", T), *(_f(flag, B) for flag in RISK_FLAGS), _f("vulnerabilities", L, False),
        _f("observation_level", C, choices=OBSERVATION_LEVELS),
        _f("check_interval_minutes", FieldKind.MINUTES, False), _f("note", T, False),
    ),
    "cell_check": (_f("officer", T), _f("condition", C, choices=CELL_CONDITIONS), _f("note", T, False)),
    "log_note": (_f("officer", T), _f("note", T)),
    "dependants": (
        _f("children_left_without_care", B), _f("cared_for_by", T, False), _f("emergency_contact", T, False),
        _f("note", T, False),
    ),
    # Extension (the whereabouts desk): the detainee's own word on whether the register may tell those who
    # ask where they are (false: do not disclose, e.g. to be safe from a violent relative; true: withdrawn).
    "disclosure_wish": (_f("disclose", B),),
}

EVENT_TYPES: tuple[str, ...] = tuple(EVENT_FIELDS)

# Fields every event has besides those of its type.
EVENT_COMMON_FIELDS = ("id", "custody", "type", "at", "recorded_at", "recorded_by")

RECORD_KINDS = ("facility", "person", "custody", "event")


def field_spec(event_type: str, name: str) -> FieldSpec | None:
    """The spec of one field of an event type, or None when the type has no such field."""
    for spec in EVENT_FIELDS.get(event_type, ()):
        if spec.name == name:
            return spec
    return None
