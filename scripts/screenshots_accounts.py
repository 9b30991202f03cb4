"""Screenshots of the accounts screens for docs/screenshots, in Kazakh at a station's 1366x768: the first start
on a register without accounts, and the administrator's accounts screen.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_accounts.py
"""
from __future__ import annotations

import sys

from screens import OUT, load, main_window, save, scratch_register

from register import accounts
from register.synthetic import demo_lines
from ui.desktop import i18n
from ui.desktop.first_run import FirstRunDialog

PASSWORD = "screenshot passphrase"
STAFF = (("daulet", "Даулет Ахметов", "duty_officer", 0), ("aliya", "Әлия Нұрланқызы", "medical", 0),
         ("serik", "Серік Оспанов", "investigator", 1), ("gulnar", "Гүлнар Сейітова", "prosecutor", None),
         ("marat", "Марат Қасымов", "monitor", None))


def main() -> int:
    with scratch_register("register.db") as (register, clock):
        i18n.install("kk")
        first = FirstRunDialog(register)
        first.username_edit.setText("aigerim")
        first.full_name_edit.setText("Айгерім Сапарова")
        first.password_edit.setText("1234567890")
        first.repeat_edit.setText("1234567890")
        first.create_button.click()  # a common password: the refusal shows in Kazakh
        first.show()
        save(first, "first_run_kk")
        first.close()

        load(register, demo_lines(clock.now()))
        admin = accounts.create_first_admin(register, "aigerim", "Айгерім Сапарова", PASSWORD)
        manage = register.as_user(admin)
        facilities = [f.id for f in manage.board.facilities()]
        for username, name, role, facility in STAFF:
            manage.accounts.create_account(username, name, role, PASSWORD,
                                           [] if facility is None else [facilities[facility]])
        manage.accounts.disable("serik")
        manage.accounts.set_password("aliya", "a reset passphrase")
        accounts.authenticate(register, "daulet", PASSWORD)
        window = main_window(register, accounts.authenticate(register, "aigerim", PASSWORD))
        window.tabs.setCurrentWidget(window.accounts_view)
        window.accounts_view.refresh()
        window.accounts_view.select("daulet")
        save(window, "admin_kk")
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
