"""The status bar's chain count moves with the register: a write shows at once, a new check verifies it."""
from __future__ import annotations

import re
from datetime import datetime, timezone

from tests.ui.conftest import OFFICER
from ui.desktop.main_window import MainWindow


def test_the_chain_count_follows_each_write(qtbot, small_register):
    window = MainWindow(small_register, OFFICER)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.chain_label.text().startswith("Chain verified:"))
    verified = int(re.search(r"\d+", window.chain_label.text()).group())

    window.service.records.record_event("C-1", "placement", datetime(2026, 1, 5, 11, 59, tzinfo=timezone.utc),
                                        {"location": "Cell 8"})
    window.on_recorded("C-1")  # the board and the chain's head are read again in the background
    qtbot.waitUntil(lambda: window.chain_label.text() == f"Chain: {verified + 1} records, {verified} of them verified")

    window.verify_action.trigger()
    qtbot.waitUntil(lambda: window.chain_label.text() == f"Chain verified: {verified + 1} records")
    window.close()
