"""Screenshots of the monitor's witness desk for docs/monitors-guide.*.md: at 1366x768, in Kazakh, Russian and
English: a printed timeline's QR text verified, the alarm after an insider rewrote the apprehension time, and the
same printout checked again, naming the changed record.

Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_witness.py
"""
from __future__ import annotations

import sys
from datetime import datetime, timezone

from screens import OUT, close, load, main_window, scratch_register, settle

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from register.access import Actor
from tests.test_insider import move_apprehension
from tests.ui.conftest import small_register_lines
from ui.desktop import i18n

MONITORS = {"kk": Actor("mon1", "monitor", "Дана Сейітова"), "ru": Actor("mon1", "monitor", "Дана Сеитова"),
            "en": Actor("mon1", "monitor", "Dana Seitova")}


def shot(window: QWidget, over: QWidget, name: str) -> None:
    """The window with a dialog drawn over its middle, as the user sees them."""
    settle()
    picture = window.grab()
    front = over.grab()
    painter = QPainter(picture)
    painter.drawPixmap(QPoint((picture.width() - front.width()) // 2, (picture.height() - front.height()) // 2),
                       front)
    painter.end()
    picture.save(str(OUT / f"{name}.png"))


def main() -> int:
    for lang, monitor in MONITORS.items():  # a register each: the witness has seen none of it before
        with scratch_register("register.db", datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc)) as (register, clock):
            load(register, small_register_lines())
            i18n.install(lang)
            qr = register.as_user(monitor).reports.timeline_report("C-1").evidence
            window = main_window(register, monitor)
            dialog = window.witness_desk.verify_evidence()
            dialog.qr_text.setPlainText(qr)
            dialog.check_text()
            shot(window, dialog, f"witness_verify_{lang}")
            close(window)

            move_apprehension(register, datetime(2026, 1, 5, 12, 0, tzinfo=timezone.utc))  # two hours later
            clock.advance(hours=20)
            window = main_window(register, monitor)
            shot(window, window.witness_desk.alarm_box, f"witness_alarm_{lang}")
            window.witness_desk.alarm_box.close()
            dialog = window.witness_desk.verify_evidence()
            dialog.qr_text.setPlainText(qr)
            dialog.check_text()
            shot(window, dialog, f"witness_mismatch_{lang}")
            close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main())
