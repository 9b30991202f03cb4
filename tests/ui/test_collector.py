"""Garbage is collected in the GUI thread only (ui/desktop/collector.py): a widget in a reference cycle is
destroyed when the desktop's collector runs, and never by an automatic collection in a pool thread."""
from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QWidget

from ui.desktop.collector import GuiThreadCollector


def test_a_widget_in_a_cycle_waits_for_the_gui_threads_collection(qapp):
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()  # no thread collects on its own any more
        widget = QWidget()
        widget.cycle = widget  # only a collection frees it
        gone = weakref.ref(widget)
        del widget
        for _ in range(10_000):  # what would trigger automatic collections
            [object() for _ in range(10)]
        assert gone() is not None
        assert collector.collect() > 0
        assert gone() is None
    finally:
        collector.deleteLater()
