"""Saving a printout or an export: ask where, write it in the background, one error policy.

The write runs off the GUI thread (a long oversight report does not stop the window);
a failure (a full disk, a refusal of the register) is logged and shown by
`background.report_failure`, never raised inside a Qt slot.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.desktop.background import BackgroundOp
from ui.desktop.texts import tr_args


def ask_path(parent: QWidget, caption: str, default_name: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, default_name, file_filter)
    return path


def save_file(parent: QWidget, caption: str, default_name: str, file_filter: str, write: Callable[[str], None],
              saved: Callable[[str], None], failed: Callable[[BaseException], None] | None = None
              ) -> BackgroundOp | None:
    """Ask for a path; then `write(path)` in the thread pool and `saved(path)` in the GUI thread.

    `write` must not touch widgets: read what it needs from them before calling this.
    Returns the operation under way, or None when the user chose no path.
    """
    path = ask_path(parent, caption, default_name, file_filter)
    if not path:
        return None
    return BackgroundOp(parent, lambda job: write(path), title=caption, success=lambda _: saved(path),
                        failure=failed,
                        progress_label=tr_args(QCoreApplication.translate("Saving", "Writing %1…"), path)).run()


def save_pdf(parent: QWidget, caption: str, default_name: str, write: Callable[[str], None],
             saved: Callable[[str], None], failed: Callable[[BaseException], None] | None = None
             ) -> BackgroundOp | None:
    """`save_file` for a PDF printout."""
    return save_file(parent, caption, default_name, QCoreApplication.translate("Saving", "PDF documents (*.pdf)"),
                     write, saved, failed)
