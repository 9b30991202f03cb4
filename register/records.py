"""Records as the interchange format writes them, and back.

The dict form of a record is at once the JSON Lines line (contract section 2)
and the canonical content the hash chain signs, so export, import and verify
can never disagree about what a record says.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Mapping

from register.domain import Custody, Event, Facility, Person
from register.timeutil import InstantError, format_utc, parse_instant, zone
from register.vocabulary import (
    EVENT_COMMON_FIELDS, EVENT_FIELDS, FACILITY_KINDS, PROCEDURAL_STATUSES, SEXES, FieldKind, FieldSpec,
)

MAX_TEXT = 4000
MAX_ID = 64
EARLIEST_YEAR = 1991  # the register judges custodies of the Republic of Kazakhstan
LATEST_YEAR = 2100
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")

FACILITY_FIELDS = ("id", "name", "kind", "designated", "timezone", "region", "agency")
PERSON_FIELDS = ("id", "full_name", "birth_date", "sex", "citizenship", "languages", "needs_interpreter",
                 "id_document", "vulnerabilities")
CUSTODY_FIELDS = ("id", "person", "procedural_status", "grounds", "ordering_authority", "agency")
CHAIN_FIELDS = ("seq", "hash", "prev_hash")


class RecordProblem(ValueError):
    """A record that cannot enter the register, said in a sentence naming the field."""

    @property
    def field(self) -> str | None:
        """The field the sentence names, so a form can show it next to that field."""
        match = re.match(r"field '(\w+)'", str(self))
        return match.group(1) if match else None


# ---------------------------------------------------------------- to records

def facility_record(f: Facility) -> dict:
    return {"record": "facility", "id": f.id, "name": f.name, "kind": f.kind, "designated": f.designated,
            "timezone": f.timezone, "region": f.region, "agency": f.agency}


def person_record(p: Person) -> dict:
    return {"record": "person", "id": p.id, "full_name": p.full_name,
            "birth_date": p.birth_date.isoformat() if p.birth_date else None, "sex": p.sex,
            "citizenship": p.citizenship, "languages": list(p.languages),
            "needs_interpreter": p.needs_interpreter, "id_document": p.id_document,
            "vulnerabilities": list(p.vulnerabilities)}


def custody_record(c: Custody) -> dict:
    return {"record": "custody", "id": c.id, "person": c.person, "procedural_status": c.procedural_status,
            "grounds": c.grounds, "ordering_authority": c.ordering_authority, "agency": c.agency}


def event_record(e: Event) -> dict:
    record = {"record": "event", "id": e.id, "custody": e.custody, "type": e.type, "at": format_utc(e.at),
              "recorded_at": format_utc(e.recorded_at), "recorded_by": e.recorded_by}
    for name, value in e.fields.items():
        record[name] = format_utc(value) if isinstance(value, datetime) else value
    return record


# ---------------------------------------------------------------- from records

def parse_facility(d: Mapping[str, Any]) -> Facility:
    _no_unknown(d, FACILITY_FIELDS, "facility")
    tz = _opt_text(d, "timezone") or "Asia/Almaty"
    try:
        zone(tz)
    except InstantError as error:
        raise RecordProblem(f"field 'timezone': {error}") from None
    return Facility(id=_id(d, "id"), name=_text(d, "name"), kind=_choice(d, "kind", FACILITY_KINDS),
                    designated=_bool(d, "designated"), timezone=tz, region=_opt_text(d, "region"),
                    agency=_opt_text(d, "agency"))


def parse_person(d: Mapping[str, Any]) -> Person:
    _no_unknown(d, PERSON_FIELDS, "person")
    citizenship = d.get("citizenship")
    if citizenship is not None and not (citizenship == "stateless" or
                                        (isinstance(citizenship, str) and _COUNTRY.match(citizenship))):
        raise RecordProblem("field 'citizenship' must be a two-letter ISO 3166-1 code such as KZ, "
                            "'stateless', or null when unknown")
    languages = _text_list(d, "languages", required=True, allow_empty=True)
    for code in languages:
        if not _LANGUAGE.match(code):
            raise RecordProblem(f"field 'languages': '{code}' is not a two-letter ISO 639-1 code such as kk or ru")
    interpreter = d.get("needs_interpreter")
    if interpreter is not None and not isinstance(interpreter, bool):
        raise RecordProblem("field 'needs_interpreter' must be true or false")
    return Person(id=_id(d, "id"), full_name=_text(d, "full_name"), birth_date=_birth_date(d),
                  sex=_choice(d, "sex", SEXES), citizenship=citizenship, languages=tuple(languages),
                  needs_interpreter=interpreter, id_document=_opt_text(d, "id_document"),
                  vulnerabilities=tuple(_text_list(d, "vulnerabilities", required=False, allow_empty=True)))


def parse_custody(d: Mapping[str, Any]) -> Custody:
    _no_unknown(d, CUSTODY_FIELDS, "custody")
    return Custody(id=_id(d, "id"), person=_id(d, "person"),
                   procedural_status=_choice(d, "procedural_status", PROCEDURAL_STATUSES),
                   grounds=_text(d, "grounds"), ordering_authority=_text(d, "ordering_authority"),
                   agency=_opt_text(d, "agency"))


def parse_event(d: Mapping[str, Any], default_recorded_at: datetime) -> Event:
    """An event with its own fields checked; whether it fits its custody is register.validation's job."""
    event_type = d.get("type")
    if not isinstance(event_type, str) or event_type not in EVENT_FIELDS:
        raise RecordProblem(f"field 'type': '{event_type}' is not an event type of the register")
    specs = EVENT_FIELDS[event_type]
    _no_unknown(d, EVENT_COMMON_FIELDS + tuple(s.name for s in specs), f"a {event_type} event")
    at = _instant(d, "at")
    recorded_at = _instant(d, "recorded_at") if d.get("recorded_at") is not None else default_recorded_at
    fields = {}
    for spec in specs:
        value = parse_field(spec, d.get(spec.name), event_type)
        if value is not None:
            fields[spec.name] = value
    return Event(id=_id(d, "id"), custody=_id(d, "custody"), type=event_type, at=at,
                 recorded_at=recorded_at.replace(microsecond=0), recorded_by=_opt_text(d, "recorded_by"),
                 fields=fields)


