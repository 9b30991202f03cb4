"""Care of the detainee (issue 17): meals, water, rest, toilet, exercise by officers or medical staff,
medication by medical staff only; a refusal of food, water or medication is flagged."""
from __future__ import annotations

from datetime import timedelta

import pytest

from register.access import AccessDenied
from tests.conftest import T0
from tests.core.test_custody_record import DOCTOR, OFFICER, custody  # noqa: F401 (the fixture)

MINUTE = timedelta(minutes=1)


def _flags(register, custody_id):
    return [(c.trigger_at, str(c.status)) for c in register.as_user(OFFICER).reports.clocks(custody_id)
            if c.rule == "care-refused"]


def test_officers_record_meals_and_rest_a_refused_meal_is_flagged(register, custody):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody, "care", T0 + 60 * MINUTE,
                                 {"care_type": "meal", "care_outcome": "refused", "given_by": "Cpl. Nurov",
                                  "note": "says he will eat nothing until he sees a lawyer"})
    officer.records.record_event(custody, "care", T0 + 120 * MINUTE,
                                 {"care_type": "rest", "care_outcome": "provided", "given_by": "Cpl. Nurov",
                                  "until": T0 + 360 * MINUTE})
    officer.records.record_event(custody, "care", T0 + 130 * MINUTE,
                                 {"care_type": "toilet", "care_outcome": "refused", "given_by": "Cpl. Nurov"})
    assert _flags(register, custody) == [(T0 + 60 * MINUTE, "flagged")]


def test_medication_is_given_by_medical_staff_only(register, custody):
    medication = {"care_type": "medication", "care_outcome": "provided", "given_by": "Dr. Saule",
                  "medication": "insulin 10 IU"}
    with pytest.raises(AccessDenied) as refusal:
        register.as_user(OFFICER).records.record_event(custody, "care", T0 + 60 * MINUTE, medication)
    assert str(refusal.value) == "medication is given by medical staff: a duty officer may not record it"
    register.as_user(DOCTOR).records.record_event(custody, "care", T0 + 60 * MINUTE, medication)
    water = register.as_user(OFFICER).records.record_event(
        custody, "care", T0 + 70 * MINUTE, {"care_type": "water", "care_outcome": "provided", "given_by": "Cpl. N."})
    with pytest.raises(AccessDenied):  # nor turn water into medication by a correction
        register.as_user(OFFICER).records.correct(water.id, custody, {"care_type": "medication"}, "typo")
