"""One way to run register work off the GUI thread (after Anki's `QueryOp`).

    BackgroundOp(parent, lambda job: service.chain.verify(keep_going=job.keep_going),
                 success=show_verdict, title=tr("Verify the chain")).run()

`work` runs in Qt's thread pool with a `Job` it may use to report progress and to
notice a cancel; it must not touch any widget (Qt widgets live in the GUI thread).
Its result, or its failure, comes back to the GUI thread as a queued signal: the
`success` callback gets the result; a failure is logged with its traceback and
shown in a dialog that does not block the window (an optional `failure` callback
is told too, e.g. to put a word in the status bar). After a cancel neither comes.
Every service opens one session per call, so no SQLAlchemy session crosses threads.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from register.errors import Rejected, RegisterError, Unusable
from ui.desktop.messages import fault_sentence, translate_message
from ui.desktop.texts import tr_args
from ui.logbook import LOGGER

log = LOGGER.getChild("background")  # into the rotating log file of ui.logbook
_alive: set["BackgroundOp"] = set()  # operations under way, kept until their answer is delivered


class Cancelled(Exception):
    """Raised by `Job.check()` when the user has cancelled: the work stops where it is."""


class Job:
    """What the work sees of its operation: progress to report, and whether it was cancelled."""

    def __init__(self, op: "BackgroundOp"):
        self._op = op
        self._cancelled = threading.Event()
        self.ended = threading.Event()  # set in the pool thread when the work has returned

    def report(self, done: int, total: int = 0) -> None:
        """`done` of `total` steps (total 0: unknown); shown by the progress dialog if there is one."""
        self._op.pool_progressed.emit(done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def keep_going(self) -> bool:
        """For register calls that take a `keep_going` callable (the chain check)."""
        return not self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled


def _run(work: Callable[[Job], Any], job: Job, op: "BackgroundOp") -> None:
    """In the pool thread: run the work and send its answer (or its failure) to the GUI thread."""
    try:
        result = work(job)
    except Cancelled:
        pass
    except BaseException as error:  # noqa: BLE001 - delivered to the GUI thread, logged and shown there
        op.pool_failed.emit(error)
    else:
        op.pool_succeeded.emit(result)
    finally:
        job.ended.set()
        op.pool_done.emit()


class BackgroundOp(QObject):
    """One piece of work in the thread pool; its answer comes back to the GUI thread.

    Signals, for tests and for callers that prefer them to callbacks: `succeeded(result)`,
    `failed(error)`, `cancelled()`, `progressed(done, total)`, and `finished()` after any of the
    first three. The operation has no Qt parent (it is kept alive while it runs), so an answer that
    comes after its widget has gone finds it; then the answer is dropped (the failure still logged).
    """

    succeeded = Signal(object)  # the result, kept a Python object
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()
    progressed = Signal(int, int)
    # emitted in the pool thread, delivered queued to this object in the GUI thread
    pool_succeeded = Signal(object)
    pool_failed = Signal(object)
    pool_progressed = Signal(int, int)
    pool_done = Signal()

    def __init__(self, parent: QWidget, work: Callable[[Job], Any], *, title: str,
                 success: Callable[[Any], None] | None = None,
                 failure: Callable[[BaseException], None] | None = None,
                 progress_label: str | None = None):
        super().__init__()
        self._widget: QWidget | None = parent
        self._work = work
        self.title = title
        self._success, self._failure = success, failure
        self._progress_label = progress_label
        self.pool_succeeded.connect(self._succeeded)
        self.pool_failed.connect(self._failed)
        self.pool_progressed.connect(self._progressed)
        self.pool_done.connect(self._done)
        parent.destroyed.connect(self._widget_gone)
        self.job = Job(self)
        self.running = False
        self.progress_dialog: QProgressDialog | None = None

    def run(self) -> "BackgroundOp":
        """Start the work; returns at once."""
        if self.running:
            raise RuntimeError("a BackgroundOp runs once")
        self.running = True
        _alive.add(self)
        if self._progress_label is not None:
            self._open_progress()
        work, job = self._work, self.job
        QThreadPool.globalInstance().start(lambda: _run(work, job, self))
        return self

    def cancel(self) -> None:
        """Ask the work to stop; nothing it answers afterwards is delivered."""
        if self.running:
            self.job._cancelled.set()

    def cancel_and_wait(self, seconds: float = 30) -> None:
        """Cancel and wait for the work to return (a closing window, before its register is closed)."""
        if self.running:
            self.cancel()
            self.job.ended.wait(seconds)

    # ------------------------------------------------------------ answers, in the GUI thread

    @Slot()
    def _widget_gone(self) -> None:
        self._widget, self.progress_dialog = None, None
        self.cancel()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.running = False  # the answer is here: a callback may start the next operation
        if self.job.cancelled:
            return
        self.succeeded.emit(result)
        if self._success is not None:
            self._success(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.running = False
        if self.job.cancelled:
            log_failure(self.title, error)  # nobody is waiting, but the log keeps it
            return
        report_failure(self._widget, self.title, error)
        self.failed.emit(error)
        if self._failure is not None:
            self._failure(error)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 0))
            self.progress_dialog.setValue(min(done, total) if total else 0)

    @Slot()
    def _done(self) -> None:
        self.running = False
        if self.progress_dialog is not None:  # running is False already: closing it cancels nothing
            self.progress_dialog.close()
            self.progress_dialog = None
        if self.job.cancelled:
            self.cancelled.emit()
        self.finished.emit()
        QTimer.singleShot(0, lambda: _alive.discard(self))  # released outside its own slot

    def _open_progress(self) -> None:
        dialog = QProgressDialog(self._progress_label, QCoreApplication.translate("Background", "Cancel"), 0, 0,
                                 self._widget)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setMinimumDuration(500)  # quick work never flashes a dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.canceled.connect(self.cancel)
        self.progress_dialog = dialog


def under_way() -> list[BackgroundOp]:
    """The operations whose answer has not been delivered yet."""
    return [op for op in _alive if op.running]


def stop_operations_of(widget: QWidget) -> None:
    """Cancel every operation of `widget` and of the widgets inside it, and wait for them to return."""
    for op in under_way():
        owner = op._widget
        if owner is not None and (owner is widget or widget.isAncestorOf(owner)):
            op.cancel_and_wait()


def describe(error: BaseException, widget: QWidget | None = None) -> str:
    """A sentence for the user: the register's refusals in their words, a file's trouble with its name, a
    fault of the database, its server or its disk as register/faults.py says it, anything else as unexpected
    (its traceback is in the log)."""
    if isinstance(error, Rejected):
        return "\n".join(translate_message(problem.message) for problem in error.problems)
    if isinstance(error, RegisterError):
        return translate_message(error)
    if isinstance(error, OSError):
        reason = error.strerror or type(error).__name__
        if error.filename:
            return tr_args(QCoreApplication.translate("Background", "%1: %2"), str(error.filename), reason)
        return reason
    fault = fault_sentence(error, widget)
    if fault is not None:
        return fault
    return tr_args(QCoreApplication.translate(
        "Background", "Something went wrong that the register did not expect (%1). The details are in the log."),
        type(error).__name__)


def log_failure(title: str, error: BaseException) -> None:
    """The register's refusals as warnings, anything else as an error; both with the traceback."""
    expected = isinstance(error, (RegisterError, OSError)) and not isinstance(error, Unusable)
    log.log(logging.WARNING if expected else logging.ERROR, "%s failed", title,
            exc_info=(type(error), error, error.__traceback__))


def report_failure(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Log a failure with its traceback and show it in a dialog that does not block the window."""
    log_failure(title, error)
    text = tr_args(QCoreApplication.translate("Background", "%1 did not succeed.\n\n%2"), title, describe(error, parent))
    for box in (parent.findChildren(QMessageBox) if parent is not None else []):
        if box.property("failure_of") == title and box.isVisible():
            box.setText(text)  # a periodic refresh failing again: one dialog, the latest reason
            return
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setProperty("failure_of", title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
