"""Four stations record at once into one SQLite file and one PostgreSQL database: nothing lost, nothing doubled."""
from __future__ import annotations

import pytest

from register.access import Actor
from register.opening import open_register
from tests.core.lines import CUSTODY, event, lines, story
from tests.test_crash import start_station

STATIONS = 4
EACH = 15


@pytest.mark.slow
def test_concurrent_stations_lose_nothing(db_url, clock):
    register = open_register(db_url, clock)
    operator = register.as_user(Actor.without_accounts())
    operator.records.import_lines(story())
    custodies = [f"C-{n}" for n in range(2, STATIONS + 1)]
    operator.records.import_lines(lines(*[record for custody in custodies for record in (
        {**CUSTODY, "id": custody},
        {**event(f"A-{custody}", "apprehension", "2026-01-05T10:00:00+05:00", place="Street", officers=["Sgt A"],
                 reason="suspicion"), "custody": custody},
        {**event(f"R-{custody}", "arrival", "2026-01-05T11:00:00+05:00", facility="F-1"), "custody": custody},
    )], header=False))
    children = [start_station(db_url, custody, EACH) for custody in ["C-1", *custodies]]
    printed = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err  # 'database is locked' would surface here as a crash
        printed += out.split()
    assert len(printed) == len(set(printed)) == STATIONS * EACH
    assert operator.chain.verify().intact
    stored = {e.id for custody in ["C-1", *custodies] for e in operator.reports.timeline(custody, log=False).events}
    assert set(printed) <= stored
    register.close()
