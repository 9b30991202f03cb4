"""Every window and dialog, walked through QAccessible in Kazakh, Russian and English.

A screen reader user must hear a name for every control they can reach, a label for every combo box, and
every state in words (never a colour alone); Tab must leave tables; no two controls of a window may
answer the same Alt+letter. (tests/ui/accessibility_walk.py says how each is read.)
"""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget, QWizard

from register.access import Actor
from tests.fast_hashing import fast_hashing  # noqa: F401
from tests.ui.accessibility_walk import walk
from tests.ui.conftest import OFFICER, settle
from ui.desktop import i18n

LANGUAGES = ("kk", "ru", "en")
PROSECUTOR = Actor("pros1", "prosecutor", "Dana Prosecutor")
DESK = Actor("desk1", "inquiry_desk", "Asel Desk")
ADMIN = Actor("adm1", "admin", "Bolat Admin")


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def problems(widget: QWidget, where: str) -> list[str]:
    return [f"{where}: {problem}" for problem in walk(widget)]


def main_window_tabs(qtbot, register, actor) -> list[str]:
    """Every tab of the main window as `actor` sees it, the board with a custody chosen."""
    from ui.desktop.main_window import MainWindow
    window = shown(qtbot, MainWindow(register, actor))
    settle(qtbot)
    found = []
    tabs: QTabWidget = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(qtbot)
        found += problems(window, f"main window ({actor.role}), tab {tabs.tabText(index)!r}")
    window.open_custody("C-1")
    settle(qtbot)
    found += problems(window, f"main window ({actor.role}), timeline C-1")
    window.close()
    return found


def wizard_pages(wizard: QWizard, where: str) -> list[str]:
    """The wizard as shown, then each later page as it would be shown (a page is walked as its own top)."""
    found = problems(wizard, f"{where}, page {wizard.currentId()}")
    for page_id in wizard.pageIds():
        if page_id != wizard.currentId():
            found += problems(wizard.page(page_id), f"{where}, page {page_id}")
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_window_speaks_every_control(qtbot, small_register, lang):
    i18n.install(lang)
    found = []
    for actor in (OFFICER, PROSECUTOR, ADMIN):
        found += main_window_tabs(qtbot, small_register, actor)
    from ui.desktop.whereabouts import WhereaboutsView
    found += problems(shown(qtbot, WhereaboutsView(small_register.as_user(DESK))), "whereabouts desk")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dialogs_speak_every_control(qtbot, small_register, service, lang):
    from ui.desktop.correction import CorrectionDialog
    from ui.desktop.event_form import EventDialog
    from ui.desktop.facility_dialog import FacilityDialog
    from ui.desktop.intake import IntakeWizard
    from ui.desktop.mass_intake import MassIntakeDialog
    from ui.desktop.login import SignInDialog
    from ui.desktop.about import AboutDialog
    from ui.desktop.alerts import AssignDialog, ReferDialog
    from ui.desktop.text_dialog import TextDialog

    i18n.install(lang)
    found = []
    for event_type in ("notification", "rights_informed", "lawyer_meeting", "medical_exam", "departure"):
        dialog = shown(qtbot, EventDialog(small_register.as_user(Actor("sys", "system", "System")), "C-1",
                                          event_type))
        found += problems(dialog, f"event dialog ({event_type})")
        dialog.close()
    found += problems(shown(qtbot, CorrectionDialog(service, "C-1", "E-3")), "correction dialog")
    found += problems(shown(qtbot, FacilityDialog(service)), "facility dialog")
    found += wizard_pages(shown(qtbot, IntakeWizard(service)), "intake")
    found += problems(shown(qtbot, MassIntakeDialog(service)), "mass intake")
    found += problems(shown(qtbot, SignInDialog(small_register)), "sign-in")
    found += problems(shown(qtbot, AboutDialog()), "about")
    found += problems(shown(qtbot, TextDialog("Acknowledge", "Comment", False)), "comment dialog")
    found += problems(shown(qtbot, ReferDialog()), "refer dialog")
    found += problems(shown(qtbot, AssignDialog([("pros1", "Dana Prosecutor")])), "assign dialog")
    assert not found, "\n".join(found)
