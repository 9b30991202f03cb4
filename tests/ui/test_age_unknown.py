"""A person without a known birth date is AGE UNKNOWN, not MINOR, and the minor rules still protect them."""
from __future__ import annotations

import json

from register.access import Actor
from tests.core.lines import line
from tests.ui.conftest import OFFICER
from ui.desktop.board import BoardModel, BoardView
from ui.desktop.timeline_view import TimelineView


def held_without_birth_date(number: int, full_name: str, **person) -> list[str]:
    """P-`number` in custody C-`number` at F-1 since 11:30 UTC, apprehended at a mass event, no birth date."""
    custody = f"C-{number}"
    return [
        line(record="person", id=f"P-{number}", full_name=full_name, birth_date=None, sex="male", citizenship="KZ",
             languages=["kk"], **person),
        line(record="custody", id=custody, person=f"P-{number}", procedural_status="administrative",
             grounds="disorder", ordering_authority="police"),
        line(record="event", id=f"E-{number}1", custody=custody, type="apprehension", at="2026-01-05T11:30:00Z",
             recorded_at="2026-01-05T11:30:00Z", recorded_by="sgt.ali", place="Republic Sq", officers=["sgt.ali"],
             reason="mass event"),
        line(record="event", id=f"E-{number}2", custody=custody, type="arrival", at="2026-01-05T11:40:00Z",
             recorded_at="2026-01-05T11:40:00Z", recorded_by="sgt.ali", facility="F-1"),
    ]


UNDOCUMENTED = held_without_birth_date(9, "Белгісіз Адам")


def test_age_unknown_on_the_board_and_the_header_with_the_minor_rules_kept(qtbot, small_register):
    small_register.as_user(Actor.without_accounts()).records.import_lines(UNDOCUMENTED)
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


ESTIMATED = held_without_birth_date(8, "Болжамды Адам", estimated_age=30)


def test_an_estimated_age_is_shown_as_an_estimate_never_as_minor(qtbot, small_register):
    small_register.as_user(Actor.without_accounts()).records.import_lines(ESTIMATED)
    service = small_register.as_user(OFFICER)
    board = BoardView(service, service.now())
    qtbot.addWidget(board)
    number = next(r for r in range(board.model.rowCount()) if board.model.row_at(r).custody_id == "C-8")
    assert board.model.index(number, BoardModel.BADGES).data() == "AGE UNKNOWN ~30"
    assert board.model.row_at(number).is_minor  # an estimate is not a birth date: still read protectively
    assert {c.rule for c in service.reports.clocks("C-8")} >= {"age-unknown", "minor-parent-notice"}
    view = TimelineView(service, "C-8", None)
    qtbot.addWidget(view)
    assert "AGE UNKNOWN ~30" in view.badges.text() and "MINOR" not in view.badges.text()
    assert "Age at apprehension: unknown (estimated ~30)" in view.facts.text()


def test_the_board_shows_only_people_of_unknown_age_until_their_birth_date_is_established(qtbot, small_register):
    small_register.as_user(Actor.without_accounts()).records.import_lines(UNDOCUMENTED + ESTIMATED)
    service = small_register.as_user(OFFICER)
    board = BoardView(service, service.now())
    qtbot.addWidget(board)
    everyone = board.model.total
    board.age_unknown.setChecked(True)
    assert sorted(board.model.row_at(r).custody_id for r in range(board.model.rowCount())) == ["C-8", "C-9"]
    service.records.record_event("C-9", "identity_established", service.now(), {"birth_date": "1990-02-03"})
    board.model.refresh()
    assert [board.model.row_at(r).custody_id for r in range(board.model.rowCount())] == ["C-8"]
    board.age_unknown.setChecked(False)
    assert board.model.total == everyone


def test_the_estimate_travels_through_export_and_import(small_register, tmp_path, clock):
    from register.opening import open_register
    operator = small_register.as_user(Actor.without_accounts())
    operator.records.import_lines(ESTIMATED)
    exported = list(operator.chain.export_lines())
    persons = {record["id"]: record for record in map(json.loads, exported) if record.get("record") == "person"}
    assert persons["P-8"]["estimated_age"] == 30 and persons["P-8"]["birth_date"] is None
    assert "estimated_age" not in persons["P-1"]  # no estimate, no key: every other person hashes as before
    other = open_register(f"sqlite:///{tmp_path / 'other.db'}", clock)
    other.as_user(Actor.without_accounts()).records.import_lines(exported)
    assert other.as_user(OFFICER).board.person("P-8").estimated_age == 30
    assert operator.records.import_lines(exported).written["person"] == 0  # re-importing is a no-op
    other.close()
