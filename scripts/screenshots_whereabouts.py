"""Screenshots of the whereabouts desk for docs/screenshots: at 1366x768, in Kazakh and Russian, with a held
person answered, an apprehension reported, and the custody registered for it two hours later; then, in the three
languages, a search with more namesakes than the list shows.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_whereabouts.py
"""
from __future__ import annotations

import sys
from datetime import date, datetime, timedelta, timezone

from screens import close, load, save, scratch_register, shown

from register.access import Actor
from register.domain import Custody, Person
from register.services.whereabouts import Asker
from tests.whereabouts.people import namesake_lines, people_lines
from ui.desktop import i18n
from ui.desktop.whereabouts import WhereaboutsWindow

DESK = Actor("desk1", "inquiry_desk", "Сауле Жақсыбекова")
OFFICER = Actor("duty1", "duty_officer", "Айгерім Сапарова")
ASKERS = {"kk": ("Қасымова Гүлжан", "анасы", "+7 701 555 12 12", "Касымов Ерлан"),
          "ru": ("Омаров Бауыржан", "брат", "+7 702 333 44 55", "Omarova Asel")}


def main() -> int:
    with scratch_register("desk.db", datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)) as (register, clock):
        load(register, people_lines())
        desk = register.as_user(DESK).whereabouts
        taken = clock.now() - timedelta(hours=3)
        desk.report_apprehension(Asker("Сериков Даулет", "әкесі", "+7 777 000 00 00"), "Сериков Арман",
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
            window = shown(WhereaboutsWindow(register, DESK))
            view = window.view
            name, relation, contact, query = ASKERS[lang]
            view.asker_name.setText(name)
            view.asker_relation.setText(relation)
            view.asker_contact.setText(contact)
            view.language.setCurrentIndex(view.language.findData(lang))
            view.query.setText(query)
            view.search()
            view.answer_selected()
            save(window, f"whereabouts_{lang}")
            close(window)
        load(register, namesake_lines(20))
        for lang in ("kk", "ru", "en"):
            i18n.install(lang)
            window = shown(WhereaboutsWindow(register, DESK))
            window.view.query.setText("Касымов Ерлан")
            window.view.search()
            save(window, f"whereabouts_namesakes_{lang}")
            close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
