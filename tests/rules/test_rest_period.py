"""Rest of 8 hours in each 24 hours: a clock that adds up periods (care of type rest, from its time to its
`until`) within windows of 24 hours from the first arrival, one window after another until the release.

England and Wales (bundled): PACE Code C 12.2, one continuous rest of 8 hours, until police detention ends at
a court's decision. Kazakhstan: the sources give no figure, so the bundled profile has no such rule; the
periods-adding-up reading is judged here with the rule added to the kz profile as data (tests/rules/conftest.py).
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from register.judgement import clocks_at, judge
from register.rules import evaluate, load_profile
from register.rules.profile import ProfileError
from tests.rules.conftest import kz_with_rest, kz_with_rest_profile_text

KZ_REST = kz_with_rest()

HOUR = 60


def rest(s, start_hour: float, end_hour: float, outcome: str = "provided"):
    return s.add("care", round(start_hour * HOUR), care_type="rest", care_outcome=outcome, given_by="Sgt. Abenova",
                 until=s.instant(round(end_hour * HOUR)))


def windows(s, as_of_hour: float, profile=KZ_REST):
    """(window start, due, status, overdue hours) of every rest-period occurrence, in hours after the
    apprehension."""
    rules = load_profile(profile) if isinstance(profile, str) else profile
    found = evaluate(s.timeline(), rules, s.instant(round(as_of_hour * HOUR)))
    return [(hours(s, c.trigger_at), hours(s, c.due_at), str(c.status), c.overdue_minutes / HOUR)
            for c in found if c.rule == "rest-period"]


def hours(s, instant):
    return (instant - s.start).total_seconds() / 3600


def test_the_first_window_runs_from_the_first_arrival(story):
    s = story()
    s.arrive("IVS-1", HOUR)
    assert windows(s, 10) == [(1, 25, "running", 0)]
    assert windows(s, 25) == [(1, 25, "running", 0)]  # at the due instant itself, not yet breached


def test_rest_periods_in_a_window_add_up_to_eight_hours(story):
    """5 hours at night and 3 in the afternoon: met when the eighth hour is reached, not before."""
    s = story()
    s.arrive("IVS-1", HOUR)
    rest(s, 12, 17)
    assert windows(s, 18) == [(1, 25, "running", 0)]  # 5 hours so far
    rest(s, 20, 23)
    clock = [c for c in evaluate(s.timeline(), KZ_REST, s.instant(24 * HOUR)) if c.rule == "rest-period"][0]
    assert str(clock.status) == "met" and hours(s, clock.met_at) == 23


def test_overlapping_records_count_the_same_hours_once(story):
    s = story()
    s.arrive("IVS-1", HOUR)
    rest(s, 10, 16)
    rest(s, 12, 17)  # recorded twice by two officers: 7 hours in all, not 11
    assert windows(s, 24) == [(1, 25, "running", 0)]


def test_too_little_rest_breaches_each_window_and_the_next_starts_at_the_due_instant(story):
    s = story()
    s.arrive("IVS-1", HOUR)
    rest(s, 10, 16)  # 6 hours
    assert windows(s, 30) == [(1, 25, "breached", 5), (25, 49, "running", 0)]
    assert windows(s, 80) == [(1, 25, "breached", 55), (25, 49, "breached", 31), (49, 73, "breached", 7),
                              (73, 97, "running", 0)]


def test_a_rest_begun_in_a_window_and_ending_after_it_meets_it_late(story):
    """A rest that starts in a window belongs to it, whole: begun 3 hours before the window's end, it
    reaches 8 hours 5 hours late; the next window is judged on the rest that starts in it."""
    s = story()
    s.arrive("IVS-1", HOUR)
    rest(s, 22, 30)
    assert windows(s, 40) == [(1, 25, "late", 5), (25, 49, "running", 0)]


def test_a_refused_rest_or_one_without_its_end_adds_nothing(story):
    s = story()
    s.arrive("IVS-1", HOUR)
    rest(s, 5, 15, outcome="refused")
    s.add("care", 16 * HOUR, care_type="rest", care_outcome="provided", given_by="Sgt. Abenova")
    assert windows(s, 26) == [(1, 25, "breached", 1), (25, 49, "running", 0)]


def test_the_windows_stop_at_release(story):
    s = story()
    s.arrive("IVS-1", HOUR)
    rest(s, 10, 18)
    s.release(40 * HOUR)
    assert windows(s, 200) == [(1, 25, "met", 0), (25, 49, "lapsed", 0)]


def test_a_transfer_does_not_start_the_windows_again(story):
    s = story()
    s.arrive("IVS-1", HOUR)
    s.depart("transfer", 3 * HOUR)
    s.arrive("IVS-2", 5 * HOUR)
    assert windows(s, 6) == [(1, 25, "running", 0)]


def test_windows_are_elapsed_time_across_the_almaty_offset_change(story):
    """Asia/Almaty moved from UTC+6 to UTC+5 at 00:00 local on 1 March 2024: a window of 24 hours spanning
    the change is 24 hours of elapsed time, and a night's rest across it is 8 hours, not 7 or 9."""
    start = datetime(2024, 2, 29, 12, 0, tzinfo=timezone.utc)  # 18:00 on 29 February, UTC+6
    s = story(start=start)
    s.arrive("IVS-1", HOUR)
    rest(s, 4, 12)  # 22:00 (UTC+6) to 05:00 (UTC+5) local: 8 hours elapsed
    clock = [c for c in evaluate(s.timeline(), KZ_REST, s.instant(30 * HOUR)) if c.rule == "rest-period"]
    assert [(hours(s, c.trigger_at), hours(s, c.due_at), str(c.status)) for c in clock] == [
        (1, 25, "met"), (25, 49, "running")]
    assert hours(s, clock[0].met_at) == 12


