"""The desktop's chip and the printed timeline say the same overdue time, for a released person and for
one still held (issue 16: 16 days on screen against 7 h 17 min on paper)."""
import dataclasses
import io
from datetime import timedelta

import pytest

from printing.timeline_pdf import write_timeline_pdf
from register.overdue import overdue_minutes
from register.rules import evaluate
from register.timeline import CustodyTimeline
from tests.printing.fixtures import FACILITIES, KZ, PERSON, T0, demo_report, ev
from tests.printing.pdf_helpers import pages_text
from ui.desktop.clock_chips import chip_for

NOTICE_DUE = T0 + timedelta(hours=12)  # relatives told within 12 hours of the apprehension; nobody was


def relatives_notice(events, now):
    timeline = CustodyTimeline(demo_report().timeline.custody, PERSON, events, FACILITIES)
    clock = next(c for c in evaluate(timeline, KZ, now) if c.rule == "relatives-notice-12h" and c.trigger_at == T0)
    return timeline, clock


def events(released_after_due: timedelta | None):
    base = (ev("E-1", "apprehension", 0, 1, place="x", officers=["y"], reason="z", video="V-1"),
            ev("E-2", "arrival", 1, 2, facility="F-1"))
    if released_after_due is None:
        return base
    release_hours = 12 + released_after_due.total_seconds() / 3600
    return base + (ev("E-3", "release", release_hours, 3, reason="term"),)


def printed_overdue(timeline, now) -> str:
    report = dataclasses.replace(demo_report(), timeline=timeline, printed_at=now,
                                 clocks=tuple(evaluate(timeline, KZ, now)))
    buffer = io.BytesIO()
    write_timeline_pdf(report, "en", buffer)
    return " ".join(pages_text(buffer.getvalue()))


@pytest.mark.parametrize("released_after_due, expected_minutes, words", [
    (timedelta(hours=7, minutes=17), 7 * 60 + 17, ("7 h 17 min", "7 h 17 min overdue")),
    (None, 16 * 1440 + 60, ("16 d 1 h", "16 d 01 h overdue")),
])
def test_chip_and_printout_agree_on_the_overdue_time(qapp, released_after_due, expected_minutes, words):
    judged = T0 + timedelta(hours=20)  # the board read the row then; the ticker moved on since
    now = NOTICE_DUE + timedelta(days=16, hours=1)
    timeline, clock_then = relatives_notice(events(released_after_due), judged)
    _, clock_now = relatives_notice(events(released_after_due), now)
    assert overdue_minutes(clock_then, now) == overdue_minutes(clock_now, now) == expected_minutes
    chip = chip_for(clock_then, now, "Asia/Almaty")
    assert chip.time_text == words[1]
    assert words[0] in printed_overdue(timeline, now)
