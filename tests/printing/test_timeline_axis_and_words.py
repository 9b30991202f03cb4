"""The printed timeline read as a monitor reads it: a 30-day custody on a scale of days with its rules' names
whole, a rule broken at an instant drawn as a mark there, and no English left in a Russian or Kazakh page."""
from __future__ import annotations

import dataclasses
import io
from datetime import timedelta

import pytest
from reportlab.graphics.shapes import Polygon, Rect, String

from printing.fonts import register_fonts
from printing.labels import Labels
from printing.layout import BREACH_RED, content_width
from printing.time_axis import LABEL_WIDTH, custody_axis
from printing.timeline_pdf import write_timeline_pdf
from register.rules import evaluate
from register.timeline import CustodyTimeline
from tests.printing.fixtures import FACILITIES, FOREIGNER, KZ, RULES, T0, demo_report, ev
from tests.printing.pdf_helpers import pages_text

DAY = 24


def thirty_days():
    """A foreign national held 30 days: questioned at once after asking for a lawyer, no consulate told."""
    events = (ev("E-1", "apprehension", 0, 1, place="x", officers=["y"], reason="z", video="V"),
              ev("E-2", "arrival", 1, 2, facility="F-1"),
              ev("E-3", "lawyer_request", 1.5, 3),
              ev("E-4", "interrogation", 2, 4, investigator="i", lawyer_present=False),
              ev("E-5", "court_decision", 20, 5, decision="remand", court="c"),
              ev("E-6", "release", 30 * DAY, 6, reason="term"))
    timeline = CustodyTimeline(demo_report().timeline.custody, FOREIGNER, events, FACILITIES)
    printed_at = T0 + timedelta(days=31)
    return dataclasses.replace(demo_report(), timeline=timeline, printed_at=printed_at,
                               clocks=tuple(evaluate(timeline, KZ, printed_at)))


def strings(drawing) -> list[String]:
    found = []
    for item in drawing.contents:
        found += strings(item) if hasattr(item, "contents") else [item] if isinstance(item, String) else []
    return found


def axis(report, lang="en"):
    register_fonts()
    return custody_axis(report.timeline, report.clocks, RULES, Labels(lang), report.printed_at, content_width())


def test_a_30_day_custody_is_scaled_in_days():
    texts = [s.text for s in strings(axis(thirty_days()))]
    dates = [t for t in texts if len(t) == 5 and t[2] == "."]
    assert "00:00" not in texts and not any(len(t) == 5 and t[2] == ":" for t in texts)
    assert 5 <= len(dates) <= 12 and dates[0] < dates[1]


def test_a_day_long_custody_keeps_its_hours():
    texts = [s.text for s in strings(axis(demo_report()))]
    assert any(t.endswith(":00") for t in texts)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_rule_labels_beside_the_axis_are_whole(lang):
    labels = [s.text for s in strings(axis(thirty_days(), lang)) if s.x == 2]
    assert labels and not any(text.endswith("…") for text in labels)


def test_an_instant_breach_is_a_mark_at_its_instant_not_a_bar_to_the_release():
    report = thirty_days()
    drawing = axis(report)
    lawyer_row = next(s for s in strings(drawing) if s.x == 2 and s.text == "Lawyer")
    row_y = lawyer_row.y - 2
    in_row = [item for item in drawing.contents if getattr(item, "y", None) is not None
              and abs(getattr(item, "y") - (row_y + 1.5)) < 0.01 and isinstance(item, Rect)]
    assert not [r for r in in_row if r.fillColor == BREACH_RED]
    marks = [p for p in drawing.contents if isinstance(p, Polygon) and min(p.points[1::2]) == pytest.approx(row_y)]
    assert len(marks) == 1 and marks[0].points[0] < LABEL_WIDTH + 30  # at the questioning, two hours in


@pytest.mark.parametrize("lang, words, english", [
    ("ru", ["не выполнено: консульство", "Реестр задержанных", "немедленно"], ["(missing", "consulate"]),
    ("kk", ["орындалмағаны: консулдық", "Ұсталғандар тізілімі", "дереу"], ["(missing", "consulate"]),
])
def test_no_english_is_left_in_a_russian_or_kazakh_timeline(lang, words, english):
    report = dataclasses.replace(thirty_days(), register_name="Detention Register",
                                 printed_by="No account (register without accounts)")
    buffer = io.BytesIO()
    write_timeline_pdf(report, lang, buffer)
    text = " ".join(pages_text(buffer.getvalue()))
    for word in words:
        assert word in text
    for word in english + ["Detention Register", "No account"]:
        assert word not in text


def test_a_person_taken_to_court_is_out_at_court_on_the_axis_not_in_transit():
    events = (ev("E-1", "apprehension", 0, 1, place="x", officers=["y"], reason="z", video="V"),
              ev("E-2", "arrival", 1, 2, facility="F-1"),
              ev("E-3", "departure", 5, 3, purpose="court", destination="City court"))
    timeline = CustodyTimeline(demo_report().timeline.custody, FOREIGNER, events, FACILITIES)
    report = dataclasses.replace(demo_report(), timeline=timeline, printed_at=T0 + timedelta(hours=12),
                                 clocks=tuple(evaluate(timeline, KZ, T0 + timedelta(hours=12))))
    texts = [s.text for s in strings(axis(report, "ru"))]
    assert "выведен: суд" in texts
