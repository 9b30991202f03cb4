"""Random event sequences and field values through the service layer: accepted and consistent, or Rejected
with a message and nothing written."""
from __future__ import annotations

import json
import unicodedata
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from register.access import Actor
from register.now import ManualClock
from register.opening import open_register
from register.errors import Rejected
from register.vocabulary import EVENT_FIELDS, EVENT_TYPES
from register.wording import HIDDEN
from tests.core.lines import story

pytestmark = pytest.mark.slow
FIELD_NAMES = sorted({spec.name for specs in EVENT_FIELDS.values() for spec in specs})
values = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30),
    st.text(alphabet=st.characters(max_codepoint=0x1f), max_size=5), st.just("x" * 100_000),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["F-1", "F-2", "E-1", "relative", "reached", "transfer", "2026-01-05T12:00:00+05:00"]),
)
instants = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(timezone.utc)),
    st.datetimes(min_value=datetime(2026, 1, 5), max_value=datetime(2026, 1, 7)),  # no offset
    st.datetimes(min_value=datetime(2026, 1, 5, 5), max_value=datetime(2026, 1, 5, 12),
                 timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=5))])),
)
events = st.tuples(st.sampled_from([*EVENT_TYPES, "nonsense", ""]), instants,
                   st.dictionaries(st.sampled_from(FIELD_NAMES), values, max_size=6),
                   st.sampled_from(["C-1", "C-1", "C-nowhere", ""]))


@pytest.fixture(scope="module")
def stocked(tmp_path_factory):
    register = open_register(f"sqlite:///{tmp_path_factory.mktemp('bad') / 'r.db'}",
                             ManualClock(datetime(2026, 1, 5, 12, tzinfo=timezone.utc)))
    register.as_user(Actor.without_accounts()).records.import_lines(story())
    yield register
    register.close()


def said_plainly(rejected: Rejected) -> bool:
    """Every problem is one line a terminal shows as it is: whatever a value held, it came out escaped."""
    return bool(rejected.problems) and all(
        p.message and p.message.splitlines() == [p.message]
        and not any(unicodedata.category(c) in HIDDEN for c in p.message) for p in rejected.problems)


def records(service) -> list[str]:
    """The exported records without chain stubs and header (an export itself adds an access-log entry)."""
    return [line for line in service.chain.export_lines() if '"record":"chain"' not in line and '"record"' in line]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sequence=st.lists(events, min_size=1, max_size=3))
def test_record_event_accepts_consistently_or_rejects_cleanly(stocked, sequence):
    service = stocked.as_user(Actor.without_accounts())
    for event_type, at, fields, custody in sequence:
        before = records(service)
        try:
            event = service.records.record_event(custody, event_type, at, fields)
        except Rejected as rejected:
            assert said_plainly(rejected)
            assert records(service) == before
        else:
            assert event.id in {e.id for e in service.reports.timeline(event.custody, log=False).events}
    assert service.chain.verify().intact


lines = st.lists(st.one_of(
    st.text(max_size=40),
    st.dictionaries(st.sampled_from(["record", "id", "custody", "type", "at", "person", *FIELD_NAMES]), values,
                    max_size=8).map(json.dumps),
), min_size=1, max_size=5)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(file_lines=lines)
def test_import_lines_never_writes_half(stocked, file_lines):
    service = stocked.as_user(Actor.without_accounts())
    before = records(service)
    try:
        service.records.import_lines(file_lines)
    except Rejected as rejected:
        assert said_plainly(rejected)
        assert records(service) == before
    assert service.chain.verify().intact
