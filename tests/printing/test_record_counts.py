"""The held list counts who is under observation, at risk of suicide or has a child left without care
(issue 17)."""
from __future__ import annotations

import io
from datetime import timedelta

from printing.held_list_pdf import write_held_list_pdf
from tests.conftest import T0
from tests.core.test_custody_record import ASSESSMENT, OFFICER, custody  # noqa: F401 (the fixture)
from tests.core.test_property import INVENTORY
from tests.core.test_search_and_force import FORCE, SEARCH
from tests.printing.pdf_helpers import pages_text
from tests.printing.test_property_receipt import SHORT_RETURN

MINUTE = timedelta(minutes=1)


def _record(register, custody_id):
    officer = register.as_user(OFFICER)
    officer.records.record_event(custody_id, "personal_search", T0 + 42 * MINUTE, SEARCH)
    officer.records.record_event(custody_id, "use_of_force", T0 + 45 * MINUTE, FORCE)
    officer.records.record_event(custody_id, "risk_assessment", T0 + 50 * MINUTE, ASSESSMENT)
    officer.records.record_event(custody_id, "dependants", T0 + 55 * MINUTE, {"children_left_without_care": True})
    officer.records.record_event(custody_id, "care", T0 + 60 * MINUTE,
                                 {"care_type": "water", "care_outcome": "refused", "given_by": "Cpl. N."})
    officer.records.record_event(custody_id, "property_inventory", T0 + 65 * MINUTE, INVENTORY)
    officer.records.record_event(custody_id, "property_return", T0 + 300 * MINUTE, SHORT_RETURN)
    return officer


def test_the_held_list_counts_observation_suicide_risk_and_children(register, custody):
    officer = _record(register, custody)
    buffer = io.BytesIO()
    write_held_list_pdf(officer.reports.held_at("F-1", T0 + 6 * 60 * MINUTE, printing=True), "en", buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    assert "Under observation: 1; suicide risk: 1; child without care: 1" in text
