"""Confidential flags: only prosecutors and monitors see or set them; later transfers and injuries raise signals."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from register.access import ROLES, AccessDenied, Actor
from register.confidential import RULE
from register.errors import Rejected
from tests.core.lines import event, lines, story

PROSECUTOR = Actor("pros1", "prosecutor", "Prosecutor One")
LATER = [
    event("E-10", "departure", "2026-01-05T13:00:00+05:00", purpose="transfer"),
    event("E-11", "arrival", "2026-01-05T14:00:00+05:00", facility="F-2"),
    event("E-12", "medical_exam", "2026-01-05T15:00:00+05:00", physician="Dr Sadykova", report_number="M-7",
          injuries=True, non_medical_present=False),
]


@pytest.fixture
def flagged(operator, register, clock):
    operator.records.import_lines(story())
    clock.set(datetime(2026, 1, 5, 7, 30, tzinfo=timezone.utc))  # 12:30 in Almaty, after the arrival at F-1
    register.as_user(PROSECUTOR).confidential.set_flag("P-1", "complained of beatings by the escort")
    clock.set(datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc))
    operator.records.import_lines(lines(*LATER, header=False))
    return register


def test_transfer_and_injuries_after_the_flag_raise_signals(flagged):
    signals = flagged.as_user(PROSECUTOR).confidential.reprisal_risk_signals(datetime(2026, 1, 6, tzinfo=timezone.utc))
    assert [(s.rule, s.status, s.severity, s.trigger_at.hour, s.details) for s in signals] == [
        (RULE, "flagged", "indicator", 9, "transferred to F-2"),
        (RULE, "flagged", "indicator", 10, "injuries found at a medical examination"),
    ]
    assert all(s.due_at == s.trigger_at and s.met_at is None and s.overdue_minutes == 0 for s in signals)


def test_events_after_as_of_raise_nothing_yet(flagged):
    service = flagged.as_user(PROSECUTOR)
    assert service.confidential.reprisal_risk_signals(datetime(2026, 1, 5, 8, 59, tzinfo=timezone.utc)) == []
    assert [s.trigger_at.hour for s in service.confidential.reprisal_risk_signals(datetime(2026, 1, 5, 9, 30,
                                                                               tzinfo=timezone.utc))] == [9]


def test_events_before_the_flag_raise_nothing(operator, register, clock):
    operator.records.import_lines(story())
    operator.records.import_lines(lines(*LATER, header=False))
    register.as_user(PROSECUTOR).confidential.set_flag("P-1", "complained after the transfer")
    assert register.as_user(PROSECUTOR).confidential.reprisal_risk_signals(datetime(2026, 1, 6, tzinfo=timezone.utc)) == []


@pytest.mark.parametrize("role", ROLES)
def test_only_prosecutors_and_monitors_see_or_set_flags(flagged, role):
    service = flagged.as_user(Actor("someone", role))
    if role in ("prosecutor", "monitor"):
        assert [f.person for f in service.confidential.flags()] == ["P-1"]
        service.confidential.set_flag("P-1", "second witness statement")
        assert len(service.confidential.reprisal_risk_signals(service.now())) == 2
    else:
        for call in (lambda: service.confidential.flags(), lambda: service.confidential.set_flag("P-1", "x"),
                     lambda: service.confidential.reprisal_risk_signals(service.now())):
            with pytest.raises(AccessDenied):
                call()


def test_a_flag_is_chained_and_refused_for_an_unknown_person(flagged, operator):
    with pytest.raises(Rejected, match="unknown person"):
        flagged.as_user(PROSECUTOR).confidential.set_flag("P-nobody", "reason")
    with pytest.raises(Rejected, match="say why"):
        flagged.as_user(PROSECUTOR).confidential.set_flag("P-1", "  ")
    verdict = operator.chain.verify()
    assert verdict.intact
    export = "\n".join(operator.chain.export_lines())
    assert "confidential_flag" in export and "beatings" not in export, "an export carries only the flag's stub"
