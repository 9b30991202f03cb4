"""Run alone by the benchmark: `python -m benchmarks.memory URL` prints the resident MB and what was built.

A separate process, so the figure is the app's own footprint and not the benchmark's.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from benchmarks.data import END
from register.access import Actor
from register.now import ManualClock
from register.opening import open_register
from register.services.board import BoardQuery


def resident_megabytes() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def main(url: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.desktop.board import BoardModel
    app = QApplication.instance() or QApplication([])
    service = open_register(url, ManualClock(END)).as_user(Actor.without_accounts())
    model = BoardModel(service, BoardQuery(), END)
    app.processEvents()
    what = f"ui.desktop.board.BoardModel offscreen, {model.rowCount()} of {model.total} rows fetched"
    print(f"{resident_megabytes():.0f} {what}")


if __name__ == "__main__":
    main(sys.argv[1])
