"""The 1366x768 layout pass (issue 15) for docs/screenshots: the alert inbox, the reports view, the injury
register, the complaints tab, the handover screen and a timeline's time axis in the main window, and the
whereabouts desk's own window, in English, Russian and Kazakh, on a fresh demo register. Each image is looked at for cut text.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_layout.py
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
from ui.desktop.handover import HandoverView  # noqa: E402
from ui.desktop.injury_register import InjuryRegisterView  # noqa: E402
from ui.desktop.main_window import MainWindow  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402
from ui.desktop.whereabouts import WhereaboutsWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
PROSECUTOR = Actor("prosecutor1", "prosecutor", "Бақытжан Әбдірахманов")
OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
DESK = Actor("desk1", "inquiry_desk", "Сауле Жақсыбекова")
SEARCHED = "Сейітов"
TIMELINE_OF = "Нұржан Болатұлы Сейітов"  # a minor questioned alone: the longest rule title on the time axis


def settle(app: QApplication) -> None:
    while under_way():  # the background work has delivered what the screen shows
        app.processEvents()
    for _ in range(3):
        app.processEvents()


def shoot(app: QApplication, window, tab, name: str, lang: str) -> None:
    window.tabs.setCurrentWidget(tab)
    settle(app)
    window.grab().save(str(OUT / f"layout_{name}_{lang}.png"))


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
        register.as_user(Actor.without_accounts()).records.import_lines(
            [dump_line(record) for record in demo_records(clock.now())])
        try:
            for lang in ("en", "ru", "kk"):
                i18n.install(lang)
                window = MainWindow(register, PROSECUTOR)
                window.resize(*SIZE)
                window.show()
                settle(app)
                injuries = next(t for t in window.record_tabs if isinstance(t, InjuryRegisterView))
                for tab, name in ((window.alerts, "alert_inbox"), (window.reports, "reports"),
                                  (window.complaints, "complaints"), (injuries, "injury_register")):
                    shoot(app, window, tab, name, lang)
                window.close()
                window = MainWindow(register, OFFICER)
                window.resize(*SIZE)
                window.show()
                settle(app)
                handover = next(t for t in window.record_tabs if isinstance(t, HandoverView))
                handover.read()  # the people held, as the outgoing officer reads them
                shoot(app, window, handover, "handover", lang)
                child = next(r for r in range(window.board.model.rowCount())
                             if window.board.model.row_at(r).person_name == TIMELINE_OF)
                shoot(app, window, window.open_custody(window.board.model.row_at(child).custody_id), "timeline", lang)
                window.close()
                desk = WhereaboutsWindow(register, DESK)
                desk.resize(*SIZE)
                desk.show()
                desk.view.query.setText(SEARCHED)
                desk.view.search()
                settle(app)
                desk.grab().save(str(OUT / f"layout_whereabouts_{lang}.png"))
                desk.close()
                settle(app)
        finally:
            register.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
