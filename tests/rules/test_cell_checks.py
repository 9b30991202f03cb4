"""Cell checks as a recurring clock whose interval the latest risk assessment sets; a child left without care.

Kazakhstan: the sources give no figure, so the interval is the assessment's and an assessment without one
starts no clock. England and Wales: PACE Code C 9.3 and Annex H, the assessment's interval, else hourly.
"""
from __future__ import annotations

from datetime import datetime, timezone

from register.rules import evaluate, load_profile
from register.rules.profile import ProfileError

import pytest


def assess(s, at, interval: int | None = 30, level: str = "intermittent", **risks):
    flags = {flag: False for flag in ("self_harm_risk", "intoxicated", "medical_condition", "mental_health",
                                      "violence_risk", "needs_interpreter")}
    extra = {"check_interval_minutes": interval} if interval is not None else {}
    return s.add("risk_assessment", at, assessed_by="Sgt. Abenova", observation_level=level,
                 **{**flags, **risks}, **extra)


def check(s, at, condition: str = "fine"):
    return s.add("cell_check", at, officer="Cpl. Nurov", condition=condition)


def checks(s, as_of, profile="kz"):
    return [(minute(s, c.trigger_at), minute(s, c.due_at), str(c.status), c.overdue_minutes)
            for c in evaluate(s.timeline(), load_profile(profile), s.instant(as_of)) if c.rule == "cell-checks"]


def minute(s, instant):
    return None if instant is None else round((instant - s.start).total_seconds() / 60)


def test_a_check_due_thirty_minutes_after_the_assessment_is_running_until_then(story):
    s = story()
    s.arrive("IVS-1", 60)
    assess(s, 70)
    assert checks(s, 100) == [(70, 100, "running", 0)]  # at the due instant itself, not yet breached


def test_checks_in_time_are_met_and_each_next_is_due_an_interval_after_the_last(story):
    s = story()
    s.arrive("IVS-1", 60)
    assess(s, 70)
    check(s, 95)
    check(s, 120)
    assert checks(s, 130) == [(70, 100, "met", 0), (95, 125, "met", 0), (120, 150, "running", 0)]


def test_each_interval_without_a_check_is_one_breach(story):
    """Nobody looked for three intervals: three breaches and the fourth running; the check that finally
    comes meets the first occurrence late, by all the time no one looked, and the series runs from it."""
    s = story()
    s.arrive("IVS-1", 60)
    assess(s, 70)
    assert checks(s, 165) == [(70, 100, "breached", 65), (100, 130, "breached", 35), (130, 160, "breached", 5),
                              (160, 190, "running", 0)]
    check(s, 170)
    assert checks(s, 175) == [(70, 100, "late", 70), (170, 200, "running", 0)]


def test_the_interval_comes_from_the_latest_assessment(story):
    """A reassessment to 15-minute checks ends the 60-minute series and starts its own."""
    s = story()
    s.arrive("IVS-1", 60)
    assess(s, 70, interval=60, level="general")
    assess(s, 100, interval=15, intoxicated=True)
    assert checks(s, 120) == [(70, 130, "lapsed", 0), (100, 115, "breached", 5), (115, 130, "running", 0)]


def test_kazakhstan_has_no_figure_of_its_own(story):
    """Constant observation with no interval set: the sources give no figure, so no clock runs."""
    s = story()
    s.arrive("IVS-1", 60)
    assess(s, 70, interval=None, level="constant")
    assert checks(s, 600) == []


def test_pace_visits_at_least_hourly_when_the_assessment_sets_no_interval(story):
    s = story(citizenship="GB")
    s.arrive("PS-1", 60)
    assess(s, 70, interval=None, level="general")
    check(s, 120)
    assert checks(s, 200, "england-wales") == [(70, 130, "met", 0), (120, 180, "breached", 20),
                                                         (180, 240, "running", 0)]


def test_the_checks_stop_at_release(story):
    s = story()
    s.arrive("IVS-1", 60)
    assess(s, 70)
    s.release(160)
    # Overdue counted to the release; no occurrence starts at or after it.
    assert checks(s, 1000) == [(70, 100, "breached", 60), (100, 130, "breached", 30), (130, 160, "lapsed", 0)]


def test_a_release_before_the_check_falls_due_lapses_it(story):
    s = story()
    s.arrive("IVS-1", 60)
    assess(s, 70)
    check(s, 90)
    s.release(110)
    assert checks(s, 1000) == [(70, 100, "met", 0), (90, 120, "lapsed", 0)]


def test_across_the_almaty_offset_change_intervals_are_elapsed_time(story):
    """Asia/Almaty moved from UTC+6 to UTC+5 at 00:00 local on 1 March 2024: a 30-minute interval
    spanning the change is 30 minutes, not 90 and not minus 30."""
    start = datetime(2024, 2, 29, 17, 0, tzinfo=timezone.utc)  # 23:00 on 29 February, UTC+6
    s = story(start=start)
    s.arrive("IVS-1", 10)
    assess(s, 40)                  # 23:40 local (UTC+6)
    check(s, 70)                   # 30 minutes later, across 00:00 on 1 March, when UTC+6 became UTC+5
    assert checks(s, 101) == [(40, 70, "met", 0), (70, 100, "breached", 1), (100, 130, "running", 0)]


def test_every_field_must_name_a_field_of_minutes_of_the_trigger(tmp_path):
    source = (__import__("resources").RESOURCES / "rules" / "kz.toml").read_text(encoding="utf-8")
    broken = source.replace('every_field = "check_interval_minutes"', 'every_field = "note"')
    path = tmp_path / "broken.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ProfileError, match="'note' is not a field of minutes of a risk_assessment event"):
        load_profile(path)


@pytest.mark.parametrize("profile", ["kz", "england-wales"])
def test_a_child_left_without_care_breaches_at_once(story, profile):
    s = story()
    s.add("dependants", 20, children_left_without_care=True, emergency_contact="sister, +7 701 000 0000")
    s.add("dependants", 40, children_left_without_care=True, cared_for_by="neighbour, Mrs Ivanova")
    found = [(minute(s, c.trigger_at), str(c.status)) for c in evaluate(s.timeline(), load_profile(profile),
             s.instant(60)) if c.rule == "child-left-without-care"]
    assert found == [(20, "breached")]  # the second record names who looks after them: no new alert
