"""Screenshots of the whereabouts desk for docs/screenshots: at 1366x768, in Kazakh and Russian, with a held
person answered, an apprehension reported, and the custody registered for it two hours later.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_whereabouts.py
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from register.access import Actor  # noqa: E402
from register.domain import Custody, Person  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from tests.whereabouts.people import people_lines  # noqa: E402
from ui.desktop import i18n  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402
from ui.desktop.whereabouts import WhereaboutsWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
DESK = Actor("desk1", "inquiry_desk", "Сауле Жақсыбекова")
OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
ASKERS = {"kk": ("Қасымова Гүлжан", "анасы", "+7 701 555 12 12", "Касымов Ерлан"),
          "ru": ("Омаров Бауыржан", "брат", "+7 702 333 44 55", "Omarova Asel")}


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    apply_style(app, dark=False)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        clock = ManualClock(datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc))
        register = open_register(f"sqlite:///{scratch}/desk.db", clock)
        try:
            register.as_user(Actor.command_line()).records.import_lines(people_lines())
            desk = register.as_user(DESK).whereabouts
            taken = clock.now() - timedelta(hours=3)
            desk.report_apprehension(desk_asker("Сериков Даулет", "әкесі", "+7 777 000 00 00"), "Сериков Арман",
                                     date(2004, 5, 6), None, "Абай даңғылы, метро жанында", taken)
            clock.advance(hours=2)
            officer = register.as_user(OFFICER)
            officer.records.intake(Person("P-9", "Сериков Арман", date(2004, 5, 6), "male", "KZ", ("kk",)),
                                   Custody("C-9", "P-9", "suspect", "robbery", "Investigator Aliev"),
                                   [officer.records.new_event("C-9", "apprehension", taken + timedelta(hours=1),
                                                              {"place": "Абай даңғылы", "officers": ["sgt.omarov"],
                                                               "reason": "suspicion"})])
            for lang in ("kk", "ru"):
                i18n.install(lang)
                window = WhereaboutsWindow(register, DESK)
                window.resize(*SIZE)
                window.show()
                view = window.view
                name, relation, contact, query = ASKERS[lang]
                view.asker_name.setText(name)
                view.asker_relation.setText(relation)
                view.asker_contact.setText(contact)
                view.language.setCurrentIndex(view.language.findData(lang))
                view.query.setText(query)
                view.search()
                view.answer_selected()
                for _ in range(3):
                    app.processEvents()
                window.grab().save(str(OUT / f"whereabouts_{lang}.png"))
                window.close()
        finally:
            register.close()
    return 0


def desk_asker(name: str, relation: str, contact: str):
    from register.services.whereabouts import Asker
    return Asker(name, relation, contact)


if __name__ == "__main__":
    sys.exit(main())
