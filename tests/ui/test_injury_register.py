"""The injury register tab: a prosecutor sees the examinations that found injuries, the ones not reported
marked, opens the custody, and prints the medical report with the body chart; a duty officer has no tab."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pypdf import PdfReader

from register.access import Actor
from tests.core.test_injury_chart import EXAM
from tests.ui.conftest import OFFICER, settle
from ui.desktop.injury_register import InjuryRegisterView
from ui.desktop.record_tabs import record_tabs

PROSECUTOR = Actor("pros1", "prosecutor", "Nurlan Prosecutor")
DOCTOR = Actor("doc1", "medical", "Dr. Saule")


def _view(qtbot, small_register):
    small_register.as_user(DOCTOR).records.record_event("C-1", "medical_exam",
                                                        small_register.clock.now() - timedelta(minutes=20), EXAM)
    view = InjuryRegisterView(small_register.as_user(PROSECUTOR))
    qtbot.addWidget(view)
    view.show()  # the first showing reads the register
    settle(qtbot)
    return view


def test_the_prosecutor_sees_an_unreported_injury_and_opens_the_custody(qtbot, small_register):
    view = _view(qtbot, small_register)
    assert view.model.rowCount() == 1
    cells = [view.model.index(0, c).data() for c in range(view.model.columnCount())]
    assert cells[1:3] == ["C-1", "Ерлан Серікұлы Жұмабаев"] and cells[5] == "2" and cells[6] == "NOT TOLD"
    assert view.model.index(0, 6).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "the prosecutor was not told of 1" in view.summary.text()
    with qtbot.waitSignal(view.open_custody) as opened:
        view.table.doubleClicked.emit(view.model.index(0, 0))
    assert opened.args == ["C-1"]


def test_the_medical_report_of_the_selected_row_is_printed_with_its_chart(qtbot, small_register, tmp_path,
                                                                         monkeypatch):
    view = _view(qtbot, small_register)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, caption, name, filt: (str(tmp_path / name), filt)))
    view.language_box.setCurrentIndex(view.language_box.findData("ru"))
    view.table.selectRow(0)
    view.report_button.click()
    settle(qtbot)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "medical-C-1-ru.pdf").pages)
    assert "кровоподтёк" in text and "Спереди" in text


def test_only_those_who_read_injury_charts_get_the_tab(qtbot, small_register):
    assert [type(t) for t in record_tabs(small_register.as_user(PROSECUTOR), print)] == [InjuryRegisterView]
    assert not any(isinstance(t, InjuryRegisterView) for t in record_tabs(small_register.as_user(OFFICER), print))
