"""Personal searches and uses of force (issue 17): recorded by officers, refused with the field named,
carried through export and import, every use of force flagged for the prosecutor."""
from __future__ import annotations

from datetime import timedelta

import pytest

from register.access import AccessDenied
from register.writing import Rejected
from tests.conftest import T0
from tests.core.test_custody_record import DOCTOR, OFFICER, custody  # noqa: F401 (the fixture)

MINUTE = timedelta(minutes=1)
SEARCH = {"search_type": "full", "searched_by": "Sgt. Abenova", "witnesses": ["Omarova A.", "Seitova B."],
          "items_found": "a lighter"}
FORCE = {"force_type": "handcuffs", "reason": "struck the officer on arrival", "used_by": ["Cpl. Nurov"],
         "until": T0 + 70 * MINUTE, "injuries": True, "injuries_note": "red marks on both wrists"}


def test_a_search_and_a_use_of_force_are_recorded_and_force_is_flagged(register, custody):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "personal_search", T0 + 42 * MINUTE, SEARCH)
    officer.records.record_event(custody, "use_of_force", T0 + 45 * MINUTE, FORCE)
    events = officer.reports.timeline(custody, log=False).events
    assert [e.type for e in events][-2:] == ["personal_search", "use_of_force"]
    assert events[-1].get("until") == T0 + 70 * MINUTE and events[-2].get("witnesses") == SEARCH["witnesses"]
    flag, = [c for c in officer.reports.clocks(custody) if c.rule == "use-of-force"]
    assert (str(flag.status), flag.trigger_at) == ("flagged", T0 + 45 * MINUTE)


@pytest.mark.parametrize("fields, field", [
    ({**SEARCH, "search_type": "cavity"}, "search_type"),
    ({k: v for k, v in SEARCH.items() if k != "searched_by"}, "searched_by"),
])
def test_a_bad_search_is_refused_naming_the_field(register, custody, fields, field):
    with pytest.raises(Rejected) as refusal:
        register.as_user(OFFICER).records.record_event(custody, "personal_search", T0 + 42 * MINUTE, fields)
    assert [p.field for p in refusal.value.problems] == [field]


def test_restraints_cannot_end_before_they_began(register, custody):
    with pytest.raises(Rejected) as refusal:
        register.as_user(OFFICER).records.record_event(custody, "use_of_force", T0 + 45 * MINUTE,
                                                       {**FORCE, "until": T0 + 40 * MINUTE})
    assert [p.field for p in refusal.value.problems] == ["until"]


def test_medical_staff_record_neither(register, custody):
    with pytest.raises(AccessDenied):
        register.as_user(DOCTOR).records.record_event(custody, "use_of_force", T0 + 45 * MINUTE, FORCE)


def test_export_and_import_carry_them_unchanged(register, operator, custody, tmp_path, clock):
    from register.access import Actor
    from register.opening import open_register
    from tests.core.test_custody_record import _records
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "personal_search", T0 + 42 * MINUTE, SEARCH)
    officer.records.record_event(custody, "use_of_force", T0 + 45 * MINUTE, FORCE)
    lines = list(operator.chain.export_lines())
    other = open_register(f"sqlite:///{tmp_path / 'other.db'}", clock)
    try:
        system = other.as_user(Actor.without_accounts())
        system.records.import_lines(lines)
        assert _records(system.chain.export_lines()) == _records(lines)
    finally:
        other.close()
