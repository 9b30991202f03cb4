"""The background helper: work runs off the GUI thread, its answer comes back to it, failures are shown."""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget

from ui.desktop.background import BackgroundOp

GENEROUS = 10  # seconds a worker may wait for the test to release it; never reached when the test passes


def _failure_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_the_result_comes_back_to_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    threads, delivered = [], []

    def work(job):
        threads.append(QThread.currentThread())
        return 6 * 7

    op = BackgroundOp(parent, work, title="Count", success=lambda result: delivered.append(
        (result, QThread.currentThread())))
    with qtbot.waitSignal(op.finished, timeout=5000):
        op.run()
    assert delivered == [(42, QApplication.instance().thread())]
    assert threads and threads[0] is not QApplication.instance().thread()
    assert _failure_boxes(parent) == []


def test_a_failure_is_logged_with_its_traceback_and_shown(qtbot, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)
    told = []

    def work(job):
        raise OSError(28, "No space left on device", "/media/usb/held.pdf")

    op = BackgroundOp(parent, work, title="Print the held list", failure=told.append)
    with caplog.at_level(logging.WARNING, logger="detention_register.background"), qtbot.waitSignal(op.failed, timeout=5000):
        op.run()
    [box] = _failure_boxes(parent)
    assert "Print the held list" in box.text()
    assert "/media/usb/held.pdf: No space left on device" in box.text()
    assert isinstance(told[0], OSError)
    [record] = [r for r in caplog.records if r.name == "detention_register.background"]
    assert record.exc_info[1] is told[0] and record.exc_text is None or "Traceback" in caplog.text


def test_an_unexpected_failure_says_so_instead_of_a_bare_exception_text(qtbot, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(job):
        raise ZeroDivisionError("division by zero")

    op = BackgroundOp(parent, work, title="Refresh the board")
    with caplog.at_level(logging.ERROR, logger="detention_register.background"), qtbot.waitSignal(op.failed, timeout=5000):
        op.run()
    [box] = _failure_boxes(parent)
    assert "did not expect (ZeroDivisionError)" in box.text() and "The details are in the log" in box.text()
    assert "ZeroDivisionError: division by zero" in caplog.text and "Traceback" in caplog.text


def test_a_second_failure_of_the_same_work_updates_the_dialog_already_open(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    for reason in ("first", "second"):
        op = BackgroundOp(parent, lambda job, r=reason: (_ for _ in ()).throw(OSError(5, r)), title="Refresh")
        with qtbot.waitSignal(op.failed, timeout=5000):
            op.run()
    [box] = _failure_boxes(parent)
    assert "second" in box.text()


def test_cancel_stops_the_work_and_delivers_nothing(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    started, release = threading.Event(), threading.Event()
    delivered, steps = [], []

    def work(job):
        started.set()
        for step in range(1000):
            release.wait(GENEROUS)
            job.check()
            steps.append(step)
        return "all done"

    op = BackgroundOp(parent, work, title="Verify the chain", success=delivered.append)
    op.run()
    assert started.wait(GENEROUS)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.cancel()
        release.set()
    assert delivered == [] and len(steps) < 1000 and _failure_boxes(parent) == []


def test_progress_reaches_the_gui_thread_and_its_dialog_cancels(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()
    progress = []

    def work(job):
        job.report(5, 10)
        release.wait(GENEROUS)  # the cancel button sets it
        job.check()

    op = BackgroundOp(parent, work, title="Print", progress_label="Writing the PDF…")
    op.progressed.connect(lambda done, total: progress.append((done, total)))
    op.run()
    qtbot.waitUntil(lambda: progress == [(5, 10)])
    assert op.progress_dialog.value() == 5 and op.progress_dialog.maximum() == 10
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.progress_dialog.findChild(QPushButton).click()
        assert op.job.cancelled
        release.set()


def test_the_window_answers_while_the_work_runs(qtbot):
    parent = QWidget()
    edit = QLineEdit(parent)
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    op = BackgroundOp(parent, lambda job: release.wait(GENEROUS), title="Slow")
    op.run()
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.keyClicks(edit, "Zhumabayev")
    qtbot.waitUntil(lambda: fired == [True])
    assert edit.text() == "Zhumabayev" and op.running
    with qtbot.waitSignal(op.finished, timeout=5000):
        release.set()
