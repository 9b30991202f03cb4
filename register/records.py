"""Records as the interchange format writes them, and back.

The dict form of a record is at once the JSON Lines line (contract section 2)
and the canonical content the hash chain signs, so export, import and verify
can never disagree about what a record says.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Callable, Mapping

from register.domain import Custody, Event, Facility, Person
from register.errors import BadInput
from register.timeutil import InstantError, format_utc, parse_instant, zone
from register.vocabulary import (
    EVENT_COMMON_FIELDS, EVENT_FIELDS, FACILITY_KINDS, MAX_COUNT, MAX_ITEMS, MAX_MINUTES, PROCEDURAL_STATUSES, SEXES, FieldKind, FieldSpec,
)

MAX_TEXT = 4000
MAX_ID = 64
EARLIEST_YEAR = 1991  # the register judges custodies of the Republic of Kazakhstan
LATEST_YEAR = 2100
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2}$")

FACILITY_FIELDS = ("id", "name", "kind", "designated", "timezone", "region", "agency", "address", "telephone")
# Extension fields a facility record carries only when they are set, so records signed before they
# existed keep their hashes.
FACILITY_OPTIONAL_FIELDS = ("address", "telephone")
PERSON_FIELDS = ("id", "full_name", "birth_date", "sex", "citizenship", "languages", "needs_interpreter",
                 "id_document", "vulnerabilities", "estimated_age")
CUSTODY_FIELDS = ("id", "person", "procedural_status", "grounds", "ordering_authority", "agency")
CHAIN_FIELDS = ("seq", "hash", "prev_hash", "proof")  # an export's evidence about a record, not its content
INTERCHANGE_KINDS = ("facility", "person", "custody", "event")  # the record kinds of contract section 2


# ---------------------------------------------------------------- to records

def facility_record(f: Facility) -> dict:
    record = {"record": "facility", "id": f.id, "name": f.name, "kind": f.kind, "designated": f.designated,
              "timezone": f.timezone, "region": f.region, "agency": f.agency}
    for name in FACILITY_OPTIONAL_FIELDS:
        if getattr(f, name) is not None:
            record[name] = getattr(f, name)
    return record


def person_record(p: Person) -> dict:
    return {"record": "person", "id": p.id, "full_name": p.full_name,
            "birth_date": p.birth_date.isoformat() if p.birth_date else None, "sex": p.sex,
            "citizenship": p.citizenship, "languages": list(p.languages),
            "needs_interpreter": p.needs_interpreter, "id_document": p.id_document,
            "vulnerabilities": list(p.vulnerabilities),
            # only when there is one, so that the canonical form of every other person is as before
            **({"estimated_age": p.estimated_age} if p.estimated_age is not None else {})}


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
        raise BadInput("field-invalid", "timezone", problem=error) from None
    return Facility(id=_id(d, "id"), name=_text(d, "name"), kind=_choice(d, "kind", FACILITY_KINDS),
                    designated=_bool(d, "designated"), timezone=tz, region=_opt_text(d, "region"),
                    agency=_opt_text(d, "agency"), address=_opt_text(d, "address"),
                    telephone=_opt_text(d, "telephone"))


def parse_person(d: Mapping[str, Any]) -> Person:
    _no_unknown(d, PERSON_FIELDS, "person")
    citizenship = d.get("citizenship")
    if citizenship is not None and not (citizenship == "stateless" or
                                        (isinstance(citizenship, str) and _COUNTRY.match(citizenship))):
        raise BadInput("citizenship-code", "citizenship")
    languages = _text_list(d, "languages", required=True, allow_empty=True)
    for code in languages:
        if not _LANGUAGE.match(code):
            raise BadInput("language-code", "languages", value=code)
    interpreter = d.get("needs_interpreter")
    if interpreter is not None and not isinstance(interpreter, bool):
        raise BadInput("not-bool", "needs_interpreter")
    return Person(id=_id(d, "id"), full_name=_text(d, "full_name"), birth_date=_birth_date(d),
                  sex=_choice(d, "sex", SEXES), citizenship=citizenship, languages=tuple(languages),
                  needs_interpreter=interpreter, id_document=_opt_text(d, "id_document"),
                  vulnerabilities=tuple(_text_list(d, "vulnerabilities", required=False, allow_empty=True)),
                  estimated_age=_estimated_age(d.get("estimated_age")))


def parse_custody(d: Mapping[str, Any]) -> Custody:
    _no_unknown(d, CUSTODY_FIELDS, "custody")
    return Custody(id=_id(d, "id"), person=_id(d, "person"),
                   procedural_status=_choice(d, "procedural_status", PROCEDURAL_STATUSES),
                   grounds=_text(d, "grounds"), ordering_authority=_text(d, "ordering_authority"),
                   agency=_opt_text(d, "agency"))


def custody_field_errors(d: Mapping[str, Any]) -> list[BadInput]:
    """Every field of a custody record that cannot be taken, each with its reason, so a form shows all of
    them at once rather than the first one `parse_custody` stops at."""
    checks: list[Callable[[], Any]] = [lambda: _choice(d, "procedural_status", PROCEDURAL_STATUSES),
                                       lambda: _text(d, "grounds"), lambda: _text(d, "ordering_authority"),
                                       lambda: _opt_text(d, "agency")]
    errors = []
    for check in checks:
        try:
            check()
        except BadInput as error:
            errors.append(error)
    return errors


def parse_event(d: Mapping[str, Any], default_recorded_at: datetime) -> Event:
    """An event with its own fields checked; whether it fits its custody is register.validation's job."""
    event_type = d.get("type")
    if not isinstance(event_type, str) or event_type not in EVENT_FIELDS:
        raise BadInput("unknown-event-type", "type", value=event_type)
    specs = EVENT_FIELDS[event_type]
    _no_unknown(d, EVENT_COMMON_FIELDS + tuple(s.name for s in specs), "event", event_type)
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


