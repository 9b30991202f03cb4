"""A detainee's property (issue 17): inventory on arrival, given back item by item, differences flagged.

Recorded as an officer, refused with a sentence naming the field and the item, carried through export and
import unchanged, and added up by register.property into what is held and what differs.
"""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from register.access import AccessDenied, Actor
from register.property import property_account
from register.writing import Rejected
from tests.conftest import T0
from tests.core.test_custody_record import OFFICER, _records, custody  # noqa: F401 (the fixture)

MINUTE = timedelta(minutes=1)
INVENTORY = {"officer": "Sgt. Abenova", "items": [{"description": "Mobile phone Samsung A52"},
                                                  {"description": "Belt", "quantity": 1},
                                                  {"description": "Keys", "quantity": 3}],
             "cash_amount": 12500, "cash_currency": "KZT", "bag_number": "B-0042", "signed_by_detainee": True}


def _clock(register, custody_id, rule):
    return [c for c in register.as_user(OFFICER).reports.clocks(custody_id) if c.rule == rule]


def test_a_full_return_matches_the_inventory_and_raises_nothing(register, custody):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "property_inventory", T0 + 45 * MINUTE, INVENTORY)
    account = property_account(officer.reports.timeline(custody, log=False))
    assert account.is_open and account.bags == ("B-0042",)
    assert [(line.description, line.taken) for line in account.held] == [
        ("Mobile phone Samsung A52", 1), ("Belt", 1), ("Keys", 3), ("KZT", 12500)]
    officer.records.record_event(custody, "property_return", T0 + 300 * MINUTE, {
        "officer": "Cpl. Nurov", "signed_by_detainee": True, "cash_amount": 12500,
        "items": [{"description": "keys", "quantity": 3}, {"description": "mobile  phone samsung a52"},
                  {"description": "Belt"}]})
    account = property_account(officer.reports.timeline(custody, log=False))
    assert account.held == () and account.differences == () and not account.is_open
    assert _clock(register, custody, "property-difference") == []


def test_a_return_short_of_the_inventory_is_flagged_with_what_differs(register, custody):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "property_inventory", T0 + 45 * MINUTE, INVENTORY)
    officer.records.record_event(custody, "property_return", T0 + 300 * MINUTE, {
        "officer": "Cpl. Nurov", "signed_by_detainee": False, "refusal_reason": "says 2,000 tenge are missing",
        "cash_amount": 10500, "items": [{"description": "Keys", "quantity": 3}, {"description": "Belt"}]})
    account = property_account(officer.reports.timeline(custody, log=False))
    assert [(line.description, line.difference) for line in account.differences] == [
        ("Mobile phone Samsung A52", -1), ("KZT", -2000)]
    flag, = _clock(register, custody, "property-difference")
    assert (str(flag.status), flag.trigger_at) == ("flagged", T0 + 300 * MINUTE)


def test_property_may_be_given_back_after_the_release(register, custody):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "property_inventory", T0 + 45 * MINUTE, INVENTORY)
    officer.records.record_event(custody, "release", T0 + 200 * MINUTE, {"reason": "no grounds"})
    officer.records.record_event(custody, "property_return", T0 + 240 * MINUTE,
                                 {**{k: v for k, v in INVENTORY.items() if k != "bag_number"}, "officer": "Cpl. Nurov"})
    assert property_account(officer.reports.timeline(custody, log=False)).differences == ()


@pytest.mark.parametrize("items, field_message", [
    ([], "the items must be a list of 1 to 200 items"),
    ("phone", "the items must be a list of 1 to 200 items"),
    ([{"description": "Phone"}, "Belt"], "the items, item 2: each entry of the items must be an object"),
    ([{"quantity": 2}], "the items, item 1: the description is required for a property inventory"),
    ([{"description": "Keys", "quantity": -1}],
     "the items, item 1: the quantity must be a whole number from 0 to 1000000000000"),
    ([{"description": "Keys", "colour": "red"}], "the items, item 1: 'colour' is not a field of an item"),
])
def test_a_bad_item_is_refused_naming_the_field_and_the_item(register, custody, items, field_message):
    with pytest.raises(Rejected) as refusal:
        register.as_user(OFFICER).records.record_event(custody, "property_inventory", T0 + 45 * MINUTE,
                                                       {**INVENTORY, "items": items})
    assert [(p.field, p.message) for p in refusal.value.problems] == [("items", field_message)]


def test_medical_staff_do_not_record_property(register, custody):
    with pytest.raises(AccessDenied):
        register.as_user(Actor("doc1", "medical", "Dr. Saule")).records.record_event(
            custody, "property_inventory", T0 + 45 * MINUTE, INVENTORY)


def test_export_and_import_carry_the_inventory_unchanged(register, operator, custody, tmp_path, clock):
    register.as_user(OFFICER).records.record_event(custody, "property_inventory", T0 + 45 * MINUTE, INVENTORY)
    lines = list(operator.chain.export_lines())
    from register.opening import open_register
    other = open_register(f"sqlite:///{tmp_path / 'other.db'}", clock)
    try:
        system = other.as_user(Actor.without_accounts())
        system.records.import_lines(lines)
        inventory, = [e for e in system.reports.timeline(custody, log=False).events if e.type == "property_inventory"]
        assert inventory.get("items")[2] == {"description": "Keys", "quantity": 3}
        assert _records(system.chain.export_lines()) == _records(lines)
        assert system.chain.verify().intact
    finally:
        other.close()


def test_an_imported_line_with_a_bad_item_names_the_line_and_the_item(operator, custody):
    line = json.dumps({"record": "event", "id": "E-9", "custody": custody, "type": "property_inventory",
                       "at": "2026-01-05T06:00:00Z", "recorded_by": "sgt", "officer": "x",
                       "signed_by_detainee": True, "items": [{"description": ""}]})
    with pytest.raises(Rejected) as refusal:
        operator.records.import_lines([line])
    assert "item 1" in str(refusal.value.problems[0].message)
