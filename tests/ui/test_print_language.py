"""A printout's language follows the interface's, until someone chooses one for the reader."""
from __future__ import annotations

from ui.desktop import i18n
from ui.desktop.held_list import HeldListView
from ui.desktop.reports import ReportsView


def test_print_languages_follow_the_interface_until_chosen(qtbot, service):
    held, reports = HeldListView(service), ReportsView(service)
    for view in (held, reports):
        qtbot.addWidget(view)
    assert held.language_box.currentData() == "en"
    i18n.install("kk")
    qtbot.waitUntil(lambda: held.language_box.currentData() == "kk")
    assert reports.report_language_box.currentData() == "kk"
    reports.report_language_box.activated.emit(reports.report_language_box.findData("ru"))  # the user's choice
    reports.report_language_box.setCurrentIndex(reports.report_language_box.findData("ru"))
    i18n.install("en")
    qtbot.waitUntil(lambda: held.language_box.currentData() == "en")
    assert reports.report_language_box.currentData() == "ru"  # chosen, so kept


def test_the_detainees_language_is_kept_for_the_timeline(qtbot, service):
    reports = ReportsView(service)
    qtbot.addWidget(reports)
    reports.custody_edit.setText("C-2")  # Иван Петров speaks Russian
    reports.custody_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: reports.timeline_language_box.currentData() == "ru")
    i18n.install("kk")
    qtbot.waitUntil(lambda: reports.report_language_box.currentData() == "kk")
    assert reports.timeline_language_box.currentData() == "ru"