def event_field_errors(d: Mapping[str, Any]) -> list[BadInput]:
    """Every field of an event record that cannot be taken, each with its reason: a form shows them all at
    once (an empty notification took three saves to learn its three missing fields)."""
    event_type = d.get("type")
    checks: list[tuple[str, Callable[[], Any]]] = [("at", lambda: _instant(d, "at") if d.get("at") is not None
                                                    else _text(d, "at"))]  # no time at all: "required"
    checks += [(spec.name, lambda spec=spec: parse_field(spec, d.get(spec.name), event_type))
               for spec in EVENT_FIELDS.get(event_type, ())]
    errors = []
    for _, check in checks:
        try:
            check()
        except BadInput as error:
            errors.append(error)
    return errors


def parse_field(spec: FieldSpec, value: Any, event_type: str) -> Any:
    """One event field, or None when an optional field is absent."""
    name = spec.name
    if value is None:
        if spec.required:
            raise BadInput("required-for-event", name, event_type=event_type)
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
    if spec.kind is FieldKind.MINUTES:
        return _minutes(value, name)
    if spec.kind is FieldKind.COUNT:
        return _count(value, name)
    if spec.kind is FieldKind.ITEMS:
        return _items(spec, value, event_type)
    if spec.kind is FieldKind.OBJECT:
        if not isinstance(value, dict) or not value:
            raise BadInput("changes-object", name)
        return value
    raise AssertionError(spec.kind)


def strip_chain_fields(d: Mapping[str, Any]) -> dict:
    return {k: v for k, v in d.items() if k not in CHAIN_FIELDS and k != "record"}


# ---------------------------------------------------------------- field helpers

def _no_unknown(d: Mapping[str, Any], allowed: tuple[str, ...], kind: str, event_type: str | None = None) -> None:
    unknown = sorted(set(d) - set(allowed) - set(CHAIN_FIELDS) - {"record"})
    if unknown and event_type:
        raise BadInput("not-a-field-of-event", unknown[0], event_type=event_type)
    if unknown:
        raise BadInput("not-a-field-of-record", unknown[0], kind=kind)


