"""Screenshots of the complaints register, the prosecutor's inbox with an allegation, and the reprisal-risk
flags for docs/screenshots: at 1366x768, in Kazakh and Russian.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_complaints.py
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone

from screens import close, load, main_window, save, scratch_register, settle

from register.access import Actor
from tests.ui.conftest import small_register_lines
from ui.desktop import i18n

OFFICER = Actor("sgt.kasymov", "duty_officer", "Айгерім Сапарова")
MEDIC = Actor("dr.nurova", "medical", "Әйгерім Нұрова")
OMBUDSMAN = Actor("omb1", "monitor", "Дана Исаева")
PROSECUTOR = Actor("pros1", "prosecutor", "Нұрлан Сейітов")


def main() -> int:
    with scratch_register("complaints.db", datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)) as (register, clock):
        load(register, small_register_lines())
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
                window = main_window(register, actor)
                window.tabs.setCurrentWidget(getattr(window, tab))
                settle()
                if tab == "complaints":
                    window.complaints.table.selectRow(0)
                save(window, f"{name}_{lang}")
                close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
