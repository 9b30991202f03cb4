"""Screenshots of the complaints register, the prosecutor's inbox with an allegation, and the reprisal-risk
flags for docs/screenshots: at 1366x768, in Kazakh and Russian.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_complaints.py
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from register.access import Actor  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from tests.ui.conftest import small_register_lines  # noqa: E402
from ui.desktop import i18n  # noqa: E402
from ui.desktop.main_window import MainWindow  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
OFFICER = Actor("sgt.kasymov", "duty_officer", "Айгерім Сапарова")
MEDIC = Actor("dr.nurova", "medical", "Әйгерім Нұрова")
OMBUDSMAN = Actor("omb1", "monitor", "Дана Исаева")
PROSECUTOR = Actor("pros1", "prosecutor", "Нұрлан Сейітов")


def settle(app, rounds: int = 40) -> None:
    for _ in range(rounds):
        app.processEvents()
        QApplication.instance().thread().msleep(25)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    apply_style(app, dark=False)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        clock = ManualClock(datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc))
        register = open_register(f"sqlite:///{scratch}/complaints.db", clock)
        try:
            register.as_user(Actor.without_accounts()).records.import_lines(small_register_lines())
            register.as_user(MEDIC).records.record_event("C-2", "medical_exam", clock.now() - timedelta(hours=2), {
                "physician": "Dr Nurova", "report_number": "M-114", "injuries": True, "non_medical_present": False})
            officer = register.as_user(OFFICER)
            officer.records.record_event("C-1", "complaint", clock.now() - timedelta(minutes=40), {
                "addressee": "Уполномоченный по правам человека", "subject": "Сержант ударил меня на допросе",
                "body": "ombudsman", "ill_treatment": True})
            officer.records.record_event("C-2", "complaint", clock.now() - timedelta(minutes=20), {
                "addressee": "НПМ", "subject": "В камере холодно, нет одеяла", "body": "npm"})
            ombudsman = register.as_user(OMBUDSMAN)
            ombudsman.confidential.set_flag("P-1", "Жалоба Уполномоченному на избиение сержантом")
            for lang in ("kk", "ru"):
                i18n.install(lang)
                for actor, tab, name in ((OMBUDSMAN, "complaints", "complaints"), (OMBUDSMAN, "flags", "reprisal_flags"),
                                         (PROSECUTOR, "alerts", "inbox_allegations")):
                    window = MainWindow(register, actor)
                    window.resize(*SIZE)
                    window.show()
                    window.tabs.setCurrentWidget(getattr(window, tab))
                    settle(app)
                    if tab == "complaints":
                        window.complaints.table.selectRow(0)
                    settle(app, 5)
                    window.grab().save(str(OUT / f"{name}_{lang}.png"))
                    window.close()
                    settle(app, 5)
        finally:
            register.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
