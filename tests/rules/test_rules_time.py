"""Corrections, the 2018 change of the custody limit and the 2024 change of Kazakhstan's offset."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from register.timeutil import parse_instant, to_local


def test_correction_of_the_apprehension_time_turns_a_met_delivery_late(story):
    s = story()
    s.arrive("IVS-1", 170)
    assert s.clock(600, "delivery-3h").status == "met"
    s.correct(s.apprehension_id, 300, {"at": "2026-01-05T09:00:00+05:00"})  # 04:00Z, an hour earlier
    clock = s.clock(600, "delivery-3h")
    assert (clock.status, clock.trigger_at, clock.overdue_minutes) == (
        "late", datetime(2026, 1, 5, 4, 0, tzinfo=timezone.utc), 50)


def test_correction_of_a_field_counts_for_indicators(story):
    s = story(video=False)
    assert len(s.clocks(60, "video-missing")) == 1
    s.correct(s.apprehension_id, 90, {"video": "cam-3/0042"})
    assert s.clocks(120, "video-missing") == []


def test_correction_of_a_notification_outcome_counts_for_satisfaction(story):
    s = story()
    notice = s.notify("relative", 30, outcome="unsuccessful")
    assert s.clock(13 * 60, "relatives-notice-12h").status == "breached"
    s.correct(notice, 13 * 60 + 5, {"outcome": "reached"})
    assert s.clock(13 * 60 + 10, "relatives-notice-12h").status == "met"


@pytest.mark.parametrize("apprehended, birth, hours", [
    ("2018-02-28T23:59:00+06:00", date(1990, 1, 1), 72),  # last minute of the old law, Almaty time
    ("2018-03-01T00:00:00+06:00", date(1990, 1, 1), 48),  # 2018-02-28T18:00Z, already 1 March in Almaty
    ("2018-02-28T23:59:00+06:00", date(2005, 1, 1), 72),  # minors too had 72 h before
    ("2018-03-01T00:00:00+06:00", date(2005, 1, 1), 24),
    ("2017-06-01T12:00:00+06:00", None, 72),
])
def test_custody_limit_by_the_law_in_force_at_apprehension(story, apprehended, birth, hours):
    start = parse_instant(apprehended)
    s = story(birth_date=birth, start=start)
    clock = s.clock(start + timedelta(hours=1), "custody-limit")
    assert clock.due_at - clock.trigger_at == timedelta(hours=hours)
    assert clock.status == "running"


def test_durations_are_elapsed_time_across_the_2024_offset_change(story):
    assert to_local(parse_instant("2024-02-29T12:00:00Z"), "Asia/Almaty").utcoffset() == timedelta(hours=6)
    assert to_local(parse_instant("2024-03-01T12:00:00Z"), "Asia/Almaty").utcoffset() == timedelta(hours=5)
    start = parse_instant("2024-02-29T22:00:00+06:00")
    s = story(start=start)
    # 2 h 30 min later on the wall clock, but 3 h 30 min of elapsed time.
    s.arrive("IVS-1", parse_instant("2024-03-01T00:30:00+05:00"))
    delivery = s.clock(start + timedelta(hours=5), "delivery-3h")
    assert (delivery.status, delivery.overdue_minutes) == ("late", 30)
    limit = s.clock(start + timedelta(hours=5), "custody-limit")
    assert limit.due_at == parse_instant("2024-03-02T21:00:00+05:00")


def test_naive_as_of_is_refused(story):
    with pytest.raises(ValueError):
        story().clocks(datetime(2026, 1, 5, 12, 0))


def test_a_correction_counts_from_its_own_time(story):
    s = story()
    s.arrive("IVS-1", 170)
    s.correct(s.apprehension_id, 300, {"at": "2026-01-05T09:00:00+05:00"})
    assert s.clock(299, "delivery-3h").status == "met"
    assert s.clock(300, "delivery-3h").status == "late"


@pytest.mark.parametrize("birth, local_day, age", [
    (date(2008, 2, 29), "2026-02-27", 17),  # the day before the day that stands in for 29 February
    (date(2008, 2, 29), "2026-02-28", 18),  # no 29 February in 2026: the term ends on the 28th
    (date(2008, 2, 29), "2028-02-28", 19),  # a leap year: the birthday is the 29th again
    (date(2008, 2, 29), "2028-02-29", 20),
    (date(2008, 12, 20), "2026-12-19", 17),
    (date(2008, 12, 20), "2026-12-20", 18),
])
def test_age_counts_calendar_years_on_the_facility_s_local_day(birth, local_day, age):
    from register.timeline import age_at
    # 23:30 in Almaty is 18:30 UTC of the same day: the local date decides.
    instant = parse_instant(f"{local_day}T23:30:00+05:00")
    assert age_at(birth, instant, "Asia/Almaty") == age


def test_an_eighteenth_birthday_begins_at_local_midnight_not_at_utc_midnight():
    from register.timeline import age_at
    before = parse_instant("2026-12-19T18:59:00Z")  # 23:59 on the 19th in Almaty
    after = parse_instant("2026-12-19T19:00:00Z")  # 00:00 on the 20th in Almaty, still the 19th in UTC
    birth = date(2008, 12, 20)
    assert (age_at(birth, before, "Asia/Almaty"), age_at(birth, after, "Asia/Almaty")) == (17, 18)
