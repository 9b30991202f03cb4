"""Extensions and periodic reviews as data: a PACE custody judged as the Act says, and a Kazakh court extension.

PACE 1984: the relevant time is the arrival at the first police station, or 24 hours after the arrest
if earlier (s.41(2)); 24 hours from it (s.41(1)); a superintendent's authorisation to 36 hours
(s.42(1)); warrants of further detention to 96 hours at most (ss.43-44); reviews no later than six
hours after detention was first authorised, then at intervals of no more than nine hours (s.40(3)).
"""
from __future__ import annotations

from datetime import timedelta

import pytest

from register.rules import evaluate, load_profile

H = 60  # minutes


def pace(story, arrival: int | None = H, **person):
    s = story(citizenship="GB", **person)
    if arrival is not None:
        s.arrive("PS-1", arrival)
    return s


def clocks_of(s, as_of: int, rule: str, profile: str = "england-wales"):
    return [c for c in evaluate(s.timeline(), load_profile(profile), s.instant(as_of)) if c.rule == rule]


def minutes(s, instant) -> int | None:
    return None if instant is None else round((instant - s.start).total_seconds() / 60)


def test_the_pace_story(story):
    """Arrest, arrival, reviews (one late), a superintendent's extension, a warrant, release."""
    s = pace(story)                                        # arrest at 0, arrival at the station at 1 h
    for at in (390, 1000, 1500, 2000, 2500):               # reviews; the second is 70 minutes late
        s.add("review", at, reviewer="Insp. Hale")
    s.add("authorisation", 1400, authorised_by="Supt. Okafor")  # before 25 h: to 36 h from the relevant time
    s.add("court_decision", 2100, decision="extension", court="Westminster Magistrates' Court",
          until=s.instant(H + 60 * H))                    # a warrant to 60 h from the relevant time
    s.release(3000)

    limit, = clocks_of(s, 4000, "custody-limit")
    assert (minutes(s, limit.trigger_at), minutes(s, limit.due_at)) == (H, H + 60 * H)
    assert (limit.status, minutes(s, limit.met_at)) == ("met", 3000)

    reviews = [(minutes(s, c.trigger_at), minutes(s, c.due_at), c.status, c.overdue_minutes)
               for c in clocks_of(s, 4000, "detention-review")]
    assert reviews == [
        (60, 420, "met", 0),        # first review within 6 h of detention being authorised
        (390, 930, "late", 70),     # then 9 h from the previous review
        (1000, 1540, "met", 0),     # the interval runs from the late review
        (1500, 2040, "met", 0),
        (2000, 2540, "met", 0),
        (2500, 3040, "lapsed", 0),  # released before the next one fell due
    ]


def test_without_an_extension_the_limit_is_24_hours_from_the_relevant_time(story):
    s = pace(story)
    limit, = clocks_of(s, H + 25 * 60, "custody-limit")
    assert (limit.status, limit.overdue_minutes) == ("breached", 60)
    assert minutes(s, limit.due_at) == H + 24 * 60


def test_the_relevant_time_is_24_hours_after_the_arrest_when_the_station_is_reached_later(story):
    s = pace(story, arrival=30 * 60)
    limit, = clocks_of(s, 31 * 60, "custody-limit")
    assert minutes(s, limit.trigger_at) == 24 * 60 and minutes(s, limit.due_at) == 48 * 60


def test_before_any_arrival_the_relevant_time_is_24_hours_after_the_arrest(story):
    s = pace(story, arrival=None)
    limit, = clocks_of(s, 2 * 60, "custody-limit")
    assert (limit.status, minutes(s, limit.due_at)) == ("running", 48 * 60)
    assert clocks_of(s, 2 * 60, "detention-review") == []  # detention not yet authorised at a station


def test_a_superintendent_extension_after_the_24_hours_comes_too_late(story):
    s = pace(story)
    s.add("authorisation", H + 24 * 60 + 1, authorised_by="Supt. Okafor")
    limit, = clocks_of(s, H + 30 * 60, "custody-limit")
    assert (minutes(s, limit.due_at), limit.status) == (H + 24 * 60, "breached")


def test_a_superintendent_cannot_go_beyond_36_hours(story):
    s = pace(story)
    s.add("authorisation", 10 * 60, authorised_by="Supt. Okafor", until=s.instant(H + 48 * 60))
    limit, = clocks_of(s, 11 * 60, "custody-limit")
    assert minutes(s, limit.due_at) == H + 36 * 60


def test_warrants_never_take_the_limit_beyond_96_hours(story):
    s = pace(story)
    s.add("authorisation", 10 * 60, authorised_by="Supt. Okafor")
    s.add("court_decision", 30 * 60, decision="extension", court="Westminster", until=s.instant(H + 72 * 60))
    s.add("court_decision", 70 * 60, decision="extension", court="Westminster", until=s.instant(H + 120 * 60))
    limit, = clocks_of(s, 80 * 60, "custody-limit")
    assert minutes(s, limit.due_at) == H + 96 * 60


def test_a_charge_or_remand_by_the_court_meets_the_limit_and_ends_the_reviews(story):
    s = pace(story)
    s.add("review", 300, reviewer="Insp. Hale")
    s.add("court_decision", 600, decision="remand", court="Westminster")
    limit, = clocks_of(s, 3000, "custody-limit")
    assert limit.status == "met"
    assert [c.status for c in clocks_of(s, 3000, "detention-review")] == ["met", "lapsed"]


def test_reviews_never_held_are_one_breach_per_missed_interval(story):
    s = pace(story)
    reviews = clocks_of(s, H + 6 * 60 + 9 * 60 + 1, "detention-review")
    assert [(minutes(s, c.due_at), c.status) for c in reviews] == [
        (H + 360, "breached"), (H + 900, "breached"), (H + 1440, "running")]


def test_a_juvenile_interviewed_without_an_appropriate_adult(story):
    s = pace(story, birth_date=None)  # age unknown: treated as a juvenile (Code C para. 1.5)
    s.interrogate(120, lawyer_present=True)
    s.interrogate(180, lawyer_present=True, legal_representative_present=True)
    hits = clocks_of(s, 200, "juvenile-interview-without-appropriate-adult")
    assert [(minutes(s, c.trigger_at), c.status) for c in hits] == [(120, "breached")]


@pytest.mark.parametrize("until_hours, decided_at, expected_due", [
    (None, 40, 72),   # no end stated: to the constitutional ceiling of 72 hours
    (60, 40, 60),     # the court's own end
    (90, 40, 72),     # never past 72 hours
    (60, 49, 48),     # after the 48 hours had run out: too late to move anything
])
def test_a_kazakh_court_extension_moves_the_custody_limit_up_to_72_hours(story, until_hours, decided_at,
                                                                         expected_due):
    s = story()
    extra = {} if until_hours is None else {"until": s.instant(until_hours * 60)}
    s.add("court_decision", decided_at * 60, decision="extension", court="Almaty", **extra)
    limit, = clocks_of(s, 100 * 60, "custody-limit", profile="kz")
    assert limit.due_at - limit.trigger_at == timedelta(hours=expected_due)
    assert limit.status == "breached" and limit.met_at is None  # an extension is not a decision on custody


def test_a_kazakh_remand_after_an_extension_meets_the_limit(story):
    s = story()
    s.add("court_decision", 40 * 60, decision="extension", court="Almaty")
    s.add("court_decision", 70 * 60, decision="remand", court="Almaty")
    limit, = clocks_of(s, 100 * 60, "custody-limit", profile="kz")
    assert (limit.status, minutes(s, limit.met_at)) == ("met", 70 * 60)
