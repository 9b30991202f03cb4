"""What every screenshot script shares, so that each script holds only what it shows.

A script opens a scratch register (`scratch_register`), fills it (`load`, often with the demo register's
`register.synthetic.demo_lines`), shows windows at a station's screen size (`main_window`, `shown`) and saves
each picture (`save`) once the background work the screen waits for has delivered. Run each script offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/<script>.py

Import this module before the register's own: it puts this checkout's code first on the path.
"""
from __future__ import annotations

import gc
import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's code, not an installed copy

from register.access import Actor  # noqa: E402
from register.keyfile import KEY_VARIABLE  # noqa: E402
from register.now import ManualClock  # noqa: E402
from register.opening import open_register  # noqa: E402
from register.service import OpenedRegister  # noqa: E402
from register.witness import STORE_VARIABLE  # noqa: E402
from ui.desktop.background import under_way  # noqa: E402
from ui.desktop.main_window import MainWindow  # noqa: E402
from ui.desktop.style import apply_style, install_fonts  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)  # the smallest screen stations have: each picture is looked at for cut text before a release


@contextmanager
def scratch_register(file_name: str, start: datetime | None = None) -> Iterator[tuple[OpenedRegister, ManualClock]]:
    """A new SQLite register `file_name` on a manual clock at `start` (default: this minute, so the demo has
    clocks running). Its folder also holds the desktop's settings, the signing key and the witness store, so
    a run reads nothing of the user's and leaves nothing behind. Every window left open is closed at the end."""
    app = QApplication.instance() or QApplication(sys.argv)
    install_fonts(app)
    apply_style(app, dark=False)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        os.environ[KEY_VARIABLE] = f"{scratch}/checkpoint-key"
        os.environ[STORE_VARIABLE] = f"{scratch}/witness"
        clock = ManualClock(start or datetime.now(timezone.utc).replace(second=0, microsecond=0))
        register = open_register(f"sqlite:///{scratch}/{file_name}", clock)
        try:
            yield register, clock
        finally:
            close(*QApplication.topLevelWidgets())
            register.close()
            gc.collect()  # Qt objects in cycles go while the application lives: collected at exit, they crash


def load(register: OpenedRegister, lines: Iterable[str]) -> None:
    """Import `lines` as the operator of a register without accounts."""
    register.as_user(Actor.without_accounts()).records.import_lines(lines)


def settle() -> None:
    """Until the background work has delivered what the screen shows, then a few rounds for the painting."""
    app = QApplication.instance()
    while under_way():
        app.processEvents()
    for _ in range(5):
        app.processEvents()


def shown(widget: QWidget, size: tuple[int, int] = SIZE) -> QWidget:
    """`widget` shown at `size`, settled."""
    widget.resize(*size)
    widget.show()
    settle()
    return widget


def main_window(register: OpenedRegister, actor: Actor) -> MainWindow:
    """The main window as `actor` sees it on a station's screen."""
    return shown(MainWindow(register, actor))


def save(widget: QWidget, name: str, folder: Path = OUT) -> None:
    """`widget` as it stands once settled, into `folder`/`name`.png."""
    settle()
    widget.grab().save(str(folder / f"{name}.png"))


def close(*widgets: QWidget) -> None:
    """Close `widgets` and let Qt delete them before the next window is shown."""
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # processEvents alone leaves them for a loop
    settle()
