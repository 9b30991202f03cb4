"""The desktop's "now": a QTimer that reads the register's injected clock.

Every live display (clock chips, time since apprehension, the time axis) listens
to one Ticker, so a test moves a ManualClock and calls `tick()` instead of sleeping.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from register.now import Clock

INTERVAL_MS = 1000


class Ticker(QObject):
    ticked = Signal(object)  # the new "now", an aware UTC datetime

    def __init__(self, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._now = clock.now()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

    @property
    def now(self) -> datetime:
        return self._now

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def tick(self) -> None:
        self._now = self._clock.now()
        self.ticked.emit(self._now)
