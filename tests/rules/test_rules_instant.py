"""Rules that fire at once (figure 0) and indicators: they appear only when they hit."""
from __future__ import annotations

from datetime import date

import pytest


def _assert_hit(clocks, status: str, at):
    assert len(clocks) == 1, clocks
    clock = clocks[0]
    assert (clock.status, clock.trigger_at, clock.due_at, clock.met_at, clock.overdue_minutes, clock.warn_at) == (
        status, at, at, None, 0, None)


def test_lawyer_before_questioning_fires_when_a_request_is_open(story):
    s = story()
    s.add("lawyer_request", 30)
    s.interrogate(60, lawyer_present=False)
    _assert_hit(s.clocks(600, "lawyer-before-questioning"), "breached", s.instant(60))


@pytest.mark.parametrize("events", [
    [],
    [("lawyer_request", 30), ("lawyer_meeting", 45)],
])
def test_lawyer_before_questioning_silent_without_an_open_request(story, events):
    s = story()
    for event_type, minute in events:
        s.add(event_type, minute, **({"lawyer": "Adv. S.", "private": True, "appointed_by": "detainee"}
                                      if event_type == "lawyer_meeting" else {}))
    s.interrogate(60)
    assert s.clocks(600, "lawyer-before-questioning") == []


def test_lawyer_before_questioning_a_new_request_reopens(story):
    s = story()
    s.add("lawyer_request", 30)
    s.add("lawyer_meeting", 40, lawyer="Adv. S.", private=True, appointed_by="state")
    s.interrogate(50)
    s.add("lawyer_request", 100)
    s.interrogate(120)
    _assert_hit(s.clocks(600, "lawyer-before-questioning"), "breached", s.instant(120))


def test_interrogation_after_as_of_is_not_yet_a_breach(story):
    s = story()
    s.add("lawyer_request", 30)
    s.interrogate(60)
    assert s.clocks(59, "lawyer-before-questioning") == []


@pytest.mark.parametrize("fields, hits", [
    ({"lawyer_present": True, "legal_representative_present": True}, False),
    ({"lawyer_present": True}, True),  # a missing field counts as false
    ({"lawyer_present": False, "legal_representative_present": True}, True),
])
def test_minor_interrogation_safeguards(story, fields, hits):
    s = story(birth_date=date(2011, 2, 3))
    s.add("interrogation", 90, investigator="Inv. K.", **fields)
    clocks = s.clocks(600, "minor-interrogation-safeguards")
    if hits:
        _assert_hit(clocks, "breached", s.instant(90))
    else:
        assert clocks == []


@pytest.mark.parametrize("non_medical, requested, hits", [
    (True, None, True),
    (True, False, True),
    (True, True, False),
    (False, None, False),
])
def test_exam_privacy(story, non_medical, requested, hits):
    s = story()
    extra = {} if requested is None else {"presence_requested_by_doctor": requested}
    s.exam(30, non_medical_present=non_medical, **extra)
    assert len(s.clocks(600, "exam-privacy")) == hits


def test_irregular_place_fires_on_each_arrival_at_an_undesignated_place(story):
    s = story()
    s.arrive("GYM", 30)
    s.depart("transfer", 200)
    s.arrive("IVS-1", 260)
    _assert_hit(s.clocks(600, "irregular-place"), "breached", s.instant(30))


@pytest.mark.parametrize("recorded_after, hits", [(60, False), (61, True), (0, False)])
def test_late_registration_threshold_is_exclusive(story, recorded_after, hits):
    s = story()
    s.events.clear()
    s.add("apprehension", 0, recorded_at=recorded_after, place="p", officers=["o"], reason="r", video="v")
    clocks = s.clocks(600, "late-registration")
    if hits:
        _assert_hit(clocks, "flagged", s.instant(0))
    else:
        assert clocks == []


@pytest.mark.parametrize("video, hits", [(True, False), (False, True)])
def test_video_missing(story, video, hits):
    assert len(story(video=video).clocks(60, "video-missing")) == hits


def test_age_unknown_flags_and_applies_the_minor_safeguards(story):
    s = story(birth_date=None)
    _assert_hit(s.clocks(60, "age-unknown"), "flagged", s.instant(0))
    assert s.clock(60, "custody-limit").due_at == s.instant(24 * 60)
    assert s.clock(60, "minor-parent-notice").status == "running"


def test_age_established_later_ends_the_indicator_from_then_on(story):
    s = story(birth_date=None)
    s.add("identity_established", 120, birth_date="1985-07-01")
    assert len(s.clocks(100, "age-unknown")) == 1
    assert s.clocks(130, "age-unknown") == []
    assert s.clock(130, "custody-limit").due_at == s.instant(48 * 60)


def test_citizenship_unknown_flags_and_is_not_treated_as_foreign(story):
    s = story(citizenship=None)
    _assert_hit(s.clocks(60, "citizenship-unknown"), "flagged", s.instant(0))
    assert s.clocks(60, "foreign-national-notice-12h") == []
    assert story(citizenship="KZ").clocks(60, "citizenship-unknown") == []


def test_a_custody_without_apprehension_has_no_clocks(story):
    s = story()
    s.events.clear()
    s.arrive("IVS-1", 10)
    assert s.clocks(600) == []
