"""Screenshots of the desktop for docs/screenshots: a fresh demo register, in English, Russian and Kazakh.

The main window at 1366x768 (the smallest screen stations have), the dialogs at their default sizes:
each is looked at for cut text before a release.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from register.access import Actor  # noqa: E402
from register.interchange import dump_line  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from register.synthetic import demo_records  # noqa: E402
from ui.desktop import i18n  # noqa: E402
from ui.desktop.background import under_way  # noqa: E402
from ui.desktop.event_form import EventDialog  # noqa: E402
from ui.desktop.intake import IntakeWizard  # noqa: E402
from ui.desktop.mass_intake import MassIntakeDialog  # noqa: E402
from ui.desktop.main_window import MainWindow  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
TIMELINE_OF = "Нұржан Болатұлы Сейітов"  # a minor with a breach and clocks still running


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    apply_style(app, dark=False)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        clock = ManualClock(datetime.now(timezone.utc).replace(second=0, microsecond=0))
        register = open_register(f"sqlite:///{scratch}/demo.db", clock)
        operator = register.as_user(Actor.without_accounts())
        operator.records.import_lines([dump_line(record) for record in demo_records(clock.now())])
        try:
            for lang in ("en", "ru", "kk"):
                i18n.install(lang)
                window = MainWindow(register, OFFICER)
                window.resize(*SIZE)
                window.show()
                while under_way():  # the status bar shows the verdict, not "checking…"
                    app.processEvents()
                settle(app)
                window.grab().save(str(OUT / f"board_{lang}.png"))
                row = next(r for r in range(window.board.model.rowCount())
                           if window.board.model.row_at(r).person_name == TIMELINE_OF)
                window.open_custody(window.board.model.row_at(row).custody_id)
                settle(app)
                window.grab().save(str(OUT / f"timeline_{lang}.png"))
                custody_id = window.board.model.row_at(row).custody_id
                for event_type in ("notification", "rights_informed"):
                    dialog = EventDialog(window.service, custody_id, event_type, window)
                    dialog.show()
                    settle(app)
                    dialog.grab().save(str(OUT / f"event_{event_type}_{lang}.png"))
                    dialog.close()
                wizard = IntakeWizard(window.service, window)
                wizard.show()
                settle(app)
                wizard.grab().save(str(OUT / f"intake_{lang}.png"))
                wizard.person_page.full_name.setText("Нурлан Абаев")
                wizard.person_page.sex.set_value("male")
                wizard.next()
                settle(app)
                wizard.grab().save(str(OUT / f"intake_apprehension_{lang}.png"))
                wizard.close()
                mass = MassIntakeDialog(window.service, window)
                mass.show()
                mass.apprehension.time.set_now()
                settle(app)
                mass.grab().save(str(OUT / f"mass_intake_{lang}.png"))
                mass.close()
                window.close()
                window.deleteLater()
                settle(app)
        finally:
            register.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