def parse_field(spec: FieldSpec, value: Any, event_type: str) -> Any:
    """One event field, or None when an optional field is absent."""
    name = spec.name
    if value is None:
        if spec.required:
            raise RecordProblem(f"field '{name}' is required for a {event_type} event")
        return None
    if spec.kind in (FieldKind.TEXT, FieldKind.FACILITY, FieldKind.EVENT):
        return _text({name: value}, name)
    if spec.kind is FieldKind.BOOL:
        return _bool({name: value}, name)
    if spec.kind is FieldKind.CHOICE:
        return _choice({name: value}, name, spec.choices)
    if spec.kind is FieldKind.TEXT_LIST:
        return _text_list({name: value}, name, required=True, allow_empty=False)
    if spec.kind is FieldKind.INSTANT:
        return _instant({name: value}, name)
    if spec.kind is FieldKind.DATE:
        return _birth_date({name: value}, name).isoformat()
    if spec.kind is FieldKind.OBJECT:
        if not isinstance(value, dict) or not value:
            raise RecordProblem(f"field '{name}' must be an object naming at least one field and its new value")
        return value
    raise AssertionError(spec.kind)


def strip_chain_fields(d: Mapping[str, Any]) -> dict:
    return {k: v for k, v in d.items() if k not in CHAIN_FIELDS and k != "record"}


# ---------------------------------------------------------------- field helpers

def _no_unknown(d: Mapping[str, Any], allowed: tuple[str, ...], what: str) -> None:
    unknown = sorted(set(d) - set(allowed) - set(CHAIN_FIELDS) - {"record"})
    if unknown:
        raise RecordProblem(f"field '{unknown[0]}' is not a field of {what}")


def _id(d: Mapping[str, Any], name: str) -> str:
    value = _text(d, name)
    if len(value) > MAX_ID:
        raise RecordProblem(f"field '{name}' is longer than {MAX_ID} characters")
    return value


def _text(d: Mapping[str, Any], name: str) -> str:
    value = d.get(name)
    if value is None:
        raise RecordProblem(f"field '{name}' is required")
    if not isinstance(value, str):
        raise RecordProblem(f"field '{name}' must be text")
    if not value.strip():
        raise RecordProblem(f"field '{name}' must not be empty")
    if len(value) > MAX_TEXT:
        raise RecordProblem(f"field '{name}' is longer than {MAX_TEXT} characters")
    if _CONTROL.search(value):
        raise RecordProblem(f"field '{name}' contains control characters")
    if _SURROGATE.search(value):  # a "\ud800" escape read from JSON: UTF-8, and so the chain, cannot carry it
        raise RecordProblem(f"field '{name}' contains a character that is not valid Unicode")
    return value.strip()


def _opt_text(d: Mapping[str, Any], name: str) -> str | None:
    return None if d.get(name) is None else _text(d, name)


def _bool(d: Mapping[str, Any], name: str) -> bool:
    value = d.get(name)
    if not isinstance(value, bool):
        raise RecordProblem(f"field '{name}' must be true or false")
    return value


def _choice(d: Mapping[str, Any], name: str, choices: tuple[str, ...]) -> str:
    value = d.get(name)
    if value not in choices:
        raise RecordProblem(f"field '{name}' must be one of: {', '.join(choices)}")
    return value


def _text_list(d: Mapping[str, Any], name: str, required: bool, allow_empty: bool) -> list[str]:
    value = d.get(name)
    if value is None and not required:
        return []
    if not isinstance(value, list) or (not value and not allow_empty):
        raise RecordProblem(f"field '{name}' must be a list of {'' if allow_empty else 'at least one '}text")
    return [_text({name: item}, name) for item in value]


def parse_event_instant(value: object, name: str) -> datetime:
    """An event time as the register stores it: with an offset, within the covered years, whole seconds."""
    return _instant({name: value}, name)


def _instant(d: Mapping[str, Any], name: str) -> datetime:
    try:
        value = parse_instant(d.get(name))
    except InstantError as error:
        raise RecordProblem(f"field '{name}': {error}") from None
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise RecordProblem(f"field '{name}': {value.year} is outside the years the register covers "
                            f"({EARLIEST_YEAR}-{LATEST_YEAR})")
    return value.replace(microsecond=0)


def _birth_date(d: Mapping[str, Any], name: str = "birth_date") -> date | None:
    value = d.get(name)
    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise RecordProblem(f"field '{name}' must be a date written YYYY-MM-DD, or null when unknown")
    if parsed.year < 1900 or parsed.year > LATEST_YEAR:
        raise RecordProblem(f"field '{name}': {parsed.isoformat()} is not a plausible date of birth")
    return parsed
