"""The status bar's chain count moves with the register: a write shows at once, a new check verifies it."""
from __future__ import annotations

import re
from datetime import datetime, timezone

from tests.ui.conftest import OFFICER
from ui.desktop.main_window import MainWindow


def chain_counts(window) -> tuple[int, int] | None:
    """(records in the chain, records verified) as the status bar says them; None while nothing is verified.
    Every board read is itself a chained access record, so the total may run ahead of the last check."""
    text = window.chain_label.text()
    if match := re.fullmatch(r"Chain verified: (\d+) records", text):
        return int(match[1]), int(match[1])
    if match := re.fullmatch(r"Chain: (\d+) records, (\d+) of them verified", text):
        return int(match[1]), int(match[2])
    return None


def test_the_chain_count_follows_each_write(qtbot, small_register):
    window = MainWindow(small_register, OFFICER)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: chain_counts(window) is not None)
    before, _ = chain_counts(window)

    window.service.records.record_event("C-1", "placement", datetime(2026, 1, 5, 11, 59, tzinfo=timezone.utc),
                                        {"location": "Cell 8"})
    window.on_recorded("C-1")  # the board and the chain's head are read again in the background
    qtbot.waitUntil(lambda: chain_counts(window)[0] > before)
    assert chain_counts(window)[1] <= before, "the new record is counted, not yet verified"

    window.verify_action.trigger()
    qtbot.waitUntil(lambda: chain_counts(window) is not None and chain_counts(window)[1] > before)
    window.close()
