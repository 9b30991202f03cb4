"""The held list: who the register placed at a facility at an instant, shown and printed."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import settle
from ui.desktop.held_list import HeldListView


@pytest.fixture
def view(qtbot, service):
    widget = HeldListView(service)
    qtbot.addWidget(widget)
    widget.qtbot = qtbot
    return widget


def choose_facility(view, facility_id):
    view.facility_box.setCurrentIndex(next(i for i in range(view.facility_box.count())
                                           if view.facility_box.itemData(i).id == facility_id))


def people(view):
    return [view.model.index(row, 1).data() for row in range(view.model.rowCount())]


def test_starts_at_now_in_the_facilitys_wall_time(view, clock):
    choose_facility(view, "F-1")
    assert view.when_edit.text() == "2026-01-05 17:00"  # 12:00 UTC in Almaty
    assert view.zone_label.text() == "Asia/Almaty (UTC+05:00)"
    assert view.instant() == clock.now()
    assert not view.print_button.isEnabled()


def test_shows_who_was_there_now_and_at_a_past_instant(qtmodeltester, view):
    choose_facility(view, "F-1")
    view.show_list()
    settle(view.qtbot)
    assert people(view) == ["Ерлан Серікұлы Жұмабаев"]
    assert view.model.index(0, 0).data() == "Cell 4"  # the corrected cell
    qtmodeltester.check(view.model)

    view.when_edit.setDateTime(view.when_edit.dateTime().addDays(-1).addSecs(-2 * 3600))  # 4 Jan, 15:00 local
    assert view.instant() == datetime(2026, 1, 4, 10, 0, tzinfo=timezone.utc)
    view.show_list()
    settle(view.qtbot)
    assert people(view) == ["Гүлнар Ахметова"]  # released at 12:00 UTC that day; C-1 not yet apprehended
    assert view.summary.text() == "1 person at ИВС Алматы on 2026-01-04 15:00 (UTC+05:00)"

    view.set_instant(datetime(2026, 1, 4, 12, 0, tzinfo=timezone.utc))
    view.show_list()
    settle(view.qtbot)
    assert people(view) == []


def test_changing_facility_keeps_the_instant(view):
    choose_facility(view, "F-1")
    view.set_instant(datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc))
    choose_facility(view, "F-2")
    assert view.instant() == datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
    assert view.zone_label.text().startswith("Asia/Aqtobe")
    view.show_list()
    settle(view.qtbot)
    assert people(view) == ["Иван Петров"]


def print_list_of_f1(view, monkeypatch, out) -> None:
    """F-1's list shown and printed, the save dialog answered with `out`."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(out), "PDF (*.pdf)")))
    choose_facility(view, "F-1")
    view.show_list()
    settle(view.qtbot)
    view.print_button.click()
    settle(view.qtbot)


def test_prints_the_list_to_the_chosen_pdf(view, tmp_path, monkeypatch):
    out = tmp_path / "held.pdf"
    print_list_of_f1(view, monkeypatch, out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "C-1" in text and "Жұмабаев" in text
    assert view.summary.text() == f"Saved to {out}"


def test_cancelling_the_file_dialog_writes_nothing(view, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    view.show_list()
    settle(view.qtbot)
    view.print_button.click()
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_pdf_that_cannot_be_written_is_reported_not_raised(view, tmp_path, monkeypatch):
    """A full disk, a pulled USB stick: the officer is told, the window carries on."""
    out = tmp_path / "no-such-folder" / "held.pdf"
    print_list_of_f1(view, monkeypatch, out)
    [box] = [box for box in view.findChildren(QMessageBox) if box.isVisible()]
    assert box.text().startswith("Save the held list did not succeed.")
    assert str(out) in box.text() and "No such file or directory" in box.text()
    assert not out.exists()
    assert view.summary.text().startswith("1 person at ИВС Алматы")  # not "Saved to"
