"""A location belongs to its facility stay: a return without a new placement shows no cell of another
facility, and a placement between facilities (departed, not yet arrived) is refused (contract section 2)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from register.services.board import BoardQuery
from register.writing import Rejected
from ui.desktop.board import BoardModel, BoardView
from ui.desktop.timeline_view import TimelineView


def at(hour: int, minute: int) -> datetime:
    return datetime(2026, 1, 5, hour, minute, tzinfo=timezone.utc)


def transfer_and_return(service) -> None:
    """C-1, in Cell 4 of ИВС Алматы (F-1), goes to УП Актобе (F-2), is put in Камера 12 there and comes back."""
    records = service.records
    records.record_event("C-1", "departure", at(11, 52), {"purpose": "transfer", "destination": "УП Актобе"})
    records.record_event("C-1", "arrival", at(11, 54), {"facility": "F-2"})
    records.record_event("C-1", "placement", at(11, 55), {"location": "Камера 12"})
    records.record_event("C-1", "departure", at(11, 56), {"purpose": "transfer", "destination": "ИВС Алматы"})


def test_a_placement_between_facilities_is_refused(service):
    transfer_and_return(service)
    with pytest.raises(Rejected) as refused:
        service.records.record_event("C-1", "placement", at(11, 57), {"location": "Камера 12"})
    assert "not yet arrived at the next facility" in str(refused.value.problems[0])
    service.records.record_event("C-1", "arrival", at(11, 58), {"facility": "F-1"})
    with pytest.raises(Rejected):  # nor can a correction move a placement into the gap
        service.records.correct(_placement_id(service, "Камера 12"), "C-1", {"at": "2026-01-05T11:57:00Z"},
                                "time typed wrong")
    service.records.record_event("C-1", "placement", at(11, 59), {"location": "Cell 7"})  # back at F-1: fine


def _placement_id(service, location: str) -> str:
    timeline = service.reports.timeline("C-1")
    return next(e.id for e in timeline.effective if e.type == "placement" and e.get("location") == location)


def test_the_return_shows_its_own_facility_and_no_foreign_cell(qtbot, service):
    transfer_and_return(service)
    service.records.record_event("C-1", "arrival", at(11, 58), {"facility": "F-1"})  # back, no new placement

    row = next(r for r in service.board.rows(BoardQuery()) if r.custody_id == "C-1")
    assert (row.facility_name, row.location) == ("ИВС Алматы", None)

    board = BoardView(service, service.now())
    qtbot.addWidget(board)
    number = next(r for r in range(board.model.rowCount()) if board.model.row_at(r).custody_id == "C-1")
    assert board.model.index(number, BoardModel.FACILITY).data() == "ИВС Алматы"
    assert board.model.index(number, BoardModel.LOCATION).data() == "—"

    view = TimelineView(service, "C-1", None)
    qtbot.addWidget(view)
    facts = view.facts.text()
    assert "Now at: ИВС Алматы" in facts
    assert "Камера 12" not in facts and "Cell 4" not in facts

    service.records.record_event("C-1", "placement", at(11, 59), {"location": "Cell 7"})
    view = TimelineView(service, "C-1", None)
    qtbot.addWidget(view)
    assert "Now at: ИВС Алматы, Cell 7" in view.facts.text()
