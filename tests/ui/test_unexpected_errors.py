"""An exception escaping a Qt slot: logged with its traceback, shown as a plain dialog naming the log."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.desktop import i18n
from ui.desktop.app import report_unexpected


def shown_by(action) -> str:
    """The text of the modal dialog `action` opens; the dialog is closed as soon as it shows."""
    texts = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        texts.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    action()
    return texts[0]


@pytest.mark.parametrize("lang, opening", [("en", "An unexpected error occurred."),
                                           ("ru", "Произошла непредвиденная ошибка."),
                                           ("kk", "Күтпеген қате орын алды.")])
def test_the_dialog_names_the_log_holding_the_traceback(qtbot, tmp_path, monkeypatch, lang, opening):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    i18n.install(lang)
    try:
        raise RuntimeError("a fault inside a slot")
    except RuntimeError as error:
        text = shown_by(lambda: report_unexpected(type(error), error, error.__traceback__))
    log = tmp_path / "state" / "detention-register" / "log" / "detention-register.log"
    assert text.startswith(opening) and str(log) in text
    assert "RuntimeError: a fault inside a slot" not in text
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: a fault inside a slot" in logged
