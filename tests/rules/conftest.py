"""A small builder for custody timelines, so each rule test reads as the story it checks."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from itertools import count

import pytest

from register.domain import Custody, Event, Facility, Person
from register.rules import evaluate, load_profile
from register.timeline import CustodyTimeline

T0 = datetime(2026, 1, 5, 5, 0, tzinfo=timezone.utc)  # 10:00 in Almaty

FACILITIES = {
    "IVS-1": Facility("IVS-1", "IVS Almaty No. 1", "ivs", True),
    "IVS-2": Facility("IVS-2", "IVS Astana No. 2", "ivs", True),
    "HOSP": Facility("HOSP", "City hospital No. 7", "hospital", True),
    "GYM": Facility("GYM", "Sports hall", "other", False),
    "PS-1": Facility("PS-1", "Charing Cross police station", "police_station", True, "Europe/London"),
    "HOSP-L": Facility("HOSP-L", "St Thomas' Hospital", "hospital", True, "Europe/London"),
}


class Story:
    """One custody told event by event; times are minutes after the apprehension unless given as datetimes."""

    def __init__(self, birth_date: date | None = date(1990, 4, 1), citizenship: str | None = "KZ",
                 languages: tuple[str, ...] = ("ru", "kk"), start: datetime = T0, video: bool = True,
                 custody_id: str = "C-1"):
        self.start = start
        self.custody_id = custody_id
        self.person = Person("P-1", "Test Person", birth_date, "male", citizenship, languages)
        self.events: list[Event] = []
        self._ids = count(1)
        extra = {"video": "cam-17/0001"} if video else {}
        self.apprehension_id = self.add("apprehension", 0, place="Abay Ave", officers=["Sgt. N."], reason="r", **extra)

    def instant(self, at: int | datetime) -> datetime:
        return at if isinstance(at, datetime) else self.start + timedelta(minutes=at)

    def add(self, event_type: str, at: int | datetime, recorded_at: int | datetime | None = None, **fields) -> str:
        event_id = f"E-{next(self._ids)}"
        when = self.instant(at)
        recorded = self.instant(recorded_at) if recorded_at is not None else when
        self.events.append(Event(event_id, self.custody_id, event_type, when, recorded, "officer", fields, len(self.events) + 1))
        return event_id

    def arrive(self, facility: str, at: int | datetime) -> str:
        return self.add("arrival", at, facility=facility)

    def depart(self, purpose: str, at: int | datetime) -> str:
        return self.add("departure", at, purpose=purpose)

    def notify(self, recipient: str, at: int | datetime, outcome: str = "reached") -> str:
        return self.add("notification", at, recipient=recipient, recipient_name="n", method="phone",
                        outcome=outcome, officer="o")

    def exam(self, at: int | datetime, injuries: bool = False, non_medical_present: bool = False, **extra) -> str:
        return self.add("medical_exam", at, physician="Dr. A.", report_number="M-1", injuries=injuries,
                        non_medical_present=non_medical_present, **extra)

    def rights(self, at: int | datetime, language: str = "ru", written: bool = True, signed: bool = True) -> str:
        return self.add("rights_informed", at, language=language, written=written, signed=signed)

    def interrogate(self, at: int | datetime, lawyer_present: bool = True, **extra) -> str:
        return self.add("interrogation", at, investigator="Inv. K.", lawyer_present=lawyer_present, **extra)

    def release(self, at: int | datetime) -> str:
        return self.add("release", at, reason="no grounds")

    def correct(self, target: str, when: int | datetime, changes: dict) -> str:
        return self.add("correction", when, corrects=target, reason="wrong entry", changes=changes)

    def timeline(self) -> CustodyTimeline:
        custody = Custody(self.custody_id, "P-1", "suspect", "grounds", "authority")
        return CustodyTimeline(custody, self.person, tuple(self.events), FACILITIES)

    def clocks(self, as_of: int | datetime, rule: str | None = None, profile: str = "kz"):
        clocks = evaluate(self.timeline(), load_profile(profile), self.instant(as_of))
        return [c for c in clocks if rule is None or c.rule == rule]

    def clock(self, as_of: int | datetime, rule: str):
        """The single clock of a rule; fails the test when there is not exactly one."""
        clocks = self.clocks(as_of, rule)
        assert len(clocks) == 1, f"expected one {rule} clock, got {clocks}"
        return clocks[0]


@pytest.fixture(scope="session")
def kz():
    return load_profile("kz")


@pytest.fixture
def story():
    """The Story class itself: tests build as many custodies as they need."""
    return Story


# The rest rule as a Kazakh profile would add it once a figure is sourced (the bundled kz profile has none:
# docs/rules.md): rest periods adding up to 8 hours in each 24 hours from the first arrival.
REST_ADDING_UP = '''
[[rules]]
id = "rest-period"
severity = "breach"
title = { en = "Rest of at least 8 hours in each 24 hours held", ru = "Отдых не менее 8 часов в каждые 24 часа", kk = "Әр 24 сағатта кемінде 8 сағат демалыс" }
short_title = { en = "Rest 8 h in 24 h", ru = "Отдых 8 ч из 24 ч", kk = "24 сағатта 8 сағ демалыс" }
deadline = { en = "at least 8 hours of rest in each 24 hours", ru = "не менее 8 часов отдыха в каждые 24 часа", kk = "әр 24 сағатта кемінде 8 сағат демалыс" }
basis = { en = "test", ru = "тест", kk = "тест" }
figure = "PT24H"
[[rules.trigger]]
kind = "arrival"
stays = ["first"]
[rules.satisfied_by]
event = "care"
where = { care_type = "rest", care_outcome = "provided" }
period_ends = "until"
total = "PT8H"
[rules.recurring]
every = "PT24H"
from = "due"
'''


def kz_with_rest_profile_text() -> str:
    from resources import RESOURCES
    return (RESOURCES / "rules" / "kz.toml").read_text(encoding="utf-8") + REST_ADDING_UP


def kz_with_rest():
    """The kz profile with the rest rule added as data, periods adding up."""
    import tomllib

    from register.rules.profile import parse_profile
    return parse_profile(tomllib.loads(kz_with_rest_profile_text()), "kz-with-rest.toml")
