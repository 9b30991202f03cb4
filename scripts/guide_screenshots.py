"""Screenshots of the user guide (resources/guide/<lang>/images/), at 1366x768, in every language.

Run offscreen by `make screenshots`: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/guide_screenshots.py
Each picture is one screen a page of the guide explains, as the role that uses it sees it.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

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
from ui.desktop.main_window import MainWindow  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402
from ui.desktop.whereabouts import WhereaboutsWindow  # noqa: E402
from ui.desktop.user_guide import GUIDE  # noqa: E402

SCREEN = (1366, 768)
OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
PROSECUTOR = Actor("prosecutor1", "prosecutor", "Ержан Төлеуов")
MONITOR = Actor("monitor1", "monitor", "Гүлнар Әбенова")
DESK = Actor("desk1", "inquiry_desk", "Мадина Оспанова")
TIMELINE_OF = "Нұржан Болатұлы Сейітов"  # a minor with a breach and clocks still running


def settle(app: QApplication) -> None:
    while under_way():
        app.processEvents()
    for _ in range(3):
        app.processEvents()


def save(app: QApplication, widget: QWidget, lang: str, name: str) -> None:
    settle(app)
    folder = GUIDE / lang / "images"
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / f"{name}.png"))


def main_window(app: QApplication, register, actor: Actor) -> MainWindow:
    window = MainWindow(register, actor)
    window.resize(*SCREEN)
    window.show()
    settle(app)
    return window


def close(app: QApplication, *widgets: QWidget) -> None:
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    settle(app)


def shoot(app: QApplication, register, lang: str) -> None:
    i18n.install(lang)
    window = main_window(app, register, OFFICER)
    save(app, window, lang, "board")
    row = next(r for r in range(window.board.model.rowCount())
               if window.board.model.row_at(r).person_name == TIMELINE_OF)
    custody = window.board.model.row_at(row).custody_id
    window.open_custody(custody)
    save(app, window, lang, "timeline")
    wizard = IntakeWizard(window.service, window)
    wizard.resize(900, 700)
    wizard.show()
    save(app, wizard, lang, "intake")
    dialog = EventDialog(window.service, custody, "notification", window)
    dialog.show()
    save(app, dialog, lang, "event")
    close(app, wizard, dialog, window)

    window = main_window(app, register, PROSECUTOR)
    window.tabs.setCurrentWidget(window.alerts)
    save(app, window, lang, "inbox")
    close(app, window)

    window = main_window(app, register, MONITOR)
    window.tabs.setCurrentWidget(window.reports)
    save(app, window, lang, "reports")
    close(app, window)

    desk = WhereaboutsWindow(register, DESK)
    desk.resize(*SCREEN)
    desk.show()
    save(app, desk, lang, "whereabouts")
    close(app, desk)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    apply_style(app, dark=False)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        clock = ManualClock(datetime.now(timezone.utc).replace(second=0, microsecond=0))
        register = open_register(f"sqlite:///{scratch}/demo.db", clock)
        register.as_user(Actor.without_accounts()).records.import_lines(
            [dump_line(record) for record in demo_records(clock.now())])
        try:
            for lang in i18n.LANGUAGES:
                shoot(app, register, lang)
        finally:
            register.close()
    print(f"guide screenshots written under {GUIDE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
