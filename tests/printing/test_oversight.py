import csv
import io
from datetime import timedelta

import pytest

from printing.oversight_pdf import write_oversight_csv, write_oversight_pdf
from register.oversight import summarize
from register.reports import OversightReport
from tests.printing.fixtures import FACILITIES, RULES, T0, oversight_set
from tests.printing.pdf_helpers import pages_text


@pytest.fixture(scope="module")
def summary():
    timelines, clocks, start, end = oversight_set()
    return summarize(timelines, clocks, start, end, FACILITIES, timedelta(hours=1))


def report_of(summary):
    return OversightReport(summary, RULES, "Реестр", T0, "Сейітова А.")


def test_counts_custodies_apprehended_in_the_period_only(summary):
    assert summary.custodies == 3
    assert summary.custodies_with_breach == 2
    assert summary.breach_share == pytest.approx(2 / 3)


def test_breaches_by_rule_and_by_facility_of_first_arrival(summary):
    assert dict(summary.breaches_by_rule) == {"custody-limit": 1, "protocol-3h": 1, "delivery-3h": 1}
    assert dict(summary.breaches_by_facility) == {"F-1": 2, "F-2": 1}
    assert summary.breaches_by_facility[0] == ("F-1", 2)


def test_medians_from_apprehension(summary):
    assert summary.median("delivery").minutes == 150 and summary.median("delivery").custodies == 2
    assert summary.median("protocol").minutes == 90
    assert summary.median("notification").minutes == 300  # the unsuccessful call at 100 min does not count
    assert summary.median("medical").minutes == 600 and summary.median("medical").custodies == 1


def test_late_registrations_by_recording_officer(summary):
    assert dict(summary.late_registrations) == {"Қасымов": 1, "unknown": 1}


def test_an_empty_period_has_no_share_and_no_medians():
    timelines, clocks, start, _ = oversight_set()
    empty = summarize(timelines, clocks, start, start, FACILITIES, timedelta(hours=1))
    assert empty.custodies == 0 and empty.breach_share == 0.0
    assert all(m.minutes is None and m.custodies == 0 for m in empty.medians)


def test_csv_rows(summary):
    buffer = io.StringIO()
    write_oversight_csv(report_of(summary), buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert rows[0] == ["section", "key", "value"]
    assert ["totals", "custodies", "3"] in rows
    assert ["totals", "breach_share", "0.6667"] in rows
    assert ["breaches_by_rule", "custody-limit", "1"] in rows
    assert ["breaches_by_facility", "F-1", "2"] in rows
    assert ["median_minutes", "delivery", "150"] in rows
    assert ["late_registrations", "Қасымов", "1"] in rows
    assert ["period", "start", "2026-01-01T00:00:00Z"] in rows


@pytest.mark.parametrize("lang, words", [
    ("en", ["Oversight report", "67%", "Custody limit: court decision or release", "Delivery to a facility within 3 hours", "Record of arrest within 3 hours",
            "Алматы ПБ №3 / Police station No. 3 (F-1)", "2 h 30 min", "Қасымов", "unknown", "Page 1 of 1"]),
    ("kk", ["Қадағалау есебі", "67%", "Ұстаудың шекті мерзімі: сот шешімі немесе босату", "жеткізуге дейін", "белгісіз"]),
])
def test_pdf_shows_the_figures(summary, lang, words):
    buffer = io.BytesIO()
    write_oversight_pdf(report_of(summary), lang, buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    for word in words:
        assert word in text
