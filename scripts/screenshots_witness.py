"""Screenshots of the monitor's witness desk for docs/monitors-guide.*.md: at 1366x768, in Kazakh, Russian and
English: a printed timeline's QR text verified, the alarm after an insider rewrote the apprehension time, and the
same printout checked again, naming the changed record.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_witness.py
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from models import immutability  # noqa: E402
from models.orm import IMMUTABLE_TABLES  # noqa: E402
from register.access import Actor  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from tests.test_insider import _rewrite_history  # noqa: E402
from tests.ui.conftest import small_register_lines  # noqa: E402
from ui.desktop import i18n  # noqa: E402
from ui.desktop.background import under_way  # noqa: E402
from ui.desktop.main_window import MainWindow  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
MONITORS = {"kk": Actor("mon1", "monitor", "Дана Сейітова"), "ru": Actor("mon1", "monitor", "Дана Сеитова"),
            "en": Actor("mon1", "monitor", "Dana Seitova")}


def settle(app: QApplication) -> None:
    deadline = time.monotonic() + 30
    while under_way() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def shot(window: QWidget, over: QWidget | None, path: Path) -> None:
    """The window with a dialog drawn over its middle, as the user sees them."""
    picture = window.grab()
    if over is not None:
        front = over.grab()
        painter = QPainter(picture)
        painter.drawPixmap(QPoint((picture.width() - front.width()) // 2, (picture.height() - front.height()) // 2),
                           front)
        painter.end()
    picture.save(str(path))


def rewrite_apprehension(register) -> None:
    """The insider: the apprehension two hours later, every hash and the Merkle tree recomputed."""
    with register.engine.begin() as connection:
        immutability.remove(connection, IMMUTABLE_TABLES)
        connection.execute(text("UPDATE event SET at = :at WHERE id = 'E-1'"),
                           {"at": datetime(2026, 1, 5, 12, 0)})
    _rewrite_history(register)
    with register.engine.begin() as connection:
        immutability.install(connection, IMMUTABLE_TABLES)


def window_for(register, actor) -> MainWindow:
    window = MainWindow(register, actor)
    window.resize(*SIZE)
    window.show()
    return window


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    apply_style(app, dark=False)
    for lang, monitor in MONITORS.items():
        with tempfile.TemporaryDirectory() as scratch:
            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
            os.environ["DETENTION_REGISTER_KEY"] = f"{scratch}/checkpoint-key"
            os.environ["DETENTION_REGISTER_WITNESS_DIR"] = f"{scratch}/witness"
            clock = ManualClock(datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc))
            register = open_register(f"sqlite:///{scratch}/register.db", clock)
            try:
                register.as_user(Actor.without_accounts()).records.import_lines(small_register_lines())
                i18n.install(lang)
                qr = register.as_user(monitor).reports.timeline_report("C-1").evidence
                window = window_for(register, monitor)
                settle(app)
                dialog = window.witness_desk.verify_evidence()
                dialog.qr_text.setPlainText(qr)
                dialog.check_text()
                settle(app)
                shot(window, dialog, OUT / f"witness_verify_{lang}.png")
                window.close()

                rewrite_apprehension(register)
                clock.advance(hours=20)
                window = window_for(register, monitor)
                settle(app)
                shot(window, window.witness_desk.alarm_box, OUT / f"witness_alarm_{lang}.png")
                window.witness_desk.alarm_box.close()
                dialog = window.witness_desk.verify_evidence()
                dialog.qr_text.setPlainText(qr)
                dialog.check_text()
                settle(app)
                shot(window, dialog, OUT / f"witness_mismatch_{lang}.png")
                window.close()
            finally:
                register.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
