"""Searching the register: every criterion answered by SQL, results fetched lazily."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from register.services.board import BoardQuery
from tests.ui.conftest import OFFICER, drain
from ui.desktop.search import SearchModel, SearchView


def make_view(qtbot, service):
    view = SearchView(service)
    qtbot.addWidget(view)
    return view


def found(view):
    drain(view.model)
    return sorted(view.model.row_at(row).custody_id for row in range(view.model.rowCount()))


def test_everyone_is_listed_before_any_criterion(qtbot, service):
    view = make_view(qtbot, service)
    assert found(view) == ["C-1", "C-2", "C-3"]
    assert view.count.text() == "3 custodies found"


def test_search_by_name_document_and_custody_number(qtbot, service):
    view = make_view(qtbot, service)
    for text, expected in (("ахметова", ["C-3"]), ("N1234567", ["C-2"]), ("C-1", ["C-1"]), ("nobody", [])):
        view.text.setText(text)
        view.search()
        assert found(view) == expected, text


def test_search_by_facility_status_and_flags(qtbot, service):
    view = make_view(qtbot, service)
    view.facility.setCurrentIndex(view.facility.findData("F-1"))
    view.search()
    assert found(view) == ["C-1", "C-3"]
    view.status.setCurrentIndex(1)  # in custody now
    view.search()
    assert found(view) == ["C-1"]
    view.facility.setCurrentIndex(0)
    view.minors.setChecked(True)
    view.search()
    assert found(view) == ["C-2"]


def test_search_by_local_date_range(qtbot, service):
    view = make_view(qtbot, service)
    view.use_from.setChecked(True)
    view.date_from.setDate(QDate(2026, 1, 4))
    view.use_until.setChecked(True)
    view.date_until.setDate(QDate(2026, 1, 4))
    view.search()
    assert found(view) == ["C-3"]
    assert view.query().apprehended_from.isoformat() == "2026-01-04T00:00:00+05:00"
    view.date_until.setDate(QDate(2026, 1, 5))
    view.search()
    assert found(view) == ["C-1", "C-2", "C-3"]


def test_results_show_status_and_local_times(qtbot, service):
    view = make_view(qtbot, service)
    view.text.setText("C-3")
    view.search()
    assert view.model.index(0, SearchModel.APPREHENDED).data() == "2026-01-04 11:00 (UTC+05:00)"
    assert view.model.index(0, SearchModel.STATUS).data() == "released 2026-01-04 17:00 (UTC+05:00)"


def test_double_click_opens_the_custody(qtbot, service):
    view = make_view(qtbot, service)
    view.text.setText("C-2")
    view.search()
    with qtbot.waitSignal(view.open_custody) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == ["C-2"]


def test_results_are_fetched_page_by_page(qtbot, demo_register, qtmodeltester, monkeypatch):
    monkeypatch.setattr("ui.desktop.board.PAGE_SIZE", 10)
    service = demo_register.as_user(OFFICER)
    model = SearchModel(service, BoardQuery(held_only=False), service.now())
    assert (model.total, model.rowCount()) == (39, 10)
    drain(model)
    assert model.rowCount() == 39
    qtmodeltester.check(model)


def test_results_show_the_identity_document(qtbot, service):
    view = make_view(qtbot, service)
    view.text.setText("N1234567")
    view.search()
    assert view.model.headerData(SearchModel.DOCUMENT, Qt.Orientation.Horizontal) == "Document"
    assert view.model.index(0, SearchModel.DOCUMENT).data() == "N1234567"
    view.text.setText("C-3")  # Гүлнар Ахметова has no document on record
    view.search()
    assert view.model.index(0, SearchModel.DOCUMENT).data() == "—"


def test_search_finds_a_kazakh_name_however_typed_and_a_document_by_its_number(qtbot, opened):
    from register.access import Actor
    from tests.whereabouts.people import people_lines
    opened.as_user(Actor.command_line()).records.import_lines(people_lines())
    view = make_view(qtbot, opened.as_user(OFFICER))
    for text in ("Касымов", "Kasymov", "K\u0430symov", "Қасымов", "014349049"):
        view.text.setText(text)
        qtbot.keyClick(view.text, Qt.Key.Key_Return)
        assert found(view) == ["C-1"], text
        assert view.model.index(0, SearchModel.PERSON).data().startswith("Қасымов Ерлан Бекұлы"), text
