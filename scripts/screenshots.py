"""Screenshots of the desktop for docs/screenshots: a fresh demo register, in English, Russian and Kazakh.

The main window at 1366x768 (the smallest screen stations have), the dialogs at their default sizes:
each is looked at for cut text before a release.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""
from __future__ import annotations

import sys

from screens import OUT, close, load, main_window, save, scratch_register

from register.access import Actor
from register.synthetic import demo_lines
from ui.desktop import i18n
from ui.desktop.event_form import EventDialog
from ui.desktop.intake import IntakeWizard

OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
TIMELINE_OF = "Нұржан Болатұлы Сейітов"  # a minor with a breach and clocks still running


def main() -> int:
    with scratch_register("demo.db") as (register, clock):
        load(register, demo_lines(clock.now()))
        for lang in ("en", "ru", "kk"):
            i18n.install(lang)
            window = main_window(register, OFFICER)  # settled: the status bar shows the verdict, not "checking…"
            save(window, f"board_{lang}")
            row = next(r for r in range(window.board.model.rowCount())
                       if window.board.model.row_at(r).person_name == TIMELINE_OF)
            custody_id = window.board.model.row_at(row).custody_id
            window.open_custody(custody_id)
            save(window, f"timeline_{lang}")
            for event_type in ("notification", "rights_informed"):
                dialog = EventDialog(window.service, custody_id, event_type, window)
                dialog.show()
                save(dialog, f"event_{event_type}_{lang}")
                dialog.close()
            wizard = IntakeWizard(window.service, window)
            wizard.show()
            save(wizard, f"intake_{lang}")
            wizard.person_page.full_name.setText("Нурлан Абаев")
            wizard.person_page.sex.set_value("male")
            wizard.next()
            save(wizard, f"intake_apprehension_{lang}")
            wizard.close()
            close(window)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
