"""Screenshots of the accounts screens for docs/screenshots, in Kazakh at a station's 1366x768: the first start
on a register without accounts, and the administrator's accounts screen.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_accounts.py
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

from register import accounts  # noqa: E402
from register.access import Actor  # noqa: E402
from register.interchange import dump_line  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from register.synthetic import demo_records  # noqa: E402
from ui.desktop import i18n  # noqa: E402
from ui.desktop.first_run import FirstRunDialog  # noqa: E402
from ui.desktop.main_window import MainWindow  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
PASSWORD = "screenshot passphrase"
STAFF = (("daulet", "Даулет Ахметов", "duty_officer", 0), ("aliya", "Әлия Нұрланқызы", "medical", 0),
         ("serik", "Серік Оспанов", "investigator", 1), ("gulnar", "Гүлнар Сейітова", "prosecutor", None),
         ("marat", "Марат Қасымов", "monitor", None))


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    apply_style(app, dark=False)
    i18n.install("kk")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        clock = ManualClock(datetime.now(timezone.utc).replace(second=0, microsecond=0))
        register = open_register(f"sqlite:///{scratch}/register.db", clock)
        try:
            first = FirstRunDialog(register)
            first.username_edit.setText("aigerim")
            first.full_name_edit.setText("Айгерім Сапарова")
            first.password_edit.setText("1234567890")
            first.repeat_edit.setText("1234567890")
            first.create_button.click()  # a common password: the refusal shows in Kazakh
            first.show()
            settle(app)
            first.grab().save(str(OUT / "first_run_kk.png"))
            first.close()

            register.as_user(Actor.without_accounts()).records.import_lines(
                [dump_line(record) for record in demo_records(clock.now())])
            admin = accounts.create_first_admin(register, "aigerim", "Айгерім Сапарова", PASSWORD)
            manage = register.as_user(admin)
            facilities = [f.id for f in manage.board.facilities()]
            for username, name, role, facility in STAFF:
                manage.accounts.create_account(username, name, role, PASSWORD,
                                               [] if facility is None else [facilities[facility]])
            manage.accounts.disable("serik")
            manage.accounts.set_password("aliya", "a reset passphrase")
            accounts.authenticate(register, "daulet", PASSWORD)
            window = MainWindow(register, accounts.authenticate(register, "aigerim", PASSWORD))
            window.resize(*SIZE)
            window.show()
            window.tabs.setCurrentWidget(window.accounts_view)
            window.accounts_view.refresh()
            window.accounts_view.select("daulet")
            while window.chain_check.running:
                app.processEvents()
            settle(app)
            window.grab().save(str(OUT / "admin_kk.png"))
            window.close()
        finally:
            register.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
