"""Screenshots of a mass detention's desk for docs/screenshots, at 1366x768 in Kazakh, Russian and English:
the mass intake filled in, its confirmation with the new custody numbers, and the group placement dialog.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_mass_detention.py
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta

from screens import OUT, SIZE, close, load, main_window, save, scratch_register

from register.access import Actor
from register.synthetic import demo_lines
from ui.desktop import i18n
from ui.desktop.group_action import GroupActionDialog, rows_of
from ui.desktop.mass_intake import MassIntakeDialog

OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
PEOPLE = [  # name, born or age, citizenship, languages
    ("Нұрлан Әбенов", "1990-04-01", "KZ", "kk ru"),
    ("Дана Сейтқали", "30", "KZ", "kk"),
    ("Тимур Рахимов", "", "", "ru"),
    ("Әлия Бекова", "14.02.2001", "KZ", "kk ru"),
    ("Иван Соколов", "45", "RU", "ru"),
    ("Қайрат Жұмабеков", "2008-12-20", "KZ", "kk"),
]


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
    with scratch_register("demo.db") as (register, clock):
        load(register, demo_lines(clock.now()))
        apprehended = clock.now() - timedelta(hours=2)
        for lang in ("kk", "ru", "en"):
            i18n.install(lang)
            window = main_window(register, OFFICER)
            facility = window.service.board.facilities()[0].id
            window.mass_intake_action.trigger()
            dialog = window.findChild(MassIntakeDialog)
            dialog.resize(min(SIZE[0], dialog.width()), min(SIZE[1], dialog.height()))
            fill(dialog, facility, apprehended)
            save(dialog, f"mass_intake_{lang}")
            dialog.register_all()
            summary = dialog.summary
            save(summary, f"mass_intake_done_{lang}")
            save(window, f"board_mass_intake_{lang}")
            rows = rows_of(window.service, summary.numbers())
            summary.accept()
            group = GroupActionDialog(window.service, rows, "placement", window)
            group.form.editors["location"].setText("Камера 5")
            group.set_exception(1, "Медпункт")
            group.show()
            save(group, f"group_action_{lang}")
            group.type_box.set_value("notification")
            group.set_exception(2, "unsuccessful")
            save(group, f"group_notification_{lang}")
            group.reject()
            close(window)
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