def _id(d: Mapping[str, Any], name: str) -> str:
    value = _text(d, name)
    if len(value) > MAX_ID:
        raise BadInput("too-long", name, limit=MAX_ID)
    return value


def _text(d: Mapping[str, Any], name: str) -> str:
    value = d.get(name)
    if value is None:
        raise BadInput("required", name)
    if not isinstance(value, str):
        raise BadInput("not-text", name)
    if not value.strip():
        raise BadInput("empty", name)
    if len(value) > MAX_TEXT:
        raise BadInput("too-long", name, limit=MAX_TEXT)
    if _CONTROL.search(value):
        raise BadInput("control-characters", name)
    if _SURROGATE.search(value):  # a "\ud800" escape read from JSON: UTF-8, and so the chain, cannot carry it
        raise BadInput("not-unicode", name)
    return value.strip()


MAX_ESTIMATED_AGE = 119


def _estimated_age(value: Any) -> int | None:
    """An estimated age in whole years (extension), or None."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_ESTIMATED_AGE:
        raise BadInput("not-estimated-age", "estimated_age", limit=MAX_ESTIMATED_AGE)
    return value


def _minutes(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MINUTES:
        raise BadInput("not-minutes", name, limit=MAX_MINUTES)
    return value


def _count(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise BadInput("not-a-count", name, limit=MAX_COUNT)
    return value


def _items(spec: FieldSpec, value: Any, event_type: str) -> list[dict]:
    """A list of objects with the item fields only; a refusal names the field and the item's place in the list."""
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_ITEMS:
        raise BadInput("list-of-items", spec.name, limit=MAX_ITEMS)
    known = {s.name: s for s in spec.item_fields}
    items = []
    for number, item in enumerate(value, 1):
        try:
            if not isinstance(item, dict):
                raise BadInput("item-object", spec.name)
            unknown = sorted(set(item) - set(known))
            if unknown:
                raise BadInput("not-a-field-of-item", unknown[0])
            parsed = {}
            for name, item_spec in known.items():
                parsed_value = parse_field(item_spec, item.get(name), event_type)
                if parsed_value is not None:
                    parsed[name] = parsed_value
        except BadInput as error:
            raise BadInput("item-problem", spec.name, number=number, problem=error) from None
        items.append(parsed)
    return items


def _opt_text(d: Mapping[str, Any], name: str) -> str | None:
    return None if d.get(name) is None else _text(d, name)


def _bool(d: Mapping[str, Any], name: str) -> bool:
    value = d.get(name)
    if not isinstance(value, bool):
        raise BadInput("not-bool", name)
    return value


def _choice(d: Mapping[str, Any], name: str, choices: tuple[str, ...]) -> str:
    value = d.get(name)
    if value not in choices:
        raise BadInput("not-a-choice", name, choices=choices)
    return value


def _text_list(d: Mapping[str, Any], name: str, required: bool, allow_empty: bool) -> list[str]:
    value = d.get(name)
    if value is None and not required:
        return []
    if not isinstance(value, list) or (not value and not allow_empty):
        raise BadInput("list-of-text" if allow_empty else "list-of-some-text", name)
    return [_text({name: item}, name) for item in value]


def parse_event_instant(value: object, name: str) -> datetime:
    """An event time as the register stores it: with an offset, within the covered years, whole seconds."""
    return _instant({name: value}, name)


def _instant(d: Mapping[str, Any], name: str) -> datetime:
    try:
        value = parse_instant(d.get(name))
    except InstantError as error:
        raise BadInput("field-invalid", name, problem=error) from None
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise BadInput("year-out-of-range", name, year=value.year, first=EARLIEST_YEAR, last=LATEST_YEAR)
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
        raise BadInput("date-format", name)
    if parsed.year < 1900 or parsed.year > LATEST_YEAR:
        raise BadInput("implausible-birth-date", name, date=parsed.isoformat())
    return parsed
