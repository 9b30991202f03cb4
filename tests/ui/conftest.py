"""Registers for the desktop tests: a small hand-written custody set, the demo register, an empty one.

The clock is a ManualClock standing at 12:00 UTC (17:00 in Almaty); tests move
it and call `ticker.tick()` instead of sleeping.
"""
from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase

from register.access import Actor
from register.opening import open_register
from register.services.board import BoardQuery
from tests.core.lines import line

OFFICER = Actor("duty1", "duty_officer", "Aigerim Duty")


def small_register_lines() -> list[str]:
    """Three custodies at two facilities; C-1 has a late entry and a correction, C-3 was released."""
    def event(eid, custody, type_, at, recorded_at=None, **fields):
        return line(record="event", id=eid, custody=custody, type=type_, at=at,
                    recorded_at=recorded_at or at, recorded_by="sgt.kasymov", **fields)

    return [
        line(record="facility", id="F-1", name="ИВС Алматы", kind="ivs", designated=True, timezone="Asia/Almaty"),
        line(record="facility", id="F-2", name="УП Актобе", kind="police_station", designated=True,
             timezone="Asia/Aqtobe"),
        line(record="person", id="P-1", full_name="Ерлан Серікұлы Жұмабаев", birth_date="1990-03-01", sex="male",
             citizenship="KZ", languages=["kk", "ru"], id_document="KZ-040501"),
        line(record="person", id="P-2", full_name="Иван Петров", birth_date="2010-06-01", sex="male",
             citizenship="RU", languages=["ru"], id_document="N1234567"),
        line(record="person", id="P-3", full_name="Гүлнар Ахметова", birth_date="1985-01-01", sex="female",
             citizenship="KZ", languages=["kk"]),
        line(record="custody", id="C-1", person="P-1", procedural_status="suspect", grounds="theft",
             ordering_authority="investigator"),
        line(record="custody", id="C-2", person="P-2", procedural_status="suspect", grounds="robbery",
             ordering_authority="investigator"),
        line(record="custody", id="C-3", person="P-3", procedural_status="administrative", grounds="disorder",
             ordering_authority="police"),
        # C-1: apprehended at 10:00 UTC but entered at 11:30 (a late entry); placed in cell 3, corrected to cell 4.
        event("E-1", "C-1", "apprehension", "2026-01-05T10:00:00Z", "2026-01-05T11:30:00Z", place="Abai St",
              officers=["sgt.kasymov"], reason="caught in the act"),
        event("E-2", "C-1", "arrival", "2026-01-05T10:40:00Z", facility="F-1"),
        event("E-3", "C-1", "placement", "2026-01-05T10:45:00Z", location="Cell 3"),
        event("E-4", "C-1", "rights_informed", "2026-01-05T10:50:00Z", language="kk", written=True, signed=True),
        event("E-5", "C-1", "correction", "2026-01-05T11:50:00Z", corrects="E-3", reason="wrong cell entered",
              changes={"location": "Cell 4"}),
        # C-2: a foreign minor at Aktobe.
        event("E-11", "C-2", "apprehension", "2026-01-05T08:00:00Z", place="Station Sq", officers=["sgt.ali"],
              reason="suspicion"),
        event("E-12", "C-2", "arrival", "2026-01-05T08:30:00Z", facility="F-2"),
        event("E-13", "C-2", "placement", "2026-01-05T08:35:00Z", location="Room 1"),
        # C-3: released yesterday.
        event("E-21", "C-3", "apprehension", "2026-01-04T06:00:00Z", place="Market", officers=["sgt.ali"],
              reason="disorder"),
        event("E-22", "C-3", "arrival", "2026-01-04T06:30:00Z", facility="F-1"),
        event("E-23", "C-3", "release", "2026-01-04T12:00:00Z", reason="no grounds"),
    ]


@pytest.fixture(autouse=True)
def collected_in_the_gui_thread(qapp):
    """As the desktop does (ui/desktop/collector.py): no automatic collection while background operations run,
    so a widget left in a cycle by a test is never destroyed from a pool thread; collected here, after the
    test's widgets are closed."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Each test reads and writes its own settings file, never the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def app_fonts(qapp):
    from ui.desktop.style import install_fonts
    install_fonts(qapp)
    assert "DejaVu Sans" in QFontDatabase.families()


@pytest.fixture(autouse=True)
def english(qapp):
    """Start every test in English and leave it so, whatever language a test switched to."""
    from ui.desktop import i18n
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def opened(sqlite_register_url, clock):
    register = open_register(sqlite_register_url, clock)
    yield register
    register.close()


@pytest.fixture
def small_register(opened):
    opened.as_user(Actor.without_accounts()).records.import_lines(small_register_lines())
    return opened


@pytest.fixture
def service(small_register):
    return small_register.as_user(OFFICER)


@pytest.fixture
def demo_register(opened):
    from register.synthetic import demo_lines
    operator = opened.as_user(Actor.without_accounts())
    operator.records.import_lines(demo_lines(operator.now()))
    assert operator.board.count(BoardQuery())
    return opened


def drain(model) -> None:
    """Fetch every page of a lazily fetched model (qtmodeltester needs a settled model)."""
    while model.canFetchMore():
        model.fetchMore()


def settle(qtbot) -> None:
    """Wait until every background operation has delivered its answer to the GUI thread."""
    from ui.desktop.background import under_way
    qtbot.waitUntil(lambda: not under_way(), timeout=10_000)
