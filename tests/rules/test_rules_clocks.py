"""Every duration rule of the Kazakhstan profile through the same five verdicts, plus its own edge cases.

Each row names a rule, how its occurrence is triggered (returning the trigger
time in minutes after the apprehension), how it is satisfied at a given minute,
its figure in minutes and the person it concerns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

import pytest

from register.timeutil import format_utc, parse_instant

FOREIGN_RECIPIENTS = ("consulate", "procurator_general", "foreign_ministry",
                      "internal_affairs_ministry", "national_security_committee")


@dataclass(frozen=True)
class Row:
    rule: str
    figure: int  # minutes
    satisfy: Callable  # (story, minute) -> None
    trigger: Callable = lambda s: 0  # (story) -> minute of the trigger
    person: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return self.rule


def _protocol(s) -> int:
    s.add("protocol", 60, number="P-1", drawn_by="Lt. B.")
    return 60


def _arrival(s) -> int:
    s.arrive("IVS-1", 30)
    return 30


def _return(s) -> int:
    s.arrive("IVS-1", 30)
    s.exam(40)
    s.depart("interrogation", 120)
    s.arrive("IVS-1", 240)
    return 240


def _injuries(s) -> int:
    s.exam(60, injuries=True)
    return 60


ROWS = [
    Row("delivery-3h", 180, lambda s, m: s.arrive("IVS-1", m)),
    Row("protocol-3h", 180, lambda s, m: s.add("protocol", m, number="P-1", drawn_by="Lt. B.")),
    Row("rights-in-writing", 180, lambda s, m: s.rights(m)),
    Row("custody-limit", 48 * 60, lambda s, m: s.add("court_decision", m, decision="remand", court="Almaty")),
    Row("custody-limit", 24 * 60, lambda s, m: s.add("court_decision", m, decision="remand", court="Almaty"),
        person={"birth_date": date(2010, 6, 1)}),
    Row("relatives-notice-12h", 12 * 60, lambda s, m: s.notify("relative", m)),
    Row("minor-parent-notice", 60, lambda s, m: s.notify("legal_representative", m),
        person={"birth_date": date(2010, 6, 1)}),
    Row("foreign-national-notice-12h", 12 * 60, lambda s, m: [s.notify(r, m) for r in FOREIGN_RECIPIENTS],
        person={"citizenship": "UZ"}),
    Row("prosecutor-notice-12h", 12 * 60, lambda s, m: s.notify("prosecutor", m), trigger=_protocol),
    Row("medical-on-arrival", 24 * 60, lambda s, m: s.exam(m), trigger=_arrival),
    Row("rescreen-on-return", 6 * 60, lambda s, m: s.exam(m), trigger=_return),
    Row("injury-report-24h", 24 * 60, lambda s, m: s.add("injury_report", m, to="prosecutor"), trigger=_injuries),
]


def _clock(story, row: Row, satisfied_after: int | None, as_of_after_due: int):
    """The row's clock for the occurrence its trigger starts, judged `as_of_after_due` minutes after due."""
    s = story(**row.person)
    start = row.trigger(s)
    if satisfied_after is not None:
        row.satisfy(s, start + satisfied_after)
    clocks = [c for c in s.clocks(start + row.figure + as_of_after_due, row.rule)
              if c.trigger_at == s.instant(start)]
    assert len(clocks) == 1, clocks
    return s, start, clocks[0]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_met_on_time_at_the_last_minute(story, row):
    s, start, clock = _clock(story, row, satisfied_after=row.figure, as_of_after_due=600)
    assert (clock.status, clock.overdue_minutes) == ("met", 0)
    assert clock.met_at == clock.due_at == s.instant(start + row.figure)


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_met_late(story, row):
    _, _, clock = _clock(story, row, satisfied_after=row.figure + 61, as_of_after_due=600)
    assert (clock.status, clock.overdue_minutes) == ("late", 61)


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_running_at_the_due_instant_itself(story, row):
    s, start, clock = _clock(story, row, satisfied_after=None, as_of_after_due=0)
    assert (clock.status, clock.met_at, clock.overdue_minutes) == ("running", None, 0)
    assert clock.due_at - clock.trigger_at == timedelta(minutes=row.figure)
    assert clock.warn_at == s.instant(start) + timedelta(minutes=row.figure) * 0.8


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_breached_one_minute_after_due(story, row):
    _, _, clock = _clock(story, row, satisfied_after=None, as_of_after_due=1)
    assert (clock.status, clock.overdue_minutes) == ("breached", 1)


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_events_after_as_of_are_not_seen(story, row):
    _, _, clock = _clock(story, row, satisfied_after=row.figure, as_of_after_due=-1)
    assert clock.status == "running"


