"""Screenshots of the user guide (resources/guide/<lang>/images/), at 1366x768, in every language.

Run offscreen by `make screenshots`: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/guide_screenshots.py
Each picture is one screen a page of the guide explains, as the role that uses it sees it.
"""
from __future__ import annotations

import sys

from screens import close, load, main_window, save, scratch_register, shown

from register.access import Actor
from register.synthetic import demo_lines
from ui.desktop import i18n
from ui.desktop.event_form import EventDialog
from ui.desktop.intake import IntakeWizard
from ui.desktop.user_guide import GUIDE
from ui.desktop.whereabouts import WhereaboutsWindow

OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
PROSECUTOR = Actor("prosecutor1", "prosecutor", "Ержан Төлеуов")
MONITOR = Actor("monitor1", "monitor", "Гүлнар Әбенова")
DESK = Actor("desk1", "inquiry_desk", "Мадина Оспанова")
TIMELINE_OF = "Нұржан Болатұлы Сейітов"  # a minor with a breach and clocks still running


def shoot(register, lang: str) -> None:
    i18n.install(lang)
    folder = GUIDE / lang / "images"
    folder.mkdir(parents=True, exist_ok=True)
    window = main_window(register, OFFICER)
    save(window, "board", folder)
    row = next(r for r in range(window.board.model.rowCount())
               if window.board.model.row_at(r).person_name == TIMELINE_OF)
    custody = window.board.model.row_at(row).custody_id
    window.open_custody(custody)
    save(window, "timeline", folder)
    wizard = shown(IntakeWizard(window.service, window), (900, 700))
    save(wizard, "intake", folder)
    dialog = EventDialog(window.service, custody, "notification", window)
    dialog.show()
    save(dialog, "event", folder)
    close(wizard, dialog, window)

    window = main_window(register, PROSECUTOR)
    window.tabs.setCurrentWidget(window.alerts)
    save(window, "inbox", folder)
    close(window)

    window = main_window(register, MONITOR)
    window.tabs.setCurrentWidget(window.reports)
    save(window, "reports", folder)
    close(window)

    desk = shown(WhereaboutsWindow(register, DESK))
    save(desk, "whereabouts", folder)
    close(desk)


def main() -> int:
    with scratch_register("demo.db") as (register, clock):
        load(register, demo_lines(clock.now()))
        for lang in i18n.LANGUAGES:
            shoot(register, lang)
    print(f"guide screenshots written under {GUIDE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