def test_pace_needs_one_continuous_rest_of_eight_hours(story):
    s = story(citizenship="GB")
    s.arrive("PS-1", HOUR)
    rest(s, 10, 14)
    rest(s, 15, 20)  # 9 hours in two parts: not continuous
    assert windows(s, 24, "england-wales") == [(1, 25, "running", 0)]
    rest(s, 22, 24 + 6)  # a continuous night's rest begun in the window: met late, at its eighth hour
    assert windows(s, 31, "england-wales") == [(1, 25, "late", 5), (25, 49, "running", 0)]


def test_pace_windows_end_when_a_court_ends_police_detention(story):
    s = story(citizenship="GB")
    s.arrive("PS-1", HOUR)
    s.add("court_decision", 30 * HOUR, court="Westminster Magistrates", decision="remand")
    assert windows(s, 200, "england-wales") == [(1, 25, "breached", 5), (25, 49, "lapsed", 0)]


def test_kazakhstan_has_no_rest_rule_of_its_own(story):
    """The sources reviewed give no figure for rest in Kazakhstan: nothing runs until the profile adds it."""
    s = story()
    s.arrive("IVS-1", HOUR)
    assert windows(s, 100, "kz") == []


@pytest.mark.parametrize("profile", ["kz-with-rest", "england-wales"])
def test_the_stored_judgement_gives_what_a_fresh_judgement_gives_later(story, profile):
    """Judged at the write, read back at later instants: a running window falls due, the next windows
    follow one after another with no rest to add up, and a rest recorded before the write stays counted."""
    s = story(citizenship="GB" if profile == "england-wales" else "KZ")
    s.arrive("PS-1" if profile == "england-wales" else "IVS-1", HOUR)
    rest(s, 10, 19)
    rest(s, 30, 33)
    timeline, rules = s.timeline(), (load_profile(profile) if profile == "england-wales" else KZ_REST)
    written = s.instant(34 * HOUR)
    judgement = judge(timeline, rules, written, "fingerprint")
    for later_hours in (0, 1, 15, 16, 40, 100, 500):
        instant = written + (s.instant(later_hours * HOUR) - s.start)
        assert clocks_at(judgement, rules, instant) == evaluate(timeline, rules, instant), later_hours


def broken_profile(tmp_path, old: str, new: str):
    source = kz_with_rest_profile_text()
    assert old in source
    path = tmp_path / "broken.toml"
    path.write_text(source.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize("old, new, sentence", [
    ('period_ends = "until"', 'period_ends = "care_type"', "'care_type' is not a field of an instant of a care event"),
    ('period_ends = "until"', '', "'total' (a duration above zero) and 'period_ends'"),
    ('every = "PT24H"\nfrom = "due"', 'every = "PT24H"\nfrom = "met"', 'the recurring table needs from = "due"'),
    ('total = "PT8H"', 'total = "PT25H"', "must fit in the rule's figure"),
])
def test_the_profile_must_say_what_adds_up_and_where_it_ends(tmp_path, old, new, sentence):
    with pytest.raises(ProfileError) as refused:
        load_profile(broken_profile(tmp_path, old, new))
    assert "rule 'rest-period'" in str(refused.value) and sentence in str(refused.value)