@pytest.mark.parametrize("row", [r for r in ROWS if r.rule not in ("custody-limit", "injury-report-24h")], ids=str)
def test_lapsed_when_released_before_due(story, row):
    s = story(**row.person)
    start = row.trigger(s)
    s.release(start + 5)
    clock = next(c for c in s.clocks(start + row.figure + 600, row.rule) if c.trigger_at == s.instant(start))
    assert (clock.status, clock.met_at, clock.overdue_minutes) == ("lapsed", None, 0)


def test_release_meets_the_custody_limit_and_stops_the_overdue_count(story):
    s = story()
    s.release(47 * 60)
    assert s.clock(100 * 60, "custody-limit").status == "met"
    late = story()
    late.release(50 * 60)
    clock = late.clock(100 * 60, "custody-limit")
    assert (clock.status, clock.overdue_minutes) == ("late", 120)


def test_breach_overdue_counts_to_the_release_when_earlier_than_as_of(story):
    s = story()
    s.release(4 * 60)  # never delivered to a facility
    clock = s.clock(10 * 60, "delivery-3h")
    assert (clock.status, clock.overdue_minutes) == ("breached", 60)


def test_overdue_minutes_are_rounded_down(story):
    s = story()
    clock = s.clock(s.instant(180) + timedelta(seconds=119), "delivery-3h")
    assert (clock.status, clock.overdue_minutes) == ("breached", 1)


def test_satisfier_before_the_trigger_does_not_count(story):
    s = story()
    s.notify("prosecutor", 30)
    s.add("protocol", 60, number="P-1", drawn_by="Lt. B.")
    assert s.clock(14 * 60, "prosecutor-notice-12h").status == "breached"


@pytest.mark.parametrize("row", [r for r in ROWS if r.rule in
                                 ("relatives-notice-12h", "minor-parent-notice", "prosecutor-notice-12h")], ids=str)
def test_unsuccessful_notification_satisfies_nothing(story, row):
    s = story(**row.person)
    start = row.trigger(s)
    recipient = "prosecutor" if row.rule == "prosecutor-notice-12h" else "relative"
    s.notify(recipient, start + 10, outcome="unsuccessful")
    clock = next(c for c in s.clocks(start + row.figure + 1, row.rule))
    assert clock.status == "breached"


@pytest.mark.parametrize("written, signed, language, status", [
    (True, True, "kk", "met"),
    (True, False, "ru", "breached"),
    (False, True, "ru", "breached"),
    (True, True, "en", "breached"),  # not a language the person understands
])
def test_rights_in_writing_needs_written_signed_and_understood(story, written, signed, language, status):
    s = story(languages=("ru", "kk"))
    s.rights(30, language=language, written=written, signed=signed)
    assert s.clock(200, "rights-in-writing").status == status


def test_relatives_notice_runs_again_on_each_transfer_but_not_on_return(story):
    s = story()
    s.arrive("IVS-1", 30)
    s.notify("relative", 60)
    s.depart("transfer", 600)
    s.arrive("IVS-2", 900)
    s.depart("court", 1000)
    s.arrive("IVS-1", 1100)  # a return: no new occurrence
    clocks = s.clocks(900 + 12 * 60 + 1, "relatives-notice-12h")
    assert [(format_utc(c.trigger_at), c.status) for c in clocks] == [
        (format_utc(s.instant(0)), "met"), (format_utc(s.instant(900)), "breached")]


