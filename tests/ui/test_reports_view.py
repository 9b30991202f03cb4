"""The reports workspace: the oversight report (PDF, CSV) and one custody's timeline, copy and rights notice."""
from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from register.access import Actor
from tests.ui.conftest import settle
from ui.desktop.reports import ReportsView

PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")


@pytest.fixture
def view(qtbot, small_register):
    widget = ReportsView(small_register.as_user(PROSECUTOR))
    qtbot.addWidget(widget)
    widget.qtbot = qtbot
    return widget


@pytest.fixture
def saved(tmp_path, monkeypatch):
    """Answer every save dialog with a file in tmp_path named as the view proposed; list the names asked."""
    asked = []

    def answer(parent, caption, default_name, file_filter):
        asked.append(default_name)
        return str(tmp_path / default_name), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def csv_figures(path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(scope, figure, key) -> (value, custody numbers) of a saved oversight CSV."""
    with open(path, encoding="utf-8") as stream:
        return {(r["scope"], r["figure"], r["key"]): (r["value"], r["custodies"]) for r in csv.DictReader(stream)}


def pdf_text(path):
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_timeline_prints_in_the_chosen_language(view, saved, tmp_path):
    view.set_custody("C-1")
    assert "Ерлан Серікұлы Жұмабаев" in view.custody_info.text()
    view.timeline_language_box.setCurrentIndex(view.timeline_language_box.findData("en"))
    view.timeline_button.click()
    settle(view.qtbot)
    assert saved == ["timeline-C-1-en.pdf"]
    assert "C-1" in pdf_text(tmp_path / saved[0])
    assert view.message.text() == f"Saved to {tmp_path / saved[0]}"


def test_the_detainees_copy_is_in_their_language_in_one_action(view, saved, tmp_path):
    view.set_custody("C-2")  # Иван Петров understands Russian only
    view.timeline_language_box.setCurrentIndex(view.timeline_language_box.findData("en"))
    view.copy_button.click()
    settle(view.qtbot)
    assert saved == ["timeline-C-2-ru.pdf"]
    text = pdf_text(tmp_path / saved[0])
    assert "C-2" in text and "Иван Петров" in text


def test_the_rights_notice_is_in_the_detainees_language(view, saved, tmp_path):
    view.set_custody("C-1")  # understands Kazakh first, then Russian
    view.rights_button.click()
    settle(view.qtbot)
    assert saved == ["rights-C-1-kk.pdf"]
    assert "C-1" in pdf_text(tmp_path / saved[0])


def test_an_unknown_custody_cannot_be_printed(view):
    view.set_custody("C-404")
    assert view.custody_info.text() == "No such custody in the register."
    assert not any(b.isEnabled() for b in (view.timeline_button, view.copy_button, view.rights_button))


def test_oversight_report_as_pdf_and_csv_for_chosen_facilities(view, saved, tmp_path):
    view.oversight_pdf_button.click()
    settle(view.qtbot)
    assert saved[0] == "oversight-20260101-20260105.pdf"
    assert pdf_text(tmp_path / saved[0])

    view.oversight_csv_button.click()

    settle(view.qtbot)
    rows = csv_figures(tmp_path / saved[1])
    assert rows[("total", "custodies", "")] == ("3", "C-1 C-2 C-3")
    assert rows[("F-2", "foreign_nationals", "")] == ("1", "C-2")
    assert rows[("F-1", "late_registration", "")] == ("1", "C-1")

    aktobe = view.facility_list.findItems("УП Актобе", Qt.MatchFlag.MatchExactly)[0]
    aktobe.setCheckState(Qt.CheckState.Unchecked)
    view.oversight_csv_button.click()
    settle(view.qtbot)
    rows = csv_figures(tmp_path / saved[2])
    assert rows[("total", "custodies", "")] == ("2", "C-1 C-3")
    assert not any(scope == "F-2" for scope, _, _ in rows)


def test_the_property_receipt_is_in_the_detainees_language(view, saved, tmp_path, small_register):
    from tests.core.test_property import INVENTORY
    from tests.ui.conftest import OFFICER
    officer = small_register.as_user(OFFICER)
    officer.records.record_event("C-2", "property_inventory", officer.now(), INVENTORY)
    view.set_custody("C-2")  # Иван Петров understands Russian only
    view.receipt_button.click()
    settle(view.qtbot)
    assert saved == ["property-C-2-ru.pdf"]
    text = pdf_text(tmp_path / saved[0])
    assert "Расписка об имуществе" in text and "B-0042" in text


def test_the_notice_screen_says_which_language_has_no_notice(view, saved, small_register):
    import json
    small_register.as_user(Actor.without_accounts()).records.import_lines([json.dumps(r, ensure_ascii=False) for r in (
        {"record": "person", "id": "P-9", "full_name": "Әлім Тұрсын", "birth_date": "1988-01-02", "sex": "male",
         "citizenship": "CN", "languages": ["ug", "ru"]},
        {"record": "custody", "id": "C-9", "person": "P-9", "procedural_status": "suspect", "grounds": "g",
         "ordering_authority": "o"},
        {"record": "event", "id": "E-90", "custody": "C-9", "type": "apprehension", "at": "2026-01-05T05:00:00Z",
         "recorded_by": "sgt", "place": "p", "officers": ["o"], "reason": "r", "video": "v"})])
    view.set_custody("C-9")
    view.rights_button.click()
    settle(view.qtbot)
    assert saved == ["rights-C-9-ru.pdf"]
    assert "There is no rights notice in ug — Uyghur: it was printed in ru — Russian" in view.message.text()
