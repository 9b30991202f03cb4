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
    COUNT = "count"  # a whole number, 0 to MAX_COUNT (a quantity, an amount of cash in whole units)
    ITEMS = "items"  # a list of objects, each with the spec's `item_fields` (an inventory's items)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: FieldKind
    required: bool = True
    choices: tuple[str, ...] = ()
    item_fields: tuple["FieldSpec", ...] = ()  # ITEMS: the fields of one item


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
# The body chart of a medical examination (Istanbul Protocol, annex III): each injury on the front or the
# back of a region, of a type, its size as measured, and how the detainee says it happened.
INJURY_SIDES = ("front", "back")
BODY_REGIONS = ("head", "neck", "shoulder_left", "shoulder_right", "trunk_upper", "trunk_lower", "pelvis",
                "arm_left", "arm_right", "hand_left", "hand_right", "leg_left", "leg_right", "foot_left", "foot_right")
INJURY_TYPES = ("bruise", "abrasion", "wound", "burn", "swelling", "fracture_suspected", "bite", "other")
# Personal searches and force (issue 17): how far a search went, and what force or restraint was used.
SEARCH_TYPES = ("pat_down", "full", "strip")
FORCE_TYPES = ("physical", "handcuffs", "restraint_belt", "baton", "irritant_spray", "electroshock", "firearm",
               "other")
# Care of the detainee (issue 17): what was offered, and whether it was taken or refused.
CARE_TYPES = ("meal", "water", "rest", "toilet", "exercise", "medication")
CARE_OUTCOMES = ("provided", "refused")
MAX_MINUTES = 1440
MAX_COUNT = 10 ** 12
MAX_ITEMS = 200

T, B, L, C, I, O = (FieldKind.TEXT, FieldKind.BOOL, FieldKind.TEXT_LIST, FieldKind.CHOICE,
                    FieldKind.INSTANT, FieldKind.OBJECT)


def _f(name: str, kind: FieldKind, required: bool = True, choices: tuple[str, ...] = (),
       item_fields: tuple[FieldSpec, ...] = ()) -> FieldSpec:
    return FieldSpec(name, kind, required, choices, item_fields)


# One line of a property inventory or return: what it is and how many (one when not said).
PROPERTY_ITEM = (_f("description", T), _f("quantity", FieldKind.COUNT, False))
INJURY_MARK = (_f("body_region", C, choices=BODY_REGIONS), _f("side", C, choices=INJURY_SIDES),
               _f("injury_type", C, choices=INJURY_TYPES), _f("size", T, False), _f("detainee_account", T, False))
# The cash counted, in whole units of its currency, and the detainee's signature (false: refused to sign).
_CASH_AND_SIGNATURE = (_f("cash_amount", FieldKind.COUNT, False), _f("cash_currency", T, False),
                       _f("signed_by_detainee", B), _f("refusal_reason", T, False))


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
        # Extension (issue 17): the body chart, each injury found (medical confidentiality: register/access.py).
        _f("injury_marks", FieldKind.ITEMS, False, item_fields=INJURY_MARK),
    ),
    "injury_report": (_f("to", T), _f("reference", T, False)),
    "family_visit": (_f("visitor", T), _f("until", I, False)),
    "interrogation": (
        _f("investigator", T), _f("until", I, False), _f("lawyer_present", B),
        _f("legal_representative_present", B, False),
        _f("interpreter", T, False),  # extension: the interpreter present, by name
    ),
    "departure": (_f("purpose", C, choices=DEPARTURE_PURPOSES), _f("destination", T, False),
                  _f("property_bag", T, False),  # extension: the sealed property bag that went with the detainee
                  _f("escort", L, False), _f("vehicle", T, False)),  # extension: who took them, in what
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
    # Property (issue 17): taken and counted on arrival, sealed in a numbered bag, given back item by item.
    "property_inventory": (_f("officer", T), _f("items", FieldKind.ITEMS, False, item_fields=PROPERTY_ITEM),
                           *_CASH_AND_SIGNATURE[:2], _f("bag_number", T, False), *_CASH_AND_SIGNATURE[2:]),
    "property_return": (_f("officer", T), _f("items", FieldKind.ITEMS, False, item_fields=PROPERTY_ITEM),
                        *_CASH_AND_SIGNATURE, _f("note", T, False)),
    # Searches and force (issue 17): who searched, how and before whom; what force, why, by whom, with what harm.
    "personal_search": (_f("search_type", C, choices=SEARCH_TYPES), _f("searched_by", T),
                        _f("witnesses", L, False), _f("reason", T, False), _f("items_found", T, False)),
    "use_of_force": (_f("force_type", C, choices=FORCE_TYPES), _f("reason", T), _f("used_by", L),
                     _f("until", I, False), _f("injuries", B), _f("injuries_note", T, False)),
    # Care (issue 17): meals, water, rest, toilet, exercise, medication (medication by medical staff only).
    "care": (_f("care_type", C, choices=CARE_TYPES), _f("care_outcome", C, choices=CARE_OUTCOMES), _f("given_by", T),
             _f("until", I, False), _f("medication", T, False), _f("note", T, False)),
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