def test_one_notification_can_satisfy_several_occurrences(story):
    s = story()
    s.arrive("IVS-1", 30)
    s.depart("transfer", 60)
    s.arrive("IVS-2", 120)
    s.notify("legal_representative", 130)
    assert [c.status for c in s.clocks(2000, "relatives-notice-12h")] == ["met", "met"]


def test_medical_on_arrival_on_first_arrival_and_transfers_not_returns(story):
    s = story()
    s.arrive("IVS-1", 30)
    s.exam(60)
    s.depart("transfer", 120)
    s.arrive("IVS-2", 300)
    s.depart("court", 400)
    s.arrive("IVS-1", 500)
    clocks = s.clocks(300 + 24 * 60 + 1, "medical-on-arrival")
    assert [(c.trigger_at, c.status) for c in clocks] == [(s.instant(30), "met"), (s.instant(300), "breached")]


@pytest.mark.parametrize("purposes, expected", [
    (["interrogation"], 1),
    (["hospital"], 0),
    (["court"], 1),
])
def test_rescreen_on_return_unless_the_absence_was_for_hospital(story, purposes, expected):
    s = story()
    s.arrive("IVS-1", 30)
    s.exam(40)
    s.depart(purposes[0], 100)
    s.arrive("IVS-1", 300)
    assert len(s.clocks(2000, "rescreen-on-return")) == expected


def test_rescreen_excused_when_returning_through_a_hospital_stay(story):
    s = story()
    s.arrive("IVS-1", 30)
    s.depart("hospital", 100)
    s.arrive("HOSP", 130)
    s.depart("other", 600)
    s.arrive("IVS-1", 700)
    assert s.clocks(2000, "rescreen-on-return") == []


def test_foreign_national_notice_names_missing_recipients_and_is_met_by_the_last(story):
    s = story(citizenship="TR")
    s.notify("consulate", 60)
    s.notify("procurator_general", 90)
    s.notify("foreign_ministry", 120, outcome="unsuccessful")
    running = s.clock(600, "foreign-national-notice-12h")
    assert running.status == "running"
    assert running.details == "missing: foreign_ministry, internal_affairs_ministry, national_security_committee"
    for minute, recipient in ((300, "foreign_ministry"), (400, "internal_affairs_ministry"),
                              (500, "national_security_committee")):
        s.notify(recipient, minute)
    met = s.clock(800, "foreign-national-notice-12h")
    assert (met.status, met.met_at, met.details) == ("met", s.instant(500), None)


@pytest.mark.parametrize("citizenship, applies", [("KZ", False), ("kz", False), ("RU", True), ("stateless", True),
                                                  (None, False)])
def test_foreign_national_notice_applies_to_foreigners_and_stateless_only(story, citizenship, applies):
    assert bool(story(citizenship=citizenship).clocks(60, "foreign-national-notice-12h")) is applies


@pytest.mark.parametrize("rule", ["minor-parent-notice", "minor-interrogation-safeguards"])
def test_minor_rules_do_not_apply_to_adults(story, rule):
    s = story(birth_date=date(1990, 1, 1))
    s.interrogate(30, lawyer_present=False)
    assert s.clocks(24 * 60, rule) == []


def test_adult_on_the_day_of_the_eighteenth_birthday(story, kz):
    # 2026-01-05T05:00Z is 10:00 on 5 January in Almaty: born 5 January 2008 means 18 that day.
    assert story(birth_date=date(2008, 1, 5)).clock(60, "custody-limit").due_at.hour == 5
    assert story(birth_date=date(2008, 1, 5)).clocks(60, "minor-parent-notice") == []
    assert story(birth_date=date(2008, 1, 6)).clocks(60, "minor-parent-notice") != []


@pytest.mark.parametrize("apprehended, minor", [
    ("2026-02-27T12:00:00Z", True),   # born 29 February 2008: still 17 on 27 February 2026
    ("2026-02-28T12:00:00Z", False),  # 2026 has no 29 February: 18 on the 28th
])
def test_a_29_february_birthday_counts_on_28_february_in_other_years(story, apprehended, minor):
    s = story(birth_date=date(2008, 2, 29), start=parse_instant(apprehended))
    assert bool(s.clocks(60, "minor-parent-notice")) is minor
