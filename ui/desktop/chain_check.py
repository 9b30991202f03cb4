"""Checking the hash chain away from the GUI thread: on a national register it takes minutes.

Worker-object pattern: `ChainChecker` lives in its own QThread and answers a
queued signal; its verdict comes back to the GUI thread as a queued signal too.
It calls the register through a service of its own, and every service opens
one session per call, so no SQLAlchemy session is ever shared between threads.

Before each check it rebuilds the board's projection if a change of rule profile
left it stale: also whole-register work, and the alert inbox is slower until it is done.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from register.chain import VerificationStopped
from register.service import Services


class ChainChecker(QObject):
    verdict_ready = Signal(object)  # register.chain.Verdict, kept a Python object (not converted by Qt)
    failed = Signal(str)  # the check could not run at all (no permission, database unreachable)
    projection_refreshed = Signal(int)  # custodies judged again after a change of rule profile

    def __init__(self, service: Services):
        super().__init__()
        self.service = service
        self.stopping = threading.Event()  # set from the GUI thread when the window closes

    @Slot()
    def verify(self) -> None:
        try:
            refreshed = self.service.maintenance.refresh_stale_projection()
            if refreshed is not None:
                self.projection_refreshed.emit(refreshed)
            verdict = self.service.chain.verify(keep_going=lambda: not self.stopping.is_set())
        except VerificationStopped:
            return  # the window is closing: nobody is waiting for the verdict
        except Exception as error:  # noqa: BLE001 - reported to the window, never lost in the worker thread
            self.failed.emit(str(error))
            return
        self.verdict_ready.emit(verdict)


class ChainCheckThread(QObject):
    """Owns the worker and its thread; `request()` starts a check unless one is running."""

    requested = Signal()
    verdict_ready = Signal(object)
    failed = Signal(str)
    projection_refreshed = Signal(int)

    def __init__(self, service: Services, parent: QObject | None = None):
        super().__init__(parent)
        self.running = False
        self.thread = QThread(self)
        self.worker = ChainChecker(service)
        self.worker.moveToThread(self.thread)
        self.requested.connect(self.worker.verify)
        self.worker.verdict_ready.connect(self._verdict)
        self.worker.failed.connect(self._failed)
        self.worker.projection_refreshed.connect(self.projection_refreshed)
        self.thread.finished.connect(self.worker.deleteLater)
        self.thread.start()

    def request(self) -> bool:
        """Ask for a check; False when one is already under way (its verdict will come)."""
        if self.running or not self.thread.isRunning():
            return False
        self.running = True
        self.requested.emit()
        return True

    def stop(self) -> None:
        """End the thread, cutting short a check under way (called on close and in test teardown)."""
        self.worker.stopping.set()
        self.thread.quit()
        self.thread.wait()

    @Slot(object)
    def _verdict(self, verdict) -> None:
        self.running = False
        self.verdict_ready.emit(verdict)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)
