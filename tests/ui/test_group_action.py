"""Group actions: fifteen people of a mass detention placed in one action, one of them in another cell;
a refusal for one person writes nothing for anyone and names that person."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from register.access import Actor
from register.services.board import BoardQuery
from tests.core.lines import line
from tests.ui.conftest import OFFICER
from ui.desktop.board import BoardView
from ui.desktop.group_action import GroupActionDialog

GROUP = 15


def detained_group(departed: int | None = None) -> list[str]:
    """Fifteen people brought to F-1 together at 11:00 UTC; `departed` (an index) left for a transfer."""
    lines = []
    for n in range(GROUP):
        custody = f"C-G{n:02d}"
        lines += [
            line(record="person", id=f"P-G{n:02d}", full_name=f"Протестующий {n:02d}", birth_date="1990-01-01",
                 sex="male", citizenship="KZ", languages=["kk"]),
            line(record="custody", id=custody, person=f"P-G{n:02d}", procedural_status="administrative",
                 grounds="Administrative Code art. 488", ordering_authority="police"),
            line(record="event", id=f"E-A{n:02d}", custody=custody, type="apprehension", at="2026-01-05T10:30:00Z",
                 recorded_at="2026-01-05T10:30:00Z", recorded_by="sgt.ali", place="Republic Sq",
                 officers=["sgt.ali"], reason="mass unrest"),
            line(record="event", id=f"E-R{n:02d}", custody=custody, type="arrival", at="2026-01-05T11:00:00Z",
                 recorded_at="2026-01-05T11:00:00Z", recorded_by="sgt.ali", facility="F-1"),
        ]
        if n == departed:
            lines.append(line(record="event", id=f"E-D{n:02d}", custody=custody, type="departure",
                              at="2026-01-05T11:20:00Z", recorded_at="2026-01-05T11:20:00Z", recorded_by="sgt.ali",
                              purpose="transfer", destination="СИЗО-1"))
    return lines


def chosen_on_the_board(qtbot, service) -> list:
    """Select the group's rows on the board, as an officer does with Shift and the arrows."""
    board = BoardView(service, service.now())
    qtbot.addWidget(board)
    board.filter.setText("Протестующий")
    board.apply_filter()
    assert board.model.total == GROUP
    board.table.selectAll()
    rows = board.selected_rows()
    assert len(rows) == GROUP
    return rows


def group_dialog(qtbot, service, rows) -> GroupActionDialog:
    dialog = GroupActionDialog(service, rows, "placement")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_fifteen_people_are_placed_in_one_action_with_one_exception(qtbot, small_register):
    small_register.as_user(Actor.without_accounts()).records.import_lines(detained_group())
    service = small_register.as_user(OFFICER)
    rows = chosen_on_the_board(qtbot, service)
    dialog = group_dialog(qtbot, service, rows)
    assert dialog.form.isVisible() and dialog.table.rowCount() == GROUP
    dialog.form.editors["location"].setText("Камера 5")
    odd_one = next(n for n, row in enumerate(rows) if row.custody_id == "C-G07")
    dialog.set_exception(odd_one, "Камера 6 (медпункт)")
    recorded = []
    dialog.recorded.connect(recorded.append)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert not dialog.isVisible() and len(recorded) == GROUP
    placements = [e for n in range(GROUP) for e in service.reports.timeline(f"C-G{n:02d}", log=False).events
                  if e.type == "placement"]
    assert len(placements) == GROUP and all(e.seq for e in placements)  # one chained event each
    assert len({e.seq for e in placements}) == GROUP and service.chain.verify().intact
    cells = {row.custody_id: row.location for row in service.board.rows(
        BoardQuery(text="Протестующий"), 0, 100, service.now())}
    assert cells.pop("C-G07") == "Камера 6 (медпункт)"
    assert set(cells.values()) == {"Камера 5"}


def test_a_refusal_for_one_person_writes_nothing_and_names_them(qtbot, small_register):
    small_register.as_user(Actor.without_accounts()).records.import_lines(detained_group(departed=3))
    service = small_register.as_user(OFFICER)
    rows = chosen_on_the_board(qtbot, service)
    dialog = group_dialog(qtbot, service, rows)
    dialog.form.editors["location"].setText("Камера 5")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert dialog.isVisible()
    assert dialog.problems.isVisible()
    assert dialog.problems.text().startswith("Протестующий 03 (custody C-G03): ")
    assert "Протестующий 04" not in dialog.problems.text()
    assert dialog.table.selectionModel().selectedRows()[0].row() == next(
        n for n, row in enumerate(rows) if row.custody_id == "C-G03")
    assert not [e for n in range(GROUP) for e in service.reports.timeline(f"C-G{n:02d}", log=False).events
                if e.type == "placement"]  # nobody's placement was written
    assert all(row.location is None for row in service.board.rows(BoardQuery(text="Протестующий"), 0, 100,
                                                                  service.now()))


def test_a_missing_shared_field_is_said_once_beside_it(qtbot, small_register):
    small_register.as_user(Actor.without_accounts()).records.import_lines(detained_group())
    service = small_register.as_user(OFFICER)
    dialog = group_dialog(qtbot, service, chosen_on_the_board(qtbot, service))
    dialog.type_box.set_value("notification")
    dialog.form.editors["recipient"].set_value("relative")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.form.errors.labels["recipient_name"].isVisible()
    assert not dialog.problems.isVisible()
