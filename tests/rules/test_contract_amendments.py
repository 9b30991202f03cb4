"""The amended contract, sentence by sentence, through a real register on SQLite and PostgreSQL.

Sections 1 and 2 as amended: what `--as-of` sees, when a duty lapses, the injury report that
outlives the custody, and every sentence about corrections. Each row is one custody imported as
JSON Lines and either judged (the clocks a user would see) or refused (the line and field named).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from register.access import Actor
from register.timeutil import format_utc
from register.errors import Rejected
from tests.conftest import T0
from tests.core.lines import CUSTODY, FACILITY, FACILITY_2, PERSON, lines

GYM = {"record": "facility", "id": "GYM", "name": "Sports hall", "kind": "other", "designated": False,
       "timezone": "Asia/Almaty"}


def at(minutes: float) -> str:
    return format_utc(T0 + timedelta(minutes=minutes))


def ev(id_: str, type_: str, minutes: float, recorded: float | None = None, **fields) -> dict:
    """An event `minutes` after the apprehension (T0), entered when it happened unless `recorded` says."""
    return {"record": "event", "id": id_, "custody": "C-1", "type": type_, "at": at(minutes),
            "recorded_at": at(minutes if recorded is None else recorded), **fields}


def fix(id_: str, target: str, minutes: float, **changes: float | str) -> dict:
    return ev(id_, "correction", minutes, corrects=target, reason="entered wrongly",
              changes={k: (at(v) if k in ("at", "until") else v) for k, v in changes.items()})


APPREHENSION = ev("E-1", "apprehension", 0, place="Abay Ave 10", officers=["Sgt Omarov"], reason="r", video="v")
RIGHTS = ev("E-R", "rights_informed", 20, language="kk", written=True, signed=True)
PROTOCOL = ev("E-P", "protocol", 30, number="17-001", drawn_by="Lt Abenov")


def arrive(id_: str, minutes: float, facility: str = "F-1") -> dict:
    return ev(id_, "arrival", minutes, facility=facility)


def depart(id_: str, minutes: float, purpose: str = "transfer") -> dict:
    return ev(id_, "departure", minutes, purpose=purpose)


def release(id_: str, minutes: float) -> dict:
    return ev(id_, "release", minutes, reason="no grounds")


def exam(id_: str, minutes: float, injuries: bool = False) -> dict:
    return ev(id_, "medical_exam", minutes, physician="Dr A", report_number="M-1", injuries=injuries,
              non_medical_present=False)


@dataclass(frozen=True)
class Judged:
    sentence: str
    events: tuple[dict, ...]
    as_of: float  # minutes after the apprehension
    expected: dict  # (rule, trigger minute) -> (status, overdue minutes); absent key = no such clock
    absent: tuple = ()  # (rule, trigger minute) that must not appear

    def __str__(self) -> str:
        return self.sentence


JUDGED = [
    Judged("as-of sees only events at or before T",
           (APPREHENSION, arrive("E-2", 200)), 190,
           {("delivery-3h", 0): ("breached", 10)}),
    Judged("as-of counts an event at T itself",
           (APPREHENSION, arrive("E-2", 190)), 190,
           {("delivery-3h", 0): ("late", 10)}),
    Judged("a correction is not applied before its own at",
           (APPREHENSION, arrive("E-2", 60), fix("E-3", "E-2", 400, at=200)), 399,
           {("delivery-3h", 0): ("met", 0)}),
    Judged("a correction is applied from its own at",
           (APPREHENSION, arrive("E-2", 60), fix("E-3", "E-2", 400, at=200)), 400,
           {("delivery-3h", 0): ("late", 20)}),
    Judged("a release before due lapses an unmet duty",
           (APPREHENSION, release("E-2", 100)), 2000,
           {("delivery-3h", 0): ("lapsed", 0), ("protocol-3h", 0): ("lapsed", 0)}),
    Judged("a release at due_at itself lapses an unmet duty",
           (APPREHENSION, release("E-2", 180)), 2000,
           {("delivery-3h", 0): ("lapsed", 0)}),
    Judged("a release after due leaves it breached, overdue to the release",
           (APPREHENSION, release("E-2", 181)), 2000,
           {("delivery-3h", 0): ("breached", 1)}),
    Judged("injury-report-24h keeps running after the release until its due",
           (APPREHENSION, arrive("E-2", 30), exam("E-3", 60, injuries=True), release("E-4", 120)), 60 + 24 * 60,
           {("injury-report-24h", 60): ("running", 0)}),
    Judged("injury-report-24h is breached after due, overdue to the evaluation instant",
           (APPREHENSION, arrive("E-2", 30), exam("E-3", 60, injuries=True), release("E-4", 120)), 60 + 26 * 60,
           {("injury-report-24h", 60): ("breached", 120)}),
    Judged("an injury report after the release meets the duty",
           (APPREHENSION, arrive("E-2", 30), exam("E-3", 60, injuries=True), release("E-4", 120),
            ev("E-5", "injury_report", 600, to="prosecutor")), 3000,
           {("injury-report-24h", 60): ("met", 0)}),
    Judged("a correction may lie after the release",
           (APPREHENSION, arrive("E-2", 60), release("E-3", 300), fix("E-4", "E-2", 900, at=200)), 1000,
           {("delivery-3h", 0): ("late", 20)}),
    Judged("an arrival's facility may be corrected: no irregular place where the person never was",
           (APPREHENSION, arrive("E-2", 60, "GYM"), fix("E-3", "E-2", 500, facility="F-1")), 600,
           {("delivery-3h", 0): ("met", 0)}, absent=(("irregular-place", 60),)),
    Judged("a facility corrected to an irregular place breaches at the arrival, not at the correction",
           (APPREHENSION, arrive("E-2", 60), fix("E-3", "E-2", 500, facility="GYM")), 600,
           {("irregular-place", 60): ("breached", 0)}),
    Judged("the stays are read again: a transfer corrected to a return",
           (APPREHENSION, arrive("E-2", 60), exam("E-3", 70), depart("E-4", 100, "interrogation"),
            arrive("E-5", 200, "F-2"), fix("E-6", "E-5", 300, facility="F-1")), 400,
           {("rescreen-on-return", 200): ("running", 0)}, absent=(("relatives-notice-12h", 200),)),
    Judged("the latest correction by at wins, whatever the line order",
           (APPREHENSION, arrive("E-2", 60), fix("E-4", "E-2", 500, at=150), fix("E-3", "E-2", 400, at=200)), 600,
           {("delivery-3h", 0): ("met", 0)}),
    Judged("between corrections with the same at, the later line wins",
           (APPREHENSION, arrive("E-2", 60), fix("E-3", "E-2", 400, at=150), fix("E-4", "E-2", 400, at=200)), 600,
           {("delivery-3h", 0): ("late", 20)}),
    Judged("the latest correction wins per field: an earlier one's other fields stay",
           (APPREHENSION, arrive("E-2", 60, "GYM"), fix("E-3", "E-2", 400, at=200, facility="F-1"),
            fix("E-4", "E-2", 500, at=100)), 600,
           {("delivery-3h", 0): ("met", 0)}, absent=(("irregular-place", 100),)),
]


@dataclass(frozen=True)
class Refused:
    sentence: str
    stored: tuple[dict, ...]  # imported first
    correction: dict  # then this, alone in a second file (line 2): refused with the field named
    field: str = "changes"

    def __str__(self) -> str:
        return self.sentence


REFUSED = [
    Refused("a correction of a correction",
            (APPREHENSION, arrive("E-2", 60), fix("E-3", "E-2", 100, at=70)), fix("E-4", "E-3", 110, at=80),
            "corrects"),
    Refused("a correction into year 9999",
            (APPREHENSION, arrive("E-2", 60)), fix("E-3", "E-2", 100) | {"changes": {"at": "9999-12-31T23:00:00Z"}}),
    Refused("a correction into the future of the correction",
            (APPREHENSION, arrive("E-2", 60), release("E-3", 400)), fix("E-4", "E-3", 500, at=520)),
    Refused("a correction putting until before at",
            (APPREHENSION, ev("E-2", "family_visit", 60, visitor="wife", until=at(90))), fix("E-3", "E-2", 100, until=50)),
    Refused("a correction putting an event before the apprehension",
            (APPREHENSION, arrive("E-2", 60)), fix("E-3", "E-2", 100, at=-10)),
    Refused("a correction putting an event after the release",
            (APPREHENSION, arrive("E-2", 60), release("E-3", 300)), fix("E-4", "E-2", 400, at=350)),
    Refused("a correction making an arrival while still at a facility",
            (APPREHENSION, arrive("E-2", 60), depart("E-3", 100), arrive("E-4", 200, "F-2")),
            fix("E-5", "E-3", 300, at=250)),
    Refused("a correction to an unknown facility",
            (APPREHENSION, arrive("E-2", 60)), fix("E-3", "E-2", 100, facility="NOWHERE")),
    Refused("a correction made before the event it corrects",
            (APPREHENSION, arrive("E-2", 60)), fix("E-3", "E-2", 50, at=55), "at"),
]


@pytest.fixture
def operator(register, clock):
    clock.set(T0 + timedelta(days=30))  # every story lies in the past
    return register.as_user(Actor.without_accounts())


def _import(operator, events) -> None:
    operator.records.import_lines(lines(GYM, FACILITY, FACILITY_2, PERSON, CUSTODY, *events))


@pytest.mark.parametrize("row", JUDGED, ids=str)
def test_judged_as_the_contract_says(operator, row: Judged):
    _import(operator, row.events)
    clocks = operator.reports.clocks("C-1", T0 + timedelta(minutes=row.as_of))
    seen = {(c.rule, round((c.trigger_at - T0).total_seconds() / 60)): (c.status, c.overdue_minutes) for c in clocks}
    for key, verdict in row.expected.items():
        assert seen.get(key) == verdict, (key, seen.get(key))
    for key in row.absent:
        assert key not in seen, key


@pytest.mark.parametrize("row", REFUSED, ids=str)
def test_refused_as_the_contract_says(operator, row: Refused):
    _import(operator, row.stored)
    before = operator.reports.timeline("C-1").events
    with pytest.raises(Rejected) as refused:
        operator.records.import_lines(lines(row.correction))
    assert [(p.ref, p.field) for p in refused.value.problems] == [(2, row.field)], refused.value.problems
    assert operator.reports.timeline("C-1").events == before, "nothing of a refused file is written"


def test_alert_history_survives_a_change_of_figure(register, clock, tmp_path):
    """An alert is known by custody, rule and trigger, never by the figure: a profile that shortens the
    limit (rights in writing from 3 h to 2 h) keeps the prosecutor's acknowledgement on the same alert."""
    from register.alerts import ACKNOWLEDGED
    from register.opening import open_register
    from register.rules.profile import PROFILES_DIR
    from tests.test_alerts import PROSECUTOR, RIGHTS, two_custodies
    register.as_user(Actor.without_accounts()).records.import_lines(two_custodies())
    register.as_user(PROSECUTOR).alerts.acknowledge(RIGHTS, "taken in hand")
    text = (PROFILES_DIR / "kz.toml").read_text(encoding="utf-8")
    rights = text.index('id = "rights-in-writing"')
    shorter = text[:rights] + text[rights:].replace('figure = "PT3H"', 'figure = "PT2H"', 1)
    path = tmp_path / "kz-2h.toml"
    path.write_text(shorter, encoding="utf-8")
    reopened = open_register(register.url, clock, profile=str(path))
    try:
        alert = next(a for a in reopened.as_user(PROSECUTOR).alerts.alerts() if a.key == RIGHTS)
    finally:
        reopened.close()
    assert alert.clock.due_at - alert.clock.trigger_at == timedelta(hours=2)
    assert alert.state == ACKNOWLEDGED and alert.history[-1].comment == "taken in hand"
