"""Garbage collection in the GUI thread only (after Anki's garbage collector in aqt).

A Qt object caught in a reference cycle is destroyed by whichever thread happens to run the collection. When
that is a pool thread of a background operation (it allocates while it reads the register), a widget's C++
side is torn down outside the GUI thread while the event loop may be using it, and the process crashes
(seen once in a CI run: a segmentation fault while a property receipt was written in the background). So the
automatic collection is switched off and the GUI thread collects on a timer instead.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

COLLECT_EVERY_MS = 5 * 60 * 1000  # cycles are rare in this program: a few minutes' garbage is small


class GuiThreadCollector(QObject):
    """Owns the process's garbage collection from the moment it is made (make it in the GUI thread)."""

    def __init__(self, parent: QObject | None = None, every_ms: int = COLLECT_EVERY_MS):
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(every_ms)

    def collect(self) -> int:
        """A full collection, here in the GUI thread; returns how many objects were unreachable."""
        return gc.collect()
