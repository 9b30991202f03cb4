"""The 1366x768 layout pass (issue 15) for docs/screenshots: the alert inbox, the reports view, the injury
register, the complaints tab, the handover screen and a timeline's time axis in the main window, and the
whereabouts desk's own window, in English, Russian and Kazakh, on a fresh demo register. Each image is looked at for cut text.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_layout.py
"""
from __future__ import annotations

import sys

from screens import OUT, close, load, main_window, save, scratch_register, shown

from register.access import Actor
from register.synthetic import demo_lines
from ui.desktop import i18n
from ui.desktop.handover import HandoverView
from ui.desktop.injury_register import InjuryRegisterView
from ui.desktop.whereabouts import WhereaboutsWindow

PROSECUTOR = Actor("prosecutor1", "prosecutor", "Бақытжан Әбдірахманов")
OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
DESK = Actor("desk1", "inquiry_desk", "Сауле Жақсыбекова")
SEARCHED = "Сейітов"
TIMELINE_OF = "Нұржан Болатұлы Сейітов"  # a minor questioned alone: the longest rule title on the time axis


def shoot(window, tab, name: str, lang: str) -> None:
    window.tabs.setCurrentWidget(tab)
    save(window, f"layout_{name}_{lang}")


def main() -> int:
    with scratch_register("demo.db") as (register, clock):
        load(register, demo_lines(clock.now()))
        for lang in ("en", "ru", "kk"):
            i18n.install(lang)
            window = main_window(register, PROSECUTOR)
            injuries = next(t for t in window.record_tabs if isinstance(t, InjuryRegisterView))
            for tab, name in ((window.alerts, "alert_inbox"), (window.reports, "reports"),
                              (window.complaints, "complaints"), (injuries, "injury_register")):
                shoot(window, tab, name, lang)
            close(window)
            window = main_window(register, OFFICER)
            handover = next(t for t in window.record_tabs if isinstance(t, HandoverView))
            handover.read()  # the people held, as the outgoing officer reads them
            shoot(window, handover, "handover", lang)
            child = next(r for r in range(window.board.model.rowCount())
                         if window.board.model.row_at(r).person_name == TIMELINE_OF)
            shoot(window, window.open_custody(window.board.model.row_at(child).custody_id), "timeline", lang)
            close(window)
            desk = shown(WhereaboutsWindow(register, DESK))
            desk.view.query.setText(SEARCHED)
            desk.view.search()
            save(desk, f"layout_whereabouts_{lang}")
            close(desk)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
