"""The custody board: rows from SQL, live chips, filtering and sorting in the database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyleOptionViewItem

from register.services.board import BoardQuery
from tests.ui.conftest import drain
from ui.desktop import i18n
from ui.desktop.board import BoardModel, BoardView
from ui.desktop.clock_chips import ChipsRole, Level
from ui.desktop.ticker import Ticker


def make_board(qtbot, service):
    ticker = Ticker(service.register.clock)
    view = BoardView(service, ticker.now)
    ticker.ticked.connect(view.set_now)
    qtbot.addWidget(view)
    return view, ticker


def rows(view):
    model = view.model
    return {model.row_at(r).custody_id: model.row_at(r) for r in range(model.rowCount())}


def row_of(view, custody_id):
    return next(r for r in range(view.model.rowCount()) if view.model.row_at(r).custody_id == custody_id)


def chips_of(view, custody_id):
    index = view.model.index(row_of(view, custody_id), BoardModel.CLOCKS)
    return {chip.rule: chip for chip in index.data(ChipsRole)}


def test_board_shows_held_people_with_facility_and_cell(qtbot, service):
    view, _ = make_board(qtbot, service)
    held = rows(view)
    assert set(held) == {"C-1", "C-2"}  # C-3 was released
    model = view.model
    texts = {model.row_at(r).custody_id: [model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())}
    assert texts["C-1"] == ["Ерлан Серікұлы Жұмабаев", "", "ИВС Алматы", "Cell 4"]  # the corrected cell
    assert texts["C-2"] == ["Иван Петров", "MINOR\nFOREIGN", "УП Актобе", "Room 1"]
    assert view.count.text() == "2 in custody"


def test_clock_chip_turns_amber_then_red_as_time_passes(qtbot, service):
    view, ticker = make_board(qtbot, service)
    clock = service.register.clock
    chip = chips_of(view, "C-1")["protocol-3h"]  # apprehended 10:00 UTC, due 13:00, amber from 12:24
    assert (chip.level, chip.label, chip.time_text) == (Level.OK, "Arrest record", "1 h 00 min left")
    in_custody = view.model.index(row_of(view, "C-1"), BoardModel.IN_CUSTODY)
    assert in_custody.data() == "2 h 00 min"

    clock.advance(minutes=30)
    with qtbot.waitSignal(view.model.dataChanged):
        ticker.tick()
    chip = chips_of(view, "C-1")["protocol-3h"]
    assert (chip.level, chip.time_text) == (Level.WARN, "⚠ 30 min left")  # said, not only amber

    clock.advance(minutes=35)
    ticker.tick()
    chip = chips_of(view, "C-1")["protocol-3h"]
    assert (chip.level, chip.time_text) == (Level.BREACH, "5 min overdue")
    assert in_custody.data() == "3 h 05 min"
    assert "Due: 2026-01-05 18:00 (UTC+05:00)" in chip.tooltip  # the facility's local time


def test_chips_are_painted(qtbot, service):
    view, _ = make_board(qtbot, service)
    view.resize(1200, 400)
    view.show()
    qtbot.waitExposed(view)
    assert not view.table.grab().isNull()
    option = QStyleOptionViewItem()
    option.font = view.table.font()
    delegate = view.table.itemDelegateForColumn(BoardModel.CLOCKS)
    assert delegate.sizeHint(option, view.model.index(0, BoardModel.CLOCKS)).width() > 100


def test_ctrl_f_style_filter_narrows_rows_in_sql(qtbot, service, monkeypatch):
    view, _ = make_board(qtbot, service)
    asked = []
    original = service.board.rows
    monkeypatch.setattr(service.board, "rows", lambda query, *a, **k: asked.append(query) or original(query, *a, **k))
    view.focus_filter()
    QTest.keyClicks(view.filter, "N1234567")  # an identity document
    QTest.keyClick(view.filter, Qt.Key.Key_Return)
    assert set(rows(view)) == {"C-2"}
    assert asked[-1].text == "N1234567"
    assert view.count.text() == "1 in custody"

    view.filter.setText("петров")  # part of a name, any case
    view.apply_filter()
    assert set(rows(view)) == {"C-2"}

    view.filter.setText("C-1")
    view.apply_filter()
    assert set(rows(view)) == {"C-1"}


def test_filter_applies_by_itself_after_typing(qtbot, service):
    view, _ = make_board(qtbot, service)
    view.filter.setText("KZ-040501")
    qtbot.waitUntil(lambda: set(rows(view)) == {"C-1"}, timeout=2000)


def test_facility_picker_limits_the_board(qtbot, service):
    view, _ = make_board(qtbot, service)
    view.facility.setCurrentIndex(view.facility.findData("F-2"))
    assert set(rows(view)) == {"C-2"}


def test_sorting_by_a_column_orders_in_sql(qtbot, service):
    view, _ = make_board(qtbot, service)
    view.table.sortByColumn(BoardModel.PERSON, Qt.SortOrder.AscendingOrder)
    assert view.model.query.sort == "person_name"
    assert [view.model.row_at(r).custody_id for r in range(2)] == ["C-1", "C-2"]
    view.table.sortByColumn(BoardModel.PERSON, Qt.SortOrder.DescendingOrder)
    assert [view.model.row_at(r).custody_id for r in range(2)] == ["C-2", "C-1"]
    view.table.sortByColumn(BoardModel.IN_CUSTODY, Qt.SortOrder.AscendingOrder)
    assert view.model.query.sort == "apprehended_at"
    assert [view.model.row_at(r).custody_id for r in range(2)] == ["C-2", "C-1"]  # longest held first


def test_unsortable_column_keeps_the_sql_order(qtbot, service):
    view, _ = make_board(qtbot, service)
    before = view.model.query
    view.table.sortByColumn(BoardModel.FACILITY, Qt.SortOrder.AscendingOrder)
    assert view.model.query == before
    assert view.table.horizontalHeader().sortIndicatorSection() == view.model.sort_column()


def test_board_fetches_pages_lazily(qtbot, demo_register, qtmodeltester, monkeypatch):
    from tests.ui.conftest import OFFICER
    import ui.desktop.board as board
    monkeypatch.setattr(board, "PAGE_SIZE", 7)
    service = demo_register.as_user(OFFICER)
    model = BoardModel(service, BoardQuery(), service.now())
    assert model.rowCount() == 7 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 14
    drain(model)
    assert model.rowCount() == model.total == service.board.count(BoardQuery())
    qtmodeltester.check(model)


def test_model_passes_the_model_tester(qtbot, service, qtmodeltester):
    model = BoardModel(service, BoardQuery(held_only=False), service.now())
    drain(model)
    qtmodeltester.check(model)


def test_the_long_kazakh_minor_badge_fits_its_column(qtbot, service):
    view, _ = make_board(qtbot, service)
    bold = QFont(view.table.font())
    bold.setBold(True)
    needed = QFontMetrics(bold).horizontalAdvance("КӘМЕЛЕТКЕ ТОЛМАҒАН")
    assert view.table.columnWidth(BoardModel.BADGES) < needed  # sized for the English badges
    i18n.install("kk")  # Qt posts LanguageChange; the board refits the column when it arrives
    qtbot.waitUntil(lambda: view.table.columnWidth(BoardModel.BADGES) > needed)
