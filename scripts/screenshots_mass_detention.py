"""Screenshots of a mass detention's desk for docs/screenshots, at 1366x768 in Kazakh, Russian and English:
the mass intake filled in, its confirmation with the new custody numbers, and the group placement dialog.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_mass_detention.py
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
from register.interchange import dump_line  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from register.synthetic import demo_records  # noqa: E402
from ui.desktop import i18n  # noqa: E402
from ui.desktop.background import under_way  # noqa: E402
from ui.desktop.group_action import GroupActionDialog, rows_of  # noqa: E402
from ui.desktop.main_window import MainWindow  # noqa: E402
from ui.desktop.mass_intake import MassIntakeDialog  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768)
OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
PEOPLE = [  # name, born or age, citizenship, languages
    ("Нұрлан Әбенов", "1990-04-01", "KZ", "kk ru"),
    ("Дана Сейтқали", "30", "KZ", "kk"),
    ("Тимур Рахимов", "", "", "ru"),
    ("Әлия Бекова", "14.02.2001", "KZ", "kk ru"),
    ("Иван Соколов", "45", "RU", "ru"),
    ("Қайрат Жұмабеков", "2008-12-20", "KZ", "kk"),
]


def settle(app: QApplication) -> None:
    while under_way():
        app.processEvents()
    for _ in range(3):
        app.processEvents()


def fill(dialog: MassIntakeDialog, facility: str, apprehended: datetime) -> None:
    shared = dialog.apprehension
    shared.time.set_value(apprehended)
    shared.form.editors["place"].setText("Республика алаңы")
    shared.form.editors["officers"].set_values(["м-р Төлегенов"])
    shared.form.editors["reason"].setText("жаппай тәртіпсіздік")
    shared.no_video.setChecked(True)
    shared.form.editors["video_missing_reason"].setText("бейнекамера берілмеген")
    shared.status.set_value("administrative")
    shared.grounds.setText("ӘҚБтК 488-бабы")
    shared.ordering_authority.setText("Алмалы АПБ")
    dialog.arrival.editors["facility"].set_value(facility)
    dialog.arrival.time.set_value(apprehended + timedelta(hours=1))
    for name, born, citizenship, languages in PEOPLE:
        dialog.name.setText(name)
        dialog.born.setText(born)
        dialog.citizenship.setText(citizenship)
        dialog.languages.setText(languages)
        dialog.add_row()


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
        apprehended = clock.now() - timedelta(hours=2)
        try:
            for lang in ("kk", "ru", "en"):
                i18n.install(lang)
                window = MainWindow(register, OFFICER)
                window.resize(*SCREEN)
                window.show()
                settle(app)
                facility = window.service.board.facilities()[0].id
                window.mass_intake_action.trigger()
                dialog = window.findChild(MassIntakeDialog)
                dialog.resize(min(SCREEN[0], dialog.width()), min(SCREEN[1], dialog.height()))
                fill(dialog, facility, apprehended)
                settle(app)
                dialog.grab().save(str(OUT / f"mass_intake_{lang}.png"))
                dialog.register_all()
                settle(app)
                summary = dialog.summary
                summary.grab().save(str(OUT / f"mass_intake_done_{lang}.png"))
                window.grab().save(str(OUT / f"board_mass_intake_{lang}.png"))
                rows = rows_of(window.service, summary.numbers())
                summary.accept()
                group = GroupActionDialog(window.service, rows, "placement", window)
                group.form.editors["location"].setText("Камера 5")
                group.set_exception(1, "Медпункт")
                group.show()
                settle(app)
                group.grab().save(str(OUT / f"group_action_{lang}.png"))
                group.type_box.set_value("notification")
                group.set_exception(2, "unsuccessful")
                settle(app)
                group.grab().save(str(OUT / f"group_notification_{lang}.png"))
                group.reject()
                window.close()
                window.deleteLater()
                settle(app)
        finally:
            register.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
