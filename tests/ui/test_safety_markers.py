"""What an officer must not miss about a detainee's safety, on the board, the timeline and the form."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from tests.ui.conftest import drain
from tests.ui.test_board import chips_of, make_board, row_of
from tests.ui.test_event_form import open_dialog, save
from tests.ui.test_timeline_view import make_view
from ui.desktop import i18n
from ui.desktop.board import BoardModel

ASSESSMENT = {"assessed_by": "Sgt. Abenova", "self_harm_risk": True, "intoxicated": False,
              "medical_condition": False, "mental_health": False, "violence_risk": False,
              "needs_interpreter": False, "observation_level": "intermittent", "check_interval_minutes": 30,
              "vulnerabilities": ["pregnant"]}


def assess(service, minutes_ago=20, **changes):
    service.records.record_event("C-1", "risk_assessment", service.now() - timedelta(minutes=minutes_ago),
                                 {**ASSESSMENT, **changes})


def test_the_board_shows_the_markers_and_the_next_cell_check(qtbot, service):
    assess(service)
    view, _ = make_board(qtbot, service)
    drain(view.model)
    index = view.model.index(row_of(view, "C-1"), BoardModel.BADGES)
    assert index.data().split("\n") == ["OBS: 30 min", "SUICIDE RISK"]
    assert "Vulnerabilities: pregnant" in index.data(Qt.ItemDataRole.ToolTipRole)
    check = chips_of(view, "C-1")["cell-checks"]  # assessed 20 minutes ago: the first check due in 10
    assert (check.label, check.time_text) == ("Cell check", "10 min left")


def test_the_timeline_header_names_the_risks_and_vulnerabilities_in_kazakh(qtbot, service):
    assess(service, intoxicated=True)
    view = make_view(qtbot, service)
    assert "SUICIDE RISK" in view.badges.text() and "INTOXICATED" in view.badges.text()
    assert "Vulnerabilities: pregnant" in view.facts.text()
    i18n.install("kk")
    qtbot.waitUntil(lambda: "СУИЦИД ҚАУПІ" in view.badges.text())
    assert "БАҚЫЛАУ: 30 мин" in view.badges.text() and "МАС КҮЙІНДЕ" in view.badges.text()
    assert "Осалдығы: pregnant" in view.facts.text()


def test_a_reassessment_to_constant_observation_replaces_the_interval(qtbot, service):
    assess(service, 60)
    assess(service, 5, observation_level="constant", check_interval_minutes=None)
    view = make_view(qtbot, service)
    assert "OBS: CONSTANT" in view.badges.text() and "OBS: 30" not in view.badges.text()


def test_the_form_takes_the_interval_in_whole_minutes(qtbot, service):
    dialog = open_dialog(qtbot, service, "C-1", "risk_assessment")
    spin = dialog.form.editors["check_interval_minutes"]
    assert isinstance(spin, QSpinBox)
    assert "check_interval_minutes" not in dialog.form.values()  # 0 reads as not stated
    dialog.form.set_values({**ASSESSMENT, "vulnerabilities": []})
    spin.setValue(15)
    save(dialog)
    assessment = [e for e in service.reports.timeline("C-1", log=False).events if e.type == "risk_assessment"][-1]
    assert assessment.get("check_interval_minutes") == 15 and assessment.get("self_harm_risk") is True
