"""A person without a known birth date is AGE UNKNOWN, not MINOR, and the minor rules still protect them."""
from __future__ import annotations

import json

from register.access import Actor
from tests.ui.conftest import OFFICER
from ui.desktop.board import BoardModel, BoardView
from ui.desktop.timeline_view import TimelineView


def _line(**record) -> str:
    return json.dumps(record, ensure_ascii=False)


UNDOCUMENTED = [
    _line(record="person", id="P-9", full_name="Белгісіз Адам", birth_date=None, sex="male", citizenship="KZ",
          languages=["kk"]),
    _line(record="custody", id="C-9", person="P-9", procedural_status="administrative", grounds="disorder",
          ordering_authority="police"),
    _line(record="event", id="E-91", custody="C-9", type="apprehension", at="2026-01-05T11:30:00Z",
          recorded_at="2026-01-05T11:30:00Z", recorded_by="sgt.ali", place="Republic Sq", officers=["sgt.ali"],
          reason="mass event"),
    _line(record="event", id="E-92", custody="C-9", type="arrival", at="2026-01-05T11:40:00Z",
          recorded_at="2026-01-05T11:40:00Z", recorded_by="sgt.ali", facility="F-1"),
]


def test_age_unknown_on_the_board_and_the_header_with_the_minor_rules_kept(qtbot, small_register):
    small_register.as_user(Actor.command_line()).records.import_lines(UNDOCUMENTED)
    service = small_register.as_user(OFFICER)
    board = BoardView(service, service.now())
    qtbot.addWidget(board)
    number = next(r for r in range(board.model.rowCount()) if board.model.row_at(r).custody_id == "C-9")
    assert board.model.index(number, BoardModel.BADGES).data() == "AGE UNKNOWN"
    row = board.model.row_at(number)
    assert row.is_minor and "minor-parent-notice" in {c.rule for c in row.clocks}  # protective reading
    minor = next(r for r in range(board.model.rowCount()) if board.model.row_at(r).custody_id == "C-2")
    assert board.model.index(minor, BoardModel.BADGES).data() == "MINOR\nFOREIGN"  # a known minor stays MINOR

    view = TimelineView(service, "C-9", None)
    qtbot.addWidget(view)
    assert "AGE UNKNOWN" in view.badges.text() and "MINOR" not in view.badges.text()
    assert "Age at apprehension: unknown" in view.facts.text()
