"""The chain hashes RFC 8785 (JSON Canonicalization Scheme) text, as contract section 3 says: for every record
the register accepts, `chain.canonical()` is byte for byte the `rfc8785` package's output.

The two differ on numbers (1.0 is "1.0" to json.dumps, "1" to the RFC), on keys outside the Basic
Multilingual Plane (sorted by code point, not UTF-16 unit) and on lone surrogates (which UTF-8 cannot
carry). The register refuses all three at validation (docs/contract-extensions.md), which is what this
property checks: hostile values are either refused as BadInput or canonicalised as the RFC does.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
import rfc8785
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from register.chain import canonical
from register.errors import BadInput
from register.records import (CHAIN_FIELDS, custody_record, event_record, facility_record, parse_custody,
                              parse_event, parse_facility, parse_person, person_record)
from register.validation import _check_change
from register.vocabulary import EVENT_FIELDS, FieldKind

NOW = datetime(2026, 1, 5, 12, tzinfo=timezone.utc)
# any JSON value, with what trips a naive canonical form: integral and huge floats, big integers
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
    | st.sampled_from([1.0, 1e21, 1e-7, 2 ** 60, -0.0]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=6)
keys = st.text(max_size=4) | st.sampled_from(["\U0001F600", "\uffff", "\ud800", "é"])
texts = st.text(max_size=20) | st.sampled_from(["\ud800", "a\udfffb", "\U0001F600 Ерлан", "tab\there", "\x7f"])
hostile_extras = st.dictionaries(keys, json_values, max_size=2)
instants = st.sampled_from(["2026-01-05T10:00:00+05:00", "2026-01-05T05:00:00Z"])


def field_value(spec):
    kinds = {FieldKind.TEXT: texts, FieldKind.FACILITY: texts, FieldKind.EVENT: texts, FieldKind.BOOL: st.booleans(),
             FieldKind.TEXT_LIST: st.lists(texts, min_size=1, max_size=3), FieldKind.INSTANT: instants,
             FieldKind.DATE: st.sampled_from(["1990-04-02"]),
             FieldKind.CHOICE: st.sampled_from(spec.choices or ("x",)),
             FieldKind.MINUTES: st.integers(-5, 10 ** 6) | st.sampled_from([30.0, 2 ** 60]),
             FieldKind.COUNT: st.integers(-5, 10 ** 13) | st.sampled_from([2.5, 2 ** 70]),
             FieldKind.ITEMS: st.lists(st.dictionaries(st.sampled_from(["description", "quantity", "x"]),
                                                       texts | st.integers(-1, 5), max_size=2), max_size=2),
             FieldKind.OBJECT: st.dictionaries(keys | st.sampled_from(["place", "reason", "at"]),
                                               json_values | texts, min_size=1, max_size=3)}
    return kinds[spec.kind] | json_values


@st.composite
def events(draw):
    event_type = draw(st.sampled_from(sorted(EVENT_FIELDS)))
    record = {"record": "event", "id": draw(texts), "custody": "C-1", "type": event_type, "at": draw(instants),
              "recorded_by": draw(st.none() | texts)}
    for spec in EVENT_FIELDS[event_type]:
        if spec.required or draw(st.booleans()):
            record[spec.name] = draw(field_value(spec))
    if draw(st.integers(0, 3)) == 0:
        record.update(draw(hostile_extras))
    return record


def accepted_event(data: dict) -> dict:
    event = parse_event(data, NOW)
    if event.type == "correction":  # its changes are judged against the corrected event (a placement here)
        for name, value in event.get("changes").items():
            if _check_change("placement", name, value):
                raise BadInput("rejected")
    return event_record(event)


def rfc(record: dict) -> bytes:
    return rfc8785.dumps({k: v for k, v in record.items() if k not in CHAIN_FIELDS})


def same_or_refused(parse, data: dict) -> None:
    try:
        record = parse(data)
    except BadInput:
        return
    assert canonical(record).encode("utf-8") == rfc(record)


common = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@common
@given(events())
def test_every_accepted_event_is_canonical_as_rfc8785_says(data):
    same_or_refused(accepted_event, data)


@common
@given(st.fixed_dictionaries({"record": st.just("person"), "id": texts, "full_name": texts,
                              "languages": st.lists(st.sampled_from(["kk", "ru"]), max_size=2)},
                             optional={"birth_date": st.just("1990-04-02"), "needs_interpreter": st.booleans(),
                                       "citizenship": st.sampled_from(["KZ", "stateless"])}),
       hostile_extras)
def test_every_accepted_person_is_canonical_as_rfc8785_says(data, extras):
    same_or_refused(lambda d: person_record(parse_person(d)), {**data, **extras})


@common
@given(st.fixed_dictionaries({"record": st.just("facility"), "id": texts, "name": texts, "kind": st.just("ivs"),
                              "designated": st.booleans()}, optional={"region": texts, "agency": texts}),
       st.fixed_dictionaries({"record": st.just("custody"), "id": texts, "person": texts,
                              "procedural_status": st.just("suspect"), "grounds": texts,
                              "ordering_authority": texts}),
       hostile_extras)
def test_every_accepted_facility_and_custody_is_canonical_as_rfc8785_says(facility, custody, extras):
    same_or_refused(lambda d: facility_record(parse_facility(d)), {**facility, **extras})
    same_or_refused(lambda d: custody_record(parse_custody(d)), {**custody, **extras})


def test_a_lone_surrogate_is_refused_with_the_field_named():
    person = {"record": "person", "id": "P-1", "full_name": "Ерлан \ud800", "languages": []}
    with pytest.raises(BadInput) as refused:
        parse_person(person)
    assert (refused.value.code, refused.value.field) == ("not-unicode", "full_name")
    assert str(refused.value) == "the full name contains a character that is not valid Unicode"
