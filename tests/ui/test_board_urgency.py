"""The board says who needs action next: breaches first, then the nearest due instant, in SQL order."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from register.access import Actor
from register.services.board import BoardQuery
from tests.core.lines import line
from tests.ui.conftest import OFFICER
from ui.desktop import i18n
from ui.desktop.board import BoardModel, BoardView
from ui.desktop.clock_chips import ChipsRole, Level, chips_size, fitting, more_text
import ui.desktop.board as board


def adults_then_a_minor_questioned(count: int) -> list[str]:
    """`count` adults apprehended at 11:00..11:xx UTC, clocks green at 12:00; then, recorded last, a minor
    questioned at 11:50 without a lawyer or a legal representative (an instant breach); the minor's parent was
    told, so the minor's running clocks fall due after every adult's."""
    lines = [line(record="facility", id="F-1", name="ИВС Алматы", kind="ivs", designated=True,
                  timezone="Asia/Almaty")]
    for n in range(count):
        at = f"2026-01-05T11:{n:02d}:00Z"
        lines += [
            line(record="person", id=f"P-{n}", full_name=f"Adult {n:02d}", birth_date="1980-01-01", sex="male",
                 citizenship="KZ", languages=["kk"]),
            line(record="custody", id=f"C-{n:02d}", person=f"P-{n}", procedural_status="suspect", grounds="theft",
                 ordering_authority="investigator"),
            line(record="event", id=f"E-{n}-1", custody=f"C-{n:02d}", type="apprehension", at=at, recorded_at=at,
                 recorded_by="sgt.kasymov", place="Abai St", officers=["sgt.kasymov"], reason="caught"),
        ]
    lines += [
        line(record="person", id="P-M", full_name="Минор Бала", birth_date="2011-04-01", sex="male",
             citizenship="KZ", languages=["kk"]),
        line(record="custody", id="C-ZZ", person="P-M", procedural_status="suspect", grounds="theft",
             ordering_authority="investigator"),
        line(record="event", id="E-M-1", custody="C-ZZ", type="apprehension", at="2026-01-05T11:40:00Z",
             recorded_at="2026-01-05T11:40:00Z", recorded_by="sgt.kasymov", place="Abai St",
             officers=["sgt.kasymov"], reason="caught"),
        line(record="event", id="E-M-3", custody="C-ZZ", type="notification", at="2026-01-05T11:45:00Z",
             recorded_at="2026-01-05T11:45:00Z", recorded_by="sgt.kasymov", recipient="legal_representative",
             recipient_name="Бала Ана", method="phone", outcome="reached", officer="sgt.kasymov"),
        line(record="event", id="E-M-2", custody="C-ZZ", type="interrogation", at="2026-01-05T11:50:00Z",
             recorded_at="2026-01-05T11:50:00Z", recorded_by="sgt.kasymov", investigator="inv.omarov", lawyer_present=False,
             legal_representative_present=False),
    ]
    return lines


@pytest.fixture
def crowded(opened):
    opened.as_user(Actor.without_accounts()).records.import_lines(adults_then_a_minor_questioned(12))
    return opened.as_user(OFFICER)


def test_an_instant_breach_recorded_last_is_the_first_row(qtbot, crowded, monkeypatch):
    monkeypatch.setattr(board, "PAGE_SIZE", 5)  # the breach is on no page but the first
    view = BoardView(crowded, crowded.now())
    qtbot.addWidget(view)
    first = view.model.row_at(0)
    assert first.custody_id == "C-ZZ"
    assert view.model.index(0, BoardModel.PERSON).data() == "Минор Бала"
    assert any(c.rule == "minor-interrogation-safeguards" and c.is_problem for c in first.clocks)
    # then the nearest due instant: the adult apprehended first is due first
    assert [view.model.row_at(r).custody_id for r in range(1, 4)] == ["C-00", "C-01", "C-02"]
    assert view.table.horizontalHeader().sortIndicatorSection() == BoardModel.CLOCKS

    view.model.fetchMore()
    view.model.refresh()
    assert view.model.row_at(0).custody_id == "C-ZZ"
    assert view.model.rowCount() == 10


def test_a_clock_overdue_since_the_last_write_moves_up(qtbot, crowded):
    """At 14:05 the first adult's three-hour clocks are overdue though nothing was written since."""
    clock = crowded.register.clock
    clock.advance(hours=2, minutes=5)
    rows = crowded.board.rows(BoardQuery(sort="next_due_at"), 0, 3)
    assert [r.custody_id for r in rows] == ["C-ZZ", "C-00", "C-01"]
    clock.advance(minutes=10)  # 14:15: the first eleven adults are overdue, the youngest ones not yet
    rows = crowded.board.rows(BoardQuery(sort="next_due_at"))
    assert [r.custody_id for r in rows][-1] == "C-11"


def test_a_row_that_cannot_show_every_chip_says_how_many_more(qtbot, service):
    """In Kazakh the chips are wide: C-2, a foreign minor, has more open clocks than its column holds."""
    i18n.install("kk")
    view = BoardView(service, service.now())
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).custody_id == "C-2")
    index = view.model.index(row, BoardModel.CLOCKS)
    chips = index.data(ChipsRole)
    width = view.table.columnWidth(BoardModel.CLOCKS)
    shown = fitting(chips, width, view.table.font())
    assert 0 < shown < len(chips)
    assert chips_size(chips[:shown], view.table.font()).width() <= width
    levels = [chip.level for chip in chips]
    assert levels == sorted(levels, key=lambda level: level != Level.BREACH)  # the red ones come first
    hidden = len(chips) - shown
    assert more_text(hidden) == f"+{hidden}"
    assert QCoreApplication.translate("ClockChips", "breached") != "breached"  # the chips are Kazakh
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    for chip in chips[shown:]:  # what the row cannot show is in its tooltip
        assert chip.tooltip in tooltip
    assert not view.table.viewport().grab().isNull()
