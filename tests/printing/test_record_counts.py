"""The oversight report counts the custody record's events (issue 17); the held list counts who is under
observation, at risk of suicide or has a child left without care."""
from __future__ import annotations

import csv
import io
from datetime import timedelta

from printing.held_list_pdf import write_held_list_pdf
from printing.oversight_pdf import write_oversight_csv, write_oversight_pdf
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


def test_the_oversight_report_counts_the_custody_record(register, custody):
    officer = _record(register, custody)
    report = officer.reports.oversight_report(T0 - timedelta(days=1), T0 + timedelta(days=1), {"F-1"})
    assert dict(report.summary.custody_record) == {
        "personal_search": 1, "use_of_force": 1, "use_of_force_injuries": 1, "care_refused": 1,
        "property_difference": 1, "injuries_charted": 0, "child_without_care": 1}
    buffer = io.BytesIO()
    write_oversight_pdf(report, "ru", buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    assert "Журнал содержания" in text and "Применения силы или спецсредств" in text
    out = io.StringIO()
    write_oversight_csv(report, out)
    assert ["custody_record", "use_of_force_injuries", "1"] in list(csv.reader(io.StringIO(out.getvalue())))


def test_the_held_list_counts_observation_suicide_risk_and_children(register, custody):
    officer = _record(register, custody)
    buffer = io.BytesIO()
    write_held_list_pdf(officer.reports.held_at("F-1", T0 + 6 * 60 * MINUTE, printing=True), "en", buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    assert "Under observation: 1; suicide risk: 1; child without care: 1" in text
