"""Custody numbers to read aloud: facility, year and a per-facility sequence, for intakes from the desktop."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from register import custody_numbers
from register.access import AccessDenied, Actor
from tests.ui.test_intake import commit, fill_apprehension, fill_arrival, next_page, open_wizard


def intake(qtbot, service, name: str, facility: str = "F-1") -> str:
    wizard = open_wizard(qtbot, service)
    person = wizard.person_page
    person.full_name.setText(name)
    person.birth_date.set_value(datetime(1990, 1, 2).date())
    person.sex.set_value("male")
    qtbot.keyClicks(person.citizenship, "KZ")
    qtbot.keyClicks(person.languages, "kk")
    next_page(wizard)
    fill_apprehension(qtbot, wizard)
    next_page(wizard)
    fill_arrival(wizard, facility)
    with qtbot.waitSignal(wizard.recorded) as blocker:
        commit(wizard)
    return blocker.args[0]


def test_intakes_get_the_facilitys_next_number(qtbot, service):
    first = intake(qtbot, service, "Бірінші Адам")
    second = intake(qtbot, service, "Екінші Адам")
    other = intake(qtbot, service, "Үшінші Адам", facility="F-2")
    assert (first, second, other) == ("F-1-2026-00001", "F-1-2026-00002", "F-2-2026-00001")
    assert service.reports.timeline(second, log=False).person.full_name == "Екінші Адам"


def test_the_sequence_is_per_facility_and_year_of_the_facilitys_calendar(service):
    # 31 December 20:00 UTC is already 1 January in Almaty (UTC+5): the new year's first number
    new_year = datetime(2025, 12, 31, 20, 0, tzinfo=timezone.utc)
    assert service.records.new_custody_number("F-1", new_year) == "F-1-2026-00001"
    assert custody_numbers.next_number("F-1", 2026, ["F-1-2026-00009", "F-1-2026-00010", "F-10-2026-00077",
                                                      "F-1-2025-00500", "C-9acc5c06a4e24379"]) == "F-1-2026-00011"


def test_a_number_of_another_facility_is_not_the_officers(small_register):
    officer = small_register.as_user(Actor("duty-f2", "duty_officer", "Duty", frozenset({"F-2"})))
    with pytest.raises(AccessDenied):
        officer.records.new_custody_number("F-1", datetime(2026, 1, 5, 12, tzinfo=timezone.utc))
